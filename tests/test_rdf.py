"""kg/rdf.py: records -> RDF, the graph files, and reading them back."""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

import graph_samples as samples
from kg.errors import GraphError
from kg.model import (
    AFFILIATION,
    CALL,
    COUNTRY,
    MEETING,
    MET_IN,
    PERSON,
    PLACE,
    SPOKE_WITH,
    TALKS,
    Article,
    DocResult,
    Entity,
    Event,
    Evidence,
    GlobalEntity,
    Mention,
)
from kg.rdf import (
    atomic_open,
    cameo_code,
    doc_iri,
    document_graph,
    document_name,
    entity_iri,
    event_iri,
    fact_iri,
    load_graph,
    mention_iri,
    sentence_iri,
    write_graph_files,
)
from kg.vocab import ID, KG, SCHEMA

ARDEN = ID["person/alice-arden"]
BELL = ID["person/bruno-bell"]
DANE = ID["person/dmitri-dane"]
CRUZ = ID["person/carla-cruz"]
NORLAND = ID["country/norland"]
SUDRIA = ID["country/sudria"]


@pytest.fixture(scope="module")
def g1() -> Graph:
    return document_graph(*samples.doc_one())


@pytest.fixture(scope="module")
def g2() -> Graph:
    return document_graph(*samples.doc_two())


def events_of(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, cls))


# --- IRIs -------------------------------------------------------------------


def test_entity_and_doc_iris_are_stable_and_safe():
    assert entity_iri("person/donald-trump") == URIRef("https://w3id.org/kg-news/id/person/donald-trump")
    assert entity_iri("place/são paulo") == URIRef("https://w3id.org/kg-news/id/place/s%C3%A3o%20paulo")
    assert doc_iri("000_945e.txt") == URIRef("https://w3id.org/kg-news/id/doc/000_945e.txt")
    assert doc_iri("a/b c#d.txt") == URIRef("https://w3id.org/kg-news/id/doc/a%2Fb%20c%23d.txt")
    assert doc_iri("x") == doc_iri("x")
    with pytest.raises(ValueError):
        doc_iri("")
    with pytest.raises(ValueError):
        entity_iri("")


def test_content_hash_iris_depend_on_content():
    ev = Evidence("A called B.", 0, 11)
    e = Event(CALL, ("a", "b"), ev, "r", 0.9)
    slugs = {"a": "person/a", "b": "person/b"}
    assert event_iri("d", e, slugs) == event_iri("d", e, dict(slugs))
    assert event_iri("d", e, slugs) != event_iri("d2", e, slugs)
    assert event_iri("d", e, slugs) != event_iri("d", Event(CALL, ("b", "a"), ev, "r", 0.9), slugs)
    assert event_iri("d", e, slugs) != event_iri("d", Event(CALL, ("a", "b"), ev, "r", 0.9, status="planned"), slugs)
    assert sentence_iri("d", 0, 11) != sentence_iri("d", 0, 12)
    assert str(sentence_iri("d", 0, 11)).startswith(str(ID["sentence/"]))
    assert fact_iri(ARDEN, KG.spoke_with, BELL) != fact_iri(BELL, KG.spoke_with, ARDEN)


# --- document_graph ---------------------------------------------------------------


def test_document_node(g1):
    d = doc_iri("doc-one.txt")
    assert g1.identifier == d
    assert (d, RDF.type, KG.Document) in g1
    assert g1.value(d, KG.docId) == Literal("doc-one.txt")
    assert g1.value(d, SCHEMA.datePublished) == Literal("2025-05-19", datatype=XSD.date)
    assert g1.value(d, SCHEMA.headline) == Literal("Arden calls Bell")
    # the space in the URL is percent-encoded so the IRI is valid
    assert g1.value(d, SCHEMA.url) == URIRef("https://news.example/one%20story?id=1")


