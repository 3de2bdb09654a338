// Builds valid Docs API JSON (indexes in UTF-16 units, lists, chips, tables) from a compact description, for fixtures, the playground's seed and the bench.
import type {
  Document,
  List,
  NamedRanges,
  NamedStyleType,
  ParagraphElement,
  StructuralElement,
  Tab,
  TextStyle,
} from '../src/types/docs-api';

export type RunSpec =
  | string
  | {
      text: string;
      bold?: boolean;
      italic?: boolean;
      strikethrough?: boolean;
      /** "#rrggbb" */
      color?: string;
      link?: string;
    }
  | { person: { name: string; email: string } }
  | { date: { timestamp: string; displayText: string } }
  | { richLink: { title: string; uri: string } }
  | { image: string }
  | { pageBreak: true }
  | { footnote: string };

export type BulletKind = 'disc' | 'checkbox' | 'numbered';

export interface ParagraphSpec {
  paragraph: string | RunSpec[];
  style?: NamedStyleType;
  bullet?: BulletKind;
  nestingLevel?: number;
  direction?: 'LEFT_TO_RIGHT' | 'RIGHT_TO_LEFT';
  /** Creates a named range with this name over the paragraph's text (without its newline). */
  namedRange?: string;
}

export interface TableSpec {
  table: string[][];
}

export type BlockSpec = ParagraphSpec | TableSpec;

export interface TabSpec {
  title?: string;
  blocks: BlockSpec[];
}

export interface DocSpec {
  documentId?: string;
  title?: string;
  revisionId?: string;
  /** Several tabs; or `blocks` for a one-tab document. */
  tabs?: TabSpec[];
  blocks?: BlockSpec[];
}

export const p = (text: string | RunSpec[], extra: Omit<ParagraphSpec, 'paragraph'> = {}): ParagraphSpec => ({
  paragraph: text,
  ...extra,
});
export const h1 = (text: string | RunSpec[]): ParagraphSpec => p(text, { style: 'HEADING_1' });
export const h2 = (text: string | RunSpec[], namedRange?: string): ParagraphSpec =>
  namedRange ? p(text, { style: 'HEADING_2', namedRange }) : p(text, { style: 'HEADING_2' });
export const h3 = (text: string | RunSpec[]): ParagraphSpec => p(text, { style: 'HEADING_3' });
export const bullet = (text: string | RunSpec[], nestingLevel = 0): ParagraphSpec =>
  p(text, { bullet: 'disc', nestingLevel });
export const checklist = (text: string | RunSpec[]): ParagraphSpec => p(text, { bullet: 'checkbox' });
export const table = (rows: string[][]): TableSpec => ({ table: rows });

function hexToColor(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return {
    color: { rgbColor: { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 } },
  };
}

function nestingLevelsFor(kind: BulletKind) {
  const levels = [];
  for (let i = 0; i < 9; i++) {
    if (kind === 'disc') levels.push({ glyphType: 'GLYPH_TYPE_UNSPECIFIED', glyphSymbol: ['●', '○', '■'][i % 3] });
    else if (kind === 'numbered') levels.push({ glyphType: 'DECIMAL', glyphFormat: `%${i}.` });
    // A native checklist: nothing tells checked from unchecked (googleapis/google-api-nodejs-client#2870).
    else levels.push({ glyphType: 'GLYPH_TYPE_UNSPECIFIED' });
  }
  return levels;
}

interface BuildState {
  index: number;
  lists: Record<string, List>;
  namedRanges: Record<string, NamedRanges>;
  footnotes: Record<string, { footnoteId: string; content: StructuralElement[] }>;
  inlineObjects: Record<string, unknown>;
  nextId: number;
  tabId: string;
  /** The list id of the previous block, so that adjacent bullets of one kind form one list, as in Docs. */
  openList?: { kind: BulletKind; id: string };
}

function runToElement(run: RunSpec, state: BuildState): ParagraphElement {
  const startIndex = state.index;
  if (typeof run === 'string' || 'text' in run) {
    const spec = typeof run === 'string' ? { text: run } : run;
    const textStyle: TextStyle = {};
    if (spec.bold) textStyle.bold = true;
    if (spec.italic) textStyle.italic = true;
    if (spec.strikethrough) textStyle.strikethrough = true;
    if (spec.color) textStyle.foregroundColor = hexToColor(spec.color);
    if (spec.link) textStyle.link = { url: spec.link };
    state.index += spec.text.length;
    return { startIndex, endIndex: state.index, textRun: { content: spec.text, textStyle } };
  }
  state.index += 1;
  const endIndex = state.index;
  if ('person' in run)
    return {
      startIndex,
      endIndex,
      person: { personId: `p.${state.nextId++}`, personProperties: run.person, textStyle: {} },
    };
  if ('date' in run)
    return {
      startIndex,
      endIndex,
      dateElement: { dateId: `d.${state.nextId++}`, dateElementProperties: run.date, textStyle: {} },
    };
  if ('richLink' in run)
    return {
      startIndex,
      endIndex,
      richLink: { richLinkId: `r.${state.nextId++}`, richLinkProperties: run.richLink, textStyle: {} },
    };
  if ('image' in run) {
    const id = `kix.img${state.nextId++}`;
    state.inlineObjects[id] = { objectId: id, inlineObjectProperties: { embeddedObject: { title: run.image } } };
    return { startIndex, endIndex, inlineObjectElement: { inlineObjectId: id, textStyle: {} } };
  }
  if ('pageBreak' in run) return { startIndex, endIndex, pageBreak: { textStyle: {} } };
  const footnoteId = `kix.fn${state.nextId++}`;
  // A footnote is its own segment, with indexes starting again at 0.
  state.footnotes[footnoteId] = {
    footnoteId,
    content: [
      {
        startIndex: 0,
        endIndex: run.footnote.length + 1,
        paragraph: {
          elements: [
            {
              startIndex: 0,
              endIndex: run.footnote.length + 1,
              textRun: { content: `${run.footnote}\n`, textStyle: {} },
            },
          ],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        },
      },
    ],
  };
  return { startIndex, endIndex, footnoteReference: { footnoteId, footnoteNumber: '1', textStyle: {} } };
}

