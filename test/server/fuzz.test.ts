// Server function fuzzing: every function google.script.run may call (and the Apps Script entry points, with garbage
// events) gets malformed JSON arguments against a linked Doc. A call answers well-formed JSON or throws one readable
// sentence; a malformed call changes nothing (not the Doc, a property, a trigger or a prototype), and a valid one
// only does what it says. The functions the sidebar calls also get their last argument, the call context, good, bad
// or garbage: it is never the reason a call is refused. FC_SEED and FC_RUNS (runs per function that takes arguments)
// override the defaults. It says where it is at least every PROGRESS_MS on the terminal, and ends with a summary in
// words; FUZZ_DETAIL=1 adds a line per function.
import fc from 'fast-check';
import { docLink } from '../../src/core/marks';
import type { ActionItem, ParsedDoc } from '../../src/core/model';
import { isMessage } from '../../src/shared/messages';
import type { Document } from '../../src/types/docs-api';
import {
  anyValue,
  awkwardString,
  badCallContext,
  blank,
  buildGolden,
  callContextArg,
  dateString,
  errorProblem,
  everySoOften,
  extraArgs,
  type Fingerprint,
  type FuzzTotals,
  FuzzWorld,
  type Golden,
  goodCallContext,
  hugeString,
  isCalendarDate,
  isGoodCallContext,
  isObject,
  limitString,
  looseRecord,
  NASTY_STRINGS,
  overviewProblem,
  parse,
  patchProblem,
  progressLine,
  quote,
  sayNow,
  sectionsKeptProblem,
  seriesListProblem,
  stateProblem,
  stringsIn,
  summaryLines,
  type Variant,
  visible,
} from '../support/fuzz';
import { ANA, BEN, bodyText, keepsAllText } from '../support/world';

const RUNS = Number(process.env.FC_RUNS) || 1000;
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
/** Functions without arguments have less to fuzz: extra arguments and garbage events. */
const NO_ARGS_SHARE = 0.6;
const MIN_MALFORMED = 10_000;
/** Of those, calls of the functions the sidebar calls whose last argument is a bad call context. */
const MIN_BAD_CONTEXTS = 4_000;
/** Jest says nothing of a test file until it ends: a person waiting needs a sign of life well within half a minute. */
const PROGRESS_MS = 15_000;

type Kind =
  /** Well-formed and refers to what exists: may work (its effects are checked) or be refused cleanly. */
  | 'valid'
  /** Wrong type, shape, range or text: refused with a validation message, nothing changed. */
  | 'invalid'
  /** Well-formed but names nothing that exists here: refused, or answered with a conflict; nothing changed. */
  | 'unknown'
  /** A trigger event that is not this user's trigger's: ignored or refused; nothing changed. */
  | 'garbage';

interface Pools {
  any: fc.Arbitrary<unknown>;
  /** Action items of either golden Doc. */
  itemIds: string[];
  /** Those with their copies as each golden Doc holds them (core/seen.ts): what a sidebar showing them sends back. */
  items: [id: string, seen: string][];
  /** Every such `seen`, and some that no golden item has. */
  seens: string[];
  /** Ana's points of this Doc. */
  anaNoteIds: string[];
  /** Those, and points that exist elsewhere: Ana's in another Doc, Ben's in this one. */
  noteIds: string[];
  anaTriggers: string[];
  /** Ana's and Ben's triggers. */
  triggerUids: string[];
  linkable: string[];
  otherEvents: string[];
  /** Ana's linked Doc and another Doc she did not link. */
  documentIds: string[];
}

interface Ctx {
  world: FuzzWorld;
  golden: Golden;
  args: unknown[];
  // biome-ignore lint/suspicious/noExplicitAny: the JSON answer, already checked to be well-formed.
  result: any;
  changed: string[];
  doc(): Document;
  parsed(): ParsedDoc;
}

interface Spec {
  name: string;
  /**
   * Arguments the function takes before the call context (which only the functions the sidebar calls take); any
   * beyond are extra, and a call with extra ones counts as malformed.
   */
  arity: number;
  answers: 'state' | 'patch' | 'series' | 'overview' | 'nothing';
  args(pools: Pools): fc.Arbitrary<unknown[]>;
  classify(args: unknown[], golden: Golden): Kind;
  /** What a valid call that answered may have done; a problem in words, or undefined. */
  effects(ctx: Ctx): string | undefined;
}

// ——— What a valid call may change ———

/** What a sidebar sends of an item it shows: its copies that read open, done and dropped ("2.1.0"). */
const SEEN = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/**
 * An action on an item: refused unless its id is a string and `seen` reads as a sidebar writes it; an item the golden
 * Doc lacks, or whose copies are not as seen, is answered with a conflict and changes nothing. As seen means: as many
 * copies done and dropped, and at least as many open (one more carried since is no change).
 */
function itemKind(id: unknown, seen: unknown, golden: Golden): Kind {
  const sent = typeof seen === 'string' ? SEEN.exec(seen) : null;
  if (typeof id !== 'string' || !sent) return 'invalid';
  // Own keys only: "constructor" or "__proto__" names no item.
  const held = new Map(Object.entries(golden.seen)).get(id);
  if (held === undefined) return 'unknown';
  const [open, done, dropped] = held.split('.').map(Number) as [number, number, number];
  const [sentOpen, sentDone, sentDropped] = sent.slice(1).map(Number) as [number, number, number];
  return done === sentDone && dropped === sentDropped && open >= sentOpen ? 'valid' : 'unknown';
}

/** A Doc id that is not Ana's linked Doc is refused, whatever else the call says; then as for a tick. */
function overviewItemKind(documentId: unknown, id: unknown, seen: unknown, golden: Golden, doneOk: boolean): Kind {
  if (documentId !== golden.documentId || !doneOk) return 'invalid';
  return itemKind(id, seen, golden);
}

/**
 * Nothing but `markers` changed in the Doc, and (unless the call said why not) every copy of the item reads as
 * `reads` wants.
 */
function everyCopy(
  ctx: Ctx,
  id: string,
  markers: RegExp,
  reads: { ok: (item: ActionItem) => boolean; says: string },
): string | undefined {
  const unmarked = (doc: Document) => visible(bodyText(doc).replace(markers, ''));
  return first(
    () => onlyChanged(ctx, 'doc'),
    () => sectionsKeptProblem(ctx.world.parsedGolden, ctx.parsed()),
    () => (unmarked(ctx.world.goldenDoc) === unmarked(ctx.doc()) ? undefined : 'changed more than markers'),
    () => {
      if (ctx.result.conflict) return undefined;
      const copies = ctx.parsed().sections.flatMap((s) => s.items.filter((i) => i.id === id));
      if (copies.length === 0) return 'no copy of the item is left';
      return copies.every(reads.ok) ? undefined : `not every copy reads ${reads.says}`;
    },
  );
}

/** Every copy of the item reads `done`, and nothing but markers changed. */
const ticked = (ctx: Ctx, id: string, done: boolean) =>
  everyCopy(ctx, id, /[☐☑✅✓]|\[[ xX]\]/g, { ok: (c) => c.done === done, says: `done = ${done}` });

