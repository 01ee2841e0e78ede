import { QUOTE_PAIRS } from './lexicon/common';

/** A quotation inside one paragraph. `closed` is false when it runs on past the paragraph's end. */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

// A straight quote opens only after a space, an opening bracket or a dash: otherwise it is an inch mark or a closer.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:]/;

/** Finds top-level quotations in one left-to-right pass (linear; nested marks stay inside the outer quote). */
const QUOTE_CHAR = /["“”„«»‹›「」『』]/gu;

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { start: number; closers: string } | null = null;
  // Jump from quotation mark to quotation mark: the regex engine skips ordinary text natively.
  QUOTE_CHAR.lastIndex = 0;
  for (let match = QUOTE_CHAR.exec(text); match; match = QUOTE_CHAR.exec(text)) {
    const i = match.index;
    const ch = match[0];
    if (open) {
      if (open.closers.includes(ch)) {
        quotes.push({ start: open.start, end: i + 1, innerStart: open.start + 1, innerEnd: i, closed: true });
        open = null;
      }
      continue;
    }
    const closers = Object.hasOwn(QUOTE_PAIRS, ch) ? QUOTE_PAIRS[ch] : undefined;
    if (!closers) continue;
    if (ch === '"' && i > 0 && !OPENS_AFTER.test(text[i - 1]!)) continue;
    // "»" opens only in the Danish/Swedish style at a word start; elsewhere it is a stray closer.
    if (ch === '»' && i + 1 < text.length && /\s/.test(text[i + 1]!)) continue;
    open = { start: i, closers };
  }
  if (open) quotes.push({ start: open.start, end: text.length, innerStart: open.start + 1, innerEnd: text.length, closed: false });
  return quotes;
}

/** Trims spaces and the trailing comma journalists put inside the closing mark. */
export function quoteText(text: string, quote: QuoteSpan): { text: string; start: number; end: number } {
  let start = quote.innerStart;
  let end = quote.innerEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}
