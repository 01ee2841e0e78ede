import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type Entity } from '@/lib/dataset/schema';
import { validateSourceFiles } from '@/lib/dataset/validate';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { matchEntity } from '@/lib/match/entity';
import { normalizeName } from '@/lib/text/normalize';
import { loadDatasetIndexFromSources, readSourceFiles } from '@/scripts/dataset-files';

/**
 * The bundled non-outlet sources (data/entities/*.json): schema, uniqueness, provenance and name linking.
 * Linking runs through the compiled index exactly as the extension builds it, outlets included.
 */

const entityFiles = () => readSourceFiles().files.filter((f) => f.type === 'entities');

function entities(): Entity[] {
  const { dataset, errors } = validateSourceFiles(entityFiles(), 'test');
  expect(errors).toEqual([]);
  return dataset.entities;
}

/** The fixed vocabulary of `side` labels the sourcing profile groups entities under. */
const SIDES = new Set([
  'Russian government',
  'Japanese government',
  'Lebanese government',
  'Syrian opposition',
  'Emirati government',
  'Syrian government',
  'US government',
  'UK government',
  'French government',
  'German government',
  'Ukrainian government',
  'Israeli government',
  'Iranian government',
  'Turkish government',
  'Saudi government',
  'Chinese government',
  'Indian government',
  'Pakistani government',
  'Qatari government',
  'Egyptian government',
  'Palestinian Authority',
  'Hamas-run Gaza authorities',
  'UN and international bodies',
  'monitors and NGOs',
  'think tanks',
  'armed groups',
]);

