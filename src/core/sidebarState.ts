// The sidebar's state, built in one place: last meeting's commitments, the upcoming agenda, the series, the last run's status.
import type { Message } from '../shared/messages';
import type {
  AgendaTopic,
  AutomationHealth,
  Commitment,
  Privacy,
  PrivateNote,
  RunStatus,
  SeriesInfo,
  SidebarState,
} from '../shared/types';
import { cadence } from './cadence';
import { doneItemIds, droppedItemIds, itemsById, timesCarried } from './carryOver';
import { addDays, daysBetween, parseFromDate } from './dates';
import { languageOf } from './languages';
import { type Link, pairOf } from './link';
import type { ItemState } from './markers';
import type { ActionItem, IsoDate, ParsedDoc, Section } from './model';
import { isDue, nextScheduled, type Occurrence } from './occurrences';
import { seenOf } from './seen';
import { isTemplateQuestion } from './templates';

/**
 * Last time: the newest section whose meeting took place, other than the upcoming one. A section of a known
 * occurrence (this series or one it continued) took place when that occurrence was held and has started; any other
 * when it is not marked cancelled and is dated before today.
 */
export function lastMeeting(
  parsed: ParsedDoc,
  today: IsoDate,
  context: { nowMs?: number; occurrences?: readonly Occurrence[]; upcoming?: Section } = {},
): Section | undefined {
  const byKey = new Map((context.occurrences ?? []).map((o) => [o.key, o]));
  const nowMs = context.nowMs ?? Number.POSITIVE_INFINITY;
  return newestWhere(parsed, (s) => {
    if (s === context.upcoming || s.cancelled || s.date > today) return false;
    const occurrence = s.key ? byKey.get(s.key) : undefined;
    if (occurrence) return !occurrence.cancelled && occurrence.startMs <= nowMs;
    return s.date < today;
  });
}

/** The newest section dated today or later: where the next meeting's agenda is gathered. */
export function upcomingSection(parsed: ParsedDoc, today: IsoDate): Section | undefined {
  return newestWhere(parsed, (s) => s.date >= today);
}

function newestWhere(parsed: ParsedDoc, keep: (s: Section) => boolean): Section | undefined {
  let best: Section | undefined;
  for (const s of parsed.sections) if (keep(s) && (!best || s.date > best.date)) best = s;
  return best;
}

/** From its third carry, an open item nobody ticks makes the sidebar ask whether it is still on. */
export const STILL_ON_AFTER = 3;

/** What the commitments are read against, besides the Doc. */
export interface CommitmentContext {
  /** The user's today, in their zone: what "overdue" is reckoned from. */
  today?: IsoDate;
  /** Item id → how many times it had been carried when this user chose "Keep": not asked again until carried again. */
  kept?: Readonly<Record<string, number>>;
  /** The upcoming meeting's section: its items first written there are new this time. */
  upcoming?: Section;
  /** How the Doc's language reads a due date such as 03/11 (core/languages): as it was read (ParsedDoc.language). */
  dayFirst?: boolean;
}

/**
 * The date a due date means: a full date as written, else the month and day in the year around the date the item was
 * first written (due dates are written then, at most a month in the past and otherwise ahead).
 */
export function dueDateOf(due: string, from: IsoDate, dayFirst = false): IsoDate | undefined {
  return parseFromDate(due, addDays(from, 334), dayFirst);
}

function commitmentOf(item: ActionItem, state: ItemState, copies: readonly ActionItem[], context: CommitmentContext) {
  const carried = timesCarried(copies);
  const dueDate = item.due ? dueDateOf(item.due, item.from, context.dayFirst) : undefined;
  const overdueDays = state === 'open' && dueDate && context.today ? daysBetween(dueDate, context.today) : 0;
  const keptAt = context.kept?.[item.id];
  const stillOn = state === 'open' && carried >= STILL_ON_AFTER && !(keptAt !== undefined && keptAt >= carried);
  const commitment: Commitment = {
    id: item.id,
    text: item.text,
    ...(item.owner ? { owner: item.owner.name } : {}),
    ...(item.due ? { due: item.due } : {}),
    done: state === 'done',
    from: item.from,
    ...(item.nativeChecklist ? { nativeChecklist: true } : {}),
    ...(state === 'dropped' ? { dropped: true } : {}),
    ...(carried > 0 ? { timesCarried: carried } : {}),
    ...(stillOn ? { stillOn: true } : {}),
    ...(dueDate ? { dueDate } : {}),
    ...(overdueDays > 0 ? { overdueDays } : {}),
    seen: seenOf(copies),
  };
  return commitment;
}

