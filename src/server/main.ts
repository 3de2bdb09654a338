// The server's entry module: its exports are exactly the functions Apps Script and google.script.run may call.
import { actionLine } from '../core/actionLine';
import type { Link } from '../core/link';
import type { ItemState } from '../core/markers';
import type { ParsedDoc } from '../core/model';
import type { Occurrence } from '../core/occurrences';
import { pageWithOverview } from '../core/overview';
import { type SeriesInputs, sidebarState } from '../core/sidebarState';
import { settledTemplate, templateSettledNotice } from '../core/templates';
import {
  type Checked,
  checkCallContext,
  checkDone,
  checkLine,
  checkNewActionItem,
  checkShortId,
} from '../core/validate';
import { UserError, userMessage } from '../shared/errors';
import type { TemplateName } from '../shared/settings';
import type {
  CallContext,
  LinkOptions,
  NewActionItem,
  OverviewState,
  RecurringSeries,
  RunStatus,
  SettingsPatch,
  SidebarState,
  TriggerName,
} from '../shared/types';
import { calendarProblem, describeCalendarProblem } from './calendar';
import { addLine, keepItem as keepItemFor, setState, upcomingOccurrence } from './edits';
import {
  activeDocumentId,
  authorizationNeeded,
  calendarDate,
  currentUserEmail,
  now,
  withDocumentLock,
} from './environment';
import { loadKept } from './kept';
import { keepLastKnown, withLastKnown } from './lastKnown';
import { changeSettings, link, recurringSeries, unlink, unlinkForBoth } from './linking';
import { addNote, findNote, loadNotes, removeNote } from './notes';
import { changeOwnItem, overviewNow, ownBook, refreshAll, summariseState } from './overview';
import { readParsedDoc, settleTemplate, type WriteOutcome } from './prepare';
import {
  forgetLegacyTriggers,
  forgetNotesTab,
  loadAccount,
  loadBook,
  loadShared,
  loadStatus,
  loadUserRecords,
  rememberNotesTab,
  type Shared,
  saveAccount,
  saveBook,
} from './properties';
import { alreadyDone, markDone } from './requests';
import { runDueDocs, runOnCalendarChange } from './runs';
import { fetchEarlierOccurrences, fetchOccurrences, prepareToday, type Run, recordRun, runCheck } from './schedule';
import { sharedWith } from './sharing';
import {
  CALENDAR_HANDLER,
  claimTrigger,
  ensureTriggers,
  HOURLY_HANDLER,
  removeAllTriggers,
  type TriggerHandler,
} from './triggers';
import { callerTimeZone, rememberTimeZone } from './zone';

const ADDON_TITLE = '1:1 Companion';

/**
 * Every call from the sidebar ends either in plain JSON or in an Error whose message is one readable sentence. The
 * zone it sent is kept for this user's triggers once the call has succeeded.
 */
function serverCall<T>(context: unknown, work: () => T): T {
  try {
    const result = work();
    rememberTimeZone(context);
    return result;
  } catch (error) {
    console.error(error);
    throw new Error(userMessage(error));
  }
}

function repairNotices(problems: string[]): string[] {
  return problems.length > 0
    ? [`Some of this Doc’s stored data could not be read and was reset: ${problems.join(', ')}.`]
    : [];
}

interface KnownState {
  status?: RunStatus;
  occurrences?: Occurrence[];
  /** The Doc as a run just read it; with `insertedAgenda`, the agenda of the section it then added. Saves a read. */
  parsed?: ParsedDoc;
  insertedAgenda?: string[];
  /** The template a run just wrote a section with: a one-off one has already been set back, and the sidebar says so. */
  templateUsed?: TemplateName;
  conflict?: string;
  /** The Doc's link and settings, when this call already read them (a repair is reported once, by the first read). */
  shared?: Shared;
  /** Said once, after the repair notices. */
  notice?: string;
}

/**
 * This user's copies of the open Doc's link and settings follow the Doc's properties whenever their sidebar is open
 * in it: their trigger, which may run in another Doc, reads only the copies.
 */
