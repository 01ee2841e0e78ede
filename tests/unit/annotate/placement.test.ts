import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/lib/annotate/placement';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 300, height: 200 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** True when the card at `p` overlaps any of the text's rects. */
function covers(p: { left: number; top: number }, rects: Box[], card = CARD): boolean {
  return rects.some((r) => p.left < r.right && p.left + card.width > r.left && p.top < r.bottom && p.top + card.height > r.top);
}

function inside(p: { left: number; top: number }, card = CARD, viewport = VIEWPORT): boolean {
  return p.left >= 0 && p.top >= 0 && p.left + card.width <= viewport.width && p.top + card.height <= viewport.height;
}

describe('placeCard', () => {
  it('puts the card below a line of text near the top, starting under it', () => {
    const text = [box(100, 100, 400, 120)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(p.side).toBe('below');
    expect(p.left).toBe(100);
    expect(p.top).toBeGreaterThan(120);
    expect(covers(p, text)).toBe(false);
    expect(inside(p)).toBe(true);
  });

  it('puts the card above text near the bottom of the viewport', () => {
    const text = [box(100, 700, 400, 720)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBeLessThan(700);
    expect(covers(p, text)).toBe(false);
    expect(inside(p)).toBe(true);
  });

  it('shifts the card left so it stays inside the viewport when the text ends at the right edge', () => {
    const text = [box(900, 100, 990, 120)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(p.side).toBe('below');
    expect(p.left + CARD.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(covers(p, text)).toBe(false);
  });

  it('clears every line of a passage that wraps over several lines', () => {
    const text = [box(600, 100, 950, 120), box(50, 120, 950, 140), box(50, 140, 300, 160)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(covers(p, text)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(160);
  });

  it('goes beside a tall passage when there is no room above or below', () => {
    const text = [box(50, 150, 500, 700)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(p.side).toBe('right');
    expect(covers(p, text)).toBe(false);
    expect(inside(p)).toBe(true);
    const right = [box(500, 150, 950, 700)];
    const q = placeCard(right, CARD, VIEWPORT);
    expect(q.side).toBe('left');
    expect(covers(q, right)).toBe(false);
    expect(inside(q)).toBe(true);
  });

  it('falls back to the emptier edge, inside the viewport, when the text fills the screen', () => {
    const text = [box(0, 20, 1000, 700)];
    const p = placeCard(text, CARD, VIEWPORT);
    expect(p.side).toBe('overlap');
    expect(inside(p)).toBe(true);
    expect(p.top + CARD.height).toBe(VIEWPORT.height - 8);
  });

  it('ignores empty rects and copes with no rects at all', () => {
    expect(placeCard([], CARD, VIEWPORT).side).toBe('overlap');
    const p = placeCard([box(0, 0, 0, 0), box(100, 100, 200, 120)], CARD, VIEWPORT);
    expect(p).toMatchObject({ side: 'below', left: 100 });
  });
});
