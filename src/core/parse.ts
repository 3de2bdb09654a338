// Reads a 1:1 Doc's Docs API JSON into dated sections, their subsections and action items (see model.ts).
//
// One linear pass over the notes' tab's top-level content. Text is only assembled for headings and for the
// paragraphs inside dated sections, and only candidate items go through the item rules, so a Doc of 500 past
// meetings parses in a few milliseconds and a 2 MB Doc of anything parses without trouble.

import type { NotesLanguageTag } from '../shared/settings';
import type {
  Bullet,
  Document,
  List,
  NamedRanges,
  Paragraph,
  ParagraphElement,
  StructuralElement,
  Tab,
  TextStyle,
} from '../types/docs-api';
import { parseFromDate, parseHeadingDate, saysCancelled } from './dates';
import { collapseWhitespace, itemId } from './itemId';
import { dateOfKey, keyFromNamedRangeName, writtenForOf } from './keys';
import { alternatives, languageOf, lexicon, plainWord } from './languages';
import { isItemKind, type MarkerMatch, readMarker, subsectionKind } from './markers';
import { docLink, LINK_MARK_PREFIX, markLaidIn, REQUEST_MARK_PREFIX } from './marks';
import type {
  ActionItem,
  DateChip,
  IsoDate,
  Owner,
  ParsedDoc,
  Section,
  Span,
  Subsection,
  SubsectionKind,
} from './model';

export interface ParseOptions {
  /** The template's greyed prompt lines ("Wins", "Blockers", …): paragraphs equal to one are marked `prompt`. */
  promptLines?: string[];
  /** The tab the notes were found in before, remembered by the add-on; by default, as if none was. */
  tabId?: string;
  /**
   * The language of the notes, which says how 03/11/2026 reads, when the Doc's own mark states none (an unlinked Doc):
   * the mark, which every reader of the Doc sees alike, wins. English by default.
   */
  language?: NotesLanguageTag;
}

/** Every tab of the Doc, child tabs included, in the order the tab bar shows them. */
function allTabs(tabs: Tab[] | undefined): Tab[] {
  const out: Tab[] = [];
  for (const tab of tabs ?? []) out.push(tab, ...allTabs(tab.childTabs));
  return out;
}

/** Whether the tab holds a link mark laid in it: one copied along with a duplicated tab names the tab it came from. */
function holdsLinkMark(tab: Tab): boolean {
  for (const [name, group] of Object.entries(tab.documentTab?.namedRanges ?? {}))
    if ((group.namedRanges?.length ?? 0) > 0 && markLaidIn(group.name ?? name, tab.tabProperties?.tabId)) return true;
  return false;
}

function keysIn(tab: Tab): number {
  let count = 0;
  const groups: NamedRanges[] = Object.values(tab.documentTab?.namedRanges ?? {});
  for (const group of groups)
    for (const range of group.namedRanges ?? [])
      if (keyFromNamedRangeName(range.name ?? group.name ?? '') !== undefined) count++;
  return count;
}

/**
 * The tab the notes are in: the remembered one while it exists, wherever it has been dragged; else the one tab holding
 * the link's mark laid there (written into the notes' tab when the Doc was linked, so a user who never wrote here, the
 * other person's trigger, finds the same tab as the one who did, even after a tab was added in front or the notes'
 * tab was duplicated, core/marks.ts); else the one holding
 * the add-on's keys (the remembered one was deleted, or none was remembered yet); else, with nothing remembered, the
 * first. A remembered tab that is gone, with no keys anywhere, gives none: nothing is read, so nothing is written
 * into a tab that never held the notes.
 */
export function notesTab(doc: Document, remembered: string | undefined): Tab | 'missing' | undefined {
  const tabs = allTabs(doc.tabs);
  if (tabs.length === 0) return undefined;
  const found = remembered ? tabs.find((t) => t.tabProperties?.tabId === remembered) : undefined;
  if (found) return found;
  const marked = tabs.filter(holdsLinkMark);
  if (marked.length === 1) return marked[0];
  let best: Tab | undefined;
  let most = 0;
  for (const tab of tabs) {
    const count = keysIn(tab);
    if (count > most) [best, most] = [tab, count];
  }
  if (best) return best;
  return remembered ? 'missing' : tabs[0];
}

/** The level given to a subsection that is a plain paragraph ("Action items:" in bold): deeper than any heading. */
const BODY_LEVEL = 7;

const HEADING_LEVELS = new Map<string | undefined, number>([['TITLE', 0]]);
for (let level = 1; level <= 6; level++) HEADING_LEVELS.set(`HEADING_${level}`, level);

function headingLevel(paragraph: Paragraph): number | undefined {
  return HEADING_LEVELS.get(paragraph.paragraphStyle?.namedStyleType);
}

/** What a reader sees of an element: chips as their name, display text or title; images, breaks, footnote marks as nothing. */
function elementText(el: ParagraphElement): string {
  if (el.textRun) return el.textRun.content ?? '';
  if (el.person) return el.person.personProperties?.name || el.person.personProperties?.email || '';
  if (el.dateElement) return el.dateElement.dateElementProperties?.displayText ?? '';
  if (el.richLink) return el.richLink.richLinkProperties?.title || el.richLink.richLinkProperties?.uri || '';
  return '';
}

/** A paragraph's visible text without its final newline, chips rendered as text. */
export function paragraphText(paragraph: Paragraph): string {
  const els = paragraph.elements;
  if (!els || els.length === 0) return '';
  const text = els.length === 1 ? elementText(els[0]!) : els.map(elementText).join('');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * A native checklist's level has no glyph symbol and an unspecified glyph type (docs/PLATFORM.md; a bulleted list
 * has a symbol, a numbered one a glyph type such as DECIMAL).
 */
