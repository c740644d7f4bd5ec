/* Framework comparison tables: sort by any column, filter by text and status.
 *
 * Progressive enhancement: the tables are complete without this script. It
 * adds a filter box and a status menu above each `table.fw-sortable`, turns
 * each column heading into a sort button, and keeps `aria-sort` in step.
 * No dependencies, no network.
 */
(function () {
  "use strict";

  var STATUSES = ["active", "maintained", "dormant", "historical"];
  // Real values sort first, then "none", then "unknown" and empty cells.
  function rankOf(text) {
    if (text === "" || text === "unknown" || text === "?") return 2;
    if (text === "none") return 1;
    return 0;
  }

  function cellKey(cell) {
    var text = (cell ? cell.textContent : "").trim().toLowerCase();
    var number = /^\d+$/.test(text) ? parseInt(text, 10) : null;
    return { rank: rankOf(text), number: number, text: text };
  }

  function compareValues(a, b) {
    if (a.number !== null && b.number !== null && a.number !== b.number) {
      return a.number - b.number;
    }
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  }

  function statusOf(row) {
    for (var i = 0; i < STATUSES.length; i++) {
      if (row.classList.contains("fw-status-" + STATUSES[i])) return STATUSES[i];
    }
    return "";
  }

  function enhance(table, index) {
    var tbody = table.tBodies[0];
    var headRow = table.tHead && table.tHead.rows[0];
    if (!tbody || !headRow) return;
    var rows = Array.prototype.slice.call(tbody.rows);
    // Keys are computed once: a sort is then only comparisons and one re-append.
    var records = rows.map(function (row, position) {
      var keys = Array.prototype.map.call(row.cells, cellKey);
      return {
        row: row,
        position: position,
        keys: keys,
        text: row.textContent.toLowerCase(),
        status: statusOf(row),
      };
    });

    var toolbar = document.createElement("div");
    toolbar.className = "fw-toolbar";
    var filterId = "fw-filter-" + index;
    var statusId = "fw-status-" + index;
    toolbar.innerHTML =
      '<label for="' + filterId + '">Filter</label>' +
      '<input type="search" id="' + filterId + '" class="fw-filter" ' +
      'placeholder="Type to filter rows" autocomplete="off">' +
      '<label for="' + statusId + '">Status</label>' +
      '<select id="' + statusId + '" class="fw-status-filter">' +
      '<option value="">all</option>' +
      STATUSES.map(function (s) { return '<option value="' + s + '">' + s + "</option>"; }).join("") +
      "</select>" +
      '<span class="fw-count" aria-live="polite"></span>';
    var anchor = table.closest(".table-wrapper") || table;
    anchor.parentNode.insertBefore(toolbar, anchor);
    var filterBox = toolbar.querySelector(".fw-filter");
    var statusMenu = toolbar.querySelector(".fw-status-filter");
    var count = toolbar.querySelector(".fw-count");

    function applyFilter() {
      var words = filterBox.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var status = statusMenu.value;
      var shown = 0;
      records.forEach(function (record) {
        var visible =
          (!status || record.status === status) &&
          words.every(function (word) { return record.text.indexOf(word) !== -1; });
        record.row.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = shown + " of " + records.length + " shown";
    }

    var headers = Array.prototype.slice.call(headRow.cells);
    headers.forEach(function (th, column) {
      th.setAttribute("scope", "col");
      th.setAttribute("aria-sort", "none");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fw-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortBy(column, ascending);
      });
    });

    function sortBy(column, ascending) {
      var started = performance.now();
      records.sort(function (a, b) {
        var x = a.keys[column];
        var y = b.keys[column];
        // "none" and "unknown" stay below the real values in either direction.
        if (x.rank !== y.rank) return x.rank - y.rank;
        var order = compareValues(x, y);
        return (ascending ? order : -order) || a.position - b.position;
      });
      var fragment = document.createDocumentFragment();
      records.forEach(function (record) { fragment.appendChild(record.row); });
      tbody.appendChild(fragment);
      table.dataset.lastSortMs = String(performance.now() - started);
    }

    filterBox.addEventListener("input", applyFilter);
    statusMenu.addEventListener("change", applyFilter);
    applyFilter();
    table.classList.add("fw-enhanced");
  }

  function init() {
    document.querySelectorAll("table.fw-sortable").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
