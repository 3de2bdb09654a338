// The sidebar's behaviour without a DOM: busy controls, optimistic changes and their rollback, conflicts, the call queue,
// patches laid over the state, checking the sharing again, and turning automatic preparation back on.

import { encodeMessage, said } from '../../src/shared/messages';
import type { SidebarState } from '../../src/shared/types';
import { createApp } from '../../src/sidebar/controller';
import { createFlags } from '../../src/sidebar/remember';
import { createCaller } from '../../src/sidebar/rpc';
import { english } from '../support/words';
import { fakeRunner } from './fakeRunner';

const state: SidebarState = {
  linked: true,
  series: { title: 'Ana / Ben 1:1', eventId: 'abc', automatic: true, ended: false },
  commitments: [{ id: 'a', text: 'draft the plan', done: false, seen: '1.0.0' }],
  agenda: [],
  privateNotes: [],
};

/** Every fake call made, so that afterEach can answer the ones a test left waiting (and clear their timers). */
const made: { succeed(v: unknown): void }[][] = [];
afterEach(async () => {
  // Answered in turn, as the queue sends them.
  for (let round = 0; round < 5; round++) {
    for (const calls of made) for (const c of calls.splice(0)) c.succeed(state);
    await settle();
  }
  made.length = 0;
});

/** Lets the promise chains (queue, handlers) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The browser's zone and a request id, fixed so that the calls' last argument can be checked. */
const FIXED_CONTEXT = { timeZone: () => 'Europe/Berlin', requestId: () => 'request-0001' };
const WRITE_CONTEXT = { timeZone: 'Europe/Berlin', requestId: 'request-0001' };

async function loaded(initial: SidebarState = state) {
  const { runner, calls } = fakeRunner();
  made.push(calls);
  let renders = 0;
  const app = createApp({
    call: createCaller({ runner, ...FIXED_CONTEXT }),
    flags: createFlags(() => undefined),
    render: () => {
      renders++;
    },
  });
  const loading = app.load();
  await settle();
  calls.shift()!.succeed(initial);
  await loading;
  return { app, calls, renders: () => renders };
}

