"""kg.datefill: an undated contact takes the date other reports of the same contact agree on,
the same way in a file build and in a store grown in any order."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal
from rdflib.namespace import PROV, RDF, XSD

import build_samples as bs
from kg import build as kb
from kg import engines
from kg import store as ks
from kg.datefill import Report, fill, fills
from kg.query import read_query, run_query
from kg.rdf import doc_iri, entity_iri, load_graph
from kg.vocab import KG

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"
TALKS = "Meeting occurred person/ada-ames person/bruno-bell"
PLANNED_CALL = "PhoneCall planned person/ada-ames person/bruno-bell"
GENEVA, SWITZERLAND, PARIS, FRANCE = (str(entity_iri(slug)) for slug in (
    "place/geneva", "country/switzerland", "place/paris", "country/france"))


def report(event, date=None, published="2030-05-17", key=TALKS, place=None, region=None):
    return Report(event, key, key.split()[1], date, published, place, region)


UNDATED = report("e0", place=GENEVA, region="CH")


# --- the rule, on hand-made reports -------------------------------------------------------


def test_an_undated_report_takes_the_date_of_another_report_of_the_week_before():
    got = fill(UNDATED, [report("e1", "2030-05-16", published="2030-05-19", place=SWITZERLAND, region="CH")])
    assert got == ("2030-05-16", ("e1",))


@pytest.mark.parametrize("other", [
    report("e1", "2030-05-09"),                       # more than seven days before the article
    report("e1", "2030-05-18"),                       # after the article, for a contact that occurred
    report("e1", "2030-05-16", key=PLANNED_CALL),     # another contact (kind, status or people)
    report("e1", "2030-05-16", place=PARIS, region="FR"),   # another place
    report("e1", "2030-05-16", place=FRANCE, region="FR"),  # a country it is not in
])
def test_reports_of_other_contacts_or_other_times_give_no_date(other):
    assert fill(UNDATED, [other]) is None


def test_reports_that_disagree_give_no_date_and_agreeing_ones_are_all_sources():
    a, b = report("e1", "2030-05-16"), report("e2", "2030-05-15")
    assert fill(UNDATED, [a, b]) is None
    assert fill(UNDATED, [a, report("e3", "2030-05-16", place=GENEVA)]) == ("2030-05-16", ("e1", "e3"))


def test_a_planned_contact_takes_a_date_after_its_article():
    planned = report("e0", key=PLANNED_CALL)
    assert fill(planned, [report("e1", "2030-05-19", key=PLANNED_CALL)]) == ("2030-05-19", ("e1",))
    assert fill(planned, [report("e1", "2030-05-16", key=PLANNED_CALL)]) is None


def test_nothing_is_filled_without_a_publication_date_or_for_a_dated_report():
    assert fill(report("e0", published=None), [report("e1", "2030-05-16")]) is None
    assert fills([report("e0", "2030-05-14"), report("e1", "2030-05-16")]) == {}


def test_a_month_or_year_is_neither_filled_nor_lent():
    assert fills([report("e0", "2030-05"), report("e1", "2030-05-16")]) == {}  # "in May" keeps its month
    assert fill(UNDATED, [report("e1", "2030-05"), report("e2", "2030")]) is None  # no day to lend


# --- in builds: files and stores agree, whatever the order ------------------------------------


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(engines, "extract_stream", bs.fake_extract)


def triples_of(path):
    store = ox.Store.read_only(str(path))
    return {(ks.to_rdflib(q.subject), ks.to_rdflib(q.predicate), ks.to_rdflib(q.object))
            for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def file_build(tmp_path, ids, name):
    inputs = bs.write_inputs(tmp_path / f"{name}.jsonl", ids)
    return set(load_graph(kb.build([str(inputs)], tmp_path / name, html=False).outputs["ttl"]).triples((None, None, None)))


def event_of(triples, doc_id):
    """The meeting event read from document ``doc_id``."""
    return next(s for s, p, o in triples
                if p == PROV.wasDerivedFrom and o == doc_iri(doc_id) and (s, RDF.type, KG.Meeting) in triples)


def dates(triples, event):
    return {str(o) for s, p, o in triples if s == event and p == KG.date}


def test_a_file_build_dates_the_undated_report_and_says_where_from(fake, tmp_path):
    graph = file_build(tmp_path, ["talks-undated.txt", "talks-dated.txt"], "files")
    undated, dated = event_of(graph, "talks-undated.txt"), event_of(graph, "talks-dated.txt")
    assert (undated, KG.date, Literal("2030-05-16", datatype=XSD.date)) in graph
    assert {o for s, p, o in graph if s == undated and p == KG.dateFrom} == {dated}


@pytest.mark.parametrize("runs", [
    [["talks-undated.txt"], ["talks-dated.txt"]],       # the date comes later
    [["talks-dated.txt"], ["talks-undated.txt"]],       # the date was there first
    [["talks-undated.txt", "talks-dated.txt"], ["talks-other-date.txt"]],  # a third report disagrees
])
def test_a_store_grown_in_any_order_fills_dates_like_a_file_build(fake, tmp_path, runs):
    db = tmp_path / "db"
    for i, ids in enumerate(runs):
        kb.build([str(bs.write_inputs(tmp_path / f"run{i}.jsonl", ids))], store=db)
    everything = [doc for ids in runs for doc in ids]
    files = file_build(tmp_path, everything, "files")
    assert triples_of(db) == files
    undated = event_of(files, "talks-undated.txt")
    assert dates(files, undated) == (set() if "talks-other-date.txt" in everything else {"2030-05-16"})


def test_a_month_stays_a_month_in_files_and_stores_and_conforms(fake, tmp_path):
    from kg.validate import validate

    ids = ["talks-in-may.txt", "talks-dated.txt", "talks-undated.txt"]
    graph = file_build(tmp_path, ids, "files")
    assert dates(graph, event_of(graph, "talks-in-may.txt")) == {"2030-05"}
    assert (event_of(graph, "talks-in-may.txt"), KG.date, Literal("2030-05", datatype=XSD.gYearMonth)) in graph
    assert dates(graph, event_of(graph, "talks-undated.txt")) == {"2030-05-16"}  # lent by the dated report only
    db = tmp_path / "db"
    for doc_id in ids:
        kb.build([str(bs.write_inputs(tmp_path / f"{doc_id}.jsonl", [doc_id]))], store=db)
    assert triples_of(db) == graph
    data = load_graph(tmp_path / "files" / "graph.ttl")
    assert validate(data)[0], validate(data)[1]


def test_the_timeline_says_which_dates_come_from_another_report(fake, tmp_path):
    inputs = bs.write_inputs(tmp_path / "in.jsonl", ["talks-undated.txt", "talks-dated.txt"])
    graph = load_graph(kb.build([str(inputs)], tmp_path / "out", html=False).outputs["trig"])
    result = run_query(graph, read_query(str(QUERIES / "timeline.rq")))
    got = {(str(r.date), str(r.dated), str(r.location)) for r in result}
    assert got == {("2030-05-16", "event", "Switzerland"), ("2030-05-16", "report", "Geneva")}
