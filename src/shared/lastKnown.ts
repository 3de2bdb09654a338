// A user's last-known sidebar state of one Doc as it is stored and embedded, and how a text is read back as one.
import { isObject, storedObject } from './stored';
import type { SidebarState } from './types';

/** What showSidebar embeds in the page: the state as it was at `at` (ms), `trimmed` when lists or texts were cut. */
export interface LastKnown {
  at: number;
  state: SidebarState;
  trimmed?: boolean;
}

/**
 * A stored or embedded record read back: undefined for anything that is not one (corrupt, or of another version's
 * shape), so a page from an older version, or a damaged one, simply waits for the server.
 */
export function readLastKnown(raw: string | null | undefined): LastKnown | undefined {
  const value = storedObject(raw);
  if (!value || typeof value.at !== 'number' || !Number.isFinite(value.at)) return undefined;
  const state = value.state;
  if (!isObject(state) || typeof state.linked !== 'boolean') return undefined;
  for (const list of ['commitments', 'agenda', 'privateNotes']) if (!Array.isArray(state[list])) return undefined;
  return {
    at: value.at,
    state: state as unknown as SidebarState,
    ...(value.trimmed === true ? { trimmed: true } : {}),
  };
}
