// Server function fuzzing: awkward JSON arguments, a linked Doc that can be put back as it was, and the checks of what
// a call may answer. google.script.run hands the server whatever the sidebar's frame sends, so every value here is JSON.
import vm from 'node:vm';
import fc from 'fast-check';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { itemsById } from '../../src/core/carryOver';
import type { ParsedDoc } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { seenOf } from '../../src/core/seen';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import { decodeMessage, isMessage, isMessageList } from '../../src/shared/messages';
import type { Document } from '../../src/types/docs-api';
import { ANA_BEN_TITLE } from '../fixtures/anaBen';
import { english } from './words';
import { ANA, BEN, withSeries } from './world';

// ——— Awkward values ———

/** Characters that have broken text handling somewhere: controls, separators, lone surrogates, private use, bidi. */
export const AWKWARD_CHARS = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ue000',
  '\uf8ff',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '<',
  '>',
  '"',
  "'",
  '&',
  '\\',
  '☐',
  '☑',
  '·',
];

/** Whole values that mean something to a parser, a template engine, a browser or a prototype chain. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '   \n\t  ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'undefined',
  'null',
  'NaN',
  'true',
  '0',
  '-1',
  '1e309',
  '[object Object]',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the point of this one.
  '${process.exit()}',
  '{{7*7}}',
  '%s%s%s%n',
  "'; DROP TABLE notes; --",
  '../../etc/passwd',
  '\u0000\u0000',
  '\ud800',
  'a\udc00b',
  '\ue000\uf8ff',
  'Order the \uf8ff keyboard',
  '\u202egnp.exe',
  'line one\nline two',
  '    at Object.<anonymous> (Code.js:1:2)',
  'Error: boom\n    at x (y.js:1:1)',
  'primary',
  'ana@example.com',
  'ben@example.com',
  'doc-1',
  '1',
  '2',
  '3',
  'zzzzzzzzzzzzzz',
  '2026-11-23',
  '2026-02-30',
  '2026-11-23T15:00:00.000Z',
  'Mon Nov 23 2026 10:00:00 GMT-0500 (Eastern Standard Time)',
  'me',
  'them',
  'newest-first',
  'oldest-first',
  'career',
  'iso',
];

const oneChar = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_CHARS) },
);

/** A short string of ordinary and awkward characters. */
export const awkwardString = (maxLength = 30) => fc.string({ unit: oneChar, maxLength });

