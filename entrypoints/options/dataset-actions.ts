import type { OverlayCounts, PanelMessage } from '@/components/options/DatasetPanel';
import { fileTooLargeMessage, importMessage } from '@/components/options/messages';
import { MAX_IMPORT_CHARS } from '@/lib/dataset/importers';
import type { OverlayStore } from '@/lib/dataset/overlay-store';
import type { Messages } from '@/lib/i18n';

/** The dataset section's actions: import a file, export as a download, clear. Browser glue for the options page. */

export interface DatasetState {
  counts: OverlayCounts | null;
  importedAt: string | null;
  problems: string[];
  busy: boolean;
  message: PanelMessage | null;
}

export const INITIAL_DATASET_STATE: DatasetState = { counts: null, importedAt: null, problems: [], busy: false, message: null };

export function datasetActions(store: OverlayStore, m: Messages, get: () => DatasetState, set: (patch: Partial<DatasetState>) => void) {
  async function refresh() {
    const loaded = await store.load();
    set({ counts: loaded.counts, importedAt: loaded.overlay?.importedAt ?? null, problems: [...loaded.errors, ...loaded.warnings] });
  }

  async function busyWhile(action: () => Promise<void>, thenRefresh: boolean) {
    set({ busy: true, message: null });
    try {
      await action();
    } finally {
      set({ busy: false });
      if (thenRefresh) await refresh();
    }
  }

  async function importOne(file: File) {
    // A UTF-8 file of N characters has at most 4N bytes; refuse the clearly too big before reading.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      set({ message: fileTooLargeMessage(m, file.name, file.size, MAX_IMPORT_CHARS) });
      return;
    }
    await busyWhile(async () => {
      try {
        const result = await store.importText(await file.text(), { fileName: file.name });
        set({ message: importMessage(m, file.name, result) });
      } catch (error) {
        set({ message: { kind: 'error', title: m.t('options_importReadFailed', file.name), lines: [String(error).slice(0, 300)] } });
      }
    }, true);
  }

  // Files picked together (or a folder) import one after another, each merged into the overlay in turn.
  let queue: Promise<void> = Promise.resolve();

  return {
    refresh,
    isBusy: () => get().busy,

    importFile(file: File): Promise<void> {
      queue = queue.then(() => importOne(file));
      return queue;
    },

    async exportOverlay() {
      await busyWhile(async () => {
        const exported = await store.exportJson();
        if ('error' in exported) {
          set({ message: { kind: 'error', title: m.t('options_exportFailed'), lines: [exported.error] } });
          return;
        }
        const url = URL.createObjectURL(new Blob([exported.json], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = `sourcelight-overlay-${new Date().toISOString().slice(0, 10)}.json`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        set({ message: { kind: 'ok', title: m.t('options_exported', link.download), lines: [] } });
      }, false);
    },

    async clearOverlay() {
      await busyWhile(async () => {
        const cleared = await store.clear();
        set({
          message: cleared.ok
            ? { kind: 'ok', title: m.t('options_cleared'), lines: [] }
            : { kind: 'error', title: m.t('options_clearFailed'), lines: [cleared.error] },
        });
      }, true);
    },
  };
}
