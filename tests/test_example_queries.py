"""Every query in examples/queries/ runs against a graph built from records and gives real answers."""

import csv
import io
from pathlib import Path

import pytest
from rdflib import Literal, Variable
from rdflib.namespace import XSD

import graph_samples as samples
from kg.query import format_result, parse_bindings, read_query, run_query
from kg.rdf import load_graph

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return load_graph(samples.build(tmp_path_factory.mktemp("g"))["trig"])


def rows(graph, name, *bindings):
    result = run_query(graph, read_query(str(QUERIES / name)), parse_bindings(bindings), source=name)
    names = [str(v) for v in result.vars]
    return [{n: (None if r[Variable(n)] is None else str(r[Variable(n)])) for n in names} for r in result]


def test_every_example_has_a_header_comment_and_runs(graph):
    files = sorted(QUERIES.glob("*.rq"))
    assert {f.name for f in files} >= {
        "relations.rq", "entities.rq", "spoke_with.rq", "meetings_by_place.rq", "represents.rq",
        "timeline.rq", "contacts_per_person.rq",
    }
    for f in files:
        text = f.read_text()
        assert text.startswith("#"), f"{f.name} needs a header comment"
        result = run_query(graph, text, source=f.name)
        assert len(result) > 0, f.name
        format_result(result, "table")


def test_relations_contract(graph):
    result = run_query(graph, read_query(str(QUERIES / "relations.rq")))
    assert [str(v) for v in result.vars] == ["doc", "relation", "subject", "object", "date", "status", "evidence"]
    got = {(r["doc"], r["relation"], r["subject"], r["object"], r["date"], r["status"]) for r in rows(graph, "relations.rq")}
    # ?subject/?object are the document's own names (its kg:Mention labels): doc one calls her
    # "President Alice Arden" (its fullest name mention), doc two only ever says "Bell".
    assert got == {
        ("doc-one.txt", "spoke_with", "President Alice Arden", "Bruno Bell", "2025-05-19", "occurred"),
        ("doc-one.txt", "met_in", "President Alice Arden", "Vellport", None, "occurred"),
        ("doc-one.txt", "met_in", "Bruno Bell", "Vellport", None, "occurred"),
        ("doc-one.txt", "represents", "Carla Cruz", "Ministry of Calm", None, "occurred"),
        ("sub/doc two.txt", "spoke_with", "Bell", "Dmitri Dane", "2025-06-02", "occurred"),
        ("sub/doc two.txt", "spoke_with", "Bell", "Carla Cruz", "2025-06-02", "occurred"),
        ("sub/doc two.txt", "spoke_with", "Dmitri Dane", "Carla Cruz", "2025-06-02", "occurred"),
        ("sub/doc two.txt", "met_in", "Dmitri Dane", "Norland", None, "planned"),
        # spoke_with between countries is a relation now
        ("sub/doc two.txt", "spoke_with", "Norland", "Sudria", None, "occurred"),
    }
    assert len(rows(graph, "relations.rq")) == 9  # DISTINCT: one row per fact and event
    sentences = {e.evidence.text for make in (samples.doc_one, samples.doc_two) for e in make()[0].events}
    for r in rows(graph, "relations.rq"):
        assert r["evidence"] in sentences
        assert r["subject"].split()[-1] in r["evidence"] and r["object"].split()[-1] in r["evidence"]
    # relation is a plain string, date an xsd:date
    first = list(result)[0]
    assert first.relation == Literal("spoke_with") and first.relation.datatype is None
    assert first.date.datatype == XSD.date


def test_relations_same_on_turtle_and_trig(tmp_path):
    paths = samples.build(tmp_path)
    text = read_query(str(QUERIES / "relations.rq"))
    a = format_result(run_query(load_graph(paths["ttl"]), text), "csv")
    b = format_result(run_query(load_graph(paths["trig"]), text), "csv")
    assert a == b and len(list(csv.reader(io.StringIO(a)))) == 10


