import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { visibleByAttributes } from './visibility';

// Readability's own list of class and id words that mark page furniture, and the words that overrule it.
const FURNITURE = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/i;
/** A sentence's end, possibly inside a closing quotation mark or bracket. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
const MIN_PROSE_CHARS = 60;
const MIN_PROSE_WORDS = 8;
/** Short news: at least this many prose paragraphs holding at least this much text. */
const MIN_PROSE_PARAGRAPHS = 6;
const MIN_PROSE_TOTAL = 1_000;

/**
 * Whether the page holds an article: Readability's own test, or short news it refuses. Readability scores only
 * paragraphs over 140 characters, and a short news report written one or two sentences to a paragraph (a 2,600-
 * character BBC story with quotes) may have none. Such a page still has several visible paragraphs of whole
 * sentences outside the page's furniture, which a sign-in form, a menu or a listing has not.
 */
export function isReaderable(doc: Document): boolean {
  return isProbablyReaderable(doc, { visibilityChecker: visibleByAttributes }) || isShortNews(doc);
}

function isShortNews(doc: Document): boolean {
  let count = 0;
  let total = 0;
  for (const p of doc.querySelectorAll('p')) {
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PROSE_CHARS || !SENTENCE_END.test(text) || text.split(/\s+/u).length < MIN_PROSE_WORDS) continue;
    if (p.closest('li, nav, footer, header, aside, form') || !visibleByAttributes(p) || isFurniture(p)) continue;
    count++;
    total += text.length;
    if (count >= MIN_PROSE_PARAGRAPHS && total >= MIN_PROSE_TOTAL) return true;
  }
  return false;
}

/** The paragraph or a container of it is marked as page furniture (Readability's rule), or hidden. */
function isFurniture(p: Element): boolean {
  for (let node: Element | null = p; node && node.localName !== 'body'; node = node.parentElement) {
    const marks = `${String(node.className)} ${node.id}`;
    if (FURNITURE.test(marks) && !MAYBE_CONTENT.test(marks)) return true;
    if (node !== p && !visibleByAttributes(node)) return true;
  }
  return false;
}
