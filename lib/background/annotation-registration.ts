import { ANNOTATE_SCRIPT } from '../annotate/deliver';
import { hostPattern } from '../annotate/site';
import type { Settings } from '../settings/settings';

/**
 * The content scripts registered for the sites the reader annotates, so their pages are extracted and
 * annotated on load without a click. Computed from the settings and the host permissions actually granted.
 */

export const ANNOTATION_SCRIPT_ID = 'sourcelight-annotate';
export const EXTRACT_SCRIPT = '/extract.js';

export interface AnnotationScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_idle';
  allFrames: false;
}

interface Pattern {
  scheme: string;
  host: string;
}

function parsePattern(pattern: string): Pattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*' };
  const match = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  return match ? { scheme: match[1]!, host: match[2]! } : null;
}

/** Whether a granted match pattern covers all pages of `wanted` (a `scheme://host/*` pattern). */
function covers(granted: Pattern, wanted: Pattern): boolean {
  if (granted.scheme !== '*' && granted.scheme !== wanted.scheme) return false;
  if (granted.host === '*') return true;
  if (granted.host.startsWith('*.')) {
    const base = granted.host.slice(2);
    return wanted.host === base || wanted.host.endsWith(`.${base}`);
  }
  return granted.host === wanted.host;
}

/** Whether the granted host permissions cover every page of `pattern`. */
export function grantCovers(granted: readonly string[], pattern: string): boolean {
  const wanted = parsePattern(pattern);
  if (!wanted) return false;
  const schemes = wanted.scheme === '*' ? ['http', 'https'] : [wanted.scheme];
  const parsed = granted.map(parsePattern).filter((p): p is Pattern => p !== null);
  return schemes.every((scheme) => parsed.some((g) => covers(g, { scheme, host: wanted.host })));
}

/** The registration for these settings and grants, or null when no site is annotated (unregister). */
export function annotationScript(settings: Settings, granted: readonly string[]): AnnotationScript | null {
  const sites = Object.entries(settings.annotations.sites);
  const patternsFor = (on: boolean) => [...new Set(sites.filter(([, value]) => value === on).map(([origin]) => hostPattern(origin)))].sort();
  const base = { id: ANNOTATION_SCRIPT_ID, js: [EXTRACT_SCRIPT, ANNOTATE_SCRIPT], runAt: 'document_idle', allFrames: false } as const;
  if (settings.annotations.everywhere && grantCovers(granted, '*://*/*')) {
    const off = patternsFor(false);
    return { ...base, js: [...base.js], matches: ['*://*/*'], ...(off.length ? { excludeMatches: off } : {}) };
  }
  const on = patternsFor(true).filter((pattern) => grantCovers(granted, pattern));
  return on.length ? { ...base, js: [...base.js], matches: on } : null;
}

/** The scripting API calls the sync needs. */
export interface RegistrationPorts {
  isRegistered(): Promise<boolean>;
  register(script: AnnotationScript): Promise<void>;
  unregister(): Promise<void>;
}

/** Makes the registered script match `script`: replaced when there is one, removed when null. */
export async function syncAnnotationScript(ports: RegistrationPorts, script: AnnotationScript | null): Promise<void> {
  if (await ports.isRegistered()) await ports.unregister();
  if (script) await ports.register(script);
}
