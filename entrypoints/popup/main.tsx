import { render } from 'preact';
import type { AnnotateSwitchProps } from '@/components/AnnotateSwitch';
import { Popup } from '@/components/Popup';
import type { RevealTarget } from '@/components/reveal';
import { clearAnnotations, deliverAnnotations, type TabMessaging } from '@/lib/annotate/deliver';
import { annotationItems } from '@/lib/annotate/items';
import { hostPattern, siteOrigin } from '@/lib/annotate/site';
import { toggleSiteAnnotations } from '@/lib/annotate/site-toggle';
import { storageAreaPort } from '@/lib/storage/storage-port';
import { messagesFromBrowser, type GetMessage } from '@/lib/i18n';
import { followTabState, type ShownState } from '@/lib/messaging/follow-tab-state';
import { parseTabState, type GetTabStateMessage, type RevealMessage, type TabState } from '@/lib/messaging/protocol';
import { annotatesOrigin } from '@/lib/settings/settings';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';

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

async function askTabState(tabId: number, wait: boolean, restart: boolean): Promise<TabState> {
  const message: GetTabStateMessage = { type: 'sourcelight/get-tab-state', tabId, wait, restart };
  const reply = parseTabState(await browser.runtime.sendMessage(message));
  return reply ?? { state: 'failed', reason: messages.t('statusBadReply') };
}

const settingsPort = storageAreaPort(browser.storage.local);
const tabMessaging = browser as unknown as TabMessaging;

/** The "Annotate this site" switch for an analysed tab: reads the setting, and turns it on or off. */
function annotateSwitch(tabId: number, state: TabState, update: (props: AnnotateSwitchProps) => void): void {
  if (state.state !== 'ready') return;
  const { analysis } = state;
  const origin = siteOrigin(analysis.url);
  if (!origin) return;
  const pattern = hostPattern(origin);
  let props: AnnotateSwitchProps;
  const set = (next: Partial<AnnotateSwitchProps>) => update((props = { ...props, ...next }));
  const onChange = (on: boolean) => {
    // permissions.request only works inside the click's user gesture: start it before anything is awaited.
    const granted = on ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
    set({ on, busy: true, error: null });
    const ports = {
      load: async () => (await loadSettings(settingsPort)).settings,
      save: (settings: Parameters<typeof saveSettings>[1]) => saveSettings(settingsPort, settings),
      deliver: (items: Parameters<typeof deliverAnnotations>[2]) => deliverAnnotations(tabMessaging, tabId, items),
      clear: () => clearAnnotations(tabMessaging, tabId),
    };
    void toggleSiteAnnotations(ports, origin, on, granted, () => annotationItems(analysis, messages)).then((result) =>
      set({ on: result.on, busy: false, error: result.error, reason: result.error === 'failed' ? result.reason : undefined }),
    );
  };
  props = { on: false, busy: true, error: null, onChange };
  void Promise.all([loadSettings(settingsPort), browser.permissions.contains({ origins: [pattern] })]).then(
    ([{ settings }, access]) => set({ on: annotatesOrigin(settings, origin) && access, busy: false }),
    () => set({ busy: false }),
  );
}

async function main(root: HTMLElement) {
  const tabId = await activeTabId();
  let annotate: AnnotateSwitchProps | null = null;
  let shown: ShownState = { state: 'analysing' };
  const show = (state: ShownState) => {
    shown = state;
    const onReveal = tabId === null || state.state === 'too-slow' ? () => {} : revealIn(tabId, state);
    render(<Popup state={state} messages={messages} onReveal={onReveal} annotate={annotate} onRetry={() => void follow(true)} />, root);
  };
  /** Follows the tab's analysis until it is shown or takes too long; "Try again" follows it afresh. */
  const follow = async (restart: boolean) => {
    if (tabId === null) return show({ state: 'restricted', url: '' });
    show({ state: 'analysing' });
    let first = restart;
    const state = await followTabState((wait) => {
      const ask = askTabState(tabId, wait, first);
      first = false;
      return ask;
    }, show);
    if (state.state === 'too-slow') return;
    annotateSwitch(tabId, state, (props) => {
      annotate = props;
      show(shown);
    });
  };
  await follow(false);
}

void main(document.getElementById('app')!);
