import { loadSettings } from '../settings/settings-store';
import { SETTINGS_STORAGE_KEY, toolbarChoice } from '../settings/settings';
import { storageAreaPort, type StorageAreaLike } from '../storage/storage-port';
import { applyToolbarChoice, onToolbarClick, type ToolbarPorts } from './toolbar-behaviour';

/** The parts of `browser` the toolbar choice uses: Chrome has `sidePanel`, Firefox `sidebarAction`. */
export interface ToolbarBrowser {
  action: {
    setPopup(details: { popup: string }): Promise<void>;
    onClicked: { addListener(listener: (tab: { id?: number; windowId?: number }) => void): void };
  };
  runtime: { onStartup: { addListener(listener: () => void): void } };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  storage: {
    local: StorageAreaLike;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

/** Keeps the toolbar button's behaviour in line with the reader's choice, and opens the panel on a click. */
export function startToolbarBehaviour(b: ToolbarBrowser, analyse: (tabId: number) => Promise<unknown>): void {
  const ports: ToolbarPorts = {
    setPopup: (popup) => b.action.setPopup({ popup }),
    openPanel: (windowId) => (b.sidebarAction ? b.sidebarAction.open() : (b.sidePanel?.open({ windowId }) ?? Promise.resolve())),
    analyse,
  };
  const apply = () =>
    loadSettings(storageAreaPort(b.storage.local))
      .then(({ settings }) => applyToolbarChoice(ports, toolbarChoice(settings)))
      .catch((error: unknown) => console.warn('Sourcelight toolbar: choice not applied', error));
  // What `setPopup` sets does not outlive the browser session: apply the choice whenever the background starts
  // (the onStartup listener makes the browser start it with the session).
  void apply();
  b.runtime.onStartup.addListener(() => void apply());
  b.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void apply();
  });
  // Only fires while the popup is off, i.e. when the reader chose the panel.
  b.action.onClicked.addListener((tab) => void onToolbarClick(ports, tab));
}
