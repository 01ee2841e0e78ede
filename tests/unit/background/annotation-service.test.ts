import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotationPortsFromBrowser, type AnnotationBrowser } from '@/lib/background/annotation-browser';
import { ANNOTATION_SCRIPT_ID, type AnnotationScript, type RegistrationPorts } from '@/lib/background/annotation-registration';
import { serialQueue, startAnnotationService, type AnnotationServicePorts } from '@/lib/background/annotation-service';
import type { TabState } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '@/lib/settings/settings';
import { ANALYSIS, EN } from '../components/fixture';

const EVERYWHERE: Settings = { version: 1, annotations: { everywhere: true, sites: {} } };
const ALL_SITES = ['*://*/*'];

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets every already-settled promise callback run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Content-script registration that remembers the registered script and logs every call. */
function fakeRegistration() {
  const log: string[] = [];
  let registered: AnnotationScript | null = null;
  const ports: RegistrationPorts = {
    isRegistered: async () => (log.push('isRegistered'), registered !== null),
    register: async (script) => void (log.push('register'), (registered = script)),
    unregister: async () => void (log.push('unregister'), (registered = null)),
  };
  return { ports, log, registered: () => registered };
}

describe('serialQueue', () => {
  it('runs a second task only once the first has finished', async () => {
    const enqueue = serialQueue(() => {});
    const log: string[] = [];
    const first = deferred();
    const a = enqueue(async () => {
      log.push('a start');
      await first.promise;
      log.push('a end');
    });
    const b = enqueue(async () => void log.push('b'));
    await flush();
    expect(log).toEqual(['a start']);
    first.resolve();
    await Promise.all([a, b]);
    expect(log).toEqual(['a start', 'a end', 'b']);
  });

  it('reports a failing task and still runs the next one', async () => {
    const errors: unknown[] = [];
    const enqueue = serialQueue((error) => errors.push(error));
    const ran: string[] = [];
    await expect(enqueue(async () => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
    await enqueue(async () => void ran.push('next'));
    expect(errors).toEqual([new Error('boom')]);
    expect(ran).toEqual(['next']);
  });
});

describe('startAnnotationService', () => {
  function servicePorts(overrides: Partial<AnnotationServicePorts> = {}) {
    const registration = fakeRegistration();
    const warn = vi.fn();
    let changed: () => void = () => {};
    const ports: AnnotationServicePorts = {
      settings: async () => EVERYWHERE,
      grantedOrigins: async () => ALL_SITES,
      hasHostAccess: async () => true,
      deliver: async () => {},
      messages: EN,
      registration: registration.ports,
      onChange: (listener) => void (changed = listener),
      warn,
      ...overrides,
    };
    return { ports, registration, warn, change: () => changed() };
  }

  it('syncs once at start: the script is registered for the granted sites', async () => {
    const { ports, registration } = servicePorts();
    const service = startAnnotationService(ports);
    await service.sync();
    expect(registration.registered()?.matches).toEqual(ALL_SITES);
    expect(registration.log.filter((call) => call === 'register')).toHaveLength(2);
  });

  it('two syncs in a row run one after the other, never interleaved', async () => {
    const gate = deferred<readonly string[]>();
    let asks = 0;
    const { ports, registration } = servicePorts({ grantedOrigins: () => (++asks === 1 ? gate.promise : Promise.resolve(ALL_SITES)) });
    const service = startAnnotationService(ports); // the start sync waits at the gate
    const second = service.sync();
    await flush();
    expect(asks).toBe(1); // the second sync has not started
    expect(registration.log).toEqual([]);
    gate.resolve(ALL_SITES);
    await second;
    expect(registration.log).toEqual(['isRegistered', 'register', 'isRegistered', 'unregister', 'register']);
  });

  it('a failing sync is reported and does not block the next one', async () => {
    let fail = true;
    const { ports, registration, warn } = servicePorts({
      settings: async () => {
        if (fail) throw new Error('storage unavailable');
        return EVERYWHERE;
      },
    });
    const service = startAnnotationService(ports);
    await service.sync();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(registration.registered()).toBeNull();
    fail = false;
    await service.sync();
    expect(registration.registered()?.id).toBe(ANNOTATION_SCRIPT_ID);
  });

  it('a change (settings or permissions) triggers a sync', async () => {
    let granted: readonly string[] = [];
    const { ports, registration, change } = servicePorts({ grantedOrigins: async () => granted });
    const service = startAnnotationService(ports);
    await service.sync();
    expect(registration.registered()).toBeNull();
    granted = ALL_SITES;
    change();
    await vi.waitFor(() => expect(registration.registered()?.matches).toEqual(ALL_SITES));
  });

  it('annotate sends the analysis when enabled, and reports a delivery failure instead of rejecting', async () => {
    const ready: TabState = { state: 'ready', analysis: ANALYSIS };
    const deliver = vi.fn(async () => Promise.reject(new Error('tab closed')));
    const { ports, warn } = servicePorts({ deliver });
    const service = startAnnotationService(ports);
    await service.sync();
    await expect(service.annotate(3, ANALYSIS.url, ready)).resolves.toBeUndefined();
    expect(deliver).toHaveBeenCalledWith(3, expect.any(Array));
    expect(warn).toHaveBeenCalledWith('Sourcelight annotations:', new Error('tab closed'));
  });
});

describe('annotationPortsFromBrowser (wiring on fake-browser)', () => {
  /** A browser event the test can fire (fake-browser does not implement the permission events). */
  function fakeEvent() {
    const listeners: Array<() => void> = [];
    return { addListener: (listener: () => void) => void listeners.push(listener), fire: () => listeners.forEach((listener) => listener()) };
  }

  let origins: string[];
  let registered: AnnotationScript[];
  let onAdded: ReturnType<typeof fakeEvent>;
  let onRemoved: ReturnType<typeof fakeEvent>;
  let api: AnnotationBrowser;

  beforeEach(async () => {
    fakeBrowser.reset();
    origins = [];
    registered = [];
    onAdded = fakeEvent();
    onRemoved = fakeEvent();
    api = {
      storage: fakeBrowser.storage,
      permissions: {
        getAll: async () => ({ origins: [...origins] }),
        contains: async ({ origins: wanted }) => wanted.every((pattern) => origins.includes(pattern)),
        onAdded,
        onRemoved,
      },
      scripting: {
        executeScript: async () => [],
        getRegisteredContentScripts: async ({ ids }) => registered.filter((script) => ids.includes(script.id)),
        registerContentScripts: async (scripts) => void registered.push(...scripts),
        unregisterContentScripts: async ({ ids }) => void (registered = registered.filter((script) => !ids.includes(script.id))),
      },
      tabs: { sendMessage: async () => undefined },
    } as AnnotationBrowser;
  });

  async function started() {
    const service = startAnnotationService(annotationPortsFromBrowser(api, EN));
    await service.sync();
    return service;
  }

  it('reads the settings from storage.local and the grants from permissions.getAll', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: EVERYWHERE });
    origins = ALL_SITES;
    await started();
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ id: ANNOTATION_SCRIPT_ID, matches: ALL_SITES });
  });

  it('a settings change in storage.local triggers a sync', async () => {
    origins = ALL_SITES;
    await started();
    expect(registered).toEqual([]);
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: EVERYWHERE });
    await vi.waitFor(() => expect(registered.map((script) => script.matches)).toEqual([ALL_SITES]));
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(registered).toEqual([]));
  });

  it('a permission granted or removed triggers a sync', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: EVERYWHERE });
    await started();
    expect(registered).toEqual([]);
    origins = ALL_SITES;
    onAdded.fire();
    await vi.waitFor(() => expect(registered).toHaveLength(1));
    origins = [];
    onRemoved.fire();
    await vi.waitFor(() => expect(registered).toEqual([]));
  });

  it('other storage changes (another key, another area) do not sync', async () => {
    const getAll = vi.spyOn(api.permissions, 'getAll');
    await started();
    const syncs = getAll.mock.calls.length;
    await fakeBrowser.storage.local.set({ overlay: {} });
    await fakeBrowser.storage.session.set({ [SETTINGS_STORAGE_KEY]: EVERYWHERE });
    await flush();
    expect(getAll).toHaveBeenCalledTimes(syncs);
  });
});
