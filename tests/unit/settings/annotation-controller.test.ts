import { describe, expect, it, vi } from 'vitest';
import type { StoragePort } from '@/lib/storage/storage-port';
import { AnnotationSettingsController, type PermissionsPort } from '@/lib/settings/annotation-controller';
import { SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import { EN } from '../components/fixture';

function setUp({ grant = true, stored, failSet }: { grant?: boolean; stored?: unknown; failSet?: Error } = {}) {
  const data: Record<string, unknown> = stored === undefined ? {} : { [SETTINGS_STORAGE_KEY]: stored };
  const port: StoragePort = {
    get: async (key) => data[key],
    set: async (key, value) => {
      if (failSet) throw failSet;
      data[key] = value;
    },
    remove: async (key) => {
      delete data[key];
    },
  };
  const granted = new Set<string>();
  const permissions = {
    request: vi.fn(async (origins: string[]) => {
      if (grant) origins.forEach((o) => granted.add(o));
      return grant;
    }),
    remove: vi.fn(async (origins: string[]) => {
      origins.forEach((o) => granted.delete(o));
      return true;
    }),
    contains: vi.fn(async (origins: string[]) => origins.every((o) => granted.has(o))),
  } satisfies PermissionsPort;
  const controller = new AnnotationSettingsController(port, permissions, EN, () => {});
  const stored_ = () => data[SETTINGS_STORAGE_KEY] as { annotations: { everywhere: boolean; sites: Record<string, boolean> } } | undefined;
  return { controller, permissions, granted, stored: stored_ };
}

describe('the inline-annotations switch', () => {
  it('asks for access to all sites in the same turn as the click, then saves it on', async () => {
    const { controller, permissions, stored } = setUp();
    await controller.load();
    const done = controller.setEverywhere(true);
    // Nothing awaited yet: the request is still inside the user gesture.
    expect(permissions.request).toHaveBeenCalledWith(['*://*/*']);
    await done;
    expect(stored()?.annotations.everywhere).toBe(true);
    expect(controller.current.settings?.annotations.everywhere).toBe(true);
    expect(controller.current.accessMissing).toBe(false);
  });

  it('saves nothing when access is refused, and says why', async () => {
    const { controller, stored } = setUp({ grant: false });
    await controller.load();
    await controller.setEverywhere(true);
    expect(stored()).toBeUndefined();
    expect(controller.current.settings?.annotations.everywhere).toBe(false);
    expect(controller.current.notice).toEqual({ kind: 'error', title: EN.t('options_everywhereDenied'), lines: [] });
  });

  it('a request the browser rejects (no user gesture) reads as refused', async () => {
    const { controller, permissions, stored } = setUp();
    permissions.request.mockImplementationOnce(() => Promise.reject(new Error('permissions.request may only be called from a user input handler')));
    await controller.load();
    await controller.setEverywhere(true);
    expect(stored()).toBeUndefined();
    expect(controller.current.notice?.title).toBe(EN.t('options_everywhereDenied'));
  });

  it('turning it off saves off and gives the access back', async () => {
    const { controller, permissions, stored, granted } = setUp();
    await controller.load();
    await controller.setEverywhere(true);
    await controller.setEverywhere(false);
    expect(stored()?.annotations.everywhere).toBe(false);
    expect(permissions.remove).toHaveBeenCalledWith(['*://*/*']);
    expect(granted.size).toBe(0);
  });

  it('notices when the switch is on but the access was removed in the browser', async () => {
    const { controller } = setUp({ stored: { version: 1, annotations: { everywhere: true, sites: {} } } });
    await controller.load();
    expect(controller.current.accessMissing).toBe(true);
  });

  it('a full storage area gives the storage-full message and leaves the switch off', async () => {
    const { controller } = setUp({ failSet: new Error('QUOTA_BYTES quota exceeded') });
    await controller.load();
    await controller.setEverywhere(true);
    expect(controller.current.settings?.annotations.everywhere).toBe(false);
    expect(controller.current.notice).toEqual({
      kind: 'error',
      title: EN.t('options_saveFull'),
      lines: [EN.t('options_browserSaid', 'QUOTA_BYTES quota exceeded')],
    });
  });

  it('an invalid stored value shows the defaults and a warning', async () => {
    const { controller } = setUp({ stored: 'garbage' });
    await controller.load();
    expect(controller.current.settings?.annotations).toEqual({ everywhere: false, sites: {} });
    expect(controller.current.notice?.title).toBe(EN.t('options_settingsReset'));
  });
});

describe('while a change is being saved', () => {
  it('other changes are ignored (the switches stay focusable, so they can be pressed)', async () => {
    const { controller, permissions, stored } = setUp();
    await controller.load();
    let answer: (granted: boolean) => void = () => {};
    permissions.request.mockImplementationOnce(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const first = controller.setEverywhere(true);
    expect(controller.current.busy).toBe(true);
    await controller.setSite('https://www.rt.com', false);
    expect(controller.addSite('apnews.com')).toBe(false);
    expect(permissions.request).toHaveBeenCalledTimes(1);
    answer(true);
    await first;
    expect(stored()?.annotations).toEqual({ everywhere: true, sites: {} });
    expect(controller.current.busy).toBe(false);
  });
});

describe('sites', () => {
  it('adding a site validates it, asks for that site only, and lists it as on', async () => {
    const { controller, permissions, stored } = setUp();
    await controller.load();
    expect(controller.addSite('https://www.rferl.org/a/1.html')).toBe(true);
    expect(permissions.request).toHaveBeenCalledWith(['https://www.rferl.org/*']);
    await vi.waitFor(() => expect(controller.current.sites).toEqual([{ origin: 'https://www.rferl.org', annotate: true }]));
    expect(stored()?.annotations.sites).toEqual({ 'https://www.rferl.org': true });
  });

  it('refuses an input that is not a site, with the reason, and asks for nothing', async () => {
    const { controller, permissions } = setUp();
    await controller.load();
    expect(controller.addSite('ftp://files.example.org')).toBe(false);
    expect(controller.current.addError).toBe(EN.t('options_addSiteNotWeb', 'ftp://files.example.org'));
    expect(controller.addSite('')).toBe(false);
    expect(controller.current.addError).toBe(EN.t('options_addSiteEmpty'));
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('a site switched off needs no access; switched on again it asks; removed it is gone', async () => {
    const { controller, permissions, stored } = setUp();
    await controller.load();
    await controller.setSite('https://www.rt.com', false);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(stored()?.annotations.sites).toEqual({ 'https://www.rt.com': false });
    await controller.setSite('https://www.rt.com', true);
    expect(permissions.request).toHaveBeenCalledWith(['https://www.rt.com/*']);
    await controller.removeSite('https://www.rt.com');
    expect(stored()?.annotations.sites).toEqual({});
    expect(permissions.remove).toHaveBeenCalledWith(['https://www.rt.com/*']);
  });

  it('a site whose access is refused is not switched on', async () => {
    const { controller, stored } = setUp({ grant: false });
    await controller.load();
    await controller.setSite('https://apnews.com', true);
    expect(stored()).toBeUndefined();
    expect(controller.current.notice?.title).toBe(EN.t('options_siteDenied', 'https://apnews.com'));
  });
});

describe('the toolbar choice', () => {
  it('saves the side panel choice with the annotation settings kept, and asks for no permission', async () => {
    const stored = { version: 1, annotations: { everywhere: false, sites: { 'https://www.rferl.org': true } } };
    const { controller, permissions, stored: saved } = setUp({ stored });
    await controller.load();
    await controller.setToolbar('panel');
    expect(saved()).toEqual({ ...stored, toolbar: 'panel' });
    expect(controller.current.settings?.toolbar).toBe('panel');
    expect(permissions.request).not.toHaveBeenCalled();
    await controller.setToolbar('popup');
    expect((saved() as { toolbar?: string }).toolbar).toBe('popup');
  });
});
