"""Check a graph against the kg SHACL shapes (ontology/shapes.ttl) with pyshacl.

The shapes and the ontology ship inside the package as ``kg/data/shapes.ttl`` and
``kg/data/kg.ttl``: copies of the top-level ``ontology/`` files, which are the source of truth
(tests/test_validate.py fails when the copies differ).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError

__all__ = ["DATA_DIR", "ontology_graph", "shapes_graph", "validate"]

#: Where the packaged copies of ontology/kg.ttl and ontology/shapes.ttl live.
DATA_DIR = Path(__file__).resolve().parent / "data"


def _load_packaged(name: str) -> Graph:
    """Parse ``kg/data/<name>`` (Turtle)."""
    try:
        data = (DATA_DIR / name).read_bytes()
    except OSError as err:
        raise GraphError(f"kg/data/{name}: missing from the installed package; reinstall kg") from err
    g = Graph()
    g.parse(data=data, format="turtle")
    return g


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The kg OWL ontology (kg.ttl) as a Graph. Do not modify the returned graph."""
    return _load_packaged("kg.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The kg SHACL shapes (shapes.ttl) as a Graph. Do not modify the returned graph."""
    return _load_packaged("shapes.ttl")


def validate(graph: Graph) -> tuple[bool, str]:
    """Validate ``graph`` against the kg shapes, with the ontology mixed in for subclasses.

    ``graph`` is a Graph or a Dataset (a Dataset is validated as the union of its graphs).
    Returns ``(conforms, report)`` where ``report`` is pyshacl's text report. ``graph`` is
    not modified.
    """
    import pyshacl  # slow to import; only needed here

    data = graph
    if isinstance(graph, Dataset):
        data = Graph()
        for triple in graph.triples((None, None, None)):
            data.add(triple)
    conforms, _report_graph, report_text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    return bool(conforms), str(report_text)
