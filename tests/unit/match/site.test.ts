import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { describeSite } from '@/lib/match/site';
import { matchOutlet } from '@/lib/match/outlet';
import type { ExtractedPage } from '@/lib/model/page';
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { testIndex, testOutlet } from '../dataset-fixture';

const index = testIndex([
  testOutlet('bbc', ['bbc.co.uk', 'bbc.com'], { name: 'BBC', aliases: ['BBC News'], kind: 'broadcaster' }),
  testOutlet('the-times', ['thetimes.co.uk'], { name: 'The Times' }),
  testOutlet('spiegel', ['spiegel.de'], { name: 'Der Spiegel' }),
  testOutlet('nytimes', ['nytimes.com'], { name: 'The New York Times' }),
  testOutlet('msn', ['msn.com'], { name: 'MSN', kind: 'aggregator' }),
  testOutlet('associated-press', ['apnews.com', 'ap.org'], { name: 'Associated Press', aliases: ['AP', 'The Associated Press'], kind: 'wire' }),
  testOutlet('reuters', ['reuters.com'], { name: 'Reuters', kind: 'wire' }),
  testOutlet('map', ['map.ma'], { name: 'MAP', kind: 'wire' }),
  testOutlet('cna-tw', ['cna.com.tw'], { name: 'CNA', kind: 'wire' }),
  testOutlet('cna-cy', ['cna.org.cy'], { name: 'CNA', kind: 'wire' }),
]);

type PageBits = Partial<Pick<ExtractedPage, 'canonicalUrl' | 'siteName' | 'publisher' | 'byline' | 'paragraphs'>>;
function site(url: string, bits: PageBits = {}, within: DatasetIndex = index) {
  const page = { url, canonicalUrl: null, siteName: null, publisher: null, byline: null, paragraphs: [], ...bits };
  const outlet = matchOutlet(url, within);
  return { outlet: outlet?.summary.id ?? null, ...describeSite(page, outlet?.outlet ?? null, within) };
}
const publisher = (name: string) => ({ name, url: null });

describe('impersonation: a page naming an outlet whose domains it is not on', () => {
  it('warns for a look-alike host that names BBC, and gives no BBC card', () => {
    const result = site('https://bbc.co.uk.news-today.example/news/world-1', { siteName: 'BBC News' });
    expect(result).toMatchObject({
      outlet: null,
      host: 'bbc.co.uk.news-today.example',
      registrableDomain: 'news-today.example',
      impersonates: { id: 'bbc', name: 'BBC', domains: ['bbc.co.uk', 'bbc.com'], claimedAs: 'BBC News' },
      syndicatedFrom: null,
    });
  });

  it('warns for a site calling itself by a distinctive outlet name on any host, and for any claim on a dressed host', () => {
    expect(site('https://news-today.example/a', { siteName: 'BBC News' }).impersonates?.id).toBe('bbc');
    expect(site('https://spiegel.ltd/politik/a', { siteName: 'DER SPIEGEL' }).impersonates?.id).toBe('spiegel');
    expect(site('https://bbc.co.uk.news-today.example/a', { publisher: publisher('BBC News') }).impersonates?.id).toBe('bbc');
  });

  it('reads a JSON-LD publisher on a plain host as a credit, the way syndication sites name their partners', () => {
    const partner = site('https://www.partner-portal.example/en-us/news/world/x', { siteName: 'Partner Portal', publisher: publisher('BBC News') });
    expect(partner).toMatchObject({ outlet: null, impersonates: null, syndicatedFrom: 'BBC', claimedName: 'Partner Portal' });
  });

  it('warns for a look-alike host whose canonical link points at the outlet, with no name at all', () => {
    const result = site('https://bbc-news.example/a', { canonicalUrl: 'https://www.bbc.co.uk/news/a' });
    expect(result.impersonates).toMatchObject({ id: 'bbc', claimedAs: 'BBC' });
  });

  it('warns for a generic name only on a host dressed in that outlet’s domain', () => {
    expect(site('https://www.shreveporttimes.com/story/a', { siteName: 'The Times' }).impersonates).toBeNull();
    expect(site('https://thetimes.co.uk.example.net/article/a', { siteName: 'The Times' }).impersonates?.id).toBe('the-times');
  });

  it('does not fire on the outlet’s own hosts: another own domain in the canonical, a subdomain, an AMP cache', () => {
    expect(site('https://www.bbc.com/news/a', { siteName: 'BBC News', canonicalUrl: 'https://www.bbc.co.uk/news/a' })).toMatchObject({ outlet: 'bbc', impersonates: null, syndicatedFrom: null });
    expect(site('https://news.bbc.co.uk/1/hi/a.stm', { siteName: 'BBC News' })).toMatchObject({ outlet: 'bbc', impersonates: null });
    expect(site('https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp', { siteName: 'BBC News' })).toMatchObject({ outlet: 'bbc', impersonates: null });
  });

  it('does not fire on names that identify no one: ambiguous, short names written otherwise, names in no record', () => {
    expect(site('https://example.org/a', { siteName: 'CNA' }).impersonates).toBeNull();
    expect(site('https://maps.example.org/a', { siteName: 'Map' }).impersonates).toBeNull();
    expect(site('https://example.org/a', { siteName: 'BBC Newsround Fan Club' }).impersonates).toBeNull();
  });
});

