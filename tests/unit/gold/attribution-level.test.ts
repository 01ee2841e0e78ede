import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/extract-page';
import { declaredUrl, parseHtml } from '../../../scripts/node-dom';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { contentMatches, scoreAttributions } from '../../gold/attribution-level';
import { devPagePath, loadGold, type GoldPage } from '../../gold/score';
import { evaluateSplit, loadTestGold, sourceKey, testPagePath } from '../../gold/test-split';

/**
 * Attribution-level gold (cue plus content plus source, issue 17) and its scorer. The gold is checked against the
 * page text; the dev figures must stay above floors set about 0.05 below those measured when the gold was added
 * (the test split's floors live with its other figures in test-split.test.ts).
 */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The test split's saved pages: the text of the HTML (they hold no entity but &amp;). */
const testText = (page: string) =>
  collapse(readFileSync(testPagePath(page), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));

/** The dev pages: the extracted paragraphs the dev gold was written from. */
function devText(page: string): string {
  const html = readFileSync(devPagePath(page), 'utf8');
  const url = declaredUrl(parseHtml(html, 'https://example.invalid/')) ?? 'https://example.invalid/';
  const result = extractPage(parseHtml(html, url), url);
  return result.status === 'ok' ? collapse(result.page.paragraphs.join('\n')) : '';
}

function checkGold(pages: readonly GoldPage[], textOf: (page: string) => string) {
  for (const page of pages) {
    const text = textOf(page.page);
    const speakers = new Set(page.speakers.map((s) => s.speaker));
    for (const a of page.attributions ?? []) {
      expect(text.includes(collapse(a.content)), `${page.page}: content not in the text: ${a.content}`).toBe(true);
      for (const source of [a.source, ...(a.alsoSource ?? [])]) expect(speakers.has(source), `${page.page}: ${source}`).toBe(true);
    }
  }
}

describe('attribution-level gold', () => {
  it('annotates every page of both splits', () => {
    expect(loadTestGold().every((g) => Array.isArray(g.attributions))).toBe(true);
    expect(loadTestGold().reduce((n, g) => n + g.attributions!.length, 0)).toBeGreaterThanOrEqual(800);
    expect(loadGold().filter((g) => g.attributions).length).toBeGreaterThanOrEqual(26);
  });

  it('quotes each content from the page text and names a gold speaker of the page as its source (test split)', () => {
    checkGold(loadTestGold(), testText);
  });

  it('quotes each content from the extracted text and names a gold speaker of the page as its source (dev)', () => {
    checkGold(loadGold(), devText);
  }, 600_000);
});

describe('attribution-level scoring', () => {
  const speakers = [
    { speaker: 'Marianne Aebi', kind: 'named', accept: ['Aebi'] },
    { speaker: 'Ministerstvo vnitra', kind: 'organization' },
    { speaker: 'Marek Vondra', kind: 'named', accept: ['Vondra'] },
  ];
  const found = (speaker: string, text: string, mode: 'direct' | 'indirect' | 'credit' = 'direct', cue = 'said') => ({ speaker, text, cue, mode });

  it('matches a sentence inside a longer quote, or a piece of it, but not shared function words', () => {
    const gold = 'We do not yet have the political will for a ceasefire';
    expect(contentMatches(gold, 'We have a humanitarian step, and it is a real one. We do not yet have the political will for a ceasefire')).toBe(true);
    expect(contentMatches(gold, 'the political will for a ceasefire')).toBe(true);
    expect(contentMatches(gold, 'We do not know the names of the dead')).toBe(false);
    expect(contentMatches('einem „Kahlschlag“', 'Kahlschlag')).toBe(true);
    expect(contentMatches(gold, 'a ceasefire')).toBe(false);
  });

  it('finds gold attributions, checks the source by accepted names, and leaves credits out', () => {
    const s = scoreAttributions(
      {
        page: 'p',
        speakers,
        attributions: [
          { source: 'Marianne Aebi', cue: 'told reporters', content: 'We have a humanitarian step, and it is a real one.' },
          { source: 'Marek Vondra', alsoSource: ['Ministerstvo vnitra'], cue: 'podle', content: 'chystá podporu pro domácnosti s nízkými příjmy' },
          { source: 'Marianne Aebi', cue: 'said', content: 'the two delegations would meet again in January' },
        ],
      },
      [
        found('Aebi', 'We have a humanitarian step, and it is a real one. We do not yet have the political will'),
        found('ministerstvo vnitra', 'chystá podporu pro domácnosti s nízkými příjmy', 'indirect', 'podle'),
        found('Reuters', 'Reporting by Lena Vasquez-Orr', 'credit'),
        found('Orbeli', 'Every shell fired from our side is a response'),
      ],
      sourceKey,
    );
    expect([s.gold, s.found, s.sourceRight]).toEqual([3, 2, 2]);
    expect([s.listed, s.listedMatching]).toEqual([3, 2]);
    // "told reporters" shares no word with "said"; "podle" agrees.
    expect([s.cueChecked, s.cueAgree]).toEqual([2, 1]);
  });

  it('counts a found attribution under another speaker as found with the wrong source', () => {
    const s = scoreAttributions(
      { page: 'p', speakers, attributions: [{ source: 'Marianne Aebi', cue: 'said', content: 'the two delegations would meet again in January' }] },
      [found('Davit Orbeli', 'the two delegations would meet again in January')],
      sourceKey,
    );
    expect([s.found, s.sourceRight, s.wrongSource.length]).toEqual([1, 0, 1]);
  });
});

describe('dev attribution-level figures', () => {
  it('stay above the floors measured when the gold was added', async () => {
    const index = await loadDatasetIndexFromSources();
    const { attributions: a } = await evaluateSplit(loadGold(), devPagePath, index);
    console.log(
      `dev attribution level: ${a!.gold} gold on ${a!.pages} pages, ${a!.listed} listed; recall ${a!.recall.toFixed(3)}  ` +
        `source right ${a!.sourceRight.toFixed(3)}  precision ${a!.precision.toFixed(3)}  cue ${a!.cueAgreement.toFixed(3)}`,
    );
    expect(a!.recall).toBeGreaterThanOrEqual(DEV_FLOORS.recall);
    expect(a!.sourceRight).toBeGreaterThanOrEqual(DEV_FLOORS.sourceRight);
    expect(a!.precision).toBeGreaterThanOrEqual(DEV_FLOORS.precision);
  }, 600_000);
});

// Measured on 2026-12-08 on the 26 dev pages (341 gold attributions): recall 0.804, source right 0.953,
// precision 0.926 (cue agreement 0.980, not floored).
const DEV_FLOORS = { recall: 0.75, sourceRight: 0.9, precision: 0.87 };
