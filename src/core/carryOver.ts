// Carry-over: which open items a new section starts with and how each is written; every copy of an item, and which are done.
import { formatFromDate } from './dates';
import { collapseWhitespace } from './itemId';
import { OPEN_MARKER } from './markers';
import type { ActionItem, IsoDate, Owner, ParsedDoc, Section } from './model';

/** An open item on its way into a new section's "Carried over". */
export interface CarriedItem {
  id: string;
  text: string;
  owner?: Owner;
  due?: string;
  /** The date it was first written, kept through every carry. */
  from: IsoDate;
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

/**
 * Every open item of the newest section dated before newDate, once per id, in Doc order. An item counts as done
 * when any copy of it anywhere in the Doc is done, so an item ticked in an older copy is not carried again.
 */
export function openItemsToCarry(parsed: ParsedDoc, newDate: IsoDate): CarriedItem[] {
  const sources = carrySourceSections(parsed, newDate);
  if (sources.length === 0) return [];
  const doneIds = doneItemIds(parsed);
  const seen = new Set<string>();
  const out: CarriedItem[] = [];
  for (const section of sources) {
    for (const item of section.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      if (doneIds.has(item.id)) continue;
      const carried: CarriedItem = { id: item.id, text: item.text, from: item.from };
      if (item.owner) carried.owner = item.owner;
      if (item.due !== undefined) carried.due = item.due;
      out.push(carried);
    }
  }
  return out;
}

/** One line of text: whitespace collapsed, so nothing written can split the paragraph. */
function oneLine(text: string): string {
  return collapseWhitespace(text);
}

/**
 * The text of an action item's paragraph (without its newline): `☐ Ana: draft the plan (due Dec 1)  (from Nov 9)`.
 * The owner is written as "Name: " text, whatever it was (a chip cannot be inserted as text); `from` is left out
 * when not given, for an item written for the first time. Parentheses in `due` are dropped so that "(due …)"
 * stays one group.
 */
export function formatItemLine(
  item: { text: string; owner?: Owner | string; due?: string; from?: IsoDate },
  relativeTo: IsoDate,
): string {
  const ownerName = oneLine(typeof item.owner === 'string' ? item.owner : (item.owner?.name ?? ''));
  const due = item.due === undefined ? '' : oneLine(item.due.replace(/[()]/g, ' '));
  let line = `${OPEN_MARKER} ${ownerName ? `${ownerName}: ` : ''}${oneLine(item.text)}`;
  if (due) line += ` (due ${due})`;
  if (item.from) line += `  (from ${formatFromDate(item.from, relativeTo)})`;
  return line;
}

/** The paragraph text of a carried item in the section dated relativeTo; parseDoc reads back the same id. */
export function formatCarriedItem(item: CarriedItem, relativeTo: IsoDate): string {
  return formatItemLine(item, relativeTo);
}
