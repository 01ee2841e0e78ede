import type { Attribution, Claim, ClaimMatch, ClaimNote } from '../model/analysis';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Entity } from '../dataset/schema';
import { detectClaims, type DetectedClaim } from './detect';
import { matchClaim } from './match';
import { COUNTABLE_FAMILIES, toParsedNumber, unitFamily } from './numbers';
import { LazyStemSet } from './terms';

export { detectClaims, splitSentences, scoreSentence } from './detect';
export { matchClaim, candidatesFor, figureAgreement } from './match';
export { findNumbers, parseNumbers } from './numbers';

/** Finds check-worthy claims, links each to its claimant and matches it against the dataset's claim records. */
export function findClaims(
  paragraphs: readonly string[],
  attributions: readonly Attribution[],
  context: { lang: string | null; publishedTime: string | null },
  index: DatasetIndex,
): Claim[] {
  const detected = detectClaims(paragraphs, attributions, context.lang);
  if (!detected.length) return [];
  const articleStems = new LazyStemSet(paragraphs);

  return detected.map((found) => {
    const { claimant, claimantId } = claimantOf(found, paragraphs, attributions, index);
    const matches = matchClaim(
      { text: found.text, numbers: found.numbers, claimant, claimantId },
      index,
      { articleStems, publishedTime: context.publishedTime },
    );
    return {
      text: found.text,
      paragraph: found.paragraph,
      start: found.start,
      end: found.end,
      checkworthiness: found.checkworthiness,
      numbers: found.numbers
        .filter((n) => n.kind === 'count' || n.kind === 'money' || n.kind === 'percent' || n.kind === 'ratio')
        .map(toParsedNumber),
      claimant,
      derivedNotes: derivedNotes(found, claimant, claimantId, matches, index),
      matches,
    };
  });
}

/**
 * The claimant: the attribution that covers the sentence, else the nearest one before it in the same paragraph;
 * when the paragraph has no attribution at all, a plain "X said" / "according to X" reading of the sentence.
 */
export function claimantOf(
  sentence: { paragraph: number; start: number; end: number; text: string },
  paragraphs: readonly string[],
  attributions: readonly Attribution[],
  index: DatasetIndex,
): { claimant: string | null; claimantId: string | null } {
  const inParagraph = attributions.filter((a) => a.paragraph === sentence.paragraph);
  // Among attributions covering the sentence, the speaker of a direct quote outranks a source cited inside it
  // ("'... according to Western media reports ...,' he said" is Antonov's claim).
  const covering = inParagraph
    .filter((a) => a.start < sentence.end && a.end > sentence.start)
    .sort((a, b) => overlap(b, sentence) - overlap(a, sentence) || MODE_RANK[a.mode] - MODE_RANK[b.mode])[0];
  const preceding = inParagraph.filter((a) => a.end <= sentence.start).sort((a, b) => b.end - a.end)[0];
  const attribution = covering ?? preceding;
  if (attribution) {
    return { claimant: attribution.entity?.name ?? attribution.speaker, claimantId: attribution.entity?.id ?? null };
  }
  if (inParagraph.length) return { claimant: null, claimantId: null };
  void paragraphs;
  const name = sayerIn(sentence.text);
  if (!name) return { claimant: null, claimantId: null };
  const ref = index.recordsNamed(name)[0];
  const record = ref ? (ref.type === 'entity' ? index.entities[ref.index] : index.outlets[ref.index]) : undefined;
  return { claimant: record?.name ?? name, claimantId: record?.id ?? null };
}

const MODE_RANK: Record<Attribution['mode'], number> = { direct: 0, indirect: 1, credit: 2 };

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*(?:[ -](?:for|of|on|the|and|de|des|du|la|le|pour|[\p{Lu}][\p{L}'’.-]*))*`;
const SAY_VERBS = String.raw`(?:said|says|reported|estimated|told|claimed|announced|stated|documented|has said|a déclaré|a indiqué|a affirmé|a annoncé|affirme|indique|заявил\p{L}*|сообщил\p{L}*)`;
const SAYER_PATTERNS = [
  new RegExp(String.raw`(?:according to|selon|d['’]après|по данным|по словам)\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`^(?:The\s+|Le\s+|La\s+|L['’])?(${NAME})(?:,[^,]{0,140},)?\s+${SAY_VERBS}`, 'u'),
  new RegExp(String.raw`,\s*(?:the\s+|a\s+)?(${NAME})\s+${SAY_VERBS}\s*[.!]?["'”’»]?$`, 'u'),
];

/** A plain reading of who says a sentence, used only when the attribution engine found nobody in its paragraph. */
export function sayerIn(text: string): string | null {
  // Words inside quotation marks belong to the quoted speaker, not to whoever the sentence credits.
  const unquoted = text.replace(/["“«][^"”»]*["”»]/gu, (q) => ' '.repeat(q.length));
  for (const re of SAYER_PATTERNS) {
    const m = re.exec(unquoted);
    const name = m?.[1]
      ?.replace(/[ -]+(?:for|of|on|the|and|de|des|du|la|le|pour)$/u, '')
      .replace(/[.,]+$/, '')
      .trim();
    if (name && name.length > 2 && !/^(?:He|She|They|It|We|I|Il|Elle|Ils|Он|Она|Они|This|That|But|And)$/u.test(name)) return name;
  }
  return null;
}

function entityById(id: string | null, index: DatasetIndex): Entity | undefined {
  return id ? index.entities.find((e) => e.id === id) : undefined;
}

const MONITOR_TYPES = new Set(['monitor', 'ngo', 'medical-ngo']);

/** Notes Sourcelight works out itself: who the claimant is, and whether the figure stands alone. */
export function derivedNotes(
  claim: DetectedClaim,
  claimant: string | null,
  claimantId: string | null,
  matches: readonly ClaimMatch[],
  index: DatasetIndex,
): ClaimNote[] {
  const notes: ClaimNote[] = [];
  const entity = entityById(claimantId, index);
  const citation = entity?.sources[0] ? { url: entity.sources[0].url, title: entity.sources[0].title } : null;
  const figure = claim.numbers.some((n) => {
    const family = unitFamily(n.unit);
    return (n.kind === 'count' || n.kind === 'money' || n.kind === 'percent') && family !== null && COUNTABLE_FAMILIES.has(family);
  });

  if (entity && entity.partyTo.length) {
    notes.push({
      stance: 'derived',
      by: 'Sourcelight',
      date: null,
      text: `The claimant, ${entity.name}, is a party to the conflict it describes (${entity.partyTo.join(', ')}).`,
      citation,
    });
  }
  if (figure && entity && MONITOR_TYPES.has(entity.type)) {
    const confirmed = matches.some((m) => m.notes.some((n) => n.stance === 'agrees' && n.by !== entity.name && n.by !== entity.id));
    if (!confirmed) {
      const kind = entity.type === 'monitor' ? 'monitoring group' : 'organisation';
      notes.push({
        stance: 'derived',
        by: 'Sourcelight',
        date: null,
        text: `This figure comes from a single ${kind} (${entity.name}); the dataset records no independent confirmation of it.`,
        citation,
      });
    }
  }
  if (figure && !claimant) {
    notes.push({ stance: 'derived', by: 'Sourcelight', date: null, text: 'The article gives no source for this figure.', citation: null });
  }
  return notes;
}
