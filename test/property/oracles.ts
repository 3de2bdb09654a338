// What the property suites compare against: the Doc's text by index, text that must survive, and carry-over worked out independently.

import { formatSectionHeading } from '../../src/core/dates';
import { keyFromNamedRangeName } from '../../src/core/keys';
import type { IsoDate, ParsedDoc, Span } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { DATE_FORMATS, NOTES_LANGUAGE_OPTIONS } from '../../src/shared/settings';

const LANGUAGE_TAGS = NOTES_LANGUAGE_OPTIONS.map((o) => o.value);

import type {
  Document,
  DocumentTab,
  ParagraphElement,
  StructuralElement,
  Tab,
  TextStyle,
} from '../../src/types/docs-api';

/** A cheap assertion for inner loops (jest's expect costs more than the property itself). */
export function ensure(condition: boolean, what: string | (() => string)): asserts condition {
  if (!condition) throw new Error(`Expected: ${typeof what === 'string' ? what : what()}`);
}

/** The Doc read as the server reads it; `tabId`: the notes' tab it remembers, if any. */
export const parse = (doc: Document, tabId?: string): ParsedDoc =>
  parseDoc(doc, { promptLines: ALL_PROMPT_LINES, ...(tabId ? { tabId } : {}) });

/** Every tab, child tabs included, in tab-bar order. */
export function tabsOf(doc: Document): Tab[] {
  const tabs: Tab[] = [];
  const walk = (list: Tab[] | undefined) => {
    for (const tab of list ?? []) {
      tabs.push(tab);
      walk(tab.childTabs);
    }
  };
  walk(doc.tabs);
  return tabs;
}

/**
 * The tab the add-on reads: the one it remembers (`tabId`) when given; else, when it remembers none, the one with the
 * most of its named ranges, the first of equals, and the first tab when none has any (worked out from the rule in
 * README's words, not from parse.ts).
 */
export function notesTabOf(doc: Document, tabId?: string): DocumentTab {
  const tabs = tabsOf(doc);
  if (tabs.length === 0) return doc as DocumentTab;
  if (tabId) {
    const remembered = tabs.find((t) => t.tabProperties?.tabId === tabId);
    if (!remembered) throw new Error(`the Doc has no tab ${tabId}`);
    return remembered.documentTab ?? {};
  }
  const keysOf = (tab: Tab) =>
    Object.values(tab.documentTab?.namedRanges ?? {})
      .flatMap((group) => group.namedRanges ?? [])
      .filter((range) => (range.name ?? '').startsWith('1on1:')).length;
  let best = tabs[0]!;
  for (const tab of tabs) if (keysOf(tab) > keysOf(best)) best = tab;
  return best.documentTab ?? {};
}

/** The first tab: where a request without a tabId lands (Docs API, Location.tabId). */
export function firstTab(doc: Document): DocumentTab {
  return doc.tabs?.[0]?.documentTab ?? (doc as DocumentTab);
}

/** The notes' tab's body: what the add-on reads. */
export function bodyContent(doc: Document, tabId?: string): StructuralElement[] {
  return notesTabOf(doc, tabId).body?.content ?? [];
}

/** How a reader sees an element: a chip as its name, display text or title; images, breaks, footnote marks as nothing. */
function shown(el: ParagraphElement): string {
  if (el.textRun) return el.textRun.content ?? '';
  if (el.person) return el.person.personProperties?.name || el.person.personProperties?.email || '';
  if (el.dateElement) return el.dateElement.dateElementProperties?.displayText ?? '';
  if (el.richLink) return el.richLink.richLinkProperties?.title || el.richLink.richLinkProperties?.uri || '';
  return '';
}

/**
 * The notes' tab's body, one entry per index: a UTF-16 unit of text, a chip as what it shows, and '' for indexes
 * that hold no text (section break, table and cell starts, images). `slice` reads a span back.
 */
