import { describe, expect, it, vi } from 'vitest';
import { LinkMarksController } from '@/lib/settings/link-marks-controller';
import { hostFromInput, LINK_MARKS_STORAGE_KEY, LINK_PRESETS, NO_LINK_MARKS, otherHosts, parseLinkMarks, presetOn, withHosts } from '@/lib/settings/link-marks';
import type { StoragePort } from '@/lib/storage/storage-port';
import { EN } from '../components/fixture';

describe('link-mark settings', () => {
  it('are a sorted list of hosts; anything invalid reads as none', () => {
    const marks = withHosts(NO_LINK_MARKS, ['x.com', 'bsky.app', 'x.com'], true);
    expect(marks.hosts).toEqual(['bsky.app', 'x.com']);
    expect(withHosts(marks, ['x.com'], false).hosts).toEqual(['bsky.app']);
    expect(parseLinkMarks({ version: 1, hosts: ['https://x.com'] })).toEqual(NO_LINK_MARKS);
    expect(parseLinkMarks(undefined)).toEqual(NO_LINK_MARKS);
  });

  it('a preset is on when all its hosts are; hosts added by hand are listed apart', () => {
    const marks = withHosts(NO_LINK_MARKS, [...LINK_PRESETS.search, 'mastodon.social'], true);
    expect(presetOn(marks, 'search')).toBe(true);
    expect(presetOn(withHosts(marks, ['www.bing.com'], false), 'search')).toBe(false);
    expect(otherHosts(marks)).toEqual(['mastodon.social']);
  });

  it('reads a host from what the reader types', () => {
    expect(hostFromInput('https://mastodon.social/@someone')).toEqual({ ok: true, host: 'mastodon.social' });
    expect(hostFromInput('fosstodon.org')).toEqual({ ok: true, host: 'fosstodon.org' });
    expect(hostFromInput('')).toEqual({ ok: false, error: 'empty' });
    expect(hostFromInput('ftp://x.org')).toEqual({ ok: false, error: 'not-web' });
  });
});

function setUp({ grant = true, keep = false } = {}) {
  const data: Record<string, unknown> = {};
  const port: StoragePort = { get: async (k) => data[k], set: async (k, v) => void (data[k] = v), remove: async (k) => void delete data[k] };
  const permissions = {
    request: vi.fn(async (_origins: string[]) => grant),
    remove: vi.fn(async (_origins: string[]) => true),
    contains: vi.fn(async (_origins: string[]) => grant),
  };
  const controller = new LinkMarksController(port, permissions, EN, async () => keep, () => {});
  return { controller, permissions, stored: () => data[LINK_MARKS_STORAGE_KEY] as { hosts: string[] } | undefined };
}

describe('the options page turning link marks on and off', () => {
  it("asks for exactly the preset's hosts, in the click's turn, then saves them", async () => {
    const { controller, permissions, stored } = setUp();
    await controller.load();
    const done = controller.setPreset('news', true);
    expect(permissions.request).toHaveBeenCalledWith(['*://news.google.com/*', '*://news.yahoo.com/*', '*://www.msn.com/*']);
    await done;
    expect(stored()?.hosts).toEqual(['news.google.com', 'news.yahoo.com', 'www.msn.com']);
  });

  it('saves nothing when the browser refuses, and says so', async () => {
    const { controller, stored } = setUp({ grant: false });
    await controller.load();
    await controller.setPreset('search', true);
    expect(stored()).toBeUndefined();
    expect(controller.current.notice?.title).toBe(EN.t('options_linksDenied'));
  });

  it('turning a preset off gives its access back, unless annotations still use it', async () => {
    const { controller, permissions } = setUp();
    await controller.load();
    await controller.setPreset('social', true);
    await controller.setPreset('social', false);
    expect(permissions.remove).toHaveBeenCalledWith(LINK_PRESETS.social.map((h) => `*://${h}/*`));

    const kept = setUp({ keep: true });
    await kept.controller.load();
    await kept.controller.setPreset('social', true);
    await kept.controller.setPreset('social', false);
    expect(kept.permissions.remove).not.toHaveBeenCalled();
  });

  it('adds a Mastodon instance, and refuses what is not a site', async () => {
    const { controller, stored, permissions } = setUp();
    await controller.load();
    expect(controller.addHost('not a site')).toBe(false);
    expect(controller.current.addError).toBeTruthy();
    expect(controller.addHost('mastodon.social')).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith(['*://mastodon.social/*']);
    await vi.waitFor(() => expect(stored()?.hosts).toEqual(['mastodon.social']));
  });
});
