"""Open what ``kg serve`` serves: an RDF file (loaded into an in-memory Oxigraph store) or the
directory of an Oxigraph store (opened in place, read-only unless updates are allowed).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import GraphError
from kg.terms import to_oxigraph, to_rdflib
from kg.vocab import bind_prefixes

__all__ = ["Source", "open_source", "to_oxigraph", "to_rdflib"]


@dataclass
class Source:
    """The data behind an endpoint.

    ``store`` answers the queries; ``path`` is the file or directory it came from; ``kind`` is
    ``"file"`` (an in-memory copy: updates are lost when the server stops) or ``"store"`` (an
    on-disk Oxigraph store: updates are persistent); ``writable`` says whether SPARQL Update
    may change it. ``union`` says whether queries must ask Oxigraph for the union of all
    graphs as their default graph: a file's store already holds that union, as a set of
    triples (what ``kg query`` sees), in its default graph.
    """

    store: ox.Store
    path: Path
    kind: str
    writable: bool
    union: bool = False

    def describe(self) -> str:
        """E.g. ``"1275 triples, 8 named graphs"``: what queries see (an Oxigraph store served
        in union mode counts its quads)."""
        from kg.store import STATE_GRAPH

        state = to_oxigraph(STATE_GRAPH)
        graphs = sum(1 for g in self.store.named_graphs() if g != state)
        if self.union:
            return f"{len(self.store)} quads, {graphs} named graphs"
        n = sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return f"{n} triples, {graphs} named graphs" if graphs else f"{n} triples"

    def rdflib_dataset(self) -> Dataset:
        """The data as an rdflib Dataset (``default_union=True``), e.g. for the viewer."""
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        graphs: dict[str | None, object] = {}

        def context(name):
            key = None if isinstance(name, ox.DefaultGraph) else name.value
            if key not in graphs:
                graphs[key] = ds.default_graph if key is None else ds.graph(to_rdflib(name))
            return graphs[key]

        ds.addN(
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), context(q.graph_name))
            for q in self.store
        )
        return ds


def _is_store_dir(path: Path) -> bool:
    """True when ``path`` looks like an Oxigraph (RocksDB) store directory."""
    return (path / "CURRENT").is_file() or any(path.glob("*.sst")) or any(path.glob("OPTIONS-*"))


def open_source(path: str | os.PathLike[str], *, writable: bool = False) -> Source:
    """Open ``path`` for serving: an RDF file kg can read, or an Oxigraph store directory.

    A file is parsed into an in-memory store (named graphs kept); a directory must hold an
    Oxigraph store, opened read-only unless ``writable``. Raises
    :class:`~kg.errors.GraphError` (one line, with the fix) when neither works.
    """
    path = Path(path)
    if path.is_dir():
        if not _is_store_dir(path):
            raise GraphError(
                f"{path}: is a directory but not an Oxigraph store; give a graph file (e.g. out/graph.trig) "
                "or the store directory made by kg build --store"
            )
        try:
            store = ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
        except OSError as err:
            detail = " ".join(str(err).split())
            hint = "stop the other process using it" if "lock" in detail.lower() else "check the directory"
            raise GraphError(f"{path}: cannot open the Oxigraph store ({detail}); {hint}") from err
        # A store kg build --store made keeps the union of its graphs, as a set, in the default
        # graph (and its bookkeeping in a graph of its own): serve that. Any other Oxigraph store
        # is queried in Oxigraph's union mode.
        from kg.store import STATE_GRAPH

        kg_layout = next(iter(store.quads_for_pattern(None, None, None, to_oxigraph(STATE_GRAPH))), None) is not None
        return Source(store, path, "store", writable, union=not kg_layout)
    store = ox.Store()
    _load_file(store, path)
    # The default graph becomes the union of all graphs, as a set: Oxigraph's own union mode
    # would return a triple once per graph holding it.
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return Source(store, path, "file", writable, union=False)


def _load_file(store: ox.Store, path: Path) -> None:
    """Parse the RDF file ``path`` into ``store``; errors are kg.rdf.load_graph's."""
    from kg.rdf import load_graph, rdf_format

    rdf_format(path)  # GraphError for an unknown extension
    if not path.is_file():
        load_graph(path)  # raises the canonical "not found" GraphError
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    except ValueError:
        fmt = None
    if fmt is not None:
        try:
            store.bulk_load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
            return
        except (SyntaxError, ValueError):
            pass  # load_graph below reports the error with kg's wording
        except OSError as err:
            raise GraphError(f"{path}: cannot read ({err.strerror or err}); check the file") from err
    ds = load_graph(path)  # raises GraphError for bad input
    store.clear()
    store.extend(
        ox.Quad(
            to_oxigraph(s),
            to_oxigraph(p),
            to_oxigraph(o),
            _graph_name(c),
        )
        for s, p, o, c in ds.quads((None, None, None, None))
    )


def _graph_name(context):
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    name = getattr(context, "identifier", context)
    return ox.DefaultGraph() if name is None or name == DATASET_DEFAULT_GRAPH_ID else to_oxigraph(name)
