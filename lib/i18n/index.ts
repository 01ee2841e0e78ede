/**
 * The UI's translator: a tiny interface the components receive, so they never call browser APIs.
 * The popup entrypoint backs it with `browser.i18n.getMessage`; tests back it with a `messages.json` file.
 */

/** Every message name in the English catalogue (the source of truth for keys). */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export type Substitutions = string | readonly string[];

export interface Messages {
  /** BCP 47 tag of the UI language ("en", "fr"), for `Intl` formatting of dates, numbers and country names. */
  readonly locale: string;
  /** The message for `key` with `$1`..`$9` substitutions; an empty string when the key is unknown (as Chrome does). */
  t(key: MessageKey, substitutions?: Substitutions): string;
  /** Like `t` for a key built at run time ("gov_US"); empty when the catalogue has no such message. */
  maybe(key: string, substitutions?: Substitutions): string;
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

function asArray(substitutions: Substitutions | undefined): readonly string[] {
  if (substitutions === undefined) return [];
  return typeof substitutions === 'string' ? [substitutions] : substitutions;
}

/** Resolves `$1`..`$9` in a placeholder's content. */
function fillPositional(content: string, subs: readonly string[]): string {
  return content.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * Formats one entry the way `chrome.i18n.getMessage` does: named `$PLACEHOLDER$`s (case-insensitive) whose
 * content refers to `$1`..`$9`, and `$$` for a literal dollar sign.
 */
export function formatMessage(entry: MessageEntry, substitutions?: Substitutions): string {
  const subs = asArray(substitutions);
  const placeholders = new Map<string, string>();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) placeholders.set(name.toLowerCase(), p.content);
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : fillPositional(content, subs);
  });
}

/** A translator backed by a parsed `messages.json` (tests, and tools running outside the browser). */
export function messagesFromFile(file: MessageFile, locale: string): Messages {
  const lookup = (key: string, substitutions?: Substitutions) => {
    const entry = Object.prototype.hasOwnProperty.call(file, key) ? file[key] : undefined;
    return entry ? formatMessage(entry, substitutions) : '';
  };
  return { locale, t: lookup, maybe: lookup };
}

export type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** A translator backed by the browser's own `i18n.getMessage` (the popup and options pages). */
export function messagesFromBrowser(getMessage: GetMessage, locale: string): Messages {
  const lookup = (key: string, substitutions?: Substitutions) => {
    try {
      return getMessage(key, substitutions === undefined ? undefined : [...asArray(substitutions)]) ?? '';
    } catch {
      return '';
    }
  };
  return { locale, t: lookup, maybe: lookup };
}

/** The subset of `browser.i18n` a translator needs. */
export interface I18nLike {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** A translator over `browser.i18n` that never throws, even where the browser (or a test double) lacks a method. */
export function messagesFromI18n(i18n: I18nLike): Messages {
  let locale = 'en';
  try {
    locale = i18n.getUILanguage() || locale;
  } catch {
    // keep English formatting
  }
  return messagesFromBrowser((name, substitutions) => i18n.getMessage(name, substitutions), locale);
}
