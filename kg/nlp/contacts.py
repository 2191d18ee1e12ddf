"""Contacts and meetings (``spoke_with``, ``met_in``) from the dependency parse.

- ``contact_events``: a contact trigger (:mod:`kg.nlp.triggers`) with its parties: subjects,
  objects of "with/to", direct objects of "call/meet/host", "between X and Y"; whoever leads or
  chairs talks takes part; a capital as subject stands for its country.
- who each argument stands for (group nouns, "the two leaders", pronouns, unnamed officials):
  :mod:`kg.nlp.parties`.
- places: :mod:`kg.nlp.places`.
- no contact: the press as the other side ("spoke to reporters"); a contact only mentioned (as a time, a topic, an
  office, a record): :mod:`kg.nlp.no_contact`.
- call, talks or meeting: :mod:`kg.nlp.contact_kinds` (a remote meeting is a call).
- who talked with whom at a meeting of more than two: :mod:`kg.nlp.meeting_talks`.
- modality (:mod:`kg.nlp.modality`): negated ("did not", "refused to") and hypothetical
  ("could", "if", "ready to") contacts are dropped; "will", "expected to", "plans to" make
  them planned.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.dates import is_period
from kg.model import (
    CALL,
    COUNTRY,
    MEETING,
    OCCURRED,
    ORGANIZATION,
    PERSON,
    PLACE,
    PLANNED,
    TALKS,
)
from kg.nlp import gazetteer
from kg.nlp.contact_kinds import CALL_WORDS, MEANS_PREPS, VISIT_CALL_WORDS, kind_of, remotely
from kg.nlp.datelines import dateline_place, datelines, filed_in
from kg.nlp.entity_evidence import PRESS_NOUNS
from kg.nlp.entity_words import STANDING_FORUM_HEADS, joint_format
from kg.nlp.events import RawEvent
from kg.nlp.meeting_talks import talks_within
from kg.nlp.modality import TEMPORAL_PREPS, date_of, event_day, is_hypothetical, is_negated, is_planned, pluperfect
from kg.nlp.names import FORMS_OF_ADDRESS, STYLE_NOUNS
from kg.nlp.no_contact import (
    call_setting,
    defining_where,
    only_mentioned,
    organised_by_bodies,
    record_of,
    thanked_for,
    told_of_in_talks,
    topic_of,
)
from kg.nlp.other_places import TOPIC_PREPS
from kg.nlp.paragraphs import window_start
from kg.nlp.parties import COUNTERPART_NOUNS, LEAD_VERBS, keys_of, main_pair
from kg.nlp.places import (
    DURATION_NOUNS,
    at_forum_told,
    TRIP_NOUNS,
    at_venue,
    beside_forum,
    earlier_place,
    forum_place,
    group_place,
    more_places,
    on_sidelines,
    place_in_context,
    place_of,
    prepared,
    present_place,
    referred_place,
    same_meeting_place,
    sidelines_place,
    there_place,
)
from kg.nlp.post_holders import holds_post_told_below
from kg.nlp.quotes import QUOTE_MARKS
from kg.nlp.titles import REPORT_VERBS, apposition_after, block_before, entity_at, envoy_before
from kg.nlp.triggers import (
    ATTEND_VERBS,
    ATTENDED_REACH,
    AUDIENCE_NOUNS,
    CALL_NOUNS,
    CALL_VERBS,
    CEREMONY_NOUNS,
    CREDENTIAL_NOUNS,
    EXCHANGE_OBJECTS,
    FORUM_HEADS,
    FORUM_NOUNS,
    GATHER_VERBS,
    GRANT_VERBS,
    GROUP_NOUNS,
    HOLD_VERBS,
    JOIN_VERBS,
    LIGHT_NOUNS,
    MEAL_NOUNS,
    MEET_NOUNS,
    MEET_VERBS,
    PARTY_TYPES,
    PLACE_TYPES,
    RECEIVING_VERBS,
    SIDELINE_NOUNS,
    TALK_NOUNS,
    TALK_VERBS,
    TOPIC_VERBS,
    VISIT_NOUNS,
    agent_objects,
    among_the,
    at_the_table,
    attendees,
    between_objects,
    between_prep,
    brokered_sides,
    called_on,
    ceremony_objects,
    clause_verb,
    companions,
    conjuncts,
    credentials_to,
    forum_objects,
    go_between,
    guests,
    in_attendance,
    inviters,
    post_verbal_object,
    prep_objects,
    present_people,
    presided,
    reporting_speaker,
    signers,
    subjects_of,
    trigger_candidates,
    trigger_rule,
    welcomers,
    with_objects,
)

#: Talk verbs that alone, with no one to talk with, are a speech: "went to Washington to speak at a forum".
SPEECH_VERBS = {"speak", "debate", "address"}
#: What a visitor receives in person from hosts: "received a formal welcome in Pretoria".
WELCOME_NOUNS = {"welcome", "reception"}
#: Talks given to the press: with no party named beside the speaker, no contact.
PRESS_TALK_NOUNS = {"interview", "interviews"}
#: Talks held across a table, in person unless a call is named: "held talks with X on Tuesday" under a dateline
#: was where the story was filed (not "spoke with X", "a conversation": as often by phone).
TABLE_TALKS = {"talks", "negotiations", "consultations", "discussions"}


#: Verbs of taking a call someone else made: "received a call from X".
TAKE_CALL_VERBS = {"receive", "get", "take", "answer", "return"}
#: Verbs addressing someone, whose object is the other party of the call or meeting they happen in.
ADDRESS_VERBS = {"tell", "assure", "inform", "warn", "brief", "thank", "congratulate"}
#: How many sentences back a meeting told may be the one "in attendance were X and Y" lists the guests of.
ATTENDANCE_REACH = 2
#: Meeting verbs whose "to" object is where the guest came: "welcomed X to Downing Street".
DESTINATION_VERBS = MEET_VERBS | JOIN_VERBS | {"visit", "bring"}
#: Verbs of taking a stance on something, looking on, describing it or filling it, whose subject is no party to the
#: contact they are about (one who took part is of the contact told: "X and Y held talks. X described the meeting as
#: warm"): "Beijing opposes the visit", "X condemned the meeting", "Moscow was watching the talks closely", "Iran,
#: shipping security dominate the Dialogue".
STANCE_VERBS = {"oppose", "condemn", "criticise", "criticize", "denounce", "decry", "slam", "reject", "protest",
                "praise", "hail", "applaud", "question", "deplore", "blast", "fear", "dismiss",
                "watch", "monitor", "observe", "await", "follow", "describe", "characterise", "characterize",
                "dominate", "overshadow"}
#: Verbs of approving what their object names: "X welcomed the summit", "backed the talks" (X took no part).
APPROVAL_VERBS = {"welcome", "back", "support", "endorse", "favour", "favor"}
#: Verbs whose "to" object is the other party of their contact noun: "made a phone call to X".
LIGHT_VERBS = {"make", "place", "pay", "give", "hold", "have"}
#: Verbs whose object is brought into talks: "brought X back to the negotiating table".
BRING_VERBS = {"bring", "force", "draw", "lure", "drag", "get", "invite", "push", "press", "pressure"}
#: The type contacts see for a news outlet ("told Reuters", "spoke to DW"): no party.
MEDIA = "Media"


#: Nouns before an outlet's name: "the German Sunday newspaper X", "broadcaster X", "the news agency X".
PRESS_BEFORE = PRESS_NOUNS | {"paper", "broadcaster", "channel", "agency"}


def table_talks(tok, parties: list[str]) -> bool:
    """Talks of two sides or more held across a table, not planned ("held talks with X on Tuesday"): in a
    dateline story, where it was filed; not talks held over years ("have held talks since 2021")."""
    verb = clause_verb(tok)
    return tok.lower_ in TABLE_TALKS and len(parties) > 1 and is_planned(tok) is False and not any(
        c.dep_ == "prep" and c.lower_ == "since" for c in (*tok.children, *verb.children))


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


def capital_parties(entities) -> dict[str, str]:
    """Place keys of capitals that stand for their government when they are a party ("Washington and
    Kabul held talks"), mapped to the key of that country if the article names it."""
    countries = {}
    for e in entities:
        found = gazetteer.country(e.name) if e.type == COUNTRY else None
        if found:
            countries.setdefault(found.code, e.key)
    return {e.key: countries[code] for e in entities
            if e.type == PLACE and (code := gazetteer.capital_country(e.name)) in countries}


def party_refs(doc, refs: dict, types: dict) -> dict:
    """refs, with a capital that is a subject or a "with/between" object read as its country; no word of a
    dateline ("KYIV, June 12 (Wire) - X held a call with Y"): where the story was filed is no party."""
    capitals = capital_parties(doc._.kg_entities or [])
    filed = datelines(doc, refs, types)
    end = filed[0][2] if filed else -1
    spans = [range(first, mark + 1) for _, first, mark in filed]

    def slot(t: Token) -> bool:
        while t.dep_ == "conj" and t.head != t:
            t = t.head
        return t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "pobj" and t.head.lower_ in {"with", "between", "among"}

    return {i: capitals[k] if k in capitals and slot(doc[i]) and i > end else k for i, k in refs.items()
            if not any(i in span for span in spans)}  # "MANILA, Philippines (Wire) - X met Y": no subject


def contact_events(sent: Span, refs: dict, types: dict, previous: list[RawEvent], by_party: dict | None = None):
    """Events for each contact trigger in the sentence with two or more distinct parties.

    "X called A and B" gives two calls (X-A, X-B), not a conference of three; "X and Y held
    talks" and "talks between X and Y" give one event of all the parties named together.
    ``by_party`` (from ``party_refs``) are the refs read for parties: a capital stands for its country.
    """
    party_keys = by_party or refs
    seen: set[tuple] = set()
    local: list[RawEvent] = []
    for tok in trigger_candidates(sent):
        rule = trigger_rule(tok)
        if rule is None or is_negated(tok) or is_hypothetical(tok, mediation=rule.endswith("mediate")) or (
                only_mentioned(tok) or told_of_in_talks(tok) or thanked_for(tok) or call_setting(tok) is not None
                or tok.pos_ == "NOUN" and organised_by_bodies(clause_verb(tok)) or discussed(tok)
                or defining_where(tok)):
            continue
        context = local[-1:] or previous  # "both leaders met": this sentence's pair first
        direct = False
        if rule.endswith("mediate"):
            *sides, direct = mediation_parties(tok, party_keys, context)
            partners = False
        else:
            *sides, partners = parties_of(tok, party_keys, context)
        named = party_keys.get(tok.i)  # the meeting's own name ("the 45th Ordinary Summit of ...") is no party
        side_a, side_b = ([k for k in dict.fromkeys(side) if types.get(k) in PARTY_TYPES and k != named]
                          for side in sides[:2])
        # one read on both sides is whom the contact is with (the object, however else the parse reaches it: "received
        # the Deputy Minister (...) of the Islamic Republic of Iran, Dr X" with "of" hung on the verb)
        if not any(c.dep_ == "agent" for c in tok.children):  # (the host of "was received by Y" comes first)
            side_a = [k for k in side_a if k not in side_b] or side_a
        side_b = [k for k in side_b if k not in side_a]
        if not side_a and len(side_b) == 1:  # "During the meeting with X, the two ministers ...": the one X met
            side_a = met_before(tok, side_b[0], [*previous, *local])
        received = side_b or len(side_a) > 1 and any(c.dep_ == "agent" for c in tok.children)  # "X was received by Y"
        if nothing_held(tok, side_a, side_b, types, received):
            continue
        place = place_of(tok, refs, types, side_a + side_b)
        if place and topic_of(tok) and not any(refs.get(t.i) == place for t in tok.subtree):
            place = None  # "briefed Y in Seoul on the summit": where the briefing was
        told_day = None  # the day of the ceremony attended, told in a sentence before with no event of its own
        if rule == "verb-attend" and not place and not (place := forum_site(tok, refs, types)):
            # "X and Y attended in person": the meeting of the sentences before
            place, told_day = attended_place(
                tok, [*previous, *local], refs, types, ATTENDANCE_REACH if in_attendance(tok) else ATTENDED_REACH)
        if rule == "verb-attend" and place is None:
            continue
        kind = kind_of(tok, place)
        # "X and Y arrived to join the negotiations": the subjects join talks, they are no two sides of them
        joined = tok.pos_ == "NOUN" and clause_verb(tok).lemma_.lower() in JOIN_VERBS | {"attend"}
        if kind == MEETING and place is None and not topic_of(tok) and not many_times(tok) and not prepared(tok):
            # (not "briefed Y in Seoul on X's summit", nor "X and Y have met four times": no one meeting's place; nor
            # "met X in Luanda to finalise preparations for next month's summit": the summit's place is not told)
            place = meeting_place_told(tok, refs, types, side_a + side_b, [*previous, *local])
        elif kind == TALKS and place is None and side_a and (side_b or tok.lemma_.lower() not in SPEECH_VERBS) \
                and not during_call(tok):
            # "flew to Kyiv for talks (with X)"; alone, not "went to X to speak at Y": a speech; not the other side
            # alone ("called after consultations with Bahrain": who consulted it is not named)
            place = talks_place_told(tok, refs, types, side_a, side_b, [*previous, *local], local, joined)
            kind = MEETING if place else kind
        place = filed_in(place, tok, refs, types) if kind == MEETING and place else place
        places = [place] + (more_places(place, tok, refs, types) if kind == MEETING and place else [])
        if kind != MEETING and side_b and not side_a:
            groups = []  # "(it) will bargain with X and Y": X and Y did not talk to each other
        elif kind != MEETING and (partners or joined) and not side_b and not rule.endswith("mediate"):
            groups = []  # "X and Y spoke with union leaders": X and Y are one side, the other is unnamed
        elif kind == MEETING or not (side_a and side_b) or together(tok):
            groups = [tuple(side_a + side_b)]  # ("X and Y sat down together with Z": the three of them)
        else:
            groups = [(a, b) for a in side_a for b in side_b]
        if kind == MEETING and len(side_a + side_b) > (2 if side_a and side_b else 1) and held_separately(
                tok, bool(side_b)):
            # "separate talks with X and Y": a meeting with each; with their host unnamed, each was there
            groups = [(a, b) for a in side_a for b in side_b] if side_a and side_b else [(p,) for p in side_a + side_b]
        if rule.endswith("mediate"):
            kind = TALKS if kind == MEETING else kind
            groups = [(a, b) for a in side_a for b in side_b] + ([tuple(side_b)] if direct else [])
        placed = [(g, p) for p in places for g in groups]
        own = own_places(sent, party_keys, types) if kind == MEETING and side_a and len(side_b) > 1 else {}
        if any(own.get(b, place) != place for b in side_b):
            # "meet X in Belgrade and Y in Budapest": each met where the sentence places them
            placed = [(tuple(side_a + [b]), own.get(b, place)) for b in side_b]
        placed = [(g, p, kind) for g, p in placed]
        placed = talks_within(tok, kind, rule, side_a, side_b, places, placed, types, refs, party_keys)
        for parties, place, kind, *how in placed:
            if len(parties) < 2 and not (kind == MEETING and place and parties and tok.lemma_.lower() not in JOIN_VERBS):
                continue  # one party at a place: a visit or a summit; joining someone takes two
            key = (kind, tuple(sorted(parties)), place)
            if key in seen and not (kind == MEETING and rule.endswith("-talk") and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS)):
                continue  # ("X and Y met and discussed Z": drop_repeats keeps the meeting, held as talks; not "X
                # told reporters after the talks")
            seen.add(key)
            event = RawEvent(
                kind=kind,
                participants=parties,
                sentence=sent,
                rule=how[0] if how else rule,
                confidence=0.85 if rule.startswith("verb") else 0.75,
                status=PLANNED if is_planned(tok) else OCCURRED,
                date_text=date_of(tok) or event_day(tok) or told_day,
                place=place if kind == MEETING else None,
                trigger=tok.text,
            )
            local.append(event)
            yield event


