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
};

/** A language's words: every message in keys.ts, plain or counted. */
export type Catalog = { readonly [K in M]: string } & { readonly [K in P]: Plural };
