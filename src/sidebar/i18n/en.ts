// The sidebar's words in English: the catalog every other language's file must match key for key (docs/ARCHITECTURE.md#languages).

/** A message whose words depend on a count, chosen by Intl.PluralRules; `{count}` is the count. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const en = {
  // ——— Shared pieces ———
  'common.loading': 'Loading…',
  'common.saving': 'Saving…',
  'common.tryAgain': 'Try again',
  'common.refresh': 'Refresh',
  'common.refreshing': 'Refreshing…',
  'common.cancel': 'Cancel',
  'common.add': 'Add',
  'common.adding': 'Adding…',
  'common.done': 'Done',
  'common.drop': 'Drop',
  'common.dropping': 'Dropping…',
  'common.keep': 'Keep',
  'common.delete': 'Delete',
  'common.turningOn': 'Turning on…',
  'common.doneAbout': 'Done: {text}',
  'common.dropAbout': 'Drop: {text}',
  'common.keepAbout': 'Keep: {text}',
  'common.deleteAbout': 'Delete: {text}',
  'common.cut': '{text}…',
  'common.due': 'due {date}',
  'common.from': 'from {date}',
  'common.moreNotShown': '{count} more not shown',
  'common.lastKnown': 'As of {when}.',
  'common.lastKnownRefreshing': 'As of {when}, refreshing…',
  'common.lastKnownRefreshingCut': 'As of {when}, refreshing… Long lists and texts are cut short until then.',
  'common.lastKnownFailed': 'As of {when}; it could not be refreshed. {error}',

  // ——— Calls ———
  'rpc.timeout': 'The server did not answer; try again.',
  'rpc.noFunction': 'The add-on has no server function {name}.',

  // ——— Forms ———
  'field.count': '{length} of {limit} characters',
  'field.countOver': '{length} of {limit} characters: {extra} too many',
  'field.tooLong': 'That is {length} characters; the limit is {limit}. Shorten it, then add it again.',

  // ——— Automation ———
  'automation.off':
    'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.',
  'automation.lastRan': 'Automatic preparation last ran {ago}: sections may not be added before your meetings.',
  'automation.notRun': 'Automatic preparation has not run for hours: sections may not be added before your meetings.',
  'automation.turnBackOn': 'Turn it back on',
  'automation.onAgain': 'Automatic preparation is on again.',

  // ——— Setup ———
  'setup.turnOnTitle': 'Automatic preparation',
  'setup.linkedButOff': 'This Doc is linked to “{title}”, but automatic preparation is off for you.',
  'setup.turnOnWhy':
    'Turn it on so that each meeting’s section is ready before it starts, whether or not the other person opens the Doc.',
  'setup.turnOn': 'Turn on',
  'setup.linkAnother': 'Link another series',
  'setup.linkTitle': 'Link your 1:1',
  'setup.intro':
    'Choose your recurring 1:1. Before each meeting, a dated section with last time’s open action items appears in this Doc.',
  'setup.link': 'Link',
  'setup.linking': 'Linking…',
  'setup.next': 'Next: {when}',
  'setup.loadingSeries': 'Loading your recurring events…',
  'setup.calendarUnreadable': 'Your calendar could not be read.',
  'setup.legend': 'Your recurring 1:1',
  'setup.noPairs': 'None of your recurring events has exactly two people. Show all recurring events to choose another.',
  'setup.noSeries':
    'No recurring events in your calendar over the next two months. Create the recurring 1:1 in Google Calendar, then refresh.',
  'setup.showAll': 'Show all recurring events',
  'setup.with.none': 'No other attendees',
  'setup.with.onlyYou': 'Only you',
  'setup.with.one': 'With {name}',
  'setup.with.two': 'With {first} and {second}',
  'setup.with.many': { one: 'With {first} and {count} other', other: 'With {first} and {count} others' },
  'setup.chooseFirst': 'Choose your recurring 1:1 first.',
  'setup.linkedTo': 'Linked to “{title}”.',
  'setup.linked': 'Linked.',
  'setup.onForYou': 'Automatic preparation is on for you.',

  // ——— Next 1:1 ———
  'next.title': 'Next 1:1',
  'next.prepare': 'Prepare now',
  'next.preparing': 'Preparing…',
  'next.notLinked':
    'This Doc is not linked to your recurring 1:1 yet. “Prepare now” adds today’s section ({today}). When you link, the newest section added this way since your last 1:1 becomes your next meeting’s section, re-dated to its day; an older one stays as it is.',
  'next.ended': 'This series has ended, and no new series with the same people was found.',
  'next.linkNew': 'Link the new series',
  'next.unreadable': 'The calendar event cannot be read right now: see Status below.',
  'next.none': 'No upcoming meeting in this series.',
  'next.cancelledMark': ' · cancelled',
  'next.soon': ' · {soon}',
  'next.cancelledAdvice': 'This meeting is cancelled. Consider moving it to another time instead: skipped 1:1s add up.',
  'next.reschedule': 'Reschedule in Google Calendar',
  'next.openCalendar': 'Open in Google Calendar',
  'next.note.todayInserted': 'Today’s section is in the Doc.',
  'next.note.todayThere': 'Today’s section was already in the Doc.',
  'next.note.inserted': 'The section is in the Doc.',
  'next.note.there': 'Nothing to add: the section was already there.',
  'next.note.done': 'Done.',

  // ——— Commitments ———
  'commitments.title': 'From last time',
  'commitments.titleOn': 'From last time ({date})',
  'commitments.nativeHint':
    'The Doc’s own checkboxes cannot be read by add-ons. To tick an item, tick it here, or put ☑ in front of it in the Doc.',
  'commitments.gotIt': 'Got it',
  'commitments.none': 'No action items from last time.',
  'commitments.noEarlier': 'No earlier meeting in this Doc yet.',
  'commitments.showAll': 'Show all {all} ({open} open)',
  'commitments.new': 'New this time',
  'commitments.open': '{count} open',
  'commitments.done': '{count} done',
  'commitments.dropped': '{count} dropped',
  'commitments.droppedMark': 'dropped',
  'commitments.overdue': '{due}, {ago}',
  'commitments.carried': { one: 'carried once', other: 'carried {count} times' },
  'commitments.owner': '{owner}: ',
  'commitments.stillOn': 'Still on?',
  'commitments.stillOnAbout': 'Still on: {text}?',

  // ——— Agenda ———
  'agenda.title': 'Agenda',
  'agenda.owner.me': 'Me',
  'agenda.owner.them': 'Them',
  'agenda.owner.other': 'Someone else…',
  'agenda.suggested': 'Suggested questions',
  'agenda.nudge': 'Add your topics for {weekday}',
  'agenda.nudgeNoDay': 'Add your topics for the next 1:1',
  'agenda.newTopic': 'New agenda topic',
  'agenda.topicPlaceholder': 'Add a topic',
  'agenda.noTopics': 'No topics yet. What you add goes into the next meeting’s section.',
  'agenda.addAction': 'Add an action item',
  'agenda.actionItem': 'Action item',
  'agenda.owner': 'Owner',
  'agenda.ownerName': 'Owner’s name',
  'agenda.dueDate': 'Due date (optional)',
  'agenda.addActionButton': 'Add action item',
  'agenda.typeTopic': 'Type a topic first.',
  'agenda.typeAction': 'Type the action item first.',
  'agenda.typeOwnerName': 'Type the owner’s name first.',
  'agenda.needOwner': 'Type the owner’s name, or choose Me or Them.',
  'agenda.badDue': 'The due date is not a date.',
  'agenda.actionAdded': 'Added to Action items: “{text}”. It is under New this time.',

  // ——— Private talking points ———
  'private.title': 'Private talking points',
  'private.intro': 'Only you can see these. They stay out of the Doc until you add one to the agenda.',
  'private.share': 'Add to agenda',
  'private.shareAbout': 'Add to agenda: {text}',
  'private.newPoint': 'New private talking point',
  'private.placeholder': 'Add a private point',
  'private.typePoint': 'Type a talking point first.',
  'private.shared': 'Added to the agenda: it is in the Doc now.',

  // ——— Cadence and privacy ———
  'cadence.title': 'Cadence',
  'cadence.none': 'No 1:1 held in the last 90 days.',
  'cadence.last': 'Last 1:1: {ago}.',
  'cadence.held': 'Held',
  'cadence.moved': 'Moved',
  'cadence.cancelled': 'Cancelled',
  'cadence.span': 'Over the last 90 days',
  'cadence.spanSentence': 'Over the last 90 days.',
  'privacy.title': 'Who can open this Doc',
  'privacy.checkAgain': 'Check again',
  'privacy.checking': 'Checking…',
  'privacy.checkedNow': 'Checked just now.',
  'privacy.checked': 'Checked {ago}.',
  'privacy.onlyYouTwo': 'Only the two of you can open this Doc.',
  'privacy.besidesYouTwo': {
    one: 'Besides the two of you, 1 more person can open this Doc. Keep sensitive notes in private talking points.',
    other:
      'Besides the two of you, {count} more people can open this Doc. Keep sensitive notes in private talking points.',
  },
  'privacy.notOneOnOneOnlyYou':
    'This series has {attendees} attendees, so it is not a 1:1. Only you can open this Doc today; anyone else invited can read it once it is shared with them.',
  'privacy.notOneOnOneOnlyPair':
    'This series has {attendees} attendees, so it is not a 1:1. Only you and the organiser can open this Doc today; anyone else invited can read it once it is shared with them.',
  'privacy.notOneOnOneBesidesYou': {
    one: 'This series has {attendees} attendees, so it is not a 1:1. Besides you, 1 more person can open this Doc. Keep sensitive notes in private talking points.',
    other:
      'This series has {attendees} attendees, so it is not a 1:1. Besides you, {count} more people can open this Doc. Keep sensitive notes in private talking points.',
  },
  'privacy.notOneOnOneBesidesPair': {
    one: 'This series has {attendees} attendees, so it is not a 1:1. Besides you and the organiser, 1 more person can open this Doc. Keep sensitive notes in private talking points.',
    other:
      'This series has {attendees} attendees, so it is not a 1:1. Besides you and the organiser, {count} more people can open this Doc. Keep sensitive notes in private talking points.',
  },

  // ——— Status ———
  'status.title': 'Status',
  'status.on': 'Automatic preparation is on. A section is added before each meeting.',
  'status.onLead': 'Automatic preparation is on. A section is added {lead} before each meeting.',
  'status.nothingYet': 'Nothing has run yet.',
  'status.heading': '{trigger} · {when}',
  'status.headingMeta': ' · {heading}',
  'status.outcome.inserted': 'Section added',
  'status.outcome.nothing': 'Nothing to do',
  'status.outcome.error': 'Failed',
  'status.upToDate': 'Up to date',
  'status.addedSection': 'Added {weekday}’s section at {time}',
  'status.updatedDoc': 'Updated the Doc at {time}: {message}',
  'status.sinceSentence': '{line} Up to date since.',
  'status.sinceLine': '{line} · up to date since.',
  'status.beforeSentence': 'Before that: {line}',
  'status.beforeLine': 'Before that: {line}.',
  'status.nextCancelled': 'The next 1:1, {when}, is cancelled.',
  'status.next': 'Next 1:1: {when}.',

  // ——— Settings ———
  'settings.title': 'Settings',
  'settings.shared': 'Shared by both of you: they apply to this Doc.',
  'settings.save': 'Save settings',
  'settings.saved': 'Settings saved.',
  'settings.unchanged': 'Nothing changed.',
  'settings.lead': 'Prepare each section',
  'settings.leadBefore': '{lead} before',
  'settings.position': 'New sections go',
  'settings.template': 'Template',
  'settings.date': 'Heading date',
  'settings.position.newest-first': 'Newest first (top of the Doc)',
  'settings.position.oldest-first': 'Oldest first (end of the Doc)',
  'settings.template.default': 'Regular 1:1',
  'settings.template.first': 'First 1:1',
  'settings.template.career': 'Career conversation',
  'settings.template.like-last': 'Like our last section',
  'settings.date.weekday-short': 'Mon, Nov 23, 2026',
  'settings.date.iso': '2026-11-23',
  'settings.date.day-month-year': '23 Nov 2026',
  'settings.lead.hours': { one: '{count} hour', other: '{count} hours' },
  'settings.lead.days': { one: '{count} day', other: '{count} days' },
  'settings.unlinkAsk':
    'Unlink this Doc for both of you? Neither of you will get new sections on their own until one of you links it again. The Doc and all its notes stay as they are.',
  'settings.unlinkBoth': 'Unlink for both of us',
  'settings.stopAlone': 'Stopping is for you alone: the other person’s automatic preparation goes on.',
  'settings.stopForMe': 'Stop automatic preparation for me',
  'settings.unlinkStart': 'Unlink this Doc from the series…',
  'settings.unlinking': 'Unlinking…',
  'settings.stopping': 'Stopping…',
  'settings.unlinkedFrom': 'Unlinked from “{title}” for both of you. The Doc keeps all its notes.',
  'settings.unlinked': 'Unlinked for both of you. The Doc keeps all its notes.',
  'settings.stopped':
    'Automatic preparation is off for you. The Doc stays linked, and the other person’s preparation goes on.',

  // ——— All my 1:1s ———
  'overview.title': 'All my 1:1s',
  'overview.backToDoc': '← This Doc',
  'overview.age.today': 'new today',
  'overview.age.days': { one: '{count} day old', other: '{count} days old' },
  'overview.age.weeks': { one: '{count} week old', other: '{count} weeks old' },
  'overview.age.months': { one: '{count} month old', other: '{count} months old' },
  'overview.age.years': { one: '{count} year old', other: '{count} years old' },
  'overview.overdueBy': { one: 'overdue by {count} day', other: 'overdue by {count} days' },
  'overview.for': 'for {date}',
  'overview.noNext': 'No next 1:1 on the calendar.',
  'overview.nextCancelled': 'Next 1:1: {when}, cancelled.',
  'overview.next': 'Next 1:1: {when}.',
  'overview.nextSoon': 'Next 1:1: {when}, {soon}.',
  'overview.nextMoved': 'Next 1:1, moved: {when}.',
  'overview.nextMovedSoon': 'Next 1:1, moved: {when}, {soon}.',
  'overview.lastToday': 'The last 1:1 was today.',
  'overview.lastTodayStrong': '⚠ The last 1:1 was today: over four weeks.',
  'overview.lastTodayWarning': '⚠ The last 1:1 was today: over two weeks.',
  'overview.since': { one: '{count} day since the last 1:1.', other: '{count} days since the last 1:1.' },
  'overview.sinceStrong': {
    one: '⚠ {count} day since the last 1:1: over four weeks.',
    other: '⚠ {count} days since the last 1:1: over four weeks.',
  },
  'overview.sinceWarning': {
    one: '⚠ {count} day since the last 1:1: over two weeks.',
    other: '⚠ {count} days since the last 1:1: over two weeks.',
  },
  'overview.nothingMine': 'Nothing open for you',
  'overview.openMine': '{count} open for you',
  'overview.forThem': '{count} for {name}',
  'overview.forThemUnnamed': '{count} for them',
  'overview.forOthers': '{count} for others',
  'overview.overdue': ' · {count} overdue',
  'overview.reading': { one: 'Read {done} of {count} Doc…', other: 'Read {done} of {count} Docs…' },
  'overview.readingStart': 'Reading your Docs…',
  'overview.read': { one: 'Read {done} of {count} Doc.', other: 'Read {done} of {count} Docs.' },
  'overview.failure': '{title}: {message}',
  'overview.refreshed': 'Refreshed {when}.',
  'overview.asLastRead': 'As each Doc was last read. Refresh all reads every Doc again; it can take a minute.',
  'overview.refreshAll': 'Refresh all',
  'overview.youOwe': 'You owe',
  'overview.yourDocs': 'Your 1:1 Docs',
  'overview.noDocs': 'No Doc linked yet: open a 1:1 Doc and link it to its series.',
  'overview.nothingOwed': 'Nothing open for you.',
  'overview.leftOut': '{count} more not shown; open their Docs.',
  'overview.inDoc': 'in {title}',
  'overview.with': 'With {name}',
} satisfies Record<string, string | Plural>;

/** Every key, with whether it is a plain message or a plural one: each catalog has exactly these. */
export type Catalog = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };
export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
export type PluralKey = Exclude<keyof Catalog, MessageKey>;
