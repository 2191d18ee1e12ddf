"""kg.viz: reading the graph, selecting (focus / max_nodes), layout, and the offline page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import rdflib

from kg.errors import KgError
from kg.viz import VizError, read_graph, render_html
from kg.viz.layout import mesh_layout
from kg.viz.layout import layout as compute_layout
from kg.viz.render import build_page, json_for_script

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FIXTURE = Path(__file__).parent / "browser" / "fixtures" / "diplomacy.trig"
ID = "https://w3id.org/kg-news/id/"

# A meeting of three people in a place, a phone call, an affiliation, aliases; plain Turtle.
SMALL_TTL = """
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix p:      <https://w3id.org/kg-news/id/person/> .
@prefix c:      <https://w3id.org/kg-news/id/country/> .
@prefix pl:     <https://w3id.org/kg-news/id/place/> .
@prefix ev:     <https://w3id.org/kg-news/id/event/> .
@prefix f:      <https://w3id.org/kg-news/id/fact/> .
@prefix s:      <https://w3id.org/kg-news/id/sentence/> .
@prefix d:      <https://w3id.org/kg-news/id/doc/> .

p:ann a kg:Person ; rdfs:label "Ann Lee" ; skos:altLabel "Lee", "Minister Ann Lee" .
p:bo  a kg:Person ; rdfs:label "Bo Chan" ; skos:altLabel "Chan" .
p:cy  a kg:Person ; rdfs:label "Cy Dorn" .
c:xland a kg:Country ; rdfs:label "Xland" ; kg:countryCode "XL" .
pl:oslo a kg:Place ; rdfs:label "Oslo" .
d:a1 a kg:Document ; kg:docId "a1.txt" .

p:ann kg:met_in pl:oslo . p:bo kg:met_in pl:oslo . p:cy kg:met_in pl:oslo .
ev:m a kg:Meeting ; kg:participant p:ann, p:bo, p:cy ; kg:place pl:oslo ;
    kg:date "2025-02-01"^^xsd:date ; kg:status "occurred" ; kg:evidence s:m ;
    prov:wasDerivedFrom d:a1 ; kg:supports f:m1, f:m2, f:m3 .
f:m1 a rdf:Statement ; rdf:subject p:ann ; rdf:predicate kg:met_in ; rdf:object pl:oslo .
f:m2 a rdf:Statement ; rdf:subject p:bo ; rdf:predicate kg:met_in ; rdf:object pl:oslo .
f:m3 a rdf:Statement ; rdf:subject p:cy ; rdf:predicate kg:met_in ; rdf:object pl:oslo .
s:m a kg:Sentence ; kg:text "Lee, Chan and Dorn met in Oslo." ; kg:inDocument d:a1 .

p:bo kg:spoke_with p:ann .
ev:c1 a kg:PhoneCall ; kg:participant p:ann, p:bo ; kg:date "2025-03-01"^^xsd:date ;
    kg:status "planned" ; kg:evidence s:c1 ; kg:supports f:c1 .
f:c1 a rdf:Statement ; rdf:subject p:bo ; rdf:predicate kg:spoke_with ; rdf:object p:ann .
s:c1 a kg:Sentence ; kg:text "Chan will call Lee." ; kg:inDocument d:a1 .
ev:c2 a kg:PhoneCall ; kg:participant p:ann, p:bo ; kg:status "occurred" ; kg:evidence s:c2 ; kg:supports f:c2 .
f:c2 a rdf:Statement ; rdf:subject p:ann ; rdf:predicate kg:spoke_with ; rdf:object p:bo .
s:c2 a kg:Sentence ; kg:text "Lee phoned Chan." ; kg:inDocument d:a1 .

