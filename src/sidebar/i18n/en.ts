// The sidebar's words in English: the catalog every other language's file must match key for key (docs/ARCHITECTURE.md#languages).
import { M, P } from './keys';

/** A message whose words depend on a count, chosen by Intl.PluralRules; `{count}` is the count. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const en: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: 'Loading…',
  [M['common.saving']]: 'Saving…',
  [M['common.tryAgain']]: 'Try again',
  [M['common.refresh']]: 'Refresh',
  [M['common.refreshing']]: 'Refreshing…',
  [M['common.cancel']]: 'Cancel',
  [M['common.add']]: 'Add',
  [M['common.adding']]: 'Adding…',
  [M['common.done']]: 'Done',
  [M['common.drop']]: 'Drop',
  [M['common.dropping']]: 'Dropping…',
  [M['common.keep']]: 'Keep',
  [M['common.delete']]: 'Delete',
  [M['common.turningOn']]: 'Turning on…',
  [M['common.doneAbout']]: 'Done: {text}',
  [M['common.dropAbout']]: 'Drop: {text}',
  [M['common.keepAbout']]: 'Keep: {text}',
  [M['common.deleteAbout']]: 'Delete: {text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: 'due {date}',
  [M['common.from']]: 'from {date}',
  [M['common.moreNotShown']]: '{count} more not shown',
  [M['common.lastKnown']]: 'As of {when}.',
  [M['common.lastKnownRefreshing']]: 'As of {when}, refreshing…',
  [M['common.lastKnownCut']]: '{asOf} Long lists and texts are cut short until then.',
  [M['common.lastKnownFailed']]: 'As of {when}; it could not be refreshed. {error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'The server did not answer; try again.',
  [M['rpc.noFunction']]: 'The add-on has no server function {name}.',

  // ——— Forms ———
  [M['field.count']]: '{length} of {limit} characters',
  [M['field.countOver']]: '{length} of {limit} characters: {extra} too many',
  [M['field.tooLong']]: 'That is {length} characters; the limit is {limit}. Shorten it, then add it again.',

  // ——— Automation ———
  [M['automation.off']]:
    'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.',
  [M['automation.lastRan']]: 'Automatic preparation last ran {ago}: sections may not be added before your meetings.',
  [M['automation.notRun']]:
    'Automatic preparation has not run for hours: sections may not be added before your meetings.',
  [M['automation.turnBackOn']]: 'Turn it back on',
  [M['automation.onAgain']]: 'Automatic preparation is on again.',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: 'Automatic preparation',
  [M['setup.linkedButOff']]: 'This Doc is linked to “{title}”, but automatic preparation is off for you.',
  [M['setup.turnOnWhy']]:
    'Turn it on so that each meeting’s section is ready before it starts, whether or not the other person opens the Doc.',
  [M['setup.turnOn']]: 'Turn on',
  [M['setup.linkAnother']]: 'Link another series',
  [M['setup.linkTitle']]: 'Link your 1:1',
  [M['setup.intro']]:
    'Choose your recurring 1:1. Before each meeting, a dated section with last time’s open action items appears in this Doc.',
  [M['setup.link']]: 'Link',
  [M['setup.linking']]: 'Linking…',
  [M['setup.next']]: 'Next: {when}',
  [M['setup.loadingSeries']]: 'Loading your recurring events…',
  [M['setup.calendarUnreadable']]: 'Your calendar could not be read.',
  [M['setup.legend']]: 'Your recurring 1:1',
  [M['setup.noPairs']]:
    'None of your recurring events has exactly two people. Show all recurring events to choose another.',
  [M['setup.noSeries']]:
    'No recurring events in your calendar over the next two months. Create the recurring 1:1 in Google Calendar, then refresh.',
  [M['setup.showAll']]: 'Show all recurring events',
  [M['setup.with.none']]: 'No other attendees',
  [M['setup.with.onlyYou']]: 'Only you',
  [M['setup.with.one']]: 'With {name}',
  [M['setup.with.two']]: 'With {first} and {second}',
  [P['setup.with.many']]: { one: 'With {first} and {count} other', other: 'With {first} and {count} others' },
  [M['setup.chooseFirst']]: 'Choose your recurring 1:1 first.',
  [M['setup.linkedTo']]: 'Linked to “{title}”.',
  [M['setup.linked']]: 'Linked.',
  [M['setup.onForYou']]: 'Automatic preparation is on for you.',

  // ——— Next 1:1 ———
  [M['next.title']]: 'Next 1:1',
  [M['next.prepare']]: 'Prepare now',
  [M['next.preparing']]: 'Preparing…',
  [M['next.notLinked']]:
    'This Doc is not linked to your recurring 1:1 yet. “Prepare now” adds today’s section ({today}). When you link, the newest section added this way since your last 1:1 becomes your next meeting’s section, re-dated to its day; an older one stays as it is.',
  [M['next.ended']]: 'This series has ended, and no new series with the same people was found.',
  [M['next.linkNew']]: 'Link the new series',
  [M['next.unreadable']]: 'The calendar event cannot be read right now: see Status below.',
  [M['next.none']]: 'No upcoming meeting in this series.',
  [M['next.cancelledMark']]: ' · cancelled',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'This meeting is cancelled. Consider moving it to another time instead: skipped 1:1s add up.',
  [M['next.reschedule']]: 'Reschedule in Google Calendar',
  [M['next.openCalendar']]: 'Open in Google Calendar',
  [M['next.note.todayInserted']]: 'Today’s section is in the Doc.',
  [M['next.note.todayThere']]: 'Today’s section was already in the Doc.',
  [M['next.note.inserted']]: 'The section is in the Doc.',
  [M['next.note.there']]: 'Nothing to add: the section was already there.',
  [M['next.note.done']]: 'Done.',

  // ——— Commitments ———
  [M['commitments.title']]: 'From last time',
  [M['commitments.titleOn']]: 'From last time ({date})',
  [M['commitments.nativeHint']]:
    'The Doc’s own checkboxes cannot be read by add-ons. To tick an item, tick it here, or put ☑ in front of it in the Doc.',
  [M['commitments.gotIt']]: 'Got it',
  [M['commitments.none']]: 'No action items from last time.',
  [M['commitments.noEarlier']]: 'No earlier meeting in this Doc yet.',
  [M['commitments.showAll']]: 'Show all {all} ({open} open)',
  [M['commitments.new']]: 'New this time',
  [M['commitments.open']]: '{count} open',
  [M['commitments.done']]: '{count} done',
  [M['commitments.dropped']]: '{count} dropped',
  [M['commitments.droppedMark']]: 'dropped',
  [M['commitments.overdue']]: '{due}, {ago}',
  [P['commitments.carried']]: { one: 'carried once', other: 'carried {count} times' },
  [M['commitments.owner']]: '{owner}: ',
  [M['commitments.stillOn']]: 'Still on?',
  [M['commitments.stillOnAbout']]: 'Still on: {text}?',

  // ——— Agenda ———
  [M['agenda.title']]: 'Agenda',
  [M['agenda.owner.me']]: 'Me',
  [M['agenda.owner.them']]: 'Them',
  [M['agenda.owner.other']]: 'Someone else…',
  [M['agenda.suggested']]: 'Suggested questions',
  [M['agenda.nudge']]: 'Add your topics for {weekday}',
  [M['agenda.nudgeNoDay']]: 'Add your topics for the next 1:1',
  [M['agenda.newTopic']]: 'New agenda topic',
  [M['agenda.topicPlaceholder']]: 'Add a topic',
  [M['agenda.noTopics']]: 'No topics yet. What you add goes into the next meeting’s section.',
  [M['agenda.addAction']]: 'Add an action item',
  [M['agenda.actionItem']]: 'Action item',
  [M['agenda.owner']]: 'Owner',
  [M['agenda.ownerName']]: 'Owner’s name',
  [M['agenda.dueDate']]: 'Due date (optional)',
  [M['agenda.addActionButton']]: 'Add action item',
  [M['agenda.typeTopic']]: 'Type a topic first.',
  [M['agenda.typeAction']]: 'Type the action item first.',
  [M['agenda.typeOwnerName']]: 'Type the owner’s name first.',
  [M['agenda.needOwner']]: 'Type the owner’s name, or choose Me or Them.',
  [M['agenda.badDue']]: 'The due date is not a date.',
  [M['agenda.actionAdded']]: 'Added to Action items: “{text}”. It is under New this time.',

  // ——— Private talking points ———
  [M['private.title']]: 'Private talking points',
  [M['private.intro']]: 'Only you can see these. They stay out of the Doc until you add one to the agenda.',
  [M['private.share']]: 'Add to agenda',
  [M['private.shareAbout']]: 'Add to agenda: {text}',
  [M['private.newPoint']]: 'New private talking point',
  [M['private.placeholder']]: 'Add a private point',
  [M['private.typePoint']]: 'Type a talking point first.',
  [M['private.shared']]: 'Added to the agenda: it is in the Doc now.',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: 'Cadence',
  [M['cadence.none']]: 'No 1:1 held in the last 90 days.',
  [M['cadence.last']]: 'Last 1:1: {ago}.',
  [M['cadence.held']]: 'Held',
  [M['cadence.moved']]: 'Moved',
  [M['cadence.cancelled']]: 'Cancelled',
  [M['cadence.span']]: 'Over the last 90 days',
  [M['cadence.spanSentence']]: 'Over the last 90 days.',
  [M['privacy.title']]: 'Who can open this Doc',
  [M['privacy.checkAgain']]: 'Check again',
  [M['privacy.checking']]: 'Checking…',
  [M['privacy.checkedNow']]: 'Checked just now.',
  [M['privacy.checked']]: 'Checked {ago}.',
  [M['privacy.onlyYouTwo']]: 'Only the two of you can open this Doc.',
  [P['privacy.besidesYouTwo']]: {
    one: 'Besides the two of you, 1 more person can open this Doc.',
    other: 'Besides the two of you, {count} more people can open this Doc.',
  },
  [M['privacy.keep']]: '{besides} Keep sensitive notes in private talking points.',
  [M['privacy.notOneOnOne']]: 'This series has {attendees} attendees, so it is not a 1:1. {who}',
  [M['privacy.onlyYou']]:
    'Only you can open this Doc today; anyone else invited can read it once it is shared with them.',
  [M['privacy.onlyPair']]:
    'Only you and the organiser can open this Doc today; anyone else invited can read it once it is shared with them.',
  [P['privacy.besidesYou']]: {
    one: 'Besides you, 1 more person can open this Doc.',
    other: 'Besides you, {count} more people can open this Doc.',
  },
  [P['privacy.besidesPair']]: {
    one: 'Besides you and the organiser, 1 more person can open this Doc.',
    other: 'Besides you and the organiser, {count} more people can open this Doc.',
  },

  // ——— Status ———
  [M['status.title']]: 'Status',
  [M['status.on']]: 'Automatic preparation is on. A section is added before each meeting.',
  [M['status.onLead']]: 'Automatic preparation is on. A section is added {lead} before each meeting.',
  [M['status.nothingYet']]: 'Nothing has run yet.',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: 'Hourly check',
  [M['status.trigger.calendar']]: 'Calendar change',
  [M['status.trigger.prepareNow']]: 'Prepare now',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'Section added',
  [M['status.outcome.nothing']]: 'Nothing to do',
  [M['status.outcome.error']]: 'Failed',
  [M['status.upToDate']]: 'Up to date',
  [M['status.addedSection']]: 'Added {weekday}’s section at {time}',
  [M['status.updatedDoc']]: 'Updated the Doc at {time}: {message}',
  [M['status.sinceSentence']]: '{line} Up to date since.',
  [M['status.sinceLine']]: '{line} · up to date since.',
  [M['status.beforeSentence']]: 'Before that: {line}',
  [M['status.beforeLine']]: 'Before that: {line}.',
  [M['status.nextCancelled']]: 'The next 1:1, {when}, is cancelled.',
  [M['status.next']]: 'Next 1:1: {when}.',

  // ——— Settings ———
  [M['settings.title']]: 'Settings',
  [M['settings.shared']]: 'Shared by both of you: they apply to this Doc.',
  [M['settings.save']]: 'Save settings',
  [M['settings.saved']]: 'Settings saved.',
  [M['settings.unchanged']]: 'Nothing changed.',
  [M['settings.lead']]: 'Prepare each section',
  [M['settings.leadBefore']]: '{lead} before',
  [M['settings.position']]: 'New sections go',
  [M['settings.template']]: 'Template',
  [M['settings.date']]: 'Heading date',
  [M['settings.position.newest-first']]: 'Newest first (top of the Doc)',
  [M['settings.position.oldest-first']]: 'Oldest first (end of the Doc)',
  [M['settings.template.default']]: 'Regular 1:1',
  [M['settings.template.first']]: 'First 1:1',
  [M['settings.template.career']]: 'Career conversation',
  [M['settings.template.like-last']]: 'Like our last section',
  [M['settings.language']]: 'Language of the notes',
  [M['settings.languageHelp']]:
    'New sections, their headings and prompts are written in it. Notes in any of these languages are read whatever it is.',
  [M['notice.dateReadAs']]:
    '“{date}” in this Doc is read as {iso}, as {locale} writes dates. If that is wrong, change the language of the notes in Settings.',
  [P['settings.lead.hours']]: { one: '{count} hour', other: '{count} hours' },
  [P['settings.lead.days']]: { one: '{count} day', other: '{count} days' },
  [M['settings.unlinkAsk']]:
    'Unlink this Doc for both of you? Neither of you will get new sections on their own until one of you links it again. The Doc and all its notes stay as they are.',
  [M['settings.unlinkBoth']]: 'Unlink for both of us',
  [M['settings.stopAlone']]: 'Stopping is for you alone: the other person’s automatic preparation goes on.',
  [M['settings.stopForMe']]: 'Stop automatic preparation for me',
  [M['settings.unlinkStart']]: 'Unlink this Doc from the series…',
  [M['settings.unlinking']]: 'Unlinking…',
  [M['settings.stopping']]: 'Stopping…',
  [M['settings.unlinkedFrom']]: 'Unlinked from “{title}” for both of you. The Doc keeps all its notes.',
  [M['settings.unlinked']]: 'Unlinked for both of you. The Doc keeps all its notes.',
  [M['settings.stopped']]:
    'Automatic preparation is off for you. The Doc stays linked, and the other person’s preparation goes on.',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'All my 1:1s',
  [M['overview.backToDoc']]: '← This Doc',
  [M['overview.age.today']]: 'new today',
  [P['overview.age.days']]: { one: '{count} day old', other: '{count} days old' },
  [P['overview.age.weeks']]: { one: '{count} week old', other: '{count} weeks old' },
  [P['overview.age.months']]: { one: '{count} month old', other: '{count} months old' },
  [P['overview.age.years']]: { one: '{count} year old', other: '{count} years old' },
  [P['overview.overdueBy']]: { one: 'overdue by {count} day', other: 'overdue by {count} days' },
  [M['overview.for']]: 'for {date}',
  [M['overview.noNext']]: 'No next 1:1 on the calendar.',
  [M['overview.nextCancelled']]: 'Next 1:1: {when}, cancelled.',
  [M['overview.next']]: 'Next 1:1: {when}.',
  [M['overview.nextSoon']]: 'Next 1:1: {when}, {soon}.',
  [M['overview.nextMoved']]: 'Next 1:1, moved: {when}.',
  [M['overview.nextMovedSoon']]: 'Next 1:1, moved: {when}, {soon}.',
  [M['overview.lastToday']]: 'The last 1:1 was today',
  [P['overview.since']]: { one: '{count} day since the last 1:1', other: '{count} days since the last 1:1' },
  [M['overview.gap']]: '{since}.',
  [M['overview.gapWarning']]: '⚠ {since}: over two weeks.',
  [M['overview.gapStrong']]: '⚠ {since}: over four weeks.',
  [M['overview.nothingMine']]: 'Nothing open for you',
  [M['overview.openMine']]: '{count} open for you',
  [M['overview.forThem']]: '{count} for {name}',
  [M['overview.forThemUnnamed']]: '{count} for them',
  [M['overview.forOthers']]: '{count} for others',
  [M['overview.overdue']]: ' · {count} overdue',
  [P['overview.reading']]: { one: 'Read {done} of {count} Doc…', other: 'Read {done} of {count} Docs…' },
  [M['overview.readingStart']]: 'Reading your Docs…',
  [P['overview.read']]: { one: 'Read {done} of {count} Doc.', other: 'Read {done} of {count} Docs.' },
  [M['overview.failure']]: '{title}: {message}',
  [M['overview.refreshed']]: 'Refreshed {when}.',
  [M['overview.asLastRead']]: 'As each Doc was last read. Refresh all reads every Doc again; it can take a minute.',
  [M['overview.refreshAll']]: 'Refresh all',
  [M['overview.youOwe']]: 'You owe',
  [M['overview.yourDocs']]: 'Your 1:1 Docs',
  [M['overview.noDocs']]: 'No Doc linked yet: open a 1:1 Doc and link it to its series.',
  [M['overview.nothingOwed']]: 'Nothing open for you.',
  [M['overview.leftOut']]: '{count} more not shown; open their Docs.',
  [M['overview.inDoc']]: 'in {title}',
  [M['overview.with']]: 'With {name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]: 'Something went wrong, and it may not have finished. Try again in a moment.',
  [M['error.google']]: 'Something went wrong on Google’s side (a temporary error). Try again in a moment.',
  [M['error.network']]: 'Could not reach Google: check your connection and try again.',
  [M['error.unknown']]: 'Something went wrong. Try again.',
  [M['error.authorization']]:
    'Google asks you to allow 1:1 Companion again: reload the Doc, then open the sidebar from the Extensions menu.',
  [M['error.storeFull']]:
    'Your storage for 1:1 Companion is full (500 KB across all your Docs). Delete some private points, or unlink Docs you no longer use.',
  [M['error.docGone']]: 'This Doc was deleted, or you can no longer open it.',
  [M['error.docForbidden']]: 'You can no longer edit this Doc: ask its owner for access.',
  [M['error.docKeptChanging']]:
    'The Doc kept changing while the add-on was writing to it. Nothing was changed; try again in a moment.',
  [M['error.notesTabGone']]:
    'The tab your 1:1 notes were in was deleted, and no other tab holds them, so nothing was written. Link the Doc again to start in its first tab.',
  [M['error.notYourDoc']]: 'That Doc is not one of your linked 1:1 Docs, so nothing was written.',
  [M['error.privateListFull']]: 'Your private list is full. Add some points to the agenda or delete them first.',
  [M['error.noUpcoming']]: 'There is no upcoming 1:1 in the calendar to add this to.',
  [M['error.sectionMissing']]: 'The upcoming meeting’s section could not be found in the Doc, so nothing was added.',
  [M['error.suggestionInTheWay']]:
    'Nothing was added: someone has suggested a change at “{heading}”, and the add-on never writes inside a suggestion. Accept or reject it in the Doc, then add again.',
  [M['error.typeTheirName']]: 'Type their name: this Doc is not linked to a 1:1 with one other person.',
  [M['error.eventDeleted']]: 'That event was deleted. Choose your current recurring 1:1.',
  [M['error.eventNotRecurring']]: '“{title}” does not repeat. Choose your recurring 1:1.',
  [M['error.pointGone']]: 'That point was already gone.',
  [M['invalid.argument']]:
    'This sidebar sent something the add-on cannot use, so nothing was changed: close it and open it again.',
  [M['invalid.chooseEvent']]: 'Choose a recurring event to link.',
  [M['invalid.unknownKey']]: 'Unknown option: {name}.',
  [M['invalid.outOfDate']]: 'This sidebar is out of date, so nothing was changed: close it and open it again.',
  [M['invalid.owner']]:
    'The owner must be you, them, or a name of letters, spaces, dots, apostrophes or hyphens (at most {count} characters).',
  [M['invalid.due']]: 'The due date must be a date.',
  [M['invalid.lead']]: 'The lead time must be a whole number of hours from {min} to {max}.',
  [M['invalid.position']]: 'Choose where new sections go: newest first or oldest first.',
  [M['invalid.template']]: 'Choose one of the templates offered.',
  [M['invalid.dateFormat']]: 'Choose one of the date formats offered.',
  [M['invalid.notesLanguage']]: 'Choose one of the languages offered for the notes.',
  [M['invalid.empty']]: 'That is empty, so nothing was added.',
  [M['invalid.tooLong']]: 'That is too long: at most {count} characters.',
  [M['run.added']]: 'Added the section “{heading}”.',
  [M['run.adopted']]: '“{heading}” is now this meeting’s section, with what it lacked added.',
  [M['run.adoptedToday']]: '“{heading}” is now today’s section, with what it lacked added.',
  [M['run.adoptedRedated']]:
    '“{heading}” is now this meeting’s section, re-dated “{redated}”, with what it lacked added.',
  [M['run.adoptedLeft']]:
    '“{heading}” is now this meeting’s section ({day}; its heading left as you wrote it), with what it lacked added.',
  [M['run.movedLeft']]: 'A meeting moved to {day} (heading left as you wrote it).',
  [M['run.noUpcoming']]: 'No upcoming 1:1 in the next two months.',
  [M['run.alreadyIn']]: 'The section for the next 1:1 is already in the Doc.',
  [M['run.todayAlreadyIn']]: 'Today’s section is already in the Doc.',
  [M['run.upToDate']]: 'Up to date.',
  [M['run.seriesEnded']]: 'The series “{title}” has ended. Link this Doc to your next recurring 1:1 to carry on.',
  [M['run.docGone']]: 'This Doc was deleted or can no longer be opened, so automatic preparation for it has stopped.',
  [M['run.docForbidden']]:
    'You can no longer edit this Doc, so automatic preparation for it has stopped. Ask for edit access, then link again.',
  [M['run.notLinked']]: 'This Doc is not linked to a calendar series. Link it from the sidebar.',
  [M['run.openSidebar']]:
    'Open the sidebar in this Doc once: the add-on needs to read its link again before it can prepare sections here.',
  [M['run.unlinkedByOther']]:
    'The other person unlinked this Doc from the series for both of you, so it is no longer prepared. Link it again from the sidebar to start again.',
  [M['run.linkedElsewhere']]:
    'This Doc was linked again, to a series your calendar does not hold, so nothing was written. Open the sidebar in it to check the link.',
  [M['run.linkUnreadable']]:
    'The link stored in this Doc could not be read, so nothing was written. Open the sidebar in it once to set it right.',
  [M['run.needsPermission']]:
    'This version of 1:1 Companion needs a permission you have not granted yet. Open the sidebar once to allow it; until then sections are not added on their own.',
  [M['calendar.eventGone']]:
    'The linked 1:1 event was deleted, or you no longer have access to it. Link the Doc to the current series again.',
  [M['calendar.forbidden']]:
    'Google Calendar refused access to the linked 1:1 event. Check that you are still invited, then link again.',
  [M['calendar.busy']]:
    'Google Calendar is busy or limiting requests right now; the add-on will try again within the hour.',
  [M['calendar.noAnswer']]: 'Google Calendar did not answer; the add-on will try again within the hour.',
  [M['calendar.syncExpired']]: 'The calendar changes feed expired; the add-on read the calendar again in full.',
  [M['calendar.paging']]:
    'Google Calendar kept sending more pages than a 1:1 needs; the add-on will try again within the hour.',
  [M['calendar.unreadable']]: 'Google Calendar could not be read; the add-on will try again within the hour.',
  [M['trigger.noHourly']]:
    'Google did not let the add-on set up its hourly check for you, so sections are not added on their own here: use “Prepare now” before each 1:1.',
  [M['trigger.hourlyOnly']]:
    'Calendar changes are checked hourly instead of at once: Google does not let a Docs add-on watch a calendar.',
  [M['conflict.done']]:
    'That item was marked done in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
  [M['conflict.reopened']]:
    'That item was reopened in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
  [M['conflict.dropped']]:
    'That item was dropped in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
  [M['conflict.gone']]:
    'That item was edited or deleted in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
  [M['conflict.copy']]:
    'A copy of that item changed in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
  [M['conflict.suggested']]:
    'Someone suggested a change to that item in its Doc, so nothing was changed: accept or reject the suggestion there first.',
  [M['notice.settingsReset']]: 'Some settings of this Doc could not be read and were set back to their defaults.',
  [M['notice.linkReset']]:
    'This Doc’s link to its calendar series could not be read and was removed: link the Doc again.',
  [M['notice.notesAside']]:
    'Your private points for this Doc could not be read: the unreadable copy was kept aside, and a fresh list started.',
  [M['notice.tabMissing']]: 'The tab your notes were in was deleted: link the Doc again to start in its first tab.',
  [M['notice.templateSettled']]:
    '“{used}” was used for one section, as it is meant to be; new sections use “{current}” again.',
  [M['overview.notReadYet']]: 'Not read yet: open it, or press “Refresh all”.',
  [M['overview.unreadable']]:
    'Not read yet: your record of it could not be read. Open it once, or wait for the next automatic run.',
  [M['overview.unlinkedHere']]: 'The other person unlinked this Doc for both of you: it has left your list.',
  [M['common.sentenceGap']]: ' ',
  [M['overview.untitled']]: 'A 1:1 Doc',
  [P['run.redated']]: { one: 'Re-dated {count} moved meeting.', other: 'Re-dated {count} moved meetings.' },
  [P['run.cancelled']]: { one: 'Marked {count} cancelled meeting.', other: 'Marked {count} cancelled meetings.' },
  [P['notice.privateKept']]: {
    one: 'Your private point for this Doc is kept in your own storage until you delete it.',
    other: 'Your private points ({count}) for this Doc are kept in your own storage until you delete them.',
  },
  [P['cadence.noneHeld']]: {
    one: 'No 1:1 was held in the last {count} day.',
    other: 'No 1:1 was held in the last {count} days.',
  },
  [P['cadence.gap']]: {
    one: 'It has been {count} day since your last 1:1: more than two weeks. Move a meeting rather than cancel it.',
    other: 'It has been {count} days since your last 1:1: more than two weeks. Move a meeting rather than cancel it.',
  },
};

/** A language's words: every message in keys.ts, plain or counted. */
export type Catalog = { readonly [K in M]: string } & { readonly [K in P]: Plural };
