"""Where a contact happened, from its own clause: the place of ``met_in``.

The meeting's own "in/at X" (or "in the capital, X", "X hosted the talks", "on the sidelines of the Y summit in X",
"during her visit to X"). When the clause tells no place, :mod:`kg.nlp.context_places` reads the context: a
traveller's destination, where the talking group is, the latest placed meeting of one of its parties, the place of
the contact that "the talks" refer back to, or the dateline's city for a meeting of the days the story tells of
(kg.nlp.datelines). Never a place in what the contact is about ("discussed the war in X"), in what was said, or on
the reporting verb ("told reporters in X that..."): kg.nlp.other_places.
Once a document's contacts are read, kg.nlp.meeting_cities narrows a building, a country or a
venue to the city the article tells.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import COUNTRY, MEETING, OCCURRED, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.datelines import dateline
from kg.nlp.entity_evidence import PLACE_NOUNS
from kg.nlp.entity_spans import HYPHENS
from kg.nlp.events import RawEvent
from kg.nlp.modality import (
    bound_event,
    is_planned,
)
from kg.nlp.lines import lines
from kg.nlp.other_places import (
    clause_of,
    dated_after,
    in_at,
    in_topic,
    listed_items,
)
from kg.nlp.paragraphs import window_start
from kg.nlp.person_spans import joined_by_hyphen
from kg.nlp.subjects import conjuncts, reporting_speaker, stranded_conjuncts
from kg.nlp.titles import entity_at, envoy_before
from kg.nlp.trigger_words import (
    FORUM_HEADS,
    FORUM_NOUNS,
    GATHER_VERBS,
    HOLD_VERBS,
    MEAL_NOUNS,
    MEET_NOUNS,
    MEET_VERBS,
    ON_SITES,
    PARTY_TYPES,
    PLACE_TYPES,
    RECEIVING_VERBS,
    SIDELINE_NOUNS,
    TALK_NOUNS,
    TRAVEL_VERBS,
    VENUE_NOUNS,
    VISIT_NOUNS,
)
from kg.nlp.triggers import agent_objects, clause_verb, prep_objects, visiting_adjective


#: Verbs of spending time somewhere, where a participle after them tells what was done: "spent hours at X, discussing".
TIME_SPENDING_VERBS = {"spend", "sit", "remain", "stay"}


def place_of(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """The named place where a contact happened, read from the trigger's own phrase:

    - "in/at <place>" on the trigger or its verb ("met in Rome", "talks at the Elysee in Paris");
    - a place naming a meeting noun ("the Brussels summit", "the Geneva talks");
    - "<place>, where X met Y";
    - else the host: "Geneva hosted the talks".
    """
    def place(t: Token) -> str | None:
        key = refs.get(t.i)
        if t.ent_type_ == "NORP":
            return None  # "wrote in German": a language or people, not where
        if t.dep_ == "poss" and t.head.lower_ in gazetteer.title_words():
            return None  # "met Vietnam's Minister of Industry": whose post, not where
        if key is None and t.ent_type_ == "DATE":  # "in Vladivostok September 8": the place parsed as the date's compound
            return next((place(c) for c in t.children if c.dep_ == "compound" and c.i < t.i and place(c)), None)
        return key if key and types.get(key) in PLACE_TYPES and key not in parties else None

    verb = clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok
    # the host of the talks themselves (not "Norway welcomes agreements in the Venezuela negotiations")
    hosted = not any(a.dep_ == "prep" and a.lower_ not in {"of", "for"} for a in tok.ancestors if verb in a.ancestors)
    return where_named(tok, verb, place, refs, types, parties) or (host_place(verb, place) if hosted else None)


def hyphen_member(t: Token) -> bool:
    """A name joined to another by a hyphen before a meeting noun: the summit's members, not where it is ("a
    Russia-Central Asia summit in Dushanbe")."""
    ent = entity_at(t.doc, t.i)
    start, end = (ent.start, ent.end) if ent is not None else (t.i, t.i + 1)
    doc = t.doc
    return joined_by_hyphen(doc[start]) or end < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_


def city_of_journey(verb: Token, country: Token, place) -> str | None:
    """The city in a visited country that the journey's verb goes to: "will travel to Beijing for her visit
    to China" visits Beijing."""
    ent = entity_at(country.doc, country.i)
    code = getattr(gazetteer.country(ent.text), "code", None) if ent is not None else None
    for c in verb.children if code else []:
        for p in (p for p in c.children if c.dep_ == "prep" and c.lower_ in {"to", "in"} and p.dep_ == "pobj"):
            city = entity_at(p.doc, p.i)
            found = gazetteer.city(city.text) if city is not None and place(p) else None
            if found and found[1] == code:
                return place(p)
    return None


def journey_city(country: Token, place, types: dict) -> str | None:
    """The city of a country the journey above it goes to: "will travel to Tokyo to hold consultations with the
    Government of Japan, where he will meet X" (Japan's "where": Tokyo)."""
    if types.get(place(country)) != COUNTRY:
        return None
    journey = next((a for a in country.ancestors if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in TRAVEL_VERBS),
                   None)
    return city_of_journey(journey, country, place) if journey is not None else None


def host_place(verb: Token, place) -> str | None:
    """"Geneva hosted the talks", "the mosque welcomed X": the host is where, unless named ("Saudi Arabia
    hosted talks in Jeddah": Jeddah)."""
    if verb.lemma_.lower() in RECEIVING_VERBS:
        for c in verb.children:
            if c.dep_ == "nsubj" and place(c):
                return place(c)
    return None