def meeting_place_told(tok: Token, refs: dict, types: dict, parties: list[str], told: list[RawEvent]) -> str | None:
    """Where a meeting its own clause does not place happened, told elsewhere (``told``: the contacts told so far):
    "there", on the sidelines of a forum told, at a forum told or named after its city, a journey of its parties, an
    earlier place of theirs, where they are, a place referred to, the dateline's."""
    return there_place(tok, refs, types, parties) or sidelines_place(tok, told, refs) or (
        at_forum_told(tok, refs, types)) or forum_place(tok, told, refs, types) or (
        place_in_context(tok, refs, types, parties)) or earlier_place(tok, parties, told) or (
        present_place(tok, refs, types, parties)) or referred_place(tok, refs, types, parties) or dateline_place(
        tok, refs, types, parties, told, beside=on_sidelines(tok))


def talks_place_told(tok: Token, refs: dict, types: dict, side_a: list[str], side_b: list[str], told: list[RawEvent],
                     local: list[RawEvent], joined: bool) -> str | None:
    """Where talks with no place of their own were held, if told elsewhere, which makes them a meeting: "On the
    sidelines, X held talks with Y" (at the summit), a traveller's destination, where a group or the other side is, the
    meeting just told of the same parties, a forum of the sentence's, the dateline's for talks at a venue or joined
    ("at the Kuksaroy residence": where filed)."""
    parties = side_a + side_b
    return there_place(tok, refs, types, parties) or sidelines_place(tok, told, refs) or (
        place_in_context(tok, refs, types, parties, travel_only=True)) or group_place(tok, refs, types, parties) or (
        side_b and present_place(tok, refs, types, parties)) or referred_place(tok, refs, types, parties) or (
        same_meeting_place(tok, parties, told, side_b)) or forum_place(tok, local, refs, types) or (
        (at_venue(tok) or joined or beside_forum(tok) or table_talks(tok, parties)) and dateline_place(
            tok, refs, types, parties, told, beside=on_sidelines(tok))) or None


