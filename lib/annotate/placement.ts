/**
 * Where the details card goes so that it never covers the text it explains: below the annotated text, or
 * above it, or beside it; always inside the viewport. Pure (rectangles in, position out) so it can be tested.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'right' | 'left' | 'overlap';
}

const GAP = 6;
const MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * `anchor` is the text's client rects (one per line box), `card` the card's size, `viewport` the visible area,
 * all in viewport coordinates. 'overlap' is the last resort when the card fits on no side of the text.
 */
export function placeCard(
  anchor: readonly Box[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const rects = anchor.filter((r) => r.right > r.left || r.bottom > r.top);
  if (!rects.length) return { left: MARGIN, top: MARGIN, side: 'overlap' };
  const box = {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const maxTop = Math.max(MARGIN, viewport.height - card.height - MARGIN);
  // Below or above: start where the text's last (or first) line starts, shifted back inside the viewport.
  if (box.bottom + GAP + card.height <= viewport.height - MARGIN) {
    const last = rects[rects.length - 1]!;
    return { left: clamp(rects.length > 1 ? box.left : last.left, MARGIN, maxLeft), top: box.bottom + GAP, side: 'below' };
  }
  if (box.top - GAP - card.height >= MARGIN) {
    return { left: clamp(rects[0]!.left, MARGIN, maxLeft), top: box.top - GAP - card.height, side: 'above' };
  }
  const top = clamp(box.top, MARGIN, maxTop);
  if (box.right + GAP + card.width <= viewport.width - MARGIN) return { left: box.right + GAP, top, side: 'right' };
  if (box.left - GAP - card.width >= MARGIN) return { left: box.left - GAP - card.width, top, side: 'left' };
  // Nowhere free (a text taller and wider than the screen allows): keep to the emptier edge of the viewport.
  const roomBelow = viewport.height - box.bottom;
  return { left: clamp(box.left, MARGIN, maxLeft), top: roomBelow >= box.top ? maxTop : MARGIN, side: 'overlap' };
}
