// Spanish as the add-on writes and reads it (src/core/languages/es.ts).
import { describeLanguage } from './language';

describeLanguage({
  tag: 'es',
  headings: ['lun, 16 nov 2026 · 1:1', '16 nov 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'lun, 16 nov 2026 · 1:1 (cancelada)',
  titles: ['Pendientes', 'Agenda', 'Notas', 'Tareas'],
  carried: '☐ Ana: send the deck · vence 30 nov · desde 9 nov',
  dueNextYear: '5 ene 2027',
  headingsRead: [
    ['lunes, 16 de noviembre de 2026', '2026-11-16'],
    ['Reunión 1:1 con Ana – 16/11/2026', '2026-11-16'],
    ['Miércoles 2 de diciembre de 2026', '2026-12-02'],
    ['mar, 3 mar 2026', '2026-03-03'],
  ],
  titlesRead: [
    ['Tareas', 'actions'],
    ['Próximos pasos', 'actions'],
    ['Proximos pasos', 'actions'],
    ['Pendientes', 'carried'],
    ['Notas', 'notes'],
  ],
  itemsRead: [
    ['☐ Ana: enviar la propuesta (vence 30 nov)', { owner: 'Ana', text: 'enviar la propuesta', due: '30 nov' }],
    [
      '☐ José María: revisar el presupuesto · desde 9 nov',
      { owner: 'José María', text: 'revisar el presupuesto', from: '2026-11-09' },
    ],
    ['☐ Nota: no es una persona', { text: 'Nota: no es una persona' }],
  ],
  numeric: '2026-11-03',
  months: 'enero,feb,marzo,abr.,mayo,jun,julio,ago,sept,oct.,noviembre,dic'.split(','),
});
