// A stand-in for the browser side of google.script.run, injected into the sidebar page the playground serves, with the simulated clock and zone.
//
// It keeps the real API's shape (withSuccessHandler / withFailureHandler / withUserObject return a new runner; any
// other name calls that server function), so the unchanged dist/Sidebar.html runs against the playground. Served as
// is, before the sidebar's own script.
//
// The sidebar reads "now" from Date (Date.now, `new Date()`) and the user's zone from Intl (the default zone of
// Intl.DateTimeFormat, which src/sidebar/rpc.ts sends with every call). In Docs both are the person's own. Here they
// must be the simulated world's, or a meeting tomorrow reads "7 days ago": so this script sets the frame's Date and
// Intl.DateTimeFormat to the simulated clock and zone, and every answer of the playground server moves them on. The
// sidebar's code is unchanged. Date's local-time getters (getFullYear, getDate, getHours…, getTimezoneOffset) and
// `new Date(y, m, d…)` read wall time in the simulated zone too; the local setters (setHours…) and Date's own
// toString still use the machine's zone.
//
// On Google each google.script.run call is a network round trip into a fresh execution: a second or more
// (docs/PLATFORM.md, HtmlService and google.script.run). The playground's server answers at once, which would hide what a
// person sees while a call is out ("Saving…", "As of …, refreshing…", a write sent again). So every call waits a
// simulated round trip before the server runs it (Apps Script's start-up and the service calls come before a write
// lands), and its answer then comes back at once. The page sets the round trip (its toolbar; the frame's `delay` query
// parameter, in ms, at first) and can have the next answer lost on its way back, as a dropped connection loses it:
// the call did run, and the sidebar hears "NetworkError", as from Google.
//
// The sidebar speaks the browser's language (navigator.languages). The frame's `lang` query parameter (`?lang=de`)
// stands in for a browser set to that language: navigator.languages and navigator.language say it, and nothing else
// changes, so the sidebar chooses its catalog and formats its dates as it would in that browser.

/** The message the sidebar frame posts to the playground page after each call, so the Doc view refreshes. */
export const RPC_MESSAGE_SOURCE = 'one-on-one-companion-playground';

/** The simulated round trip of a google.script.run call, in ms: its default, and the most the toolbar offers. */
export const ROUND_TRIP = { defaultMs: 1000, maxMs: 3000 } as const;

/** What a lost connection says to google.script.run's failure handler (docs/PLATFORM.md, HtmlService). */
export const LOST_ANSWER = 'NetworkError: Connection failure due to HTTP 0';

/** The simulated clock (ms) and the simulated user's IANA zone, as the page starts with them. */
export interface SimulatedTime {
  now: number;
  timeZone: string;
}

/** The shim for one page: `time` is where the frame's clock starts; from there it runs at real speed until the next answer. */
export function scriptRunShim(time: SimulatedTime): string {
  return `
(function () {
  'use strict';
  ${SIMULATED_TIME}
  simulateTime(${JSON.stringify({ now: time.now, timeZone: time.timeZone })});
  ${BROWSER_LANGUAGE}
  ${SCRIPT_RUN}
})();
`;
}

/**
 * Date and Intl.DateTimeFormat on the simulated clock and zone. The clock runs from the last value set, so durations
 * measured with Date stay right; options that name a zone keep it.
 */
