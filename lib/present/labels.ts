import type { Messages } from '../i18n';
import type { Funding, OutletSummary, Typology } from '../model/analysis';

/** Plain-word labels for dataset codes, in the reader's language. Pure: every string comes from `Messages`. */

/** Message-name fragment for a code ("state-funded-firewall" → "state_funded_firewall"). */
export const keyPart = (code: string): string => code.replace(/[^A-Za-z0-9_@]/g, '_');

const regionNames = new Map<string, Intl.DisplayNames | null>();
function displayNames(locale: string): Intl.DisplayNames | null {
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames([locale, 'en'], { type: 'region' }) : null;
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return regionNames.get(locale) ?? null;
}

/** "US" → "United States" ("États-Unis" in French); the code itself when the runtime has no names. */
export function countryName(code: string | null, locale: string): string | null {
  if (!code) return null;
  try {
    return displayNames(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "the US government" / "le gouvernement américain", or a generic phrase built from the country's name. */
export function governmentPhrase(m: Messages, country: string): string {
  return m.maybe(`gov_${keyPart(country)}`) || m.t('govFallback', countryName(country, m.locale) ?? country);
}

/** The funding badge: "Funded by the US government; editorially independent by law". */
export function fundingSentence(m: Messages, funding: Funding, country: string | null): string {
  if (country && funding === 'state-funded-firewall') return m.t('fundingFirewallBy', governmentPhrase(m, country));
  if (country && funding === 'state-controlled') return m.t('fundingControlledBy', governmentPhrase(m, country));
  return m.maybe(`funding_${keyPart(funding)}`);
}

export function typologyLabel(m: Messages, typology: Typology): string {
  return m.t('typologyWithCode', [m.maybe(`typology_${typology}`), typology]);
}

export function typologyHelp(m: Messages, typology: Typology): string {
  return m.maybe(`typologyHelp_${typology}`);
}

/** Wikipedia perennial-sources status in words; the raw status when unknown to the catalogue. */
export function reliabilityLabel(m: Messages, status: string): string {
  return m.maybe(`reliability_${keyPart(status)}`) || status;
}

/** "From Wikidata; not reviewed by Sourcelight" / "From the Local News Dataset (2023); …". */
export function directoryTierLabel(m: Messages, origin: OutletSummary['origin']): string {
  if (origin === 'wikidata') return m.t('tier_wikidata');
  return m.t('tier_local_news', origin === 'local-news-2018' ? '2018' : '2023');
}

/** "Listed by CRED-1 as “unreliable”". */
export function lowCredibilityLine(m: Messages, category: NonNullable<OutletSummary['lowCredibility']>['category']): string {
  return m.t('lowCredibilityLine', m.maybe(`cred_${category}`) || category);
}

export function outletKindLabel(m: Messages, kind: OutletSummary['kind']): string {
  return m.maybe(`kind_${keyPart(kind)}`) || kind;
}

/** Entity types from the dataset ("monitor", "outlet:wire") in words. */
export function entityTypeLabel(m: Messages, type: string): string {
  if (type.startsWith('outlet:')) return outletKindLabel(m, type.slice('outlet:'.length) as OutletSummary['kind']);
  return m.maybe(`entity_${keyPart(type)}`) || type;
}

/** "2026-11-25" → "Nov 25, 2026" / "25 nov. 2026"; other strings are returned as they are. */
export function formatDate(locale: string, iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

/** 0.615 → "62%" / "62 %". Shares under 1% but above zero read "<1%". */
export function formatShare(locale: string, share: number): string {
  const format = (x: number) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
    } catch {
      return `${Math.round(x * 100)}%`;
    }
  };
  if (share > 0 && share < 0.005) return `<${format(0.01)}`;
  return format(share);
}

/** Cuts a long quote at a word boundary near `max` characters. */
export function truncateAtWord(text: string, max: number): { short: string; truncated: boolean } {
  if (text.length <= max) return { short: text, truncated: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const short = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '');
  return { short: `${short}…`, truncated: true };
}

/** "A, B and C" / "A, B et C". */
export function formatList(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** An outlet's domains as a reader writes them, "bbc.co.uk, bbc.com": the first four, then "…". */
export function domainList(domains: readonly string[]): string {
  const MAX = 4;
  return domains.slice(0, MAX).join(', ') + (domains.length > MAX ? ', …' : '');
}

/**
 * Page text set inside one of our sentences, between first-strong isolates (U+2068 … U+2069): a right-to-left
 * name, or a stray U+202E in it, then cannot reorder the words and commas around it. Text nodes only, no markup.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Decorative symbols shown beside (never instead of) a stance's text label. */
export const STANCE_ICONS = { agrees: '✓', disputes: '✕', revises: '↺', context: '◇', derived: '∑' } as const;
