"""The records that flow through kg: articles in, extracted documents out.

Data flows one way::

    Article  --(kg.nlp pipeline)-->  DocResult  --(kg.resolve)-->  kg.rdf graph

Every stage after the NLP reads only these records, never spaCy objects, so
the RDF writer, the evaluator and the distributed engine can run without a
model loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Entity types kg keeps, mapped to ontology classes by kg.rdf.
PERSON = "Person"
ORGANIZATION = "Organization"
COUNTRY = "Country"
PLACE = "Place"
ENTITY_TYPES = (PERSON, ORGANIZATION, COUNTRY, PLACE)

#: Relation names, exactly as in the ontology.
SPOKE_WITH = "spoke_with"
MET_IN = "met_in"
REPRESENTS = "represents"
RELATIONS = (SPOKE_WITH, MET_IN, REPRESENTS)

#: Event kinds: the ontology class of the event node behind a relation.
CALL = "PhoneCall"  # telephone or video call (CAMEO 041)
TALKS = "Communication"  # talks, conversation, negotiations (CAMEO 040/043)
MEETING = "Meeting"  # in-person meeting, summit, visit (CAMEO 042-044)
AFFILIATION = "Affiliation"  # evidence that a person represents a party
EVENT_KINDS = (CALL, TALKS, MEETING, AFFILIATION)

#: Rules of meetings whose two parties, met somewhere in person, talked with each other: "X met Y in Rome", "a
#: meeting with Y at the palace", "X paid a courtesy call on Y in Lima", "X and Y signed the accord in Lima", "the
#: two leaders met there" (kg.nlp.triggers, kg.nlp.followups).
MEETING_TALKS = frozenset({"verb-meet", "noun-meet", "noun-call", "verb-sign", "followup-leaders"})

#: Event status.
OCCURRED = "occurred"
PLANNED = "planned"
STATUSES = (OCCURRED, PLANNED)


@dataclass(frozen=True)
class Article:
    """One input article, as read from a file, a JSONL line or stdin."""

    id: str  # JSONL `id`, or the file name for files
    text: str  # plain text of the article body (page furniture removed)
    published: str | None = None  # ISO date YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it came from: path, or path:line for JSONL
    stated: str | None = None  # ISO date the text's own header or dateline states, if any
    live: bool = False  # a live page ("Summit day - live"): its entries tell the day it is published


@dataclass(frozen=True)
class Mention:
    """A span of the article text that names an entity."""

    text: str
    start: int  # character offset in Article.text
    end: int  # exclusive
    # "name", or how it refers: "title" ("the US president"), "pronoun", "demonym", "tag" ("D-Calif."), "venue" (a
    # well-known venue in the city: "Buckingham Palace" for London), "handle" (a social-media handle: "@SecBlinken"),
    # "styled" (a name with the honorific before it that its "name" mention leaves out: "Tan Sri X")
    kind: str = "name"


@dataclass
class Entity:
    """One real entity as seen in one document (all its mentions merged)."""

    key: str  # document-local identifier, e.g. "e3"
    name: str  # canonical name (the fullest form seen)
    type: str  # one of ENTITY_TYPES
    mentions: list[Mention] = field(default_factory=list)

    @property
    def aliases(self) -> set[str]:
        """Every name seen for it, the canonical name included (not pronouns or titles)."""
        return {m.text for m in self.mentions if m.kind in {"name", "styled"}} | {self.name}

    @property
    def named(self) -> bool:
        """Whether the document names it (rather than only saying "he" or "Russian"): by name, or by a tag
        that stands for the name ("D-Calif." for the Democratic Party)."""
        return any(m.kind in {"name", "tag"} for m in self.mentions)


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from."""

    text: str
    start: int  # character offset of the sentence in Article.text
    end: int


@dataclass(frozen=True)
class Event:
    """An event that backs one or more relations.

    - spoke_with: kind CALL or TALKS, participants are the parties (2+).
    - met_in: kind MEETING, participants met at ``place`` (and at ``venue``, the building or site in it the
      article names: "at the Elysee Palace in Paris").
    - represents: kind AFFILIATION, participants == (person,), ``party`` the
      organisation or country represented.
    """

    kind: str  # one of EVENT_KINDS
    participants: tuple[str, ...]  # Entity.key values
    evidence: Evidence
    rule: str  # name of the rule that fired
    confidence: float  # 0..1
    status: str = OCCURRED  # one of STATUSES
    date: str | None = None  # ISO day YYYY-MM-DD, or the month (YYYY-MM) or year (YYYY) the text names
    place: str | None = None  # Entity.key of the place (meetings)
    venue: str | None = None  # Entity.key of the building or site within ``place`` (meetings), if named
    party: str | None = None  # Entity.key of the represented party (affiliations)
    trigger: str | None = None  # the word that signalled the event

    def relations(self) -> list[tuple[str, str, str]]:
        """The (subject key, relation, object key) facts this event supports."""
        if self.kind == AFFILIATION:
            return [(self.participants[0], REPRESENTS, self.party)] if self.party else []
        ps = self.participants
        talks = [(a, SPOKE_WITH, b) for i, a in enumerate(ps) for b in ps[i + 1 :]]
        if self.kind == MEETING:  # talks of two held in person are talks too: "held talks with Y in Geneva"; so is a
            # meeting of two somewhere ("X met Y in Rome"), but not one joining or attending with another
            met = [(p, MET_IN, where) for where in (self.place, self.venue) if where for p in ps]
            return met + (talks if len(ps) == 2 and (self.rule.endswith(("-talk", "-mediate")) or self.place
                                                      and self.rule in MEETING_TALKS) else [])
        return talks


@dataclass
class DocResult:
    """Everything kg extracted from one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)


@dataclass
class GlobalEntity:
    """One node of the graph: an entity merged across all documents (kg.resolve)."""

    slug: str  # IRI path under the id namespace, e.g. "person/donald-trump"; stable across builds
    name: str  # canonical name -> rdfs:label
    type: str  # one of ENTITY_TYPES
    aliases: set[str] = field(default_factory=set)  # every surface form seen -> skos:altLabel
    country_code: str | None = None  # ISO 3166-1 alpha-2, for countries
