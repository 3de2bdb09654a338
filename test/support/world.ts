// Shared test set-up: an in-memory Doc, the fake Apps Script services over it, and the built Code.js loaded in the sandbox.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  appsScriptGlobals,
  createWorld,
  createWorldState,
  fireTrigger,
  type WorldState,
} from '../../src/engines/appsScriptGlobals';
import { type CalendarEngine, createCalendarEngine } from '../../src/engines/calendarEngine';
import { createDocsEngine } from '../../src/engines/docsEngine';
import { loadBundle } from '../../src/engines/sandbox';
import type { Document } from '../../src/types/docs-api';

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
  const docs = createDocsEngine();
  const documentId = docs.put(doc);
  const world = createWorld(
    docs,
    createWorldState({ activeDocumentId: documentId, ...state }),
    { Sidebar: '<!doctype html><title>sidebar</title>' },
    calendar,
  );
  const globals = appsScriptGlobals(world);
  const sandbox = loadBundle(builtCode(), globals, () => world.state.now);
  const read = () => docs.get(documentId, { includeTabsContent: true });
  /** Opens the Doc's sidebar as `email`: they are the active user, with the Doc active. */
  const as = (email: string) => {
    world.state.activeUser = email;
    world.state.activeDocumentId = documentId;
    world.state.runningTrigger = null;
  };
  const triggersOf = (email: string, handler?: string) =>
    world.state.triggers.filter((t) => t.user === email && (!handler || t.handler === handler));
  /** Fires every trigger of `email` with that handler, as Apps Script would. */
  const fire = (email: string, handler: 'onHourlyTick' | 'onCalendarEventUpdated') => {
    for (const t of triggersOf(email, handler)) fireTrigger(world, sandbox.call, t.uid);
  };
  return { docs, documentId, world, globals, sandbox, read, as, triggersOf, fire };
}

export const ANA = 'ana@example.com';
export const BEN = 'ben@example.com';

/** A calendar engine with Ana's and Ben's calendars, whose clock is the world's. */
export function calendarFor(now: () => number, timeZone = 'America/New_York'): CalendarEngine {
  const calendar = createCalendarEngine({ now });
  calendar.addCalendar(ANA, timeZone);
  calendar.addCalendar(BEN, timeZone);
  return calendar;
}
