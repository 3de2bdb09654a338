// Linking a Doc to its recurring 1:1: choosing the series, and writing the link and settings in this user's record,
// the Doc's properties and the Doc's own mark, in that order, so that a refused step leaves nothing shared half done.
import { type Book, type Link, linkOfEvent, MAX_GONE } from '../core/link';
import { expectedIdentity, LINK_MARK_PREFIX, laidMarkName, newGen, planMarkRepair } from '../core/marks';
import type { ParsedDoc } from '../core/model';
import { chooseNotesLanguage, dateReadAsNotice } from '../core/notesLanguage';
import { nameFromAddress } from '../core/overview';
import { attendeeEmails } from '../core/successor';
import { checkLinkOptions, checkSettingsPatch } from '../core/validate';
import { UserError } from '../shared/errors';
import { type Message, said } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { RecurringSeries } from '../shared/types';
import type { Event } from '../types/calendar-api';
import type { Document } from '../types/docs-api';
import { calendarProblem, describeCalendarProblem, findLocalCopy, getEvent, listWindow } from './calendar';
import { getDocument } from './docs';
import { withDocumentLock } from './environment';
import { notesCount } from './notes';
import { parsedAs, TabMissing, writeDoc } from './prepare';
import {
  forgetDoc,
  forgetNotesTab,
  loadAccount,
  loadBook,
  loadShared,
  removeLink,
  type Shared,
  saveAccount,
  saveBook,
  saveLink,
  saveSettings,
} from './records';
import { finish, type Scope, valid } from './scope';

const DAY_MS = 86_400_000;

/**
 * The user's upcoming recurring events, one row per series, those with exactly two people first (a 1:1), then by
 * their next start. One Calendar call: the instances of the next two months, grouped by series.
 */
export function recurringSeries(nowMs: number): RecurringSeries[] {
  let items: Event[];
  try {
    items = listWindow('primary', new Date(nowMs).toISOString(), new Date(nowMs + 62 * DAY_MS).toISOString());
  } catch (error) {
    throw new UserError(describeCalendarProblem(calendarProblem(error)));
  }
  const bySeries = new Map<string, RecurringSeries>();
  for (const ev of items) {
    if (!ev.recurringEventId || ev.status === 'cancelled' || bySeries.has(ev.recurringEventId)) continue;
    bySeries.set(ev.recurringEventId, {
      calendarId: 'primary',
      eventId: ev.recurringEventId,
      title: ev.summary ?? '(no title)',
      attendees: (ev.attendees ?? [])
        .filter((a) => a.email && !a.resource)
        .map((a) => {
          const name = a.displayName?.trim() || nameFromAddress(a.email!);
          return { email: a.email!, ...(name ? { name } : {}), ...(a.self ? { self: true } : {}) };
        }),
      nextStart: ev.start?.dateTime ?? ev.start?.date ?? '',
    });
  }
  const isOneOnOne = (s: RecurringSeries) => (s.attendees.length === 2 ? 0 : 1);
  return [...bySeries.values()].sort((a, b) => isOneOnOne(a) - isOneOnOne(b) || a.nextStart.localeCompare(b.nextStart));
}

/**
 * The event to link, as this user's calendar holds it. Ids are unique per calendar only (docs/PLATFORM.md, Calendar
 * API, Ids): turning automation on in a Doc the other person linked names the series by their id, so when this
 * calendar does not know it, its own copy of the Doc's series is found by the iCalUID, as the hourly run does.
 */
function readSeriesEvent(calendarId: string, eventId: string, linked?: Link): Event {
  let event: Event;
  try {
    event = readOrFindCopy(calendarId, eventId, linked);
    // An occurrence was chosen: link its series.
    if (event.recurringEventId) event = getEvent(calendarId, event.recurringEventId);
  } catch (error) {
    throw new UserError(describeCalendarProblem(calendarProblem(error)));
  }
  if (event.status === 'cancelled') throw new UserError(said('error.eventDeleted'));
  if (!event.recurrence || event.recurrence.length === 0 || !event.id || !event.iCalUID)
    throw new UserError(said('error.eventNotRecurring', { title: event.summary ?? '' }));
  return event;
}

function readOrFindCopy(calendarId: string, eventId: string, linked: Link | undefined): Event {
  try {
    return getEvent(calendarId, eventId);
  } catch (error) {
    if (linked?.eventId !== eventId || calendarProblem(error) !== 'not-found') throw error;
    const copy = findLocalCopy(calendarId, linked.iCalUID);
    if (!copy?.id) throw error;
    return copy;
  }
}

/**
 * Writes the Doc's mark to match its properties (core/marks.ts), under the document lock, with nothing else: the
 * write a link, an unlink or a settings change makes in the Doc. Answers the Doc as read (`read`: as this call read
 * it already, unless it changed since).
 */
export function writeMark(scope: Scope, shared: Shared, read?: Document): ParsedDoc {
  const expected = expectedIdentity(shared);
  const outcome = withDocumentLock(() =>
    writeDoc(
      scope.documentId(),
      shared.tabId,
      (parsed) => ({ requests: planMarkRepair(parsed, expected) }),
      shared.settings.notesLanguage,
      read,
    ),
  );
  // The Doc as the write left it, as far as its marks go: what a read after it would find.
  const others = (outcome.parsed.marks ?? []).filter((n) => !n.startsWith(LINK_MARK_PREFIX));
  return expected ? { ...outcome.parsed, marks: [...others, laidMarkName(outcome.parsed, expected)] } : outcome.parsed;
}

/**
 * The settings a link writes: the Doc's, with the patch sent. A Doc linked to no series whose settings name no
 * language of the notes yet takes the one its own headings are in, else the linking person's (one Docs read, which
 * the mark is then written against); an ambiguous date read the person's way is said once. A Doc linked before the
 * setting existed stays English, as it was written, when the other person turns preparation on or it is relinked.
 */
