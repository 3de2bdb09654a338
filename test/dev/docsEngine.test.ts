// The in-memory Docs engine against the public Docs API reference: indexes, text, styles, lists, named ranges, errors.
import { type BlockSpec, buildDocument, bullet, h2, p, table } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine, DocsApiError, type EngineOptions } from '../../dev/docsEngine';
import type { Document, Paragraph, Request, StructuralElement } from '../../src/types/docs-api';
import { replacementSuggestionDoc, spanOf, suggest } from '../fixtures/suggestions';

// ---------------------------------------------------------------------------------------------------------------
// Helpers: every read goes through assertValidDocument, so every test also checks the engine's invariants.
// ---------------------------------------------------------------------------------------------------------------

function engineWith(blocks: BlockSpec[], options: EngineOptions = {}) {
  const docs = createDocsEngine(options);
  const id = docs.put(buildDocument({ blocks }));
  const read = (): Document => {
    const doc = docs.get(id, { includeTabsContent: true });
    assertValidDocument(doc);
    return doc;
  };
  const apply = (...requests: Request[]) => {
    const response = docs.batchUpdate({ requests }, id);
    read();
    return response;
  };
  return { docs, id, read, apply };
}

const content = (doc: Document, tab = 0): StructuralElement[] => doc.tabs![tab]!.documentTab!.body!.content!;

const textOf = (paragraph: Paragraph) => (paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('');

function paragraphs(doc: Document, tab = 0) {
  return content(doc, tab)
    .filter((e) => e.paragraph)
    .map((e) => ({
      start: e.startIndex,
      end: e.endIndex,
      text: textOf(e.paragraph!),
      style: e.paragraph!.paragraphStyle?.namedStyleType,
      bullet: e.paragraph!.bullet,
      paragraph: e.paragraph!,
    }));
}

const texts = (doc: Document, tab = 0) => paragraphs(doc, tab).map((x) => x.text);
const namedRanges = (doc: Document, tab = 0) => doc.tabs![tab]!.documentTab!.namedRanges ?? {};
const rangesOf = (doc: Document, name: string, tab = 0) =>
  (namedRanges(doc, tab)[name]?.namedRanges ?? []).flatMap((n) =>
    (n.ranges ?? []).map((r) => [r.startIndex, r.endIndex]),
  );

function apiError(action: () => unknown): DocsApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof DocsApiError) return error;
    throw error;
  }
  throw new Error('expected a DocsApiError');
}