function isNativeChecklist(bullet: Bullet, lists: Record<string, List>): boolean {
  const list = bullet.listId ? lists[bullet.listId] : undefined;
  const level = list?.listProperties?.nestingLevels?.[bullet.nestingLevel ?? 0];
  if (!level) return false;
  return !level.glyphSymbol && (!level.glyphType || level.glyphType === 'GLYPH_TYPE_UNSPECIFIED');
}

function isGrey(style: TextStyle): boolean {
  const rgb = style.foregroundColor?.color?.rgbColor;
  if (!rgb) return false;
  const r = rgb.red ?? 0;
  const g = rgb.green ?? 0;
  const b = rgb.blue ?? 0;
  const avg = (r + g + b) / 3;
  // Neutral (channels close together), neither black nor white.
  return Math.max(r, g, b) - Math.min(r, g, b) <= 0.08 && avg >= 0.25 && avg <= 0.9;
}

/** Every visible character italic and grey: how the template writes its prompts. */
function isGreyItalic(paragraph: Paragraph): boolean {
  let any = false;
  for (const el of paragraph.elements ?? []) {
    const run = el.textRun;
    if (!run?.content) continue;
    const style = run.textStyle;
    if (style?.italic && isGrey(style)) any = true;
    else if (/\S/.test(run.content)) return false;
  }
  return any;
}

// ---------------------------------------------------------------------------------------------------------
// Suggestions
//
// Docs returns suggestions inline to editors (documents.get's default view, DEFAULT_FOR_CURRENT_ACCESS, is
// SUGGESTIONS_INLINE for them): text someone suggested inserting or deleting sits in the runs with
// `suggestedInsertionIds` or `suggestedDeletionIds`, and every index counts it. The Doc is read as if no suggestion
// were accepted yet: inserted text is skipped, deleted text is still there. A newline inside a suggested insertion
// suggests a new paragraph, which is not there yet either: the paragraph it ends reads as one with the next, with
// the style and bullet of the paragraph whose newline is real (docs/PLATFORM.md, Docs API).

/** The suggestion fields of a paragraph element's content (its textRun, person, dateElement…). */
interface SuggestionIds {
  suggestedInsertionIds?: string[];
  suggestedDeletionIds?: string[];
}

function suggestionIds(el: ParagraphElement): SuggestionIds | undefined {
  return (el.textRun ??
    el.person ??
    el.dateElement ??
    el.richLink ??
    el.inlineObjectElement ??
    el.footnoteReference ??
    el.pageBreak ??
    el.columnBreak ??
    el.horizontalRule ??
    el.autoText ??
    el.equation) as SuggestionIds | undefined;
}

const isSuggestedInsertion = (ids: SuggestionIds | undefined): boolean => (ids?.suggestedInsertionIds?.length ?? 0) > 0;
const isSuggestedDeletion = (ids: SuggestionIds | undefined): boolean => (ids?.suggestedDeletionIds?.length ?? 0) > 0;

/** A paragraph as it reads before any suggestion is accepted. */
interface Line {
  /** Its elements without the suggested insertions (each keeps its own indexes), and its real paragraph's style. */
  paragraph: Paragraph;
  /** Every index it covers, suggested or not: from its first paragraph's start to its real newline's end. */
  span: Span;
  /** The suggested insertions and deletions in it, in Doc order, adjacent ones joined; absent when none. */
  suggestions?: Span[];
}

/** Adds [startIndex, endIndex) to spans in Doc order, joined to the last one when they touch. */
function appendJoined(spans: Span[], startIndex: number, endIndex: number): void {
  const last = spans[spans.length - 1];
  if (last && last.endIndex === startIndex) last.endIndex = endIndex;
  else spans.push({ startIndex, endIndex });
}

function makeLine(paragraph: Paragraph, elements: ParagraphElement[], span: Span): Line {
  let visible: ParagraphElement[] | undefined;
  let suggestions: Span[] | undefined;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const ids = suggestionIds(el);
    const inserted = isSuggestedInsertion(ids);
    if (inserted) visible ??= elements.slice(0, i);
    else if (visible) visible.push(el);
    if (!inserted && !isSuggestedDeletion(ids)) continue;
    const startIndex = el.startIndex ?? span.startIndex;
    const endIndex = el.endIndex ?? startIndex;
    suggestions ??= [];
    appendJoined(suggestions, startIndex, endIndex);
  }
  const shown = visible ?? elements;
  const line: Line = { paragraph: shown === paragraph.elements ? paragraph : { ...paragraph, elements: shown }, span };
  if (suggestions) line.suggestions = suggestions;
  return line;
}

/** Whether a paragraph's own newline is a suggested insertion: a paragraph that is not there yet. */
function newlineSuggested(elements: ParagraphElement[]): boolean {
  const last = elements[elements.length - 1];
  return !!last?.textRun?.content?.endsWith('\n') && isSuggestedInsertion(last.textRun as SuggestionIds);
}

/** The body's paragraphs as they read before any suggestion is accepted; tables and breaks are stepped over. */
function* readLines(content: StructuralElement[]): Generator<Line> {
  // Paragraphs whose newline is suggested, waiting for the paragraph whose newline is real.
  let held: { paragraph: Paragraph; elements: ParagraphElement[]; span: Span } | undefined;
  for (const el of content) {
    const paragraph = el.paragraph;
    if (!paragraph) {
      // A suggested newline just before a table: nothing follows to join, so it reads on its own.
      if (held) yield makeLine(held.paragraph, held.elements, held.span);
      held = undefined;
      continue;
    }
    const startIndex = el.startIndex ?? 0;
    const endIndex = el.endIndex ?? startIndex;
    const own = paragraph.elements ?? [];
    if (newlineSuggested(own)) {
      if (held) {
        for (const x of own) held.elements.push(x);
        held.paragraph = paragraph;
        held.span.endIndex = endIndex;
      } else held = { paragraph, elements: own.slice(), span: { startIndex, endIndex } };
      continue;
    }
    if (!held) {
      yield makeLine(paragraph, own, { startIndex, endIndex });
      continue;
    }
    for (const x of own) held.elements.push(x);
    yield makeLine(paragraph, held.elements, { startIndex: held.span.startIndex, endIndex });
    held = undefined;
  }
  if (held) yield makeLine(held.paragraph, held.elements, held.span);
}