function refreshCopies(documentId: string, shared: Shared): void {
  const book = loadBook(documentId);
  if (!book.link) return;
  const stale =
    JSON.stringify(book.link) !== JSON.stringify(shared.link) ||
    JSON.stringify(book.settings) !== JSON.stringify(shared.settings) ||
    book.tabId !== shared.tabId;
  if (!stale && !book.noAccess) return;
  if (shared.link) book.link = shared.link;
  book.settings = shared.settings;
  if (shared.tabId) book.tabId = shared.tabId;
  // Something changed, or automatic preparation had stopped here (edit access lost): the next tick looks again.
  book.nextCheckAt = 0;
  book.ended = false;
  delete book.noAccess;
  saveBook(book);
}

/** The linked series as this user sees it: one Calendar read, none when a run just made it. */
function seriesInputs(
  documentId: string,
  seriesLink: Link,
  me: string,
  nowMs: number,
  known?: Occurrence[],
): SeriesInputs {
  const book = loadBook(documentId);
  const account = loadAccount();
  let occurrences = known;
  let problem: string | undefined;
  if (!occurrences) {
    try {
      const before = JSON.stringify(book);
      occurrences = fetchOccurrences(seriesLink, book, me, nowMs);
      if (book.link && JSON.stringify(book) !== before) saveBook(book);
    } catch (error) {
      problem = describeCalendarProblem(calendarProblem(error));
      occurrences = [];
    }
  }
  // After a split, the meetings of the series this one continued count in the cadence too.
  const earlier = seriesLink.previous && !problem ? fetchEarlierOccurrences(seriesLink, me, nowMs) : [];
  return {
    link: seriesLink,
    occurrences,
    ...(earlier.length > 0 ? { earlier } : {}),
    automatic: Boolean(book.link && account.hourly),
    ended: Boolean(book.ended),
    ...(problem ? { problem } : {}),
    ...(book.link && account.automaticNote ? { automaticNote: account.automaticNote } : {}),
    sharedWith: sharedWith(),
  };
}

/**
 * A one-off template whose section another call or trigger wrote still names it in the Doc's settings, or in this
 * user's copy: both go back to the regular template now, and the sidebar says so once.
 */
function settleTemplateHere(documentId: string, parsed: ParsedDoc, shared: Shared): string | undefined {
  const chosen = shared.settings.template;
  // Most calls: nothing to settle, and this user's Book is not even read.
  if (settledTemplate(parsed, chosen) === chosen) return undefined;
  const book = loadBook(documentId);
  settleTemplate(parsed, shared, book.link ? book : undefined, true);
  if (book.link) saveBook(book);
  return templateSettledNotice(chosen, shared.settings.template);
}

/** The sidebar's state, from one Docs read and, for a linked Doc, one Calendar read (fewer when a run just made them). */
function currentState(documentId: string, timeZone: string, extra: KnownState = {}): SidebarState {
  const shared = extra.shared ?? loadShared();
  const { link: seriesLink, problems, tabId } = shared;
  const me = currentUserEmail();
  const notes = loadNotes(documentId);
  if (notes.problem) problems.push(notes.problem);
  const nowMs = now().getTime();
  const today = calendarDate(now(), timeZone);
  const parsed = extra.parsed ?? readParsedDoc(documentId, tabId);
  if (parsed.tabMissing)
    problems.push('the tab your notes were in (it was deleted; link the Doc again to start in its first tab)');
  const settled =
    settleTemplateHere(documentId, parsed, shared) ??
    templateSettledNotice(extra.templateUsed, shared.settings.template);
  const { settings } = shared;
  const status = extra.status ?? loadStatus(documentId);
  const series = seriesLink ? seriesInputs(documentId, seriesLink, me, nowMs, extra.occurrences) : undefined;
  const state = sidebarState(parsed, today, nowMs, {
    me,
    settings,
    privateNotes: notes.notes,
    ...(status ? { status } : {}),
    notices: [...repairNotices(problems), ...(extra.notice ? [extra.notice] : []), ...(settled ? [settled] : [])],
    ...(series ? { series } : {}),
    ...(extra.conflict ? { conflict: extra.conflict } : {}),
    ...(extra.insertedAgenda ? { insertedAgenda: extra.insertedAgenda } : {}),
    kept: loadKept(documentId),
  });
  keepLastKnown(documentId, state, nowMs);
  if (seriesLink && loadBook(documentId).link)
    summariseState(documentId, state, {
      title: parsed.title ?? seriesLink.title,
      atMs: nowMs,
      today,
      attendees: seriesLink.attendees,
    });
  return state;
}

