// Stryker's record of the running test, and a module loaded afresh with its loading counted as module loading.
/**
 * A fresh load runs every module-level table again (the languages' words, the markers). Loaded inside a test, Stryker
 * would credit that test alone with them, and run only it against each of their mutants; counted as module loading,
 * they stay static and left out like every other table (docs/MUTATION.md). What the module builds on first use, after
 * the load, is credited to the test that uses it.
 */
export function loadAfresh<T>(load: () => T): T {
  const stryker = strykerState();
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

/** What Stryker's instrumented code reads to know which test is running; undefined outside `npm run mutate`. */
export function strykerState(): { currentTestId?: string } | undefined {
  const global = globalThis as Record<string, unknown>;
  return global[(global.__strykerGlobalNamespace__ as string | undefined) ?? '__stryker__'] as
    | { currentTestId?: string }
    | undefined;
}
