import type { Attribution } from '@/lib/model/analysis';

export function SourceList({ attributions }: { attributions: readonly Attribution[] }) {
  return (
    <section class="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Who is quoted ({attributions.length})</h2>
      {attributions.length === 0 ? (
        <p class="muted">No attributed sources found.</p>
      ) : (
        <ul class="source-list">
          {attributions.map((a, i) => (
            <li key={i} class="source" data-kind={a.kind}>
              <span class="speaker">{a.speaker}</span>
              {a.role ? <span class="role">, {a.role}</span> : null}
              <span class="cue muted"> · {a.cue}{a.cueTone === 'loaded' ? ' (loaded word)' : ''}</span>
              {a.text ? <q class="quote">{a.text}</q> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
