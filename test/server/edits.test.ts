// Sidebar edits through the built Code.js: ticking every copy, adding topics and action items, private points, privacy.

import { fullPages } from '../../dev/calendarEngine';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { MAX_TEXT } from '../../src/shared/limits';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { english, refusal } from '../support/words';
import { ANA, BEN, bodyText, keepsAllText, setUp, withSeries } from '../support/world';

const parse = (doc: Document) => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });
// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');

/** Ana and Ben's Doc with an item that has no marker, and two spaces before Ana's "(from Nov 9)". */
function notesDoc() {
  return anaBenDoc({ agenda: [], items: ['☐ Ana: draft the Q1 growth plan  (from Nov 9)', 'Ben: plain item'] });
}

describe('setItemDone', () => {
  it('ticks every copy in the Doc and answers the fresh state; unticks them again', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('prepareNow');
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    const item = state.commitments.find((c) => c.text === 'draft the Q1 growth plan')!;
    const ticked = env.sandbox.call('setItemDone', item.id, true, item.seen) as SidebarState;
    const tickedItem = ticked.commitments.find((c) => c.id === item.id)!;
    expect(tickedItem.done).toBe(true);
    const copies = parse(env.read())
      .sections.flatMap((s) => s.items)
      .filter((i) => i.id === item.id);
    expect(copies.length).toBe(3);
    expect(copies.every((c) => c.done && c.marker?.text === '☑')).toBe(true);
    env.sandbox.call('setItemDone', item.id, false, tickedItem.seen);
    const reopened = parse(env.read())
      .sections.flatMap((s) => s.items)
      .filter((i) => i.id === item.id);
    expect(reopened.every((c) => !c.done && c.marker?.text === '☐')).toBe(true);
  });

  it('says the item changed in the Doc when its id no longer matches, and changes nothing', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const before = env.read();
    const state = env.sandbox.call('setItemDone', 'zzzzzzzzzzzzzz', true, '1.0.0') as SidebarState;
    expect(english(state.conflict)).toMatch(/^That item was edited or deleted in its Doc/);
    expect(env.read()).toEqual(before);
    expect(state.commitments.length).toBeGreaterThan(0);
  });

  it.each([
    [['<script>', true, '1.0.0'], /sent something the add-on cannot use/],
    [[{ id: 'x' }, true, '1.0.0'], /sent something the add-on cannot use/],
    [['abc', 'yes', '1.0.0'], /sent something the add-on cannot use/],
    [['a'.repeat(100), true, '1.0.0'], /sent something the add-on cannot use/],
    [['abc', true], /This sidebar is out of date, so nothing was changed/],
  ])('refuses %p with a clear message', (args, message) => {
    const env = setUp(notesDoc(), { now: NOW });
    const before = env.read();
    expect(refusal(() => env.sandbox.call('setItemDone', ...(args as unknown[])))).toMatch(message);
    expect(env.read()).toEqual(before);
  });
});

