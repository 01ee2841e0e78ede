import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { RenderedPopup } from './common';
import type { RecordedRequest } from './server';

/**
 * What the hostile fixtures (tests/fixtures/hostile/) plant, and how a real-browser test reads the traces.
 *
 * The pages' OWN scripts run (scripts are on in a real browser) and log to `window.__pageOwnScripts`. Payloads
 * that are page TEXT (escaped markup in quotes, JSON-LD strings, a `javascript:` canonical link) would only
 * execute if Sourcelight turned text into markup or a URL into a link: in the page (content script) they would
 * set `window.__pwned`; in the popup (whose CSP blocks inline handlers) they would load
 * `http://sentinel.sourcelight.invalid/...`, a request the recording proxy would log.
 */

export const HOSTILE = {
  xss: 'hostile/quotes-xss.html',
  tamper: 'hostile/prototype-tamper.html',
  postMessageFlood: 'hostile/postmessage-flood.html',
  eavesdropper: 'hostile/eavesdropper.html',
  floods: ['hostile/said-flood.html', 'hostile/number-flood.html', 'hostile/quote-flood.html'],
} as const;

export const SENTINEL_HOST = 'sentinel.sourcelight.invalid';

/** Escaped markup from quotes-xss.html that the popup must show verbatim, as text. */
export const XSS_TEXTS = [
  '<img src=x onerror=alert(document.domain)>',
  "<script>alert('quoted')</script>",
  `<img src="http://${SENTINEL_HOST}/quote-img" onerror="window.__pwned='quote img'">`,
  `<iframe src="http://${SENTINEL_HOST}/quote-iframe"></iframe>`,
];

/** Page-side traces: what the page's own scripts logged, and whether a payload ran there. */
export function pageTraces(page: Page): Promise<{ own: string[]; pwned: unknown }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pageOwnScripts?: string[]; __pwned?: unknown };
    // Plain loops: the page may have replaced Array.prototype methods.
    const own: string[] = [];
    for (let i = 0; i < (w.__pageOwnScripts?.length ?? 0); i++) own.push(String(w.__pageOwnScripts![i]));
    return { own, pwned: w.__pwned ?? null };
  });
}

/**
 * The eavesdropper page, listening also for the DOM events a WXT content-script wrapper would dispatch for each of
 * Sourcelight's injected scripts (named after the extension's runtime id, so the page could detect the extension).
 */
export function eavesdropperPath(runtimeId: string): string {
  const names = ['extract', 'annotate', 'content'].map((script) => `${runtimeId}:${script}:wxt:content-script-started`);
  return `${HOSTILE.eavesdropper}#listen=${encodeURIComponent(names.join(','))}`;
}

/** What the eavesdropper page observed: window messages, DOM mutations and the listened-for events. */
export function whatThePageSaw(page: Page): Promise<{ messages: string[]; mutations: string[]; events: string[] }> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __sourcelightSeen: { messages: string[]; mutations: string[]; events: string[] } }).__sourcelightSeen;
    return { messages: [...seen.messages], mutations: [...seen.mutations], events: [...seen.events] };
  });
}

export function sentinelRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.host === SENTINEL_HOST);
}

export interface PopupMarkup {
  /** Elements that page data could only have produced by being parsed as HTML. */
  planted: string[];
  /** Every link's href. */
  hrefs: string[];
}

/** Elements and links in the popup's body (the popup's own markup has no images, frames, scripts or SVG). */
export function popupMarkup(popup: Page): Promise<PopupMarkup> {
  return popup.evaluate(() => ({
    planted: [...document.body.querySelectorAll('img, script, iframe, svg, object, embed, style, link, form')].map((el) => el.outerHTML.slice(0, 200)),
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

/**
 * True when the text of the first element matching `selector` is laid out left to right: its first
 * character sits left of its last. A right-to-left override leaking from an earlier sibling (page text with
 * an unterminated U+202E) would reverse it.
 */
export function flowsLeftToRight(popup: Page, selector: string): Promise<boolean | null> {
  return popup.evaluate((sel) => {
    const el = document.querySelector(sel);
    const node = el ? document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() : null;
    if (!node?.textContent || node.textContent.length < 2) return null;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    return at(0) < at(node.textContent.length - 1);
  }, selector);
}

/** Records every dialog (alert, confirm, prompt) a page opens: a payload's alert() would show up here. */
export function recordDialogs(page: Page, into: string[]): void {
  page.on('dialog', (dialog) => {
    into.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
}

/** quotes-xss.html in the popup: every payload shown as text, none parsed into an element or a javascript: link. */
export async function expectXssShownAsText(popup: Page, rendered: RenderedPopup): Promise<void> {
  expect(rendered.state).toBe('ready');
  expect(rendered.title).toBe('Negotiators trade drafts as <b>ceasefire</b> talks stall');
  for (const text of XSS_TEXTS) expect(rendered.text).toContain(text);
  const markup = await popupMarkup(popup);
  expect(markup.planted).toEqual([]);
  // Page-provided links do render (the http ClaimReview URL), and none is javascript:.
  expect(markup.hrefs).toContain(`http://${SENTINEL_HOST}/review-page`);
  expect(markup.hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
}

/** Bidi and zero-width characters in quotes are kept verbatim in the text nodes (innerText may drop them). */
export async function expectInvisibleCharactersKept(popup: Page): Promise<void> {
  const quotes = await popup.$$eval('.quote q', (qs) => qs.map((q) => q.textContent ?? ''));
  expect(quotes).toEqual(expect.arrayContaining(['We saw the \u202econvoy leave at dawn', 'The\u200b list was\u200d edited']));
  // Speakers whose names carry bidi or zero-width characters are found, and shown with their characters kept.
  const speakers = await popup.$$eval('.source .speaker', (els) => els.map((el) => el.textContent ?? ''));
  const visible = speakers.map((name) => name.replace(/\p{Default_Ignorable_Code_Point}/gu, ''));
  expect(visible).toEqual(expect.arrayContaining(['Ahmedevil.exe Karimi', 'James Carter', 'Sara Cohen', 'Olena Shevchenko']));
  expect(speakers).toEqual(expect.arrayContaining(['Ja\u200bmes Ca\u200drter']));
}
