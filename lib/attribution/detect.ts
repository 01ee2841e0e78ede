import { stripInvisible } from '../text/normalize';
import type { CueForm } from './lexicon/compiled';
import type { CueTone } from './lexicon/types';
import type { PronounKind } from './lexicon/compiled';
import { isJointBody } from './joint';
import { readOutlet } from './outlet';
import { pronounPhrase, readPhrase, type Phrase, type PhraseContext } from './phrase';
import { quoteText } from './quotes';
import type { Token } from './tokens';

/** An attribution as one sentence states it, before coreference. */
export interface RawAttribution {
  phrase: Phrase;
  /** Appositives and relative clauses around the speaker: role candidates. */
  appositives: string[];
  mode: 'direct' | 'indirect';
  cue: string;
  cueTone: CueTone;
  via: string | null;
  text: string;
  start: number;
  end: number;
  /** Token index of the cue, for ordering and coreference. */
  at: number;
  /** The sentence ended with ":" and no content: the next paragraph's quotation is the content. */
  awaitsQuote: boolean;
  /** Narration ("testified before the committee"): no content to show, but its subject is the one speaking now. */
  silent?: boolean;
  /** Several sources speaking together: "the Russian and Syrian defence ministries", "X and Y said". */
  joint?: boolean;
}

export interface SentenceContext extends PhraseContext {
  /** Token range of the sentence. */
  s: number;
  e: number;
}

const DASHES = new Set(['—', '–', '-']);
const isPunct = (t: Token | undefined, chars: string) => t?.kind === 'punct' && chars.includes(t.text);

interface CueMatch {
  at: number;
  length: number;
  form: CueForm;
  /** "a-t-il déclaré", "estime-t-elle": the subject pronoun written onto the verb or its auxiliary. */
  clitic?: { at: number; pronoun: PronounKind; text: string };
  /** The cue as shown when it differs from its tokens ("estime" in "estime-t-elle"). */
  text?: string;
}

/** Cue verbs in the sentence, longest form first at each position. */
export function findCues(ctx: SentenceContext): CueMatch[] {
  const matches: CueMatch[] = [];
  for (let i = ctx.s; i < ctx.e; i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word') continue;
    const forms = ctx.lex.cuesByFirstWord.get(token.lower);
    const form = forms?.find((f) => f.words.every((w, k) => ctx.tokens[i + k]?.lower === w && i + k < ctx.e));
    if (!form) {
      const inverted = cliticCue(ctx, i);
      if (inverted) {
        matches.push(inverted);
        i = inverted.at + inverted.length - 1;
      }
      continue;
    }
    if (token.cap && i > ctx.s) continue;
    if (isNounReading(ctx, i) || isAmountAdded(ctx, i + form.words.length, form)) continue;
    matches.push({ at: i, length: form.words.length, form });
    i += form.words.length - 1;
  }
  return matches;
}

/** "estime-t-elle" (the cue carries the pronoun) or "a-t-il déclaré" (its auxiliary does). */
function cliticCue(ctx: SentenceContext, i: number): CueMatch | null {
  const token = ctx.tokens[i]!;
  const split = ctx.lex.clitic(token.lower);
  if (!split) return null;
  const clitic = { at: i, pronoun: split.pronoun, text: token.text.slice(token.text.length - split.word.length) };
  const own = ctx.lex.cuesByFirstWord.get(split.verb)?.find((f) => f.words.length === 1);
  if (own) return { at: i, length: 1, form: own, clitic, text: token.text.slice(0, split.verb.length) };
  if (!ctx.lex.set.between.has(split.verb)) return null;
  const next = ctx.tokens[i + 1];
  const forms = next && i + 1 < ctx.e ? ctx.lex.cuesByFirstWord.get(next.lower) : undefined;
  const form = forms?.find((f) => f.words.every((w, k) => ctx.tokens[i + 1 + k]?.lower === w && i + 1 + k < ctx.e));
  return form ? { at: i + 1, length: form.words.length, form, clitic } : null;
}

const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);
// "added a second in the 78th minute", "added another goal": a scorer, not a speaker.
const SCORING = new Set(['another', 'second', 'third', 'fourth', 'fifth', 'late', 'goal', 'goals', 'points', 'point', 'runs', 'try', 'penalty']);

/** "The Nasdaq added 1.2 percent", "Kane added a second": "add" followed by an amount or a score. */
function isAmountAdded(ctx: SentenceContext, after: number, form: CueForm): boolean {
  if (form.words.length !== 1 || !ADD_FORMS.has(form.words[0]!)) return false;
  const next = ctx.tokens[after];
  const second = ctx.tokens[after + 1];
  if (!next) return false;
  if (/^[\d$£€¥]/u.test(next.text) || SCORING.has(next.lower) || next.lower === 'to' || next.lower === 'up') return true;
  return (next.lower === 'a' || next.lower === 'an' || next.lower === 'his' || next.lower === 'her') && !!second && SCORING.has(second.lower);
}

const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);
/** "…," Trump, 70, told CNN's Dana Bash: the person after "told" is the one addressed, never the speaker. */
const isTellCue = (ctx: SentenceContext, cue: CueMatch) => TELL_FORMS.has(ctx.tokens[cue.at]!.lower);

/** "media reports that ...", "a new report": the cue word read as a noun. */
function isNounReading(ctx: SentenceContext, at: number): boolean {
  const { set } = ctx.lex;
  const previous = ctx.tokens[at - 1];
  if (!previous || previous.kind !== 'word') return false;
  // Articles make the next word a noun ("the show", "her comments"); quantifiers do not ("have all reported").
  if (set.articles.has(previous.lower) || set.possessives.has(previous.lower)) return true;
  return set.documentHeads.has(ctx.tokens[at]!.lower) && (set.mediaHeads.has(previous.lower) || set.qualifiers.has(previous.lower));
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'ne', 'pas', 'nicht', 'no', 'não', 'не', 'ne']);
const PASSIVE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

/** "has not commented", "have been told": the subject did not say anything. */
function negatedOrPassive(ctx: SentenceContext, cue: CueMatch): boolean {
  const previous = ctx.tokens[cue.at - 1];
  if (previous && PASSIVE.has(previous.lower) && ctx.lex.lex.lang === 'en') return true;
  for (let i = cue.at - 1; i >= ctx.s && i >= cue.at - 4; i--) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') break;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t')) return true;
  }
  return false;
}

/** An appositive reads as a description: "a senior fellow", "vice president of ...", "who ...", "MD". */
function isAppositive(ctx: PhraseContext, from: number, to: number): boolean {
  const first = ctx.tokens[from];
  if (!first || from >= to || first.kind !== 'word') return false;
  const { set } = ctx.lex;
  const lower = first.lower;
  // "He said his predecessor, Fiona Hill, ...": a chunk opening with a pronoun is a clause, not a description.
  if (set.personPronouns.has(lower) || set.pluralPronouns.has(lower)) return false;
  return (
    first.cap ||
    set.determiners.has(lower) ||
    set.possessives.has(lower) ||
    set.relatives.has(lower) ||
    set.titles.has(lower) ||
    set.roleModifiers.has(lower) ||
    set.anonymousHeads.has(lower) ||
    set.orgHeads.has(lower) ||
    /-/.test(lower)
  );
}

const textOf = (ctx: PhraseContext, from: number, to: number) =>
  from < to ? ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end) : '';

