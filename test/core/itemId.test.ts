// Tests for src/core/itemId.ts: stable, short, normalised ids shared by every copy of an item.
import fc from 'fast-check';
import { collapseWhitespace, itemId, normaliseForId } from '../../src/core/itemId';

/** FNV-1a, 32 bits, over UTF-16 code units, written with BigInt: an independent reference for the hash. */
function referenceFnv(text: string, seed: bigint): bigint {
  let h = seed & 0xffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x01000193n) & 0xffffffffn;
  }
  return h;
}

function referenceId(key: string): string {
  const a = referenceFnv(key, 0x811c9dc5n);
  const b = referenceFnv(key, a ^ 0x5bd1e995n);
  return a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0');
}

describe('itemId', () => {
  it('is two FNV-1a rounds over "owner: text", NUL, origin date, in base 36', () => {
    expect(itemId('Ana', 'Draft the Q1 growth plan', '2026-11-09')).toBe(
      referenceId('ana: draft the q1 growth plan\u00002026-11-09'),
    );
    expect(itemId(undefined, 'x', '2026-11-23')).toBe(referenceId('x\u00002026-11-23'));
    expect(itemId(undefined, '', '2026-11-23')).toBe(referenceId('\u00002026-11-23'));
  });

  it('matches the reference for any text', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ minLength: 1 }), { nil: undefined }), fc.string(), (owner, text) => {
        const who = owner ? normaliseForId(owner) : '';
        const what = normaliseForId(text);
        expect(itemId(owner, text, '2026-11-23')).toBe(
          referenceId(`${who ? `${who}: ${what}` : what}\u00002026-11-23`),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is 14 lowercase base-36 characters', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (owner, text) => {
        expect(itemId(owner, text, '2026-11-23')).toMatch(/^[0-9a-z]{14}$/);
      }),
    );
  });

  it('ignores case, surrounding and repeated whitespace, and Unicode composition', () => {
    const id = itemId('Ana', 'Draft the Q1 growth plan', '2026-11-09');
    expect(itemId('ana', '  draft   the q1\tgrowth\u00A0plan ', '2026-11-09')).toBe(id);
    expect(itemId(' ANA ', 'DRAFT THE Q1 GROWTH PLAN', '2026-11-09')).toBe(id);
    // "é" composed and decomposed.
    expect(itemId(undefined, 'caf\u00E9 chat', '2026-11-09')).toBe(itemId(undefined, 'cafe\u0301 chat', '2026-11-09'));
  });

  it('gives the same id whether the owner was split off or left in the text', () => {
    expect(itemId('Ana', 'draft the plan', '2026-11-09')).toBe(itemId(undefined, 'Ana: draft the plan', '2026-11-09'));
    expect(itemId('ana@example.com', 'draft', '2026-11-09')).toBe(
      itemId(undefined, 'ana@example.com: draft', '2026-11-09'),
    );
  });

  it('changes with the owner, the text or the origin date', () => {
    const id = itemId('Ana', 'draft the plan', '2026-11-09');
    expect(itemId('Ben', 'draft the plan', '2026-11-09')).not.toBe(id);
    expect(itemId(undefined, 'draft the plan', '2026-11-09')).not.toBe(id);
    expect(itemId('Ana', 'draft the plans', '2026-11-09')).not.toBe(id);
    expect(itemId('Ana', 'draft the plan', '2026-11-16')).not.toBe(id);
  });

  it('does not collide over 20,000 similar items', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(itemId(i % 2 ? 'Ana' : undefined, `task ${i}`, '2026-11-23'));
    expect(ids.size).toBe(20_000);
  });
});

describe('collapseWhitespace', () => {
  it('turns runs of any whitespace into one space and trims', () => {
    expect(collapseWhitespace('  a \t b\u000Bc\u00A0\u00A0d  ')).toBe('a b c d');
    expect(collapseWhitespace('already clean')).toBe('already clean');
    expect(collapseWhitespace('')).toBe('');
  });
});
