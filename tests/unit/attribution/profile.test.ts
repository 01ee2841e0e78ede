import { describe, expect, it } from 'vitest';
import { sourcingProfile } from '../../../lib/attribution/profile';
import type { Attribution } from '../../../lib/model/analysis';

const said = (speaker: string, text: string, kind: Attribution['kind'] = 'named', paragraph = 0): Attribution => ({
  speaker, text, kind, paragraph, role: null, affiliation: null, mode: 'direct', cue: 'said', cueTone: 'neutral', via: null, qualifiers: [], start: 0, end: text.length, entity: null,
});

describe('sourcing profile', () => {
  it('counts the grouped sources, so "Volker" and "Kurt Volker" are one bar and one source', () => {
    const profile = sourcingProfile(
      [said('Kurt Volker', 'aaaaaaaaaa', 'named', 0), said('Volker', 'bbbbbbbbbb', 'named', 1), said('officials', 'cccccccccc', 'anonymous', 2)],
      () => null,
    );
    expect(profile.quotedShare.map((q) => [q.speaker, q.chars])).toEqual([['Kurt Volker', 20], ['officials', 10]]);
    expect(profile.byKind).toEqual({ named: 1, anonymous: 1 });
    expect(profile.anonymousShare).toBeCloseTo(1 / 3);
  });

  it('lists each source once on its side', () => {
    const profile = sourcingProfile([said('Kurt Volker', 'a'), said('Volker', 'b', 'named', 1)], () => 'government');
    expect(profile.sides).toEqual([{ label: 'government', speakers: ['Kurt Volker'] }]);
  });
});
