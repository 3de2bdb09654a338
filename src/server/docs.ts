// Thin adapter over the Docs advanced service: fetch the whole document, write one atomic batch.
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
