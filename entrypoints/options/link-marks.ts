import type { LinksPanelProps } from '@/components/options/LinksPanel';
import type { Messages } from '@/lib/i18n';
import { LinkMarksController } from '@/lib/settings/link-marks-controller';
import { LINK_MARKS_STORAGE_KEY, otherHosts, PRESET_IDS, presetOn } from '@/lib/settings/link-marks';
import { annotatesOrigin, type Settings } from '@/lib/settings/settings';
import type { StoragePort } from '@/lib/storage/storage-port';

/** The options page's link-mark settings over the browser: its permissions and storage changes. */
export function startLinkMarksSettings(local: StoragePort, messages: Messages, annotationSettings: () => Settings | null, draw: () => void): LinkMarksController {
  // Access that inline annotations also use for a host is kept when its link marks are turned off.
  const keepAccess = async (host: string) => {
    const settings = annotationSettings();
    return !settings || settings.annotations.everywhere || ['https', 'http'].some((scheme) => annotatesOrigin(settings, `${scheme}://${host}`));
  };
  const controller = new LinkMarksController(
    local,
    {
      request: (origins) => browser.permissions.request({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
      contains: (origins) => browser.permissions.contains({ origins }),
    },
    messages,
    keepAccess,
    draw,
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LINK_MARKS_STORAGE_KEY in changes && !controller.current.busy) void controller.load();
  });
  void controller.load();
  return controller;
}

export function linksPanelProps(controller: LinkMarksController): LinksPanelProps {
  const { marks, busy, notice, addError } = controller.current;
  return {
    presets: marks ? (Object.fromEntries(PRESET_IDS.map((id) => [id, presetOn(marks, id)])) as LinksPanelProps['presets']) : null,
    others: marks ? otherHosts(marks) : [],
    busy,
    message: notice,
    addError,
    onPreset: (preset, on) => void controller.setPreset(preset, on),
    onRemove: (host) => void controller.removeHost(host),
    onAdd: (input) => controller.addHost(input),
  };
}
