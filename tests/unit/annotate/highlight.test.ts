import { describe, expect, it } from 'vitest';
import { applyHighlights, HIGHLIGHTS, highlightSupported } from '@/lib/annotate/highlight';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  return { win: { CSS: { highlights }, Highlight: FakeHighlight, CSSStyleSheet } as unknown as Window, highlights };
}

describe('applyHighlights', () => {
  it('does nothing where the Highlight API is missing', () => {
    expect(highlightSupported({ CSS: {} } as unknown as Window)).toBe(false);
    expect(applyHighlights({ CSS: {} } as unknown as Window, document, { source: [document.createRange()] })).toBeNull();
  });

  it('registers one highlight per kind and adopts its styles without touching the DOM tree, then removes both', () => {
    document.body.innerHTML = '<p>Antonov said no.</p>';
    const before = document.documentElement.outerHTML;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const { win, highlights } = fakeWindow();
    const sheetsBefore = document.adoptedStyleSheets.length;

    const dispose = applyHighlights(win, document, { source: [range], claim: [] });
    expect(dispose).toBeTypeOf('function');
    expect([...highlights.keys()]).toEqual([HIGHLIGHTS.source]);
    expect(highlights.get(HIGHLIGHTS.source)?.ranges).toEqual([range]);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    expect(document.documentElement.outerHTML).toBe(before);

    dispose!();
    expect(highlights.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
  });
});
