import type { AnnotateMessage, AnnotationItem, ClearAnnotationsMessage } from '../messaging/protocol';

export const ANNOTATE_SCRIPT = '/annotate.js';

/** The two extension APIs delivering annotations needs (the background's and the popup's `browser`). */
export interface TabMessaging {
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

/** Loads the annotation script into the tab's top frame (a no-op when it is there) and sends it the annotations. */
export async function deliverAnnotations(api: TabMessaging, tabId: number, items: AnnotationItem[]): Promise<void> {
  await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ANNOTATE_SCRIPT] });
  const message: AnnotateMessage = { type: 'sourcelight/annotate', items };
  await api.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Asks the tab's annotation script, if any, to remove everything it drew. */
export async function clearAnnotations(api: TabMessaging, tabId: number): Promise<void> {
  const message: ClearAnnotationsMessage = { type: 'sourcelight/clear-annotations' };
  await api.tabs.sendMessage(tabId, message, { frameId: 0 });
}
