import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { hasLexicon } from '@/lib/attribution/lexicon';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { AnalysisSchema } from '@/lib/model/analysis';
import type { ExtractedPage } from '@/lib/model/page';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';

const page = (lang: string | null, paragraphs: string[]): ExtractedPage => ({
  url: 'https://news.example.org/a/1',
  canonicalUrl: null,
  title: 'A page',
  byline: null,
  siteName: null,
  lang,
  publishedTime: null,
  publisher: null,
  paragraphs,
  wordCount: paragraphs.join(' ').split(/\s+/).length,
  readerable: true,
  claimReviews: [],
});

describe('whether the page’s language is covered', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it('knows the languages with a lexicon, in any tag form, and reads a page without a language as English', () => {
    for (const lang of ['en', 'en-GB', 'fr_FR', 'CS', 'pt-BR', 'ru', 'de', 'es', null, '']) expect([lang, hasLexicon(lang)]).toEqual([lang, true]);
    for (const lang of ['it', 'it-IT', 'nl', 'ja', 'pl-PL']) expect([lang, hasLexicon(lang)]).toEqual([lang, false]);
  });

  it('says so in the analysis: false on an Italian page, true on an English one, and the analysis stays valid', () => {
    const italian = analyze(page('it', ['«Non accetteremo questo accordo», ha detto il ministro Marco Rossi martedì.']), index);
    expect(italian.languageSupported).toBe(false);
    expect(v.is(AnalysisSchema, italian)).toBe(true);
    const english = analyze(page('en-US', ['"We will not accept this deal," minister Mark Ross said on Tuesday.']), index);
    expect(english.languageSupported).toBe(true);
    expect(english.attributions.map((a) => a.speaker)).toEqual(['Mark Ross']);
  });
});
