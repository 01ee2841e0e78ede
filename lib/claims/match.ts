import type { DatasetIndex } from '../dataset/dataset-index';
import type { ClaimRecord } from '../dataset/schema';
import type { ClaimMatch, ClaimNote } from '../model/analysis';
import { normalizeName, tokenize } from '../text/normalize';
import { anchorOf, unitFamily, unitGroup, unitOfWord, type NumberSpan } from './numbers';
import { contentTokens, isStopWord, stem, surfaceForms, type StemLookup } from './terms';

/**
 * Matching a detected claim against the dataset's claim records.
 *
 * Candidates come only from the compiled inverted index (`claimsWithTerm`), looked up with each content word's
 * regular inflections; posting lists longer than MAX_POSTING are too common to pick candidates by (they still count
 * when candidates are verified), and at most MAX_CANDIDATES candidates are verified. So the cost depends on the
 * article, not on the size of the dataset.
 *
 * A candidate is verified on: the share of the record's keyword concepts the sentence names (a keyword entry is one
 * concept; `|` separates its alternatives, e.g. "killed|tués|убиты"), with the article's other text counting half;
 * the record's place named in the sentence or the article; a compatible figure in the same unit family; the date
 * window; and whether the claimant agrees.
 */

export const MAX_POSTING = 256;
export const MAX_CANDIDATES = 48;
export const MAX_GATHERED = 600;
export const MATCH_THRESHOLD = 0.6;

export interface MatchContext {
  /** Stems of the whole article (title and paragraphs), for concepts the sentence leaves implicit. */
  articleStems: StemLookup;
  publishedTime: string | null;
}

export interface ClaimToMatch {
  text: string;
  numbers: readonly NumberSpan[];
  /** The claimant's display name and, when the dataset knows it, its record id. */
  claimant: string | null;
  claimantId: string | null;
}

interface Concept {
  /** Each alternative is a set of stems that must all be present. */
  alternatives: string[][];
}

interface PreparedRecord {
  concepts: Concept[];
  place: Concept | null;
  claimantKeys: Set<string>;
  /** Stems of the claimant's multi-word names, to recognise "the Syrian Observatory for Human Rights said". */
  claimantPhrases: string[][];
  claimantId: string | null;
  /**
   * For a count of strikes or attacks: the targets named among the keywords ("hospitals"), since "nine strikes on
   * hospitals" is also reported as "nine hospitals hit".
   */
  keywordUnits: Set<string>;
}

const prepared = new WeakMap<ClaimRecord, PreparedRecord>();

function conceptOf(text: string): Concept {
  const alternatives = text
    .split('|')
    .map((alt) => contentTokens(alt).map(stem))
    .filter((alt) => alt.length > 0);
  return { alternatives };
}

function prepare(record: ClaimRecord, index: DatasetIndex): PreparedRecord {
  const cached = prepared.get(record);
  if (cached) return cached;
  const concepts = record.keywords.map(conceptOf).filter((c) => c.alternatives.length > 0);
  let place: Concept | null = null;
  if (record.place) {
    const placeStems = contentTokens(record.place).map(stem);
    place =
      concepts.find((c) => c.alternatives.some((alt) => alt.length === placeStems.length && alt.every((s, i) => s === placeStems[i]))) ??
      (placeStems.length ? { alternatives: [placeStems] } : null);
  }
  const claimantKeys = new Set<string>([record.claimant.toLowerCase(), normalizeName(record.claimant)]);
  const named = index.recordsNamed(record.claimant)[0];
  const entity =
    index.entities.find((e) => e.id === record.claimant) ?? (named?.type === 'entity' ? index.entities[named.index] : undefined);
  const outlet = entity
    ? undefined
    : (index.outletById(record.claimant) ?? (named?.type === 'outlet' ? index.outletAt(named.index) : undefined));
  for (const name of entity ? [entity.name, ...entity.aliases] : outlet ? [outlet.name, ...outlet.aliases] : [])
    claimantKeys.add(normalizeName(name));
  const keywordUnits = new Set<string>();
  if (unitGroup(record.unit) === 'strikes') {
    for (const keyword of record.keywords) for (const token of tokenize(keyword)) {
      const unit = unitOfWord(token);
      const family = unitFamily(unit);
      if (unit && (family === 'facilities' || family === 'buildings')) keywordUnits.add(unit);
    }
  }
  const claimantPhrases = [...claimantKeys]
    .filter((key) => key.includes(' '))
    .map((key) => contentTokens(key).map(stem))
    .filter((parts) => parts.length > 1);
  const result = { concepts, place, claimantKeys, claimantPhrases, claimantId: entity?.id ?? outlet?.id ?? null, keywordUnits };
  prepared.set(record, result);
  return result;
}

