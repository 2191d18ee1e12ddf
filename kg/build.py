"""The whole path: articles -> NLP -> merged entities -> RDF (files or a store) (+ the HTML viewer).

``build()`` is what ``kg build`` runs; ``build_graph()`` is the same path returning the graph in
memory (used by ``kg eval`` and by library users).

Everything streams: articles are read lazily, extracted by an engine (kg.engines: this process,
N worker processes, or a Dask cluster) that keeps a bounded window of documents in flight, and
merged across documents by one resolver in input order, so every engine writes the same graph.

- File builds (``-o OUTDIR``) must wait for the last document before writing (a person's
  label is the most frequent spelling in the whole corpus, and graph.trig is sorted by
  document id), so each resolved document is spooled to a temporary file on disk and the
  graph files are written from the spool at the end; memory holds the resolver and the union
  graph for graph.ttl, not the documents.
- Store builds (``--store DIR``, kg.store) commit batches of documents as they come and skip
  documents already in the store; they scale past memory.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

from kg.articles import EXTENSIONS, Skipped, article_from_text, iter_articles
from kg.errors import GraphError, InputError
from kg.model import RELATIONS, Article, DocResult
from kg.resolve import Resolver
from kg.vocab import bind_prefixes

__all__ = ["BuildSummary", "build", "build_graph", "estimate_documents", "prepare", "resolved_graphs"]

#: Documents committed to a store per transaction.
STORE_BATCH = 32


@dataclass
class BuildSummary:
    """What a build did: counts for the summary line, and where the outputs are.

    For a store build, ``documents`` counts the documents added by this run, ``unchanged``
    those already in the store, and the entity/relation/event counts are the store's totals.
    """

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)  # type -> count of graph nodes
    relations: Counter = field(default_factory=Counter)  # relation -> count of facts
    events: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    unchanged: int = 0
    triples: int = 0  # triples written by this run (store builds)


def prepare(article: Article) -> Article:
    """Apply the reader's text preparation (date line, furniture removal) to an Article made in code."""
    made = article_from_text(
        article.text,
        id=article.id,
        source=article.source or article.id,
        published=article.published,
        title=article.title,
        url=article.url,
    )
    return made if isinstance(made, Article) else Article(article.id, "", article.published, article.title, article.url)


class _Spool:
    """Resolved documents parked on disk until the last one is in (pickles in a temp file)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None):
        if directory is not None:
            Path(directory).mkdir(parents=True, exist_ok=True)
        self._fh = tempfile.TemporaryFile(prefix=".kg-spool-", dir=directory)
        self._index: list[tuple[str, int, int]] = []  # (document id, offset, length)

    def put(self, result: DocResult, slugs: dict[str, str]) -> None:
        data = pickle.dumps((result, slugs), protocol=pickle.HIGHEST_PROTOCOL)
        self._index.append((result.article.id, self._fh.tell(), len(data)))
        self._fh.write(data)

    def by_id(self) -> Iterator[tuple[DocResult, dict[str, str]]]:
        """The documents sorted by id (input order among equal ids)."""
        self._fh.flush()
        for _, offset, length in sorted(self._index, key=lambda entry: entry[0]):
            self._fh.seek(offset)
            yield pickle.loads(self._fh.read(length))

    def close(self) -> None:
        self._fh.close()


def resolved_graphs(results: Iterable[DocResult], *, spool_dir: str | os.PathLike[str] | None = None
                    ) -> Iterator[tuple[URIRef, set[tuple]]]:
    """Merge entities across documents (in input order, streaming), then yield each document's
    IRI and triples (:func:`kg.rdf.document_triples`) with the final labels, sorted by
    document id, and the dates its undated contacts take from other reports (kg.datefill).

    Documents wait in a spool file (in ``spool_dir``, default the system temp directory)
    rather than in memory.
    """
    from kg import datefill
    from kg.rdf import doc_iri, document_triples

    resolver = Resolver()
    spool = _Spool(spool_dir)
    dated: dict[str, list[datefill.Report]] = {}  # contact key -> its dated reports
    try:
        for result in results:
            mapping = resolver.add(result)
            spool.put(result, {key: node.slug for key, node in mapping.items()})
            for report in datefill.reports(result, mapping):
                if report.date is not None:
                    dated.setdefault(report.key, []).append(report)
        for result, slugs in spool.by_id():
            nodes = {key: resolver.nodes[slug] for key, slug in slugs.items()}
            triples = document_triples(result, nodes)
            for report in datefill.reports(result, nodes):
                if report.date is None and (got := datefill.fill(report, dated.get(report.key, ()))):
                    triples |= datefill.fill_triples(report.event, *got)
            yield doc_iri(result.article.id), triples
    finally:
        spool.close()


def build_graph(articles: Iterable[Article], *, model: str | None = None, nlp=None) -> Dataset:
    """Build the graph of some articles in memory (their text is prepared like a file's)."""
    from kg.engines import extract_stream

    results = extract_stream((prepare(a) for a in articles), model=model, nlp=nlp)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    for name, triples in resolved_graphs(results):
        named = ds.graph(name)
        named.addN((s, p, o, named) for s, p, o in triples)
    return ds


def estimate_documents(inputs: Iterable[str]) -> int | None:
    """A quick count of the articles in ``inputs`` (files, JSONL lines), for progress bars;
    None when it cannot be known in advance (standard input)."""
    total = 0
    for arg in inputs:
        if arg == "-":
            return None
        path = Path(arg)
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(EXTENSIONS)) if path.is_dir() else []
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            else:
                total += 1
    return total


