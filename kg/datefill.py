"""Dates for contacts an article reports without one, taken from other reports of the same contact.

The same contact is reported again and again: one article dates the talks ("held talks in
Turkey last Friday"), the article of the day before only says "talked in Istanbul". An
undated contact event takes the date that the other reports of the same contact agree on:

- same kind (call, talks, meeting), same status, the same participants (graph nodes, two or
  more);
- compatible places: the same node, no place on one side, or a country and a city in it;
- a date at most :data:`DAYS` days from the undated report's publication: on or before it
  for a contact that occurred, on or after it for a planned one (only days are lent; a
  report dated to a month or year only keeps it and is not filled);
- one date only: when the candidate reports give two dates, nothing is filled.

The filled event gets ``kg:date`` and ``kg:dateFrom`` (each event the date was read from).
What is filled depends only on the set of reports of a contact, never on the order the
documents come in, so a file build (kg.build) and a store grown in any batches (kg.store)
write the same triples.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.model import CALL, COUNTRY, MEETING, OCCURRED, PLACE, TALKS, DocResult, GlobalEntity
from kg.nlp import gazetteer
from kg.vocab import ID, KG

__all__ = ["DAYS", "Report", "fill", "fill_triples", "fills", "reports"]

#: How far (in days) the borrowed date may be from the undated report's publication date.
DAYS = 7

#: Event kinds that are contacts (affiliations are not dated this way).
CONTACT_KINDS = frozenset({CALL, TALKS, MEETING})


@dataclass(frozen=True)
class Report:
    """One contact event, as date filling sees it (plain strings: kept as JSON in a store)."""

    event: str  # the event's IRI
    key: str  # kind, status and participants: reports of one contact share it
    status: str  # occurred or planned
    date: str | None  # the event's own date (a day, or a month or year: never filled, never lent), None when the article gives none
    published: str | None  # publication date of its article
    place: str | None = None  # IRI of the meeting place
    region: str | None = None  # ISO2 code of the place's country (a country's own code)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Report":
        return cls(**json.loads(text))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _region(node: GlobalEntity) -> str | None:
    if node.type == COUNTRY:
        return node.country_code.upper() if node.country_code else None
    if node.type == PLACE:
        found = gazetteer.city(node.name)
        return found[1].upper() if found else None
    return None


def reports(result: DocResult, nodes: Mapping[str, GlobalEntity]) -> list[Report]:
    """The contact events of one resolved document with two or more participants, as Reports.

    ``nodes`` maps the document's entity keys to their graph nodes (as for kg.rdf.document_triples).
    """
    from kg.rdf import entity_iri, event_iri

    out = []
    for event in result.events:
        if event.kind not in CONTACT_KINDS:
            continue
        slugs = {k: nodes[k].slug for k in (*event.participants, event.place, event.venue) if k is not None}
        parties = sorted({slugs[k] for k in event.participants})
        if len(parties) < 2:
            continue
        place = nodes[event.place] if event.place is not None else None
        out.append(Report(
            event=str(event_iri(result.article.id, event, slugs)),
            key=" ".join([event.kind, event.status, *parties]),
            status=event.status,
            date=event.date,
            published=result.article.published,
            place=str(entity_iri(place.slug)) if place else None,
            region=_region(place) if place else None,
        ))
    return out


def _same_place(a: Report, b: Report) -> bool:
    if a.place is None or b.place is None or a.place == b.place:
        return True
    # a country and a place in it (a country's region is its own code)
    countries = str(ID["country/"])
    return (a.place.startswith(countries) != b.place.startswith(countries)
            and a.region is not None and a.region == b.region)


def fill(undated: Report, others: Iterable[Report]) -> tuple[str, tuple[str, ...]] | None:
    """The date ``undated`` takes from ``others`` (reports of any contacts), and the events it
    comes from; None when no report fits or those that fit disagree."""
    published = _day(undated.published)
    if undated.date is not None or published is None:
        return None
    if undated.status == OCCURRED:
        low, high = published - timedelta(DAYS), published
    else:
        low, high = published, published + timedelta(DAYS)
    found: dict[str, list[str]] = {}
    for other in others:
        when = _day(other.date)
        if (other.key == undated.key and when is not None and low <= when <= high
                and other.event != undated.event and _same_place(undated, other)):
            found.setdefault(other.date, []).append(other.event)
    if len(found) != 1:
        return None
    (day, sources), = found.items()
    return day, tuple(sorted(set(sources)))


def fills(group: Iterable[Report]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Event IRI -> (date, source events) for each undated report of ``group`` that gets one."""
    group = list({r.event: r for r in group}.values())
    dated = [r for r in group if r.date is not None]
    out = {}
    for report in group:
        if report.date is None and (got := fill(report, dated)) is not None:
            out[report.event] = got
    return out


def fill_triples(event: str, day: str, sources: Iterable[str]) -> set[tuple]:
    """The triples of one filled date: kg:date and one kg:dateFrom per source event."""
    ev = URIRef(event)
    triples = {(ev, KG.date, Literal(day, datatype=XSD.date))}
    triples |= {(ev, KG.dateFrom, URIRef(src)) for src in sources}
    return triples
