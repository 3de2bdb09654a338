// Errors that reach a person: what the sidebar shows is a sentence, never a stack trace.

/** A problem the user can understand and act on; its message is shown as it is. */
export class UserError extends Error {
  override name = 'UserError';
}

const MAX_MESSAGE = 300;

/** The message of anything thrown; services may throw errors of another realm, so no `instanceof Error`. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return String(error);
}

/** One line for a person, from any thrown value. Unexpected errors keep their first line only: no stack, no internals. */
export function userMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const raw = messageOf(error);
  const firstLine = raw.split('\n')[0]?.trim() || 'unknown error';
  const short = firstLine.length > MAX_MESSAGE ? `${firstLine.slice(0, MAX_MESSAGE - 1)}…` : firstLine;
  return `Something went wrong: ${short}`;
}

/** Docs answers a stale `requiredRevisionId` with an error that names the revision. */
export function isRevisionConflict(error: unknown): boolean {
  const message = messageOf(error);
  return /revision/i.test(message) && /(required|match|latest|FAILED_PRECONDITION)/i.test(message);
}
