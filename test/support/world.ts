// Shared test set-up: an in-memory Doc, the fake Apps Script services over it, and the built Code.js loaded in the sandbox.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorldState } from '../../dev/appsScriptGlobals';
import type { CalendarEngine } from '../../dev/calendarEngine';
import { createHarness, type SeriesOptions, withSeries as seriesHarness } from '../../dev/harness';
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
