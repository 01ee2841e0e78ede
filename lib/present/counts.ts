import type { Messages } from '../i18n';
import { formatList } from './labels';

/** Counted nouns in the reader's language, with the language's own plural rules ("1 outlet", "0 source" in French). */

export const COUNT_NOUNS = ['outlet', 'source', 'claim', 'record', 'statement'] as const;
export type CountNoun = (typeof COUNT_NOUNS)[number];

function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}

function formatNumber(locale: string, n: number): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

/** "1 outlet", "3 sources", "0 source" (French): catalogue keys `options_count_<noun>_one` and `_other`. */
export function countPhrase(m: Messages, n: number, noun: CountNoun): string {
  const count = formatNumber(m.locale, n);
  const category = pluralCategory(m.locale, n);
  return m.maybe(`options_count_${noun}_${category}`, count) || m.maybe(`options_count_${noun}_other`, count);
}

export interface RecordCounts {
  outlets: number;
  entities: number;
  claims: number;
}

/** "2 outlets, 1 source and 1 claim"; with `skipZero`, zero counts are left out ("nothing" when all are zero). */
export function recordCountsPhrase(m: Messages, counts: RecordCounts, skipZero = false): string {
  const parts: [number, CountNoun][] = [
    [counts.outlets, 'outlet'],
    [counts.entities, 'source'],
    [counts.claims, 'claim'],
  ];
  const shown = parts.filter(([n]) => !skipZero || n > 0).map(([n, noun]) => countPhrase(m, n, noun));
  return shown.length ? formatList(m.locale, shown) : m.t('options_count_nothing');
}
