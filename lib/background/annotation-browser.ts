import { deliverAnnotations, type TabMessaging } from '../annotate/deliver';
import type { Messages } from '../i18n';
import { loadSettings } from '../settings/settings-store';
import { SETTINGS_STORAGE_KEY } from '../settings/settings';
import { storageAreaPort, type StorageAreaLike } from '../storage/storage-port';
import { ANNOTATION_SCRIPT_ID, type AnnotationScript } from './annotation-registration';
import type { AnnotationServicePorts } from './annotation-service';

/** The extension APIs the annotation service uses: the background's `browser`, or a fake in tests. */
export interface AnnotationBrowser extends TabMessaging {
  storage: {
    local: StorageAreaLike;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
    onAdded: { addListener(listener: () => void): void };
    onRemoved: { addListener(listener: () => void): void };
  };
  scripting: TabMessaging['scripting'] & {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    registerContentScripts(scripts: AnnotationScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** The service's ports over the browser's APIs: settings in storage.local, host permissions, content-script registration. */
export function annotationPortsFromBrowser(api: AnnotationBrowser, messages: Messages): AnnotationServicePorts {
  const settingsPort = storageAreaPort(api.storage.local);
  const ids = [ANNOTATION_SCRIPT_ID];
  return {
    settings: async () => (await loadSettings(settingsPort)).settings,
    grantedOrigins: async () => (await api.permissions.getAll()).origins ?? [],
    hasHostAccess: (pattern) => api.permissions.contains({ origins: [pattern] }),
    deliver: (tabId, items) => deliverAnnotations(api, tabId, items),
    messages,
    registration: {
      isRegistered: async () => (await api.scripting.getRegisteredContentScripts({ ids })).length > 0,
      register: (script) => api.scripting.registerContentScripts([script]),
      unregister: () => api.scripting.unregisterContentScripts({ ids }),
    },
    onChange: (listener) => {
      api.permissions.onAdded.addListener(() => listener());
      api.permissions.onRemoved.addListener(() => listener());
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && SETTINGS_STORAGE_KEY in changes) listener();
      });
    },
    warn: (message, error) => console.warn(message, error),
  };
}