/** Content between two token indexes, trimmed of edge punctuation, with its character span. */
function content(ctx: SentenceContext, from: number, to: number): { text: string; start: number; end: number } | null {
  let a = from;
  let b = to;
  while (a < b && ctx.tokens[a]!.kind === 'punct') a++;
  while (b > a && ctx.tokens[b - 1]!.kind === 'punct') b--;
  if (a >= b) return null;
  if (b - a === 1 && ctx.tokens[a]!.kind === 'quote') return quoteText(ctx.text, ctx.tokens[a]!.quote!);
  const start = ctx.tokens[a]!.start;
  const end = ctx.tokens[b - 1]!.end;
  return { text: ctx.text.slice(start, end), start, end };
}

/** Start of the chunk that ends at `to` (exclusive): back to punctuation, a quotation or a clause word. */
/** Longest stretch a backward or forward scan may cover: subjects and speakers are short. */
const MAX_CHUNK = 40;
const MAX_CUES_PER_SENTENCE = 12;

function chunkStart(ctx: SentenceContext, to: number, onlyRelatives = false): number {
  let i = to;
  const floor = Math.max(ctx.s, to - MAX_CHUNK);
  const words = onlyRelatives ? ctx.lex.set.relatives : ctx.lex.set.boundaries;
  while (i > floor) {
    const token = ctx.tokens[i - 1]!;
    if (token.kind === 'quote' || (token.kind === 'punct' && !DASHES.has(token.text) && token.text !== '.' && token.text !== "'")) break;
    if (token.kind === 'punct' && DASHES.has(token.text) && i - 1 > ctx.s) break;
    if (token.kind === 'word' && words.has(token.lower) && !token.cap) break;
    i--;
  }
  return i;
}

/** The comma-separated chunks before `to`, earliest first, back to the clause start. */
function commaChain(ctx: SentenceContext, to: number, appositive = false): [number, number][] {
  const chain: [number, number][] = [];
  let end = to;
  for (let guard = 0; guard < 8; guard++) {
    // Inside "X, appositive, said" the appositives may hold "since", "when": only relative pronouns end them.
    let start = chunkStart(ctx, end, appositive && guard === 0);
    // ", which operates several facilities in Syria," is an appositive clause: keep walking back past it.
    for (let hop = 0; hop < 3; hop++) {
      const previous = ctx.tokens[start - 1];
      if (!previous || !ctx.lex.set.relatives.has(previous.lower) || previous.cap || !isPunct(ctx.tokens[end], ',')) break;
      start = isPunct(ctx.tokens[start - 2], ',') ? start - 1 : chunkStart(ctx, start - 1);
    }
    chain.unshift([start, end]);
    if (start <= ctx.s || !isPunct(ctx.tokens[start - 1], ',')) break;
    end = start - 1;
  }
  return chain;
}

function isOpenerChunk(ctx: SentenceContext, [from, to]: [number, number]): boolean {
  const first = ctx.tokens[from];
  if (!first || from >= to) return true;
  const { set } = ctx.lex;
  if (set.openers.has(first.lower) || set.noise.has(first.lower)) return true;
  // "Earlier Saturday", "On Monday", "In 2013": a chunk made only of time words and numbers.
  return ctx.tokens.slice(from, to).every((t) => t.kind !== 'word' || set.timeWords.has(t.lower) || /^\d/.test(t.text));
}

/** Picks the speaker from "Name, appositive, appositive" or "her mother, Fiona" chains. */
function speakerOfChain(ctx: SentenceContext, chain: [number, number][]): { phrase: Phrase; appositives: string[] } | null {
  const chunks = chain.filter((chunk, i) => !(i === 0 && isOpenerChunk(ctx, chunk)));
  const phrases = chunks.map(([a, b]) => readPhrase(ctx, a, b));
  let pick = phrases.findIndex((p) => p !== null);
  if (pick < 0) return null;
  const firstPhrase = phrases[pick]!;
  const laterProper = phrases.findIndex((p, i) => i > pick && p?.proper && p.kind === 'named');
  if (!firstPhrase.proper && laterProper > 0 && firstPhrase.kind !== 'organization') pick = laterProper;
  const appositives = chunks
    .filter((chunk, i) => i !== pick && isAppositive(ctx, chunk[0], chunk[1]))
    .map(([a, b]) => textOf(ctx, a, b).trim())
    .filter((text) => text && !/^\d+$/.test(text));
  // "Dawson, 64, told ...": an age makes a lone name a person's, not a body's.
  const aged = chunks.some(([a, b]) => b === a + 1 && /^\d{1,3}$/u.test(ctx.tokens[a]!.text));
  const phrase = phrases[pick]!;
  return { phrase: aged && phrase.kind === 'named' ? { ...phrase, bare: false } : phrase, appositives };
}

/** Subject of the sentence's main clause: its leading name, title and determiner words. */
export function sentenceSubject(ctx: SentenceContext): { phrase: Phrase; appositives: string[] } | null {
  const { set } = ctx.lex;
  let i = ctx.s;
  // Skip adverbial openers: "Earlier Saturday, ..." "In an interview, ...".
  for (let guard = 0; guard < 4; guard++) {
    let comma = i;
    while (comma < ctx.e && !isPunct(ctx.tokens[comma], ',;:') && ctx.tokens[comma]!.kind !== 'quote') comma++;
    if (comma < ctx.e && isPunct(ctx.tokens[comma], ',') && isOpenerChunk(ctx, [i, comma])) i = comma + 1;
    else break;
  }
  const from = i;
  // Portuguese "a" is both a preposition and an article ("A ministra Helena Duarte").
  const opener = ctx.tokens[i] && set.openers.has(ctx.tokens[i]!.lower) && !set.determiners.has(ctx.tokens[i]!.lower);
  if (ctx.tokens[i] && (opener || ctx.lex.accordingByFirstWord.has(ctx.tokens[i]!.lower))) return null;
  while (i < ctx.e) {
    const t = ctx.tokens[i]!;
    // "Mills' assistant": a plural-style possessive apostrophe stays inside the subject.
    if (isPunct(t, "'’") && i > from && ctx.tokens[i - 1]!.cap && ctx.tokens[i + 1]?.kind === 'word') {
      i++;
      continue;
    }
    if (t.kind !== 'word') break;
    const ok =
      t.cap ||
      set.determiners.has(t.lower) ||
      set.titles.has(t.lower) ||
      set.roleModifiers.has(t.lower) ||
      set.honorifics.has(t.lower) ||
      set.possessives.has(t.lower) ||
      set.orgHeads.has(t.lower) ||
      set.anonymousHeads.has(t.lower) ||
      set.mediaHeads.has(t.lower) ||
      set.documentHeads.has(t.lower) ||
      set.qualifiers.has(t.lower) ||
      (set.affiliationPreps.has(t.lower) && ctx.tokens[i + 1]?.cap === true);
    if (!ok) break;
    i++;
  }
  if (i === from) return null;
  const phrase = readPhrase(ctx, from, i);
  // "Mills' assistant, Karen Wu, agreed": a description ending in a role noun, then the person it describes.
  const last = ctx.tokens[i - 1]!;
  const description = !last.cap && (set.titles.has(last.lower) || set.anonymousHeads.has(last.lower));
  const named = (phrase && !phrase.proper && phrase.kind === 'anonymous') || description ? titleThenName(ctx, from, description) : null;
  if (named || !phrase) return named;
  const appositives: string[] = [];
  if (isPunct(ctx.tokens[i], ',')) {
    let end = i + 1;
    while (end < ctx.e && !isPunct(ctx.tokens[end], ',;') && ctx.tokens[end]!.kind !== 'quote') end++;
    if (isPunct(ctx.tokens[end], ',')) appositives.push(textOf(ctx, i + 1, end));
  }
  return { phrase, appositives };
}

