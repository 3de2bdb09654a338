// Shared test set-up: an in-memory Doc, the fake Apps Script services over it, and the built Code.js loaded in the sandbox.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorldState } from '../../dev/appsScriptGlobals';
import type { CalendarEngine } from '../../dev/calendarEngine';
import { createHarness, type SeriesOptions, withSeries as seriesHarness, storedStatus } from '../../dev/harness';
import type { Book } from '../../src/core/link';
import { docLink, type LinkIdentity } from '../../src/core/marks';
import { parseDoc } from '../../src/core/parse';
import type { RunStatus } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';

export { ANA, BEN, calendarFor } from '../../dev/harness';

export const DIST = path.resolve(__dirname, '../../dist');

let bundle: string | undefined;
export function builtCode(): string {
  bundle ??= readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  return bundle;
}

export function bodyText(doc: Document): string {
  const content = doc.tabs?.[0]?.documentTab?.body?.content ?? doc.body?.content ?? [];
  let text = '';
  for (const element of content)
    for (const part of element.paragraph?.elements ?? [])
      text += part.textRun?.content ?? (part.person ? '\uE907' : '');
  return text;
}

/** True when every character of `before` survives in `after`, in order: nothing the user wrote was deleted. */
export function keepsAllText(before: string, after: string): boolean {
  let i = 0;
  for (let j = 0; j < after.length && i < before.length; j++) if (before[i] === after[j]) i++;
  return i === before.length;
}

export function setUp(doc: Document, state: Partial<WorldState> = {}, calendar?: CalendarEngine) {
  return createHarness(builtCode(), doc, state, calendar);
}

export function withSeries(state: Partial<WorldState> = {}, options: SeriesOptions = {}, doc?: Document) {
  return seriesHarness(builtCode(), state, options, doc);
}

type WithProps = { world: { state: WorldState }; documentId: string };

/** A user's record of a Doc as stored (src/core/link.ts, Book): what their trigger and sidebar keep of it. */
export function bookOf(env: WithProps, user = 'ana@example.com', documentId = env.documentId): Book | undefined {
  const raw = env.world.state.userProperties[user]?.[`doc:${documentId}`];
  return raw ? (JSON.parse(raw) as Book) : undefined;
}

/** The last run's or action's status in a user's record of a Doc, as the sidebar's Status panel shows it. */
export function statusOf(env: WithProps, user = 'ana@example.com', documentId = env.documentId): RunStatus | undefined {
  return storedStatus(env.world.state.userProperties[user], documentId) as RunStatus | undefined;
}

/** What the Doc's own mark states about its link (src/core/marks.ts), or undefined when it states none or nonsense. */
export function markOf(env: { read(): Document }): LinkIdentity | undefined {
  const link = docLink(parseDoc(env.read()));
  return link.kind === 'one' ? link.identity : undefined;
}
