// Text as the Docs API will store it: what it strips on insert must never be counted in an index plan.

/**
 * Removes what insertText strips ("Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the
 * Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out", InsertTextRequest in
 * developers.google.com/docs/api/reference/rest/v1/documents/request), and line breaks, which would split a line
 * into paragraphs: the plan's indexes then match the Doc after the write.
 */
export function insertableLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what Docs strips.
  return text.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '').replace(/[\n\u000b\u2028\u2029]/g, ' ');
}

/** Bytes of `text` as UTF-8: what PropertiesService's 9 KB per value counts (docs/PLATFORM.md, Properties). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The most a property value holds, in bytes of UTF-8, as measured: 8,066, not the 9 KB the quotas page states
 * (docs/PLATFORM.md, PropertiesService). Every record the add-on keeps is bounded below it, with room to spare.
 */
export const PROPERTY_VALUE_BYTES = 8066;
/** The bound each record of the add-on is kept within: the measured limit, less room for what a version may add. */
export const RECORD_BYTES = 7500;
