import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { visibleByAttributes } from '@/lib/extract/visibility';
import { CORPUS_DIR, readCorpus } from '../../../scripts/fuzz';
import { openHtml } from '../../../scripts/node-dom';
import { htmlDoc } from '../helpers';

const element = (html: string) => htmlDoc(`<html><body>${html}</body></html>`).body.firstElementChild!;

describe('visibleByAttributes (the readerable test without building style declarations)', () => {
  it.each([
    ['<p>shown</p>', true],
    ['<p style="color: red">shown</p>', true],
    ['<p style="display:none">gone</p>', false],
    ['<p style="color: red; DISPLAY : None !important;">gone</p>', false],
    ['<p style="display: nonesuch">shown</p>', true],
    ['<p hidden>gone</p>', false],
    ['<p aria-hidden="false">gone (as Readability reads it)</p>', false],
    ['<p aria-hidden="true">shown (as Readability reads it)</p>', true],
    ['<p aria-hidden="false" class="fallback-image">shown</p>', true],
  ])('%s → %s', (html, visible) => {
    expect(visibleByAttributes(element(html))).toBe(visible);
  });

  it('gives the same readerable answer as Readability’s own test on every corpus page', async () => {
    const pages = readCorpus(CORPUS_DIR);
    expect(pages.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const { name, html } of pages) {
      const opened = openHtml(html, `https://corpus.invalid/${name}/`);
      if (isProbablyReaderable(opened.document) !== isProbablyReaderable(opened.document, { visibilityChecker: visibleByAttributes })) differ.push(name);
      await opened.close();
    }
    expect(differ).toEqual([]);
  }, 120_000);
});