function buildParagraph(spec: ParagraphSpec, state: BuildState): StructuralElement {
  const startIndex = state.index;
  const runs: RunSpec[] = typeof spec.paragraph === 'string' ? [spec.paragraph] : [...spec.paragraph];
  const elements = runs.filter((r) => !(typeof r === 'string' && r === '')).map((r) => runToElement(r, state));
  // Every paragraph ends with a newline; it joins the last text run, or gets a run of its own.
  const last = elements[elements.length - 1];
  if (last?.textRun) {
    last.textRun.content = `${last.textRun.content}\n`;
    last.endIndex = (last.endIndex ?? 0) + 1;
    state.index += 1;
  } else {
    elements.push({ startIndex: state.index, endIndex: state.index + 1, textRun: { content: '\n', textStyle: {} } });
    state.index += 1;
  }
  const element: StructuralElement = {
    startIndex,
    endIndex: state.index,
    paragraph: {
      elements,
      paragraphStyle: {
        namedStyleType: spec.style ?? 'NORMAL_TEXT',
        direction: spec.direction ?? 'LEFT_TO_RIGHT',
      },
    },
  };
  if (spec.bullet) {
    if (state.openList?.kind !== spec.bullet) {
      const id = `kix.list${state.nextId++}`;
      state.lists[id] = { listProperties: { nestingLevels: nestingLevelsFor(spec.bullet) } };
      state.openList = { kind: spec.bullet, id };
    }
    element.paragraph!.bullet = { listId: state.openList.id, nestingLevel: spec.nestingLevel ?? 0, textStyle: {} };
  } else {
    state.openList = undefined;
  }
  if (spec.namedRange) {
    const range = { startIndex, endIndex: state.index - 1, tabId: state.tabId };
    const group = state.namedRanges[spec.namedRange] ?? { name: spec.namedRange, namedRanges: [] };
    group.namedRanges!.push({ namedRangeId: `kix.nr${state.nextId++}`, name: spec.namedRange, ranges: [range] });
    state.namedRanges[spec.namedRange] = group;
  }
  return element;
}

function buildTable(spec: TableSpec, state: BuildState): StructuralElement {
  state.openList = undefined;
  const startIndex = state.index;
  state.index += 1; // the table's own start
  const tableRows = spec.table.map((cells) => {
    const rowStart = state.index;
    state.index += 1; // the row's start
    const tableCells = cells.map((text) => {
      const cellStart = state.index;
      state.index += 1; // the cell's start
      const content = [buildParagraph({ paragraph: text }, state)];
      return { startIndex: cellStart, endIndex: state.index, content };
    });
    return { startIndex: rowStart, endIndex: state.index, tableCells };
  });
  state.index += 1; // the table's end
  return {
    startIndex,
    endIndex: state.index,
    table: { rows: spec.table.length, columns: Math.max(0, ...spec.table.map((r) => r.length)), tableRows },
  };
}

function buildTab(spec: TabSpec, tabIndex: number, shared: { nextId: number }): Tab {
  const tabId = `t.${tabIndex}`;
  const state: BuildState = {
    index: 1,
    lists: {},
    namedRanges: {},
    footnotes: {},
    inlineObjects: {},
    nextId: shared.nextId,
    tabId,
  };
  // The body opens with a section break that spans index 0 to 1 and has no startIndex (it is 0).
  const content: StructuralElement[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  const blocks = [...spec.blocks];
  // A Docs body always ends with a paragraph: a table is followed by one, an empty body has one.
  const lastBlock = blocks[blocks.length - 1];
  if (!lastBlock || 'table' in lastBlock) blocks.push({ paragraph: '' });
  for (const block of blocks) {
    content.push('table' in block ? buildTable(block, state) : buildParagraph(block, state));
  }
  shared.nextId = state.nextId;
  return {
    tabProperties: { tabId, title: spec.title ?? `Tab ${tabIndex + 1}`, index: tabIndex },
    childTabs: [],
    documentTab: {
      body: { content },
      lists: state.lists,
      namedRanges: state.namedRanges,
      footnotes: state.footnotes,
      inlineObjects: state.inlineObjects,
      headers: {},
      footers: {},
      documentStyle: {},
      namedStyles: {},
    },
  };
}

/** A document as `documents.get` with `includeTabsContent: true` returns it. */
export function buildDocument(spec: DocSpec): Document {
  const shared = { nextId: 1 };
  const tabSpecs = spec.tabs ?? [{ title: 'Tab 1', blocks: spec.blocks ?? [] }];
  return {
    documentId: spec.documentId ?? 'doc-1',
    title: spec.title ?? '1:1 notes',
    revisionId: spec.revisionId ?? 'rev-1',
    suggestionsViewMode: 'SUGGESTIONS_INLINE',
    tabs: tabSpecs.map((t, i) => buildTab(t, i, shared)),
  };
}