/** 100 KB and more: what a caller that skips the sidebar's own limits could send. Cheap to make: one piece repeated. */
export const hugeString = fc
  .tuple(
    fc.constantFrom('x', 'é', '😀', '\u0000', '<b>', ' ', '\ud800', 'a\n', '\uf8ff', 'word '),
    fc.integer({ min: 100_000, max: 130_000 }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

/** Lengths just around the limits a server might have (a line, an id, a property value). */
export const limitString = fc
  .tuple(fc.constantFrom('x', 'a b ', 'é', '😀'), fc.constantFrom(32, 33, 40, 41, 499, 500, 501, 1024, 1025, 9000))
  .map(([piece, length]) => piece.repeat(length).slice(0, length));

/** A Date, as JSON carries one: google.script.run cannot pass a Date, so a caller would send one of these strings. */
export const dateString = fc
  .tuple(
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
    fc.nat(5),
  )
  .map(
    ([date, form]) =>
      [
        date.toISOString(),
        date.toString(),
        date.toUTCString(),
        date.toISOString().slice(0, 10),
        JSON.stringify(date),
        String(date.getTime()),
      ][form]!,
  );

/**
 * An object with `__proto__`, `constructor` or `prototype` as own keys, made as JSON.parse makes them (the only way
 * a google.script.run argument can hold them), with payloads that would pollute a prototype if merged naively.
 */
export const protoObject = (base: fc.Arbitrary<Record<string, unknown>> = fc.constant({})) =>
  fc
    .tuple(
      base,
      fc.uniqueArray(fc.constantFrom('__proto__', 'constructor', 'prototype'), { minLength: 1, maxLength: 3 }),
      fc.oneof(
        fc.constant<unknown>({ polluted: 'yes', isAdmin: true }),
        fc.constant<unknown>({ prototype: { polluted: 'yes' } }),
        fc.constant<unknown>({ __proto__: { polluted: 'yes' } }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      fc.boolean(),
    )
    .map(([fields, keys, payload, first]) => {
      const own = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
      const evil = keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(payload)}`);
      return JSON.parse(`{${(first ? [...evil, ...own] : [...own, ...evil]).join(',')}}`) as Record<string, unknown>;
    });

/** Any JSON value a caller could send, weighted toward the awkward ones; `known` are ids that exist somewhere. */
export function anyValue(known: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 3, arbitrary: awkwardString() },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: limitString },
    { weight: 2, arbitrary: protoObject() },
    { weight: 1, arbitrary: dateString },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [[]], [null], { a: {} }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...known) },
  );
}

/** Extra arguments after the real ones: usually none. */
export const extraArgs = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 1, arbitrary: fc.array(value, { minLength: 1, maxLength: 2 }) },
  );

/** A record whose fields are each absent, or drawn from their arbitrary; sometimes with one extra key. */
export function looseRecord(
  fields: Record<string, fc.Arbitrary<unknown>>,
  extraKey: fc.Arbitrary<string>,
  extraValue: fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    { weight: 3, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc.tuple(record, extraKey, extraValue).map(([r, k, v]) => {
        // Through JSON text, so that "__proto__" becomes an own key, as google.script.run would deliver it.
        const own = Object.entries(r).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
        return JSON.parse(`{${[...own, `${JSON.stringify(k)}:${JSON.stringify(v)}`].join(',')}}`) as Record<
          string,
          unknown
        >;
      }),
    },
    { weight: 1, arbitrary: protoObject(record) },
  );
}

// ——— The call context (the last argument of every function the sidebar calls) ———

/** Names Intl knows, from UTC to the far ends of the date line, with the odd shapes the IANA database has. */
export const GOOD_TIME_ZONES = [
  'UTC',
  'Etc/UTC',
  'America/New_York',
  'Europe/Paris',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/Argentina/Buenos_Aires',
  'America/Port-au-Prince',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'EST5EDT',
];

/** Names that are not a zone, or not only one: unknown, padded, paths, markup, offsets, wrong case, other types. */
export const BAD_TIME_ZONES: unknown[] = [
  '',
  ' ',
  'Mars/Olympus',
  'Asia/Tokyo\n',
  ' Asia/Tokyo',
  'Asia/Tokyo\u0000',
  'Asia\\Tokyo',
  '../etc',
  '../../etc/passwd',
  'Asia/../Tokyo',
  '<script>alert(1)</script>',
  '+05:00',
  'GMT+5',
  'Etc/GMT+14',
  'Z',
  'local',
  'undefined',
  '__proto__',
  'constructor',
  '[object Object]',
  0,
  -300,
  1e308,
  true,
  null,
  [],
  ['Asia/Tokyo'],
  {},
  { name: 'Asia/Tokyo' },
];

/** Ids of one user action as a sidebar makes them: UUIDs, and random base-36 strings of 16 to 24 characters. */
const goodRequestId = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[a-z0-9]{16,24}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
);

/** Ids of the wrong length or alphabet, and values that are no id at all. */
const badRequestId = (any: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.constantFrom<unknown>(
      '',
      'short',
      'abcdefg',
      'x'.repeat(65),
      'abc def gh',
      'abcdefgh\n',
      'abc.defgh',
      '../../../etc',
      '<img src=x onerror=alert(1)>',
      '__proto__',
      12345678,
      null,
      true,
      [],
      { id: 'abcdefgh' },
    ),
    awkwardString(70),
    limitString,
    any,
  );

/** A well-formed context: each field absent or right (an empty object is one: a sidebar that knows no zone). */
/** Browsers' languages, as the sidebar sends them with a link or Prepare now. */
const GOOD_LANGUAGES = ['en-US', 'en-GB', 'de', 'de-AT', 'es-419', 'fr-CA', 'pt-BR', 'ja', 'nl-NL', 'zh-Hant-TW'];
const BAD_LANGUAGES = ['', 'english', 'en_US', 'e', 'en-', ' de', 'de\n', '<script>', 'x-a-b-c-d-e-f', '1234'];
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

export const goodCallContext = fc.record(
  {
    timeZone: fc.constantFrom(...GOOD_TIME_ZONES),
    language: fc.constantFrom(...GOOD_LANGUAGES),
    requestId: goodRequestId,
  },
  { requiredKeys: [] },
);

/**
 * The last argument a caller that skips the sidebar could send where the context goes: not an object, an object with
 * a bad zone or request id, unknown or prototype keys (`__proto__` holding a context), 100 KB strings.
 */
export function badCallContext(any: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const timeZone = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...BAD_TIME_ZONES) },
    { weight: 2, arbitrary: fc.constantFrom(...GOOD_TIME_ZONES) },
    { weight: 2, arbitrary: awkwardString(70) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: limitString },
    { weight: 1, arbitrary: any },
  );
  const requestId = fc.oneof(
    { weight: 2, arbitrary: goodRequestId },
    { weight: 4, arbitrary: badRequestId(any) },
    { weight: 1, arbitrary: hugeString },
  );
  const language = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...GOOD_LANGUAGES) },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_LANGUAGES) },
    { weight: 1, arbitrary: awkwardString(20) },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: any },
  );
  const extraKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'timezone', 'locale', 'requestID', '');
  return fc.oneof(
    { weight: 3, arbitrary: any },
    { weight: 1, arbitrary: hugeString },
    { weight: 5, arbitrary: looseRecord({ timeZone, language, requestId }, extraKey, any) },
    {
      weight: 2,
      arbitrary: protoObject(fc.record({ timeZone, language, requestId }, { requiredKeys: [] })),
    },
    {
      // A context hidden where a naive merge would find it.
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), goodCallContext)
        .map(([key, context]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(context)}}`) as unknown),
    },
  );
}

