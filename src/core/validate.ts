// Validation of what google.script.run hands the server: anyone who can open the sidebar's frame can call with anything.
import { MAX_NAME, MAX_TEXT } from '../shared/limits';
import { type Message, said } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { CallContext, LinkOptions } from '../shared/types';
import { isValidIsoDate } from './dates';
import { readSeen, type Seen } from './seen';
import { SETTINGS_FIELDS, SETTINGS_RULES, takeSetting } from './settings';
import { knownTimeZone } from './zone';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: Message };

/** What a malformed argument gets: only a page that is not the sidebar, or one older than the server, sends one. */
const MALFORMED = { ok: false, error: said('invalid.argument') } as const;

const MAX_ID = 1024;
/** Calendar and event ids: the API's own alphabet (base32hex, emails, `_R…` suffixes of split series). */
const ID_PATTERN = /^[A-Za-z0-9@._\-+]+$/;

/**
 * A plain JSON object: not an array, not a Date or other class instance (checked by tag, so any realm's objects pass;
 * null's tag is `[object Null]`), nor a function that tags itself an Object.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]';
}

/** Keys the caller sent that are not ours, made safe to quote in a message (no line breaks or control characters). */
function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value)
    .filter((k) => !allowed.includes(k))
    .map((k) => k.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, '?'));
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID && ID_PATTERN.test(value);

const unknownKey = (name: string) =>
  ({ ok: false, error: said('invalid.unknownKey', { name: name.slice(0, 40) }) }) as const;

type SettingsPatch = Partial<Settings>;

/** The same rules as stored settings (core/settings.ts), but a value that breaks one refuses the whole call. */
function checkSettingsFields(input: Record<string, unknown>): Checked<SettingsPatch> {
  const out: SettingsPatch = {};
  for (const field of SETTINGS_FIELDS)
    if (input[field] !== undefined && !takeSetting(out, field, input[field]))
      return { ok: false, error: SETTINGS_RULES[field].refusal };
  return { ok: true, value: out };
}

const LINK_KEYS: readonly string[] = ['calendarId', 'eventId', ...SETTINGS_FIELDS];

export function checkLinkOptions(input: unknown): Checked<LinkOptions & SettingsPatch> {
  if (!isPlainObject(input)) return { ok: false, error: said('invalid.chooseEvent') };
  const extra = unknownKeys(input, LINK_KEYS);
  if (extra.length > 0) return unknownKey(extra[0]!);
  if (!isId(input.calendarId) || !isId(input.eventId)) return MALFORMED;
  const settings = checkSettingsFields(input);
  if (!settings.ok) return settings;
  return {
    ok: true,
    value: { calendarId: input.calendarId as string, eventId: input.eventId as string, ...settings.value },
  };
}

export function checkSettingsPatch(input: unknown): Checked<SettingsPatch> {
  if (!isPlainObject(input)) return MALFORMED;
  const extra = unknownKeys(input, SETTINGS_FIELDS);
  if (extra.length > 0) return unknownKey(extra[0]!);
  return checkSettingsFields(input);
}

/** One line of user text: trimmed, inner line breaks and control characters turned into spaces. */
export function checkLine(input: unknown): Checked<string> {
  if (typeof input !== 'string') return MALFORMED;
  const text = input
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    // The Docs API strips the Private Use Area on insert: what is kept must be what the Doc will show.
    .replace(/[\ue000-\uf8ff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { ok: false, error: said('invalid.empty') };
  if (text.length > MAX_TEXT) return { ok: false, error: said('invalid.tooLong', { count: MAX_TEXT }) };
  return { ok: true, value: text };
}

/** Item and note ids are short base-36 strings the server made. */
export function checkShortId(input: unknown): Checked<string> {
  if (typeof input !== 'string' || !/^[a-z0-9]{1,32}$/.test(input)) return MALFORMED;
  return { ok: true, value: input };
}

/**
 * What the sidebar showed of an item (core/seen.ts), sent with every action on it. Missing or malformed, it comes from
 * a page older than the server (a sidebar left open across an update) or from no sidebar at all.
 */
export function checkSeen(input: unknown): Checked<Seen> {
  const seen = readSeen(input);
  if (seen) return { ok: true, value: seen };
  return { ok: false, error: said('invalid.outOfDate') };
}

export function checkDone(input: unknown): Checked<boolean> {
  return typeof input === 'boolean' ? { ok: true, value: input } : MALFORMED;
}

/** A person's name as it reads before the colon of an item: letters, spaces, dots, apostrophes and hyphens. */
const NAME_PATTERN = new RegExp(`^[\\p{L}][\\p{L}\\p{M} .'’-]{0,${MAX_NAME - 1}}$`, 'u');

export interface ActionItemInput {
  text: string;
  owner?: 'me' | 'them' | { name: string };
  due?: string;
}

export function checkNewActionItem(input: unknown): Checked<ActionItemInput> {
  if (!isPlainObject(input)) return MALFORMED;
  const extra = unknownKeys(input, ['text', 'owner', 'due']);
  if (extra.length > 0) return unknownKey(extra[0]!);
  const text = checkLine(input.text);
  if (!text.ok) return text;
  const value: ActionItemInput = { text: text.value };
  if (input.owner !== undefined && input.owner !== '') {
    if (input.owner === 'me' || input.owner === 'them') value.owner = input.owner;
    else if (typeof input.owner === 'string' && NAME_PATTERN.test(input.owner.trim()))
      value.owner = { name: input.owner.trim() };
    else return { ok: false, error: said('invalid.owner', { count: MAX_NAME }) };
  }
  if (input.due !== undefined && input.due !== '') {
    if (typeof input.due !== 'string' || !isValidIsoDate(input.due)) return { ok: false, error: said('invalid.due') };
    value.due = input.due;
  }
  return { ok: true, value };
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** A BCP 47 language tag as browsers give them (`en-GB`, `pt-BR`, `zh-Hant-TW`): a language and short subtags. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/** An own data property of a plain object: a getter, or a value inherited from a prototype, is not read. */
function ownValue(object: Record<string, unknown>, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

/**
 * The call context, the optional last argument of every function the sidebar calls. It never refuses a call:
 * whatever is malformed (not an object, a zone Intl does not know, a language that is no language tag, an id of the
 * wrong alphabet or length) is left out field by field, and the server does without it (the script's zone; English;
 * no request id). Never throws.
 */
export function checkCallContext(input: unknown): CallContext {
  const context: CallContext = {};
  try {
    if (!isPlainObject(input)) return context;
    const timeZone = knownTimeZone(ownValue(input, 'timeZone'));
    if (timeZone !== undefined) context.timeZone = timeZone;
    const requestId = ownValue(input, 'requestId');
    if (typeof requestId === 'string' && REQUEST_ID.test(requestId)) context.requestId = requestId;
    const language = ownValue(input, 'language');
    if (typeof language === 'string' && LANGUAGE_TAG.test(language)) context.language = language;
  } catch {
    // A proxy or an exotic object that throws on inspection: no context.
  }
  return context;
}
