import { normalizeName, stripInvisible } from '../text/normalize';
import type { CompiledLexicon } from './lexicon/compiled';
import type { FoundAttribution } from './types';

const DESCRIPTION_START = /^(?:a|an|the)\s/iu;
const POSSESSIVE = /['’]s$/u;
// "Amazon-owned Whole Foods", "state-run Rosatom": only a body is owned, run or funded by someone.
const OWNED = /^[\p{L}\p{N}.&'’-]+-(?:owned|run|funded|operated|controlled)$/u;

/**
 * The head noun of a description that opens with an article: its last word before a preposition or a clause word.
 * "an Iran-backed militia" -> "militia"; "the Houthi movement that controls Sanaa" -> "movement"; "a member of the
 * group" -> "member". Roles read from before a name ("Islamic Jihad leader") carry no article and are left alone.
 */
function descriptionHead(role: string, lex: CompiledLexicon): string | null {
  const text = stripInvisible(role).trim();
  if (!DESCRIPTION_START.test(text)) return null;
  const { set } = lex;
  let head: string | null = null;
  for (const word of text.toLowerCase().split(/\s+/u).slice(1)) {
    if (set.affiliationPreps.has(word) || set.relatives.has(word) || set.openers.has(word) || set.complementizers.has(word)) break;
    head = word.replace(/[,;:.]+$/u, '');
  }
  return head;
}

/** A body's head noun ("militia", "group", "movement"), not a person's ("spokesman", "member", "veteran"). */
function isBodyHead(word: string, lex: CompiledLexicon): boolean {
  const { set } = lex;
  return !POSSESSIVE.test(word) && set.nameOrgHeads.has(word) && !set.titles.has(word) && !set.anonymousHeads.has(word) && !set.mediaHeads.has(word);
}

/**
 * Named speakers the article shows to be organisations: described as one ("Kataib Hezbollah, an Iran-backed militia,
 * said", "Amazon-owned Whole Foods said"), or read as one anywhere else in the article ("The Red Cross said ..." then "..., Red Cross said").
 * `organizationNames`: names the article's sentence subjects read as organisations.
 */
export function typeOrganizations(found: readonly FoundAttribution[], organizationNames: readonly string[], lex: CompiledLexicon): FoundAttribution[] {
  const described = (f: FoundAttribution) => {
    if (f.role && OWNED.test(stripInvisible(f.role).trim())) return true;
    const head = f.role ? descriptionHead(f.role, lex) : null;
    return head !== null && isBodyHead(head, lex);
  };
  // One word read as an organisation may only be a surname coreference could not expand ("Tite said"): not evidence.
  const key = (name: string) => {
    const normalized = normalizeName(name);
    return normalized.includes(' ') ? normalized : null;
  };
  const known = new Set(organizationNames.map(key));
  for (const f of found) if (f.kind === 'organization' || (f.kind === 'named' && described(f))) known.add(key(f.speaker));
  known.delete(null);
  return found.map((f) => (f.kind === 'named' && known.has(key(f.speaker)) ? { ...f, kind: 'organization' } : f));
}
