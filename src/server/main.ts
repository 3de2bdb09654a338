// The server's entry module: its exports are exactly the functions Apps Script and google.script.run may call.
import { dayKey } from '../core/keys';
import type { ParsedDoc } from '../core/model';
import type { Occurrence } from '../core/occurrences';
import { type Checked, checkDone, checkLine, checkNewActionItem, checkShortId } from '../core/validate';
import type {
  CallContext,
  LinkOptions,
  NewActionItem,
  RecurringSeries,
  RunStatus,
  SettingsPatch,
  SidebarState,
} from '../shared/types';
import { calendarProblem, describeCalendarProblem } from './calendar';
import { actionLine, addLine, setDone, upcomingOccurrence } from './edits';
import { activeDocumentId, calendarDate, currentUserEmail, now, scriptTimeZone, withDocumentLock } from './environment';
import { UserError, userMessage } from './errors';
import { changeSettings, link, recurringSeries, unlink } from './linking';
import { addNote, findNote, loadNotes, removeNote } from './notes';
import { readParsedDoc, type WriteOutcome, writeDocWork } from './prepare';
import {
  documentOfTrigger,
  loadBook,
  loadShared,
  loadStatus,
  recordInsert,
  type Shared,
  saveBook,
  saveStatus,
  unmapTrigger,
} from './properties';
import { calendarChanged, calendarFor, fetchOccurrences, runCheck } from './schedule';
import { sharedWith } from './sharing';
import { type StateExtras, sidebarState } from './state';
import { CALENDAR_HANDLER, removeTriggerById, triggerHandler } from './triggers';

const ADDON_TITLE = '1:1 Companion';

