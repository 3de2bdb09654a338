// The server's entry module: its exports are exactly the functions Apps Script and google.script.run may call, each a
// thin wrapper that opens one scope (scope.ts), checks its arguments, and hands the work to the module that owns it.
import { actionLine } from '../core/actionLine';
import { automationHealth } from '../core/link';
import type { ItemState } from '../core/markers';
import { requestDone } from '../core/marks';
import { pageWithOverview } from '../core/overview';
import { itemChangedSentence, type Seen } from '../core/seen';
import { templateSettledNotice } from '../core/templates';
import { checkDone, checkLine, checkNewActionItem, checkSeen, checkShortId } from '../core/validate';
import { UserError } from '../shared/errors';
import type {
  CallContext,
  LinkOptions,
  NewActionItem,
  OverviewState,
  RecurringSeries,
  SettingsPatch,
  SidebarPatch,
  SidebarState,
} from '../shared/types';
import { addLine, keepItem as keepItemIn, setState, upcomingOccurrence } from './edits';
import { withLastKnown } from './lastKnown';
import { changeSettings, link, recurringSeries, unlinkForBoth } from './linking';
import { addNote, removeNote } from './notes';
import { changeOwnItem, overviewFrom, overviewNow, refreshAll } from './overview';
import { readParsedDoc, settleTemplate } from './prepare';
import { loadUserRecords, rememberNotesTab, saveAccount } from './records';
import { triggerRun } from './runs';
import { prepareToday, type Run, runCheck } from './schedule';
import { createScope, finish, type Scope, serverCall, valid } from './scope';
import {
  forgetMyPart,
  notesPatch,
  type OpenDoc,
  openDoc,
  readState,
  sharingPatch,
  tendAutomation,
  writtenState,
} from './sidebar';
import { keptSeries, ownToday, today } from './state';
import { CALENDAR_HANDLER, ensureTriggers, HOURLY_HANDLER, removeAllTriggers } from './triggers';

const ADDON_TITLE = '1:1 Companion';

// ——— Apps Script entry points ———

export function onOpen(_e?: GoogleAppsScript.Events.DocsOnOpen): void {
  // Runs in AuthMode.NONE before the add-on is authorised: build the menu and touch nothing else.
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open', 'showSidebar')
    .addItem('Prepare the next 1:1 now', 'prepareNow')
    .addItem('All my 1:1s', 'showOverview')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.DocsOnOpen);
}

/** The page shows this user's last-known state of the Doc at once; its first google.script.run call refreshes it. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(withLastKnown(createScope(), html.getContent()));
  DocumentApp.getUi().showSidebar(html.setTitle(ADDON_TITLE));
}

/**
 * The menu's "All my 1:1s": the sidebar, opening on the overview, which is in the page already (one read of this
 * user's properties, no Docs or Calendar call). Should that read fail, the sidebar opens as usual.
 */
export function showOverview(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  const scope = createScope();
  let content = html.getContent();
  try {
    content = pageWithOverview(content, overviewNow(scope));
  } catch (error) {
    console.error(error);
  }
  html.setContent(withLastKnown(scope, content));
  DocumentApp.getUi().showSidebar(html.setTitle(ADDON_TITLE));
}

/**
 * Hourly, for every Doc this user linked, from whichever of their two triggers fires first in the hour (runs.ts): a
 * Doc whose next look is still ahead costs nothing; a due one has its series read, moves, cancellations and splits
 * followed, and its section inserted once it is due.
 */
export function onHourlyTick(e?: GoogleAppsScript.Events.TimeDriven): void {
  triggerRun(e as { triggerUid?: unknown } | undefined, HOURLY_HANDLER);
}

/**
 * On a change in the user's calendar (only where a calendar trigger may exist, as in a bound script): an incremental
 * sync per linked Doc says whether the change concerns its series; one that does runs that Doc's check at once.
 */
export function onCalendarEventUpdated(e?: { triggerUid?: unknown }): void {
  triggerRun(e, CALENDAR_HANDLER);
}

// ——— Server functions for google.script.run ———

export function getSidebarState(context?: CallContext): SidebarState {
  return serverCall(context, (scope) => readState(scope, openDoc(scope)));
}

export function listRecurringSeries(context?: CallContext): RecurringSeries[] {
  // The zone is kept for this user's triggers: the picker is the first call a new user's sidebar makes.
  return serverCall(context, (scope) => recurringSeries(scope.nowMs));
}

export function linkSeries(options: LinkOptions, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const { parsed } = link(scope, options);
    const doc = openDoc(scope);
    tendAutomation(scope, doc, { calendar: true });
    return readState(scope, doc, { parsed });
  });
}

