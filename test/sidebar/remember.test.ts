// Remembered flags: in localStorage when it works, in memory when reading or writing it throws.
import { createFlags } from '../../src/sidebar/remember';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('remembered flags', () => {
  it('survives a new page through localStorage', () => {
    const storage = memoryStorage();
    createFlags(() => storage).set('hint');
    expect(createFlags(() => storage).get('hint')).toBe(true);
    expect(createFlags(() => storage).get('other')).toBe(false);
  });

  it('holds for the page when storage is blocked (third-party storage off)', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const flags = createFlags(blocked);
    expect(flags.get('hint')).toBe(false);
    flags.set('hint');
    expect(flags.get('hint')).toBe(true);
  });
});
