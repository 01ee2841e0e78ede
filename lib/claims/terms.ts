import { tokenize } from '../text/normalize';

/**
 * Word forms for claim matching. The compiled index keys claims by the exact tokens of their keywords; to find
 * "strikes" from "strike", "tués" from "tué" or "ударов" from "удары" we reduce every word to a light stem on both
 * sides, and generate the few surface forms a stem can take to look them up in the index.
 */

const STOP = new Set(
  (
    'the a an and or but of in on at to for from by with as is are was were be been being has have had do does did ' +
    'that this these those it its it\'s they them their he she his her we our you your i not no so than then there ' +
    'which who whom whose what when where while said says say told according also would could should will can may ' +
    'more most other some such into over after before about against between during since until under up down out ' +
    'le la les l un une des du de d et ou mais en au aux a dans par pour sur avec sans que qui quoi dont ce cet cette ces ' +
    'il elle ils elles on nous vous son sa ses leur leurs est sont ete etait selon dit a ont plus moins ne pas se s y ' +
    'и в во на с со по к ко у о об от до из за для что как это этот эта эти он она они его ее их был была были быть ' +
    'не но а же ли бы то так уже также заявил заявила сообщил сообщила сообщает по словам более менее'
  ).split(' '),
);

const LATIN_SUFFIXES = ['ements', 'ement', 'ings', 'ing', 'ees', 'ies', 'aux', 'ed', 'es', 'ee', 'er', 's', 'e', 'x'];
const CYRILLIC_SUFFIXES = [
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ли', 'ла', 'ло', 'ть', 'а', 'я', 'ы', 'и',
  'у', 'ю', 'е', 'о', 'ь', 'л',
];
const LATIN_ENDINGS = ['', 's', 'es', 'e', 'ed', 'd', 'ing', 'er', 'ee', 'ees', 'x'];
const CYRILLIC_ENDINGS = [
  '', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь', 'ов', 'ев', 'ей', 'ой', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ом',
  'ем', 'ий', 'ый', 'ая', 'ое', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ого', 'его', 'ому', 'ли', 'ла', 'л', 'ть',
];

const MIN_STEM = 3;
const isCyrillic = (word: string) => /[\u0400-\u04ff]/.test(word);

/** A light, language-agnostic stem: the word without its most common inflectional ending. */
export function stem(word: string): string {
  const suffixes = isCyrillic(word) ? CYRILLIC_SUFFIXES : LATIN_SUFFIXES;
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      if (suffix === 'ies') return `${word.slice(0, -3)}y`;
      if (suffix === 'aux') return `${word.slice(0, -3)}al`;
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Surface forms worth looking up in the index for a word: itself, its stem, and the stem's regular inflections. */
export function surfaceForms(word: string): string[] {
  const s = stem(word);
  const forms = new Set<string>([word, s]);
  if (isCyrillic(word)) for (const ending of CYRILLIC_ENDINGS) forms.add(s + ending);
  else {
    for (const ending of LATIN_ENDINGS) forms.add(s + ending);
    if (s.endsWith('y')) forms.add(`${s.slice(0, -1)}ies`);
    if (s.endsWith('al')) forms.add(`${s.slice(0, -2)}aux`);
  }
  return [...forms];
}

export function isStopWord(token: string): boolean {
  return STOP.has(token) || token.length < 2;
}

/** Content tokens of a text (normalised, no stop words, no bare numbers). */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !isStopWord(t) && !/^\d+$/.test(t));
}

/** The stems of a text's content tokens. */
export function stemSet(text: string): Set<string> {
  return new Set(contentTokens(text).map(stem));
}

/** Answers whether a text has a stem; all a matcher asks of a set of stems. */
export type StemLookup = Pick<ReadonlySet<string>, 'has'>;

/** The stems of several texts' content tokens, worked out on the first look-up (many articles never need them). */
export class LazyStemSet implements StemLookup {
  private stems: Set<string> | null = null;

  constructor(private readonly texts: readonly string[]) {}

  has(value: string): boolean {
    if (!this.stems) {
      this.stems = new Set();
      for (const text of this.texts) for (const token of contentTokens(text)) this.stems.add(stem(token));
    }
    return this.stems.has(value);
  }
}
