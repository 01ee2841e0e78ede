import { createRevealer } from '@/lib/annotate/reveal';
import { extractPage } from '@/lib/extract/extract-page';
import { LIMITS } from '@/lib/model/limits';
import { parseReveal, type PageExtractedMessage } from '@/lib/messaging/protocol';

/** Set on the content script's own (isolated) global, so a second injection re-extracts but adds no listener. */
const LISTENING = Symbol.for('sourcelight.listening');

/**
 * Injected on demand (popup opened: activeTab + scripting), never declared for all pages.
 * Costs the page one Readability pass on a clone, in idle time, then one message. Afterwards it only
 * answers the popup's "show me this in the article" requests.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const state = globalThis as typeof globalThis & { [LISTENING]?: { paragraphs: readonly string[] } };
    const run = () => {
      const result = extractPage(document, location.href, { budgetMs: LIMITS.extractBudgetMs });
      const message: PageExtractedMessage = { type: 'sourcelight/page-extracted', result };
      const paragraphs = result.status === 'ok' ? result.page.paragraphs : [];
      if (state[LISTENING]) state[LISTENING].paragraphs = paragraphs;
      else listen((state[LISTENING] = { paragraphs }));
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the popup will ask again.
      });
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  },
});

function listen(page: { paragraphs: readonly string[] }) {
  let reveal: ReturnType<typeof createRevealer> | null = null;
  let revealFor: readonly string[] | null = null;
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return;
    const request = parseReveal(message);
    if (!request) return;
    if (revealFor !== page.paragraphs) {
      reveal = createRevealer(window, document, page.paragraphs);
      revealFor = page.paragraphs;
    }
    try {
      reveal!(request.span);
    } catch {
      // A page that changed under us: nothing to show, and nothing thrown into the page.
    }
  });
}
