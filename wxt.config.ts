import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox 128 ESR is the oldest release with MV3 `optional_host_permissions`,
// `storage.session`, `scripting` and the CSS Custom Highlight API behind no flag (140+ for highlights;
// annotations degrade to no highlight on older versions).
const FIREFOX_MIN_VERSION = '128.0';

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
          },
        }
      : {}),
  }),
});
