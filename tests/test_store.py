"""kg.store: incremental store builds hold the graph of a file build, survive interruption,
and answer queries like the files do."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

import build_samples as bs
from kg import build as kb
from kg import engines
from kg import store as ks
from kg.errors import GraphError, QueryError
from kg.query import format_result, parse_bindings, read_query, run_query
from kg.rdf import entity_iri, load_graph

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(engines, "extract_stream", bs.fake_extract)


def union(dataset) -> set:
    return set(dataset.triples((None, None, None)))


def default_graph(path) -> set:
    store = ox.Store.read_only(str(path))
    return {(ks.to_rdflib(q.subject), ks.to_rdflib(q.predicate), ks.to_rdflib(q.object))
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def file_build(tmp_path, ids, name="files"):
    inputs = bs.write_inputs(tmp_path / f"{name}.jsonl", ids)
    return load_graph(kb.build([str(inputs)], tmp_path / name, html=False).outputs["ttl"])


def test_a_store_holds_the_graph_of_a_file_build(fake, tmp_path):
    inputs = bs.write_inputs(tmp_path / "in.jsonl", bs.ALL_IDS)
    summary = kb.build([str(inputs)], store=tmp_path / "db")
    files = union(file_build(tmp_path, bs.ALL_IDS))
    assert summary.documents == 4 and summary.triples > 0
    assert default_graph(tmp_path / "db") == files
    # Each triple is stored once, in the default graph; the only named graph is the bookkeeping.
    assert list(ox.Store.read_only(str(tmp_path / "db")).named_graphs()) == [ks.to_oxigraph(ks.STATE_GRAPH)]
    assert union(ks.load_store(tmp_path / "db")) == files
    assert ks.is_store(tmp_path / "db") and not ks.is_store(tmp_path)


def test_rerunning_changes_nothing_and_new_articles_merge_into_existing_nodes(fake, tmp_path):
    db = tmp_path / "db"
    kb.build([str(bs.write_inputs(tmp_path / "a.jsonl", ["doc-one.txt", "sub/doc two.txt"]))], store=db)
    before = sorted(map(str, ox.Store.read_only(str(db))))
    again = kb.build([str(tmp_path / "a.jsonl")], store=db)
    assert (again.documents, again.unchanged, again.triples) == (0, 2, 0)
    assert sorted(map(str, ox.Store.read_only(str(db)))) == before

    # New articles, one of them repeated: only the new ones are added; Dmitri Dane keeps his
    # IRI and takes the spelling the new articles use most.
    new = bs.write_inputs(tmp_path / "b.jsonl", ["z1.txt", "z2.txt", "doc-one.txt"])
    added = kb.build([str(new)], store=db)
    assert (added.documents, added.unchanged) == (2, 1)
    assert default_graph(db) == union(file_build(tmp_path, bs.ALL_IDS))
    dane = entity_iri("person/dmitry-dane")
    labels = {o for s, p, o in default_graph(db) if s == dane and p == RDFS.label}
    assert labels == {Literal("Dmitri Dáne")}


def test_an_article_with_a_known_id_and_other_content_is_skipped(fake, tmp_path):
    db = tmp_path / "db"
    kb.build([str(bs.write_inputs(tmp_path / "a.jsonl", ["z1.txt"]))], store=db)
    changed = tmp_path / "b.jsonl"
    changed.write_text('{"id": "z1.txt", "text": "Other text entirely."}\n')
    summary = kb.build([str(changed)], store=db)
    assert summary.documents == 0
    assert [s.reason for s in summary.skipped] == [
        "document 'z1.txt' is already in the store with other content; give it a new id, or rebuild the store"]


def test_an_interrupted_build_leaves_whole_batches_and_the_next_run_resumes(fake, tmp_path, monkeypatch):
    db = tmp_path / "db"
    inputs = bs.write_inputs(tmp_path / "in.jsonl", bs.ALL_IDS)
    monkeypatch.setattr(kb, "STORE_BATCH", 1)
    real = ks.GraphStore._write
    calls = {"n": 0}

    def failing(self, deletes, inserts):
        calls["n"] += 1
        if calls["n"] == 3:  # the third document's transaction
            raise KeyboardInterrupt
        return real(self, deletes, inserts)

    monkeypatch.setattr(ks.GraphStore, "_write", failing)
    with pytest.raises(KeyboardInterrupt):
        kb.build([str(inputs)], store=db)
    monkeypatch.setattr(ks.GraphStore, "_write", real)
    with ks.GraphStore(db) as store:
        assert store.documents == 2  # the two committed documents, nothing of the third
    resumed = kb.build([str(inputs)], store=db)
    assert (resumed.documents, resumed.unchanged) == (2, 2)
    assert default_graph(db) == union(file_build(tmp_path, bs.ALL_IDS))


def test_the_resolver_is_restored_from_snapshot_and_replay_alike(fake, tmp_path):
    db = tmp_path / "db"
    kb.build([str(bs.write_inputs(tmp_path / "a.jsonl", bs.ALL_IDS[:3]))], store=db)
    with ks.GraphStore(db) as store:
        snapshot = store.resolver.state()
        state = ks.to_oxigraph(ks.STATE_GRAPH)
        saved = [q.object.value for q in store.store.quads_for_pattern(
            ks.to_oxigraph(ks._RESOLVER), ks.to_oxigraph(ks._SNAPSHOT), None, state)]
        assert len(saved) == 1
        # Without the snapshot the resolver is rebuilt by replaying the documents.
        store._write([(ks._RESOLVER, ks._SNAPSHOT, Literal(saved[0]), ks.STATE_GRAPH)], [])
        assert store._restore_resolver().state() == snapshot


def test_query_store_answers_like_the_file_with_bindings(fake, tmp_path):
    inputs = bs.write_inputs(tmp_path / "in.jsonl", bs.ALL_IDS)
    kb.build([str(inputs)], store=tmp_path / "db")
    files = file_build(tmp_path, bs.ALL_IDS)
    for name, binding in (("spoke_with.rq", "name=Bell"), ("meetings_by_place.rq", "place=vellport"),
                          ("represents.rq", "party=Ministry of Calm"), ("relations.rq", None), ("entities.rq", None)):
        query = read_query(str(QUERIES / name))
        bindings = parse_bindings([binding] if binding else [])
        got = format_result(ks.query_store(tmp_path / "db", query, bindings), "csv")
        want = format_result(run_query(files, query, bindings), "csv")
        got_rows, want_rows = (list(csv.reader(io.StringIO(t))) for t in (got, want))
        assert got_rows[0] == want_rows[0]
        assert sorted(got_rows[1:]) == sorted(want_rows[1:]) and len(got_rows) > 1, name
    ask = ks.query_store(tmp_path / "db", 'ASK WHERE { ?p rdfs:label ?n }', {"n": "Bruno Bell"})
    assert ask.askAnswer is True
    with pytest.raises(QueryError, match="Update is not supported"):
        ks.query_store(tmp_path / "db", "INSERT DATA { <a:b> <a:c> <a:d> }")
    with pytest.raises(QueryError, match="syntax"):
        ks.query_store(tmp_path / "db", "SELECT ?x WHERE { ?x ")


def test_export_store_streams_nquads_that_reload_to_the_same_graph(fake, tmp_path):
    inputs = bs.write_inputs(tmp_path / "in.jsonl", bs.ALL_IDS)
    kb.build([str(inputs)], store=tmp_path / "db")
    files = union(file_build(tmp_path, bs.ALL_IDS))
    for fmt, suffix in (("nquads", "nq"), ("nt", "nt")):
        out = ks.export_store(tmp_path / "db", fmt, tmp_path / f"g.{suffix}")
        assert union(load_graph(out)) == files
        assert "build#" not in out.read_text()  # kg's bookkeeping stays in the store
    ttl = ks.export_store(tmp_path / "db", None, tmp_path / "g.ttl")
    assert set(Graph().parse(ttl)) == union(file_build(tmp_path, bs.ALL_IDS, "again"))


def test_bad_store_paths_are_one_line_errors(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text("x")
    with pytest.raises(GraphError, match="is a file"):
        ks.GraphStore(tmp_path / "file")
    with pytest.raises(GraphError, match="not a kg store"):
        ks.GraphStore(tmp_path / "full")
    with pytest.raises(GraphError, match="not found"):
        ks.load_store(tmp_path / "missing")
