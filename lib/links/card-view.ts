import type { LinkOutlet } from '../messaging/protocol';
import type { Translate } from '../annotate/card';

/**
 * The outlet card a link mark opens: the popup card's facts (name, kind, tier, funding, the facts list, the
 * dataset's note, its sources, provenance) as DOM built with textContent only. A non-modal dialog.
 */

export interface LinkCardView {
  readonly card: HTMLElement;
  fill(outlet: LinkOutlet, keyboardHint: boolean): void;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

export function createLinkCard(doc: Document, t: Translate, onClose: () => void): LinkCardView {
  const card = element(doc, 'div', { class: 'card', role: 'dialog', 'aria-labelledby': 'card-title', tabindex: '-1', hidden: '' });
  const close = element(doc, 'button', { type: 'button', class: 'close', 'aria-label': t('links_close') }, '×');
  close.addEventListener('click', onClose);
  const body = element(doc, 'div');
  card.append(body, close);

  return {
    card,
    fill(outlet, keyboardHint) {
      const kind = element(doc, 'p', { class: 'kind' }, `${outlet.kind} · ${outlet.domain}`);
      const title = element(doc, 'h2', { id: 'card-title' }, outlet.name);
      const funding = element(doc, 'p', { class: 'funding' });
      const code = element(doc, 'span', { class: 'code', 'aria-hidden': 'true' }, outlet.code);
      code.style.background = outlet.colour;
      code.style.color = outlet.textColour;
      funding.append(code, element(doc, 'span', {}, outlet.funding));
      const parts: HTMLElement[] = [kind, title];
      if (outlet.tier) parts.push(element(doc, 'p', { class: 'tier' }, outlet.tier));
      parts.push(funding);
      if (outlet.facts.length) {
        const list = element(doc, 'dl', { class: 'facts' });
        for (const fact of outlet.facts) list.append(element(doc, 'dt', {}, fact.label), element(doc, 'dd', {}, fact.value));
        parts.push(list);
      }
      if (outlet.note) parts.push(element(doc, 'p', { class: 'note', lang: 'en' }, outlet.note));
      if (outlet.citations.length) {
        const why = element(doc, 'details');
        const list = element(doc, 'ul');
        for (const citation of outlet.citations) {
          const item = element(doc, 'li');
          item.append(element(doc, 'a', { href: citation.url, target: '_blank', rel: 'noopener noreferrer' }, citation.title));
          list.append(item);
        }
        why.append(element(doc, 'summary', {}, t('outletWhy')), list);
        parts.push(why);
      }
      parts.push(element(doc, 'p', { class: 'muted' }, outlet.provenance));
      if (keyboardHint) parts.push(element(doc, 'p', { class: 'muted hint' }, t('links_cardHint')));
      body.replaceChildren(...parts);
    },
  };
}
