// Apps Script's global services (Docs, PropertiesService, DocumentApp, …) for Node, backed by the in-memory engines and a simulated clock.
import manifest from '../appsscript.json';
import type { CalendarEngine } from './calendarEngine';
import type { DocsEngine } from './docsEngine';

/**
 * PropertiesService's limits as measured, not as the quotas page states them (9 KB a value): a value holds at most
 * 8,066 bytes of UTF-8 (tanaike, "Report: Specification of Properties Service for Google Apps Script", 2023), and the
 * store's 500 KB counts keys as well as values (docs/PLATFORM.md, PropertiesService).
 */
export const PROPERTY_VALUE_LIMIT = 8066;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export interface CallCounts {
  docsGet: number;
  docsBatchUpdate: number;
  /** Every Calendar call, each page its own. */
  calendar: number;
  /** Calendar reads: a list or instances call without a page token, with the pages that follow it, counts once. */
  calendarReads: number;
  sharing: number;
}

/** PropertiesService reads (getProperty, getProperties, getKeys) and writes (set…, delete…), any store. */
export interface PropertyCalls {
  reads: number;
  writes: number;
}

/**
 * `Session.getScriptTimeZone()` "Gets the time zone of the script": the manifest's `timeZone`, the same for every user
 * of an add-on (docs/PLATFORM.md, Time zones). The user's own zone reaches the server only from the sidebar or Calendar.
 */
export const SCRIPT_TIME_ZONE: string = manifest.timeZone;
/** Every scope the current version asks for: a user who granted fewer must open the sidebar once to allow the rest. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** Everything the fake services keep, as plain JSON so the playground can save it. */
export interface WorldState {
  /** The simulated clock, ms since epoch. */
  now: number;
  activeUser: string;
  /** Each user's account language as Session gives it ("de", "pt_BR"); "en" for a user not listed. */
  locales?: Record<string, string>;
  /**
   * Set while an entry point runs before the add-on is authorised (an onOpen in AuthMode.NONE): Session then refuses
   * what needs authorisation, the account's language among it (UNCONFIRMED, docs/PLATFORM.md).
   */
  unauthorised?: boolean;
  /** The document the user has open; null inside a trigger, where there is no active document. */
  activeDocumentId: string | null;
  documentProperties: Record<string, Record<string, string>>;
  userProperties: Record<string, Record<string, string>>;
  scriptProperties: Record<string, string>;
  /** When false, LockService hands out no document lock (tryLock fails), as when another run holds it. */
  lockAvailable: boolean;
  /** When false, the user lock is held by another execution of the same user (their other trigger, say). */
  userLockAvailable: boolean;
  /** Installable triggers of every user, as ScriptApp keeps them. */
  triggers: TriggerRecord[];
  nextTriggerNumber: number;
  /**
   * Editor add-ons may not create calendar triggers (docs/PLATFORM.md, Triggers): refused by default. A container-bound
   * script may; that is this option, not the default.
   */
  calendarTriggersAllowed: boolean;
  /**
   * Users who have not yet granted a scope the current version needs (a new version added one). Their triggers keep
   * firing and `ScriptApp.getAuthorizationInfo(FULL)` answers REQUIRED until they open the add-on and allow it.
   */
  authorizationRequired: string[];
  /** Installable triggers are not supported while an add-on is in test mode. */
  installableTriggersAllowed: boolean;
  /**
   * Whether PropertiesService.getDocumentProperties() answers inside a trigger (UNCONFIRMED for add-ons): when it does,
   * it is the store of the Doc that holds the trigger, whichever Doc the run works on.
   */
  documentPropertiesInTriggers: boolean;
  /** The trigger being run, if any: then there is no active document. */
  runningTrigger: TriggerRecord | null;
  /** Who each Doc is shared with, beyond its owner: what Document.getEditors() and getViewers() answer. */
  sharing: Record<string, { editors: string[]; viewers: string[] }>;
  /** Docs each user can no longer open (access taken away): the Docs service answers them 403. */
  forbidden: Record<string, string[]>;
}

export interface TriggerRecord {
  uid: string;
  user: string;
  documentId: string;
  handler: string;
  kind: 'CLOCK' | 'ON_EVENT_UPDATED';
  calendarId?: string;
}

/** Apps Script's documented limit (developers.google.com/apps-script/guides/services/quotas): 20 triggers per user per script. */
export const TRIGGERS_PER_USER = 20;

