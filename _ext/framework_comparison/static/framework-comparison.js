/* Framework comparison: sortable, filterable tables; the finder; side by side.
 *
 * Progressive enhancement: every page is complete without this script. It
 * reads the vocabularies from framework-vocabulary.js (window.FW_VOCABULARY,
 * written by the build), the statuses for the tables' filter from
 * framework-statuses.js (window.FW_STATUSES, loaded on demand) and, on the
 * finder and compare pages, the records
 * from a JSON block the build writes into the page. Matching is always by
 * term: a typed word selects the term it names (its aliases too), and no
 * substring ever matches. State lives in the URL query. No dependencies, no
 * network.
 */
(function () {
  "use strict";

  var VOCABULARY = window.FW_VOCABULARY || { fields: [], statuses: [] };
  var STATUSES = VOCABULARY.statuses.length
    ? VOCABULARY.statuses
    : ["active", "maintained", "dormant", "historical"];
  var SPECIAL = { none: 1, unknown: 2 };
  var FIELDS = {};
  var BY_LABEL = {};
  VOCABULARY.fields.forEach(function (field) {
    FIELDS[field.key] = field;
    BY_LABEL[field.label.toLowerCase()] = field;
  });
  var ROOT = document.documentElement.getAttribute("data-content_root") || "";

  function fold(text) {
    return String(text).trim().toLowerCase().replace(/\s+/g, " ");
  }

  // spelling (folded) -> term label, for one field or for every field
  function lookupOf(fields) {
    var lookup = {};
    fields.forEach(function (field) {
      (field.terms || []).forEach(function (term) {
        [term.label].concat(term.aliases).forEach(function (spelling) {
          var key = fold(spelling);
          if (!(key in lookup)) lookup[key] = term.label;
        });
      });
    });
    return lookup;
  }
  var ANY_TERM = lookupOf(VOCABULARY.fields);

  function words(text) {
    return fold(text).split(/[^0-9a-z\u00c0-\uffff]+/).filter(Boolean);
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function query() {
    return new URLSearchParams(window.location.search);
  }

  function setQuery(params, push) {
    var text = params.toString().replace(/\+/g, "%20");
    var url = window.location.pathname + (text ? "?" + text : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    window.history[push ? "pushState" : "replaceState"](null, "", url);
  }

  function list(value) {
    return (value || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  // -- sort keys ------------------------------------------------------------

  // Real values first, then "none", then "unknown" and empty cells: in both directions.
  function rankOf(text) {
    if (text === "" || text === "unknown" || text === "?") return 2;
    if (text === "none") return 1;
    return 0;
  }

  function versionKey(text) {
    var match = /^(\d[0-9a-z.+!-]*)/i.exec(text);
    return match
      ? match[1].split(/[.+!-]/).map(function (part) {
          return /^\d+$/.test(part) ? parseInt(part, 10) : part;
        })
      : [text];
  }

  function compareParts(a, b) {
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i], y = b[i];
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (typeof x === "number" && typeof y === "number") {
        if (x !== y) return x - y;
      } else if (typeof x === "number") {
        return 1; // 2.0 after 2.0rc1
      } else if (typeof y === "number") {
        return -1;
      } else if (x !== y) {
        return x < y ? -1 : 1;
      }
    }
    return 0;
  }

  // How a column sorts, from the field its heading names.
  function sortKind(header) {
    var field = BY_LABEL[fold(header)];
    if (!field) return header === "Framework" ? "TEXT" : "MARK";
    return field.kind;
  }

  function cellKey(cell, kind) {
    var text = fold(cell ? cell.textContent : "").replace(/^\?\s*/, "");
    var key = { rank: rankOf(text), value: text };
    if (kind === "MARK") {
      key.rank = text === "\u2713" ? 0 : text === "" ? 1 : 2;
    } else if (kind === "STATUS") {
      key.value = STATUSES.indexOf(text);
      if (key.value < 0) key.rank = 2;
    } else if (kind === "RELEASE") {
      key.value = versionKey(text);
      var date = /\((\d{4}(?:-\d{2}){0,2})/.exec(text);
      key.date = date ? date[1] : "";
    } else if (kind === "YEAR") {
      key.value = /^\d+$/.test(text) ? parseInt(text, 10) : text;
      if (typeof key.value !== "number") key.rank = Math.max(key.rank, 2);
    } else if (kind === "DATE") {
      key.value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : "";
      if (!key.value) key.rank = 2;
    }
    return key;
  }

  function compareKeys(a, b) {
    if (Array.isArray(a.value)) return compareParts(a.value, b.value);
    if (typeof a.value === "number" && typeof b.value === "number") return a.value - b.value;
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  }

  // -- matching --------------------------------------------------------------

  // The terms of a cell: its comma-separated values, folded.
  function cellTerms(text) {
    return text.split(",").map(fold).filter(Boolean);
  }

  // Does one typed part match this row? columns: the indices to look in.
  function partMatches(part, record, columns, table) {
    var term = null;
    for (var i = 0; i < columns.length && term === null; i++) {
      var lookup = table.lookups[columns[i]];
      if (lookup && fold(part) in lookup) term = fold(lookup[fold(part)]);
    }
    if (term === null && fold(part) in ANY_TERM) term = fold(ANY_TERM[fold(part)]);
    return columns.some(function (column) {
      var kind = table.kinds[column];
      if (kind === "MARK") {
        // a matrix column is a term: the row matches where it is ticked
        return term !== null && table.terms[column] === term && record.marks[column];
      }
      if (term !== null && (kind === "TERMS" || kind === "STATUS")) {
        return record.terms[column].indexOf(term) !== -1;
      }
      // Not a term: every word typed must be a whole word of the cell.
      var typed = words(part);
      return typed.length > 0 && typed.every(function (word) {
        return record.words[column].indexOf(word) !== -1;
      });
    });
  }

  // -- comparison tables: sort, filter, choose to compare ---------------------

  function compareLink(slugs) {
    return ROOT + "compare.html?f=" + slugs.map(encodeURIComponent).join(",");
  }

  function slugOf(row) {
    var link = row.cells[0] && row.cells[0].querySelector("a[href]");
    var match = link && /#framework-(.+)$/.exec(link.getAttribute("href"));
    return match ? match[1] : "";
  }

  function enhance(table, index) {
    var tbody = table.tBodies[0];
    var headRow = table.tHead && table.tHead.rows[0];
    if (!tbody || !headRow) return;
    var suffix = index ? String(index + 1) : "";
    var headers = Array.prototype.slice.call(headRow.cells);
    var info = {
      kinds: headers.map(function (th) { return sortKind(th.textContent.trim()); }),
      terms: headers.map(function (th) { return fold(th.textContent); }),
      lookups: headers.map(function (th) {
        var field = BY_LABEL[fold(th.textContent)];
        return field && field.terms ? lookupOf([field]) : null;
      }),
    };
    var rows = Array.prototype.slice.call(tbody.rows);
    // Keys are computed once: a sort is then only comparisons and one re-append.
    var records = rows.map(function (row, position) {
      var cells = Array.prototype.slice.call(row.cells);
      var texts = cells.map(function (cell) { return cell.textContent.replace(/^\s*\?\s*/, ""); });
      return {
        row: row,
        position: position,
        slug: slugOf(row),
        keys: cells.map(function (cell, column) { return cellKey(cell, info.kinds[column]); }),
        terms: texts.map(cellTerms),
        words: texts.map(words),
        marks: cells.map(function (cell) { return cell.textContent.trim() === "\u2713"; }),
        status: (window.FW_STATUSES || {})[slugOf(row)] || "",
      };
    });
    // Any table of frameworks can pick two to four of them to see side by side.
    var comparable = records.some(function (record) { return record.slug; });

    var ids = {
      filter: "fw-filter-" + index,
      column: "fw-column-" + index,
      status: "fw-status-" + index,
    };
    var columnMenu = el("select", { id: ids.column, class: "fw-column-filter" }, [
      el("option", { value: "", text: "any column" }),
    ].concat(headers.map(function (th, column) {
      return el("option", { value: String(column), text: th.textContent.trim() });
    })));
    var filterBox = el("input", {
      type: "search", id: ids.filter, class: "fw-filter", autocomplete: "off",
      placeholder: "a term, a name, a word", "aria-describedby": ids.filter + "-how",
    });
    var statusMenu = el("select", { id: ids.status, class: "fw-status-filter" }, [
      el("option", { value: "", text: "all" }),
    ].concat(STATUSES.map(function (s) { return el("option", { value: s, text: s }); })));
    var count = el("span", { class: "fw-count", role: "status", "aria-live": "polite" });
    var how = el("span", {
      id: ids.filter + "-how", class: "fw-filter-how",
      text: "Whole terms and words only; commas separate terms that must all match.",
    });
    var toolbar = el("div", { class: "fw-toolbar", role: "search" }, [
      el("label", { for: ids.filter, text: "Filter" }), filterBox,
      el("label", { for: ids.column, text: "in" }), columnMenu,
      el("label", { for: ids.status, text: "Status" }), statusMenu,
      count, how,
    ]);
    var compareButton = null;
    if (comparable) {
      compareButton = el("a", { class: "fw-compare-link", hidden: "" });
      toolbar.appendChild(compareButton);
    }
    var anchor = table.closest(".table-wrapper") || table;
    anchor.parentNode.insertBefore(toolbar, anchor);

    function applyFilter(push) {
      var parts = list(filterBox.value);
      var column = columnMenu.value;
      var columns = column === "" ? headers.map(function (_, i) { return i; }) : [parseInt(column, 10)];
      var status = statusMenu.value;
      var shown = 0;
      records.forEach(function (record) {
        var visible =
          (!status || record.status === status) &&
          parts.every(function (part) { return partMatches(part, record, columns, info); });
        record.row.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = shown + " of " + records.length + " shown";
      if (push !== undefined) {
        var params = query();
        [["filter", filterBox.value.trim()], ["column", column === "" ? "" :
          headers[parseInt(column, 10)].textContent.trim()], ["status", status]]
          .forEach(function (pair) {
            if (pair[1]) params.set(pair[0] + suffix, pair[1]);
            else params.delete(pair[0] + suffix);
          });
        setQuery(params, push);
      }
    }

    function restore() {
      var params = query();
      filterBox.value = params.get("filter" + suffix) || "";
      var column = fold(params.get("column" + suffix) || "");
      columnMenu.value = "";
      headers.forEach(function (th, i) { if (fold(th.textContent) === column) columnMenu.value = String(i); });
      statusMenu.value = STATUSES.indexOf(params.get("status" + suffix)) >= 0 ? params.get("status" + suffix) : "";
      applyFilter();
    }

    headers.forEach(function (th, column) {
      th.setAttribute("scope", "col");
      th.setAttribute("aria-sort", "none");
      // A glossary link in a heading would nest one control in another: the
      // button takes the text, and the link moves to a small mark after it.
      var link = th.querySelector("a[href]");
      var button = el("button", { type: "button", class: "fw-sort", text: th.textContent.trim() });
      button.setAttribute("aria-label", "Sort by " + th.textContent.trim());
      while (th.firstChild) th.removeChild(th.firstChild);
      th.appendChild(button);
      if (link) {
        var definition = el("a", { href: link.getAttribute("href"), class: "fw-term-link",
          "aria-label": "Definition of " + link.textContent.trim(), text: "?" });
        th.appendChild(definition);
      }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortBy(column, ascending);
      });
    });

    if (comparable) {
      // On a phone each row is a card: each cell names its column.
      records.forEach(function (record) {
        Array.prototype.forEach.call(record.row.cells, function (cell, column) {
          cell.setAttribute("data-label", headers[column].textContent.trim());
        });
      });
      records.forEach(function (record) {
        if (!record.slug) return;
        var name = record.row.cells[0].textContent.trim();
        var box = el("input", { type: "checkbox", class: "fw-pick", value: record.slug,
          "aria-label": "Compare " + name });
        record.row.cells[0].insertBefore(box, record.row.cells[0].firstChild);
        box.addEventListener("change", updateCompare);
      });
    }

    function updateCompare() {
      var chosen = Array.prototype.map.call(
        table.querySelectorAll("input.fw-pick:checked"), function (box) { return box.value; });
      compareButton.hidden = chosen.length < 2;
      compareButton.textContent = chosen.length > 4
        ? "Choose at most four to compare"
        : "Compare the " + chosen.length + " chosen";
      if (chosen.length >= 2 && chosen.length <= 4) compareButton.href = compareLink(chosen);
      else compareButton.removeAttribute("href");
    }

    function sortBy(column, ascending) {
      var started = performance.now();
      records.sort(function (a, b) {
        var x = a.keys[column];
        var y = b.keys[column];
        // "none" and "unknown" stay below the real values in either direction.
        if (x.rank !== y.rank) return x.rank - y.rank;
        var order = compareKeys(x, y);
        if (!order && x.date !== undefined) order = x.date < y.date ? -1 : x.date > y.date ? 1 : 0;
        return (ascending ? order : -order) || a.position - b.position;
      });
      var fragment = document.createDocumentFragment();
      records.forEach(function (record) { fragment.appendChild(record.row); });
      tbody.appendChild(fragment);
      table.dataset.lastSortMs = String(performance.now() - started);
    }

    filterBox.addEventListener("input", function () { applyFilter(false); });
    columnMenu.addEventListener("change", function () { applyFilter(true); });
    statusMenu.addEventListener("change", function () { applyFilter(true); });
    window.addEventListener("popstate", restore);
    restore();
    table.classList.add("fw-enhanced");
  }

  // -- the finder ----------------------------------------------------------------

  function readData(container, kind) {
    var block = container.querySelector("script.fw-" + kind + "-data");
    return block ? JSON.parse(block.textContent) : null;
  }

  function valueNodes(record, key) {
    var value = record[key];
    if (value === null || value === undefined || value === "") return [el("span", { class: "fw-unknown", text: "unknown" })];
    var values = Array.isArray(value) ? value : [value];
    var out = [];
    values.forEach(function (label, i) {
      if (i) out.push(", ");
      var cls = SPECIAL[label] ? (label === "none" ? "fw-none" : "fw-unknown") : "fw-term";
      out.push(el("span", { class: cls, text: label }));
    });
    return out;
  }

  function finder(container) {
    var data = readData(container, "finder");
    if (!data) return;
    var started = performance.now();
    var frameworks = data.frameworks;
    var facets = ["kind", "status"].concat(
      VOCABULARY.fields.filter(function (f) { return f.kind === "TERMS" && f.key !== "kind"; })
        .map(function (f) { return f.key; }));
    facets = facets.filter(function (key) { return FIELDS[key]; });
    // each framework's terms per facet, as a set
    var sets = frameworks.map(function (record) {
      var set = {};
      facets.forEach(function (key) {
        var value = record[key];
        var labels = Array.isArray(value) ? value : value ? [value] : ["unknown"];
        set[key] = {};
        labels.forEach(function (label) { set[key][label] = true; });
      });
      return set;
    });
    var chosen = {};
    facets.forEach(function (key) { chosen[key] = []; });

    var form = el("form", { class: "fw-finder-form", "aria-label": "Terms by criterion" });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var termBox = el("input", { type: "search", id: "fw-finder-term", list: "fw-finder-terms",
      autocomplete: "off", placeholder: "for example: async, built-in, ORM",
      "aria-describedby": "fw-finder-term-how" });
    var datalist = el("datalist", { id: "fw-finder-terms" });
    var seen = {};
    facets.forEach(function (key) {
      FIELDS[key].terms.forEach(function (term) {
        [term.label].concat(term.aliases).forEach(function (spelling) {
          if (!seen[fold(spelling)]) {
            seen[fold(spelling)] = true;
            datalist.appendChild(el("option", { value: spelling }));
          }
        });
      });
    });
    var termMessage = el("span", { id: "fw-finder-term-how", class: "fw-finder-message",
      role: "status", "aria-live": "polite",
      text: "Type a term, or another name of one, and press Enter; commas separate several." });
    var clear = el("button", { type: "button", class: "fw-finder-clear", text: "Clear all choices" });
    var search = el("div", { class: "fw-finder-search", role: "search" }, [
      el("label", { for: "fw-finder-term", text: "Add terms" }), termBox, datalist, clear, termMessage,
    ]);
    var boxes = {};
    var countNodes = {};
    var facetsBox = el("div", { class: "fw-facets" });
    facets.forEach(function (key) {
      var field = FIELDS[key];
      var fieldset = el("fieldset", { class: "fw-facet", "data-field": key });
      fieldset.appendChild(el("legend", { text: field.label }));
      boxes[key] = {};
      countNodes[key] = {};
      field.terms.forEach(function (term, i) {
        var id = "fw-facet-" + key + "-" + i;
        var box = el("input", { type: "checkbox", id: id, value: term.label, "data-field": key });
        var count = el("span", { class: "fw-facet-count" });
        var label = el("label", { for: id }, [term.label + " ", count]);
        fieldset.appendChild(el("div", { class: "fw-facet-term" }, [box, label]));
        boxes[key][term.label] = box;
        countNodes[key][term.label] = { count: count, row: box.parentNode };
        box.addEventListener("change", function () {
          showAll = false;
          var list = chosen[key];
          var at = list.indexOf(term.label);
          if (box.checked && at < 0) list.push(term.label);
          if (!box.checked && at >= 0) list.splice(at, 1);
          update(true);
        });
      });
      facetsBox.appendChild(fieldset);
    });
    form.appendChild(facetsBox);

    var PAGE = 100;
    var showAll = false;
    var more = el("button", { type: "button", class: "fw-finder-more", hidden: "" });
    more.addEventListener("click", function () { showAll = true; update(); });
    var summary = el("p", { class: "fw-finder-count", role: "status", "aria-live": "polite" });
    var compareLinkNode = el("a", { class: "fw-compare-link", hidden: "" });
    var results = el("table", { class: "fw-finder-results fw-table docutils" });
    var resultsBox = el("div", { class: "fw-finder-results-box" }, [
      el("h2", { id: "fw-finder-results-title", text: "Results" }), summary, compareLinkNode,
      el("div", { class: "table-wrapper fw-scroll", tabindex: "0", role: "region",
        "aria-labelledby": "fw-finder-results-title" }, [results]),
      more,
    ]);
    var ui = el("div", { class: "fw-finder-ui" }, [search, resultsBox, form]);
    container.parentNode.insertBefore(ui, container);
    container.hidden = true;

    function matchesAll(index, except) {
      var set = sets[index];
      for (var f = 0; f < facets.length; f++) {
        var key = facets[f];
        if (key === except || !chosen[key].length) continue;
        var ok = false;
        for (var t = 0; t < chosen[key].length; t++) {
          if (set[key][chosen[key][t]]) { ok = true; break; }
        }
        if (!ok) return false;
      }
      return true;
    }

    var picked = [];
    // Rows are built once per set of columns and reused: a click then only
    // re-appends rows, which keeps a toggle fast at a thousand frameworks.
    var rowCache = {};
    var body = el("tbody");
    var shownKey = null;
    function rowOf(index, shownFields, cache) {
      if (cache[index]) return cache[index];
      var record = frameworks[index];
      var box = el("input", { type: "checkbox", class: "fw-pick", value: record.slug,
        "aria-label": "Compare " + record.name });
      box.addEventListener("change", function () {
        var at = picked.indexOf(record.slug);
        if (box.checked && at < 0) picked.push(record.slug);
        if (!box.checked && at >= 0) picked.splice(at, 1);
        updatePicked();
      });
      var row = el("tr", { class: "fw-status-" + record.status }, [
        el("td", {}, [box]),
        el("th", { scope: "row" }, [el("a", { href: ROOT + record.url, text: record.name })]),
      ].concat(shownFields.map(function (key) {
        return el("td", { "data-label": FIELDS[key].label }, valueNodes(record, key));
      })));
      row.fwBox = box;
      cache[index] = row;
      return row;
    }
    function renderResults(matching) {
      var shownFields = ["kind", "status", "latest-release"].concat(
        facets.filter(function (key) { return key !== "kind" && key !== "status" && chosen[key].length; }));
      var key = shownFields.join("|");
      var cache = rowCache[key] || (rowCache[key] = {});
      if (key !== shownKey) {
        shownKey = key;
        var head = el("thead", {}, [el("tr", {}, [
          el("th", { scope: "col", text: "Compare" }),
          el("th", { scope: "col", text: "Framework" }),
        ].concat(shownFields.map(function (field) {
          return el("th", { scope: "col", text: FIELDS[field] ? FIELDS[field].label : field });
        })))]);
        results.textContent = "";
        results.appendChild(head);
        results.appendChild(body);
      }
      // A long list is cut at PAGE rows until the reader asks for all of it:
      // laying out a thousand rows on every click would make each one slow.
      var shown = showAll ? matching : matching.slice(0, PAGE);
      more.hidden = shown.length === matching.length;
      more.textContent = "Show all " + matching.length + " results";
      var fragment = document.createDocumentFragment();
      shown.forEach(function (index) {
        var row = rowOf(index, shownFields, cache);
        row.fwBox.checked = picked.indexOf(frameworks[index].slug) >= 0;
        fragment.appendChild(row);
      });
      body.textContent = "";
      body.appendChild(fragment);
    }

    function updatePicked() {
      compareLinkNode.hidden = picked.length < 2;
      if (picked.length > 4) {
        compareLinkNode.textContent = "Choose at most four to compare (" + picked.length + " chosen)";
        compareLinkNode.removeAttribute("href");
      } else {
        compareLinkNode.textContent = "Compare the " + picked.length + " chosen side by side";
        compareLinkNode.href = compareLink(picked);
      }
    }

    function update(push) {
      var t0 = performance.now();
      var matching = [];
      for (var i = 0; i < frameworks.length; i++) if (matchesAll(i, null)) matching.push(i);
      // each facet's counts: the frameworks that match every other facet, with the term
      facets.forEach(function (key) {
        var counts = {};
        for (var i = 0; i < frameworks.length; i++) {
          if (!matchesAll(i, key)) continue;
          for (var label in sets[i][key]) counts[label] = (counts[label] || 0) + 1;
        }
        Object.keys(countNodes[key]).forEach(function (label) {
          var n = counts[label] || 0;
          var node = countNodes[key][label];
          node.count.textContent = "(" + n + ")";
          boxes[key][label].checked = chosen[key].indexOf(label) >= 0;
          node.row.classList.toggle("fw-facet-empty", n === 0 && !boxes[key][label].checked);
        });
      });
      var used = facets.filter(function (key) { return chosen[key].length; }).length;
      summary.textContent = matching.length + " of " + frameworks.length + " frameworks match" +
        (used ? "" : " (no term chosen yet)") + ".";
      renderResults(matching);
      if (push !== undefined) {
        var params = query();
        facets.forEach(function (key) {
          if (chosen[key].length) params.set(key, chosen[key].join(","));
          else params.delete(key);
        });
        setQuery(params, push);
      }
      ui.dataset.lastUpdateMs = String(performance.now() - t0);
      ui.dataset.matching = String(matching.length);
    }

    function addTyped() {
      var unknown = [];
      list(termBox.value).forEach(function (part) {
        var found = false;
        facets.forEach(function (key) {
          var lookup = lookupOf([FIELDS[key]]);
          var label = lookup[fold(part)];
          if (label && !SPECIAL[label]) {
            found = true;
            if (chosen[key].indexOf(label) < 0) chosen[key].push(label);
          }
        });
        if (!found) unknown.push(part);
      });
      termBox.value = unknown.join(", ");
      termMessage.textContent = unknown.length
        ? "No term is called " + unknown.map(function (u) { return "\u201c" + u + "\u201d"; }).join(", ") +
          "; the glossary lists every term."
        : "Added. Type more terms, or untick a box to remove one.";
      update(true);
    }
    termBox.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); addTyped(); }
    });
    termBox.addEventListener("change", function () { if (termBox.value) addTyped(); });
    clear.addEventListener("click", function () {
      facets.forEach(function (key) { chosen[key] = []; });
      update(true);
    });

    function restore() {
      var params = query();
      facets.forEach(function (key) {
        var lookup = lookupOf([FIELDS[key]]);
        chosen[key] = [];
        list(params.get(key)).forEach(function (value) {
          var label = lookup[fold(value)];
          if (label && chosen[key].indexOf(label) < 0) chosen[key].push(label);
        });
      });
      update();
    }
    window.addEventListener("popstate", restore);
    restore();
    ui.dataset.setupMs = String(performance.now() - started);
  }

  // -- side by side ---------------------------------------------------------------

  function compare(container) {
    var data = readData(container, "compare");
    if (!data) return;
    var bySlug = {};
    data.frameworks.forEach(function (record) { bySlug[record.slug] = record; });
    var ui = el("div", { class: "fw-compare-ui" });
    container.parentNode.insertBefore(ui, container);
    container.hidden = true;

    function render() {
      ui.textContent = "";
      var asked = list(query().get("f")).map(fold);
      var chosen = asked.map(function (slug) { return bySlug[slug]; }).filter(Boolean);
      var missing = asked.filter(function (slug) { return !bySlug[slug]; });
      // a picker: add or remove frameworks
      var pickId = "fw-compare-add";
      var picker = el("select", { id: pickId }, [el("option", { value: "", text: "choose a framework" })]
        .concat(data.frameworks.map(function (record) {
          return el("option", { value: record.slug, text: record.name });
        })));
      picker.addEventListener("change", function () {
        if (!picker.value) return;
        var slugs = chosen.map(function (r) { return r.slug; });
        if (slugs.indexOf(picker.value) < 0 && slugs.length < 4) slugs.push(picker.value);
        var params = query();
        params.set("f", slugs.join(","));
        setQuery(params, true);
        render();
      });
      ui.appendChild(el("p", { class: "fw-compare-picker" }, [
        el("label", { for: pickId, text: "Add a framework " }), picker,
      ]));
      if (missing.length) {
        ui.appendChild(el("p", { class: "fw-finder-message", role: "status",
          text: "Not in this overview: " + missing.join(", ") + "." }));
      }
      if (chosen.length < 2) {
        ui.appendChild(el("p", { role: "status", text: chosen.length
          ? "Choose one more framework to compare (up to four)."
          : "Choose two to four frameworks to compare." }));
        if (chosen.length === 0) return;
      }
      if (chosen.length > 4) {
        ui.appendChild(el("p", { role: "status", text: "Only the first four are shown." }));
        chosen = chosen.slice(0, 4);
      }
      var head = el("tr", {}, [el("th", { scope: "col", text: "Criterion" })].concat(
        chosen.map(function (record) {
          var remove = el("button", { type: "button", class: "fw-compare-remove",
            "aria-label": "Remove " + record.name, text: "\u00d7" });
          remove.addEventListener("click", function () {
            var params = query();
            params.set("f", chosen.filter(function (r) { return r !== record; })
              .map(function (r) { return r.slug; }).join(","));
            setQuery(params, true);
            render();
          });
          return el("th", { scope: "col" }, [el("a", { href: ROOT + record.url, text: record.name }), " ", remove]);
        })));
      var body = el("tbody");
      var differences = 0;
      VOCABULARY.fields.forEach(function (field) {
        // the description is each framework's own: it is not compared
        if (!(field.key in chosen[0]) || field.key === "tagline") return;
        var texts = chosen.map(function (record) {
          var v = record[field.key];
          return Array.isArray(v) ? v.slice().sort().join(", ") : v === null ? "" : String(v);
        });
        var differs = texts.some(function (t) { return t !== texts[0]; });
        if (differs) differences++;
        body.appendChild(el("tr", { class: differs ? "fw-differs" : "fw-same" }, [
          el("th", { scope: "row" }, [field.label].concat(differs
            ? [el("span", { class: "fw-differs-mark", text: " \u2260" }),
               el("span", { class: "fw-visually-hidden", text: " (differs)" })]
            : [])),
        ].concat(chosen.map(function (record) { return el("td", {}, valueNodes(record, field.key)); }))));
      });
      ui.appendChild(el("p", { role: "status", class: "fw-compare-count",
        text: differences + " of the criteria differ; they are marked \u2260." }));
      ui.appendChild(el("div", { class: "table-wrapper fw-scroll", tabindex: "0", role: "region",
        "aria-label": "Side by side" }, [el("table", { class: "fw-compare-table fw-table docutils" },
        [el("thead", {}, [head]), body])]));
    }
    window.addEventListener("popstate", render);
    render();
  }

  // -- a scrolling region for every wide table --------------------------------------

  function scrollable(wrapper) {
    // furo wraps each table in div.table-wrapper; make it a labelled, focusable
    // region, so the keyboard can scroll it and the sticky headings apply.
    if (wrapper.hasAttribute("tabindex")) return;
    var table = wrapper.querySelector("table");
    var caption = table && table.caption ? table.caption.textContent.replace(/\u00b6/g, "").trim() : "";
    wrapper.setAttribute("tabindex", "0");
    wrapper.setAttribute("role", "region");
    wrapper.setAttribute("aria-label", caption || "Table");
    wrapper.classList.add("fw-scroll");
  }

  // The tables' status filter reads each framework's status from a file of
  // its own, so that a status edit need not rewrite every table page.
  function withStatuses(then) {
    if (window.FW_STATUSES) return then();
    var script = document.createElement("script");
    script.src = ROOT + "_static/framework-statuses.js";
    script.onload = script.onerror = then;
    document.head.appendChild(script);
  }

  function init() {
    document.querySelectorAll(".fw-finder").forEach(finder);
    document.querySelectorAll(".fw-compare").forEach(compare);
    var tables = document.querySelectorAll("table.fw-sortable");
    if (tables.length) withStatuses(function () { tables.forEach(enhance); });
    document.querySelectorAll(".table-wrapper").forEach(function (wrapper) {
      if (wrapper.querySelector("table.fw-table")) scrollable(wrapper);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
