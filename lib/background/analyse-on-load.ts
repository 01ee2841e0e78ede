import { hostPattern, siteOrigin } from '../annotate/site';
import { isRestrictedUrl } from './restricted-url';

/**
 * Analysis at page load on the sites the reader allowed (a host permission, per site or for all sites): when a tab
 * finishes loading, the background starts the same bounded analysis a toolbar click starts, so the popup or panel
 * has the answer when it opens. The result lives only as long as the tab's page (the controller's per-tab cache).
 * The page's side is the content script's snapshot, taken in idle-time steps under a budget, as after a click.
 */

export interface AnalyseOnLoadPorts {
  /** Whether the extension holds this host permission (permissions.contains). */
  hasHostAccess(pattern: string): Promise<boolean>;
  /** Whether the annotation content script registered for this site reads its pages on load already. */
  readOnLoad(origin: string): Promise<boolean>;
  /** Starts the tab's analysis without waiting for it (the controller's tabState: a cached answer is reused). */
  analyse(tabId: number): Promise<unknown>;
}

export type OnLoadDecision = 'analysed' | 'not-web' | 'no-access' | 'annotated';

/** A tab finished loading `url`: analyses it where the reader granted its site. Never rejects. */
export async function analyseOnLoad(ports: AnalyseOnLoadPorts, tabId: number, url: string | undefined): Promise<OnLoadDecision> {
  // Without access the browser hides the tab's address (no `tabs` permission): nothing to decide on.
  const origin = url && !isRestrictedUrl(url) ? siteOrigin(url) : null;
  if (!origin) return 'not-web';
  try {
    if (!(await ports.hasHostAccess(hostPattern(origin)))) return 'no-access';
    // Annotated sites are read by their registered script as they load: a second snapshot would be wasted work.
    if (await ports.readOnLoad(origin)) return 'annotated';
    await ports.analyse(tabId);
    return 'analysed';
  } catch {
    return 'no-access'; // the tab closed or the permission went away meanwhile
  }
}
