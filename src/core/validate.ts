// Validation of what google.script.run hands the server: anyone who can open the sidebar's frame can call with anything.
import type { LinkOptions } from '../shared/types';
import { DATE_FORMATS, LEAD_HOURS_MAX, LEAD_HOURS_MIN, POSITIONS, type Settings } from './settings';
import { TEMPLATE_NAMES } from './templates';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_ID = 1024;
/** Calendar and event ids: the API's own alphabet (base32hex, emails, `_R…` suffixes of split series). */
const ID_PATTERN = /^[A-Za-z0-9@._\-+]+$/;

/** A plain JSON object: not an array, not a Date or other class instance (checked by tag, so any realm's objects pass). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}

function checkId(value: unknown, what: string): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return `${what} is missing.`;
  if (value.length > MAX_ID || !ID_PATTERN.test(value)) return `${what} is not a valid id.`;
  return undefined;
}

type SettingsPatch = Partial<Settings>;

function checkSettingsFields(input: Record<string, unknown>): Checked<SettingsPatch> {
  const out: SettingsPatch = {};
  if (input.leadHours !== undefined) {
    const lead = input.leadHours;
    if (typeof lead !== 'number' || !Number.isInteger(lead) || lead < LEAD_HOURS_MIN || lead > LEAD_HOURS_MAX)
      return {
        ok: false,
        error: `Lead time must be a whole number of hours from ${LEAD_HOURS_MIN} to ${LEAD_HOURS_MAX}.`,
      };
    out.leadHours = lead;
  }
  if (input.position !== undefined) {
    if (!POSITIONS.includes(input.position as never))
      return { ok: false, error: 'Position must be "newest-first" or "oldest-first".' };
    out.position = input.position as Settings['position'];
  }
  if (input.template !== undefined) {
    if (!TEMPLATE_NAMES.includes(input.template as never))
      return { ok: false, error: `Template must be one of: ${TEMPLATE_NAMES.join(', ')}.` };
    out.template = input.template as Settings['template'];
  }
  if (input.dateFormat !== undefined) {
    if (!DATE_FORMATS.includes(input.dateFormat as never))
      return { ok: false, error: `Date format must be one of: ${DATE_FORMATS.join(', ')}.` };
    out.dateFormat = input.dateFormat as Settings['dateFormat'];
  }
  return { ok: true, value: out };
}

const LINK_KEYS = ['calendarId', 'eventId', 'leadHours', 'position', 'template', 'dateFormat'] as const;
const SETTINGS_KEYS = ['leadHours', 'position', 'template', 'dateFormat'] as const;

export function checkLinkOptions(input: unknown): Checked<LinkOptions & SettingsPatch> {
  if (!isPlainObject(input)) return { ok: false, error: 'Choose a recurring event to link.' };
  const extra = unknownKeys(input, LINK_KEYS);
  if (extra.length > 0) return { ok: false, error: `Unknown option: ${extra[0]!.slice(0, 40)}.` };
  const idProblem = checkId(input.calendarId, 'The calendar') ?? checkId(input.eventId, 'The event');
  if (idProblem) return { ok: false, error: idProblem };
  const settings = checkSettingsFields(input);
  if (!settings.ok) return settings;
  return {
    ok: true,
    value: { calendarId: input.calendarId as string, eventId: input.eventId as string, ...settings.value },
  };
}

export function checkSettingsPatch(input: unknown): Checked<SettingsPatch> {
  if (!isPlainObject(input)) return { ok: false, error: 'Settings must be given as an object.' };
  const extra = unknownKeys(input, SETTINGS_KEYS);
  if (extra.length > 0) return { ok: false, error: `Unknown setting: ${extra[0]!.slice(0, 40)}.` };
  return checkSettingsFields(input);
}
