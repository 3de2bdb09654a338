// Thin adapters over the Apps Script services that say where and when a run happens: document, user, time zone, lock.

export function activeDocumentId(): string {
  const doc = DocumentApp.getActiveDocument();
  if (!doc) throw new Error('No active document: open the sidebar from the Doc.');
  return doc.getId();
}

/** The manifest's zone, the same for every user of an add-on (docs/PLATFORM.md, Time zones): a last resort only. */
export function scriptTimeZone(): string {
  return Session.getScriptTimeZone() || 'Etc/UTC';
}

/**
 * The language of this user's Google account ("de", "pt_BR"), or undefined where Session will not say: before the
 * add-on is authorised, onOpen may not be allowed to ask (docs/PLATFORM.md, Time zones and users).
 */
export function accountLocale(): string | undefined {
  try {
    return Session.getActiveUserLocale() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether this user has yet to grant a scope the running version needs: triggers keep firing after an update that
 * added one, and would fail at the first call that needs it (docs/PLATFORM.md, Triggers).
 */
export function authorizationNeeded(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

/** "YYYY-MM-DD" of an instant in a time zone. */
export function calendarDate(instant: Date, timeZone: string): string {
  return Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd');
}

export function now(): Date {
  return new Date();
}

/**
 * Runs `work` holding the document lock when there is one. The lock only saves a wasted read and retry: exactly-once
 * rests on the named-range key and requiredRevisionId, because the lock is null outside a document and may time out.
 */
export function withDocumentLock<T>(work: () => T): T {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = LockService.getDocumentLock();
  } catch {
    lock = null;
  }
  const held = lock ? lock.tryLock(10_000) : false;
  try {
    return work();
  } finally {
    if (held) lock?.releaseLock();
  }
}

/** The signed-in user's email; the effective user's where Apps Script withholds it. */
export function currentUserEmail(): string {
  let email = '';
  try {
    email = Session.getActiveUser().getEmail();
  } catch {
    email = '';
  }
  return email || Session.getEffectiveUser().getEmail();
}

/**
 * Runs `work` holding this user's lock, or not at all when another execution of theirs holds it: their two hourly
 * triggers firing at once do the hour's work once. The lock only saves work: a section is single by its key.
 */
export function withUserLock(work: () => void): void {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(0)) return;
  try {
    work();
  } finally {
    lock.releaseLock();
  }
}
