import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/dataset/importers/csv';
import {
  countryCode,
  domainFromUrl,
  importStateMediaMatrix,
  minimalDomains,
  parseTypology,
  readMatrixRows,
  rowsWithOneOwnerPerDomain,
} from '@/lib/dataset/importers/state-media-matrix';
import { MATRIX_DOMAIN_OWNERS } from '@/lib/dataset/importers/state-media-matrix-owners';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outlet } from '@/lib/dataset/schema';
import { ROOT } from '../helpers';
import { OutletSchema } from '@/lib/dataset/schema';

const HEADER =
  'Region,Country,Media company,Main assets,URL,Typology,Status,Notes,Instagram Link,Twitter Link,Facebook Link,Youtube Link,Telegram Link,VK Link,Linkedin link,Ok.ru link,Tiktok Link,Rutube Link,streaming media URL';
const OPTIONS = { reviewed: '2026-11-25', accessed: '2026-11-25' };

/** Builds a CSV in the matrix's shape from [region, country, company, asset, url, typology, status?, notes?] rows. */
function csv(...rows: string[][]): string {
  const quote = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return [HEADER, ...rows.map((r) => [...r, ...Array(19 - r.length).fill('')].map(quote).join(','))].join('\n');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, CRLF and a BOM', () => {
    const { records, errors } = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\nlast,,\n');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['last', '', ''],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reports an unclosed quote with the line it opened on, without throwing', () => {
    const { records, errors } = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(records).toHaveLength(1);
    expect(errors).toEqual([expect.stringMatching(/^line 2: a quoted field is never closed/)]);
  });

  it('keeps text after a closing quote but says so', () => {
    const { records, errors } = parseCsv('"abc"def,x');
    expect(records[0]?.fields).toEqual(['abcdef', 'x']);
    expect(errors[0]).toMatch(/line 1: text after a closing quote in field 1/);
  });

  it('stops at maxRecords', () => {
    const { records, errors } = parseCsv('1\n2\n3\n4\n', { maxRecords: 2 });
    expect(records).toHaveLength(2);
    expect(errors[0]).toMatch(/more than 2 records/);
  });

  it('skips blank lines and accepts an empty file', () => {
    expect(parseCsv('a\n\n\nb').records.map((r) => r.fields)).toEqual([['a'], ['b']]);
    expect(parseCsv('')).toEqual({ records: [], errors: [] });
  });
});

describe('field mapping', () => {
  it('maps country names the matrix uses to ISO codes', () => {
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('United States of America')).toBe('US');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode("Côte d'Ivoire")).toBe('CI');
    expect(countryCode('DR Congo')).toBe('CD');
    expect(countryCode('Congo')).toBe('CG');
    expect(countryCode('Palestine territories')).toBe('PS');
    expect(countryCode('UAE')).toBe('AE');
    expect(countryCode('The Gambia')).toBe('GM');
    expect(countryCode('  hong   KONG ')).toBe('HK');
    expect(countryCode('Europen Union')).toBeNull();
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('parses typology codes, case-insensitively, with a trailing "?" as uncertainty', () => {
    expect(parseTypology('SC')).toEqual({ code: 'SC', uncertain: false });
    expect(parseTypology('ISFM?')).toEqual({ code: 'ISFM', uncertain: true });
    expect(parseTypology(' capu ')).toEqual({ code: 'CaPu', uncertain: false });
    expect(parseTypology('XX')).toBeNull();
    expect(parseTypology('')).toBeNull();
  });

  it.each([
    ['https://www.rt.com/', 'rt.com'],
    ['http://WWW.RBC.RU/', 'rbc.ru'],
    ['www.bayontv.com.kh', 'bayontv.com.kh'],
    ['parstoday.ir', 'parstoday.ir'],
    ['https://bakhtarnews.af/en/', 'bakhtarnews.af'],
    ['https://kpl.gov.la/EN/Default.aspx', 'kpl.gov.la'],
    ['http://www.minzu.rep.kp/home/index/first/0/en', 'minzu.rep.kp'],
    ['https://www.sb.by/respublika/', 'sb.by/respublika'],
    ['https://prasarbharati.gov.in/doordarshan/', 'prasarbharati.gov.in/doordarshan'],
    ['https://ortm.mg/RNM/', 'ortm.mg/rnm'],
    ['https://www.bukedde.co.ug/tv/4', 'bukedde.co.ug/tv'],
    ['http://tv.mewatch.sg/en/suria', 'tv.mewatch.sg/en/suria'],
    ['https://metbugat.gov.tm/newspapers?id=11', 'metbugat.gov.tm/newspapers'],
    ['https://example.org:8443/', 'example.org'],
    ['https://news.example.org./', 'news.example.org'],
    ['https://пример.рф/', 'xn--e1afmkfd.xn--p1ai'],
  ])('domainFromUrl(%s) -> %s', (url, domain) => {
    expect(domainFromUrl(url)).toEqual({ domain });
  });

  it.each(['', 'not a url', 'http://192.168.1.1/', 'ftp://example.org/', 'https://a.example https://b.example', 'https://localhost/'])(
    'domainFromUrl(%j) is an error',
    (url) => {
      expect(domainFromUrl(url)).toHaveProperty('error');
    },
  );

  it('keeps only the domains an outlet does not already cover', () => {
    expect(minimalDomains(['cctv.com', 'news.cctv.com', 'tv.cctv.com', 'cctv.cn', 'cctv.com'])).toEqual(['cctv.com', 'cctv.cn']);
    expect(minimalDomains(['sb.by/ng', 'sb.by'])).toEqual(['sb.by']);
    expect(minimalDomains(['sb.by/ng', 'sb.by/ngx'])).toEqual(['sb.by/ng', 'sb.by/ngx']);
  });
});

