/* One tap is enough on a slow link: stop a second submit of the same form. */
document.querySelectorAll("form").forEach(function (f) {
  f.addEventListener("submit", function () {
    var b = f.querySelector("[data-once]"); if (b) { setTimeout(function () { b.disabled = true; }, 0); }
  });
});