p:cy kg:represents c:xland .
"""


@pytest.fixture(scope="module")
def small() -> rdflib.Graph:
    return rdflib.Graph().parse(data=SMALL_TTL, format="turtle")


@pytest.fixture(scope="module")
def diplomacy() -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    return ds


def _edges(vg, relation):
    names = {iri: e.name for iri, e in vg.entities.items()}
    return {frozenset((names[e.source], names[e.target])): e for e in vg.edges if e.relation == relation}


def test_read_entities_types_aliases(small):
    vg = read_graph(small)
    ann = vg.entities[ID + "person/ann"]
    assert (ann.name, ann.type) == ("Ann Lee", "Person")
    assert ann.aliases == ["Lee", "Minister Ann Lee"]
    assert vg.entities[ID + "country/xland"].country_code == "XL"
    assert vg.entities[ID + "place/oslo"].type == "Place"


def test_calls_between_one_pair_are_one_edge_with_both_events(small):
    vg = read_graph(small)
    spoke = _edges(vg, "spoke_with")
    assert list(spoke) == [frozenset({"Ann Lee", "Bo Chan"})]
    events = [vg.events[i] for i in spoke[frozenset({"Ann Lee", "Bo Chan"})].events]
    assert sorted((e.status, e.date) for e in events) == [("occurred", None), ("planned", "2025-03-01")]
    assert {e.kind for e in events} == {"PhoneCall"}


def test_meeting_yields_met_in_and_derived_met_with(small):
    vg = read_graph(small)
    met_in = _edges(vg, "met_in")
    assert set(met_in) == {frozenset({n, "Oslo"}) for n in ("Ann Lee", "Bo Chan", "Cy Dorn")}
    met_with = _edges(vg, "met_with")
    assert set(met_with) == {
        frozenset({"Ann Lee", "Bo Chan"}),
        frozenset({"Ann Lee", "Cy Dorn"}),
        frozenset({"Bo Chan", "Cy Dorn"}),
    }
    meeting = vg.events[met_with[frozenset({"Ann Lee", "Cy Dorn"})].events[0]]
    assert meeting.text == "Lee, Chan and Dorn met in Oslo."
    assert vg.documents[meeting.doc].doc_id == "a1.txt"


def test_a_date_taken_from_another_report_is_marked():
    graph = rdflib.Graph().parse(data=SMALL_TTL + "ev:c2 kg:date \"2025-02-27\"^^xsd:date ; kg:dateFrom ev:c1 .\n", format="turtle")
    events = read_graph(graph).events
    assert (events[ID + "event/c2"].date, events[ID + "event/c2"].date_from_report) == ("2025-02-27", True)
    assert events[ID + "event/c1"].date_from_report is False
    page = build_page(read_graph(graph), title="t")
    assert '"dr":true' in page.replace(" ", "")


def test_relation_without_event_is_still_drawn(small):
    vg = read_graph(small)
    rep = _edges(vg, "represents")
    assert rep[frozenset({"Cy Dorn", "Xland"})].events == []


def test_contacts_count_spoke_with_and_met_in(small):
    vg = read_graph(small)
    c = vg.contacts()
    assert c[ID + "person/ann"] == 2  # Bo (call) + Oslo (meeting)
    assert c[ID + "place/oslo"] == 3
    assert c[ID + "country/xland"] == 0


def test_trig_dataset_reads_union_of_named_graphs(diplomacy):
    vg = read_graph(diplomacy)
    assert len(vg.entities) == 17
    keller_novak = _edges(vg, "spoke_with")[frozenset({"Maria Keller", "Tomas Novak"})]
    assert len(keller_novak.events) == 2  # one per document graph


def test_dataset_without_default_union_is_read_whole():
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    assert len(read_graph(ds).entities) == 17


def test_find_by_name_alias_and_case(small):
    vg = read_graph(small)
    assert vg.find("ann lee") == [ID + "person/ann"]
    assert vg.find("  Minister  Ann Lee ") == [ID + "person/ann"]
    assert vg.find("Chan") == [ID + "person/bo"]
    assert vg.find("nobody") == []


def _page_data(html: str) -> tuple[dict, dict]:
    vis = re.search(r'<script type="application/json" id="kg-vis-data">(.*?)</script>', html, re.S).group(1)
    meta = re.search(r'<script type="application/json" id="kg-meta">(.*?)</script>', html, re.S).group(1)
    return json.loads(vis), json.loads(meta)


def test_focus_by_alias_keeps_neighbourhood(diplomacy):
    vg = read_graph(diplomacy)
    _, meta = _page_data(build_page(vg, focus="Okafor", hops=1))
    names = {e["n"] for e in meta["entities"]}
    assert names == {"Samuel Okafor", "Maria Keller", "David Morel", "Aiko Tanaka", "Geneva", "United Nations"}
    assert [meta["entities"][i]["n"] for i in meta["focus"]["nodes"]] == ["Samuel Okafor"]
    _, meta2 = _page_data(build_page(vg, focus="Okafor", hops=2))
    assert len(meta2["entities"]) > len(names)


def test_unknown_focus_raises_kg_error(diplomacy):
    with pytest.raises(VizError, match="no entity named 'Atlantis'") as err:
        build_page(read_graph(diplomacy), focus="Atlantis")
    assert isinstance(err.value, KgError)


def test_max_nodes_keeps_most_connected(diplomacy):
    # Degrees: Keller 7, Tanaka 6, then Fischer / Morel / Okafor 5 (ties broken by name).
    vis, meta = _page_data(build_page(read_graph(diplomacy), max_nodes=3))
    assert {e["n"] for e in meta["entities"]} == {"Maria Keller", "Aiko Tanaka", "David Morel"}
    assert len(vis["nodes"]) == 3
    assert vis["edges"] and all(e["from"] < 3 and e["to"] < 3 for e in vis["edges"])
    with pytest.raises(VizError):
        build_page(read_graph(diplomacy), max_nodes=0)


def test_page_is_self_contained_and_data_is_escaped(tmp_path):
    evil = "<script>alert(1)</script>\u2028&<img src=x onerror=alert(1)>"
    g = rdflib.Graph().parse(data=SMALL_TTL.replace('"Bo Chan"', json.dumps(evil)), format="turtle")
    out = render_html(g, tmp_path / "sub" / "v.html", title="T <b>&")
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "\u2028" not in html
    assert "<title>T &lt;b&gt;&amp;</title>" in html
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=", html, re.I)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    vis, meta = _page_data(html)
    assert evil in {e["n"] for e in meta["entities"]}
    assert evil in {n["label"] for n in vis["nodes"]}
    assert all("title" not in n for n in vis["nodes"]) and all("title" not in e for e in vis["edges"])
    assert list(tmp_path.joinpath("sub").iterdir()) == [out]  # no temp file left behind


def test_json_for_script_escapes_breakouts():
    text = json_for_script({"a": "</script><!--&\u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--&\u2028\u2029"}


def test_render_write_error_is_kg_error(tmp_path, small):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KgError, match="cannot write the viewer"):
        render_html(small, blocker / "v.html")


def test_layout_small_is_deterministic_and_separates_nodes():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3)]
    a, b = compute_layout(5, edges), compute_layout(5, edges)
    assert np.array_equal(a, b)
    d = np.linalg.norm(a[:, None] - a[None], axis=2) + np.eye(5) * 1e9
    assert d.min() > 50  # pixels: no two nodes on top of each other


def test_mesh_layout_keeps_neighbours_closer_than_strangers():
    rng = np.random.default_rng(0)
    # Two dense communities joined by one edge: communities must come out apart.
    n = 800
    edges = [(int(a), int(b)) for a, b in rng.integers(0, 400, (2000, 2)) if a != b]
    edges += [(int(a) + 400, int(b) + 400) for a, b in rng.integers(0, 400, (2000, 2)) if a != b]
    edges.append((0, 400))
    pos = mesh_layout(n, edges)
    assert np.isfinite(pos).all()
    e = np.asarray(edges)
    linked = np.median(np.linalg.norm(pos[e[:, 0]] - pos[e[:, 1]], axis=1))
    centres = np.linalg.norm(pos[:400].mean(axis=0) - pos[400:].mean(axis=0))
    assert centres > 2 * linked


def test_big_graph_uses_python_layout_without_physics():
    vg_nodes = 400
    ttl = ["@prefix kg: <https://w3id.org/kg-news/ontology#> . @prefix p: <https://w3id.org/kg-news/id/person/> ."]
    for i in range(vg_nodes):
        ttl.append(f'p:n{i} a kg:Person ; <http://www.w3.org/2000/01/rdf-schema#label> "N {i}" .')
        ttl.append(f"p:n{i} kg:spoke_with p:n{(i * 7 + 1) % vg_nodes} .")
    g = rdflib.Graph().parse(data="\n".join(ttl), format="turtle")
    vis, meta = _page_data(build_page(read_graph(g)))
    assert meta["big"] is True
    assert vis["options"]["physics"]["enabled"] is False
    assert vis["options"]["layout"]["improvedLayout"] is False
    assert vis["options"]["edges"]["smooth"] is False
    xs = [n["x"] for n in vis["nodes"]]
    assert len(set(xs)) > vg_nodes * 0.9  # positions computed, not all at the origin
