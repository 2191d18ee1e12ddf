"""kg/query.py: reading queries, bindings, running SPARQL, formatting results."""

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

import graph_samples as samples
from kg.errors import QueryError
from kg.query import FORMATS, format_result, packaged_query, parse_bindings, read_query, run_query, with_values
from kg.rdf import load_graph

ROOT = Path(__file__).resolve().parents[1]
KG = "https://w3id.org/kg-news/ontology#"
ROOT_ID = "https://w3id.org/kg-news/id/"
PEOPLE_SPOKE = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?b ?who WHERE { ?a kg:spoke_with ?b . ?a rdfs:label ?who } ORDER BY ?who ?b
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return load_graph(samples.build(tmp_path_factory.mktemp("g"))["trig"])


# --- read_query / parse_bindings -------------------------------------------------


def test_read_query_from_file_and_inline(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }\n")
    assert read_query(str(path)) == "ASK { ?s ?p ?o }\n"
    assert read_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    long = "SELECT * WHERE { ?s ?p ?o . " + "?s ?p ?o . " * 40 + "}"  # longer than a file name may be
    assert read_query(long) == long


def test_read_query_errors(tmp_path):
    with pytest.raises(QueryError, match="not found"):
        read_query(str(tmp_path / "missing.rq"))
    with pytest.raises(QueryError, match="not found"):
        read_query("queries/who.sparql")
    with pytest.raises(QueryError, match="empty"):
        read_query("   ")
    empty = tmp_path / "empty.rq"
    empty.write_text("\n")
    with pytest.raises(QueryError, match="empty"):
        read_query(str(empty))


def test_parse_bindings():
    b = parse_bindings(["name=Putin", "?date=2025-05-19", "p=<https://w3id.org/kg-news/id/person/x>", 'd="2025-05-19"', "e="])
    assert b == {
        "name": Literal("Putin"),
        "date": Literal("2025-05-19", datatype=XSD.date),
        "p": URIRef("https://w3id.org/kg-news/id/person/x"),
        "d": Literal("2025-05-19"),
        "e": Literal(""),
    }
    assert parse_bindings(["q=a=b"]) == {"q": Literal("a=b")}
    assert parse_bindings(["m=2025-05", "y=2025", "x=2025-13"]) == {
        "m": Literal("2025-05", datatype=XSD.gYearMonth), "y": Literal("2025"), "x": Literal("2025-13")}
    for bad in ("novalue", "=x", "1x=y", "p=<not an iri>"):
        with pytest.raises(QueryError):
            parse_bindings([bad])


def test_packaged_queries_match_the_examples():
    for name in ("relations", "entities"):
        assert packaged_query(name) == (ROOT / "examples" / "queries" / f"{name}.rq").read_text()
    with pytest.raises(QueryError, match="known"):
        packaged_query("nope")


# --- run_query ----------------------------------------------------------------------


def test_select_with_bindings(graph):
    rows = list(run_query(graph, PEOPLE_SPOKE))
    # subjects of spoke_with: three people, and the country Norland (countries may talk)
    assert {(str(r.who)) for r in rows} == {"Alice Arden", "Bruno Bell", "Dmitri Dane", "Norland"}
    rows = list(run_query(graph, PEOPLE_SPOKE, {"who": "Dmitri Dane"}))
    assert [str(r.b) for r in rows] == ["https://w3id.org/kg-news/id/person/carla-cruz"]


def test_kg_prefixes_are_predeclared(graph):
    assert run_query(graph, "ASK { person:alice-arden kg:spoke_with person:bruno-bell }").askAnswer


def test_ask_construct_describe(graph):
    assert run_query(graph, f"ASK {{ ?a <{KG}met_in> ?p }}").askAnswer is True
    assert run_query(graph, f"ASK {{ ?a <{KG}met_in> ?a }}").askAnswer is False
    res = run_query(graph, f"CONSTRUCT {{ ?a <urn:talked> ?b }} WHERE {{ ?a <{KG}spoke_with> ?b }}")
    assert res.type == "CONSTRUCT" and len(res.graph) == 5  # 4 between people, Norland-Sudria
    res = run_query(graph, "DESCRIBE person:alice-arden")
    assert res.type == "DESCRIBE" and len(res.graph) > 0


