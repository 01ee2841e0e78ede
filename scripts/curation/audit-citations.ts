/**
 * Citation audit of the hand-curated dataset (outlets outside the State Media Matrix import, entities, claims):
 * lists every citation a record or claim note carries and flags the ones a reviewer must re-check.
 *   npx tsx scripts/curation/audit-citations.ts           # flagged citations, one per line, then counts
 *   npx tsx scripts/curation/audit-citations.ts --all     # every citation, flagged or not
 *   npx tsx scripts/curation/audit-citations.ts --json    # machine-readable
 * It also counts scripts/curation/recheck-log.json, where the citation pass records what it did to each record:
 * checked/replaced/corrected (re-read), title-fixed, or sources-trimmed (copy-site citations dropped, not re-read).
 *
 * Flags:
 * - mirror: the host copies other sites (Wikipedia mirrors, scraped or spun news, search/aggregator pages), so
 *   the page is not the original publisher's; cite the page that first published the fact instead.
 * - malformed-host: a host with a trailing dot or a bare IP address.
 * - title-from-url: the title is the URL's last path segment with dashes turned into spaces, which is how
 *   titles rebuilt without reading the page look (real headlines keep their commas, quotes and capitals).
 * - shared: the same URL backs more than SHARED_LIMIT records, which is rare for a page about one fact.
 * - blog: a blog platform, a personal site or a student page; cite the organisation, a regulator or the press.
 * - local-page: a local TV station's or small-town paper's page cited for a national outlet's or body's fact;
 *   cite the company's own page, its annual report, a regulator or a national paper.
 * - partisan-relay: a partisan site relaying someone else's report; cite the monitor's or outlet's own page.
 * - old-single: an outlet's owner rests on sources all dated, by their address, more than five years back;
 *   owners change, so add a recent source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readSourceFiles } from '../dataset-files';
import type { Citation } from '../../lib/dataset/schema';
import { isBlogOrPersonal, isLocalPage, isPartisanRelay, onHosts, onlyOldPagesForCurrentFact } from './citation-classes';

/** Hosts that copy other sites' text (checked by hand against what the search corpora return for them). */
export const MIRROR_HOSTS = new Set([
  // Wikipedia mirrors and re-skins
  'wikiwand.com', 'dbpedia.org', 'everybodywiki.com', 'wikizero.com', 'alchetron.com', 'friendlywiki.com',
  'wikimili.com', 'theinfolist.com', 'piglix.com', 'wikisum.wiki', 'liquisearch.com', 'zxc.wiki', 'xcv.wiki',
  'wiki34.com', 'pinocchiopedia.com', 'the-uncensored-wiki.com', 'wikiclassic.com', 'lema.org', 'howlingpixel.com',
  'docoja.com', 'hubbry.com', 'warp.rocks', 'iiab.me', 'worddisk.com', 'richxsearch.com', 'zproxy.org',
  'wikipedia-on-ipfs.org', 'owiki.org', 'eudic.net', 'x.io', 'mediated.wiki', 'stringtranslate.com',
  'wiki-indonesia.club', 'codedocs.org', 'wikiz.com', 'academickids.com', 'movatter.jp', 'azureedge.net',
  'enwikipedia.net', 'nina.az', 'wiki2.org', 'brorelol.gay', 'eth.limo', 'av1.space', 'detailedpedia.com',
  'absoluteastronomy.com', 'paperai.life', 'casplantje.nl', 'encyclopediahub.com', 'studentb.eu', 'webref.org',
  'worldlibrary.in', 'infinitelexicon.com', 'topzle.com', 'askwikinow.com', 'sagapedia.com', 'mediander.com',
  'osmarks.net', 'reference.org', 'gravy.cc', 'thereaderwiki.com', 'workers.dev', 'kampuspedia.com', 'fanyv88.com',
  'pod.pe', 'encycloped.ru', 'profilpelajar.com', 'liu233w.com', 'coron.tech', 'datana.cloud', 'freesourcelibrary.com',
  'cryer.org.uk', 'military.wikia.org', 'wikitia.com', 'jrank.org', 'nuuanu.net', 'trycollect.com', 'wiki.china.org.cn',
  'googleweblight.com', 'goodnames.eth.limo', 'encyclopedia.com', 'newikis.com', 'wikibrief.org', 'wikiarabi.org',
  // scraped, spun or aggregated news copies, SEO pages and document dumps
  'prideseotools.com', 'documentine.com', 'docslib.org', 'deploy.abcdocz.com', 'pledgetimes.com', 'ruetir.com',
  'newsto.day', 'particle.news', 'comparemela.com', 'newssniffer.co.uk', 'ru24.pro', 'bignewsnetwork.com',
  'worldnews24x7.tv', 'dailynewsbrief.com', 'onenewsbox.com', 'protoday247.com', 'medworm.com', 'vuink.com',
  'printveela.com', 'lamidix.com', 'zalansite.site', 'triey.in.net', 'rightsta.com', '911plus.org', 'newsflash.one',
  'worldnewsforum.org', 'theweeklymail.com', 'worldreportnow.com', 'englishtimes.uk', 'amnewsworld.com',
  'newslanes.com', 'londontrends.uk', 'trendsmask.com', 'actualnewsmagazine.com', 'candorium.com', 'factually.co',
  'askvity.info', 'triviaquestions.online', 'quizzclub.com', 'examsnet.com', 'crackittoday.com', 'vajiramias.com',
  'practice.gs-ias.com', 'currentgk.blogspot.com', 'getrevising.co.uk', 'papermasters.com', 'void.ai',
  'thecrystaleyes.com', 'yourretireinvest.com', 'myallgarbage.com', 'infokontak.com', 'dailycountrynews.com',
  'europeanpost.co', 'darealprisonart.news', 'globalny.biz', 'speed.lescigales.org', 'abhinavdas.in', 'soft.lk',
  'vimcoe.com', 'henryclubs.com', 'visualfoodie.com', 'spanishacademic.com', 'cnmcountryside.com', 'juniordigest.com',
  'thechinadigest.com', 'enow.com', 'intrend.live', 'riau24.com', 'worldhistory.biz', 'ria24.today', 'waradana.com',
  'banosfilm.com', 'onehourindexing01.prideseotools.com', 'sayyidali.com', 'freedomsphoenix.com', 'usa.news-pravda.com',
  'clamreport.com', 'threatologist.com', 'holymagazine.com', 'livenewschat.eu', 'eunion.press', 'studymbbsukraine.co.in',
  'attentiontotheunseen.com', 'outride.rs', 'thechiefobserver.com', 'tumblerridgenews.com', 'gather4humanity.com',
  'rhythmusic.net', 'pwojczyn.com', 'lrpapi.dailymotion.com', '1492news.com', 'atomo.relevanpress.com',
  'protoday247.com', 'obeta.ttef.in', 'theasiatoday.org', 'standbynordic.com', 'loveworlduk.org', 'stopru.org',
  'eleosaid.com', '247newsagency.com', 'newsbulletin247.com', 'breakinglatest.news', 'usanews.net',
]);

