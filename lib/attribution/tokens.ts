import type { QuoteSpan } from './quotes';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or a digit (names such as "1010data"). */
  cap: boolean;
  /** For quote tokens: the quotation it stands for. */
  quote?: QuoteSpan;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*/uy;
const SPACE = /\s/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{Lt}\p{N}]/u;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen col lt sgt capt maj sen rep gov prof rev inc corp co ltd no vs etc fig dept est approx jan feb mar apr jun jul aug sep sept oct nov dec m mme pr'.split(' '),
);

/** Whether a word's trailing period belongs to it ("Mr.", "U.S.", "C.") rather than ending a sentence. */
function keepsPeriod(word: string): boolean {
  return word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Tokenises a paragraph with each quotation collapsed into one token, so sentence splitting and
 * cue patterns see `QUOTE , Antonov said .` whatever punctuation the quotation holds. Linear time.
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const quote = quotes[q];
    if (quote && quote.start === i) {
      tokens.push({ kind: 'quote', text: text.slice(quote.start, quote.end), lower: '', start: quote.start, end: quote.end, cap: false, quote });
      i = quote.end;
      q++;
      continue;
    }
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match) {
      let end = i + match[0].length;
      const limit = quote ? quote.start : text.length;
      if (end > limit) end = limit;
      let word = text.slice(i, end);
      if (text[end] === '.' && end + 1 <= limit && keepsPeriod(word)) {
        end++;
        word += '.';
      }
      tokens.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: i, end, cap: UPPER_OR_DIGIT.test(word) });
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + 1, cap: false });
    i++;
  }
  return tokens;
}

function endsWithTerminal(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && '.!?…'.includes(text[i]!);
}

/** Sentences as token ranges [start, end). A quotation ending in . ! ? closes a sentence when a capital follows. */
export function splitSentences(tokens: readonly Token[]): [number, number][] {
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let ends = false;
    if (token.kind === 'punct' && /[.!?…]/.test(token.text)) {
      ends = !next || next.cap || next.kind === 'quote' || (next.kind === 'punct' && /[([]/.test(next.text));
      // "..." followed by a lower-case word continues the sentence.
    } else if (token.kind === 'quote' && token.quote?.closed && next?.kind === 'word' && next.cap) {
      ends = endsWithTerminal(token.text, token.text.length - 1);
    }
    if (ends) {
      sentences.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) sentences.push([start, tokens.length]);
  return sentences;
}
