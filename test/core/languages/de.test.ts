// German as the add-on writes and reads it (src/core/languages/de.ts).
import { describeLanguage } from './language';

describeLanguage({
  tag: 'de',
  headings: ['Mo., 16. Nov. 2026 · 1:1', '16. Nov. 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'Mo., 16. Nov. 2026 · 1:1 (abgesagt)',
  titles: ['Offene Punkte', 'Agenda', 'Notizen', 'Aufgaben'],
  carried: '☐ Ana: send the deck · fällig 30. Nov. · seit 9. Nov.',
  dueNextYear: '5. Jan. 2027',
  headingsRead: [
    ['Montag, 16. November 2026', '2026-11-16'],
    ['Jour fixe Ana / Ben – 16.11.2026, 10 Uhr', '2026-11-16'],
    ['Mo 16.11.2026', '2026-11-16'],
    ['1:1 am Do., 3. Dez. 2026 (abgesagt)', '2026-12-03'],
    ['Di, 3. März 2026', '2026-03-03'],
  ],
  titlesRead: [
    ['Aufgaben', 'actions'],
    ['Nächste Schritte:', 'actions'],
    ['Naechste Schritte', 'actions'],
    ['ToDo', 'actions'],
    ['To-Dos', 'actions'],
    ['Offene Punkte', 'carried'],
    ['Tagesordnung', 'agenda'],
    ['Notizen', 'notes'],
  ],
  itemsRead: [
    ['☐ Ana: Folien schicken (fällig 20.11.)', { owner: 'Ana', text: 'Folien schicken', due: '20.11.' }],
    [
      '☐ Ben: Budget prüfen · bis Freitag · seit 9. Nov.',
      { owner: 'Ben', text: 'Budget prüfen', due: 'Freitag', from: '2026-11-09' },
    ],
    [
      '☐ Jan van der Berg: Raum buchen (von 2. Nov.)',
      { owner: 'Jan van der Berg', text: 'Raum buchen', from: '2026-11-02' },
    ],
    ['☐ Frage: wer übernimmt das?', { text: 'Frage: wer übernimmt das?' }],
  ],
  numeric: '2026-11-03',
  months: 'Januar,Feb.,März,Apr,Mai,Juni,Jul.,August,Sept.,Okt.,November,Dez'.split(','),
});
