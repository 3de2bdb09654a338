// An explicit time bound on synchronous work over hostile input: Jest's own timeout never interrupts synchronous code,
// so a quadratic path (minutes on 400,000 characters) would pass there, only slowly.

/** Generous for a busy two-core machine running the whole suite, and far below what a quadratic path takes here. */
export const HOSTILE_MS = 2_000;

/** A call through the built bundle in the sandbox copies the Doc across the boundary several times. */
export const HOSTILE_CALL_MS = 5_000;

/** Runs `work` and fails unless it returned within `boundMs`; answers what it returned. */
export function within<T>(boundMs: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(boundMs);
  return result;
}
