"""A meeting placed as narrowly as the article tells, once a document's contacts are read: at a building
or site the article places, in its city; in a country, in the city of it where another report of the same
meeting is; at a venue it does not place, in the city its sentence, the meeting just told or the dateline
names (:func:`settle_places`); on a journey to several capitals, each host in their own (:func:`guests_at_home`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.dates import other_weekday
from kg.model import AFFILIATION, COUNTRY, MEETING, OCCURRED, PLACE
from kg.nlp import gazetteer
from kg.nlp.context_places import previous_destination
from kg.nlp.datelines import dateline, datelines, in_lede
from kg.nlp.entity_evidence import apposed_building
from kg.nlp.entity_spans import HYPHENS
from kg.nlp.events import JOINED, RawEvent
from kg.nlp.modality import pluperfect, recent
from kg.nlp.paragraphs import window_start
from kg.nlp.places import calls_by_word, capital_place, forum_city_key
from kg.nlp.trigger_words import ATTENDED_REACH, FORUM_NOUNS, MEET_NOUNS, TALK_NOUNS, TRAVEL_VERBS


def settle_places(doc: Doc, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """The events, each meeting placed as narrowly as the article tells: at a building or site the article
    places, in its city (:func:`building_cities`); in a country, in the city of it where another report of
    the meeting is (:func:`country_cities`); at a venue it does not place, in the city of the meeting just
    told or the dateline's (:func:`venue_cities`); at a well-known venue still, in its city
    (:func:`known_venue_cities`)."""
    cities = building_cities(doc, refs, types)
    names = {e.key: e.name for e in doc._.kg_entities or []}
    placed = [ev.place for ev in events]
    events = [replace(ev, place=cities[ev.place]) if ev.place in cities else ev for ev in events]
    within = country_cities(events, names, types, refs)
    events = [replace(ev, place=within[i]) if i in within else ev for i, ev in enumerate(events)]
    within = venue_cities(events, names, types, lambda at: dateline(doc, refs, types, at=at), refs)
    events = [replace(ev, place=within[i]) if i in within else ev for i, ev in enumerate(events)]
    known = known_venue_cities(events, names, types)  # what the text does not place, the world does
    events = [replace(ev, place=known[ev.place]) if ev.place in known else ev for ev in events]
    # and once venues are in their cities: "held talks in the Kremlin with X, who is in Russia on a visit"
    within = country_cities(events, names, types)
    events = [replace(ev, place=within[i]) if i in within else ev for i, ev in enumerate(events)]
    # the building or site a meeting now in its city was placed at stays its venue: met in Paris, at the Elysee Palace
    # (where its sentence names it, or calls it by a word of its name, "at the hotel": a later meeting that took the
    # place of one told before is in the city, not necessarily in the same building)
    # (or a dateline names it: "February 17, 2026, 15:40, Novo-Ogaryovo, Moscow Region")
    filed = {place for place, *_ in datelines(doc, refs, types)}
    # (a meeting a later sentence adds someone to is the one told, in its building: "Tuesday's meeting was also
    # attended by Z")
    events = [replace(ev, venue=placed[i]) if placed[i] and ev.place != placed[i] and site(placed[i], names, types)
              and (placed[i] in filed or ev.rule == JOINED or any(refs.get(t.i) == placed[i]
                                                                    or calls_by_word(t, names[placed[i]])
                                                                    for t in ev.sentence))
              and not moved_on(ev, placed[i], refs) else ev for i, ev in enumerate(events)]
    # and the one its sentence places in that city: "met at Gimhae Air Base in Busan", "at Istanbul's Dolmabahce Palace"
    events = [replace(ev, venue=site_in_city(ev, refs, types, names)) if ev.kind == MEETING and ev.place
              and ev.venue is None else ev for ev in events]
    # "held talks at State House in Harare. Also present were X and Y", "Z also took part in the talks": those present
    # were at its building too
    events = [replace(ev, venue=venue) if refers_back(ev) and ev.place and ev.venue is None
              and (venue := told_venue(events[:i], ev)) else ev for i, ev in enumerate(events)]
    # "at State House, Nairobi": the building's meeting and the city's are one once the building is narrowed, whatever
    # day words each has ("talks at Downing Street on Wednesday, on the sidelines of the summit in London this week")
    key = lambda ev: (ev.kind, ev.participants, ev.place, ev.sentence.start, ev.status)  # noqa: E731
    kept: list[int] = []
    for i, ev in enumerate(events):
        same = next((k for k in kept if key(events[k]) == key(ev) and one_venue(events[k], ev) and (
            events[k].date_text == ev.date_text or ev.place != placed[i] or events[k].place != placed[k])), None)
        if same is None:
            kept.append(i)
        elif events[same].venue is None and ev.venue is not None:
            events[same] = replace(events[same], venue=ev.venue)  # the city's report and the building's are one
    return [events[i] for i in kept]


def other_thing_done(verb) -> bool:
    """A participle telling of a thing other than a meeting: "(talks aimed at shoring up) the truce struck in Geneva";
    not "the summit being held in London"."""
    return verb.dep_ == "acl" and verb.head.lower_ not in MEET_NOUNS | TALK_NOUNS | FORUM_NOUNS


#: Words of a meeting that came after another one, elsewhere perhaps: "held talks at the palace and later met X".
AFTERWARDS = {"later", "then", "afterwards", "subsequently", "next"}


def moved_on(ev: RawEvent, venue: str, refs: dict) -> bool:
    """The meeting's verb comes after another's, with a time of its own ("held talks with X at the palace and later
    met Y", "held talks with X at the Kremlin on Wednesday and will meet Y on Saturday"), and the venue is on that
    other verb's phrase only: it was in the city, not necessarily in the same building."""
    verb = next((t for t in ev.sentence if t.text == ev.trigger and t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "conj" or not any(
            c.lower_ in AFTERWARDS or c.dep_ in {"prep", "npadvmod"} and any(w.ent_type_ == "DATE" for w in c.subtree)
            for c in verb.children):
        return False
    return all(verb not in t.ancestors for t in ev.sentence if refs.get(t.i) == venue)


def one_venue(a: RawEvent, b: RawEvent) -> bool:
    """Two meetings in one city are at one building as far as the text tells: not "shook hands on the bridge, then
    held talks at the hotel"."""
    return a.venue is None or b.venue is None or a.venue == b.venue


def refers_back(ev: RawEvent) -> bool:
    """The meeting is one told before: those present at it ("Also present were X and Y"), or "the talks", "the
    meeting" someone else took part in ("Z also took part in the talks")."""
    return ev.rule == "verb-attend" or ev.rule.startswith("followup") or any(
        t.text == ev.trigger and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        for t in ev.sentence)


def told_venue(told: list[RawEvent], ev: RawEvent) -> str | None:
    """The venue of the latest meeting told in ``ev``'s city in its sentence or the five before, the one "X and Y were
    present" or "X attended" refers to (of its status, and not one that had happened before it); none if one told by
    the same word came after it ("Talks between X and the delegation were held in Y. At the talks, ...": not the
    airport of the welcome told before them)."""
    start = window_start(ev.sentence[0], ATTENDED_REACH)
    meetings = [t for t in reversed(told) if t.kind == MEETING and t.place == ev.place
                and start <= t.sentence.start <= ev.sentence.start and t.status == ev.status
                and not pluperfect(t.sentence) and not other_weekday(t.date_text, ev.date_text)]
    # (not one of another day: "Mahama held talks with Tinubu on Tuesday (...) was received at the airport on Monday
    # (...) Tuesday's meeting was also attended by Z")
    latest = next((t for t in meetings if t.venue or (t.trigger or "").lower() == (ev.trigger or "").lower()
                   and t.sentence.start < ev.sentence.start), None)
    return latest.venue if latest is not None else None


def site_in_city(ev: RawEvent, refs: dict, types: dict, names: dict) -> str | None:
    """The one building or site the meeting's sentence has someone or something at, in the meeting's city: "at Gimhae
    Air Base in Busan", "at Istanbul's Dolmabahce Palace", "(talks in Istanbul, when X met Y) at the consulate in the
    city", "held talks in Kigali on Tuesday at Village Urugwiro"."""
    found = {refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj"
             and t.head.lower_ in {"at", "in", "inside"} and site(refs[t.i], names, types) and any(
                 refs.get(p.i) == ev.place or p.lower_ == "city" and [w.lower_ for w in p.children] == ["the"]
                 for c in t.children for p in
                 ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep"
                  and c.lower_ == "in" else []))}
    # "held talks in Kigali on Tuesday at Village Urugwiro": the site "at" beside the city's "in" on one word
    found |= {refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "at"
              and site(refs[t.i], names, types) and any(
                  c.dep_ == "prep" and c.lower_ == "in" and any(refs.get(p.i) == ev.place for p in c.children)
                  for h in (t.head.head, *(d for d in t.head.head.children if d.dep_ == "dobj")) for c in h.children)}
    # "called on President Y at Jubilee House in Accra" with "at" on the name and "in" on the verb: the site of a
    # phrase of the verb's own (through no clause of its own), the city the verb's
    verbs = [v for v in ev.sentence if v.text == ev.trigger and v.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(refs.get(p.i) == ev.place for p in c.children) for c in v.children)]
    found |= {refs[t.i] for v in verbs for t in v.subtree if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "at"
              and site(refs[t.i], names, types) and not any(
                  a.pos_ in {"VERB", "AUX"} for a in t.ancestors if a.i != v.i and v in a.ancestors)}
    return found.pop() if len(found) == 1 else None


def site(key: str, names: dict, types: dict) -> bool:
    """A place that is no city or region: a building, a venue, a site ("State House", "Gimhae Air Base")."""
    name = names.get(key, "")
    return types.get(key) == PLACE and not gazetteer.city(name) and not gazetteer.region(name)


#: Dependencies of the words of a venue's own phrase: "the Capella hotel on Singapore's Sentosa island" (not a
#: relative clause: "the airport, where he will stop on his way to Mexico").
PHRASE_DEPS = {"prep", "pobj", "poss", "compound", "amod", "appos", "case", "det"}


def in_phrase_of(t, head) -> bool:
    """The word hangs on ``head`` through the venue's own phrase only (:data:`PHRASE_DEPS`; not through a post set
    beside it: "at the Ritz-Carlton hotel, Jordan's Foreign Minister X" parsed with the post an apposition)."""
    while t.i != head.i:
        if t.dep_ not in PHRASE_DEPS or t.head.i == t.i or t.dep_ == "appos" and t.lower_ in gazetteer.title_words():
            return False
        t = t.head
    return True


def known_venue_cities(events: list[RawEvent], names: dict, types: dict) -> dict[str, str]:
    """The city of each well-known venue a meeting is placed at ("Buckingham Palace": London; an entity of the
    document even where the text names only the venue, see :func:`kg.nlp.aliases.cities_of_venues`); a city-state's
    venue is in the state ("the Apostolic Palace": the Vatican)."""
    by_name = {city_key(name): key for key, name in names.items() if types.get(key) in {PLACE, COUNTRY}}
    out: dict[str, str] = {}
    for ev in events:
        city = gazetteer.venue_city(names.get(ev.place or "", "")) if ev.kind == MEETING else None
        if city and ev.place not in out:
            key = next((by_name[city_key(c)] for c in city if city_key(c) in by_name), None)
            if key is not None and key != ev.place:
                out[ev.place] = key
    return out


def city_key(name: str) -> str:
    """A city's folded name as the gazetteer knows it, so that two names of one city compare equal ("New York" and
    "New York City"); else the folded name itself."""
    found = gazetteer.city(name)
    return gazetteer.fold(found[0] if found else name)


def state_abbreviation(span) -> bool:
    """A name written with a stop and a comma after it, as news abbreviates states and provinces ("in Banff, Alta.,",
    "Palo Alto, Calif."): no city the place before it is in, though a town may bear the name."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "." and not span[-1].whitespace_ \
        and doc[span.end + 1].text in {",", ")", ";"}


def building_cities(doc: Doc, refs: dict, types: dict) -> dict[str, str]:
    """The city of each building or site the article places: "the Great Hall of the People in Beijing",
    "at State House, Nairobi", "at Filoli, a historic estate in Woodside", "Expo City Dubai" and "Sunderland City
    Hall" (a city the article names on its own too, and a building every city has); and of one whose name ends in a placed one's ("the North Hall of the Great Hall of the
    People"). A meeting there happened in that city."""
    places = [e for e in doc.ents if types.get(refs.get(e.start)) == PLACE]
    starting = {e.start: e for e in places}
    cities: dict[str, str] = {}
    for e in places:
        city = starting.get(e.end + 1) or described_in(e, starting)
        if city is None or doc[e.end].lower_ not in {"in", ","}:
            city = further_in(e, starting)
        if city is None or gazetteer.city(e.text) or not gazetteer.city(city.text) or state_abbreviation(city) \
                or foreign_town(city.text):
            continue
        if refs[city.start] != refs[e.start]:
            cities.setdefault(refs[e.start], refs[city.start])
    # "at Expo City Dubai": a site whose name ends in the name of a city the article names on its own
    own = {gazetteer.fold(e.text): refs[e.start] for e in places if gazetteer.city(e.text)}
    for e in places:
        tail = next((own[t] for k in range(1, len(e)) if (t := gazetteer.fold(e[k:].text)) in own), None)
        if tail is not None and tail != refs[e.start] and not gazetteer.city(e.text):
            cities.setdefault(refs[e.start], tail)
    # "at Sunderland City Hall": a building every city has, named with such a city; "at Riga Castle" in a story
    # about Riga: a venue named with a city the story named before (not "the Belém Palace" of Lisbon in a story
    # that names the Brazilian city only later)
    first = {}
    for e in places:
        first.setdefault(gazetteer.fold(e.text), e.start)
    for e in places:
        head = next((own[t] for k in range(len(e) - 1, 0, -1) if (t := gazetteer.fold(e[:k].text)) in own and (
            gazetteer.fold(e[k:].text) in GENERIC_VENUES or e[-1].text in VENUE_WORDS and first[t] < e.start)), None)
        if head is not None and head != refs[e.start] and not gazetteer.city(e.text):
            cities.setdefault(refs[e.start], head)
    named = {e.text.lower(): refs[e.start] for e in places if refs[e.start] in cities}
    for e in places:
        inner = next((k for name, k in named.items() if e.text.lower().endswith(" " + name)), None)
        if refs[e.start] not in cities and inner is not None:
            cities[refs[e.start]] = cities[inner]
    return cities


#: How many people a town ending a venue's name has at least, for the venue to be in it: "State House Entebbe".
TOWN_IN_NAME = 20_000


#: Common nouns after a building's name: "the Ledra Palace hotel".
BUILDING_NOUNS = {"hotel", "palace", "residence", "building", "complex", "centre", "center", "hall", "castle", "estate",
                  "mansion", "villa", "compound", "airport", "base", "resort",
                  # (a palace's noun in the language of its name: "Arvfurstens palats", "Dolmabahçe Sarayı")
                  "palats", "palais", "palazzo", "palacio", "palácio", "slott", "schloss", "sarayı", "saray"}


def named_building(ev: RawEvent, refs: dict, definite: bool = False) -> bool:
    """The meeting's place is named before a building's noun in its sentence: "at the Harpa concert hall", "at
    Mburuvicha Roga, the presidential residence" (with ``definite``, only after "the")."""
    doc = ev.sentence.doc
    starts = [t.i for t in ev.sentence if refs.get(t.i) == ev.place and refs.get(t.i - 1) != ev.place]
    ends = [next(k for k in range(i, len(doc) + 1) if refs.get(k) != ev.place) for i in starts
            if not definite or i >= 1 and doc[i - 1].lower_ == "the"]
    return any(doc[k - 1].text in BUILDING_NOUNS or k < len(doc) and (  # (its noun in its mention: "the X hotel")
        doc[k].lower_ in BUILDING_NOUNS or k + 1 < len(doc) and doc[k].is_lower and doc[k + 1].lower_ in BUILDING_NOUNS
        or apposed_building(doc, k)) for k in ends)


def further_in(e: Span, starting: dict[int, Span]) -> Span | None:
    """The city named after "in" a few words on: "the Ledra Palace hotel in the UN-controlled buffer zone in
    Nicosia" -> Nicosia; None if a verb, a clause's punctuation or another place comes first."""
    doc = e.doc
    k = e.end + (e.end < len(doc) and doc[e.end].lower_ in BUILDING_NOUNS)
    if k >= len(doc) or doc[k].lower_ != "in":
        return None
    for j in range(k + 1, min(len(doc), k + 9)):
        if j in starting:
            return starting[j] if doc[j - 1].lower_ == "in" else None
        if doc[j].pos_ in {"VERB", "AUX"} and doc[j].dep_ not in {"amod", "compound"} \
                or doc[j].text in {",", ";", ".", "(", ")"}:
            return None
    return None


def described_in(e: Span, starting: dict[int, Span]) -> Span | None:
    """The place after a site's description: "at Filoli, a historic estate in Woodside" -> Woodside; "the Revenue
    Building, the neo-baroque landmark on the central square of Ruse" -> Ruse; "the House of the Estates, a
    19th-century government building in the centre of the Finnish capital" -> Helsinki, if the article names it."""
    doc = e.doc
    if e.end + 2 >= len(doc) or doc[e.end].text != "," or doc[e.end + 1].lower_ not in {"a", "an", "the"}:
        return None
    for k in range(e.end + 2, min(len(doc), e.end + 11)):
        if doc[k].ent_type_ and doc[k].ent_type_ != "DATE" or doc[k].is_punct and not (
                doc[k].text in HYPHENS and not doc[k - 1].whitespace_):
            return None  # (a hyphen inside a word goes on: "neo-baroque"; and a date: "a 19th-century building")
        if doc[k].lower_ in {"in", "of"} and doc[k - 1].pos_ == "NOUN":
            return starting.get(k + 1) or described_capital(doc, k + 1, starting)
    return None


def described_capital(doc: Doc, k: int, starting: dict[int, Span]) -> Span | None:
    """The capital "the <people's word> capital" at token k names (past "the centre of"), among the places the article
    names (``starting``): "in the centre of the Finnish capital" -> Helsinki."""
    words = list(doc[k : k + 6])
    at = next((i for i, t in enumerate(words) if t.lower_ == "capital"), None)
    if at is None or at < 1 or any(t.is_punct for t in words[:at]):
        return None
    country = gazetteer.demonym(words[at - 1].text)
    city = gazetteer.capital(country.code) if country is not None else None
    return next((p for p in starting.values() if city and gazetteer.fold(p.text) == city), None)


def country_cities(events: list[RawEvent], names: dict, types: dict, refs: dict | None = None) -> dict[int, str]:
    """For each meeting placed in a country (by its index in ``events``), the city in that country where
    another report of a meeting of the same parties places it: a headline's "met secretly in Oman" is
    the body's "met in the Omani capital Muscat"; else (given ``refs``) the one city of it the meeting's sentence
    travels to: "travelled to Tehran and met X, in the first such visit to Iran"."""

    def code(key: str) -> str | None:
        return gazetteer.country_code_of(names[key], types.get(key))

    out: dict[int, str] = {}
    for i, ev in enumerate(events):
        if ev.kind != MEETING or ev.place is None or types.get(ev.place) != COUNTRY:
            continue
        country = code(ev.place)
        # (those a later sentence adds to a meeting, "X was accompanied by Z", are where its day's meeting is)
        cities = {o.place for o in events if o.kind == MEETING and o.place and types.get(o.place) == PLACE
                  and o.status == ev.status and country and code(o.place) == country and (
                      set(ev.participants) <= set(o.participants)
                      or ev.rule == JOINED and o.rule != JOINED)}
        if not cities and refs:  # (a journey before the meeting: not "met X and travelled to Irpin")
            trigger = next((t.i for t in ev.sentence if t.text == ev.trigger), ev.sentence.end)
            cities = {refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "to"
                      and t.head.head.lemma_.lower() in TRAVEL_VERBS and t.head.head.i < trigger
                      and types.get(refs[t.i]) == PLACE and country and code(refs[t.i]) == country}
        if len(cities) == 1:
            out[i] = cities.pop()
    return out


#: Words of the names of venues, which a city holds: "the Palacio San Martín", "State House", "the Elysee Palace".
VENUE_WORDS = {"Palace", "Palacio", "Palais", "Palazzo", "Hall", "House", "Villa", "Hotel", "Resort", "Residence",
               "Castle", "Chancellery", "Building", "Guesthouse", "Centre", "Center", "Capitol", "Courthouse", "Gate",
               "Schloss", "Bhavan", "Bhawan", "Bhaban", "Lodge", "Mansion", "Ranch", "Airport", "Square", "Office",
               "Kremlin", "Street", "Elysee", "Élysée", "Complex", "Diwan", "Primature", "Headquarters",
               "Secretariat", "Ministry", "Bridge", "Casa", "headquarters", "Park", "Division", "Department",
               "Consulate", "Embassy", "Mission", "Patriarchate", "Expo", "Residenz", "Rathaus", "Paço",
               "Quinta", "Hofburg"}


#: Verbs looking back on a meeting: "recalled his warm meeting with X in Thimphu".
LOOK_BACK_VERBS = {"recall", "remember", "recollect"}


def remembered(ev: RawEvent) -> bool:
    """The meeting is one a party looks back on ("Prime Minister recalled his warm meeting with X in Thimphu"): not
    where a venue told after it is ("On 23 July, Y met Z at Shram Shakti Bhawan")."""
    return any(t.text == ev.trigger and t.dep_ == "dobj" and t.head.lemma_.lower() in LOOK_BACK_VERBS
               for t in ev.sentence)


def journey_city(ev: RawEvent, start: int, refs: dict, types: dict, names: dict) -> str | None:
    """The city a party of the meeting travelled to in the sentence before the meeting's, if that sentence comes at
    or after token ``start`` (the last meeting told): "Henry had flown to Nairobi" before "He and Ruto signed an
    agreement at State House" (see :func:`kg.nlp.places.previous_destination`)."""
    doc = ev.sentence.doc
    if ev.sentence.start == 0 or doc[ev.sentence.start - 1].sent.start < start:
        return None
    tok = next((t for t in ev.sentence if t.text == ev.trigger), ev.sentence.root)

    def city(t) -> str | None:
        key = refs.get(t.i)
        return key if types.get(key) == PLACE and gazetteer.city(names.get(key, "")) else None

    return previous_destination(tok, refs, list(ev.participants), city, travellers_only=True)


def travelled_to_cities(ev: RawEvent, refs: dict, types: dict, names: dict) -> set[str]:
    """The cities the meeting's sentence travels to or arrives in: "came to Berlin", "arrived in Abuja" (not "before
    returning to Kuala Lumpur")."""
    return {refs[t.i] for t in ev.sentence if t.i in refs and types.get(refs[t.i]) == PLACE
            and gazetteer.city(names.get(refs[t.i], "")) and t.dep_ == "pobj" and t.head.lower_ in {"to", "in"}
            and t.head.head.lemma_.lower() in TRAVEL_VERBS and t.head.head.head.lower_ not in {"before", "until"}}


def sole(keys: set[str]) -> str | None:
    """The one key of a set, or None."""
    return next(iter(keys)) if len(keys) == 1 else None


#: Names every city gives its own building: "City Hall" is the one of the city the sentence names.
GENERIC_VENUES = {"city hall", "town hall", "state house", "statehouse", "state capitol", "government house",
                  "county courthouse", "government buildings", "town house", "civic centre", "civic center", "guildhall"}


def foreign_town(name: str) -> bool:
    """A region's name that is a town's only in another country: "Norfolk" (England's county; Virginia's city)."""
    region, town = gazetteer.region(name), gazetteer.city(name)
    return region is not None and town is not None and town[1] != region


def in_region_told(ev: RawEvent, refs: dict, names: dict) -> bool:
    """The meeting's sentence places its venue in a region, no city: "Chequers, the prime minister's country
    residence in Buckinghamshire", "Sandringham, the royal estate in Norfolk"."""
    def region(t: Token) -> bool:
        name = names.get(refs.get(t.i, ""), "")
        return bool(gazetteer.region(name)) and (not gazetteer.city(name) or foreign_town(name))

    doc = ev.sentence.doc
    for v in ev.sentence:
        if refs.get(v.i) != ev.place or refs.get(v.i + 1) == ev.place:
            continue
        if v.i + 1 < len(doc) and doc[v.i + 1].text == ",":  # (however the description is parsed)
            for k in range(v.i + 2, min(len(doc) - 1, v.i + 9)):
                if doc[k].text == ",":
                    break
                if doc[k].lower_ in {"in", "near"} and region(doc[k + 1]):
                    return True
        if any(region(p) for c in v.children if c.dep_ == "prep" and c.lower_ in {"in", "near"}
               for p in c.children if p.dep_ == "pobj"):
            return True
    return False


def venue_cities(events: list[RawEvent], names: dict, types: dict,
                 filed_at: Callable[[int], tuple[str, int, int] | None] | None = None,
                 refs: dict | None = None) -> dict[int, str]:
    """For each meeting at a venue the article does not place (by its index in ``events``), the one city its
    sentence places something in ("In Canberra, X and Y held talks at Parliament House", given ``refs``);
    else the city of a meeting placed in a city in the same or the two sentences before the venue's first
    meeting: "a summit in Buenos Aires (...) The heads of state gathered at the Palacio San Martín" met in
    Buenos Aires; else the one city the meeting's sentence travels to ("came to Berlin, when he held talks at
    Bellevue Palace", given ``refs``); else, for a name every city gives a building ("City Hall"), the one city its
    sentence names ("Chicago Mayor X hosted Y at City Hall"); else, in the lede or on one of the days the story
    tells of (see :func:`recent`), the city of the dateline it was filed under (``filed_at``: the dateline before
    a token, see :func:`dateline`): "MEXICO CITY — X received Y at the National Palace"."""
    cities: dict[str, str | None] = {}  # venue -> its city
    for i, ev in enumerate(events):
        name = names.get(ev.place or "", "")
        if ev.kind != MEETING or ev.place in cities or types.get(ev.place) != PLACE or gazetteer.city(name) and not (
                refs and named_building(ev, refs, definite=True) and not gazetteer.capital_country(name)):
            continue  # a city; but "the Miraflores presidential palace" is a building's name (not "a Yerevan hotel")
        venue = set(name.split()) & VENUE_WORDS or gazetteer.fold(name) in GENERIC_VENUES or refs and named_building(ev, refs)
        if not venue and (not refs or gazetteer.country(name) or gazetteer.region(name)):
            continue  # a name of no known city or region may be a site ("In Vienna he called on X at the Hofburg")
        if refs and in_region_told(ev, refs, names):
            continue  # "Chequers, the prime minister's country residence in Buckinghamshire": in no city told
        # "In Canberra, X and Y held talks at Parliament House": the city its clause names (not "at the start of a
        # tour focused on investment rather than the war in Gaza")
        clause = {a.i for t in ev.sentence if t.text == ev.trigger for a in (t, *t.ancestors)}
        # "started in Berlin, before flying to Paris for a meeting with X at the Elysee Palace": the city the
        # trigger's own journey goes to, before any other its clause names
        inside = {refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "to"
                  and t.head.head.i in clause and t.head.head.lemma_.lower() in TRAVEL_VERBS
                  and types.get(refs[t.i]) == PLACE and gazetteer.city(names.get(refs[t.i], ""))} if refs else set()
        # ("On Tuesday in Madrid, X held talks ...": "in" parsed on the fronted "On")
        inside = inside if len(inside) == 1 else {
            refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "in"
            and (t.head.head.i in clause or t.head.head.dep_ == "prep" and t.head.head.head.i in clause)
            and types.get(refs[t.i]) == PLACE and gazetteer.city(names.get(refs[t.i], ""))} if refs else set()
        # "at Hyderabad House in the Indian capital": the capital the article names
        inside |= {key for t in ev.sentence if refs and t.dep_ == "pobj" and t.head.lower_ == "in"
                   and (key := capital_place(t, refs, types)) and types.get(key) == PLACE}
        # "At the Munich Security Conference, X met Y at the Hotel Z": the city of the gathering the sentence is at
        inside |= {key for t in ev.sentence if refs and t.dep_ == "pobj" and t.head.lower_ in {"at", "during", "of"}
                   and (key := forum_city_key(t, refs, types))}
        # "flown in from Paris, where he held talks with X at the Elysee Palace": the city "where" stands for
        inside |= {refs[t.head.i] for t in ev.sentence if refs and t.i in clause and t.dep_ == "relcl"
                   and any(c.lower_ == "where" for c in t.children) and t.head.i in refs
                   and types.get(refs[t.head.i]) == PLACE and gazetteer.city(names.get(refs[t.head.i], ""))}
        # "travelled to Bamako, where he was received by X, and then to Ouagadougou, where Y hosted him at Kosyam
        # Palace": the city of the trigger's own "where", before the others its sentence names
        own = {refs[r.head.i] for t in ev.sentence if refs and t.text == ev.trigger
               for r in [next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None)] if r is not None
               and any(c.lower_ == "where" for c in r.children) and r.head.i in refs
               and types.get(refs[r.head.i]) == PLACE and gazetteer.city(names.get(refs[r.head.i], ""))}
        inside = own if len(own) == 1 else inside
        strict = set(inside)
        if not inside and refs:  # "at Downing Street, on the sidelines of the summit being held in London" (not
            # "a tour focused on investment rather than the war in Gaza": a place of a noun's; nor "X, who was making
            # his first visit since the government took office in London,": another time's, in a relative clause; nor
            # "met at the palace and discussed consolidating the ceasefire in Gaza": a topic's verb)
            inside = {refs[t.i] for t in ev.sentence if t.i in refs and t.dep_ == "pobj" and t.head.lower_ == "in"
                      and t.head.head.pos_ in {"VERB", "AUX"} and types.get(refs[t.i]) == PLACE
                      and gazetteer.city(names.get(refs[t.i], "")) and t.head.head.dep_ not in {"advcl", "xcomp"}
                      and not any(a.dep_ == "relcl" for a in (t.head.head, *t.head.head.ancestors))
                      and not other_thing_done(t.head.head)}
        if not venue:  # only the city its clause names: a town the gazetteer lacks is where it is
            cities[ev.place] = strict.pop() if len(strict) == 1 else None
            continue
        if not inside and refs:  # "at the Capella hotel on Singapore's Sentosa island": the city its phrase names
            # (not a people's word: "at the Casa Amarilla, the seat of the Venezuelan foreign ministry")
            inside = {refs[t.i] for v in ev.sentence if refs.get(v.i) == ev.place for t in v.head.subtree
                      if t.i in refs and refs[t.i] != ev.place and gazetteer.city(names.get(refs[t.i], ""))
                      and types.get(refs[t.i]) in {PLACE, COUNTRY} and in_phrase_of(t, v.head)
                      and not gazetteer.demonym(t.text)}
        filed = filed_at(ev.sentence.end) if filed_at else None
        start = max(window_start(ev.sentence[0], 2), filed[1] if filed else 0)  # not across a digest's items
        same = [o for o in events[i + 1 :] if o.sentence.start == ev.sentence.start]  # "at Downing Street, on the
        # sidelines of the summit being held in London": the same sentence's city, told after
        # (or at a venue placed already: "X landed at Ankara's Esenboga airport, where he was greeted by Y. (...) he
        # held talks with Z at the Presidential Complex")
        told = next((o for o in [*reversed(events[:i]), *same] if o.sentence.start >= start and o.kind == MEETING
                     and o.status == ev.status and (gazetteer.city(names.get(o.place or "", "")) or cities.get(o.place)
                                                    or types.get(o.place) == COUNTRY)
                     and not remembered(o)), None)
        if told is not None and types.get(told.place) == COUNTRY:
            # "arrived in Colombo from Bangkok, where he had attended a summit. This is his fourth visit to Sri
            # Lanka. (...) at Independence Square": the country told since, not a city of another before it
            # Lanka. (...) at Independence Square": the last city of that country named since the window opened
            code = gazetteer.country_code_of(names.get(told.place, ""), COUNTRY)
            doc = ev.sentence.doc
            in_country = next((refs[k] for k in range(ev.sentence.start - 1, start - 1, -1) if refs and k in refs
                               and types.get(refs[k]) == PLACE
                               and (city := gazetteer.city(names.get(refs[k], ""))) and city[1] == code
                               and doc[k].ent_type_ == PLACE), None)
            told = None
            if in_country is not None:
                cities[ev.place] = in_country
                continue
        told_city = (told.place if gazetteer.city(names.get(told.place or "", "")) else cities.get(told.place)) \
            if told is not None else None
        # "Henry had flown to Nairobi (...). He and Ruto signed an agreement at State House": a party's journey told
        # after that meeting is where the venue is
        went = journey_city(ev, max(start, told.sentence.start if told else 0), refs, types, names) if refs else None
        named_here = len(inside) == 1
        if not named_here and not went and told is not None and told.sentence.start == ev.sentence.start and refs:
            # "X, who arrived in Abuja from Windhoek, where he held talks with Y, was received at the airport": the
            # sentence's own journey, not the meeting it tells of on the way
            went = sole(travelled_to_cities(ev, refs, types, names))
        cities[ev.place] = inside.pop() if named_here else went or told_city
        known = {city_key(c) for c in gazetteer.venue_city(name) or ()}
        words = name.split()
        # "at State House Entebbe" under a NAIROBI dateline: a venue named with its town is in that town
        known = known or ({city_key(words[-1])} if len(words) >= 3 and words[-2] in VENUE_WORDS
                          and gazetteer.city_population(words[-1]) >= TOWN_IN_NAME else set())
        if not named_here and known and city_key(names.get(cities[ev.place] or "", "")) not in known:
            cities[ev.place] = None  # "(talks in Sydney.) X met Y at the Merdeka Palace": a well-known venue stands in
            # one city the world over (Jakarta, see known_venue_cities), whatever meeting or journey was told before
        if cities[ev.place] is None and refs:  # "came to Berlin in November, when he held talks at Bellevue Palace"
            cities[ev.place] = sole(travelled_to_cities(ev, refs, types, names))
        if cities[ev.place] is None and refs and gazetteer.fold(name) in GENERIC_VENUES:
            named = {refs[t.i] for t in ev.sentence if t.i in refs and types.get(refs[t.i]) == PLACE
                     and gazetteer.city(names.get(refs[t.i], ""))}
            cities[ev.place] = named.pop() if len(named) == 1 else None  # "Chicago Mayor X hosted Y at City Hall"
        # "SEOUL - X met Trump at the White House": not in Seoul
        if cities[ev.place] is None and filed and (in_lede(ev.sentence, filed[2]) or (
                ev.status == OCCURRED and recent(ev.date_text))) \
                and (types.get(filed[0]) == PLACE and gazetteer.city(names.get(filed[0], ""))
                     or gazetteer.eponymous_capital(names.get(filed[0], ""))) and not (
                known and city_key(names.get(filed[0], "")) not in known):
            cities[ev.place] = filed[0]  # in the lede, or later on one of the days the story tells of
    return {i: cities[ev.place] for i, ev in enumerate(events) if ev.kind == MEETING and cities.get(ev.place)}