export interface World {
  state: WorldState;
  docs: DocsEngine;
  calendar?: CalendarEngine;
  calls: CallCounts;
  propertyCalls: PropertyCalls;
  /** What the code shown in the UI did: menus built, sidebars opened, console lines. */
  ui: { menus: { title: string; items: [string, string][] }[]; sidebars: { title: string; html: string }[] };
  logs: string[];
  /** HTML files of the project by name, for HtmlService.createHtmlOutputFromFile. */
  files: Record<string, string>;
  /** Injected failures: a hook returning an error makes that call throw it instead of reaching the engine. */
  faults: Faults;
}

export interface Faults {
  calendar?: (method: 'list' | 'instances' | 'get') => Error | undefined;
  docs?: (method: 'get' | 'batchUpdate', documentId: string) => Error | undefined;
  /** A write to a property store refused whatever its size (a store full beyond what the add-on may drop). */
  properties?: (store: 'user' | 'document' | 'script') => Error | undefined;
}

/**
 * An error as Apps Script's advanced services throw it: "API call to <service> failed with error: <message>", with
 * the HTTP status under `details` and, given a reason, the API's `errors: [{domain, reason, message}]` (the Calendar
 * API's error body, https://developers.google.com/calendar/api/guides/errors). The add-on classifies by code and
 * reason; the message alone is what it must not depend on.
 */
export function apiError(service: string, code: number, message: string, reason?: string, domain = 'global'): Error {
  const error = new Error(`API call to ${service} failed with error: ${message}`) as Error & {
    details: { code: number; message: string; errors?: { domain: string; reason: string; message: string }[] };
  };
  error.details = { code, message, ...(reason ? { errors: [{ domain, reason, message }] } : {}) };
  return error;
}

export function createWorldState(overrides: Partial<WorldState> = {}): WorldState {
  return {
    now: Date.UTC(2026, 10, 23, 14, 0),
    activeUser: 'ana@example.com',
    activeDocumentId: null,
    documentProperties: {},
    userProperties: {},
    scriptProperties: {},
    lockAvailable: true,
    userLockAvailable: true,
    triggers: [],
    nextTriggerNumber: 1,
    calendarTriggersAllowed: false,
    authorizationRequired: [],
    installableTriggersAllowed: true,
    documentPropertiesInTriggers: true,
    runningTrigger: null,
    sharing: {},
    forbidden: {},
    ...overrides,
  };
}

export function createWorld(
  docs: DocsEngine,
  state: WorldState,
  files: Record<string, string> = {},
  calendar?: CalendarEngine,
): World {
  return {
    state,
    docs,
    ...(calendar ? { calendar } : {}),
    calls: { docsGet: 0, docsBatchUpdate: 0, calendar: 0, calendarReads: 0, sharing: 0 },
    propertyCalls: { reads: 0, writes: 0 },
    ui: { menus: [], sidebars: [] },
    logs: [],
    files,
    faults: {},
  };
}

/** Apps Script passes service results by value; a JSON copy also keeps the caller's realm out of the engine's data. */
const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/**
 * The quotas page gives "9kB / val" and "500kB / property store": bytes, so a value of Japanese or emoji text holds a
 * third or a quarter of what its UTF-16 length suggests. Keys count toward the store (UNCONFIRMED: the less
 * convenient reading).
 */
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * HtmlService's HtmlOutput (/apps-script/reference/html/html-output), the part the add-on uses: its content read and
 * replaced as a plain string, and its title. The content is served as it is: nothing here parses or fixes it.
 */
function htmlOutput(initial: string) {
  let content = initial;
  let title = '';
  const output = {
    getContent: () => content,
    setContent(html: string) {
      content = String(html);
      return output;
    },
    setTitle(t: string) {
      title = t;
      return output;
    },
    getTitle: () => title,
  };
  return output;
}

function propertiesStore(map: Record<string, string>, calls: PropertyCalls, refused: () => Error | undefined) {
  const refuse = () => {
    const fault = refused();
    if (fault) throw fault;
  };
  const size = () => Object.entries(map).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
  const put = (key: string, value: string) => {
    const text = String(value);
    if (bytes(text) > PROPERTY_VALUE_LIMIT) throw new Error('Exception: Argument too large: value');
    const previous = map[key];
    map[key] = text;
    if (size() > PROPERTY_STORE_LIMIT) {
      if (previous === undefined) delete map[key];
      else map[key] = previous;
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  };
  const store = {
    getProperty: (key: string) => {
      calls.reads++;
      // Only own string values: a key like "constructor" must not find Object.prototype's.
      const value = map[key];
      return typeof value === 'string' ? value : null;
    },
    getProperties: () => {
      calls.reads++;
      return { ...map };
    },
    getKeys: () => {
      calls.reads++;
      return Object.keys(map);
    },
    setProperty(key: string, value: string) {
      calls.writes++;
      refuse();
      put(key, value);
      return store;
    },
    /**
     * One call, whatever the number of keys. Whether it is atomic is not documented (UNCONFIRMED): the less convenient
     * reading is modelled, keys written in order until one is refused, which throws and leaves the earlier ones set.
     */
    setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
      calls.writes++;
      refuse();
      if (deleteAllOthers) for (const k of Object.keys(map)) if (!(k in values)) delete map[k];
      for (const [k, v] of Object.entries(values)) put(k, v);
      return store;
    },
    deleteProperty(key: string) {
      calls.writes++;
      refuse();
      delete map[key];
      return store;
    },
    deleteAllProperties() {
      calls.writes++;
      refuse();
      for (const k of Object.keys(map)) delete map[k];
      return store;
    },
  };
  return store;
}