/** "Le président de la métropole, Paul Garnier, a reçu ...": a title first, then the person between commas. */
function titleThenName(ctx: SentenceContext, from: number, description = false): { phrase: Phrase; appositives: string[] } | null {
  const comma = (start: number) => {
    let i = start;
    while (i < ctx.e && i - start < MAX_CHUNK && !isPunct(ctx.tokens[i], ',;:') && ctx.tokens[i]!.kind !== 'quote') i++;
    return isPunct(ctx.tokens[i], ',') ? i : -1;
  };
  const first = comma(from);
  const second = first > from ? comma(first + 1) : -1;
  if (second < 0) return null;
  const title = description ? null : readPhrase(ctx, from, first);
  if (!description && (!title || title.proper || title.kind !== 'anonymous')) return null;
  const named = readPhrase(ctx, first + 1, second);
  return named?.kind === 'named' && named.proper && !named.bare && !named.pronoun ? { phrase: named, appositives: [textOf(ctx, from, first)] } : null;
}

/** Index after time expressions and "in a statement" that may follow a cue: "said October 27 that". */
function skipAfterCue(ctx: SentenceContext, from: number): number {
  let i = from;
  while (i < ctx.e) {
    const t = ctx.tokens[i]!;
    const next = ctx.tokens[i + 1];
    if (t.kind === 'word' && (ctx.lex.set.timeWords.has(t.lower) || /^\d/.test(t.text))) i++;
    // "in a statement", "on the same day": an article inside a time or setting phrase.
    else if (i > from && ctx.lex.set.articles.has(t.lower) && next && ctx.lex.set.timeWords.has(next.lower) && i + 1 < ctx.e) i += 2;
    else if (isPunct(t, ',') && ctx.tokens[i + 1] && ctx.lex.set.timeWords.has(ctx.tokens[i + 1]!.lower)) i++;
    else break;
  }
  return i;
}

/** Words that open a new phrase after a noun: "the", "their", "he". */
function startsPhrase(set: SentenceContext['lex']['set'], lower: string): boolean {
  return set.articles.has(lower) || set.possessives.has(lower) || set.personPronouns.has(lower) || set.thingPronouns.has(lower) || set.pluralPronouns.has(lower);
}

/** "told Reuters": the outlet a statement was relayed through, and the index after it. */
function readRelay(ctx: SentenceContext, from: number): { via: string | null; next: number } {
  const { set } = ctx.lex;
  const first = ctx.tokens[from];
  if (!first || first.kind !== 'word') return { via: null, next: from };
  if (set.audiences.has(first.lower)) return { via: null, next: from + 1 };
  let end = from;
  while (end < ctx.e && ctx.tokens[end]!.kind === 'word' && ctx.tokens[end]!.cap) end++;
  if (first.lower === 'the' || first.lower === 'a' || first.lower === 'an') {
    // "told the BBC the talks had failed", "tell the government their kin are sick": the recipient ends where the
    // next phrase starts (an article, a possessive, a pronoun), or at its head ("the local newspaper"), unless the
    // head goes on ("a news conference").
    const isHead = (lower: string | undefined) => !!lower && (set.audiences.has(lower) || set.mediaHeads.has(lower));
    end = from + 1;
    while (end < ctx.e && end - from < 5) {
      const token = ctx.tokens[end]!;
      if (token.kind !== 'word' || set.complementizers.has(token.lower) || startsPhrase(set, token.lower)) break;
      end++;
      if (isHead(token.lower) && !(end < ctx.e && isHead(ctx.tokens[end]!.lower))) break;
    }
  }
  if (end === from) return { via: null, next: from };
  const name = textOf(ctx, from, end);
  const lower = stripInvisible(name).toLowerCase();
  const last = ctx.tokens[end - 1]!.lower;
  if (set.mediaNames.has(lower) || set.mediaNames.has(lower.replace(/^the /, '')) || set.mediaHeads.has(last)) {
    return { via: name.replace(/^the /i, ''), next: end };
  }
  return { via: null, next: end };
}

function attribution(
  ctx: SentenceContext,
  cue: CueMatch,
  speaker: { phrase: Phrase; appositives: string[] },
  body: { text: string; start: number; end: number },
  mode: 'direct' | 'indirect',
  via: string | null,
  awaitsQuote = false,
): RawAttribution {
  return {
    phrase: speaker.phrase,
    appositives: speaker.appositives,
    mode,
    cue: cue.text ?? textOf(ctx, cue.at, cue.at + cue.length),
    cueTone: cue.form.group.tone,
    via: via ?? speaker.phrase.via ?? null,
    text: body.text,
    start: body.start,
    end: body.end,
    at: cue.at,
    awaitsQuote,
    ...(isJointBody(speaker.phrase, ctx.lex.set.orgHeads) ? { joint: true } : {}),
  };
}

/**
 * "a déclaré à l'AFP", "said in an interview with CNN", "uvedl pro ČTK": the outlet a statement was given to.
 * The relay may start anywhere from the cue's end to `to` (time words such as "in an interview" may come first).
 */
function leadRelayWithin(ctx: SentenceContext, from: number, to: number): { via: string | null; next: number } | null {
  for (let i = from; i <= to && i < ctx.e; i++) {
    const forms = ctx.lex.relayLeadsByFirstWord.get(ctx.tokens[i]!.lower);
    for (const form of forms ?? []) {
      if (!form.every((w, k) => ctx.tokens[i + k]?.lower === w && i + k < ctx.e)) continue;
      let after = i + form.length;
      while (after < ctx.e && ctx.lex.set.determiners.has(ctx.tokens[after]!.lower)) after++;
      if (ctx.lex.set.audiences.has(ctx.tokens[after]?.lower ?? '')) return { via: null, next: after + 1 };
      const outlet = readOutlet(ctx, i + form.length, ctx.e, ctx.lex.set.mediaHeads.has(form[form.length - 1]!));
      if (outlet) return { via: outlet.name, next: outlet.next };
    }
  }
  return null;
}

// Openers that start a time phrase or an object rather than a setting: "called last year's bill ...".
const NOT_SETTINGS = new Set(['of', 'about', 'for', 'last', 'this', 'next', 'earlier', 'later', 'yesterday', 'today', 'as', 'when', 'while', 'once', 'like', 'unlike', 'given', 'speaking', 'asked', 'according']);
const SAY_FORMS = new Set(['said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling']);

/**
 * "testified side-by-side before the committee on Tuesday", "told reporters in Washington that ...": a setting (a
 * preposition, an adverb) after the cue. The content is what follows its "that"; with no "that", the words after a
 * cue other than "say" or "tell" are narration, and the index returned is the sentence end. Null: no setting here.
 */
function pastSetting(ctx: SentenceContext, from: number, timeSkipped: number, sayForm: boolean): number | null {
  const { set } = ctx.lex;
  const opensSetting = (t: Token | undefined) =>
    !!t && t.kind === 'word' && !t.cap && ((set.openers.has(t.lower) && !set.complementizers.has(t.lower) && !NOT_SETTINGS.has(t.lower)) || /\p{L}-\p{L}/u.test(t.lower) || (/ly$/u.test(t.lower) && t.lower.length > 4));
  if (from >= ctx.e || !opensSetting(ctx.tokens[from])) return null;
  for (let i = from + 1; i < ctx.e && i - from <= MAX_CHUNK / 2; i++) {
    const token = ctx.tokens[i]!;
    if (token.kind === 'quote' || isPunct(token, ',;:')) break;
    if (token.kind === 'word' && set.complementizers.has(token.lower) && !token.cap) return i;
  }
  // "announced on Monday it was ...": the setting was only time words, already skipped.
  const timeOnly = timeSkipped > from && !opensSetting(ctx.tokens[timeSkipped]) && !set.openers.has(ctx.tokens[timeSkipped - 1]!.lower);
  // Other languages' cues take prepositional complements as content ("a fait part à plusieurs reprises de ...").
  if (timeOnly || sayForm || ctx.lex.lex.lang !== 'en') return null;
  return ctx.e;
}