function linkSettings(
  scope: Scope,
  shared: Shared,
  patch: Partial<Settings>,
): { settings: Settings; read?: Document; notice?: Message } {
  const settings: Settings = { ...shared.settings, ...patch };
  if (shared.link || !shared.languageOpen || patch.notesLanguage) return { settings };
  const read = getDocument(scope.documentId());
  let parsed = parsedAs(read, shared.tabId, settings.notesLanguage);
  if (parsed.tabMissing) parsed = parsedAs(read, undefined, settings.notesLanguage);
  const chosen = chooseNotesLanguage(parsed, scope.sentLanguage);
  settings.notesLanguage = chosen.language;
  return { settings, read, ...(chosen.readAs ? { notice: dateReadAsNotice(chosen.readAs) } : {}) };
}

/**
 * Validates, checks the event, and links: first this user's record (a store too full to hold it refuses the link
 * before anything shared is written), then the Doc's properties, then the Doc's mark, which every other user's
 * trigger reads. Answers the Doc as read, and what the sidebar should say once about how its dates are read.
 */
export function link(
  scope: Scope,
  options: unknown,
): { parsed: ParsedDoc; book: Book; shared: Shared; notice?: Message } {
  const { calendarId, eventId, ...patch } = valid(checkLinkOptions(options));
  const shared = loadShared(scope);
  const event = readSeriesEvent(calendarId, eventId, shared.link);
  const documentId = scope.documentId();
  const email = scope.me();
  const old = shared.link;
  const sameSeries = old?.eventId === event.id || old?.iCalUID === event.iCalUID;
  const kept = sameSeries && old ? old : undefined;
  const newLink: Link = linkOfEvent(
    event,
    attendeeEmails(event),
    {
      // The other participant reads the series from their own primary calendar, where its id may differ: only the
      // linker's choice is kept, and this user's own id goes into their Book.
      calendarId: kept?.calendarId ?? calendarId,
      documentId,
      linkedBy: kept?.linkedBy ?? email,
      linkedAt: kept?.linkedAt ?? new Date(scope.nowMs).toISOString(),
      gen: kept?.gen ?? newGen(),
      ...(kept?.previous ? { previous: kept.previous } : {}),
    },
    scope.zone(),
  );
  if (kept) newLink.eventId = kept.eventId;
  const { settings, read, notice } = linkSettings(scope, shared, patch);
  const previous = loadBook(scope, documentId);
  const book: Book = {
    documentId,
    nextCheckAt: 0,
    link: newLink,
    settings,
    ...(event.id !== newLink.eventId ? { localEventId: event.id! } : {}),
    ...(previous.status ? { status: previous.status } : {}),
    ...(previous.kept ? { kept: previous.kept } : {}),
    ...(previous.sharing ? { sharing: previous.sharing } : {}),
  };
  saveBook(scope, book);
  scope.user.flush();
  const linked: Shared = { ...shared, link: newLink, settings, problems: [] };
  delete linked.unlinkedAt;
  delete linked.languageOpen;
  saveLink(scope, newLink, settings);
  scope.doc.flush();
  let parsed: ParsedDoc;
  try {
    parsed = writeMark(scope, linked, read);
  } catch (error) {
    if (!(error instanceof TabMissing)) throw error;
    // The notes' tab was deleted: linking again starts in the tab holding the sections, or the first.
    forgetNotesTab(scope);
    delete linked.tabId;
    parsed = writeMark(scope, linked, read);
  }
  return { parsed, book, shared: linked, ...(notice ? { notice } : {}) };
}

/**
 * Removes this user's part for the Doc: their record of it and their caches of it. The Doc, its link and settings stay
 * for the other person, and this user's private points stay until they delete them.
 */
export function unlink(scope: Scope, documentId: string): void {
  forgetDoc(scope, documentId);
}

/**
 * Unlinks the Doc from its series for both people: the shared link goes (the settings stay, for a later link), the
 * Doc's mark says unlinked, so the other person's trigger, wherever it runs, writes nothing more here, and this user's
 * part goes.
 */
export function unlinkForBoth(scope: Scope, documentId: string): ParsedDoc {
  const at = new Date(scope.nowMs).toISOString();
  removeLink(scope, at);
  scope.doc.flush();
  const parsed = writeMark(scope, { ...loadShared(scope), unlinkedAt: at });
  unlink(scope, documentId);
  return parsed;
}

/**
 * A linked Doc was found deleted: every record this user kept for it goes, private points included (nothing can be
 * shared into a Doc that is gone), and their account says so in one line.
 */
export function forgetDeletedDoc(scope: Scope, documentId: string, at: string, message: Message): void {
  const privatePoints = notesCount(scope, documentId);
  forgetDoc(scope, documentId, true);
  const account = loadAccount(scope);
  account.gone = [...(account.gone ?? []), { documentId, at, privatePoints, message }].slice(-MAX_GONE);
  saveAccount(scope, account);
}

/**
 * The Doc's settings change for both: in its properties, then in its mark (where the other person's trigger reads
 * them), and in this user's copy. Answers the Doc as read.
 */
export function changeSettings(scope: Scope, patch: unknown, documentId: string): ParsedDoc {
  const checked = valid(checkSettingsPatch(patch));
  const shared = loadShared(scope);
  const settings: Settings = { ...shared.settings, ...checked };
  saveSettings(scope, settings);
  const book = loadBook(scope, documentId);
  if (book.link) {
    book.settings = settings;
    // A new lead time can make a section due now: let the next tick look.
    book.nextCheckAt = 0;
    saveBook(scope, book);
  }
  finish(scope);
  return writeMark(scope, { ...shared, settings });
}
