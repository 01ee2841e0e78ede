import { MEDIA_NAMES } from './common';
import type { CueGroup, Lexicon } from './types';

export interface CueForm {
  words: readonly string[];
  group: CueGroup;
}

/** A lexicon turned into sets and first-word maps, so every look-up is O(1) per token. */
export interface CompiledLexicon {
  lex: Lexicon;
  cuesByFirstWord: ReadonlyMap<string, readonly CueForm[]>;
  accordingByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  set: {
    between: ReadonlySet<string>;
    boundaries: ReadonlySet<string>;
    noise: ReadonlySet<string>;
    openers: ReadonlySet<string>;
    relatives: ReadonlySet<string>;
    determiners: ReadonlySet<string>;
    articles: ReadonlySet<string>;
    possessives: ReadonlySet<string>;
    personPronouns: ReadonlySet<string>;
    thingPronouns: ReadonlySet<string>;
    pluralPronouns: ReadonlySet<string>;
    honorifics: ReadonlySet<string>;
    titles: ReadonlySet<string>;
    roleModifiers: ReadonlySet<string>;
    orgHeads: ReadonlySet<string>;
    mediaHeads: ReadonlySet<string>;
    documentHeads: ReadonlySet<string>;
    anonymousHeads: ReadonlySet<string>;
    qualifiers: ReadonlySet<string>;
    affiliationPreps: ReadonlySet<string>;
    timeWords: ReadonlySet<string>;
    audiences: ReadonlySet<string>;
    complementizers: ReadonlySet<string>;
    creditNoise: ReadonlySet<string>;
    nonSpeakers: ReadonlySet<string>;
    mediaNames: ReadonlySet<string>;
  };
  creditPatterns: readonly RegExp[];
}

const splitForm = (form: string) => form.toLowerCase().split(/\s+/).filter(Boolean);

function byFirstWord<T>(entries: readonly [readonly string[], T][]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [words, value] of entries) {
    const first = words[0];
    if (!first) continue;
    const list = map.get(first) ?? [];
    list.push(value);
    // Longest form first, so "pointed out" wins over "pointed".
    list.sort((a, b) => lengthOf(b) - lengthOf(a));
    map.set(first, list);
  }
  return map;
}
const lengthOf = (value: unknown) =>
  Array.isArray(value) ? value.length : ((value as CueForm).words?.length ?? 0);

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const cached = cache.get(lex);
  if (cached) return cached;
  const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  const cueEntries: [readonly string[], CueForm][] = lex.cues.flatMap((group) =>
    group.forms.map((form): [readonly string[], CueForm] => {
      const words = splitForm(form);
      return [words, { words, group }];
    }),
  );
  const compiled: CompiledLexicon = {
    lex,
    cuesByFirstWord: byFirstWord(cueEntries),
    accordingByFirstWord: byFirstWord(lex.accordingTo.map((form): [string[], string[]] => [splitForm(form), splitForm(form)])),
    set: {
      between: lower(lex.betweenSubjectAndCue),
      boundaries: lower(lex.clauseBoundaries),
      noise: lower(lex.leadingNoise),
      openers: lower(lex.openerPrepositions),
      relatives: lower(lex.relativePronouns),
      determiners: lower(lex.determiners),
      articles: lower(lex.articles),
      possessives: lower(lex.possessives),
      personPronouns: lower(lex.pronouns.person),
      thingPronouns: lower(lex.pronouns.thing),
      pluralPronouns: lower(lex.pronouns.plural),
      honorifics: lower(lex.honorifics),
      titles: lower(lex.titles),
      roleModifiers: lower(lex.roleModifiers),
      orgHeads: lower(lex.orgHeads),
      mediaHeads: lower(lex.mediaHeads),
      documentHeads: lower(lex.documentHeads),
      anonymousHeads: lower(lex.anonymousHeads),
      qualifiers: lower(lex.qualifiers),
      affiliationPreps: lower(lex.affiliationPrepositions),
      timeWords: lower(lex.timeWords),
      audiences: lower(lex.audiences),
      complementizers: lower(lex.complementizers),
      creditNoise: lower(lex.creditNoise),
      nonSpeakers: lower(lex.nonSpeakers),
      mediaNames: lower(MEDIA_NAMES),
    },
    creditPatterns: lex.creditPatterns.map((source) => new RegExp(source, 'iu')),
  };
  cache.set(lex, compiled);
  return compiled;
}
