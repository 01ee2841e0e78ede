import type { Attribution, EntityRef } from '@/lib/model/analysis';
import { countryName, entityTypeLabel, formatList, isolate } from '@/lib/present/labels';
import { groupSources, type GroupedSource } from '@/lib/present/sources';
import { Citations } from './Citations';
import { useMessages } from './i18n';
import { Quote } from './Quote';
import type { OnReveal } from './reveal';
import { Fact } from './Fact';

/** Every attributed source, grouped by kind (officials, NGOs, media, anonymous, documents). */
export function SourceList({
  attributions,
  lang = null,
  onReveal,
}: {
  attributions: readonly Attribution[];
  /** The article's language, for page text. */
  lang?: string | null;
  onReveal: OnReveal;
}) {
  const m = useMessages();
  const groups = groupSources(attributions);
  return (
    <section class="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="section-title">
        {m.t('sourcesHeading')} <span class="count">{attributions.length}</span>
      </h2>
      {groups.length === 0 ? <p class="muted">{m.t('sourcesNone')}</p> : null}
      <p id="sources-reveal-hint" hidden>
        {m.t('revealInPage')}
      </p>
      {groups.map(({ group, items }) => (
        <section key={group} class="source-group" data-group={group} aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`} class="group-title">
            {m.maybe(`group_${group}`)} <span class="count">{items.length}</span>
          </h3>
          <ul class="source-list">
            {items.map((item) => (
              <SourceItem key={item.index} item={item} lang={lang} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function SourceItem({ item, lang, onReveal }: { item: GroupedSource; lang: string | null; onReveal: OnReveal }) {
  const m = useMessages();
  const a = item.attribution;
  const described = [a.role, a.affiliation].filter((x): x is string => !!x).join(', ');
  const loaded = a.cueTone === 'loaded';
  return (
    <li class={item.repeat ? 'source repeat' : 'source'} data-kind={a.kind} data-mode={a.mode}>
      <div class="source-head">
        <button
          type="button"
          class="reveal"
          title={m.t('revealInPage')}
          aria-describedby="sources-reveal-hint"
          onClick={() => onReveal({ kind: 'attribution', index: item.index })}
        >
          <span class="speaker">{a.speaker}</span>
        </button>
        {described && !item.repeat ? <span class="role">{described}</span> : null}
      </div>
      <p class="source-meta">
        <span class="cue" data-tone={a.cueTone} title={loaded ? m.t('cueLoadedHelp') : undefined}>
          {loaded ? (
            <>
              <span class="cue-flag">
                <span aria-hidden="true">⚠ </span>
                {m.t('cueLoaded')}
              </span>{' '}
            </>
          ) : null}
          <span class="visually-hidden">{m.t('cueLabel')} </span>
          <span class="cue-word">{a.cue}</span>
        </span>
        <span class="mode">{m.maybe(`mode_${a.mode}`)}</span>
        {a.via ? <span class="via">{m.t('via', isolate(a.via))}</span> : null}
      </p>
      {a.text && a.mode !== 'credit' ? <Quote text={a.text} direct={a.mode === 'direct'} lang={lang} /> : null}
      {a.qualifiers.length ? <p class="qualifiers small muted">{m.t('qualifiers', formatList(m.locale, a.qualifiers))}</p> : null}
      {a.entity && !item.repeat ? <EntityDetails entity={a.entity} /> : null}
    </li>
  );
}

function EntityDetails({ entity }: { entity: EntityRef }) {
  const m = useMessages();
  const country = countryName(entity.country, m.locale);
  return (
    <details class="entity" data-entity={entity.id}>
      <summary>{m.t('datasetKnows')}</summary>
      <dl class="facts">
        <Fact label={m.t('entityType')}>{entityTypeLabel(m, entity.type)}</Fact>
        <Fact label={m.t('factCountry')}>{country}</Fact>
        <Fact label={m.t('entityRunBy')} lang="en">{entity.affiliation}</Fact>
      </dl>
      <p class="note" lang="en">{entity.note}</p>
      <Citations citations={entity.citations} />
    </details>
  );
}
