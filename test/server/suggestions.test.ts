// Suggestions through the built Code.js: Docs shows editors suggested insertions and deletions inline
// (docs/PLATFORM.md, Docs API); the add-on reads the Doc as if none were accepted yet and never writes inside one.

import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE, anaBenDoc } from '../fixtures/anaBen';
import { spanOf, suggest, suggestedRuns, suggestText } from '../fixtures/suggestions';
import { refusal } from '../support/words';
import { bodyText, keepsAllText, setUp } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

describe('suggestions in the Doc', () => {
  it('a suggested insertion in a heading does not change which meeting it is', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2(['Mon, Nov 16, 2026 · 1:1', ' → Tue, Nov 17']),
        h3('Action items'),
        bullet('☐ Ana: draft the Q1 growth plan'),
        h2('Mon, Nov 9, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ben: book the offsite'),
      ],
    });
    // Someone suggests the meeting moved: read with it, the heading would be no date at all.
    suggestText(doc, ' → Tue, Nov 17', 'insertion', 'suggest.moved');
    const env = setUp(doc, { now: NOW });
    const before = env.read();

    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.lastMeetingDate).toBe('2026-11-16');
    expect(state.commitments.map((c) => [c.owner, c.text, c.done, c.from])).toEqual([
      ['Ana', 'draft the Q1 growth plan', false, '2026-11-16'],
    ]);

    env.sandbox.call('prepareNow');
    const after = env.read();
    const sections = parse(after).sections;
    expect(sections.map((s) => [s.date, s.headingText])).toEqual([
      ['2026-11-23', 'Mon, Nov 23, 2026 · 1:1'],
      ['2026-11-16', 'Mon, Nov 16, 2026 · 1:1'],
      ['2026-11-09', 'Mon, Nov 9, 2026 · 1:1'],
    ]);
    // Carried from Nov 16, the meeting the heading still is (not from Nov 9, as if Nov 16 were no meeting).
    expect(sections[0]!.items.map((i) => [i.owner?.name, i.text, i.from])).toEqual([
      ['Ana', 'draft the Q1 growth plan', '2026-11-16'],
    ]);
    expect(sections[1]!.headingSuggestions).toHaveLength(1);
    // The suggestion is as it was, for someone to accept or reject; nothing the user wrote is gone.
    expect(suggestedRuns(after)).toEqual([[' → Tue, Nov 17', ['suggest.moved'], []]]);
    expect(suggestedRuns(after)).toEqual(suggestedRuns(before));
    expect(keepsAllText(bodyText(before), bodyText(after))).toBe(true);

    // Once: the next press finds the section (it is read by its key), and adds nothing.
    env.sandbox.call('prepareNow');
    expect(parse(env.read()).sections).toHaveLength(3);
  });

  // A tick leaves a copy whose marker lies in a suggestion (ActionItem.inSuggestion), and setItemDone answers with a
  // conflict when it wrote nothing.
  it('a suggested deletion covering a marker: the item is read once and ticking it writes nothing inside the suggestion', () => {
    const doc = anaBenDoc({
      agenda: [],
      items: ['☐ Ana: draft the Q1 growth plan', '☐ Ben: review the budget'],
      nov9: false,
    });
    // Someone suggests deleting Ana's marker: until that is accepted, the marker is there.
    suggestText(doc, '☐ ', 'deletion', 'suggest.unmark');
    const env = setUp(doc, { now: NOW });
    const before = env.read();

    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.commitments.map((c) => [c.owner, c.text, c.done])).toEqual([
      ['Ana', 'draft the Q1 growth plan', false],
      ['Ben', 'review the budget', false],
    ]);
    const [ana] = parse(before).sections[0]!.items;
    expect(ana).toMatchObject({ text: 'draft the Q1 growth plan', marker: { text: '☐' }, inSuggestion: true });

    // Ticking it would replace a marker someone suggested deleting: the add-on leaves it, and says so.
    const ticked = env.sandbox.call(
      'setItemDone',
      state.commitments[0]!.id,
      true,
      state.commitments[0]!.seen,
    ) as SidebarState;
    expect(env.read()).toEqual(before);
    expect(ticked.conflict).toBeDefined();
    expect(ticked.commitments.map((c) => [c.text, c.done])).toEqual([
      ['draft the Q1 growth plan', false],
      ['review the budget', false],
    ]);

    // The other item ticks as always, and the suggestion stays as it was.
    const other = env.sandbox.call(
      'setItemDone',
      state.commitments[1]!.id,
      true,
      state.commitments[1]!.seen,
    ) as SidebarState;
    expect(other.conflict).toBeUndefined();
    expect(other.commitments.map((c) => [c.text, c.done])).toEqual([
      ['draft the Q1 growth plan', false],
      ['review the budget', true],
    ]);
    expect(suggestedRuns(env.read())).toEqual([['☐ ', [], ['suggest.unmark']]]);
    expect(parse(env.read()).sections[0]!.items.map((i) => [i.text, i.marker?.text, i.done])).toEqual([
      ['draft the Q1 growth plan', '☐', false],
      ['review the budget', '☑', true],
    ]);
  });

  it('adding a line never writes inside a suggestion over a line’s end: it goes above, or nothing is written and the sidebar says why', () => {
    const doc = buildDocument({
      blocks: [
        ANA_BEN_TITLE,
        h2('Mon, Nov 23, 2026 · 1:1'),
        h3('Agenda'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
        h3('Notes'),
        p('We talked about the offsite.'),
      ],
    });
    // Someone suggests joining the last item to the heading below it, and deleting the Agenda heading's line.
    const cut = (text: string) => {
      const span = spanOf(doc, text);
      suggest(doc, { startIndex: span.startIndex, endIndex: span.endIndex + 1 }, 'deletion', `suggest.${text.length}`);
    };
    cut('the plan');
    cut('Agenda');
    const env = setUp(doc, { now: NOW });
    const suggestionsBefore = suggestedRuns(env.read());

    // The action item goes just above the last one, whose line end is in the suggestion.
    const state = env.sandbox.call('addActionItem', { text: 'book the room', owner: 'Ben' }) as SidebarState;
    const after = env.read();
    expect(suggestedRuns(after)).toEqual(suggestionsBefore);
    expect(parse(after).sections[0]!.items.map((i) => [i.owner?.name, i.text])).toEqual([
      ['Ben', 'book the room'],
      ['Ana', 'draft the plan'],
    ]);
    expect(state.agenda).toEqual([]);

    // The topic has no place outside the suggestion: nothing is written, and the message says what to do.
    expect(refusal(() => env.sandbox.call('addAgendaItem', 'Offsite plans'))).toMatch(
      /^Nothing was added: someone has suggested a change at “Agenda”.*Accept or reject it in the Doc, then add again\.$/,
    );
    expect(env.read()).toEqual(after);
  });
});
