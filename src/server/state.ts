// Builds the sidebar's view of the Doc: last meeting's commitments, the upcoming agenda, the last run's status.

import { cadence } from '../core/cadence';
import { itemsById } from '../core/carryOver';
import type { Link } from '../core/link';
import type { IsoDate, ParsedDoc, Section } from '../core/model';
import { nextScheduled, type Occurrence } from '../core/occurrences';
import type { Commitment, RunStatus, SidebarState } from '../shared/types';

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
  const copies = itemsById(parsed);
  const seen = new Set<string>();
  const out: Commitment[] = [];
  for (const item of section.items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const done = (copies.get(item.id) ?? [item]).some((c) => c.done);
    out.push({
      id: item.id,
      text: item.text,
      ...(item.owner ? { owner: item.owner.name } : {}),
      ...(item.due ? { due: item.due } : {}),
      done,
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

export interface StateExtras {
  status?: RunStatus;
  notices?: string[];
  /** The linked series, its occurrences and this user's part in it. */
  series?: {
    link: Link;
    occurrences: Occurrence[];
    automatic: boolean;
    ended: boolean;
    problem?: string;
    automaticNote?: string;
  };
}

/**
 * The sidebar's state. With a linked series, "last time" is the newest section before the next meeting and the
 * agenda is that meeting's section; without one, both are reckoned from today.
 */
export function sidebarState(parsed: ParsedDoc, today: IsoDate, nowMs: number, extras: StateExtras): SidebarState {
  const series = extras.series;
  const next = series ? nextScheduled(series.occurrences, nowMs) : undefined;
  const reference = next?.date ?? today;
  const last = lastMeeting(parsed, reference);
  const upcoming =
    (next ? parsed.sections.find((s) => s.key === next.key) : undefined) ?? upcomingSection(parsed, reference);
  const state: SidebarState = {
    linked: Boolean(series),
    ...(last ? { lastMeetingDate: last.date } : {}),
    commitments: commitmentsOf(parsed, last),
    agenda: agendaOf(upcoming),
    privateNotes: [],
  };
  if (series) {
    state.series = {
      title: series.link.title,
      eventId: series.link.eventId,
      automatic: series.automatic,
      ended: series.ended,
      ...(series.problem ? { problem: series.problem } : {}),
      ...(series.automaticNote ? { automaticNote: series.automaticNote } : {}),
    };
    if (next)
      state.nextMeeting = {
        start: next.start,
        end: next.end,
        title: next.title || series.link.title,
        cancelled: next.cancelled,
        ...(next.htmlLink ? { htmlLink: next.htmlLink } : {}),
      };
    if (series.occurrences.length > 0) state.cadence = cadence(series.occurrences, nowMs, today);
  }
  if (extras.status) state.status = extras.status;
  if (extras.notices && extras.notices.length > 0) state.notices = extras.notices;
  return state;
}
