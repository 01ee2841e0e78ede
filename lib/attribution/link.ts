import type { DatasetIndex } from '../dataset/dataset-index';
import { matchEntity } from '../match/entity';
import type { Attribution, EntityRef } from '../model/analysis';
import type { FoundAttribution } from './types';

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/** "Syrian Observatory for Human Rights" -> "SOHR"; "Syrian-American Medical Society" -> "SAMS". */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** The names a speaker may be filed under, most specific first. */
export function nameCandidates(found: Pick<FoundAttribution, 'speaker' | 'kind' | 'affiliation'>): string[] {
  const speaker = found.speaker.trim();
  const candidates = [speaker];
  // "AFP" inside "Agence France-Presse (AFP)" and the bare forms "Human Rights Watch's".
  const parenthesized = /\(([^()]+)\)\s*$/u.exec(speaker)?.[1];
  if (parenthesized) candidates.push(parenthesized, speaker.replace(/\s*\([^()]+\)\s*$/u, ''));
  const acronym = found.kind === 'organization' || found.kind === 'media' ? acronymOf(speaker) : null;
  if (acronym) candidates.push(acronym);
  candidates.push(speaker.replace(/^(?:the|le|la|les|l['’])\s*/iu, ''));
  // Unnamed officials and documents are filed under whom they speak for: "Con Edison officials" -> "Con Edison".
  if ((found.kind === 'anonymous' || found.kind === 'document') && found.affiliation) candidates.push(found.affiliation);
  return [...new Set(candidates.filter(Boolean))];
}

function linkOne(found: FoundAttribution, index: DatasetIndex): EntityRef | null {
  for (const name of nameCandidates(found)) {
    const entity = matchEntity(name, index);
    if (entity) return entity;
  }
  return null;
}

/** Links each found speaker to its dataset record (outlet or entity), trying full name, acronym, then bare forms. */
export function linkAttributions(found: readonly FoundAttribution[], index: DatasetIndex): Attribution[] {
  const cache = new Map<string, EntityRef | null>();
  return found.map((attribution) => {
    const key = `${attribution.kind}\u0000${attribution.speaker}\u0000${attribution.affiliation ?? ''}`;
    if (!cache.has(key)) cache.set(key, linkOne(attribution, index));
    return { ...attribution, entity: cache.get(key) ?? null };
  });
}