/**
 * What every answered sidebar call may write: the zone it sent, this user's record of the Doc (the series as they last
 * read it, the sharing they were shown), the state it answered, kept for the next open of the sidebar (last-known
 * state), and the Doc's summary for All my 1:1s.
 */
const answeredCallRecord = (change: string) =>
  change === `userProperties[${ANA}][account]` ||
  change.startsWith(`userProperties[${ANA}][doc:`) ||
  change.startsWith(`userProperties[${ANA}][last:`) ||
  change.startsWith(`userProperties[${ANA}][sum:`);

/** A problem when the call changed anything beyond `allowed` ("doc", "triggers", or a properties store). */
function onlyChanged(ctx: Ctx, ...allowed: string[]): string | undefined {
  // Any call that succeeds keeps the zone its sidebar sent (the account record) and, for a write, its request id.
  const beyond = ctx.changed.filter(
    (c) => !answeredCallRecord(c) && !allowed.some((a) => c === a || c.startsWith(`${a}[`)),
  );
  return beyond.length > 0 ? `changed ${beyond.join(', ')}` : undefined;
}

/** The Doc after a write: every earlier section still a section, and nothing the user wrote deleted. */
function docSane(ctx: Ctx): string | undefined {
  const kept = sectionsKeptProblem(ctx.world.parsedGolden, ctx.parsed());
  if (kept) return kept;
  if (!keepsAllText(bodyText(ctx.world.goldenDoc), bodyText(ctx.doc()))) return 'deleted text from the Doc';
  return undefined;
}

const first = (...problems: (() => string | undefined)[]) => {
  for (const problem of problems) {
    const found = problem();
    if (found) return found;
  }
  return undefined;
};

/** Ana's private points in the golden world, for this Doc. */
function goldenNotes(golden: Golden): { id: string; text: string }[] {
  const state = JSON.parse(golden.state) as { userProperties: Record<string, Record<string, string>> };
  return JSON.parse(state.userProperties[ANA]![`notes:${golden.documentId}`]!).notes;
}

const STARTS_WITH_MARKER = /^\s*(☐|☑|✅|✓|\[[ xX]\])/;

/** A text the call accepted shows in the Doc (the Docs API drops private-use characters; `visible` does too). */
function inDoc(ctx: Ctx, text: string): string | undefined {
  return visible(bodyText(ctx.doc())).includes(visible(text)) ? undefined : `${quote(text)} is not in the Doc`;
}

function inAgenda(ctx: Ctx, text: string): string | undefined {
  if (STARTS_WITH_MARKER.test(text)) return undefined; // A bullet starting with a marker reads as an action item.
  const agenda = ctx.result.agenda as { text: string }[];
  return agenda.some((a) => visible(a.text) === visible(text))
    ? undefined
    : `the accepted topic ${quote(text)} is not in the agenda it answered (${quote(agenda)})`;
}

function settingsFollow(ctx: Ctx, patch: Record<string, unknown>): string | undefined {
  for (const key of ['leadHours', 'position', 'template', 'dateFormat'])
    if (patch[key] !== undefined && ctx.result.settings?.[key] !== patch[key])
      return `settings.${key} is ${JSON.stringify(ctx.result.settings?.[key])}, not ${JSON.stringify(patch[key])}`;
  return undefined;
}

/** Every user's triggers after the call. */
const triggersNow = (ctx: Ctx) => ctx.world.env.world.state.triggers;

function statusNotError(ctx: Ctx): string | undefined {
  const key = `doc:${ctx.golden.documentId}`;
  if (!ctx.changed.includes(`userProperties[${ANA}][${key}]`)) return undefined;
  const state = JSON.parse(ctx.world.fingerprint().userProperties) as Record<string, Record<string, string>>;
  const status = (JSON.parse(state[ANA]![key]!) as { status?: { outcome: string; message: string } }).status;
  return status?.outcome === 'error' ? `recorded an error status: ${status.message}` : undefined;
}

/**
 * A trigger run reads the calendar of the user whose trigger it is, and no other: the calendarId of an event that did
 * not come from Apps Script (anyone can call a top-level function) must not point it elsewhere.
 */
function ownCalendarOnly(ctx: Ctx): string | undefined {
  const other = ctx.world.calendarsRead.find((c) => c !== 'primary' && c !== ANA);
  return other === undefined ? undefined : `a trigger run read the calendar ${quote(other)}`;
}

// ——— How each function's arguments are judged ———

const POSITIONS = ['newest-first', 'oldest-first'];
const TEMPLATES = ['default', 'first', 'career', 'like-last'];
const DATE_FORMATS = ['weekday-short', 'iso', 'day-month-year'];
const NOTES_LANGUAGES = ['en', 'en-GB', 'de', 'es', 'fr', 'pt-BR', 'ja'];
const SETTINGS_KEYS = ['leadHours', 'position', 'template', 'dateFormat', 'notesLanguage'];
const LINK_KEYS = ['calendarId', 'eventId', ...SETTINGS_KEYS];

/** One line of text: a string with something visible in it, of a sane length (a paragraph, not a document). */
function textKind(value: unknown): Kind {
  if (typeof value !== 'string' || blank(value) || value.length > 10_000) return 'invalid';
  return 'valid';
}

const onlyKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((k) => keys.includes(k));

