"""kg.build: streaming builds give the graph of a whole-corpus build, byte-identically."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS

import build_samples as bs
from kg import build as kb
from kg import engines
from kg.errors import KgError
from kg.rdf import doc_iri, document_graph, entity_iri, load_graph
from kg.resolve import Resolver

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(engines, "extract_stream", bs.fake_extract)


def whole_corpus_graphs(results):
    """The reference: resolve every document first, then write each (the pre-streaming build)."""
    resolver = Resolver()
    mappings = [resolver.add(r) for r in results]
    pairs = sorted(zip(results, mappings), key=lambda p: p[0].article.id)
    return [(doc_iri(r.article.id), document_graph(r, m)) for r, m in pairs]


def test_resolved_graphs_equal_a_whole_corpus_resolution():
    results = [bs.records()[i] for i in ("z1.txt", "sub/doc two.txt", "doc-one.txt", "z2.txt")]
    got = list(kb.resolved_graphs(iter(results)))
    want = whole_corpus_graphs(results)
    assert [name for name, _ in got] == [name for name, _ in want]
    assert [name for name, _ in got] == sorted(name for name, _ in got)
    for (_, g1), (_, g2) in zip(got, want):
        assert set(g1) == set(g2)


def test_a_label_changed_by_a_later_document_is_the_label_everywhere():
    results = [bs.records()[i] for i in bs.ALL_IDS]
    dane = entity_iri("person/dmitry-dane")
    graphs = dict(kb.resolved_graphs(iter(results)))
    labels = {o for triples in graphs.values() for s, p, o in triples if (s, p) == (dane, RDFS.label)}
    # "Dmitri Dane" once (doc two), "Dmitri Dáne" twice (z1, z2): the most frequent wins,
    # also in doc two's graph, which was resolved before the spelling changed.
    assert labels == {Literal("Dmitri Dáne")}
    assert (dane, RDFS.label, Literal("Dmitri Dáne")) in graphs[doc_iri("sub/doc two.txt")]


def test_file_builds_are_byte_identical_and_count_the_union(fake, tmp_path):
    inputs = bs.write_inputs(tmp_path / "in.jsonl", bs.ALL_IDS)
    first = kb.build([str(inputs)], tmp_path / "a", html=False)
    second = kb.build([str(inputs)], tmp_path / "b", html=False)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert first.documents == 4 and first.skipped == []
    graph = load_graph(first.outputs["ttl"])
    old = kb.BuildSummary()
    _count_like_before(graph, old)
    assert (first.entities, first.relations, first.events) == (old.entities, old.relations, old.events)
    assert second.entities == first.entities
    assert not list((tmp_path / "a").glob(".kg-spool*")), "the spool file is removed"


def _count_like_before(graph, summary):
    from kg.model import RELATIONS
    from kg.vocab import KG

    for cls, name in ((KG.Person, "Person"), (KG.Organization, "Organization"), (KG.Country, "Country"), (KG.Place, "Place")):
        summary.entities[name] = len(set(graph.subjects(predicate=None, object=cls)))
    for rel in RELATIONS:
        summary.relations[rel] = len(set(graph.subject_objects(KG[rel])))
    summary.events = len({s for s, _ in graph.subject_objects(KG.evidence)})


def test_build_needs_exactly_one_output(tmp_path):
    with pytest.raises(KgError, match="exactly one"):
        kb.build(["x"], None)
    with pytest.raises(KgError, match="exactly one"):
        kb.build(["x"], tmp_path / "o", store=tmp_path / "s")


def test_estimate_documents_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "b.html").write_text("x")
    (tmp_path / "d" / "notes.md").write_text("x")
    (tmp_path / "d" / "c.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n')
    assert kb.estimate_documents([str(tmp_path / "d")]) == 4
    assert kb.estimate_documents([str(tmp_path / "d" / "c.jsonl"), "-"]) is None


def test_the_spool_keeps_documents_on_disk_and_returns_them_by_id(tmp_path):
    spool = kb._Spool(tmp_path)
    recs = bs.records()
    for doc_id in ("z2.txt", "doc-one.txt", "z1.txt"):
        spool.put(recs[doc_id], {"p1": "person/x"})
    assert [r.article.id for r, _ in spool.by_id()] == ["doc-one.txt", "z1.txt", "z2.txt"]
    assert list(tmp_path.iterdir()) == []  # an anonymous temporary file
    spool.close()


@pytest.mark.model
def test_examples_build_the_same_files_in_one_process_and_with_two_workers(tmp_path):
    one = kb.build([str(EXAMPLES)], tmp_path / "one", html=False)
    two = kb.build([str(EXAMPLES)], tmp_path / "two", html=False, workers=2)
    assert one.documents == two.documents > 0
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
