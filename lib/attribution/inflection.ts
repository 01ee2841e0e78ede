import type { Inflection } from './lexicon/types';

/** Stems are cached per inflection table; the cap keeps hostile input from growing the cache without bound. */
const MAX_CACHED = 20_000;

/**
 * A small rule-based normaliser for inflected words and proper names: it strips the longest case ending that
 * leaves a long enough stem and applies stem alternations, so "Fialy", "Fialovi" and "Fiala" share the stem
 * "fial", and "Pavel" and "Pavla" share "pavl". No dictionary: two forms match when their stems meet.
 */
export class Stemmer {
  private readonly endings: readonly string[];
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly inflection: Inflection) {
    this.endings = [...inflection.endings].sort((a, b) => b.length - a.length);
  }

  /** The word itself (lower-cased) and its stems, most specific first. */
  stems(word: string): readonly string[] {
    const lower = word.toLowerCase();
    const cached = this.cache.get(lower);
    if (cached) return cached;
    const found = [lower];
    const ending = this.endings.find((e) => lower.endsWith(e) && lower.length - e.length >= this.inflection.minStem);
    if (ending) found.push(lower.slice(0, lower.length - ending.length));
    for (const form of [...found]) {
      for (const [from, to] of this.inflection.alternations) {
        if (form.endsWith(from) && form.length - from.length + to.length >= this.inflection.minStem) found.push(form.slice(0, form.length - from.length) + to);
      }
    }
    const unique = [...new Set(found)];
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(lower, unique);
    return unique;
  }

  /** The shortest stem: the key two forms of one name share ("Declana" and "Declan" -> "declan"). */
  key(word: string): string {
    const stems = this.stems(word);
    // Ties go to the later stem, the one with alternations applied ("odborník" over "odborníc").
    return stems.reduce((a, b) => (b.length <= a.length ? b : a), stems[0]!);
  }

  /** Whether two forms can be the same word: one of their stems meets. */
  same(a: string, b: string): boolean {
    const stemsOfB = this.stems(b);
    return this.stems(a).some((s) => stemsOfB.includes(s));
  }
}

/** A word list that also accepts inflected forms of its words ("ministerstva" for "ministerstvo"). */
export class InflectedSet extends Set<string> {
  private readonly byStem = new Map<string, string>();

  constructor(
    words: Iterable<string>,
    private readonly stemmer: Stemmer,
  ) {
    super();
    for (const word of words) {
      super.add(word);
      for (const stem of stemmer.stems(word)) if (!this.byStem.has(stem)) this.byStem.set(stem, word);
    }
  }

  override has(word: string): boolean {
    return super.has(word) || this.baseOf(word) !== null;
  }

  isListed(word: string): boolean {
    return super.has(word);
  }

  /** The listed word an inflected form stands for, or null. */
  baseOf(word: string): string | null {
    if (super.has(word)) return word;
    for (const stem of this.stemmer.stems(word)) {
      const base = this.byStem.get(stem);
      if (base) return base;
    }
    return null;
  }
}

const VOWEL = /[aeiouyáéíóúůýěаеёиоуыэюя]/u;

/**
 * A nominative guess for a name seen only in other cases: each word loses the first oblique ending that follows a
 * consonant ("Declana Rice" -> "Declan Rice", "Petra Fialy" -> "Petr Fiala"). Feminine names are left as written.
 */
export function guessNominative(name: string, inflection: Inflection): string {
  const rules = inflection.obliqueNameEndings ?? [];
  const words = name.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  if (!rules.length || lower.some((w) => (inflection.feminineNameEndings ?? []).some((e) => w.endsWith(e)))) return name;
  return words
    .map((word, i) => {
      const rule = rules.find(([from]) => {
        const stem = lower[i]!.slice(0, lower[i]!.length - from.length);
        return lower[i]!.endsWith(from) && stem.length >= inflection.minStem && !VOWEL.test(stem.at(-1) ?? 'a');
      });
      return rule ? restoreFleetingVowel(word.slice(0, word.length - rule[0].length) + rule[1], inflection) : word;
    })
    .join(' ');
}

/** "Pavl" -> "Pavel", "Mark" -> "Marek": the vowel an oblique form drops between two consonants comes back. */
function restoreFleetingVowel(word: string, inflection: Inflection): string {
  for (const [from, to] of inflection.alternations) {
    if (from.length !== to.length + 1 || !word.toLowerCase().endsWith(to)) continue;
    const before = word.toLowerCase().at(-to.length - 1) ?? 'a';
    if (!VOWEL.test(before)) return word.slice(0, word.length - to.length) + from;
  }
  return word;
}

/** Shortest listed word a compound may end in, and the shortest part before it ("Vorstands" + "chef"). */
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_LEAD = 3;

/** A word list that also accepts compounds ending in one of its words: "Finanzministerin" for "ministerin". */
export class CompoundSet extends Set<string> {
  private readonly heads: string[];
  private readonly seen = new Map<string, boolean>();

  constructor(words: Iterable<string>) {
    super(words);
    this.heads = [...this].filter((w) => w.length >= MIN_COMPOUND_HEAD && !/\s/u.test(w));
  }

  override has(word: string): boolean {
    if (super.has(word)) return true;
    if (word.length < MIN_COMPOUND_HEAD + MIN_COMPOUND_LEAD) return false;
    const known = this.seen.get(word);
    if (known !== undefined) return known;
    const found = /^\p{L}+$/u.test(word) && this.heads.some((head) => word.endsWith(head) && word.length - head.length >= MIN_COMPOUND_LEAD);
    if (this.seen.size >= MAX_CACHED) this.seen.clear();
    this.seen.set(word, found);
    return found;
  }
}
