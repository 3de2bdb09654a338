// The sidebar page's element ids that the server writes into and the sidebar reads from: one spelling for both bundles.

/** Where showSidebar puts this user's last-known state of the Doc (src/core/lastKnown.ts). */
export const LAST_KNOWN_ELEMENT_ID = 'last-known';

/** Where showOverview puts the overview the page opens on (the menu's "All my 1:1s", src/core/overview.ts). */
export const OVERVIEW_ELEMENT_ID = 'overview-start';
