// Lede report pages: builds the page from the report embedded once as JSON (#lede-report, the
// document `lede report --format json` writes), the chart declarations (#lede-charts) and the
// evidence's paragraphs (#lede-context). Every string from the data goes into the page through
// text nodes and attribute setters, never as HTML. A chart's <figure> gets data-rendered="true"
// and data-marks (the rows it draws) once drawn; <html> gets data-state="done" when all are.
(function () {
  "use strict";
  var started = performance.now();
  function json(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  var report = json("lede-report"), charts = json("lede-charts") || [], contexts = json("lede-context") || [];
  var files = json("lede-files") || [];
  var main = document.getElementById("lede");

  // el("p", {class: "x"}, "text", child…): attributes set one by one, strings as text nodes.
  function el(tag, attributes) {
    var node = document.createElement(tag);
    for (var key in attributes || {}) {
      if (attributes[key] !== null && attributes[key] !== undefined) node.setAttribute(key, attributes[key]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  // ---- values as text: the same rules as the text renderer (3 decimals, decimals:N, percent:N)
  function numeric(column) { return column.type === "integer" || column.type === "number"; }
  function display(value, column) {
    if (value === null || value === undefined) return "";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value !== "number") return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
    var format = column.format, match;
    if (format && (match = /^percent:(\d+)$/.exec(format))) return (value * 100).toFixed(+match[1]) + "%";
    if (format && (match = /^decimals:(\d+)$/.exec(format))) return value.toFixed(+match[1]);
    if (column.type === "number") return value.toFixed(3);
    return String(value);
  }

  // ---- CSV of a table, quoted as `--format csv` quotes it
  function csvField(text, first) {
    var quote = /[",\n\r]/.test(text) || /^ | $/.test(text) || (first && text.charAt(0) === "#");
    return quote ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  // Numbers as `--format csv` writes them: every significant digit, a number column's whole
  // values with ".0", plain from 1e-7 (JavaScript writes 1e-7 itself in exponent form).
  function csvValue(value, column) {
    if (value === null || value === undefined) return "";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value !== "number" || column.type !== "number") return String(value);
    var text = String(value), match = /^(-?)(\d)(?:\.(\d+))?e-7$/.exec(text);
    if (match) return match[1] + "0.000000" + match[2] + (match[3] || "");
    return /[.e]/.test(text) ? text : text + ".0";
  }
  function csv(table) {
    var lines = [table.columns.map(function (c, i) { return csvField(c.name, i === 0); }).join(",")];
    table.rows.forEach(function (row) {
      lines.push(table.columns.map(function (c, i) { return csvField(csvValue(row[c.name], c), i === 0); }).join(","));
    });
    return lines.join("\n") + "\n";
  }
  // A data: URL, not a Blob: the CSV is then in the page's DOM, where the browser test
  // compares it with `lede report --format csv --table NAME`.
  function csvLink(table) {
    var name = files[report.tables.indexOf(table)] || "table.csv";
    return el("a", { class: "csv", href: "data:text/csv;charset=utf-8," + encodeURIComponent(csv(table)),
      download: name, "data-csv-table": table.name }, "CSV (" + table.rows.length + (table.rows.length === 1 ? " row)" : " rows)"));
  }

  function tableNamed(name) {
    for (var i = 0; i < report.tables.length; i++) if (report.tables[i].name === name) return report.tables[i];
    return null;
  }

  // ---- header: summary and parameters
  if (report.summary) main.appendChild(el("p", { class: "summary" }, report.summary));
  var parameterNames = Object.keys(report.parameters);
  if (parameterNames.length) {
    var list = el("ul", { class: "params", "aria-label": "parameters" });
    parameterNames.forEach(function (name) {
      var value = report.parameters[name];
      list.appendChild(el("li", null, el("b", null, name), " = " + (value === null ? "null" : String(value))));
    });
    main.appendChild(list);
  }

  // ---- charts
  var pending = [];
  if (charts.length) main.appendChild(el("h2", null, charts.length === 1 ? "Chart" : "Charts"));
  charts.forEach(function (chart, index) {
    var table = tableNamed(chart.table);
    var view = el("div", { class: "view" + (chart.kind === "map" ? " map" : "") });
    var figure = el("figure", { class: "chart", "data-chart": String(index + 1), "data-kind": chart.kind,
      "data-table": chart.table, "data-rendered": "false" },
      el("figcaption", null, chart.title || table.title || table.name, csvLink(table)), view);
    main.appendChild(figure);
    var drawn;
    try {
      drawn = Promise.resolve(window.LedeCharts.draw(chart, table, view));
    } catch (error) {
      drawn = Promise.reject(error);
    }
    pending.push(drawn.then(function (marks) {
      figure.setAttribute("data-rendered", "true");
      figure.setAttribute("data-marks", String(marks));
    }, function (error) {
      figure.setAttribute("data-rendered", "error");
      window.ledeNoteError("chart " + (index + 1) + ": " + (error && error.message || error));
    }));
  });

  // ---- tables, sortable by any column
  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
  }
  function renderTable(table) {
    var section = el("section", { class: "table", "data-table": table.name });
    section.appendChild(el("div", { class: "table-head" }, el("h3", null, table.title || table.name), csvLink(table)));
    var head = el("tr");
    var body = el("tbody");
    var order = table.rows.map(function (row, i) { return i; });
    function fill() {
      body.textContent = "";
      order.forEach(function (i) {
        var row = table.rows[i], tr = el("tr");
        table.columns.forEach(function (column) {
          var value = row[column.name];
          var classes = [numeric(column) ? "num" : null, value === null ? "null" : null].filter(Boolean).join(" ");
          tr.appendChild(el("td", { class: classes || null }, display(value, column)));
        });
        body.appendChild(tr);
      });
    }
    table.columns.forEach(function (column) {
      var th = el("th", { class: numeric(column) ? "num" : null, scope: "col", tabindex: "0",
        title: column.type + (column.format ? ", " + column.format : "") + " — click to sort" }, column.name);
      function sort() {
        var descending = th.getAttribute("aria-sort") === "ascending";
        head.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        order.sort(function (x, y) {
          var c = compare(table.rows[x][column.name], table.rows[y][column.name]);
          if (descending && c !== 0 && table.rows[x][column.name] !== null && table.rows[y][column.name] !== null) c = -c;
          return c || x - y;
        });
        fill();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
      head.appendChild(th);
    });
    fill();
    section.appendChild(el("div", { class: "scroll" },
      el("table", { "data-rows": String(table.rows.length) }, el("thead", null, head), body)));
    return section;
  }
  if (report.tables.length) main.appendChild(el("h2", null, report.tables.length === 1 ? "Table" : "Tables"));
  report.tables.forEach(function (table) { main.appendChild(renderTable(table)); });

  // ---- notes
  if (report.notes.length) {
    main.appendChild(el("h2", null, "Notes"));
    var notes = el("ul", { class: "notes" });
    report.notes.forEach(function (note) { notes.appendChild(el("li", null, note)); });
    main.appendChild(notes);
  }

  // ---- evidence, in its paragraph
  if (report.evidence.length) {
    main.appendChild(el("h2", null, "Evidence"));
    var items = el("ol", { class: "evidence" });
    report.evidence.forEach(function (item, i) {
      var context = contexts[i];
      var quote = context
        ? el("blockquote", null, context.before, el("mark", null, context.match), context.after)
        : el("blockquote", null, el("mark", null, item.text));
      var meta = el("div", { class: "meta" });
      if (item.label) meta.appendChild(el("span", { class: "label" }, item.label));
      if (item.row_key) meta.appendChild(document.createTextNode((item.label ? " · " : "") + "row: " + item.row_key));
      meta.appendChild(el("div", null,
        item.article_number ? "#" + item.article_number + " " : null,
        item.article_title || item.article_id,
        item.article_path ? el("span", null, " — ", el("code", null, item.article_path)) : null));
      items.appendChild(el("li", { "data-article": item.article_id }, quote, meta));
    });
    main.appendChild(items);
  }

  Promise.all(pending).then(function () {
    document.documentElement.setAttribute("data-render-ms", String(Math.round(performance.now() - started)));
    document.documentElement.setAttribute("data-state", "done");
  });
})();
