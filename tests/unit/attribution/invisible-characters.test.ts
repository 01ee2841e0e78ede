import { beforeAll, describe, expect, it } from 'vitest';
import { findAttributions, type FoundAttribution } from '../../../lib/attribution';
import { linkAttributions } from '../../../lib/attribution/link';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { stripInvisible } from '../../../lib/text/normalize';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';

const find = (paragraphs: string[]) => findAttributions(paragraphs, 'en');
const summary = (a: FoundAttribution) => ({ speaker: stripInvisible(a.speaker), kind: a.kind, role: a.role, cue: a.cue, mode: a.mode, text: a.text });

/**
 * Names carrying bidi controls or zero-width characters (tests/fixtures/hostile/quotes-xss.html plants them) are
 * read like the same names without them. The speaker keeps the page's characters, as an exact substring of the
 * paragraph (the UI shows it isolated); matching ignores them.
 */
describe('speakers with invisible characters', () => {
  const names: [string, string][] = [
    ['Jo\u200bhn Smith', 'John Smith'],
    ['Ahmad\u202e al-Hassan', 'Ahmad al-Hassan'],
    ['Ahmed\u202eevil.exe\u202c Karimi', 'Ahmedevil.exe Karimi'],
    ['Ja\u200bmes Ca\u200drter', 'James Carter'],
    ['\u2066Sara Cohen\u2069', 'Sara Cohen'],
    ['Olena\u202e Shevchenko', 'Olena Shevchenko'],
    ['\ufeffLeila\u2060 Nasser', 'Leila Nasser'],
    ['Omar\u{e0041}\u{e0042} Haddad', 'Omar Haddad'],
  ];

  it.each(names)('finds "…," said %j, a ministry spokesman, as it finds the plain name', (hostile, plain) => {
    const sentence = (name: string) => `“We will not retreat,” said ${name}, a ministry spokesman.`;
    const expected = find([sentence(plain)]);
    expect(expected).toHaveLength(1);
    const found = find([sentence(hostile)]);
    expect(found.map(summary)).toEqual(expected.map(summary));
    // The speaker shown is the page's own text: an exact substring of the paragraph, characters kept.
    expect(sentence(hostile)).toContain(found[0]!.speaker);
    expect(stripInvisible(found[0]!.speaker)).toBe(plain);
  });

  it('finds the subject-first shape and keeps the quote at its offsets', () => {
    const paragraph = 'Jo\u200bhn Smith, a ministry spokesman, said the convoy had left at dawn.';
    const [a] = find([paragraph]);
    expect(a).toMatchObject({ speaker: 'Jo\u200bhn Smith', kind: 'named', role: 'a ministry spokesman', text: 'the convoy had left at dawn' });
    expect(paragraph.slice(a!.start, a!.end)).toBe(a!.text);
  });

  it('reads a cue word with an invisible character inside it', () => {
    const [a] = find(['“We will not retreat,” sa\u200bid John Smith.']);
    expect(a).toMatchObject({ speaker: 'John Smith', cue: 'sa\u200bid', mode: 'direct' });
  });

  it('resolves a later surname and the plain spelling to the same person', () => {
    const found = find([
      '“We will not retreat,” said Jo\u200bhn Smith, a ministry spokesman.',
      'John Smith said later that the convoy had been stopped.',
      '“The convoy left at dawn,” Smith added.',
    ]);
    expect(found.map((a) => [stripInvisible(a.speaker), a.role])).toEqual([
      ['John Smith', 'a ministry spokesman'],
      ['John Smith', 'a ministry spokesman'],
      ['John Smith', 'a ministry spokesman'],
    ]);
  });

  it('reads an Arabic name whose article is written in lower case ("al-Hassan") as one name', () => {
    expect(find(['Syrian President Bashar al-Assad said the war was over.']).map((a) => [a.speaker, a.role])).toEqual([['Bashar al-Assad', 'Syrian President']]);
    expect(find(['Ahmad al-Hassan, a ministry spokesman, said the convoy had left.']).map((a) => [a.speaker, a.role])).toEqual([['Ahmad al-Hassan', 'a ministry spokesman']]);
  });

  it('leaves ordinary text unchanged: Persian names joined by a zero-width non-joiner stay one word', () => {
    const [a] = find(['“We will not retreat,” said Mohammad\u200cReza Karimi, a ministry spokesman.']);
    expect(a).toMatchObject({ speaker: 'Mohammad\u200cReza Karimi', role: 'a ministry spokesman' });
  });
});

describe('linking speakers with invisible characters to the dataset', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it('links "Anatoly\u200b Antonov" and "Hez\u202ebollah" to their records', () => {
    const found = find(['“We will not retreat,” said Anatoly\u200b Antonov, the deputy defense minister.', '“We fired the rockets,” Hez\u202ebollah said in a statement.']);
    const linked = linkAttributions(found, index);
    expect(linked.map((a) => [a.speaker, a.entity?.name ?? null])).toEqual([
      ['Anatoly\u200b Antonov', 'Anatoly Antonov'],
      ['Hez\u202ebollah', 'Hezbollah'],
    ]);
  });
});
