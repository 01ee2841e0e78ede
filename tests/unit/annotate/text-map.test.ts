import { describe, expect, it } from 'vitest';
import { buildTextMap, rangesForSpans } from '@/lib/annotate/text-map';
import { extractPage } from '@/lib/extract/extract-page';
import { readFileSync } from 'node:fs';
import { SEED_FIXTURE, SEED_URL } from '../helpers';

/**
 * Loads markup into the test window's own document: happy-dom's Range does not work on DOMParser documents,
 * and the live page is a window document anyway.
 */
function htmlDoc(html: string): Document {
  // eslint-disable-next-line no-unsanitized/property -- markup written by the test itself, not page data
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  return document;
}

describe('buildTextMap', () => {
  it('collapses whitespace across nodes and skips scripts and styles', () => {
    const doc = htmlDoc('<body><p>  Hello\n  <b>big</b>&nbsp; world </p><script>var x = 1;</script><style>p{}</style></body>');
    expect(buildTextMap(doc.body).text.trim()).toBe('Hello big world');
  });
});

describe('rangesForSpans', () => {
  it('maps paragraph offsets to live text split by markup and entities', () => {
    const doc = htmlDoc('<body><nav>Menu</nav><p>The   <a href="#">Syrian&nbsp;Observatory</a> for <em>Human\nRights</em> said so.</p></body>');
    const paragraphs = ['The Syrian Observatory for Human Rights said so.'];
    const start = paragraphs[0]!.indexOf('Syrian');
    const end = paragraphs[0]!.indexOf(' said');
    const [range] = rangesForSpans(doc, buildTextMap(doc.body), paragraphs, [{ paragraph: 0, start, end }]);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('Syrian Observatory for Human Rights');
  });

  it('picks the occurrence inside the right paragraph when a sentence repeats', () => {
    const doc = htmlDoc('<body><p>He said no.</p><p>Later:</p><p>He said no.</p></body>');
    const paragraphs = ['He said no.', 'Later:', 'He said no.'];
    const [first, third] = rangesForSpans(doc, buildTextMap(doc.body), paragraphs, [
      { paragraph: 0, start: 0, end: 2 },
      { paragraph: 2, start: 0, end: 2 },
    ]);
    const paragraphsInDom = doc.querySelectorAll('p');
    expect(first?.startContainer.parentElement).toBe(paragraphsInDom[0]);
    expect(third?.startContainer.parentElement).toBe(paragraphsInDom[2]);
  });

  it('returns null for spans it cannot place, and for out-of-bounds offsets', () => {
    const doc = htmlDoc('<body><p>Only this.</p></body>');
    const ranges = rangesForSpans(doc, buildTextMap(doc.body), ['Something else entirely.', 'Only this.'], [
      { paragraph: 0, start: 0, end: 9 },
      { paragraph: 1, start: 5, end: 50 },
      { paragraph: 7, start: 0, end: 1 },
    ]);
    expect(ranges).toEqual([null, null, null]);
  });

  it('places every paragraph of the seed article in its live page', () => {
    const doc = htmlDoc(readFileSync(SEED_FIXTURE, 'utf8'));
    const result = extractPage(doc, SEED_URL);
    if (result.status !== 'ok') throw new Error(result.status);
    const { paragraphs } = result.page;
    const spans = paragraphs.map((p, paragraph) => ({ paragraph, start: 0, end: p.length }));
    const ranges = rangesForSpans(doc, buildTextMap(doc.body), paragraphs, spans);
    ranges.forEach((range, i) => expect(range?.toString().replace(/[\s\u00a0]+/g, ' ').trim()).toBe(paragraphs[i]));
  });
});
