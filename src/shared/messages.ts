// What the server tells a person, as a code with values: stored and sent as it is, and worded by the sidebar in the reader's own language (docs/ARCHITECTURE.md#languages).
//
// A status written by an hourly run is read later, maybe by the other person of the 1:1 in another language: so the
// server never words a sentence. Codes are stored in properties, so a code is never renamed, only added.

import { TEMPLATE_OPTIONS, type TemplateName } from './settings';

/**
 * The value of a placeholder: text shown as it is, a count (which also picks a plural form), a day, a template by
 * its name in the reader's language, or a message.
 */
export type MessageValue = string | number | { day: string } | { template: TemplateName } | Message;

export interface Message {
  code: MessageCode;
  values?: Readonly<Record<string, MessageValue>>;
}

/** Every code the server says; each catalog words each of them (test/sidebar/i18n.test.ts). */
export const MESSAGE_CODES = [
  // Failures, and refusals of a call
  'error.unforeseen',
  'error.google',
  'error.network',
  'error.unknown',
  'error.authorization',
  'error.storeFull',
  'error.docGone',
  'error.docForbidden',
  'error.docKeptChanging',
  'error.notesTabGone',
  'error.notYourDoc',
  'error.privateListFull',
  'error.noUpcoming',
  'error.sectionMissing',
  'error.suggestionInTheWay',
  'error.typeTheirName',
  'error.eventDeleted',
  'error.eventNotRecurring',
  'error.pointGone',
  // Arguments a call refused
  'invalid.argument',
  'invalid.chooseEvent',
  'invalid.unknownKey',
  'invalid.outOfDate',
  'invalid.owner',
  'invalid.due',
  'invalid.lead',
  'invalid.position',
  'invalid.template',
  'invalid.dateFormat',
  'invalid.notesLanguage',
  'invalid.empty',
  'invalid.tooLong',
  // What a run wrote, or where things stand
  'run.added',
  'run.adopted',
  'run.adoptedToday',
  'run.adoptedRedated',
  'run.adoptedLeft',
  'run.redated',
  'run.cancelled',
  'run.movedLeft',
  'run.noUpcoming',
  'run.alreadyIn',
  'run.todayAlreadyIn',
  'run.upToDate',
  'run.seriesEnded',
  'run.docGone',
  'run.docForbidden',
  'run.notLinked',
  'run.openSidebar',
  'run.unlinkedByOther',
  'run.linkedElsewhere',
  'run.linkUnreadable',
  'run.needsPermission',
  // The calendar
  'calendar.eventGone',
  'calendar.forbidden',
  'calendar.busy',
  'calendar.noAnswer',
  'calendar.syncExpired',
  'calendar.paging',
  'calendar.unreadable',
  // Triggers
  'trigger.noHourly',
  'trigger.hourlyOnly',
  // An item changed since it was read, or lies under a suggestion
  'conflict.done',
  'conflict.reopened',
  'conflict.dropped',
  'conflict.gone',
  'conflict.copy',
  'conflict.suggested',
  // Notices and warnings
  'notice.settingsReset',
  'notice.linkReset',
  'notice.notesAside',
  'notice.tabMissing',
  'notice.dateReadAs',
  'notice.templateSettled',
  'notice.privateKept',
  'cadence.noneHeld',
  'cadence.gap',
  'overview.notReadYet',
  'overview.unreadable',
  'overview.unlinkedHere',
] as const;

export type MessageCode = (typeof MESSAGE_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** A message: its code, and its values when it has any. */
export function said(code: MessageCode, values?: Record<string, MessageValue>): Message {
  return values ? { code, values } : { code };
}

/** A day, for a placeholder: worded by the reader's locale. */
export const day = (iso: string): { day: string } => ({ day: iso });

function isValue(value: unknown, depth: number): boolean {
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { day: iso, template } = value as { day?: unknown; template?: unknown };
  if (typeof iso === 'string') return Object.keys(value).length === 1;
  if (template !== undefined)
    return TEMPLATE_OPTIONS.some((o) => o.value === template) && Object.keys(value).length === 1;
  return depth < 3 && isMessageAt(value, depth + 1);
}

function isMessageAt(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, values, ...rest } = value as { code?: unknown; values?: unknown };
  if (typeof code !== 'string' || !KNOWN.has(code) || Object.keys(rest).length > 0) return false;
  if (values === undefined) return true;
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return false;
  return Object.values(values).every((v) => isValue(v, depth));
}

/** A message of a known code with well-formed values: what a stored record or an error must carry. */
export function isMessage(value: unknown): value is Message {
  return isMessageAt(value, 0);
}

/** A list of messages, or nothing: what a stored status must carry. */
export function isMessageList(value: unknown): value is Message[] {
  return Array.isArray(value) && value.every(isMessage);
}

const PREFIX = 'message:';

/** How a message crosses google.script.run inside a thrown Error's text, which is all a failure handler receives. */
export function encodeMessage(message: Message): string {
  return PREFIX + JSON.stringify(message);
}

/** The message a failure's text carries, after whatever prefix the transport put before it; undefined if none. */
export function decodeMessage(text: string): Message | undefined {
  const at = text.indexOf(PREFIX);
  if (at < 0) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(at + PREFIX.length).split('\n')[0] ?? '');
    return isMessage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
