// The sidebar's calls in the open Doc: each reads what it needs once (the Doc's properties and this user's three
// records of it, at most one Docs get and one Calendar read), writes once, and answers the state it made.
import { edited } from '../core/edited';
import { type Account, type Book, knownSeries, lentBook, previousWith } from '../core/link';
import { docLink, expectedIdentity, newGen, planMarkRepair } from '../core/marks';
import type { ParsedDoc } from '../core/model';
import { privacyFor } from '../core/sidebarState';
import { settledTemplate, templateSettledNotice } from '../core/templates';
import { type Message, said } from '../shared/messages';
import type { Privacy, PrivateNote, SidebarPatch, SidebarState } from '../shared/types';
import { batchUpdate } from './docs';
import type { Edited } from './edits';
import { withDocumentLock } from './environment';
import { keepLastKnownNotes } from './lastKnown';
import { loadNotes } from './notes';
import { readParsedDoc, settleTemplate } from './prepare';
import {
  forgetDoc,
  loadAccount,
  loadBook,
  loadShared,
  loadUserRecords,
  type Shared,
  saveAccount,
  saveBook,
  saveLink,
} from './records';
import type { Scope } from './scope';
import { seriesByICalUID } from './series';
import { sharedWith } from './sharing';
import { keptSeries, readSeries, type SeriesNow, sharingFor, stateOf } from './state';
import { ensureTriggers, removeAllTriggers } from './triggers';

/** What a call in the open Doc works from: its properties and this user's records of it, read once. */
export interface OpenDoc {
  documentId: string;
  shared: Shared;
  book: Book;
  account: Account;
  notes: PrivateNote[];
  notices: Message[];
}

export function openDoc(scope: Scope): OpenDoc {
  const documentId = scope.documentId();
  const shared = loadShared(scope);
  const notes = loadNotes(scope, documentId);
  const problems = [...shared.problems, ...(notes.problem ? [notes.problem] : [])];
  return {
    documentId,
    shared,
    book: loadBook(scope, documentId),
    account: loadAccount(scope),
    notes: notes.notes,
    notices: problems,
  };
}

/** Whether this user linked the Doc (their triggers serve it). */
const mine = (doc: OpenDoc) => Boolean(doc.book.link);

/**
 * This user's record of the Doc: all of it when they linked it; otherwise what is theirs anyway (a status, the
 * series as they last read it, the sharing they were shown), none of which makes it one of their linked Docs.
 */
export function keepBook(scope: Scope, doc: OpenDoc): void {
  const kept = mine(doc) ? doc.book : lentBook(doc.book);
  if (Object.keys(kept).length > 1) saveBook(scope, kept);
}

/**
 * The state after a write: the Doc as read with the write's own edits (core/edited.ts), and the series as this user
 * last read it (no Calendar call).
 */
export function writtenState(
  scope: Scope,
  doc: OpenDoc,
  result: Pick<Edited, 'parsed' | 'edits'>,
  extra: { conflict?: Message; notices?: Message[]; series?: SeriesNow } = {},
): SidebarState {
  const link = doc.shared.link;
  const series = extra.series ?? (link ? keptSeries(scope, doc.book, link) : undefined);
  keepBook(scope, doc);
  return stateOf(scope, {
    documentId: doc.documentId,
    shared: doc.shared,
    book: doc.book,
    account: doc.account,
    parsed: edited(result.parsed, result.edits),
    ...(series ? { series } : {}),
    notes: doc.notes,
    notices: [...doc.notices, ...(extra.notices ?? [])],
    ...(extra.conflict ? { conflict: extra.conflict } : {}),
  });
}

/**
 * This user's copies of the open Doc's link and settings follow its properties whenever their sidebar is open in it:
 * their triggers, which run in other Docs, read only the copies (and check them against the Doc's mark).
 */
