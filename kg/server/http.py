"""The HTTP side of ``kg serve``: a SPARQL 1.1 Protocol endpoint plus the viewer and a query page.

Routes:

- ``/sparql`` — GET ``?query=``; POST ``application/x-www-form-urlencoded`` (``query=`` or
  ``update=``), ``application/sparql-query`` or ``application/sparql-update``; optional
  ``default-graph-uri`` / ``named-graph-uri`` (repeatable) and ``format=`` (overrides Accept).
  CORS is open (``Access-Control-Allow-Origin: *``) so browser clients on other origins work.
- ``/`` — the offline query page (``static/``), ``/examples.json`` its example queries.
- ``/viewer`` — the interactive network (``kg.viz.render_html``), built on first request.

Built on the standard library's ``ThreadingHTTPServer``.
"""

from __future__ import annotations

import json
import tempfile
import threading
from collections.abc import Callable

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.server.endpoint import TRUNCATED_HEADER, Endpoint, Response

__all__ = ["MAX_BODY", "example_queries", "make_server"]

#: Largest request body accepted (bytes); larger ones get 413.
MAX_BODY = 16 * 1024 * 1024

STATIC = Path(__file__).resolve().parent / "static"
_STATIC_FILES = {
    "/": ("query.html", "text/html; charset=utf-8"),
    "/static/query.js": ("query.js", "text/javascript; charset=utf-8"),
    "/static/query.css": ("query.css", "text/css; charset=utf-8"),
}
_EXAMPLE_DIRS = (
    Path(__file__).resolve().parents[2] / "examples" / "queries",  # a source checkout
    Path(__file__).resolve().parents[1] / "queries",  # always packaged
)
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": TRUNCATED_HEADER,
}
_PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'"


def example_queries() -> list[dict[str, str]]:
    """The example queries for the query page: ``[{"name", "query"}]`` from ``examples/queries``
    in a source checkout, else kg's packaged queries."""
    for folder in _EXAMPLE_DIRS:
        files = sorted(folder.glob("*.rq")) if folder.is_dir() else []
        if files:
            return [{"name": f.stem, "query": f.read_text(encoding="utf-8")} for f in files]
    return []


class _Viewer:
    """The viewer page, rendered once per version of the data."""

    def __init__(self, endpoint: Endpoint):
        self.endpoint = endpoint
        self._lock = threading.Lock()
        self._page: tuple[int, bytes] | None = None

    def page(self) -> bytes:
        with self._lock:
            version = self.endpoint.version
            if self._page is None or self._page[0] != version:
                from kg.viz import render_html

                source = self.endpoint.source
                if source.kind == "file" and version == 0:
                    from kg.rdf import load_graph

                    graph = load_graph(source.path)
                else:
                    graph = source.rdflib_dataset()
                with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
                    out = render_html(graph, Path(tmp) / "viewer.html", title=f"kg: {source.path.name}")
                    self._page = (version, Path(out).read_bytes())
            return self._page[1]