describe('the controller', () => {
  it('loads the state, and shows a readable error with nothing else when loading fails', async () => {
    const { app } = await loaded();
    expect(app.state()).toEqual(state);
    expect(app.ui.loading).toBe(false);

    const { runner, calls } = fakeRunner();
    made.push(calls);
    const failing = createApp({
      call: createCaller({ runner, ...FIXED_CONTEXT }),
      flags: createFlags(() => undefined),
      render() {},
    });
    const loading = failing.load();
    await settle();
    calls[0]!.fail(new Error(encodeMessage(said('error.authorization'))));
    await loading;
    expect(failing.state()).toBeUndefined();
    expect(failing.ui.loadError).toBe(english(said('error.authorization')));
  });

  it('ticks at once, marks the checkbox busy, and rolls back with the error when the call fails', async () => {
    const { app, calls } = await loaded();
    app.tick('a', true);
    expect(app.state()!.commitments[0]!.done).toBe(true);
    expect(app.ui.busy.get('tick:a')).toBe('Saving…');
    await settle();
    expect(calls.map((c) => [c.name, c.args])).toEqual([['setItemDone', ['a', true, '1.0.0', WRITE_CONTEXT]]]);
    calls[0]!.fail(new Error(encodeMessage(said('error.google'))));
    await settle();
    expect(app.state()!.commitments[0]!.done).toBe(false);
    expect(app.ui.busy.size).toBe(0);
    expect(app.ui.errors.commitments).toBe(english(said('error.google')));
  });

  it('shows a conflict as a warning and renders the fresh state', async () => {
    const { app, calls } = await loaded();
    app.tick('a', true);
    await settle();
    const fresh = {
      ...state,
      commitments: [{ id: 'b', text: 'draft the new plan', done: false }],
      conflict: said('conflict.gone'),
    };
    calls[0]!.succeed(fresh);
    await settle();
    expect(app.state()!.commitments.map((c) => c.id)).toEqual(['b']);
    expect(app.ui.notes.commitments).toEqual({ text: english(said('conflict.gone')), warning: true });
    expect(app.ui.errors.commitments).toBeUndefined();
  });

  it('sends calls one at a time, so each answer is newer than the last', async () => {
    const { app, calls } = await loaded();
    app.ui.drafts.topic = 'Promotion';
    app.addTopic();
    app.tick('a', true);
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['addAgendaItem']);
    expect(app.state()!.agenda.map((t) => t.text)).toEqual(['Promotion']);
    expect(app.state()!.commitments[0]!.done).toBe(true);
    calls[0]!.succeed({ ...state, agenda: [{ text: 'Promotion' }] });
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['addAgendaItem', 'setItemDone']);
    // The tick is still pending, still shown over the fresh state.
    expect(app.state()!.commitments[0]!.done).toBe(true);
  });

  it('gives the typed topic back when adding it fails', async () => {
    const { app, calls } = await loaded();
    app.ui.drafts.topic = '  Promotion  ';
    app.addTopic();
    expect(app.ui.drafts.topic).toBe('');
    await settle();
    expect(calls[0]!.args).toEqual(['Promotion', WRITE_CONTEXT]);
    calls[0]!.fail(new Error(encodeMessage(said('invalid.tooLong', { count: 500 }))));
    await settle();
    expect(app.state()!.agenda).toEqual([]);
    expect(app.ui.drafts.topic).toBe('Promotion');
    expect(app.ui.errors.agenda).toBe(english(said('invalid.tooLong', { count: 500 })));
  });

  it('asks for text before sending an empty topic or note', async () => {
    const { app, calls } = await loaded();
    app.setDraft('topic', '   ');
    app.addTopic();
    expect(app.ui.errors.agenda).toBe('Type a topic first.');
    // Each message belongs to the last action: the next one takes it away.
    app.addNote();
    expect(app.ui.errors.agenda).toBeUndefined();
    expect(app.ui.errors.private).toBe('Type a talking point first.');
    await settle();
    expect(calls).toEqual([]);
  });

  it('links the chosen series with the chosen settings, after loading the list for Setup', async () => {
    const { app, calls } = await loaded({ linked: false, commitments: [], agenda: [], privateNotes: [] });
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['listRecurringSeries']);
    calls.shift()!.succeed([
      {
        calendarId: 'primary',
        eventId: 'abc',
        title: 'Ana / Ben 1:1',
        attendees: [{ email: 'ana@x', self: true }, { email: 'ben@x' }],
        nextStart: '2026-11-23T15:00:00Z',
      },
    ]);
    await settle();
    // The only 1:1 is chosen already.
    expect(app.ui.chosenSeries).toBe('abc');
    app.ui.setup.leadHours = 48;
    app.link();
    await settle();
    expect(calls[0]!.name).toBe('linkSeries');
    expect(calls[0]!.args).toEqual([
      { calendarId: 'primary', eventId: 'abc', leadHours: 48, position: 'newest-first', template: 'default' },
      WRITE_CONTEXT,
    ]);
    calls[0]!.succeed(state);
    await settle();
    expect(app.ui.notes.next).toEqual({ text: 'Linked to “Ana / Ben 1:1”.' });
    expect(app.ui.focusNext).toBe('next-heading');
  });

  it('saves only the settings that changed, and says so when nothing did', async () => {
    const settings = {
      leadHours: 24,
      position: 'newest-first',
      template: 'default',
      dateFormat: 'iso',
      notesLanguage: 'en',
    } as const;
    const { app, calls } = await loaded({ ...state, settings });
    app.saveSettings();
    expect(app.ui.notes.settings).toEqual({ text: 'Nothing changed.' });
    app.ui.settingsDraft = { ...settings, template: 'career' };
    app.saveSettings();
    await settle();
    expect(calls[0]!.args).toEqual([{ template: 'career' }, WRITE_CONTEXT]);
  });

  it('checks the action item form before sending it, and sends what it holds', async () => {
    const { app, calls } = await loaded();
    app.addAction();
    expect(app.ui.errors.agenda).toBe('Type the action item first.');
    app.setDraft('action-text', ' Share the rubric ');
    app.chooseActionOwner('other');
    expect(app.ui.focusNext).toBe('action-name');
    app.addAction();
    expect(app.ui.errors.agenda).toBe('Type the owner’s name, or choose Me or Them.');
    app.setDraft('action-name', 'Priya');
    app.setDraft('action-due', '2026-02-30');
    app.addAction();
    expect(app.ui.errors.agenda).toBe('The due date is not a date.');
    app.setDraft('action-due', '2026-12-04');
    app.addAction();
    await settle();
    expect(calls[0]!.args).toEqual([{ text: 'Share the rubric', owner: 'Priya', due: '2026-12-04' }, WRITE_CONTEXT]);
  });

  it('drafts settings from the Doc’s own, and asks before unlinking', async () => {
    const settings = {
      leadHours: 48,
      position: 'oldest-first',
      template: 'first',
      dateFormat: 'iso',
      notesLanguage: 'de',
    } as const;
    const { app } = await loaded({ ...state, settings });
    app.editSettings('template', 'career');
    expect(app.ui.settingsDraft).toEqual({ ...settings, template: 'career' });
    app.askUnlink();
    expect([app.ui.confirmUnlink, app.ui.focusNext]).toEqual([true, 'unlink-cancel']);
    app.cancelUnlink();
    expect([app.ui.confirmUnlink, app.ui.focusNext]).toEqual([false, 'unlink-ask']);
  });

  it('gives the focus back to a control once its call no longer disables it', async () => {
    const { app } = await loaded();
    const screen = new Map([['tick:a', { target: 'checkbox', enabled: false }]]);
    const find = (key: string) => screen.get(key);
    // Focused while disabled: remembered, not focused.
    expect(app.focusAfterRender('tick:a', find)).toBeUndefined();
    expect(app.ui.restoreFocus).toBe('tick:a');
    // The focus fell to the page meanwhile; enabled again, the control has it back.
    screen.set('tick:a', { target: 'checkbox', enabled: true });
    expect(app.focusAfterRender(undefined, find)).toEqual({ target: 'checkbox', explicit: false });
    expect(app.ui.restoreFocus).toBeUndefined();
    // Where an action sends the focus wins over the control that had it.
    screen.set('commitments-heading', { target: 'heading', enabled: true });
    app.showAllCommitments();
    expect(app.focusAfterRender('tick:a', find)).toEqual({ target: 'heading', explicit: true });
    expect(app.ui.focusNext).toBeUndefined();
  });

  it('takes a late answer (after a timeout) as the freshest state', async () => {
    const { app } = await loaded();
    app.lateAnswer({ ...state, agenda: [{ text: 'Late' }] });
    expect(app.state()!.agenda).toEqual([{ text: 'Late' }]);
    app.lateAnswer(null);
    app.lateAnswer([]);
    expect(app.state()!.agenda).toEqual([{ text: 'Late' }]);
  });
});

