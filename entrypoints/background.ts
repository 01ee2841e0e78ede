import compiled from '@/lib/dataset/generated/dataset.json';
import { applyBadge } from '@/lib/background/action-badge';
import { analyseOnLoad } from '@/lib/background/analyse-on-load';
import { annotationPortsFromBrowser, type AnnotationBrowser } from '@/lib/background/annotation-browser';
import { EXTRACT_SCRIPT } from '@/lib/background/annotation-registration';
import { startAnnotationService } from '@/lib/background/annotation-service';
import { BackgroundController, type CachedTab } from '@/lib/background/controller';
import { offscreenPortFromBrowser, type OffscreenBrowser } from '@/lib/background/offscreen-browser';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/background/sender';
import { readSnapshotHere, readSnapshotOffscreen, type SnapshotReader } from '@/lib/background/snapshot-reader';
import { htmlParserWith } from '@/lib/extract/extract-page';
import type { CompiledDataset } from '@/lib/dataset/compile';
import type { DatasetIndex } from '@/lib/dataset/dataset-index';
import { OVERLAY_STORAGE_KEY, type Overlay } from '@/lib/dataset/overlay';
import { indexWithOverlay } from '@/lib/dataset/overlay-index';
import { OverlayStore } from '@/lib/dataset/overlay-store';
import { OVERLAY_REVISION_KEY, overlayStoragePort } from '@/lib/storage/overlay-port';
import { messagesFromI18n, type I18nLike } from '@/lib/i18n';
import { parseRequest, type SnapshotReply, type TabState } from '@/lib/messaging/protocol';
import type { ExtractResult, SnapshotResult } from '@/lib/model/page';
import { badgeFor, badgeForAddress } from '@/lib/present/badge';
import { storageAreaPort } from '@/lib/storage/storage-port';
import { TAB_KEY_PREFIX, tabStorageKey } from '@/lib/storage/tab-key';
import { annotatesOrigin } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/settings-store';
import { startToolbarBehaviour, type ToolbarBrowser } from '@/lib/background/toolbar-browser';
import { startLinkMarksService, type LinkMarksBrowser } from '@/lib/background/link-service';

