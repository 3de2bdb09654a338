// From the server's state to what the panels show: which panels, in what order, and their lines in words. No DOM.
import type { Settings } from '../shared/settings';
import type {
  AutomationHealth,
  Cadence,
  Commitment,
  Privacy,
  RecurringSeries,
  RunStatus,
  SettingsPatch,
  SidebarState,
} from '../shared/types';
import { type FormatOptions, formatAgo, formatDay, formatDaysAgo, formatInstant, formatMeeting } from './format';

export type PanelId =
  | 'setup'
  | 'next'
  | 'commitments'
  | 'agenda'
  | 'private'
  | 'cadence'
  | 'privacy'
  | 'status'
  | 'settings'
  | 'overview';

/**
 * 'link': choose a series (not linked, or the user asked to link another one). 'turn-on': the Doc is linked (by the
 * other person, or before this user's triggers were removed) but nothing runs for this user, so offer to turn it on.
 */
export type SetupMode = 'link' | 'turn-on';

export function setupMode(state: Pick<SidebarState, 'linked' | 'series'>, relink: boolean): SetupMode | undefined {
  if (!state.linked || relink) return 'link';
  // An ended series cannot be turned on: the Next meeting panel offers to link the new one instead.
  if (state.series && !state.series.automatic && !state.series.ended) return 'turn-on';
  return undefined;
}

export function panelsFor(state: SidebarState, relink: boolean): PanelId[] {
  const panels: PanelId[] = [];
  if (setupMode(state, relink)) panels.push('setup');
  panels.push('next', 'commitments', 'agenda', 'private');
  if (state.cadence) panels.push('cadence');
  if (state.privacy) panels.push('privacy');
  panels.push('status');
  if (state.linked) panels.push('settings');
  return panels;
}

// ——— Setup ———

export interface SeriesChoice {
  calendarId: string;
  eventId: string;
  title: string;
  /** Who else is invited, for telling two "1:1" events apart. */
  with: string;
  nextStart: string;
}

/** A 1:1 has exactly two attendees: by default only those are offered; the rest wait behind "Show all". */
export function seriesChoices(list: RecurringSeries[], showAll: boolean): { choices: SeriesChoice[]; hidden: number } {
  const isPair = (s: RecurringSeries) => s.attendees.length === 2;
  const pairs = list.filter(isPair);
  const chosen = showAll ? [...pairs, ...list.filter((s) => !isPair(s))] : pairs;
  return {
    choices: chosen.map((s) => ({
      calendarId: s.calendarId,
      eventId: s.eventId,
      title: s.title,
      with: withWhom(s),
      nextStart: s.nextStart,
    })),
    hidden: showAll ? 0 : list.length - pairs.length,
  };
}

function withWhom(series: RecurringSeries): string {
  const others = series.attendees.filter((a) => !a.self).map((a) => a.email);
  if (others.length === 0) return series.attendees.length === 0 ? 'No other attendees' : 'Only you';
  if (others.length <= 2) return `With ${others.join(' and ')}`;
  return `With ${others[0]} and ${others.length - 1} others`;
}

// ——— Settings ———

/** Only what changed: updateSettings takes a patch, and an untouched field must not overwrite the other person's edit. */
export function settingsPatch(current: Settings, draft: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  for (const key of Object.keys(draft) as (keyof Settings)[])
    if (draft[key] !== current[key]) (patch as Record<string, unknown>)[key] = draft[key];
  return patch;
}

// ——— Commitments and action items ———

/** "due Nov 30 · from Nov 9". */
export function commitmentMeta(item: Commitment, options: FormatOptions & { now?: number } = {}): string {
  const parts: string[] = [];
  if (item.due) parts.push(`due ${formatDay(item.due, options)}`);
  if (item.from) parts.push(`from ${formatDay(item.from, options)}`);
  return parts.join(' · ');
}

export const showNativeChecklistHint = (state: Pick<SidebarState, 'commitments'>): boolean =>
  state.commitments.some((c) => c.nativeChecklist === true);

export type OwnerChoice = 'me' | 'them' | 'other';

