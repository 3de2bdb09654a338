// Turns the add-on's decisions into Docs batchUpdate requests: insert a section, re-date or cancel one, tick or untick an item.
import { type Message, said } from '../shared/messages';
import type { HeadingDateFormat, NotesLanguageTag, Position, TemplateName } from '../shared/settings';
import type { Location, NamedStyleType, Range, Request } from '../types/docs-api';
import type { CarriedItem, LineChip } from './carryOver';
import { carriedLine } from './carryOver';
import { cancelledSuffix, formatSectionHeading } from './dates';
import { namedRangeName, writtenForName } from './keys';
import { type ItemState, OPEN_MARKER, OPEN_MARKERS, ownMarker, toggledMarker } from './markers';
import type { ActionItem, IsoDate, ParsedDoc, Section, Subsection, SubsectionKind } from './model';
import { chooseFormat, type SectionFormat, type SubsectionFormat, subsectionTitles } from './templates';
import { insertableLine } from './text';

export interface SectionPlanInput {
  parsed: ParsedDoc;
  date: IsoDate;
  key: string;
  position: Position;
  template: TemplateName;
  /** Its subsections, prompts and questions; by default what the template gives for this Doc (chooseFormat). */
  format?: SectionFormat;
  dateFormat: HeadingDateFormat;
  /** The language it is written in: its heading, titles, prompts, questions and carried lines' groups. */
  language?: NotesLanguageTag;
  carried: CarriedItem[];
  /** Topics queued before the section existed (from the sidebar). */
  agendaTopics?: string[];
  /** Action item lines ("☐ Ana: …") written in place of the empty placeholder item. */
  actionItems?: string[];
}

type BulletGroup = 'carried' | 'agenda' | 'actions';

interface BlockParagraph {
  text: string;
  style: NamedStyleType;
  bullet?: BulletGroup;
  prompt?: boolean;
  /** A subsection's heading: its kind, which adoption compares with the subsections a section already has. */
  kind?: SubsectionKind;
  /** Person and date chips, at offsets into `text` (which leaves them out): inserted once the text is in. */
  chips?: LineChip[];
}

export interface SectionPlan {
  requests: Request[];
  headingText: string;
  /** Where the heading starts once the batch is applied. */
  headingIndex: number;
  /** The agenda topics written into the new section. */
  agenda: string[];
}

const PROMPT_GREY = { color: { rgbColor: { red: 0.6, green: 0.6, blue: 0.6 } } };
/** Listing a field in the mask without a value resets it, which clears whatever the insert point passed on. */
const RESET_TEXT_FIELDS =
  'bold,italic,underline,strikethrough,smallCaps,foregroundColor,backgroundColor,link,baselineOffset';
const RESET_PARAGRAPH_FIELDS = 'namedStyleType,alignment,indentStart,indentFirstLine,spaceAbove,spaceBelow';

/** Paragraphs given a named style, every other paragraph field reset. */
const paragraphStyle = (range: Range, namedStyleType: NamedStyleType): Request => ({
  updateParagraphStyle: { range, paragraphStyle: { namedStyleType }, fields: RESET_PARAGRAPH_FIELDS },
});

