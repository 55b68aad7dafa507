// newsledger: makes an article's highlights clickable and the event table sortable.
// Article data is read from a JSON script block and only ever written with textContent.
(function () {
  "use strict";
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  var dataNode = document.getElementById("analysis-data");
  var details = document.getElementById("details");
  if (dataNode && details) {
    var data = JSON.parse(dataNode.textContent);
    var byId = {};
    (data.events || []).forEach(function (e) { byId[e.id] = { kind: "event", item: e }; });
    (data.claims || []).forEach(function (c) { byId[c.id] = { kind: "claim", item: c }; });
    (data.actors || []).forEach(function (a) { byId[a.id] = { kind: "actor", item: a }; });
    var actorName = function (id) { return byId[id] ? byId[id].item.name : (id || "—"); };
    function line(label, value) {
      var p = el("p"); p.appendChild(el("strong", label + ": ")); p.appendChild(el("span", value));
      return p;
    }
    function show(ref) {
      var entry = byId[ref];
      if (!entry) return;
      var box = el("div", null, "detail detail-" + entry.kind);
      var it = entry.item;
      if (entry.kind === "event") {
        box.appendChild(el("h4", it.id + " · " + it.type + (it.mode ? "/" + it.mode : "")));
        box.appendChild(line("CAMEO", it.cameo + " " + (it.cameo_name || "") + " (Goldstein " + it.goldstein + ")"));
        box.appendChild(line("source → target", actorName(it.source) + " → " + actorName(it.target)));
        box.appendChild(line("status", it.status));
        if (it.location) box.appendChild(line("where", it.location.name + " (" + (it.location.country || "?") + ")"));
        if (it.date) box.appendChild(line("when", it.date + " (" + it.date_precision + ")"));
        if (it.quantity) box.appendChild(line("how many", it.quantity.value + " " + (it.quantity.unit || "")));
        box.appendChild(line("why", (it.why || []).join(", ")));
      } else if (entry.kind === "claim") {
        box.appendChild(el("h4", it.id + " · grade " + it.sourcing_grade));
        if (it.grade_reason) box.appendChild(line("graded", it.grade_reason));
        box.appendChild(line("attribution", it.attribution.type + (it.attribution.source_text ? ": " + it.attribution.source_text : "")));
        if (it.hedges.length) box.appendChild(line("hedges", it.hedges.map(function (f) { return f.text; }).join(", ")));
        if (it.loaded_language.length) box.appendChild(line("loaded", it.loaded_language.map(function (f) { return f.text + " (" + f.category + ")"; }).join(", ")));
        box.appendChild(line("why", (it.why || []).join(", ")));
      } else {
        box.appendChild(el("h4", it.name));
        box.appendChild(line("code", it.cameo_code || "—"));
        box.appendChild(line("kind", it.kind + (it.country ? " · " + it.country : "")));
        if (it.office) box.appendChild(line("office", it.office + (it.since ? " since " + it.since : "")));
        box.appendChild(line("mentions", it.mentions.length));
        box.appendChild(line("why", (it.why || []).concat(it.mentions.slice(0, 3).map(function (m) { return m.why; })).join(", ")));
      }
      details.replaceChildren(box);
    }
    document.querySelectorAll("[data-ref]").forEach(function (node) {
      node.addEventListener("click", function () { show(node.getAttribute("data-ref")); });
      node.addEventListener("keydown", function (ev) { if (ev.key === "Enter") show(node.getAttribute("data-ref")); });
    });
  }
  // sortable tables: click a header to sort by that column
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("data-sort") !== "asc";
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("data-sort"); });
        th.setAttribute("data-sort", asc ? "asc" : "desc");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var nx = parseFloat(x.replace(/,/g, "")), ny = parseFloat(y.replace(/,/g, ""));
          var cmp = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? cmp : -cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
