import { LIMITS } from '../model/limits';
import { forEachElement } from './walk';

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figcaption', 'td', 'th', 'dd', 'dt', 'div']);

export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Splits extracted article content into paragraph texts: every block element that holds no other block.
 * Bounded by LIMITS so a pathological article cannot produce an unbounded message.
 */
export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  for (const block of innermostBlocks(root)) {
    const text = normalizeWhitespace(block.textContent ?? '').slice(0, LIMITS.maxParagraphChars);
    if (!text) continue;
    paragraphs.push(text);
    total += text.length;
    if (paragraphs.length >= LIMITS.maxParagraphs || total >= LIMITS.maxArticleChars) break;
  }
  if (paragraphs.length === 0) {
    const text = normalizeWhitespace(root.textContent ?? '').slice(0, LIMITS.maxParagraphChars);
    if (text) paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * The blocks under `root` that hold no other block, in document order, from one walk over the tree: a block holds
 * another exactly when it is the nearest open block above it. A selector
 * query plus a walk up from every block cost three times as much in a JS DOM.
 */
function innermostBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const holdsBlock = new Set<Element>();
  const open: { block: Element; depth: number }[] = [];
  forEachElement(root, (element, depth) => {
    if (depth === 0) return;
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
    if (!BLOCKS.has(element.localName)) return;
    if (open.length) holdsBlock.add(open[open.length - 1]!.block);
    open.push({ block: element, depth });
    blocks.push(element);
  });
  return blocks.filter((block) => !holdsBlock.has(block));
}

export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) words += paragraph.split(' ').filter(Boolean).length;
  return words;
}
