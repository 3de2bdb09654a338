// Property tests for the Docs engine: random batches of valid edits apply and keep the Doc valid; one invalid request anywhere in a batch leaves the Doc and its revision untouched.
import fc from 'fast-check';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import type { Document, Request, StructuralElement } from '../../src/types/docs-api';
import { chaosDocArb, modelDocArb, noiseArb, propertyTest, reportCases } from '../support/arbitraries';
import { ensure, firstTab } from './oracles';

reportCases('engine.property');

interface Slot {
  start: number;
  end: number;
}

/** Every paragraph of the first tab's body, table cells included, and which code units are halves of a surrogate pair. */
function layout(doc: Document): { paragraphs: Slot[]; tables: number[]; units: Map<number, number>; end: number } {
  const paragraphs: Slot[] = [];
  const tables: number[] = [];
  const units = new Map<number, number>();
  const walk = (content: StructuralElement[]) => {
    for (const el of content) {
      if (el.paragraph) {
        paragraphs.push({ start: el.startIndex ?? 0, end: el.endIndex ?? 0 });
        for (const part of el.paragraph.elements ?? []) {
          const text = part.textRun?.content ?? '';
          for (let i = 0; i < text.length; i++) units.set((part.startIndex ?? 0) + i, text.charCodeAt(i));
        }
      } else if (el.table) {
        tables.push(el.startIndex ?? 0);
        for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content ?? []);
      }
    }
  };
  const content = firstTab(doc).body?.content ?? [];
  walk(content);
  return { paragraphs, tables, units, end: content[content.length - 1]?.endIndex ?? 1 };
}

const isHigh = (u: number | undefined) => u !== undefined && u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number | undefined) => u !== undefined && u >= 0xdc00 && u <= 0xdfff;

const opArb = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'style', 'paragraph', 'bullets', 'named'),
  paragraph: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  text: noiseArb.filter((t) => t.length > 0),
  flag: fc.boolean(),
});

const BAD_KINDS = [
  'index past the end',
  'index 0 (the section break)',
  'empty text',
  'delete past the end',
  'empty range',
  'no fields',
  'unknown request',
  'unimplemented request',
  'empty named range',
  'between a surrogate pair',
  'at a table start',
  'delete the final newline',
  'unknown field',
] as const;

type Op = { start: number; end: number; request: Request };

/** Resolves the random choices against the Doc: valid requests, each touching [start, end), most ranges within one paragraph. */
function resolve(doc: Document, raw: OpInput[]): Op[] {
  const { paragraphs, units } = layout(doc);
  if (paragraphs.length === 0) return [];
  // Indexes where text may go: inside a paragraph, up to its newline, never between the halves of a surrogate pair.
  const boundary = (i: number) => !(isHigh(units.get(i - 1)) && isLow(units.get(i)));
  const ops: Op[] = [];
  for (const r of raw) {
    const p = paragraphs[r.paragraph % paragraphs.length]!;
    const room = p.end - 1 - p.start; // the content, without the newline
    const at = p.start + (room > 0 ? r.a % (room + 1) : 0);
    const to = p.start + (room > 0 ? r.b % (room + 1) : 0);
    const [s, e] = at <= to ? [at, to] : [to, at];
    // A range may not split a character either.
    const whole = s < e && boundary(s) && boundary(e);
    switch (r.kind) {
      case 'insert':
        if (boundary(at))
          ops.push({ start: at, end: at, request: { insertText: { text: r.text, location: { index: at } } } });
        break;
      case 'delete':
        if (whole)
          ops.push({ start: s, end: e, request: { deleteContentRange: { range: { startIndex: s, endIndex: e } } } });
        break;
      case 'style':
        if (whole)
          ops.push({
            start: s,
            end: e,
            request: {
              updateTextStyle: {
                range: { startIndex: s, endIndex: e },
                textStyle: { bold: r.flag, strikethrough: !r.flag },
                fields: 'bold,strikethrough',
              },
            },
          });
        break;
      case 'paragraph':
        ops.push({
          start: p.start,
          end: p.end,
          request: {
            updateParagraphStyle: {
              range: { startIndex: p.start, endIndex: p.end },
              paragraphStyle: { namedStyleType: r.flag ? 'HEADING_2' : 'NORMAL_TEXT' },
              fields: 'namedStyleType',
            },
          },
        });
        break;
      case 'bullets':
        ops.push({
          start: p.start,
          end: p.end,
          request: r.flag
            ? {
                createParagraphBullets: {
                  range: { startIndex: p.start, endIndex: p.end },
                  bulletPreset: 'BULLET_CHECKBOX',
                },
              }
            : { deleteParagraphBullets: { range: { startIndex: p.start, endIndex: p.end } } },
        });
        break;
      case 'named':
        if (whole)
          ops.push({
            start: s,
            end: e,
            request: { createNamedRange: { name: `1on1:prop|${r.a % 3}`, range: { startIndex: s, endIndex: e } } },
          });
        break;
    }
  }
  // From the end of the Doc backwards, without overlaps: each request leaves the indexes of the ones after it true.
  ops.sort((x, y) => y.start - x.start || y.end - x.end);
  const kept: Op[] = [];
  for (const op of ops) {
    const last = kept[kept.length - 1];
    if (!last || op.end <= last.start) kept.push(op);
  }
  return kept;
}

