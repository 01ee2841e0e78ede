import { LIMITS } from '../model/limits';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, td, th, dd, dt, div';

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
 * The blocks under `root` that hold no other block, in document order, from one selector query: a block holds
 * another exactly when some block has it as its nearest block ancestor (one querySelector per block was quadratic).
 */
function innermostBlocks(root: Element): Element[] {
  const blocks = Array.from(root.querySelectorAll(BLOCKS));
  const isBlock = new Set<Element>(blocks);
  const holdsBlock = new Set<Element>();
  for (const block of blocks) {
    for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (isBlock.has(parent)) {
        holdsBlock.add(parent);
        break;
      }
    }
  }
  return blocks.filter((block) => !holdsBlock.has(block));
}

export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) words += paragraph.split(' ').filter(Boolean).length;
  return words;
}