/** What follows a cue: a quotation (direct), a clause (indirect), or nothing. */
function afterCue(ctx: SentenceContext, cue: CueMatch) {
  const cueEnd = cue.at + cue.length;
  let i = skipAfterCue(ctx, cueEnd);
  // "told Reuters" names its relay after the cue; "told reporters" already holds its audience.
  const relay = cue.length === 1 && /^(told|tell|tells|telling)$/.test(ctx.tokens[cue.at]!.lower) ? readRelay(ctx, i) : (leadRelayWithin(ctx, cueEnd, i) ?? { via: null, next: cueEnd });
  i = skipAfterCue(ctx, relay.next);
  // "заявила журналистам, что", "sagte Reportern": the audience addressed is neither relay nor content.
  if (ctx.tokens[i]?.kind === 'word' && ctx.lex.set.audiences.has(ctx.tokens[i]!.lower) && i < ctx.e) i = skipAfterCue(ctx, i + 1);
  // 'said on "Fox News Sunday" that': a quotation after a preposition names a programme, not the words said.
  if (ctx.tokens[i]?.kind === 'quote' && i > cueEnd && i < ctx.e && ctx.lex.set.openers.has(ctx.tokens[i - 1]!.lower)) i = skipAfterCue(ctx, i + 1);
  const setting = pastSetting(ctx, relay.next, i, SAY_FORMS.has(ctx.tokens[cue.at]!.lower));
  if (setting !== null) i = setting;
  // "uvedl pro ČTK, že ...": a comma may sit between the relay and the clause.
  if (isPunct(ctx.tokens[i], ',') && ctx.lex.set.complementizers.has(ctx.tokens[i + 1]?.lower ?? '')) i++;
  if (ctx.tokens[i] && ctx.lex.set.complementizers.has(ctx.tokens[i]!.lower)) i++;
  while (isPunct(ctx.tokens[i], ',:') && i < ctx.e) i++;
  const colon = isPunct(ctx.tokens[ctx.e - 1], ':');
  const quote = ctx.tokens[i]?.kind === 'quote' && i < ctx.e;
  return { from: i, via: relay.via, quote, colon, narration: setting === ctx.e };
}

/** Every attribution one sentence states. */
export function detectSentence(ctx: SentenceContext): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { set } = ctx.lex;
  const hasQuote = ctx.tokens.slice(ctx.s, ctx.e).some((t) => t.kind === 'quote');

  for (const match of findAccordingTo(ctx)) found.push(match);

  for (const cue of findCues(ctx).slice(0, MAX_CUES_PER_SENTENCE)) {
    const group = cue.form.group;
    if (group.needsQuote && !ctx.tokens.slice(cue.at, ctx.e).some((t) => t.kind === 'quote')) continue;
    if (found.some((f) => f.at === cue.at)) continue;
    if (cue.clitic) {
      const clitic = cliticAttribution(ctx, cue, cue.clitic);
      if (clitic) found.push(clitic);
      continue;
    }
    // "», a déclaré X": auxiliaries between a quotation and its cue do not change the shape.
    let beforeAt = cue.at - 1;
    while (beforeAt > ctx.s && ctx.tokens[beforeAt]!.kind === 'word' && set.between.has(ctx.tokens[beforeAt]!.lower) && !ctx.tokens[beforeAt]!.cap) beforeAt--;
    const before = ctx.tokens[beforeAt];
    const after = afterCue(ctx, cue);
    if (ctx.tokens[cue.at + cue.length]?.lower === 'about') continue;

    if (group.participle) {
      if (found.length > 0 || !isPunct(before, ',')) continue;
      const subject = sentenceSubject(ctx);
      if (!subject) continue;
      const body = content(ctx, after.from, ctx.e);
      if (!body) continue;
      found.push(attribution(ctx, cue, subject, body, after.quote ? 'direct' : 'indirect', after.via));
      continue;
    }

    // Inverted: `"...," said Mr. Reeves, a senior fellow` / `..., said Tom Forte, who ...`.
    const next = ctx.tokens[cue.at + cue.length];
    const timeNext = !!next && (/^\d/.test(next.text) || (next.cap && set.timeWords.has(next.lower)) || set.complementizers.has(next.lower));
    const invertedAfter = before && !timeNext && !isTellCue(ctx, cue) && (before.kind === 'quote' || isPunct(before, ',') || (isPunct(before, '—–-') && ctx.tokens[beforeAt - 1]?.kind !== 'word'));
    // "The report, which compares ..., ranks X": a subject chain that opens the sentence beats an inverted reading.
    if (group.invertedOnly && !invertedAfter) continue;
    const openingSubject = isPunct(before, ',') && !group.parenthetical ? subjectBefore(ctx, cue) : null;
    if ((invertedAfter && !(openingSubject && openingSubject.start <= ctx.s)) || cue.at === ctx.s) {
      const inverted = readInverted(ctx, cue);
      if (inverted) {
        const quoteBefore = previousQuote(ctx, beforeAt + 1);
        const body = quoteBefore ? quoteText(ctx.text, quoteBefore.quote!) : content(ctx, ctx.s, cue.at);
        if (body) found.push(attribution(ctx, cue, inverted, body, quoteBefore ? 'direct' : 'indirect', inverted.via));
        continue;
      }
    }
    if (group.invertedOnly) continue;
    const unstated = ctx.lex.lex.nullSubject ? nullSubjectAttribution(ctx, cue, beforeAt, after) : null;
    if (unstated) {
      found.push(unstated);
      continue;
    }

    if (negatedOrPassive(ctx, cue)) continue;
    if (group.needsClause && !(after.quote || ctx.lex.set.complementizers.has(ctx.tokens[skipAfterCue(ctx, cue.at + cue.length)]?.lower ?? '') || isPunct(ctx.tokens[cue.at + cue.length], ':'))) continue;
    const subject = subjectBefore(ctx, cue);
    if (group.parenthetical && !(subject && isPunct(ctx.tokens[subject.start - 1], ',') && (cue.at + cue.length >= ctx.e - 1 || isPunct(ctx.tokens[cue.at + cue.length], ',')))) continue;
    if (!subject) {
      // "comme l'a souligné l'Arcep (...)": no subject before, a complete name after.
      const inverted = !timeNext ? readInverted(ctx, cue) : null;
      const lead = content(ctx, ctx.s, cue.at);
      if (inverted && lead && !inverted.phrase.pronoun) found.push(attribution(ctx, cue, inverted, lead, 'indirect', inverted.via));
      continue;
    }
    const evidence = subject.phrase.kind === 'document' || (subject.phrase.kind === 'organization' && !subject.phrase.bare) || subject.phrase.pronoun === 'thing';
    if (group.evidential && !evidence) continue;
    if (isByline(ctx, cue, subject.phrase)) continue;

    const quoteFirst = previousQuote(ctx, subject.start);
    if (quoteFirst && !after.quote && opensClause(ctx, quoteFirst)) {
      found.push(attribution(ctx, cue, subject, quoteText(ctx.text, quoteFirst.quote!), 'direct', after.via));
      continue;
    }
    if (after.quote) {
      const body = quoteText(ctx.text, ctx.tokens[after.from]!.quote!);
      found.push(attribution(ctx, cue, subject, body, 'direct', after.via));
      continue;
    }
    const rest = content(ctx, after.from, ctx.e);
    if (rest && ctx.tokens.slice(after.from, ctx.e).some((t) => t.kind === 'word' || t.kind === 'quote')) {
      found.push(attribution(ctx, cue, subject, rest, 'indirect', after.via));
      continue;
    }
    // Nothing after the cue: the content precedes the speaker ("..., the ministry said.", `"...," Antonov said.`).
    const quoteBefore = previousQuote(ctx, subject.start);
    if (quoteBefore) {
      found.push(attribution(ctx, cue, subject, quoteText(ctx.text, quoteBefore.quote!), 'direct', after.via));
      continue;
    }
    if (after.narration) {
      found.push({ ...attribution(ctx, cue, subject, { text: '', start: ctx.tokens[cue.at]!.start, end: ctx.tokens[cue.at]!.end }, 'indirect', after.via), silent: true });
      continue;
    }
    const lead = content(ctx, ctx.s, subject.start);
    if (lead) found.push(attribution(ctx, cue, subject, lead, 'indirect', after.via));
    else if (after.colon || hasQuote === false) found.push(attribution(ctx, cue, subject, { text: '', start: ctx.tokens[cue.at]!.start, end: ctx.tokens[cue.at]!.end }, 'direct', after.via, after.colon));
  }
  if (found.length === 0) {
    const colon = colonQuote(ctx);
    if (colon) found.push(colon);
  }
  const kept = withAsClause(ctx, found).filter((f) => !set.nonSpeakers.has(stripInvisible(f.phrase.speaker).toLowerCase()) || f.phrase.pronoun);
  const via = kept.length ? openerVia(ctx) : null;
  return via ? kept.map((f) => (f.via ? f : { ...f, via })) : kept;
}

