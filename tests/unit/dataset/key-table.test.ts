import { describe, expect, it } from 'vitest';
import { compileKeyTable, hasKey, keyTableEntries, lookUpKey } from '../../../lib/dataset/key-table';

describe('compiled key table', () => {
  const table = compileKeyTable(new Map([
    ['bbc.co.uk', '0|'],
    ['bbc.com', '0|/news 4|'],
    ['le monde', '7'],
  ]));

  it('finds every key it was built from, with its value', () => {
    expect(lookUpKey(table, 'bbc.co.uk')).toBe('0|');
    expect(lookUpKey(table, 'bbc.com')).toBe('0|/news 4|');
    expect(lookUpKey(table, 'le monde')).toBe('7');
    expect(keyTableEntries(table)).toHaveLength(3);
  });

  it('finds nothing for other keys, prefixes of keys, or keys that name Object.prototype members', () => {
    for (const key of ['bbc.co', 'bbc', 'bbc.co.uk.evil.example', '', 'constructor', '__proto__', 'toString', 'bbc.com\t0|'])
      expect(hasKey(table, key), key).toBe(false);
  });

  it('keeps probes short: the slots are a power of two at least twice the keys', () => {
    const many = compileKeyTable(new Map(Array.from({ length: 5000 }, (_, i) => [`host-${i}.example`, String(i)])));
    expect(many.slots.length & (many.slots.length - 1)).toBe(0);
    expect(many.slots.length).toBeGreaterThanOrEqual(10000);
    for (let i = 0; i < 5000; i += 499) expect(lookUpKey(many, `host-${i}.example`)).toBe(String(i));
  });

  it('an empty table answers nothing', () => {
    expect(lookUpKey(compileKeyTable(new Map()), 'a')).toBeUndefined();
  });
});
