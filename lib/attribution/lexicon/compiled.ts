import { CompoundSet, InflectedSet, Stemmer } from '../inflection';
import { tokenize } from '../tokens';
import { MEDIA_NAMES, NAME_PREPOSITIONS, ORGANIZATION_NAME_ADJECTIVES, ORGANIZATION_NAME_HEADS } from './common';
import type { CueGroup, Lexicon } from './types';

export type PronounKind = 'person' | 'plural';

export interface CueForm {
  words: readonly string[];
  group: CueGroup;
}

/** A lexicon turned into sets and first-word maps, so every look-up is O(1) per token. */
export interface CompiledLexicon {
  lex: Lexicon;
  cuesByFirstWord: ReadonlyMap<string, readonly CueForm[]>;
  accordingByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  relayLeadsByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  documentRelaysByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** "estime-t-elle" -> the verb "estime" and a person pronoun; null when the word carries no subject clitic. */
  clitic: (lower: string) => { verb: string; pronoun: PronounKind; word: string } | null;
  objectPronoun: (lower: string) => PronounKind | null;
  /** Inflected languages only: stems for names and head words. */
  stemmer: Stemmer | null;
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
    /** Organisation heads of every language, for capitalised names ("Amnesty International"). */
    nameOrgHeads: ReadonlySet<string>;
    namePrepositions: ReadonlySet<string>;
    /** Adjectives that make a capitalised name an organisation's ("Islamic Jihad"). */
    nameOrgAdjectives: ReadonlySet<string>;
  };
  creditPatterns: readonly RegExp[];
}

// Forms are split the way the text is, so "d’après" is the two tokens "d’" and "après".
const splitForm = (form: string) => tokenize(form, []).map((t) => t.lower);

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
  const stemmer = lex.inflection ? new Stemmer(lex.inflection) : null;
  // Content words may be inflected ("ministerstva", "mluvčího"); function words are matched as written.
  const content = (list: readonly string[]): ReadonlySet<string> =>
    stemmer ? new InflectedSet(lower(list), stemmer) : lex.compoundHeads ? new CompoundSet(lower(list)) : lower(list);
  const forms = (list: readonly string[]) => byFirstWord(list.map((form): [string[], string[]] => [splitForm(form), splitForm(form)]));
  const cueEntries: [readonly string[], CueForm][] = lex.cues.flatMap((group) =>
    group.forms.map((form): [readonly string[], CueForm] => {
      const words = splitForm(form);
      return [words, { words, group }];
    }),
  );
  const compiled: CompiledLexicon = {
    lex,
    cuesByFirstWord: byFirstWord(cueEntries),
    accordingByFirstWord: forms(lex.accordingTo),
    relayLeadsByFirstWord: forms(lex.relayLeads),
    documentRelaysByFirstWord: forms(lex.documentRelays),
    clitic: cliticReader(lex),
    objectPronoun: pronounReader(lex.objectPronouns),
    stemmer,
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
      titles: content(lex.titles),
      roleModifiers: content(lex.roleModifiers),
      orgHeads: content(lex.orgHeads),
      mediaHeads: content(lex.mediaHeads),
      documentHeads: content(lex.documentHeads),
      anonymousHeads: content(lex.anonymousHeads),
      qualifiers: content(lex.qualifiers),
      affiliationPreps: lower(lex.affiliationPrepositions),
      timeWords: lower(lex.timeWords),
      audiences: lower(lex.audiences),
      complementizers: lower(lex.complementizers),
      creditNoise: lower(lex.creditNoise),
      nonSpeakers: lower(lex.nonSpeakers),
      mediaNames: lower(MEDIA_NAMES),
      nameOrgHeads: lower([...lex.orgHeads, ...ORGANIZATION_NAME_HEADS]),
      namePrepositions: lower(NAME_PREPOSITIONS),
      nameOrgAdjectives: lower(ORGANIZATION_NAME_ADJECTIVES),
    },
    creditPatterns: lex.creditPatterns.map((source) => new RegExp(source, 'iu')),
  };
  cache.set(lex, compiled);
  return compiled;
}

function pronounReader(lists: Lexicon['objectPronouns']): (lower: string) => PronounKind | null {
  const person = new Set(lists.person.map((w) => w.toLowerCase()));
  const plural = new Set(lists.plural.map((w) => w.toLowerCase()));
  return (lower) => (person.has(lower) ? 'person' : plural.has(lower) ? 'plural' : null);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "a-t-il", "estime-t-elle", "dit-il": a verb, an optional euphonic "-t-", and a subject pronoun. */
function cliticReader(lex: Lexicon): CompiledLexicon['clitic'] {
  const pronoun = pronounReader(lex.subjectClitics);
  const all = [...lex.subjectClitics.person, ...lex.subjectClitics.plural].map((w) => escape(w.toLowerCase()));
  if (!all.length) return () => null;
  const pattern = new RegExp(`^(\\p{L}+)-(?:t-)?(${all.join('|')})$`, 'u');
  return (lower) => {
    const match = pattern.exec(lower);
    const kind = match ? pronoun(match[2]!) : null;
    return match && kind ? { verb: match[1]!, pronoun: kind, word: match[2]! } : null;
  };
}