const bullets = (range: Range): Request => ({
  createParagraphBullets: { range, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' },
});

/** The carried items' lines, one bullet each. */
function carriedLines(input: SectionPlanInput): BlockParagraph[] {
  return input.carried.map((item) => ({
    ...carriedLine(item, input.date, input.language),
    style: 'NORMAL_TEXT',
    bullet: 'carried',
  }));
}

/** What is queued or carried into the first subsection of a kind. */
function queuedLines(
  kind: SubsectionKind,
  input: SectionPlanInput,
  format: SectionFormat,
  carried: BlockParagraph[],
): BlockParagraph[] {
  if (kind === 'agenda')
    return [...(input.agendaTopics ?? []), ...format.questions].map((text) => ({
      text,
      style: 'NORMAL_TEXT',
      bullet: 'agenda',
    }));
  if (kind === 'actions')
    return [
      ...carried,
      ...(input.actionItems ?? []).map((text): BlockParagraph => ({ text, style: 'NORMAL_TEXT', bullet: 'actions' })),
    ];
  return kind === 'carried' ? carried : [];
}

/** The empty line a subsection starts with: a bullet for the first topic or action item, else a plain line. */
function placeholderLine(kind: SubsectionKind): BlockParagraph {
  if (kind === 'agenda') return { text: '', style: 'NORMAL_TEXT', bullet: 'agenda' };
  if (kind === 'actions') return { text: `${OPEN_MARKER} `, style: 'NORMAL_TEXT', bullet: 'actions' };
  return { text: '', style: 'NORMAL_TEXT' };
}

/**
 * A format's subsections, with those it lacks for what has to go somewhere: "Carried over" on top when it has
 * neither a carried nor an action items subsection, an agenda or action items at the end for lines queued for them.
 */
function subsectionsFor(
  format: SectionFormat,
  input: SectionPlanInput,
): { subsections: SubsectionFormat[]; carriedInto: SubsectionKind } {
  const has = (kind: SubsectionKind) => format.subsections.some((sub) => sub.kind === kind);
  const own = (kind: 'carried' | 'agenda' | 'actions'): SubsectionFormat => ({
    title: subsectionTitles(input.language)[kind],
    kind,
    prompts: [],
  });
  const subsections = [...format.subsections];
  if (!has('carried') && !has('actions')) subsections.unshift(own('carried'));
  if (!has('agenda') && (input.agendaTopics?.length || format.questions.length)) subsections.push(own('agenda'));
  if (!has('actions') && input.actionItems?.length) subsections.push(own('actions'));
  return { subsections, carriedInto: has('carried') || !has('actions') ? 'carried' : 'actions' };
}

/**
 * The paragraphs of a new section, in order (as README's "What it does" lists them for the add-on's own templates):
 * its heading, then each subsection of its format with what is queued or carried into it (or an empty line to type
 * in) and its greyed prompts. Carried items go under the format's carried subsection, else first under its action
 * items, else under a "Carried over" of their own on top; that subsection is left out when nothing is carried.
 */
export function sectionParagraphs(input: SectionPlanInput): BlockParagraph[] {
  const { language } = input;
  const format = input.format ?? chooseFormat(input.parsed, input.template, input.date, language).format;
  const out: BlockParagraph[] = [
    { text: formatSectionHeading(input.date, input.dateFormat, language), style: 'HEADING_2' },
  ];
  const { subsections, carriedInto } = subsectionsFor(format, input);
  const filled = new Set<SubsectionKind>();
  for (const sub of subsections) {
    const lines = filled.has(sub.kind)
      ? []
      : queuedLines(sub.kind, input, format, carriedInto === sub.kind ? carriedLines(input) : []);
    filled.add(sub.kind);
    if (sub.kind === 'carried' && lines.length === 0) continue;
    out.push({ text: sub.title, style: 'HEADING_3', kind: sub.kind });
    out.push(...(lines.length > 0 ? lines : [placeholderLine(sub.kind)]));
    for (const prompt of sub.prompts) out.push({ text: prompt, style: 'NORMAL_TEXT', prompt: true });
  }
  return out;
}

/**
 * Where a new section goes. Newest first: above the first section (in Doc order) that is not newer than it, so a
 * section prepared ahead stays on top; with no such section, after everything. Oldest first: at the end.
 */
export function insertionPoint(
  parsed: ParsedDoc,
  date: IsoDate,
  position: Position,
): { index: number; append: boolean } {
  if (position === 'newest-first') {
    const before = parsed.sections.find((s) => s.date <= date);
    if (before) return { index: before.heading.startIndex, append: false };
  }
  return { index: parsed.bodyEndIndex - 1, append: true };
}

type RangeIn = (startIndex: number, endIndex: number) => Range;

/** Ranges in the notes' tab; without a tab id, in a Doc read without tabs. */
function rangeIn(tabId: string | undefined): RangeIn {
  return (startIndex, endIndex) => (tabId ? { startIndex, endIndex, tabId } : { startIndex, endIndex });
}

function locationIn(tabId: string | undefined): (index: number) => Location {
  return (index) => (tabId ? { index, tabId } : { index });
}

/** A paragraph of a block and where it lies once written, its newline included. */
interface BlockSpan {
  start: number;
  end: number;
  p: BlockParagraph;
}

function blockSpans(paragraphs: BlockParagraph[], base: number): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let cursor = base;
  for (const p of paragraphs) {
    spans.push({ start: cursor, end: cursor + p.text.length + 1, p });
    cursor += p.text.length + 1;
  }
  return spans;
}

