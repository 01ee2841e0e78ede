import type { Lexicon } from './types';

const EMPTY: readonly string[] = [];
const NO_PRONOUNS = { person: EMPTY, plural: EMPTY };

/** A lexicon with every list the language does not need left empty. */
export function defineLexicon(lexicon: Partial<Lexicon> & Pick<Lexicon, 'lang' | 'cues' | 'accordingTo'>): Lexicon {
  return {
    complementizers: EMPTY,
    betweenSubjectAndCue: EMPTY,
    clauseBoundaries: EMPTY,
    leadingNoise: EMPTY,
    openerPrepositions: EMPTY,
    relativePronouns: EMPTY,
    determiners: EMPTY,
    articles: EMPTY,
    possessives: EMPTY,
    pronouns: { person: EMPTY, thing: EMPTY, plural: EMPTY },
    honorifics: EMPTY,
    titles: EMPTY,
    roleModifiers: EMPTY,
    orgHeads: EMPTY,
    mediaHeads: EMPTY,
    documentHeads: EMPTY,
    anonymousHeads: EMPTY,
    qualifiers: EMPTY,
    affiliationPrepositions: EMPTY,
    timeWords: EMPTY,
    audiences: EMPTY,
    creditPatterns: EMPTY,
    creditNoise: EMPTY,
    bylinePrepositions: EMPTY,
    nonSpeakers: EMPTY,
    inversionReach: 3,
    anaphoricHeads: EMPTY,
    subjectClitics: NO_PRONOUNS,
    objectPronouns: NO_PRONOUNS,
    relayLeads: EMPTY,
    documentRelays: EMPTY,
    headFirst: false,
    inflection: null,
    ...lexicon,
  };
}

export const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);
