// Lede report pages: draws one declared chart into a container and resolves with the number of
// rows it drew. Bars, lines and scatter plots are Vega-Lite specs, networks a Vega force layout,
// maps Leaflet circles over the Natural Earth countries (#lede-basemap); no tiles, no requests.
(function () {
  "use strict";

  // Colours that carry meaning where a column's values say support/oppose or a place's role;
  // anything else gets Tableau 10 in order of first appearance.
  var MEANING = {
    support: "#2e7d32", positive: "#2e7d32", agree: "#2e7d32", cooperation: "#2e7d32",
    oppose: "#c62828", negative: "#c62828", disagree: "#c62828", conflict: "#c62828",
    neutral: "#8a8f98", discuss: "#8a8f98", unrelated: "#c9cdd2",
    location: "#1f77b4", actor: "#e4572e", modifier: "#9467bd"
  };
  var PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6",
    "#9d755d", "#bab0ac"];
  function colours(values) {
    var domain = [], range = [], used = 0;
    values.forEach(function (v) {
      var key = v === null || v === undefined ? "(none)" : String(v);
      if (domain.indexOf(key) >= 0) return;
      domain.push(key);
      range.push(MEANING[key.toLowerCase()] || PALETTE[used++ % PALETTE.length]);
    });
    return { domain: domain, range: range, of: function (v) {
      var i = domain.indexOf(v === null || v === undefined ? "(none)" : String(v));
      return i >= 0 ? range[i] : "#888";
    } };
  }

  // Text for titles and legends: Vega compiles some into expressions, where a line break or
  // U+2028 inside a string is a syntax error.
  function label(text) {
    return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  }

  // Rows as objects with fields c0, c1…: Vega reads dots and brackets in field names as paths.
  function fields(table) {
    var names = {};
    table.columns.forEach(function (c, i) { names[c.name] = "c" + i; });
    return names;
  }
  // A missing text value shows as "(none)", except dates, which Vega leaves out when missing.
  function values(table, names, dates) {
    return table.rows.map(function (row) {
      var out = {};
      // Strings as the table shows them: Vega compiles some values (a colour scale's domain)
      // into expressions, where U+2028 is a syntax error.
      table.columns.forEach(function (c) {
        var v = row[c.name];
        out[names[c.name]] = typeof v === "string" ? label(v) : v === null && c.type === "string" && c.name !== dates ? "(none)" : v;
      });
      return out;
    });
  }
  function columnOf(table, name) {
    for (var i = 0; i < table.columns.length; i++) if (table.columns[i].name === name) return table.columns[i];
    return null;
  }
  function tooltip(table, names) {
    return table.columns.map(function (c) {
      var t = { field: names[c.name], title: label(c.name), type: c.type === "string" || c.type === "boolean" ? "nominal" : "quantitative" };
      if (c.type === "number") t.format = /^percent/.test(c.format || "") ? ".1%" : ".3~f";
      return t;
    });
  }

  // Counts have no half: ticks between whole numbers go unlabelled.
  var INTEGER_AXIS = { tickMinStep: 1, labelExpr: "datum.value % 1 ? '' : format(datum.value, 'd')" };

  var TIME_UNITS = { day: "yearmonthdate", week: "yearweek", month: "yearmonth", year: "year" };

  function vegaLite(chart, table, width) {
    var c = chart.columns, names = fields(table), data = values(table, names, chart.time ? c.x : null);
    var f = function (name) { return names[name]; };
    var temporal = !!chart.time;
    var xColumn = columnOf(table, c.x);
    var xNumeric = xColumn && xColumn.type !== "string" && xColumn.type !== "boolean";
    var horizontal = chart.kind === "bar" && !temporal && !xNumeric;
    var categories = horizontal ? new Set(data.map(function (d) { return d[f(c.x)]; })).size : 0;
    var spec = {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: "container",
      autosize: { type: "fit-x", contains: "padding" },
      height: horizontal ? Math.max(60, Math.min(categories, 60) * 22) : 280,
      data: { values: data },
      config: { view: { stroke: null }, axis: { labelLimit: 260 } }
    };
    var yColumn = columnOf(table, c.y);
    var value = chart.aggregate === "count"
      ? { aggregate: "count", type: "quantitative", title: label(table.name), axis: INTEGER_AXIS }
      : { field: f(c.y), type: "quantitative", title: label(c.y) };
    if (yColumn && yColumn.type === "integer" && chart.aggregate !== "mean") value.axis = INTEGER_AXIS;
    if (chart.aggregate === "sum" || chart.aggregate === "mean") value.aggregate = chart.aggregate;
    var category;
    if (temporal) {
      // One tick a unit at most: ticks the scale picks by itself (days inside a week) each
      // got the unit's label, so "2016 W36" stood three times on one axis.
      category = { field: f(c.x), type: "temporal", timeUnit: TIME_UNITS[chart.time], title: label(c.x),
        axis: { tickCount: { interval: chart.time, step: 1 }, labelOverlap: "greedy" } };
    } else if (chart.kind === "scatter" || xNumeric) {
      category = { field: f(c.x), type: "quantitative", title: label(c.x), scale: { zero: false } };
    } else {
      category = { field: f(c.x), type: chart.kind === "line" ? "ordinal" : "nominal", sort: null, title: label(c.x) };
      // Long category labels leave no room for an axis title beside them; the caption names it.
      if (horizontal) category.title = null;
    }
    var encoding = {};
    encoding[horizontal ? "y" : "x"] = category;
    encoding[horizontal ? "x" : "y"] = value;
    if (c.color) {
      var palette = colours(data.map(function (d) { return d[f(c.color)]; }));
      encoding.color = { field: f(c.color), type: "nominal", title: label(c.color),
        scale: { domain: palette.domain, range: palette.range } };
      // Bars side by side only where a category has more than one colour.
      var seen = {}, grouped = false;
      data.forEach(function (d) {
        var key = JSON.stringify(d[f(c.x)]), colour = JSON.stringify(d[f(c.color)]);
        if (key in seen && seen[key] !== colour) grouped = true;
        seen[key] = colour;
      });
      if (chart.kind === "bar" && grouped && !chart.aggregate) {
        encoding[horizontal ? "yOffset" : "xOffset"] = { field: f(c.color) };
      }
    }
    if (c.size) encoding.size = { field: f(c.size), type: "quantitative", title: label(c.size) };
    if (!chart.aggregate) encoding.tooltip = tooltip(table, names);
    var mark = chart.kind === "bar" ? { type: "bar" }
      : chart.kind === "line" ? { type: "line", point: true } : { type: "point", filled: true, opacity: 0.8 };
    if (!c.lo) {
      spec.mark = mark;
      spec.encoding = encoding;
      return spec;
    }
    // An interval: error bars over bars and points, a band under a line.
    var interval = {};
    interval[horizontal ? "y" : "x"] = category;
    interval[horizontal ? "x" : "y"] = { field: f(c.lo), type: "quantitative", title: label(c.y) };
    interval[horizontal ? "x2" : "y2"] = { field: f(c.hi) };
    if (encoding.color) interval.color = encoding.color;
    if (encoding.yOffset) interval.yOffset = encoding.yOffset;
    if (encoding.xOffset) interval.xOffset = encoding.xOffset;
    interval.tooltip = encoding.tooltip;
    var band = chart.kind === "line"
      ? { mark: { type: "area", opacity: 0.2 }, encoding: interval }
      : { mark: { type: "rule", strokeWidth: 1.5, color: "#333" }, encoding: interval };
    if (chart.kind !== "line") delete band.encoding.color;
    spec.layer = chart.kind === "line"
      ? [band, { mark: mark, encoding: encoding }]
      : [{ mark: chart.kind === "bar" ? { type: "bar", opacity: 0.85 } : mark, encoding: encoding }, band];
    return spec;
  }

  function network(chart, table, width) {
    var c = chart.columns, nodes = [], index = {}, links = [];
    function node(name) {
      var key = name === null || name === undefined ? "(none)" : String(name);
      if (!(key in index)) { index[key] = nodes.length; nodes.push({ name: key, degree: 0 }); }
      return index[key];
    }
    table.rows.forEach(function (row) {
      var s = node(row[c.source]), t = node(row[c.target]);
      var w = c.weight ? Math.abs(Number(row[c.weight]) || 0) : 1;
      nodes[s].degree += w; nodes[t].degree += w;
      links.push({ source: s, target: t, weight: w, colour: c.color ? String(row[c.color]) : "edge",
        label: nodes[s].name + " → " + nodes[t].name + (c.color ? ": " + row[c.color] : "") +
          (c.weight ? " (" + c.weight + " " + row[c.weight] + ")" : "") });
    });
    var palette = colours(links.map(function (l) { return l.colour; }));
    var maxWeight = Math.max.apply(null, [0].concat(links.map(function (l) { return l.weight; })));
    links.forEach(function (l) { l.width = maxWeight > 1 ? 1.2 + 4.8 * l.weight / maxWeight : 2; });
    var height = Math.max(320, Math.min(800, 120 + nodes.length * 28));
    var plotWidth = Math.max(300, width - 20);
    // The x and y forces pull every node toward the middle, so parts of the graph that are not
    // linked to each other stay in view.
    nodes.forEach(function (n) { n.home_x = plotWidth / 2; n.home_y = height / 2; });
    var legend = c.color ? [{ stroke: "colour", title: label(c.color), orient: "top-left", symbolType: "stroke", offset: 4 }] : [];
    return [{
      $schema: "https://vega.github.io/schema/vega/v6.json",
      width: plotWidth, height: height, autosize: "none", padding: 10,
      signals: [{ name: "cx", update: "width / 2" }, { name: "cy", update: "height / 2" }],
      data: [{ name: "node-data", values: nodes }, { name: "link-data", values: links }],
      scales: [
        { name: "colour", type: "ordinal", domain: palette.domain, range: palette.range },
        { name: "radius", type: "sqrt", domain: [0, Math.max.apply(null, [1].concat(nodes.map(function (n) { return n.degree; })))], range: [60, 500] }
      ],
      legends: legend,
      marks: [
        { name: "nodes", type: "symbol", zindex: 1, from: { data: "node-data" },
          encode: { enter: { fill: { value: "#dde6f0" }, stroke: { value: "#4c78a8" }, strokeWidth: { value: 1.5 },
            size: { scale: "radius", field: "degree" }, tooltip: { field: "name" } } },
          transform: [{ type: "force", iterations: 400, static: true, signal: "force", forces: [
            { force: "center", x: { signal: "cx" }, y: { signal: "cy" } },
            { force: "collide", radius: 28 },
            { force: "nbody", strength: -260 },
            { force: "link", links: "link-data", distance: 130 },
            { force: "x", x: "datum.home_x", strength: 0.05 },
            { force: "y", y: "datum.home_y", strength: 0.09 }
          ] },
          // A node the layout pushed past the edge, and its label, would be cut off: keep each
          // inside the plot, with room for a label above it and half a label on either side.
          { type: "formula", as: "x", expr: "clamp(datum.x, 70, width - 70)" },
          { type: "formula", as: "y", expr: "clamp(datum.y, 26, height - 12)" }] },
        { type: "path", from: { data: "link-data" }, interactive: true,
          encode: { update: { stroke: { scale: "colour", field: "colour" }, strokeOpacity: { value: 0.8 },
            strokeWidth: { field: "width" }, tooltip: { field: "label" } } },
          transform: [{ type: "linkpath", require: { signal: "force" }, shape: "line", sourceX: "datum.source.x", sourceY: "datum.source.y",
            targetX: "datum.target.x", targetY: "datum.target.y" }] },
        // An arrowhead two thirds of the way along each edge: edges have a direction.
        { type: "symbol", from: { data: "link-data" }, interactive: false,
          encode: { update: { shape: { value: "triangle-right" }, size: { value: 90 },
            fill: { scale: "colour", field: "colour" },
            x: { signal: "datum.source.x + (datum.target.x - datum.source.x) * 0.62" },
            y: { signal: "datum.source.y + (datum.target.y - datum.source.y) * 0.62" },
            angle: { signal: "atan2(datum.target.y - datum.source.y, datum.target.x - datum.source.x) * 180 / PI" } } } },
        { type: "text", from: { data: "nodes" }, zindex: 2, interactive: false,
          encode: { update: { x: { field: "x" }, y: { field: "y" }, dy: { value: -12 }, align: { value: "center" },
            text: { field: "datum.name" }, limit: { value: 190 }, fontSize: { value: 12 }, fill: { value: "#1f2328" } } } }
      ]
    }, links.length];
  }

  function basemap() {
    var node = document.getElementById("lede-basemap");
    var data = JSON.parse(node.textContent), scale = data.scale;
    return data.countries.map(function (country) {
      return { name: country.name, rings: country.rings.map(function (ring) {
        var x = 0, y = 0, points = [];
        for (var i = 0; i < ring.length; i += 2) {
          x = i === 0 ? ring[0] : x + ring[i];
          y = i === 0 ? ring[1] : y + ring[i + 1];
          points.push([y / scale, x / scale]);
        }
        return points;
      }) };
    });
  }

  function map(chart, table, container) {
    var c = chart.columns;
    var world = L.map(container, { minZoom: 1, maxZoom: 9, zoomSnap: 0.25, worldCopyJump: false,
      maxBounds: [[-85, -200], [85, 200]], attributionControl: true });
    // Vector layers need a view before they are added.
    world.setView([20, 10], 1.5);
    world.attributionControl.setPrefix(false);
    world.attributionControl.addAttribution("Countries: Natural Earth (public domain)");
    var land = L.layerGroup().addTo(world);
    basemap().forEach(function (country) {
      // One path per country, all rings together: the even-odd fill keeps lakes and enclaves open.
      var shape = L.polygon(country.rings, { color: "#a9b4bf", weight: 0.6, fillColor: "#f7f5f0", fillOpacity: 1,
        interactive: false });
      shape.addTo(land);
    });
    var rows = table.rows.filter(function (row) {
      return typeof row[c.lat] === "number" && typeof row[c.lon] === "number";
    });
    var sizes = c.size ? rows.map(function (r) { return Math.max(0, Number(r[c.size]) || 0); }) : [];
    var biggest = Math.max.apply(null, [1].concat(sizes));
    var palette = colours(rows.map(function (r) { return c.color ? r[c.color] : "places"; }));
    var markers = [];
    rows.forEach(function (row, i) {
      var radius = c.size ? 4 + 22 * Math.sqrt(sizes[i] / biggest) : 6;
      var colour = palette.of(c.color ? row[c.color] : "places");
      var marker = L.circleMarker([row[c.lat], row[c.lon]], { radius: radius, color: colour, weight: 1.2,
        fillColor: colour, fillOpacity: 0.55 });
      var tip = document.createElement("div");
      table.columns.forEach(function (column, k) {
        if (column.name === c.lat || column.name === c.lon) return;
        var line = document.createElement(k === 0 || column.name === c.label ? "b" : "div");
        line.textContent = (column.name === c.label || k === 0 ? "" : column.name + ": ") +
          (row[column.name] === null ? "" : String(row[column.name]));
        tip.appendChild(line);
        if (line.tagName === "B") tip.appendChild(document.createElement("br"));
      });
      marker.bindTooltip(tip, { direction: "top" });
      marker.addTo(world);
      markers.push(marker);
    });
    if (markers.length) {
      world.fitBounds(L.featureGroup(markers).getBounds().pad(0.35), { maxZoom: 5 });
    }
    if (c.color || c.size) {
      var legend = L.control({ position: "bottomleft" });
      legend.onAdd = function () {
        var box = document.createElement("div");
        box.className = "legend";
        if (c.color) {
          var title = document.createElement("b");
          title.textContent = c.color;
          box.appendChild(title);
          palette.domain.forEach(function (value, k) {
            var line = document.createElement("div"), dot = document.createElement("i");
            dot.style.background = palette.range[k];
            line.appendChild(dot);
            line.appendChild(document.createTextNode(value));
            box.appendChild(line);
          });
        }
        if (c.size) {
          var note = document.createElement("div");
          note.textContent = "size: " + c.size;
          box.appendChild(note);
        }
        return box;
      };
      legend.addTo(world);
    }
    return markers.length;
  }

  function draw(chart, table, container) {
    if (chart.kind === "map") return map(chart, table, container);
    var width = container.clientWidth || 800;
    var options = { actions: { export: true, source: false, compiled: false, editor: false }, renderer: "svg" };
    if (chart.kind === "network") {
      var made = network(chart, table, width);
      return vegaEmbed(container, made[0], options).then(function () { return made[1]; });
    }
    var spec = vegaLite(chart, table, width);
    return vegaEmbed(container, spec, options).then(function (result) {
      // The rows Vega holds: Vega-Lite names a chart's inline data "source_0".
      return result.view.data("source_0").length;
    });
  }

  window.LedeCharts = { draw: draw };
})();
