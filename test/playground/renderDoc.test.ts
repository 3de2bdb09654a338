// Tests of the playground's Doc renderer: structure, styles, chips, and that nothing from the Doc becomes markup.

import { buildDocument, bullet, checklist, h2, h3, p, table } from '../../dev/docBuilder';
import { renderDocHtml, safeHref } from '../../playground/renderDoc';

const render = (blocks: Parameters<typeof buildDocument>[0]['blocks']) => renderDocHtml(buildDocument({ blocks }));

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A paragraph's editable text as rendered: the para-text span (with its index range) around one run of `text`. */
const line = (text: string) =>
  `<span class="para-text" data-start="\\d+" data-end="\\d+"><span data-i="\\d+">${escapeRe(text)}</span></span>`;
const block = (tag: string, attrs: string, text: string) => new RegExp(`<${tag} ${attrs}>${line(text)}</${tag}>`);
/** Emoji, which a machine without an emoji font shows as boxes. */
const EMOJI = /\p{Extended_Pictographic}/u;

describe('renderDocHtml', () => {
  it('renders the title and headings as h1–h6', () => {
    const html = render([
      p('Ana / Ben', { style: 'TITLE' }),
      p('Nov 2, 2026', { style: 'HEADING_1' }),
      h2('2026-11-09'),
      h3('Agenda'),
      p('Deep', { style: 'HEADING_6' }),
    ]);
    expect(html).toMatch(block('h1', 'class="doc-title"', 'Ana / Ben'));
    expect(html).toMatch(block('h1', 'class="doc-heading"', 'Nov 2, 2026'));
    expect(html).toMatch(block('h2', 'class="doc-heading"', '2026-11-09'));
    expect(html).toMatch(block('h3', 'class="doc-heading"', 'Agenda'));
    expect(html).toMatch(block('h6', 'class="doc-heading"', 'Deep'));
  });

  it('groups bullets into lists and tells disc, checkbox and numbered apart', () => {
    const html = render([
      bullet('first'),
      bullet('nested', 1),
      p('between'),
      checklist('native'),
      p('one', { bullet: 'numbered' }),
      p('two', { bullet: 'numbered' }),
    ]);
    expect(html.match(/<ul class="doc-list list-disc">/g)).toHaveLength(1);
    const item = (classes: string, glyph: string, text: string) =>
      new RegExp(
        `${classes}"><span class="glyph" aria-hidden="true">${escapeRe(glyph)}</span><span class="li-body">${line(text)}`,
      );
    expect(html).toMatch(item('<li class="doc-li lvl-0 li-disc', '●', 'first'));
    expect(html).toMatch(item('lvl-1 li-disc', '○', 'nested'));
    expect(html).toMatch(item('li-checkbox', '☐', 'native'));
    expect(html).toContain('<ol class="doc-list list-numbered">');
    expect(html).toMatch(item('li-numbered', '1.', 'one'));
    expect(html).toMatch(item('li-numbered', '2.', 'two'));
  });

  it('keeps text markers as they are and renders strikethrough, bold and italic', () => {
    const html = render([
      bullet('☐ Ana: draft the plan (due Nov 30)'),
      bullet('☑ Ben: send the review'),
      bullet([{ text: 'Ana: book the room', strikethrough: true }]),
      p([{ text: 'bold', bold: true }, ' and ', { text: 'italic', italic: true }]),
    ]);
    expect(html).toMatch(/<span data-i="\d+">☐ Ana: draft the plan \(due Nov 30\)<\/span>/);
    expect(html).toMatch(/<span data-i="\d+">☑ Ben: send the review<\/span>/);
    expect(html).toMatch(/<s><span data-i="\d+">Ana: book the room<\/span><\/s>/);
    expect(html).toMatch(/<strong><span data-i="\d+">bold<\/span><\/strong><span data-i="\d+"> and <\/span><em>/);
  });

  it('greys a prompt with its foreground colour', () => {
    const html = render([p([{ text: 'Wins · Blockers', italic: true, color: '#999999' }])]);
    expect(html).toMatch(
      /<span style="color: rgb\(153, 153, 153\)"><em><span data-i="\d+">Wins · Blockers<\/span><\/em><\/span>/,
    );
  });

  it('renders person and date chips and rich links', () => {
    const html = render([
      bullet(['☐ ', { person: { name: 'Ana Silva', email: 'ana@example.com' } }, ' share the rubric']),
      p([{ date: { timestamp: '2026-11-30T00:00:00Z', displayText: 'Nov 30, 2026' } }]),
      p([{ richLink: { title: 'Growth plan', uri: 'https://docs.google.com/document/d/x/edit' } }]),
    ]);
    expect(html).toMatch(
      /<span class="chip chip-person" data-i="\d+" data-len="1" contenteditable="false" title="ana@example.com"><svg [^>]*aria-hidden="true"[^>]*>.*?<\/svg> Ana Silva<\/span><span data-i="\d+"> share the rubric/,
    );
    expect(html).toContain('Nov 30, 2026</span>');
    expect(html).toContain('class="chip chip-date"');
    expect(html).toMatch(
      /<a class="chip chip-link" [^>]*href="https:\/\/docs.google.com\/document\/d\/x\/edit"[^>]*>.*Growth plan<\/a>/,
    );
    // Icons are inline SVG: nothing here needs an emoji font.
    expect(html).not.toMatch(EMOJI);
  });

  it('renders tables, page breaks and right-to-left paragraphs', () => {
    const html = render([
      table([
        ['Goal', 'Status'],
        ['Ship', 'On track'],
      ]),
      p([{ pageBreak: true }]),
      p('שלום', { direction: 'RIGHT_TO_LEFT' }),
    ]);
    expect(html).toMatch(
      new RegExp(`<table class="doc-table"><tbody><tr><td><p class="doc-p">${line('Goal')}</p></td>`),
    );
    expect(html).toMatch(new RegExp(`<td><p class="doc-p">${line('On track')}</p></td></tr>`));
    expect(html).toContain('class="page-break"');
    expect(html).toMatch(block('p', 'class="doc-p" dir="rtl"', 'שלום'));
  });

  it('marks keyed headings with their named range names and a badge', () => {
    const html = render([h2('Mon, Nov 16, 2026 · 1:1', '1on1:day|2026-11-16'), h3('Agenda')]);
    expect(html).toContain('<h2 class="doc-heading" data-key="1on1:day|2026-11-16">');
    // The badge is not the Doc's text: the pane's editor skips it, and its icon is SVG, not an emoji.
    expect(html).toMatch(
      /<\/span> <span class="key-badge" data-skip contenteditable="false" [^>]*><svg [^>]*>.*?<\/svg> keyed<\/span><\/h2>/,
    );
    expect(html).not.toMatch(EMOJI);
    expect(html).toMatch(block('h3', 'class="doc-heading"', 'Agenda'));
  });

  it('escapes hostile text everywhere: runs, chips, link titles', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = render([
      h2(evil),
      bullet(`☐ ${evil}`),
      p([{ person: { name: evil, email: `"><script>alert(1)</script>` } }]),
      p([{ richLink: { title: evil, uri: 'https://example.com/"><img src=x>' } }]),
      p([{ date: { timestamp: 'x', displayText: evil } }]),
      table([[evil]]),
    ]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/"><script/);
  });

  it('escapes named range names used as attributes', () => {
    const html = render([h2('2026-11-16', '1on1:"><img src=x onerror=alert(1)>')]);
    expect(html).not.toContain('<img');
    expect(html).toContain('data-key="1on1:&quot;&gt;&lt;img');
  });

  it('badges only the sections’ keys: not the link’s mark over the whole body, nor the marks of writes and dates', () => {
    const doc = buildDocument({
      blocks: [
        p('Ana / Ben — 1:1 notes', { style: 'TITLE' }),
        h2('Mon, Nov 16, 2026 · 1:1', '1on1:day|2026-11-16'),
        p('Notes'),
      ],
    });
    const tab = doc.tabs![0]!.documentTab!;
    const end = tab.body!.content!.at(-1)!.endIndex!;
    const heading = tab.body!.content!.find((c) => c.paragraph?.paragraphStyle?.namedStyleType === 'HEADING_2')!;
    const range = (name: string, startIndex: number, endIndex: number) => ({
      name,
      namedRanges: [{ name, namedRangeId: name, ranges: [{ startIndex, endIndex }] }],
    });
    tab.namedRanges = {
      ...tab.namedRanges,
      '1on1-link:v=1&g=abc&t=t.0': range('1on1-link:v=1&g=abc&t=t.0', 1, end),
      '1on1-req:r1@1795359600000': range('1on1-req:r1@1795359600000', 1, 2),
      '1on1-at:2026-11-16': range('1on1-at:2026-11-16', heading.startIndex!, heading.endIndex!),
    };
    const html = renderDocHtml(doc);
    expect(html.match(/class="key-badge"/g)).toHaveLength(1);
    expect(html).toContain('<h2 class="doc-heading" data-key="1on1:day|2026-11-16">');
    expect(html).not.toMatch(/data-key="[^"]*1on1-(?:link|req|at):/);
  });

  it('never emits a javascript: or data: link as an href', () => {
    const html = render([
      p([{ text: 'click me', link: 'javascript:alert(1)' }]),
      p([{ text: 'or me', link: ' JavaScript:alert(1)' }]),
      p([{ richLink: { title: 'doc', uri: 'data:text/html,<script>alert(1)</script>' } }]),
      p([{ text: 'fine', link: 'https://example.com/a?b=1&c=2' }]),
    ]);
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).toContain('click me');
    expect(html).toContain('href="https://example.com/a?b=1&amp;c=2"');
  });

  it('renders an empty body and a document fetched without tabs', () => {
    expect(renderDocHtml({})).toBe('');
    const doc = buildDocument({ blocks: [p('hello')] });
    const legacy = { body: doc.tabs![0]!.documentTab!.body, lists: {} };
    expect(renderDocHtml(legacy)).toMatch(block('p', 'class="doc-p"', 'hello'));
  });
});

