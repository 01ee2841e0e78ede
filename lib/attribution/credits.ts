import type { CompiledLexicon } from './lexicon/compiled';
import type { FoundAttribution } from './types';

/** Credit lines are short; longer paragraphs are only searched in their last characters (captions). */
const MAX_CREDIT_LINE = 300;
const CAPTION_TAIL = 200;
// "Anthony Wallace / AFP - Getty Images", "(Ellen M. Banner / The Seattle Times)", "JIM WATSON/AFP/Getty Images".
const PHOTO_CREDIT = /(?:^|[.!?”"]\s*|\(\s*)(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s?\/\s?(\p{Lu}[^()]{1,60}?)\)?\s*$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d[\p{L}\p{N}]*|de|da|van|von|der|al|bin|la|le|del|dos|of|the|and)$/u;
const LIST_SPLIT = /\s*(?:,|;|\band\b|\bet\b|\by\b|\bи\b|&)\s*/u;

function titleCase(name: string): string {
  return name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && name.includes(' ')
    ? name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    : name;
}

/** A credited name: capitalised words only ("AFP", "Heba Habib", "The Seattle Times"), not a sentence. */
function creditName(raw: string, lex: CompiledLexicon): string | null {
  const name = raw.trim().replace(/^(?:the\s+)?(?:photo|photos|image|by)\s*:?\s*/iu, '').replace(/[\s.,;:)]+$/u, '');
  if (!name || name.length > 60) return null;
  const words = name.split(/\s+/);
  if (words.length > 6 || !words.every((w) => NAME_WORD.test(w))) return null;
  if (!/^[\p{Lu}\d]/u.test(name)) return null;
  if (lex.set.creditNoise.has(name.toLowerCase())) return null;
  return titleCase(name);
}

function creditKind(name: string, lex: CompiledLexicon): 'media' | 'named' {
  const lower = name.toLowerCase();
  if (lex.set.mediaNames.has(lower) || lex.set.mediaNames.has(lower.replace(/^the /, ''))) return 'media';
  const last = lower.split(/\s+/).pop() ?? '';
  if (lex.set.mediaHeads.has(last) || lex.set.orgHeads.has(last) || /^(inc|ltd|llc|corp)\.?$/.test(last)) return 'media';
  return name.includes(' ') ? 'named' : 'media';
}

function credit(name: string, kind: 'media' | 'named', cue: string, line: string, paragraph: number, start: number, affiliation: string | null): FoundAttribution {
  return {
    speaker: name,
    role: null,
    affiliation,
    kind,
    mode: 'credit',
    cue,
    cueTone: 'neutral',
    text: line,
    via: null,
    qualifiers: [],
    paragraph,
    start,
    end: start + name.length,
  };
}

/** Credit lines in one paragraph: "With reporting by AFP, Interfax, and TASS", "X contributed", photo credits. */
export function findCredits(text: string, paragraph: number, lex: CompiledLexicon): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  {
    const long = text.length > MAX_CREDIT_LINE;
    const head = long ? text.slice(0, MAX_CREDIT_LINE) : text;
    for (const pattern of lex.creditPatterns) {
      // A long paragraph can only open with a credit ("© Provided by X Inc ..."), never be one.
      if (long && pattern.source.endsWith('$')) continue;
      const match = pattern.exec(head);
      const list = match?.[1];
      if (!match || !list) continue;
      const listStart = match.index + match[0].indexOf(list);
      const cue = text.slice(match.index, listStart).trim().replace(/[:\s]+$/u, '') || text.slice(listStart + list.length).trim().replace(/\.$/, '');
      let offset = 0;
      for (const part of list.split(LIST_SPLIT)) {
        const at = list.indexOf(part, offset);
        offset = at + part.length;
        for (const [i, piece] of part.split(/\s*\/\s*|\s+for\s+|,?\s+via\s+/u).entries()) {
          const name = creditName(piece, lex);
          if (!name || (i > 0 && found.length > 0)) continue;
          const affiliation = i === 0 ? part.split(/\s*\/\s*|\s+for\s+/u)[1]?.trim() || null : null;
          found.push(credit(name, creditKind(name, lex), cue || 'credit', text.trim(), paragraph, listStart + Math.max(at, 0), affiliation));
        }
      }
      if (found.length) return found;
    }
  }
  const tailStart = Math.max(0, text.length - CAPTION_TAIL);
  const photo = PHOTO_CREDIT.exec(text.slice(tailStart));
  if (photo?.[1] && photo[2]) {
    const name = creditName(photo[1], lex);
    if (name) {
      const kind = creditKind(name, lex) === 'media' && !name.includes(' ') ? 'media' : 'named';
      const start = tailStart + photo.index + photo[0].indexOf(photo[1]);
      found.push(credit(name, kind, 'photo', photo[0].trim(), paragraph, start, photo[2].trim()));
    }
  }
  return found;
}