/** The spans in runs of neighbours with the same `key`, so that each run takes one request. */
function runsBy<K>(spans: BlockSpan[], key: (p: BlockParagraph) => K): { first: BlockSpan; last: BlockSpan; key: K }[] {
  const runs: { first: BlockSpan; last: BlockSpan; key: K }[] = [];
  for (const span of spans) {
    const run = runs[runs.length - 1];
    const k = key(span.p);
    if (run && run.key === k) run.last = span;
    else runs.push({ first: span, last: span, key: k });
  }
  return runs;
}

/** The block's own styles, bullets and greyed prompts, over text that has just been inserted. */
function blockStyles(spans: BlockSpan[], range: RangeIn): Request[] {
  const base = spans[0]?.start ?? 0;
  const blockEnd = spans[spans.length - 1]?.end ?? base;
  // New paragraphs inherit the bullet of the paragraph they were inserted into: clear it first. Deleting a bullet
  // indents the paragraph to its list level (DeleteParagraphBulletsRequest: "The nesting level of each paragraph will
  // be visually preserved by adding indent to the start of the corresponding paragraph"), so the paragraph styles,
  // which reset indentStart and indentFirstLine, come after it: no heading, subheading or prompt keeps a list's indent.
  const requests: Request[] = [{ deleteParagraphBullets: { range: range(base, blockEnd) } }];
  for (const run of runsBy(spans, (p) => p.style))
    requests.push(paragraphStyle(range(run.first.start, run.last.end), run.key));
  for (const run of runsBy(spans, (p) => p.bullet))
    if (run.key) requests.push(bullets(range(run.first.start, run.last.end)));
  requests.push({ updateTextStyle: { range: range(base, blockEnd), textStyle: {}, fields: RESET_TEXT_FIELDS } });
  for (const s of spans)
    if (s.p.prompt && s.p.text.length > 0)
      requests.push({
        updateTextStyle: {
          range: range(s.start, s.end - 1),
          textStyle: { italic: true, foregroundColor: PROMPT_GREY },
          fields: 'italic,foregroundColor',
        },
      });
  return requests;
}

/**
 * Paragraphs written as one block at `index` (before the paragraph there, or, with `append`, at the end of the body),
 * with their styles, bullets and greyed prompts; none inherits anything from where it was inserted.
 */
function planBlock(
  paragraphs: BlockParagraph[],
  index: number,
  append: boolean,
  tabId: string | undefined,
): { requests: Request[]; spans: BlockSpan[] } {
  // Before a paragraph, the block is inserted with its own final newline. At the end of the body, the text goes
  // before the final newline (which cannot be deleted or passed), so the block starts with a newline instead and
  // the body's final newline ends the block's last paragraph. Either way the block's first paragraph starts at `base`.
  const joined = paragraphs.map((p) => p.text).join('\n');
  const text = append ? `\n${joined}` : `${joined}\n`;
  const base = append ? index + 1 : index;
  const spans = blockSpans(paragraphs, base);
  const requests: Request[] = [
    { insertText: { text, location: locationIn(tabId)(index) } },
    ...blockStyles(spans, rangeIn(tabId)),
    ...chipRequests(spans, locationIn(tabId)),
  ];
  return { requests, spans };
}

/**
 * The block's chips, from the last to the first: each is one index (docs/PLATFORM.md, Docs API), so inserting the
 * later ones first leaves every earlier offset true. They go in after the styles, inside their paragraphs, and take
 * the plain style of the text before them. `spans` stay those of the text alone.
 */
