// One batch for everything a run must write: follow moved and cancelled occurrences, and insert the due section.
import type { Message } from '../shared/messages';
import {
  DATE_FORMATS,
  type HeadingDateFormat,
  type NotesLanguageTag,
  type Settings,
  type TemplateName,
} from '../shared/settings';
import type { Request } from '../types/docs-api';
import { type ChipPeople, openItemsToCarry } from './carryOver';
import { addDays, daysBetween, formatSectionHeading } from './dates';
import type { DocEdit } from './edited';
import { isDayKey } from './keys';
import { LANGUAGES } from './languages';
import type { IsoDate, ParsedDoc, Section } from './model';
import type { Occurrence } from './occurrences';
import {
  planAddToSubsection,
  planAdoptSection,
  planInsertSection,
  planMarkCancelled,
  planRecordWrittenFor,
  planRedateHeading,
} from './plan';
import { chooseFormat } from './templates';

/**
 * The format and language the add-on wrote this heading in, if it still reads exactly so; a heading the user edited
 * is theirs. A heading keeps its language when the notes' language changes: it is re-dated in its own.
 */
export function headingAsWritten(
  section: Section,
): { format: HeadingDateFormat; language: NotesLanguageTag } | undefined {
  for (const { tag: language } of LANGUAGES)
    for (const format of DATE_FORMATS)
      if (section.headingText === formatSectionHeading(section.date, format, language)) return { format, language };
  return undefined;
}

export interface DocWork {
  /**
   * The occurrence whose section should exist; nothing is inserted when its key already has one. `preparedAfter`
   * (preparedAfter below): a section Prepare now added before the Doc was linked, dated after it, can be its own.
   */
  insert?: { date: IsoDate; key: string; preparedAfter?: IsoDate };
  /** The series' occurrences, to re-date moved sections and mark cancelled ones. */
  occurrences?: Occurrence[];
  agendaTopics?: string[];
  actionItems?: string[];
  /** The series' people (carryOver.ts, chipPeopleOf): a carried owner who is one of the pair is written as a person chip. */
  people?: ChipPeople;
}

export interface DocPlan {
  requests: Request[];
  inserted?: { headingText: string; agenda: string[] };
  redated: number;
  cancelled: number;
  /** Meetings Calendar moved whose heading a person changed (or holds more than text): their new dates, unwritten. */
  movedLeftAsWritten: IsoDate[];
  /** The heading of a section already in the Doc that became the occurrence's own, instead of a second one. */
  adopted?: string;
  /**
   * An adopted section dated another day than its meeting: the meeting's date, and the heading re-dated for it (none
   * when the heading is a person's own words, which stay).
   */
  adoptedFor?: { date: IsoDate; heading?: string };
  /** Why a queued line could not go into the adopted section: a suggestion holds every place for it. */
  notAdded?: Message;
  /** The template the inserted or adopted section was written with (a spent "First 1:1" gives the regular one). */
  template?: TemplateName;
  /** What the requests do to the Doc's model (core/edited.ts): the state after the write, without reading it again. */
  edits: DocEdit[];
}

/**
 * The day after which a section Prepare now added before the Doc was linked (a day's section) is taken for `due`'s
 * own: the series' last meeting held before it. With none held (a new series), one of the series' intervals before
 * it, so that the section of a meeting held before the series began is never taken for the next one's.
 */
export function preparedAfter(occurrences: readonly Occurrence[], due: Occurrence): IsoDate {
  const before = occurrences.filter((o) => o.startMs < due.startMs).sort((a, b) => b.startMs - a.startMs);
  const held = before.find((o) => !o.cancelled);
  if (held) return held.date;
  const after = occurrences.filter((o) => o.startMs > due.startMs).sort((a, b) => a.startMs - b.startMs);
  const neighbour = before[0] ?? after[0];
  return addDays(due.date, -(neighbour ? Math.abs(daysBetween(neighbour.date, due.date)) : 1));
}

/**
 * The section already in the Doc that becomes the occurrence's own, if any: one Prepare now added before the Doc was
 * linked on the occurrence's day; else a heading for that day someone typed, with no key; else the newest section
 * Prepare now added before linking since `preparedAfter` (the occurrence's day only, when not given). The first of
 * them in Doc order: another for the same day stays as it is, and so does an older day's.
 */
function adoptable(parsed: ParsedDoc, due: Due): Section | undefined {
  const { date, key } = due;
  const after = due.preparedAfter ?? addDays(date, -1);
  let prepared: Section | undefined;
  if (!isDayKey(key))
    for (const s of parsed.sections)
      if (s.key && isDayKey(s.key) && !s.cancelled && s.date > after && s.date <= date)
        if (!prepared || s.date > prepared.date) prepared = s;
  if (prepared?.date === date) return prepared;
  return parsed.sections.find((s) => !s.key && s.date === date && !s.cancelled) ?? prepared;
}

