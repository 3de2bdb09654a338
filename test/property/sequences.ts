// Random sequences of what two people, their calendars and the add-on do, played through the built Code.js in the sandbox, with every invariant checked after each server call.
import fc from 'fast-check';
import { seededPageSizes } from '../../dev/calendarEngine';
import { assertValidDocument } from '../../dev/docsEngine';
import { seenOf } from '../../src/core/seen';
import { decodeMessage, type Message } from '../../src/shared/messages';
import type { SidebarState } from '../../src/shared/types';
import type { Document, Tab } from '../../src/types/docs-api';
import { keptDocArb, LANGUAGE_TAGS, modelDocArb, WORDS } from '../support/arbitraries';
import { english } from '../support/words';
import { ANA, BEN, withSeries } from '../support/world';
import {
  type AddOnCall,
  bodyContent,
  carriedIn,
  docText,
  ensure,
  expectedCarry,
  keepsAllText,
  keptWhatPeopleWrote,
  keyRangeCounts,
  maskMarkers,
  maskMarkersInPlace,
  parse,
  unitText,
} from './oracles';
import { applyPersonEdit, type PersonEdit, personEditArb } from './people';

/** What the sequences actually exercised, printed once, so a quiet run is known to have done something. */
const seen = {
  steps: 0,
  serverCalls: 0,
  inserted: 0,
  carried: 0,
  typed: 0,
  ticks: 0,
  shared: 0,
  calendar: 0,
  typedInHeadings: 0,
  struckParts: 0,
  tabsReordered: 0,
  tabsAdded: 0,
  refusedForSuggestions: 0,
};
export function reportExercised(name: string): void {
  afterAll(() => {
    const counts = Object.entries(seen).filter(([, v]) => v > 0);
    console.log(`property: ${name} exercised ${counts.map(([k, v]) => `${v} ${k}`).join(', ')}`);
  });
}

const ZONE = 'America/New_York';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const USERS = [ANA, BEN] as const;

const userArb = fc.constantFrom(0, 0, 1);
const typedWordsArb = fc.array(
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constant('Dec 7, 2026') }),
  { minLength: 1, maxLength: 5 },
);
const lineArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

/**
 * One thing that happens: time passes (and the hourly triggers fire), a sidebar call, a change of settings, a
 * calendar change (and the calendar triggers fire), or a person typing in the Doc.
 */
export const actionArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 240 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('prepare' as const), user: userArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      user: userArb,
      pick: fc.nat(),
      done: fc.boolean(),
      anyItem: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('agenda' as const), user: userArb, text: lineArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      user: userArb,
      text: lineArb,
      owner: fc.constantFrom(undefined, 'me', 'them', 'Zoë'),
      dueDays: fc.option(fc.integer({ min: 0, max: 400 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), user: userArb, text: lineArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('share' as const), user: userArb, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forget' as const), user: userArb, pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      days: fc.integer({ min: -2, max: 3 }),
      hours: fc.integer({ min: -3, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), hours: fc.integer({ min: 1, max: 3 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      pick: fc.nat(),
      words: typedWordsArb,
      marker: fc.constantFrom('', '', '☐ ', '[ ] '),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }) },
  // A change of settings (lead time, position, template, date format) from either participant's sidebar.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      user: userArb,
      settings: fc.record(
        {
          leadHours: fc.integer({ min: 1, max: 168 }),
          position: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
          template: fc.constantFrom('default' as const, 'first' as const, 'career' as const),
          dateFormat: fc.constantFrom('weekday-short' as const, 'iso' as const, 'day-month-year' as const),
          notesLanguage: fc.constantFrom(...LANGUAGE_TAGS),
        },
        { requiredKeys: [] },
      ),
    }),
  },
);

/** What a person does to the Doc as people keep it (people.ts): type into a heading, strike part of an item, move tabs. */
export const keptActionArb = fc.oneof(
  { weight: 5, arbitrary: actionArb },
  { weight: 2, arbitrary: personEditArb.map((edit) => ({ kind: 'person' as const, edit })) },
);

type Action = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;
type AnyAction = Action | { kind: 'person'; edit: PersonEdit };

