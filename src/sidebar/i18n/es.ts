// The sidebar's words in Spanish, with "tú" as Google Docs speaks to its Spanish users; key for key as en.ts.
import type { Catalog } from './en';
import { M, P } from './keys';

export const es: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: 'Cargando…',
  [M['common.saving']]: 'Guardando…',
  [M['common.tryAgain']]: 'Volver a intentarlo',
  [M['common.refresh']]: 'Actualizar',
  [M['common.refreshing']]: 'Actualizando…',
  [M['common.cancel']]: 'Cancelar',
  [M['common.add']]: 'Añadir',
  [M['common.adding']]: 'Añadiendo…',
  [M['common.done']]: 'Hecho',
  [M['common.drop']]: 'Descartar',
  [M['common.dropping']]: 'Descartando…',
  [M['common.keep']]: 'Mantener',
  [M['common.delete']]: 'Eliminar',
  [M['common.turningOn']]: 'Activando…',
  [M['common.doneAbout']]: 'Hecho: {text}',
  [M['common.dropAbout']]: 'Descartar: {text}',
  [M['common.keepAbout']]: 'Mantener: {text}',
  [M['common.deleteAbout']]: 'Eliminar: {text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: 'vence el {date}',
  [M['common.from']]: 'del {date}',
  [M['common.moreNotShown']]: 'Sin mostrar: {count}',
  [M['common.lastKnown']]: 'Última actualización: {when}.',
  [M['common.lastKnownRefreshing']]: 'Última actualización: {when}. Actualizando…',
  [M['common.lastKnownCut']]: '{asOf} Hasta entonces, las listas y los textos largos aparecen recortados.',
  [M['common.lastKnownFailed']]: 'Última actualización: {when}. No se ha podido actualizar. {error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'El servidor no ha respondido. Vuelve a intentarlo.',
  [M['rpc.noFunction']]: 'El complemento no tiene ninguna función de servidor llamada {name}.',

  // ——— Forms ———
  [M['field.count']]: '{length} de {limit} caracteres',
  [M['field.countOver']]: '{length} de {limit} caracteres: sobran {extra}',
  [M['field.tooLong']]: 'Tiene {length} caracteres y el límite es {limit}. Acórtalo y vuelve a añadirlo.',

  // ——— Automation ———
  [M['automation.off']]:
    'La preparación automática está desactivada en todos tus documentos de 1:1: no se añadirá ninguna sección antes de tus reuniones.',
  [M['automation.lastRan']]:
    'La preparación automática se ejecutó por última vez {ago}: puede que no se añadan secciones antes de tus reuniones.',
  [M['automation.notRun']]:
    'La preparación automática lleva horas sin ejecutarse: puede que no se añadan secciones antes de tus reuniones.',
  [M['automation.turnBackOn']]: 'Volver a activarla',
  [M['automation.onAgain']]: 'La preparación automática vuelve a estar activada.',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: 'Preparación automática',
  [M['setup.linkedButOff']]:
    'Este documento está vinculado a «{title}», pero tienes la preparación automática desactivada.',
  [M['setup.turnOnWhy']]:
    'Actívala para que la sección de cada reunión esté lista antes de que empiece, tanto si la otra persona abre el documento como si no.',
  [M['setup.turnOn']]: 'Activar',
  [M['setup.linkAnother']]: 'Vincular otra serie',
  [M['setup.linkTitle']]: 'Vincula tu 1:1',
  [M['setup.intro']]:
    'Elige tu 1:1 periódico. Antes de cada reunión, aparecerá en este documento una sección con la fecha y las tareas pendientes de la última vez.',
  [M['setup.link']]: 'Vincular',
  [M['setup.linking']]: 'Vinculando…',
  [M['setup.next']]: 'Próxima: {when}',
  [M['setup.loadingSeries']]: 'Cargando tus eventos periódicos…',
  [M['setup.calendarUnreadable']]: 'No se ha podido leer tu calendario.',
  [M['setup.legend']]: 'Tu 1:1 periódico',
  [M['setup.noPairs']]:
    'Ninguno de tus eventos periódicos tiene exactamente dos personas. Muestra todos los eventos periódicos para elegir otro.',
  [M['setup.noSeries']]:
    'No hay eventos periódicos en tu calendario en los próximos dos meses. Crea el 1:1 periódico en Google Calendar y, después, actualiza.',
  [M['setup.showAll']]: 'Mostrar todos los eventos periódicos',
  [M['setup.with.none']]: 'Sin más invitados',
  [M['setup.with.onlyYou']]: 'Solo tú',
  [M['setup.with.one']]: 'Con {name}',
  [M['setup.with.two']]: 'Con {first} y {second}',
  [P['setup.with.many']]: {
    one: 'Con {first} y {count} persona más',
    many: 'Con {first} y {count} de personas más',
    other: 'Con {first} y {count} personas más',
  },
  [M['setup.chooseFirst']]: 'Primero elige tu 1:1 periódico.',
  [M['setup.linkedTo']]: 'Vinculado a «{title}».',
  [M['setup.linked']]: 'Vinculado.',
  [M['setup.onForYou']]: 'La preparación automática está activada para ti.',

  // ——— Next 1:1 ———
  [M['next.title']]: 'Próximo 1:1',
  [M['next.prepare']]: 'Preparar ahora',
  [M['next.preparing']]: 'Preparando…',
  [M['next.notLinked']]:
    'Este documento aún no está vinculado a tu 1:1 periódico. «Preparar ahora» añade la sección de hoy ({today}). Cuando lo vincules, la sección más reciente añadida así desde tu último 1:1 pasará a ser la de tu próxima reunión, con su fecha; las anteriores se quedan como están.',
  [M['next.ended']]: 'Esta serie ha terminado y no se ha encontrado ninguna serie nueva con las mismas personas.',
  [M['next.linkNew']]: 'Vincular la nueva serie',
  [M['next.unreadable']]: 'Ahora mismo no se puede leer el evento del calendario: consulta «Estado» más abajo.',
  [M['next.none']]: 'No hay ninguna reunión próxima en esta serie.',
  [M['next.cancelledMark']]: ' · cancelada',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'Esta reunión está cancelada. Plantéate moverla a otro momento: los 1:1 que se saltan acaban pasando factura.',
  [M['next.reschedule']]: 'Cambiar la fecha en Google Calendar',
  [M['next.openCalendar']]: 'Abrir en Google Calendar',
  [M['next.note.todayInserted']]: 'La sección de hoy ya está en el documento.',
  [M['next.note.todayThere']]: 'La sección de hoy ya estaba en el documento.',
  [M['next.note.inserted']]: 'La sección ya está en el documento.',
  [M['next.note.there']]: 'No hay nada que añadir: la sección ya estaba.',
  [M['next.note.done']]: 'Listo.',

  // ——— Commitments ———
  [M['commitments.title']]: 'De la última vez',
  [M['commitments.titleOn']]: 'De la última vez ({date})',
  [M['commitments.nativeHint']]:
    'Los complementos no pueden leer las casillas de verificación del documento. Para marcar una tarea, márcala aquí o pon ☑ delante de ella en el documento.',
  [M['commitments.gotIt']]: 'Entendido',
  [M['commitments.none']]: 'No hay tareas de la última vez.',
  [M['commitments.noEarlier']]: 'Todavía no hay ninguna reunión anterior en este documento.',
  [M['commitments.showAll']]: 'Mostrar las {all} (pendientes: {open})',
  [M['commitments.new']]: 'Nuevo esta vez',
  [M['commitments.open']]: 'Pendientes: {count}',
  [M['commitments.done']]: 'Hechas: {count}',
  [M['commitments.dropped']]: 'Descartadas: {count}',
  [M['commitments.droppedMark']]: 'descartada',
  [M['commitments.overdue']]: '{due}, {ago}',
  [P['commitments.carried']]: {
    one: 'trasladada una vez',
    many: 'trasladada {count} de veces',
    other: 'trasladada {count} veces',
  },
  [M['commitments.owner']]: '{owner}: ',
  [M['commitments.stillOn']]: '¿Sigue en pie?',
  [M['commitments.stillOnAbout']]: '¿Sigue en pie: {text}?',

  // ——— Agenda ———
  [M['agenda.title']]: 'Agenda',
  [M['agenda.owner.me']]: 'Yo',
  [M['agenda.owner.them']]: 'La otra persona',
  [M['agenda.owner.other']]: 'Alguien más…',
  [M['agenda.suggested']]: 'Preguntas sugeridas',
  [M['agenda.nudge']]: 'Añade tus temas para el {weekday}',
  [M['agenda.nudgeNoDay']]: 'Añade tus temas para el próximo 1:1',
  [M['agenda.newTopic']]: 'Nuevo tema de la agenda',
  [M['agenda.topicPlaceholder']]: 'Añade un tema',
  [M['agenda.noTopics']]: 'Aún no hay temas. Lo que añadas irá a la sección de la próxima reunión.',
  [M['agenda.addAction']]: 'Añadir una tarea',
  [M['agenda.actionItem']]: 'Tarea',
  [M['agenda.owner']]: 'Responsable',
  [M['agenda.ownerName']]: 'Nombre del responsable',
  [M['agenda.dueDate']]: 'Fecha límite (opcional)',
  [M['agenda.addActionButton']]: 'Añadir tarea',
  [M['agenda.typeTopic']]: 'Primero escribe un tema.',
  [M['agenda.typeAction']]: 'Primero escribe la tarea.',
  [M['agenda.typeOwnerName']]: 'Primero escribe el nombre del responsable.',
  [M['agenda.needOwner']]: 'Escribe el nombre del responsable o elige «Yo» o «La otra persona».',
  [M['agenda.badDue']]: 'La fecha límite no es una fecha válida.',
  [M['agenda.actionAdded']]: 'Añadida a las tareas: «{text}». Aparece en «Nuevo esta vez».',

  // ——— Private talking points ———
  [M['private.title']]: 'Temas privados',
  [M['private.intro']]: 'Solo tú puedes verlos. No pasan al documento hasta que añades uno a la agenda.',
  [M['private.share']]: 'Añadir a la agenda',
  [M['private.shareAbout']]: 'Añadir a la agenda: {text}',
  [M['private.newPoint']]: 'Nuevo tema privado',
  [M['private.placeholder']]: 'Añade un tema privado',
  [M['private.typePoint']]: 'Primero escribe un tema.',
  [M['private.shared']]: 'Añadido a la agenda: ya está en el documento.',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: 'Frecuencia',
  [M['cadence.none']]: 'Ningún 1:1 en los últimos 90 días.',
  [M['cadence.last']]: 'Último 1:1: {ago}.',
  [M['cadence.held']]: 'Celebrados',
  [M['cadence.moved']]: 'Movidos',
  [M['cadence.cancelled']]: 'Cancelados',
  [M['cadence.span']]: 'En los últimos 90 días',
  [M['cadence.spanSentence']]: 'En los últimos 90 días.',
  [M['privacy.title']]: 'Quién puede abrir este documento',
  [M['privacy.checkAgain']]: 'Volver a comprobar',
  [M['privacy.checking']]: 'Comprobando…',
  [M['privacy.checkedNow']]: 'Comprobado ahora mismo.',
  [M['privacy.checked']]: 'Comprobado {ago}.',
  [M['privacy.onlyYouTwo']]: 'Nadie más que tú y la otra persona puede abrir este documento.',
  [P['privacy.besidesYouTwo']]: {
    one: 'Además de ti y la otra persona, {count} persona más puede abrir este documento.',
    many: 'Además de ti y la otra persona, {count} de personas más pueden abrir este documento.',
    other: 'Además de ti y la otra persona, {count} personas más pueden abrir este documento.',
  },
  [M['privacy.keep']]: '{besides} Guarda las notas delicadas en tus temas privados.',
  [M['privacy.notOneOnOne']]: 'Esta serie tiene {attendees} asistentes, así que no es un 1:1. {who}',
  [M['privacy.onlyYou']]:
    'Hoy solo tú puedes abrir este documento; cualquier otro invitado podrá leerlo cuando se comparta con él.',
  [M['privacy.onlyPair']]:
    'Hoy solo pueden abrir este documento tú y el organizador; cualquier otro invitado podrá leerlo cuando se comparta con él.',
  [P['privacy.besidesYou']]: {
    one: 'Además de ti, {count} persona más puede abrir este documento.',
    many: 'Además de ti, {count} de personas más pueden abrir este documento.',
    other: 'Además de ti, {count} personas más pueden abrir este documento.',
  },
  [P['privacy.besidesPair']]: {
    one: 'Además de ti y del organizador, {count} persona más puede abrir este documento.',
    many: 'Además de ti y del organizador, {count} de personas más pueden abrir este documento.',
    other: 'Además de ti y del organizador, {count} personas más pueden abrir este documento.',
  },

  // ——— Status ———
  [M['status.title']]: 'Estado',
  [M['status.on']]: 'La preparación automática está activada. Se añade una sección antes de cada reunión.',
  [M['status.onLead']]: 'La preparación automática está activada. Se añade una sección {lead} antes de cada reunión.',
  [M['status.nothingYet']]: 'Todavía no se ha ejecutado nada.',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: 'Comprobación horaria',
  [M['status.trigger.calendar']]: 'Cambio en el calendario',
  [M['status.trigger.prepareNow']]: 'Preparar ahora',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'Sección añadida',
  [M['status.outcome.nothing']]: 'Nada que hacer',
  [M['status.outcome.error']]: 'Error',
  [M['status.upToDate']]: 'Al día',
  [M['status.addedSection']]: 'Sección del {weekday} añadida a las {time}',
  [M['status.updatedDoc']]: 'Documento actualizado a las {time}: {message}',
  [M['status.sinceSentence']]: '{line} Al día desde entonces.',
  [M['status.sinceLine']]: '{line} · al día desde entonces.',
  [M['status.beforeSentence']]: 'Antes: {line}',
  [M['status.beforeLine']]: 'Antes: {line}.',
  [M['status.nextCancelled']]: 'El próximo 1:1, {when}, está cancelado.',
  [M['status.next']]: 'Próximo 1:1: {when}.',

  // ——— Settings ———
  [M['settings.title']]: 'Configuración',
  [M['settings.shared']]: 'Es común para los dos: se aplica a este documento.',
  [M['settings.save']]: 'Guardar configuración',
  [M['settings.saved']]: 'Configuración guardada.',
  [M['settings.unchanged']]: 'No ha cambiado nada.',
  [M['settings.lead']]: 'Preparar cada sección',
  [M['settings.leadBefore']]: '{lead} antes',
  [M['settings.position']]: 'Dónde van las secciones nuevas',
  [M['settings.template']]: 'Plantilla',
  [M['settings.date']]: 'Fecha del encabezado',
  [M['settings.language']]: 'Idioma de las notas',
  [M['settings.languageHelp']]:
    'Las secciones nuevas, sus encabezados y sugerencias se escriben en este idioma. Las notas en cualquiera de estos idiomas se leen igualmente.',
  [M['notice.dateReadAs']]:
    '«{date}» se lee en este Doc como {iso}, tal como se escriben las fechas en {locale}. Si no es correcto, cambia el idioma de las notas en Configuración.',
  [M['settings.position.newest-first']]: 'Arriba, al principio del documento',
  [M['settings.position.oldest-first']]: 'Abajo, al final del documento',
  [M['settings.template.default']]: '1:1 habitual',
  [M['settings.template.first']]: 'Primer 1:1',
  [M['settings.template.career']]: 'Conversación sobre carrera profesional',
  [M['settings.template.like-last']]: 'Como nuestra última sección',
  [P['settings.lead.hours']]: { one: '{count} hora', many: '{count} de horas', other: '{count} horas' },
  [P['settings.lead.days']]: { one: '{count} día', many: '{count} de días', other: '{count} días' },
  [M['settings.unlinkAsk']]:
    '¿Desvincular este documento para los dos? Ninguno recibirá secciones nuevas automáticamente hasta que uno de los dos lo vuelva a vincular. El documento y todas sus notas se quedan como están.',
  [M['settings.unlinkBoth']]: 'Desvincular para los dos',
  [M['settings.stopAlone']]: 'Detenerla solo te afecta a ti: la preparación automática de la otra persona continúa.',
  [M['settings.stopForMe']]: 'Detener la preparación automática para mí',
  [M['settings.unlinkStart']]: 'Desvincular este documento de la serie…',
  [M['settings.unlinking']]: 'Desvinculando…',
  [M['settings.stopping']]: 'Deteniendo…',
  [M['settings.unlinkedFrom']]: 'Desvinculado de «{title}» para los dos. El documento conserva todas sus notas.',
  [M['settings.unlinked']]: 'Desvinculado para los dos. El documento conserva todas sus notas.',
  [M['settings.stopped']]:
    'La preparación automática está desactivada para ti. El documento sigue vinculado y la preparación de la otra persona continúa.',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'Todos mis 1:1',
  [M['overview.backToDoc']]: '← Este documento',
  [M['overview.age.today']]: 'de hoy',
  [P['overview.age.days']]: {
    one: 'de hace {count} día',
    many: 'de hace {count} de días',
    other: 'de hace {count} días',
  },
  [P['overview.age.weeks']]: {
    one: 'de hace {count} semana',
    many: 'de hace {count} de semanas',
    other: 'de hace {count} semanas',
  },
  [P['overview.age.months']]: {
    one: 'de hace {count} mes',
    many: 'de hace {count} de meses',
    other: 'de hace {count} meses',
  },
  [P['overview.age.years']]: {
    one: 'de hace {count} año',
    many: 'de hace {count} de años',
    other: 'de hace {count} años',
  },
  [P['overview.overdueBy']]: {
    one: 'con {count} día de retraso',
    many: 'con {count} de días de retraso',
    other: 'con {count} días de retraso',
  },
  [M['overview.for']]: 'para el {date}',
  [M['overview.noNext']]: 'No hay ningún próximo 1:1 en el calendario.',
  [M['overview.nextCancelled']]: 'Próximo 1:1: {when}, cancelado.',
  [M['overview.next']]: 'Próximo 1:1: {when}.',
  [M['overview.nextSoon']]: 'Próximo 1:1: {when}, {soon}.',
  [M['overview.nextMoved']]: 'Próximo 1:1, movido: {when}.',
  [M['overview.nextMovedSoon']]: 'Próximo 1:1, movido: {when}, {soon}.',
  [M['overview.lastToday']]: 'El último 1:1 fue hoy',
  [P['overview.since']]: {
    one: '{count} día desde el último 1:1',
    many: '{count} de días desde el último 1:1',
    other: '{count} días desde el último 1:1',
  },
  [M['overview.gap']]: '{since}.',
  [M['overview.gapWarning']]: '⚠ {since}: más de dos semanas.',
  [M['overview.gapStrong']]: '⚠ {since}: más de cuatro semanas.',
  [M['overview.nothingMine']]: 'Nada pendiente para ti',
  [M['overview.openMine']]: 'Pendientes para ti: {count}',
  [M['overview.forThem']]: 'Para {name}: {count}',
  [M['overview.forThemUnnamed']]: 'Para la otra persona: {count}',
  [M['overview.forOthers']]: 'Para otras personas: {count}',
  [M['overview.overdue']]: ' · vencidas: {count}',
  [P['overview.reading']]: {
    one: 'Documentos leídos: {done} de {count}…',
    many: 'Documentos leídos: {done} de {count}…',
    other: 'Documentos leídos: {done} de {count}…',
  },
  [M['overview.readingStart']]: 'Leyendo tus documentos…',
  [P['overview.read']]: {
    one: 'Documentos leídos: {done} de {count}.',
    many: 'Documentos leídos: {done} de {count}.',
    other: 'Documentos leídos: {done} de {count}.',
  },
  [M['overview.failure']]: '{title}: {message}',
  [M['overview.refreshed']]: 'Actualizado: {when}.',
  [M['overview.asLastRead']]:
    'Según la última lectura de cada documento. «Actualizar todo» vuelve a leerlos todos; puede tardar un minuto.',
  [M['overview.refreshAll']]: 'Actualizar todo',
  [M['overview.youOwe']]: 'Tus tareas pendientes',
  [M['overview.yourDocs']]: 'Tus documentos de 1:1',
  [M['overview.noDocs']]: 'Todavía no hay ningún documento vinculado: abre un documento de 1:1 y vincúlalo a su serie.',
  [M['overview.nothingOwed']]: 'No tienes nada pendiente.',
  [M['overview.leftOut']]: 'Sin mostrar: {count}. Abre sus documentos para verlas.',
  [M['overview.inDoc']]: 'en {title}',
  [M['overview.with']]: 'Con {name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]: 'Algo ha fallado y puede que no se haya completado. Vuelve a intentarlo en un momento.',
  [M['error.google']]: 'Algo ha fallado en Google (un error temporal). Vuelve a intentarlo en un momento.',
  [M['error.network']]: 'No se ha podido conectar con Google: comprueba tu conexión y vuelve a intentarlo.',
  [M['error.unknown']]: 'Algo ha fallado. Vuelve a intentarlo.',
  [M['error.authorization']]:
    'Google te pide que vuelvas a autorizar 1:1 Companion: vuelve a cargar el documento y abre la barra lateral desde el menú «Extensiones».',
  [M['error.storeFull']]:
    'Tu almacenamiento de 1:1 Companion está lleno (500 KB entre todos tus documentos). Elimina algunos temas privados o desvincula los documentos que ya no uses.',
  [M['error.docGone']]: 'Este documento se ha eliminado o ya no puedes abrirlo.',
  [M['error.docForbidden']]: 'Ya no puedes editar este documento: pide acceso a su propietario.',
  [M['error.docKeptChanging']]:
    'El documento no dejaba de cambiar mientras el complemento escribía en él. No se ha cambiado nada; vuelve a intentarlo en un momento.',
  [M['error.notesTabGone']]:
    'Se ha eliminado la pestaña en la que estaban tus notas del 1:1 y ninguna otra pestaña las contiene, así que no se ha escrito nada. Vuelve a vincular el documento para empezar en su primera pestaña.',
  [M['error.notYourDoc']]:
    'Ese documento no es uno de tus documentos de 1:1 vinculados, así que no se ha escrito nada.',
  [M['error.privateListFull']]: 'Tu lista privada está llena. Primero añade algunos temas a la agenda o elimínalos.',
  [M['error.noUpcoming']]: 'No hay ningún 1:1 próximo en el calendario al que añadir esto.',
  [M['error.sectionMissing']]:
    'No se ha encontrado en el documento la sección de la próxima reunión, así que no se ha añadido nada.',
  [M['error.suggestionInTheWay']]:
    'No se ha añadido nada: alguien ha sugerido un cambio en «{heading}» y el complemento nunca escribe dentro de una sugerencia. Acéptala o recházala en el documento y vuelve a añadirlo.',
  [M['error.typeTheirName']]: 'Escribe el nombre: este documento no está vinculado a un 1:1 entre tú y otra persona.',
  [M['error.eventDeleted']]: 'Ese evento se ha eliminado. Elige tu 1:1 periódico actual.',
  [M['error.eventNotRecurring']]: '«{title}» no se repite. Elige tu 1:1 periódico.',
  [M['error.pointGone']]: 'Ese tema ya no estaba.',
  [M['invalid.argument']]:
    'Esta barra lateral ha enviado algo que el complemento no puede usar, así que no se ha cambiado nada: ciérrala y vuelve a abrirla.',
  [M['invalid.chooseEvent']]: 'Elige un evento periódico para vincularlo.',
  [M['invalid.unknownKey']]: 'Opción desconocida: {name}.',
  [M['invalid.outOfDate']]:
    'Esta barra lateral está desactualizada, así que no se ha cambiado nada: ciérrala y vuelve a abrirla.',
  [M['invalid.owner']]:
    'El responsable tiene que ser «Yo», «La otra persona» o un nombre formado por letras ({count} caracteres como máximo).',
  [M['invalid.due']]: 'La fecha límite tiene que ser una fecha.',
  [M['invalid.lead']]: 'La antelación tiene que ser un número entero de horas entre {min} y {max}.',
  [M['invalid.position']]: 'Elige dónde van las secciones nuevas: al principio o al final del documento.',
  [M['invalid.template']]: 'Elige una de las plantillas disponibles.',
  [M['invalid.dateFormat']]: 'Elige uno de los formatos de fecha disponibles.',
  [M['invalid.notesLanguage']]: 'Elige uno de los idiomas disponibles para las notas.',
  [M['invalid.empty']]: 'Está vacío, así que no se ha añadido nada.',
  [M['invalid.tooLong']]: 'Es demasiado largo: {count} caracteres como máximo.',
  [M['run.added']]: 'Se ha añadido la sección «{heading}».',
  [M['run.adopted']]: '«{heading}» es ahora la sección de esta reunión y se le ha añadido lo que le faltaba.',
  [M['run.adoptedToday']]: '«{heading}» es ahora la sección de hoy y se le ha añadido lo que le faltaba.',
  [M['run.adoptedRedated']]:
    '«{heading}» es ahora la sección de esta reunión, con la nueva fecha «{redated}», y se le ha añadido lo que le faltaba.',
  [M['run.adoptedLeft']]:
    '«{heading}» es ahora la sección de esta reunión ({day}; el encabezado se ha dejado tal como estaba) y se le ha añadido lo que le faltaba.',
  [M['run.movedLeft']]: 'Una reunión se ha movido al {day} (el encabezado se ha dejado tal como estaba).',
  [M['run.noUpcoming']]: 'No hay ningún 1:1 en los próximos dos meses.',
  [M['run.alreadyIn']]: 'La sección del próximo 1:1 ya está en el documento.',
  [M['run.todayAlreadyIn']]: 'La sección de hoy ya está en el documento.',
  [M['run.upToDate']]: 'Al día.',
  [M['run.seriesEnded']]:
    'La serie «{title}» ha terminado. Vincula este documento a tu próximo 1:1 periódico para continuar.',
  [M['run.docGone']]:
    'Este documento se ha eliminado o ya no se puede abrir, así que se ha detenido su preparación automática.',
  [M['run.docForbidden']]:
    'Ya no puedes editar este documento, así que se ha detenido su preparación automática. Pide acceso de edición y vuelve a vincularlo.',
  [M['run.notLinked']]:
    'Este documento no está vinculado a ninguna serie del calendario. Vincúlalo desde la barra lateral.',
  [M['run.openSidebar']]:
    'Abre una vez la barra lateral en este documento: el complemento tiene que volver a leer su vínculo antes de poder preparar secciones aquí.',
  [M['run.unlinkedByOther']]:
    'La otra persona ha desvinculado este documento de la serie para los dos, así que ya no se prepara. Vuelve a vincularlo desde la barra lateral para empezar de nuevo.',
  [M['run.linkedElsewhere']]:
    'Este documento se ha vuelto a vincular a una serie que no está en tu calendario, así que no se ha escrito nada. Abre la barra lateral en él para comprobar el vínculo.',
  [M['run.linkUnreadable']]:
    'No se ha podido leer el vínculo guardado en este documento, así que no se ha escrito nada. Abre una vez la barra lateral en él para corregirlo.',
  [M['run.needsPermission']]:
    'Esta versión de 1:1 Companion necesita un permiso que aún no has concedido. Abre una vez la barra lateral para concederlo; hasta entonces, las secciones no se añadirán automáticamente.',
  [M['calendar.eventGone']]:
    'El evento del 1:1 vinculado se ha eliminado o ya no tienes acceso a él. Vuelve a vincular el documento a la serie actual.',
  [M['calendar.forbidden']]:
    'Google Calendar ha denegado el acceso al evento del 1:1 vinculado. Comprueba que sigues invitado y vuelve a vincularlo.',
  [M['calendar.busy']]:
    'Google Calendar está ocupado o limitando las solicitudes en este momento; el complemento volverá a intentarlo en menos de una hora.',
  [M['calendar.noAnswer']]:
    'Google Calendar no ha respondido; el complemento volverá a intentarlo en menos de una hora.',
  [M['calendar.syncExpired']]:
    'El registro de cambios del calendario ha caducado; el complemento ha vuelto a leer el calendario completo.',
  [M['calendar.paging']]:
    'Google Calendar ha enviado más páginas de las que necesita un 1:1; el complemento volverá a intentarlo en menos de una hora.',
  [M['calendar.unreadable']]:
    'No se ha podido leer Google Calendar; el complemento volverá a intentarlo en menos de una hora.',
  [M['trigger.noHourly']]:
    'Google no ha permitido que el complemento configure su comprobación horaria para ti, así que aquí las secciones no se añaden automáticamente: usa «Preparar ahora» antes de cada 1:1.',
  [M['trigger.hourlyOnly']]:
    'Los cambios del calendario se comprueban cada hora, no al momento: Google no permite que un complemento de Docs vigile un calendario.',
  [M['conflict.done']]:
    'Esa tarea se ha marcado como hecha en su documento desde la última vez que se leyó aquí, así que no se ha cambiado nada. Lo que ves ahora es su estado actual.',
  [M['conflict.reopened']]:
    'Esa tarea se ha vuelto a abrir en su documento desde la última vez que se leyó aquí, así que no se ha cambiado nada. Lo que ves ahora es su estado actual.',
  [M['conflict.dropped']]:
    'Esa tarea se ha descartado en su documento desde la última vez que se leyó aquí, así que no se ha cambiado nada. Lo que ves ahora es su estado actual.',
  [M['conflict.gone']]:
    'Esa tarea se ha editado o eliminado en su documento desde la última vez que se leyó aquí, así que no se ha cambiado nada. Lo que ves ahora es su estado actual.',
  [M['conflict.copy']]:
    'Una copia de esa tarea ha cambiado en su documento desde la última vez que se leyó aquí, así que no se ha cambiado nada. Lo que ves ahora es su estado actual.',
  [M['conflict.suggested']]:
    'Alguien ha sugerido un cambio en esa tarea en su documento, así que no se ha cambiado nada: primero acepta o rechaza allí la sugerencia.',
  [M['notice.settingsReset']]:
    'Parte de la configuración de este documento no se ha podido leer y se han restablecido los valores predeterminados.',
  [M['notice.linkReset']]:
    'No se ha podido leer el vínculo de este documento con su serie del calendario y se ha eliminado: vuelve a vincular el documento.',
  [M['notice.notesAside']]:
    'No se han podido leer tus temas privados de este documento: se ha guardado aparte la copia ilegible y se ha empezado una lista nueva.',
  [M['notice.tabMissing']]:
    'Se ha eliminado la pestaña en la que estaban tus notas: vuelve a vincular el documento para empezar en su primera pestaña.',
  [M['notice.templateSettled']]:
    'Se ha usado «{used}» para una sección, como estaba previsto; las secciones nuevas vuelven a usar «{current}».',
  [M['overview.notReadYet']]: 'Aún sin leer: ábrelo o pulsa «Actualizar todo».',
  [M['overview.unreadable']]:
    'Aún sin leer: no se ha podido leer tu registro de este documento. Ábrelo una vez o espera a la próxima ejecución automática.',
  [M['overview.unlinkedHere']]: 'La otra persona ha desvinculado este documento para los dos: ya no está en tu lista.',
  [M['common.sentenceGap']]: ' ',
  [M['overview.untitled']]: 'Un documento de 1:1',
  [P['run.redated']]: {
    one: 'Se ha cambiado la fecha de {count} reunión movida.',
    many: 'Se ha cambiado la fecha de {count} de reuniones movidas.',
    other: 'Se ha cambiado la fecha de {count} reuniones movidas.',
  },
  [P['run.cancelled']]: {
    one: 'Se ha marcado {count} reunión como cancelada.',
    many: 'Se han marcado {count} de reuniones como canceladas.',
    other: 'Se han marcado {count} reuniones como canceladas.',
  },
  [P['notice.privateKept']]: {
    one: 'Tu tema privado de este documento se guarda en tu propio almacenamiento hasta que lo elimines.',
    many: 'Tus temas privados ({count}) de este documento se guardan en tu propio almacenamiento hasta que los elimines.',
    other:
      'Tus temas privados ({count}) de este documento se guardan en tu propio almacenamiento hasta que los elimines.',
  },
  [P['cadence.noneHeld']]: {
    one: 'No se ha celebrado ningún 1:1 en el último día.',
    many: 'No se ha celebrado ningún 1:1 en los últimos {count} de días.',
    other: 'No se ha celebrado ningún 1:1 en los últimos {count} días.',
  },
  [P['cadence.gap']]: {
    one: 'Ha pasado {count} día desde tu último 1:1: más de dos semanas. Es mejor mover una reunión que cancelarla.',
    many: 'Han pasado {count} de días desde tu último 1:1: más de dos semanas. Es mejor mover una reunión que cancelarla.',
    other:
      'Han pasado {count} días desde tu último 1:1: más de dos semanas. Es mejor mover una reunión que cancelarla.',
  },
};
