// Sidebar edits in the open Doc: tick, untick or drop an item (every copy of it), keep it, add a topic or an action
// item to the upcoming section. Each write records its request id in the same batch, so a retry writes nothing more.
import { chipPeopleOf, itemsById, timesCarried } from '../core/carryOver';
import type { DocEdit } from '../core/edited';
import { planDocWork, preparedAfter } from '../core/follow';
import { dayKey } from '../core/keys';
import { type Book, MAX_KEPT } from '../core/link';
import type { ItemState } from '../core/markers';
import { docLink, expectedIdentity, judgeCopy, planMarkRepair, planRequestMark, requestDone } from '../core/marks';
import type { IsoDate, ParsedDoc, Section } from '../core/model';
import { nextOccurrence } from '../core/occurrences';
import { planAddToSubsection, planSetItemDone } from '../core/plan';
import { changeSince, type ItemChange, itemConflict, type Seen } from '../core/seen';
import { upcomingSection } from '../core/sidebarState';
import { UserError } from '../shared/errors';
import { type Message, said } from '../shared/messages';
import type { TemplateName } from '../shared/settings';
import type { Request } from '../types/docs-api';
import { withDocumentLock } from './environment';
import { readParsedDoc, writeDoc } from './prepare';
import type { Shared } from './records';
import type { Scope } from './scope';
import { keptSeries } from './state';

/** What a sidebar write left: the Doc as read, what it did to it, and whether a retry found it done already. */
export interface Edited {
  parsed: ParsedDoc;
  edits: DocEdit[];
  /** The template a section the write inserted or adopted was written with. */
  template?: TemplateName;
  /** This request id's write was already in the Doc: nothing was written, and the Doc as read holds it. */
  already?: boolean;
}

/** Where a write is made from: the Doc's own sidebar (its properties are the truth), or All my 1:1s (a copy). */
export interface Where {
  documentId: string;
  inThisDoc: boolean;
}

/** Written, or stopped before planning: the request's id was in the Doc already, or its mark says it was unlinked. */
type Written<T> =
  | (T & { parsed: ParsedDoc; wrote: boolean; stopped?: undefined })
  | { parsed: ParsedDoc; stopped: 'already' | 'unlinked' };

/**
 * Plans a sidebar write against the Doc as read, and adds what every such write carries: this request's id, in the
 * same batch (core/marks.ts), and, from inside the Doc, its mark set to match its properties. A Doc that holds the id
 * already gets nothing; so does one its mark says was unlinked, written from outside it.
 */
function sidebarWrite<T extends { requests: Request[]; edits: DocEdit[]; recordAnyway?: boolean }>(
  scope: Scope,
  shared: Shared,
  where: Where,
  plan: (parsed: ParsedDoc) => T,
): Written<T> {
  type Stop = { requests: Request[]; stopped: 'already' | 'unlinked' };
  const outcome = withDocumentLock(() =>
    writeDoc(
      where.documentId,
      shared.tabId,
      (parsed): T | Stop => {
        if (scope.requestId && requestDone(parsed, scope.requestId)) return { requests: [], stopped: 'already' };
        if (!where.inThisDoc && shared.link && judgeCopy(docLink(parsed), shared.link) === 'unlinked')
          return { requests: [], stopped: 'unlinked' };
        const planned = plan(parsed);
        if (planned.requests.length === 0 && !(planned.recordAnyway && scope.requestId)) return planned;
        const mark = scope.requestId ? planRequestMark(parsed, scope.requestId, scope.nowMs) : [];
        const repair = where.inThisDoc ? planMarkRepair(parsed, expectedIdentity(shared)) : [];
        return { ...planned, requests: [...repair, ...mark, ...planned.requests] };
      },
      shared.settings.notesLanguage,
    ),
  );
  return outcome as Written<T>;
}

/**
 * Ticks, unticks or drops every copy, if the item is as the sidebar saw it: else nothing is written and `change` says
 * what changed (`gone` when no item has that id any more: it was edited or removed in the Doc). `suggested` when
 * nothing was written because the copies lie under someone's suggestion. An item already as asked is recorded all
 * the same, so that this request, replayed after a later one, changes nothing.
 */
function setState(
  scope: Scope,
  where: Where,
  shared: Shared,
  item: { id: string; seen: Seen },
  state: ItemState,
): Edited & { change?: ItemChange; suggested: boolean; unlinked?: boolean } {
  const itemId = item.id;
  const result = sidebarWrite(scope, shared, where, (parsed) => {
    const copies = itemsById(parsed).get(itemId);
    const change = changeSince(item.seen, copies);
    if (change) return { requests: [], edits: [], change, suggested: false };
    const writable = copies?.filter((c) => !c.inSuggestion) ?? [];
    return {
      requests: copies ? planSetItemDone(copies, state, parsed.tabId) : [],
      // Nothing to change, but the id is still recorded: the batch is its mark alone.
      recordAnyway: writable.length > 0,
      edits: writable.length > 0 ? [{ kind: 'item', itemId, state } as DocEdit] : [],
      suggested: Boolean(copies?.some((c) => c.inSuggestion)),
    };
  });
  if (result.stopped)
    return {
      parsed: result.parsed,
      edits: [],
      ...(result.stopped === 'already' ? { already: true } : { unlinked: true }),
      suggested: false,
    };
  return {
    parsed: result.parsed,
    edits: result.wrote ? result.edits : [],
    ...(result.change ? { change: result.change } : {}),
    suggested: result.suggested && !result.wrote,
  };
}

