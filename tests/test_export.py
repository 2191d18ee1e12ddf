"""kg/export.py: every export format round-trips, named graphs survive where they can."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import graph_samples as samples
from kg.errors import GraphError
from kg.export import EXPORT_FORMATS, export_graph, format_for_path, serialize_graph
from kg.rdf import load_graph


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return samples.build(tmp_path_factory.mktemp("graph"))


def triples(g):
    return set(g.triples((None, None, None)))


def named(ds):
    return {g.identifier for g in ds.graphs() if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID}


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_every_format_round_trips(built, tmp_path, fmt):
    source = load_graph(built["trig"])
    out = export_graph(built["trig"], fmt, tmp_path / f"out{EXPORT_FORMATS[fmt]}")
    assert out.is_file()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temp file left
    back = load_graph(out)
    assert triples(back) == triples(source)
    if fmt in ("trig", "nquads"):
        assert named(back) == named(source) and len(named(back)) == 2
    else:
        assert named(back) == set()


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_output_is_deterministic(built, tmp_path, fmt):
    first = serialize_graph(load_graph(built["trig"]), fmt)
    assert first == serialize_graph(load_graph(built["trig"]), fmt)
    script = (
        "import sys; from kg.export import serialize_graph; from kg.rdf import load_graph;"
        "sys.stdout.buffer.write(serialize_graph(load_graph(sys.argv[1]), sys.argv[2]))"
    )
    env = dict(os.environ, PYTHONHASHSEED="777")
    other = subprocess.run([sys.executable, "-c", script, str(built["trig"]), fmt], env=env, check=True,
                           capture_output=True).stdout
    assert other == first


def test_jsonld_is_compact_json(built):
    data = json.loads(serialize_graph(load_graph(built["ttl"]), "jsonld"))
    assert data["@context"]["kg"] == "https://w3id.org/kg-news/ontology#"


def test_format_from_extension_and_aliases(built, tmp_path):
    assert format_for_path("x.nq") == "nquads"
    assert format_for_path("x.TTL") == "turtle"
    assert format_for_path("x.rdf") == "xml"
    out = export_graph(built["ttl"], None, tmp_path / "g.nt")
    assert out.read_text().count("\n") == len(load_graph(built["ttl"]))
    assert serialize_graph(load_graph(built["ttl"]), "ttl") == serialize_graph(load_graph(built["ttl"]), "turtle")


def test_errors(built, tmp_path):
    with pytest.raises(GraphError, match="unknown export format"):
        export_graph(built["ttl"], "csv", tmp_path / "x.csv")
    with pytest.raises(GraphError, match="extension"):
        export_graph(built["ttl"], None, tmp_path / "x.bin")
    with pytest.raises(GraphError, match="overwrite"):
        export_graph(built["ttl"], "turtle", built["ttl"])
    with pytest.raises(GraphError, match="not found"):
        export_graph(tmp_path / "missing.ttl", "nt", tmp_path / "x.nt")
    assert not (tmp_path / "x.nt").exists()


def test_failed_export_keeps_old_file(built, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n")
    out = tmp_path / "keep.nt"
    out.write_text("old\n")
    with pytest.raises(GraphError):
        export_graph(bad, "nt", out)
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["bad.ttl", "keep.nt"]


def test_turtle_source_to_trig_uses_the_default_graph(built, tmp_path):
    out = export_graph(built["ttl"], "trig", tmp_path / "g.trig")
    text = out.read_text()
    assert not any(line.rstrip().endswith("{") for line in text.splitlines())  # no named blocks
    back = load_graph(out)
    assert triples(back) == triples(load_graph(built["ttl"]))
    assert named(back) == set()
