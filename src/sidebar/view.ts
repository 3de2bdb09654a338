// From the server's state to what the panels show: which panels, in what order, and their lines in words. No DOM.
import type { Settings } from '../shared/settings';
import type {
  AutomationHealth,
  Cadence,
  Commitment,
  NextMeeting,
  Privacy,
  RecurringSeries,
  RunStatus,
  RunWrite,
  SettingsPatch,
  SidebarState,
  TriggerName,
} from '../shared/types';
import {
  type FormatOptions,
  formatAgo,
  formatDay,
  formatDaysAgo,
  formatInstant,
  formatMeeting,
  formatTime,
  formatWeekday,
} from './format';
import { t, tn } from './i18n';
import { M, P } from './i18n/keys';
import { word, words } from './i18n/word';

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
  const others = series.attendees.filter((a) => !a.self).map((a) => a.name ?? a.email);
  const [first = '', second = ''] = others;
  if (others.length === 0) return t(series.attendees.length === 0 ? M['setup.with.none'] : M['setup.with.onlyYou']);
  if (others.length === 1) return t(M['setup.with.one'], { name: first });
  if (others.length === 2) return t(M['setup.with.two'], { first, second });
  return tn(P['setup.with.many'], others.length - 1, { first });
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
  if (item.due) parts.push(t(M['common.due'], { date: formatDay(item.due, options) }));
  if (item.from) parts.push(t(M['common.from'], { date: formatDay(item.from, options) }));
  return parts.join(' · ');
}

export const showNativeChecklistHint = (state: Pick<SidebarState, 'commitments'>): boolean =>
  state.commitments.some((c) => c.nativeChecklist === true);

export type OwnerChoice = 'me' | 'them' | 'other';

/** A field's length in words: nothing while far from its limit, the count near it, how many too many past it. */
export function lengthLine(length: number, limit: number): { text: string; over: boolean } | undefined {
  if (length <= limit * 0.8) return undefined;
  if (length <= limit) return { text: t(M['field.count'], { length, limit }), over: false };
  return { text: t(M['field.countOver'], { length, limit, extra: length - limit }), over: true };
}

/** Why typed text cannot be sent yet, or undefined: nothing but spaces (`empty` says what to type), or past its limit. */
export function draftProblem(text: string, limit: number | undefined, empty: M): string | undefined {
  if (text.trim() === '') return t(empty);
  const length = text.trim().length;
  if (limit !== undefined && length > limit) return t(M['field.tooLong'], { length, limit });
  return undefined;
}

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
        ? t(M['cadence.none'])
        : t(M['cadence.last'], { ago: formatDaysAgo(cadence.daysSinceLast, options) }),
    counts: [
      { label: t(M['cadence.held']), value: cadence.held },
      { label: t(M['cadence.moved']), value: cadence.moved },
      { label: t(M['cadence.cancelled']), value: cadence.cancelled },
    ],
    ...(cadence.warning ? { warning: word(cadence.warning) } : {}),
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
  if (now - at < 60_000) return t(M['privacy.checkedNow']);
  return t(M['privacy.checked'], { ago: formatAgo(checkedAt, now, options) ?? '' });
}

/**
 * Who else can read what the two of them write, in one statement: whether the series is a 1:1 at all, and who besides
 * its people can open the Doc today; and when that was looked up.
 */
export function privacyView(
  privacy: Privacy,
  options: FormatOptions & { now?: number } = {},
): { warning: boolean; text: string; checked?: string } {
  const { extraViewers, seriesAttendees } = privacy;
  const checkedText = checkedLine(privacy.checkedAt, options.now ?? Date.now(), options);
  const checked = checkedText ? { checked: checkedText } : {};
  const extra = extraViewers.length;
  if (seriesAttendees === undefined)
    return extra === 0
      ? { warning: false, text: t(M['privacy.onlyYouTwo']), ...checked }
      : { warning: true, text: t(M['privacy.keep'], { besides: tn(P['privacy.besidesYouTwo'], extra) }), ...checked };
  // Not a 1:1: the pair is this user and the organiser, who may be the same person.
  const you = privacy.youOrganise;
  const who =
    extra === 0
      ? t(you ? M['privacy.onlyYou'] : M['privacy.onlyPair'])
      : t(M['privacy.keep'], { besides: tn(you ? P['privacy.besidesYou'] : P['privacy.besidesPair'], extra) });
  return { warning: true, text: t(M['privacy.notOneOnOne'], { attendees: seriesAttendees, who }), ...checked };
}

