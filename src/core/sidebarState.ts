// The sidebar's state, built in one place: last meeting's commitments, the upcoming agenda, the series, the last run's status.
import type { Commitment, PrivateNote, RunStatus, SeriesInfo, SidebarState } from '../shared/types';
import { cadence } from './cadence';
import { doneItemIds } from './carryOver';
import type { Link } from './link';
import type { IsoDate, ParsedDoc, Section } from './model';
import { nextScheduled, type Occurrence } from './occurrences';

/** The newest section dated before `today`: the meeting whose commitments are reviewed next. */
export function lastMeeting(parsed: ParsedDoc, today: IsoDate): Section | undefined {
  return newestWhere(parsed, (s) => s.date < today);
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

export function commitmentsOf(parsed: ParsedDoc, section: Section | undefined): Commitment[] {
  if (!section) return [];
  const done = doneItemIds(parsed);
  const seen = new Set<string>();
  const out: Commitment[] = [];
  for (const item of section.items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push({
      id: item.id,
      text: item.text,
      ...(item.owner ? { owner: item.owner.name } : {}),
      ...(item.due ? { due: item.due } : {}),
      done: done.has(item.id),
      from: item.from,
      ...(item.nativeChecklist ? { nativeChecklist: true } : {}),
    });
  }
  return out;
}

export function agendaOf(section: Section | undefined): { text: string }[] {
  if (!section) return [];
  return section.subsections
    .filter((sub) => sub.kind === 'agenda')
    .flatMap((sub) => sub.paragraphs)
    .filter((p) => !p.prompt && p.text.trim() !== '')
    .map((p) => ({ text: p.text.trim() }));
}

/** The linked series as this user sees it. */
export interface SeriesInputs extends Omit<SeriesInfo, 'title' | 'eventId'> {
  link: Link;
  occurrences: Occurrence[];
  /** Everyone the Doc is shared with, by email, lower-cased. */
  sharedWith: readonly string[];
}

/** Everything the sidebar's state is built from besides the Doc itself. */
export interface StateInputs {
  /** The signed-in user's email. */
  me: string;
  settings: NonNullable<SidebarState['settings']>;
  privateNotes: PrivateNote[];
  status?: RunStatus;
  notices: string[];
  series?: SeriesInputs;
  conflict?: string;
  /** A run just added the upcoming section after the Doc was read: its agenda, as the template and queued topics wrote it. */
  insertedAgenda?: string[];
}

/** The series' part of the state: the series, its next meeting, the cadence, and who else can read the Doc. */
function seriesState(series: SeriesInputs, today: IsoDate, nowMs: number, me: string): Partial<SidebarState> {
  const { link, occurrences, sharedWith, ...info } = series;
  const next = nextScheduled(occurrences, nowMs);
  // Anyone who can open the Doc besides the two people of the 1:1 can read what they write.
  const attendees = new Set([...link.attendees, me.toLowerCase()]);
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
    ...(occurrences.length > 0 ? { cadence: cadence(occurrences, nowMs, today) } : {}),
    privacy: { extraViewers: sharedWith.filter((email) => !attendees.has(email)) },
  };
}

/**
 * The sidebar's state. With a linked series, "last time" is the newest section before the next meeting and the
 * agenda is that meeting's section; without one, both are reckoned from today.
 */
export function sidebarState(parsed: ParsedDoc, today: IsoDate, nowMs: number, inputs: StateInputs): SidebarState {
  const { series } = inputs;
  const next = series ? nextScheduled(series.occurrences, nowMs) : undefined;
  const reference = next?.date ?? today;
  const last = lastMeeting(parsed, reference);
  const upcoming =
    (next ? parsed.sections.find((s) => s.key === next.key) : undefined) ?? upcomingSection(parsed, reference);
  return {
    linked: Boolean(series),
    ...(last ? { lastMeetingDate: last.date } : {}),
    commitments: commitmentsOf(parsed, last),
    agenda: inputs.insertedAgenda ? inputs.insertedAgenda.map((text) => ({ text })) : agendaOf(upcoming),
    privateNotes: inputs.privateNotes,
    ...(series ? seriesState(series, today, nowMs, inputs.me) : {}),
    ...(inputs.status ? { status: inputs.status } : {}),
    ...(inputs.notices.length > 0 ? { notices: inputs.notices } : {}),
    settings: inputs.settings,
    me: inputs.me,
    ...(inputs.conflict ? { conflict: inputs.conflict } : {}),
  };
}
