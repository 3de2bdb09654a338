// How long typed text may be: one home for the server, which refuses more, and the sidebar, which says so as you type.

/** Longest topic, item or private point, in characters: a paragraph, not a document. */
export const MAX_TEXT = 500;

/** Longest name before an item's colon, in characters. */
export const MAX_NAME = 40;
