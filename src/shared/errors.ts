// The one classifier of thrown values, for the server, the sidebar and the playground: what a person reads is one line, never a stack trace.
import { decodeMessage, encodeMessage, type Message, said } from './messages';
//
// Services and sandboxes throw errors of another realm, so nothing here uses `instanceof Error`: a thrown value is
// read by its fields.

/** A problem the user can understand and act on: its message, worded in the reader's language, is shown. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(readonly said: Message) {
    super(encodeMessage(said));
  }
}

/** The `message` a thrown value carries, when it carries one as text. */
function messageField(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return undefined;
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return messageField(error) ?? String(error);
}

/** The first line of a thrown value's message, bounded: for notes that quote what a service said. */
export function firstLine(error: unknown, max = 160): string {
  return (messageOf(error).split('\n')[0] ?? '').trim().slice(0, max);
}

/** The message of a UserError from any realm: its name says so, and its text carries the message. */
function userErrorMessage(error: unknown): Message | undefined {
  if ((error as { name?: unknown } | null)?.name !== 'UserError') return undefined;
  return decodeMessage(messageField(error) ?? '');
}

/**
 * What a person reads of any thrown value. What a service or the runtime said is never shown (it is logged, in the
 * execution's log): a person reads that it failed, whether the cause was Google's, and what to do.
 */
export function userMessage(error: unknown): Message {
  const own = userErrorMessage(error);
  if (own) return own;
  const status = statusOf(error);
  if (status === 429 || (status !== undefined && status >= 500)) return said('error.google');
  return said('error.unforeseen');
}

/**
 * Whether a call that failed may still have done its work: the transport failed (no answer, a lost connection) or the
 * server met something it did not foresee. A refusal the server worded (a bad argument, a conflict) did nothing. A
 * write whose outcome is unknown is sent again under the same request id, which the server runs once.
 */
export function outcomeUnknown(error: unknown): boolean {
  // The server words every refusal: any other failure (the transport's, the runtime's) may have done its work.
  const carried = decodeMessage(firstLineOf(error));
  return !carried || carried.code === 'error.unforeseen';
}

function firstLineOf(error: unknown): string {
  const raw = typeof error === 'string' ? error : (messageField(error) ?? '');
  return (raw.split('\n')[0] ?? '').trim();
}

/**
 * What the sidebar says of a failed call: the server's message, carried in the failure's text whatever prefix the
 * transport put before it ("ScriptError: …"); a lost connection is said as one; anything else as unknown.
 */
export function readableError(error: unknown): Message {
  const text = firstLineOf(error);
  if (/^(?:[A-Za-z]+:\s*)?NetworkError\b/i.test(text)) return said('error.network');
  if (/\bauthori[sz]ation is required\b/i.test(text)) return said('error.authorization');
  return decodeMessage(text) ?? said('error.unknown');
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

export type DocsProblem = 'not-found' | 'forbidden' | 'other';

/**
 * Whether a Docs call failed because the Doc is gone or because this user may no longer edit it: by the status the
 * service attaches, never by words ("not found" also appears in a 400 about a named range or a tab). Without a
 * status, only Google's own NOT_FOUND sentence counts.
 */
export function docsProblem(error: unknown): DocsProblem {
  const status = statusOf(error);
  if (status === 404) return 'not-found';
  if (status === 403) return 'forbidden';
  if (status === undefined && /Requested entity was not found\./.test(messageOf(error))) return 'not-found';
  return 'other';
}

/** What a person reads of a Doc that is gone or closed to them; undefined for any other failure. */
export function docsFailure(error: unknown): Message | undefined {
  const problem = docsProblem(error);
  return problem === 'not-found'
    ? said('error.docGone')
    : problem === 'forbidden'
      ? said('error.docForbidden')
      : undefined;
}
