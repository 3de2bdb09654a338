// Tests of the playground's Doc renderer: structure, styles, chips, and that nothing from the Doc becomes markup.

import { buildDocument, bullet, checklist, h2, h3, p, table } from '../../dev/docBuilder';
import { renderDocHtml, safeHref } from '../../playground/renderDoc';

const render = (blocks: Parameters<typeof buildDocument>[0]['blocks']) => renderDocHtml(buildDocument({ blocks }));

describe('renderDocHtml', () => {
  it('renders the title and headings as h1–h6', () => {
    const html = render([
      p('Ana / Ben', { style: 'TITLE' }),
      p('Nov 2, 2026', { style: 'HEADING_1' }),
      h2('2026-11-09'),
      h3('Agenda'),
      p('Deep', { style: 'HEADING_6' }),
    ]);
    expect(html).toContain('<h1 class="doc-title">Ana / Ben</h1>');
    expect(html).toContain('<h1 class="doc-heading">Nov 2, 2026</h1>');
    expect(html).toContain('<h2 class="doc-heading">2026-11-09</h2>');
    expect(html).toContain('<h3 class="doc-heading">Agenda</h3>');
    expect(html).toContain('<h6 class="doc-heading">Deep</h6>');
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
    expect(html).toMatch(
      /<li class="doc-li lvl-0 li-disc"><span class="glyph" aria-hidden="true">●<\/span><span class="li-body">first/,
    );
    expect(html).toMatch(/lvl-1 li-disc"><span class="glyph" aria-hidden="true">○<\/span><span class="li-body">nested/);
    expect(html).toMatch(/li-checkbox"><span class="glyph" aria-hidden="true">☐<\/span><span class="li-body">native/);
    expect(html).toContain('<ol class="doc-list list-numbered">');
    expect(html).toMatch(/>1\.<\/span><span class="li-body">one/);
    expect(html).toMatch(/>2\.<\/span><span class="li-body">two/);
  });

  it('keeps text markers as they are and renders strikethrough, bold and italic', () => {
    const html = render([
      bullet('☐ Ana: draft the plan (due Nov 30)'),
      bullet('☑ Ben: send the review'),
      bullet([{ text: 'Ana: book the room', strikethrough: true }]),
      p([{ text: 'bold', bold: true }, ' and ', { text: 'italic', italic: true }]),
    ]);
    expect(html).toContain('☐ Ana: draft the plan (due Nov 30)');
    expect(html).toContain('☑ Ben: send the review');
    expect(html).toContain('<s>Ana: book the room</s>');
    expect(html).toContain('<strong>bold</strong> and <em>italic</em>');
  });

  it('greys a prompt with its foreground colour', () => {
    const html = render([p([{ text: 'Wins · Blockers', italic: true, color: '#999999' }])]);
    expect(html).toContain('<span style="color: rgb(153, 153, 153)"><em>Wins · Blockers</em></span>');
  });

  it('renders person and date chips and rich links', () => {
    const html = render([
      bullet(['☐ ', { person: { name: 'Ana Silva', email: 'ana@example.com' } }, ' share the rubric']),
      p([{ date: { timestamp: '2026-11-30T00:00:00Z', displayText: 'Nov 30, 2026' } }]),
      p([{ richLink: { title: 'Growth plan', uri: 'https://docs.google.com/document/d/x/edit' } }]),
    ]);
    expect(html).toMatch(
      /<span class="chip chip-person" title="ana@example.com"><span aria-hidden="true">👤<\/span> Ana Silva<\/span> share the rubric/,
    );
    expect(html).toContain('Nov 30, 2026</span>');
    expect(html).toContain('class="chip chip-date"');
    expect(html).toMatch(
      /<a class="chip chip-link" href="https:\/\/docs.google.com\/document\/d\/x\/edit"[^>]*>.*Growth plan<\/a>/,
    );
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
    expect(html).toContain('<table class="doc-table"><tbody><tr><td><p class="doc-p">Goal</p></td>');
    expect(html).toContain('<td><p class="doc-p">On track</p></td></tr>');
    expect(html).toContain('class="page-break"');
    expect(html).toContain('<p class="doc-p" dir="rtl">שלום</p>');
  });

  it('marks keyed headings with their named range names and a badge', () => {
    const html = render([h2('Mon, Nov 16, 2026 · 1:1', '1on1:day|2026-11-16'), h3('Agenda')]);
    expect(html).toContain('<h2 class="doc-heading" data-key="1on1:day|2026-11-16">');
    expect(html).toContain('🔑 keyed');
    expect(html).toContain('<h3 class="doc-heading">Agenda</h3>');
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
    const html = render([h2('2026-11-16', '"><img src=x onerror=alert(1)>')]);
    expect(html).not.toContain('<img');
    expect(html).toContain('data-key="&quot;&gt;&lt;img');
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
    expect(renderDocHtml(legacy)).toContain('<p class="doc-p">hello</p>');
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
