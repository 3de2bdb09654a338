// No sidebar code turns a string into HTML: every panel, with hostile text in every field, shows that text as text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Message } from '../../src/shared/messages';
import type { RecurringSeries, SidebarState } from '../../src/shared/types';
import { createApp } from '../../src/sidebar/controller';
import { createFlags } from '../../src/sidebar/remember';
import { sidebarContent } from '../../src/sidebar/render';
import type { Caller } from '../../src/sidebar/rpc';
import type { PanelId } from '../../src/sidebar/view';
import { type FakeElement, useFakeDocument } from './fakeDom';

useFakeDocument();

/** Each field's own hostile string, so that a field that is lost or turned into markup is named. */
const planted = new Map<string, string>();
function evil(field: string): string {
  const text = `<img src=x onerror="alert('${field}')"><script>alert('${field}')</script>`;
  planted.set(field, text);
  return text;
}

/** A server message carrying a field's hostile string as a value: text from a Doc or a calendar reaches the page so. */
function evilMessage(field: string): Message {
  return { code: 'error.eventNotRecurring', values: { title: evil(field) } };
}

/** A person chip's owner, as the Doc reads it. */
const CHIP_OWNER = '<img src=x onerror=alert(1)>';

/** Fields that are never shown as text, and why: they must still create no element. */
const NOT_SHOWN: Record<string, string> = {
  'nextMeeting.end': 'only a valid start is shown with its end',
  'nextMeeting.htmlLink': 'not https: no link at all',
  'commitments.id': 'a data-key only',
  'commitments.new.id': 'a data-key only',
  'commitments.due': 'when the due date reads as a date (dueDate), that date is shown in the user’s words',
  'privateNotes.id': 'a data-key only',
  'series.eventId': 'the Next meeting panel does not show it',
  'settings.position': 'a value outside the options selects none of them',
  'settings.template': 'a value outside the options selects none of them',
  'settings.dateFormat': 'a value outside the options selects none of them',
  'settings.notesLanguage': 'a value outside the options selects none of them; dates are shown in English then',
  me: 'never shown',
  conflict: 'shown by the controller as a note after a call, not from the state',
  'privacy.checkedAt': 'an instant, said in words ("Checked 20 minutes ago."); one that is not an instant is left out',
  'automation.state': 'chooses the warning’s words; one the sidebar does not know reads as stalled',
  'automation.lastRunAt': 'an instant, said in words; one that is not an instant reads "for hours"',
  'seriesList.calendarId': 'sent back on Link, never shown',
  'seriesList.eventId': 'the radio button’s value',
  'seriesList.self': 'the user’s own address: a choice says who else is invited',
  'drafts.topic': 'an input’s value',
  'drafts.note': 'an input’s value',
  'drafts.action-text': 'an input’s value',
  'drafts.action-name': 'an input’s value',
  'drafts.action-due': 'an input’s value',
};

const PANELS: PanelId[] = [
  'setup',
  'next',
  'commitments',
  'agenda',
  'private',
  'cadence',
  'privacy',
  'status',
  'settings',
];

/** The elements the sidebar's own code writes: anything else was made from a string. */
const OWN_TAGS = new Set([
  'a',
  'button',
  'details',
  'div',
  'fieldset',
  'form',
  'h2',
  'h3',
  'input',
  'label',
  'legend',
  'li',
  'option',
  'p',
  'section',
  'select',
  'span',
  'strong',
  'summary',
  'time',
  'ul',
]);

function hostileState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    linked: true,
    series: {
      title: evil('series.title'),
      eventId: evil('series.eventId'),
      automatic: false,
      ended: false,
      problem: evilMessage('series.problem'),
      automaticNote: evilMessage('series.automaticNote'),
    },
    nextMeeting: {
      start: evil('nextMeeting.start'),
      end: evil('nextMeeting.end'),
      title: evil('nextMeeting.title'),
      cancelled: true,
      htmlLink: `javascript:${evil('nextMeeting.htmlLink')}`,
    },
    lastMeetingDate: evil('lastMeetingDate'),
    commitments: [
      {
        id: evil('commitments.id'),
        text: evil('commitments.text'),
        owner: evil('commitments.owner'),
        due: evil('commitments.due'),
        from: evil('commitments.from'),
        done: false,
        nativeChecklist: true,
        timesCarried: 4,
        stillOn: true,
        dueDate: evil('commitments.dueDate'),
        overdueDays: 3,
      },
      { id: 'chip', text: 'book the offsite', owner: CHIP_OWNER, done: true },
      {
        id: evil('commitments.new.id'),
        text: evil('commitments.new.text'),
        owner: evil('commitments.new.owner'),
        due: evil('commitments.new.due'),
        done: false,
        newThisTime: true,
      },
      { id: 'dropped', text: evil('commitments.dropped.text'), done: false, dropped: true, timesCarried: 1 },
    ],
    agenda: [{ text: evil('agenda.text') }],
    suggestedQuestions: [evil('suggestedQuestions')],
    privateNotes: [{ id: evil('privateNotes.id'), text: evil('privateNotes.text') }],
    cadence: { held: 1, moved: 0, cancelled: 2, warning: evilMessage('cadence.warning') },
    privacy: { extraViewers: [evil('privacy.extraViewers')], seriesAttendees: 3, checkedAt: evil('privacy.checkedAt') },
    automation: { state: evil('automation.state') as 'off', lastRunAt: evil('automation.lastRunAt') },
    status: {
      at: evil('status.at'),
      trigger: evil('status.trigger') as 'Prepare now',
      outcome: evil('status.outcome') as 'error',
      message: [evilMessage('status.message'), { code: 'run.movedLeft', values: { day: { day: evil('status.day') } } }],
    },
    notices: [evilMessage('notices')],
    settings: {
      leadHours: evil('settings.leadHours') as unknown as number,
      position: evil('settings.position') as 'newest-first',
      template: evil('settings.template') as 'default',
      dateFormat: evil('settings.dateFormat') as 'iso',
      notesLanguage: evil('settings.notesLanguage') as 'en',
    },
    me: evil('me'),
    conflict: evilMessage('conflict'),
    ...overrides,
  };
}