def test_entities_labels_and_alt_labels(g1, g2):
    assert (ARDEN, RDF.type, KG.Person) in g1
    assert list(g1.objects(ARDEN, RDFS.label)) == [Literal("Alice Arden")]
    assert set(g1.objects(ARDEN, SKOS.altLabel)) == {Literal("Arden"), Literal("President Alice Arden")}
    assert (ARDEN, KG.mentionedIn, doc_iri("doc-one.txt")) in g1
    assert g1.value(NORLAND, KG.countryCode) == Literal("NL")
    assert (ID["place/vellport"], RDF.type, KG.Place) in g1
    assert (ID["organization/ministry-of-calm"], RDF.type, KG.Organization) in g1
    # doc two calls him "Bell": the label is still the global name, "Bell" an altLabel
    assert list(g2.objects(BELL, RDFS.label)) == [Literal("Bruno Bell")]
    assert set(g2.objects(BELL, SKOS.altLabel)) == {Literal("Bell")}
    # every name in lower case, for index lookups by a name typed in lower case
    assert set(g1.objects(ARDEN, KG.nameKey)) == {Literal("alice arden"), Literal("arden"), Literal("president alice arden")}
    assert set(g2.objects(BELL, KG.nameKey)) == {Literal("bruno bell"), Literal("bell")}
    # each entity has exactly one type
    for s in set(g1.subjects(RDFS.label, None)):
        assert len(set(g1.objects(s, RDF.type))) == 1


def test_call_event_with_evidence_and_provenance(g1):
    (call,) = events_of(g1, KG.PhoneCall)
    assert set(g1.objects(call, KG.participant)) == {ARDEN, BELL}
    assert g1.value(call, KG.date) == Literal("2025-05-19", datatype=XSD.date)
    assert g1.value(call, KG.status) == Literal("occurred")
    assert g1.value(call, KG.cameoCode) == Literal("041")
    assert g1.value(call, KG.trigger) == Literal("spoke by phone")
    assert g1.value(call, KG.rule) == Literal("call-verb")
    conf = g1.value(call, KG.confidence)
    assert conf.datatype == XSD.decimal and conf.toPython() == Decimal("0.9")
    assert g1.value(call, PROV.wasDerivedFrom) == doc_iri("doc-one.txt")
    sent = g1.value(call, KG.evidence)
    assert (sent, RDF.type, KG.Sentence) in g1
    text = g1.value(sent, KG.text).toPython()
    result, _ = samples.doc_one()
    start, end = g1.value(sent, KG.start).toPython(), g1.value(sent, KG.end).toPython()
    assert result.article.text[start:end] == text
    assert text.startswith("President Alice Arden spoke by phone")
    assert g1.value(sent, KG.inDocument) == doc_iri("doc-one.txt")
    (fact,) = g1.objects(call, KG.supports)
    assert (fact, RDF.type, RDF.Statement) in g1
    assert (g1.value(fact, RDF.subject), g1.value(fact, RDF.predicate), g1.value(fact, RDF.object)) == (
        ARDEN,
        KG.spoke_with,
        BELL,
    )
    assert (ARDEN, KG.spoke_with, BELL) in g1


def test_meetings_affiliations_and_codes(g1, g2):
    meetings = events_of(g1, KG.Meeting)
    by_status = {str(g1.value(m, KG.status)): m for m in meetings}
    held, planned = by_status["occurred"], by_status["planned"]
    assert g1.value(held, KG.place) == ID["place/vellport"]
    assert len(set(g1.objects(held, KG.supports))) == 2
    assert (ARDEN, KG.met_in, ID["place/vellport"]) in g1 and (BELL, KG.met_in, ID["place/vellport"]) in g1
    assert g1.value(held, KG.cameoCode) == Literal("040")
    assert g1.value(planned, KG.cameoCode) == Literal("036")
    assert g1.value(planned, KG.supports) is None  # no place: no met_in fact
    (aff,) = events_of(g1, KG.Affiliation)
    assert g1.value(aff, KG.party) == ID["organization/ministry-of-calm"]
    assert g1.value(aff, KG.cameoCode) is None
    assert (CRUZ, KG.represents, ID["organization/ministry-of-calm"]) in g1
    # doc two: three-way talks -> three spoke_with facts; a visit to a country
    talks = [e for e in events_of(g2, KG.Communication) if g2.value(e, KG.rule) == Literal("talks-with")]
    assert len(set(g2.objects(talks[0], KG.supports))) == 3
    assert g2.value(talks[0], KG.cameoCode) == Literal("040")
    assert (DANE, KG.met_in, NORLAND) in g2


