// Stable ids for action items: a hash of who, what and since when, shared by every carried copy of an item.
import type { IsoDate } from './model';

/** Two whitespace characters in a row, or one that is not a plain space. */
const MESSY_SPACE_RE = /\s\s|[^\S ]/;

/** Runs of whitespace (tabs, soft line breaks, no-break spaces) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  // Testing first is several times cheaper than replacing, and most text is already clean.
  return (MESSY_SPACE_RE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * How much of an item's line ("owner: text", whitespace collapsed) is normalised for its id when the line is not
 * plain ASCII: its first 1,024 UTF-16 code units are composed (NFC) and lowercased; the rest is hashed as it is.
 *
 * Why: NFC puts a run of combining marks in canonical order by sorting it, and V8 (ICU) does that in time
 * quadratic in the run's length: one item of 400,000 marks took ~30 s to parse, so anyone who can edit a shared
 * Doc could make every sidebar call on it time out. With the normalised part bounded, an id costs time linear in
 * the text's length: 1,024 such marks compose in about 0.3 ms, 4,096 would take 4 ms, per item; lowercasing the
 * rest of 400,000 marks would add 3 ms, a third of parsing a 500-meeting Doc. Real items are shorter, so their ids
 * are what they always were, and a plain ASCII line (lowercased cheaply, never composed) is normalised whole,
 * whatever its length. The rest is still hashed, so items that differ anywhere keep different ids, and a copy the
 * add-on carries, written from the text it read, keeps its id. Given up: past the prefix, case and composition no
 * longer fold, so a re-typed copy of so long an item may get another id (as may one composed differently before
 * the cut, which moves the cut by a code unit).
 */
export const NORMALISED_PREFIX = 1024;

const NON_ASCII_RE = /[\u0080-\uffff]/;

/**
 * normaliseForId's result in two parts, hashed one after the other (joining them would copy a long text once
 * more): the normalised part and the rest. `prefix` is how many code units of this text may be normalised, once
 * whitespace is collapsed; an ASCII line is normalised whole.
 */
function normalisedParts(text: string, prefix: number, asciiLine: boolean): [string, string] {
  // Plain ASCII (most items) needs no Unicode normalisation.
  if (asciiLine) return [collapseWhitespace(text).toLowerCase(), ''];
  if (text.length <= prefix) return [collapseWhitespace(text.normalize('NFC')).toLowerCase(), ''];
  // Collapsing before composing gives the same text (NFC neither makes nor takes whitespace), and it places the
  // cut the same way for every copy, however it was spaced.
  const collapsed = collapseWhitespace(text);
  if (collapsed.length <= prefix) return [collapsed.normalize('NFC').toLowerCase(), ''];
  // Never between the two halves of a surrogate pair: a character is normalised whole or hashed as it is.
  const cut = prefix > 0 && isHighSurrogate(collapsed.charCodeAt(prefix - 1)) ? prefix - 1 : Math.max(0, prefix);
  return [collapsed.slice(0, cut).normalize('NFC').toLowerCase(), collapsed.slice(cut)];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Trimmed, whitespace collapsed, lowercase, NFC (past NORMALISED_PREFIX code units of a text that is not plain
 * ASCII, collapsed only): the differences a re-typed or re-carried copy may show.
 */
export function normaliseForId(text: string): string {
  const [head, rest] = normalisedParts(text, NORMALISED_PREFIX, !NON_ASCII_RE.test(text));
  return head + rest;
}

/** FNV-1a over UTF-16 code units, 32 bits, as a signed integer: fnv1a(b, fnv1a(a, h)) is fnv1a(a + b, h). */
function fnv1a(text: string, seed: number): number {
  // Kept as a signed 32-bit integer inside the loop (Math.imul's result), which V8 holds unboxed; an unsigned
  // value above 2^31 would be a heap number on every step. Made unsigned once, at the end (by itemId).
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over the parts one after the other: the hash of their concatenation, without building it. */
function fnv1aParts(parts: readonly string[], seed: number): number {
  let h = seed | 0;
  for (const part of parts) h = fnv1a(part, h);
  return h >>> 0;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
/** A word of a person's name: letters, with apostrophes, dots or hyphens inside ("O'Neil", "Jean-Luc", "Jr."). */
const NAME_WORD_RE = /^\p{L}[\p{L}'’.-]*$/u;

/**
 * Who owns an item, as its id keys them: the first word of a name of two to four words ("Ana Silva" → "Ana"), the
 * first part of an e-mail address ("ana.silva@example.com" → "ana"), anything else as it is.
 *
 * Why: a person chip shows the name Google chooses, which may be the account's full name, the name the add-on
 * gave, or the address (docs/PLATFORM.md, chips, UNCONFIRMED). A carried chip copy of "Ana: draft the plan" must
 * keep the id of the line it was carried from whichever of these it shows, or a tick would not reach it. Given
 * up: two people who share a first name, with the same words, from the same meeting, share an id.
 */
export function ownerKey(owner: string): string {
  const name = collapseWhitespace(owner);
  if (EMAIL_RE.test(name)) return name.slice(0, name.indexOf('@')).split(/[._+-]/)[0] || name;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD_RE.test(w))) return name;
  return words[0]!;
}

/**
 * The owner and the text an id is made of. An owner left in the text ("Ana Silva: draft", "ana@example.com:
 * draft", read so when the owner rule does not take it) is split off when its key differs from it, so that both
 * readings of a line key the owner alike.
 */
export function idParts(owner: string | undefined, text: string): { owner?: string; text: string } {
  if (owner !== undefined) return { owner: ownerKey(owner), text };
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 80 || !/\s/.test(text[colon + 1] ?? '')) return { text };
  const part = text.slice(0, colon);
  const key = ownerKey(part);
  return key === collapseWhitespace(part) ? { text } : { owner: key, text: text.slice(colon + 1) };
}

/**
 * The id of an action item: 14 base-36 characters (two FNV-1a rounds, 64 bits), from the owner (its ownerKey),
 * the text and the origin date, never from indexes, so it survives a re-read of an edited Doc.
 *
 * Owner and text are hashed as the one line "owner: text". Why: the same commitment may be read with its owner
 * split off (a person chip, or "Ana:" typed before it) or not (a name the owner rule does not recognise, such as
 * "ana:" or an e-mail address), and both readings of "Ana: draft the plan" must give the same id, including
 * after formatCarriedItem has written a chip's name as text.
 */
export function itemId(ownerName: string | undefined, line: string, from: IsoDate): string {
  const { owner, text } = idParts(ownerName, line);
  // The line "owner: text" is normalised as one (see NORMALISED_PREFIX), so that its normalised part ends at the
  // same character when the owner is read as part of the text.
  const asciiLine = !NON_ASCII_RE.test(text) && !(owner && NON_ASCII_RE.test(owner));
  const [who, whoRest] = owner ? normalisedParts(owner, NORMALISED_PREFIX, asciiLine) : ['', ''];
  const ownerLength = who || whoRest ? collapseWhitespace(owner!).length + 2 : 0;
  const [what, rest] = normalisedParts(text, NORMALISED_PREFIX - ownerLength, asciiLine);
  // The key "who: what\u0000from", hashed in parts.
  const key = ownerLength ? [who, whoRest, ': ', what, rest, `\u0000${from}`] : [what, rest, `\u0000${from}`];
  const a = fnv1aParts(key, 0x811c9dc5);
  // The second round starts from the first one's result, so the two halves are not the same function twice.
  const b = fnv1aParts(key, a ^ 0x5bd1e995);
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
