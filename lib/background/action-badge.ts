import type { ToolbarBadge } from '../present/badge';

/** The part of `browser.action` the badge needs; `setBadgeTextColor` is missing in older browsers. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** Shows `badge` on the toolbar button for one tab. Never throws: the tab may have closed meanwhile. */
export async function applyBadge(action: BadgeAction, tabId: number, badge: ToolbarBadge): Promise<void> {
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.background }),
      action.setBadgeTextColor?.({ tabId, color: badge.textColor }),
      action.setTitle({ tabId, title: badge.title }),
    ]);
  } catch {
    // No tab with this id any more: nothing to show.
  }
}
