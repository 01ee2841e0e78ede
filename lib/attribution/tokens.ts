import { stripInvisible } from '../text/normalize';
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

// Typographic hyphens (U+2010, U+2011) join words like "-" does ("a‑t‑il", "porte‑parole"); `lower` reads them as "-".
// Invisible characters (zero-width, bidi controls) between letters keep one word ("Jo\u200Bhn"); `lower` and `cap`
// read the word without them, while `text`, `start` and `end` stay the page's own.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:\p{DI}+['’\-\u2010\u2011.&]?|['’\-\u2010\u2011.&])\p{DI}*[\p{L}\p{N}\p{M}]+)*/uy;
// Most words hold no invisible character: the plain pattern finds the same word, cheaper. WORD is needed only when
// an invisible character (or a joiner then one) follows what the plain pattern found.
const PLAIN_WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-\u2010\u2011.&][\p{L}\p{N}\p{M}]+)*/uy;
const INVISIBLE_NEXT = /['’\-\u2010\u2011.&]?\p{DI}/uy;
const INVISIBLE_AT = /\p{DI}/uy;
const TYPOGRAPHIC_HYPHEN = /[\u2010\u2011]/gu;
const SPACE = /\s/u;
// Arabic names write their article in lower case before a capital: "al-Hassan", "el-Sisi", "bin-Salman" are names.
const UPPER_OR_DIGIT = /^(?:[\p{Lu}\p{Lt}\p{N}]|(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)[-\u2010\u2011]\p{Lu})/u;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen col lt sgt capt maj sen rep gov prof rev inc corp co ltd no vs etc fig dept est approx jan feb mar apr jun jul aug sep sept oct nov dec m mme pr'.split(' '),
);

/** Whether a word's trailing period belongs to it ("Mr.", "U.S.", "C.") rather than ending a sentence. */
function keepsPeriod(word: string): boolean {
  return word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

// French and Italian elision: "l'Arcep" is the article and the name.
const LOWER = /\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const ELIDED = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

/** Length of the word at the start of `word`, cut at an elision or a missing space. */
function wordLength(word: string): number {
  const apostrophe = word.search(/['’]/u);
  if (apostrophe > 0 && apostrophe <= 7) {
    const elided = ELIDED.exec(word);
    if (elided && elided[0].length < word.length) return elided[0].length;
  }
  if (!word.includes('.')) return word.length;
  // "said.CreditMichael": a word with a lower-case letter, a period and a capital are two words missing a space.
  let segmentStart = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch !== '.' && !"'’-\u2010\u2011&".includes(ch)) continue;
    const segment = word.slice(segmentStart, i);
    if (ch === '.' && segment.length >= 2 && LOWER.test(segment) && UPPER.test(word[i + 1] ?? '')) return i;
    segmentStart = i + 1;
  }
  return word.length;
}

/** The word in lower case, with typographic hyphens read as "-". */
function lowerCased(word: string): string {
  const lower = word.toLowerCase();
  // Checking first is cheaper than a replace that finds nothing, which is nearly every word.
  return lower.includes('\u2010') || lower.includes('\u2011') ? lower.replace(TYPOGRAPHIC_HYPHEN, '-') : lower;
}

function wordAt(text: string, i: number): RegExpExecArray | null {
  PLAIN_WORD.lastIndex = i;
  const plain = PLAIN_WORD.exec(text);
  if (!plain) return plain;
  INVISIBLE_NEXT.lastIndex = i + plain[0].length;
  if (!INVISIBLE_NEXT.test(text)) return plain;
  WORD.lastIndex = i;
  return WORD.exec(text);
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
    const code = text.charCodeAt(i);
    if (code === 32 || (code < 32 && code !== 0) || code === 160 || (code > 0x2000 && SPACE.test(text[i]!))) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const match = wordAt(text, i);
    if (match) {
      let end = i + wordLength(match[0]);
      const limit = quote ? quote.start : text.length;
      if (end > limit) end = limit;
      let word = text.slice(i, end);
      let visible = stripInvisible(word);
      if (text[end] === '.' && end + 1 <= limit && keepsPeriod(visible)) {
        end++;
        word += '.';
        visible += '.';
      }
      tokens.push({ kind: 'word', text: word, lower: lowerCased(visible), start: i, end, cap: UPPER_OR_DIGIT.test(visible) });
      i = end;
      continue;
    }
    // An invisible character outside a word separates nothing and says nothing: skipped like a space.
    INVISIBLE_AT.lastIndex = i;
    if (INVISIBLE_AT.test(text)) {
      i = INVISIBLE_AT.lastIndex;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + 1, cap: false });
    i++;
  }
  return tokens;
}

const MAX_SENTENCE_TOKENS = 200;

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
    // A run-on "sentence" (a list, a pasted table, hostile text) is cut so every later scan stays bounded.
    if (!ends && i + 1 - start >= MAX_SENTENCE_TOKENS) ends = true;
    if (ends) {
      sentences.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) sentences.push([start, tokens.length]);
  return sentences;
}
