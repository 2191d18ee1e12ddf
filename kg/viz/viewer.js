/* kg viewer: filters, search, focus, evidence tooltip and fact panel over vis-network.
 *
 * Safety: every name, alias and sentence comes from untrusted web pages. Data is read
 * from JSON blocks and only ever reaches the DOM through textContent / createElement;
 * vis-network's own HTML tooltips are never used (no node or edge has a `title`).
 */
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var timings = { start: performance.now() };
  var visData = JSON.parse($("kg-vis-data").textContent);
  var meta = JSON.parse($("kg-meta").textContent);
  var ents = meta.entities, medges = meta.edges, events = meta.events, docs = meta.docs;
  var visEdges = visData.edges;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var relInfo = {}, typeInfo = {};
  meta.relations.forEach(function (r) { relInfo[r.key] = r; });
  meta.types.forEach(function (t) { typeInfo[t.key] = t; });

  // incident[node] = ids of the edges touching it.
  var incident = ents.map(function () { return []; });
  visEdges.forEach(function (e) { incident[e.from].push(e.id); incident[e.to].push(e.id); });

  var state = {
    types: new Set(meta.types.map(function (t) { return t.key; })),
    rels: new Set(meta.relations.map(function (r) { return r.key; })),
    statuses: new Set(["occurred", "planned"]),
    from: "", to: "", undated: true,
    focus: null // {nodes: [ids], hops: n}
  };

  timings.parsed = performance.now();
  var nodes = new vis.DataSet(visData.nodes);
  var edges = new vis.DataSet(visEdges);
  var container = $("kg-network");
  timings.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, visData.options);
  timings.network = performance.now();
  if (meta.big) cullOffscreenEdges(network);

  var api = window.kgViewer = {
    network: network, nodes: nodes, edges: edges, meta: meta, state: state, timings: timings,
    ready: false, firstDrawMs: null, drawCount: 0, lastDrawMs: null
  };
  network.on("afterDrawing", function () {
    var now = performance.now();
    api.drawCount += 1;
    api.lastDrawMs = now;
    if (!api.ready) {
      api.ready = true;
      api.firstDrawMs = now;
      document.body.setAttribute("data-ready", "1");
    }
  });

  // vis-network 9.1.2 (pinned by pyvis 0.3.2) culls off-screen nodes but strokes every edge
  // on every frame. For big graphs, draw only edges whose bounding box meets the view.
  function segmentMeetsBox(x0, y0, x1, y1, left, top, right, bottom) {
    // Liang-Barsky clipping: does the segment (x0,y0)-(x1,y1) cross the box?
    var t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
    var p = [-dx, dx, -dy, dy], q = [x0 - left, right - x0, y0 - top, bottom - y0];
    for (var i = 0; i < 4; i++) {
      if (p[i] === 0) { if (q[i] < 0) return false; continue; }
      var r = q[i] / p[i];
      if (p[i] < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
      else { if (r < t0) return false; if (r < t1) t1 = r; }
    }
    return true;
  }
  function cullOffscreenEdges(net) {
    var r = net.renderer;
    if (!r || typeof r._drawEdges !== "function" || !r.canvas || !r.body) return;
    r._drawEdges = function (ctx) {
      var m = 20, frame = this.canvas.frame.canvas;
      var a = this.canvas.DOMtoCanvas({ x: -m, y: -m });
      var b = this.canvas.DOMtoCanvas({ x: frame.clientWidth + m, y: frame.clientHeight + m });
      var all = this.body.edges, ids = this.body.edgeIndices;
      for (var k = 0; k < ids.length; k++) {
        var e = all[ids[k]];
        if (e.connected !== true) continue;
        if (segmentMeetsBox(e.from.x, e.from.y, e.to.x, e.to.y, a.x, a.y, b.x, b.y)) e.draw(ctx);
      }
    };
  }

  // ---------------------------------------------------------------- helpers
  function edgeEnds(i) { return [visEdges[i].from, visEdges[i].to]; }
  function other(i, node) { var e = visEdges[i]; return e.from === node ? e.to : e.from; }

  function eventPasses(ev) {
    var status = ev.s || "occurred";
    if (!state.statuses.has(status)) return false;
    if (ev.d) {  // a day; a month (YYYY-MM) or year (YYYY) passes when it overlaps the range
      var first = ev.d.length < 10 ? ev.d + "-01-01".slice(0, 10 - ev.d.length) : ev.d;
      var last = ev.d.length === 4 ? ev.d + "-12-31" : ev.d.length === 7 ? ev.d + "-31" : ev.d;
      if (state.from && last < state.from) return false;
      if (state.to && first > state.to) return false;
    } else if (!state.undated) {
      return false;
    }
    return true;
  }
  var NO_EVENT = {};
  function edgePasses(i) {
    var m = medges[i];
    if (!state.rels.has(m.r)) return false;
    var e = visEdges[i];
    if (!state.types.has(ents[e.from].t) || !state.types.has(ents[e.to].t)) return false;
    if (m.ev.length === 0) return eventPasses(NO_EVENT);
    for (var k = 0; k < m.ev.length; k++) if (eventPasses(events[m.ev[k]])) return true;
    return false;
  }

  function fmtStats(nv, ne) {
    var total = ents.length === nv ? "" : " of " + ents.length.toLocaleString();
    return nv.toLocaleString() + total + " entities · " + ne.toLocaleString() + " links";
  }

  // ---------------------------------------------------------------- filtering
  var nodeHidden = ents.map(function () { return false; });
  var edgeHidden = visEdges.map(function () { return false; });

  function applyFilters(opts) {
    var edgeOk = visEdges.map(function (_, i) { return edgePasses(i); });
    var nodeOk = ents.map(function (ent, n) {
      if (!state.types.has(ent.t)) return false;
      var inc = incident[n];
      if (inc.length === 0) return true;
      for (var k = 0; k < inc.length; k++) if (edgeOk[inc[k]]) return true;
      return false;
    });
    if (state.focus) {
      var within = new Set(), frontier = [];
      state.focus.nodes.forEach(function (n) { within.add(n); frontier.push(n); });
      for (var hop = 0; hop < state.focus.hops; hop++) {
        var next = [];
        frontier.forEach(function (n) {
          incident[n].forEach(function (i) {
            if (!edgeOk[i]) return;
            var o = other(i, n);
            if (!within.has(o)) { within.add(o); next.push(o); }
          });
        });
        frontier = next;
      }
      nodeOk = nodeOk.map(function (ok, n) { return within.has(n) && (ok || state.focus.nodes.indexOf(n) >= 0); });
    }
    var nodeChanges = [], edgeChanges = [], nv = 0, ne = 0;
    nodeOk.forEach(function (ok, n) {
      if (ok) nv++;
      if (nodeHidden[n] === ok) { nodeHidden[n] = !ok; nodeChanges.push({ id: n, hidden: !ok }); }
    });
    edgeOk.forEach(function (ok, i) {
      var show = ok && nodeOk[visEdges[i].from] && nodeOk[visEdges[i].to];
      if (show) ne++;
      if (edgeHidden[i] === show) { edgeHidden[i] = !show; edgeChanges.push({ id: i, hidden: !show }); }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    $("kg-stats").textContent = fmtStats(nv, ne);
    $("kg-empty").hidden = nv > 0;
    if (opts && opts.fit) fitVisible();
    scheduleLabels();
    return { nodes: nv, edges: ne };
  }

  function visibleNodeIds() {
    var out = [];
    nodeHidden.forEach(function (h, n) { if (!h) out.push(n); });
    return out;
  }
  function fitVisible() {
    var ids = visibleNodeIds();
    if (ids.length) network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.6 });
  }

  // ---------------------------------------------------------------- legend + filter controls
  function check(parent, id, checked, swatch, labelText, count, onChange) {
    var label = el("label", "kg-check");
    var box = el("input");
    box.type = "checkbox"; box.id = id; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    if (swatch) label.appendChild(swatch);
    label.appendChild(el("span", null, labelText));
    if (count !== null) label.appendChild(el("span", "kg-count", count.toLocaleString()));
    parent.appendChild(label);
    return box;
  }
  function typeSwatch(t) {
    var s = el("span", "kg-swatch " + t.shape);
    s.style.background = t.color;
    return s;
  }
  function relSwatch(r) {
    var s = el("span", "kg-line" + (r.dashed ? " dashed" : ""));
    s.style.borderTopColor = r.color;
    return s;
  }
  function toggle(set, key, on) { if (on) set.add(key); else set.delete(key); applyFilters(); }

  var typeCounts = {}, relCounts = {}, statusCounts = { occurred: 0, planned: 0 };
  ents.forEach(function (e) { typeCounts[e.t] = (typeCounts[e.t] || 0) + 1; });
  medges.forEach(function (m) { relCounts[m.r] = (relCounts[m.r] || 0) + 1; });
  events.forEach(function (ev) { var s = ev.s || "occurred"; statusCounts[s] = (statusCounts[s] || 0) + 1; });

  meta.types.forEach(function (t) {
    check($("kg-types"), "kg-type-" + t.key, true, typeSwatch(t), t.key, typeCounts[t.key] || 0,
      function (on) { toggle(state.types, t.key, on); });
  });
  meta.relations.forEach(function (r) {
    check($("kg-rels"), "kg-rel-" + r.key, true, relSwatch(r), r.label, relCounts[r.key] || 0,
      function (on) { toggle(state.rels, r.key, on); });
  });
  ["occurred", "planned"].forEach(function (s) {
    var badge = el("span", "kg-badge " + s, s);
    check($("kg-statuses"), "kg-status-" + s, true, badge, "", statusCounts[s] || 0,
      function (on) { toggle(state.statuses, s, on); });
  });
  var dateFrom = $("kg-date-from"), dateTo = $("kg-date-to"), undated = $("kg-undated");
  if (meta.dateMin) { dateFrom.min = dateTo.min = meta.dateMin; }
  if (meta.dateMax) { dateFrom.max = dateTo.max = meta.dateMax; }
  function onDates() {
    state.from = dateFrom.value || "";
    state.to = dateTo.value || "";
    state.undated = undated.checked;
    applyFilters();
  }
  dateFrom.addEventListener("change", onDates);
  dateTo.addEventListener("change", onDates);
  undated.addEventListener("change", onDates);

  function resetFilters() {
    document.querySelectorAll("#kg-filters input[type=checkbox]").forEach(function (b) { b.checked = true; });
    dateFrom.value = ""; dateTo.value = "";
    state.types = new Set(meta.types.map(function (t) { return t.key; }));
    state.rels = new Set(meta.relations.map(function (r) { return r.key; }));
    state.statuses = new Set(["occurred", "planned"]);
    state.from = ""; state.to = ""; state.undated = true;
    applyFilters();
  }
  $("kg-reset").addEventListener("click", resetFilters);
  $("kg-fit").addEventListener("click", fitVisible);

  // ---------------------------------------------------------------- focus
  function focusOn(ids, hops) {
    state.focus = { nodes: ids.slice(), hops: hops };
    var names = ids.map(function (n) { return ents[n].n; }).join(", ");
    $("kg-focus-label").textContent = names + " · " + hops + (hops === 1 ? " hop" : " hops");
    $("kg-focus-box").hidden = false;
    applyFilters({ fit: true });
  }
  function clearFocus() {
    state.focus = null;
    $("kg-focus-box").hidden = true;
    applyFilters({ fit: true });
  }
  $("kg-focus-clear").addEventListener("click", clearFocus);

  // ---------------------------------------------------------------- evidence rendering
  function safeUrl(u) {
    try {
      var url = new URL(u);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }
  function docLine(ev) {
    var line = el("div", "kg-doc");
    if (ev.doc === null || ev.doc === undefined) { line.textContent = "source document unknown"; return line; }
    var d = docs[ev.doc];
    line.appendChild(document.createTextNode("doc "));
    var href = d.u ? safeUrl(d.u) : null;
    if (href) {
      var a = el("a", null, d.id);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
      line.appendChild(a);
    } else {
      line.appendChild(el("span", "kg-doc-id", d.id));
    }
    if (d.h) line.appendChild(document.createTextNode(" — " + d.h));
    if (d.u && !href) line.appendChild(document.createTextNode(" (" + d.u + ")"));
    return line;
  }
  function eventItem(ev, withWho) {
    var li = el("li", "kg-event");
    var m = el("div", "kg-event-meta");
    if (withWho) m.appendChild(withWho);
    m.appendChild(el("span", "kg-date-tag", ev.d || "undated"));
    if (ev.dr) m.appendChild(el("span", "kg-date-note", "date from other reports"));
    m.appendChild(el("span", "kg-badge " + (ev.s === "planned" ? "planned" : "occurred"), ev.s || "occurred"));
    m.appendChild(el("span", "kg-kind", ev.k + (ev.tr ? " · “" + ev.tr + "”" : "")));
    li.appendChild(m);
    if (ev.x) li.appendChild(el("blockquote", "kg-quote", ev.x));
    li.appendChild(docLine(ev));
    return li;
  }
  function byDateDesc(a, b) {
    var da = a.ev.d || "", db = b.ev.d || "";
    return da < db ? 1 : da > db ? -1 : 0;
  }

  // ---------------------------------------------------------------- tooltip
  var tip = $("kg-tip"), stage = $("kg-stage"), mouse = { x: 0, y: 0 };
  function trackPointer(e) {
    var r = stage.getBoundingClientRect();
    mouse.x = e.clientX - r.left; mouse.y = e.clientY - r.top;
  }
  // Capture phase: runs before vis-network's own handlers fire hoverEdge / hoverNode.
  stage.addEventListener("pointermove", trackPointer, true);
  stage.addEventListener("mousemove", trackPointer, true);
  function placeTip() {
    var w = stage.clientWidth, h = stage.clientHeight;
    tip.hidden = false;
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    var x = mouse.x + 16, y = mouse.y + 16;
    if (x + tw > w - 8) x = Math.max(8, mouse.x - tw - 16);
    if (y + th > h - 8) y = Math.max(8, h - th - 8);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; tip.textContent = ""; }

  function edgeTitle(i) {
    var e = visEdges[i], r = relInfo[medges[i].r];
    var head = el("div", "kg-tip-head");
    head.appendChild(relSwatch(r));
    head.appendChild(el("span", null, ents[e.from].n));
    head.appendChild(el("span", "kg-tip-sub", r.label));
    head.appendChild(el("span", null, ents[e.to].n));
    return head;
  }
  function showEdgeTip(i) {
    tip.textContent = "";
    tip.appendChild(edgeTitle(i));
    var list = el("ol", "kg-events");
    var evs = medges[i].ev.map(function (j) { return events[j]; });
    var shown = evs.slice(0, 4);
    shown.forEach(function (ev) { list.appendChild(eventItem(ev, null)); });
    if (evs.length === 0) list.appendChild(el("li", "kg-more", "No event recorded for this link."));
    tip.appendChild(list);
    if (evs.length > shown.length) tip.appendChild(el("div", "kg-more", "+" + (evs.length - shown.length) + " more — click the link to see all"));
    placeTip();
  }
  function showNodeTip(n) {
    var ent = ents[n], t = typeInfo[ent.t];
    tip.textContent = "";
    var head = el("div", "kg-tip-head");
    if (t) head.appendChild(typeSwatch(t));
    head.appendChild(el("span", null, ent.n));
    tip.appendChild(head);
    var sub = ent.t + " · " + ent.c + (ent.c === 1 ? " contact" : " contacts");
    tip.appendChild(el("div", "kg-tip-sub", sub));
    if (ent.a.length) tip.appendChild(el("div", "kg-tip-sub", "also: " + ent.a.slice(0, 6).join(" · ")));
    placeTip();
  }
  network.on("hoverEdge", function (p) { showEdgeTip(p.edge); });
  network.on("blurEdge", hideTip);
  network.on("hoverNode", function (p) { showNodeTip(p.node); });
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  stage.addEventListener("mouseleave", hideTip);

  // ---------------------------------------------------------------- side panel
  var panel = $("kg-panel");
  var GROUPS = [
    { rel: "spoke_with", dir: "any", title: "Spoke with" },
    { rel: "met_with", dir: "any", title: "Met with" },
    { rel: "met_in", dir: "out", title: "Met in" },
    { rel: "met_in", dir: "in", title: "Meetings here" },
    { rel: "represents", dir: "out", title: "Represents" },
    { rel: "represents", dir: "in", title: "Represented by" }
  ];
  function closePanel() { panel.hidden = true; panel.textContent = ""; network.unselectAll(); }
  function panelHead(kindBadge, titleText) {
    var head = el("div", "kg-panel-head");
    var box = el("div");
    box.appendChild(kindBadge);
    box.appendChild(el("h2", null, titleText));
    head.appendChild(box);
    var close = el("button", "kg-close", "×");
    close.type = "button"; close.setAttribute("aria-label", "Close");
    close.addEventListener("click", closePanel);
    head.appendChild(close);
    return head;
  }
  function nodeLink(n) {
    var b = el("button", "kg-link", ents[n].n);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(n); });
    return b;
  }
  function openPanel(n) {
    var ent = ents[n], t = typeInfo[ent.t];
    panel.textContent = "";
    var badge = el("span", "kg-badge type", ent.t + (ent.cc ? " · " + ent.cc : ""));
    badge.style.background = t ? t.color : "#94a3b8";
    panel.appendChild(panelHead(badge, ent.n));
    if (ent.a.length) {
      panel.appendChild(el("div", "kg-section-label", "Also known as"));
      var al = el("ul", "kg-aliases");
      ent.a.forEach(function (a) { al.appendChild(el("li", null, a)); });
      panel.appendChild(al);
    }
    var nFacts = 0;
    incident[n].forEach(function (i) { nFacts += Math.max(1, medges[i].ev.length); });
    panel.appendChild(el("div", "kg-panel-stats",
      ent.c + (ent.c === 1 ? " contact · " : " contacts · ") + nFacts + (nFacts === 1 ? " fact" : " facts")));
    var actions = el("div", "kg-panel-actions");
    [1, 2].forEach(function (h) {
      var b = el("button", "kg-btn" + (h === 1 ? " primary" : ""), h === 1 ? "Focus · 1 hop" : "2 hops");
      b.type = "button"; b.setAttribute("data-hops", String(h));
      b.addEventListener("click", function () { focusOn([n], h); });
      actions.appendChild(b);
    });
    panel.appendChild(actions);

    GROUPS.forEach(function (g) {
      var items = [];
      incident[n].forEach(function (i) {
        var m = medges[i], e = visEdges[i];
        if (m.r !== g.rel) return;
        if (g.dir === "out" && e.from !== n) return;
        if (g.dir === "in" && e.to !== n) return;
        var o = other(i, n);
        if (m.ev.length === 0) items.push({ who: o, ev: { k: "link", s: null, d: null, x: null, doc: null, none: true } });
        m.ev.forEach(function (j) { items.push({ who: o, ev: events[j] }); });
      });
      if (!items.length) return;
      items.sort(byDateDesc);
      var sec = el("section", "kg-group");
      sec.setAttribute("data-rel", g.rel);
      var h3 = el("h3");
      h3.appendChild(relSwatch(relInfo[g.rel]));
      h3.appendChild(el("span", null, g.title + " (" + items.length + ")"));
      sec.appendChild(h3);
      var ul = el("ul", "kg-facts");
      items.forEach(function (it) {
        var li;
        if (it.ev.none) {
          li = el("li", "kg-event");
          var m = el("div", "kg-event-meta");
          m.appendChild(nodeLink(it.who));
          m.appendChild(el("span", "kg-more", "no evidence recorded"));
          li.appendChild(m);
        } else {
          li = eventItem(it.ev, nodeLink(it.who));
        }
        li.className = "kg-fact";
        ul.appendChild(li);
      });
      sec.appendChild(ul);
      panel.appendChild(sec);
    });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function openEdgePanel(i) {
    var r = relInfo[medges[i].r];
    panel.textContent = "";
    var badge = el("span", "kg-badge type", r.label);
    badge.style.background = r.color;
    var e = visEdges[i];
    panel.appendChild(panelHead(badge, ents[e.from].n + " — " + ents[e.to].n));
    var ends = el("div", "kg-panel-actions");
    ends.appendChild(nodeLink(e.from)); ends.appendChild(nodeLink(e.to));
    panel.appendChild(ends);
    var list = el("ul", "kg-facts");
    medges[i].ev.map(function (j) { return { ev: events[j] }; }).sort(byDateDesc).forEach(function (it) {
      var li = eventItem(it.ev, null); li.className = "kg-fact"; list.appendChild(li);
    });
    panel.appendChild(list);
    panel.hidden = false;
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) openPanel(p.nodes[0]);
    else if (p.edges.length) openEdgePanel(p.edges[0]);
    else closePanel();
  });

  function selectNode(n) {
    if (nodeHidden[n]) {
      if (state.focus) clearFocus();
      if (nodeHidden[n]) resetFilters();
    }
    network.selectNodes([n]);
    var scale = Math.max(network.getScale(), 1.0);
    network.focus(n, { scale: scale, animation: false });
    scheduleLabels();
    openPanel(n);
  }

  // ---------------------------------------------------------------- search
  var search = $("kg-search"), results = $("kg-results");
  var folded = ents.map(function (e) {
    return { n: e.n.toLowerCase(), a: e.a.map(function (a) { return a.toLowerCase(); }) };
  });
  function findMatches(q, limit) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var scored = [];
    folded.forEach(function (f, n) {
      var score = -1, alias = null;
      if (f.n === q) score = 100;
      else if (f.n.indexOf(q) === 0) score = 80;
      else if (f.n.indexOf(q) > 0) score = 50;
      for (var k = 0; k < f.a.length && score < 90; k++) {
        var s = f.a[k] === q ? 90 : f.a[k].indexOf(q) === 0 ? 70 : f.a[k].indexOf(q) > 0 ? 40 : -1;
        if (s > score) { score = s; alias = ents[n].a[k]; }
      }
      if (score >= 0) scored.push({ n: n, score: score + Math.min(ents[n].c, 9) / 10, alias: alias });
    });
    scored.sort(function (a, b) { return b.score - a.score || (ents[a.n].n < ents[b.n].n ? -1 : 1); });
    return scored.slice(0, limit || 12);
  }
  var current = [];
  function renderResults() {
    results.textContent = "";
    current = findMatches(search.value, 12);
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!current.length) {
      results.appendChild(el("li", "kg-empty-result", "No entity matches."));
    }
    current.forEach(function (m, k) {
      var li = el("li"), b = el("button");
      b.type = "button";
      if (k === 0) b.className = "active";
      var t = typeInfo[ents[m.n].t];
      if (t) b.appendChild(typeSwatch(t));
      b.appendChild(el("span", "kg-res-name", ents[m.n].n));
      if (m.alias) b.appendChild(el("span", "kg-res-alias", "alias: " + m.alias));
      b.addEventListener("click", function () { choose(m.n); });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = false;
  }
  function choose(n) { results.hidden = true; selectNode(n); }
  search.addEventListener("input", renderResults);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && current.length) { e.preventDefault(); choose(current[0].n); }
    else if (e.key === "Escape") { search.value = ""; results.hidden = true; }
  });
  document.addEventListener("click", function (e) {
    if (!results.contains(e.target) && e.target !== search) results.hidden = true;
  });

  // ---------------------------------------------------------------- big graphs: labels on screen only
  // vis-network draws every edge label on every frame, on screen or not; for big graphs the
  // page carries no edge labels and gives them only to the edges in view once zoomed in.
  var LABEL_SCALE = 0.8, MAX_LABELS = 300, labelled = [];
  function edgeLabel(i) {
    var n = medges[i].ev.length;
    return relInfo[medges[i].r].label + (n > 1 ? " ×" + n : "");
  }
  function refreshLabels() {
    var wanted = [];
    if (network.getScale() >= LABEL_SCALE) {
      var w = container.clientWidth, h = container.clientHeight;
      var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: w, y: h });
      var pos = network.getPositions();
      for (var i = 0; i < visEdges.length && wanted.length < MAX_LABELS; i++) {
        if (edgeHidden[i]) continue;
        var p = pos[visEdges[i].from], q = pos[visEdges[i].to];
        var mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2;
        if (mx >= a.x && mx <= b.x && my >= a.y && my <= b.y) wanted.push(i);
      }
    }
    var keep = new Set(wanted), changes = [];
    labelled.forEach(function (i) { if (!keep.has(i)) changes.push({ id: i, label: "" }); });
    var had = new Set(labelled);
    wanted.forEach(function (i) { if (!had.has(i)) changes.push({ id: i, label: edgeLabel(i) }); });
    labelled = wanted;
    if (changes.length) edges.update(changes);
  }
  var labelTimer = null;
  function scheduleLabels() {
    if (!meta.big) return;
    clearTimeout(labelTimer);
    labelTimer = setTimeout(refreshLabels, 200);
  }
  network.on("zoom", scheduleLabels);
  network.on("dragEnd", scheduleLabels);
  network.on("animationFinished", scheduleLabels);
  api.refreshLabels = refreshLabels;

  // ---------------------------------------------------------------- test / automation hook
  api.applyFilters = applyFilters;
  api.focusOn = focusOn;
  api.clearFocus = clearFocus;
  api.openPanel = openPanel;
  api.selectNode = selectNode;
  api.findMatches = findMatches;
  api.findNode = function (name) {
    var q = String(name).toLowerCase();
    for (var n = 0; n < ents.length; n++) if (ents[n].n.toLowerCase() === q) return n;
    return null;
  };
  api.nodeDOM = function (n) { return network.canvasToDOM(network.getPosition(n)); };
  api.edgeDOM = function (i) {
    var a = network.getPosition(visEdges[i].from), b = network.getPosition(visEdges[i].to);
    return network.canvasToDOM({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  };
  api.isNodeHidden = function (n) { return nodeHidden[n]; };
  api.isEdgeHidden = function (i) { return edgeHidden[i]; };
  api.edgeIds = function (fromName, toName, rel) {
    var a = api.findNode(fromName), b = api.findNode(toName), out = [];
    visEdges.forEach(function (e, i) {
      if (((e.from === a && e.to === b) || (e.from === b && e.to === a)) && (!rel || medges[i].r === rel)) out.push(i);
    });
    return out;
  };

  // ---------------------------------------------------------------- start
  applyFilters();
  if (meta.focus && meta.focus.nodes.length) {
    focusOn(meta.focus.nodes, meta.focus.hops);
    if (meta.focus.nodes.length === 1) { network.selectNodes(meta.focus.nodes); openPanel(meta.focus.nodes[0]); }
  } else {
    fitVisible();
  }
})();
