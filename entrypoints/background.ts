import compiled from '@/lib/dataset/generated/dataset.json';
import { BackgroundController, type CachedTab } from '@/lib/background/controller';
import { isOwnContentScript, isOwnExtensionPage } from '@/lib/background/sender';
import type { CompiledDataset } from '@/lib/dataset/compile';
import { createDatasetIndex, type DatasetIndex } from '@/lib/dataset/dataset-index';
import { parseRequest } from '@/lib/messaging/protocol';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const storageKey = (tabId: number) => `tab:${tabId}`;

export default defineBackground(() => {
  let index: DatasetIndex | null = null;
  const datasetIndex = () => (index ??= createDatasetIndex(compiled as unknown as CompiledDataset));

  const controller = new BackgroundController(datasetIndex, {
    injectContentScript: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    save: async (tabId, entry) => {
      if (entry) await browser.storage.session.set({ [storageKey(tabId)]: entry });
      else await browser.storage.session.remove(storageKey(tabId));
    },
    load: async (tabId) => {
      const stored = await browser.storage.session.get(storageKey(tabId));
      return (stored[storageKey(tabId)] as CachedTab | undefined) ?? null;
    },
  });

  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const request = parseRequest(message);
    if (!request) return false;
    let reply: Promise<unknown> | null = null;
    if (request.type === 'sourcelight/page-extracted' && isOwnContentScript(sender, browser.runtime.id, extensionOrigin)) {
      reply = controller.pageExtracted(sender.tab!.id!, sender.url ?? '', request.result);
    } else if (request.type === 'sourcelight/get-tab-state' && isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin)) {
      reply = controller.tabState(request.tabId, request.wait);
    }
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => sendResponse({ state: 'failed', reason: String(error).slice(0, 500) }));
    return true;
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url !== undefined || changeInfo.status === 'loading') void controller.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void controller.forget(tabId));
});
