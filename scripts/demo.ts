/**
 * `npm run demo`: the built Chrome extension in real headless Chromium, on the demo article.
 *
 * Serves tests/fixtures on 127.0.0.1, the RFE/RL article at its real address through that server acting as
 * Chromium's proxy (nothing is fetched from rferl.org), loads .output/chrome-mv3, opens the article, clicks the
 * extension's toolbar action (which opens the real popup), saves demo-output/page.png and
 * demo-output/popup.png, and prints the analysis the extension's background computed for the tab.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { TabState } from '../lib/messaging/protocol';
import { ADDRESSES, CHROME_BUILD, CHROMIUM_PATH, chromiumProxyArgs, launchChromiumWithExtension, sourcelightExtension, DEMO, FIXTURES, ROOT, SETTLED } from '../tests/e2e/common';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/server';
import { formatReport } from './report';

/** Chromium's extension API as seen inside `evaluate` callbacks in extension pages (same shape as WXT's `browser`). */
declare const chrome: typeof browser;

const OUT = join(ROOT, 'demo-output');

class DemoError extends Error {}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new DemoError(
      `Chromium not found at ${CHROMIUM_PATH}.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `(or point CHROMIUM_PATH at another Chromium/Chrome binary).`,
    );
  }
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new DemoError(`No extension build at ${relative(ROOT, CHROME_BUILD)}. Run \`npm run build:chrome\` (npm run demo does it).`);
  }
  mkdirSync(OUT, { recursive: true });

  let server: FixtureServer | undefined;
  let browser: Browser | undefined;
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-demo-'));
  try {
    server = await startFixtureServer(FIXTURES, { addresses: ADDRESSES });
    browser = await launchChromiumWithExtension(userDataDir, chromiumProxyArgs(server.hostPort));
    const extension = await sourcelightExtension(browser);
    if (!extension) throw new DemoError('Chromium started but the Sourcelight extension did not load.');

    const articleUrl = server.url(DEMO.file);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(articleUrl, { waitUntil: 'load' });

    // What a user does: click the toolbar button on the article. It grants activeTab and opens the popup.
    await page.triggerExtensionAction(extension);
    const popupTarget = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extension.id}/popup.html`, { timeout: 10_000 });
    const popup = await popupTarget.asPage();
    await popup.waitForSelector(SETTLED, { timeout: 30_000 });

    await page.screenshot({ path: join(OUT, 'page.png') });
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const state = await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) return null;
      return (await chrome.runtime.sendMessage({ type: 'sourcelight/get-tab-state', tabId: tab.id, wait: true })) as TabState;
    }, articleUrl);
    if (!state) throw new DemoError('Could not find the article tab from the popup.');
    if (state.state !== 'ready') throw new DemoError(`The extension did not analyse the article: state "${state.state}" ${JSON.stringify(state)}`);

    console.log(formatReport(`${DEMO.file} (analysed by the extension in Chromium)`, 'ok', state.analysis));
    console.log('');
    console.log(`Screenshots: ${relative(process.cwd(), join(OUT, 'page.png'))}, ${relative(process.cwd(), join(OUT, 'popup.png'))}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof DemoError) console.error(`demo: ${error.message}`);
    else console.error('demo failed:', error);
    process.exit(1);
  },
);
