import { beforeAll, describe, expect, it } from 'vitest';
import type { Outlet } from '@/lib/dataset/schema';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { hostAndPathOf } from '@/lib/match/url';
import { outletForUrl } from '@/lib/match/outlet';
import { loadDatasetIndexFromSources, readSourceFiles } from '../../../scripts/dataset-files';

/** The hand-curated Asia-Pacific, Middle East and Africa records (data/outlets/curated-{region}.json). */
const REGION_FILES = ['curated-asia-pacific.json', 'curated-middle-east.json', 'curated-africa.json'];
const records: Outlet[] = readSourceFiles()
  .files.filter((f) => REGION_FILES.some((name) => f.file.endsWith(name)))
  .flatMap((f) => f.json as Outlet[]);

describe('curated regional outlets', () => {
  it('are all loaded, in number', () => {
    expect(records.length).toBeGreaterThanOrEqual(600);
  });

  it('cite the outlet itself first: the first citation is on one of its own domains', () => {
    const bad = records.filter((o) => {
      const { host } = hostAndPathOf(o.sources[0]!.url.replace(/^https?:\/\//, ''));
      return !o.domains.some((d) => {
        const own = hostAndPathOf(d).host;
        return host === own || host.endsWith(`.${own}`) || own.endsWith(`.${host}`);
      });
    });
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it('never reuse one note for two outlets', () => {
    const seen = new Map<string, string>();
    const repeats = records.filter((o) => {
      const before = seen.get(o.note);
      seen.set(o.note, o.id);
      return before !== undefined;
    });
    expect(repeats.map((o) => o.id)).toEqual([]);
  });

  it('give an owner whenever the funding is party-controlled', () => {
    expect(records.filter((o) => o.funding === 'party-controlled' && !o.owner).map((o) => o.id)).toEqual([]);
  });
});

/** Pages readers meet in these regions -> the card they must get (null: no card). */
const REGIONAL_URLS: [string, string | null][] = [
  ['https://www.deccanherald.com/india/karnataka/bengaluru/some-story-1234', 'deccan-herald'],
  ['https://www.ndtv.com/india-news/some-story-1234', 'ndtv'],
  ['https://zeenews.india.com/india/some-story-1234', 'zee-news'],
  ['https://frontline.thehindu.com/politics/some-story/article1.ece', 'frontline'],
  ['https://www.thehindu.com/news/national/some-story/article1.ece', 'the-hindu'],
  ['https://www.geo.tv/latest/123456-some-story', 'geo-news'],
  ['https://www.prothomalo.com/bangladesh/abc', 'prothom-alo'],
  ['https://www3.nhk.or.jp/news/html/20261207/k1.html', 'nhk-www3-nhk-or-jp'],
  ['https://news.abs-cbn.com/news/12/07/26/some-story', 'abs-cbn-news'],
  ['https://www.ynetnews.com/article/abc123', 'ynet'],
  ['https://www.premiumtimesng.com/news/headlines/123-some-story.html', 'premium-times'],
  ['https://www.dailymaverick.co.za/article/2026-12-07-some-story/', 'daily-maverick'],
  ['https://www.hespress.com/some-story-123.html', 'hespress'],
  ['https://www.nzherald.co.nz/nz/some-story/ABC/', 'nz-herald'],
  // look-alikes of curated regional outlets get no card
  ['https://deccanherald.com.news-today.example/india/x', null],
  ['https://www.ndtv-news.example/india-news/x', null],
];

describe('outletForUrl on regional outlets', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it.each(REGIONAL_URLS)('%s -> %s', (url, expected) => {
    expect(outletForUrl(url, index)?.outlet.id ?? null).toBe(expected);
  });
});