/** "Как сообщили в пресс-службе МВД, пострадали три человека": in an "as" clause the content follows its comma. */
function withAsClause(ctx: SentenceContext, found: RawAttribution[]): RawAttribution[] {
  const first = ctx.tokens[ctx.s];
  if (!first || first.kind !== 'word' || !(ctx.lex.lex.asConjunctions ?? []).includes(first.lower)) return found;
  return found.map((f) => {
    if (f.mode !== 'indirect' || f.end > ctx.tokens[f.at]!.start) return f;
    let comma = f.at + 1;
    while (comma < ctx.e && !isPunct(ctx.tokens[comma], ',') && ctx.tokens[comma]!.kind !== 'quote') comma++;
    const body = isPunct(ctx.tokens[comma], ',') ? content(ctx, comma + 1, ctx.e) : null;
    return body ? { ...f, text: body.text, start: body.start, end: body.end } : f;
  });
}

const MAX_COLON_LEAD = 12;

/**
 * A quotation introduced by a colon with no reporting verb from the lexicon: a round-up's "Howard Kurtz, Fox News:
 * “…”", or a verb of manner, "Ms. Kovner sighed: “…”". The lead must be a proper name (or a person pronoun before
 * a verb), with at most an affiliation after a comma, or one lower-case verb.
 */
function colonQuote(ctx: SentenceContext): RawAttribution | null {
  let colon = ctx.s + 1;
  while (colon < ctx.e - 1 && !(isPunct(ctx.tokens[colon], ':') && ctx.tokens[colon + 1]?.kind === 'quote')) colon++;
  if (colon >= ctx.e - 1 || colon - ctx.s > MAX_COLON_LEAD) return null;
  const lead = ctx.tokens.slice(ctx.s, colon);
  if (lead.some((t) => t.kind === 'quote')) return null;
  const comma = lead.findIndex((t) => isPunct(t, ','));
  const last = ctx.tokens[colon - 1]!;
  const verb = comma < 0 && last.kind === 'word' && !last.cap && colon - 1 > ctx.s && /\p{L}(?:ed|s)$/u.test(last.lower) ? colon - 1 : -1;
  const nameEnd = comma >= 0 ? ctx.s + comma : verb >= 0 ? verb : colon;
  const phrase = readPhrase(ctx, ctx.s, nameEnd);
  const person = phrase?.pronoun === 'person' && verb >= 0;
  if (!phrase || !(person || (phrase.proper && !phrase.pronoun)) || phrase.kind === 'document') return null;
  // With no verb, only a person's full name leads a quotation ("Update: “…”" does not).
  if (verb < 0 && (phrase.kind !== 'named' || phrase.bare)) return null;
  const appositives = comma >= 0 ? [textOf(ctx, ctx.s + comma + 1, colon)] : [];
  const at = verb >= 0 ? verb : colon;
  const cue: CueMatch = { at, length: 1, form: { words: [ctx.tokens[at]!.lower], group: { tone: 'neutral', forms: [] } } };
  return attribution(ctx, cue, { phrase, appositives }, quoteText(ctx.text, ctx.tokens[colon + 1]!.quote!), 'direct', null);
}

/** "In a letter reviewed by The Associated Press, the minister said ...": the outlet that saw the statement. */
function openerVia(ctx: SentenceContext): string | null {
  const first = ctx.tokens[ctx.s];
  if (!first || !ctx.lex.set.openers.has(first.lower)) return null;
  let comma = ctx.s + 1;
  while (comma < ctx.e && comma - ctx.s < MAX_CHUNK && !isPunct(ctx.tokens[comma], ',;:') && ctx.tokens[comma]!.kind !== 'quote') comma++;
  if (!isPunct(ctx.tokens[comma], ',')) return null;
  const relayed = ctx.tokens.slice(ctx.s + 1, comma).some((t) => ctx.lex.documentRelaysByFirstWord.has(t.lower));
  return relayed ? (readPhrase(ctx, ctx.s + 1, comma)?.via ?? null) : null;
}

/**
 * "« … », a-t-il déclaré", "La réforme est nécessaire, estime-t-elle.": the pronoun on the verb is the speaker
 * (coreference finds who); the content is the quotation or clause before it, else what follows.
 */
function cliticAttribution(ctx: SentenceContext, cue: CueMatch, clitic: NonNullable<CueMatch['clitic']>): RawAttribution | null {
  const speaker = { phrase: pronounPhrase(ctx.tokens[clitic.at]!, clitic.pronoun, clitic.text), appositives: [] };
  speaker.phrase.start = ctx.tokens[clitic.at]!.end - clitic.text.length;
  speaker.phrase.end = ctx.tokens[clitic.at]!.end;
  const after = afterCue(ctx, cue);
  const quoteBefore = previousQuote(ctx, clitic.at);
  if (quoteBefore) return attribution(ctx, cue, speaker, quoteText(ctx.text, quoteBefore.quote!), 'direct', after.via);
  const hasWords = (from: number, to: number) => ctx.tokens.slice(from, to).some((t) => t.kind === 'word' || t.kind === 'quote');
  const before = hasWords(ctx.s, clitic.at);
  const rest = hasWords(after.from, ctx.e);
  // "Le projet, estime-t-il, est mort-né": the clause runs around the cue.
  const body = before && rest ? content(ctx, ctx.s, ctx.e) : before ? content(ctx, ctx.s, clitic.at) : rest ? content(ctx, after.from, ctx.e) : null;
  if (body) return attribution(ctx, cue, speaker, body, after.quote && !before ? 'direct' : 'indirect', after.via);
  return after.colon ? attribution(ctx, cue, speaker, { text: '', start: ctx.tokens[cue.at]!.start, end: ctx.tokens[cue.at]!.end }, 'direct', after.via, true) : null;
}

/**
 * Languages that leave the subject out: `"Vamos a ganar", dijo.` or "Agregó que ...". The speaker is a person
 * pronoun that coreference resolves to the last person; only a cue right after a quotation or opening the sentence.
 */
