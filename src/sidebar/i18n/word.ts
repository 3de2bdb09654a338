// The server's messages worded for the reader: a code with values, stored or sent, becomes a sentence of their catalog (docs/ARCHITECTURE.md#languages).
import type { Message, MessageCode, MessageValue } from '../../shared/messages';
import type { TemplateName } from '../../shared/settings';
import { formatDay } from '../format';
import { t, tn, type Values } from './index';
import { isPlural, M, P } from './keys';

/**
 * Each code's catalog key, a number the bundle inlines: looking keys up by name would ship the enums' names too. A code
 * added without its row fails to compile here.
 */
const KEYS: { readonly [C in MessageCode]: M | P } = {
  'error.unforeseen': M['error.unforeseen'],
  'error.google': M['error.google'],
  'error.network': M['error.network'],
  'error.unknown': M['error.unknown'],
  'error.authorization': M['error.authorization'],
  'error.storeFull': M['error.storeFull'],
  'error.docGone': M['error.docGone'],
  'error.docForbidden': M['error.docForbidden'],
  'error.docKeptChanging': M['error.docKeptChanging'],
  'error.notesTabGone': M['error.notesTabGone'],
  'error.notYourDoc': M['error.notYourDoc'],
  'error.privateListFull': M['error.privateListFull'],
  'error.noUpcoming': M['error.noUpcoming'],
  'error.sectionMissing': M['error.sectionMissing'],
  'error.suggestionInTheWay': M['error.suggestionInTheWay'],
  'error.typeTheirName': M['error.typeTheirName'],
  'error.eventDeleted': M['error.eventDeleted'],
  'error.eventNotRecurring': M['error.eventNotRecurring'],
  'error.pointGone': M['error.pointGone'],
  'invalid.argument': M['invalid.argument'],
  'invalid.chooseEvent': M['invalid.chooseEvent'],
  'invalid.unknownKey': M['invalid.unknownKey'],
  'invalid.outOfDate': M['invalid.outOfDate'],
  'invalid.owner': M['invalid.owner'],
  'invalid.due': M['invalid.due'],
  'invalid.lead': M['invalid.lead'],
  'invalid.position': M['invalid.position'],
  'invalid.template': M['invalid.template'],
  'invalid.dateFormat': M['invalid.dateFormat'],
  'invalid.notesLanguage': M['invalid.notesLanguage'],
  'invalid.empty': M['invalid.empty'],
  'invalid.tooLong': M['invalid.tooLong'],
  'run.added': M['run.added'],
  'run.adopted': M['run.adopted'],
  'run.adoptedToday': M['run.adoptedToday'],
  'run.adoptedRedated': M['run.adoptedRedated'],
  'run.adoptedLeft': M['run.adoptedLeft'],
  'run.redated': P['run.redated'],
  'run.cancelled': P['run.cancelled'],
  'run.movedLeft': M['run.movedLeft'],
  'run.noUpcoming': M['run.noUpcoming'],
  'run.alreadyIn': M['run.alreadyIn'],
  'run.todayAlreadyIn': M['run.todayAlreadyIn'],
  'run.upToDate': M['run.upToDate'],
  'run.seriesEnded': M['run.seriesEnded'],
  'run.docGone': M['run.docGone'],
  'run.docForbidden': M['run.docForbidden'],
  'run.notLinked': M['run.notLinked'],
  'run.openSidebar': M['run.openSidebar'],
  'run.unlinkedByOther': M['run.unlinkedByOther'],
  'run.linkedElsewhere': M['run.linkedElsewhere'],
  'run.linkUnreadable': M['run.linkUnreadable'],
  'run.needsPermission': M['run.needsPermission'],
  'calendar.eventGone': M['calendar.eventGone'],
  'calendar.forbidden': M['calendar.forbidden'],
  'calendar.busy': M['calendar.busy'],
  'calendar.noAnswer': M['calendar.noAnswer'],
  'calendar.syncExpired': M['calendar.syncExpired'],
  'calendar.paging': M['calendar.paging'],
  'calendar.unreadable': M['calendar.unreadable'],
  'trigger.noHourly': M['trigger.noHourly'],
  'trigger.hourlyOnly': M['trigger.hourlyOnly'],
  'conflict.done': M['conflict.done'],
  'conflict.reopened': M['conflict.reopened'],
  'conflict.dropped': M['conflict.dropped'],
  'conflict.gone': M['conflict.gone'],
  'conflict.copy': M['conflict.copy'],
  'conflict.suggested': M['conflict.suggested'],
  'notice.settingsReset': M['notice.settingsReset'],
  'notice.linkReset': M['notice.linkReset'],
  'notice.notesAside': M['notice.notesAside'],
  'notice.tabMissing': M['notice.tabMissing'],
  'notice.dateReadAs': M['notice.dateReadAs'],
  'notice.templateSettled': M['notice.templateSettled'],
  'notice.privateKept': P['notice.privateKept'],
  'cadence.noneHeld': P['cadence.noneHeld'],
  'cadence.gap': P['cadence.gap'],
  'overview.notReadYet': M['overview.notReadYet'],
  'overview.unreadable': M['overview.unreadable'],
  'overview.unlinkedHere': M['overview.unlinkedHere'],
};

/** Each template by its name in the reader's language (the settings offer them with the same words). */
export const TEMPLATE_WORDS: Record<TemplateName, M> = {
  default: M['settings.template.default'],
  first: M['settings.template.first'],
  career: M['settings.template.career'],
  'like-last': M['settings.template.like-last'],
};

/** A value as the reader reads it; one of no known kind (a newer server's) as text rather than a broken page. */
function valueText(value: MessageValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  if ('day' in value) return formatDay(String(value.day), { weekday: true });
  if ('template' in value) {
    const key: unknown = (TEMPLATE_WORDS as Record<string, unknown>)[value.template];
    return typeof key === 'number' ? t(key as M) : String(value.template);
  }
  return word(value);
}

/** A message in the reader's language; a code this page does not know (a newer server) reads as an unknown failure. */
export function word(message: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = valueText(value);
  // Only a number is a key: a code this page does not know ("toString" included) reads as an unknown failure.
  const found: unknown = (KEYS as Record<string, unknown>)[message.code];
  const key = typeof found === 'number' ? (found as M | P) : M['error.unknown'];
  if (isPlural(key)) return tn(key, Number(values.count ?? 0), values as Values);
  return t(key, values);
}

/** Messages said one after another, as one paragraph. */
export const words = (messages: readonly Message[]): string => messages.map(word).join(t(M['common.sentenceGap']));
