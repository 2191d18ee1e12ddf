"""The viewer page in headless Chromium: drawing, offline, evidence, panel, filters, search, focus, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib

from kg.viz import render_html

FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


@pytest.fixture(scope="module")
def diplomacy_html(tmp_path_factory):
    ds = rdflib.Dataset(default_union=True)
    ds.parse(FIXTURES / "diplomacy.trig", format="trig")
    out = tmp_path_factory.mktemp("viz") / "diplomacy.html"
    return render_html(ds, out, title="Diplomacy")


@pytest.fixture
def viewer(open_viewer, diplomacy_html):
    return open_viewer(diplomacy_html)


def _node_hidden(v, name):
    return v.js("(n) => window.kgViewer.isNodeHidden(window.kgViewer.findNode(n))", name)


def _edges_hidden(v, a, b, rel):
    ids = v.js("([a, b, r]) => window.kgViewer.edgeIds(a, b, r)", [a, b, rel])
    assert ids, f"no {rel} edge between {a} and {b}"
    return [v.js("(i) => window.kgViewer.isEdgeHidden(i)", i) for i in ids]


def test_draws_offline_with_no_requests_and_no_console_errors(viewer):
    assert viewer.js("() => window.kgViewer.nodes.length") == 17
    painted = viewer.js(
        """() => { const c = document.querySelector('#kg-network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"""
    )
    assert painted > 2000
    assert viewer.requests == [viewer.url]
    assert viewer.blocked == []
    assert [m for m in viewer.console if m[0] in ("error", "warning")] == []
    assert viewer.errors == []
    assert viewer.js("() => performance.getEntriesByType('resource').length") == 0


def test_hover_edge_shows_dates_status_sentences_and_documents(viewer):
    (edge,) = viewer.js("() => window.kgViewer.edgeIds('Maria Keller', 'Tomas Novak', 'spoke_with')")
    viewer.page.mouse.move(*viewer.edge_point(edge))
    viewer.wait("!document.getElementById('kg-tip').hidden")
    tip = viewer.page.inner_text("#kg-tip")
    assert "spoke with" in tip
    assert "Novak spoke by phone with Keller again in April" in tip
    assert "Keller said she had a long phone call" in tip
    assert "002_pacific.txt" in tip and "001_alpine.txt" in tip
    assert tip.index("2025-04-10") < tip.index("2025-03-04")  # newest first
    assert "occurred" in tip
    viewer.page.mouse.move(5, 790)
    viewer.wait("document.getElementById('kg-tip').hidden")


def test_click_node_opens_panel_with_facts_grouped_newest_first_and_aliases(viewer):
    viewer.page.mouse.click(*viewer.node_point("Maria Keller"))
    viewer.wait("!document.getElementById('kg-panel').hidden")
    panel = viewer.page.locator("#kg-panel")
    assert panel.locator("h2").inner_text() == "Maria Keller"
    aliases = panel.locator(".kg-aliases li").all_inner_texts()
    assert aliases == ["Foreign Minister Maria Keller", "Keller"]
    spoke = panel.locator("section[data-rel=spoke_with]")
    spoke_text = spoke.inner_text()
    for who in ("Tomas Novak", "Samuel Okafor", "Jonas Weber"):
        assert who in spoke_text
    dates = [d for d in spoke.locator(".kg-date-tag").all_inner_texts()]
    assert dates == ["2025-05-30", "2025-04-10", "2025-03-04", "2025-01-22"]
    assert "EU commissioner Jonas Weber will call Keller" in spoke_text
    assert "planned" in spoke_text and "003_bridges.txt" in spoke_text
    assert "Vienna" in panel.locator("section[data-rel=met_in]").inner_text()
    assert "Austria" in panel.locator("section[data-rel=represents]").inner_text()
    met_with = panel.locator("section[data-rel=met_with]").inner_text()
    assert "Lena Fischer" in met_with and "David Morel" in met_with
    # A fact's counterpart is a link to that node's panel.
    panel.locator("section[data-rel=met_in] .kg-link").first.click()
    viewer.wait("document.querySelector('#kg-panel h2').textContent === 'Vienna'")
    assert "meetings here" in viewer.page.inner_text("#kg-panel").lower()


def test_meeting_participants_are_joined_by_dashed_met_with_edges(viewer):
    for a, b in (("Maria Keller", "Lena Fischer"), ("Maria Keller", "David Morel"), ("Lena Fischer", "David Morel")):
        (edge,) = viewer.js("([a, b]) => window.kgViewer.edgeIds(a, b, 'met_with')", [a, b])
        assert viewer.js("(i) => window.kgViewer.edges.get(i).dashes", edge)
    for who in ("Maria Keller", "Lena Fischer", "David Morel"):
        assert _edges_hidden(viewer, who, "Vienna", "met_in") == [False]


def test_relation_filter(viewer):
    viewer.page.uncheck("#kg-rel-spoke_with")
    assert _edges_hidden(viewer, "Maria Keller", "Tomas Novak", "spoke_with") == [True]
    assert _edges_hidden(viewer, "Maria Keller", "Vienna", "met_in") == [False]
    viewer.page.check("#kg-rel-spoke_with")
    assert _edges_hidden(viewer, "Maria Keller", "Tomas Novak", "spoke_with") == [False]


def test_entity_type_filter(viewer):
    viewer.page.uncheck("#kg-type-Country")
    assert _node_hidden(viewer, "Austria") and _node_hidden(viewer, "Japan")
    assert _edges_hidden(viewer, "Maria Keller", "Austria", "represents") == [True]
    assert not _node_hidden(viewer, "Maria Keller") and not _node_hidden(viewer, "United Nations")


def test_status_filter(viewer):
    viewer.page.uncheck("#kg-status-planned")
    assert _edges_hidden(viewer, "Jonas Weber", "Maria Keller", "spoke_with") == [True]
    assert _node_hidden(viewer, "Geneva")  # its only meeting is planned
    assert _edges_hidden(viewer, "Maria Keller", "Tomas Novak", "spoke_with") == [False]
    viewer.page.check("#kg-status-planned")
    viewer.page.uncheck("#kg-status-occurred")
    assert _edges_hidden(viewer, "Maria Keller", "Tomas Novak", "spoke_with") == [True]
    assert _edges_hidden(viewer, "Jonas Weber", "Maria Keller", "spoke_with") == [False]
    assert not _node_hidden(viewer, "Geneva")


def test_date_range_filter(viewer):
    viewer.page.fill("#kg-date-from", "2025-04-01")
    viewer.page.fill("#kg-date-to", "2025-04-30")
    assert _edges_hidden(viewer, "Maria Keller", "Tomas Novak", "spoke_with") == [False]  # 2025-04-10 call
    assert _edges_hidden(viewer, "David Morel", "Lena Fischer", "spoke_with") == [False]  # 2025-04-28
    assert _node_hidden(viewer, "Vienna")  # met on 2025-03-20
    assert _edges_hidden(viewer, "Jonas Weber", "Maria Keller", "spoke_with") == [True]  # 2025-05-30
    assert _edges_hidden(viewer, "David Morel", "Samuel Okafor", "spoke_with") == [False]  # undated
    viewer.page.uncheck("#kg-undated")
    assert _edges_hidden(viewer, "David Morel", "Samuel Okafor", "spoke_with") == [True]
    viewer.page.click("#kg-reset")
    assert not _node_hidden(viewer, "Vienna")


def test_search_finds_node_by_alias(viewer):
    viewer.page.fill("#kg-search", "czech rep")
    viewer.wait("!document.getElementById('kg-results').hidden")
    first = viewer.page.locator("#kg-results li button").first.inner_text()
    assert "Czechia" in first and "alias: Czech Republic" in first
    viewer.page.press("#kg-search", "Enter")
    viewer.wait("!document.getElementById('kg-panel').hidden")
    assert viewer.page.locator("#kg-panel h2").inner_text() == "Czechia"
    assert viewer.js("() => window.kgViewer.network.getSelectedNodes()") == [viewer.js("() => window.kgViewer.findNode('Czechia')")]


def test_focus_in_page_shows_neighbourhood(viewer):
    viewer.page.mouse.click(*viewer.node_point("Samuel Okafor"))
    viewer.wait("!document.getElementById('kg-panel').hidden")
    viewer.page.click("#kg-panel button[data-hops='1']")
    visible = viewer.js("() => window.kgViewer.meta.entities.filter((e, i) => !window.kgViewer.isNodeHidden(i)).map(e => e.n).sort()")
    assert visible == sorted(["Samuel Okafor", "Maria Keller", "David Morel", "Aiko Tanaka", "Geneva", "United Nations"])
    assert "Samuel Okafor" in viewer.page.inner_text("#kg-focus-box")
    viewer.page.click("#kg-panel button[data-hops='2']")
    assert not _node_hidden(viewer, "Japan")  # Okafor - Tanaka - Japan
    viewer.page.click("#kg-focus-clear")
    assert viewer.js("() => window.kgViewer.meta.entities.every((e, i) => !window.kgViewer.isNodeHidden(i))")


def test_focus_from_python_opens_on_the_entity(open_viewer, tmp_path):
    ds = rdflib.Dataset(default_union=True)
    ds.parse(FIXTURES / "diplomacy.trig", format="trig")
    v = open_viewer(render_html(ds, tmp_path / "focus.html", focus="UN envoy Samuel Okafor", hops=1))
    assert v.js("() => window.kgViewer.nodes.length") == 6
    assert v.page.locator("#kg-panel h2").inner_text() == "Samuel Okafor"


INJECTION = """
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix p:      <https://w3id.org/kg-news/id/person/> .
@prefix ev:     <https://w3id.org/kg-news/id/event/> .
@prefix f:      <https://w3id.org/kg-news/id/fact/> .
@prefix s:      <https://w3id.org/kg-news/id/sentence/> .
@prefix d:      <https://w3id.org/kg-news/id/doc/> .

p:evil a kg:Person ; rdfs:label NAME ; skos:altLabel ALIAS, LINK .
p:good a kg:Person ; rdfs:label "Plain Person" .
d:x a kg:Document ; kg:docId DOCID ; schema:headline HEADLINE ; schema:url <javascript:alert(1)> .
p:evil kg:spoke_with p:good .
ev:e a kg:PhoneCall ; kg:participant p:evil, p:good ; kg:date "2025-01-01"^^xsd:date ;
    kg:status "occurred" ; kg:evidence s:e ; kg:supports f:e .
f:e a rdf:Statement ; rdf:subject p:evil ; rdf:predicate kg:spoke_with ; rdf:object p:good .
s:e a kg:Sentence ; kg:text SENTENCE ; kg:inDocument d:x .
"""
PAYLOADS = {
    "NAME": "<script>alert(1)</script>",
    "ALIAS": "<img src=x onerror=\"alert(2);window.__pwned=1\">",
    "LINK": "javascript:alert(3)",
    "DOCID": "</script><script>alert(4)</script>",
    "HEADLINE": "<a href=\"javascript:alert(5)\">click</a>\u2028",
    "SENTENCE": "He said <img src=y onerror=alert(6)> & <svg onload=alert(7)>",
}


def test_injected_markup_is_shown_as_text_and_runs_nothing(open_viewer, tmp_path):
    ttl = INJECTION
    for key, value in PAYLOADS.items():
        ttl = ttl.replace(key, json.dumps(value))
    out = render_html(rdflib.Graph().parse(data=ttl, format="turtle"), tmp_path / "evil.html")
    v = open_viewer(out)
    evil = PAYLOADS["NAME"]
    # Hover the edge (evidence tooltip), click the node (panel), search the alias.
    (edge,) = v.js("([a, b]) => window.kgViewer.edgeIds(a, b, 'spoke_with')", [evil, "Plain Person"])
    v.page.mouse.move(*v.edge_point(edge))
    v.wait("!document.getElementById('kg-tip').hidden")
    tip = v.page.inner_text("#kg-tip")
    assert PAYLOADS["SENTENCE"] in tip and PAYLOADS["DOCID"] in tip
    v.page.mouse.click(*v.node_point(evil))
    v.wait("!document.getElementById('kg-panel').hidden")
    panel = v.page.inner_text("#kg-panel")
    assert evil in panel and PAYLOADS["ALIAS"] in panel and PAYLOADS["LINK"] in panel
    assert "javascript:alert(1)" in panel  # the unsafe document URL is shown as text, not linked
    v.page.fill("#kg-search", "onerror")
    v.wait("!document.getElementById('kg-results').hidden")
    assert PAYLOADS["ALIAS"] in v.page.inner_text("#kg-results")
    v.page.wait_for_timeout(200)
    assert v.dialogs == []
    assert v.js("() => window.__pwned === undefined")
    assert v.js("() => document.querySelectorAll('img, svg, iframe').length") == 0
    assert v.js("() => [...document.querySelectorAll('a')].every(a => a.protocol === 'http:' || a.protocol === 'https:')")
    assert v.js("() => document.scripts.length") == 4  # two JSON blocks, vis-network, viewer
    assert v.requests == [v.url] and v.blocked == []
    assert [m for m in v.console if m[0] == "error"] == [] and v.errors == []


def test_a_date_from_other_reports_is_marked_in_the_evidence(open_viewer, tmp_path, monkeypatch):
    import build_samples as bs
    from kg import build as kb
    from kg import engines

    monkeypatch.setattr(engines, "extract_stream", bs.fake_extract)
    inputs = bs.write_inputs(tmp_path / "in.jsonl", ["talks-undated.txt", "talks-dated.txt"])
    v = open_viewer(kb.build([str(inputs)], tmp_path / "out").outputs["html"])

    def tip(place: str) -> str:
        (edge,) = v.js("([a, b]) => window.kgViewer.edgeIds(a, b, 'met_in')", ["Ada Ames", place])
        v.page.mouse.move(*v.edge_point(edge))
        v.wait("!document.getElementById('kg-tip').hidden")
        text = v.page.inner_text("#kg-tip")
        v.page.mouse.move(5, 790)
        v.wait("document.getElementById('kg-tip').hidden")
        return text

    borrowed, own = tip("Geneva"), tip("Switzerland")
    assert "2030-05-16" in borrowed and "date from other reports" in borrowed
    assert "2030-05-16" in own and "date from other reports" not in own


def test_a_month_passes_the_date_range_it_overlaps(open_viewer, tmp_path, monkeypatch):
    import build_samples as bs
    from kg import build as kb
    from kg import engines

    monkeypatch.setattr(engines, "extract_stream", bs.fake_extract)
    inputs = bs.write_inputs(tmp_path / "in.jsonl", ["talks-in-may.txt"])  # talks in Geneva "in May" 2030
    v = open_viewer(kb.build([str(inputs)], tmp_path / "out").outputs["html"])
    assert v.page.get_attribute("#kg-date-from", "min") == "2030-05-01"
    assert v.page.get_attribute("#kg-date-to", "max") == "2030-05-31"
    v.page.uncheck("#kg-undated")
    for start, end, hidden in [("2030-05-20", "2030-06-10", False), ("2030-04-01", "2030-05-01", False),
                               ("2030-06-01", "2030-06-30", True), ("2030-01-01", "2030-04-30", True)]:
        v.page.fill("#kg-date-from", start)
        v.page.fill("#kg-date-to", end)
        assert _edges_hidden(v, "Ada Ames", "Geneva", "met_in") == [hidden], (start, end)
