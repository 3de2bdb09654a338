// The sidebar's words in German, with "du" as Google Docs speaks to its German users; key for key as en.ts.
import type { Catalog } from './en';
import { M, P } from './keys';

export const de: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: 'Wird geladen…',
  [M['common.saving']]: 'Wird gespeichert…',
  [M['common.tryAgain']]: 'Noch einmal versuchen',
  [M['common.refresh']]: 'Aktualisieren',
  [M['common.refreshing']]: 'Wird aktualisiert…',
  [M['common.cancel']]: 'Abbrechen',
  [M['common.add']]: 'Hinzufügen',
  [M['common.adding']]: 'Wird hinzugefügt…',
  [M['common.done']]: 'Erledigt',
  [M['common.drop']]: 'Verwerfen',
  [M['common.dropping']]: 'Wird verworfen…',
  [M['common.keep']]: 'Behalten',
  [M['common.delete']]: 'Löschen',
  [M['common.turningOn']]: 'Wird aktiviert…',
  [M['common.doneAbout']]: 'Erledigt: {text}',
  [M['common.dropAbout']]: 'Verwerfen: {text}',
  [M['common.keepAbout']]: 'Behalten: {text}',
  [M['common.deleteAbout']]: 'Löschen: {text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: 'fällig am {date}',
  [M['common.from']]: 'vom {date}',
  [M['common.moreNotShown']]: '{count} weitere ausgeblendet',
  [M['common.lastKnown']]: 'Stand: {when}.',
  [M['common.lastKnownRefreshing']]: 'Stand: {when}, wird aktualisiert…',
  [M['common.lastKnownCut']]: '{asOf} Bis dahin sind lange Listen und Texte gekürzt.',
  [M['common.lastKnownFailed']]: 'Stand: {when}; die Aktualisierung ist fehlgeschlagen. {error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'Der Server hat nicht geantwortet. Versuch es noch einmal.',
  [M['rpc.noFunction']]: 'Das Add-on hat keine Serverfunktion {name}.',

  // ——— Forms ———
  [M['field.count']]: '{length} von {limit} Zeichen',
  [M['field.countOver']]: '{length} von {limit} Zeichen: {extra} zu viel',
  [M['field.tooLong']]:
    'Das sind {length} Zeichen, erlaubt sind {limit}. Kürze den Text und füge ihn dann noch einmal hinzu.',

  // ——— Automation ———
  [M['automation.off']]:
    'Die automatische Vorbereitung ist für alle deine 1:1-Dokumente deaktiviert: Vor deinen Terminen werden keine Abschnitte hinzugefügt.',
  [M['automation.lastRan']]:
    'Die automatische Vorbereitung lief zuletzt {ago}: Vor deinen Terminen werden möglicherweise keine Abschnitte hinzugefügt.',
  [M['automation.notRun']]:
    'Die automatische Vorbereitung ist seit Stunden nicht gelaufen: Vor deinen Terminen werden möglicherweise keine Abschnitte hinzugefügt.',
  [M['automation.turnBackOn']]: 'Wieder aktivieren',
  [M['automation.onAgain']]: 'Die automatische Vorbereitung ist wieder aktiviert.',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: 'Automatische Vorbereitung',
  [M['setup.linkedButOff']]:
    'Dieses Dokument ist mit „{title}“ verknüpft, aber die automatische Vorbereitung ist für dich deaktiviert.',
  [M['setup.turnOnWhy']]:
    'Aktiviere sie, damit der Abschnitt für jeden Termin rechtzeitig bereitsteht – ganz gleich, ob die andere Person das Dokument öffnet.',
  [M['setup.turnOn']]: 'Aktivieren',
  [M['setup.linkAnother']]: 'Andere Serie verknüpfen',
  [M['setup.linkTitle']]: 'Dein 1:1 verknüpfen',
  [M['setup.intro']]:
    'Wähle dein regelmäßiges 1:1 aus. Vor jedem Termin erscheint in diesem Dokument ein datierter Abschnitt mit den offenen Aufgaben vom letzten Mal.',
  [M['setup.link']]: 'Verknüpfen',
  [M['setup.linking']]: 'Wird verknüpft…',
  [M['setup.next']]: 'Nächster Termin: {when}',
  [M['setup.loadingSeries']]: 'Deine wiederkehrenden Termine werden geladen…',
  [M['setup.calendarUnreadable']]: 'Dein Kalender konnte nicht gelesen werden.',
  [M['setup.legend']]: 'Dein regelmäßiges 1:1',
  [M['setup.noPairs']]:
    'Keiner deiner wiederkehrenden Termine hat genau zwei Teilnehmer. Lass dir alle wiederkehrenden Termine anzeigen, um einen anderen auszuwählen.',
  [M['setup.noSeries']]:
    'In deinem Kalender gibt es in den nächsten zwei Monaten keine wiederkehrenden Termine. Lege das regelmäßige 1:1 in Google Kalender an und aktualisiere dann.',
  [M['setup.showAll']]: 'Alle wiederkehrenden Termine anzeigen',
  [M['setup.with.none']]: 'Keine weiteren Teilnehmer',
  [M['setup.with.onlyYou']]: 'Nur du',
  [M['setup.with.one']]: 'Mit {name}',
  [M['setup.with.two']]: 'Mit {first} und {second}',
  [P['setup.with.many']]: {
    one: 'Mit {first} und {count} weiteren Person',
    other: 'Mit {first} und {count} weiteren Personen',
  },
  [M['setup.chooseFirst']]: 'Wähle zuerst dein regelmäßiges 1:1 aus.',
  [M['setup.linkedTo']]: 'Mit „{title}“ verknüpft.',
  [M['setup.linked']]: 'Verknüpft.',
  [M['setup.onForYou']]: 'Die automatische Vorbereitung ist für dich aktiviert.',

  // ——— Next 1:1 ———
  [M['next.title']]: 'Nächstes 1:1',
  [M['next.prepare']]: 'Jetzt vorbereiten',
  [M['next.preparing']]: 'Wird vorbereitet…',
  [M['next.notLinked']]:
    'Dieses Dokument ist noch nicht mit deinem regelmäßigen 1:1 verknüpft. „Jetzt vorbereiten“ fügt den Abschnitt für heute hinzu ({today}). Sobald du verknüpfst, wird der neueste so hinzugefügte Abschnitt seit deinem letzten 1:1 zum Abschnitt deines nächsten Termins und bekommt dessen Datum; ältere bleiben, wie sie sind.',
  [M['next.ended']]: 'Diese Serie ist beendet, und es wurde keine neue Serie mit denselben Personen gefunden.',
  [M['next.linkNew']]: 'Neue Serie verknüpfen',
  [M['next.unreadable']]: 'Der Kalendertermin kann gerade nicht gelesen werden: siehe „Status“ unten.',
  [M['next.none']]: 'In dieser Serie steht kein Termin mehr an.',
  [M['next.cancelledMark']]: ' · abgesagt',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'Dieser Termin ist abgesagt. Verschiebe ihn lieber auf einen anderen Zeitpunkt: Ausgefallene 1:1s summieren sich.',
  [M['next.reschedule']]: 'In Google Kalender verschieben',
  [M['next.openCalendar']]: 'In Google Kalender öffnen',
  [M['next.note.todayInserted']]: 'Der Abschnitt für heute steht im Dokument.',
  [M['next.note.todayThere']]: 'Der Abschnitt für heute stand schon im Dokument.',
  [M['next.note.inserted']]: 'Der Abschnitt steht im Dokument.',
  [M['next.note.there']]: 'Nichts hinzuzufügen: Der Abschnitt war schon da.',
  [M['next.note.done']]: 'Fertig.',

  // ——— Commitments ———
  [M['commitments.title']]: 'Vom letzten Mal',
  [M['commitments.titleOn']]: 'Vom letzten Mal ({date})',
  [M['commitments.nativeHint']]:
    'Add-ons können die Kontrollkästchen des Dokuments nicht lesen. Hake einen Punkt deshalb hier ab, oder setze im Dokument ☑ davor.',
  [M['commitments.gotIt']]: 'OK',
  [M['commitments.none']]: 'Keine Aufgaben vom letzten Mal.',
  [M['commitments.noEarlier']]: 'Noch kein früherer Termin in diesem Dokument.',
  [M['commitments.showAll']]: 'Alle {all} anzeigen ({open} offen)',
  [M['commitments.new']]: 'Neu dieses Mal',
  [M['commitments.open']]: '{count} offen',
  [M['commitments.done']]: '{count} erledigt',
  [M['commitments.dropped']]: '{count} verworfen',
  [M['commitments.droppedMark']]: 'verworfen',
  [M['commitments.overdue']]: '{due}, {ago}',
  [P['commitments.carried']]: { one: 'einmal übernommen', other: '{count}-mal übernommen' },
  [M['commitments.owner']]: '{owner}: ',
  [M['commitments.stillOn']]: 'Noch aktuell?',
  [M['commitments.stillOnAbout']]: 'Noch aktuell: {text}?',

  // ——— Agenda ———
  [M['agenda.title']]: 'Agenda',
  [M['agenda.owner.me']]: 'Ich',
  [M['agenda.owner.them']]: 'Mein Gegenüber',
  [M['agenda.owner.other']]: 'Jemand anderes…',
  [M['agenda.suggested']]: 'Vorgeschlagene Fragen',
  [M['agenda.nudge']]: 'Füge deine Themen für {weekday} hinzu',
  [M['agenda.nudgeNoDay']]: 'Füge deine Themen für das nächste 1:1 hinzu',
  [M['agenda.newTopic']]: 'Neues Thema für die Agenda',
  [M['agenda.topicPlaceholder']]: 'Thema hinzufügen',
  [M['agenda.noTopics']]: 'Noch keine Themen. Was du hinzufügst, kommt in den Abschnitt des nächsten Termins.',
  [M['agenda.addAction']]: 'Aufgabe hinzufügen',
  [M['agenda.actionItem']]: 'Aufgabe',
  [M['agenda.owner']]: 'Zuständig',
  [M['agenda.ownerName']]: 'Name der zuständigen Person',
  [M['agenda.dueDate']]: 'Fällig am (optional)',
  [M['agenda.addActionButton']]: 'Aufgabe speichern',
  [M['agenda.typeTopic']]: 'Gib zuerst ein Thema ein.',
  [M['agenda.typeAction']]: 'Gib zuerst die Aufgabe ein.',
  [M['agenda.typeOwnerName']]: 'Gib zuerst den Namen der zuständigen Person ein.',
  [M['agenda.needOwner']]: 'Gib den Namen der zuständigen Person ein, oder wähle „Ich“ oder „Mein Gegenüber“.',
  [M['agenda.badDue']]: 'Das Fälligkeitsdatum ist kein gültiges Datum.',
  [M['agenda.actionAdded']]: 'Zu den Aufgaben hinzugefügt: „{text}“. Du findest sie unter „Neu dieses Mal“.',

  // ——— Private talking points ———
  [M['private.title']]: 'Private Gesprächspunkte',
  [M['private.intro']]: 'Nur du siehst sie. Sie kommen erst ins Dokument, wenn du einen davon zur Agenda hinzufügst.',
  [M['private.share']]: 'Zur Agenda hinzufügen',
  [M['private.shareAbout']]: 'Zur Agenda hinzufügen: {text}',
  [M['private.newPoint']]: 'Neuer privater Gesprächspunkt',
  [M['private.placeholder']]: 'Privaten Punkt hinzufügen',
  [M['private.typePoint']]: 'Gib zuerst einen Gesprächspunkt ein.',
  [M['private.shared']]: 'Zur Agenda hinzugefügt: Der Punkt steht jetzt im Dokument.',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: 'Rhythmus',
  [M['cadence.none']]: 'Kein 1:1 in den letzten 90 Tagen.',
  [M['cadence.last']]: 'Letztes 1:1: {ago}.',
  [M['cadence.held']]: 'Stattgefunden',
  [M['cadence.moved']]: 'Verschoben',
  [M['cadence.cancelled']]: 'Abgesagt',
  [M['cadence.span']]: 'In den letzten 90 Tagen',
  [M['cadence.spanSentence']]: 'In den letzten 90 Tagen.',
  [M['privacy.title']]: 'Wer dieses Dokument öffnen kann',
  [M['privacy.checkAgain']]: 'Erneut prüfen',
  [M['privacy.checking']]: 'Wird geprüft…',
  [M['privacy.checkedNow']]: 'Gerade eben geprüft.',
  [M['privacy.checked']]: 'Geprüft {ago}.',
  [M['privacy.onlyYouTwo']]: 'Nur ihr beide könnt dieses Dokument öffnen.',
  [P['privacy.besidesYouTwo']]: {
    one: 'Außer euch beiden kann {count} weitere Person dieses Dokument öffnen.',
    other: 'Außer euch beiden können {count} weitere Personen dieses Dokument öffnen.',
  },
  [M['privacy.keep']]: '{besides} Halte Vertrauliches in deinen privaten Gesprächspunkten fest.',
  [M['privacy.notOneOnOne']]: 'Diese Serie hat {attendees} Teilnehmer und ist damit kein 1:1. {who}',
  [M['privacy.onlyYou']]:
    'Im Moment kannst nur du dieses Dokument öffnen; weitere Eingeladene können es lesen, sobald es für sie freigegeben ist.',
  [M['privacy.onlyPair']]:
    'Im Moment können nur du und der Organisator dieses Dokument öffnen; weitere Eingeladene können es lesen, sobald es für sie freigegeben ist.',
  [P['privacy.besidesYou']]: {
    one: 'Außer dir kann {count} weitere Person dieses Dokument öffnen.',
    other: 'Außer dir können {count} weitere Personen dieses Dokument öffnen.',
  },
  [P['privacy.besidesPair']]: {
    one: 'Außer dir und dem Organisator kann {count} weitere Person dieses Dokument öffnen.',
    other: 'Außer dir und dem Organisator können {count} weitere Personen dieses Dokument öffnen.',
  },

  // ——— Status ———
  [M['status.title']]: 'Status',
  [M['status.on']]: 'Die automatische Vorbereitung ist aktiviert. Vor jedem Termin wird ein Abschnitt hinzugefügt.',
  [M['status.onLead']]:
    'Die automatische Vorbereitung ist aktiviert. Ein Abschnitt wird {lead} vor jedem Termin hinzugefügt.',
  [M['status.nothingYet']]: 'Bisher ist noch nichts gelaufen.',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: 'Stündliche Prüfung',
  [M['status.trigger.calendar']]: 'Kalenderänderung',
  [M['status.trigger.prepareNow']]: 'Jetzt vorbereiten',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'Abschnitt hinzugefügt',
  [M['status.outcome.nothing']]: 'Nichts zu tun',
  [M['status.outcome.error']]: 'Fehlgeschlagen',
  [M['status.upToDate']]: 'Auf dem neuesten Stand',
  [M['status.addedSection']]: 'Abschnitt für {weekday} um {time} hinzugefügt',
  [M['status.updatedDoc']]: 'Dokument um {time} aktualisiert: {message}',
  [M['status.sinceSentence']]: '{line} Seitdem auf dem neuesten Stand.',
  [M['status.sinceLine']]: '{line} · seitdem auf dem neuesten Stand.',
  [M['status.beforeSentence']]: 'Davor: {line}',
  [M['status.beforeLine']]: 'Davor: {line}.',
  [M['status.nextCancelled']]: 'Das nächste 1:1 ({when}) ist abgesagt.',
  [M['status.next']]: 'Nächstes 1:1: {when}.',

  // ——— Settings ———
  [M['settings.title']]: 'Einstellungen',
  [M['settings.shared']]: 'Gemeinsam für euch beide: Sie gelten für dieses Dokument.',
  [M['settings.save']]: 'Einstellungen speichern',
  [M['settings.saved']]: 'Einstellungen gespeichert.',
  [M['settings.unchanged']]: 'Nichts geändert.',
  [M['settings.lead']]: 'Jeden Abschnitt vorbereiten',
  [M['settings.leadBefore']]: '{lead} vorher',
  [M['settings.position']]: 'Neue Abschnitte einfügen',
  [M['settings.template']]: 'Vorlage',
  [M['settings.date']]: 'Datum in der Überschrift',
  [M['settings.language']]: 'Sprache der Notizen',
  [M['settings.languageHelp']]:
    'Neue Abschnitte, ihre Überschriften und Hinweise werden in dieser Sprache geschrieben. Notizen in jeder dieser Sprachen werden unabhängig davon gelesen.',
  [M['notice.dateReadAs']]:
    '„{date}“ wird in diesem Doc als {iso} gelesen, so wie {locale} Daten schreibt. Wenn das nicht stimmt, ändere in den Einstellungen die Sprache der Notizen.',
  [M['settings.position.newest-first']]: 'Neueste zuerst (oben im Dokument)',
  [M['settings.position.oldest-first']]: 'Älteste zuerst (am Dokumentende)',
  [M['settings.template.default']]: 'Normales 1:1',
  [M['settings.template.first']]: 'Erstes 1:1',
  [M['settings.template.career']]: 'Karrieregespräch',
  [M['settings.template.like-last']]: 'Wie unser letzter Abschnitt',
  [P['settings.lead.hours']]: { one: '{count} Stunde', other: '{count} Stunden' },
  [P['settings.lead.days']]: { one: '{count} Tag', other: '{count} Tage' },
  [M['settings.unlinkAsk']]:
    'Verknüpfung dieses Dokuments für euch beide aufheben? Dann bekommt keiner von euch mehr automatisch neue Abschnitte, bis einer von euch es wieder verknüpft. Das Dokument und alle Notizen darin bleiben, wie sie sind.',
  [M['settings.unlinkBoth']]: 'Für uns beide aufheben',
  [M['settings.stopAlone']]:
    'Das Beenden gilt nur für dich: Die automatische Vorbereitung der anderen Person läuft weiter.',
  [M['settings.stopForMe']]: 'Automatische Vorbereitung für mich beenden',
  [M['settings.unlinkStart']]: 'Verknüpfung mit der Serie aufheben…',
  [M['settings.unlinking']]: 'Verknüpfung wird aufgehoben…',
  [M['settings.stopping']]: 'Wird beendet…',
  [M['settings.unlinkedFrom']]:
    'Verknüpfung mit „{title}“ für euch beide aufgehoben. Das Dokument behält alle Notizen.',
  [M['settings.unlinked']]: 'Verknüpfung für euch beide aufgehoben. Das Dokument behält alle Notizen.',
  [M['settings.stopped']]:
    'Die automatische Vorbereitung ist für dich deaktiviert. Das Dokument bleibt verknüpft, und die Vorbereitung der anderen Person läuft weiter.',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'Alle meine 1:1s',
  [M['overview.backToDoc']]: '← Dieses Dokument',
  [M['overview.age.today']]: 'heute neu',
  [P['overview.age.days']]: { one: 'seit {count} Tag offen', other: 'seit {count} Tagen offen' },
  [P['overview.age.weeks']]: { one: 'seit {count} Woche offen', other: 'seit {count} Wochen offen' },
  [P['overview.age.months']]: { one: 'seit {count} Monat offen', other: 'seit {count} Monaten offen' },
  [P['overview.age.years']]: { one: 'seit {count} Jahr offen', other: 'seit {count} Jahren offen' },
  [P['overview.overdueBy']]: { one: 'seit {count} Tag überfällig', other: 'seit {count} Tagen überfällig' },
  [M['overview.for']]: 'für den {date}',
  [M['overview.noNext']]: 'Kein nächstes 1:1 im Kalender.',
  [M['overview.nextCancelled']]: 'Nächstes 1:1: {when}, abgesagt.',
  [M['overview.next']]: 'Nächstes 1:1: {when}.',
  [M['overview.nextSoon']]: 'Nächstes 1:1: {when}, {soon}.',
  [M['overview.nextMoved']]: 'Nächstes 1:1, verschoben: {when}.',
  [M['overview.nextMovedSoon']]: 'Nächstes 1:1, verschoben: {when}, {soon}.',
  [M['overview.lastToday']]: 'Das letzte 1:1 war heute',
  [P['overview.since']]: { one: '{count} Tag seit dem letzten 1:1', other: '{count} Tage seit dem letzten 1:1' },
  [M['overview.gap']]: '{since}.',
  [M['overview.gapWarning']]: '⚠ {since}: mehr als zwei Wochen.',
  [M['overview.gapStrong']]: '⚠ {since}: mehr als vier Wochen.',
  [M['overview.nothingMine']]: 'Nichts offen für dich',
  [M['overview.openMine']]: '{count} offen für dich',
  [M['overview.forThem']]: '{count} für {name}',
  [M['overview.forThemUnnamed']]: '{count} für dein Gegenüber',
  [M['overview.forOthers']]: '{count} für andere',
  [M['overview.overdue']]: ' · {count} überfällig',
  [P['overview.reading']]: {
    one: '{done} von {count} Dokument gelesen…',
    other: '{done} von {count} Dokumenten gelesen…',
  },
  [M['overview.readingStart']]: 'Deine Dokumente werden gelesen…',
  [P['overview.read']]: {
    one: '{done} von {count} Dokument gelesen.',
    other: '{done} von {count} Dokumenten gelesen.',
  },
  [M['overview.failure']]: '{title}: {message}',
  [M['overview.refreshed']]: 'Aktualisiert: {when}.',
  [M['overview.asLastRead']]:
    'So, wie jedes Dokument zuletzt gelesen wurde. „Alle aktualisieren“ liest jedes Dokument neu; das kann eine Minute dauern.',
  [M['overview.refreshAll']]: 'Alle aktualisieren',
  [M['overview.youOwe']]: 'Deine offenen Aufgaben',
  [M['overview.yourDocs']]: 'Deine 1:1-Dokumente',
  [M['overview.noDocs']]: 'Noch kein Dokument verknüpft: Öffne ein 1:1-Dokument und verknüpfe es mit seiner Serie.',
  [M['overview.nothingOwed']]: 'Nichts offen für dich.',
  [M['overview.leftOut']]: '{count} weitere ausgeblendet; öffne dafür die jeweiligen Dokumente.',
  [M['overview.inDoc']]: 'in {title}',
  [M['overview.with']]: 'Mit {name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]:
    'Etwas ist schiefgelaufen und wurde möglicherweise nicht abgeschlossen. Versuch es gleich noch einmal.',
  [M['error.google']]:
    'Bei Google ist etwas schiefgelaufen (ein vorübergehender Fehler). Versuch es gleich noch einmal.',
  [M['error.network']]: 'Google ist nicht erreichbar: Prüfe deine Verbindung und versuch es noch einmal.',
  [M['error.unknown']]: 'Etwas ist schiefgelaufen. Versuch es noch einmal.',
  [M['error.authorization']]:
    'Google bittet dich, 1:1 Companion erneut zuzulassen: Lade das Dokument neu und öffne dann die Seitenleiste über das Menü „Erweiterungen“.',
  [M['error.storeFull']]:
    'Dein Speicher für 1:1 Companion ist voll (500 KB für alle deine Dokumente zusammen). Lösche einige private Gesprächspunkte oder heb die Verknüpfung von Dokumenten auf, die du nicht mehr nutzt.',
  [M['error.docGone']]: 'Dieses Dokument wurde gelöscht, oder du kannst es nicht mehr öffnen.',
  [M['error.docForbidden']]: 'Du kannst dieses Dokument nicht mehr bearbeiten: Bitte den Inhaber um Zugriff.',
  [M['error.docKeptChanging']]:
    'Das Dokument hat sich laufend geändert, während das Add-on darin schreiben wollte. Es wurde nichts geändert; versuch es gleich noch einmal.',
  [M['error.notesTabGone']]:
    'Der Tab mit euren 1:1-Notizen wurde gelöscht, und kein anderer Tab enthält sie, daher wurde nichts geschrieben. Verknüpfe das Dokument noch einmal, um im ersten Tab neu zu beginnen.',
  [M['error.notYourDoc']]:
    'Dieses Dokument gehört nicht zu deinen verknüpften 1:1-Dokumenten, daher wurde nichts geschrieben.',
  [M['error.privateListFull']]:
    'Deine private Liste ist voll. Füge zuerst einige Punkte zur Agenda hinzu, oder lösche welche.',
  [M['error.noUpcoming']]: 'Im Kalender steht kein 1:1 an, zu dem das hinzugefügt werden könnte.',
  [M['error.sectionMissing']]:
    'Der Abschnitt des anstehenden Termins wurde im Dokument nicht gefunden, daher wurde nichts hinzugefügt.',
  [M['error.suggestionInTheWay']]:
    'Nichts hinzugefügt: Jemand hat bei „{heading}“ eine Änderung vorgeschlagen, und das Add-on schreibt nie in einen Vorschlag hinein. Nimm ihn im Dokument an oder lehne ihn ab und füge dann noch einmal hinzu.',
  [M['error.typeTheirName']]:
    'Gib den Namen ein: Dieses Dokument ist nicht mit einem 1:1 zwischen dir und einer anderen Person verknüpft.',
  [M['error.eventDeleted']]: 'Dieser Termin wurde gelöscht. Wähle dein aktuelles regelmäßiges 1:1 aus.',
  [M['error.eventNotRecurring']]: '„{title}“ wiederholt sich nicht. Wähle dein regelmäßiges 1:1 aus.',
  [M['error.pointGone']]: 'Dieser Punkt war schon nicht mehr da.',
  [M['invalid.argument']]:
    'Diese Seitenleiste hat etwas gesendet, das das Add-on nicht verwenden kann, daher wurde nichts geändert: Schließe sie und öffne sie erneut.',
  [M['invalid.chooseEvent']]: 'Wähle einen wiederkehrenden Termin zum Verknüpfen aus.',
  [M['invalid.unknownKey']]: 'Unbekannte Option: {name}.',
  [M['invalid.outOfDate']]:
    'Diese Seitenleiste ist veraltet, daher wurde nichts geändert: Schließe sie und öffne sie erneut.',
  [M['invalid.owner']]:
    'Zuständig muss „Ich“, „Mein Gegenüber“ oder ein Name aus Buchstaben sein (höchstens {count} Zeichen).',
  [M['invalid.due']]: 'Das Fälligkeitsdatum muss ein Datum sein.',
  [M['invalid.lead']]: 'Die Vorlaufzeit muss eine ganze Zahl von Stunden zwischen {min} und {max} sein.',
  [M['invalid.position']]: 'Wähle, wo neue Abschnitte eingefügt werden: neueste zuerst oder älteste zuerst.',
  [M['invalid.template']]: 'Wähle eine der angebotenen Vorlagen aus.',
  [M['invalid.dateFormat']]: 'Wähle eines der angebotenen Datumsformate aus.',
  [M['invalid.notesLanguage']]: 'Wähle eine der angebotenen Sprachen für die Notizen aus.',
  [M['invalid.empty']]: 'Das ist leer, daher wurde nichts hinzugefügt.',
  [M['invalid.tooLong']]: 'Das ist zu lang: höchstens {count} Zeichen.',
  [M['run.added']]: 'Abschnitt „{heading}“ hinzugefügt.',
  [M['run.adopted']]: '„{heading}“ ist jetzt der Abschnitt dieses Termins; was gefehlt hat, wurde ergänzt.',
  [M['run.adoptedToday']]: '„{heading}“ ist jetzt der Abschnitt für heute; was gefehlt hat, wurde ergänzt.',
  [M['run.adoptedRedated']]:
    '„{heading}“ ist jetzt der Abschnitt dieses Termins, neu datiert auf „{redated}“; was gefehlt hat, wurde ergänzt.',
  [M['run.adoptedLeft']]:
    '„{heading}“ ist jetzt der Abschnitt dieses Termins ({day}; die Überschrift bleibt, wie ihr sie geschrieben habt); was gefehlt hat, wurde ergänzt.',
  [M['run.movedLeft']]: 'Ein Termin wurde auf {day} verschoben (die Überschrift bleibt, wie ihr sie geschrieben habt).',
  [M['run.noUpcoming']]: 'Kein 1:1 in den nächsten zwei Monaten.',
  [M['run.alreadyIn']]: 'Der Abschnitt für das nächste 1:1 steht schon im Dokument.',
  [M['run.todayAlreadyIn']]: 'Der Abschnitt für heute steht schon im Dokument.',
  [M['run.upToDate']]: 'Auf dem neuesten Stand.',
  [M['run.seriesEnded']]:
    'Die Serie „{title}“ ist beendet. Verknüpfe dieses Dokument mit deinem nächsten regelmäßigen 1:1, um weiterzumachen.',
  [M['run.docGone']]:
    'Dieses Dokument wurde gelöscht oder kann nicht mehr geöffnet werden, daher wurde die automatische Vorbereitung dafür beendet.',
  [M['run.docForbidden']]:
    'Du kannst dieses Dokument nicht mehr bearbeiten, daher wurde die automatische Vorbereitung dafür beendet. Bitte um Bearbeitungszugriff und verknüpfe es dann noch einmal.',
  [M['run.notLinked']]: 'Dieses Dokument ist mit keiner Kalenderserie verknüpft. Verknüpfe es über die Seitenleiste.',
  [M['run.openSidebar']]:
    'Öffne in diesem Dokument einmal die Seitenleiste: Das Add-on muss die Verknüpfung erneut lesen, bevor es hier Abschnitte vorbereiten kann.',
  [M['run.unlinkedByOther']]:
    'Die andere Person hat die Verknüpfung dieses Dokuments mit der Serie für euch beide aufgehoben, daher wird es nicht mehr vorbereitet. Verknüpfe es über die Seitenleiste neu, um wieder zu beginnen.',
  [M['run.linkedElsewhere']]:
    'Dieses Dokument wurde neu verknüpft, und zwar mit einer Serie, die nicht in deinem Kalender steht, daher wurde nichts geschrieben. Öffne darin die Seitenleiste, um die Verknüpfung zu prüfen.',
  [M['run.linkUnreadable']]:
    'Die in diesem Dokument gespeicherte Verknüpfung konnte nicht gelesen werden, daher wurde nichts geschrieben. Öffne darin einmal die Seitenleiste, um sie zu reparieren.',
  [M['run.needsPermission']]:
    'Diese Version von 1:1 Companion braucht eine Berechtigung, die du noch nicht erteilt hast. Öffne einmal die Seitenleiste, um sie zu erteilen; bis dahin werden Abschnitte nicht automatisch hinzugefügt.',
  [M['calendar.eventGone']]:
    'Der verknüpfte 1:1-Termin wurde gelöscht, oder du hast keinen Zugriff mehr darauf. Verknüpfe das Dokument erneut mit der aktuellen Serie.',
  [M['calendar.forbidden']]:
    'Google Kalender hat den Zugriff auf den verknüpften 1:1-Termin verweigert. Prüfe, ob du noch eingeladen bist, und verknüpfe dann erneut.',
  [M['calendar.busy']]:
    'Google Kalender ist gerade ausgelastet oder begrenzt Anfragen; das Add-on versucht es innerhalb der nächsten Stunde erneut.',
  [M['calendar.noAnswer']]:
    'Google Kalender hat nicht geantwortet; das Add-on versucht es innerhalb der nächsten Stunde erneut.',
  [M['calendar.syncExpired']]:
    'Die Liste der Kalenderänderungen ist abgelaufen; das Add-on hat den Kalender noch einmal vollständig gelesen.',
  [M['calendar.paging']]:
    'Google Kalender hat mehr Seiten geschickt, als ein 1:1 braucht; das Add-on versucht es innerhalb der nächsten Stunde erneut.',
  [M['calendar.unreadable']]:
    'Google Kalender konnte nicht gelesen werden; das Add-on versucht es innerhalb der nächsten Stunde erneut.',
  [M['trigger.noHourly']]:
    'Google hat dem Add-on nicht erlaubt, die stündliche Prüfung für dich einzurichten, daher werden hier keine Abschnitte automatisch hinzugefügt: Nutze vor jedem 1:1 „Jetzt vorbereiten“.',
  [M['trigger.hourlyOnly']]:
    'Kalenderänderungen werden stündlich statt sofort geprüft: Google lässt ein Docs-Add-on keinen Kalender beobachten.',
  [M['conflict.done']]:
    'Dieser Punkt wurde in seinem Dokument als erledigt markiert, seit er hier zuletzt gelesen wurde, daher wurde nichts geändert. Du siehst jetzt den aktuellen Stand.',
  [M['conflict.reopened']]:
    'Dieser Punkt wurde in seinem Dokument wieder geöffnet, seit er hier zuletzt gelesen wurde, daher wurde nichts geändert. Du siehst jetzt den aktuellen Stand.',
  [M['conflict.dropped']]:
    'Dieser Punkt wurde in seinem Dokument verworfen, seit er hier zuletzt gelesen wurde, daher wurde nichts geändert. Du siehst jetzt den aktuellen Stand.',
  [M['conflict.gone']]:
    'Dieser Punkt wurde in seinem Dokument bearbeitet oder gelöscht, seit er hier zuletzt gelesen wurde, daher wurde nichts geändert. Du siehst jetzt den aktuellen Stand.',
  [M['conflict.copy']]:
    'Eine Kopie dieses Punkts wurde in seinem Dokument geändert, seit er hier zuletzt gelesen wurde, daher wurde nichts geändert. Du siehst jetzt den aktuellen Stand.',
  [M['conflict.suggested']]:
    'Jemand hat in seinem Dokument eine Änderung an diesem Punkt vorgeschlagen, daher wurde nichts geändert: Nimm den Vorschlag dort zuerst an oder lehne ihn ab.',
  [M['notice.settingsReset']]:
    'Einige Einstellungen dieses Dokuments konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt.',
  [M['notice.linkReset']]:
    'Die Verknüpfung dieses Dokuments mit seiner Kalenderserie konnte nicht gelesen werden und wurde entfernt: Verknüpfe das Dokument erneut.',
  [M['notice.notesAside']]:
    'Deine privaten Gesprächspunkte für dieses Dokument konnten nicht gelesen werden: Die unlesbare Kopie wurde beiseitegelegt und eine neue Liste begonnen.',
  [M['notice.tabMissing']]:
    'Der Tab mit deinen Notizen wurde gelöscht: Verknüpfe das Dokument erneut, um im ersten Tab neu zu beginnen.',
  [M['notice.templateSettled']]:
    '„{used}“ wurde wie vorgesehen für einen Abschnitt verwendet; neue Abschnitte verwenden wieder „{current}“.',
  [M['overview.notReadYet']]: 'Noch nicht gelesen: Öffne es, oder klicke auf „Alle aktualisieren“.',
  [M['overview.unreadable']]:
    'Noch nicht gelesen: Deine gespeicherten Daten dazu konnten nicht gelesen werden. Öffne es einmal, oder warte auf die nächste automatische Ausführung.',
  [M['overview.unlinkedHere']]:
    'Die andere Person hat die Verknüpfung dieses Dokuments für euch beide aufgehoben: Es ist nicht mehr in deiner Liste.',
  [M['common.sentenceGap']]: ' ',
  [M['overview.untitled']]: 'Ein 1:1-Dokument',
  [P['run.redated']]: {
    one: '{count} verschobenen Termin neu datiert.',
    other: '{count} verschobene Termine neu datiert.',
  },
  [P['run.cancelled']]: {
    one: '{count} Termin als abgesagt markiert.',
    other: '{count} Termine als abgesagt markiert.',
  },
  [P['notice.privateKept']]: {
    one: 'Dein privater Gesprächspunkt für dieses Dokument bleibt in deinem eigenen Speicher, bis du ihn löschst.',
    other:
      'Deine privaten Gesprächspunkte ({count}) für dieses Dokument bleiben in deinem eigenen Speicher, bis du sie löschst.',
  },
  [P['cadence.noneHeld']]: {
    one: 'Seit {count} Tag hat kein 1:1 stattgefunden.',
    other: 'Seit {count} Tagen hat kein 1:1 stattgefunden.',
  },
  [P['cadence.gap']]: {
    one: 'Dein letztes 1:1 ist {count} Tag her: mehr als zwei Wochen. Verschiebe einen Termin lieber, statt ihn abzusagen.',
    other:
      'Dein letztes 1:1 ist {count} Tage her: mehr als zwei Wochen. Verschiebe einen Termin lieber, statt ihn abzusagen.',
  },
};
