"""A minister acts for the ministry of their portfolio where the report names it.

"Russian Foreign Minister X" in a report that also tells what "the Russian Foreign Ministry said" represents the
ministry as well as Russia; so do "Secretary of State X" beside "a State Department readout" and "Minister of
Fisheries X" beside "the Ministry of Trade, Industry and Fisheries". A ministry is matched to a post by the portfolio
words the two share (:data:`SAME_PORTFOLIO` folds the spellings of one portfolio), and to the post's country by its
name ("the Russian Foreign Ministry", "the Ministry of Foreign Affairs of Thailand"), the gazetteer ("State
Department": the United States's), the country of someone else who speaks for it, or, for a ministry the report
names bare ("the Ministry of Foreign Affairs"), the country the report is about.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kg.model import AFFILIATION, COUNTRY, ORGANIZATION
from kg.nlp import gazetteer
from kg.nlp.affiliations import former_post, state_of_body
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.events import RawEvent
from kg.nlp.title_country import home_country

__all__ = ["ministries_of_posts"]

#: Words of one portfolio spelt apart, by the one kg compares: "External Affairs Minister" and "Ministry of Foreign
#: Affairs".
SAME_PORTFOLIO = {"external": "foreign", "defense": "defence", "labor": "labour", "homeland": "home",
                  "interior": "home", "mines": "mining", "investments": "investment", "industries": "industry"}

#: Portfolio words too broad to tell one ministry from another on their own ("Minister of International Relations
#: and Cooperation" still matches the Department of International Relations and Cooperation, word for word).
BROAD_WORDS = {"affairs", "international", "cooperation", "national", "public", "relations", "development",
               "regional", "political", "social", "information", "natural", "resources", "law", "power", "control"}

#: Words a ministry's name opens or ends with ("Ministry of Defence", "State Department", "Foreign Office"; not
#: "Foreign Affairs Council", "Foreign Service").
MINISTRY_WORDS = {"ministry", "ministries", "department", "office"}

#: The other words of a ministry's name that names no state: "the Federal Ministry of Foreign Affairs".
BARE_WORDS = MINISTRY_WORDS | {"of", "and", "for", "the", "&", "federal", "ministry's"}

#: Heads of a ministerial post: "Foreign Minister", "Secretary of State", "Vice-Minister", "Cabinet Secretary" (not
#: "Foreign Affairs Committee Chairman").
MINISTER_WORDS = {"minister", "secretary", "vice-minister", "undersecretary", "under-secretary", "ministers"}


def portfolio(words: list[str]) -> frozenset[str]:
    """The portfolio words of a title or a ministry's name ("secretary of state" alone is the US's foreign post)."""
    folded = [w.lower().strip(",") for w in words]
    found = {SAME_PORTFOLIO.get(w, w) for w in folded if w in PORTFOLIO_WORDS}
    text = " ".join(folded)
    if ("secretary of state" in text and "secretary of state for" not in text) or "state department" in text \
            or "department of state" in text:
        found.add("foreign")
    return frozenset(found)


def same_portfolio(post: frozenset[str], ministry: frozenset[str]) -> bool:
    """Whether a post's portfolio is a ministry's: a distinctive word in common, or the same broad words only."""
    if not post or not ministry:
        return False
    if post - BROAD_WORDS and ministry - BROAD_WORDS:
        return bool((post & ministry) - BROAD_WORDS)
    return post == ministry


def ministries(doc: Doc, events: list[RawEvent]) -> dict[str, tuple[frozenset[str], str | None]]:
    """The ministries the report names: key -> (portfolio, ISO2 of its state or None if it names none)."""
    refs = doc._.kg_refs or {}
    codes = {e.key: getattr(gazetteer.country(e.name), "code", None) for e in doc._.kg_entities or []
             if e.type == COUNTRY}
    out = {}
    for e in doc._.kg_entities or []:
        if e.type != ORGANIZATION:
            continue
        org = gazetteer.organization(e.name)
        names = sorted(e.aliases) + (known_names().get(org.name, []) if org is not None else [])
        if not any(n.split()[-1].lower() in MINISTRY_WORDS or n.split()[0].lower() in MINISTRY_WORDS for n in names):
            continue
        words = frozenset().union(*(portfolio(n.split()) for n in names))
        if not words:
            continue
        code = org.country if org is not None else next(
            (c for n in names if (c := state_of_body(n) or state_named_before(n) or state_named_after(n))), None)
        if code is None:  # "Russia's Foreign Ministry" parsed as two entities
            code = next((c for m in e.mentions if (c := codes.get(owner_before(doc, m.start, m.end, refs)))), None)
        if code is None:  # "Foreign Ministry spokesperson X", X of China: the ministry is China's
            code = next((codes[ev.party] for ev in events if ev.kind == AFFILIATION and ev.party in codes
                         and any(o.kind == AFFILIATION and o.party == e.key and o.participants == ev.participants
                                 for o in events)), None)
        if code is not None or all(w.lower() in PORTFOLIO_WORDS | BARE_WORDS for n in names for w in n.split()):
            out[e.key] = (words, code)  # (not "the Department for External Church Relations of the Patriarchate")
    return out


@cache
def known_names() -> dict[str, list[str]]:
    """Every name the gazetteer lists for each organisation, by its canonical name."""
    out: dict[str, list[str]] = {}
    for name in gazetteer.organization_names():
        if (org := gazetteer.organization(name)) is not None:
            out.setdefault(org.name, []).append(name)
    return out


def owner_before(doc: Doc, start: int, end: int, refs: dict) -> str | None:
    """The key of the name just before a mention (its possessive's: "Russia's"), or None."""
    span = doc.char_span(start, end)
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    i -= 1 if doc[i].tag_ == "POS" and i > 0 else 0
    return refs.get(i)


def state_named_before(name: str) -> str | None:
    """ISO2 of the country a ministry's name opens with: "United States State Department"."""
    words = name.removeprefix("the ").split()
    return next((found.code for k in range(2, len(words)) if (found := gazetteer.country(" ".join(words[:k])))), None)


def state_named_after(name: str) -> str | None:
    """ISO2 of the country a ministry's name ends with: "Ministry of Foreign Affairs of the Republic of Mali"."""
    words = name.split(" of ")
    for k in range(1, len(words)):
        found = gazetteer.country(" of ".join(words[k:]))
        if found is not None:
            return found.code
    return None


def sentences_of(doc: Doc, entity) -> set[int]:
    """Where each sentence naming the entity starts."""
    return {span.sent.start for m in entity.mentions if (span := doc.char_span(m.start, m.end)) is not None}


def ministries_of_posts(doc: Doc, events: list[RawEvent], types: dict) -> list[RawEvent]:
    """The events with, for each minister of a country, the affiliation to the ministry of their portfolio the report
    names, if it is that country's (or, named bare, of the country the report is about)."""
    found = ministries(doc, events)
    if not found:
        return events
    refs = doc._.kg_refs or {}
    names = {e.key: e.name for e in doc._.kg_entities or []}
    entities = {e.key: e for e in doc._.kg_entities or []}
    ministers = []  # (event, ISO2 of the country, portfolio) of each minister of a country
    for ev in events:
        if ev.kind != AFFILIATION or types.get(ev.party) != COUNTRY or not ev.trigger \
                or not set(ev.trigger.split()) & MINISTER_WORDS:
            continue
        if former_post(ev, refs):
            continue  # "former Foreign Minister X": no longer theirs
        code = getattr(gazetteer.country(names.get(ev.party, "")), "code", None)
        ministers.append((ev, code, portfolio(ev.trigger.split())))
    held = {(ev.participants[0], ev.party) for ev in events if ev.kind == AFFILIATION}
    added: list[RawEvent] = []
    for key, (words, state) in found.items():
        matched = [(ev, code) for ev, code, post in ministers if same_portfolio(post, words)]
        if state is None:  # named bare: the country the report is about's, where no other's minister holds that
            # portfolio ("Rubio praised Mexico's government at the Foreign Ministry alongside De la Fuente": neither's)
            # or the one minister's the ministry tells of in a sentence naming both ("X held a call with Y, the
            # Ministry of Foreign Affairs said")
            home = home_country(doc, refs, types)
            state = getattr(gazetteer.country(names.get(home, "")), "code", None) if home else None
            if len({code for _, code in matched}) > 1:
                told = sentences_of(doc, entities[key])
                state = next(iter(beside), None) if len(beside := {
                    code for ev, code in matched if sentences_of(doc, entities[ev.participants[0]]) & told}) == 1 \
                    else None
        for ev, code in matched:
            if code == state and (ev.participants[0], key) not in held:
                held.add((ev.participants[0], key))
                added.append(replace(ev, party=key, rule="post-ministry", confidence=min(ev.confidence, 0.7)))
    return events + added
