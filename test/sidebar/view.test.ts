// From state to panels: which panels show and in what order, the series list, settings patches, lines in words, and the
// panels that say when the sharing was checked and that automatic preparation has stopped.
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Commitment, RecurringSeries, SidebarState } from '../../src/shared/types';
import { privacyPanel } from '../../src/sidebar/panels/insights';
import { nextPanel } from '../../src/sidebar/panels/next';
import { statusPanel } from '../../src/sidebar/panels/status';
import type { ControlKey } from '../../src/sidebar/ui';
import {
  automationWarning,
  cadenceView,
  checkedLine,
  commitmentMeta,
  dueValue,
  ownerValue,
  panelsFor,
  prepareNote,
  privacyView,
  seriesChoices,
  settingsPatch,
  setupMode,
  showNativeChecklistHint,
  statusView,
} from '../../src/sidebar/view';
import { type FakeElement, useFakeDocument } from './fakeDom';

useFakeDocument();

const base: SidebarState = { linked: false, commitments: [], agenda: [], privateNotes: [] };
const linked: SidebarState = {
  ...base,
  linked: true,
  series: { title: 'Ana / Ben 1:1', eventId: 'abc', automatic: true, ended: false },
  cadence: { held: 3, moved: 1, cancelled: 0, daysSinceLast: 4 },
  privacy: { extraViewers: [] },
};
const series = (title: string, emails: string[], self = emails[0]): RecurringSeries => ({
  calendarId: 'primary',
  eventId: title.toLowerCase().replace(/\W/g, ''),
  title,
  attendees: emails.map((email) => (email === self ? { email, self: true } : { email })),
  nextStart: '2026-11-23T15:00:00Z',
});

describe('which panels, in which order', () => {
  it('starts with Setup until the Doc is linked, and has no Settings then', () => {
    expect(setupMode(base, false)).toBe('link');
    expect(panelsFor(base, false)).toEqual(['setup', 'next', 'commitments', 'agenda', 'private', 'status']);
  });

  it('drops Setup once linked and automatic, and adds cadence, privacy and settings', () => {
    expect(setupMode(linked, false)).toBeUndefined();
    expect(panelsFor(linked, false)).toEqual([
      'next',
      'commitments',
      'agenda',
      'private',
      'cadence',
      'privacy',
      'status',
      'settings',
    ]);
  });

  it('offers to turn automatic preparation on when the other person linked the Doc', () => {
    const theirs = { ...linked, series: { ...linked.series!, automatic: false } };
    expect(setupMode(theirs, false)).toBe('turn-on');
    expect(panelsFor(theirs, false)[0]).toBe('setup');
  });

  it('does not offer to turn on an ended series; linking another one is a choice the user makes', () => {
    const ended = { ...linked, series: { ...linked.series!, automatic: false, ended: true } };
    expect(setupMode(ended, false)).toBeUndefined();
    expect(setupMode(ended, true)).toBe('link');
  });
});

describe('the series to choose from', () => {
  const list = [
    series('Ana / Ben 1:1', ['ana@example.com', 'ben@example.com']),
    series('Team standup', ['ana@example.com', 'ben@example.com', 'priya@example.com', 'sam@example.com']),
    series('Ana / Priya 1:1', ['ana@example.com', 'priya@example.com']),
  ];

  it('shows only events with exactly two attendees by default, and counts the rest', () => {
    const { choices, hidden } = seriesChoices(list, false);
    expect(choices.map((c) => c.title)).toEqual(['Ana / Ben 1:1', 'Ana / Priya 1:1']);
    expect(choices[0]!.with).toBe('With ben@example.com');
    expect(hidden).toBe(1);
  });

  it('shows all of them, 1:1s first, on request', () => {
    const { choices, hidden } = seriesChoices(list, true);
    expect(choices.map((c) => c.title)).toEqual(['Ana / Ben 1:1', 'Ana / Priya 1:1', 'Team standup']);
    expect(choices[2]!.with).toBe('With ben@example.com and 2 others');
    expect(hidden).toBe(0);
  });

  it('names each person as the server does, by the address only when it gives no name', () => {
    const [ana, ben] = list[0]!.attendees;
    const named = { ...list[0]!, attendees: [ana!, { ...ben!, name: 'Ben Okafor' }] };
    expect(seriesChoices([named], false).choices[0]!.with).toBe('With Ben Okafor');
  });
});