/**
 * Whether a value sent as the context is well-formed: an object with no other keys, a zone from GOOD_TIME_ZONES, a
 * language tag and a request id of 8 to 64 of [A-Za-z0-9_-], each optional. The fuzzer's own judgement: it does not ask the server's.
 */
export function isGoodCallContext(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!Object.keys(value).every((k) => k === 'timeZone' || k === 'language' || k === 'requestId')) return false;
  const { timeZone, language, requestId } = value;
  return (
    (timeZone === undefined || GOOD_TIME_ZONES.includes(timeZone as string)) &&
    (language === undefined || (typeof language === 'string' && LANGUAGE_TAG.test(language))) &&
    (requestId === undefined || (typeof requestId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(requestId)))
  );
}

/** Where the context goes: a good one now and then, mostly a bad one; sometimes none (as an older sidebar calls). */
export const callContextArg = (any: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 2, arbitrary: fc.tuple(goodCallContext) as fc.Arbitrary<unknown[]> },
    { weight: 5, arbitrary: fc.tuple(badCallContext(any)) as fc.Arbitrary<unknown[]> },
  );

// ——— Looking at values ———

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string in a JSON value, keys included: what a message may quote back. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  return out;
}

/** What a person sees of a text: no whitespace, controls, format characters, surrogates or private-use characters. */
export const visible = (text: string): string => text.replace(/[\s\p{C}]/gu, '');

/** Text with nothing visible in it beyond ordinary whitespace and control characters: an empty line. */
export const blank = (text: string): boolean => text.replace(/[\s\p{Cc}\u2028\u2029]/gu, '') === '';

export const isIsoInstant = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));

/** A real calendar date written YYYY-MM-DD, four-digit year. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || Number(m[1]) < 1000) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** JSON with every character outside printable ASCII escaped, so that invisible ones show in a report. */
export const quote = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a thrown value is not a clear error for a person, or undefined when it is one: an Error (of any realm) whose
 * message is one readable sentence, without stack frames, "undefined" or "[object Object]" (unless the caller sent
 * that very text), under 300 characters. `quoted` are the strings of the call's arguments.
 */