function afterWrite(outcome: WriteOutcome | undefined): KnownState {
  if (!outcome) return {};
  return {
    parsed: outcome.parsed,
    ...(outcome.inserted ? { insertedAgenda: outcome.inserted.agenda } : {}),
    ...(outcome.template ? { templateUsed: outcome.template } : {}),
  };
}

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
  html.setContent(withLastKnown(html.getContent()));
  DocumentApp.getUi().showSidebar(html.setTitle(ADDON_TITLE));
}

/**
 * The menu's "All my 1:1s": the sidebar, opening on the overview, which is in the page already (one read of this
 * user's properties, no Docs or Calendar call). Should that read fail, the sidebar opens as usual.
 */
export function showOverview(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  let content = html.getContent();
  try {
    content = pageWithOverview(content, overviewNow(callerTimeZone(undefined)));
  } catch (error) {
    console.error(error);
  }
  html.setContent(withLastKnown(content));
  DocumentApp.getUi().showSidebar(html.setTitle(ADDON_TITLE));
}

interface TriggerEvent {
  triggerUid?: string;
}

const TRIGGER_NAMES: Record<TriggerHandler, TriggerName> = {
  [HOURLY_HANDLER]: 'Hourly check',
  [CALENDAR_HANDLER]: 'Calendar change',
};

const AUTHORIZATION_STATUS =
  'This version of 1:1 Companion needs a permission you have not granted yet. Open the sidebar once to allow it; until then sections are not added on their own.';

/**
 * The work of one firing of this user's trigger of `handler`, for every Doc they linked. A new version that needs a
 * scope the user has not granted would fail midway (docs/PLATFORM.md, Triggers), so that is checked first and said
 * once in each Doc's status.
 */
function triggerRun(e: TriggerEvent | undefined, handler: TriggerHandler): void {
  const uid = typeof e?.triggerUid === 'string' ? e.triggerUid : undefined;
  if (!uid) return;
  const nowMs = now().getTime();
  const records = loadUserRecords();
  if (authorizationNeeded()) {
    const trigger = TRIGGER_NAMES[handler];
    for (const book of records.books) {
      if (loadStatus(book.documentId)?.message === AUTHORIZATION_STATUS) continue;
      const scope = {
        documentId: book.documentId,
        book,
        nowMs,
        trigger,
        options: { inThisDoc: false, keepBook: false },
      };
      recordRun(scope, { outcome: 'error', message: AUTHORIZATION_STATUS });
    }
    return;
  }
  const { account, books, legacyTriggerDocs } = records;
  const claim = claimTrigger(account, books, legacyTriggerDocs, uid, handler);
  if (claim.accountChanged) {
    saveAccount(account);
    forgetLegacyTriggers(Object.keys(legacyTriggerDocs));
  }
  if (claim.host === undefined) return;
  const email = currentUserEmail();
  const left =
    handler === HOURLY_HANDLER
      ? runDueDocs(books, claim.host, nowMs, email)
      : runOnCalendarChange(books, claim.host, nowMs, email);
  if (left === 0) {
    // The last linked Doc was found deleted: nothing is left for the triggers to serve. The run wrote to the account
    // meanwhile (what became of that Doc), so it is read again.
    const now = loadAccount();
    removeAllTriggers(now);
    saveAccount(now);
  }
}

/**
 * Hourly, for every Doc this user linked: a Doc whose next look is still ahead costs nothing (its time is kept in
 * this user's properties, all read at once). A due Doc has its series read, moves, cancellations and splits
 * followed, and its section inserted once it is due.
 */
export function onHourlyTick(e?: GoogleAppsScript.Events.TimeDriven): void {
  triggerRun(e as TriggerEvent | undefined, HOURLY_HANDLER);
}

/**
 * On a change in the user's calendar (only where a calendar trigger may exist, as in a bound script): an incremental
 * sync per linked Doc says whether the change concerns its series; one that does runs that Doc's check at once.
 */
export function onCalendarEventUpdated(e?: TriggerEvent): void {
  triggerRun(e, CALENDAR_HANDLER);
}

