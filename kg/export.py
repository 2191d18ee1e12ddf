"""Convert a graph file kg wrote into another RDF format.

Quad formats (TriG, N-Quads) keep one named graph per document when the source has them;
triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) get the union of all graphs. Output is
deterministic: line-based formats are sorted, Turtle and TriG use rdflib's sorted writer.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphError
from kg.rdf import atomic_open, load_graph, write_trig
from kg.vocab import PREFIXES, bind_prefixes

__all__ = ["EXPORT_FORMATS", "export_graph", "format_for_path", "jsonld_text", "serialize_graph"]

#: Export format -> file extension.
EXPORT_FORMATS: dict[str, str] = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nt": ".nt",
    "nquads": ".nq",
    "jsonld": ".jsonld",
    "xml": ".rdf",
}

_ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
    "json-ld": "jsonld",
    "json": "jsonld",
    "rdf": "xml",
    "rdfxml": "xml",
    "rdf/xml": "xml",
    "owl": "xml",
}


def _canonical(fmt: str) -> str:
    name = fmt.strip().lower()
    name = _ALIASES.get(name, name)
    if name not in EXPORT_FORMATS:
        raise GraphError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return name


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The export format an output file name asks for, from its extension (GraphError if none)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return _canonical(suffix)
    except GraphError:
        raise GraphError(
            f"{path}: cannot tell the export format from the extension; use --format or one of "
            + ", ".join(EXPORT_FORMATS.values())
        ) from None


def _union(graph: Graph) -> Graph:
    out = Graph()
    bind_prefixes(out)
    for triple in graph.triples((None, None, None)):
        out.add(triple)
    return out


def _named_graphs(graph: Graph) -> list[Graph]:
    """The non-empty graphs of a Dataset, named graphs sorted by name, default graph first."""
    if not isinstance(graph, Dataset):
        return [graph]
    graphs = [g for g in graph.graphs() if len(g)]
    return sorted(graphs, key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))


def _sorted_lines(text: str) -> bytes:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """``graph`` (a Graph or a load_graph Dataset) serialised as ``fmt`` (see EXPORT_FORMATS;
    aliases such as ``ttl``, ``nq``, ``json-ld``, ``rdf`` are accepted), UTF-8 bytes."""
    fmt = _canonical(fmt)
    if fmt == "trig":
        buf = io.BytesIO()
        write_trig(_named_graphs(graph), buf)
        return buf.getvalue()
    if fmt == "nquads":
        ds = Dataset()
        for g in _named_graphs(graph):
            target = ds.default_graph if g.identifier == DATASET_DEFAULT_GRAPH_ID else ds.graph(g.identifier)
            for triple in g:
                target.add(triple)
        return _sorted_lines(ds.serialize(format="nquads", encoding="utf-8").decode("utf-8"))
    union = _union(graph)
    if fmt == "turtle":
        return union.serialize(format="turtle", encoding="utf-8")
    if fmt == "nt":
        return _sorted_lines(union.serialize(format="nt", encoding="utf-8").decode("utf-8"))
    if fmt == "jsonld":
        return jsonld_text(union).encode("utf-8")
    return _rdf_xml(union)


def _stable(value):
    """JSON-LD with every array sorted (kg writes no rdf:List, so order carries no meaning)."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _stable(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_stable(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_text(graph: Graph) -> str:
    """``graph`` as compact JSON-LD with kg's prefixes as @context; stable across runs."""
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    return json.dumps(_stable(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _rdf_xml(graph: Graph) -> bytes:
    """RDF/XML through pyoxigraph, triples in sorted order (rdflib's writer is not stable)."""
    import pyoxigraph as ox

    def term(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)

    triples = sorted(graph.triples((None, None, None)), key=lambda t: tuple(x.n3() for x in t))
    prefixes = {p: str(ns) for p, ns in PREFIXES.items() if p in ("kg", "rdf", "rdfs", "skos", "prov", "schema")}
    return ox.serialize(
        (ox.Triple(term(s), term(p), term(o)) for s, p, o in triples), format=ox.RdfFormat.RDF_XML, prefixes=prefixes
    )


def export_graph(
    graph_path: str | os.PathLike[str], fmt: str | None, out_path: str | os.PathLike[str]
) -> Path:
    """Read the graph file ``graph_path`` and write it to ``out_path`` as ``fmt``.

    ``fmt`` is one of EXPORT_FORMATS (or an alias); None means "from ``out_path``'s
    extension". The output is written atomically (complete or not at all). Raises
    :class:`~kg.errors.GraphError` for an unreadable source, an unknown format or an
    unwritable destination. Returns ``out_path`` as a Path.
    """
    out_path = Path(out_path)
    fmt = format_for_path(out_path) if fmt is None else _canonical(fmt)
    if Path(graph_path).resolve() == out_path.resolve():
        raise GraphError(f"{out_path}: the output would overwrite the input; choose another file name")
    data = serialize_graph(load_graph(graph_path), fmt)
    with atomic_open(out_path) as fh:
        fh.write(data)
    return out_path