def nothing_held(tok: Token, side_a: list[str], side_b: list[str], types: dict, received: bool) -> bool:
    """The trigger tells no contact for all its parties: approval ("welcomed the agreements"), nothing received
    ("received a sentence"), a venue lent ("talks in Cairo hosted by Egypt"), a dinner for unnamed guests, a speech, an
    interview with the press."""
    if tok.lemma_.lower() == "welcome" and tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "dobj" and not c.ent_type_ and c.lower_ not in GROUP_NOUNS and c.lemma_.lower() not in
            MEET_NOUNS | TALK_NOUNS | WELCOME_NOUNS | MEAL_NOUNS and c.pos_ == "NOUN" and not (
                c.lemma_.lower() in COUNTERPART_NOUNS or gazetteer.titles().get(c.lower_)) for c in tok.children):
        return True  # "X welcomes the agreements signed in Bridgetown by Y and Z": approval, no one received (but
        # "welcomed his Greek counterpart X", "welcomed the visiting president")
    if tok.lemma_.lower() in RECEIVING_VERBS and tok.pos_ in {"VERB", "AUX"} and not received and not any(
            c.dep_ == "dobj" and (c.lower_ in MEET_NOUNS | TALK_NOUNS | WELCOME_NOUNS | MEAL_NOUNS | GROUP_NOUNS
                                  or welcome_ceremony(c))
            and not (tok.lemma_.lower() == "welcome" and c.lower_ in MEET_NOUNS | TALK_NOUNS)  # approval
            for c in tok.children
    ) and not (tok.dep_ == "acl" and tok.head.lower_ in MEET_NOUNS | TALK_NOUNS | LIGHT_NOUNS):  # "talks, hosted by X"
        return True  # "received a sentence", "welcomed the decision": no one received
    if tok.lemma_.lower() == "host" and tok.dep_ == "acl" and all(types.get(k) in {COUNTRY, PLACE}
                                                                   for k in side_a + side_b):
        return True  # "talks in Cairo hosted by Egypt": the talks are told on their own noun; Egypt lent the venue
    if tok.lemma_.lower() == "host" and tok.pos_ in {"VERB", "AUX"} and not side_b and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MEAL_NOUNS and all(unnamed_guests(p) for p in for_objects(c))
            for c in tok.children):
        return True  # "X and Y hosted a dinner for leaders": co-hosts, their guests unnamed (not "for the two heads")
    if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"} and not side_b and len(side_a) < 2:
        return True  # "speaking at a Tokyo symposium, X said": a speech, no one to talk with
    if tok.lower_ in PRESS_TALK_NOUNS and (not side_b and len(side_a) < 2 or side_b and all(
            types.get(k) in {COUNTRY, PLACE} for k in side_b)):
        return True  # "X told the BBC in an interview in Tehran": the press is no party, and no one else is;
        # "an interview with India Today" (the model's "India"): no country gives an interview
    return False


def after_quote(t: Token) -> bool:
    """The word comes right after a closing quotation mark (one a space follows): 'discussed "X" with Y'."""
    return t.i >= 1 and t.doc[t.i - 1].text in QUOTE_MARKS and bool(t.doc[t.i - 1].whitespace_)


def convened_body(tok: Token) -> bool:
    """"convene the Higher Committee", "convene the first session of the Joint Commission": a body or its session
    is convened (not "convened a meeting with Y", which its convener attends)."""
    return tok.lemma_.lower() == "convene" and any(
        c.dep_ == "dobj" and c.lower_ not in MEET_NOUNS | TALK_NOUNS for c in tok.children)


#: Verbs of a contact that several hold "together with" another: "sat down together with Z".
TOGETHER_CONTACT_VERBS = {"sit", "meet", "talk", "speak", "hold", "confer"}


def during_call(tok: Token) -> bool:
    """Talks told in a clause on a call: "held a video conference with X, during which the two discussed Y": on the
    call, nowhere in person."""
    return any(a.dep_ == "relcl" and (a.head.lemma_.lower() in CALL_NOUNS or a.head.lemma_.lower() == "conference"
                                      and any(c.lower_ in {"video", "phone", "telephone"} for c in a.head.children))
               for a in [tok, *tok.ancestors])


def together(tok: Token) -> bool:
    """"X and Y sat down together with Z", "talked together with Z": one contact of all of them, not one of each with
    Z (not "briefed Y on X's efforts, together with Z and W": the efforts')."""
    return tok.lemma_.lower() in TOGETHER_CONTACT_VERBS and any(
        c.dep_ == "advmod" and c.lower_ == "together" for h in (tok, *(
        p for p in tok.children if p.dep_ == "prep" and p.lower_ == "with")) for c in h.children)


def held_separately(tok: Token, partnered: bool = True) -> bool:
    """"separate talks with X and Y", "met X and Y separately", "held bilateral meetings with X and Y": one contact
    with each, none between them (not a report's "Separately, X and Y held talks": another story, nor "X and Y will
    hold a separate meeting": one more, of the two; nor, with no one they were ``partnered`` with, "X and Y will hold
    bilateral talks": talks of the two)."""
    verb = clause_verb(tok)
    several = [c.lower_ for c in tok.children if c.dep_ == "amod"] if tok.tag_ in {"NNS", "NNPS"} else []
    return "bilateral" in several and partnered or "separate" in several or any(
        c.lower_ == "separately" and c.i > verb.i for t in {tok, verb} for c in t.children if c.dep_ == "advmod")


def drop_repeats(events: list[RawEvent]) -> list[RawEvent]:
    """One sentence, one event per set of parties and status: keep the reading with the most detail (and talks of
    the very parties of a placed meeting are that meeting: "In separate meetings in Davos, X sat down with Y and with
    Z"; not "X said he had spoken with Y, and that he would meet him in Z": a call told, a meeting planned)."""
    def detail(e: RawEvent) -> tuple:
        return (e.place is not None, e.date_text is not None, len(e.participants))

    kept: dict[int, RawEvent] = {}  # index in events -> the event kept there
    for i, ev in sorted(enumerate(events), key=lambda p: detail(p[1]), reverse=True):
        meeting = next((j for j, k in kept.items() if ev.kind == TALKS and k.kind == MEETING and k.place
                        and set(ev.participants) == set(k.participants) and ev.status == k.status), None)
        if meeting is not None:
            if len(ev.participants) == 2 and not kept[meeting].rule.endswith("-talk"):
                # "resumed talks in Seattle, their first face-to-face session": the talks held at that meeting
                kept[meeting] = replace(kept[meeting], rule=ev.rule, trigger=ev.trigger,
                                        date_text=kept[meeting].date_text or ev.date_text)
        elif (same := next((j for j, k in kept.items() if ev.kind == k.kind and ev.status == k.status
                            and set(ev.participants) <= set(k.participants)
                            and (ev.place is None or ev.place == k.place) and not aside(ev, k)), None)) is None:
            kept[i] = ev
        elif ev.kind == MEETING and ev.rule.endswith("-talk") and not kept[same].rule.endswith("-talk") \
                and set(ev.participants) == set(kept[same].participants):
            # "X and Y met on Wednesday and discussed Z" placed at a venue: the meeting, held as talks (its trigger
            # kept: "X will host Y for consultations" is X's hosting still)
            kept[same] = replace(kept[same], rule=ev.rule)
    return [kept[i] for i in sorted(kept)]


def aside(ev: RawEvent, forum: RawEvent) -> bool:
    """A meeting of some of a forum's guests beside it, not the forum told again: "held separate bilateral meetings
    with X and Y on the sidelines of the summit"."""
    return (forum.trigger or "").lower() in FORUM_WORDS and (ev.trigger or "").lower() not in FORUM_WORDS \
        and len(set(ev.participants)) < len(set(forum.participants))


#: Nouns of a forum whose guests may meet beside it, in their singular and plural.
FORUM_WORDS = FORUM_NOUNS | {w + "s" for w in FORUM_NOUNS}


def in_phrase(tok: Token, head: Token) -> bool:
    """The word is in the noun phrase ``head`` heads, not in a clause of it: "summit" in "the Group of 20 summit"
    (not "talks" in "X, who held talks with Y")."""
    span = range(head.left_edge.i, head.right_edge.i + 1)
    return tok.i in span and not any(a.pos_ in {"VERB", "AUX"} for a in tok.ancestors if a.i in span and a.i != head.i)


def just_told_pair(tok: Token, previous: list[RawEvent]) -> list[str]:
    """The two parties of the contact told in the sentence right before tok's, if that sentence tells one."""
    last = previous[-1]
    if len(last.participants) != 2 or tok.sent.start == 0:
        return []
    before = tok.doc[tok.sent.start - 1].sent
    return list(last.participants) if last.sentence.start == before.start else []


