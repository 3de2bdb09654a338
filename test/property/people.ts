// What people do to a kept 1:1 Doc between the add-on's runs: type into headings (its own too), strike part of an
// item, drag the tabs into another order, add a tab at the front. Applied to a Doc in the Docs engine.
import fc from 'fast-check';
import type { DocsEngine } from '../../dev/docsEngine';
import type { Document, Tab } from '../../src/types/docs-api';
import { orderTabs, WORDS } from '../support/arbitraries';
import { bodyContent, bodyUnits, parse, tabsOf } from './oracles';

export type PersonEdit =
  | { kind: 'typeHeading'; pick: number; at: number; words: string[] }
  | { kind: 'strikePart'; pick: number; at: number; len: number }
  | { kind: 'reorderTabs'; order: number[] }
  | { kind: 'addTab'; copy: boolean };

export const personEditArb: fc.Arbitrary<PersonEdit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('typeHeading' as const),
      pick: fc.nat(),
      at: fc.nat(),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('strikePart' as const), pick: fc.nat(), at: fc.nat(), len: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reorderTabs' as const),
      order: fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addTab' as const), copy: fc.boolean() }) },
);

/** A person's edit, with where they did it; undefined when there was nothing to do it to. */
export type Done = { kind: PersonEdit['kind']; typed?: string } | undefined;

const isLowSurrogateAt = (text: string, i: number) => {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
};

/**
 * The Doc after a person dragged its tabs into another order, or added one at the front: the next of `spares` not in
 * the Doc yet, or (when asked, or when none is left) a copy of the notes' tab as it is now ("Duplicate tab").
 */
export function withTabEdit(
  doc: Document,
  notesTabId: string,
  spares: Tab[],
  edit: Extract<PersonEdit, { kind: 'reorderTabs' | 'addTab' }>,
): Document {
  if (edit.kind === 'reorderTabs') return { ...doc, tabs: orderTabs(doc.tabs ?? [], edit.order) };
  const taken = new Set(tabsOf(doc).map((t) => t.tabProperties?.tabId));
  let tab = edit.copy ? undefined : spares.find((t) => !taken.has(t.tabProperties?.tabId));
  if (!tab) {
    const notes = tabsOf(doc).find((t) => t.tabProperties?.tabId === notesTabId)!;
    let id = 't.copy1';
    for (let n = 2; taken.has(id); n++) id = `t.copy${n}`;
    // Named ranges and all, under a new tab id; its named ranges are new ones, with ids of their own (a named
    // range's id names one range in the Doc).
    const json = JSON.stringify({ ...notes, childTabs: [] })
      .split(`"tabId":"${notesTabId}"`)
      .join(`"tabId":"${id}"`)
      .split('"namedRangeId":"')
      .join(`"namedRangeId":"${id}.`);
    const copy = JSON.parse(json) as Tab;
    tab = { ...copy, tabProperties: { ...copy.tabProperties, tabId: id, title: 'Notes (copy)' } };
  }
  return { ...doc, tabs: orderTabs([tab, ...(doc.tabs ?? [])], []) };
}

/**
 * Applies one edit to the Doc `documentId` whose notes are in `notesTabId`; `spares` are tabs built with the Doc for
 * a person to add (taken from the front of the list). Returns what was done, and the text typed, if any.
 */
export function applyPersonEdit(
  docs: DocsEngine,
  documentId: string,
  notesTabId: string,
  spares: Tab[],
  edit: PersonEdit,
  /** Indexes of the notes' body a person does not type at (inside something typed before, which must stay whole). */
  avoid?: Set<number>,
  /** The Doc as the engine holds it, when the caller has just read it. */
  current?: Document,
): Done {
  const doc = current ?? docs.get(documentId, { includeTabsContent: true });
  switch (edit.kind) {
    case 'typeHeading': {
      const units = bodyUnits(doc, notesTabId);
      const at = new Map(units.map((u) => [u.index, u]));
      const headings = bodyContent(doc, notesTabId).filter((el) => {
        const style = el.paragraph?.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
        return style === 'TITLE' || style.startsWith('HEADING_');
      });
      if (headings.length === 0) return undefined;
      const heading = headings[edit.pick % headings.length]!;
      const start = heading.startIndex ?? 0;
      const end = (heading.endIndex ?? start + 1) - 1;
      const text = units
        .filter((u) => u.index >= start && u.index <= end)
        .map((u) => (u.key.length === 1 ? u.key : '\uFFFC'))
        .join('');
      // Anywhere up to the newline: not between the halves of a surrogate pair, nor inside someone's suggestion.
      const slots: number[] = [];
      for (let i = start; i <= end; i++) {
        if (isLowSurrogateAt(text, i - start) || avoid?.has(i)) continue;
        const left = at.get(i - 1)?.suggestions ?? '';
        const right = at.get(i)?.suggestions ?? '';
        if (left && right && left.split(',').some((id) => right.split(',').includes(id))) continue;
        slots.push(i);
      }
      if (slots.length === 0) return undefined;
      const index = slots[edit.at % slots.length]!;
      const typed = ` ${edit.words.join(' ')}`;
      docs.batchUpdate(
        { requests: [{ insertText: { text: typed, location: { index, tabId: notesTabId } } }] },
        documentId,
      );
      return { kind: edit.kind, typed };
    }
    case 'strikePart': {
      const items = parse(doc, notesTabId).sections.flatMap((s) => s.items);
      if (items.length === 0) return undefined;
      const item = items[edit.pick % items.length]!;
      const { startIndex: from, endIndex: to } = item.body;
      if (to - from < 2) return undefined;
      const units = new Map(bodyUnits(doc, notesTabId).map((u) => [u.index, u.kind === 'text' ? u.key : '\uFFFC']));
      const text = Array.from({ length: to - from + 1 }, (_, i) => units.get(from + i) ?? '\uFFFC').join('');
      // A part of it, never all of it, and never half of a surrogate pair.
      let a = from + (edit.at % (to - from));
      let b = a + 1 + (edit.len % (to - a));
      if (a === from && b === to) b--;
      if (isLowSurrogateAt(text, a - from)) a--;
      if (isLowSurrogateAt(text, b - from)) b++;
      if (b <= a || (a === from && b === to)) return undefined;
      docs.batchUpdate(
        {
          requests: [
            {
              updateTextStyle: {
                range: { startIndex: a, endIndex: b, tabId: notesTabId },
                textStyle: { strikethrough: true },
                fields: 'strikethrough',
              },
            },
          ],
        },
        documentId,
      );
      return { kind: edit.kind };
    }
    case 'reorderTabs':
    case 'addTab': {
      const { revisionId: _old, ...rest } = withTabEdit(doc, notesTabId, spares, edit);
      docs.put(rest);
      return { kind: edit.kind };
    }
  }
}
