"""Turn extracted records into RDF, write the graph files, and read them back.

Data flows one way: ``DocResult`` + resolved ``GlobalEntity`` nodes -> one rdflib Graph per
document (:func:`document_graph`) -> ``graph.ttl`` + ``graph.trig`` (:func:`write_graph_files`).
:func:`load_graph` reads any RDF file kg writes. The graph model is described in
``ontology/README.md``.

Every IRI kg mints is a function of content only (document id, offsets, entity slugs), and
the Turtle writer sorts subjects, predicates and objects, so the same input gives
byte-identical files across builds.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.dates import precision
from kg.errors import GraphError
from kg.model import (
    AFFILIATION,
    CALL,
    COUNTRY,
    ENTITY_TYPES,
    EVENT_KINDS,
    MEETING,
    MET_IN,
    ORGANIZATION,
    PERSON,
    PLACE,
    PLANNED,
    REPRESENTS,
    SPOKE_WITH,
    STATUSES,
    TALKS,
    DocResult,
    Event,
    GlobalEntity,
)
from kg.vocab import ID, KG, PREFIXES, SCHEMA, bind_prefixes

__all__ = [
    "ENTITY_CLASS",
    "EVENT_CLASS",
    "RELATION_PROPERTY",
    "atomic_open",
    "cameo_code",
    "doc_iri",
    "document_graph",
    "document_triples",
    "entity_iri",
    "event_iri",
    "fact_iri",
    "load_graph",
    "name_keys",
    "rdf_format",
    "sentence_iri",
    "write_graph_files",
    "write_trig",
]

#: Ontology class of each entity type of kg.model.
ENTITY_CLASS: dict[str, URIRef] = {
    PERSON: KG.Person,
    ORGANIZATION: KG.Organization,
    COUNTRY: KG.Country,
    PLACE: KG.Place,
}

#: Ontology class of each event kind of kg.model.
EVENT_CLASS: dict[str, URIRef] = {
    CALL: KG.PhoneCall,
    TALKS: KG.Communication,
    MEETING: KG.Meeting,
    AFFILIATION: KG.Affiliation,
}

#: Ontology property of each relation name of kg.model.
RELATION_PROPERTY: dict[str, URIRef] = {
    SPOKE_WITH: KG.spoke_with,
    MET_IN: KG.met_in,
    REPRESENTS: KG.represents,
}

# The entity types each relation accepts at its subject and object (the ontology's
# domain and range, which ontology/shapes.ttl checks).
_PARTIES = {PERSON, ORGANIZATION, COUNTRY}
_SUBJECT_TYPES = {SPOKE_WITH: _PARTIES, MET_IN: set(ENTITY_TYPES), REPRESENTS: {PERSON}}
# A represented place is one the extractor took for a body: a museum, gallery or hospital with staff.
_OBJECT_TYPES = {SPOKE_WITH: _PARTIES, MET_IN: {PLACE, COUNTRY}, REPRESENTS: {ORGANIZATION, COUNTRY, PLACE}}

# rdflib's RDF, RDFS, SKOS and PROV namespaces make the term asked for on every attribute access
# (about 1 us, in __getattr__); the terms written for every entity, event and fact are made once here.
_TYPE = RDF.type
_LABEL = RDFS.label
_ALT_LABEL = SKOS.altLabel
_DERIVED_FROM = PROV.wasDerivedFrom
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object

# Characters left as they are in IRI path segments; everything else is percent-encoded
# (UTF-8), so any slug or document id gives a valid, stable IRI.
_SAFE_SEGMENT = "-._~"
_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# Everything RFC 3986/3987 allows in an IRI; the rest (spaces, quotes, <>, {}, |, \, ^, `)
# is percent-encoded.
_SAFE_URL = "-._~:/?#[]@!$&'()*+,;=%"


# ---------------------------------------------------------------------------
# IRIs
# ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def entity_iri(slug: str) -> URIRef:
    """The IRI of a resolved entity: ``id:`` + its slug, e.g. ``id:person/donald-trump``.

    Each ``/``-separated segment of the slug is percent-encoded, so any slug is safe.
    """
    if not slug:
        raise ValueError("an entity slug must not be empty")
    return ID["/".join(quote(part, safe=_SAFE_SEGMENT) for part in slug.split("/"))]


def doc_iri(doc_id: str) -> URIRef:
    """The IRI of a document: ``id:doc/`` + its id, percent-encoded (``/`` included)."""
    if not doc_id:
        raise ValueError("a document id must not be empty")
    return ID["doc/" + quote(doc_id, safe=_SAFE_SEGMENT)]


def _digest(*parts: object) -> str:
    """A short stable hash of ``parts`` (64 bits of SHA-256, hex)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def mention_iri(doc_id: str, slug: str) -> URIRef:
    """The node for how one document names one entity."""
    return ID["mention/" + _digest(doc_id, slug)]


