// Renders the first tab of a Docs API document as HTML for the playground's page: a look, not a faithful layout.
//
// The Doc is hostile input (anyone with edit access writes into it), so every string from it goes through
// escapeHtml, attribute values included, and a link becomes an href only when it is http(s).
//
// The page edits the Doc through the engine (docEdits.ts), so the HTML carries the Docs API's indexes: each
// paragraph's text sits in a `.para-text` with `data-start`/`data-end`, each piece of text in an element with `data-i`
// (its first index; a chip also has `data-len`). Parts that are not the Doc's text (badges, a filler line break) have
// `data-skip`. A text marker (`☐`, `[ ]`) is text like any other: in Google Docs it is a character, not a control.
// Icons are inline SVG, not emoji: they show on a machine without an emoji font.
import { keyFromNamedRangeName } from '../src/core/keys';
import type {
  Document,
  DocumentTab,
  List,
  OptionalColor,
  Paragraph,
  ParagraphElement,
  StructuralElement,
  TextStyle,
} from '../src/types/docs-api';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The URL when it is a web address, else undefined: `javascript:`, `data:` and the like never become links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : undefined;
}

type ListKind = 'disc' | 'checkbox' | 'numbered';

interface RenderContext {
  lists: Record<string, List>;
  /** Section keys (named ranges) flattened to their spans, to badge the paragraphs they cover. */
  ranges: { name: string; start: number; end: number }[];
}

function firstTab(doc: Document): DocumentTab {
  const tab = doc.tabs?.[0]?.documentTab;
  if (tab) return tab;
  // Fetched without includeTabsContent: the first tab's fields sit on the document itself.
  return { body: doc.body, lists: doc.lists, namedRanges: doc.namedRanges };
}

function contextOf(tab: DocumentTab): RenderContext {
  const ranges: RenderContext['ranges'] = [];
  for (const group of Object.values(tab.namedRanges ?? {})) {
    for (const range of group.namedRanges ?? []) {
      const name = range.name ?? group.name ?? '';
      // Only a section's key says "keyed": the link's mark spans the whole body, and the marks of recent writes and
      // of the dates written are bookkeeping; badged, every line of a linked Doc would read as keyed.
      if (keyFromNamedRangeName(name) === undefined) continue;
      for (const r of range.ranges ?? []) {
        if (r.segmentId) continue; // headers, footers, footnotes: not the body
        ranges.push({ name, start: r.startIndex ?? 0, end: r.endIndex ?? 0 });
      }
    }
  }
  return { lists: tab.lists ?? {}, ranges };
}

// ——— Text ———

function cssColor(color: OptionalColor | undefined): string | undefined {
  const rgb = color?.color?.rgbColor;
  if (!rgb) return undefined;
  // Numbers only, clamped: nothing from the Doc reaches the style attribute as text.
  const channel = (v: number | undefined) => Math.round(Math.min(1, Math.max(0, Number(v) || 0)) * 255);
  return `rgb(${channel(rgb.red)}, ${channel(rgb.green)}, ${channel(rgb.blue)})`;
}

/**
 * Text from index `start`, each piece in a span that names its first index; Docs writes a soft line break
 * (Shift+Enter) as a vertical tab, shown as a <br> that holds its index.
 */
function textHtml(text: string, start: number): string {
  let at = start;
  return text
    .split('\v')
    .map((piece, i) => {
      const br = i === 0 ? '' : `<br data-i="${at - 1}">`;
      const html = piece ? `<span data-i="${at}">${escapeHtml(piece).replace(/\n/g, ' ')}</span>` : '';
      at += piece.length + 1;
      return br + html;
    })
    .join('');
}

// ——— Icons (inline SVG, fixed markup: nothing from the Doc) ———

const svg = (body: string) =>
  `<svg class="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">${body}</svg>`;
const ICONS = {
  person: svg(
    '<circle cx="8" cy="5" r="3" fill="currentColor"/><path d="M2 15c0-3.3 2.7-5 6-5s6 1.7 6 5z" fill="currentColor"/>',
  ),
  date: svg(
    '<rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M2 7h12M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.5"/>',
  ),
  file: svg(
    '<path d="M4 1.5h5l3 3v10H4z" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6 8h4M6 11h4" stroke="currentColor" stroke-width="1.2"/>',
  ),
  key: svg(
    '<circle cx="5" cy="8" r="3" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 8h7M12 8v3M14.5 8v2" stroke="currentColor" stroke-width="1.6"/>',
  ),
};

function styled(inner: string, style: TextStyle | undefined): string {
  if (!style) return inner;
  let html = inner;
  if (style.bold) html = `<strong>${html}</strong>`;
  if (style.italic) html = `<em>${html}</em>`;
  if (style.underline) html = `<u>${html}</u>`;
  if (style.strikethrough) html = `<s>${html}</s>`;
  if (style.baselineOffset === 'SUPERSCRIPT') html = `<sup>${html}</sup>`;
  if (style.baselineOffset === 'SUBSCRIPT') html = `<sub>${html}</sub>`;
  const color = cssColor(style.foregroundColor);
  if (color) html = `<span style="color: ${color}">${html}</span>`;
  const href = safeHref(style.link?.url);
  if (href) html = `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${html}</a>`;
  return html;
}