def test_entities_contract(graph):
    result = run_query(graph, read_query(str(QUERIES / "entities.rq")))
    assert [str(v) for v in result.vars] == ["doc", "entity", "type", "label"]
    got = [(r["doc"], r["entity"], r["type"], r["label"]) for r in rows(graph, "entities.rq")]
    # one row per kg:Mention: the document's own name, the type, the canonical label; ordered by
    # doc, type, name
    assert got == [
        ("doc-one.txt", "Norland", "Country", "Norland"),
        ("doc-one.txt", "Ministry of Calm", "Organization", "Ministry of Calm"),
        ("doc-one.txt", "Bruno Bell", "Person", "Bruno Bell"),
        ("doc-one.txt", "Carla Cruz", "Person", "Carla Cruz"),
        ("doc-one.txt", "President Alice Arden", "Person", "Alice Arden"),
        ("doc-one.txt", "Vellport", "Place", "Vellport"),
        ("sub/doc two.txt", "Norland", "Country", "Norland"),
        ("sub/doc two.txt", "Sudria", "Country", "Sudria"),
        ("sub/doc two.txt", "Bell", "Person", "Bruno Bell"),  # the surface form, label is global
        ("sub/doc two.txt", "Carla Cruz", "Person", "Carla Cruz"),
        ("sub/doc two.txt", "Dmitri Dane", "Person", "Dmitri Dane"),
    ]


def test_library_queries_are_the_examples():
    library = Path(__file__).resolve().parents[1] / "kg" / "queries"
    for name in ("relations.rq", "entities.rq"):
        assert (library / name).read_bytes() == (QUERIES / name).read_bytes(), name


def test_unnamed_entities_fall_back_to_the_canonical_label(tmp_path):
    """No kg:Mention (demonym or pronoun only): relations.rq gives the rdfs:label, entities.rq no row."""
    from kg.rdf import document_graph, write_graph_files

    g = document_graph(*samples.doc_unnamed())
    unnamed = load_graph(write_graph_files([(g.identifier, g)], tmp_path)["trig"])
    got = [(r["doc"], r["relation"], r["subject"], r["object"], r["date"], r["status"]) for r in rows(unnamed, "relations.rq")]
    assert sorted(got) == [
        ("unnamed.txt", "spoke_with", "Ann Ode", "Bo Pym", None, "occurred"),
        ("unnamed.txt", "spoke_with", "Ann Ode", "Norland", None, "occurred"),
    ]
    assert [(r["doc"], r["entity"], r["type"], r["label"]) for r in rows(unnamed, "entities.rq")] == [
        ("unnamed.txt", "Ann Ode", "Person", "Ann Ode"),
    ]


def test_spoke_with_by_label_or_alias_as_spelled_or_lower_case(graph):
    # looked up through the index (rdfs:label|skos:altLabel|kg:nameKey), not a FILTER
    for name in ("Bruno Bell", "bruno bell", "Bell", "bell"):
        got = {(r["person"], r["other"], r["kind"]) for r in rows(graph, "spoke_with.rq", f"name={name}")}
        assert got == {
            ("Bruno Bell", "Alice Arden", "phone call"),
            ("Bruno Bell", "Dmitri Dane", "talks"),
            ("Bruno Bell", "Carla Cruz", "talks"),
        }, name
    # spoke_with is symmetric: Cruz is only ever the object, she is still found
    assert {r["other"] for r in rows(graph, "spoke_with.rq", "name=carla cruz")} == {"Bruno Bell", "Dmitri Dane"}
    assert rows(graph, "spoke_with.rq", "name=Nobody") == []
    assert rows(graph, "spoke_with.rq", "name=bELL") == []  # neither as spelled nor lower case
    assert len(rows(graph, "spoke_with.rq")) == 8  # unbound: every contact, both directions


def test_meetings_by_place(graph):
    (row,) = rows(graph, "meetings_by_place.rq", "place=vellport")
    assert row["location"] == "Vellport" and set(row["participants"].split("; ")) == {"Alice Arden", "Bruno Bell"}
    assert row["status"] == "occurred" and row["doc"] == "doc-one.txt"
    (row,) = rows(graph, "meetings_by_place.rq", "place=Norland")
    assert row["participants"] == "Dmitri Dane" and row["status"] == "planned"
    assert len(rows(graph, "meetings_by_place.rq")) == 2


