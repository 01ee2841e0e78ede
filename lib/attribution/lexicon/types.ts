/** A language's attribution vocabulary. Adding a language means adding one of these, never code. */

export type CueTone = 'neutral' | 'loaded';

export interface CueGroup {
  tone: CueTone;
  /** Lower-case forms, one or more words each ("said", "pointed out", "a déclaré"). */
  forms: readonly string[];
  /** Counts only when the sentence holds a quotation ("called the bill “a disgrace”"). */
  needsQuote?: boolean;
  /** Verbs of belief ("think"): only parenthetical, ", scientists think," or at the sentence end. */
  parenthetical?: boolean;
  /** Verbs that need a clause or a quotation after them ("maintained that"), not an object. */
  needsClause?: boolean;
  /** Verbs of evidence ("found", "showed"): only documents and organisations use them as cues. */
  evidential?: boolean;
  /** Only after a quotation or clause, with the speaker after it: German "„…“, so Ott." */
  invertedOnly?: boolean;
  /** Participles ("saying", "adding"): the speaker is the subject of the main clause. */
  participle?: boolean;
}

export interface Lexicon {
  lang: string;
  cues: readonly CueGroup[];
  /** Prepositions that introduce a source after them: "according to", "citing", "selon", "по словам". */
  accordingTo: readonly string[];
  /** "citing" is both a source preposition and a relay: "X, citing Y, said". */
  complementizers: readonly string[];
  /** Words allowed between a subject and its cue: auxiliaries, adverbs ("has also", "a-t-il"). */
  betweenSubjectAndCue: readonly string[];
  /** Words that open a clause and end a subject search going backwards. */
  clauseBoundaries: readonly string[];
  /** Leading words stripped from a subject: connectives, sentence adverbs. */
  leadingNoise: readonly string[];
  /** Sentence-opening prepositions: a comma chunk starting with one is an adverbial, not a subject. */
  openerPrepositions: readonly string[];
  relativePronouns: readonly string[];
  determiners: readonly string[];
  /** Articles and demonstratives: a cue word right after one is a noun ("the show", "a report"). */
  articles: readonly string[];
  possessives: readonly string[];
  pronouns: { person: readonly string[]; thing: readonly string[]; plural: readonly string[] };
  honorifics: readonly string[];
  /** Role nouns and their modifiers ("minister", "deputy", "defense", "spokesman"). */
  titles: readonly string[];
  roleModifiers: readonly string[];
  /** Head nouns that make a phrase an organisation, a medium, a document, or an unnamed person. */
  orgHeads: readonly string[];
  mediaHeads: readonly string[];
  documentHeads: readonly string[];
  anonymousHeads: readonly string[];
  /** Adjectives worth reporting on anonymous sources: senior, Western, diplomatic... */
  qualifiers: readonly string[];
  /** Prepositions that attach an affiliation to a person: "of", "at", "from", "for". */
  affiliationPrepositions: readonly string[];
  /** Words that, right after a cue, start a time expression to skip ("on", "Monday", "October"). */
  timeWords: readonly string[];
  /** Words that say an audience, not a relay ("told reporters"). */
  audiences: readonly string[];
  /** Credit lines. Each pattern's first group is the list of names. */
  creditPatterns: readonly string[];
  /** Credit words that name no one ("Supplied", "Handout"). */
  creditNoise: readonly string[];
  /** "Stella Kim reported from Seoul": a byline, not a source. */
  bylinePrepositions: readonly string[];
  /** Things that are never speakers even when they precede a cue ("it", "this", "there"). */
  nonSpeakers: readonly string[];
  /** Generic heads that refer back to the last named organisation: "the company", "the agency". */
  anaphoricHeads: readonly string[];
  /** How many words may sit between a cue and a speaker named after it (free word order: "píše na Twitter Gary Lineker"). */
  inversionReach: number;
  /** Subject pronouns written onto the verb in inversions: "a-t-il déclaré", "estime-t-elle". */
  subjectClitics: PronounLists;
  /** Pronouns after a source preposition: "selon lui", "according to them", "podle něj". */
  objectPronouns: PronounLists;
  /** Words after a cue that introduce the outlet a statement was given to: "à" (l'AFP), "in an interview with", "pro" (ČTK). */
  relayLeads: readonly string[];
  /** Participles linking a document to the outlet that saw it: "seen by" (Reuters), "consulté par" (l'AFP). */
  documentRelays: readonly string[];
  /** The head noun comes first and its complement follows in the genitive: "ministerstvo obrany", "mluvčí policie". */
  headFirst: boolean;
  /** Nouns compound onto their head, so a word ending in a listed title or body is one: "Vorstandschef", "Innenministerium". */
  compoundHeads?: boolean;
  /** The subject may be left out: a cue after a quotation with no subject ("», dijo.") speaks for the last person. */
  nullSubject?: boolean;
  /** "As" opening a clause around a cue: "As the minister said, …", "Comme l'a indiqué le préfet, …". */
  asConjunctions?: readonly string[];
  /** Case endings, so inflected forms match the lexicon's words and a person's other forms ("ministerstva", "Fialy"). */
  inflection: Inflection | null;
}

export interface PronounLists {
  person: readonly string[];
  plural: readonly string[];
}

export interface Inflection {
  /** Endings a stem may carry, any order (the longest that leaves `minStem` letters is stripped). */
  endings: readonly string[];
  /** Stem alternations [from, to], such as a fleeting vowel: "Pavel" -> "Pavl" (as in "Pavla"). */
  alternations: readonly (readonly [string, string])[];
  minStem: number;
  /** Rewrites that turn a name seen only in another case into a nominative guess: "Declana" -> "Declan". */
  obliqueNameEndings?: readonly (readonly [string, string])[];
  /** Endings of feminine surnames, which the guess leaves alone ("Nováková", "Malé"). */
  feminineNameEndings?: readonly string[];
}
