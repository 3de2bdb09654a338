// Tests for the scores table npm run mutate keeps in docs/MUTATION.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MutationReport, score, scoreRows, updateScores } from '../../scripts/mutation-scores';

const mutants = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

const DOC = [
  '# Mutation testing',
  '',
  '<!-- scores: written by npm run mutate -->',
  '| File | Score | Killed | Timed out | Survived | No coverage | Static, left out |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  '| src/core/a.ts | 50.0% | 1 | 0 | 1 | 0 | 0 |',
  '| src/core/b.ts | 100.0% | 4 | 0 | 0 | 0 | 2 |',
  '| **Total** | **83.3%** | 5 | 0 | 1 | 0 | 2 |',
  '<!-- /scores -->',
  '',
  'After the table.',
].join('\n');

describe('the mutation scores', () => {
  it('scores as Stryker does: timed out counts as detected, errors and static mutants count for nothing', () => {
    const [row] = scoreRows({
      files: {
        'src/core/a.ts': {
          mutants: mutants({ Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, RuntimeError: 3, Ignored: 4 }),
        },
      },
    });
    expect(row).toEqual({ file: 'src/core/a.ts', killed: 6, timedOut: 2, survived: 1, noCoverage: 1, ignored: 4 });
    expect(score(row!)).toBe(80);
    expect(score({ killed: 0, timedOut: 0, survived: 0, noCoverage: 0, ignored: 5 })).toBeUndefined();
  });

  it('a run of one file changes its row and the total, and keeps every other row and the text around', () => {
    const report: MutationReport = { files: { 'src/core/a.ts': { mutants: mutants({ Killed: 2 }) } } };
    const updated = updateScores(DOC, report);
    expect(updated).toContain('| src/core/a.ts | 100.0% | 2 | 0 | 0 | 0 | 0 |');
    expect(updated).toContain('| src/core/b.ts | 100.0% | 4 | 0 | 0 | 0 | 2 |');
    expect(updated).toContain('| **Total** | **100.0%** | 6 | 0 | 0 | 0 | 2 |');
    expect(updated.startsWith('# Mutation testing\n\n<!-- scores')).toBe(true);
    expect(updated.endsWith('<!-- /scores -->\n\nAfter the table.')).toBe(true);
    expect(updateScores(updated, report)).toBe(updated);
  });

  it('adds a file new to the table in its place, by name', () => {
    const updated = updateScores(DOC, { files: { 'src/core/aa.ts': { mutants: mutants({ Survived: 1 }) } } });
    const files = updated.split('\n').filter((l) => l.startsWith('| src/'));
    expect(files.map((l) => l.split(' | ')[0])).toEqual(['| src/core/a.ts', '| src/core/aa.ts', '| src/core/b.ts']);
    expect(updated).toContain('| **Total** | **71.4%** | 5 | 0 | 2 | 0 | 2 |');
  });

  it('refuses a document without the block it writes', () => {
    expect(() => updateScores('# Mutation testing\n', { files: {} })).toThrow(/no <!-- scores/);
  });

  it('the committed table reads back as it is written', () => {
    const doc = readFileSync(path.join(__dirname, '../../docs/MUTATION.md'), 'utf8');
    expect(updateScores(doc, { files: {} })).toBe(doc);
  });
});