def test_countries_talking_is_a_spoke_with_fact(g2):
    # spoke_with joins persons, organisations or countries: "Norland and Sudria negotiated"
    (nego,) = [e for e in events_of(g2, KG.Communication) if g2.value(e, KG.rule) == Literal("negotiate")]
    assert set(g2.objects(nego, KG.participant)) == {NORLAND, SUDRIA}
    assert g2.value(nego, KG.cameoCode) == Literal("046")
    (fact,) = g2.objects(nego, KG.supports)
    assert fact == fact_iri(NORLAND, KG.spoke_with, SUDRIA)
    assert (g2.value(fact, RDF.subject), g2.value(fact, RDF.predicate), g2.value(fact, RDF.object)) == (
        NORLAND,
        KG.spoke_with,
        SUDRIA,
    )
    assert (NORLAND, KG.spoke_with, SUDRIA) in g2


def test_talks_and_meetings_of_two_held_in_person_are_talks_too_joining_and_attending_are_not():
    ev = Evidence("x", 0, 1)
    talks = Event(MEETING, ("a", "b"), ev, "noun-talk", 0.8, place="g")  # "A held talks with B in Geneva"
    met = Event(MEETING, ("a", "b"), ev, "verb-meet", 0.8, place="g")  # "A met B in Geneva"
    somewhere = Event(MEETING, ("a", "b"), ev, "verb-meet", 0.8)  # "A met B" (no place: maybe no meeting of theirs)
    joined = Event(MEETING, ("a", "b"), ev, "verb-join", 0.8, place="g")  # "A, who accompanied B to Geneva"
    attended = Event(MEETING, ("a", "b"), ev, "verb-attend", 0.8, place="g")  # "A and B attended"
    summit = Event(MEETING, ("a", "b", "c"), ev, "noun-talk", 0.8, place="g")  # "talks with B and C in Geneva"
    assert talks.relations() == [("a", MET_IN, "g"), ("b", MET_IN, "g"), ("a", SPOKE_WITH, "b")]
    assert met.relations() == [("a", MET_IN, "g"), ("b", MET_IN, "g"), ("a", SPOKE_WITH, "b")]
    assert somewhere.relations() == []
    assert SPOKE_WITH not in {r for e in (joined, attended, summit) for _, r, _ in e.relations()}


def _venue_doc(venue: str | None) -> tuple[DocResult, dict]:
    text = "Ann Ode met Bo Pym at Quor House in Vellport."
    nodes = {
        "a": GlobalEntity("person/ann-ode", "Ann Ode", PERSON),
        "b": GlobalEntity("person/bo-pym", "Bo Pym", PERSON),
        "v": GlobalEntity("place/vellport", "Vellport", PLACE),
        "h": GlobalEntity("place/quor-house", "Quor House", PLACE),
    }
    entities = [Entity(k, n.name, n.type, [Mention(n.name, text.index(n.name), text.index(n.name) + len(n.name))])
                for k, n in nodes.items()]
    event = Event(MEETING, ("a", "b"), Evidence(text, 0, len(text)), "verb-meet", 0.8, place="v", venue=venue)
    return DocResult(Article("venue.txt", text), entities, [event]), nodes


def test_a_meeting_at_a_venue_in_a_city_is_met_in_both_one_event_whose_iri_the_venue_alone_changes():
    from kg.validate import validate

    result, nodes = _venue_doc("h")
    assert result.events[0].relations() == [("a", MET_IN, "v"), ("b", MET_IN, "v"), ("a", MET_IN, "h"),
                                            ("b", MET_IN, "h"), ("a", SPOKE_WITH, "b")]
    g = document_graph(result, nodes)
    (meeting,) = events_of(g, KG.Meeting)
    house, vellport = ID["place/quor-house"], ID["place/vellport"]
    assert (g.value(meeting, KG.place), g.value(meeting, KG.venue)) == (vellport, house)
    assert set(g.objects(ID["person/ann-ode"], KG.met_in)) == {house, vellport}
    assert validate(g)[0]
    plain, _ = _venue_doc(None)
    slugs = {k: n.slug for k, n in nodes.items()}
    assert event_iri("venue.txt", result.events[0], slugs) != event_iri("venue.txt", plain.events[0], slugs)
    assert (None, KG.venue, None) not in document_graph(plain, nodes)


