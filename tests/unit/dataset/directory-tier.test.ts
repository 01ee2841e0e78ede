import { describe, expect, it } from 'vitest';
import { compileWithDirectory } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import { compileDirectory, findDirectoryRow } from '@/lib/dataset/directory';
import { directoryOutlet } from '@/lib/dataset/directory-record';
import { indexWithOverlay } from '@/lib/dataset/overlay-index';
import { OVERLAY_SCHEMA_VERSION } from '@/lib/dataset/overlay';
import type { DirectoryRecord } from '@/lib/dataset/schema';
import { matchOutlet, outletForUrl } from '@/lib/match/outlet';
import { testOutlet } from '../dataset-fixture';

const record = (domains: string[], extra: Partial<DirectoryRecord> = {}): DirectoryRecord => ({
  name: `Imported ${domains[0]}`, kind: 'newspaper', domains, country: 'NO', languages: [], owner: null, parent: null,
  origin: 'wikidata', ref: 'Q42', place: null, ownerSource: null, ...extra,
});

function compiled(directory: DirectoryRecord[], lowCredibility = [] as { domain: string; category: 'unreliable' }[]) {
  const curated = testOutlet('curated-times', ['curated-times.example']);
  return compileWithDirectory({ version: 't', outlets: [curated], entities: [], claims: [] }, { records: directory, lowCredibility });
}

describe('the directory tier', () => {
  it('finds an imported outlet by host, decoded with its tier, citation and generated note', () => {
    const index = createDatasetIndex(JSON.parse(JSON.stringify(compiled([record(['nordlys.example'])]))));
    const found = outletForUrl('https://www.nordlys.example/a/1', index);
    expect(found?.outlet).toMatchObject({ tier: 'directory', origin: 'wikidata', funding: 'unknown', note: 'Newspaper in Norway, listed in Wikidata.' });
    expect(found?.outlet.sources).toEqual([expect.objectContaining({ url: 'https://www.wikidata.org/wiki/Q42', publisher: 'Wikidata' })]);
    expect(index.curatedCount).toBe(1); // directory records are reached by host only, never listed or named
    expect(index.recordsNamed('Imported nordlys.example')).toEqual([]);
  });

  it('finds every host of thousands of rows through the compiled hash table, and nothing else', () => {
    const records = Array.from({ length: 3000 }, (_, i) => record(i % 7 ? [`paper-${i}.example`] : [`paper-${i}.example`, `paper-${i}.example.org`], { ref: `Q${i + 1}` }));
    const directory = compileDirectory(records, [], () => false);
    expect(directory.slots.length).toBeGreaterThanOrEqual(2 * 3429);
    const misses = records.flatMap((r, i) => r.domains.filter((host) => findDirectoryRow(directory, host) !== i));
    expect(misses).toEqual([]);
    expect(findDirectoryRow(directory, 'paper-3000.example')).toBe(-1);
    expect(findDirectoryRow(directory, 'example')).toBe(-1);
  });

  it('lets a curated record win for its host and for any host below its domain, at compile time', () => {
    const data = compiled([record(['curated-times.example']), record(['news.curated-times.example'], { ref: 'Q43' }), record(['other.example'], { ref: 'Q44' })]);
    expect(data.directory.rows).toHaveLength(1);
    const index = createDatasetIndex(data);
    expect(outletForUrl('https://news.curated-times.example/x', index)?.outlet.id).toBe('curated-times');
    expect(outletForUrl('https://other.example/x', index)?.outlet.id).toBe('wd-q44');
  });

  it('gives a host to the first record that names it (Wikidata before the Local News Dataset)', () => {
    const data = compiled([record(['shared.example']), record(['shared.example'], { origin: 'local-news-2023', ref: null })]);
    expect(outletForUrl('https://shared.example/', createDatasetIndex(data))?.outlet.origin).toBe('wikidata');
  });

  it('lets the user’s overlay win over an imported record for the same domain', () => {
    const data = compiled([record(['nordlys.example'])]);
    const mine = testOutlet('my-nordlys', ['nordlys.example'], { name: 'My Nordlys' });
    const index = indexWithOverlay(data, {
      schemaVersion: OVERLAY_SCHEMA_VERSION, importedAt: '2026-12-07T00:00:00.000Z', records: { outlets: [mine], entities: [], claims: [] },
    });
    expect(outletForUrl('https://nordlys.example/a', index)?.outlet.id).toBe('my-nordlys');
    expect(outletForUrl('https://curated-times.example/a', index)?.outlet.id).toBe('curated-times');
  });

  it('adds CRED-1’s listing, with its citation, to the matched outlet’s summary', () => {
    const index = createDatasetIndex(compiled([record(['hoax.example'])], [{ domain: 'hoax.example', category: 'unreliable' }]));
    const summary = matchOutlet('https://hoax.example/story', index)?.summary;
    expect(summary).toMatchObject({ tier: 'directory', origin: 'wikidata', lowCredibility: { category: 'unreliable' } });
    expect(summary?.lowCredibility?.citation.url).toBe('https://github.com/aloth/cred-1');
    expect(matchOutlet('https://curated-times.example/a', index)?.summary).toMatchObject({ tier: 'curated', lowCredibility: null });
  });

  it('cites the Local News Dataset with its year, and the owner’s own station list when the row names one', () => {
    const outlet = directoryOutlet(
      record(['kaaa8.example'], { origin: 'local-news-2023', ref: null, kind: 'broadcaster', country: 'US', place: 'Springdale, Arkansas', owner: 'Gray TV', ownerSource: 'https://gray.tv/' }),
    );
    expect(outlet.note).toBe('TV station in Springdale, Arkansas, listed in the Local News Dataset (2023).');
    expect(outlet.sources.map((s) => s.title)).toEqual(['Local News Dataset (2023 update)', 'Gray TV: its own list of stations']);
    expect(outlet.id).toBe('lnd-kaaa8-example');
  });
});
