"""Where a contact happened when its own clause does not say: the place of ``met_in`` from the context.

In order (``place_in_context``): a traveller's destination ("was in X to talk", "during her visit to X", "flew to
X"; ``previous_destination``), a place near the meeting that its party went to, where the talking group is
(``group_place``: "the leaders in X"), the meeting "the talks" refer back to (``referred_place``), the latest placed
meeting of one of its parties (``earlier_place``), "met X there" (``there_place``). The meeting's own "in/at X" is
read first, in :mod:`kg.nlp.places`.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.model import COUNTRY, MEETING, OCCURRED, PERSON, PLACE, PLANNED
from kg.nlp import gazetteer
from kg.nlp.datelines import dateline
from kg.nlp.events import RawEvent
from kg.nlp.lines import line_of
from kg.nlp.modality import (
    DUE_WORDS,
    TEMPORAL_PREPS,
    date_of,
    governing_chain,
    in_time_phrase,
    is_hypothetical,
    is_negated,
    is_planned,
    other_time,
)
from kg.nlp.other_places import (
    clause_of,
    dated_event_after,
    describes_others,
    event_to_be_held,
    in_at,
    in_next_clause,
    in_post,
    in_source,
    in_title_before_name,
    in_topic,
    in_what_clause,
    listed_items,
    object_detail,
    pledged_object,
    others_clause,
    reported_place,
    said_place,
    standing_state,
)
from kg.nlp.paragraphs import window_start
from kg.nlp.parties import quoted
from kg.nlp.places import LEAD_VERBS, TOWN_NOUNS, capital_place, party_objects, place_of, visited
from kg.nlp.post_holders import person_parties
from kg.nlp.subjects import conjuncts, subjects_of
from kg.nlp.titles import entity_at
from kg.nlp.trigger_words import (
    AGREEMENT_NOUNS,
    FORUM_NOUNS,
    GROUP_NOUNS,
    MEET_NOUNS,
    PARTY_TYPES,
    PLACE_TYPES,
    RECEIVING_VERBS,
    TALK_NOUNS,
    TALK_VERBS,
    TRAVEL_VERBS,
    TRIP_NOUNS,
    VISIT_NOUNS,
)
from kg.nlp.triggers import between_prep, clause_verb, journey_verbs, prep_objects, trigger_rule, with_objects


#: What one lays at a monument, a place of its own beside the meetings of a visit: "to lay a wreath at Z".
HOMAGE_OBJECTS = {"wreath", "basket", "flower", "bouquet", "garland"}


def homage(verb: Token) -> bool:
    """Paying homage at a monument: "to lay a wreath at Z", "laid a floral basket at Z"."""
    return verb.lemma_.lower() in {"lay", "place"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in HOMAGE_OBJECTS for c in verb.children)


def named_forum(tok: Token) -> bool:
    """A forum the sentence names as one of its own ("Wednesday's NATO summit", "the G20 summit"): not the meeting of
    its party told just before."""
    return tok.lower_ in FORUM_NOUNS and any(c.dep_ in {"compound", "nmod", "poss"} and c.ent_type_ and (
        c.ent_type_ not in PLACE_TYPES) for c in tok.children)


def earlier_place(tok: Token, parties: list[str], events: list[RawEvent]) -> str | None:
    """A meeting with no place of its own continues the latest meeting of one of its parties (or of two sides they
    act for) in the four sentences before: "X ends exile with Gaza visit. (...) He kissed the soil before greeting
    Z"; not one told to date another ("... in London a day after his meeting with X"), nor one in a headline, which
    opens a story of its own ("X to receive Y" after another release's "X agreed to meet Z in The Hague")."""
    if in_time_phrase(tok) or headline_line(tok.sent) or named_forum(tok):
        return None
    start = window_start(tok, 4)
    status = PLANNED if is_planned(tok) else OCCURRED
    # the sides its people act for, by their titles: "The deal was signed by X, adviser to Ethiopia's prime minister,
    # and Y, the TPLF spokesman" after "Ethiopia and the TPLF signed an agreement in Pretoria"
    refs = tok.doc._.kg_refs or {}
    sides = {k for person in parties for k in person_parties(person, tok.doc, refs)}
    # "The deal was signed by X and Y": where the deal just told was signed
    signed = tok.lemma_.lower() == "sign" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in AGREEMENT_NOUNS and any(
        d.lower_ in {"the", "this"} for d in c.children) for c in tok.children)
    for ev in reversed(events):
        if signed and ev.sentence.start >= start and ev.rule == "verb-sign" and ev.place and ev.status == status:
            return ev.place
        if ev.sentence.start < start:
            break
        if dated_another(ev):
            continue  # "The trip came three weeks after X met Y in Z. (...) X used the visit to ...": not that meeting
        # (by the sides, only a meeting of two of them: not GM's talks with Germany for its chief's board meeting)
        if ev.kind == MEETING and ev.place and ev.place not in parties and (
                set(ev.participants) & set(parties) or len(set(ev.participants) & sides) >= 2) and (
                ev.status == status or status == PLANNED and date_of(tok)):  # a meeting to come is not where one
            return ev.place  # was, nor one arranged for no day where one was (but "is due to call on Y on Friday")
    # further back, a meeting of two of the same people: "X met Y in Paris. (...) X met with Y and Z"; or the meeting
    # with one of them a definite noun refers back to: "X received Y in Muscat. (...) The meeting with Y was attended
    # by Z"
    if any(c.lower_ == "again" for c in tok.children):
        return None  # "met again": another meeting, maybe elsewhere
    shared = 1 if told_meeting(tok) else 2
    for ev in reversed(events):
        if (ev.kind == MEETING and ev.place and ev.place not in parties and ev.status == status
                and len(set(ev.participants) & set(parties)) >= shared):
            return ev.place
    return None


