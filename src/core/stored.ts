// The one reading of a stored record's JSON: every kind the add-on keeps in properties (core/link.ts, settings.ts,
// overview.ts, ledger.ts, server/notes.ts) parses and guards here, and checks its own fields from the value.

/** A JSON object: not an array, not null. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored value parsed; undefined when there is none or it is not JSON (what each kind then becomes is its own). */
export function parseStored(raw: string | null | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** A stored JSON object, or undefined for anything else (corrupt, empty, another shape). */
export function storedObject(raw: string | null | undefined): Record<string, unknown> | undefined {
  const value = parseStored(raw);
  return isObject(value) ? value : undefined;
}