export function indexedBody(doc: Document, tabId?: string): { at: string[]; slice: (span: Span) => string } {
  const at: string[] = [];
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      const start = el.startIndex ?? 0;
      if (el.paragraph) {
        for (const part of el.paragraph.elements ?? []) {
          const s = part.startIndex ?? 0;
          if (part.textRun) {
            const text = part.textRun.content ?? '';
            for (let i = 0; i < text.length; i++) at[s + i] = text[i]!;
          } else {
            at[s] = shown(part);
            for (let i = s + 1; i < (part.endIndex ?? s + 1); i++) at[i] = '';
          }
        }
      } else if (el.table) {
        at[start] = '';
        for (const row of el.table.tableRows ?? []) {
          at[row.startIndex ?? 0] = '';
          for (const cell of row.tableCells ?? []) {
            at[cell.startIndex ?? 0] = '';
            walk(cell.content ?? []);
          }
        }
        at[(el.endIndex ?? 1) - 1] = '';
      } else {
        for (let i = start; i < (el.endIndex ?? start); i++) at[i] = '';
      }
    }
  };
  walk(bodyContent(doc, tabId));
  return { at, slice: (span) => at.slice(span.startIndex, span.endIndex).join('') };
}

/**
 * The notes' tab's body as one string with one UTF-16 unit per index: text as it is, anything else (chips, images,
 * section break, table and cell starts) as \uFFFC. An offset in it is an index in the Doc.
 */
export function unitText(doc: Document, tabId?: string): string {
  const out: string[] = [];
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      if (el.paragraph) {
        for (const part of el.paragraph.elements ?? []) {
          const s = part.startIndex ?? 0;
          const text = part.textRun?.content;
          if (text) for (let i = 0; i < text.length; i++) out[s + i] = text[i]!;
        }
      } else if (el.table) {
        for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content ?? []);
      }
    }
  };
  const content = bodyContent(doc, tabId);
  walk(content);
  const end = content[content.length - 1]?.endIndex ?? 1;
  for (let i = 0; i < end; i++) out[i] ??= '\uFFFC';
  return out.join('');
}

/** Where the add-on's named ranges end (their last index) in the notes' tab's body. */
function keyedEnds(doc: Document, tabId?: string, only?: Set<string>): number[] {
  const tab = notesTabOf(doc, tabId);
  const ends: number[] = [];
  for (const group of Object.values(tab.namedRanges ?? {}))
    for (const range of group.namedRanges ?? []) {
      const key = keyFromNamedRangeName(range.name ?? '');
      if (key !== undefined && (!only || only.has(key)))
        for (const r of range.ranges ?? []) if (!r.segmentId) ends.push((r.endIndex ?? 0) - 1);
    }
  return ends;
}

/**
 * Every paragraph of the notes' tab's body, table cells included, one line each; chips as \uFFFC. With
 * `skipKeyedHeadings`, the paragraphs that hold an add-on named range (its section headings, which a move may
 * legitimately re-date) are left out.
 */
export function docText(
  doc: Document,
  opts: { skipKeyedHeadings?: boolean; tabId?: string; onlyKeys?: Set<string> } = {},
): string {
  const ends = opts.skipKeyedHeadings ? keyedEnds(doc, opts.tabId, opts.onlyKeys) : [];
  const lines: string[] = [];
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      if (el.paragraph) {
        const s = el.startIndex ?? 0;
        const e = el.endIndex ?? s;
        if (ends.some((x) => s <= x && x < e)) continue;
        lines.push((el.paragraph.elements ?? []).map((p) => p.textRun?.content ?? '\uFFFC').join(''));
      } else if (el.table) {
        for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content ?? []);
      }
    }
  };
  walk(bodyContent(doc, opts.tabId));
  return lines.join('');
}

/** Markers as one symbol each: ticking and unticking swaps a marker (☑️ for ☐ too), which is the add-on's to do. */
export function maskMarkers(text: string): string {
  return text.replace(/\[[ xX]\]/g, '[~]').replace(/[☐☑✅✓✔]\uFE0F?/g, '☐');
}

/** The same, one unit for one unit, so that an offset in the masked text is still an index in the Doc. */
export function maskMarkersInPlace(text: string): string {
  return text.replace(/\[[ xX]\]/g, '[~]').replace(/[☐☑✅✓✔]/g, '☐');
}

/** True when every character of `before` survives in `after`, in order. */
export function keepsAllText(before: string, after: string): boolean {
  let i = 0;
  for (let j = 0; j < after.length && i < before.length; j++) if (before.charCodeAt(i) === after.charCodeAt(j)) i++;
  return i === before.length;
}