def forum_name(tok: Token) -> bool:
    """A capitalised contact noun inside a sentence in ordinary case: the last word of a standing forum's name
    ("the India-Japan Foreign Ministers' Strategic Dialogue"), not talks of the names before it. In a headline's
    title case ("Putin-Trump Talks End", its verbs capitalised too) the capital says nothing."""
    return tok.text[:1].isupper() and tok.i != tok.sent.start and any(
        t.pos_ == "VERB" and t.is_lower for t in tok.sent)


def hyphen_pair(tok: Token, refs: dict) -> list[Token]:
    """The two names joined by a hyphen before a contact noun: "the US-China talks", "the Chile-Peru summit";
    not in the name of a standing forum, whose meetings the people named are the parties of ("the annual
    India-Japan Foreign Ministers' Strategic Dialogue")."""
    doc = tok.doc
    if forum_name(tok):
        return []
    for h in doc[tok.left_edge.i : tok.i]:
        if h.text in {"-", "–"} and h.i > 0 and h.i + 1 < tok.i and h.i - 1 in refs and h.i + 1 in refs and (
                refs[h.i - 1] != refs[h.i + 1]):
            return [doc[h.i - 1], doc[h.i + 1]]
    return []


def mediation_parties(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[str], list[str], bool]:
    """A go-between talks with each side: (mediators, sides, whether the sides also dealt directly).

    "X mediated between A and B", "X tried to mediate between A and B", "X's mediation between A and B":
    X with A and X with B. "a deal between A and B brokered by X": X with each, and A with B.
    """
    sides = between_objects(tok)
    direct = False
    if not sides and tok.dep_ in {"acl", "relcl"}:
        sides, direct = brokered_sides(tok), True  # "a deal between A and B brokered by X"
    if tok.pos_ in {"VERB", "AUX"}:
        mediators = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not mediators and tok.dep_ not in {"acl", "relcl"}:
            mediators = subjects_of(tok)
        if not mediators and tok.dep_ in {"xcomp", "acl"} and tok.head.pos_ == "NOUN":  # "his attempts to mediate"
            mediators = [c for c in tok.head.children if c.dep_ == "poss"]
            if not mediators:
                mediators = subjects_of(clause_verb(tok.head))
    else:
        mediators = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
        mediators += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                      if p.dep_ == "pobj"]
    side_a = [k for arg in mediators for k in keys_of(arg, refs, previous)]
    side_b = [k for arg in sides for k in keys_of(arg, refs, previous)]
    return side_a, side_b, direct


def welcome_ceremony(tok: Token) -> bool:
    """A ceremony that welcomes a guest: "hosted an official welcome ceremony for X"."""
    return tok.lemma_.lower() == "ceremony" and any(c.lower_ in WELCOME_WORDS for c in tok.children)


#: Words of a ceremony that receives a guest: "an official welcome ceremony", "a welcoming ceremony".
WELCOME_WORDS = WELCOME_NOUNS | {"welcoming", "arrival"}


def forum_members(owner: Token) -> bool:
    """A meeting's owner that names the members of a body whose meeting it is: "the G20 foreign ministers' meeting",
    "the NATO defence ministers' meeting" (the forum; the ministers are those the text names)."""
    return owner.tag_ in {"NNS", "NNPS"} and owner.lemma_.lower() in gazetteer.title_words() | {"leader"} and any(
        c.dep_ in {"compound", "nmod"} and c.ent_type_ == ORGANIZATION for c in owner.children)


#: Verbs of going over matters, whose object tells what was gone over: "discussed X", "reviewed the agenda".
REVIEW_VERBS = TOPIC_VERBS | {"review", "address", "examine", "consider"}


#: Nouns of one sitting of a series of talks: "the sixth round of consultations".
ROUND_NOUNS = {"round", "session", "edition", "meeting"}


def discussed(tok: Token) -> bool:
    """The meeting is in what was discussed: "discussed (...) the participation of Argentina in the next meeting of
    the Council", "reviewed the agenda, including the negotiations between X and Y": a topic, no contact told (but
    "discussed preparations for X's visit": X's)."""
    if tok.lower_ not in MEET_NOUNS | TALK_NOUNS or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in REVIEW_VERBS), None)
    objects = [c for c in verb.children if c.dep_ == "dobj" and tok in c.subtree and tok != c] if verb else []
    # (a clause of its own inside what was discussed tells of the meeting: "discussed preparations for X's visit,
    # during which X is expected to hold talks with Y")
    own = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if objects and own is not None and own in objects[0].subtree and any(
            s.ent_type_ in PARTY_TYPES for s in subjects_of(own)):
        return False
    # (the object's own words down to the meeting pass a preposition: the meeting is in it, not it)
    return bool(objects) and any(a.dep_ == "prep" for a in tok.ancestors if a in objects[0].subtree)


def titled_guest(verb: Token) -> list[Token]:
    """A receiving verb's guest the parser hung elsewhere: "received today at Al-Ittihadiya Palace in Cairo Deputy
    Prime Minister and Minister of Foreign Affairs of Jordan X" (X the object of "of"): the first person after the
    verb when a title runs up to their name, or to a comma before it ("received in Algiers the Deputy Foreign
    Minister and Special Representative (...) for the Middle East and Africa, X"), with no clause between; or a
    delegation hung on the place before it ("received, at X in Y, a delegation from Z")."""
    doc = verb.doc
    titled = False
    skip = {i for t in doc[verb.i + 1 : verb.sent.end] if t.text == "(" and t.i + 2 < len(doc)
            and doc[t.i + 2].text == ")" and doc[t.i + 1].text.isupper() for i in range(t.i, t.i + 3)}
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.i in skip:
            continue  # "at the headquarters of the Secretariat of Foreign Affairs (SRE) in Mexico City": a short name
        if t.lower_ in {"delegation", "delegations"} and not titled and t.dep_ == "appos":
            return [t]  # "received on Wednesday, at X in Y, a delegation from Z headed by W" (hung on the city)
        if t.text == "," and not titled and t.i >= 1 and doc[t.i - 1].ent_type_ in PLACE_TYPES | {"DATE", "TIME"}:
            continue  # "received at State House, Nairobi, the Special Envoy of X, Ambassador Y": the place's commas;
            # "received on Wednesday, at the palace, the Ambassador of X, Mr. Y": the day's
        if t.text == ",":
            k = t.i + 1  # (past the rank or form of address before the name: "..., Ambassador Y")
            while k < min(len(doc), t.i + 4) and not doc[k].ent_type_ and (
                    doc[k].lower_ in gazetteer.title_words() or doc[k].lower_ in FORMS_OF_ADDRESS | STYLE_NOUNS
                    or doc[k].lower_ in {"his", "her"} and doc[k + 1].lower_ in STYLE_NOUNS):
                k += 1  # (or a style: "..., His Excellency Y")
            return [doc[k]] if titled and k < len(doc) and doc[k].ent_type_ == PERSON else []
        if t.text in {";", "(", "\""} or t.pos_ in {"VERB", "AUX"}:
            return []
        if t.ent_type_ == PERSON:
            name = entity_at(doc, t.i)  # (not the subject of a clause of its own: "agreed to meet in Rio in November,
            # MEA spokesperson X told reporters")
            return [t] if name is not None and block_before(name).titles and not (
                name.root.dep_ in {"nsubj", "nsubjpass"} and name.root.head != verb) else []
        titled = titled or t.lower_ in gazetteer.title_words()
    return []