function chipRequests(spans: BlockSpan[], location: (index: number) => Location): Request[] {
  const placed: { index: number; chip: LineChip }[] = [];
  for (const span of spans)
    for (const chip of span.p.chips ?? []) placed.push({ index: span.start + chip.offset, chip });
  placed.sort((a, b) => b.index - a.index);
  return placed.map(({ index, chip }) =>
    'person' in chip
      ? { insertPerson: { personProperties: chip.person, location: location(index) } }
      : { insertDate: { dateElementProperties: chip.date, location: location(index) } },
  );
}

export function planInsertSection(input: SectionPlanInput): SectionPlan {
  const paragraphs = sectionParagraphs(input).map((p) => ({ ...p, text: insertableLine(p.text) }));
  const { index, append } = insertionPoint(input.parsed, input.date, input.position);
  const { requests, spans } = planBlock(paragraphs, index, append, input.parsed.tabId);
  const range = rangeIn(input.parsed.tabId);
  const heading = spans[0]!;
  requests.push(
    { createNamedRange: { name: namedRangeName(input.key), range: range(heading.start, heading.end - 1) } },
    { createNamedRange: { name: writtenForName(input.date), range: range(heading.start, heading.end - 1) } },
  );
  const agenda = spans.filter((s) => s.p.bullet === 'agenda' && s.p.text !== '').map((s) => s.p.text);
  return { requests, headingText: heading.p.text, headingIndex: heading.start, agenda };
}

/**
 * Ticks or unticks every copy of an item: the marker is toggled (or a done marker added where there was none), and
 * only the add-on's own strikethrough changes. Its own is a strike over the whole text, so:
 * - a tick strikes the text only when none of it is struck; where a person struck part of it ("book ~~the Lisbon
 *   offsite~~ the Porto offsite") the done marker alone says done, and their strikethrough stays as they made it;
 * - an untick removes strikethrough only when the whole text is struck (what a tick makes, or a person's way of
 *   ticking, which would otherwise still read as done); a partial strike is never touched.
 * A person's partial strike therefore survives any run of ticks and unticks: neither ever changes a partly struck
 * text. The parser reads a done marker as done whatever the strike, and a fully struck text as done whatever the
 * marker, so every copy reads as asked afterwards.
 * A drop (`'dropped'`) is written as a tick is, with the family's dropped marker (`✗`, `[-]`) instead of the done one.
 * Copies are handled from the end of the Doc backwards, so each edit leaves the indexes of the ones still to do
 * unchanged, and nothing the user wrote is deleted.
 */
export function planSetItemDone(copies: ActionItem[], done: boolean | ItemState, tabId?: string): Request[] {
  const wanted: ItemState = done === true ? 'done' : done === false ? 'open' : done;
  // Dropped is written like done: the marker says which, and the text is struck through the same way.
  const struck = wanted !== 'open';
  const range = rangeIn(tabId);
  const location = locationIn(tabId);
  const requests: Request[] = [];
  const ordered = [...copies].sort((a, b) => b.paragraph.startIndex - a.paragraph.startIndex);
  for (const copy of ordered) {
    // Never written inside someone's suggestion: that copy waits until the suggestion is accepted or rejected.
    if (copy.inSuggestion) continue;
    const state: ItemState = copy.dropped ? 'dropped' : copy.done ? 'done' : 'open';
    if (state === wanted && (copy.marker || wanted === 'open')) continue;
    const restrike = struck ? copy.strike === undefined : copy.strike === 'all';
    if (restrike && copy.body.endIndex > copy.body.startIndex)
      requests.push({
        updateTextStyle: {
          range: range(copy.body.startIndex, copy.body.endIndex),
          textStyle: { strikethrough: struck },
          fields: 'strikethrough',
        },
      });
    // A marker is written unstruck, whatever the text it goes into.
    const writeMarker = (marker: string, start: number) =>
      requests.push(
        { insertText: { text: marker, location: location(start) } },
        { updateTextStyle: { range: range(start, start + marker.length), textStyle: {}, fields: 'strikethrough' } },
      );
    const markerText = copy.marker?.text.trim();
    if (copy.marker && markerText) {
      const marker = toggledMarker(markerText, wanted);
      if (marker !== markerText) {
        const start = copy.marker.startIndex;
        requests.push({ deleteContentRange: { range: range(start, start + markerText.length) } });
        writeMarker(marker, start);
      }
    } else if (struck) writeMarker(`${ownMarker(wanted)} `, copy.body.startIndex);
  }
  return requests;
}