const overlaps = (a: Span, b: Span): boolean => a.startIndex < b.endIndex && b.startIndex < a.endIndex;

/** The suggestions an item's paragraph holds, and whether ticking it would write inside one (see model.ts). */
function markSuggestions(item: ActionItem, suggestions: Span[]): void {
  item.suggestions = suggestions;
  const at = item.body.startIndex;
  const blocked = suggestions.some((s) =>
    item.marker
      ? overlaps(s, item.marker) || overlaps(s, item.body)
      : overlaps(s, item.body) || (s.startIndex <= at && at <= s.endIndex),
  );
  if (blocked) item.inSuggestion = true;
}

// ---------------------------------------------------------------------------------------------------------
// Action items

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'person'; name: string; email?: string }
  | { kind: 'date'; text: string; chip?: DateChip }
  | { kind: 'link'; text: string };

/**
 * The due and from words of every language (core/languages), as expressions built on the first item read. No two
 * quantifiers of these may match the same characters: "(due" followed by 400,000 spaces and no ")" would make a regex
 * backtrack quadratically, and any editor of a shared Doc can type that. A from word after its date (`11月9日から`) is
 * found by the end of the text, not by an expression. Full-width parentheses and colons count as theirs (`（期限：
 * １２月１日）`); the text keeps its own characters, and the dates in it are read as ASCII (core/dates.ts).
 */
interface ItemWords {
  /** "(due Dec 1)", "(fällig 1. Dez.)", "（期限：12月1日）" anywhere in the text. */
  due: RegExp;
  /** A group " · due Dec 1" at the end, " · 期限 12月1日". */
  dotDue: RegExp;
  /** A from word and the space after it, at the start of a group. */
  fromStart: RegExp;
  fromAfter: string[];
}

function buildItemWords(): ItemWords {
  const { due, from, fromAfter } = lexicon();
  const either = (forms: string[]) => alternatives(forms.flatMap((f) => [f, plainWord(f)]));
  return {
    due: new RegExp(`[(（]\\s*(?:${either(due)})(?![\\p{L}\\p{N}])([^()（）]*)[)）]`, 'giu'),
    dotDue: new RegExp(`^(?:${either(due)})(?: ?[:：] ?| )(\\S.*)$`, 'iu'),
    fromStart: new RegExp(`^\\s*(?:${either(from)}) `, 'iu'),
    fromAfter,
  };
}

let itemWordsBuilt: ItemWords | undefined;
const itemWords = (): ItemWords => {
  itemWordsBuilt ??= buildItemWords();
  return itemWordsBuilt;
};

/** The date of a from group's words ("from Nov 9", "seit 9. Nov.", "11月9日から"), or undefined when they are not one. */
function fromWords(group: string): string | undefined {
  const words = itemWords();
  const start = words.fromStart.exec(group);
  if (start) return group.slice(start[0].length);
  const trimmed = group.trimEnd();
  const after = words.fromAfter.find((w) => trimmed.endsWith(w));
  return after && trimmed.length > after.length ? trimmed.slice(0, -after.length) : undefined;
}

const closes = (text: string) => text.endsWith(')') || text.endsWith('）');

/**
 * "(from Nov 9)": the words inside a group that runs from the last opening parenthesis of a text that closes to its
 * end (callers cut it so), when it is one from group.
 */
function fromInParens(group: string): string | undefined {
  return /[()（）]/.test(group.slice(1, -1)) ? undefined : fromWords(group.slice(1, -1));
}

/** Where the last opening parenthesis is, either width. */
const lastOpen = (text: string): number => Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));

const NAME_TOKEN_RE = /^[\p{L}\p{M}'’.-]+$/u;
const CAPITALISED_RE = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
/** Lowercase parts of names ("Ana de Souza", "Jan van der Berg"), allowed between capitalised words. */
const NAME_PARTICLES = new Set('de,da,do,dos,das,del,della,di,du,van,von,der,den,la,le,bin,ibn,al,el,y'.split(','));
/** Japanese and Chinese, which write no space after a colon: `田中:資料を送る`. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * "Ana:", "Ana Lima:", "Ana de Souza:", "田中：" at the start of text whose whitespace is already collapsed and whose
 * full-width colon reads as one: up to three capitalised words (plus particles), letters only, then a colon and a
 * space (or Japanese straight after it). The first colon decides, so a URL ("https://…") or a time ("10:30") is
 * never an owner. Words that are not people, in any language, are not owners ("Note:", "Frage:", "メモ：").
 */
function readNameOwner(text: string): { name: string; rest: string } | undefined {
  const ascii = text.indexOf(':');
  const wide = text.indexOf('：');
  const colon = wide < 0 ? ascii : ascii < 0 ? wide : Math.min(ascii, wide);
  if (colon < 1 || colon > 80) return undefined;
  const after = text[colon + 1];
  // A full-width colon is as wide as a space after it.
  if (after !== undefined && after !== ' ' && text[colon] !== '：' && !CJK_RE.test(after)) return undefined;
  const tokens = text.slice(0, colon).trimEnd().split(' ');
  if (tokens.length > 5) return undefined;
  let capitalised = 0;
  let lastCapitalised = false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = nameTokenKind(tokens[i]!);
    if (kind === 0) return undefined;
    lastCapitalised = kind === 1;
    if (lastCapitalised) capitalised++;
    else if (i === 0 || !NAME_PARTICLES.has(tokens[i]!)) return undefined;
  }
  // The first word is capitalised (a lowercase one is no particle there), so there is at least one.
  if (capitalised > 3 || !lastCapitalised) return undefined;
  const name = tokens.join(' ');
  if (lexicon().notOwners.has(plainWord(name))) return undefined;
  return { name, rest: text.slice(colon + 1) };
}

