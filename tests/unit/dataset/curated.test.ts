import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import type { Outlet } from '@/lib/dataset/schema';
import { outletNamed } from '@/lib/match/named-outlet';
import { outletForUrl } from '@/lib/match/outlet';
import { OUTLET_KINDS } from '@/lib/model/analysis';
import { normalizeName } from '@/lib/text/normalize';
import { DATA_DIR, loadDatasetIndexFromSources, readSourceFiles } from '../../../scripts/dataset-files';
import { parseCoverageCsv } from '../../../scripts/curation/coverage-tally';

/** The hand-curated tier added for issue 16: data/outlets/curated-*.json. */
const curated: Outlet[] = readSourceFiles()
  .files.filter((f) => f.type === 'outlets' && /\/curated-[^/]+\.json$/.test(f.file))
  .flatMap((f) => f.json as Outlet[]);

describe('curated outlet records', () => {
  it('each cite a primary source (the outlet or its owner) before any encyclopaedia, and are reviewed', () => {
    const weak = curated.filter((o) => !o.sources.length || o.sources[0]!.url.includes('wikipedia.org') || o.reviewed !== '2026-12-07');
    expect(weak.map((o) => o.id)).toEqual([]);
  });

  it('identify no outlet by a name another outlet shares ("The Star", "NTV"), so a page naming one is never taken for the other', async () => {
    // Outlets worldwide share names; the card comes from the address alone, and a shared name identifies none of
    // them for the impersonation warning either (outletNamed).
    const index = await loadDatasetIndexFromSources();
    const owners = new Map<string, Set<string>>();
    for (const f of readSourceFiles().files.filter((file) => file.type === 'outlets')) {
      for (const o of f.json as Outlet[]) {
        for (const name of [o.name, ...o.aliases]) owners.set(normalizeName(name), (owners.get(normalizeName(name)) ?? new Set()).add(o.id));
      }
    }
    const ids = new Set(curated.map((o) => o.id));
    const shared = [...owners].filter(([, set]) => set.size > 1 && [...set].some((id) => ids.has(id))).map(([name]) => name);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((name) => outletNamed(name, index) !== null)).toEqual([]);
  }, 60_000);

  it('each name a country and write a note of their own that ends a sentence', () => {
    expect(curated.filter((o) => !o.country || !/[.!?]$/.test(o.note)).map((o) => o.id)).toEqual([]);
  });
});

const CURATED_URLS: [string, string | null][] = [
  // outlets issue 16 found missing
  ['https://www.cbsnews.com/news/x/', 'cbs-news'],
  ['https://www.nbcnews.com/politics/x', 'nbc-news'],
  ['https://www.latimes.com/california/story/x', 'los-angeles-times'],
  ['https://www.newsweek.com/x-1', 'newsweek'],
  ['https://thehill.com/homenews/x/', 'the-hill'],
  ['https://www.nationalreview.com/2024/01/x/', 'national-review'],
  ['https://techcrunch.com/2024/01/01/x/', 'techcrunch'],
  ['https://www.wired.com/story/x/', 'wired'],
  ['https://www.snopes.com/fact-check/x/', 'snopes'],
  ['https://www.politifact.com/factchecks/2024/jan/01/x/', 'politifact'],
  ['https://www.factcheck.org/2024/01/x/', 'factcheck-org'],
  ['https://fullfact.org/health/x/', 'full-fact'],
  ['https://leadstories.com/hoax-alert/2024/01/x.html', 'lead-stories'],
  // the Hearst papers that got the AP card now match by their own domain
  ['https://www.expressnews.com/news/local/article/x.php', 'san-antonio-express-news'],
  ['https://www.timesunion.com/news/article/x.php', 'times-union-albany'],
  // fact-checkers that are a section of a news site, and the site around them
  ['https://www.reuters.com/fact-check/x-2024-01-01/', 'reuters-fact-check'],
  ['https://www.reuters.com/world/x/', 'reuters'],
  ['https://www.lemonde.fr/les-decodeurs/article/2024/01/01/x.html', 'les-decodeurs'],
  ['https://www.lemonde.fr/politique/article/2024/01/01/x.html', 'le-monde'],
  ['https://factuel.afp.com/doc.afp.com.X', 'afp-fact-check'],
  ['https://www.afp.com/fr/x', 'afp'],
  ['https://www.nytimes.com/athletic/5000000/2024/01/01/x/', 'the-athletic'],
  ['https://www.nytimes.com/2024/01/01/us/x.html', 'nytimes'],
  // aggregators: the portal, its own sections, and what is not news
  ['https://www.yahoo.com/news/x-123.html', 'yahoo'],
  ['https://finance.yahoo.com/news/x.html', 'yahoo-finance'],
  ['https://www.bing.com/news/search?q=x', 'bing-news'],
  ['https://www.bing.com/search?q=x', null],
  ['https://www.itv.com/news/2024-01-01/x', 'itv-news'],
  ['https://www.itv.com/watch/x', null],
  ['https://dzen.ru/news/story/x', 'dzen-news'],
  ['https://dzen.ru/a/x', null],
];

describe('curated outlets through outletForUrl', () => {
  let index: DatasetIndex;
  beforeAll(async () => {
    index = await loadDatasetIndexFromSources();
  });

  it.each(CURATED_URLS)('%s -> %s', (url, expected) => {
    expect(outletForUrl(url, index)?.outlet.id ?? null).toBe(expected);
  });
});

describe('coverage lists in data/coverage', () => {
  const dir = join(DATA_DIR, 'coverage');
  const lists = readdirSync(dir).filter((name) => name.endsWith('.csv'));

  it('parse without errors, with a known kind and a country code on every row', () => {
    expect(lists.length).toBeGreaterThanOrEqual(7);
    for (const name of lists) {
      const { rows, errors } = parseCoverageCsv(name, readFileSync(join(dir, name), 'utf8'));
      expect(errors).toEqual([]);
      expect(rows.filter((r) => !(OUTLET_KINDS as readonly string[]).includes(r.kind) || !/^([A-Z]{2})?$/.test(r.country)).map((r) => r.domain)).toEqual([]);
    }
  });
});
