import type { ReadSnapshotMessage } from '../messaging/protocol';
import type { OffscreenPort } from './snapshot-reader';

/** The Chromium APIs behind the offscreen document: the background's `browser`, or a fake in tests. */
export interface OffscreenBrowser {
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime: {
    getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
    sendMessage(message: ReadSnapshotMessage): Promise<unknown>;
  };
}

export const OFFSCREEN_PAGE = '/offscreen.html';

/** The offscreen port over Chromium's APIs (runtime.getContexts, offscreen.*, runtime.sendMessage). */
export function offscreenPortFromBrowser(api: OffscreenBrowser): OffscreenPort {
  return {
    hasDocument: async () => (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    createDocument: () =>
      api.offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['DOM_PARSER'],
        justification: "Reads the article out of a copy of the page, off the page's own thread.",
      }),
    closeDocument: () => api.offscreen.closeDocument(),
    send: (message) => api.runtime.sendMessage(message),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  };
}