def make_server(
    endpoint: Endpoint,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    log: Callable[[str], None] | None = None,
) -> ThreadingHTTPServer:
    """An HTTP server for ``endpoint`` bound to ``host:port`` (port 0 picks a free one); call
    ``serve_forever()`` on it. ``log`` receives one line per request. Raises KgError when the
    address cannot be bound."""
    viewer = _Viewer(endpoint)

    class Handler(_Handler):
        pass

    Handler.endpoint = endpoint
    Handler.viewer = viewer
    Handler.log_line = staticmethod(log) if log else None
    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError as err:
        raise KgError(f"cannot listen on {host}:{port} ({err.strerror or err}); pick another --port or --host") from err
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stall
    server_version = "kg-serve"
    endpoint: Endpoint
    viewer: _Viewer
    log_line: Callable[[str], None] | None = None

    # -- plumbing ----------------------------------------------------------------

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.log_line:
            self.log_line(f"{self.address_string()} {format % args}")

    def _send(self, response: Response, *, cors: bool = True, head: bool = False) -> None:
        self.send_response(response.status)
        headers = dict(response.headers)
        if cors:
            headers.update(_CORS)
        headers.setdefault("Content-Type", "text/plain; charset=utf-8")
        headers["Content-Length"] = str(len(response.body))
        headers.setdefault("Cache-Control", "no-store")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(response.body)

    def _read_body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._send(Response.error(411, "chunked request bodies are not supported; send Content-Length"))
            self.close_connection = True
            return None
        try:
            n = int(length or 0)
        except ValueError:
            n = -1
        if n < 0:
            self._send(Response.error(400, "bad Content-Length header"))
            self.close_connection = True
            return None
        if n > MAX_BODY:
            self._send(Response.error(413, f"the request body is larger than {MAX_BODY} bytes; send a smaller query"))
            self.close_connection = True
            return None
        return self.rfile.read(n) if n else b""

    # -- methods -----------------------------------------------------------------

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self._send(Response(204, b"", {
            "Allow": "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
            "Access-Control-Allow-Headers": self.headers.get("Access-Control-Request-Headers") or "Content-Type, Accept",
            "Access-Control-Max-Age": "86400",
        }))

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("GET", head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._not_allowed()

    do_DELETE = do_PATCH = do_PUT

    def _not_allowed(self) -> None:
        self._read_body()
        self._send(Response.error(405, f"{self.command} is not supported; use GET or POST on /sparql",
                                  {"Allow": "GET, HEAD, POST, OPTIONS"}))

    def _dispatch(self, method: str, head: bool = False) -> None:
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        try:
            if path == "/sparql":
                self._sparql(method, url.query, head)
            elif method != "GET":
                self._not_allowed()
            elif path in _STATIC_FILES:
                name, ctype = _STATIC_FILES[path]
                self._send(Response(200, (STATIC / name).read_bytes(),
                                    {"Content-Type": ctype, "Content-Security-Policy": _PAGE_CSP}), cors=False, head=head)
            elif path == "/examples.json":
                body = json.dumps(example_queries(), ensure_ascii=False).encode("utf-8")
                self._send(Response(200, body, {"Content-Type": "application/json"}), head=head)
            elif path == "/favicon.ico":
                self._send(Response(204, b"", {}), cors=False, head=head)
            elif path == "/viewer":
                self._send(Response(200, self.viewer.page(), {"Content-Type": "text/html; charset=utf-8"}),
                           cors=False, head=head)
            else:
                self._send(Response.error(404, f"no page at {url.path}; the endpoint is /sparql, the query page /"),
                           head=head)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except KgError as err:
            self._send(Response.error(500, str(err)), head=head)
        except Exception as err:  # noqa: BLE001 - one bad page must not drop the connection unanswered
            self._send(Response.error(500, f"internal error on {url.path} ({type(err).__name__}: {err}); "
                                      "see the server log (kg serve -v)"), head=head)
            if self.log_line:
                self.log_line(f"error on {url.path}: {type(err).__name__}: {err}")

    # -- the SPARQL protocol -------------------------------------------------------

    def _sparql(self, method: str, query_string: str, head: bool) -> None:
        params = parse_qs(query_string, keep_blank_values=True)
        accept = self.headers.get("Accept")
        if method == "GET":
            if "update" in params:
                self._send(Response.error(400, "SPARQL Update must be sent with POST, not GET"), head=head)
                return
            if "query" not in params:
                if "text/html" in (accept or ""):
                    self._send(Response(303, b"", {"Location": "/"}), head=head)
                else:
                    self._send(Response.error(400, "missing query parameter; send ?query=SPARQL (GET) or POST it"),
                               head=head)
                return
            self._send(self._run_query(params, accept), head=head)
            return
        body = self._read_body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset_ok = "charset" not in (self.headers.get("Content-Type") or "").lower() or "utf-8" in (
            self.headers.get("Content-Type") or "").lower()
        if not charset_ok:
            self._send(Response.error(415, "send the request body as UTF-8"))
            return
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._send(Response.error(400, "the request body is not UTF-8; send the query as UTF-8"))
            return
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if "query" in params and "update" in params:
                self._send(Response.error(400, "send either query= or update=, not both"))
            elif "update" in params:
                self._send(self._run_update(params["update"][0], params))
            elif "query" in params:
                self._send(self._run_query(params, accept))
            else:
                self._send(Response.error(400, "missing query= or update= in the form"))
        elif ctype == "application/sparql-query":
            params["query"] = [text]
            self._send(self._run_query(params, accept))
        elif ctype == "application/sparql-update":
            self._send(self._run_update(text, params))
        else:
            self._send(Response.error(
                415, f"unsupported Content-Type {ctype or '(none)'}; POST application/x-www-form-urlencoded, "
                "application/sparql-query or application/sparql-update"))

    def _run_query(self, params: dict[str, list[str]], accept: str | None) -> Response:
        if len(params.get("query", [])) != 1:
            return Response.error(400, "send exactly one query parameter")
        fmt = (params.get("format") or params.get("output") or [None])[0]
        return self.endpoint.query(
            params["query"][0],
            accept=accept,
            requested_format=fmt,
            default_graphs=params.get("default-graph-uri"),
            named_graphs=params.get("named-graph-uri"),
        )

    def _run_update(self, text: str, params: dict[str, list[str]]) -> Response:
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            return Response.error(400, "using-graph-uri and using-named-graph-uri are not supported; use USING in the update")
        return self.endpoint.update(text)
