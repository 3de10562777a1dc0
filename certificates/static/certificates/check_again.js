/* "Check again" while a certificate is being prepared: reload where the reader is. */
document.querySelectorAll("a[data-reload]").forEach(function (a) {
  a.addEventListener("click", function (event) { event.preventDefault(); location.reload(); });
});
