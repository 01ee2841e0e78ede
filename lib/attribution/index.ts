import { Coreference, positionOf, type Mention, type PlacedAttribution } from './coreference';
import { findCredits } from './credits';
import { pairOfNames, partOf } from './joint';
import { detectSentence, findAccordingTo, namesInSentence, pronounRole, sentenceSubject, type RawAttribution, type SentenceContext } from './detect';
import { compileLexicon, type CompiledLexicon } from './lexicon/compiled';
import { lexiconFor } from './lexicon';
import { guessNominative } from './inflection';
import { typeOrganizations } from './organizations';
import { findQuotes, quoteText } from './quotes';
import { splitSentences, tokenize, type Token } from './tokens';
import type { FoundAttribution } from './types';

export type { FoundAttribution } from './types';

/** Bounds that keep hostile input finite (the extractor already caps paragraphs; this guards direct callers). */
const MAX_PARAGRAPHS = 2_000;
const MAX_PARAGRAPH_CHARS = 20_000;

interface ParagraphResult {
  attributions: PlacedAttribution[];
  mentions: Mention[];
  /** Names with roles anywhere in the text: they feed the registry, not pronoun resolution. */
  names: Mention[];
  roles: { at: number; role: string }[];
  /** The last sentence was a direct attribution or an unclosed quotation: the next paragraph may continue it. */
  carries: RawAttribution | null;
}

const isQuoteOnly = (tokens: readonly Token[], [s, e]: [number, number]) =>
  tokens.slice(s, e).some((t) => t.kind === 'quote') && tokens.slice(s, e).every((t) => t.kind !== 'word');

function continued(source: RawAttribution, tokens: readonly Token[], text: string, [s, e]: [number, number]): RawAttribution[] {
  return tokens
    .slice(s, e)
    .map((t, i) => ({ t, at: s + i }))
    .filter(({ t }) => t.kind === 'quote')
    .map(({ t, at }) => {
      const body = quoteText(text, t.quote!);
      return { ...source, mode: 'direct' as const, text: body.text, start: body.start, end: body.end, at, awaitsQuote: false };
    });
}

/** Sources a quoted speaker cites ("according to Western media reports" inside Antonov's words). */
function citedInQuotes(text: string, tokens: readonly Token[], lex: CompiledLexicon): RawAttribution[] {
  const found: RawAttribution[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const quote = tokens[at]!.quote;
    if (!quote || quote.innerEnd - quote.innerStart < 20) continue;
    const inner = text.slice(quote.innerStart, quote.innerEnd);
    const lower = inner.toLowerCase();
    if (!lex.lex.accordingTo.some((form) => lower.includes(form))) continue;
    const innerTokens = tokenize(inner, findQuotes(inner));
    for (const [s, e] of splitSentences(innerTokens)) {
      for (const cited of findAccordingTo({ text: inner, tokens: innerTokens, lex, s, e })) {
        const shift = quote.innerStart;
        found.push({ ...cited, start: cited.start + shift, end: cited.end + shift, at, phrase: { ...cited.phrase, start: cited.phrase.start + shift, end: cited.phrase.end + shift } });
      }
    }
  }
  return found;
}

const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]+$/u;
const isPunctIn = (token: Token | undefined, chars: string) => token?.kind === 'punct' && chars.includes(token.text);

/** "SELMA, N.C. — ", "WASHINGTON (Reuters) - ": a dateline opening a paragraph is neither a speaker nor content. */
function afterDateline(tokens: readonly Token[], [s, e]: [number, number]): number {
  let i = s;
  while (i < e && i - s < 4 && tokens[i]!.kind === 'word' && CAPS_WORD.test(tokens[i]!.text)) i++;
  if (i === s) return s;
  if (isPunctIn(tokens[i], ',')) {
    i++;
    while (i < e && i - s < 8 && ((tokens[i]!.kind === 'word' && tokens[i]!.cap) || isPunctIn(tokens[i], '.'))) i++;
  }
  if (isPunctIn(tokens[i], '(')) {
    const close = tokens.findIndex((t, k) => k > i && k < i + 6 && isPunctIn(t, ')'));
    if (close < 0) return s;
    i = close + 1;
  }
  return isPunctIn(tokens[i], '—–-') && i + 1 < e ? i + 1 : s;
}