def parties_of(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[str], list[str], bool]:
    """Entity keys of the parties to a contact triggered by tok: (who acts, whom they contact, whether
    a "with/to" partner was given at all, named or not).

    Parties named together ("X and Y met", "talks between X and Y") are all on the first side.
    """
    actors: list[Token] = []
    others: list[Token] = []
    paired: list[str] = []  # parties read from the contacts told before
    partners = False
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if verb != tok and timing_another(tok, verb):
        verb = tok  # "spoke with Y before the meeting of EU ministers": that meeting's parties are its own
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "acl" and among_the(tok.head):
        actors += subjects_of(tok.head.head.head)  # "Among those attending were X and Y"
    elif tok.pos_ in {"VERB", "AUX"}:
        # not "X and Y agreed to convene the Higher Committee in Z": the body meets, its conveners are not said to
        actors += subjects_of(tok) if not convened_body(tok) else []
        if tok.lemma_.lower() in ATTEND_VERBS and agent_objects(tok):  # "the meeting was attended by X and Y"; "they
            # (the talks) were attended by X": the subject is the meeting, no party
            actors = [q for p in agent_objects(tok) for q in [p, *conjuncts(p)]]
        if tok.lemma_.lower() == "sign":  # "the deal was signed by X and Y"; "signed a protocol with Y": Y too
            actors += [q for p in signers(tok) for q in [p, *conjuncts(p)]]
            others += [p for c in tok.children if c.dep_ == "dobj" for p in with_objects(c)]
        actors += companions(tok)  # "X attended along with Y and Z", "X, together with Y, met Z": on X's side
        others += [c for c in tok.children if post_verbal_object(c)]  # "... and later met Prime Minister Z"
        others += [c for c in tok.children if c.dep_ in {"dobj", "dative"} and not (
            c.dep_ == "dobj" and tok.lemma_.lower() in TOPIC_VERBS | ATTEND_VERBS | {"sign"})  # "discussed Ukraine": a topic;
            # what was signed or attended
            and c.lower_ not in EXCHANGE_OBJECTS  # "exchanged views on X, including Y": what was said
            and not (c.dep_ == "dobj" and tok.lemma_.lower() == "speak")  # "speaks Kazakh and Russian": languages
            and not (c.dep_ == "dobj" and c.lower_ in MEET_NOUNS)]  # "hosted the India-Central Asia Summit": no party
        if tok.lemma_.lower() in MEET_VERBS | CALL_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
            # "met Egyptian intelligence chief X in Cairo" parsed with X an adverbial clause of "met"
            others += [c for c in tok.children if c.dep_ in {"advcl", "npadvmod", "dep", "oprd"} and c.i > tok.i
                       and c.pos_ == "PROPN" and c.ent_type_ == PERSON and not holds_post_told_below(c, tok, refs)]
            # "meet To Lam" parsed with the family name "To" a preposition
            others += [c for c in tok.children if c.dep_ == "prep" and c.ent_type_ == PERSON and c.text[:1].isupper()]
        if tok.lemma_.lower() in MEET_VERBS | RECEIVING_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
            others += titled_guest(tok)  # "received at the palace Deputy Prime Minister (...) of Jordan X"
        if tok.lemma_.lower() == "meet":  # "met in Paris, where X hosted them": the host
            others += [s for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for p in c.children
                       if p.dep_ == "pobj" for r in p.children if r.dep_ == "relcl"
                       and r.lemma_.lower() in RECEIVING_VERBS and any(w.lower_ == "where" for w in r.children)
                       for s in r.children if s.dep_ == "nsubj"]
        if tok.lemma_.lower() in MEET_VERBS | RECEIVING_VERBS and any(
                c.dep_ == "dobj" and c.ent_type_ == PERSON for c in tok.children):
            # "met X at the palace in the morning, and Y, president of Z, in the afternoon": a second object, its verb
            # left out, parsed as the verb's conjunct
            others += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == PERSON
                       and c.i > tok.i and not any(g.dep_ in {"nsubj", "nsubjpass", "aux"} for g in c.children)]
        if tok.lemma_.lower() == "call":  # "X called on Y": whom X visited
            others += called_on(tok)
        if tok.lemma_.lower() == "visit":  # "will visit Lima at the invitation of Y": Y, the host
            others += inviters(tok)
        if tok.lemma_.lower() in {"give", "accord"}:  # "X was given a welcome by Y": the hosts
            others += welcomers(tok)
        if tok.lemma_.lower() == "present":  # "presented his letters of credence to President X"
            others += credentials_to(tok)
        if tok.lemma_.lower() in RECEIVING_VERBS:  # "received the credentials of X, Ambassador of Y; Z, ...": the envoys
            others += [p for c in tok.children if c.dep_ == "dobj" and c.lower_ in CREDENTIAL_NOUNS
                       for f in c.children if f.dep_ == "prep" and f.lower_ == "of" for p in f.children
                       if p.dep_ == "pobj" and p.ent_type_ == PERSON]
        if tok.lemma_.lower() == "negotiate":  # "negotiating Britain's exit": with Britain
            others += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "poss"]
        if tok.lemma_.lower() in RECEIVING_VERBS:  # "hosted a dinner for X", "a welcome ceremony for X": the guests
            others += [p for c in tok.children if c.dep_ == "dobj" and (c.lower_ in MEAL_NOUNS or welcome_ceremony(c))
                       for f in c.children
                       if f.dep_ == "prep" and f.lower_ == "for" for p in f.children if p.dep_ == "pobj"]
        if tok.lemma_.lower() in RECEIVING_VERBS and tok.dep_ == "acl" and tok.head.lower_ in MEAL_NOUNS \
                and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in ATTEND_VERBS | JOIN_VERBS:
            others += subjects_of(tok.head.head)  # "X and Y attended a lunch hosted by Z": the guests
        # "negotiated a truce with X", "raised the issue with X"; but what two discussed is theirs: "X and Y met,
        # discussing the peace process with Z"
        if tok.lemma_.lower() in TALK_VERBS | {"raise"} and not (
                tok.lemma_.lower() in TOPIC_VERBS
                and len({k for a in actors for k in keys_of(a, refs, previous)}) >= 2):
            others += [p for c in tok.children if c.dep_ == "dobj" and not others_talks(c) for p in with_objects(c)]
            # 'discussed "the situation and our partnership" with X': the "with" the parser hung inside the quote
            others += [o for c in tok.children if c.dep_ == "dobj" for w in c.subtree
                       if w.dep_ == "prep" and w.lower_ == "with" and w.head != c and after_quote(w)
                       for o in prep_objects(w)]
    elif tok.pos_ == "ADJ" and among_the(tok.head):
        actors += subjects_of(tok.head.head.head)  # "Among the leaders present were X and Y"
    elif at_the_table(tok):  # "X and Y were at the table", "Among the ministers at the table were X and Y"
        holder = tok.head.head
        actors += subjects_of(holder if holder.lemma_ == "be" else holder.head.head)
    elif tok.pos_ == "ADJ" and present_people(tok):
        actors += attendees(tok.head)  # "X and Y were also present", "Also present were X, Y and Z"
    elif in_attendance(tok):
        actors += attendees(tok.head.head)  # "In attendance were X; Y and Z"
    elif listed := guests(tok):
        actors += listed  # "Among the guests were X and Y", "Guests included X and Y"
    else:
        # the parties named ("a meeting between X and Y", "the meeting held in Z between X and Y")
        explicit = any(c.lower_ == "between" and between_prep(c)
                       for h in [tok, *holding_words(tok)] for c in h.children)
        forum = forum_name(tok)  # "the India-Japan Foreign Ministers' Strategic Dialogue": no parties in its name
        owners = [c for c in tok.children if c.dep_ == "poss" and not (forum and c.i not in refs)
                  and not forum_members(c)]
        their = [o for o in owners if o.lower_ == "their" and o.i not in refs] and not their_owners(tok, owners)
        if their and previous:  # "(the White House confirmed,) in their first encounter": the pair told of; "X met
            # Y. Their discussion focused on Z": the pair of the sentence just before
            paired = just_told_pair(tok, previous) or main_pair(previous)
        elif verb != tok and verb.pos_ in {"VERB", "AUX"} and (not explicit or took_part(verb)) \
                and tok.dep_ not in {"nsubj", "nsubjpass"} and not own_visit_as_time(tok, owners, verb) \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at"} and remotely(verb)) \
                and verb.lemma_.lower() not in STANCE_VERBS and not (
                verb_object(tok, verb).dep_ == "dobj" and verb.lemma_.lower() in APPROVAL_VERBS) \
                and tok.head.lower_ not in TOPIC_PREPS and not record_of(tok) and not topic_of(tok) \
                and not prepared(tok):
            # not a meeting a call was made during: "spoke by telephone with Y during the session"; not approval: "X
            # welcomed the summit", "Norway welcomes agreements in Venezuela negotiations"; not a
            # topic: "expressed its position regarding direct talks with Hamas"; not a record: "posted photographs of
            # the meeting"; not one being got ready: "(X will call Y) to prepare a visit to Moscow by Z"
            # not when the contact is the subject: "the meeting was dominated by X", "the Group of 20 summit opened"
            agents = agent_objects(verb) + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in
                                            c.children if p.dep_ == "pobj"] if verb.lemma_.lower() == "represent" else []
            if agents:  # ("by" parsed on the summit too)
                actors += agents  # "India is represented at the summit by Minister X": X, who stands for India
            else:
                # (not "No Ukrainian officials took part in the talks": none of them)
                # (nor a spokesperson telling of it: "X's spokesman, Y, described the meeting as warm")
                actors += [s for s in subjects_of(verb) if not in_phrase(tok, s) and not any(
                    c.dep_ == "det" and c.lower_ == "no" for c in s.children) and not spokesperson(s)] + companions(
                    verb) + companions(tok)
        actors += owners + [c for o in owners for c in o.children if c.dep_ == "poss"]  # "his Sunday's meeting"
        actors += their_owners(tok, owners)
        actors += trip_owners(tok, verb)
        if verb != tok and verb.dep_ == "ROOT" and verb.pos_ == "PROPN" and verb.i in refs:
            actors.append(verb)  # a headline with no verb: "X in Lima for talks with Y"
        # "the Keller-Morel talks", "the Keller-Morel summit": the named parties; a city naming a
        # meeting ("the Brussels summit") is its place
        allowed = PARTY_TYPES if tok.lower_ not in MEET_NOUNS else {PERSON}  # "the G20 summit": a forum
        # (nor a forum body's own debate: "opened the General Assembly debate")
        actors += [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in allowed and not forum
                   and not (c.ent_type_ == ORGANIZATION and c.text in FORUM_HEADS)]
        actors += hyphen_pair(tok, refs)  # "the US-China talks", "the Chile-Peru summit": a pair is no forum
        if verb != tok and verb.lemma_.lower() in BRING_VERBS:  # "brought Y back to the negotiating table"
            others += [c for c in verb.children if c.dep_ == "dobj"]
        if verb != tok and verb.lemma_.lower() in JOIN_VERBS | RECEIVING_VERBS and tok.head.lower_ == "for":
            others += [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == PERSON]  # "joined/hosted Y for talks"
        if verb != tok and verb.lemma_.lower() in ADDRESS_VERBS and tok.dep_ == "pobj" and (
                tok.head.lower_ in {"in", "during", "at"} or tok.head.lower_ == "for" and verb.lemma_.lower() == "thank"
        ) and tok.lower_ not in {"interview", "debate", "debates"}:
            # "X told Y in a phone call", "X congratulated Y during their meeting", "X thanked Y for the call";
            # not "told Y in an interview"
            others += addressees(verb)
        # "received a call from X", "a phone call from X" ("from" also on "received"); not "calls from X for calm"
        if tok.lemma_.lower() in CALL_NOUNS and (verb.lemma_.lower() in TAKE_CALL_VERBS or any(
                c.lower_ in {"phone", "telephone"} for c in tok.children)):
            takers = [tok, verb] if verb.lemma_.lower() in TAKE_CALL_VERBS and tok.dep_ == "dobj" else [tok]
            froms = [c for h in takers for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
            froms += [c for f in froms for c in f.children if c.dep_ == "conj" and c.lower_ == "from"]  # "and from Y"
            others += [p for c in froms for p in c.children if p.dep_ == "pobj"]
        if verb != tok and tok.dep_ == "dobj" and tok.lower_ in CALL_NOUNS and not with_objects(tok):
            # "held a joint phone call during the meeting with X": the partner the parser hung on the meeting
            others += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "during" for m in c.children
                       if call_setting(m) == tok for p in with_objects(m)]
        if tok.lemma_.lower() in CALL_NOUNS and any(c.lower_ in VISIT_CALL_WORDS for c in tok.children):
            others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"  # "received the courtesy
                       for p in c.children if p.dep_ == "pobj"]  # call of the new ambassador, X": the visitor
        if tok.lower_ in AUDIENCE_NOUNS and verb.lemma_.lower() in GRANT_VERBS:  # "granted an audience to X": the guest
            others += [p for h in (tok, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                       for p in prep_objects(c)]
        if tok.lower_ in VISIT_NOUNS:  # "paid a visit to X": a person visited, not a place
            others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                       if p.dep_ == "pobj" and p.ent_type_ == PERSON]
            # "a visit by X", "a visit from X": the visitor
            actors += [p for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}
                       for p in c.children if p.dep_ == "pobj"]
        # "meetings between A and B, led by X", "the talks were led by X and Y": the leaders took part
        leading = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS]
        if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in LEAD_VERBS:
            leading.append(verb)  # "was hosted by X and co-chaired by Y and Z": all of them
            leading += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in LEAD_VERBS]
        # but a country or city hosting talks lends the venue ("talks in Cairo hosted by Egypt"); a person takes part
        actors += [q for c in leading for p in agent_objects(c) for q in [p, *conjuncts(p)]
                   if not (c.lemma_.lower() == "host" and q.ent_type_ in {COUNTRY, PLACE})]
    # "hosted a summit in Paris, attended by X and Y", "a summit attended by X", "chaired the talks, which were
    # attended by X and Y": those who attended took part
    both = list(dict.fromkeys((tok, verb)))  # the trigger and its clause's verb, in a fixed order
    attended = [p for h in both for c in h.children if c.dep_ in {"acl", "advcl"} and c.lemma_.lower() == "attend"
                for p in agent_objects(c)]
    # (the relative clause parsed on the talks' place: "the talks in Lima, which were attended by X"); "The talks,
    # which were also attended by X, lasted" refer back to talks told before (kg.nlp.followups)
    attended += [p for h in [tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                                    for p in c.children if p.dep_ == "pobj" and p.ent_type_ == PLACE)]
                 for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() == "attend"
                 and tok.dep_ not in {"nsubj", "nsubjpass"} for p in agent_objects(c)]
    (others if tok.pos_ in {"VERB", "AUX"} else actors).extend(attended)
    # the partners: the objects of "with", "to", "between" ... on the trigger, its verb and the phrases a "with" hangs on
    for holder in partner_holders(tok, verb):
        for prep in holder.children:
            if (pobjs := prep_partners(prep, holder, tok, verb)) is None:
                continue
            (actors if prep.lower_ in {"between", "among", "of"} else others).extend(pobjs)
            partners = partners or prep.lower_ in {"with", "to", "from"} and any(partner_like(p) for p in pobjs)
        misparsed = with_clause_subjects(holder)
        others.extend(misparsed)
        partners = partners or bool(misparsed)
    # "X received Y and held discussions on Z": talks with no partner of their own are with the guest of the meeting
    # verb they are coordinated with
    if not others and not partners and tok.pos_ == "NOUN" and verb != tok and verb.dep_ == "conj" \
            and verb.head.lemma_.lower() in MEET_VERBS and tok.lemma_.lower() in TALK_NOUNS:
        others += [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in MEET_NOUNS]
    # "opened the talks with President A, President B and President C" parsed with B a "dep" of the verb: the list's
    with_end = max((o.right_edge.i for o in others), default=None)
    if with_end is not None:
        others += [q for h in both for c in h.children if c.dep_ == "dep" and c.ent_type_ == PERSON
                   and c.i > with_end and c.doc[c.left_edge.i - 1].text == "," for q in [c, *conjuncts(c)]]
    if others and tok.pos_ == "NOUN":  # "a meeting with the leadership of the state party, including its chairman X"
        others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"  # (parsed on the meeting)
                   for p in c.children if p.dep_ == "pobj"]
    side_a = [*paired, *(k for arg in actors for k in keys_of(arg, refs, previous))]
    side_b = [k for arg in others for k in keys_of(arg, refs, previous)]
    if side_a and side_b:  # "A and B held talks with C, joined by D": D was at them too (on whichever side)
        side_a += [k for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in JOIN_VERBS
                   for p in agent_objects(c) for k in keys_of(p, refs, previous)]
    return side_a, side_b, partners


