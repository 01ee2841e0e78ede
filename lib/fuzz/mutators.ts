import type { Rng } from './prng';

/**
 * HTML mutators for fuzzing the extraction and analysis pipeline. Each takes a page's HTML and a seeded
 * generator and returns new HTML; all are pure (same input and seed, same output).
 * `cost` says how expensive the result is to parse: `heavy` mutations (megabytes of text, 100k elements)
 * are meant to be drawn only a handful of times per run.
 */
export interface Mutator {
  name: string;
  cost: 'light' | 'heavy';
  /** Relative chance of being drawn among the light mutators (default 1). */
  weight?: number;
  mutate(html: string, rng: Rng): string;
}

/** Hostile code points: bidi overrides and isolates, zero-width characters, BOM, NUL, lone surrogates. */
export const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e'];
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
const WEIRD = [...BIDI, ...ZERO_WIDTH, ...LONE_SURROGATES, '\u0000', '\ufffd', '\u0085', '\u2028', '\u2029', '\u00a0', '\r', '\u000b'];

const TAGS = ['div', 'p', 'span', 'a', 'table', 'tr', 'td', 'li', 'ul', 'blockquote', 'article', 'section', 'b', 'i', 'h1', 'h2', 'pre', 'figure', 'form', 'svg', 'math', 'select', 'textarea', 'noscript', 'template', 'iframe', 'object', 'font', 'center', 'marquee', 'frameset', 'head', 'body', 'html', 'title', 'style', 'script', 'plaintext', 'xmp', 'caption', 'colgroup', 'option', 'q'];

const WORDS = ['the', 'minister', 'said', 'according', 'to', 'officials', 'on', 'Tuesday', 'killed', 'at', 'least', '1,200', 'people', 'Reuters', 'told', 'spokesperson', 'claimed', 'percent', '45%', '$3 million', 'Ivan', 'Petrov', 'Ministry', 'of', 'Defence', 'reported', 'that', 'a'];

const repeat = (unit: string, n: number) => unit.repeat(Math.max(0, n));

/** Start of the body content (after `<body ...>`), or 0 when the page has no body tag. */
function bodyStart(html: string): number {
  const match = /<body\b[^>]*>/i.exec(html);
  return match ? match.index + match[0].length : 0;
}

/** A random position just after a tag's closing `>` inside the body, so inserted markup lands between elements. */
export function tagBoundary(html: string, rng: Rng): number {
  const start = bodyStart(html);
  const span = html.length - start;
  if (span <= 0) return html.length;
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = html.indexOf('>', start + rng.int(span));
    if (at >= 0) return at + 1;
  }
  return html.length;
}

export function insertAt(html: string, at: number, fragment: string): string {
  return html.slice(0, at) + fragment + html.slice(at);
}

const insert = (html: string, rng: Rng, fragment: string) => insertAt(html, tagBoundary(html, rng), fragment);

export function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

