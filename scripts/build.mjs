// Builds dist/ for Apps Script (Code.js, Sidebar.html, appsscript.json) and, on request, Node bundles for the playground and bench.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** The bundle's exports live under this symbol of the global object: a symbol adds no name to the script's scope. */
const APP_KEY = '1on1-companion';
// Apps Script runs V8 with ES2020 syntax: `??` and `?.` appear in Google's own Apps Script samples (docs/PLATFORM.md,
// Runtime); lowering them cost 11 KB of Code.js.
const APPS_SCRIPT_TARGET = 'es2020';

async function serverExports() {
  // A metafile of an ESM build lists the entry module's exports: the wrappers below are generated from it, so the
  // top-level functions always equal what src/server/main.ts exports.
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return [...output.exports].sort();
}

/**
 * The bundle indented with a tab a level, not two spaces, and the closure's own level left out: a quarter of the
 * readable bundle was indentation, which Apps Script parses on every run. Only leading white space changes, and that
 * is checked: minified, the bundle must read exactly as before (a line inside a template literal would differ).
 */
async function tabIndented(code) {
  const compact = code
    .split('\n')
    .map((line) => line.replace(/^ {2}/, '').replace(/^((?: {2})+)/, (lead) => '\t'.repeat(lead.length / 2)))
    .join('\n');
  const minified = async (text) => (await esbuild.transform(text, { minify: true, charset: 'utf8' })).code;
  if ((await minified(code)) !== (await minified(compact)))
    throw new Error('re-indenting Code.js changed more than its indentation (a multi-line template literal?)');
  return compact;
}

/**
 * Code.js ships readable: every name and line break kept, so a stack trace in the Apps Script execution log points at
 * code a person can read. Only its syntax is shortened (esbuild's minifySyntax: `if` chains as `? :`, adjacent `var`s
 * merged, `!0` for true), which took a tenth off what Apps Script parses on every trigger run; `npm run bench` keeps
 * its size and its compile and load time within budget. The top-level entry points are plain declarations.
 */
async function buildCode() {
  const names = await serverExports();
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__companion',
    target: APPS_SCRIPT_TARGET,
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
  });
  // esbuild emits `"use strict";` (TypeScript's strict mode) and then the one global declaration we replace.
  const output = result.outputFiles[0].text;
  const strict = /^"use strict";\n?/;
  const body = output.replace(strict, '');
  const declaration = 'var __companion = ';
  if (!body.startsWith(declaration)) throw new Error('unexpected esbuild iife output: no leading global declaration');
  const key = `globalThis[Symbol.for(${JSON.stringify(APP_KEY)})]`;
  const wrappers = names.map((name) => `function ${name}() {\n  return ${key}.${name}.apply(this, arguments);\n}`);
  const code = [
    '// 1:1 Companion: the server bundle for Google Apps Script, built by scripts/build.mjs from src/server. Do not edit.',
    '// Apps Script, triggers and google.script.run call the top-level functions below; everything else stays in the closure.',
    '"use strict";',
    `${key} = ${await tabIndented(body.slice(declaration.length).trimEnd())}`,
    ...wrappers,
    '',
  ].join('\n');
  await writeFile(path.join(dist, 'Code.js'), code);
  return { names, bytes: Buffer.byteLength(code) };
}

/** A language's catalog: a file in src/sidebar/i18n/ named by its language tag (de.ts, pt-BR.ts). */
const CATALOG_FILE = /^src\/sidebar\/i18n\/([a-z]{2}(?:-[A-Z]{2})?)\.ts$/;

/** The bytes each catalog takes in the minified script, by language tag (the file's name), from esbuild's metafile. */
function catalogBytes(metafile) {
  const inputs = Object.values(metafile.outputs)[0]?.inputs ?? {};
  const bytes = {};
  for (const [file, input] of Object.entries(inputs)) {
    const tag = CATALOG_FILE.exec(file.split(path.sep).join('/'))?.[1];
    if (tag) bytes[tag] = input.bytesInOutput;
  }
  return bytes;
}

/** Inlines the sidebar's script and styles: HtmlService serves one HTML document and no separate JS or CSS files. */
async function buildSidebar() {
  const js = await esbuild.build({
    entryPoints: [path.join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const css = await esbuild.build({
    entryPoints: [path.join(root, 'src/sidebar/style.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const template = await readFile(path.join(root, 'src/sidebar/index.html'), 'utf8');
  // A literal "</script" or "</style" inside the inlined code would end the element early.
  const script = js.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = css.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
  if (!template.includes('<!-- inline:style -->') || !template.includes('<!-- inline:script -->'))
    throw new Error('src/sidebar/index.html lacks the inline markers');
  // Kept in dist/Sidebar.html for showSidebar (src/core/lastKnown.ts): the last-known state must come before the script.
  const lastKnownAt = template.indexOf('<!-- last-known -->');
  if (lastKnownAt < 0 || lastKnownAt > template.indexOf('<!-- inline:script -->'))
    throw new Error('src/sidebar/index.html lacks the last-known marker before the script');
  const html = template
    .replace('<!-- inline:style -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
  await writeFile(path.join(dist, 'Sidebar.html'), html);
  return { bytes: Buffer.byteLength(html), catalogs: catalogBytes(js.metafile) };
}

/** Builds dist/; says what it holds: the sizes, and the bytes each catalog takes in Sidebar.html (for the bench). */
export async function buildDist({ quiet = false } = {}) {
  await mkdir(dist, { recursive: true });
  const [code, sidebar] = await Promise.all([buildCode(), buildSidebar()]);
  await writeFile(path.join(dist, 'appsscript.json'), await readFile(path.join(root, 'appsscript.json')));
  if (!quiet)
    console.log(
      `dist/Code.js ${(code.bytes / 1024).toFixed(1)} KB (${code.names.length} functions), dist/Sidebar.html ${(sidebar.bytes / 1024).toFixed(1)} KB, dist/appsscript.json`,
    );
  return { code, sidebar };
}

/** Bundles a TypeScript entry (playground, bench) for Node into build/. */
export async function bundleForNode(entry, outName) {
  const outfile = path.join(root, 'build', outName);
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

// No top-level await: jest's global setup loads this module with require().
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildDist({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
