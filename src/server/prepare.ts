// Writes a run's work into the Doc exactly once: read, plan, write at that revision, and on a conflict read again.
import { type DocPlan, type DocWork, planDocWork } from '../core/follow';
import type { Book } from '../core/link';
import type { ParsedDoc } from '../core/model';
import { parseDoc } from '../core/parse';
import { ALL_PROMPT_LINES, settledTemplate } from '../core/templates';
import { statusOf, UserError } from '../shared/errors';
import { said } from '../shared/messages';
import type { NotesLanguageTag, Settings, TemplateName } from '../shared/settings';
import type { Document, Request } from '../types/docs-api';
import { batchUpdate, getDocument } from './docs';
import { loadShared, type Shared, saveSettings } from './records';
import type { Scope } from './scope';

/** Each retry is one more read and write; three covers a burst of typing without looping on a busy Doc. */
export const MAX_WRITE_ATTEMPTS = 3;

/** What a run's write did. `inserted` and `adopted` are there only when it wrote: a plan that wrote nothing added nothing. */
export interface WriteOutcome extends Omit<DocPlan, 'requests'> {
  /** The Doc as read before the write that succeeded (or before nothing was written). */
  parsed: ParsedDoc;
  wrote: boolean;
  /** The settings the plan was made with: the Doc's own, as its mark states them, when it states any. */
  settingsUsed?: Settings;
}

/**
 * The Doc as the add-on reads it, in the notes' tab (`tabId`: the one remembered, if any); `language`: the notes' as
 * the caller knows it, for a Doc whose mark states none (core/parse.ts).
 */
export function readParsedDoc(documentId: string, tabId: string | undefined, language?: NotesLanguageTag): ParsedDoc {
  return parsedAs(getDocument(documentId), tabId, language);
}

/** A Doc already read, as the add-on reads it (readParsedDoc). */
export function parsedAs(document: Document, tabId: string | undefined, language?: NotesLanguageTag): ParsedDoc {
  return parseDoc(document, {
    promptLines: ALL_PROMPT_LINES,
    ...(tabId ? { tabId } : {}),
    ...(language ? { language } : {}),
  });
}

/** The remembered notes' tab is gone and no tab holds the sections: nothing is written anywhere else. */
export class TabMissing extends UserError {
  constructor() {
    super(said('error.notesTabGone'));
  }
}

/**
 * Reads the Doc, plans against what it read, and writes at that revision; on a conflict (someone typed, or the other
 * participant's trigger wrote, between the read and the write) it reads and plans again, a bounded number of times.
 * Docs answers a stale `requiredRevisionId` with a 400 whose words are not documented (docs/PLATFORM.md, Docs API):
 * after any 400 the Doc is read again, and only a revision that moved makes it a conflict. That read is the next
 * attempt's read, so a conflict costs no extra call.
 */
export function writeDoc<T extends { requests: Request[] }>(
  documentId: string,
  tabId: string | undefined,
  plan: (parsed: ParsedDoc) => T,
  language?: NotesLanguageTag,
  read?: Document,
): Omit<T, 'requests'> & { parsed: ParsedDoc; wrote: boolean } {
  // `read`: the Doc as this call already fetched it, which the first attempt plans against.
  let parsed = read ? parsedAs(read, tabId, language) : readParsedDoc(documentId, tabId, language);
  for (let attempt = 1; ; attempt++) {
    // Never anywhere else: the notes' tab is gone (docs/PLATFORM.md, Docs API, tabs).
    if (parsed.tabMissing) throw new TabMissing();
    const { requests, ...rest } = plan(parsed);
    if (requests.length === 0) return { ...rest, parsed, wrote: false };
    try {
      batchUpdate(documentId, requests, parsed.revisionId);
      return { ...rest, parsed, wrote: true };
    } catch (error) {
      if (statusOf(error) !== 400) throw error;
      const again = readParsedDoc(documentId, tabId, language);
      // Same revision: the requests themselves were refused, and that is the error to report.
      if (again.revisionId === parsed.revisionId) throw error;
      if (attempt >= MAX_WRITE_ATTEMPTS) break;
      parsed = again;
    }
  }
  throw new UserError(said('error.docKeptChanging'));
}

/**
 * Plans a run's work against the Doc as read, with the settings the Doc's own mark states when it states any (they
 * are the Doc's truth; a copy may be older), and first asks `check` whether the run may write at all: a check that
 * answers a reason stops the plan with nothing written. `dueWith` says whether the section in `work` is due under
 * the settings used: a lead time the other person changed is honoured by the run that reads it.
 */
export function writeDocWork<R>(
  documentId: string,
  tabId: string | undefined,
  work: DocWork,
  settings: Settings,
  check: (parsed: ParsedDoc) => { stop?: R; settings?: Settings; before?: Request[] } = () => ({}),
  dueWith: (settings: Settings) => boolean = () => true,
): WriteOutcome & { stopped?: R } {
  // The key, not the heading's text, says whether an occurrence has its section: the user may have renamed it.
  const outcome = writeDoc(
    documentId,
    tabId,
    (parsed): DocPlan & { stopped?: R; settingsUsed?: Settings } => {
      const checked = check(parsed);
      if (checked.stop !== undefined)
        return { requests: [], stopped: checked.stop, redated: 0, cancelled: 0, movedLeftAsWritten: [], edits: [] };
      const used = checked.settings ?? settings;
      const { insert, ...rest } = work;
      const plan = planDocWork(parsed, insert && dueWith(used) ? work : rest, used);
      // The mark goes first (its indexes are the ones read), alone if nothing else is due.
      const requests = [...(checked.before ?? []), ...plan.requests];
      return { ...plan, requests, settingsUsed: used };
    },
    settings.notesLanguage,
  );
  if (outcome.wrote) return outcome;
  const {
    inserted: _planned,
    adopted: _adoptable,
    adoptedFor: _day,
    template: _unused,
    edits: _none,
    ...unwritten
  } = outcome;
  return { ...unwritten, edits: [] };
}

/**
 * "First 1:1" is for one section (core/templates.ts, settledTemplate): once its section is in the Doc, the template
 * setting goes back to the regular one in `shared`, in this user's copy (`book`), and in the Doc's own settings when
 * the call runs in that Doc, re-read first so that a template someone chose meanwhile stays. `used`: the template
 * a write just applied to a Doc read before it. True when the setting changed.
 */
export function settleTemplate(
  scope: Scope,
  parsed: ParsedDoc,
  shared: Shared,
  book: Book | undefined,
  inThisDoc: boolean,
  used?: TemplateName,
): boolean {
  const chosen = shared.settings.template;
  const settled = settledTemplate(parsed, chosen, used);
  if (settled === chosen) return false;
  shared.settings = { ...shared.settings, template: settled };
  if (book?.settings?.template === chosen) book.settings = { ...book.settings, template: settled };
  if (inThisDoc) {
    const stored = loadShared(scope).settings;
    if (stored.template === chosen) saveSettings(scope, { ...stored, template: settled });
  }
  return true;
}
