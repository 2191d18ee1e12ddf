"""RDF terms between rdflib and Oxigraph (pyoxigraph), the two RDF engines kg uses.

rdflib holds graphs in the library's API; Oxigraph runs SPARQL and stores large graphs fast.
Oxigraph types plain literals as xsd:string: they come back as plain rdflib literals, so they
compare equal to the strings queries bind.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import GraphError

_XSD_STRING = str(XSD.string)


def to_oxigraph(term):
    """An rdflib term as an Oxigraph term."""
    if isinstance(term, URIRef):
        return _named_node(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise GraphError(f"cannot convert {term!r} to an RDF term; remove it from the data")


@lru_cache(maxsize=1 << 16)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)  # kg's IRIs repeat (predicates, entities): checked once each


def to_nt(term) -> str:
    """An rdflib term in N-Triples syntax, exactly as Oxigraph writes it (``str`` of
    :func:`to_oxigraph`)."""
    if isinstance(term, URIRef):
        return _iri_nt(str(term))
    return str(to_oxigraph(term))


@lru_cache(maxsize=1 << 16)
def _iri_nt(iri: str) -> str:
    return str(_named_node(iri))


def to_rdflib(term):
    """An Oxigraph term as an rdflib term (literals typed xsd:string become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise GraphError(f"RDF-star triple term {term} is not supported by kg; remove it from the data")


def oxigraph_store(graph, *, union: bool = False) -> ox.Store:
    """An in-memory Oxigraph store holding an rdflib Graph's triples, or a Dataset's quads
    (each in its named graph). ``union=True`` also puts every triple in the default graph,
    as a set (the layout of a kg store, whose default graph is the whole knowledge graph)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    def context(c):
        name = getattr(c, "identifier", c)  # rdflib gives graphs or their names, by version
        if isinstance(name, URIRef) and name != DATASET_DEFAULT_GRAPH_ID:
            return to_oxigraph(name)
        return ox.DefaultGraph()

    store = ox.Store()
    if hasattr(graph, "quads"):
        quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), context(c))
                 for s, p, o, c in graph.quads((None, None, None, None))]
    else:
        quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph()) for s, p, o in graph]
    store.bulk_extend(quads)
    if union:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                          for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))
    return store