#: Prepositions of a verb's phrase the parser may hang the verb's "with X" on.
STRANDING_PREPS = {"from", "at", "during"}


def partner_holders(tok: Token, verb: Token) -> list[Token]:
    """The words a contact's partners may hang on, in a fixed order: the trigger, its clause's verb, and the phrases
    the parser hangs a "with X" on (the means, a venue, the participle holding the contact, a duration, a phrase of the
    verb)."""
    both = list(dict.fromkeys((tok, verb)))
    # "held a consultation by video link with X": the partner hangs on the means
    means = [p for h in both for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS
             for p in c.children if p.dep_ == "pobj" and p.lower_ in CALL_WORDS | {"link", "videolink"}]
    # "hosted a meeting at her country's representation in Brussels with X" parsed with "with" on the venue
    # (or on the verb of talks held: "held talks at the Elysee Palace with X")
    venues = [p for h in ([tok, verb] if tok.dep_ == "dobj" else [tok]) for c in h.children
              if tok.pos_ in {"NOUN", "PROPN"} and c.dep_ == "prep" and c.lower_ == "at"
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in PARTY_TYPES]
    # "held a bilateral meeting on the sidelines with X" parsed with "with" on the sidelines
    venues += [p for c in tok.children if tok.pos_ in {"NOUN", "PROPN"} and c.dep_ == "prep" and c.lower_ in {"on", "at"}
               for p in c.children if p.dep_ == "pobj" and p.lower_ in SIDELINE_NOUNS]
    held = holding_words(tok)
    # "the sixth round of Political Consultations between X and Y": the parties hang on the round
    held += [tok.head.head] if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in ROUND_NOUNS else []
    # "sat for two days in Doha with X and Y": the parser hangs the partners on the duration
    spans = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"} for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() in DURATION_NOUNS]
    # "spoke by phone from Rio with X", "discussed the situation at the crossing with X": a person's "with" hung on a
    # phrase of the verb
    stranded = [p for c in verb.children if tok.pos_ in {"VERB", "AUX"} and c.dep_ == "prep" and c.lower_ in
                STRANDING_PREPS for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in PARTY_TYPES
                and any(w.dep_ == "prep" and w.lower_ == "with" and any(q.ent_type_ == PERSON for q in w.children)
                        for w in p.children)]
    return list(dict.fromkeys([tok, verb, *means, *venues, *held, *spans, *stranded]))