def on_site(pobj: Token, trigger: Token) -> bool:
    """What "on" names is where a meeting was: a site one stands on ("on the Simón Bolívar International Bridge"),
    or a place other than a country in the phrase of a meeting verb ("hosted his counterparts on Gotland"; not "spoke
    on Gaza", "talks on Cyprus": what is talked about)."""
    return pobj.lower_ in ON_SITES or pobj.ent_type_ == PLACE and trigger.pos_ == "VERB" \
        and trigger.lemma_.lower() in MEET_VERBS | GATHER_VERBS


def where_named(tok: Token, verb: Token, place, refs: dict, types: dict, parties: list[str]) -> str | None:
    """The place of place_of named in the trigger's phrase."""
    if tok.lemma_.lower() in RECEIVING_VERBS and tok.pos_ in {"VERB", "AUX"}:  # "welcomed X to Berlin"
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and not envoy_before(c)
                  for p in c.children):  # not "received the Ambassador of Japan to Ghana": the envoy's post
            if p.dep_ == "pobj" and place(p):
                return place(p)
    if tok.lower_ in VISIT_NOUNS:  # "his visit to India", "his recent Indian visit"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj" and place(p):
                        return city_of_journey(verb, p, place) or place(p)
        # (not when it went somewhere named: "the most senior Saudi military visit to Iran" is the Saudis')
        went = any(types.get(refs.get(p.i)) in PLACE_TYPES for c in tok.children
                   if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")
        visitors = {refs.get(o.i) for o in tok.children if o.dep_ == "poss"}
        for c in tok.children if not went else ():
            key = refs.get(c.i)  # the host may be a party too: "pacts between Kabul and New Delhi during X's Indian visit"
            if c.dep_ in {"amod", "compound"} and key and types.get(key) in PLACE_TYPES and key not in visitors:
                return key
        if (to := hung_to(tok)) is not None:
            return next((place(p) for p in to.children if p.dep_ == "pobj" and place(p)), None)
    # the object of "meet" may carry the place ("met X in Rome"); a talk verb's object is its topic
    holders = [tok, verb, *[c for c in tok.children if c.dep_ == "dobj" and not in_topic(c)], *agent_objects(tok)]
    # "held talks on avoiding clashes on Wednesday in Baku": the day and the place hung on the topic's gerund
    holders += [w for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for w in c.subtree
                if any(dated_after(p) for d in w.children if d.dep_ == "prep" for p in d.children)]
    # "met A, B and C at the X centre in Y": the parser may hang the place on the last one met
    holders += [q for c in tok.children if c.dep_ == "dobj" and c.i in refs and not in_topic(c)
                for q in conjuncts(c) if q.i in refs]
    # "met X upon her arrival at the summit in Vladivostok": where the guest arrived
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() == "arrival"]
    # "spoke with X in Geneva", "held talks with Egypt's chief, X, in Cairo": the parser hangs the place on the party
    holders += [p for p in party_objects(verb) + (party_objects(tok) if tok != verb else [])
                if p.i in refs or any(c.dep_ == "appos" and c.i in refs for c in p.children)]
    # "with Qatar's Prime Minister and Foreign Minister X and Egyptian intelligence chief Y in Doha" parsed with Y in
    # apposition to the post: the place hung on the name
    holders += [a for p in party_objects(verb) + (party_objects(tok) if tok != verb else []) for a in p.children
                if a.dep_ == "appos" and a.i in refs]
    # "with UAE President His Highness Sheikh X in Abu Dhabi": the place hung on the name after a style
    holders += [n for p in party_objects(verb) + (party_objects(tok) if tok != verb else []) for a in p.children
                if a.dep_ == "appos" and a.i not in refs for n in a.children if n.dep_ == "appos" and n.i in refs]
    # "with the Director-General of Y, X, at its headquarters in Rome" parsed with X on the verb
    holders += [c for c in verb.children if c.dep_ == "npadvmod" and c.i in refs and c.ent_type_ == PERSON]
    # "talks between X and visiting President Y at Hyderabad House" parsed with "visiting" a verb of its own
    holders += [v for b in tok.children if b.dep_ == "prep" and b.lower_ == "between" for v in b.head.head.children
                if v.dep_ == "conj" and visiting_adjective(v)] if tok.dep_ == "pobj" else []
    # "will host him for talks in Gyeongju": the place of the talks the verb is for (the verb's own contact: not "After
    # the session with X, the delegation crossed town for a separate meeting with Y at Z")
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                if p.dep_ == "pobj" and p.lower_ in TALK_NOUNS | MEET_NOUNS] if tok == verb or tok.dep_ == "dobj" else []
    # "spent three hours at the Itamaraty Palace, discussing X": where the time the talks took was spent
    holders += [verb.head] if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
        and verb.head.lemma_.lower() in TIME_SPENDING_VERBS else []
    # "negotiated for hours in Geneva": the parser hangs the place on the duration
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"} for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in DURATION_NOUNS]
    # "on the sidelines of the UN General Assembly in New York", "of the summit being held in London": where the
    # forum met
    # (or its apposition: "of the World Economic Forum (WEF) Annual Meeting in Davos")
    holders += [h for forum in forums(tok, verb) for h in (forum, *[
        c for w in (forum, forum.head.head) for c in w.children if c.dep_ in {"acl", "relcl"} and says_where(c)], *[
        c for c in forum.children if c.dep_ == "appos"], *[  # "of a meeting of eurozone ministers in Luxembourg"
        p for of in forum.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"
        and p.ent_type_ not in PLACE_TYPES])]
    # "At the Group of 20 summit in Rio, X held talks with Y" parsed with "summit" under "Group of": the summit's place
    holders += [n for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children if p.dep_ == "pobj"
                for n in p.subtree if n != p and n.lower_ in MEET_NOUNS]
    if tok.pos_ not in {"VERB", "AUX"}:  # "talks held in Geneva", "the summit, which took place in Durban"
        holders += [c for c in tok.children if c.dep_ in {"acl", "relcl"} and says_where(c)]
        # "the session of the Ministerial Council, held in Riyadh" parsed with "held" on the council: the session's
        holders += [c for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                    if p.dep_ == "pobj" and p.lower_ not in MEET_NOUNS | TALK_NOUNS for c in p.children
                    if c.dep_ == "acl" and c.tag_ == "VBN" and says_where(c)]
    if tok.pos_ not in {"VERB", "AUX"}:  # "the meeting of X and Y in Rome": the parser may attach "in" to Y
        # (not "talks with X on migration, the war in Ukraine" parsed with "war" the talks' apposition: a topic)
        listed = listed_items(tok)
        # (nor "Their talks focused on the war in Gaza, the conference that X hosts, the crisis in Sudan" parsed with
        # the list the subject's apposition: a subject's phrase ends before its verb)
        past = tok.head.i if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i > tok.i else len(tok.doc)
        holders += [t for t in tok.subtree if t.dep_ in {"pobj", "conj", "appos"} and t.i not in listed and t.i < past
                    and not any(
            a.dep_ == "relcl" and tok in a.ancestors for a in t.ancestors)  # not "..., where leaders called for X in Y"
            and not any(bound_event(a) or reporting_speaker(a) for a in [t, *t.ancestors] if tok in a.ancestors)]
        # (nor "talks with X, the first since the change of government in Y": another time's event; nor "meetings
        # with X and Y, the EU delegation in Georgia said": the speaker's office)
        # "talks with X, and the UN secretary general, Y, in Valletta" parsed with "general" under the verb
        holders += [c for p in party_objects(tok) for c in stranded_conjuncts(p)]
    # "the Brussels summit", "the Geneva talks": the place naming the meeting, after any "in/at" of its own ("the Gaza
    # summit in Sharm el-Sheikh": what it is about)
    naming = next((place(c) for c in tok.children if tok.pos_ not in {"VERB", "AUX"} and c.dep_ in {
        "compound", "poss", "nmod"} and place(c) and c.ent_type_ != COUNTRY and not hyphen_member(c)), None)
    for holder in dict.fromkeys(holders):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "inside"} and not any(
                    c.dep_ == "pobj" for c in prep.children) and prep.i + 1 < len(prep.doc) and place(prep.doc[prep.i + 1]):
                return place(prep.doc[prep.i + 1])  # "met X in Doha months before ..." parsed with no object of "in"
            scheduled = prep.lower_ == "for" and holder.pos_ == "VERB" and holder.lemma_.lower() in SCHEDULING_VERBS
            # ("scheduled for Harare"; not "the Growth Plan for the Western Balkans")
            if prep.dep_ == "prep" and (prep.lower_ in {"in", "at", "inside", "on"} or scheduled):
                # "a meeting inside St Peter's Basilica"; "on the Simón Bolívar International Bridge", a site one
                # stands on
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or in_topic(pobj, tok) or prep.lower_ == "on" and not on_site(pobj, tok):
                        continue  # (not "talks about the war in Syria", nor "talks on Cyprus")
                    pobj = building_of_room(pobj)  # "in a side room of the X hotel": the building
                    # "at the Hofburg in Vienna", "at Istanbul's Dolmabahce Palace": the city of a building (the
                    # one it is in first: "at St James's Palace in London")
                    city = next((place(p) or town_of(p, place) for inner in pobj.children if inner.dep_ == "prep"
                                 and inner.lower_ == "in" for p in inner.children if p.dep_ == "pobj"
                                 and (place(p) or town_of(p, place))), None) or next(
                        (place(c) for c in pobj.children if c.dep_ == "poss" and place(c)
                         and types.get(place(c)) != COUNTRY), None)  # (not "on South Korea's Jeju Island")
                    if place(pobj):
                        return city or place(pobj)
                    if (told := venue_told(pobj, place)) is not None:
                        return told  # "later signed a memorandum at the hotel": the Hotel Tonchalá named before
                    # "in the capital, Pretoria", "at State House, Nairobi" (parsed as a conjunct), "in the Danish
                    # capital, Copenhagen" (the city, not the country the capital is named by)
                    for appos in (c for c in pobj.children if c.dep_ == "appos" or c.dep_ in {"conj", "npadvmod"}
                                  and c.doc[c.i - 1].text == ","):  # (or "Nairobi" parsed as a modifier)
                        if place(appos):
                            return place(appos)
                    if (capital := capital_place(pobj, refs, types)) and capital not in parties:
                        return capital  # "met X in the Peruvian capital"
                    if (town := town_of(pobj, place)) is not None:
                        return town  # "in the city of Cochabamba"
                    # "at a film festival in Leipzig", "at a hotel in the Peruvian capital"; but "in the Tindouf
                    # camps in southwestern Algeria": the town the camps are named by, not the country
                    town = next((place(c) for c in pobj.children if c.dep_ in {"compound", "nmod"}
                                 and c.ent_type_ == PLACE and place(c)), None)
                    for inner in pobj.children:  # (or "at the Borgo Egnazia resort near Fasano": by the town)
                        if inner.dep_ == "prep" and inner.lower_ in {"in", "at", "near", "outside"}:
                            for p in inner.children:
                                if inner.lower_ in {"near", "outside"} and not town_named(p):
                                    continue  # (not "at a restaurant near Red Square": a landmark, no town)
                                if p.dep_ == "pobj" and place(p):
                                    return town if town and types.get(place(p)) == COUNTRY else place(p)
                                if p.dep_ == "pobj" and (capital := capital_place(p, refs, types)) and capital not in parties:
                                    return capital
                                if p.dep_ == "pobj" and (town := town_of(p, place)) is not None:
                                    return town  # "at the summit in the northern city of Tianjin"
                                owner = next((place(c) for c in p.children if c.dep_ == "poss" and place(c)), None)
                                if p.dep_ == "pobj" and owner:
                                    return owner  # "at the cathedral in Istanbul's Kumkapi district"
                    # "at her Berlin residence", "in Lima's presidential palace": the city of the building; "at the
                    # Quinta de Olivos presidential residence" (parsed as a modifier): the building
                    for c in pobj.children:
                        if c.dep_ in {"compound", "poss", "nmod"} and c.ent_type_ == PLACE and place(c):
                            return place(c)
    # "met X at the Munich Security Conference", with no other place: the city of a gathering named after it
    gathering = next((city for h in dict.fromkeys(holders) for prep in h.children if prep.dep_ == "prep"
                      and prep.lower_ in {"at", "during"} for p in prep.children if p.dep_ == "pobj"
                      and (city := forum_city_key(p, refs, types)) and city not in parties), None)
    if gathering:
        return gathering
    if naming:
        return naming
    for t in (verb, *[h for h in verb.ancestors][:2]):
        where = [c for c in t.children if c.lower_ == "where"] or [
            c for c in verb.children if c.lower_ == "where" and verb.dep_ == "xcomp" and verb.head == t]
        # ("to Beirut, where she is expected to meet X": "where" hung on the infinitive)
        if t.dep_ == "relcl" and where and place(t.head):
            head = t.head  # "to Brussels, Belgium, where he will meet": the city, not its country in apposition (or
            # parsed as a conjunct: "in Samarkand, Uzbekistan, where")
            if (head.dep_ == "appos" or head.dep_ == "conj" and types.get(place(head)) == COUNTRY) and place(head.head):
                return place(head.head)
            described = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            if described is not None and described.dep_ == "appos" and place(described.head):
                return place(described.head)  # "to Chequers, the prime minister's country residence in
                # Buckinghamshire, where": the place named, not one its description names
            return journey_city(head, place, types) or place(head)
        if t.dep_ == "relcl" and where and t.head.dep_ == "appos" and place(t.head.head):
            return place(t.head.head)  # "to Lagos, Nigeria's commercial hub, where he will meet": Lagos
        if t.dep_ == "relcl" and where and t.head.dep_ == "pobj" and t.head.head.lower_ in {"to", "at"} \
                and t.head.head.head.lemma_.lower() in TRAVEL_VERBS and (key := refs.get(t.head.i)) \
                and types.get(key) == ORGANIZATION and key not in parties:
            return key  # "crossed town to the ASEAN Secretariat, where he held talks with X": the body's building
        if t.dep_ == "relcl" and where and (capital := capital_place(t.head, refs, types)) and capital not in parties:
            return capital  # "finally to the Chinese capital, where he held talks with X": Beijing
        # "in Warsaw in May, where they held talks": the place before "where" (the clause parsed as a relative one
        # or hung on the main verb: "is due to travel to Port Sudan next week, where he will meet X")
        if t.dep_ in {"relcl", "advcl"} and where:
            for j in range(where[0].i - 1, max(t.sent.start, where[0].i - 6) - 1, -1):
                if place(t.doc[j]) and not hyphen_member(t.doc[j]):  # not "a Russia-Central Asia summit, where"
                    near = t.doc[j]
                    if types.get(place(near)) == COUNTRY and near.head.i < near.i and place(near.head) \
                            and types.get(place(near.head)) == PLACE and near.dep_ in {"appos", "conj", "npadvmod"}:
                        return place(near.head)  # "in Vientiane, Laos, earlier this week, where": the city
                    return journey_city(near, place, types) or place(near)
            # "will travel to New York later this week for a UN session (...), where he will meet X": where he goes
            for j in range(where[0].i - 6, max(t.sent.start, where[0].i - 20) - 1, -1):
                if place(t.doc[j]) and t.doc[j].dep_ == "pobj" and t.doc[j].head.lower_ in {"to", "in"} \
                        and t.doc[j].head.head.lemma_.lower() in TRAVEL_VERBS:
                    return place(t.doc[j])
    return fronted_place(verb, place)


