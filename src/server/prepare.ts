// Inserts one occurrence's section exactly once: read, plan, write at that revision, and on a conflict read again.
import { openItemsToCarry } from '../core/carryOver';
import type { IsoDate, ParsedDoc } from '../core/model';
import { parseDoc } from '../core/parse';
import { planInsertSection } from '../core/plan';
import type { Settings } from '../core/settings';
import { ALL_PROMPT_LINES } from '../core/templates';
import { batchUpdate, getDocument } from './docs';
import { isRevisionConflict, UserError } from './errors';

/** Each retry is one more read and write; three covers a burst of typing without looping on a busy Doc. */
export const MAX_WRITE_ATTEMPTS = 3;

export interface Occurrence {
  date: IsoDate;
  key: string;
}

export type InsertOutcome =
  | { inserted: true; parsed: ParsedDoc; headingText: string; agenda: string[] }
  | { inserted: false; parsed: ParsedDoc };

export function readParsedDoc(documentId: string): ParsedDoc {
  return parseDoc(getDocument(documentId), { promptLines: ALL_PROMPT_LINES });
}

export function insertSectionOnce(
  documentId: string,
  occurrence: Occurrence,
  settings: Settings,
  agendaTopics: string[] = [],
): InsertOutcome {
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
    const parsed = readParsedDoc(documentId);
    // The key, not the heading's text, says whether this occurrence has its section: the user may have renamed it.
    if (parsed.keys[occurrence.key]) return { inserted: false, parsed };
    const plan = planInsertSection({
      parsed,
      date: occurrence.date,
      key: occurrence.key,
      position: settings.position,
      template: settings.template,
      dateFormat: settings.dateFormat,
      carried: openItemsToCarry(parsed, occurrence.date),
      agendaTopics,
    });
    try {
      batchUpdate(documentId, plan.requests, parsed.revisionId);
      return { inserted: true, parsed, headingText: plan.headingText, agenda: plan.agenda };
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
      // Someone typed, or the other participant's trigger wrote, between our read and our write: read again.
    }
  }
  throw new UserError(
    'The Doc kept changing while the section was being added. Nothing was changed; try again in a moment.',
  );
}
