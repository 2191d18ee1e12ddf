"""Contacts and meetings (``spoke_with``, ``met_in``) from the dependency parse.

- ``contact_events``: a contact trigger (:mod:`kg.nlp.triggers`) with its parties: subjects,
  objects of "with/to", direct objects of "call/meet/host", "between X and Y"; whoever leads or
  chairs talks takes part; a capital as subject stands for its country.
- which words are the parties (a verb's subjects and objects, a noun's owners, "with", "between", those listed as
  present): :mod:`kg.nlp.contact_parties`; whom each stands for (group nouns, "the two leaders", pronouns, unnamed
  officials): :mod:`kg.nlp.parties`.
- places: :mod:`kg.nlp.places` (the contact's clause), :mod:`kg.nlp.context_places` (the context).
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
from kg.model import CALL, COUNTRY, MEETING, OCCURRED, ORGANIZATION, PERSON, PLACE, PLANNED, TALKS
from kg.nlp import gazetteer
from kg.nlp.body_references import capital_parties
from kg.nlp.contact_kinds import kind_of
from kg.nlp.contact_parties import (
    WELCOME_NOUNS,
    followed_up,
    parties_of,
    timed_object,
    took_part,
    welcome_ceremony,
)
from kg.nlp.context_places import (
    day_place,
    earlier_place,
    group_place,
    more_places,
    place_in_context,
    present_place,
    referred_place,
    same_meeting_place,
    same_noun_place,
    there_place,
)
from kg.nlp.datelines import dateline_place, datelines, filed_in
from kg.nlp.entity_evidence import PRESS_NOUNS
from kg.nlp.events import RawEvent
from kg.nlp.meeting_talks import talks_within
from kg.nlp.modality import (
    TEMPORAL_PREPS,
    date_of,
    days_after_told,
    eve_day,
    event_day,
    is_hypothetical,
    is_negated,
    is_planned,
    pluperfect,
)
from kg.nlp.no_contact import (
    call_setting,
    called_off_after,
    defining_where,
    life_subject,
    only_mentioned,
    organised_by_bodies,
    thanked_for,
    told_of_in_talks,
    topic_of,
)
from kg.nlp.paragraphs import window_start
from kg.nlp.parties import COUNTERPART_NOUNS, keys_of, quoted
from kg.nlp.places import (
    at_forum_told,
    at_venue,
    beside_forum,
    forum_place,
    on_sidelines,
    place_of,
    prepared,
    sidelines_place,
)
from kg.nlp.subjects import subjects_of
from kg.nlp.title_country import known_politician
from kg.nlp.titles import REPORT_VERBS
from kg.nlp.trigger_words import (
    ATTENDED_REACH,
    CALL_NOUNS,
    CEREMONY_NOUNS,
    FORUM_NOUNS,
    GATHER_VERBS,
    GROUP_NOUNS,
    JOIN_VERBS,
    MEAL_NOUNS,
    MEET_NOUNS,
    MEET_VERBS,
    PARTY_TYPES,
    PLACE_TYPES,
    RECEIVING_VERBS,
    TALK_NOUNS,
    TOPIC_VERBS,
    TRIP_NOUNS,
)
from kg.nlp.triggers import (
    LIGHT_NOUNS,
    between_objects,
    brokered_sides,
    ceremony_objects,
    clause_verb,
    forum_objects,
    in_attendance,
    presided,
    trigger_candidates,
    trigger_rule,
)

#: Talk verbs that alone, with no one to talk with, are a speech: "went to Washington to speak at a forum".
SPEECH_VERBS = {"speak", "debate", "address"}


#: Talks given to the press: with no party named beside the speaker, no contact.
PRESS_TALK_NOUNS = {"interview", "interviews"}


#: Talks held across a table, in person unless a call is named: "held talks with X on Tuesday" under a dateline
#: was where the story was filed (not "spoke with X", "a conversation": as often by phone).
TABLE_TALKS = {"talks", "negotiations", "consultations", "discussions"}


#: How many sentences back a meeting told may be the one "in attendance were X and Y" lists the guests of.
ATTENDANCE_REACH = 2


#: The type contacts see for a news outlet ("told Reuters", "spoke to DW"): no party.
MEDIA = "Media"


#: Nouns before an outlet's name: "the German Sunday newspaper X", "broadcaster X", "the news agency X".
PRESS_BEFORE = PRESS_NOUNS | {"paper", "broadcaster", "channel", "agency"}


def time_object(tok: Token) -> bool:
    """A contact's noun that dates what the sentence tells, no one's named: "ahead of the summit", "before the talks",
    "after the meeting" (not "since their 2015 summit": theirs)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and not any(c.dep_ == "poss" for c in tok.children) and (
        tok.head.lower_ in {"before", "after", "following", "since", "until"}
        or tok.head.lower_ in {"of", "to"} and tok.head.head.lower_ in {"ahead", "prior"})


