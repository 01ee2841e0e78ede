import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClaims, sayerIn } from '../../../lib/claims';
import { claimBudget, detectClaims, MAX_CLAIMS, splitSentences } from '../../../lib/claims/detect';
import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import { extractPage } from '../../../lib/extract/extract-page';
import type { Attribution } from '../../../lib/model/analysis';
import type { ExtractedPage } from '../../../lib/model/page';
import { parseHtml } from '../../../scripts/node-dom';
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
    const sentenceCount = page.paragraphs.flatMap((p, i) => splitSentences(p, i)).length;
    expect(claims.length).toBeLessThanOrEqual(claimBudget(sentenceCount));
  });

  it('is selective: a sentence with only a date or an age is not a claim, and most numbered sentences are not kept', () => {
    const paragraphs = [
      'The summit will open on March 3 in Geneva.',
      'The 45-year-old minister arrived at 10:30 a.m. on Monday.',
      'Rescuers said at least 120 people were killed and 300 wounded in the earthquake, the worst in decades.',
      'The team scored 3 goals in the second half.',
      'The company said it would hire 20 engineers in 2025.',
      'Officials denied that the army had shelled the town, calling the reports fake.',
      'It was sunny.',
    ];
    const claims = detectClaims(paragraphs, [], 'en');
    expect(claims.map((c) => c.paragraph)).toEqual([2, 5]);
  });

  it('reports at most MAX_CLAIMS however long the page, the best-scored ones, in reading order', () => {
    const plainFigure = (i: number) => `Exports of product ${i} fell by ${i + 2}% in March.`;
    const casualtyCount = (i: number) => `Rescuers said at least ${100 + i} people were killed and ${300 + i} wounded in the town of Place${i}.`;
    // 400 sentences: 300 plain figures, then 30 casualty counts spread through the last quarter, between filler.
    const paragraphs = [
      ...Array.from({ length: 300 }, (_, i) => plainFigure(i)),
      ...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 && i < 90 ? casualtyCount(i) : 'It was a quiet day.')),
    ];
    expect(claimBudget(400)).toBe(MAX_CLAIMS);
    const claims = detectClaims(paragraphs, [], 'en');
    expect(claims).toHaveLength(MAX_CLAIMS);
    expect(claims.every((c) => c.text.startsWith('Rescuers said'))).toBe(true);
    expect(claims.map((c) => c.paragraph)).toEqual([...claims.map((c) => c.paragraph)].sort((a, b) => a - b));
    expect(claimBudget(20)).toBe(3);
    expect(claimBudget(60)).toBe(6);
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

  it('takes the attribution that precedes the sentence in the same paragraph', () => {
    const paragraphs = ['Health officials said on Monday that the outbreak was spreading. At least 1,200 cases were recorded in May.'];
    const a: Attribution = { ...attributionAt(paragraphs[0]!, 'Health officials'), paragraph: 0 };
    const [claim] = findClaims(paragraphs, [a], { lang: 'en', publishedTime: null }, index);
    expect(claim?.text).toBe('At least 1,200 cases were recorded in May.');
    expect(claim?.claimant).toBe('Health officials');
  });

  it('derives notes: no source for a figure; a party to the conflict; a single monitoring group', () => {
    const unsourced = findClaims(
      ['Russian air strikes in Syria have killed at least 446 people, more than a third of them civilians.'],
      [{ ...attributionAt('x', 'x'), paragraph: 5 }],
      { lang: 'en', publishedTime: '2015-10-24T00:00:00Z' },
      index,
    );
    expect(unsourced[0]?.claimant).toBeNull();
    expect(unsourced[0]?.derivedNotes.map((n) => n.text)).toContain('The article gives no source for this figure.');

    const party = index.entities.find((e) => e.partyTo.length > 0);
    if (party) {
      const text = `${party.name} said its forces destroyed 40 tanks and killed 300 fighters in the offensive.`;
      const [claim] = findClaims([text], [{ ...attributionAt(text, party.name), paragraph: 0, entity: refOf(party) }], { lang: 'en', publishedTime: null }, index);
      expect(claim?.derivedNotes.some((n) => n.stance === 'derived' && n.text.includes('party to the conflict'))).toBe(true);
    }
    const monitor = index.entities.find((e) => e.type === 'monitor');
    if (monitor) {
      const text = `${monitor.name} said at least 75 civilians were killed in the shelling.`;
      const [claim] = findClaims([text], [{ ...attributionAt(text, monitor.name), paragraph: 0, entity: refOf(monitor) }], { lang: 'en', publishedTime: null }, index);
      expect(claim?.derivedNotes.some((n) => n.text.includes('single monitoring group'))).toBe(true);
    }
  });

  it('reads "X said" when the attribution engine found nothing in the paragraph', () => {
    expect(sayerIn('The Syrian Observatory for Human Rights, a monitor based in London, said 446 people died.')).toBe(
      'Syrian Observatory for Human Rights',
    );
    expect(sayerIn('At least 20 people died, according to the Red Cross.')).toBe('Red Cross');
    expect(sayerIn('"Reports of deaths, according to Western media, are lies," he said.')).toBeNull();
  });
});

function attributionAt(text: string, speaker: string): Attribution {
  const start = Math.max(0, text.indexOf(speaker));
  return {
    speaker,
    role: null,
    affiliation: null,
    kind: 'organization',
    mode: 'indirect',
    cue: 'said',
    cueTone: 'neutral',
    text: speaker,
    via: null,
    qualifiers: [],
    paragraph: 0,
    start,
    end: start + speaker.length,
    entity: null,
  };
}

function refOf(entity: DatasetIndex['entities'][number]): Attribution['entity'] {
  return { id: entity.id, name: entity.name, type: entity.type, country: entity.country, typology: null, affiliation: entity.runBy, note: entity.note, citations: [] };
}
