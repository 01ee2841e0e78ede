import type { OutletSummary, Site } from '@/lib/model/analysis';
import {
  countryName,
  directoryTierLabel,
  lowCredibilityLine,
  formatDate,
  fundingSentence,
  isolate,
  outletKindLabel,
  reliabilityLabel,
  typologyHelp,
  typologyLabel,
} from '@/lib/present/labels';
import { Citations } from './Citations';
import { useMessages } from './i18n';
import { Fact } from './Fact';

/** A line saying which agency or outlet the page's copy comes from, when its credit or metadata says so. */
function Syndicated({ site }: { site: Site }) {
  const m = useMessages();
  return site.syndicatedFrom ? <p class="syndicated">{m.t('outletSyndicated', isolate(site.syndicatedFrom))}</p> : null;
}

/**
 * An outlet the dataset does not know: the page's address (always), and the name the page gives itself set apart
 * as unverified; never that name alone, and never when the page impersonates an outlet (SiteWarning says so).
 */
function UnknownOutlet({ site }: { site: Site }) {
  const m = useMessages();
  const claimed = site.impersonates ? null : site.claimedName;
  return (
    <section class="card outlet-card outlet-unknown" aria-labelledby="outlet-heading" data-outlet="unknown">
      <h2 id="outlet-heading" class="section-title">{m.t('outletHeading')}</h2>
      <p class="outlet-name outlet-address">{site.registrableDomain ?? (site.host || m.t('outletUnknownName'))}</p>
      {claimed ? (
        <p class="outlet-claimed">
          <span>{m.t('outletClaimedName', isolate(claimed))}</span> <span class="unverified">{m.t('outletNotVerified')}</span>
        </p>
      ) : null}
      <Syndicated site={site} />
      <p class="muted">{m.t('outletUnknownDetail')}</p>
    </section>
  );
}

/** Who published the article: funding model in plain words, facts, the dataset's note and its sources. */
export function OutletCard({ outlet, site }: { outlet: OutletSummary | null; site: Site }) {
  const m = useMessages();
  if (!outlet) return <UnknownOutlet site={site} />;
  const country = countryName(outlet.country, m.locale);
  const reviewed = formatDate(m.locale, outlet.reviewed) ?? outlet.reviewed;
  const showParent = outlet.parent && outlet.parent !== outlet.owner;
  const citations = outlet.lowCredibility ? [...outlet.citations, outlet.lowCredibility.citation] : outlet.citations;
  return (
    <section class="card outlet-card" aria-labelledby="outlet-heading" data-outlet={outlet.id}>
      <h2 id="outlet-heading" class="section-title">{m.t('outletHeading')}</h2>
      <p class="outlet-name">{outlet.name}</p>
      {outlet.tier === 'directory' ? <p class="outlet-tier" data-tier="directory">{directoryTierLabel(m, outlet.origin)}</p> : null}
      <p class="outlet-meta muted">
        <span>{outlet.domain}</span>
        <span aria-hidden="true"> · </span>
        <span>{outletKindLabel(m, outlet.kind)}</span>
      </p>
      <Syndicated site={site} />
      <p class="badge" data-funding={outlet.funding}>
        <span class="badge-mark" aria-hidden="true" />
        {fundingSentence(m, outlet.funding, outlet.country)}
      </p>
      <dl class="facts">
        <Fact label={m.t('factCountry')}>{country}</Fact>
        <Fact label={m.t('factOwner')} lang="en">{outlet.owner}</Fact>
        <Fact label={m.t('factParent')} lang="en">{showParent ? outlet.parent : null}</Fact>
        {outlet.typology ? (
          <Fact label={m.t('factTypology')}>
            <span class="typology" data-typology={outlet.typology}>{typologyLabel(m, outlet.typology)}</span>
            <span class="fact-help">{typologyHelp(m, outlet.typology)} {m.t('typologySource')}</span>
          </Fact>
        ) : null}
        {outlet.reliability ? (
          <Fact label={m.t('factReliability')}>
            <span class="reliability" data-reliability={outlet.reliability}>{reliabilityLabel(m, outlet.reliability)}</span>
            <span class="fact-help">{m.t('reliabilityHelp')}</span>
          </Fact>
        ) : null}
        {outlet.lowCredibility ? (
          <Fact label={m.t('factLowCredibility')}>
            <span class="low-credibility" data-category={outlet.lowCredibility.category}>{lowCredibilityLine(m, outlet.lowCredibility.category)}</span>
            <span class="fact-help">{m.t('lowCredibilityHelp')}</span>
          </Fact>
        ) : null}
      </dl>
      <p class="note" lang="en">{outlet.note}</p>
      {citations.length ? (
        <details class="why">
          <summary>{m.t('outletWhy')}</summary>
          <Citations citations={citations} />
        </details>
      ) : null}
      <p class="provenance">
        {outlet.tier === 'directory' ? m.t('provenanceDirectory', [reviewed, outlet.domain]) : m.t('provenanceDomain', [reviewed, outlet.domain])}
      </p>
    </section>
  );
}