const SHARED_LIMIT = 4;
/** Lists that state one fact for each of many records, so many records cite them by design. */
const LIST_SOURCES = new Set([
  'https://github.com/ASD-at-GMF/state-media-profiles',
  'https://statemediamonitor.com/typology/',
  'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
  'https://dgvn.de/un-im-ueberblick/deutschlands-beitraege/ii-ausgewaehlte-un-fonds-und-programme/',
  // Re-read in the citation pass and found to name every outlet that cites them (see recheck-log.json).
  'https://media-ownership.eu/?p=1803',
  'https://www.bbc.co.uk/news/world-europe-17753721',
  'https://en.wikipedia.org/wiki/Japanese_newspapers',
  'https://www.nieuwsblad.be/cnt/dmf20190430_04365844',
  'https://trends.levif.be/economie/entreprises/mediahuis-reprend-le-groupe-irlandais-independent-news-media/article-normal-1130049.html',
  'https://www.turi2.de/aktuell/analyse-frankreichs-leitmedien-gehoeren-fast-alle-branchenfremden-milliardaeren/',
  'https://www.thesouthafrican.com/world-news/british-newspapers-who-owns-what-telegraph-daily-mail-sun/',
  // One dated fact for every title of one chain: Gannett's renaming to USA TODAY Co. in November 2025.
  'https://thedesk.net/2025/11/gannett-rebrands-to-usa-today-company/',
  // Nexstar's completed purchase of TEGNA (19 March 2026): the one dated fact behind each TEGNA station's parent.
  'https://thedesk.net/2026/03/nexstar-says-it-closes-tegna-acquisition-despite-lawsuits/',
  'https://www.sec.gov/Archives/edgar/data/1142417/000119312526257735/0001193125-26-257735-index.htm',
]);
const MATRIX_FILE = 'state-media-matrix.json';

