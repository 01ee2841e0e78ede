import type { Attribution } from '../model/analysis';

/**
 * How the popup groups attributed sources. Pure and deterministic: the dataset's entity type decides when the
 * speaker is linked to a record; otherwise the attribution's kind and a few plain-word signals in the
 * speaker's name and role.
 */

export const SOURCE_GROUPS = ['officials', 'ngos', 'media', 'anonymous', 'documents', 'other'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** Dataset entity types that speak for a state or an intergovernmental body. */
const OFFICIAL_TYPES = new Set(['government', 'ministry', 'agency', 'armed-forces', 'court', 'international-body', 'political-party']);
const NGO_TYPES = new Set(['ngo', 'monitor', 'medical-ngo', 'think-tank']);

/** Words that tie a speaker to a state: they decide before anything else. */
const STATE_WORDS =
  /\b(ministers?|ministry|ministries|president|prime minister|premier|government|governments|official|officials|ambassador|envoy|diplomat|governor|mayor|senator|congress(?:man|woman)?|lawmaker|mp|chancellor|king|queen|emir|prince|sheikh|kremlin|white house|pentagon|state department|foreign office|army|military|police|armed forces|defen[cs]e|authorities|embassy|cabinet|parliament|duma|senate|presidency|administration|attach[eé]s?|attorney general|prosecutor|court|united nations|nato|european commission|ministre|minist[eè]re|gouvernement|pr[ée]sident|pr[ée]sidente|ambassadeur|arm[ée]e|regierung|bundesregierung|ministerium|minister(?:in)?|pr[aä]sident(?:in)?|botschafter|polizei|ministro|ministra|ministerio|minist[eé]rio|gobierno|governo|presidente|embajador|embaixador|policia|pol[ií]c[ií]a|vl[aá]da|ministerstvo|prezident)\b/i;
/** "UN" in capitals only: the French article "un" is not the United Nations. */
const UN = /\bUN\b/;
const isState = (text: string) => STATE_WORDS.test(text) || UN.test(text);

/** Titles that usually mean an official, unless the rest of the description names an NGO or a newsroom. */
const TITLE_WORDS =
  /\b(spokes(?:man|woman|person)|secretary|general|commander|deputy|director|head|chief|adviser|advisor|porte-parole|directeur|directrice|sprecher(?:in)?|portavoz|porta-voz|secretario|secret[aá]rio|mluv[cč][ií])\b/i;
const NGO_WORDS =
  /\b(ngo|charity|charities|observatory|monitor|monitoring|watch|amnesty|human rights|rights group|red cross|red crescent|foundation|institute|society|network|association|doctors|m[ée]decins|relief|aid group|humanitarian|refugee|rescue|activist|activists|campaigner|think tank|researcher|analyst|ong|observatoire|fondation|droits de l'homme|droits humains|stiftung|hilfsorganisation|menschenrechtsorganisation|derechos humanos|direitos humanos|organizaci[oó]n no gubernamental|neziskov[aá])\b/i;
const MEDIA_WORDS =
  /\b(journalist|reporter|correspondent|editor|columnist|newspaper|news agency|broadcaster|television|tv|radio|media|press|journaliste|journalistin|correspondant|correspondante|periodista|jornalista|corresponsal|novin[aá][rř])\b/i;

let countryNames: Set<string> | null = null;
/** English names of every region code the runtime knows ("russia", "united states"), built once. */
function isCountryName(name: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'region' });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          try {
            const label = names.of(code);
            if (label && label !== code) countryNames.add(label.toLowerCase());
          } catch {
            /* not a region */
          }
        }
      }
    } catch {
      /* no Intl.DisplayNames: rely on the word lists */
    }
    for (const extra of ['russia', 'united states', 'america', 'britain', 'the united states', 'moscow', 'washington', 'beijing', 'kyiv', 'damascus', 'tehran', 'london', 'paris', 'berlin', 'ankara', 'riyadh']) {
      countryNames.add(extra);
    }
  }
  return countryNames.has(name.trim().toLowerCase().replace(/^the\s+/, ''));
}

export function sourceGroup(a: Attribution): SourceGroup {
  if (a.kind === 'anonymous') return 'anonymous';
  if (a.kind === 'document') return 'documents';
  const type = a.entity?.type ?? null;
  if (a.kind === 'media' || type?.startsWith('outlet:')) return 'media';
  if (type && OFFICIAL_TYPES.has(type)) return 'officials';
  if (type && NGO_TYPES.has(type)) return 'ngos';
  if (type && type !== 'person') return 'other';
  // A person in the dataset is grouped by whom they speak for, like a named speaker with no record.
  const described = [a.role, a.affiliation, a.entity?.affiliation].filter(Boolean).join(' ');
  if (a.kind === 'organization') {
    if (isCountryName(a.speaker) || isState(a.speaker)) return 'officials';
    if (NGO_WORDS.test(a.speaker) || NGO_WORDS.test(described)) return 'ngos';
    if (MEDIA_WORDS.test(a.speaker)) return 'media';
    if (isState(described)) return 'officials';
    return 'other';
  }
  // A named person: their role or affiliation says whom they speak for.
  if (isState(described)) return 'officials';
  if (NGO_WORDS.test(described)) return 'ngos';
  if (MEDIA_WORDS.test(described)) return 'media';
  if (TITLE_WORDS.test(described)) return 'officials';
  return 'other';
}

export interface GroupedSource {
  attribution: Attribution;
  /** Position in `Analysis.attributions`, for revealing it in the page. */
  index: number;
  /** True when the previous item in the group has the same speaker (the view can show it compactly). */
  repeat: boolean;
}

export interface SourceGroupView {
  group: SourceGroup;
  items: GroupedSource[];
}

/**
 * Groups attributions in the fixed order of `SOURCE_GROUPS`, dropping empty groups. Within a group, a
 * speaker's attributions stay together, in the order the speaker first appears in the article.
 */
export function groupSources(attributions: readonly Attribution[]): SourceGroupView[] {
  const byGroup = new Map<SourceGroup, Map<string, GroupedSource[]>>();
  attributions.forEach((attribution, index) => {
    const group = sourceGroup(attribution);
    let speakers = byGroup.get(group);
    if (!speakers) byGroup.set(group, (speakers = new Map()));
    const key = attribution.speaker.trim().toLowerCase();
    const list = speakers.get(key) ?? [];
    list.push({ attribution, index, repeat: list.length > 0 });
    speakers.set(key, list);
  });
  return SOURCE_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({
    group,
    items: [...byGroup.get(group)!.values()].flat(),
  }));
}
