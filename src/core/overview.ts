// "All my 1:1s": each linked Doc's summary as this user keeps it (built, trimmed, read back) and the overview across them.
import { isMessage, type Message, said } from '../shared/messages';
import { OVERVIEW_ELEMENT_ID } from '../shared/page';
import { isObject, storedObject } from '../shared/stored';
import type { Commitment, OverviewDoc, OverviewState, OwedItem, SidebarState } from '../shared/types';
import { cadence } from './cadence';
import { addDays, daysBetween } from './dates';
import { ownerKey } from './itemId';
import { embeddableJson, LAST_KNOWN_MARKER } from './lastKnown';
import { type Account, automationHealth, type Book } from './link';
import type { IsoDate, ParsedDoc } from './model';
import { nextScheduled, type Occurrence } from './occurrences';
import { OPEN_UNCOUNTED, readSeen } from './seen';
import { occurrencesOf } from './snapshot';
import { utf8Bytes } from './text';

/** Bumped when the record's shape changes: a summary of another version reads as none (the next read rebuilds it). */
export const SUMMARY_VERSION = 2;
/** At most this many bytes of UTF-8 per Doc, so 60 Docs take 90 KB of the user's 500 KB store. */
export const SUMMARY_BYTES = 1536;
/** Past this many days since the last 1:1, a warning (a gap of more than two weeks); past twice as many, a stronger one. */
export const GAP_WARNING_DAYS = 14;
export const GAP_STRONG_DAYS = 28;
/** A text longer than this is cut in a summary: the item is still named, and its Doc holds the rest. */
const SUMMARY_TEXT = 140;
/** Due dates kept for the overdue count: more than any real meeting's open items. */
const MAX_DUES = 40;

/** One of this user's open items, as a summary keeps it. */
export interface OwnItem {
  id: string;
  text: string;
  due?: string;
  dueDate?: IsoDate;
  from?: IsoDate;
  /** Its copies as read (core/seen.ts); absent from a summary an earlier version kept. */
  seen?: string;
}

/**
 * This user's summary of one linked Doc, in their properties: what the Doc says, made from the sidebar's own state of
 * it whenever a call or run reads it, never patched. When the meetings are is the series' business: All my 1:1s takes
 * it from the user's last Calendar read of the series (core/snapshot.ts), as the Doc's sidebar does.
 */
export interface DocSummary {
  v: typeof SUMMARY_VERSION;
  /** Epoch ms it was made. */
  at: number;
  title: string;
  other?: string;
  /** The last 1:1 that took place as the state made then saw it: used only when no Calendar read is kept. */
  lastHeld?: IsoDate;
  openMine: number;
  /** The other person's open items. */
  openTheirs: number;
  /** Open items of anyone else (a third person named as owner): neither this user's nor the other person's. */
  openOthers: number;
  /** The due dates of open items, either side: overdue is counted when the overview opens, not when this was made. */
  dues: IsoDate[];
  /** This user's open items, oldest first. */
  mine: OwnItem[];
  /** This user's open items left out to keep the record small (the oldest go first). */
  mineLeftOut?: number;
  /** Why the Doc could not be read last time. */
  problem?: Message;
}

/** A name's first word as compared: "Chloé" and the address chloe@… meet, accents and case aside. */
const nameKey = (name: string) => ownerKey(name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether an item's owner is this user: by the first word of the name or address (core/itemId.ts, ownerKey). */
export function ownedBy(owner: string | undefined, me: string): boolean {
  return owner !== undefined && me !== '' && nameKey(owner) === nameKey(me);
}

/** "ben.okafor@…" reads "Ben Okafor": an address made of letter-only words gives a name; any other gives none. */
export function nameFromAddress(email: string): string | undefined {
  const words = (email.split('@')[0] ?? '').split(/[._-]/);
  if (words.length > 3 || !words.every((w) => /^\p{L}{2,}$/u.test(w))) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ');
}

/**
 * The other person of the 1:1, by name: the name their person chip in the Doc shows, else the event's name for them,
 * else a name an item's owner gives them, else the name their address reads as; the address itself only when nothing
 * names them.
 */
export function otherPerson(
  attendees: readonly string[],
  me: string,
  owners: readonly (string | undefined)[],
  names: Readonly<Record<string, string>> = {},
): string | undefined {
  const email = attendees.find((a) => a.toLowerCase() !== me.toLowerCase());
  if (!email) return undefined;
  return (
    names[email.toLowerCase()] ??
    owners.find((o) => o !== undefined && ownedBy(o, email)) ??
    nameFromAddress(email) ??
    email
  );
}

/** The names person chips give people in the Doc, by lower-cased email: what the two of them see written. */
export function chipNames(parsed: Pick<ParsedDoc, 'sections'>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const section of parsed.sections)
    for (const item of section.items) {
      const owner = item.owner;
      if (owner?.kind === 'person' && owner.email && owner.name && !owner.name.includes('@'))
        names[owner.email.toLowerCase()] ??= owner.name;
    }
  return names;
}

