// The sidebar's state for this user and the open Doc, from what the call read or wrote: built once, then kept as the
// next open's last-known state and as the Doc's line in All my 1:1s, both made from that one state.
import { type Account, automationHealth, type Book, type Link, type SharingSeen } from '../core/link';
import type { ParsedDoc } from '../core/model';
import type { Occurrence } from '../core/occurrences';
import { chipNames, summaryFromState } from '../core/overview';
import { RECORDS } from '../core/records';
import { sidebarState } from '../core/sidebarState';
import { occurrencesOf, snapshotOf } from '../core/snapshot';
import { isTimeZone } from '../core/zone';
import type { Message } from '../shared/messages';
import type { PrivateNote, SidebarState } from '../shared/types';
import { calendarProblem, calendarTimeZone, describeCalendarProblem } from './calendar';
import { calendarDate } from './environment';
import { keepLastKnown } from './lastKnown';
import { loadAccount, type Shared, save } from './records';
import type { Scope } from './scope';
import { fetchEarlierOccurrences, fetchOccurrences } from './series';
import { lookUpSharing, SHARING_FRESH_MS, sharedWith } from './sharing';

/** The series as the state is built from it: read now, or as the last read left it. */
export interface SeriesNow {
  occurrences: Occurrence[];
  /** The meetings of the series this one continued after a split. */
  earlier: Occurrence[];
  /** Why Calendar could not be read, in words. */
  problem?: Message;
}

/**
 * The series now: one Calendar read, whose result the Book keeps (core/snapshot.ts) for the calls that read no
 * Calendar. The meetings of a series this one continued are read once, then kept with it.
 */
export function readSeries(scope: Scope, book: Book, link: Link): SeriesNow {
  try {
    const occurrences = fetchOccurrences(link, book, scope.me(), scope.nowMs);
    const kept = book.snapshot?.uid === link.iCalUID ? occurrencesOf(book.snapshot, scope.nowMs).earlier : [];
    const earlier =
      link.previous?.length && kept.length === 0 ? fetchEarlierOccurrences(link, scope.me(), scope.nowMs) : kept;
    book.snapshot = snapshotOf(link.iCalUID, occurrences, earlier, scope.nowMs);
    return { occurrences, earlier };
  } catch (error) {
    return { occurrences: [], earlier: [], problem: describeCalendarProblem(calendarProblem(error)) };
  }
}

/** The series as this user's last Calendar read saw it; read now only when nothing of this series is kept. */
export function keptSeries(scope: Scope, book: Book, link: Link): SeriesNow {
  if (book.snapshot?.uid === link.iCalUID) return occurrencesOf(book.snapshot, scope.nowMs);
  return readSeries(scope, book, link);
}

/** The Doc's sharing, looked up at most hourly per Doc (or now, when `force`): each look-up is a call to Drive. */
export function sharingFor(scope: Scope, book: Book, force = false): SharingSeen | undefined {
  if (!force && book.sharing && scope.nowMs - book.sharing.at < SHARING_FRESH_MS) return book.sharing;
  const seen = lookUpSharing(scope.nowMs);
  if (seen) book.sharing = seen;
  return book.sharing;
}

/** Everything a state is built from besides the Doc, as the call gathered it. */
export interface StateParts {
  documentId: string;
  shared: Shared;
  book: Book;
  account: Account;
  /** The Doc as read, with the call's own edits applied (core/edited.ts). */
  parsed: ParsedDoc;
  /** For a linked Doc. */
  series?: SeriesNow;
  notes: PrivateNote[];
  notices?: Message[];
  conflict?: Message;
}

export function today(scope: Scope, book: Book): string {
  return calendarDate(new Date(scope.nowMs), scope.zone(book.calendarTimeZone));
}

/**
 * "Today" for a section dated by the user's own day, in a Doc linked to no series. With no zone from a sidebar, sent
 * or kept, and no Calendar read in this Doc yet (the menu's Prepare now before any sidebar call), the zone of their
 * own calendar is read (one Calendar call) and kept in their record of the Doc: the script's zone is UTC for every
 * user (docs/PLATFORM.md, Time zones). A calendar that cannot be read leaves the script's zone, as before.
 */
export function ownToday(scope: Scope, book: Book): string {
  if (!scope.sentZone && !loadAccount(scope).timeZone && !book.calendarTimeZone) {
    try {
      const zone = calendarTimeZone('primary', scope.nowMs);
      if (isTimeZone(zone)) book.calendarTimeZone = zone;
    } catch (error) {
      console.warn(error);
    }
  }
  return today(scope, book);
}

/**
 * The state, kept as the next open's last-known state and, for a Doc this user linked, as its summary. A run keeps
 * only the summary (`lastKnown: false`): it knows no private points, which the last-known state shows.
 */
export function stateOf(
  scope: Scope,
  parts: StateParts,
  keep: { lastKnown: boolean } = { lastKnown: true },
): SidebarState {
  const { shared, book, account, parsed, series } = parts;
  const link = shared.link;
  const day = today(scope, book);
  const mine = Boolean(book.link);
  const health = mine ? automationHealth(account, 1, scope.nowMs) : undefined;
  const state = sidebarState(parsed, day, scope.nowMs, {
    me: scope.me(),
    settings: shared.settings,
    privateNotes: parts.notes,
    ...(book.status ? { status: book.status } : {}),
    notices: parts.notices ?? [],
    ...(link && series
      ? {
          series: {
            link,
            occurrences: series.occurrences,
            ...(series.earlier.length > 0 ? { earlier: series.earlier } : {}),
            automatic: Boolean(mine && account.hourly?.length),
            ended: Boolean(book.ended),
            ...(series.problem ? { problem: series.problem } : {}),
            ...(mine && account.automaticNote ? { automaticNote: account.automaticNote } : {}),
            sharedWith: sharedWith(book.sharing),
            ...(book.sharing ? { sharingCheckedAt: new Date(book.sharing.at).toISOString() } : {}),
          },
        }
      : {}),
    ...(parts.conflict ? { conflict: parts.conflict } : {}),
    ...(health ? { automation: health } : {}),
    kept: Object.fromEntries(book.kept ?? []),
  });
  if (keep.lastKnown) keepLastKnown(scope, parts.documentId, state);
  if (link && mine) {
    const names = { ...link.names, ...chipNames(parsed) };
    keepSummary(scope, parts.documentId, state, { title: parsed.title ?? link.title, day, link, names });
  }
  return state;
}

/** This user's line for the Doc in All my 1:1s, made from the state its own sidebar shows (core/overview.ts). */
export function keepSummary(
  scope: Scope,
  documentId: string,
  state: SidebarState & { me: string },
  context: { title: string; day: string; link: Link; names: Record<string, string> },
): void {
  const summary = summaryFromState(state, {
    title: context.title,
    atMs: scope.nowMs,
    today: context.day,
    attendees: context.link.attendees,
    names: context.names,
  });
  save(scope, RECORDS.summary, documentId, summary);
}
