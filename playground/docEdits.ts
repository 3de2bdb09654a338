// What a person does in the playground's Doc pane, as Docs API requests: type into a paragraph, strike text.
//
// Each edit is planned against the document as it is now and sent through the Docs engine's batchUpdate with
// `requiredRevisionId`, as Google Docs' own editor would change the Doc under the add-on: so "never loses your text"
// and "done anywhere" can be tried against the real built Code.js. Only what Google Docs' editor offers: a text
// marker is a character there, so an item is ticked by typing ☑ or [x] in its place, or by striking it through; no
// click toggles it. Text is addressed by the same UTF-16 indexes the Docs API uses; renderDoc.ts writes them into the
// page (data-start on paragraphs, data-i on text).
import type { Document, Paragraph, Request, StructuralElement } from '../src/types/docs-api';

/** What a chip (person, date, rich link…) stands for in a paragraph's editable text: it cannot be typed, only kept. */
export const OBJECT_CHAR = '\uFFFC';

/** A refusal to tell the person (HTTP 409 or 400): the Doc changed meanwhile, or the edit makes no sense there. */
export class EditError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 409 = 400,
  ) {
    super(message);
  }
}

function bodyOf(doc: Document): StructuralElement[] {
  return doc.tabs?.[0]?.documentTab?.body?.content ?? doc.body?.content ?? [];
}

/** Every paragraph of the first tab's body, table cells included, in order. */
function paragraphsIn(content: StructuralElement[], out: StructuralElement[] = []): StructuralElement[] {
  for (const el of content) {
    if (el.paragraph) out.push(el);
    for (const row of el.table?.tableRows ?? [])
      for (const cell of row.tableCells ?? []) paragraphsIn(cell.content ?? [], out);
  }
  return out;
}

/**
 * A paragraph's text as the pane edits it: its runs' text without the paragraph's own newline, each other element
 * as OBJECT_CHAR repeated over its length, so that an index into this text is an index into the Doc.
 */
export function editableText(paragraph: Paragraph, endIndex: number): string {
  let text = '';
  for (const el of paragraph.elements ?? []) {
    const start = el.startIndex ?? 0;
    const end = Math.min(el.endIndex ?? start, endIndex - 1);
    if (end <= start) continue;
    text += el.textRun ? (el.textRun.content ?? '').slice(0, end - start) : OBJECT_CHAR.repeat(end - start);
  }
  return text;
}

interface Located {
  start: number;
  text: string;
}

function locate(doc: Document): Located[] {
  return paragraphsIn(bodyOf(doc)).map((el) => ({
    start: el.startIndex ?? 0,
    text: editableText(el.paragraph!, el.endIndex ?? 0),
  }));
}

/**
 * The paragraph the person was editing: the one at `start` if its text is still `before`, else the one paragraph
 * whose text is `before` (the add-on inserted a section above meanwhile). Anything else is a conflict: nothing is
 * written, and the person's text stays in the editor.
 */
function findEdited(doc: Document, start: number, before: string): Located {
  const all = locate(doc);
  const here = all.find((p) => p.start === start && p.text === before);
  if (here) return here;
  const same = all.filter((p) => p.text === before);
  if (same.length === 1) return same[0]!;
  throw new EditError(
    'That paragraph changed in the Doc while you typed, so nothing was written. Copy your text, then edit the paragraph as it is now.',
    409,
  );
}

/** Plans replacing a paragraph's editable text `before` by `after`: only the span that differs is deleted and inserted. */
export function planTextEdit(doc: Document, start: number, before: string, after: string): Request[] {
  // Shift+Enter in the editor is a soft line break, which the Docs API writes as a vertical tab.
  const typed = after.replace(/\r\n?|\n/g, '\v');
  const paragraph = findEdited(doc, start, before);
  const old = paragraph.text;
  let prefix = 0;
  while (prefix < old.length && prefix < typed.length && old[prefix] === typed[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < typed.length - prefix &&
    old[old.length - 1 - suffix] === typed[typed.length - 1 - suffix]
  )
    suffix++;
  const at = paragraph.start + prefix;
  const removed = old.length - prefix - suffix;
  const inserted = typed.slice(prefix, typed.length - suffix);
  // A chip kept where it was is fine; one that appears in the typed text cannot be written as text.
  if (inserted.includes(OBJECT_CHAR)) throw new EditError('A chip cannot be typed: insert it in Google Docs.');
  const requests: Request[] = [];
  if (removed > 0) requests.push({ deleteContentRange: { range: { startIndex: at, endIndex: at + removed } } });
  if (inserted) requests.push({ insertText: { location: { index: at }, text: inserted } });
  return requests;
}

/** Strikes the text in [start, end), or unstrikes it when all of it is struck already (Docs' own toggle). */
export function planStrike(doc: Document, start: number, end: number): Request[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start >= end)
    throw new EditError('Select some text in the Doc first.');
  let covered = 0;
  let struck = 0;
  for (const el of paragraphsIn(bodyOf(doc))) {
    for (const run of el.paragraph!.elements ?? []) {
      const from = Math.max(start, run.startIndex ?? 0);
      const to = Math.min(end, run.endIndex ?? 0);
      if (to <= from) continue;
      covered += to - from;
      if ((run.textRun?.textStyle ?? run.person?.textStyle ?? run.dateElement?.textStyle)?.strikethrough)
        struck += to - from;
    }
  }
  if (covered === 0) throw new EditError('The selection is not in the Doc’s text any more: select it again.', 409);
  return [
    {
      updateTextStyle: {
        range: { startIndex: start, endIndex: end },
        textStyle: { strikethrough: struck < covered },
        fields: 'strikethrough',
      },
    },
  ];
}