/** What a summary is made of, from a sidebar state or from a run's read of the Doc. */
export interface SummaryParts {
  title: string;
  me: string;
  atMs: number;
  commitments: readonly Commitment[];
  lastHeld?: IsoDate;
  attendees?: readonly string[];
  /** Names for people by lower-cased email: chips in the Doc, then the event's (see otherPerson). */
  names?: Readonly<Record<string, string>>;
}

/** A Doc's summary: counts of open items for each person, this user's own items, and the last 1:1 held. */
export function summaryOf(parts: SummaryParts): DocSummary {
  const open = parts.commitments.filter((c) => !c.done && !c.dropped);
  const names = parts.names ?? {};
  // An owner is a person by the first word of their address, or by the whole name their chip shows.
  const owns = (owner: string | undefined, email: string) =>
    ownedBy(owner, email) || (owner !== undefined && owner === names[email.toLowerCase()]);
  const mine = open.filter((c) => owns(c.owner, parts.me));
  const otherEmail = (parts.attendees ?? []).find((a) => a.toLowerCase() !== parts.me.toLowerCase());
  const others = open.filter((c) => c.owner !== undefined && !owns(c.owner, parts.me));
  // Without a known other person (an unlinked Doc, a lone attendee), every other owner is "theirs".
  const theirs = otherEmail ? others.filter((c) => owns(c.owner, otherEmail)) : others;
  const other = otherPerson(
    parts.attendees ?? [],
    parts.me,
    parts.commitments.map((c) => c.owner),
    parts.names,
  );
  return {
    v: SUMMARY_VERSION,
    at: parts.atMs,
    title: parts.title,
    ...(other ? { other } : {}),
    ...(parts.lastHeld ? { lastHeld: parts.lastHeld } : {}),
    openMine: mine.length,
    openTheirs: theirs.length,
    openOthers: others.length - theirs.length,
    dues: open.flatMap((c) => (c.dueDate ? [c.dueDate] : [])).slice(0, MAX_DUES),
    mine: mine
      .map((c) => ({
        id: c.id,
        text: c.text,
        ...(c.due ? { due: c.due } : {}),
        ...(c.dueDate ? { dueDate: c.dueDate } : {}),
        ...(c.from ? { from: c.from } : {}),
        ...(c.seen ? { seen: c.seen } : {}),
      }))
      .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')),
  };
}

/** The summary a sidebar state gives: the state already holds everything, so it costs no call. */
export function summaryFromState(
  state: SidebarState & { me: string },
  context: {
    title: string;
    atMs: number;
    today: IsoDate;
    attendees?: readonly string[];
    names?: Readonly<Record<string, string>>;
  },
): DocSummary {
  const since = state.cadence?.daysSinceLast;
  const lastHeld = since !== undefined ? addDays(context.today, -since) : state.lastMeetingDate;
  return summaryOf({
    title: context.title,
    me: state.me,
    atMs: context.atMs,
    commitments: state.commitments,
    ...(lastHeld ? { lastHeld } : {}),
    ...(context.attendees ? { attendees: context.attendees } : {}),
    ...(context.names ? { names: context.names } : {}),
  });
}

