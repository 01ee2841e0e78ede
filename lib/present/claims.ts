import type { Claim, ClaimNote } from '../model/analysis';

/** Notes oldest first; undated notes last, in their dataset order. */
export function notesByDate(notes: readonly ClaimNote[]): ClaimNote[] {
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => {
      if (a.note.date && b.note.date) return a.note.date.localeCompare(b.note.date) || a.i - b.i;
      if (a.note.date) return -1;
      if (b.note.date) return 1;
      return a.i - b.i;
    })
    .map(({ note }) => note);
}

/** Claims in article order, each with its index in `Analysis.claims`. */
export function claimsInOrder(claims: readonly Claim[]): { claim: Claim; index: number }[] {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.paragraph - b.claim.paragraph || a.claim.start - b.claim.start);
}
