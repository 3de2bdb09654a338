// A user's last-known sidebar state of one Doc: kept within a property value's bytes, and embedded safely in the page.
import { type LastKnown, readLastKnown } from '../shared/lastKnown';
import { LAST_KNOWN_ELEMENT_ID } from '../shared/page';
import type { SidebarState } from '../shared/types';
import { utf8Bytes } from './text';

/** The record's shape and its reader are shared with the sidebar, which reads the same record from the page. */
export { type LastKnown, readLastKnown };

/**
 * The longest text kept whole, in UTF-16 units: one hostile item (hundreds of thousands of marks) must not crowd out
 * every other. Ids and links are never cut: a cut id would tick nothing, a cut link would lead nowhere.
 */
export const LAST_KNOWN_TEXT = 300;
const KEPT_WHOLE = new Set(['id', 'eventId', 'htmlLink']);
/** Settings are read back as the settings panel's draft: they are kept as they are. */
const NEVER_TRIMMED = new Set(['settings']);

/** Said once, by the call that found it; a retold conflict or repair would be news that is not. */
const ONE_OFF = ['conflict', 'notices'] as const;

function cutText(text: string): string {
  if (text.length <= LAST_KNOWN_TEXT) return text;
  let end = LAST_KNOWN_TEXT - 1;
  // Never half a surrogate pair.
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/** Every array in the state (not its settings) cut to `keep` items, every long text cut; `cut` says whether any was. */
function shortened(value: unknown, keep: number, key: string, cut: { any: boolean }): unknown {
  if (typeof value === 'string') {
    if (KEPT_WHOLE.has(key)) return value;
    const short = cutText(value);
    if (short !== value) cut.any = true;
    return short;
  }
  if (Array.isArray(value)) {
    if (value.length > keep) cut.any = true;
    return value.slice(0, keep).map((v) => shortened(v, keep, '', cut));
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = NEVER_TRIMMED.has(k) ? v : shortened(v, keep, k, cut);
    return out;
  }
  return value;
}

function longestList(state: SidebarState): number {
  let longest = 0;
  const visit = (value: unknown, key: string) => {
    if (NEVER_TRIMMED.has(key)) return;
    if (Array.isArray(value)) longest = Math.max(longest, value.length);
    if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(state, '');
  return longest;
}

/**
 * The record kept in this user's properties after a read of the state: at most `maxBytes` of UTF-8. Lists keep their
 * first items (the sidebar's order: what matters most comes first) and long texts are cut, only as far as needed; the
 * record then says it was trimmed. Undefined when even the shortest form does not fit.
 */
export function lastKnownRecord(state: SidebarState, atMs: number, maxBytes: number): string | undefined {
  const kept: Record<string, unknown> = { ...state };
  for (const key of ONE_OFF) delete kept[key];
  const whole = JSON.stringify({ at: atMs, state: kept });
  if (utf8Bytes(whole) <= maxBytes) return whole;
  const attempt = (keep: number) => {
    const cut = { any: false };
    const short = shortened(kept, keep, '', cut);
    return JSON.stringify({ at: atMs, state: short, ...(cut.any ? { trimmed: true } : {}) });
  };
  // The most items per list that fits, by bisection: a few tries whatever the lists' length.
  let fits = -1;
  let tooMany = longestList(state) + 1;
  while (tooMany - fits > 1) {
    const keep = Math.floor((fits + tooMany) / 2);
    if (utf8Bytes(attempt(keep)) <= maxBytes) fits = keep;
    else tooMany = keep;
  }
  return fits < 0 ? undefined : attempt(fits);
}

/**
 * JSON that is safe as the text of a `<script type="application/json">` element: no `<` (so neither `</script` nor
 * `<!--` can end or change the element), `>` and `&` too, and U+2028/U+2029 (line terminators to older JavaScript
 * parsers), all as `\u` escapes, which JSON.parse reads back as the same characters.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Where src/sidebar/index.html takes the last-known state (scripts/build.mjs keeps it in dist/Sidebar.html). */
export const LAST_KNOWN_MARKER = '<!-- last-known -->';

/** The page with the record in place of its marker; the page as it is when it has no marker. */
export function pageWithLastKnown(html: string, record: LastKnown): string {
  const element = `<script type="application/json" id="${LAST_KNOWN_ELEMENT_ID}">${embeddableJson(record)}</script>`;
  // A function, not a string: "$&" or "$'" in someone's Doc text must not be read as a replacement pattern.
  return html.replace(LAST_KNOWN_MARKER, () => element);
}