def build(inputs: Iterable[str], outdir: str | Path | None = None, *, store: str | Path | None = None,
          model: str | None = None, html: bool = True, on_skip: Callable[[Skipped], None] | None = None,
          on_doc: Callable[[DocResult], None] | None = None, workers: int = 1, engine: str = "local",
          scheduler: str | None = None) -> BuildSummary:
    """Read the inputs, extract, and write the graph.

    With ``outdir``: OUTDIR/graph.ttl, graph.trig and (``html``) graph.html. With ``store``:
    add the documents not already in the Oxigraph store at that directory (kg.store). One of
    the two is required. ``workers``, ``engine`` and ``scheduler`` choose where extraction runs
    (kg.engines.extract_stream); the graph is the same whichever is used. ``on_doc`` is called
    once per document extracted (progress), ``on_skip`` for each input that cannot be read.
    """
    from kg.engines import extract_stream

    if (outdir is None) == (store is None):
        from kg.errors import KgError

        raise KgError("kg build needs exactly one of -o OUTDIR (graph files) or --store DIR (a store)")
    inputs = list(inputs)
    summary = BuildSummary()

    def skip(item: Skipped) -> None:
        summary.skipped.append(item)
        if on_skip:
            on_skip(item)

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs):
            if isinstance(item, Skipped):
                skip(item)
            else:
                yield item

    def extracted(items: Iterable[Article]) -> Iterator[DocResult]:
        for result in extract_stream(items, model=model, workers=workers, engine=engine, scheduler=scheduler):
            summary.documents += 1
            if on_doc:
                on_doc(result)
            yield result

    if store is not None:
        return _build_store(Path(store), articles(), extracted, skip, summary)

    from kg.rdf import load_graph, write_graph_files

    outdir = prepare_outdir(Path(outdir))
    stream = extracted(articles())
    first = next(stream, None)
    if first is None:  # nothing readable: keep the previous outputs rather than write an empty graph
        raise InputError(
            f"no article could be read from {', '.join(map(str, inputs))} ({len(summary.skipped)} skipped, reasons above); "
            f"nothing written, {outdir} is unchanged"
        )
    graphs = resolved_graphs(itertools.chain([first], stream), spool_dir=outdir)
    summary.outputs = dict(write_graph_files(_counted(graphs, summary), outdir))
    if html:
        from kg.viz import render_html

        graph = load_graph(summary.outputs["ttl"])
        summary.outputs["html"] = render_html(graph, outdir / "graph.html", title="kg: " + ", ".join(map(str, inputs))[:80])
    return summary


