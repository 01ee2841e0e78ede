import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox 140 (an ESR) is the first release that knows `data_collection_permissions`, which AMO requires of
// new add-ons, and it also has the CSS Custom Highlight API used by inline annotations. Android got the key in 142.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// Stricter than the MV3 default: no plugins, no <base>, no form posts, and `connect-src 'none'` makes "no network
// requests" a rule the browser enforces on the extension's own pages and worker, not only a promise. Production
// builds only: `wxt dev` needs its local reload server.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

/** The suggested keyboard shortcut for the toolbar popup (documented in the README). */
const SHORTCUT = 'Alt+Shift+S';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  zip: {
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-results.json', 'docs/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: 'Sourcelight',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // `offscreen` (Chromium only, no install warning): its service worker has no DOM, so Readability reads page
    // snapshots in an offscreen document, off the page's thread. Firefox's event page has a DOM of its own.
    // `sidePanel` (Chromium only, no install warning) for the side panel; Firefox's sidebar needs no permission.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel'])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Sourcelight' },
    // Opens the toolbar popup. Alt+Shift+S is bound by neither Chrome nor Firefox (Chrome's Alt+Shift keys are A, B,
    // I and T; Firefox has none); readers can change it in chrome://extensions/shortcuts or about:addons.
    commands: {
      _execute_action: { suggested_key: { default: SHORTCUT }, description: '__MSG_shortcutOpenPopupDescription__' },
    },
    ...(mode === 'production' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