describe('addAgendaItem and addActionItem', () => {
  it('creates today’s section when there is none, then fills the placeholder, then adds after it', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const before = bodyText(env.read());
    env.sandbox.call('addAgendaItem', '  Hiring plan \n for Q1 ');
    let today = parse(env.read()).sections[0]!;
    expect(today.headingText).toBe('Mon, Nov 23, 2026 · 1:1');
    const agenda = () =>
      parse(env.read())
        .sections[0]!.subsections.find((x) => x.kind === 'agenda')!
        .paragraphs.filter((x) => !x.prompt)
        .map((x) => x.text);
    expect(agenda()).toEqual(['Hiring plan for Q1']);
    const state = env.sandbox.call('addAgendaItem', '<img src=x onerror=alert(1)>') as SidebarState;
    expect(agenda()).toEqual(['Hiring plan for Q1', '<img src=x onerror=alert(1)>']);
    expect(state.agenda.map((a) => a.text)).toEqual(['Hiring plan for Q1', '<img src=x onerror=alert(1)>']);
    today = parse(env.read()).sections[0]!;
    expect(today.items.map((i) => i.text)).toEqual(['draft the Q1 growth plan', 'plain item']);
    expect(keepsAllText(before, bodyText(env.read()))).toBe(true);
  });

  it('adds an action item with an owner and a due date, into the placeholder first', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('prepareNow');
    env.sandbox.call('addActionItem', { text: 'book the offsite', owner: 'me', due: '2026-12-01' });
    env.sandbox.call('addActionItem', { text: 'send the notes', owner: 'Chloé Dubois' });
    env.sandbox.call('addActionItem', { text: 'no owner at all' });
    const items = parse(env.read()).sections[0]!.items.map((i) => [i.owner?.name, i.text, i.due, i.from]);
    expect(items).toEqual([
      // Unlinked: no pair of people, so no person chip.
      ['Ana', 'draft the Q1 growth plan', undefined, '2026-11-09'],
      ['Ben', 'plain item', undefined, '2026-11-16'],
      ['Ana', 'book the offsite', 'Dec 1', '2026-11-23'],
      ['Chloé Dubois', 'send the notes', undefined, '2026-11-23'],
      [undefined, 'no owner at all', undefined, '2026-11-23'],
    ]);
  });

  it.each([
    [{ text: '' }, /is empty/],
    [{ text: 'x'.repeat(600) }, /too long/],
    [{ text: 'ok', owner: '<b>x</b>' }, /owner must be you, them, or a name/],
    [{ text: 'ok', due: 'tomorrow' }, /due date must be a date/],
    [{ text: 'ok', priority: 1 }, /Unknown option: priority/],
    ['just text', /sent something the add-on cannot use/],
    [{ text: 'ok', owner: 'them' }, /Type their name/],
  ])('refuses %p and changes nothing', (item, message) => {
    const env = setUp(notesDoc(), { now: NOW });
    const before = env.read();
    expect(refusal(() => env.sandbox.call('addActionItem', item))).toMatch(message);
    expect(env.read()).toEqual(before);
  });

  it('takes a topic or an item at the length limit whole, and refuses one over it or of spaces, never cutting it', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('prepareNow');
    const atLimit = `${'t'.repeat(MAX_TEXT - 3)}end`;
    env.sandbox.call('addAgendaItem', atLimit);
    env.sandbox.call('addActionItem', { text: atLimit.replace(/^t/, 'i') });
    const text = JSON.stringify(env.read());
    expect(text).toContain(atLimit);
    expect(text).toContain(atLimit.replace(/^t/, 'i'));
    const before = env.read();
    const over = `${atLimit}!`;
    expect(refusal(() => env.sandbox.call('addAgendaItem', over))).toMatch(`at most ${MAX_TEXT} characters`);
    expect(refusal(() => env.sandbox.call('addActionItem', { text: over }))).toMatch(`at most ${MAX_TEXT} characters`);
    expect(refusal(() => env.sandbox.call('addAgendaItem', '   '))).toMatch(/is empty/);
    expect(env.read()).toEqual(before);
  });

  it('on a linked Doc, adds to the next meeting’s section, creating it with its key, and “them” is the other person', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.sandbox.call('addActionItem', { text: 'share the rubric', owner: 'them' });
    const [section] = parse(env.read()).sections;
    expect(section!.headingText).toBe('Mon, Nov 23, 2026 · 1:1');
    expect(section!.key).toContain(env.series.iCalUID);
    expect(section!.items.map((i) => [i.owner?.name, i.text])).toEqual([['Ben', 'share the rubric']]);
    env.sandbox.call('prepareNow');
    expect(parse(env.read()).sections).toHaveLength(1);
  });
});

describe('additions to a section whose heading someone rewrote', () => {
  it('still land in that section: the key, not the heading, finds it', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.link(ANA);
    env.sandbox.call('prepareNow');
    const heading = parse(env.read()).sections[0]!.heading;
    env.docs.batchUpdate(
      {
        requests: [
          {
            insertText: {
              text: ' (moved to Tuesday, room 4, after the all-hands)',
              location: { index: heading.endIndex },
            },
          },
        ],
      },
      env.documentId,
    );
    env.sandbox.call('addActionItem', { text: 'book room 4' });
    const sections = parse(env.read()).sections;
    expect(sections).toHaveLength(1);
    expect(sections[0]!.items.map((i) => i.text)).toEqual(['book room 4']);
  });
});