/**
 * The date a heading was written for: its record when the add-on wrote one; else, for a heading written before
 * the record existed, its own date while it still reads exactly as the add-on wrote it.
 */
function writtenFor(section: Section): IsoDate | undefined {
  return section.writtenFor?.date ?? (headingAsWritten(section) ? section.date : undefined);
}

interface Part {
  /** Where in the Doc the part writes: parts are applied from the end of the Doc backwards. */
  anchor: number;
  /** Among parts at one anchor, lower goes first. */
  order: number;
  requests: Request[];
}

/** What following Calendar's moves and cancellations writes, and how many headings it changes or leaves. */
interface Followed {
  parts: Part[];
  redated: number;
  cancelled: number;
  movedLeftAsWritten: IsoDate[];
}

/** `language`: the notes', for a cancelled heading not in the add-on's own words (an own one is marked in its own). */
function followOccurrences(parsed: ParsedDoc, occurrences: Occurrence[], language: NotesLanguageTag): Followed {
  const followed: Followed = { parts: [], redated: 0, cancelled: 0, movedLeftAsWritten: [] };
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  for (const section of parsed.sections) {
    const occurrence = section.key ? byKey.get(section.key) : undefined;
    if (!occurrence) continue;
    if (occurrence.cancelled) {
      // " (cancelled)" goes at the heading's end: never inside someone's suggestion over it.
      if (section.headingSuggestions) continue;
      const requests = planMarkCancelled(section, parsed.tabId, headingAsWritten(section)?.language ?? language);
      if (requests.length > 0) {
        followed.parts.push({ anchor: section.heading.endIndex, order: 0, requests });
        followed.cancelled++;
      }
      continue;
    }
    // Only a move in Calendar since the heading was written re-dates it: a date a person fixed by hand stays.
    const wrote = writtenFor(section);
    if (section.cancelled || wrote === undefined || occurrence.date === wrote) continue;
    const written = headingAsWritten(section);
    if (!written || section.headingHasMore || section.headingSuggestions) {
      followed.movedLeftAsWritten.push(occurrence.date);
      continue;
    }
    const heading = formatSectionHeading(occurrence.date, written.format, written.language);
    const requests = planRedateHeading(section, heading, occurrence.date, parsed.tabId);
    if (requests.length > 0) {
      followed.parts.push({ anchor: section.heading.startIndex, order: 0, requests });
      followed.redated++;
    }
  }
  return followed;
}

/** What writing the due occurrence's section adds to the plan: a new section, or one already there made its own. */
interface Written {
  parts: Part[];
  inserted?: DocPlan['inserted'];
  adopted?: string;
  adoptedFor?: DocPlan['adoptedFor'];
  notAdded?: Message;
  template?: TemplateName;
  edits: DocEdit[];
}

type Due = NonNullable<DocWork['insert']>;

/**
 * What a section for `due` is written from, apart from the lines queued for it: the template is chosen once here
 * (a one-off already used in the Doc, or "like our last section" with no section to copy, gives the regular one).
 */
function sectionInput(parsed: ParsedDoc, due: Due, settings: Settings, people?: ChipPeople) {
  const language = settings.notesLanguage;
  const { template, format } = chooseFormat(parsed, settings.template, due.date, language);
  return {
    parsed,
    date: due.date,
    key: due.key,
    position: settings.position,
    template,
    format,
    dateFormat: settings.dateFormat,
    language,
    carried: openItemsToCarry(parsed, due.date, people),
  };
}

/**
 * An adopted section dated before its meeting takes the meeting's date: only the date's characters of a heading that
 * still reads as the add-on wrote it. A heading a person changed keeps their words, and its record says which
 * meeting's date it now stands for, so that no later run takes the difference for a move (followOccurrences).
 */
function redateAdopted(parsed: ParsedDoc, existing: Section, due: Due): Pick<Written, 'parts' | 'adoptedFor'> {
  if (existing.date === due.date) return { parts: [] };
  const written = headingAsWritten(existing);
  const anchor = existing.heading.startIndex;
  if (written && !existing.headingHasMore && !existing.headingSuggestions) {
    const heading = formatSectionHeading(due.date, written.format, written.language);
    const requests = planRedateHeading(existing, heading, due.date, parsed.tabId);
    return { parts: [{ anchor, order: 0, requests }], adoptedFor: { date: due.date, heading } };
  }
  const requests = planRecordWrittenFor(existing, due.date, parsed.tabId);
  return { parts: [{ anchor, order: 0, requests }], adoptedFor: { date: due.date } };
}