#: Verbs of being in a state: "remained in talks", "are in talks".
STATE_VERBS = {"be", "remain", "stay", "keep"}


def table_talks(tok, parties: list[str]) -> bool:
    """Talks of two sides or more held across a table, not planned ("held talks with X on Tuesday"): in a
    dateline story, where it was filed; not talks held over years ("have held talks since 2021"), nor being "in
    talks"."""
    verb = clause_verb(tok)
    return tok.lower_ in TABLE_TALKS and len(parties) > 1 and is_planned(tok) is False and not any(
        c.dep_ == "prep" and c.lower_ == "since" for c in (*tok.children, *verb.children)) \
        and not (tok.dep_ == "pobj" and tok.head.lower_ == "in"
                 and tok.head.head.lemma_.lower() in STATE_VERBS)  # (nor a state: "Canada remained in talks with X")


def press_named(doc: Doc, refs: dict) -> set[str]:
    """The organisations the article calls a newspaper, broadcaster or news agency right before a name, and those an
    interview is given to ("In an interview with Kenya's NTV")."""
    out = set()
    for ent in doc.ents:
        if ent.start in refs and ent.label_ == ORGANIZATION and ent.root.dep_ == "pobj" \
                and ent.root.head.lower_ == "with" and ent.root.head.head.lower_ in PRESS_TALK_NOUNS:
            out.add(refs[ent.start])
            continue
        k = ent.start - 1
        while k >= 0 and k >= ent.start - 2 and doc[k].text[:1].isupper():
            k -= 1  # "the newspaper Frankfurter Allgemeine Sonntagszeitung", its first word left out of the name
        prev = doc[k] if k >= 0 else None
        if ent.start in refs and prev is not None and prev.lower_ in PRESS_BEFORE and (
                prev.lower_ != "agency" or doc[prev.i - 1].lower_ == "news"):
            out.add(refs[ent.start])
    return out


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
    lead: list[RawEvent] = []  # the first event of the latest trigger that gave any: its whole group
    for tok in trigger_candidates(sent):
        rule = trigger_rule(tok)
        if rule is None or is_negated(tok) or is_hypothetical(tok, mediation=rule.endswith("mediate")) or (
                only_mentioned(tok) or told_of_in_talks(tok) or life_subject(tok) or called_off_after(tok)
                or thanked_for(tok)
                or call_setting(tok) is not None
                or tok.pos_ == "NOUN" and organised_by_bodies(clause_verb(tok)) or discussed(tok)
                or defining_where(tok)):
            continue
        # "both leaders met": this sentence's pair first; "hosted A and B, where the three discussed": all of the
        # meeting, not the talks across it added after
        context = lead or previous if not time_object(tok) else []  # (not "X called Y ahead of the summit": the
        # summit is no contact of theirs)
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
        # "On our side, X and Y took part in the delegation-level talks", "X and Y will travel to Z to follow up on
        # today's discussions": at the talks, no two sides of them (not "sat in on the talks between Y and Z")
        took = tok.pos_ == "NOUN" and (took_part(clause_verb(tok)) or followed_up(tok)) and not any(
            c.dep_ == "prep" and c.lower_ in {"between", "with", "among"} for c in tok.children)
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
        if kind == MEETING and took and not side_b and len(side_a) > 1 and not rule.endswith("mediate"):
            rule = "noun-attend"
        placed = [(g, p) for p in places for g in groups]
        # (or one "met Y in Bangkok on Monday and Z in Phnom Penh two days later" names with the second time)
        own = own_places(sent, party_keys, types) if kind == MEETING and side_a and (
            len(side_b) > 1 or tok.pos_ == "VERB" and timed_object(tok)) else {}
        if kind == MEETING and side_a and len(side_b) > 1 and len(places) > 1 and not own:
            own = home_cities(side_b, places, tok.doc)  # "travel to Bamako, Ouagadougou and Niamey to meet A, B and C"
        if any(own.get(b, place) != place for b in side_b):
            # "meet X in Belgrade and Y in Budapest": each met where the sentence places them
            placed = [(tuple(side_a + [b]), own.get(b, place)) for b in side_b]
        placed = [(g, p, kind) for g, p in placed]
        placed = talks_within(tok, kind, rule, side_a, side_b, places, placed, types, refs, party_keys)
        led = False  # (whether this trigger gave its first event yet)
        for parties, place, kind, *how in placed:
            if len(parties) < 2 and not (
                    kind == MEETING and place and parties and tok.lemma_.lower() not in JOIN_VERBS):
                continue  # one party at a place: a visit or a summit; joining someone takes two
            status = PLANNED if is_planned(tok) else OCCURRED
            # (a visit told and the return planned are two: "X, who visited Y last month, is to return to Y's capital
            # for the summit on Saturday")
            key = (kind, tuple(sorted(parties)), place, status)
            if key in seen and not (kind == MEETING and rule.endswith("-talk") and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS)):
                continue  # ("X and Y met and discussed Z": drop_repeats keeps the meeting, held as talks; not "X
                # told reporters after the talks")
            seen.add(key)
            # "The call came a day after X and Y held talks": the day before the call's
            before, back = days_after_told(tok, previous) or (None, 0)
            own_day = None if before else date_of(tok)
            eve = None if own_day or before else eve_day(tok)  # "On the eve of the summit": the day before the summit's
            event = RawEvent(
                kind=kind,
                participants=parties,
                sentence=sent,
                rule=how[0] if how else rule,
                confidence=0.85 if rule.startswith("verb") else 0.75,
                status=status,
                date_text=own_day or eve or before or event_day(tok) or told_day,
                day_shift=-1 if eve else back,
                place=place if kind == MEETING else None,
                trigger=tok.text,
            )
            if not led:
                lead, led = [event], True
            local.append(event)
            yield event


