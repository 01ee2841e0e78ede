import type { CitationRef } from '@/lib/model/analysis';
import { ExternalLink } from './ExternalLink';

/** The references behind a dataset record, each opening in a new tab. */
export function Citations({ citations }: { citations: readonly CitationRef[] }) {
  if (!citations.length) return null;
  return (
    <ul class="citations">
      {citations.map((citation, i) => (
        <li key={i}>
          <ExternalLink href={citation.url}>{citation.title}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}
