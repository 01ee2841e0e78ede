import * as v from 'valibot';
import { AnalysisSchema } from '../model/analysis';
import { ExtractResultSchema, PageSnapshotSchema, SnapshotResultSchema, type ExtractResult } from '../model/page';
import { LIMITS } from '../model/limits';

/** The one message protocol between the extension's contexts. Every message is validated on receipt. */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Content script -> background: the page's snapshot, or why there is none. */
export const PageSnapshotMessageSchema = v.object({
  type: v.literal('sourcelight/page-snapshot'),
  result: SnapshotResultSchema,
});

/** Background -> content script, in answer to its snapshot: the article's paragraphs, which spans point into. */
export const SnapshotReplySchema = v.object({
  paragraphs: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.maxParagraphChars))), v.maxLength(LIMITS.maxParagraphs)),
});
export type SnapshotReply = v.InferOutput<typeof SnapshotReplySchema>;

export const GetTabStateSchema = v.object({
  type: v.literal('sourcelight/get-tab-state'),
  tabId,
  /** When true, the background answers once the analysis is ready (or after a timeout). */
  wait: v.boolean(),
  /** The reader asked to try again after "taking too long": an analysis still running is started afresh. */
  restart: v.optional(v.boolean(), false),
});

/** Content script (link marks) -> background: which outlets, if any, these link addresses belong to. */
export const MAX_LINK_LOOKUPS = 100;
const linkAddress = v.pipe(v.string(), v.maxLength(300), v.regex(/^[a-z0-9.-]+(?:\/[^?#\s]*)?$/));
export const LookupLinksSchema = v.object({
  type: v.literal('sourcelight/lookup-links'),
  addresses: v.pipe(v.array(linkAddress), v.minLength(1), v.maxLength(MAX_LINK_LOOKUPS)),
});
export type LookupLinksMessage = v.InferOutput<typeof LookupLinksSchema>;

export const RequestMessageSchema = v.variant('type', [PageSnapshotMessageSchema, GetTabStateSchema, LookupLinksSchema]);
export type RequestMessage = v.InferOutput<typeof RequestMessageSchema>;
export type PageSnapshotMessage = v.InferOutput<typeof PageSnapshotMessageSchema>;
export type GetTabStateMessage = v.InferOutput<typeof GetTabStateSchema>;

const reason = v.pipe(v.string(), v.maxLength(LIMITS.maxShortString));

/** What the popup shows for a tab. */
export const TabStateSchema = v.variant('state', [
  v.object({ state: v.literal('restricted'), url: v.string() }),
  v.object({ state: v.literal('no-access'), reason }),
  v.object({ state: v.literal('analysing') }),
  v.object({ state: v.literal('not-article'), url: v.string(), title: v.string() }),
  v.object({ state: v.literal('too-large'), url: v.string(), reason }),
  v.object({ state: v.literal('failed'), reason }),
  v.object({ state: v.literal('ready'), analysis: AnalysisSchema }),
  /** The tab the popup was opened for (`popup.html?tab=<id>`) no longer exists: nothing to analyse or wait for. */
  v.object({ state: v.literal('tab-closed') }),
]);
export type TabState = v.InferOutput<typeof TabStateSchema>;

/**
 * safeParse, except that it never throws: a value whose getters or proxy traps throw (possible only for a
 * caller in the same context, since messages arrive structured-cloned) is rejected like any invalid message.
 */
function parseOrNull<T extends v.GenericSchema>(schema: T, message: unknown): v.InferOutput<T> | null {
  try {
    const result = v.safeParse(schema, message);
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}

export function parseRequest(message: unknown): RequestMessage | null {
  return parseOrNull(RequestMessageSchema, message);
}

export function parseTabState(message: unknown): TabState | null {
  return parseOrNull(TabStateSchema, message);
}

export function parseSnapshotReply(message: unknown): SnapshotReply | null {
  return parseOrNull(SnapshotReplySchema, message);
}

/* ---- Background <-> offscreen document (Chromium, whose service worker has no DOMParser) ---------------- */

/** Background -> offscreen document: read the article out of this snapshot. */
export const ReadSnapshotSchema = v.object({ type: v.literal('sourcelight/read-snapshot'), snapshot: PageSnapshotSchema });
export type ReadSnapshotMessage = v.InferOutput<typeof ReadSnapshotSchema>;

export function parseReadSnapshot(message: unknown): ReadSnapshotMessage | null {
  return parseOrNull(ReadSnapshotSchema, message);
}

/** The offscreen document's answer, checked like any message before it reaches the analysis. */
export function parseExtractResult(message: unknown): ExtractResult | null {
  return parseOrNull(ExtractResultSchema, message);
}

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxParagraphChars));

/** A span of the extracted text: paragraph index and character range. */
const span = v.object({
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxParagraphs)),
  start: offset,
  end: offset,
});

/** Popup -> content script: scroll the page to a span of the extracted text and flash it. */
export const RevealSchema = v.object({ type: v.literal('sourcelight/reveal'), span });
export type RevealMessage = v.InferOutput<typeof RevealSchema>;

export function parseReveal(message: unknown): RevealMessage | null {
  return parseOrNull(RevealSchema, message);
}

/* ---- Inline annotations (issue 6) ------------------------------------------------------------------------ */

const shortText = v.pipe(v.string(), v.maxLength(LIMITS.maxShortString));

/**
 * One annotation to draw in the page: a span of the extracted text plus what its details card says. The card's
 * text is prepared (and localised) by the background, so the content script stays small and logic-free; it is
 * always rendered as text, never as HTML.
 */
export const AnnotationItemSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(64)),
  kind: v.picklist(['source', 'claim']),
  span,
  /** Card heading: the speaker ("Aleksandr Antonov") or the claim's short label. */
  title: shortText,
  /** Card body, one plain-text line each (role, cue, what the dataset knows, cross-source notes). */
  lines: v.pipe(v.array(shortText), v.maxLength(12)),
  /** Drives the highlight colour and the card's icon; always also said in words in `lines`. */
  tone: v.picklist(['neutral', 'loaded', 'disputed', 'supported']),
});
export type AnnotationItem = v.InferOutput<typeof AnnotationItemSchema>;