/** Every call from the sidebar ends either in plain JSON or in an Error whose message is one readable sentence. */
function serverCall<T>(work: () => T): T {
  try {
    return work();
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
  /** The Doc as a run just read it; with `insertedAgenda`, what that run then added. Saves a second read. */
  parsed?: ParsedDoc;
  insertedAgenda?: string[];
  conflict?: string;
}

/** The sidebar's state, from one Docs read and, for a linked Doc, one Calendar read (fewer when a run just made them). */
function currentState(documentId: string, extra: KnownState = {}): SidebarState {
  const { link: seriesLink, problems, settings } = loadShared();
  const me = currentUserEmail();
  const notes = loadNotes(documentId);
  if (notes.problem) problems.push(notes.problem);
  const nowMs = now().getTime();
  const today = calendarDate(now(), scriptTimeZone());
  const book = loadBook(documentId);
  const parsed = extra.parsed ?? readParsedDoc(documentId);
  const status = extra.status ?? loadStatus(documentId);
  let series: StateExtras['series'];
  if (seriesLink) {
    let occurrences = extra.occurrences;
    let problem: string | undefined;
    if (!occurrences) {
      try {
        occurrences = fetchOccurrences(seriesLink, calendarFor(seriesLink, me), nowMs);
      } catch (error) {
        problem = describeCalendarProblem(calendarProblem(error));
        occurrences = [];
      }
    }
    series = {
      link: seriesLink,
      occurrences,
      automatic: Boolean(book.hourlyTrigger),
      ended: Boolean(book.ended),
      ...(problem ? { problem } : {}),
      ...(book.calendarTriggerProblem ? { automaticNote: book.calendarTriggerProblem } : {}),
    };
  }
  const state = sidebarState(parsed, today, nowMs, {
    ...(status ? { status } : {}),
    notices: repairNotices(problems),
    ...(series ? { series } : {}),
  });
  state.settings = settings;
  state.me = me;
  state.privateNotes = notes.notes;
  if (seriesLink) {
    // Anyone who can open the Doc besides the two people of the 1:1 can read what they write.
    const attendees = new Set([...seriesLink.attendees, me.toLowerCase()]);
    state.privacy = { extraViewers: sharedWith().filter((email) => !attendees.has(email)) };
  }
  if (extra.conflict) state.conflict = extra.conflict;
  // The read predates the section just added: its agenda is what the template and queued topics put there.
  return extra.insertedAgenda ? { ...state, agenda: extra.insertedAgenda.map((text) => ({ text })) } : state;
}

function afterWrite(outcome: WriteOutcome | undefined): KnownState {
  if (!outcome) return {};
  return {
    parsed: outcome.parsed,
    ...(outcome.inserted && outcome.wrote ? { insertedAgenda: outcome.inserted.agenda } : {}),
  };
}

// ——— Apps Script entry points ———

export function onOpen(_e?: GoogleAppsScript.Events.DocsOnOpen): void {
  // Runs in AuthMode.NONE before the add-on is authorised: build the menu and touch nothing else.
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open', 'showSidebar')
    .addItem('Prepare the next 1:1 now', 'prepareNow')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.DocsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  DocumentApp.getUi().showSidebar(html);
}

interface TriggerEvent {
  triggerUid?: string;
  calendarId?: string;
}

/** The Doc a trigger works for, or nothing when its link is gone, in which case the trigger removes itself. */
function triggerDocument(e: TriggerEvent | undefined): string | undefined {
  const uid = typeof e?.triggerUid === 'string' ? e.triggerUid : undefined;
  if (!uid) return undefined;
  const documentId = documentOfTrigger(uid);
  if (!documentId) {
    // Unlinked (unlink forgets the trigger's Doc): a trigger that cannot know its Doc must not keep firing.
    removeTriggerById(uid);
    return undefined;
  }
  const book = loadBook(documentId);
  if (book.hourlyTrigger !== uid && book.calendarTrigger !== uid) {
    // The trigger still knows its Doc but the bookkeeping lost it (unreadable, or reset): take it back.
    const handler = triggerHandler(uid);
    if (!handler) {
      unmapTrigger(uid);
      return undefined;
    }
    if (handler === CALENDAR_HANDLER) book.calendarTrigger = uid;
    else book.hourlyTrigger = uid;
    book.nextCheckAt = 0;
    saveBook(book);
  }
  return documentId;
}

/**
 * Hourly: before the time kept in this user's bookkeeping, there is nothing to do and no service is called.
 * Then it reads the series once, follows moves, cancellations and splits, and inserts the section once it is due.
 */
export function onHourlyTick(e?: GoogleAppsScript.Events.TimeDriven): void {
  const documentId = triggerDocument(e as TriggerEvent | undefined);
  if (!documentId) return;
  const book = loadBook(documentId);
  const nowMs = now().getTime();
  try {
    // Reading the Doc's properties is no Docs or Calendar call. The wait was reckoned with this user's last view of
    // the settings: when the other person has changed the lead time since, it no longer holds.
    const shared = loadShared(book);
    const settingsChanged = book.settings !== undefined && book.settings.leadHours !== shared.settings.leadHours;
    if (!settingsChanged && (book.ended || (book.nextCheckAt ?? 0) > nowMs)) return;
    runCheck(documentId, book, shared, 'Hourly check', nowMs, currentUserEmail());
  } catch (error) {
    saveStatus(documentId, {
      at: new Date(nowMs).toISOString(),
      trigger: 'Hourly check',
      outcome: 'error',
      message: userMessage(error),
    });
  }
}

/**
 * On a change in the user's calendar: an incremental sync says what changed. A change that does not concern the
 * linked series costs that one Calendar call; one that does clears the wait and runs the check at once.
 */
export function onCalendarEventUpdated(e?: TriggerEvent): void {
  const documentId = triggerDocument(e);
  if (!documentId) return;
  const book = loadBook(documentId);
  const nowMs = now().getTime();
  try {
    const shared = loadShared(book);
    if (!shared.link) return;
    const email = currentUserEmail();
    // The event's calendarId is not trusted: anyone can call a top-level function; the user's own calendar is read.
    const calendarId = calendarFor(shared.link, email);
    if (!calendarChanged(documentId, calendarId, shared.link, nowMs)) return;
    book.ended = false;
    book.nextCheckAt = 0;
    runCheck(documentId, book, shared, 'Calendar change', nowMs, email);
  } catch (error) {
    saveBook(book);
    saveStatus(documentId, {
      at: new Date(nowMs).toISOString(),
      trigger: 'Calendar change',
      outcome: 'error',
      message: userMessage(error),
    });
  }
}

// ——— Server functions for google.script.run ———

export function getSidebarState(_context?: CallContext): SidebarState {
  return serverCall(() => currentState(activeDocumentId()));
}

export function listRecurringSeries(_context?: CallContext): RecurringSeries[] {
  return serverCall(() => recurringSeries(now().getTime()));
}

export function linkSeries(options: LinkOptions, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    link(options, documentId, currentUserEmail(), now().getTime(), scriptTimeZone());
    return currentState(documentId);
  });
}

export function unlinkSeries(_context?: CallContext): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    unlink(documentId);
    return currentState(documentId);
  });
}

export function updateSettings(settings: SettingsPatch, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    changeSettings(settings, documentId);
    return currentState(documentId);
  });
}

/**
 * Inserts the next meeting's section now, whatever the lead time. Unlinked, the occurrence is "today", keyed by the
 * date, so pressing it twice on one day adds one section.
 */