function refreshCopies(doc: OpenDoc): void {
  const { book, shared } = doc;
  if (!book.link || !shared.link) return;
  const stale =
    JSON.stringify(book.link) !== JSON.stringify(shared.link) ||
    JSON.stringify(book.settings) !== JSON.stringify(shared.settings) ||
    (shared.tabId !== undefined && book.tabId !== shared.tabId);
  if (!stale && !book.noAccess) return;
  if (book.link.iCalUID !== shared.link.iCalUID) {
    delete book.snapshot;
    delete book.preparedKey;
    delete book.digest;
    delete book.localEventId;
  }
  book.link = shared.link;
  book.settings = shared.settings;
  if (shared.tabId) book.tabId = shared.tabId;
  // Something changed, or automatic preparation had stopped here (edit access lost): the next tick looks again.
  book.nextCheckAt = 0;
  book.ended = false;
  delete book.noAccess;
}

/** A sidebar open in a Doc this user linked tends their automation: their copies, and their triggers' homes. */
export function tendAutomation(scope: Scope, doc: OpenDoc, options: { calendar: boolean }): void {
  refreshCopies(doc);
  if (ensureTriggers(doc.account, doc.documentId, scope.me(), { ...options, nowMs: scope.nowMs }))
    saveAccount(scope, doc.account);
}

/**
 * This user's part of a Doc goes: their record, and their triggers once no linked Doc is left. Answers what is said
 * about the private points, which stay.
 */
export function forgetMyPart(scope: Scope, doc: OpenDoc): Message | undefined {
  const { documentId } = doc;
  forgetDoc(scope, documentId);
  doc.book = { documentId };
  const { books } = loadUserRecords(scope);
  if (!books.some((b) => b.link)) {
    removeAllTriggers(doc.account);
    saveAccount(scope, doc.account);
  }
  const kept = doc.notes.length;
  return kept > 0 ? said('notice.privateKept', { count: kept }) : undefined;
}

/**
 * A one-off template whose section another call or trigger wrote still names it in the Doc's settings, or in this
 * user's copy: both go back to the regular template now, and the sidebar says so once.
 */
function settleTemplateHere(scope: Scope, doc: OpenDoc, parsed: ParsedDoc): Message | undefined {
  const chosen = doc.shared.settings.template;
  if (settledTemplate(parsed, chosen) === chosen) return undefined;
  settleTemplate(scope, parsed, doc.shared, doc.book.link ? doc.book : undefined, true);
  return templateSettledNotice(chosen, doc.shared.settings.template);
}

/**
 * A run that followed a split ("this and following") names the new series in the Doc's mark, with the same `gen`,
 * from a trigger that cannot write the Doc's properties: the properties follow it here, from this user's own copy
 * when it is that series, else from their calendar (one read, only then).
 */
function followMarkedSplit(scope: Scope, doc: OpenDoc, parsed: ParsedDoc): void {
  const { link } = doc.shared;
  const marked = docLink(parsed);
  if (!link?.gen || marked.kind !== 'one' || marked.identity.gen !== link.gen) return;
  const series = marked.identity.series;
  if (!series || knownSeries(link).includes(series)) return;
  const previous = previousWith(link);
  const followed =
    doc.book.link?.iCalUID === series ? doc.book.link : seriesByICalUID(series, { ...link, previous }, link.timeZone);
  if (!followed) return;
  doc.shared.link = { ...followed, calendarId: followed.calendarId, linkedBy: link.linkedBy, gen: link.gen };
  saveLink(scope, doc.shared.link, doc.shared.settings);
}

/**
 * The Doc's mark follows its properties (core/marks.ts): a link made before marks existed is given its `gen` and its
 * mark, and a mark lost or edited by hand is written again. Never fails the read that found it.
 */
