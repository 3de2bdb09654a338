// The sidebar's writes in the open Doc: prepare now, a topic or an action item added, an item ticked, dropped or kept,
// a private point shared. Each reads the Doc once, writes once, and answers the state it made (sidebar.ts).

import type { ItemState } from '../core/markers';
import { requestDone } from '../core/marks';
import type { Seen } from '../core/seen';
import { itemConflict } from '../core/seen';
import { templateSettledNotice } from '../core/templates';
import { UserError } from '../shared/errors';
import { said } from '../shared/messages';
import type { SidebarState } from '../shared/types';
import { addLine, changeItem, keepItem, upcomingOccurrence } from './edits';
import { removeNote } from './notes';
import { readParsedDoc, settleTemplate } from './prepare';
import { rememberNotesTab } from './records';
import { prepareToday, type Run, runCheck } from './schedule';
import { finish, type Scope } from './scope';
import { type OpenDoc, openDoc, writtenState } from './sidebar';
import { keptSeries, ownToday, today } from './state';

/**
 * Inserts the next meeting's section now, whatever the lead time. Unlinked, the occurrence is "today" in the user's
 * own zone, keyed by the date, so pressing it twice on one day adds one section.
 */
export function prepareHere(scope: Scope): SidebarState {
  const doc = openDoc(scope);
  const { shared, book } = doc;
  const run: Run = {
    scope,
    documentId: doc.documentId,
    book,
    shared,
    trigger: 'Prepare now',
    // The Book is this user's to keep only in a Doc both linked and linked by them; otherwise it is lent for this run.
    options: { force: true, inThisDoc: true, keepBook: Boolean(shared.link && book.link) },
  };
  const result = shared.link ? runCheck(run) : prepareToday({ ...run, shared }, ownToday(scope, book));
  doc.book = run.book;
  // The status already says what failed (an unforeseen failure by userMessage): kept, then shown.
  if (result.status.outcome === 'error') {
    finish(scope);
    throw new UserError(result.status.message[0] ?? said('error.unforeseen'));
  }
  const outcome = result.outcome ?? {
    parsed: readParsedDoc(doc.documentId, shared.tabId, shared.settings.notesLanguage),
    edits: [],
  };
  const used = templateSettledNotice(result.outcome?.template, shared.settings.template);
  const series = shared.link ? keptSeries(scope, doc.book, shared.link) : undefined;
  return writtenState(scope, doc, outcome, { ...(used ? { notices: [used] } : {}), ...(series ? { series } : {}) });
}

/** Ticks, unticks or drops an item in every copy of it in the open Doc, if it is as seen (edits.ts, changeItem). */
export function changeItemHere(scope: Scope, item: { id: string; seen: Seen }, action: ItemState): SidebarState {
  const doc = openDoc(scope);
  const result = changeItem(scope, { documentId: doc.documentId, inThisDoc: true }, doc.shared, item, action);
  return writtenState(scope, doc, result, result.conflict ? { conflict: result.conflict } : {});
}

/** "Still on?" … Keep: not asked again about this item, for this user, until it is carried again. */
export function keepItemHere(scope: Scope, item: { id: string; seen: Seen }): SidebarState {
  const doc = openDoc(scope);
  const result = keepItem(scope, doc.book, doc.shared, item);
  const conflict = itemConflict(result);
  return writtenState(scope, doc, result, conflict ? { conflict } : {});
}

/**
 * Adds a line to the upcoming meeting's section (created, with carry-over, if it is not there yet) and answers the
 * state it made. `then` runs once the line is safely in the Doc (or was already, for a retry).
 */
export function addToUpcoming(
  scope: Scope,
  doc: OpenDoc,
  kind: 'agenda' | 'actions',
  lineFor: (date: string) => string,
  then?: () => void,
): SidebarState {
  const day = today(scope, doc.book);
  const upcoming = upcomingOccurrence(scope, doc.shared, doc.book, day);
  const result = addLine(scope, doc.shared, upcoming, kind, lineFor(upcoming.date));
  rememberNotesTab(scope, result.parsed.tabId, doc.book, true);
  then?.();
  // A one-off template that wrote the section goes back to the regular one, and the sidebar says so.
  const chosen = doc.shared.settings.template;
  const book = doc.book.link ? doc.book : undefined;
  const settled = settleTemplate(scope, result.parsed, doc.shared, book, true, result.template);
  const notice = settled ? templateSettledNotice(chosen, doc.shared.settings.template) : undefined;
  return writtenState(scope, doc, result, notice ? { notices: [notice] } : {});
}

/**
 * Moves a private point into the upcoming agenda; it leaves the private list only once it is in the Doc. A retry of
 * a share whose line reached the Doc adds nothing, and takes the point off the list if it is still there.
 */
export function shareNote(scope: Scope, id: string): SidebarState {
  const doc = openDoc(scope);
  const note = doc.notes.find((n) => n.id === id);
  if (!note) {
    const parsed = readParsedDoc(doc.documentId, doc.shared.tabId, doc.shared.settings.notesLanguage);
    const retried = scope.requestId !== undefined && requestDone(parsed, scope.requestId);
    return writtenState(scope, doc, { parsed, edits: [] }, retried ? {} : { conflict: said('error.pointGone') });
  }
  const removeShared = () => {
    doc.notes = removeNote(scope, doc.documentId, id).notes;
  };
  return addToUpcoming(scope, doc, 'agenda', () => note.text, removeShared);
}
