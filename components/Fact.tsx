import type { ComponentChildren } from 'preact';

/** One row of a facts list; renders nothing when there is no value. */
export function Fact({ label, lang, children }: { label: string; lang?: string; children: ComponentChildren }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}
