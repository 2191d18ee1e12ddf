"""kg: turn news articles into an RDF knowledge graph of diplomatic contacts.

The public API, for use from Python (the `kg` command wraps the same functions)::

    import kg
    summary = kg.build(["articles/"], "out")            # graph.ttl, graph.trig, graph.html
    graph = kg.load_graph("out/graph.trig")
    print(kg.format_result(kg.run_query(graph, open("examples/queries/relations.rq").read()), "csv"))
    conforms, report = kg.validate(graph)

Names are imported lazily, so ``import kg`` does not load spaCy.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "build": "kg.build",
    "build_graph": "kg.build",
    "BuildSummary": "kg.build",
    "iter_articles": "kg.articles",
    "Skipped": "kg.articles",
    "load_graph": "kg.rdf",
    "read_query": "kg.query",
    "run_query": "kg.query",
    "format_result": "kg.query",
    "export_graph": "kg.export",
    "validate": "kg.validate",
    "render_html": "kg.viz",
    "evaluate": "kg.evaluate",
    "Article": "kg.model",
    "DocResult": "kg.model",
    "Entity": "kg.model",
    "Event": "kg.model",
    "KgError": "kg.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
