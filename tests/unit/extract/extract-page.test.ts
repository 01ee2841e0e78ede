import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract/extract-page';
import { LIMITS } from '@/lib/model/limits';
import { htmlDoc, loadFixture, SEED_FIXTURE, SEED_URL } from '../helpers';

describe('extractPage on the seed article', () => {
  const result = extractPage(loadFixture(SEED_FIXTURE, SEED_URL), SEED_URL);

  it('extracts the article and its metadata', () => {
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const { page } = result;
    expect(page.title).toBe('Russia Demands That Envoys Document Syrian Civilian Deaths');
    expect(page.canonicalUrl).toBe(SEED_URL);
    expect(page.lang).toBe('en');
    expect(page.publishedTime).toBe('2015-10-27T14:58:46+00:00');
    expect(page.publisher).toEqual({ name: 'RFE/RL', url: 'https://www.rferl.org/' });
    expect(page.siteName).toBe('RadioFreeEurope/RadioLiberty');
  });

  it('keeps the body paragraphs and the credit line, and drops site chrome', () => {
    if (result.status !== 'ok') throw new Error(result.status);
    const { paragraphs } = result.page;
    expect(paragraphs[0]).toMatch(/^Russia is demanding that foreign embassies/);
    expect(paragraphs).toContain('With reporting by AFP, Interfax, and TASS');
    expect(paragraphs.some((p) => p.includes('at least 446 people'))).toBe(true);
    expect(paragraphs.join(' ')).not.toMatch(/undesirable organization|Skip to main content/);
    expect(result.page.wordCount).toBeGreaterThan(300);
  });
});

describe('extractPage on pages that are not articles', () => {
  it('says "not an article" for a short landing page', () => {
    const doc = htmlDoc('<html><head><title>Sign in</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>');
    expect(extractPage(doc, 'https://example.org/login')).toEqual({ status: 'not-article', url: 'https://example.org/login', title: 'Sign in' });
  });

  it('refuses a page with too many elements before parsing it', () => {
    const doc = htmlDoc(`<html><body>${'<i></i>'.repeat(LIMITS.maxElements + 10)}</body></html>`);
    const result = extractPage(doc, 'https://example.org/huge');
    expect(result.status).toBe('too-large');
  }, 30_000);

  it('counts page text without inline scripts and styles', () => {
    const article = readFileSync(SEED_FIXTURE, 'utf8');
    const bulk = 'x'.repeat(LIMITS.maxPageChars / 2 + 1);
    const padded = article.replace('</body>', `<script>var a = "${bulk}";</script><style>/* ${bulk} */</style></body>`);
    const result = extractPage(htmlDoc(padded, SEED_URL), SEED_URL);
    expect(result.status).toBe('ok');

    const wordy = article.replace('</body>', `<p>${'word '.repeat(LIMITS.maxPageChars / 5 + 1)}</p></body>`);
    const refused = extractPage(htmlDoc(wordy, SEED_URL), SEED_URL);
    expect(refused.status === 'too-large' && refused.reason).toMatch(/characters of text/);
  }, 30_000);

  it('never throws when the document is broken', () => {
    const broken = { getElementsByTagName: () => { throw new Error('boom'); } } as unknown as Document;
    expect(extractPage(broken, 'https://example.org/').status).toBe('failed');
  });
});
