// Thin adapter over the Docs advanced service: fetch the whole document, write one atomic batch.
import { messageOf, statusOf } from '../shared/errors';
import type { Document, Request } from '../types/docs-api';

function documents(): GoogleAppsScript.Docs.Collection.DocumentsCollection {
  if (typeof Docs === 'undefined' || !Docs?.Documents)
    throw new Error('The Google Docs API service is not enabled for this script (appsscript.json, dependencies).');
  return Docs.Documents;
}

/** The whole document, every tab included; one call. */
export function getDocument(documentId: string): Document {
  const raw = documents().get(documentId, { includeTabsContent: true });
  // The service returns the REST JSON as is; @types types several of its maps as bare `object`, so the richer
  // shape of src/types/docs-api.ts is asserted here, at the one place the JSON comes in.
  return raw as unknown as Document;
}

/** Applies the requests atomically, only if the document is still at `requiredRevisionId`. */
export function batchUpdate(documentId: string, requests: Request[], requiredRevisionId?: string): void {
  if (requests.length === 0) return;
  const resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest = {
    requests,
    ...(requiredRevisionId ? { writeControl: { requiredRevisionId } } : {}),
  };
  documents().batchUpdate(resource, documentId);
}

export type DocsProblem = 'not-found' | 'forbidden' | 'other';

/**
 * Whether a Docs call failed because the Doc is gone or because this user may no longer edit it: by the status the
 * service attaches, never by words ("not found" also appears in a 400 about a named range or a tab). Without a
 * status, only Google's own NOT_FOUND sentence counts.
 */
export function docsProblem(error: unknown): DocsProblem {
  const status = statusOf(error);
  if (status === 404) return 'not-found';
  if (status === 403) return 'forbidden';
  if (status === undefined && /Requested entity was not found\./.test(messageOf(error))) return 'not-found';
  return 'other';
}

export const DOC_GONE = 'This Doc was deleted, or you can no longer open it.';
export const DOC_FORBIDDEN = 'You can no longer edit this Doc: ask its owner for access.';

/** The one sentence for a Doc that is gone or closed to this user; undefined for any other failure. */
export function docsFailure(error: unknown): string | undefined {
  const problem = docsProblem(error);
  return problem === 'not-found' ? DOC_GONE : problem === 'forbidden' ? DOC_FORBIDDEN : undefined;
}
