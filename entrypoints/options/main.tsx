import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { OVERLAY_STORAGE_KEY } from '@/lib/dataset/overlay';
import { OverlayStore } from '@/lib/dataset/overlay-store';
import { OVERLAY_REVISION_KEY, overlayStoragePort } from '@/lib/storage/overlay-port';
import { storageAreaPort } from '@/lib/storage/storage-port';
import { messagesFromI18n, type I18nLike } from '@/lib/i18n';
import { AnnotationSettingsController, type AnnotationState } from '@/lib/settings/annotation-controller';
import { SETTINGS_STORAGE_KEY, toolbarChoice } from '@/lib/settings/settings';
import { linksPanelProps, startLinkMarksSettings } from './link-marks';
import { datasetActions, INITIAL_DATASET_STATE, type DatasetState } from './dataset-actions';

/** The options page: browser calls live here and in the controllers; the views only render. */

const messages = messagesFromI18n(browser.i18n as unknown as I18nLike);
document.documentElement.lang = messages.maybe('@@ui_locale').replace('_', '-') || document.documentElement.lang;
document.documentElement.dir = messages.maybe('@@bidi_dir') || 'ltr';
document.title = messages.t('options_pageTitle');

const root = document.getElementById('app')!;
const local = storageAreaPort(browser.storage.local);
let dataset: DatasetState = INITIAL_DATASET_STATE;

const annotations = new AnnotationSettingsController(
  local,
  {
    request: (origins) => browser.permissions.request({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
    contains: (origins) => browser.permissions.contains({ origins }),
  },
  messages,
  () => draw(),
);
const linkMarks = startLinkMarksSettings(local, messages, () => annotations.current.settings, () => draw());
const datasetPanel = datasetActions(
  new OverlayStore(overlayStoragePort(indexedDB, browser.storage.local)),
  messages,
  () => dataset,
  (patch) => {
    dataset = { ...dataset, ...patch };
    draw();
  },
);

function draw() {
  const a: AnnotationState = annotations.current;
  render(
    <OptionsPage
      messages={messages}
      annotations={{
        everywhere: a.settings?.annotations.everywhere ?? null,
        accessMissing: a.accessMissing,
        sites: a.sites,
        busy: a.busy,
        message: a.notice,
        addError: a.addError,
        onEverywhere: (on) => void annotations.setEverywhere(on),
        onSite: (origin, on) => void annotations.setSite(origin, on),
        onRemoveSite: (origin) => void annotations.removeSite(origin),
        onAddSite: (input) => annotations.addSite(input),
      }}
      toolbar={{
        choice: a.settings ? toolbarChoice(a.settings) : null,
        busy: a.busy,
        onChoose: (choice) => void annotations.setToolbar(choice),
      }}
      links={linksPanelProps(linkMarks)}
      dataset={{
        ...dataset,
        onImport: (file) => void datasetPanel.importFile(file),
        onExport: () => void datasetPanel.exportOverlay(),
        onClear: () => void datasetPanel.clearOverlay(),
      }}
    />,
    root,
  );
}

// Another options tab (or a migration on load) may change the stored values: keep the page current.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ((OVERLAY_STORAGE_KEY in changes || OVERLAY_REVISION_KEY in changes) && !datasetPanel.isBusy()) void datasetPanel.refresh();
  if (SETTINGS_STORAGE_KEY in changes && !annotations.current.busy) void annotations.load();
});
// Access can also be granted or removed in the browser's own settings.
browser.permissions.onAdded?.addListener(() => void annotations.load());
browser.permissions.onRemoved?.addListener(() => void annotations.load());

draw();
void annotations.load();
void datasetPanel.refresh();