const insert = (index: number, text: string, tabId?: string): Request => ({
  insertText: { text, location: tabId ? { index, tabId } : { index } },
});
const del = (startIndex: number, endIndex: number): Request => ({
  deleteContentRange: { range: { startIndex, endIndex } },
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------

describe('insertText', () => {
  it('inserts into an empty document, whose body is a section break and one empty paragraph', () => {
    const { read, apply } = engineWith([]);
    expect(content(read())).toEqual([
      { endIndex: 1, sectionBreak: { sectionStyle: {} } },
      expect.objectContaining({ startIndex: 1, endIndex: 2 }),
    ]);
    apply(insert(1, 'Hello'));
    apply({ insertText: { text: ' world', endOfSegmentLocation: {} } });
    const [, paragraph] = content(read());
    expect(paragraph).toMatchObject({
      startIndex: 1,
      endIndex: 13,
      paragraph: { elements: [{ startIndex: 1, endIndex: 13, textRun: { content: 'Hello world\n', textStyle: {} } }] },
    });
  });

  it('splits paragraphs at newlines; the new ones copy the heading style and the bullet they were inserted into', () => {
    const { read, apply } = engineWith([h2('Mon'), bullet('one', 1), p('tail')]);
    // 'Mon\n' [1,5), 'one\n' [5,9), 'tail\n' [9,14)
    apply(insert(3, 'X\nY'));
    let doc = read();
    expect(paragraphs(doc).map((x) => [x.start, x.end, x.text, x.style])).toEqual([
      [1, 5, 'MoX\n', 'HEADING_2'],
      [5, 8, 'Yn\n', 'HEADING_2'],
      [8, 12, 'one\n', 'NORMAL_TEXT'],
      [12, 17, 'tail\n', 'NORMAL_TEXT'],
    ]);
    const listId = paragraphs(doc)[2]!.bullet!.listId;
    apply(insert(11, '\ntwo'));
    doc = read();
    expect(paragraphs(doc).map((x) => [x.text, x.bullet])).toEqual([
      ['MoX\n', undefined],
      ['Yn\n', undefined],
      ['one\n', { listId, nestingLevel: 1, textStyle: {} }],
      ['two\n', { listId, nestingLevel: 1, textStyle: {} }],
      ['tail\n', undefined],
    ]);
  });

  it('gives inserted text the style of the text just before it, or just after it at a paragraph start', () => {
    const { read, apply } = engineWith([p([{ text: 'bold', bold: true }, ' plain'])]);
    // 'bold' [1,5) bold, ' plain\n' [5,12)
    apply(insert(5, '!'), insert(1, '>'));
    const runs = paragraphs(read())[0]!.paragraph.elements!.map((e) => [
      e.startIndex,
      e.textRun!.content,
      e.textRun!.textStyle,
    ]);
    expect(runs).toEqual([
      [1, '>bold!', { bold: true }],
      [7, ' plain\n', {}],
    ]);
  });

  it('counts UTF-16 units: inserts after an emoji and shifts the table after it, cells included', () => {
    const { read, apply } = engineWith([p('Hi 😀'), table([['a', 'b']]), p('end')]);
    // 'Hi 😀\n' [1,7): the emoji is 4 and 5; table [7,16): row 8, cells 9 ('a\n' 10-12) and 12 ('b\n' 13-15); 'end\n' [16,20)
    apply(insert(6, '!'));
    const doc = read();
    const [, first, tableElement, last] = content(doc);
    expect(textOf(first!.paragraph!)).toBe('Hi 😀!\n');
    expect(tableElement).toMatchObject({ startIndex: 8, endIndex: 17 });
    const row = tableElement!.table!.tableRows![0]!;
    expect(row).toMatchObject({ startIndex: 9, endIndex: 16 });
    expect(row.tableCells!.map((c) => [c.startIndex, c.endIndex, c.content![0]!.startIndex])).toEqual([
      [10, 13, 11],
      [13, 16, 14],
    ]);
    expect(last).toMatchObject({ startIndex: 17, endIndex: 21 });
  });

  it('refuses an index at a table start, and accepts one inside a table cell paragraph', () => {
    const { read, apply } = engineWith([p('x'), table([['a']])]);
    // 'x\n' [1,3), table [3,9): row 4, cell 5, 'a\n' [6,8); then '\n' [9,10)
    const error = apiError(() => apply(insert(3, 'no')));
    expect(error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(error.message).toBe(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
    expect(apiError(() => apply(insert(5, 'no'))).message).toContain('inside the bounds of an existing paragraph');
    apply(insert(6, 'c'));
    const cell = content(read())[2]!.table!.tableRows![0]!.tableCells![0]!;
    expect(textOf(cell.content![0]!.paragraph!)).toBe('ca\n');
    expect(cell).toMatchObject({ startIndex: 5, endIndex: 9 });
  });

  it('refuses an index inside a surrogate pair, before the body text, or at or after the final newline', () => {
    const { apply } = engineWith([p('Hi 😀')]); // body ends at 7
    expect(apiError(() => apply(insert(5, 'x'))).message).toBe(
      'Invalid requests[0].insertText: Index 5 is between the two code units of a surrogate pair; text cannot be inserted there.',
    );
    expect(apiError(() => apply(insert(0, 'x'))).message).toContain('inside the bounds of an existing paragraph');
    expect(apiError(() => apply(insert(7, 'x'))).message).toBe(
      'Invalid requests[0].insertText: Index 7 must be less than the end index of the referenced segment, 7.',
    );
    expect(apiError(() => apply(insert(57, 'x'), insert(1, 'y'))).message).toContain('Index 57 must be less than');
  });

  it('requires text and one location, and strips the control and private-use characters Google strips', () => {
    const { read, apply } = engineWith([p('')]);
    expect(apiError(() => apply(insert(1, ''))).message).toBe(
      'Invalid requests[0].insertText: Insert text requests must specify text.',
    );
    expect(apiError(() => apply({ insertText: { text: 'x' } })).message).toBe(
      'Invalid requests[0].insertText: No insertion location set.',
    );
    expect(
      apiError(() => apply({ insertText: { text: 'x', location: { index: 1 }, endOfSegmentLocation: {} } })).message,
    ).toBe(
      "Invalid value at 'requests[0].insert_text' (oneof), oneof field 'insertion_location' is already set. Cannot set 'endOfSegmentLocation'",
    );
    apply(insert(1, 'a\u0001b\r\uE000c\td'));
    expect(texts(read())).toEqual(['abc\td\n']);
  });

  it('keeps chips and other one-index elements whole and shifts them', () => {
    const { read, apply } = engineWith([
      p([
        { person: { name: 'Ana', email: 'ana@example.com' } },
        ' owes ',
        { date: { timestamp: 't', displayText: 'Nov 9' } },
      ]),
    ]);
    // person [1,2), ' owes ' [2,8), date [8,9), '\n' [9,10)
    const before = paragraphs(read())[0]!.paragraph.elements!;
    apply(insert(1, 'Hi '), insert(12, '!'));
    const after = paragraphs(read())[0]!.paragraph.elements!;
    expect(
      after.map((e) => [
        e.startIndex,
        e.endIndex,
        e.textRun?.content ?? Object.keys(e).find((k) => k !== 'startIndex' && k !== 'endIndex'),
      ]),
    ).toEqual([
      [1, 4, 'Hi '],
      [4, 5, 'person'],
      [5, 11, ' owes '],
      [11, 12, 'dateElement'],
      [12, 14, '!\n'],
    ]);
    expect(after[1]!.person).toEqual(before[0]!.person);
    expect(after[3]!.dateElement).toEqual(before[2]!.dateElement);
  });

  it('inserts into a footnote, a segment indexed from 0', () => {
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [p(['See', { footnote: 'note' }])] }));
    const footnoteId = Object.keys(docs.get(id).footnotes!)[0]!;
    docs.batchUpdate({ requests: [{ insertText: { text: 'A ', location: { index: 0, segmentId: footnoteId } } }] }, id);
    const doc = docs.get(id);
    assertValidDocument(doc);
    expect(doc.footnotes![footnoteId]!.content![0]).toMatchObject({
      endIndex: 7,
      paragraph: { elements: [{ endIndex: 7, textRun: { content: 'A note\n' } }] },
    });
    expect(textOf(doc.body!.content![1]!.paragraph!)).toBe('See\n'); // the body did not move
    const error = apiError(() =>
      docs.batchUpdate(
        { requests: [{ insertText: { text: 'x', location: { index: 0, segmentId: 'kix.nope' } } }] },
        id,
      ),
    );
    expect(error.message).toContain('segment with ID kix.nope was not found');
  });
});

describe('deleteContentRange', () => {
  it('merges two paragraphs when it deletes the newline between them; the first keeps its style', () => {
    const { read, apply } = engineWith([h2('Title', 'key'), p('body text')]);
    // 'Title\n' [1,7) with named range [1,6); 'body text\n' [7,17)
    apply(del(3, 9));
    const doc = read();
    expect(paragraphs(doc).map((x) => [x.start, x.end, x.text, x.style])).toEqual([
      [1, 11, 'Tidy text\n', 'HEADING_2'],
    ]);
    expect(rangesOf(doc, 'key')).toEqual([[1, 3]]);
  });

  it('a paragraph deleted from its start leaves no style: the next one keeps its own', () => {
    const { read, apply } = engineWith([h2('Title', 'key'), p('body text')]);
    apply(del(1, 9));
    const doc = read();
    expect(paragraphs(doc).map((x) => [x.start, x.end, x.text, x.style])).toEqual([[1, 9, 'dy text\n', 'NORMAL_TEXT']]);
    expect(namedRanges(doc)).toEqual({}); // its whole text went, so the range and its name went too
  });

  it('keeps the bullet of the first paragraph when merging into it', () => {
    const { read, apply } = engineWith([bullet('a'), p('b')]);
    const listId = paragraphs(read())[0]!.bullet!.listId;
    apply(del(2, 3));
    expect(paragraphs(read()).map((x) => [x.text, x.bullet?.listId])).toEqual([['ab\n', listId]]);
  });

  it('refuses to delete the final newline of the body or of a table cell', () => {
    const { read, apply } = engineWith([table([['ab']])]);
    // table [1,8): row 2, cell 3, 'ab\n' [4,7); '\n' [8,9)
    expect(apiError(() => apply(del(8, 9))).message).toBe(
      'Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.',
    );
    expect(apiError(() => apply(del(4, 7))).message).toContain('newline character at the end of a table cell');
    apply(del(4, 6));
    const cell = content(read())[1]!.table!.tableRows![0]!.tableCells![0]!;
    expect(cell).toMatchObject({ startIndex: 3, endIndex: 5, content: [{ startIndex: 4, endIndex: 5 }] });
  });

  it('deletes a table only whole, and never the newline just before one', () => {
    const { read, apply } = engineWith([p('x'), table([['a']]), p('y')]);
    // 'x\n' [1,3), table [3,9), 'y\n' [9,11)
    expect(apiError(() => apply(del(2, 5))).message).toContain('cannot delete part of a table');
    expect(apiError(() => apply(del(2, 3))).message).toContain('cannot delete the newline before a table');
    apply(del(2, 9));
    expect(texts(read())).toEqual(['xy\n']);
  });

  it('refuses a range that splits a surrogate pair or is empty, and deletes a whole emoji', () => {
    const { read, apply } = engineWith([p('Hi 😀')]);
    expect(apiError(() => apply(del(4, 5))).message).toContain(
      'Index 5 is between the two code units of a surrogate pair',
    );
    expect(apiError(() => apply(del(3, 3))).message).toContain('is empty');
    expect(apiError(() => apply({ deleteContentRange: { range: { startIndex: 3 } } })).message).toBe(
      'Invalid requests[0].deleteContentRange: Invalid range: must contain a start and end index',
    );
    apply(del(4, 6));
    expect(texts(read())).toEqual(['Hi \n']);
  });
});

describe('updateTextStyle', () => {
  const runs = (doc: Document) =>
    paragraphs(doc)[0]!.paragraph.elements!.map((e) => [e.textRun!.content, e.textRun!.textStyle]);

  it('sets the fields in the mask, resets listed fields that are absent, and merges equal runs back', () => {
    const { read, apply } = engineWith([p('hello world')]);
    apply({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 6 },
        textStyle: { bold: true, italic: true },
        fields: 'bold,italic',
      },
    });
    expect(runs(read())).toEqual([
      ['hello', { bold: true, italic: true }],
      [' world\n', {}],
    ]);
    apply({
      updateTextStyle: { range: { startIndex: 1, endIndex: 6 }, textStyle: { underline: true }, fields: 'bold' },
    });
    expect(runs(read())).toEqual([
      ['hello', { italic: true }],
      [' world\n', {}],
    ]);
    apply({ updateTextStyle: { range: { startIndex: 1, endIndex: 6 }, textStyle: {}, fields: '*' } });
    expect(runs(read())).toEqual([['hello world\n', {}]]);
  });

  it('stores a false that matches the default as inherited, i.e. absent', () => {
    const { read, apply } = engineWith([p([{ text: 'done', strikethrough: true }])]);
    apply({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 6 },
        textStyle: { strikethrough: false },
        fields: 'strikethrough',
      },
    });
    expect(runs(read())).toEqual([['done\n', {}]]);
  });

  it('sets links and colours, and updates the bullet of a paragraph the range fully contains', () => {
    const { read, apply } = engineWith([bullet('item'), p('next')]);
    const color = { color: { rgbColor: { red: 0.6, green: 0.6, blue: 0.6 } } };
    apply({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 6 },
        textStyle: { link: { url: 'https://example.com' }, foregroundColor: color },
        fields: 'link,foregroundColor',
      },
    });
    const [item] = paragraphs(read());
    expect(item!.paragraph.elements!.map((e) => e.textRun!.textStyle)).toEqual([
      { link: { url: 'https://example.com' }, foregroundColor: color },
    ]);
    expect(item!.bullet!.textStyle).toEqual({ link: { url: 'https://example.com' }, foregroundColor: color });
  });

  it('requires a valid field mask', () => {
    const { apply } = engineWith([p('abc')]);
    const range = { startIndex: 1, endIndex: 2 };
    expect(apiError(() => apply({ updateTextStyle: { range, textStyle: { bold: true } } })).message).toBe(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
    expect(apiError(() => apply({ updateTextStyle: { range, textStyle: {}, fields: 'bold,blinkRate' } })).message).toBe(
      'Invalid requests[0].updateTextStyle: Invalid field: blink_rate',
    );
    const bad = { updateTextStyle: { range, textStyle: { bold: 'yes' }, fields: 'bold' } } as unknown as Request;
    expect(apiError(() => apply(bad)).message).toBe(
      'Invalid value at \'requests[0].update_text_style.text_style.bold\' (TYPE_BOOL), "yes"',
    );
  });
});

