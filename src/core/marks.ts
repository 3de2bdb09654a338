// What the Doc itself carries besides its sections: the link's identity and the ids of recent writes, as named ranges.
//
// Every user's trigger can read any linked Doc's content (documents.get) but only its own Doc's properties, so what
// a Doc *is* (linked or not, to which series, with which settings) lives in the Doc, where every run sees the same
// truth (docs/ARCHITECTURE.md, "Where the link's identity lives"). Both marks are named ranges over the whole body of
// the notes' tab: readers never see them, and a range that holds the body's last newline cannot lose all its text.
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { Request } from '../types/docs-api';
import { knownSeries, type Link } from './link';
import type { ParsedDoc } from './model';
import { SETTINGS_FIELDS, settingsFrom } from './settings';

export const LINK_MARK_PREFIX = '1on1-link:';
export const REQUEST_MARK_PREFIX = '1on1-req:';
/** Named ranges hold names of at most 256 UTF-16 units (docs/PLATFORM.md, Docs API). */
const MAX_NAME = 256;

/** The link as the Doc states it. `gen` changes with every link or unlink, never with a setting or a followed split. */
export interface LinkIdentity {
  gen: string;
  /** Unlinked for both people. */
  unlinked?: boolean;
  /** The series' iCalUID; absent when it would not fit in the name (then no run can follow a relink on its own). */
  series?: string;
  settings?: Settings;
  /**
   * The tab the mark was laid in: a person who duplicates the notes' tab copies its named ranges too, and a mark that
   * names another tab than the one holding it is such a copy, so the notes are found where the link was made.
   */
  tab?: string;
}

