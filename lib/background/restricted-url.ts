/** Pages no extension may script: browser-internal pages and the extension stores. */
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

export function isRestrictedUrl(rawUrl: string | undefined): boolean {
  if (!rawUrl) return false;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return true;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
  if (STORE_HOSTS.has(url.hostname)) return true;
  return url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore');
}
