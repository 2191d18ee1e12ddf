"""Read a kg graph (ontology/README.md) into the plain records the viewer draws.

Everything is read with the SPARQL files next to this module (``*.rq``), so the viewer
depends on the graph contract only, not on the writer's Python code. The result is a
:class:`VizGraph`: entities, events (with sentence and document), documents, and the
edges the page draws, one per entity pair and relation, each listing every event
behind it.

Besides the three relations of the ontology, the viewer derives ``met_with``: the
participants of one meeting event are joined pairwise, so a meeting of three people
reads as a triangle of dashed edges plus their ``met_in`` edges to the place.
"""

from __future__ import annotations

import functools
from collections import defaultdict, deque
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

import rdflib
from rdflib.plugins.sparql import prepareQuery

from kg.errors import KgError

KG = "https://w3id.org/kg-news/ontology#"

#: Relations the page draws, in legend order. ``met_with`` is derived from meeting events.
SPOKE_WITH = "spoke_with"
MET_WITH = "met_with"
MET_IN = "met_in"
REPRESENTS = "represents"
RELATIONS = (SPOKE_WITH, MET_WITH, MET_IN, REPRESENTS)
#: Relations drawn without direction (one edge per unordered pair).
SYMMETRIC = frozenset({SPOKE_WITH, MET_WITH})
#: Relations counted as contacts (node size).
CONTACT_RELATIONS = frozenset({SPOKE_WITH, MET_IN})

ENTITY_TYPES = ("Person", "Organization", "Country", "Place")
UNKNOWN_TYPE = "Entity"

#: Event classes from most to least specific; an event typed with several gets the first.
EVENT_KINDS = ("PhoneCall", "Meeting", "Affiliation", "Communication", "Event")

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

OCCURRED = "occurred"
PLANNED = "planned"


class VizError(KgError):
    """The viewer cannot do what was asked (e.g. the focus entity is not in the graph)."""


@dataclass
class VizEntity:
    """One node: an entity with its canonical name, type and every alias."""

    iri: str
    name: str
    type: str  # one of ENTITY_TYPES, or UNKNOWN_TYPE for an untyped resource
    aliases: list[str] = field(default_factory=list)
    country_code: str | None = None


@dataclass
class VizEvent:
    """An event node: what happened, when, and the sentence it was read from."""

    iri: str
    kind: str = "Event"
    date: str | None = None  # ISO YYYY-MM-DD when known, or YYYY-MM / YYYY when only the month or year is
    date_from_report: bool = False  # the date was taken from another report (kg:dateFrom)
    status: str = OCCURRED
    trigger: str | None = None
    text: str | None = None  # the evidence sentence
    doc: str | None = None  # the document IRI
    participants: list[str] = field(default_factory=list)
    place: str | None = None


@dataclass
class VizDocument:
    """A source document."""

    iri: str
    doc_id: str
    headline: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass
class VizEdge:
    """One drawn edge: a relation between two entities and every event behind it."""

    source: str
    target: str
    relation: str  # one of RELATIONS
    events: list[str] = field(default_factory=list)  # event IRIs


