// Remembers small flags (a dismissed hint) in localStorage when the browser allows it, else for this page only.

/**
 * The sidebar runs in a Google-served iframe: with third-party storage blocked, merely reading `localStorage` throws.
 * A flag that cannot be saved still holds until the sidebar closes.
 */
export function createFlags(storage: () => Storage | undefined = () => globalThis.localStorage) {
  const memory = new Set<string>();
  const PREFIX = 'one-on-one-companion:';
  return {
    get(name: string): boolean {
      if (memory.has(name)) return true;
      try {
        return storage()?.getItem(PREFIX + name) === '1';
      } catch {
        return false;
      }
    },
    set(name: string): void {
      memory.add(name);
      try {
        storage()?.setItem(PREFIX + name, '1');
      } catch {
        // Not saved across sessions; the in-memory flag is enough for now.
      }
    },
  };
}

export type Flags = ReturnType<typeof createFlags>;
