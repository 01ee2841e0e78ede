import { beforeAll, describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';
import { linkAttributions } from '../../../lib/attribution/link';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';

const find = (paragraphs: string[]) => findAttributions(paragraphs, 'en');
const kinds = (paragraphs: string[]) => find(paragraphs).map((a) => [a.speaker, a.kind]);

/** Organisations named like people (an adjective and a noun, no head word such as "Army" or "Watch"). */
describe('organisation names made of an adjective and a noun', () => {
  it.each([
    ['Islamic Jihad'],
    ['Palestinian Islamic Jihad'],
    ['Islamic State'],
    ['Muslim Brotherhood'],
    ['Hezbollah'],
    ['Hamas'],
    ['Free Syrian Army'],
    ['Human Rights Watch'],
  ])('"…," %s said in a statement: an organisation', (name) => {
    expect(kinds([`“The attack was a response to the raid,” ${name} said in a statement.`])).toEqual([[name, 'organization']]);
    expect(kinds([`${name} said it had fired the rockets.`])).toEqual([[name, 'organization']]);
  });

  it('types a name as an organisation when its appositive says it is one', () => {
    expect(kinds(['Kataib Sayyid al-Shuhada, an Iran-backed militia, said it had fired the drones.'])).toEqual([['Kataib Sayyid al-Shuhada', 'organization']]);
    expect(kinds(['“We will continue,” said Ansar Allah, the Houthi movement that controls Sanaa.'])).toEqual([['Ansar Allah', 'organization']]);
    expect(kinds(['Amazon-owned Whole Foods said prices would fall.'])).toEqual([['Whole Foods', 'organization']]);
    expect(kinds(['Trump-backed Jane Holloway said the race was close.'])).toEqual([['Jane Holloway', 'named']]);
  });

  it('types every mention of a name the article shows to be an organisation', () => {
    const found = find([
      'The Sinaloa Cartel said the ceasefire had collapsed.',
      '“We fired in response,” Sinaloa Cartel said later.',
      'The Red Cross said it had reached the camp.',
      '“Aid is blocked at the crossing,” Red Cross said on Tuesday.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['Sinaloa Cartel', 'organization'],
      ['Sinaloa Cartel', 'organization'],
      ['Red Cross', 'organization'],
      ['Red Cross', 'organization'],
    ]);
  });

  it('keeps people as people: names that share a word with a group, and people described by a role', () => {
    expect(
      kinds([
        'Jihad Makdissi, a foreign ministry spokesman, said the talks had failed.',
        'Islamic Jihad leader Ziyad al-Nakhalah said the group would not disarm.',
        'Marcia Cross said the show had ended.',
        'Ahmed Yassin, a member of the group, said he had left in 2019.',
        'Sara Cohen, the group’s spokeswoman, said the talks had stalled.',
        'Mark Levin, an Army veteran, said he had voted.',
      ]),
    ).toEqual([
      ['Jihad Makdissi', 'named'],
      ['Ziyad al-Nakhalah', 'named'],
      ['Marcia Cross', 'named'],
      ['Ahmed Yassin', 'named'],
      ['Sara Cohen', 'named'],
      ['Mark Levin', 'named'],
    ]);
  });
});

describe('people titled by a body', () => {
  it('reads "Body Title First Last" as a person with the body in the role, and keeps bodies whole', () => {
    const found = find([
      'Foreign Ministry Spokesman Maria Zakharova said the talks had failed.',
      'Human Rights Watch Director Kenneth Roth said the trial was unfair.',
      'Amnesty International Secretary General Agnès Callamard said the trial was unfair.',
      'General Motors Company said sales fell.',
      'The Islamic Revolutionary Guard Corps said it had fired the missiles.',
    ]);
    expect(found.map((a) => [a.speaker, a.kind, a.role])).toEqual([
      ['Maria Zakharova', 'named', 'Foreign Ministry Spokesman'],
      ['Kenneth Roth', 'named', 'Human Rights Watch Director'],
      ['Agnès Callamard', 'named', 'Amnesty International Secretary General'],
      ['General Motors Company', 'organization', null],
      ['Islamic Revolutionary Guard Corps', 'organization', null],
    ]);
  });
});

describe('organisation names known to the dataset', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it('"Red Cross said" and "Islamic State said" link to organisations, and keep that kind', () => {
    const linked = linkAttributions(find(['“Aid is blocked at the crossing,” Red Cross said.', '“We claim the attack,” Islamic State said.']), index);
    expect(linked.map((a) => [a.speaker, a.kind, a.entity?.name])).toEqual([
      ['Red Cross', 'organization', 'International Committee of the Red Cross'],
      ['Islamic State', 'organization', 'Islamic State'],
    ]);
  });
});
