"""SPARQL results on the wire: content negotiation and serialisation of Oxigraph answers.

SELECT and ASK answers are written here (SPARQL 1.1 JSON, XML, CSV, TSV) rather than by
Oxigraph's serialiser, so that a result limit can cut them; literals typed xsd:string are
written as plain literals, as RDF 1.1 clients expect. CONSTRUCT and DESCRIBE answers are
written by ``pyoxigraph.serialize`` (Turtle, N-Triples, JSON-LD, RDF/XML).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.vocab import PREFIXES

__all__ = ["BOOLEAN", "GRAPH", "SOLUTIONS", "NotAcceptable", "negotiate", "write_boolean", "write_graph", "write_solutions"]

SOLUTIONS, BOOLEAN, GRAPH = "solutions", "boolean", "graph"

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Result kind -> ordered (media type, format name); the first is the default.
MEDIA_TYPES: dict[str, list[tuple[str, str]]] = {
    SOLUTIONS: [
        ("application/sparql-results+json", "json"),
        ("application/json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("application/xml", "xml"),
        ("text/xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ],
    GRAPH: [
        ("text/turtle", "turtle"),
        ("application/x-turtle", "turtle"),
        ("application/n-triples", "ntriples"),
        ("text/plain", "ntriples"),
        ("application/ld+json", "jsonld"),
        ("application/json", "jsonld"),
        ("application/rdf+xml", "rdfxml"),
        ("application/xml", "rdfxml"),
    ],
}
MEDIA_TYPES[BOOLEAN] = MEDIA_TYPES[SOLUTIONS]

#: Format name -> the media type sent back.
CONTENT_TYPE = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}

#: Short names accepted in the ``format=`` request parameter (for links and browsers).
FORMAT_ALIASES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples",
    "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml",
}


class NotAcceptable(Exception):
    """No format the client accepts can carry this kind of result."""


def _parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs, best first (stable for equal q)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out: list[tuple[str, float, int]] = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        out.append((media, q, i))
    out.sort(key=lambda x: (-x[1], x[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(kind: str, accept: str | None, requested: str | None = None) -> str:
    """The format name to answer a ``kind`` result in, from the ``Accept`` header or an explicit
    ``format=`` parameter (``requested``, which wins). Raises :class:`NotAcceptable`."""
    offered = MEDIA_TYPES[kind]
    names = {name for _, name in offered}
    if requested:
        name = FORMAT_ALIASES.get(requested.strip().lower())
        if name is None:
            for media, fmt in offered:  # a full media type works too
                if media == requested.strip().lower():
                    return fmt
        if name in names:
            return name
        raise NotAcceptable(f"format={requested} cannot carry a {kind} result; use one of {', '.join(sorted(names))}")
    for media, _q in _parse_accept(accept):
        if media == "*/*":
            return offered[0][1]
        if media.endswith("/*"):
            top = media[:-1]
            for m, fmt in offered:
                if m.startswith(top):
                    return fmt
            continue
        for m, fmt in offered:
            if m == media:
                return fmt
    accepted = ", ".join(sorted({m for m, _ in offered}))
    raise NotAcceptable(f"none of the accepted types ({accept}) can carry a {kind} result; accept one of {accepted}")


# ---------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        }}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == _XSD_STRING:
        return str(ox.Literal(term.value))  # N-Triples form without ^^xsd:string
    return str(term)


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def write_solutions(variables: Sequence[str], rows: Sequence[Sequence], fmt: str) -> bytes:
    """SELECT results (``rows`` of terms or None, one per variable) as ``fmt`` bytes."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        body = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(body, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)] + ["\t".join(_tsv_term(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def write_boolean(answer: bool, fmt: str) -> bytes:
    """An ASK answer as ``fmt`` bytes (CSV/TSV: a header ``_askResult`` and the value)."""
    word = "true" if answer else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{word}</boolean></sparql>\n").encode("utf-8")
    if fmt == "csv":
        return f"_askResult\r\n{word}\r\n".encode()
    if fmt == "tsv":
        return f"?_askResult\n{word}\n".encode()
    raise ValueError(f"unknown results format {fmt!r}")


_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def write_graph(triples: Sequence, fmt: str) -> bytes:
    """CONSTRUCT/DESCRIBE triples as ``fmt`` bytes (Turtle uses kg's prefixes)."""
    rdf_format = _RDF_FORMATS[fmt]
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()} if fmt in ("turtle", "rdfxml") else None
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes) if prefixes else ox.serialize(triples, format=rdf_format)