#: Rooms and parts of a building, which a meeting is told to be in: "in a side room of the X hotel".
ROOM_NOUNS = {"room", "hall", "salon", "chamber", "wing", "suite", "garden", "gardens", "courtyard", "library",
              "lounge", "terrace", "floor"}


def building_of_room(pobj: Token) -> Token:
    """The building a room is "of" ("a side room of the X hotel", "the main hall of the Y palace"), or pobj itself."""
    if pobj.lemma_.lower() not in ROOM_NOUNS:
        return pobj
    return next((p for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                 if p.dep_ == "pobj"), pobj)


def calls_by_word(noun: Token, name: str) -> bool:
    """"the hotel" for "the Hotel Tonchalá": a bare common noun with "the" that is a word of a venue's name (its first
    or last) calls the venue by it."""
    words = name.split()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and [c.lower_ for c in noun.children] == ["the"] \
        and len(words) > 1 and noun.lower_ in {words[0].lower(), words[-1].lower()}


def venue_told(noun: Token, place) -> str | None:
    """"at the hotel", "in the palace": the nearest place named before that the noun calls by a word of its name ("the
    Hotel Tonchalá", "the Elysee Palace") or by the noun of its apposition ("Borgo Egnazia, a luxury resort outside
    the town of Fasano (...) held talks at the resort")."""
    return next((key for ent in reversed([e for e in noun.doc.ents if e.end <= noun.i])
                 if (calls_by_word(noun, ent.text) or called_so(noun, ent)) and (key := place(ent[-1]))), None)


