// The one reading of a stored record's JSON: every kind the add-on keeps in properties parses and guards here (its
// codec in core/records.ts), and so does the sidebar's reading of the last-known record from the page.

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