describe('updateParagraphStyle', () => {
  it('styles every paragraph the range overlaps, with a field mask; "*" resets what it does not set', () => {
    const { read, apply } = engineWith([p('a'), p('b'), p('c')]);
    // 'a\n' [1,3), 'b\n' [3,5), 'c\n' [5,7)
    apply({
      updateParagraphStyle: {
        range: { startIndex: 2, endIndex: 4 },
        paragraphStyle: { namedStyleType: 'HEADING_3', alignment: 'CENTER', direction: 'RIGHT_TO_LEFT' },
        fields: 'namedStyleType,alignment',
      },
    });
    let styles = paragraphs(read()).map((x) => x.paragraph.paragraphStyle);
    expect(styles[0]).toEqual({
      namedStyleType: 'HEADING_3',
      direction: 'LEFT_TO_RIGHT',
      alignment: 'CENTER',
      headingId: expect.stringMatching(/^h\./),
    });
    expect(styles[1]).toMatchObject({ namedStyleType: 'HEADING_3', alignment: 'CENTER' });
    expect(styles[1]!.headingId).not.toBe(styles[0]!.headingId);
    expect(styles[2]).toEqual({ namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' });

    apply({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: 2 },
        paragraphStyle: { direction: 'RIGHT_TO_LEFT' },
        fields: '*',
      },
    });
    styles = paragraphs(read()).map((x) => x.paragraph.paragraphStyle);
    expect(styles[0]).toEqual({ namedStyleType: 'NORMAL_TEXT', direction: 'RIGHT_TO_LEFT' });
  });

  it('refuses a missing mask and an unknown named style', () => {
    const { apply } = engineWith([p('a')]);
    const range = { startIndex: 1, endIndex: 2 };
    expect(
      apiError(() => apply({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: 'TITLE' } } })).message,
    ).toContain("At least one field must be listed in 'fields'");
    const bad = {
      updateParagraphStyle: { range, paragraphStyle: { namedStyleType: 'HEADING_9' }, fields: 'namedStyleType' },
    };
    expect(apiError(() => apply(bad as unknown as Request)).message).toBe(
      'Invalid value at \'requests[0].update_paragraph_style.paragraph_style.named_style_type\' (type.googleapis.com/google.apps.docs.v1.NamedStyleType), "HEADING_9"',
    );
  });
});

describe('paragraph bullets', () => {
  const bullets = (range: [number, number], bulletPreset: string): Request =>
    ({ createParagraphBullets: { range: { startIndex: range[0], endIndex: range[1] }, bulletPreset } }) as Request;

  it('bullets every paragraph the range overlaps, in a new checklist list with no glyph symbol', () => {
    const { read, apply } = engineWith([p('one'), p('two'), p('three')]);
    // 'one\n' [1,5), 'two\n' [5,9), 'three\n' [9,15)
    apply(bullets([3, 6], 'BULLET_CHECKBOX'));
    const doc = read();
    const [one, two, three] = paragraphs(doc);
    expect(one!.bullet).toEqual({ listId: expect.any(String), nestingLevel: 0, textStyle: {} });
    expect(two!.bullet!.listId).toBe(one!.bullet!.listId);
    expect(three!.bullet).toBeUndefined();
    const levels = doc.tabs![0]!.documentTab!.lists![one!.bullet!.listId!]!.listProperties!.nestingLevels!;
    expect(levels).toHaveLength(9);
    for (const level of levels) expect(level).toEqual({ glyphType: 'GLYPH_TYPE_UNSPECIFIED' });
  });

  it('does not bullet a paragraph that merely starts where the range ends', () => {
    const { read, apply } = engineWith([p('one'), p('two')]);
    apply(bullets([1, 5], 'BULLET_DISC_CIRCLE_SQUARE'));
    expect(paragraphs(read()).map((x) => Boolean(x.bullet))).toEqual([true, false]);
  });

  it('makes disc and numbered lists with their glyphs', () => {
    const { read, apply } = engineWith([p('one'), h2('gap'), p('two')]);
    apply(bullets([1, 2], 'BULLET_DISC_CIRCLE_SQUARE'), bullets([9, 10], 'NUMBERED_DECIMAL_ALPHA_ROMAN'));
    const doc = read();
    const lists = doc.tabs![0]!.documentTab!.lists!;
    const [one, , two] = paragraphs(doc);
    const disc = lists[one!.bullet!.listId!]!.listProperties!.nestingLevels!;
    expect(disc.map((l) => l.glyphSymbol)).toEqual(['●', '○', '■', '●', '○', '■', '●', '○', '■']);
    const numbered = lists[two!.bullet!.listId!]!.listProperties!.nestingLevels!;
    expect(numbered.slice(0, 3)).toEqual([
      { glyphType: 'DECIMAL', glyphFormat: '%0.', startNumber: 1 },
      { glyphType: 'ALPHA', glyphFormat: '%1.', startNumber: 1 },
      { glyphType: 'ROMAN', glyphFormat: '%2.', startNumber: 1 },
    ]);
  });

  it('adds paragraphs to the list just before them when its preset matches, else starts a new list', () => {
    const { read, apply } = engineWith([p('one'), p('two'), p('three')]);
    apply(
      bullets([1, 2], 'BULLET_CHECKBOX'),
      bullets([5, 6], 'BULLET_CHECKBOX'),
      bullets([9, 10], 'BULLET_DISC_CIRCLE_SQUARE'),
    );
    const ids = paragraphs(read()).map((x) => x.bullet!.listId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('takes the nesting level from leading tabs and removes them, shifting what follows', () => {
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [p('\t\tdeep'), p('flat', { namedRange: 'k' })] }));
    // '\t\tdeep\n' [1,8), 'flat\n' [8,13) with 'k' over [8,12)
    docs.batchUpdate({ requests: [bullets([1, 13], 'BULLET_DISC_CIRCLE_SQUARE')] }, id);
    const doc = docs.get(id, { includeTabsContent: true });
    assertValidDocument(doc);
    expect(paragraphs(doc).map((x) => [x.start, x.text, x.bullet?.nestingLevel])).toEqual([
      [1, 'deep\n', 2],
      [6, 'flat\n', 0],
    ]);
    expect(rangesOf(doc, 'k')).toEqual([[6, 10]]);
  });

  it('deletes bullets from the paragraphs the range overlaps', () => {
    const { read, apply } = engineWith([bullet('a'), bullet('b'), bullet('c')]);
    apply({ deleteParagraphBullets: { range: { startIndex: 2, endIndex: 4 } } });
    expect(paragraphs(read()).map((x) => Boolean(x.bullet))).toEqual([false, false, true]);
  });

  it('requires a preset', () => {
    const { apply } = engineWith([p('a')]);
    expect(
      apiError(() => apply({ createParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } })).message,
    ).toContain('A bullet preset must be specified');
    expect(apiError(() => apply(bullets([1, 2], 'BULLET_HEART'))).message).toContain(
      "Invalid value at 'requests[0].create_paragraph_bullets.bullet_preset'",
    );
  });
});

