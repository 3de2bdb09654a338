// What the property suites compare against: the Doc's text by index, text that must survive, and carry-over worked out independently.
import { keyFromNamedRangeName } from '../../src/core/keys';
import type { IsoDate, ParsedDoc, Span } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Document, DocumentTab, ParagraphElement, StructuralElement, Tab } from '../../src/types/docs-api';

/** A cheap assertion for inner loops (jest's expect costs more than the property itself). */
export function ensure(condition: boolean, what: string | (() => string)): asserts condition {
  if (!condition) throw new Error(`Expected: ${typeof what === 'string' ? what : what()}`);
}

/** The Doc read as the server reads it. */
export const parse = (doc: Document): ParsedDoc => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

/**
 * The tab the add-on reads when it remembers none: the one with the most of its named ranges, the first of equals,
 * and the first tab when none has any (worked out from the rule in README's words, not from parse.ts).
 */
export function notesTabOf(doc: Document): DocumentTab {
  const tabs: Tab[] = [];
  const walk = (list: Tab[] | undefined) => {
    for (const tab of list ?? []) {
      tabs.push(tab);
      walk(tab.childTabs);
    }
  };
  walk(doc.tabs);
  if (tabs.length === 0) return doc as DocumentTab;
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
export function bodyContent(doc: Document): StructuralElement[] {
  return notesTabOf(doc).body?.content ?? [];
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
export function indexedBody(doc: Document): { at: string[]; slice: (span: Span) => string } {
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
  walk(bodyContent(doc));
  return { at, slice: (span) => at.slice(span.startIndex, span.endIndex).join('') };
}

/**
 * The notes' tab's body as one string with one UTF-16 unit per index: text as it is, anything else (chips, images,
 * section break, table and cell starts) as \uFFFC. An offset in it is an index in the Doc.
 */
export function unitText(doc: Document): string {
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
  const content = bodyContent(doc);
  walk(content);
  const end = content[content.length - 1]?.endIndex ?? 1;
  for (let i = 0; i < end; i++) out[i] ??= '\uFFFC';
  return out.join('');
}

/** Where the add-on's named ranges end (their last index) in the notes' tab's body. */
function keyedEnds(doc: Document, only?: Set<string>): number[] {
  const tab = notesTabOf(doc);
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
export function docText(doc: Document, opts: { skipKeyedHeadings?: boolean; onlyKeys?: Set<string> } = {}): string {
  const ends = opts.skipKeyedHeadings ? keyedEnds(doc, opts.onlyKeys) : [];
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
  walk(bodyContent(doc));
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

/** The items under a section's "Carried over", as id → from. */
export function carriedIn(parsed: ParsedDoc, key: string): { ids: string[]; from: Map<string, string> } {
  const section = parsed.sections.find((s) => s.key === key);
  if (!section) throw new Error(`no section has the key ${key}`);
  const subs = section.subsections.filter((x) => x.kind === 'carried');
  const inCarried = section.items.filter((i) =>
    subs.some((x) => x.span.startIndex <= i.paragraph.startIndex && i.paragraph.endIndex <= x.span.endIndex),
  );
  return { ids: inCarried.map((i) => i.id), from: new Map(inCarried.map((i) => [i.id, i.from])) };
}

/** The add-on's named ranges of the notes' tab: key → how many ranges it has. */
export function keyRangeCounts(doc: Document): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of Object.values(notesTabOf(doc).namedRanges ?? {}))
    for (const range of group.namedRanges ?? []) {
      const key = keyFromNamedRangeName(range.name ?? '');
      if (key !== undefined) out.set(key, (out.get(key) ?? 0) + (range.ranges ?? []).length);
    }
  return out;
}
