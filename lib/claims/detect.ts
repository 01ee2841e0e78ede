import type { Attribution } from '../model/analysis';
import { afterNonLetter, afterNonLetterOrNumber, WordSearch } from '../text/word-search';
import { COUNTABLE_FAMILIES, findNumbers, unitFamily, type NumberSpan } from './numbers';

/**
 * Check-worthiness: which sentences state something a reader may want to verify. Rules, not a model: quantities
 * with a countable unit (casualties, strikes, money, percentages), comparatives and superlatives, accusations
 * and denials, and whether a source is named. Dates, times, ages and page furniture score nothing.
 */

export interface Sentence {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface DetectedClaim extends Sentence {
  checkworthiness: number;
  numbers: NumberSpan[];
  /** The reasons the sentence scored (for debugging and tests). */
  features: string[];
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mme|Mlle|M|г|гг|т|тыс|млн|млрд|ул|им)|\b[A-Z]|\b(?:U\.S|U\.N|U\.K|E\.U))\.$/u;

/** Splits a paragraph into sentences with their character ranges. */
export function splitSentences(paragraph: string, paragraphIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}])|[.!?…]+["'”’»)]*\s*$/gu;
  let start = 0;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end);
    if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATIONS.test(paragraph.slice(Math.max(0, m.index - 6), m.index + 1)))
      continue;
    if (!candidate.trim()) continue;
    pushTrimmed(out, paragraph, start, end, paragraphIndex);
    start = end;
  }
  if (start < paragraph.length && paragraph.slice(start).trim()) pushTrimmed(out, paragraph, start, paragraph.length, paragraphIndex);
  return out;
}

function pushTrimmed(out: Sentence[], paragraph: string, start: number, end: number, paragraphIndex: number) {
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  if (end > start) out.push({ text: paragraph.slice(start, end), paragraph: paragraphIndex, start, end });
}

/** Whole-word alternation (JavaScript's \\b does not know accented or Cyrillic letters), plus stem prefixes. */
function words(whole: string, prefixes?: string): { test(text: string): boolean } {
  const wholeWords = new WordSearch(`(?:${whole})(?![\\p{L}\\p{N}])`, 'iu', afterNonLetterOrNumber);
  const stems = prefixes ? new WordSearch(`(?:${prefixes})`, 'iu', afterNonLetter) : null;
  return { test: (text) => wholeWords.test(text) || (stems?.test(text) ?? false) };
}

const CASUALTY = words(
  String.raw`kill(?:ed|ing|s)?|dead|deaths?|died|die|wounded|injur(?:ed|ies)|casualt(?:y|ies)|massacre[sd]?|tués?|tuées?|morts?|blessés?|victimes|décès`,
  'убит|погиб|ранен|жертв|смерт',
);
const ACCUSATION = words(
  String.raw`accus(?:ed|es|ing|ation|ations)|den(?:y|ies|ied|ial)|dismiss(?:ed|es)|reject(?:ed|s)|refut(?:e|ed|es|ation)|denounc(?:ed|es|ing)|smears?|fake|fabricat(?:ed|ion)|false(?:ly)?|lies|propaganda|alleg(?:e|ed|edly|ation|ations)|blam(?:ed|es)|condemn(?:ed|s)|war crimes?|accusé|accuse|nié|nie|démenti|dément|rejeté|dénonc\p{L}*|mensonge\p{L}*|crimes? de guerre`,
  String.raw`обвин|опроверг|отрица|отверг|фейк|ложн|клевет|военн\p{L}* преступ`,
);
const COMPARATIVE = words(
  String.raw`largest|biggest|highest|lowest|worst|deadliest|most|least|record|unprecedented|doubled|tripled|times more|more than ever|fastest|first time|le plus|la plus|record|sans précédent|больше всего|крупнейш\p{L}*|рекордн\p{L}*|впервые`,
);
const SAY = words(
  String.raw`said|says|say|told|reported|according to|estimated|documented|claimed|announced|stated|denied|denies|accused|accuses|dismissed|rejected|insisted|alleged|selon|a déclaré|a affirmé|a indiqué|a annoncé|a nié|a démenti|a accusé|d['’]après`,
  'заявил|сообщ|по данным|по словам|утвержда|обвинил|опроверг|отрицает|отверг',
);
const FURNITURE =
  /(?:click here|subscribe|newsletter|sign up|all rights reserved|cookie|follow us|share this|read more|©|copyright|journalists report the news|with reporting by|contributed reporting|image:|photo:|getty images|reuters\/|ap photo)/iu;

/** What each feature adds to (or takes from) a sentence's score. */
const WEIGHT = {
  countable: 0.45,
  casualtyCount: 0.3,
  count: 0.12,
  datesOnly: -0.05,
  casualty: 0.15,
  accusation: 0.3,
  comparative: 0.1,
  attributed: 0.15,
  short: -0.3,
  furniture: -0.6,
  question: -0.2,
};

const isQuantity = (n: NumberSpan) => n.kind === 'count' || n.kind === 'money' || n.kind === 'percent' || n.kind === 'ratio';