/** Where a non-text element sits and how many indexes it takes: the page keeps it whole when a paragraph is edited. */
function atom(el: ParagraphElement): string {
  const start = el.startIndex ?? 0;
  return `data-i="${start}" data-len="${Math.max(0, (el.endIndex ?? start) - start)}" contenteditable="false"`;
}

function chip(el: ParagraphElement, kind: keyof typeof ICONS, label: string, title?: string): string {
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
  return `<span class="chip chip-${kind}" ${atom(el)}${titleAttr}>${ICONS[kind]} ${escapeHtml(label)}</span>`;
}

function richLinkHtml(el: ParagraphElement, title: string, uri: string | undefined): string {
  const href = safeHref(uri);
  const inner = `${ICONS.file} ${escapeHtml(title)}`;
  return href
    ? `<a class="chip chip-link" ${atom(el)} href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${inner}</a>`
    : `<span class="chip chip-link" ${atom(el)}>${inner}</span>`;
}

function objectHtml(el: ParagraphElement): string {
  if (el.pageBreak) return `<span class="page-break" ${atom(el)} role="separator" aria-label="Page break"></span>`;
  if (el.horizontalRule) return `<span class="rule" ${atom(el)} role="separator"></span>`;
  if (el.inlineObjectElement) return `<span class="object" ${atom(el)} title="Image">[image]</span>`;
  if (el.footnoteReference)
    return `<sup class="footnote" ${atom(el)}>${escapeHtml(el.footnoteReference.footnoteNumber ?? '*')}</sup>`;
  if (el.autoText) return `<span class="object" ${atom(el)}>#</span>`;
  if (el.equation) return `<span class="object" ${atom(el)}>[equation]</span>`;
  return '';
}

function elementHtml(el: ParagraphElement): string {
  if (el.textRun) return styled(textHtml(el.textRun.content ?? '', el.startIndex ?? 0), el.textRun.textStyle);
  if (el.person) {
    const { name, email } = el.person.personProperties ?? {};
    return styled(chip(el, 'person', name || email || 'someone', email), el.person.textStyle);
  }
  if (el.dateElement) {
    const props = el.dateElement.dateElementProperties ?? {};
    return styled(chip(el, 'date', props.displayText || props.timestamp || 'date'), el.dateElement.textStyle);
  }
  if (el.richLink) {
    const props = el.richLink.richLinkProperties ?? {};
    return richLinkHtml(el, props.title || props.uri || 'link', props.uri);
  }
  return objectHtml(el);
}

function withoutFinalNewline(el: ParagraphElement): ParagraphElement {
  const content = el.textRun?.content;
  if (!content?.endsWith('\n')) return el;
  return { ...el, textRun: { ...el.textRun, content: content.slice(0, -1) } };
}

function paragraphText(paragraph: Paragraph): string {
  const elements = paragraph.elements ?? [];
  // The paragraph's own newline ends its last run: it is the paragraph's end, not a line of its own.
  return elements.map((el, i) => elementHtml(i === elements.length - 1 ? withoutFinalNewline(el) : el)).join('');
}

/** The paragraph's text in the element the page edits, with its index range; an empty one keeps its height. */
function editableHtml(el: StructuralElement): string {
  const inner = paragraphText(el.paragraph!) || '<br data-skip>';
  return `<span class="para-text" data-start="${el.startIndex ?? 0}" data-end="${el.endIndex ?? 0}">${inner}</span>`;
}

// ——— Paragraphs ———

const HEADING_TAGS: Record<string, string> = {
  TITLE: 'h1',
  HEADING_1: 'h1',
  HEADING_2: 'h2',
  HEADING_3: 'h3',
  HEADING_4: 'h4',
  HEADING_5: 'h5',
  HEADING_6: 'h6',
};

function rangeNamesOver(el: StructuralElement, ctx: RenderContext): string[] {
  const start = el.startIndex ?? 0;
  const end = el.endIndex ?? start;
  return ctx.ranges.filter((r) => r.start < end && r.end > start).map((r) => r.name);
}

function blockAttributes(el: StructuralElement, ctx: RenderContext, className: string): string {
  const style = el.paragraph?.paragraphStyle;
  const attrs = [`class="${className}"`];
  if (style?.direction === 'RIGHT_TO_LEFT') attrs.push('dir="rtl"');
  const align = { CENTER: 'center', END: 'end', JUSTIFIED: 'justify', START: '' }[style?.alignment ?? 'START'];
  if (align) attrs.push(`style="text-align: ${align}"`);
  const names = rangeNamesOver(el, ctx);
  if (names.length > 0) attrs.push(`data-key="${escapeHtml(names.join(' '))}"`);
  return attrs.join(' ');
}

