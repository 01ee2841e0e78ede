import type { ToolbarChoice } from '../settings/settings';

/**
 * What the toolbar button opens, as the reader chose in the options page. With the side panel chosen the popup is
 * removed (`action.setPopup({popup: ''})`), so a click (or the shortcut) fires `action.onClicked`, and the panel is
 * opened from that handler: both browsers only open a panel inside a user action, and the call must come before
 * anything is awaited. The click also grants activeTab for the tab, so its analysis starts there and then.
 *
 * Chrome's `sidePanel.setPanelBehavior({ openPanelOnActionClick: true })` would open the panel without our handler,
 * but then `action.onClicked` does not fire and the click grants no activeTab, so the panel could not read the page.
 */

export interface ToolbarPorts {
  setPopup(popup: string): Promise<void>;
  /** Opens the panel in a window; must be called synchronously from the click's handler. */
  openPanel(windowId: number): Promise<void>;
  /** Starts the analysis of the clicked tab (the click has just granted activeTab). */
  analyse(tabId: number): Promise<unknown>;
}

/** The popup's page, as WXT names it in the manifest. */
export const POPUP_PAGE = 'popup.html';

export function applyToolbarChoice(ports: Pick<ToolbarPorts, 'setPopup'>, choice: ToolbarChoice): Promise<void> {
  return ports.setPopup(choice === 'panel' ? '' : POPUP_PAGE);
}

/** The toolbar click when the popup is off: open the panel first (user gesture), then analyse the tab. */
export function onToolbarClick(ports: ToolbarPorts, tab: { id?: number; windowId?: number }): Promise<unknown> {
  const opened = tab.windowId === undefined ? Promise.resolve() : ports.openPanel(tab.windowId);
  const analysed = tab.id === undefined ? Promise.resolve() : ports.analyse(tab.id);
  return Promise.allSettled([opened, analysed]);
}
