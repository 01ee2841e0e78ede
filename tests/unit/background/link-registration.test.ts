import { describe, expect, it } from 'vitest';
import { linkMarksScript } from '@/lib/background/link-registration';
import { withHosts, NO_LINK_MARKS } from '@/lib/settings/link-marks';

const marks = withHosts(NO_LINK_MARKS, ['www.google.com', 'mastodon.social'], true);

describe('the link-marks content script registration', () => {
  it('matches only the hosts turned on that the browser granted', () => {
    expect(linkMarksScript(marks, ['*://www.google.com/*'])).toEqual({
      id: 'sourcelight-links',
      js: ['/links.js'],
      matches: ['*://www.google.com/*'],
      runAt: 'document_idle',
      allFrames: false,
    });
    expect(linkMarksScript(marks, ['*://*/*'])?.matches).toEqual(['*://mastodon.social/*', '*://www.google.com/*']);
  });

  it('is removed when nothing is both on and granted', () => {
    expect(linkMarksScript(marks, [])).toBeNull();
    expect(linkMarksScript(marks, ['https://www.google.com/*'])).toBeNull(); // http pages not covered
    expect(linkMarksScript(NO_LINK_MARKS, ['*://*/*'])).toBeNull();
  });
});
