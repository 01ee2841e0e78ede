import { describe, expect, it } from 'vitest';
import { attributionsOf, loadGold, scorePage, totals } from '../../gold/score';

/**
 * Speaker precision/recall and role accuracy on the hand-annotated pages in tests/gold (see its README).
 * Targets from issue 3: recall >= 0.9, precision >= 0.9, role accuracy >= 0.85.
 */
describe('gold set', () => {
  const gold = loadGold();

  it('covers at least 15 English and 5 other-language pages', () => {
    const english = gold.filter((g) => !g.lang || g.lang.toLowerCase().startsWith('en'));
    expect(english.length).toBeGreaterThanOrEqual(15);
    expect(gold.length - english.length).toBeGreaterThanOrEqual(5);
  });

  it('meets the speaker and role targets', () => {
    const scores = gold.map((page) => scorePage(page, attributionsOf(page.page)));
    const t = totals(scores);
    console.log(
      `attribution gold set: ${gold.length} pages, ${t.gold} gold speakers, ${t.found} found (${t.correct} correct)\n` +
        `  precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  role accuracy ${t.roleAccuracy.toFixed(3)}  kind accuracy ${t.kindAccuracy.toFixed(3)}`,
    );
    for (const s of scores) {
      if (s.falseSpeakers.length || s.missed.length) console.log(`  ${s.page}: false [${s.falseSpeakers.join('; ')}] missed [${s.missed.join('; ')}]`);
    }
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.roleAccuracy).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
