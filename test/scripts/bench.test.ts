// Tests of the bench's yardstick and table: time budgets are multiples of a reference timed beside them, so load on the machine moves the ms and not the verdict.

import { pairedTimes, referenceWork, timeAgainstReference } from '../../scripts/bench-reference';
import {
  type BenchRow,
  FROM,
  formatTable,
  overBudget,
  sidebarRows,
  TIMES_REFERENCE,
  timeRow,
} from '../../scripts/bench-table';

/**
 * A clock that only moves when work is done: `work(units)` advances it by units × the machine's slowdown at that
 * moment. The slowdown changes between runs, as other processes come and go, but is the same for the two halves of a
 * run, which are timed one right after the other.
 */
function busyMachine(slowdowns: number[]) {
  let now = 0;
  let calls = 0;
  return {
    clock: () => now,
    work: (units: number) => () => {
      // Two calls (task and reference) per run, after one untimed warm-up of each.
      const run = Math.max(0, Math.floor((calls - 2) / 2));
      calls++;
      now += units * slowdowns[run % slowdowns.length]!;
    },
  };
}

describe('timing against the reference', () => {
  it('gives the same ratio on a quiet and on a busy machine, while the ms follow the load', () => {
    const quiet = busyMachine([1]);
    const calm = timeAgainstReference(quiet.work(3), 9, quiet.work(1), quiet.clock);
    // From one run to the next, the machine is up to six times slower.
    const busy = busyMachine([1, 6, 2.5, 4, 6, 3, 5, 6, 2]);
    const loaded = timeAgainstReference(busy.work(3), 9, busy.work(1), busy.clock);
    expect(calm.ratio).toBeCloseTo(3);
    expect(loaded.ratio).toBeCloseTo(3);
    expect(loaded.ms).toBeGreaterThan(3 * calm.ms);
  });

  it('keeps a time row within its budget under load, where the same row in ms would be over', () => {
    const busy = busyMachine([5, 6, 4]);
    const timed = timeAgainstReference(busy.work(2.5), 7, busy.work(1), busy.clock);
    const row = timeRow('dist/Code.js compile and load, fresh context', FROM.v8, timed, 5);
    expect(row).toMatchObject({ unit: TIMES_REFERENCE, value: 2.5, budget: 5 });
    expect(row.ms).toBeGreaterThan(10);
    expect(overBudget([row])).toEqual([]);
    expect(overBudget([{ ...row, value: 5.5 }])).toHaveLength(1);
  });

  it('pairs loads measured elsewhere (pages in Chromium) the same way, pair by pair', () => {
    const pairs = [
      { task: 60, reference: 50 },
      { task: 240, reference: 200 },
      { task: 120, reference: 100 },
    ];
    expect(pairedTimes(pairs)).toEqual({ ms: 120, referenceMs: 100, ratio: 1.2 });
  });

  it('times a real workload, which no engine can skip', () => {
    expect(referenceWork()).toBe(referenceWork());
    expect(referenceWork()).toBeGreaterThan(0);
    const timed = timeAgainstReference(() => referenceWork(), 5);
    expect(timed.referenceMs).toBeGreaterThan(0);
    expect(timed.ratio).toBeGreaterThan(0.2);
    expect(timed.ratio).toBeLessThan(5);
  });
});

describe('the bench table', () => {
  const rows: BenchRow[] = [
    { name: 'tick: Docs gets', from: FROM.sandbox, value: 1, unit: 'calls', budget: 1 },
    timeRow('core plan, 500 meetings', FROM.core, { ms: 8.06, referenceMs: 2, ratio: 4.03 }, 15),
    { name: 'dist/Code.js size, readable', from: FROM.files, value: 230, unit: 'KB', budget: 225 },
    { name: 'tick: Docs batchUpdates', from: FROM.sandbox, value: 1, unit: 'calls', budget: 1 },
  ];

  it('says where each row was measured, what a time row is a multiple of, and its ms beside it', () => {
    const table = formatTable(rows);
    const under = (heading: string, name: string) => {
      const at = table.indexOf(`\n${heading}:\n`);
      const next = table.indexOf('\n\n', at + 1);
      return at >= 0 && table.slice(at, next < 0 ? undefined : next).includes(name);
    };
    expect(under(FROM.sandbox, 'tick: Docs gets')).toBe(true);
    expect(under(FROM.sandbox, 'tick: Docs batchUpdates')).toBe(true);
    expect(under(FROM.core, 'core plan, 500 meetings')).toBe(true);
    expect(under(FROM.files, 'dist/Code.js size, readable')).toBe(true);
    expect(table).toMatch(/core plan, 500 meetings\s+4\.03\s+15\s+× ref\s+yes\s+8\.06 ms, reference 2 ms/);
    expect(table).toMatch(/Times \(unit × ref\) are multiples of a reference workload/);
  });

  it('names the rows over budget', () => {
    expect(formatTable(rows)).toMatch(/1 row\(s\) over budget: dist\/Code\.js size, readable\.$/);
    expect(overBudget(rows).map((r) => r.name)).toEqual(['dist/Code.js size, readable']);
  });
});

describe('the sidebar page’s rows', () => {
  // A page of 120 KB whose catalogs take 9 KB (English), 11 KB and 19 KB (Japanese) of it.
  const built = { bytes: 120 * 1024, catalogs: { en: 9 * 1024, de: 11 * 1024, ja: 19 * 1024 } };

  it('holds the page without its catalogs to the old budget, each catalog and the whole page apart', () => {
    const rows = sidebarRows(built);
    expect(rows.map((r) => [r.value, r.budget])).toEqual([
      [81, 60],
      [19, 28],
      [120, 200],
    ]);
    expect(rows[1]!.name).toContain('(ja)');
    expect(rows.every((r) => r.from === FROM.files && r.unit === 'KB')).toBe(true);
    expect(overBudget(rows).map((r) => r.value)).toEqual([81]);
  });
});
