"""A persistent, incremental graph on disk: the Oxigraph store behind ``kg build --store DIR``.

DIR is an Oxigraph (RocksDB) store, so graphs larger than memory work and ``kg serve DIR``
can open it in place. It holds:

- in the default graph, the knowledge graph as a set of triples: the same triples as the
  ``graph.ttl`` of a file build of the same articles. Queries read it. Each triple is stored
  once: which document a fact comes from is in the graph itself (events, mentions and
  sentences point to their ``kg:Document``), so there is no per-document copy to keep in
  step (a triple in named graphs costs twice the index writes of a default-graph triple, and
  Oxigraph 0.5's union default graph would count it once per graph);
- the named graph :data:`STATE_GRAPH` (kg's bookkeeping, not part of the knowledge graph):
  per document its content hash, its sequence number and what the resolver needs to know
  about its entities; per contact event its kg.datefill report; and a snapshot of the
  resolver taken at the end of each build.

An entity's ``rdfs:label``, ``skos:altLabel``, ``kg:nameKey`` and country code depend on every
document seen so far (a person's label is the most frequent full spelling), so each batch
rewrites the descriptions of the entities it touches (:func:`entity_description`) and replaces
what changed.

Dates an undated contact takes from other reports (kg.datefill) depend on every report of
that contact, so each batch recomputes them for the contacts it touches, from the reports
kept in the bookkeeping graph, and replaces what changed.

Each batch of documents is written in **one transaction** together with its content hashes,
so a build that is interrupted leaves the store as it was after the last whole batch, and the
next build skips every document already in (by content hash) and carries on. The resolver is
restored from the last snapshot plus the documents committed after it, so an entity seen
again merges into its existing node and keeps its IRI.

Stores written by earlier versions of kg also hold one named graph per document and
``id:entities``: nothing reads those any more, and such stores grow the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.query import Result

from kg.errors import GraphError, QueryError
from kg.terms import to_nt, to_oxigraph, to_rdflib
from kg.model import Article, DocResult, Entity, GlobalEntity, Mention
from kg.resolve import Resolver
from kg.vocab import KG, PREFIXES, bind_prefixes

if TYPE_CHECKING:
    from kg.datefill import Report

__all__ = [
    "STATE_GRAPH",
    "GraphStore",
    "content_hash",
    "entity_description",
    "is_store",
    "load_any",
    "load_store",
    "query_store",
]

#: kg's private bookkeeping vocabulary and the named graph it lives in.
BUILD = "https://w3id.org/kg-news/build#"
STATE_GRAPH = URIRef(BUILD + "state")
_HASH, _SEQ, _ENTITIES, _RESOLVER, _SNAPSHOT = (URIRef(BUILD + n) for n in ("hash", "seq", "entities", "resolver", "snapshot"))
#: Per contact event: its contact key and its kg.datefill.Report (JSON), to date other reports.
_CONTACT, _REPORT = URIRef(BUILD + "contact"), URIRef(BUILD + "report")
#: An entity's properties that depend on every document seen so far (see entity_description).
_DESCRIBED = frozenset({RDFS.label, SKOS.altLabel, KG.nameKey})


def content_hash(article: Article) -> str:
    """SHA-256 of everything about an article that its graph depends on (id, text, metadata)."""
    parts = (article.id, article.text, article.published, article.title, article.url)
    text = "\x1f".join("" if p is None else p for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_store(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a directory holding an Oxigraph store."""
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file()


# ---------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------


def _ox():
    import pyoxigraph

    return pyoxigraph


def _data_block(quads: Iterable[tuple]) -> str:
    """``quads`` (rdflib terms; graph None = default graph) as the body of INSERT/DELETE DATA.

    Terms are spelled by Oxigraph's own N-Triples writer (kg.terms.to_nt), so any text is
    escaped safely.
    """
    graphs: dict[object, list[str]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, []).append(f"{to_nt(s)} {to_nt(p)} {to_nt(o)} .")
    parts = []
    for g, lines in graphs.items():
        body = "\n".join(lines)
        parts.append(body if g is None else f"GRAPH {to_nt(g)} {{\n{body}\n}}")
    return "\n".join(parts)


