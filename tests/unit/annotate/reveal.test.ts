import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHTS } from '@/lib/annotate/highlight';
import { createFlasher, createRevealer } from '@/lib/annotate/reveal';
import { parseReveal } from '@/lib/messaging/protocol';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  document.body.innerHTML = '<nav>Menu</nav><p>First <b>paragraph</b>.</p><p>"No," Antonov said.</p>';
  const highlights = new Map<string, FakeHighlight>();
  const scrolled: Element[] = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
    scrolled.push(this);
  });
  const win = { CSS: { highlights }, Highlight: FakeHighlight, CSSStyleSheet, setTimeout: globalThis.setTimeout, matchMedia: () => ({ matches: true }) };
  const paragraphs = ['First paragraph.', '"No," Antonov said.'];
  return { reveal: createRevealer(win as unknown as Window, document, paragraphs), highlights, scrolled };
}

describe('createRevealer', () => {
  it('scrolls to the span and flashes it, then clears the flash', () => {
    vi.useFakeTimers();
    const { reveal, highlights, scrolled } = setup();
    expect(reveal({ paragraph: 1, start: 6, end: 13 })).toBe(true);
    expect(highlights.get(HIGHLIGHTS.flash)?.ranges[0]?.toString()).toBe('Antonov');
    expect(scrolled[0]?.tagName).toBe('P');
    vi.advanceTimersByTime(2000);
    expect(highlights.has(HIGHLIGHTS.flash)).toBe(false);
  });

  it('says false for a span it cannot place', () => {
    const { reveal, highlights } = setup();
    expect(reveal({ paragraph: 5, start: 0, end: 3 })).toBe(false);
    expect(highlights.size).toBe(0);
  });
});

describe('createFlasher', () => {
  it('takes a flash away at once when cleared, before its timer, and a late timer changes nothing after', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>One two</p>';
    const highlights = new Map<string, FakeHighlight>();
    const win = { CSS: { highlights }, Highlight: FakeHighlight, CSSStyleSheet, setTimeout: globalThis.setTimeout };
    const flasher = createFlasher(win as unknown as Window, document);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    flasher.flash(range);
    expect(highlights.has(HIGHLIGHTS.flash)).toBe(true);
    flasher.clear();
    expect(highlights.has(HIGHLIGHTS.flash)).toBe(false);
    vi.advanceTimersByTime(1000);
    flasher.flash(range); // a new flash: the cleared one's timer, due at 1.6 s, must not take it away
    vi.advanceTimersByTime(700);
    expect(highlights.has(HIGHLIGHTS.flash)).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(highlights.has(HIGHLIGHTS.flash)).toBe(false);
  });
});

describe('parseReveal', () => {
  it('accepts a span and rejects anything else', () => {
    expect(parseReveal({ type: 'sourcelight/reveal', span: { paragraph: 1, start: 0, end: 4 } })).not.toBeNull();
    expect(parseReveal({ type: 'sourcelight/reveal', span: { paragraph: -1, start: 0, end: 4 } })).toBeNull();
    expect(parseReveal({ type: 'sourcelight/reveal', span: { paragraph: 1, start: 0.5, end: 4 } })).toBeNull();
    expect(parseReveal({ type: 'sourcelight/get-tab-state', tabId: 1, wait: false })).toBeNull();
  });
});