def document_name(ent) -> str:
    """The fullest name a document uses for an entity, in words ("Ann B. Ode", not "Ann Ode" nor "Ode"); of spellings
    as full, the one the document uses most ("Warsaw" three times, not the "Warschau" of a quoted post), then the
    first, but not in a dateline's capitals ("Montevideo", not "MONTEVIDEO")."""
    names = [" ".join(m.text.split()) for m in sorted(ent.mentions, key=lambda m: m.start) if m.kind == "name"]
    counts = Counter(names)
    return max(counts, key=lambda n: (len(n.split()), not n.isupper(), counts[n])) if names else ent.name


def name_keys(names: Iterable[str]) -> set[str]:
    """The kg:nameKey values for an entity called ``names`` (its label and aliases): each
    name in lower case, where that differs from the name as spelled (which rdfs:label or
    skos:altLabel already holds)."""
    return {low for name in names if (low := name.strip().lower()) and low != name}


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    """The IRI of the sentence at ``start:end`` of document ``doc_id``."""
    return ID["sentence/" + _digest(doc_id, start, end)]


def event_iri(doc_id: str, event: Event, slugs: Mapping[str, str]) -> URIRef:
    """The IRI of ``event`` of document ``doc_id``.

    A hash of everything the event says, with entity keys replaced by their global slugs
    (``slugs`` maps Entity.key -> GlobalEntity.slug): two events share an IRI only if they
    would write the same triples.
    """
    return ID[
        "event/"
        + _digest(
            doc_id,
            event.kind,
            event.evidence.start,
            event.evidence.end,
            ",".join(slugs[k] for k in event.participants),
            slugs[event.place] if event.place else "",
            slugs[event.party] if event.party else "",
            event.status,
            event.date or "",
            event.rule,
            event.trigger or "",
            repr(float(event.confidence)),
            *([slugs[event.venue]] if event.venue else []),  # (the IRIs of events with no venue as before it came)
        )
    ]


