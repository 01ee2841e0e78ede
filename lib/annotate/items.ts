import type { Messages } from '../i18n';
import type { AnnotationItem } from '../messaging/protocol';
import type { Analysis, Attribution, Claim, ClaimNote } from '../model/analysis';
import { LIMITS } from '../model/limits';
import { notesByDate } from '../present/claims';
import { countryName, entityTypeLabel, formatDate, formatList, isolate, truncateAtWord } from '../present/labels';

/**
 * What the page's inline annotations say: one item per attribution and per check-worthy claim, in reading
 * order, each with a plain-text card already in the reader's language. Pure: the content script only draws it.
 */

const MAX_LINES = 12;
const LINE_CHARS = 280;
const NOTE_CHARS = 200;

const line = (text: string) => truncateAtWord(text.replace(/\s+/g, ' ').trim(), LINE_CHARS).short;

function validSpan(item: { paragraph: number; start: number; end: number }): boolean {
  const { paragraph, start, end } = item;
  return (
    Number.isInteger(paragraph) && Number.isInteger(start) && Number.isInteger(end) &&
    paragraph >= 0 && paragraph <= LIMITS.maxParagraphs && start >= 0 && start < end && end <= LIMITS.maxParagraphChars
  );
}

function sourceLines(a: Attribution, m: Messages): string[] {
  const lines: string[] = [];
  const described = [a.role, a.affiliation].filter((part): part is string => Boolean(part)).map(isolate).join(', ');
  if (described) lines.push(described);
  const mode = m.maybe(`mode_${a.mode}`);
  lines.push(a.cueTone === 'loaded' ? m.t('annot_cueLoaded', [mode, a.cue]) : m.t('annot_cue', [mode, a.cue]));
  if (a.via) lines.push(m.t('via', isolate(a.via)));
  if (a.entity) {
    const what = [entityTypeLabel(m, a.entity.type), countryName(a.entity.country, m.locale)].filter(Boolean).join(', ');
    lines.push(m.t('annot_entity', [a.entity.name, what]));
    if (a.entity.affiliation) lines.push(a.entity.affiliation);
    if (a.entity.note) lines.push(truncateAtWord(a.entity.note, NOTE_CHARS).short);
  } else if (a.kind !== 'anonymous') {
    lines.push(m.t('annot_entityUnknown'));
  }
  return lines;
}

function noteLine(note: ClaimNote, m: Messages): string {
  const stance = m.maybe(`stance_${note.stance}`);
  const date = formatDate(m.locale, note.date) ?? m.t('undated');
  const text = truncateAtWord(note.text, NOTE_CHARS).short;
  return note.stance === 'derived' ? m.t('annot_noteDerived', [stance, text]) : m.t('annot_note', [stance, note.by, date, text]);
}

function claimLines(claim: Claim, m: Messages): string[] {
  const lines: string[] = [];
  if (claim.numbers.length) lines.push(m.t('annot_figures', formatList(m.locale, claim.numbers.map((n) => n.raw))));
  const notes = [...claim.derivedNotes, ...claim.matches.flatMap((match) => notesByDate(match.notes))];
  if (!notes.length) lines.push(m.t('annot_noNotes'));
  const shown = notes.slice(0, MAX_LINES - lines.length - 1);
  for (const note of shown) lines.push(noteLine(note, m));
  if (notes.length > shown.length) lines.push(m.t('annot_moreNotes', String(notes.length - shown.length)));
  return lines;
}

function claimTone(claim: Claim): AnnotationItem['tone'] {
  const stances = new Set(claim.matches.flatMap((match) => match.notes.map((note) => note.stance)));
  if (stances.has('disputes')) return 'disputed';
  if (stances.has('agrees')) return 'supported';
  return 'neutral';
}

export function annotationItems(analysis: Analysis, m: Messages): AnnotationItem[] {
  const items: AnnotationItem[] = [];
  analysis.attributions.forEach((a, i) => {
    if (!validSpan(a)) return;
    items.push({
      id: `source-${i}`,
      kind: 'source',
      span: { paragraph: a.paragraph, start: a.start, end: a.end },
      title: line(a.speaker),
      lines: sourceLines(a, m).map(line).slice(0, MAX_LINES),
      tone: a.cueTone === 'loaded' ? 'loaded' : 'neutral',
    });
  });
  analysis.claims.forEach((claim, i) => {
    if (!validSpan(claim)) return;
    items.push({
      id: `claim-${i}`,
      kind: 'claim',
      span: { paragraph: claim.paragraph, start: claim.start, end: claim.end },
      title: line(claim.claimant ? m.t('claimClaimant', isolate(claim.claimant)) : m.t('claimNoClaimant')),
      lines: claimLines(claim, m).map(line).slice(0, MAX_LINES),
      tone: claimTone(claim),
    });
  });
  // Stable sort: at one position, sources come before claims, each in analysis order.
  items.sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);
  return items.slice(0, LIMITS.maxAnnotations);
}
