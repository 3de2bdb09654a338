// The server's entry module: its exports are exactly the functions Apps Script and google.script.run may call, each a
// thin wrapper that opens one scope (scope.ts), checks its arguments, and hands the work to the module that owns it.
import { actionLine } from '../core/actionLine';
import { menuWords } from '../core/menu';
import { DROP, type Seen, tick } from '../core/seen';
import { checkDone, checkLine, checkNewActionItem, checkSeen, checkShortId } from '../core/validate';
import { said } from '../shared/messages';
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
import { accountLocale } from './environment';
import { withLastKnown } from './lastKnown';
import { changeSettings, link, recurringSeries, unlinkForBoth } from './linking';
import { addNote, removeNote } from './notes';
import { changeOwnItem, overviewNow, overviewPage, refreshAll, restoreAutomationHere } from './overview';
import { triggerRun } from './runs';
import { createScope, serverCall, valid } from './scope';
import { forgetMyPart, notesPatch, openDoc, readState, sharingPatch, tendAutomation } from './sidebar';
import { addToUpcoming, changeItemHere, keepItemHere, prepareHere, shareNote } from './sidebarWrites';
import { keptSeries } from './state';
import { CALENDAR_HANDLER, HOURLY_HANDLER } from './triggers';

const ADDON_TITLE = '1:1 Companion';

/** The sidebar's page, as built, with what this execution puts in it. */
function showPage(fill: (content: string) => string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(fill(html.getContent()));
  DocumentApp.getUi().showSidebar(html.setTitle(ADDON_TITLE));
}

// ——— Apps Script entry points ———

export function onOpen(_e?: GoogleAppsScript.Events.DocsOnOpen): void {
  // Runs in AuthMode.NONE before the add-on is authorised: build the menu and touch nothing else.
  const words = menuWords(accountLocale());
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem(words.open, 'showSidebar')
    .addItem(words.prepare, 'prepareNow')
    .addItem(words.overview, 'showOverview')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.DocsOnOpen);
}

/** The page shows this user's last-known state of the Doc at once; its first google.script.run call refreshes it. */
export function showSidebar(): void {
  const scope = createScope();
  showPage((content) => withLastKnown(scope, content));
}

/**
 * The menu's "All my 1:1s": the sidebar, opening on the overview, which is in the page already (one read of this
 * user's properties, no Docs or Calendar call). Should that read fail, the sidebar opens as usual.
 */
export function showOverview(): void {
  const scope = createScope();
  showPage((content) => withLastKnown(scope, overviewPage(scope, content)));
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
    const { parsed, notice } = link(scope, options);
    const doc = openDoc(scope);
    tendAutomation(scope, doc, { calendar: true });
    return readState(scope, doc, { parsed, ...(notice ? { notices: [notice] } : {}) });
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
    return readState(scope, doc, { forgotten: true, ...(notice ? { notices: [notice] } : {}) });
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
    return readState(scope, doc, { parsed, forgotten: true, ...(notice ? { notices: [notice] } : {}) });
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
  return serverCall(context, (scope) => prepareHere(scope));
}

/** An item id and what the sidebar showed of it (core/seen.ts), both checked before anything is read. */
function checkedItem(itemId: unknown, seen: unknown): { id: string; seen: Seen } {
  return { id: valid(checkShortId(itemId)), seen: valid(checkSeen(seen)) };
}

/**
 * Ticks or unticks an item in every copy of it in the Doc: the marker and the strikethrough. `seen` is the item as
 * the sidebar showed it (its Commitment's `seen`): an item changed in the Doc since is left as it is.
 */
export function setItemDone(itemId: string, done: boolean, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const action = tick(valid(checkDone(done)));
    return changeItemHere(scope, checkedItem(itemId, seen), action);
  });
}

/** Drops an item in every copy ("Still on?" … Drop): a dropped marker, the text struck through, never carried again. */
export function dropItem(itemId: string, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => changeItemHere(scope, checkedItem(itemId, seen), DROP));
}

/** "Still on?" … Keep: not asked again about this item, for this user, until it is carried again. */
export function keepItem(itemId: string, seen: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => keepItemHere(scope, checkedItem(itemId, seen)));
}

/** Adds a topic to the upcoming meeting's agenda, creating its section if needed. */
export function addAgendaItem(text: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const line = valid(checkLine(text));
    return addToUpcoming(scope, openDoc(scope), 'agenda', () => line);
  });
}

/** Adds an action item (owner me, them or a name; optional due date) to the upcoming meeting's section. */
export function addActionItem(item: NewActionItem, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => {
    const checked = valid(checkNewActionItem(item));
    const doc = openDoc(scope);
    const people = { me: scope.me(), attendees: doc.shared.link?.attendees ?? [] };
    const language = doc.shared.settings.notesLanguage;
    return addToUpcoming(scope, doc, 'actions', (date) => valid(actionLine(checked, people, date, language)));
  });
}

/** Keeps a talking point in this user's own properties: it reaches neither the Doc nor the Doc's properties. */
export function addPrivateNote(text: string, context?: CallContext): SidebarPatch {
  return serverCall(context, (scope) => {
    const line = valid(checkLine(text));
    const documentId = scope.documentId();
    return notesPatch(scope, documentId, addNote(scope, documentId, line).notes);
  });
}

export function deletePrivateNote(noteId: string, context?: CallContext): SidebarPatch {
  return serverCall(context, (scope) => {
    const id = valid(checkShortId(noteId));
    const documentId = scope.documentId();
    const result = removeNote(scope, documentId, id);
    return notesPatch(scope, documentId, result.notes, result.gone ? said('error.pointGone') : undefined);
  });
}

/**
 * Moves a private point into the upcoming agenda; it leaves the private list only once it is in the Doc. A retry of
 * a share whose line reached the Doc adds nothing, and takes the point off the list if it is still there.
 */
export function sharePrivateNote(noteId: string, context?: CallContext): SidebarState {
  return serverCall(context, (scope) => shareNote(scope, valid(checkShortId(noteId))));
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
  return serverCall(context, (scope) => restoreAutomationHere(scope));
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
    const action = tick(valid(checkDone(done)));
    return changeOwnItem(scope, documentId, checkedItem(itemId, seen), action);
  });
}

/** Drops one of this user's items in its own Doc (a dropped marker in every copy), from All my 1:1s, if it is as seen. */
export function dropOverviewItem(
  documentId: string,
  itemId: string,
  seen: string,
  context?: CallContext,
): OverviewState {
  return serverCall(context, (scope) => changeOwnItem(scope, documentId, checkedItem(itemId, seen), DROP));
}
