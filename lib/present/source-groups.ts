import type { Attribution } from '../model/analysis';

/**
 * What a source is, for the popup's groups. Pure and deterministic: the dataset's entity type decides when the
 * speaker is linked to a record; otherwise the kind of attribution and plain words in the name, role and affiliation.
 */

export const SOURCE_GROUPS = ['officials', 'experts', 'ngos', 'companies', 'media', 'anonymous', 'documents', 'other'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** What classification reads of a source: an attribution has all of it. */
export type SourceFacts = Pick<Attribution, 'speaker' | 'kind' | 'role' | 'affiliation' | 'entity'>;

const BY_ENTITY_TYPE: Readonly<Record<string, SourceGroup>> = {
  government: 'officials',
  ministry: 'officials',
  agency: 'officials',
  'armed-forces': 'officials',
  court: 'officials',
  'international-body': 'officials',
  'political-party': 'officials',
  ngo: 'ngos',
  monitor: 'ngos',
  'medical-ngo': 'ngos',
  'think-tank': 'experts',
  company: 'companies',
  'armed-group': 'other',
};

/** Public bodies whose names hold a word of another group ("World Bank", "Bank of England"). */
const PUBLIC_BODIES =
  /\b(central bank|world bank|bank of (?:england|japan|canada|france|italy|spain|russia|china|korea)|federal reserve|reserve bank|european central bank|imf|international monetary fund|banque centrale|banque de france|bundesbank|zentralbank|banco central)\b/i;
/** Named NGOs and the words that mark one: they win over a person's job title ("researcher at Human Rights Watch"). */
const NGO_WORDS =
  /\b(ngos?|non-?profit|charity|charities|observatory|monitoring group|watchdog group|amnesty|human rights|rights group|red cross|red crescent|foundation|society|association|doctors without borders|m[ée]decins|relief|aid group|aid agency|humanitarian|refugee|rescue|activists?|campaigners?|advocacy|ong|observatoire|fondation|association|droits de l'homme|droits humains|stiftung|hilfsorganisation|menschenrechtsorganisation|derechos humanos|direitos humanos|organizaci[oó]n no gubernamental|neziskov[aá])\b/i;
/** Research and teaching: a bank's analyst or a NASA scientist speaks as an expert. */
const EXPERT_WORDS =
  /\b(analysts?|economists?|professors?|prof|scientists?|researchers?|academics?|experts?|scholars?|lecturers?|fellow|historians?|strategists?|epidemiologists?|virologists?|sociologists?|psychologists?|political scientist|university|universities|college|institute|institution|think tank|policy cent(?:er|re)|research cent(?:er|re)|laboratory|lab|analyste|[ée]conomiste|professeure?|chercheur|chercheuse|scientifique|experte?|universitaire|universit[ée]|wissenschaftler(?:in)?|forscher(?:in)?|[öo]konom(?:in)?|universit[äa]t|analista|economista|profesora?|investigador(?:a)?|cient[ií]fic[oa]|pesquisador(?:a)?|cientista|universidad|universidade)\b/i;
const MEDIA_WORDS =
  /\b(journalists?|reporters?|correspondents?|editor|columnist|staff writer|critic|fact[- ]?checker|blogger|commentator|pundit|newspaper|news agency|broadcaster|television|tv|radio|media|press(?!\s+(?:secretary|secretaries|officer|office|attach))|journaliste|journalistin|correspondant|correspondante|periodista|jornalista|corresponsal|novin[aá][rř])\b/i;
/** Words that tie a speaker to a state or a public body. */
const STATE_WORDS =
  /\b(ministers?|ministry|ministries|president|prime minister|premier|government|governments|official|officials|ambassador|envoy|diplomat|governor|mayor|senator|congress(?:man|woman)?|congressional|lawmaker|legislator|politician|councill?or|council(?:man|woman)|assembly(?:man|woman)|mp|opposition leader|leader of the opposition|party|budget office|statistics office|census bureau|chancellor|king|queen|emir|prince|sheikh|kremlin|white house|pentagon|state department|foreign office|army|military|police|armed forces|defen[cs]e|authorities|authority|agency|federal|department|bureau|commission|regulator|embassy|cabinet|parliament|duma|senate|presidency|administration|attach[eé]s?|attorney general|prosecutor|court|united nations|nato|european commission|nasa|fbi|cia|ministre|minist[eè]re|gouvernement|abgeordnete[rn]?|diputad[oa]|deputad[oa]|pr[ée]sident|pr[ée]sidente|ambassadeur|arm[ée]e|regierung|bundesregierung|ministerium|minister(?:in)?|pr[aä]sident(?:in)?|botschafter|polizei|ministro|ministra|ministerio|minist[eé]rio|gobierno|governo|presidente|embajador|embaixador|policia|pol[ií]c[ií]a|vl[aá]da|ministerstvo|prezident)\b/i;
/** Public bodies known by capitals only: the French article "un" is not the United Nations, nor "who" the WHO. */
const UN = /\b(?:UN|WHO|EU|CDC|FDA|NIH|EPA|SEC|FTC|FCC|NHS|CNIL|Arcep)\b/;
const COMPANY_WORDS =
  /\b(company|companies|firm|corporation|corp|inc|ltd|llc|plc|gmbh|bank|banks|airline|carmaker|automaker|manufacturer|retailer|insurer|maker|holdings|chief executive|ceo|cfo|coo|shareholders?|investors?|founder|co-founder|owner|owned|entrepreneur|business(?:man|woman)|entreprise|soci[ée]t[ée]|banque|unternehmen|konzern|empresa|compa[nñ][ií]a)\b/i;
/** A legal form closing a name ("Boeing Co", "Siemens AG"), in capitals: "sa" or "co" alone are not one. */
const COMPANY_SUFFIX = /\b(?:Co|Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|S\.A|GmbH|NV|N\.V|SE|SpA|S\.p\.A)\.?$/;
const isCompany = (text: string) => COMPANY_WORDS.test(text) || COMPANY_SUFFIX.test(text.trim());

/** Titles that usually mean an official when nothing else says whom the person speaks for. */
const TITLE_WORDS =
  /\b(spokes(?:man|woman|person)|secretary|general|commander|deputy|director|head|chief|adviser|advisor|porte-parole|directeur|directrice|sprecher(?:in)?|portavoz|porta-voz|secretario|secret[aá]rio|mluv[cč][ií])\b/i;

/** "député(e)": ends on a letter that \b does not see without the u flag. */
const DEPUTE = /(?:^|[^\p{L}])d[ée]put[ée]e?s?(?![\p{L}])/iu;
const isState = (text: string) => PUBLIC_BODIES.test(text) || STATE_WORDS.test(text) || UN.test(text) || DEPUTE.test(text);

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
    for (const extra of ['russia', 'united states', 'america', 'britain', 'moscow', 'washington', 'beijing', 'kyiv', 'damascus', 'tehran', 'london', 'paris', 'berlin', 'ankara', 'riyadh']) {
      countryNames.add(extra);
    }
  }
  return countryNames.has(name.trim().toLowerCase().replace(/^the\s+/, ''));
}

