import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { ru } from './ru';
import type { Lexicon } from './types';

const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, ru, es, pt, de, cs };

/** The lexicon for a page language ("en-US", "pt_BR"), English when unknown or absent. */
export function lexiconFor(lang: string | null | undefined): Lexicon {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (Object.hasOwn(LEXICONS, primary) ? LEXICONS[primary] : undefined) ?? en;
}

export type { CueGroup, CueTone, Inflection, Lexicon } from './types';