def prepare_outdir(outdir: Path) -> Path:
    """Make the output directory, check it can be written before any work is done, and sweep
    temporary files an earlier build killed with SIGKILL left behind."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise GraphError(f"{outdir}: a file is where kg needs a directory; give a directory path (or remove the file)") from None
    except OSError as err:
        raise GraphError(f"{outdir}: cannot create the output directory ({err.strerror}); give another -o") from None
    if not os.access(outdir, os.W_OK | os.X_OK):
        raise GraphError(f"{outdir}: the output directory cannot be written; give another -o or fix its permissions")
    for stale in outdir.glob(".graph.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    return outdir


def _counted(graphs: Iterable[tuple[URIRef, set[tuple]]], summary: BuildSummary) -> Iterator[tuple[URIRef, set[tuple]]]:
    """Pass the document graphs through, filling the summary's counts (those of the union)."""
    from kg.rdf import ENTITY_CLASS, RELATION_PROPERTY
    from kg.vocab import KG

    classes = {cls: name for name, cls in ENTITY_CLASS.items()}
    entities: dict[str, set] = {name: set() for name in ENTITY_CLASS}
    facts: dict[str, set] = {name: set() for name in RELATIONS}
    relation_names = {prop: name for name, prop in RELATION_PROPERTY.items()}
    # the predicates counted, each looked up once (by hash: most predicates are none of them)
    counted = {RDF.type: "type", KG.evidence: "evidence", **relation_names}
    for name, triples in graphs:
        for s, p, o in triples:
            what = counted.get(p)
            if what is None:
                continue
            if what == "type":
                if o in classes:
                    entities[classes[o]].add(s)
            elif what == "evidence":
                summary.events += 1
            else:
                facts[what].add((s, o))
        yield name, triples
    summary.entities.update({name: len(nodes) for name, nodes in entities.items()})
    summary.relations.update({name: len(pairs) for name, pairs in facts.items()})


def _build_store(path: Path, articles: Iterator[Article], extracted, skip, summary: BuildSummary) -> BuildSummary:
    from kg.store import GraphStore, content_hash

    with GraphStore(path) as store:
        pending: dict[str, str] = {}  # id -> hash of the documents of this run

        def new_articles() -> Iterator[Article]:
            for article in articles:
                status = store.status(article)
                if status == "new" and article.id in pending:
                    status = "unchanged" if pending[article.id] == content_hash(article) else "changed"
                if status == "unchanged":
                    summary.unchanged += 1
                elif status == "changed":
                    skip(Skipped(article.source or article.id, f"document {article.id!r} is already in the store with "
                                 "other content; give it a new id, or rebuild the store"))
                else:
                    pending[article.id] = content_hash(article)
                    yield article

        results = extracted(new_articles())
        while batch := list(itertools.islice(results, STORE_BATCH)):
            summary.triples += store.add((r, content_hash(r.article)) for r in batch)
        store.snapshot()
        _store_counts(store, summary)
    summary.outputs = {"store": path}
    return summary


def _store_counts(store, summary: BuildSummary) -> None:
    """The store's totals: entities by type, distinct facts per relation, events."""
    from kg.rdf import ENTITY_CLASS, RELATION_PROPERTY
    from kg.terms import to_oxigraph
    from kg.vocab import KG

    import pyoxigraph as ox

    default = ox.DefaultGraph()
    for name, cls in ENTITY_CLASS.items():
        summary.entities[name] = sum(1 for _ in store.store.quads_for_pattern(None, to_oxigraph(RDF.type), to_oxigraph(cls), default))
    for name, prop in RELATION_PROPERTY.items():
        summary.relations[name] = sum(1 for _ in store.store.quads_for_pattern(None, to_oxigraph(prop), None, default))
    summary.events = sum(1 for _ in store.store.quads_for_pattern(None, to_oxigraph(KG.evidence), None, default))