const MAX_HEADLINE_WORDS = 14;
const SENTENCE_END = /[.!?…:;"”»“«'’)\]]$/u;

/**
 * "Mayor says new budget will protect libraries": a short line with no closing punctuation and no quotation is a
 * headline (a related link, a subheading), which reports what the article or another one says, not a statement.
 */
function isHeadline(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || SENTENCE_END.test(trimmed) || /["“”«»„]/u.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length <= MAX_HEADLINE_WORDS;
}

function analyzeParagraph(text: string, paragraph: number, lex: CompiledLexicon, previous: RawAttribution | null): ParagraphResult {
  const tokens = tokenize(text, findQuotes(text));
  const sentences = splitSentences(tokens);
  if (sentences[0]) sentences[0] = [afterDateline(tokens, sentences[0]), sentences[0][1]];
  const perSentence: RawAttribution[][] = [];
  const mentions: Mention[] = [];
  const names: Mention[] = [];
  const roles: { at: number; role: string }[] = [];
  for (const [s, e] of sentences) {
    const ctx: SentenceContext = { text, tokens, lex, s, e };
    const at = positionOf(paragraph, tokens[s]!.start);
    perSentence.push(detectSentence(ctx));
    const subject = sentenceSubject(ctx);
    if (subject) mentions.push({ at, paragraph, phrase: subject.phrase, appositives: subject.appositives });
    for (const name of namesInSentence(ctx)) names.push({ at, paragraph, ...name });
    const role = pronounRole(ctx);
    if (role) roles.push({ at, role });
  }

  // Quotations standing alone take the speaker next to them: the sentence after ("Lee said."), the one before,
  // or the previous paragraph's speaker when this paragraph opens by continuing the quotation.
  sentences.forEach((range, i) => {
    if (perSentence[i]!.length > 0 || !isQuoteOnly(tokens, range)) return;
    const next = perSentence[i + 1]?.find((a) => a.text === '');
    if (next) {
      const [first] = continued(next, tokens, text, range);
      if (first) Object.assign(next, { text: first.text, start: first.start, end: first.end, silent: false });
      return;
    }
    const before = i > 0 ? perSentence[i - 1]!.at(-1) : i === 0 ? previous : undefined;
    if (before) perSentence[i] = continued(before, tokens, text, range);
  });

  const all = [...perSentence.flat(), ...citedInQuotes(text, tokens, lex)].filter((a) => a.text !== '' || a.awaitsQuote || a.silent);
  const lastRange = sentences.at(-1);
  const lastFound = perSentence.at(-1)?.at(-1) ?? null;
  const unclosed = tokens.at(-1)?.kind === 'quote' && tokens.at(-1)?.quote?.closed === false;
  const carries = lastFound && (lastFound.mode === 'direct' || lastFound.awaitsQuote || unclosed) && lastRange ? lastFound : null;
  return {
    attributions: all.filter((a) => a.text !== '' || a.silent).map((raw) => ({ paragraph, at: positionOf(paragraph, tokens[raw.at]?.start ?? raw.start), raw })),
    mentions,
    names,
    roles,
    carries,
  };
}

function toFound(item: PlacedAttribution, resolved: NonNullable<ReturnType<Coreference['resolve']>>): FoundAttribution {
  const { raw } = item;
  return {
    speaker: resolved.speaker,
    role: resolved.role,
    affiliation: resolved.affiliation,
    kind: resolved.kind,
    mode: raw.mode,
    cue: raw.cue,
    cueTone: raw.cueTone,
    text: raw.text,
    via: raw.via,
    qualifiers: raw.phrase.qualifiers,
    paragraph: item.paragraph,
    start: raw.start,
    end: raw.end,
    ...(raw.joint ? { joint: true } : {}),
  };
}

/** "Vindman and Williams said": one attribution for each person, marked joint, never one fused speaker. */
function splitPair(item: PlacedAttribution, lex: CompiledLexicon): PlacedAttribution[] {
  const pair = pairOfNames(item.raw.phrase);
  if (!pair) return [item];
  return pair.map((name) => ({ ...item, raw: { ...item.raw, phrase: partOf(item.raw.phrase, name, lex.set), joint: true } }));
}

function run(paragraphs: readonly string[], lang: string | null): FoundAttribution[] {
  const lex = compileLexicon(lexiconFor(lang));
  const placed: PlacedAttribution[] = [];
  const mentions: Mention[] = [];
  const names: Mention[] = [];
  const roles: { at: number; role: string }[] = [];
  const credits: FoundAttribution[] = [];
  let carries: RawAttribution | null = null;
  paragraphs.slice(0, MAX_PARAGRAPHS).forEach((raw, paragraph) => {
    const text = typeof raw === 'string' ? raw.slice(0, MAX_PARAGRAPH_CHARS) : '';
    const lineCredits = findCredits(text, paragraph, lex);
    credits.push(...lineCredits);
    if (lineCredits.length && text.length < 120) {
      carries = null;
      return;
    }
    if (isHeadline(text)) {
      carries = null;
      return;
    }
    const result = analyzeParagraph(text, paragraph, lex, carries);
    placed.push(...result.attributions);
    mentions.push(...result.mentions);
    names.push(...result.names);
    roles.push(...result.roles);
    carries = result.carries;
  });

  const { stemmer } = lex;
  const inflection = stemmer && lex.lex.inflection ? { stemmer, nominative: (name: string) => guessNominative(name, lex.lex.inflection!) } : null;
  const coreference = new Coreference(new Set(lex.lex.anaphoricHeads), inflection, lex.set);
  // Subjects and speakers stand in the nominative; "podle Petra Fialy" and names inside a sentence may not.
  const citedAfter = (raw: RawAttribution) => lex.accordingByFirstWord.has(raw.cue.toLowerCase().split(/\s+/u)[0] ?? '');
  for (const mention of mentions) coreference.register(mention.at, mention.phrase, mention.appositives, false);
  for (const item of placed) coreference.register(item.at, item.raw.phrase, item.raw.appositives, true, !citedAfter(item.raw));
  for (const name of names) coreference.register(name.at, name.phrase, name.appositives, false, positionOf(name.paragraph, name.phrase.start) === name.at);
  const split = placed.flatMap((item) => splitPair(item, lex));

  // Walk the article in order so pronouns see the nearest preceding person.
  type Event = { at: number; mention?: Mention; item?: PlacedAttribution; role?: string };
  const events: Event[] = [
    ...mentions.map((mention) => ({ at: mention.at, mention })),
    ...split.map((item) => ({ at: item.at, item })),
    ...roles.map(({ at, role }) => ({ at, role })),
  ];
  events.sort((a, b) => a.at - b.at || (a.mention ? -1 : 1));
  const found: FoundAttribution[] = [];
  for (const event of events) {
    if (event.role) coreference.roleForLastPerson(event.role);
    else if (event.mention) coreference.observe(event.mention);
    else if (event.item) {
      const resolved = coreference.resolve(event.item);
      if (resolved && !event.item.raw.silent) found.push(toFound(event.item, resolved));
    }
  }
  const described = found.map((f) => {
    if (f.kind !== 'named' || (f.role && f.affiliation)) return f;
    const known = coreference.describe(f.speaker);
    return { ...f, role: f.role ?? known.role, affiliation: f.affiliation ?? known.affiliation };
  });
  const organizations = mentions.filter((m) => m.phrase.kind === 'organization' && m.phrase.proper).map((m) => m.phrase.speaker);
  const all = dedupe([...typeOrganizations(described, organizations, lex), ...credits]);
  return withoutNestedRepeats(all).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * "Elders say they are ignored when they tell the government their kin are sick": the "tell" inside what the elders
 * say is the same source saying part of the same thing, so only the outer statement is kept.
 */
function withoutNestedRepeats(found: FoundAttribution[]): FoundAttribution[] {
  const groups = new Map<string, FoundAttribution[]>();
  for (const f of found) {
    const key = `${f.paragraph}\u0000${f.speaker}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  // One sweep per paragraph and speaker, not every pair: a flood page can hold thousands of statements.
  const nested = new Set<FoundAttribution>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // The longer of two spans that start together comes first, so each span meets every span that can hold it first.
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    // The span reaching furthest so far (the earliest of equals): it holds this one if any earlier span does.
    let widest = group[0]!;
    for (const f of group.slice(1)) {
      if (f.mode === 'indirect' && f.end <= widest.end && widest.end - widest.start > f.end - f.start) nested.add(f);
      if (f.end > widest.end) widest = f;
    }
  }
  return nested.size ? found.filter((f) => !nested.has(f)) : found;
}

function dedupe(found: FoundAttribution[]): FoundAttribution[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.paragraph}:${f.start}:${f.end}:${f.speaker}:${f.mode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Finds every attributed source in the article's paragraphs. Pure, linear in the text, and never throws. */
export function findAttributions(paragraphs: readonly string[], lang: string | null): FoundAttribution[] {
  try {
    return run(paragraphs, lang);
  } catch {
    return [];
  }
}