def fact_iri(subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    """The IRI of the fact (rdf:Statement) ``subject predicate obj``.

    It depends on the triple only, so every event that supports the same fact (in any
    document) links to the same node.
    """
    return ID["fact/" + _digest(subject, predicate, obj)]


# ---------------------------------------------------------------------------
# Records -> triples
# ---------------------------------------------------------------------------


def cameo_code(event: Event) -> str | None:
    """The CAMEO code of an event, chosen by kind, status and trigger word.

    Planned calls, talks and meetings: 036 (express intent to meet or negotiate). Calls:
    041. Talks: 046 (engage in negotiation) when the trigger speaks of negotiating, else
    040 (consult). Meetings: 042 (make a visit) for visits, 043 (host a visit) for hosting,
    else 040. Affiliations have no code.
    """
    if event.kind == AFFILIATION:
        return None
    if event.status == PLANNED:
        return "036"
    trigger = (event.trigger or "").lower()
    if event.kind == CALL:
        return "041"
    if event.kind == TALKS:
        return "046" if "negotiat" in trigger else "040"
    if any(w in trigger for w in ("visit", "trip", "travel")):
        return "042"
    if any(w in trigger for w in ("host", "welcom", "receiv")):
        return "043"
    return "040"


@lru_cache(maxsize=1 << 16)
def _string(value: str) -> Literal:
    """A plain literal, made once per distinct text (labels, names, statuses and rules repeat
    across documents, and making an rdflib Literal costs more than looking one up)."""
    return Literal(value)


#: The datatype of a date of each precision (kg.dates.precision).
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def _date_literal(value: str | None) -> Literal | None:
    """``value`` as an xsd:date literal, or None when it is not a valid YYYY-MM-DD date."""
    return Literal(value, datatype=XSD.date) if precision(value) == "day" else None


def _when_literal(value: str | None) -> Literal | None:
    """An event's date: a day as xsd:date, a month ``YYYY-MM`` as xsd:gYearMonth, a year
    ``YYYY`` as xsd:gYear; None for anything else."""
    kind = precision(value)
    return Literal(value, datatype=_DATE_TYPES[kind]) if kind else None


def _url_term(url: str) -> URIRef | Literal:
    """An absolute URL as an IRI (unsafe characters percent-encoded); anything else as a string."""
    url = url.strip()
    if _ABSOLUTE_URL.match(url):
        return URIRef(quote(url, safe=_SAFE_URL))
    return Literal(url)


def _confidence(value: float) -> Literal:
    """A confidence as an xsd:decimal in [0, 1], rounded to 4 places (stable text form)."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"event confidence must be a number in [0, 1], got {value!r}")
    value = min(1.0, max(0.0, value))
    return Literal(Decimal(str(round(value, 4))), datatype=XSD.decimal)


def document_graph(result: DocResult, nodes: Mapping[str, GlobalEntity]) -> Graph:
    """All triples derived from one document (:func:`document_triples`), as a Graph named by
    the document's IRI."""
    g = Graph(identifier=doc_iri(result.article.id), bind_namespaces="none")
    bind_prefixes(g)
    for triple in document_triples(result, nodes):
        g.add(triple)
    return g


def document_triples(result: DocResult, nodes: Mapping[str, GlobalEntity]) -> set[tuple]:
    """All triples derived from one document, as a set of rdflib-term triples.

    ``nodes`` maps each Entity.key of ``result`` (and every key its events use) to the merged
    :class:`~kg.model.GlobalEntity`. Written: the document node; each entity's type,
    rdfs:label (GlobalEntity.name), skos:altLabel (this document's surface forms other than
    the label), kg:nameKey (those names in lower case), kg:mentionedIn and kg:countryCode;
    each event with its evidence sentence and provenance; one rdf:Statement per fact of
    ``Event.relations()`` linked with kg:supports; and the direct ``kg:spoke_with`` /
    ``kg:met_in`` / ``kg:represents`` edges. (A plain set: building an rdflib Graph costs
    more than everything else here.)

    Facts whose ends do not fit the ontology (spoke_with between non-persons, represents
    from a non-person or to a place, met_in to a non-location, an entity with itself) are
    left out; their event is still written, with its participants. Dates that are not
    valid YYYY-MM-DD are left out.

    Raises ValueError when a key has no entry in ``nodes`` or a record holds an unknown
    entity type, event kind or status.
    """
    article = result.article
    doc = doc_iri(article.id)
    triples: set[tuple] = set()
    add = triples.add

    add((doc, _TYPE, KG.Document))
    add((doc, KG.docId, Literal(article.id)))
    published = _date_literal(article.published)
    if published is not None:
        add((doc, SCHEMA.datePublished, published))
    if article.title and article.title.strip():
        add((doc, SCHEMA.headline, Literal(article.title.strip())))
    if article.url and article.url.strip():
        add((doc, SCHEMA.url, _url_term(article.url)))

    def node(key: str) -> GlobalEntity:
        try:
            return nodes[key]
        except KeyError:
            raise ValueError(
                f"document {article.id!r}: entity key {key!r} has no resolved node"
            ) from None

    def add_entity(key: str) -> URIRef:
        ge = node(key)
        if ge.type not in ENTITY_CLASS:
            raise ValueError(f"entity {ge.slug!r}: unknown type {ge.type!r}")
        iri = entity_iri(ge.slug)
        add((iri, _TYPE, ENTITY_CLASS[ge.type]))
        add((iri, _LABEL, _string(ge.name)))
        add((iri, KG.mentionedIn, doc))
        if ge.country_code:
            add((iri, KG.countryCode, _string(ge.country_code.upper())))
        return iri

    for ent in result.entities:
        iri = add_entity(ent.key)
        ge, aliases = node(ent.key), ent.aliases
        for alias in aliases:
            if alias.strip() and alias != ge.name:
                add((iri, _ALT_LABEL, _string(alias)))
        for key in name_keys([ge.name, *aliases]):
            add((iri, KG.nameKey, _string(key)))
        if ent.named:
            mention = mention_iri(article.id, ge.slug)
            add((mention, _TYPE, KG.Mention))
            add((mention, KG.entity, iri))
            add((mention, KG.inDocument, doc))
            add((mention, _LABEL, _string(document_name(ent))))

    for event in result.events:
        _add_event(add, doc, article.id, event, node, add_entity)
    return triples


def _add_event(add, doc: URIRef, doc_id: str, event: Event, node, add_entity) -> None:
    """Add (with ``add``) one event, its evidence sentence, its facts and their direct edges."""
    if event.kind not in EVENT_KINDS:
        raise ValueError(f"document {doc_id!r}: unknown event kind {event.kind!r}")
    if event.status not in STATUSES:
        raise ValueError(f"document {doc_id!r}: unknown event status {event.status!r}")
    keys = [*event.participants, event.place, event.venue, event.party]
    slugs = {k: node(k).slug for k in keys if k is not None}
    iris = {k: add_entity(k) for k in slugs}

    ev = event_iri(doc_id, event, slugs)
    add((ev, _TYPE, EVENT_CLASS[event.kind]))
    for key in event.participants:
        add((ev, KG.participant, iris[key]))
    if event.place is not None:
        add((ev, KG.place, iris[event.place]))
    if event.venue is not None:
        add((ev, KG.venue, iris[event.venue]))
    if event.party is not None:
        add((ev, KG.party, iris[event.party]))
    when = _when_literal(event.date)
    if when is not None:
        add((ev, KG.date, when))
    add((ev, KG.status, _string(event.status)))
    code = cameo_code(event)
    if code is not None:
        add((ev, KG.cameoCode, _string(code)))
    if event.trigger:
        add((ev, KG.trigger, _string(event.trigger)))
    add((ev, KG.rule, _string(event.rule)))
    add((ev, KG.confidence, _confidence(event.confidence)))
    add((ev, _DERIVED_FROM, doc))

    ev_text = event.evidence
    sent = sentence_iri(doc_id, ev_text.start, ev_text.end)
    add((ev, KG.evidence, sent))
    add((sent, _TYPE, KG.Sentence))
    add((sent, KG.text, Literal(ev_text.text)))
    add((sent, KG.start, Literal(int(ev_text.start))))
    add((sent, KG.end, Literal(int(ev_text.end))))
    add((sent, KG.inDocument, doc))

    for s_key, relation, o_key in event.relations():
        s_type, o_type = node(s_key).type, node(o_key).type
        if s_type not in _SUBJECT_TYPES[relation] or o_type not in _OBJECT_TYPES[relation]:
            continue
        s, p, o = iris[s_key], RELATION_PROPERTY[relation], iris[o_key]
        if s == o:
            continue
        fact = fact_iri(s, p, o)
        add((ev, KG.supports, fact))
        add((fact, _TYPE, _STATEMENT))
        add((fact, _SUBJECT, s))
        add((fact, _PREDICATE, p))
        add((fact, _OBJECT, o))
        add((s, p, o))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open ``path`` for binary writing so that it appears complete or not at all.

    Writes to a temporary file in the same directory and ``os.replace``-s it over ``path``
    when the block ends without error; on error the temporary file is removed and ``path``
    is left as it was. OSErrors become :class:`~kg.errors.GraphError`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise GraphError(f"{path}: cannot write ({err.strerror}); check the output directory") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise GraphError(f"{path}: cannot write ({err.strerror}); check the output directory") from err
        raise


def _nt_triples(triples: Iterable[tuple]) -> list[tuple[str, str, str]]:
    """rdflib-term triples as tuples of their N-Triples terms, spelled as Oxigraph spells them
    (hashable, fast to sort, and written by Oxigraph's N-Quads parser without a Python object
    per term: building pyoxigraph terms and quads one by one costs more than the rest of the
    writing)."""
    from kg.terms import to_nt

    return [(to_nt(s), to_nt(p), to_nt(o)) for s, p, o in triples]


_RDF_TYPE_NT = f"<{RDF.type}>"


def _statements(triples: Iterable[tuple[str, str, str]], graph: URIRef | None = None) -> bytes:
    """``triples`` (tuples of N-Triples terms, see :func:`_nt_triples`) written by Oxigraph's
    serialiser with kg's prefixes: a TriG block named ``graph``, or Turtle statements when
    ``graph`` is None. Sorted by their N-Triples text (each subject's rdf:type first), so the
    same triples always give the same bytes; no @prefix lines.

    Oxigraph parses the text leniently (without checking the IRIs and language tags again): every
    term was spelled by :func:`kg.terms.to_nt` from a pyoxigraph term, which checked it when it was made.
    """
    import pyoxigraph as ox

    from kg.terms import to_nt

    end = " .\n" if graph is None else f" {to_nt(graph)} .\n"
    ordered = sorted(triples, key=lambda t: (t[0], t[1] != _RDF_TYPE_NT, t[1], t[2]))
    nquads = "".join(f"{s} {p} {o}{end}" for s, p, o in ordered).encode("utf-8")
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    text = ox.serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS, lenient=True),
                        format=ox.RdfFormat.TRIG if graph is not None else ox.RdfFormat.TURTLE, prefixes=prefixes)
    lines = text.split(b"\n")
    k = 0
    while k < len(lines) and lines[k].startswith(b"@prefix "):
        k += 1  # Oxigraph declares the prefixes in no fixed order: kg writes its own header
    return b"\n".join(lines[k:]).strip() + b"\n"