/**
 * Carry-over, worked out from the README rather than from carryOver.ts: the open items of the newest sections dated
 * before `date` (two sections of that day both count; a cancelled section with no items, typed by hand, is stepped
 * over), where an item counts as done when any copy of it anywhere is done. Item id → the date it was first written.
 */
export function expectedCarry(parsed: ParsedDoc, date: IsoDate): Map<string, string> {
  const done = new Set(parsed.sections.flatMap((s) => s.items.filter((i) => i.done).map((i) => i.id)));
  const earlier = parsed.sections.filter((s) => s.date < date);
  const dates = [...new Set(earlier.map((s) => s.date))].sort().reverse();
  for (const d of dates) {
    const group = earlier.filter((s) => s.date === d);
    if (group.every((s) => s.cancelled && s.items.length === 0)) continue;
    const out = new Map<string, string>();
    for (const s of group) for (const i of s.items) if (!done.has(i.id) && !out.has(i.id)) out.set(i.id, i.from);
    return out;
  }
  return new Map();
}

/**
 * The items carried into a section, as id → from: those under its "Carried over", or, in a section written "Like our
 * last section" whose format has none, those under its action items that some other section holds too.
 */
export function carriedIn(parsed: ParsedDoc, key: string): { ids: string[]; from: Map<string, string> } {
  const section = parsed.sections.find((s) => s.key === key);
  if (!section) throw new Error(`no section has the key ${key}`);
  const carried = section.subsections.filter((x) => x.kind === 'carried');
  const subs = carried.length > 0 ? carried : section.subsections.filter((x) => x.kind === 'actions');
  const elsewhere = new Set(parsed.sections.filter((s) => s !== section).flatMap((s) => s.items.map((i) => i.id)));
  const inCarried = section.items.filter(
    (i) =>
      subs.some((x) => x.span.startIndex <= i.paragraph.startIndex && i.paragraph.endIndex <= x.span.endIndex) &&
      (carried.length > 0 || elsewhere.has(i.id)),
  );
  return { ids: inCarried.map((i) => i.id), from: new Map(inCarried.map((i) => [i.id, i.from])) };
}

/** The add-on's named ranges of the notes' tab: key → how many ranges it has. */
export function keyRangeCounts(doc: Document, tabId?: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of Object.values(notesTabOf(doc, tabId).namedRanges ?? {}))
    for (const range of group.namedRanges ?? []) {
      const key = keyFromNamedRangeName(range.name ?? '');
      if (key !== undefined) out.set(key, (out.get(key) ?? 0) + (range.ranges ?? []).length);
    }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// What people wrote, index by index: characters, chips, images and footnote marks, their strikethrough, and the
// suggestions that hold them
// ---------------------------------------------------------------------------------------------------------------

/** One index of the notes' tab's body as a person sees it (tables' cells included; structural indexes left out). */
export interface Unit {
  /** The character, or a non-text element by kind and id ("\uFFFCfootnote:kix.fn3"), so that none passes for another. */
  key: string;
  kind: 'text' | 'chip' | 'object';
  strike: boolean;
  /** The suggestions holding it ("+id" an insertion, "-id" a deletion), joined; '' for none. */
  suggestions: string;
  index: number;
}

interface SuggestionFields {
  suggestedInsertionIds?: string[];
  suggestedDeletionIds?: string[];
}

const suggestionsOf = (x: SuggestionFields | undefined): string =>
  [...(x?.suggestedInsertionIds ?? []).map((id) => `+${id}`), ...(x?.suggestedDeletionIds ?? []).map((id) => `-${id}`)]
    .sort()
    .join(',');

function elementUnit(el: ParagraphElement): Pick<Unit, 'key' | 'kind'> & { body?: { textStyle?: TextStyle } } {
  if (el.person) return { key: `\uFFFCperson:${el.person.personId}`, kind: 'chip', body: el.person };
  if (el.dateElement) return { key: `\uFFFCdate:${el.dateElement.dateId}`, kind: 'chip', body: el.dateElement };
  if (el.richLink) return { key: `\uFFFClink:${el.richLink.richLinkId}`, kind: 'chip', body: el.richLink };
  if (el.inlineObjectElement)
    return {
      key: `\uFFFCimage:${el.inlineObjectElement.inlineObjectId}`,
      kind: 'object',
      body: el.inlineObjectElement,
    };
  if (el.footnoteReference)
    return { key: `\uFFFCfootnote:${el.footnoteReference.footnoteId}`, kind: 'object', body: el.footnoteReference };
  const kind = Object.keys(el).find((k) => k !== 'startIndex' && k !== 'endIndex') ?? '?';
  return { key: `\uFFFC${kind}`, kind: 'object', body: (el as Record<string, { textStyle?: TextStyle }>)[kind] };
}