function settingsFieldsValid(value: Record<string, unknown>): boolean {
  const lead = value.leadHours;
  return (
    (lead === undefined || (Number.isInteger(lead) && (lead as number) >= 1 && (lead as number) <= 168)) &&
    (value.position === undefined || POSITIONS.includes(value.position as string)) &&
    (value.template === undefined || TEMPLATES.includes(value.template as string)) &&
    (value.dateFormat === undefined || DATE_FORMATS.includes(value.dateFormat as string)) &&
    (value.notesLanguage === undefined || NOTES_LANGUAGES.includes(value.notesLanguage as string))
  );
}

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** "me", "them", or a name of letters (with spaces, dots, apostrophes, hyphens), at most 40. */
function ownerValid(owner: unknown): boolean {
  if (owner === undefined || owner === '' || owner === 'me' || owner === 'them') return true;
  if (typeof owner !== 'string') return false;
  const name = owner.trim();
  return /^\p{L}[\p{L}\p{M} .'’-]*$/u.test(name) && [...name].length <= 40;
}

function ownTrigger(event: unknown, golden: Golden): event is Record<string, unknown> {
  return isObject(event) && typeof event.triggerUid === 'string' && golden.anaTriggers.includes(event.triggerUid);
}

// ——— Arguments ———

const pick = <T>(...arbitraries: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...arbitraries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** The real arguments, then maybe extra ones; or none at all; or a random list. */
const argList = (pools: Pools, real: fc.Arbitrary<unknown[]>) =>
  pick<unknown[]>(
    [8, fc.tuple(real, extraArgs(pools.any)).map(([args, extra]) => [...args, ...extra])],
    [1, fc.constant([])],
    [2, fc.array(pools.any, { maxLength: 4 })],
  );

/** Valid settings fields, each present or not. */
const validSettings = fc.record(
  {
    leadHours: fc.integer({ min: 1, max: 168 }),
    position: fc.constantFrom(...POSITIONS),
    template: fc.constantFrom(...TEMPLATES),
    dateFormat: fc.constantFrom(...DATE_FORMATS),
    notesLanguage: fc.constantFrom(...NOTES_LANGUAGES),
  },
  { requiredKeys: [] },
);

/** Plain text a person would type: letters, digits, punctuation, spaces. */
const plainText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter((t) => !blank(t) && visible(t) !== '');

const textArg = (pools: Pools) =>
  pick<unknown>(
    [3, awkwardString(40)],
    [2, plainText],
    [2, fc.constantFrom(...NASTY_STRINGS)],
    [1, hugeString],
    [1, limitString],
    [3, pools.any],
  );

const idArg = (pools: Pools, ids: string[]) =>
  pick<unknown>(
    [3, fc.constantFrom(...ids)],
    [1, fc.stringMatching(/^[a-z0-9]{1,32}$/)],
    [1, awkwardString()],
    [1, limitString],
    [3, pools.any],
  );

/** What a sidebar saw of an item: one a golden item has, one near it, another, or anything. */
const seenArg = (pools: Pools) =>
  pick<unknown>(
    [4, fc.constantFrom(...pools.seens)],
    [1, fc.tuple(fc.nat(5), fc.nat(2), fc.nat(2)).map((counts) => counts.join('.'))],
    [1, fc.constantFrom<unknown>('', '1.0', '1.0.0.0', ' 1.0.0', '-1.0.0', '1e3.0.0', '123456.0.0', '١.٠.٠')],
    [2, pools.any],
  );

const extraKey = pick<string>(
  [2, fc.constantFrom('priority', 'Text', '__proto__', 'constructor', 'prototype', 'owner ', 'done', 'id', '')],
  [1, awkwardString(12)],
);

const settingsFields = (pools: Pools) => ({
  leadHours: pick<unknown>(
    [3, fc.integer({ min: -10, max: 200 })],
    [1, fc.double()],
    [1, fc.constantFrom<unknown>(0, 1, 168, 169, 24.5, '24', null, 1e308, [24])],
    [1, pools.any],
  ),
  position: pick<unknown>([3, fc.constantFrom(...POSITIONS, 'Newest-first', 'newest')], [1, pools.any]),
  template: pick<unknown>([3, fc.constantFrom(...TEMPLATES, 'custom', 'Default')], [1, pools.any]),
  dateFormat: pick<unknown>([3, fc.constantFrom(...DATE_FORMATS, 'locale', 'ISO')], [1, pools.any]),
  notesLanguage: pick<unknown>([3, fc.constantFrom(...NOTES_LANGUAGES, 'pt', 'EN', 'nl', 'en_GB')], [1, pools.any]),
});

const triggerEvent = (pools: Pools) =>
  pick<unknown>(
    [2, pools.any],
    [1, fc.constantFrom(...pools.anaTriggers).map((triggerUid) => ({ authMode: 'FULL', triggerUid, timezone: 'UTC' }))],
    [
      5,
      looseRecord(
        {
          authMode: pick<unknown>([3, fc.constantFrom('FULL', 'LIMITED', 'NONE')], [1, pools.any]),
          triggerUid: pick<unknown>(
            [4, fc.constantFrom(...pools.triggerUids, '0', '5', '99', '', '1 ', '01')],
            [1, awkwardString()],
            [1, pools.any],
          ),
          calendarId: pick<unknown>(
            [3, fc.constantFrom(ANA, BEN, 'primary', '', 'cy@example.com', 'ANA@example.com')],
            [1, awkwardString()],
            [1, pools.any],
          ),
          timezone: pick<unknown>([2, fc.constantFrom('UTC', 'Mars/Olympus')], [1, pools.any]),
        },
        extraKey,
        pools.any,
      ),
    ],
  );

const noArgs = (pools: Pools) =>
  pick<unknown[]>([1, fc.constant([])], [4, fc.array(pools.any, { minLength: 1, maxLength: 3 })]);

const unchanged = (ctx: Ctx) => onlyChanged(ctx);

// ——— The functions ———

/** A private point's id argument: now and then one of Ana's own, mostly ids that are someone else's or made up. */
const noteIdArgument: Pick<Spec, 'args' | 'classify'> = {
  args: (pools) =>
    argList(
      pools,
      fc.tuple(
        pick<unknown>(
          [1, fc.constantFrom(...pools.anaNoteIds)],
          [4, idArg(pools, [...pools.noteIds, ...pools.itemIds])],
        ),
      ),
    ),
  classify: ([id], golden) => (typeof id !== 'string' ? 'invalid' : golden.noteIds.includes(id) ? 'valid' : 'unknown'),
};

const SPECS: Spec[] = [
  {
    name: 'getSidebarState',
    arity: 0,
    answers: 'state',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => unchanged(ctx),
        () => (ctx.result.linked ? undefined : 'the Doc reads as unlinked'),
      ),
  },
  {
    name: 'listRecurringSeries',
    arity: 0,
    answers: 'series',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => unchanged(ctx),
        () =>
          (ctx.result as { eventId: string }[]).some((s) => s.eventId === ctx.golden.seriesId)
            ? undefined
            : 'the 1:1 series is not listed',
      ),
  },
  {
    name: 'linkSeries',
    arity: 1,
    answers: 'state',
    args: (pools) =>
      argList(
        pools,
        fc.tuple(
          pick<unknown>(
            [2, pools.any],
            [
              3,
              fc
                .tuple(fc.constantFrom('primary', ANA), fc.constantFrom(...pools.linkable), validSettings)
                .map(([calendarId, eventId, settings]) => ({ calendarId, eventId, ...settings })),
            ],
            [
              5,
              looseRecord(
                {
                  calendarId: pick<unknown>(
                    [4, fc.constantFrom('primary', ANA, BEN, 'nobody@example.com', 'cy@example.com')],
                    [1, awkwardString()],
                    [1, limitString],
                    [1, pools.any],
                  ),
                  eventId: pick<unknown>(
                    [4, fc.constantFrom(...pools.linkable, ...pools.otherEvents, 'nosuchevent')],
                    [1, awkwardString()],
                    [1, limitString],
                    [1, pools.any],
                  ),
                  ...settingsFields(pools),
                },
                extraKey,
                pools.any,
              ),
            ],
          ),
        ),
      ),
    classify([options], golden) {
      if (!isObject(options) || !onlyKeys(options, LINK_KEYS)) return 'invalid';
      if (!nonEmptyString(options.calendarId) || !nonEmptyString(options.eventId)) return 'invalid';
      if (!settingsFieldsValid(options)) return 'invalid';
      // Ben's calendar too: the engine lets Ana read it, as if he had shared it with her.
      const calendar = ['primary', ANA, BEN].includes(options.calendarId);
      const event = [...golden.linkableEvents, ...golden.otherEvents].includes(options.eventId);
      return calendar && event ? 'valid' : 'unknown';
    },
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties', 'triggers'),
        () => (ctx.result.linked === true ? undefined : 'answered an unlinked state'),
        () => settingsFollow(ctx, ctx.args[0] as Record<string, unknown>),
        () => {
          const triggers = triggersNow(ctx);
          const mine = triggers.filter((t) => t.user === ANA).map((t) => t.handler);
          const bens = triggers.filter((t) => t.user === BEN).map((t) => t.uid);
          // At most two hourly triggers, in two of her Docs (an editor add-on has no calendar trigger).
          if (mine.length === 0 || mine.length > 2 || mine.some((h) => h !== 'onHourlyTick'))
            return `left Ana with the triggers ${JSON.stringify(mine)}`;
          return JSON.stringify(bens) === JSON.stringify(ctx.golden.benTriggers) ? undefined : 'touched Ben’s triggers';
        },
      ),
  },
  {
    // Unlinks the Doc for both people: the shared link goes, the Doc's mark says so, Ana's part goes, Ben's triggers
    // and the text stay.
    name: 'unlinkDocument',
    arity: 0,
    answers: 'state',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties', 'triggers'),
        () => docSane(ctx),
        () => (ctx.result.linked ? 'the state still says linked' : undefined),
        () => (docLink(ctx.parsed()).kind === 'one' ? undefined : 'the Doc’s mark does not say it is unlinked'),
        () => {
          const triggers = triggersNow(ctx);
          if (triggers.some((t) => t.user === ANA)) return 'left Ana’s triggers in place';
          const bens = triggers.filter((t) => t.user === BEN).map((t) => t.uid);
          return JSON.stringify(bens) === JSON.stringify(ctx.golden.benTriggers) ? undefined : 'removed Ben’s triggers';
        },
      ),
  },
  {
    name: 'unlinkSeries',
    arity: 0,
    answers: 'state',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'userProperties', 'triggers'),
        () => {
          const triggers = triggersNow(ctx);
          if (triggers.some((t) => t.user === ANA)) return 'left Ana’s triggers in place';
          const bens = triggers.filter((t) => t.user === BEN).map((t) => t.uid);
          return JSON.stringify(bens) === JSON.stringify(ctx.golden.benTriggers) ? undefined : 'removed Ben’s triggers';
        },
      ),
  },
  {
    name: 'updateSettings',
    arity: 1,
    answers: 'state',
    args: (pools) =>
      argList(
        pools,
        fc.tuple(
          pick<unknown>(
            [2, pools.any],
            [2, validSettings],
            [5, looseRecord(settingsFields(pools), extraKey, pools.any)],
          ),
        ),
      ),
    classify: ([patch]) =>
      isObject(patch) && onlyKeys(patch, SETTINGS_KEYS) && settingsFieldsValid(patch) ? 'valid' : 'invalid',
    effects: (ctx) =>
      first(
        // The settings go into the Doc's mark too, where the other person's trigger reads them.
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
        () => docSane(ctx),
        () => settingsFollow(ctx, ctx.args[0] as Record<string, unknown>),
      ),
  },
  {
    name: 'prepareNow',
    arity: 0,
    answers: 'state',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
        () => docSane(ctx),
        () =>
          ctx.result.status?.outcome === 'error' ? `answered an error status: ${ctx.result.status.message}` : undefined,
        () =>
          ctx.parsed().sections.some((s) => s.date === '2026-11-23') ? undefined : 'the Nov 23 section is not there',
      ),
  },
  // Drop and Keep take one item id and what the sidebar saw of it, like a tick; Drop writes the dropped marker in every copy, Keep only this user's
  // answer (never the Doc).
  ...(['dropItem', 'keepItem'] as const).map(
    (name): Spec => ({
      name,
      arity: 2,
      answers: 'state',
      args: (pools) =>
        argList(
          pools,
          pick<unknown[]>(
            [6, fc.tuple(idArg(pools, [...pools.itemIds, ...pools.noteIds]), seenArg(pools))],
            [3, fc.constantFrom(...pools.items)],
            [1, fc.tuple(fc.constantFrom(...pools.itemIds))],
          ),
        ),
      classify: ([id, seen], golden) => itemKind(id, seen, golden),
      effects(ctx) {
        if (name === 'keepItem') return onlyChanged(ctx, 'userProperties');
        const [id] = ctx.args as [string];
        return everyCopy(ctx, id, /[☐☑✅✓✗]|\[[ xX-]\]/g, { ok: (c) => Boolean(c.dropped), says: 'dropped' });
      },
    }),
  ),
  {
    name: 'setItemDone',
    arity: 3,
    answers: 'state',
    args: (pools) =>
      argList(
        pools,
        pick<unknown[]>(
          [
            6,
            fc.tuple(
              idArg(pools, [...pools.itemIds, ...pools.noteIds]),
              pick<unknown>(
                [3, fc.boolean()],
                [1, fc.constantFrom<unknown>('true', 'false', 1, 0, null, 'yes')],
                [2, pools.any],
              ),
              seenArg(pools),
            ),
          ],
          [3, fc.tuple(fc.constantFrom(...pools.items), fc.boolean()).map(([[id, seen], done]) => [id, done, seen])],
          [1, fc.tuple(idArg(pools, pools.itemIds), fc.boolean())],
        ),
      ),
    classify([id, done, seen], golden) {
      return typeof done === 'boolean' ? itemKind(id, seen, golden) : 'invalid';
    },
    effects(ctx) {
      const [id, done] = ctx.args as [string, boolean];
      return ticked(ctx, id, done);
    },
  },
  // All my 1:1s: reading it changes nothing; Refresh all only this user's summaries and its own record.
  {
    name: 'getOverview',
    arity: 0,
    answers: 'overview',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) => onlyChanged(ctx),
  },
  {
    name: 'refreshOverview',
    arity: 0,
    answers: 'overview',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) => onlyChanged(ctx, 'userProperties'),
  },
  // An item ticked or dropped from All my 1:1s: only in one of Ana's own linked Docs, under a tick's rules.
  {
    name: 'setOverviewItemDone',
    arity: 4,
    answers: 'overview',
    args: (pools) =>
      argList(
        pools,
        pick<unknown[]>(
          [
            5,
            fc.tuple(
              idArg(pools, pools.documentIds),
              idArg(pools, pools.itemIds),
              fc.oneof(fc.boolean(), pools.any),
              seenArg(pools),
            ),
          ],
          [
            3,
            fc
              .tuple(fc.constantFrom(...pools.documentIds), fc.constantFrom(...pools.items), fc.boolean())
              .map(([documentId, [id, seen], done]) => [documentId, id, done, seen]),
          ],
        ),
      ),
    classify: ([documentId, id, done, seen], golden) =>
      overviewItemKind(documentId, id, seen, golden, typeof done === 'boolean'),
    effects(ctx) {
      const [, id, done] = ctx.args as [string, string, boolean];
      return ticked(ctx, id, done);
    },
  },
  {
    name: 'dropOverviewItem',
    arity: 3,
    answers: 'overview',
    args: (pools) =>
      argList(
        pools,
        pick<unknown[]>(
          [5, fc.tuple(idArg(pools, pools.documentIds), idArg(pools, pools.itemIds), seenArg(pools))],
          [
            3,
            fc
              .tuple(fc.constantFrom(...pools.documentIds), fc.constantFrom(...pools.items))
              .map(([documentId, [id, seen]]) => [documentId, id, seen]),
          ],
        ),
      ),
    classify: ([documentId, id, seen], golden) => overviewItemKind(documentId, id, seen, golden, true),
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc'),
        () => sectionsKeptProblem(ctx.world.parsedGolden, ctx.parsed()),
      ),
  },
  {
    name: 'addAgendaItem',
    arity: 1,
    answers: 'state',
    args: (pools) => argList(pools, fc.tuple(textArg(pools))),
    classify: ([text]) => textKind(text),
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
        () => docSane(ctx),
        () => inDoc(ctx, ctx.args[0] as string),
        () => inAgenda(ctx, ctx.args[0] as string),
      ),
  },
  {
    name: 'addActionItem',
    arity: 1,
    answers: 'state',
    args: (pools) =>
      argList(
        pools,
        fc.tuple(
          pick<unknown>(
            [2, pools.any],
            [
              3,
              fc.record(
                {
                  text: plainText,
                  owner: fc.constantFrom('me', 'them', 'Ana', 'Chloé Dubois', "Seán O'Brien", ''),
                  due: fc.constantFrom('2026-12-01', '2027-01-05', '2026-11-23', ''),
                },
                { requiredKeys: ['text'] },
              ),
            ],
            [
              5,
              looseRecord(
                {
                  text: textArg(pools),
                  owner: pick<unknown>(
                    [
                      3,
                      fc.constantFrom(
                        'me',
                        'them',
                        '',
                        'Ana',
                        'Chloé Dubois',
                        "Seán O'Brien",
                        'Ben-Ali',
                        ' Ana ',
                        'Ana2',
                      ),
                    ],
                    [2, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 45 })],
                    [2, awkwardString()],
                    [1, hugeString],
                    [2, pools.any],
                  ),
                  due: pick<unknown>(
                    [
                      3,
                      fc.constantFrom(
                        '2026-12-01',
                        '2026-02-29',
                        '2028-02-29',
                        '0999-01-01',
                        '1000-01-01',
                        '9999-12-31',
                        '',
                        '2026-1-1',
                        '2026-13-01',
                        '2026-12-01T00:00:00Z',
                      ),
                    ],
                    [2, dateString],
                    [1, awkwardString()],
                    [2, pools.any],
                  ),
                },
                extraKey,
                pools.any,
              ),
            ],
          ),
        ),
      ),
    classify([item]) {
      if (!isObject(item) || !onlyKeys(item, ['text', 'owner', 'due'])) return 'invalid';
      if (textKind(item.text) === 'invalid' || !ownerValid(item.owner)) return 'invalid';
      return item.due === undefined || item.due === '' || isCalendarDate(item.due) ? 'valid' : 'invalid';
    },
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
        () => docSane(ctx),
        () => inDoc(ctx, (ctx.args[0] as { text: string }).text),
      ),
  },
  {
    name: 'addPrivateNote',
    arity: 1,
    answers: 'patch',
    args: (pools) => argList(pools, fc.tuple(textArg(pools))),
    classify: ([text]) => textKind(text),
    effects(ctx) {
      const notes = ctx.result.privateNotes as { text: string }[];
      const text = visible(ctx.args[0] as string);
      return first(
        () => onlyChanged(ctx, `userProperties[${ANA}][notes:${ctx.golden.documentId}]`),
        () => (notes.length === goldenNotes(ctx.golden).length + 1 ? undefined : 'the list did not grow by one'),
        () => (visible(notes[notes.length - 1]!.text) === text ? undefined : 'the new point reads differently'),
      );
    },
  },
  {
    name: 'deletePrivateNote',
    arity: 1,
    answers: 'patch',
    ...noteIdArgument,
    effects(ctx) {
      const left = (ctx.result.privateNotes as { id: string }[]).map((n) => n.id);
      const expected = goldenNotes(ctx.golden)
        .map((n) => n.id)
        .filter((id) => id !== ctx.args[0]);
      return first(
        () => onlyChanged(ctx, `userProperties[${ANA}][notes:${ctx.golden.documentId}]`),
        () => (JSON.stringify(left) === JSON.stringify(expected) ? undefined : `left the points ${left}`),
      );
    },
  },
  {
    name: 'sharePrivateNote',
    arity: 1,
    answers: 'state',
    ...noteIdArgument,
    effects(ctx) {
      const note = goldenNotes(ctx.golden).find((n) => n.id === ctx.args[0])!;
      return first(
        () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
        () => docSane(ctx),
        () => inDoc(ctx, note.text),
        () => inAgenda(ctx, note.text),
        () =>
          (ctx.result.privateNotes as { id: string }[]).some((n) => n.id === note.id)
            ? 'the shared point is still private'
            : undefined,
      );
    },
  },
  // "Check again" in the privacy panel: the sharing looked up again, kept in this user's record of the Doc.
  {
    name: 'checkSharingAgain',
    arity: 0,
    answers: 'patch',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => unchanged(ctx),
        () => (isObject(ctx.result.privacy) ? undefined : 'answered no privacy'),
      ),
  },
  // Sets this user's automation up again in the open Doc: their triggers and account only.
  {
    name: 'restoreAutomation',
    arity: 0,
    answers: 'overview',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => onlyChanged(ctx, 'userProperties', 'triggers'),
        () => {
          const mine = triggersNow(ctx).filter((t) => t.user === ANA);
          return mine.length >= 1 && mine.length <= 2 ? undefined : `left Ana ${mine.length} triggers`;
        },
      ),
  },
  // The two trigger entry points take the same event and promise the same: the same spec for both.
  ...(['onHourlyTick', 'onCalendarEventUpdated'] as const).map(
    (name): Spec => ({
      name,
      arity: 1,
      answers: 'nothing',
      args: (pools) => argList(pools, fc.tuple(triggerEvent(pools))),
      classify: ([event], golden) => (ownTrigger(event, golden) ? 'valid' : 'garbage'),
      effects: (ctx) =>
        first(
          () => onlyChanged(ctx, 'doc', 'documentProperties', 'userProperties'),
          () => docSane(ctx),
          () => statusNotError(ctx),
          () => ownCalendarOnly(ctx),
        ),
    }),
  ),
  ...(['onOpen', 'onInstall'] as const).map(
    (name): Spec => ({
      name,
      arity: 0,
      answers: 'nothing',
      args: (pools) =>
        pick<unknown[]>(
          [1, fc.constant([])],
          [2, fc.tuple(triggerEvent(pools))],
          [3, fc.array(pools.any, { minLength: 1, maxLength: 3 })],
        ),
      classify: () => 'valid',
      effects: (ctx) =>
        first(
          () => unchanged(ctx),
          () => (ctx.world.env.world.ui.menus.length === 1 ? undefined : 'did not build the menu once'),
        ),
    }),
  ),
  {
    name: 'showSidebar',
    arity: 0,
    answers: 'nothing',
    args: noArgs,
    classify: () => 'valid',
    effects: (ctx) =>
      first(
        () => unchanged(ctx),
        () => (ctx.world.env.world.ui.sidebars.length === 1 ? undefined : 'did not open the sidebar once'),
      ),
  },
];

