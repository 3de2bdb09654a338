// One execution's view of a property store: each key read at most once, changes written together at the end.
//
// On Google every PropertiesService call is a round trip inside an execution a person waits for (docs/PLATFORM.md,
// PropertiesService), so a call reads what it needs once and writes once, at the end, in one setProperties.
import { RECORDS } from '../core/records';
import { PROPERTY_VALUE_BYTES, utf8Bytes } from '../core/text';
import { messageOf, UserError } from '../shared/errors';
import { said } from '../shared/messages';

const STORE_FULL = said('error.storeFull');

/**
 * What a written value is worth when the store is full:
 * - `record`: must be kept (bookkeeping, private points); `compact` gives a smaller form that keeps what matters;
 * - `cache`: can be had again (a last-known state, a summary): dropped rather than failing the call.
 */
export type Worth = { kind: 'record'; compact?: () => string } | { kind: 'cache' };

/**
 * Records this user can lose to make room for a record, in the order they go: the caches of core/records.ts, in its
 * order (last-known sidebar states, sync tokens, All my 1:1s' summaries, a refresh's progress and result), which the
 * next read rebuilds. Never private points, a Doc's record or the account.
 */
const DROPPABLE = Object.values(RECORDS).flatMap((codec) => (codec.cache ? [codec.key] : []));

export interface Store {
  get(key: string): string | null;
  /** Every key at once, in one call; later gets are answered from it. */
  all(): Record<string, string>;
  set(key: string, value: string, worth?: Worth): void;
  remove(key: string): void;
  /** Writes what changed, then forgets it: one setProperties, and one deleteProperty per removed key. */
  flush(): void;
  /** Writes one value now, outside the batch (a refresh's progress, which another execution reads meanwhile). */
  writeNow(key: string, value: string | undefined): void;
}

interface Pending {
  value: string;
  worth: Worth;
}

/** What one execution knows of a store: values read (null: known absent), and what it means to change. */
interface Known {
  values: Map<string, string | null>;
  /** Every key was read at once: a key not in `values` is absent. */
  whole: boolean;
  pending: Map<string, Pending>;
  removed: Set<string>;
}

function read(known: Known, service: () => GoogleAppsScript.Properties.Properties, key: string): string | null {
  if (known.pending.has(key)) return known.pending.get(key)!.value;
  if (known.removed.has(key)) return null;
  if (!known.values.has(key) && !known.whole) known.values.set(key, service().getProperty(key));
  return known.values.get(key) ?? null;
}

function readAll(known: Known, service: () => GoogleAppsScript.Properties.Properties): Record<string, string> {
  if (!known.whole) {
    known.values.clear();
    for (const [k, v] of Object.entries(service().getProperties())) known.values.set(k, v);
    known.whole = true;
  }
  const out: Record<string, string> = {};
  for (const [k, v] of known.values) if (v !== null && !known.removed.has(k)) out[k] = v;
  for (const [k, p] of known.pending) out[k] = p.value;
  return out;
}

/** The two stores of one execution, and its time: all the records need of a scope (scope.ts). */
export interface Stores {
  nowMs: number;
  /** This user's property store. */
  user: Store;
  /** The open Doc's property store, or the trigger's own Doc's: used only where it is that Doc's. */
  doc: Store;
}

/** Removals first (they give room back), then every value at once, or one by one when the store refuses them. */
function flushKnown(known: Known, p: GoogleAppsScript.Properties.Properties): void {
  const writes = [...known.pending.entries()];
  const deletes = [...known.removed];
  known.pending.clear();
  known.removed.clear();
  for (const key of deletes) {
    p.deleteProperty(key);
    known.values.set(key, null);
  }
  if (writes.length === 0) return;
  try {
    p.setProperties(Object.fromEntries(writes.map(([k, w]) => [k, w.value])));
    for (const [k, w] of writes) known.values.set(k, w.value);
  } catch (error) {
    writeEach(p, writes, error, known.values);
  }
}

