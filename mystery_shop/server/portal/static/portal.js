// The client portal's little script: everything works without it; with it, choosing a period fills in
// its dates, and the date fields show only for a period of one's own. Nothing submits by itself (a page
// that reloads while someone moves through a list with the keyboard loses their place): "Show" does.
"use strict";
(function () {
  document.documentElement.classList.add("js");

  function iso(d) {
    var m = String(d.getMonth() + 1).padStart(2, "0"), day = String(d.getDate()).padStart(2, "0");
    return d.getFullYear() + "-" + m + "-" + day;
  }

  // The presets' days back to today (the server computes the same: domain/periods.py).
  function range(value) {
    var today = new Date(), start;
    if (value === "-1") { start = new Date(today.getFullYear(), 0, 1); }
    else { start = new Date(today); start.setDate(start.getDate() - parseInt(value, 10)); }
    return [iso(start), iso(today)];
  }

  document.querySelectorAll("select[data-period]").forEach(function (select) {
    var form = select.form;
    var from = form.querySelector("input[name=from]"), to = form.querySelector("input[name=to]");
    function show() {
      var custom = select.value === "custom";
      form.querySelectorAll("[data-dates]").forEach(function (el) { el.classList.toggle("hidden", !custom); });
    }
    select.addEventListener("change", function () {
      if (select.value === "all") { from.value = ""; to.value = ""; }
      else if (select.value !== "custom") { var r = range(select.value); from.value = r[0]; to.value = r[1]; }
      show();
    });
    [from, to].forEach(function (input) {
      input.addEventListener("change", function () { select.value = "custom"; });
    });
    show();
  });

})();