function nullSubjectAttribution(ctx: SentenceContext, cue: CueMatch, beforeAt: number, after: ReturnType<typeof afterCue>): RawAttribution | null {
  const cueToken = ctx.tokens[cue.at]!;
  const next = ctx.tokens[cue.at + cue.length];
  const speaker = { phrase: { ...pronounPhrase(cueToken, 'person', ''), start: cueToken.start, end: cueToken.start }, appositives: [] };
  const quoteBefore = previousQuote(ctx, beforeAt + 1);
  const ends = cue.at + cue.length >= ctx.e || (next?.kind === 'punct' && !isPunct(next, ':'));
  if (quoteBefore && ends) return attribution(ctx, cue, speaker, quoteText(ctx.text, quoteBefore.quote!), 'direct', after.via);
  let first = ctx.s;
  while (first < cue.at && ctx.tokens[first]!.kind === 'word' && ctx.lex.set.noise.has(ctx.tokens[first]!.lower)) first++;
  if (first !== cue.at) return null;
  if (after.quote) return attribution(ctx, cue, speaker, quoteText(ctx.text, ctx.tokens[after.from]!.quote!), 'direct', after.via);
  const clause = ctx.lex.set.complementizers.has(ctx.tokens[after.from - 1]?.lower ?? '');
  const body = clause ? content(ctx, after.from, ctx.e) : null;
  return body ? attribution(ctx, cue, speaker, body, 'indirect', after.via) : null;
}

/** 'In an interview with CBS's "60 Minutes," Powell said': a quotation right after a word names a programme or a title. */
function opensClause(ctx: SentenceContext, quote: Token): boolean {
  const at = ctx.tokens.indexOf(quote, ctx.s);
  const before = ctx.tokens[at - 1];
  return at <= ctx.s || !before || before.kind !== 'word';
}

/** The quotation right before token `at`, allowing a comma or dash between. */
function previousQuote(ctx: SentenceContext, at: number): Token | null {
  let i = at - 1;
  while (i >= ctx.s && ctx.tokens[i]!.kind === 'punct' && ',—–-'.includes(ctx.tokens[i]!.text)) i--;
  const token = ctx.tokens[i];
  return i >= ctx.s && token?.kind === 'quote' ? token : null;
}

/** "Stella Kim reported from Seoul": the article's own reporter, not a source. */
function isByline(ctx: SentenceContext, cue: CueMatch, phrase: Phrase): boolean {
  const next = ctx.tokens[cue.at + cue.length];
  return phrase.kind === 'named' && !!next && ctx.lex.lex.bylinePrepositions.includes(next.lower) && ctx.tokens[cue.at]!.lower.startsWith('report');
}

/** The speaker after an inverted cue, with its appositives up to the sentence end. */
function readInverted(ctx: SentenceContext, cue: CueMatch): { phrase: Phrase; appositives: string[]; via: string | null } | null {
  const { set } = ctx.lex;
  let from = skipTimeBeforeSpeaker(ctx, cue.at + cue.length);
  // "a indiqué à l'AFP un responsable": the outlet comes between the cue and the speaker.
  const relay = leadRelayWithin(ctx, from, from);
  if (relay) from = skipTimeBeforeSpeaker(ctx, relay.next);
  // Free word order ("píše na Twitter Gary Lineker"): skip a few lower-case words or a preposition and its object.
  for (let skipped = 0; skipped < ctx.lex.lex.inversionReach && from < ctx.e; skipped++) {
    const t = ctx.tokens[from]!;
    if (t.kind !== 'word' || t.cap || set.personPronouns.has(t.lower) || set.pluralPronouns.has(t.lower) || set.titles.has(t.lower) || set.roleModifiers.has(t.lower) || set.mediaHeads.has(t.lower) || set.orgHeads.has(t.lower) || set.anonymousHeads.has(t.lower)) break;
    if (set.openers.has(t.lower)) {
      from++;
      // "отметили в пресс-службе ведомства": the body after the preposition is the one speaking.
      const object = ctx.tokens[from];
      if (object && (set.orgHeads.has(object.lower) || set.anonymousHeads.has(object.lower)) && !object.cap) break;
    }
    from++;
  }
  const first = ctx.tokens[from];
  if (!first || first.kind !== 'word' || from >= ctx.e) return null;
  if (!(first.cap || set.determiners.has(first.lower) || set.titles.has(first.lower) || set.personPronouns.has(first.lower) || set.roleModifiers.has(first.lower) || set.anonymousHeads.has(first.lower) || set.mediaHeads.has(first.lower) || set.orgHeads.has(first.lower))) return null;
  const chunks: [number, number][] = [];
  let start = from;
  const limit = Math.min(ctx.e, from + MAX_CHUNK);
  for (let i = from; i <= limit; i++) {
    const t = ctx.tokens[i];
    if (i === limit || isPunct(t, ',;:.!?()') || t?.kind === 'quote') {
      if (i > start) chunks.push([start, i]);
      if (i === limit || !isPunct(t, ',')) break;
      start = i + 1;
    }
  }
  const head = chunks[0];
  if (!head) return null;
  // The speaker phrase stops before a relative clause or a verb-like continuation ("said he would").
  let end = head[0];
  while (end < head[1] && !(set.relatives.has(ctx.tokens[end]!.lower) && !ctx.tokens[end]!.cap)) end++;
  // "souligne la préfecture dans un communiqué", "affirme Jean Dupuis au Monde": a setting or an outlet ends it.
  let trailingVia: string | null = null;
  for (let p = head[0] + 1; p < end; p++) {
    const outlet = leadRelayWithin(ctx, p, p);
    if (outlet?.via) trailingVia = outlet.via;
    if (outlet?.via || isSettingPhrase(ctx, p, end)) {
      head[1] = end = p;
      break;
    }
  }
  let phrase = readPhrase(ctx, head[0], end);
  if (!phrase && ctx.lex.lex.inversionReach > 0) {
    // Free word order, "řekla Nováková novinářům v Jeseníku": the name ends where lower-case words begin.
    let nameEnd = head[0];
    while (nameEnd < end && ctx.tokens[nameEnd]!.kind === 'word' && (ctx.tokens[nameEnd]!.cap || set.titles.has(ctx.tokens[nameEnd]!.lower) || set.determiners.has(ctx.tokens[nameEnd]!.lower))) nameEnd++;
    phrase = nameEnd > head[0] && nameEnd < end && ctx.tokens[nameEnd - 1]!.cap ? readPhrase(ctx, head[0], nameEnd) : null;
    if (phrase) head[1] = end = nameEnd;
  }
  if (!phrase || (phrase.pronoun && end - head[0] > 1)) return null;
  const appositives = [end < head[1] ? textOf(ctx, end, head[1]) : null, ...chunks.slice(1).filter(([a, b]) => isAppositive(ctx, a, b)).map(([a, b]) => textOf(ctx, a, b))]
    .filter((text): text is string => !!text && !/^\d+$/.test(text.trim()));
  const via = relay?.via ?? trailingVia;
  // "a déclaré le ministre de l'Intérieur, Gérald Martin": the title first, the name in apposition.
  const second = chunks[1];
  const named = !phrase.proper && phrase.kind === 'anonymous' && end === head[1] && second ? readPhrase(ctx, second[0], second[1]) : null;
  if (named?.kind === 'named' && named.proper && !named.bare && !named.pronoun) {
    return { phrase: named, appositives: [textOf(ctx, head[0], head[1]), ...appositives.slice(1)], via };
  }
  return { phrase, appositives, via };
}

