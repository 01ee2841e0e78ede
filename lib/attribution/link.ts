import type { DatasetIndex } from '../dataset/dataset-index';
import { matchEntity } from '../match/entity';
import type { Attribution, EntityRef } from '../model/analysis';
import type { FoundAttribution } from './types';
import { normalizeName, stripInvisible } from '../text/normalize';
import type { Entity } from '../dataset/schema';

const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', '&']);

/** "Syrian Observatory for Human Rights" -> "SOHR"; "Syrian-American Medical Society" -> "SAMS". */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** The names a speaker may be filed under, most specific first. */
export function nameCandidates(found: Pick<FoundAttribution, 'speaker' | 'kind' | 'affiliation'>): string[] {
  // Candidates are only looked up, so they drop the invisible characters the shown name keeps.
  const speaker = stripInvisible(found.speaker).trim();
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

const STATE_TYPES = new Set(['government', 'ministry', 'agency', 'armed-forces', 'person']);
/** "the defense ministry", "foreign ministry", "interior ministry": a body named without its country. */
const GENERIC_BODY = /^(?:(?:defen[cs]e|foreign|interior|health|finance|justice|emergencies) ministry|military|army|government)$/;

/** The one country whose state bodies the article's linked speakers belong to, if there is exactly one. */
function articleCountry(linked: readonly (EntityRef | null)[]): string | null {
  const countries = new Set(linked.filter((e) => e && e.country && STATE_TYPES.has(e.type)).map((e) => e!.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

const spelling = (text: string) => normalizeName(text).replace(/\bdefence\b/g, 'defense');

/** "Government of Russia", "Government of Turkey (Presidency)", "Government of the Russian Federation". */
const GOVERNMENT_OF = /^government of (?:the )?(.+?)(?:\s*\([^()]*\))?$/i;
const governmentsByCountryName = new WeakMap<DatasetIndex, Map<string, Entity>>();

/**
 * The dataset's "Government of …" record that a bare country name stands for ("Russia said"). The country's names
 * come from the record's own name and aliases ("Government of Türkiye"), not from Intl: building
 * `Intl.DisplayNames` loads ICU data, which cost more than the rest of a cold analysis' linking.
 */
function governmentNamed(speaker: string, index: DatasetIndex): Entity | null {
  let table = governmentsByCountryName.get(index);
  if (!table) {
    table = new Map();
    for (const entity of index.entities) {
      if (entity.type !== 'government' || !GOVERNMENT_OF.test(entity.name)) continue;
      for (const name of [entity.name, ...entity.aliases]) {
        const country = GOVERNMENT_OF.exec(name)?.[1];
        const key = country ? normalizeName(country) : '';
        if (key && !table.has(key)) table.set(key, entity);
      }
    }
    governmentsByCountryName.set(index, table);
  }
  return table.get(normalizeName(speaker)) ?? null;
}

const toRef = (entity: Entity, index: DatasetIndex) => matchEntity(entity.name, index);

/**
 * Speakers the text names without their country ("the defense ministry said") link to that country's body when
 * every state body linked elsewhere in the article belongs to one country; a bare country name ("Russia said")
 * links to its government. Never guesses when the article mixes countries.
 */
function linkByArticleCountry(attribution: FoundAttribution, country: string | null, index: DatasetIndex): EntityRef | null {
  if (attribution.kind !== 'organization') return null;
  const speaker = spelling(attribution.speaker);
  const government = governmentNamed(attribution.speaker, index);
  if (government) return toRef(government, index);
  if (!country || !GENERIC_BODY.test(speaker)) return null;
  const body = index.entities.find(
    (e) => e.country === country && STATE_TYPES.has(e.type) && [e.name, ...e.aliases].some((n) => spelling(n).endsWith(` ${speaker}`)),
  );
  return body ? toRef(body, index) : null;
}

/** Links each found speaker to its dataset record (outlet or entity), trying full name, acronym, then bare forms. */
export function linkAttributions(found: readonly FoundAttribution[], index: DatasetIndex): Attribution[] {
  const cache = new Map<string, EntityRef | null>();
  const linked = found.map((attribution) => {
    const key = `${attribution.kind}\u0000${attribution.speaker}\u0000${attribution.affiliation ?? ''}`;
    if (!cache.has(key)) cache.set(key, linkOne(attribution, index));
    return cache.get(key) ?? null;
  });
  const country = articleCountry(linked);
  return found.map((attribution, i) => {
    const entity = linked[i] ?? linkByArticleCountry(attribution, country, index);
    return { ...attribution, kind: kindFromDataset(attribution.kind, entity), entity };
  });
}

/** A name the text alone read as a person's ("Red Cross said") takes the kind of the record it links to. */
function kindFromDataset(kind: FoundAttribution['kind'], entity: EntityRef | null): FoundAttribution['kind'] {
  if (kind !== 'named' || !entity || entity.type === 'person') return kind;
  return entity.type.startsWith('outlet') ? 'media' : 'organization';
}
