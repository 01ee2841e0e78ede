import { useState } from 'preact/hooks';
import type { Claim, ClaimNote } from '@/lib/model/analysis';
import type { PageClaimReview } from '@/lib/model/page';
import { claimsInOrder, notesByDate } from '@/lib/present/claims';
import { anchorOf, type Source } from '@/lib/present/sources';
import { formatDate, formatShare, isolate, STANCE_ICONS } from '@/lib/present/labels';
import { ExternalLink } from './ExternalLink';
import { useMessages } from './i18n';
import { Quote } from './Quote';
import type { OnReveal } from './reveal';

/** Check-worthy claims with their claimant, figures and what other sources say, oldest note first. */
export function ClaimList({
  claims,
  pageClaimReviews,
  sources,
  lang = null,
  onReveal,
}: {
  claims: readonly Claim[];
  pageClaimReviews: readonly PageClaimReview[];
  /** The sources list's rows: a claimant links to its row through the same `anchorOf` the rows use. */
  sources: readonly Source[];
  /** The article's language, for page text. */
  lang?: string | null;
  onReveal: OnReveal;
}) {
  const m = useMessages();
  return (
    <section class="card claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading" class="section-title">
        {m.t('claimsHeading')} <span class="count">{claims.length}</span>
      </h2>
      {claims.length === 0 ? <p class="muted">{m.t('claimsNone')}</p> : null}
      {claims.length ? (
        <ol class="claim-list">
          {claimsInOrder(claims).map(({ claim, index }) => (
            <ClaimItem key={index} claim={claim} index={index} anchor={claim.claimant ? anchorOf(sources, claim.claimant) : null} lang={lang} onReveal={onReveal} />
          ))}
        </ol>
      ) : null}
      {pageClaimReviews.length ? <PageReviews reviews={pageClaimReviews} /> : null}
    </section>
  );
}

