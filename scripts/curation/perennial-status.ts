/**
 * One-off curation: records the Wikipedia "Reliable sources/Perennial sources" status on outlets in
 * data/outlets/*.json, from the shared snapshot (crawled 2021-03-17). Only the status is used; the list's
 * `info` prose is never read into a record. Run after scripts/curation/state-media-matrix.ts:
 *   npx tsx scripts/curation/perennial-status.ts
 *
 * A list entry is applied to the outlet that claims one of its hosts exactly. Entries split by topic
 * (Fox News, HuffPost, Anadolu...) or about a different thing than the outlet are left out on purpose.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../lib/dataset/importers/csv';
import type { Outlet } from '../../lib/dataset/schema';

const ROOT = join(import.meta.dirname, '../..');
const CSV = join(ROOT, '../shared/data/wikipedia-perennial-sources/perennial-sources.csv');
const OUTLETS = join(ROOT, 'data/outlets');
const DATE = '2026-11-25';

const SOURCE = {
  url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
  title: 'Wikipedia:Reliable sources/Perennial sources (status as in the 2021-03-17 snapshot)',
  publisher: "English Wikipedia (list as crawled on 2021-03-17, shipped in the project's reference data)",
  accessed: DATE,
};

/** List entries (by their exact name in the snapshot) that describe one outlet as a whole. */
const APPLY = new Set([
  'Agence France-Presse (AFP)',
  'Al Jazeera (Al Jazeera English, Aljazeera.com)',
  'Associated Press (AP)',
  'The Australian',
  'BBC (British Broadcasting Corporation)',
  'Bild',
  'Business Insider (Insider, Markets Insider, Tech Insider)',
  'China Global Television Network (CGTN, CCTV International)',
  'CNN (Cable News Network)',
  'Daily Express',
  'Daily Mail (MailOnline)',
  'Daily Mirror (Mirror)',
  'The Daily Telegraph (UK) (The Telegraph)',
  'Financial Times',
  'Global Times (Huanqiu Shibao)',
  'The Guardian (TheGuardian.com, The Manchester Guardian, The Observer)',
  'The Hindu',
  'Lenta.ru (12 March 2014–present)',
  'The New York Times (NYT)',
  'New York Post (New York Evening Post, Page Six)',
  'NPR (National Public Radio)',
  'Politico',
  'Radio Free Asia (RFA)',
  'Reuters',
  'RIA Novosti',
  'RT (Russia Today)',
  'Sputnik',
  'The Sun (UK) (UK) (The Sun on Sunday, The Irish Sun, The Scottish Sun)',
  'TASS (ТАСС, ITAR-TASS, Telegraph Agency of the Soviet Union)',
  'The Times (The Sunday Times, The Times of London)',
  'The Times of India (TOI)',
  'TRT World',
  'The Wall Street Journal (WSJ)',
  'The Washington Post (WaPo)',
  'Xinhua News Agency (New China News Agency)',
  'Telesur',
  'Der Spiegel (Spiegel Online, SPON)',
  'Haaretz (Ḥadashot Ha\'aretz)',
  'South China Morning Post (SCMP, Sunday Morning Post)',
  'Rappler',
  'Breitbart News',
  'The Verge',
  'Vox (Recode)',
  'Ars Technica',
  'Arab News',
  'The Atlantic (The Atlantic Monthly)',
  'USA Today',
  'The Epoch Times',
]);

type Status = NonNullable<Outlet['reliability']>['status'];
function statusOf(raw: string): Status | null {
  let labels: string[];
  try {
    labels = JSON.parse(raw) as string[];
  } catch {
    return null;
  }
  if (labels.includes('Blacklisted')) return 'blacklisted';
  if (labels.includes('Deprecated')) return 'deprecated';
  if (labels.includes('Generally unreliable')) return 'generally-unreliable';
  if (labels.includes('No consensus')) return 'no-consensus';
  if (labels.includes('Generally reliable')) return 'generally-reliable';
  return null;
}

function hostsOf(raw: string): string[] {
  let urls: string[];
  try {
    urls = JSON.parse(raw) as string[];
  } catch {
    return [];
  }
  return urls
    .map((u) => u.replace(/^\/\//, '').split(/[/?#]/)[0]!.toLowerCase().replace(/^www\./, ''))
    .filter((h) => h && !h.endsWith('wikidata.org') && !h.endsWith('wikipedia.org') && !h.endsWith('youtube.com'));
}

const csv = parseCsv(readFileSync(CSV, 'utf8'));
const [header, ...rows] = csv.records;
const col = (name: string) => header!.fields.indexOf(name);
const files = readdirSync(OUTLETS).filter((n) => n.endsWith('.json'));
const data = new Map(files.map((name) => [name, JSON.parse(readFileSync(join(OUTLETS, name), 'utf8')) as Outlet[]]));
const byHost = new Map<string, Outlet>();
for (const outlets of data.values()) for (const o of outlets) for (const d of o.domains) if (!d.includes('/')) byHost.set(d, o);

const applied = new Map<string, string>();
const unmatched: string[] = [];
for (const row of rows) {
  const name = row.fields[col('name')] ?? '';
  if (!APPLY.has(name)) continue;
  const status = statusOf(row.fields[col('status')] ?? '');
  const outlet = hostsOf(row.fields[col('urls')] ?? '').map((h) => byHost.get(h)).find(Boolean);
  if (!status || !outlet) {
    unmatched.push(name);
    continue;
  }
  if (applied.has(outlet.id)) throw new Error(`${outlet.id}: two list entries (${applied.get(outlet.id)}, ${name})`);
  applied.set(outlet.id, name);
  outlet.reliability = { status, source: SOURCE };
}
for (const [name, outlets] of data) writeFileSync(join(OUTLETS, name), `${JSON.stringify(outlets, null, 2)}\n`);
console.error(`perennial status recorded on ${applied.size} outlets`);
for (const [id, name] of applied) console.error(`  ${id} <- ${name}`);
console.error(`entries with no matching outlet: ${unmatched.length}: ${unmatched.join('; ')}`);