describe('private talking points', () => {
  it('stay in the user’s own properties until shared, then move into the agenda', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const secret = 'Ask about the reorg rumour';
    const state = env.sandbox.call('addPrivateNote', secret) as SidebarState;
    expect(state.privateNotes.map((n) => n.text)).toEqual([secret]);
    expect(bodyText(env.read())).not.toContain(secret);
    expect(JSON.stringify(env.world.state.documentProperties)).not.toContain(secret);
    // Ben, opening the same Doc, does not see Ana's points.
    env.as(BEN);
    expect((env.sandbox.call('getSidebarState') as SidebarState).privateNotes).toEqual([]);
    env.as(ANA);
    const shared = env.sandbox.call('sharePrivateNote', state.privateNotes[0]!.id) as SidebarState;
    expect(shared.privateNotes).toEqual([]);
    expect(shared.agenda.map((a) => a.text)).toEqual([secret]);
    expect(bodyText(env.read())).toContain(secret);
  });

  it('can be deleted, and a second delete says it is gone', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const { privateNotes } = env.sandbox.call('addPrivateNote', 'one') as SidebarState;
    expect((env.sandbox.call('deletePrivateNote', privateNotes[0]!.id) as SidebarState).privateNotes).toEqual([]);
    expect(english((env.sandbox.call('deletePrivateNote', privateNotes[0]!.id) as SidebarState).conflict)).toMatch(
      /already gone/,
    );
  });

  it('stops at the property size limit with a clear message', () => {
    const env = setUp(notesDoc(), { now: NOW });
    expect(
      refusal(() => {
        for (let i = 0; i < 40; i++) env.sandbox.call('addPrivateNote', `${i} ${'x'.repeat(400)}`);
      }),
    ).toMatch(/private list is full/);
    const stored = env.world.state.userProperties[ANA]![`notes:${env.documentId}`]!;
    expect(stored.length).toBeLessThan(9 * 1024);
  });

  it('keeps an unreadable list aside instead of losing it', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.world.state.userProperties[ANA] = { [`notes:${env.documentId}`]: '[{"id": "a", "text": "half a thou' };
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.privateNotes).toEqual([]);
    expect(english(state.notices)).toMatch(/private points/);
    expect(env.world.state.userProperties[ANA]![`notes-unreadable:${env.documentId}`]).toContain('half a thou');
  });
});

describe('getSidebarState on a linked Doc', () => {
  it('warns about people beyond the two attendees, within one read of each kind', () => {
    const env = withSeries({ now: Date.parse('2026-11-20T15:00:00Z') });
    env.world.state.sharing[env.documentId] = { editors: [BEN], viewers: ['skip.level@example.com'] };
    env.link(ANA);
    env.calendar.pageSize = fullPages; // counted with full pages, what Google usually sends
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.privacy).toEqual({ extraViewers: ['skip.level@example.com'], checkedAt: '2026-11-20T15:00:00.000Z' });
    // The sharing the link looked up a moment ago is still fresh: looked up at most hourly per Doc.
    expect(env.world.calls).toEqual({ docsGet: 1, docsBatchUpdate: 0, calendar: 1, calendarReads: 1, sharing: 0 });
    expect(state).toMatchObject({ me: ANA, settings: { leadHours: 24 }, nextMeeting: { cancelled: false } });
    expect(state.cadence).toMatchObject({ held: 3 });
    env.world.state.now += 3_600_000;
    env.world.calls = { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 };
    expect((env.sandbox.call('getSidebarState') as SidebarState).privacy?.checkedAt).toBe('2026-11-20T16:00:00.000Z');
    expect(env.world.calls.sharing).toBe(1);
  });
});