// ——— Server functions for google.script.run ———

/** The open Doc and the user's zone for one sidebar call; the zone it sends is kept for their triggers. */
function callScope(context: unknown): { documentId: string; timeZone: string } {
  const documentId = activeDocumentId();
  return { documentId, timeZone: callerTimeZone(context, loadBook(documentId).calendarTimeZone) };
}

/** What opening the sidebar in a linked Doc does for this user: their copies follow the Doc, and their one trigger exists. */
function tendAutomation(documentId: string, shared: Shared, email: string, withCalendar: boolean): void {
  refreshCopies(documentId, shared);
  const { account, books } = loadUserRecords();
  if (books.length === 0) return;
  if (ensureTriggers(account, documentId, email, { calendar: withCalendar })) saveAccount(account);
}

export function getSidebarState(context?: CallContext): SidebarState {
  return serverCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    const shared = loadShared();
    const mine = Boolean(loadBook(documentId).link);
    if (shared.link && mine) tendAutomation(documentId, shared, currentUserEmail(), false);
    // The other person unlinked the Doc for both: this user's part goes too, so that nothing runs for a Doc unlinked.
    const notice = shared.unlinked && mine ? forgetMyPart(documentId) : undefined;
    return currentState(documentId, timeZone, { shared, ...(notice ? { notice } : {}) });
  });
}

export function listRecurringSeries(context?: CallContext): RecurringSeries[] {
  // The zone is kept for this user's triggers: the picker is the first call a new user's sidebar makes.
  return serverCall(context, () => {
    return recurringSeries(now().getTime());
  });
}

export function linkSeries(options: LinkOptions, context?: CallContext): SidebarState {
  return serverCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    const email = currentUserEmail();
    link(options, documentId, email, now().getTime(), timeZone);
    // A notes' tab that was deleted is forgotten: linking again starts in the tab holding the sections, or the first.
    const remembered = loadShared().tabId;
    if (remembered && readParsedDoc(documentId, remembered).tabMissing) forgetNotesTab();
    tendAutomation(documentId, loadShared(), email, true);
    return currentState(documentId, timeZone);
  });
}

/**
 * This user's part of a Doc goes: their Book, and their triggers once no linked Doc is left. Answers what is said
 * about the private points, which stay.
 */
function forgetMyPart(documentId: string): string | undefined {
  unlink(documentId);
  const { account, books } = loadUserRecords();
  if (books.length === 0) {
    removeAllTriggers(account);
    saveAccount(account);
  }
  const kept = loadNotes(documentId).notes.length;
  return kept > 0
    ? `Your private ${kept > 1 ? `points (${kept}) for this Doc are` : 'point for this Doc is'} kept in your own storage until you delete ${kept > 1 ? 'them' : 'it'}.`
    : undefined;
}

/**
 * "Stop automatic preparation for me": removes this user's part (their Book, and their triggers once no linked Doc
 * is left). The Doc keeps its link, and the other person's preparation goes on.
 */
export function unlinkSeries(context?: CallContext): SidebarState {
  return serverCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    const notice = forgetMyPart(documentId);
    return currentState(documentId, timeZone, notice ? { notice } : {});
  });
}

/**
 * "Unlink this Doc from the series", for both people: the Doc's shared link goes, and this user's part with it. The
 * Doc's text, its settings and everyone's private points stay.
 */
export function unlinkDocument(context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    unlinkForBoth(documentId, now().toISOString());
    // Their triggers too, once no linked Doc is left.
    const notice = forgetMyPart(documentId);
    return currentState(documentId, timeZone, notice ? { notice } : {});
  });
}

export function updateSettings(settings: SettingsPatch, context?: CallContext): SidebarState {
  return serverCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    changeSettings(settings, documentId);
    return currentState(documentId, timeZone);
  });
}

/**
 * Inserts the next meeting's section now, whatever the lead time. Unlinked, the occurrence is "today" in the user's
 * own zone, keyed by the date, so pressing it twice on one day adds one section.
 */