/** 1 for a capitalised word, 2 for a lowercase one, 0 for anything else (digits, symbols, empty). */
function nameTokenKind(token: string): 0 | 1 | 2 {
  if (!token) return 0;
  // Plain ASCII letters without regular expressions (most names); anything else through the Unicode classes.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 127) {
      if (!NAME_TOKEN_RE.test(token)) return 0;
      return CAPITALISED_RE.test(token) ? 1 : 2;
    }
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && c !== 39 && c !== 46 && c !== 45) return 0;
  }
  const first = token.charCodeAt(0);
  return first >= 65 && first <= 90 ? 1 : 2;
}

/** Takes every "(due …)" out of the text; the first one is the due date. "(due)" with nothing in it stays. */
function extractDue(text: string): { text: string; due?: string } {
  let due: string | undefined;
  let out = '';
  let last = 0;
  const { due: dueRe } = itemWords();
  dueRe.lastIndex = 0;
  for (let m = dueRe.exec(text); m; m = dueRe.exec(text)) {
    const value = m[1]!.replace(/^[\s:：]*/, '').trim();
    if (!value) continue;
    if (due === undefined) due = value;
    out += `${text.slice(last, m.index)} `;
    last = m.index + m[0].length;
  }
  if (due === undefined) return { text };
  return { text: out + text.slice(last), due };
}

function joinPieces(pieces: Piece[], skipDate?: Piece): string {
  let out = '';
  for (const piece of pieces) {
    if (piece === skipDate) continue;
    out += piece.kind === 'person' ? piece.name : piece.text;
  }
  return out;
}

interface ItemContext {
  sectionDate: IsoDate;
  /** How the notes' language reads 03/11/2026 in a from date (core/languages). */
  dayFirst: boolean;
  inItemSubsection: boolean;
  lists: Record<string, List>;
}

/** A paragraph's elements as one string with one character per Doc index, to place an item's spans exactly. */
interface RawParagraph {
  elements: ParagraphElement[];
  /** Where each element starts in `text`. */
  starts: number[];
  /** Text runs as they are; every other element, one index long, as one character. */
  text: string;
  /** The length of `text` without its final newline. */
  contentEnd: number;
  /** Offsets of images, breaks and footnote marks: stepped over, like spaces, on the way to a marker. */
  objects: Set<number>;
  span: Span;
}

const isChip = (el: ParagraphElement): boolean => !!(el.person || el.dateElement || el.richLink);

function readRaw(elements: ParagraphElement[], span: Span): RawParagraph {
  const starts: number[] = new Array(elements.length);
  const objects = new Set<number>();
  let text = '';
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    starts[i] = text.length;
    if (!el.textRun && !isChip(el)) objects.add(text.length);
    text += el.textRun ? (el.textRun.content ?? '') : '\uFFFC';
  }
  const contentEnd = text.endsWith('\n') ? text.length - 1 : text.length;
  return { elements, starts, text, contentEnd, objects, span };
}

/** The Doc index of an offset into the raw text. */
function indexAt(raw: RawParagraph, offset: number): number {
  const { elements, starts, span } = raw;
  let i = elements.length - 1;
  while (i > 0 && starts[i]! > offset) i--;
  const el = elements[i];
  return el ? (el.startIndex ?? span.startIndex) + offset - starts[i]! : span.startIndex + offset;
}

/**
 * Where a span ending at `offset` ends: just after the character before it, so that a span never reaches over a
 * suggested insertion that follows it (skipped text still has indexes). The same as indexAt where none is.
 */
function endAt(raw: RawParagraph, offset: number): number {
  if (offset <= 0) return indexAt(raw, 0);
  const { elements, starts } = raw;
  let i = elements.length - 1;
  while (i > 0 && starts[i]! > offset - 1) i--;
  const el = elements[i];
  const next = i + 1 < elements.length ? starts[i + 1]! : raw.text.length;
  if (el?.endIndex !== undefined && offset >= next) return el.endIndex;
  return indexAt(raw, offset - 1) + 1;
}

/** Where a marker would start: after leading spaces, images, breaks and footnote marks. */
function markerOffset(raw: RawParagraph): number {
  const { text, objects, contentEnd } = raw;
  let lead = 0;
  while (
    lead < contentEnd &&
    (text[lead] === ' ' || text[lead] === '\t' || text[lead] === '\u00A0' || objects.has(lead))
  )
    lead++;
  return lead;
}

/** A chip as a piece of what an item says, its text as a reader sees it (elementText). */
function chipPiece(el: ParagraphElement): { piece: Piece; style: TextStyle | undefined } | undefined {
  if (el.person) {
    const email = el.person.personProperties?.email;
    const name = elementText(el);
    return { piece: email ? { kind: 'person', name, email } : { kind: 'person', name }, style: el.person.textStyle };
  }
  if (el.dateElement) {
    const { displayText: _shown, ...props } = el.dateElement.dateElementProperties ?? {};
    const piece: Piece = { kind: 'date', text: elementText(el) };
    if (props.timestamp) piece.chip = { ...props, timestamp: props.timestamp };
    return { piece, style: el.dateElement.textStyle };
  }
  if (el.richLink) return { piece: { kind: 'link', text: elementText(el) }, style: el.richLink.textStyle };
  // Images, footnote marks, breaks, equations: not part of what the item says.
  return undefined;
}

const isBlank = (piece: Piece): boolean => piece.kind === 'text' && !/\S/.test(piece.text);

/** What follows an item's marker, as pieces, and how much of it is struck through. */
interface ItemBody {
  pieces: Piece[];
  /** Pieces a reader sees: chips, and text that is not only spaces. */
  visible: number;
  struck: number;
  /** Some text of spaces only is struck through: a person's partial strike, however small. */
  blankStruck: boolean;
}