describe('what an action on an item says the sidebar saw of it', () => {
  /** "Still on?" for an item carried three times, open in every copy. */
  const stillOn: SidebarState = {
    ...state,
    commitments: [{ id: 'a', text: 'draft the plan', done: false, timesCarried: 3, stillOn: true, seen: '4.0.0' }],
  };

  it.each([
    ['Done', (app: Awaited<ReturnType<typeof loaded>>['app']) => app.tick('a', true), 'setItemDone', ['a', true]],
    ['Drop', (app: Awaited<ReturnType<typeof loaded>>['app']) => app.drop('a'), 'dropItem', ['a']],
    ['Keep', (app: Awaited<ReturnType<typeof loaded>>['app']) => app.keep('a'), 'keepItem', ['a']],
  ] as const)('%s sends the item’s copies as the state it shows read them', async (_, act, name, args) => {
    const { app, calls } = await loaded(stillOn);
    act(app);
    await settle();
    expect(calls.map((c) => [c.name, c.args])).toEqual([[name, [...args, '4.0.0', WRITE_CONTEXT]]]);
  });

  it('an action queued behind the person’s own change of the item sends the item as that change left it', async () => {
    const { app, calls } = await loaded(stillOn);
    app.drop('a');
    // Dropped on screen, the row's checkbox is there to tick: ticked before the Drop has answered.
    app.tick('a', true);
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['dropItem']);
    calls[0]!.succeed({
      ...stillOn,
      commitments: [{ ...stillOn.commitments[0]!, dropped: true, stillOn: undefined, seen: '0.0.4' }],
    });
    await settle();
    expect(calls[1]!.args).toEqual(['a', true, '0.0.4', WRITE_CONTEXT]);
  });

  it('an action queued behind an answer that shows the item changed by someone else sends what the person saw', async () => {
    const { app, calls } = await loaded(stillOn);
    app.ui.drafts.topic = 'Promotion';
    app.addTopic();
    app.drop('a');
    await settle();
    // The topic's answer is the Doc as it is now: meanwhile the other person ticked the item.
    calls[0]!.succeed({
      ...stillOn,
      agenda: [{ text: 'Promotion' }],
      commitments: [{ ...stillOn.commitments[0]!, done: true, stillOn: undefined, seen: '3.1.0' }],
    });
    await settle();
    expect(calls[1]!.args).toEqual(['a', '4.0.0', WRITE_CONTEXT]);
  });

  it('an action queued behind an answer that leaves the item as the person saw it sends that answer’s', async () => {
    const { app, calls } = await loaded(stillOn);
    app.ui.drafts.topic = 'Promotion';
    app.addTopic();
    app.keep('a');
    await settle();
    // Carried once more meanwhile (a copy more, open): still the item the person saw.
    calls[0]!.succeed({
      ...stillOn,
      agenda: [{ text: 'Promotion' }],
      commitments: [{ ...stillOn.commitments[0]!, timesCarried: 4, seen: '5.0.0' }],
    });
    await settle();
    expect(calls[1]!.args).toEqual(['a', '5.0.0', WRITE_CONTEXT]);
  });
});