type OpInput = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

/** A request that fails wherever it sits in the batch, or undefined when this Doc cannot have that kind. */
function badRequest(doc: Document, kind: (typeof BAD_KINDS)[number], pick: number): Op | undefined {
  const { tables, units, end } = layout(doc);
  const at = (start: number, request: Request): Op => ({ start, end: start, request });
  switch (kind) {
    case 'index past the end':
      return at(end, { insertText: { text: 'x', location: { index: end + 1000 + pick } } });
    case 'index 0 (the section break)':
      return at(0, { insertText: { text: 'x', location: { index: 0 } } });
    case 'empty text':
      return at(1, { insertText: { text: '', location: { index: 1 } } });
    case 'delete past the end':
      return at(end, { deleteContentRange: { range: { startIndex: 1, endIndex: end + 1000 + pick } } });
    case 'empty range':
      return at(1, {
        updateTextStyle: { range: { startIndex: 1, endIndex: 1 }, textStyle: { bold: true }, fields: 'bold' },
      });
    case 'no fields':
      return at(1, {
        updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true }, fields: '' },
      });
    case 'unknown request':
      return at(1, { frobnicate: {} } as unknown as Request);
    case 'unimplemented request':
      return at(1, { insertTable: { rows: 1, columns: 1, location: { index: 1 } } } as unknown as Request);
    case 'empty named range':
      return at(1, { createNamedRange: { name: 'x', range: { startIndex: 2, endIndex: 2 } } });
    case 'between a surrogate pair': {
      const splits = [...units.keys()].filter((i) => isLow(units.get(i)) && isHigh(units.get(i - 1)));
      if (splits.length === 0) return undefined;
      const i = splits[pick % splits.length]!;
      return at(i, { insertText: { text: '🚀', location: { index: i } } });
    }
    case 'at a table start': {
      if (tables.length === 0) return undefined;
      const i = tables[pick % tables.length]!;
      return at(i, { insertText: { text: 'x', location: { index: i } } });
    }
    case 'delete the final newline':
      // First in the batch: any insertion before it would move the final newline away from `end`.
      return at(end + 1, { deleteContentRange: { range: { startIndex: end - 2 > 0 ? end - 2 : 1, endIndex: end } } });
    case 'unknown field':
      return at(1, { insertText: { text: 'x', location: { index: 1 }, colour: 'red' } } as unknown as Request);
  }
}

const docArb = fc.oneof(
  modelDocArb().map((m) => m.doc),
  chaosDocArb,
);

describe('the Docs engine', () => {
  propertyTest(
    'a batch of valid edits applies and leaves a valid Doc with a new revision',
    () =>
      fc.property(docArb, fc.array(opArb, { minLength: 1, maxLength: 8 }), (doc, raw) => {
        const docs = createDocsEngine();
        const id = docs.put(doc);
        const ops = resolve(doc, raw);
        fc.pre(ops.length > 0);
        const revision = docs.revisionId(id);
        docs.batchUpdate({ requests: ops.map((o) => o.request) }, id);
        assertValidDocument(docs.get(id, { includeTabsContent: true }));
        ensure(docs.revisionId(id) !== revision, 'a write makes a new revision');
      }),
    800,
  );

  propertyTest(
    'a batch with one invalid request, anywhere in it, changes nothing: same Doc, same revision',
    () =>
      fc.property(
        docArb,
        fc.array(opArb, { maxLength: 6 }),
        fc.constantFrom(...BAD_KINDS),
        fc.nat(),
        (doc, raw, kind, pick) => {
          const docs = createDocsEngine();
          const id = docs.put(doc);
          const before = docs.get(id, { includeTabsContent: true });
          const bad = badRequest(before, kind, pick);
          fc.pre(bad !== undefined);
          // The bad request takes its place in the end-to-start order, so the requests before it leave it as bad.
          const ops = [...resolve(before, raw), bad].sort((x, y) => y.start - x.start || y.end - x.end);
          const revision = docs.revisionId(id);
          let threw = false;
          try {
            docs.batchUpdate({ requests: ops.map((o) => o.request) }, id);
          } catch {
            threw = true;
          }
          ensure(threw, () => `the batch with a request ${kind} is refused`);
          ensure(docs.revisionId(id) === revision, 'the revision is unchanged');
          ensure(
            JSON.stringify(docs.get(id, { includeTabsContent: true })) === JSON.stringify(before),
            'the Doc is unchanged',
          );
        },
      ),
    800,
  );
});
