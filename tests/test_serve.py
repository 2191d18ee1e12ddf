"""kg serve (kg/server/): a real `kg serve` process queried over HTTP by real clients.

Clients: rdflib's SPARQLStore (the SPARQL 1.1 Protocol as rdflib speaks it) and plain HTTP
requests (urllib). Each server is a subprocess on a free port of 127.0.0.1, always stopped.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pyoxigraph as ox
import pytest
from servers import stop_process
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

import graph_samples as samples
from kg.query import run_query
from kg.rdf import load_graph
from kg.server.results import NotAcceptable, negotiate

pytestmark = pytest.mark.server

KG = "https://w3id.org/kg-news/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
LABELS = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urlopen(req, timeout=20) as r:
            return r.status, r.headers, r.read()
    except HTTPError as err:
        return err.code, err.headers, err.read()


def get(base: str, query: str, accept: str | None = None, **params):
    headers = {"Accept": accept} if accept else {}
    return http(f"{base}/sparql?{urlencode({'query': query, **params})}", headers=headers)


@contextlib.contextmanager
def kg_serve(graph, *args: str):
    """Run `kg serve GRAPH ARGS` on a free port; yield (base URL, process); always stop it."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):  # up to ~15 s
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited with {proc.returncode}: {proc.stderr.read()}")
            try:
                with urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("kg serve did not answer within 15 s")
        yield base, proc
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return samples.build(tmp_path_factory.mktemp("g"))


@pytest.fixture(scope="module")
def server(built):
    with kg_serve(built["trig"]) as (base, _proc):
        yield base


@pytest.fixture(scope="module")
def expected_labels(built):
    result = run_query(load_graph(built["trig"]), LABELS)
    return [str(row[0]) for row in result]


# --- plain HTTP ---------------------------------------------------------------------


def test_get_select_json_matches_kg_query(server, expected_labels):
    status, headers, body = get(server, LABELS)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == expected_labels
    # xsd:string literals are plain in the answer
    assert all("datatype" not in b["name"] for b in data["results"]["bindings"])
    assert headers.get("X-SPARQL-MaxRows") is None