const SIMULATED_TIME = `
  var RealDate = Date;
  var RealDateTimeFormat = Intl.DateTimeFormat;
  var realNow = RealDate.now;
  var sim = { base: realNow(), at: realNow(), timeZone: undefined };
  function simulatedNow() { return sim.base + (realNow() - sim.at); }
  function simulateTime(time) {
    if (!time) return;
    if (typeof time.now === 'number' && isFinite(time.now)) { sim.base = time.now; sim.at = realNow(); }
    if (typeof time.timeZone === 'string' && time.timeZone) sim.timeZone = time.timeZone;
  }
  function withZone(options) {
    if (options !== undefined && options !== null && Object(options).timeZone !== undefined) return options;
    var copy = Object.assign({}, options === undefined || options === null ? {} : Object(options));
    if (sim.timeZone) copy.timeZone = sim.timeZone;
    return copy;
  }
  var WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var partsFormat = null;
  var partsZone = null;
  /** The wall time of an instant in the simulated zone, or null while no zone is set. */
  function wallTime(ms) {
    if (!sim.timeZone || !isFinite(ms)) return null;
    if (partsZone !== sim.timeZone) {
      partsFormat = new RealDateTimeFormat('en-US', {
        timeZone: sim.timeZone, hourCycle: 'h23', weekday: 'short',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
      });
      partsZone = sim.timeZone;
    }
    var p = {};
    partsFormat.formatToParts(new RealDate(ms)).forEach(function (part) { p[part.type] = part.value; });
    return {
      year: Number(p.year), month: Number(p.month) - 1, day: Number(p.day), hour: Number(p.hour) % 24,
      minute: Number(p.minute), second: Number(p.second), weekday: WEEKDAYS.indexOf(p.weekday)
    };
  }
  /** Minutes to add to the simulated zone's wall time to get UTC, as getTimezoneOffset answers. */
  function offsetAt(ms) {
    var w = wallTime(ms);
    var whole = ms - (((ms % 1000) + 1000) % 1000);
    return (whole - RealDate.UTC(w.year, w.month, w.day, w.hour, w.minute, w.second)) / 60000;
  }
  var GETTERS = {
    getFullYear: 'year', getMonth: 'month', getDate: 'day', getDay: 'weekday',
    getHours: 'hour', getMinutes: 'minute', getSeconds: 'second'
  };
  Object.keys(GETTERS).forEach(function (name) {
    var real = RealDate.prototype[name];
    RealDate.prototype[name] = function () {
      var w = wallTime(this.getTime());
      return w ? w[GETTERS[name]] : real.call(this);
    };
  });
  var realOffset = RealDate.prototype.getTimezoneOffset;
  RealDate.prototype.getTimezoneOffset = function () {
    var ms = this.getTime();
    return sim.timeZone && isFinite(ms) ? offsetAt(ms) : realOffset.call(this);
  };
  /** new Date(y, m, d, h…): that wall time in the simulated zone (the offset read twice, for a DST change between). */
  function fromWallTime(args) {
    var guess = RealDate.UTC.apply(null, args.length === 1 ? [args[0], 0] : args);
    var at = guess + offsetAt(guess) * 60000;
    return guess + offsetAt(at) * 60000;
  }
  function SimulatedDate() {
    var args = Array.prototype.slice.call(arguments);
    // Date() called as a function gives the current time as a string.
    if (!new.target) return new RealDate(simulatedNow()).toString();
    if (args.length === 0) args = [simulatedNow()];
    else if (args.length > 1 && sim.timeZone && args.every(function (a) { return typeof a === 'number'; }))
      args = [fromWallTime(args)];
    return Reflect.construct(RealDate, args, new.target);
  }
  SimulatedDate.prototype = RealDate.prototype;
  SimulatedDate.now = simulatedNow;
  SimulatedDate.parse = RealDate.parse;
  SimulatedDate.UTC = RealDate.UTC;
  window.Date = SimulatedDate;
  function SimulatedDateTimeFormat(locales, options) {
    return new RealDateTimeFormat(locales, withZone(options));
  }
  SimulatedDateTimeFormat.prototype = RealDateTimeFormat.prototype;
  SimulatedDateTimeFormat.supportedLocalesOf = RealDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = SimulatedDateTimeFormat;
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (name) {
    var real = RealDate.prototype[name];
    RealDate.prototype[name] = function (locales, options) { return real.call(this, locales, withZone(options)); };
  });
  window.__playgroundTime = { now: simulatedNow, timeZone: function () { return sim.timeZone; } };
`;