/** The functions the sidebar calls (those that answer JSON) take the call context as their last argument. */
const takesContext = (spec: Spec) => spec.answers !== 'nothing';

/**
 * A call's arguments: for a function the sidebar calls, its own, then a context right where it goes (after the
 * function's arguments; after fewer when the call lacks some, as a sidebar that dropped one would send it), then any
 * extra ones. Entry points get their arguments alone.
 */
function callArgs(spec: Spec, pools: Pools): fc.Arbitrary<unknown[]> {
  if (!takesContext(spec)) return spec.args(pools);
  return fc
    .tuple(spec.args(pools), callContextArg(pools.any))
    .map(([args, context]) => [...args.slice(0, spec.arity), ...context, ...args.slice(spec.arity)]);
}

/** The context a call sent, when it sent one where it goes; undefined when it sent none or sent too few arguments. */
function sentContext(spec: Spec, args: unknown[]): { value: unknown } | undefined {
  return takesContext(spec) && args.length > spec.arity ? { value: args[spec.arity] } : undefined;
}

// ——— Running them ———

interface Tally {
  calls: number;
  malformed: number;
  /** Calls whose context (in its place) was not a well-formed one. */
  badContexts: number;
  kinds: Record<Kind, number>;
  threw: number;
  ms: number;
}