export function errorProblem(error: unknown, quoted: readonly string[]): string | undefined {
  if (Object.prototype.toString.call(error) !== '[object Error]')
    return `threw a non-Error (${Object.prototype.toString.call(error)})`;
  const raw = (error as { message?: unknown }).message;
  if (typeof raw !== 'string' || raw.trim() === '') return 'threw an Error without a message';
  const said = decodeMessage(raw);
  if (!said) return `threw an Error whose text carries no message code: ${quote(raw)}`;
  // What a person reads: the message worded by the English catalog.
  const message = english(said);
  if (message.length >= 300) return `the message is ${message.length} characters long`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(message))
    return `the message is not one line: it holds line breaks or control characters: ${quote(message)}`;
  if (LONE_SURROGATE.test(message)) return `the message holds a lone surrogate: ${quote(message)}`;
  const sentBack = (fragment: string) => quoted.some((q) => q.includes(fragment));
  for (const pattern of [/\bat \S+ \(.*\)/, /\S+\.(?:js|ts):\d+(?::\d+)?/, /undefined/, /\[object \w+\]/, /\bNaN\b/]) {
    const found = pattern.exec(message)?.[0];
    if (found !== undefined && !sentBack(found))
      return `the message holds “${found}”, internals rather than words: ${quote(message)}`;
  }
  if (/^Something went wrong/.test(message))
    return `an unexpected failure rather than a validation message: ${quote(message)}`;
  if (!/[.!?…]["”’')]*$/.test(message)) return `the message is not a sentence: ${quote(message)}`;
  return undefined;
}

const POSITIONS = ['newest-first', 'oldest-first'];
const TEMPLATES = ['default', 'first', 'career', 'like-last'];
const DATE_FORMATS = ['weekday-short', 'iso', 'day-month-year'];
const NOTES_LANGUAGES = ['en', 'en-GB', 'de', 'es', 'fr', 'pt-BR', 'ja'];

function every<T>(value: unknown, check: (item: T) => string | undefined): string | undefined {
  if (!Array.isArray(value)) return 'is not a list';
  for (const item of value) {
    const problem = check(item as T);
    if (problem) return problem;
  }
  return undefined;
}

const str = (value: unknown) => typeof value === 'string';
const optStr = (value: unknown) => value === undefined || typeof value === 'string';
const optMessage = (value: unknown) => value === undefined || isMessage(value);

/** Why a value is not a well-formed OverviewState (All my 1:1s), or undefined. */
export function overviewProblem(overview: unknown): string | undefined {
  if (!isObject(overview)) return `answered ${JSON.stringify(overview)?.slice(0, 80)} instead of the overview`;
  const docProblem = every<Record<string, unknown>>(overview.docs, (d) =>
    isObject(d) &&
    str(d.documentId) &&
    str(d.title) &&
    typeof d.url === 'string' &&
    d.url.startsWith('https://docs.google.com/document/d/') &&
    [d.openMine, d.openTheirs, d.overdue].every(Number.isInteger)
      ? undefined
      : `a Doc of the overview is malformed: ${JSON.stringify(d)?.slice(0, 80)}`,
  );
  if (docProblem) return `overview.docs: ${docProblem}`;
  const owedProblem = every<Record<string, unknown>>(overview.youOwe, (i) =>
    isObject(i) && str(i.documentId) && str(i.id) && str(i.text) && str(i.docTitle)
      ? undefined
      : `an item of You owe is malformed: ${JSON.stringify(i)?.slice(0, 80)}`,
  );
  if (owedProblem) return `overview.youOwe: ${owedProblem}`;
  return optMessage(overview.conflict) ? undefined : 'overview.conflict is not a message';
}

/** Why a value is not a well-formed SidebarPatch (a part of the state: private points, privacy), or undefined. */
export function patchProblem(patch: unknown): string | undefined {
  if (!isObject(patch) || patch.patch !== true)
    return `answered ${JSON.stringify(patch)?.slice(0, 80)} instead of a part of the sidebar state`;
  if (patch.privateNotes !== undefined) {
    const notes = every<Record<string, unknown>>(patch.privateNotes, (n) =>
      isObject(n) && str(n.id) && str(n.text) ? undefined : `a malformed note ${JSON.stringify(n)}`,
    );
    if (notes) return `patch.privateNotes ${notes}`;
  }
  if (patch.privacy !== undefined && !(isObject(patch.privacy) && Array.isArray(patch.privacy.extraViewers)))
    return `patch.privacy is malformed: ${JSON.stringify(patch.privacy)}`;
  return optMessage(patch.conflict) ? undefined : 'patch.conflict is not a message';
}

/** Why a value is not a well-formed SidebarState, or undefined. */
export function stateProblem(state: unknown): string | undefined {
  if (!isObject(state)) return `answered ${JSON.stringify(state)?.slice(0, 80)} instead of the sidebar state`;
  if (typeof state.linked !== 'boolean') return 'state.linked is not a boolean';
  const commitments = every<Record<string, unknown>>(state.commitments, (c) =>
    isObject(c) &&
    str(c.id) &&
    (c.id as string).length > 0 &&
    str(c.text) &&
    typeof c.done === 'boolean' &&
    optStr(c.owner) &&
    optStr(c.due) &&
    optStr(c.from)
      ? undefined
      : `a malformed commitment ${JSON.stringify(c)}`,
  );
  if (commitments) return `state.commitments ${commitments}`;
  const agenda = every<Record<string, unknown>>(state.agenda, (a) =>
    isObject(a) && str(a.text) ? undefined : `a malformed topic ${JSON.stringify(a)}`,
  );
  if (agenda) return `state.agenda ${agenda}`;
  const notes = every<Record<string, unknown>>(state.privateNotes, (n) =>
    isObject(n) && str(n.id) && str(n.text) ? undefined : `a malformed note ${JSON.stringify(n)}`,
  );
  if (notes) return `state.privateNotes ${notes}`;
  const next = state.nextMeeting;
  if (
    next !== undefined &&
    !(
      isObject(next) &&
      isIsoInstant(next.start) &&
      isIsoInstant(next.end) &&
      str(next.title) &&
      typeof next.cancelled === 'boolean'
    )
  )
    return `state.nextMeeting is malformed: ${JSON.stringify(next)}`;
  const settings = state.settings;
  if (
    settings !== undefined &&
    !(
      isObject(settings) &&
      Number.isInteger(settings.leadHours) &&
      (settings.leadHours as number) >= 1 &&
      (settings.leadHours as number) <= 168 &&
      POSITIONS.includes(settings.position as string) &&
      TEMPLATES.includes(settings.template as string) &&
      DATE_FORMATS.includes(settings.dateFormat as string) &&
      NOTES_LANGUAGES.includes(settings.notesLanguage as string)
    )
  )
    return `state.settings is malformed: ${JSON.stringify(settings)}`;
  const status = state.status;
  if (
    status !== undefined &&
    !(
      isObject(status) &&
      isIsoInstant(status.at) &&
      str(status.trigger) &&
      ['inserted', 'nothing to do', 'error'].includes(status.outcome as string) &&
      isMessageList(status.message)
    )
  )
    return `state.status is malformed: ${JSON.stringify(status)}`;
  if (!optMessage(state.conflict) || !optStr(state.me)) return 'state.conflict is not a message or state.me not text';
  if (state.notices !== undefined && !isMessageList(state.notices)) return 'state.notices is not a list of messages';
  const privacy = state.privacy;
  if (privacy !== undefined && !(isObject(privacy) && Array.isArray(privacy.extraViewers)))
    return `state.privacy is malformed: ${JSON.stringify(privacy)}`;
  return undefined;
}

/** Why a value is not a well-formed answer of listRecurringSeries, or undefined. */
export function seriesListProblem(list: unknown): string | undefined {
  const problem = every<Record<string, unknown>>(list, (s) =>
    isObject(s) &&
    str(s.calendarId) &&
    str(s.eventId) &&
    str(s.title) &&
    isIsoInstant(s.nextStart) &&
    every<Record<string, unknown>>(s.attendees, (a) =>
      isObject(a) && str(a.email) && (a.self === undefined || typeof a.self === 'boolean') ? undefined : 'bad',
    ) === undefined
      ? undefined
      : `a malformed series ${JSON.stringify(s)}`,
  );
  return problem ? `the series list ${problem}` : undefined;
}

// ——— The Doc ———

export const parse = (doc: Document): ParsedDoc => parseDoc(doc, { promptLines: ALL_PROMPT_LINES });

/** Every earlier dated section is still a section, with its key and its heading: nothing was restyled away. */
export function sectionsKeptProblem(before: ParsedDoc, after: ParsedDoc): string | undefined {
  for (const section of before.sections) {
    const still = after.sections.find((s) =>
      section.key ? s.key === section.key : s.headingText === section.headingText && s.date === section.date,
    );
    if (!still) return `the section “${section.headingText}” is no longer read as a section`;
    if (still.headingText !== section.headingText || still.headingLevel !== section.headingLevel)
      return `the heading “${section.headingText}” became “${still.headingText}” (level ${still.headingLevel})`;
    if (still.subsections.length < section.subsections.length)
      return `the section “${section.headingText}” lost subsections`;
  }
  return undefined;
}

// ——— A linked Doc that can be put back as it was ———

/** "prepared": the next 1:1 already has its section. "upcoming": it has none yet, so additions create it. */
export type Variant = 'prepared' | 'upcoming';

const NOV_15 = Date.parse('2026-11-15T15:00:00Z');
const NOV_20 = Date.parse('2026-11-20T15:00:00Z');

function history(): Document {
  return buildDocument({
    blocks: [
      ANA_BEN_TITLE,
      p('Our weekly 1:1. Newest meeting on top.'),
      h2('Mon, Nov 9, 2026 · 1:1'),
      h3('Agenda'),
      bullet('Q1 planning'),
      h3('Action items'),
      bullet('☐ Ana: draft the Q1 growth plan'),
      bullet('Ben: intro to the platform team'),
      bullet('☑ Ana: book the offsite'),
      h3('Notes'),
      p('Some notes <b>kept</b> as typed.'),
    ],
  });
}

/** The calendar events besides the 1:1 series; inserted in this order, their ids are the same in every world. */
function addOtherEvents(env: ReturnType<typeof withSeries>) {
  const zone = 'America/New_York';
  const staff = env.calendar.insertEvent(ANA, {
    summary: 'Staff meeting',
    start: { dateTime: '2026-11-02T09:00:00-05:00', timeZone: zone },
    end: { dateTime: '2026-11-02T09:30:00-05:00', timeZone: zone },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE'],
    attendees: [{ email: ANA }, { email: BEN }, { email: 'cy@example.com' }],
  });
  const single = env.calendar.insertEvent(ANA, {
    summary: 'Offsite',
    start: { dateTime: '2026-11-25T10:00:00-05:00', timeZone: zone },
    end: { dateTime: '2026-11-25T12:00:00-05:00', timeZone: zone },
  });
  const bens = env.calendar.insertEvent(BEN, {
    summary: 'Ben / Cy 1:1',
    start: { dateTime: '2026-11-03T11:00:00-05:00', timeZone: zone },
    end: { dateTime: '2026-11-03T11:30:00-05:00', timeZone: zone },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
    attendees: [{ email: BEN }, { email: 'cy@example.com' }],
  });
  return { staff, single, bens };
}

/** The Doc and the world as a fuzzed call finds them, and the ids that exist in it. */
export interface Golden {
  variant: Variant;
  doc: string;
  otherDoc: string;
  state: string;
  documentId: string;
  otherDocumentId: string;
  seriesId: string;
  /** Events that can be linked: the 1:1 series, one of its occurrences, and a recurring staff meeting. */
  linkableEvents: string[];
  /** Events that exist but cannot be linked by Ana: a single event, a series in Ben's calendar only. */
  otherEvents: string[];
  itemIds: string[];
  /** Each item's copies as the golden Doc holds them (core/seen.ts): what a sidebar showing it sends back. */
  seen: Record<string, string>;
  noteIds: string[];
  /** Ana's points of another Doc, and Ben's points of this one: ids that exist, but not for this call. */
  foreignNoteIds: string[];
  anaTriggers: string[];
  benTriggers: string[];
}

function call(env: ReturnType<typeof withSeries>, name: string, ...args: unknown[]) {
  return env.sandbox.call(name, ...args) as { privateNotes: { id: string }[] };
}

/**
 * Builds a world through the server functions themselves: the history Doc, linked by Ana and by Ben (so both have
 * triggers), the Nov 16 section prepared on Nov 15 (with carry-over), one item ticked, then on Nov 20 (for
 * "prepared") the Nov 23 section too; private points for Ana (one with U+F8FF, the Apple logo a Mac types with
 * ⌥⇧K), for Ben, and for Ana in another Doc; and someone beyond the two who can open the Doc.
 */
export function buildGolden(variant: Variant): Golden {
  const env = withSeries({ now: NOV_15 }, {}, history());
  const events = addOtherEvents(env);
  const otherDocumentId = env.docs.put(
    buildDocument({ documentId: 'doc-other', blocks: [p('Another Doc', { style: 'TITLE' })] }),
  );
  env.world.state.sharing[env.documentId] = { editors: [BEN], viewers: ['skip.level@example.com'] };
  env.link(ANA);
  env.link(BEN);
  env.as(ANA);
  call(env, 'prepareNow');
  const ticked = parse(env.read()).sections[0]!.items.find((i) => i.text === 'intro to the platform team')!;
  call(env, 'setItemDone', ticked.id, true, seenOf(itemsById(parse(env.read())).get(ticked.id)!));
  env.setClock(NOV_20);
  if (variant === 'prepared') call(env, 'prepareNow');
  call(env, 'addPrivateNote', 'Ask about the reorg rumour');
  call(env, 'addPrivateNote', 'Bring up the \uf8ff keyboard order');
  const noteIds = call(env, 'addPrivateNote', 'Feedback on the <b>launch</b> & the "retro"').privateNotes.map(
    (n) => n.id,
  );
  env.as(BEN);
  const benNotes = call(env, 'addPrivateNote', 'Ben’s own point').privateNotes.map((n) => n.id);
  env.as(ANA);
  env.world.state.activeDocumentId = otherDocumentId;
  const otherNotes = call(env, 'addPrivateNote', 'A point for another Doc').privateNotes.map((n) => n.id);
  env.as(ANA);
  const doc = env.read();
  const byId = itemsById(parse(doc));
  const triggers = (user: string) => env.triggersOf(user).map((t) => t.uid);
  return {
    variant,
    doc: JSON.stringify(doc),
    otherDoc: JSON.stringify(env.docs.get(otherDocumentId, { includeTabsContent: true })),
    state: JSON.stringify(env.world.state),
    documentId: env.documentId,
    otherDocumentId,
    seriesId: env.series.id!,
    linkableEvents: [env.series.id!, `${env.series.id}_20261123T150000Z`, events.staff.id!],
    otherEvents: [events.single.id!, events.bens.id!],
    itemIds: [...byId.keys()],
    seen: Object.fromEntries([...byId].map(([id, copies]) => [id, seenOf(copies)])),
    noteIds,
    foreignNoteIds: [...otherNotes, ...benNotes],
    anaTriggers: triggers(ANA),
    benTriggers: triggers(BEN),
  };
}

/** What a call could change, each part as JSON text. */
export interface Fingerprint {
  /** This Doc, then the other one, as the Docs engine answers them (revisionId included). */
  doc: string;
  documentProperties: string;
  userProperties: string;
  scriptProperties: string;
  triggers: string;
  rest: string;
}

const PARTS = ['doc', 'documentProperties', 'userProperties', 'scriptProperties', 'triggers', 'rest'] as const;

/** Names on the built-in prototypes, and what `{}` and `[]` inherit: any change is prototype pollution. */
const PROBE = `(() => JSON.stringify([
  Object.getOwnPropertyNames(Object.prototype).sort(),
  Object.getOwnPropertyNames(Array.prototype).sort(),
  Object.getOwnPropertyNames(Function.prototype).sort(),
  Object.getOwnPropertyNames(String.prototype).sort(),
  Object.getPrototypeOf(Object.prototype),
  ({}).polluted, ({}).isAdmin, [].polluted, ({}).constructor === Object,
]))`;

const hostProbe = vm.runInThisContext(PROBE) as () => string;

const withoutViewMode = (doc: Document) => {
  delete doc.suggestionsViewMode;
  return doc;
};

/**
 * One golden world in a live harness. `reset()` puts the Doc and every property back when a call changed them, and
 * builds a fresh harness (the Doc, calendars, services and Code.js) every `refreshEvery` calls.
 */
export class FuzzWorld {
  env!: ReturnType<typeof withSeries>;
  readonly golden: Golden;
  readonly goldenPrint: Fingerprint;
  readonly goldenDoc: Document;
  private goldenParsed: ParsedDoc | undefined;
  private uses = 0;
  private last: Fingerprint | undefined;
  private sandboxProbe!: () => string;
  private sandboxBaseline!: string;
  private globalsBaseline!: string;
  harnesses = 0;
  /** The calendars the script asked the Calendar service about since the last reset. */
  calendarsRead: string[] = [];

  constructor(
    golden: Golden,
    private readonly refreshEvery = 200,
  ) {
    this.golden = golden;
    this.goldenDoc = JSON.parse(golden.doc);
    this.fresh();
    this.goldenPrint = this.fingerprint();
    if (!this.goldenPrint.doc.startsWith(`${golden.doc}\n`))
      throw new Error('the golden Doc did not restore as it was');
  }

  get parsedGolden(): ParsedDoc {
    this.goldenParsed ??= parse(this.goldenDoc);
    return this.goldenParsed;
  }

  private fresh(): void {
    const env = withSeries({ now: NOV_20 }, {}, history());
    addOtherEvents(env);
    const events = (
      env.globals.Calendar as { Events: Record<string, (calendarId: string, ...rest: unknown[]) => unknown> }
    ).Events;
    for (const [name, method] of Object.entries(events))
      events[name] = (calendarId, ...rest) => {
        this.calendarsRead.push(calendarId);
        return method(calendarId, ...rest);
      };
    this.env = env;
    this.restore();
    this.sandboxProbe = vm.runInContext(PROBE, env.sandbox.context) as () => string;
    this.sandboxBaseline = this.sandboxProbe();
    this.globalsBaseline = env.sandbox.globalNames().sort().join();
    this.uses = 0;
    this.harnesses++;
  }

  private restore(): void {
    const { env, golden } = this;
    this.last = undefined;
    env.docs.put(withoutViewMode(JSON.parse(golden.doc)));
    env.docs.put(withoutViewMode(JSON.parse(golden.otherDoc)));
    Object.assign(env.world.state, JSON.parse(golden.state));
    env.world.logs.length = 0;
    env.world.ui.menus.length = 0;
    env.world.ui.sidebars.length = 0;
  }

  /** Before a call: the golden world, as Ana with the Doc open. */
  reset(): void {
    this.calendarsRead = [];
    if (++this.uses > this.refreshEvery) {
      this.fresh();
      return;
    }
    // The fingerprint taken after the last call, when the caller took one; else a fresh look.
    const now = this.last ?? this.fingerprint();
    this.last = undefined;
    if (PARTS.some((k) => now[k] !== this.goldenPrint[k])) this.restore();
    else {
      this.env.world.logs.length = 0;
      this.env.world.ui.menus.length = 0;
      this.env.world.ui.sidebars.length = 0;
    }
  }

  /** The world as it is now; the next `reset()` reuses it, unless something changes the world in between. */
  fingerprint(): Fingerprint {
    const { state } = this.env.world;
    const { documentProperties, userProperties, scriptProperties, triggers, nextTriggerNumber, ...rest } = state;
    const other = this.env.docs.get(this.golden.otherDocumentId, { includeTabsContent: true });
    this.last = {
      doc: `${JSON.stringify(this.env.read())}\n${JSON.stringify(other)}`,
      documentProperties: JSON.stringify(documentProperties),
      userProperties: JSON.stringify(userProperties),
      scriptProperties: JSON.stringify(scriptProperties),
      triggers: JSON.stringify([triggers, nextTriggerNumber]),
      rest: JSON.stringify(rest),
    };
    return this.last;
  }

  /**
   * The parts of the world that differ from the golden one: "doc", "triggers", "rest" (clock, user, sharing, …), or
   * one property as "userProperties[ana@example.com][notes:doc-1]".
   */
  changes(after: Fingerprint): string[] {
    const out: string[] = [];
    if (after.doc !== this.goldenPrint.doc) out.push('doc');
    if (after.triggers !== this.goldenPrint.triggers) out.push('triggers');
    if (after.rest !== this.goldenPrint.rest) out.push('rest');
    for (const part of ['documentProperties', 'userProperties', 'scriptProperties'] as const) {
      if (after[part] === this.goldenPrint[part]) continue;
      const before = JSON.parse(this.goldenPrint[part]) as Record<string, unknown>;
      const now = JSON.parse(after[part]) as Record<string, unknown>;
      for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
        const a = before[key];
        const b = now[key];
        if (JSON.stringify(a) === JSON.stringify(b)) continue;
        if (!isObject(a) && !isObject(b)) {
          out.push(`${part}[${key}]`);
          continue;
        }
        const inner = (isObject(a) ? a : {}) as Record<string, unknown>;
        const outer = (isObject(b) ? b : {}) as Record<string, unknown>;
        for (const k of new Set([...Object.keys(inner), ...Object.keys(outer)]))
          if (inner[k] !== outer[k]) out.push(`${part}[${key}][${k}]`);
      }
    }
    return out;
  }

  /** Prototype pollution in the sandbox or the host, or new globals left by the script, in words. */
  pollution(): string | undefined {
    if (this.sandboxProbe() !== this.sandboxBaseline)
      return `polluted the sandbox's prototypes: ${this.sandboxProbe()}`;
    if (hostProbe() !== HOST_BASELINE) return `polluted the host's prototypes: ${hostProbe()}`;
    if (this.env.sandbox.globalNames().sort().join() !== this.globalsBaseline) return 'left new globals in the sandbox';
    return undefined;
  }
}