function sameConcept(a: Concept, b: Concept): boolean {
  return a.alternatives.some((alt) => b.alternatives.some((other) => alt.join(' ') === other.join(' ')));
}

function conceptHit(concept: Concept, stems: StemLookup): boolean {
  return concept.alternatives.some((alt) => alt.every((s) => stems.has(s)));
}

/**
 * Figures as index terms. The compiled index keys claims by keyword tokens only; the figure is the most distinctive
 * thing about a claim, so records are also keyed by their figure's log-bucket (4% wide) in a small side index,
 * built once per dataset index on first use (about 10 ms at 100,000 records). The dataset compiler could emit these
 * terms into `claimTerms` instead (see `figureTermsOf`).
 */
const FIGURE_BUCKET = Math.log(1.04);
const figureIndexes = new WeakMap<DatasetIndex, Map<number, number[]>>();

/** The log-bucket a figure falls in; nearby figures fall in nearby buckets. */
export function figureBucket(value: number): number {
  return value <= 0 ? -1 : Math.round(Math.log(value) / FIGURE_BUCKET);
}

/** Index terms for a record's figure ("#n" + bucket), for a compiler that wants to add them to `claimTerms`. */
export function figureTermsOf(record: Pick<ClaimRecord, 'quantity'>): string[] {
  const q = record.quantity;
  if (!q) return [];
  const vague = q.value == null && q.min != null && q.max != null;
  const anchor = vague ? null : (q.value ?? q.min ?? q.max ?? null);
  return anchor === null ? [] : [`#n${figureBucket(anchor)}`];
}

function figureIndex(index: DatasetIndex): Map<number, number[]> {
  let table = figureIndexes.get(index);
  if (table) return table;
  table = new Map();
  index.claims.forEach((record, i) => {
    for (const term of figureTermsOf(record)) {
      const bucket = Number(term.slice(2));
      let list = table!.get(bucket);
      if (!list) table!.set(bucket, (list = []));
      list.push(i);
    }
  });
  figureIndexes.set(index, table);
  return table;
}

const recordStems = new WeakMap<ClaimRecord, Set<string>>();
function stemsOfRecord(record: ClaimRecord): Set<string> {
  let stems = recordStems.get(record);
  if (!stems) {
    stems = new Set(record.keywords.flatMap((k) => contentTokens(k)).map(stem));
    recordStems.set(record, stems);
  }
  return stems;
}

/**
 * Candidate record indexes for a claim, best first. Candidates come from the posting lists of the sentence's rarer
 * words and from the figure index; words too common to traverse still rank the candidates (by inverse document
 * frequency) once they are gathered. At most MAX_GATHERED records are gathered and MAX_CANDIDATES returned.
 */
export function candidatesFor(text: string, index: DatasetIndex, numbers: readonly NumberSpan[] = []): number[] {
  const gathered = new Set<number>();
  const gather = (list: readonly number[]) => {
    for (let k = 0; k < list.length && gathered.size < MAX_GATHERED; k++) gathered.add(list[k]!);
  };
  const total = Math.max(1, index.claims.length);
  const weights = new Map<string, number>();

  // Figures first: a figure narrows candidates the most.
  const figureHits = new Set<number>();
  const figures = figureIndex(index);
  for (const n of numbers) {
    if (n.isRatio || (n.kind !== 'count' && n.kind !== 'money' && n.kind !== 'percent')) continue;
    if (n.value === null && n.min !== null && n.max !== null) continue; // "hundreds": too wide to look up
    const anchor = n.value ?? n.min ?? n.max;
    if (anchor === null || anchor <= 0) continue;
    const b = figureBucket(anchor);
    for (let d = -3; d <= 3; d++) {
      const list = figures.get(b + d);
      if (!list || list.length > MAX_POSTING) continue;
      for (const i of list) figureHits.add(i);
      gather(list);
    }
  }

  const seen = new Set<string>();
  const rare: { list: readonly number[]; df: number }[] = [];
  for (const token of tokenize(text)) {
    if (isStopWord(token) || /^\d+$/.test(token) || seen.has(token)) continue;
    seen.add(token);
    const lists: (readonly number[])[] = [];
    let df = 0;
    for (const form of surfaceForms(token)) {
      const list = index.claimsWithTerm(form);
      if (list.length) {
        lists.push(list);
        df += list.length;
      }
    }
    if (df === 0) continue;
    weights.set(stem(token), Math.log(1 + total / df));
    if (df <= MAX_POSTING) for (const list of lists) rare.push({ list, df });
  }
  rare.sort((a, b) => a.df - b.df);
  for (const { list } of rare) gather(list);

  const ranked: [number, number][] = [];
  for (const i of gathered) {
    const record = index.claims[i];
    if (!record) continue;
    const stems = stemsOfRecord(record);
    let score = figureHits.has(i) ? 3 : 0;
    for (const [s, w] of weights) if (stems.has(s)) score += w;
    ranked.push([i, score]);
  }
  return ranked
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([i]) => i);
}

