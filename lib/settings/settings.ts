import * as v from 'valibot';

/**
 * The user's settings, stored in storage.local under SETTINGS_STORAGE_KEY. Versioned so an extension update
 * can migrate what an older version stored; a value that fails validation falls back to the defaults.
 */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** An origin as the browser reports it: scheme + host (+ port), no path, e.g. "https://www.rferl.org". */
export const OriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/\s]+$/));

/** What the toolbar button opens: the popup, or the side panel (Chrome's side panel, Firefox's sidebar). */
export const TOOLBAR_CHOICES = ['popup', 'panel'] as const;
export type ToolbarChoice = (typeof TOOLBAR_CHOICES)[number];

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  annotations: v.object({
    /** Annotate every site the user has granted access to (needs the optional all-sites permission). Off by default. */
    everywhere: v.boolean(),
    /** Per-site choice, overriding `everywhere`: true = annotate this origin, false = never annotate it. */
    sites: v.record(OriginSchema, v.boolean()),
  }),
  /** What the toolbar button opens; absent means the popup (settings stored before the side panel existed). */
  toolbar: v.optional(v.picklist(TOOLBAR_CHOICES)),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, annotations: { everywhere: false, sites: {} } };

/** Whether pages of this origin get inline annotations under these settings. */
export function annotatesOrigin(settings: Settings, origin: string): boolean {
  return settings.annotations.sites[origin] ?? settings.annotations.everywhere;
}

export function toolbarChoice(settings: Settings): ToolbarChoice {
  return settings.toolbar ?? 'popup';
}

export function withToolbar(settings: Settings, toolbar: ToolbarChoice): Settings {
  return { ...settings, toolbar };
}
