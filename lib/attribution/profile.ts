import type { Attribution, SourcingProfile } from '../model/analysis';

/** Counts by kind, share of quoted text by speaker, anonymous share, and the sides the article hears. */
export function sourcingProfile(
  attributions: readonly Attribution[],
  sideOf: (attribution: Attribution) => string | null,
): SourcingProfile {
  const byKind: Record<string, number> = {};
  const quotedChars = new Map<string, number>();
  const sides = new Map<string, Set<string>>();
  let anonymous = 0;
  for (const attribution of attributions) {
    byKind[attribution.kind] = (byKind[attribution.kind] ?? 0) + 1;
    if (attribution.kind === 'anonymous') anonymous += 1;
    if (attribution.mode !== 'credit') {
      quotedChars.set(attribution.speaker, (quotedChars.get(attribution.speaker) ?? 0) + attribution.text.length);
    }
    const side = sideOf(attribution);
    if (side) (sides.get(side) ?? sides.set(side, new Set()).get(side)!).add(attribution.speaker);
  }
  const totalChars = [...quotedChars.values()].reduce((sum, n) => sum + n, 0);
  const quotedShare = [...quotedChars]
    .map(([speaker, chars]) => ({ speaker, chars, share: totalChars ? chars / totalChars : 0 }))
    .sort((a, b) => b.chars - a.chars);
  return {
    byKind,
    quotedShare,
    anonymousShare: attributions.length ? anonymous / attributions.length : 0,
    sides: [...sides].map(([label, speakers]) => ({ label, speakers: [...speakers] })),
  };
}
