import { extractPage } from '@/lib/extract/extract-page';
import type { PageExtractedMessage } from '@/lib/messaging/protocol';

/**
 * Injected on demand (popup opened: activeTab + scripting), never declared for all pages.
 * Costs the page one Readability pass on a clone, in idle time, then one message.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const run = () => {
      const message: PageExtractedMessage = {
        type: 'sourcelight/page-extracted',
        result: extractPage(document, location.href),
      };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the popup will ask again.
      });
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  },
});
