import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { detectFormat, importClaimReview, importFile, importOwnJson } from '@/lib/dataset/importers';
import { claimReviewId, keywordsOf, stanceOfRating } from '@/lib/dataset/importers/claim-review';
import { ClaimRecordSchema } from '@/lib/dataset/schema';
import { claim, claimReview, entity, outlet, SMM_CSV, SMM_HEADER } from './importers.samples';

const TODAY = '2026-11-25';

describe('own JSON format', () => {
  it('reads the { outlets, entities, claims } object', () => {
    const text = JSON.stringify({ outlets: [outlet('o-a', ['a.example'])], entities: [entity('entity-a')], claims: [claim('c-a')] });
    const result = importOwnJson(text);
    expect(result.errors).toEqual([]);
    expect(result.records.outlets.map((o) => o.id)).toEqual(['o-a']);
    expect(result.records.entities.map((e) => e.id)).toEqual(['entity-a']);
    expect(result.records.claims.map((c) => c.id)).toEqual(['c-a']);
  });

  it('reads the array format of data/*/*.json, telling record types apart by their fields', () => {
    const result = importOwnJson(JSON.stringify([outlet('o-a', ['a.example']), entity('entity-a'), claim('c-a')]));
    expect(result.errors).toEqual([]);
    expect(result.records.outlets).toHaveLength(1);
    expect(result.records.entities).toHaveLength(1);
    expect(result.records.claims).toHaveLength(1);
  });

  it('reads back an overlay export ({ schemaVersion, importedAt, records })', () => {
    const text = JSON.stringify({ schemaVersion: 1, importedAt: '2026-11-25T12:00:00.000Z', records: { outlets: [outlet('o-a', ['a.example'])] } });
    const result = importOwnJson(text);
    expect(result.errors).toEqual([]);
    expect(result.records.outlets).toHaveLength(1);
  });

  it('names the record and field of invalid records, without throwing', () => {
    const bad = outlet('o-bad', ['NOT A DOMAIN'], { sources: [] });
    const result = importOwnJson(JSON.stringify({ outlets: [outlet('o-a', ['a.example']), bad] }));
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^outlets\[1\] "o-bad": domains\.0: must be a lower-case host/),
        expect.stringMatching(/^outlets\[1\] "o-bad": sources: needs at least one citation/),
      ]),
    );
  });

  it('reports duplicate ids and two outlets claiming one domain', () => {
    const result = importOwnJson(JSON.stringify([outlet('o-a', ['a.example']), outlet('o-b', ['a.example']), entity('o-a')]));
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/id "o-a": used twice/),
        expect.stringMatching(/outlet "o-b": domains: "a.example" is also claimed by "o-a"/),
      ]),
    );
  });

  it.each([
    ['broken JSON', '{"outlets": [', /^input: not valid JSON/],
    ['a bare string', '"hello"', /^\(root\): expected an array of records or an object/],
    ['an object of nothing known', '{"foo": 1}', /^\(root\): expected an array of records or an object with "outlets"/],
    ['outlets not an array', '{"outlets": {"id": "x"}}', /^outlets: must be an array of outlet records/],
    ['an untyped record', '[{"id": "x", "name": "X"}]', /^\[0\] "x": cannot tell whether this is an outlet, entity or claim/],
    ['a non-object record', '[42]', /^\[0\]: must be an object/],
  ])('gives a clear error for %s', (_label, text, pattern) => {
    let result!: ReturnType<typeof importOwnJson>;
    expect(() => (result = importOwnJson(text))).not.toThrow();
    expect(result.errors[0]).toMatch(pattern);
  });

  it('refuses more records than one import may hold', () => {
    const result = importOwnJson(JSON.stringify(Array.from({ length: 20_001 }, () => ({}))));
    expect(result.errors).toEqual(['(root): 20001 records; at most 20000 can be imported at once']);
  });

  it('refuses oversized files before parsing them', () => {
    const result = importOwnJson(`[${' '.repeat(8_000_001)}]`);
    expect(result.errors[0]).toMatch(/the largest file Sourcelight imports is 8 MB/);
  });
});

