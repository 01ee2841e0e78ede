import type { ParsedNumber } from '../model/analysis';
import { afterNonLetter, startsHyphenatedRun, WordSearch } from '../text/word-search';

/**
 * Quantities in running text (English, French, Russian; units, scales and dates also in Spanish, Portuguese, German, Czech): digits with any grouping style, number words,
 * vague amounts ("dozens", "tens of thousands"), fractions ("more than a third"), percentages and money,
 * each with its qualifier ("at least", "plus de", "более") and the countable unit that follows it.
 */

export type NumberKind = 'count' | 'money' | 'percent' | 'ratio' | 'year' | 'date' | 'time' | 'age' | 'ordinal' | 'score' | 'name' | 'duration';

/** Kinds that describe rather than claim: when, how long, how old, which place, a match score, a number word in a name. */
export const DESCRIPTIVE_KINDS: ReadonlySet<NumberKind> = new Set(['year', 'date', 'time', 'age', 'ordinal', 'score', 'name', 'duration']);

/** A parsed number plus where it sits in the text and what kind of quantity it is. */
export interface NumberSpan extends ParsedNumber {
  start: number;
  end: number;
  kind: NumberKind;
}

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'up-to' | 'about' | 'less-than';

/** Canonical unit -> unit family; numbers are comparable only within one family. */
export const UNIT_FAMILY: Record<string, string> = {
  people: 'persons',
  civilians: 'persons',
  children: 'persons',
  women: 'persons',
  deaths: 'persons',
  injured: 'persons',
  fighters: 'persons',
  soldiers: 'persons',
  refugees: 'persons',
  migrants: 'persons',
  displaced: 'persons',
  prisoners: 'persons',
  journalists: 'persons',
  doctors: 'persons',
  jobs: 'jobs',
  customers: 'accounts',
  hectares: 'area',
  cases: 'cases',
  strikes: 'strikes',
  attacks: 'strikes',
  sorties: 'strikes',
  targets: 'targets',
  hospitals: 'facilities',
  schools: 'facilities',
  facilities: 'facilities',
  buildings: 'buildings',
  homes: 'buildings',
  dollars: 'money',
  euros: 'money',
  pounds: 'money',
  rubles: 'money',
  hryvnias: 'money',
  percent: 'percent',
  tons: 'mass',
  kilometres: 'distance',
  tanks: 'equipment',
  aircraft: 'equipment',
  missiles: 'munitions',
  drones: 'munitions',
  shells: 'munitions',
  votes: 'votes',
  doses: 'doses',
  barrels: 'volume',
};

/** The units a reader would count in a contested figure (casualties, strikes, money...). */
export const COUNTABLE_FAMILIES = new Set([
  'persons',
  'cases',
  'strikes',
  'targets',
  'facilities',
  'buildings',
  'money',
  'percent',
  'equipment',
  'munitions',
  'votes',
  'doses',
  'jobs',
  'accounts',
  'area',
  'mass',
  'volume',
]);