def day_place(tok: Token, events: list[RawEvent]) -> str | None:
    """Where the meeting told on the day a contact noun is named by was: "(X, who sat in on) Friday's talks"."""
    day = next((c.lower_ for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
    return next((ev.place for ev in reversed(events) if ev.kind == MEETING and ev.place
                 and day in (ev.date_text or "").lower()), None) if day is not None else None


def dated_another(ev: RawEvent) -> bool:
    """The contact was told to date another: "(The trip came three weeks) after X met Y in Z", "(shared the Kingdom's
    assessment) following his visit to New Delhi"."""
    return any(t.text == ev.trigger and (in_time_phrase(t) or t.dep_ == "pobj" and t.head.lower_ in TEMPORAL_PREPS)
               for t in ev.sentence)


def told_meeting(tok: Token) -> bool:
    """A meeting noun with "the" or "this" before it and a "with" partner after it: "the meeting with the Iranian
    minister", one told before (not "a meeting with X", nor "the first meeting with X": another)."""
    return tok.pos_ == "NOUN" and tok.lower_ in MEET_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children) and not any(
        c.dep_ == "amod" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def headline_line(sent) -> bool:
    """A sentence that is a line of its own with no mark ending it: a headline ("X to receive Y")."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in {".", "!", "?", '"', "”", "’", "'", ")", ":"}:
        return False
    start, end = line_of(sent.doc, words[0].i)
    return start >= sent.start and (start, end) == line_of(sent.doc, words[-1].i) and all(
        t.is_space for t in sent.doc[words[-1].i + 1 : end])


def present_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """The city one of the parties is said to be in, in this sentence or the two before: "X was in New Delhi on
    Monday and Tuesday. He held talks with Y on Monday" (talks there, in person)."""
    doc = tok.doc
    found = None
    for t in doc[window_start(tok, 2) : tok.sent.end]:
        if t.lemma_ != "be" or t.i > tok.i or not any(refs.get(w.i) in parties for c in t.children if c.dep_ == "nsubj"
                                                      for w in c.subtree):  # "The US adviser, X, was in New Delhi"
            continue
        for p in (p for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
            key = refs.get(p.i)
            ent = entity_at(doc, p.i)
            if key and key not in parties and types.get(key) == PLACE and ent is not None and gazetteer.city(ent.text):
                found = key
    return found


def same_meeting_place(tok: Token, parties: list[str], events: list[RawEvent], others: list[str] = ()) -> str | None:
    """Talks of the same parties as a placed meeting told in this or the previous sentence are that
    meeting: "X met Y in Lima on Friday. The two leaders discussed trade" (one contact, in person); so are talks
    that name the side of a meeting told with one party named, that party their other side (``others``): "European
    ministers met X in New York. A, B and C held talks with the Iranian minister"."""
    start = window_start(tok, 1)
    status = PLANNED if is_planned(tok) else OCCURRED
    for ev in reversed(events):
        if ev.sentence.start < start:
            break
        if ev.kind == MEETING and ev.place and ev.status == status and len(parties) >= 2 and (
                set(ev.participants) == set(parties) or len(ev.participants) == 1 and ev.participants[0] in others):
            return ev.place
    return None


def there_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """"met X there", "held talks there": the latest place named with "in/at/to" or visited before it, in this
    sentence or the previous one; "held talks with X here": where the story was filed (the dateline's place)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    adverbs = {c.lower_ for c in (*tok.children, *verb.children) if c.dep_ == "advmod"}
    found = dateline(tok.doc, refs, types, at=tok.i) if "here" in adverbs else None
    if found is not None and found[0] not in parties:
        return found[0]
    if "there" not in adverbs:
        return None
    doc = tok.doc
    start = window_start(tok, 1)
    for t in reversed(doc[start : tok.i]):
        key = refs.get(t.i)
        if key and key not in parties and types.get(key) in PLACE_TYPES and t.ent_type_ in PLACE_TYPES and (
                in_at(t) is not None or t.dep_ == "pobj" and t.head.lower_ in {"to", "into"} or visited(t)
                or t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in DEPARTURE_VERBS):
            return key  # ("is to leave for Kuala Lumpur, and will hold talks there")
    return None


#: Verbs of setting out whose "for" object is where one goes: "leave for Kuala Lumpur", "headed for Doha".
DEPARTURE_VERBS = {"leave", "depart", "head"}


def group_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """Where the group doing the talking is: "the EU's leaders in Brussels will negotiate with X" (a group
    noun subject with "in/at <place>"; not a named person, who may just live there)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    for subj in subjects_of(verb):
        if subj.lower_ not in GROUP_NOUNS:
            continue
        for p in (p for c in subj.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for p in c.children):
            key = refs.get(p.i)
            if p.dep_ == "pobj" and key and key not in parties and types.get(key) in PLACE_TYPES and (
                    p.ent_type_ in PLACE_TYPES):
                return key
    return None


#: Determiners of a contact noun that refers back to one already told: "said after the talks".
DEFINITE = {"the", "these", "those", "that", "this"}


def receives_things(t: Token) -> bool:
    """A receiving verb whose object is a thing, no guest: "Slovakia still receives most of its gas from Russia"."""
    objects = [c for c in t.children if c.dep_ == "dobj"]
    return t.lemma_.lower() in RECEIVING_VERBS and t.pos_ in {"VERB", "AUX"} and bool(objects) and not any(
        o.pos_ == "PRON" or o.lower_ in GROUP_NOUNS | MEET_NOUNS | TALK_NOUNS or any(
            q.ent_type_ in PARTY_TYPES for q in o.subtree) for o in objects)


def referred_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """"Union leaders met the airline's managers in Rome. X said after the talks ...": "the talks" are the
    past contact of the two sentences before with a place, and happened there."""
    if tok.lower_ not in TALK_NOUNS | MEET_NOUNS or not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                                                            for c in tok.children):
        return None  # not "to the negotiating table": an idiom, no contact told before ("Wednesday's summit" is one)
    if is_planned(tok):
        return None  # "to plan the meeting": one still to come, not the one told
    doc = tok.doc
    for t in reversed(doc[window_start(tok, 2) : tok.sent.start]):
        # (a talk is placed by the context only on a journey, as when it was read: not "discussed X and agreed that
        # their ministers would meet in Athens"; one that did not happen, only by its own place: "declined to meet X at
        # the summit in Z", not "has postponed his visit owing to commitments in Z")
        talk = t.lemma_.lower() in TALK_VERBS and t.pos_ in {"VERB", "AUX"}
        if tok.lower_ in VISIT_NOUNS and not (t.lower_ in VISIT_NOUNS or t.pos_ == "VERB" and t.lemma_.lower() in TRAVEL_VERBS):
            continue  # "During the visit, X also met Y": the visit told, not "his discussions in Z" told after it
        if trigger_rule(t) and not is_planned(t) and not receives_things(t) and (  # not "discussed preparations for
                # the next meeting, in Z"
                place := place_of(t, refs, types, parties) or not is_negated(t) and place_in_context(
                    t, refs, types, parties, travel_only=talk)):
            return place
    if tok.lower_ in VISIT_NOUNS:  # "X paid an official visit to India. (...) During the visit, X also met Y": the
        # latest visit of one of the parties told before, however far back
        for t in reversed(doc[: window_start(tok, 2)]):
            if t.lower_ in VISIT_NOUNS and not is_planned(t) and not is_negated(t) and {
                    refs.get(w.i) for s in subjects_of(clause_verb(t)) for w in s.subtree} & set(parties) and (
                    place := place_of(t, refs, types, parties)):
                return place
    # "the APEC summit, hosted by X": the summit of that name told anywhere before; "the summit": the last one
    names = {refs[c.i] for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in refs}
    if not names and tok.lower_ not in FORUM_NOUNS:
        return None
    for t in reversed(doc[: tok.sent.start]):
        named = {refs.get(c.i) for c in t.children if c.dep_ in {"compound", "nmod"}} & names if names else True
        if t.lower_ == tok.lower_ and named and (place := place_of(t, refs, types, parties)):
            return place
    return None


def same_noun_place(tok: Token, refs: dict, types: dict, parties: list[str], told: list[RawEvent]) -> str | None:
    """"(...) the outcomes of the session of the Council, held in Riyadh on Sunday. X chaired the session": a meeting
    noun with "the" is the one its own word named in the two sentences before, told as no contact of its own (``told``:
    the contacts read so far), where that one was held (before the latest place of one of its parties, told since)."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in MEET_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) or is_planned(tok):
        return None
    for t in reversed(tok.doc[window_start(tok, 2) : tok.sent.start]):
        if t.lower_ == tok.lower_ and not any(ev.sentence == t.sent and ev.trigger == t.text for ev in told) \
                and (place := place_of(t, refs, types, parties)):
            return place
    return None


def more_places(place: str, tok: Token, refs: dict, types: dict) -> list[str]:
    """The places coordinated with the place of a meeting: "met them in Greece, Turkey and Gaza"."""
    out: list[str] = []
    for t in tok.sent:
        if refs.get(t.i) == place and t.dep_ in {"pobj", "dobj"} and not in_topic(t):  # not "a flight between A and B"
            for c in conjuncts(t):
                key = refs.get(c.i)
                if not key or key == place or types.get(key) not in PLACE_TYPES or c.ent_type_ == "NORP" or key in out:
                    continue
                before = c.doc[c.i - 2] if c.i >= 2 else None
                if (types.get(key) == COUNTRY or gazetteer.region(c.text)) and c.doc[c.i - 1].text == "," \
                        and before is not None and types.get(refs.get(before.i)) == PLACE:
                    continue  # "in Berlin, Germany", "in Anchorage, Alaska": the city's country or state
                out.append(key)
            break
    return out


def _trips(t: Token) -> list[Token]:
    """Journeys a clause happens in: "during/on/in the course of a visit to X", a journey as subject or as what its
    verb makes; the journey of a traveller: "a visit to X by Y" (Y, who met Z), "Y's visit to X"."""
    owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "by" else t.head if t.dep_ == "poss" else None
    # "a state visit to X, during which he will hold talks with Y": the visit "which" stands for
    during_which = [t.head for c in t.children if c.dep_ == "prep" and c.lower_ in {"during", "on", "in"}
                    for p in c.children if p.dep_ == "pobj" and p.lower_ == "which"] if t.dep_ == "relcl" else []
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"during", "on", "in", "at"}
            for p in c.children if p.dep_ == "pobj" and p.lower_ in TRIP_NOUNS] + [
        h for h in during_which if h.lower_ in TRIP_NOUNS] + [
        c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in TRIP_NOUNS] + [
        # "to undertake a joint mission to X to meet Y", "will pay a visit to X, meeting Y": the journey made
        c for c in t.children if c.dep_ == "dobj" and c.lower_ in TRIP_NOUNS and t.pos_ in {"VERB", "AUX"}] + [
        owner] * (owner is not None and owner.lower_ in TRIP_NOUNS)


#: Travel verbs whose direct object is the place travelled: "visited Kyiv", "crossed the border".
PLACE_OBJECT_TRAVEL = {"visit", "tour", "cross"}
#: Verbs of travelling with someone, their object the one escorted: "accompanied Minister X to Bangkok for a meeting
#: with Y" went to Bangkok.
ESCORT_VERBS = {"accompany"}


def arrival_airport(t: Token) -> bool:
    """An airport one lands at or arrives at, told beside a contact: "within hours of landing at Hiroshima Airport,
    met X" (where the traveller came in, not where they met; "met X at the airport" is the contact's own place)."""
    ent = entity_at(t.doc, t.i)
    return ent is not None and ent[-1].lower_ == "airport"


def place_in_context(tok: Token, refs: dict, types: dict, parties: list[str], travel_only: bool = False) -> str | None:
    """Where a meeting with no "in <place>" of its own happened: a place named in the same sentence
    ("...ahead of the summit in Durban"), first where the meeting's own traveller went ("visited Kyiv and
    met X"), else where the previous sentence's traveller went."""
    def place_key(t: Token) -> str | None:
        key = refs.get(t.i)
        if key is None and t.lower_ in TOWN_NOUNS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == PLACE:
            return place_key(t.doc[t.i + 1])  # "to the Eritrean capital Asmara", Asmara parsed elsewhere
        if key is None and t.lower_ in TOWN_NOUNS and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "of" \
                and t.doc[t.i + 2].ent_type_ == PLACE:
            return place_key(t.doc[t.i + 2])  # "to the eastern city of Benghazi"
        if key is None and t.lower_ == "capital":
            key = capital_place(t, refs, types)  # "to the Eritrean capital": Asmara if named, else Eritrea
            return key if key and key not in parties else None
        if key and key not in parties and types.get(key) in PLACE_TYPES and t.ent_type_ in PLACE_TYPES \
                and not arrival_airport(t):
            return key
        return None

    def destination(t: Token) -> str | None:
        """Where the traveller of a visit/travel verb went: "visited Kyiv", "flew to Kyiv", "arrived in Kyiv";
        where someone was for the contact: "was in Berlin to talk about"; "arrived here": the dateline's place."""
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in TRAVEL_VERBS and any(
                c.dep_ == "advmod" and c.lower_ == "here" for c in t.children) and (
                filed := dateline(t.doc, refs, types, at=t.i)) is not None and filed[0] not in parties:
            return filed[0]
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() == "be" and t != tok:  # "was in Berlin to talk"
            # "is due in Hanoi on Sunday for talks", "in" on the adjective
            holders = [t, *(c for c in t.children if c.dep_ == "acomp" and c.lower_ in DUE_WORDS)]
            # ("her first trip will be to Buenos Aires to meet Y": where the trip goes)
            trip = any(c.dep_ == "nsubj" and c.lemma_.lower() in TRIP_NOUNS for c in t.children)
            where = next((place_key(p) for h in holders for c in h.children
                          if c.dep_ == "prep" and (c.lower_ == "in" or trip and c.lower_ == "to")
                          for p in c.children if p.dep_ == "pobj" and place_key(p)), None)
            if where:
                return where  # else maybe "X, who is on a visit to Lima, held talks": the trip below
        if (went := travelled_to(t)) is not None:
            return went  # "(on his first trip to Asia,) will travel on to Tokyo for talks": where the verb goes first
        for trip in _trips(t):  # "during her visit to Lima, X held talks"; "her trip to Lima included talks"; "during
            # the visit": the one told before
            where = next((place_key(p) for c in trip.children if c.dep_ == "prep" and c.lower_ == "to"
                          for p in c.children if p.dep_ == "pobj" and place_key(p)), None) or (
                referred_place(trip, refs, types, parties))
            if where:
                return where
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in LEAD_VERBS and any(
                c.dep_ == "dobj" and c.lower_ in GROUP_NOUNS for c in t.children):
            groups = [c for c in t.children if c.dep_ == "dobj"]  # "to Lima" on the verb or on "delegation"
            return next((place_key(p) for h in [t, *groups] for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" and place_key(p)), None)  # "led a delegation to Lima"
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() == "attend" and t != tok:  # "X, who attended the summit"
            summits = [c for c in t.children if c.dep_ == "dobj" and c.lower_ in MEET_NOUNS | TALK_NOUNS]
            return next((where for c in summits
                         if (where := place_of(c, refs, types, parties) or referred_place(c, refs, types, parties))), None)
        return None

    def travelled_to(t: Token) -> str | None:
        """Where a travel verb itself goes: "visited Kyiv", "flew to Kyiv", "arrived in Kyiv"."""
        if t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in TRAVEL_VERBS | ESCORT_VERBS:
            return None
        if t.lemma_.lower() not in PLACE_OBJECT_TRAVEL | ESCORT_VERBS and any(c.dep_ == "dobj" for c in t.children):
            return None  # another sense: "stop the killings in X", "head the team in X"
        if t.lemma_.lower() in ESCORT_VERBS and not any(
                (c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp") and tok in c.subtree for c in t.children):
            return None  # the journey's own purpose only ("for a meeting with Y"), not "(accompanied his guest to the
            # museum) before the two sat down for talks back at the hotel"
        # ("flies on to Tokyo" parsed with "to" hung on "on")
        onward = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" and not any(
            g.dep_ == "pobj" for g in c.children) for g in c.children]
        # "flies to A, where ..., and then to B for a meeting with Y": the leg the contact is the purpose of first
        # (the nearest "to" above it, also a conjunct of the first: "to A (...) and then to B")
        legs = [a for a in tok.ancestors if a.lower_ in {"to", "into"} and a.pos_ == "ADP" and t in a.ancestors][:1]
        for c in [*legs, *t.children, *onward]:
            if c.dep_ == "dobj" and t.lemma_.lower() == "visit" and place_key(c):
                return place_key(c)
            if c in legs or c.dep_ == "prep" and (c.lower_ in {"to", "in", "into"} or c.lower_ == "for" and (
                    t.lemma_.lower() in DEPARTURE_VERBS)):  # "is to leave for Dhaka on a visit, during which ..."
                for p in c.children:
                    if p.dep_ == "pobj" and place_key(p):
                        return place_key(p)
        return None

    # the trigger's clause: its chain up, and the verbs below it that are not in its subject
    # ("meeting his wife-to-be at a festival in Leipzig"), nor in a relative clause
    below = [t for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass", "csubj", "relcl"} for t in c.subtree
             if t.pos_ in {"VERB", "AUX"} and not any(a.dep_ == "relcl" and a.i != tok.i for a in [t, *t.ancestors]
                                                      if a in c.subtree or a == c)]
    own = {tok, clause_verb(tok), *governing_chain(tok), *below}
    # "visited Kyiv and met X", "flew to Kyiv to meet X": the same traveller's destination
    chain = list(dict.fromkeys([tok, clause_verb(tok), *governing_chain(tok)]))  # nearest first, in a fixed order
    # in any time phrase ("after the summit, X will travel to Y"): no traveller's destination outside it, only one
    # the phrase tells itself ("before flying to Paris for a meeting with X"); only one some time away ("a day after
    # his meeting with X") also takes no place named in the sentence (in_time_phrase)
    timed = next((t for t in tok.ancestors if t.pos_ in {"ADP", "ADV", "SCONJ"} and t.lower_ in TEMPORAL_PREPS), None)
    # a party's own journey: "X, on a visit to Lima, held talks with Y", "Y met X, who was visiting Lima"; not
    # one for a contact of its own with someone else ("spoke to X, who is in Washington for talks with Z")
    # (the name set beside a title too: "received the Foreign Minister of Y, X, who is on a visit to Lima")
    named = [q for p in _party_tokens(tok) for q in [p, *(c for c in p.children if c.dep_ == "appos" and c.i in refs
                                                          and c.ent_type_ == PERSON and p.i not in refs)]]
    # (or however parsed, a party's name in the sentence: "received ... of the Togolese Republic, Prof. X, who is on
    # a visit to Accra" with X hung on the verb as an adverb)
    named += [t for t in tok.sent if t.ent_type_ == PERSON and refs.get(t.i) in parties and t.dep_ != "compound"
              and t not in named and any(c.dep_ in {"relcl", "acl"} for c in t.children)]
    journeys = [c for p in named for c in [p, *p.children]  # "X, visiting Lima this week, held talks"
                if c == p or c.dep_ in {"relcl", "acl"} and not _other_contact(c, refs, parties)
                and not is_negated(c)]  # (not "X, who did not travel to Kharkiv, told a meeting")
    travels = [*chain, *(c for o in chain for c in o.children if c.dep_ == "conj" and c.i < tok.i)]
    # "is due to travel to Cairo on Sunday to brief X", the purpose hung on "is": the journey beside it
    travels += [v for o in chain[1:] for v in journey_verbs(o) if v != o and v.i < tok.i]
    # "When X flew to Washington for his meeting with Y, he carried ..." parsed with "for" on the main verb: the
    # journey the clause before tells
    travels += [c for o in chain[1:] for c in o.children if c.dep_ == "advcl" and c.i < tok.i
                and c.lemma_.lower() in TRAVEL_VERBS and c not in travels]
    # a place in the contact's own clause comes before a party's journey: "X, who is on a trip to Taiwan, met Y
    # in Hsinchu"
    ahead = near_places(tok, refs, parties, place_key, own) if not travel_only else []
    for t in [*travels, *([] if ahead and ahead[0] else journeys)]:
        if timed is not None and timed not in t.ancestors:
            continue
        if destination(t):
            return destination(t)
    if travel_only:
        return previous_destination(tok, refs, parties, place_key, travellers_only=True)
    if ahead and not in_time_phrase(tok):  # not "held talks in London a day after his meeting with X"
        return ahead[1]
    return previous_destination(tok, refs, parties, place_key)


def near_places(tok: Token, refs: dict, parties: list[str], place_key, own: set) -> tuple[bool, str] | None:
    """The place named in the sentence nearest the contact, and whether it is in the contact's own clause; None if
    the sentence names none that can be where the contact happened."""
    sent = tok.sent
    listed = listed_items(tok) if tok.pos_ not in {"VERB", "AUX"} else set()
    near = [t for t in sent if in_at(t) is not None and place_key(t) and not in_topic(t) and t.i not in listed]
    # not a place of what a purpose is about: "met X to press for a brigade presence in the Baltics"
    near = [t for t in near if not (in_at(t).head.pos_ in {"NOUN", "PROPN"} and any(
        _purpose(a) and tok in a.ancestors for a in t.ancestors))]
    # the trigger's own clause first; else any, but not one in a relative clause that describes
    # someone ("Kerry, who said he was in France, will meet ...")
    near = [t for t in near if clause_of(in_at(t).head) in own and not said_place(t, tok)] or [
        t for t in near if not any(a.dep_ == "relcl" and tok not in a.subtree for a in t.ancestors)
        and not reported_place(t, tok)]
    near = [t for t in near if not (t.dep_ == "appos" and t.head in near)]  # "in Anchorage, Alaska": the city
    near = [t for t in near if not other_time(t, tok)]  # "... since the rebels resumed their offensive in Z"
    near = [t for t in near if not describes_others(t, tok)]  # "the return of refugees sheltered in Z"
    near = [t for t in near if not others_clause(t, tok, refs, parties)]  # "..., as ministers condemned the war in Z"
    near = [t for t in near if not event_to_be_held(t, tok)]  # "discussed the next summit, to be held in Z"
    near = [t for t in near if not in_post(t)]  # "met X, the commander of the mission in Z"
    near = [t for t in near if not object_detail(t)]  # "signed agreements on a solar plant in Z"
    near = [t for t in near if not pledged_object(t, tok)]  # "held a meeting and pledged to expand patrols in Z"
    near = [t for t in near if not standing_state(t, tok)]  # "runs a base in Z and signed a pact with Y in May"
    near = [t for t in near if not in_source(t, tok)]  # "The embassy in Z said X had called on Y"
    near = [t for t in near if not in_what_clause(t, tok)]  # "left the summit because of what is going on in Z"
    near = [t for t in near if not in_next_clause(t, tok)]  # "X's visit, and that he would see Y in Z"
    near = [t for t in near if not dated_event_after(t, tok)]  # "following the handover of the base at Z last year"
    near = [t for t in near if not homage(in_at(t).head)]  # "and to lay a wreath at Z"
    near = [t for t in near if not journey_apart(t, tok)]  # "will meet X on Thursday before travelling to Z in W"
    near = [t for t in near if quoted(tok) or not quoted(t)]  # 'X receives Y: "pillars of stability in Z"': words said
    # not the place of another contact the sentence tells with its own partners: "After the session with X, the
    # delegation crossed town for a separate meeting with Y at Z", "used the visit to press his offer to host a summit
    # between X and Y in Z" (but "on the margins of the summit in Z": where)
    # (but "will hold talks with X in Beijing on Tuesday and meet Y the following day": the same traveller's next
    # contact there)
    near = [t for t in near if not any(a != tok and tok not in a.subtree and a.pos_ in {"NOUN", "PROPN"}
                                       and own_partners(a, tok) and trigger_rule(a) and not next_of(tok, a)
                                       for a in list(t.ancestors)[:5])]
    if not near:
        return None
    # (a post's place before its holder's name is no place of the clause's own: "the Ambassador to the UN in Z, X,
    # who is in W for consultations, joined the meeting": where X is told to be comes first)
    return any(clause_of(in_at(t).head) in own and not in_title_before_name(t) for t in near), \
        place_key(min(near, key=lambda t: abs(t.i - tok.i)))


def next_of(tok: Token, contact: Token) -> bool:
    """The trigger is a verb coordinated with the one holding the other contact: "(will hold) talks with X in Beijing
    (...) and meet Y the following day"."""
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head == clause_verb(contact) and tok.i > contact.i


def own_partners(noun: Token, tok: Token) -> bool:
    """A contact noun names whom it is with, or between whom when the trigger does not hold it: "a meeting with Y",
    "a summit between X and Y" (not "hosted talks between X and Y in Z": the talks hosted)."""
    return bool(with_objects(noun)) or noun not in tok.subtree and any(between_prep(c) and prep_objects(c)
                                                                        for c in noun.children)


def journey_apart(t: Token, tok: Token) -> bool:
    """A place of a journey told before or after the contact, in a time phrase the trigger is not in: "will meet X on
    Thursday before travelling to Shenyang in Liaoning Province"."""
    return any(a.lower_ in {"before", "after"} and tok not in a.subtree and any(
        c.dep_ == "pcomp" and c.lemma_.lower() in TRAVEL_VERBS for c in a.children) for a in t.ancestors)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose: "(met X) to press for ...", "(flew to Y) to meet X"; not "face to face" nor
    "wife-to-be"."""
    return verb.dep_ in {"advcl", "xcomp"} and verb.pos_ == "VERB" and verb.lemma_.lower() not in {"face", "be"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)


def _other_contact(clause: Token, refs: dict, parties: list[str]) -> bool:
    """Whether a clause tells of a contact with someone named who is no party here: "who is in Washington for
    talks with Z"."""
    return any(trigger_rule(w) is not None and any(refs.get(p.i) not in (None, *parties) for p in with_objects(w))
               for w in clause.subtree)


def _party_tokens(tok: Token) -> list[Token]:
    """The named parties of a contact's clause: the subjects, the objects of "with/to" and direct objects; a title
    a name is set beside ("Minister for Foreign Affairs of Ukraine X, during his visit to Warsaw," parsed with the
    visit the title's)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    out = [*subjects_of(verb), *party_objects(tok), *[c for c in tok.children if c.dep_ == "dobj"]]
    if verb != tok:
        out += party_objects(verb)
    refs = tok.doc._.kg_refs or {}
    return [t for t in out if t.i in refs or t.lower_ in gazetteer.title_words() and any(
        c.dep_ == "appos" and c.i in refs and c.ent_type_ == PERSON for c in t.children)]


def previous_destination(tok: Token, refs: dict, parties: list[str], place_key, travellers_only: bool = False
                          ) -> str | None:
    """Where the previous sentence's traveller went ("X flew to Lima. There she met Y"); with
    ``travellers_only``, only a traveller who is a party of the contact ("X flew to Lima. She held talks with Y")."""
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    if headline_line(prev) and not headline_line(sent):
        return None  # "Milei promises visit to Asunción" over "BUENOS AIRES - Milei received Peña": a headline's
    for t in prev:
        key = place_key(t)
        if key is None:
            continue
        head = t.head if t.dep_ == "pobj" else t
        verb = head.head if t.dep_ == "pobj" else t.head
        # "Y received X in Hanoi. Earlier in the day, X held talks with Z": the guest was there that day (also "received
        # visiting Minister X in Hanoi" parsed with X and Hanoi on "visiting")
        host = verb.head if verb.dep_ == "xcomp" else verb
        if t.dep_ == "pobj" and head.lower_ == "in" and host.lemma_.lower() in RECEIVING_VERBS and host.pos_ == "VERB":
            guests = {refs.get(g.i) for v in {host, verb} for o in v.children if o.dep_ == "dobj"
                      for g in [o, *o.conjuncts]}
            if guests & set(parties) and is_planned(host) == is_planned(tok) and not is_hypothetical(host):
                return key
            continue
        if not ((t.dep_ == "pobj" and head.lower_ in {"in", "to", "into"} and verb.lemma_.lower() in TRAVEL_VERBS
                 and (verb.pos_ in {"VERB", "AUX"} or verb.lemma_.lower() in TRIP_NOUNS)) or (
            t.dep_ == "dobj" and t.head.lemma_.lower() == "visit"
        )):
            continue  # (not "X, the deputy head of Hamas in Gaza,": the noun "head" is no journey)
        clause = clause_of(verb)
        travellers = {refs.get(s.i) for s in subjects_of(clause)} - {None}
        if travellers_only and not travellers & set(parties):
            continue
        if travellers and not travellers & set(parties) and clause.dep_ not in {"ROOT", "conj"}:
            continue  # "..., after X visited Taiwan. Y and Z held talks": a journey in the background, not theirs
        # "the visit by Prime Minister Y to Seoul": a trip of someone else than the contact's parties
        visitors = {refs.get(p.i) for c in verb.children if verb.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "by"
                    for p in c.children if p.dep_ == "pobj" and p.ent_type_ == PERSON}
        if visitors - {None} and not visitors & set(parties):
            continue
        if is_planned(clause_of(verb)) and not is_planned(tok) or is_hypothetical(clause_of(verb)) or any(
                a.lemma_.lower() in {"invitation", "invite"} for a in verb.ancestors):
            continue  # "X later flies to Washington. ... had met Y", "invited him to visit Ankara", "extended an
            # invitation to X to visit India": not where Y was met
        return key
    return None
