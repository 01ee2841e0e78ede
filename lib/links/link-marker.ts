import type { Translate } from '../annotate/card';
import type { Box } from '../annotate/placement';
import type { LinkLookupReply, LinkOutlet } from '../messaging/protocol';
import { lookupAddress } from './address';
import { shouldMark } from './choose';
import { createLookupQueue } from './lookup-queue';
import { markPosition } from './mark-position';
import { createMarkLayer, MARK_SIZE, type MarkLayer } from './mark-layer';
import { resolveLink } from './unwrap';
import { createWorkQueue } from './work-queue';
import { safe } from '../annotate/safe';

/**
 * Link marks in the live page: finds the links (and those a feed adds later), resolves them, asks the background
 * which outlets they go to (in bounded batches, for the links in view), and draws a mark beside each link to a
 * known outlet, in one shadow-root layer. Hovering a mark or focusing its link from the keyboard opens the
 * outlet's card. All DOM reads of a frame happen before its writes. Returns the function that removes it all.
 */

export interface LinkMarkerPorts {
  lookup(addresses: string[]): Promise<LinkLookupReply | null>;
  t: Translate;
}

interface Entry {
  anchor: HTMLAnchorElement;
  address: string;
  visible: boolean;
}

const NAVIGATION = 'nav,header,footer,[role="navigation"],[role="banner"],[role="contentinfo"],[role="menu"],[role="menubar"]';
const SLICE_BUDGET_MS = 8;
/** Marks drawn at most per frame: links in view (plus a margin); more than this is not a page a reader scans. */
const MAX_DRAWN = 400;
const MAX_TEXT_NODES = 12;
const MAX_SCANNED_ROOTS = 200;
const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 400;
export const LOOKUP_LIMITS = { maxBatch: 100, maxInFlight: 2, maxCached: 5_000 } as const;


/** The rectangles of a link's text lines (not of its block children), in viewport coordinates. */
function lineRects(doc: Document, anchor: HTMLAnchorElement): Box[] {
  const walker = doc.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const rects: Box[] = [];
  for (let node = walker.nextNode(), seen = 0; node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) rects.push(rect);
  }
  return rects;
}

/** The page's window with the observer constructors (its own, so tests can pass happy-dom's). */
type PageWindow = Window & Pick<typeof globalThis, 'IntersectionObserver' | 'MutationObserver'>;

