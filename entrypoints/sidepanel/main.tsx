import { panelAction, storedAnswer, type Followed, type TabEvent } from '@/lib/sidepanel/follow-active-tab';
import { activeTabId, analysisView, pageMessages, tabFromQuery } from '../shared/analysis-view';

/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the popup's view, kept open, following the active tab of
 * its window. It sees a page only as the popup does (a toolbar click grants activeTab, or the site was allowed);
 * other tabs show what the background already has, or "click the Sourcelight button".
 */

const view = analysisView(document.getElementById('app')!, pageMessages(), 'panel');

async function follow(): Promise<void> {
  const [current, own] = await Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]);
  const followed: Followed = { windowId: current.id ?? -1, tabId: tabFromQuery(), ownTabId: own?.id ?? null };
  const show = (tabId: number | null) => {
    followed.tabId = tabId;
    view.show(tabId);
  };
  const findActive = async () => {
    const [tab] = await browser.tabs.query({ active: true, windowId: followed.windowId });
    // Opened as a page in a tab, the panel itself is the active tab: keep showing the last tab followed.
    if (tab?.id !== undefined && tab.id !== followed.ownTabId && tab.id !== followed.tabId) show(tab.id);
  };
  const handle = (event: TabEvent) => {
    const action = panelAction(followed, event);
    if (action.do === 'show') show(action.tabId);
    else if (action.do === 'loading') view.loading();
    else if (action.do === 'find-active') void findActive();
  };
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => handle({ kind: 'activated', tabId, windowId }));
  browser.tabs.onUpdated.addListener((tabId, { status, url }) => handle({ kind: 'updated', tabId, status, url }));
  browser.tabs.onRemoved.addListener((tabId) => handle({ kind: 'removed', tabId }));
  browser.windows.onFocusChanged.addListener((windowId) => handle({ kind: 'focused', windowId }));
  // The background's answers for the followed tab (after a toolbar click, or a page read on load) replace a
  // "no access" or "analysing" on screen.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && storedAnswer(followed.tabId, view.shown.state, changes)) show(followed.tabId);
  });
  if (followed.tabId !== null) show(followed.tabId);
  else if (followed.ownTabId === null) show(await activeTabId());
  else await findActive();
}

void follow();