const tallies = new Map<string, Tally>();
const worlds = {} as Record<Variant, FuzzWorld>;
let pools: Pools;
let started = 0;
/** The functions whose property failed, in the order they failed. */
const failed: string[] = [];
let functionsDone = 0;

function totals(): FuzzTotals {
  const all = [...tallies.values()];
  return {
    functions: SPECS.length,
    done: functionsDone,
    calls: all.reduce((n, t) => n + t.calls, 0),
    malformed: all.reduce((n, t) => n + t.malformed, 0),
    badContexts: all.reduce((n, t) => n + t.badContexts, 0),
    failed,
    ms: performance.now() - started,
    seed: SEED,
    runs: RUNS,
    file: 'test/server/fuzz.test.ts',
  };
}

/** When each progress line was said. */
const saidAt: number[] = [];
// Called with every case: the properties run synchronously, so no timer could fire meanwhile.
const progress = everySoOften(PROGRESS_MS, () => {
  saidAt.push(performance.now());
  sayNow(progressLine(totals()));
});

function answerProblem(spec: Spec, result: unknown): string | undefined {
  if (spec.answers === 'state') return stateProblem(result);
  if (spec.answers === 'patch') return patchProblem(result);
  if (spec.answers === 'series') return seriesListProblem(result);
  if (spec.answers === 'overview') return overviewProblem(result);
  return result === undefined ? undefined : `answered ${JSON.stringify(result)?.slice(0, 80)} instead of nothing`;
}

