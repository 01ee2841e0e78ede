import { describe, expect, it } from 'vitest';
import { importCred1 } from '@/lib/dataset/importers/cred-1';
import { importLocalNews } from '@/lib/dataset/importers/local-news';
import { importWikidataNewspapers, type WikidataItem } from '@/lib/dataset/importers/wikidata-newspapers';
import { normalizeHost, platformReason } from '@/lib/dataset/importers/directory-domains';

/** Synthetic rows in the exports' shapes; names and ids are test data. */
const item = (qid: string, label: string, websites: string[], extra: Partial<WikidataItem> = {}): WikidataItem => ({
  qid, label, websites, aliases: [], instanceOf: [{ id: 'Q11032', label: 'newspaper' }], ...extra,
});
const jsonl = (...items: WikidataItem[]) => items.map((i) => JSON.stringify(i)).join('\n');
const domainsOf = (records: { domains: string[] }[]) => records.flatMap((r) => r.domains).sort();

describe('normalizeHost', () => {
  it('lower-cases the host and strips www., the port and the path', () => {
    expect(normalizeHost('HTTP://WWW.Example-Times.COM:8080/news/')).toBe('example-times.com');
    expect(normalizeHost('example.org')).toBe('example.org');
    expect(normalizeHost('mailto:desk@example.org')).toBeNull();
    expect(normalizeHost('http://192.168.0.1/')).toBeNull();
  });

  it('names platforms, e-paper hosts and institutions’ own domains', () => {
    expect(platformReason('facebook.com')).toMatch(/platform/);
    expect(platformReason('issuu.com')).toMatch(/platform/);
    expect(platformReason('eu.pressreader.com')).toMatch(/platform/);
    expect(platformReason('epaper.example-times.com')).toMatch(/e-paper/);
    expect(platformReason('stateuniversity.edu')).toMatch(/institution/);
    expect(platformReason('example-times.com')).toBeNull();
  });
});

describe('importWikidataNewspapers', () => {
  it('skips dissolved titles', () => {
    const { records, dropped } = importWikidataNewspapers(
      jsonl(item('Q1', 'Old Gazette', ['http://oldgazette.example'], { dissolved: ['+1999-00-00T00:00:00Z'] }), item('Q2', 'New Gazette', ['http://newgazette.example'])),
    );
    expect(records.map((r) => r.ref)).toEqual(['Q2']);
    expect(dropped['dissolved title']).toBe(1);
  });

  it('drops a website given for several items (a group’s or printer’s site) and keeps the titles’ own', () => {
    const { records } = importWikidataNewspapers(
      jsonl(
        item('Q1', 'Valley Courier', ['https://www.printgroup.example/', 'https://valleycourier.example']),
        item('Q2', 'Hill Courier', ['https://printgroup.example']),
      ),
    );
    expect(domainsOf(records)).toEqual(['valleycourier.example']);
  });

  it('drops platforms, e-paper hosts, archives and pages on another site', () => {
    const { records } = importWikidataNewspapers(
      jsonl(
        item('Q1', 'Alpha Post', ['https://www.facebook.com/alphapost', 'https://issuu.com/alphapost']),
        item('Q2', 'Beta Post', ['https://epaper.betapost.example/']),
        item('Q3', 'Gamma Post', ['https://www.bignational.example/regional/gamma-post']),
        item('Q4', 'Delta Post', ['https://www.loc.gov/item/sn123/']),
      ),
    );
    expect(records).toEqual([]);
  });

  it('keeps a page of the title’s own site when the domain spells its name', () => {
    const { records } = importWikidataNewspapers(jsonl(item('Q1', 'Janatavarta', ['http://janatavarta.example/epaper/'])));
    expect(domainsOf(records)).toEqual(['janatavarta.example']);
  });

  it('drops the owner’s corporate site given as the title’s website', () => {
    const { records, dropped } = importWikidataNewspapers(
      jsonl(item('Q1', 'The Everton Herald', ['https://www.northwindpress.example/'], { ownedBy: [{ id: 'Q9', label: 'Northwind Press' }] })),
    );
    expect(records).toEqual([]);
    expect(dropped['website of the owner, not the title']).toBe(1);
  });

  it('shows no owner when the item lists several (past and present owners cannot be told apart)', () => {
    const owners = [{ id: 'Q5', label: 'Old Owner Co' }, { id: 'Q6', label: 'New Owner Co' }];
    const { records } = importWikidataNewspapers(jsonl(item('Q8', 'Harbour Daily', ['https://harbourdaily.example/'], { ownedBy: owners })));
    expect(records[0]?.owner).toBeNull();
  });

  it('maps facts to codes and keeps the item id for the citation', () => {
    const { records } = importWikidataNewspapers(
      jsonl(
        item('Q7', 'Nordlys Avis', ['http://WWW.Nordlys-Avis.example/'], {
          country: [{ id: 'Q20', label: 'Norway' }],
          languages: [{ id: 'Q9043', label: 'Norwegian Bokmål' }],
          ownedBy: [{ id: 'Q5', label: 'Polar Media' }],
        }),
      ),
    );
    expect(records).toEqual([
      expect.objectContaining({ name: 'Nordlys Avis', domains: ['nordlys-avis.example'], country: 'NO', languages: ['nb'], owner: 'Polar Media', origin: 'wikidata', ref: 'Q7' }),
    ]);
  });
});

