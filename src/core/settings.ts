// Checking settings, one rule per field: the same rules read what is stored and what the sidebar sends.

import { type Message, said } from '../shared/messages';
import {
  DATE_FORMAT_OPTIONS,
  DEFAULT_SETTINGS,
  LEAD_HOURS_MAX,
  LEAD_HOURS_MIN,
  NOTES_LANGUAGE_OPTIONS,
  type Option,
  POSITION_OPTIONS,
  type Settings,
  TEMPLATE_OPTIONS,
} from '../shared/settings';
import { isObject, parseStored } from '../shared/stored';

interface FieldRule<K extends keyof Settings> {
  accepts(value: unknown): value is Settings[K];
  /** The field, as the execution log names it when a stored value is unsound and reset. */
  name: string;
  /** Why a value sent by the sidebar is refused. */
  refusal: Message;
}

const oneOf =
  <T extends string>(options: readonly Option<T>[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && options.some((o) => o.value === value);

/** In the order the fields are checked: the first refusal is the one reported, resets are listed in this order. */
export const SETTINGS_RULES: { readonly [K in keyof Settings]: FieldRule<K> } = {
  leadHours: {
    accepts: (value): value is number =>
      typeof value === 'number' && Number.isInteger(value) && value >= LEAD_HOURS_MIN && value <= LEAD_HOURS_MAX,
    name: 'lead time',
    refusal: said('invalid.lead', { min: LEAD_HOURS_MIN, max: LEAD_HOURS_MAX }),
  },
  position: {
    accepts: oneOf(POSITION_OPTIONS),
    name: 'position',
    refusal: said('invalid.position'),
  },
  template: {
    accepts: oneOf(TEMPLATE_OPTIONS),
    name: 'template',
    refusal: said('invalid.template'),
  },
  dateFormat: {
    accepts: oneOf(DATE_FORMAT_OPTIONS),
    name: 'date format',
    refusal: said('invalid.dateFormat'),
  },
  notesLanguage: {
    accepts: oneOf(NOTES_LANGUAGE_OPTIONS),
    name: 'language of the notes',
    refusal: said('invalid.notesLanguage'),
  },
};

export const SETTINGS_FIELDS = Object.keys(SETTINGS_RULES) as (keyof Settings)[];

/** Copies `value` into `into[field]` when the field's rule accepts it; false when it does not. */
export function takeSetting<K extends keyof Settings>(into: Partial<Settings>, field: K, value: unknown): boolean {
  const rule: FieldRule<K> = SETTINGS_RULES[field];
  if (!rule.accepts(value)) return false;
  into[field] = value;
  return true;
}

/** Settings as read, what was reset (in words, for the status line), and the fields nothing stated, left at default. */
export interface ReadSettings {
  settings: Settings;
  problems: string[];
  unstated: (keyof Settings)[];
}

/**
 * Reads stored settings. A value that is missing or unsound falls back to its default on its own, so one bad field
 * never takes the others with it; `problems` names what was reset, for the status line.
 */
export function readStoredSettings(raw: string | null | undefined): ReadSettings {
  if (raw == null || raw === '') return { settings: { ...DEFAULT_SETTINGS }, problems: [], unstated: SETTINGS_FIELDS };
  return settingsFrom(parseStored(raw));
}

/** Settings from a value already parsed (a Book's copy, a mark's fields): anything but an object resets them all. */
export function settingsFrom(stored: unknown): ReadSettings {
  if (!isObject(stored)) return { settings: { ...DEFAULT_SETTINGS }, problems: ['all settings'], unstated: [] };
  const settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const unstated = SETTINGS_FIELDS.filter((field) => stored[field] === undefined);
  for (const field of SETTINGS_FIELDS)
    if (stored[field] !== undefined && !takeSetting(settings, field, stored[field]))
      problems.push(SETTINGS_RULES[field].name);
  return { settings, problems, unstated };
}