export function createStore(open: () => GoogleAppsScript.Properties.Properties | null): Store {
  let props: GoogleAppsScript.Properties.Properties | null | undefined;
  const service = () => {
    if (props === undefined) props = open();
    if (!props) throw new Error('This Doc’s properties cannot be read here: open the sidebar from the Doc.');
    return props;
  };
  const known: Known = { values: new Map(), whole: false, pending: new Map(), removed: new Set() };
  return {
    get: (key) => read(known, service, key),
    all: () => readAll(known, service),
    set(key, value, worth = { kind: 'record' }) {
      known.removed.delete(key);
      if (known.values.get(key) === value) known.pending.delete(key);
      else known.pending.set(key, { value, worth });
    },
    remove(key) {
      known.pending.delete(key);
      // Nothing to delete: known to be absent.
      const absent = known.values.has(key) ? known.values.get(key) === null : known.whole;
      if (!absent) known.removed.add(key);
    },
    flush() {
      if (known.pending.size > 0 || known.removed.size > 0) flushKnown(known, service());
    },
    writeNow(key, value) {
      const p = service();
      if (value !== undefined)
        return writeEach(p, [[key, { value, worth: { kind: 'cache' } }]], undefined, known.values);
      p.deleteProperty(key);
      known.values.set(key, null);
    },
  };
}

/** Whether a refused write is a full store: any refusal of a value within the limit (the words are not documented). */
function refusedForRoom(value: string): boolean {
  return utf8Bytes(value) <= PROPERTY_VALUE_BYTES;
}

/**
 * The batch was refused (or one value is written on its own): each value is written by itself, records first. A
 * record refused for room makes room by dropping what can be rebuilt, then tries its compact form; a cache that does
 * not fit is forgotten, older copy and all. Only a record that fits in no way fails the call, in words.
 */
function writeEach(
  p: GoogleAppsScript.Properties.Properties,
  writes: [string, Pending][],
  batchError: unknown,
  known: Map<string, string | null>,
): void {
  if (batchError !== undefined) console.warn(batchError);
  let failure: unknown;
  const ordered = [...writes].sort(
    (a, b) => (a[1].worth.kind === 'record' ? 0 : 1) - (b[1].worth.kind === 'record' ? 0 : 1),
  );
  let roomMade = false;
  for (const [key, { value, worth }] of ordered) {
    const attempts = [value, ...(worth.kind === 'record' && worth.compact ? [worth.compact()] : [])];
    let written = false;
    for (const attempt of attempts) {
      if (trySet(p, key, attempt)) {
        written = true;
        known.set(key, attempt);
        break;
      }
      if (worth.kind === 'record' && !roomMade && refusedForRoom(attempt)) {
        makeRoom(p, key, known);
        roomMade = true;
        if (trySet(p, key, attempt)) {
          written = true;
          known.set(key, attempt);
          break;
        }
      }
    }
    if (written) continue;
    if (worth.kind === 'cache') {
      p.deleteProperty(key);
      known.set(key, null);
    } else failure ??= new UserError(STORE_FULL);
  }
  if (failure) throw failure;
}

function trySet(p: GoogleAppsScript.Properties.Properties, key: string, value: string): boolean {
  try {
    p.setProperty(key, value);
    return true;
  } catch (error) {
    console.warn(`${key}: ${messageOf(error)}`);
    return false;
  }
}

/** Drops every record that can be rebuilt, but the one being written: a full store is rare, and this is done once. */
function makeRoom(p: GoogleAppsScript.Properties.Properties, keep: string, known: Map<string, string | null>): void {
  const all = p.getProperties();
  for (const prefix of DROPPABLE)
    for (const key of Object.keys(all))
      if (key !== keep && key.startsWith(prefix)) {
        p.deleteProperty(key);
        known.set(key, null);
      }
}
