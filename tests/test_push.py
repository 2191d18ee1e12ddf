"""kg push (kg/push.py): push graphs into a real Oxigraph server and query them back.

The Oxigraph server is the `oxigraph` package's binary (pinned in requirements.lock), run
as `oxigraph serve --location DIR --bind 127.0.0.1:PORT` and always stopped. Basic
authentication and the PUT-then-POST batching are checked against a small recording
Graph Store written here, since Oxigraph has no login.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from servers import stop_process
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import graph_samples as samples
from kg.errors import GraphError
from kg.push import DEFAULT_GRAPH, graph_store_url, push_graph
from kg.rdf import load_graph

pytestmark = pytest.mark.server

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
TARGET = "https://example.org/graph/kg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path, *, read_only: bool = False):
    """A real Oxigraph server on a free port; yields its base URL; always stopped."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server is not installed (pip install -r requirements.lock)")
    port = free_port()
    command = "serve-read-only" if read_only else "serve"
    proc = subprocess.Popen([OXIGRAPH, command, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited with {proc.returncode}: {proc.stderr.read()}")
            try:
                with urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph did not answer within 15 s")
        yield base
    finally:
        stop_process(proc)


def select(base: str, query: str) -> list[dict]:
    req = Request(f"{base}/query?{urlencode({'query': query})}", headers={"Accept": "application/sparql-results+json"})
    with urlopen(req, timeout=20) as r:
        return json.loads(r.read())["results"]["bindings"]


def graph_triples(base: str, graph: str | None) -> set:
    """The triples of one graph of the store, fetched back through the Graph Store Protocol."""
    req = Request(graph_store_url(f"{base}/store", graph), headers={"Accept": "application/n-triples"})
    with urlopen(req, timeout=20) as r:
        return set(Graph().parse(data=r.read(), format="nt"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return samples.build(tmp_path_factory.mktemp("g"))


@pytest.fixture()
def store(tmp_path):
    with oxigraph_server(tmp_path / "oxigraph") as base:
        yield base


def test_trig_named_graphs_go_to_their_own_iris(built, store):
    source = load_graph(built["trig"])
    named = {str(g.identifier): set(g) for g in source.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)}
    assert len(named) >= 2
    summary = push_graph(built["trig"], f"{store}/store")
    assert summary.graphs == {iri: len(t) for iri, t in named.items()}
    assert summary.requests == len(named)
    for iri, triples in named.items():
        assert graph_triples(store, iri) == triples
    rows = select(store, "SELECT ?name WHERE { GRAPH ?g { ?p a <https://w3id.org/kg-news/ontology#Person> ; "
                         "<http://www.w3.org/2000/01/rdf-schema#label> ?name } } ORDER BY ?name")
    assert "Alice Arden" in {r["name"]["value"] for r in rows}


def test_one_graph_in_batches_replace_and_merge(built, store, tmp_path):
    everything = set(load_graph(built["trig"]).triples((None, None, None)))
    summary = push_graph(built["trig"], f"{store}/store", graph=TARGET, batch_size=50)
    assert summary.graphs == {TARGET: len(everything)}
    assert summary.requests == -(-len(everything) // 50)
    assert graph_triples(store, TARGET) == everything

    small = tmp_path / "small.ttl"
    small.write_text('<urn:x:a> <urn:x:p> "one" .\n<urn:x:b> <urn:x:p> "two" .\n')
    push_graph(small, f"{store}/store", graph=TARGET, batch_size=1)  # replace: PUT then POST
    assert graph_triples(store, TARGET) == set(Graph().parse(small))
    push_graph(built["ttl"], f"{store}/store", graph=TARGET, merge=True, batch_size=100)
    assert graph_triples(store, TARGET) == everything | set(Graph().parse(small))


def test_default_graph_and_blank_nodes(store, tmp_path):
    data = tmp_path / "bnodes.ttl"
    data.write_text(
        '@prefix ex: <urn:x:> .\n'
        'ex:a ex:says [ ex:text "hello" ; ex:lang "en" ] .\n'
        'ex:b ex:says [ ex:text "bye" ; ex:lang "en" ] .\n'
        'ex:a ex:knows ex:b .\n'
    )
    summary = push_graph(data, f"{store}/store", batch_size=1)
    assert summary.graphs == {DEFAULT_GRAPH: 7}
    # the blank-node triples travelled together, so each statement keeps its text
    rows = select(store, "SELECT ?who ?text WHERE { ?who <urn:x:says> [ <urn:x:text> ?text ; <urn:x:lang> 'en' ] } "
                         "ORDER BY ?who")
    assert [(r["who"]["value"], r["text"]["value"]) for r in rows] == [("urn:x:a", "hello"), ("urn:x:b", "bye")]
    assert len(graph_triples(store, None)) == 7


def test_refusals_are_one_line_errors(built, store, tmp_path):
    with pytest.raises(GraphError, match=r"HTTP 404.*check --endpoint") as err:
        push_graph(built["ttl"], f"{store}/no-such-path")
    assert "\n" not in str(err.value)
    with pytest.raises(GraphError, match="cannot reach the store"):
        push_graph(built["ttl"], f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(GraphError, match="not an http"):
        push_graph(built["ttl"], "127.0.0.1:7878/store")
    with pytest.raises(GraphError, match="not an absolute IRI"):
        push_graph(built["ttl"], f"{store}/store", graph="kg")
    with pytest.raises(GraphError, match="not found"):
        push_graph(tmp_path / "missing.ttl", f"{store}/store")


def test_read_only_store_refuses(built, tmp_path):
    location = tmp_path / "ro"
    with oxigraph_server(location):  # creates the store
        pass
    with oxigraph_server(location, read_only=True) as base:
        with pytest.raises(GraphError, match=r"refused with HTTP (403|405)"):
            push_graph(built["ttl"], f"{base}/store")


def test_cli_push(built, store):
    proc = subprocess.run([sys.executable, "-m", "kg", "push", str(built["trig"]), "--endpoint", f"{store}/store",
                           "--graph", TARGET, "--batch-size", "100"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    n = len(set(load_graph(built["trig"]).triples((None, None, None))))
    assert f"{TARGET}: {n} triples replaced" in proc.stdout
    assert graph_triples(store, TARGET) and len(graph_triples(store, TARGET)) == n
    proc = subprocess.run([sys.executable, "-m", "kg", "push", str(built["trig"]), "--endpoint", f"{store}/nope"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.startswith("kg: error: PUT ") and proc.stderr.count("\n") == 1


# --- basic auth and the request sequence, against a recording Graph Store ------------------


class _Recorder(BaseHTTPRequestHandler):
    requests: list = []
    login = "Basic " + base64.b64encode(b"ann:s3cret").decode()

    def _handle(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Authorization") != self.login:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.requests.append((self.command, self.path, self.headers.get("Content-Type"), body))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _handle

    def log_message(self, *args):
        pass


@pytest.fixture()
def recorder():
    _Recorder.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ds/data", _Recorder.requests
    finally:
        server.shutdown()
        server.server_close()


def test_basic_auth_and_put_then_post(built, recorder):
    url, seen = recorder
    with pytest.raises(GraphError, match=r"HTTP 401.*--user and --password"):
        push_graph(built["ttl"], url, graph=TARGET)
    with pytest.raises(GraphError, match=r"HTTP 401.*right --user"):
        push_graph(built["ttl"], url, graph=TARGET, user="ann", password="wrong")
    summary = push_graph(built["ttl"], url, graph=TARGET, user="ann", password="s3cret", batch_size=200)
    methods = [m for m, *_ in seen]
    assert methods[0] == "PUT" and set(methods[1:]) == {"POST"} and len(methods) == summary.requests
    assert all(path == "/ds/data?graph=https%3A%2F%2Fexample.org%2Fgraph%2Fkg" for _, path, _, _ in seen)
    assert all(ctype.startswith("application/n-triples") for _, _, ctype, _ in seen)
    received = Graph()
    for *_, body in seen:
        received.parse(data=body, format="nt")
    assert set(received) == set(Graph().parse(built["ttl"]))
    seen.clear()
    push_graph(built["ttl"], url, graph=TARGET, user="ann", password="s3cret", merge=True)
    assert [m for m, *_ in seen] == ["POST"]


def test_empty_graph_replace_clears(tmp_path, recorder):
    url, seen = recorder
    empty = tmp_path / "empty.ttl"
    empty.write_text("")
    summary = push_graph(empty, url, graph=TARGET, user="ann", password="s3cret")
    assert summary.graphs == {TARGET: 0} and [(m, b) for m, _, _, b in seen] == [("PUT", b"")]


def test_graph_store_url():
    assert graph_store_url("http://h/store", None) == "http://h/store?default"
    assert graph_store_url("http://h/store", "urn:x:g") == "http://h/store?graph=urn%3Ax%3Ag"
    assert graph_store_url("http://h/s?x=1", "urn:g") == "http://h/s?x=1&graph=urn%3Ag"


def test_literals_survive(store, tmp_path):
    g = Graph()
    g.add((URIRef("urn:x:a"), URIRef("urn:x:p"), Literal('line one\nline "two" \\ é')))
    g.add((URIRef("urn:x:a"), URIRef("urn:x:q"), Literal("2025-05-19", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    g.add((URIRef("urn:x:a"), URIRef("urn:x:r"), Literal("Genf", lang="de")))
    g.add((URIRef("urn:x:a"), URIRef("urn:x:s"), BNode()))
    path = tmp_path / "lit.nt"
    g.serialize(path, format="nt")
    push_graph(path, f"{store}/store", graph=TARGET)
    got = graph_triples(store, TARGET)
    assert {t for t in got if not isinstance(t[2], BNode)} == {t for t in g if not isinstance(t[2], BNode)}
    assert len(got) == 4
