import { useState } from 'preact/hooks';
import type { EntityRef } from '@/lib/model/analysis';
import { countPhrase } from '@/lib/present/counts';
import { languageName } from '@/lib/present/coverage';
import { countryName, entityTypeLabel, formatList, formatShare, isolate } from '@/lib/present/labels';
import { countSources, type Source, type SourceGroupView, type Statement } from '@/lib/present/sources';
import { Citations } from './Citations';
import { Fact } from './Fact';
import { useMessages } from './i18n';
import { Quote } from './Quote';
import type { OnReveal } from './reveal';

/** Who is quoted: one row per source, grouped by what the source is, its statements under a disclosure. */
export function SourceList({
  groups,
  unreadLanguage = null,
  lang = null,
  onReveal,
}: {
  groups: readonly SourceGroupView[];
  /** The page's language when Sourcelight has no lexicon for it: said instead of "no sources". */
  unreadLanguage?: string | null;
  /** The article's language, for page text. */
  lang?: string | null;
  onReveal: OnReveal;
}) {
  const m = useMessages();
  const count = countSources(groups);
  return (
    <section class="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="section-title">
        {m.t('sourcesHeading')} <span class="count">{count}</span>
      </h2>
      {unreadLanguage ? (
        <p class="sources-unread" data-lang={unreadLanguage}>
          {m.t('sourcesUnreadLanguage', languageName(unreadLanguage, m.locale))}
        </p>
      ) : count === 0 ? (
        <p class="muted">{m.t('sourcesNone')}</p>
      ) : null}
      {groups.map(({ group, sources }) => (
        <section key={group} class="source-group" data-group={group} aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`} class="group-title">
            {m.maybe(`group_${group}`)} <span class="count">{sources.length}</span>
          </h3>
          <ul class="source-list">
            {sources.map((source) => (
              <SourceRow key={source.anchor} source={source} lang={lang} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function SourceRow({ source, lang, onReveal }: { source: Source; lang: string | null; onReveal: OnReveal }) {
  const m = useMessages();
  const [step, setStep] = useState(-1);
  const total = source.statements.length;
  const described = [source.role, source.affiliation].filter((x): x is string => !!x).join(', ');
  const reveal = () => {
    const next = (step + 1) % total;
    setStep(next);
    onReveal({ kind: 'attribution', index: source.statements[next]!.index });
  };
  return (
    <li class="source" id={source.anchor} data-kind={source.kind} data-group={source.group}>
      <div class="source-head">
        <span class="speaker">{source.name}</span>
        {described ? <span class="role">{described}</span> : null}
      </div>
      <p class="source-meta">
        <span class="source-kind">{m.maybe(`sourceKind_${source.kind}`)}</span>
        {source.creditOnly ? (
          <span class="share">{m.t('mode_credit')}</span>
        ) : (
          <span class="share">{m.t('sourceShare', formatShare(m.locale, source.share))}</span>
        )}
        <CueTone source={source} />
      </p>
      <div class="source-actions">
        <button type="button" class="reveal" aria-describedby={`${source.anchor}-step`} onClick={reveal}>
          {step >= 0 && total > 1 ? m.t('revealNext') : m.t('revealInPage')}
        </button>
        <span id={`${source.anchor}-step`} class="reveal-step muted" aria-live="polite">
          {step >= 0 && total > 1 ? m.t('revealStep', [String(step + 1), String(total)]) : ''}
        </span>
      </div>
      <details class="statements" open={total === 1}>
        <summary>{countPhrase(m, total, 'statement')}</summary>
        <ol class="statement-list">
          {source.statements.map((statement, i) => (
            <StatementItem key={statement.index} statement={statement} current={i === step} lang={lang} />
          ))}
        </ol>
      </details>
      {source.entity ? <EntityDetails entity={source.entity} /> : null}
    </li>
  );
}

function CueTone({ source }: { source: Source }) {
  const m = useMessages();
  const loaded = source.tone === 'loaded';
  return (
    <span class="cue" data-tone={source.tone} title={loaded ? m.t('cueLoadedHelp') : undefined}>
      {loaded ? (
        <>
          <span class="cue-flag">
            <span aria-hidden="true">⚠ </span>
            {m.t('cueLoaded')}
          </span>{' '}
        </>
      ) : null}
      <span class="visually-hidden">{m.t('cueLabel')} </span>
      <span class="cue-word">{formatList(m.locale, loaded ? source.loadedCues : source.cues)}</span>
    </span>
  );
}

function StatementItem({ statement, current, lang }: { statement: Statement; current: boolean; lang: string | null }) {
  const m = useMessages();
  const a = statement.attribution;
  return (
    <li class="statement" data-index={statement.index} data-mode={a.mode} aria-current={current ? 'step' : undefined}>
      <p class="statement-meta">
        <span class="cue-word" data-tone={a.cueTone}>{a.cue}</span>
        <span class="mode">{m.maybe(`mode_${a.mode}`)}</span>
        {a.via ? <span class="via">{m.t('via', isolate(a.via))}</span> : null}
      </p>
      {a.text && a.mode !== 'credit' ? <Quote text={a.text} direct={a.mode === 'direct'} lang={lang} /> : null}
      {a.qualifiers.length ? <p class="qualifiers small muted">{m.t('qualifiers', formatList(m.locale, a.qualifiers))}</p> : null}
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
