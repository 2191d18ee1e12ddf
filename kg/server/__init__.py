"""``kg serve``: a graph file or Oxigraph store as a SPARQL 1.1 Protocol endpoint.

- :mod:`kg.server.source` opens what is served (file -> in-memory Oxigraph store, or a store
  directory opened in place);
- :mod:`kg.server.endpoint` runs queries and updates with a time limit and a result limit;
- :mod:`kg.server.results` negotiates and writes the result formats;
- :mod:`kg.server.http` is the HTTP server (``/sparql``, the query page ``/``, ``/viewer``).

    source = open_source("out/graph.trig")
    server = make_server(Endpoint(source), "127.0.0.1", 7878)
    server.serve_forever()
"""

from __future__ import annotations

import os
from collections.abc import Callable

from kg.server.endpoint import TRUNCATED_HEADER, Endpoint, Response
from kg.server.http import example_queries, make_server
from kg.server.source import Source, open_source

__all__ = ["TRUNCATED_HEADER", "Endpoint", "Response", "Source", "example_queries", "make_server", "open_source", "serve"]


def serve(
    graph: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_updates: bool = False,
    timeout: float = 30.0,
    limit: int = 10000,
    on_ready: Callable[[str, Source], None] | None = None,
    log: Callable[[str], None] | None = None,
) -> None:
    """Serve ``graph`` (an RDF file or an Oxigraph store directory) until interrupted.

    ``on_ready(url, source)`` is called once the server listens (``url`` is the endpoint's,
    with the real port when ``port`` is 0). Raises :class:`~kg.errors.KgError` when the graph
    cannot be opened or the address cannot be bound; KeyboardInterrupt stops the server.
    """
    source = open_source(graph, writable=allow_updates)
    endpoint = Endpoint(source, timeout=timeout, limit=limit, allow_updates=allow_updates)
    server = make_server(endpoint, host, port, log=log)
    try:
        bound_host, bound_port = server.server_address[:2]
        shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
        if on_ready:
            on_ready(f"http://{shown}:{bound_port}/sparql", source)
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        if source.kind == "store" and source.writable:
            source.store.flush()
