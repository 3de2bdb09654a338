// The sidebar's browser-test harness: dist/Sidebar.html with a google.script.run shim, and dist/Code.js over the engines.
//
// Unlike the playground, it hands the test the engines themselves (Doc, calendars, world, clock), lets a test make a
// server function fail on purpose, and serves the page without a Content-Security-Policy: the safety tests must
// prove that the sidebar's own code renders hostile text as text, not that a CSP caught it.

import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { WorldState } from '../../dev/appsScriptGlobals';
import { addLinkedDocs, type SeriesOptions } from '../../dev/harness';
import { messageOf } from '../../src/shared/errors';
import type { Document } from '../../src/types/docs-api';
import { withSeries } from '../support/world';

const root = path.resolve(__dirname, '../..');

/** google.script.run in the browser: the real API's chain of handlers, each call a POST to /rpc/<name>. */
export const SHIM = `
(function () {
  function invoke(name, args, handlers) {
    fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args)
    })
      .then(function (r) { return r.json(); })
      .catch(function (e) { return { ok: false, error: 'NetworkError: ' + e.message }; })
      .then(function (answer) {
        if (answer.ok) { if (handlers.success) handlers.success(answer.value); }
        else if (handlers.failure) handlers.failure(new Error(answer.error));
      });
  }
  function runner(handlers) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner({ success: fn, failure: handlers.failure }); };
        if (name === 'withFailureHandler') return function (fn) { return runner({ success: handlers.success, failure: fn }); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { invoke(name, Array.prototype.slice.call(arguments), handlers); };
      }
    });
  }
  window.google = { script: { run: runner({}), host: { close: function () {} } } };
})();
`;

export interface SidebarServerOptions {
  state?: Partial<WorldState>;
  series?: SeriesOptions;
  doc?: Document;
  /** This many more Docs linked for Ana, each to a 1:1 of its own (dev/harness.ts addLinkedDocs), for All my 1:1s. */
  linkedDocs?: number;
}

export interface SidebarServer {
  url: string;
  env: ReturnType<typeof withSeries>;
  /** The ids of the Docs `linkedDocs` added, in order. */
  linkedDocs: string[];
  /** Links the Doc as `email` (Ana by default), server-side, as if done from the sidebar earlier. */
  link(email?: string, extra?: Record<string, unknown>): unknown;
  /** Server functions called so far, in order. */
  calls: string[];
  /** The next call of `name` answers this error instead of running (as a server function that threw would). */
  failNext(name: string, message: string): void;
  close(): Promise<void>;
}

export function sidebarPage(): string {
  const html = readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8');
  return html.replace(/<head>/i, `<head>\n<script>${SHIM}</script>`);
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export async function startSidebarServer(options: SidebarServerOptions = {}): Promise<SidebarServer> {
  const env = withSeries(options.state, options.series, options.doc);
  const linkedDocs = options.linkedDocs ? addLinkedDocs(env, options.linkedDocs) : [];
  const page = sidebarPage();
  const calls: string[] = [];
  const failures = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/sidebar') return send(res, 200, 'text/html; charset=utf-8', page);
    if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        calls.push(name);
        let answer: unknown;
        const failure = failures.get(name);
        if (failure !== undefined) {
          failures.delete(name);
          answer = { ok: false, error: failure };
        } else {
          try {
            const args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '[]') as unknown[];
            // The user who has the sidebar open, in their Doc: a fired trigger in between may have changed both.
            env.as(env.world.state.activeUser);
            answer = { ok: true, value: env.sandbox.call(name, ...args) ?? null };
          } catch (error) {
            answer = { ok: false, error: messageOf(error) };
          }
        }
        send(res, 200, 'application/json', JSON.stringify(answer));
      });
      return;
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    env,
    linkedDocs,
    link: (email, extra) => env.link(email, extra),
    calls,
    failNext: (name, message) => failures.set(name, message),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
