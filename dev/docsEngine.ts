// In-memory Google Docs API v1 (documents.get and documents.batchUpdate) over Docs JSON: strict, atomic, indexed in UTF-16 units.
import type {
  BatchUpdateDocumentRequest,
  BatchUpdateDocumentResponse,
  CreateNamedRangeRequest,
  CreateParagraphBulletsRequest,
  DateElementProperties,
  DeleteContentRangeRequest,
  DeleteNamedRangeRequest,
  DeleteParagraphBulletsRequest,
  Document,
  DocumentTab,
  InsertDateRequest,
  InsertPersonRequest,
  InsertTextRequest,
  List,
  NamedRange,
  NestingLevel,
  Paragraph,
  ParagraphElement,
  ParagraphStyle,
  Range,
  Response,
  StructuralElement,
  Tab,
  Table,
  TableCell,
  TextStyle,
  UpdateParagraphStyleRequest,
  UpdateTextStyleRequest,
} from '../src/types/docs-api';

// Where the rules come from (quoted in comments as [name]):
//   [batchUpdate] https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
//   [request]     https://developers.google.com/docs/api/reference/rest/v1/documents/request
//   [document]    https://developers.google.com/docs/api/reference/rest/v1/documents
//   [get]         https://developers.google.com/docs/api/reference/rest/v1/documents/get
//   [tabs]        https://developers.google.com/docs/api/how-tos/tabs
//   [rpc]         https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto
// Error texts copy the grammar of messages Google returns ("Invalid requests[2].insertText: …", "Invalid JSON payload
// received. Unknown name …"), so code that reports them to a person reads the same here and in production.

/** An error as the Docs API returns it: HTTP code, canonical status and Google's wording. */
export class DocsApiError extends Error {
  code: number;
  status: string;
  constructor(code: number, status: string, message: string) {
    super(message);
    this.name = 'DocsApiError';
    this.code = code;
    this.status = status;
  }
}

export interface DocsEngine {
  /** Adds (or replaces) a document; accepts JSON with `tabs` (as docBuilder makes) or a legacy one with top-level `body`. Returns its id. */
  put(doc: Document): string;
  /** documents.get: a deep copy; the first tab's content at top level, or `tabs` with includeTabsContent. */
  get(documentId: string, options?: { includeTabsContent?: boolean }): Document;
  /** documents.batchUpdate(resource, documentId), in Apps Script's argument order. */
  batchUpdate(resource: BatchUpdateDocumentRequest, documentId: string): BatchUpdateDocumentResponse;
  /** The current revision id, for tests. */
  revisionId(documentId: string): string;
  /** Deletes a document (moved to the bin and emptied): every later call about it answers 404. */
  remove(documentId: string): void;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const invalidArgument = (message: string) => new DocsApiError(400, 'INVALID_ARGUMENT', message);

/** A JSON round trip: what the wire does to arguments, and a deep copy that shares nothing with the caller. */
function wire<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** JSON with sorted keys, to compare styles whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const startOf = (x: { startIndex?: number }) => x.startIndex ?? 0;
const endOf = (x: { endIndex?: number }) => x.endIndex ?? 0;

/** Google omits an int that is 0 from its JSON (proto3), so a segment's first element has no startIndex. */
function setStart(x: { startIndex?: number }, index: number): void {
  if (index === 0) delete x.startIndex;
  else x.startIndex = index;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing the payload: unknown names, wrong types and doubly set oneofs fail before any request runs, as on Google's
// JSON front end. Field lists follow the [request] reference.
// ---------------------------------------------------------------------------------------------------------------

type FieldKind =
  | 'int32'
  | 'double'
  | 'string'
  | 'bool'
  | 'object'
  | { enumType: string; values: readonly string[] }
  | { message: string }
  | { repeated: FieldKind };

interface MessageSchema {
  fields: Record<string, FieldKind>;
  oneofs?: Record<string, readonly string[]>;
}

const message = (name: string): FieldKind => ({ message: name });
const enumOf = (name: string, values: readonly string[]): FieldKind => ({
  enumType: `google.apps.docs.v1.${name}`,
  values,
});

const NAMED_STYLE_TYPES = [
  'NAMED_STYLE_TYPE_UNSPECIFIED',
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
] as const;

/** Level 0, 1 and 2 glyphs of each preset; deeper levels repeat the pattern, as Docs does. [request] BulletGlyphPreset */
const SYMBOL_PRESETS: Record<string, readonly [string, string, string]> = {
  BULLET_DISC_CIRCLE_SQUARE: ['●', '○', '■'],
  BULLET_DIAMONDX_ARROW3D_SQUARE: ['❖', '➢', '■'],
  BULLET_ARROW_DIAMOND_DISC: ['➔', '◆', '●'],
  BULLET_STAR_CIRCLE_SQUARE: ['★', '○', '■'],
  BULLET_ARROW3D_CIRCLE_SQUARE: ['➢', '○', '■'],
  BULLET_LEFTTRIANGLE_DIAMOND_DISC: ['◄', '◆', '●'],
  BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE: ['❖', '◇', '■'],
  BULLET_DIAMOND_CIRCLE_SQUARE: ['◆', '○', '■'],
};
const NUMBERED_PRESETS: Record<
  string,
  { types: readonly [string, string, string]; format: (level: number) => string }
> = {
  NUMBERED_DECIMAL_ALPHA_ROMAN: { types: ['DECIMAL', 'ALPHA', 'ROMAN'], format: (l) => `%${l}.` },
  NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS: { types: ['DECIMAL', 'ALPHA', 'ROMAN'], format: (l) => `%${l})` },
  NUMBERED_DECIMAL_NESTED: {
    types: ['DECIMAL', 'DECIMAL', 'DECIMAL'],
    format: (l) => Array.from({ length: l + 1 }, (_, i) => `%${i}.`).join(''),
  },
  NUMBERED_UPPERALPHA_ALPHA_ROMAN: { types: ['UPPER_ALPHA', 'ALPHA', 'ROMAN'], format: (l) => `%${l}.` },
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: { types: ['UPPER_ROMAN', 'UPPER_ALPHA', 'DECIMAL'], format: (l) => `%${l}.` },
  NUMBERED_ZERODECIMAL_ALPHA_ROMAN: { types: ['ZERO_DECIMAL', 'ALPHA', 'ROMAN'], format: (l) => `%${l}.` },
};
const BULLET_PRESETS = [
  'BULLET_GLYPH_PRESET_UNSPECIFIED',
  'BULLET_CHECKBOX',
  ...Object.keys(SYMBOL_PRESETS),
  ...Object.keys(NUMBERED_PRESETS),
];

/** Text style fields an update may name; "*" means all of them. [request] UpdateTextStyleRequest.fields */
const TEXT_STYLE_FIELDS = [
  'backgroundColor',
  'baselineOffset',
  'bold',
  'fontSize',
  'foregroundColor',
  'italic',
  'link',
  'smallCaps',
  'strikethrough',
  'underline',
  'weightedFontFamily',
];
/** Writable paragraph style fields; headingId and tabStops are read-only in [document] ParagraphStyle. */
const PARAGRAPH_STYLE_FIELDS = [
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
];

/** The requests this engine applies, and the message type of each. */
const IMPLEMENTED_REQUESTS: Record<string, string> = {
  insertText: 'InsertTextRequest',
  insertPerson: 'InsertPersonRequest',
  insertDate: 'InsertDateRequest',
  deleteContentRange: 'DeleteContentRangeRequest',
  updateParagraphStyle: 'UpdateParagraphStyleRequest',
  updateTextStyle: 'UpdateTextStyleRequest',
  createParagraphBullets: 'CreateParagraphBulletsRequest',
  deleteParagraphBullets: 'DeleteParagraphBulletsRequest',
  createNamedRange: 'CreateNamedRangeRequest',
  deleteNamedRange: 'DeleteNamedRangeRequest',
};
/** Real Docs requests this engine does not implement: Google would run them, so they fail as UNIMPLEMENTED, not 400. */
const OTHER_REQUESTS = [
  'replaceAllText',
  'insertInlineImage',
  'insertTable',
  'insertTableRow',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'replaceImage',
  'updateDocumentStyle',
  'mergeTableCells',
  'unmergeTableCells',
  'createHeader',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'pinTableHeaderRows',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
];

/** [document] DateElementProperties.dateFormat and .timeFormat. */
const DATE_FORMATS = [
  'DATE_FORMAT_UNSPECIFIED',
  'DATE_FORMAT_CUSTOM',
  'DATE_FORMAT_MONTH_DAY_ABBREVIATED',
  'DATE_FORMAT_MONTH_DAY_FULL',
  'DATE_FORMAT_MONTH_DAY_YEAR_ABBREVIATED',
  'DATE_FORMAT_ISO8601',
] as const;
const TIME_FORMATS = [
  'TIME_FORMAT_UNSPECIFIED',
  'TIME_FORMAT_DISABLED',
  'TIME_FORMAT_HOUR_MINUTE',
  'TIME_FORMAT_HOUR_MINUTE_TIMEZONE',
] as const;

const DIMENSION = message('Dimension');
const COLOR = message('OptionalColor');
const RANGE = message('Range');

const SCHEMAS: Record<string, MessageSchema> = {
  BatchUpdateDocumentRequest: {
    fields: { requests: { repeated: message('Request') }, writeControl: message('WriteControl') },
  },
  WriteControl: {
    fields: { requiredRevisionId: 'string', targetRevisionId: 'string' },
    oneofs: { control: ['requiredRevisionId', 'targetRevisionId'] },
  },
  Request: {
    fields: {
      ...Object.fromEntries(Object.entries(IMPLEMENTED_REQUESTS).map(([name, type]) => [name, message(type)])),
      ...Object.fromEntries(OTHER_REQUESTS.map((name) => [name, 'object' as const])),
    },
    oneofs: { request: [...Object.keys(IMPLEMENTED_REQUESTS), ...OTHER_REQUESTS] },
  },
  InsertTextRequest: {
    fields: { text: 'string', location: message('Location'), endOfSegmentLocation: message('EndOfSegmentLocation') },
    oneofs: { insertion_location: ['location', 'endOfSegmentLocation'] },
  },
  InsertPersonRequest: {
    fields: {
      personProperties: message('PersonProperties'),
      location: message('Location'),
      endOfSegmentLocation: message('EndOfSegmentLocation'),
    },
    oneofs: { insertion_location: ['location', 'endOfSegmentLocation'] },
  },
  PersonProperties: { fields: { email: 'string', name: 'string' } },
  InsertDateRequest: {
    fields: {
      dateElementProperties: message('DateElementProperties'),
      location: message('Location'),
      endOfSegmentLocation: message('EndOfSegmentLocation'),
    },
    oneofs: { insertion_location: ['location', 'endOfSegmentLocation'] },
  },
  DateElementProperties: {
    fields: {
      timestamp: 'string',
      timeZoneId: 'string',
      locale: 'string',
      dateFormat: enumOf('DateFormat', DATE_FORMATS),
      timeFormat: enumOf('TimeFormat', TIME_FORMATS),
      displayText: 'string',
    },
  },
  Location: { fields: { index: 'int32', segmentId: 'string', tabId: 'string' } },
  EndOfSegmentLocation: { fields: { segmentId: 'string', tabId: 'string' } },
  Range: { fields: { startIndex: 'int32', endIndex: 'int32', segmentId: 'string', tabId: 'string' } },
  DeleteContentRangeRequest: { fields: { range: RANGE } },
  UpdateParagraphStyleRequest: {
    fields: { range: RANGE, paragraphStyle: message('ParagraphStyle'), fields: 'string' },
  },
  UpdateTextStyleRequest: { fields: { range: RANGE, textStyle: message('TextStyle'), fields: 'string' } },
  CreateParagraphBulletsRequest: {
    fields: { range: RANGE, bulletPreset: enumOf('BulletGlyphPreset', BULLET_PRESETS) },
  },
  DeleteParagraphBulletsRequest: { fields: { range: RANGE } },
  CreateNamedRangeRequest: { fields: { name: 'string', range: RANGE } },
  DeleteNamedRangeRequest: {
    fields: { namedRangeId: 'string', name: 'string', tabsCriteria: message('TabsCriteria') },
    oneofs: { named_range_reference: ['namedRangeId', 'name'] },
  },
  TabsCriteria: { fields: { tabIds: { repeated: 'string' } } },
  TextStyle: {
    fields: {
      bold: 'bool',
      italic: 'bool',
      underline: 'bool',
      strikethrough: 'bool',
      smallCaps: 'bool',
      backgroundColor: COLOR,
      foregroundColor: COLOR,
      fontSize: DIMENSION,
      weightedFontFamily: 'object',
      baselineOffset: enumOf('BaselineOffset', ['BASELINE_OFFSET_UNSPECIFIED', 'NONE', 'SUPERSCRIPT', 'SUBSCRIPT']),
      link: message('Link'),
    },
  },
  Link: {
    fields: {
      url: 'string',
      headingId: 'string',
      bookmarkId: 'string',
      tabId: 'string',
      heading: 'object',
      bookmark: 'object',
    },
    oneofs: { destination: ['url', 'headingId', 'bookmarkId', 'tabId', 'heading', 'bookmark'] },
  },
  OptionalColor: { fields: { color: message('Color') } },
  Color: { fields: { rgbColor: message('RgbColor') } },
  RgbColor: { fields: { red: 'double', green: 'double', blue: 'double' } },
  Dimension: { fields: { magnitude: 'double', unit: enumOf('Unit', ['UNIT_UNSPECIFIED', 'PT']) } },
  ParagraphStyle: {
    fields: {
      headingId: 'string',
      namedStyleType: enumOf('NamedStyleType', NAMED_STYLE_TYPES),
      alignment: enumOf('Alignment', ['ALIGNMENT_UNSPECIFIED', 'START', 'CENTER', 'END', 'JUSTIFIED']),
      direction: enumOf('ContentDirection', ['CONTENT_DIRECTION_UNSPECIFIED', 'LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']),
      spacingMode: enumOf('SpacingMode', ['SPACING_MODE_UNSPECIFIED', 'NEVER_COLLAPSE', 'COLLAPSE_LISTS']),
      lineSpacing: 'double',
      spaceAbove: DIMENSION,
      spaceBelow: DIMENSION,
      indentFirstLine: DIMENSION,
      indentStart: DIMENSION,
      indentEnd: DIMENSION,
      keepLinesTogether: 'bool',
      keepWithNext: 'bool',
      avoidWidowAndOrphan: 'bool',
      pageBreakBefore: 'bool',
      borderBetween: 'object',
      borderTop: 'object',
      borderBottom: 'object',
      borderLeft: 'object',
      borderRight: 'object',
      shading: 'object',
      tabStops: { repeated: 'object' },
    },
  },
};

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value)));

