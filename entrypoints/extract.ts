import { createRevealer } from '@/lib/annotate/reveal';
import { extractionSteps } from '@/lib/extract/extract-page';
import { idleScheduler, runStepByStep } from '@/lib/extract/idle-steps';
import { LIMITS } from '@/lib/model/limits';
import { parseReveal, type PageExtractedMessage } from '@/lib/messaging/protocol';
import type { ExtractResult } from '@/lib/model/page';

/** Set on the script's own (isolated) global, so a second injection re-extracts but adds no listener. */
const LISTENING = Symbol.for('sourcelight.listening');

/**
 * Injected on demand (popup opened: activeTab + scripting), never declared for all pages. An unlisted script rather
 * than a WXT content script: WXT's content-script wrapper announces itself to the page (a postMessage and a DOM
 * event named after the extension's id), which would let any page detect Sourcelight.
 * Costs the page one Readability pass on a clone, in idle-time steps, then one message. Afterwards it only answers
 * the popup's "show me this in the article" requests.
 */
export default defineUnlistedScript(() => {
  const state = globalThis as typeof globalThis & { [LISTENING]?: { paragraphs: readonly string[] } };
  const report = (result: ExtractResult) => {
    const message: PageExtractedMessage = { type: 'sourcelight/page-extracted', result };
    const paragraphs = result.status === 'ok' ? result.page.paragraphs : [];
    if (state[LISTENING]) state[LISTENING].paragraphs = paragraphs;
    else listen((state[LISTENING] = { paragraphs }));
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the popup will ask again.
    });
  };
  runStepByStep(
    extractionSteps(document, location.href, { budgetMs: LIMITS.extractBudgetMs }),
    idleScheduler(LIMITS.extractIdleTimeoutMs),
    report,
    (error) => report({ status: 'failed', url: location.href.slice(0, LIMITS.maxUrl), reason: String(error).slice(0, LIMITS.maxShortString) }),
  );
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