const a = (kind: Kind) => (kind === 'valid' ? 'a valid' : kind === 'invalid' ? 'an invalid' : `a ${kind}`);

/** One call in the golden world of `variant`: a problem in words, or undefined when the call behaved. */
function fuzzCall(spec: Spec, variant: Variant, generated: unknown[]): string | undefined {
  const world = worlds[variant];
  world.reset();
  // As google.script.run delivers them: NaN and Infinity become null, -0 becomes 0.
  const args = JSON.parse(JSON.stringify(generated)) as unknown[];
  const kind = spec.classify(args, world.golden);
  const tally = tallies.get(spec.name)!;
  tally.calls++;
  tally.kinds[kind]++;
  progress();
  const context = sentContext(spec, args);
  const badContext = context !== undefined && !isGoodCallContext(context.value);
  if (badContext) tally.badContexts++;
  // A context is no extra argument; a bad one is a malformed call, whatever the arguments before it.
  if (kind !== 'valid' || badContext || args.length > spec.arity + (context ? 1 : 0)) tally.malformed++;

  let threw = false;
  let error: unknown;
  let result: unknown;
  try {
    result = world.env.sandbox.call(spec.name, ...args);
  } catch (e) {
    threw = true;
    error = e;
  }
  const after: Fingerprint = world.fingerprint();
  const changed = world.changes(after);
  const pollution = world.pollution();
  if (pollution) return pollution;

  if (threw) {
    tally.threw++;
    const message = (error as { message?: unknown })?.message;
    const problem = errorProblem(error, stringsIn(args));
    if (problem) return `${a(kind)} call: ${problem}`;
    if (kind === 'valid' && spec.arity === 0) return `refused a call that needs no arguments: ${message}`;
    if (changed.length > 0) return `refused ${a(kind)} call (“${message}”) but changed ${changed.join(', ')}`;
    return context ? contextRefusal(spec, world, args, String(message)) : undefined;
  }
  if (kind === 'invalid')
    return `accepted a malformed call${changed.length > 0 ? ` and changed ${changed.join(', ')}` : ''}`;
  const form = answerProblem(spec, result);
  if (form) return `${a(kind)} call: ${form}`;
  if (kind !== 'valid') {
    // An answered call keeps its zone and request id, whatever the item id it named.
    const beyondZone = changed.filter((c) => !answeredCallRecord(c));
    if (beyondZone.length > 0) return `changed ${beyondZone.join(', ')} for ${a(kind)} call`;
    if (kind === 'unknown' && !isMessage((result as { conflict?: unknown }).conflict))
      return 'answered an unknown id without a conflict saying so';
    return undefined;
  }
  let doc: Document | undefined;
  let parsed: ParsedDoc | undefined;
  const ctx: Ctx = {
    world,
    golden: world.golden,
    args,
    result,
    changed,
    // The fingerprint holds this Doc's JSON, a line break, then the other Doc's (JSON text has no raw line breaks).
    doc: () => {
      doc ??= JSON.parse(after.doc.slice(0, after.doc.indexOf('\n'))) as Document;
      return doc;
    },
    parsed: () => {
      parsed ??= parse(ctx.doc());
      return parsed;
    },
  };
  const effects = spec.effects(ctx);
  return effects ? `a valid call: ${effects}` : undefined;
}

/**
 * A context never makes a call fail: the same call without it (its own arguments alone) must be refused too, and in
 * the same words. Runs only after a refusal, on a reset world.
 */
function contextRefusal(spec: Spec, world: FuzzWorld, args: unknown[], message: string): string | undefined {
  world.reset();
  try {
    world.env.sandbox.call(spec.name, ...args.slice(0, spec.arity));
  } catch (error) {
    const bare = String((error as { message?: unknown })?.message);
    return bare === message ? undefined : `refused with “${message}” with its context, but “${bare}” without it`;
  }
  return `refused because of its context (“${message}”): the same call without it works`;
}

/** Collapses long repeats (the 100 KB strings) in fast-check's report, so a failure stays readable. */
const shorten = (text: string) =>
  text.replace(
    /(.{1,8}?)\1{40,}/gsu,
    (run, unit: string) => `${unit}…(${run.length} characters of ${JSON.stringify(unit)})…`,
  );

