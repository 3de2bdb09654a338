// The Doc's settings as stored in document properties: defaults, and validation that keeps what is sound and resets what is not.
import type { HeadingDateFormat } from './dates';
import type { Position } from './plan';
import { TEMPLATE_NAMES, type TemplateName } from './templates';

export interface Settings {
  /** How long before the meeting its section is inserted. */
  leadHours: number;
  position: Position;
  template: TemplateName;
  dateFormat: HeadingDateFormat;
}

export const DEFAULT_SETTINGS: Settings = {
  leadHours: 24,
  position: 'newest-first',
  template: 'default',
  dateFormat: 'weekday-short',
};

export const LEAD_HOURS_MIN = 1;
export const LEAD_HOURS_MAX = 7 * 24;
export const POSITIONS: readonly Position[] = ['newest-first', 'oldest-first'];
export const DATE_FORMATS: readonly HeadingDateFormat[] = ['weekday-short', 'iso', 'day-month-year'];

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * Reads stored settings. A value that is missing or unsound falls back to its default on its own, so one bad field
 * never takes the others with it; `problems` names what was reset, for the status line.
 */
export function readStoredSettings(raw: string | null | undefined): { settings: Settings; problems: string[] } {
  if (raw == null || raw === '') return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['all settings'] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['all settings'] };
  const stored = value as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const lead = stored.leadHours;
  if (lead !== undefined) {
    if (typeof lead === 'number' && Number.isInteger(lead) && lead >= LEAD_HOURS_MIN && lead <= LEAD_HOURS_MAX)
      settings.leadHours = lead;
    else problems.push('lead time');
  }
  if (stored.position !== undefined) {
    if (isOneOf(POSITIONS, stored.position)) settings.position = stored.position;
    else problems.push('position');
  }
  if (stored.template !== undefined) {
    if (isOneOf(TEMPLATE_NAMES, stored.template)) settings.template = stored.template;
    else problems.push('template');
  }
  if (stored.dateFormat !== undefined) {
    if (isOneOf(DATE_FORMATS, stored.dateFormat)) settings.dateFormat = stored.dateFormat;
    else problems.push('date format');
  }
  return { settings, problems };
}

export interface LedgerEntry {
  key: string;
  date: string;
  /** ISO instant of the insert. */
  at: string;
}

/** How many recent inserts the ledger keeps: enough to explain the last few months, far below the 9 KB value limit. */
export const LEDGER_SIZE = 20;

export function readLedger(raw: string | null | undefined): LedgerEntry[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is LedgerEntry =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.key === 'string' &&
        typeof e.date === 'string' &&
        typeof e.at === 'string' &&
        e.key.length < 400,
    );
  } catch {
    return [];
  }
}

export function appendToLedger(ledger: LedgerEntry[], entry: LedgerEntry): LedgerEntry[] {
  return [entry, ...ledger.filter((e) => e.key !== entry.key)].slice(0, LEDGER_SIZE);
}
