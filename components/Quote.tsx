import { useState } from 'preact/hooks';
import { truncateAtWord } from '@/lib/present/labels';
import { useMessages } from './i18n';

const COLLAPSE_AT = 180;

/** Page text, collapsed when long, with a button to show all of it. Rendered as text only. */
export function Quote({
  text,
  direct,
  class: className,
  id,
  lang,
}: {
  text: string;
  direct: boolean;
  class?: string;
  id?: string;
  /** The article's language, so quotation marks and screen-reader voices follow the page text. */
  lang?: string | null;
}) {
  // A paraphrase or a claim is not a quotation: its button says "Show all" rather than "Show full quote".
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const { short, truncated } = truncateAtWord(text, COLLAPSE_AT);
  const shown = open || !truncated ? text : short;
  return (
    <div id={id} class={className ?? 'quote'} data-mode={direct ? 'direct' : 'indirect'}>
      {direct ? <q lang={lang ?? undefined}>{shown}</q> : <span lang={lang ?? undefined}>{shown}</span>}
      {truncated ? (
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? m.t('quoteLess') : direct ? m.t('quoteMore') : m.t('textMore')}
        </button>
      ) : null}
    </div>
  );
}
