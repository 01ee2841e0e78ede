import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { parseTabState, type GetTabStateMessage, type TabState } from '@/lib/messaging/protocol';

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
  return reply ?? { state: 'failed', reason: 'The background sent an answer Sourcelight did not understand.' };
}

async function main(root: HTMLElement) {
  const show = (state: TabState) => render(<Popup state={state} />, root);
  show({ state: 'analysing' });
  const tabId = await activeTabId();
  if (tabId === null) return show({ state: 'restricted', url: '' });
  let state = await askTabState(tabId, false);
  show(state);
  for (let attempt = 0; state.state === 'analysing' && attempt < 4; attempt++) {
    state = await askTabState(tabId, true);
    show(state);
  }
}

void main(document.getElementById('app')!);
