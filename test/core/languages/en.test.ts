// English, and English (UK), as the add-on writes and reads them (src/core/languages/en.ts).
import { describeLanguage } from './language';

describeLanguage({
  tag: 'en',
  headings: ['Mon, Nov 16, 2026 · 1:1', '16 Nov 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'Mon, Nov 16, 2026 · 1:1 (cancelled)',
  titles: ['Carried over', 'Agenda', 'Notes', 'Action items'],
  carried: '☐ Ana: send the deck · due Nov 30 · from Nov 9',
  dueNextYear: 'Jan 5, 2027',
  headingsRead: [
    ['Monday, November 16, 2026', '2026-11-16'],
    ['1:1 Ana / Ben – Nov. 16th, 2026', '2026-11-16'],
    ['16-Nov-2026', '2026-11-16'],
    ['Weekly 1:1 — 11/16/2026 10:30 am', '2026-11-16'],
  ],
  titlesRead: [
    ['Action items:', 'actions'],
    ['Next steps', 'actions'],
    ['✅ To-do', 'actions'],
    ['Follow-ups', 'actions'],
    ['Carried over', 'carried'],
    ['Notes', 'notes'],
  ],
  itemsRead: [
    ['☐ Ben: book the room (due Dec 1)', { owner: 'Ben', text: 'book the room', due: 'Dec 1' }],
    [
      '[ ] Ana: share notes · due Friday · from Nov 2',
      { owner: 'Ana', text: 'share notes', due: 'Friday', from: '2026-11-02' },
    ],
    ['☐ Note: this is no owner', { text: 'Note: this is no owner' }],
  ],
  numeric: '2026-03-11',
  months: 'January,Feb,Mar.,April,May,June,Jul,Aug.,Sept,October,Nov,Dec.'.split(','),
});

describeLanguage({
  tag: 'en-GB',
  headings: ['Mon, 16 Nov 2026 · 1:1', '16 Nov 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'Mon, 16 Nov 2026 · 1:1 (cancelled)',
  titles: ['Carried over', 'Agenda', 'Notes', 'Action items'],
  carried: '☐ Ana: send the deck · due 30 Nov · from 9 Nov',
  dueNextYear: '5 Jan 2027',
  headingsRead: [
    ['Monday 16 November 2026', '2026-11-16'],
    ['1:1 — 16/11/2026', '2026-11-16'],
    ['Catch-up 16th of November, 2026', '2026-11-16'],
  ],
  titlesRead: [['To do', 'actions']],
  itemsRead: [['☐ Ben: book the room (due 1 Dec)', { owner: 'Ben', text: 'book the room', due: '1 Dec' }]],
  numeric: '2026-11-03',
  months: 'January,Feb,Mar,April,May,June,July,August,September,Oct,November,December'.split(','),
});