/**
 * Re-dates a heading that holds only the add-on's own text: only the characters that differ between the old and the
 * new heading are replaced ("Mon, Nov 23" → "Tue, Nov 24" touches the weekday and the day), so nothing around them is
 * deleted, and the record of the date it was written for moves with it. Inserting at a named range's very start may
 * fall outside the range (docs/PLATFORM.md, Docs API), so the new characters always go in after the first old one.
 */
export function planRedateHeading(section: Section, headingText: string, date: IsoDate, tabId?: string): Request[] {
  const next = insertableLine(headingText);
  const old = section.headingText;
  const { startIndex } = section.heading;
  if (old === next || old.length === 0) return [];
  const at = locationIn(tabId);
  const range = rangeIn(tabId);
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < next.length - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  )
    suffix++;
  // At least one old character is replaced, so there is always one to insert after.
  if (prefix + suffix === old.length) suffix > 0 ? suffix-- : prefix--;
  const removedFrom = startIndex + prefix;
  const removedTo = startIndex + old.length - suffix;
  const added = next.slice(prefix, next.length - suffix);
  const requests: Request[] = [];
  if (added) requests.push({ insertText: { text: added, location: at(removedFrom + 1) } });
  // The first old character, before the insertion; then the rest of the old ones, after it.
  requests.push({ deleteContentRange: { range: range(removedFrom, removedFrom + 1) } });
  if (removedTo - removedFrom > 1)
    requests.push({ deleteContentRange: { range: range(removedFrom + added.length, removedTo - 1 + added.length) } });
  if (section.writtenFor) requests.push({ deleteNamedRange: { namedRangeId: section.writtenFor.namedRangeId } });
  requests.push({
    createNamedRange: { name: writtenForName(date), range: range(startIndex, startIndex + next.length) },
  });
  return requests;
}

/**
 * Records which date a heading now stands for without changing a character of it: a heading a person wrote stays
 * theirs, and a later run compares Calendar's date with this one, not with the date the heading reads.
 */
export function planRecordWrittenFor(section: Section, date: IsoDate, tabId?: string): Request[] {
  const { startIndex, endIndex } = section.heading;
  const requests: Request[] = [];
  if (section.writtenFor) requests.push({ deleteNamedRange: { namedRangeId: section.writtenFor.namedRangeId } });
  // The heading's span is its text, without the newline: the record covers all of it, as a new heading's does.
  if (endIndex > startIndex)
    requests.push({ createNamedRange: { name: writtenForName(date), range: rangeIn(tabId)(startIndex, endIndex) } });
  return requests;
}

/** Marks a cancelled occurrence's heading, in the language given (its own heading's); everything under it stays. */
export function planMarkCancelled(section: Section, tabId?: string, tag?: NotesLanguageTag): Request[] {
  if (section.cancelled) return [];
  return [{ insertText: { text: cancelledSuffix(tag), location: locationIn(tabId)(section.heading.endIndex) } }];
}

/** The empty bullet a new section leaves for the first topic or action item: filling it beats adding a line after it. */
function isPlaceholder(text: string, kind: 'agenda' | 'actions'): boolean {
  return kind === 'agenda' ? text === '' : OPEN_MARKERS.includes(text);
}

/**
 * The heading style of a subsection added to a section that is already there: one level below the section's own
 * heading (Heading 3 under a Heading 2 or higher), so that it reads as part of that meeting and not as the start of
 * another (parseDoc ends a meeting at a higher heading). Under a Heading 6, a label at the same level still belongs.
 */
function subheadingStyle(section: Section): NamedStyleType {
  const level = Math.min(6, Math.max(3, section.headingLevel + 1));
  return `HEADING_${level}` as NamedStyleType;
}

