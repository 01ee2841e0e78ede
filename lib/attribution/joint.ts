import type { Phrase } from './phrase';

const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
// "&" joins firms' names ("Johnson & Johnson", "Simon & Schuster"), so only words join two people.
const PAIR = /^(.+?)\s+(?:and|et|y|e|und|и|a)\s+(.+)$/u;

/** "Vindman and Williams", "Kurt Volker and Tim Morrison": two people that a capitalised run read as one name. */
export function pairOfNames(phrase: Phrase): [string, string] | null {
  if (phrase.kind !== 'named' || phrase.pronoun) return null;
  const match = PAIR.exec(phrase.speaker);
  const [first, second] = [match?.[1]?.trim(), match?.[2]?.trim()];
  return first && second && first !== second && NAME.test(first) && NAME.test(second) ? [first, second] : null;
}

/**
 * One of the pair as a phrase of its own: a person's name, whether full or a surname. Titles that lead it
 * ("Senator Amy Chen") become its role, forms of address ("Ms.") are dropped.
 */
export function partOf(phrase: Phrase, name: string, lead?: { titles: ReadonlySet<string>; honorifics: ReadonlySet<string> }): Phrase {
  const words = name.split(/\s+/u);
  let k = 0;
  while (lead && k < words.length - 1 && (lead.titles.has(words[k]!.toLowerCase()) || lead.honorifics.has(words[k]!.toLowerCase()))) k++;
  const titles = words.slice(0, k).filter((w) => !lead?.honorifics.has(w.toLowerCase()));
  const bare = words.slice(k).join(' ');
  const offset = Math.max(0, phrase.speaker.indexOf(bare));
  const role = titles.length ? titles.join(' ') : phrase.role;
  return { ...phrase, speaker: bare, role, bare: false, proper: true, start: phrase.start + offset, end: phrase.start + offset + bare.length };
}

/**
 * "The Russian and Syrian defence ministries": several bodies speaking as one, one source marked joint. The "and"
 * comes before the head ("Department of Health and Human Services" is one body's name).
 */
export function isJointBody(phrase: Phrase, heads: ReadonlySet<string>): boolean {
  if (phrase.kind === 'named' || phrase.pronoun) return false;
  const words = phrase.speaker.toLowerCase().split(/\s+/u);
  const and = words.findIndex((w) => w === 'and' || w === '&');
  const head = words.findIndex((w) => heads.has(w));
  return and > 0 && head > and && head === words.length - 1;
}
