import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawAnnotations } from '@/lib/annotate/annotator';
import { CARD_COLORS, createCardView } from '@/lib/annotate/card';
import { HIGHLIGHTS } from '@/lib/annotate/highlight';
import type { AnnotationItem } from '@/lib/messaging/protocol';
import { contrastRatio } from '@/lib/present/contrast';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const t = (key: string, subs: string[] = []) => [key, ...subs].join('|');
const ITEMS: AnnotationItem[] = [
  { id: 's0', kind: 'source', span: { paragraph: 0, start: 0, end: 7 }, title: 'Antonov', lines: ['deputy defense minister', 'Direct quote'], tone: 'neutral' },
  { id: 'c0', kind: 'claim', span: { paragraph: 1, start: 12, end: 15 }, title: 'Claimed by SOHR', lines: ['<b>not markup</b>'], tone: 'disputed' },
];

function setup() {
  document.body.innerHTML = '<p>Antonov said no.</p><p>They killed 446 people.</p>';
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
  const highlights = new Map<string, FakeHighlight>();
  const win = Object.assign(Object.create(window) as Window, { CSS: { highlights }, Highlight: FakeHighlight });
  const dispose = drawAnnotations(win, document, ['Antonov said no.', 'They killed 446 people.'], ITEMS, t);
  return { highlights, dispose, host: document.querySelector('sourcelight-annotations') as HTMLElement | null };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('sourcelight-annotations').forEach((el) => el.remove());
});

describe('drawAnnotations', () => {
  it('highlights sources and claims, adds one host whose shadow root is closed, and leaves the page markup alone', () => {
    const { highlights, host } = setup();
    const before = '<p>Antonov said no.</p><p>They killed 446 people.</p>';
    expect(highlights.get(HIGHLIGHTS.source)?.ranges.map(String)).toEqual(['Antonov']);
    expect(highlights.get(HIGHLIGHTS.claim)?.ranges.map(String)).toEqual(['446']);
    expect(host?.parentNode).toBe(document.documentElement);
    expect(host?.shadowRoot).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('removes highlights, styles, host and listeners when disposed', () => {
    const sheets = document.adoptedStyleSheets.length;
    const { highlights, dispose } = setup();
    dispose();
    expect(highlights.size).toBe(0);
    expect(document.querySelector('sourcelight-annotations')).toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))).not.toThrow();
  });

  it('skips spans that do not fit the page and keeps the ones that do', () => {
    document.body.innerHTML = '<p>Antonov said no.</p>';
    const highlights = new Map<string, FakeHighlight>();
    const win = Object.assign(Object.create(window) as Window, { CSS: { highlights }, Highlight: FakeHighlight });
    const odd: AnnotationItem[] = [
      { ...ITEMS[0]!, span: { paragraph: 0, start: 8, end: 400 } },
      { ...ITEMS[0]!, span: { paragraph: 9, start: 0, end: 3 } },
      { ...ITEMS[0]!, span: { paragraph: 0, start: 5, end: 2 } },
      ITEMS[0]!,
    ];
    const dispose = drawAnnotations(win, document, ['Antonov said no.'], odd, t);
    expect(highlights.get(HIGHLIGHTS.source)?.ranges.map(String)).toEqual(['Antonov']);
    dispose();
  });

  it('draws nothing and adds no host when no span can be found in the page', () => {
    document.body.innerHTML = '<p>Something else.</p>';
    const highlights = new Map();
    const win = Object.assign(Object.create(window) as Window, { CSS: { highlights }, Highlight: FakeHighlight });
    drawAnnotations(win, document, ['Not here.'], ITEMS, t)();
    expect(highlights.size).toBe(0);
    expect(document.querySelector('sourcelight-annotations')).toBeNull();
  });
});

describe('createCardView', () => {
  function card() {
    document.body.innerHTML = '<p>Antonov said no.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const onClose = vi.fn();
    return { view: createCardView(document, t, 2, onClose), range, onClose };
  }

  it('is a labelled, initially hidden dialog and a named control', () => {
    const { view } = card();
    expect(view.card.getAttribute('role')).toBe('dialog');
    expect(view.card.getAttribute('aria-labelledby')).toBe('title');
    expect(view.isOpen()).toBe(false);
    expect(view.control.textContent).toBe('annot_control|2');
    expect(view.control.getAttribute('aria-describedby')).toBe('help');
  });

  it('shows an item as text only, with its kind and tone, and hides again', () => {
    const { view, range } = card();
    view.show(ITEMS[1]!, range, false);
    expect(view.isOpen()).toBe(true);
    expect(view.card.querySelector('h2')?.textContent).toBe('Claimed by SOHR');
    expect(view.card.querySelector('.kind')?.textContent).toBe('✕ annot_kind_claim');
    expect(view.card.querySelector('li')?.textContent).toBe('<b>not markup</b>');
    expect(view.card.querySelector('b')).toBeNull();
    view.hide();
    expect(view.isOpen()).toBe(false);
  });

  it('calls back when its close button is pressed', () => {
    const { view, onClose } = card();
    view.card.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('meets WCAG AA contrast in light and dark schemes', () => {
    for (const scheme of [CARD_COLORS.light, CARD_COLORS.dark]) {
      expect(contrastRatio(scheme.text, scheme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(scheme.muted, scheme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(scheme.border, scheme.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(scheme.focus, scheme.background)).toBeGreaterThanOrEqual(3);
    }
  });
});
