import { describe, expect, it, vi } from 'vitest';
import { annotateIfEnabled, type AnnotationPorts } from '@/lib/background/annotations';
import { annotationScript, grantCovers, syncAnnotationScript, ANNOTATION_SCRIPT_ID } from '@/lib/background/annotation-registration';
import { hostPattern, siteOrigin } from '@/lib/annotate/site';
import { toggleSiteAnnotations, withSite, type SiteTogglePorts } from '@/lib/annotate/site-toggle';
import { annotationItems } from '@/lib/annotate/items';
import type { AnnotationItem, TabState } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { ANALYSIS, EN } from '../components/fixture';

const SITE = 'https://www.rferl.org';
const PAGE = `${SITE}/a/1.html`;
const READY: TabState = { state: 'ready', analysis: ANALYSIS };
const settings = (everywhere: boolean, sites: Record<string, boolean> = {}): Settings => ({ version: 1, annotations: { everywhere, sites } });

function ports(current: Settings, granted: string[]) {
  const deliver = vi.fn(async () => {});
  const p: AnnotationPorts = {
    settings: async () => current,
    hasHostAccess: async (pattern) => grantCovers(granted, pattern),
    deliver,
    messages: EN,
  };
  return { p, deliver };
}

describe('site origin and host pattern', () => {
  it('keeps http(s) origins only, and drops the port from the pattern', () => {
    expect(siteOrigin(PAGE)).toBe(SITE);
    expect(siteOrigin('chrome://version')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
    expect(hostPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});

describe('annotateIfEnabled', () => {
  it('sends the analysis as annotations when the site is on and access is granted', async () => {
    const { p, deliver } = ports(settings(false, { [SITE]: true }), ['https://www.rferl.org/*']);
    const sent = await annotateIfEnabled(p, 7, PAGE, READY);
    expect(sent).toBeGreaterThan(0);
    expect(deliver).toHaveBeenCalledTimes(1);
    const [tabId, items] = deliver.mock.calls[0] as unknown as [number, AnnotationItem[]];
    expect(tabId).toBe(7);
    expect(items).toHaveLength(sent);
    expect(items).toEqual(annotationItems(ANALYSIS, EN));
  });

  it('sends nothing when off (the default), when the site is turned off, without access, or without an analysis', async () => {
    for (const [current, granted, state, url] of [
      [DEFAULT_SETTINGS, ['*://*/*'], READY, PAGE],
      [settings(true, { [SITE]: false }), ['*://*/*'], READY, PAGE],
      [settings(false, { [SITE]: true }), ['https://other.example/*'], READY, PAGE],
      [settings(true), ['*://*/*'], { state: 'analysing' }, PAGE],
      [settings(true), ['*://*/*'], READY, 'file:///tmp/a.html'],
    ] as const) {
      const { p, deliver } = ports(current, [...granted]);
      expect(await annotateIfEnabled(p, 1, url, state as TabState)).toBe(0);
      expect(deliver).not.toHaveBeenCalled();
    }
  });

  it('annotates every granted site when "everywhere" is on', async () => {
    const { p, deliver } = ports(settings(true), ['*://*/*']);
    expect(await annotateIfEnabled(p, 1, PAGE, READY)).toBeGreaterThan(0);
    expect(deliver).toHaveBeenCalled();
  });
});

describe('annotationScript', () => {
  it('is null when nothing is on or nothing is granted', () => {
    expect(annotationScript(DEFAULT_SETTINGS, ['*://*/*'])).toBeNull();
    expect(annotationScript(settings(false, { [SITE]: true }), [])).toBeNull();
    expect(annotationScript(settings(true), ['https://www.rferl.org/*'])).toBeNull();
  });

  it('registers the turned-on sites that are granted, extraction script first', () => {
    const script = annotationScript(settings(false, { [SITE]: true, 'http://127.0.0.1:4000': true, 'https://off.example': false, 'https://nogrant.example': true }), [
      'https://www.rferl.org/*',
      '*://127.0.0.1/*',
    ]);
    expect(script).toEqual({
      id: ANNOTATION_SCRIPT_ID,
      js: ['/extract.js', '/annotate.js'],
      matches: ['http://127.0.0.1/*', 'https://www.rferl.org/*'],
      runAt: 'document_idle',
      allFrames: false,
    });
  });

  it('registers all sites minus the turned-off ones when "everywhere" is on and all sites are granted', () => {
    const script = annotationScript(settings(true, { 'https://off.example': false, [SITE]: true }), ['<all_urls>']);
    expect(script?.matches).toEqual(['*://*/*']);
    expect(script?.excludeMatches).toEqual(['https://off.example/*']);
    expect(annotationScript(settings(true), ['http://*/*', 'https://*/*'])?.matches).toEqual(['*://*/*']);
  });

  it('understands subdomain and scheme wildcards in grants', () => {
    expect(grantCovers(['*://*.rferl.org/*'], 'https://www.rferl.org/*')).toBe(true);
    expect(grantCovers(['*://*.rferl.org/*'], 'https://rferl.org/*')).toBe(true);
    expect(grantCovers(['*://*.rferl.org/*'], 'https://evilrferl.org/*')).toBe(false);
    expect(grantCovers(['http://www.rferl.org/*'], 'https://www.rferl.org/*')).toBe(false);
    expect(grantCovers(['https://*/*'], '*://*/*')).toBe(false);
    expect(grantCovers(['https://www.rferl.org/a/*'], 'https://www.rferl.org/*')).toBe(false);
  });
});

describe('syncAnnotationScript', () => {
  function fakeScripting(registered: boolean) {
    const calls: string[] = [];
    return {
      calls,
      ports: {
        isRegistered: async () => registered,
        register: async () => void calls.push('register'),
        unregister: async () => void calls.push('unregister'),
      },
    };
  }
  it('replaces an existing registration, registers a new one, removes one no longer wanted', async () => {
    const script = annotationScript(settings(true), ['*://*/*']);
    const a = fakeScripting(true);
    await syncAnnotationScript(a.ports, script);
    expect(a.calls).toEqual(['unregister', 'register']);
    const b = fakeScripting(false);
    await syncAnnotationScript(b.ports, script);
    expect(b.calls).toEqual(['register']);
    const c = fakeScripting(true);
    await syncAnnotationScript(c.ports, null);
    expect(c.calls).toEqual(['unregister']);
  });
});

describe('toggleSiteAnnotations (the popup switch)', () => {
  function togglePorts(saveError: string | null = null) {
    let stored: Settings = DEFAULT_SETTINGS;
    const log: string[] = [];
    const p: SiteTogglePorts = {
      load: async () => stored,
      save: async (s) => (saveError ? saveError : ((stored = s), null)),
      deliver: async (items) => void log.push(`deliver ${items.length}`),
      clear: async () => void log.push('clear'),
    };
    return { p, log, stored: () => stored };
  }

  it('on: after the grant, saves the site as on and draws the annotations', async () => {
    const t = togglePorts();
    const result = await toggleSiteAnnotations(t.p, SITE, true, Promise.resolve(true), () => [{} as never, {} as never]);
    expect(result).toEqual({ on: true, error: null });
    expect(t.stored().annotations.sites).toEqual({ [SITE]: true });
    expect(t.log).toEqual(['deliver 2']);
  });

  it('on, permission refused: stays off and saves nothing', async () => {
    const t = togglePorts();
    expect(await toggleSiteAnnotations(t.p, SITE, true, Promise.resolve(false), () => [])).toEqual({ on: false, error: 'denied' });
    expect(await toggleSiteAnnotations(t.p, SITE, true, Promise.reject(new Error('no gesture')), () => [])).toEqual({ on: false, error: 'denied' });
    expect(t.stored()).toBe(DEFAULT_SETTINGS);
    expect(t.log).toEqual([]);
  });

  it('off: saves the site as off (overriding "everywhere") and clears the page', async () => {
    const t = togglePorts();
    expect(await toggleSiteAnnotations(t.p, SITE, false, Promise.resolve(true), () => [])).toEqual({ on: false, error: null });
    expect(t.stored().annotations.sites[SITE]).toBe(false);
    expect(t.log).toEqual(['clear']);
  });

  it('reports a failed save and keeps the previous state', async () => {
    const t = togglePorts('disk is full');
    expect(await toggleSiteAnnotations(t.p, SITE, true, Promise.resolve(true), () => [])).toEqual({ on: false, error: 'failed', reason: 'disk is full' });
    expect(t.log).toEqual([]);
  });

  it('withSite changes one site and leaves the rest', () => {
    const before = settings(true, { 'https://a.example': false });
    expect(withSite(before, SITE, true).annotations).toEqual({ everywhere: true, sites: { 'https://a.example': false, [SITE]: true } });
    expect(before.annotations.sites).toEqual({ 'https://a.example': false });
  });
});
