import type { ComponentChildren } from 'preact';
import { safeHref } from '@/lib/present/labels';
import { useMessages } from './i18n';

/** A link that opens in a new tab, says so to screen readers, and is plain text when the URL is not http(s). */
export function ExternalLink({ href, children, class: className }: { href: string | null; children: ComponentChildren; class?: string }) {
  const m = useMessages();
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> {m.t('opensInNewTab')}</span>
    </a>
  );
}