function keyBadge(el: StructuralElement, ctx: RenderContext): string {
  const names = rangeNamesOver(el, ctx);
  if (names.length === 0) return '';
  return ` <span class="key-badge" data-skip contenteditable="false" title="${escapeHtml(`Named range: ${names.join(', ')}`)}">${ICONS.key} keyed</span>`;
}

function paragraphHtml(el: StructuralElement, ctx: RenderContext): string {
  const paragraph = el.paragraph!;
  const type = paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
  const inner = editableHtml(el);
  const tag = HEADING_TAGS[type];
  if (tag) {
    const className = type === 'TITLE' ? 'doc-title' : 'doc-heading';
    return `<${tag} ${blockAttributes(el, ctx, className)}>${inner}${keyBadge(el, ctx)}</${tag}>`;
  }
  const className = type === 'SUBTITLE' ? 'doc-subtitle' : 'doc-p';
  return `<p ${blockAttributes(el, ctx, className)}>${inner}${keyBadge(el, ctx)}</p>`;
}

// ——— Lists ———

function listKind(ctx: RenderContext, listId: string | undefined, level: number): ListKind {
  const nesting = listId ? ctx.lists[listId]?.listProperties?.nestingLevels?.[level] : undefined;
  if (!nesting) return 'disc';
  if (nesting.glyphSymbol) return 'disc';
  if (nesting.glyphType && nesting.glyphType !== 'GLYPH_TYPE_UNSPECIFIED' && nesting.glyphType !== 'NONE')
    return 'numbered';
  // A native checklist has neither a symbol nor a numbering type (see NestingLevel in docs-api.ts).
  return 'checkbox';
}

function glyph(ctx: RenderContext, listId: string | undefined, level: number, counter: number): string {
  const kind = listKind(ctx, listId, level);
  if (kind === 'checkbox') return '☐';
  if (kind === 'numbered') return `${counter}.`;
  const symbol = listId ? ctx.lists[listId]?.listProperties?.nestingLevels?.[level]?.glyphSymbol : undefined;
  return symbol || ['●', '○', '■'][level % 3]!;
}

/** Consecutive bulleted paragraphs of one list, as one list element; numbering restarts per list and level. */
function listHtml(items: StructuralElement[], ctx: RenderContext): string {
  const listId = items[0]!.paragraph!.bullet!.listId;
  const topKind = listKind(ctx, listId, items[0]!.paragraph!.bullet!.nestingLevel ?? 0);
  const tag = topKind === 'numbered' ? 'ol' : 'ul';
  const counters: number[] = [];
  const rows = items.map((el) => {
    const level = Math.min(8, Math.max(0, el.paragraph!.bullet!.nestingLevel ?? 0));
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    const kind = listKind(ctx, listId, level);
    const mark = escapeHtml(glyph(ctx, listId, level, counters[level]!));
    const body = editableHtml(el);
    return `<li ${blockAttributes(el, ctx, `doc-li lvl-${level} li-${kind}`)}><span class="glyph" aria-hidden="true">${mark}</span><span class="li-body">${body}${keyBadge(el, ctx)}</span></li>`;
  });
  return `<${tag} class="doc-list list-${topKind}">${rows.join('')}</${tag}>`;
}

// ——— Structure ———

function tableHtml(el: StructuralElement, ctx: RenderContext): string {
  const rows = (el.table?.tableRows ?? []).map((row) => {
    const cells = (row.tableCells ?? []).map((cell) => `<td>${contentHtml(cell.content ?? [], ctx)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="doc-table"><tbody>${rows.join('')}</tbody></table>`;
}

function contentHtml(content: StructuralElement[], ctx: RenderContext): string {
  const out: string[] = [];
  for (let i = 0; i < content.length; i++) {
    const el = content[i]!;
    const bulletList = el.paragraph?.bullet?.listId;
    if (el.paragraph?.bullet) {
      // Gather the run of paragraphs that belong to the same list.
      const run = [el];
      while (content[i + 1]?.paragraph?.bullet && content[i + 1]!.paragraph!.bullet!.listId === bulletList) {
        run.push(content[++i]!);
      }
      out.push(listHtml(run, ctx));
    } else if (el.paragraph) out.push(paragraphHtml(el, ctx));
    else if (el.table) out.push(tableHtml(el, ctx));
    else if (el.tableOfContents)
      out.push(`<div class="doc-toc">${contentHtml(el.tableOfContents.content ?? [], ctx)}</div>`);
    // A section break has nothing to show.
  }
  return out.join('\n');
}

/** The first tab's body as HTML. Pure: the same document always gives the same string. */
export function renderDocHtml(doc: Document): string {
  const tab = firstTab(doc);
  return contentHtml(tab.body?.content ?? [], contextOf(tab));
}