/** `?lang=<tag>` on the frame's address: the browser's preferred languages, as a browser set to that one has them. */
const BROWSER_LANGUAGE = `
  (function () {
    var asked = new URLSearchParams((window.location && window.location.search) || '').get('lang');
    var tag;
    try { tag = asked ? Intl.getCanonicalLocales(asked)[0] : undefined; } catch (e) { tag = undefined; }
    if (!tag || typeof navigator === 'undefined') return;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: function () { return [tag]; } });
    Object.defineProperty(navigator, 'language', { configurable: true, get: function () { return tag; } });
  })();
`;

const SCRIPT_RUN = `
  /** Whole ms from 0 to the most the toolbar offers; anything else is the default. */
  function roundTrip(value) {
    var ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return isFinite(ms) && ms >= 0 && ms <= ${ROUND_TRIP.maxMs} ? Math.round(ms) : ${ROUND_TRIP.defaultMs};
  }
  var transport = {
    roundTripMs: roundTrip(new URLSearchParams((window.location && window.location.search) || '').get('delay')),
    loseNext: false
  };
  function notifyParent(name) {
    try {
      if (window.parent && window.parent !== window)
        window.parent.postMessage({ source: ${JSON.stringify(RPC_MESSAGE_SOURCE)}, type: 'rpc', name: name }, window.location.origin);
    } catch (e) {}
  }
  // The page moves the clock without reloading the sidebar (what is typed in it stays): it says so here.
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || event.source !== window.parent) return;
    var data = event.data;
    if (!data || data.source !== ${JSON.stringify(RPC_MESSAGE_SOURCE)}) return;
    if (data.type === 'time') simulateTime(data.time);
    else if (data.type === 'round-trip') transport.roundTripMs = roundTrip(data.ms);
    else if (data.type === 'lose-next-answer') transport.loseNext = true;
  });
  function post(name, args) {
    return fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args)
    }).then(
      function (response) {
        return response.json().catch(function () {
          return { ok: false, error: 'The playground answered ' + response.status + ' for ' + name + '.' };
        });
      },
      // As from Google when the connection fails: the sidebar may send a write again.
      function (e) { return { ok: false, error: 'NetworkError: the playground server is not reachable (' + e.message + ')' }; }
    );
  }
  function invoke(name, args, handlers) {
    // Serialised now, as google.script.run does: what the page changes in its arguments later is not sent.
    var sent = JSON.parse(JSON.stringify(args));
    new Promise(function (resolve) { setTimeout(resolve, transport.roundTripMs); })
      .then(function () { return post(name, sent); })
      .then(function (answer) {
        // The simulated time as the server had it when it answered: the sidebar renders the answer on that clock.
        simulateTime(answer && answer.time);
        notifyParent(name);
        if (transport.loseNext) {
          transport.loseNext = false;
          answer = { ok: false, error: ${JSON.stringify(LOST_ANSWER)} };
        }
        if (answer && answer.ok) {
          if (handlers.success) handlers.success(answer.value, handlers.userObject);
        } else {
          var error = new Error((answer && answer.error) || 'Unknown error');
          if (handlers.failure) handlers.failure(error, handlers.userObject);
          else console.error(error);
        }
      });
  }
  var OWN = { withSuccessHandler: 1, withFailureHandler: 1, withUserObject: 1 };
  function runner(handlers) {
    var chain = {
      withSuccessHandler: function (fn) { return runner({ success: fn, failure: handlers.failure, userObject: handlers.userObject }); },
      withFailureHandler: function (fn) { return runner({ success: handlers.success, failure: fn, userObject: handlers.userObject }); },
      withUserObject: function (obj) { return runner({ success: handlers.success, failure: handlers.failure, userObject: obj }); }
    };
    return new Proxy(chain, {
      get: function (target, name) {
        if (typeof name !== 'string') return undefined;
        if (OWN[name]) return target[name];
        // Not a thenable: awaiting a runner must not call a server function named "then".
        if (name === 'then') return undefined;
        return function () {
          invoke(name, Array.prototype.slice.call(arguments), handlers);
        };
      }
    });
  }
  var noop = function () {};
  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: { close: noop, setHeight: noop, setWidth: noop, editor: { focus: noop }, origin: window.location.origin }
  };
`;
