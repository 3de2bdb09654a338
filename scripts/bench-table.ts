// The bench's rows and the table a person reads: what each row measures, where, and against which budget.
import type { Timed } from './bench-reference';

export interface BenchRow {
  name: string;
  /** What runs, and where it is measured (FROM). */
  from: string;
  value: number;
  unit: string;
  /** The most the value may be; rows without one are for information. */
  budget?: number;
  /** A time row: its median in ms and the reference's beside it, for information (the value is their ratio). */
  ms?: number;
  referenceMs?: number;
}

/** A row measured where every row of its group is: the group says where (`at`). */
export type Measured = Omit<BenchRow, 'from'>;

/** Where each row is measured. */
export const FROM = {
  core: 'src/core, in Node',
  sandbox: 'dist/Code.js over the engines, in the sandbox',
  v8: 'dist/Code.js, in V8 (node:vm)',
  files: 'dist/, on disk',
  chromium: 'dist/Sidebar.html, in Chromium',
  reference: 'the reference workload, in Node',
} as const;

/** The unit of a time row: a multiple of the reference workload timed beside it. */
export const TIMES_REFERENCE = '× ref';

/** A time row: the ratio to the reference, held to `budget` (a multiple of the reference) when there is one. */
export function timeRow(name: string, from: string, timed: Timed, budget?: number): BenchRow {
  return {
    name,
    from,
    value: Number(timed.ratio.toFixed(2)),
    unit: TIMES_REFERENCE,
    ...(budget === undefined ? {} : { budget }),
    ms: Number(timed.ms.toFixed(2)),
    referenceMs: Number(timed.referenceMs.toFixed(2)),
  };
}

/** Rows over their budget. */
export const overBudget = (rows: BenchRow[]): BenchRow[] =>
  rows.filter((r) => r.budget !== undefined && r.value > r.budget);

/** The table a person reads: the rows under a heading for where they were measured, in order of first appearance. */
export function formatTable(rows: BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = [
    `Counts and sizes are held to absolute budgets. Times (unit ${TIMES_REFERENCE}) are multiples of a reference workload`,
    'timed beside them in the same run and the same place, so a busy machine slows both alike; their ms are shown after.',
  ];
  for (const from of [...new Set(rows.map((r) => r.from))]) {
    lines.push(
      '',
      `${from}:`,
      `  ${'measure'.padEnd(width)}  ${'value'.padStart(8)}  ${'budget'.padStart(8)}  unit    ok`,
    );
    for (const r of rows.filter((row) => row.from === from)) {
      const budget = r.budget === undefined ? '—' : String(r.budget);
      const ok = r.budget === undefined || r.value <= r.budget ? 'yes' : 'OVER';
      const ms =
        r.ms === undefined
          ? ''
          : `   ${r.ms} ms${r.referenceMs === undefined ? '' : `, reference ${r.referenceMs} ms`}`;
      lines.push(
        `  ${r.name.padEnd(width)}  ${String(r.value).padStart(8)}  ${budget.padStart(8)}  ${r.unit.padEnd(6)}  ${ok.padEnd(4)}${ms}`.trimEnd(),
      );
    }
  }
  const over = overBudget(rows);
  if (over.length > 0) lines.push('', `${over.length} row(s) over budget: ${over.map((r) => r.name).join('; ')}.`);
  return lines.join('\n');
}

/** What the build says of dist/Sidebar.html: its bytes, and those each language's catalog takes in it, by tag. */
export interface SidebarBuild {
  bytes: number;
  catalogs: Record<string, number>;
}

const toKb = (bytes: number) => Number((bytes / 1024).toFixed(1));

/**
 * Every catalog is inline in Sidebar.html, so that the sidebar speaks the person's language from its first paint: a
 * catalog fetched through google.script.run would cost a round trip of 0.5–2 s before any word showed. So the page is
 * held three ways: the sidebar itself, its code and styles without any catalog, against the 60 KB it had alone; each
 * catalog (English's too) against what one more language may add; and the whole page. A catalog also words the
 * server's messages (shared/messages.ts), which Code.js no longer carries: about 9 KB of each.
 */
export function sidebarRows(built: SidebarBuild): BenchRow[] {
  const catalogs = Object.entries(built.catalogs);
  const [largestTag, largest] = catalogs.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  return [
    {
      name: 'dist/Sidebar.html without its catalogs (the sidebar’s code and styles: the old 60 KB budget)',
      value: toKb(built.bytes - catalogs.reduce((sum, [, bytes]) => sum + bytes, 0)),
      unit: 'KB',
      budget: 60,
    },
    {
      name: `dist/Sidebar.html, its largest catalog (${largestTag}): what one more inline language may add`,
      value: toKb(largest),
      unit: 'KB',
      budget: 28,
    },
    {
      name: `dist/Sidebar.html size, all ${Object.keys(built.catalogs).length} catalogs inline (words from the first paint, no round trip)`,
      value: toKb(built.bytes),
      unit: 'KB',
      budget: 200,
    },
  ].map((row) => ({ ...row, from: FROM.files }));
}