describe('syndication: a wire copy gets the host’s card (or none), never the wire’s', () => {
  it('the Hearst/AP shape: AP in the byline and publisher metadata of an unknown paper', () => {
    const result = site('https://www.expressnews.com/news/article/x-19000000.php', {
      siteName: 'San Antonio Express-News',
      publisher: publisher('Associated Press'),
      byline: 'By JIM VERTUNO, Associated Press',
    });
    expect(result).toMatchObject({ outlet: null, impersonates: null, syndicatedFrom: 'Associated Press', claimedName: 'San Antonio Express-News', registrableDomain: 'expressnews.com' });
  });

  it('a wire in the byline or an opening dateline, with a junk site name', () => {
    const byline = site('https://www.timesunion.com/news/article/x.php', { siteName: 'Times Union', byline: 'The Associated Press' });
    expect(byline).toMatchObject({ outlet: null, syndicatedFrom: 'Associated Press', claimedName: 'Times Union' });
    const dateline = site('https://www.nj.com/politics/a.html', { siteName: 'nj', paragraphs: ['WASHINGTON (AP) — The Senate voted on Tuesday.'] });
    expect(dateline).toMatchObject({ outlet: null, syndicatedFrom: 'Associated Press', claimedName: null, registrableDomain: 'nj.com' });
  });

  it('a wire copy on a known newspaper keeps the newspaper’s card', () => {
    const result = site('https://www.nytimes.com/aponline/2026/x.html', { publisher: publisher('The Associated Press'), byline: 'By Reuters' });
    expect(result).toMatchObject({ outlet: 'nytimes', syndicatedFrom: 'Associated Press', impersonates: null });
  });

  it('a wire name on a host dressed in the wire’s domain is impersonation, not syndication', () => {
    const result = site('https://apnews.com.breaking.example/article/x', { publisher: publisher('Associated Press') });
    expect(result).toMatchObject({ impersonates: { id: 'associated-press' }, syndicatedFrom: null });
  });

  it('an aggregator carries the story of the outlet its canonical link names; a plain host republishes it', () => {
    expect(site('https://www.msn.com/en-us/news/x', { canonicalUrl: 'https://www.bbc.co.uk/news/a' })).toMatchObject({ outlet: 'msn', syndicatedFrom: 'BBC' });
    expect(site('https://www.msn.com/en-us/news/x', { siteName: 'Reuters' })).toMatchObject({ outlet: 'msn', syndicatedFrom: 'Reuters' });
    expect(site('https://localpaper.example/a', { canonicalUrl: 'https://www.bbc.co.uk/news/a' })).toMatchObject({ impersonates: null, syndicatedFrom: 'BBC' });
  });

  it('the outlet’s own page is not syndicated from itself', () => {
    expect(site('https://apnews.com/article/x', { publisher: publisher('Associated Press'), byline: 'By JIM VERTUNO, Associated Press' })).toMatchObject({ outlet: 'associated-press', syndicatedFrom: null });
  });
});

describe('fallbacks: the address always, a page’s own name only when it says something', () => {
  it.each([
    ['nj', null],
    ['oregonlive', null],
    ['Experience', null],
    ['U.S.', null],
    ['Times Union', 'Times Union'],
  ])('site name %s -> %s', (siteName, expected) => {
    const result = site('https://www.oregonlive.com/politics/2026/a.html', { siteName });
    expect(result).toMatchObject({ claimedName: expected, registrableDomain: 'oregonlive.com', host: 'www.oregonlive.com' });
  });

  it('falls back from a junk og:site_name to the JSON-LD publisher', () => {
    expect(site('https://www.oregonlive.com/a.html', { siteName: 'oregonlive', publisher: publisher('The Oregonian') }).claimedName).toBe('The Oregonian');
  });

  it('has no registrable domain for an IP address, and keeps the host', () => {
    expect(site('http://127.0.0.1:8080/a.html', { siteName: 'Local Gazette Online' })).toMatchObject({ host: '127.0.0.1', registrableDomain: null, claimedName: 'Local Gazette Online' });
  });
});

describe('on the real dataset', () => {
  let real: DatasetIndex;
  beforeAll(async () => {
    real = await loadDatasetIndexFromSources();
  });

  it('the issue’s look-alike BBC page: warning, no card', () => {
    const result = site('https://bbc.co.uk.news-today.example/news/world-europe-1', { siteName: 'BBC News', canonicalUrl: 'https://www.bbc.co.uk/news/world-europe-1' }, real);
    expect(result).toMatchObject({ outlet: null, impersonates: { id: 'bbc' } });
  });

  it('the issue’s Hearst papers: their own card (now curated), AP as the origin, never AP’s card', () => {
    const papers: [string, string][] = [
      ['https://www.expressnews.com/news/article/x.php', 'san-antonio-express-news'],
      ['https://www.timesunion.com/news/article/x.php', 'times-union-albany'],
    ];
    for (const [url, own] of papers) {
      const result = site(url, { publisher: publisher('Associated Press'), byline: 'By MICHAEL CASEY Associated Press' }, real);
      expect(result).toMatchObject({ outlet: own, impersonates: null, syndicatedFrom: 'Associated Press' });
    }
  });

  it('the whole pipeline carries the site next to the outlet', () => {
    const page: ExtractedPage = {
      url: 'https://bbc.co.uk.news-today.example/news/1', canonicalUrl: null, title: 'T', byline: null, siteName: 'BBC News', lang: 'en',
      publishedTime: null, publisher: null, paragraphs: ['A paragraph.'], wordCount: 2, readerable: true, claimReviews: [],
    };
    const analysis = analyze(page, real);
    expect(analysis.outlet).toBeNull();
    expect(analysis.site.impersonates?.id).toBe('bbc');
  });
});
