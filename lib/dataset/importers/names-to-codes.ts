import { countryCode as matrixCountryCode } from './state-media-matrix';

/** English names (as Wikidata labels them) to ISO codes, from the runtime's own CLDR names plus Wikidata's forms. */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const key = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

function reverseDisplayNames(type: 'region' | 'language'): Map<string, string> {
  const names = new Intl.DisplayNames('en', { type });
  const map = new Map<string, string>();
  for (const a of LETTERS) for (const b of LETTERS) {
    const code = type === 'region' ? `${a}${b}`.toUpperCase() : `${a}${b}`;
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    if (name && name !== code && !map.has(key(name))) map.set(key(name), code);
  }
  return map;
}

/** Wikidata's labels that CLDR spells otherwise. */
const COUNTRY_FORMS: Record<string, string> = {
  "people's republic of china": 'CN', 'kingdom of the netherlands': 'NL', 'czech republic': 'CZ',
  'state of palestine': 'PS', 'republic of ireland': 'IE', 'ireland': 'IE', 'georgia': 'GE', 'the bahamas': 'BS',
  'kingdom of denmark': 'DK', 'republic of the congo': 'CG', 'democratic republic of the congo': 'CD',
  'federated states of micronesia': 'FM', 'east timor': 'TL', 'the gambia': 'GM', 'ivory coast': 'CI',
  'north macedonia': 'MK', 'eswatini': 'SZ', 'taiwan': 'TW', 'kosovo': 'XK', 'hong kong': 'HK', 'macau': 'MO',
  'south korea': 'KR', 'north korea': 'KP', 'russia': 'RU', 'vietnam': 'VN', 'laos': 'LA', 'syria': 'SY',
  'iran': 'IR', 'moldova': 'MD', 'bolivia': 'BO', 'venezuela': 'VE', 'tanzania': 'TZ', 'brunei': 'BN',
  'cape verde': 'CV', 'vatican city': 'VA', 'sao tome and principe': 'ST', 'united states of america': 'US',
  'united kingdom': 'GB', 'turkey': 'TR', 'myanmar': 'MM', 'puerto rico': 'PR', 'greenland': 'GL',
  'faroe islands': 'FO', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'curacao': 'CW', 'bosnia and herzegovina': 'BA', 'saint lucia': 'LC',
};

/** Countries that no longer exist are not today's country of anything: no code. */
let regions: Map<string, string> | null = null;
export function countryCodeOf(name: string): string | null {
  regions ??= reverseDisplayNames('region');
  const k = key(name);
  return COUNTRY_FORMS[k] ?? regions.get(k) ?? matrixCountryCode(name) ?? null;
}

const LANGUAGE_FORMS: Record<string, string> = {
  'modern greek': 'el', 'standard mandarin': 'zh', 'mandarin chinese': 'zh', 'chinese': 'zh', 'traditional chinese': 'zh',
  'simplified chinese': 'zh', 'brazilian portuguese': 'pt', 'norwegian bokmal': 'nb', 'bokmal': 'nb', 'nynorsk': 'nn',
  'american english': 'en', 'british english': 'en', 'persian': 'fa', 'filipino': 'tl', 'standard arabic': 'ar',
  'modern standard arabic': 'ar', 'standard german': 'de', 'swiss german': 'de', 'malay': 'ms', 'indonesian': 'id',
};

let languages: Map<string, string> | null = null;
export function languageCodeOf(name: string): string | null {
  languages ??= reverseDisplayNames('language');
  const k = key(name);
  return LANGUAGE_FORMS[k] ?? languages.get(k) ?? null;
}
