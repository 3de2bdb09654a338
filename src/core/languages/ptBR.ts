// Portuguese (Brazil): what the add-on writes in a Brazilian Doc (`seg., 16 de nov. de 2026 · 1:1`, `prazo 30 de nov.`) and reads there.
import type { NotesLanguage } from '.';

export const ptBR: NotesLanguage = {
  tag: 'pt-BR',
  dayFirst: true,
  write: {
    months: 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.',
    weekdays: 'dom. seg. ter. qua. qui. sex. sáb.',
    weekdayDate: '{W}, {D} de {M} de {Y}',
    date: '{D} de {M} de {Y}',
    day: '{D} de {M}',
    dayYear: '{D} de {M} de {Y}',
    label: '1:1',
    cancelled: ' (cancelada)',
    titles: ['Pendências', 'Pauta', 'Anotações', 'Próximos passos'],
    owner: ': ',
    due: 'prazo {}',
    from: 'desde {}',
    prompts: [
      'Conquistas · Bloqueios · Feedback nos dois sentidos · Crescimento · Pessoal',
      'Nos conhecendo: hoje sem atualizações de status',
      'Olhando para trás · Olhando para frente · Habilidades a desenvolver · Apoio necessário',
    ],
    first: [
      'Como você prefere receber feedback: por escrito ou pessoalmente, na hora ou guardado para o nosso 1:1?',
      'O que te motiva no trabalho, e o que te desgasta?',
      'O que eu devo saber para trabalhar com você: horários, tempo de foco, como prefere se comunicar?',
      'O que você espera dos nossos 1:1s, e com que frequência devemos nos encontrar?',
      'Onde você quer estar daqui a um ou dois anos?',
    ],
    career: [
      'Que trabalho dos últimos meses te deu mais energia, e qual deu menos?',
      'Onde você quer estar daqui a dois a cinco anos?',
      'Que habilidades ou experiências te levariam até lá?',
      'O que eu poderia fazer, ou quem você poderia conhecer, para ajudar?',
    ],
  },
  read: {
    months:
      'janeiro|jan,fevereiro|fev,março|mar,abril|abr,maio|mai,junho|jun,julho|jul,agosto|ago,setembro|set,outubro|out,novembro|nov,dezembro|dez',
    weekdays:
      'domingo|dom,segunda-feira|segunda|seg,terça-feira|terça|ter,quarta-feira|quarta|qua,quinta-feira|quinta|qui,sexta-feira|sexta|sex,sábado|sáb',
    carried: 'pendências|pendente|da última vez',
    agenda: 'pauta|agenda|tópicos',
    notes: 'anotações|notas',
    actions: 'ações|próximos passos|tarefas|itens de ação|encaminhamentos',
    due: 'prazo|vence|até',
    from: 'desde|de',
    cancelled: 'cancelada|cancelado',
    notOwners: 'nota|pergunta|ideia|decisão|importante|objetivo|lembrete|tarefa|tópico|contexto|status|resultado',
  },
};
