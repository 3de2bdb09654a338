// The Google Docs API v1 JSON shapes this project reads and writes, typed from the public REST reference.
//
// Why a file of our own: @types/google-apps-script types the Docs advanced service loosely (`lists`,
// `namedRanges` and friends are `object`) and predates tabs and smart chips. The shapes below follow
// https://developers.google.com/docs/api/reference/rest/v1/documents (Document, Tab, StructuralElement,
// ParagraphElement with `person`, `dateElement` and `richLink`) and
// https://developers.google.com/docs/api/reference/rest/v1/documents/request (the batchUpdate requests).
// Only the fields the add-on, its engine or its fixtures touch are listed; every field is optional,
// as in the API, because Google omits empty and default values.

export interface Document {
  documentId?: string;
  title?: string;
  revisionId?: string;
  /** Present when the document is fetched without `includeTabsContent` (the first tab's content). */
  body?: Body;
  lists?: Record<string, List>;
  namedRanges?: Record<string, NamedRanges>;
  inlineObjects?: Record<string, unknown>;
  footnotes?: Record<string, Footnote>;
  headers?: Record<string, unknown>;
  footers?: Record<string, unknown>;
  documentStyle?: Record<string, unknown>;
  namedStyles?: Record<string, unknown>;
  suggestionsViewMode?: string;
  /** Present when fetched with `includeTabsContent: true`; then the top-level content fields are absent. */
  tabs?: Tab[];
}

export interface Tab {
  tabProperties?: TabProperties;
  childTabs?: Tab[];
  documentTab?: DocumentTab;
}

export interface TabProperties {
  tabId?: string;
  title?: string;
  parentTabId?: string;
  index?: number;
  nestingLevel?: number;
}

export interface DocumentTab {
  body?: Body;
  lists?: Record<string, List>;
  namedRanges?: Record<string, NamedRanges>;
  inlineObjects?: Record<string, unknown>;
  footnotes?: Record<string, Footnote>;
  headers?: Record<string, unknown>;
  footers?: Record<string, unknown>;
  documentStyle?: Record<string, unknown>;
  namedStyles?: Record<string, unknown>;
}

export interface Body {
  content?: StructuralElement[];
}

export interface Footnote {
  footnoteId?: string;
  content?: StructuralElement[];
}

/** Exactly one of paragraph, sectionBreak, table, tableOfContents is set. `startIndex` is omitted when 0. */
export interface StructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: Paragraph;
  sectionBreak?: SectionBreak;
  table?: Table;
  tableOfContents?: { content?: StructuralElement[] };
}

export interface SectionBreak {
  sectionStyle?: Record<string, unknown>;
}

export interface Table {
  rows?: number;
  columns?: number;
  tableRows?: TableRow[];
  tableStyle?: Record<string, unknown>;
}

export interface TableRow {
  startIndex?: number;
  endIndex?: number;
  tableCells?: TableCell[];
}

export interface TableCell {
  startIndex?: number;
  endIndex?: number;
  content?: StructuralElement[];
}

export interface Paragraph {
  elements?: ParagraphElement[];
  paragraphStyle?: ParagraphStyle;
  bullet?: Bullet;
  positionedObjectIds?: string[];
}

export type NamedStyleType =
  | 'NORMAL_TEXT'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING_1'
  | 'HEADING_2'
  | 'HEADING_3'
  | 'HEADING_4'
  | 'HEADING_5'
  | 'HEADING_6';

export interface ParagraphStyle {
  namedStyleType?: NamedStyleType;
  headingId?: string;
  direction?: 'LEFT_TO_RIGHT' | 'RIGHT_TO_LEFT';
  alignment?: 'START' | 'CENTER' | 'END' | 'JUSTIFIED';
  indentStart?: Dimension;
  indentFirstLine?: Dimension;
  spaceAbove?: Dimension;
  spaceBelow?: Dimension;
}

export interface Dimension {
  magnitude?: number;
  unit?: 'PT';
}

export interface Bullet {
  listId?: string;
  nestingLevel?: number;
  textStyle?: TextStyle;
}

export interface List {
  listProperties?: { nestingLevels?: NestingLevel[] };
}

/**
 * A native checklist reaches the API as a list whose levels have no glyphSymbol and
 * glyphType GLYPH_TYPE_UNSPECIFIED, with nothing that tells checked from unchecked
 * (googleapis/google-api-nodejs-client#2870).
 */
export interface NestingLevel {
  glyphType?: string;
  glyphSymbol?: string;
  glyphFormat?: string;
  startNumber?: number;
}

/** Exactly one content field is set. Every non-text element (chips, images, breaks) is one index long. */
export interface ParagraphElement {
  startIndex?: number;
  endIndex?: number;
  textRun?: TextRun;
  person?: Person;
  dateElement?: DateElement;
  richLink?: RichLink;
  inlineObjectElement?: { inlineObjectId?: string; textStyle?: TextStyle };
  footnoteReference?: { footnoteId?: string; footnoteNumber?: string; textStyle?: TextStyle };
  pageBreak?: { textStyle?: TextStyle };
  columnBreak?: { textStyle?: TextStyle };
  horizontalRule?: { textStyle?: TextStyle };
  autoText?: { type?: string; textStyle?: TextStyle };
  equation?: Record<string, unknown>;
}

export interface TextRun {
  content?: string;
  textStyle?: TextStyle;
}

export interface Person {
  /** Output only. */
  personId?: string;
  personProperties?: PersonProperties;
  textStyle?: TextStyle;
}

/** `email` is "always present"; `name` only when the chip shows a name instead of the email [document]. */
export interface PersonProperties {
  email?: string;
  name?: string;
}

