// The Doc as a write leaves it, from the Doc as read and what the planner wrote: a call answers with the state it made
// without reading the Doc a second time (a second read is one more round trip, and can fail after the write did not).
import type { CarriedItem } from './carryOver';
import { itemId } from './itemId';
import type { ItemState } from './markers';
import type { ActionItem, IsoDate, ParsedDoc, Section, Subsection } from './model';
import { itemOfLine } from './parse';

/** What one write did to the Doc's model, as its planner knows it. */
export type DocEdit =
  /** Every copy of an item, but one under a suggestion, now reads as ticked, unticked or dropped. */
  | { kind: 'item'; itemId: string; state: ItemState }
  /** A line went into a section's agenda or action items. */
  | { kind: 'line'; sectionStart: number; into: 'agenda' | 'actions'; line: string }
  /** A new section, with its agenda, its carried items and the action items queued for it. */
  | {
      kind: 'section';
      /** Where it went in the Doc as read: the model keeps the Doc's order (newest first or oldest first). */
      at: number;
      date: IsoDate;
      key: string;
      headingText: string;
      agenda: string[];
      carried: CarriedItem[];
      actionLines: string[];
    }
  /**
   * A section already there became this occurrence's own; `date` and `headingText` when its heading was re-dated for
   * a meeting on another day.
   */
  | { kind: 'adopted'; sectionStart: number; key: string; date?: IsoDate; headingText?: string };

const NO_SPAN = { startIndex: 0, endIndex: 0 };

function withState(item: ActionItem, state: ItemState): ActionItem {
  const { dropped: _was, ...rest } = item;
  return { ...rest, done: state === 'done', ...(state === 'dropped' ? { dropped: true } : {}) };
}

/** A copy under someone's suggestion is never written (core/plan.ts, planSetItemDone): it keeps the state it had. */
const written = (item: ActionItem, itemId: string) => item.id === itemId && !item.inSuggestion;

function agendaParagraph(text: string): Subsection['paragraphs'][number] {
  return { text, span: NO_SPAN, bulleted: true, prompt: false };
}

function withLine(section: Section, into: 'agenda' | 'actions', line: string): Section {
  if (into === 'actions') {
    const item = itemOfLine(line, section.date);
    return item ? { ...section, items: [...section.items, item] } : section;
  }
  const at = section.subsections.findIndex((sub) => sub.kind === 'agenda');
  if (at < 0) return { ...section, subsections: [...section.subsections, agendaOf([line])] };
  const subsections = [...section.subsections];
  const agenda = subsections[at]!;
  subsections[at] = { ...agenda, paragraphs: [...agenda.paragraphs, agendaParagraph(line)] };
  return { ...section, subsections };
}

function agendaOf(lines: string[]): Subsection {
  return { title: 'Agenda', kind: 'agenda', heading: NO_SPAN, span: NO_SPAN, paragraphs: lines.map(agendaParagraph) };
}

function newSection(edit: Extract<DocEdit, { kind: 'section' }>): Section {
  const carried = edit.carried.map(
    (c): ActionItem => ({
      id: c.id,
      text: c.text,
      ...(c.owner ? { owner: c.owner } : {}),
      ...(c.due !== undefined ? { due: c.due } : {}),
      done: false,
      from: c.from,
      sectionDate: edit.date,
      paragraph: NO_SPAN,
      body: NO_SPAN,
      nativeChecklist: false,
    }),
  );
  const queued = edit.actionLines.flatMap((line) => itemOfLine(line, edit.date) ?? []);
  return {
    date: edit.date,
    key: edit.key,
    headingText: edit.headingText,
    heading: NO_SPAN,
    headingLevel: 2,
    span: NO_SPAN,
    cancelled: false,
    subsections: [agendaOf(edit.agenda)],
    items: [...carried, ...queued],
  };
}

/**
 * An adopted section, re-dated when its heading was: its items then belong to the new date, and those first written
 * in it are from that date, with the id a read gives them (an item's id holds the date it is from: core/itemId.ts).
 */
function adopted(section: Section, edit: Extract<DocEdit, { kind: 'adopted' }>): Section {
  const { date, headingText } = edit;
  if (!date || headingText === undefined) return { ...section, key: edit.key };
  const items = section.items.map((item): ActionItem => {
    if (item.from !== section.date) return { ...item, sectionDate: date };
    return { ...item, sectionDate: date, from: date, id: itemId(item.owner?.name, item.text, date) };
  });
  return { ...section, key: edit.key, date, headingText, items };
}

/** The model after the edits, in order; the Doc's spans are those read (nothing reads them from the result). */
export function edited(parsed: ParsedDoc, edits: readonly DocEdit[]): ParsedDoc {
  let sections = parsed.sections;
  for (const edit of edits) {
    if (edit.kind === 'item')
      sections = sections.map((s) =>
        s.items.some((i) => i.id === edit.itemId)
          ? { ...s, items: s.items.map((i) => (written(i, edit.itemId) ? withState(i, edit.state) : i)) }
          : s,
      );
    else if (edit.kind === 'line')
      sections = sections.map((s) =>
        s.heading.startIndex === edit.sectionStart ? withLine(s, edit.into, edit.line) : s,
      );
    else if (edit.kind === 'adopted')
      sections = sections.map((s) => (s.heading.startIndex === edit.sectionStart ? adopted(s, edit) : s));
    else {
      // A section added by an earlier edit has the zero span, before any index a Doc's body has (it starts at 1).
      const before = sections.findIndex((s) => s.heading.startIndex >= edit.at);
      const at = before < 0 ? sections.length : before;
      sections = [...sections.slice(0, at), newSection(edit), ...sections.slice(at)];
    }
  }
  return sections === parsed.sections ? parsed : { ...parsed, sections };
}