describe('named ranges', () => {
  const create = (name: string, startIndex: number, endIndex: number): Request => ({
    createNamedRange: { name, range: { startIndex, endIndex } },
  });

  it('creates a named range and answers its id', () => {
    const { read, apply } = engineWith([p('abcdef')]);
    const response = apply(create('k', 2, 5));
    const namedRangeId = response.replies![0]!.createNamedRange!.namedRangeId!;
    expect(namedRangeId).toMatch(/^kix\./);
    expect(namedRanges(read())).toEqual({
      k: {
        name: 'k',
        namedRanges: [{ namedRangeId, name: 'k', ranges: [{ startIndex: 2, endIndex: 5, tabId: 't.0' }] }],
      },
    });
  });

  it('moves with inserts before or at its start, grows with inserts strictly inside, ignores inserts at its end', () => {
    const { read, apply } = engineWith([p('abcdef')]);
    apply(create('k', 2, 5));
    apply(insert(1, 'XX'));
    expect(rangesOf(read(), 'k')).toEqual([[4, 7]]);
    apply(insert(4, 'Y'));
    expect(rangesOf(read(), 'k')).toEqual([[5, 8]]);
    apply(insert(6, 'Z'));
    expect(rangesOf(read(), 'k')).toEqual([[5, 9]]);
    apply(insert(9, 'W'));
    expect(rangesOf(read(), 'k')).toEqual([[5, 9]]);
  });

  it('shrinks with a deletion that overlaps it and disappears, with its name, when all its text goes', () => {
    const { read, apply } = engineWith([p('abcdefghij')]);
    apply(create('k', 3, 8), create('other', 9, 10));
    apply(del(2, 5));
    expect(rangesOf(read(), 'k')).toEqual([[2, 5]]);
    apply(del(1, 6));
    expect(namedRanges(read())).toEqual({ other: expect.anything() });
    expect(rangesOf(read(), 'other')).toEqual([[1, 2]]);
  });

  it('accepts names of 1 to 256 UTF-16 units', () => {
    const { apply } = engineWith([p('abc')]);
    expect(apiError(() => apply(create('', 1, 2))).message).toContain('Names must be at least 1 character');
    expect(apiError(() => apply(create('a'.repeat(257), 1, 2))).message).toContain('(got 257)');
    expect(apiError(() => apply(create(`${'😀'.repeat(128)}a`, 1, 2))).message).toContain('(got 257)');
    apply(create('a'.repeat(256), 1, 2), create('😀'.repeat(128), 1, 2));
  });

  it('refuses a range that splits a surrogate pair or leaves the body', () => {
    const { apply } = engineWith([p('😀')]); // '😀\n' [1,4)
    expect(apiError(() => apply(create('k', 2, 3))).message).toContain('surrogate pair');
    expect(apiError(() => apply(create('k', 1, 5))).message).toContain(
      'Index 5 must be less than or equal to the end index of the referenced segment, 4.',
    );
    expect(apiError(() => apply(create('k', 0, 1))).message).toContain('Index 0 must be greater than or equal to 1.');
  });

  it('deletes by id, or every range with a name', () => {
    const { read, apply } = engineWith([p('abcdef')]);
    const replies = apply(create('k', 1, 2), create('k', 3, 4), create('keep', 5, 6)).replies!;
    const firstId = replies[0]!.createNamedRange!.namedRangeId!;
    apply({ deleteNamedRange: { namedRangeId: firstId } });
    expect(rangesOf(read(), 'k')).toEqual([[3, 4]]);
    apply(create('k', 2, 3));
    apply({ deleteNamedRange: { name: 'k' } });
    expect(Object.keys(namedRanges(read()))).toEqual(['keep']);
    expect(apiError(() => apply({ deleteNamedRange: { namedRangeId: 'kix.missing' } })).message).toContain(
      'The named range with ID kix.missing was not found.',
    );
    expect(apiError(() => apply({ deleteNamedRange: {} })).message).toBe(
      'Invalid requests[0].deleteNamedRange: ID or name for named range must be set',
    );
  });
});

describe('revisions and atomicity', () => {
  it('gives every write a new revision id and answers one reply per request', () => {
    const { docs, id, read } = engineWith([p('abc')]);
    const first = docs.revisionId(id);
    expect(first).toBe('rev-1');
    const response = docs.batchUpdate(
      {
        requests: [
          insert(1, 'x'),
          { createNamedRange: { name: 'n', range: { startIndex: 1, endIndex: 2 } } },
          del(2, 3),
        ],
        writeControl: { requiredRevisionId: first },
      },
      id,
    );
    const second = docs.revisionId(id);
    expect(second).not.toBe(first);
    expect(read().revisionId).toBe(second);
    expect(response).toEqual({
      documentId: id,
      replies: [{}, { createNamedRange: { namedRangeId: expect.any(String) } }, {}],
      writeControl: { requiredRevisionId: second },
    });
  });

  it('refuses a write whose required revision is no longer the latest, and applies nothing', () => {
    const { docs, id, read, apply } = engineWith([p('abc')]);
    const stale = docs.revisionId(id);
    apply(insert(1, 'x'));
    const before = read();
    const error = apiError(() =>
      docs.batchUpdate({ requests: [insert(1, 'y')], writeControl: { requiredRevisionId: stale } }, id),
    );
    expect(error).toMatchObject({ code: 400, status: 'FAILED_PRECONDITION' });
    // Google documents the 400, not its words: the engine's are generic, so no caller can lean on them.
    expect(error.message).toBe('Request contains an invalid argument.');
    expect(read()).toEqual(before);
    docs.batchUpdate({ requests: [insert(1, 'y')], writeControl: { requiredRevisionId: before.revisionId! } }, id);
    expect(texts(read())).toEqual(['yxabc\n']);
  });

  it('applies a batch whose third request is invalid not at all', () => {
    const { docs, id, read } = engineWith([h2('Title', 'key'), bullet('item')]);
    const before = read();
    const error = apiError(() =>
      docs.batchUpdate(
        {
          requests: [
            insert(1, 'A\n'),
            { createNamedRange: { name: 'x', range: { startIndex: 1, endIndex: 2 } } },
            insert(40, 'z'),
          ],
        },
        id,
      ),
    );
    expect(error.message).toBe(
      'Invalid requests[2].insertText: Index 40 must be less than the end index of the referenced segment, 14.',
    );
    expect(read()).toEqual(before);
    expect(docs.revisionId(id)).toBe(before.revisionId);
  });
});

