import type { Attribution, ClaimMatch, ClaimNote, DerivedNoteKind } from '../model/analysis';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Entity } from '../dataset/schema';
import { conflictsNamed } from './conflicts';
import { firstPerson, isSpeculative, namesItsSource, speaksOfCasualties, type DetectedClaim, type Sentence } from './detect';
import { anchorOf, COUNTABLE_FAMILIES, findNumbers, unitFamily, type NumberSpan } from './numbers';

/**
 * Notes Sourcelight works out itself from the article and the dataset. Each one is shown only when it is sure:
 * the claimant is a party to a conflict the article is about; a figure rests on one monitoring group; the article
 * names no source for a figure; a figure was revised within the article; the article gives another figure for
 * the same toll.
 */

export interface NoteContext {
  paragraphs: readonly string[];
  /** Every sentence of the article, for comparing figures. */
  sentences: readonly Sentence[];
  attributions: readonly Attribution[];
  lang: string | null;
  /** The article's toll figures, worked out on the first claim that needs them (see `articleTolls`). */
  tolls?: TollFigure[];
}

/** Figures compared per claim and per article: a flood of numbers must not make the notes quadratic. */
const MAX_TOLLS_PER_CLAIM = 3;
const MAX_TOLLS_PER_ARTICLE = 200;

function note(kind: DerivedNoteKind, args: string[], text: string, citation: ClaimNote['citation'] = null): ClaimNote {
  return { stance: 'derived', by: 'Sourcelight', date: null, text, citation, derived: { kind, args } };
}

const MONITOR_TYPES = new Set(['monitor', 'ngo', 'medical-ngo']);

const isFigure = (n: NumberSpan) => {
  const family = unitFamily(n.unit);
  return (n.kind === 'count' || n.kind === 'money' || n.kind === 'percent') && family !== null && COUNTABLE_FAMILIES.has(family);
};

/**
 * Words that name where a figure comes from, inside the sentence itself: a reporting verb or a source noun
 * ("according to local reports", "the court found", "the ministry's figures").
 */
