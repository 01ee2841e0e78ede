import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';

/** English reporting shapes of issue 17 (sentences written for these tests). */
const find = (...paragraphs: string[]) => findAttributions(paragraphs, 'en');
const people = (...paragraphs: string[]) => find(...paragraphs).map((a) => [a.speaker, a.role]);

describe('names, titles and roles', () => {
  it('reads a title of several words before the name as the role ("State Treasurer Helen Barrow", "Striker Tom Hale")', () => {
    expect(people('State Treasurer Helen Barrow said the fund was safe.')).toEqual([['Helen Barrow', 'State Treasurer']]);
    expect(people('“I’m just happy to help,” said Striker Tom Hale.')).toEqual([['Tom Hale', 'Striker']]);
  });

  it('reads "Economist X of Body, who …, said" as the person, not a body', () => {
    const [found] = find('Economist Mark Little of Duke University, who has studied pensions for years, said the shift was common.');
    expect([found?.speaker, found?.kind, found?.role]).toEqual(['Mark Little', 'named', 'Economist']);
  });

  it('reads "a spokeswoman for Gov. X" as the spokeswoman, never the governor', () => {
    expect(find('A spokeswoman for Gov. Roy Kemper said the governor had confidence in her.').map((a) => a.speaker)).toEqual(['spokeswoman']);
    expect(people('Secretary of State Mike Pompeo said the talks were over.')).toEqual([['Mike Pompeo', 'Secretary of State']]);
  });
});

describe('two people named together', () => {
  it('splits "X and Senator Y" into two sources, the title going to the second, never a role "X and Senator"', () => {
    const found = find('Rep. Luis Ortega spoke first.', 'Ortega and Senator Amy Chen asked the auditor to review the fees.', '“The fees are hidden,” Chen said.');
    expect(found.map((a) => [a.speaker, a.role, a.joint ?? false])).toEqual([
      ['Luis Ortega', 'Rep.', true],
      ['Amy Chen', 'Senator', true],
      ['Amy Chen', 'Senator', false],
    ]);
  });
});

describe('pronouns', () => {
  it('gives "she" to the person named as this paragraph’s subject after an earlier paragraph’s speaker', () => {
    const found = find('“We were awful,” Dave Mills said.', 'Mills’ assistant, Karen Wu, agreed. She said the team had lost its focus.');
    expect(found.map((a) => [a.speaker, a.text]).at(-1)).toEqual(['Karen Wu', 'the team had lost its focus']);
    expect(found.some((a) => a.speaker === 'Dave Mills' && a.text.includes('focus'))).toBe(false);
  });
});

describe('what is not a statement', () => {
  it('reads a headline-like line (a related link, a subheading) as no statement', () => {
    expect(find('Mayor says new budget will protect libraries', 'Related: Police say suspect in custody')).toEqual([]);
    expect(find('Mayor Ana Diaz says the new budget will protect libraries.').map((a) => a.speaker)).toEqual(['Ana Diaz']);
  });

  it('never takes a programme named after a word for the words said (with CBS’s "60 Minutes," X said …)', () => {
    expect(find('In an interview with CBS’s “60 Minutes,” Jerome Powell said the economy was strong.').map((a) => [a.speaker, a.text])).toEqual([
      ['Jerome Powell', 'the economy was strong'],
    ]);
  });

  it('keeps "sources familiar with the matter" whole', () => {
    expect(find('Sources familiar with the matter said the deal was close.').map((a) => a.speaker)).toEqual(['Sources familiar with the matter']);
  });
});
