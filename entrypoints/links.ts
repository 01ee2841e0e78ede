import { startLinkMarks } from '@/lib/links/link-marker';
import { parseLinkLookupReply, type LookupLinksMessage } from '@/lib/messaging/protocol';

const MARKING = Symbol.for('sourcelight.linkMarks');

/**
 * Link marks, registered by the background for the sites where the reader turned them on (and nowhere else).
 * Carries no dataset: it asks the background which outlets the page's links go to, and draws their marks.
 */
export default defineUnlistedScript(() => {
  const state = globalThis as typeof globalThis & { [MARKING]?: true };
  if (state[MARKING] || window.top !== window) return;
  state[MARKING] = true;
  const translate = (key: string, substitutions?: string[]) =>
    browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions);
  try {
    startLinkMarks(window, document, {
      t: translate,
      lookup: async (addresses) => {
        const message: LookupLinksMessage = { type: 'sourcelight/lookup-links', addresses };
        return parseLinkLookupReply(await browser.runtime.sendMessage(message));
      },
    });
  } catch {
    // Nothing thrown into the page.
  }
});
