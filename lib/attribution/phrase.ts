import { stripInvisible } from '../text/normalize';
import type { CompiledLexicon } from './lexicon/compiled';
import { InflectedSet } from './inflection';
import { readOutlet } from './outlet';
import type { Token } from './tokens';

export type SpeakerKind = 'named' | 'anonymous' | 'organization' | 'media' | 'document';

/** What one noun phrase says about a source. */
export interface Phrase {
  speaker: string;
  kind: SpeakerKind;
  role: string | null;
  affiliation: string | null;
  qualifiers: string[];
  /** A proper name (can anchor coreference). */
  proper: boolean;
  /** One capitalised word ("Antonov", "Russia"): a surname or an organisation, decided by coreference. */
  bare: boolean;
  pronoun: 'person' | 'thing' | 'plural' | null;
  /** "the company": a definite description that may refer back to a named organisation. */
  definite: boolean;
  /** A participle or relative clause trailed the phrase ("groups operating in Syria"). */
  described: boolean;
  /** The outlet that saw a document: "a letter reviewed by The Associated Press". */
  via?: string | null;
  start: number;
  end: number;
}

// Lower-case words that may sit inside a name: "Syrian Observatory for Human Rights", "Ludwig van Beethoven".
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'de', 'du', 'des', 'la', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'da', 'do', 'dos', 'das', 'y', 'the', 'di', 'del', 'le']);
const KNOWING = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'proches', 'cercanas', 'cercanos', 'próximas', 'próximos']);
const SHORT_ACRONYM = /^\p{Lu}{2,}$/u;
const JOINERS = new Set(['and', 'et', 'y', 'e', 'und', 'и', 'a']);
// Connectors that, inside a person's name run, start an affiliation instead ("Mitch McConnell of Kentucky").
const AFFILIATION_CONNECTORS = new Set(['of', 'for', 'on']);
// "Amazon-owned Whole Foods", "London-based": a hyphenated modifier, not part of the name.
const HYPHEN_MODIFIER = /-(?:owned|based|backed|led|funded|run|born|controlled|linked|affiliated|allied|supported|born|area)$/u;
const MAX_PREMODIFIER = 8;
const POSSESSIVE_S = /['’]s$/u;
const ADDRESS = /^(?:mr|mrs|ms|miss|mx)\.?$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;

interface Ctx {
  text: string;
  tokens: readonly Token[];
  lex: CompiledLexicon;
}

const slice = (ctx: Ctx, from: number, to: number) =>
  from < to ? ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end) : '';

function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

/** "a document seen by Reuters": where the relay starts and the outlet it names. */
function documentRelay(ctx: Ctx, from: number, to: number): { at: number; via: string } | null {
  for (let p = from + 1; p < to; p++) {
    const forms = ctx.lex.documentRelaysByFirstWord.get(ctx.tokens[p]!.lower);
    const form = forms?.find((words) => words.every((w, k) => ctx.tokens[p + k]?.lower === w && p + k < to));
    if (!form) continue;
    const outlet = readOutlet(ctx, p + form.length, to);
    if (outlet) return { at: p, via: outlet.name };
  }
  return null;
}

/**
 * "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Sergei Lavrov": after a title and its body, the
 * last two capitalised words name a person when neither is a body's or a title's word. The name's start, or -1.
 */
function nameAfterTitledBody(ctx: Ctx, from: number, to: number): number {
  const { set } = ctx.lex;
  if (to - from < 3) return -1;
  const run = ctx.tokens.slice(from, to);
  if (!run.every((t) => isWord(t) && (t.cap || CONNECTORS.has(t.lower)))) return -1;
  // "a spokeswoman for Gov. Roy Kemper": a titled person after the preposition is whom the speaker works for.
  if (set.titles.has(run[0]!.lower) || set.honorifics.has(run[0]!.lower)) return -1;
  const isNameWord = (t: Token) => t.cap && !CONNECTORS.has(t.lower) && !set.nameOrgHeads.has(t.lower) && !set.mediaHeads.has(t.lower) && !set.titles.has(t.lower) && !POSSESSIVE_S.test(t.text);
  return run.slice(-2).every(isNameWord) && ctx.tokens[to - 3]!.cap ? to - 2 : -1;
}

