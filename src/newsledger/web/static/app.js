// newsledger: makes an article's highlights clickable and the actor page's tables sortable.
// Article data is read from a JSON script block and only ever written with textContent.
(function () {
  "use strict";
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  // The article page (templates/web/_article.html): each sentence is a span id="s{n}"
  // data-s="{n}", each highlight a .mark whose data-refs lists every event, claim and actor
  // it serves. A click on a highlight shows its details (or, when it serves several, a list
  // to choose from) and selects its row; a click on a row marks its sentence and scrolls
  // the text to it; #s{n} in the address marks sentence n, on load and on a hash change.
  var dataNode = document.getElementById("analysis-data");
  var details = document.getElementById("details");
  var articleNode = document.getElementById("article");
  if (dataNode && details && articleNode) {
    var data = JSON.parse(dataNode.textContent);
    var panel = document.getElementById("panel");
    var byId = {};
    var bySentence = {};  // sentence index -> ids of its events and claims
    var note = function (n, id) { (bySentence[n] = bySentence[n] || []).push(id); };
    (data.events || []).forEach(function (e) {
      byId[e.id] = { kind: "event", item: e, sentence: e.evidence.sentence };
      note(e.evidence.sentence, e.id);
    });
    (data.claims || []).forEach(function (c) {
      byId[c.id] = { kind: "claim", item: c, sentence: c.sentence };
      note(c.sentence, c.id);
    });
    (data.actors || []).forEach(function (a) { byId[a.id] = { kind: "actor", item: a, sentence: null }; });
    // the details' own close button: in a narrow window they are a panel along the bottom
    // (style.css), which closes back into the page
    var closer = el("button", "×", "close");
    closer.type = "button";
    closer.setAttribute("aria-label", "Close the details");
    closer.addEventListener("click", function () { setOpen(false); });
    function setOpen(open) {
      details.classList.toggle("open", open);
      document.body.classList.toggle("details-open", open);
      document.documentElement.classList.toggle("details-open", open);
    }
    function fill() {  // the details show these nodes (after the close button)
      details.replaceChildren.apply(details, [closer].concat(Array.prototype.slice.call(arguments)));
      setOpen(true);
      noteHeight();
    }
    // a row scrolled to in the panel lands below the sticky details (style.css reads
    // --details-height as the rows' scroll-margin-top), whatever height they have now
    function noteHeight() { if (panel) panel.style.setProperty("--details-height", details.offsetHeight + "px"); }
    if (window.ResizeObserver) new ResizeObserver(noteHeight).observe(details);
    noteHeight();
    articleNode.classList.add("scripted");  // from here on the script marks sentences, not :target
    var actorName = function (id) { return byId[id] ? byId[id].item.name : (id || "—"); };
    var refsOf = function (node) { return (node.getAttribute("data-refs") || "").split(" ").filter(Boolean); };
    function line(label, value) {
      var p = el("p"); p.appendChild(el("strong", label + ": ")); p.appendChild(el("span", value));
      return p;
    }
    function label(ref) {
      var entry = byId[ref];
      if (!entry) return ref;
      var it = entry.item;
      if (entry.kind === "event") return it.id + " · event " + it.type + " · " + it.status + " · " + actorName(it.source) + " → " + actorName(it.target);
      if (entry.kind === "claim") return it.id + " · claim, grade " + it.sourcing_grade + " · " + it.attribution.type + (it.attribution.source_text ? ": " + it.attribution.source_text : "");
      return it.name + " · actor " + (it.cameo_code || "—");
    }
    function detailBox(entry) {
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
        box.appendChild(line("sentence", "s" + it.evidence.sentence));
        box.appendChild(line("why", (it.why || []).join(", ")));
      } else if (entry.kind === "claim") {
        box.appendChild(el("h4", it.id + " · grade " + it.sourcing_grade));
        if (it.grade_reason) box.appendChild(line("graded", it.grade_reason));
        box.appendChild(line("attribution", it.attribution.type + (it.attribution.source_text ? ": " + it.attribution.source_text : "")));
        if (it.hedges.length) box.appendChild(line("hedges", it.hedges.map(function (f) { return f.text; }).join(", ")));
        if (it.loaded_language.length) box.appendChild(line("loaded", it.loaded_language.map(function (f) { return f.text + " (" + f.category + ")"; }).join(", ")));
        box.appendChild(line("sentence", "s" + it.sentence));
        box.appendChild(line("why", (it.why || []).join(", ")));
      } else {
        box.appendChild(el("h4", it.name));
        box.appendChild(line("code", it.cameo_code || "—"));
        box.appendChild(line("kind", it.kind + (it.country ? " · " + it.country : "")));
        if (it.office) box.appendChild(line("office", it.office + (it.since ? " since " + it.since : "")));
        box.appendChild(line("mentions", it.mentions.length));
        box.appendChild(line("why", (it.why || []).concat(it.mentions.slice(0, 3).map(function (m) { return m.why; })).join(", ")));
      }
      return box;
    }
    // the ids whose highlights belong with ref: an event's actors and claim, a claim's events
    function related(ref) {
      var entry = byId[ref], ids = [ref];
      if (!entry) return ids;
      var events = entry.kind === "event" ? [entry.item] : [];
      if (entry.kind === "claim") {
        (entry.item.events || []).forEach(function (id) { if (byId[id]) events.push(byId[id].item); });
      }
      events.forEach(function (e) {
        ids.push(e.id, e.source, e.target, e.claim);
        (e.participants || []).forEach(function (p) { ids.push(p.actor); });
      });
      return ids.filter(Boolean);
    }
    function sentenceParts(n) { return articleNode.querySelectorAll('.sentence[data-s="' + Number(n) + '"]'); }
    function clearMarks() {
      articleNode.querySelectorAll(".sentence.current").forEach(function (s) { s.classList.remove("current"); });
      articleNode.querySelectorAll(".mark.focus").forEach(function (m) { m.classList.remove("focus"); });
      document.querySelectorAll("tr.row.selected").forEach(function (r) { r.classList.remove("selected"); });
    }
    // mark sentence n and, inside it, the highlights that serve ids (all of them: null);
    // also a claim's own highlights anywhere (a carried-over attribution is in an earlier sentence)
    function markSentence(n, ids, claims) {
      var parts = sentenceParts(n);
      parts.forEach(function (part) {
        part.classList.add("current");
        part.querySelectorAll(".mark").forEach(function (m) {
          var kinds = m.classList.contains("trigger") || m.classList.contains("actor") || m.classList.contains("attribution");
          if (ids ? refsOf(m).some(function (r) { return ids.indexOf(r) >= 0; }) : kinds) m.classList.add("focus");
        });
      });
      articleNode.querySelectorAll(".mark.attribution").forEach(function (m) {
        if (refsOf(m).some(function (r) { return claims.indexOf(r) >= 0; })) m.classList.add("focus");
      });
      return parts.length ? parts[0] : null;
    }
    function revealRow(row) {  // scroll the panel (not the page) so the row shows below the details
      if (!panel || panel.scrollHeight <= panel.clientHeight) return;
      var top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      var below = details.offsetHeight + 8;
      if (top < below || top + row.offsetHeight > panel.clientHeight) panel.scrollTop += top - below;
    }
    function select(ref, how, choices) {
      var entry = byId[ref];
      if (!entry) return;
      clearMarks();
      if (choices) fill(choices, detailBox(entry));
      else fill(detailBox(entry));
      if (entry.sentence !== null && entry.sentence !== undefined) {
        var claims = related(ref).filter(function (id) { return byId[id] && byId[id].kind === "claim"; });
        var first = markSentence(entry.sentence, related(ref), claims);
        if (how.scrollText && first) first.scrollIntoView({ block: "center" });
      } else {
        articleNode.querySelectorAll(".mark").forEach(function (m) { if (refsOf(m).indexOf(ref) >= 0) m.classList.add("focus"); });
      }
      var row = panel ? panel.querySelector('tr.row[data-ref="' + CSS.escape(ref) + '"]') : null;
      if (row) {
        row.classList.add("selected");
        if (how.revealRow) revealRow(row);
      }
    }
    // a list of refs to choose from; the chosen one's details show below the list
    function choose(refs, heading, onShow) {
      var box = el("div", null, "choices");
      box.appendChild(el("h4", heading));
      var list = el("ul");
      refs.forEach(function (ref) {
        var button = el("button", label(ref));
        button.type = "button";
        button.setAttribute("data-choice", ref);
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
          box.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
          select(ref, { revealRow: true }, box);
        });
        var item = el("li"); item.appendChild(button); list.appendChild(item);
      });
      box.appendChild(list);
      fill(box);
      if (onShow) onShow();
    }
    function clickMark(node) {
      var refs = refsOf(node).filter(function (r) { return byId[r]; });
      if (refs.length === 1) { select(refs[0], { revealRow: true }); return; }
      if (!refs.length) return;
      choose(refs, "This highlight serves " + refs.length + ": choose one", function () {
        clearMarks();
        var sentence = node.closest(".sentence");
        if (sentence) sentenceParts(sentence.getAttribute("data-s")).forEach(function (s) { s.classList.add("current"); });
        node.classList.add("focus");
      });
    }
    articleNode.querySelectorAll(".mark[data-refs]").forEach(function (node) {
      node.addEventListener("click", function () { clickMark(node); });
      node.addEventListener("keydown", function (ev) { if (ev.key === "Enter") clickMark(node); });
    });
    document.querySelectorAll("tr.row[data-ref]").forEach(function (row) {
      // the details grow with what they show: the clicked row is kept below them
      row.addEventListener("click", function () { select(row.getAttribute("data-ref"), { scrollText: true, revealRow: true }); });
    });
    function fromHash() {
      var found = /^#s(\d+)$/.exec(window.location.hash);
      if (!found) return;
      var n = Number(found[1]), ids = bySentence[n] || [];
      clearMarks();
      var claims = ids.filter(function (id) { return byId[id].kind === "claim"; });
      var first = markSentence(n, null, claims);
      if (!first) return;
      if (ids.length) choose(ids, "Sentence " + n + ": its events and claims");
      else fill(el("p", "Sentence " + n + ": no event or claim.", "hint"));
      first.scrollIntoView({ block: "center" });
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }
  // sortable tables (the actor page's short ones; the lists sort on the server): click a
  // header to sort by that column
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