function cut(text: string): string {
  if (text.length <= SUMMARY_TEXT) return text;
  let end = SUMMARY_TEXT - 1;
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The record kept in this user's properties: at most SUMMARY_BYTES of UTF-8. Long texts are cut first, then this
 * user's oldest items go, counted in `mineLeftOut`; the counts stay whole.
 */
export function summaryRecord(summary: DocSummary, maxBytes = SUMMARY_BYTES): string {
  const whole = JSON.stringify(summary);
  if (utf8Bytes(whole) <= maxBytes) return whole;
  const short: DocSummary = {
    ...summary,
    title: cut(summary.title),
    ...(summary.other ? { other: cut(summary.other) } : {}),
    mine: summary.mine.map((m) => ({ ...m, text: cut(m.text), ...(m.due ? { due: cut(m.due) } : {}) })),
  };
  const left = summary.mineLeftOut ?? 0;
  let keep = short.mine.length;
  const attempt = () => {
    const out = keep < short.mine.length ? left + short.mine.length - keep : left;
    return JSON.stringify({
      ...short,
      mine: short.mine.slice(short.mine.length - keep),
      ...(out ? { mineLeftOut: out } : {}),
    });
  };
  let record = attempt();
  while (utf8Bytes(record) > maxBytes && keep > 0) {
    keep--;
    record = attempt();
  }
  return record;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 2048;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100_000;
const isDay = (v: unknown): v is IsoDate => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function readOwnItem(v: unknown): OwnItem | undefined {
  if (!isObject(v) || !isText(v.id) || !/^[0-9a-z]{1,64}$/.test(v.id) || !isText(v.text)) return undefined;
  return {
    id: v.id,
    text: v.text,
    ...(isText(v.due) ? { due: v.due } : {}),
    ...(isDay(v.dueDate) ? { dueDate: v.dueDate } : {}),
    ...(isDay(v.from) ? { from: v.from } : {}),
    ...(readSeen(v.seen) ? { seen: v.seen as string } : {}),
  };
}

/** A stored summary read back: undefined for anything else (corrupt, or written by another version). */
export function readSummary(raw: string | null | undefined): DocSummary | undefined {
  const v = storedObject(raw);
  if (!v || v.v !== SUMMARY_VERSION || typeof v.at !== 'number' || !Number.isFinite(v.at)) return undefined;
  if (!isText(v.title) || !isCount(v.openMine) || !isCount(v.openTheirs) || !isCount(v.openOthers)) return undefined;
  if (!Array.isArray(v.mine)) return undefined;
  const mine = v.mine.map(readOwnItem);
  if (mine.some((m) => m === undefined)) return undefined;
  return {
    v: SUMMARY_VERSION,
    at: v.at,
    title: v.title,
    ...(isText(v.other) ? { other: v.other } : {}),
    ...(isDay(v.lastHeld) ? { lastHeld: v.lastHeld } : {}),
    openMine: v.openMine,
    openTheirs: v.openTheirs,
    openOthers: v.openOthers,
    dues: Array.isArray(v.dues) ? v.dues.filter(isDay).slice(0, MAX_DUES) : [],
    mine: mine as OwnItem[],
    ...(isCount(v.mineLeftOut) && v.mineLeftOut > 0 ? { mineLeftOut: v.mineLeftOut } : {}),
    ...(isMessage(v.problem) ? { problem: v.problem } : {}),
  };
}

/** A refresh that has not said anything for this long is over: an execution runs at most six minutes. */
const PROGRESS_STALE_MS = 6 * 60_000;
/** Failures named one line each, so the record stays within a property value. */
export const MAX_FAILURES = 20;

/** The last "Refresh all", as this user's properties keep it. */
export interface RefreshResult {
  at: string;
  read: number;
  failures: { documentId: string; title: string; message: Message }[];
}

/** A refresh's progress, while it is fresh enough to be one still under way. */
export function readRefreshProgress(
  raw: string | null | undefined,
  nowMs: number,
): { done: number; total: number } | undefined {
  const v = storedObject(raw);
  if (!v || !isCount(v.done) || !isCount(v.total) || typeof v.at !== 'number') return undefined;
  if (nowMs - v.at > PROGRESS_STALE_MS || v.done > v.total) return undefined;
  return { done: v.done, total: v.total };
}

/** The last refresh's result read back; undefined for anything else. */
export function readRefreshResult(raw: string | null | undefined): RefreshResult | undefined {
  const v = storedObject(raw);
  if (!v || typeof v.at !== 'string' || !isCount(v.read) || !Array.isArray(v.failures)) return undefined;
  const failures = v.failures.filter(
    (f): f is RefreshResult['failures'][number] =>
      isObject(f) && typeof f.documentId === 'string' && typeof f.title === 'string' && isMessage(f.message),
  );
  return { at: v.at, read: v.read, failures: failures.slice(0, MAX_FAILURES) };
}

/** One linked Doc as the overview gets it: its id, a title to fall back on, its summary or why there is none. */
export interface OverviewEntry {
  documentId: string;
  /** The series' title, when the Doc has never been summarised; empty when unknown (the sidebar words that). */
  fallbackTitle: string;
  summary?: DocSummary;
  /** The series as this user's last Calendar read saw it (core/snapshot.ts), when one is kept. */
  series?: { occurrences: Occurrence[]; earlier: Occurrence[] };
  problem?: Message;
}

export const docUrl = (documentId: string) =>
  `https://docs.google.com/document/d/${encodeURIComponent(documentId)}/edit`;

export const NOT_READ_YET = said('overview.notReadYet');

/**
 * The next meeting and the days since the last one held, from the series as last read, with the sidebar's own rules
 * (next: the first not yet ended, cancelled or not; days: the cadence's); else from the summary's last meeting held.
 */
function meetingsOf(entry: OverviewEntry, today: IsoDate, nowMs: number) {
  const { series, summary } = entry;
  if (!series) {
    const days = summary?.lastHeld ? Math.max(0, daysBetween(summary.lastHeld, today)) : undefined;
    return { days };
  }
  const next = nextScheduled(series.occurrences, nowMs);
  const chain = [...series.earlier, ...series.occurrences].sort((a, b) => a.startMs - b.startMs);
  const held = cadence(chain, nowMs, today).daysSinceLast;
  const fallback = summary?.lastHeld ? Math.max(0, daysBetween(summary.lastHeld, today)) : undefined;
  return {
    days: held ?? fallback,
    ...(next ? { next: { start: next.start, cancelled: next.cancelled, ...(next.moved ? { moved: true } : {}) } } : {}),
  };
}

function overviewDoc(entry: OverviewEntry, today: IsoDate, nowMs: number): OverviewDoc {
  const { summary } = entry;
  const { days, next } = meetingsOf(entry, today, nowMs);
  const problem = entry.problem ?? summary?.problem ?? (summary ? undefined : NOT_READ_YET);
  return {
    documentId: entry.documentId,
    title: summary?.title || entry.fallbackTitle,
    url: docUrl(entry.documentId),
    ...(summary?.other ? { other: summary.other } : {}),
    ...(next ? { nextMeeting: next } : {}),
    ...(days !== undefined ? { daysSinceLast: days } : {}),
    ...(days !== undefined && days > GAP_STRONG_DAYS
      ? { gap: 'strong' as const }
      : days !== undefined && days > GAP_WARNING_DAYS
        ? { gap: 'warning' as const }
        : {}),
    openMine: summary?.openMine ?? 0,
    openTheirs: summary?.openTheirs ?? 0,
    ...(summary?.openOthers ? { openOthers: summary.openOthers } : {}),
    overdue: (summary?.dues ?? []).filter((d) => d < today).length,
    ...(summary ? { asOf: new Date(summary.at).toISOString() } : {}),
    ...(problem ? { problem } : {}),
  };
}

/** How much a Doc needs attention: a long gap first, then overdue items; 0 for none. */
function attention(doc: OverviewDoc): number {
  return (doc.gap === 'strong' ? 4 : doc.gap === 'warning' ? 2 : 0) + (doc.overdue > 0 ? 1 : 0);
}

/**
 * What this user owes across Docs. An item's section date is when it was written only once that meeting was held: one
 * added for a meeting to come is "for" it, with no age, since the Doc does not say on which day it was typed.
 */
function owedItems(entries: readonly OverviewEntry[], titles: Map<string, string>, today: IsoDate, nowMs: number) {
  const items = entries.flatMap((e) => {
    const { days } = meetingsOf(e, today, nowMs);
    const lastHeld = days !== undefined ? addDays(today, -days) : undefined;
    return (e.summary?.mine ?? []).map((m): OwedItem => {
      const overdueDays = m.dueDate ? daysBetween(m.dueDate, today) : 0;
      const held = m.from !== undefined && lastHeld !== undefined && m.from <= lastHeld;
      const upcoming = m.from !== undefined && !held && m.from >= today;
      const ageDays = m.from && !upcoming ? Math.max(0, daysBetween(m.from, today)) : undefined;
      return {
        documentId: e.documentId,
        id: m.id,
        text: m.text,
        ...(m.due ? { due: m.due } : {}),
        ...(m.from ? { from: m.from } : {}),
        ...(overdueDays > 0 ? { overdueDays } : {}),
        ...(ageDays !== undefined ? { ageDays } : {}),
        ...(upcoming ? { upcoming } : {}),
        docTitle: titles.get(e.documentId) ?? e.fallbackTitle,
        seen: m.seen ?? OPEN_UNCOUNTED,
      };
    });
  });
  return items.sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0) || (b.ageDays ?? 0) - (a.ageDays ?? 0));
}