type Interval = { lo: number; hi: number; anchor: number | null; vague: boolean; about: boolean };
type Figure = { value?: number | null; min?: number | null; max?: number | null; qualifier?: string | null };

function intervalOf(n: Figure): Interval {
  const vague = n.value == null && n.min != null && n.max != null;
  return {
    lo: n.value ?? n.min ?? 0,
    hi: n.value ?? n.max ?? Number.POSITIVE_INFINITY,
    anchor: vague ? null : anchorOf(n),
    vague,
    about: n.qualifier === 'about',
  };
}

/** 1 = same figure, 0.8 = within rounding, 0.5 = a vague amount that covers it, 0 = a different figure. */
export function figureAgreement(sentence: Figure, record: Figure): number {
  const s = intervalOf(sentence);
  const r = intervalOf(record);
  if (s.anchor !== null && r.anchor !== null) {
    if (s.anchor === r.anchor) return 1;
    const tolerance = s.about || r.about ? 0.1 : 0.02;
    return Math.abs(s.anchor - r.anchor) <= tolerance * Math.max(s.anchor, r.anchor) ? 0.8 : 0;
  }
  if (s.vague && r.anchor !== null) return r.anchor >= s.lo && r.anchor <= s.hi ? 0.5 : 0;
  if (r.vague && s.anchor !== null) return s.anchor >= r.lo && s.anchor <= r.hi ? 0.5 : 0;
  if (s.vague && r.vague) return s.lo <= r.hi && r.lo <= s.hi ? 0.5 : 0;
  return 0;
}

const DAY = 86_400_000;

/** Scores one candidate record for a claim; null when it is not the same claim. */
export function scoreRecord(
  claim: ClaimToMatch,
  sentenceStems: ReadonlySet<string>,
  record: ClaimRecord,
  index: DatasetIndex,
  context: MatchContext,
): { score: number; reasons: string[] } | null {
  const prep = prepare(record, index);
  const reasons: string[] = [];
  if (!prep.concepts.length) return null;

  // Subject: the record's keyword concepts named in the sentence (or, at half weight, elsewhere in the article).
  const inSentenceConcepts = prep.concepts.filter((concept) => conceptHit(concept, sentenceStems));
  const inSentence = inSentenceConcepts.length;
  const named = inSentenceConcepts.map((concept) => concept.alternatives[0]!.join(' '));
  // Most of the subject in the sentence itself (checked first: the article's stems are costly to gather), and every
  // part of it somewhere in the article.
  if (inSentence < Math.min(2, prep.concepts.length) || inSentence / prep.concepts.length < 0.6) return null;
  const inArticle = prep.concepts.filter(
    (concept) => !inSentenceConcepts.includes(concept) && conceptHit(concept, context.articleStems),
  ).length;
  const coverage = (inSentence + 0.5 * inArticle) / prep.concepts.length;
  if (inSentence + inArticle < prep.concepts.length) return null;
  reasons.push(`names ${inSentence} of ${prep.concepts.length} subject terms (${named.join(', ')})`);

  if (prep.place && !conceptHit(prep.place, sentenceStems) && !conceptHit(prep.place, context.articleStems)) return null;
  if (prep.place) reasons.push(`same place: ${record.place}`);

  // Figure: a record with a quantity needs the same figure in a compatible unit.
  let figure = 0;
  if (record.quantity) {
    const group = unitGroup(record.unit);
    const usable = claim.numbers.filter(
      (n) => (n.kind === 'count' || n.kind === 'money' || n.kind === 'percent') && !n.isRatio,
    );
    const sameUnit = usable.filter(
      (n) => n.unit === null || group === null || sameUnitGroup(n.unit, record.unit, group) || prep.keywordUnits.has(n.unit),
    );
    let best = 0;
    let bestRaw = '';
    for (const n of sameUnit) {
      const agreement = figureAgreement(n, record.quantity);
      const weighted = n.unit === null && group !== null ? agreement * 0.8 : agreement;
      if (weighted > best) {
        best = weighted;
        bestRaw = n.raw;
      }
    }
    if (best === 0) return null;
    figure = best;
    reasons.push(
      best >= 1 ? `same figure: ${bestRaw}` : best >= 0.64 ? `figure agrees within rounding: ${bestRaw}` : `figure is compatible: ${bestRaw}`,
    );
  } else {
    // A statement without a figure (a denial, an accusation) has nothing else to pin it down: the sentence must name
    // every subject concept; only the place may come from the rest of the article.
    const needed = prep.concepts.filter((c) => c !== prep.place && !(prep.place && sameConcept(c, prep.place))).length;
    const namedOutsidePlace = prep.concepts.filter(
      (c) => c !== prep.place && !(prep.place && sameConcept(c, prep.place)) && conceptHit(c, sentenceStems),
    ).length;
    if (namedOutsidePlace < needed) return null;
    // Nor a figure to date it: such a statement is matched only in articles from its own time (up to a year on).
    if (context.publishedTime && Date.parse(context.publishedTime) > Date.parse(record.dateRange.to) + 365 * DAY) return null;
    figure = 1;
    reasons.push('names every part of the statement');
  }

  // Dates: the article cannot repeat a claim made after it was published; years named in the sentence must fit.
  const from = Date.parse(record.dateRange.from);
  const to = Date.parse(record.dateRange.to);
  let dateScore = 0.5;
  if (context.publishedTime) {
    const published = Date.parse(context.publishedTime);
    if (Number.isFinite(published)) {
      if (published < from - 3 * DAY) return null;
      if (published <= to + 120 * DAY) {
        dateScore = 1;
        reasons.push('published while the claim was current');
      } else dateScore = 0.6;
    }
  }
  const years = datingYears(claim);
  if (years.length) {
    const fromYear = new Date(from).getUTCFullYear();
    const toYear = new Date(to).getUTCFullYear();
    if (!years.some((y) => y >= fromYear - 1 && y <= toYear + 1)) return null;
  }

  // Claimant.
  let claimantScore = 0.5;
  if (claim.claimantId && (claim.claimantId === record.claimant || claim.claimantId === prep.claimantId)) claimantScore = 1;
  else if (claim.claimant && prep.claimantKeys.has(normalizeName(claim.claimant))) claimantScore = 1;
  else if (prep.claimantPhrases.some((parts) => parts.every((part) => sentenceStems.has(part)))) claimantScore = 1;
  else if (claim.claimantId) claimantScore = 0.2;
  if (claimantScore === 1) reasons.push(`same claimant: ${claimantName(record.claimant, index)}`);
  else if (claimantScore < 0.5) reasons.push(`attributed to ${claim.claimant ?? 'another source'}, not ${claimantName(record.claimant, index)}`);

  const score = 0.45 * Math.min(1, coverage) + 0.3 * figure + 0.15 * claimantScore + 0.1 * dateScore;
  return { score: Math.round(score * 1000) / 1000, reasons };
}

