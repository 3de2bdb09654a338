// Re-dating a moved meeting through the built Code.js: only the date's characters, and only when Calendar moved it.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { english } from '../support/words';
import { ANA, statusOf, withSeries } from '../support/world';

const ZONE = 'America/New_York';
/** Sun Nov 22, 10:00 in New York: the Mon Nov 23 10:00 meeting's section is due (24 h lead). */
const DUE = Date.parse('2026-11-22T15:00:00Z');
const HOUR = 3_600_000;

type Env = ReturnType<typeof withSeries>;
const headings = (env: Env) => parseDoc(env.read()).sections.map((s) => s.headingText);
const status = (env: Env) => statusOf(env)!;
const body = (doc: Document) => doc.tabs![0]!.documentTab!.body!.content!;

function moveNov23(env: Env, to = '2026-11-24') {
  env.calendar.moveOccurrence(
    ANA,
    env.series.id!,
    '2026-11-23T10:00:00-05:00',
    { dateTime: `${to}T10:00:00-05:00`, timeZone: ZONE },
    { dateTime: `${to}T10:30:00-05:00`, timeZone: ZONE },
  );
}

/** Ana's section for Nov 23 goes in, then `edit` changes the Doc, then Calendar moves the meeting, and a run follows. */
function scenario(edit: (env: Env) => void = () => {}, move = true) {
  const env = withSeries({ now: DUE });
  env.link(ANA);
  env.fire(ANA, 'onHourlyTick');
  edit(env);
  if (move) moveNov23(env);
  env.setClock(DUE + HOUR);
  env.fire(ANA, 'onHourlyTick');
  return env;
}

/** Applies requests to the Doc as a person's edit would. */
const typeInDoc = (env: Env, requests: unknown[]) => env.docs.batchUpdate({ requests } as never, env.documentId);

describe('re-dating a moved meeting touches only the date', () => {
  it('rewrites only the characters of the date the add-on wrote, and keeps a person’s style on the rest', () => {
    const env = scenario((e) => {
      // Ana bolds the "1:1" of the heading: those characters are not the date's.
      const heading = parseDoc(e.read()).sections[0]!.heading;
      typeInDoc(e, [
        {
          updateTextStyle: {
            range: { startIndex: heading.endIndex - 3, endIndex: heading.endIndex },
            textStyle: { bold: true },
            fields: 'bold',
          },
        },
      ]);
    });
    expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
    const heading = body(env.read()).find((el) => el.paragraph?.paragraphStyle?.namedStyleType === 'HEADING_2')!;
    const bold = heading
      .paragraph!.elements!.filter((el) => el.textRun?.textStyle?.bold)
      .map((el) => el.textRun!.content);
    expect(bold.join('')).toBe('1:1');
    expect(english(status(env).message)).toMatch(/Re-dated 1 moved meeting/);
    // The key stays: it is the same occurrence, whose section is not inserted again.
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toHaveLength(1);
  });

  it('a heading that holds only a footnote reference and the date is left as it is, and the move is said', () => {
    const env = withSeries({ now: DUE });
    // A keyed heading as the add-on wrote it, to which someone added a footnote.
    const key = `1on1:${env.series.iCalUID}|2026-11-23T15:00:00.000Z`;
    env.docs.put(
      buildDocument({
        blocks: [
          ANA_BEN_TITLE,
          p([{ text: 'Mon, Nov 23, 2026 · 1:1' }, { footnote: 'Moved from Friday' }], {
            style: 'HEADING_2',
            namedRange: key,
          }),
          h3('Notes'),
          bullet('x'),
        ],
      }),
    );
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    const before = env.read();
    moveNov23(env);
    env.setClock(DUE + HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(body(env.read())).toEqual(body(before));
    expect(english(status(env).message)).toContain('moved to Tue, Nov 24 (heading left as you wrote it)');
  });
});

describe('a date fixed by hand stays fixed', () => {
  it('a heading corrected by hand is not changed back, and no run says the meeting moved', () => {
    const env = scenario((e) => {
      // The meeting really took place on Tuesday: Ana corrects the heading's weekday and day.
      const heading = parseDoc(e.read()).sections[0]!.heading;
      typeInDoc(e, [
        { insertText: { text: 'Tue, Nov 24', location: { index: heading.startIndex + 1 } } },
        { deleteContentRange: { range: { startIndex: heading.startIndex, endIndex: heading.startIndex + 1 } } },
        {
          deleteContentRange: {
            range: { startIndex: heading.startIndex + 11, endIndex: heading.startIndex + 21 },
          },
        },
      ]);
      expect(headings(e)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
      // Something else changes in Calendar, so the next run reads the Doc: next week's meeting is cancelled.
      e.calendar.cancelOccurrence(ANA, e.series.id!, '2026-11-30T10:00:00-05:00');
    }, false);
    expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
    expect(english(status(env).message)).not.toMatch(/moved|Re-dated/);
  });

  it('once Calendar does move it, the corrected heading is left as written and the move is said', () => {
    const env = scenario((e) => {
      const heading = parseDoc(e.read()).sections[0]!.heading;
      typeInDoc(e, [{ insertText: { text: ' (Ana away)', location: { index: heading.endIndex } } }]);
    });
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1 (Ana away)']);
    expect(english(status(env).message)).toContain('moved to Tue, Nov 24 (heading left as you wrote it)');
  });

  it('a heading re-dated by the add-on is re-dated again when Calendar moves it back', () => {
    const env = scenario();
    expect(headings(env)).toEqual(['Tue, Nov 24, 2026 · 1:1']);
    moveNov23(env, '2026-11-23');
    // Moved to Tuesday, the meeting left the lead time: the next look is a day on.
    env.setClock(DUE + 24 * HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)).toEqual(['Mon, Nov 23, 2026 · 1:1']);
  });

  it('a section the add-on wrote before it kept a record of the date is still followed while it reads as written', () => {
    const doc = buildDocument({
      blocks: [ANA_BEN_TITLE, h2('Mon, Nov 16, 2026 · 1:1'), h3('Notes'), bullet('x')],
    });
    const env = withSeries({ now: DUE }, {}, doc);
    env.link(ANA);
    env.fire(ANA, 'onHourlyTick');
    // Remove the record, as a section from an earlier version has none.
    const record = Object.values(env.read().tabs![0]!.documentTab!.namedRanges ?? {}).find((g) =>
      g.name?.startsWith('1on1-at:'),
    )!;
    typeInDoc(env, [{ deleteNamedRange: { name: record.name } }]);
    moveNov23(env);
    env.setClock(DUE + HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(headings(env)[0]).toBe('Tue, Nov 24, 2026 · 1:1');
  });
});