/**
 * "Stop automatic preparation for me": removes this user's part (their record, and their triggers once no linked Doc
 * is left). The Doc keeps its link, and the other person's preparation goes on.
 */
export function unlinkSeries(context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const doc = openDoc(scope);
    const notice = forgetMyPart(scope, doc);
    return readState(scope, doc, notice ? { notices: [notice] } : {});
  });
}

/**
 * "Unlink this Doc from the series", for both people: the Doc's shared link goes, its mark says so (so the other
 * person's trigger writes nothing more here), and this user's part goes. The Doc's text, its settings and everyone's
 * private points stay.
 */
export function unlinkDocument(context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const parsed = unlinkForBoth(scope, scope.documentId());
    const doc = openDoc(scope);
    const notice = forgetMyPart(scope, doc);
    return readState(scope, doc, { parsed, ...(notice ? { notices: [notice] } : {}) });
  });
}

export function updateSettings(settings: SettingsPatch, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const parsed = changeSettings(scope, settings, scope.documentId());
    const doc = openDoc(scope);
    const series = doc.shared.link ? keptSeries(scope, doc.book, doc.shared.link) : undefined;
    return readState(scope, doc, { parsed, ...(series ? { series } : {}) });
  });
}

/**
 * Inserts the next meeting's section now, whatever the lead time. Unlinked, the occurrence is "today" in the user's
 * own zone, keyed by the date, so pressing it twice on one day adds one section.
 */
export function prepareNow(context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
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
    // The status is already worded for a person (an unforeseen failure by userMessage): kept, then shown.
    if (result.status.outcome === 'error') {
      finish(scope);
      throw new UserError(result.status.message);
    }
    const outcome = result.outcome ?? { parsed: readParsedDoc(doc.documentId, shared.tabId), edits: [] };
    const used = templateSettledNotice(result.outcome?.template, shared.settings.template);
    const series = shared.link ? keptSeries(scope, doc.book, shared.link) : undefined;
    return writtenState(scope, doc, outcome, { ...(used ? { notices: [used] } : {}), ...(series ? { series } : {}) });
  });
}

const itemSuggested = (verb: string) =>
  `Someone suggested a change to that item in the Doc, so nothing was ${verb}: accept or reject the suggestion there first.`;

/** An item id and what the sidebar showed of it (core/seen.ts), both checked before anything is read. */
function checkedItem(itemId: unknown, seen: unknown): { id: string; seen: Seen } {
  return { id: valid(checkShortId(itemId, 'The item')), seen: valid(checkSeen(seen)) };
}

/** Writes an item's state into every copy of it in the Doc (the marker and the strikethrough) if it is as seen. */
function changeItem(scope: Scope, item: { id: string; seen: Seen }, state: ItemState, verb: string): SidebarState {
  const doc = openDoc(scope);
  const result = setState(scope, { documentId: doc.documentId, inThisDoc: true }, doc.shared, item, state);
  const conflict = result.change
    ? itemChangedSentence(result.change, 'sidebar')
    : result.suggested
      ? itemSuggested(verb)
      : undefined;
  return writtenState(scope, doc, result, conflict ? { conflict } : {});
}

/**
 * Ticks or unticks an item in every copy of it in the Doc: the marker and the strikethrough. `seen` is the item as
 * the sidebar showed it (its Commitment's `seen`): an item changed in the Doc since is left as it is.
 */
export function setItemDone(itemId: string, done: boolean, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const wanted = valid(checkDone(done));
    const item = checkedItem(itemId, seen);
    return changeItem(scope, item, wanted ? 'done' : 'open', wanted ? 'ticked' : 'unticked');
  });
}

/** Drops an item in every copy ("Still on?" … Drop): a dropped marker, the text struck through, never carried again. */
export function dropItem(itemId: string, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => changeItem(scope, checkedItem(itemId, seen), 'dropped', 'dropped'));
}

/** "Still on?" … Keep: not asked again about this item, for this user, until it is carried again. */
export function keepItem(itemId: string, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const item = checkedItem(itemId, seen);
    const doc = openDoc(scope);
    const result = keepItemIn(scope, doc.book, doc.shared.tabId, item);
    const conflict = result.change ? itemChangedSentence(result.change, 'sidebar') : undefined;
    return writtenState(scope, doc, result, conflict ? { conflict } : {});
  });
}

/**
 * Adds a line to the upcoming meeting's section (created, with carry-over, if it is not there yet) and answers the
 * state it made. `then` runs once the line is safely in the Doc (or was already, for a retry).
 */
function addToUpcoming(
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

/** Adds a topic to the upcoming meeting's agenda, creating its section if needed. */
export function addAgendaItem(text: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const line = valid(checkLine(text, 'The topic'));
    return addToUpcoming(scope, openDoc(scope), 'agenda', () => line);
  });
}