def called_so(noun: Token, ent: Span) -> bool:
    """"the resort" for "Borgo Egnazia, a whitewashed luxury resort": a bare common noun with "the" that heads the
    apposition set beside the name."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and [c.lower_ for c in noun.children] == ["the"] and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == noun.lemma_.lower() for c in ent.root.children)


def hung_to(visit: Token) -> Token | None:
    """The "to" of a visit the parser hung on a verb above it, right after the visit's phrase: "welcomed the
    outcomes of the visit of X to Brasilia" (not "welcomed X to Brasilia", nor "flew to Z after the visit")."""
    k = visit.right_edge.i + 1
    if k >= len(visit.doc) or visit.doc[k].lower_ != "to" or visit.doc[k].dep_ != "prep":
        return None
    to, verb = visit.doc[k], visit.doc[k].head
    if verb not in visit.ancestors or verb.lemma_.lower() in TRAVEL_VERBS or any(
            c.dep_ == "dobj" and c.ent_type_ in PARTY_TYPES for c in verb.children):
        return None
    return to


def fronted_place(verb: Token, place) -> str | None:
    """"In Hanoi, X will meet Vietnamese leaders and hold talks with Y": a place opening the sentence, before the
    subject, is that of every verb coordinated with the one it hangs on."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    fronted = [p for c in first.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} and c.i < first.i
               and any(s.dep_ in {"nsubj", "nsubjpass"} and c.i < s.i for s in first.children)
               for p in c.children if p.dep_ == "pobj" and place(p)] if first != verb else []
    return place(fronted[0]) if fronted else None


def sidelines(tok: Token, verb: Token) -> list[Token]:
    """The "sidelines" (or "margins") a contact is told on, hung on its word, its verb or the other party: "talks
    with his counterpart, X, on the sidelines of the Assembly"."""
    holders = dict.fromkeys((tok, verb, *party_objects(verb), *party_objects(tok)))
    return [s for h in holders for prep in h.children if prep.dep_ == "prep" for s in prep.children
            if s.dep_ == "pobj" and s.lower_ in SIDELINE_NOUNS] + ([verb.head] if sidelines_clause(verb) else [])


