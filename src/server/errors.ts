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

/** The first line of a thrown value's message, bounded: for notes that quote what a service said. */
export function firstLine(error: unknown, max = 160): string {
  return (messageOf(error).split('\n')[0] ?? '').trim().slice(0, max);
}

/** One line for a person, from any thrown value. Unexpected errors keep their first line only: no stack, no internals. */
export function userMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const raw = messageOf(error);
  const firstLine = raw.split('\n')[0]?.trim() || 'unknown error';
  const short = firstLine.length > MAX_MESSAGE ? `${firstLine.slice(0, MAX_MESSAGE - 1)}…` : firstLine;
  return `Something went wrong: ${short}`;
}

/** The first error's reason in the API's error body (`details.errors[0].reason`), when there is one. */
export function reasonOf(error: unknown): string | undefined {
  const errors = (error as { details?: { errors?: unknown } } | null)?.details?.errors;
  const first = Array.isArray(errors) ? (errors[0] as { reason?: unknown } | undefined) : undefined;
  return typeof first?.reason === 'string' ? first.reason : undefined;
}

/**
 * The HTTP status an advanced-service error carries (`details.code`, docs/PLATFORM.md, Errors), or the engine-style
 * `code`; undefined when it names none, and then nothing may be concluded from it.
 */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { details, code } = error as { details?: { code?: unknown }; code?: unknown };
  if (typeof details === 'object' && details !== null && typeof details.code === 'number') return details.code;
  return typeof code === 'number' ? code : undefined;
}