/** Surface word (lower case, exact) -> canonical unit. Checked on the first few words after a number. */
const UNIT_WORDS: Record<string, string> = {};
function units(unit: string, words: string): void {
  for (const word of words.split(' ')) UNIT_WORDS[word.toLowerCase()] = unit;
}
units('people', 'people persons person personnes personne gens человек человека людей люди жителей residents inhabitants habitants');
units('civilians', 'civilians civilian civils civil non-combatants noncombatants мирных мирные гражданских гражданские');
units('children', 'children kids enfants детей дети ребенка ребёнка');
units('women', 'women femmes женщин');
units('deaths', 'deaths dead killed fatalities victims morts tués victimes décès погибших погибли убитых жертв смертей');
units('injured', 'injured wounded blessés раненых пострадавших');
units('fighters', 'fighters militants rebels jihadists combatants insurgents combattants militants djihadistes jihadistes боевиков террористов');
units('soldiers', 'soldiers troops servicemen personnel militaires soldats военных военнослужащих солдат');
units('refugees', 'refugees réfugiés беженцев');
units('migrants', 'migrants мигрантов');
units('displaced', 'displaced déplacés переселенцев');
units('prisoners', 'prisoners detainees prisonniers détenus пленных заключенных');
units('journalists', 'journalists reporters journalistes журналистов');
units('doctors', 'doctors medics médecins врачей медиков');
units('cases', 'cases infections cas случаев заболевших');
units('strikes', 'strikes airstrikes air-strikes raids bombings bombardments frappes bombardements ударов удара удары авиаударов авиаудара бомбардировок');
units('attacks', 'attacks assaults attaques attentats атак атаки нападений');
units('sorties', 'sorties flights missions вылетов');
units('targets', 'targets cibles objectifs целей объектов');
units('hospitals', 'hospitals hospital clinics clinic hôpitaux hôpital cliniques больниц больницы госпиталей');
units('schools', 'schools écoles школ');
units('facilities', 'facilities installations établissements учреждений');
units('buildings', 'buildings bâtiments зданий');
units('homes', 'homes houses maisons logements домов');
units('dollars', 'dollars dollar usd долларов доллара доллары');
units('euros', 'euros euro eur евро');
units('pounds', 'pounds sterling фунтов');
units('rubles', 'rubles roubles рублей рубля');
units('hryvnias', 'hryvnias гривен');
units('percent', 'percent per-cent pourcent процентов процента процент');
units('tons', 'tons tonnes тонн');
units('kilometres', 'km kilometres kilometers километров');
units('tanks', 'tanks chars танков');
units('aircraft', 'aircraft planes jets avions самолетов самолётов');
units('missiles', 'missiles rockets roquettes ракет');
units('drones', 'drones дронов беспилотников');
units('shells', 'shells obus снарядов');
units('votes', 'votes voix голосов');
units('doses', 'doses доз');
units('barrels', 'barrels barils баррелей');
units('people', 'personas habitantes vecinos pessoas moradores habitantes Menschen Personen Einwohner lidí osob obyvatel lidé');
units('deaths', 'muertos fallecidos víctimas mortos mortes vítimas Tote Todesopfer mrtvých obětí');
units('injured', 'heridos feridos Verletzte zraněných');
units('children', 'niños menores crianças Kinder dětí');
units('cases', 'casos Fälle případů');
units('migrants', 'migrantes Migranten migrantů');
units('displaced', 'desplazados deslocados Vertriebene');
units('homes', 'viviendas Wohnungen Häuser domů');
units('soldiers', 'soldados Soldaten vojáků');
units('votes', 'votos Stimmen hlasů ballots');
units('dollars', 'dólares Dollar dolarů');
units('euros', 'Euro eur');
units('percent', 'Prozent procent procenta');
units('jobs', 'jobs empleos empregos Arbeitsplätze Stellen emplois postes рабочих pracovních');
units('customers', 'customers subscribers users accounts clientes kunden zákazníků клиентов абонентов');
units('hectares', 'hectares hectare acres hectáreas Hektar hektarů гектаров');
const UNIT_WORDS_FOLDED: Record<string, string> = Object.fromEntries(
  Object.entries(UNIT_WORDS).map(([word, unit]) => [word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), unit]),
);

/** Adjectives and other filler words that may sit between a number and its unit ("nine Russian air strikes"). */
const UNIT_FILLER = new Set(
  ('russian syrian ukrainian israeli us american british french turkish coalition government regime rebel air ' +
    'more other additional new separate suspected alleged reported confirmed documented civilian military medical ' +
    'field local foreign innocent armed unarmed injured of them de d des les russes syriens syriennes ukrainiens ' +
    'российских российские сирийских украинских мирных из них')
    .split(' '),
);

const SMALL_EN: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SMALL_FR: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  cent: 100, mille: 1000,
};
const SMALL_RU: Record<string, number> = {
  два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5,
  шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
  одиннадцать: 11, двенадцать: 12, пятнадцать: 15, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30,
  сорок: 40, пятьдесят: 50, сто: 100, ста: 100, двести: 200, триста: 300, пятьсот: 500,
};
const NUMBER_WORDS: Record<string, number> = { ...SMALL_EN, ...SMALL_FR, ...SMALL_RU };

