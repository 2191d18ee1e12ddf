"""Run SPARQL requests against a :class:`~kg.server.source.Source` with a time limit and a
result limit, and turn every outcome into an HTTP status, headers and body.

Time limit: pyoxigraph has no query timeout, so each request runs in a worker thread and
the HTTP answer waits at most ``timeout`` seconds. Queries that stream (no ORDER BY, GROUP
BY or aggregate over everything) stop at the next solution once the deadline passes; a query
that spends its time inside one Oxigraph call keeps a worker busy until it finishes, so at
most ``workers`` requests run at once and the rest are told to retry (503).

Result limit: SELECT solutions and CONSTRUCT/DESCRIBE triples beyond ``limit`` are dropped
and the response carries ``X-SPARQL-MaxRows: <limit>`` (the header Virtuoso uses), so the
answer stays valid for every client while a script can still see it was cut.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.server import results as res
from kg.server.source import Source
from kg.vocab import PREFIXES

__all__ = ["Endpoint", "Response", "TRUNCATED_HEADER"]

TRUNCATED_HEADER = "X-SPARQL-MaxRows"

_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)


@dataclass
class Response:
    """One HTTP answer: status, body bytes, headers (Content-Type included)."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str, headers: dict[str, str] | None = None) -> "Response":
        """A one-line text/plain error answer."""
        text = " ".join(message.split()) + "\n"
        return cls(status, text.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8", **(headers or {})})


class _Timeout(Exception):
    pass


class _Busy(Exception):
    pass


class _Cancelled(Exception):
    pass


def syntax_message(err: SyntaxError, what: str = "query") -> str:
    """Oxigraph's ``error at L:C: ...`` as ``SPARQL syntax error at line L, column C: ...``."""
    text = " ".join(str(err.msg if getattr(err, "msg", None) else err).split())
    m = _POSITION.match(text)
    if m:
        line, col, detail = m.groups()
        return f"SPARQL syntax error in the {what} at line {line}, column {col}: {detail}; fix the {what}"
    return f"SPARQL syntax error in the {what}: {text}; fix the {what}"


class Endpoint:
    """Answers SPARQL queries and updates over ``source``.

    ``timeout`` (seconds) bounds how long one request may take; ``limit`` bounds the number of
    solutions or triples returned; ``allow_updates`` enables SPARQL Update; ``workers`` bounds
    the requests evaluated at the same time. The default graph is the union of all graphs (as
    in ``kg query``) unless a request names its default graphs: for a file, the store holds
    that union; for an Oxigraph store directory, Oxigraph's union mode is used, in which a
    triple held by several graphs matches once per graph (use DISTINCT).
    """

    def __init__(
        self,
        source: Source,
        *,
        timeout: float = 30.0,
        limit: int = 10000,
        allow_updates: bool = False,
        workers: int = 4,
    ):
        self.source = source
        self.timeout = timeout
        self.limit = limit
        self.allow_updates = allow_updates
        self.version = 0  # bumped by every update (the viewer cache checks it)
        self._slots = threading.BoundedSemaphore(workers)
        self._write_lock = threading.Lock()
        self._prefixes = {p: str(ns) for p, ns in PREFIXES.items()}

    # -- running with a deadline -------------------------------------------------

    def _run(self, work):
        """``work(cancelled)`` in a worker thread; its return value, or _Timeout/_Busy."""
        if not self._slots.acquire(blocking=False):
            raise _Busy()
        cancelled = threading.Event()
        done = threading.Event()
        box: dict[str, object] = {}

        def target():
            try:
                box["value"] = work(cancelled)
            except BaseException as err:  # noqa: BLE001 - handed to the request thread
                box["error"] = err
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=target, name="kg-sparql", daemon=True).start()
        if not done.wait(self.timeout):
            cancelled.set()
            raise _Timeout()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["value"]

    def _guarded(self, work, what: str) -> Response:
        try:
            return self._run(work)
        except _Timeout:
            return Response.error(
                503,
                f"the {what} did not finish within the {self.timeout:g} s limit; "
                "narrow it (more specific patterns, LIMIT) or start kg serve with a larger --timeout",
            )
        except _Busy:
            return Response.error(
                503,
                "the server is busy with other queries (some may have run past the time limit); retry shortly",
                {"Retry-After": "5"},
            )
        except SyntaxError as err:
            return Response.error(400, syntax_message(err, what))
        except _Cancelled:  # pragma: no cover - only after the deadline, when no one waits
            return Response.error(503, f"the {what} was stopped")
        except OSError as err:
            return Response.error(500, f"the store failed while running the {what} ({err}); check the server log")

    # -- queries -----------------------------------------------------------------

    def query(
        self,
        text: str,
        *,
        accept: str | None = None,
        requested_format: str | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Response:
        """Evaluate the SPARQL query ``text`` and serialise the answer for the client."""
        if not text.strip():
            return Response.error(400, "the query is empty; send a SPARQL query in the query parameter")

        def work(cancelled: threading.Event) -> Response:
            kwargs: dict[str, object] = {"prefixes": self._prefixes}
            if default_graphs:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            elif self.source.union:
                kwargs["use_default_graph_as_union"] = True
            if named_graphs:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            answer = self.source.store.query(text, **kwargs)
            return self._answer(answer, accept, requested_format, cancelled)

        try:
            for iri in (default_graphs or []) + (named_graphs or []):
                ox.NamedNode(iri)
        except ValueError as err:
            return Response.error(400, f"invalid graph IRI ({err}); give absolute IRIs in default-graph-uri/named-graph-uri")
        return self._guarded(work, "query")

    def _answer(self, answer, accept, requested_format, cancelled: threading.Event) -> Response:
        if isinstance(answer, ox.QueryBoolean):
            kind = res.BOOLEAN
        elif isinstance(answer, ox.QuerySolutions):
            kind = res.SOLUTIONS
        else:
            kind = res.GRAPH
        try:
            fmt = res.negotiate(kind, accept, requested_format)
        except res.NotAcceptable as err:
            return Response.error(406, str(err))
        headers = {"Content-Type": res.CONTENT_TYPE[fmt]}
        if kind == res.BOOLEAN:
            return Response(200, res.write_boolean(bool(answer), fmt), headers)
        items = []
        truncated = False
        for item in answer:
            if cancelled.is_set():
                raise _Cancelled()
            if len(items) >= self.limit:
                truncated = True
                break
            items.append(item)
        if truncated:
            headers[TRUNCATED_HEADER] = str(self.limit)
        if kind == res.SOLUTIONS:
            names = [v.value for v in answer.variables]
            rows = [[sol[n] for n in names] for sol in items]
            return Response(200, res.write_solutions(names, rows, fmt), headers)
        return Response(200, res.write_graph(items, fmt), headers)

    # -- updates -----------------------------------------------------------------

    def update(self, text: str) -> Response:
        """Run the SPARQL Update ``text`` (only when updates are allowed)."""
        if not self.allow_updates:
            return Response.error(403, "updates are disabled; this endpoint is read-only (start kg serve with --allow-updates)")
        if not text.strip():
            return Response.error(400, "the update is empty; send SPARQL Update in the update parameter")

        def work(cancelled: threading.Event) -> Response:
            with self._write_lock:
                self.source.store.update(text, prefixes=self._prefixes)
                if self.source.kind == "store":
                    self.source.store.flush()
                self.version += 1
            return Response(204, b"", {})

        return self._guarded(work, "update")