beforeAll(() => {
  started = performance.now();
  sayNow(
    `Fuzzing ${SPECS.length} server functions with malformed arguments (seed ${SEED}): a minute or more; it says where it is every ${PROGRESS_MS / 1000} s.`,
  );
  const prepared = buildGolden('prepared');
  const upcoming = buildGolden('upcoming');
  worlds.prepared = new FuzzWorld(prepared);
  worlds.upcoming = new FuzzWorld(upcoming);
  const union = (pick: (g: Golden) => string[]) => [...new Set([...pick(prepared), ...pick(upcoming)])];
  const itemIds = union((g) => g.itemIds);
  const items = [
    ...new Map(
      [prepared, upcoming].flatMap((g) => Object.entries(g.seen)).map(([id, seen]) => [`${id} ${seen}`, [id, seen]]),
    ).values(),
  ] as [string, string][];
  const seens = [...new Set(items.map(([, seen]) => seen))];
  const anaNoteIds = union((g) => g.noteIds);
  const noteIds = union((g) => [...g.noteIds, ...g.foreignNoteIds]);
  const anaTriggers = union((g) => g.anaTriggers);
  const linkable = union((g) => g.linkableEvents);
  const otherEvents = union((g) => g.otherEvents);
  const triggerUids = union((g) => [...g.anaTriggers, ...g.benTriggers]);
  const known = [
    ...itemIds,
    ...noteIds,
    ...linkable,
    ...otherEvents,
    ...triggerUids,
    prepared.documentId,
    prepared.otherDocumentId,
  ];
  const documentIds = [prepared.documentId, prepared.otherDocumentId];
  pools = {
    any: anyValue(known),
    itemIds,
    items,
    seens,
    anaNoteIds,
    noteIds,
    anaTriggers,
    linkable,
    otherEvents,
    triggerUids,
    documentIds,
  };
  for (const spec of SPECS)
    tallies.set(spec.name, {
      calls: 0,
      malformed: 0,
      badContexts: 0,
      threw: 0,
      ms: 0,
      kinds: { valid: 0, invalid: 0, unknown: 0, garbage: 0 },
    });
});

afterAll(() => {
  const detail = process.env.FUZZ_DETAIL
    ? [...tallies].map(
        ([name, t]) =>
          `  ${name}: ${t.calls} calls, ${t.malformed} malformed (valid ${t.kinds.valid}, invalid ${t.kinds.invalid}, ` +
          `unknown ${t.kinds.unknown}, garbage ${t.kinds.garbage}), ${t.threw} refused, ` +
          `${t.badContexts} with a bad context, ${(t.ms / 1000).toFixed(1)} s`,
      )
    : [];
  if (detail.length > 0 && worlds.prepared && worlds.upcoming)
    detail.push(`  harnesses built: ${worlds.prepared.harnesses + worlds.upcoming.harnesses}`);
  for (const line of [...summaryLines(totals()), ...detail]) sayNow(line);
});

describe('server functions under malformed arguments', () => {
  it.each(SPECS.map((spec, index) => [spec.name, spec, index] as const))(
    '%s answers JSON or one clear sentence, and malformed calls change nothing',
    (_name, spec, index) => {
      const began = performance.now();
      const runs = Math.ceil(spec.arity === 0 ? RUNS * NO_ARGS_SHARE : RUNS);
      try {
        fc.assert(
          fc.property(fc.constantFrom<Variant>('prepared', 'upcoming'), callArgs(spec, pools), (variant, args) => {
            const problem = fuzzCall(spec, variant, args);
            if (problem) {
              if (!failed.includes(spec.name)) failed.push(spec.name);
              throw new Error(`${spec.name}: ${problem}\n  (${variant}) arguments: ${quote(args)}`);
            }
          }),
          {
            // One seed per function: functions with alike arguments still get different ones.
            seed: SEED + index,
            numRuns: runs,
            reporter(details) {
              if (!details.failed) return;
              const cause = (details.errorInstance as Error | undefined)?.message ?? 'failed';
              throw new Error(shorten(`${cause}\n${fc.defaultReportMessage(details) ?? ''}`));
            },
          },
        );
      } finally {
        tallies.get(spec.name)!.ms += performance.now() - began;
        functionsDone++;
      }
    },
    120_000,
  );

  it(`fed at least ${MIN_MALFORMED} malformed calls (with the default FC_RUNS)`, () => {
    // A property that fails stops early (and is reported above): then the count says nothing.
    if (process.env.FC_RUNS || failed.length > 0) return;
    const malformed = [...tallies.values()].reduce((n, t) => n + t.malformed, 0);
    expect(malformed).toBeGreaterThanOrEqual(MIN_MALFORMED);
  });

  it('said where it stood at least every 30 s, however long it ran (with the default FC_RUNS)', () => {
    if (process.env.FC_RUNS) return;
    const times = [started, ...saidAt, performance.now()];
    const longestSilence = Math.max(...times.slice(1).map((t, i) => t - times[i]!));
    expect(longestSilence).toBeLessThanOrEqual(30_000);
  });

  it(`fed at least ${MIN_BAD_CONTEXTS} calls a bad call context (with the default FC_RUNS)`, () => {
    if (process.env.FC_RUNS || failed.length > 0) return;
    const bad = [...tallies.values()].reduce((n, t) => n + t.badContexts, 0);
    expect(bad).toBeGreaterThanOrEqual(MIN_BAD_CONTEXTS);
  });
});