export default defineBackground(() => {
  let index: DatasetIndex | null = null;
  // The user's overlay (options page / import) from IndexedDB (lib/storage/overlay-port.ts), merged over the bundled
  // dataset; read on the first request, not at start-up, and the index rebuilt lazily after every change.
  let overlay: Overlay | null = null;
  const overlayStore = new OverlayStore(overlayStoragePort(indexedDB, browser.storage.local));
  let overlayLoads = 0;
  const loadOverlay = async () => {
    const load = ++overlayLoads;
    const loaded = await overlayStore.load();
    if (load !== overlayLoads) return; // a newer change is being loaded
    for (const line of [...loaded.errors, ...loaded.warnings]) console.warn(`Sourcelight overlay: ${line}`);
    overlay = loaded.overlay;
    index = null;
  };
  let overlayLoad: Promise<void> | null = null;
  const overlayReady = () => (overlayLoad ??= loadOverlay().catch((error: unknown) => console.warn('Sourcelight overlay: not loaded', error)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (OVERLAY_STORAGE_KEY in changes || OVERLAY_REVISION_KEY in changes)) {
      overlayLoad = loadOverlay()
        .then(() => controller.forgetAll()) // cached analyses describe the dataset before the change
        .catch((error: unknown) => console.warn('Sourcelight overlay: not reloaded', error));
    }
  });
  const datasetIndex = () => (index ??= indexWithOverlay(compiled as unknown as CompiledDataset, overlay));

  // Readability runs off the page's thread: here in Firefox's event page, in an offscreen document in Chromium,
  // whose service worker has no DOM.
  const readSnapshot: SnapshotReader =
    typeof DOMParser === 'function'
      ? readSnapshotHere(htmlParserWith(DOMParser))
      : readSnapshotOffscreen(offscreenPortFromBrowser(browser as unknown as OffscreenBrowser));
  const readArticle = (result: SnapshotResult): Promise<ExtractResult> => (result.status === 'ok' ? readSnapshot.read(result.snapshot) : Promise.resolve(result));

  const controller = new BackgroundController(datasetIndex, {
    injectContentScript: async (tabId) => {
      // Opening Chromium's offscreen document while the page snapshots took a cold click-to-analysis on an article
      // from 724 to 654 ms (median of 15); a page that turns out not to be an article pays ~50 ms for it instead.
      readSnapshot.prepare();
      const results = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
      return results.some((result) => result != null);
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    save: async (tabId, entry) => {
      if (entry) await browser.storage.session.set({ [tabStorageKey(tabId)]: entry });
      else await browser.storage.session.remove(tabStorageKey(tabId));
    },
    load: async (tabId) => {
      const stored = await browser.storage.session.get(tabStorageKey(tabId));
      return (stored[tabStorageKey(tabId)] as CachedTab | undefined) ?? null;
    },
    clearAll: async () => {
      const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(TAB_KEY_PREFIX));
      await browser.storage.session.remove(keys);
    },
  });

  const extensionOrigin = browser.runtime.getURL('/');
  // The toolbar badge: the outlet's funding model once a tab's analysis is ready, cleared when the tab moves on.
  const uiMessages = messagesFromI18n(browser.i18n as unknown as I18nLike);
  const showBadge = (tabId: number, state: TabState | null) => applyBadge(browser.action, tabId, badgeFor(uiMessages, state));
  const annotations = startAnnotationService(
    // WXT types executeScript as a union of injections; the service only injects files.
    annotationPortsFromBrowser(browser as unknown as AnnotationBrowser, uiMessages),
  );

  // Link marks: the content script registered where the reader turned them on asks which outlets links go to.
  const linkMarks = startLinkMarksService(browser as unknown as LinkMarksBrowser, uiMessages, datasetIndex);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const request = parseRequest(message);
    if (!request) return false;
    let reply: Promise<unknown> | null = null;
    if (request.type === 'sourcelight/page-snapshot' && isOwnContentScript(sender, browser.runtime.id, extensionOrigin)) {
      const tabId = sender.tab!.id!;
      const pageUrl = sender.url ?? '';
      void readArticle(request.result).then(async (result) => {
        await overlayReady();
        const state = await controller.pageExtracted(tabId, pageUrl, result);
        // The content script gets the paragraphs (which annotation spans point into) before any annotation.
        const answer: SnapshotReply = { paragraphs: state && result.status === 'ok' ? result.page.paragraphs : [] };
        sendResponse(answer);
        if (state) void annotations.annotate(tabId, pageUrl, state);
        await showBadge(tabId, state);
      }).catch(() => sendResponse({ paragraphs: [] }));
      return true;
    } else if (request.type === 'sourcelight/get-tab-state' && isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin)) {
      reply = overlayReady().then(() => controller.tabState(request.tabId, request.wait, request.restart));
    } else if (request.type === 'sourcelight/lookup-links' && isOwnContentScript(sender, browser.runtime.id, extensionOrigin)) {
      reply = overlayReady().then(() => linkMarks.lookup(request));
    }
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => sendResponse({ state: 'failed', reason: String(error).slice(0, 500) }));
    return true;
  });

  // The toolbar button opens the popup or the side panel, as the reader chose; a click on it grants activeTab.
  startToolbarBehaviour(browser as unknown as ToolbarBrowser, (tabId) => overlayReady().then(() => controller.tabState(tabId, false)));

  // A page that loads (or an SPA route change, back/forward) drops the tab's analysis. The badge then shows the
  // outlet of the new address: `tab.url` is there only where the reader granted access, so elsewhere it is cleared.
  const showAddressBadge = (tabId: number, url: string | undefined) => applyBadge(browser.action, tabId, badgeForAddress(uiMessages, url, datasetIndex()));
  // Where the reader granted the site, a page that finished loading is analysed at once (see analyse-on-load.ts).
  const onLoadPorts = {
    hasHostAccess: (pattern: string) => browser.permissions.contains({ origins: [pattern] }),
    readOnLoad: async (origin: string) => annotatesOrigin((await loadSettings(storageAreaPort(browser.storage.local))).settings, origin),
    analyse: (tabId: number) => overlayReady().then(() => controller.tabState(tabId, false)),
  };
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.url !== undefined || changeInfo.status === 'loading') {
      void controller.forget(tabId).then(async () => {
        await overlayReady();
        await showAddressBadge(tabId, tab.url);
      });
    }
    if (changeInfo.status === 'complete') void analyseOnLoad(onLoadPorts, tabId, tab.url);
  });
  // A prerendered page swapped in for the tab's own (Chromium) arrives as a new tab id.
  browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
    void controller.forget(removedTabId);
    void browser.tabs.get(addedTabId).then((tab) => showAddressBadge(addedTabId, tab.url), () => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void controller.forget(tabId));
});
