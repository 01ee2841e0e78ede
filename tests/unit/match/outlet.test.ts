import { describe, expect, it } from 'vitest';
import { matchOutlet, outletForUrl } from '@/lib/match/outlet';
import { candidateHosts, locatePage } from '@/lib/match/url';
import { testIndex, testOutlet } from '../dataset-fixture';

const index = testIndex([
  testOutlet('rt', ['rt.com']),
  testOutlet('cnn', ['cnn.com']),
  testOutlet('cnn-edition', ['edition.cnn.com'], { name: 'CNN International' }),
  testOutlet('voa', ['voanews.com']),
  testOutlet('polygraph', ['voanews.com/polygraph']),
  testOutlet('bbc', ['bbc.co.uk', 'bbc.com'], { aliases: ['BBC News'] }),
]);

const idFor = (url: string) => outletForUrl(url, index)?.outlet.id ?? null;

describe('outletForUrl', () => {
  it.each([
    ['https://www.rt.com/news/1', 'rt'],
    ['https://deviantart.com/art/1', null],
    ['https://rt.com.evil.example/x', null],
    ['https://edition.cnn.com/2024/x', 'cnn-edition'],
    ['https://www.cnn.com/2024/x', 'cnn'],
    ['https://www1.cnn.com/x', 'cnn'],
    ['https://amp.cnn.com/x', 'cnn'],
    ['https://www.voanews.com/polygraph/fact-check-1', 'polygraph'],
    ['https://www.voanews.com/polygraphs', 'voa'],
    ['https://www.voanews.com/a/story', 'voa'],
    ['https://WWW.BBC.CO.UK./news', 'bbc'],
    ['https://www.bbc.com:8443/news', 'bbc'],
    ['https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp', 'bbc'],
    ['https://www.google.com/amp/s/www.bbc.co.uk/news/amp', 'bbc'],
    ['https://www-bbc-co-uk.cdn.ampproject.org/c/s/evil.example@www.bbc.co.uk/x', null],
    ['https://www.google.com/search?q=bbc', null],
    ['https://co.uk/', null],
    ['http://127.0.0.1:8080/a', null],
    ['chrome://settings', null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(idFor(url)).toBe(expected);
  });

  it('never climbs above the registrable domain', () => {
    const location = locatePage('https://a.b.news.example.co.uk/x');
    expect(location && candidateHosts(location)).toEqual(['a.b.news.example.co.uk', 'b.news.example.co.uk', 'news.example.co.uk', 'example.co.uk']);
  });
});

describe('matchOutlet', () => {
  it('matches by the page’s address and reports the domain that matched', () => {
    expect(matchOutlet('https://www.rt.com/a', index)?.summary).toMatchObject({ id: 'rt', matchedBy: 'domain', domain: 'rt.com' });
  });

  it('never takes an outlet from a name or canonical link in the page: an unknown address has no outlet', () => {
    // The page's metadata is not an argument at all: lib/match/site.ts weighs it apart from the card.
    expect(matchOutlet('https://mirror.example.net/a', index)).toBeNull();
    expect(matchOutlet('https://bbc.co.uk.news-today.example/news/1', index)).toBeNull();
  });
});
