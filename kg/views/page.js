/* kg graph page: draws the data embedded by kg.views.pagedata with vis-network.
   Every string from the data reaches the page through textContent or a canvas fillText, never
   as markup. Positions come from the data (computed in Python): physics is off, so the page is
   still as soon as it is drawn. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var SHAPES = {Person: "dot", Organization: "square", Place: "triangle", Event: "diamond",
                Concept: "star", Quote: "box", Other: "dot"};
  var PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
                 "#ff9da7", "#9c755f", "#8cd17d", "#86bcb6", "#d4a6c8"];
  var GREY = "#bab0ac", EDGE = "#9a9a9a", NEGATED = "#d62728";
  var LABEL_PX = 13, EDGE_LABEL_PX = 11, LABEL_GAP = 2, MAX_LABELS = 400, EXPAND_LIMIT = 40;
  var FONT = "system-ui, sans-serif";
  var N = DATA.nodes, E = DATA.edges, F = DATA.facts;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  // Adjacency: node -> list of edge indices.
  var adj = N.map(function () { return []; });
  E.forEach(function (e, k) { adj[e.u].push(k); if (e.v !== e.u) { adj[e.v].push(k); } });

  var shownType = {};
  DATA.types.forEach(function (t) { shownType[t] = t !== "Concept"; });
  var wanted = {};   // nodes asked for (opening set, expansions, search); the type filter still applies
  var pinned = {};   // nodes shown whatever the filter (a search hit, a click in the panel)
  N.forEach(function (n, i) { if (n.x !== undefined) { wanted[i] = true; } });
  var pos = N.map(function (n) { return n.x === undefined ? null : {x: n.x, y: n.y}; });

  function colour(i) {
    var n = N[i];
    if (n.c === undefined) { return GREY; }
    return n.c < PALETTE.length ? PALETTE[n.c] : GREY;
  }
  function visible(i) { return !!pinned[i] || (!!wanted[i] && shownType[N[i].t] !== false); }
  function visNode(i) {
    var p = pos[i];
    return {id: i, x: p.x, y: p.y, shape: SHAPES[N[i].t] || "dot", size: N[i].s,
            color: {background: colour(i), border: "#ffffff",
                    highlight: {background: colour(i), border: "#222222"},
                    hover: {background: colour(i), border: "#222222"}},
            borderWidth: 1.5, borderWidthSelected: 3};
  }
  function visEdge(k) {
    var e = E[k];
    var arrows = {to: {enabled: (e.dir & 1) !== 0, scaleFactor: 0.45},
                  from: {enabled: (e.dir & 2) !== 0, scaleFactor: 0.45}};
    return {id: k, from: e.u, to: e.v, arrows: arrows, dashes: e.neg,
            width: Math.min(8, 1 + Math.log2(e.n)),
            color: {color: e.neg ? NEGATED : EDGE, highlight: "#222222", hover: "#222222", inherit: false}};
  }

  // Place a node that has no position: on a free spot near a drawn neighbour, else below the drawing.
  var CELL = 50, occupied = {};
  function cellKey(p) { return Math.floor(p.x / CELL) + "," + Math.floor(p.y / CELL); }
  function free(p) {
    var cx = Math.floor(p.x / CELL), cy = Math.floor(p.y / CELL);
    for (var dx = -1; dx <= 1; dx++) { for (var dy = -1; dy <= 1; dy++) {
      var others = occupied[(cx + dx) + "," + (cy + dy)] || [];
      for (var j = 0; j < others.length; j++) {
        if (Math.hypot(others[j].x - p.x, others[j].y - p.y) < CELL) { return false; }
      }
    } }
    return true;
  }
  function occupy(p) { (occupied[cellKey(p)] = occupied[cellKey(p)] || []).push(p); }
  pos.forEach(function (p) { if (p) { occupy(p); } });
  var lowest = pos.reduce(function (m, p) { return p ? Math.max(m, p.y) : m; }, 0);
  var spare = 0;
  function place(i) {
    if (pos[i]) { return; }
    var anchor = null;
    adj[i].forEach(function (k) {
      var o = E[k].u === i ? E[k].v : E[k].u;
      if (anchor === null && o !== i && pos[o] && visible(o)) { anchor = o; }
    });
    var spot = null;
    if (anchor !== null) {
      for (var ring = 1; ring <= 8 && spot === null; ring++) {
        for (var step = 0; step < 6 * ring && spot === null; step++) {
          var angle = 2 * Math.PI * step / (6 * ring) + ring;
          var p = {x: pos[anchor].x + ring * 60 * Math.cos(angle), y: pos[anchor].y + ring * 60 * Math.sin(angle)};
          if (free(p)) { spot = p; }
        }
      }
    }
    if (spot === null) {
      spot = {x: (spare % 25) * 110 - 1320, y: lowest + 150 + Math.floor(spare / 25) * 70};
      spare += 1;
    }
    pos[i] = spot;
    occupy(spot);
  }

  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  function sync() {
    var showNodes = [];
    N.forEach(function (n, i) { if (visible(i)) { place(i); showNodes.push(i); } });
    var on = {};
    showNodes.forEach(function (i) { on[i] = true; });
    var gone = nodes.getIds().filter(function (i) { return !on[i]; });
    nodes.remove(gone);
    nodes.add(showNodes.filter(function (i) { return nodes.get(i) === null; }).map(visNode));
    var showEdges = [];
    E.forEach(function (e, k) { if (on[e.u] && on[e.v]) { showEdges.push(k); } });
    var onEdge = {};
    showEdges.forEach(function (k) { onEdge[k] = true; });
    edges.remove(edges.getIds().filter(function (k) { return !onEdge[k]; }));
    edges.add(showEdges.filter(function (k) { return edges.get(k) === null; }).map(visEdge));
    header();
  }

  var factsTotal = E.reduce(function (sum, e) { return sum + e.n; }, 0);
  function header() {
    var drawnFacts = 0;
    edges.getIds().forEach(function (k) { drawnFacts += E[k].n; });
    var text = nodes.length + " of " + N.length + " nodes drawn, " + edges.length + " of " + E.length +
      " links (" + drawnFacts + " of " + factsTotal + " facts).";
    document.getElementById("kg-counts").textContent = text;
    window.kgCounts = {nodes: nodes.length, edges: edges.length, facts: drawnFacts};
  }

  var container = document.getElementById("kg-canvas");
  var big = N.length > 2000;
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    physics: {enabled: false},
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 3600000,
                  navigationButtons: false, keyboard: false},
    nodes: {font: {size: 0}, label: undefined},
    edges: {smooth: false, font: {size: 0}, selectionWidth: 1.5, hoverWidth: 1}
  });
  sync();
  network.fit({animation: false});

  // ---- labels: chosen from drawn positions so that no two overlap at the current zoom ----
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};
  function textWidth(text, px) {
    var key = px + "|" + text;
    if (widths[key] === undefined) {
      measure.font = px + "px " + FONT;
      widths[key] = measure.measureText(text).width;
    }
    return widths[key];
  }
  var byWeight = N.map(function (_, i) { return i; }).sort(function (a, b) { return N[b].w - N[a].w || a - b; });
  var edgeByCount = E.map(function (_, k) { return k; }).sort(function (a, b) { return E[b].n - E[a].n || a - b; });
  var placed = [];
  function overlaps(box, grid) {
    for (var gx = Math.floor(box.x / 100); gx <= Math.floor((box.x + box.w) / 100); gx++) {
      for (var gy = Math.floor(box.y / 40); gy <= Math.floor((box.y + box.h) / 40); gy++) {
        var cell = grid[gx + "," + gy];
        if (!cell) { continue; }
        for (var j = 0; j < cell.length; j++) {
          var o = cell[j];
          if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) { return true; }
        }
      }
    }
    return false;
  }
  function keep(box, grid) {
    for (var gx = Math.floor(box.x / 100); gx <= Math.floor((box.x + box.w) / 100); gx++) {
      for (var gy = Math.floor(box.y / 40); gy <= Math.floor((box.y + box.h) / 40); gy++) {
        (grid[gx + "," + gy] = grid[gx + "," + gy] || []).push(box);
      }
    }
    placed.push(box);
  }
  function chooseLabels() {
    placed = [];
    var grid = {};
    var scale = network.getScale();
    var w = container.clientWidth, h = container.clientHeight;
    var ids = nodes.getIds();
    var on = {};
    ids.forEach(function (i) { on[i] = true; });
    var where = network.getPositions(ids);
    var selected = {};
    network.getSelectedNodes().forEach(function (i) { selected[i] = true; });
    var order = byWeight.filter(function (i) { return on[i] && selected[i]; })
      .concat(byWeight.filter(function (i) { return on[i] && !selected[i]; }));
    // Nodes are obstacles too, taken in the same order: a label never covers the shape of a node
    // that matters as much or more (a small node may lie under a big name's label).
    for (var r = 0; r < order.length && placed.length < MAX_LABELS; r++) {
      var i = order[r], p = network.canvasToDOM(where[i]);
      var radius = N[i].s * scale, tw = textWidth(N[i].l, LABEL_PX);
      if (radius >= 2 && p.x + radius > 0 && p.y + radius > 0 && p.x - radius < w && p.y - radius < h) {
        keep({x: p.x - radius * 0.8, y: p.y - radius * 0.8, w: radius * 1.6, h: radius * 1.6}, grid);
        placed.pop();
      }
      var box = {kind: "node", id: i, text: N[i].l, x: p.x - tw / 2 - 2, y: p.y + radius + LABEL_GAP, w: tw + 4, h: LABEL_PX + 4};
      if (box.x < 0 || box.y < 0 || box.x + box.w > w || box.y + box.h > h) { continue; }
      if (!overlaps(box, grid)) { keep(box, grid); }
    }
    for (var s = 0; s < edgeByCount.length && placed.length < MAX_LABELS; s++) {
      var k = edgeByCount[s], e = E[k];
      if (!on[e.u] || !on[e.v] || e.u === e.v) { continue; }
      var a = network.canvasToDOM(where[e.u]), b = network.canvasToDOM(where[e.v]);
      var ew = textWidth(e.p, EDGE_LABEL_PX);
      if (Math.hypot(a.x - b.x, a.y - b.y) < ew + (N[e.u].s + N[e.v].s) * scale + 8) { continue; }
      var ebox = {kind: "edge", id: k, text: e.p, x: (a.x + b.x) / 2 - ew / 2 - 2, y: (a.y + b.y) / 2 - EDGE_LABEL_PX / 2 - 2,
                  w: ew + 4, h: EDGE_LABEL_PX + 4};
      if (ebox.x < 0 || ebox.y < 0 || ebox.x + ebox.w > w || ebox.y + ebox.h > h) { continue; }
      if (!overlaps(ebox, grid)) { keep(ebox, grid); }
    }
    window.kgLabels = placed.map(function (b) { return {kind: b.kind, id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h}; });
  }
  network.on("afterDrawing", function (ctx) {
    chooseLabels();
    var scale = network.getScale();
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    placed.forEach(function (b) {
      var px = b.kind === "node" ? LABEL_PX : EDGE_LABEL_PX;
      var c = network.DOMtoCanvas({x: b.x + b.w / 2, y: b.y + 2});
      ctx.font = (px / scale) + "px " + FONT;
      ctx.lineWidth = 3 / scale;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(b.text, c.x, c.y);
      ctx.fillStyle = b.kind === "node" ? "#1a1a1a" : (E[b.id].neg ? NEGATED : "#555555");
      ctx.fillText(b.text, c.x, c.y);
    });
    ctx.restore();
    if (!window.kgStill) { window.kgStill = true; window.kgStillAt = performance.now(); }
  });

  // ---- tooltip ----
  var tip = document.getElementById("kg-tip");
  function showTip(lines, event) {
    tip.textContent = "";
    lines.forEach(function (line, j) { tip.appendChild(el("div", line, j === 0 ? "kg-tip-head" : "")); });
    var rect = container.getBoundingClientRect();
    tip.style.left = (rect.left + window.scrollX + event.pointer.DOM.x + 14) + "px";
    tip.style.top = (rect.top + window.scrollY + event.pointer.DOM.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (ev) {
    var n = N[ev.node];
    showTip([n.n, n.t + " \u00b7 " + n.nd + " article" + (n.nd === 1 ? "" : "s") + ", " + n.nf + " fact" + (n.nf === 1 ? "" : "s"),
             "Click for details, double-click to add its neighbours."], ev);
  });
  network.on("hoverEdge", function (ev) {
    var e = E[ev.edge];
    showTip([N[e.u].n + " \u2014 " + e.p + " \u2014 " + N[e.v].n, "Click for the sentences."], ev);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });

  // ---- side panel ----
  var panel = document.getElementById("kg-panel");
  function docLine(d) {
    var doc = DATA.docs[d];
    var span = el("span", null, "kg-source");
    if (!doc) { return span; }
    var title = doc[2] ? el("a", doc[0]) : el("cite", doc[0]);
    if (doc[2]) { title.href = doc[2]; title.rel = "noopener noreferrer"; title.target = "_blank"; }
    span.appendChild(title);
    if (doc[1]) { span.appendChild(document.createTextNode(", " + doc[1])); }
    return span;
  }
  function nodeButton(i) {
    var b = el("button", N[i].n, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(i, true); });
    return b;
  }
  function factItem(f, from) {
    var fact = F[f];
    var li = el("li");
    var line = el("div", null, "kg-fact-line");
    var other = fact[0] === from ? fact[1] : fact[0];
    line.appendChild(document.createTextNode(fact[0] === from ? "\u2192 " : "\u2190 "));
    line.appendChild(nodeButton(other));
    if (fact[0] !== from) { line.appendChild(document.createTextNode(" (subject)")); }
    fact[3].forEach(function (flag) { line.appendChild(el("span", flag, flag === "not" ? "kg-flag kg-not" : "kg-flag")); });
    li.appendChild(line);
    if (fact[4] >= 0) { li.appendChild(el("blockquote", DATA.sentences[fact[4]])); }
    var src = docLine(fact[5]);
    if (fact[6]) { src.appendChild(document.createTextNode(" (about " + fact[6] + ")")); }
    li.appendChild(src);
    return li;
  }
  function groupedFacts(list, from) {
    var groups = {}, names = [];
    list.forEach(function (f) {
      var key = (F[f][3].indexOf("not") >= 0 ? "NOT " : "") + F[f][2];
      if (!groups[key]) { groups[key] = []; names.push(key); }
      groups[key].push(f);
    });
    names.sort();
    var box = el("div");
    names.forEach(function (name) {
      box.appendChild(el("h4", name + " (" + groups[name].length + ")", name.indexOf("NOT ") === 0 ? "kg-not" : ""));
      var ul = el("ul", null, "kg-facts");
      groups[name].forEach(function (f) { ul.appendChild(factItem(f, from)); });
      box.appendChild(ul);
    });
    return box;
  }
  function openPanel(i) {
    var n = N[i];
    panel.textContent = "";
    var close = el("button", "\u00d7", "kg-close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    panel.appendChild(el("h2", n.n));
    panel.appendChild(el("p", n.t, "kg-type"));
    if (n.text) { panel.appendChild(el("blockquote", n.text)); }
    if (n.a.length) { panel.appendChild(el("p", "Also: " + n.a.join("; "), "kg-aliases")); }
    var expand = el("button", "Add its neighbours to the drawing", "kg-expand");
    expand.type = "button";
    expand.addEventListener("click", function () { expandNode(i); });
    panel.appendChild(expand);
    panel.appendChild(el("h3", "Facts (" + n.nf + ")"));
    panel.appendChild(groupedFacts(n.f, i));
    if (n.nf > n.f.length) { panel.appendChild(el("p", (n.nf - n.f.length) + " more facts are not in this page.", "kg-more")); }
    if (n.q.length) {
      panel.appendChild(el("h3", "Quotes (" + n.nq + ")"));
      var ql = el("ul", null, "kg-quotes");
      n.q.forEach(function (q) {
        var li = el("li");
        li.appendChild(el("blockquote", q[0]));
        li.appendChild(docLine(q[2]));
        ql.appendChild(li);
      });
      panel.appendChild(ql);
    }
    panel.appendChild(el("h3", "Named in " + n.nd + " article" + (n.nd === 1 ? "" : "s")));
    var dl = el("ul", null, "kg-docs");
    n.d.forEach(function (d) { var li = el("li"); li.appendChild(docLine(d)); dl.appendChild(li); });
    panel.appendChild(dl);
    if (n.nd > n.d.length) { panel.appendChild(el("p", (n.nd - n.d.length) + " more articles are not listed.", "kg-more")); }
    panel.hidden = false;
    panel.scrollTop = 0;
    window.kgPanelNode = i;
  }
  function openEdgePanel(k) {
    var e = E[k];
    panel.textContent = "";
    var close = el("button", "\u00d7", "kg-close");
    close.type = "button";
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    var h = el("h2");
    h.appendChild(nodeButton(e.u));
    h.appendChild(document.createTextNode(" \u2014 "));
    h.appendChild(nodeButton(e.v));
    panel.appendChild(h);
    panel.appendChild(el("h3", e.n + " fact" + (e.n === 1 ? "" : "s")));
    panel.appendChild(groupedFacts(e.f, e.u));
    if (e.n > e.f.length) { panel.appendChild(el("p", (e.n - e.f.length) + " more facts are not in this page.", "kg-more")); }
    panel.hidden = false;
    window.kgPanelNode = null;
  }

  function focusNode(i, open) {
    if (!visible(i)) { pinned[i] = true; sync(); }
    network.setSize("100%", "100%");  // the header may have changed height: measure the canvas again
    network.selectNodes([i]);
    network.focus(i, {scale: Math.max(network.getScale(), 1.0), animation: false});
    if (open) { openPanel(i); }
    window.kgFocused = i;
  }
  function expandNode(i) {
    var others = [];
    adj[i].forEach(function (k) { var o = E[k].u === i ? E[k].v : E[k].u; if (o !== i && !visible(o)) { others.push(o); } });
    others.sort(function (a, b) { return N[b].w - N[a].w || a - b; });
    others.slice(0, EXPAND_LIMIT).forEach(function (o) { pinned[o] = true; });
    sync();
    return Math.min(others.length, EXPAND_LIMIT);
  }
  network.on("click", function (ev) {
    if (ev.nodes.length) { openPanel(ev.nodes[0]); } else if (ev.edges.length) { openEdgePanel(ev.edges[0]); }
  });
  // The browser's own dblclick (vis-network's doubleClick depends on its touch emulation).
  container.addEventListener("dblclick", function (ev) {
    var rect = container.getBoundingClientRect();
    var hit = network.getNodeAt({x: ev.clientX - rect.left, y: ev.clientY - rect.top});
    if (hit !== undefined) { window.kgExpanded = expandNode(hit); }
  });

  // ---- search ----
  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  var results = document.getElementById("kg-results");
  var names = N.map(function (n) { return [n.n].concat(n.a).join("\u0000").toLowerCase(); });
  function matches(needle) {
    var hits = [];
    names.forEach(function (text, i) { if (text.indexOf(needle) !== -1) { hits.push(i); } });
    return hits.sort(function (a, b) {
      var ea = N[a].n.toLowerCase() === needle ? 0 : 1, eb = N[b].n.toLowerCase() === needle ? 0 : 1;
      return ea - eb || N[b].w - N[a].w || a - b;
    });
  }
  function find() {
    var needle = search.value.trim().toLowerCase();
    results.textContent = "";
    if (!needle) { status.textContent = ""; return []; }
    var hits = matches(needle);
    status.textContent = hits.length === 1 ? "1 match" : hits.length + " matches";
    hits.slice(0, 12).forEach(function (i) {
      var li = el("li");
      var b = el("button", N[i].n + " (" + N[i].t + ")", "kg-link");
      b.type = "button";
      b.addEventListener("click", function () { results.textContent = ""; focusNode(i, true); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (hits.length) { focusNode(hits[0], false); }
    return hits;
  }
  search.addEventListener("input", find);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var hits = find(); results.textContent = ""; if (hits.length) { focusNode(hits[0], true); } }
    if (ev.key === "Escape") { results.textContent = ""; }
  });

  // ---- type filter ----
  Array.prototype.forEach.call(document.querySelectorAll("input.kg-type"), function (box) {
    box.checked = shownType[box.value] !== false;
    box.addEventListener("change", function () {
      shownType[box.value] = box.checked;
      if (box.checked) {
        // Nodes of the type that touch the drawing join it.
        var joining = [];
        N.forEach(function (n, i) {
          if (n.t === box.value && !wanted[i] &&
              adj[i].some(function (k) { var o = E[k].u === i ? E[k].v : E[k].u; return o !== i && visible(o); })) {
            joining.push(i);
          }
        });
        joining.forEach(function (i) { wanted[i] = true; });
      } else {
        N.forEach(function (n, i) { if (n.t === box.value) { delete pinned[i]; } });
      }
      sync();
    });
  });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({animation: false}); });

  // page.html#find=blair opens with that search done: a link can point at an entity.
  var link = /^#find=(.*)$/.exec(window.location.hash);
  if (link) {
    try { search.value = decodeURIComponent(link[1]); } catch (err) { search.value = ""; }
    var first = find();
    if (first.length) { openPanel(first[0]); }
  }
  window.kgNetwork = network;
})();
