/**
 * Marks ranges with the CSS Custom Highlight API: nothing is inserted into the page's DOM, so the site's own
 * scripts and layout never see a change. The styles go in through `adoptedStyleSheets`, which is not part of
 * the DOM tree either. Content scripts run in an isolated world, so a page that redefines `CSS.highlights`
 * or `Highlight` in its own world cannot reach these references.
 */

export const HIGHLIGHTS = {
  source: 'sourcelight-source',
  claim: 'sourcelight-claim',
  flash: 'sourcelight-flash',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHTS;

const STYLES = `
::highlight(${HIGHLIGHTS.source}) { background-color: rgba(64, 132, 255, 0.22); text-decoration: underline 2px rgba(40, 100, 220, 0.9); }
::highlight(${HIGHLIGHTS.claim}) { background-color: rgba(255, 190, 40, 0.30); text-decoration: underline dotted 2px rgba(190, 120, 0, 0.95); }
::highlight(${HIGHLIGHTS.flash}) { background-color: rgba(255, 140, 0, 0.55); }
@media (prefers-color-scheme: dark) {
  ::highlight(${HIGHLIGHTS.source}) { background-color: rgba(120, 170, 255, 0.30); text-decoration-color: rgba(150, 190, 255, 0.95); }
  ::highlight(${HIGHLIGHTS.claim}) { background-color: rgba(255, 200, 80, 0.30); text-decoration-color: rgba(255, 210, 110, 0.95); }
}`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet?: new () => CSSStyleSheet;
}

export function highlightSupported(win: Window): boolean {
  const w = win as unknown as HighlightWindow;
  return typeof w.Highlight === 'function' && typeof w.CSS?.highlights?.set === 'function';
}

/**
 * Registers one highlight per kind and the styles for them. Returns a function that removes both.
 * On browsers without the API it does nothing and says so by returning null.
 */
export function applyHighlights(win: Window, doc: Document, ranges: Partial<Record<HighlightKind, Range[]>>): (() => void) | null {
  if (!highlightSupported(win)) return null;
  const w = win as unknown as Required<HighlightWindow> & { CSS: { highlights: Map<string, unknown> } };
  const registered: string[] = [];
  for (const [kind, list] of Object.entries(ranges) as [HighlightKind, Range[]][]) {
    if (!list.length) continue;
    w.CSS.highlights.set(HIGHLIGHTS[kind], new w.Highlight(...list));
    registered.push(HIGHLIGHTS[kind]);
  }
  const sheet = new w.CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    for (const name of registered) w.CSS.highlights.delete(name);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

