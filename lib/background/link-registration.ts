import { hostPermission, type LinkMarks } from '../settings/link-marks';
import { grantCovers, type AnnotationScript } from './annotation-registration';

/**
 * The content script that draws link marks, registered for the hosts where the reader turned them on and the
 * browser granted access, and nowhere else. Computed from the settings and the grants, like annotations'.
 */

export const LINKS_SCRIPT_ID = 'sourcelight-links';
export const LINKS_SCRIPT = '/links.js';

export function linkMarksScript(marks: LinkMarks, granted: readonly string[]): AnnotationScript | null {
  const matches = marks.hosts.map(hostPermission).filter((pattern) => grantCovers(granted, pattern));
  return matches.length ? { id: LINKS_SCRIPT_ID, js: [LINKS_SCRIPT], matches, runAt: 'document_idle', allFrames: false } : null;
}
