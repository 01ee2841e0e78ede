import { drawAnnotations } from '@/lib/annotate/annotator';
import { parseContentMessage } from '@/lib/messaging/protocol';

/** Shared with extract.ts: both run in this extension's isolated world of the page, so they see one global. */
const LISTENING = Symbol.for('sourcelight.listening');
const ANNOTATING = Symbol.for('sourcelight.annotating');

/**
 * Inline annotations, kept out of the extraction script so that only pages the reader chose to annotate load
 * this code. Injected after extract.ts (registered together on annotated sites, or by the background or popup
 * just before they send `sourcelight/annotate`). Draws from the paragraphs extract.ts extracted.
 */
export default defineUnlistedScript(() => {
  const state = globalThis as typeof globalThis & {
    [LISTENING]?: { paragraphs: Promise<readonly string[]> };
    [ANNOTATING]?: true;
  };
  if (state[ANNOTATING]) return;
  state[ANNOTATING] = true;
  let clear = () => {};
  // Requests are handled in the order they came, each once the paragraphs its spans point into are known.
  let queue: Promise<unknown> = Promise.resolve();
  const translate = (key: string, substitutions?: string[]) =>
    browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions);
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id) return;
    const request = parseContentMessage(message);
    if (!request || request.type === 'sourcelight/reveal') return;
    queue = queue.then(async () => {
      const paragraphs = (await state[LISTENING]?.paragraphs) ?? [];
      try {
        // Drawing again replaces what was drawn; clearing removes highlights, styles, the card and its listeners.
        clear();
        clear = () => {};
        if (request.type === 'sourcelight/annotate') clear = drawAnnotations(window, document, paragraphs, request.items, translate);
      } catch {
        // A page that changed under us: nothing drawn, and nothing thrown into the page.
      }
    });
  });
});