function readBody(raw: RawParagraph, bodyStart: number): ItemBody {
  const body: ItemBody = { pieces: [], visible: 0, struck: 0, blankStruck: false };
  for (let i = 0; i < raw.elements.length; i++) {
    const el = raw.elements[i]!;
    const from = raw.starts[i]!;
    let styled: { piece: Piece; style: TextStyle | undefined } | undefined;
    if (el.textRun) {
      const text = (el.textRun.content ?? '').slice(Math.max(0, bodyStart - from), Math.max(0, raw.contentEnd - from));
      if (text) styled = { piece: { kind: 'text', text }, style: el.textRun.textStyle };
    } else {
      // A chip never stands before the marker (it ends the search for one): it is all body.
      styled = chipPiece(el);
    }
    if (!styled) continue;
    body.pieces.push(styled.piece);
    const struck = !!styled.style?.strikethrough;
    if (isBlank(styled.piece)) {
      if (struck) body.blankStruck = true;
      continue;
    }
    body.visible++;
    if (struck) body.struck++;
  }
  return body;
}

/** An owner chip: a person chip first thing after the marker; the pieces after it are the rest of the item. */
function readOwnerChip(pieces: Piece[]): { owner?: Owner; rest: Piece[] } {
  let first = 0;
  while (first < pieces.length && isBlank(pieces[first]!)) first++;
  const head = pieces[first];
  if (head?.kind !== 'person') return { rest: pieces };
  const owner: Owner = head.email
    ? { kind: 'person', name: head.name, email: head.email }
    : { kind: 'person', name: head.name };
  return { owner, rest: pieces.slice(first + 1) };
}

/** What separates an owner from the text: "Ana: …", "Ana – …", "田中：…". */
const AFTER_OWNER_RE = /^\s*[:：,–—-]?\s*/;

/** What sets the add-on's own groups apart at the end of a line: "draft the plan · due Nov 30 · from Nov 16". */
export const ITEM_SEPARATOR = ' · ';

/**
 * A " · due …" group among the groups that end the line (" · from …" may follow it), taken out. "(from …)" groups
 * at its end stay in the text, for readFrom.
 */
function extractDotDue(text: string): { text: string; due?: string } {
  const parts = collapseWhitespace(text).split(ITEM_SEPARATOR);
  for (let i = parts.length - 1; i >= 1; i--) {
    const m = itemWords().dotDue.exec(parts[i]!);
    if (!m) {
      if (fromWords(parts[i]!) === undefined) break;
      continue;
    }
    let due = m[1]!;
    let fromGroups = '';
    for (;;) {
      const trimmed = due.trimEnd();
      const open = closes(trimmed) ? lastOpen(trimmed) : -1;
      if (open < 0 || fromInParens(trimmed.slice(open)) === undefined) break;
      fromGroups = ` ${trimmed.slice(open)}${fromGroups}`;
      due = trimmed.slice(0, open);
    }
    if (!due.trim()) break;
    const rest = [...parts.slice(0, i), ...parts.slice(i + 1)].join(ITEM_SEPARATOR);
    return { text: rest + fromGroups, due: due.trim() };
  }
  return { text };
}

interface Due {
  text: string;
  due?: string;
  dueChip?: DateChip;
}

/**
 * Due: "(due …)" anywhere (every one is taken out; the first counts), else a " · due …" group at the end, else the
 * first date chip. A due date that reads as a date chip's text keeps that chip, so it is carried as a chip.
 */
function readDue(rest: Piece[], afterOwner: boolean): Due {
  const textOf = (skipDate?: Piece) => {
    const text = joinPieces(rest, skipDate);
    return afterOwner ? text.replace(AFTER_OWNER_RE, '') : text;
  };
  const dateChip = rest.find((p): p is Extract<Piece, { kind: 'date' }> => p.kind === 'date' && p.text !== '');
  const withChip = (found: Due): Due =>
    dateChip?.chip && found.due === dateChip.text ? { ...found, dueChip: dateChip.chip } : found;
  const text = textOf();
  if (text.includes('(') || text.includes('（')) {
    const found = extractDue(text);
    if (found.due !== undefined) return withChip(found);
  }
  if (text.includes(ITEM_SEPARATOR.trim())) {
    const found = extractDotDue(text);
    if (found.due !== undefined) return withChip(found);
  }
  if (dateChip) return withChip({ text: textOf(dateChip), due: dateChip.text });
  return { text };
}

/** The date of a group that ends the line, "(from Nov 9)" or " · from Nov 9", and where the group starts. */
function trailingFrom(trimmed: string, ctx: DateContext): { date: IsoDate; at: number } | undefined {
  if (closes(trimmed)) {
    const open = lastOpen(trimmed);
    const words = open >= 0 ? fromInParens(trimmed.slice(open)) : undefined;
    const date = words !== undefined ? parseFromDate(words, ctx.sectionDate, ctx.dayFirst) : undefined;
    return date ? { date, at: open } : undefined;
  }
  const dot = trimmed.lastIndexOf(ITEM_SEPARATOR);
  const words = dot >= 0 ? fromWords(trimmed.slice(dot + ITEM_SEPARATOR.length)) : undefined;
  const date = words !== undefined ? parseFromDate(words, ctx.sectionDate, ctx.dayFirst) : undefined;
  return date ? { date, at: dot } : undefined;
}

/** The date of the section an item sits in, and how its language reads 03/11/2026. */
type DateContext = Pick<ItemContext, 'sectionDate' | 'dayFirst'>;

/** "(from …)" and " · from …" groups at the end, taken off; a legacy "(from A) (from B)" keeps the oldest. */
function readFrom(text: string, ctx: DateContext): { text: string; from?: IsoDate } {
  let from: IsoDate | undefined;
  let rest = text;
  for (;;) {
    const trimmed = rest.trimEnd();
    const group = trailingFrom(trimmed, ctx);
    if (!group) break;
    if (from === undefined || group.date < from) from = group.date;
    rest = trimmed.slice(0, group.at);
  }
  return from === undefined ? { text: rest } : { text: rest, from };
}