def guests_at_home(events: list[RawEvent], names: dict, types: dict) -> list[RawEvent]:
    """A journey to several cities is met in by each host only in the city of their own country: "travel to Belgrade
    and Pristina to meet Serbia's negotiator X and his Kosovo counterpart Y" puts X in Belgrade and Y in Pristina (the
    traveller, of neither, in both)."""
    of: dict[str, set[str]] = {}  # person -> ISO2 of the countries the article makes them act for
    for ev in events:
        if ev.kind == AFFILIATION and ev.participants and types.get(ev.party) == COUNTRY:
            found = gazetteer.country(names.get(ev.party, ""))
            if found:
                of.setdefault(ev.participants[0], set()).add(found.code)
    journey: dict[tuple, set[str]] = {}  # (sentence, trigger, parties) -> ISO2 of the cities its meetings are in
    for ev in events:
        if ev.kind == MEETING and ev.place and (found := gazetteer.city(names.get(ev.place, ""))):
            journey.setdefault((ev.sentence.start, ev.trigger, ev.participants), set()).add(found[1])
    out = []
    for ev in events:
        key = (ev.sentence.start, ev.trigger, ev.participants)
        codes = journey.get(key, set()) if ev.kind == MEETING and ev.place else set()
        here = gazetteer.city(names.get(ev.place, "")) if len(codes) > 1 else None
        if here:
            kept = tuple(k for k in ev.participants if not (of.get(k, set()) & codes) or here[1] in of[k])
            if not kept:
                continue
            ev = replace(ev, participants=kept)
        out.append(ev)
    return out
