// Carry-over: which open items a new section starts with and how each is written; every copy of an item, and which are done.
import type { NotesLanguageTag } from '../shared/settings';
import { formatFromDate } from './dates';
import { collapseWhitespace } from './itemId';
import { languageOf } from './languages';
import { type Link, pairOf } from './link';
import { OPEN_MARKER } from './markers';
import type { ActionItem, DateChip, IsoDate, Owner, ParsedDoc, Section } from './model';
import { ITEM_SEPARATOR } from './parse';
import { insertableLine } from './text';

/** An open item on its way into a new section's "Carried over". */
export interface CarriedItem {
  id: string;
  text: string;
  /** A person (with an email) is written as a person chip; a name, as "Name: " text. */
  owner?: Owner;
  due?: string;
  /** The due date's chip, when it was one: written as a date chip again. */
  dueChip?: DateChip;
  /** The date it was first written, kept through every carry. */
  from: IsoDate;
}

/** Someone the series invites, whose name a carried item's owner may be. */
export interface KnownPerson {
  email: string;
  name?: string;
}

/**
 * Whom carried owners are matched against, the same for every writer (Prepare now, either person's hourly run, a
 * topic that adds the section): the series' own people, never the Doc's editors, which a trigger cannot read.
 */
export interface ChipPeople {
  /** Everyone the series invites, its organiser included: a name two of them answer to is left as text. */
  invited: readonly KnownPerson[];
  /** Lower-cased: the only people written as person chips. */
  pair: readonly string[];
}

/**
 * The people of a linked series as carried owners are matched against them: a chip goes only to the two people of the
 * 1:1 (core/link.ts, pairOf); a series with more people has only its organiser, who is the same whoever writes. An
 * unlinked Doc has no series, so nobody.
 */
export function chipPeopleOf(link: Pick<Link, 'organizer' | 'attendees'> | undefined): ChipPeople {
  if (!link) return { invited: [], pair: [] };
  const organizer = link.organizer?.toLowerCase();
  const emails = [...new Set([...(organizer ? [organizer] : []), ...link.attendees.map((a) => a.toLowerCase())])];
  return { invited: emails.map((email) => ({ email })), pair: pairOf(link) ?? (organizer ? [organizer] : []) };
}

/** Every copy of every item, by id, in Doc order: ticking an item writes into all of them. */
export function itemsById(parsed: ParsedDoc): Map<string, ActionItem[]> {
  const byId = new Map<string, ActionItem[]>();
  for (const section of parsed.sections) {
    for (const item of section.items) {
      const copies = byId.get(item.id);
      if (copies) copies.push(item);
      else byId.set(item.id, [item]);
    }
  }
  return byId;
}

/** The ids of items done in any copy: an item ticked anywhere in the Doc is done everywhere. */
export function doneItemIds(parsed: ParsedDoc): Set<string> {
  const done = new Set<string>();
  for (const section of parsed.sections) for (const item of section.items) if (item.done) done.add(item.id);
  return done;
}

/** The ids of items dropped in any copy and done in none: given up on, so never carried again. */
export function droppedItemIds(parsed: ParsedDoc): Set<string> {
  const dropped = new Set<string>();
  for (const section of parsed.sections) for (const item of section.items) if (item.dropped) dropped.add(item.id);
  for (const id of doneItemIds(parsed)) dropped.delete(id);
  return dropped;
}

/**
 * How many meetings an item has been carried into: the sections after the one it was first written in that hold a
 * copy of it, counted by date (two copies on one day are one meeting). Read from the copies, so nothing is written.
 */
export function timesCarried(copies: readonly ActionItem[]): number {
  const dates = new Set<IsoDate>();
  for (const copy of copies) if (copy.sectionDate > copy.from) dates.add(copy.sectionDate);
  return dates.size;
}

/**
 * The sections carry-over copies from: those of the newest date before newDate (by date, not position; two
 * headings of one day both count). A cancelled section with no items is stepped over: it was typed by hand and
 * never received the items, and taking it would drop every open item before it.
 */
