import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { ru } from './ru';
import type { Lexicon } from './types';

const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, ru, es, pt, de, cs };

const primaryOf = (lang: string | null | undefined) => (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The lexicon for a page language ("en-US", "pt_BR"), English when unknown or absent. */
export function lexiconFor(lang: string | null | undefined): Lexicon {
  const primary = primaryOf(lang);
  return (Object.hasOwn(LEXICONS, primary) ? LEXICONS[primary] : undefined) ?? en;
}

/** Whether the page's language has a lexicon of its own; a page that declares none is read as English. */
export function hasLexicon(lang: string | null | undefined): boolean {
  const primary = primaryOf(lang);
  return primary === '' || Object.hasOwn(LEXICONS, primary);
}

export type { CueGroup, CueTone, Inflection, Lexicon } from './types';