const setupFields = {
  /** Hours after Thu Nov 19, 2026, 10:00 in New York. */
  startHours: fc.integer({ min: 0, max: 120 }),
  leadHours: fc.integer({ min: 1, max: 168 }),
  position: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
  template: fc.constantFrom('default' as const, 'first' as const, 'career' as const),
  dateFormat: fc.constantFrom('weekday-short' as const, 'iso' as const, 'day-month-year' as const),
  /** The linking browser's language, which the notes' language falls back to (none: the call sends none). */
  browser: fc.constantFrom(undefined, 'en-US', 'en-GB', 'de-DE', 'es-MX', 'fr-FR', 'pt-BR', 'ja-JP', 'nl-NL'),
  benLinks: fc.boolean(),
  biweekly: fc.boolean(),
  /** Seeds the calendar's page sizes: Google may send short pages, or empty ones with a token. */
  pageSeed: fc.integer(),
};

export const setupArb = fc.record({
  doc: modelDocArb({ maxSections: 3, maxSubs: 3, maxBlocks: 3, tabs: true, keys: false }),
  ...setupFields,
});

/**
 * A Doc as people keep it (footnotes, images, chips, partial strikes, suggestions, their newlines too, tabs), not yet
 * written to: the notes come first, and tabs move only once the add-on has written (and remembered) them.
 */
export const keptSetupArb = fc.record({
  doc: keptDocArb({ shape: { keys: false }, settled: false }),
  ...setupFields,
});

interface Setup {
  doc: { doc: Document; notesTabId?: string; spareTabs?: Tab[] };
  startHours: number;
  leadHours: number;
  position: 'newest-first' | 'oldest-first';
  template: 'default' | 'first' | 'career';
  dateFormat: 'weekday-short' | 'iso' | 'day-month-year';
  browser: string | undefined;
  benLinks: boolean;
  biweekly: boolean;
  pageSeed: number;
}

interface Instance {
  status?: string;
  originalStartTime?: { dateTime?: string };
  start?: { dateTime?: string };
  end?: { dateTime?: string };
}

/** Errors a person may legitimately see from these calls; anything else ("Something went wrong: …") fails the property. */
// A line whose every place is inside someone's suggestion is refused, with the Doc as it was (found.test.ts).
/** The refusals a person may meet in a sequence: said to them, never a failure of the add-on. */
const EXPECTED_ERRORS: ReadonlySet<string> = new Set([
  'error.noUpcoming',
  'error.privateListFull',
  'error.suggestionInTheWay',
]);

/**
 * Plays one sequence through the built Code.js and checks, after every server call: the Doc stays valid; nothing in
 * it is lost (markers may swap, keyed headings may be re-dated): no character, chip, image or footnote mark, no
 * strikethrough but the add-on's own, no suggestion, and nothing outside the notes' tab (keptWhatPeopleWrote); every
 * typed string is still there; every key has one range and one section and none is lost; a new section carries
 * exactly the open items of the newest earlier one; private points reach neither the Doc nor its properties until
 * shared, and are in the Doc once shared; the next 1:1 has its section once it is within the lead time (after the
 * hourly ticks, and after "Prepare now").
 */
