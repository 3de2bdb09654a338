// French as the add-on writes and reads it (src/core/languages/fr.ts).
import { describeLanguage } from './language';

describeLanguage({
  tag: 'fr',
  headings: ['lun. 16 nov. 2026 · 1:1', '16 nov. 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'lun. 16 nov. 2026 · 1:1 (annulé)',
  titles: ['Points en suspens', 'Ordre du jour', 'Notes', 'Actions'],
  carried: '☐ Ana : send the deck · échéance 30 nov. · depuis le 9 nov.',
  dueNextYear: '5 janv. 2027',
  headingsRead: [
    ['lundi 16 novembre 2026', '2026-11-16'],
    ['lun., 16 nov. 2026 · 1:1', '2026-11-16'],
    ['Point hebdo – 1er décembre 2026', '2026-12-01'],
    ['Tête-à-tête 16/11/2026 10h30', '2026-11-16'],
    ['mar. 3 mars 2026', '2026-03-03'],
  ],
  titlesRead: [
    ['Actions', 'actions'],
    ['Prochaines étapes', 'actions'],
    ['Prochaines etapes :', 'actions'],
    ['À faire', 'actions'],
    ['Points en suspens', 'carried'],
    ['Ordre du jour', 'agenda'],
  ],
  itemsRead: [
    [
      '☐ Ana : préparer le plan (pour le 30 nov.) (du 9 nov.)',
      { owner: 'Ana', text: 'préparer le plan', due: '30 nov.', from: '2026-11-09' },
    ],
    ['☐ Ben: réserver la salle (échéance 1 déc.)', { owner: 'Ben', text: 'réserver la salle', due: '1 déc.' }],
    ['☐ Question : qui s’en charge ?', { text: 'Question : qui s’en charge ?' }],
  ],
  numeric: '2026-11-03',
  months: 'janvier,févr.,mars,avr.,mai,juin,juil.,août,sept.,octobre,nov.,decembre'.split(','),
});
