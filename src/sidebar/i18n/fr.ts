// The sidebar's words in French, with "vous" as Google Docs speaks to its French users; key for key as en.ts.
// \u00a0 is the no-break space French puts before : ; ? and inside « », so that a line never starts with them.
import type { Catalog } from './en';
import { M, P } from './keys';

export const fr: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: 'Chargement…',
  [M['common.saving']]: 'Enregistrement…',
  [M['common.tryAgain']]: 'Réessayer',
  [M['common.refresh']]: 'Actualiser',
  [M['common.refreshing']]: 'Actualisation…',
  [M['common.cancel']]: 'Annuler',
  [M['common.add']]: 'Ajouter',
  [M['common.adding']]: 'Ajout…',
  [M['common.done']]: 'Terminé',
  [M['common.drop']]: 'Abandonner',
  [M['common.dropping']]: 'Abandon…',
  [M['common.keep']]: 'Garder',
  [M['common.delete']]: 'Supprimer',
  [M['common.turningOn']]: 'Activation…',
  [M['common.doneAbout']]: 'Terminé\u00a0: {text}',
  [M['common.dropAbout']]: 'Abandonner\u00a0: {text}',
  [M['common.keepAbout']]: 'Garder\u00a0: {text}',
  [M['common.deleteAbout']]: 'Supprimer\u00a0: {text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: 'échéance le {date}',
  [M['common.from']]: 'du {date}',
  [M['common.moreNotShown']]: 'Non affichés\u00a0: {count}',
  [M['common.lastKnown']]: 'Dernière mise à jour\u00a0: {when}.',
  [M['common.lastKnownRefreshing']]: 'Dernière mise à jour\u00a0: {when}. Actualisation…',
  [M['common.lastKnownCut']]: '{asOf} D’ici là, les longues listes et les longs textes sont raccourcis.',
  [M['common.lastKnownFailed']]: 'Dernière mise à jour\u00a0: {when}. L’actualisation a échoué. {error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'Le serveur n’a pas répondu. Veuillez réessayer.',
  [M['rpc.noFunction']]: 'Le module complémentaire n’a pas de fonction serveur {name}.',

  // ——— Forms ———
  [M['field.count']]: '{length}\u00a0caractères sur {limit}',
  [M['field.countOver']]: '{length}\u00a0caractères sur {limit}\u00a0: {extra} de trop',
  [M['field.tooLong']]:
    'Ce texte compte {length}\u00a0caractères, pour une limite de {limit}. Raccourcissez-le, puis ajoutez-le à nouveau.',

  // ——— Automation ———
  [M['automation.off']]:
    'La préparation automatique est désactivée pour tous vos documents de 1:1\u00a0: aucune section ne sera ajoutée avant vos réunions.',
  [M['automation.lastRan']]:
    'La préparation automatique s’est exécutée pour la dernière fois {ago}\u00a0: des sections risquent de ne pas être ajoutées avant vos réunions.',
  [M['automation.notRun']]:
    'La préparation automatique ne s’est pas exécutée depuis des heures\u00a0: des sections risquent de ne pas être ajoutées avant vos réunions.',
  [M['automation.turnBackOn']]: 'La réactiver',
  [M['automation.onAgain']]: 'La préparation automatique est de nouveau activée.',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: 'Préparation automatique',
  [M['setup.linkedButOff']]:
    'Ce document est associé à «\u00a0{title}\u00a0», mais la préparation automatique est désactivée pour vous.',
  [M['setup.turnOnWhy']]:
    'Activez-la pour que la section de chaque réunion soit prête avant son début, que l’autre personne ouvre le document ou non.',
  [M['setup.turnOn']]: 'Activer',
  [M['setup.linkAnother']]: 'Associer une autre série',
  [M['setup.linkTitle']]: 'Associer votre 1:1',
  [M['setup.intro']]:
    'Choisissez votre 1:1 récurrent. Avant chaque réunion, une section datée reprenant les actions non terminées de la dernière fois apparaît dans ce document.',
  [M['setup.link']]: 'Associer',
  [M['setup.linking']]: 'Association…',
  [M['setup.next']]: 'Prochaine réunion\u00a0: {when}',
  [M['setup.loadingSeries']]: 'Chargement de vos événements récurrents…',
  [M['setup.calendarUnreadable']]: 'Impossible de lire votre agenda.',
  [M['setup.legend']]: 'Votre 1:1 récurrent',
  [M['setup.noPairs']]:
    'Aucun de vos événements récurrents ne compte exactement deux personnes. Affichez tous les événements récurrents pour en choisir un autre.',
  [M['setup.noSeries']]:
    'Aucun événement récurrent dans votre agenda au cours des deux prochains mois. Créez le 1:1 récurrent dans Google Agenda, puis actualisez.',
  [M['setup.showAll']]: 'Afficher tous les événements récurrents',
  [M['setup.with.none']]: 'Aucun autre participant',
  [M['setup.with.onlyYou']]: 'Vous seul',
  [M['setup.with.one']]: 'Avec {name}',
  [M['setup.with.two']]: 'Avec {first} et {second}',
  [P['setup.with.many']]: {
    one: 'Avec {first} et {count}\u00a0autre personne',
    many: 'Avec {first} et {count}\u00a0autres personnes',
    other: 'Avec {first} et {count}\u00a0autres personnes',
  },
  [M['setup.chooseFirst']]: 'Choisissez d’abord votre 1:1 récurrent.',
  [M['setup.linkedTo']]: 'Associé à «\u00a0{title}\u00a0».',
  [M['setup.linked']]: 'Associé.',
  [M['setup.onForYou']]: 'La préparation automatique est activée pour vous.',

  // ——— Next 1:1 ———
  [M['next.title']]: 'Prochain 1:1',
  [M['next.prepare']]: 'Préparer maintenant',
  [M['next.preparing']]: 'Préparation…',
  [M['next.notLinked']]:
    'Ce document n’est pas encore associé à votre 1:1 récurrent. «\u00a0Préparer maintenant\u00a0» ajoute la section d’aujourd’hui ({today}). Lorsque vous l’associez, la section la plus récente ajoutée ainsi depuis votre dernier 1:1 devient celle de votre prochaine réunion et prend sa date\u00a0; les plus anciennes restent telles quelles.',
  [M['next.ended']]: 'Cette série est terminée, et aucune nouvelle série avec les mêmes personnes n’a été trouvée.',
  [M['next.linkNew']]: 'Associer la nouvelle série',
  [M['next.unreadable']]:
    'Impossible de lire l’événement d’agenda pour le moment\u00a0: consultez «\u00a0État\u00a0» ci-dessous.',
  [M['next.none']]: 'Aucune réunion à venir dans cette série.',
  [M['next.cancelledMark']]: ' · annulée',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'Cette réunion est annulée. Pensez plutôt à la déplacer à un autre moment\u00a0: les 1:1 sautés finissent par peser.',
  [M['next.reschedule']]: 'Reprogrammer dans Google Agenda',
  [M['next.openCalendar']]: 'Ouvrir dans Google Agenda',
  [M['next.note.todayInserted']]: 'La section d’aujourd’hui est dans le document.',
  [M['next.note.todayThere']]: 'La section d’aujourd’hui était déjà dans le document.',
  [M['next.note.inserted']]: 'La section est dans le document.',
  [M['next.note.there']]: 'Rien à ajouter\u00a0: la section y était déjà.',
  [M['next.note.done']]: 'C’est fait.',

  // ——— Commitments ———
  [M['commitments.title']]: 'De la dernière fois',
  [M['commitments.titleOn']]: 'De la dernière fois ({date})',
  [M['commitments.nativeHint']]:
    'Les modules complémentaires ne peuvent pas lire les cases à cocher du document. Pour cocher une action, cochez-la ici ou placez ☑ devant elle dans le document.',
  [M['commitments.gotIt']]: 'J’ai compris',
  [M['commitments.none']]: 'Aucune action de la dernière fois.',
  [M['commitments.noEarlier']]: 'Aucune réunion précédente dans ce document pour l’instant.',
  [M['commitments.showAll']]: 'Afficher les {all} ({open} à faire)',
  [M['commitments.new']]: 'Nouveau cette fois-ci',
  [M['commitments.open']]: 'À faire\u00a0: {count}',
  [M['commitments.done']]: 'Terminées\u00a0: {count}',
  [M['commitments.dropped']]: 'Abandonnées\u00a0: {count}',
  [M['commitments.droppedMark']]: 'abandonnée',
  [M['commitments.overdue']]: '{due}, {ago}',
  [P['commitments.carried']]: {
    one: 'reportée {count}\u00a0fois',
    many: 'reportée {count}\u00a0de fois',
    other: 'reportée {count}\u00a0fois',
  },
  [M['commitments.owner']]: '{owner}\u00a0: ',
  [M['commitments.stillOn']]: 'Toujours d’actualité\u00a0?',
  [M['commitments.stillOnAbout']]: 'Toujours d’actualité\u00a0: {text}\u00a0?',

  // ——— Agenda ———
  [M['agenda.title']]: 'Ordre du jour',
  [M['agenda.owner.me']]: 'Moi',
  [M['agenda.owner.them']]: 'L’autre personne',
  [M['agenda.owner.other']]: 'Quelqu’un d’autre…',
  [M['agenda.suggested']]: 'Questions suggérées',
  [M['agenda.nudge']]: 'Ajoutez vos sujets pour {weekday}',
  [M['agenda.nudgeNoDay']]: 'Ajoutez vos sujets pour le prochain 1:1',
  [M['agenda.newTopic']]: 'Nouveau sujet à l’ordre du jour',
  [M['agenda.topicPlaceholder']]: 'Ajouter un sujet',
  [M['agenda.noTopics']]: 'Aucun sujet pour l’instant. Ce que vous ajoutez va dans la section de la prochaine réunion.',
  [M['agenda.addAction']]: 'Ajouter une action',
  [M['agenda.actionItem']]: 'Action',
  [M['agenda.owner']]: 'Responsable',
  [M['agenda.ownerName']]: 'Nom du responsable',
  [M['agenda.dueDate']]: 'Échéance (facultatif)',
  [M['agenda.addActionButton']]: 'Ajouter l’action',
  [M['agenda.typeTopic']]: 'Saisissez d’abord un sujet.',
  [M['agenda.typeAction']]: 'Saisissez d’abord l’action.',
  [M['agenda.typeOwnerName']]: 'Saisissez d’abord le nom du responsable.',
  [M['agenda.needOwner']]:
    'Saisissez le nom du responsable, ou choisissez «\u00a0Moi\u00a0» ou «\u00a0L’autre personne\u00a0».',
  [M['agenda.badDue']]: 'L’échéance n’est pas une date valide.',
  [M['agenda.actionAdded']]:
    'Ajoutée aux actions\u00a0: «\u00a0{text}\u00a0». Elle figure sous «\u00a0Nouveau cette fois-ci\u00a0».',

  // ——— Private talking points ———
  [M['private.title']]: 'Points privés à aborder',
  [M['private.intro']]:
    'Vous seul pouvez les voir. Ils restent en dehors du document jusqu’à ce que vous en ajoutiez un à l’ordre du jour.',
  [M['private.share']]: 'Ajouter à l’ordre du jour',
  [M['private.shareAbout']]: 'Ajouter à l’ordre du jour\u00a0: {text}',
  [M['private.newPoint']]: 'Nouveau point privé à aborder',
  [M['private.placeholder']]: 'Ajouter un point privé',
  [M['private.typePoint']]: 'Saisissez d’abord un point à aborder.',
  [M['private.shared']]: 'Ajouté à l’ordre du jour\u00a0: il figure maintenant dans le document.',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: 'Régularité',
  [M['cadence.none']]: 'Aucun 1:1 au cours des 90\u00a0derniers jours.',
  [M['cadence.last']]: 'Dernier 1:1\u00a0: {ago}.',
  [M['cadence.held']]: 'Tenus',
  [M['cadence.moved']]: 'Déplacés',
  [M['cadence.cancelled']]: 'Annulés',
  [M['cadence.span']]: 'Au cours des 90\u00a0derniers jours',
  [M['cadence.spanSentence']]: 'Au cours des 90\u00a0derniers jours.',
  [M['privacy.title']]: 'Qui peut ouvrir ce document',
  [M['privacy.checkAgain']]: 'Vérifier à nouveau',
  [M['privacy.checking']]: 'Vérification…',
  [M['privacy.checkedNow']]: 'Vérifié à l’instant.',
  [M['privacy.checked']]: 'Vérifié {ago}.',
  [M['privacy.onlyYouTwo']]: 'Seuls vous deux pouvez ouvrir ce document.',
  [P['privacy.besidesYouTwo']]: {
    one: 'En plus de vous deux, {count}\u00a0autre personne peut ouvrir ce document.',
    many: 'En plus de vous deux, {count}\u00a0autres personnes peuvent ouvrir ce document.',
    other: 'En plus de vous deux, {count}\u00a0autres personnes peuvent ouvrir ce document.',
  },
  [M['privacy.keep']]: '{besides} Gardez les notes sensibles dans vos points privés à aborder.',
  [M['privacy.notOneOnOne']]: 'Cette série compte {attendees}\u00a0participants, ce n’est donc pas un 1:1. {who}',
  [M['privacy.onlyYou']]:
    'Pour l’instant, vous seul pouvez ouvrir ce document\u00a0; les autres invités pourront le lire une fois qu’il aura été partagé avec eux.',
  [M['privacy.onlyPair']]:
    'Pour l’instant, seuls vous et l’organisateur pouvez ouvrir ce document\u00a0; les autres invités pourront le lire une fois qu’il aura été partagé avec eux.',
  [P['privacy.besidesYou']]: {
    one: 'En plus de vous, {count}\u00a0autre personne peut ouvrir ce document.',
    many: 'En plus de vous, {count}\u00a0autres personnes peuvent ouvrir ce document.',
    other: 'En plus de vous, {count}\u00a0autres personnes peuvent ouvrir ce document.',
  },
  [P['privacy.besidesPair']]: {
    one: 'En plus de vous et de l’organisateur, {count}\u00a0autre personne peut ouvrir ce document.',
    many: 'En plus de vous et de l’organisateur, {count}\u00a0autres personnes peuvent ouvrir ce document.',
    other: 'En plus de vous et de l’organisateur, {count}\u00a0autres personnes peuvent ouvrir ce document.',
  },

  // ——— Status ———
  [M['status.title']]: 'État',
  [M['status.on']]: 'La préparation automatique est activée. Une section est ajoutée avant chaque réunion.',
  [M['status.onLead']]: 'La préparation automatique est activée. Une section est ajoutée {lead} avant chaque réunion.',
  [M['status.nothingYet']]: 'Rien ne s’est encore exécuté.',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: 'Vérification horaire',
  [M['status.trigger.calendar']]: 'Modification de l’agenda',
  [M['status.trigger.prepareNow']]: 'Préparer maintenant',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'Section ajoutée',
  [M['status.outcome.nothing']]: 'Rien à faire',
  [M['status.outcome.error']]: 'Échec',
  [M['status.upToDate']]: 'À jour',
  [M['status.addedSection']]: 'Section de {weekday} ajoutée à {time}',
  [M['status.updatedDoc']]: 'Document mis à jour à {time}\u00a0: {message}',
  [M['status.sinceSentence']]: '{line} À jour depuis.',
  [M['status.sinceLine']]: '{line} · à jour depuis.',
  [M['status.beforeSentence']]: 'Auparavant\u00a0: {line}',
  [M['status.beforeLine']]: 'Auparavant\u00a0: {line}.',
  [M['status.nextCancelled']]: 'Le prochain 1:1, {when}, est annulé.',
  [M['status.next']]: 'Prochain 1:1\u00a0: {when}.',

  // ——— Settings ———
  [M['settings.title']]: 'Paramètres',
  [M['settings.shared']]: 'Communs à vous deux\u00a0: ils s’appliquent à ce document.',
  [M['settings.save']]: 'Enregistrer les paramètres',
  [M['settings.saved']]: 'Paramètres enregistrés.',
  [M['settings.unchanged']]: 'Aucune modification.',
  [M['settings.lead']]: 'Préparer chaque section',
  [M['settings.leadBefore']]: '{lead} avant',
  [M['settings.position']]: 'Placer les nouvelles sections',
  [M['settings.template']]: 'Modèle',
  [M['settings.date']]: 'Date du titre',
  [M['settings.language']]: 'Langue des notes',
  [M['settings.languageHelp']]:
    'Les nouvelles sections, leurs titres et leurs indications sont rédigés dans cette langue. Les notes dans l’une de ces langues sont lues quelle qu’elle soit.',
  [M['notice.dateReadAs']]:
    '« {date} » est lu dans ce Doc comme {iso}, comme on écrit les dates en {locale}. Si c’est faux, changez la langue des notes dans les paramètres.',
  [M['settings.position.newest-first']]: 'En haut du document',
  [M['settings.position.oldest-first']]: 'À la fin du document',
  [M['settings.template.default']]: '1:1 habituel',
  [M['settings.template.first']]: 'Premier 1:1',
  [M['settings.template.career']]: 'Entretien de carrière',
  [M['settings.template.like-last']]: 'Comme notre dernière section',
  [P['settings.lead.hours']]: {
    one: '{count}\u00a0heure',
    many: '{count}\u00a0d’heures',
    other: '{count}\u00a0heures',
  },
  [P['settings.lead.days']]: { one: '{count}\u00a0jour', many: '{count}\u00a0de jours', other: '{count}\u00a0jours' },
  [M['settings.unlinkAsk']]:
    'Dissocier ce document pour vous deux\u00a0? Aucun de vous ne recevra plus de nouvelles sections automatiquement tant que l’un de vous ne l’aura pas associé à nouveau. Le document et toutes ses notes restent tels quels.',
  [M['settings.unlinkBoth']]: 'Dissocier pour nous deux',
  [M['settings.stopAlone']]:
    'L’arrêt ne concerne que vous\u00a0: la préparation automatique de l’autre personne continue.',
  [M['settings.stopForMe']]: 'Arrêter la préparation automatique pour moi',
  [M['settings.unlinkStart']]: 'Dissocier ce document de la série…',
  [M['settings.unlinking']]: 'Dissociation…',
  [M['settings.stopping']]: 'Arrêt…',
  [M['settings.unlinkedFrom']]:
    'Dissocié de «\u00a0{title}\u00a0» pour vous deux. Le document conserve toutes ses notes.',
  [M['settings.unlinked']]: 'Dissocié pour vous deux. Le document conserve toutes ses notes.',
  [M['settings.stopped']]:
    'La préparation automatique est désactivée pour vous. Le document reste associé, et la préparation de l’autre personne continue.',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'Tous mes 1:1',
  [M['overview.backToDoc']]: '← Ce document',
  [M['overview.age.today']]: 'd’aujourd’hui',
  [P['overview.age.days']]: {
    one: 'depuis {count}\u00a0jour',
    many: 'depuis {count}\u00a0de jours',
    other: 'depuis {count}\u00a0jours',
  },
  [P['overview.age.weeks']]: {
    one: 'depuis {count}\u00a0semaine',
    many: 'depuis {count}\u00a0de semaines',
    other: 'depuis {count}\u00a0semaines',
  },
  [P['overview.age.months']]: {
    one: 'depuis {count}\u00a0mois',
    many: 'depuis {count}\u00a0de mois',
    other: 'depuis {count}\u00a0mois',
  },
  [P['overview.age.years']]: {
    one: 'depuis {count}\u00a0an',
    many: 'depuis {count}\u00a0d’ans',
    other: 'depuis {count}\u00a0ans',
  },
  [P['overview.overdueBy']]: {
    one: 'en retard de {count}\u00a0jour',
    many: 'en retard de {count}\u00a0de jours',
    other: 'en retard de {count}\u00a0jours',
  },
  [M['overview.for']]: 'pour le {date}',
  [M['overview.noNext']]: 'Aucun prochain 1:1 dans l’agenda.',
  [M['overview.nextCancelled']]: 'Prochain 1:1\u00a0: {when}, annulé.',
  [M['overview.next']]: 'Prochain 1:1\u00a0: {when}.',
  [M['overview.nextSoon']]: 'Prochain 1:1\u00a0: {when}, {soon}.',
  [M['overview.nextMoved']]: 'Prochain 1:1, déplacé\u00a0: {when}.',
  [M['overview.nextMovedSoon']]: 'Prochain 1:1, déplacé\u00a0: {when}, {soon}.',
  [M['overview.lastToday']]: 'Le dernier 1:1 a eu lieu aujourd’hui',
  [P['overview.since']]: {
    one: '{count}\u00a0jour depuis le dernier 1:1',
    many: '{count}\u00a0de jours depuis le dernier 1:1',
    other: '{count}\u00a0jours depuis le dernier 1:1',
  },
  [M['overview.gap']]: '{since}.',
  [M['overview.gapWarning']]: '⚠ {since}\u00a0: plus de deux semaines.',
  [M['overview.gapStrong']]: '⚠ {since}\u00a0: plus de quatre semaines.',
  [M['overview.nothingMine']]: 'Rien à faire pour vous',
  [M['overview.openMine']]: '{count} à faire pour vous',
  [M['overview.forThem']]: '{count} pour {name}',
  [M['overview.forThemUnnamed']]: '{count} pour l’autre personne',
  [M['overview.forOthers']]: '{count} pour d’autres personnes',
  [M['overview.overdue']]: ' · {count} en retard',
  [P['overview.reading']]: {
    one: 'Documents lus\u00a0: {done} sur {count}…',
    many: 'Documents lus\u00a0: {done} sur {count}…',
    other: 'Documents lus\u00a0: {done} sur {count}…',
  },
  [M['overview.readingStart']]: 'Lecture de vos documents…',
  [P['overview.read']]: {
    one: 'Documents lus\u00a0: {done} sur {count}.',
    many: 'Documents lus\u00a0: {done} sur {count}.',
    other: 'Documents lus\u00a0: {done} sur {count}.',
  },
  [M['overview.failure']]: '{title}\u00a0: {message}',
  [M['overview.refreshed']]: 'Actualisé\u00a0: {when}.',
  [M['overview.asLastRead']]:
    'Tel que chaque document a été lu la dernière fois. «\u00a0Tout actualiser\u00a0» relit chaque document\u00a0; cela peut prendre une minute.',
  [M['overview.refreshAll']]: 'Tout actualiser',
  [M['overview.youOwe']]: 'Vos actions à faire',
  [M['overview.yourDocs']]: 'Vos documents de 1:1',
  [M['overview.noDocs']]:
    'Aucun document associé pour l’instant\u00a0: ouvrez un document de 1:1 et associez-le à sa série.',
  [M['overview.nothingOwed']]: 'Rien à faire pour vous.',
  [M['overview.leftOut']]: 'Non affichées\u00a0: {count}. Ouvrez les documents concernés.',
  [M['overview.inDoc']]: 'dans {title}',
  [M['overview.with']]: 'Avec {name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]:
    'Un problème est survenu, et l’opération n’a peut-être pas abouti. Réessayez dans un instant.',
  [M['error.google']]: 'Un problème est survenu du côté de Google (erreur temporaire). Réessayez dans un instant.',
  [M['error.network']]: 'Impossible de joindre Google\u00a0: vérifiez votre connexion, puis réessayez.',
  [M['error.unknown']]: 'Un problème est survenu. Veuillez réessayer.',
  [M['error.authorization']]:
    'Google vous demande d’autoriser à nouveau 1:1 Companion\u00a0: actualisez le document, puis ouvrez la barre latérale depuis le menu «\u00a0Extensions\u00a0».',
  [M['error.storeFull']]:
    'Votre espace de stockage pour 1:1 Companion est plein (500\u00a0Ko pour l’ensemble de vos documents). Supprimez des points privés, ou dissociez les documents que vous n’utilisez plus.',
  [M['error.docGone']]: 'Ce document a été supprimé, ou vous ne pouvez plus l’ouvrir.',
  [M['error.docForbidden']]: 'Vous ne pouvez plus modifier ce document\u00a0: demandez l’accès à son propriétaire.',
  [M['error.docKeptChanging']]:
    'Le document n’a cessé de changer pendant que le module complémentaire y écrivait. Rien n’a été modifié\u00a0; réessayez dans un instant.',
  [M['error.notesTabGone']]:
    'L’onglet qui contenait vos notes de 1:1 a été supprimé, et aucun autre onglet ne les contient\u00a0: rien n’a donc été écrit. Associez à nouveau le document pour repartir de son premier onglet.',
  [M['error.notYourDoc']]:
    'Ce document ne fait pas partie de vos documents de 1:1 associés\u00a0: rien n’a donc été écrit.',
  [M['error.privateListFull']]:
    'Votre liste privée est pleine. Ajoutez d’abord certains points à l’ordre du jour, ou supprimez-en.',
  [M['error.noUpcoming']]: 'Aucun 1:1 à venir dans l’agenda auquel ajouter ceci.',
  [M['error.sectionMissing']]:
    'La section de la prochaine réunion est introuvable dans le document\u00a0: rien n’a donc été ajouté.',
  [M['error.suggestionInTheWay']]:
    'Rien n’a été ajouté\u00a0: quelqu’un a suggéré une modification à «\u00a0{heading}\u00a0», et le module complémentaire n’écrit jamais dans une suggestion. Acceptez-la ou refusez-la dans le document, puis ajoutez à nouveau.',
  [M['error.typeTheirName']]:
    'Saisissez son nom\u00a0: ce document n’est pas associé à un 1:1 entre vous et une autre personne.',
  [M['error.eventDeleted']]: 'Cet événement a été supprimé. Choisissez votre 1:1 récurrent actuel.',
  [M['error.eventNotRecurring']]: '«\u00a0{title}\u00a0» n’est pas récurrent. Choisissez votre 1:1 récurrent.',
  [M['error.pointGone']]: 'Ce point avait déjà disparu.',
  [M['invalid.argument']]:
    'Cette barre latérale a envoyé quelque chose que le module complémentaire ne peut pas utiliser\u00a0: rien n’a été modifié. Fermez-la, puis rouvrez-la.',
  [M['invalid.chooseEvent']]: 'Choisissez un événement récurrent à associer.',
  [M['invalid.unknownKey']]: 'Option inconnue\u00a0: {name}.',
  [M['invalid.outOfDate']]:
    'Cette barre latérale n’est plus à jour\u00a0: rien n’a été modifié. Fermez-la, puis rouvrez-la.',
  [M['invalid.owner']]:
    'Le responsable doit être «\u00a0Moi\u00a0», «\u00a0L’autre personne\u00a0» ou un nom composé de lettres ({count}\u00a0caractères au maximum).',
  [M['invalid.due']]: 'L’échéance doit être une date.',
  [M['invalid.lead']]: 'Le délai doit être un nombre entier d’heures compris entre {min} et {max}.',
  [M['invalid.position']]: 'Choisissez où placer les nouvelles sections\u00a0: en haut ou à la fin du document.',
  [M['invalid.template']]: 'Choisissez l’un des modèles proposés.',
  [M['invalid.dateFormat']]: 'Choisissez l’un des formats de date proposés.',
  [M['invalid.notesLanguage']]: 'Choisissez l’une des langues proposées pour les notes.',
  [M['invalid.empty']]: 'Le texte est vide\u00a0: rien n’a été ajouté.',
  [M['invalid.tooLong']]: 'Le texte est trop long\u00a0: {count}\u00a0caractères au maximum.',
  [M['run.added']]: 'Section «\u00a0{heading}\u00a0» ajoutée.',
  [M['run.adopted']]:
    '«\u00a0{heading}\u00a0» est désormais la section de cette réunion, complétée de ce qui lui manquait.',
  [M['run.adoptedToday']]:
    '«\u00a0{heading}\u00a0» est désormais la section d’aujourd’hui, complétée de ce qui lui manquait.',
  [M['run.adoptedRedated']]:
    '«\u00a0{heading}\u00a0» est désormais la section de cette réunion, avec la nouvelle date «\u00a0{redated}\u00a0», et complétée de ce qui lui manquait.',
  [M['run.adoptedLeft']]:
    '«\u00a0{heading}\u00a0» est désormais la section de cette réunion ({day}\u00a0; titre laissé tel que vous l’avez écrit), complétée de ce qui lui manquait.',
  [M['run.movedLeft']]: 'Une réunion a été déplacée au {day} (titre laissé tel que vous l’avez écrit).',
  [M['run.noUpcoming']]: 'Aucun 1:1 à venir dans les deux prochains mois.',
  [M['run.alreadyIn']]: 'La section du prochain 1:1 est déjà dans le document.',
  [M['run.todayAlreadyIn']]: 'La section d’aujourd’hui est déjà dans le document.',
  [M['run.upToDate']]: 'À jour.',
  [M['run.seriesEnded']]:
    'La série «\u00a0{title}\u00a0» est terminée. Associez ce document à votre prochain 1:1 récurrent pour continuer.',
  [M['run.docGone']]:
    'Ce document a été supprimé ou ne peut plus être ouvert\u00a0: sa préparation automatique est donc arrêtée.',
  [M['run.docForbidden']]:
    'Vous ne pouvez plus modifier ce document\u00a0: sa préparation automatique est donc arrêtée. Demandez l’accès en modification, puis associez-le à nouveau.',
  [M['run.notLinked']]: 'Ce document n’est associé à aucune série de l’agenda. Associez-le depuis la barre latérale.',
  [M['run.openSidebar']]:
    'Ouvrez une fois la barre latérale dans ce document\u00a0: le module complémentaire doit relire son association avant de pouvoir y préparer des sections.',
  [M['run.unlinkedByOther']]:
    'L’autre personne a dissocié ce document de la série pour vous deux\u00a0: il n’est donc plus préparé. Associez-le à nouveau depuis la barre latérale pour reprendre.',
  [M['run.linkedElsewhere']]:
    'Ce document a été associé à nouveau, à une série absente de votre agenda\u00a0: rien n’a donc été écrit. Ouvrez-y la barre latérale pour vérifier l’association.',
  [M['run.linkUnreadable']]:
    'L’association enregistrée dans ce document est illisible\u00a0: rien n’a donc été écrit. Ouvrez-y une fois la barre latérale pour la rétablir.',
  [M['run.needsPermission']]:
    'Cette version de 1:1 Companion a besoin d’une autorisation que vous n’avez pas encore accordée. Ouvrez une fois la barre latérale pour l’accorder\u00a0; d’ici là, les sections ne sont pas ajoutées automatiquement.',
  [M['calendar.eventGone']]:
    'L’événement de 1:1 associé a été supprimé, ou vous n’y avez plus accès. Associez à nouveau le document à la série actuelle.',
  [M['calendar.forbidden']]:
    'Google Agenda a refusé l’accès à l’événement de 1:1 associé. Vérifiez que vous êtes toujours invité, puis associez à nouveau le document.',
  [M['calendar.busy']]:
    'Google Agenda est surchargé ou limite les requêtes en ce moment\u00a0; le module complémentaire réessaiera dans l’heure.',
  [M['calendar.noAnswer']]: 'Google Agenda n’a pas répondu\u00a0; le module complémentaire réessaiera dans l’heure.',
  [M['calendar.syncExpired']]:
    'Le suivi des modifications de l’agenda a expiré\u00a0; le module complémentaire a relu l’agenda en entier.',
  [M['calendar.paging']]:
    'Google Agenda a envoyé plus de pages qu’il n’en faut pour un 1:1\u00a0; le module complémentaire réessaiera dans l’heure.',
  [M['calendar.unreadable']]:
    'Impossible de lire Google Agenda\u00a0; le module complémentaire réessaiera dans l’heure.',
  [M['trigger.noHourly']]:
    'Google n’a pas permis au module complémentaire de configurer sa vérification horaire pour vous\u00a0: les sections ne sont donc pas ajoutées automatiquement ici. Utilisez «\u00a0Préparer maintenant\u00a0» avant chaque 1:1.',
  [M['trigger.hourlyOnly']]:
    'Les modifications de l’agenda sont vérifiées toutes les heures, et non immédiatement\u00a0: Google ne permet pas à un module complémentaire Docs de surveiller un agenda.',
  [M['conflict.done']]:
    'Cette action a été marquée comme terminée dans son document depuis sa dernière lecture ici\u00a0: rien n’a donc été modifié. Ce que vous voyez maintenant est son état actuel.',
  [M['conflict.reopened']]:
    'Cette action a été rouverte dans son document depuis sa dernière lecture ici\u00a0: rien n’a donc été modifié. Ce que vous voyez maintenant est son état actuel.',
  [M['conflict.dropped']]:
    'Cette action a été abandonnée dans son document depuis sa dernière lecture ici\u00a0: rien n’a donc été modifié. Ce que vous voyez maintenant est son état actuel.',
  [M['conflict.gone']]:
    'Cette action a été modifiée ou supprimée dans son document depuis sa dernière lecture ici\u00a0: rien n’a donc été modifié. Ce que vous voyez maintenant est son état actuel.',
  [M['conflict.copy']]:
    'Une copie de cette action a changé dans son document depuis sa dernière lecture ici\u00a0: rien n’a donc été modifié. Ce que vous voyez maintenant est son état actuel.',
  [M['conflict.suggested']]:
    'Quelqu’un a suggéré une modification de cette action dans son document\u00a0: rien n’a donc été modifié. Acceptez ou refusez d’abord la suggestion dans le document.',
  [M['notice.settingsReset']]:
    'Certains paramètres de ce document étaient illisibles et ont été rétablis à leurs valeurs par défaut.',
  [M['notice.linkReset']]:
    'L’association de ce document à sa série de l’agenda était illisible et a été supprimée\u00a0: associez à nouveau le document.',
  [M['notice.notesAside']]:
    'Vos points privés pour ce document étaient illisibles\u00a0: la copie illisible a été mise de côté, et une nouvelle liste a été commencée.',
  [M['notice.tabMissing']]:
    'L’onglet qui contenait vos notes a été supprimé\u00a0: associez à nouveau le document pour repartir de son premier onglet.',
  [M['notice.templateSettled']]:
    '«\u00a0{used}\u00a0» a servi pour une section, comme prévu\u00a0; les nouvelles sections utilisent de nouveau «\u00a0{current}\u00a0».',
  [M['overview.notReadYet']]: 'Pas encore lu\u00a0: ouvrez-le, ou cliquez sur «\u00a0Tout actualiser\u00a0».',
  [M['overview.unreadable']]:
    'Pas encore lu\u00a0: vos données le concernant sont illisibles. Ouvrez-le une fois, ou attendez la prochaine exécution automatique.',
  [M['overview.unlinkedHere']]:
    'L’autre personne a dissocié ce document pour vous deux\u00a0: il ne figure plus dans votre liste.',
  [M['common.sentenceGap']]: ' ',
  [M['overview.untitled']]: 'Un document de 1:1',
  [P['run.redated']]: {
    one: 'Date mise à jour pour {count}\u00a0réunion déplacée.',
    many: 'Date mise à jour pour {count}\u00a0de réunions déplacées.',
    other: 'Date mise à jour pour {count}\u00a0réunions déplacées.',
  },
  [P['run.cancelled']]: {
    one: '{count}\u00a0réunion marquée comme annulée.',
    many: '{count}\u00a0de réunions marquées comme annulées.',
    other: '{count}\u00a0réunions marquées comme annulées.',
  },
  [P['notice.privateKept']]: {
    one: 'Votre point privé pour ce document est conservé dans votre propre espace de stockage jusqu’à ce que vous le supprimiez.',
    many: 'Vos points privés ({count}) pour ce document sont conservés dans votre propre espace de stockage jusqu’à ce que vous les supprimiez.',
    other:
      'Vos points privés ({count}) pour ce document sont conservés dans votre propre espace de stockage jusqu’à ce que vous les supprimiez.',
  },
  [P['cadence.noneHeld']]: {
    one: 'Aucun 1:1 n’a eu lieu au cours du dernier jour.',
    many: 'Aucun 1:1 n’a eu lieu au cours des {count}\u00a0derniers jours.',
    other: 'Aucun 1:1 n’a eu lieu au cours des {count}\u00a0derniers jours.',
  },
  [P['cadence.gap']]: {
    one: 'Votre dernier 1:1 remonte à {count}\u00a0jour\u00a0: plus de deux semaines. Déplacez une réunion plutôt que de l’annuler.',
    many: 'Votre dernier 1:1 remonte à {count}\u00a0de jours\u00a0: plus de deux semaines. Déplacez une réunion plutôt que de l’annuler.',
    other:
      'Votre dernier 1:1 remonte à {count}\u00a0jours\u00a0: plus de deux semaines. Déplacez une réunion plutôt que de l’annuler.',
  },
};
