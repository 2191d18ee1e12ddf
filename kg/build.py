"""The whole path: articles -> NLP -> merged entities -> RDF files (+ the HTML viewer).

``build()`` is what ``kg build`` runs; ``build_graph()`` is the same path returning the graph in
memory (used by ``kg eval`` and by library users).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.articles import Skipped, _Reader, iter_articles
from kg.model import RELATIONS, Article, DocResult
from kg.resolve import Resolver


@dataclass
class BuildSummary:
    """What a build did: counts for the summary line, and where the outputs are."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)  # type -> count of graph nodes
    relations: Counter = field(default_factory=Counter)  # relation -> count of facts
    events: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)


def prepare(article: Article) -> Article:
    """Apply the reader's text preparation (date line, furniture removal) to an Article made in code."""
    made = _Reader.from_text(
        article.text,
        id=article.id,
        source=article.source or article.id,
        published=article.published,
        title=article.title,
        url=article.url,
    )
    return made if isinstance(made, Article) else Article(article.id, "", article.published, article.title, article.url)


def extract_all(articles: Iterable[Article], *, model: str | None = None, nlp=None,
                n_process: int = 1, on_doc: Callable[[DocResult], None] | None = None) -> list[DocResult]:
    """Run the NLP over every article, in input order."""
    from kg.extract import extract
    from kg.nlp import load

    nlp = nlp or load(model)
    results = []
    for result in extract(articles, nlp, n_process=n_process):
        results.append(result)
        if on_doc:
            on_doc(result)
    return results


def document_graphs(results: list[DocResult]) -> Iterator[tuple[URIRef, Graph]]:
    """Merge entities across all documents, then yield each document's graph, in id order."""
    from kg.rdf import doc_iri, document_graph

    resolver = Resolver()
    mappings = [resolver.add(r) for r in results]
    for result, mapping in sorted(zip(results, mappings), key=lambda p: p[0].article.id):
        yield doc_iri(result.article.id), document_graph(result, mapping)


def build_graph(articles: Iterable[Article], *, model: str | None = None, nlp=None) -> Dataset:
    """Build the graph of some articles in memory (their text is prepared like a file's)."""
    results = extract_all((prepare(a) for a in articles), model=model, nlp=nlp)
    ds = Dataset(default_union=True)
    for name, graph in document_graphs(results):
        named = ds.graph(name)
        for triple in graph:
            named.add(triple)
        for prefix, ns in graph.namespaces():
            ds.bind(prefix, ns, override=False)
    return ds


def build(inputs: Iterable[str], outdir: str | Path, *, model: str | None = None, html: bool = True,
          on_skip: Callable[[Skipped], None] | None = None,
          on_doc: Callable[[DocResult], None] | None = None, n_process: int = 1) -> BuildSummary:
    """Read the inputs, extract, and write OUTDIR/graph.ttl, graph.trig and graph.html."""
    from kg.rdf import load_graph, write_graph_files

    summary = BuildSummary()

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                if on_skip:
                    on_skip(item)
            else:
                yield item

    results = extract_all(articles(), model=model, n_process=n_process, on_doc=on_doc)
    summary.documents = len(results)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    summary.outputs = dict(write_graph_files(document_graphs(results), outdir))
    graph = load_graph(summary.outputs["ttl"])
    count_graph(graph, summary)
    if html:
        from kg.viz import render_html

        summary.outputs["html"] = render_html(graph, outdir / "graph.html", title="kg: " + ", ".join(map(str, inputs))[:80])
    return summary


def count_graph(graph, summary: BuildSummary) -> None:
    """Fill the summary's counts from the written graph (what users will query)."""
    from kg.vocab import KG

    classes = {KG.Person: "Person", KG.Organization: "Organization", KG.Country: "Country", KG.Place: "Place"}
    for cls, name in classes.items():
        summary.entities[name] = len(set(graph.subjects(predicate=None, object=cls)))
    for rel in RELATIONS:
        summary.relations[rel] = len(set(graph.subject_objects(KG[rel])))
    summary.events = len({s for s, _ in graph.subject_objects(KG.evidence)})
