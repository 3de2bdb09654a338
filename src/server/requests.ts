// The request ids of this user's recent writes in one Doc: a write the sidebar gave up on and sent again happens once.
import { saveUserRecord } from './properties';

const requestsKey = (documentId: string) => `requests:${documentId}`;
/** Enough for every write of a long session; a retry comes within minutes, so older ids can go. */
const KEPT = 40;

function load(documentId: string): string[] {
  const raw = PropertiesService.getUserProperties().getProperty(requestsKey(documentId));
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // A corrupt list only forgets which writes happened: at worst a retried one is written again.
    return [];
  }
}

/** Whether this Doc's write with `requestId` already happened. Ids are kept per Doc: one from another Doc is new here. */
export function alreadyDone(documentId: string, requestId: string): boolean {
  return load(documentId).includes(requestId);
}

export function markDone(documentId: string, requestId: string): void {
  const ids = [...load(documentId).filter((id) => id !== requestId), requestId].slice(-KEPT);
  saveUserRecord(requestsKey(documentId), JSON.stringify(ids));
}

/** Forgets the Doc's ids, with the rest of this user's records for it. */
export function forgetRequests(documentId: string): void {
  PropertiesService.getUserProperties().deleteProperty(requestsKey(documentId));
}
