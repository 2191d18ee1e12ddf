"""Hand-built extraction records for the build, store and engine tests (fictional people).

``fake_extract`` stands in for kg.engines.extract_stream: it returns the records of
graph_samples (and a few variants) for the articles a build reads, so the whole build path
(reading, merging, RDF, files, store) runs without the spaCy model.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import graph_samples as samples
from kg.model import CALL, COUNTRY, MEETING, PERSON, PLACE, Article, DocResult, Entity, Event, Evidence, Mention


def _spelling_doc(doc_id: str, name: str) -> DocResult:
    """A call between ``name`` (a spelling of Dmitri Dane) and Bruno Bell."""
    text = f"{name} spoke by phone with Bruno Bell."
    entities = [
        Entity("p1", name, PERSON, [Mention(name, 0, len(name))]),
        Entity("p2", "Bruno Bell", PERSON, [Mention("Bruno Bell", text.index("Bruno"), text.index("Bruno") + 10)]),
    ]
    events = [Event(CALL, ("p1", "p2"), Evidence(text, 0, len(text)), "call-verb", 0.9, trigger="spoke by phone")]
    return DocResult(Article(doc_id, text), entities, events)


def _talks_doc(doc_id: str, published: str, place: str, date: str | None) -> DocResult:
    """Talks between Ada Ames and Bruno Bell at ``place`` (a place or a country), dated or not."""
    text = f"Ada Ames held talks with Bruno Bell in {place}."
    kind = COUNTRY if place in COUNTRIES else PLACE
    entities = [
        Entity("p1", "Ada Ames", PERSON, [Mention("Ada Ames", 0, 8)]),
        Entity("p2", "Bruno Bell", PERSON, [Mention("Bruno Bell", 25, 35)]),
        Entity("l1", place, kind, [Mention(place, 39, 39 + len(place))]),
    ]
    events = [Event(MEETING, ("p1", "p2"), Evidence(text, 0, len(text)), "meeting-verb", 0.9,
                    date=date, place="l1", trigger="held talks")]
    return DocResult(Article(doc_id, text, published), entities, events)


#: Reports of the same talks for kg.datefill: (published, place, own date).
TALKS_REPORTS = {
    "talks-undated.txt": ("2030-05-17", "Geneva", None),
    "talks-dated.txt": ("2030-05-19", "Switzerland", "2030-05-16"),
    "talks-other-date.txt": ("2030-05-18", "Geneva", "2030-05-15"),
    "talks-in-may.txt": ("2030-05-18", "Geneva", "2030-05"),  # "in May": a month only
}
COUNTRIES = {"Switzerland"}


def records() -> dict[str, DocResult]:
    """Every sample document by id."""
    out = {}
    for make in (samples.doc_one, samples.doc_two):
        result, _ = make()
        out[result.article.id] = result
    # Dmitri Dane is spelled "Dmitri Dane" in doc two and "Dmitri Dáne" in these two, so his
    # label changes once both are read.
    out["z1.txt"] = _spelling_doc("z1.txt", "Dmitri Dáne")
    out["z2.txt"] = _spelling_doc("z2.txt", "Dmitri Dáne")
    for doc_id, (published, place, date) in TALKS_REPORTS.items():
        out[doc_id] = _talks_doc(doc_id, published, place, date)
    return out


def fake_extract(articles, **_options):
    """Stand-in for kg.engines.extract_stream: the sample records for the articles read."""
    known = records()
    for article in articles:
        result = known[article.id]
        yield DocResult(article, result.entities, result.events)


def write_inputs(path: Path, ids) -> Path:
    """A JSONL input with the sample documents ``ids`` (their own texts)."""
    known = records()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id in ids:
            a = known[doc_id].article
            fh.write(json.dumps({"id": doc_id, "text": a.text, "published": a.published}) + "\n")
    return path


ALL_IDS = ("doc-one.txt", "sub/doc two.txt", "z1.txt", "z2.txt")

__all__ = ["ALL_IDS", "TALKS_REPORTS", "fake_extract", "records", "replace", "write_inputs"]
