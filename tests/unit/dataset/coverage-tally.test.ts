import { describe, expect, it } from 'vitest';
import { parseCoverageCsv, splitCsvLine, tallyCoverage } from '../../../scripts/curation/coverage-tally';

const HEADER = 'domain,name,country,kind,basis';

describe('coverage lists', () => {
  it('splits quoted fields with commas and escaped quotes', () => {
    expect(splitCsvLine('a.com,"Name, Inc.",US,newspaper,"the ""big"" one"')).toEqual(['a.com', 'Name, Inc.', 'US', 'newspaper', 'the "big" one']);
  });

  it('reads rows and reports a bad header, short rows and domains that are not domains', () => {
    const ok = parseCoverageCsv('us', `${HEADER}\na.com,A,US,newspaper,top\n\nb.org/x,B,US,wire,list\n`);
    expect(ok.errors).toEqual([]);
    expect(ok.rows.map((r) => [r.list, r.domain])).toEqual([['us', 'a.com'], ['us', 'b.org/x']]);
    expect(parseCoverageCsv('x', 'domain,name\na.com,A').errors[0]).toMatch(/header/);
    const bad = parseCoverageCsv('x', `${HEADER}\na.com,A,US\nNot A Domain,B,US,wire,list`);
    expect(bad.rows).toEqual([]);
    expect(bad.errors).toHaveLength(2);
  });

  it('counts resolved rows and owners overall, by list, country and kind, each domain once overall', () => {
    const rows = [
      ...parseCoverageCsv('us', `${HEADER}\na.com,A,US,newspaper,r\nb.com,B,US,broadcaster,r\nc.com,C,US,newspaper,r`).rows,
      ...parseCoverageCsv('wires', `${HEADER}\na.com,A,US,newspaper,r\nd.com,D,FR,wire,r`).rows,
    ];
    const known: Record<string, { id: string; hasOwner: boolean }> = { 'a.com': { id: 'a', hasOwner: true }, 'd.com': { id: 'd', hasOwner: false } };
    const tally = tallyCoverage(rows, (domain) => known[domain] ?? null);
    expect(tally.overall).toEqual({ listed: 4, resolved: 2, withOwner: 1, share: 0.5 });
    expect(tally.byList.us).toMatchObject({ listed: 3, resolved: 1 });
    expect(tally.byList.wires).toMatchObject({ listed: 2, resolved: 2, withOwner: 1, share: 1 });
    expect(tally.byCountry.US).toMatchObject({ listed: 3, resolved: 1 });
    expect(tally.byKind.newspaper).toMatchObject({ listed: 2, resolved: 1, withOwner: 1 });
    expect(tally.missing).toEqual({ us: ['b.com', 'c.com'] });
  });
});