def _nquads(quads: Iterable[tuple]) -> bytes:
    """``quads`` (rdflib terms; graph None = default graph) as N-Quads, for Oxigraph's loader:
    parsed in Rust, where building one pyoxigraph Quad per triple in Python costs several
    microseconds each."""
    return "".join(f"{to_nt(s)} {to_nt(p)} {to_nt(o)}{'' if g is None else ' ' + to_nt(g)} .\n"
                   for s, p, o, g in quads).encode("utf-8")


# ---------------------------------------------------------------------------
# Entity descriptions and resolver inputs
# ---------------------------------------------------------------------------


def entity_description(node: GlobalEntity) -> set[tuple]:
    """The triples describing an entity node: type, rdfs:label, skos:altLabel (every surface
    form other than the label), kg:nameKey and kg:countryCode -- what a file build's graph.ttl
    says of it."""
    from kg.rdf import ENTITY_CLASS, entity_iri, name_keys

    iri = entity_iri(node.slug)
    out = {(iri, RDF.type, ENTITY_CLASS[node.type]), (iri, RDFS.label, Literal(node.name))}
    out |= {(iri, SKOS.altLabel, Literal(a)) for a in node.aliases if a.strip() and a != node.name}
    out |= {(iri, KG.nameKey, Literal(k)) for k in name_keys([node.name, *node.aliases])}
    if node.country_code:
        out.add((iri, KG.countryCode, Literal(node.country_code.upper())))
    return out


def _entity_records(result: DocResult) -> str:
    """What the resolver reads of a document's entities, as compact JSON."""
    records = []
    for ent in result.entities:
        mentions = list(dict.fromkeys((m.text, m.kind) for m in ent.mentions))
        records.append([ent.key, ent.name, ent.type, mentions])
    return json.dumps(records, ensure_ascii=False, separators=(",", ":"))