describe('lines in words', () => {
  it('settings: sends only what changed', () => {
    expect(settingsPatch(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, leadHours: 48 })).toEqual({ leadHours: 48 });
    expect(settingsPatch(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual({});
  });

  it('commitments: due and from dates, and the native checklist hint', () => {
    const item: Commitment = { id: 'a', text: 'x', done: false, due: '2026-11-30', from: '2026-11-09' };
    expect(commitmentMeta(item, { locale: 'en-US', now: Date.parse('2026-11-20T12:00:00Z') })).toBe(
      'due Nov 30 · from Nov 9',
    );
    expect(commitmentMeta({ id: 'b', text: 'y', done: true })).toBe('');
    expect(showNativeChecklistHint({ ...base, commitments: [item] })).toBe(false);
    expect(showNativeChecklistHint({ ...base, commitments: [{ ...item, nativeChecklist: true }] })).toBe(true);
  });

  it('action items: owner me, them or a name; due a real date or nothing', () => {
    expect(ownerValue('me', 'ignored')).toBe('me');
    expect(ownerValue('them', '')).toBe('them');
    expect(ownerValue('other', '  Priya ')).toBe('Priya');
    expect(ownerValue('other', '  ')).toBeUndefined();
    expect(dueValue('')).toEqual({ ok: true });
    expect(dueValue('2026-12-04')).toEqual({ ok: true, due: '2026-12-04' });
    expect(dueValue('2026-02-30')).toEqual({ ok: false });
    expect(dueValue('next week')).toEqual({ ok: false });
  });

  it('cadence, privacy, status and Prepare now', () => {
    const cadence = cadenceView({ held: 5, moved: 1, cancelled: 2, daysSinceLast: 1 }, { locale: 'en-US' });
    expect(cadence.last).toBe('Last 1:1: yesterday.');
    expect(cadence.counts.map((c) => c.value)).toEqual([5, 1, 2]);
    expect(cadenceView({ held: 0, moved: 0, cancelled: 1 }).last).toBe('No 1:1 held in the last 90 days.');
    expect(privacyView({ extraViewers: [] })).toEqual({
      warning: false,
      text: 'Only the two of you can open this Doc.',
    });
    expect(privacyView({ extraViewers: ['a@x', 'b@x'] }).text).toContain('2 more people');
    const failed = statusView(
      {
        at: '2026-11-20T15:00:00Z',
        trigger: 'Hourly check',
        outcome: 'error',
        message: [{ code: 'calendar.forbidden' }],
      },
      { locale: 'en-US', timeZone: 'UTC' },
    );
    expect(failed).toMatchObject({
      outcome: 'Failed',
      failed: true,
      message:
        'Google Calendar refused access to the linked 1:1 event. Check that you are still invited, then link again.',
    });
    expect(failed.heading.replace(/\u202f/g, ' ')).toBe('Hourly check · Fri, Nov 20, 3:00 PM');
    expect(prepareNote({ at: '', trigger: 'Prepare now', outcome: 'inserted', message: [] })).toBe(
      'The section is in the Doc.',
    );
    expect(prepareNote(undefined)).toBe('Done.');
  });

  it('writes the next meeting in the user’s zone, never as ISO text, as the state has it now', () => {
    const run = {
      at: '2026-11-20T15:00:00Z',
      trigger: 'Hourly check' as const,
      outcome: 'nothing to do' as const,
      message: [{ code: 'run.upToDate' as const }],
    };
    const nextMeeting = { start: '2026-11-23T10:00:00-05:00', end: '', title: '1:1', cancelled: false };
    const inTokyo = statusView(run, { locale: 'en-US', timeZone: 'Asia/Tokyo', nextMeeting });
    expect(inTokyo.next?.replace(/\u202f/g, ' ')).toBe('Next 1:1: Tue, Nov 24, 12:00 AM.');
    const inNewYork = statusView(run, { locale: 'en-US', timeZone: 'America/New_York', nextMeeting });
    expect(inNewYork.next?.replace(/\u202f/g, ' ')).toBe('Next 1:1: Mon, Nov 23, 10:00 AM.');
    expect(`${inNewYork.heading} ${inNewYork.message} ${inNewYork.next}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(statusView(run).next).toBeUndefined();
    // Cancelled since the run: the status never names it as the next 1:1.
    const cancelled = statusView(run, {
      locale: 'en-US',
      timeZone: 'America/New_York',
      nextMeeting: { ...nextMeeting, cancelled: true },
    });
    expect(cancelled.next?.replace(/\u202f/g, ' ')).toBe('The next 1:1, Mon, Nov 23, 10:00 AM, is cancelled.');
  });

  it('tells the day: a section added at 9:00 is still said an hour later, with "up to date since"', () => {
    const US = { locale: 'en-US', timeZone: 'America/New_York' };
    const wrote = {
      at: '2026-11-16T14:00:00Z',
      message: [{ code: 'run.added' as const, values: { heading: 'Mon Nov 16, 2026 · 1:1' } }],
      section: '2026-11-16',
    };
    const added = {
      at: wrote.at,
      trigger: 'Hourly check' as const,
      outcome: 'inserted' as const,
      message: wrote.message,
      wrote,
    };
    // The run that wrote says what it wrote.
    expect(statusView(added, US)).toMatchObject({
      outcome: 'Section added',
      message: 'Added the section “Mon Nov 16, 2026 · 1:1”.',
    });
    const later = {
      ...added,
      at: '2026-11-16T15:00:00Z',
      outcome: 'nothing to do' as const,
      message: [{ code: 'run.upToDate' as const }],
    };
    const view = statusView(later, US);
    expect(view.outcome).toBe('Up to date');
    expect(view.message.replace(/\u202f/g, ' ')).toBe('Added Monday’s section at 9:00 AM · up to date since.');
    // A write that was not a section says what it did.
    const redated = statusView(
      { ...later, wrote: { at: wrote.at, message: [{ code: 'run.redated', values: { count: 1 } }] } },
      US,
    );
    expect(redated.message.replace(/\u202f/g, ' ')).toBe(
      'Updated the Doc at 9:00 AM: Re-dated 1 moved meeting. Up to date since.',
    );
    // A failure after it says the failure, and what went in before.
    const failed = statusView({ ...later, outcome: 'error', message: [{ code: 'calendar.unreadable' }] }, US);
    expect(failed).toMatchObject({
      outcome: 'Failed',
      message: 'Google Calendar could not be read; the add-on will try again within the hour.',
    });
    expect(failed.earlier?.replace(/\u202f/g, ' ')).toBe('Before that: Added Monday’s section at 9:00 AM.');
  });

  it('says, once the series is not a 1:1, that it is not, and who else can open the Doc, in one statement', () => {
    const group = privacyView({ extraViewers: ['cy@x'], seriesAttendees: 3 });
    expect(group).toEqual({
      warning: true,
      text: 'This series has 3 attendees, so it is not a 1:1. Besides you and the organiser, 1 more person can open this Doc. Keep sensitive notes in private talking points.',
    });
    // Nobody but the pair has the Doc: that is said, and what the other attendees could do is said with it.
    const alone = privacyView({ extraViewers: [], seriesAttendees: 4, youOrganise: true }).text;
    expect(alone).toMatch(/^This series has 4 attendees, so it is not a 1:1\. Only you can open this Doc today;/);
    expect(alone).not.toMatch(/nobody else|everyone invited may read/);
    expect(privacyView({ extraViewers: ['cy@x'] }).text).toBe(
      'Besides the two of you, 1 more person can open this Doc. Keep sensitive notes in private talking points.',
    );
  });

  it('says Prepare now on an unlinked Doc added today’s section; what linking makes of it is said above the button', () => {
    const inserted = { at: '', trigger: 'Prepare now' as const, outcome: 'inserted' as const, message: [] };
    expect(prepareNote(inserted, false)).toBe('Today’s section is in the Doc.');
    expect(prepareNote({ ...inserted, outcome: 'nothing to do' }, false)).toBe(
      'Today’s section was already in the Doc.',
    );
    expect(prepareNote(inserted, true)).toBe('The section is in the Doc.');
  });
});

const NOW = Date.parse('2026-11-30T15:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const US = { locale: 'en-US', now: NOW };

describe('when the sharing was checked', () => {
  it('says how long ago, in the sidebar’s relative words', () => {
    expect(checkedLine(ago(20 * MINUTE), NOW, US)).toBe('Checked 20 minutes ago.');
    expect(checkedLine(ago(3 * HOUR), NOW, US)).toBe('Checked 3 hours ago.');
    expect(checkedLine(ago(30 * HOUR), NOW, US)).toBe('Checked yesterday.');
    expect(checkedLine(ago(3 * 24 * HOUR), NOW, US)).toBe('Checked 3 days ago.');
  });

  it('says “just now” within a minute, and for a moment another clock puts ahead of this one', () => {
    expect(checkedLine(ago(30_000), NOW, US)).toBe('Checked just now.');
    expect(checkedLine(ago(-2 * MINUTE), NOW, US)).toBe('Checked just now.');
  });

  it('says nothing when it was never looked up, or the time is not one', () => {
    expect(checkedLine(undefined, NOW, US)).toBeUndefined();
    expect(checkedLine('yesterday-ish', NOW, US)).toBeUndefined();
    expect(privacyView({ extraViewers: [] }, US)).not.toHaveProperty('checked');
  });

  it('is part of the privacy view, whatever the viewers', () => {
    expect(privacyView({ extraViewers: [], checkedAt: ago(20 * MINUTE) }, US)).toEqual({
      warning: false,
      text: 'Only the two of you can open this Doc.',
      checked: 'Checked 20 minutes ago.',
    });
    expect(privacyView({ extraViewers: ['cy@x'], checkedAt: ago(2 * HOUR) }, US).checked).toBe('Checked 2 hours ago.');
  });
});

describe('automatic preparation stopped', () => {
  it('says it is off for every Doc, or since when it has not run', () => {
    expect(automationWarning({ state: 'off' }, US)).toBe(
      'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.',
    );
    expect(automationWarning({ state: 'stalled', lastRunAt: ago(30 * HOUR) }, US)).toBe(
      'Automatic preparation last ran yesterday: sections may not be added before your meetings.',
    );
    expect(automationWarning({ state: 'stalled', lastRunAt: ago(5 * HOUR) }, US)).toBe(
      'Automatic preparation last ran 5 hours ago: sections may not be added before your meetings.',
    );
    expect(automationWarning({ state: 'stalled' }, US)).toBe(
      'Automatic preparation has not run for hours: sections may not be added before your meetings.',
    );
  });
});

// ——— The panels, built over the fake DOM ———

const all = (root: HTMLElement) => (root as unknown as FakeElement).all();
const keyedIn = (root: HTMLElement, key: ControlKey) => all(root).find((e) => e.dataset.key === key);
const paragraphs = (root: HTMLElement) =>
  all(root)
    .filter((e) => e.tag === 'p')
    .map((e) => e.textContent);
const idle = (busy: [ControlKey, string][] = []) => ({ busy: new Map(busy), now: NOW });
const actionsCalled = () => {
  const called: string[] = [];
  const record = (name: string) => () => {
    called.push(name);
  };
  return {
    called,
    act: {
      prepare: record('prepare'),
      startRelink: record('startRelink'),
      restoreAutomation: record('restoreAutomation'),
      checkSharing: record('checkSharing'),
      refresh: record('refresh'),
    },
  };
};

describe('the panels', () => {
  const nextMeeting = {
    start: '2026-12-03T14:00:00Z',
    end: '2026-12-03T14:30:00Z',
    title: 'Ana / Ben',
    cancelled: false,
  };

  it('Next 1:1 says first that automatic preparation stopped, and “Turn it back on” calls restoreAutomation', () => {
    const { act, called } = actionsCalled();
    const state = { ...linked, nextMeeting, automation: { state: 'off' as const } };
    const next = nextPanel(state, { ...idle(), relink: false }, act);
    expect(paragraphs(next).slice(0, 2)).toEqual([
      'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.',
      'Ana / Ben',
    ]);
    const restore = keyedIn(next, 'restore-automation')!;
    expect(restore.textContent).toBe('Turn it back on');
    restore.dispatch('click');
    expect(called).toEqual(['restoreAutomation']);

    const busy = nextPanel(state, { ...idle([['restore-automation', 'Turning on…']]), relink: false }, act);
    expect(keyedIn(busy, 'restore-automation')?.textContent).toBe('Turning on…');
    const healthy = nextPanel({ ...linked, nextMeeting }, { ...idle(), relink: false }, act);
    expect(keyedIn(healthy, 'restore-automation')).toBeUndefined();
    expect(paragraphs(healthy).join(' ')).not.toContain('Automatic preparation');
  });

  it('Status does not say automatic preparation is on while it has stopped', () => {
    const { act } = actionsCalled();
    const on = statusPanel(linked, idle(), act);
    expect(paragraphs(on)[0]).toMatch(/^Automatic preparation is on\./);
    const stopped = statusPanel({ ...linked, automation: { state: 'stalled' } }, idle(), act);
    expect(paragraphs(stopped).join(' ')).not.toContain('Automatic preparation is on');
  });

  it('Who can open this Doc says when it was checked, and “Check again” checks it', () => {
    const { act, called } = actionsCalled();
    const privacy = { extraViewers: ['cy@x'], checkedAt: ago(20 * MINUTE) };
    const shown = privacyPanel(privacy, idle(), act);
    expect(paragraphs(shown)).toContain('Checked 20 minutes ago.');
    const again = keyedIn(shown, 'check-sharing')!;
    expect(again.textContent).toBe('Check again');
    again.dispatch('click');
    expect(called).toEqual(['checkSharing']);
    const checking = privacyPanel(privacy, { ...idle([['check-sharing', 'Checking…']]), error: 'Drive said no.' }, act);
    expect(keyedIn(checking, 'check-sharing')?.textContent).toBe('Checking…');
    expect(all(checking).find((e) => e.attributes.role === 'alert')?.textContent).toBe('Drive said no.');
  });
});