/** A body named by the speaker words: its own name first, then what the article says about it. */
function organizationGroup(name: string, described: string): SourceGroup {
  if (isCountryName(name) || PUBLIC_BODIES.test(name)) return 'officials';
  for (const text of [name, described]) {
    if (!text) continue;
    if (NGO_WORDS.test(text)) return 'ngos';
    if (MEDIA_WORDS.test(text)) return 'media';
    if (EXPERT_WORDS.test(text)) return 'experts';
    if (isState(text)) return 'officials';
    if (isCompany(text)) return 'companies';
  }
  return 'other';
}

/** A person: their role or affiliation says whom they speak for. */
function personGroup(described: string): SourceGroup {
  if (PUBLIC_BODIES.test(described)) return 'officials';
  if (NGO_WORDS.test(described)) return 'ngos';
  if (EXPERT_WORDS.test(described)) return 'experts';
  if (MEDIA_WORDS.test(described)) return 'media';
  if (isState(described)) return 'officials';
  if (isCompany(described)) return 'companies';
  if (TITLE_WORDS.test(described)) return 'officials';
  return 'other';
}

export function sourceGroup(source: SourceFacts): SourceGroup {
  if (source.kind === 'anonymous') return 'anonymous';
  if (source.kind === 'document') return 'documents';
  const type = source.entity?.type ?? null;
  if (source.kind === 'media' || type?.startsWith('outlet:')) return 'media';
  if (type && type !== 'person') return BY_ENTITY_TYPE[type] ?? 'other';
  const described = [source.role, source.affiliation, source.entity?.affiliation].filter(Boolean).join(' ');
  return source.kind === 'organization' ? organizationGroup(source.speaker, described) : personGroup(described);
}