/** Percent-encoded; a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD rather than stopping a write. */
const encode = (value: string | number) =>
  encodeURIComponent(
    String(value).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/** The mark's name: `1on1-link:` and `key=value` pairs; the series goes last and is left out rather than cut. */
export function linkMarkName(identity: LinkIdentity): string {
  const pairs = [`v=1`, `g=${encode(identity.gen)}`];
  if (identity.tab) pairs.push(`t=${encode(identity.tab)}`);
  if (identity.unlinked) pairs.push('unlinked=1');
  for (const field of SETTINGS_FIELDS)
    if (identity.settings && !identity.unlinked) pairs.push(`${field}=${encode(identity.settings[field])}`);
  const name = `${LINK_MARK_PREFIX}${pairs.join('&')}`;
  const series = identity.series && !identity.unlinked ? `&s=${encode(identity.series)}` : '';
  return name.length + series.length <= MAX_NAME ? name + series : name;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Settings a mark laid before they existed does not state: such a Doc was written with their default (English, for
 * the language of the notes), which is how it reads on.
 */
const LATER_FIELDS: readonly (keyof Settings)[] = ['notesLanguage'];

/** A mark's name read back; undefined for anything that is not one of this version's (edited, garbled, hostile). */
export function readLinkMark(name: string): LinkIdentity | undefined {
  if (!name.startsWith(LINK_MARK_PREFIX)) return undefined;
  const fields: Record<string, string> = Object.create(null);
  for (const pair of name.slice(LINK_MARK_PREFIX.length).split('&')) {
    const at = pair.indexOf('=');
    const value = at > 0 ? decode(pair.slice(at + 1)) : undefined;
    if (value === undefined) return undefined;
    fields[pair.slice(0, at)] = value;
  }
  const gen = fields.g;
  if (fields.v !== '1' || !gen || !/^[0-9a-z]{4,32}$/.test(gen)) return undefined;
  const tab = fields.t ? { tab: fields.t } : {};
  if (fields.unlinked === '1') return { gen, unlinked: true, ...tab };
  const stored: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = fields[field];
    if (value !== undefined) stored[field] = typeof DEFAULT_SETTINGS[field] === 'number' ? Number(value) : value;
  }
  const { settings, problems } = settingsFrom(stored);
  const complete = SETTINGS_FIELDS.every((field) => stored[field] !== undefined || LATER_FIELDS.includes(field));
  return {
    gen,
    ...tab,
    ...(fields.s ? { series: fields.s } : {}),
    ...(problems.length === 0 && complete ? { settings } : {}),
  };
}

/** What the Doc says about its link: nothing (never linked by this version, or its mark deleted), one link, or two that disagree. */
export type DocLink =
  | { kind: 'none' }
  | { kind: 'one'; identity: LinkIdentity }
  | { kind: 'unreadable' }
  | { kind: 'ambiguous' };

export function docLink(parsed: Pick<ParsedDoc, 'marks'>): DocLink {
  const names = [...new Set((parsed.marks ?? []).filter((n) => n.startsWith(LINK_MARK_PREFIX)))];
  if (names.length === 0) return { kind: 'none' };
  if (names.length > 1) return { kind: 'ambiguous' };
  const identity = readLinkMark(names[0]!);
  return identity ? { kind: 'one', identity } : { kind: 'unreadable' };
}

/**
 * A user's copy of the link held against the Doc's own:
 * - `same`: the Doc states this copy's link (or, for a copy made before links had a `gen`, its series);
 * - `unmarked`: the Doc states nothing: linked before this version, or its mark removed by hand; the copy stands;
 * - `unlinked`: someone unlinked it for both;
 * - `relinked`: linked again, to another series or anew; or a split the other person's run followed (same `gen`,
 *   a series the copy does not know);
 * - `unclear`: a mark that cannot be read, or two: nothing is written until a sidebar opened in the Doc sets it right.
 */
export type CopyVerdict = 'same' | 'unmarked' | 'unlinked' | 'relinked' | 'unclear';

export function judgeCopy(doc: DocLink, copy: Link): CopyVerdict {
  if (doc.kind === 'none') return 'unmarked';
  if (doc.kind !== 'one') return 'unclear';
  const { identity } = doc;
  if (identity.unlinked) return 'unlinked';
  const known = knownSeries(copy);
  const seriesKnown = identity.series === undefined || known.includes(identity.series);
  if (copy.gen === undefined) return identity.series === copy.iCalUID ? 'same' : 'relinked';
  if (identity.gen !== copy.gen) return 'relinked';
  return seriesKnown ? 'same' : 'relinked';
}

/** A fresh `gen`: random, so two links made at the same moment by two people still differ. */
export function newGen(random: () => number = Math.random): string {
  let gen = '';
  while (gen.length < 10) gen += Math.floor(random() * 36).toString(36);
  return gen;
}

/** The notes' body, where the marks go: all of it, the last newline included. */
function bodyRange(parsed: ParsedDoc) {
  const range = { startIndex: 1, endIndex: Math.max(2, parsed.bodyEndIndex) };
  return parsed.tabId ? { ...range, tabId: parsed.tabId } : range;
}

/** Deletes a mark by name in the notes' tab only: a copy of it in a tab a person duplicated is theirs to keep. */
function deleteMark(parsed: ParsedDoc, name: string): Request {
  return { deleteNamedRange: { name, ...(parsed.tabId ? { tabsCriteria: { tabIds: [parsed.tabId] } } : {}) } };
}

/** The name of the mark stating `identity` laid in the notes' tab as read. */
export function laidMarkName(parsed: Pick<ParsedDoc, 'tabId'>, identity: LinkIdentity): string {
  const { tab: _laidBefore, ...rest } = identity;
  return linkMarkName(parsed.tabId ? { ...rest, tab: parsed.tabId } : rest);
}

/** Whether a link mark of this name, found in the tab `tabId`, was laid there (not copied with a duplicated tab). */
export function markLaidIn(name: string, tabId: string | undefined): boolean {
  const identity = readLinkMark(name);
  return identity !== undefined && (identity.tab === undefined || identity.tab === tabId);
}

/**
 * Requests that make the Doc state `identity`: every link mark it holds goes, by name, and the new one is laid over
 * the notes' body, naming its tab. Put first in a batch, its indexes are the ones read, and what the batch then
 * inserts grows it.
 */
export function planLinkMark(parsed: ParsedDoc, identity: LinkIdentity): Request[] {
  const old = [...new Set((parsed.marks ?? []).filter((n) => n.startsWith(LINK_MARK_PREFIX)))];
  const name = laidMarkName(parsed, identity);
  if (old.length === 1 && old[0] === name) return [];
  return [...old.map((n) => deleteMark(parsed, n)), { createNamedRange: { name, range: bodyRange(parsed) } }];
}

/**
 * What the open Doc's mark must say, from its own properties, which the sidebar's calls write first and which are the
 * truth inside that Doc: its link (the `gen` a link made before marks had is given one), or unlinked for both since
 * `unlinkedAt`; nothing when neither (a Doc never linked, or a copy of another). The mark is repaired to match.
 */
export function expectedIdentity(shared: {
  link?: Link;
  settings: Settings;
  unlinkedAt?: string;
}): LinkIdentity | undefined {
  if (shared.link?.gen) return { gen: shared.link.gen, series: shared.link.iCalUID, settings: shared.settings };
  if (!shared.link && shared.unlinkedAt) {
    const at = Date.parse(shared.unlinkedAt);
    // A readable gen whatever the record holds: four or more of [0-9a-z] (readLinkMark), never from a bad date.
    const ms = Number.isFinite(at) && at > 0 ? at : 0;
    return { gen: `u${ms.toString(36).padStart(4, '0')}`, unlinked: true };
  }
  return undefined;
}

/** The requests that make the Doc's mark say `expected`, none when it does already (core/marks.ts, planLinkMark). */
export function planMarkRepair(parsed: ParsedDoc, expected: LinkIdentity | undefined): Request[] {
  return expected ? planLinkMark(parsed, expected) : [];
}

// ——— Request ids ———

/** A retry comes within minutes (the sidebar resends at once; a lost connection, when it is back): a day is ample. */
export const REQUEST_KEPT_MS = 24 * 3_600_000;

export function requestMarkName(requestId: string, atMs: number): string {
  return `${REQUEST_MARK_PREFIX}${requestId}@${Math.floor(atMs).toString(36)}`;
}

function readRequestMark(name: string): { id: string; atMs: number } | undefined {
  if (!name.startsWith(REQUEST_MARK_PREFIX)) return undefined;
  const rest = name.slice(REQUEST_MARK_PREFIX.length);
  const at = rest.lastIndexOf('@');
  const atMs = at > 0 ? Number.parseInt(rest.slice(at + 1), 36) : Number.NaN;
  return Number.isFinite(atMs) ? { id: rest.slice(0, at), atMs } : undefined;
}

/** Whether a write with this request id already reached the Doc. */
export function requestDone(parsed: Pick<ParsedDoc, 'marks'>, requestId: string): boolean {
  return (parsed.marks ?? []).some((n) => readRequestMark(n)?.id === requestId);
}

/**
 * The requests that record a write's id in the same batch as the write (so it is recorded exactly when the write
 * happens), and let go of the ids older than REQUEST_KEPT_MS: they are kept by age, whatever their number.
 */
export function planRequestMark(parsed: ParsedDoc, requestId: string, nowMs: number): Request[] {
  const expired = (parsed.marks ?? []).filter((n) => {
    const mark = readRequestMark(n);
    return mark !== undefined && nowMs - mark.atMs > REQUEST_KEPT_MS;
  });
  return [
    { createNamedRange: { name: requestMarkName(requestId, nowMs), range: bodyRange(parsed) } },
    ...[...new Set(expired)].map((n) => deleteMark(parsed, n)),
  ];
}
