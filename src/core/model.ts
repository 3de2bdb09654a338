// The add-on's view of a 1:1 Doc: dated sections, their subsections and action items, read from Docs JSON.
import type { NotesLanguageTag } from '../shared/settings';

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export type SubsectionKind = 'carried' | 'agenda' | 'notes' | 'actions' | 'other';

export type Owner =
  /** A person chip at the start of the item. */
  | { kind: 'person'; name: string; email?: string }
  /** "Name:" typed before the text. */
  | { kind: 'name'; name: string };

/** A date chip as Docs reported it, without its display text (output only): enough to insert the same chip again. */
export interface DateChip {
  timestamp: string;
  timeZoneId?: string;
  locale?: string;
  dateFormat?: string;
  timeFormat?: string;
}

/** Where a piece of the Doc is, in UTF-16 code units of the tab's body. */
export interface Span {
  startIndex: number;
  endIndex: number;
}

export interface ActionItem {
  /** Stable across re-reads and shared by every carried copy: from owner, text and origin date, never indexes. */
  id: string;
  /** The commitment itself: no marker, owner, due or "from" suffix. */
  text: string;
  owner?: Owner;
  /** As written after "due" ("Dec 1"), or the date chip's display text. */
  due?: string;
  /** The date chip the due date was, when it was one: written again as a chip when the item is carried. */
  dueChip?: DateChip;
  /** Ticked with a done marker or struck through; a native checkbox's state cannot be read. */
  done: boolean;
  /** Given up on: a dropped marker (`✗`, `[-]`) at its start. Never done, never carried again. */
  dropped?: boolean;
  /** Where it was written first: the "(from …)" date, else its own section's date. */
  from: IsoDate;
  /** The date of the section this copy sits in. */
  sectionDate: IsoDate;
  /** The bulleted paragraph, including its final newline. */
  paragraph: Span;
  /** The text marker at the start ("☐", "[x]", …) and the whitespace after it, when there is one. */
  marker?: Span & { text: string };
  /**
   * The range that strikethrough covers when ticked: after the marker, up to the newline (up to the last character
   * read, when a suggested insertion ends the line).
   */
  body: Span;
  /**
   * Strikethrough in the body: 'all' when every visible piece is struck (that reads as done), 'part' when only some
   * of it is (a person's own edit, kept by ticks and unticks); absent when nothing is.
   */
  strike?: 'part' | 'all';
  /** A paragraph of a native Docs checklist: readable, but its ticked state is not. */
  nativeChecklist: boolean;
  /**
   * The suggested insertions and deletions in its paragraph (Docs returns them inline to editors), in Doc order;
   * absent when there are none. The item reads as if none were accepted yet: inserted text is not part of it,
   * deleted text still is.
   */
  suggestions?: Span[];
  /**
   * Ticking or unticking this copy would write inside a suggestion: its marker or its body overlaps one, or (with
   * no marker) the place a done marker goes touches one. Such a copy is left as it is until someone accepts or
   * rejects the suggestion.
   */
  inSuggestion?: boolean;
}

export interface Subsection {
  title: string;
  kind: SubsectionKind;
  heading: Span;
  /** From the subsection heading's start to the next subsection or the end of the section. */
  span: Span;
  /**
   * Plain texts of the paragraphs under it, in order (agenda topics, notes). `suggested`: the paragraph holds a
   * suggested insertion or deletion (its text is read without the insertions), so writing into it would write
   * inside one.
   */
  paragraphs: { text: string; span: Span; bulleted: boolean; prompt: boolean; suggested?: boolean }[];
}

export interface Section {
  date: IsoDate;
  /** The occurrence key from the add-on's named range over the heading, when it has one. */
  key?: string;
  headingText: string;
  heading: Span;
  /** The heading's paragraph style level: 1 for HEADING_1 … 6, 0 for TITLE. */
  headingLevel: number;
  /** From the heading's start to the next section or the end of the body. */
  span: Span;
  cancelled: boolean;
  /**
   * The suggested insertions and deletions in the heading, when it has any: its text and date are read without the
   * insertions, and re-dating it would write inside one, so it is left as it is.
   */
  headingSuggestions?: Span[];
  /**
   * The date the add-on last wrote into this heading, from its record (a named range over the heading): the heading is
   * re-dated only when Calendar moves the meeting away from it.
   */
  writtenFor?: { date: IsoDate; namedRangeId: string };
  /** The heading holds more than its text (a footnote reference, an image, a chip, spaces around it): never rewritten. */
  headingHasMore?: boolean;
  subsections: Subsection[];
  items: ActionItem[];
}

export interface ParsedDoc {
  /** The tab the notes are in (see notesTab in parse.ts). */
  tabId?: string;
  /** The remembered notes' tab was deleted and no tab holds the add-on's sections: nothing was read. */
  tabMissing?: boolean;
  revisionId?: string;
  /** The Doc's title (its name in Drive), as the read gave it. */
  title?: string;
  /** The body's end index (after its final newline). */
  bodyEndIndex: number;
  /** Where the opening block (title, purpose, links) ends: the first dated heading, or the body's end. */
  openingEndIndex: number;
  /** In Doc order. */
  sections: Section[];
  /** Named ranges of the add-on, by occurrence key. */
  keys: Record<string, Span>;
  /**
   * The language of the notes the Doc was read by (its mark's, else the one asked for): how a numeric date such as
   * 03/11/2026 read. English when absent.
   */
  language?: NotesLanguageTag;
  /**
   * The names of the add-on's marks in the notes' tab: the link's identity and the ids of recent writes
   * (core/marks.ts). Absent when there is none.
   */
  marks?: string[];
  /**
   * Every suggested insertion and deletion in the notes' body, in Doc order, touching ones joined (across paragraphs
   * too); absent when there is none. Nothing is ever written inside one.
   */
  suggestions?: Span[];
}