def write_trig(graphs: Iterable[Graph], fh: IO[bytes]) -> None:
    """Write ``graphs`` to ``fh`` as one TriG document, in the order given, streaming.

    kg's prefixes are declared once at the top; each graph becomes a block named by its
    identifier (the default graph of a Dataset is written without a name). Empty graphs are
    skipped. Within a block the triples are sorted, so output is byte-identical across runs.
    """
    _write_blocks(((None if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier, _nt_triples(g)) for g in graphs), fh)


def _write_blocks(blocks: Iterable[tuple[URIRef | None, list[tuple[str, str, str]]]], fh: IO[bytes]) -> None:
    """:func:`write_trig` for ``(graph name or None, N-Triples-term triples)`` pairs."""
    fh.write(_prefix_header(PREFIXES))
    for name, triples in blocks:
        if triples:
            fh.write(b"\n" + _statements(triples, name))


def _prefix_header(prefixes: Mapping[str, object]) -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode("utf-8")


def write_graph_files(
    doc_graphs: Iterable[tuple[URIRef, Iterable[tuple]]], outdir: str | os.PathLike[str]
) -> dict[str, Path]:
    """Write ``OUTDIR/graph.ttl`` (the union, Turtle) and ``OUTDIR/graph.trig`` (one named graph
    per document, named by the document IRI).

    ``doc_graphs`` gives ``(document IRI, triples)`` pairs (the triples a set from
    :func:`document_triples`, or a Graph) and is consumed once, in order: each document's
    TriG block is written as it arrives, and only the union needed for graph.ttl is kept in
    memory. Give documents in a stable order (e.g. sorted by id) for byte-identical output
    across builds. Both files are replaced atomically, and only once every document has been
    written; on error neither is touched. Returns ``{"ttl": path, "trig": path}``.
    """
    outdir = Path(outdir)
    ttl_path, trig_path = outdir / "graph.ttl", outdir / "graph.trig"
    union: set[tuple[str, str, str]] = set()

    def blocks() -> Iterator[tuple[URIRef, list[tuple[str, str, str]]]]:
        for name, triples in doc_graphs:
            converted = _nt_triples(triples)
            union.update(converted)
            yield name, converted

    with atomic_open(trig_path) as trig:
        _write_blocks(blocks(), trig)
        with atomic_open(ttl_path) as ttl:
            ttl.write(_prefix_header(PREFIXES) + b"\n" + (_statements(union) if union else b""))
    return {"ttl": ttl_path, "trig": trig_path}


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

