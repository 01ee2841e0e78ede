import { stripInvisible } from '../text/normalize';
import type { PhraseContext } from './phrase';

const ARTICLE_PREFIXES = ['', 'the ', 'le ', 'la ', "l'", 'der ', 'die ', 'el '];

/**
 * The news outlet named at token `from`, before `limit`: "Reuters", "The Associated Press", "l'AFP", "journal
 * Le Parisien". A capitalised name counts only when it is a known outlet, ends in a media word ("Fox News"), follows
 * one ("the newspaper Le Monde"), or `anyName` says the words before already named a medium ("serveru iDNES.cz").
 */
export function readOutlet(ctx: PhraseContext, from: number, limit: number, anyName = false): { name: string; next: number } | null {
  const { set } = ctx.lex;
  const { tokens } = ctx;
  let i = from;
  while (i < limit && tokens[i]!.kind === 'word' && set.determiners.has(tokens[i]!.lower)) i++;
  let marked = anyName;
  if (i < limit && tokens[i]!.kind === 'word' && !tokens[i]!.cap && set.mediaHeads.has(tokens[i]!.lower)) {
    marked = true;
    i++;
  }
  const start = i;
  while (i < limit && tokens[i]!.kind === 'word' && tokens[i]!.cap && i - start < 6) i++;
  if (i === start) return null;
  const name = ctx.text.slice(tokens[start]!.start, tokens[i - 1]!.end);
  const lower = stripInvisible(name).toLowerCase();
  const prefix = ARTICLE_PREFIXES.find((article) => set.mediaNames.has(article + lower));
  if (prefix === undefined && !marked && !set.mediaHeads.has(tokens[i - 1]!.lower)) return null;
  // "au Monde" is "Le Monde": a French or German article belongs to the title; "the" is dropped as usual.
  const title = prefix && prefix !== 'the ' ? prefix.charAt(0).toUpperCase() + prefix.slice(1) : '';
  return { name: title + name, next: i };
}
