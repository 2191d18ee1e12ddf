"""kg/vocab.py mirrors ontology/kg.ttl exactly, and the ontology is well-formed."""

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.vocab import ID, KG, PREFIXES, bind_prefixes

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def ontology_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for t in TERM_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))
    }


def test_vocab_and_ontology_define_the_same_terms(ontology):
    in_ttl = ontology_terms(ontology)
    in_py = set(dir(KG))
    assert in_ttl - in_py == set(), "terms in kg.ttl missing from kg/vocab.py"
    assert in_py - in_ttl == set(), "terms in kg/vocab.py missing from kg.ttl"
    assert len(in_ttl) == 38
    assert {KG.Mention, KG.entity} <= in_ttl  # how one document names one entity
    assert KG.venue in in_ttl  # the building or site of a meeting, within its place


def test_every_kg_iri_in_the_ontology_is_declared(ontology):
    used = {t for triple in ontology for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    assert used <= ontology_terms(ontology)


def test_every_term_has_label_and_comment(ontology):
    for term in ontology_terms(ontology):
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_unknown_terms_fail():
    with pytest.raises(AttributeError):
        KG.spokeWith  # noqa: B018
    assert KG.spoke_with == URIRef("https://w3id.org/kg-news/ontology#spoke_with")
    assert ID["person/x"] == URIRef("https://w3id.org/kg-news/id/person/x")


def test_required_structure(ontology):
    assert (KG.spoke_with, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.PhoneCall, RDFS.subClassOf, KG.Communication) in ontology
    for cls in (KG.Person, KG.Organization, KG.Country, KG.Place):
        assert (cls, RDFS.subClassOf, KG.Entity) in ontology
    assert (KG.Event, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Activity")) in ontology
    assert (KG.Document, RDFS.subClassOf, URIRef("https://schema.org/NewsArticle")) in ontology
    assert (KG.Person, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Person")) in ontology
    # represents ranges over a union of Organization and Country (and Place: a museum's staff)
    rng = ontology.value(KG.represents, RDFS.range)
    members = set(ontology.items(ontology.value(rng, OWL.unionOf)))
    assert members == {KG.Organization, KG.Country, KG.Place}
    # CAMEO annotations on event classes
    codes = {str(c) for c in ontology.objects(KG.PhoneCall, KG.cameoCode)}
    assert "041" in codes
    assert {"042", "043", "044", "036"} <= {str(c) for c in ontology.objects(KG.Meeting, KG.cameoCode)}
    assert ontology.value(KG.Meeting, SKOS.note) is not None


def test_shapes_use_only_ontology_terms(ontology):
    shapes = Graph().parse(SHAPES, format="turtle")
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    assert used and used <= ontology_terms(ontology)


def test_bind_prefixes():
    g = Graph()
    bind_prefixes(g)
    bound = dict(g.namespaces())
    for prefix, ns in PREFIXES.items():
        assert str(bound[prefix]) == str(ns)