def sidelines_clause(verb: Token) -> bool:
    """"..., on the sidelines of which he held talks" parsed as a clause on "sidelines"."""
    return verb.dep_ == "relcl" and verb.head.lower_ in SIDELINE_NOUNS and any(
        p.lower_ == "which" for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def forums(tok: Token, verb: Token) -> list[Token]:
    """The forum a contact happened beside: "(held talks) on the sidelines of the summit"; "chaired the summit in
    Riyadh, on the sidelines of which he held talks" (the clause on "sidelines"): the forum the verb the sidelines hang
    on names."""
    named = [forum for s in sidelines(tok, verb) for of in s.children if of.dep_ == "prep" and of.lower_ == "of"
             for forum in of.children if forum.dep_ == "pobj"]
    holder = verb.head.head.head if sidelines_clause(verb) and verb.head.head.dep_ == "prep" else None
    return named or [c for c in (holder.children if holder is not None else ()) if c.dep_ in {"dobj", "nsubjpass"}]


def on_sidelines(tok: Token) -> bool:
    """The contact is told "on the sidelines" (of a forum named or not): where the forum is."""
    return bool(sidelines(tok, clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok))


def beside_forum(tok: Token) -> bool:
    """Talks held "on the sidelines of the summit": in person, where the forum is."""
    return bool(forums(tok, clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok))


def forum_place(tok: Token, events: list[RawEvent], refs: dict, types: dict) -> str | None:
    """The place of the forum a contact happened beside: the city in its name ("on the margins of the Belem summit"),
    or the place of the forum told as a meeting of its own in the same sentence ("On the margins of the summit, X
    held talks with Y": the summit placed from the story)."""
    found = forums(tok, clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok)
    own = next((refs[c.i] for f in found for c in f.children if c.dep_ in {"compound", "nmod"} and c.i in refs
                and types.get(refs[c.i]) == PLACE), None) or next(
        (key for f in found if (key := forum_city_key(f, refs, types))), None)  # "the Munich Security Conference"
    names = {f.text for f in found}
    return own or next((ev.place for ev in reversed(events) if ev.sentence == tok.sent and ev.trigger in names
                        and ev.place), None)


def forum_city_key(t: Token, refs: dict, types: dict) -> str | None:
    """The city a gathering named after it meets in, for a word of its name ("the Munich Security Conference":
    Munich, an entity of the document even where the text names only the gathering, see
    :func:`kg.nlp.aliases.cities_of_venues`); None for other names."""
    key = refs.get(t.i)
    if key is None or types.get(key) != ORGANIZATION:
        return None
    entities = t.doc._.kg_entities or []
    city = gazetteer.forum_city(next((e.name for e in entities if e.key == key), ""))
    wanted = {gazetteer.fold(c) for c in city or ()}
    return next((e.key for e in entities if e.type == PLACE and gazetteer.fold(e.name) in wanted), None)


def sidelines_place(tok: Token, events: list[RawEvent], refs: dict) -> str | None:
    """"Held a meeting on the sidelines" of no forum named: the place of the latest summit or conference the
    article told of."""
    verb = clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok
    # "On the margins of the summit, X held talks with Y, while Z met W": the fronted phrase is both clauses'
    main = [verb.head] if verb.dep_ in {"advcl", "conj"} else []
    # (its "on" hung on a word of the clause: "meet the Minister for X Y on the sidelines", parsed on X)
    preps = dict.fromkeys(p for h in (tok, verb, *main) for p in h.subtree  # (tok's subtree is in verb's: once each)
                          if p.dep_ == "prep" and clause_of(p.head) in (tok, verb, *main))
    bare = [s for prep in preps for s in prep.children
            if s.dep_ == "pobj" and s.lower_ in SIDELINE_NOUNS and all(unnamed_forum(c) for c in s.children
                                                                        if c.lower_ == "of")]
    if not bare:
        return None
    types = {e.key: e.type for e in tok.doc._.kg_entities or []}
    # a contact told in the past was on the sidelines of a forum that took place, not of one to come ("Iraq is due to
    # host the next summit in Baghdad (...) On the sidelines of the summit, X held talks with Y")
    if verb.tag_ == "VBD":
        events = [ev for ev in events if ev.status == OCCURRED]
    # "on the sidelines of the consultation": the meeting of that word told before, in the city it was placed in
    nouns = {p.lower_ for s in bare for c in s.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
    told = next((ev.place for ev in reversed(events) if ev.kind == MEETING and types.get(ev.place) == PLACE
                 and (ev.trigger or "").lower() in nouns - FORUM_NOUNS and ev.sentence != tok.sent), None)
    if told is not None:
        return told
    forum = next((ev.place for ev in reversed(events) if ev.kind == MEETING and ev.place and (
        (ev.trigger or "").lower() in FORUM_NOUNS or (ev.trigger or "").lower().startswith(GATHER_STEMS))), None)
    return forum or summit_site(tok, refs, types, nouns, past=verb.tag_ == "VBD") or next(
        (ev.place for ev in reversed(events) if ev.kind == MEETING and ev.place and any(
            types.get(k) == ORGANIZATION for k in ev.participants)
         and not any(e.label_ == PLACE for e in tok.sent.ents)), None)  # "G7 finance ministers (...) their
    # meeting in Banff (...). X met Y on the sidelines": the body's meeting (not in a sentence naming a place: "will
    # travel to New York for the UN General Assembly, where he will meet X on the sidelines")


def summit_site(tok: Token, refs: dict, types: dict, nouns: set[str] = frozenset(), past: bool = False) -> str | None:
    """Where the story put the summit or conference last told of (or the forum of ``nouns``: "the retreat"), up to
    the sentence of ``tok``: "the summit in Kananaskis", "the summit opens in Johannesburg", "opened the summit,
    welcoming leaders to the Nasrec Expo Centre", "met at Sakhir Palace for their summit", "gathered in Langkawi for
    their annual retreat"; not a next one ("will host the 2026 summit in Miami"), nor, for a contact told in the
    ``past``, one still to come ("Iraq is due to host the annual summit in Baghdad")); after it, when the headline
    tells of the summit and the story does not before (a live blog, its first entry last: "African Union summit, day
    two" over "... welcome to our live coverage of the African Union summit in Addis Ababa")."""
    doc = tok.doc
    spans = lines(doc)
    headline = doc[: spans[0][1]] if spans else doc[:0]
    later = list(doc[tok.sent.end :]) if any(f.lower_ in FORUM_NOUNS for f in headline) else []
    for f in [*reversed(doc[: tok.sent.end]), *later]:
        if f.lower_ not in FORUM_NOUNS | nouns and not (f.text in FORUM_HEADS and f.ent_type_) \
                or any(c.lower_ == "next" or c.text.isdigit() for c in f.children) \
                or past and f.sent != tok.sent and is_planned(f):
            continue
        if f.lower_ not in FORUM_NOUNS | nouns:  # a forum's name: "the Commonwealth Heads of Government Meeting"
            f = (entity_at(f.doc, f.i) or f.doc[f.i : f.i + 1]).root
        heads = summit_heads(f)
        for p in (t for h in heads for t in h.subtree):
            if p.dep_ == "compound" and p.head.lower_ in TOWN_NOUNS:
                continue  # "in the Arctic city of Bodø": the city named after "of", not the region before it
            # "summit in Montevideo - EU and ... seal deal": a headline's place parsed as a compound of the object
            o = p.head if p.dep_ == "compound" and p.head.dep_ == "pobj" else p
            # ("the south of X")
            prep = o.head.head.head if o.head.lower_ == "of" and o.head.head.dep_ == "pobj" else o.head
            if o.dep_ == "pobj" and prep.lower_ in {"in", "at", "to"} and prep.head in heads \
                    and types.get(refs.get(p.i)) in PLACE_TYPES:
                return refs[p.i]
    return None


def at_forum_told(tok: Token, refs: dict, types: dict) -> str | None:
    """"Elsewhere at the summit, X met Y": a contact "at" (or "during") the forum the story told of before, with no
    name here, is where that forum was."""
    verb = clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok
    holders = {tok, verb} | {c for c in verb.children if c.dep_ == "advmod"}  # ("Elsewhere at the summit")
    forums = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"at", "during"}
              for p in c.children if p.dep_ == "pobj" and p.lower_ in FORUM_NOUNS
              and any(d.dep_ == "det" and d.lower_ == "the" for d in p.children) and not any(
                  t.ent_type_ for t in p.subtree)]
    return summit_site(forums[0], refs, types) if forums and forums[0].sent.start > 0 else None