const namesById = new WeakMap<DatasetIndex, Map<string, string>>();

/** The display name for an entity or outlet id; a plain name is returned as it is. */
export function claimantName(idOrName: string, index: DatasetIndex): string {
  let names = namesById.get(index);
  if (!names) {
    names = new Map();
    for (const entity of index.entities) names.set(entity.id, entity.name);
    namesById.set(index, names);
  }
  return names.get(idOrName) ?? index.outletById(idOrName)?.name ?? idOrName;
}

/** The record's notes, oldest first, as the contract's ClaimNote. */
export function notesOf(record: ClaimRecord, index: DatasetIndex): ClaimNote[] {
  return [...record.notes]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((note) => ({
      stance: note.stance,
      by: claimantName(note.by, index),
      date: note.date,
      text: note.text,
      citation: { url: note.source.url, title: note.source.title },
    }));
}

/** Matches one claim against the dataset: the best few records above the threshold, best first. */
export function matchClaim(
  claim: ClaimToMatch,
  index: DatasetIndex,
  context: MatchContext,
  limit = 3,
): ClaimMatch[] {
  if (!index.claims.length) return [];
  const sentenceStems = new Set(contentTokens(claim.text).map(stem));
  const matches: ClaimMatch[] = [];
  for (const i of candidatesFor(claim.text, index, claim.numbers)) {
    const record = index.claims[i];
    if (!record) continue;
    const scored = scoreRecord(claim, sentenceStems, record, index, context);
    if (!scored || scored.score < MATCH_THRESHOLD) continue;
    matches.push({ claimId: record.id, summary: record.summary, score: scored.score, reasons: scored.reasons, notes: notesOf(record, index) });
  }
  return matches.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId)).slice(0, limit);
}

/** "The highest since 1981": a year that only marks the point of comparison does not date the claim. */
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:since|depuis|desde|seit|с|со)\s+$/iu;

function datingYears(claim: ClaimToMatch): number[] {
  return claim.numbers
    .filter((n) => n.kind === 'year' && !SINCE_BEFORE.test(claim.text.slice(Math.max(0, n.start - 12), n.start)))
    .map((n) => n.value ?? 0);
}

/** Migrants and refugees are people: "5,112 migrants" repeats a record counted in people. */
const PEOPLE_KINDS = new Set(['migrants', 'refugees']);

function sameUnitGroup(unit: string, recordUnit: string | null, group: string): boolean {
  const numberGroup = unitGroup(unit);
  return numberGroup === group || (recordUnit === 'people' && PEOPLE_KINDS.has(numberGroup ?? ''));
}