/** Whether text inserted at `index` would go inside someone's suggestion (or between two that touch). */
function insideSuggestion(parsed: ParsedDoc, index: number): boolean {
  return (parsed.suggestions ?? []).some((s) => s.startIndex < index && index < s.endIndex);
}

/** The requests that add a line, or, when every place for it is inside a suggestion, why nothing can be added. */
export type AddPlan = { requests: Request[]; blocked?: undefined } | { requests: []; blocked: Message };

/** How a line is written into the notes' tab: the line itself, and whether a place is outside every suggestion. */
interface LineWriter {
  line: string;
  /** The language a subsection the section lacks is titled in. */
  language: NotesLanguageTag | undefined;
  range: RangeIn;
  location: (index: number) => Location;
  free: (index: number) => boolean;
}

/** Inserted text takes the style of the text it goes into (a strikethrough, a link): it is reset to plain. */
function plainText(writer: LineWriter, start: number, end: number): Request {
  return { updateTextStyle: { range: writer.range(start, end), textStyle: {}, fields: RESET_TEXT_FIELDS } };
}

/** The add-on never writes inside a suggestion: nothing is added near `heading` until it is accepted or rejected. */
function blockedBySuggestion(heading: string): AddPlan {
  return { requests: [], blocked: said('error.suggestionInTheWay', { heading }) };
}

/**
 * A subsection the section lacks, added at its end: its label one level below the section's heading (see
 * subheadingStyle), the line as a bullet under it.
 */
function addWithSubsection(
  writer: LineWriter,
  parsed: ParsedDoc,
  section: Section,
  kind: 'agenda' | 'actions',
): AddPlan {
  const { line, range } = writer;
  const label = subsectionTitles(writer.language)[kind];
  const atEnd = section.span.endIndex >= parsed.bodyEndIndex;
  const index = atEnd ? parsed.bodyEndIndex - 1 : section.span.endIndex;
  if (!writer.free(index)) return blockedBySuggestion(section.headingText);
  const start = atEnd ? index + 1 : index;
  const text = atEnd ? `\n${label}\n${line}` : `${label}\n${line}\n`;
  const labelEnd = start + label.length + 1;
  const end = labelEnd + line.length + 1;
  // The bullets go before the styles: deleting one indents its paragraph to the list's level (see blockStyles).
  const requests: Request[] = [
    { insertText: { text, location: writer.location(index) } },
    { deleteParagraphBullets: { range: range(start, end) } },
    paragraphStyle(range(start, labelEnd), subheadingStyle(section)),
    paragraphStyle(range(labelEnd, end), 'NORMAL_TEXT'),
    bullets(range(labelEnd, end)),
    plainText(writer, start, end),
  ];
  return { requests };
}

/** The line into the placeholder bullet `last`, else after it, else (a suggestion at its end) just above it. */
function addByLastBullet(
  writer: LineWriter,
  sub: Subsection,
  last: Subsection['paragraphs'][number],
  kind: 'agenda' | 'actions',
): AddPlan {
  const { line, location } = writer;
  const end = last.span.endIndex - 1;
  if (writer.free(end) && isPlaceholder(last.text, kind) && !last.suggested) {
    // Keep the placeholder's own marker and write the rest after it.
    const rest =
      kind === 'actions' ? (line.startsWith(OPEN_MARKER) ? line.slice(OPEN_MARKER.length).trimStart() : line) : line;
    const hasSpace = kind === 'actions' && end - last.span.startIndex > last.text.length;
    const text = kind === 'actions' && !hasSpace ? ` ${rest}` : rest;
    return { requests: [{ insertText: { text, location: location(end) } }, plainText(writer, end, end + text.length)] };
  }
  // The new paragraph takes the bullet of the one it splits from; its text must not take a strikethrough.
  if (writer.free(end))
    return {
      requests: [
        { insertText: { text: `\n${line}`, location: location(end) } },
        plainText(writer, end + 1, end + 1 + line.length),
      ],
    };
  const start = last.span.startIndex;
  if (writer.free(start))
    return {
      requests: [
        { insertText: { text: `${line}\n`, location: location(start) } },
        plainText(writer, start, start + line.length),
      ],
    };
  return blockedBySuggestion(sub.title);
}