/** Every function the sidebar calls, with its context: well-formed or not, it changes neither answers nor refusals. */
describe('the call context, good or bad', () => {
  const valid: Record<string, (golden: Golden) => unknown[]> = {
    getSidebarState: () => [],
    listRecurringSeries: () => [],
    linkSeries: (golden) => [{ calendarId: 'primary', eventId: golden.seriesId, leadHours: 48 }],
    unlinkDocument: () => [],
    unlinkSeries: () => [],
    updateSettings: () => [{ template: 'career' }],
    prepareNow: () => [],
    dropItem: (golden) => [golden.itemIds[0], golden.seen[golden.itemIds[0]!]],
    keepItem: (golden) => [golden.itemIds[0], golden.seen[golden.itemIds[0]!]],
    setItemDone: (golden) => [golden.itemIds[0], true, golden.seen[golden.itemIds[0]!]],
    getOverview: () => [],
    refreshOverview: () => [],
    setOverviewItemDone: (golden) => [golden.documentId, golden.itemIds[0], true, golden.seen[golden.itemIds[0]!]],
    dropOverviewItem: (golden) => [golden.documentId, golden.itemIds[0], golden.seen[golden.itemIds[0]!]],
    addAgendaItem: () => ['Promotion case'],
    addActionItem: () => [{ text: 'Share the rubric', owner: 'them', due: '2026-12-01' }],
    addPrivateNote: () => ['Ask about the offsite'],
    deletePrivateNote: (golden) => [golden.noteIds[0]],
    sharePrivateNote: (golden) => [golden.noteIds[0]],
    checkSharingAgain: () => [],
    restoreAutomation: () => [],
  };
  /** A refused call: the context must not change its words. */
  const invalid: Record<string, unknown[]> = {
    linkSeries: [{ calendarId: 'primary' }],
    updateSettings: [{ leadHours: 0 }],
    setItemDone: ['a', 'yes', '1.0.0'],
    dropItem: [{ id: 'x' }, '1.0.0'],
    keepItem: ['<script>', '1.0.0'],
    addAgendaItem: ['   '],
    addActionItem: [{ text: 'x', owner: 42 }],
    addPrivateNote: [''],
    deletePrivateNote: ['<b>'],
    sharePrivateNote: [null],
    setOverviewItemDone: ['doc-other', 'abc', true, '1.0.0'],
    dropOverviewItem: [42, 'abc', '1.0.0'],
  };
  const contexts: [string, unknown][] = [
    ['no object', 'Asia/Tokyo'],
    ['a number', 42],
    ['null', null],
    ['a list', ['Asia/Tokyo', 'abcdefgh']],
    ['an unknown zone and a short id', { timeZone: 'Mars/Olympus', requestId: 'short' }],
    ['a zone with a line break', { timeZone: 'Asia/Tokyo\n', requestId: '../../etc/passwd' }],
    ['a 100 KB zone and id', { timeZone: 'x'.repeat(100_000), requestId: 'y'.repeat(100_000) }],
    ['zone and id of the wrong types', { timeZone: { name: 'UTC' }, requestId: ['abcdefgh'] }],
    [
      'a context under __proto__',
      JSON.parse('{"__proto__": {"timeZone": "Asia/Tokyo", "requestId": "abcdefgh", "polluted": "yes"}}'),
    ],
    ['constructor.prototype', JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}, "timeZone": "UTC"}')],
    ['a language that is no language tag', { timeZone: 'UTC', language: '<img src=x onerror=alert(1)>' }],
    ['a 100 KB language', { language: 'x'.repeat(100_000) }],
    ['a good one', { timeZone: 'Pacific/Kiritimati', requestId: '6f1c1e02-8a8e-4d8e-9d5e-1f0b8a3c2d4e' }],
    ['a good one with a language', { timeZone: 'UTC', language: 'pt-BR', requestId: 'abcdefgh-12345678' }],
    ['an empty one', {}],
  ];
  const cases = SPECS.filter(takesContext).flatMap((spec) =>
    contexts.map(([what, context]) => [spec.name, what, spec, context] as const),
  );

  it('is given to every function the sidebar calls', () => {
    expect(SPECS.filter(takesContext).map((spec) => spec.name)).toEqual(Object.keys(valid));
  });

  it.each(cases)('%s with %s', (_name, _what, spec, context) => {
    for (const variant of ['prepared', 'upcoming'] as const) {
      const args = valid[spec.name]!(worlds[variant].golden);
      expect(fuzzCall(spec, variant, [...args, context])).toBeUndefined();
      const refused = invalid[spec.name];
      if (refused) expect(fuzzCall(spec, variant, [...refused, context])).toBeUndefined();
    }
  });

  it('holds the generators to what they say: good contexts are well-formed, bad ones mostly not', () => {
    fc.assert(fc.property(goodCallContext, (context) => isGoodCallContext(context)));
    const bad = fc.sample(badCallContext(pools.any), { numRuns: 500, seed: SEED });
    expect(bad.filter((context) => !isGoodCallContext(context)).length).toBeGreaterThan(450);
  });
});

/**
 * What the fuzzing found, as plain reproducers (each one a counterexample the properties above shrink to, or a
 * realistic form of one), each named for what the server must do; the properties above keep them fixed too.
 */
describe('reproducers of what the fuzzing found', () => {
  const found: { name: string; variant: Variant; args: (golden: Golden) => unknown[]; why: string }[] = [
    {
      name: 'addAgendaItem',
      variant: 'upcoming',
      args: () => ['Discuss \uf8ff laptop refresh'],
      why: 'a private-use character (U+F8FF, typed by ⌥⇧K on a Mac), which Docs strips, leaves the next section’s styles alone',
    },
    {
      name: 'sharePrivateNote',
      variant: 'upcoming',
      args: (golden) => [golden.noteIds[1]],
      why: 'the same, for a private point that holds U+F8FF',
    },
    {
      name: 'addAgendaItem',
      variant: 'prepared',
      args: () => ['\ue000'],
      why: 'a topic of private-use characters only is refused as empty',
    },
    {
      name: 'addPrivateNote',
      variant: 'prepared',
      args: () => ['\u0085'],
      why: 'a C1 control character (U+0080–U+009F) alone is refused as an empty point',
    },
    {
      name: 'updateSettings',
      variant: 'prepared',
      args: () => [JSON.parse('{"\\n    at evil (Code.js:1:1)": 1}')],
      why: 'an unknown key is quoted without its line breaks',
    },
    {
      name: 'onCalendarEventUpdated',
      variant: 'prepared',
      args: (golden) => [{ triggerUid: golden.anaTriggers[1], calendarId: BEN }],
      why: 'the event’s calendarId cannot point the run at another person’s calendar',
    },
    {
      name: 'onCalendarEventUpdated',
      variant: 'prepared',
      args: (golden) => [{ triggerUid: golden.anaTriggers[1], calendarId: 'nope' }],
      why: 'a calendarId that is no calendar is ignored, not recorded as an error',
    },
  ];

  it.each(found)('$name in the $variant Doc: $why', ({ name, variant, args }) => {
    const spec = SPECS.find((s) => s.name === name)!;
    expect(fuzzCall(spec, variant, args(worlds[variant].golden))).toBeUndefined();
  });
});

describe('what the fuzzing says', () => {
  const at = (calls: number, failedNames: string[] = []): FuzzTotals => ({
    functions: 26,
    done: 8,
    calls,
    malformed: Math.floor(calls * 0.9),
    badContexts: 4_321,
    failed: failedNames,
    ms: 125_000,
    seed: 42,
    runs: 1000,
    file: 'test/server/fuzz.test.ts',
  });

  it('speaks at most once a period, however often it is asked, and again once the period has passed', () => {
    let now = 0;
    let said = 0;
    const tick = everySoOften(
      15_000,
      () => said++,
      () => now,
    );
    for (now = 0; now < 14_999; now += 100) tick();
    expect(said).toBe(0);
    now = 15_000;
    tick();
    tick();
    expect(said).toBe(1);
    now = 29_999;
    tick();
    expect(said).toBe(1);
    now = 31_000;
    tick();
    expect(said).toBe(2);
  });

  it('says how far it got, and ends in sentences: what ran, what failed, and how to run exactly those cases again', () => {
    expect(progressLine(at(9_876))).toBe(
      'Fuzzing server functions: 9,876 calls so far, 8 of 26 functions done, 2 min 5 s.',
    );
    const [ran, replay] = summaryLines(at(21_999));
    expect(ran).toMatch(
      /^Fuzzing server functions: 21,999 calls to 26 functions in 2 min 5 s, 19,799 of them malformed/,
    );
    expect(ran).toMatch(/None failed\.$/);
    expect(replay).toBe('To run exactly these cases again: FC_SEED=42 FC_RUNS=1000 npx jest test/server/fuzz.test.ts');
    const [broken] = summaryLines(at(500, ['dropItem', 'keepItem']));
    expect(broken).toMatch(/2 failed \(dropItem, keepItem\): each is reported above/);
    expect(progressLine(at(500, ['dropItem']))).toContain('1 failed so far');
  });

  it('writes a line at once, to the stream it is given', () => {
    const written: string[] = [];
    sayNow('hello', { write: (text: string) => written.push(text) });
    expect(written).toEqual(['hello\n']);
  });
});
