import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';

/** One sentence of each shape issue 17 lists (written for these tests, not copied from the pages it names). */
const find = (...paragraphs: string[]) => findAttributions(paragraphs, 'en');
const rows = (...paragraphs: string[]) => find(...paragraphs).map((a) => [a.speaker, a.text]);

describe('precision: what is not a source or not the content', () => {
  it('never takes the person addressed for the speaker ("…," X, 70, told CNN’s Y)', () => {
    const found = find('“I will carry this state easily,” Dawson, 64, told NBC’s Clara Mendes.');
    expect(found.map((a) => a.speaker)).toEqual(['Dawson']);
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

describe('recall: ordinary reporting', () => {
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
