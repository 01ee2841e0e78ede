import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAttributions, type FoundAttribution } from '../../../lib/attribution';
import { extractPage } from '../../../lib/extract/extract-page';
import { parseHtml } from '../../../scripts/node-dom';

// The reference article (RFE/RL, 27 Oct 2015); the URL is its canonical link.
const FIXTURE = join(import.meta.dirname, '../../fixtures/rferl-russia-envoys-syria.html');

let found: FoundAttribution[] = [];
beforeAll(() => {
  const url = 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html';
  const result = extractPage(parseHtml(readFileSync(FIXTURE, 'utf8'), url), url);
  if (result.status !== 'ok') throw new Error(`fixture did not extract: ${result.status}`);
  found = findAttributions(result.page.paragraphs, result.page.lang);
});

const of = (speaker: string) => found.filter((a) => a.speaker === speaker);

describe('the seed article', () => {
  it('names exactly the sources a careful reader marks', () => {
    expect(new Set(found.map((a) => a.speaker))).toEqual(
      new Set([
        'Anatoly Antonov',
        'defense ministry',
        'Western media reports',
        'Syrian opposition groups, monitoring organizations, and charity groups',
        'Syrian Observatory for Human Rights',
        'Syrian-American Medical Society',
        'Russia',
        'AFP',
        'Interfax',
        'TASS',
      ]),
    );
  });

  it('gives every Antonov quotation, "he said" and "He added" included, to Anatoly Antonov with his role', () => {
    const antonov = of('Anatoly Antonov');
    expect(antonov.filter((a) => a.mode === 'direct')).toHaveLength(5);
    expect(antonov.some((a) => a.cue === 'added' && a.text.includes('hear back from the attaches'))).toBe(true);
    expect(new Set(antonov.map((a) => a.role))).toEqual(new Set(['deputy defense minister']));
    expect(antonov.every((a) => a.kind === 'named')).toBe(true);
  });

  it('reads the organisations as indirect speech with their descriptions', () => {
    expect(of('defense ministry')).toMatchObject([{ kind: 'organization', mode: 'indirect', cue: 'said' }]);
    expect(of('Syrian Observatory for Human Rights')).toMatchObject([
      { kind: 'organization', mode: 'indirect', cue: 'said', role: 'a respected monitoring group based in London' },
    ]);
    expect(of('Syrian-American Medical Society')).toMatchObject([{ kind: 'organization', mode: 'indirect', cue: 'said' }]);
    expect(of('Syrian opposition groups, monitoring organizations, and charity groups')).toMatchObject([
      { kind: 'organization', mode: 'indirect', cue: 'reported' },
    ]);
  });

  it('records the Western media reports Antonov cites as a vague media source', () => {
    const [reports] = of('Western media reports');
    expect(reports).toMatchObject({ kind: 'media', cue: 'according to', qualifiers: ['western'] });
  });

  it('lists AFP, Interfax and TASS as three media credits', () => {
    const credits = found.filter((a) => a.mode === 'credit');
    expect(credits.map((a) => [a.speaker, a.kind])).toEqual([
      ['AFP', 'media'],
      ['Interfax', 'media'],
      ['TASS', 'media'],
    ]);
  });

  it('does not make a speaker of the Islamic State group', () => {
    expect(found.some((a) => /Islamic State/.test(a.speaker))).toBe(false);
  });
});
