import type { DatasetIndex } from '../dataset/dataset-index';
import type { ClaimRecord } from '../dataset/schema';
import type { ClaimMatch, ClaimNote } from '../model/analysis';
import { normalizeName, tokenize } from '../text/normalize';
import { anchorOf, unitFamily, unitGroup, unitOfWord, type NumberSpan } from './numbers';
import { contentTokens, isStopWord, stem, surfaceForms } from './terms';

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
export const MATCH_THRESHOLD = 0.6;

export interface MatchContext {
  /** Stems of the whole article (title and paragraphs), for concepts the sentence leaves implicit. */
  articleStems: ReadonlySet<string>;
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
    : (index.outlets.find((o) => o.id === record.claimant) ?? (named?.type === 'outlet' ? index.outlets[named.index] : undefined));
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
  const result = { concepts, place, claimantKeys, claimantId: entity?.id ?? outlet?.id ?? null, keywordUnits };
  prepared.set(record, result);
  return result;
}

function sameConcept(a: Concept, b: Concept): boolean {
  return a.alternatives.some((alt) => b.alternatives.some((other) => alt.join(' ') === other.join(' ')));
}

function conceptHit(concept: Concept, stems: ReadonlySet<string>): boolean {
  return concept.alternatives.some((alt) => alt.every((s) => stems.has(s)));
}

/** Candidate record indexes for a sentence, most shared rare words first. */
export function candidatesFor(text: string, index: DatasetIndex): number[] {
  const counts = new Map<number, number>();
  const seen = new Set<string>();
  const total = Math.max(1, index.claims.length);
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
    if (df === 0 || df > MAX_POSTING) continue;
    const weight = Math.log(1 + total / df);
    for (const list of lists) for (const i of list) counts.set(i, (counts.get(i) ?? 0) + weight);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([i]) => i);
}

type Interval = { lo: number; hi: number; anchor: number | null; vague: boolean; about: boolean };

function intervalOf(n: { value: number | null; min: number | null; max: number | null; qualifier: string | null }): Interval {
  const vague = n.value === null && n.min !== null && n.max !== null;
  return {
    lo: n.value ?? n.min ?? 0,
    hi: n.value ?? n.max ?? Number.POSITIVE_INFINITY,
    anchor: vague ? null : anchorOf(n),
    vague,
    about: n.qualifier === 'about',
  };
}

/** 1 = same figure, 0.8 = within rounding, 0.5 = a vague amount that covers it, 0 = a different figure. */
export function figureAgreement(
  sentence: { value: number | null; min: number | null; max: number | null; qualifier: string | null },
  record: { value: number | null; min: number | null; max: number | null; qualifier: string | null },
): number {
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
  let inSentence = 0;
  let inArticle = 0;
  const named: string[] = [];
  for (const concept of prep.concepts) {
    if (conceptHit(concept, sentenceStems)) {
      inSentence++;
      named.push(concept.alternatives[0]!.join(' '));
    } else if (conceptHit(concept, context.articleStems)) inArticle++;
  }
  // Most of the subject in the sentence itself, and every part of it somewhere in the article.
  const coverage = (inSentence + 0.5 * inArticle) / prep.concepts.length;
  if (inSentence < Math.min(2, prep.concepts.length) || inSentence / prep.concepts.length < 0.6) return null;
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
      (n) => n.unit === null || group === null || unitGroup(n.unit) === group || prep.keywordUnits.has(n.unit),
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
  const years = claim.numbers.filter((n) => n.kind === 'year').map((n) => n.value ?? 0);
  if (years.length) {
    const fromYear = new Date(from).getUTCFullYear();
    const toYear = new Date(to).getUTCFullYear();
    if (!years.some((y) => y >= fromYear - 1 && y <= toYear + 1)) return null;
  }

  // Claimant.
  let claimantScore = 0.5;
  if (claim.claimantId && (claim.claimantId === record.claimant || claim.claimantId === prep.claimantId)) claimantScore = 1;
  else if (claim.claimant && prep.claimantKeys.has(normalizeName(claim.claimant))) claimantScore = 1;
  else if ([...prep.claimantKeys].some((key) => key.includes(' ') && containsPhrase(sentenceStems, key))) claimantScore = 1;
  else if (claim.claimantId) claimantScore = 0.2;
  if (claimantScore === 1) reasons.push(`same claimant: ${claimantName(record.claimant, index)}`);
  else if (claimantScore < 0.5) reasons.push(`attributed to ${claim.claimant ?? 'another source'}, not ${claimantName(record.claimant, index)}`);

  const score = 0.45 * Math.min(1, coverage) + 0.3 * figure + 0.15 * claimantScore + 0.1 * dateScore;
  return { score: Math.round(score * 1000) / 1000, reasons };
}

function containsPhrase(stems: ReadonlySet<string>, phrase: string): boolean {
  const parts = contentTokens(phrase).map(stem);
  return parts.length > 0 && parts.every((p) => stems.has(p));
}

export function claimantName(idOrName: string, index: DatasetIndex): string {
  return (
    index.entities.find((e) => e.id === idOrName)?.name ?? index.outlets.find((o) => o.id === idOrName)?.name ?? idOrName
  );
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
  for (const i of candidatesFor(claim.text, index)) {
    const record = index.claims[i];
    if (!record) continue;
    const scored = scoreRecord(claim, sentenceStems, record, index, context);
    if (!scored || scored.score < MATCH_THRESHOLD) continue;
    matches.push({ claimId: record.id, summary: record.summary, score: scored.score, reasons: scored.reasons, notes: notesOf(record, index) });
  }
  return matches.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId)).slice(0, limit);
}