def test_syntax_error_gives_position(graph):
    with pytest.raises(QueryError) as err:
        run_query(graph, "SELECT ?x\nWHERE { ?x ?y }", source="q.rq")
    msg = str(err.value)
    assert msg.startswith("q.rq:") and "line 2" in msg and "column" in msg and "\n" not in msg


def test_unknown_prefix_and_update_are_errors(graph):
    with pytest.raises(QueryError, match="nope"):
        run_query(graph, "SELECT * WHERE { ?x nope:p ?y }")
    with pytest.raises(QueryError, match="Update"):
        run_query(graph, "PREFIX a: <urn:a#>\nINSERT DATA { a:x a:y a:z }")
    with pytest.raises(QueryError, match="Update"):
        run_query(graph, "# comment\nDELETE WHERE { ?s ?p ?o }")


# --- format_result ---------------------------------------------------------------------

RELS = (ROOT / "examples" / "queries" / "relations.rq").read_text()


def test_table(graph):
    out = format_result(run_query(graph, RELS), "table", max_width=30)
    lines = out.splitlines()
    assert lines[0].split() == ["doc", "relation", "subject", "object", "date", "status", "evidence"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(9 rows)"
    assert any("spoke_with" in l and "President Alice Arden" in l and "2025-05-19" in l for l in lines)
    starts = [i for i, ch in enumerate(lines[1]) if ch == "-" and (i == 0 or lines[1][i - 1] == " ")]
    for line in lines[2:-1]:
        cells = [line[a:b].rstrip() for a, b in zip(starts, starts[1:] + [None])]
        assert all(len(c) <= 30 for c in cells)
    assert any(line.rstrip().endswith("…") for line in lines[2:-1])
    # columns are aligned: the relation column starts at the same offset on every row
    col = lines[0].index("relation")
    assert all(l[col:].split()[0] in ("spoke_with", "met_in", "represents") for l in lines[2:-1])


def test_table_shows_iris_prefixed(graph):
    out = format_result(run_query(graph, PEOPLE_SPOKE), "table")
    assert "person:alice-arden" in out and "https://" not in out


def test_json_select_shape(graph):
    data = json.loads(format_result(run_query(graph, RELS), "json"))
    assert data["head"]["vars"] == ["doc", "relation", "subject", "object", "date", "status", "evidence"]
    rows = data["results"]["bindings"]
    assert len(rows) == 9
    for row in rows:
        assert set(row) <= set(data["head"]["vars"])
        for term in row.values():
            assert term["type"] in ("uri", "literal", "bnode") and isinstance(term["value"], str)
    dated = [r for r in rows if "date" in r]
    assert dated and all(r["date"]["datatype"] == str(XSD.date) for r in dated)
    assert any("date" not in r for r in rows)  # unbound stays absent
    assert rows[0]["relation"] == {"type": "literal", "value": "spoke_with"}  # plain, no datatype
    iri = json.loads(format_result(run_query(graph, PEOPLE_SPOKE), "json"))["results"]["bindings"][0]["a"]
    assert iri["type"] == "uri" and iri["value"].startswith("https://w3id.org/kg-news/id/person/")


def test_json_matches_rdflib_reader(graph):
    text = format_result(run_query(graph, RELS), "json")
    parsed = Result.parse(io.StringIO(text), format="json")
    assert len(parsed.bindings) == 9


def test_csv(graph):
    text = format_result(run_query(graph, RELS), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["doc", "relation", "subject", "object", "date", "status", "evidence"]
    assert len(rows) == 10
    # the subject is the name doc one uses (its fullest name mention), not the canonical label
    assert ["doc-one.txt", "spoke_with", "President Alice Arden", "Bruno Bell", "2025-05-19", "occurred"] == rows[1][:6]
    assert ["sub/doc two.txt", "spoke_with", "Norland", "Sudria", "", "occurred"] == rows[-1][:6]


def test_tsv_round_trips_through_rdflib(graph):
    text = format_result(run_query(graph, RELS), "tsv")
    assert text.splitlines()[0].split("\t")[0] == "?doc"
    parsed = Result.parse(io.StringIO(text), format="tsv")
    original = list(run_query(graph, RELS))
    assert len(parsed.bindings) == len(original)
    first = parsed.bindings[0]
    from rdflib import Variable

    assert str(first[Variable("evidence")]) == str(original[0].evidence)
    assert first[Variable("date")] == Literal("2025-05-19", datatype=XSD.date)


def test_ask_in_every_format(graph):
    res = run_query(graph, "ASK { ?a kg:spoke_with ?b }")
    assert json.loads(format_result(res, "json")) == {"head": {}, "boolean": True}
    for fmt in ("table", "csv", "tsv"):
        assert format_result(res, fmt).strip() == "true"


def test_construct_in_every_format(graph):
    res = run_query(graph, "CONSTRUCT { ?a kg:spoke_with ?b } WHERE { ?a kg:spoke_with ?b }")
    ttl = format_result(res, "table")
    assert "@prefix kg:" in ttl and "kg:spoke_with" in ttl
    doc = json.loads(format_result(res, "json"))
    assert "@context" in doc
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == ["subject", "predicate", "object"] and len(rows) == 6
    assert [ROOT_ID + "country/norland", KG + "spoke_with", ROOT_ID + "country/sudria"] in rows
    tsv = format_result(res, "tsv").splitlines()
    assert len(tsv) == 6 and all(line.count("\t") == 2 for line in tsv)
    again = run_query(graph, "CONSTRUCT { ?a kg:spoke_with ?b } WHERE { ?a kg:spoke_with ?b }")
    assert format_result(res, "csv") == format_result(again, "csv")  # deterministic


def test_unknown_format(graph):
    with pytest.raises(QueryError, match="format"):
        format_result(run_query(graph, "ASK {}"), "xml")
    assert set(FORMATS) == {"table", "csv", "tsv", "json"}


def test_with_values_skips_strings_comments_and_iris():
    import pyoxigraph as ox

    query = '# WHERE { in a comment\nSELECT ?a WHERE { ?a <http://x/WHERE{> "WHERE {" }'
    out = with_values(query, {"name": ox.Literal('a "q"')})
    assert out.endswith('SELECT ?a WHERE { VALUES (?name) { ("a \\"q\\"") } ?a <http://x/WHERE{> "WHERE {" }')
    with pytest.raises(QueryError, match="WHERE"):
        with_values("SELECT * { ?s ?p ?o }", {"x": ox.Literal("1")})


def test_with_values_binds_subqueries_too():
    import pyoxigraph as ox

    query = "SELECT ?n WHERE { ?n ?p ?o { SELECT ?n WHERE { ?s ?p ?name } } }"
    out = with_values(query, {"name": ox.Literal("x"), "o": ox.Literal("y")})
    # each group gets the variables it uses itself; one used nowhere goes to the first group
    assert out == ('SELECT ?n WHERE { VALUES (?o) { ("y") } ?n ?p ?o '
                   '{ SELECT ?n WHERE { VALUES (?name) { ("x") } ?s ?p ?name } } }')
    assert with_values("SELECT ?z WHERE { ?s ?p ?o }", {"z": ox.Literal("1")}).startswith(
        'SELECT ?z WHERE { VALUES (?z) { ("1") }')


def test_a_binding_reaches_a_subquery(graph):
    # rdflib's initBindings stop at a subquery; the VALUES row does not
    query = """
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX kg: <https://w3id.org/kg-news/ontology#>
    SELECT ?who WHERE { { SELECT ?who WHERE { ?p rdfs:label ?name ; a kg:Person ; rdfs:label ?who } } }"""
    rows = run_query(graph, query, parse_bindings(["name=Bruno Bell"])).bindings
    assert [str(r["who"]) for r in rows] == ["Bruno Bell"]


def test_a_syntax_error_is_placed_on_the_query_as_written():
    with pytest.raises(QueryError, match="line 1, column 28"):
        run_query(Graph(), "SELECT ?a WHERE { ?a ?b ?c ", parse_bindings(["name=x"]))