const NAMES_A_SOURCE =
  /(?:according to|citing|cited by|selon|d['’]après|по данным|по словам|\b(?:said|says|told|reported|reports|estimated|estimates|found|ruled|announced|confirmed|recorded|counted|published|documented|stated|showed|shows|data|figures|statistics|survey|census|study|report|court|ministry|ministère|police|officials|authorities|agency|office|commission|government|tribunal|cour)\b)/iu;

export function namesASource(text: string): boolean {
  return NAMES_A_SOURCE.test(text) || namesItsSource(text);
}

/**
 * A text that attributes almost nothing (a company's blog, documentation, a memoir, fiction) is its own source:
 * "no source for this figure" says something only in reporting that otherwise names its sources.
 */
const MIN_ATTRIBUTIONS_FOR_NO_SOURCE = 3;

/**
 * A figure a reader would want sourced: not a price in passing, not "100%", not a handful of people, and a vague
 * amount ("millions of inhabitants") only when it is a toll ("thousands of deaths").
 */
function wantsASource(n: NumberSpan, text: string): boolean {
  if (!isFigure(n)) return false;
  if (n.value === null && !/\d/.test(n.raw) && !speaksOfCasualties(text)) return false;
  const value = anchorOf(n) ?? 0;
  if (n.kind === 'money') return value >= 10_000;
  if (n.kind === 'percent') return value !== 100;
  return value >= 10 || (n.qualifier !== null && n.qualifier !== 'exact');
}

/** The kind of toll a figure counts, from the words around it: deaths or injuries. Null for anything else. */
function tollOf(text: string, n: NumberSpan): 'dead' | 'injured' | null {
  // "no increase in deaths among 1.3 million vaccinated people": the figure counts a population, not a toll.
  if (/\b(?:among|of|per|out of|in|for every)\s+(?:(?:about|around|nearly|some|more than|over|at least|roughly)\s+)?$/iu.test(text.slice(Math.max(0, n.start - 30), n.start)))
    return null;
  const window = text.slice(Math.max(0, n.start - 50), Math.min(text.length, n.end + 40)).toLowerCase();
  const dead = /death toll|\b(?:dead|deaths|killed|died|fatalities|morts|tués|décès|погиб\p{L}*)/u.test(window);
  const injured = /\b(?:injured|wounded|blessés|ранен\p{L}*)/u.test(window);
  if (dead && !injured) return 'dead';
  if (injured && !dead) return 'injured';
  return null;
}

/** A figure about another time ("since 1999, when more than 2,000 people died"), which is not a rival figure. */
function aboutAnotherTime(text: string, n: NumberSpan): boolean {
  const before = text.slice(Math.max(0, n.start - 45), n.start);
  return /\b(?:1[89]\d\d|20\d\d|when|since|last year|in the past|previous|depuis|en \d{4})\b/iu.test(before);
}

const UPDATE_CUE = /\b(?:rose|risen|rises|climbed|increased|jumped|grew|up from|down from|revised|updated|now stands|has reached|a atteint|est passé|s['’]élève désormais)\b/iu;

export interface TollFigure {
  sentence: Sentence;
  value: number;
  raw: string;
  toll: 'dead' | 'injured';
}

function tollFigures(sentence: Sentence, lang: string | null): TollFigure[] {
  const out: TollFigure[] = [];
  for (const n of findNumbers(sentence.text, lang)) {
    if (n.kind !== 'count') continue;
    const group = unitFamily(n.unit);
    if (n.unit && group !== 'persons') continue;
    const value = anchorOf(n);
    const toll = tollOf(sentence.text, n);
    if (value === null || value < 2 || !toll || aboutAnotherTime(sentence.text, n)) continue;
    out.push({ sentence, value, raw: n.raw, toll });
  }
  return out;
}

/** "rose to 312 ..., up from 187": the figure a sentence says its toll was revised from. */
function previousInSentence(sentence: Sentence, figure: TollFigure, lang: string | null): { raw: string } | undefined {
  return findNumbers(sentence.text, lang).find(
    (n) => n.kind === 'count' && anchorOf(n) !== figure.value && /\b(?:up|down|revised|increased|rose|raised) from\s*$/iu.test(sentence.text.slice(Math.max(0, n.start - 20), n.start)),
  );
}

const sameSentence = (a: Sentence, b: Sentence) => a.paragraph === b.paragraph && a.start === b.start;
const before = (a: Sentence, b: Sentence) => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);

function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Notes on a figure the article revises or contradicts elsewhere. */
function articleTolls(context: NoteContext): TollFigure[] {
  if (!context.tolls) {
    const tolls: TollFigure[] = [];
    for (const sentence of context.sentences) {
      if (tolls.length >= MAX_TOLLS_PER_ARTICLE) break;
      tolls.push(...tollFigures(sentence, context.lang).slice(0, MAX_TOLLS_PER_CLAIM));
    }
    context.tolls = tolls;
  }
  return context.tolls;
}

function figureNotes(claim: DetectedClaim, context: NoteContext): ClaimNote[] {
  const own = articleTolls(context).filter((t) => sameSentence(t.sentence, claim));
  if (!own.length) return [];
  const notes: ClaimNote[] = [];
  for (const figure of own) {
    const others = articleTolls(context).filter((o) => o.toll === figure.toll && o.value !== figure.value);
    const updated = UPDATE_CUE.test(claim.text);
    const earlier = updated ? (previousInSentence(claim, figure, context.lang) ?? others.find((o) => before(o.sentence, claim))) : undefined;
    if (earlier) {
      notes.push(
        note(
          'figure-changed',
          [figure.raw, earlier.raw],
          `This figure (${figure.raw}) replaces an earlier one the article also gives (${earlier.raw}).`,
        ),
      );
      continue;
    }
    const rival = others.find((o) => !sameSentence(o.sentence, claim) && !UPDATE_CUE.test(o.sentence.text));
    if (rival && !updated) {
      notes.push(
        note(
          'contradicted',
          [figure.raw, rival.raw, clip(rival.sentence.text)],
          `The article itself gives another figure for this toll: ${rival.raw} rather than ${figure.raw} ("${clip(rival.sentence.text)}").`,
        ),
      );
    }
  }
  return notes.slice(0, 1);
}

/** All derived notes for one detected claim. */
export function derivedNotes(
  claim: DetectedClaim,
  claimant: string | null,
  claimantId: string | null,
  matches: readonly ClaimMatch[],
  index: DatasetIndex,
  context: NoteContext,
): ClaimNote[] {
  const notes: ClaimNote[] = [];
  const entity: Entity | undefined = claimantId ? index.entities.find((e) => e.id === claimantId) : undefined;
  const citation = entity?.sources[0] ? { url: entity.sources[0].url, title: entity.sources[0].title } : null;
  const figure = claim.numbers.some(isFigure);

  if (entity?.partyTo.length) {
    const conflicts = conflictsNamed(entity.partyTo, context.paragraphs);
    if (conflicts.length) {
      notes.push(
        note('party', [entity.name, conflicts.join(', ')], `The claimant, ${entity.name}, is a party to ${conflicts.join(' and ')}, which this article is about.`, citation),
      );
    }
  }
  if (figure && entity && MONITOR_TYPES.has(entity.type)) {
    const confirmed = matches.some((m) => m.notes.some((n) => n.stance === 'agrees' && n.by !== entity.name && n.by !== entity.id));
    if (!confirmed) {
      const kind = entity.type === 'monitor' ? 'monitoring group' : 'organisation';
      notes.push(
        note(
          'single-source',
          [entity.name],
          `This figure comes from a single ${kind} (${entity.name}); the dataset records no independent confirmation of it.`,
          citation,
        ),
      );
    }
  }
  // A source named in the paragraph or the one before it may well carry on over the figure ("..., the statistics
  // office said. Food prices fell 0.8 percent"): only a figure with no source anywhere near it gets the note.
  const sourceNearby =
    context.attributions.some((a) => a.paragraph === claim.paragraph || a.paragraph === claim.paragraph - 1) ||
    namesASource(context.paragraphs[claim.paragraph] ?? '') ||
    namesASource(context.paragraphs[claim.paragraph - 1] ?? '');
  const unsourced =
    claim.numbers.some((n) => wantsASource(n, claim.text)) &&
    !claimant &&
    !namesASource(claim.text) &&
    !sourceNearby &&
    !isSpeculative(claim.text) &&
    !firstPerson(claim.text) &&
    context.attributions.length >= MIN_ATTRIBUTIONS_FOR_NO_SOURCE;
  if (unsourced) {
    notes.push(note('no-source', [], 'The article gives no source for this figure.'));
  }
  notes.push(...figureNotes(claim, context));
  return notes;
}