@dataclass
class VizGraph:
    """Everything the viewer draws, keyed by IRI."""

    entities: dict[str, VizEntity] = field(default_factory=dict)
    events: dict[str, VizEvent] = field(default_factory=dict)
    documents: dict[str, VizDocument] = field(default_factory=dict)
    edges: list[VizEdge] = field(default_factory=list)

    def contacts(self) -> dict[str, int]:
        """Number of distinct partners over ``spoke_with`` / ``met_in`` for every entity."""
        partners: dict[str, set[str]] = {iri: set() for iri in self.entities}
        for e in self.edges:
            if e.relation in CONTACT_RELATIONS:
                partners[e.source].add(e.target)
                partners[e.target].add(e.source)
        return {iri: len(p) for iri, p in partners.items()}

    def degree(self) -> dict[str, int]:
        """Number of distinct neighbours over every drawn relation."""
        partners: dict[str, set[str]] = {iri: set() for iri in self.entities}
        for e in self.edges:
            partners[e.source].add(e.target)
            partners[e.target].add(e.source)
        return {iri: len(p) for iri, p in partners.items()}

    def find(self, name: str) -> list[str]:
        """IRIs of the entities called ``name``: canonical names first, then aliases, then IRI.

        Matching ignores case and surrounding space. Returns every entity whose canonical
        name matches; if none does, every entity with a matching alias.
        """
        wanted = " ".join(name.split()).casefold()
        by_name = [iri for iri, e in self.entities.items() if e.name.casefold() == wanted]
        if by_name:
            return sorted(by_name)
        by_alias = [
            iri
            for iri, e in self.entities.items()
            if any(" ".join(a.split()).casefold() == wanted for a in e.aliases)
        ]
        if by_alias:
            return sorted(by_alias)
        return [iri for iri in self.entities if iri.casefold() == wanted]

    def neighbourhood(self, centres: Iterable[str], hops: int) -> set[str]:
        """The entities within ``hops`` edges of any of ``centres`` (centres included)."""
        adjacency: dict[str, set[str]] = defaultdict(set)
        for e in self.edges:
            adjacency[e.source].add(e.target)
            adjacency[e.target].add(e.source)
        seen = set(centres)
        frontier = deque((c, 0) for c in seen)
        while frontier:
            node, dist = frontier.popleft()
            if dist == hops:
                continue
            for other in adjacency[node]:
                if other not in seen:
                    seen.add(other)
                    frontier.append((other, dist + 1))
        return seen

    def subgraph(self, keep: set[str]) -> VizGraph:
        """The entities in ``keep`` and the edges between them (events and documents kept whole)."""
        return VizGraph(
            entities={iri: e for iri, e in self.entities.items() if iri in keep},
            events=self.events,
            documents=self.documents,
            edges=[e for e in self.edges if e.source in keep and e.target in keep],
        )


@functools.lru_cache(maxsize=None)
def _query(name: str):
    text = resources.files("kg.viz").joinpath(f"{name}.rq").read_text(encoding="utf-8")
    return prepareQuery(text)


def _run(graph: rdflib.Graph, name: str):
    try:
        return graph.query(_query(name))
    except Exception as exc:  # rdflib raises many types for a broken store
        raise KgError(f"kg/viz/{name}.rq: cannot query the graph ({exc}); check the graph file loads with rdflib") from exc


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _type_from_iri(iri: str) -> str:
    parts = iri.rstrip("/").split("/")
    if len(parts) >= 2:
        for t in ENTITY_TYPES:
            if parts[-2] == t.lower():
                return t
    return UNKNOWN_TYPE


def _s(value) -> str | None:
    return None if value is None else str(value)