function adoptSection(parsed: ParsedDoc, existing: Section, due: Due, work: DocWork, settings: Settings): Written {
  const has = (kind: string) => existing.subsections.some((sub) => sub.kind === kind);
  // Lines queued for a subsection the section already has go into it; the others come with the added subsections.
  // What it lacks is written as of its own date: a section prepared the day before carries what that day's would have.
  const input = {
    ...sectionInput(parsed, { ...due, date: existing.date }, settings, work.people),
    section: existing,
    agendaTopics: has('agenda') ? [] : (work.agendaTopics ?? []),
    ...(work.actionItems && !has('actions') ? { actionItems: work.actionItems } : {}),
  };
  const redated = redateAdopted(parsed, existing, due);
  const heading = redated.adoptedFor?.heading;
  const written: Written = {
    parts: [{ anchor: existing.span.endIndex, order: 1, requests: planAdoptSection(input) }, ...redated.parts],
    adopted: existing.headingText,
    ...(redated.adoptedFor ? { adoptedFor: redated.adoptedFor } : {}),
    template: input.template,
    edits: [
      {
        kind: 'adopted',
        sectionStart: existing.heading.startIndex,
        key: due.key,
        ...(heading ? { date: due.date, headingText: heading } : {}),
      },
    ],
  };
  // The lines that go in with the subsections the section lacked.
  const start = existing.heading.startIndex;
  for (const line of input.agendaTopics)
    written.edits.push({ kind: 'line', sectionStart: start, into: 'agenda', line });
  for (const line of input.actionItems ?? [])
    written.edits.push({ kind: 'line', sectionStart: start, into: 'actions', line });
  const queued: ['agenda' | 'actions', string[]][] = [
    ['agenda', has('agenda') ? (work.agendaTopics ?? []) : []],
    ['actions', has('actions') ? (work.actionItems ?? []) : []],
  ];
  for (const [kind, lines] of queued)
    for (const line of [...lines].reverse()) {
      const added = planAddToSubsection(parsed, existing, kind, line, settings.notesLanguage);
      if (added.blocked) written.notAdded = added.blocked;
      else written.edits.push({ kind: 'line', sectionStart: existing.heading.startIndex, into: kind, line });
      written.parts.push({ anchor: existing.heading.endIndex, order: 2, requests: added.requests });
    }
  return written;
}

function insertSection(parsed: ParsedDoc, due: Due, work: DocWork, settings: Settings): Written {
  const input = sectionInput(parsed, due, settings, work.people);
  const plan = planInsertSection({
    ...input,
    agendaTopics: work.agendaTopics ?? [],
    ...(work.actionItems ? { actionItems: work.actionItems } : {}),
  });
  const firstInsert = plan.requests[0]?.insertText?.location?.index ?? 0;
  const edit: DocEdit = {
    kind: 'section',
    at: firstInsert,
    date: due.date,
    key: due.key,
    headingText: plan.headingText,
    agenda: plan.agenda,
    carried: input.carried,
    actionLines: work.actionItems ?? [],
  };
  return {
    parts: [{ anchor: firstInsert, order: 1, requests: plan.requests }],
    inserted: { headingText: plan.headingText, agenda: plan.agenda },
    template: input.template,
    edits: [edit],
  };
}

/**
 * Each part is planned against the Doc as read. Applying them from the end of the Doc towards its start keeps
 * every part's indexes true, because each edit moves only what comes after it. At one index, a re-dated heading is
 * rewritten before the new section goes in above it.
 */
export function planDocWork(parsed: ParsedDoc, work: DocWork, settings: Settings): DocPlan {
  const followed = work.occurrences
    ? followOccurrences(parsed, work.occurrences, settings.notesLanguage)
    : { parts: [], redated: 0, cancelled: 0, movedLeftAsWritten: [] };
  const due = work.insert && !parsed.keys[work.insert.key] ? work.insert : undefined;
  const existing = due ? adoptable(parsed, due) : undefined;
  const written: Written = !due
    ? { parts: [], edits: [] }
    : existing
      ? adoptSection(parsed, existing, due, work, settings)
      : insertSection(parsed, due, work, settings);
  const parts = [...followed.parts, ...written.parts].sort((a, b) => b.anchor - a.anchor || a.order - b.order);
  return {
    requests: parts.flatMap((p) => p.requests),
    ...(written.inserted ? { inserted: written.inserted } : {}),
    redated: followed.redated,
    cancelled: followed.cancelled,
    movedLeftAsWritten: followed.movedLeftAsWritten,
    ...(written.adopted !== undefined ? { adopted: written.adopted } : {}),
    ...(written.adoptedFor ? { adoptedFor: written.adoptedFor } : {}),
    ...(written.notAdded !== undefined ? { notAdded: written.notAdded } : {}),
    ...(written.template ? { template: written.template } : {}),
    edits: written.edits,
  };
}
