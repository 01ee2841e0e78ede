/**
 * Whole-word search over word lists, fast in V8.
 *
 * A list regex that starts with a lookbehind (`(?<![\p{L}])(?:one|two|...)`) makes V8 run the lookbehind at every
 * position of the text before it can try the list, which is several times slower than searching the bare list.
 * A WordSearch searches the bare list and checks the character before each hit in code. The hits are the same as
 * the lookbehind regex's: the leftmost position that passes the check, the first alternative that matches there.
 */

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Decides whether a hit at `index` starts a word (what the lookbehind would have checked). */
export type WordStart = (text: string, index: number) => boolean;

/** The code point that ends just before `index` ('' at the start). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

/** `(?<![\p{L}])`: not right after a letter. */
export const afterNonLetter: WordStart = (text, index) => !LETTER.test(codePointBefore(text, index));

/** `(?<![\p{L}\p{N}])`: not right after a letter or a digit. */
export const afterNonLetterOrNumber: WordStart = (text, index) => !LETTER_OR_NUMBER.test(codePointBefore(text, index));

/** `(?<![\p{L}]|[\p{L}]-)`: starts a run of letters that may be hyphenated ("twenty-five"), not the part after a hyphen. */
export const startsHyphenatedRun: WordStart = (text, index) =>
  afterNonLetter(text, index) && !(text[index - 1] === '-' && !afterNonLetter(text, index - 1));

export class WordSearch {
  private readonly re: RegExp;

  /** `source` is the bare pattern (no leading lookbehind); `flags` are added to `g`. */
  constructor(source: string, flags: string, private readonly startsWord: WordStart) {
    this.re = new RegExp(source, `g${flags.replace('g', '')}`);
  }

  /** Every hit in reading order, like `text.matchAll(/(?<!…)source/g)`. */
  matches(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (this.startsWord(text, m.index) && m[0].length > 0) {
        out.push(m);
        re.lastIndex = m.index + m[0].length;
      } else {
        re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      }
    }
    return out;
  }

  /** Whether there is any hit, like `/(?<!…)source/.test(text)`. */
  test(text: string): boolean {
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (this.startsWord(text, m.index)) {
        re.lastIndex = 0;
        return true;
      }
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
    return false;
  }
}
