"""Tests for kg.evaluate: gold loading, the scoring rules, graph reading, the report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import (
    PredEntity,
    PredRow,
    Predictions,
    evaluate,
    format_report,
    load_gold,
    normalise,
    predictions_from_graph,
    score,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"

# Invented example text; names are fictional.
TEXT = (
    "Anna Kowalski spoke by phone with Pierre Dubois on Monday. "
    "Kowalski, the Polish foreign minister, later met José Müller in Geneva. "
    "A spokesman for Acme Corp said nothing."
)
KOWALSKI = {"head": "Anna Kowalski", "head_aliases": ["Kowalski"]}


def write_gold(tmp_path: Path, docs: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = []
    for i, d in enumerate(docs):
        d = {"id": f"d{i}", "text": TEXT, "entities": [], "relations": [], "meta": {"exhaustive": True}, **d}
        lines.append(json.dumps(d, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rel(type_: str, head: str, tail: str, **kw) -> dict:
    return {"type": type_, "head": head, "tail": tail, **kw}


def rows(*facts: tuple[str, str, str], doc: str = "d0", **kw) -> Predictions:
    """Predictions whose subjects/objects are plain names (ids not in Predictions.entities)."""
    return Predictions(rows=[PredRow(doc, r, s, o, **kw) for r, s, o in facts])


SPOKE = rel("spoke_with", "Anna Kowalski", "Pierre Dubois", head_aliases=["Kowalski"])

# (id, gold doc fields, predicted facts, relation, expected tp, fp, fn, found, skipped)
RELATION_CASES = [
    ("exact", {"relations": [SPOKE]}, [("spoke_with", "Anna Kowalski", "Pierre Dubois")], "spoke_with", 1, 0, 0, 1, 0),
    ("surname", {"relations": [SPOKE]}, [("spoke_with", "Kowalski", "Dubois")], "spoke_with", 1, 0, 0, 1, 0),
    ("surname-with-title", {"relations": [SPOKE]}, [("spoke_with", "Minister Kowalski", "Mr Dubois")], "spoke_with", 1, 0, 0, 1, 0),
    ("case", {"relations": [SPOKE]}, [("spoke_with", "ANNA KOWALSKI", "pierre dubois")], "spoke_with", 1, 0, 0, 1, 0),
    (
        "accents",
        {"relations": [rel("met_in", "José Müller", "Genève")]},
        [("met_in", "Jose Muller", "GENEVE")],
        "met_in", 1, 0, 0, 1, 0,
    ),
    (
        "alias",
        {"relations": [rel("represents", "Anna Kowalski", "Poland", tail_aliases=["Warsaw"])]},
        [("represents", "Anna Kowalski", "Warsaw")],
        "represents", 1, 0, 0, 1, 0,
    ),
    ("symmetric", {"relations": [SPOKE]}, [("spoke_with", "Pierre Dubois", "Anna Kowalski")], "spoke_with", 1, 0, 0, 1, 0),
    (
        "met_in-is-directed",
        {"relations": [rel("met_in", "Anna Kowalski", "Geneva")]},
        [("met_in", "Geneva", "Anna Kowalski")],
        "met_in", 0, 1, 1, 0, 0,
    ),
    ("wrong-partner", {"relations": [SPOKE]}, [("spoke_with", "Anna Kowalski", "Eva Lind")], "spoke_with", 0, 1, 1, 0, 0),
    (
        "wrong-relation",
        {"relations": [SPOKE, rel("met_in", "Pierre Dubois", "Geneva")]},
        [("met_in", "Anna Kowalski", "Pierre Dubois")],
        "met_in", 0, 1, 1, 0, 0,
    ),
    ("missed", {"relations": [SPOKE]}, [], "spoke_with", 0, 0, 1, 0, 0),
    (
        "distinct-predictions-one-gold",
        {"relations": [SPOKE]},
        [("spoke_with", "Anna Kowalski", "Pierre Dubois"), ("spoke_with", "Kowalski", "Dubois")],
        "spoke_with", 2, 0, 0, 1, 0,
    ),
    (
        "duplicate-prediction-rows-count-once",
        {"relations": [SPOKE]},
        [("spoke_with", "Anna Kowalski", "Eva Lind"), ("spoke_with", "Eva Lind", "Anna Kowalski")],
        "spoke_with", 0, 1, 1, 0, 0,
    ),
    (
        "gold-rows-of-one-pair-are-one-fact",
        {"relations": [{**SPOKE, "date": "2024-01-01"}, {**SPOKE, "date": "2024-02-02"},
                       rel("spoke_with", "Pierre Dubois", "Anna Kowalski")]},
        [],
        "spoke_with", 0, 0, 1, 0, 0,
    ),
    (
        "neutral-skipped",
        {"relations": [SPOKE], "neutral": [rel("spoke_with", "Anna Kowalski", "Acme Corp")]},
        [("spoke_with", "Acme Corp", "Kowalski")],
        "spoke_with", 0, 0, 1, 0, 1,
    ),
    (
        "neutral-of-other-type-not-skipped",
        {"relations": [SPOKE], "neutral": [rel("met_in", "Anna Kowalski", "Acme Corp")]},
        [("spoke_with", "Acme Corp", "Kowalski")],
        "spoke_with", 0, 1, 1, 0, 0,
    ),
    (
        "aux-pair-skipped-any-direction",
        {"relations": [rel("represents", "Acme Corp", "Poland")],
         "aux_relations": [rel("citizen_of", "Anna Kowalski", "Poland")]},
        [("represents", "Kowalski", "Poland"), ("represents", "Poland", "Anna Kowalski")],
        "represents", 0, 0, 1, 0, 2,
    ),
    (
        "partial-gold-recall-only",
        {"relations": [SPOKE], "meta": {"exhaustive": False}},
        [("spoke_with", "Kowalski", "Dubois"), ("spoke_with", "Kowalski", "Eva Lind")],
        "spoke_with", 0, 0, 0, 1, 0,
    ),
    (
        "negative-is-also-wrong",
        {"relations": [SPOKE], "negatives": [rel("met_in", "Anna Kowalski", "*")]},
        [("met_in", "Kowalski", "Geneva")],
        "met_in", 0, 1, 0, 0, 0,
    ),
]


@pytest.mark.parametrize(
    "gold_fields, facts, relation, tp, fp, fn, found, skipped",
    [c[1:] for c in RELATION_CASES],
    ids=[c[0] for c in RELATION_CASES],
)
def test_relation_scoring(tmp_path, gold_fields, facts, relation, tp, fp, fn, found, skipped):
    gold = load_gold(write_gold(tmp_path, [gold_fields]))
    c = score(gold, rows(*facts)).relations[relation]
    assert (c.tp, c.fp, c.fn, c.found, c.skipped) == (tp, fp, fn, found, skipped)


def test_partial_gold_has_no_precision(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE], "meta": {"exhaustive": False}}]))
    c = score(gold, rows(("spoke_with", "Kowalski", "Dubois"))).relations["spoke_with"]
    assert c.precision is None and c.recall == 1.0 and c.f1 is None


def test_precision_recall_f1(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE, rel("spoke_with", "Eva Lind", "Pierre Dubois")]}]))
    pred = rows(("spoke_with", "Kowalski", "Dubois"), ("spoke_with", "Kowalski", "Acme Corp"), ("spoke_with", "Lind", "Acme Corp"))
    c = score(gold, pred).relations["spoke_with"]
    assert c.precision == pytest.approx(1 / 3) and c.recall == pytest.approx(1 / 2)
    assert c.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_f1_is_zero_when_nothing_is_predicted(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE]}]))
    c = score(gold, Predictions()).relations["spoke_with"]
    assert c.precision is None and c.recall == 0.0 and c.f1 == 0.0


def test_facts_are_compared_per_document(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE]}, {"relations": []}]))
    c = score(gold, rows(("spoke_with", "Kowalski", "Dubois"), doc="d1")).relations["spoke_with"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_negatives_are_counted_and_listed(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{
        "relations": [SPOKE],
        "negatives": [rel("met_in", "Anna Kowalski", "*"), rel("spoke_with", "Pierre Dubois", "José Müller")],
    }]))
    pred = rows(("met_in", "Kowalski", "Geneva"), ("spoke_with", "Muller", "Dubois"), ("spoke_with", "Kowalski", "Dubois"),
                evidence="the sentence")
    report = score(gold, pred)
    assert report.negatives == 2
    listed = [fact for fact, _ in report.details[0].negatives]
    assert any("met_in(Kowalski, Geneva)" in f for f in listed) and any("Muller" in f for f in listed)
    assert "NEGATIVE" in format_report(report, details=True)


def test_not_entities_from_entities_and_relation_arguments(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE], "not_entities": ["Page Footer", "Monday", "Nobody"]}]))
    pred = rows(("spoke_with", "Kowalski", "MONDAY"))
    pred.entities["e1"] = PredEntity("e1", "page footer", "Organization")
    pred.mentions["d0"].add("e1")
    report = score(gold, pred)
    assert report.not_entities == 2
    assert len(report.details[0].not_entities) == 2


def test_dates_and_status_on_matched_facts(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [
        {**SPOKE, "date": "2024-03-04", "status": "occurred"},
        {**SPOKE, "date": "2024-03-09", "status": "planned"},
        rel("met_in", "Anna Kowalski", "Geneva", date="2024-03", status="occurred"),
        rel("met_in", "Pierre Dubois", "Geneva", date="2024-03-05", status="occurred"),  # not found: not counted
    ]}]))
    pred = Predictions(rows=[
        PredRow("d0", "spoke_with", "Dubois", "Kowalski", date="2024-03-04", status="occurred"),
        PredRow("d0", "spoke_with", "Dubois", "Kowalski", date="2024-03-10", status="planned"),
        PredRow("d0", "met_in", "Kowalski", "Geneva", date="2024-03-05", status="planned"),
    ])
    report = score(gold, pred)
    # dates: 03-04 right, 03-09 wrong, 2024-03 (month) right
    assert (report.date_correct, report.date_total) == (2, 3)
    # status: occurred right (row of the same date), planned right (any row), met_in occurred wrong
    assert (report.status_correct, report.status_total) == (2, 3)


def test_unannotated_relation_types_are_unjudged(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [rel("represents", "Anna Kowalski", "Poland")]}]))
    report = score(gold, rows(("spoke_with", "Kowalski", "Dubois"), ("represents", "Kowalski", "Poland")))
    assert report.scored_relations == ("represents",)
    assert report.unjudged == 1
    assert report.relations["spoke_with"].tp + report.relations["spoke_with"].fp == 0


def test_graph_entity_names_use_label_and_in_document_aliases(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [rel("represents", "Anna Kowalski", "Poland")]}]))
    pred = Predictions(rows=[PredRow("d0", "represents", "id:p", "id:c")])
    # "Warsaw" never occurs in the text, so this alias (seen in another document) is not used.
    pred.entities["id:p"] = PredEntity("id:p", "Anna Kowalski", "Person")
    pred.entities["id:c"] = PredEntity("id:c", "Republic", "Country", frozenset({"Warsaw", "Polish"}))
    c = score(gold, pred).relations["represents"]
    assert (c.tp, c.fp) == (0, 1)
    pred.entities["id:c"] = PredEntity("id:c", "Republic", "Country", frozenset({"Poland", "Polish"}))
    gold[0].text += " Poland too."
    c = score(gold, pred).relations["represents"]
    assert (c.tp, c.fp) == (1, 0)


# --------------------------------------------------------------------------- entities


def span(text: str, type_: str, **kw) -> dict:
    start = TEXT.index(text)
    return {"text": text, "type": type_, "start": start, "end": start + len(text), **kw}


SPANS = [
    span("Anna Kowalski", "PERSON"),
    span("Pierre Dubois", "PERSON"),
    span("Kowalski", "PERSON"),
    span("Polish", "MISC"),
    span("José Müller", "PERSON"),
    span("Geneva", "LOC"),
    span("Acme Corp", "ORG"),
    span("spokesman", "PERSON", is_name=False),
]

# (id, predicted (name, type, aliases), typed (tp, fp, found, fn, skipped), untyped (tp, fp, found, fn))
ENTITY_CASES = [
    ("perfect-with-cluster", [("Anna Kowalski", "Person", {"Kowalski"}), ("Pierre Dubois", "Person", set()),
                              ("Jose Muller", "Person", set()), ("Geneva", "Place", set()), ("Acme Corp", "Organization", set())],
     (5, 0, 6, 0, 0), (5, 0, 6, 0)),
    ("wrong-type", [("Geneva", "PERSON", set()), ("Acme Corp", "ORG", set())], (1, 1, 1, 5, 0), (2, 0, 2, 4)),
    ("unscored-gold-skipped", [("Polish", "GPE", set())], (0, 0, 0, 6, 1), (0, 0, 0, 6)),
    ("unscored-prediction-ignored", [("Polish", "NORP", set()), ("Monday", "DATE", set())], (0, 0, 0, 6, 0), (0, 0, 0, 6)),
    ("spurious", [("Spokesman", "Person", set()), ("Dubois", "Person", set())], (0, 2, 0, 6, 0), (0, 2, 0, 6)),
    ("country-and-place-are-one-type", [("geneva", "Country", set()), ("Geneva", "GPE", set())], (2, 0, 1, 5, 0), (2, 0, 1, 5)),
]


@pytest.mark.parametrize("ents, typed, untyped", [c[1:] for c in ENTITY_CASES], ids=[c[0] for c in ENTITY_CASES])
def test_entity_f1(tmp_path, ents, typed, untyped):
    gold = load_gold(write_gold(tmp_path, [{"entities": SPANS}]))
    pred = Predictions()
    for i, (name, type_, aliases) in enumerate(ents):
        pred.entities[f"e{i}"] = PredEntity(f"e{i}", name, type_, frozenset(aliases))
        pred.mentions["d0"].add(f"e{i}")
    report = score(gold, pred)
    e, u = report.entities, report.entities_untyped
    assert (e.tp, e.fp, e.found, e.fn, e.skipped) == typed
    assert (u.tp, u.fp, u.found, u.fn) == untyped


def test_entity_level_gold_matches_any_alias(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"entities": [
        {"name": "Anna Kowalski", "type": "PERSON", "aliases": ["Kowalski", "A. Kowalski"]},
        {"name": "Poland", "type": "GPE", "aliases": ["Warsaw"]},
        {"name": "Acme Corp", "type": "ORG", "aliases": []},
    ]}]))
    pred = Predictions()
    for eid, name, type_ in [("a", "KOWALSKI", "Person"), ("b", "Warsaw", "Place"), ("c", "Acme", "Organization")]:
        pred.entities[eid] = PredEntity(eid, name, type_)
        pred.mentions["d0"].add(eid)
    e = score(gold, pred).entities
    assert (e.tp, e.fp, e.found, e.fn) == (2, 1, 2, 1)
    assert e.precision == pytest.approx(2 / 3) and e.recall == pytest.approx(2 / 3)


def test_no_scored_entity_gold_means_no_entity_score(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"entities": [{"text": "Kowalski", "type": "UNTYPED", "start": 59, "end": 67}]}]))
    report = score(gold, Predictions())
    assert report.entity_docs == 0 and "entities (typed)" not in format_report(report)


# --------------------------------------------------------------------------- loading, graph, report


def test_normalise():
    assert normalise("  José   MÜLLER ") == "jose muller"
    assert normalise("“Zelenskyy”") == "zelenskyy"
    assert normalise("Allan Fitzmaurice.") == normalise("Allan Fitzmaurice") == "allan fitzmaurice"
    assert normalise("U.S.") == "u.s" != normalise("US")


@pytest.mark.parametrize(
    "line, message",
    [("{not json", "not JSON"), ('{"id": "x"}', "id and text"),
     ('{"id": "x", "text": "t", "relations": [{"type": "spoke_with", "head": "a"}]}', "type, head, tail"),
     ('{"id": "x", "text": "t", "relations": [{"type": "likes", "head": "a", "tail": "b"}]}', "likes")],
)
def test_bad_gold_lines_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"bad.jsonl:2: .*{message}"):
        load_gold(path)


def test_missing_gold_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "none.jsonl")


def _graph():
    """A real kg graph written by kg.rdf from hand-made extraction records."""
    from kg.model import CALL, MEETING, Article, DocResult, Entity, Event, Evidence, GlobalEntity, Mention
    from kg.rdf import document_graph

    sentence = Evidence(TEXT[:58], 0, 58)
    result = DocResult(
        article=Article(id="d0", text=TEXT),
        entities=[
            Entity("e1", "Anna Kowalski", "Person", [Mention("Anna Kowalski", 0, 13), Mention("Kowalski", 59, 67)]),
            Entity("e2", "Pierre Dubois", "Person", [Mention("Pierre Dubois", 34, 47)]),
            Entity("e3", "Geneva", "Place", [Mention("Geneva", 121, 127)]),
        ],
        events=[
            Event(CALL, ("e1", "e2"), sentence, "test", 0.9, date="2024-03-04"),
            Event(MEETING, ("e1",), Evidence(TEXT[59:132], 59, 132), "test", 0.8, status="planned", place="e3"),
        ],
    )
    nodes = {
        "e1": GlobalEntity("person/anna-kowalski", "Anna Kowalski", "Person", {"Kowalski", "Ania"}),
        "e2": GlobalEntity("person/pierre-dubois", "Pierre Dubois", "Person"),
        "e3": GlobalEntity("place/geneva", "Geneva", "Place"),
    }
    return document_graph(result, nodes)


def test_predictions_from_graph():
    pred = predictions_from_graph(_graph())
    facts = {(r.doc, r.relation, r.date, r.status) for r in pred.rows}
    assert facts == {("d0", "spoke_with", "2024-03-04", "occurred"), ("d0", "met_in", None, "planned")}
    assert all(r.evidence for r in pred.rows)
    assert {(r.subject, r.object) for r in pred.rows} == {("Anna Kowalski", "Pierre Dubois"), ("Anna Kowalski", "Geneva")}
    names = {e.name: e for e in pred.entities.values()}
    assert set(names) == {"Anna Kowalski", "Pierre Dubois", "Geneva"}
    assert names["Anna Kowalski"].type == "Person" and "Kowalski" in names["Anna Kowalski"].aliases
    assert len(pred.mentions["d0"]) == 3


EXAMPLE_RELATIONS = Path(__file__).resolve().parents[1] / "examples" / "queries" / "relations.rq"


@pytest.mark.skipif(not EXAMPLE_RELATIONS.exists(), reason="examples/queries/relations.rq not written yet")
def test_eval_query_returns_what_examples_relations_rq_returns():
    g = _graph()
    cols = ("doc", "relation", "subject", "object", "date", "status", "evidence")
    example = {tuple(str(row[c]) if row[c] is not None else None for c in cols)
               for row in g.query(EXAMPLE_RELATIONS.read_text(encoding="utf-8"))}
    ours = {(r.doc, r.relation, r.subject, r.object, r.date, r.status, r.evidence) for r in predictions_from_graph(g).rows}
    assert example == ours and len(ours) == 2


def test_predictions_from_a_dataset_of_named_graphs():
    from rdflib import Dataset

    ds = Dataset()
    g = _graph()
    named = ds.graph(g.identifier)
    for triple in g:
        named.add(triple)
    pred = predictions_from_graph(ds)
    assert len(pred.rows) == 2 and len(pred.entities) == 3
    assert ds.default_union is False


def test_an_entity_in_many_documents_graphs_is_read_once():
    from rdflib import Dataset, URIRef

    from kg.evaluate import _rows, query_store

    ds = Dataset()
    for k in range(30):  # the same entities named in 30 documents' graphs
        named = ds.graph(URIRef(f"https://example.org/doc/{k}"))
        for triple in _graph():
            named.add(triple)
    rows = _rows(query_store(ds), "eval_aliases.rq")
    assert [(r["entity"], r["alias"]) for r in rows] == [("Anna Kowalski", "Kowalski")]  # once, not 30 times


def test_evaluate_with_a_build_callable(tmp_path):
    path = write_gold(tmp_path, [{
        "entities": SPANS,
        "relations": [SPOKE, rel("met_in", "Anna Kowalski", "Geneva", status="planned"),
                      rel("spoke_with", "José Müller", "Anna Kowalski")],
    }, {"id": "other"}])
    seen = {}

    def build(articles, *, model=None):
        seen["ids"], seen["model"] = [a.id for a in articles], model
        return _graph()

    report = evaluate(path, build=build, model="m", limit=1)
    assert seen == {"ids": ["d0"], "model": "m"}
    sw, mi = report.relations["spoke_with"], report.relations["met_in"]
    assert (sw.tp, sw.fp, sw.found, sw.fn) == (1, 0, 1, 1)
    assert (mi.tp, mi.fp, mi.found, mi.fn) == (1, 0, 1, 0)
    assert (report.status_correct, report.status_total) == (1, 1)
    assert (report.entities.tp, report.entities.fp) == (3, 0)
    text = format_report(report, details=True)
    assert "spoke_with" in text and "FN spoke_with(José Müller, Anna Kowalski)" in text


def test_format_report_lists_false_positives_with_evidence(tmp_path):
    gold = load_gold(write_gold(tmp_path, [{"relations": [SPOKE]}]))
    report = score(gold, rows(("spoke_with", "Kowalski", "Eva Lind"), evidence="Kowalski phoned\n Eva Lind."))
    compact, full = format_report(report, details=False), format_report(report, details=True)
    assert "spoke_with" in compact and "FP" not in compact
    assert "FP spoke_with(Kowalski, Eva Lind)" in full and "evidence: Kowalski phoned Eva Lind." in full
    assert "FN spoke_with(Anna Kowalski, Pierre Dubois)" in full


@pytest.mark.skipif(not (SHARED / "seeds.gold.jsonl").exists(), reason="shared eval data not present")
def test_loads_every_shared_gold_file():
    for path in [SHARED / "seeds.gold.jsonl", *sorted((SHARED / "dev").glob("*.jsonl"))]:
        docs = load_gold(path)
        assert docs and all(d.id and d.text for d in docs)
    seeds = load_gold(SHARED / "seeds.gold.jsonl")
    assert seeds[0].scored_relations == {"spoke_with", "met_in", "represents"}
    rams = load_gold(SHARED / "dev" / "rams_dev_contact.jsonl")
    assert not any(d.exhaustive for d in rams)


def test_details_list_relations_in_a_fixed_order_whatever_the_hash_seed(tmp_path):
    """--details reads alike on every run: the relation types in the order of RELATIONS, not a set's."""
    gold = write_gold(tmp_path, [{"relations": [SPOKE, rel("met_in", "Anna Kowalski", "Geneva"),
                                                rel("represents", "Anna Kowalski", "Poland")]}])
    script = ("import sys; from kg.evaluate import Predictions, format_report, load_gold, score; "
              "print(format_report(score(load_gold(sys.argv[1]), Predictions(rows=[])), details=True))")
    outputs = {subprocess.run([sys.executable, "-c", script, str(gold)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outputs) == 1
    fns = [line.split("(")[0].strip() for line in outputs.pop().splitlines() if line.startswith("  FN ")]
    assert fns == ["FN spoke_with", "FN met_in", "FN represents"]


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.skipif(not (SHARED / "seeds.gold.jsonl").exists(), reason="shared eval data not present")
def test_the_seeds_meet_the_brief_s_targets():
    # the brief's targets on its own two articles: precision and recall 0.9 or more for each relation, every date and
    # status of a dated gold contact right (the Trump-Putin calls of 2025-02-12 and 2025-03-18 and the one planned
    # for 2025-05-19 among them), and no page furniture or negative produced
    from kg.evaluate import evaluate

    report = evaluate(SHARED / "seeds.gold.jsonl")
    for relation, counts in report.relations.items():
        assert counts.precision >= 0.9 and counts.recall >= 0.9, relation
    assert (report.date_correct, report.status_correct) == (report.date_total, report.status_total) != (0, 0)
    assert report.negatives == report.not_entities == 0
