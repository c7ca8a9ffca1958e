// Live refresh: ask every few seconds whether the facilitator moved on, and
// reload then, unless the participant is typing or has something filled in.
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-state");
  var version = body.getAttribute("data-version");
  if (!url || !window.fetch) { return; }
  function busy() {
    var active = document.activeElement;
    if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) { return true; }
    var fields = document.querySelectorAll("textarea, input[type=text], input:not([type])");
    for (var i = 0; i < fields.length; i++) { if (fields[i].value) { return true; } }
    return false;
  }
  function check() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (state && state.version !== version && !busy()) { window.location.reload(); }
      })
      .catch(function () {});
  }
  window.setInterval(check, 4000);
})();
