// The bench's yardstick: a fixed reference workload timed beside each time row, so that a row's budget is a multiple of it and a busy machine slows both alike.
//
// A time budget in ms fails on a loaded machine (two cores shared with a test run turned 5 ms into 15). The reference
// is a fixed piece of plain JavaScript of the same kind as the add-on's work (JSON, regular expressions, sorting,
// strings). Each run times the reference and the measured task one right after the other, alternately, so that both
// meet the same load; the row's value is the median of the per-run ratios. The ms stay in the table, for information.
import { performance } from 'node:perf_hooks';

/**
 * The reference workload, as source: the same function runs in Node and in a Chromium page. About 2 ms on a quiet
 * two-core machine. Returns a checksum, so no engine can skip the work.
 */
export const REFERENCE_SOURCE = `function referenceWork() {
  var checksum = 0;
  for (var round = 0; round < 12; round++) {
    var items = [];
    for (var i = 0; i < 200; i++)
      items.push({ id: 'item-' + ((i * 7919 + round) % 1000), text: '\\u2610 Ana: follow up on thing ' + i + ' (due Nov ' + (1 + (i % 28)) + ')', done: i % 3 === 0 });
    var json = JSON.stringify(items);
    var back = JSON.parse(json);
    back.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
    for (var j = 0; j < back.length; j++) {
      var m = /due (\\w+) (\\d+)/.exec(back[j].text);
      if (m) checksum += Number(m[2]);
    }
    checksum += json.length;
  }
  return checksum;
}`;

/** The reference workload in this process. */
export const referenceWork = new Function(`${REFERENCE_SOURCE}; return referenceWork;`)() as () => number;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How long one call of `fn` took, ms. */
export function timeOnce(fn: () => unknown, clock: () => number = () => performance.now()): number {
  const start = clock();
  fn();
  return clock() - start;
}

export interface Timed {
  /** The task's median time, ms. */
  ms: number;
  /** The reference's median time, ms. */
  referenceMs: number;
  /** The median of the task's time over the reference's, run by run: what budgets hold. */
  ratio: number;
}

/**
 * Times `task` and `reference` one after the other, `runs` times, after one untimed run of each (the JIT's first
 * compile is no one's cost). Which goes first alternates, so neither always meets a load that is just starting.
 */
export function timeAgainstReference(
  task: () => unknown,
  runs: number,
  reference: () => unknown = referenceWork,
  clock: () => number = () => performance.now(),
): Timed {
  task();
  reference();
  const taskMs: number[] = [];
  const referenceMs: number[] = [];
  const ratios: number[] = [];
  const time = (fn: () => unknown) => timeOnce(fn, clock);
  for (let i = 0; i < runs; i++) {
    let t: number;
    let r: number;
    if (i % 2 === 0) {
      t = time(task);
      r = time(reference);
    } else {
      r = time(reference);
      t = time(task);
    }
    taskMs.push(t);
    referenceMs.push(r);
    ratios.push(t / Math.max(r, 1e-3));
  }
  return { ms: median(taskMs), referenceMs: median(referenceMs), ratio: median(ratios) };
}

/** Paired loads (each already timed, ms): the same medians, for measures taken elsewhere (a page in Chromium). */
export function pairedTimes(pairs: { task: number; reference: number }[]): Timed {
  return {
    ms: median(pairs.map((p) => p.task)),
    referenceMs: median(pairs.map((p) => p.reference)),
    ratio: median(pairs.map((p) => p.task / Math.max(p.reference, 1e-3))),
  };
}

/**
 * The page the sidebar's load is held against in Chromium: the reference workload, then a list of 200 lines drawn and
 * laid out (what a sidebar does on opening, without the sidebar), then the `reference-ready` mark.
 */
export const REFERENCE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Reference</title></head>
<body><ul id="list"></ul><script>
${REFERENCE_SOURCE}
referenceWork();
var list = document.getElementById('list');
for (var i = 0; i < 200; i++) {
  var li = document.createElement('li');
  li.textContent = 'Action item number ' + i + ' with a realistic length of text';
  list.appendChild(li);
}
document.body.offsetHeight;
performance.mark('reference-ready');
</script></body></html>`;