const CSV_2023 = `name,state,city,medium,website,twitter,facebook,instagram,youtube,owner,phone,source,collection_date
KAAA,AR,Springdale ,TV station,www.kaaa8.example,,,,,Gray TV,,https://gray.tv/,2023-05-17
Springdale Ledger, AR,"Springdale, AR",Newspaper,https://springdaleledger.example/,,,,,,,usnpl.com,2023-05-17
Lake Times,MN,Lakeville,Newspaper,http://www.lakesgroup.example/lake-times,,,,,,,usnpl.com,2023-05-17
River Times,MN,Riverton,Newspaper,http://www.lakesgroup.example/river-times,,,,,,,usnpl.com,2023-05-17
Moved Weekly,OH,Dayton,Newspaper,https://movedweekly-new.example,,,,,,,usnpl.com,2023-05-17
`;
const CSV_2018 = `name,state,website,domain,twitter,youtube,facebook,owner,medium,source,collection_date
KAAA,AR,http://www.kaaa8.example/,kaaa8.example,,,,Raycom,TV station,stationindex,2018-08-02
Moved Weekly,OH,http://movedweekly.example/,movedweekly.example,,,,,Newspapers,usnpl.com,2018-08-02
KBBB,TX,http://kbbb.example/,kbbb.example,,,,Tribune,TV station,stationindex,2018-08-02
`;

describe('importLocalNews', () => {
  const { records } = importLocalNews(CSV_2023, CSV_2018);
  const byDomain = (domain: string) => records.find((r) => r.domains.includes(domain));

  it('prefers the 2023 row, and leaves out a 2018 address of an outlet that moved', () => {
    expect(byDomain('kaaa8.example')).toMatchObject({ origin: 'local-news-2023', owner: 'Gray TV', ownerSource: 'https://gray.tv/', kind: 'broadcaster' });
    expect(byDomain('movedweekly-new.example')?.origin).toBe('local-news-2023');
    expect(byDomain('movedweekly.example')).toBeUndefined();
  });

  it('keeps a 2018-only row without its five-year-old owner', () => {
    expect(byDomain('kbbb.example')).toMatchObject({ origin: 'local-news-2018', owner: null, place: 'Texas' });
  });

  it('drops a group’s site given for several outlets', () => {
    expect(byDomain('lakesgroup.example')).toBeUndefined();
  });

  it('writes the place once, even when the city carries its state code', () => {
    expect(byDomain('springdaleledger.example')?.place).toBe('Springdale, Arkansas');
  });
});

describe('importCred1', () => {
  it('keeps the domain and category only, never the iffy_* columns, and skips "reliable"', () => {
    const csv = `domain,category,credibility_score,sources,iffy_factual,iffy_bias,iffy_score,tranco_rank
WWW.Hoax-Daily.example,fake,0.1,2,VL,FN,0.1,
ok-news.example,reliable,0.9,1,H,C,0.9,
rumours.example,rumor,0.2,1,L,CP,0.2,5000
`;
    const { records } = importCred1(csv);
    expect(records).toEqual([
      { domain: 'hoax-daily.example', category: 'fake' },
      { domain: 'rumours.example', category: 'rumor' },
    ]);
  });
});
