/* A print batch being built: ask for its progress until its PDF is ready.
   Used by the operator's desk and by the admin's print batch page. */
(function () {
  var box = document.getElementById("print-batch");
  if (!box || (box.dataset.status !== "queued" && box.dataset.status !== "running")) { return; }
  function show(id) { var el = document.getElementById(id); if (el) { el.hidden = false; } }
  function poll() {
    fetch(box.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
      document.getElementById("batch-progress").textContent = s.text;
      document.getElementById("batch-status").textContent = s.status_label;
      var bar = document.getElementById("batch-bar");
      bar.max = s.total; bar.value = s.done;
      if (s.status === "ready") {
        var wait = document.getElementById("batch-wait"); if (wait) { wait.hidden = true; }
        document.getElementById("batch-kept").textContent = s.kept_until;
        show("batch-download"); show("batch-mark"); return;
      }
      if (s.status === "failed") { location.reload(); return; }
      setTimeout(poll, 2000);
    }).catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
