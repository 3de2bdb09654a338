// Builds the sidebar's view of the Doc: last meeting's commitments, the upcoming agenda, the last run's status.
import { itemsById } from '../core/carryOver';
import type { IsoDate, ParsedDoc, Section } from '../core/model';
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

export function sidebarState(
  parsed: ParsedDoc,
  today: IsoDate,
  extras: { status?: RunStatus; notices?: string[] },
): SidebarState {
  const last = lastMeeting(parsed, today);
  return {
    linked: false,
    ...(last ? { lastMeetingDate: last.date } : {}),
    commitments: commitmentsOf(parsed, last),
    agenda: agendaOf(upcomingSection(parsed, today)),
    privateNotes: [],
    ...(extras.status ? { status: extras.status } : {}),
    ...(extras.notices && extras.notices.length > 0 ? { notices: extras.notices } : {}),
  };
}