describe('malformed batches', () => {
  const send = (resource: unknown) => {
    const { docs, id } = engineWith([p('abc')]);
    return apiError(() => docs.batchUpdate(resource as never, id));
  };

  it('rejects unknown request types and fields the way Google parses JSON', () => {
    expect(send({ requests: [{ frobnicate: {} }] }).message).toBe(
      'Invalid JSON payload received. Unknown name "frobnicate" at \'requests[0]\': Cannot find field.',
    );
    expect(send({ requests: [{ insertText: { text: 'x', location: { idx: 1 } } }] }).message).toBe(
      'Invalid JSON payload received. Unknown name "idx" at \'requests[0].insert_text.location\': Cannot find field.',
    );
    expect(send({ requests: [{ insertText: { text: 'x', location: { index: 'abc' } } }] }).message).toBe(
      'Invalid value at \'requests[0].insert_text.location.index\' (TYPE_INT32), "abc"',
    );
    expect(send({ requests: [], bogus: 1 }).message).toBe(
      'Invalid JSON payload received. Unknown name "bogus": Cannot find field.',
    );
  });

  it('rejects a request with no kind or with two, and an empty batch', () => {
    expect(send({ requests: [{}] })).toMatchObject({ code: 400, message: 'Invalid requests[0]: No request set.' });
    expect(
      send({ requests: [{ insertText: { text: 'x', location: { index: 1 } }, deleteContentRange: {} }] }).message,
    ).toBe(
      "Invalid value at 'requests[0]' (oneof), oneof field 'request' is already set. Cannot set 'deleteContentRange'",
    );
    expect(send({ requests: [] }).code).toBe(400);
  });

  it('says plainly when a real Docs request is one this engine does not implement', () => {
    expect(send({ requests: [{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }] })).toMatchObject({
      code: 501,
      status: 'UNIMPLEMENTED',
    });
  });

  it('answers 404 for a document it does not hold', () => {
    const docs = createDocsEngine();
    expect(apiError(() => docs.get('nope'))).toMatchObject({ code: 404, status: 'NOT_FOUND' });
    expect(apiError(() => docs.batchUpdate({ requests: [insert(1, 'x')] }, 'nope')).code).toBe(404);
  });
});

