/* Plays a lesson's H5P activities with h5p-standalone and reports results.

   - Activities ([data-h5p-activity]) load one at a time: the next starts when
     the previous player has loaded, so a 2G link is never split between them.
   - Every xAPI statement is POSTed (JSON, with CSRF) to the activity's xAPI
     URL. H5P gives statements no id, so one is added here: a resend of the
     same statement is then a no-op on the server.
   - A statement that cannot be sent (no network, 5xx, signed out) waits in
     localStorage and is resent on the next page load, on "online", and after
     any statement that does get through. Each entry remembers which learner
     made it, so on a shared UDC computer it is only ever sent for them.
   - The player's state is fetched before it starts (resume) and saved when it
     changes, every SAVE_SECONDS and when the page is hidden.
*/
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var config = script.dataset;
  var QUEUE_PREFIX = "elearn.h5p.xapi.";
  var CONTENT_ID = "http://h5p.org/x-api/h5p-local-content-id";
  var SAVE_SECONDS = 30;
  var MAX_QUEUED = 200;
  var MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
  var FRAME_WAIT_MS = 30000;
  var activities = {};
  // Taken now: frame.bundle.js, once loaded into this page by the first player,
  // replaces the global H5PStandalone with its own exports.
  var Player = window.H5PStandalone && window.H5PStandalone.H5P;

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

  function onStatement(event) {
    var statement = event && event.data && event.data.statement;
    if (!statement) return;
    var target = statement.object || {};
    var extensions = (target.definition || {}).extensions || {};
    var activity = activities[String(extensions[CONTENT_ID])];
    if (!activity) return;
    if (!statement.id) statement.id = uuid4();
    deliver({
      id: statement.id,
      activity: activity.id,
      url: activity.xapi,
      learner: config.learner,
      queued: Date.now(),
      statement: JSON.parse(JSON.stringify(statement)),
    });
  }

  /* ---- saved state (resume) ---- */

  function frameOf(activity) {
    return document.getElementById("h5p-iframe-" + activity.id);
  }

  function currentState(activity) {
    var frame = frameOf(activity);
    var framed = frame && frame.contentWindow && frame.contentWindow.H5P;
    var instances = (framed && framed.instances) || [];
    for (var i = 0; i < instances.length; i++) {
      var instance = instances[i];
      if (String(instance.contentId) === activity.id &&
          typeof instance.getCurrentState === "function") {
        var state = instance.getCurrentState();
        return state === undefined ? undefined : JSON.stringify(state);
      }
    }
    return undefined;
  }

  function saveState(activity, leaving) {
    var data;
    try {
      data = currentState(activity);
    } catch (error) {
      return;
    }
    if (data === undefined || data === activity.savedState) return;
    activity.savedState = data;
    post(activity.state, data, "text/plain;charset=UTF-8", leaving).then(
      function (response) { if (!response.ok) activity.savedState = null; },
      function () { activity.savedState = null; }
    );
  }

  function saveAll(leaving) {
    Object.keys(activities).forEach(function (id) {
      if (activities[id].playing) saveState(activities[id], leaving);
    });
  }

  function loadState(activity) {
    return fetch(activity.state, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .catch(function () { return ""; });
  }

  /* ---- the players, one after another ---- */

  /* Every player runs frame.bundle.js in this page again, and each run makes
     a new H5P.externalDispatcher, the one all frames forward their events to.
     So listen again after each player (the run and the player's promise
     settle in one task: no event falls in between), once per dispatcher. */
  var dispatchers = new WeakSet();

  function listen() {
    var dispatcher = window.H5P && window.H5P.externalDispatcher;
    if (!dispatcher || dispatchers.has(dispatcher)) return;
    dispatchers.add(dispatcher);
    dispatcher.on("xAPI", onStatement);
  }

  /* Resolves once the content is running in its frame (or after a while, so
     a stuck activity does not hold back the ones below it). H5P writes the
     frame's document itself, so its "load" event is no reliable signal. */
  function frameReady(activity) {
    var waited = 0;
    return new Promise(function (resolve) {
      (function check() {
        var frame = frameOf(activity);
        var framed = frame && frame.contentWindow && frame.contentWindow.H5P;
        if (!frame || (framed && framed.instances && framed.instances.length) ||
            waited >= FRAME_WAIT_MS) {
          return resolve();
        }
        waited += 200;
        setTimeout(check, 200);
      })();
    });
  }

  function showError(activity) {
    activity.container.textContent = "";
    var message = document.createElement("p");
    message.className = "msg msg-error";
    message.setAttribute("role", "alert");
    message.textContent = config.error;
    activity.container.appendChild(message);
  }

  function play(activity) {
    if (typeof Player !== "function") {
      showError(activity);
      return Promise.resolve();
    }
    return loadState(activity)
      .then(function (saved) {
        activity.savedState = saved || null;
        var options = {
          id: activity.id, // becomes the statement's h5p-local-content-id
          h5pJsonPath: activity.files,
          contentJsonPath: activity.files + "/content",
          librariesPath: activity.files + "/libraries",
          frameJs: config.frameJs,
          frameCss: config.frameCss,
          customCss: [config.customCss],
          // H5P hands a saved state to the content only when saveFreq is set.
          saveFreq: SAVE_SECONDS,
        };
        if (saved && saved !== "null") {
          // H5P core reads contentUserData[subContentId][dataType].
          options.contentUserData = [{ state: saved }];
        }
        var placeholder = activity.container.querySelector(".meta");
        return new Player(activity.container, options).then(
          function () {
            if (placeholder) placeholder.remove();
            activity.playing = true;
            listen();
            return frameReady(activity);
          }
        );
      })
      .catch(function (error) {
        if (window.console) console.error("H5P activity " + activity.id, error);
        showError(activity);
      });
  }

  function start() {
    var sections = document.querySelectorAll("[data-h5p-activity]");
    var chain = Promise.resolve();
    Array.prototype.forEach.call(sections, function (section) {
      var container = section.querySelector(".h5p-container");
      if (!container) return;
      var activity = {
        id: section.getAttribute("data-h5p-activity"),
        files: section.getAttribute("data-h5p-files").replace(/\/h5p\.json$/, ""),
        xapi: section.getAttribute("data-h5p-xapi"),
        state: section.getAttribute("data-h5p-state"),
        container: container,
        playing: false,
        savedState: null,
      };
      activities[activity.id] = activity;
      chain = chain.then(function () { return play(activity); });
    });
    setInterval(function () { saveAll(false); }, SAVE_SECONDS * 1000);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") saveAll(true);
    });
    window.addEventListener("pagehide", function () { saveAll(true); });
    window.addEventListener("online", flush);
    flush();
  }

  // Deferred, so the document has been parsed; main.bundle.js ran just before.
  start();
})();
