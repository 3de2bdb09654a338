// A PNG's width and height, read from its header: the listing's images are checked against the sizes Google asks for.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * PNG (W3C, "Portable Network Graphics Specification", 5.2 and 11.2.2): eight signature bytes, then the IHDR chunk
 * first, whose data opens with the width and the height as 4-byte big-endian integers, at bytes 16 and 20.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (!isPng || chunk !== 'IHDR') throw new Error('not a PNG file (no PNG signature followed by its IHDR chunk)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