export type Flag = 'mirror' | 'malformed-host' | 'title-from-url' | 'shared' | 'blog' | 'local-page' | 'partisan-relay' | 'old-single';
/** The day the audit measures page age from (the truth pass's review date). */
const AUDIT_DAY = '2026-12-07';
export interface AuditRow {
  file: string;
  id: string;
  where: string;
  url: string;
  title: string;
  flags: Flag[];
}

function host(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isMirror(url: string): boolean {
  const name = host(url).replace(/\.$/, '');
  const parts = name.split('.');
  for (let i = 0; i < parts.length - 1; i++) if (MIRROR_HOSTS.has(parts.slice(i).join('.'))) return true;
  return false;
}

/** Pages whose headline, re-read, really is the slug in sentence case (logged in recheck-log.json). */
const CONFIRMED_SLUG_TITLES = new Set([
  'http://rachelkso.blogspot.com/2008/10/even-more-media-evolution.html',
  'https://www.hi-us.org/20_years_of_eradicating_landmines',
  'https://www.theajp.org/news-insights/insights/the-power-of-local-reporting/',
]);

/** The title is nothing but the last path segment with its separators turned into spaces. */
export function titleLooksUrlDerived(citation: Citation): boolean {
  if (CONFIRMED_SLUG_TITLES.has(citation.url)) return false;
  let segment = '';
  try {
    segment = decodeURIComponent(new URL(citation.url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return false;
  }
  const words = segment.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/).filter(Boolean);
  if (words.length < 4 || segment !== segment.toLowerCase()) return false;
  const fromSlug = words.join(' ');
  // Rebuilt titles are the lower-case slug with only its first letter raised; real headlines keep their own
  // capitals (names, Title Case) or punctuation, which a slug drops.
  return citation.title === fromSlug.charAt(0).toUpperCase() + fromSlug.slice(1);
}

interface Cited {
  file: string;
  id: string;
  where: string;
  citation: Citation;
  record: Record<string, unknown>;
}

function citationsOf(file: string, record: Record<string, unknown>): Cited[] {
  const id = String(record.id);
  const out: Cited[] = (record.sources as Citation[]).map((citation, i) => ({ file, id, where: `sources.${i}`, citation, record }));
  const reliability = record.reliability as { source: Citation } | null | undefined;
  if (reliability) out.push({ file, id, where: 'reliability.source', citation: reliability.source, record });
  const notes = (record.notes as Array<{ source: Citation }> | undefined) ?? [];
  notes.forEach((note, i) => out.push({ file, id, where: `notes.${i}.source`, citation: note.source, record }));
  return out;
}

export function auditCitations(): AuditRow[] {
  const { files } = readSourceFiles();
  const cited: Cited[] = [];
  for (const { file, json } of files) {
    const matrix = file.endsWith(MATRIX_FILE);
    for (const record of json as Array<Record<string, unknown>>) {
      // The matrix import cites the matrix itself; only its reliability statuses were added by hand.
      const rows = citationsOf(file, record);
      cited.push(...(matrix ? rows.filter((row) => row.where === 'reliability.source') : rows));
    }
  }
  const recordsPerUrl = new Map<string, Set<string>>();
  for (const row of cited) {
    const set = recordsPerUrl.get(row.citation.url) ?? new Set<string>();
    set.add(`${row.file}#${row.id}`);
    recordsPerUrl.set(row.citation.url, set);
  }
  return cited.map(({ file, id, where, citation, record }) => {
    const flags: Flag[] = [...classFlags(citation, where, record)];
    if (isMirror(citation.url)) flags.push('mirror');
    const name = host(citation.url);
    if (name.endsWith('.') || /^\d+(\.\d+){3}$/.test(name)) flags.push('malformed-host');
    if (titleLooksUrlDerived(citation)) flags.push('title-from-url');
    // A group's own site backs each of its titles (Reach plc for its 20 regional sites), so it is shared by design.
    const listed = LIST_SOURCES.has(citation.url) || isOwnersSite(citation, record);
    if (!listed && (recordsPerUrl.get(citation.url)?.size ?? 0) > SHARED_LIMIT) flags.push('shared');
    return { file, id, where, url: citation.url, title: citation.title, flags };
  });
}

/** The citation is the home page of the company the record names as owner or parent (publisher = that name). */
export function isOwnersSite(citation: Citation, record: Record<string, unknown>): boolean {
  let path = '';
  try {
    path = new URL(citation.url).pathname;
  } catch {
    return false;
  }
  const owners = [record.owner, record.parent].filter((name): name is string => typeof name === 'string');
  return path.replace(/\/$/, '') === '' && owners.includes(citation.publisher);
}

/** The editor's classes (citation-classes.ts) that apply to one citation of `record`. */
export function classFlags(citation: Citation, where: string, record: Record<string, unknown>): Flag[] {
  const flags: Flag[] = [];
  const domains = (record.domains as string[] | undefined) ?? [];
  // An outlet's own pages (a TV station's homepage naming its owner, Linda Ikeji's blog on itself) and its owner's
  // own site are the primary sources on it: blog and local-page are about pages cited for someone else's facts.
  const ownWord = onHosts(citation.url, domains) || isOwnersSite(citation, record);
  if (!ownWord && isBlogOrPersonal(citation)) flags.push('blog');
  if (!ownWord && isLocalPage(citation)) flags.push('local-page');
  if (isPartisanRelay(citation, domains)) flags.push('partisan-relay');
  const sources = record.sources as Citation[];
  if (where.startsWith('sources.') && onlyOldPagesForCurrentFact({ owner: record.owner, sources }, AUDIT_DAY)) flags.push('old-single');
  return flags;
}

/** What the citation pass did per record id (scripts/curation/recheck-log.json), counted by action. */
function recheckSummary(): Record<string, number> {
  const log = JSON.parse(readFileSync(join(ROOT, 'scripts/curation/recheck-log.json'), 'utf8')) as Record<string, { action: string }>;
  const counts: Record<string, number> = {};
  for (const { action } of Object.values(log)) counts[action] = (counts[action] ?? 0) + 1;
  return counts;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const rows = auditCitations();
  const shown = args.has('--all') ? rows : rows.filter((row) => row.flags.length > 0);
  const counts: Record<string, number> = { citations: rows.length, flagged: rows.filter((r) => r.flags.length).length };
  for (const row of rows) for (const flag of row.flags) counts[flag] = (counts[flag] ?? 0) + 1;
  counts.flaggedRecords = new Set(rows.filter((r) => r.flags.length).map((r) => `${r.file}#${r.id}`)).size;
  const rechecked = recheckSummary();
  if (args.has('--json')) {
    console.log(JSON.stringify({ counts, rechecked, rows: shown }, null, 2));
    return;
  }
  for (const row of shown) {
    console.log(`${row.file}\t${row.id}\t${row.where}\t${row.flags.join(',') || 'ok'}\t${row.url}\t${row.title}`);
  }
  console.log(JSON.stringify(counts));
  console.log(`recheck log: ${JSON.stringify(rechecked)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
