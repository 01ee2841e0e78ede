import { beforeAll, describe, expect, it } from 'vitest';
import { acronymOf, linkAttributions, nameCandidates } from '../../../lib/attribution/link';
import type { FoundAttribution } from '../../../lib/attribution';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';

const attribution = (speaker: string, kind: FoundAttribution['kind'], affiliation: string | null = null): FoundAttribution => ({
  speaker,
  role: null,
  affiliation,
  kind,
  mode: 'indirect',
  cue: 'said',
  cueTone: 'neutral',
  text: '',
  via: null,
  qualifiers: [],
  paragraph: 0,
  start: 0,
  end: 0,
});

describe('name candidates', () => {
  it('builds acronyms from the capitalised words of organisations only', () => {
    expect(acronymOf('Syrian Observatory for Human Rights')).toBe('SOHR');
    expect(acronymOf('Syrian-American Medical Society')).toBe('SAMS');
    expect(acronymOf('defense ministry')).toBeNull();
    expect(nameCandidates(attribution('Anatoly Antonov', 'named'))).toEqual(['Anatoly Antonov']);
  });

  it('tries the full name, the acronym, the name without "the", and an unnamed source\'s affiliation', () => {
    expect(nameCandidates(attribution('The Food Standards Agency', 'organization'))).toEqual(['The Food Standards Agency', 'FSA', 'Food Standards Agency']);
    expect(nameCandidates(attribution('Con Edison officials', 'anonymous', 'Con Edison'))).toEqual(['Con Edison officials', 'Con Edison']);
  });
});

describe('linkAttributions', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it('links the seed article\'s organisations and wires, and leaves unknown people unlinked', () => {
    const linked = linkAttributions(
      [
        attribution('Syrian Observatory for Human Rights', 'organization'),
        attribution('Syrian-American Medical Society', 'organization'),
        attribution('AFP', 'media'),
        attribution('TASS', 'media'),
        attribution('Jane Holloway', 'named'),
      ],
      index,
    );
    expect(linked.map((a) => a.entity?.id ?? null)).toEqual(['syrian-observatory-for-human-rights', 'syrian-american-medical-society', 'afp', 'tass', null]);
    expect(linked[0]).toMatchObject({ speaker: 'Syrian Observatory for Human Rights', entity: { type: expect.any(String) } });
  });

  it('gives a name read as a person the kind of the organisation or outlet it links to, and keeps people named', () => {
    const linked = linkAttributions(
      [attribution('Red Cross', 'named'), attribution('Doctors Without Borders', 'named'), attribution('Reuters', 'named'), attribution('Jane Holloway', 'named')],
      index,
    );
    expect(linked.map((a) => a.kind)).toEqual(['organization', 'organization', 'media', 'named']);
  });
});
