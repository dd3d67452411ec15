/**
 * `google.script.run` for dist/Sidebar.html outside Google: the same chainable runner (success and
 * failure handlers, user object, any other property = a server function), each call posted to the
 * playground server, which runs the top-level function of dist/Code.js. Calls are asynchronous and
 * their arguments and results cross as JSON, as in Apps Script. Injected before the page's script.
 */
export const GOOGLE_SCRIPT_SHIM = `<script>
(function () {
  // The endpoints that only read (getContext, listProjects, getProgress…): their replies leave the page as it is.
  var READS = /^(get|list)[A-Z]/;
  function call(name, args, ok, fail, user) {
    fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (!READS.test(name)) parent.postMessage({ type: 'gis:changed', name: name }, '*');
        if (res.ok) { if (ok) ok(res.value, user); }
        else if (fail) { var e = new Error(res.message); e.name = 'ScriptError'; fail(e, user); }
      })
      .catch(function (e) { if (fail) fail(new Error('NetworkError: ' + e.message), user); });
  }
  function runner(ok, fail, user) {
    return new Proxy({}, {
      get: function (_, prop) {
        if (prop === 'withSuccessHandler') return function (f) { return runner(f, fail, user); };
        if (prop === 'withFailureHandler') return function (f) { return runner(ok, f, user); };
        if (prop === 'withUserObject') return function (u) { return runner(ok, fail, u); };
        return function () { call(String(prop), Array.prototype.slice.call(arguments), ok, fail, user); };
      }
    });
  }
  window.google = { script: {
    run: runner(),
    host: {
      close: function () { parent.postMessage({ type: 'gis:close' }, '*'); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} }
    }
  } };
})();
</script>`;