describe('get, tabs and legacy documents', () => {
  const twoTabs = () =>
    buildDocument({
      tabs: [
        { title: 'Notes', blocks: [p('first')] },
        { title: 'Archive', blocks: [p('second', { namedRange: 'a' })] },
      ],
    });

  it('returns the first tab at top level without includeTabsContent, and only tabs with it', () => {
    const docs = createDocsEngine();
    const id = docs.put(twoTabs());
    const plain = docs.get(id);
    assertValidDocument(plain);
    expect(plain.tabs).toBeUndefined();
    expect(textOf(plain.body!.content![1]!.paragraph!)).toBe('first\n');
    expect(plain).toMatchObject({
      documentId: id,
      title: '1:1 notes',
      revisionId: 'rev-1',
      lists: {},
      namedRanges: {},
    });
    const full = docs.get(id, { includeTabsContent: true });
    expect(full.body).toBeUndefined();
    expect(full.namedRanges).toBeUndefined();
    expect(full.tabs!.map((t) => t.tabProperties!.tabId)).toEqual(['t.0', 't.1']);
  });

  it('refuses query parameters documents.get does not have, and says so for `fields`, which it does not implement', () => {
    const docs = createDocsEngine();
    const id = docs.put(twoTabs());
    const unknown = apiError(() => docs.get(id, { includeTab: true } as never));
    expect(unknown).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(unknown.message).toContain('Unknown name "includeTab"');
    expect(apiError(() => docs.get(id, { fields: 'title' } as never))).toMatchObject({
      code: 501,
      status: 'UNIMPLEMENTED',
    });
    expect(docs.get(id, { suggestionsViewMode: 'PREVIEW_WITHOUT_SUGGESTIONS' } as never).suggestionsViewMode).toBe(
      'PREVIEW_WITHOUT_SUGGESTIONS',
    );
  });

  it('edits the tab a request names, the first by default, and refuses an unknown tab', () => {
    const docs = createDocsEngine();
    const id = docs.put(twoTabs());
    docs.batchUpdate({ requests: [insert(1, '>', 't.1'), insert(1, '<')] }, id);
    const doc = docs.get(id, { includeTabsContent: true });
    assertValidDocument(doc);
    expect([texts(doc, 0), texts(doc, 1)]).toEqual([['<first\n'], ['>second\n']]);
    expect(rangesOf(doc, 'a', 1)).toEqual([[2, 8]]);
    const reply = docs.batchUpdate(
      { requests: [{ createNamedRange: { name: 'b', range: { startIndex: 1, endIndex: 2, tabId: 't.1' } } }] },
      id,
    );
    expect(reply.replies![0]!.createNamedRange!.namedRangeId).toBeDefined();
    expect(
      docs.get(id, { includeTabsContent: true }).tabs![1]!.documentTab!.namedRanges!.b!.namedRanges![0]!.ranges,
    ).toEqual([{ startIndex: 1, endIndex: 2, tabId: 't.1' }]);
    expect(apiError(() => docs.batchUpdate({ requests: [insert(1, 'x', 't.9')] }, id)).message).toBe(
      'Invalid requests[0].insertText: The tab with ID t.9 was not found in the document.',
    );
  });

  it('deletes named ranges by name in every tab, or only in the tabs asked for', () => {
    const docs = createDocsEngine();
    const id = docs.put(twoTabs());
    docs.batchUpdate({ requests: [{ createNamedRange: { name: 'a', range: { startIndex: 1, endIndex: 2 } } }] }, id);
    docs.batchUpdate({ requests: [{ deleteNamedRange: { name: 'a', tabsCriteria: { tabIds: ['t.1'] } } }] }, id);
    let doc = docs.get(id, { includeTabsContent: true });
    expect([Object.keys(namedRanges(doc, 0)), Object.keys(namedRanges(doc, 1))]).toEqual([['a'], []]);
    docs.batchUpdate({ requests: [{ deleteNamedRange: { name: 'a' } }] }, id);
    doc = docs.get(id, { includeTabsContent: true });
    expect(Object.keys(namedRanges(doc, 0))).toEqual([]);
  });

  it('accepts a legacy document with a top-level body and stores it as one tab', () => {
    const built = buildDocument({ documentId: 'legacy', blocks: [h2('Title', 'key')] });
    const tab = built.tabs![0]!.documentTab!;
    const legacy: Document = {
      documentId: 'legacy',
      title: 'Old',
      revisionId: 'r0',
      body: tab.body,
      lists: tab.lists,
      namedRanges: tab.namedRanges,
    };
    const docs = createDocsEngine();
    expect(docs.put(legacy)).toBe('legacy');
    expect(docs.get('legacy').body).toEqual(tab.body);
    docs.batchUpdate({ requests: [insert(1, 'New ')] }, 'legacy');
    const doc = docs.get('legacy', { includeTabsContent: true });
    assertValidDocument(doc);
    expect(doc.tabs![0]!.tabProperties).toEqual({ tabId: 't.0', title: 'Tab 1', index: 0 });
    expect(texts(doc)).toEqual(['New Title\n']);
    expect(rangesOf(doc, 'key')).toEqual([[5, 10]]);
  });

  it('never mutates its arguments and never shares objects with the caller', () => {
    const docs = createDocsEngine();
    const input = deepFreeze(buildDocument({ blocks: [h2('Title', 'key'), bullet('item')] }));
    const inputCopy = JSON.parse(JSON.stringify(input));
    const id = docs.put(input);
    const resource = deepFreeze({
      requests: [
        insert(1, 'A\nB'),
        { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
        { createParagraphBullets: { range: { startIndex: 1, endIndex: 3 }, bulletPreset: 'BULLET_CHECKBOX' } },
        { createNamedRange: { name: 'n', range: { startIndex: 1, endIndex: 2 } } },
      ] as Request[],
    });
    const resourceCopy = JSON.parse(JSON.stringify(resource));
    docs.batchUpdate(resource, id);
    expect(input).toEqual(inputCopy);
    expect(resource).toEqual(resourceCopy);
    const read = docs.get(id, { includeTabsContent: true });
    read.tabs![0]!.documentTab!.body!.content!.pop();
    read.title = 'changed';
    const again = docs.get(id, { includeTabsContent: true });
    assertValidDocument(again);
    expect(again.title).toBe('1:1 notes');
  });
});

describe('assertValidDocument', () => {
  const valid = () => buildDocument({ blocks: [h2('Title', 'key'), bullet('item'), table([['a']])] });
  const body = (doc: Document) => doc.tabs![0]!.documentTab!.body!.content!;

  it('accepts what docBuilder builds', () => {
    expect(() => assertValidDocument(valid())).not.toThrow();
  });

  it.each<[string, (doc: Document) => void, RegExp]>([
    [
      'a gap between elements',
      (doc) => {
        body(doc)[2]!.startIndex = 9;
      },
      /expected 7: indexes must be contiguous/,
    ],
    [
      'a paragraph without its newline',
      (doc) => {
        const run = body(doc)[1]!.paragraph!.elements![0]!;
        run.textRun!.content = 'Title!';
      },
      /does not end with "\\n"/,
    ],
    [
      'an empty text run',
      (doc) => {
        body(doc)[1]!.paragraph!.elements!.unshift({
          startIndex: 1,
          endIndex: 1,
          textRun: { content: '', textStyle: {} },
        });
      },
      /text run has empty content/,
    ],
    [
      'a named range past the end of the body',
      (doc) => {
        doc.tabs![0]!.documentTab!.namedRanges!.key!.namedRanges![0]!.ranges![0]!.endIndex = 999;
      },
      /range \[1, 999\) is outside/,
    ],
    [
      'a bullet whose list is missing',
      (doc) => {
        doc.tabs![0]!.documentTab!.lists = {};
      },
      /bullet list .* is not in lists/,
    ],
  ])('rejects %s', (_name, corrupt, problem) => {
    const doc = valid();
    corrupt(doc);
    expect(() => assertValidDocument(doc)).toThrow(problem);
  });

  it('is what put checks too', () => {
    const doc = valid();
    body(doc)[1]!.endIndex = 99;
    expect(() => createDocsEngine().put(doc)).toThrow(/Invalid Docs document/);
  });
});

describe('deleteParagraphBullets keeps the nesting level visible', () => {
  const pt = (magnitude: number) => ({ magnitude, unit: 'PT' as const });
  /** A Doc whose lists state their levels' indents as Docs reports them: glyph at 18 pt, text at 36 pt, 36 pt a level. */
  function indentedEngine(blocks: BlockSpec[]) {
    const doc = buildDocument({ blocks });
    for (const list of Object.values(doc.tabs![0]!.documentTab!.lists ?? {}))
      list.listProperties!.nestingLevels!.forEach((level, n) => {
        Object.assign(level, { indentFirstLine: pt(18 + 36 * n), indentStart: pt(36 + 36 * n) });
      });
    const docs = createDocsEngine();
    const id = docs.put(doc);
    const read = (): Document => {
      const got = docs.get(id, { includeTabsContent: true });
      assertValidDocument(got);
      return got;
    };
    const apply = (...requests: Request[]) => docs.batchUpdate({ requests }, id);
    return { read, apply };
  }
  const indents = (doc: Document) =>
    paragraphs(doc).map((x) => [x.paragraph.paragraphStyle?.indentStart, x.paragraph.paragraphStyle?.indentFirstLine]);

  it('gives each paragraph its list level’s indentStart and indentFirstLine as it removes the bullet', () => {
    const { read, apply } = indentedEngine([bullet('top'), bullet('nested', 1), bullet('deeper', 2)]);
    // 'top\n' [1,5), 'nested\n' [5,12), 'deeper\n' [12,19)
    apply({ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 19 } } });
    const doc = read();
    expect(paragraphs(doc).map((x) => x.bullet)).toEqual([undefined, undefined, undefined]);
    expect(indents(doc)).toEqual([
      [pt(36), pt(18)],
      [pt(72), pt(54)],
      [pt(108), pt(90)],
    ]);
    expect(paragraphs(doc).map((x) => x.style)).toEqual(['NORMAL_TEXT', 'NORMAL_TEXT', 'NORMAL_TEXT']);
  });

  it('indents a new paragraph that took a nested bullet from the paragraph it was split from', () => {
    const { read, apply } = indentedEngine([bullet('top'), bullet('nested', 1)]);
    // 'nested\n' [5,12): a new paragraph after it takes its bullet, nesting level 1.
    apply(
      { insertText: { text: '\nHeading', location: { index: 11 } } },
      { deleteParagraphBullets: { range: { startIndex: 12, endIndex: 20 } } },
    );
    const last = paragraphs(read()).at(-1)!;
    expect([last.text, last.bullet]).toEqual(['Heading\n', undefined]);
    expect(indents(read()).at(-1)).toEqual([pt(72), pt(54)]);
  });

  it('leaves the indent to a later updateParagraphStyle that resets it, and keeps it when that came first', () => {
    const reset = (startIndex: number, endIndex: number): Request => ({
      updateParagraphStyle: {
        range: { startIndex, endIndex },
        paragraphStyle: { namedStyleType: 'HEADING_2' },
        fields: 'namedStyleType,indentStart,indentFirstLine',
      },
    });
    const after = indentedEngine([bullet('one', 1), bullet('two', 1)]);
    after.apply({ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } }, reset(1, 2));
    const before = indentedEngine([bullet('one', 1), bullet('two', 1)]);
    before.apply(reset(1, 2), { deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } });
    expect(indents(after.read())[0]).toEqual([undefined, undefined]);
    expect(indents(before.read())[0]).toEqual([pt(72), pt(54)]);
  });

  it('adds nothing where the level states no indent, and leaves a paragraph without a bullet as it was', () => {
    const { read, apply } = engineWith([p('plain'), bullet('listed', 1)]);
    apply(
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { indentStart: pt(10) },
          fields: 'indentStart',
        },
      },
      { deleteParagraphBullets: { range: { startIndex: 1, endIndex: 14 } } },
    );
    expect(indents(read())).toEqual([
      [pt(10), undefined],
      [undefined, undefined],
    ]);
    expect(paragraphs(read()).map((x) => x.bullet)).toEqual([undefined, undefined]);
  });
});

