// A stand-in for the browser side of google.script.run, injected into the sidebar page the playground serves.
//
// It keeps the real API's shape (withSuccessHandler / withFailureHandler / withUserObject return a new runner; any
// other name calls that server function), so the unchanged dist/Sidebar.html runs against the playground. Written
// as ES5 text because it is served as is, before the sidebar's own script, to any browser.

/** The message the sidebar frame posts to the playground page after each call, so the Doc view refreshes. */
export const RPC_MESSAGE_SOURCE = 'one-on-one-companion-playground';

export const SCRIPT_RUN_SHIM = `
(function () {
  'use strict';
  function notifyParent(name) {
    try {
      if (window.parent && window.parent !== window)
        window.parent.postMessage({ source: ${JSON.stringify(RPC_MESSAGE_SOURCE)}, type: 'rpc', name: name }, window.location.origin);
    } catch (e) {}
  }
  function invoke(name, args, handlers) {
    fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args)
    })
      .then(function (response) {
        return response.json().catch(function () {
          return { ok: false, error: 'The playground answered ' + response.status + ' for ' + name + '.' };
        });
      })
      .then(
        function (answer) { return answer; },
        function (e) { return { ok: false, error: 'The playground server is not reachable (' + e.message + ').' }; }
      )
      .then(function (answer) {
        notifyParent(name);
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
})();
`;
