import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import { isLoopbackHost, type RecordedRequest } from './server';

/** Shared constants and helpers for the real-browser tests (and the demo). */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const TEST_OUTPUT = join(ROOT, 'test-output');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const DEMO = {
  file: 'rferl-russia-envoys-syria.html',
  /**
   * The article's real address, which the fixture server answers through the proxy: the outlet is matched by the
   * address a page is loaded from, never by the name in its metadata.
   */
  address: 'http://www.rferl.org/a/russia-demands-envoys-document-syrian-civilian-deaths/27328617.html',
  title: 'Russia Demands That Envoys Document Syrian Civilian Deaths',
  outletId: 'rferl',
  outletName: 'Radio Free Europe/Radio Liberty',
  typology: 'ISFM',
} as const;
export const NOT_ARTICLE_FILE = 'not-an-article.html';
/**
 * A made-up article copying BBC News's metadata (og:site_name, JSON-LD publisher, canonical link) on a look-alike
 * host, the shape of cloned-outlet campaigns: the popup must warn and must not show BBC's card.
 */
export const LOOKALIKE = {
  file: 'lookalike-bbc-news.html',
  address: 'http://bbc.co.uk.news-today.example/news/world-europe-70000001',
  title: 'Harbour town votes to rebuild its flooded sea wall',
} as const;
/** Fixture pages served at a site's address (the e2e harnesses and the demo). */
export const ADDRESSES: Record<string, string> = { [DEMO.address]: DEMO.file, [LOOKALIKE.address]: LOOKALIKE.file };

/** Flags that keep Chromium quiet and local (engineering recipe §4). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-default-apps',
  '--disable-field-trial-config',
  '--disable-features=AutofillServerCommunication,Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
];

/** Debian Chromium, headless, with the built extension loaded (the e2e harness, the demo and the bench). */
export function launchChromiumWithExtension(userDataDir: string, extraArgs: readonly string[] = [], otherExtensions: readonly string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [CHROME_BUILD, ...otherExtensions],
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** The loaded Sourcelight extension once its service worker runs; undefined when it did not load. */
export async function sourcelightExtension(browser: Browser, timeout = 15_000): Promise<Extension | undefined> {
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout });
  return [...(await browser.extensions()).values()].find((e) => e.name === 'Sourcelight');
}

/** Chromium's extension API in extension pages, plus the private API behind chrome://extensions' "Site access". */
type Chrome = typeof browser & { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };

/**
 * Grants sites the way a reader does in chrome://extensions (Site access > "On specific sites"): later
 * `permissions.request` calls for them resolve without the dialog headless Chromium cannot answer.
 */
export async function grantSiteAccess(chromium: Browser, extensionId: string, patterns: readonly string[]): Promise<void> {
  const settings = await chromium.newPage();
  await settings.goto('chrome://extensions');
  for (const pattern of patterns) {
    await settings.evaluate((id, host) => (globalThis as unknown as { chrome: Chrome }).chrome.developerPrivate.addHostPermission(id, host), extensionId, pattern);
  }
  await settings.close();
}

/**
 * The reader allows sites to the extension: granted first in chrome://extensions (Site access, the private API
 * behind it), so that `permissions.request`, made from a trusted click in one of the extension's pages as the
 * options page and the popup's switch make it, resolves without the dialog headless Chromium cannot answer.
 */
export async function allowSites(chromium: Browser, extensionId: string, extensionPage: Page, patterns: readonly string[]): Promise<void> {
  await grantSiteAccess(chromium, extensionId, patterns);
  await extensionPage.evaluate((origins) => {
    const button = document.createElement('button');
    button.id = 'allow-sites';
    button.textContent = 'Allow';
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    button.addEventListener('click', () => void chrome.permissions.request({ origins: [...origins] }).then((ok) => (document.body.dataset.allowed = String(ok))));
    document.body.append(button);
  }, patterns);
  await extensionPage.click('#allow-sites');
  await extensionPage.waitForFunction(() => document.body.dataset.allowed === 'true', { timeout: 10_000 });
  await extensionPage.evaluate(() => {
    document.getElementById('allow-sites')?.remove();
    delete document.body.dataset.allowed;
  });
}

