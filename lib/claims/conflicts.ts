import { WordSearch, afterNonLetterOrNumber } from '../text/word-search';

/**
 * The conflicts entities are recorded as parties to (`partyTo` in data/entities), with the words that show an
 * article is about one. The "party to the dispute" note is shown only when the article names the conflict: a
 * defence ministry quoted on a budget is not speaking as a party to a war.
 */
const CONFLICTS: Record<string, { label: string; terms: string }> = {
  'syria-civil-war': { label: 'the war in Syria', terms: String.raw`Syria|Syrian|Syrie|syrien\p{L}*|Сири\p{L}*|Aleppo|Idlib|Homs|Raqqa|Damascus|Damas` },
  'russo-ukrainian-war': { label: 'the Russia-Ukraine war', terms: String.raw`Ukraine|Ukrainian|ukrainien\p{L}*|Украин\p{L}*|Kyiv|Kiev|Donbas|Donbass|Kharkiv|Mariupol|Crimea|Crimée|Zaporizhzhia|Bakhmut` },
  'israel-hamas-war': { label: 'the Israel-Hamas war', terms: String.raw`Gaza|Hamas|Rafah|Khan Younis|Газ\p{L}*|Хамас` },
  'israel-hezbollah-conflict': { label: 'the Israel-Hezbollah conflict', terms: String.raw`Hezbollah|Hizbollah|Hizballah|Lebanon|Lebanese|Liban|Хезболл\p{L}*|Ливан\p{L}*` },
  'yemen-civil-war': { label: 'the war in Yemen', terms: String.raw`Yemen|Yemeni|Yémen|Houthis?|Йемен\p{L}*|хусит\p{L}*|Sanaa|Hodeidah` },
  'war-against-islamic-state': { label: 'the war against the Islamic State group', terms: String.raw`Islamic State|ISIS|ISIL|Daesh|Daech|Etat islamique|État islamique|ИГИЛ` },
};

const searches = new Map<string, WordSearch>();
function searchFor(id: string): WordSearch | null {
  const conflict = CONFLICTS[id];
  if (!conflict) return null;
  let search = searches.get(id);
  if (!search) {
    search = new WordSearch(`(?:${conflict.terms})(?![\\p{L}\\p{N}])`, 'u', afterNonLetterOrNumber);
    searches.set(id, search);
  }
  return search;
}

/** The conflicts among `ids` that the article's text names, as readable labels. */
export function conflictsNamed(ids: readonly string[], paragraphs: readonly string[]): string[] {
  return ids.filter((id) => paragraphs.some((p) => searchFor(id)?.test(p) ?? false)).map((id) => CONFLICTS[id]!.label);
}