def test_represents(graph):
    (row,) = rows(graph, "represents.rq", "party=ministry of calm")
    assert row["person"] == "Carla Cruz" and row["sources"] == "1" and "spokeswoman" in row["evidence"]
    assert rows(graph, "represents.rq", "party=Norland") == []


def test_timeline_is_date_ordered(graph):
    timeline = rows(graph, "timeline.rq")
    dates = [r["date"] for r in timeline]
    assert dates == sorted(dates) and len(timeline) == 6
    call = [r for r in timeline if r["kind"] == "phone call"][0]
    assert call["date"] == "2025-05-19" and call["dated"] == "event"
    visit = [r for r in timeline if r["location"] == "Norland"][0]
    assert visit["dated"] == "published" and visit["date"] == "2025-06-02"
    dane = rows(graph, "timeline.rq", "name=Dane")
    assert len(dane) == 2 and all("Dmitri Dane" in r["participants"] for r in dane)
    talks = [r for r in dane if r["kind"] == "talks"][0]
    assert talks["participants"] == "Bruno Bell; Carla Cruz; Dmitri Dane" and talks["docs"] == "sub/doc two.txt"


def test_timeline_lists_a_contact_reported_twice_once(tmp_path):
    from dataclasses import replace

    from kg.rdf import document_graph, write_graph_files

    one, nodes = samples.doc_one()
    call = one.events[0]
    again = samples._sentence(one.article.text, "Arden met Bell in Vellport.")
    one.events.append(replace(call, evidence=again, participants=call.participants[::-1]))
    other, _ = samples.doc_one()
    other.article = replace(other.article, id="doc-one-again.txt")
    graphs = [(g.identifier, g) for g in (document_graph(one, nodes), document_graph(other, nodes))]
    graph = load_graph(write_graph_files(graphs, tmp_path)["trig"])
    calls = [r for r in rows(graph, "timeline.rq", "name=Arden") if r["kind"] == "phone call"]
    assert calls == [{"date": "2025-05-19", "dated": "event", "kind": "phone call", "status": "occurred",
                      "participants": "Alice Arden; Bruno Bell", "location": None, "mentions": "3",
                      "docs": "doc-one-again.txt; doc-one.txt"}]


def test_contacts_per_person(graph):
    got = {r["person"]: (int(r["contacts"]), int(r["events"]), int(r["places"])) for r in rows(graph, "contacts_per_person.rq")}
    assert got["Bruno Bell"] == (3, 3, 1)
    assert got["Alice Arden"] == (1, 3, 1)
    assert got["Carla Cruz"][0] == 2
    first = rows(graph, "contacts_per_person.rq")[0]
    assert first["person"] == "Bruno Bell"


def test_meetings_by_place_finds_a_meeting_by_its_venue_or_its_city():
    from kg.model import MEETING, PERSON, PLACE, Article, DocResult, Entity, Event, Evidence, GlobalEntity, Mention
    from kg.rdf import document_graph

    text = "Ann Ode met Bo Pym at Quor House in Vellport."
    nodes = {"a": GlobalEntity("person/ann-ode", "Ann Ode", PERSON),
             "b": GlobalEntity("person/bo-pym", "Bo Pym", PERSON),
             "v": GlobalEntity("place/vellport", "Vellport", PLACE),
             "h": GlobalEntity("place/quor-house", "Quor House", PLACE)}
    entities = [Entity(k, n.name, n.type, [Mention(n.name, text.index(n.name), text.index(n.name) + len(n.name))])
                for k, n in nodes.items()]
    meeting = Event(MEETING, ("a", "b"), Evidence(text, 0, len(text)), "verb-meet", 0.8, place="v", venue="h")
    g = document_graph(DocResult(Article("venue.txt", text), entities, [meeting]), nodes)
    for place in ("quor house", "Vellport", None):
        (row,) = rows(g, "meetings_by_place.rq", *([f"place={place}"] if place else []))
        assert (row["location"], row["venue"]) == ("Vellport", "Quor House")
        assert set(row["participants"].split("; ")) == {"Ann Ode", "Bo Pym"}