export type DateFormat =
  | 'DATE_FORMAT_UNSPECIFIED'
  | 'DATE_FORMAT_CUSTOM'
  | 'DATE_FORMAT_MONTH_DAY_ABBREVIATED'
  | 'DATE_FORMAT_MONTH_DAY_FULL'
  | 'DATE_FORMAT_MONTH_DAY_YEAR_ABBREVIATED'
  | 'DATE_FORMAT_ISO8601';

export type TimeFormat =
  | 'TIME_FORMAT_UNSPECIFIED'
  | 'TIME_FORMAT_DISABLED'
  | 'TIME_FORMAT_HOUR_MINUTE'
  | 'TIME_FORMAT_HOUR_MINUTE_TIMEZONE';

export interface DateElementProperties {
  /** RFC 3339 ("2026-11-30T00:00:00Z"): the point in time shown. */
  timestamp?: string;
  /** Output only: how the chip reads in the Doc. */
  displayText?: string;
  dateFormat?: DateFormat | string;
  timeFormat?: TimeFormat | string;
  timeZoneId?: string;
  locale?: string;
}

export interface DateElement {
  /** Output only. */
  dateId?: string;
  dateElementProperties?: DateElementProperties;
  textStyle?: TextStyle;
}

export interface RichLink {
  richLinkId?: string;
  richLinkProperties?: { title?: string; uri?: string; mimeType?: string };
  textStyle?: TextStyle;
}

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  smallCaps?: boolean;
  foregroundColor?: OptionalColor;
  backgroundColor?: OptionalColor;
  link?: { url?: string; headingId?: string; bookmarkId?: string; tabId?: string };
  fontSize?: Dimension;
  weightedFontFamily?: { fontFamily?: string; weight?: number };
  baselineOffset?: 'NONE' | 'SUPERSCRIPT' | 'SUBSCRIPT';
}

export interface OptionalColor {
  color?: { rgbColor?: { red?: number; green?: number; blue?: number } };
}

export interface NamedRanges {
  name?: string;
  namedRanges?: NamedRange[];
}

export interface NamedRange {
  namedRangeId?: string;
  name?: string;
  ranges?: Range[];
}

export interface Range {
  segmentId?: string;
  startIndex?: number;
  endIndex?: number;
  tabId?: string;
}

export interface Location {
  index?: number;
  segmentId?: string;
  tabId?: string;
}

export interface EndOfSegmentLocation {
  segmentId?: string;
  tabId?: string;
}

export type BulletGlyphPreset =
  | 'BULLET_DISC_CIRCLE_SQUARE'
  | 'BULLET_DIAMONDX_ARROW3D_SQUARE'
  | 'BULLET_CHECKBOX'
  | 'BULLET_ARROW_DIAMOND_DISC'
  | 'NUMBERED_DECIMAL_ALPHA_ROMAN'
  | 'NUMBERED_DECIMAL_NESTED';

export interface InsertTextRequest {
  text?: string;
  location?: Location;
  endOfSegmentLocation?: EndOfSegmentLocation;
}

export interface DeleteContentRangeRequest {
  range?: Range;
}

export interface UpdateParagraphStyleRequest {
  range?: Range;
  paragraphStyle?: ParagraphStyle;
  /** Field mask, e.g. "namedStyleType" or "*". Required by the API. */
  fields?: string;
}

export interface UpdateTextStyleRequest {
  range?: Range;
  textStyle?: TextStyle;
  /** Field mask, e.g. "strikethrough,foregroundColor". Required by the API. */
  fields?: string;
}

export interface CreateParagraphBulletsRequest {
  range?: Range;
  bulletPreset?: BulletGlyphPreset;
}

export interface DeleteParagraphBulletsRequest {
  range?: Range;
}

export interface CreateNamedRangeRequest {
  name?: string;
  range?: Range;
}

export interface DeleteNamedRangeRequest {
  namedRangeId?: string;
  name?: string;
  tabsCriteria?: { tabIds?: string[] };
}

/** One request of a batchUpdate: exactly one field is set. */
/** A person chip at `location` (inside a paragraph's bounds) or at a segment's end; `personProperties.email` is needed. */
export interface InsertPersonRequest {
  personProperties?: PersonProperties;
  location?: Location;
  endOfSegmentLocation?: EndOfSegmentLocation;
}

/** A date chip at `location` (inside a paragraph's bounds) or at a segment's end. */
export interface InsertDateRequest {
  dateElementProperties?: DateElementProperties;
  location?: Location;
  endOfSegmentLocation?: EndOfSegmentLocation;
}

export interface Request {
  insertText?: InsertTextRequest;
  insertPerson?: InsertPersonRequest;
  insertDate?: InsertDateRequest;
  deleteContentRange?: DeleteContentRangeRequest;
  updateParagraphStyle?: UpdateParagraphStyleRequest;
  updateTextStyle?: UpdateTextStyleRequest;
  createParagraphBullets?: CreateParagraphBulletsRequest;
  deleteParagraphBullets?: DeleteParagraphBulletsRequest;
  createNamedRange?: CreateNamedRangeRequest;
  deleteNamedRange?: DeleteNamedRangeRequest;
}

export interface WriteControl {
  requiredRevisionId?: string;
  targetRevisionId?: string;
}

export interface BatchUpdateDocumentRequest {
  requests?: Request[];
  writeControl?: WriteControl;
}

export interface Response {
  createNamedRange?: { namedRangeId?: string };
}

export interface BatchUpdateDocumentResponse {
  documentId?: string;
  replies?: Response[];
  writeControl?: WriteControl;
}