function checkMessage(value: unknown, type: string, path: string): void {
  const schema = SCHEMAS[type]!;
  if (!isObject(value))
    throw invalidArgument(
      `Invalid value at '${path}' (type.googleapis.com/google.apps.docs.v1.${type}), ${show(value)}`,
    );
  for (const [key, field] of Object.entries(value)) {
    const kind = schema.fields[key];
    if (!kind)
      throw invalidArgument(
        `Invalid JSON payload received. Unknown name "${key}"${path ? ` at '${path}'` : ''}: Cannot find field.`,
      );
    if (field !== null) checkValue(field, kind, path ? `${path}.${snake(key)}` : snake(key));
  }
  for (const [oneof, members] of Object.entries(schema.oneofs ?? {})) {
    // Google names the member it met second, in the order the JSON was written.
    const set = Object.keys(value).filter((k) => members.includes(k) && value[k] !== null);
    if (set.length > 1)
      throw invalidArgument(
        `Invalid value at '${path}' (oneof), oneof field '${oneof}' is already set. Cannot set '${set[1]}'`,
      );
  }
}

function checkValue(value: unknown, kind: FieldKind, path: string): void {
  const bad = (type: string) => invalidArgument(`Invalid value at '${path}' (${type}), ${show(value)}`);
  if (kind === 'int32') {
    // Google also parses "5" for an int32; refusing it here is stricter on purpose: our own code sends numbers.
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2 ** 31 - 1) throw bad('TYPE_INT32');
  } else if (kind === 'double') {
    if (typeof value !== 'number') throw bad('TYPE_DOUBLE');
  } else if (kind === 'string') {
    if (typeof value !== 'string') throw bad('TYPE_STRING');
  } else if (kind === 'bool') {
    if (typeof value !== 'boolean') throw bad('TYPE_BOOL');
  } else if (kind === 'object') {
    if (!isObject(value)) throw bad('TYPE_MESSAGE');
  } else if ('enumType' in kind) {
    if (typeof value !== 'string' || !kind.values.includes(value)) throw bad(`type.googleapis.com/${kind.enumType}`);
  } else if ('message' in kind) {
    checkMessage(value, kind.message, path);
  } else {
    if (!Array.isArray(value)) throw bad('TYPE_MESSAGE');
    value.forEach((item, i) => {
      checkValue(item, kind.repeated, `${path}[${i}]`);
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tabs and segments
// ---------------------------------------------------------------------------------------------------------------

/** The request being applied: its position and kind name the errors, `ids` makes fresh ids. */
interface Ctx {
  index: number;
  kind: string;
  ids: IdSource;
  /** The name of the Google account with this address, if the engine was told it (EngineOptions). */
  accountName(email: string): string | undefined;
}

/** What the engine knows of the world outside the documents. */
export interface EngineOptions {
  /**
   * Names of Google accounts by address, compared case-insensitively. A person chip for one of them shows that
   * name, whatever name insertPerson gave: whether Google keeps a given name is not documented (docs/PLATFORM.md,
   * chips, UNCONFIRMED), and this is the less convenient reading for code that reads its own chips back.
   */
  accountNames?: Readonly<Record<string, string>>;
}

interface IdSource {
  fresh(prefix: string, taken: (id: string) => boolean): string;
}

function fail(ctx: Ctx, detail: string): never {
  throw invalidArgument(`Invalid requests[${ctx.index}].${ctx.kind}: ${detail}`);
}

/** Every tab, child tabs after their parent, in the order Docs shows them. [tabs] */
function allTabs(doc: Document): Tab[] {
  const out: Tab[] = [];
  const walk = (tabs: Tab[] | undefined) => {
    for (const tab of tabs ?? []) {
      out.push(tab);
      walk(tab.childTabs);
    }
  };
  walk(doc.tabs);
  return out;
}

/** "When omitted, the request is applied to the first tab." ([request] Location.tabId, Range.tabId) */
function resolveTab(ctx: Ctx, doc: Document, tabId: string | undefined): Tab {
  const tabs = allTabs(doc);
  if (!tabId) return tabs[0]!;
  const tab = tabs.find((t) => t.tabProperties?.tabId === tabId);
  if (!tab) fail(ctx, `The tab with ID ${tabId} was not found in the document.`);
  return tab;
}

/** One run of content with its own indexes: the body, a footnote, a header or a footer of one tab. */
interface Segment {
  tabId: string;
  segmentId: string;
  documentTab: DocumentTab;
  content: StructuralElement[];
  isBody: boolean;
}

function resolveSegment(ctx: Ctx, doc: Document, tabId: string | undefined, segmentId: string | undefined): Segment {
  const tab = resolveTab(ctx, doc, tabId);
  tab.documentTab ??= {};
  const documentTab = tab.documentTab;
  const resolvedTabId = tab.tabProperties?.tabId ?? '';
  // "An empty segment ID signifies the document's body." ([request] Location.segmentId)
  if (!segmentId) {
    documentTab.body ??= {};
    documentTab.body.content ??= [];
    return { tabId: resolvedTabId, segmentId: '', documentTab, content: documentTab.body.content, isBody: true };
  }
  const holder = segmentHolder(documentTab, segmentId);
  if (!holder) fail(ctx, `The segment with ID ${segmentId} was not found in the tab.`);
  holder.content ??= [];
  return { tabId: resolvedTabId, segmentId, documentTab, content: holder.content, isBody: false };
}

/** Footnotes, headers and footers are segments of their own, each indexed from 0. */
function segmentHolder(tab: DocumentTab, segmentId: string): { content?: StructuralElement[] } | undefined {
  const pools = [tab.footnotes, tab.headers, tab.footers] as (
    | Record<string, { content?: StructuralElement[] }>
    | undefined
  )[];
  for (const pool of pools) {
    const found = pool?.[segmentId];
    if (found) return found;
  }
  return undefined;
}

const segmentEnd = (content: StructuralElement[]) => endOf(content[content.length - 1] ?? {});

// ---------------------------------------------------------------------------------------------------------------
// Layout: lengths and indexes. Every edit changes the element tree, then lays the whole segment out again, so
// indexes can never drift apart.
// ---------------------------------------------------------------------------------------------------------------

/** The content fields of a ParagraphElement; exactly one is set. [document] ParagraphElement */
const ELEMENT_KINDS = [
  'textRun',
  'autoText',
  'pageBreak',
  'columnBreak',
  'footnoteReference',
  'horizontalRule',
  'equation',
  'inlineObjectElement',
  'person',
  'richLink',
  'dateElement',
] as const;
const STRUCTURAL_KINDS = ['paragraph', 'sectionBreak', 'table', 'tableOfContents'] as const;

/** A text run is as long as its text in UTF-16 units; any other element keeps the span it had (1 for chips). */
function elementLength(el: ParagraphElement): number {
  if (el.textRun) return el.textRun.content?.length ?? 0;
  const span = endOf(el) - startOf(el);
  return span > 0 ? span : 1;
}

/** The object of an element's one content field (the textRun, the person…), where its textStyle lives. */
function elementBody(el: ParagraphElement): { textStyle?: TextStyle } | undefined {
  const record = el as Record<string, unknown>;
  for (const kind of ELEMENT_KINDS) if (isObject(record[kind])) return record[kind] as { textStyle?: TextStyle };
  return undefined;
}

function layoutContent(content: StructuralElement[], start: number): number {
  let pos = start;
  for (const el of content) {
    const oldStart = startOf(el);
    const oldEnd = endOf(el);
    setStart(el, pos);
    if (el.paragraph) pos = layoutParagraph(el.paragraph, pos);
    else if (el.table) pos = layoutTable(el.table, pos);
    else if (el.tableOfContents) {
      // A table of contents is generated by Docs and never edited here: it only moves.
      shiftIndexes(el.tableOfContents, pos - oldStart);
      pos += oldEnd - oldStart;
    } else pos += Math.max(1, oldEnd - oldStart);
    el.endIndex = pos;
  }
  return pos;
}

function layoutParagraph(paragraph: Paragraph, start: number): number {
  let pos = start;
  for (const el of paragraph.elements ?? []) {
    const length = elementLength(el);
    setStart(el, pos);
    pos += length;
    el.endIndex = pos;
  }
  return pos;
}

/** A table spans one index of its own, one per row and one per cell, then the cells' content, then one to close. */
function layoutTable(table: Table, start: number): number {
  let pos = start + 1;
  for (const row of table.tableRows ?? []) {
    setStart(row, pos);
    pos += 1;
    for (const cell of row.tableCells ?? []) {
      setStart(cell, pos);
      cell.content ??= [];
      pos = layoutContent(cell.content, pos + 1);
      cell.endIndex = pos;
    }
    row.endIndex = pos;
  }
  return pos + 1;
}

function shiftIndexes(value: unknown, delta: number): void {
  if (Array.isArray(value)) for (const item of value) shiftIndexes(item, delta);
  else if (isObject(value))
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'startIndex' || key === 'endIndex') && typeof child === 'number') value[key] = child + delta;
      else shiftIndexes(child, delta);
    }
}

