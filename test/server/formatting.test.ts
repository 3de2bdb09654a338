// What people formatted stays theirs, through the built Code.js: ticks change only the marker and the add-on's own
// strikethrough, and nothing the add-on inserts under a nested list takes that list's indent.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { withListIndents } from '../fixtures/docs';
import { bodyText, keepsAllText, setUp } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

function paragraphs(doc: Document) {
  return (doc.tabs![0]!.documentTab!.body!.content ?? [])
    .filter((e) => e.paragraph)
    .map((e) => {
      const elements = e.paragraph!.elements ?? [];
      // Struck and unstruck stretches of the text, runs of one kind joined.
      const strikes: [string, boolean][] = [];
      for (const run of elements) {
        const text = (run.textRun?.content ?? '').replace(/\n$/, '');
        const struck = Boolean(run.textRun?.textStyle?.strikethrough);
        const last = strikes[strikes.length - 1];
        if (last && last[1] === struck) last[0] += text;
        else if (text) strikes.push([text, struck]);
      }
      return {
        text: elements
          .map((x) => x.textRun?.content ?? '')
          .join('')
          .replace(/\n$/, ''),
        style: e.paragraph!.paragraphStyle?.namedStyleType,
        bulleted: Boolean(e.paragraph!.bullet),
        indent: [e.paragraph!.paragraphStyle?.indentStart, e.paragraph!.paragraphStyle?.indentFirstLine],
        strikes,
      };
    });
}

describe('ticks change only the marker and the add-on’s own strikethrough', () => {
  it('ticking then unticking keeps a person’s own strikethrough on part of an item', () => {
    const env = setUp(
      buildDocument({
        blocks: [
          ANA_BEN_TITLE,
          h2('Mon, Nov 16, 2026 · 1:1'),
          h3('Action items'),
          bullet([
            { text: '☐ Ana: book ' },
            { text: 'the Lisbon offsite', strikethrough: true },
            { text: ' the Porto offsite' },
          ]),
          bullet('☐ Ben: send the notes'),
        ],
      }),
      { now: NOW },
    );
    env.sandbox.call('prepareNow');
    const own = (doc: Document) => paragraphs(doc).filter((x) => x.text.endsWith('the Porto offsite'));
    const before = env.read();
    expect(own(before).map((x) => x.strikes)).toEqual([
      [
        ['☐ Ana: book ', false],
        ['the Lisbon offsite', true],
        [' the Porto offsite', false],
      ],
    ]);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    const item = state.commitments.find((c) => c.text === 'book the Lisbon offsite the Porto offsite')!;
    const copies = (doc: Document) =>
      parse(doc)
        .sections.flatMap((s) => s.items)
        .filter((i) => i.id === item.id);
    expect(copies(before)).toHaveLength(2);

    const ticked = env.sandbox.call('setItemDone', item.id, true, item.seen) as SidebarState;
    const tickedItem = ticked.commitments.find((c) => c.id === item.id)!;
    expect(tickedItem.done).toBe(true);
    expect(copies(env.read()).map((c) => [c.done, c.marker?.text])).toEqual([
      [true, '☑'],
      [true, '☑'],
    ]);
    // The person's own strikethrough is exactly as they made it; only the marker changed.
    expect(own(env.read()).map((x) => x.strikes)).toEqual([
      [
        ['☑ Ana: book ', false],
        ['the Lisbon offsite', true],
        [' the Porto offsite', false],
      ],
    ]);

    env.sandbox.call('setItemDone', item.id, false, tickedItem.seen);
    const after = env.read();
    expect(copies(after).map((c) => [c.done, c.marker?.text])).toEqual([
      [false, '☐'],
      [false, '☐'],
    ]);
    expect(own(after)).toEqual(own(before));
    // The carried copy had no strikethrough of its own: the tick struck it whole, the untick took that off again.
    expect(paragraphs(after)).toEqual(paragraphs(before));
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
  });
});

describe('headings never inherit a list’s indent', () => {
  const noIndent = [undefined, undefined];

  it('a section inserted under a nested list has no indented heading, subheading or prompt', () => {
    const env = setUp(
      withListIndents(
        buildDocument({
          blocks: [
            ANA_BEN_TITLE,
            p('How we work together:'),
            bullet('weekly, 30 minutes'),
            bullet('notes in this Doc', 1),
            bullet('action items at the bottom of each meeting', 2),
          ],
        }),
      ),
      { now: NOW },
    );
    const before = env.read();
    env.sandbox.call('prepareNow');
    const after = env.read();
    const all = paragraphs(after);
    const section = all.slice(all.findIndex((x) => x.text === 'Mon, Nov 23, 2026 · 1:1'));
    const plain = section.filter((x) => !x.bulleted);
    expect(plain.map((x) => [x.style, x.text])).toEqual([
      ['HEADING_2', 'Mon, Nov 23, 2026 · 1:1'],
      ['HEADING_3', 'Agenda'],
      ['NORMAL_TEXT', 'Wins · Blockers · Feedback both ways · Growth · Personal'],
      ['HEADING_3', 'Notes'],
      ['NORMAL_TEXT', ''],
      ['HEADING_3', 'Action items'],
    ]);
    for (const x of plain) expect([x.text, x.indent]).toEqual([x.text, noIndent]);
    // The person's nested list above is as it was.
    expect(all.slice(0, 5)).toEqual(paragraphs(before));
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);
  });

  it('an Agenda subheading added after a nested list at the end of the Doc has no indent', () => {
    const env = setUp(
      withListIndents(
        buildDocument({
          blocks: [h2('Mon, Nov 23, 2026 · 1:1'), h3('Notes'), bullet('first thought'), bullet('a nested thought', 1)],
        }),
      ),
      { now: NOW },
    );
    env.sandbox.call('addAgendaItem', 'Roadmap');
    const last = paragraphs(env.read()).slice(-2);
    expect(last.map((x) => [x.style, x.bulleted, x.text, x.indent])).toEqual([
      ['HEADING_3', false, 'Agenda', noIndent],
      ['NORMAL_TEXT', true, 'Roadmap', noIndent],
    ]);
  });
});
