// `npm start`: builds dist/, bundles the playground server for Node, and serves the playground on 127.0.0.1.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDist, bundleForNode } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8787;
const DEFAULT_STATE = '.playground/state.json';

/** The most the toolbar offers for the sidebar's simulated round trip (playground/scriptRunShim.ts, ROUND_TRIP). */
const MAX_DELAY_MS = 3000;

const USAGE = `Usage: node scripts/start.mjs [--port N] [--no-open] [--reset] [--state FILE] [--delay MS]

  --port N      listen on 127.0.0.1:N (default ${DEFAULT_PORT}; a free port is picked when N is busy)
  --no-open     do not open a browser
  --reset       start again from the seed Doc and calendar (the saved state is replaced)
  --state FILE  where the playground's Doc, calendar, triggers and clock are saved (default ${DEFAULT_STATE})
  --delay MS    each sidebar call's simulated round trip to Google, 0 to ${MAX_DELAY_MS} ms (default about a second, as
                on Google; the toolbar changes it)`;

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        port: { type: 'string' },
        open: { type: 'boolean', default: true },
        'no-open': { type: 'boolean' },
        reset: { type: 'boolean', default: false },
        state: { type: 'string', default: DEFAULT_STATE },
        delay: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error.message);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = parsed.port === undefined ? DEFAULT_PORT : Number(parsed.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port wants a port number, not "${parsed.port}"`);
  const delay = parsed.delay === undefined ? undefined : Number(parsed.delay);
  if (delay !== undefined && !(Number.isInteger(delay) && delay >= 0 && delay <= MAX_DELAY_MS))
    fail(`--delay wants a whole number of ms from 0 to ${MAX_DELAY_MS}, not "${parsed.delay}"`);
  return { port, open: parsed.open && !parsed['no-open'], reset: parsed.reset, state: parsed.state, delay };
}

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Best effort: a missing opener (no desktop, a container) is not an error, the URL is printed anyway. */
function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to do: the URL is on the screen.
  }
}

async function main() {
  const options = readOptions();
  await buildDist();
  const bundle = await bundleForNode('playground/server.ts', 'playground.mjs');
  const { startPlayground } = await import(pathToFileURL(bundle).href);
  const playground = await startPlayground({
    root,
    port: options.port,
    statePath: path.resolve(root, options.state),
    reset: options.reset,
  });
  if (playground.portChanged) console.log(`Port ${options.port} is busy; using ${playground.port} instead.`);
  const relative = path.relative(root, playground.statePath);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? playground.statePath : relative;
  console.log(
    `${playground.origin === 'file' ? 'Resumed' : 'Seeded'} the playground Doc and calendar (state: ${shown}).`,
  );
  const url = options.delay === undefined ? playground.url : `${playground.url}/?delay=${options.delay}`;
  console.log(`1:1 Companion playground: ${url}  (Ctrl-C to stop)`);
  if (options.open) openBrowser(url);

  let stopping = false;
  const stop = async () => {
    // A second Ctrl-C while closing exits at once.
    if (stopping) process.exit(130);
    stopping = true;
    await playground.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
