/* Runs last in the sandboxed player frame, after H5P core and the libraries.

   The frame has no origin of its own and no session, so it cannot send
   results to the server itself. It tells the lesson page instead, which
   checks each message and sends it with the learner's session:

   - {action: "xapi", statement}: every xAPI statement H5P emits;
   - {action: "state", state}: the player's state (to resume later), when it
     changes, every few seconds and when the frame is hidden;
   - {action: "height", height}: how tall the content is, when it changes;
   - {action: "ready"}: the content is running (the page then starts the
     next activity, so a 2G link is never split between two).

   H5P core's own resize messages ({context: "h5p"}) go to the page too. */
(function () {
  "use strict";

  var script = document.currentScript;
  var parentOrigin = script.getAttribute("data-parent-origin");
  var contentId = script.getAttribute("data-content-id");
  var CHECK_STATE_MS = 5000;
  var H5P = window.H5P;
  var content = (H5PIntegration.contents || {})["cid-" + contentId] || {};
  var lastState = ((content.contentUserData || [])[0] || {}).state;

  function tell(action, fields) {
    var message = { context: "elearn-h5p", action: action };
    Object.keys(fields || {}).forEach(function (key) { message[key] = fields[key]; });
    window.parent.postMessage(message, parentOrigin);
  }

  function currentState() {
    var instances = H5P.instances || [];
    for (var i = 0; i < instances.length; i++) {
      var instance = instances[i];
      if (String(instance.contentId) === contentId &&
          typeof instance.getCurrentState === "function") {
        var state = instance.getCurrentState();
        return state === undefined ? undefined : JSON.stringify(state);
      }
    }
    return undefined;
  }

  function reportState() {
    var state;
    try {
      state = currentState();
    } catch (error) {
      return;
    }
    if (state === undefined || state === lastState) return;
    lastState = state;
    tell("state", { state: state });
  }

  H5P.externalDispatcher.on("xAPI", function (event) {
    var statement = event && event.data && event.data.statement;
    if (statement) tell("xapi", { statement: JSON.parse(JSON.stringify(statement)) });
    // An answer usually changes the state: report it without waiting.
    setTimeout(reportState, 0);
  });

  /* The page sizes the frame to the content: report its height whenever it
     changes (an answer checked, feedback shown, an image loaded). */
  var lastHeight = 0;
  function reportHeight() {
    var content = document.querySelector(".h5p-content");
    if (!content) return;
    var height = Math.ceil(content.getBoundingClientRect().bottom + window.scrollY);
    if (height !== lastHeight) {
      lastHeight = height;
      tell("height", { height: height });
    }
  }
  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(document.querySelector(".h5p-content"));
  }
  setInterval(reportHeight, 1000);

  (function waitUntilRunning(waited) {
    if ((H5P.instances && H5P.instances.length) || waited > 60000) {
      tell("ready");
      return;
    }
    setTimeout(function () { waitUntilRunning(waited + 100); }, 100);
  })(0);

  // A choice made is state worth keeping at once: the learner may leave the
  // lesson the next moment, and the page cannot ask this frame for it then.
  ["click", "keyup", "change"].forEach(function (type) {
    document.addEventListener(type, function () { setTimeout(reportState, 0); }, true);
  });
  setInterval(reportState, CHECK_STATE_MS);
  document.addEventListener("visibilitychange", reportState);
  window.addEventListener("pagehide", reportState);
})();