export function startLinkMarks(win: PageWindow, doc: Document, ports: LinkMarkerPorts): () => void {
  const entries = new Map<HTMLAnchorElement, Entry>();
  const seen = new WeakSet<Element>();
  const drawn = new Set<Entry>();
  /** Links in view (with a margin), in the order they came into it. */
  const visible = new Set<Entry>();
  let layer: MarkLayer | null = null;
  let frame = 0;
  let timer = 0;
  let open: { entry: Entry; pinned: boolean; fromKeyboard: boolean } | null = null;
  let returning = false;

  const requestFrame = () => {
    frame ||= win.requestAnimationFrame(safe(draw));
  };

  const lookups = createLookupQueue<LinkOutlet>({
    ...LOOKUP_LIMITS,
    send: async (addresses) => {
      const reply = await ports.lookup(addresses);
      if (!reply) return addresses.map(() => null);
      return reply.matches.map((i) => (i === null ? null : (reply.outlets[i] ?? null)));
    },
    schedule: (flush) => void win.setTimeout(safe(flush), 0),
    onAnswers: requestFrame,
  });
  const outletOf = (entry: Entry) => lookups.get(entry.address) ?? null;

  const io = new win.IntersectionObserver(
    safe((records: IntersectionObserverEntry[]) => {
      for (const record of records) {
        const entry = entries.get(record.target as HTMLAnchorElement);
        if (!entry) continue;
        entry.visible = record.isIntersecting;
        if (entry.visible) {
          visible.add(entry);
          // A link already known to go to no outlet never gets a mark: stop watching it.
          if (lookups.get(entry.address) === null) forget(entry);
        } else {
          visible.delete(entry);
          if (!entry.anchor.isConnected) forget(entry);
        }
      }
      requestFrame();
    }),
    { rootMargin: '200px 0px' },
  );

  const forget = (entry: Entry) => {
    io.unobserve(entry.anchor);
    entries.delete(entry.anchor);
    visible.delete(entry);
    drawn.delete(entry);
    layer?.removeMark(entry);
  };

  const consider = (anchor: HTMLAnchorElement) => {
    if (seen.has(anchor) || typeof anchor.href !== 'string') return; // SVG links have no string href
    seen.add(anchor);
    const text = (anchor.textContent ?? '').slice(0, 500);
    const target = resolveLink(anchor.href, win.location.href, { text, title: anchor.getAttribute('title'), expanded: anchor.getAttribute('data-expanded-url') });
    if (!shouldMark({ target, page: win.location.href, inNavigation: !!anchor.closest(NAVIGATION), text })) return;
    const address = lookupAddress(target!);
    if (!address || lookups.peek(address) === null) return; // known to be no outlet: never marked
    entries.set(anchor, { anchor, address, visible: false });
    io.observe(anchor);
  };

  const work = createWorkQueue<HTMLAnchorElement>({
    budgetMs: SLICE_BUDGET_MS,
    now: () => win.performance.now(),
    later: (run) => void win.setTimeout(safe(run), 0),
    work: consider,
  });

  const scan = (root: Element) => {
    if (root.localName === 'a' && root.hasAttribute('href')) work.push([root as HTMLAnchorElement]);
    work.push(root.querySelectorAll<HTMLAnchorElement>('a[href]'));
  };

  /** One frame: every read (the links' lines, the layer's corner), then every write (the marks). */
  function draw() {
    frame = 0;
    const wanted: { entry: Entry; outlet: LinkOutlet; rects: Box[] }[] = [];
    for (const entry of visible) {
      if (wanted.length >= MAX_DRAWN) break;
      const outlet = lookups.get(entry.address);
      if (outlet) wanted.push({ entry, outlet, rects: [] });
      else if (outlet === null) forget(entry); // answered: not an outlet
    }
    if (!wanted.length && !drawn.size) return;
    layer ??= createMarkLayer(doc, ports.t, layerEvents);
    // Reads.
    const corner = layer.origin();
    for (const item of wanted) item.rects = lineRects(doc, item.entry.anchor);
    const width = doc.documentElement.clientWidth;
    // Writes.
    const keep = new Set<Entry>();
    for (const { entry, outlet, rects } of wanted) {
      const at = markPosition(rects, MARK_SIZE, width);
      if (!at) continue;
      layer.placeMark(entry, outlet, { left: at.left - corner.left, top: at.top - corner.top });
      keep.add(entry);
    }
    for (const entry of drawn) if (!keep.has(entry)) layer.removeMark(entry);
    drawn.clear();
    for (const entry of keep) drawn.add(entry);
  }

  const show = (entry: Entry, pinned: boolean, fromKeyboard: boolean) => {
    const outlet = outletOf(entry);
    if (!outlet || !layer) return;
    open = { entry, pinned, fromKeyboard };
    layer.openCard(outlet, [...lineRects(doc, entry.anchor), ...entry.anchor.getClientRects()], fromKeyboard);
    if (fromKeyboard) layer.announce(outlet.label);
  };

  function close(returnFocus: boolean) {
    if (!layer?.cardOpen()) return;
    const hadFocus = layer.cardHasFocus();
    layer.closeCard();
    const was = open;
    open = null;
    if (returnFocus && hadFocus && was) {
      // Focus goes back to the link without opening its card again: the reader just closed it.
      returning = true;
      try {
        was.entry.anchor.focus({ preventScroll: true });
      } finally {
        returning = false;
      }
    }
  }

  const drawnEntry = (key: object) => (drawn.has(key as Entry) ? (key as Entry) : null);
  // Mouse: resting on a mark opens its card; leaving the mark and the card closes it (unless it was clicked).
  const layerEvents = {
    onClose: safe(() => close(true)),
    onMarkEnter: safe((key: object) => {
      const entry = drawnEntry(key);
      win.clearTimeout(timer);
      if (entry && open?.entry !== entry) timer = win.setTimeout(safe(() => show(entry, false, false)), OPEN_DELAY_MS);
    }),
    onMarkClick: safe((key: object) => {
      const entry = drawnEntry(key);
      if (!entry) return;
      win.clearTimeout(timer);
      show(entry, true, false);
      layer?.focusCard();
    }),
    onCardEnter: safe(() => win.clearTimeout(timer)),
    onLeave: safe(() => {
      win.clearTimeout(timer);
      if (open && !open.pinned && !open.fromKeyboard) timer = win.setTimeout(safe(() => close(false)), CLOSE_DELAY_MS);
    }),
  };
  // Keyboard: a link to a known outlet that gets keyboard focus opens its card beside it.
  const onFocusIn = safe((event: FocusEvent) => {
    const anchor = event.target as HTMLAnchorElement;
    const entry = entries.get(anchor);
    if (returning) return;
    if (entry && outletOf(entry) && anchor.matches(':focus-visible')) {
      win.clearTimeout(timer);
      show(entry, false, true);
    } else if (open && layer && !event.composedPath().includes(layer.host)) {
      close(false);
    }
  });
  const onKey = safe((event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'Escape') {
      close(true);
      event.stopPropagation();
    } else if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL' && open.fromKeyboard) {
      event.preventDefault();
      event.stopPropagation();
      layer?.focusCard();
    }
  });

  // A press anywhere in the page outside the card closes it, as a popover does.
  const onPointerDown = safe((event: PointerEvent) => {
    if (open && layer && !event.composedPath().includes(layer.host)) close(false);
  });

  const mutations = new win.MutationObserver(
    safe((records: MutationRecord[]) => {
      const added: Element[] = [];
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1 && node !== layer?.host) added.push(node as Element);
      }
      // Many separate additions at once: one query over the page costs less than one per addition.
      if (added.length > MAX_SCANNED_ROOTS) scan(doc.body ?? doc.documentElement);
      else added.forEach(scan);
      if (drawn.size) requestFrame(); // the page moved things: marks follow
    }),
  );
  const onViewport = safe(() => {
    if (drawn.size) requestFrame();
    if (open && layer?.cardOpen()) layer.placeCard([...lineRects(doc, open.entry.anchor), ...open.entry.anchor.getClientRects()]);
  });

  scan(doc.body ?? doc.documentElement);
  mutations.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('resize', onViewport, { passive: true });
  win.addEventListener('scroll', onViewport, { capture: true, passive: true });

  return safe(() => {
    mutations.disconnect();
    io.disconnect();
    win.clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('resize', onViewport);
    win.removeEventListener('scroll', onViewport, { capture: true });
    layer?.remove();
  });
}