describe('entity source files', () => {
  it('exist and every record passes the schema through the validator', () => {
    const files = entityFiles();
    expect(files.length).toBeGreaterThan(5);
    const { errors } = validateSourceFiles(files, 'test');
    expect(errors).toEqual([]);
  });

  it('hold at least 200 entities with unique ids', () => {
    const list = entities();
    expect(list.length).toBeGreaterThanOrEqual(200);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
  });

  it('give every record at least one citation and a reviewed date', () => {
    for (const e of entities()) {
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.reviewed, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of e.sources) {
        expect(s.url, e.id).toMatch(/^https?:\/\//);
        expect(s.accessed, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('use only known types and the documented side vocabulary', () => {
    for (const e of entities()) {
      expect(ENTITY_TYPES, e.id).toContain(e.type);
      expect(e.side === null || SIDES.has(e.side), `${e.id}: side "${e.side}"`).toBe(true);
      for (const conflict of e.partyTo) expect(conflict, e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('never let two entities share a normalised name or alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entities()) {
      for (const key of new Set([e.name, ...e.aliases].map(normalizeName))) {
        expect(key, `${e.id}: empty normalised name`).not.toBe('');
        const previous = owner.get(key);
        if (previous && previous !== e.id) clashes.push(`"${key}": ${previous} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('do not list bare generic names that would link without a country', () => {
    const generic = [
      'defense ministry',
      'defence ministry',
      'ministry of defense',
      'ministry of defence',
      'foreign ministry',
      'ministry of foreign affairs',
      'health ministry',
      'ministry of health',
      'the army',
      'the military',
      'government',
      'the government',
      'security council',
      'is',
    ].map(normalizeName);
    for (const e of entities()) {
      for (const name of [e.name, ...e.aliases]) {
        expect(generic, `${e.id}: "${name}"`).not.toContain(normalizeName(name));
      }
    }
  });
});

describe('name linking through the compiled index', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  const linked = (name: string) => matchEntity(name, index)?.id ?? null;

  it.each([
    ['Russian Defense Ministry', 'russia-ministry-of-defence'],
    ['Russian Defence Ministry', 'russia-ministry-of-defence'],
    ['the Russian Ministry of Defence', 'russia-ministry-of-defence'],
    ["Russia's Defense Ministry", 'russia-ministry-of-defence'],
    ['Минобороны России', 'russia-ministry-of-defence'],
    ['Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights'],
    ['The Syrian Observatory for Human Rights', 'syrian-observatory-for-human-rights'],
    ['SOHR', 'syrian-observatory-for-human-rights'],
    ['Syrian-American Medical Society', 'syrian-american-medical-society'],
    ['Syrian American Medical Society', 'syrian-american-medical-society'],
    ['SAMS', 'syrian-american-medical-society'],
    ['Amnesty International', 'amnesty-international'],
    ['Human Rights Watch', 'human-rights-watch'],
    ['HRW', 'human-rights-watch'],
    ['Médecins Sans Frontières', 'medecins-sans-frontieres'],
    ['Doctors Without Borders', 'medecins-sans-frontieres'],
    ['the Kremlin', 'kremlin'],
    ['Pentagon', 'us-department-of-defense'],
    ['State Department', 'us-department-of-state'],
    ['NATO', 'nato'],
    ['White Helmets', 'syria-civil-defence'],
    ['Airwars', 'airwars'],
    ['UN Security Council', 'un-security-council'],
    ['Gaza health ministry', 'gaza-health-ministry'],
    ['Israel Defense Forces', 'israel-defense-forces'],
    ['Ukrainian General Staff', 'ukraine-general-staff'],
    ['Institute for the Study of War', 'institute-for-the-study-of-war'],
    ['Brookings Institution', 'brookings-institution'],
    ['Council on Foreign Relations', 'council-on-foreign-relations'],
    ['Levada Center', 'levada-center'],
    ['Shin Bet', 'shin-bet'],
    ['UNIFIL', 'unifil'],
    ['Gaza Government Media Office', 'gaza-government-media-office'],
    ['Downing Street', 'uk-prime-ministers-office'],
    ['Magen David Adom', 'magen-david-adom'],
    ['OVD-Info', 'ovd-info'],
    ['Roskomnadzor', 'roskomnadzor'],
  ])('links %s to %s', (name, id) => {
    expect(linked(name)).toBe(id);
  });

  it('returns the entity with its citations and a note that carries the figures note', () => {
    const sohr = matchEntity('SOHR', index);
    expect(sohr?.type).toBe('monitor');
    expect(sohr?.country).toBe('GB');
    expect(sohr?.citations.length).toBeGreaterThan(0);
    expect(sohr?.note).toMatch(/cited/i);
  });

  it.each(['the defense ministry', 'Defense Ministry', 'the defence ministry', 'Ministry of Defence', 'foreign ministry', 'the health ministry', 'the government', 'Security Council', 'AI', 'the interior ministry', 'military intelligence', 'the army'])(
    'does not link the country-less name %s',
    (name) => {
      expect(matchEntity(name, index)).toBeNull();
    },
  );

  it.each([
    ['Ukrainian Defence Ministry', 'ukraine-ministry-of-defence'],
    ['UK Ministry of Defence', 'uk-ministry-of-defence'],
    ['Russian Foreign Ministry', 'russia-ministry-of-foreign-affairs'],
    ['International Criminal Court', 'international-criminal-court'],
    ['International Court of Justice', 'international-court-of-justice'],
    ['Syrian Network for Human Rights', 'syrian-network-for-human-rights'],
    ['Israeli Defense Ministry', 'israel-ministry-of-defense'],
    ['Chinese Defense Ministry', 'china-ministry-of-national-defense'],
    ['Russian military intelligence', 'russia-gru'],
    ['Ukrainian military intelligence', 'ukraine-hur'],
    ['Syrian Arab Red Crescent', 'syrian-arab-red-crescent'],
    ['Palestine Red Crescent Society', 'palestine-red-crescent-society'],
    ['IFRC', 'ifrc'],
    ['ICRC', 'icrc'],
  ])('keeps look-alike bodies apart: %s is %s', (name, id) => {
    expect(linked(name)).toBe(id);
  });
});
