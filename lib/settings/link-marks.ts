import * as v from 'valibot';
import { originFromInput, type OriginInputError } from './sites';

/**
 * Where the reader turned link marks on: a list of hosts, stored under its own key in storage.local (apart from
 * the annotation settings, so neither can overwrite the other). Each host is asked of the browser as
 * `*://host/*`. Pure: every edit returns new settings.
 */

export const LINK_MARKS_STORAGE_KEY = 'linkMarks';
const MAX_HOSTS = 200;

const HostSchema = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/));
export const LinkMarksSchema = v.object({
  version: v.literal(1),
  hosts: v.pipe(v.array(HostSchema), v.maxLength(MAX_HOSTS)),
});
export type LinkMarks = v.InferOutput<typeof LinkMarksSchema>;

export const NO_LINK_MARKS: LinkMarks = { version: 1, hosts: [] };

/** The one-click groups the options page offers, each with exactly the hosts it asks access to. */
export const LINK_PRESETS = {
  search: ['www.google.com', 'www.bing.com', 'duckduckgo.com', 'www.startpage.com', 'search.yahoo.com'],
  social: ['x.com', 'www.facebook.com', 'www.reddit.com', 'bsky.app'],
  news: ['news.google.com', 'news.yahoo.com', 'www.msn.com'],
} as const satisfies Record<string, readonly string[]>;
export type LinkPreset = keyof typeof LINK_PRESETS;
export const PRESET_IDS = Object.keys(LINK_PRESETS) as LinkPreset[];

/** The host permission a host's link marks need: every page of it, over http and https. */
export function hostPermission(host: string): string {
  return `*://${host}/*`;
}

export function parseLinkMarks(value: unknown): LinkMarks {
  try {
    const result = v.safeParse(LinkMarksSchema, value);
    return result.success ? result.output : NO_LINK_MARKS;
  } catch {
    return NO_LINK_MARKS;
  }
}

export function withHosts(marks: LinkMarks, hosts: readonly string[], on: boolean): LinkMarks {
  const set = new Set(marks.hosts);
  for (const host of hosts) {
    if (on) set.add(host);
    else set.delete(host);
  }
  return { ...marks, hosts: [...set].sort().slice(0, MAX_HOSTS) };
}

export function presetOn(marks: LinkMarks, preset: LinkPreset): boolean {
  return LINK_PRESETS[preset].every((host) => marks.hosts.includes(host));
}

/** Hosts the reader added by hand (a Mastodon instance, a local search engine): not part of any preset. */
export function otherHosts(marks: LinkMarks): string[] {
  const inPresets = new Set<string>(Object.values(LINK_PRESETS).flat());
  return marks.hosts.filter((host) => !inPresets.has(host));
}

export type HostInput = { ok: true; host: string } | { ok: false; error: OriginInputError };

/** "mastodon.social", "https://mastodon.social/@someone" → "mastodon.social". */
export function hostFromInput(input: string): HostInput {
  const parsed = originFromInput(input);
  if (!parsed.ok) return parsed;
  const host = new URL(parsed.origin).hostname;
  return v.is(HostSchema, host) ? { ok: true, host } : { ok: false, error: 'invalid' };
}
