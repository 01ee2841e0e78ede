import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../lib/attribution';
import { findQuotes } from '../../../lib/attribution/quotes';

describe('hostile input', () => {
  it('returns nothing for empty input', () => {
    expect(findAttributions([], null)).toEqual([]);
    expect(findAttributions(['', ' ', '\u00a0'], 'en')).toEqual([]);
  });

  it('survives odd Unicode, control characters and unknown languages', () => {
    const odd = ['\u0000\uFFFF\uD800 “ « „ » ” said', '🙂 said “🙂”', 'مرحبا قال “نعم”', '“”', '"', '«»«', 'said', ',said,', '— заявил —'];
    for (const lang of [null, 'en', 'fr', 'ru', 'xx-YY', '']) {
      expect(() => findAttributions(odd, lang)).not.toThrow();
    }
  });

  it('treats a quotation that never closes as running to the paragraph end', () => {
    const text = `He said “${'a '.repeat(25_000)}`;
    expect(findQuotes(text)).toEqual([{ start: 8, end: text.length, innerStart: 9, innerEnd: text.length, closed: false }]);
    expect(() => findAttributions([text, text], 'en')).not.toThrow();
  });

  it('handles thousands of paragraphs and very long ones', () => {
    const paragraphs = Array.from({ length: 3_000 }, (_, i) => `“Line ${i},” Jane Holloway said. ${'word '.repeat(i % 50)}`);
    paragraphs.push('x'.repeat(100_000), '.'.repeat(50_000), '“'.repeat(30_000), 'Said, said, said '.repeat(5_000));
    const found = findAttributions(paragraphs, 'en');
    expect(found.length).toBeGreaterThan(1_000);
    expect(found.every((a) => a.speaker === 'Jane Holloway')).toBe(true);
  });
});
