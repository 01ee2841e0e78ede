import type { SourcingProfile } from '../model/analysis';

export interface ShareRow {
  speaker: string;
  share: number;
  /** Bar width in percent of the largest share, so the leader fills the track. */
  width: number;
  /** Rows folded into "others" (0 for a real speaker). */
  folded: number;
}

/** The chart's rows: the top `max` speakers by quoted share, the rest folded into one "others" row. */
export function shareRows(profile: SourcingProfile, max = 5): ShareRow[] {
  const sorted = [...profile.quotedShare].filter((q) => q.share > 0).sort((a, b) => b.share - a.share);
  const top = sorted.length > max ? sorted.slice(0, max - 1) : sorted;
  const rest = sorted.slice(top.length);
  const rows: Omit<ShareRow, 'width'>[] = top.map((q) => ({ speaker: q.speaker, share: q.share, folded: 0 }));
  if (rest.length) rows.push({ speaker: '', share: rest.reduce((sum, q) => sum + q.share, 0), folded: rest.length });
  const largest = Math.max(...rows.map((r) => r.share), 0);
  return rows.map((r) => ({ ...r, width: largest > 0 ? Math.max(2, Math.round((r.share / largest) * 100)) : 0 }));
}
