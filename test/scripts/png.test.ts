// A PNG's size from its header, as the listing images are checked: the width and height of IHDR, and a refusal of anything else.
import { deflateSync } from 'node:zlib';
import { pngSize } from '../../scripts/png';

/** A minimal valid PNG of `width` × `height` grey pixels: signature, IHDR, one IDAT, IEND (CRCs left zero: not read). */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.alloc(width + 1, 0x80)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('pngSize', () => {
  it('reads the width and the height, which differ, from the header', () => {
    expect(pngSize(png(1280, 800))).toEqual({ width: 1280, height: 800 });
    expect(pngSize(png(220, 140))).toEqual({ width: 220, height: 140 });
  });

  it('refuses what is not a PNG, or one cut before its header ends', () => {
    expect(() => pngSize(Buffer.from('GIF89a and more bytes here...'))).toThrow(/not a PNG/);
    expect(() => pngSize(png(32, 32).subarray(0, 20))).toThrow(/not a PNG/);
  });
});