/** Adds an action item (owner me, them or a name; optional due date) to the upcoming meeting's section. */
export function addActionItem(item: NewActionItem, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const checked = valid(checkNewActionItem(item));
    const doc = openDoc(scope);
    const people = { me: scope.me(), attendees: doc.shared.link?.attendees ?? [] };
    return addToUpcoming(scope, doc, 'actions', (date) => valid(actionLine(checked, people, date)));
  });
}

/** Keeps a talking point in this user's own properties: it reaches neither the Doc nor the Doc's properties. */
export function addPrivateNote(text: string, context?: CallContext): SidebarPatch {
  return serverCall(context, (scope) => {
    const line = valid(checkLine(text, 'The point'));
    const documentId = scope.documentId();
    return notesPatch(scope, documentId, addNote(scope, documentId, line).notes);
  });
}

export function deletePrivateNote(noteId: string, context?: CallContext): SidebarPatch {
  return serverCall(context, (scope) => {
    const id = valid(checkShortId(noteId, 'The point'));
    const documentId = scope.documentId();
    const result = removeNote(scope, documentId, id);
    return notesPatch(scope, documentId, result.notes, result.gone ? 'That point was already gone.' : undefined);
  });
}

/**
 * Moves a private point into the upcoming agenda; it leaves the private list only once it is in the Doc. A retry of
 * a share whose line reached the Doc adds nothing, and takes the point off the list if it is still there.
 */
export function sharePrivateNote(noteId: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const id = valid(checkShortId(noteId, 'The point'));
    const doc = openDoc(scope);
    const note = doc.notes.find((n) => n.id === id);
    if (!note) {
      const parsed = readParsedDoc(doc.documentId, doc.shared.tabId);
      const retried = scope.requestId !== undefined && requestDone(parsed, scope.requestId);
      return writtenState(
        scope,
        doc,
        { parsed, edits: [] },
        retried ? {} : { conflict: 'That point was already gone.' },
      );
    }
    return addToUpcoming(
      scope,
      doc,
      'agenda',
      () => note.text,
      () => {
        doc.notes = removeNote(scope, doc.documentId, id).notes;
      },
    );
  });
}

/** "Check again" in the privacy panel: the Doc's sharing looked up now. */
export function checkSharingAgain(context?: CallContext): SidebarPatch {
  return serverCall(context, (scope) => sharingPatch(scope));
}

/** All my 1:1s: every Doc this user linked, from their records; no Docs or Calendar call. */
export function getOverview(context?: CallContext): OverviewState {
  return serverCall(context, (scope) => overviewNow(scope));
}

/** "Refresh all": every linked Doc read again (one Docs get each), in this one execution. */
export function refreshOverview(context?: CallContext): OverviewState {
  return serverCall(context, (scope) => refreshAll(scope));
}

/**
 * Automatic preparation had stopped for this user (no trigger of theirs can fire): one of their triggers is made in
 * the open Doc, and All my 1:1s answers as it is now.
 */
export function restoreAutomation(context?: CallContext): OverviewState {
  return serverCall(context, (scope) => {
    const records = loadUserRecords(scope);
    const { account } = records;
    // Triggers recorded but silent for hours are made anew: whatever stopped them, a new one starts clean.
    if (automationHealth(account, 1, scope.nowMs)?.state === 'stalled') removeAllTriggers(account);
    ensureTriggers(account, scope.documentId(), scope.me(), { calendar: false, nowMs: scope.nowMs, force: true });
    saveAccount(scope, account);
    return overviewFrom(scope, records);
  });
}

/**
 * Ticks or unticks one of this user's items in its own Doc, every copy of it, from All my 1:1s, if it is as that Doc
 * was last read (its OwedItem's `seen`).
 */
export function setOverviewItemDone(
  documentId: string,
  itemId: string,
  done: boolean,
  seen: string,
  context?: CallContext,
): OverviewState {
  return serverCall(context, (scope) => {
    const wanted = valid(checkDone(done));
    return changeOwnItem(scope, documentId, checkedItem(itemId, seen), {
      state: wanted ? 'done' : 'open',
      verb: wanted ? 'ticked' : 'unticked',
    });
  });
}

/** Drops one of this user's items in its own Doc (a dropped marker in every copy), from All my 1:1s, if it is as seen. */
export function dropOverviewItem(
  documentId: string,
  itemId: string,
  seen: string,
  context?: CallContext,
): OverviewState {
  return serverCall(context, (scope) =>
    changeOwnItem(scope, documentId, checkedItem(itemId, seen), { state: 'dropped', verb: 'dropped' }),
  );
}
