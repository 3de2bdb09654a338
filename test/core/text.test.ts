// What insertText would strip is removed before planning, so a plan's indexes match the Doc after the write.

import { buildDocument, h2 } from '../../dev/docBuilder';
import { createDocsEngine } from '../../dev/docsEngine';
import { insertableLine } from '../../src/core/text';

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