/**
 * Last time's commitments, overdue ones first (the longest overdue on top), then the items written for the upcoming
 * meeting, marked new this time. Each item once, its state read from every copy: done anywhere is done, dropped
 * anywhere (and done nowhere) is dropped.
 */
export function commitmentsOf(
  parsed: ParsedDoc,
  section: Section | undefined,
  context: CommitmentContext = {},
): Commitment[] {
  const done = doneItemIds(parsed);
  const dropped = droppedItemIds(parsed);
  const byId = itemsById(parsed);
  const seen = new Set<string>();
  const rows: Commitment[] = [];
  const newRows: Commitment[] = [];
  const { upcoming } = context;
  const add = (item: ActionItem, into: Commitment[], extra: Partial<Commitment> = {}) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    const state: ItemState = done.has(item.id) ? 'done' : dropped.has(item.id) ? 'dropped' : 'open';
    into.push({ ...commitmentOf(item, state, byId.get(item.id) ?? [item], context), ...extra });
  };
  for (const item of section?.items ?? []) add(item, rows);
  if (upcoming && upcoming !== section)
    for (const item of upcoming.items) if (item.from >= upcoming.date) add(item, newRows, { newThisTime: true });
  const overdue = rows.filter((c) => c.overdueDays).sort((a, b) => b.overdueDays! - a.overdueDays!);
  return [...overdue, ...rows.filter((c) => !c.overdueDays), ...newRows];
}

/** The lines of a section's agenda, without its greyed prompts and empty lines. */
export function agendaLines(section: Section | undefined): string[] {
  if (!section) return [];
  return section.subsections
    .filter((sub) => sub.kind === 'agenda')
    .flatMap((sub) => sub.paragraphs)
    .filter((p) => !p.prompt && p.text.trim() !== '')
    .map((p) => p.text.trim());
}

/**
 * The agenda as the sidebar shows it: the topics people added, and apart from them the template's questions as it
 * wrote them (core/templates.ts, isTemplateQuestion). A question someone edited is their topic.
 */
export function agendaParts(lines: string[]): Pick<SidebarState, 'agenda' | 'suggestedQuestions'> {
  const questions = [...new Set(lines.filter(isTemplateQuestion))];
  return {
    agenda: lines.filter((text) => !isTemplateQuestion(text)).map((text) => ({ text })),
    ...(questions.length > 0 ? { suggestedQuestions: questions } : {}),
  };
}

/** The linked series as this user sees it. */
export interface SeriesInputs extends Omit<SeriesInfo, 'title' | 'eventId'> {
  link: Link;
  occurrences: Occurrence[];
  /** Everyone the Doc is shared with, by email, lower-cased. */
  sharedWith: readonly string[];
  /** When that was looked up (ISO instant). */
  sharingCheckedAt?: string;
  /** The occurrences of the series this one continued after a split, within the cadence's window. */
  earlier?: Occurrence[];
}

/** Everything the sidebar's state is built from besides the Doc itself. */
export interface StateInputs {
  /** The signed-in user's email. */
  me: string;
  settings: NonNullable<SidebarState['settings']>;
  privateNotes: PrivateNote[];
  status?: RunStatus;
  notices: Message[];
  series?: SeriesInputs;
  conflict?: Message;
  /** This user's automatic preparation has stopped (core/link.ts, automationHealth). */
  automation?: AutomationHealth;
  /** The items this user chose to keep when asked "Still on?" (see CommitmentContext). */
  kept?: Readonly<Record<string, number>>;
}

/** The series' organiser and attendees as its next held meeting lists them, else as they were when it was linked. */
function seriesPeople(link: Link, occurrences: readonly Occurrence[], nowMs: number) {
  const listed = occurrences.filter((o) => !o.cancelled && o.attendees);
  const sample = listed.find((o) => o.endMs > nowMs) ?? listed[listed.length - 1];
  const organizer = sample?.organizer ?? link.organizer;
  return { attendees: sample?.attendees ?? link.attendees, ...(organizer ? { organizer } : {}) };
}

/**
 * Who can open the Doc besides the two people of the 1:1: its organiser and its one other attendee. A series with more
 * people is not a 1:1 series: then everyone but the organiser and this user is named.
 */
export function privacyOf(
  sharedWith: readonly string[],
  people: { organizer?: string; attendees: readonly string[] },
  me: string,
): Privacy {
  const attendees = [...new Set(people.attendees.map((a) => a.toLowerCase()))];
  const { organizer } = people;
  const twoOf = pairOf(people);
  const oneOnOne = twoOf !== undefined;
  const pair = twoOf ?? [...new Set([...(organizer ? [organizer] : []), me.toLowerCase()])];
  return {
    extraViewers: sharedWith.filter((email) => !pair.includes(email)),
    ...(oneOnOne ? {} : { seriesAttendees: attendees.length }),
    ...(!oneOnOne && pair.length === 1 ? { youOrganise: true } : {}),
  };
}

