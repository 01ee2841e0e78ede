import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { isReaderable } from '@/lib/extract/readerable';
import { htmlDoc, loadFixture, ROOT } from '../helpers';

const SHORT_NEWS = join(ROOT, 'tests/fixtures/short-news-article.html');
const CORPUS = join(ROOT, '../shared/corpus/readability-test-pages');
const paragraphs = (texts: string[], wrap = (p: string) => `<p>${p}</p>`) => `<html><body>${texts.map(wrap).join('')}</body></html>`;
const SENTENCE = 'The council said on Monday that the work on the new flood defences would start in May and end before the winter of next year.';

describe('the readerable gate', () => {
  it('reads a short news story whose paragraphs are all under 140 characters (Readability alone refuses it)', () => {
    const url = 'https://www.example.org/news/uk-england-ashby-cross-floods';
    expect(isProbablyReaderable(loadFixture(SHORT_NEWS, url))).toBe(false);
    const result = extractPage(loadFixture(SHORT_NEWS, url), url);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.page.paragraphs.join(' ')).toMatch(/People here have waited long enough/);
    expect(result.page.paragraphs.join(' ').length).toBeGreaterThan(2_000);
  });

  it('still refuses the sign-in page fixture', () => {
    expect(isReaderable(loadFixture(join(ROOT, 'tests/fixtures/not-an-article.html'), 'https://example.org/'))).toBe(false);
  });

  it('refuses every corpus page Readability’s own suite marks as not readerable', () => {
    const refused = readdirSync(CORPUS).filter((name) => {
      try {
        return JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')).readerable === false;
      } catch {
        return false;
      }
    });
    expect(refused.length).toBeGreaterThanOrEqual(5);
    for (const name of refused) expect([name, isReaderable(loadFixture(join(CORPUS, name, 'source.html'), 'https://example.org/'))]).toEqual([name, false]);
  }, 60_000);

  it('counts prose only: list items, menus, footers, furniture classes and hidden blocks are not an article', () => {
    expect(isReaderable(htmlDoc(paragraphs(Array(8).fill(SENTENCE))))).toBe(true);
    expect(isReaderable(htmlDoc(`<ul>${paragraphs(Array(8).fill(SENTENCE), (p) => `<li><p>${p}</p></li>`)}</ul>`))).toBe(false);
    expect(isReaderable(htmlDoc(paragraphs(Array(8).fill(SENTENCE), (p) => `<footer><p>${p}</p></footer>`)))).toBe(false);
    expect(isReaderable(htmlDoc(paragraphs(Array(8).fill(SENTENCE), (p) => `<div class="sidebar"><p>${p}</p></div>`)))).toBe(false);
    expect(isReaderable(htmlDoc(paragraphs(Array(8).fill(SENTENCE), (p) => `<div hidden><p>${p}</p></div>`)))).toBe(false);
  });

  it('needs whole sentences and enough of them: teasers without a full stop, or too few paragraphs, are refused', () => {
    const teaser = 'Council says work on the flood defences will start in May next year, and the high street will stay open';
    expect(isReaderable(htmlDoc(paragraphs(Array(10).fill(teaser))))).toBe(false);
    expect(isReaderable(htmlDoc(paragraphs(Array(4).fill(SENTENCE))))).toBe(false);
  });
});
