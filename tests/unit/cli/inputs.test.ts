import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteOfAddress } from '../../../lib/match/site';
import { listInputs } from '../../../scripts/cli/inputs';
import { formatReport } from '../../../scripts/report';

describe('CLI inputs', () => {
  it('expands folders to their .html/.htm pages in sorted order, keeps files and missing paths as given', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelight-inputs-'));
    mkdirSync(join(folder, 'z'));
    for (const name of ['b.HTML', 'a.htm', 'notes.txt', 'z/c.html']) writeFileSync(join(folder, name), '');
    const list = join(folder, 'list.txt');
    writeFileSync(list, ' /x/listed.html \r\n\n');
    expect(listInputs(['/x/missing.html', folder], list)).toEqual([
      '/x/missing.html',
      join(folder, 'a.htm'),
      join(folder, 'b.HTML'),
      join(folder, 'z', 'c.html'),
      '/x/listed.html',
    ]);
  });
});

describe('CLI report', () => {
  it('says why a page was skipped', () => {
    const analysis = {
      url: 'https://example.org/a',
      article: { title: '', byline: null, siteName: null, lang: null, publishedTime: null, wordCount: 0, readerable: false },
      outlet: null,
      site: siteOfAddress('https://example.org/a'),
      attributions: [],
      profile: { byKind: {}, quotedShare: [], anonymousShare: 0, sides: [] },
      claims: [],
      pageClaimReviews: [],
      datasetVersion: 'test',
    };
    expect(formatReport('a.html', 'too-large', analysis, 'page took longer than 5 s to read')).toContain('Skipped: too-large (page took longer than 5 s to read).');
    expect(formatReport('a.html', 'not-article', analysis)).toContain('Not an article.');
  });
});