def test_post_form_and_direct_query(server, expected_labels):
    status, _, body = http(f"{server}/sparql", data=urlencode({"query": LABELS}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == expected_labels
    status, _, body = http(f"{server}/sparql", data=LABELS.encode(),
                           headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["name"] and [r[0] for r in rows[1:]] == expected_labels


def test_select_formats(server, expected_labels):
    _, h, body = get(server, LABELS, "application/sparql-results+xml")
    assert h["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(body)
    assert [e.text for e in root.findall(".//r:binding[@name='name']/r:literal", ns)] == expected_labels
    _, h, body = get(server, LABELS, "text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?name" and lines[1:] == [f'"{n}"' for n in expected_labels]
    # format= wins over Accept (links from a browser)
    status, h, body = get(server, LABELS, "text/html", format="csv")
    assert status == 200 and h["Content-Type"].startswith("text/csv")
    # q-values: the client prefers TSV over JSON
    _, h, _ = get(server, LABELS, "application/sparql-results+json;q=0.5, text/tab-separated-values")
    assert h["Content-Type"].startswith("text/tab-separated-values")


def test_ask(server):
    _, _, body = get(server, "ASK { ?p kg:spoke_with ?q }")
    assert json.loads(body) == {"head": {}, "boolean": True}
    _, _, body = get(server, "ASK { ?p kg:spoke_with <urn:nobody> }", "application/sparql-results+xml")
    assert b"<boolean>false</boolean>" in body


@pytest.mark.parametrize(
    "accept, fmt",
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
     ("application/rdf+xml", "xml")],
)
def test_construct_formats(server, built, accept, fmt):
    query = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }"
    expected = set(run_query(load_graph(built["trig"]), query).graph)
    status, h, body = get(server, query, accept)
    assert status == 200 and h["Content-Type"].startswith(accept)
    got = Graph().parse(data=body, format=fmt)
    assert set(got) == expected and len(expected) >= 4


def test_not_acceptable(server):
    status, _, body = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/csv")
    assert status == 406 and b"text/turtle" in body


def test_cors(server):
    status, h, _ = http(f"{server}/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert h["Access-Control-Allow-Origin"] == "*"
    assert "POST" in h["Access-Control-Allow-Methods"]
    assert "content-type" in h["Access-Control-Allow-Headers"].lower()
    _, h, _ = get(server, "ASK {}")
    assert h["Access-Control-Allow-Origin"] == "*"


def test_syntax_error_has_position(server):
    status, h, body = get(server, "SELECT ?x\nWHERE { ?x ?p ?o }\nORDER BY ?x )")
    assert status == 400 and h["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert text.count("\n") == 1
    assert re.search(r"SPARQL syntax error in the query at line 3, column \d+: ", text)


def test_protocol_errors(server):
    assert http(f"{server}/sparql")[0] == 400  # no query
    status, _, body = http(f"{server}/sparql", data=b"x", headers={"Content-Type": "text/plain"})
    assert status == 415 and b"application/sparql-query" in body
    assert http(f"{server}/sparql?update=CLEAR%20ALL")[0] == 400  # updates need POST
    assert http(f"{server}/sparql", data=b"", method="PUT")[0] == 405
    assert http(f"{server}/nowhere")[0] == 404


def test_read_only_by_default(server, expected_labels):
    update = "DELETE WHERE { ?s ?p ?o }"
    status, _, body = http(f"{server}/sparql", data=update.encode(),
                           headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and b"--allow-updates" in body
    status, _, _ = http(f"{server}/sparql", data=urlencode({"update": update}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    _, _, body = get(server, LABELS)
    assert len(json.loads(body)["results"]["bindings"]) == len(expected_labels)


def test_named_graphs_and_dataset_parameters(server, built):
    _, _, body = get(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs = {b["g"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert graphs == {str(c.identifier) for c in load_graph(built["trig"]).graphs() if len(c)}
    one = sorted(graphs)[0]
    _, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": one})
    n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert n == len(load_graph(built["trig"]).graph(URIRef(one)))


# --- rdflib's SPARQLStore ---------------------------------------------------------------


def test_rdflib_sparqlstore(server, built, expected_labels):
    store = SPARQLStore(query_endpoint=f"{server}/sparql")
    graph = Graph(store=store)
    prefixes = f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    rows = list(graph.query(prefixes + LABELS))
    assert [r.name for r in rows] == [Literal(n) for n in expected_labels]
    assert graph.query(prefixes + "ASK { ?a kg:spoke_with ?b }").askAnswer is True
    constructed = graph.query(prefixes + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert {str(o) for _, _, o in constructed.graph} == set(expected_labels)
    # triple patterns through the store API
    assert len(list(graph.triples((None, URIRef(RDFS_LABEL), None)))) >= len(expected_labels)
    # POST as well
    post_store = SPARQLStore(query_endpoint=f"{server}/sparql", method="POST")
    assert [r.name for r in Graph(store=post_store).query(prefixes + LABELS)] == [Literal(n) for n in expected_labels]


# --- pages ----------------------------------------------------------------------------


def test_query_page_is_offline(server):
    status, h, body = http(f"{server}/")
    assert status == 200 and h["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in h["Content-Security-Policy"]
    page = body.decode()
    assert "/static/query.js" in page and "http://" not in page and "https://" not in page
    status, _, js = http(f"{server}/static/query.js")
    assert status == 200 and b"fetch(\"/sparql\"" in js and b"innerHTML" not in js
    status, _, examples = http(f"{server}/examples.json")
    examples = json.loads(examples)
    assert status == 200 and examples and all(e["query"].strip() for e in examples)
    # every example query runs on the endpoint
    for ex in examples:
        assert get(server, ex["query"])[0] == 200, ex["name"]
    # a browser opening /sparql without a query lands on the page
    assert http(f"{server}/sparql", headers={"Accept": "text/html"})[0] in (200, 303)


def test_viewer(server):
    status, h, body = http(f"{server}/viewer")
    assert status == 200, body[:500]
    assert h["Content-Type"].startswith("text/html")
    assert b"Alice Arden" in body


# --- limits, updates, stores ------------------------------------------------------------


def test_result_limit_and_timeout(built):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with kg_serve(built["trig"], "--limit", "3", "--timeout", "1") as (base, _):
        status, h, body = get(base, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert status == 200 and h["X-SPARQL-MaxRows"] == "3"
        assert len(json.loads(body)["results"]["bindings"]) == 3
        status, h, body = get(base, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
        assert h["X-SPARQL-MaxRows"] == "3" and len(body.decode().strip().splitlines()) == 3
        status, h, _ = get(base, "SELECT ?s WHERE { ?s a kg:Country } LIMIT 2")
        assert status == 200 and "X-SPARQL-MaxRows" not in h
        started = time.monotonic()
        status, _, body = get(base, heavy)
        assert status == 503 and b"--timeout" in body
        assert time.monotonic() - started < 5
        assert get(base, "ASK { ?s ?p ?o }")[0] == 200  # the server still answers


def test_updates_on_a_store_directory(built, tmp_path):
    location = tmp_path / "store"
    store = ox.Store(str(location))
    store.bulk_load(path=str(built["trig"]), format=ox.RdfFormat.TRIG)
    store.flush()
    quads = len(store)
    del store
    with kg_serve(location) as (base, proc):
        _, _, body = get(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == quads
        assert get(base, LABELS)[0] == 200
        assert http(f"{base}/sparql", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})[0] == 403
    insert = 'INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> rdfs:label "Zed Zorn" } }'
    with kg_serve(location, "--allow-updates") as (base, _):
        status, _, body = http(f"{base}/sparql", data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
        assert status == 204, body
        _, _, body = get(base, 'ASK { <urn:x:a> rdfs:label "Zed Zorn" }')
        assert json.loads(body)["boolean"] is True
        status, _, body = http(f"{base}/sparql", data=b"INSERT DATA { <a> }",
                               headers={"Content-Type": "application/sparql-update"})
        assert status == 400 and b"syntax error in the update at line 1" in body
    assert ox.Store.read_only(str(location)).query('ASK { GRAPH <urn:x:g> { <urn:x:a> ?p "Zed Zorn" } }')


def test_bad_inputs_exit_2(tmp_path, built):
    proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(tmp_path / "missing.ttl"), "--port", "0"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "not found" in proc.stderr and proc.stderr.count("\n") == 1
    proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(tmp_path), "--port", "0"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "not an Oxigraph store" in proc.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(built["ttl"]), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and f"127.0.0.1:{port}" in proc.stderr and "--port" in proc.stderr


def test_binds_to_localhost_by_default(built):
    with kg_serve(built["ttl"]) as (base, proc):
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert "at http://127.0.0.1:" in out


# --- content negotiation (no server) ------------------------------------------------------


def test_negotiate():
    assert negotiate("solutions", None) == "json"
    assert negotiate("solutions", "*/*") == "json"
    assert negotiate("solutions", "text/*") == "xml"  # text/xml comes first among text/ types
    assert negotiate("graph", "application/json") == "jsonld"
    assert negotiate("graph", "text/html, */*;q=0.1") == "turtle"
    assert negotiate("solutions", "text/html", "tsv") == "tsv"
    with pytest.raises(NotAcceptable):
        negotiate("graph", "text/csv")
    with pytest.raises(NotAcceptable):
        negotiate("solutions", None, "turtle")


def test_a_kg_store_is_served_from_its_default_graph(tmp_path):
    """kg build --store keeps the union in the default graph: no union mode (no repeated rows)."""
    import pyoxigraph as ox

    from kg.server.source import open_source
    from kg.store import STATE_GRAPH

    plain, built = tmp_path / "plain", tmp_path / "built"
    for path, graph in ((plain, ox.NamedNode("https://example.org/g")), (built, ox.NamedNode(str(STATE_GRAPH)))):
        store = ox.Store(str(path))
        store.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                          ox.Literal("o"), graph))
        store.flush()
        del store
    assert open_source(plain).union is True
    assert open_source(built).union is False