/** Strips leading determiners and returns the text, or null when nothing is left. */
function stripDeterminers(ctx: Ctx, from: number, to: number): string | null {
  let a = from;
  while (a < to && (ctx.lex.set.determiners.has(ctx.tokens[a]!.lower) || ctx.tokens[a]!.kind !== 'word')) a++;
  const text = slice(ctx, a, to).replace(/[\s,.;:]+$/u, '');
  return text || null;
}

function headKind(ctx: Ctx, head: string, premod: readonly Token[]): SpeakerKind | null {
  const { set } = ctx.lex;
  const word = head.replace(POSSESSIVE_S, '');
  if (set.documentHeads.has(word) && set.mediaHeads.has(word) && premod.some((t) => set.mediaHeads.has(t.lower))) return 'media';
  if (set.anonymousHeads.has(word)) return 'anonymous';
  if (set.orgHeads.has(word)) return 'organization';
  if (set.documentHeads.has(word)) return 'document';
  if (set.mediaHeads.has(word)) return 'media';
  if (set.titles.has(word)) return 'anonymous';
  return null;
}

/** Maximal runs of capitalised words, joined across connectors ("Department of Environmental Protection"). */
function capRuns(ctx: Ctx, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const token = ctx.tokens[i]!;
    if (!isWord(token) || !token.cap) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to) {
      const next = ctx.tokens[end]!;
      if (isWord(next) && next.cap) end++;
      else if (isWord(next) && CONNECTORS.has(next.lower) && isWord(ctx.tokens[end + 1]) && ctx.tokens[end + 1]!.cap && end + 1 < to) end += 2;
      else break;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

const BLANK = { role: null, affiliation: null, proper: false, bare: false, definite: false, described: false };

/** A pronoun standing for a source ("he", "a-t-il", "selon lui"), resolved later by coreference. */
export function pronounPhrase(token: Token, pronoun: NonNullable<Phrase['pronoun']>, text = token.text): Phrase {
  return { ...BLANK, qualifiers: [], speaker: text, kind: 'named', pronoun, start: token.start, end: token.start + text.length };
}

/**
 * Reads one comma-free noun phrase as a source: a name with its pre-modifiers ("Deputy defense minister
 * Anatoly Antonov"), an organisation ("the defense ministry"), an unnamed source ("a senior political source"),
 * a medium or a document. Returns null for phrases that name no source ("the price", "the move").
 */
export function readPhrase(ctx: Ctx, from: number, to: number): Phrase | null {
  const { set } = ctx.lex;
  const { tokens } = ctx;
  let a = from;
  let b = to;
  while (a < b && tokens[a]!.kind === 'punct') a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  while (a < b - 1 && (set.noise.has(tokens[a]!.lower) || set.boundaries.has(tokens[a]!.lower))) a++;
  if (a >= b || tokens.slice(a, b).some((t) => t.kind === 'quote')) return null;

  if (b - a === 1) {
    const lower = tokens[a]!.lower;
    const pronoun = set.personPronouns.has(lower) ? 'person' : set.thingPronouns.has(lower) ? 'thing' : set.pluralPronouns.has(lower) ? 'plural' : null;
    if (pronoun) return pronounPhrase(tokens[a]!, pronoun);
  }
  if (b - a === 1 && isFunctionWord(ctx, tokens[a]!.lower)) return null;
  // "© 2019 The New Arab states ...": a copyright line, not a source.
  if (YEAR.test(tokens[a]!.text) && tokens[a + 1]?.cap) return null;

  let possessive = false;
  if (set.possessives.has(tokens[a]!.lower) && a < b - 1) {
    possessive = true;
    a++;
  }
  let definite = false;
  while (a < b - 1 && set.determiners.has(tokens[a]!.lower)) {
    if (tokens[a]!.lower === 'the' || tokens[a]!.lower === 'le' || tokens[a]!.lower === 'la') definite = true;
    a++;
  }

  const relayed = b - a > 3 ? documentRelay(ctx, a, b) : null;
  if (relayed) {
    const document = readHead(ctx, a, relayed.at, possessive, definite);
    if (document?.kind === 'document') return { ...document, via: relayed.via };
  }

  // A trailing participle or relative clause describes the source: "charity groups operating in Syria".
  let k = b;
  for (let i = a + 1; i < b; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (set.relatives.has(token.lower) && !token.cap) {
      k = i;
      break;
    }
    if (isWord(token) && !token.cap && /(?:ing|ed)$/u.test(token.lower) && isWord(next) && (set.affiliationPreps.has(next.lower) || set.openers.has(next.lower) || next.lower === 'to')) {
      k = i;
      break;
    }
  }
  const description = k < b ? slice(ctx, k, b) : null;
  const phrase = readHead(ctx, a, k, possessive, definite);
  if (!phrase) return null;
  phrase.described = description !== null;
  if (description && !phrase.role && phrase.kind !== 'named') phrase.role = description;
  return phrase;
}

function readHead(ctx: Ctx, a: number, k: number, possessive: boolean, definite: boolean): Phrase | null {
  const { set } = ctx.lex;
  const { tokens } = ctx;
  const start = tokens[a]!.start;

  // "a spokesman for the ministry", "a report by Human Rights Watch": a known head noun before a preposition.
  for (let p = a + 1; p < k; p++) {
    const token = tokens[p]!;
    if (!set.affiliationPreps.has(token.lower) && token.lower !== 'by') continue;
    const before = tokens.slice(a, p);
    if (before.some((t, i) => t.cap && !(i === 0 && headKind(ctx, t.lower, []) !== null))) break;
    // "secrétaire régionale de la CGT": adjectives may follow the head noun.
    let headAt = p - 1;
    while (headAt > a && !headKind(ctx, tokens[headAt]!.lower, []) && (set.roleModifiers.has(tokens[headAt]!.lower) || set.qualifiers.has(tokens[headAt]!.lower))) headAt--;
    const kind = headKind(ctx, tokens[headAt]!.lower, before);
    if (!kind) break;
    const named = kind === 'anonymous' ? nameAfterTitledBody(ctx, p + 1, k) : -1;
    if (named > 0) {
      return {
        speaker: slice(ctx, named, k),
        kind: 'named',
        role: slice(ctx, a, named),
        affiliation: stripDeterminers(ctx, p + 1, named),
        qualifiers: [],
        proper: true,
        bare: false,
        pronoun: null,
        definite: false,
        described: false,
        start: tokens[named]!.start,
        end: tokens[k - 1]!.end,
      };
    }
    const affiliation = stripDeterminers(ctx, p + 1, k);
    // "ministère de la Santé" is one name; "spokesman for the ministry" is a person and an affiliation.
    const namedObject = tokens.slice(p + 1, k).some((t) => t.cap);
    // "sources familiar with the matter", "people close to the talks": the whole phrase names the unnamed source.
    const described = kind === 'anonymous' && headAt < p - 1 && KNOWING.has(tokens[p - 1]!.lower);
    const whole = kind === 'document' || kind === 'media' || (kind === 'organization' && namedObject) || described;
    return {
      speaker: slice(ctx, a, whole ? k : p),
      kind,
      role: null,
      affiliation,
      qualifiers: qualifiersOf(ctx, before),
      proper: false,
      bare: false,
      pronoun: null,
      definite,
      described: false,
      start,
      end: tokens[(whole ? k : p) - 1]!.end,
    };
  }

  for (const [runStart, runEnd] of capRuns(ctx, a, k)) {
    // Titles and generic words at the front of a run are pre-modifiers: "Senator", "Deputy", "Mr.", "Experts".
    const run = tokens.slice(runStart, runEnd);
    const orgWord = (t: Token, i: number) => set.orgHeads.has(t.lower) || set.mediaHeads.has(t.lower) || organizationWord(ctx, run, i);
    // "Foreign Ministry Spokesman Maria Zakharova": a body's name, a title, then a name of two words or more with no
    // organisation or title word in it is a person, the body and title their role.
    const personAfterTitle = (t: Token, i: number) =>
      i > 0 && set.titles.has(t.lower) && run.length - i > 2 && run.slice(i + 1).every((n, j) => !CONNECTORS.has(n.lower) && !set.titles.has(n.lower) && !orgWord(n, i + 1 + j));
    // "Представитель МИД Мария Орлова": a title, then a body, then a name of two words or more.
    const lastMarker = run.findLastIndex((t, i) => set.titles.has(t.lower) || orgWord(t, i) || SHORT_ACRONYM.test(t.text));
    const titledBodyThenName =
      run.length - lastMarker > 2 &&
      ((lastMarker > 0 && set.titles.has(run[0]!.lower)) || (lastMarker >= 0 && runStart > a && set.titles.has(tokens[runStart - 1]!.lower))) &&
      run.slice(lastMarker + 1).every((n) => !CONNECTORS.has(n.lower));
    // "Economist Mark Little of Duke University": a titled person's name, then the body they belong to.
    const cut = run.findIndex((t, i) => i > 0 && AFFILIATION_CONNECTORS.has(t.lower) && !t.cap);
    let lead = 0;
    while (cut > 0 && lead < cut && (set.titles.has(run[lead]!.lower) || set.honorifics.has(run[lead]!.lower) || set.roleModifiers.has(run[lead]!.lower))) lead++;
    const titledPersonOfBody = cut > 0 && lead > 0 && cut - lead >= 2 && !run.slice(lead, cut).some((t, i) => orgWord(t, lead + i) || set.titles.has(t.lower));
    const isOrgRun = run.some(orgWord) && !run.some(personAfterTitle) && !titledBodyThenName && !titledPersonOfBody;
    let nameStart = titledBodyThenName ? runStart + lastMarker + 1 : runStart;
    let honorific = false;
    while (nameStart < runEnd) {
      const lower = tokens[nameStart]!.lower;
      if (set.honorifics.has(lower)) honorific = true;
      else if (HYPHEN_MODIFIER.test(lower) || isFunctionWord(ctx, lower)) {
        // always a modifier
      } else if (isOrgRun || !(set.titles.has(lower) || set.roleModifiers.has(lower) || set.anonymousHeads.has(lower))) break;
      nameStart++;
    }
    // "South Korean President Yoon Suk Yeol": a title inside the run ends the role, if a full name follows.
    if (!isOrgRun) {
      for (let i = runEnd - 3; i >= nameStart; i--) {
        // "Ortega and Senator Amy Chen" is two people, never one person with the role "Ortega and Senator".
        if (tokens.slice(nameStart, i).some((t) => JOINERS.has(t.lower))) break;
        if (set.titles.has(tokens[i]!.lower) && !CONNECTORS.has(tokens[i + 1]!.lower)) {
          nameStart = i + 1;
          break;
        }
      }
    }
    // "Starosta Mikulovic Petr Hanák": after a head-first title, a place or body in the genitive precedes the name.
    if (ctx.lex.lex.headFirst && !isOrgRun && nameStart > runStart && runEnd - nameStart >= 3) nameStart = runEnd - 2;
    if (nameStart >= runEnd || !premodifierFits(ctx, a, nameStart)) continue;
    const following = tokens.slice(runEnd, k);
    const first = following[0];
    const headOnly =
      following.length > 0 &&
      following.every((t) => t.kind === 'word' && !t.cap && !set.affiliationPreps.has(t.lower)) &&
      headKind(ctx, following[following.length - 1]!.lower, following) !== null;
    const affiliated = first !== undefined && set.affiliationPreps.has(first.lower);
    if (following.length > 0 && !headOnly && !affiliated) continue;
    return namedPhrase(ctx, { a, k, nameStart, runEnd, isOrgRun, honorific, headOnly, affiliated, possessive, definite });
  }

  // No name: a common noun phrase, which names a source only through a known head noun.
  let head = k - 1;
  while (head > a && tokens[head]!.kind !== 'word') head--;
  const last = head;
  // "un responsable militaire", "une source diplomatique": qualifiers after the head noun.
  while (head > a && set.qualifiers.has(tokens[head]!.lower) && !headKind(ctx, tokens[head]!.lower, [])) head--;
  if (!headKind(ctx, tokens[head]!.lower, [])) head = last;
  const premod = tokens.slice(a, head);
  const kind = headKind(ctx, tokens[head]!.lower, premod);
  if (!kind && ctx.lex.lex.headFirst && head > a) return headFirstPhrase(ctx, a, head + 1, definite);
  if (!kind || (possessive && kind !== 'anonymous')) return null;
  // A lone inflected head reads in its listed form: "podle svého mluvčího" -> "mluvčí".
  const lone = a === last ? baseForm(ctx, tokens[head]!) : null;
  return {
    speaker: lone ?? slice(ctx, a, last + 1).replace(POSSESSIVE_S, ''),
    kind,
    role: kind === 'anonymous' && set.titles.has(tokens[head]!.lower) ? (lone ?? tokens[head]!.text) : null,
    affiliation: null,
    qualifiers: qualifiersOf(ctx, tokens.slice(a, last + 1).filter((_, i) => a + i !== head)),
    proper: false,
    bare: false,
    pronoun: null,
    definite,
    described: false,
    start,
    end: tokens[last]!.end,
  };
}

/**
 * Head-first languages put the head before its genitive complement: "ministerstva obrany" (of the defence ministry),
 * "mluvčího policie" (of the police spokesman). The head is given in its listed form: "ministerstvo obrany".
 */
function headFirstPhrase(ctx: Ctx, a: number, end: number, definite: boolean): Phrase | null {
  const { set } = ctx.lex;
  const first = ctx.tokens[a]!;
  const kind = headKind(ctx, first.lower, []);
  if (!kind) return null;
  const head = baseForm(ctx, first);
  const rest = slice(ctx, a + 1, end);
  return {
    speaker: `${head} ${rest}`,
    kind,
    role: kind === 'anonymous' && set.titles.has(first.lower) ? head : null,
    affiliation: kind === 'anonymous' ? rest : null,
    qualifiers: [],
    proper: false,
    bare: false,
    pronoun: null,
    definite,
    described: false,
    start: first.start,
    end: ctx.tokens[end - 1]!.end,
  };
}

/** An inflected head word in the form its lexicon lists ("Ministerstva" -> "Ministerstvo"), capitalisation kept. */
function baseForm(ctx: Ctx, token: Token): string {
  const { set } = ctx.lex;
  if (!ctx.lex.stemmer) return token.text;
  const lists = [set.orgHeads, set.titles, set.anonymousHeads, set.mediaHeads, set.documentHeads];
  // A listed form stays as written ("Analytici" is listed; it is not "analytik").
  if (lists.some((list) => list instanceof InflectedSet && list.isListed(token.lower))) return token.text;
  for (const list of lists) {
    const base = list instanceof InflectedSet ? list.baseOf(token.lower) : null;
    if (base) return token.cap ? base.charAt(0).toUpperCase() + base.slice(1) : base;
  }
  return token.text;
}

interface NameParts {
  a: number;
  k: number;
  nameStart: number;
  runEnd: number;
  isOrgRun: boolean;
  honorific: boolean;
  headOnly: boolean;
  affiliated: boolean;
  possessive: boolean;
  definite: boolean;
}

function namedPhrase(ctx: Ctx, parts: NameParts): Phrase {
  const { set } = ctx.lex;
  const { tokens } = ctx;
  const { a, k, runEnd, isOrgRun, honorific, headOnly, affiliated, definite } = parts;
  let nameEnd = runEnd;
  let affiliation: string | null = null;
  if (!isOrgRun && !headOnly) {
    // "Mitch McConnell of Kentucky": a person's run stops at its first connector.
    for (let i = parts.nameStart + 1; i < runEnd; i++) {
      if (AFFILIATION_CONNECTORS.has(tokens[i]!.lower) && !tokens[i]!.cap) {
        nameEnd = i;
        affiliation = stripDeterminers(ctx, i + 1, runEnd);
        break;
      }
    }
  }
  if (affiliated) affiliation = stripDeterminers(ctx, runEnd + 1, k);
  // "Podle Petra Fialy", "Según Pedro Sánchez": a capitalised preposition before a name is no role.
  let roleStart = a;
  while (roleStart < parts.nameStart && isFunctionWord(ctx, tokens[roleStart]!.lower)) roleStart++;
  const premod = tokens.slice(roleStart, parts.nameStart);
  const premodText = premod.length ? slice(ctx, roleStart, parts.nameStart) : null;
  const nameTokens = tokens.slice(parts.nameStart, nameEnd).filter((t) => !CONNECTORS.has(t.lower));
  const runText = slice(ctx, parts.nameStart, nameEnd).replace(POSSESSIVE_S, '');
  const lowerName = stripInvisible(runText).toLowerCase();

  let kind: SpeakerKind = 'named';
  let speaker = runText;
  let qualifiers: string[] = [];
  // "Mr.", "Ms." alone are forms of address, not roles ("Dr." and "Prof." are titles).
  const role: string | null = premodText && !premod.every((t) => ADDRESS.test(t.lower) || t.kind !== 'word') ? lowerInitialRole(headFirstRole(ctx, premodText, premod), premod, ctx) : null;
  // "Ahmed Kadri's statement said", "Mr. Kadri's letter": the person's own words, the person is the source.
  const ownDocument = headOnly && !isOrgRun && POSSESSIVE_S.test(tokens[runEnd - 1]!.text) && !set.mediaNames.has(lowerName) &&
    headKind(ctx, tokens[k - 1]!.lower, tokens.slice(runEnd, k)) === 'document';
  if (ownDocument) {
    // the name alone, as if the document were not there
  } else if (headOnly) {
    const following = tokens.slice(runEnd, k);
    kind = headKind(ctx, following[following.length - 1]!.lower, following) ?? 'organization';
    // "senior Western diplomatic source": the whole phrase, adjectives included.
    speaker = slice(ctx, a, k);
    if (kind === 'anonymous' && !qualifiersOf(ctx, tokens.slice(parts.nameStart, runEnd)).length) affiliation = runText;
    qualifiers = qualifiersOf(ctx, tokens.slice(a, k));
  } else if (set.mediaNames.has(lowerName) || (isOrgRun && nameTokens.some((t) => set.mediaHeads.has(t.lower) && !set.orgHeads.has(t.lower)))) {
    kind = 'media';
  } else if (isOrgRun || (definite && premod.length === 0) || nameTokens.some((t) => ACRONYM.test(t.text))) {
    // "the Red Cross": people take no article; "CGT", "UNHCR Refugee Agency": an acronym is a body's name.
    kind = 'organization';
  } else {
    // Head-first roles ("předsedkyně vlády Eva Novotná") end in their complement, not their head.
    const roleFirst = ctx.lex.lex.headFirst && premod.length > 1 && set.titles.has(premod[0]!.lower);
    const lastPremod = roleFirst ? '' : (premod[premod.length - 1]?.lower ?? '');
    if (set.orgHeads.has(lastPremod)) kind = 'organization';
    else if (set.mediaHeads.has(lastPremod)) kind = 'media';
  }
  const titled = premod.some((t) => set.titles.has(t.lower));
  const bare = kind === 'named' && nameTokens.length === 1 && !honorific && !titled;
  return {
    speaker,
    kind,
    role,
    affiliation,
    qualifiers,
    proper: kind === 'named' || kind === 'organization' || kind === 'media',
    bare,
    pronoun: null,
    definite: definite && !isOrgRun && kind !== 'named',
    described: false,
    start: tokens[parts.nameStart]!.start,
    end: tokens[(headOnly && !ownDocument ? k : nameEnd) - 1]!.end,
  };
}

const ACRONYM = /^\p{Lu}{3,}$/u;

/**
 * A word that marks a capitalised run as an organisation's name: a head such as "International" or "Watch" (in any
 * language's text), a capitalised preposition inside it ("Doctors Without Borders"), a lower-case "the" ("Save the
 * Children"), "for" before a name of two words or more ("Physicians for Human Rights"), or an adjective no person's
 * name holds before the run's last word ("Islamic Jihad"), unless a title makes the run a person's ("Islamic Affairs
 * Minister Ahmed Karimi").
 */
function organizationWord(ctx: Ctx, run: readonly Token[], i: number): boolean {
  const { set } = ctx.lex;
  const token = run[i]!;
  if (!token.cap) return token.lower === 'the' || (token.lower === 'for' && run.length - i > 2);
  if (set.nameOrgAdjectives.has(token.lower) && i < run.length - 1) return !run.some((t) => set.titles.has(t.lower) || set.honorifics.has(t.lower));
  return set.nameOrgHeads.has(token.lower) || (i > 0 && set.namePrepositions.has(token.lower));
}

/** Words that never name anyone on their own: "So", "If", "His", "Según", "I". */
function isFunctionWord(ctx: Ctx, lower: string): boolean {
  const { set } = ctx.lex;
  return (
    set.noise.has(lower) ||
    set.boundaries.has(lower) ||
    set.openers.has(lower) ||
    set.determiners.has(lower) ||
    set.possessives.has(lower) ||
    set.complementizers.has(lower) ||
    set.relatives.has(lower) ||
    set.between.has(lower) ||
    set.nonSpeakers.has(lower) ||
    ctx.lex.accordingByFirstWord.has(lower)
  );
}

/** A role before a name is short and ends in a role or organisation noun: "whale rescue group", "ILM supervisor". */
function premodifierFits(ctx: Ctx, from: number, to: number): boolean {
  if (to <= from) return true;
  if (to - from > MAX_PREMODIFIER) return false;
  const { set } = ctx.lex;
  const last = ctx.tokens[to - 1]!;
  if (last.kind !== 'word') return false;
  const lower = last.lower;
  return (
    set.titles.has(lower) ||
    set.roleModifiers.has(lower) ||
    set.honorifics.has(lower) ||
    set.orgHeads.has(lower) ||
    set.mediaHeads.has(lower) ||
    set.anonymousHeads.has(lower) ||
    HYPHEN_MODIFIER.test(lower) ||
    (last.cap && ctx.tokens.slice(from, to).every((t) => t.cap || t.kind !== 'word')) ||
    // "ministr zahraničí Jan Lipavský": the role's head comes first, its complement after.
    (ctx.lex.lex.headFirst && headKind(ctx, ctx.tokens[from]!.lower, []) !== null)
  );
}

/** "mluvčího policie Pavla Nováka": the role's head in its listed form, "mluvčí policie". */
function headFirstRole(ctx: Ctx, text: string, premod: readonly Token[]): string {
  const first = premod[0];
  if (!ctx.lex.lex.headFirst || !first) return text;
  const base = baseForm(ctx, first);
  return base === first.text ? text : base + text.slice(first.text.length);
}

/** "Deputy defense minister" at a sentence start reads "deputy defense minister". */
function lowerInitialRole(text: string, premod: readonly Token[], ctx: Ctx): string {
  const first = premod[0];
  if (first && (ctx.lex.set.titles.has(first.lower) || ctx.lex.set.roleModifiers.has(first.lower)) && premod.length > 1 && !premod[1]!.cap) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

function qualifiersOf(ctx: Ctx, premod: readonly Token[]): string[] {
  return premod.filter((t) => ctx.lex.set.qualifiers.has(t.lower)).map((t) => t.lower);
}

export type { Ctx as PhraseContext };