/** What an item says once its marker is off: owner, due date, origin, and the commitment itself. */
function readWords(
  pieces: Piece[],
  ctx: DateContext,
): { text: string; owner?: Owner; due?: string; dueChip?: DateChip; from?: IsoDate } {
  const chip = readOwnerChip(pieces);
  let owner = chip.owner;
  const { text: withoutDue, due, dueChip } = readDue(chip.rest, owner !== undefined);
  // Collapsed first, so that " · from …" is found however it was spaced.
  const { text: withoutFrom, from } = readFrom(collapseWhitespace(withoutDue), ctx);
  let text = collapseWhitespace(withoutFrom);
  if (!owner) {
    const named = readNameOwner(text);
    if (named) {
      owner = { kind: 'name', name: named.name };
      text = named.rest.trim();
    }
  }
  return { text, owner, due, dueChip, from };
}

/**
 * The action item of a bulleted paragraph, or undefined when it is not one: a bullet under an item subsection
 * (native checklist paragraphs included), or a bullet that starts with a marker; and not empty once marker, owner,
 * due and "(from …)" are taken off (the template's lone "☐").
 */
function readItem(paragraph: Paragraph, bullet: Bullet, span: Span, ctx: ItemContext): ActionItem | undefined {
  const raw = readRaw(paragraph.elements ?? [], span);
  const lead = markerOffset(raw);
  const marker: MarkerMatch | undefined = readMarker(raw.text, lead);
  // A native checklist's level looks like any plain bulleted list's (docs/PLATFORM.md), so its bullets are items
  // only where plain bullets are: under an action-items heading, or behind a marker.
  if (!marker && !ctx.inItemSubsection) return undefined;
  const nativeChecklist = isNativeChecklist(bullet, ctx.lists);
  const bodyStart = marker ? lead + marker.length : 0;
  // The spaces after a marker count for the strike (not for the words): a person's strike on a space that a tick's
  // marker came to stand before is still theirs, so the text reads partly struck and the add-on leaves it alone.
  const body = readBody(raw, marker ? lead + marker.marker.length : 0);
  const { text, owner, due, dueChip, from } = readWords(body.pieces, ctx);
  if (!text) return undefined;

  const origin = from ?? ctx.sectionDate;
  const allStruck = body.visible > 0 && body.struck === body.visible;
  const bodyIndex = indexAt(raw, bodyStart);
  const item: ActionItem = {
    id: itemId(owner?.name, text, origin),
    text,
    // A dropped item is struck through too: its marker says it was given up on, not done.
    done: marker ? marker.done || (allStruck && marker.state !== 'dropped') : allStruck,
    from: origin,
    sectionDate: ctx.sectionDate,
    paragraph: { startIndex: span.startIndex, endIndex: span.endIndex },
    body: { startIndex: bodyIndex, endIndex: Math.max(bodyIndex, endAt(raw, raw.contentEnd)) },
    nativeChecklist,
  };
  if (marker?.state === 'dropped') item.dropped = true;
  if (owner) item.owner = owner;
  if (due !== undefined) item.due = due;
  if (dueChip) item.dueChip = dueChip;
  if (allStruck) item.strike = 'all';
  else if (body.struck > 0 || body.blankStruck) item.strike = 'part';
  if (marker)
    item.marker = { startIndex: indexAt(raw, lead), endIndex: endAt(raw, lead + marker.length), text: marker.marker };
  return item;
}

/**
 * The item a line reads as once written as a bullet under a section's action items: the same reading as a Doc's, so
 * a call that wrote the line answers with the item the next read will find (core/edited.ts).
 */
export function itemOfLine(line: string, sectionDate: IsoDate, dayFirst = false): ActionItem | undefined {
  const content = `${line}\n`;
  const span = { startIndex: 1, endIndex: 1 + content.length };
  const paragraph: Paragraph = { elements: [{ startIndex: 1, endIndex: span.endIndex, textRun: { content } }] };
  return readItem(paragraph, {}, span, { sectionDate, dayFirst, inItemSubsection: true, lists: {} });
}

// ---------------------------------------------------------------------------------------------------------
// Named ranges

/** One of the add-on's named ranges, read as what its name records (a key, a date). */
interface OwnRange<T> extends Span {
  value: T;
  namedRangeId?: string;
}

type KeyRange = OwnRange<string>;

/**
 * The add-on's named ranges in the body of this tab whose name reads as a value, sorted by where they end. Ranges in
 * headers, footers or footnotes, or in another tab, are not over a section heading.
 */
function readOwnRanges<T>(
  namedRanges: Record<string, NamedRanges> | undefined,
  tabId: string | undefined,
  read: (name: string) => T | undefined,
): OwnRange<T>[] {
  const out: OwnRange<T>[] = [];
  for (const group of Object.values(namedRanges ?? {}))
    for (const range of group.namedRanges ?? []) {
      const value = read(range.name ?? group.name ?? '');
      if (value === undefined) continue;
      for (const r of range.ranges ?? [])
        if (!r.segmentId && !(tabId && r.tabId && r.tabId !== tabId))
          out.push({
            value,
            namedRangeId: range.namedRangeId,
            startIndex: r.startIndex ?? 0,
            endIndex: r.endIndex ?? 0,
          });
    }
  return out.sort((a, b) => a.endIndex - b.endIndex);
}

/**
 * Whether a heading holds more than its text as read: a footnote reference, an image, a chip, or spaces around the
 * text. Rewriting any of its characters could then take a non-text element or a person's spacing with it.
 */
function headingHasMore(paragraph: Paragraph, text: string): boolean {
  let raw = '';
  for (const el of paragraph.elements ?? []) {
    if (!el.textRun) return true;
    raw += el.textRun.content ?? '';
  }
  return raw.replace(/\n$/, '') !== text;
}

