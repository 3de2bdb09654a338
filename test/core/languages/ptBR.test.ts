// Portuguese (Brazil) as the add-on writes and reads it (src/core/languages/ptBR.ts).
import { describeLanguage } from './language';

describeLanguage({
  tag: 'pt-BR',
  headings: ['seg., 16 de nov. de 2026 · 1:1', '16 de nov. de 2026 · 1:1', '2026-11-16 · 1:1'],
  cancelled: 'seg., 16 de nov. de 2026 · 1:1 (cancelada)',
  titles: ['Pendências', 'Pauta', 'Anotações', 'Próximos passos'],
  carried: '☐ Ana: send the deck · prazo 30 de nov. · desde 9 de nov.',
  dueNextYear: '5 de jan. de 2027',
  headingsRead: [
    ['segunda-feira, 16 de novembro de 2026', '2026-11-16'],
    ['Reunião 1:1 com Ana — 16/11/2026', '2026-11-16'],
    ['qua., 2 de dez. de 2026', '2026-12-02'],
  ],
  titlesRead: [
    ['Ações', 'actions'],
    ['Acoes', 'actions'],
    ['Próximos passos', 'actions'],
    ['Pendências', 'carried'],
    ['Pauta', 'agenda'],
  ],
  itemsRead: [
    [
      '☐ Ana de Souza: revisar o orçamento (prazo 30/11)',
      { owner: 'Ana de Souza', text: 'revisar o orçamento', due: '30/11' },
    ],
    [
      '☐ Ben: enviar o deck · até sexta · desde 9 de nov.',
      { owner: 'Ben', text: 'enviar o deck', due: 'sexta', from: '2026-11-09' },
    ],
  ],
  numeric: '2026-11-03',
  months: 'janeiro,fev.,março,abr,maio,jun.,julho,ago.,set,outubro,nov.,dezembro'.split(','),
});
