import { createRevealer } from '@/lib/annotate/reveal';
import { idleScheduler, runStepByStep } from '@/lib/extract/idle-steps';
import { snapshotSteps } from '@/lib/extract/snapshot';
import { LIMITS } from '@/lib/model/limits';
import { parseReveal, parseSnapshotReply, type PageSnapshotMessage } from '@/lib/messaging/protocol';
import type { SnapshotResult } from '@/lib/model/page';

/** Set on the script's own (isolated) global, so a second injection re-extracts but adds no listener. */
const LISTENING = Symbol.for('sourcelight.listening');

/** The article's paragraphs as the background read them; spans in reveal and annotate requests point into them. */
interface ExtractState {
  paragraphs: Promise<readonly string[]>;
}

/**
 * Injected on demand (popup opened: activeTab + scripting), never declared for all pages. An unlisted script rather
 * than a WXT content script: WXT's content-script wrapper announces itself to the page (a postMessage and a DOM
 * event named after the extension's id), which would let any page detect Sourcelight.
 * Costs the page a clone without scripts and styles, serialised, in idle-time steps, then one message: Readability
 * reads the snapshot off the page's thread. Afterwards it only answers "show me this in the article" requests.
 */
export default defineUnlistedScript(() => {
  const state = globalThis as typeof globalThis & { [LISTENING]?: ExtractState };
  const report = (result: SnapshotResult) => {
    const message: PageSnapshotMessage = { type: 'sourcelight/page-snapshot', result };
    const paragraphs = browser.runtime.sendMessage(message).then(
      (reply) => parseSnapshotReply(reply)?.paragraphs ?? [],
      () => [], // the background may be restarting; the popup will ask again
    );
    if (state[LISTENING]) state[LISTENING].paragraphs = paragraphs;
    else listen((state[LISTENING] = { paragraphs }));
  };
  runStepByStep(
    snapshotSteps(document, location.href, { budgetMs: LIMITS.extractBudgetMs }),
    idleScheduler(LIMITS.extractIdleTimeoutMs),
    report,
    (error) => report({ status: 'failed', url: location.href.slice(0, LIMITS.maxUrl), reason: String(error).slice(0, LIMITS.maxShortString) }),
  );
});

function listen(page: ExtractState) {
  let reveal: ReturnType<typeof createRevealer> | null = null;
  let revealFor: readonly string[] | null = null;
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return;
    const request = parseReveal(message);
    if (!request) return;
    void page.paragraphs.then((paragraphs) => {
      try {
        if (revealFor !== paragraphs) {
          reveal = createRevealer(window, document, paragraphs);
          revealFor = paragraphs;
        }
        reveal!(request.span);
      } catch {
        // A page that changed under us: nothing to show, and nothing thrown into the page.
      }
    });
  });
}
