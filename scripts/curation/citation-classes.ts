/**
 * Classes of citation a careful editor would not accept for a dataset fact, as pure tests on one citation (and
 * the record citing it). Used by audit-citations.ts; each class names what to cite instead in the audit's header.
 */
import type { Citation } from '../../lib/dataset/schema';

/** Blog platforms and personal-page hosts: anyone can publish there, so a page is one person's word. */
const BLOG_HOSTS = [
  'blogspot.com', 'wordpress.com', 'over-blog.com', 'medium.com', 'substack.com', 'tumblr.com', 'livejournal.com',
  'typepad.com', 'wixsite.com', 'weebly.com', 'hubpages.com', 'blogger.com', 'canalblog.com', 'hautetfort.com',
  'u.osu.edu', 'pressbooks.pub', 'sites.google.com', 'github.io', 'angelfire.com', 'tripod.com', 'quora.com',
];
const BLOG_PUBLISHER = /\bblog\b|personal (?:site|page|website)|\(senator's site\)|\bstudent\b/i;
const PERSONAL_PATH = /^\/~[a-z]/i;

/** Local TV stations (US call-sign sites), local-news networks and small-town papers, by host. */
const LOCAL_HOSTS = ['patch.com', 'tapinto.net', 'newsbreak.com', 'wral.com', 'kxan.com', 'wfaa.com', 'ksl.com', 'wcvb.com'];
const CALL_SIGN_HOST = /^(?:www\.)?[kw][a-z]{2,3}(?:tv|\d{1,2})?\.(?:com|tv|net)$/;
/** "KTVN-TV", "KTVN 2 News", "local TV": a bare four-letter name is not enough (WION, KFF are national). */
const CALL_SIGN_PUBLISHER = /\b[KW][A-Z]{2,3}(?:-TV\b| \d{1,2}\b)/;
const LOCAL_PUBLISHER = /\blocal (?:tv|television|station|paper|newspaper)\b|\b(?:county|town|village|borough)\b/i;

/** Partisan sites that relay others' reports with their own slant: cite the monitor's or the outlet's own page. */
const PARTISAN_HOSTS = [
  'humanevents.com', 'breitbart.com', 'dailywire.com', 'thegatewaypundit.com', 'zerohedge.com', 'globalresearch.ca',
  'mintpressnews.com', 'thegrayzone.com', 'commondreams.org', 'dailykos.com', 'alternet.org', 'theblaze.com',
  'townhall.com', 'newsmax.com', 'oann.com', 'infowars.com', 'wnd.com', 'frontpagemag.com', 'jihadwatch.org',
  'veteranstoday.com', 'southfront.org', 'presstv.ir', 'rt.com', 'sputniknews.com', 'sputnikglobe.com',
  'almanar.com.lb', 'thecanary.co', 'consortiumnews.com', 'counterpunch.org', 'antiwar.com', 'freebeacon.com',
  'washingtonexaminer.com', 'dailycaller.com', 'pjmedia.com', 'redstate.com', 'americanthinker.com', 'newsbusters.org',
  'mediaite.com', 'rawstory.com', 'occupydemocrats.com', 'palmerreport.com', 'theduran.com', 'strategic-culture.org',
  'news-front.info', 'pravda.ru', 'tsargrad.tv', 'katehon.com', 'geopolitica.ru', 'eutimes.net', 'activistpost.com',
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** True when `host` is one of `hosts` or a subdomain of one. */
export function onHosts(url: string, hosts: readonly string[]): boolean {
  const host = hostOf(url);
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

export function isBlogOrPersonal(citation: Citation): boolean {
  const host = hostOf(citation.url);
  if (onHosts(citation.url, BLOG_HOSTS) || /^blogs?\./.test(host) || BLOG_PUBLISHER.test(citation.publisher)) return true;
  try {
    // Not "/blog/" paths: organisations publish their own reports there (snhr.org/blog, rescue.org/blog).
    return PERSONAL_PATH.test(new URL(citation.url).pathname);
  } catch {
    return false;
  }
}

export function isLocalPage(citation: Citation): boolean {
  const { publisher } = citation;
  return onHosts(citation.url, LOCAL_HOSTS) || CALL_SIGN_HOST.test(hostOf(citation.url)) || CALL_SIGN_PUBLISHER.test(publisher) || LOCAL_PUBLISHER.test(publisher);
}

/** A partisan site cited for a fact about someone else (a partisan site is fine as the source on itself). */
export function isPartisanRelay(citation: Citation, ownDomains: readonly string[]): boolean {
  return onHosts(citation.url, PARTISAN_HOSTS) && !onHosts(citation.url, ownDomains);
}

/** Dates an address carries: a year segment ("/2015/"), a year and month ("-2019-04", "/2018/oct/"), or "20190430". */
const DATED_PATHS = [
  /\/((?:19|20)\d{2})\/(?:[^/]+\/)?/,
  /[/_-]((?:19|20)\d{2})[-_]?(?:0[1-9]|1[0-2])(?:[-_]?[0-3]\d)?(?=[/_.-]|$)/,
  /[a-z]((?:19|20)\d{2})(?:0[1-9]|1[0-2])[0-3]\d/i,
];

/** The year a page's address dates it to ("/2015/10/", "dmf20190430"), or null when it carries no date. */
export function pageYear(url: string): number | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of DATED_PATHS) {
    const year = pattern.exec(path)?.[1];
    if (year) return Number(year);
  }
  return null;
}

export const OLD_PAGE_YEARS = 5;

/**
 * True when an outlet's owner, a fact that changes with every sale, rests on old pages alone: every one of its
 * sources is dated, by its address, more than OLD_PAGE_YEARS before `today`.
 */
export function onlyOldPagesForCurrentFact(record: { owner?: unknown; sources: readonly Citation[] }, today: string): boolean {
  if (!record.owner) return false;
  const limit = Number(today.slice(0, 4)) - OLD_PAGE_YEARS;
  return record.sources.length > 0 && record.sources.every((source) => (pageYear(source.url) ?? Infinity) < limit);
}
