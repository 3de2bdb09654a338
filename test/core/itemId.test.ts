// Tests for src/core/itemId.ts: stable, short, normalised ids shared by every copy of an item.
import fc from 'fast-check';
import {
  collapseWhitespace,
  idParts,
  itemId,
  NORMALISED_PREFIX,
  normaliseForId,
  ownerKey,
} from '../../src/core/itemId';
import { HOSTILE_MS, within } from '../support/timeBound';

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
      fc.property(fc.option(fc.string({ minLength: 1 }), { nil: undefined }), fc.string(), (ownerName, line) => {
        // The owner as it is keyed, and split off the text where the text carries it (tested by name below).
        const { owner, text } = idParts(ownerName, line);
        const who = owner ? normaliseForId(owner) : '';
        const what = normaliseForId(text);
        expect(itemId(ownerName, line, '2026-11-23')).toBe(
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

  it('keys an owner by the first word of a name or of an address, so a chip reads alike whichever name it shows', () => {
    const id = itemId('Ana', 'draft the plan', '2026-11-09');
    // What a person chip for ana.silva@example.com may show, split off or left in the text.
    for (const shown of ['Ana Silva', 'ana silva', 'ana.silva@example.com', 'Ana Maria de Souza'])
      expect([shown, itemId(shown, 'draft the plan', '2026-11-09')]).toEqual([shown, id]);
    expect(itemId(undefined, 'Ana Silva: draft the plan', '2026-11-09')).toBe(id);
    expect(itemId(undefined, 'ana.silva@example.com: draft the plan', '2026-11-09')).toBe(id);
    expect(ownerKey("Mary-Jane O'Neil")).toBe('Mary-Jane');
    // Not a name: kept whole, so these stay apart.
    for (const other of ['Q1 plan', 'Ana (PM)', 'Ana Silva Costa Lima Reis', 'https', 'Ana:'])
      expect([other, ownerKey(other)]).toEqual([other, other]);
    expect(itemId(undefined, 'Q1 plan: draft', '2026-11-09')).not.toBe(itemId(undefined, 'Q1: draft', '2026-11-09'));
    expect(itemId('Ana Silva', 'draft', '2026-11-09')).not.toBe(itemId('Ben Silva', 'draft', '2026-11-09'));
    expect(idParts(undefined, 'https://example.com: draft')).toEqual({ text: 'https://example.com: draft' });
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

describe('itemId of a long text', () => {
  /** 400,000 combining marks of two classes after one letter: composing them whole is quadratic in V8 (ICU). */
  const marks = (letter = 'a') => `${letter}${'\u0301\u0323'.repeat(200_000)}`;
  const FROM = '2026-11-23';

  /** Calls fn and answers what it put through String.prototype[method]: every string, as `this`. */
  function inputsOf(method: 'normalize' | 'toLowerCase', fn: () => void): string[] {
    const spy = jest.spyOn(String.prototype, method);
    try {
      fn();
      return spy.mock.contexts.map((c) => String(c));
    } finally {
      spy.mockRestore();
    }
  }

  it('is computed for an item of 400,000 marks within a time bound: equal for equal items, different for different ones', () => {
    const id = within(HOSTILE_MS, () => itemId('Ben', marks(), FROM));
    expect(id).toMatch(/^[0-9a-z]{14}$/);
    // Built again, not the same string object.
    expect(itemId('Ben', [...marks()].join(''), FROM)).toBe(id);
    // Different within the normalised prefix: the letter, one mark, the owner, the date.
    expect(itemId('Ben', marks('b'), FROM)).not.toBe(id);
    const oneMark = `${marks().slice(0, 501)}\u0300${marks().slice(502)}`;
    expect(oneMark.length).toBe(marks().length);
    expect(itemId('Ben', oneMark, FROM)).not.toBe(id);
    expect(itemId('Ana', marks(), FROM)).not.toBe(id);
    expect(itemId('Ben', marks(), '2026-11-16')).not.toBe(id);
    // And past it: the rest is hashed too.
    const lateMark = `${marks().slice(0, 300_001)}\u0300${marks().slice(300_002)}`;
    expect(itemId('Ben', lateMark, FROM)).not.toBe(id);
  });

  it('composes and lowercases at most NORMALISED_PREFIX code units of a line that is not ASCII, however long', () => {
    // Deterministic stand-in for "linear": the quadratic step (composition) sees a bounded amount of text.
    for (const [owner, text] of [
      ['Ben', marks()],
      [undefined, marks()],
      ['Zoë', 'Draft the plan '.repeat(30_000)],
      ['ana@example.com', `${'é'.repeat(5_000)}${marks()}`],
    ] as const) {
      let composed: string[] = [];
      const lowered = inputsOf('toLowerCase', () => {
        composed = inputsOf('normalize', () => itemId(owner, text, FROM));
      });
      const total = (strings: string[]) => strings.reduce((n, s) => n + s.length, 0);
      expect(total(composed)).toBeLessThanOrEqual(NORMALISED_PREFIX);
      expect(total(lowered)).toBeLessThanOrEqual(NORMALISED_PREFIX);
    }
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    const text = `é${'x'.repeat(NORMALISED_PREFIX - 2)}😀${'y'.repeat(10)}`;
    expect(text.charCodeAt(NORMALISED_PREFIX - 1)).toBe(0xd83d);
    const composed = inputsOf('normalize', () => itemId(undefined, text, FROM));
    expect(composed).toEqual([text.slice(0, NORMALISED_PREFIX - 1)]);
    expect(normaliseForId(text)).toBe(text);
  });

  it('keeps ignoring composition and case in the prefix, and whitespace everywhere', () => {
    const tail = marks().slice(1);
    // Canonically equivalent orders of the same marks, and case.
    const id = itemId(undefined, `Ca\u0301\u0323fe chat ${tail}`, FROM);
    expect(itemId(undefined, `ca\u0323\u0301FE   CHAT\t${tail}`, FROM)).toBe(id);
    // Composed and decomposed, before a plain rest (the cut moves by one code unit, which reads the same either side).
    const plain = 'and then some more words'.repeat(100);
    expect(itemId(undefined, `Café chat ${plain}`, FROM)).toBe(itemId(undefined, `cafe\u0301 chat ${plain}`, FROM));
    // Whitespace is collapsed before the cut is placed.
    const long = `Ünïcode ${'word '.repeat(1_000)}`;
    expect(itemId(undefined, `${long}and  more\u00a0text ${tail}`, FROM)).toBe(
      itemId(undefined, `${long.replace(/ /g, '\t ')}and more text ${tail}`, FROM),
    );
  });

  it('gives the ids it always gave to ASCII lines of any length and to other lines within the prefix', () => {
    const ascii = `Draft ${'THE plan '.repeat(2_000)}`;
    expect(itemId('Ana', ascii, FROM)).toBe(
      referenceId(`ana: ${collapseWhitespace(ascii).toLowerCase()}\u0000${FROM}`),
    );
    const decomposed = 'E\u0301'.repeat(NORMALISED_PREFIX / 2);
    expect(itemId(undefined, decomposed, FROM)).toBe(referenceId(`${'é'.repeat(NORMALISED_PREFIX / 2)}\u0000${FROM}`));
  });

  it('reads a long item the same with its owner split off or written in the text', () => {
    const piece = fc.constantFrom('a', 'E', ' ', '\t', 'é', 'e\u0301', '\u0301', '\u0323', 'Σ', '😀', 'ß', 'İ', ':');
    fc.assert(
      fc.property(
        fc.constantFrom('Ana', 'ana@example.com', 'Zoë', 'Ana de Souza', 'Ωmega'),
        fc.integer({ min: NORMALISED_PREFIX - 40, max: NORMALISED_PREFIX + 40 }),
        fc.array(piece, { minLength: 60, maxLength: 60 }),
        (owner, length, pieces) => {
          // A long text whose interesting part straddles the end of the prefix, in either reading.
          const text = `x${'y'.repeat(length - 30)}${pieces.join('')}z`;
          expect(itemId(owner, text, FROM)).toBe(itemId(undefined, `${owner}: ${text}`, FROM));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('collapseWhitespace', () => {
  it('turns runs of any whitespace into one space and trims', () => {
    expect(collapseWhitespace('  a \t b\u000Bc\u00A0\u00A0d  ')).toBe('a b c d');
    expect(collapseWhitespace('already clean')).toBe('already clean');
    expect(collapseWhitespace('')).toBe('');
  });
});

describe('itemId of lines about a prefix long', () => {
  const FROM = '2026-11-23';
  /** The id the rule gives: the first `cut` code units composed and lowercased, the rest as it is. */
  const expected = (line: string, cut: number) =>
    referenceId(`${line.slice(0, cut).normalize('NFC').toLowerCase()}${line.slice(cut)}\u0000${FROM}`);

  it('normalises the first 1,024 units of a long line that is not ASCII, and hashes the rest as it is', () => {
    // Characters whose case folds, so that one left out of the normalised part would be seen.
    for (const at of ['É', 'Ａ', 'Ω']) {
      const line = `${'A'.repeat(NORMALISED_PREFIX - 1)}${at}${'Bé'.repeat(100)}`;
      expect([at, itemId(undefined, line, FROM)]).toEqual([at, expected(line, NORMALISED_PREFIX)]);
    }
  });

  it('cuts one short of a surrogate pair that would be split, and only then', () => {
    // U+10400 DESERET CAPITAL LONG I lowercases to U+10428: half of it would not.
    const split = `${'A'.repeat(NORMALISED_PREFIX - 1)}𐐀${'Bé'.repeat(100)}`;
    expect(itemId(undefined, split, FROM)).toBe(expected(split, NORMALISED_PREFIX - 1));
    const whole = `${'A'.repeat(NORMALISED_PREFIX - 2)}𐐀${'Bé'.repeat(100)}`;
    expect(itemId(undefined, whole, FROM)).toBe(expected(whole, NORMALISED_PREFIX));
  });

  it('normalises a line whole when its whitespace collapsed fits the prefix, however long it was', () => {
    const line = `Café ${'  '.repeat(NORMALISED_PREFIX)}Chat`;
    expect(itemId(undefined, line, FROM)).toBe(referenceId(`café chat\u0000${FROM}`));
    const exact = `É${'a'.repeat(NORMALISED_PREFIX - 1)}`;
    expect(itemId(undefined, `${exact}  `, FROM)).toBe(referenceId(`${exact.toLowerCase()}\u0000${FROM}`));
  });

  it('an owner of the whole prefix leaves none of the text normalised', () => {
    // Not a name of letter words, so kept whole as its key; longer than the prefix.
    const owner = `x1 ${'é'.repeat(NORMALISED_PREFIX + 6)}`;
    const key = `${owner.slice(0, NORMALISED_PREFIX).normalize('NFC').toLowerCase()}${owner.slice(NORMALISED_PREFIX)}`;
    expect(itemId(owner, 'DRAFT', FROM)).toBe(referenceId(`${key}: DRAFT\u0000${FROM}`));
  });

  it('lowercases a long ASCII line whole', () => {
    expect(normaliseForId('A'.repeat(2000))).toBe('a'.repeat(2000));
  });

  it('composes an owner that is not ASCII beside a text that is', () => {
    expect(itemId('Zoe\u0308', 'draft', FROM)).toBe(itemId('Zoë', 'draft', FROM));
  });
});

describe('owners as ids key them', () => {
  it('takes an address only when it is one address, and a name only of letter words', () => {
    expect(ownerKey('Ana Silva x@y.com')).toBe('Ana Silva x@y.com');
    expect(ownerKey('ana@example.com extra')).toBe('ana@example.com extra');
    expect(ownerKey('1Ana Silva')).toBe('1Ana Silva');
    expect(ownerKey('Ana 2Silva')).toBe('Ana 2Silva');
  });

  it('splits an owner off the text only where a name of the owner rule’s kind is followed by a colon and a space', () => {
    expect(idParts(undefined, 'Ana Silva: draft')).toEqual({ owner: 'Ana', text: ' draft' });
    expect(idParts(undefined, 'Ana: draft')).toEqual({ text: 'Ana: draft' });
    expect(idParts(undefined, 'Ana Silva:')).toEqual({ text: 'Ana Silva:' });
    expect(idParts(undefined, 'Ana Silva:draft')).toEqual({ text: 'Ana Silva:draft' });
    const name80 = `${'A'.repeat(40)} ${'B'.repeat(39)}`;
    expect(name80).toHaveLength(80);
    expect(idParts(undefined, `${name80}: draft`)).toEqual({ owner: 'A'.repeat(40), text: ' draft' });
    expect(idParts(undefined, `${name80}B: draft`)).toEqual({ text: `${name80}B: draft` });
  });

  it('splits no owner off a line without a colon, even one that starts with a space and a name', () => {
    expect(idParts(undefined, ' Ana Silva drafts')).toEqual({ text: ' Ana Silva drafts' });
    expect(itemId(undefined, ' Ana Silva drafts', '2026-11-23')).toBe(
      itemId(undefined, 'Ana Silva drafts', '2026-11-23'),
    );
  });
});