describe('suggestions: runs that carry suggestion ids', () => {
  /** Every run with its text and suggestion ids, paragraph by paragraph: what a suggestion-aware reader sees. */
  const runs = (doc: Document) =>
    content(doc)
      .filter((e) => e.paragraph)
      .map((e) =>
        e.paragraph!.elements!.map((pe) => {
          const run = pe.textRun as {
            content?: string;
            suggestedInsertionIds?: string[];
            suggestedDeletionIds?: string[];
          };
          const ids = [
            ...(run.suggestedInsertionIds ?? []).map((i) => `+${i}`),
            ...(run.suggestedDeletionIds ?? []).map((i) => `-${i}`),
          ];
          return ids.length > 0 ? `${run.content}[${ids.join(' ')}]` : run.content;
        }),
      );

  function engineWithDoc(doc: Document) {
    const docs = createDocsEngine();
    const id = docs.put(doc);
    const read = (): Document => {
      const got = docs.get(id, { includeTabsContent: true });
      assertValidDocument(got);
      return got;
    };
    const apply = (...requests: Request[]) => docs.batchUpdate({ requests }, id);
    return { docs, id, read, apply };
  }

  it('keeps a Doc’s suggestion runs through inserts, deletes and styles elsewhere, ids and text intact', () => {
    // The real Doc: "The timeline is [+2 weeks][-3 weeks].\n" at 1–33, an empty paragraph at 33–34.
    const { read, apply } = engineWithDoc(replacementSuggestionDoc());
    const real = [
      ['The timeline is ', '2 weeks[+suggest.no1szxgu73xh]', '3 weeks[-suggest.no1szxgu73xh]', '.\n'],
      ['\n'],
    ];
    expect(runs(read())).toEqual(real);
    apply(insert(1, 'Intro\n'), insert(39, 'after'), {
      updateTextStyle: { range: { startIndex: 1, endIndex: 6 }, textStyle: { bold: true }, fields: 'bold' },
    });
    expect(runs(read())).toEqual([['Intro', '\n'], ...real.slice(0, 1), ['after\n']]);
    apply(del(1, 7), del(33, 38));
    expect(runs(read())).toEqual(real);
    // Indexes follow: the runs are where they were.
    const [, paragraph] = content(read());
    expect(paragraph!.paragraph!.elements!.map((e) => [e.startIndex, e.endIndex])).toEqual([
      [1, 17],
      [17, 24],
      [24, 31],
      [31, 33],
    ]);

    // A style over the whole paragraph cuts no suggestion apart and merges none into its neighbours.
    apply({
      updateTextStyle: { range: { startIndex: 1, endIndex: 33 }, textStyle: { italic: true }, fields: 'italic' },
    });
    expect(runs(read())).toEqual(real);
    // A built Doc with a suggestion in every paragraph keeps them all through edits in other paragraphs.
    const built = buildDocument({ blocks: [h2(['Nov 9', ' (moved)']), bullet(['☐ ', 'Ana: draft'])] });
    suggest(built, spanOf(built, ' (moved)'), 'insertion', 'suggest.h');
    suggest(built, spanOf(built, '☐ '), 'deletion', 'suggest.m');
    const second = engineWithDoc(built);
    const before = runs(second.read());
    expect(before).toEqual([
      ['Nov 9', ' (moved)[+suggest.h]', '\n'],
      ['☐ [-suggest.m]', 'Ana: draft\n'],
    ]);
    second.apply(insert(1, 'Top\n'), insert(31, ' now'));
    second.apply(del(1, 5));
    expect(runs(second.read())).toEqual([
      ['Nov 9', ' (moved)[+suggest.h]', '\n'],
      ['☐ [-suggest.m]', 'Ana: draft now\n'],
    ]);
  });

  it('gives text inserted next to a suggestion no suggestion ids', () => {
    const { read, apply } = engineWithDoc(replacementSuggestionDoc());
    // At the insertion's start, between the insertion and the deletion, and at the deletion's end (each applied from
    // the end backwards, so the indexes are the ones read).
    apply(insert(31, 'C'), insert(24, 'B'), insert(17, 'A'));
    expect(runs(read())).toEqual([
      ['The timeline is A', '2 weeks[+suggest.no1szxgu73xh]', 'B', '3 weeks[-suggest.no1szxgu73xh]', 'C.\n'],
      ['\n'],
    ]);
    // A newline and more text right after the suggested deletion: neither takes its ids.
    apply(insert(33, '\nnext '));
    expect(runs(read())).toEqual([
      ['The timeline is A', '2 weeks[+suggest.no1szxgu73xh]', 'B', '3 weeks[-suggest.no1szxgu73xh]', '\n'],
      ['next C.\n'],
      ['\n'],
    ]);
  });

  it('shows suggestions inline, and says it cannot preview a Doc that holds some without them or with them accepted', () => {
    const { docs, id, read } = engineWithDoc(replacementSuggestionDoc());
    expect(docs.get(id, { includeTabsContent: true }).suggestionsViewMode).toBe('SUGGESTIONS_INLINE');
    expect(read().suggestionsViewMode).toBe('SUGGESTIONS_INLINE');
    for (const mode of ['PREVIEW_WITHOUT_SUGGESTIONS', 'PREVIEW_SUGGESTIONS_ACCEPTED'])
      expect(apiError(() => docs.get(id, { suggestionsViewMode: mode } as never))).toMatchObject({
        code: 501,
        status: 'UNIMPLEMENTED',
      });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('insertPerson and insertDate: chips one index long, inside a paragraph', () => {
  const person = (index: number, personProperties: Record<string, unknown>): Request => ({
    insertPerson: { personProperties, location: { index } },
  });
  const date = (index: number, dateElementProperties: Record<string, unknown>): Request => ({
    insertDate: { dateElementProperties, location: { index } } as Request['insertDate'],
  });
  const kinds = (doc: Document, at = 0) =>
    paragraphs(doc)[at]!.paragraph.elements!.map((e) => [
      e.startIndex,
      e.endIndex,
      e.textRun?.content ?? Object.keys(e).find((k) => k !== 'startIndex' && k !== 'endIndex'),
    ]);

  it('reads a person back as `person` with its email and name, one index that moves what follows', () => {
    const { read, apply } = engineWith([p('owes it'), p('next')]);
    // 'owes it\n' [1,9), 'next\n' [9,14)
    apply(person(1, { email: 'ana@example.com', name: 'Ana' }));
    const doc = read();
    expect(kinds(doc)).toEqual([
      [1, 2, 'person'],
      [2, 10, 'owes it\n'],
    ]);
    const chip = paragraphs(doc)[0]!.paragraph.elements![0]!.person!;
    expect(chip.personProperties).toEqual({ email: 'ana@example.com', name: 'Ana' });
    expect(chip.personId).toEqual(expect.any(String));
    expect(paragraphs(doc)[1]).toMatchObject({ start: 10, end: 15, text: 'next\n' });
  });

  it('a known account shows its own name, whatever name was given (docs/PLATFORM.md, chips)', () => {
    const { read, apply } = engineWith([p('x')], { accountNames: { 'Ana.Silva@example.com': 'Ana Silva' } });
    apply(
      person(1, { email: 'ana.silva@example.com', name: 'Ana' }),
      person(1, { email: 'ben@example.com', name: 'B' }),
    );
    expect(paragraphs(read())[0]!.paragraph.elements!.map((e) => e.person?.personProperties)).toEqual([
      { email: 'ben@example.com', name: 'B' },
      { email: 'ana.silva@example.com', name: 'Ana Silva' },
      undefined,
    ]);
  });

  it('without a name, the chip holds only its email', () => {
    const { read, apply } = engineWith([p('x')]);
    apply(person(2, { email: 'ben@example.com' }));
    expect(paragraphs(read())[0]!.paragraph.elements![1]!.person!.personProperties).toEqual({
      email: 'ben@example.com',
    });
  });

  it('refuses a person without an email, or with one that is not an address, and writes nothing', () => {
    const { read, apply } = engineWith([p('x')]);
    const before = JSON.stringify(read());
    expect(apiError(() => apply(person(1, { name: 'Ana' }))).message).toBe(
      'Invalid requests[0].insertPerson: A person must have an email address: personProperties.email is required.',
    );
    expect(apiError(() => apply({ insertPerson: { location: { index: 1 } } })).code).toBe(400);
    expect(apiError(() => apply(person(1, { email: 'Ana Silva' }))).message).toContain('Invalid email address');
    expect(apiError(() => apply(person(1, { email: 'a', phone: '1' }))).message).toContain('Unknown name "phone"');
    expect(JSON.stringify(read())).toBe(before);
  });

  it('refuses a chip outside every paragraph: at a table start, at the body start, at or past the final newline', () => {
    const { read, apply } = engineWith([p('x'), table([['a']])]);
    // 'x\n' [1,3), table [3,9): row 4, cell 5, 'a\n' [6,8); then '\n' [9,10)
    const where = 'must be inside the bounds of an existing paragraph';
    expect(apiError(() => apply(person(3, { email: 'a@b.c' }))).message).toContain(where);
    expect(apiError(() => apply(date(5, { timestamp: '2026-11-30T00:00:00Z' }))).message).toContain(where);
    expect(apiError(() => apply(person(0, { email: 'a@b.c' }))).message).toContain(where);
    expect(apiError(() => apply(person(10, { email: 'a@b.c' }))).message).toContain('must be less than the end index');
    apply(person(6, { email: 'a@b.c' }));
    const cell = content(read())[2]!.table!.tableRows![0]!.tableCells![0]!;
    expect(cell.content![0]!.paragraph!.elements![0]!.person).toBeDefined();
    expect(cell).toMatchObject({ startIndex: 5, endIndex: 9 });
  });

  it('refuses a chip between the halves of an emoji, and places one at a segment end before its last newline', () => {
    const { read, apply } = engineWith([p('a😀b')]);
    // 'a' 1, '😀' [2,4), 'b' 4, '\n' 5
    expect(apiError(() => apply(person(3, { email: 'a@b.c' }))).message).toContain('surrogate pair');
    apply({ insertDate: { dateElementProperties: { timestamp: '2026-11-30T00:00:00Z' }, endOfSegmentLocation: {} } });
    expect(kinds(read())).toEqual([
      [1, 5, 'a😀b'],
      [5, 6, 'dateElement'],
      [6, 7, '\n'],
    ]);
  });

  it('reads a date back as `dateElement` with its properties and the text Docs shows for each format', () => {
    const { read, apply } = engineWith([p('due ')]);
    const at = '2026-11-30T15:00:00Z';
    apply(
      date(5, { timestamp: at }),
      date(5, { timestamp: at, dateFormat: 'DATE_FORMAT_MONTH_DAY_ABBREVIATED' }),
      date(5, { timestamp: at, dateFormat: 'DATE_FORMAT_MONTH_DAY_FULL' }),
      date(5, { timestamp: at, dateFormat: 'DATE_FORMAT_ISO8601', timeZoneId: 'Pacific/Kiritimati' }),
      date(5, {
        timestamp: at,
        dateFormat: 'DATE_FORMAT_MONTH_DAY_ABBREVIATED',
        timeFormat: 'TIME_FORMAT_HOUR_MINUTE',
      }),
    );
    const chips = paragraphs(read())[0]!.paragraph.elements!.filter((e) => e.dateElement);
    // Each went in at index 5, so the last one written reads first.
    expect(chips.map((e) => e.dateElement!.dateElementProperties!.displayText)).toEqual([
      'Nov 30 3:00 PM',
      '2026-12-01',
      'November 30',
      'Nov 30',
      'Nov 30, 2026',
    ]);
    expect(chips[3]!.dateElement!.dateElementProperties).toEqual({
      timestamp: at,
      dateFormat: 'DATE_FORMAT_MONTH_DAY_ABBREVIATED',
      displayText: 'Nov 30',
    });
    expect(new Set(chips.map((e) => e.dateElement!.dateId)).size).toBe(5);
    expect(chips.map((e) => e.endIndex! - e.startIndex!)).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses a date without a timestamp, with a malformed one, with output-only fields, or in an unknown zone', () => {
    const { read, apply } = engineWith([p('x')]);
    const before = JSON.stringify(read());
    expect(apiError(() => apply(date(1, {}))).message).toContain('dateElementProperties.timestamp is required');
    expect(apiError(() => apply({ insertDate: { location: { index: 1 } } })).message).toContain('timestamp');
    expect(apiError(() => apply(date(1, { timestamp: 'Nov 30' }))).message).toContain('google.protobuf.Timestamp');
    expect(apiError(() => apply(date(1, { timestamp: '2026-11-30T00:00:00Z', displayText: 'x' }))).message).toContain(
      'output only',
    );
    expect(
      apiError(() => apply(date(1, { timestamp: '2026-11-30T00:00:00Z', dateFormat: 'DATE_FORMAT_CUSTOM' }))).message,
    ).toContain('output only');
    expect(
      apiError(() => apply(date(1, { timestamp: '2026-11-30T00:00:00Z', dateFormat: 'DATE_FORMAT_LONG' }))).message,
    ).toContain('DateFormat), "DATE_FORMAT_LONG"');
    expect(apiError(() => apply(date(1, { timestamp: '2026-11-30T00:00:00Z', timeZoneId: 'Mars/Base' }))).message).toBe(
      'Invalid requests[0].insertDate: Invalid time zone: "Mars/Base".',
    );
    expect(JSON.stringify(read())).toBe(before);
  });

  it('moves named ranges after the chip by one, and a chip can be deleted like any one-index element', () => {
    const { read, apply } = engineWith([p('ab'), p('cd')]);
    // 'ab\n' [1,4), 'cd\n' [4,7)
    apply({ createNamedRange: { name: 'k', range: { startIndex: 4, endIndex: 6 } } });
    apply(person(2, { email: 'a@b.c', name: 'A' }));
    expect(rangesOf(read(), 'k')).toEqual([[5, 7]]);
    apply(del(2, 3));
    expect(texts(read())).toEqual(['ab\n', 'cd\n']);
    expect(rangesOf(read(), 'k')).toEqual([[4, 6]]);
  });

  it('gives the chip the style of the text before it', () => {
    const { read, apply } = engineWith([p('bold')]);
    apply({ updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true }, fields: 'bold' } });
    apply(person(5, { email: 'a@b.c' }));
    expect(paragraphs(read())[0]!.paragraph.elements![1]!.person!.textStyle).toEqual({ bold: true });
  });
});
