import { annotationItems } from '../annotate/items';
import { hostPattern, siteOrigin } from '../annotate/site';
import type { Messages } from '../i18n';
import type { AnnotationItem, TabState } from '../messaging/protocol';
import { annotatesOrigin, type Settings } from '../settings/settings';

/** Browser glue for annotating a tab, injected so the decision is testable without a browser. */
export interface AnnotationPorts {
  settings(): Promise<Settings>;
  /** Whether the extension holds this host permission (permissions.contains). */
  hasHostAccess(pattern: string): Promise<boolean>;
  /** Loads the annotation script into the tab's top frame and sends it `sourcelight/annotate`. */
  deliver(tabId: number, items: AnnotationItem[]): Promise<void>;
  messages: Messages;
}

/**
 * After a page's analysis: annotate it when the reader turned annotations on for its site (or everywhere) and
 * granted the host permission. Returns how many annotations were sent (0 when none were).
 */
export async function annotateIfEnabled(ports: AnnotationPorts, tabId: number, pageUrl: string, state: TabState): Promise<number> {
  if (state.state !== 'ready') return 0;
  const origin = siteOrigin(pageUrl);
  if (!origin || !annotatesOrigin(await ports.settings(), origin)) return 0;
  if (!(await ports.hasHostAccess(hostPattern(origin)))) return 0;
  const items = annotationItems(state.analysis, ports.messages);
  if (items.length) await ports.deliver(tabId, items);
  return items.length;
}
