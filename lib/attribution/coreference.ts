import type { RawAttribution } from './detect';
import type { Stemmer } from './inflection';
import { pairOfNames, partOf } from './joint';
import type { Phrase } from './phrase';
import { stripInvisible } from '../text/normalize';

/** A person or organisation named in full somewhere in the article. */
interface Known {
  name: string;
  words: string[];
  role: string | null;
  affiliation: string | null;
  firstAt: number;
  spoke: boolean;
  /** Seen as a subject or a speaker: the form to show ("Declan Rice", not the genitive "Declana Rice"). */
  nominative: boolean;
}

/** Inflected languages: forms of one name share stems, and a name only seen in other cases gets a nominative guess. */
export interface NameInflection {
  stemmer: Stemmer;
  nominative: (name: string) => string;
}

/** Where something sits in the article, comparable across paragraphs. */
export const positionOf = (paragraph: number, offset: number) => paragraph * 1_000_000 + offset;

export interface Mention {
  at: number;
  paragraph: number;
  phrase: Phrase;
  appositives: string[];
}

export interface PlacedAttribution {
  paragraph: number;
  at: number;
  raw: RawAttribution;
}

/** A resolved speaker: full name, kind, role and affiliation. */
export interface Resolved {
  speaker: string;
  kind: Phrase['kind'];
  role: string | null;
  affiliation: string | null;
}