def _odd_doc():
    """Events whose facts break the ontology's domain and range, plus a self-contact."""
    text = "Ann Ode talked with Vellport. Ann Ode met Bo Pym. Bo Pym represents Vellport. Ann Ode called Ann Ode."
    sentences = text.split(". ")
    ev = [Evidence(s, text.index(s), text.index(s) + len(s)) for s in sentences]
    nodes = {
        "a": GlobalEntity("person/ann-ode", "Ann Ode", PERSON),
        "b": GlobalEntity("person/bo-pym", "Bo Pym", PERSON),
        "v": GlobalEntity("place/vellport", "Vellport", PLACE),
    }
    entities = [
        Entity("a", "Ann Ode", PERSON, [Mention("Ann Ode", 0, 7)]),
        Entity("b", "Bo Pym", PERSON, [Mention("Bo Pym", text.index("Bo Pym"), text.index("Bo Pym") + 6)]),
        Entity("v", "Vellport", PLACE, [Mention("Vellport", 20, 28)]),
    ]
    events = [
        Event(TALKS, ("a", "v"), ev[0], "talks-with", 0.5),  # spoke_with a place
        Event(MEETING, ("a",), ev[1], "meet", 0.5, place="b"),  # met_in a person
        Event(AFFILIATION, ("b",), ev[2], "represents", 0.5, party="a"),  # represents a person
        Event(CALL, ("a", "a"), ev[3], "call-verb", 0.5),  # with itself
    ]
    return DocResult(Article("odd.txt", text), entities, events), nodes


def test_facts_that_break_the_ontology_are_left_out_but_the_event_stays():
    g = document_graph(*_odd_doc())
    ann, bo, vellport = ID["person/ann-ode"], ID["person/bo-pym"], ID["place/vellport"]
    assert len(events_of(g, KG.Communication)) == 1 and len(events_of(g, KG.Meeting)) == 1
    assert len(events_of(g, KG.Affiliation)) == 1 and len(events_of(g, KG.PhoneCall)) == 1
    assert set(g.subjects(RDF.type, RDF.Statement)) == set()
    assert set(g.objects(None, KG.supports)) == set()
    for p in (KG.spoke_with, KG.met_in, KG.represents):
        assert set(g.triples((None, p, None))) == set()
    # the events keep their participants, place and party
    (talks,) = events_of(g, KG.Communication)
    assert set(g.objects(talks, KG.participant)) == {ann, vellport}
    (meeting,) = events_of(g, KG.Meeting)
    assert g.value(meeting, KG.place) == bo
    (aff,) = events_of(g, KG.Affiliation)
    assert g.value(aff, KG.party) == ann
    (call,) = events_of(g, KG.PhoneCall)
    assert set(g.objects(call, KG.participant)) == {ann}


def test_a_place_the_extractor_took_for_an_employer_is_represented():
    """"Bo Pym, curator of the Vellport Museum": an institution typed as a place keeps its represents fact."""
    text = "Bo Pym is the curator of the Vellport Museum."
    nodes = {
        "b": GlobalEntity("person/bo-pym", "Bo Pym", PERSON),
        "m": GlobalEntity("place/vellport-museum", "Vellport Museum", PLACE),
    }
    entities = [
        Entity("b", "Bo Pym", PERSON, [Mention("Bo Pym", 0, 6)]),
        Entity("m", "Vellport Museum", PLACE, [Mention("Vellport Museum", 29, 44)]),
    ]
    events = [Event(AFFILIATION, ("b",), Evidence(text, 0, len(text)), "name-of", 0.7, party="m")]
    g = document_graph(DocResult(Article("museum.txt", text), entities, events), nodes)
    assert (ID["person/bo-pym"], KG.represents, ID["place/vellport-museum"]) in g


def test_invalid_dates_are_dropped(g2):
    (visit,) = [e for e in events_of(g2, KG.Meeting)]
    assert g2.value(visit, KG.date) is None
    assert g2.value(visit, KG.status) == Literal("planned")


def test_missing_node_is_an_error():
    result, nodes = samples.doc_one()
    del nodes["e3"]
    with pytest.raises(ValueError, match="e3"):
        document_graph(result, nodes)


def test_cameo_codes():
    ev = Evidence("x", 0, 1)
    assert cameo_code(Event("Meeting", ("a",), ev, "r", 1, trigger="visited")) == "042"
    assert cameo_code(Event("Meeting", ("a",), ev, "r", 1, trigger="hosted")) == "043"
    assert cameo_code(Event("PhoneCall", ("a",), ev, "r", 1, status="planned")) == "036"


# --- Mentions: each document's own name for an entity ---------------------------------


