/** Where the background keeps each tab's state in storage.session, so it outlives a stopped service worker. */
export const TAB_KEY_PREFIX = 'tab:';
export const tabStorageKey = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;
