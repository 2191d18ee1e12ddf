"""``kg push``: load a graph into a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each target graph is sent as N-Triples in batches: the first batch with PUT (replace the
graph) and the rest with POST (add to it), so a replace of a large graph is still a replace;
with ``merge=True`` every batch is a POST. Triples that mention a blank node travel in one
request together, so the store keeps them joined. The target is ``{endpoint}?graph=IRI``, or
``{endpoint}?default`` for the default graph::

    push_graph("out/graph.trig", "http://127.0.0.1:7878/store")

Works with any store that implements the protocol: Oxigraph (``/store``), Apache Jena Fuseki
(``/DATASET/data``), GraphDB (``/repositories/REPO/rdf-graphs/service``).
"""

from __future__ import annotations

import base64
import os
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox
from rdflib import BNode, Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphError
from kg.server.source import to_oxigraph

__all__ = ["DEFAULT_GRAPH", "PushSummary", "graph_store_url", "push_graph"]

#: The name used for the default graph in summaries.
DEFAULT_GRAPH = "(default graph)"

_NTRIPLES = "application/n-triples"


@dataclass
class PushSummary:
    """What :func:`push_graph` sent: triples per target graph, requests made, time taken."""

    endpoint: str
    graphs: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        """Triples sent in all."""
        return sum(self.graphs.values())


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (None: the default graph) at ``endpoint``."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}graph={quote(graph, safe='')}"


def _targets(ds: Dataset, graph: str | None) -> dict[str | None, list[tuple]]:
    """Target graph IRI (None: default graph) -> its triples."""
    if graph is not None:
        return {graph: list(dict.fromkeys(ds.triples((None, None, None))))}
    out: dict[str | None, list[tuple]] = {}
    for g in ds.graphs():
        triples = list(g.triples((None, None, None)))
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            if triples:
                out.setdefault(None, []).extend(triples)
        else:
            out.setdefault(str(g.identifier), []).extend(triples)
    if not out:
        return {None: []}
    return dict(sorted(out.items(), key=lambda kv: (kv[0] is not None, kv[0] or "")))


def _batches(triples: Sequence[tuple], size: int) -> list[list[tuple]]:
    """``triples`` in batches of ``size``; all triples with a blank node form one batch."""
    plain = [t for t in triples if not any(isinstance(x, BNode) for x in t)]
    blank = [t for t in triples if any(isinstance(x, BNode) for x in t)]
    out = [plain[i : i + size] for i in range(0, len(plain), size)]
    if blank:
        out.append(blank)
    return out or [[]]


def _ntriples(triples: Iterable[tuple]) -> bytes:
    return ox.serialize(
        (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples),
        format=ox.RdfFormat.N_TRIPLES,
    ) or b""


def _refusal(err: HTTPError, url: str, method: str, has_auth: bool) -> str:
    try:
        body = err.read(2000).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only a detail
        body = ""
    detail = " ".join(body.split())[:200]
    said = f" ({detail})" if detail else ""
    status = err.code
    if status == 401:
        fix = "give the right --user and --password" if has_auth else "the store needs a login: give --user and --password"
    elif status == 403:
        fix = "the user may not write there, or the store is read-only; check its permissions"
    elif status == 404:
        fix = ("check --endpoint: it must be the store's Graph Store URL (Oxigraph .../store, "
               "Fuseki .../DATASET/data, GraphDB .../repositories/REPO/rdf-graphs/service)")
    elif status in (405, 501):
        fix = f"the URL does not accept {method}; give the store's Graph Store URL, not its query endpoint"
    elif status == 413:
        fix = "the batch is too large for the store; use a smaller --batch-size"
    elif status == 415:
        fix = "the store does not accept N-Triples at this URL; check --endpoint"
    elif 300 <= status < 400:
        fix = f"the store redirects to {err.headers.get('Location')}; give that URL as --endpoint"
    else:
        fix = "see the store's log"
    return f"{method} {url}: the store refused with HTTP {status} {err.reason}{said}; {fix}"


def push_graph(
    path: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    merge: bool = False,
    user: str | None = None,
    password: str | None = None,
    batch_size: int = 10000,
    timeout: float = 60.0,
    on_batch: Callable[[str, int, int], None] | None = None,
) -> PushSummary:
    """Send the graph file ``path`` to the Graph Store Protocol ``endpoint``.

    ``graph`` names one target graph for all triples; without it each named graph of a
    TriG/N-Quads file goes to its own IRI and the default graph to the store's default graph.
    ``merge`` adds to the target graphs instead of replacing them. ``user``/``password`` are
    sent as HTTP basic authentication. ``on_batch(graph, sent, total)`` is called after each
    request. Raises :class:`~kg.errors.GraphError` (one line: status, URL, the fix) when the
    file cannot be read, the store cannot be reached, or it refuses a request.
    """
    from kg.rdf import load_graph

    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GraphError(f"--endpoint {endpoint!r} is not an http(s) URL; e.g. http://127.0.0.1:7878/store")
    if batch_size < 1:
        raise GraphError(f"--batch-size {batch_size} must be at least 1")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as err:
            raise GraphError(f"--graph {graph!r} is not an absolute IRI ({err}); e.g. https://example.org/graph/kg") from err
        if not urlsplit(graph).scheme:
            raise GraphError(f"--graph {graph!r} is not an absolute IRI; e.g. https://example.org/graph/kg")
    if password is not None and user is None:
        raise GraphError("--password was given without --user; give both")

    headers = {"Content-Type": f"{_NTRIPLES}; charset=utf-8"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"

    ds = load_graph(path)
    summary = PushSummary(endpoint)
    started = time.perf_counter()
    for target, triples in _targets(ds, graph).items():
        url = graph_store_url(endpoint, target)
        name = DEFAULT_GRAPH if target is None else target
        sent = 0
        for i, batch in enumerate(_batches(triples, batch_size)):
            method = "PUT" if i == 0 and not merge else "POST"
            if not batch and method == "POST":
                continue
            _send(method, url, _ntriples(batch), headers, timeout, user is not None, sent, len(triples), name)
            summary.requests += 1
            sent += len(batch)
            if on_batch:
                on_batch(name, sent, len(triples))
        summary.graphs[name] = sent
    summary.seconds = time.perf_counter() - started
    return summary


def _send(method: str, url: str, body: bytes, headers: dict[str, str], timeout: float, has_auth: bool,
          sent: int, total: int, name: str) -> None:
    partial = f" ({name}: {sent} of {total} triples sent before this; push again to finish)" if sent else ""
    request = Request(url, data=body, headers=headers, method=method)
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as err:
        raise GraphError(_refusal(err, url, method, has_auth) + partial) from err
    except (socket.timeout, TimeoutError) as err:
        raise GraphError(f"{method} {url}: no answer within {timeout:g} s{partial}; use a smaller --batch-size "
                         "or a larger --timeout") from err
    except URLError as err:
        reason = getattr(err.reason, "strerror", None) or err.reason
        raise GraphError(f"{method} {url}: cannot reach the store ({reason}){partial}; is it running at that "
                         "address?") from err
    except (ConnectionError, OSError) as err:
        raise GraphError(f"{method} {url}: the connection failed ({err}){partial}; is the store running?") from err
