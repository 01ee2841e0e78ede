import type { AnnotationItem } from '../messaging/protocol';
import { createCardView, type Translate } from './card';
import { applyHighlights } from './highlight';
import { rangeAtPoint } from './hit-test';
import { createFlasher } from './reveal';
import { buildTextMap, rangesForSpans } from './text-map';
import { safe } from './safe';

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 400;
const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight', 'n', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft', 'p', 'k']);


/**
 * Draws annotations in the live page: highlights (no DOM change) plus the details card, opened by hovering the
 * text or from the keyboard control. Returns the function that removes all of it (highlights, styles, host,
 * listeners). Draws nothing where the page's text cannot be found or the Highlight API is missing.
 */
export function drawAnnotations(
  win: Window,
  doc: Document,
  paragraphs: readonly string[],
  items: readonly AnnotationItem[],
  t: Translate,
): () => void {
  const found = rangesForSpans(doc, buildTextMap(doc.body ?? doc.documentElement), paragraphs, items.map((item) => item.span));
  const placed = items.flatMap((item, i) => (found[i] ? [{ item, range: found[i] }] : []));
  const rangesOf = (kind: AnnotationItem['kind']) => placed.filter((p) => p.item.kind === kind).map((p) => p.range);
  const removeHighlights = placed.length ? applyHighlights(win, doc, { source: rangesOf('source'), claim: rangesOf('claim') }) : null;
  if (!removeHighlights) return () => {};

  const ranges = placed.map((p) => p.range);
  const flasher = createFlasher(win, doc);
  let current = -1; // the keyboard's position in `placed`
  let open = -1; // the item whose card is showing
  let pinned = false; // opened from the keyboard: only the keyboard (or the close button) closes it
  let timer = 0;
  let frame = 0;
  let pointer = { x: 0, y: 0, overCard: false };

  const close = (returnFocus: boolean) => {
    if (!view.isOpen()) return;
    const hadFocus = view.hasFocus();
    view.hide();
    open = -1;
    if (returnFocus && hadFocus) view.control.focus();
  };
  const view = createCardView(doc, t, placed.length, safe(() => close(true)));

  const show = (index: number, focus: boolean, fromKeyboard: boolean) => {
    open = index;
    pinned = fromKeyboard;
    view.show(placed[index]!.item, placed[index]!.range, focus);
  };

  const step = (to: number, focusCard: boolean) => {
    current = (to + placed.length) % placed.length;
    const { item, range } = placed[current]!;
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      // Instant, so the card is placed against where the text ends up.
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    flasher.flash(range);
    show(current, focusCard, true);
    view.announce(t('annot_position', [String(current + 1), String(placed.length), item.title]));
  };

  const onControlKey = safe((event: KeyboardEvent) => {
    const inCard = view.isOpen() && view.cardHasFocus();
    if (NEXT_KEYS.has(event.key)) step(current + 1, inCard);
    else if (PREVIOUS_KEYS.has(event.key)) step(current < 0 ? -1 : current - 1, inCard);
    else if (event.key === 'Home') step(0, inCard);
    else if (event.key === 'End') step(-1, inCard);
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  const onActivate = safe(() => step(Math.max(current, 0), true));
  const onPageKey = safe((event: KeyboardEvent) => {
    if (event.key === 'Escape' && view.isOpen()) close(true);
    // Alt+Shift+A from anywhere in the page jumps to the control, so no one has to Tab through the whole page.
    // Not while typing: on some layouts Alt+Shift+A writes a character.
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!typing && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyA') {
      event.preventDefault();
      view.control.focus();
    }
  });

  const hover = safe(() => {
    frame = 0;
    win.clearTimeout(timer);
    if (pointer.overCard) return;
    const index = rangeAtPoint(doc, ranges, pointer.x, pointer.y);
    if (index >= 0 && index !== open) {
      timer = win.setTimeout(safe(() => show((current = index), false, false)), OPEN_DELAY_MS);
    } else if (index < 0 && view.isOpen() && !pinned) {
      timer = win.setTimeout(safe(() => close(false)), CLOSE_DELAY_MS);
    }
  });
  const onPointerMove = safe((event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY, overCard: event.target === view.host };
    frame ||= win.requestAnimationFrame(hover);
  });
  const onViewportChange = safe(() => {
    if (open >= 0) view.place(placed[open]!.range);
  });

  view.host.addEventListener('keydown', onControlKey);
  view.control.addEventListener('click', onActivate);
  win.addEventListener('keydown', onPageKey, true);
  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  win.addEventListener('resize', onViewportChange, { passive: true });

  return safe(() => {
    win.clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('keydown', onPageKey, true);
    doc.removeEventListener('pointermove', onPointerMove, { capture: true });
    win.removeEventListener('scroll', onViewportChange, { capture: true });
    win.removeEventListener('resize', onViewportChange);
    removeHighlights();
    flasher.clear();
    view.remove();
  });
}