# File extension -> (pyoxigraph format name, rdflib parser name).
_FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("TURTLE", "turtle"),
    ".turtle": ("TURTLE", "turtle"),
    ".trig": ("TRIG", "trig"),
    ".nt": ("N_TRIPLES", "nt"),
    ".nq": ("N_QUADS", "nquads"),
    ".jsonld": ("JSON_LD", "json-ld"),
    ".json": ("JSON_LD", "json-ld"),
    ".rdf": ("RDF_XML", "xml"),
    ".xml": ("RDF_XML", "xml"),
    ".owl": ("RDF_XML", "xml"),
    ".n3": ("N3", "n3"),
}


def rdf_format(path: str | os.PathLike[str]) -> str:
    """The rdflib parser name for ``path``, from its extension; GraphError if unknown."""
    suffix = Path(path).suffix.lower()
    if suffix not in _FORMATS:
        known = ", ".join(sorted(_FORMATS))
        raise GraphError(f"{path}: cannot tell the RDF format from the extension {suffix!r}; use one of {known}")
    return _FORMATS[suffix][1]


def load_graph(path: str | os.PathLike[str]) -> Dataset:
    """Read an RDF file kg wrote (.ttl, .trig, .nt, .nq, .jsonld, .rdf/.xml) into a Dataset.

    The format comes from the extension. Named graphs (TriG, N-Quads) are kept; the Dataset
    has ``default_union=True`` so SPARQL over it sees every graph. Parsing uses pyoxigraph
    (fast) where it supports the format, else rdflib. Literals typed xsd:string are stored
    as plain literals, so they compare equal to the plain strings queries bind.

    Raises :class:`~kg.errors.GraphError` (one line: file, line when known, what to do) when
    the file is missing, unreadable or not valid RDF.
    """
    path = Path(path)
    if not path.is_file():
        what = "is a directory, not an RDF file or a kg store" if path.is_dir() else "not found"
        raise GraphError(f"{path}: {what}; give the path of a graph file or store (run `kg build` to make one)")
    fmt = rdf_format(path)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        _parse_oxigraph(path, _FORMATS[path.suffix.lower()][0], ds)
    except _OxigraphUnavailable:
        _parse_rdflib(path, fmt, ds)
    return ds


