import type { Messages } from '../i18n';
import type { TabState } from '../messaging/protocol';
import type { Funding } from '../model/analysis';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import { outletForUrl } from '../match/outlet';
import { domainList, fundingSentence, keyPart } from './labels';

/**
 * The toolbar badge for a tab: once its analysis is ready, a 1–3 character code for the outlet's funding and
 * ownership model on a colour per family, and the model in plain words as the button's tooltip.
 * Pure: the background passes the result to `action.setBadge*` / `setTitle`.
 */

export interface ToolbarBadge {
  /** "" clears the badge. */
  text: string;
  background: string;
  /** Chosen so text on background reaches WCAG AA (4.5:1). */
  textColor: string;
  /** The toolbar button's tooltip. */
  title: string;
}

/** Families of funding models, each with one colour: the badge's colour says "who pays" before the code is read. */
export const FUNDING_FAMILY: Record<Funding, 'independent' | 'public' | 'state' | 'other'> = {
  private: 'independent',
  nonprofit: 'independent',
  'public-service': 'public',
  'state-funded-firewall': 'state',
  'state-controlled': 'state',
  'party-controlled': 'state',
  mixed: 'other',
  unknown: 'other',
};

/** Dark enough that white text on them passes AA (checked in tests/unit/present/badge.test.ts). */
export const FAMILY_COLOURS = {
  independent: '#1f5fa8',
  public: '#1d6b34',
  state: '#a4161a',
  other: '#55565e',
} as const;
/** A page presenting itself as an outlet it is not on: set apart from every funding family (AA with white text). */
export const IMPERSONATION_COLOUR = '#6b1d8f';
/** State-funded with a legal firewall is set apart from state-controlled within the state family. */
const FIREWALL_COLOUR = '#8a4b00';
export const BADGE_TEXT_COLOUR = '#ffffff';

const CLEARED = (m: Messages): ToolbarBadge => ({ text: '', background: FAMILY_COLOURS.other, textColor: BADGE_TEXT_COLOUR, title: m.t('appName') });

export function badgeColour(funding: Funding): string {
  return funding === 'state-funded-firewall' ? FIREWALL_COLOUR : FAMILY_COLOURS[FUNDING_FAMILY[funding]];
}

/** The badge for a tab's state; cleared for anything but a ready analysis. */
export function badgeFor(m: Messages, state: TabState | null): ToolbarBadge {
  if (!state || state.state !== 'ready') return CLEARED(m);
  const { outlet, site } = state.analysis;
  if (site.impersonates) {
    const { name, domains } = site.impersonates;
    return { text: m.t('badgeCode_impersonation'), background: IMPERSONATION_COLOUR, textColor: BADGE_TEXT_COLOUR, title: m.t('badgeTitleImpersonation', [name, domainList(domains)]) };
  }
  if (!outlet) {
    return { text: m.t('badgeCode_unknownOutlet'), background: FAMILY_COLOURS.other, textColor: BADGE_TEXT_COLOUR, title: m.t('badgeTitleUnknownOutlet') };
  }
  return outletBadge(m, outlet);
}

/**
 * The badge from a tab's address alone, as the page loads, before or without any reading of it: the outlet its
 * domain belongs to, or nothing. The background only learns a tab's address where the reader granted access.
 */
export function badgeForAddress(m: Messages, url: string | undefined, index: DatasetIndex): ToolbarBadge {
  const found = url ? outletForUrl(url, index) : null;
  return found ? outletBadge(m, found.outlet) : CLEARED(m);
}

function outletBadge(m: Messages, outlet: Pick<Outlet, 'name' | 'funding' | 'country'>): ToolbarBadge {
  return {
    text: m.maybe(`badgeCode_${keyPart(outlet.funding)}`),
    background: badgeColour(outlet.funding),
    textColor: BADGE_TEXT_COLOUR,
    title: m.t('badgeTitle', [outlet.name, fundingSentence(m, outlet.funding, outlet.country)]),
  };
}
