import type { DatasetIndex } from '../dataset/dataset-index';
import type { Messages } from '../i18n';
import { lookupLinks } from '../links/link-outlet';
import type { LinkLookupReply, LookupLinksMessage } from '../messaging/protocol';
import { LINK_MARKS_STORAGE_KEY, parseLinkMarks } from '../settings/link-marks';
import type { StorageAreaLike } from '../storage/storage-port';
import { syncAnnotationScript, type AnnotationScript } from './annotation-registration';
import { serialQueue } from './annotation-service';
import { LINKS_SCRIPT_ID, linkMarksScript } from './link-registration';

/** The extension APIs link marks use in the background: the background's `browser`, or a fake in tests. */
export interface LinkMarksBrowser {
  storage: {
    local: StorageAreaLike;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    onAdded: { addListener(listener: () => void): void };
    onRemoved: { addListener(listener: () => void): void };
  };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    registerContentScripts(scripts: AnnotationScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

export interface LinkMarksService {
  /** Brings the registered content script in line with the settings and grants; never rejects. */
  sync(): Promise<void>;
  /** Answers a content script's batch of link addresses. */
  lookup(request: LookupLinksMessage): LinkLookupReply;
}

/** Starts the service: syncs now (the registration may predate a change made while the worker slept) and on every change. */
export function startLinkMarksService(api: LinkMarksBrowser, messages: Messages, index: () => DatasetIndex): LinkMarksService {
  const ids = [LINKS_SCRIPT_ID];
  const enqueue = serialQueue((error) => console.warn('Sourcelight link marks: registration not updated', error));
  const sync = () =>
    enqueue(async () => {
      const [stored, granted] = await Promise.all([api.storage.local.get(LINK_MARKS_STORAGE_KEY), api.permissions.getAll()]);
      await syncAnnotationScript(
        {
          isRegistered: async () => (await api.scripting.getRegisteredContentScripts({ ids })).length > 0,
          register: (script) => api.scripting.registerContentScripts([script]),
          unregister: () => api.scripting.unregisterContentScripts({ ids }),
        },
        linkMarksScript(parseLinkMarks(stored[LINK_MARKS_STORAGE_KEY]), granted.origins ?? []),
      );
    });
  api.permissions.onAdded.addListener(() => void sync());
  api.permissions.onRemoved.addListener(() => void sync());
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LINK_MARKS_STORAGE_KEY in changes) void sync();
  });
  void sync();
  return { sync, lookup: (request) => lookupLinks(messages, request.addresses, index()) };
}
