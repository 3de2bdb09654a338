// English: what the add-on writes in an English Doc (American dates; English (UK) writes them day first) and reads there.
import type { NotesLanguage } from '.';

export const en: NotesLanguage = {
  tag: 'en',
  dayFirst: false,
  write: {
    months: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    weekdays: 'Sun Mon Tue Wed Thu Fri Sat',
    weekdayDate: '{W}, {M} {D}, {Y}',
    date: '{D} {M} {Y}',
    day: '{M} {D}',
    dayYear: '{M} {D}, {Y}',
    label: '1:1',
    cancelled: ' (cancelled)',
    titles: ['Carried over', 'Agenda', 'Notes', 'Action items'],
    owner: ': ',
    due: 'due {}',
    from: 'from {}',
    prompts: [
      'Wins · Blockers · Feedback both ways · Growth · Personal',
      'Getting to know each other: no status updates today',
      'Looking back · Looking ahead · Skills to grow · Support needed',
    ],
    first: [
      'How do you like to receive feedback: written or in person, right away or saved for our 1:1?',
      'What motivates you at work, and what drains you?',
      'What should I know about working with you: hours, focus time, how you like to communicate?',
      'What do you want from our 1:1s, and how often should we meet?',
      'Where do you want to be in a year or two?',
    ],
    career: [
      'Which work in the last months gave you the most energy, and which the least?',
      'Where do you want to be in two to five years?',
      'Which skills or experiences would get you there?',
      'What could I do, or who could you meet, to help?',
    ],
  },
  read: {
    months:
      'january|jan,february|feb,march|mar,april|apr,may,june|jun,july|jul,august|aug,september|sept|sep,october|oct,november|nov,december|dec',
    weekdays: 'sunday|sun,monday|mon,tuesday|tues|tue,wednesday|wed,thursday|thurs|thur|thu,friday|fri,saturday|sat',
    carried: 'carried over|carry over',
    agenda: 'agenda',
    notes: 'notes',
    actions: 'action items|action item|actions|next steps|follow ups|followups|follow up|to do|to dos|todo|todos',
    due: 'due',
    from: 'from',
    cancelled: 'cancelled|canceled',
    notOwners:
      'note|notes|todo|to do|action|action item|update|question|fyi|idea|decision|blocker|blocked|next|next step|done|re|ps|agenda|wins|win|feedback|growth|personal|also|important|reminder|tbd|context|goal|status|outcome|why|what|how|when|who|both|everyone|all|team',
  },
};

/** English as written in Britain and most of the world outside the US: `Mon, 23 Nov 2026`, 03/11/2026 is 3 November. */
export const enGB: NotesLanguage = {
  ...en,
  tag: 'en-GB',
  dayFirst: true,
  write: { ...en.write, weekdayDate: '{W}, {D} {M} {Y}', day: '{D} {M}', dayYear: '{D} {M} {Y}' },
};