function ClaimItem({
  claim,
  index,
  anchor,
  lang,
  onReveal,
}: {
  claim: Claim;
  index: number;
  /** The claimant's row id in the sources list; null when no row goes by that name (then no link that leads nowhere). */
  anchor: string | null;
  lang: string | null;
  onReveal: OnReveal;
}) {
  const m = useMessages();
  return (
    <li class="claim" data-claim={index}>
      <Quote class="claim-text" id={`claim-${index}-text`} text={claim.text} direct={false} lang={lang} />
      <p class="claim-reason">{reasonText(m, claim)}</p>
      <p class="claim-meta">
        {claim.claimant ? (
          <span class="claimant">
            {m.t('claimClaimantLinkLead')}{' '}
            {anchor ? (
              <a class="claimant-link" href={`#${anchor}`} onClick={focusSourceRow}>
                {isolate(claim.claimant)}
              </a>
            ) : (
              isolate(claim.claimant)
            )}
          </span>
        ) : (
          <span class="claimant">{m.t('claimNoClaimant')}</span>
        )}
        <span class="worthiness">{m.t('claimCheckworthiness', formatShare(m.locale, claim.checkworthiness))}</span>
        <button
          type="button"
          class="reveal-claim link-button"
          aria-describedby={`claim-${index}-text`}
          onClick={() => onReveal({ kind: 'claim', index })}>
          <span aria-hidden="true">↧ </span>
          {m.t('revealInPage')}
        </button>
      </p>
      {claim.numbers.length ? (
        <ul class="figures" aria-label={m.t('claimFigures')}>
          {claim.numbers.map((n, i) => (
            <li key={i} class="figure">
              <span class="figure-raw">{n.raw}</span>
              {n.unit ? <span class="figure-unit"> {n.unit}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {claim.derivedNotes.length ? (
        <ul class="notes derived">
          {claim.derivedNotes.map((note, i) => (
            <NoteItem key={i} note={note} />
          ))}
        </ul>
      ) : null}
      {!claim.derivedNotes.length && !claim.matches.length ? <p class="claim-nothing muted">{m.t('claimNothingKnown')}</p> : null}
      {claim.matches.map((match) => (
        <div class="match" key={match.claimId} data-match={match.claimId}>
          <p class="match-summary">
            {m.t('claimKnownClaim')} <span lang="en">{match.summary}</span>
          </p>
          {match.notes.length ? (
            <>
              <h3 class="subhead">{m.t('claimNotesHeading')}</h3>
              <NoteList notes={notesByDate(match.notes)} />
            </>
          ) : null}
        </div>
      ))}
    </li>
  );
}

type MessagesApi = ReturnType<typeof useMessages>;

/** "A casualty figure attributed to X", "An accusation by Y", "A superlative or a first". */
function reasonText(m: MessagesApi, claim: Claim): string {
  const key = `reason_${claim.reason.replace(/-/g, '_')}`;
  return claim.claimant ? m.maybe(`${key}_by`, isolate(claim.claimant)) : m.maybe(key);
}

/** Moves focus to the claimant's row in the sources list when the list has one; otherwise the link does nothing. */
function focusSourceRow(event: MouseEvent) {
  const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
  const row = document.getElementById(href.slice(1));
  event.preventDefault();
  if (!row) return;
  if (!row.hasAttribute('tabindex')) row.setAttribute('tabindex', '-1');
  row.scrollIntoView({ block: 'center' });
  row.focus();
}

/** A derived note in the reader's language, from its kind and values; the English text when the kind is unknown. */
function derivedText(m: MessagesApi, note: ClaimNote): string {
  if (!note.derived) return note.text;
  const args = note.derived.args.map((a) => isolate(a));
  return m.maybe(`derived_${note.derived.kind.replace(/-/g, '_')}`, args) || note.text;
}

const NOTES_SHOWN = 3;

/** Cross-source notes, the first few shown and the rest behind a button. */
function NoteList({ notes }: { notes: readonly ClaimNote[] }) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const hidden = notes.length - NOTES_SHOWN;
  const shown = open || hidden <= 1 ? notes : notes.slice(0, NOTES_SHOWN);
  return (
    <>
      <ol class="notes">
        {shown.map((note, i) => (
          <NoteItem key={i} note={note} />
        ))}
      </ol>
      {hidden > 1 ? (
        <button type="button" class="link-button more-notes" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? m.t('notesLess') : m.t('notesMore', String(hidden))}
        </button>
      ) : null}
    </>
  );
}

function NoteItem({ note }: { note: ClaimNote }) {
  const m = useMessages();
  const date = formatDate(m.locale, note.date);
  return (
    <li class="note-item" data-stance={note.stance}>
      <p class="note-head">
        <span class="stance" data-stance={note.stance}>
          <span class="stance-icon" aria-hidden="true">{STANCE_ICONS[note.stance]}</span>
          <span class="stance-label">{m.maybe(`stance_${note.stance}`)}</span>
        </span>
        {note.date ? (
          <time dateTime={note.date}>{date}</time>
        ) : (
          <span class="muted">{note.stance === 'derived' ? m.t('derivedFromArticle') : m.t('undated')}</span>
        )}
      </p>
      {note.stance === 'derived' ? null : <p class="note-by">{note.by}</p>}
      {note.derived ? <p class="note-text">{derivedText(m, note)}</p> : <p class="note-text" lang="en">{note.text}</p>}
      {note.citation ? (
        <ExternalLink class="note-link" href={note.citation.url}>
          {note.citation.title}
        </ExternalLink>
      ) : null}
    </li>
  );
}

function PageReviews({ reviews }: { reviews: readonly PageClaimReview[] }) {
  const m = useMessages();
  return (
    <div class="page-reviews">
      <h3 class="subhead" id="page-reviews-heading">{m.t('pageReviewsHeading')}</h3>
      <ul class="review-list" aria-labelledby="page-reviews-heading">
        {reviews.map((review, i) => (
          <li key={i} class="page-review">
            <q class="review-claim">{review.claimReviewed}</q>
            <p class="review-verdict">
              <strong>{review.rating ? m.t('pageReviewVerdict', review.rating) : m.t('pageReviewNoRating')}</strong>
            </p>
            <p class="review-meta small muted">
              {review.claimant ? <span>{m.t('pageReviewClaimant', isolate(review.claimant))}</span> : null}
              {review.author ? <span>{m.t('pageReviewBy', review.author)}</span> : null}
              {review.datePublished ? <time dateTime={review.datePublished}>{formatDate(m.locale, review.datePublished)}</time> : null}
            </p>
            {review.url ? (
              <ExternalLink class="note-link" href={review.url}>
                {m.t('pageReviewLink')}
              </ExternalLink>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