/** Who else can read the Doc, given everyone it is shared with and the series' people as its meetings list them. */
export function privacyFor(
  link: Link,
  occurrences: readonly Occurrence[],
  sharedWith: readonly string[],
  me: string,
  nowMs: number,
): Privacy {
  return privacyOf(sharedWith, seriesPeople(link, occurrences, nowMs), me);
}

/** The series' part of the state: the series, its next meeting, the cadence, and who else can read the Doc. */
function seriesState(series: SeriesInputs, today: IsoDate, nowMs: number, me: string): Partial<SidebarState> {
  const { link, occurrences, sharedWith, sharingCheckedAt, earlier, ...info } = series;
  const next = nextScheduled(occurrences, nowMs);
  // The meetings of the series this one continued after a split belong to the same 1:1.
  const chain = [...(earlier ?? []), ...occurrences].sort((a, b) => a.startMs - b.startMs);
  return {
    series: { title: link.title, eventId: link.eventId, ...info },
    ...(next
      ? {
          nextMeeting: {
            start: next.start,
            end: next.end,
            title: next.title || link.title,
            cancelled: next.cancelled,
            ...(next.htmlLink ? { htmlLink: next.htmlLink } : {}),
          },
        }
      : {}),
    ...(chain.length > 0 ? { cadence: cadence(chain, nowMs, today) } : {}),
    privacy: {
      ...privacyFor(link, occurrences, sharedWith, me, nowMs),
      ...(sharingCheckedAt ? { checkedAt: sharingCheckedAt } : {}),
    },
  };
}

/**
 * The report owns the agenda: while their next 1:1 is within the lead time, not started and not cancelled, an agenda
 * with no topic yet asks them for one. The report is whoever does not organise the series; both, when nobody is known
 * to. Template questions are not topics.
 */
export function agendaNudge(
  series: SeriesInputs,
  agenda: readonly AgendaTopic[],
  nowMs: number,
  inputs: Pick<StateInputs, 'me' | 'settings'>,
): boolean {
  if (agenda.length > 0) return false;
  const next = nextScheduled(series.occurrences, nowMs);
  if (!next || next.cancelled || next.startMs <= nowMs || !isDue(next, nowMs, inputs.settings.leadHours)) return false;
  const { organizer } = seriesPeople(series.link, series.occurrences, nowMs);
  return organizer !== inputs.me.toLowerCase();
}

/**
 * The sidebar's state. With a linked series, the agenda is the next meeting's section; without one, the newest
 * section from today on. "Last time" is the newest other section whose meeting took place (see lastMeeting).
 */
export function sidebarState(
  parsed: ParsedDoc,
  today: IsoDate,
  nowMs: number,
  inputs: StateInputs,
): SidebarState & { me: string } {
  const { series } = inputs;
  const next = series ? nextScheduled(series.occurrences, nowMs) : undefined;
  const reference = next?.date ?? today;
  const upcoming =
    (next ? parsed.sections.find((s) => s.key === next.key) : undefined) ?? upcomingSection(parsed, reference);
  const occurrences = series ? [...(series.earlier ?? []), ...series.occurrences] : [];
  const last = lastMeeting(parsed, today, { nowMs, occurrences, ...(upcoming ? { upcoming } : {}) });
  const agenda = agendaParts(agendaLines(upcoming));
  return {
    linked: Boolean(series),
    ...(last ? { lastMeetingDate: last.date } : {}),
    commitments: commitmentsOf(parsed, last, {
      today,
      upcoming,
      dayFirst: languageOf(parsed.language).dayFirst,
      ...(inputs.kept ? { kept: inputs.kept } : {}),
    }),
    ...agenda,
    ...(series && agendaNudge(series, agenda.agenda, nowMs, inputs) ? { agendaNudge: true } : {}),
    privateNotes: inputs.privateNotes,
    ...(series ? seriesState(series, today, nowMs, inputs.me) : {}),
    ...(inputs.status ? { status: inputs.status } : {}),
    ...(inputs.notices.length > 0 ? { notices: inputs.notices } : {}),
    settings: inputs.settings,
    me: inputs.me,
    ...(inputs.conflict ? { conflict: inputs.conflict } : {}),
    ...(inputs.automation ? { automation: inputs.automation } : {}),
  };
}