const CREDENTIALS = /^(?:MD|M\.D\.|PhD|Ph\.D\.|Jr\.?|Sr\.?|Esq\.?|RN|\d+(?:\s*years? old)?)$/u;
const ROLE_IN_RELATIVE = /\b(?:as|is|was|serves as|works as)\s+(?:a|an|the)\s+([^,;]+)$/u;
const AFFILIATION_IN_ROLE = /\b(?:at|for|of|with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*))*)/u;
const LEADING_POSSESSIVE = /^(?:his|her|their|its|our|my)\s+/iu;
const POSSESSIVE_NOUN = /['’]s$/u;
const RELATIVE_START = /^(?:who|which|whose|whom|that|où|qui|que|který|která|которые|который|которая)\b/iu;

/** The role an appositive gives: "a senior fellow at Brookings", "her mother", "who works as a director at X". */
export function roleOfAppositive(text: string): string | null {
  const trimmed = text.trim().replace(LEADING_POSSESSIVE, '');
  if (!trimmed || CREDENTIALS.test(trimmed)) return null;
  if (RELATIVE_START.test(trimmed)) return ROLE_IN_RELATIVE.exec(trimmed)?.[1]?.trim() ?? null;
  return trimmed;
}

export function affiliationOfRole(role: string | null): string | null {
  if (!role) return null;
  const match = AFFILIATION_IN_ROLE.exec(role);
  return match?.[1]?.replace(/\s+(?:of|for|and|on|the)$/u, '') ?? null;
}

// Compared without invisible characters: "Jo\u200Bhn Smith" is John Smith.
const nameWords = (name: string) => stripInvisible(name).toLowerCase().split(/\s+/).filter((w) => w.length > 1 || /\p{L}/u.test(w));

/**
 * Resolves surnames, first names, "Mr. X", pronouns and "the company" to the full name they stand for,
 * only when exactly one candidate fits; never across a different named person.
 */
export class Coreference {
  private readonly known = new Map<string, Known>();
  /** The known names by their first and by their last word, for `expand`. */
  private readonly knownByEndWord = new Map<string, Known[]>();

  /** `anaphoric`: generic heads ("company", "agency") that refer back to the last named organisation. */
  constructor(
    private readonly anaphoric: ReadonlySet<string>,
    private readonly inflection: NameInflection | null = null,
    private readonly leads?: { titles: ReadonlySet<string>; honorifics: ReadonlySet<string> },
  ) {}

  /** The words of a name as compared: lower-cased, and reduced to their stems in inflected languages. */
  private keyWords(name: string): string[] {
    const words = nameWords(name);
    return this.inflection ? words.map((w) => this.inflection!.stemmer.key(w)) : words;
  }

  private shown(known: Known): string {
    return known.nominative || !this.inflection ? known.name : this.inflection.nominative(known.name);
  }

  private lastPerson: { name: string; paragraph: number } | null = null;
  private lastSpeaker: { name: string; paragraph: number } | null = null;
  private lastThing: { resolved: Resolved; paragraph: number } | null = null;
  private lastGroup: { resolved: Resolved; paragraph: number } | null = null;

  /** Registers every full name first, so a surname used before its full name still resolves. */
  register(at: number, phrase: Phrase, appositives: readonly string[], spoke: boolean, nominative = true): void {
    if (phrase.pronoun || phrase.bare || phrase.kind !== 'named') return;
    const pair = pairOfNames(phrase);
    if (pair) {
      // Two people, never one fused name: each is known on its own when given in full.
      for (const name of pair) if (/\s/u.test(name)) this.register(at, partOf(phrase, name, this.leads), [], spoke, nominative);
      return;
    }
    const words = this.keyWords(phrase.speaker);
    if (words.length < 2) return;
    const key = words.join(' ');
    const known = this.known.get(key);
    const role = phrase.role ?? appositives.map(roleOfAppositive).find(Boolean) ?? null;
    if (known) {
      if (nominative && !known.nominative) Object.assign(known, { name: phrase.speaker, nominative });
      known.role ??= role;
      known.affiliation ??= phrase.affiliation ?? affiliationOfRole(role);
      known.spoke ||= spoke;
      known.firstAt = Math.min(known.firstAt, at);
      return;
    }
    const added: Known = { name: phrase.speaker, words, role, affiliation: phrase.affiliation ?? affiliationOfRole(role), firstAt: at, spoke, nominative };
    this.known.set(key, added);
    for (const end of new Set([words[0]!, words[words.length - 1]!])) {
      const list = this.knownByEndWord.get(end);
      if (list) list.push(added);
      else this.knownByEndWord.set(end, [added]);
    }
  }

  /** A name of one word ("Antonov", "Fiona", "Mr. Reeves") to the one full name it can stand for. */
  private expand(word: string, at: number): Known | null {
    const lower = this.keyWords(word)[0] ?? '';
    const candidates = this.knownByEndWord.get(lower) ?? [];
    const unique = (list: Known[]) => (list.length === 1 ? list[0]! : null);
    return unique(candidates) ?? unique(candidates.filter((k) => k.firstAt < at)) ?? unique(candidates.filter((k) => k.spoke));
  }

  private person(name: string): Resolved {
    const known = this.known.get(this.keyWords(name).join(' '));
    return { speaker: known ? this.shown(known) : name, kind: 'named', role: known?.role ?? null, affiliation: known?.affiliation ?? null };
  }

  /** What the whole article says about a person, for attributions made before their role was given. */
  describe(name: string): { role: string | null; affiliation: string | null } {
    const known = this.known.get(this.keyWords(name).join(' '));
    return { role: known?.role ?? null, affiliation: known?.affiliation ?? null };
  }

  /** "She's the director of ...": gives the last person a role when the text had given none. */
  roleForLastPerson(role: string): void {
    const known = this.lastPerson ? this.known.get(this.keyWords(this.lastPerson.name).join(' ')) : undefined;
    if (known && !known.role) {
      known.role = role;
      known.affiliation ??= affiliationOfRole(role);
    }
  }

  /** Notes a sentence subject that later pronouns may refer to. */
  observe(mention: Mention): void {
    if (pairOfNames(mention.phrase)) return;
    const resolved = this.resolvePhrase(mention.phrase, mention.at);
    if (resolved?.kind === 'named' && !mention.phrase.pronoun && !mention.phrase.bare) this.lastPerson = { name: resolved.speaker, paragraph: mention.paragraph };
    else if (resolved?.kind === 'named' && mention.phrase.bare && this.expand(mention.phrase.speaker, mention.at)) this.lastPerson = { name: resolved.speaker, paragraph: mention.paragraph };
  }

  private resolvePhrase(phrase: Phrase, at: number): Resolved | null {
    if (phrase.kind === 'named' && !phrase.pronoun) {
      const words = this.keyWords(phrase.speaker);
      if (words.length === 1) {
        const known = this.expand(phrase.speaker, at);
        if (known) return this.person(known.name);
        if (phrase.bare) return { speaker: phrase.speaker, kind: 'organization', role: phrase.role, affiliation: phrase.affiliation };
      }
      const person = this.person(phrase.speaker);
      return { ...person, role: person.role ?? phrase.role, affiliation: person.affiliation ?? phrase.affiliation };
    }
    return { speaker: phrase.speaker, kind: phrase.kind, role: phrase.role, affiliation: phrase.affiliation };
  }

  /**
   * "The special envoy said", "Austria's interior minister said", after Kurt Volker, the special envoy, or interior
   * minister Wolfgang Peschorn was named: a definite title that fits the role of exactly one person named before.
   */
  private byRole(phrase: Phrase, at: number): Resolved | null {
    if (phrase.kind !== 'anonymous' || phrase.proper || phrase.pronoun) return null;
    const words = nameWords(phrase.speaker);
    const owner = words[0] && POSSESSIVE_NOUN.test(words[0]) ? words.shift() : null;
    // One person: "the envoy", "Austria's interior minister", not "officials".
    if (!((phrase.definite && phrase.role) || owner) || words.length === 0 || /s$/u.test(words.at(-1)!)) return null;
    const fits = [...this.known.values()].filter((k) => k.firstAt < at && k.role && words.every((w) => nameWords(k.role!).includes(w)));
    return fits.length === 1 ? this.person(fits[0]!.name) : null;
  }

  /** Resolves one attribution's speaker, or null when it cannot be known (an unresolvable pronoun). */
  resolve(item: PlacedAttribution): Resolved | null {
    const { phrase } = item.raw;
    const near = (paragraph: number, reach: number) => item.paragraph - paragraph <= reach;
    if (phrase.pronoun === 'person') {
      if (!this.lastPerson || !near(this.lastPerson.paragraph, 2)) return null;
      // Another person has been named since the last speaker: "he" could be either, so it stays unresolved.
      // Unless that person is the subject in this very paragraph and the speaker spoke in an earlier one.
      const subjectHere = this.lastPerson.paragraph === item.paragraph && this.lastSpeaker !== null && this.lastSpeaker.paragraph < item.paragraph;
      if (this.lastSpeaker && near(this.lastSpeaker.paragraph, 2) && this.lastSpeaker.name !== this.lastPerson.name && !subjectHere) return null;
      const resolved = this.person(this.lastPerson.name);
      // "He said his predecessor, Fiona Hill, had warned him": "he" is not someone named in what he says.
      if (nameWords(resolved.speaker).some((w) => w.length > 2 && nameWords(item.raw.text).includes(w))) return null;
      // A chain of "he said" keeps its person in view, paragraph after paragraph.
      this.lastPerson = { name: this.lastPerson.name, paragraph: item.paragraph };
      this.lastSpeaker = { name: resolved.speaker, paragraph: item.paragraph };
      return resolved;
    }
    if (phrase.pronoun === 'thing') return this.lastThing && near(this.lastThing.paragraph, 1) ? this.lastThing.resolved : null;
    if (phrase.pronoun === 'plural') return this.lastGroup && near(this.lastGroup.paragraph, 1) ? this.lastGroup.resolved : null;
    let resolved = this.byRole(phrase, item.at) ?? this.resolvePhrase(phrase, item.at);
    if (!resolved) return null;
    if (phrase.definite && !phrase.proper && this.anaphoric.has(phrase.speaker.toLowerCase()) && this.lastThing?.resolved.kind === 'organization' && near(this.lastThing.paragraph, 3)) {
      resolved = this.lastThing.resolved;
    }
    const role = resolved.role ?? item.raw.appositives.map(roleOfAppositive).find(Boolean) ?? null;
    resolved = { ...resolved, role, affiliation: resolved.affiliation ?? affiliationOfRole(role) };
    if (resolved.kind === 'named') {
      this.lastPerson = { name: resolved.speaker, paragraph: item.paragraph };
      this.lastSpeaker = this.lastPerson;
    }
    else if (resolved.kind === 'organization' || resolved.kind === 'document' || resolved.kind === 'media') this.lastThing = { resolved, paragraph: item.paragraph };
    if (resolved.kind === 'anonymous' || resolved.kind === 'organization') this.lastGroup = { resolved, paragraph: item.paragraph };
    return resolved;
  }
}
