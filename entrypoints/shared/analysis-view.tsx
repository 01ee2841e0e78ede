import { render } from 'preact';
import type { AnnotateSwitchProps } from '@/components/AnnotateSwitch';
import { Popup } from '@/components/Popup';
import type { RevealTarget } from '@/components/reveal';
import { clearAnnotations, deliverAnnotations, type TabMessaging } from '@/lib/annotate/deliver';
import { annotationItems } from '@/lib/annotate/items';
import { hostPattern, siteOrigin } from '@/lib/annotate/site';
import { toggleSiteAnnotations } from '@/lib/annotate/site-toggle';
import { storageAreaPort } from '@/lib/storage/storage-port';
import { messagesFromBrowser, type GetMessage, type Messages } from '@/lib/i18n';
import { followTabState, type ShownState } from '@/lib/messaging/follow-tab-state';
import { parseTabState, type GetTabStateMessage, type RevealMessage, type TabState } from '@/lib/messaging/protocol';
import { annotatesOrigin } from '@/lib/settings/settings';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';

/**
 * The analysis view shared by the toolbar popup and the side panel: asks the background about one tab, follows its
 * state, renders <Popup>, and wires "Show in the article" and the "Annotate this site" switch to that tab.
 */

/** The page's translator, with the document's language, direction and title set from it. */
export function pageMessages(): Messages {
  const messages = messagesFromBrowser(
    // WXT types getMessage with the catalogue's literal names; the translator checks keys itself.
    browser.i18n.getMessage.bind(browser.i18n) as unknown as GetMessage,
    browser.i18n.getUILanguage(),
  );
  document.documentElement.lang = messages.maybe('@@ui_locale').replace('_', '-') || document.documentElement.lang;
  document.documentElement.dir = messages.maybe('@@bidi_dir') || 'ltr';
  document.title = messages.t('appName');
  return messages;
}

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

/** `?tab=ID` opens the view as a page for a given tab (tests, "open in tab"); null when absent. */
export function tabFromQuery(): number | null {
  const params = new URLSearchParams(location.search);
  const fromQuery = Number(params.get('tab'));
  return params.has('tab') && Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : null;
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const settingsPort = storageAreaPort(browser.storage.local);
const tabMessaging = browser as unknown as TabMessaging;

/** The "Annotate this site" switch for an analysed tab: reads the setting, and turns it on or off. */
function annotateSwitch(messages: Messages, tabId: number, state: TabState, update: (props: AnnotateSwitchProps) => void): void {
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

export interface AnalysisView {
  /** Shows a tab's analysis (null: no tab to show); a later call replaces it, and answers for the earlier one are dropped. */
  show(tabId: number | null): void;
  /** Shows "analysing" for the tab shown while its new page loads. */
  loading(): void;
  /** The state on screen, for decisions about refreshing it. */
  readonly shown: ShownState;
}

export function analysisView(root: HTMLElement, messages: Messages, surface: 'popup' | 'panel' = 'popup'): AnalysisView {
  let shown: ShownState = { state: 'analysing' };
  let turn = 0;
  const draw = (tabId: number | null, state: ShownState, annotate: AnnotateSwitchProps | null) => {
    shown = state;
    const onReveal = tabId === null || state.state === 'too-slow' ? () => {} : revealIn(tabId, state);
    const onRetry = () => void show(tabId, true);
    render(<Popup state={state} messages={messages} onReveal={onReveal} annotate={annotate} onRetry={onRetry} surface={surface} />, root);
  };
  const askTabState = async (tabId: number, wait: boolean, restart: boolean): Promise<TabState> => {
    const message: GetTabStateMessage = { type: 'sourcelight/get-tab-state', tabId, wait, restart };
    const reply = parseTabState(await browser.runtime.sendMessage(message));
    return reply ?? { state: 'failed', reason: messages.t('statusBadReply') };
  };
  /** Follows the tab's analysis until it is shown or takes too long; "Try again" (`restart`) follows it afresh. */
  const show = async (tabId: number | null, restart = false) => {
    const mine = ++turn;
    if (tabId === null) return draw(null, { state: 'restricted', url: '' }, null);
    draw(tabId, { state: 'analysing' }, null);
    const current = (state: ShownState) => mine === turn && draw(tabId, state, null);
    let first = restart;
    const ask = (wait: boolean) => {
      const asked = askTabState(tabId, wait, first);
      first = false;
      return asked;
    };
    const state = await followTabState(ask, current);
    if (mine !== turn || state.state === 'too-slow') return;
    annotateSwitch(messages, tabId, state, (props) => mine === turn && draw(tabId, state, props));
  };
  return {
    show: (tabId) => void show(tabId),
    loading: () => {
      turn++;
      draw(null, { state: 'analysing' }, null);
    },
    get shown() {
      return shown;
    },
  };
}
