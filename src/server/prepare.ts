// Writes a run's work into the Doc exactly once: read, plan, write at that revision, and on a conflict read again.

import { type DocPlan, type DocWork, planDocWork } from '../core/follow';
import type { ParsedDoc } from '../core/model';
import { parseDoc } from '../core/parse';
import type { Settings } from '../core/settings';
import { ALL_PROMPT_LINES } from '../core/templates';
import { batchUpdate, getDocument } from './docs';
import { isRevisionConflict, UserError } from './errors';

/** Each retry is one more read and write; three covers a burst of typing without looping on a busy Doc. */
export const MAX_WRITE_ATTEMPTS = 3;

export interface WriteOutcome extends Omit<DocPlan, 'requests'> {
  /** The Doc as read before the write that succeeded (or before nothing was written). */
  parsed: ParsedDoc;
  wrote: boolean;
}

export function readParsedDoc(documentId: string): ParsedDoc {
  return parseDoc(getDocument(documentId), { promptLines: ALL_PROMPT_LINES });
}

export function writeDocWork(documentId: string, work: DocWork, settings: Settings): WriteOutcome {
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
    const parsed = readParsedDoc(documentId);
    // The key, not the heading's text, says whether an occurrence has its section: the user may have renamed it.
    const { requests, ...plan } = planDocWork(parsed, work, settings);
    if (requests.length === 0) return { ...plan, parsed, wrote: false };
    try {
      batchUpdate(documentId, requests, parsed.revisionId);
      return { ...plan, parsed, wrote: true };
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
      // Someone typed, or the other participant's trigger wrote, between our read and our write: read again.
    }
  }
  throw new UserError(
    'The Doc kept changing while the section was being added. Nothing was changed; try again in a moment.',
  );
}