def mentions_of(g: Graph) -> dict[URIRef, str]:
    """entity IRI -> the label of its kg:Mention in ``g`` (exactly one mention per entity)."""
    out = {}
    for m in g.subjects(RDF.type, KG.Mention):
        (entity,) = g.objects(m, KG.entity)
        (label,) = g.objects(m, RDFS.label)
        assert entity not in out
        out[entity] = str(label)
    return out


def test_every_named_entity_has_one_mention_with_the_documents_fullest_name(g1, g2):
    assert mentions_of(g1) == {
        ARDEN: "President Alice Arden",  # the longest of "Alice Arden", "Arden", "President Alice Arden"
        BELL: "Bruno Bell",
        CRUZ: "Carla Cruz",
        ID["place/vellport"]: "Vellport",
        ID["organization/ministry-of-calm"]: "Ministry of Calm",
        NORLAND: "Norland",
    }
    assert mentions_of(g2) == {
        BELL: "Bell",  # doc two never says "Bruno Bell"; his rdfs:label stays the global name
        DANE: "Dmitri Dane",
        CRUZ: "Carla Cruz",
        NORLAND: "Norland",
        SUDRIA: "Sudria",
    }
    assert list(g2.objects(BELL, RDFS.label)) == [Literal("Bruno Bell")]
    for g, doc_id in ((g1, "doc-one.txt"), (g2, "sub/doc two.txt")):
        for m in g.subjects(RDF.type, KG.Mention):
            assert list(g.objects(m, KG.inDocument)) == [doc_iri(doc_id)]
            entity = g.value(m, KG.entity)
            slug = str(entity)[len(str(ID)):]
            assert m == mention_iri(doc_id, slug)
            assert (entity, KG.mentionedIn, doc_iri(doc_id)) in g
            assert len(list(g.predicate_objects(m))) == 4  # type, entity, inDocument, label


def test_mention_iris_are_per_document_and_entity():
    assert mention_iri("d", "person/a") == mention_iri("d", "person/a")
    assert mention_iri("d", "person/a") != mention_iri("d2", "person/a")
    assert mention_iri("d", "person/a") != mention_iri("d", "person/b")
    assert str(mention_iri("d", "person/a")).startswith(str(ID["mention/"]))


def test_document_name_picks_the_fullest_name_kind_mention():
    ent = Entity("e1", "Ann Ode", PERSON, [
        Mention("Ode", 40, 43),
        Mention("the Norlandic foreign minister", 50, 80, "title"),  # longer, but not a name
        Mention("Ann  Ode", 0, 8),  # whitespace is normalised
        Mention("Norlandic", 90, 99, "demonym"),
        Mention("she", 100, 103, "pronoun"),
    ])
    assert document_name(ent) == "Ann Ode"
    ent = Entity("e1", "Ann Ode", PERSON, [Mention("Ann Ode", 0, 7), Mention("Ann B. Ode", 20, 30)])
    assert document_name(ent) == "Ann B. Ode"  # the longest, not the canonical name
    # on a tie the first one in the text wins, whatever the order of the list
    ent = Entity("e1", "Kiev", PLACE, [Mention("Kyiv", 30, 34), Mention("Kiev", 5, 9)])
    assert document_name(ent) == "Kiev"
    # of spellings as full, the one the document uses most
    ent = Entity("e1", "Warsaw", PLACE, [Mention("Warsaw", 5, 11), Mention("Warschau", 30, 38), Mention("Warsaw", 50, 56)])
    assert document_name(ent) == "Warsaw"
    # a dateline's capitals lose a tie to the story's spelling
    ent = Entity("e1", "Montevideo", PLACE, [Mention("MONTEVIDEO", 0, 10), Mention("Montevideo", 50, 60)])
    assert document_name(ent) == "Montevideo"
    # nothing name-like: the entity's own name
    assert document_name(Entity("c", "Russia", COUNTRY, [Mention("Russian", 0, 7, "demonym")])) == "Russia"