def meeting_place_told(tok: Token, refs: dict, types: dict, parties: list[str], told: list[RawEvent]) -> str | None:
    """Where a meeting its own clause does not place happened, told elsewhere (``told``: the contacts told so far):
    the meeting of the day that names it ("Friday's talks"), "there", on the sidelines of a forum told, at a forum
    told or named after its city, a journey of its parties, an earlier place of theirs, where they are, a place
    referred to, the dateline's."""
    return day_place(tok, told) or there_place(tok, refs, types, parties) or sidelines_place(tok, told, refs) or (
        at_forum_told(tok, refs, types)) or forum_place(tok, told, refs, types) or (
        same_noun_place(tok, refs, types, parties, told)) or (
        place_in_context(tok, refs, types, parties)) or earlier_place(tok, parties, told) or (
        present_place(tok, refs, types, parties)) or referred_place(tok, refs, types, parties) or dateline_place(
        tok, refs, types, parties, told, beside=on_sidelines(tok))


def talks_place_told(tok: Token, refs: dict, types: dict, side_a: list[str], side_b: list[str], told: list[RawEvent],
                     local: list[RawEvent], joined: bool) -> str | None:
    """Where talks with no place of their own were held, if told elsewhere, which makes them a meeting: "Friday's
    talks" (the meeting of that day), "On the sidelines, X held talks with Y" (at the summit), a traveller's
    destination, where a group or the other side is, the meeting just told of the same parties, a forum of the
    sentence's, the dateline's for talks at a venue or joined ("at the Kuksaroy residence": where filed)."""
    parties = side_a + side_b
    return day_place(tok, told) or there_place(tok, refs, types, parties) or sidelines_place(tok, told, refs) or (
        place_in_context(tok, refs, types, parties, travel_only=True)) or group_place(tok, refs, types, parties) or (
        side_b and present_place(tok, refs, types, parties)) or referred_place(tok, refs, types, parties) or (
        same_meeting_place(tok, parties, told, side_b)) or forum_place(tok, local, refs, types) or (
        (at_venue(tok) or joined or beside_forum(tok) or table_talks(tok, parties)) and dateline_place(
            tok, refs, types, parties, told, beside=on_sidelines(tok))) or None


