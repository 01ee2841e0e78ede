import { applyHighlights } from './highlight';
import { buildTextMap, rangesForSpans, type PageTextMap, type TextSpan } from './text-map';

const FLASH_MS = 1600;

export interface Flasher {
  /** Highlights the range for a moment, replacing any flash still showing. */
  flash(range: Range): void;
  /** Takes a flash still showing away now (its owner is going away; a background tab's timer may run late). */
  clear(): void;
}

/** Flashes one range at a time with a highlight (no DOM change); a new flash replaces the previous one. */
export function createFlasher(win: Window, doc: Document): Flasher {
  let clearFlash: (() => void) | null = null;
  const clear = () => {
    clearFlash?.();
    clearFlash = null;
  };
  const flash = (range: Range) => {
    clear();
    const dispose = applyHighlights(win, doc, { flash: [range] });
    clearFlash = dispose;
    if (dispose) {
      win.setTimeout(() => {
        if (clearFlash === dispose) clear();
      }, FLASH_MS);
    }
  };
  return { flash, clear };
}

/**
 * Scrolls the live page to a span of the extracted article and flashes it with a highlight (no DOM change).
 * The page's text map is built on first use only. Returns whether the span could be placed in the page.
 */
export function createRevealer(win: Window, doc: Document, paragraphs: readonly string[]): (span: TextSpan) => boolean {
  let map: PageTextMap | null = null;
  const { flash } = createFlasher(win, doc);
  return (span) => {
    map ??= buildTextMap(doc.body ?? doc.documentElement);
    const [range] = rangesForSpans(doc, map, paragraphs, [span]);
    if (!range) return false;
    const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    flash(range);
    return true;
  };
}