describe('renderDocHtml: the indexes the Doc pane edits by', () => {
  it('names each paragraph’s range and each piece’s first index as the Docs API counts them', () => {
    const doc = buildDocument({
      blocks: [
        p('Title', { style: 'TITLE' }),
        bullet(['☐ ', { person: { name: 'Ana', email: 'ana@example.com' } }, ' ship it 🚀\vsecond line']),
        p(''),
      ],
    });
    const html = renderDocHtml(doc);
    const content = doc.tabs![0]!.documentTab!.body!.content!;
    for (const el of content.filter((c) => c.paragraph)) {
      expect(html).toContain(`data-start="${el.startIndex}" data-end="${el.endIndex}"`);
      // Every element but a paragraph's lone newline, which is its end rather than text.
      for (const part of el.paragraph!.elements!.filter((e) => e.textRun?.content !== '\n'))
        expect(html).toContain(`data-i="${part.startIndex}"`);
    }
    const item = content.find((c) => c.paragraph?.bullet)!;
    const [marker, chip, rest] = item.paragraph!.elements!;
    expect(html).toContain(`<span data-i="${marker!.startIndex}">☐ </span>`);
    expect(html).toContain(`data-i="${chip!.startIndex}" data-len="1"`);
    // The soft line break holds its own index; the text after it starts one further (🚀 is two UTF-16 units).
    const breakAt = rest!.startIndex! + ' ship it 🚀'.length;
    expect(html).toContain(`<br data-i="${breakAt}"><span data-i="${breakAt + 1}">second line</span>`);
    // An empty paragraph keeps its height with a line break that is not the Doc's text.
    expect(html).toContain('<br data-skip>');
  });

  it('shows a marker as the text it is, with no control to click: in Google Docs it is a character', () => {
    const html = render([bullet('  [ ] Ana: plan'), bullet('☐ Ben: send the notes'), p('✅ done')]);
    expect(html).not.toMatch(/<button|class="marker"|data-at=/);
    expect(html).toMatch(/<span data-i="\d+"> {2}\[ \] Ana: plan<\/span>/);
    expect(html).toMatch(/<span data-i="\d+">☐ Ben: send the notes<\/span>/);
    expect(html).toMatch(/<span data-i="\d+">✅ done<\/span>/);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.com', 'https://example.com'],
    ['http://example.com/x', 'http://example.com/x'],
    ['javascript:alert(1)', undefined],
    ['//evil.example', undefined],
    ['mailto:a@example.com', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
