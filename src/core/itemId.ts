// Stable ids for action items: a hash of who, what and since when, shared by every carried copy of an item.
import type { IsoDate } from './model';

/** Two whitespace characters in a row, or one that is not a plain space. */
const MESSY_SPACE_RE = /\s\s|[^\S ]/;

/** Runs of whitespace (tabs, soft line breaks, no-break spaces) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  // Testing first is several times cheaper than replacing, and most text is already clean.
  return (MESSY_SPACE_RE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Trimmed, whitespace collapsed, lowercase, NFC: the differences a re-typed or re-carried copy may show. */
export function normaliseForId(text: string): string {
  // Plain ASCII (most items) needs no Unicode normalisation.
  const composed = /[\u0080-\uffff]/.test(text) ? text.normalize('NFC') : text;
  return collapseWhitespace(composed).toLowerCase();
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string, seed: number): number {
  // Kept as a signed 32-bit integer inside the loop (Math.imul's result), which V8 holds unboxed; an unsigned
  // value above 2^31 would be a heap number on every step. Made unsigned once, at the end.
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The id of an action item: 14 base-36 characters (two FNV-1a rounds, 64 bits), from the owner's name, the
 * text and the origin date, never from indexes, so it survives a re-read of an edited Doc.
 *
 * Owner and text are hashed as the one line "owner: text". Why: the same commitment may be read with its owner
 * split off (a person chip, or "Ana:" typed before it) or not (a name the owner rule does not recognise, such as
 * "ana:" or an e-mail address), and both readings of "Ana: draft the plan" must give the same id, including
 * after formatCarriedItem has written a chip's name as text.
 */
export function itemId(owner: string | undefined, text: string, from: IsoDate): string {
  const who = owner ? normaliseForId(owner) : '';
  const what = normaliseForId(text);
  const key = `${who ? `${who}: ${what}` : what}\u0000${from}`;
  const a = fnv1a(key, 0x811c9dc5);
  // The second round starts from the first one's result, so the two halves are not the same function twice.
  const b = fnv1a(key, a ^ 0x5bd1e995);
  return base36(a) + base36(b);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Seven base-36 digits of a 32-bit unsigned value: toString(36).padStart(7, '0'), without V8's slow radix path. */
function base36(n: number): string {
  let out = '';
  for (let i = 0; i < 7; i++) {
    out = DIGITS[n % 36]! + out;
    n = Math.floor(n / 36);
  }
  return out;
}
