// The words and symbols the Doc is read by: action-item markers and the titles of a section's subsections (every language's, core/languages).
import { foldWidth, lexicon, plainWord } from './languages';
import type { SubsectionKind } from './model';

/** What the add-on writes for an open, a ticked and a dropped item. */
export const OPEN_MARKER = '☐';
export const DONE_MARKER = '☑';
export const DROPPED_MARKER = '✗';

/** Where an item stands: still to do, done, or dropped (given up on: never carried again, and not counted as done). */
export type ItemState = 'open' | 'done' | 'dropped';

/**
 * One way of writing markers: what an untick writes (`open`), what a tick writes (`done`), what a drop writes
 * (`dropped`), and the other done and dropped forms read as this family's, so that a change of state keeps the style
 * the user chose.
 */
interface MarkerFamily {
  open: string;
  done: string;
  dropped: string;
  otherDone: readonly string[];
  otherDropped?: readonly string[];
}

/** The add-on's own family: what it writes, and what anything it cannot place becomes when toggled. */
const OWN_FAMILY: MarkerFamily = {
  open: OPEN_MARKER,
  done: DONE_MARKER,
  dropped: DROPPED_MARKER,
  // Check marks have no open form of their own: unticked they take the add-on's, so a tick after that writes ☑.
  otherDone: ['✅', '✓', '✔'],
  otherDropped: ['✘'],
};

/**
 * Every marker read at the start of an item (README, "Action items"), with two additions people type without thinking:
 * the heavy check mark ✔, and any of them followed by the emoji variation selector (☑️, ✔️, as phones write them).
 * `[-]` is how task lists written as text mark a cancelled task.
 */
const FAMILIES: readonly MarkerFamily[] = [
  { open: '[ ]', done: '[x]', dropped: '[-]', otherDone: ['[X]'] },
  OWN_FAMILY,
];

/** Every marker as written, with its state and family. None is the start of another, so the first match is the one. */
const MARKERS: readonly { text: string; state: ItemState; family: MarkerFamily }[] = FAMILIES.flatMap((family) => [
  { text: family.open, state: 'open' as const, family },
  ...[family.done, ...family.otherDone].map((text) => ({ text, state: 'done' as const, family })),
  ...[family.dropped, ...(family.otherDropped ?? [])].map((text) => ({ text, state: 'dropped' as const, family })),
]);

export const markersIn = (state: ItemState): readonly string[] =>
  MARKERS.filter((m) => m.state === state).map((m) => m.text);
export const OPEN_MARKERS = markersIn('open');

const VARIATION_SELECTOR = '\uFE0F';

const FAMILY_OF: ReadonlyMap<string, MarkerFamily> = new Map(MARKERS.map((m) => [m.text, m.family]));

/**
 * What a change to `state` writes over `marker`, given as read (a variation selector after it included): its
 * family's form for that state. `true` and `false` are a tick and an untick.
 */
export function toggledMarker(marker: string, state: ItemState | boolean): string {
  const plain = marker.endsWith(VARIATION_SELECTOR) ? marker.slice(0, -1) : marker;
  const family = FAMILY_OF.get(plain) ?? OWN_FAMILY;
  const wanted: ItemState = state === true ? 'done' : state === false ? 'open' : state;
  return family[wanted];
}

/** The marker the add-on writes in front of an item that has none, for a state other than open. */
export function ownMarker(state: ItemState): string {
  return OWN_FAMILY[state];
}

export interface MarkerMatch {
  /** The marker as written, including a variation selector if there is one. */
  marker: string;
  done: boolean;
  state: ItemState;
  /** UTF-16 length of the marker and the spaces after it. */
  length: number;
}

function isInlineSpace(ch: string | undefined): boolean {
  // Spaces and tabs only: the paragraph's newline is never part of a marker.
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\u2009' || ch === '\u202F' || ch === '\u3000';
}

/** The marker at `from` in text (exactly there: callers skip leading spaces themselves), or undefined. */
export function readMarker(text: string, from = 0): MarkerMatch | undefined {
  for (const m of MARKERS) {
    if (!text.startsWith(m.text, from)) continue;
    let end = from + m.text.length;
    if (text[end] === VARIATION_SELECTOR) end++;
    const marker = text.slice(from, end);
    while (isInlineSpace(text[end])) end++;
    return { marker, done: m.state === 'done', state: m.state, length: end - from };
  }
  return undefined;
}

/**
 * Lower case, hyphens and runs of spaces as one space, without surrounding punctuation or emoji, full-width forms as
 * ASCII and Latin letters without accents ("✅ To-do:" → "to do", "Próximos pasos" → "proximos pasos").
 */
export function normaliseLabel(title: string): string {
  return plainWord(foldWidth(title))
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[\s\-‐‑–]+/g, ' ');
}

/** The kind of a subsection title in any language (core/languages), or undefined when it is not a known label. */
export function subsectionKind(title: string): SubsectionKind | undefined {
  // Labels are short; a long paragraph is never one, and checking length first keeps big Docs fast.
  if (title.length > 60) return undefined;
  const { labels } = lexicon();
  // The common case, a label as the template writes it, without the regular expressions.
  const plain = labels.get(title.toLowerCase());
  if (plain) return plain.kind;
  const key = normaliseLabel(title);
  return key ? labels.get(key)?.kind : undefined;
}

/** The languages a subsection title is one in (0 when it is none): how a Doc's own language is told (core/notesLanguage.ts). */
export function subsectionLanguages(title: string): number {
  return title.length > 60 ? 0 : (lexicon().labels.get(normaliseLabel(title))?.set ?? 0);
}

/** Subsections whose plain bullets are action items even without a marker. */
export function isItemKind(kind: SubsectionKind | undefined): boolean {
  return kind === 'actions' || kind === 'carried';
}
