"""kg/validate.py: built graphs conform to ontology/shapes.ttl; broken ones do not."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

import graph_samples as samples
from kg.rdf import load_graph
from kg.validate import DATA_DIR, validate
from kg.vocab import ID, KG

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return samples.build(tmp_path_factory.mktemp("graph"))


@pytest.fixture()
def union() -> Graph:
    g = Graph()
    for _, dg in samples.doc_graphs():
        g += dg
    return g


def test_packaged_copies_match_the_source_of_truth():
    for name in ("kg.ttl", "shapes.ttl"):
        assert (DATA_DIR / name).read_bytes() == (ROOT / "ontology" / name).read_bytes(), (
            f"kg/data/{name} differs from ontology/{name}: cp ontology/{name} kg/data/{name}"
        )


@pytest.mark.parametrize("key", ["ttl", "trig"])
def test_built_graph_conforms(built, key):
    conforms, report = validate(load_graph(built[key]))
    assert conforms, report


def test_each_document_graph_conforms_on_its_own():
    for _, g in samples.doc_graphs():
        conforms, report = validate(g)
        assert conforms, report


def event(g: Graph, cls=KG.PhoneCall) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _mutations():
    arden, vellport = ID["person/alice-arden"], ID["place/vellport"]

    def spoke_with_place(g):
        g.add((arden, KG.spoke_with, vellport))

    def bad_status(g):
        g.set((event(g), KG.status, Literal("rumoured")))

    def no_status(g):
        g.remove((event(g), KG.status, None))

    def two_labels(g):
        g.add((arden, RDFS.label, Literal("A. Arden")))

    def no_label(g):
        g.remove((arden, RDFS.label, None))

    def two_types(g):
        g.add((arden, RDF.type, KG.Organization))

    def confidence_too_high(g):
        g.set((event(g), KG.confidence, Literal("1.5", datatype=XSD.decimal)))

    def date_as_string(g):
        g.set((event(g), KG.date, Literal("2025-05-19")))

    def two_dates(g):
        g.add((event(g), KG.date, Literal("2025-05-20", datatype=XSD.date)))

    def start_after_end(g):
        s = g.value(event(g), KG.evidence)
        g.set((s, KG.start, Literal(500)))

    def no_evidence(g):
        g.remove((event(g), KG.evidence, None))

    def no_participant(g):
        g.remove((event(g), KG.participant, None))

    def represents_a_person(g):
        g.add((ID["person/carla-cruz"], KG.represents, ID["person/bruno-bell"]))

    def met_in_a_person(g):
        g.add((arden, KG.met_in, ID["person/bruno-bell"]))

    def document_without_id(g):
        for d in list(g.subjects(RDF.type, KG.Document)):
            g.remove((d, KG.docId, None))

    return [
        spoke_with_place, bad_status, no_status, two_labels, no_label, two_types, confidence_too_high,
        date_as_string, two_dates, start_after_end, no_evidence, no_participant, represents_a_person,
        met_in_a_person, document_without_id,
    ]


@pytest.mark.parametrize("mutate", _mutations(), ids=lambda f: f.__name__)
def test_broken_graphs_do_not_conform(union, mutate):
    mutate(union)
    conforms, report = validate(union)
    assert not conforms
    assert "Constraint Violation" in report


def test_validate_does_not_modify_the_graph(union):
    before = len(union)
    validate(union)
    assert len(union) == before
