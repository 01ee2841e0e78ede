import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import { claimBudget, detectClaims, MAX_CLAIMS, splitSentences } from '../../../lib/claims/detect';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { extractPage } from '../../../lib/extract/extract-page';
import type { Attribution } from '../../../lib/model/analysis';
import type { ExtractedPage } from '../../../lib/model/page';
import { parseHtml } from '../../../scripts/node-dom';
import { attributionOver, refOf, reportingAttributions, REPORTING } from './attributions';
import { loadClaimsIndex } from './dataset';

const FIXTURE = join(import.meta.dirname, '../../fixtures/rferl-russia-envoys-syria.html');
const URL = 'https://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html';

let page: ExtractedPage;
let index: DatasetIndex;
beforeAll(() => {
  const result = extractPage(parseHtml(readFileSync(FIXTURE, 'utf8'), URL), URL);
  if (result.status !== 'ok') throw new Error(`fixture did not extract: ${result.status}`);
  page = result.page;
  index = loadClaimsIndex();
});

/** A hand-made attribution over the words `speaker ... cue` in paragraph `p`. */
function attribution(p: number, speaker: string, cue = 'said', entity: Attribution['entity'] = null): Attribution {
  const text = page.paragraphs[p]!;
  const start = text.indexOf(speaker);
  if (start < 0) throw new Error(`"${speaker}" not in paragraph ${p}`);
  const cueAt = text.indexOf(cue, start);
  const end = cueAt >= 0 ? cueAt + cue.length : start + speaker.length;
  return {
    speaker,
    role: null,
    affiliation: null,
    kind: 'organization',
    mode: 'indirect',
    cue,
    cueTone: 'neutral',
    text: text.slice(start, end),
    via: null,
    qualifiers: [],
    paragraph: p,
    start,
    end,
    entity,
  };
}

const paragraphOf = (needle: string) => page.paragraphs.findIndex((p) => p.includes(needle));

describe('splitSentences', () => {
  it('keeps abbreviations, initials and quotes inside sentences, with offsets into the paragraph', () => {
    const paragraph = 'The U.S. envoy, Mr. Smith, arrived. "We are ready," he said. Dr. J. Doe left at 5 p.m. on Monday.';
    const sentences = splitSentences(paragraph, 4);
    expect(sentences.map((s) => s.text)).toEqual([
      'The U.S. envoy, Mr. Smith, arrived.',
      '"We are ready," he said.',
      'Dr. J. Doe left at 5 p.m. on Monday.',
    ]);
    for (const s of sentences) {
      expect(paragraph.slice(s.start, s.end)).toBe(s.text);
      expect(s.paragraph).toBe(4);
    }
  });
});

describe('detectClaims on the seed article', () => {
  it('flags the casualty figure, the strikes on hospitals and the denial, and little else', () => {
    const claims = detectClaims(page.paragraphs, [], page.lang);
    const texts = claims.map((c) => c.text);
    expect(texts.some((t) => t.includes('at least 446 people'))).toBe(true);
    expect(texts.some((t) => t.includes('nine Russian air strikes'))).toBe(true);
    expect(texts.some((t) => /smears|accusations|refut/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('began its air campaign on September 30'))).toBe(false);
    expect(texts.some((t) => t.includes('With reporting by'))).toBe(false);
    const words = page.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
    expect(claims.length).toBeLessThanOrEqual(claimBudget(words));
    expect(claims.length * 100).toBeLessThanOrEqual(words * 2);
  });

  it('is selective: dates, ages, durations, scores, prices in passing and names are not claims', () => {
    const paragraphs = [
      'The summit will open on March 3 in Geneva, the organisers said in a short note to the press.',
      'The 45-year-old minister arrived at 10:30 a.m. on Monday and left two hours later.',
      'Rescuers said at least 120 people were killed and 300 wounded in the earthquake, the worst in decades.',
      'The home side won the match 3-1 in front of a quiet crowd on Saturday.',
      'At the market a kilo of tomatoes sold for 2.50 euros, and shoppers were in no hurry.',
      'Officials denied that the army had shelled the town, calling the reports fake.',
      'The press called the deal the "Three Amigos" pact, after the three men who signed it.',
      'It was sunny, and the streets of the old town were full of people walking slowly home.',
    ];
    const claims = detectClaims(paragraphs, [], 'en');
    expect(claims.map((c) => c.paragraph)).toEqual([2, 5]);
    expect(claims.map((c) => c.reason)).toEqual(['casualty-figure', 'denial']);
  });

  it('flags a statement of fact with no figure on a page that has no figures (an official decision, a ruling)', () => {
    const paragraphs = [
      'The house where the dictator was born will be turned into a police station, the interior ministry announced on Tuesday.',
      'The state took ownership of the building in 2016 after parliament passed a special law to expropriate it.',
      'Many residents were relieved, and the mayor said he hoped the town could now move on.',
      'Historians and local teachers have long argued about what should happen to the building.',
    ];
    const claims = detectClaims(paragraphs, [], 'en');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.reason === 'official-statement')).toBe(true);
    expect(claims.some((c) => c.paragraph === 2 || c.paragraph === 3)).toBe(false);
  });

  it('reports at most MAX_CLAIMS however long the page, the best-scored ones, in reading order', () => {
    const plainFigure = (i: number) => `Exports of product ${i} fell by ${i + 2}% in March.`;
    const casualtyCount = (i: number) => `Rescuers said at least ${100 + i} people were killed and ${300 + i} wounded in the town of Place${i}.`;
    // 400 sentences: 300 plain figures, then 30 casualty counts spread through the last quarter, between filler.
    const paragraphs = [
      ...Array.from({ length: 300 }, (_, i) => plainFigure(i)),
      ...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 && i < 90 ? casualtyCount(i) : 'It was a quiet day.')),
    ];
    const claims = detectClaims(paragraphs, [], 'en');
    expect(claims).toHaveLength(MAX_CLAIMS);
    expect(claims.every((c) => c.text.startsWith('Rescuers said'))).toBe(true);
    expect(claims.map((c) => c.paragraph)).toEqual([...claims.map((c) => c.paragraph)].sort((a, b) => a - b));
  });

  it('flags at most 2 claims per 100 words', () => {
    expect(claimBudget(49)).toBe(0);
    expect(claimBudget(100)).toBe(2);
    expect(claimBudget(160)).toBe(3);
    expect(claimBudget(5000)).toBe(MAX_CLAIMS);
    const figures = Array.from({ length: 12 }, (_, i) => `Rescuers said ${100 + i} people were killed in Place${i}.`);
    const words = figures.join(' ').split(/\s+/).length;
    expect(detectClaims(figures, [], 'en').length).toBe(Math.floor((words * 2) / 100));
  });
});

