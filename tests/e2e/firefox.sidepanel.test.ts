import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { readyAnalysis } from './annotations';
import { CORPUS_CSP, CORPUS_DIR, CORPUS_PREFIX, DEMO } from './common';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';
import { expectPanelShows, expectRevealFlashes, SECOND_ARTICLE } from './sidepanel';

/**
 * Firefox's sidebar page (`sidepanel.html`), opened as a page in a tab of the same window (BiDi cannot open the
 * sidebar): it follows the active tab as the reader switches tabs, and "Show in the article" works from it.
 */

let firefox: FirefoxHarness;

describe('Firefox: the sidebar', () => {
  beforeAll(async () => {
    firefox = await launchFirefox({ mounts: { [CORPUS_PREFIX]: CORPUS_DIR }, headers: { [CORPUS_PREFIX]: { 'content-security-policy': CORPUS_CSP } } });
    expect(await firefox.grantHostAccess()).toBe('true');
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('follows tab switches: each article tab activated shows its own analysis', async () => {
    const first = await firefox.openFixture(`/${DEMO.file}`);
    const second = await firefox.openFixture(SECOND_ARTICLE);
    const panel = await firefox.extensionPage('sidepanel.html');

    await first.page.bringToFront();
    const firstState = await firefox.backgroundState(first.tabId);
    await expectPanelShows(panel, firstState);
    await second.page.bringToFront();
    await expectPanelShows(panel, await firefox.backgroundState(second.tabId));
    await first.page.bringToFront();
    await expectPanelShows(panel, firstState);
    await expectRevealFlashes(panel, first.page, readyAnalysis(firstState).attributions.map((a) => a.text));

    await panel.bringToFront();
    expect(await axeViolations(panel)).toEqual([]);
    await Promise.all([first.page.close(), second.page.close(), panel.close()]);
  });
});