const cellsOf = (table: Table): TableCell[] => (table.tableRows ?? []).flatMap((row) => row.tableCells ?? []);

/** Where a paragraph sits: the array that holds it (a segment's or a cell's content) and its position there. */
interface ParagraphSlot {
  container: StructuralElement[];
  position: number;
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** The paragraph whose span holds `index`, looking into table cells; none at a table's, row's or cell's own index. */
function findParagraph(content: StructuralElement[], index: number): ParagraphSlot | undefined {
  for (let position = 0; position < content.length; position++) {
    const el = content[position]!;
    const start = startOf(el);
    const end = endOf(el);
    if (index < start || index >= end) continue;
    if (el.paragraph) return { container: content, position, paragraph: el.paragraph, start, end };
    if (el.table) {
      const cell = cellsOf(el.table).find((c) => startOf(c) < index && index < endOf(c));
      return cell ? findParagraph(cell.content ?? [], index) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Every paragraph overlapping [start, end), in document order, inside table cells too (not in a table of contents). */
function paragraphsIn(content: StructuralElement[], start: number, end: number): ParagraphSlot[] {
  const out: ParagraphSlot[] = [];
  content.forEach((el, position) => {
    const s = startOf(el);
    const e = endOf(el);
    if (!(s < end && start < e)) return;
    if (el.paragraph) out.push({ container: content, position, paragraph: el.paragraph, start: s, end: e });
    else if (el.table) for (const cell of cellsOf(el.table)) out.push(...paragraphsIn(cell.content ?? [], start, end));
  });
  return out;
}

/** The UTF-16 code unit at `index`, when a text run holds it. */
function codeUnitAt(content: StructuralElement[], index: number): number | undefined {
  const slot = findParagraph(content, index);
  if (!slot) return undefined;
  for (const el of slot.paragraph.elements ?? []) {
    if (index >= startOf(el) && index < endOf(el)) return el.textRun?.content?.charCodeAt(index - startOf(el));
  }
  return undefined;
}

/** True when `index` falls between the high and the low half of one astral character (an emoji, say). */
function splitsSurrogatePair(content: StructuralElement[], index: number): boolean {
  const before = codeUnitAt(content, index - 1);
  const at = codeUnitAt(content, index);
  return (
    before !== undefined && at !== undefined && before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Paragraph elements: split, cut, merge
// ---------------------------------------------------------------------------------------------------------------

/** Splits a paragraph's elements at an offset from its start; a text run is cut in two, other elements are atomic. */
function splitAt(ctx: Ctx, elements: ParagraphElement[], offset: number): [ParagraphElement[], ParagraphElement[]] {
  let pos = 0;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    if (offset <= pos) return [elements.slice(0, i), elements.slice(i)];
    const length = elementLength(el);
    if (offset < pos + length) {
      if (!el.textRun) fail(ctx, 'The range cannot split an element that spans several indexes, such as an equation.');
      const text = el.textRun.content ?? '';
      const cut = offset - pos;
      const left: ParagraphElement = { textRun: { ...wire(el.textRun), content: text.slice(0, cut) } };
      const right: ParagraphElement = { textRun: { ...wire(el.textRun), content: text.slice(cut) } };
      return [
        [...elements.slice(0, i), left],
        [right, ...elements.slice(i + 1)],
      ];
    }
    pos += length;
  }
  return [elements, []];
}

function cutOut(ctx: Ctx, elements: ParagraphElement[], from: number, to: number): ParagraphElement[] {
  const [head, rest] = splitAt(ctx, elements, from);
  const [, tail] = splitAt(ctx, rest, to - from);
  return [...head, ...tail];
}

/** Docs keeps runs canonical: no empty run, and neighbours with the same formatting are one run. */
function normalize(paragraph: Paragraph): void {
  const out: ParagraphElement[] = [];
  for (const el of paragraph.elements ?? []) {
    if (el.textRun && !el.textRun.content) continue;
    const prev = out[out.length - 1];
    if (prev?.textRun && el.textRun && sameFormat(prev.textRun as Json, el.textRun as Json)) {
      prev.textRun.content = `${prev.textRun.content ?? ''}${el.textRun.content ?? ''}`;
      continue;
    }
    if (el.textRun) el.textRun.textStyle ??= {};
    out.push(el);
  }
  paragraph.elements = out;
}

function sameFormat(a: Json, b: Json): boolean {
  const format = (run: Json) => canonical({ ...run, content: undefined, textStyle: run.textStyle ?? {} });
  return format(a) === format(b);
}

const HEADINGS = new Set(['HEADING_1', 'HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6']);

/**
 * "If empty, then this paragraph is not a heading" ([document] ParagraphStyle.headingId): a heading has an id of its
 * own, anything else has none.
 */
function syncHeadingId(style: ParagraphStyle, ids: IdSource, taken: (id: string) => boolean): void {
  if (HEADINGS.has(style.namedStyleType ?? '')) style.headingId ??= ids.fresh('h.e', taken);
  else delete style.headingId;
}

/**
 * Cuts a paragraph whose runs now hold newlines into one paragraph per newline. "The paragraph style of the new
 * paragraph will be copied from the paragraph at the current insertion index, including lists and bullets"
 * ([request] InsertTextRequest.text). The last piece ends with the original newline and stays the original paragraph
 * (its headingId, positioned objects); the new pieces get copies, and a fresh headingId if they are headings.
 */
function splitIntoParagraphs(
  ctx: Ctx,
  original: Paragraph,
  elements: ParagraphElement[],
  taken: (id: string) => boolean,
) {
  const groups: ParagraphElement[][] = [[]];
  for (const el of elements) {
    const text = el.textRun?.content;
    if (text === undefined) {
      groups[groups.length - 1]!.push(el);
      continue;
    }
    for (const piece of text.split(/(?<=\n)/)) {
      groups[groups.length - 1]!.push({ textRun: { ...wire(el.textRun!), content: piece } });
      if (piece.endsWith('\n')) groups.push([]);
    }
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  return groups.map((group, i): Paragraph => {
    if (i === groups.length - 1) return { ...original, elements: group };
    const paragraphStyle = wire(original.paragraphStyle ?? {});
    delete paragraphStyle.headingId;
    if (original.paragraphStyle?.headingId) syncHeadingId(paragraphStyle, ctx.ids, taken);
    const copy: Paragraph = { elements: group, paragraphStyle };
    if (original.bullet) copy.bullet = wire(original.bullet);
    return copy;
  });
}

/** "In most cases, the text style for the inserted text will match the text immediately before the insertion index." */
function inheritedTextStyle(elements: ParagraphElement[], offset: number): TextStyle {
  // At a paragraph's start there is nothing before it in the paragraph, so the text after it lends its style.
  const probe = offset > 0 ? offset - 1 : 0;
  let pos = 0;
  for (const el of elements) {
    const length = elementLength(el);
    if (probe < pos + length) return wire(elementBody(el)?.textStyle ?? {});
    pos += length;
  }
  return {};
}

/** "Some control characters (U+0000-U+0008, U+000C-U+001F) and … (U+E000-U+F8FF) will be stripped out." [request] */
function stripDisallowed(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code <= 0x08 || (code >= 0x0c && code <= 0x1f);
    const privateUse = code >= 0xe000 && code <= 0xf8ff;
    if (!control && !privateUse) out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Named ranges follow the text they cover
// ---------------------------------------------------------------------------------------------------------------

type IndexMap = (index: number, isEnd: boolean) => number;

/**
 * "Content inserted inside a named range generally expands that range" ([document] NamedRange). Text inserted exactly
 * at a range's start goes before it (the range moves, it does not grow), and text inserted at its end stays outside
 * it: only an insertion strictly inside grows the range. The reference is silent on the two edges; this keeps a
 * range over a heading from swallowing a section inserted just above it.
 */
const insertionMap =
  (at: number, length: number): IndexMap =>
  (index, isEnd) =>
    (isEnd ? index > at : index >= at) ? index + length : index;

/** Deleted text leaves the range; a range whose text is all gone disappears. */
const deletionMap =
  (start: number, end: number): IndexMap =>
  (index) =>
    index <= start ? index : index >= end ? index - (end - start) : start;

function shiftNamedRanges(seg: Segment, map: IndexMap): void {
  const groups = seg.documentTab.namedRanges ?? {};
  for (const [name, group] of Object.entries(groups)) {
    const survivors: NamedRange[] = [];
    for (const named of group.namedRanges ?? []) {
      const ranges = (named.ranges ?? []).flatMap((range): Range[] => {
        const here = (range.segmentId ?? '') === seg.segmentId && (!range.tabId || range.tabId === seg.tabId);
        if (!here) return [range];
        const startIndex = map(startOf(range), false);
        const endIndex = map(endOf(range), true);
        return startIndex < endIndex ? [{ ...range, startIndex, endIndex }] : [];
      });
      if (ranges.length > 0) survivors.push({ ...named, ranges });
    }
    if (survivors.length > 0) group.namedRanges = survivors;
    else delete groups[name];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------------------------------------------

/**
 * Checks a Range against its segment: both ends set ("In all current uses, a start index must be provided", [request]
 * Range), not empty, inside the segment (the body's index 0 is its section break, so text starts at 1), and not
 * between the two halves of a surrogate pair ("Deleting one code unit of a surrogate pair" is invalid,
 * [request] DeleteContentRangeRequest; we hold every range boundary to the same rule).
 */
function checkRange(ctx: Ctx, doc: Document, range: Range | undefined): { seg: Segment; start: number; end: number } {
  if (range?.startIndex === undefined || range.endIndex === undefined)
    fail(ctx, 'Invalid range: must contain a start and end index');
  const seg = resolveSegment(ctx, doc, range.tabId, range.segmentId);
  const { startIndex: start, endIndex: end } = range;
  const min = seg.isBody ? 1 : 0;
  const max = segmentEnd(seg.content);
  if (start >= end)
    fail(ctx, `The range [${start}, ${end}) is empty: its start index must be less than its end index.`);
  if (start < min) fail(ctx, `Index ${start} must be greater than or equal to ${min}.`);
  if (end > max)
    fail(ctx, `Index ${end} must be less than or equal to the end index of the referenced segment, ${max}.`);
  for (const index of [start, end])
    if (splitsSurrogatePair(seg.content, index))
      fail(ctx, `Index ${index} is between the two code units of a surrogate pair; a range cannot split a character.`);
  return { seg, start, end };
}

// ---------------------------------------------------------------------------------------------------------------
// The requests
// ---------------------------------------------------------------------------------------------------------------

function namedIdTaken(doc: Document): (id: string) => boolean {
  return (id) =>
    allTabs(doc).some((tab) => {
      const dt = tab.documentTab ?? {};
      if (dt.lists?.[id]) return true;
      return Object.values(dt.namedRanges ?? {}).some((g) => (g.namedRanges ?? []).some((n) => n.namedRangeId === id));
    });
}

function headingIdTaken(doc: Document): (id: string) => boolean {
  const used = new Set<string>();
  const walk = (content: StructuralElement[] | undefined) => {
    for (const el of content ?? []) {
      const id = el.paragraph?.paragraphStyle?.headingId;
      if (id) used.add(id);
      if (el.table) for (const cell of cellsOf(el.table)) walk(cell.content);
    }
  };
  for (const tab of allTabs(doc)) walk(tab.documentTab?.body?.content);
  return (id) => used.has(id);
}

/** [request] InsertTextRequest */
function insertText(ctx: Ctx, doc: Document, req: InsertTextRequest): Response {
  if (!req.text) fail(ctx, 'Insert text requests must specify text.');
  const where = req.location ?? req.endOfSegmentLocation;
  if (!where) fail(ctx, 'No insertion location set.');
  const seg = resolveSegment(ctx, doc, where.tabId, where.segmentId);
  const end = segmentEnd(seg.content);
  // "The location is immediately before the last newline in the document segment." [request] EndOfSegmentLocation
  const index = req.location ? (req.location.index ?? 0) : end - 1;
  if (index >= end) fail(ctx, `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  // "Text must be inserted inside the bounds of an existing Paragraph. For instance, text cannot be inserted at a
  // table's start index" [request] InsertTextRequest.location. The body's index 0 is its section break.
  const slot = findParagraph(seg.content, index);
  if (!slot) fail(ctx, 'The insertion index must be inside the bounds of an existing paragraph.');
  if (splitsSurrogatePair(seg.content, index))
    fail(ctx, `Index ${index} is between the two code units of a surrogate pair; text cannot be inserted there.`);
  const text = stripDisallowed(req.text);
  if (text === '') return {};

  const elements = slot.paragraph.elements ?? [];
  const offset = index - slot.start;
  const [before, after] = splitAt(ctx, elements, offset);
  const run: ParagraphElement = { textRun: { content: text, textStyle: inheritedTextStyle(elements, offset) } };
  const pieces = splitIntoParagraphs(ctx, slot.paragraph, [...before, run, ...after], headingIdTaken(doc));
  for (const piece of pieces) normalize(piece);
  slot.container.splice(slot.position, 1, ...pieces.map((paragraph) => ({ paragraph })));
  layoutContent(seg.content, 0);
  shiftNamedRanges(seg, insertionMap(index, text.length));
  return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Chips: insertPerson and insertDate. Each is one paragraph element, one index long, with no text run [document].
// ---------------------------------------------------------------------------------------------------------------

/**
 * Where a chip goes: "The person mention must be inserted inside the bounds of an existing Paragraph. For instance,
 * it cannot be inserted at a table's start index (i.e. between the table and its preceding paragraph)"; the date's
 * rule reads the same ([request] InsertPersonRequest.location, InsertDateRequest.location). At a segment's end, it
 * goes before the last newline, as text does.
 */
function chipSlot(
  ctx: Ctx,
  doc: Document,
  req: { location?: InsertTextRequest['location']; endOfSegmentLocation?: InsertTextRequest['endOfSegmentLocation'] },
): { seg: Segment; slot: ParagraphSlot; index: number } {
  const where = req.location ?? req.endOfSegmentLocation;
  if (!where) fail(ctx, 'No insertion location set.');
  const seg = resolveSegment(ctx, doc, where.tabId, where.segmentId);
  const end = segmentEnd(seg.content);
  const index = req.location ? (req.location.index ?? 0) : end - 1;
  if (index >= end) fail(ctx, `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const slot = findParagraph(seg.content, index);
  if (!slot) fail(ctx, 'The insertion index must be inside the bounds of an existing paragraph.');
  if (splitsSurrogatePair(seg.content, index))
    fail(ctx, `Index ${index} is between the two code units of a surrogate pair; nothing can be inserted there.`);
  // "People cannot be inserted inside an equation" ([request] InsertPersonRequest.location): nor, here, a date.
  let pos = slot.start;
  for (const el of slot.paragraph.elements ?? []) {
    const length = elementLength(el);
    if (index > pos && index < pos + length && !el.textRun)
      fail(ctx, `Index ${index} is inside an element that spans several indexes, such as an equation.`);
    pos += length;
  }
  return { seg, slot, index };
}

/** Puts one chip element at `index`, styled like the text before it, and moves everything after it by one. */
function placeChip(ctx: Ctx, at: { seg: Segment; slot: ParagraphSlot; index: number }, chip: ParagraphElement): void {
  const { seg, slot, index } = at;
  const elements = slot.paragraph.elements ?? [];
  const offset = index - slot.start;
  const [before, after] = splitAt(ctx, elements, offset);
  const body = elementBody(chip)!;
  body.textStyle = inheritedTextStyle(elements, offset);
  slot.paragraph.elements = [...before, chip, ...after];
  normalize(slot.paragraph);
  layoutContent(seg.content, 0);
  shiftNamedRanges(seg, insertionMap(index, 1));
}

/** Every id of a person or date chip in the document, for fresh ones. */
function chipIdTaken(doc: Document): (id: string) => boolean {
  const used = new Set<string>();
  const walk = (content: StructuralElement[] | undefined) => {
    for (const el of content ?? []) {
      for (const pe of el.paragraph?.elements ?? []) {
        if (pe.person?.personId) used.add(pe.person.personId);
        if (pe.dateElement?.dateId) used.add(pe.dateElement.dateId);
      }
      if (el.table) for (const cell of cellsOf(el.table)) walk(cell.content);
    }
  };
  for (const tab of allTabs(doc)) walk(tab.documentTab?.body?.content);
  return (id) => used.has(id);
}

/**
 * An address Google could link a person to. The reference says only that the email is "always present"
 * ([document] PersonProperties); which addresses it refuses is not said (docs/PLATFORM.md, UNCONFIRMED): anything
 * without one "@" between non-empty parts, or with spaces, is refused here.
 */
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** [request] InsertPersonRequest */
function insertPerson(ctx: Ctx, doc: Document, req: InsertPersonRequest): Response {
  const email = req.personProperties?.email;
  if (!email) fail(ctx, 'A person must have an email address: personProperties.email is required.');
  if (!PLAUSIBLE_EMAIL.test(email)) fail(ctx, `Invalid email address: ${JSON.stringify(email)}.`);
  const at = chipSlot(ctx, doc, req);
  // docs/PLATFORM.md, Docs API, chips (UNCONFIRMED): a known account shows its own name; otherwise a given name is
  // kept as given, and without one the chip reads as the email.
  const name = ctx.accountName(email) ?? req.personProperties?.name;
  const personProperties = name ? { email, name } : { email };
  const personId = ctx.ids.fresh('kix.p', chipIdTaken(doc));
  placeChip(ctx, at, { person: { personId, personProperties } });
  return {};
}

/** A google.protobuf.Timestamp in its JSON form: RFC 3339, with "Z" or an offset. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The chip's text, as [document] DateElementProperties describes each format ("Jan 1", "January 01", "Jan 1, 1970",
 * "1970-01-01"; times "12:00 PM", "12:00 PM UTC"), in its zone (default "etc/UTC") and locale (default en_US).
 */
function dateDisplayText(props: DateElementProperties, ms: number): string {
  const timeZone = props.timeZoneId ?? 'UTC';
  const locale = (props.locale ?? 'en_US').replace(/_/g, '-');
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(ms);
  let date: string;
  switch (props.dateFormat) {
    case 'DATE_FORMAT_MONTH_DAY_ABBREVIATED':
      date = format({ month: 'short', day: 'numeric' });
      break;
    case 'DATE_FORMAT_MONTH_DAY_FULL':
      date = format({ month: 'long', day: '2-digit' });
      break;
    case 'DATE_FORMAT_ISO8601':
      date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        ms,
      );
      break;
    default:
      date = format({ month: 'short', day: 'numeric', year: 'numeric' });
  }
  if (props.timeFormat === 'TIME_FORMAT_HOUR_MINUTE')
    return `${date} ${format({ hour: 'numeric', minute: '2-digit' })}`;
  if (props.timeFormat === 'TIME_FORMAT_HOUR_MINUTE_TIMEZONE')
    return `${date} ${format({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })}`;
  return date;
}

/**
 * [request] InsertDateRequest. The reference does not say which properties are required (docs/PLATFORM.md,
 * UNCONFIRMED); the least convenient reading is held: a date needs its timestamp, output-only fields (displayText,
 * DATE_FORMAT_CUSTOM) are refused, and so are a zone or a locale this engine cannot name.
 */
function insertDate(ctx: Ctx, doc: Document, req: InsertDateRequest): Response {
  const props = req.dateElementProperties;
  const timestamp = props?.timestamp;
  if (!props || !timestamp) fail(ctx, 'A date must have a timestamp: dateElementProperties.timestamp is required.');
  const ms = RFC3339.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(ms))
    throw invalidArgument(
      `Invalid value at 'requests[${ctx.index}].insert_date.date_element_properties.timestamp' (type.googleapis.com/google.protobuf.Timestamp), ${show(timestamp)}`,
    );
  if (props.displayText !== undefined) fail(ctx, 'dateElementProperties.displayText is output only.');
  if (props.dateFormat === 'DATE_FORMAT_CUSTOM') fail(ctx, 'DATE_FORMAT_CUSTOM is output only.');
  if (props.timeZoneId !== undefined && !isZone(props.timeZoneId))
    fail(ctx, `Invalid time zone: ${JSON.stringify(props.timeZoneId)}.`);
  if (props.locale !== undefined && !/^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(props.locale))
    fail(ctx, `Invalid locale: ${JSON.stringify(props.locale)}.`);
  const at = chipSlot(ctx, doc, req);
  const stored: DateElementProperties = { ...wire(props), displayText: dateDisplayText(props, ms) };
  const dateId = ctx.ids.fresh('kix.d', chipIdTaken(doc));
  placeChip(ctx, at, { dateElement: { dateId, dateElementProperties: stored } });
  return {};
}

/** [request] DeleteContentRangeRequest */
function deleteContentRange(ctx: Ctx, doc: Document, req: DeleteContentRangeRequest): Response {
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  // "Deleting the last newline character of a Body, Header, Footer, Footnote, TableCell or TableOfContents" is invalid.
  if (end >= segmentEnd(seg.content))
    fail(ctx, 'The range cannot include the newline character at the end of the segment.');
  removeRange(ctx, seg.content, start, end);
  layoutContent(seg.content, 0);
  shiftNamedRanges(seg, deletionMap(start, end));
  return {};
}

/**
 * Removes [start, end) from a segment's (or a cell's) content. Tables, tables of contents and section breaks go only
 * whole, and the newline just before one stays unless it goes too ([request] DeleteContentRangeRequest.range lists
 * these as invalid deletions); a range inside a single table cell edits that cell.
 *
 * Merging: when the range takes the newline of a paragraph whose start survives, that paragraph absorbs what is left
 * of the next one and keeps its own style and bullet, as the Docs editor does when you delete across a paragraph
 * end. A paragraph deleted from its start leaves no style behind: the paragraph after it keeps its own. The reference
 * only says the merge "may result in changes to paragraph styles, lists"; this is our reading of the editor.
 */
function removeRange(ctx: Ctx, content: StructuralElement[], start: number, end: number): void {
  const covers = (el: StructuralElement) => start <= startOf(el) && endOf(el) <= end;
  const hits = content.filter((el) => startOf(el) < end && start < endOf(el));
  const only = hits.length === 1 ? hits[0]!.table : undefined;
  if (only) {
    const cell = cellsOf(only).find((c) => startOf(c) < start && end <= endOf(c));
    if (cell) {
      if (end >= endOf(cell)) fail(ctx, 'The range cannot include the newline character at the end of a table cell.');
      cell.content ??= [];
      removeRange(ctx, cell.content, start, end);
      return;
    }
  }
  for (const el of hits)
    if (!el.paragraph && !covers(el))
      fail(
        ctx,
        'The range cannot delete part of a table, table of contents or section break: delete all of it, or only content inside one table cell.',
      );
  for (const el of content) {
    const newlineBefore = startOf(el) - 1;
    if (!el.paragraph && !covers(el) && start <= newlineBefore && newlineBefore < end)
      fail(
        ctx,
        'The range cannot delete the newline before a table, table of contents or section break without deleting it too.',
      );
  }

  const kept: StructuralElement[] = [];
  let open: Paragraph | undefined; // a paragraph that lost its newline and takes in the next one
  for (const el of content) {
    const s = startOf(el);
    const e = endOf(el);
    const hit = s < end && start < e;
    if (hit && covers(el)) continue;
    const paragraph = el.paragraph;
    if (!paragraph) {
      if (open) fail(ctx, 'The range cannot join a paragraph to a table, table of contents or section break.');
      kept.push(el);
      continue;
    }
    if (hit) paragraph.elements = cutOut(ctx, paragraph.elements ?? [], Math.max(start, s) - s, Math.min(end, e) - s);
    if (open) {
      open.elements = [...(open.elements ?? []), ...(paragraph.elements ?? [])];
      normalize(open);
      open = undefined;
      continue;
    }
    normalize(paragraph);
    kept.push(el);
    if (hit && end >= e) open = paragraph;
  }
  if (open) fail(ctx, 'The range cannot include the newline character at the end of the segment.');
  content.splice(0, content.length, ...kept);
}

/**
 * Parses a field mask. "At least one field must be specified … A single "*" can be used as short-hand for listing
 * every field" ([request] UpdateTextStyleRequest.fields). Names may be camelCase or snake_case; a sub-field path
 * ("foregroundColor.color") updates its top-level field.
 */
function fieldMask(ctx: Ctx, fields: string | undefined, known: readonly string[]): string[] {
  const names = (fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (names.length === 0) fail(ctx, "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  if (names.includes('*')) return [...known];
  const out = new Set<string>();
  for (const name of names) {
    const top = camel(name.split('.')[0]!);
    if (!known.includes(top)) fail(ctx, `Invalid field: ${snake(camel(name))}`);
    out.add(top);
  }
  return [...out];
}

/** The text style a paragraph's named style gives, from the tab's namedStyles when it has them. */
function namedStyleTextStyle(tab: DocumentTab, type: string): Json {
  const styles = (tab.namedStyles as { styles?: { namedStyleType?: string; textStyle?: Json }[] } | undefined)?.styles;
  return styles?.find((s) => s.namedStyleType === type)?.textStyle ?? {};
}

/**
 * Sets the masked fields from `source`; a field in the mask but absent from `source` is reset, i.e. removed ("To
 * reset a property to its default value, include its field name in the field mask but leave the field itself
 * unset"). "If the value for a particular style matches that of the parent, that style will be set to inherit"
 * ([request] UpdateTextStyleRequest.textStyle): a value equal to the named style's, or a `false` where the named
 * style sets nothing, is stored as absent.
 */
function applyMask(current: Json, source: Json, fields: string[], parent: Json): Json {
  const next = { ...current };
  for (const field of fields) {
    const value = source[field];
    const inherited = parent[field] === undefined ? value === false : canonical(value) === canonical(parent[field]);
    if (value === undefined || value === null || inherited) delete next[field];
    else next[field] = wire(value);
  }
  return next;
}

/** [request] UpdateTextStyleRequest */
function updateTextStyle(ctx: Ctx, doc: Document, req: UpdateTextStyleRequest): Response {
  const fields = fieldMask(ctx, req.fields, TEXT_STYLE_FIELDS);
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  const source = (req.textStyle ?? {}) as Json;
  for (const slot of paragraphsIn(seg.content, start, end)) {
    const { paragraph, start: s, end: e } = slot;
    const parent = namedStyleTextStyle(seg.documentTab, paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT');
    const from = Math.max(start, s) - s;
    const [head, rest] = splitAt(ctx, paragraph.elements ?? [], from);
    const [middle, tail] = splitAt(ctx, rest, Math.min(end, e) - s - from);
    for (const el of middle) {
      const body = elementBody(el);
      if (body && !el.equation) body.textStyle = applyMask((body.textStyle ?? {}) as Json, source, fields, parent);
    }
    paragraph.elements = [...head, ...middle, ...tail];
    normalize(paragraph);
    // "If the range fully contains a paragraph belonging to a list, the paragraph's bullet is also updated."
    if (paragraph.bullet && start <= s && e <= end)
      paragraph.bullet.textStyle = applyMask((paragraph.bullet.textStyle ?? {}) as Json, source, fields, parent);
  }
  layoutContent(seg.content, 0);
  return {};
}

/**
 * [request] UpdateParagraphStyleRequest: "Update the styling of all paragraphs that overlap with the given range."
 * A reset namedStyleType becomes NORMAL_TEXT and a reset direction LEFT_TO_RIGHT, the values Docs reports for a
 * paragraph that sets nothing; other reset fields are removed.
 */
function updateParagraphStyle(ctx: Ctx, doc: Document, req: UpdateParagraphStyleRequest): Response {
  const fields = fieldMask(ctx, req.fields, PARAGRAPH_STYLE_FIELDS);
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  const source = (req.paragraphStyle ?? {}) as Json;
  if (fields.includes('namedStyleType') && source.namedStyleType === 'NAMED_STYLE_TYPE_UNSPECIFIED')
    fail(ctx, 'NAMED_STYLE_TYPE_UNSPECIFIED is not a named style a paragraph can have.');
  const defaults: Json = { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
  const taken = headingIdTaken(doc);
  for (const { paragraph } of paragraphsIn(seg.content, start, end)) {
    const next = { ...(paragraph.paragraphStyle ?? {}) } as Json;
    for (const field of fields) {
      const value = source[field] ?? defaults[field];
      if (value === undefined || value === null) delete next[field];
      else next[field] = wire(value);
    }
    if (fields.includes('namedStyleType')) syncHeadingId(next as ParagraphStyle, ctx.ids, taken);
    paragraph.paragraphStyle = next as ParagraphStyle;
  }
  return {};
}

/** The nine nesting levels of a preset's new list, shaped as Docs reports them. */
function nestingLevelsFor(preset: string): NestingLevel[] {
  return Array.from({ length: 9 }, (_, level): NestingLevel => {
    const symbols = SYMBOL_PRESETS[preset];
    if (symbols) return { glyphType: 'GLYPH_TYPE_UNSPECIFIED', glyphSymbol: symbols[level % 3] };
    const numbered = NUMBERED_PRESETS[preset];
    if (numbered) return { glyphType: numbered.types[level % 3], glyphFormat: numbered.format(level), startNumber: 1 };
    // A native checklist: no glyph symbol and GLYPH_TYPE_UNSPECIFIED at every level, with nothing that tells checked
    // from unchecked (googleapis/google-api-nodejs-client#2870, docs/PLATFORM.md, Checklists).
    return { glyphType: 'GLYPH_TYPE_UNSPECIFIED' };
  });
}

/** Whether an existing list was made with `preset`: its first level shows the same glyph. */
function listMatchesPreset(list: List | undefined, preset: string): boolean {
  const have = list?.listProperties?.nestingLevels?.[0];
  const want = nestingLevelsFor(preset)[0]!;
  if (!have) return false;
  return (
    (have.glyphType ?? 'GLYPH_TYPE_UNSPECIFIED') === want.glyphType &&
    (have.glyphSymbol ?? '') === (want.glyphSymbol ?? '')
  );
}

function leadingTabs(paragraph: Paragraph): number {
  let count = 0;
  for (const el of paragraph.elements ?? []) {
    const text = el.textRun?.content;
    if (text === undefined) break;
    const tabs = /^\t*/.exec(text)![0].length;
    count += tabs;
    if (tabs < text.length) break;
  }
  return count;
}

/**
 * [request] CreateParagraphBulletsRequest: "Creates bullets for all of the paragraphs that overlap with the given
 * range. The nesting level of each paragraph will be determined by counting leading tabs … these leading tabs are
 * removed by this request. … If the paragraph immediately before paragraphs being updated is in a list with a
 * matching preset, the paragraphs being updated are added to that preceding list." Otherwise a new list is made.
 */
function createParagraphBullets(ctx: Ctx, doc: Document, req: CreateParagraphBulletsRequest): Response {
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  const preset: string | undefined = req.bulletPreset;
  if (!preset || preset === 'BULLET_GLYPH_PRESET_UNSPECIFIED') fail(ctx, 'A bullet preset must be specified.');
  const slots = paragraphsIn(seg.content, start, end);
  if (slots.length === 0) return {}; // the range only covers a table's own indexes: no paragraph to bullet
  const levels = slots.map((slot) => Math.min(8, leadingTabs(slot.paragraph)));
  // Remove the tabs from the last paragraph up, so that each removal's indexes are still the current ones.
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i]!;
    const tabs = leadingTabs(slot.paragraph);
    if (tabs === 0) continue;
    slot.paragraph.elements = splitAt(ctx, slot.paragraph.elements ?? [], tabs)[1];
    normalize(slot.paragraph);
    shiftNamedRanges(seg, deletionMap(slot.start, slot.start + tabs));
  }
  seg.documentTab.lists ??= {};
  const lists = seg.documentTab.lists;
  const first = slots[0]!;
  const previous = first.container[first.position - 1]?.paragraph?.bullet?.listId;
  let listId = previous && listMatchesPreset(lists[previous], preset) ? previous : undefined;
  if (!listId) {
    listId = ctx.ids.fresh('kix.e', namedIdTaken(doc));
    lists[listId] = { listProperties: { nestingLevels: nestingLevelsFor(preset) } };
  }
  slots.forEach((slot, i) => {
    slot.paragraph.bullet = { listId, nestingLevel: levels[i], textStyle: {} };
  });
  layoutContent(seg.content, 0);
  return {};
}

/**
 * [request] DeleteParagraphBulletsRequest: "Deletes bullets from all of the paragraphs that overlap with the given
 * index or range. The nesting level of each paragraph will be visually preserved by adding indent to the start of
 * the corresponding paragraph." CHOICE: the indent added is the one the paragraph's list level states (Docs reports
 * `indentStart` and `indentFirstLine` on every level of its lists): the paragraph's `indentStart` and
 * `indentFirstLine` become the level's, each where the level has one, so the text stays where the bullet put it.
 */
function deleteParagraphBullets(ctx: Ctx, doc: Document, req: DeleteParagraphBulletsRequest): Response {
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  const lists = seg.documentTab.lists ?? {};
  for (const { paragraph } of paragraphsIn(seg.content, start, end)) {
    const bullet = paragraph.bullet;
    if (!bullet) continue;
    const level = (bullet.listId ? lists[bullet.listId] : undefined)?.listProperties?.nestingLevels?.[
      bullet.nestingLevel ?? 0
    ] as (NestingLevel & Pick<ParagraphStyle, 'indentStart' | 'indentFirstLine'>) | undefined;
    if (level?.indentStart || level?.indentFirstLine) {
      const style: ParagraphStyle = { ...(paragraph.paragraphStyle ?? {}) };
      if (level.indentStart) style.indentStart = wire(level.indentStart);
      if (level.indentFirstLine) style.indentFirstLine = wire(level.indentFirstLine);
      paragraph.paragraphStyle = style;
    }
    delete paragraph.bullet;
  }
  return {};
}

/** [request] CreateNamedRangeRequest: "Names must be at least 1 character and no more than 256 characters, measured in UTF-16 code units." */
function createNamedRange(ctx: Ctx, doc: Document, req: CreateNamedRangeRequest): Response {
  const name = req.name ?? '';
  if (name.length < 1 || name.length > 256)
    fail(
      ctx,
      `Names must be at least 1 character and no more than 256 characters, measured in UTF-16 code units (got ${name.length}).`,
    );
  const { seg, start, end } = checkRange(ctx, doc, req.range);
  const namedRangeId = ctx.ids.fresh('kix.e', namedIdTaken(doc));
  const range: Range = { startIndex: start, endIndex: end, tabId: seg.tabId };
  if (seg.segmentId) range.segmentId = seg.segmentId;
  seg.documentTab.namedRanges ??= {};
  const group = seg.documentTab.namedRanges[name] ?? { name, namedRanges: [] };
  seg.documentTab.namedRanges[name] = group;
  group.namedRanges = [...(group.namedRanges ?? []), { namedRangeId, name, ranges: [range] }];
  return { createNamedRange: { namedRangeId } };
}

/**
 * [request] DeleteNamedRangeRequest: by id, or by name ("All named ranges with the given name will be deleted"), in
 * the tabs of tabsCriteria or, when omitted, in every tab. An id that matches nothing is an error; a name that
 * matches nothing deletes nothing (the reference says "all", and all of none is none).
 */
function deleteNamedRange(ctx: Ctx, doc: Document, req: DeleteNamedRangeRequest): Response {
  if (!req.namedRangeId && !req.name) fail(ctx, 'ID or name for named range must be set');
  const wanted = req.tabsCriteria?.tabIds ?? [];
  const tabs = wanted.length > 0 ? wanted.map((id) => resolveTab(ctx, doc, id)) : allTabs(doc);
  let found = false;
  for (const tab of tabs) {
    const groups = tab.documentTab?.namedRanges ?? {};
    for (const [name, group] of Object.entries(groups)) {
      const keep = (group.namedRanges ?? []).filter((n) =>
        req.namedRangeId ? n.namedRangeId !== req.namedRangeId : name !== req.name,
      );
      found ||= keep.length !== (group.namedRanges ?? []).length;
      if (keep.length > 0) group.namedRanges = keep;
      else delete groups[name];
    }
  }
  if (req.namedRangeId && !found) fail(ctx, `The named range with ID ${req.namedRangeId} was not found.`);
  return {};
}

type Operation = (ctx: Ctx, doc: Document, request: never) => Response;
const OPERATIONS: Record<string, Operation> = {
  insertText,
  insertPerson,
  insertDate,
  deleteContentRange,
  updateParagraphStyle,
  updateTextStyle,
  createParagraphBullets,
  deleteParagraphBullets,
  createNamedRange,
  deleteNamedRange,
};

function applyRequest(doc: Document, request: Json, index: number, world: Pick<Ctx, 'ids' | 'accountName'>): Response {
  const kind = Object.keys(request).find((k) => request[k] !== undefined && request[k] !== null);
  if (!kind) throw invalidArgument(`Invalid requests[${index}]: No request set.`);
  const operation = OPERATIONS[kind];
  if (!operation)
    throw new DocsApiError(
      501,
      'UNIMPLEMENTED',
      `requests[${index}].${kind} is a Docs API request that this in-memory engine does not implement.`,
    );
  return operation({ index, kind, ...world }, doc, request[kind] as never);
}

// ---------------------------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------------------------

/** The fields a tab's content has; a legacy document carries them at top level. [tabs] */
const TAB_CONTENT_FIELDS = [
  'body',
  'headers',
  'footers',
  'footnotes',
  'documentStyle',
  'suggestedDocumentStyleChanges',
  'namedStyles',
  'suggestedNamedStylesChanges',
  'lists',
  'namedRanges',
  'inlineObjects',
  'positionedObjects',
] as const;

/** Stores every document with tabs: a legacy one (top-level body) becomes its own single first tab. */
function withTabs(input: Document): Document {
  const doc = wire(input) as Json;
  if (doc.tabs) {
    if (doc.body) throw new TypeError('put: a document has either `tabs` or a top-level `body`, not both.');
    return doc as Document;
  }
  const documentTab: Json = {};
  for (const field of TAB_CONTENT_FIELDS) {
    if (doc[field] !== undefined) documentTab[field] = doc[field];
    delete doc[field];
  }
  doc.tabs = [{ tabProperties: { tabId: 't.0', title: 'Tab 1', index: 0 }, childTabs: [], documentTab }];
  return doc as Document;
}

const SUGGESTIONS_VIEW_MODES = [
  'DEFAULT_FOR_CURRENT_ACCESS',
  'SUGGESTIONS_INLINE',
  'PREVIEW_SUGGESTIONS_ACCEPTED',
  'PREVIEW_WITHOUT_SUGGESTIONS',
];

/** The query parameters of [get]; `fields` (a partial response) is real but unsupported here. */
function checkGetOptions(options: Json): { includeTabsContent: boolean; suggestionsViewMode: string } {
  for (const key of Object.keys(options)) {
    if (key === 'fields')
      throw new DocsApiError(
        501,
        'UNIMPLEMENTED',
        'documents.get with `fields` (a partial response) is not supported by this in-memory engine.',
      );
    if (key !== 'includeTabsContent' && key !== 'suggestionsViewMode')
      throw invalidArgument(
        `Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter. Field '${key}' could not be found in request message.`,
      );
  }
  const mode = options.suggestionsViewMode ?? 'DEFAULT_FOR_CURRENT_ACCESS';
  if (typeof mode !== 'string' || !SUGGESTIONS_VIEW_MODES.includes(mode))
    throw invalidArgument(
      `Invalid value at 'suggestions_view_mode' (type.googleapis.com/google.apps.docs.v1.SuggestionsViewMode), ${show(mode)}`,
    );
  const tabs = options.includeTabsContent;
  return {
    // Over HTTP a query parameter is text, so "true" counts as true there too.
    includeTabsContent: tabs === true || tabs === 'true',
    suggestionsViewMode: mode === 'DEFAULT_FOR_CURRENT_ACCESS' ? 'SUGGESTIONS_INLINE' : mode,
  };
}

/** Whether any suggestion is in the document: a non-empty `suggested…` field (ids, or suggested style changes). */
function holdsSuggestions(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSuggestions);
  if (!isObject(value)) return false;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('suggested')) {
      if (Array.isArray(child) ? child.length > 0 : isObject(child) && Object.keys(child).length > 0) return true;
    } else if (holdsSuggestions(child)) return true;
  }
  return false;
}

interface Stored {
  doc: Document;
  revisions: Set<string>;
}

export function createDocsEngine(options: EngineOptions = {}): DocsEngine {
  const docs = new Map<string, Stored>();
  let counter = 0;
  const ids: IdSource = {
    fresh(prefix, taken) {
      let id: string;
      do id = `${prefix}${(++counter).toString(36)}`;
      while (taken(id));
      return id;
    },
  };

  const accounts = new Map(
    Object.entries(options.accountNames ?? {}).map(([email, name]) => [email.toLowerCase(), name]),
  );
  const accountName = (email: string) => accounts.get(email.toLowerCase());
  const notFound = () => new DocsApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
  const lookup = (documentId: string) => {
    const stored = docs.get(documentId);
    if (!stored) throw notFound();
    return stored;
  };
  /** Every successful write gets an id the document never had before. */
  const nextRevision = (stored: Stored | undefined) => ids.fresh('rev.e', (id) => stored?.revisions.has(id) ?? false);

  return {
    put(input) {
      const doc = withTabs(input);
      doc.documentId ??= ids.fresh('doc.e', (id) => docs.has(id));
      assertValidDocument(doc);
      doc.revisionId ??= nextRevision(undefined);
      docs.set(doc.documentId, { doc, revisions: new Set([doc.revisionId]) });
      return doc.documentId;
    },

    get(documentId, options = {}) {
      const { includeTabsContent, suggestionsViewMode } = checkGetOptions(options as Json);
      const { doc } = lookup(documentId);
      const out: Document = { title: doc.title };
      // [get] includeTabsContent: with it, `tabs` instead of the text content fields; without it, "the content of the
      // document's first tab populates the content fields in Document excluding Document.tabs".
      if (includeTabsContent) out.tabs = wire(doc.tabs);
      else Object.assign(out, wire(allTabs(doc)[0]?.documentTab ?? {}));
      out.revisionId = doc.revisionId;
      // Suggestions are held as Docs shows them inline (runs with suggestedInsertionIds/suggestedDeletionIds, indexes
      // counting them). A preview with them accepted or left out has other text and other indexes, which this engine
      // does not compute: for a document that holds any, it says so rather than answer with the inline content.
      if (suggestionsViewMode !== 'SUGGESTIONS_INLINE' && holdsSuggestions(doc.tabs))
        throw new DocsApiError(
          501,
          'UNIMPLEMENTED',
          `documents.get with suggestionsViewMode ${suggestionsViewMode} on a document with suggestions is not supported by this in-memory engine.`,
        );
      out.suggestionsViewMode = suggestionsViewMode;
      out.documentId = doc.documentId;
      return out;
    },

    batchUpdate(resource, documentId) {
      const stored = lookup(documentId);
      const body = wire(resource) as Json;
      checkMessage(body, 'BatchUpdateDocumentRequest', '');
      const control = (body.writeControl ?? {}) as { requiredRevisionId?: string; targetRevisionId?: string };
      // "If this is not the latest revision of the document, the request is not processed and returns a 400 bad
      // request error" ([batchUpdate] WriteControl.requiredRevisionId). A failed precondition maps to HTTP 400 [rpc].
      if (control.requiredRevisionId !== undefined && control.requiredRevisionId !== stored.doc.revisionId)
        throw new DocsApiError(
          400,
          'FAILED_PRECONDITION',
          // UNCONFIRMED wording (docs/PLATFORM.md, Docs API): Google documents only the 400, so the engine answers with
          // its generic 400 text, and code that looks for "revision" in the message fails here as it could on Google.
          'Request contains an invalid argument.',
        );
      // A target revision asks Google to merge our edits with collaborators' ones since then; with none since, it is
      // the same as applying them; merging is beyond this engine.
      if (control.targetRevisionId !== undefined && control.targetRevisionId !== stored.doc.revisionId)
        throw new DocsApiError(
          501,
          'UNIMPLEMENTED',
          'writeControl.targetRevisionId older than the latest revision needs a merge that this in-memory engine does not implement.',
        );
      const requests = (body.requests ?? []) as Json[];
      if (requests.length === 0) throw invalidArgument('Must specify at least one request.');

      // "If any request is not valid, then the entire request will fail and nothing will be applied." [batchUpdate]
      const working = wire(stored.doc);
      const replies = requests.map((request, index) => applyRequest(working, request, index, { ids, accountName }));
      assertValidDocument(working);
      working.revisionId = nextRevision(stored);
      stored.revisions.add(working.revisionId);
      stored.doc = working;
      return { documentId, replies, writeControl: { requiredRevisionId: working.revisionId } };
    },

    remove(documentId) {
      lookup(documentId);
      docs.delete(documentId);
    },
    revisionId(documentId) {
      return lookup(documentId).doc.revisionId!;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The consistency checker: what every document this engine stores or returns satisfies.
// ---------------------------------------------------------------------------------------------------------------

type Report = (where: string, problem: string) => void;

/**
 * Throws when a document breaks the Docs JSON invariants: indexes not contiguous (or elements overlapping), a
 * paragraph not ending in "\n", an empty text run, a named range outside its segment, a bullet whose list is missing.
 * Accepts a document with `tabs` or a legacy one with a top-level body.
 */
export function assertValidDocument(doc: Document): void {
  const problems: string[] = [];
  const report: Report = (where, problem) => problems.push(`${where}: ${problem}`);
  if (doc.tabs) {
    if (doc.body) report('document', 'has both tabs and a top-level body');
    const tabs = allTabs(doc);
    if (tabs.length === 0) report('document', 'has no tabs');
    const seen = new Set<string>();
    for (const tab of tabs) {
      const tabId = tab.tabProperties?.tabId;
      if (!tabId || seen.has(tabId)) report(`tab ${tabId}`, 'needs a tabId of its own');
      if (tabId) seen.add(tabId);
      checkTab(tab.documentTab ?? {}, `tab ${tabId}`, tabId, report);
    }
  } else {
    checkTab(doc as DocumentTab, 'document', undefined, report);
  }
  if (problems.length > 0) throw new Error(`Invalid Docs document:\n  ${problems.join('\n  ')}`);
}

function checkTab(tab: DocumentTab, where: string, tabId: string | undefined, report: Report): void {
  const bullets: { listId?: string; where: string }[] = [];
  const ends = new Map<string, number>();
  const body = tab.body?.content;
  if (!body || body.length === 0) report(`${where}.body`, 'is missing or empty');
  else {
    if (!body[0]!.sectionBreak) report(`${where}.body`, 'must open with a section break at index 0');
    ends.set('', checkContent(body, 0, `${where}.body`, report, bullets));
  }
  const pools = { footnotes: tab.footnotes, headers: tab.headers, footers: tab.footers } as Record<
    string,
    Record<string, { content?: StructuralElement[] }> | undefined
  >;
  for (const [pool, segments] of Object.entries(pools))
    for (const [id, segment] of Object.entries(segments ?? {}))
      ends.set(id, checkContent(segment.content ?? [], 0, `${where}.${pool}.${id}`, report, bullets));
  for (const bullet of bullets)
    if (!bullet.listId || !tab.lists?.[bullet.listId])
      report(bullet.where, `bullet list ${bullet.listId} is not in lists`);
  checkNamedRanges(tab, where, tabId, ends, report);
}

function checkNamedRanges(
  tab: DocumentTab,
  where: string,
  tabId: string | undefined,
  ends: Map<string, number>,
  report: Report,
): void {
  const ids = new Set<string>();
  for (const [name, group] of Object.entries(tab.namedRanges ?? {})) {
    const at = `${where}.namedRanges[${JSON.stringify(name)}]`;
    if (group.name !== name) report(at, `group name ${group.name} differs from its key`);
    if ((group.namedRanges ?? []).length === 0) report(at, 'has no named ranges');
    for (const named of group.namedRanges ?? []) {
      if (!named.namedRangeId || ids.has(named.namedRangeId))
        report(at, `named range id ${named.namedRangeId} is missing or repeated`);
      if (named.namedRangeId) ids.add(named.namedRangeId);
      if (named.name !== name) report(at, `named range ${named.namedRangeId} is called ${named.name}`);
      if ((named.ranges ?? []).length === 0) report(at, `named range ${named.namedRangeId} has no ranges`);
      for (const range of named.ranges ?? []) {
        const segment = range.segmentId ?? '';
        const end = ends.get(segment);
        const min = segment === '' ? 1 : 0;
        if (range.tabId && tabId && range.tabId !== tabId)
          report(at, `range names tab ${range.tabId} but sits in tab ${tabId}`);
        if (end === undefined) report(at, `range names segment ${segment}, which does not exist`);
        else if (!(min <= startOf(range) && startOf(range) < endOf(range) && endOf(range) <= end))
          report(at, `range [${range.startIndex}, ${range.endIndex}) is outside [${min}, ${end}] or empty`);
      }
    }
  }
}

function checkContent(
  content: StructuralElement[],
  start: number,
  where: string,
  report: Report,
  bullets: { listId?: string; where: string }[],
): number {
  if (content.length === 0) report(where, 'has no content');
  let pos = start;
  content.forEach((el, i) => {
    const at = `${where}[${i}]`;
    const s = startOf(el);
    const e = el.endIndex;
    if (s !== pos) report(at, `starts at ${s}, expected ${pos}: indexes must be contiguous, without gaps or overlaps`);
    if (e === undefined || e <= s) report(at, `endIndex ${e} must be greater than startIndex ${s}`);
    const kinds = STRUCTURAL_KINDS.filter((k) => el[k] !== undefined);
    if (kinds.length !== 1)
      report(at, `must set exactly one of ${STRUCTURAL_KINDS.join(', ')}; sets ${kinds.join(', ')}`);
    if (el.paragraph) checkParagraph(el.paragraph, s, e ?? s, at, report, bullets);
    else if (el.table) checkTable(el.table, s, e ?? s, at, report, bullets);
    else if (el.sectionBreak && e !== s + 1) report(at, 'a section break spans exactly one index');
    pos = e ?? pos;
  });
  if (content.length > 0 && !content[content.length - 1]!.paragraph) report(where, 'must end with a paragraph');
  return pos;
}

function checkParagraph(
  paragraph: Paragraph,
  start: number,
  end: number,
  where: string,
  report: Report,
  bullets: { listId?: string; where: string }[],
): void {
  const elements = paragraph.elements ?? [];
  if (elements.length === 0) report(where, 'paragraph has no elements');
  let pos = start;
  elements.forEach((el, i) => {
    const at = `${where}.elements[${i}]`;
    const s = startOf(el);
    const e = endOf(el);
    if (s !== pos) report(at, `starts at ${s}, expected ${pos}: indexes must be contiguous, without gaps or overlaps`);
    const kinds = ELEMENT_KINDS.filter((k) => el[k] !== undefined);
    if (kinds.length !== 1) report(at, `must set exactly one content field; sets ${kinds.join(', ') || 'none'}`);
    if (el.textRun) {
      const text = el.textRun.content ?? '';
      if (text === '') report(at, 'text run has empty content');
      if (e - s !== text.length) report(at, `spans ${e - s} indexes but its text is ${text.length} UTF-16 units long`);
      const newline = text.indexOf('\n');
      if (newline !== -1 && !(i === elements.length - 1 && newline === text.length - 1))
        report(at, 'holds a newline before the end of its paragraph');
    } else if (e - s < 1) report(at, 'a non-text element spans at least one index');
    pos = e;
  });
  if (!elements[elements.length - 1]?.textRun?.content?.endsWith('\n'))
    report(where, 'paragraph does not end with "\\n"');
  if (pos !== end) report(where, `paragraph ends at ${end} but its elements end at ${pos}`);
  if (paragraph.bullet) bullets.push({ listId: paragraph.bullet.listId, where });
}

function checkTable(
  table: Table,
  start: number,
  end: number,
  where: string,
  report: Report,
  bullets: { listId?: string; where: string }[],
): void {
  let pos = start + 1;
  const rows = table.tableRows ?? [];
  if (table.rows !== undefined && table.rows !== rows.length)
    report(where, `says ${table.rows} rows but has ${rows.length}`);
  rows.forEach((row, r) => {
    const at = `${where}.tableRows[${r}]`;
    if (startOf(row) !== pos) report(at, `starts at ${startOf(row)}, expected ${pos}`);
    pos += 1;
    (row.tableCells ?? []).forEach((cell, c) => {
      const cellAt = `${at}.tableCells[${c}]`;
      if (startOf(cell) !== pos) report(cellAt, `starts at ${startOf(cell)}, expected ${pos}`);
      pos = checkContent(cell.content ?? [], pos + 1, `${cellAt}.content`, report, bullets);
      if (endOf(cell) !== pos) report(cellAt, `ends at ${endOf(cell)}, expected ${pos}`);
    });
    if (endOf(row) !== pos) report(at, `ends at ${endOf(row)}, expected ${pos}`);
  });
  if (pos + 1 !== end) report(where, `table ends at ${end}, expected ${pos + 1}`);
}
