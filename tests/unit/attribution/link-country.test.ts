import { describe, expect, it } from 'vitest';
import { linkAttributions } from '@/lib/attribution/link';
import type { FoundAttribution } from '@/lib/attribution/types';
import { compileDataset } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import type { Entity } from '@/lib/dataset/schema';

const source = [{ url: 'https://example.org/s', title: 'Test', publisher: 'Test', accessed: '2026-11-25' }];
const entity = (id: string, name: string, type: Entity['type'], country: string, aliases: string[] = []): Entity => ({
  id, name, aliases, type, country, runBy: null, partyTo: [], side: null, note: 'test', figuresNote: null, sources: source, reviewed: '2026-11-25',
});
const index = createDatasetIndex(
  compileDataset({
    version: 't',
    outlets: [],
    claims: [],
    entities: [
      entity('ru-mod', 'Ministry of Defence of Russia', 'ministry', 'RU', ['Russian Defence Ministry']),
      entity('fr-mod', 'Ministry of the Armed Forces', 'ministry', 'FR', ['French Defense Ministry']),
      entity('ru-gov', 'Government of Russia', 'government', 'RU', ['Government of the Russian Federation']),
      entity('tr-gov', 'Government of Turkey (Presidency)', 'government', 'TR', ['Government of Türkiye']),
      entity('ua-cabinet', 'Cabinet of Ministers of Ukraine', 'government', 'UA', ['Government of Ukraine']),
      entity('fr-gov', 'Government of France', 'government', 'FR'),
      entity('ru-official', 'Ivan Petrov', 'person', 'RU'),
      entity('fr-official', 'Marie Dupont', 'person', 'FR'),
    ],
  }),
);

const found = (speaker: string, kind: FoundAttribution['kind'] = 'organization'): FoundAttribution => ({
  speaker, role: null, affiliation: null, kind, mode: 'indirect', cue: 'said', cueTone: 'neutral', text: 't', via: null,
  qualifiers: [], paragraph: 0, start: 0, end: 1,
});
const ids = (list: FoundAttribution[]) => linkAttributions(list, index).map((a) => a.entity?.id ?? null);

describe('linking speakers named without their country', () => {
  it('files "the defense ministry" under the one country whose officials the article quotes', () => {
    expect(ids([found('Ivan Petrov', 'named'), found('defense ministry')])).toEqual(['ru-official', 'ru-mod']);
    expect(ids([found('Marie Dupont', 'named'), found('defence ministry')])).toEqual(['fr-official', 'fr-mod']);
  });

  it('does not guess when the article quotes officials of several countries, or none', () => {
    expect(ids([found('Ivan Petrov', 'named'), found('Marie Dupont', 'named'), found('defense ministry')])).toEqual(['ru-official', 'fr-official', null]);
    expect(ids([found('defense ministry')])).toEqual([null]);
  });

  it('links a bare country name to its government', () => {
    expect(ids([found('Russia'), found('France')])).toEqual(['ru-gov', 'fr-gov']);
    expect(ids([found('Russia', 'named')])).toEqual([null]);
  });

  it("takes the country's names from the government record's own name and aliases", () => {
    expect(ids([found('Turkey'), found('Türkiye'), found('Russian Federation'), found('the Russian Federation')])).toEqual([
      'tr-gov',
      'tr-gov',
      'ru-gov',
      'ru-gov',
    ]);
  });

  it('links no country the dataset has no "Government of …" record for', () => {
    expect(ids([found('Germany')])).toEqual([null]);
    expect(ids([found('Ukraine')])).toEqual([null]); // its record is the cabinet, named otherwise
  });
});
