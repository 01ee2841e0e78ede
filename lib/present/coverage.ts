/**
 * Which page languages the attribution engine can read. The engine falls back to English for any other
 * language, which finds next to nothing, so the popup says it cannot read the page rather than "no sources".
 * Kept here rather than imported so the popup does not bundle the lexicons; a unit test holds it equal to
 * the engine's own list (lib/attribution/lexicon).
 */
export const LEXICON_LANGUAGES: readonly string[] = ['en', 'fr', 'ru', 'es', 'pt', 'de', 'cs'];

/** The page language's primary subtag ("pt" for "pt_BR"), or null when the page does not say. */
export function primaryLanguage(lang: string | null | undefined): string | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' ? primary : null;
}

/** The page's language when the engine has no lexicon for it ("it"), else null (known, or not stated). */
export function unreadLanguage(lang: string | null | undefined): string | null {
  const primary = primaryLanguage(lang);
  return primary && !LEXICON_LANGUAGES.includes(primary) ? primary : null;
}

/** "Italian" ("italien" in French) for a language code; the code itself when the runtime has no names. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
