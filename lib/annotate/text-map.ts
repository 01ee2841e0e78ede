/**
 * Maps offsets in Readability's extracted paragraph text back to live text nodes, so spans found in the
 * background can be highlighted in the page without changing its DOM. Both sides collapse whitespace the
 * same way (`normalizeWhitespace` in lib/extract/paragraphs.ts): runs of whitespace and NBSP become one space.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg', 'SVG']);
const WHITESPACE = /[\s\u00a0]/;

interface NodeEntry {
  node: Text;
  /** Offset of this node's first normalised character in the page text. */
  start: number;
}

export interface PageTextMap {
  /** The page's visible text, whitespace collapsed. */
  text: string;
  /** A live DOM position for an offset in `text`, or null. */
  positionAt(offset: number): { node: Text; offset: number } | null;
}

/** Walks the text nodes under `root` (bounded by `maxChars`) and builds the collapsed text with a position map. */
export function buildTextMap(root: Node, maxChars = 3_000_000): PageTextMap {
  const entries: NodeEntry[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastWasSpace = true;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let current = walker.nextNode(); current && length < maxChars; current = walker.nextNode()) {
    const node = current as Text;
    if (node.parentElement && SKIPPED.has(node.parentElement.nodeName)) continue;
    const raw = node.data;
    let chunk = '';
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (WHITESPACE.test(ch)) {
        if (!lastWasSpace) chunk += ' ';
        lastWasSpace = true;
      } else {
        chunk += ch;
        lastWasSpace = false;
      }
    }
    if (!chunk) continue;
    entries.push({ node, start: length });
    parts.push(chunk);
    length += chunk.length;
  }
  const text = parts.join('');

  return {
    text,
    positionAt(offset) {
      let low = 0;
      let high = entries.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (entries[mid]!.start <= offset) low = mid;
        else high = mid - 1;
      }
      const entry = entries[low];
      if (!entry || offset < entry.start) return null;
      return { node: entry.node, offset: rawOffset(entry, offset - entry.start) };
    },
  };
}

/** Converts a normalised offset inside one node back to the raw offset by replaying the collapse. */
function rawOffset(entry: NodeEntry, wanted: number): number {
  const raw = entry.node.data;
  let normalized = 0;
  let previousSpace = entry.start === 0;
  for (let i = 0; i < raw.length; i++) {
    const isSpace = WHITESPACE.test(raw[i]!);
    if (isSpace && previousSpace) continue;
    if (normalized === wanted) return i;
    normalized += 1;
    previousSpace = isSpace;
  }
  return raw.length;
}

export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Finds live DOM ranges for spans given in paragraph coordinates. Paragraphs are searched in order from the
 * previous match, so repeated sentences map to the right occurrence; a span whose paragraph cannot be found
 * (Readability changed its text) is located by its own text instead, or skipped.
 */
export function rangesForSpans(
  doc: Document,
  map: PageTextMap,
  paragraphs: readonly string[],
  spans: readonly TextSpan[],
): (Range | null)[] {
  const paragraphStarts = new Map<number, number>();
  let cursor = 0;
  paragraphs.forEach((paragraph, index) => {
    if (!paragraph) return;
    const found = map.text.indexOf(paragraph, cursor);
    if (found === -1) return;
    paragraphStarts.set(index, found);
    cursor = found + paragraph.length;
  });
  return spans.map((span) => {
    const paragraph = paragraphs[span.paragraph];
    if (!paragraph || span.start < 0 || span.end > paragraph.length || span.start >= span.end) return null;
    let from = paragraphStarts.get(span.paragraph);
    if (from === undefined) {
      const alone = map.text.indexOf(paragraph.slice(span.start, span.end));
      if (alone === -1) return null;
      from = alone - span.start;
    }
    const start = map.positionAt(from + span.start);
    const end = map.positionAt(from + span.end - 1);
    if (!start || !end) return null;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, Math.min(end.offset + 1, end.node.data.length));
    return range;
  });
}