describe('ClaimReview JSON-LD', () => {
  it('reads a single ClaimReview into a valid claim record', () => {
    const result = importClaimReview(JSON.stringify(claimReview(1, 'False')), { today: TODAY });
    expect(result.errors).toEqual([]);
    const [record] = result.records.claims;
    expect(v.safeParse(ClaimRecordSchema, record).success).toBe(true);
    expect(record).toMatchObject({
      summary: 'Vaccine number 1 contains microchips that track Exampleland citizens',
      claimant: 'Jane Poster',
      dateRange: { from: '2021-02-28', to: '2021-03-04' },
      reviewed: '2021-03-04',
      sources: [{ url: 'https://factcheck.example.org/reviews/1', publisher: 'Example Fact Check', accessed: TODAY }],
    });
    expect(record!.id).toMatch(/^claimreview-vaccine-number-1-contains-microchips-that-[a-z0-9]+$/);
    expect(record!.notes).toEqual([
      expect.objectContaining({ stance: 'disputes', by: 'Example Fact Check', date: '2021-03-04', text: 'Example Fact Check rated this claim "False".' }),
    ]);
    expect(record!.keywords).toEqual(expect.arrayContaining(['microchips', 'exampleland', 'citizens']));
    expect(record!.keywords).not.toContain('that');
  });

  it('derives ids deterministically from the review URL and claim', () => {
    const a = importClaimReview(JSON.stringify(claimReview(1, 'False')), { today: TODAY });
    const b = importClaimReview(JSON.stringify(claimReview(1, 'False')), { today: '2027-01-01' });
    expect(a.records.claims[0]!.id).toBe(b.records.claims[0]!.id);
    expect(claimReviewId('https://x.example/1', 'A claim')).not.toBe(claimReviewId('https://x.example/2', 'A claim'));
  });

  it('reads arrays and @graph', () => {
    const array = importClaimReview(JSON.stringify([claimReview(1, 'False'), claimReview(2, 'True')]), { today: TODAY });
    expect(array.errors).toEqual([]);
    expect(array.records.claims.map((c) => c.notes[0]!.stance)).toEqual(['disputes', 'agrees']);
    const graph = importClaimReview(
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, claimReview(3, 'Misleading')] }),
      { today: TODAY },
    );
    expect(graph.errors).toEqual([]);
    expect(graph.records.claims.map((c) => c.notes[0]!.stance)).toEqual(['disputes']);
  });

  it('reads a DataCommons-style DataFeed (dataFeedElement[].item[])', () => {
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      dataFeedElement: [
        { '@type': 'DataFeedItem', item: [claimReview(1, 'Half true'), claimReview(2, 'Pants on Fire')] },
        { '@type': 'DataFeedItem', item: [claimReview(3, 'Correct')] },
      ],
    };
    const text = JSON.stringify(feed);
    expect(detectFormat(text)).toBe('claimreview');
    const result = importClaimReview(text, { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.records.claims.map((c) => c.notes[0]!.stance)).toEqual(['context', 'disputes', 'agrees']);
  });

  it('maps ratings to stances, with ratingValue as a fallback', () => {
    expect(stanceOfRating({ alternateName: 'Mostly false' }).stance).toBe('disputes');
    expect(stanceOfRating({ alternateName: 'Mostly true' }).stance).toBe('agrees');
    expect(stanceOfRating({ alternateName: 'Missing context' }).stance).toBe('context');
    expect(stanceOfRating({ name: 'Not true' }).stance).toBe('disputes');
    expect(stanceOfRating({ ratingValue: 5, bestRating: 5, worstRating: 1 }).stance).toBe('agrees');
    expect(stanceOfRating({ ratingValue: '1', bestRating: '5', worstRating: '1' }).stance).toBe('disputes');
    expect(stanceOfRating(undefined).stance).toBe('context');
  });

  it('keeps content words as keywords', () => {
    expect(keywordsOf('The minister said that 500 soldiers were killed in the attack')).toEqual(['soldiers', 'killed', 'attack']);
  });

  it('names the review and field when a review lacks what a claim record needs', () => {
    const noUrl = claimReview(1, 'False', { url: undefined });
    const noClaim = claimReview(2, 'False', { claimReviewed: '' });
    const noDate = claimReview(3, 'False', { datePublished: 'someday', itemReviewed: { author: { name: 'X' } } });
    const result = importClaimReview(JSON.stringify([noUrl, noClaim, noDate]), { today: TODAY });
    expect(result.errors).toEqual([
      expect.stringMatching(/^ClaimReview #1: url: missing or not an http\(s\) URL/),
      expect.stringMatching(/^ClaimReview #2 \(https:\/\/factcheck\.example\.org\/reviews\/2\): claimReviewed: missing/),
      expect.stringMatching(/^ClaimReview #3 \(https:\/\/factcheck\.example\.org\/reviews\/3\): datePublished: missing or not a date/),
    ]);
  });

  it('says so when the JSON holds no ClaimReview, and survives broken JSON', () => {
    expect(importClaimReview('{"@type": "NewsArticle"}').errors[0]).toMatch(/no ClaimReview found/);
    expect(importClaimReview('{"@type": "ClaimReview",').errors[0]).toMatch(/^input: not valid JSON/);
    expect(() => importClaimReview('null')).not.toThrow();
  });
});

describe('State Media Matrix CSV and detection', () => {
  it('detects formats from the text, then the file name', () => {
    expect(detectFormat(SMM_CSV)).toBe('state-media-matrix-csv');
    expect(detectFormat('a;b\n1;2', 'matrix.csv')).toBe('state-media-matrix-csv');
    expect(detectFormat(JSON.stringify([outlet('o-a', ['a.example'])]))).toBe('sourcelight-json');
    expect(detectFormat(JSON.stringify(claimReview(1, 'False')))).toBe('claimreview');
    expect(detectFormat('\uFEFF  {"@graph": [{"@type": ["ClaimReview"]}]}')).toBe('claimreview');
    expect(detectFormat('hello world', 'notes.txt')).toBeNull();
  });

  it('imports the matrix CSV through the existing importer', () => {
    const result = importFile(SMM_CSV, { fileName: 'State_Media_Matrix.csv', today: TODAY });
    expect(result.format).toBe('state-media-matrix-csv');
    expect(result.errors).toEqual([]);
    expect(result.records.outlets.map((o) => [o.domains, o.typology, o.reviewed])).toEqual([
      [['example-tv.ru'], 'SC', TODAY],
      [['example-radio.de'], 'IP', TODAY],
    ]);
  });

  it('gives row-level errors for a malformed CSV, without throwing', () => {
    const bad = [SMM_HEADER, 'Europe,Atlantis,Co,Asset,https://a.example/,SC', 'Europe,Russia,Co,Asset2,https://b.example/,XX'].join('\n');
    const result = importFile(bad, { fileName: 'm.csv', today: TODAY });
    expect(result.errors).toEqual([
      expect.stringMatching(/^row 1 \(line 2\): "Country": "Atlantis" is not a country name/),
      expect.stringMatching(/^row 2 \(line 3\): "Typology": "XX" is not one of/),
    ]);
    expect(importFile('name,url\nx,y', { fileName: 'other.csv' }).errors[0]).toMatch(/missing column/);
  });

  it('rejects text in no known format', () => {
    const result = importFile('just some text', { fileName: 'notes.txt' });
    expect(result.format).toBeNull();
    expect(result.errors[0]).toMatch(/^notes\.txt: not a format Sourcelight imports/);
  });
});