describe('importStateMediaMatrix', () => {
  it('maps a row to a valid outlet with country, owner, typology, funding, kind, note and citations', () => {
    const { outlets, errors, warnings } = importStateMediaMatrix(
      csv(['Eurasia', 'Russia', 'TASS', 'TASS', 'https://tass.ru/', 'SC', '', 'Prose that must never be copied.']),
      OPTIONS,
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(outlets).toHaveLength(1);
    const tass = outlets[0]!;
    expect(v.safeParse(OutletSchema, tass).success).toBe(true);
    expect(tass).toMatchObject({
      id: 'tass-tass-ru',
      name: 'TASS',
      domains: ['tass.ru'],
      country: 'RU',
      owner: 'TASS',
      typology: 'SC',
      funding: 'state-controlled',
      kind: 'wire',
      reviewed: '2026-11-25',
    });
    expect(tass.note).toMatch(/State Media Matrix/);
    expect(tass.note).not.toMatch(/Prose that must never be copied/);
    expect(tass.sources.map((s) => s.url)).toEqual([
      'https://github.com/ASD-at-GMF/state-media-profiles',
      'https://statemediamonitor.com/typology/',
    ]);
  });

  it.each([
    ['SC', 'state-controlled'],
    ['CaPu', 'state-controlled'],
    ['CaPr', 'private'],
    ['ISFM', 'state-funded-firewall'],
    ['ISF', 'state-funded-firewall'],
    ['ISM', 'state-funded-firewall'],
    ['IP', 'public-service'],
  ])('typology %s -> funding %s', (code, funding) => {
    const { outlets } = importStateMediaMatrix(csv(['Europe', 'France', 'Co', 'Outlet', 'https://outlet.example/', code]), OPTIONS);
    expect(outlets[0]?.funding).toBe(funding);
  });

  it('records a "?" typology as the code with a note of uncertainty', () => {
    const { outlets } = importStateMediaMatrix(
      csv(['North America and Oceania', 'United States of America', 'Voice of America', 'Golos Ameriki', 'https://golosameriki.com/', 'ISFM?']),
      OPTIONS,
    );
    expect(outlets[0]?.typology).toBe('ISFM');
    expect(outlets[0]?.note).toMatch(/question mark/);
  });

  it('merges rows of one asset and rows that share a domain; never gives one domain to two outlets', () => {
    const { outlets, errors } = importStateMediaMatrix(
      csv(
        ['Asia', 'China', 'China Media Group', 'China Central Television (CCTV)', 'http://cctv.com/', 'SC'],
        ['Asia', 'China', 'China Media Group', 'China Central Television (CCTV)', 'https://news.cctv.com/', 'SC'],
        ['Asia', 'Afghanistan', 'Radio Television Afghanistan (RTA)', 'National Television Afghanistan', 'https://rta.af/', 'SC'],
        ['Asia', 'Afghanistan', 'Radio Television Afghanistan (RTA)', 'Radio Afghanistan', 'https://rta.af/', 'SC'],
        ['Eurasia', 'Russia', 'RT', 'RT International', 'https://www.rt.com/', 'SC'],
        ['Eurasia', 'Russia', 'RT', 'RT Deutsch', 'https://de.rt.com/', 'SC'],
      ),
      OPTIONS,
    );
    expect(errors).toEqual([]);
    expect(outlets.map((o) => [o.name, o.domains])).toEqual([
      ['China Central Television (CCTV)', ['cctv.com']],
      ['Radio Television Afghanistan (RTA)', ['rta.af']],
      ['RT International', ['rt.com']],
      ['RT Deutsch', ['de.rt.com']],
    ]);
    expect(outlets[1]?.aliases).toEqual(['National Television Afghanistan', 'Radio Afghanistan']);
    const domains = outlets.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
  });

  it('gives a domain shared by several companies to the one that owns it, and reports the rows left out', () => {
    const { outlets, errors, warnings } = importStateMediaMatrix(
      csv(
        ['Asia', 'China', 'China International Publishing Group', 'China Internet News Center', 'http://chinanews.com/', 'SC'],
        ['Asia', 'China', 'China News Service', 'China News Service (CNS)', 'http://chinanews.com/', 'SC'],
        ['Asia', 'China', 'Economic Daily', 'Economic Daily', 'http://ce.cn/', 'SC'],
        ['Asia', 'China', "People's Daily", 'Economic Daily', 'http://www.ce.cn/', 'SC'],
        ['Middle East and North Africa', 'Bahrain', 'Bahrain News Agency', 'Bahrain News Agency', 'http://www.bna.bh/', 'SC'],
        ['Middle East and North Africa', 'Bahrain', 'Bahrain Radio and Television Corporation (BRTC)', 'Bahrain TV', 'http://www.bna.bh/', 'SC'],
      ),
      OPTIONS,
    );
    expect(errors).toEqual([]);
    expect(outlets.map((o) => [o.name, o.owner, o.domains, o.aliases])).toEqual([
      ['China News Service (CNS)', 'China News Service', ['chinanews.com'], []],
      ['Economic Daily', 'Economic Daily', ['ce.cn'], []],
      ['Bahrain News Agency', 'Bahrain News Agency', ['bna.bh'], []],
    ]);
    expect(warnings).toEqual([
      'row 1 (China Internet News Center; China International Publishing Group): chinanews.com belongs to China News Service',
      "row 4 (Economic Daily; People's Daily): ce.cn belongs to Economic Daily",
      'row 6 (Bahrain TV; Bahrain Radio and Television Corporation (BRTC)): bna.bh belongs to Bahrain News Agency',
    ]);
  });

  it('imports no row under a shared domain whose owner is not known', () => {
    const owners = { 'media.example': null };
    const rows = [
      { row: 1, company: 'Example Radio', asset: 'Example Radio', domain: 'media.example' },
      { row: 2, company: 'Example Television', asset: 'ETV', domain: 'media.example' },
      { row: 3, company: 'Example Television', asset: 'ETV Sport', domain: 'etv.example' },
    ].map((r) => ({ ...r, line: r.row + 1, region: 'X', countryName: 'Kuwait', country: 'KW', url: `https://${r.domain}/`, typology: 'SC' as const, uncertain: false, status: '' }));
    const { rows: kept, dropped } = rowsWithOneOwnerPerDomain(rows, owners);
    expect(kept.map((r) => r.row)).toEqual([3]);
    expect(dropped).toEqual([
      'row 1 (Example Radio; Example Radio): media.example is shared by several companies and owned by none of them',
      'row 2 (ETV; Example Television): media.example is shared by several companies and owned by none of them',
    ]);
    // A shared domain missing from the table is treated the same way.
    expect(rowsWithOneOwnerPerDomain(rows, {}).rows.map((r) => r.row)).toEqual([3]);
  });

  it('names a sub-brand listed on its company’s own site after the company (spa.gov.sa is the Saudi Press Agency, not "SPAce TV")', () => {
    const { outlets } = importStateMediaMatrix(
      csv(
        ['Middle East and North Africa', 'Saudi Arabia', 'Saudi Press Agency (SPA)', 'SPAce TV', 'https://www.spa.gov.sa/', 'SC'],
        ['Europe', 'Serbia', 'Radio Television of Serbia (RTS)', 'RTS1', 'https://www.rts.rs/', 'SC'],
        ['Africa', 'Madagascar', 'Office de la radio et de la télévision de Malagasy (ORTM)', 'Malagasy National Radio (RNM)', 'https://ortm.mg/rnm', 'SC'],
        ['Asia', 'Afghanistan', 'Bakhtar News Agency', 'Bakhtar News Agency', 'https://bakhtarnews.af/', 'SC'],
      ),
      OPTIONS,
    );
    expect(outlets.map((o) => [o.name, o.aliases, o.domains, o.kind])).toEqual([
      ['Saudi Press Agency', ['SPA', 'SPAce TV'], ['spa.gov.sa'], 'wire'],
      ['RTS1', [], ['rts.rs'], 'state-media'],
      ['Malagasy National Radio (RNM)', [], ['ortm.mg/rnm'], 'state-media'],
      ['Bakhtar News Agency', [], ['bakhtarnews.af'], 'wire'],
    ]);
  });

  it('the shipped file: one outlet per domain, and every domain the CSV shares between companies resolved', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'data/outlets/state-media-matrix.json'), 'utf8')) as Outlet[];
    const domains = shipped.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    const byDomain = new Map(shipped.flatMap((o) => o.domains.map((d) => [d, o] as const)));
    expect(byDomain.get('spa.gov.sa')?.name).toBe('Saudi Press Agency');
    expect(byDomain.get('chinanews.com')).toMatchObject({ name: 'China News Service (CNS)', owner: 'China News Service' });
    for (const gone of ['media.gov.kw', 'dendenmedia.com']) expect(byDomain.has(gone)).toBe(false);
    const { rows } = readMatrixRows(readFileSync(join(ROOT, '../shared/data/state-media-matrix/State_Media_Matrix.csv'), 'utf8'));
    const companies = new Map<string, Set<string>>();
    for (const r of rows) companies.set(r.domain, (companies.get(r.domain) ?? new Set()).add(r.company.toLowerCase()));
    const shared = [...companies].filter(([, set]) => set.size > 1).map(([domain]) => domain).sort();
    expect(shared).toEqual(Object.keys(MATRIX_DOMAIN_OWNERS).sort());
  });

  it('cleans asset names and derives kinds from them', () => {
    const { outlets } = importStateMediaMatrix(
      csv(
        ['Asia', 'China', 'Shanghai United Media Group (SUMG)', 'Print: Jiefang Daily', 'https://www.jfdaily.com/', 'SC'],
        ['Europe', 'Czechia', 'Czech News Agency (CTK)', 'CTK', 'http://www.ctk.eu/', 'ISM'],
        ['Europe', 'Sweden', 'Sveriges Television (SVT)', 'SVT', 'http://www.svt.se/', 'IP'],
        ['Eurasia', 'Russia', 'All-Russia State Television and Radio Broadcasting Company (VGTRK)*', 'Radio Rossii', 'https://www.radiorus.ru/', 'SC'],
      ),
      OPTIONS,
    );
    expect(outlets.map((o) => [o.name, o.kind, o.owner])).toEqual([
      ['Jiefang Daily', 'state-media', 'Shanghai United Media Group (SUMG)'],
      ['CTK', 'wire', 'Czech News Agency (CTK)'],
      ['SVT', 'broadcaster', 'Sveriges Television (SVT)'],
      ['Radio Rossii', 'state-media', 'All-Russia State Television and Radio Broadcasting Company (VGTRK)'],
    ]);
  });

  it('skips rows without a URL with a warning, and blank rows', () => {
    const { outlets, errors, warnings } = importStateMediaMatrix(
      csv(['Asia', 'Afghanistan', 'Department of State Newspapers', 'Anis', '', 'SC'], [], ['Asia', 'Bhutan', 'Kuensel Corporation', 'Kuensel', 'http://www.kuenselonline.com/', 'ISM']),
      OPTIONS,
    );
    expect(errors).toEqual([]);
    expect(outlets.map((o) => o.name)).toEqual(['Kuensel']);
    expect(warnings).toEqual([
      expect.stringMatching(/^row 1 \(line 2\): "URL": empty; "Anis" skipped/),
      expect.stringMatching(/^row 2 \(line 3\): blank row skipped/),
    ]);
  });

  it('reports malformed rows by row, line and field, and keeps the good rows', () => {
    const { outlets, errors } = importStateMediaMatrix(
      csv(
        ['Asia', 'Atlantis', 'Co', 'A', 'https://a.example/', 'SC'],
        ['Asia', 'China', 'Co', 'B', 'https://b.example/', 'XYZ'],
        ['Asia', 'China', 'Co', 'C', 'not a url at all', 'SC'],
        ['Asia', 'China', '', '', 'https://d.example/', 'SC'],
        ['Asia', 'China', 'Co', 'E', 'https://e.example/', ''],
        ['Asia', 'China', 'Co', 'Good', 'https://good.example/', 'SC'],
      ),
      OPTIONS,
    );
    expect(outlets.map((o) => o.name)).toEqual(['Good']);
    expect(errors).toEqual([
      'row 1 (line 2): "Country": "Atlantis" is not a country name this importer knows',
      'row 2 (line 3): "Typology": "XYZ" is not one of SC, CaPu, CaPr, ISFM, ISF, ISM, IP',
      'row 3 (line 4): "URL": "not a url at all" is not a single URL',
      'row 4 (line 5): "Main assets": empty, and "Media company" is empty too',
      'row 5 (line 6): "Typology": empty',
    ]);
  });

  it('rejects a file that is not in the matrix format, naming the missing columns', () => {
    const { outlets, errors } = importStateMediaMatrix('name,url\nBBC,https://bbc.co.uk\n', OPTIONS);
    expect(outlets).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/^header: missing column\(s\) "Country", "Media company", "Main assets", "Typology" \(not a State Media Matrix CSV\?\)$/)]);
  });

  it('never throws on hostile or broken input', () => {
    const inputs: unknown[] = ['', '\uFEFF', '"', '""""', HEADER, `${HEADER}\n"unclosed`, '\0\0\0', 42, null, undefined, {}, `${HEADER}\n${'x,'.repeat(5000)}`];
    for (const input of inputs) {
      const result = importStateMediaMatrix(input as string, OPTIONS);
      expect(Array.isArray(result.outlets)).toBe(true);
      expect(Array.isArray(result.errors)).toBe(true);
    }
    expect(importStateMediaMatrix(`${HEADER}\n"unclosed`, OPTIONS).errors[0]).toMatch(/line 2: a quoted field is never closed/);
  });

  it('tolerates reordered columns and extra whitespace in the header', () => {
    const text = ' URL , Typology,Main assets,Media company,Country\nhttps://www.dw.com/,ISF,DW,Deutsche Welle (DW),Germany\n';
    const { outlets, errors } = importStateMediaMatrix(text, OPTIONS);
    expect(errors).toEqual([]);
    expect(outlets[0]).toMatchObject({ name: 'DW', country: 'DE', typology: 'ISF', domains: ['dw.com'] });
  });

  it('uses the citation the caller gives (a newer release of the matrix)', () => {
    const source = { url: 'https://example.org/matrix-2027.csv', title: 'Matrix 2027', publisher: 'Example', accessed: '2027-01-01' };
    const { outlets } = importStateMediaMatrix(csv(['Europe', 'Germany', 'ARD', 'ARD', 'http://www.ard.de/', 'IP']), { ...OPTIONS, sources: [source] });
    expect(outlets[0]?.sources).toEqual([source]);
  });
});
