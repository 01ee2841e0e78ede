import { extractSnapshot, type HtmlParser } from '../extract/extract-page';
import { parseExtractResult, type ReadSnapshotMessage } from '../messaging/protocol';
import { LIMITS } from '../model/limits';
import type { ExtractResult, PageSnapshot } from '../model/page';

/** Reads the article out of a page's snapshot, somewhere off the page's thread. */
export interface SnapshotReader {
  /** Never rejects. */
  read(snapshot: PageSnapshot): Promise<ExtractResult>;
  /** Gets ready to read (Chromium: opens the offscreen document) while the page is still taking its snapshot. */
  prepare(): void;
}

const failed = (snapshot: PageSnapshot, reason: string): ExtractResult => ({ status: 'failed', url: snapshot.url, reason: reason.slice(0, LIMITS.maxShortString) });

/** In this context, when it has a DOM (Firefox's event page, the offscreen document itself). */
export function readSnapshotHere(parseHtml: HtmlParser): SnapshotReader {
  return {
    read: async (snapshot) => extractSnapshot(snapshot, parseHtml, { budgetMs: LIMITS.extractBudgetMs }),
    prepare: () => undefined,
  };
}

/** The `chrome.offscreen` calls the reader needs, injected so its logic is testable without a browser. */
export interface OffscreenPort {
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  closeDocument(): Promise<void>;
  /** Sends to the offscreen document (runtime.sendMessage) and resolves with its answer. */
  send(message: ReadSnapshotMessage): Promise<unknown>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/** An idle offscreen document is closed after this long, so it holds no memory while the reader is not using it. */
export const OFFSCREEN_IDLE_MS = 30_000;

/**
 * Chromium: its service worker has no DOMParser, so an offscreen document (reason DOM_PARSER) reads snapshots.
 * It is opened when an analysis starts (`prepare`), so that it is ready when the page's snapshot arrives, or else on
 * first use; it is shared by concurrent reads (Chromium allows one per extension) and closed once idle.
 * Its answer is validated like any message; a document that cannot be created or does not answer gives "failed".
 */
export function readSnapshotOffscreen(port: OffscreenPort, idleMs = OFFSCREEN_IDLE_MS): SnapshotReader {
  let opening: Promise<void> | null = null;
  let reading = 0;
  let idleTimer: unknown = null;

  const open = () =>
    (opening ??= (async () => {
      if (!(await port.hasDocument())) await port.createDocument();
    })().catch(async (error: unknown) => {
      opening = null;
      // Another worker instance may have created it between the check and the creation.
      if (!(await port.hasDocument().catch(() => false))) throw error;
    }));

  const closeWhenIdle = () => {
    if (idleTimer !== null) port.clearTimer(idleTimer);
    idleTimer = port.setTimer(() => {
      idleTimer = null;
      if (reading > 0) return;
      opening = null;
      void port.closeDocument().catch(() => undefined);
    }, idleMs);
  };

  const ask = async (snapshot: PageSnapshot) => {
    await open();
    const answer = parseExtractResult(await port.send({ type: 'sourcelight/read-snapshot', snapshot }));
    return answer ?? failed(snapshot, 'the article reader gave no valid answer');
  };

  const read = async (snapshot: PageSnapshot) => {
    reading++;
    try {
      try {
        return await ask(snapshot);
      } catch {
        // The document went away since it was opened (closed by the browser): open it again, once.
        opening = null;
        return await ask(snapshot);
      }
    } catch (error) {
      return failed(snapshot, `the article reader is not available: ${String((error as Error)?.message ?? error)}`);
    } finally {
      reading--;
      closeWhenIdle();
    }
  };

  const prepare = () => {
    // A failure here is met again, and reported, by the read that follows.
    open().then(closeWhenIdle, () => undefined);
  };

  return { read, prepare };
}
