import type { Site } from '@/lib/model/analysis';
import { domainList, isolate } from '@/lib/present/labels';
import { useMessages } from './i18n';

/** The warning for a page that presents itself as an outlet of the dataset while not on that outlet's domains. */
export function SiteWarning({ site }: { site: Site }) {
  const m = useMessages();
  const target = site.impersonates;
  if (!target) return null;
  return (
    <section class="card site-warning" aria-labelledby="site-warning-heading" data-impersonates={target.id}>
      <h2 id="site-warning-heading" class="site-warning-title">
        <span aria-hidden="true">⚠ </span>
        {m.t('siteWarningHeading')}
      </h2>
      <p class="site-warning-text">{m.t('siteWarningText', [isolate(target.claimedAs), isolate(target.name), domainList(target.domains)])}</p>
      <p>{m.t('siteWarningDetail', isolate(target.name))}</p>
    </section>
  );
}