/** "dans un communiqué", "in a statement", "on Monday": a preposition opening a setting, not part of a name. */
function isSettingPhrase(ctx: SentenceContext, at: number, end: number): boolean {
  const { set } = ctx.lex;
  const token = ctx.tokens[at]!;
  if (token.cap || !set.openers.has(token.lower)) return false;
  let i = at + 1;
  while (i < end && set.determiners.has(ctx.tokens[i]!.lower)) i++;
  const next = ctx.tokens[i];
  return !!next && i < end && (set.documentHeads.has(next.lower) || set.timeWords.has(next.lower) || /^\d/.test(next.text));
}

/** "a déclaré mardi soir le ministre", "a déclaré le 12 mars le ministre": time words between a cue and its speaker. */
function skipTimeBeforeSpeaker(ctx: SentenceContext, from: number): number {
  const { set } = ctx.lex;
  const isTime = (t: Token | undefined) => !!t && t.kind === 'word' && (/^\d/.test(t.text) || (set.timeWords.has(t.lower) && !t.cap));
  let i = from;
  while (i < ctx.e && isTime(ctx.tokens[i])) {
    const t = ctx.tokens[i]!;
    const functional = /^\D/.test(t.text) && (set.determiners.has(t.lower) || set.openers.has(t.lower) || set.articles.has(t.lower));
    const next = ctx.tokens[i + 1];
    if (functional && !(isTime(next) && !set.determiners.has(next!.lower))) break;
    i++;
  }
  return i;
}

/** The subject before a cue: a chunk, an appositive chain, a list, or the antecedent of "that". */
function subjectBefore(ctx: SentenceContext, cue: CueMatch): { phrase: Phrase; appositives: string[]; start: number } | null {
  const { set } = ctx.lex;
  let j = cue.at - 1;
  while (j >= ctx.s && ctx.tokens[j]!.kind === 'word' && set.between.has(ctx.tokens[j]!.lower) && !ctx.tokens[j]!.cap) j--;
  if (j < ctx.s) return null;
  const last = ctx.tokens[j]!;

  if (last.kind === 'word' && (last.lower === 'and' || last.lower === 'but' || last.lower === 'et' || last.lower === 'y' || last.lower === 'e')) {
    const subject = sentenceSubject(ctx);
    return subject ? { ...subject, start: ctx.s } : null;
  }
  if (last.kind === 'word' && set.relatives.has(last.lower) && !last.cap) {
    const to = isPunct(ctx.tokens[j - 1], ',') ? j - 1 : j;
    if (to <= ctx.s || ctx.tokens[to - 1]?.lower === 'what') return null;
    const from = chunkStart(ctx, to);
    if (ctx.tokens[from - 1]?.lower === 'what') return null;
    if (isPunct(ctx.tokens[from - 1], ',')) {
      const picked = speakerOfChain(ctx, commaChain(ctx, to));
      if (picked?.phrase.proper) return { ...picked, start: from };
    }
    const npStart = nounPhraseStart(ctx, to - 1, from);
    const tight = npStart < to ? readPhrase(ctx, npStart, to) : null;
    const phrase = tight ?? readPhrase(ctx, from, to);
    return phrase && !phrase.pronoun ? { phrase, appositives: [], start: tight ? npStart : from } : null;
  }
  if (last.kind !== 'word' && !isPunct(last, ',')) return null;

  const chain = isPunct(last, ',') ? commaChain(ctx, j, true) : commaChain(ctx, j + 1);
  const nearest = chain[chain.length - 1]!;
  if (ctx.tokens[nearest[0] - 1]?.lower === 'what' || ctx.tokens[nearest[0]]?.lower === 'what') return null;
  if (!isPunct(last, ',')) {
    // "Syrian opposition groups, monitoring organizations, and charity groups ... have all reported".
    const firstWord = ctx.tokens[nearest[0]];
    if (firstWord && (firstWord.lower === 'and' || firstWord.lower === 'or') && chain.length > 1) {
      const items = chain.filter((chunk, i) => !(i === 0 && isOpenerChunk(ctx, chunk)));
      const lastItem = readPhrase(ctx, nearest[0] + 1, nearest[1]);
      if (!lastItem || lastItem.pronoun) return null;
      const listStart = items[0]![0];
      const listPhrase = readPhrase(ctx, listStart, items[0]![1]);
      const speaker = ctx.text.slice(listPhrase?.start ?? ctx.tokens[listStart]!.start, lastItem.end);
      return { phrase: { ...lastItem, speaker, start: listPhrase?.start ?? lastItem.start, proper: false }, appositives: lastItem.role ? [lastItem.role] : [], start: listStart };
    }
    const opensWithPreposition = set.openers.has(ctx.tokens[nearest[0]]!.lower) && !ctx.tokens[nearest[0]]!.cap;
    const phrase = opensWithPreposition ? null : readPhrase(ctx, nearest[0], nearest[1]);
    if (phrase && !phrase.described) return { phrase, appositives: [], start: nearest[0] };
    const npStart = nounPhraseStart(ctx, j, nearest[0]);
    const tight = npStart <= j ? readPhrase(ctx, npStart, j + 1) : null;
    if (tight && !tight.pronoun) return { phrase: tight, appositives: [], start: npStart };
    return phrase ? { phrase, appositives: [], start: nearest[0] } : null;
  }
  // "X, appositive, said": the speaker chunk sits before the appositives.
  if (chain.length < 2 && nearest[0] <= ctx.s) {
    const phrase = readPhrase(ctx, nearest[0], nearest[1]);
    return phrase ? { phrase, appositives: [], start: nearest[0] } : null;
  }
  const picked = speakerOfChain(ctx, chain);
  if (!picked) return null;
  return { ...picked, start: chain[0]![0] };
}

/** Start of the noun phrase ending at token `j`: names, titles, determiners and known head nouns. */
function nounPhraseStart(ctx: SentenceContext, j: number, lowest: number): number {
  const { set } = ctx.lex;
  const floor = Math.max(lowest, j - 15);
  let i = j;
  while (i >= floor) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word' || set.timeWords.has(t.lower)) break;
    const known =
      t.cap ||
      set.titles.has(t.lower) ||
      set.roleModifiers.has(t.lower) ||
      set.determiners.has(t.lower) ||
      set.possessives.has(t.lower) ||
      set.qualifiers.has(t.lower) ||
      set.orgHeads.has(t.lower) ||
      set.anonymousHeads.has(t.lower) ||
      set.mediaHeads.has(t.lower) ||
      set.documentHeads.has(t.lower);
    if (!known) break;
    i--;
  }
  let start = i + 1;
  // A phrase never starts with a preposition ("in Syria"): that is an adjunct, not a subject.
  if (start <= j && set.openers.has(ctx.tokens[start]!.lower) && !ctx.tokens[start]!.cap) start = j + 1;
  return start;
}

// A genitive complement: a longer lower-case word with a case ending, not a past participle ("bylo", "nebyla").
const GENITIVE_LIKE = /^\p{Ll}{3,}[yuaeěíiů]$/u;
const PARTICIPLE_LIKE = /(?:l[aoiy]?|[eě]n[oaiy]?)$/u;
const ADJECTIVE_LIKE = /\p{L}{3,}(?:ého|ému|ých|ích|ým|ím|ý|á|é|í)$/u;

/**
 * "Podle ministerstva obrany bylo zničeno ...": with no comma after the source, a head-first phrase is its head,
 * at most one genitive complement and a name ("mluvčího policie Pavla Nováka"), or a name alone ("Petra Fialy").
 */
