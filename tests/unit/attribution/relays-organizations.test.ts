import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';

const find = (paragraphs: string[], lang = 'en') => findAttributions(paragraphs, lang);

describe('documents seen by an outlet', () => {
  it('reads "according to a document seen by Reuters" and "a letter reviewed by The Associated Press"', () => {
    const found = find([
      'The strikes hit three hospitals in October, according to a document seen by Reuters.',
      'The army had planned the raid for weeks, according to a letter reviewed by The Associated Press.',
      'A report obtained by AFP shows that 40 people died in the camp.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind, a.via])).toEqual([
      ['document', 'document', 'Reuters'],
      ['letter', 'document', 'Associated Press'],
      ['report', 'document', 'AFP'],
    ]);
    expect(found[2]!.text).toBe('40 people died in the camp');
  });

  it('gives the outlet of an opening "In a letter reviewed by ..." to the speaker of the sentence', () => {
    const [a] = find(['In a letter reviewed by The Associated Press, the finance minister said the budget was exhausted.']);
    expect(a).toMatchObject({ speaker: 'finance minister', via: 'Associated Press', text: 'the budget was exhausted' });
  });

  it('does not make an outlet of an ordinary "seen by" or "obtained by"', () => {
    expect(find(['The report was seen by many people as a turning point.'])).toEqual([]);
    const [a] = find(['According to a memo obtained by investigators, the plant leaked for months.']);
    expect(a?.via ?? null).toBeNull();
  });
});

describe('statements given to an outlet', () => {
  it('reads "told the BBC", "told Al Jazeera" and "said in an interview with CNN"', () => {
    const found = find([
      'A senior official told the BBC that the talks had failed.',
      'A Hamas spokesman told Al Jazeera the group would not disarm.',
      'The minister said in an interview with CNN that the ceasefire would hold.',
      '"We are ready," Jane Holloway said in an interview with CNN.',
    ]);
    expect(found.map((a) => [a.speaker, a.via, a.text])).toEqual([
      ['senior official', 'BBC', 'the talks had failed'],
      ['Hamas spokesman', 'Al Jazeera', 'the group would not disarm'],
      ['minister', 'CNN', 'the ceasefire would hold'],
      ['Jane Holloway', 'CNN', 'We are ready'],
    ]);
  });

  it('does not take an audience or a companion for an outlet', () => {
    const found = find(['Mayor Jane Holloway told reporters the road would reopen.', 'Tom Brandt said in an interview with his lawyer present that he was innocent.']);
    expect(found.map((a) => a.via)).toEqual([null, null]);
  });
});

describe('organisations named like people', () => {
  it('reads organisation names by their head words, inner prepositions, "the" and articles', () => {
    const found = find([
      'Amnesty International said the trial was unfair.',
      'Human Rights Watch said the camps were overcrowded.',
      'Save the Children said 200 children were missing.',
      'Doctors Without Borders said its clinic in Khan Younis was hit.',
      'Médecins Sans Frontières said it had evacuated its staff.',
      'Physicians for Human Rights said the hospital had been struck twice.',
      'The Red Cross said it had delivered aid to the town.',
      'The Islamic Revolutionary Guard Corps said it had fired the missiles.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['Amnesty International', 'organization'],
      ['Human Rights Watch', 'organization'],
      ['Save the Children', 'organization'],
      ['Doctors Without Borders', 'organization'],
      ['Médecins Sans Frontières', 'organization'],
      ['Physicians for Human Rights', 'organization'],
      ['Red Cross', 'organization'],
      ['Islamic Revolutionary Guard Corps', 'organization'],
    ]);
  });

  it('keeps officials of a group anonymous with the group as affiliation, and a bare group name an organisation', () => {
    const found = find(['Hamas officials said the talks would resume.', 'Hamas said it had received the proposal.']);
    expect(found.map((a) => [a.speaker, a.kind, a.affiliation])).toEqual([
      ['Hamas officials', 'anonymous', 'Hamas'],
      ['Hamas', 'organization', null],
    ]);
  });

  it('keeps people as people: titles before names, "of" affiliations and acronyms in a role', () => {
    const found = find([
      'NATO Secretary General Mark Rutte said the alliance would respond.',
      'Senator Mitch McConnell of Kentucky said the bill would pass.',
      'Mary Robinson, a former president, said the court had failed.',
      'JD Vance said the plan was final.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['Mark Rutte', 'named'],
      ['Mitch McConnell', 'named'],
      ['Mary Robinson', 'named'],
      ['JD Vance', 'named'],
    ]);
  });
});