/**
 * Ticks, unticks or drops an item from a Doc's sidebar or from All my 1:1s: one path, the Doc named by `where`, and
 * the sentence saying why nothing was written, worded for the view that asked.
 */
export function changeItem(
  scope: Scope,
  where: Where,
  shared: Shared,
  item: { id: string; seen: Seen },
  action: ItemState,
): Edited & { conflict?: Message; unlinked?: boolean } {
  const result = setState(scope, where, shared, item, action);
  const conflict = itemConflict(result);
  return { ...result, ...(conflict ? { conflict } : {}) };
}

/**
 * "Keep" for an item the sidebar asked about, if it is as the sidebar saw it: remembered in this user's record of
 * the Doc, at the number of times it has been carried, so that it is asked about again only once it is carried
 * again. Answers the Doc as read.
 */
export function keepItem(
  scope: Scope,
  book: Book,
  shared: Pick<Shared, 'tabId' | 'settings'>,
  item: { id: string; seen: Seen },
): Edited & { change?: ItemChange } {
  const parsed = readParsedDoc(scope.documentId(), shared.tabId, shared.settings.notesLanguage);
  const byId = itemsById(parsed);
  const copies = byId.get(item.id);
  const change = changeSince(item.seen, copies);
  if (copies && !change) {
    // Answers for items no longer in the Doc are let go; past MAX_KEPT, the oldest.
    const kept = (book.kept ?? []).filter(([id]) => id !== item.id && byId.has(id));
    book.kept = [...kept, [item.id, timesCarried(copies)] as [string, number]].slice(-MAX_KEPT);
  }
  return { parsed, edits: [], ...(change ? { change } : {}) };
}

/** The occurrence the sidebar's additions go to: the next meeting of the linked series, or today when unlinked. */
export interface Upcoming {
  date: IsoDate;
  key: string;
  linked: boolean;
  /** A section Prepare now added before the Doc was linked, dated after this, may be the meeting's (core/follow.ts). */
  preparedAfter?: IsoDate;
}

/**
 * The next meeting, from the series as this user's last Calendar read saw it (no Calendar call): its key, not its
 * date, names the section, so a meeting moved since is still the right one, and the hourly look re-dates it.
 */
export function upcomingOccurrence(scope: Scope, shared: Shared, book: Book, today: IsoDate): Upcoming {
  if (!shared.link) return { date: today, key: dayKey(today), linked: false };
  const { occurrences, earlier } = keptSeries(scope, book, shared.link);
  const next = nextOccurrence(occurrences, scope.nowMs);
  if (!next) throw new UserError(said('error.noUpcoming'));
  return {
    date: next.date,
    key: next.key,
    linked: true,
    preparedAfter: preparedAfter([...earlier, ...occurrences], next),
  };
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
  scope: Scope,
  shared: Shared,
  upcoming: Upcoming,
  kind: 'agenda' | 'actions',
  line: string,
): Edited {
  // A new section carries items: owners among these people are written as person chips.
  const people = chipPeopleOf(shared.link);
  const where = { documentId: scope.documentId(), inThisDoc: true };
  type Planned = { requests: Request[]; edits: DocEdit[]; notAdded?: Message; template?: TemplateName };
  const result = sidebarWrite(scope, shared, where, (parsed): Planned => {
    const section = targetSection(parsed, upcoming);
    if (!section) {
      const work = kind === 'agenda' ? { agendaTopics: [line] } : { actionItems: [line] };
      const { linked: _known, ...insert } = upcoming;
      return planDocWork(parsed, { insert, ...work, people }, shared.settings);
    }
    const added = planAddToSubsection(parsed, section, kind, line, shared.settings.notesLanguage);
    if (added.blocked) return { requests: [], edits: [], notAdded: added.blocked };
    const edit: DocEdit = { kind: 'line', sectionStart: section.heading.startIndex, into: kind, line };
    return { requests: added.requests, edits: [edit] };
  });
  if (result.stopped) return { parsed: result.parsed, edits: [], already: true };
  // Every place for the line is inside a suggestion (when a section someone began became this meeting's own, that
  // much was still written).
  if (result.notAdded) throw new UserError(result.notAdded);
  // Never report success for a line that went nowhere.
  if (!result.wrote) throw new UserError(said('error.sectionMissing'));
  return { parsed: result.parsed, edits: result.edits, ...(result.template ? { template: result.template } : {}) };
}