def nothing_held(tok: Token, side_a: list[str], side_b: list[str], types: dict, received: bool) -> bool:
    """The trigger tells no contact for all its parties: approval ("welcomed the agreements"), nothing received
    ("received a sentence"), a venue lent ("talks in Cairo hosted by Egypt"), a dinner for unnamed guests, a speech, an
    interview with the press ("We spoke to X", "She spoke to us")."""
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
    if tok.lemma_.lower() == "host" and tok.dep_ == "acl" and tok.head.lemma_.lower() in MEAL_NOUNS and not side_b:
        return True  # "attended a welcome banquet hosted by X and his wife Y": co-hosts, their guests not named
    if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"} and not side_b and len(side_a) < 2:
        return True  # "speaking at a Tokyo symposium, X said": a speech, no one to talk with
    if tok.lower_ in PRESS_TALK_NOUNS and (not side_b and len(side_a) < 2 or side_b and all(
            types.get(k) in {COUNTRY, PLACE} for k in side_b)):
        return True  # "X told the BBC in an interview in Tehran": the press is no party, and no one else is;
        # "an interview with India Today" (the model's "India"): no country gives an interview
    if tok.pos_ in {"VERB", "AUX"} and not quoted(tok) and (
            len(side_a + side_b) < 2 and press_as_party(tok) or interview_itself(tok)):
        return True  # an interview's "We spoke to X in his office", "She spoke to us", "X spoke to her": the press
    return False


def interview_itself(verb: Token) -> bool:
    """"X spoke to her in Tromsø on Tuesday" before the first question of a text that calls itself an interview: the
    interview, no contact."""
    doc = verb.doc
    return verb.lemma_.lower() in {"speak", "talk"} and any(c.dep_ == "prep" and c.lower_ == "to"
                                                            for c in verb.children) \
        and not any(t.text == "?" for t in doc[: verb.sent.start]) \
        and any(t.lower_ == "interview" for t in doc[: verb.sent.end + 40])


def press_as_party(verb: Token) -> bool:
    """The other side of a contact verb outside quotation marks is the reporter: "She spoke to us", and "We spoke to
    X" before any question of the text (an interview's introduction; in its answers, "we" is the guest's side)."""
    words = [*verb.children, *(p for c in verb.children if c.dep_ == "prep" for p in c.children)]
    if any(c.dep_ in {"dobj", "pobj"} and c.lower_ == "us" for c in words):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in words) and not any(
        t.text == "?" for t in verb.doc[: verb.sent.start])


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
    """"separate talks with X and Y", "met X and Y separately", "held bilateral meetings with X and Y", "met X in the
    morning and Y after lunch": one contact with each, none between them (not a report's "Separately, X and Y held
    talks": another story, nor "X and Y will hold a separate meeting": one more, of the two; nor, with no one they were
    ``partnered`` with, "X and Y will hold bilateral talks", "the defence ministers held separate talks": talks of the
    two)."""
    verb = clause_verb(tok)
    several = [c.lower_ for c in tok.children if c.dep_ == "amod"] if tok.tag_ in {"NNS", "NNPS"} else []
    # (but "X and Y met separately at a hotel", meeting no one named: apart from the others, the two of them)
    apart = any(c.lower_ == "separately" and c.i > verb.i for t in {tok, verb} for c in t.children
                if c.dep_ == "advmod")
    return ("bilateral" in several or "separate" in several) and partnered \
        or apart and (partnered or tok.lemma_.lower() != "meet") \
        or tok.pos_ == "VERB" and bool(timed_object(tok))  # "met Y in the morning and Z after lunch"


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


