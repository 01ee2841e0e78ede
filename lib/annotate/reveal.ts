import { applyHighlights } from './highlight';
import { buildTextMap, rangesForSpans, type PageTextMap, type TextSpan } from './text-map';

const FLASH_MS = 1600;

/** Flashes one range at a time with a highlight (no DOM change); a new flash replaces the previous one. */
export function createFlasher(win: Window, doc: Document): (range: Range) => void {
  let clearFlash: (() => void) | null = null;
  return (range) => {
    clearFlash?.();
    const dispose = applyHighlights(win, doc, { flash: [range] });
    clearFlash = dispose;
    if (dispose) {
      win.setTimeout(() => {
        if (clearFlash === dispose) {
          dispose();
          clearFlash = null;
        }
      }, FLASH_MS);
    }
  };
}

/**
 * Scrolls the live page to a span of the extracted article and flashes it with a highlight (no DOM change).
 * The page's text map is built on first use only. Returns whether the span could be placed in the page.
 */
export function createRevealer(win: Window, doc: Document, paragraphs: readonly string[]): (span: TextSpan) => boolean {
  let map: PageTextMap | null = null;
  const flash = createFlasher(win, doc);
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
