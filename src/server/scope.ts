// One execution: its call context checked once, its user, zone and time resolved once, its stores read once and
// written at the end (docs/ARCHITECTURE.md, "One scope per execution").
import { checkCallContext } from '../core/validate';
import { userTimeZone } from '../core/zone';
import { UserError, userMessage } from '../shared/errors';
import { encodeMessage, type Message } from '../shared/messages';
import { activeDocumentId, currentUserEmail, now, scriptTimeZone } from './environment';
import { loadAccount, saveAccount } from './records';
import { createStore, type Stores } from './store';

export interface Scope extends Stores {
  /** The id the sidebar gave this write, when it is one: a retry carries the same. */
  requestId?: string;
  /** The zone the sidebar sent, checked. */
  sentZone?: string;
  /** The browser's language the sidebar sent, checked: a BCP 47 tag. */
  sentLanguage?: string;
  me(): string;
  /** The Doc the sidebar is open in. */
  documentId(): string;
  /** "Today" is reckoned in this zone: the one sent, else the one last sent, else the calendar's, else the script's. */
  zone(calendarZone?: string): string;
}

export function createScope(context?: unknown): Scope {
  const { timeZone, language, requestId } = checkCallContext(context);
  let me: string | undefined;
  let documentId: string | undefined;
  const scope: Scope = {
    nowMs: now().getTime(),
    user: createStore(() => PropertiesService.getUserProperties()),
    doc: createStore(() => PropertiesService.getDocumentProperties()),
    ...(requestId ? { requestId } : {}),
    ...(timeZone ? { sentZone: timeZone } : {}),
    ...(language ? { sentLanguage: language } : {}),
    me: () => {
      me ??= currentUserEmail();
      return me;
    },
    documentId: () => {
      documentId ??= activeDocumentId();
      return documentId;
    },
    zone: (calendarZone) => timeZone ?? userTimeZone(undefined, loadAccount(scope), calendarZone, scriptTimeZone()),
  };
  return scope;
}

/** Writes what the execution changed, in this user's store and in the Doc's. */
export function finish(scope: Scope): void {
  scope.user.flush();
  scope.doc.flush();
}

/**
 * Every call from the sidebar: one scope, its work, its writes at the end, and either plain JSON or an Error whose
 * message is one readable sentence. The zone the sidebar sent is kept for this user's triggers (which have no
 * browser), with the call's own writes.
 */
export function serverCall<T>(context: unknown, work: (scope: Scope) => T): T {
  try {
    const scope = createScope(context);
    const result = work(scope);
    if (scope.sentZone) {
      const account = loadAccount(scope);
      if (account.timeZone !== scope.sentZone) saveAccount(scope, { ...account, timeZone: scope.sentZone });
    }
    finish(scope);
    return result;
  } catch (error) {
    console.error(error);
    throw new Error(encodeMessage(userMessage(error)));
  }
}

/** Throws a validation's refusal as a user error, or gives the checked value. */
export function valid<T>(checked: { ok: true; value: T } | { ok: false; error: Message }): T {
  if (!checked.ok) throw new UserError(checked.error);
  return checked.value;
}