def summit_heads(forum: Token) -> set[Token]:
    """The words a summit's place may hang on: the forum noun, its members ("a retreat of the foreign ministers in
    X"), the verb it is the subject or object of ("opens", "opened") or that is held "for" it ("met ... for their
    summit"), and that verb's adverbial clauses ("welcoming leaders to X")."""
    verb = forum.head if forum.dep_ in {"nsubj", "nsubjpass", "dobj"} else forum.head.head \
        if forum.dep_ == "pobj" and forum.head.lower_ == "for" else None
    if forum.dep_ == "pobj" and forum.head.lower_ == "of" and forum.head.head.lower_ in SIDELINE_NOUNS:
        return {forum, forum.head.head}  # "on the sidelines of the X Meeting in Apia", "in" parsed on "sidelines"
    # "a retreat of the bloc's foreign ministers in X": "in" parsed on its members
    members = {p for c in forum.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and not p.ent_type_}
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return {forum} | members
    return {forum, verb} | members | {c for c in verb.children if c.dep_ in {"advcl", "xcomp"}}


#: Beginnings of the words of a forum's members coming together: "EU leaders are gathering in Brussels", "convened".
GATHER_STEMS = ("gather", "conven")


def unnamed_forum(of: Token) -> bool:
    """"of the conference", "of the summit", "of the consultation": a forum or a meeting told of before, not named
    here ("of the G20 summit"; but "of the summit, where the two leaders will ...": a clause on it names nothing of
    it)."""
    return any(p.dep_ == "pobj" and p.lower_ in FORUM_NOUNS | MEET_NOUNS | TALK_NOUNS
               and not any(t.ent_type_ for c in p.children if c.dep_ not in {"relcl", "acl"} for t in c.subtree)
               for p in of.children)


