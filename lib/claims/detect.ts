import type { Attribution, ClaimReason } from '../model/analysis';
import { afterNonLetter, afterNonLetterOrNumber, WordSearch } from '../text/word-search';
import { COUNTABLE_FAMILIES, DESCRIPTIVE_KINDS, findNumbers, unitFamily, type NumberSpan } from './numbers';

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
  /** The main reason a checker would pick it. */
  reason: ClaimReason;
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
  String.raw`kill(?:ed|ing|s)?|dead|deaths?|died|dies|wounded|injur(?:ed|ies)|casualt(?:y|ies)|massacre[sd]?|death toll|tués?|tuées?|morts?|blessés?|victimes|décès|muert[oe]s?|fallecid[oa]s|herid[oa]s|víctimas|mort[oe]s|feridos|vítimas|tote[n]?|todesopfer|getötet|verletzte[n]?|ums leben|mrtv\p{L}*|zemřel\p{L}*|zahynul\p{L}*|zraněn\p{L}*|obět\p{L}*`,
  'убит|погиб|ранен|жертв|смерт',
);
const ACCUSATION = words(
  String.raw`accus(?:ed|es|ing|ation|ations)|dismiss(?:ed|es)? (?:as|the (?:claims?|reports?|allegations?|accusations?))|refut(?:e|ed|es|ation)|denounc(?:ed|es|ing)|smears?|fake|fabricat(?:ed|ion)|falsely|lies|propaganda|alleg(?:e|ed|edly|ation|ations)|blam(?:ed|es)|condemn(?:ed|s)|war crimes?|accusé|accuse|dénonc\p{L}*|mensonge\p{L}*|crimes? de guerre|contesté\p{L}*|warf\p{L}* [^.]{0,80} vor|wirft [^.]{0,80} vor|vorw[uü]rf\p{L}*|beschuldig\p{L}*`,
  String.raw`обвин|фейк|ложн|клевет|военн\p{L}* преступ|acus[oóaáeé]|acusa|denunci|obvin|obviň`,
);
const DENIAL = words(
  String.raw`den(?:y|ies|ied|ial)|reject(?:ed|s)? the|never happened|did not happen|didn['’]t happen|no evidence|nié|nie|démenti|dément|rejeté|n['’]a jamais eu lieu|neg[óo]u?|rechaz[óo]|desmint\p{L}*|desmentiu|rejeitou|no encontró pruebas|sin pruebas|sem provas|wies [^.]{0,60} zurück|bestr(?:itt|eitet)|dementiert\p{L}*|keine beweise|odmítl\p{L}*|popřel\p{L}*|never (?:been|[\p{L}]+ed|[\p{L}]+en)`,
  'опроверг|отрица|отверг',
);
const SUPERLATIVE = words(
  String.raw`largest|biggest|highest|lowest|worst(?![-‑]hit|[-‑]affected)|deadliest|fastest|heaviest|hottest|coldest|wettest|driest|strongest|(?<!(?:correct|on|off|for|set|straight) the )record|since records began|ever (?:recorded|reported)|the most (?:in|since)|unprecedented|doubled|tripled|halved|times (?:more|as much|as many)|more than ever|first time|for the first time|the first (?:[\p{L}-]+ ){0,5}(?:since|to|in|ever)|much (?:more|less|higher|lower|larger|smaller)|(?:highest|lowest|first|largest|deadliest) since|ranked|le plus|la plus|les plus|sans précédent|premi(?:er|ère) (?:fois|nationalité)|больше всего|крупнейш\p{L}*|рекордн\p{L}*|впервые|récord|recorde|el mayor|la mayor|o maior|a maior|más alt[oa]|la cifra más|sin precedentes|sem precedentes|por primera vez|pela primeira vez|duplic\p{L}+|triplic\p{L}+|rekord\p{L}*|höchste\p{L}*|größte\p{L}*|niedrigste\p{L}*|wie noch nie|erstmals|zum ersten mal|verdoppelt|verdreifacht|největší|nejvyšší|nejnižší|nejhorší|poprvé|v historii|pior|peor|schlimmste\p{L}*`,
);
/** A fact an institution states or an act it records: a court's ruling, a ministry's figure, an agency's finding. */
const OFFICIAL_SOURCE = words(
  String.raw`court|judge|ministry|minister|ministre|ministère|commission|agency|office|government|gouvernement|police|authorities|officials|department|council|parliament|prosecutors?|audit|statistics|census|report|rapport|study|survey|observers|observación|observadores|beobachter|organization|organisation|tribunal|cour|autorités|United Nations|state|jury|regulator|authority|watchdog|board|auditor|juez|jueza|ministerio|gobierno|consejo|policía|autoridades|instituto|ministério|governo|secretaria|juiz|polícia|gericht|richter|ministerium|behörde|regierung|polizei|staatsanwaltschaft|bundesamt|landesamt|federation|fédération|federación|verband`,
  'министерств|правительств|суд|fiscal|verwaltungsgericht|soud|ministerstv|vlád|polici|úřad|hasič',
);
/** Institutions known by their acronym, matched with their case ("WHO", not "who"). */
const OFFICIAL_ACRONYM = /(?<![\p{L}])(?:WHO|UN|UNHCR|UNICEF|OSCE|EU|NATO|IMF|OECD|FBI|CDC|OFPRA|Ofpra|INSEE)(?![\p{L}])/u;
const officialSource = (text: string) => OFFICIAL_SOURCE.test(text) || OFFICIAL_ACRONYM.test(text);
const OFFICIAL_ACT = words(
  String.raw`ruled|found|findings?|concluded|determined|acquitted|convicted|sentenced|ordered|expropriat\p{L}*|approved|passed|announced|confirmed|recorded|published|registered|took ownership|signed|declared|estimated|enregistré|annoncé|confirmé|publié|condamné|jugé|dictaminó|condenó|absolvió|ordenó|registr[óo]u?|registrados|confirm[óo]u?|anunci[óo]u?|public[óo]u?|aprob[óo]|declar[óo]u?|inform[óo]u?|condenou|absolveu|determinou|aprovou|erklärt|entschieden|urteil\p{L}*|verurteilt|freigesprochen|angeordnet|bestätigt|veröffentlicht|beschlossen|gemeldet|rozhodl\p{L}*|odsoudil\p{L}*|potvrdil\p{L}*|oznámil\p{L}*|zveřejnil\p{L}*|evakuováno`,
  'постанов|приговор|объявил|подтверд',
);
/** A comparison a reader can check ("more jobs in one year than the previous government did in five"). */
const COMPARISON = words(
  String.raw`(?:higher|lower|bigger|smaller|larger|cheaper|faster|slower)(?: [\p{L}'’]+){0,6} than|(?:more|fewer|less)(?: [\p{L}'’]+){1,6} than|(?:plus|moins) (?:de )?[\p{L}'’]+(?: [\p{L}'’]+){0,5} que|más [\p{L}]+(?: [\p{L}]+){0,5} que|mais [\p{L}]+(?: [\p{L}]+){0,5} do que|mehr [\p{L}]+(?: [\p{L}]+){0,5} als`,
);
/** A court's or jury's decision: the official statement a checker trusts most and readers most want confirmed. */
const COURT = words(
  String.raw`court|jury|judge|tribunal|cour|juez|jueza|juiz|gericht|richter|verwaltungsgericht|soud`,
  'суд|verwaltungsgericht|bundesgericht|landgericht|soud',
);
const RULING = words(
  String.raw`ruled|convicted|acquitted|sentenced|overturned|struck down|upheld|declared|condamné|jugé|annulé|condenó|absolvió|dictaminó|condenou|absolveu|erklärt|urteilt\p{L}*|verurteilt|freigesprochen|entschieden|rozhodl\p{L}*|odsoudil\p{L}*|osvobodil\p{L}*`,
  'постанов|приговор|признал',
);
/** A crowd or audience in a scene ("about 4,000 spectators attended"): a count, but rarely what a story claims. */
const SCENE_COUNT = words(
  String.raw`attended|spectators|queued|gathered|turned out|onlookers|se sont rassemblé\p{L}*|asistieron|compareceram|zuhörer|zuschauer|пришли|собрались`,
);
/** Opinion, prediction and scene-setting: what may happen, what someone feels or expects. */
const SPECULATIVE = words(
  String.raw`will|would|could|might|expects?|expected|hopes?|plans? to|is set to|wonders?|believes?|thinks?|feels?|perhaps|probably|pourrait|devrait|sera|espère|pense|podría|debería|prevé|poderia|pode|preveem|könnte|sollte|wird|hofft|erwartet|mohlo|mohl|očekávají`,
);
const SAY = words(
  String.raw`said|says|say|told|added|reported|according to|estimated|documented|claimed|announced|stated|denied|denies|accused|accuses|dismissed|rejected|insisted|alleged|ruled|found|recorded|wrote|writes|selon|écrit|escribió|schrieb|napsal\p{L}*|a déclaré|a affirmé|a indiqué|a annoncé|a nié|a démenti|a accusé|d['’]après|précise|según|dijo|afirm[óo]u?|asegur[óo]|señaló|estima|segundo|disse|de acordo com|sagte|sagt|erklärte|teilte [^.]{0,40} mit|nach angaben|laut|zufolge|uvedl\p{L}*|řekl\p{L}*|sdělil\p{L}*|podle`,
  'заявил|сообщ|по данным|по словам|утвержда|обвинил|опроверг|отрицает|отверг',
);
const FURNITURE =
  /(?:click here|subscribe|newsletter|sign up|all rights reserved|cookie|follow us|share this|read more|related:|©|copyright|journalists report the news|with reporting by|contributed reporting|image:|photo:|getty images|reuters\/|ap photo|first published)/iu;