describe('answers that are part of the state (patches)', () => {
  const withNote: SidebarState = {
    ...state,
    privateNotes: [{ id: 'n1', text: 'Raise the reorg' }],
    privacy: { extraViewers: ['cy@x'] },
  };

  it('lays a private point’s patch over the state, and shows its conflict as the panel’s note only', async () => {
    const { app, calls } = await loaded(withNote);
    app.deleteNote('n1');
    await settle();
    expect(calls.map((c) => [c.name, c.args])).toEqual([['deletePrivateNote', ['n1', WRITE_CONTEXT]]]);
    calls[0]!.succeed({ patch: true, privateNotes: [], conflict: said('error.pointGone') });
    await settle();
    expect(app.state()).toEqual({ ...withNote, privateNotes: [] });
    expect(app.ui.notes.private).toEqual({ text: english(said('error.pointGone')), warning: true });
    expect(app.ui.errors.private).toBeUndefined();
  });

  it('keeps a tick that waits behind a private point over the point’s patch', async () => {
    const { app, calls } = await loaded(withNote);
    app.ui.drafts.note = 'Ask about budget';
    app.addNote();
    app.tick('a', true);
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['addPrivateNote']);
    const notes = [...withNote.privateNotes, { id: 'n2', text: 'Ask about budget' }];
    calls[0]!.succeed({ patch: true, privateNotes: notes });
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['addPrivateNote', 'setItemDone']);
    expect(app.state()!.privateNotes).toEqual(notes);
    expect(app.state()!.commitments[0]!.done).toBe(true);
    expect(app.ui.notes.private).toBeUndefined();
  });

  it('takes a late patch over the state, as it takes a late state', async () => {
    const { app } = await loaded(withNote);
    app.lateAnswer({ patch: true, privateNotes: [] });
    expect(app.state()).toEqual({ ...withNote, privateNotes: [] });
  });

  it('checks the sharing again: “Checking…”, then the privacy laid over the state', async () => {
    const { app, calls } = await loaded(withNote);
    app.checkSharing();
    expect(app.ui.busy.get('check-sharing')).toBe('Checking…');
    await settle();
    // A read: it carries the zone, and no request id.
    expect(calls.map((c) => [c.name, c.args])).toEqual([['checkSharingAgain', [{ timeZone: 'Europe/Berlin' }]]]);
    const privacy = { extraViewers: [], checkedAt: '2026-11-30T15:00:00Z' };
    calls[0]!.succeed({ patch: true, privacy });
    await settle();
    expect(app.state()).toEqual({ ...withNote, privacy });
    expect(app.ui.busy.size).toBe(0);
  });

  it('says why the sharing could not be checked, and keeps what it showed', async () => {
    const { app, calls } = await loaded(withNote);
    app.checkSharing();
    await settle();
    calls[0]!.fail(new Error(encodeMessage(said('error.google'))));
    await settle();
    expect(app.ui.errors.privacy).toBe(english(said('error.google')));
    expect(app.state()).toEqual(withNote);
    expect(app.ui.busy.size).toBe(0);
  });
});

describe('turning automatic preparation back on from a Doc', () => {
  const stopped: SidebarState = { ...state, automation: { state: 'stalled', lastRunAt: '2026-11-29T09:00:00Z' } };

  it('calls restoreAutomation, then reads the Doc’s state again, and says it is on', async () => {
    const { app, calls } = await loaded(stopped);
    app.restoreAutomation();
    expect(app.ui.busy.get('restore-automation')).toBe('Turning on…');
    await settle();
    expect(calls.map((c) => [c.name, c.args])).toEqual([['restoreAutomation', [WRITE_CONTEXT]]]);
    calls[0]!.succeed({ docs: [], youOwe: [] });
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['restoreAutomation', 'getSidebarState']);
    // Still busy until the Doc's own state says so.
    expect(app.state()!.automation).toEqual(stopped.automation);
    expect(app.ui.busy.get('restore-automation')).toBe('Turning on…');
    calls[1]!.succeed(state);
    await settle();
    expect(app.state()).toEqual(state);
    expect(app.ui.notes.next).toEqual({ text: 'Automatic preparation is on again.' });
    expect(app.ui.focusNext).toBe('next-heading');
    expect(app.ui.busy.size).toBe(0);
  });

  it('says why it could not, reads nothing more, and keeps the warning', async () => {
    const { app, calls } = await loaded(stopped);
    app.restoreAutomation();
    await settle();
    calls[0]!.fail(new Error(encodeMessage(said('trigger.noHourly'))));
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['restoreAutomation']);
    expect(app.ui.errors.next).toBe(english(said('trigger.noHourly')));
    expect(app.ui.notes.next).toBeUndefined();
    expect(app.state()!.automation).toEqual(stopped.automation);
    expect(app.ui.busy.size).toBe(0);
  });
});