#: Nouns of a settlement named by its "of": "in the city of X".
TOWN_NOUNS = {"city", "town", "village", "port", "resort", "capital", "province", "region", "island", "neighbourhood",
              "neighborhood", "district", "suburb", "suburbs", "outskirts", "quarter", "megacity", "metropolis",
              "enclave", "oasis"}


def town_of(t: Token, place) -> str | None:
    """The place "the city of X" names; "the city" alone, the one city its sentence names before it ("talks in
    Istanbul, when X met Y at the consulate in the city"); or None."""
    if t.lower_ not in TOWN_NOUNS:
        return None
    named = next((place(p) for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" and place(p)), None)
    if named is not None or t.lower_ != "city" or [c.lower_ for c in t.children] != ["the"]:
        return named
    cities = {place(e[0]) for e in t.sent.ents if e.end <= t.i and e.label_ == PLACE and gazetteer.city(e.text)
              and place(e[0])}
    return cities.pop() if len(cities) == 1 else None


#: Verbs of setting a meeting's time and place, whose "for" names where: "the summit scheduled for Harare".
SCHEDULING_VERBS = {"schedule", "set", "slate", "plan"}


def says_where(clause: Token) -> bool:
    """Whether a clause on a contact noun tells where it was held: "held in Geneva", ", which
    was hosted by X in Paris", ", which took place in Durban", "scheduled for Harare"."""
    lemma = clause.lemma_.lower()
    return lemma in HOLD_VERBS | SCHEDULING_VERBS or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children)


#: Units of time a contact lasts: "for hours", "over two days".
DURATION_NOUNS = {"minute", "hour", "day", "night", "week", "month"}


#: Prepositions whose object is the other party of a contact verb: "spoke with X", "talked to X".
PARTY_PREPS = {"with", "to"}


def party_objects(tok: Token) -> list[Token]:
    """The objects of "with/to" on a contact verb or noun, and their conjuncts: "spoke with X and Y" (also "talks with
    visiting Foreign Minister X", X parsed as the object of "visiting")."""
    objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS for o in prep_objects(c)]
    return objects + [c for p in objects for c in conjuncts(p)]


def capital_place(t: Token, refs: dict, types: dict) -> str | None:
    """"the Peruvian capital", "Peru's capital": Lima if the article names it, else Peru; "the capital" alone:
    the latest capital city named before ("the city" alone: the dateline's, else the latest city). None if t is no
    such phrase."""
    if t.lower_ in RESORT_NOUNS and t.i not in refs:
        return resort_place(t, refs, types)
    if t.lower_ not in {"capital", "city"} or t.i in refs:
        return None
    entities = t.doc._.kg_entities or []
    owner = next((refs[c.i] for c in t.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i in refs), None)
    if owner is None:
        if any(c.dep_ in {"amod", "compound", "poss", "nmod", "prep"} for c in t.children) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return None  # "the party's capital", "the regional capital", "the city of X", "a city"
        names = {e.key: e.name for e in entities}
        filed = dateline(t.doc, refs, types) if t.lower_ == "city" else None
        if filed is not None and types.get(filed[0]) == PLACE and gazetteer.city(names.get(filed[0], "")):
            return filed[0]  # "at his residence in the city": the city the story is filed from
        known = gazetteer.capital_country if t.lower_ == "capital" else gazetteer.city
        capitals = [i for i in range(t.i - 1, -1, -1) if i in refs and types.get(refs[i]) == PLACE
                    and known(names[refs[i]])]
        # one named as a place ("in Riyadh", "flew to Riyadh") before one standing for its government ("contacts
        # with Tehran")
        located = [i for i in capitals if in_at(t.doc[i]) is not None or t.doc[i].head.lower_ in {"to", "from", "into"}
                   or t.doc[i].dep_ == "dobj" and t.doc[i].head.lemma_.lower() in {"visit", "tour"}]  # ("visited Kyiv")
        # (not one where others are still to go, for what is told as done: "ministers would meet in Pretoria next
        # month. X, who landed in the capital on Friday": the capital the story is filed from)
        if not is_planned(verb_above(t)):
            located = [i for i in located if not is_planned(verb_above(t.doc[i]))]
        if not located and t.lower_ == "capital" and (filed := dateline(t.doc, refs, types)) is not None \
                and gazetteer.capital_country(names.get(filed[0], "")):
            return filed[0]  # "Dhaka, September 8 - (...) urged Beijing to act. (...) met X in the capital": Dhaka
        return refs[(located or capitals)[0]] if capitals else None
    if t.lower_ == "city":
        return None  # "the Mexican city": which one, the text does not say
    found = gazetteer.country(next(e.name for e in entities if e.key == owner)) if types.get(owner) == COUNTRY else None
    if found is None:
        return None
    city = next((e.key for e in entities if e.type == PLACE and gazetteer.fold(e.name) == gazetteer.capital(found.code)),
                None)
    return city or owner