export function runSequence(setup: Setup, actions: AnyAction[]): void {
  const start = Date.parse('2026-11-19T15:00:00Z') + setup.startHours * HOUR;
  const env = withSeries(
    { now: start },
    { rule: setup.biweekly ? 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' : 'RRULE:FREQ=WEEKLY;BYDAY=MO' },
    setup.doc.doc,
  );
  env.calendar.pageSize = seededPageSizes(setup.pageSeed);
  /** A series' instances as the organiser reads them, every page followed. */
  const instancesOf = (eventId: string, args: { timeMin: string; timeMax: string; timeZone: string }) => {
    const items: Instance[] = [];
    let pageToken: string | undefined;
    do {
      const page = env.calendar.instances(ANA, eventId, { ...args, pageToken });
      items.push(...((page.items ?? []) as Instance[]));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return items;
  };
  const linked = setup.benLinks ? [ANA, BEN] : [ANA];
  let seriesId = env.series.id!;
  const typed: string[] = [];
  /** Private points: kept private, shared into the agenda, or deleted (which must never reach the Doc either). */
  const notes: { text: string; user: string; id: string; state: 'private' | 'sharing' | 'shared' | 'deleted' }[] = [];
  let noteCount = 0;
  let leadHours = setup.leadHours;
  let step = 'set-up';
  /** The notes' tab: the first one at set-up, where the add-on's first write goes; it must keep to it ever after. */
  const tabId = setup.doc.notesTabId ?? setup.doc.doc.tabs![0]!.tabProperties!.tabId!;

  const read = (): Document => {
    const doc = env.read();
    assertValidDocument(doc);
    return doc;
  };
  const units = (doc: Document) => unitText(doc, tabId);

  const checkTypedAndPrivate = (doc: Document) => {
    const text = maskMarkers(units(doc));
    for (const t of typed)
      ensure(text.includes(maskMarkers(t)), () => `${step}: the typed text ${JSON.stringify(t)} is still in the Doc`);
    const props = JSON.stringify(env.world.state.documentProperties);
    const plain = units(doc);
    for (const n of notes)
      if (n.state === 'private' || n.state === 'deleted') {
        ensure(!plain.includes(n.text), () => `${step}: the private point ${n.text} is not in the Doc`);
        ensure(!props.includes(n.text), () => `${step}: the private point ${n.text} is not in the Doc's properties`);
      }
  };

  /** The series the Doc follows now (the link in its properties) and its next occurrence that is not cancelled. */
  const nextOccurrence = () => {
    const link = JSON.parse(env.world.state.documentProperties[env.documentId]?.link ?? 'null') as {
      eventId: string;
      iCalUID: string;
    } | null;
    if (!link) return undefined;
    const now = env.world.state.now;
    const items = instancesOf(link.eventId, {
      timeMin: new Date(now - 2 * DAY).toISOString(),
      timeMax: new Date(now + 62 * DAY).toISOString(),
      timeZone: ZONE,
    });
    const next = items
      .filter((i) => i.status !== 'cancelled' && Date.parse(i.end?.dateTime ?? '') > now)
      .sort((a, b) => Date.parse(a.start!.dateTime!) - Date.parse(b.start!.dateTime!))[0];
    if (!next) return undefined;
    const original = new Date(Date.parse(next.originalStartTime!.dateTime!)).toISOString();
    return { key: `${link.iCalUID}|${original}`, startMs: Date.parse(next.start!.dateTime!) };
  };

  /** Runs one server-side call and checks every invariant across it. */
  const server = (label: string, run: () => void, call: AddOnCall = {}) => {
    step = label;
    seen.serverCalls++;
    const before = read();
    run();
    const after = read();
    const p0 = parse(before, tabId);
    const p1 = parse(after, tabId);
    // Character by character, chips, images and footnote marks included, with their strikethrough and suggestions,
    // in the notes' tab only: what may change is a tick's markers and own strike, and a heading still all its own.
    const problem = keptWhatPeopleWrote(before, after, tabId, { redate: true, ...call }, p0);
    ensure(!problem, () => `${label}: ${problem}`);
    // Nothing anyone wrote is lost: the add-on only inserts, swaps markers and re-dates its own headings.
    // Only headings keyed before the call may be re-dated; one a call just keyed (adopted) keeps its characters.
    const onlyKeys = new Set(keyRangeCounts(before, tabId).keys());
    ensure(
      keepsAllText(
        maskMarkers(docText(before, { skipKeyedHeadings: true, onlyKeys, tabId })),
        maskMarkers(docText(after, { skipKeyedHeadings: true, onlyKeys, tabId })),
      ),
      () => `${label}: every character of the Doc survives`,
    );
    checkTypedAndPrivate(after);
    // One section per occurrence: one range per key, no key on two sections, and no key ever lost.
    for (const [key, count] of keyRangeCounts(after, tabId))
      ensure(count === 1, () => `${label}: key ${key} has one named range, not ${count}`);
    const keys = p1.sections.flatMap((s) => (s.key ? [s.key] : []));
    ensure(new Set(keys).size === keys.length, () => `${label}: no key is on two sections: ${keys}`);
    for (const key of Object.keys(p0.keys)) ensure(key in p1.keys, () => `${label}: key ${key} is kept`);
    // Each new section carries exactly the open items of the newest earlier section, as the Doc read before.
    for (const key of Object.keys(p1.keys)) {
      if (key in p0.keys) continue;
      const sections = p1.sections.filter((s) => s.key === key);
      ensure(sections.length === 1, () => `${label}: the new key ${key} is on one section, not ${sections.length}`);
      // A section that was there before, typed by hand or prepared unlinked, is adopted as it is: what it carries is
      // what its person wrote (test/server/adopt.test.ts checks what adoption adds).
      const adopted = p0.sections.some(
        (s) =>
          (!s.key || s.key.startsWith('day|')) &&
          s.date === sections[0]!.date &&
          s.headingText === sections[0]!.headingText,
      );
      if (adopted) continue;
      const expected = expectedCarry(p0, sections[0]!.date);
      const got = carriedIn(p1, key);
      seen.inserted++;
      seen.carried += got.ids.length;
      ensure(
        got.ids.length === expected.size &&
          new Set(got.ids).size === got.ids.length &&
          got.ids.every((id) => expected.get(id) === got.from.get(id)),
        () =>
          `${label}: the section of ${key} carries the open items ${JSON.stringify([...expected])}, not ${JSON.stringify([...got.from])}`,
      );
    }
    return { before, after, p1 };
  };

  /** A sidebar call as `user`; a user error it may answer is fine, anything else fails. */
  const sidebar = (user: string, name: string, ...args: unknown[]): SidebarState | undefined => {
    env.as(user);
    try {
      return env.sandbox.call(name, ...args) as SidebarState;
    } catch (error) {
      const message = (error as Error).message;
      const code = decodeMessage(message)?.code;
      if (code && EXPECTED_ERRORS.has(code)) {
        if (code === 'error.suggestionInTheWay') seen.refusedForSuggestions++;
        return undefined;
      }
      throw new Error(`${step}: ${name} failed: ${message}`);
    }
  };

  /** A trigger run; its status must not be an error. */
  const fire = (user: string, handler: 'onHourlyTick' | 'onCalendarEventUpdated') => {
    server(`${step} → ${handler} as ${user}`, () => env.fire(user, handler));
    const raw = env.world.state.userProperties[user]?.[`status:${env.documentId}`];
    const status = raw ? (JSON.parse(raw) as { outcome: string; message: Message[] }) : undefined;
    ensure(
      status?.outcome !== 'error',
      () => `${step}: ${handler} as ${user} ended in an error: ${english(status?.message)}`,
    );
  };

  const calendarChanged = () => {
    for (const user of linked) fire(user, 'onCalendarEventUpdated');
  };

  /** When the calendar last changed: an hourly tick sees it at its daily look (see the wait step). */
  let calendarChangedAt: number | undefined;

  // Link: Ana always, Ben sometimes.
  for (const user of linked)
    server(`link as ${user}`, () => {
      env.as(user);
      env.sandbox.call(
        'linkSeries',
        {
          calendarId: 'primary',
          eventId: seriesId,
          leadHours: setup.leadHours,
          position: setup.position,
          template: setup.template,
          dateFormat: setup.dateFormat,
        },
        setup.browser ? { language: setup.browser } : {},
      );
    });

  actions.forEach((action, index) => {
    step = `step ${index} ${JSON.stringify(action)}`;
    seen.steps++;
    const label = step;
    switch (action.kind) {
      case 'wait': {
        env.setClock(env.world.state.now + action.hours * HOUR);
        const order = action.hours % 2 === 0 ? linked : [...linked].reverse();
        for (const user of order) fire(user, 'onHourlyTick');
        // Once the next meeting is within the lead time, its section is there; after a calendar change, once the
        // daily look has seen it: an idle tick reads no Calendar (its budget is no call at all), and add-ons get no
        // calendar trigger (docs/PLATFORM.md; core/occurrences.ts nextCheckAt), so a meeting moved into its lead time
        // is found within a day.
        const next = nextOccurrence();
        const changeSeen = calendarChangedAt === undefined || env.world.state.now >= calendarChangedAt + DAY;
        if (next && changeSeen && next.startMs - leadHours * HOUR <= env.world.state.now)
          ensure(
            key(next.key),
            () => `${label}: the next 1:1 (${next.key}) is within the lead time and has its section`,
          );
        break;
      }
      case 'prepare': {
        let state: SidebarState | undefined;
        server(label, () => {
          state = sidebar(USERS[action.user], 'prepareNow');
        });
        const next = nextOccurrence();
        if (state && next)
          ensure(key(next.key), () => `${label}: prepareNow left the next 1:1 (${next.key}) with its section`);
        break;
      }
      case 'tick': {
        const user = USERS[action.user];
        let id: string | undefined;
        if (action.anyItem) {
          const items = parse(read(), tabId).sections.flatMap((s) => s.items);
          id = items[action.pick % Math.max(1, items.length)]?.id;
        } else {
          const state = sidebar(user, 'getSidebarState');
          id = state?.commitments[action.pick % Math.max(1, state.commitments.length)]?.id;
        }
        if (!id) break;
        const itemId = id;
        // What a sidebar showing the item now sends with the tick (core/seen.ts).
        const seenNow = seenOf(parse(read(), tabId).sections.flatMap((s) => s.items.filter((i) => i.id === itemId)));
        const { p1 } = server(
          label,
          () => {
            sidebar(user, 'setItemDone', itemId, action.done, seenNow);
          },
          { tick: { itemId, done: action.done } },
        );
        seen.ticks++;
        const copies = p1.sections.flatMap((s) => s.items).filter((i) => i.id === itemId);
        // A copy under someone's suggestion is left as it is (README: nothing is written inside one).
        ensure(
          copies.every((c) => c.done === action.done || c.inSuggestion),
          () => `${label}: every copy of ${itemId} is ${action.done ? 'ticked' : 'unticked'}`,
        );
        break;
      }
      case 'agenda': {
        let state: SidebarState | undefined;
        const { after } = server(label, () => {
          state = sidebar(USERS[action.user], 'addAgendaItem', action.text);
        });
        if (state) ensure(docText(after, { tabId }).includes(action.text), () => `${label}: the topic is in the Doc`);
        break;
      }
      case 'action': {
        const due =
          action.dueDays === null
            ? undefined
            : new Date(env.world.state.now + action.dueDays * DAY).toISOString().slice(0, 10);
        let state: SidebarState | undefined;
        const { after } = server(label, () => {
          state = sidebar(USERS[action.user], 'addActionItem', {
            text: action.text,
            ...(action.owner ? { owner: action.owner } : {}),
            ...(due ? { due } : {}),
          });
        });
        if (state)
          ensure(docText(after, { tabId }).includes(action.text), () => `${label}: the action item is in the Doc`);
        break;
      }
      case 'note': {
        const user = USERS[action.user];
        const text = `🔒${noteCount++} ${action.text}`;
        let state: SidebarState | undefined;
        server(label, () => {
          state = sidebar(user, 'addPrivateNote', text);
        });
        const note = state?.privateNotes.find((n) => n.text === text);
        if (state) ensure(note !== undefined, () => `${label}: the point is in the private list`);
        if (note) notes.push({ text, user, id: note.id, state: 'private' });
        break;
      }
      case 'share':
      case 'forget': {
        const user = USERS[action.user];
        const mine = notes.filter((n) => n.user === user && n.state === 'private');
        if (mine.length === 0) break;
        const note = mine[action.pick % mine.length]!;
        let state: SidebarState | undefined;
        // While "Add to agenda" runs, the point is on its way into the Doc; if that fails, it must still be private.
        if (action.kind === 'share') note.state = 'sharing';
        const { after } = server(label, () => {
          state = sidebar(user, action.kind === 'share' ? 'sharePrivateNote' : 'deletePrivateNote', note.id);
        });
        if (!state) {
          note.state = 'private';
          checkTypedAndPrivate(after);
          break;
        }
        ensure(!state.privateNotes.some((n) => n.id === note.id), () => `${label}: the point left the private list`);
        note.state = action.kind === 'share' ? 'shared' : 'deleted';
        if (action.kind === 'share') {
          seen.shared++;
          ensure(units(after).includes(note.text), () => `${label}: the shared point is in the Doc`);
        }
        break;
      }
      case 'move':
      case 'cancel':
      case 'split': {
        const next = upcoming();
        if (!next) break;
        const original = next.originalStartTime!.dateTime!;
        const startMs = Date.parse(next.start!.dateTime!);
        const at = (ms: number) => ({ dateTime: new Date(ms).toISOString(), timeZone: ZONE });
        if (action.kind === 'move') {
          const moved = startMs + action.days * DAY + action.hours * HOUR;
          env.calendar.moveOccurrence(ANA, seriesId, original, at(moved), at(moved + HOUR / 2));
        } else if (action.kind === 'cancel') {
          env.calendar.cancelOccurrence(ANA, seriesId, original);
        } else {
          try {
            const moved = startMs + action.hours * HOUR;
            seriesId = env.calendar.splitSeries(ANA, seriesId, original, {
              start: at(moved),
              end: at(moved + HOUR / 2),
            }).successor.id!;
          } catch (error) {
            // Splitting at a series' first occurrence is an edit of the whole series: not what this step is about.
            if (/first occurrence/.test((error as Error).message)) break;
            throw error;
          }
        }
        seen.calendar++;
        calendarChangedAt = env.world.state.now;
        calendarChanged();
        break;
      }
      case 'type': {
        const doc = read();
        const text = units(doc);
        const slots = typingSlots(doc, text);
        if (slots.length === 0) break;
        const index = slots[action.pick % slots.length]!;
        const words = action.marker + action.words.join(' ');
        env.docs.batchUpdate(
          { requests: [{ insertText: { text: words, location: { index, tabId } } }] },
          env.documentId,
        );
        typed.push(words);
        seen.typed++;
        checkTypedAndPrivate(read());
        break;
      }
      case 'person': {
        const edit = action.edit;
        // Tabs move once the add-on has written the notes (and so remembered their tab); before, a new first tab is
        // where they would go, by design.
        const moves = edit.kind === 'reorderTabs' || edit.kind === 'addTab';
        if (moves && Object.keys(parse(read(), tabId).keys).length === 0) break;
        const avoid = insideTyped(units(read()));
        const done = applyPersonEdit(env.docs, env.documentId, tabId, setup.doc.spareTabs ?? [], edit, avoid);
        if (done?.kind === 'typeHeading') seen.typedInHeadings++;
        if (done?.kind === 'strikePart') seen.struckParts++;
        if (done?.kind === 'reorderTabs') seen.tabsReordered++;
        if (done?.kind === 'addTab') seen.tabsAdded++;
        checkTypedAndPrivate(read());
        break;
      }
      case 'settings': {
        let state: SidebarState | undefined;
        server(label, () => {
          state = sidebar(USERS[action.user], 'updateSettings', action.settings);
        });
        if (state && action.settings.leadHours !== undefined) leadHours = action.settings.leadHours;
        break;
      }
      case 'toggle': {
        const items = parse(read(), tabId).sections.flatMap((s) =>
          s.items.filter((i) => i.marker && SWAP[i.marker.text] && !i.inSuggestion),
        );
        if (items.length === 0) break;
        const item = items[action.pick % items.length]!;
        const marker = item.marker!;
        env.docs.batchUpdate(
          {
            requests: [
              {
                deleteContentRange: {
                  range: { startIndex: marker.startIndex, endIndex: marker.startIndex + marker.text.length, tabId },
                },
              },
              { insertText: { text: SWAP[marker.text]!, location: { index: marker.startIndex, tabId } } },
            ],
          },
          env.documentId,
        );
        checkTypedAndPrivate(read());
        break;
      }
    }
  });

  function key(k: string): boolean {
    return k in parse(read(), tabId).keys;
  }

  /** The next occurrence of the series as the organiser sees it now, not cancelled, still to come. */
  function upcoming(): Instance | undefined {
    const now = env.world.state.now;
    const items = instancesOf(seriesId, {
      timeMin: new Date(now).toISOString(),
      timeMax: new Date(now + 62 * DAY).toISOString(),
      timeZone: ZONE,
    });
    return items.find((i) => i.status !== 'cancelled' && Date.parse(i.start?.dateTime ?? '') > now);
  }

  /** The indexes inside something typed before (`text`: the notes' body, one unit per index). */
  function insideTyped(text: string): Set<number> {
    const forbidden = new Set<number>();
    // Typed strings hold no variation selector, so the in-place mask finds them wherever the full one would.
    const masked = maskMarkersInPlace(text);
    for (const t of typed) {
      const m = maskMarkersInPlace(t);
      for (let at = masked.indexOf(m); at >= 0; at = masked.indexOf(m, at + 1))
        for (let i = at + 1; i < at + m.length; i++) forbidden.add(i);
    }
    return forbidden;
  }

  /**
   * Where a person may type: inside any paragraph of the body (tables too), up to its newline; never between the
   * halves of a surrogate pair, nor inside something typed before (so each typed string stays findable).
   */
  function typingSlots(doc: Document, text: string): number[] {
    const forbidden = insideTyped(text);
    const slots: number[] = [];
    const walk = (content: ReturnType<typeof bodyContent>) => {
      for (const el of content) {
        if (el.paragraph) {
          for (let i = el.startIndex ?? 0; i < (el.endIndex ?? 0); i++) {
            const high = text.charCodeAt(i - 1);
            const low = text.charCodeAt(i);
            if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) continue;
            if (!forbidden.has(i)) slots.push(i);
          }
        } else if (el.table) {
          for (const row of el.table.tableRows ?? []) for (const cell of row.tableCells ?? []) walk(cell.content ?? []);
        }
      }
    };
    walk(bodyContent(doc, tabId));
    return slots;
  }
}

/** What a person types to tick or untick an item by hand. */
const SWAP: Record<string, string> = { '☐': '☑', '☑': '☐', '[ ]': '[x]', '[x]': '[ ]', '[X]': '[ ]', '✅': '☐' };
