import type { SourcingProfile as Profile } from '@/lib/model/analysis';
import { formatList, formatShare, isolate } from '@/lib/present/labels';
import { shareRows } from '@/lib/present/profile';
import { useMessages } from './i18n';

/** Who gets how much of the quoted text: plain HTML bars, each with its value written out. */
export function SourcingProfile({ profile }: { profile: Profile }) {
  const m = useMessages();
  const rows = shareRows(profile);
  return (
    <section class="card profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading" class="section-title">{m.t('profileHeading')}</h2>
      <h3 id="profile-share" class="subhead">{m.t('profileShareCaption')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{m.t('profileNoQuotes')}</p>
      ) : (
        <ul class="bars" aria-labelledby="profile-share">
          {rows.map((row, i) => (
            <li key={i} class={row.folded ? 'bar-row bar-others' : 'bar-row'}>
              <span class="bar-label" title={row.folded ? undefined : row.speaker}>
                {row.folded ? m.t('profileOthers', String(row.folded)) : row.speaker}
              </span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${row.width}%` }} />
              </span>
              <span class="bar-value">{formatShare(m.locale, row.share)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="profile-anonymous" data-anonymous={profile.anonymousShare > 0 ? 'yes' : 'no'}>
        {profile.anonymousShare > 0
          ? m.t('profileAnonymous', formatShare(m.locale, profile.anonymousShare))
          : m.t('profileNoAnonymous')}
      </p>
      {profile.sides.length ? (
        <>
          <h3 id="profile-sides" class="subhead">{m.t('profileSides')}</h3>
          <dl class="sides" aria-labelledby="profile-sides">
            {profile.sides.map((side, i) => (
              <div key={i}>
                <dt class="side-label" lang="en">{side.label}</dt>
                <dd class="side-speakers">{formatList(m.locale, side.speakers.map(isolate))}</dd>
              </div>
            ))}
          </dl>
          {profile.sides.length === 1 ? <p class="muted small">{m.t('profileOneSide')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
