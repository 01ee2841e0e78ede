import { describe, expect, it } from 'vitest';
import { MARK_GAP, markPosition } from '@/lib/links/mark-position';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const MARK = { width: 30, height: 16 };

describe('where a link mark goes', () => {
  it('after the end of the first line, centred on it', () => {
    expect(markPosition([rect(100, 200, 400, 220)], MARK, 1000)).toEqual({ left: 400 + MARK_GAP, top: 202 });
  });

  it('takes every rectangle of the first line, and ignores the lines after it', () => {
    const at = markPosition([rect(100, 200, 250, 220), rect(250, 201, 330, 219), rect(100, 222, 500, 242)], MARK, 1000);
    expect(at?.left).toBe(330 + MARK_GAP);
  });

  it('goes before the line when there is no room after it', () => {
    expect(markPosition([rect(100, 200, 990, 220)], MARK, 1000)).toEqual({ left: 100 - MARK_GAP - 30, top: 202 });
  });

  it('none for a link with no visible line', () => {
    expect(markPosition([], MARK, 1000)).toBeNull();
    expect(markPosition([rect(10, 10, 10, 30)], MARK, 1000)).toBeNull();
  });
});
