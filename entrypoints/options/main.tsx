import { render } from 'preact';
import { DatasetPanel, type OverlayCounts, type PanelMessage } from '@/components/options/DatasetPanel';
import { importMessage } from '@/components/options/messages';
import { MAX_IMPORT_CHARS } from '@/lib/dataset/importers';
import { OVERLAY_STORAGE_KEY } from '@/lib/dataset/overlay';
import { OverlayStore, storageAreaPort } from '@/lib/dataset/overlay-store';

/** The options page: for now one section, the dataset overlay. Browser calls live here; the panel only renders. */

interface State {
  counts: OverlayCounts | null;
  importedAt: string | null;
  problems: string[];
  busy: boolean;
  message: PanelMessage | null;
}

const store = new OverlayStore(storageAreaPort(browser.storage.local));
const root = document.getElementById('app')!;
let state: State = { counts: null, importedAt: null, problems: [], busy: false, message: null };

function update(patch: Partial<State>) {
  state = { ...state, ...patch };
  render(
    <div class="options">
      <h1>Sourcelight settings</h1>
      <DatasetPanel
        counts={state.counts}
        importedAt={state.importedAt}
        problems={state.problems}
        busy={state.busy}
        message={state.message}
        onImport={(file) => void importFile(file)}
        onExport={() => void exportOverlay()}
        onClear={() => void clearOverlay()}
      />
    </div>,
    root,
  );
}

async function refresh() {
  const loaded = await store.load();
  update({ counts: loaded.counts, importedAt: loaded.overlay?.importedAt ?? null, problems: [...loaded.errors, ...loaded.warnings] });
}

async function importFile(file: File) {
  // A UTF-8 file of N characters has at most 4N bytes; refuse the clearly too big before reading.
  if (file.size > MAX_IMPORT_CHARS * 4) {
    update({
      message: {
        kind: 'error',
        title: `Nothing was imported from ${file.name}; your overlay was not changed.`,
        lines: [`The file is ${(file.size / 1_000_000).toFixed(1)} MB; the largest file Sourcelight imports is ${MAX_IMPORT_CHARS / 1_000_000} MB.`],
      },
    });
    return;
  }
  update({ busy: true, message: null });
  try {
    const text = await file.text();
    const result = await store.importText(text, { fileName: file.name });
    update({ message: importMessage(file.name, result) });
  } catch (error) {
    update({ message: { kind: 'error', title: `Could not read ${file.name}; your overlay was not changed.`, lines: [String(error).slice(0, 300)] } });
  } finally {
    update({ busy: false });
    await refresh();
  }
}

async function exportOverlay() {
  update({ busy: true, message: null });
  try {
    const exported = await store.exportJson();
    if ('error' in exported) {
      update({ message: { kind: 'error', title: 'Could not export the overlay.', lines: [exported.error] } });
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
    update({ message: { kind: 'ok', title: `Exported ${link.download}.`, lines: [] } });
  } finally {
    update({ busy: false });
  }
}

async function clearOverlay() {
  update({ busy: true, message: null });
  try {
    const cleared = await store.clear();
    update({
      message: cleared.ok
        ? { kind: 'ok', title: 'Overlay cleared: Sourcelight uses its bundled dataset only.', lines: [] }
        : { kind: 'error', title: 'Could not clear the overlay.', lines: [cleared.error] },
    });
  } finally {
    update({ busy: false });
    await refresh();
  }
}

// Another options tab (or a migration on load) may change the overlay: keep the counts current.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && OVERLAY_STORAGE_KEY in changes && !state.busy) void refresh();
});

update({});
void refresh();