/** Scores one sentence 0..1 for check-worthiness. */
export function scoreSentence(sentence: Sentence, attributed: boolean, lang: string | null = null): DetectedClaim {
  return scoreWithNumbers(sentence, findNumbers(sentence.text, lang), attributed);
}

function scoreWithNumbers(sentence: Sentence, numbers: NumberSpan[], attributed: boolean): DetectedClaim {
  const { text } = sentence;
  const features: string[] = [];
  let score = 0;

  const quantities = numbers.filter(isQuantity);
  const countable = quantities.filter((n) => {
    const family = unitFamily(n.unit);
    // A price or rate ("$24 a pound", "$119-a-year", "5 per cent a month") is rarely what a claim is about.
    const rate = /^[\s-]*(?:a|an|per|each|par|в)[\s-]+\p{L}/iu.test(text.slice(n.end, n.end + 12));
    return family !== null && COUNTABLE_FAMILIES.has(family) && !rate;
  });
  const casualty = CASUALTY.test(text);
  if (countable.length) {
    score += WEIGHT.countable;
    features.push('countable quantity');
  } else if (quantities.some((n) => n.kind === 'count' && (n.value ?? n.min ?? n.max ?? 0) >= 2)) {
    score += casualty ? WEIGHT.casualtyCount : WEIGHT.count;
    features.push('quantity');
  } else if (numbers.length && numbers.every((n) => n.kind === 'date' || n.kind === 'year' || n.kind === 'time' || n.kind === 'age' || n.kind === 'ordinal')) {
    score += WEIGHT.datesOnly;
    features.push('dates/times only');
  }
  if (casualty) {
    score += WEIGHT.casualty;
    features.push('casualties');
  }
  if (ACCUSATION.test(text)) {
    score += WEIGHT.accusation;
    features.push('accusation/denial');
  }
  if (COMPARATIVE.test(text)) {
    score += WEIGHT.comparative;
    features.push('comparative/superlative');
  }
  if (attributed || SAY.test(text)) {
    score += WEIGHT.attributed;
    features.push('attributed');
  }
  if (hasFewerWords(text, 6)) {
    score += WEIGHT.short;
    features.push('too short');
  }
  if (FURNITURE.test(text)) {
    score += WEIGHT.furniture;
    features.push('page furniture');
  }
  if (/\?\s*["'”’»]?$/.test(text)) {
    score += WEIGHT.question;
    features.push('question');
  }
  const { paragraph, start, end } = sentence;
  return { text, paragraph, start, end, checkworthiness: Math.max(0, Math.min(1, round(score))), numbers, features };
}

/** The best score a sentence with neither a quantity nor an accusation can reach (its figures only take points away). */
const BEST_WITHOUT_QUANTITY_OR_ACCUSATION = WEIGHT.casualty + WEIGHT.comparative + WEIGHT.attributed;

/** Whether the sentence can score MIN_CHECKWORTHINESS; most cannot, and need no other feature tested. */
function mayBeCheckworthy(text: string, numbers: readonly NumberSpan[]): boolean {
  return BEST_WITHOUT_QUANTITY_OR_ACCUSATION >= MIN_CHECKWORTHINESS || numbers.some(isQuantity) || ACCUSATION.test(text);
}

const WORD = /\S+/g;
function hasFewerWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(text)) found++;
  WORD.lastIndex = 0;
  return found < count;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Minimum score a sentence needs to be reported. */
export const MIN_CHECKWORTHINESS = 0.45;

/** The most claims one article reports, however long: the few a fact-checker would pick, not every figure. */
export const MAX_CLAIMS = 10;

/** How many claims an article of `sentenceCount` sentences may report: 10% of its sentences, at least 3, at most 10. */
export function claimBudget(sentenceCount: number): number {
  return Math.min(MAX_CLAIMS, Math.max(3, Math.ceil(sentenceCount * 0.1)));
}

/** The article's sentences that score at least the threshold: the best few (see `claimBudget`), in reading order. */
export function detectClaims(paragraphs: readonly string[], attributions: readonly Attribution[], lang: string | null = null): DetectedClaim[] {
  const worthy: DetectedClaim[] = [];
  let sentenceCount = 0;
  const byParagraph = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = byParagraph.get(a.paragraph);
    if (list) list.push(a);
    else byParagraph.set(a.paragraph, [a]);
  }
  paragraphs.forEach((paragraph, p) => {
    const inParagraph = byParagraph.get(p) ?? [];
    for (const sentence of splitSentences(paragraph, p)) {
      sentenceCount++;
      const numbers = findNumbers(sentence.text, lang);
      if (!mayBeCheckworthy(sentence.text, numbers)) continue;
      const attributed = inParagraph.some((a) => a.start < sentence.end && a.end > sentence.start);
      const claim = scoreWithNumbers(sentence, numbers, attributed);
      if (claim.checkworthiness >= MIN_CHECKWORTHINESS) worthy.push(claim);
    }
  });
  return worthy
    .sort((a, b) => b.checkworthiness - a.checkworthiness || a.paragraph - b.paragraph || a.start - b.start)
    .slice(0, claimBudget(sentenceCount))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