def test_no_mention_for_entities_only_referred_to_by_demonym_or_pronoun():
    g = document_graph(*samples.doc_unnamed())
    ann, norland, bo = ID["person/ann-ode"], ID["country/norland"], ID["person/bo-pym"]
    assert mentions_of(g) == {ann: "Ann Ode"}
    # the entities are still nodes with their labels, and their facts are written
    assert g.value(norland, RDFS.label) == Literal("Norland") and (norland, RDF.type, KG.Country) in g
    assert g.value(bo, RDFS.label) == Literal("Bo Pym")
    assert (ann, KG.spoke_with, norland) in g and (ann, KG.spoke_with, bo) in g
    # "Norlandic"/"He" are not names: no altLabel either
    assert set(g.objects(norland, SKOS.altLabel)) == set() and set(g.objects(bo, SKOS.altLabel)) == set()


def test_graphs_with_mentions_conform_to_the_shapes():
    from kg.validate import validate

    for result, nodes in (samples.doc_one(), samples.doc_two(), samples.doc_unnamed()):
        g = document_graph(result, nodes)
        assert len(set(g.subjects(RDF.type, KG.Mention))) > 0
        conforms, report = validate(g)
        assert conforms, report


def _break_mention(g: Graph, how: str) -> None:
    m = sorted(g.subjects(RDF.type, KG.Mention))[0]
    if how == "two labels":
        g.add((m, RDFS.label, Literal("Another Name")))
    elif how == "no label":
        g.remove((m, RDFS.label, None))
    elif how == "no entity":
        g.remove((m, KG.entity, None))
    elif how == "entity is a document":
        g.set((m, KG.entity, g.identifier))
    elif how == "two documents":
        g.add((m, KG.inDocument, doc_iri("other.txt")))
        g.add((doc_iri("other.txt"), RDF.type, KG.Document))
        g.add((doc_iri("other.txt"), KG.docId, Literal("other.txt")))
    elif how == "label not a string":
        g.set((m, RDFS.label, Literal(3)))


@pytest.mark.parametrize(
    "how", ["two labels", "no label", "no entity", "entity is a document", "two documents", "label not a string"]
)
def test_broken_mentions_do_not_conform(how):
    from kg.validate import validate

    g = document_graph(*samples.doc_one())
    _break_mention(g, how)
    conforms, report = validate(g)
    assert not conforms and "Constraint Violation" in report, how


# --- writing ----------------------------------------------------------------


def test_write_graph_files_union_and_named_graphs(tmp_path):
    paths = samples.build(tmp_path)
    assert paths == {"ttl": tmp_path / "graph.ttl", "trig": tmp_path / "graph.trig"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "graph.ttl"]  # no temp files left
    ttl = Graph().parse(paths["ttl"], format="turtle")  # rdflib's own parser as a second opinion
    trig = Dataset(default_union=True).parse(paths["trig"], format="trig")
    named = {g.identifier: g for g in trig.graphs() if len(g)}
    expected = dict(samples.doc_graphs())
    assert set(named) == set(expected)
    for name, g in expected.items():
        assert isomorphic(named[name], g)
    union = Graph()
    for g in expected.values():
        union += g
    assert isomorphic(ttl, union)
    assert set(trig.triples((None, None, None))) == set(ttl)
    text = paths["ttl"].read_text()
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in text
    assert "person:alice-arden" in text


def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path):
    first = samples.build(tmp_path / "a")
    second = samples.build(tmp_path / "b")
    for key in ("ttl", "trig"):
        assert first[key].read_bytes() == second[key].read_bytes()
    script = "import sys, graph_samples; graph_samples.build(sys.argv[1])"
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=str(Path(__file__).parent))
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "c")], check=True, env=env)
    for key, name in (("ttl", "graph.ttl"), ("trig", "graph.trig")):
        assert (tmp_path / "c" / name).read_bytes() == first[key].read_bytes()


@pytest.mark.parametrize("text", ['a "quoted" word', "two\nlines\tand\ra tab", "back\\slash", "Zürich – Kyiv 🇺🇦", "\u0007bell", " "])
def test_any_text_survives_the_writer(tmp_path, text):
    doc = URIRef("https://example.org/doc")
    triples = {(doc, RDFS.label, Literal(text)), (doc, SKOS.altLabel, Literal(text, lang="uk")),
               (doc, RDFS.comment, Literal(text, datatype=XSD.token)), (doc, KG.start, Literal(7))}
    paths = write_graph_files([(doc, triples)], tmp_path)
    for key in ("ttl", "trig"):
        assert set(load_graph(paths[key]).triples((None, None, None))) == triples


