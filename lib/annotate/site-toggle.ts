import type { AnnotationItem } from '../messaging/protocol';
import type { Settings } from '../settings/settings';

/**
 * The popup's "Annotate this site" switch. The host permission must be requested inside the click handler
 * (a user gesture), so the caller starts that request and passes its promise in.
 */
export interface SiteTogglePorts {
  load(): Promise<Settings>;
  /** Stores the settings; an error message a person can read, or null. */
  save(settings: Settings): Promise<string | null>;
  /** Loads the annotation script into the tab and sends it the annotations. */
  deliver(items: AnnotationItem[]): Promise<void>;
  clear(): Promise<void>;
}

export type ToggleResult = { on: boolean; error: null } | { on: boolean; error: 'denied' } | { on: boolean; error: 'failed'; reason: string };

export function withSite(settings: Settings, origin: string, on: boolean): Settings {
  return { ...settings, annotations: { ...settings.annotations, sites: { ...settings.annotations.sites, [origin]: on } } };
}

export async function toggleSiteAnnotations(
  ports: SiteTogglePorts,
  origin: string,
  on: boolean,
  /** The permissions.request promise when turning on; ignored when turning off. */
  granted: Promise<boolean>,
  items: () => AnnotationItem[],
): Promise<ToggleResult> {
  const was = !on;
  try {
    if (on && !(await granted.catch(() => false))) return { on: false, error: 'denied' };
    const error = await ports.save(withSite(await ports.load(), origin, on));
    if (error) return { on: was, error: 'failed', reason: error };
    if (on) await ports.deliver(items());
    else await ports.clear();
    return { on, error: null };
  } catch (error) {
    // The setting may be saved while the page could not be reached (navigated, closed): it applies on next load.
    return { on, error: 'failed', reason: String((error as Error)?.message ?? error).slice(0, 300) };
  }
}