/** Scale words multiply the number before them. */
const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, billion: 1e9, billions: 1e9,
  bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  mille: 1e3, milliers: 1e3, millier: 1e3, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9,
  mil: 1e3, millón: 1e6, millones: 1e6, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, millionen: 1e6,
  mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, tisíc: 1e3, milion: 1e6, milionů: 1e6, miliard: 1e9, miliardy: 1e9, mld: 1e9,
  тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млн: 1e6,
  миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, млрд: 1e9, триллион: 1e12, трлн: 1e12,
};

/** Vague amounts: [min, max]. */
const VAGUE: [RegExp, number, number][] = [
  [/^(?:hundreds of thousands|des centaines de milliers|сотни тысяч)/i, 2e5, 999_999],
  [/^(?:tens of thousands|des dizaines de milliers|десятки тысяч|десятков тысяч)/i, 2e4, 99_999],
  [/^(?:thousands|des milliers|тысячи)/i, 2000, 9999],
  [/^(?:hundreds|des centaines|сотни|сотен)/i, 200, 999],
  [/^(?:dozens|scores|des dizaines|десятки|десятков)/i, 24, 99],
  [/^(?:millions|des millions|миллионы)/i, 2e6, 9_999_999],
  [/^(?:a dozen|une douzaine|дюжина)/i, 12, 12],
  [/^(?:une dizaine)/i, 10, 10],
  [/^(?:une vingtaine)/i, 20, 20],
  [/^(?:une trentaine)/i, 30, 30],
  [/^(?:une centaine)/i, 100, 100],
  [/^(?:un millier)/i, 1000, 1000],
];

const FRACTIONS: [RegExp, number][] = [
  [/^(?:two[- ]thirds|deux tiers|две трети|двух третей)/i, 2 / 3],
  [/^(?:three[- ]quarters|trois quarts|три четверти)/i, 0.75],
  [/^(?:(?:a|one)[- ]third|un tiers|le tiers|треть|трети)/i, 1 / 3],
  [/^(?:(?:a|one)[- ]quarter|un quart|le quart|четверть|четверти)/i, 0.25],
  [/^(?:(?:a |one[- ])?half|la moitié|moitié|половина|половины|половину)/i, 0.5],
  [/^(?:(?:a|one)[- ]fifth|un cinquième|пятая часть)/i, 0.2],
];

