/* How many are ticked, in the page's digits, on the "Print selected" button. */
(function () {
  var form = document.getElementById("queue-form"), shown = document.getElementById("picked");
  if (!form) { return; }
  var bangla = document.documentElement.lang.indexOf("bn") === 0;
  form.addEventListener("change", function () {
    var n = form.querySelectorAll("input[name=certificate]:checked").length, text = String(n);
    if (bangla) { text = text.replace(/[0-9]/g, function (d) { return "০১২৩৪৫৬৭৮৯"[d]; }); }
    shown.textContent = n ? "(" + text + ")" : "";
  });
})();
/* One tap is enough on a slow link: once sent, the print buttons rest. */
document.querySelectorAll("form[method=post]").forEach(function (form) {
  form.addEventListener("submit", function () {
    setTimeout(function () { form.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }, 0);
  });
});