/** The owner as addActionItem takes it: "me", "them", or a name; nothing when "someone else" has no name. */
export function ownerValue(choice: OwnerChoice, name: string): string | undefined {
  if (choice !== 'other') return choice;
  const trimmed = name.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A due date from a date field: "YYYY-MM-DD" or nothing; anything else is a mistake to report. */
export function dueValue(raw: string): { ok: true; due?: string } | { ok: false } {
  const value = raw.trim();
  if (value === '') return { ok: true };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { ok: false };
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? { ok: true, due: value } : { ok: false };
}

// ——— Cadence, privacy, status ———

export function cadenceView(cadence: Cadence, options: FormatOptions = {}) {
  return {
    last:
      cadence.daysSinceLast === undefined
        ? 'No 1:1 held in the last 90 days.'
        : `Last 1:1: ${formatDaysAgo(cadence.daysSinceLast, options)}.`,
    counts: [
      { label: 'Held', value: cadence.held },
      { label: 'Moved', value: cadence.moved },
      { label: 'Cancelled', value: cadence.cancelled },
    ],
    warning: cadence.warning,
  };
}

/** "Checked 20 minutes ago.": when the server last looked up the Doc's sharing, which it does at most hourly. */
export function checkedLine(
  checkedAt: string | undefined,
  now: number,
  options: FormatOptions = {},
): string | undefined {
  const at = checkedAt === undefined ? Number.NaN : Date.parse(checkedAt);
  if (checkedAt === undefined || Number.isNaN(at)) return undefined;
  // Under a minute Intl says "now", and "Checked now" reads like a command.
  if (now - at < 60_000) return 'Checked just now.';
  return `Checked ${formatAgo(checkedAt, now, options)}.`;
}

/**
 * Who else can read what the two of them write: everyone besides the 1:1's two people, and first of all whether the
 * series is a 1:1 at all; and when that was looked up.
 */
export function privacyView(
  privacy: Privacy,
  options: FormatOptions & { now?: number } = {},
): { warning: boolean; text: string; notOneOnOne?: string; checked?: string } {
  const { extraViewers, seriesAttendees } = privacy;
  const checked = checkedLine(privacy.checkedAt, options.now ?? Date.now(), options);
  const notOneOnOne =
    seriesAttendees !== undefined
      ? `This series has ${seriesAttendees} attendees: it is not a 1:1 series, so everyone invited may read this Doc.`
      : undefined;
  const said = { ...(notOneOnOne ? { notOneOnOne } : {}), ...(checked ? { checked } : {}) };
  // Not a 1:1: the pair is this user and the organiser, who may be the same person.
  const besides = !notOneOnOne
    ? 'Besides the two of you'
    : privacy.youOrganise
      ? 'Besides you'
      : 'Besides you and the organiser';
  if (extraViewers.length === 0)
    return notOneOnOne
      ? { warning: true, text: `${besides}, nobody else can open this Doc.`, ...said }
      : { warning: false, text: 'Only the two of you can open this Doc.', ...said };
  const who = extraViewers.length === 1 ? '1 more person' : `${extraViewers.length} more people`;
  return {
    warning: true,
    text: `${besides}, ${who} can open this Doc. Keep sensitive notes in private talking points.`,
    ...said,
  };
}

/** None of this user's hourly runs can be seen working: said atop All my 1:1s and a Doc's Next 1:1 panel. */
export function automationWarning(health: AutomationHealth, options: FormatOptions & { now: number }): string {
  if (health.state === 'off')
    return 'Automatic preparation is off for all your 1:1 Docs: no section will be added before your meetings.';
  const ago = health.lastRunAt ? formatAgo(health.lastRunAt, options.now, options) : undefined;
  const when = ago ? `last ran ${ago}` : 'has not run for hours';
  return `Automatic preparation ${when}: sections may not be added before your meetings.`;
}

const OUTCOME_WORDS: Record<RunStatus['outcome'], string> = {
  inserted: 'Section added',
  'nothing to do': 'Nothing to do',
  error: 'Failed',
};

/** The last run in words: its time and the next meeting's in the user's own zone, never as ISO text. */
export function statusView(status: RunStatus, options: FormatOptions = {}) {
  return {
    heading: `${status.trigger} · ${formatInstant(status.at, options)}`,
    outcome: OUTCOME_WORDS[status.outcome] ?? status.outcome,
    message: status.message,
    ...(status.next ? { next: `Next 1:1: ${formatMeeting(status.next, '', options)}.` } : {}),
    failed: status.outcome === 'error',
  };
}

/**
 * What "Prepare now" says beside its button; the status panel carries the server's full sentence. In a Doc not yet
 * linked the section is today's; what linking makes of it is said once, above the button (panels/next.ts).
 */
export function prepareNote(status: RunStatus | undefined, linked = true): string {
  if (!linked && status?.outcome === 'inserted') return 'Today’s section is in the Doc.';
  if (!linked && status?.outcome === 'nothing to do') return 'Today’s section was already in the Doc.';
  if (status?.outcome === 'inserted') return 'The section is in the Doc.';
  if (status?.outcome === 'nothing to do') return 'Nothing to add: the section was already there.';
  return 'Done.';
}