/** A photo credit glued to its caption ("...winter weather.CreditKirsten Luce"). */
const CAPTION_CREDIT = /Credit[\p{Lu}]/u;
/** Family, funeral and life-story furniture: counts of children and grandchildren are not claims. */
const BIOGRAPHY = /\b(?:survived by|grandchildren|funeral)\b/iu;

/** What each feature adds to (or takes from) a sentence's score. */
const WEIGHT = {
  countable: 0.45,
  casualtyCount: 0.3,
  count: 0.12,
  smallPrice: 0.1,
  largeSum: 0.1,
  descriptiveOnly: -0.1,
  casualty: 0.15,
  accusation: 0.3,
  denial: 0.3,
  superlative: 0.3,
  official: 0.3,
  ruling: 0.15,
  comparison: 0.2,
  attributed: 0.15,
  scene: -0.25,
  speculative: -0.2,
  firstPersonQuote: -0.25,
  biography: -0.4,
  short: -0.3,
  furniture: -0.6,
  question: -0.2,
};

const isQuantity = (n: NumberSpan) => n.kind === 'count' || n.kind === 'money' || n.kind === 'percent' || n.kind === 'ratio';


/** Scores one sentence 0..1 for check-worthiness. */
export function scoreSentence(sentence: Sentence, attributed: boolean, lang: string | null = null): DetectedClaim {
  return scoreWithNumbers(sentence, findNumbers(sentence.text, lang), attributed);
}

