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
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue;
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

export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) words += paragraph.split(' ').filter(Boolean).length;
  return words;
}