/** The Docs engine's errors as the advanced service throws them: Google's message behind a prefix, the code in details. */
function asServiceError<T>(service: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number') throw apiError(service, code, (error as Error).message);
    throw error;
  }
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

/**
 * DocumentApp's Document, as far as the add-on uses it. Reading its sharing counts as one look-up per Document
 * object, whichever getter comes first (how Apps Script fetches the list is not documented).
 */
function activeDocument(world: World, id: string) {
  let looked = false;
  const sharing = () => {
    if (!looked) world.calls.sharing++;
    looked = true;
    return world.state.sharing[id] ?? { editors: [], viewers: [] };
  };
  const users = (emails: string[]) => emails.map((email) => ({ getEmail: () => email }));
  return {
    getId: () => id,
    getEditors: () => users([world.state.activeUser, ...sharing().editors]),
    getViewers: () => users(sharing().viewers),
  };
}

function triggerObject(record: TriggerRecord) {
  return {
    getUniqueId: () => record.uid,
    getHandlerFunction: () => record.handler,
    getEventType: () => record.kind,
    getTriggerSource: () => (record.kind === 'CLOCK' ? 'CLOCK' : 'CALENDAR'),
    getTriggerSourceId: () => record.calendarId ?? null,
  };
}

/**
 * ScriptApp's trigger calls with the editor add-on rules (developers.google.com/workspace/add-ons/concepts/editor-triggers):
 * one trigger of each kind per user per document, time-driven at most hourly, and calendar triggers only where allowed.
 */
