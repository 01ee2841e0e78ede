import type { AnnotationItem } from '../messaging/protocol';
import { placeCard } from './placement';

/**
 * The annotations' one piece of UI in the page: a single host element with a CLOSED shadow root holding a
 * compact keyboard control (screen corner), the details card (a non-modal dialog) and a live region.
 * Page CSS cannot reach inside, and nothing inside can style the page. Text goes in through textContent only.
 */

export type Translate = (key: string, substitutions?: string[]) => string;

export interface CardView {
  readonly host: HTMLElement;
  readonly control: HTMLButtonElement;
  readonly card: HTMLElement;
  /** Fills the card for `item` and places it next to (never over) `anchor`; `focus` moves focus into it. */
  show(item: AnnotationItem, anchor: Range, focus: boolean): void;
  /** Re-places the open card after a scroll or resize. */
  place(anchor: Range): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether focus is inside the shadow root (the control or the card). */
  hasFocus(): boolean;
  /** Whether focus is inside the card. */
  cardHasFocus(): boolean;
  announce(text: string): void;
  remove(): void;
}

const TONE_ICONS: Record<AnnotationItem['tone'], string> = { neutral: '', loaded: '⚠', disputed: '✕', supported: '✓' };

/** The card's colours, light and dark; tests hold them to WCAG AA (text 4.5:1, borders and focus rings 3:1). */
export const CARD_COLORS = {
  light: { text: '#1b1b1f', muted: '#45464d', background: '#ffffff', border: '#55565c', focus: '#1a5fd0' },
  dark: { text: '#f2f2f5', muted: '#c9cad1', background: '#202126', border: '#a0a1a8', focus: '#8ab4ff' },
} as const;
const { light, dark } = CARD_COLORS;

const STYLES = `
:host{all:initial}
*{box-sizing:border-box}
.control,.card{position:fixed;z-index:2147483647;font:14px/1.45 system-ui,sans-serif;color:${light.text};background:${light.background};border:1px solid ${light.border};border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.control{right:12px;bottom:12px;padding:4px 10px;cursor:pointer;font-size:13px}
.control:focus-visible,.card:focus-visible,.close:focus-visible{outline:3px solid ${light.focus};outline-offset:2px}
.card{max-width:min(380px,calc(100vw - 16px));max-height:min(60vh,420px);overflow:auto;padding:10px 34px 10px 12px}
.card[hidden]{display:none}
.kind{margin:0;font-size:12px;color:${light.muted};text-transform:uppercase;letter-spacing:.04em}
h2{margin:2px 0 6px;font-size:15px;font-weight:650}
ul{margin:0;padding:0 0 0 16px}
li{margin:2px 0}
.close{position:absolute;top:6px;right:6px;width:24px;height:24px;border:0;border-radius:4px;background:transparent;color:inherit;font-size:18px;line-height:1;cursor:pointer}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){
.control,.card{color:${dark.text};background:${dark.background};border-color:${dark.border}}
.kind{color:${dark.muted}}
.control:focus-visible,.card:focus-visible,.close:focus-visible{outline-color:${dark.focus}}
}
@media (forced-colors:active){.control,.card{border-color:CanvasText}}`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

export function createCardView(doc: Document, t: Translate, count: number, onClose: () => void): CardView {
  const win = doc.defaultView!;
  const host = element(doc, 'sourcelight-annotations' as 'div');
  // The host itself is in the page's tree: keep page rules off it (inline !important beats author rules).
  host.setAttribute('style', 'all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483647 !important;display:block !important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = element(doc, 'style', {}, STYLES);
  const control = element(doc, 'button', { type: 'button', class: 'control', 'aria-describedby': 'help', 'aria-keyshortcuts': 'Alt+Shift+A ArrowDown ArrowUp Enter Escape' }, t('annot_control', [String(count)]));
  const help = element(doc, 'span', { id: 'help', class: 'sr' }, t('annot_controlHelp'));
  const card = element(doc, 'div', { class: 'card', role: 'dialog', 'aria-labelledby': 'title', 'aria-describedby': 'lines', tabindex: '-1', hidden: '' });
  const kind = element(doc, 'p', { class: 'kind' });
  const icon = element(doc, 'span', { 'aria-hidden': 'true' });
  const kindText = element(doc, 'span');
  kind.append(icon, kindText);
  const title = element(doc, 'h2', { id: 'title' });
  const lines = element(doc, 'ul', { id: 'lines' });
  const close = element(doc, 'button', { type: 'button', class: 'close', 'aria-label': t('annot_close') }, '×');
  const live = element(doc, 'div', { class: 'sr', role: 'status' });
  close.addEventListener('click', onClose);
  card.append(kind, title, lines, close);
  const region = element(doc, 'section', { 'aria-label': t('annot_region') });
  region.append(control, help, card, live);
  root.append(style, region);
  doc.documentElement.append(host);

  const place = (anchor: Range) => {
    const box = card.getBoundingClientRect();
    const where = placeCard([...anchor.getClientRects()], box, { width: win.innerWidth, height: win.innerHeight });
    card.style.left = `${where.left}px`;
    card.style.top = `${where.top}px`;
  };

  return {
    host,
    control,
    card,
    show(item, anchor, focus) {
      icon.textContent = TONE_ICONS[item.tone] && `${TONE_ICONS[item.tone]} `;
      kindText.textContent = t(`annot_kind_${item.kind}`);
      title.textContent = item.title;
      lines.replaceChildren(...item.lines.map((text) => element(doc, 'li', {}, text)));
      card.hidden = false;
      place(anchor);
      if (focus) card.focus({ preventScroll: true });
    },
    place,
    hide() {
      card.hidden = true;
    },
    isOpen: () => !card.hidden,
    hasFocus: () => root.activeElement !== null,
    cardHasFocus: () => card.contains(root.activeElement),
    announce(text) {
      live.textContent = text;
    },
    remove() {
      host.remove();
    },
  };
}
