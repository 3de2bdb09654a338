// The sidebar's words in Brazilian Portuguese, with "você" as Google Docs speaks to its users in Brazil; key for key as en.ts.
import type { Catalog } from './en';
import { M, P } from './keys';

export const ptBR: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: 'Carregando…',
  [M['common.saving']]: 'Salvando…',
  [M['common.tryAgain']]: 'Tentar novamente',
  [M['common.refresh']]: 'Atualizar',
  [M['common.refreshing']]: 'Atualizando…',
  [M['common.cancel']]: 'Cancelar',
  [M['common.add']]: 'Adicionar',
  [M['common.adding']]: 'Adicionando…',
  [M['common.done']]: 'Concluído',
  [M['common.drop']]: 'Descartar',
  [M['common.dropping']]: 'Descartando…',
  [M['common.keep']]: 'Manter',
  [M['common.delete']]: 'Excluir',
  [M['common.turningOn']]: 'Ativando…',
  [M['common.doneAbout']]: 'Concluído: {text}',
  [M['common.dropAbout']]: 'Descartar: {text}',
  [M['common.keepAbout']]: 'Manter: {text}',
  [M['common.deleteAbout']]: 'Excluir: {text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: 'prazo: {date}',
  [M['common.from']]: 'de {date}',
  [M['common.moreNotShown']]: 'Não exibidos: {count}',
  [M['common.lastKnown']]: 'Última atualização: {when}.',
  [M['common.lastKnownRefreshing']]: 'Última atualização: {when}. Atualizando…',
  [M['common.lastKnownCut']]: '{asOf} Até lá, listas e textos longos aparecem cortados.',
  [M['common.lastKnownFailed']]: 'Última atualização: {when}. Não foi possível atualizar. {error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'O servidor não respondeu. Tente novamente.',
  [M['rpc.noFunction']]: 'O complemento não tem a função de servidor {name}.',

  // ——— Forms ———
  [M['field.count']]: '{length} de {limit} caracteres',
  [M['field.countOver']]: '{length} de {limit} caracteres: {extra} a mais',
  [M['field.tooLong']]: 'São {length} caracteres, e o limite é {limit}. Encurte o texto e adicione de novo.',

  // ——— Automation ———
  [M['automation.off']]:
    'A preparação automática está desativada em todos os seus documentos de 1:1: nenhuma seção será adicionada antes das suas reuniões.',
  [M['automation.lastRan']]:
    'A preparação automática foi executada pela última vez {ago}: talvez as seções não sejam adicionadas antes das suas reuniões.',
  [M['automation.notRun']]:
    'A preparação automática não é executada há horas: talvez as seções não sejam adicionadas antes das suas reuniões.',
  [M['automation.turnBackOn']]: 'Reativar',
  [M['automation.onAgain']]: 'A preparação automática foi reativada.',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: 'Preparação automática',
  [M['setup.linkedButOff']]:
    'Este documento está vinculado a “{title}”, mas a preparação automática está desativada para você.',
  [M['setup.turnOnWhy']]:
    'Ative para que a seção de cada reunião fique pronta antes de ela começar, mesmo que a outra pessoa não abra o documento.',
  [M['setup.turnOn']]: 'Ativar',
  [M['setup.linkAnother']]: 'Vincular outra série',
  [M['setup.linkTitle']]: 'Vincule seu 1:1',
  [M['setup.intro']]:
    'Escolha seu 1:1 recorrente. Antes de cada reunião, uma seção com a data e os itens de ação em aberto da última vez aparece neste documento.',
  [M['setup.link']]: 'Vincular',
  [M['setup.linking']]: 'Vinculando…',
  [M['setup.next']]: 'Próxima: {when}',
  [M['setup.loadingSeries']]: 'Carregando seus eventos recorrentes…',
  [M['setup.calendarUnreadable']]: 'Não foi possível ler sua agenda.',
  [M['setup.legend']]: 'Seu 1:1 recorrente',
  [M['setup.noPairs']]:
    'Nenhum dos seus eventos recorrentes tem exatamente duas pessoas. Mostre todos os eventos recorrentes para escolher outro.',
  [M['setup.noSeries']]:
    'Não há eventos recorrentes na sua agenda nos próximos dois meses. Crie o 1:1 recorrente no Google Agenda e atualize.',
  [M['setup.showAll']]: 'Mostrar todos os eventos recorrentes',
  [M['setup.with.none']]: 'Nenhum outro convidado',
  [M['setup.with.onlyYou']]: 'Só você',
  [M['setup.with.one']]: 'Com {name}',
  [M['setup.with.two']]: 'Com {first} e {second}',
  [P['setup.with.many']]: {
    one: 'Com {first} e mais {count} pessoa',
    many: 'Com {first} e mais {count} de pessoas',
    other: 'Com {first} e mais {count} pessoas',
  },
  [M['setup.chooseFirst']]: 'Primeiro, escolha seu 1:1 recorrente.',
  [M['setup.linkedTo']]: 'Vinculado a “{title}”.',
  [M['setup.linked']]: 'Vinculado.',
  [M['setup.onForYou']]: 'A preparação automática está ativada para você.',

  // ——— Next 1:1 ———
  [M['next.title']]: 'Próximo 1:1',
  [M['next.prepare']]: 'Preparar agora',
  [M['next.preparing']]: 'Preparando…',
  [M['next.notLinked']]:
    'Este documento ainda não está vinculado ao seu 1:1 recorrente. “Preparar agora” adiciona a seção de hoje ({today}). Quando você vincular, a seção mais recente adicionada assim desde o seu último 1:1 passa a ser a da sua próxima reunião, com a data dela; as mais antigas ficam como estão.',
  [M['next.ended']]: 'Esta série terminou, e nenhuma série nova com as mesmas pessoas foi encontrada.',
  [M['next.linkNew']]: 'Vincular a nova série',
  [M['next.unreadable']]: 'Não é possível ler o evento da agenda agora: veja “Status” abaixo.',
  [M['next.none']]: 'Nenhuma reunião futura nesta série.',
  [M['next.cancelledMark']]: ' · cancelada',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'Esta reunião foi cancelada. Que tal remarcá-la para outro horário? 1:1s cancelados acabam fazendo falta.',
  [M['next.reschedule']]: 'Remarcar no Google Agenda',
  [M['next.openCalendar']]: 'Abrir no Google Agenda',
  [M['next.note.todayInserted']]: 'A seção de hoje está no documento.',
  [M['next.note.todayThere']]: 'A seção de hoje já estava no documento.',
  [M['next.note.inserted']]: 'A seção está no documento.',
  [M['next.note.there']]: 'Nada a adicionar: a seção já estava lá.',
  [M['next.note.done']]: 'Pronto.',

  // ——— Commitments ———
  [M['commitments.title']]: 'Da última vez',
  [M['commitments.titleOn']]: 'Da última vez ({date})',
  [M['commitments.nativeHint']]:
    'Os complementos não conseguem ler as caixas de seleção do documento. Para marcar um item, marque-o aqui ou coloque ☑ na frente dele no documento.',
  [M['commitments.gotIt']]: 'Entendi',
  [M['commitments.none']]: 'Nenhum item de ação da última vez.',
  [M['commitments.noEarlier']]: 'Ainda não há nenhuma reunião anterior neste documento.',
  [M['commitments.showAll']]: 'Mostrar todos os {all} ({open} em aberto)',
  [M['commitments.new']]: 'Novos desta vez',
  [M['commitments.open']]: 'Em aberto: {count}',
  [M['commitments.done']]: 'Concluídos: {count}',
  [M['commitments.dropped']]: 'Descartados: {count}',
  [M['commitments.droppedMark']]: 'descartado',
  [M['commitments.overdue']]: '{due}, {ago}',
  [P['commitments.carried']]: {
    one: 'transferido {count} vez',
    many: 'transferido {count} de vezes',
    other: 'transferido {count} vezes',
  },
  [M['commitments.owner']]: '{owner}: ',
  [M['commitments.stillOn']]: 'Ainda vale?',
  [M['commitments.stillOnAbout']]: 'Ainda vale: {text}?',

  // ——— Agenda ———
  [M['agenda.title']]: 'Pauta',
  [M['agenda.owner.me']]: 'Eu',
  [M['agenda.owner.them']]: 'A outra pessoa',
  [M['agenda.owner.other']]: 'Mais alguém…',
  [M['agenda.suggested']]: 'Perguntas sugeridas',
  [M['agenda.nudge']]: 'Adicione seus tópicos para {weekday}',
  [M['agenda.nudgeNoDay']]: 'Adicione seus tópicos para o próximo 1:1',
  [M['agenda.newTopic']]: 'Novo tópico da pauta',
  [M['agenda.topicPlaceholder']]: 'Adicionar um tópico',
  [M['agenda.noTopics']]: 'Nenhum tópico ainda. O que você adicionar vai para a seção da próxima reunião.',
  [M['agenda.addAction']]: 'Adicionar um item de ação',
  [M['agenda.actionItem']]: 'Item de ação',
  [M['agenda.owner']]: 'Responsável',
  [M['agenda.ownerName']]: 'Nome do responsável',
  [M['agenda.dueDate']]: 'Prazo (opcional)',
  [M['agenda.addActionButton']]: 'Adicionar item de ação',
  [M['agenda.typeTopic']]: 'Digite um tópico primeiro.',
  [M['agenda.typeAction']]: 'Digite o item de ação primeiro.',
  [M['agenda.typeOwnerName']]: 'Digite o nome do responsável primeiro.',
  [M['agenda.needOwner']]: 'Digite o nome do responsável ou escolha “Eu” ou “A outra pessoa”.',
  [M['agenda.badDue']]: 'O prazo não é uma data válida.',
  [M['agenda.actionAdded']]: 'Adicionado aos itens de ação: “{text}”. Ele está em “Novos desta vez”.',

  // ——— Private talking points ———
  [M['private.title']]: 'Pontos privados',
  [M['private.intro']]:
    'Só você pode ver estes pontos. Eles ficam fora do documento até você adicionar um deles à pauta.',
  [M['private.share']]: 'Adicionar à pauta',
  [M['private.shareAbout']]: 'Adicionar à pauta: {text}',
  [M['private.newPoint']]: 'Novo ponto privado',
  [M['private.placeholder']]: 'Adicionar um ponto privado',
  [M['private.typePoint']]: 'Digite um ponto primeiro.',
  [M['private.shared']]: 'Adicionado à pauta: agora ele está no documento.',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: 'Frequência',
  [M['cadence.none']]: 'Nenhum 1:1 nos últimos 90 dias.',
  [M['cadence.last']]: 'Último 1:1: {ago}.',
  [M['cadence.held']]: 'Realizados',
  [M['cadence.moved']]: 'Remarcados',
  [M['cadence.cancelled']]: 'Cancelados',
  [M['cadence.span']]: 'Nos últimos 90 dias',
  [M['cadence.spanSentence']]: 'Nos últimos 90 dias.',
  [M['privacy.title']]: 'Quem pode abrir este documento',
  [M['privacy.checkAgain']]: 'Verificar de novo',
  [M['privacy.checking']]: 'Verificando…',
  [M['privacy.checkedNow']]: 'Verificado agora mesmo.',
  [M['privacy.checked']]: 'Verificado {ago}.',
  [M['privacy.onlyYouTwo']]: 'Só vocês dois podem abrir este documento.',
  [P['privacy.besidesYouTwo']]: {
    one: 'Além de vocês dois, mais {count} pessoa pode abrir este documento.',
    many: 'Além de vocês dois, mais {count} de pessoas podem abrir este documento.',
    other: 'Além de vocês dois, mais {count} pessoas podem abrir este documento.',
  },
  [M['privacy.keep']]: '{besides} Guarde anotações sensíveis nos seus pontos privados.',
  [M['privacy.notOneOnOne']]: 'Esta série tem {attendees} participantes, então não é um 1:1. {who}',
  [M['privacy.onlyYou']]:
    'No momento, só você pode abrir este documento; qualquer outro convidado poderá lê-lo quando ele for compartilhado.',
  [M['privacy.onlyPair']]:
    'No momento, só você e o organizador podem abrir este documento; qualquer outro convidado poderá lê-lo quando ele for compartilhado.',
  [P['privacy.besidesYou']]: {
    one: 'Além de você, mais {count} pessoa pode abrir este documento.',
    many: 'Além de você, mais {count} de pessoas podem abrir este documento.',
    other: 'Além de você, mais {count} pessoas podem abrir este documento.',
  },
  [P['privacy.besidesPair']]: {
    one: 'Além de você e do organizador, mais {count} pessoa pode abrir este documento.',
    many: 'Além de você e do organizador, mais {count} de pessoas podem abrir este documento.',
    other: 'Além de você e do organizador, mais {count} pessoas podem abrir este documento.',
  },

  // ——— Status ———
  [M['status.title']]: 'Status',
  [M['status.on']]: 'A preparação automática está ativada. Uma seção é adicionada antes de cada reunião.',
  [M['status.onLead']]: 'A preparação automática está ativada. Uma seção é adicionada {lead} antes de cada reunião.',
  [M['status.nothingYet']]: 'Nada foi executado ainda.',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: 'Verificação de hora em hora',
  [M['status.trigger.calendar']]: 'Mudança na agenda',
  [M['status.trigger.prepareNow']]: 'Preparar agora',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'Seção adicionada',
  [M['status.outcome.nothing']]: 'Nada a fazer',
  [M['status.outcome.error']]: 'Falhou',
  [M['status.upToDate']]: 'Em dia',
  [M['status.addedSection']]: 'Seção de {weekday} adicionada às {time}',
  [M['status.updatedDoc']]: 'Documento atualizado às {time}: {message}',
  [M['status.sinceSentence']]: '{line} Em dia desde então.',
  [M['status.sinceLine']]: '{line} · em dia desde então.',
  [M['status.beforeSentence']]: 'Antes disso: {line}',
  [M['status.beforeLine']]: 'Antes disso: {line}.',
  [M['status.nextCancelled']]: 'O próximo 1:1, {when}, foi cancelado.',
  [M['status.next']]: 'Próximo 1:1: {when}.',

  // ——— Settings ———
  [M['settings.title']]: 'Configurações',
  [M['settings.shared']]: 'Compartilhadas por vocês dois: valem para este documento.',
  [M['settings.save']]: 'Salvar configurações',
  [M['settings.saved']]: 'Configurações salvas.',
  [M['settings.unchanged']]: 'Nada mudou.',
  [M['settings.lead']]: 'Preparar cada seção',
  [M['settings.leadBefore']]: '{lead} antes',
  [M['settings.position']]: 'Onde entram as novas seções',
  [M['settings.template']]: 'Modelo',
  [M['settings.date']]: 'Data do título',
  [M['settings.language']]: 'Idioma das anotações',
  [M['settings.languageHelp']]:
    'Novas seções, seus títulos e sugestões são escritos nesse idioma. Anotações em qualquer um desses idiomas são lidas de qualquer forma.',
  [M['notice.dateReadAs']]:
    '“{date}” é lido neste Doc como {iso}, como {locale} escreve datas. Se estiver errado, mude o idioma das anotações nas Configurações.',
  [M['settings.position.newest-first']]: 'No início do documento',
  [M['settings.position.oldest-first']]: 'No fim do documento',
  [M['settings.template.default']]: '1:1 regular',
  [M['settings.template.first']]: 'Primeiro 1:1',
  [M['settings.template.career']]: 'Conversa sobre carreira',
  [M['settings.template.like-last']]: 'Igual à nossa última seção',
  [P['settings.lead.hours']]: { one: '{count} hora', many: '{count} de horas', other: '{count} horas' },
  [P['settings.lead.days']]: { one: '{count} dia', many: '{count} de dias', other: '{count} dias' },
  [M['settings.unlinkAsk']]:
    'Desvincular este documento para vocês dois? Nenhum de vocês vai receber novas seções automaticamente até que um dos dois o vincule de novo. O documento e todas as anotações continuam como estão.',
  [M['settings.unlinkBoth']]: 'Desvincular para nós dois',
  [M['settings.stopAlone']]: 'Parar vale só para você: a preparação automática da outra pessoa continua.',
  [M['settings.stopForMe']]: 'Parar a preparação automática para mim',
  [M['settings.unlinkStart']]: 'Desvincular este documento da série…',
  [M['settings.unlinking']]: 'Desvinculando…',
  [M['settings.stopping']]: 'Parando…',
  [M['settings.unlinkedFrom']]: 'Desvinculado de “{title}” para vocês dois. O documento mantém todas as anotações.',
  [M['settings.unlinked']]: 'Desvinculado para vocês dois. O documento mantém todas as anotações.',
  [M['settings.stopped']]:
    'A preparação automática está desativada para você. O documento continua vinculado, e a preparação da outra pessoa segue normalmente.',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'Todos os meus 1:1s',
  [M['overview.backToDoc']]: '← Este documento',
  [M['overview.age.today']]: 'de hoje',
  [P['overview.age.days']]: { one: 'há {count} dia', many: 'há {count} de dias', other: 'há {count} dias' },
  [P['overview.age.weeks']]: { one: 'há {count} semana', many: 'há {count} de semanas', other: 'há {count} semanas' },
  [P['overview.age.months']]: { one: 'há {count} mês', many: 'há {count} de meses', other: 'há {count} meses' },
  [P['overview.age.years']]: { one: 'há {count} ano', many: 'há {count} de anos', other: 'há {count} anos' },
  [P['overview.overdueBy']]: {
    one: 'atrasado há {count} dia',
    many: 'atrasado há {count} de dias',
    other: 'atrasado há {count} dias',
  },
  [M['overview.for']]: 'para {date}',
  [M['overview.noNext']]: 'Nenhum próximo 1:1 na agenda.',
  [M['overview.nextCancelled']]: 'Próximo 1:1: {when}, cancelado.',
  [M['overview.next']]: 'Próximo 1:1: {when}.',
  [M['overview.nextSoon']]: 'Próximo 1:1: {when}, {soon}.',
  [M['overview.nextMoved']]: 'Próximo 1:1, remarcado: {when}.',
  [M['overview.nextMovedSoon']]: 'Próximo 1:1, remarcado: {when}, {soon}.',
  [M['overview.lastToday']]: 'O último 1:1 foi hoje',
  [P['overview.since']]: {
    one: '{count} dia desde o último 1:1',
    many: '{count} de dias desde o último 1:1',
    other: '{count} dias desde o último 1:1',
  },
  [M['overview.gap']]: '{since}.',
  [M['overview.gapWarning']]: '⚠ {since}: mais de duas semanas.',
  [M['overview.gapStrong']]: '⚠ {since}: mais de quatro semanas.',
  [M['overview.nothingMine']]: 'Nada em aberto para você',
  [M['overview.openMine']]: '{count} em aberto para você',
  [M['overview.forThem']]: '{count} para {name}',
  [M['overview.forThemUnnamed']]: '{count} para a outra pessoa',
  [M['overview.forOthers']]: '{count} para outras pessoas',
  [M['overview.overdue']]: ' · {count} em atraso',
  [P['overview.reading']]: {
    one: 'Documentos lidos: {done} de {count}…',
    many: 'Documentos lidos: {done} de {count}…',
    other: 'Documentos lidos: {done} de {count}…',
  },
  [M['overview.readingStart']]: 'Lendo seus documentos…',
  [P['overview.read']]: {
    one: 'Documentos lidos: {done} de {count}.',
    many: 'Documentos lidos: {done} de {count}.',
    other: 'Documentos lidos: {done} de {count}.',
  },
  [M['overview.failure']]: '{title}: {message}',
  [M['overview.refreshed']]: 'Atualizado: {when}.',
  [M['overview.asLastRead']]:
    'Conforme a última leitura de cada documento. “Atualizar tudo” lê todos os documentos de novo; pode levar um minuto.',
  [M['overview.refreshAll']]: 'Atualizar tudo',
  [M['overview.youOwe']]: 'Seus itens em aberto',
  [M['overview.yourDocs']]: 'Seus documentos de 1:1',
  [M['overview.noDocs']]: 'Nenhum documento vinculado ainda: abra um documento de 1:1 e vincule-o à série dele.',
  [M['overview.nothingOwed']]: 'Nada em aberto para você.',
  [M['overview.leftOut']]: 'Não exibidos: {count}. Abra os documentos correspondentes.',
  [M['overview.inDoc']]: 'em {title}',
  [M['overview.with']]: 'Com {name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]:
    'Algo deu errado, e talvez a operação não tenha sido concluída. Tente novamente daqui a pouco.',
  [M['error.google']]: 'Algo deu errado no Google (um erro temporário). Tente novamente daqui a pouco.',
  [M['error.network']]: 'Não foi possível acessar o Google: verifique sua conexão e tente novamente.',
  [M['error.unknown']]: 'Algo deu errado. Tente novamente.',
  [M['error.authorization']]:
    'O Google pede que você autorize o 1:1 Companion de novo: recarregue o documento e abra a barra lateral pelo menu “Extensões”.',
  [M['error.storeFull']]:
    'Seu armazenamento do 1:1 Companion está cheio (500 KB somando todos os seus documentos). Exclua alguns pontos privados ou desvincule documentos que você não usa mais.',
  [M['error.docGone']]: 'Este documento foi excluído, ou você não consegue mais abri-lo.',
  [M['error.docForbidden']]: 'Você não pode mais editar este documento: peça acesso ao proprietário.',
  [M['error.docKeptChanging']]:
    'O documento não parava de mudar enquanto o complemento escrevia nele. Nada foi alterado; tente novamente daqui a pouco.',
  [M['error.notesTabGone']]:
    'A guia com as anotações do 1:1 foi excluída, e nenhuma outra guia as contém, então nada foi escrito. Vincule o documento de novo para começar na primeira guia.',
  [M['error.notYourDoc']]: 'Esse documento não é um dos seus documentos de 1:1 vinculados, então nada foi escrito.',
  [M['error.privateListFull']]: 'Sua lista privada está cheia. Adicione alguns pontos à pauta ou exclua-os primeiro.',
  [M['error.noUpcoming']]: 'Não há nenhum 1:1 futuro na agenda ao qual adicionar isto.',
  [M['error.sectionMissing']]: 'A seção da próxima reunião não foi encontrada no documento, então nada foi adicionado.',
  [M['error.suggestionInTheWay']]:
    'Nada foi adicionado: alguém sugeriu uma alteração em “{heading}”, e o complemento nunca escreve dentro de uma sugestão. Aceite ou rejeite a sugestão no documento e adicione de novo.',
  [M['error.typeTheirName']]: 'Digite o nome: este documento não está vinculado a um 1:1 entre você e outra pessoa.',
  [M['error.eventDeleted']]: 'Esse evento foi excluído. Escolha seu 1:1 recorrente atual.',
  [M['error.eventNotRecurring']]: '“{title}” não se repete. Escolha seu 1:1 recorrente.',
  [M['error.pointGone']]: 'Esse ponto já não existia.',
  [M['invalid.argument']]:
    'Esta barra lateral enviou algo que o complemento não consegue usar, então nada foi alterado: feche-a e abra de novo.',
  [M['invalid.chooseEvent']]: 'Escolha um evento recorrente para vincular.',
  [M['invalid.unknownKey']]: 'Opção desconhecida: {name}.',
  [M['invalid.outOfDate']]: 'Esta barra lateral está desatualizada, então nada foi alterado: feche-a e abra de novo.',
  [M['invalid.owner']]:
    'O responsável precisa ser “Eu”, “A outra pessoa” ou um nome feito de letras (no máximo {count} caracteres).',
  [M['invalid.due']]: 'O prazo precisa ser uma data.',
  [M['invalid.lead']]: 'A antecedência precisa ser um número inteiro de horas entre {min} e {max}.',
  [M['invalid.position']]: 'Escolha onde entram as novas seções: no início ou no fim do documento.',
  [M['invalid.template']]: 'Escolha um dos modelos oferecidos.',
  [M['invalid.dateFormat']]: 'Escolha um dos formatos de data oferecidos.',
  [M['invalid.notesLanguage']]: 'Escolha um dos idiomas oferecidos para as anotações.',
  [M['invalid.empty']]: 'Está vazio, então nada foi adicionado.',
  [M['invalid.tooLong']]: 'Está longo demais: no máximo {count} caracteres.',
  [M['run.added']]: 'Seção “{heading}” adicionada.',
  [M['run.adopted']]: '“{heading}” agora é a seção desta reunião, com o que faltava adicionado.',
  [M['run.adoptedToday']]: '“{heading}” agora é a seção de hoje, com o que faltava adicionado.',
  [M['run.adoptedRedated']]:
    '“{heading}” agora é a seção desta reunião, com a nova data “{redated}” e com o que faltava adicionado.',
  [M['run.adoptedLeft']]:
    '“{heading}” agora é a seção desta reunião ({day}; título mantido como vocês escreveram), com o que faltava adicionado.',
  [M['run.movedLeft']]: 'Uma reunião foi remarcada para {day} (título mantido como vocês escreveram).',
  [M['run.noUpcoming']]: 'Nenhum 1:1 nos próximos dois meses.',
  [M['run.alreadyIn']]: 'A seção do próximo 1:1 já está no documento.',
  [M['run.todayAlreadyIn']]: 'A seção de hoje já está no documento.',
  [M['run.upToDate']]: 'Em dia.',
  [M['run.seriesEnded']]:
    'A série “{title}” terminou. Vincule este documento ao seu próximo 1:1 recorrente para continuar.',
  [M['run.docGone']]:
    'Este documento foi excluído ou não pode mais ser aberto, então a preparação automática dele foi interrompida.',
  [M['run.docForbidden']]:
    'Você não pode mais editar este documento, então a preparação automática dele foi interrompida. Peça acesso de edição e vincule de novo.',
  [M['run.notLinked']]: 'Este documento não está vinculado a uma série da agenda. Vincule-o pela barra lateral.',
  [M['run.openSidebar']]:
    'Abra a barra lateral neste documento uma vez: o complemento precisa ler o vínculo de novo antes de preparar seções aqui.',
  [M['run.unlinkedByOther']]:
    'A outra pessoa desvinculou este documento da série para vocês dois, então ele não é mais preparado. Vincule-o de novo pela barra lateral para recomeçar.',
  [M['run.linkedElsewhere']]:
    'Este documento foi vinculado de novo a uma série que não está na sua agenda, então nada foi escrito. Abra a barra lateral nele para verificar o vínculo.',
  [M['run.linkUnreadable']]:
    'Não foi possível ler o vínculo salvo neste documento, então nada foi escrito. Abra a barra lateral nele uma vez para corrigi-lo.',
  [M['run.needsPermission']]:
    'Esta versão do 1:1 Companion precisa de uma permissão que você ainda não concedeu. Abra a barra lateral uma vez para permitir; até lá, as seções não são adicionadas automaticamente.',
  [M['calendar.eventGone']]:
    'O evento do 1:1 vinculado foi excluído, ou você não tem mais acesso a ele. Vincule o documento à série atual de novo.',
  [M['calendar.forbidden']]:
    'O Google Agenda recusou o acesso ao evento do 1:1 vinculado. Verifique se você ainda está convidado e vincule de novo.',
  [M['calendar.busy']]:
    'O Google Agenda está ocupado ou limitando as solicitações agora; o complemento vai tentar de novo dentro de uma hora.',
  [M['calendar.noAnswer']]: 'O Google Agenda não respondeu; o complemento vai tentar de novo dentro de uma hora.',
  [M['calendar.syncExpired']]: 'O registro de mudanças da agenda expirou; o complemento leu a agenda inteira de novo.',
  [M['calendar.paging']]:
    'O Google Agenda enviou mais páginas do que um 1:1 precisa; o complemento vai tentar de novo dentro de uma hora.',
  [M['calendar.unreadable']]:
    'Não foi possível ler o Google Agenda; o complemento vai tentar de novo dentro de uma hora.',
  [M['trigger.noHourly']]:
    'O Google não permitiu que o complemento configurasse a verificação de hora em hora para você, então as seções não são adicionadas automaticamente aqui: use “Preparar agora” antes de cada 1:1.',
  [M['trigger.hourlyOnly']]:
    'As mudanças na agenda são verificadas de hora em hora, e não imediatamente: o Google não permite que um complemento do Documentos Google monitore uma agenda.',
  [M['conflict.done']]:
    'Esse item foi marcado como concluído no documento dele desde a última leitura aqui, então nada foi alterado. O que você vê agora é a situação atual.',
  [M['conflict.reopened']]:
    'Esse item foi reaberto no documento dele desde a última leitura aqui, então nada foi alterado. O que você vê agora é a situação atual.',
  [M['conflict.dropped']]:
    'Esse item foi descartado no documento dele desde a última leitura aqui, então nada foi alterado. O que você vê agora é a situação atual.',
  [M['conflict.gone']]:
    'Esse item foi editado ou excluído no documento dele desde a última leitura aqui, então nada foi alterado. O que você vê agora é a situação atual.',
  [M['conflict.copy']]:
    'Uma cópia desse item mudou no documento dele desde a última leitura aqui, então nada foi alterado. O que você vê agora é a situação atual.',
  [M['conflict.suggested']]:
    'Alguém sugeriu uma alteração nesse item no documento dele, então nada foi alterado: aceite ou rejeite a sugestão lá primeiro.',
  [M['notice.settingsReset']]: 'Algumas configurações deste documento não puderam ser lidas e voltaram ao padrão.',
  [M['notice.linkReset']]:
    'O vínculo deste documento com a série da agenda não pôde ser lido e foi removido: vincule o documento de novo.',
  [M['notice.notesAside']]:
    'Não foi possível ler seus pontos privados deste documento: a cópia ilegível foi guardada à parte, e uma nova lista foi iniciada.',
  [M['notice.tabMissing']]:
    'A guia com suas anotações foi excluída: vincule o documento de novo para começar na primeira guia.',
  [M['notice.templateSettled']]:
    '“{used}” foi usado em uma seção, como previsto; as novas seções voltam a usar “{current}”.',
  [M['overview.notReadYet']]: 'Ainda não lido: abra o documento ou clique em “Atualizar tudo”.',
  [M['overview.unreadable']]:
    'Ainda não lido: não foi possível ler o seu registro dele. Abra o documento uma vez ou aguarde a próxima execução automática.',
  [M['overview.unlinkedHere']]: 'A outra pessoa desvinculou este documento para vocês dois: ele saiu da sua lista.',
  [M['common.sentenceGap']]: ' ',
  [M['overview.untitled']]: 'Um documento de 1:1',
  [P['run.redated']]: {
    one: '{count} reunião remarcada recebeu a nova data.',
    many: '{count} de reuniões remarcadas receberam a nova data.',
    other: '{count} reuniões remarcadas receberam a nova data.',
  },
  [P['run.cancelled']]: {
    one: '{count} reunião marcada como cancelada.',
    many: '{count} de reuniões marcadas como canceladas.',
    other: '{count} reuniões marcadas como canceladas.',
  },
  [P['notice.privateKept']]: {
    one: 'Seu ponto privado deste documento fica guardado no seu próprio armazenamento até você excluí-lo.',
    many: 'Seus pontos privados ({count}) deste documento ficam guardados no seu próprio armazenamento até você excluí-los.',
    other:
      'Seus pontos privados ({count}) deste documento ficam guardados no seu próprio armazenamento até você excluí-los.',
  },
  [P['cadence.noneHeld']]: {
    one: 'Nenhum 1:1 foi realizado no último dia.',
    many: 'Nenhum 1:1 foi realizado nos últimos {count} de dias.',
    other: 'Nenhum 1:1 foi realizado nos últimos {count} dias.',
  },
  [P['cadence.gap']]: {
    one: 'Já faz {count} dia desde o seu último 1:1: mais de duas semanas. Prefira remarcar uma reunião a cancelá-la.',
    many: 'Já faz {count} de dias desde o seu último 1:1: mais de duas semanas. Prefira remarcar uma reunião a cancelá-la.',
    other:
      'Já faz {count} dias desde o seu último 1:1: mais de duas semanas. Prefira remarcar uma reunião a cancelá-la.',
  },
};
