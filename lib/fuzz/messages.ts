import { LIMITS } from '../model/limits';
import { BIDI, LONE_SURROGATES, ZERO_WIDTH } from './mutators';
import type { Rng } from './prng';

/** Valid messages of the protocol, as templates for mutation. */
export function validMessages(): unknown[] {
  const page = {
    url: 'https://news.example.org/a/1',
    canonicalUrl: null,
    title: 'Title',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    publisher: null,
    paragraphs: ['The minister said the talks would continue.'],
    wordCount: 7,
    readerable: true,
    claimReviews: [],
  };
  return [
    { type: 'sourcelight/page-snapshot', result: { status: 'ok', snapshot: { url: page.url, html: `<html><body><p>${page.paragraphs[0]}</p></body></html>` } } },
    { type: 'sourcelight/page-snapshot', result: { status: 'not-article', url: 'https://e.org/', title: 'x' } },
    { type: 'sourcelight/page-snapshot', result: { status: 'too-large', url: 'https://e.org/', reason: 'big' } },
    { type: 'sourcelight/page-snapshot', result: { status: 'failed', url: 'https://e.org/', reason: 'boom' } },
    { type: 'sourcelight/get-tab-state', tabId: 3, wait: false },
  ];
}

const throwing = () => {
  throw new Error('hostile getter');
};

/** Values made by randomValue: edits that must break the schema never land inside them. */
const random = new WeakSet<object>();

/** A random JSON-ish (and some not JSON) value: the junk a confused or hostile sender could put anywhere. */
export function randomValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 3 ? 10 : 14)) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rng.pick([0, -1, 1.5, NaN, Infinity, -Infinity, -0, 2 ** 53, Number.MAX_VALUE, 1e-320]);
    case 3: return rng.pick([true, false]);
    case 4: return rng.pick(['', 'sourcelight/page-snapshot', 'sourcelight/get-tab-state', 'ok', 'too-large', '__proto__', 'constructor']);
    case 5: return 'x'.repeat(rng.pick([2_000, 2_001, 4_097, 100_000]));
    case 6: return [...LONE_SURROGATES, ...BIDI, ...ZERO_WIDTH, '\u0000'].join('');
    case 7: return rng.pick([Symbol('s'), 10n, () => 1, new Date(0), /re/g, new Map(), new Uint8Array(4)]);
    case 8: return Object.defineProperty({}, 'type', { get: throwing, enumerable: true });
    case 9: return new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing });
    case 10: case 11: {
      const list = Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
      random.add(list);
      return list;
    }
    default: {
      const out: Record<string, unknown> = Object.create(rng.chance(0.2) ? null : Object.prototype);
      for (let i = rng.int(5); i > 0; i--) {
        const key = rng.pick(['type', 'result', 'status', 'page', 'tabId', 'wait', 'url', 'paragraphs', '__proto__', 'x']);
        // An own "__proto__" key, as JSON.parse makes it, not a prototype change.
        Object.defineProperty(out, key, { value: randomValue(rng, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      random.add(out);
      return out;
    }
  }
}

/** Structural copy that keeps non-JSON values (a plain JSON round trip would drop the interesting ones). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

/** Every object/array slot along a path in `value`, for picking one to mutate. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (value && typeof value === 'object' && random.has(value)) return out;
  if (Array.isArray(value)) value.forEach((item, i) => { out.push([value, i]); slots(item, out); });
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let entries: [string, unknown][];
    try {
      entries = Object.entries(value);
    } catch {
      return out; // a hostile getter or proxy planted by an earlier edit: leave it as it is
    }
    for (const [key, item] of entries) {
      if (key.startsWith('extra')) continue;
      out.push([value as Record<string, unknown>, key]); slots(item, out);
    }
  }
  return out;
}

/**
 * A valid message with 1..3 slots replaced, deleted or stretched past a limit, or a wholly random value.
 * `invalid` is true when a mutation certainly breaks the schema (a required key deleted, a string or list
 * past its limit, a random non-message); a random replacement may or may not, so it leaves `invalid` unknown (null).
 */
export function mutateMessage(rng: Rng): { message: unknown; invalid: boolean | null; edits: string[] } {
  if (rng.chance(0.15)) {
    // A random object could, very rarely, be a valid message by chance; anything else never is.
    const message = randomValue(rng);
    const object = typeof message === 'object' && message !== null && !Array.isArray(message);
    return { message, invalid: object ? null : true, edits: ['random'] };
  }
  const message = copy(rng.pick(validMessages()));
  const edits: string[] = [];
  let invalid: boolean | null = false;
  const slot = () => {
    const all = slots(message);
    const [holder, key] = rng.pick(all);
    return { h: holder as Record<string | number, unknown>, key };
  };
  // First edits that may or may not break the message, then at most one that certainly does: it comes last so
  // no later edit can replace the part it broke.
  for (let i = rng.int(3); i > 0; i--) {
    const { h, key } = slot();
    if (rng.chance(0.5)) {
      h[`extra${rng.int(3)}`] = randomValue(rng);
      edits.push('extra key');
    } else {
      h[key] = randomValue(rng);
      edits.push(`replace ${key}`);
      invalid = null;
    }
  }
  if (edits.length === 0 || rng.chance(0.6)) {
    const { h, key } = slot();
    const kind = rng.int(3);
    if (kind === 1 && typeof h[key] === 'string' && (h[key] as string).length > 0) {
      // Past every string limit: the snapshot's markup allows far more than a short string.
      const text = h[key] as string;
      h[key] = text.repeat(Math.ceil((key === 'html' ? LIMITS.maxSnapshotChars + 1 : 5_000 * text.length) / text.length));
      edits.push(`stretch ${key}`);
    } else if (kind === 2 && Array.isArray(h[key])) {
      h[key] = Array.from({ length: 2_001 }, () => 'p');
      edits.push(`flood ${key}`);
    } else {
      delete h[key];
      edits.push(`delete ${key}`);
    }
    invalid = true;
  }
  return { message, invalid, edits };
}