function hostileSeries(): RecurringSeries[] {
  return [
    {
      calendarId: evil('seriesList.calendarId'),
      eventId: evil('seriesList.eventId'),
      title: evil('seriesList.title'),
      attendees: [{ email: evil('seriesList.self'), self: true }, { email: evil('seriesList.attendee') }],
      nextStart: evil('seriesList.nextStart'),
    },
  ];
}

/** Writes never answer, so what was added stays pending (and shown as such). */
function fakeCall(state: SidebarState | Error, series: RecurringSeries[] | Error): Caller {
  return (async (name: string) => {
    if (name === 'getSidebarState') {
      if (state instanceof Error) throw state;
      return state;
    }
    if (name === 'listRecurringSeries') {
      if (series instanceof Error) throw series;
      return series;
    }
    return new Promise(() => {});
  }) as unknown as Caller;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The sidebar after loading `state`, with every message, draft and open form the UI can hold made hostile. */
async function rendered(state: SidebarState | Error, series: RecurringSeries[] | Error = hostileSeries()) {
  const app = createApp({ call: fakeCall(state, series), flags: createFlags(() => undefined), render() {} });
  await app.load();
  await settle();
  const { ui } = app;
  ui.drafts.topic = evil('pending topic');
  app.addTopic();
  ui.drafts.note = evil('pending note');
  app.addNote();
  // Cadence is read-only: it has no messages.
  for (const id of PANELS.filter((p) => p !== 'cadence')) {
    ui.errors[id] = evil(`errors.${id}`);
    ui.notes[id] = { text: evil(`notes.${id}`), warning: id === 'next' };
  }
  for (const key of ['topic', 'note', 'action-text', 'action-name', 'action-due'] as const)
    ui.drafts[key] = evil(`drafts.${key}`);
  Object.assign(ui, { actionOpen: true, actionOwner: 'other', confirmUnlink: true, showAllCommitments: true });
  return sidebarContent(app) as unknown as FakeElement[];
}

const panelIds = (elements: FakeElement[]) =>
  elements
    .filter((e) => e.tag === 'section' && e.attributes['aria-labelledby'])
    .map((e) => e.attributes['aria-labelledby']!.replace(/-title$/, ''));

describe('hostile text in every panel', () => {
  /** Every element of every rendering, in document order. */
  let elements: FakeElement[];

  beforeAll(async () => {
    const linked = hostileState();
    const renderings = [
      // Not linked: Setup lists the user's series.
      await rendered(hostileState({ linked: false })),
      // Linked by the other person: Setup offers to turn on; every other panel is there.
      await rendered(linked),
      // An ended series, then one that cannot be read: the Next meeting panel's other two states.
      await rendered({ ...linked, nextMeeting: undefined, series: { ...linked.series!, ended: true } }),
      await rendered({ ...linked, nextMeeting: undefined }),
      // The series list and the whole state failing to load.
      await rendered(hostileState({ linked: false }), new Error(evil('series.error'))),
      await rendered(new Error(evil('loadError'))),
    ];
    elements = renderings.flat().flatMap((e) => e.all());
  });

  it('renders every panel', () => {
    expect(new Set(panelIds(elements))).toEqual(new Set(PANELS));
  });

  it('creates only the sidebar’s own elements, with no handler attributes and no link that is not https', () => {
    for (const element of elements) {
      expect(OWN_TAGS).toContain(element.tag);
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href') expect(value).toMatch(/^https:\/\//);
      }
    }
  });

  it('shows each hostile string as text', () => {
    const texts = elements.flatMap((e) => e.texts());
    const missing = [...planted]
      .filter(([field, text]) => !(field in NOT_SHOWN) && !texts.some((t) => t.includes(text)))
      .map(([field]) => field);
    expect(missing).toEqual([]);
  });

  it('shows a person chip’s owner as the text of the owner, not as an image', () => {
    const owners = elements.filter((e) => e.tag === 'strong' && e.textContent.includes(CHIP_OWNER));
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(owner.children).toEqual([{ text: `${CHIP_OWNER}: ` }]);
  });

  it('keeps typed text in the inputs’ values, not in markup', () => {
    const values = elements.filter((e) => e.tag === 'input').map((e) => (e as unknown as { value?: string }).value);
    for (const key of ['topic', 'note', 'action-text', 'action-name', 'action-due'])
      expect(values).toContain(planted.get(`drafts.${key}`));
  });
});

describe('the sidebar’s source', () => {
  const MARKUP_SINKS = /innerHTML|outerHTML|insertAdjacentHTML/;
  const sidebar = path.resolve(__dirname, '../../src/sidebar');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );

  it('finds the ways a string becomes markup', () => {
    for (const line of ['el.innerHTML = text', "el['outerHTML'] = x", 'el.insertAdjacentHTML("beforeend", s)'])
      expect(line).toMatch(MARKUP_SINKS);
  });

  it('never uses them', () => {
    const all = files(sidebar);
    expect(all.length).toBeGreaterThan(10);
    const offending = all
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${path.relative(sidebar, file)}:${i + 1}`, line })),
      )
      .filter(({ line }) => MARKUP_SINKS.test(line))
      .map(({ where }) => where);
    expect(offending).toEqual([]);
  });
});
