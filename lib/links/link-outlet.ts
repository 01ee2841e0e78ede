import type { DatasetIndex } from '../dataset/dataset-index';
import type { Messages } from '../i18n';
import { matchOutlet } from '../match/outlet';
import type { LinkLookupReply, LinkOutlet } from '../messaging/protocol';
import type { OutletSummary } from '../model/analysis';
import { badgeForAddress } from '../present/badge';
import {
  countryName,
  directoryTierLabel,
  formatDate,
  fundingSentence,
  lowCredibilityLine,
  outletKindLabel,
  reliabilityLabel,
  safeHref,
  typologyLabel,
} from '../present/labels';
import { addressUrl } from './address';

/**
 * The background's answer to a batch of link addresses: the outlet each belongs to, by address alone (as the
 * popup's card: never a name from a page), with the facts its card shows, in the reader's language.
 */

const MAX_CITATIONS = 12;

/** The outlet card's facts, in the order the popup's card lists them; absent facts are left out. */
function facts(m: Messages, outlet: OutletSummary): LinkOutlet['facts'] {
  const rows: [string, string | null][] = [
    [m.t('factCountry'), countryName(outlet.country, m.locale)],
    [m.t('factOwner'), outlet.owner],
    [m.t('factParent'), outlet.parent && outlet.parent !== outlet.owner ? outlet.parent : null],
    [m.t('factTypology'), outlet.typology ? typologyLabel(m, outlet.typology) : null],
    [m.t('factReliability'), outlet.reliability ? reliabilityLabel(m, outlet.reliability) : null],
    [m.t('factLowCredibility'), outlet.lowCredibility ? lowCredibilityLine(m, outlet.lowCredibility.category) : null],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** One outlet as a link mark and its card show it. */
export function linkOutlet(m: Messages, summary: OutletSummary, url: string, index: DatasetIndex): LinkOutlet {
  const badge = badgeForAddress(m, url, index);
  const citations = summary.lowCredibility ? [...summary.citations, summary.lowCredibility.citation] : summary.citations;
  const reviewed = formatDate(m.locale, summary.reviewed) ?? summary.reviewed;
  const funding = fundingSentence(m, summary.funding, summary.country);
  return {
    id: summary.id,
    name: summary.name,
    code: badge.text,
    colour: badge.background,
    textColour: badge.textColor,
    label: m.t('links_markLabel', [summary.name, funding]),
    kind: outletKindLabel(m, summary.kind),
    domain: summary.domain,
    funding,
    tier: summary.tier === 'directory' ? directoryTierLabel(m, summary.origin) : null,
    facts: facts(m, summary),
    note: summary.note,
    citations: citations.flatMap((c) => {
      const href = safeHref(c.url);
      return href ? [{ url: href, title: c.title || href }] : [];
    }).slice(0, MAX_CITATIONS),
    provenance: summary.tier === 'directory' ? m.t('provenanceDirectory', [reviewed, summary.domain]) : m.t('provenanceDomain', [reviewed, summary.domain]),
  };
}

/** Answers a batch of addresses: each outlet once, and per address its outlet's position or null. */
export function lookupLinks(m: Messages, addresses: readonly string[], index: DatasetIndex): LinkLookupReply {
  const outlets: LinkOutlet[] = [];
  const positions = new Map<string, number>();
  const matches = addresses.map((address) => {
    const url = addressUrl(address);
    const found = url ? matchOutlet(url, index) : null;
    if (!url || !found) return null;
    const key = `${found.summary.id}\u0000${found.summary.domain}`;
    if (!positions.has(key)) {
      positions.set(key, outlets.length);
      outlets.push(linkOutlet(m, found.summary, url, index));
    }
    return positions.get(key)!;
  });
  return { outlets, matches };
}
