import type { Attribution, SourcingProfile } from '../model/analysis';
import { sourcesOf } from '../present/sources';

/**
 * Counts by kind, share of quoted text by source, anonymous share, and the sides the article hears. Counted over
 * the grouped sources the popup lists, so "Volker" and "Kurt Volker" are one source, not two bars.
 */
export function sourcingProfile(
  attributions: readonly Attribution[],
  sideOf: (attribution: Attribution) => string | null,
): SourcingProfile {
  const byKind: Record<string, number> = {};
  const sides = new Map<string, Set<string>>();
  const quoted: { speaker: string; chars: number; kind: Attribution['kind'] }[] = [];
  for (const source of sourcesOf(attributions)) {
    byKind[source.kind] = (byKind[source.kind] ?? 0) + 1;
    const said = source.statements.filter((s) => s.attribution.mode !== 'credit');
    if (said.length) quoted.push({ speaker: source.name, chars: said.reduce((sum, s) => sum + s.attribution.text.length, 0), kind: source.kind });
    for (const { attribution } of source.statements) {
      const side = sideOf(attribution);
      if (side) (sides.get(side) ?? sides.set(side, new Set()).get(side)!).add(source.name);
    }
  }
  const totalChars = quoted.reduce((sum, q) => sum + q.chars, 0);
  const anonymousChars = quoted.filter((q) => q.kind === 'anonymous').reduce((sum, q) => sum + q.chars, 0);
  const quotedShare = quoted
    .map(({ speaker, chars }) => ({ speaker, chars, share: totalChars ? chars / totalChars : 0 }))
    .sort((a, b) => b.chars - a.chars);
  return {
    byKind,
    quotedShare,
    anonymousShare: totalChars ? anonymousChars / totalChars : 0,
    sides: [...sides].map(([label, speakers]) => ({ label, speakers: [...speakers] })),
  };
}
