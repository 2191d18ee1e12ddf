"""Hand-built extraction records (fictional people and places) for the graph-layer tests.

Shared by test_rdf, test_query, test_export, test_validate and test_example_queries.
"""

from __future__ import annotations

from kg.model import (
    AFFILIATION,
    CALL,
    COUNTRY,
    MEETING,
    ORGANIZATION,
    PERSON,
    PLACE,
    PLANNED,
    TALKS,
    Article,
    DocResult,
    Entity,
    Event,
    Evidence,
    GlobalEntity,
    Mention,
)

NODES = {
    "arden": GlobalEntity("person/alice-arden", "Alice Arden", PERSON, {"Alice Arden", "Arden"}),
    "bell": GlobalEntity("person/bruno-bell", "Bruno Bell", PERSON, {"Bruno Bell", "Bell"}),
    "cruz": GlobalEntity("person/carla-cruz", "Carla Cruz", PERSON),
    "dane": GlobalEntity("person/dmitri-dane", "Dmitri Dane", PERSON),
    "vellport": GlobalEntity("place/vellport", "Vellport", PLACE),
    "calm": GlobalEntity("organization/ministry-of-calm", "Ministry of Calm", ORGANIZATION),
    "norland": GlobalEntity("country/norland", "Norland", COUNTRY, country_code="nl"),
    "sudria": GlobalEntity("country/sudria", "Sudria", COUNTRY, country_code="SD"),
}


def _mentions(text: str, *forms: str) -> list[Mention]:
    out = []
    for form in forms:
        i = text.index(form)
        out.append(Mention(form, i, i + len(form)))
    return out


def _sentence(text: str, sentence: str) -> Evidence:
    i = text.index(sentence)
    return Evidence(sentence, i, i + len(sentence))


def doc_one() -> tuple[DocResult, dict[str, GlobalEntity]]:
    """A call, a meeting in a place, an affiliation, a planned meeting without a place."""
    s1 = "President Alice Arden spoke by phone with Bruno Bell on Monday."
    s2 = "Arden met Bell in Vellport."
    s3 = "Carla Cruz, a spokeswoman for the Ministry of Calm, said Norland and Arden will meet."
    text = f"{s1} {s2} {s3}"
    article = Article(
        id="doc-one.txt",
        text=text,
        published="2025-05-19",
        title="Arden calls Bell",
        url="https://news.example/one story?id=1",
    )
    entities = [
        Entity("e1", "Alice Arden", PERSON, _mentions(text, "Alice Arden", "Arden met")[:1]
               + [Mention("Arden", text.index("Arden met"), text.index("Arden met") + 5),
                  Mention("President Alice Arden", 0, 21)]),
        Entity("e2", "Bruno Bell", PERSON, _mentions(text, "Bruno Bell") + [Mention("Bell", text.index("Bell in"), text.index("Bell in") + 4)]),
        Entity("e3", "Vellport", PLACE, _mentions(text, "Vellport")),
        Entity("e4", "Carla Cruz", PERSON, _mentions(text, "Carla Cruz")),
        Entity("e5", "Ministry of Calm", ORGANIZATION, _mentions(text, "Ministry of Calm")),
        Entity("e6", "Norland", COUNTRY, _mentions(text, "Norland")),
    ]
    events = [
        Event(CALL, ("e1", "e2"), _sentence(text, s1), "call-verb", 0.9, date="2025-05-19", trigger="spoke by phone"),
        Event(MEETING, ("e1", "e2"), _sentence(text, s2), "meet-in", 0.8, place="e3", trigger="met"),
        Event(AFFILIATION, ("e4",), _sentence(text, s3), "apposition", 0.7, party="e5", trigger="spokeswoman"),
        Event(MEETING, ("e6", "e1"), _sentence(text, s3), "meet-planned", 0.6, status=PLANNED, trigger="will meet"),
    ]
    nodes = {"e1": NODES["arden"], "e2": NODES["bell"], "e3": NODES["vellport"], "e4": NODES["cruz"],
             "e5": NODES["calm"], "e6": NODES["norland"]}
    return DocResult(article, entities, events), nodes


def doc_two() -> tuple[DocResult, dict[str, GlobalEntity]]:
    """Three-way talks, a planned visit to a country, countries talking, an invalid date."""
    s1 = "Bell held talks with Dmitri Dane and Carla Cruz on 2 June."
    s2 = "Dane will visit Norland next week, his office said."
    s3 = "Norland and Sudria negotiated all night."
    text = f"{s1} {s2} {s3}"
    article = Article(id="sub/doc two.txt", text=text, published="2025-06-02", title=None, url=None)
    entities = [
        Entity("k1", "Bell", PERSON, _mentions(text, "Bell")),
        Entity("k2", "Dmitri Dane", PERSON, _mentions(text, "Dmitri Dane") + [Mention("Dane", text.index("Dane will"), text.index("Dane will") + 4)]),
        Entity("k3", "Carla Cruz", PERSON, _mentions(text, "Carla Cruz")),
        Entity("k4", "Norland", COUNTRY, _mentions(text, "Norland")),
        Entity("k5", "Sudria", COUNTRY, _mentions(text, "Sudria")),
    ]
    events = [
        Event(TALKS, ("k1", "k2", "k3"), _sentence(text, s1), "talks-with", 0.75, date="2025-06-02", trigger="talks"),
        Event(MEETING, ("k2",), _sentence(text, s2), "visit", 0.5, status=PLANNED, place="k4", date="2025-13-40", trigger="visit"),
        Event(TALKS, ("k4", "k5"), _sentence(text, s3), "negotiate", 0.4, trigger="negotiated"),
    ]
    nodes = {"k1": NODES["bell"], "k2": NODES["dane"], "k3": NODES["cruz"], "k4": NODES["norland"], "k5": NODES["sudria"]}
    return DocResult(article, entities, events), nodes


def doc_unnamed() -> tuple[DocResult, dict[str, GlobalEntity]]:
    """A country only referred to by a demonym, a person only by a pronoun (not in doc_graphs)."""
    text = "Ann Ode called the Norlandic side. He answered."
    nodes = {
        "a": GlobalEntity("person/ann-ode", "Ann Ode", PERSON),
        "n": GlobalEntity("country/norland", "Norland", COUNTRY, country_code="NL"),
        "h": GlobalEntity("person/bo-pym", "Bo Pym", PERSON),
    }
    entities = [
        Entity("a", "Ann Ode", PERSON, [Mention("Ann Ode", 0, 7)]),
        Entity("n", "Norland", COUNTRY, [Mention("Norlandic", 19, 28, "demonym")]),
        Entity("h", "Bo Pym", PERSON, [Mention("He", 35, 37, "pronoun")]),
    ]
    sentence = Evidence("Ann Ode called the Norlandic side.", 0, 34)
    events = [Event(CALL, ("a", "n"), sentence, "call-verb", 0.8), Event(CALL, ("a", "h"), sentence, "call-verb", 0.7)]
    return DocResult(Article("unnamed.txt", text), entities, events), nodes


def doc_graphs():
    """(doc IRI, Graph) for every sample document, in a stable order."""
    from kg.rdf import document_graph

    out = []
    for make in (doc_one, doc_two):
        result, nodes = make()
        g = document_graph(result, nodes)
        out.append((g.identifier, g))
    return out


def build(outdir):
    """Write the sample graph files into ``outdir``; returns write_graph_files' paths."""
    from kg.rdf import write_graph_files

    return write_graph_files(doc_graphs(), outdir)
