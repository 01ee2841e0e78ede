/** The bench's small statistics, shared by its Node and browser parts. */

/** The middle value (the upper one of an even count; NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
}

/** The value at fraction `p` of the sorted values (nearest rank; NaN for none). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : Number.NaN;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));