def verb_above(t: Token) -> Token:
    """The verb whose phrase a word is in ("landed" of "landed in the capital"), or the word itself if none is."""
    return next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), t)


#: Nouns a report calls the town just named by: "met in the Crimean resort", "in the coastal town".
RESORT_NOUNS = {"resort", "town", "port", "village", "spa"}


def resort_place(t: Token, refs: dict, types: dict) -> str | None:
    """"the Crimean resort", "the coastal town": the one place (no country) named in the two sentences before, where
    the article places something ("outside Yalta", "in Sochi"); None if none or several."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(
            c.dep_ in {"poss", "prep", "compound"} for c in t.children):
        return None  # "the town of X", "Brazil's port", "the Sochi resort" (named, not told before)
    doc, start = t.doc, window_start(t, 2)
    located = {refs[i] for i in range(start, t.i) if i in refs and types.get(refs[i]) == PLACE
               and doc[i].dep_ == "pobj" and doc[i].head.lower_ in {"in", "at", "near", "outside", "to", "from"}}
    names = {e.key: e.name for e in doc._.kg_entities or []}
    towns = {k for k in located if gazetteer.city(names.get(k, ""))}  # a town, not "the Livadia Palace" outside it
    located = towns or located
    return located.pop() if len(located) == 1 else None


def visited(t: Token) -> bool:
    """A place a trip goes to: "visited Jaffna", "to visit the northern city of Jaffna"."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in PLACE_NOUNS:
        t = t.head.head  # "the city of Jaffna"
    return t.dep_ == "dobj" and t.head.lemma_.lower() in TRAVEL_VERBS


def at_venue(tok: Token) -> bool:
    """Talks held "at" a building named by a common noun ("at the Kuksaroy residence", "at the presidential
    palace") or over a meal ("held talks over lunch with X"): in person, where the building or the table is."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    return any(c.dep_ == "prep" and (c.lower_ == "at" and (p.lemma_.lower() in VENUE_NOUNS or seat_body(p)) or c.lower_ in {
        "over", "during", "at"} and p.lower_ in MEAL_NOUNS) and p.dep_ == "pobj"
               for h in {tok, verb} for c in h.children for p in c.children)


def seat_body(p: Token) -> bool:
    """A ministry or department named after "at": its building ("held talks with X at the State Department",
    "received at the Ministry of Foreign Affairs the Secretary General")."""
    ent = entity_at(p.doc, p.i)
    words = [t.text for t in ent if t.lower_ != "the"] if ent is not None else []
    return ent is not None and ent.label_ == ORGANIZATION and bool(words) and (words[-1] in SEAT_WORDS or (
        words[0] in SEAT_WORDS and len(words) > 2 and words[1] == "of"))


#: Heads of the names of government bodies whose building a meeting "at" them is in.
SEAT_WORDS = {"Department", "Ministry", "Office"}


#: Verbs of leading a group on a journey: "led a delegation to Lima" is travelling there.
LEAD_VERBS = {"lead", "head"}


#: Nouns of getting a meeting ready: "preparations for the summit", "the details of a visit".
PREPARATION_NOUNS = {"preparation", "preparations", "groundwork", "details", "arrangements", "modalities", "logistics"}


def town_named(tok: Token) -> bool:
    """The name at tok is a town's (a city the gazetteer knows)."""
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and gazetteer.city(ent.text) is not None


def prepared(tok: Token) -> bool:
    """A contact another one gets ready: "to finalise preparations for next month's summit", "to prepare a visit by
    X", "began preparing for the next meeting", "to lay the groundwork for a summit", "would coordinate the details of
    a visit by X", "are arranging a visit to Japan by X" (whose visitor is named)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in {"for", "of"} and head.head.lower_ in PREPARATION_NOUNS \
        or tok.dep_ == "dobj" and head.lemma_.lower() == "prepare" \
        or tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "prepare" \
        or tok.dep_ == "dobj" and head.lemma_.lower() in ARRANGE_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "by" for c in tok.children) \
        or tok.dep_ == "pobj" and head.lower_ == "for" and any(
            t.dep_ == "dobj" and t.i < tok.i and prepared(t) for t in (head.head, *head.head.children))
        # (and the summit the visit is for: "arranging a visit by X for a summit with Y", "for" on either)


#: Verbs of arranging a contact for others: "the two governments are arranging a visit by X".
ARRANGE_VERBS = {"arrange", "organise", "organize", "plan"}

