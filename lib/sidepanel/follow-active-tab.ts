import type { ShownState } from '../messaging/follow-tab-state';
import { parseTabState, type TabState } from '../messaging/protocol';
import { tabStorageKey } from '../storage/tab-key';

/**
 * The side panel's pure decisions: which tab it shows as the reader switches tabs and navigates, and when a change
 * the background stored is worth showing. The entrypoint feeds it browser events and carries out the answer.
 */

/** What the panel follows: the active tab of its own window. */
export interface Followed {
  windowId: number;
  /** The tab shown now; null before the first answer. */
  tabId: number | null;
  /** The panel's own tab when it is opened as a page (tests, "open in tab"): never a tab to analyse. */
  ownTabId: number | null;
}

export type TabEvent =
  | { kind: 'activated'; tabId: number; windowId: number }
  | { kind: 'updated'; tabId: number; status?: string; url?: string }
  | { kind: 'focused'; windowId: number }
  | { kind: 'removed'; tabId: number };

export type PanelAction =
  /** Ask the background about this tab and show its answer (a new tab, or the same tab's new page). */
  | { do: 'show'; tabId: number }
  /** The followed tab is loading a new page: show "analysing" and wait for it to finish before asking. */
  | { do: 'loading' }
  /** Which tab is active is not known from the event: ask the browser. */
  | { do: 'find-active' }
  | { do: 'nothing' };

const NOTHING: PanelAction = { do: 'nothing' };

export function panelAction(followed: Followed, event: TabEvent): PanelAction {
  switch (event.kind) {
    case 'activated':
      if (event.windowId !== followed.windowId || event.tabId === followed.ownTabId) return NOTHING;
      return event.tabId === followed.tabId ? NOTHING : { do: 'show', tabId: event.tabId };
    case 'updated':
      if (event.tabId !== followed.tabId) return NOTHING;
      if (event.status === 'loading') return { do: 'loading' };
      // A finished load, or an address change without a load (an SPA's history.pushState).
      return event.status === 'complete' || event.url !== undefined ? { do: 'show', tabId: event.tabId } : NOTHING;
    case 'focused':
      // Back to the panel's window: an event missed while the browser was elsewhere cannot leave the panel stale.
      return event.windowId === followed.windowId ? { do: 'find-active' } : NOTHING;
    case 'removed':
      return event.tabId === followed.tabId ? { do: 'find-active' } : NOTHING;
  }
}

/** States that are the background's last word on a page; "analysing" and "no-access" are not. */
const FINAL = new Set<TabState['state']>(['ready', 'not-article', 'too-large', 'failed', 'restricted']);

/**
 * Whether a state the background just stored for the followed tab should replace what the panel shows: the panel
 * is still waiting (or lacked access) and the background now has an answer, e.g. after a toolbar click granted
 * access, or an annotated site was read on load. Answers never trigger a new request, so no loop can start.
 */
export function storedAnswer(followedTabId: number | null, shown: ShownState['state'], changes: Record<string, { newValue?: unknown }>): TabState | null {
  if (followedTabId === null || (shown !== 'analysing' && shown !== 'no-access' && shown !== 'too-slow')) return null;
  const entry = changes[tabStorageKey(followedTabId)]?.newValue;
  if (typeof entry !== 'object' || entry === null) return null;
  const state = parseTabState((entry as { state?: unknown }).state);
  return state && FINAL.has(state.state) ? state : null;
}