def read_graph(graph: rdflib.Graph) -> VizGraph:
    """Read entities, relations, events and documents of a kg graph into a :class:`VizGraph`.

    ``graph`` is an ``rdflib.Graph`` or an ``rdflib.Dataset`` (load ``.trig`` files with
    ``default_union=True`` so the queries see every named graph). Raises ``KgError`` if
    the graph cannot be queried.
    """
    if isinstance(graph, rdflib.Dataset) and not graph.default_union:
        union = rdflib.Dataset(store=graph.store, default_union=True)
        graph = union
    vg = VizGraph()
    labels: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    codes: dict[str, str] = {}
    for row in _run(graph, "names"):
        iri, key, value = str(row.entity), str(row.key), str(row.value)
        if key == RDFS_LABEL:
            labels.setdefault(iri, value)
        elif key == SKOS_ALT:
            aliases[iri].add(value)
        else:
            codes.setdefault(iri, value)

    rank = {t: i for i, t in enumerate(ENTITY_TYPES)}
    for row in _run(graph, "entities"):
        iri = str(row.entity)
        etype = _local(str(row["class"]))
        current = vg.entities.get(iri)
        if current is None:
            vg.entities[iri] = VizEntity(iri=iri, name=labels.get(iri) or _local(iri), type=etype, country_code=codes.get(iri))
        elif rank[etype] < rank.get(current.type, 99):
            current.type = etype

    def entity(iri: str) -> VizEntity:
        if iri not in vg.entities:
            vg.entities[iri] = VizEntity(iri=iri, name=labels.get(iri) or _local(iri), type=_type_from_iri(iri))
        return vg.entities[iri]

    # Events.
    kind_rank = {k: i for i, k in enumerate(EVENT_KINDS)}

    def event(iri: str) -> VizEvent:
        if iri not in vg.events:
            vg.events[iri] = VizEvent(iri=iri)
        return vg.events[iri]

    for row in _run(graph, "events"):
        ev = event(str(row.event))
        kind = _local(str(row["class"]))
        if kind_rank[kind] < kind_rank.get(ev.kind, 99):
            ev.kind = kind
    derived_from: dict[str, str] = {}
    for row in _run(graph, "event_attributes"):
        ev_iri, key, value = str(row.event), _local(str(row.key)), str(row.value)
        if key == "wasDerivedFrom":
            derived_from.setdefault(ev_iri, value)
            continue
        ev = event(ev_iri)
        if key == "date":
            ev.date = ev.date or value[:10]
        elif key == "dateFrom":
            ev.date_from_report = True
        elif key == "status":
            ev.status = value
        elif key == "trigger":
            ev.trigger = ev.trigger or value
        elif key == "place":
            ev.place = value
        elif value not in ev.participants:
            ev.participants.append(value)
    for row in _run(graph, "evidence"):
        ev = event(str(row.event))
        if str(row.key).endswith("#text"):
            ev.text = ev.text or str(row.value)
        else:
            ev.doc = ev.doc or str(row.value)
    for ev_iri, doc in derived_from.items():
        ev = event(ev_iri)
        ev.doc = ev.doc or doc

    doc_attrs: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _run(graph, "documents"):
        doc_attrs[str(row.doc)].setdefault(_local(str(row.key)), str(row.value))
    docs_used = {ev.doc for ev in vg.events.values() if ev.doc}
    for iri in docs_used:
        doc_attrs[iri]  # documents known only from an event still get an entry
    for iri, attrs in doc_attrs.items():
        if "docId" in attrs or iri in docs_used:
            vg.documents[iri] = VizDocument(
                iri=iri,
                doc_id=attrs.get("docId") or _local(iri),
                headline=attrs.get("headline"),
                url=attrs.get("url"),
                published=attrs.get("datePublished"),
            )

    # Edges: one per (relation, pair); symmetric relations keyed by the unordered pair.
    edges: dict[tuple[str, str, str], VizEdge] = {}

    def edge(subject: str, relation: str, obj: str) -> VizEdge | None:
        if subject == obj:
            return None
        entity(subject)
        entity(obj)
        if relation in SYMMETRIC and obj < subject:
            subject, obj = obj, subject
        key = (relation, subject, obj)
        if key not in edges:
            edges[key] = VizEdge(source=subject, target=obj, relation=relation)
        return edges[key]

    def add_event(e: VizEdge | None, ev_iri: str) -> None:
        if e is not None and ev_iri not in e.events:
            e.events.append(ev_iri)

    for row in _run(graph, "relations"):
        edge(str(row.subject), _local(str(row.relation)), str(row.object))
    for row in _run(graph, "facts"):
        ev_iri = str(row.event)
        event(ev_iri)
        add_event(edge(str(row.subject), _local(str(row.relation)), str(row.object)), ev_iri)
    for ev in vg.events.values():
        if ev.kind != "Meeting":
            continue
        people = ev.participants
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                add_event(edge(a, MET_WITH, b), ev.iri)

    vg.edges = list(edges.values())
    for iri, ent in vg.entities.items():
        ent.aliases = sorted(aliases.get(iri, set()) - {ent.name})
    return vg
