/* The lesson page's side of its H5P activities.

   Each activity plays in its own frame with no origin of its own (sandbox
   without allow-same-origin, see h5p/player_views.py): a package's scripts
   cannot read this page, its cookies or the learner's session. The frame
   reports by postMessage; this page checks every message before acting on it:

   - it must come from one of our frames (event.source) with the origin a
     sandboxed frame has ("null", or the configured content origin);
   - an xAPI statement must be an object of bounded size about that frame's
     own activity; it gets an id here if it has none (H5P gives none), so a
     resend is a no-op on the server, and is POSTed with the learner's
     session and CSRF token (the server checks it all again);
   - saved state must be a string of bounded size.

   Frames load one after another: the next starts when the previous says it
   is running (or after a while), so a 2G link is never split between them.

   A statement that cannot be sent (no network, 5xx, signed out) waits in
   localStorage and is resent on the next page load, on "online", and after
   any statement that does get through. Each entry remembers which learner
   made it, so on a shared UDC computer it is only ever sent for them. */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var config = script.dataset;
  var QUEUE_PREFIX = "elearn.h5p.xapi.";
  var CONTENT_ID = "http://h5p.org/x-api/h5p-local-content-id";
  var MAX_MESSAGE_CHARS = 64 * 1024;
  var MAX_QUEUED = 200;
  var MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
  var FRAME_WAIT_MS = 30000;
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 6000;
  var contentOrigin = config.contentOrigin || "null";
  var activities = [];

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function post(url, body, contentType, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "Content-Type": contentType, "X-CSRFToken": csrfToken() },
      body: body,
    });
  }

  function uuid4() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (b) { return (b + 256).toString(16).slice(1); })
      .join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16),
      hex.slice(16, 20), hex.slice(20)].join("-");
  }

  /* ---- the queue of statements waiting to be sent ---- */

  function readQueue(key) {
    try {
      return JSON.parse(localStorage.getItem(key)) || [];
    } catch (error) {
      return [];
    }
  }

  function writeQueue(key, entries) {
    try {
      if (entries.length) localStorage.setItem(key, JSON.stringify(entries));
      else localStorage.removeItem(key);
    } catch (error) { /* storage full or off: nothing more we can do */ }
  }

  function enqueue(entry) {
    var key = QUEUE_PREFIX + entry.activity;
    var entries = readQueue(key).filter(function (e) { return e.id !== entry.id; });
    entries.push(entry);
    writeQueue(key, entries.slice(-MAX_QUEUED));
  }

  function dequeue(entry) {
    var key = QUEUE_PREFIX + entry.activity;
    writeQueue(key, readQueue(key).filter(function (e) { return e.id !== entry.id; }));
  }

  /* This learner's waiting statements, oldest first; expired ones are dropped. */
  function waiting() {
    var now = Date.now();
    var found = [];
    var keys = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf(QUEUE_PREFIX) === 0) keys.push(key);
      }
    } catch (error) {
      return found;
    }
    keys.forEach(function (key) {
      var entries = readQueue(key);
      var fresh = entries.filter(function (e) { return now - e.queued < MAX_AGE_MS; });
      if (fresh.length !== entries.length) writeQueue(key, fresh);
      fresh.forEach(function (e) {
        if (e.learner === config.learner) found.push(e);
      });
    });
    return found.sort(function (a, b) { return a.queued - b.queued; });
  }

  /* "sent", "retry" (keep it for later) or "refused" (the server said no for
     good: a malformed or foreign statement; keeping it would only repeat). */
  function send(entry) {
    return post(entry.url, JSON.stringify(entry.statement), "application/json").then(
      function (response) {
        if (response.ok) return "sent";
        var status = response.status;
        // 403: signed out (sessions end after two hours) or a stale CSRF token.
        var later = status >= 500 || status === 403 || status === 408 || status === 429;
        return later ? "retry" : "refused";
      },
      function () { return "retry"; }
    );
  }

  var flushing = false;
  var flushAgain = false;

  function flush() {
    if (flushing) {
      flushAgain = true;
      return;
    }
    var entries = waiting();
    if (!entries.length) return;
    flushing = true;
    var index = 0;
    function finish() {
      flushing = false;
      if (flushAgain) {
        flushAgain = false;
        flush();
      }
    }
    (function next() {
      if (index >= entries.length) return finish();
      var entry = entries[index++];
      send(entry).then(function (outcome) {
        if (outcome === "retry") return finish();
        dequeue(entry);
        next();
      });
    })();
  }

  function deliver(entry) {
    send(entry).then(function (outcome) {
      if (outcome === "retry") enqueue(entry);
      else if (outcome === "sent") flush();
    });
  }

  /* ---- what a frame may tell us ---- */

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function onStatement(activity, statement) {
    if (!isPlainObject(statement)) return;
    var text;
    try {
      text = JSON.stringify(statement);
    } catch (error) {
      return;
    }
    if (text.length > MAX_MESSAGE_CHARS) return;
    var target = isPlainObject(statement.object) ? statement.object : {};
    var definition = isPlainObject(target.definition) ? target.definition : {};
    var extensions = isPlainObject(definition.extensions) ? definition.extensions : {};
    // A frame speaks only for its own activity.
    if (String(extensions[CONTENT_ID]) !== activity.id) return;
    statement = JSON.parse(text);
    if (typeof statement.id !== "string" || !statement.id) statement.id = uuid4();
    deliver({
      id: statement.id,
      activity: activity.id,
      url: activity.xapi,
      learner: config.learner,
      queued: Date.now(),
      statement: statement,
    });
  }

  function saveState(activity, leaving) {
    var data = activity.pendingState;
    if (data === null) return;
    activity.pendingState = null;
    post(activity.state, data, "text/plain;charset=UTF-8", leaving).then(
      function (response) {
        if (!response.ok && activity.pendingState === null) activity.pendingState = data;
      },
      function () { if (activity.pendingState === null) activity.pendingState = data; }
    );
  }

  function onState(activity, state) {
    if (typeof state !== "string" || state.length > MAX_MESSAGE_CHARS) return;
    activity.pendingState = state;
    clearTimeout(activity.saveTimer);
    activity.saveTimer = setTimeout(function () { saveState(activity, false); }, 500);
  }

  function setHeight(activity, height) {
    var pixels = Math.round(Number(height));
    if (!isFinite(pixels)) return;
    pixels = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, pixels));
    activity.frame.style.height = pixels + "px";
  }

  /* H5P core's resize handshake, answered so the content lays itself out for
     a frame that fits it; the height itself comes from our bridge. */
  function onResizeMessage(data, source) {
    if (data.action === "hello") {
      source.postMessage({ context: "h5p", action: "hello" }, "*");
    } else if (data.action === "prepareResize") {
      source.postMessage({ context: "h5p", action: "resizePrepared" }, "*");
    }
  }

  function onMessage(event) {
    if (event.origin !== contentOrigin && event.origin !== "null") return;
    var activity = null;
    for (var i = 0; i < activities.length; i++) {
      if (activities[i].frame.contentWindow === event.source) activity = activities[i];
    }
    var data = event.data;
    if (!activity || !isPlainObject(data)) return;
    if (data.context === "h5p") {
      onResizeMessage(data, event.source);
    } else if (data.context === "elearn-h5p") {
      if (data.action === "xapi") onStatement(activity, data.statement);
      else if (data.action === "state") onState(activity, data.state);
      else if (data.action === "height") setHeight(activity, data.height);
      else if (data.action === "ready" && activity.ready) activity.ready();
    }
  }

  /* ---- the frames, one after another ---- */

  function play(activity) {
    return new Promise(function (resolve) {
      var timer = setTimeout(resolve, FRAME_WAIT_MS);
      activity.ready = function () {
        clearTimeout(timer);
        activity.ready = null;
        var placeholder = activity.section.querySelector(".h5p-loading");
        if (placeholder) placeholder.remove();
        resolve();
      };
      activity.frame.src = activity.frame.getAttribute("data-src");
    });
  }

  function leaving() {
    activities.forEach(function (activity) { saveState(activity, true); });
  }

  function start() {
    var chain = Promise.resolve();
    var sections = document.querySelectorAll("[data-h5p-activity]");
    Array.prototype.forEach.call(sections, function (section) {
      var frame = section.querySelector("iframe.h5p-player");
      if (!frame) return;
      var activity = {
        id: section.getAttribute("data-h5p-activity"),
        xapi: section.getAttribute("data-h5p-xapi"),
        state: section.getAttribute("data-h5p-state"),
        section: section,
        frame: frame,
        pendingState: null,
        saveTimer: null,
        ready: null,
      };
      activities.push(activity);
      chain = chain.then(function () { return play(activity); });
    });
    window.addEventListener("message", onMessage);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") leaving();
    });
    window.addEventListener("pagehide", leaving);
    window.addEventListener("online", flush);
    flush();
  }

  start();
})();