def _replay_result(doc_id: str, records: str) -> DocResult:
    entities = [
        Entity(key, name, type_, [Mention(text, 0, 0, kind) for text, kind in mentions])
        for key, name, type_, mentions in json.loads(records)
    ]
    return DocResult(Article(doc_id, ""), entities)


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class GraphStore:
    """A kg store directory opened for building (one writer at a time).

    Use as a context manager. :meth:`is_known` / :meth:`status` say whether an article is
    already in; :meth:`add` writes a batch of extracted documents in one transaction;
    :meth:`close` saves the resolver snapshot.
    """

    def __init__(self, path: str | os.PathLike[str]):
        ox = _ox()
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise GraphError(f"{self.path}: is a file; --store needs a directory (new or made by kg build --store)")
        if self.path.is_dir() and any(self.path.iterdir()) and not is_store(self.path):
            raise GraphError(f"{self.path}: is a directory but not a kg store; give an empty or new directory")
        try:
            self.store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as err:  # pyoxigraph reports a damaged store as RuntimeError
            raise GraphError(f"{self.path}: cannot open the store ({' '.join(str(err).split())}); {_store_hint(err)}") from None
        self._hashes: dict[str, str] = {}  # document IRI -> content hash
        self._seq = 0
        for q in self.store.quads_for_pattern(None, to_oxigraph(_HASH), None, to_oxigraph(STATE_GRAPH)):
            self._hashes[q.subject.value] = q.object.value
        for q in self.store.quads_for_pattern(None, to_oxigraph(_SEQ), None, to_oxigraph(STATE_GRAPH)):
            self._seq = max(self._seq, int(q.object.value))
        self.resolver = self._restore_resolver()
        self._snapshot_seq = self._seq

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close(snapshot=exc[0] is None)

    @property
    def documents(self) -> int:
        """How many documents the store holds."""
        return len(self._hashes)

    def status(self, article: Article) -> str:
        """``"new"``, ``"unchanged"`` (same content already in) or ``"changed"`` (same id, other content)."""
        from kg.rdf import doc_iri

        known = self._hashes.get(str(doc_iri(article.id)))
        if known is None:
            return "new"
        return "unchanged" if known == content_hash(article) else "changed"

    def _restore_resolver(self) -> Resolver:
        """The resolver as it was after the last committed document: the snapshot, then the
        documents committed after it, replayed in commit order."""
        state_graph = to_oxigraph(STATE_GRAPH)
        resolver, since = Resolver(), 0
        for q in self.store.quads_for_pattern(to_oxigraph(_RESOLVER), to_oxigraph(_SNAPSHOT), None, state_graph):
            snapshot = json.loads(q.object.value)
            resolver, since = Resolver.from_state(snapshot["resolver"]), snapshot["seq"]
        if since >= self._seq:
            return resolver
        later = []
        for q in self.store.quads_for_pattern(None, to_oxigraph(_SEQ), None, state_graph):
            seq = int(q.object.value)
            if seq > since:
                later.append((seq, q.subject))
        for _, doc in sorted(later, key=lambda p: p[0]):
            records = next(self.store.quads_for_pattern(doc, to_oxigraph(_ENTITIES), None, state_graph)).object.value
            resolver.add(_replay_result(doc.value, records))
        return resolver

    def add(self, batch: Iterable[tuple[DocResult, str]]) -> int:
        """Resolve and write ``(result, content hash)`` pairs in one transaction; returns triples written.

        For each document: its triples and its bookkeeping (hash, sequence number, resolver
        input); for every entity it touches, the entity description is brought up to date (a
        changed label replaces the old one). Either all of it is written or, on error or
        interruption, none of it (and the in-memory resolver is then no longer valid: reopen
        the store).
        """
        from kg import datefill
        from kg.rdf import doc_iri, document_triples, entity_iri

        triples: set[tuple] = set()
        state: list[tuple] = []
        touched: dict[str, GlobalEntity] = {}
        contacts: dict[str, dict[str, datefill.Report]] = {}  # contact key -> event IRI -> report
        for result, digest in batch:
            mapping = self.resolver.add(result)
            name = doc_iri(result.article.id)
            entities = {entity_iri(node.slug) for node in mapping.values()}
            triples.update(t for t in document_triples(result, mapping)
                           if not (t[1] in _DESCRIBED and t[0] in entities))
            self._seq += 1
            state += [
                (name, _HASH, Literal(digest), STATE_GRAPH),
                (name, _SEQ, Literal(self._seq), STATE_GRAPH),
                (name, _ENTITIES, Literal(_entity_records(result)), STATE_GRAPH),
            ]
            for report in datefill.reports(result, mapping):
                contacts.setdefault(report.key, {})[report.event] = report
                event = URIRef(report.event)
                state += [(event, _CONTACT, Literal(report.key), STATE_GRAPH),
                          (event, _REPORT, Literal(report.to_json()), STATE_GRAPH)]
            self._hashes[str(name)] = digest
            touched.update((node.slug, node) for node in mapping.values())
        deletes: list[tuple] = []
        for slug, node in touched.items():
            old = self._description(entity_iri(slug))
            new = entity_description(node)
            deletes += [(s, p, o, None) for s, p, o in old - new]
            triples |= new - old
        for key, reports in contacts.items():
            old, new = self._dates_filled(key, reports)
            deletes += [(s, p, o, None) for s, p, o in old - new]
            triples |= new - old
        self._write(deletes, [(s, p, o, None) for s, p, o in triples] + state)
        return len(triples)

    def _dates_filled(self, key: str, added: Mapping[str, Report]) -> tuple[set[tuple], set[tuple]]:
        """The kg.datefill triples of one contact's reports: as the store has them, and as they
        must be once the reports ``added`` (event IRI -> Report) are in."""
        from kg import datefill

        ox = _ox()
        state, default = to_oxigraph(STATE_GRAPH), ox.DefaultGraph()
        group = dict(added)
        for q in self.store.quads_for_pattern(None, to_oxigraph(_CONTACT), ox.Literal(key), state):
            if q.subject.value not in group:
                record = next(self.store.quads_for_pattern(q.subject, to_oxigraph(_REPORT), None, state)).object.value
                group[q.subject.value] = datefill.Report.from_json(record)
        old: set[tuple] = set()
        for report in group.values():
            if report.date is None and report.event not in added:
                subject = ox.NamedNode(report.event)
                for p in (KG.date, KG.dateFrom):
                    old |= {(URIRef(report.event), p, to_rdflib(q.object))
                            for q in self.store.quads_for_pattern(subject, to_oxigraph(p), None, default)}
        new: set[tuple] = set()
        for event, (day, sources) in datefill.fills(group.values()).items():
            new |= datefill.fill_triples(event, day, sources)
        return old, new

    def _description(self, iri: URIRef) -> set[tuple]:
        """What the store says of an entity's type, labels, name keys and country code."""
        ox = _ox()
        subject, default = to_oxigraph(iri), ox.DefaultGraph()
        return {(iri, p, to_rdflib(q.object))
                for p in (RDF.type, *_DESCRIBED, KG.countryCode)
                for q in self.store.quads_for_pattern(subject, to_oxigraph(p), None, default)}

    def _write(self, deletes: list[tuple], inserts: list[tuple]) -> None:
        """One transaction: a SPARQL update when something is deleted (a changed label, rare),
        else Oxigraph's atomic ``load`` of N-Quads."""
        try:
            if deletes:
                parts = ["DELETE DATA {\n" + _data_block(deletes) + "\n}"]
                parts += ["INSERT DATA {\n" + _data_block(inserts) + "\n}"] if inserts else []
                self.store.update(" ;\n".join(parts))
            elif inserts:
                self.store.load(_nquads(inserts), format=_ox().RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as err:
            raise GraphError(f"{self.path}: cannot write to the store ({' '.join(str(err).split())}); check the disk") from err

    def snapshot(self) -> None:
        """Save the resolver's state (one transaction), so the next build need not replay."""
        if self._seq == self._snapshot_seq:
            return
        state_graph = to_oxigraph(STATE_GRAPH)
        old = [(_RESOLVER, _SNAPSHOT, to_rdflib(q.object), STATE_GRAPH)
               for q in self.store.quads_for_pattern(to_oxigraph(_RESOLVER), to_oxigraph(_SNAPSHOT), None, state_graph)]
        data = json.dumps({"seq": self._seq, "resolver": self.resolver.state()}, ensure_ascii=False, separators=(",", ":"))
        self._write(old, [(_RESOLVER, _SNAPSHOT, Literal(data), STATE_GRAPH)])
        self._snapshot_seq = self._seq

    def close(self, snapshot: bool = True) -> None:
        """Save the resolver snapshot (unless ``snapshot`` is false) and flush the store."""
        if getattr(self, "store", None) is None:
            return
        try:
            if snapshot:
                self.snapshot()
            self.store.flush()
        finally:
            self.store = None

    def graph(self) -> Dataset:
        """The store's knowledge graph as an rdflib Dataset (see :func:`load_store`)."""
        return _dataset(self.store)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _open_read_only(path: str | os.PathLike[str]):
    path = Path(path)
    if not is_store(path):
        what = "not found" if not path.exists() else "not a kg store (no Oxigraph data in it)"
        raise GraphError(f"{path}: {what}; give a store made by kg build --store DIR, or a graph file")
    try:
        return _ox().Store.read_only(str(path))
    except (OSError, RuntimeError) as err:
        raise GraphError(f"{path}: cannot open the store ({' '.join(str(err).split())}); {_store_hint(err)}") from None


def _store_hint(err: Exception) -> str:
    """What to do about a store that will not open."""
    detail = str(err).lower()
    if "lock" in detail:
        return "another kg process is using it; wait for it or stop it"
    if "corrupt" in detail or isinstance(err, RuntimeError):
        return "the store is damaged; rebuild it with kg build --store NEWDIR from the same articles"
    return "check the directory"


def _dataset(store) -> Dataset:
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    graph = ds.default_graph
    graph.addN((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph)
               for q in store.quads_for_pattern(None, None, None, _ox().DefaultGraph()))
    return ds


def load_store(path: str | os.PathLike[str]) -> Dataset:
    """Read a kg store's knowledge graph (its default graph; the bookkeeping is left out) into
    the default graph of an rdflib Dataset.
    For graphs that fit in memory (kg viz, validate, export); query big stores with
    :func:`query_store`."""
    return _dataset(_open_read_only(path))


def load_any(path: str | os.PathLike[str]) -> Dataset:
    """A graph file (:func:`kg.rdf.load_graph`) or a store directory (:func:`load_store`)."""
    from kg.rdf import load_graph

    return load_store(path) if Path(path).is_dir() else load_graph(path)


def query_store(path, query: str, bindings: Mapping[str, object] | None = None,
                *, source: str | None = None) -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over a store (a directory, or an open
    pyoxigraph Store) with Oxigraph's engine.

    The query reads the default graph (the whole knowledge graph, as a set of triples) and may
    name document graphs with GRAPH. ``bindings`` pre-bind variables like
    :func:`kg.query.run_query` (Oxigraph substitutions); kg's prefixes are predeclared. Returns
    an rdflib Result (literals typed xsd:string as plain literals), ready for
    :func:`kg.query.format_result`. Bad queries raise :class:`~kg.errors.QueryError`.
    """
    ox = _ox()
    from rdflib import Graph, Variable

    from kg.query import run_query, with_values

    store = path if isinstance(path, ox.Store) else _open_read_only(path)
    where = f"{source}: " if source else ""
    values = {}
    for name, value in (bindings or {}).items():
        value = Literal(value) if isinstance(value, str) and not isinstance(value, (URIRef, Literal, BNode)) else value
        values[str(name).lstrip("?$")] = to_oxigraph(value)
    try:
        answer = store.query(with_values(query, values, where), prefixes={p: str(ns) for p, ns in PREFIXES.items()})
        if isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
        elif isinstance(answer, ox.QuerySolutions):
            result = Result("SELECT")
            result.vars = [Variable(v.value) for v in answer.variables]
            terms: dict = {}  # each distinct term converted once: answers repeat names, dates, statuses

            def term(value):
                if value not in terms:
                    terms[value] = to_rdflib(value)
                return terms[value]

            result.bindings = [
                {var: term(value) for var, value in zip(result.vars, row) if value is not None}
                for row in answer
            ]
        else:
            result = Result("CONSTRUCT")
            result.graph = Graph()
            bind_prefixes(result.graph)
            result.graph += ((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in answer)
    except SyntaxError as err:
        # Not SPARQL Oxigraph accepts (or an update): let rdflib's checks word the error.
        try:
            run_query(Dataset(), query, source=source)
        except QueryError:
            raise
        except Exception:  # noqa: BLE001 - fall through to Oxigraph's message
            pass
        raise QueryError(f"{where}SPARQL syntax error: {' '.join(str(err).split())}; fix the query") from None
    except OSError as err:
        raise QueryError(f"{where}the query failed while running ({' '.join(str(err).split())}); fix the query") from None
    return result


def iter_triples(path: str | os.PathLike[str]) -> Iterator[tuple]:
    """Every triple of a store's knowledge graph (its default graph; not the bookkeeping),
    as Oxigraph terms, streaming."""
    ox = _ox()
    store = _open_read_only(path)
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        yield q.subject, q.predicate, q.object


def export_store(path: str | os.PathLike[str], fmt: str | None, out_path: str | os.PathLike[str]) -> Path:
    """Write a store's knowledge graph to ``out_path`` as ``fmt`` (kg.export's formats).

    N-Triples and N-Quads (the same lines: one per triple, in no graph) are streamed from the
    store, so they work for stores larger than memory -- the formats to bulk-load into
    another triple store. Other formats go through :func:`load_store` and kg.export. Written
    atomically; returns ``out_path``.
    """
    from kg.export import _canonical, format_for_path, serialize_graph
    from kg.rdf import atomic_open

    out_path = Path(out_path)
    fmt = format_for_path(out_path) if fmt is None else _canonical(fmt)
    if fmt in ("nquads", "nt"):
        with atomic_open(out_path) as fh:
            for s, p, o in iter_triples(path):
                fh.write(f"{s} {p} {o} .\n".encode("utf-8"))
        return out_path
    data = serialize_graph(load_store(path), fmt)
    with atomic_open(out_path) as fh:
        fh.write(data)
    return out_path