function scriptApp(world: World) {
  const { state } = world;
  const create = (handler: string, kind: TriggerRecord['kind'], calendarId?: string) => {
    const documentId = state.activeDocumentId;
    if (!documentId)
      throw new Error('Exception: Add-ons can only create triggers for the file in which the add-on is used.');
    // The wording is ours; the rule is the editor-triggers guide's.
    if (!state.installableTriggersAllowed)
      throw new Error('Exception: Installable triggers are not supported for add-ons in test mode.');
    const mine = state.triggers.filter((t) => t.user === state.activeUser);
    if (mine.length >= TRIGGERS_PER_USER)
      throw new Error(
        'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    if (mine.some((t) => t.documentId === documentId && t.kind === kind))
      throw new Error(
        `Exception: This add-on has created too many ${kind === 'CLOCK' ? 'time-based' : 'calendar'} triggers in this document for this Google user account.`,
      );
    const record: TriggerRecord = {
      uid: String(state.nextTriggerNumber++),
      user: state.activeUser,
      documentId,
      handler,
      kind,
      ...(calendarId ? { calendarId } : {}),
    };
    state.triggers.push(record);
    return triggerObject(record);
  };
  return {
    newTrigger(handler: string) {
      return {
        timeBased: () => ({
          // UNCONFIRMED list of accepted intervals (as remembered from the Apps Script editor); the add-on uses 1.
          everyHours(n: number) {
            if (![1, 2, 4, 6, 8, 12].includes(n))
              throw new Error('Exception: The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
            return { create: () => create(handler, 'CLOCK') };
          },
        }),
        forUserCalendar(email: string) {
          return {
            onEventUpdated: () => ({
              create() {
                if (!state.calendarTriggersAllowed)
                  throw new Error('Exception: Calendar triggers are not supported for editor add-ons.');
                if (email !== state.activeUser) throw new Error(`Exception: Cannot access the calendar of ${email}.`);
                return create(handler, 'ON_EVENT_UPDATED', email);
              },
            }),
          };
        },
      };
    },
    getUserTriggers(doc: { getId(): string }) {
      const id = doc.getId();
      return state.triggers.filter((t) => t.user === state.activeUser && t.documentId === id).map(triggerObject);
    },
    /**
     * "Gets all installable triggers associated with the current project and current user": for an add-on, the
     * project is the add-on, so this spans every Doc (docs/PLATFORM.md, Triggers; UNCONFIRMED for add-ons).
     */
    getProjectTriggers() {
      return state.triggers.filter((t) => t.user === state.activeUser).map(triggerObject);
    },
    /** REQUIRED while the user has not granted every scope of the current version (editor-triggers guide). */
    getAuthorizationInfo(mode: string) {
      if (mode !== 'FULL' && mode !== 'LIMITED') throw new Error(`Exception: Invalid argument: authMode`);
      const required = state.authorizationRequired.includes(state.activeUser);
      return {
        getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () => (required ? 'https://script.google.com/macros/d/addon/authorize' : null),
        getAuthorizedStorages: () => [],
      };
    },
    AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' },
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      const uid = trigger.getUniqueId();
      const index = state.triggers.findIndex((t) => t.uid === uid && t.user === state.activeUser);
      if (index >= 0) state.triggers.splice(index, 1);
    },
    EventType: { CLOCK: 'CLOCK', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' },
    TriggerSource: { CLOCK: 'CLOCK', CALENDAR: 'CALENDAR' },
  };
}

/** The Calendar advanced service over the engine, as seen by the active user ("primary" is their own calendar). */
function calendarService(world: World) {
  type Method = 'list' | 'instances' | 'get';
  /**
   * The engine's API errors (and injected ones made by calendarFaults) as Apps Script throws them: the message
   * prefixed with the method, `details` with the code, message and errors. Errors already in that form pass as they are.
   */
  const calendarError = (method: Method, error: unknown): unknown => {
    const e = error as { message?: unknown; details?: { code?: unknown; message?: unknown; errors?: unknown } } | null;
    const details = e?.details;
    if (typeof e?.message !== 'string' || e.message.startsWith('API call to ') || typeof details?.code !== 'number')
      return error;
    const message = typeof details.message === 'string' ? details.message : e.message;
    const wrapped = apiError(`calendar.events.${method}`, details.code, message) as Error & {
      details: { errors?: unknown };
    };
    if (Array.isArray(details.errors)) wrapped.details.errors = copy(details.errors);
    return wrapped;
  };
  const call = <T>(method: Method, run: (engine: CalendarEngine) => T, args?: object): T => {
    world.calls.calendar++;
    if (!(args as { pageToken?: unknown } | undefined)?.pageToken) world.calls.calendarReads++;
    try {
      const fault = world.faults.calendar?.(method);
      if (fault) throw fault;
      if (!world.calendar) throw apiError(`calendar.events.${method}`, 404, 'Not Found', 'notFound');
      return copy(run(world.calendar));
    } catch (error) {
      throw calendarError(method, error);
    }
  };
  const resolve = (calendarId: string) => (calendarId === 'primary' ? world.state.activeUser : calendarId);
  return {
    Events: {
      list: (calendarId: string, args?: object) =>
        call('list', (engine) => engine.list(resolve(calendarId), copy(args) as never), args),
      instances: (calendarId: string, eventId: string, args?: object) =>
        call('instances', (engine) => engine.instances(resolve(calendarId), eventId, copy(args) as never), args),
      get: (calendarId: string, eventId: string, args?: object) =>
        call('get', (engine) => engine.get(resolve(calendarId), eventId, copy(args) as never), args),
    },
  };
}

/**
 * Runs an installed trigger the way Apps Script does: as the user who installed it, with no active document, and
 * with the event object its kind receives.
 */
export function fireTrigger(world: World, call: (name: string, ...args: unknown[]) => unknown, uid: string): void {
  const { state } = world;
  const record = state.triggers.find((t) => t.uid === uid);
  if (!record) throw new Error(`No trigger ${uid}`);
  const saved = { user: state.activeUser, doc: state.activeDocumentId, running: state.runningTrigger };
  state.activeUser = record.user;
  state.activeDocumentId = null;
  state.runningTrigger = record;
  const event =
    record.kind === 'CLOCK'
      ? { authMode: 'FULL', triggerUid: uid, timezone: 'UTC' }
      : { authMode: 'FULL', triggerUid: uid, calendarId: record.calendarId };
  try {
    call(record.handler, event);
  } finally {
    state.activeUser = saved.user;
    state.activeDocumentId = saved.doc;
    state.runningTrigger = saved.running;
  }
}

/**
 * The add-on is removed from a Doc (or the Doc is deleted): its installable triggers there go with it, for every user.
 * (What Google does with a deleted Doc's triggers is not documented; losing them is the less convenient case.)
 */
export function removeAddOnFrom(world: World, documentId: string): void {
  world.state.triggers = world.state.triggers.filter((t) => t.documentId !== documentId);
  delete world.state.documentProperties[documentId];
}

/**
 * A Doc is deleted (moved to the bin and emptied): the Docs service answers 404 for it, and its triggers go with it,
 * the less convenient of the undocumented outcomes (docs/PLATFORM.md, Triggers).
 */
export function deleteDocument(world: World, documentId: string): void {
  world.docs.remove(documentId);
  removeAddOnFrom(world, documentId);
}

/**
 * `user` can no longer open the Doc: the Docs service answers 403, and their triggers in it stop (what Google does
 * with them is not documented; stopping is the less convenient outcome).
 */
export function loseAccess(world: World, user: string, documentId: string): void {
  world.state.forbidden[user] = [...(world.state.forbidden[user] ?? []), documentId];
  world.state.triggers = world.state.triggers.filter((t) => !(t.user === user && t.documentId === documentId));
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
  const forbidden = (method: 'get' | 'batchUpdate', documentId: string) =>
    state.forbidden[state.activeUser]?.includes(documentId)
      ? apiError(`docs.documents.${method}`, 403, 'The caller does not have permission')
      : undefined;
  /** A lock as LockService hands it out: `available` false stands for another execution holding it. */
  const lock = (available: () => boolean) => {
    let held = false;
    return {
      tryLock: () => {
        held = available();
        return held;
      },
      waitLock: () => {
        if (!available())
          throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
        held = true;
      },
      hasLock: () => held,
      releaseLock: () => {
        held = false;
      },
    };
  };
  return {
    Docs: {
      Documents: {
        get(documentId: string, optionalArgs?: { includeTabsContent?: boolean }) {
          world.calls.docsGet++;
          const fault = world.faults.docs?.('get', documentId) ?? forbidden('get', documentId);
          if (fault) throw fault;
          return asServiceError('docs.documents.get', () => copy(world.docs.get(documentId, copy(optionalArgs))));
        },
        batchUpdate(resource: unknown, documentId: string) {
          world.calls.docsBatchUpdate++;
          const fault = world.faults.docs?.('batchUpdate', documentId) ?? forbidden('batchUpdate', documentId);
          if (fault) throw fault;
          return asServiceError('docs.documents.batchUpdate', () =>
            copy(world.docs.batchUpdate(copy(resource) as never, documentId)),
          );
        },
      },
    },
    PropertiesService: {
      getDocumentProperties() {
        const inTrigger =
          state.runningTrigger && state.documentPropertiesInTriggers ? state.runningTrigger.documentId : null;
        const id = state.activeDocumentId ?? inTrigger;
        if (!id) return null;
        state.documentProperties[id] ??= {};
        return propertiesStore(state.documentProperties[id]!, world.propertyCalls, () =>
          world.faults.properties?.('document'),
        );
      },
      getUserProperties() {
        state.userProperties[state.activeUser] ??= {};
        return propertiesStore(state.userProperties[state.activeUser]!, world.propertyCalls, () =>
          world.faults.properties?.('user'),
        );
      },
      getScriptProperties: () =>
        propertiesStore(state.scriptProperties, world.propertyCalls, () => world.faults.properties?.('script')),
    },
    DocumentApp: {
      getActiveDocument: () => (state.activeDocumentId ? activeDocument(world, state.activeDocumentId) : null),
      getUi: () => ({
        createAddonMenu: () => menu('1:1 Companion'),
        createMenu: (title: string) => menu(title),
        showSidebar(html: { getTitle(): string; getContent(): string }) {
          world.ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
          // Opening the add-on is where Google asks the user for the scopes a new version added.
          state.authorizationRequired = state.authorizationRequired.filter((user) => user !== state.activeUser);
        },
      }),
    },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const content = world.files[name];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return htmlOutput(content);
      },
      createHtmlOutput: (html = '') => htmlOutput(String(html)),
    },
    LockService: {
      /** Null outside a containing document (the lock-service reference), as inside a trigger. */
      getDocumentLock() {
        if (!state.activeDocumentId) return null;
        return lock(() => state.lockAvailable);
      },
      /** Per user, in triggers too. */
      getUserLock: () => lock(() => state.userLockAvailable !== false),
    },
    ScriptApp: scriptApp(world),
    Calendar: calendarService(world),
    Session: {
      getScriptTimeZone: () => SCRIPT_TIME_ZONE,
      getActiveUser: () => ({ getEmail: () => state.activeUser }),
      getActiveUserLocale: () => {
        if (state.unauthorised)
          throw new Error('Exception: You do not have permission to call Session.getActiveUserLocale.');
        return state.locales?.[state.activeUser] ?? 'en';
      },
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