#: Verbs of going over matters, whose object tells what was gone over: "discussed X", "reviewed the agenda".
REVIEW_VERBS = TOPIC_VERBS | {"review", "address", "examine", "consider"}


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


#: Adverbs of a contact told as many: "have met repeatedly".
MANY_TIMES = {"twice", "repeatedly", "regularly", "often", "frequently"}


def many_times(tok: Token) -> bool:
    """A contact verb told as a count of contacts: "X and Y have met four times since 2022", "have spoken twice"."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in MANY_TIMES
                                               or c.dep_ == "npadvmod" and c.lower_ == "times" for c in tok.children)


def for_objects(tok: Token) -> list[Token]:
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]


def unnamed_guests(p: Token) -> bool:
    """"for leaders", "for guests": people no one named, nor referred back to ("for the two delegation heads")."""
    return p.tag_ in {"NNS", "NNPS"} and not p.ent_type_ and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.lower_ in {"both", "two"} for c in p.children)


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
        return None, None  # "X held a virtual meeting with Y (...). Also in attendance were Z and W": on the call
        # (but not "X called Y. Separately, X received Z at the palace. The meeting was attended by W")
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
    """A word telling of a meeting or a ceremony: "the summit", "the Regular Meeting" (a name's), "received",
    "gathered"."""
    return t.lower_ in MEET_NOUNS | CEREMONY_NOUNS and t.pos_ in {"NOUN", "PROPN"} \
        or t.lemma_.lower() in MEET_VERBS | GATHER_VERBS and t.pos_ == "VERB"


def own_places(sent: Span, refs: dict, types: dict) -> dict[str, str]:
    """The people of a sentence with a place of their own: "meet Serbian President X in Belgrade and Y in
    Budapest" gives X Belgrade ("in" hung on the name, or on the verb right after each name in turn)."""
    def place_of_prep(c: Token) -> str | None:
        if c.dep_ != "prep" or c.lower_ not in {"in", "at"}:
            return None
        return next((refs[p.i] for p in c.children if p.dep_ == "pobj" and p.i in refs
                     and types.get(refs[p.i]) in PLACE_TYPES), None)

    own = {refs[t.i]: place for t in sent if t.ent_type_ == PERSON and t.i in refs
           for c in [*t.children, *timed_place(t)] if (place := place_of_prep(c))}
    # "meeting President X in Kinshasa and President Y in Kigali" with both names and places hung on the verb
    for verb in (t for t in sent if t.pos_ == "VERB"):
        people = [c for c in verb.children if c.dep_ in {"dobj", "conj"} and c.ent_type_ == PERSON and c.i in refs]
        places = [(c.i, place) for c in verb.children if (place := place_of_prep(c))]
        if len(people) >= 2 and len(places) == len(people) and all(
                people[k].i < places[k][0] < (people[k + 1].i if k + 1 < len(people) else len(sent.doc))
                for k in range(len(people))):
            own.update({refs[person.i]: place for person, (_, place) in zip(people, places)})
    return own


def timed_place(person: Token) -> list[Token]:
    """The place phrases after a person parsed as a conjunct of a time, hung on the time: "(met Y) on October 9 and
    Z in Phnom Penh two days later"."""
    time = person.head
    return [c for c in time.children if c.i > person.i] if person.dep_ == "conj" and time.ent_type_ in {
        "DATE", "TIME"} else []


def home_cities(people: list[str], places: list[str], doc) -> dict[str, str]:
    """Each well-known politician (data/politicians.tsv) of ``people`` with the one city of ``places`` in their own
    country, when every one of them has one: "travel to Bamako, Ouagadougou and Niamey to meet Goïta, Traoré and
    Tiani" meets each at home; else none."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    cities = {p: found[1] for p in places if (found := gazetteer.city(names.get(p, "")))}
    homes = {}
    for person in people:
        code = known_politician(doc, person)
        at = [p for p, c in cities.items() if c == code]
        if code is None or len(at) != 1:
            return {}
        homes[person] = at[0]
    return homes


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
