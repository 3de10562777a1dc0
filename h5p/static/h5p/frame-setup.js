/* Runs first in the sandboxed player frame.

   - H5P core (frame.bundle.js, next) reads its settings from the global
     H5PIntegration, which the server wrote into the page as JSON (no inline
     script: the frame's policy allows none).
   - A frame without an origin has no localStorage or sessionStorage: reading
     them throws, and H5P core and some libraries read them while starting.
     They get a storage that lives as long as the frame instead (nothing a
     package keeps there can outlive the lesson or reach the next learner). */
(function () {
  "use strict";

  function MemoryStorage() {
    var items = {};
    return {
      get length() { return Object.keys(items).length; },
      key: function (index) { return Object.keys(items)[index] || null; },
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
    };
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) return;
    } catch (error) { /* sandboxed: replaced below */ }
    try {
      Object.defineProperty(window, name, { value: new MemoryStorage(), configurable: true });
    } catch (error) { /* left as it is */ }
  });

  var data = document.getElementById("h5p-integration");
  window.H5PIntegration = JSON.parse(data.textContent);
})();
