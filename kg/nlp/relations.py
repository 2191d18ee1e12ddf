"""kg_relations: contacts, meetings and affiliations from the dependency parse.

Sets ``doc._.kg_events``: a list of :class:`~kg.nlp.events.RawEvent`. Dates stay as the text
of the DATE entity plus the tense; kg.extract resolves them against the article's own date.
The rules live in :mod:`kg.nlp.contacts` (``spoke_with``, ``met_in``; with the trigger words
of :mod:`kg.nlp.triggers` and the places of :mod:`kg.nlp.places`) and
:mod:`kg.nlp.affiliations` (``represents``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import AFFILIATION, COUNTRY, MEETING, MEETING_TALKS, ORGANIZATION, PERSON, TALKS
from kg.nlp import gazetteer
from kg.nlp.affiliations import affiliation_events, bodies_countries, home_bodies
from kg.nlp.aliases import VENUE_MENTION
from kg.nlp.contacts import MEDIA, contact_events, drop_repeats, party_refs, press_named
from kg.nlp.events import RawEvent
from kg.nlp.followups import joined_after, leaders_after, placed_after, sides_after
from kg.nlp.meeting_cities import guests_at_home, settle_places
from kg.nlp.memo import remembering
from kg.nlp.ministries import ministries_of_posts
from kg.nlp.post_holders import forget_titles
from kg.nlp.triggers import retag_nouns

__all__ = ["RawEvent", "RelationExtractor", "make_relation_extractor"]

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)


@Language.factory("kg_relations")
def make_relation_extractor(nlp: Language, name: str) -> "RelationExtractor":
    return RelationExtractor(nlp, name)


class RelationExtractor:
    def __init__(self, nlp: Language, name: str = "kg_relations"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.kg_refs or {}
        types = {e.key: e.type for e in doc._.kg_entities or []}
        # a news outlet one speaks to gives an interview, not a diplomatic contact, and one posts on a platform
        # ("wrote on Telegram after the call"): no party to contacts
        press = press_named(doc, refs)
        parties = {e.key: MEDIA if e.type == ORGANIZATION and (
            gazetteer.is_media(e.name) or gazetteer.is_platform(e.name) or e.key in press) else e.type
                   for e in doc._.kg_entities or []}
        retag_nouns(doc)  # "after morning call" tagged a verb
        with remembering(doc):  # (after retagging: the words' tags no longer change)
            events = document_events(doc, refs, types, parties)
        # the city of a well-known venue the text does not name is an entity only where a meeting is placed in it
        used = {k for ev in events for k in (*ev.participants, ev.place, ev.party)}
        doc._.kg_entities = [e for e in doc._.kg_entities or [] if e.key in used
                             or any(m.kind != VENUE_MENTION for m in e.mentions)]
        forget_titles(doc)
        doc._.kg_events = events
        return doc


def document_events(doc: Doc, refs: dict, types: dict, parties: dict) -> list[RawEvent]:
    """The contacts and affiliations a document tells, sentence by sentence, then across sentences."""
    by_party = party_refs(doc, refs, types)  # "Washington and Kabul held talks": the countries
    events: list[RawEvent] = []
    for sent in doc.sents:
        events.extend(drop_repeats(list(contact_events(sent, refs, parties, events, by_party))))
        events = placed_after(sent, events, refs, types)  # "The meeting took place in Calgary": the one just told
    events = joined_after(doc, events, refs, types)  # "The meeting also included Z": Z was there too
    events = leaders_after(doc, events, refs, types)  # "The X delegation was led by A and the Y one by B"
    events = sides_after(doc, events, refs, types)  # "The X side was led by A. Across the table sat B"
    events = settle_places(doc, events, refs, types)  # a building, a country, a venue: the city where told
    events.extend(affiliation_events(doc, refs, types, contacts=list(events)))
    events = home_bodies(doc, events, refs, types)  # "the Head of Government, X": the report's country's
    events = bodies_countries(doc, events, types)  # "Pentagon spokesman X": for the United States too
    events = ministries_of_posts(doc, events, types)  # "Foreign Minister X", "the Foreign Ministry said": its too
    events = implied_talks_out(countries_told_by_people(people_for_their_countries(events, types), types))
    return guests_at_home(events, {e.key: e.name for e in doc._.kg_entities or []}, types)  # each in their city


def people_for_their_countries(events: list[RawEvent], types: dict) -> list[RawEvent]:
    """The contacts of a sentence that names a country (or a body) and people the article makes its officials are the
    people's: "Peru and Chile signed a pact during a visit by Chilean President X" is a meeting of Peru and X, who
    stands for Chile ("received a delegation of Y led by its chairman X": a meeting with X, who stands for Y); "The
    Chilean delegation led by X held talks with the Peruvian delegation led by Y" is X's and Y's alone (no talks of
    Chile with Y across the table)."""
    of = {(ev.participants[0], ev.party) for ev in events if ev.kind == AFFILIATION and ev.participants}
    contacts: dict[int, list[RawEvent]] = {}  # sentence start -> its contacts
    for ev in events:
        if ev.kind != AFFILIATION:
            contacts.setdefault(ev.sentence.start, []).append(ev)
    out: list[RawEvent] = []
    for ev in events:
        # the people of the sentence's contacts told by the same word or sharing a party with this one, or of any for
        # a country alone (not "X, Y and Z will hold a summit, with Y's premier W expected to make his first visit": Y
        # holds the summit; but "after meeting X, Y's minister said Y would host a meeting": the minister's)
        here = {k for o in contacts.get(ev.sentence.start, []) if o.trigger == ev.trigger or len(ev.participants) == 1
                or set(o.participants) & set(ev.participants) for k in o.participants if types.get(k) == PERSON}
        kept = tuple(k for k in ev.participants
                     if not (types.get(k) in {COUNTRY, ORGANIZATION} and any((p, k) in of for p in here)))
        if ev.kind != AFFILIATION and kept != ev.participants:
            if len(kept) < 2:
                continue
            ev = replace(ev, participants=kept)
        if ev not in out:
            out.append(ev)
    return out


def countries_told_by_people(events: list[RawEvent], types: dict) -> list[RawEvent]:
    """A contact of a country (or a body) told again in the same place with the same others, by one of its people, is
    theirs: "N. Korean FM met Lavrov in Vladivostok" (a headline's title no one holds alone) beside "the
    North Korean Foreign Minister X held talks with Lavrov in Vladivostok" is X's meeting, not North Korea's."""
    of = {(ev.participants[0], ev.party) for ev in events if ev.kind == AFFILIATION and ev.participants}
    contacts = [ev for ev in events if ev.kind != AFFILIATION]

    def told_by_people(ev: RawEvent) -> bool:
        for k in ev.participants:
            if types.get(k) not in {COUNTRY, ORGANIZATION}:
                continue
            others = set(ev.participants) - {k}
            if ev.place and any(o is not ev and o.place == ev.place and o.status == ev.status
                                and others < set(o.participants)
                                and any((p, k) in of for p in set(o.participants) - others) for o in contacts):
                return True
        return False

    return [ev for ev in events if ev.kind == AFFILIATION or not told_by_people(ev)]


def implied_talks_out(events: list[RawEvent]) -> list[RawEvent]:
    """Talks of a pair its sentence's meeting of just that pair already holds: "met with a delegation of Y led by Z"
    read as talks of X with each of Y and Z is, once Y stands for Z, the meeting of X and Z."""
    pairs = {(ev.sentence.start, ev.trigger, frozenset(ev.participants)) for ev in events
             if ev.kind == MEETING and len(set(ev.participants)) == 2
             and (ev.rule.endswith(("-talk", "-mediate")) or ev.place and ev.rule in MEETING_TALKS)}
    return [ev for ev in events if not (ev.kind == TALKS and (ev.sentence.start, ev.trigger, frozenset(
        ev.participants)) in pairs)]