/**
 * The names of the add-on's marks (core/marks.ts) in the notes' tab: a tab a person duplicated carries copies of them,
 * which are that person's, and not read.
 */
function readMarks(namedRanges: Record<string, NamedRanges> | undefined): string[] {
  return Object.keys(namedRanges ?? {}).filter(
    (name) => name.startsWith(LINK_MARK_PREFIX) || name.startsWith(REQUEST_MARK_PREFIX),
  );
}

/** The language of the notes the Doc's own mark states, which every reader of the Doc goes by when it states one. */
function markedLanguage(marks: string[]): NotesLanguageTag | undefined {
  const link = docLink({ marks });
  return link.kind === 'one' ? link.identity.settings?.notesLanguage : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The document

/**
 * The date of a keyed heading whose text no longer reads as a date: the date its key was made for (a day key's
 * day, an occurrence's original start), and cancelled if the heading still says so.
 */
function keyedHeadingDate(key: string, text: string): { date: string; cancelled: boolean } | undefined {
  const date = dateOfKey(key);
  return date ? { date, cancelled: saysCancelled(text) } : undefined;
}

/** Each key's first range in Doc order (a Set, not `in`, so that no key is found on Object.prototype). */
function firstRangeOfEachKey(keyRanges: KeyRange[]): Record<string, Span> {
  const keys: Record<string, Span> = {};
  const keyed = new Set<string>();
  for (const r of keyRanges) {
    if (keyed.has(r.value)) continue;
    keyed.add(r.value);
    keys[r.value] = { startIndex: r.startIndex, endIndex: r.endIndex };
  }
  return keys;
}

/** The template's prompt lines, and the longest, so that most paragraphs are ruled out by their length alone. */
interface Prompts {
  lines: Set<string>;
  longest: number;
}

function readPrompts(promptLines: string[] | undefined): Prompts {
  const lines = new Set(promptLines?.map((l) => l.trim()).filter(Boolean));
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.length);
  return { lines, longest };
}

/** What parseDoc carries from one paragraph to the next: the sections read so far, and where in them it is. */
interface Reading {
  lists: Record<string, List>;
  /** How the notes' language reads 03/11/2026. */
  dayFirst: boolean;
  prompts: Prompts;
  /** Sorted by where they end; `nextKey` is the first that no heading has passed yet. */
  keyRanges: KeyRange[];
  nextKey: number;
  /** The records of the date the add-on wrote into a heading. */
  writtenRanges: OwnRange<IsoDate>[];
  sections: Section[];
  /** The section being read, and its subsection being read. */
  section?: Section;
  sub?: { subsection: Subsection; level: number; items: boolean };
  /** Every suggestion so far, touching ones joined. */
  suggestions: Span[];
}

function closeSection(reading: Reading, end: number): void {
  if (reading.sub) reading.sub.subsection.span.endIndex = end;
  if (reading.section) reading.section.span.endIndex = end;
  reading.section = undefined;
  reading.sub = undefined;
}

function openSubsection(
  reading: Reading,
  section: Section,
  heading: { text: string; kind: SubsectionKind; level: number; span: Span },
  end: number,
): void {
  if (reading.sub) reading.sub.subsection.span.endIndex = heading.span.startIndex;
  const subsection: Subsection = {
    title: heading.text,
    kind: heading.kind,
    heading: heading.span,
    span: { startIndex: heading.span.startIndex, endIndex: end },
    paragraphs: [],
  };
  section.subsections.push(subsection);
  reading.sub = { subsection, level: heading.level, items: isItemKind(heading.kind) };
}

/**
 * The key whose range ends in the heading at `span`. A key belongs to the heading that holds its range's last
 * character. Whether Docs moves a range or grows it when text is inserted exactly at its start is not documented;
 * either way the end stays in the heading it was made over, so a section inserted just above can never take an
 * older section's key.
 */
function keyOfHeading(reading: Reading, span: Span): string | undefined {
  const { keyRanges } = reading;
  while (reading.nextKey < keyRanges.length && keyRanges[reading.nextKey]!.endIndex - 1 < span.startIndex)
    reading.nextKey++;
  const keyRange = keyRanges[reading.nextKey];
  return keyRange && keyRange.endIndex - 1 < span.endIndex ? keyRange.value : undefined;
}

/** A heading read as a meeting's date, with what the add-on knows about it. */
interface DatedHeading {
  text: string;
  level: number;
  span: Span;
  date: { date: IsoDate; cancelled: boolean };
  key: string | undefined;
}

function openSection(reading: Reading, line: Line, heading: DatedHeading): void {
  const { startIndex, endIndex } = line.span;
  closeSection(reading, startIndex);
  const section: Section = {
    date: heading.date.date,
    headingText: heading.text,
    heading: heading.span,
    headingLevel: heading.level,
    span: { startIndex, endIndex },
    cancelled: heading.date.cancelled,
    subsections: [],
    items: [],
  };
  if (heading.key) section.key = heading.key;
  const written = reading.writtenRanges.find((r) => r.endIndex - 1 >= startIndex && r.endIndex - 1 < endIndex);
  if (written?.namedRangeId) section.writtenFor = { date: written.value, namedRangeId: written.namedRangeId };
  if (headingHasMore(line.paragraph, heading.text)) section.headingHasMore = true;
  const suggested = line.suggestions?.filter((s) => overlaps(s, heading.span));
  if (suggested?.length) section.headingSuggestions = suggested;
  reading.sections.push(section);
  reading.section = section;
}

/**
 * A heading: a dated one opens a section; inside a section, an undated one may end it or open a subsection.
 * Whether it did any of these (if not, it is read as a paragraph of the section).
 */
