// Sidebar edits: tick, untick, drop or keep an item (every copy of it), add a topic or an action item to the upcoming section.
import { itemsById, type KnownPerson, timesCarried } from '../core/carryOver';
import { planDocWork } from '../core/follow';
import { dayKey } from '../core/keys';
import type { Book } from '../core/link';
import type { ItemState } from '../core/markers';
import type { IsoDate, ParsedDoc, Section } from '../core/model';
import { nextOccurrence, type Occurrence } from '../core/occurrences';
import { planAddToSubsection, planSetItemDone } from '../core/plan';
import { upcomingSection } from '../core/sidebarState';
import { UserError } from '../shared/errors';
import type { Request } from '../types/docs-api';
import { rememberKept } from './kept';
import { readParsedDoc, writeDoc } from './prepare';
import type { Shared } from './properties';
import { fetchOccurrences } from './schedule';
import { knownPeople } from './sharing';

/**
 * Ticks, unticks or drops every copy; `missing` when no item has that id any more (it was edited or removed in the
 * Doc), `suggested` when nothing was written because the copies lie under someone's suggestion.
 */
export function setState(
  documentId: string,
  tabId: string | undefined,
  itemId: string,
  state: ItemState,
): { missing: boolean; suggested: boolean } {
  const result = writeDoc(documentId, tabId, (parsed) => {
    const copies = itemsById(parsed).get(itemId);
    return {
      requests: copies ? planSetItemDone(copies, state, parsed.tabId) : [],
      missing: !copies,
      suggested: Boolean(copies?.some((c) => c.inSuggestion)),
    };
  });
  return { missing: result.missing, suggested: result.suggested && !result.wrote };
}

/**
 * "Keep" for an item the sidebar asked about: remembered, for this user, at the number of times it has been carried,
 * so that it is asked about again only once it is carried again. Answers the Doc as read, to build the state from.
 */
export function keepItem(
  documentId: string,
  tabId: string | undefined,
  itemId: string,
): { parsed: ParsedDoc; missing: boolean } {
  const parsed = readParsedDoc(documentId, tabId);
  const byId = itemsById(parsed);
  const copies = byId.get(itemId);
  if (copies) rememberKept(documentId, itemId, timesCarried(copies), new Set(byId.keys()));
  return { parsed, missing: !copies };
}

/** The occurrence the sidebar's additions go to: the next meeting of the linked series, or today when unlinked. */
export interface Upcoming {
  date: IsoDate;
  key: string;
  linked: boolean;
  occurrences?: Occurrence[];
}

export function upcomingOccurrence(shared: Shared, book: Book, email: string, nowMs: number, today: IsoDate): Upcoming {
  if (!shared.link) return { date: today, key: dayKey(today), linked: false };
  const occurrences = fetchOccurrences(shared.link, book, email, nowMs);
  const next = nextOccurrence(occurrences, nowMs);
  if (!next) throw new UserError('There is no upcoming 1:1 in the calendar to add this to.');
  return { date: next.date, key: next.key, linked: true, occurrences };
}

function targetSection(parsed: ParsedDoc, upcoming: Upcoming): Section | undefined {
  const keyed = parsed.sections.find((s) => s.key === upcoming.key);
  if (keyed || upcoming.linked) return keyed;
  return upcomingSection(parsed, upcoming.date);
}

/**
 * Adds a line to the upcoming section's Agenda or Action items, creating the section (with carry-over, exactly
 * once, by its key) when it is not there yet.
 */
export function addLine(
  documentId: string,
  upcoming: Upcoming,
  shared: Shared,
  kind: 'agenda' | 'actions',
  line: string,
): { tabId?: string } {
  let people: KnownPerson[] | undefined;
  const result = writeDoc(documentId, shared.tabId, (parsed): { requests: Request[]; notAdded?: string } => {
    const section = targetSection(parsed, upcoming);
    if (!section) {
      const work = kind === 'agenda' ? { agendaTopics: [line] } : { actionItems: [line] };
      // A new section carries items: owners among these people are written as person chips.
      people ??= knownPeople(shared.link?.attendees ?? [], true);
      const insert = { date: upcoming.date, key: upcoming.key };
      return planDocWork(parsed, { insert, ...work, people }, shared.settings);
    }
    const added = planAddToSubsection(parsed, section, kind, line);
    return added.blocked ? { requests: [], notAdded: added.blocked } : added;
  });
  // Every place for the line is inside a suggestion (when a section someone began became this meeting's own, that
  // much was still written).
  if (result.notAdded) throw new UserError(`Nothing was added. ${result.notAdded}`);
  // Never report success for a line that went nowhere.
  if (!result.wrote)
    throw new UserError('The upcoming meeting’s section could not be found in the Doc, so nothing was added.');
  return { ...(result.parsed.tabId ? { tabId: result.parsed.tabId } : {}) };
}