function repairMark(scope: Scope, doc: OpenDoc, parsed: ParsedDoc): void {
  const { shared } = doc;
  if (shared.link && !shared.link.gen) {
    shared.link = { ...shared.link, gen: newGen() };
    saveLink(scope, shared.link, shared.settings);
    scope.doc.flush();
  }
  const requests = planMarkRepair(parsed, expectedIdentity(shared));
  if (requests.length === 0) return;
  try {
    withDocumentLock(() => batchUpdate(doc.documentId, requests, parsed.revisionId));
  } catch (error) {
    // The next call tries again; the triggers meanwhile work from their copies.
    console.warn(error);
  }
}

/**
 * The state of the open Doc for this user: one Docs get, and for a linked Doc one Calendar read and, at most hourly,
 * one look-up of its sharing. Their automation is tended on the way, and a Doc the other person unlinked for both
 * stops being theirs. A call that has just forgotten this user's part (`forgotten`, or that unlink) keeps nothing of
 * the Doc: their store then holds only their private points for it (docs/privacy.md), until the sidebar opens again.
 */
export function readState(
  scope: Scope,
  doc: OpenDoc,
  extra: { notices?: Message[]; conflict?: Message; parsed?: ParsedDoc; series?: SeriesNow; forgotten?: boolean } = {},
): SidebarState {
  const { shared } = doc;
  const notices = [...doc.notices];
  let keep = !extra.forgotten;
  if (shared.unlinkedAt && mine(doc)) {
    const notice = forgetMyPart(scope, doc);
    if (notice) notices.push(notice);
    keep = false;
  }
  const parsed = extra.parsed ?? readParsedDoc(doc.documentId, shared.tabId, shared.settings.notesLanguage);
  if (parsed.tabMissing) notices.push(said('notice.tabMissing'));
  if (!parsed.tabMissing) {
    followMarkedSplit(scope, doc, parsed);
    repairMark(scope, doc, parsed);
  }
  if (shared.link && mine(doc)) tendAutomation(scope, doc, { calendar: false });
  const settled = settleTemplateHere(scope, doc, parsed);
  if (settled) notices.push(settled);
  const series = shared.link ? (extra.series ?? readSeries(scope, doc.book, shared.link)) : undefined;
  // Who can open the Doc: the privacy panel's, and the editors a carried owner's chip may name.
  sharingFor(scope, doc.book);
  if (keep) keepBook(scope, doc);
  return stateOf(
    scope,
    {
      documentId: doc.documentId,
      shared,
      book: doc.book,
      account: doc.account,
      parsed,
      ...(series ? { series } : {}),
      notes: doc.notes,
      notices: [...notices, ...(extra.notices ?? [])],
      ...(extra.conflict ? { conflict: extra.conflict } : {}),
    },
    { lastKnown: keep },
  );
}

/** The private points changed, and nothing else: the sidebar lays them over its state; the last-known state gets them. */
export function notesPatch(scope: Scope, documentId: string, notes: PrivateNote[], conflict?: Message): SidebarPatch {
  keepLastKnownNotes(scope, documentId, notes);
  return { patch: true, privateNotes: notes, ...(conflict ? { conflict } : {}) };
}

/**
 * "Check again" in the privacy panel: the Doc's sharing looked up now, and who else can read it said again, from the
 * series as this user last read it. No Docs or Calendar call.
 */
export function sharingPatch(scope: Scope): SidebarPatch {
  const documentId = scope.documentId();
  const shared = loadShared(scope);
  const book = loadBook(scope, documentId);
  const seen = sharingFor(scope, book, true);
  const doc: OpenDoc = { documentId, shared, book, account: {}, notes: [], notices: [] };
  keepBook(scope, doc);
  if (!shared.link) return { patch: true };
  const { occurrences } = keptSeries(scope, book, shared.link);
  const privacy: Privacy = {
    ...privacyFor(shared.link, occurrences, sharedWith(seen), scope.me(), scope.nowMs),
    ...(seen ? { checkedAt: new Date(seen.at).toISOString() } : {}),
  };
  return { patch: true, privacy };
}