/** Background or popup -> content script: draw these annotations (replacing any drawn before). */
export const AnnotateSchema = v.object({
  type: v.literal('sourcelight/annotate'),
  items: v.pipe(v.array(AnnotationItemSchema), v.maxLength(LIMITS.maxAnnotations)),
});
export type AnnotateMessage = v.InferOutput<typeof AnnotateSchema>;

/** Background or popup -> content script: remove every annotation and the card. */
export const ClearAnnotationsSchema = v.object({ type: v.literal('sourcelight/clear-annotations') });
export type ClearAnnotationsMessage = v.InferOutput<typeof ClearAnnotationsSchema>;

export const ContentMessageSchema = v.variant('type', [RevealSchema, AnnotateSchema, ClearAnnotationsSchema]);
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** Every message the content script accepts; null for anything else. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  return parseOrNull(ContentMessageSchema, message);
}

/* ---- Link marks (issue 18) ----------------------------------------------------------------------------- */

const cardText = v.pipe(v.string(), v.maxLength(LIMITS.maxShortString));
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

/**
 * An outlet as a link mark and its card show it, prepared and localised by the background (the same facts as the
 * popup's outlet card), so the content script carries no dataset and no labels. Rendered as text only.
 */
export const LinkOutletSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  name: cardText,
  /** The funding code and colours of the toolbar badge (lib/present/badge.ts). */
  code: v.pipe(v.string(), v.maxLength(8)),
  colour,
  textColour: colour,
  /** The mark's accessible name: "BBC News: public service media, see its card". */
  label: cardText,
  kind: cardText,
  domain: cardText,
  funding: cardText,
  /** "From Wikidata; not reviewed by Sourcelight" for directory outlets, else null. */
  tier: v.nullable(cardText),
  facts: v.pipe(v.array(v.object({ label: cardText, value: cardText })), v.maxLength(8)),
  note: cardText,
  citations: v.pipe(v.array(v.object({ url: v.pipe(v.string(), v.maxLength(LIMITS.maxUrl), v.regex(/^https?:\/\//)), title: cardText })), v.maxLength(12)),
  provenance: cardText,
});
export type LinkOutlet = v.InferOutput<typeof LinkOutletSchema>;

/** The background's answer: each outlet once, and for each asked address the index of its outlet or null. */
export const LinkLookupReplySchema = v.object({
  outlets: v.pipe(v.array(LinkOutletSchema), v.maxLength(MAX_LINK_LOOKUPS)),
  matches: v.pipe(v.array(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LINK_LOOKUPS - 1)))), v.maxLength(MAX_LINK_LOOKUPS)),
});
export type LinkLookupReply = v.InferOutput<typeof LinkLookupReplySchema>;

export function parseLinkLookupReply(message: unknown): LinkLookupReply | null {
  return parseOrNull(LinkLookupReplySchema, message);
}