def test_failed_write_leaves_old_files_and_no_temp(tmp_path):
    samples.build(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken():
        yield samples.doc_graphs()[0]
        raise RuntimeError("extraction crashed")

    with pytest.raises(RuntimeError):
        write_graph_files(broken(), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_atomic_open(tmp_path):
    target = tmp_path / "sub" / "f.txt"
    with atomic_open(target) as fh:
        fh.write(b"one")
    assert target.read_bytes() == b"one"
    with pytest.raises(ZeroDivisionError):
        with atomic_open(target) as fh:
            fh.write(b"two")
            1 / 0
    assert target.read_bytes() == b"one"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]


def test_empty_input_writes_empty_graphs(tmp_path):
    paths = write_graph_files([], tmp_path)
    assert len(load_graph(paths["ttl"])) == 0
    assert len(load_graph(paths["trig"])) == 0


# --- reading ----------------------------------------------------------------


def test_load_graph_ttl_and_trig(tmp_path):
    paths = samples.build(tmp_path)
    ttl, trig = load_graph(paths["ttl"]), load_graph(paths["trig"])
    assert isinstance(trig, Dataset) and trig.default_union
    assert set(ttl.triples((None, None, None))) == set(trig.triples((None, None, None)))
    assert len({g.identifier for g in trig.graphs() if len(g)}) == 2
    # queries over the TriG file see the union of named graphs
    q = "ASK { ?a <https://w3id.org/kg-news/ontology#spoke_with> ?b }"
    assert trig.query(q).askAnswer
    # plain literals stay plain (not xsd:string) after the fast parser
    assert (ARDEN, RDFS.label, Literal("Alice Arden")) in trig


@pytest.mark.parametrize("ext,fmt", [(".nt", "nt"), (".nq", "nquads"), (".jsonld", "json-ld"), (".rdf", "xml")])
def test_load_graph_other_formats(tmp_path, ext, fmt):
    g = samples.doc_graphs()[0][1]
    src = Dataset()
    named = src.graph(g.identifier)
    for t in g:
        named.add(t)
    path = tmp_path / f"g{ext}"
    (src if fmt == "nquads" else g).serialize(path, format=fmt)
    loaded = load_graph(path)
    assert set(loaded.triples((None, None, None))) == set(g)


def test_xsd_string_literals_are_normalised(tmp_path):
    path = tmp_path / "s.ttl"
    path.write_text('<urn:a> <urn:p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .\n')
    g = load_graph(path)
    assert (URIRef("urn:a"), URIRef("urn:p"), Literal("x")) in g


def test_missing_file(tmp_path):
    with pytest.raises(GraphError, match="not found"):
        load_graph(tmp_path / "nope.ttl")


def test_directory_is_not_a_graph(tmp_path):
    (tmp_path / "d.ttl").mkdir()
    with pytest.raises(GraphError, match="directory"):
        load_graph(tmp_path / "d.ttl")


def test_corrupt_file_names_file_and_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix a: <http://x/> .\na:b a:c a:d .\na:b a:c "unterminated .\n')
    with pytest.raises(GraphError) as err:
        load_graph(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:3:") and "\n" not in msg


def test_corrupt_trig(tmp_path):
    path = tmp_path / "bad.trig"
    path.write_text("<urn:g> { <urn:a> <urn:b> <urn:c> \n")
    with pytest.raises(GraphError, match="bad.trig"):
        load_graph(path)


def test_unknown_extension(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("a,b\n")
    with pytest.raises(GraphError, match="extension"):
        load_graph(path)


def test_name_keys_only_where_lower_case_differs():
    from kg.rdf import name_keys

    assert name_keys(["Vladimir Putin", "Putin", "putin", "", "  "]) == {"vladimir putin", "putin"}
    assert name_keys(["de Gaulle", "al-Sisi", "NATO"]) == {"de gaulle", "al-sisi", "nato"}
    assert name_keys(["ban ki-moon"]) == set()  # already lower case: rdfs:label finds it


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-05-19", Literal("2025-05-19", datatype=XSD.date)),
    ("2025-05", Literal("2025-05", datatype=XSD.gYearMonth)),  # "in May"
    ("1861", Literal("1861", datatype=XSD.gYear)),  # "in 1861"
    ("2025-13", None), ("2025-02-30", None), ("May", None), (None, None),
])
def test_an_event_date_is_typed_by_its_precision(value, expected):
    from kg.rdf import _when_literal

    assert _when_literal(value) == expected
