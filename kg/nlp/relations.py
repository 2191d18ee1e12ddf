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

from kg.model import ORGANIZATION
from kg.nlp import gazetteer
from kg.nlp.affiliations import affiliation_events
from kg.nlp.contacts import MEDIA, contact_events, drop_repeats, party_refs
from kg.nlp.entity_evidence import PRESS_NOUNS
from kg.nlp.events import RawEvent
from kg.nlp.places import building_cities, country_cities, dateline, venue_cities

__all__ = ["RawEvent", "RelationExtractor", "make_relation_extractor"]

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)


@Language.factory("kg_relations")
def make_relation_extractor(nlp: Language, name: str) -> "RelationExtractor":
    return RelationExtractor(nlp, name)


#: Nouns before an outlet's name: "the German Sunday newspaper X", "broadcaster X", "the news agency X".
PRESS_BEFORE = PRESS_NOUNS | {"paper", "broadcaster", "channel", "agency"}


def press_named(doc: Doc, refs: dict) -> set[str]:
    """The organisations the article calls a newspaper, broadcaster or news agency right before a name."""
    out = set()
    for ent in doc.ents:
        k = ent.start - 1
        while k >= 0 and k >= ent.start - 2 and doc[k].text[:1].isupper():
            k -= 1  # "the newspaper Frankfurter Allgemeine Sonntagszeitung", its first word left out of the name
        prev = doc[k] if k >= 0 else None
        if ent.start in refs and prev is not None and prev.lower_ in PRESS_BEFORE and (
                prev.lower_ != "agency" or doc[prev.i - 1].lower_ == "news"):
            out.add(refs[ent.start])
    return out


class RelationExtractor:
    def __init__(self, nlp: Language, name: str = "kg_relations"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        refs = doc._.kg_refs or {}
        types = {e.key: e.type for e in doc._.kg_entities or []}
        # a news outlet one speaks to gives an interview, not a diplomatic contact: no party to contacts
        press = press_named(doc, refs)
        parties = {e.key: MEDIA if e.type == ORGANIZATION and (gazetteer.is_media(e.name) or e.key in press) else e.type
                   for e in doc._.kg_entities or []}
        by_party = party_refs(doc, refs, types)  # "Washington and Kabul held talks": the countries
        events: list[RawEvent] = []
        for sent in doc.sents:
            events.extend(drop_repeats(list(contact_events(sent, refs, parties, events, by_party))))
        cities = building_cities(doc, refs, types)  # "at the Hofburg", told "in Vienna" before: in Vienna
        events = [replace(ev, place=cities[ev.place]) if ev.place in cities else ev for ev in events]
        entities = doc._.kg_entities or []
        # "met in Oman", told "in Muscat" too: in Muscat; "at the National Palace" under "MEXICO CITY —": there
        for within in (country_cities(events, entities), venue_cities(events, entities, dateline(doc, refs, types))):
            events = [replace(ev, place=within[i]) if i in within else ev for i, ev in enumerate(events)]
        events.extend(affiliation_events(doc, refs, types, contacts=list(events)))
        doc._.kg_events = events
        return doc
