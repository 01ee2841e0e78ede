/** Text normalisation shared by the dataset compiler and every matcher, so both sides agree on keys. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Unicode's default-ignorable code points: zero-width characters, bidi controls (U+200E/F, U+202A–202E,
// U+2066–2069), word joiners, the BOM, tag characters. Rendered as nothing, so a name carrying them is the same name.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_ARTICLE = /^(the|le|la|les|l) /;
const ASCII = /^[\0-\x7f]*$/;
const PAST_U00AC = /[^\0-\xac]/;

/** The text without invisible characters: "Jo\u200Bhn" -> "John". For matching; page text itself is never rewritten. */
export function stripInvisible(text: string): string {
  // Every default-ignorable code point lies past U+00AC: most text needs no pass with the property class.
  return PAST_U00AC.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** "The Syrian-American Medical Society" -> "syrian american medical society"; "ТАСС" -> "тасс". */
export function normalizeName(name: string): string {
  // ASCII has no invisible characters, decompositions or combining marks: skip those three passes.
  const folded = ASCII.test(name) ? name : stripInvisible(name).normalize('NFKD').replace(COMBINING_MARKS, '');
  return folded
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
