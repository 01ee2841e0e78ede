import type { Attribution, EntityRef } from '../model/analysis';
import { SOURCE_GROUPS, sourceGroup, type SourceGroup } from './source-groups';

/**
 * The popup's "who is quoted": one source per distinct speaker, however many times and under whatever form of
 * their name the article quotes them, grouped by what the source is. Pure and deterministic.
 */

export { SOURCE_GROUPS, sourceGroup, type SourceGroup } from './source-groups';

export interface Statement {
  attribution: Attribution;
  /** Position in `Analysis.attributions`, for revealing it in the page. */
  index: number;
}

export interface Source {
  /** Normalised name: the same for "Kurt Volker", "kurt volker" and "Mr. Volker" once merged. */
  key: string;
  /** Stable element id for the source's row ("source-kurt-volker"), so a claim can link to it. */
  anchor: string;
  /** The fullest form of the name the article uses. */
  name: string;
  /** Every spelling the article uses for this source, in reading order. */
  names: string[];
  role: string | null;
  affiliation: string | null;
  kind: Attribution['kind'];
  group: SourceGroup;
  entity: EntityRef | null;
  /** In reading order. */
  statements: Statement[];
  /** Share of the article's quoted text (credits excluded), 0 to 1. */
  share: number;
  /** Loaded when any of its cues is loaded. */
  tone: 'neutral' | 'loaded';
  /** Distinct cue words, in reading order; `loadedCues` the loaded ones among them. */
  cues: string[];
  loadedCues: string[];
  /** Every statement is a credit line ("With reporting by AFP"), not something said. */
  creditOnly: boolean;
}

export interface SourceGroupView {
  group: SourceGroup;
  sources: Source[];
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sen|rep|gen|col|lt|capt|sir|dame|m|mme|mlle|herr|frau|sr|sra|don|dona)\s+/u;

/** "Mr. Volker" → "volker", "the Kremlin" → "kremlin", "Zelenskyy’s" → "zelenskyy"; letters of any script kept. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '')
    .replace(HONORIFIC, '');
}

/** The id of a source's row: "source-" and its normalised name with dashes ("source-kurt-volker"). */
export function sourceAnchor(name: string): string {
  return `source-${normaliseName(name).replace(/\s+/g, '-')}`;
}

const canMerge = (kind: Attribution['kind']) => kind === 'named' || kind === 'organization';
const readingOrder = (a: Statement, b: Statement) =>
  a.attribution.paragraph - b.attribution.paragraph || a.attribution.start - b.attribution.start || a.index - b.index;

/**
 * Statements by speaker key, with a surname-only speaker folded into the one full name in the article that ends
 * with it ("Volker" into "Kurt Volker"); when two full names share that surname, it stays apart.
 */
function speakerBuckets(attributions: readonly Attribution[]): Map<string, Statement[]> {
  const buckets = new Map<string, Statement[]>();
  attributions.forEach((attribution, index) => {
    const key = normaliseName(attribution.speaker) || `#${index}`;
    const list = buckets.get(key) ?? [];
    list.push({ attribution, index });
    buckets.set(key, list);
  });
  const fullNames = [...buckets].filter(([key, list]) => key.includes(' ') && list[0]!.attribution.kind === 'named');
  for (const [key, list] of [...buckets]) {
    if (key.includes(' ') || !list.every((s) => canMerge(s.attribution.kind))) continue;
    const owners = fullNames.filter(([full]) => full.endsWith(` ${key}`));
    if (owners.length !== 1) continue;
    owners[0]![1].push(...list);
    buckets.delete(key);
  }
  return buckets;
}

const firstOf = <T>(statements: readonly Statement[], pick: (a: Attribution) => T | null): T | null => {
  for (const s of statements) {
    const value = pick(s.attribution);
    if (value) return value;
  }
  return null;
};

function distinct(words: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const word of words) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}

function buildSource(key: string, unordered: Statement[], totalChars: number): Source {
  const statements = [...unordered].sort(readingOrder);
  const names = distinct(statements.map((s) => s.attribution.speaker));
  const main = statements.find((s) => normaliseName(s.attribution.speaker) === key) ?? statements[0]!;
  const facts = {
    speaker: main.attribution.speaker,
    kind: main.attribution.kind,
    role: firstOf(statements, (a) => a.role),
    affiliation: firstOf(statements, (a) => a.affiliation),
    entity: firstOf(statements, (a) => a.entity),
  };
  const said = statements.filter((s) => s.attribution.mode !== 'credit');
  const chars = said.reduce((sum, s) => sum + s.attribution.text.length, 0);
  const loadedCues = distinct(statements.filter((s) => s.attribution.cueTone === 'loaded').map((s) => s.attribution.cue));
  return {
    key,
    anchor: `source-${key.replace(/[\s#]+/g, '-')}`,
    name: facts.speaker,
    names,
    role: facts.role,
    affiliation: facts.affiliation,
    kind: facts.kind,
    group: sourceGroup(facts),
    entity: facts.entity,
    statements,
    share: totalChars ? chars / totalChars : 0,
    tone: loadedCues.length ? 'loaded' : 'neutral',
    cues: distinct(statements.map((s) => s.attribution.cue)),
    loadedCues,
    creditOnly: said.length === 0,
  };
}

/** One source per distinct speaker, in the order each first speaks in the article. */
export function sourcesOf(attributions: readonly Attribution[]): Source[] {
  const totalChars = attributions.reduce((sum, a) => sum + (a.mode === 'credit' ? 0 : a.text.length), 0);
  return [...speakerBuckets(attributions)]
    .map(([key, statements]) => buildSource(key, statements, totalChars))
    .sort((a, b) => readingOrder(a.statements[0]!, b.statements[0]!));
}

/** Sources in the fixed order of `SOURCE_GROUPS`, empty groups dropped; within a group, in reading order. */
export function groupSources(attributions: readonly Attribution[]): SourceGroupView[] {
  const sources = sourcesOf(attributions);
  return SOURCE_GROUPS.map((group) => ({ group, sources: sources.filter((s) => s.group === group) })).filter((g) => g.sources.length > 0);
}

/** How many sources the groups list. */
export const countSources = (groups: readonly SourceGroupView[]): number => groups.reduce((sum, g) => sum + g.sources.length, 0);

/** The row id of the source a name refers to (a claimant, say), or null when no listed source goes by it. */
export function anchorOf(sources: readonly Source[], name: string): string | null {
  const key = normaliseName(name);
  return sources.find((s) => s.key === key || s.names.some((n) => normaliseName(n) === key))?.anchor ?? null;
}
