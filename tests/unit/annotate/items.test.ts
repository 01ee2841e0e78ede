import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import compiled from '@/lib/dataset/generated/dataset.json';
import { annotationItems } from '@/lib/annotate/items';
import { analyze } from '@/lib/analyze';
import type { CompiledDataset } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import { extractPage } from '@/lib/extract/extract-page';
import { AnnotateSchema, type AnnotationItem } from '@/lib/messaging/protocol';
import type { Analysis } from '@/lib/model/analysis';
import { LIMITS } from '@/lib/model/limits';
import { EN, FR } from '../components/fixture';
import { loadFixture, SEED_FIXTURE, SEED_URL } from '../helpers';

let analysis: Analysis;
let items: AnnotationItem[];
beforeAll(() => {
  const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL);
  if (result.status !== 'ok') throw new Error(`seed did not extract: ${result.status}`);
  analysis = analyze(result.page, createDatasetIndex(compiled as unknown as CompiledDataset));
  items = annotationItems(analysis, EN);
});

const allText = (item: AnnotationItem) => [item.title, ...item.lines].join('\n');

describe('annotationItems on the seed article', () => {
  it('has one item per attribution and per claim, in reading order, valid for the annotate message', () => {
    expect(items.filter((i) => i.kind === 'source')).toHaveLength(analysis.attributions.length);
    expect(items.filter((i) => i.kind === 'claim')).toHaveLength(analysis.claims.length);
    const positions = items.map((i) => i.span.paragraph * 1e6 + i.span.start);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(v.safeParse(AnnotateSchema, { type: 'sourcelight/annotate', items }).success).toBe(true);
  });

  it('says who Antonov is, the verb used, and what the dataset knows about him', () => {
    const antonov = items.find((i) => i.kind === 'source' && i.title === 'Anatoly Antonov')!;
    expect(antonov.lines[0]).toBe('\u2068deputy defense minister\u2069');
    expect(antonov.lines[1]).toBe('Direct quote, reporting verb “said”');
    expect(antonov.lines[2]).toMatch(/^In Sourcelight’s dataset: Anatoly Antonov \(Person, Russia\)$/);
    expect(antonov.tone).toBe('neutral');
  });

  it('marks a speaker the dataset does not know', () => {
    const media = items.find((i) => i.title === 'Western media reports')!;
    expect(media.lines).toContain('Not in Sourcelight’s dataset');
  });

  it('gives each claim its claimant, figures and cross-source notes with the stance in words, and a disputed tone', () => {
    const sohr = items.find((i) => i.kind === 'claim' && i.title === 'Claimed by \u2068Syrian Observatory for Human Rights\u2069')!;
    expect(sohr.lines[0]).toMatch(/^Figures: .*446/);
    expect(sohr.lines.some((l) => /^Disputes \(.+, .+\): /.test(l))).toBe(true);
    expect(sohr.lines.some((l) => /^Context \(/.test(l))).toBe(true);
    expect(sohr.tone).toBe('disputed');
    expect(sohr.lines.length).toBeLessThanOrEqual(12);
  });

  it('is in the reader’s language', () => {
    const french = annotationItems(analysis, FR);
    const claim = french.find((i) => i.kind === 'claim')!;
    expect(claim.title).toMatch(/Syrian|Antonov/);
    expect(allText(french.find((i) => i.title === 'Anatoly Antonov')!)).toContain('verbe introducteur');
    expect(allText(claim)).not.toContain('Claimed by');
  });
});

describe('annotationItems bounds', () => {
  it('marks loaded verbs, drops impossible spans, and caps the count at LIMITS.maxAnnotations', () => {
    const a = analysis.attributions[1]!;
    const flood: Analysis = {
      ...analysis,
      claims: [],
      attributions: [
        { ...a, cue: 'claimed', cueTone: 'loaded', paragraph: 0, start: 0, end: 5 },
        { ...a, paragraph: 0, start: 5, end: 5 },
        ...Array.from({ length: LIMITS.maxAnnotations + 50 }, (_, i) => ({ ...a, paragraph: 1 + (i % 1000), start: 0, end: 4 })),
      ],
    };
    const out = annotationItems(flood, EN);
    expect(out).toHaveLength(LIMITS.maxAnnotations);
    expect(out[0]!.tone).toBe('loaded');
    expect(out[0]!.lines[1]).toContain('a loaded word');
    expect(out.some((i) => i.span.start === i.span.end)).toBe(false);
  });
});
