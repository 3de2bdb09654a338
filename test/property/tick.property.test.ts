// Property tests for ticking: planSetItemDone, applied by the Docs engine, toggles every copy of one item and changes nothing else.
import fc from 'fast-check';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { itemsById } from '../../src/core/carryOver';
import type { ActionItem } from '../../src/core/model';
import { planSetItemDone } from '../../src/core/plan';
import type { Document, ParagraphElement, StructuralElement } from '../../src/types/docs-api';
import { chaosDocArb, modelDocArb, propertyTest, reportCases } from '../support/arbitraries';
import { bodyContent, ensure, keepsAllText, maskMarkers, parse } from './oracles';

reportCases('tick.property');

/** JSON with the indexes taken out and object keys sorted: what an element is, wherever it sits. */
function shape(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'startIndex' || key === 'endIndex') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}

const withoutIndexes = (key: string, v: unknown) => (key === 'startIndex' || key === 'endIndex' ? undefined : v);

/** Whether two paragraphs are the same, indexes aside: as JSON first (cheap), else run by run and style by style. */
function sameParagraph(x: StructuralElement, y: StructuralElement): boolean {
  if (JSON.stringify(x.paragraph, withoutIndexes) === JSON.stringify(y.paragraph, withoutIndexes)) return true;
  return (
    runs(x.paragraph?.elements ?? []) === runs(y.paragraph?.elements ?? []) &&
    shape({ ...x.paragraph, elements: undefined }) === shape({ ...y.paragraph, elements: undefined })
  );
}

/** A paragraph's runs, adjacent runs of one style merged (the engine may split or join runs): text and style. */
function runs(elements: ParagraphElement[]): string {
  const out: [string, string][] = [];
  for (const el of elements) {
    const text = el.textRun ? (el.textRun.content ?? '') : `\uFFFC${shape({ ...el, textStyle: undefined })}`;
    const style = shape(el.textRun?.textStyle ?? el.person?.textStyle ?? el.dateElement?.textStyle ?? {});
    const last = out[out.length - 1];
    if (last && last[1] === style && el.textRun) last[0] += text;
    else out.push([text, style]);
  }
  return JSON.stringify(out);
}

function paragraphText(el: StructuralElement): string {
  return (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '\uFFFC').join('');
}

/** A copy's paragraph text without its marker, and without whitespace (a marker written before a tab takes it as its spacing). */
function withoutMarker(el: StructuralElement, copy: ActionItem): string {
  const text = paragraphText(el);
  if (!copy.marker) return text.replace(/\s+/g, '');
  const start = copy.marker.startIndex - copy.paragraph.startIndex;
  return (text.slice(0, start) + text.slice(start + copy.marker.text.length)).replace(/\s+/g, '');
}

function checkTick(doc: Document, pick: number, done: boolean): void {
  const docs = createDocsEngine();
  const id = docs.put(doc);
  // The Doc as stored is the Doc as built (put checks it is valid): no need to read it back.
  const before = doc;
  const parsed = parse(before);
  const byId = itemsById(parsed);
  const ids = [...byId.keys()];
  fc.pre(ids.length > 0);
  const itemId = ids[pick % ids.length]!;
  const copies = byId.get(itemId)!;
  const requests = planSetItemDone(copies, done, parsed.tabId);
  if (requests.length > 0) docs.batchUpdate({ requests }, id);
  const after = docs.get(id, { includeTabsContent: true });
  assertValidDocument(after);
  const reread = itemsById(parse(after));

  const now = reread.get(itemId) ?? [];
  ensure(now.length === copies.length, () => `all ${copies.length} copies still read as the item, not ${now.length}`);
  ensure(
    now.every((c) => c.done === done),
    () => `every copy is ${done ? 'ticked' : 'unticked'}: ${now.map((c) => c.done)}`,
  );
  ensure(!done || now.every((c) => c.marker), 'a ticked copy has a marker');
  for (const [other, was] of byId) {
    if (other === itemId) continue;
    const is = reread.get(other) ?? [];
    ensure(
      is.map((c) => c.done).join() === was.map((c) => c.done).join(),
      () => `item ${was[0]!.text} is untouched: ${was.map((c) => c.done)} → ${is.map((c) => c.done)}`,
    );
  }

  // Paragraph by paragraph: a copy differs at most in its marker; everything else is identical.
  const a = bodyContent(before);
  const b = bodyContent(after);
  ensure(a.length === b.length, 'no paragraph was added or removed');
  const copyAt = new Map(copies.map((c) => [c.paragraph.startIndex, c]));
  const nowAt = [...now].sort((x, y) => x.paragraph.startIndex - y.paragraph.startIndex);
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const copy = copyAt.get(x.startIndex ?? 0);
    if (copy) {
      const fresh = nowAt[k++]!;
      ensure(fresh.paragraph.startIndex === (y.startIndex ?? 0), 'copies stay in order');
      ensure(
        withoutMarker(x, copy) === withoutMarker(y, fresh) &&
          keepsAllText(maskMarkers(paragraphText(x)), maskMarkers(paragraphText(y))),
        () => `a copy's text changes only in its marker: ${paragraphText(x)} → ${paragraphText(y)}`,
      );
      ensure(
        shape(x.paragraph?.paragraphStyle) === shape(y.paragraph?.paragraphStyle) &&
          shape(x.paragraph?.bullet) === shape(y.paragraph?.bullet),
        'a copy keeps its paragraph style and bullet',
      );
    } else if (x.paragraph && y.paragraph) {
      ensure(sameParagraph(x, y), () => `paragraph ${JSON.stringify(paragraphText(x))} is unchanged, text and style`);
    } else {
      ensure(
        JSON.stringify(x, withoutIndexes) === JSON.stringify(y, withoutIndexes) || shape(x) === shape(y),
        'tables and section breaks are unchanged',
      );
    }
  }
}

describe('planSetItemDone', () => {
  propertyTest(
    'ticking or unticking an item writes every copy of it, and nothing else changes',
    () =>
      fc.property(
        fc.oneof({ weight: 3, arbitrary: modelDocArb().map((m) => m.doc) }, { weight: 1, arbitrary: chaosDocArb }),
        fc.nat(),
        fc.boolean(),
        checkTick,
      ),
    1200,
  );

  propertyTest(
    'ticking then unticking (or the reverse) leaves every copy as asked, the second time too',
    () =>
      fc.property(modelDocArb(), fc.nat(), fc.boolean(), ({ doc }, pick, done) => {
        const docs = createDocsEngine();
        const id = docs.put(doc);
        const parsed = parse(doc);
        const ids = [...itemsById(parsed).keys()];
        fc.pre(ids.length > 0);
        const itemId = ids[pick % ids.length]!;
        for (const want of [done, !done, done]) {
          const current = parse(docs.get(id, { includeTabsContent: true }));
          const requests = planSetItemDone(itemsById(current).get(itemId)!, want, current.tabId);
          if (requests.length > 0) docs.batchUpdate({ requests }, id);
          const copies = itemsById(parse(docs.get(id, { includeTabsContent: true }))).get(itemId) ?? [];
          ensure(copies.length > 0 && copies.every((c) => c.done === want), `every copy is ${want}`);
        }
      }),
    300,
  );
});