/**
 * "All my 1:1s" from the summaries alone: Docs that need attention first (a gap over 14 days, overdue items), then
 * by their next meeting; "You owe" overdue first, then oldest first. Days are counted in the user's zone (`today`).
 */
export function overviewOf(entries: readonly OverviewEntry[], today: IsoDate, nowMs: number): OverviewState {
  const docs = entries.map((e) => overviewDoc(e, today, nowMs));
  docs.sort(
    (a, b) =>
      attention(b) - attention(a) ||
      (a.nextMeeting?.start ? Date.parse(a.nextMeeting.start) : Number.POSITIVE_INFINITY) -
        (b.nextMeeting?.start ? Date.parse(b.nextMeeting.start) : Number.POSITIVE_INFINITY) ||
      a.title.localeCompare(b.title),
  );
  const titles = new Map(docs.map((d) => [d.documentId, d.title]));
  const leftOut = entries.reduce((n, e) => n + (e.summary?.mineLeftOut ?? 0), 0);
  return { docs, youOwe: owedItems(entries, titles, today, nowMs), ...(leftOut > 0 ? { youOweLeftOut: leftOut } : {}) };
}

/** The series as this user's last Calendar read kept it, for a call that reads no Calendar. */
export function keptOnly(book: Book, nowMs: number): { occurrences: Occurrence[]; earlier: Occurrence[] } | undefined {
  return book.snapshot && book.snapshot.uid === book.link?.iCalUID ? occurrencesOf(book.snapshot, nowMs) : undefined;
}

