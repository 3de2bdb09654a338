// A sidebar write happens once, through the built Code.js: a call sent again with its request id adds nothing. The id
// is recorded with the write itself (in the Doc, or in the private points' own record), never after it.

import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { SidebarState } from '../../src/shared/types';
import { anaBenDoc } from '../fixtures/anaBen';
import { ANA, setUp } from '../support/world';

// Mon Nov 23, 2026, 09:00 in New York.
const NOW = Date.parse('2026-11-23T14:00:00Z');
const ctx = (requestId: string) => ({ timeZone: 'America/New_York', requestId });

function notesDoc(documentId = 'doc-1') {
  return anaBenDoc({ documentId, agenda: [], items: ['☐ Ana: draft the Q1 growth plan'], nov9: false });
}

const textOf = (env: ReturnType<typeof setUp>, documentId = env.documentId) =>
  parseDoc(env.docs.get(documentId, { includeTabsContent: true }), { promptLines: ALL_PROMPT_LINES })
    .sections.flatMap((s) => s.subsections.flatMap((sub) => sub.paragraphs.map((para) => para.text)))
    .join('\n');
const count = (text: string, what: string) => text.split(what).length - 1;

describe('a write sent again with its request id', () => {
  it('adds a topic once', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-topic-0001'));
    const again = env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-topic-0001')) as SidebarState;
    expect(count(textOf(env), 'Promotion timeline')).toBe(1);
    expect(again.agenda).toEqual([{ text: 'Promotion timeline' }]);
    // The same words under a new id are a new topic: the person did press Add twice.
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-topic-0002'));
    expect(count(textOf(env), 'Promotion timeline')).toBe(2);
  });

  it('adds an action item once', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const item = { text: 'book the offsite', owner: 'me' };
    env.sandbox.call('addActionItem', item, ctx('req-action-001'));
    env.sandbox.call('addActionItem', item, ctx('req-action-001'));
    expect(count(textOf(env), 'book the offsite')).toBe(1);
  });

  it('keeps a private point once, and shares it once', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('addPrivateNote', 'Ask about the raise', ctx('req-note-00001'));
    const state = env.sandbox.call('addPrivateNote', 'Ask about the raise', ctx('req-note-00001')) as SidebarState;
    expect(state.privateNotes.map((n) => n.text)).toEqual(['Ask about the raise']);
    const id = state.privateNotes[0]!.id;
    env.sandbox.call('sharePrivateNote', id, ctx('req-share-0001'));
    const shared = env.sandbox.call('sharePrivateNote', id, ctx('req-share-0001')) as SidebarState;
    expect(count(textOf(env), 'Ask about the raise')).toBe(1);
    expect(shared.conflict).toBeUndefined();
    expect(shared.privateNotes).toEqual([]);
  });

  it('does not undo a later untick when an old tick is replayed', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const item = (env.sandbox.call('getSidebarState') as SidebarState).commitments[0]!;
    const ticked = env.sandbox.call('setItemDone', item.id, true, item.seen, ctx('req-tick-00001')) as SidebarState;
    const seen = ticked.commitments.find((c) => c.id === item.id)!.seen;
    env.sandbox.call('setItemDone', item.id, false, seen, ctx('req-untick-001'));
    // Sent again as it was first sent: what it saw then is no longer so, but it is recognised as done already.
    const replayed = env.sandbox.call('setItemDone', item.id, true, item.seen, ctx('req-tick-00001')) as SidebarState;
    expect(replayed.conflict).toBeUndefined();
    expect(replayed.commitments.find((c) => c.id === item.id)!.done).toBe(false);
  });

  it('a request id replayed from another Doc is a new request there: ids are kept per Doc', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const other = env.addDoc(notesDoc('doc-2'));
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-shared-001'));
    env.as(ANA, other);
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-shared-001'));
    expect(count(textOf(env, other), 'Promotion timeline')).toBe(1);
    expect(count(textOf(env), 'Promotion timeline')).toBe(1);
  });

  it('a refused call records no id: sent again once valid, it is done', () => {
    const env = setUp(notesDoc(), { now: NOW });
    const before = env.read();
    expect(() => env.sandbox.call('addAgendaItem', '', ctx('req-empty-0001'))).toThrow();
    expect(env.read()).toEqual(before);
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-empty-0001'));
    expect(count(textOf(env), 'Promotion timeline')).toBe(1);
  });

  it('records the id in the same batch as the write: the Doc holds it exactly when the write happened', () => {
    const env = setUp(notesDoc(), { now: NOW });
    env.sandbox.call('addAgendaItem', 'Promotion timeline', ctx('req-mark-00001'));
    const names = Object.keys(env.read().tabs![0]!.documentTab!.namedRanges ?? {});
    expect(names.filter((n) => n.startsWith('1on1-req:req-mark-00001@'))).toHaveLength(1);
  });
});
