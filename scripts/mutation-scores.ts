// The mutation scores per core file, from Stryker's JSON report, kept as the table in docs/MUTATION.md.

/** The part of Stryker's JSON report (mutation-testing-report-schema) the table reads. */
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface ScoreRow {
  file: string;
  killed: number;
  timedOut: number;
  survived: number;
  noCoverage: number;
  /** Static mutants, left out of the run (stryker.config.mjs, ignoreStatic). */
  ignored: number;
}

const START = '<!-- scores: written by npm run mutate -->';
const END = '<!-- /scores -->';
const HEADER = [
  '| File | Score | Killed | Timed out | Survived | No coverage | Static, left out |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** Stryker's own score: mutants detected of those that were valid and run (errors and ignored ones left out). */
export function score(row: Omit<ScoreRow, 'file'>): number | undefined {
  const detected = row.killed + row.timedOut;
  const valid = detected + row.survived + row.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

export function scoreRows(report: MutationReport): ScoreRow[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (status: string) => mutants.filter((m) => m.status === status).length;
      return {
        file,
        killed: count('Killed'),
        timedOut: count('Timeout'),
        survived: count('Survived'),
        noCoverage: count('NoCoverage'),
        ignored: count('Ignored'),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)}%`);

function line(row: ScoreRow): string {
  const { file, killed, timedOut, survived, noCoverage, ignored } = row;
  return `| ${file} | ${percent(score(row))} | ${killed} | ${timedOut} | ${survived} | ${noCoverage} | ${ignored} |`;
}

function parseLine(text: string): ScoreRow | undefined {
  const cells = text.split('|').map((c) => c.trim());
  const [file, , killed, timedOut, survived, noCoverage, ignored] = cells.slice(1, -1);
  const counts = [killed, timedOut, survived, noCoverage, ignored].map(Number);
  if (!file?.startsWith('src/') || counts.some((n) => !Number.isInteger(n))) return undefined;
  const [k, t, s, n, i] = counts as [number, number, number, number, number];
  return { file, killed: k, timedOut: t, survived: s, noCoverage: n, ignored: i };
}

/**
 * The table with the report's files replaced or added and every other file's row kept: a run of one file
 * (`npm run mutate -- --mutate src/core/zone.ts`) changes only its row. The total is summed again from the rows.
 */
export function updateScores(markdown: string, report: MutationReport): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/MUTATION.md has no ${START} … ${END} block for the scores`);
  const kept = markdown
    .slice(start + START.length, end)
    .split('\n')
    .map(parseLine)
    .filter((row): row is ScoreRow => row !== undefined);
  const rows = new Map(kept.map((row) => [row.file, row]));
  for (const row of scoreRows(report)) rows.set(row.file, row);
  const all = [...rows.values()].sort((a, b) => a.file.localeCompare(b.file));
  const sum = (field: keyof Omit<ScoreRow, 'file'>) => all.reduce((total, row) => total + row[field], 0);
  const total = {
    killed: sum('killed'),
    timedOut: sum('timedOut'),
    survived: sum('survived'),
    noCoverage: sum('noCoverage'),
    ignored: sum('ignored'),
  };
  const totalLine = line({ file: '**Total**', ...total }).replace(/\| ([\d.]+%) \|/, '| **$1** |');
  const table = [...HEADER, ...all.map(line), totalLine].join('\n');
  return `${markdown.slice(0, start + START.length)}\n${table}\n${markdown.slice(end)}`;
}
