// The kg query page: sends the query to /sparql and shows the answer. No network access
// beyond this server; results are put into the page with textContent only.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const query = $("query"), format = $("format"), status = $("status"), result = $("result");
  $("endpoint").textContent = new URL("/sparql", window.location.href).href;

  fetch("/examples.json").then((r) => r.json()).then((examples) => {
    for (const ex of examples) {
      const opt = document.createElement("option");
      opt.value = ex.query;
      opt.textContent = ex.name;
      $("examples").appendChild(opt);
    }
  }).catch(() => {});
  $("examples").addEventListener("change", (e) => { if (e.target.value) query.value = e.target.value; });


  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") td.className = "uri";
    let text = term.value;
    if (term.type === "bnode") text = "_:" + text;
    if (term["xml:lang"]) text += " @" + term["xml:lang"];
    td.textContent = text;
    if (term.datatype) td.title = term.datatype;
    return td;
  }

  function showTable(json) {
    result.textContent = "";
    if ("boolean" in json) {
      const pre = document.createElement("pre");
      pre.textContent = String(json.boolean);
      result.appendChild(pre);
      return 1;
    }
    const vars = json.head.vars || [];
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = "?" + v;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const b of json.results.bindings) {
      const tr = body.insertRow();
      for (const v of vars) tr.appendChild(cell(b[v]));
    }
    result.appendChild(table);
    return json.results.bindings.length;
  }

  async function run() {
    const fmt = format.value;
    const accept = fmt === "table" ? "application/sparql-results+json, text/turtle;q=0.9" : fmt;
    status.className = "";
    status.textContent = "running…";
    const started = performance.now();
    let response;
    try {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
        body: new URLSearchParams({ query: query.value }),
      });
    } catch (err) {
      status.className = "error";
      status.textContent = "cannot reach the server: " + err;
      return;
    }
    const ms = Math.round(performance.now() - started);
    const text = await response.text();
    if (!response.ok) {
      status.className = "error";
      status.textContent = response.status + " " + text;
      result.textContent = "";
      return;
    }
    const cut = response.headers.get("X-SPARQL-MaxRows");
    const ctype = response.headers.get("Content-Type") || "";
    let what = "";
    if (fmt === "table" && ctype.startsWith("application/sparql-results+json")) {
      const n = showTable(JSON.parse(text));
      what = n + (n === 1 ? " row" : " rows");
    } else {
      result.textContent = "";
      const pre = document.createElement("pre");
      pre.textContent = text;
      result.appendChild(pre);
      what = text.length + " characters of " + ctype.split(";")[0];
    }
    status.textContent = what + " in " + ms + " ms" + (cut ? " — cut at the server's limit of " + cut : "");
  }

  $("run").addEventListener("click", run);
  query.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
})();
