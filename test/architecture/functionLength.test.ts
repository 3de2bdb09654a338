// Keeps functions in src/core, src/server and src/sidebar short (docs/ARCHITECTURE.md): none is longer than 60 lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { filesUnder, root } from './sourceFiles';

const MAX_LINES = 60;

/** Every function, method and arrow in a file, with its name (or its variable's) and its length in lines. */
function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named =
        node.name?.getText(source) ??
        (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
      out.push({ name: `${file}:${start + 1} ${named}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('function length', () => {
  it('measures a function by its lines, from its first to its last', () => {
    const lengths = functionLengths('x.ts', 'function a() {\n  return 1;\n}\nconst b = () => {\n\n};\n');
    expect(lengths).toEqual([
      { name: 'x.ts:1 a', lines: 3 },
      { name: 'x.ts:4 b', lines: 3 },
    ]);
  });

  it(`no function in src/core, src/server or src/sidebar is longer than ${MAX_LINES} lines`, () => {
    const long = ['src/core', 'src/server', 'src/sidebar']
      .flatMap(filesUnder)
      .flatMap((file) => functionLengths(file, readFileSync(path.join(root, file), 'utf8')))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.name}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
