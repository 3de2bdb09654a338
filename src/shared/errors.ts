// The one classifier of thrown values, for the server, the sidebar and the playground: what a person reads is one line, never a stack trace.
//
// Services and sandboxes throw errors of another realm, so nothing here uses `instanceof Error`: a thrown value is
// read by its fields.

/** A problem the user can understand and act on; its message is shown as it is. */
export class UserError extends Error {
  override name = 'UserError';
}

const NETWORK_MESSAGE = 'Could not reach Google: check your connection and try again.';

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

/** A UserError from any realm: its name says so. */
function isUserError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'UserError' && messageField(error) !== undefined;
}

/** How the server words a failure it did not foresee: whatever it was doing may or may not have happened. */
const UNFORESEEN = 'Something went wrong';

/**
 * One line for a person, from any thrown value. What a service or the runtime said is never shown (it is logged, in
 * the execution's log): a person reads that it failed, whether the cause was Google's, and what to do.
 */
export function userMessage(error: unknown): string {
  if (isUserError(error)) return messageOf(error);
  const status = statusOf(error);
  if (status === 429 || (status !== undefined && status >= 500))
    return `${UNFORESEEN} on Google’s side (a temporary error). Try again in a moment.`;
  return `${UNFORESEEN}, and it may not have finished. Try again in a moment.`;
}

/**
 * Whether a call that failed may still have done its work: the transport failed (no answer, a lost connection) or the
 * server met something it did not foresee. A refusal the server worded (a bad argument, a conflict) did nothing. A
 * write whose outcome is unknown is sent again under the same request id, which the server runs once.
 */
export function outcomeUnknown(error: unknown): boolean {
  const raw = typeof error === 'string' ? error : (messageField(error) ?? '');
  const text = (raw.split('\n')[0] ?? '').trim().replace(/^(?:ScriptError|Exception|Error):\s*/i, '');
  return text === '' || /^NetworkError\b/i.test(text) || text.startsWith(UNFORESEEN);
}

/**
 * One sentence for a person in the sidebar. The server already words its errors; what arrives from the transport
 * itself ("NetworkError: Connection failure due to HTTP 0", "ScriptError: …") is reworded or stripped of its prefix.
 */
export function readableError(error: unknown): string {
  const raw = typeof error === 'string' ? error : (messageField(error) ?? '');
  const text = (raw.split('\n')[0] ?? '').trim();
  if (/^NetworkError\b/i.test(text)) return NETWORK_MESSAGE;
  const plain = text.replace(/^(?:ScriptError|Exception|Error):\s*/i, '');
  return plain || 'Something went wrong. Try again.';
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

export const DOC_GONE = 'This Doc was deleted, or you can no longer open it.';
export const DOC_FORBIDDEN = 'You can no longer edit this Doc: ask its owner for access.';

/** The one sentence for a Doc that is gone or closed to this user; undefined for any other failure. */
export function docsFailure(error: unknown): string | undefined {
  const problem = docsProblem(error);
  return problem === 'not-found' ? DOC_GONE : problem === 'forbidden' ? DOC_FORBIDDEN : undefined;
}
