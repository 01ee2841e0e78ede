import { CARD_COLORS, type Translate } from '../annotate/card';
import { placeCard, type Box } from '../annotate/placement';
import type { LinkOutlet } from '../messaging/protocol';
import { createLinkCard } from './card-view';

/**
 * Link marks' one element in the page: a host with a CLOSED shadow root, laid over the document at its top-left
 * corner, holding the marks (placed from the links' rectangles, never inserted beside the links), the outlet
 * card and a live region. Page CSS cannot reach inside, and nothing inside can style the page.
 */

export const HOST_TAG = 'sourcelight-links';
export const MARK_SIZE = { width: 30, height: 16 } as const;

export interface MarkLayer {
  readonly host: HTMLElement;
  readonly card: HTMLElement;
  /** The host's corner in viewport coordinates: marks are placed relative to it (a read; call in a read phase). */
  origin(): { left: number; top: number };
  /** Shows `outlet`'s mark at `position` (host coordinates), creating it once per key. */
  placeMark(key: object, outlet: LinkOutlet, position: { left: number; top: number }): HTMLElement;
  removeMark(key: object): void;
  openCard(outlet: LinkOutlet, anchor: readonly Box[], keyboardHint: boolean): void;
  /** Places the open card again (after a scroll or resize). */
  placeCard(anchor: readonly Box[]): void;
  closeCard(): void;
  cardOpen(): boolean;
  cardHasFocus(): boolean;
  focusCard(): void;
  announce(text: string): void;
  remove(): void;
}

const { light, dark } = CARD_COLORS;
const STYLES = `
:host{all:initial}
*{box-sizing:border-box}
.mark{position:absolute;left:0;top:0;pointer-events:auto;min-width:${MARK_SIZE.width}px;height:${MARK_SIZE.height}px;padding:0 3px;border-radius:3px;font:700 10px/${MARK_SIZE.height}px system-ui,sans-serif;text-align:center;letter-spacing:.02em;cursor:help;box-shadow:0 0 0 1px rgba(255,255,255,.85);user-select:none}
.card{position:fixed;pointer-events:auto;z-index:2147483647;max-width:min(360px,calc(100vw - 16px));max-height:min(70vh,460px);overflow:auto;padding:10px 34px 10px 12px;font:14px/1.45 system-ui,sans-serif;color:${light.text};background:${light.background};border:1px solid ${light.border};border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.card[hidden]{display:none}
.card:focus-visible,.close:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid ${light.focus};outline-offset:2px}
.kind,.muted{margin:4px 0 0;font-size:12px;color:${light.muted}}
.kind{margin:0;text-transform:uppercase;letter-spacing:.04em}
h2{margin:2px 0 4px;font-size:15px;font-weight:650}
.tier{margin:0 0 4px;font-size:12px;font-style:italic}
.funding{margin:4px 0}
.code{display:inline-block;min-width:26px;margin-inline-end:6px;padding:0 4px;border-radius:3px;font:700 11px/16px system-ui,sans-serif;text-align:center}
.facts{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:6px 0;font-size:13px}
dt{color:${light.muted}}dd{margin:0}
.note{margin:6px 0;font-size:13px}
details{margin:4px 0;font-size:13px}summary{cursor:pointer}
ul{margin:4px 0 0;padding:0 0 0 16px}
a{color:${light.focus}}
.close{position:absolute;top:6px;right:6px;width:24px;height:24px;border:0;border-radius:4px;background:transparent;color:inherit;font-size:18px;line-height:1;cursor:pointer}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){
.card{color:${dark.text};background:${dark.background};border-color:${dark.border}}
.kind,.muted,dt{color:${dark.muted}}
a{color:${dark.focus}}
.card:focus-visible,.close:focus-visible,a:focus-visible,summary:focus-visible{outline-color:${dark.focus}}
.mark{box-shadow:0 0 0 1px rgba(0,0,0,.85)}
}
@media (forced-colors:active){.card,.mark{border:1px solid CanvasText}}`;

/** Pointer events inside the layer, which the page (and a listener on the document) cannot see into. */
export interface LayerEvents {
  onClose(): void;
  onMarkEnter(key: object): void;
  onMarkClick(key: object): void;
  onCardEnter(): void;
  /** The pointer left the marks and the card for the page. */
  onLeave(): void;
}

export function createMarkLayer(doc: Document, t: Translate, events: LayerEvents): MarkLayer {
  const win = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  // The host is in the page's tree: keep page rules off it (inline !important beats author rules).
  host.setAttribute('style', 'all:initial !important;position:absolute !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;z-index:2147483647 !important;display:block !important;pointer-events:none !important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const region = doc.createElement('section');
  region.setAttribute('aria-label', t('links_region'));
  const marks = doc.createElement('div');
  const view = createLinkCard(doc, t, events.onClose);
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  region.append(marks, view.card, live);
  root.append(style, region);
  doc.documentElement.append(host);

  const byKey = new Map<object, HTMLElement>();
  const keys = new WeakMap<EventTarget, object>();
  const place = (anchor: readonly Box[]) => {
    const box = view.card.getBoundingClientRect();
    const where = placeCard(anchor, box, { width: win.innerWidth, height: win.innerHeight });
    view.card.style.left = `${where.left}px`;
    view.card.style.top = `${where.top}px`;
  };
  root.addEventListener('pointerover', (event) => {
    const key = event.target ? keys.get(event.target) : undefined;
    if (key) events.onMarkEnter(key);
    else if (view.card.contains(event.target as Node)) events.onCardEnter();
  });
  root.addEventListener('pointerout', (event) => {
    const to = (event as PointerEvent).relatedTarget as Node | null;
    if (!to || !root.contains(to)) events.onLeave();
  });
  root.addEventListener('click', (event) => {
    const key = event.target ? keys.get(event.target) : undefined;
    if (key) events.onMarkClick(key);
  });

  return {
    host,
    card: view.card,
    origin() {
      const box = host.getBoundingClientRect();
      return { left: box.left, top: box.top };
    },
    placeMark(key, outlet, position) {
      let mark = byKey.get(key);
      if (!mark) {
        mark = doc.createElement('span');
        mark.className = 'mark';
        mark.setAttribute('role', 'img');
        byKey.set(key, mark);
        keys.set(mark, key);
        marks.append(mark);
      }
      if (mark.dataset.outlet !== outlet.id) {
        mark.dataset.outlet = outlet.id;
        mark.textContent = outlet.code;
        mark.setAttribute('aria-label', outlet.label);
        mark.style.background = outlet.colour;
        mark.style.color = outlet.textColour;
      }
      mark.style.transform = `translate(${Math.round(position.left)}px,${Math.round(position.top)}px)`;
      return mark;
    },
    removeMark(key) {
      byKey.get(key)?.remove();
      byKey.delete(key);
    },
    openCard(outlet, anchor, keyboardHint) {
      view.fill(outlet, keyboardHint);
      view.card.hidden = false;
      place(anchor);
    },
    placeCard: place,
    closeCard() {
      view.card.hidden = true;
    },
    cardOpen: () => !view.card.hidden,
    cardHasFocus: () => view.card.contains(root.activeElement),
    focusCard: () => view.card.focus({ preventScroll: true }),
    announce(text) {
      live.textContent = text;
    },
    remove() {
      host.remove();
    },
  };
}
