// This user's "Keep" answers to "Still on?" for one Doc, in their own user properties: item id → times carried then.
import { saveUserRecord } from './properties';

const keptKey = (documentId: string) => `kept:${documentId}`;
/** Ids are at most 32 characters: 100 answers stay well inside a property value's 9 KB (docs/PLATFORM.md, Properties). */
const MAX_KEPT = 100;

/** The answers kept for this Doc, oldest first; an unreadable value reads as none (at worst, one is asked again). */
function loadEntries(documentId: string): [string, number][] {
  const raw = PropertiesService.getUserProperties().getProperty(keptKey(documentId));
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    // Pairs, not an object: an object would put ids that look like numbers first, and lose the order of age.
    return value.filter(
      (e): e is [string, number] =>
        Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1]) && (e[1] as number) >= 0,
    );
  } catch {
    return [];
  }
}

export function loadKept(documentId: string): Record<string, number> {
  const kept: Record<string, number> = Object.create(null);
  for (const [id, times] of loadEntries(documentId)) kept[id] = times;
  return kept;
}

/**
 * Remembers "Keep" for one item. Answers for items no longer in the Doc are let go, and past MAX_KEPT the oldest go
 * first, so the record stays bounded however long the Doc lives.
 */
export function rememberKept(documentId: string, itemId: string, times: number, liveIds: ReadonlySet<string>): void {
  const entries = loadEntries(documentId).filter(([id]) => id !== itemId && liveIds.has(id));
  entries.push([itemId, times]);
  saveUserRecord(keptKey(documentId), JSON.stringify(entries.slice(-MAX_KEPT)));
}

/** Forgets every answer for a Doc that is gone. */
export function forgetKept(documentId: string): void {
  PropertiesService.getUserProperties().deleteProperty(keptKey(documentId));
}