class _OxigraphUnavailable(Exception):
    """pyoxigraph is missing or cannot parse this format."""


def _corrupt(path: Path, fmt: str, detail: str, line: int | None = None) -> GraphError:
    where = f"{path}:{line}" if line else str(path)
    detail = " ".join(str(detail).split())
    return GraphError(f"{where}: not valid {fmt} ({detail}); fix or rebuild the file")


def _plain(lit: Literal) -> Literal:
    return Literal(str(lit)) if lit.datatype == XSD.string else lit


def _parse_oxigraph(path: Path, fmt_name: str, ds: Dataset) -> None:
    try:
        import pyoxigraph as ox
    except ImportError as err:  # pragma: no cover - pyoxigraph is a dependency
        raise _OxigraphUnavailable() from err
    fmt = getattr(ox.RdfFormat, fmt_name, None)
    if fmt is None:
        raise _OxigraphUnavailable()

    from kg.terms import to_rdflib as term

    graphs: dict[object, Graph] = {}

    def context(name) -> Graph:
        key = name.value if not isinstance(name, ox.DefaultGraph) else None
        if key not in graphs:
            graphs[key] = ds.default_graph if key is None else ds.graph(term(name))
        return graphs[key]

    try:
        quads = ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        ds.addN((term(q.subject), term(q.predicate), term(q.object), context(q.graph_name)) for q in quads)
    except SyntaxError as err:
        raise _corrupt(path, fmt.name if hasattr(fmt, "name") else fmt_name, err.msg, err.lineno) from err
    except OSError as err:
        raise GraphError(f"{path}: cannot read ({err.strerror or err}); check the file") from err
    except ValueError as err:
        raise _corrupt(path, fmt_name, str(err)) from err


def _parse_rdflib(path: Path, fmt: str, ds: Dataset) -> None:
    try:
        ds.parse(str(path), format=fmt)
    except OSError as err:
        raise GraphError(f"{path}: cannot read ({err.strerror or err}); check the file") from err
    except Exception as err:  # rdflib parsers raise many exception types for bad input
        raise _corrupt(path, fmt, str(err), getattr(err, "lineno", None) or getattr(err, "line", None)) from err
    for s, p, o, c in list(ds.quads((None, None, None, None))):
        if isinstance(o, Literal) and o.datatype == XSD.string:
            ds.remove((s, p, o, c))
            ds.add((s, p, _plain(o), c))
