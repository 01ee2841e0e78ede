import { countryName, fundingSentence, TYPOLOGY_LABELS } from '@/lib/present/labels';
import type { OutletSummary } from '@/lib/model/analysis';
import { Citations } from './Citations';

export function OutletCard({ outlet, siteName }: { outlet: OutletSummary | null; siteName: string | null }) {
  if (!outlet) {
    return (
      <section class="card outlet-card outlet-unknown" aria-labelledby="outlet-heading" data-outlet="unknown">
        <h2 id="outlet-heading">Publisher</h2>
        <p class="outlet-name">{siteName ?? 'Unknown outlet'}</p>
        <p class="muted">Unknown outlet: Sourcelight's dataset has no record of this publisher.</p>
      </section>
    );
  }
  const country = countryName(outlet.country);
  return (
    <section class="card outlet-card" aria-labelledby="outlet-heading" data-outlet={outlet.id}>
      <h2 id="outlet-heading">Publisher</h2>
      <p class="outlet-name">{outlet.name}</p>
      <p class="badge" data-funding={outlet.funding}>
        {fundingSentence(outlet.funding, outlet.country)}
      </p>
      <dl class="facts">
        {country ? (<><dt>Country</dt><dd>{country}</dd></>) : null}
        {outlet.owner ? (<><dt>Owner</dt><dd>{outlet.owner}</dd></>) : null}
        {outlet.typology ? (<><dt>State media type</dt><dd>{TYPOLOGY_LABELS[outlet.typology]} ({outlet.typology})</dd></>) : null}
      </dl>
      <p class="note">{outlet.note}</p>
      {outlet.matchedBy === 'publisher-metadata' ? (
        <p class="muted match-basis">Identified from the publisher named in the page itself, not from its address.</p>
      ) : null}
      <Citations citations={outlet.citations} reviewed={outlet.reviewed} />
    </section>
  );
}