/** Send every request, loopback included (`<-loopback>`), through the recording server. */
export function chromiumProxyArgs(hostPort: string): string[] {
  return [`--proxy-server=http://${hostPort}`, '--proxy-bypass-list=<-loopback>'];
}

/** A popup state other than "analysing": the popup has its answer. */
export const SETTLED = 'section.outlet-card, section.status:not([data-state="analysing"])';

export function requireBuild(dir: string, command: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run \`${command}\` first (npm test does it for you).`);
  }
}

export function requireBrowser(path: string, aptPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} not found. Install it with: sudo apt-get install -y ${aptPackage}`);
  }
}

export function outputPath(name: string): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return join(TEST_OUTPUT, name);
}

export interface RenderedPopup {
  state: string;
  title: string | null;
  outletId: string | null;
  outletName: string | null;
  /** The impersonation warning's sentence, or null when there is none. */
  warning: string | null;
  /** Rendered rows in the "who is quoted" list (one per source), or null when the sources section is absent. */
  sources: number | null;
  /** Statements listed under those rows (one per attribution). */
  statements: number;
  /** The source groups shown, in order ("officials", "ngos", …). */
  groups: string[];
  text: string;
}

/** Waits for the popup to settle and reads what it rendered. */
export async function readPopup(popup: Page, timeout = 30_000): Promise<RenderedPopup> {
  await popup.waitForSelector(SETTLED, { timeout });
  return popup.evaluate(() => {
    const card = document.querySelector('section.outlet-card');
    const status = document.querySelector('section.status');
    return {
      state: card ? 'ready' : (status?.getAttribute('data-state') ?? 'unknown'),
      title: document.querySelector('.article-title')?.textContent?.trim() ?? null,
      outletId: card?.getAttribute('data-outlet') ?? null,
      outletName: card?.querySelector('.outlet-name')?.textContent?.trim() ?? null,
      warning: document.querySelector('.site-warning .site-warning-text')?.textContent?.trim() ?? null,
      sources: document.querySelector('section.sources') ? document.querySelectorAll('section.sources .source-list > li').length : null,
      statements: document.querySelectorAll('section.sources .source .statement').length,
      groups: [...document.querySelectorAll('section.sources .source-group')].map((g) => g.getAttribute('data-group') ?? ''),
      text: document.body.innerText,
    };
  });
}

const ADDRESSED_HOSTS = new Set(Object.keys(ADDRESSES).map((address) => new URL(address).hostname));

/** Requests that went to something other than this machine (hosts the fixture server answers as itself count as this machine). */
export function nonLoopback(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => !isLoopbackHost(r.host) && !ADDRESSED_HOSTS.has(r.host));
}

/** The shared corpus of real saved pages (Readability's test pages), one directory with a source.html each. */
export const CORPUS_DIR = join(ROOT, '../shared/corpus/readability-test-pages');
/** Where the e2e server mounts the corpus. */
export const CORPUS_PREFIX = '/corpus/';
/**
 * Corpus pages are served with their scripts off and every subresource limited to this server, so the pages
 * themselves do not reach off the machine. Extension code is not bound by a page's CSP (the corpus tests check
 * that a content-script request to another origin still reaches the recording proxy).
 */
export const CORPUS_CSP = "default-src 'self' data: blob:; script-src 'none'; style-src 'self' 'unsafe-inline'";

/** Every `step`-th corpus page (sorted by name, so the sample is always the same), skipping `exclude`. */
export function corpusSample(step: number, exclude: readonly string[] = []): string[] {
  return readdirSync(CORPUS_DIR)
    .sort()
    .filter((name) => existsSync(join(CORPUS_DIR, name, 'source.html')))
    .filter((_, i) => i % step === 0)
    .filter((name) => !exclude.includes(name));
}

/** Host names written in a corpus page's HTML: the only off-machine hosts that page can ask for by itself. */
export function hostsNamedIn(name: string): Set<string> {
  const html = readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8');
  return new Set([...html.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase()));
}

/**
 * Starts a synchronous request from the page to `path` (which the test server holds): the page's only thread stays
 * busy in it, so nothing (the content script included) runs there until the server answers.
 */
export function busyInSyncRequest(page: Page, path: string): void {
  void page
    .evaluate((held) => {
      const request = new XMLHttpRequest();
      request.open('GET', held, false);
      request.send();
    }, path)
    .catch(() => undefined); // the page may be closed while it waits
}