/** None of this user's hourly runs can be seen working: said atop All my 1:1s and a Doc's Next 1:1 panel. */
export function automationWarning(health: AutomationHealth, options: FormatOptions & { now: number }): string {
  if (health.state === 'off') return t(M['automation.off']);
  const ago = health.lastRunAt ? formatAgo(health.lastRunAt, options.now, options) : undefined;
  return ago ? t(M['automation.lastRan'], { ago }) : t(M['automation.notRun']);
}

const OUTCOME_WORDS: Record<RunStatus['outcome'], M> = {
  inserted: M['status.outcome.inserted'],
  'nothing to do': M['status.outcome.nothing'],
  error: M['status.outcome.error'],
};

/** An outcome's words; one from a newer server, not in the catalog, is shown as it came. */
function outcomeWords(outcome: RunStatus['outcome']): string {
  const key = OUTCOME_WORDS[outcome];
  return key ? t(key) : outcome;
}

/** Each run's trigger by its name in the reader's language. */
const TRIGGER_WORDS: Record<TriggerName, M> = {
  'Hourly check': M['status.trigger.hourly'],
  'Calendar change': M['status.trigger.calendar'],
  'Prepare now': M['status.trigger.prepareNow'],
};

/** A trigger's name; one this page does not know (a newer server's) as it was sent. */
function triggerWords(trigger: TriggerName): string {
  const key: unknown = (TRIGGER_WORDS as Record<string, unknown>)[trigger];
  return typeof key === 'number' ? t(key) : String(trigger);
}

/** The day's last write in words, without its full stop: "Added Monday’s section at 9:00 AM", or what it did. */
function writeLine(wrote: RunWrite, options: FormatOptions): { line: string; sentence: boolean } {
  const time = formatTime(wrote.at, options);
  const weekday = wrote.section ? formatWeekday(wrote.section, options) : undefined;
  if (weekday) return { line: t(M['status.addedSection'], { weekday, time }), sentence: false };
  return { line: t(M['status.updatedDoc'], { time, message: words(wrote.message) }), sentence: true };
}

/** The next meeting as the Doc's state has it now, never as an older run saw it: a cancelled one is said so. */
function nextLine(next: NextMeeting | undefined, options: FormatOptions): { next?: string } {
  if (!next) return {};
  const when = formatMeeting(next.start, '', options);
  return { next: t(next.cancelled ? M['status.nextCancelled'] : M['status.next'], { when }) };
}

/**
 * The last run in words, over the day: its time in the user's zone, never as ISO text; after a run that wrote, the
 * later ones that found nothing say so with it; a failure says what was written earlier that day.
 */
export function statusView(status: RunStatus, options: FormatOptions & { nextMeeting?: NextMeeting } = {}) {
  const earlier = status.wrote && status.wrote.at !== status.at ? writeLine(status.wrote, options) : undefined;
  const failed = status.outcome === 'error';
  const upToDate = earlier !== undefined && !failed;
  const line = { line: earlier?.line ?? '' };
  const since = t(earlier?.sentence ? M['status.sinceSentence'] : M['status.sinceLine'], line);
  return {
    heading: t(M['status.heading'], {
      trigger: triggerWords(status.trigger),
      when: formatInstant(status.at, options),
    }),
    outcome: upToDate ? t(M['status.upToDate']) : outcomeWords(status.outcome),
    message: upToDate ? since : words(status.message),
    ...(failed && earlier
      ? { earlier: t(earlier.sentence ? M['status.beforeSentence'] : M['status.beforeLine'], line) }
      : {}),
    ...nextLine(options.nextMeeting, options),
    failed,
  };
}

/**
 * What "Prepare now" says beside its button; the status panel carries the server's full sentence. In a Doc not yet
 * linked the section is today's; what linking makes of it is said once, above the button (panels/next.ts).
 */
export function prepareNote(status: RunStatus | undefined, linked = true): string {
  if (!linked && status?.outcome === 'inserted') return t(M['next.note.todayInserted']);
  if (!linked && status?.outcome === 'nothing to do') return t(M['next.note.todayThere']);
  if (status?.outcome === 'inserted') return t(M['next.note.inserted']);
  if (status?.outcome === 'nothing to do') return t(M['next.note.there']);
  return t(M['next.note.done']);
}