export function prepareNow(context?: CallContext): SidebarState {
  return serverCall(context, () => {
    const { documentId, timeZone } = callScope(context);
    const at = now();
    const shared = loadShared();
    const book = loadBook(documentId);
    const run: Run & { shared: Shared } = {
      documentId,
      book,
      shared,
      nowMs: at.getTime(),
      trigger: 'Prepare now',
      email: currentUserEmail(),
      // The Book is this user's to keep only in a Doc both linked and linked by them; otherwise it is lent for this run.
      options: { force: true, inThisDoc: true, keepBook: Boolean(shared.link && book.link) },
    };
    const result = shared.link ? runCheck(run) : prepareToday(run, calendarDate(at, timeZone));
    // The status is already worded for a person (an unforeseen failure by userMessage): it is what the sidebar shows.
    if (result.status.outcome === 'error') throw new UserError(result.status.message);
    return currentState(documentId, timeZone, {
      status: result.status,
      occurrences: result.occurrences,
      ...afterWrite(result.outcome),
    });
  });
}

/** Throws the validation message as a user error, or gives the checked value. */
function valid<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UserError(checked.error);
  return checked.value;
}

/**
 * A write from the sidebar, done once per request id in this Doc: a call the sidebar gave up on (its timeout) may
 * still finish here, and the same action sent again then answers the current state and adds nothing.
 */
function writeCall(context: unknown, work: () => SidebarState): SidebarState {
  return serverCall(context, () => {
    const { requestId } = checkCallContext(context);
    const documentId = activeDocumentId();
    if (requestId && alreadyDone(documentId, requestId)) return currentState(documentId, callScope(context).timeZone);
    const state = work();
    if (requestId) markDone(documentId, requestId);
    return state;
  });
}

const itemChanged = (verb: string) =>
  `That item changed in the Doc, so nothing was ${verb}. Here is the list as it is now.`;
const itemSuggested = (verb: string) =>
  `Someone suggested a change to that item in the Doc, so nothing was ${verb}: accept or reject the suggestion there first.`;

/** Writes an item's state into every copy of it in the Doc: the marker and the strikethrough. */
function changeItem(context: unknown, itemId: unknown, state: ItemState, verb: string): SidebarState {
  const id = valid(checkShortId(itemId, 'The item'));
  const { documentId, timeZone } = callScope(context);
  const { missing, suggested } = withDocumentLock(() => setState(documentId, loadShared().tabId, id, state));
  const conflict = missing ? itemChanged(verb) : suggested ? itemSuggested(verb) : undefined;
  return currentState(documentId, timeZone, conflict ? { conflict } : {});
}

/** Ticks or unticks an item in every copy of it in the Doc: the marker and the strikethrough. */
export function setItemDone(itemId: string, done: boolean, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const wanted = valid(checkDone(done));
    return changeItem(context, itemId, wanted ? 'done' : 'open', wanted ? 'ticked' : 'unticked');
  });
}

/** Drops an item in every copy ("Still on?" … Drop): a dropped marker, the text struck through, never carried again. */
export function dropItem(itemId: string, context?: CallContext): SidebarState {
  return writeCall(context, () => changeItem(context, itemId, 'dropped', 'dropped'));
}

/** "Still on?" … Keep: not asked again about this item, for this user, until it is carried again. */
export function keepItem(itemId: string, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const id = valid(checkShortId(itemId, 'The item'));
    const { documentId, timeZone } = callScope(context);
    const { parsed, missing } = keepItemFor(documentId, loadShared().tabId, id);
    return currentState(documentId, timeZone, { parsed, ...(missing ? { conflict: itemChanged('kept') } : {}) });
  });
}

/**
 * Adds a line to the upcoming meeting's section (created, with carry-over, if it is not there yet) and answers the
 * fresh state. `written` runs once the line is safely in the Doc.
 */
function addToUpcoming(
  context: unknown,
  kind: 'agenda' | 'actions',
  lineFor: (context: { shared: Shared; email: string; date: string }) => string,
  written?: (documentId: string) => void,
): SidebarState {
  const { documentId, timeZone } = callScope(context);
  const shared = loadShared();
  const email = currentUserEmail();
  const upcoming = upcomingOccurrence(
    shared,
    loadBook(documentId),
    email,
    now().getTime(),
    calendarDate(now(), timeZone),
  );
  const line = lineFor({ shared, email, date: upcoming.date });
  const added = withDocumentLock(() => addLine(documentId, upcoming, shared, kind, line));
  rememberNotesTab(added.tabId, undefined, true);
  written?.(documentId);
  return currentState(documentId, timeZone, upcoming.occurrences ? { occurrences: upcoming.occurrences } : {});
}

