import { render } from 'preact';
import { Popup } from '@/components/Popup';
import type { RevealTarget } from '@/components/reveal';
import { messagesFromBrowser, type GetMessage } from '@/lib/i18n';
import { followTabState } from '@/lib/messaging/follow-tab-state';
import { parseTabState, type GetTabStateMessage, type RevealMessage, type TabState } from '@/lib/messaging/protocol';

const messages = messagesFromBrowser(
  // WXT types getMessage with the catalogue's literal names; the translator checks keys itself.
  browser.i18n.getMessage.bind(browser.i18n) as unknown as GetMessage,
  browser.i18n.getUILanguage(),
);
document.documentElement.lang = messages.maybe('@@ui_locale').replace('_', '-') || document.documentElement.lang;
document.documentElement.dir = messages.maybe('@@bidi_dir') || 'ltr';
document.title = messages.t('appName');

/** Clicking a source or claim asks the tab's content script to scroll to it and flash it. */
function revealIn(tabId: number, state: TabState) {
  return (target: RevealTarget) => {
    if (state.state !== 'ready') return;
    const item = target.kind === 'attribution' ? state.analysis.attributions[target.index] : state.analysis.claims[target.index];
    if (!item) return;
    const message: RevealMessage = { type: 'sourcelight/reveal', span: { paragraph: item.paragraph, start: item.start, end: item.end } };
    browser.tabs.sendMessage(tabId, message).catch(() => {
      // The page navigated or closed since the analysis; nothing to reveal.
    });
  };
}

async function activeTabId(): Promise<number | null> {
  // `?tab=ID` lets the popup be opened as a page for a given tab (tests, "open in tab").
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && location.search.includes('tab=')) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function askTabState(tabId: number, wait: boolean): Promise<TabState> {
  const message: GetTabStateMessage = { type: 'sourcelight/get-tab-state', tabId, wait };
  const reply = parseTabState(await browser.runtime.sendMessage(message));
  return reply ?? { state: 'failed', reason: messages.t('statusBadReply') };
}

async function main(root: HTMLElement) {
  const tabId = await activeTabId();
  const show = (state: TabState) =>
    render(<Popup state={state} messages={messages} onReveal={tabId === null ? () => {} : revealIn(tabId, state)} />, root);
  if (tabId === null) return show({ state: 'restricted', url: '' });
  show({ state: 'analysing' });
  await followTabState((wait) => askTabState(tabId, wait), show);
}

void main(document.getElementById('app')!);
