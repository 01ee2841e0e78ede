import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';

/** One sentence of each shape issue 17 lists (written for these tests, not copied from the pages it names). */
const find = (...paragraphs: string[]) => findAttributions(paragraphs, 'en');
const rows = (...paragraphs: string[]) => find(...paragraphs).map((a) => [a.speaker, a.text]);

describe('precision: what is not a source or not the content', () => {
  it('never takes the person addressed for the speaker ("…," X, 70, told CNN’s Y)', () => {
    const found = find('“I will carry this state easily,” Dawson, 64, told NBC’s Clara Mendes.');
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([['Dawson', 'named']]);
    expect(found[0]!.text).toBe('I will carry this state easily');
  });

  it('reads a stock index that "added" points and a scorer who "added a second" as no speech', () => {
    expect(find('The Nasdaq Composite .IXIC added 1.4 percent to 9,210.')).toEqual([]);
    expect(find('Marta Silva added a second in the 81st minute.')).toEqual([]);
    expect(find('The Dow added another 300 points on Friday.')).toEqual([]);
    expect(rows('“We were patient,” Marta Silva added.')).toEqual([['Marta Silva', 'We were patient']]);
  });

  it('reads narration after a cue as no content ("testified side-by-side before the committee Tuesday")', () => {
    expect(find('Jane Holloway testified side-by-side before the House Budget Committee on Tuesday.')).toEqual([]);
    expect(rows('Jane Holloway testified before the committee that she had never met him.')).toEqual([['Jane Holloway', 'she had never met him']]);
  });

  it('does not take a programme’s name in quotes for the words said (said on "Meet the Week")', () => {
    expect(rows('Senator Paul Ortega said on “Meet the Week” that he had not seen the memo.')).toEqual([['Paul Ortega', 'he had not seen the memo']]);
  });
});

describe('precision: credit lines and copyright lines are not sources', () => {
  it('reads a copyright line as no source, and the real speaker after it still speaks', () => {
    expect(find('© 2021 The Gulf Ledger states that it reserves all rights.')).toEqual([]);
    expect(rows('2021 The Gulf Ledger states that Jordan’s foreign minister Samir Haddad said the crossing would stay shut.')).toEqual([
      ['Samir Haddad', 'the crossing would stay shut'],
    ]);
  });

  it('reads a wire byline ("Reporting by X; Editing by Y") as no credit, and "With reporting by X" as one', () => {
    expect(find('Reporting by Lena Park; Editing by Tom Ashby')).toEqual([]);
    expect(find('With additional reporting by Lena Park.').map((a) => [a.speaker, a.mode])).toEqual([['Lena Park', 'credit']]);
  });
});

describe('precision: a dateline is neither speaker nor content', () => {
  it('drops "SELMA, N.C. —" and "MOSCOW (AP) —" from the start of a paragraph', () => {
    expect(rows('DUNMORE, Pa. — The crowd was larger than last year’s, Senator Ana Ruiz asserted.')).toEqual([['Ana Ruiz', 'The crowd was larger than last year’s']]);
    expect(rows('MOSCOW (AP) — The launch went as planned, the space agency said on Monday.')).toEqual([['space agency', 'The launch went as planned']]);
    expect(rows('NASA said the launch would go ahead.')).toEqual([['NASA', 'the launch would go ahead']]);
  });
});

describe('precision: one source per person, never two fused, never a person also anonymous', () => {
  it('splits two people named together into two sources, each marked joint, and each resolves alone later', () => {
    const found = find(
      'Ruth Adler and Omar Haddad testified on Tuesday that the order was improper.',
      '“It was wrong,” Adler and Haddad said in their statements.',
      'Haddad said he had raised it twice.',
    );
    expect(found.map((a) => [a.speaker, a.joint ?? false])).toEqual([
      ['Ruth Adler', true],
      ['Omar Haddad', true],
      ['Ruth Adler', true],
      ['Omar Haddad', true],
      ['Omar Haddad', false],
    ]);
  });

  it('splits two surnames never given in full', () => {
    expect(find('Becker and Lund said they saw nothing unusual.').map((a) => [a.speaker, a.kind])).toEqual([
      ['Becker', 'named'],
      ['Lund', 'named'],
    ]);
  });

  it('keeps a joint statement of several bodies as one source, marked joint', () => {
    const [a, ...rest] = find('The Russian and Syrian defence ministries said in a joint statement that the corridor would open on Friday.');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ speaker: 'Russian and Syrian defence ministries', kind: 'organization', joint: true, text: 'the corridor would open on Friday' });
    expect(find('The Department of Health and Human Services said costs would fall.')[0]!.joint).toBeUndefined();
  });

  it('resolves "the special envoy" and "Austria’s interior minister" to the person named with that role', () => {
    const found = find(
      'Kurt Halvorsen, the special envoy for the region, said he had not known of the plan.',
      'The special envoy said he regretted nothing.',
      'Interior minister Wolfgang Brandl said the attacker had acted alone.',
      'Austria’s interior minister said the city was safe.',
    );
    expect(found.map((a) => [a.speaker, a.kind])).toEqual([
      ['Kurt Halvorsen', 'named'],
      ['Kurt Halvorsen', 'named'],
      ['Wolfgang Brandl', 'named'],
      ['Wolfgang Brandl', 'named'],
    ]);
  });

  it('gives no clause as a role, and never makes "he" the person named in what he says', () => {
    const found = find('Nadia Orlov testified on Thursday.', 'He said his predecessor, Nadia Orlov, had warned him about the deal.');
    expect(found.every((a) => a.role === null)).toBe(true);
    expect(found.filter((a) => a.cue === 'said')).toEqual([]);
  });

  it('gives no form of address as a role ("Mr.", "Ms."), but keeps titles ("Dr.")', () => {
    expect(find('Ms. Ingram said the plan was dead.')[0]!.role).toBeNull();
    expect(find('Dr. Lena Park said the plan was dead.')[0]!.role).toBe('Dr.');
  });

  it('reads "Secretary of State Mike Pompeo" as the person, with the whole title as role', () => {
    expect(find('Secretary of State Dana Whitfield said the embassy would stay open.')[0]).toMatchObject({ speaker: 'Dana Whitfield', role: 'Secretary of State', kind: 'named' });
  });
});

