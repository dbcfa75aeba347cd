// Live progress on the planning-run list: each open run follows its server-sent events (/api/runs/{id}/events) and
// updates its row; when a run finishes the page reloads to show its outcome. Without EventSource, or when the stream
// breaks, the page reloads every few seconds instead.
(function () {
  "use strict";
  var table = document.querySelector("table.runs");
  if (!table) { return; }
  var rows = table.querySelectorAll("tr.live");
  var reloadSoon = function () { window.setTimeout(function () { window.location.reload(); }, 3000); };
  if (rows.length === 0) { return; }
  if (!window.EventSource) { reloadSoon(); return; }

  var number = function (value, decimals) {
    return value === null || value === undefined ? "—" : Number(value).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  };
  var set = function (row, field, text) {
    var cell = row.querySelector("[data-field='" + field + "']");
    if (cell) { cell.textContent = text; }
    return cell;
  };
  var update = function (row, run) {
    var status = run.status;
    var badge = set(row, "status", table.dataset["label" + status.charAt(0).toUpperCase() + status.slice(1)] || status);
    if (badge) { badge.className = "status status-" + status; }
    row.dataset.status = status;
    var progress = run.progress || {};
    set(row, "phase", progress.phase || "—");
    set(row, "incumbent", number(progress.incumbent, 2));
    set(row, "gap", progress.gap === null || progress.gap === undefined ? "—" : (progress.gap * 100).toFixed(1) + "%");
    set(row, "elapsed", number(progress.elapsedSeconds, 1));
    var bar = row.querySelector("progress[data-field='progress']");
    if (bar) {
      var limit = Number(row.dataset.timeLimit) || 1;
      var finished = ["succeeded", "failed", "cancelled"].indexOf(status) >= 0;
      bar.value = finished ? 100 : Math.min(99, Math.round(100 * (progress.elapsedSeconds || 0) / limit));
    }
  };

  rows.forEach(function (row) {
    var source = new EventSource("/api/runs/" + row.dataset.run + "/events");
    var finished = false;
    source.addEventListener("progress", function (e) { update(row, JSON.parse(e.data)); });
    source.addEventListener("finished", function (e) {
      finished = true;
      source.close();
      update(row, JSON.parse(e.data));
      window.setTimeout(function () { window.location.reload(); }, 500);
    });
    source.onerror = function () {
      if (!finished) { source.close(); reloadSoon(); }
    };
  });
})();
