import type { CitationRef } from '@/lib/model/analysis';

export function Citations({ citations, reviewed }: { citations: readonly CitationRef[]; reviewed?: string }) {
  if (!citations.length) return null;
  return (
    <div class="citations">
      <span class="muted">Sources{reviewed ? ` (reviewed ${reviewed})` : ''}: </span>
      {citations.map((citation, i) => (
        <>
          {i > 0 ? ', ' : null}
          <a href={citation.url} target="_blank" rel="noopener noreferrer">
            {citation.title}
          </a>
        </>
      ))}
    </div>
  );
}
