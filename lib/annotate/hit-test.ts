/**
 * Which annotated range is under the pointer. Highlights get no events, so the point is turned into a caret
 * position (Firefox, Chromium 128+: caretPositionFromPoint; older Chromium: caretRangeFromPoint), the ranges
 * that contain it are kept, and a range wins only if one of its line boxes really holds the point (a caret
 * also lands at the end of a line when the pointer is in the empty space beyond it).
 */

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const holds = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

/** Index of the innermost range under (x, y), or -1. */
export function rangeAtPoint(doc: Document, ranges: readonly Range[], x: number, y: number): number {
  const caret = caretAt(doc as CaretDocument, x, y);
  if (!caret) return -1;
  let best = -1;
  let bestLength = Infinity;
  ranges.forEach((range, index) => {
    let inside = false;
    try {
      inside = range.isPointInRange(caret.node, caret.offset);
    } catch {
      // A caret in another document or a detached node.
    }
    if (!inside) return;
    const length = range.toString().length;
    if (length < bestLength && holds(range, x, y)) {
      best = index;
      bestLength = length;
    }
  });
  return best;
}