def holding_words(tok: Token) -> list[Token]:
    """The words the parties of a contact noun may hang on past the noun: the participle holding it ("the phone
    conversation held last month between X and Y") and the day it was held on when the parser hangs a "between" there
    ("the meeting held on 18 March between X and Y")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    held = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in HOLD_VERBS]
    return held + [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                   if p.dep_ == "pobj" and p.ent_type_ == "DATE" and any(between_prep(b) for b in p.children)]


def prep_partners(prep: Token, holder: Token, tok: Token, verb: Token) -> list[Token] | None:
    """The objects of a preposition on a word a contact's partners hang on (see :func:`partner_holders`) that are
    parties of the contact ("with X", "to X", "between X and Y"); None if the preposition names none: a destination,
    a topic, a forum, observers."""
    if prep.dep_ != "prep" and not between_prep(prep) \
            or prep.lower_ not in {"with", "to", "between", "among", "of"} and not (
            prep.lower_ in {"on", "upon"} and tok.lower_ in {"call", "calls"} and holder in {tok, verb}) and not (
            prep.lower_ == "from" and holder == tok and tok.lemma_.lower() == "sit"):
        return None  # but "paid a (courtesy) call on X": a visit to X; "sat across from X": X
    if prep.lower_ == "to" and not (holder == tok and tok.pos_ in {"VERB", "AUX"}
                                    and tok.lemma_.lower() not in DESTINATION_VERBS
                                    or holder != tok and holder.lemma_.lower() in LIGHT_VERBS
                                    or holder == tok and tok.lemma_.lower() == "call"  # "a call to X"
                                    and not envoy_before(prep)):  # not "from the Envoy of X to Y"
        return None  # "X will travel to Congo after the summit", "welcomed X to Paris": a destination
    if prep.lower_ == "of" and (holder != tok or tok.lower_ in {"talk", "session"}):
        return None  # "talk of a boycott" is a topic; "a session of the Council" the forum
    # "sat down with X and with Y": the second "with" hangs on the first
    pobjs = [c for w in [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_)]
             for c in w.children if c.dep_ == "pobj" and not reporting_speaker(c) and not go_between(c)]
    # "held talks with her last month" parsed as "with (her last month)": the pronoun is the partner
    pobjs = [next((o for o in p.children if o.dep_ == "poss" and o.pos_ == "PRON"), p) if p.ent_type_ == "DATE"
             else p for p in pobjs]
    if prep.lower_ in {"on", "upon"}:  # "a call on the Venezuela vote": what the call is about, not whom
        pobjs = [p for p in pobjs if not topic_noun(p)]
    if prep.lower_ == "of":  # "the next meeting of the India-Central Asia Dialogue", "a meeting of Shanghai
        # Cooperation Organisation defence ministers": the forum, no party
        pobjs = [p for p in pobjs if ((e := entity_at(p.doc, p.i)) is None
                                      or e[-1].text not in STANDING_FORUM_HEADS
                                      and not joint_format(e)) and not forum_members(p)]
    if prep.lower_ == "with" and as_observers(prep):
        return None  # "co-hosting the talks, with Egypt and the UN taking part as observers": no side of them
    # "spoke with X to reaffirm ..." parsed with X the subject of "reaffirm" (a clause on "with")
    # (not "with X leading the delegation": who led one side)
    pobjs += [s for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for s in c.children if s.dep_ == "nsubj" and s.ent_type_ in PARTY_TYPES]
    if prep.lower_ == "between" and len(pobjs) == 1 and not conjuncts(pobjs[0]):
        pobjs += second_of_between(pobjs[0])  # "between X and visiting President Y" (parsed as a verb)
    # "held talks with visiting Foreign Minister X" parsed with X the object of "visiting"
    pobjs += [o for o in prep_objects(prep) if o.dep_ == "dobj"]
    return pobjs


def second_of_between(first: Token) -> list[Token]:
    """"talks between Prime Minister X and visiting Ruritanian President Y": the parser takes "and visiting" for a
    verb of its own; the name after it, within a few words, is the second party; so is a group after the first's
    post ("Talks between X, secretary of the Y, and the delegation", "and the delegation" hung on "Talks")."""
    doc = first.doc
    # the "and" right after the name and its post, or hung on the name
    k = next((j for j in range(first.i + 1, min(len(doc) - 1, first.right_edge.i + 3)) if doc[j].lower_ == "and"
              and (doc[j].head == first or j > first.right_edge.i)
              and all(w.text == "," for w in doc[first.right_edge.i + 1 : j])), None)
    if k is None:
        return []
    for t in doc[k + 1 : k + 9]:
        if t.is_punct or t.pos_ == "ADP":
            return []
        if t.ent_type_ in PARTY_TYPES and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"):
            return [t]  # the name's last word
        if t.lower_ in GROUP_NOUNS and t.dep_ in {"conj", "nsubj", "nsubjpass"}:
            return [t]
    return []


#: Nouns of those who attend talks without taking part in them.
OBSERVER_NOUNS = {"observer", "observers", "onlooker", "onlookers"}


def as_observers(prep: Token) -> bool:
    """"with X and Y taking part as observers": the objects of "with" attend as observers, the clause after them
    (hung on the objects or on the word "with" is on) says so."""
    after = [c for c in (*prep.head.children, *(p for p in prep.children if p.dep_ == "pobj"))
             if c.dep_ in {"acl", "advcl", "relcl"} and c.i > prep.i]
    return any(t.lower_ in OBSERVER_NOUNS for c in after for t in c.subtree)


#: Adverbs of a contact told as many: "have met repeatedly".
MANY_TIMES = {"twice", "repeatedly", "regularly", "often", "frequently"}


def many_times(tok: Token) -> bool:
    """A contact verb told as a count of contacts: "X and Y have met four times since 2022", "have spoken twice"."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in MANY_TIMES
                                               or c.dep_ == "npadvmod" and c.lower_ == "times" for c in tok.children)


def own_visit_as_time(tok: Token, owners: list[Token], verb: Token) -> bool:
    """A visit its owner makes, told as the time of an act that may not have happened: "asked to meet X during his
    visit" (the visit is X's alone; whoever asked is no visitor; but "A and B set up the council during X's visit":
    A and B were there)."""
    return tok.lower_ in VISIT_NOUNS and bool(owners) and tok.dep_ == "pobj" and (
        tok.head.lower_ in TEMPORAL_PREPS | {"during", "on"}) and (is_hypothetical(verb) or is_negated(verb))


def took_part(verb: Token) -> bool:
    """"took part in", "joined", "participated in": the subject is one more party of a contact between others ("X took
    part in a video conference between Y and Z")."""
    return verb.lemma_.lower() in {"join", "participate"} or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def for_objects(tok: Token) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]


def unnamed_guests(p: Token) -> bool:
    """"for leaders", "for guests": people no one named, nor referred back to ("for the two delegation heads")."""
    return p.tag_ in {"NNS", "NNPS"} and not p.ent_type_ and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.lower_ in {"both", "two"} for c in p.children)


def others_talks(obj: Token) -> bool:
    """The object of a talk verb is talks of its own owner: "discussed Moldova's accession talks with the EU" (what
    they discussed; the EU is Moldova's partner in them, not theirs)."""
    return obj.lemma_.lower() in TALK_NOUNS | MEET_NOUNS and any(c.dep_ == "poss" for c in obj.children)


def verb_object(tok: Token, verb: Token) -> Token:
    """The word of tok's phrase hung on its clause's verb: "agreements" of "welcomes agreements in the negotiations"."""
    while tok.head != tok and tok.head != verb and tok.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        tok = tok.head
    return tok


def timing_another(tok: Token, verb: Token) -> bool:
    """A contact noun in a time phrase on another contact's verb: "spoke with Y before the meeting of Z" (not
    "Speaking (at a news conference) after talks with Y, X said": speaking to the press, of X's own talks)."""
    between = [a for a in tok.ancestors if a.i != verb.i and verb in a.ancestors]
    to_press = verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
        c.dep_ in {"dobj", "prep"} and c.lower_ != "after" and c.lower_ not in TEMPORAL_PREPS and not press_event(c)
        for c in verb.children)
    return trigger_rule(verb) is not None and any(a.lower_ in TEMPORAL_PREPS for a in between) and not to_press


#: What one speaks at or to that is the press: "at a news conference", "to reporters".
PRESS_EVENT_NOUNS = {"conference", "briefing", "reporter", "journalist", "press", "media"}


def press_event(prep: Token) -> bool:
    """"at a news conference (in Budapest)", "to reporters": the press one speaks to."""
    return prep.dep_ == "prep" and prep.lower_ in {"at", "to"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in PRESS_EVENT_NOUNS for p in prep.children)


def with_clause_subjects(holder: Token) -> list[Token]:
    """"spoke today with Minister X to express condolences", parsed as "with" opening a clause whose
    subject is X ("with X expressing ..."): the named subject is the partner."""
    return [s for c in holder.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.ent_type_]