/** What All my 1:1s is made from: this user's records, as one read of their store gives them. */
export interface OverviewRecords {
  account: Account;
  books: Book[];
  /** Docs whose record cannot be read: listed as not read yet, never dropped. */
  unreadable: string[];
  /** Doc id → the stored summary, as stored. */
  summaries: Record<string, string>;
  progress?: string;
  result?: string;
}

/** The last refresh's time, and each Doc it could not read with why. */
type Refreshed = { at?: string; failed: Map<string, Message> };

const NOT_READABLE = said('overview.unreadable');

/**
 * A linked Doc's line: its summary, the series as last read, and why it may be out of date: this user lost access, or
 * the last Refresh all could not read it and nothing has read it since.
 */
function entryOf(book: Book, records: OverviewRecords, refresh: Refreshed, nowMs: number) {
  const summary = readSummary(records.summaries[book.documentId]);
  const series = keptOnly(book, nowMs);
  const unread =
    refresh.at !== undefined && !(summary && summary.at > Date.parse(refresh.at))
      ? refresh.failed.get(book.documentId)
      : undefined;
  const problem = book.noAccess ? said('error.docForbidden') : unread;
  const entry: OverviewEntry = { documentId: book.documentId, fallbackTitle: book.link?.title ?? '' };
  return { ...entry, ...(summary ? { summary } : {}), ...(series ? { series } : {}), ...(problem ? { problem } : {}) };
}

/** All my 1:1s from this user's records alone; days counted in their zone (`today`). */
export function overviewOfRecords(records: OverviewRecords, today: IsoDate, nowMs: number): OverviewState {
  const linked = records.books.filter((b) => b.link);
  const refreshed = readRefreshResult(records.result);
  const failed = new Map((refreshed?.failures ?? []).map((f) => [f.documentId, f.message]));
  const refresh = { ...(refreshed ? { at: refreshed.at } : {}), failed };
  const entries = [
    ...linked.map((b) => entryOf(b, records, refresh, nowMs)),
    // A record that cannot be read is still a Doc of theirs: listed, never dropped silently.
    ...records.unreadable.map(
      (documentId): OverviewEntry => ({ documentId, fallbackTitle: '', problem: NOT_READABLE }),
    ),
  ];
  const refreshing = readRefreshProgress(records.progress, nowMs);
  const automation = automationHealth(records.account, linked.length + records.unreadable.length, nowMs);
  return {
    ...overviewOf(entries, today, nowMs),
    ...(refreshing ? { refreshing } : {}),
    ...(refreshed ? { refreshed } : {}),
    ...(automation ? { automation } : {}),
  };
}

/** The sidebar page opening on the overview: the element goes before the last-known marker, which stays for its own use. */
export function pageWithOverview(html: string, overview: OverviewState): string {
  const element = `<script type="application/json" id="${OVERVIEW_ELEMENT_ID}">${embeddableJson(overview)}</script>`;
  return html.replace(LAST_KNOWN_MARKER, () => `${element}\n${LAST_KNOWN_MARKER}`);
}