export function carrySourceSections(parsed: ParsedDoc, newDate: IsoDate): Section[] {
  const byDate = new Map<IsoDate, Section[]>();
  for (const section of parsed.sections) {
    if (section.date >= newDate) continue;
    const group = byDate.get(section.date);
    if (group) group.push(section);
    else byDate.set(section.date, [section]);
  }
  const dates = [...byDate.keys()].sort().reverse();
  for (const date of dates) {
    const group = byDate.get(date)!;
    if (group.every((s) => s.cancelled && s.items.length === 0)) continue;
    return group;
  }
  return [];
}

const NOBODY: ChipPeople = { invited: [], pair: [] };

/**
 * Every open item of the newest section dated before newDate, once per id, in Doc order. An item counts as done
 * when any copy of it anywhere in the Doc is done, so an item ticked in an older copy is not carried again; one
 * dropped in any copy is not carried either.
 */
export function openItemsToCarry(parsed: ParsedDoc, newDate: IsoDate, people: ChipPeople = NOBODY): CarriedItem[] {
  const sources = carrySourceSections(parsed, newDate);
  if (sources.length === 0) return [];
  const doneIds = doneItemIds(parsed);
  const droppedIds = droppedItemIds(parsed);
  const seen = new Set<string>();
  const out: CarriedItem[] = [];
  for (const section of sources) {
    for (const item of section.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      if (doneIds.has(item.id) || droppedIds.has(item.id)) continue;
      const carried: CarriedItem = { id: item.id, text: item.text, from: item.from };
      if (item.owner) carried.owner = asPerson(item.owner, people);
      if (item.due !== undefined) carried.due = item.due;
      if (item.dueChip) carried.dueChip = item.dueChip;
      out.push(carried);
    }
  }
  return out;
}

/** One line of text: whitespace collapsed, so nothing written can split the paragraph. */
function oneLine(text: string): string {
  return collapseWhitespace(text);
}

/** An address the Docs API can link a person chip to (docs/PLATFORM.md, Docs API, chips). */
const CHIP_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** "ana.silva@example.com": the ways a person's name may be typed before a colon ("Ana", "Ana Silva", "ana silva"). */
function namesOf(person: KnownPerson): string[] {
  const local = person.email.split('@')[0] ?? '';
  const names = [local.split(/[._+-]/)[0] ?? '', local.replace(/[._+-]+/g, ' ')];
  if (person.name) names.push(person.name, person.name.split(' ')[0] ?? '');
  return names.map((n) => oneLine(n).toLowerCase()).filter(Boolean);
}

/**
 * The owner as it is carried: a name that is one of the pair's (and no one else's the series invites) becomes that
 * person, written as a person chip that shows the same name, so the copy keeps its id (core/itemId.ts hashes the
 * name). A person chip stays one; anything else stays the name it was.
 */
export function asPerson(owner: Owner, people: ChipPeople): Owner {
  if (owner.kind === 'person') return owner;
  const wanted = oneLine(owner.name).toLowerCase();
  const matches = people.invited.filter((p) => namesOf(p).includes(wanted));
  const emails = new Set(matches.map((p) => p.email.toLowerCase()));
  const email = emails.size === 1 ? [...emails][0]! : undefined;
  if (!email || !CHIP_EMAIL.test(email) || !people.pair.includes(email)) return owner;
  return { kind: 'person', name: owner.name, email };
}

/** A chip in a carried line, at an offset into the line's text (which leaves the chips out). */
export type LineChip =
  | { offset: number; person: { email: string; name?: string } }
  | { offset: number; date: DateChip };

/** A line to write: its text without the chips, and each chip with where it goes, in order. */
export interface ChippedLine {
  text: string;
  chips: LineChip[];
}

/** The date chip formats insertDate accepts (docs-api.ts, DateFormat); the heading formats are settings' own. */
const CHIP_DATE_FORMATS = new Set([
  'DATE_FORMAT_MONTH_DAY_ABBREVIATED',
  'DATE_FORMAT_MONTH_DAY_FULL',
  'DATE_FORMAT_MONTH_DAY_YEAR_ABBREVIATED',
  'DATE_FORMAT_ISO8601',
]);
const TIME_FORMATS = new Set(['TIME_FORMAT_DISABLED', 'TIME_FORMAT_HOUR_MINUTE', 'TIME_FORMAT_HOUR_MINUTE_TIMEZONE']);

