import { expect } from 'vitest';
import type { TabState } from '@/lib/messaging/protocol';
import { LOOKALIKE, type RenderedPopup } from './common';

/** The warning the popup must show for the look-alike BBC page, word for word. */
export const LOOKALIKE_WARNING = 'This page presents itself as BBC News, but it is not on a BBC domain (bbc.co.uk, bbc.com).';

/** What every browser must show for the look-alike BBC page: the warning, the page's own address, no BBC card. */
export function expectLookalikePopup(rendered: RenderedPopup & { warning: string | null }): void {
  expect(rendered.state).toBe('ready');
  expect(rendered.title).toBe(LOOKALIKE.title);
  expect(rendered.warning?.replace(/[\u2068\u2069]/g, '')).toBe(LOOKALIKE_WARNING);
  expect(rendered.outletId).toBe('unknown');
  expect(rendered.outletName).toBe('news-today.example');
  expect(rendered.text).not.toContain('Broadcaster');
}

/** The background's analysis of the look-alike page, as loaded from its look-alike address. */
export function expectLookalikeAnalysis(state: TabState): void {
  expect(state.state).toBe('ready');
  if (state.state !== 'ready') return;
  expect(state.analysis.url).toBe(LOOKALIKE.address);
  expect(state.analysis.outlet).toBeNull();
  expect(state.analysis.site).toMatchObject({ host: 'bbc.co.uk.news-today.example', registrableDomain: 'news-today.example', impersonates: { id: 'bbc', claimedAs: 'BBC News' } });
}

/** The toolbar badge for that tab: the warning code and the reason as its tooltip. */
export function expectLookalikeBadge(badge: { text: string; title: string }): void {
  expect(badge.text).toBe('!');
  expect(badge.title).toBe('Sourcelight warning: this page presents itself as BBC, but it is not on its domains (bbc.co.uk, bbc.com)');
}
