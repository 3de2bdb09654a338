// No import circle under src/, type-only imports counted: a module's dependencies can be read in one direction.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { filesUnder, root } from './sourceFiles';

/** Every folder under src/. */
const CHECKED = ['src/core', 'src/server', 'src/shared', 'src/sidebar', 'src/types'];

/** A file's relative imports and re-exports, `import type` included, as paths from the repository's root. */
function importsOf(file: string, text: string, exists = (target: string) => existsSync(path.join(root, target))) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false);
  return source.statements.flatMap((statement) => {
    const from = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from) || !from.text.startsWith('.')) return [];
    const target = `${path.join(path.dirname(file), from.text)}.ts`;
    return exists(target) ? [target] : [];
  });
}

/** A circle for each import that leads back to a file still being followed (depth first, each file followed once). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) found.push([...trail.slice(at), file]);
    if (at >= 0 || done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe('import circles', () => {
  it('finds a circle, type-only imports included, and names its files', () => {
    const files: Record<string, string> = {
      'src/a.ts': "import { b } from './b';",
      'src/b.ts': "import type { C } from './c';\nexport const b = 1;",
      'src/c.ts': "export type { A } from './a';",
      'src/d.ts': "import { b } from './b';",
    };
    const graph = new Map(
      Object.entries(files).map(([file, text]) => [file, importsOf(file, text, (t) => t in files)]),
    );
    expect(graph.get('src/d.ts')).toEqual(['src/b.ts']);
    expect(circles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.ts']]);
  });

  it(`none in ${CHECKED.join(', ')}`, () => {
    const files = CHECKED.filter((dir) => existsSync(path.join(root, dir))).flatMap(filesUnder);
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(path.join(root, file), 'utf8'))]));
    expect(circles(graph).map((loop) => loop.join(' → '))).toEqual([]);
  });
});