/** The chip's properties that insertDate takes: an output-only or unknown format is left to its default. */
function insertableDate(chip: DateChip): DateChip {
  const out: DateChip = { timestamp: chip.timestamp };
  if (chip.timeZoneId) out.timeZoneId = chip.timeZoneId;
  if (chip.locale) out.locale = chip.locale;
  if (chip.dateFormat && CHIP_DATE_FORMATS.has(chip.dateFormat)) out.dateFormat = chip.dateFormat;
  if (chip.timeFormat && TIME_FORMATS.has(chip.timeFormat)) out.timeFormat = chip.timeFormat;
  return out;
}

/** What a line says, in writing order: text, and the chips that stand for the owner and the due date. */
type Segment = string | { person: { email: string; name?: string }; shown: string } | { date: DateChip; shown: string };

/** What an item's line says: its text, owner, due date (a chip's too) and the date it was first written. */
type LineItem = { text: string; owner?: Owner | string; due?: string; dueChip?: DateChip; from?: IsoDate };

/**
 * `☐ Ana: draft the plan · due Nov 30 · from Nov 16`, `☐ Ana: den Plan entwerfen · fällig 30. Nov. · seit 16. Nov.`:
 * the owner, the text, then the add-on's own groups, each after " · ", in the notes' language. `from` is left out
 * for an item written for the first time. Every piece is one line of insertable text, and "·" and parentheses are
 * taken out of the due date so that it stays one group.
 */
function lineSegments(item: LineItem, relativeTo: IsoDate, tag?: NotesLanguageTag): Segment[] {
  const words = languageOf(tag).write;
  const owner = typeof item.owner === 'string' ? { kind: 'name' as const, name: item.owner } : item.owner;
  const ownerName = insertableLine(oneLine(owner?.name ?? ''));
  const out: Segment[] = [`${OPEN_MARKER} `];
  if (owner?.kind === 'person' && owner.email && CHIP_EMAIL.test(owner.email)) {
    const named = ownerName && ownerName !== owner.email;
    out.push({ person: named ? { email: owner.email, name: ownerName } : { email: owner.email }, shown: ownerName });
    out.push(words.owner);
  } else if (ownerName) out.push(`${ownerName}${words.owner}`);
  out.push(insertableLine(oneLine(item.text)));
  const due = item.due === undefined ? '' : insertableLine(oneLine(item.due.replace(/[()·]/g, ' ')));
  const [beforeDue, afterDue] = words.due.split('{}') as [string, string];
  if (item.dueChip)
    out.push(`${ITEM_SEPARATOR}${beforeDue}`, { date: insertableDate(item.dueChip), shown: due }, afterDue);
  else if (due) out.push(`${ITEM_SEPARATOR}${beforeDue}${due}${afterDue}`);
  if (item.from) out.push(ITEM_SEPARATOR + words.from.replace('{}', formatFromDate(item.from, relativeTo, tag)));
  return out;
}

/**
 * The text of an action item's paragraph (without its newline), chips written as the text they show:
 * `☐ Ana: draft the plan · due Dec 1 · from Nov 9`. What a new item from the sidebar reads as, and what parseDoc
 * reads back from a carried line.
 */
export function formatItemLine(item: LineItem, relativeTo: IsoDate, tag?: NotesLanguageTag): string {
  return lineSegments(item, relativeTo, tag)
    .map((s) => (typeof s === 'string' ? s : s.shown))
    .join('');
}

/** The paragraph text of a carried item in the section dated relativeTo, chips as text; parseDoc reads back the same id. */
export function formatCarriedItem(item: CarriedItem, relativeTo: IsoDate, tag?: NotesLanguageTag): string {
  return formatItemLine(item, relativeTo, tag);
}

/**
 * A carried item as it is written: its text with the owner as a person chip and the due date as a date chip where
 * they are ones. Each chip is one index (docs/PLATFORM.md, Docs API); the text leaves them out.
 */
export function carriedLine(item: CarriedItem, relativeTo: IsoDate, tag?: NotesLanguageTag): ChippedLine {
  let text = '';
  const chips: LineChip[] = [];
  for (const s of lineSegments(item, relativeTo, tag)) {
    if (typeof s === 'string') text += s;
    else if ('person' in s) chips.push({ offset: text.length, person: s.person });
    else chips.push({ offset: text.length, date: s.date });
  }
  return { text, chips };
}