const HOST_BASELINE = hostProbe();

// ——— Saying what the suite is doing ———

/** Where lines go: the process's own stderr unless a test gives another. */
export interface LineSink {
  write(text: string): unknown;
}

/**
 * A line on the terminal now. Jest keeps a test file's console output until the whole file has run, so a suite that
 * runs for minutes would say nothing until then; the process's own stderr reaches the terminal as it is written
 * (from a Jest worker too: its stderr is piped to Jest's).
 */
export function sayNow(line: string, out: LineSink = process.stderr): void {
  out.write(`${line}\n`);
}

/**
 * `say`, at most once every `everyMs` of `clock`, however often the result is called: for a loop that keeps the event
 * loop busy, where no timer could fire.
 */
export function everySoOften(everyMs: number, say: () => void, clock = () => performance.now()): () => void {
  let last = clock();
  return () => {
    const now = clock();
    if (now - last < everyMs) return;
    last = now;
    say();
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** A duration in words: "48 s", "2 min 5 s". */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Where a fuzzing run stands. */
export interface FuzzTotals {
  /** Server functions fuzzed, and how many of them are done. */
  functions: number;
  done: number;
  calls: number;
  malformed: number;
  badContexts: number;
  /** The functions whose property failed. */
  failed: string[];
  ms: number;
  seed: number;
  runs: number;
  /** The test file, to replay it alone. */
  file: string;
}

/** A progress line while the suite runs. */
export function progressLine(t: FuzzTotals): string {
  const failing = t.failed.length > 0 ? `, ${t.failed.length} failed so far` : '';
  return `Fuzzing server functions: ${count(t.calls)} calls so far, ${t.done} of ${t.functions} functions done${failing}, ${duration(t.ms)}.`;
}

/** The summary: what ran, what failed, and how to run exactly those cases again. */
export function summaryLines(t: FuzzTotals): string[] {
  const verdict =
    t.failed.length === 0
      ? 'None failed.'
      : `${t.failed.length} failed (${t.failed.join(', ')}): each is reported above with the arguments that broke it.`;
  return [
    `Fuzzing server functions: ${count(t.calls)} calls to ${t.functions} functions in ${duration(t.ms)}, ` +
      `${count(t.malformed)} of them malformed (${count(t.badContexts)} with a bad call context). ${verdict}`,
    `To run exactly these cases again: FC_SEED=${t.seed} FC_RUNS=${t.runs} npx jest ${t.file}`,
  ];
}