def attended_place(tok: Token, events: list[RawEvent], refs: dict, types: dict,
                   reach: int = ATTENDED_REACH) -> tuple[str | None, str | None]:
    """The place of the latest meeting told in this sentence or the ``reach`` before: what "X attended" refers to;
    one of no named party too ("Leaders met in Lima on Saturday. X also took part"), or a ceremony ("received
    credentials at a ceremony at State House, Nairobi. The ceremony was witnessed by X"); and the date that a
    meeting told with no event of its own names ("The inauguration was held in Lima on Sunday": Sunday)."""
    start = window_start(tok, reach)
    latest = next((ev for ev in reversed(events) if ev.kind in {MEETING, CALL} and ev.sentence.start >= start), None)
    if latest is not None and latest.kind == CALL and not any(
            met(t) for t in tok.doc[latest.sentence.end : tok.sent.start]):
        return None, None  # "X held a virtual meeting with Y (...). Also in attendance were Z and W": on the call (but not
        # "X called Y. Separately, X received Z at the palace. The meeting was attended by W")
    status = PLANNED if is_planned(tok) else OCCURRED  # "were present at the meeting": not one planned since, nor
    # one told in the past perfect ("the envoy had on Wednesday paid a courtesy visit to Y"), nor one of a month
    # gone ("the envoy, who presented her credentials to President Y in Abuja in May")
    # (one to come may be dated by a month: "a summit in Tokyo in late September"; a gathering before a visit: "he
    # intends to attend", the summit, not a guest's "first visit to Japan" told beside it)
    told = [ev for ev in reversed(events) if ev.kind == MEETING and ev.place and ev.status == status
            and ev.sentence.start >= start and not pluperfect(ev.sentence)
            and not (ev.date_text and is_period(ev.date_text) and status == OCCURRED)]
    told = next((ev.place for ev in told if (ev.trigger or "").lower() not in TRIP_NOUNS | {"visits", "visited"}),
                None) or next((ev.place for ev in told), None)
    if told is not None:
        return told, None
    for t in reversed(tok.doc[start : tok.i]):
        if met(t) and not pluperfect(t.sent) and (where := place_of(t, refs, types, [])):
            return where, date_of(t) if t.sent != tok.sent else None
    return None, None


def met(t: Token) -> bool:
    """A word telling of a meeting or a ceremony: "the summit", "received", "gathered"."""
    return t.lower_ in MEET_NOUNS | CEREMONY_NOUNS and t.pos_ == "NOUN" \
        or t.lemma_.lower() in MEET_VERBS | GATHER_VERBS and t.pos_ == "VERB"


def own_places(sent: Span, refs: dict, types: dict) -> dict[str, str]:
    """The people of a sentence with a place of their own: "meet Serbian President X in Belgrade and Y in
    Budapest" gives X Belgrade ("in" hung on the name)."""
    return {refs[t.i]: refs[p.i] for t in sent if t.ent_type_ == PERSON and t.i in refs
            for c in t.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
            for p in c.children if p.dep_ == "pobj" and p.i in refs and types.get(refs[p.i]) in PLACE_TYPES}


def forum_site(tok: Token, refs: dict, types: dict) -> str | None:
    """Where the named forum or the ceremony a verb attends or presides over sits: "attend the European Council
    that opens in Brussels", "attended the funeral at St Peter's Basilica", "presided over the summit at the State
    House, Abuja"; not where a report of it comes from ("attend the X Meeting, his office in Wellington said")."""
    attended = [*forum_objects(tok), *ceremony_objects(tok, frozenset({"dobj", "nsubjpass"})), *presided(tok)]
    return next((refs[p.i] for f in attended for p in f.subtree if p.dep_ == "pobj" and p.head.lower_ in {
        "in", "at"} and p.i in refs and types.get(refs[p.i]) in PLACE_TYPES
        and not any(a.lemma_.lower() in REPORT_VERBS for a in p.ancestors if f in a.ancestors)), None)


#: How many sentences back "the meeting with X" may refer to the meeting with X told.
MET_BEFORE_REACH = 6


def met_before(tok: Token, partner: str, told: list[RawEvent]) -> list[str]:
    """The other party of the meeting with ``partner`` told shortly before, which "the meeting with X" (a meeting
    noun with "the" and no party of its own but X) refers back to; else none."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    start = window_start(tok, MET_BEFORE_REACH)
    meeting = next((ev for ev in reversed(told) if ev.kind == MEETING and ev.sentence.start >= start
                    and partner in ev.participants and len(set(ev.participants)) == 2), None)
    return [k for k in meeting.participants if k != partner] if meeting is not None else []


def spokesperson(tok: Token) -> bool:
    """A spokesperson's title ("X's spokesman, Y" parsed with the title the subject), or a name whose title makes
    them one ("government spokeswoman Y")."""
    if tok.ent_type_ != PERSON:
        return gazetteer.titles().get(tok.lower_) == "spokesperson"
    name = entity_at(tok.doc, tok.i)
    return "spokesperson" in {block_before(name).role, apposition_after(name).role}


def addressees(verb: Token) -> list[Token]:
    """The objects of an addressing verb, but not a body opening the title of a person addressed: "told ICC
    chief executive X" (parsed with "ICC" an object of its own) addresses X."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    titled = set()
    for o in objects:
        name = entity_at(o.doc, o.i) if o.ent_type_ == PERSON else None
        for party in block_before(name).parties if name is not None else []:
            titled.update(range(party.start, party.end) if isinstance(party, Span) else [party.i])
    return [o for o in objects if o.i not in titled]


#: Singular nouns of someone to talk with: "spoke with the union", "met with a lawyer".
PEOPLE_NOUNS = {"union", "company", "firm", "group", "man", "woman", "official", "leader", "minister", "president",
                "envoy", "mediator", "negotiator", "counterpart", "lawyer", "family", "board", "committee", "party"}
#: The words of a reciprocal pronoun: "spoke with each other", "talked to one another".
RECIPROCAL = {"each", "other", "one", "another"}


def topic_noun(p: Token) -> bool:
    """The object of "a call on ..." is what the call is about: a common noun ("on the Venezuela vote"), or a name
    the parser cut from the noun it describes ("on Venezuela vote" parsed as "on Venezuela")."""
    if p.pos_ == "NOUN" and not p.ent_type_:  # (a name's last word may be tagged a noun: "Choi Sang-mok")
        return p.lower_ not in gazetteer.title_words() and p.lower_ not in GROUP_NOUNS
    end = p.i + 1
    while end < len(p.doc) and p.doc[end].ent_iob_ == "I":
        end += 1
    return p.ent_type_ in {COUNTRY, PLACE} and end < len(p.doc) and p.doc[end].pos_ == "NOUN" and p.doc[end].is_lower \
        and p.doc[end].lower_ not in gazetteer.title_words() and p.doc[end].lower_ not in GROUP_NOUNS


def partner_like(t: Token) -> bool:
    """Whether the object of "with/to" names someone to talk with ("union leaders", "them", "the firm"), named
    or not; not "each other" (the subjects themselves) nor "the aim of" or "concern" (a manner)."""
    if {w.lower_ for w in t.subtree} <= RECIPROCAL:
        return False
    return t.pos_ == "PRON" or bool(t.ent_type_) or t.tag_ in {"NNS", "NNPS"} or t.lower_ in GROUP_NOUNS or (
        t.lemma_.lower() in PEOPLE_NOUNS)


def their_owners(tok: Token, owners: list[Token]) -> list[Token]:
    """"X and Y agreed on a truce at their meeting": the coordinated subjects "their" stands for; "the understandings
    reached by X and Y during their meeting": the two people coordinated just before it; "X shared his views with Y
    during their meeting": the subject and the one "with" them."""
    their = next((o for o in owners if o.lower_ == "their" and o.i not in (tok.doc._.kg_refs or {})), None)
    if their is None:
        return []
    near = next((t for t in reversed(tok.doc[max(tok.sent.start, their.i - 6) : their.i]) if t.ent_type_ == PERSON
                 and t.dep_ == "conj" and t.head.ent_type_ == PERSON and t.head.i < t.i), None)
    if near is not None:
        return [near.head]  # (its conjuncts join it: "X and Y")
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = subjects_of(verb) if verb is not None else []
    partners = [p for w in (verb.subtree if verb is not None and len(subjects) == 1 else ()) if w.i < tok.i
                and w.dep_ == "prep" and w.lower_ == "with"
                and next((a for a in w.ancestors if a.pos_ in {"VERB", "AUX"}), None) == verb
                for p in w.children if p.dep_ == "pobj" and p.ent_type_ == PERSON]
    if partners:  # "he had shared his views with Y during their meeting": he and Y
        return subjects + partners
    return [s for s in subjects if conjuncts(s)]


def trip_owners(tok: Token, verb: Token) -> list[Token]:
    """"X's trip to Lima included talks with Y": the traveller whose journey is the clause's subject."""
    if verb == tok or tok.dep_ in {"nsubj", "nsubjpass"}:
        return []
    return [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in TRIP_NOUNS
            for p in c.children if p.dep_ == "poss"]