/** Money that is a price in passing: a small sum with no scale word ("2.50 euros", "$16.99"). */
const smallPrice = (n: NumberSpan) => n.kind === 'money' && (n.value ?? n.max ?? n.min ?? 0) < 100;

function scoreWithNumbers(sentence: Sentence, numbers: NumberSpan[], attributed: boolean): DetectedClaim {
  const { text } = sentence;
  const features: string[] = [];
  let score = 0;

  const quantities = numbers.filter(isQuantity);
  const countable = quantities.filter((n) => {
    const family = unitFamily(n.unit);
    // A price or rate ("$24 a pound", "$119-a-year", "5 per cent a month") is rarely what a claim is about.
    const rate = /^[\s-]*(?:a|an|per|each|par|в)[\s-]+\p{L}/iu.test(text.slice(n.end, n.end + 12));
    return family !== null && COUNTABLE_FAMILIES.has(family) && !rate && !smallPrice(n);
  });
  const casualty = CASUALTY.test(text);
  const accusation = ACCUSATION.test(text);
  const denial = DENIAL.test(text);
  // An accusation or a denial names who makes it ("Pro Bahn warf dem Vorstand vor"): it is attributed by its verb.
  const sourced = attributed || SAY.test(text) || accusation || denial;
  const official = officialSource(text) && OFFICIAL_ACT.test(text);
  const superlative = SUPERLATIVE.test(text);
  let reason: ClaimReason | null = null;
  if (countable.length) {
    score += WEIGHT.countable;
    features.push('countable quantity');
    reason = casualty ? 'casualty-figure' : 'statistic';
  } else if (quantities.some((n) => n.kind === 'count' && (n.value ?? n.min ?? n.max ?? 0) >= 2)) {
    // A count of ten or more, or a hedged one ("about 500 leaks"), is a statistic; "two cases" or "three districts" is detail.
    const statistic = quantities.some((n) => n.kind === 'count' && ((n.value ?? n.min ?? n.max ?? 0) >= 10 || (n.qualifier !== null && n.qualifier !== 'exact')));
    score += casualty || statistic ? WEIGHT.casualtyCount : WEIGHT.count;
    features.push('quantity');
    reason = casualty ? 'casualty-figure' : 'statistic';
  } else if (quantities.some(smallPrice)) {
    score += WEIGHT.smallPrice;
    features.push('price in passing');
  } else if (numbers.length && numbers.every((n) => DESCRIPTIVE_KINDS.has(n.kind)) && !official && !superlative) {
    score += WEIGHT.descriptiveOnly;
    features.push('descriptive numbers only');
  }
  if (countable.some((n) => n.kind === 'money' && (n.value ?? n.max ?? n.min ?? 0) >= 1_000_000)) {
    score += WEIGHT.largeSum;
    features.push('large sum');
  }
  if (casualty) {
    score += WEIGHT.casualty;
    features.push('casualties');
  }
  if (superlative) {
    score += WEIGHT.superlative;
    features.push('superlative/first');
    if (reason !== 'casualty-figure') reason = 'superlative';
  }
  if (denial) {
    score += WEIGHT.denial;
    features.push('denial');
    reason = 'denial';
  }
  // A denial of an accusation is one claim, the denial; the accusation it answers is flagged where it is made.
  if (reason !== 'denial' && accusation) {
    score += WEIGHT.accusation;
    features.push('accusation');
    reason = 'accusation';
  }
  if (official) {
    score += WEIGHT.official;
    features.push('official statement');
    reason ??= 'official-statement';
  }
  if (COURT.test(text) && RULING.test(text)) {
    score += WEIGHT.ruling;
    features.push('ruling');
  }
  if (COMPARISON.test(text)) {
    score += WEIGHT.comparison;
    features.push('comparison');
  }
  if (quantities.length && SCENE_COUNT.test(text)) {
    score += WEIGHT.scene;
    features.push('crowd in a scene');
  }
  if (sourced) {
    score += WEIGHT.attributed;
    features.push('attributed');
  }
  // What an official announces is a fact even when it is about the future; a forecast with no figure is not.
  if (SPECULATIVE.test(text) && !quantities.length && !official) {
    score += WEIGHT.speculative;
    features.push('opinion/prediction');
  }
  if (firstPersonQuote(text) && !countable.length) {
    score += WEIGHT.firstPersonQuote;
    features.push('first-person quote');
  }
  if (BIOGRAPHY.test(text)) {
    score += WEIGHT.biography;
    features.push('biography');
  }
  if (hasFewerWords(text, 6)) {
    score += WEIGHT.short;
    features.push('too short');
  }
  if (FURNITURE.test(text) || CAPTION_CREDIT.test(text)) {
    score += WEIGHT.furniture;
    features.push('page furniture');
  }
  if (/\?\s*["'”’»]?$/.test(text)) {
    score += WEIGHT.question;
    features.push('question');
  }
  const { paragraph, start, end } = sentence;
  return {
    text,
    paragraph,
    start,
    end,
    checkworthiness: Math.max(0, Math.min(1, round(score))),
    numbers,
    features,
    reason: reason ?? 'official-statement',
  };
}

/** A sentence that is mostly a quotation in the first person ("We have lost everything"): testimony, not a claim. */
function firstPersonQuote(text: string): boolean {
  const quoted = text.match(/["“«][^"”»]{12,}["”»]/gu)?.join(' ') ?? '';
  return quoted.length > text.length * 0.5 && /\b(?:I|we|me|us|my|our|je|nous)\b/iu.test(quoted);
}

/** A hedge that sends the reader to reports ("reportedly"), the article's own table or chart, or a footnote ("[219]"). */
const REPORTED = /\b(?:reportedly|allegedly|supposedly|table|chart|graph|column)\b|\[\d{1,4}\]/iu;

/**
 * Whether the sentence names where what it says comes from: a speech or reporting verb, an institution that states
 * or rules, an accuser or a denier, a hedge to reports, a footnote. In every language the selection reads.
 */
export function namesItsSource(text: string): boolean {
  return SAY.test(text) || officialSource(text) || ACCUSATION.test(text) || DENIAL.test(text) || COURT.test(text) || REPORTED.test(text);
}

/** Whether the sentence speaks of deaths, injuries or victims. */
export function speaksOfCasualties(text: string): boolean {
  return CASUALTY.test(text);
}

/** Whether the sentence speaks of what may be rather than what is (a forecast, a hope, a hypothetical). */
export function isSpeculative(text: string): boolean {
  return SPECULATIVE.test(text) || /\?\s*["'”’»]?$/.test(text);
}

/** Whether the sentence speaks in the first person plural or singular: the writer is its own source. */
export function firstPerson(text: string): boolean {
  return /\b(?:I|we|our|us|my|nous|nos|wir|unser\p{L}*|nosotros|nuestr\p{L}*|nós|nosso\p{L}*)\b/u.test(text.replace(/["“«][^"”»]*["”»]/gu, ''));
}

/** Whether the sentence can score anything worth reporting; most cannot, and need no other feature tested. */
function mayBeCheckworthy(text: string, numbers: readonly NumberSpan[]): boolean {
  return (
    numbers.some(isQuantity) ||
    ACCUSATION.test(text) ||
    DENIAL.test(text) ||
    SUPERLATIVE.test(text) ||
    COMPARISON.test(text) ||
    (officialSource(text) && OFFICIAL_ACT.test(text))
  );
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

/**
 * A lower bar for the first two claims of a page: a page of statements of fact with no figure in them (a court
 * ruling, a government decision) still has something a checker would pick.
 */
export const FALLBACK_CHECKWORTHINESS = 0.25;

/** The most claims one article reports, however long: the handful a fact-checker would pick, not every figure. */
export const MAX_CLAIMS = 5;

/** Ranking bonus for the lead, fading over the first paragraphs (not part of the score shown). */
const LEAD_BONUS = 0.1;
const LEAD_PARAGRAPHS = 6;

/** Words per reported claim: at most 2 claims per 100 words on any page. */
const WORDS_PER_CLAIM = 50;

/** How many claims an article of `wordCount` words may report: one per 50 words, at most MAX_CLAIMS. */
export function claimBudget(wordCount: number): number {
  return Math.min(MAX_CLAIMS, Math.floor(wordCount / WORDS_PER_CLAIM));
}

function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const p of paragraphs) count += p.split(/\s+/).filter(Boolean).length;
  return count;
}

/** The article's best few check-worthy sentences (see `claimBudget`), in reading order. */
export function detectClaims(paragraphs: readonly string[], attributions: readonly Attribution[], lang: string | null = null): DetectedClaim[] {
  const scored: DetectedClaim[] = [];
  const byParagraph = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = byParagraph.get(a.paragraph);
    if (list) list.push(a);
    else byParagraph.set(a.paragraph, [a]);
  }
  paragraphs.forEach((paragraph, p) => {
    const inParagraph = byParagraph.get(p) ?? [];
    for (const sentence of splitSentences(paragraph, p)) {
      const numbers = findNumbers(sentence.text, lang);
      if (!mayBeCheckworthy(sentence.text, numbers)) continue;
      const attributed = inParagraph.some((a) => a.start < sentence.end && a.end > sentence.start);
      const claim = scoreWithNumbers(sentence, numbers, attributed);
      if (claim.checkworthiness >= FALLBACK_CHECKWORTHINESS) scored.push(claim);
    }
  });
  const budget = claimBudget(countWords(paragraphs));
  // News is written as an inverted pyramid: between two claims of near equal weight, the earlier one leads the story.
  const rank = (c: DetectedClaim) => c.checkworthiness + LEAD_BONUS * Math.max(0, 1 - c.paragraph / LEAD_PARAGRAPHS);
  const ranked = scored.sort((a, b) => rank(b) - rank(a) || a.paragraph - b.paragraph || a.start - b.start);
  const fallbackCount = Math.min(2, budget);
  // The same sentence repeated (a pull quote, a flood) is one claim.
  const seen = new Set<string>();
  return ranked
    .filter((claim) => !seen.has(claim.text) && !!seen.add(claim.text))
    .filter((claim, rank) => claim.checkworthiness >= MIN_CHECKWORTHINESS || rank < fallbackCount)
    .slice(0, budget)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