/** The notes' tab's body, one unit per index that holds text, a chip or another inline element. */
export function bodyUnits(doc: Document, tabId?: string): Unit[] {
  const out: Unit[] = [];
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      if (el.paragraph) {
        for (const part of el.paragraph.elements ?? []) {
          const start = part.startIndex ?? 0;
          if (part.textRun) {
            const text = part.textRun.content ?? '';
            const strike = !!part.textRun.textStyle?.strikethrough;
            const suggestions = suggestionsOf(part.textRun as SuggestionFields);
            for (let i = 0; i < text.length; i++)
              out.push({ key: text[i]!, kind: 'text', strike, suggestions, index: start + i });
          } else {
            const { key, kind, body } = elementUnit(part);
            out.push({
              key,
              kind,
              strike: !!body?.textStyle?.strikethrough,
              suggestions: suggestionsOf(body as SuggestionFields),
              index: start,
            });
          }
        }
      } else if (el.table) {
        for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content ?? []);
      }
    }
  };
  walk(bodyContent(doc, tabId));
  return out;
}

/** Each suggestion's text (with strikethrough), in the pieces of adjacent indexes it is made of. */
export function suggestionBlocks(units: Unit[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let previous: Unit | undefined;
  for (const unit of units) {
    for (const id of unit.suggestions ? unit.suggestions.split(',') : []) {
      const blocks = out.get(id) ?? [];
      const adjacent = previous && previous.index + 1 === unit.index && previous.suggestions.split(',').includes(id);
      const text = `${unit.key}${unit.strike ? '\u0336' : ''}`;
      if (adjacent && blocks.length > 0) blocks[blocks.length - 1] += text;
      else blocks.push(text);
      out.set(id, blocks);
    }
    previous = unit;
  }
  return out;
}

const isBlank = (unit: Unit) => unit.kind === 'text' && /\s/.test(unit.key);

/** What may change in a call of the add-on besides insertions. */
export interface AddOnCall {
  /** A tick (or untick) of this item: its copies' markers may change, and their strikethrough where it is the add-on's. */
  tick?: { itemId: string; done: boolean };
  /** Calendar moves may be followed: a keyed heading holding only the add-on's own text may be re-dated. */
  redate?: boolean;
}

/**
 * Whether a call of the add-on kept everything people wrote (README, "Never loses your text"), from the Doc before
 * and after it; a sentence saying what went wrong, or undefined. In the notes' tab (`tabId`), every character, chip,
 * image and footnote mark is still there, in order, with its strikethrough and its suggestions, except:
 * - a tick's markers (the add-on's to toggle) and its strikethrough on a copy with no strike in it (a tick), or struck
 *   all over (an untick): a person's partial strike is theirs, through any tick and untick;
 * - with `redate`, a keyed heading whose text is still exactly what the add-on wrote (its record's date, else the date
 *   it reads, in one of the add-on's formats), made only of plain text with no suggestion in it.
 * Every suggestion keeps its text, its strikethrough and its pieces (nothing is written inside one), footnotes and
 * images are unchanged, and every other tab is exactly as it was.
 */
export function keptWhatPeopleWrote(
  before: Document,
  after: Document,
  tabId: string,
  call: AddOnCall = {},
  parsedBefore: ParsedDoc = parse(before, tabId),
): string | undefined {
  const tabsBefore = tabsOf(before);
  const tabsAfter = tabsOf(after);
  const ids = (tabs: Tab[]) => tabs.map((t) => t.tabProperties?.tabId).join();
  if (ids(tabsBefore) !== ids(tabsAfter)) return `the tabs are ${ids(tabsBefore)}, not ${ids(tabsAfter)}`;
  for (let i = 0; i < tabsBefore.length; i++) {
    const id = tabsBefore[i]!.tabProperties?.tabId;
    if (id === tabId) continue;
    if (JSON.stringify(tabsBefore[i]) !== JSON.stringify(tabsAfter[i])) return `the tab ${id} was written to`;
  }
  const notesBefore = notesTabOf(before, tabId);
  const notesAfter = notesTabOf(after, tabId);
  if (JSON.stringify(notesBefore.footnotes ?? {}) !== JSON.stringify(notesAfter.footnotes ?? {}))
    return 'the footnotes changed';
  if (JSON.stringify(notesBefore.inlineObjects ?? {}) !== JSON.stringify(notesAfter.inlineObjects ?? {}))
    return 'the images changed';

  const was = bodyUnits(before, tabId);
  const is = bodyUnits(after, tabId);
  const dropped = new Set<number>();
  const anyStrike = new Set<number>();
  const parsed = parsedBefore;
  const inSpan = (lo: number, hi: number) => was.filter((u) => lo <= u.index && u.index < hi);
  if (call.tick) {
    const copies = parsed.sections.flatMap((s) => s.items).filter((i) => i.id === call.tick!.itemId);
    for (const copy of copies) {
      if (copy.inSuggestion) continue;
      if (copy.marker)
        for (const u of inSpan(copy.marker.startIndex, copy.marker.startIndex + copy.marker.text.length))
          dropped.add(u.index);
      const body = inSpan(copy.body.startIndex, copy.body.endIndex);
      const read = body.filter((u) => u.kind !== 'object');
      const none = read.every((u) => !u.strike);
      const all = read.some((u) => !isBlank(u)) && read.every((u) => isBlank(u) || u.strike);
      if (call.tick.done ? none : all) for (const u of body) anyStrike.add(u.index);
    }
  }
  if (call.redate)
    for (const section of parsed.sections) {
      if (!section.key) continue;
      const heading = bodyContent(before, tabId).find((el) => el.startIndex === section.heading.startIndex);
      const elements = heading?.paragraph?.elements ?? [];
      // Its characters, that is: a suggestion over its newline alone (joining it to the next line) is outside them.
      const plain = elements.every(
        (el) => el.textRun && (el.textRun.content === '\n' || !suggestionsOf(el.textRun as SuggestionFields)),
      );
      const raw = elements.map((el) => el.textRun?.content ?? '').join('');
      const date = section.writtenFor?.date ?? section.date;
      // As the add-on wrote it, in whichever language it was written.
      const own = LANGUAGE_TAGS.some((tag) =>
        DATE_FORMATS.some((f) => raw === `${formatSectionHeading(date, f, tag)}\n`),
      );
      if (plain && own)
        for (const u of inSpan(section.heading.startIndex, section.heading.endIndex)) dropped.add(u.index);
    }

  let j = 0;
  for (const unit of was) {
    if (dropped.has(unit.index)) continue;
    // A newline's strikethrough shows nowhere: only the characters' does.
    const wild = anyStrike.has(unit.index) || unit.key === '\n';
    while (
      j < is.length &&
      !(is[j]!.key === unit.key && is[j]!.suggestions === unit.suggestions && (wild || is[j]!.strike === unit.strike))
    )
      j++;
    if (j === is.length) {
      const around = was
        .filter((u) => Math.abs(u.index - unit.index) <= 12)
        .map((u) => u.key)
        .join('');
      const same = is.find((u) => u.key === unit.key && u.suggestions === unit.suggestions);
      return `${JSON.stringify(unit.key)} at ${unit.index} (in ${JSON.stringify(around)}${unit.strike ? ', struck' : ''}${unit.suggestions ? `, in ${unit.suggestions}` : ''}) is lost or changed${same && !wild && same.strike !== unit.strike ? ' (its strikethrough changed)' : ''}`;
    }
    j++;
  }

  const blocksBefore = suggestionBlocks(was);
  const blocksAfter = suggestionBlocks(is);
  for (const [id, blocks] of blocksBefore) {
    const now = blocksAfter.get(id) ?? [];
    if (JSON.stringify(now) !== JSON.stringify(blocks))
      return `the suggestion ${id} was ${JSON.stringify(blocks)}, now ${JSON.stringify(now)}: written inside`;
  }
  for (const id of blocksAfter.keys()) if (!blocksBefore.has(id)) return `a new suggestion ${id} appeared`;
  return undefined;
}