function readHeading(reading: Reading, line: Line, text: string, level: number, span: Span): boolean {
  const key = keyOfHeading(reading, line.span);
  // The key, not the text, makes a section the add-on's: a heading someone wrote more into stays one.
  const date =
    (text ? parseHeadingDate(text, reading.dayFirst) : undefined) ?? (key ? keyedHeadingDate(key, text) : undefined);
  if (date) {
    openSection(reading, line, { text, level, span, date, key });
    return true;
  }
  const { section, sub } = reading;
  // An empty heading paragraph is a stray line, not the end of the meeting.
  if (!section || !text) return false;
  const kind = subsectionKind(text);
  // A higher heading ends the meeting; so does one of the same level, unless it is a known label: Docs
  // kept by hand often give "Action items" the same level as the date above it.
  if (level < section.headingLevel || (level === section.headingLevel && !kind)) {
    closeSection(reading, line.span.startIndex);
    return true;
  }
  if (kind || !sub || level <= sub.level) {
    openSubsection(reading, section, { text, kind: kind ?? 'other', level, span }, line.span.endIndex);
    return true;
  }
  return false;
}

/**
 * A paragraph inside a section: a plain paragraph that is exactly a label opens a subsection; any other is one of
 * its subsection's paragraphs and, bulleted, maybe an action item.
 */
function readParagraph(reading: Reading, section: Section, line: Line, text: string, headingSpan: Span): void {
  const { paragraph, span } = line;
  const bulleted = !!paragraph.bullet;
  const level = headingLevel(paragraph);
  if (!bulleted && level === undefined) {
    const kind = subsectionKind(text);
    if (kind) {
      openSubsection(reading, section, { text, kind, level: BODY_LEVEL, span: headingSpan }, span.endIndex);
      return;
    }
  }
  if (reading.sub) {
    const { lines, longest } = reading.prompts;
    const prompt = text !== '' && ((text.length <= longest && lines.has(text)) || isGreyItalic(paragraph));
    reading.sub.subsection.paragraphs.push(
      line.suggestions ? { text, span, bulleted, prompt, suggested: true } : { text, span, bulleted, prompt },
    );
  }
  if (!paragraph.bullet) return;
  const item = readItem(paragraph, paragraph.bullet, span, {
    sectionDate: section.date,
    dayFirst: reading.dayFirst,
    inItemSubsection: !!reading.sub?.items,
    lists: reading.lists,
  });
  if (item && line.suggestions) markSuggestions(item, line.suggestions);
  if (item) section.items.push(item);
}

function readLine(reading: Reading, line: Line): void {
  for (const s of line.suggestions ?? []) appendJoined(reading.suggestions, s.startIndex, s.endIndex);
  const { paragraph, span } = line;
  const level = headingLevel(paragraph);
  // Headings are spanned without their newline, like the named range over them: text inserted at the end of
  // a heading (" (cancelled)") stays in it, and replacing the text never joins it to the next paragraph.
  const headingSpan: Span = { startIndex: span.startIndex, endIndex: Math.max(span.startIndex, span.endIndex - 1) };
  // Text is only assembled where it can matter: headings, and paragraphs inside a section.
  let text: string | undefined;
  if (level !== undefined) {
    text = paragraphText(paragraph).trim();
    if (readHeading(reading, line, text, level, headingSpan)) return;
  }
  if (!reading.section) return;
  readParagraph(reading, reading.section, line, text ?? paragraphText(paragraph).trim(), headingSpan);
}

/**
 * Reads the notes' tab (see notesTab; or the top-level body of a Doc fetched without tabs).
 *
 * - A section starts at a TITLE or HEADING_n paragraph whose text reads as a date (parseHeadingDate), or that holds
 *   one of the add-on's keys. It ends at the next dated heading, or at a non-empty undated heading of a higher level,
 *   or of the same level unless that heading is a known subsection label.
 * - Inside it, a subsection starts at a deeper heading, or at a plain paragraph that is exactly a known label
 *   ("Action items:"). A deeper heading with an unknown title below a subsection heading stays part of it.
 * - Tables, tables of contents and section breaks are stepped over: items inside table cells are ignored.
 */
export function parseDoc(doc: Document, opts: ParseOptions = {}): ParsedDoc {
  const chosen = notesTab(doc, opts.tabId);
  if (chosen === 'missing')
    return {
      tabMissing: true,
      revisionId: doc.revisionId,
      bodyEndIndex: 1,
      openingEndIndex: 1,
      sections: [],
      keys: {},
    };
  const source = chosen ? chosen.documentTab : doc;
  const tabId = chosen?.tabProperties?.tabId;
  const content = source?.body?.content ?? [];
  const bodyEndIndex = content[content.length - 1]?.endIndex ?? 1;
  const keyRanges = readOwnRanges(source?.namedRanges, tabId, keyFromNamedRangeName);
  const marks = readMarks(source?.namedRanges);
  const language = markedLanguage(marks) ?? opts.language ?? 'en';
  const reading: Reading = {
    lists: source?.lists ?? {},
    dayFirst: languageOf(language).dayFirst,
    prompts: readPrompts(opts.promptLines),
    keyRanges,
    nextKey: 0,
    writtenRanges: readOwnRanges(source?.namedRanges, tabId, writtenForOf).filter((r) => r.namedRangeId),
    sections: [],
    suggestions: [],
  };
  for (const line of readLines(content)) readLine(reading, line);
  closeSection(reading, bodyEndIndex);

  const { sections, suggestions } = reading;
  const parsed: ParsedDoc = {
    bodyEndIndex,
    openingEndIndex: sections[0]?.heading.startIndex ?? bodyEndIndex,
    sections,
    keys: firstRangeOfEachKey(keyRanges),
    language,
  };
  if (tabId !== undefined) parsed.tabId = tabId;
  if (doc.revisionId !== undefined) parsed.revisionId = doc.revisionId;
  if (doc.title) parsed.title = doc.title;
  if (suggestions.length > 0) parsed.suggestions = suggestions;
  if (marks.length > 0) parsed.marks = marks;
  return parsed;
}