/** The line as the first bullet of a subsection that has none: right under its heading, else above its first line. */
function addUnderHeading(writer: LineWriter, sub: Subsection): AddPlan {
  const { line, range } = writer;
  /** `line` as a new bulleted paragraph starting at `start`, written as `written` at `index`. */
  const newBullet = (written: string, index: number, start: number): Request[] => [
    { insertText: { text: written, location: writer.location(index) } },
    paragraphStyle(range(start, start + line.length + 1), 'NORMAL_TEXT'),
    bullets(range(start, start + line.length + 1)),
    plainText(writer, start, start + line.length),
  ];
  const end = sub.heading.endIndex;
  if (writer.free(end)) return { requests: newBullet(`\n${line}`, end, end + 1) };
  const first = sub.paragraphs[0];
  if (first && writer.free(first.span.startIndex))
    return { requests: newBullet(`${line}\n`, first.span.startIndex, first.span.startIndex) };
  return blockedBySuggestion(sub.title);
}

/**
 * Adds one bulleted line (a topic, or an action item with its marker) to a section's Agenda or Action items: into
 * the empty placeholder bullet when there is one, else after the last bullet, else right under the subsection's
 * heading; a section without that subsection gets one at its end. Only insertions: nothing is deleted. Nothing is
 * written inside a suggestion (docs/PLATFORM.md, Docs API, suggestions): where the usual place is inside one, the
 * line goes just above the last bullet, or above the first line under the heading; where every place is, nothing
 * is written and `blocked` says why.
 */
export function planAddToSubsection(
  parsed: ParsedDoc,
  section: Section,
  kind: 'agenda' | 'actions',
  text: string,
  language: NotesLanguageTag | undefined = parsed.language,
): AddPlan {
  const writer: LineWriter = {
    line: insertableLine(text),
    language,
    range: rangeIn(parsed.tabId),
    location: locationIn(parsed.tabId),
    free: (index) => !insideSuggestion(parsed, index),
  };
  const sub = section.subsections.find((x) => x.kind === kind);
  if (!sub) return addWithSubsection(writer, parsed, section, kind);
  const bullets = sub.paragraphs.filter((x) => x.bulleted && !x.prompt);
  const last = bullets[bullets.length - 1];
  return last ? addByLastBullet(writer, sub, last, kind) : addUnderHeading(writer, sub);
}

/**
 * Makes a section that is already there the occurrence's own, instead of inserting a second one for the same day:
 * the add-on's named range goes over its heading (a day key left by Prepare now before the Doc was linked is
 * replaced), and the template's subsections it lacks are added at its end, carried items included. Nothing in it is
 * moved or removed.
 */
export function planAdoptSection(input: SectionPlanInput & { section: Section }): Request[] {
  const { parsed, section } = input;
  const tabId = parsed.tabId;
  const headingRange = rangeIn(tabId)(section.heading.startIndex, section.heading.endIndex);
  const present = new Set(section.subsections.map((sub) => sub.kind));
  // A subsection of no known kind (a Doc's own "Wins") is there when one of the same title is.
  const presentTitles = new Set(section.subsections.map((sub) => sub.title.toLowerCase()));
  const missing: BlockParagraph[] = [];
  let keep = false;
  for (const p of sectionParagraphs(input).slice(1)) {
    const label = p.kind !== undefined;
    if (p.kind) keep = p.kind === 'other' ? !presentTitles.has(p.text.toLowerCase()) : !present.has(p.kind);
    if (keep)
      missing.push({ ...p, text: insertableLine(p.text), ...(label ? { style: subheadingStyle(section) } : {}) });
  }
  const requests: Request[] = [];
  if (missing.length > 0) {
    const end = section.span.endIndex;
    const append = end >= parsed.bodyEndIndex;
    requests.push(...planBlock(missing, append ? parsed.bodyEndIndex - 1 : end, append, tabId).requests);
  }
  if (section.key) requests.push({ deleteNamedRange: { name: namedRangeName(section.key) } });
  requests.push({ createNamedRange: { name: namedRangeName(input.key), range: headingRange } });
  return requests;
}
