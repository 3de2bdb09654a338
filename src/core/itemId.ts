// Stable ids for action items: a hash of who, what and since when, shared by every carried copy of an item.
import type { IsoDate } from './model';

/** Trimmed, whitespace collapsed, lowercase, NFC: the differences a re-typed or re-carried copy may show. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
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
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}
