import * as v from 'valibot';
import { contentTokens } from '../../claims/terms';
import { ClaimRecordSchema, formatIssues, type Citation, type ClaimRecord } from '../schema';
import { slug } from './state-media-matrix';
import { parseJson } from './own-json';
import {
  capMessages,
  crossCheckImport,
  emptyRecords,
  MAX_IMPORT_RECORDS,
  messageOf,
  sizeError,
  type ImportResult,
} from './types';

/**
 * Reads schema.org ClaimReview JSON-LD into claim records: single objects, arrays, `@graph`, and DataCommons-style
 * `DataFeed` feeds (`dataFeedElement[].item[]`). One ClaimReview becomes one claim record with one note: the
 * reviewer's rating as a stance. Pure; never throws.
 */

type JsonObject = Record<string, unknown>;

/** Most JSON nodes walked looking for ClaimReviews. */
const MAX_NODES = 200_000;
const MAX_TEXT = 2_000;
const MAX_KEYWORDS = 3;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain string from a JSON-LD value: a string, the first of an array, or an object's name / @value. */
function text(value: unknown, depth = 0): string | null {
  if (depth > 3) return null;
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value.alternateName, depth + 1);
  return null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function num(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function typesOf(node: JsonObject): string[] {
  const raw = node['@type'] ?? node.type;
  return (Array.isArray(raw) ? raw : [raw])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** "2023-10-19T12:00:00Z", "2023-10-19", "Oct 19, 2023" -> "2023-10-19"; null when not a date. */
export function isoDay(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(raw);
  if (iso) {
    const date = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    return date.getUTCDate() === Number(iso[3]) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  const ms = Date.parse(raw);
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString().slice(0, 10) : null;
}

function httpUrl(value: unknown): string | null {
  const raw = text(isObject(value) ? (value.url ?? value['@id']) : value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Walks JSON-LD breadth-first through arrays, `@graph`, DataFeed elements and items, with a node budget. */
function* nodesOf(root: unknown): Generator<JsonObject> {
  const queue: unknown[] = [root];
  let seen = 0;
  for (let head = 0; head < queue.length && seen < MAX_NODES; head++) {
    const item = queue[head];
    queue[head] = undefined;
    if (Array.isArray(item)) {
      queue.push(...item.slice(0, MAX_NODES));
      continue;
    }
    if (!isObject(item)) continue;
    seen += 1;
    yield item;
    if (typesOf(item).includes('ClaimReview')) continue;
    for (const key of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity', 'hasPart']) {
      if (key in item) queue.push(item[key]);
    }
  }
}

export type Stance = ClaimRecord['notes'][number]['stance'];

const MIXED = /\b(?:half[\s-]?(?:true|false)|mixed|mixture|partly|partially|part(?:ly)? (?:true|false)|unproven|unverified|unsupported|needs context|missing context|lacks context|out of context|cherry|exaggerat|satire|outdated|in dispute|disputed|unclear|no evidence|research in progress)/i;
const FALSE = /\b(?:false|fake|hoax|misleading|incorrect|inaccurate|wrong|untrue|not true|pants on fire|fabricat|debunk|distort|four pinocchios|three pinocchios|scam|baseless|bogus|manipulat|altered|doctored|faux|falso|falsch|фейк|ложь|неправда)/i;
const MOSTLY_FALSE = /\bmostly false\b/i;
const TRUE = /\b(?:true|correct|accurate|right|verified|confirmed|legit|vrai|verdadero|wahr|правда)\b/i;

/**
 * The stance a review's rating gives: false or misleading -> disputes, true -> agrees, anything else (mixed,
 * unproven, no rating) -> context. Falls back to where ratingValue sits between worstRating and bestRating.
 */
export function stanceOfRating(rating: unknown): { stance: Stance; label: string | null } {
  const node = isObject(first(rating)) ? (first(rating) as JsonObject) : {};
  const label = text(node.alternateName) ?? text(node.name) ?? text(node.ratingExplanation);
  if (label) {
    if (MOSTLY_FALSE.test(label)) return { stance: 'disputes', label };
    if (MIXED.test(label)) return { stance: 'context', label };
    if (FALSE.test(label)) return { stance: 'disputes', label };
    if (TRUE.test(label)) return { stance: 'agrees', label };
  }
  const value = num(node.ratingValue);
  const best = num(node.bestRating) ?? 5;
  const worst = num(node.worstRating) ?? 1;
  if (value !== null && best !== worst) {
    const share = (value - worst) / (best - worst);
    if (share <= 0.25) return { stance: 'disputes', label };
    if (share >= 0.75) return { stance: 'agrees', label };
  }
  return { stance: 'context', label };
}

/** Words that say how a claim was made, not what it is about; a paraphrase rarely repeats them. */
const GENERIC = new Set(
  'says claims claimed shows showed show plans plan put puts make makes made want wants wanted new people video photo image post posts viral just get got like know known going went come came use used found reveals reveal report reported year years day days happened happen minister president spokesman spokeswoman official officials leader secretary chief senator governor mayor contains contain includes include'.split(' '),
);

/**
 * The claim's keyword concepts for the matcher: names first (the surname of a run of capitalised words: "Bill
 * Gates" -> "gates"), then the longest other content words, at most four, without words that only say how the
 * claim was made ("says", "shows", "plans"). Each must appear in a sentence for it to match, so fewer, more
 * telling words let a paraphrase match and still refuse a look-alike that lacks the telling word.
 */
export function keywordsOf(claim: string): string[] {
  const names: string[] = [];
  const inNames = new Set<string>();
  for (const run of claim.matchAll(/(?:[\p{Lu}][\p{L}'’-]+\s?){1,4}/gu)) {
    const tokens = contentTokens(run[0]);
    const last = tokens.at(-1);
    // A lone capitalised word opening the claim is usually just its first word, not a name.
    if (!last || (tokens.length === 1 && run.index === 0)) continue;
    for (const t of tokens) inNames.add(t);
    if (last.length >= 3 && !GENERIC.has(last) && !names.includes(last)) names.push(last);
  }
  const words: string[] = [];
  for (const token of contentTokens(claim)) {
    if (token.length < 3 || inNames.has(token) || GENERIC.has(token) || words.includes(token)) continue;
    words.push(token);
  }
  const chosenNames = names.slice(0, 1);
  const others = [...words].sort((a, b) => b.length - a.length).slice(0, MAX_KEYWORDS - chosenNames.length);
  return [...chosenNames, ...words.filter((w) => others.includes(w))];
}

/** 32-bit FNV-1a, base 36: a short stable hash for ids. */
export function shortHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** The record id for a review: "claimreview-" + the claim's first words + a hash of review URL and claim. */
export function claimReviewId(url: string, claim: string): string {
  const words = slug(claim).split('-').slice(0, 6).join('-');
  return `claimreview-${words ? `${words}-` : ''}${shortHash(`${url}\n${claim}`)}`;
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}

export interface ClaimReviewOptions {
  /** Date the citations are marked as accessed and records as reviewed when a review has no date (YYYY-MM-DD). */
  today?: string;
}

/** One ClaimReview node -> a claim record candidate, or an error naming the missing field. */
function recordOf(node: JsonObject, today: string): { record: unknown } | { error: string } {
  const claim = text(node.claimReviewed);
  if (!claim) return { error: 'claimReviewed: missing; a review needs the claim it reviews' };
  const url = httpUrl(node.url) ?? httpUrl(node['@id']);
  if (!url) return { error: 'url: missing or not an http(s) URL; a claim record needs a source to cite' };
  const item = isObject(first(node.itemReviewed)) ? (first(node.itemReviewed) as JsonObject) : {};
  const reviewer = text(node.author) ?? text(node.publisher) ?? new URL(url).hostname.replace(/^www\./, '');
  const claimant = text(item.author) ?? text(item.creator) ?? 'Unknown claimant';
  const reviewed = isoDay(node.datePublished) ?? isoDay(node.dateModified);
  const claimed = isoDay(item.datePublished) ?? isoDay((isObject(first(item.appearance)) ? (first(item.appearance) as JsonObject) : {}).datePublished);
  const from = claimed ?? reviewed;
  if (!from) return { error: 'datePublished: missing or not a date (nor itemReviewed.datePublished); a claim record needs a date' };
  const to = reviewed && reviewed >= from ? reviewed : from;
  const { stance, label } = stanceOfRating(node.reviewRating);
  const title = text(node.headline) ?? text(node.name) ?? `Fact check: ${clip(claim, 120)}`;
  const source: Citation = { url, title: clip(title, 300), publisher: clip(reviewer, 200), accessed: today };
  const rated = label ? `rated this claim "${clip(label, 120)}"` : 'reviewed this claim without a rating Sourcelight could read';
  const keywords = keywordsOf(claim);
  const record = {
    id: claimReviewId(url, claim),
    summary: clip(claim, 1000),
    claimant: clip(claimant, 200),
    quantity: null,
    unit: null,
    event: clip(claim, 160),
    place: null,
    dateRange: { from, to },
    keywords: keywords.length ? keywords : [clip(claim, 80)],
    notes: [{ stance, by: source.publisher, date: to, text: `${source.publisher} ${rated}.`, source }],
    sources: [source],
    reviewed: reviewed ?? today,
  };
  return { record };
}

/** Reads already-parsed ClaimReview JSON-LD. */
export function importClaimReviewValue(json: unknown, options: ClaimReviewOptions = {}): ImportResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const records = emptyRecords();
  const errors: string[] = [];
  const warnings: string[] = [];
  let reviews = 0;
  let ignored = 0;
  const ids = new Set<string>();
  for (const node of nodesOf(json)) {
    if (!typesOf(node).includes('ClaimReview')) {
      if (typesOf(node).some((t) => !['DataFeed', 'DataFeedItem', 'ItemList', 'ListItem', 'WebPage', 'WebSite', 'Organization'].includes(t))) ignored += 1;
      continue;
    }
    reviews += 1;
    const where = `ClaimReview #${reviews}`;
    if (reviews > MAX_IMPORT_RECORDS) {
      errors.push(`${where}: more than ${MAX_IMPORT_RECORDS} reviews; at most ${MAX_IMPORT_RECORDS} can be imported at once`);
      break;
    }
    const built = recordOf(node, today);
    if ('error' in built) {
      const url = httpUrl(node.url);
      errors.push(`${where}${url ? ` (${clip(url, 100)})` : ''}: ${built.error}`);
      continue;
    }
    const result = v.safeParse(ClaimRecordSchema, built.record);
    if (!result.success) {
      errors.push(...formatIssues(`${where} (${(built.record as { id: string }).id})`, result.issues));
      continue;
    }
    if (ids.has(result.output.id)) {
      warnings.push(`${where}: the same review (url and claim) appears twice; kept once`);
      continue;
    }
    ids.add(result.output.id);
    records.claims.push(result.output);
  }
  if (!reviews) errors.push('(root): no ClaimReview found (expected "@type": "ClaimReview" objects, an array, an @graph or a DataFeed)');
  if (ignored) warnings.push(`${ignored} JSON-LD node(s) of other types ignored`);
  errors.push(...crossCheckImport(records));
  return { records, errors: capMessages(errors), warnings: capMessages(warnings) };
}

const JSON_LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The JSON-LD blocks of an HTML page (a fact-check article's own ClaimReview), parsed; blocks that are not JSON are
 * skipped with a warning. Read as text, never as markup: nothing of the page is rendered or run.
 */
export function jsonLdOfHtml(html: string): { blocks: unknown[]; skipped: number } {
  const blocks: unknown[] = [];
  let skipped = 0;
  for (const m of html.matchAll(JSON_LD_SCRIPT)) {
    const body = m[1]!.replace(/^\s*<!--|-->\s*$/g, '').trim();
    if (!body) continue;
    const parsed = parseJson(body);
    if ('error' in parsed) skipped += 1;
    else blocks.push(parsed.json);
  }
  return { blocks, skipped };
}

/** Reads the ClaimReviews of an HTML page's JSON-LD. Never throws. */
export function importClaimReviewPage(html: string, options: ClaimReviewOptions = {}): ImportResult {
  try {
    const tooBig = sizeError(html);
    if (tooBig) return { records: emptyRecords(), errors: [tooBig], warnings: [] };
    const { blocks, skipped } = jsonLdOfHtml(html);
    const result = importClaimReviewValue(blocks, options);
    if (skipped) result.warnings.push(`${skipped} JSON-LD block(s) of the page are not valid JSON and were skipped`);
    return result;
  } catch (error) {
    return { records: emptyRecords(), errors: [`input: could not be read (${messageOf(error)})`], warnings: [] };
  }
}

/** Reads ClaimReview JSON-LD text. Never throws. */
export function importClaimReview(text: string, options: ClaimReviewOptions = {}): ImportResult {
  try {
    const tooBig = sizeError(text);
    if (tooBig) return { records: emptyRecords(), errors: [tooBig], warnings: [] };
    const parsed = parseJson(text);
    if ('error' in parsed) return { records: emptyRecords(), errors: [parsed.error], warnings: [] };
    return importClaimReviewValue(parsed.json, options);
  } catch (error) {
    return { records: emptyRecords(), errors: [`input: could not be read (${messageOf(error)})`], warnings: [] };
  }
}