/** UTF-8 bytes with some corrupted, decoded again: invalid sequences become U+FFFD as a browser would show them. */
export function corruptUtf8(text: string, rng: Rng, corruptions: number): string {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < corruptions && bytes.length; i++) {
    bytes[rng.int(bytes.length)] = rng.pick([0xff, 0xfe, 0xc0, 0xc3, 0xe2, 0xed, 0xf4, 0x80, 0xbf, 0x00]);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function sprinkle(text: string, rng: Rng, count: number, alphabet: readonly string[]): string {
  const parts: string[] = [];
  let last = 0;
  const points = Array.from({ length: count }, () => rng.int(text.length + 1)).sort((a, b) => a - b);
  for (const at of points) {
    parts.push(text.slice(last, at), rng.pick(alphabet));
    last = at;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function tagSoup(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const tag = rng.pick(TAGS);
    switch (rng.int(9)) {
      case 0: out.push(`</${tag}>`); break;
      case 1: out.push(`<${tag} class="${words(rng, 2)}" id=x${rng.int(9)}>`); break;
      case 2: out.push('<!--'); break;
      case 3: out.push(rng.pick(['-->', ']]>', '<![CDATA[', '<!DOCTYPE html>', '<?xml version="1.0"?>'])); break;
      case 4: out.push(`<${tag}`); break; // unterminated tag
      case 5: out.push(`<${tag} title="${words(rng, 3)}`); break; // unterminated attribute
      case 6: out.push(rng.pick(['&#x', '&amp', '&#0;', '&#xD800;', '&#1114112;', '&nbsp', '&lt;script&gt;'])); break;
      case 7: out.push(`<${tag}>${words(rng, rng.range(1, 12))}</${rng.pick(TAGS)}>`); break;
      default: out.push(words(rng, rng.range(1, 6)));
    }
  }
  return out.join('');
}

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'truncate',
    cost: 'light',
    mutate: (html, rng) => html.slice(0, rng.int(html.length + 1)),
  },
  {
    name: 'truncate-head',
    cost: 'light',
    mutate: (html, rng) => html.slice(rng.int(html.length + 1)),
  },
  {
    name: 'delete-range',
    cost: 'light',
    mutate: (html, rng) => {
      const a = rng.int(html.length);
      return html.slice(0, a) + html.slice(a + rng.int(Math.min(5_000, html.length - a) + 1));
    },
  },
  {
    name: 'duplicate-range',
    cost: 'light',
    mutate: (html, rng) => {
      const a = rng.int(html.length);
      const chunk = html.slice(a, a + rng.int(3_000));
      return insertAt(html, rng.int(html.length + 1), chunk.repeat(rng.range(1, 5)));
    },
  },
  {
    name: 'nested-tables-500',
    cost: 'light',
    weight: 0.03, // happy-dom is slow on deep trees; the heavy tests cover 500-deep tables on their own
    mutate: (html, rng) =>
      insert(html, rng, `${repeat('<table><tr><td>', 500)}<p>${words(rng, 40)}.</p>${rng.chance(0.5) ? repeat('</td></tr></table>', 500) : ''}`),
  },
  {
    name: 'nested-divs',
    cost: 'light',
    weight: 0.03, // happy-dom is slow on deep trees; the heavy tests cover 500-deep tables on their own
    mutate: (html, rng) => insert(html, rng, `${repeat('<div>', rng.range(100, 3_000))}<p>${words(rng, 30)}.</p>`),
  },
  {
    name: 'text-node-5mb',
    cost: 'heavy',
    mutate: (html, rng) => insert(html, rng, `<p>${repeat(`${words(rng, 12)} `, 5_242_880 / 64)}</p>`),
  },
  {
    name: 'elements-100k',
    cost: 'heavy',
    mutate: (html, rng) => insert(html, rng, repeat(rng.pick(['<i></i>', '<br>', '<span>x</span>', '<b>']), 100_000)),
  },
  {
    name: 'bidi-zero-width',
    cost: 'light',
    mutate: (html, rng) => sprinkle(html, rng, rng.range(1, 200), [...BIDI, ...ZERO_WIDTH]),
  },
  {
    name: 'lone-surrogates-nul',
    cost: 'light',
    mutate: (html, rng) => sprinkle(html, rng, rng.range(1, 200), WEIRD),
  },
  {
    name: 'invalid-utf8',
    cost: 'light',
    mutate: (html, rng) => corruptUtf8(html, rng, rng.range(1, 300)),
  },
  {
    name: 'unclosed-quote',
    cost: 'light',
    weight: 0.04, // the analysis engines are slow on these (see the robustness report): drawn rarely
    mutate: (html, rng) =>
      insert(html, rng, `<p>${words(rng, 5)} said: ${rng.pick(['“', '"', '«', '„', '‘', '「'])}${repeat(`${words(rng, 10)} `, rng.range(100, 2_000))}</p>`),
  },
  {
    name: 'megabyte-sentence',
    cost: 'heavy',
    mutate: (html, rng) => insert(html, rng, `<p>${repeat(`${words(rng, 16)} `, 1_048_576 / 80).replace(/[.,;:!?%$]/g, '')}</p>`),
  },
  {
    name: 'said-flood',
    cost: 'light',
    weight: 0.04, // the analysis engines are slow on these (see the robustness report): drawn rarely
    mutate: (html, rng) => {
      const unit = rng.pick(['said ', 'said, ', 'Smith said. ', '“Yes,” said Ivan Petrov. ', 'according to officials ', 'told Reuters ']);
      return insert(html, rng, `<p>${repeat(unit, rng.range(1_000, 3_000))}</p>`);
    },
  },
  {
    name: 'quote-flood',
    cost: 'light',
    weight: 0.04, // the analysis engines are slow on these (see the robustness report): drawn rarely
    mutate: (html, rng) => insert(html, rng, `<p>${repeat(rng.pick(['“', '”', '"', '«', '»', '„', '‘', '’', "'"]), rng.range(1_000, 10_000))}</p>`),
  },
  {
    name: 'number-flood',
    cost: 'light',
    weight: 0.04, // the analysis engines are slow on these (see the robustness report): drawn rarely
    mutate: (html, rng) =>
      insert(html, rng, `<p>${repeat(rng.pick(['at least 1,200 people were killed, ', '45% of 3.2 million ', '$9,999,999,999,999,999,999 ', '1e308 ', '-0.0000001% ', '12–14 ', '1/2 ']), rng.range(200, 2_000))}</p>`),
  },
  {
    name: 'huge-json-ld',
    cost: 'light',
    mutate: (html, rng) => {
      const kind = rng.int(4);
      let json: string;
      if (kind === 0) json = `${repeat('[', 50_000)}1${repeat(']', 50_000)}`; // deep nesting
      else if (kind === 1) json = JSON.stringify({ '@type': 'NewsArticle', '@graph': Array.from({ length: 3_000 }, (_, i) => ({ '@type': 'ClaimReview', claimReviewed: `claim ${i}`, reviewRating: { ratingValue: i, alternateName: 'False' } })) });
      else if (kind === 2) json = JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'x'.repeat(1_000_000) }, datePublished: { '@value': ['2020'] } });
      else json = `{"@type":"NewsArticle","publisher":{"name":"${'\\u0000'.repeat(20_000)}"}`; // broken JSON
      return insert(html, rng, `<script type="application/ld+json">${json}</script>`);
    },
  },
  {
    name: 'duplicate-attributes',
    cost: 'light',
    mutate: (html, rng) =>
      html.replace(/<(a|p|div|meta|link|html|img)\b/gi, (whole) =>
        rng.chance(0.3)
          ? `${whole} ${rng.pick(['lang="en" lang="ar" lang', 'href="javascript:alert(1)" href="https://example.org/"', 'class="a" class="b" class="c"', `data-x="${'y'.repeat(rng.int(2_000))}"`, 'rel="canonical" rel="author"', 'property="og:site_name" content="Fake" content="Fake2"', repeat('x=1 ', 200)])}`
          : whole,
      ),
  },
  {
    name: 'tag-soup',
    cost: 'light',
    mutate: (html, rng) => insert(html, rng, tagSoup(rng, rng.range(10, 400))),
  },
  {
    name: 'strip-tags',
    cost: 'light',
    mutate: (html, rng) => (rng.chance(0.5) ? html.replace(/<\/?p\b[^>]*>/gi, '') : html.replace(/>/g, (m) => (rng.chance(0.02) ? '' : m))),
  },
];

export const LIGHT_MUTATORS = MUTATORS.filter((m) => m.cost === 'light');
export const HEAVY_MUTATORS = MUTATORS.filter((m) => m.cost === 'heavy');

export function mutatorNamed(name: string): Mutator {
  const found = MUTATORS.find((m) => m.name === name);
  if (!found) throw new Error(`no mutator named ${name}`);
  return found;
}

function pickWeighted(mutators: readonly Mutator[], rng: Rng): Mutator {
  const total = mutators.reduce((sum, m) => sum + (m.weight ?? 1), 0);
  let x = rng.next() * total;
  for (const m of mutators) {
    x -= m.weight ?? 1;
    if (x < 0) return m;
  }
  return mutators[mutators.length - 1]!;
}

/** Applies 1..max light mutations in a row (stacking is where the odd cases come from). */
export function mutateLight(html: string, rng: Rng, max = 3): { html: string; applied: string[] } {
  const applied: string[] = [];
  let out = html;
  for (let i = rng.range(1, max); i > 0; i--) {
    const mutator = pickWeighted(LIGHT_MUTATORS, rng);
    out = mutator.mutate(out, rng);
    applied.push(mutator.name);
  }
  return { html: out, applied };
}