export function prepareNow(_context?: CallContext): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    const at = now();
    const shared = loadShared();
    if (shared.link) {
      const book = loadBook(documentId);
      const result = runCheck(documentId, book, shared, 'Prepare now', at.getTime(), currentUserEmail(), {
        force: true,
      });
      if (result.status.outcome === 'error') throw new Error(result.status.message);
      return currentState(documentId, {
        status: result.status,
        occurrences: result.occurrences,
        ...afterWrite(result.outcome),
      });
    }
    const today = calendarDate(at, scriptTimeZone());
    const key = dayKey(today);
    let status: RunStatus;
    let outcome: WriteOutcome;
    try {
      outcome = withDocumentLock(() => writeDocWork(documentId, { insert: { date: today, key } }, shared.settings));
      const inserted = Boolean(outcome.inserted && outcome.wrote);
      if (inserted) recordInsert({ key, date: today, at: at.toISOString() });
      status = {
        at: at.toISOString(),
        trigger: 'Prepare now',
        outcome: inserted ? 'inserted' : 'nothing to do',
        message: inserted
          ? `Added the section “${outcome.inserted!.headingText}”.`
          : 'Today’s section is already in the Doc.',
      };
    } catch (error) {
      status = { at: at.toISOString(), trigger: 'Prepare now', outcome: 'error', message: userMessage(error) };
      saveStatus(documentId, status);
      throw error;
    }
    saveStatus(documentId, status);
    return currentState(documentId, { status, ...afterWrite(outcome) });
  });
}

/** Throws the validation message as a user error, or gives the checked value. */
function valid<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UserError(checked.error);
  return checked.value;
}

const ITEM_CHANGED = 'That item changed in the Doc, so nothing was ticked. Here is the list as it is now.';

/** Ticks or unticks an item in every copy of it in the Doc: the marker and the strikethrough. */
export function setItemDone(itemId: string, done: boolean, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const id = valid(checkShortId(itemId, 'The item'));
    const wanted = valid(checkDone(done));
    const documentId = activeDocumentId();
    const { missing } = withDocumentLock(() => setDone(documentId, id, wanted));
    return currentState(documentId, missing ? { conflict: ITEM_CHANGED } : {});
  });
}

/**
 * Adds a line to the upcoming meeting's section (created, with carry-over, if it is not there yet) and answers the
 * fresh state. `written` runs once the line is safely in the Doc.
 */
function addToUpcoming(
  kind: 'agenda' | 'actions',
  lineFor: (context: { shared: Shared; email: string; date: string }) => string,
  written?: (documentId: string) => void,
): SidebarState {
  const documentId = activeDocumentId();
  const shared = loadShared();
  const email = currentUserEmail();
  const upcoming = upcomingOccurrence(shared, email, now().getTime(), calendarDate(now(), scriptTimeZone()));
  const line = lineFor({ shared, email, date: upcoming.date });
  withDocumentLock(() => addLine(documentId, upcoming, shared, kind, line));
  written?.(documentId);
  return currentState(documentId, upcoming.occurrences ? { occurrences: upcoming.occurrences } : {});
}

/** Adds a topic to the upcoming meeting's agenda, creating its section if needed. */
export function addAgendaItem(text: string, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const line = valid(checkLine(text, 'The topic'));
    return addToUpcoming('agenda', () => line);
  });
}

/** Adds an action item (owner me, them or a name; optional due date) to the upcoming meeting's section. */
export function addActionItem(item: NewActionItem, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const checked = valid(checkNewActionItem(item));
    return addToUpcoming('actions', ({ shared, email, date }) => actionLine(checked, shared, email, date));
  });
}

/** Keeps a talking point in this user's own properties: it reaches neither the Doc nor the Doc's properties. */
export function addPrivateNote(text: string, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const line = valid(checkLine(text, 'The point'));
    const documentId = activeDocumentId();
    addNote(documentId, line);
    return currentState(documentId);
  });
}

export function deletePrivateNote(noteId: string, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const id = valid(checkShortId(noteId, 'The point'));
    const documentId = activeDocumentId();
    const removed = removeNote(documentId, id);
    return currentState(documentId, removed ? {} : { conflict: 'That point was already gone.' });
  });
}

/** Moves a private point into the upcoming agenda; it leaves the private list only once it is in the Doc. */
export function sharePrivateNote(noteId: string, _context?: CallContext): SidebarState {
  return serverCall(() => {
    const id = valid(checkShortId(noteId, 'The point'));
    const documentId = activeDocumentId();
    const note = findNote(documentId, id);
    if (!note) return currentState(documentId, { conflict: 'That point was already gone.' });
    return addToUpcoming(
      'agenda',
      () => note.text,
      () => removeNote(documentId, id),
    );
  });
}
