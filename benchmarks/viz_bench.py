"""Benchmark the viewer on synthetic graphs: build time in Python, first frame and interaction in Chromium.

    .venv/bin/python benchmarks/viz_bench.py            # 500, 5,000 and 20,000 nodes
    .venv/bin/python benchmarks/viz_bench.py 5000       # one size

For each size the script generates a random kg graph (ontology/README.md: entities with
random names, events with date, status, sentence and document, reified facts), about
three relation edges per node with a heavy-tailed degree distribution, then

- reads and renders it with ``kg.viz.render_html`` (timed: SPARQL read, layout + HTML);
- opens the file in headless Chromium (Debian's /usr/bin/chromium, fresh profile) and
  measures **first frame**: navigation start to vis-network's first ``afterDrawing``;
- **zoom**: a programmatic ``moveTo`` to 1.5x scale until the next ``afterDrawing``;
- **click**: a real mouse click on the most connected node until the redraw with the
  node selected and its fact panel open.

Prints a markdown table. Needs /usr/bin/chromium and the playwright Python package.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.viz import read_graph  # noqa: E402
from kg.viz.render import build_page  # noqa: E402

KG = Namespace("https://w3id.org/kg-news/ontology#")
ID = "https://w3id.org/kg-news/id/"
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")

SYLLABLES = "ka lo mi ra te su an del vor ish ten gar bel os ur fen dra mon li cas".split()
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def _name(rng: random.Random) -> str:
    word = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()  # noqa: E731
    return f"{word()} {word()}"


def synthetic_graph(n_nodes: int, seed: int = 1) -> rdflib.Graph:
    """A random kg graph with ``n_nodes`` entities and about 3 relation edges per entity."""
    rng = random.Random(seed)
    g = rdflib.Graph()
    add = g.add
    kinds = [("person", KG.Person)] * 7 + [("organization", KG.Organization), ("country", KG.Country), ("place", KG.Place)]
    by_type: dict[str, list[URIRef]] = {"person": [], "organization": [], "country": [], "place": []}
    for i in range(n_nodes):
        slug, cls = kinds[i % len(kinds)] if i >= 4 else kinds[[0, 7, 8, 9][i]]
        iri = URIRef(f"{ID}{slug}/e{i}")
        name = _name(rng)
        add((iri, RDF.type, cls))
        add((iri, RDFS.label, Literal(name)))
        add((iri, SKOS.altLabel, Literal(name.split()[-1])))
        by_type[slug].append(iri)
    # Heavy-tailed popularity: a few hubs, many leaves.
    cum: dict[str, list[float]] = {}
    for t, members in by_type.items():
        total, acc = 0.0, []
        for k in range(len(members)):
            total += 1.0 / (k + 1) ** 0.8
            acc.append(total)
        cum[t] = acc

    def pick(t: str) -> URIRef:
        return rng.choices(by_type[t], cum_weights=cum[t])[0]

    docs = [URIRef(f"{ID}doc/d{k}.txt") for k in range(max(1, n_nodes // 20))]
    for k, doc in enumerate(docs):
        add((doc, RDF.type, KG.Document))
        add((doc, KG.docId, Literal(f"d{k}.txt")))
    n_edges = 3 * n_nodes
    for j in range(n_edges):
        r = rng.random()
        a = pick("person")
        if r < 0.6:
            b = pick("person")
            rel, cls = KG.spoke_with, rng.choice([KG.PhoneCall, KG.Communication])
        elif r < 0.85:
            b = pick("place")
            rel, cls = KG.met_in, KG.Meeting
        else:
            party = "organization" if rng.random() < 0.5 else "country"
            b = pick(party)
            rel, cls = KG.represents, KG.Affiliation
        if a == b:
            continue
        ev, fact, sent = URIRef(f"{ID}event/v{j}"), URIRef(f"{ID}fact/f{j}"), URIRef(f"{ID}sentence/s{j}")
        doc = rng.choice(docs)
        add((a, rel, b))
        add((ev, RDF.type, cls))
        add((ev, KG.participant, a))
        if rel == KG.met_in:
            add((ev, KG.place, b))
        elif rel == KG.spoke_with:
            add((ev, KG.participant, b))
        add((ev, KG.date, Literal(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD.date)))
        add((ev, KG.status, Literal("planned" if rng.random() < 0.2 else "occurred")))
        add((ev, KG.evidence, sent))
        add((ev, PROV.wasDerivedFrom, doc))
        add((ev, KG.supports, fact))
        add((fact, RDF.type, RDF.Statement))
        add((fact, RDF.subject, a))
        add((fact, RDF.predicate, rel))
        add((fact, RDF.object, b))
        add((sent, KG.text, Literal(f"Sentence {j}: {_name(rng)} said the talks went well.")))
        add((sent, KG.inDocument, doc))
    return g


def wait_js(page, expression: str, timeout_s: float = 120.0) -> None:
    """Poll ``expression`` in the page until truthy (the page's CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(f"() => !!({expression})"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page never satisfied: {expression}")
        time.sleep(0.02)


def measure(html: Path) -> dict[str, float]:
    """First frame, zoom and click timings (ms) of one page in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        ctx = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True, viewport={"width": 1280, "height": 800}
        )
        try:
            page = ctx.new_page()
            page.goto(html.as_uri())
            wait_js(page, "window.kgViewer && window.kgViewer.ready")
            first = page.evaluate("window.kgViewer.firstDrawMs")
            page.wait_for_timeout(300)
            zoom = page.evaluate(
                """() => new Promise(resolve => {
                    const v = window.kgViewer, net = v.network;
                    const t0 = performance.now();
                    net.once('afterDrawing', () => resolve(performance.now() - t0));
                    net.moveTo({scale: net.getScale() * 1.5});
                })"""
            )
            # Click the most connected node where it is on screen.
            target = page.evaluate(
                """() => { const v = window.kgViewer; let best = 0;
                    v.meta.entities.forEach((e, i) => { if (e.c > v.meta.entities[best].c) best = i; });
                    v.network.moveTo({position: v.network.getPosition(best), scale: 1.0});
                    return best; }"""
            )
            page.wait_for_timeout(300)
            box = page.locator("#kg-network").bounding_box()
            pos = page.evaluate("(n) => window.kgViewer.nodeDOM(n)", target)
            page.evaluate(
                """() => { const v = window.kgViewer; v.clickT0 = null; v.clickDraw = null;
                    document.getElementById('kg-network').addEventListener('pointerdown',
                        () => { v.clickT0 = performance.now(); }, {capture: true, once: true});
                    v.network.on('afterDrawing', () => {
                        if (v.clickT0 !== null && v.clickDraw === null && v.network.getSelectedNodes().length)
                            v.clickDraw = performance.now(); }); }"""
            )
            page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
            wait_js(page, "window.kgViewer.clickDraw !== null && !document.getElementById('kg-panel').hidden")
            click = page.evaluate("window.kgViewer.clickDraw - window.kgViewer.clickT0")
        finally:
            ctx.close()
    return {"first": first, "zoom": zoom, "click": click}


def run(n_nodes: int, workdir: Path) -> dict[str, float]:
    """Build, render and measure one synthetic graph of ``n_nodes`` entities."""
    t = time.perf_counter()
    g = synthetic_graph(n_nodes)
    gen = time.perf_counter() - t
    t = time.perf_counter()
    vg = read_graph(g)
    read = time.perf_counter() - t
    t = time.perf_counter()
    page = build_page(vg, title=f"synthetic {n_nodes}")
    build = time.perf_counter() - t
    out = workdir / f"viz_{n_nodes}.html"
    out.write_text(page, encoding="utf-8")
    row = {
        "nodes": len(vg.entities), "edges": len(vg.edges), "triples": len(g), "gen": gen, "read": read,
        "build": build, "mb": out.stat().st_size / 1e6,
    }
    row.update(measure(out))
    return row


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [500, 5000, 20000]
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: install Debian's chromium to run this benchmark", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            rows.append(run(n, Path(tmp)))
            print(f"done {n}", file=sys.stderr)
    print("| nodes | edges | triples | read graph (s) | layout + HTML (s) | HTML (MB) | first frame (ms) | zoom redraw (ms) | click redraw (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['nodes']:,} | {r['edges']:,} | {r['triples']:,} | {r['read']:.1f} | {r['build']:.1f} | {r['mb']:.1f} "
            f"| {r['first']:.0f} | {r['zoom']:.0f} | {r['click']:.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
