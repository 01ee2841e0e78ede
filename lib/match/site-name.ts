import { normalizeName } from '../text/normalize';

/**
 * Words that name no one in particular: a site name made only of them ("The Times", "Daily News", "Experience")
 * is shared by many publishers, so it can neither identify an outlet nor stand for the site.
 */
const GENERIC_WORDS = new Set(
  (
    'news newspaper newspapers times post daily weekly herald tribune journal mirror sun star express metro guardian ' +
    'observer telegraph independent chronicle gazette standard record review world today online live report ' +
    'reports press radio tv television media network week nation national international global local city country ' +
    'experience home homepage info information magazine digital breaking headlines politics business sports sport ' +
    'opinion voice voices dispatch courier inquirer examiner sentinel register bulletin mail advertiser leader free new ' +
    'blog website site web page untitled default wordpress article articles story stories latest top us uk usa america ' +
    'europe africa asia world watch insider today s mobile app edition español english'
  ).split(' '),
);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
/** A lower-case word or dashed slug with no space ("oregonlive", "my-site"): a handle, not a name. */
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** A host or an address ("example.com", "www.x.org", "https://..."). */
const ADDRESS = /^(?:https?:\/\/|www\.)|^[^\s]+\.[a-z]{2,}$/i;
const MAX_NAME_CHARS = 80;

/** True when every word of the name is generic (or a one- or two-letter word): "The Times", "U.S. News". */
export function isGenericName(name: string): boolean {
  const words = normalizeName(name).split(' ').filter(Boolean);
  return words.every((word) => word.length <= 2 || GENERIC_WORDS.has(word));
}

/** Short names ("BBC", "MAP") only count when written exactly as the dataset writes them. */
export function isShortName(name: string): boolean {
  return (normalizeName(name).match(LETTER_OR_DIGIT)?.length ?? 0) <= 4;
}

/**
 * True when a site name from the page's metadata says nothing a reader can use, so the page's address is shown
 * instead: too short ("nj", "U.S."), one generic word ("Experience", "News"), a slug ("oregonlive"), an address,
 * or a long title. A name of several generic words ("Daily News") still tells the reader something.
 */
export function isJunkSiteName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME_CHARS) return true;
  if ((trimmed.match(LETTER_OR_DIGIT)?.length ?? 0) < 3) return true;
  if (SLUG.test(trimmed) || ADDRESS.test(trimmed)) return true;
  const words = normalizeName(trimmed).split(' ').filter((word) => word.length > 2);
  return words.length <= 1 && isGenericName(trimmed);
}
