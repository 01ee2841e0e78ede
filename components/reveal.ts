/** What a click on a source or claim asks the page to scroll to (and flash). */
export interface RevealTarget {
  kind: 'attribution' | 'claim';
  /** Index in `Analysis.attributions` or `Analysis.claims`. */
  index: number;
}
export type OnReveal = (target: RevealTarget) => void;
