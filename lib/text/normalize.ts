/** Text normalisation shared by the dataset compiler and every matcher, so both sides agree on keys. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_ARTICLE = /^(the|le|la|les|l) /;

/** "The Syrian-American Medical Society" -> "syrian american medical society"; "ТАСС" -> "тасс". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/** Lower-cased word tokens without diacritics, for inverted indexes. */
export function tokenize(text: string): string[] {
  const normalized = normalizeName(text);
  return normalized ? normalized.split(' ') : [];
}