describe('findClaims on the seed article', () => {
  it('links each figure to its claimant from the attributions and matches the dataset record', () => {
    const p446 = paragraphOf('at least 446');
    const p9 = paragraphOf('nine Russian air strikes');
    const attributions = [
      attribution(p446, 'The Syrian Observatory for Human Rights'),
      attribution(p9, 'The Syrian-American Medical Society'),
    ];
    const claims = findClaims(page.paragraphs, attributions, { lang: page.lang, publishedTime: page.publishedTime }, index);
    const casualties = claims.find((c) => c.paragraph === p446)!;
    expect(casualties.claimant).toBe('The Syrian Observatory for Human Rights');
    expect(casualties.numbers[0]).toMatchObject({ min: 446, qualifier: 'at-least', unit: 'people' });
    expect(casualties.matches[0]?.claimId).toBe('sohr-russian-strikes-killed-446-oct-2015');
    expect(casualties.matches[0]?.reasons.join(' ')).toMatch(/same claimant/);
    const hospitals = claims.find((c) => c.paragraph === p9)!;
    expect(hospitals.claimant).toBe('The Syrian-American Medical Society');
    expect(hospitals.matches[0]?.claimId).toBe('sams-nine-russian-strikes-on-hospitals-oct-2015');
    for (const claim of claims) {
      expect(page.paragraphs[claim.paragraph]!.slice(claim.start, claim.end)).toBe(claim.text);
      for (const match of claim.matches) {
        const dates = match.notes.map((n) => n.date ?? '');
        expect([...dates].sort()).toEqual(dates);
      }
    }
  });

  it('takes the claimant from the attributions over the sentence, never from a nearby one', () => {
    const paragraphs = ['Health officials said on Monday that the outbreak was spreading. At least 1,200 cases were recorded in May.'];
    const a: Attribution = { ...attributionOver(paragraphs[0]!, 'Health officials'), paragraph: 0 };
    const covering: Attribution = { ...a, start: paragraphs[0]!.indexOf('At least'), end: paragraphs[0]!.length, speaker: 'Health ministry' };
    const [near] = findClaims(pad(paragraphs), [a], { lang: 'en', publishedTime: null }, index);
    expect(near?.text).toBe('At least 1,200 cases were recorded in May.');
    expect(near?.claimant).toBeNull();
    // The paragraph names a source: no "no source" note, though the claimant is unknown.
    expect(near?.derivedNotes.map((n) => n.derived?.kind)).not.toContain('no-source');
    const [covered] = findClaims(pad(paragraphs), [a, covering], { lang: 'en', publishedTime: null }, index);
    expect(covered?.claimant).toBe('Health ministry');
  });

  it('derives notes: no source for a figure; a single monitoring group (each kind both ways in notes.test.ts)', () => {
    const page = [...pad(['Russian air strikes in Syria have killed at least 446 people, more than a third of them civilians.']), REPORTING];
    const unsourced = findClaims(
      page,
      reportingAttributions(page.length - 1),
      { lang: 'en', publishedTime: '2015-10-24T00:00:00Z' },
      index,
    );
    expect(unsourced[0]?.claimant).toBeNull();
    expect(unsourced[0]?.derivedNotes.map((n) => n.text)).toContain('The article gives no source for this figure.');

    const monitor = index.entities.find((e) => e.type === 'monitor');
    if (monitor) {
      const text = `${monitor.name} said at least 75 civilians were killed in the shelling.`;
      const [claim] = findClaims(pad([text]), [{ ...attributionOver(text, monitor.name), paragraph: 0, entity: refOf(monitor) }], { lang: 'en', publishedTime: null }, index);
      expect(claim?.derivedNotes.some((n) => n.text.includes('single monitoring group'))).toBe(true);
    }
  });

});

/** Adds a neutral paragraph so that a one-sentence test page has room for claims (2 per 100 words). */
function pad(paragraphs: string[]): string[] {
  return [...paragraphs, 'The streets of the old town were quiet on Monday, and shops opened late. '.repeat(8).trim()];
}
