import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox 140 (an ESR) is the first release that knows `data_collection_permissions`, which AMO requires of
// new add-ons, and it also has the CSS Custom Highlight API used by inline annotations. Android got the key in 142.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  zip: {
    excludeSources: ['demo-output/**', 'test-output/**', 'bench-results.json', 'docs/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Sourcelight' },
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