/** Qualifiers before a number (longest first). */
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:al menos|por lo menos|pelo menos|mindestens|nejméně|alespoň|at least|no fewer than|no less than|a minimum of|au moins|au minimum|pas moins de|по меньшей мере|по крайней мере|как минимум|не менее|не меньше)\s*$/i, 'at-least'],
  [/(?:más de|mais de|mehr als|více než|přes|more than|over|upwards of|in excess of|exceeding|plus de|plus d['’]|более|больше|свыше|более чем)\s*$/i, 'more-than'],
  [/(?:hasta|até|bis zu|až|up to|as many as|as much as|jusqu['’]à|до)\s*$/i, 'up-to'],
  [/(?:menos de|weniger als|méně než|fewer than|less than|under|below|moins de|moins d['’]|менее|меньше)\s*$/i, 'less-than'],
  [/(?:cerca de|unos|unas|alrededor de|casi|quase|rund|etwa|knapp|fast|zhruba|asi|téměř|kolem|about|around|approximately|roughly|nearly|almost|close to|some|an estimated|estimated|près de|environ|quelque|presque|около|почти|примерно|порядка|приблизительно)\s*$/i, 'about'],
];

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|' +
  'januar|februar|märz|juni|juli|oktober|dezember|' +
  'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince';
const MONTH_AFTER = new RegExp(`^\\.?\\s*(?:de\\s+)?(?:${MONTHS})(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?\\s*$`, 'iu');
/** A month name before a number ends at most this many characters before the whitespace that precedes the number. */
const MONTH_BEFORE_REACH = Math.max(...MONTHS.split('|').map((m) => m.length)) + 2;

/** `MONTH_BEFORE` on the text before `index`, looking only as far back as a month name can start. */
function monthBefore(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return MONTH_BEFORE.test(text.slice(Math.max(0, end - MONTH_BEFORE_REACH), index));
}

// Digits with grouping: "1,234,567", "2 209" (space, no-break space, thin spaces), "3.804" (dot grouping), or plain,
// then an optional decimal part.
const SP = '[ \\u00a0\\u202f\\u2009]';
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:${SP}\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d+)(?:[.,]\\d+)?`,
  'gu',
);
const ANY_DIGIT = /\d/;
/** Number words: runs of letters, possibly hyphenated ("twenty-five"), whose first part is in NUMBER_WORDS. */
const NUMBER_WORD_RUN = new WordSearch(
  `(?:${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}])(?:-[\\p{L}]+)*`,
  'iu',
  startsHyphenatedRun,
);
const VAGUE_START = new WordSearch(
  '(?:hundreds|tens|thousands|dozens|scores|millions|a dozen|des centaines|des dizaines|des milliers|des millions|une dizaine|une vingtaine|une trentaine|une centaine|un millier|une douzaine|сотни|сотен|десятки|десятков|тысячи|миллионы|дюжина)(?![\\p{L}])',
  'iu',
  afterNonLetter,
);
const FRACTION_START = new WordSearch(
  '(?:two[- ]thirds|three[- ]quarters|(?:a|one)[- ](?:third|quarter|fifth)|(?:a |one[- ])?half|deux tiers|trois quarts|un tiers|le tiers|un quart|le quart|la moitié|un cinquième|две трети|двух третей|три четверти|треть|трети|четверть|четверти|половина|половины|половину|пятая часть)(?![\\p{L}])',
  'iu',
  afterNonLetter,
);

const CURRENCY_BEFORE = /(?:US\$|\$|€|£|₽|¥|USD|EUR|GBP)\s*$/u;
const CURRENCY_SYMBOL: Record<string, string> = { $: 'dollars', us$: 'dollars', usd: 'dollars', '€': 'euros', eur: 'euros', '£': 'pounds', gbp: 'pounds', '₽': 'rubles', '¥': 'yen' };

/** "2 209" / "1,5" / "3.804" / "1,234.5" -> number, using the language to settle "1.500" vs "1.5". */
export function parseDigits(raw: string, lang: string | null = null): number | null {
  let s = raw.replace(/[ \u00a0\u202f\u2009]/g, '');
  const continental = lang !== null && !/^en\b/i.test(lang);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (continental || /\.\d{3}\./.test(s) || s.includes(',')))
    s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(s) || /^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

interface RawHit {
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  isRatio: boolean;
  kind: NumberKind;
}

function wordValue(text: string): number | null {
  let total = 0;
  for (const part of text.toLowerCase().split(/[- ]/)) {
    const v = Object.hasOwn(NUMBER_WORDS, part) ? NUMBER_WORDS[part] : undefined;
    if (v === undefined) return null;
    total = v === 100 ? (total || 1) * 100 : total + v;
  }
  return total;
}

/** Finds every quantity in `text`. Dates, years, times, ages and ordinals are returned with their kind so callers can skip them. */
export function findNumbers(text: string, lang: string | null = null): NumberSpan[] {
  const hits: RawHit[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (hit: RawHit) => {
    if (overlaps(hit.start, hit.end)) return;
    hits.push(hit);
    taken.push([hit.start, hit.end]);
  };

  for (const m of VAGUE_START.matches(text)) {
    const rest = text.slice(m.index);
    for (const [re, min, max] of VAGUE) {
      const vm = re.exec(rest);
      if (vm) {
        // "hundreds of thousands" is one amount; "hundreds of people" keeps "of" for the unit search.
        push({ start: m.index, end: m.index + vm[0].length, value: null, min, max, isRatio: false, kind: 'count' });
        break;
      }
    }
  }
  for (const m of FRACTION_START.matches(text)) {
    const rest = text.slice(m.index);
    for (const [re, ratio] of FRACTIONS) {
      const fm = re.exec(rest);
      if (fm) {
        push({ start: m.index, end: m.index + fm[0].length, value: ratio, min: null, max: null, isRatio: true, kind: 'ratio' });
        break;
      }
    }
  }
  // Most sentences hold no digit: the test is far cheaper than matchAll, which copies its pattern on every call.
  const digitRuns = ANY_DIGIT.test(text) ? text.matchAll(DIGITS) : [];
  for (const m of digitRuns) {
    const value = parseDigits(m[0], lang);
    push({ start: m.index, end: m.index + m[0].length, value, min: null, max: null, isRatio: false, kind: 'count' });
  }
  // Number words, merged when adjacent ("two hundred", "twenty-five", "trois cents").
  let run: { start: number; end: number; total: number; current: number } | null = null;
  const flush = () => {
    if (run) push({ start: run.start, end: run.end, value: run.total + run.current, min: null, max: null, isRatio: false, kind: 'count' });
    run = null;
  };
  for (const m of NUMBER_WORD_RUN.matches(text)) {
    const word = m[0].toLowerCase();
    const prefix = text.slice(0, m.index);
    if (word === 'cent' && /(?:per|pour)\s*$/i.test(prefix)) continue;
    if (word === 'sept' && /^\.?\s*\d/.test(text.slice(m.index + m[0].length))) continue;
    const value = wordValue(word);
    if (value === null) continue;
    const r: { start: number; end: number; total: number; current: number } | null = run;
    if (r && /^(?:[\s-]|\s+and\s+|\s+et\s+|\s+и\s+)*$/i.test(text.slice(r.end, m.index))) {
      if (value === 100) r.current = (r.current || 1) * 100;
      else if (value === 1000) {
        r.total += (r.current || 1) * 1000;
        r.current = 0;
      } else r.current += value;
      r.end = m.index + m[0].length;
      continue;
    }
    flush();
    run = { start: m.index, end: m.index + m[0].length, total: 0, current: value };
  }
  flush();
  hits.sort((a, b) => a.start - b.start);

  const out: NumberSpan[] = [];
  for (const hit of hits) out.push(finish(text, hit, lang));
  return out;
}

const LETTER_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The first `count` words of `text` that start with a letter. */
function firstWords(text: string, count: number): string[] {
  const words: string[] = [];
  LETTER_WORD.lastIndex = 0;
  let from = 0;
  for (let m = LETTER_WORD.exec(text); m && words.length < count; m = LETTER_WORD.exec(text)) {
    // A unit never lies past the end of the number's clause ("12.000 Fahrzeuge, 61 Prozent").
    if (words.length && /[,;:.!?]/.test(text.slice(from, m.index))) break;
    words.push(m[0]);
    from = m.index + m[0].length;
  }
  LETTER_WORD.lastIndex = 0;
  return words;
}

function finish(text: string, hit: RawHit, lang: string | null): NumberSpan {
  let { start, end, value, min, max } = hit;
  let kind = hit.kind;
  let unit: string | null = null;
  let qualifier: Qualifier | null = null;

  // Scale word after the number: "1.5 million", "2,5 milliards", "3 тыс.".
  const after = text.slice(end);
  const scale = /^[\s\u00a0\u202f-]*(?:of\s+)?([\p{L}]+)\.?/u.exec(after);
  if (scale && value !== null && !hit.isRatio) {
    const word = scale[1]!.toLowerCase();
    const factor = SCALES[word];
    const caseSensitiveShort = word.length <= 2 && !/^(?:k|m|bn|mn|b|tn)$/.test(scale[1]!);
    if (factor !== undefined && !caseSensitiveShort && !(word === 'm' && !CURRENCY_BEFORE.test(text.slice(0, start)))) {
      value = value * factor;
      end += scale[0].length - (scale[0].endsWith('.') && word !== 'тыс' ? 1 : 0);
    }
  }

  const before = text.slice(Math.max(0, start - 40), start);
  // Money: "$4.5 billion", "€300", "US$ 2bn".
  const currency = CURRENCY_BEFORE.exec(before);
  if (currency && !hit.isRatio) {
    unit = CURRENCY_SYMBOL[currency[0].trim().toLowerCase()] ?? 'dollars';
    kind = 'money';
    start -= currency[0].length;
  }

  // Qualifier before (after any currency sign).
  const qualBefore = text.slice(Math.max(0, start - 40), start);
  for (const [re, q] of QUALIFIERS) {
    const qm = re.exec(qualBefore);
    if (qm && (qm.index === 0 || /[\s(«"“'’]/.test(qualBefore[qm.index - 1]!))) {
      qualifier = q;
      start -= qm[0].length;
      break;
    }
  }

  const rest = text.slice(end);
  // Percent.
  const pct = /^\s*(?:%|per ?cent\b|percent\b|pour ?cent\b|por ?cient[oa]\b|por ?cento\b|prozent\b|procent\p{L}*|процент\p{L}*)/iu.exec(rest);
  if (pct && !hit.isRatio) {
    kind = 'percent';
    unit = 'percent';
    end += pct[0].length;
  }

  // Dates, years, times, ages, ordinals.
  if (kind === 'count' && value !== null && !hit.isRatio) {
    const raw = text.slice(hit.start, hit.end);
    const isPlainInt = /^\d+$/.test(raw);
    if (isPlainInt && (MONTH_AFTER.test(rest) || monthBefore(text, hit.start))) kind = 'date';
    else if (isPlainInt && raw.length === 4 && value >= 1900 && value <= 2100 && !/^\s*(?:people|personnes|человек)/iu.test(rest))
      kind = 'year';
    else if (isPlainInt && raw.length === 4 && value >= 1000 && value <= 2100 && /^['’]?s(?![\p{L}])/u.test(rest)) kind = 'year';
    else if (/^(?::\d{2}|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\d{2}|h(?![\p{L}\d])|Uhr\b|hod\.|GMT|UTC))/iu.test(rest) || /(?:a las|às|um|à)\s*$/iu.test(before) || (text[hit.start - 1] === ':' && /\d/.test(text[hit.start - 2] ?? '')))
      kind = 'time';
    else if (/^(?:-|\s)?(?:year-old|years? old|ans(?![\p{L}])|-летн|лет(?![\p{L}])|год(?:а)?(?![\p{L}])|años|anos|jahre alt|-?jährig\p{L}*|let(?![\p{L}]))/iu.test(rest) || /\b(?:aged|ages? of|ages? of \d+ (?:and|to)|âgée?s? de|l['’]âge de)\s*$/iu.test(before))
      kind = 'age';
    else if (/^(?:st|nd|rd|th|e|er|ème|-?й|-?го)(?![\p{L}])/u.test(rest)) kind = 'ordinal';
    else if (isPlainInt && value <= 120 && /[\p{Lu}][\p{L}'’.-]+,\s*$/u.test(before) && /^\s*,/.test(rest)) kind = 'age';
    else if (isPlainInt && value <= 30 && (/^\s?[-–]\s?\d{1,2}(?![\d%])/.test(rest) || /(?:^|[^\d])\d{1,2}\s?[-–]\s?$/.test(before)) && !/^\s?[-–]\s?\d{1,2}\s*(?:%|per|years?|days?|months?|hours?)/i.test(rest))
      kind = 'score';
    else if (/^[\s-]*(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|centuries|seasons?|ans|mois|semaines|jours|heures|horas|días|dias|meses|semanas|minutos|stunden|tage[n]?|monate[n]?|wochen|minuten|jahre[n]?|hodin|dní|dnů|měsíců|minut|час(?:а|ов)?|минут\p{L}*|дн(?:я|ей)|недел\p{L}*|месяц\p{L}*)(?![\p{L}])/iu.test(rest))
      kind = 'duration';
    // A phone number, postcode or code with a leading zero ("0800 123 456") is not a quantity.
    else if (/^0\d/.test(raw)) kind = 'name';
    // A capitalised number word inside a sentence belongs to a name ("the Three Amigos", "the Big Three").
    else if (!/\d/.test(raw) && /^[\p{Lu}]/u.test(raw) && before.trim() !== '' && !/[.!?]["'”’»)]?\s*$/u.test(before)) kind = 'name';
  }

  // Unit: the first unit word among the next few words ("446 people", "nine Russian air strikes", "2,5 millions de dollars").
  if (unit === null && kind !== 'date' && kind !== 'year' && kind !== 'time' && kind !== 'ordinal') {
    const tail = text.slice(end, end + 80);
    const gap = tail.slice(0, Math.max(0, tail.search(/[\p{L}]/u)));
    if (!/[.;:!?]/.test(gap)) {
      for (const w of firstWords(tail, 5)) {
        const word = w.toLowerCase().replace(/^(?:d|l|qu)['’]/, '');
        const u = UNIT_WORDS[word] ?? UNIT_WORDS[word.replace(/[-']/g, '')];
        if (u) {
          unit = u;
          break;
        }
        // Proper adjectives and names ("Islamic State militants", "Kurdish fighters") sit between a number and its unit.
        if (!UNIT_FILLER.has(word) && !SCALES[word] && !/^[\p{Lu}]/u.test(w)) break;
      }
    }
    if (unit && (kind === 'count' || kind === 'age') && UNIT_FAMILY[unit] === 'money') kind = 'money';
    if (kind === 'age' && unit) kind = 'count';
  }
  if (hit.isRatio) kind = 'ratio';

  // Qualifier shapes the range.
  if (value !== null && min === null && max === null) {
    if (qualifier === 'at-least' || qualifier === 'more-than') {
      min = value;
      value = null;
    } else if (qualifier === 'up-to' || qualifier === 'less-than') {
      max = value;
      value = null;
    }
  }
  if (qualifier === null && hit.min !== null) qualifier = 'about';
  void lang;

  return {
    raw: text.slice(start, end).trim(),
    value,
    min,
    max,
    qualifier: qualifier ?? (value !== null ? 'exact' : null),
    unit,
    isRatio: hit.isRatio,
    start,
    end,
    kind,
  };
}

/** The ParsedNumber contract (no offsets), for quantities only: dates, years, times and ordinals are left out. */
export function parseNumbers(text: string, lang: string | null = null): ParsedNumber[] {
  return findNumbers(text, lang)
    .filter((n) => !DESCRIPTIVE_KINDS.has(n.kind) || n.kind === 'age')
    .map(toParsedNumber);
}

export function toParsedNumber(n: NumberSpan): ParsedNumber {
  return { raw: n.raw, value: n.value, min: n.min, max: n.max, qualifier: n.qualifier, unit: n.unit, isRatio: n.isRatio };
}

/** The number's central value for comparisons: value, else the bound it has, else the middle of its range. */
export function anchorOf(n: { value?: number | null; min?: number | null; max?: number | null }): number | null {
  if (n.value != null) return n.value;
  if (n.min != null && n.max != null) return (n.min + n.max) / 2;
  return n.min ?? n.max ?? null;
}

/**
 * Units that count the same thing, for deciding whether two figures can be the same claim: "446 people" and
 * "446 dead" can; "446 civilians", "446 fighters" or "446 wounded" cannot, nor can "446 strikes".
 */
const UNIT_GROUP: Record<string, string> = {
  people: 'people',
  deaths: 'people',
  attacks: 'strikes',
  strikes: 'strikes',
  hospitals: 'facilities',
  facilities: 'facilities',
  homes: 'buildings',
  buildings: 'buildings',
  fighters: 'combatants',
  soldiers: 'combatants',
};

export function unitGroup(unit: string | null): string | null {
  if (!unit) return null;
  const canonical = UNIT_FAMILY[unit] ? unit : (unitOfWord(unit) ?? unit.toLowerCase());
  return UNIT_GROUP[canonical] ?? canonical;
}

/** The canonical unit a word names ("clinics" -> "hospitals"), if any. Accents are optional. */
export function unitOfWord(word: string): string | null {
  const w = word.toLowerCase();
  return UNIT_WORDS[w] ?? UNIT_WORDS_FOLDED[w] ?? null;
}

export function unitFamily(unit: string | null): string | null {
  if (!unit) return null;
  return UNIT_FAMILY[unit] ?? UNIT_FAMILY[UNIT_WORDS[unit.toLowerCase()] ?? ''] ?? unit.toLowerCase();
}