describe('recall: ordinary reporting', () => {
  it('reads quotations introduced by a colon: a round-up’s "Name, Outlet:" and a verb of manner', () => {
    expect(find('Harold Brandt, Channel 9 News: “The senator had a very good night.”').map((a) => [a.speaker, a.role, a.mode, a.text])).toEqual([
      ['Harold Brandt', 'Channel 9 News', 'direct', 'The senator had a very good night.'],
    ]);
    expect(rows('Ms. Ingram sighed: “We have been here before.”')).toEqual([['Ingram', 'We have been here before.']]);
    expect(find('Update: “The office is closed today.”')).toEqual([]);
  });

  it('reads a person’s own statement or letter as the person’s words ("X’s statement said")', () => {
    expect(find('Ahmed Kadri’s statement said the company had done nothing wrong.').map((a) => [a.speaker, a.kind])).toEqual([['Ahmed Kadri', 'named']]);
    expect(rows('In a letter to the board, Ahmed Kadri wrote that he would resign.')).toEqual([['Ahmed Kadri', 'he would resign']]);
  });

  it('reads a quotation of several sentences, its speaker named once', () => {
    expect(rows('“We will not back down. The law is on our side. We will win in court,” said Jane Holloway.')).toEqual([
      ['Jane Holloway', 'We will not back down. The law is on our side. We will win in court'],
    ]);
  });

  it('reads "X, who …, said" and "according to X"', () => {
    expect(rows('Maria Lopez, who has run the shelter for a decade, said the city had cut its funding.')).toEqual([['Maria Lopez', 'the city had cut its funding']]);
    expect(rows('The talks collapsed, according to Omar Haddad.')).toEqual([['Omar Haddad', 'The talks collapsed']]);
  });

  it('reads "told reporters in <place> that" and a time word before the content', () => {
    expect(rows('Mayor Jane Holloway told reporters in Leeds that the bridge would reopen in May.')).toEqual([['Jane Holloway', 'the bridge would reopen in May']]);
    expect(rows('Senator Ana Ruiz argued Tuesday that the bill was unconstitutional.')).toEqual([['Ana Ruiz', 'the bill was unconstitutional']]);
    expect(rows('Acme Steel announced Monday it was closing three plants.')).toEqual([['Acme Steel', 'it was closing three plants']]);
  });

  it('reads "promised" as a reporting verb', () => {
    expect(rows('Governor Ana Ruiz promised that taxes would not rise.')).toEqual([['Ana Ruiz', 'taxes would not rise']]);
  });

  it('reads `"…," said the narrator in the 30-second spot`', () => {
    expect(rows('“He never showed up for a single vote,” said the narrator in the 30-second spot.')).toEqual([['narrator', 'He never showed up for a single vote']]);
  });

  it('reads "adds psychologist X", so that the next "she says" is hers, not the previous expert’s', () => {
    const found = find(
      '“Sleep comes first,” said Tom Berry, a pediatrician in Leeds.',
      'Children copy their parents’ worries, adds psychologist Nora Quist.',
      '“They watch everything we do,” she says.',
    );
    expect(found.map((a) => [a.speaker, a.role])).toEqual([
      ['Tom Berry', 'a pediatrician in Leeds'],
      ['Nora Quist', 'psychologist'],
      ['Nora Quist', 'psychologist'],
    ]);
  });
});
