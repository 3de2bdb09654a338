// Apps Script's global services (Docs, PropertiesService, DocumentApp, …) for Node, backed by the in-memory engines and a simulated clock.
import type { DocsEngine } from './docsEngine';

/** Apps Script's documented PropertiesService limits (developers.google.com/apps-script/guides/services/quotas). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export interface CallCounts {
  docsGet: number;
  docsBatchUpdate: number;
  calendar: number;
  sharing: number;
}

/** Everything the fake services keep, as plain JSON so the playground can save it. */
export interface WorldState {
  timeZone: string;
  /** The simulated clock, ms since epoch. */
  now: number;
  activeUser: string;
  /** The document the user has open; null inside a trigger, where there is no active document. */
  activeDocumentId: string | null;
  documentProperties: Record<string, Record<string, string>>;
  userProperties: Record<string, Record<string, string>>;
  scriptProperties: Record<string, string>;
  /** When false, LockService hands out no lock (tryLock fails), as when another run holds it. */
  lockAvailable: boolean;
}

export interface World {
  state: WorldState;
  docs: DocsEngine;
  calls: CallCounts;
  /** What the code shown in the UI did: menus built, sidebars opened, console lines. */
  ui: { menus: { title: string; items: [string, string][] }[]; sidebars: { title: string; html: string }[] };
  logs: string[];
  /** HTML files of the project by name, for HtmlService.createHtmlOutputFromFile. */
  files: Record<string, string>;
}

export function createWorldState(overrides: Partial<WorldState> = {}): WorldState {
  return {
    timeZone: 'America/New_York',
    now: Date.UTC(2026, 10, 23, 14, 0),
    activeUser: 'ana@example.com',
    activeDocumentId: null,
    documentProperties: {},
    userProperties: {},
    scriptProperties: {},
    lockAvailable: true,
    ...overrides,
  };
}

export function createWorld(docs: DocsEngine, state: WorldState, files: Record<string, string> = {}): World {
  return {
    state,
    docs,
    calls: { docsGet: 0, docsBatchUpdate: 0, calendar: 0, sharing: 0 },
    ui: { menus: [], sidebars: [] },
    logs: [],
    files,
  };
}

/** Apps Script passes service results by value; a JSON copy also keeps the caller's realm out of the engine's data. */
const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function propertiesStore(map: Record<string, string>) {
  const size = () => Object.entries(map).reduce((n, [k, v]) => n + k.length + v.length, 0);
  const store = {
    getProperty: (key: string) => {
      // Only own string values: a key like "constructor" must not find Object.prototype's.
      const value = map[key];
      return typeof value === 'string' ? value : null;
    },
    getProperties: () => ({ ...map }),
    getKeys: () => Object.keys(map),
    setProperty(key: string, value: string) {
      const text = String(value);
      if (text.length > PROPERTY_VALUE_LIMIT) throw new Error('Exception: Argument too large: value');
      const previous = map[key];
      map[key] = text;
      if (size() > PROPERTY_STORE_LIMIT) {
        if (previous === undefined) delete map[key];
        else map[key] = previous;
        throw new Error(
          'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
        );
      }
      return store;
    },
    setProperties(values: Record<string, string>) {
      for (const [k, v] of Object.entries(values)) store.setProperty(k, v);
      return store;
    },
    deleteProperty(key: string) {
      delete map[key];
      return store;
    },
    deleteAllProperties() {
      for (const k of Object.keys(map)) delete map[k];
      return store;
    },
  };
  return store;
}

function pad(n: number, width = 2) {
  return String(n).padStart(width, '0');
}

/** Utilities.formatDate for the SimpleDateFormat letters the add-on uses: yyyy MM dd HH mm ss, and 'quoted' text. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const tokens: Record<string, string> = {
    yyyy: pad(Number(parts.year), 4),
    MM: parts.month!,
    dd: parts.day!,
    HH: pad(Number(parts.hour) % 24),
    mm: parts.minute!,
    ss: parts.second!,
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (match, quoted) =>
    quoted !== undefined ? quoted : tokens[match]!,
  );
}

/** The services Apps Script puts in the global scope, as far as the add-on uses them. */
export function appsScriptGlobals(world: World): Record<string, unknown> {
  const { state } = world;
  const log = (...args: unknown[]) => {
    world.logs.push(
      args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
    );
  };
  const menu = (title: string) => {
    const entry = { title, items: [] as [string, string][] };
    const builder = {
      addItem(caption: string, functionName: string) {
        entry.items.push([caption, functionName]);
        return builder;
      },
      addSeparator: () => builder,
      addToUi() {
        world.ui.menus.push(entry);
      },
    };
    return builder;
  };
  return {
    Docs: {
      Documents: {
        get(documentId: string, optionalArgs?: { includeTabsContent?: boolean }) {
          world.calls.docsGet++;
          return copy(world.docs.get(documentId, copy(optionalArgs)));
        },
        batchUpdate(resource: unknown, documentId: string) {
          world.calls.docsBatchUpdate++;
          return copy(world.docs.batchUpdate(copy(resource) as never, documentId));
        },
      },
    },
    PropertiesService: {
      getDocumentProperties() {
        const id = state.activeDocumentId;
        if (!id) return null;
        state.documentProperties[id] ??= {};
        return propertiesStore(state.documentProperties[id]!);
      },
      getUserProperties() {
        state.userProperties[state.activeUser] ??= {};
        return propertiesStore(state.userProperties[state.activeUser]!);
      },
      getScriptProperties: () => propertiesStore(state.scriptProperties),
    },
    DocumentApp: {
      getActiveDocument: () => (state.activeDocumentId ? { getId: () => state.activeDocumentId } : null),
      getUi: () => ({
        createAddonMenu: () => menu('1:1 Companion'),
        createMenu: (title: string) => menu(title),
        showSidebar(html: { getTitle(): string; getContent(): string }) {
          world.ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
        },
      }),
    },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const content = world.files[name];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        let title = '';
        const output = {
          setTitle(t: string) {
            title = t;
            return output;
          },
          getTitle: () => title,
          getContent: () => content,
        };
        return output;
      },
    },
    LockService: {
      getDocumentLock() {
        if (!state.activeDocumentId) return null;
        let held = false;
        return {
          tryLock: () => {
            held = state.lockAvailable;
            return held;
          },
          waitLock: () => {
            if (!state.lockAvailable)
              throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
            held = true;
          },
          hasLock: () => held,
          releaseLock: () => {
            held = false;
          },
        };
      },
    },
    Session: {
      getScriptTimeZone: () => state.timeZone,
      getActiveUser: () => ({ getEmail: () => state.activeUser }),
      getEffectiveUser: () => ({ getEmail: () => state.activeUser }),
    },
    Utilities: {
      formatDate: (date: Date, timeZone: string, pattern: string) =>
        formatDate(new Date(date.getTime()), timeZone, pattern),
    },
    Logger: { log },
    console: { log, info: log, warn: log, error: log },
  };
}