function headFirstExtent(ctx: SentenceContext, from: number, to: number): number {
  const { set } = ctx.lex;
  const capRun = (i: number) => {
    while (i < to && ctx.tokens[i]!.kind === 'word' && ctx.tokens[i]!.cap) i++;
    return i;
  };
  const isHead = (t: Token | undefined) => !!t && [set.orgHeads, set.titles, set.anonymousHeads, set.mediaHeads, set.documentHeads].some((list) => list.has(t.lower));
  // "Českého hydrometeorologického ústavu": adjectives come before the head.
  let start = from;
  while (start < to && (set.possessives.has(ctx.tokens[start]!.lower) || set.determiners.has(ctx.tokens[start]!.lower))) start++;
  let head = start;
  while (head < to && head - start < 4 && ctx.tokens[head]!.kind === 'word' && !isHead(ctx.tokens[head]) && ADJECTIVE_LIKE.test(ctx.tokens[head]!.lower)) head++;
  if (!isHead(ctx.tokens[head])) head = start;
  const first = ctx.tokens[head];
  if (!first || first.kind !== 'word') return to;
  if (first.cap && !isHead(first)) return capRun(from);
  if (!isHead(first)) return to;
  let i = head + 1;
  const complement = ctx.tokens[i];
  if (i < to && complement?.kind === 'word' && !complement.cap && GENITIVE_LIKE.test(complement.lower) && !PARTICIPLE_LIKE.test(complement.lower)) i++;
  return capRun(i);
}

/** "according to X", "citing X", "selon X", "по словам X". */
export function findAccordingTo(ctx: SentenceContext): RawAttribution[] {
  const found: RawAttribution[] = [];
  for (let i = ctx.s; i < ctx.e; i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word') continue;
    const forms = ctx.lex.accordingByFirstWord.get(token.lower);
    const form = forms?.find((words) => words.every((w, k) => ctx.tokens[i + k]?.lower === w && i + k < ctx.e));
    if (!form) continue;
    const from = i + form.length;
    let to = from;
    while (to < ctx.e && to - from < MAX_CHUNK && !isPunct(ctx.tokens[to], ',;:.!?()') && ctx.tokens[to]!.kind !== 'quote' && !(ctx.lex.set.relatives.has(ctx.tokens[to]!.lower) && !ctx.tokens[to]!.cap) && !ctx.lex.set.complementizers.has(ctx.tokens[to]!.lower)) to++;
    if (ctx.lex.lex.headFirst) to = headFirstExtent(ctx, from, to);
    // "Nach Angaben der Polizei wurden ...": where nouns are capitalised, the source ends at the first other word.
    else if (ctx.lex.lex.compoundHeads) {
      let end = from;
      const limit = Math.min(ctx.e, from + MAX_CHUNK);
      while (end < limit && ctx.tokens[end]!.kind === 'word' && (ctx.tokens[end]!.cap || ctx.lex.set.determiners.has(ctx.tokens[end]!.lower) || ctx.lex.set.affiliationPreps.has(ctx.tokens[end]!.lower))) end++;
      if (end > from) to = end;
    }
    // "podle něj vláda ušetří": an object pronoun is the whole source ("her" may also be a possessive: "her lawyer").
    const lead = ctx.tokens[from];
    if (lead && to > from + 1 && ctx.lex.objectPronoun(lead.lower) && !ctx.lex.set.possessives.has(lead.lower)) to = from + 1;
    // "selon lui", "according to them": a pronoun that coreference resolves or drops.
    const single = to - from === 1 ? ctx.tokens[from]! : null;
    const objectPronoun = single ? ctx.lex.objectPronoun(single.lower) : null;
    const phrase = single && objectPronoun ? pronounPhrase(single, objectPronoun) : readPhrase(ctx, from, to);
    if (!phrase || phrase.pronoun === 'thing') continue;
    const appositives: string[] = [];
    if (isPunct(ctx.tokens[to], ',') && to + 1 < ctx.e) {
      let end = to + 1;
      while (end < ctx.e && !isPunct(ctx.tokens[end], ',;.')) end++;
      const apposText = textOf(ctx, to + 1, end);
      if (isPunct(ctx.tokens[end], ',') && /^(a|an|the|which|who)\b/i.test(apposText)) appositives.push(apposText);
    }
    // "X, according to Y." -> X; "According to Y, X" -> X; "X, according to Y, Z" -> the whole sentence.
    const atEnd = !ctx.tokens.slice(to, ctx.e).some((t) => t.kind === 'word' || t.kind === 'quote');
    const body = atEnd ? content(ctx, ctx.s, i) : i <= ctx.s + 1 ? content(ctx, to, ctx.e) : content(ctx, ctx.s, ctx.e);
    if (!body) continue;
    const cue: CueMatch = { at: i, length: form.length, form: { words: form, group: { tone: 'neutral', forms: [] } } };
    found.push(attribution(ctx, cue, { phrase, appositives }, body, 'indirect', null));
    i = to;
  }
  return found;
}

/**
 * Every "Title Name" or "Name, role," in the sentence, wherever it sits ("impeach South Korean President Yoon
 * Suk Yeol", "worried Tasos Georgelis, deputy commissioner for ..."): the registry of who people are.
 */
export function namesInSentence(ctx: SentenceContext): { phrase: Phrase; appositives: string[] }[] {
  const names: { phrase: Phrase; appositives: string[] }[] = [];
  const { set } = ctx.lex;
  let i = ctx.s;
  while (i < ctx.e) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word' || !t.cap) {
      i++;
      continue;
    }
    let end = i;
    while (end < ctx.e && ctx.tokens[end]!.kind === 'word' && ctx.tokens[end]!.cap) end++;
    if (end - i >= 2) {
      const start = nounPhraseStart(ctx, end - 1, ctx.s);
      const phrase = start < end ? readPhrase(ctx, start, end) : null;
      if (phrase && phrase.kind === 'named' && !phrase.bare && !phrase.pronoun) {
        const appositives: string[] = [];
        if (isPunct(ctx.tokens[end], ',')) {
          let close = end + 1;
          while (close < ctx.e && !isPunct(ctx.tokens[close], ',;.:()') && ctx.tokens[close]!.kind !== 'quote') close++;
          const first = ctx.tokens[end + 1];
          const second = ctx.tokens[end + 2];
          const roleFirst = (t: Token | undefined) => !!t && (set.titles.has(t.lower) || set.roleModifiers.has(t.lower));
          if (close > end + 1 && (roleFirst(first) || ((first?.lower === 'a' || first?.lower === 'an' || first?.lower === 'the') && roleFirst(second)))) {
            appositives.push(textOf(ctx, end + 1, close));
          }
        }
        names.push({ phrase, appositives });
      }
    }
    i = end;
  }
  return names;
}

const ROLE_SENTENCE_VERBS = new Set(['is', "'s", '’s', 'was']);

/** "She's the director of the Center for ...": a role stated for the person just quoted. */
export function pronounRole(ctx: SentenceContext): string | null {
  const { set } = ctx.lex;
  const first = ctx.tokens[ctx.s];
  if (!first || !set.personPronouns.has(first.lower.replace(/['’]s$/u, ''))) return null;
  let i = ctx.s + 1;
  if (first.lower.endsWith("'s") || first.lower.endsWith('’s')) i = ctx.s + 1;
  else if (ROLE_SENTENCE_VERBS.has(ctx.tokens[i]?.lower ?? '')) i++;
  else return null;
  if (ctx.tokens[i]?.lower === 'the' || ctx.tokens[i]?.lower === 'a' || ctx.tokens[i]?.lower === 'an') i++;
  const head = ctx.tokens[i];
  if (!head || !(set.titles.has(head.lower) || set.roleModifiers.has(head.lower))) return null;
  let end = ctx.e;
  while (end > i && ctx.tokens[end - 1]!.kind === 'punct') end--;
  return end - i <= 30 ? textOf(ctx, i, end) : null;
}
