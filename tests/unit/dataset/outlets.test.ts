import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutletSchema, type Outlet } from '@/lib/dataset/schema';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { hostAndPathOf } from '@/lib/match/url';
import { outletForUrl } from '@/lib/match/outlet';
import { loadDatasetIndexFromSources, readSourceFiles } from '../../../scripts/dataset-files';

/** Every outlet record in data/outlets/*.json, with the file it comes from. */
const records: { file: string; record: Outlet }[] = readSourceFiles()
  .files.filter((f) => f.type === 'outlets')
  .flatMap((f) => (Array.isArray(f.json) ? (f.json as Outlet[]).map((record) => ({ file: f.file, record })) : []));

describe('outlet records in data/outlets', () => {
  it('exist in number', () => {
    expect(records.length).toBeGreaterThanOrEqual(600);
  });

  it('all pass the schema', () => {
    const failures = records.flatMap(({ file, record }) => {
      const result = v.safeParse(OutletSchema, record);
      return result.success ? [] : [`${file} [${record.id}]: ${result.issues.map((i) => i.message).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('have unique ids', () => {
    const seen = new Map<string, string>();
    const dupes = records.filter(({ file, record }) => {
      const before = seen.get(record.id);
      seen.set(record.id, file);
      return before !== undefined;
    });
    expect(dupes.map((d) => d.record.id)).toEqual([]);
  });

  it('never let two outlets claim the same domain or domain/path', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { record } of records) {
      for (const domain of record.domains) {
        const { host, path } = hostAndPathOf(domain);
        const key = `${host}${path.toLowerCase()}`;
        const previous = owner.get(key);
        if (previous && previous !== record.id) clashes.push(`${key}: ${previous} and ${record.id}`);
        owner.set(key, record.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('each have at least one citation, a reviewed date and an http(s) source URL', () => {
    const bad = records.filter(
      ({ record }) =>
        record.sources.length < 1 ||
        !/^\d{4}-\d{2}-\d{2}$/.test(record.reviewed) ||
        record.sources.some((s) => !/^https?:\/\//.test(s.url) || !s.title.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(s.accessed)),
    );
    expect(bad.map((b) => b.record.id)).toEqual([]);
  });

  it('record a typology only with a State Media Matrix citation, and a reliability status only with its own source', () => {
    const bad = records.filter(
      ({ record }) =>
        (record.typology && !record.sources.some((s) => /state-media-profiles|statemediamonitor\.com/.test(s.url))) ||
        (record.reliability && !/^https?:\/\//.test(record.reliability.source.url)),
    );
    expect(bad.map((b) => b.record.id)).toEqual([]);
  });

  it('cover at least 40 countries', () => {
    expect(new Set(records.map((r) => r.record.country).filter(Boolean)).size).toBeGreaterThanOrEqual(40);
  });

  it('do not copy the matrix Notes column or the perennial-sources prose', () => {
    // Spot check: generated notes are our own template, which always names the matrix and a code.
    const generated = records.filter((r) => r.file.endsWith('state-media-matrix.json'));
    expect(generated.length).toBeGreaterThan(500);
    for (const { record } of generated) expect(record.note).toMatch(/^The State Media Matrix lists .+ with the code (SC|CaPu|CaPr|ISFM|ISF|ISM|IP) \(/);
  });
});

describe('spot checks', () => {
  const byId = (id: string) => records.find((r) => r.record.id === id)?.record;

  it('RFE/RL is ISFM and owns its language services', () => {
    expect(byId('rferl')).toMatchObject({ typology: 'ISFM', funding: 'state-funded-firewall' });
    expect(byId('rferl')?.domains).toEqual(expect.arrayContaining(['rferl.org', 'svoboda.org', 'currenttime.tv', 'krymr.com']));
  });

  it('TASS is one record, SC, with its Cyrillic alias', () => {
    const tass = byId('tass');
    expect(tass).toMatchObject({ typology: 'SC', country: 'RU', kind: 'wire' });
    expect(tass?.aliases).toContain('ТАСС');
    expect(records.filter((r) => r.record.domains.some((d) => d === 'tass.ru' || d === 'tass.com'))).toHaveLength(1);
  });

  it('BBC, NPR and TASS are hand-curated with the matrix typology, not duplicated in the generated file', () => {
    expect(byId('bbc')).toMatchObject({ typology: 'IP', funding: 'public-service' });
    expect(byId('npr')).toMatchObject({ typology: 'IP' });
    const generated = records.filter((r) => r.file.endsWith('state-media-matrix.json')).map((r) => r.record);
    expect(generated.filter((o) => o.domains.some((d) => ['bbc.co.uk', 'bbc.com', 'npr.org', 'tass.ru', 'rferl.org'].includes(d)))).toEqual([]);
  });
});

/**
 * URL -> outlet id (null: must not match). Run through outletForUrl with the real dataset compiled from data/.
 * Pages of the Readability corpus carry no URL of their own; the URLs below for those sites are their canonical
 * links from ../shared/corpus/readability-test-pages/NAME/source.html.
 */
const TRICKY_URLS: [string, string | null][] = [
  // plain hosts, www and subdomains
  ['https://www.rferl.org/a/russia-syria/27328465.html', 'rferl'],
  ['https://rferl.org/', 'rferl'],
  ['https://www.svoboda.org/a/1.html', 'rferl'],
  ['https://ru.krymr.com/a/news/1.html', 'rferl'],
  ['https://www.currenttime.tv/a/x.html', 'rferl'],
  ['https://edition.cnn.com/2024/01/01/world/x/index.html', 'cnn'],
  ['http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html', 'cnn'],
  ['https://www.bbc.com/news/world-europe-1', 'bbc'],
  ['https://www.bbc.co.uk/news/uk-1', 'bbc'],
  ['https://tass.ru/politika/1', 'tass'],
  ['https://tass.com/world/1', 'tass'],
  ['https://nauka.tass.ru/nauka/1', 'tass'],
  ['https://spanish.xinhuanet.com/x.htm', 'xinhua'],
  ['https://english.news.cn/20240101/x/c.html', 'xinhua'],
  ['https://learningenglish.voanews.com/a/x.html', 'voa'],
  ['https://noticias.uol.com.br/x.htm', 'uol'],
  ['https://balkans.aljazeera.net/news/x', 'al-jazeera-aljazeera-com'],
  // corpus pages (canonical links)
  ['https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml', 'folha-de-s-paulo'],
  ['https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings', 'the-guardian'],
  ['http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html', 'le-monde'],
  ['https://www.nytimes.com/es/', 'nytimes'],
  ['https://next.liberation.fr/culture/2017/11/24/screenshot-vape-wave-6-days-alphonse-president_1612047', 'liberation'],
  ['https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/', 'ars-technica'],
  ['http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/', 'breitbart-news'],
  ['https://www.seattletimes.com/business/amazon/alaskan-halibut/', 'seattle-times'],
  ['https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions', 'the-verge'],
  ['https://www.vox.com/2017-in-review/2017/12/15/16751138/best-movies-2017-streaming-how-to-watch', 'vox'],
  ['https://www.lanacion.com.ar/opinion/una-solucion-no-violenta-para-la-cuestion-mapuche-nid1', 'la-nacion-ar'],
  // AMP: amp. subdomains and the Google AMP cache
  ['https://amp.cnn.com/cnn/2024/01/01/world/x', 'cnn'],
  ['https://amp.theguardian.com/world/2024/jan/01/x', 'the-guardian'],
  ['https://www-rferl-org.cdn.ampproject.org/c/s/www.rferl.org/amp/27328465.html', 'rferl'],
  ['https://www-rferl-org.cdn.ampproject.org/v/s/www.rferl.org/amp/x', 'rferl'],
  ['https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/x.amp', 'bbc'],
  ['https://cdn.ampproject.org/c/s/www.theguardian.com/x', 'the-guardian'],
  ['https://www-bbc-co-uk.cdn.ampproject.org/', null],
  // mobile and numbered hosts
  ['https://m.bbc.com/news/x', 'bbc'],
  ['https://m.bbc.co.uk/news/x', 'bbc'],
  ['https://mobile.nytimes.com/2016/07/30/business/x.html', 'nytimes'],
  ['https://www1.folha.uol.com.br/mundo/x.shtml', 'folha-de-s-paulo'],
  // path-scoped outlets, segment boundaries and case
  ['https://www.sb.by/respublika/articles/x', 'respublika-sb-by-respublika'],
  ['https://www.sb.by/ng/articles/x', 'narodnya-gazeta-sb-by-ng'],
  ['https://www.sb.by/NG/x', 'narodnya-gazeta-sb-by-ng'],
  ['https://www.sb.by/respublikanskiy/x', 'sovetskaya-belorussiya-belarus-segodnya-sb-by'],
  ['https://prasarbharati.gov.in/doordarshan/news', 'doordarshan-prasarbharati-gov-in-doordarshan'],
  ['https://prasarbharati.gov.in/', null],
  ['https://www.cnnturk.com/radyo/canli', 'cnn-turk-radio-cnnturk-com-radyo'],
  ['https://www.cnnturk.com/RADYO/x', 'cnn-turk-radio-cnnturk-com-radyo'],
  ['https://www.cnnturk.com/dunya/x', 'cnn-turk-cnnturk-com'],
  ['https://tv.mewatch.sg/en/suria/x', 'suria-tv-mewatch-sg-en-suria'],
  ['https://tv.mewatch.sg/en/other', null],
  // language editions that are separate outlets
  ['https://www.rt.com/news/1-x/', 'rt-international-rt-com'],
  ['https://de.rt.com/international/1-x/', 'rt-deutsch-de-rt-com'],
  ['https://actualidad.rt.com/noticias/1-x', 'rt-espanol-actualidad-rt-com'],
  // uppercase hosts, trailing dots, ports, userinfo, queries
  ['https://BBC.CO.UK/news', 'bbc'],
  ['HTTPS://WWW.RFERL.ORG/A/X.HTML', 'rferl'],
  ['https://www.bbc.co.uk./news', 'bbc'],
  ['https://rferl.org.:443/', 'rferl'],
  ['http://www.bbc.co.uk:8080/news', 'bbc'],
  ['https://www.cnn.com.', 'cnn'],
  ['https://nytimes.com@evil.example/', null],
  ['https://evil.example/?u=https://www.bbc.co.uk/news', null],
  ['https://evil.example/www.bbc.co.uk/news', null],
  ['https://www.bbc.co.uk/news?ref=https://rt.com', 'bbc'],
  // look-alikes that must NOT match
  ['https://www.deviantart.com/', null],
  ['https://art.com/', null],
  ['https://rt.com.evil.example/news', null],
  ['https://notbbc.com/', null],
  ['https://bbc.co.uk.evil.example/', null],
  ['https://www.reuters.com.evil.example/', null],
  ['https://edition.cnn.com.evil.example/', null],
  ['https://theguardian.com.au/', null],
  ['https://www.times.co.uk/', null],
  ['https://reuters.co/', null],
  ['https://indiatimes.com/', null],
  ['https://gshow.globo.com/', null],
  ['https://go.com/', null],
  // IDNs and homographs (Cyrillic "с" and "е")
  ['https://bbс.co.uk/', null],
  ['https://www.rfеrl.org/', null],
  ['https://xn--80aswg.xn--p1ai/', null],
  ['https://тасс.рф/', null],
  // not web pages
  ['http://192.168.0.1/', null],
  ['http://[::1]/', null],
  ['https://localhost/', null],
  ['ftp://bbc.co.uk/', null],
  ['about:blank', null],
  ['not a url', null],
  ['https://cnn.com:99999/', null],
  // sibling subdomains of one registrable domain stay apart
  ['https://timesofindia.indiatimes.com/india/x.cms', 'times-of-india'],
  ['https://economictimes.indiatimes.com/news/x.cms', 'economic-times'],
  ['https://oglobo.globo.com/mundo/x', 'o-globo'],
  ['https://g1.globo.com/politica/noticia/x.ghtml', 'g1'],
  ['https://abcnews.go.com/US/x', 'abc-news-us'],
  ['https://polygraph.info/a/fact-check/1.html', 'polygraph-info'],
  ['https://www.reuters.com/world/europe/x/', 'reuters'],
  ['https://apnews.com/article/x', 'associated-press'],
];

describe('outletForUrl on the real dataset', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it('has a table of at least 60 tricky URLs', () => {
    expect(TRICKY_URLS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TRICKY_URLS)('%s -> %s', (url, expected) => {
    expect(outletForUrl(url, index)?.outlet.id ?? null).toBe(expected);
  });

  it('reports the domain that matched (edition.cnn.com, path-scoped prefixes)', () => {
    expect(outletForUrl('https://edition.cnn.com/x', index)?.domain).toBe('edition.cnn.com');
    expect(outletForUrl('https://www.sb.by/respublika/x', index)?.domain).toBe('sb.by/respublika');
    expect(outletForUrl('https://www.rferl.org/a/x', index)?.domain).toBe('rferl.org');
  });
});
