import { isOwnExtensionPage } from '@/lib/background/sender';
import { readSnapshotHere } from '@/lib/background/snapshot-reader';
import { htmlParserWith } from '@/lib/extract/extract-page';
import { parseReadSnapshot } from '@/lib/messaging/protocol';

/**
 * Chromium's offscreen document (reason DOM_PARSER): reads the article out of page snapshots the service worker
 * sends, with this document's DOMParser (inert documents: no script runs, nothing loads). Answers nothing else,
 * and nobody but the extension's own worker and pages.
 */
const reader = readSnapshotHere(htmlParserWith(DOMParser));
const extensionOrigin = browser.runtime.getURL('/');

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin)) return false;
  const request = parseReadSnapshot(message);
  if (!request) return false;
  void reader.read(request.snapshot).then(sendResponse);
  return true;
});
