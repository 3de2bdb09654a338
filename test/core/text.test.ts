// What insertText would strip is removed before planning, so a plan's indexes match the Doc after the write.

import fc from 'fast-check';
import { buildDocument, h2 } from '../../dev/docBuilder';
import { createDocsEngine } from '../../dev/docsEngine';
import { insertableLine, utf8Bytes } from '../../src/core/text';

describe('insertableLine', () => {
  it('removes what the Docs API strips and keeps everything else, emoji and RTL included', () => {
    expect(insertableLine('a\u0000b\u0008c\tδ\u000cε\u001f\ue000\uf8ff🚀 שלום')).toBe('abc\tδε🚀 שלום');
    expect(insertableLine('one\ntwo\u2028three')).toBe('one two three');
  });

  it('gives the length the engine stores for the same text', () => {
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [h2('x')] }));
    const text = 'Order the \uf8ff keyboard \u0001 now';
    docs.batchUpdate({ requests: [{ insertText: { text, location: { index: 1 } } }] }, id);
    const stored = docs.get(id, { includeTabsContent: true }).tabs![0]!.documentTab!.body!.content![1]!.endIndex;
    expect(stored).toBe(1 + insertableLine(text).length + 1 + 1);
  });
});

describe('utf8Bytes', () => {
  it('counts one byte below U+0080, two below U+0800, three up to U+FFFF, four for a surrogate pair', () => {
    expect(utf8Bytes('')).toBe(0);
    expect(utf8Bytes('a\u007f')).toBe(2);
    expect(utf8Bytes('\u0080é\u07ff')).toBe(6);
    expect(utf8Bytes('\u0800議\uffff')).toBe(9);
    expect(utf8Bytes('😀')).toBe(4);
    expect(utf8Bytes('a😀b')).toBe(6);
    expect(utf8Bytes('\ud7ff\ue000')).toBe(6);
  });

  it('counts a lone surrogate, as the replacement character it becomes, as three', () => {
    expect(utf8Bytes('\ud83d')).toBe(3);
    expect(utf8Bytes('a\ud83d')).toBe(4);
    expect(utf8Bytes('\ude00a')).toBe(4);
    expect(utf8Bytes('\udbff\udfff')).toBe(4);
    expect(utf8Bytes('\ud800\udc00')).toBe(4);
  });

  it('agrees with Node’s count for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 300 },
    );
  });
});
