// Lede report pages: records every error, console error and blocked request on the page
// itself (the <html> element's data-errors and data-blocked attributes), so that a reader and
// the browser test both see them. Runs before any library loads.
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = [], blocked = [];
  function note(list, attribute, text) {
    list.push(String(text));
    root.setAttribute(attribute, JSON.stringify(list));
  }
  root.setAttribute("data-errors", "[]");
  root.setAttribute("data-blocked", "[]");
  window.addEventListener("error", function (e) {
    note(errors, "data-errors", "error: " + (e.message || e.type) + (e.filename ? " (" + e.lineno + ")" : ""));
  });
  window.addEventListener("unhandledrejection", function (e) {
    note(errors, "data-errors", "unhandled rejection: " + (e.reason && e.reason.message || e.reason));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    note(blocked, "data-blocked", e.violatedDirective + " " + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    note(errors, "data-errors", "console.error: " + Array.prototype.join.call(arguments, " "));
    return consoleError.apply(console, arguments);
  };
  window.ledeNoteError = function (text) { note(errors, "data-errors", text); };
})();
