// How an action item added from the sidebar reads in the Doc: its owner by name, its due date in words.
import { said } from '../shared/messages';
import type { NotesLanguageTag } from '../shared/settings';
import { formatItemLine } from './carryOver';
import { formatDueDate } from './dates';
import type { IsoDate } from './model';
import type { ActionItemInput, Checked } from './validate';

/** Who "me" is, and the 1:1's attendees, of whom "them" is the one who is not me. */
export interface ItemPeople {
  me: string;
  attendees: readonly string[];
}

/** "ana.silva@example.com" → "Ana": how an owner reads before the colon when only the email is known. */
export function nameFromEmail(email: string): string {
  const first = email.split('@')[0]!.split(/[._+-]/)[0] ?? '';
  return first.charAt(0).toUpperCase() + first.slice(1);
}

function ownerName(owner: ActionItemInput['owner'], people: ItemPeople): Checked<string | undefined> {
  if (owner === undefined) return { ok: true, value: undefined };
  if (owner === 'me') return { ok: true, value: nameFromEmail(people.me) };
  if (owner !== 'them') return { ok: true, value: owner.name };
  const others = people.attendees.filter((a) => a !== people.me.toLowerCase());
  if (others.length !== 1) return { ok: false, error: said('error.typeTheirName') };
  return { ok: true, value: nameFromEmail(others[0]!) };
}

/**
 * The paragraph text of a new action item in the section dated `relativeTo`, its due date in the notes' language, or
 * why its owner cannot be named.
 */
export function actionLine(
  item: ActionItemInput,
  people: ItemPeople,
  relativeTo: IsoDate,
  tag?: NotesLanguageTag,
): Checked<string> {
  const owner = ownerName(item.owner, people);
  if (!owner.ok) return owner;
  const due = item.due ? formatDueDate(item.due, relativeTo, tag) : undefined;
  const line = formatItemLine(
    { text: item.text, ...(owner.value ? { owner: owner.value } : {}), ...(due ? { due } : {}) },
    relativeTo,
    tag,
  );
  return { ok: true, value: line };
}