/** Adds a topic to the upcoming meeting's agenda, creating its section if needed. */
export function addAgendaItem(text: string, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const line = valid(checkLine(text, 'The topic'));
    return addToUpcoming(context, 'agenda', () => line);
  });
}

/** Adds an action item (owner me, them or a name; optional due date) to the upcoming meeting's section. */
export function addActionItem(item: NewActionItem, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const checked = valid(checkNewActionItem(item));
    return addToUpcoming(context, 'actions', ({ shared, email, date }) =>
      valid(actionLine(checked, { me: email, attendees: shared.link?.attendees ?? [] }, date)),
    );
  });
}

/** Keeps a talking point in this user's own properties: it reaches neither the Doc nor the Doc's properties. */
export function addPrivateNote(text: string, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const line = valid(checkLine(text, 'The point'));
    const { documentId, timeZone } = callScope(context);
    addNote(documentId, line);
    return currentState(documentId, timeZone);
  });
}

export function deletePrivateNote(noteId: string, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const id = valid(checkShortId(noteId, 'The point'));
    const { documentId, timeZone } = callScope(context);
    const removed = removeNote(documentId, id);
    return currentState(documentId, timeZone, removed ? {} : { conflict: 'That point was already gone.' });
  });
}

/** Moves a private point into the upcoming agenda; it leaves the private list only once it is in the Doc. */
export function sharePrivateNote(noteId: string, context?: CallContext): SidebarState {
  return writeCall(context, () => {
    const id = valid(checkShortId(noteId, 'The point'));
    const { documentId, timeZone } = callScope(context);
    const note = findNote(documentId, id);
    if (!note) return currentState(documentId, timeZone, { conflict: 'That point was already gone.' });
    return addToUpcoming(
      context,
      'agenda',
      () => note.text,
      () => removeNote(documentId, id),
    );
  });
}

/** All my 1:1s: every Doc this user linked, from their summaries; no Docs or Calendar call. */
export function getOverview(context?: CallContext): OverviewState {
  return serverCall(context, () => overviewNow(callerTimeZone(context)));
}

/** "Refresh all": every linked Doc read again (one Docs get each), in this one execution. */
export function refreshOverview(context?: CallContext): OverviewState {
  return serverCall(context, () => refreshAll(currentUserEmail(), callerTimeZone(context)));
}

/**
 * An item action from All my 1:1s, done once per request id in the item's own Doc, which must be one of this user's
 * linked Docs: anything else is refused before anything is read or written.
 */
function overviewWrite(
  context: unknown,
  documentId: unknown,
  itemId: unknown,
  change: { state: ItemState; verb: string },
): OverviewState {
  const book = ownBook(documentId);
  const id = valid(checkShortId(itemId, 'The item'));
  const { requestId } = checkCallContext(context);
  const scope = { me: currentUserEmail(), timeZone: callerTimeZone(context, book.calendarTimeZone) };
  if (requestId && alreadyDone(book.documentId, requestId)) return overviewNow(scope.timeZone);
  const overview = changeOwnItem(book, id, change.state, change.verb, scope);
  if (requestId) markDone(book.documentId, requestId);
  return overview;
}

/** Ticks or unticks one of this user's items in its own Doc, every copy of it, from All my 1:1s. */
export function setOverviewItemDone(
  documentId: string,
  itemId: string,
  done: boolean,
  context?: CallContext,
): OverviewState {
  return serverCall(context, () => {
    const wanted = valid(checkDone(done));
    return overviewWrite(context, documentId, itemId, {
      state: wanted ? 'done' : 'open',
      verb: wanted ? 'ticked' : 'unticked',
    });
  });
}

/** Drops one of this user's items in its own Doc (a dropped marker in every copy), from All my 1:1s. */
export function dropOverviewItem(documentId: string, itemId: string, context?: CallContext): OverviewState {
  return serverCall(context, () => overviewWrite(context, documentId, itemId, { state: 'dropped', verb: 'dropped' }));
}
