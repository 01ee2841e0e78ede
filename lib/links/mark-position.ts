import type { Box } from '../annotate/placement';

/**
 * Where a link's mark goes: just after the end of the link's first line of text, centred on it; before the line
 * when that would leave the page's width. Pure: the line's rectangles in, the mark's top-left corner out (in the
 * same coordinates), or null when the link has no visible line.
 */

export const MARK_GAP = 4;

export function markPosition(lineRects: readonly Box[], mark: { width: number; height: number }, pageWidth: number): { left: number; top: number } | null {
  const rects = lineRects.filter((r) => r.right - r.left >= 1 && r.bottom - r.top >= 4);
  if (!rects.length) return null;
  const first = rects[0]!;
  // The first line: every rectangle that shares its vertical band (inline children, or a heading inside the link).
  const line = rects.filter((r) => r.top < first.bottom - 2 && r.bottom > first.top + 2);
  const right = Math.max(...line.map((r) => r.right));
  const left = Math.min(...line.map((r) => r.left));
  const top = first.top + (first.bottom - first.top - mark.height) / 2;
  const after = right + MARK_GAP;
  if (after + mark.width <= pageWidth) return { left: after, top };
  return { left: Math.max(0, left - MARK_GAP - mark.width), top };
}
