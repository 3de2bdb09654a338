// A module loaded afresh for one test, its loading counted as module loading, not as the test, by `npm run mutate`.
/**
 * A fresh load runs every module-level table again (the languages' words, the markers). Loaded inside a test, Stryker
 * would credit that test alone with them, and run only it against each of their mutants; counted as module loading,
 * they stay static and left out like every other table (docs/MUTATION.md). What the module builds on first use, after
 * the load, is credited to the test that uses it.
 */
export function loadAfresh<T>(load: () => T): T {
  const key = (globalThis as Record<string, unknown>).__strykerGlobalNamespace__ ?? '__stryker__';
  const stryker = (globalThis as Record<string, unknown>)[key as string] as { currentTestId?: string } | undefined;
  const running = stryker?.currentTestId;
  if (stryker) stryker.currentTestId = undefined;
  try {
    let loaded: T | undefined;
    jest.isolateModules(() => {
      loaded = load();
    });
    return loaded as T;
  } finally {
    if (stryker) stryker.currentTestId = running;
  }
}
