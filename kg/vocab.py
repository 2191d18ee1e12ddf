"""The kg vocabulary: the ontology terms as an rdflib DefinedNamespace, and the prefixes kg writes.

``KG`` mirrors ``ontology/kg.ttl`` term for term (tests/test_vocab.py keeps them in sync);
asking for a term the ontology does not define raises AttributeError, like
``rdflib.namespace.PROV``. ``ID`` is the namespace of every node kg mints.
"""

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace, OWL, PROV, RDF, RDFS, SKOS, XSD


class KG(DefinedNamespace):
    """kg news ontology: diplomatic contacts read from news articles."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    # Classes
    Entity: URIRef  # a person, organisation, country or place
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Document: URIRef  # a news article
    Sentence: URIRef  # the evidence of an event
    Mention: URIRef  # how one document names one entity
    Event: URIRef  # backs one or more relations
    Communication: URIRef  # talks (CAMEO 040/046)
    PhoneCall: URIRef  # CAMEO 041
    Meeting: URIRef  # CAMEO 042-044
    Affiliation: URIRef  # evidence for kg:represents

    # Relations between entities
    spoke_with: URIRef  # symmetric, between persons, organisations or countries
    met_in: URIRef  # Entity -> Place or Country
    represents: URIRef  # Person -> Organization or Country

    # Event and provenance links
    participant: URIRef
    place: URIRef
    venue: URIRef  # Meeting -> the building or site within its kg:place
    party: URIRef
    evidence: URIRef
    inDocument: URIRef
    entity: URIRef  # Mention -> the entity it names
    mentionedIn: URIRef
    supports: URIRef
    dateFrom: URIRef  # Event -> the event of another report its kg:date was taken from

    # Datatype properties
    date: URIRef  # xsd:date, or xsd:gYearMonth / xsd:gYear when the text names only the month or year
    status: URIRef  # "occurred" | "planned"
    cameoCode: URIRef
    trigger: URIRef
    rule: URIRef
    confidence: URIRef  # xsd:decimal in [0, 1]
    text: URIRef
    start: URIRef
    end: URIRef
    docId: URIRef
    countryCode: URIRef
    nameKey: URIRef  # a label or alias in lower case, for lookups by name


# Each term also as a plain class attribute: rdflib resolves annotated terms in __getattr__ on
# every access (2 us, millions of times in a build); unknown terms still raise AttributeError.
for _term in KG.__annotations__:
    setattr(KG, _term, KG._NS[_term])
del _term


#: Namespace of the nodes kg mints: entities, documents, events, facts, sentences.
ID = Namespace("https://w3id.org/kg-news/id/")

#: schema.org, as https (the form schema.org itself now uses).
SCHEMA = Namespace("https://schema.org/")

#: The prefixes kg binds when it writes or prints RDF, in a fixed order.
PREFIXES: dict[str, Namespace] = {
    "kg": Namespace(str(KG._NS)),
    "id": ID,
    "person": Namespace(ID["person/"]),
    "organization": Namespace(ID["organization/"]),
    "country": Namespace(ID["country/"]),
    "place": Namespace(ID["place/"]),
    "doc": Namespace(ID["doc/"]),
    "event": Namespace(ID["event/"]),
    "fact": Namespace(ID["fact/"]),
    "sentence": Namespace(ID["sentence/"]),
    "mention": Namespace(ID["mention/"]),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "schema": SCHEMA,
}


def bind_prefixes(graph: Graph) -> None:
    """Bind kg's prefixes on ``graph`` (a Graph or Dataset), replacing clashing bindings."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
