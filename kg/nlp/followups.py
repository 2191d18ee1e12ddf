"""What a sentence about a meeting just told adds to it: where it took place, and who else was there.

News tells a meeting, then its setting: "X met Y on Wednesday. The meeting took place in Calgary."
places X and Y's meeting in Calgary (:func:`placed_after`, sentence by sentence, so that later rules see
the place); "The meeting at the Harbour Centre in Calgary also included Z", "The meeting was opened by Z",
"The talks, which were also attended by Z,", "It was attended by Z" (after the meeting's sentence), "The
Pakistani delegation included Z", "X was accompanied by Z" and, after a meeting with a delegation, "The
delegation was led by Z" put Z at that meeting too (:func:`joined_after`, once the
document's meetings are placed); "The X delegation was led by A and the Y one by B" (:func:`leaders_after`) and "The
X side was led by A, joined by B. Across the table sat C" (:func:`sides_after`) tell the two sides of the talks. The
sentence names the meeting with a definite noun ("the meeting",
"their talks") and no party of its own, so no contact rule reads it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from kg.dates import WEEKDAYS, other_weekday
from kg.model import CALL, COUNTRY, MEETING, OCCURRED, ORGANIZATION, PERSON, PLANNED, TALKS
from kg.nlp.body_references import body_anaphor, definite, earlier_body
from kg.nlp.contact_kinds import CALL_WORDS, remotely
from kg.nlp.events import JOINED, RawEvent
from kg.nlp.lines import words_where
from kg.nlp.meeting_cities import site, site_in_city
from kg.nlp.modality import date_of, event_day, is_negated, is_planned
from kg.nlp.paragraphs import window_start
from kg.nlp.places import LEAD_VERBS, place_of
from kg.nlp.post_holders import appos_person, titled_people
from kg.nlp.subjects import conjuncts
from kg.nlp.titles import envoy_before
from kg.nlp.trigger_words import DELEGATION_NOUNS, FORUM_NOUNS, MEET_NOUNS, PARTY_TYPES
from kg.nlp.triggers import agent_objects

__all__ = ["JOINED", "LEADERS", "joined_after", "leaders_after", "placed_after", "sides_after"]

#: The rule of the talks of the two sides' leaders a later sentence names.
LEADERS = "followup-leaders"

#: Nouns a later sentence names a meeting or talks by: "The meeting took place in Calgary".
FOLLOW_NOUNS = {"meeting", "talks", "encounter", "discussion", "discussions", "negotiations", "consultations", "session",
                "visit", "audience", "gathering", "ceremony", "call", "videoconference", "teleconference"}
#: Words that make the noun another meeting than the one told: "The next meeting will be in Oslo".
OTHER_WORDS = {"next", "previous", "last", "first", "second", "third", "another", "new", "earlier", "later", "future",
               "upcoming", "following", "final", "subsequent", "past", "prior", "follow-up", "such"}
#: Determiners of a meeting already told: "the meeting", "this meeting", "their talks".
TOLD_DETERMINERS = {"the", "this", "that", "their", "his", "her", "its"}
#: Verbs by which the meeting "includes" more people: "The meeting also included X", "was opened by X".
INCLUDE_VERBS = {"include", "involve", "attend", "join", "bring", "open", "chair", "co-chair", "host", "moderate"}
#: Verbs of hosting a meeting: "X hosted the summit in virtual format".
HOST_VERBS = {"host", "chair", "co-chair", "convene"}
#: Nouns a later sentence names a call by, that someone else joined: "Z also took part in the call".
CALL_FOLLOW_NOUNS = {"call", "videoconference", "teleconference"}
#: Verbs whose subject joins the meeting their object names: "X also attended the talks", "joined the meeting".
JOIN_OBJECT_VERBS = {"attend", "join", "host"}
#: Verbs whose subject joins the meeting "in" names: "X also took part in the meeting", "participated in the talks".
JOIN_IN_VERBS = {"participate", "take"}
#: Prepositions of where the meeting was: "The meeting at the Harbour Centre" names a venue, no party.
PLACE_PREPS = {"at", "in", "inside"}
#: How many sentences back the meeting may have been told.
WITHIN = 2
#: How many sentences back the meeting may have been told that someone was accompanied to: a readout tells the
#: talks held there before it lists the delegation.
COMPANIONS_WITHIN = 6


def placed_after(sent: Span, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """``events`` with the meeting or talks this sentence goes on about placed where it names: "The meeting
    took place in Calgary" (talks that took place somewhere were held in person); "The talks will be held at the
    Palace of Nations in Geneva": in Geneva, at that venue; a meeting placed already gets the building or site
    named: "(talks in Lumeria.) The meeting will take place at the airport"."""
    names = {e.key: e.name for e in sent.doc._.kg_entities or []}
    for tok in sent:
        if not _names_told_meeting(tok, refs, types) or is_negated(tok.head):
            continue
        index = _told(tok, events, types)
        told = events[index] if index is not None else None
        if told is None or told.place is not None and (told.venue is not None or told.kind != MEETING):
            continue
        place = place_of(tok, refs, types, list(told.participants)) or _joiner_place(tok, events, refs)
        if place is None or place == told.place:
            continue
        if told.place is None:
            placed = replace(told, kind=MEETING, place=place)
            placed = replace(placed, venue=site_in_city(replace(placed, sentence=sent), refs, types, names))
        elif site(place, names, types):
            placed = replace(told, venue=place)
        else:
            continue
        events = [*events[:index], placed, *events[index + 1:]]
    return events


def _joining_verb(tok: Token) -> Token | None:
    """The verb by which its subject joins the meeting tok names: "X also took part in the meeting", "X
    attended the talks", "X was also on the call"; None if tok is no such object."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in JOIN_OBJECT_VERBS:
        return tok.head
    share = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if share is not None and share.lower_ in {"part", "parts", "some", "much", "most"} and share.dep_ == "dobj" \
            and share.head.lemma_.lower() in JOIN_OBJECT_VERBS:
        return share.head  # "X joined part of the discussion"
    if share is not None and share.dep_ == "pobj" and share.head.lower_ == "for" \
            and share.head.head.lemma_.lower() == "join":
        return share.head.head  # "The two were joined for the second half of the talks by X and Y"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ == "be" \
            and tok.lower_ in CALL_FOLLOW_NOUNS:
        return tok.head.head  # "X and Y were also on the call"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if verb is not None and verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "took part in the call" with "in" hung on "part"
    if verb is not None and verb.lemma_.lower() in JOIN_IN_VERBS and (
            verb.lemma_.lower() != "take" or any(c.lower_ == "part" for c in verb.children)):
        return verb
    return None


def _joiner_place(tok: Token, events: list[RawEvent], refs: dict) -> str | None:
    """Where the meeting a subject joins took place, as the contact rules placed the joiner's own meeting:
    "LIMA - X held talks with Y. Z also took part in the meeting at the palace" (Lima, from the dateline)."""
    verb = _joining_verb(tok)
    subjects = {refs[t.i] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if t.i in refs} if verb else set()
    return next((ev.place for ev in events if ev.kind == MEETING and ev.place and ev.sentence.start == tok.sent.start
                 and set(ev.participants) <= subjects), None) if subjects else None


def joined_after(doc: Doc, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """``events`` and a meeting at the same place for each person a later sentence adds to a placed one: "The
    meeting also included Z", "The delegation was led by Z" (after a meeting with the delegation's country),
    "Ukraine was represented by Z" (after a meeting Ukraine took part in), "X was accompanied by Z" (after one X took
    part in). They join as events of their own:
    the pair told first stays the pair that talked."""
    joined = []
    replaced: set[int] = set()  # the verbs "X was accompanied by Y" whose meeting of X and Y is the one told
    for tok in _tokens_opening(doc, JOINING_WORDS, JOINING_LEMMAS):
        accompanied, pool = None, events
        if _names_told_meeting(tok, refs, types) and not is_negated(tok.head):
            if (verb := _joining_verb(tok)) is not None and (remotely(verb) or remotely(tok)):
                # "Z joined the talks by video", "took part in the discussions by video link": not there, but a call
                # with each of those who were
                people = _included(tok, refs, types)
                told = events[index] if people and (index := _told(tok, events, types)) is not None else None
                if told is not None and (len(told.participants) > 3 or tok.lower_ in FORUM_NOUNS):
                    told = None  # (not "X joined the summit by video": no talks with each of its leaders)
                joined += [RawEvent(kind=CALL, participants=(k, p), sentence=tok.sent, rule=JOINED, confidence=0.7,
                                    status=told.status, date_text=told.date_text, trigger=tok.text)
                           for k in people for p in told.participants if p != k] if told is not None else []
                continue
            people = _included(tok, refs, types)
            # the meeting just told, else one told further back: "(X received Y in Madrid. ...) On the Spanish side,
            # Z and W also took part in the meeting"
            index = next((i for within in (WITHIN, COMPANIONS_WITHIN) if (i := _told(tok, events, types, within=within))
                          is not None), None) if people and tok.lower_ not in CALL_FOLLOW_NOUNS else None
        elif (leader := _delegation_leader(tok, refs, types)) is not None:
            people, index = [leader], _told(tok, events, types, body=True)
        elif members := _delegation_members(tok, refs, types):
            people, index = members, _told(tok, events, types)
        elif (leader := _team_sent(tok, refs, types)) is not None:
            sender = next((refs[c.i] for c in tok.head.children if c.dep_ == "nsubj" and c.i in refs), None)
            people = [leader]  # "Russia sent a team headed by X": at the talks Russia took part in
            index = _told_with(tok, events, sender, within=COMPANIONS_WITHIN) if sender is not None else None
        elif people := _it_attended(tok, refs, types):  # "The meeting was hosted by X. It was attended by Y and Z"
            index = next((i for i in range(len(events) - 1, -1, -1) if events[i].kind == MEETING and events[i].place
                          and window_start(tok, 1) <= events[i].sentence.start < tok.sent.start
                          and events[i].rule != JOINED and names_a_meeting(events[i])), None)
            if index is None and (hosted := _virtual_host(tok, refs, types)) is not None:
                host, verb = hosted  # "X hosted the summit in virtual format. It was attended by Y and Z": a call
                joined.append(RawEvent(kind=CALL, participants=(host, *(k for k in people if k != host)),
                                       sentence=tok.sent, rule=JOINED, confidence=0.7,
                                       status=PLANNED if is_planned(verb) else OCCURRED,
                                       date_text=date_of(verb) or event_day(verb), trigger=tok.text))
                continue
        elif people := _confirmed(tok, refs, types):  # "X and Y have confirmed their participation": the summit's
            index = next((i for i in range(len(events) - 1, -1, -1) if events[i].kind == MEETING and events[i].place
                          and events[i].status == PLANNED and window_start(tok, 1) <= events[i].sentence.start
                          < tok.sent.start and names_a_meeting(events[i], MEET_NOUNS)), None)
        elif (accompanied := _companions(tok, refs, types)) is not None:
            host, people = accompanied  # "The President was accompanied by his wife, X, and by Minister Y" (X's
            # meeting may be one a sentence before added X to: "The talks brought together (...) a delegation headed
            # by X. X was accompanied by Y")
            pool = events + joined
            index = _told_with(tok, pool, host, within=COMPANIONS_WITHIN, joined=True)
        elif people := _took_part(tok, refs, types):  # "Z and W also took part, according to a statement"
            index = _told(tok, events, types)
        elif (represented := _representatives(tok, refs, types)) is not None:
            side, people = represented  # "Ukraine was represented by Z"; "The EPA was also represented by Z" after a
            # meeting with the head of the EPA
            index = next((i for within in (WITHIN, COMPANIONS_WITHIN) for k in [side, *_members(doc, side, refs)]
                          if (i := _told_with(tok, events, k, within=within)) is not None), None)
            if index is None:  # "The summit drew A, B and C. Venezuela was represented by Z": at the gathering told
                index = _gathering_told(tok, events, types)
        else:
            continue
        told = pool[index] if index is not None else None
        if told is None and people and tok.lower_ in CALL_FOLLOW_NOUNS:
            more = _joined_call(tok, events, people)  # "Y also took part in the call", "Y was also on the call"
            if more and tok.head.lower_ == "on":
                replaced.add(tok.i)  # the call told, not one of "X and Y" of their own
            joined += more
            continue
        if told is None or told.place is None:
            continue
        there = {k for ev in events if ev.kind == MEETING and ev.place == told.place for k in ev.participants
                 if ev.sentence.start in {told.sentence.start, tok.sent.start}
                 and not (accompanied and ev.sentence.start == tok.sent.start and ev.trigger == tok.text)}
        # ("was attended by Z": Z told there; not "X was accompanied by Z": the contact rules' meeting of X and Z)
        if not (people := [k for k in people if k not in there]):
            continue
        if accompanied is not None:
            replaced.add(tok.i)
        joined.append(RawEvent(kind=MEETING, participants=tuple(people), sentence=tok.sent, rule=JOINED, confidence=0.7,
                               status=told.status, date_text=told.date_text, place=told.place, venue=told.venue,
                               trigger=tok.text))
    # "The meeting (...) was hosted by X": X's place is the told meeting's, not one the contact rules read there
    added = {(ev.sentence.start, k) for ev in joined for k in ev.participants}
    events = [ev for ev in events if not (ev.kind == MEETING and ev.participants and all(
        (ev.sentence.start, k) in added for k in ev.participants)) and not any(
        ev.sentence.start <= i < ev.sentence.end and ev.trigger == doc[i].text for i in replaced)]
    return events + joined


def _tokens_opening(doc: Doc, words: set[str], lemmas: set[str]) -> Iterator[Token]:
    """The tokens whose lower case is one of ``words`` or whose lemma one of ``lemmas``, in order: the only ones a
    rule of this module opens with (found among the document's distinct words, not by a Token per word)."""
    found = words_where(doc, words.__contains__, attr=LOWER)
    if lemmas:
        found |= words_where(doc, lambda lemma: lemma.lower() in lemmas, attr=LEMMA)
    return (doc[i] for i in numpy.flatnonzero(found).tolist())


#: Nouns of one side at a negotiation, which a person leads: "The Thai panel was led by X".
SIDE_NOUNS = DELEGATION_NOUNS | {"side", "panel", "one"}
#: Verbs of leading a side, or of standing for it: "the opposition was represented by Y".
SIDE_LEAD_VERBS = LEAD_VERBS | {"represent"}


def leaders_after(doc: Doc, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """``events`` and the talks of the two sides' leaders a sentence names after talks it follows: "(A and B held
    talks in Istanbul.) The Russian delegation was led by X and the Ukrainian one by Y", "The Thai panel was led by
    X, while the BRN delegation was headed by Y": X and Y talked, where, when and as the talks told."""
    added = []
    for tok in _tokens_opening(doc, SIDE_NOUNS, set()):
        if not (pair := _side_leaders(tok, refs, types)):
            continue
        told = next((ev for ev in reversed(events) if ev.kind in {MEETING, TALKS} and len(ev.participants) >= 2
                     and window_start(tok, WITHIN) <= ev.sentence.start < tok.sent.start), None)
        if told is None or set(pair) <= set(told.participants):
            continue
        added.append(RawEvent(kind=told.kind, participants=pair, sentence=tok.sent, rule=LEADERS, confidence=0.6,
                              status=told.status, date_text=told.date_text, place=told.place, venue=told.venue,
                              trigger=tok.text))
    return events + added


def _side_leaders(tok: Token, refs: dict, types: dict) -> tuple[str, str] | None:
    """The leaders of two sides a sentence names at tok, the first side's noun: "The X delegation was led by A and
    the Y one by B" (the second side parsed as A's conjunct), "The X panel was led by A, while the Y delegation was
    headed by B" (the second clause hung on the first's verb); else None."""
    verb = tok.head
    if tok.lower_ not in SIDE_NOUNS or tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in SIDE_LEAD_VERBS:
        return None
    first = [p for p in agent_objects(verb) if types.get(refs.get(p.i)) == PERSON]
    if not first:
        return None
    # "and the Ukrainian one by B": a side's noun after A, with its own "by"
    seconds = [q for c in first[0].conjuncts if c.lower_ in SIDE_NOUNS for b in c.children if b.lower_ == "by"
               for q in b.children if q.dep_ == "pobj" and types.get(refs.get(q.i)) == PERSON]
    # ", while the BRN delegation was headed by B"
    seconds += [q for c in verb.children if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in SIDE_LEAD_VERBS
                and any(s.dep_ == "nsubjpass" and s.lower_ in SIDE_NOUNS | {"alliance", "opposition", "government"}
                        for s in c.children)
                for q in agent_objects(c) if types.get(refs.get(q.i)) == PERSON]
    if not seconds or refs[seconds[0].i] == refs[first[0].i]:
        return None
    return refs[first[0].i], refs[seconds[0].i]


#: Verbs of those with a side's leader: "The US side was led by X, joined by Y and Z", "accompanied by Y".
WITH_LEADER_VERBS = {"join", "accompany"}


def sides_after(doc: Doc, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """``events`` and the talks of two sides a report tells in sentences of their own after talks it follows: "(US
    and Chinese officials sat down in London.) The US side was led by A, joined by B and C. Across the table sat X,
    with Y": A, B, C, X and Y talked, where, when and as the talks told (two sides told within two sentences)."""
    openings = _tokens_opening(doc, SIDE_NOUNS | {"table"}, set())
    sides = [(tok.sent, members, _side_of(tok, refs, types)) for tok in openings
             if (members := _side_members(tok, refs, types))]
    if len(sides) < 2:
        return events
    order = {sent.start: k for k, sent in enumerate(doc.sents)}
    added = []
    for (first, one, a), (second, other, b) in zip(sides, sides[1:]):
        if not 0 < order[second.start] - order[first.start] <= WITHIN or set(one) & set(other):
            continue
        told = next((ev for ev in reversed(events) if ev.kind in {MEETING, TALKS} and len(ev.participants) >= 2
                     and window_start(first[0], WITHIN) <= ev.sentence.start < first.start), None)
        # (further back, the talks of the two countries whose delegations they are: "Russian and Ukrainian negotiators
        # met in Istanbul (...). The Russian delegation was headed by A. Ukraine's delegation was led by B")
        told = told or next((ev for ev in reversed(events) if ev.kind in {MEETING, TALKS} and a and b and a != b
                             and {a, b} <= set(ev.participants)
                             and window_start(first[0], COMPANIONS_WITHIN) <= ev.sentence.start < first.start), None)
        people = tuple(dict.fromkeys(one + other))
        if told is None or set(people) <= set(told.participants):
            continue
        added.append(RawEvent(kind=told.kind, participants=people, sentence=second, rule=LEADERS, confidence=0.6,
                              status=told.status, date_text=told.date_text, place=told.place, venue=told.venue,
                              trigger=second.root.text))
    return events + added


def _side_of(tok: Token, refs: dict, types: dict) -> str | None:
    """The country or body a side's noun is of: "The Russian delegation", "Ukraine's delegation"."""
    return next((refs[m.i] for m in tok.children if m.dep_ in {"compound", "amod", "nmod", "poss"}
                 and types.get(refs.get(m.i)) in {COUNTRY, ORGANIZATION}), None)


def _side_members(tok: Token, refs: dict, types: dict) -> list[str]:
    """The people of one side a sentence names at tok: "The US side was led by A, joined by B and C" (a side's noun,
    not one whose sentence names the other side too: see :func:`_side_leaders`), "Across the table sat X, with Y and
    the country's chief negotiator, Z"; none otherwise."""
    def people(tokens) -> list[str]:
        found = [q for p in tokens for q in [p, *conjuncts(p)]]
        return [refs[h.i] for q in found if (h := q if q.i in refs else appos_person(q, refs)) is not None
                and types.get(refs.get(h.i)) == PERSON]

    verb = tok.head
    if tok.lower_ in SIDE_NOUNS and tok.dep_ == "nsubjpass" and verb.lemma_.lower() in SIDE_LEAD_VERBS \
            and _side_leaders(tok, refs, types) is None:
        leaders = people(agent_objects(verb))
        if not leaders:
            return []
        # "..., joined by B and C": on the participle hung on the verb or on the leader
        joined = [c for c in [*verb.children, *(c for p in agent_objects(verb) for c in p.children)]
                  if c.dep_ in {"advcl", "acl"} and c.lemma_.lower() in WITH_LEADER_VERBS]
        return leaders + people(a for c in joined for a in agent_objects(c))
    if tok.lower_ == "table" and tok.head.lower_ == "across" and verb.head.lemma_.lower() == "sit":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return people(subjects) + people(p for s in subjects for c in s.children if c.dep_ == "prep"
                                         and c.lower_ == "with" for p in c.children if p.dep_ == "pobj")
    return []


def _representatives(tok: Token, refs: dict, types: dict) -> tuple[str, list[str]] | None:
    """The country or body and the people "Ukraine was represented by X, Foreign Minister Y and Z" (or "The agency
    was represented by X", a body named before) names."""
    if tok.lemma_.lower() != "represent" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    side = next((refs[c.i] for c in tok.children if c.dep_ == "nsubjpass" and types.get(refs.get(c.i)) in
                 {COUNTRY, ORGANIZATION}), None)
    side = side or next((key for c in tok.children if c.dep_ == "nsubjpass" and body_anaphor(c, refs) and definite(c)
                         and (key := earlier_body(c, refs, types))), None)  # "The agency was also represented by X"
    side = side or next((refs[m.i] for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ in SIDE_NOUNS
                         for m in c.children if m.dep_ in {"compound", "amod", "nmod"}
                         and types.get(refs.get(m.i)) in {COUNTRY, ORGANIZATION}), None)  # "The US side is represented
    # by X, Y and Z"
    # the names of the list, not those in a clause on one of them ("X, whom President Y has tasked with ...")
    clauses = {t.i for p in agent_objects(tok) for a in p.subtree if a.dep_ in {"relcl", "acl"} for t in a.subtree}
    people = [refs[t.i] for p in agent_objects(tok) for t in p.subtree if types.get(refs.get(t.i)) == PERSON
              and t.i not in clauses]
    return (side, list(dict.fromkeys(people))) if side and people else None


def names_a_meeting(ev: RawEvent, nouns: set[str] = FOLLOW_NOUNS) -> bool:
    """The event was told with a noun "it" can stand for (of ``nouns``): "the talks", or "hosted the one-day
    meeting"."""
    return ev.trigger.lower() in nouns or any(
        t.text == ev.trigger and any(c.dep_ == "dobj" and c.lower_ in nouns for c in t.children)
        for t in ev.sentence)


def _it_attended(tok: Token, refs: dict, types: dict) -> list[str]:
    """The people "It was attended by X, Y and Z" names, "it" standing for the meeting the sentence before told."""
    if tok.lower_ != "it" or tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in INCLUDE_VERBS:
        return []
    by = next((c.i for c in tok.head.children if c.dep_ == "agent"), None)
    # the people after "by", however the parser hangs them ("by President of A H.E. Mr. X and President of B ...")
    return [] if by is None else list(dict.fromkeys(refs[t.i] for t in tok.head.subtree
                                                    if t.i > by and types.get(refs.get(t.i)) == PERSON))


#: What one confirms to say they will come: "confirmed their participation".
ATTENDANCE_NOUNS = {"participation", "attendance", "presence"}
#: The words (lower case) and lemmas the rules of :func:`joined_after` open with: a meeting's noun, a delegation's,
#: "it" (attended), a confirmed attendance, "accompanied", "represented".
JOINING_WORDS = FOLLOW_NOUNS | DELEGATION_NOUNS | ATTENDANCE_NOUNS | {"it", "part"}
JOINING_LEMMAS = {"accompany", "represent", "participate"}


def _took_part(tok: Token, refs: dict, types: dict) -> list[str]:
    """The people who "also took part" or "participated" (tok: "part" or the verb) with nothing to take part in
    named: in the meeting just told ("X held talks with Y. Z and W also took part, according to a statement")."""
    verb = tok.head if tok.lower_ == "part" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take" else tok
    if verb.lemma_.lower() not in {"take", "participate"} or is_negated(verb) or remotely(verb) or any(
            c.dep_ in {"prep", "dative"} and c.lower_ in {"in", "at", "on"} for h in {tok, verb} for c in h.children):
        return []
    return list(dict.fromkeys(refs[t.i] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                              if types.get(refs.get(t.i)) == PERSON and not _in_clause(t, c)))


def _confirmed(tok: Token, refs: dict, types: dict) -> list[str]:
    """The people who "have confirmed their participation" (the object tok) in the meeting just told."""
    verb = tok.head
    if tok.lower_ not in ATTENDANCE_NOUNS or tok.dep_ != "dobj" or verb.lemma_.lower() != "confirm" or is_negated(verb):
        return []
    return list(dict.fromkeys(refs[t.i] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                              if types.get(refs.get(t.i)) == PERSON))


def _virtual_host(tok: Token, refs: dict, types: dict) -> tuple[str, Token] | None:
    """The person who, in the sentence before, hosted or chaired a meeting held by video, and the verb: "X hosted
    the first summit today in virtual format" (whom "It was attended by Y" adds to the call)."""
    start = window_start(tok, 1)
    for verb in tok.doc[start : tok.sent.start]:
        if verb.lemma_.lower() in HOST_VERBS and any(c.dep_ == "dobj" and c.lower_ in MEET_NOUNS | FOLLOW_NOUNS
                                                     for c in verb.children) \
                and any(w.lower_ in CALL_WORDS for w in verb.subtree):
            host = next((refs[c.i] for c in verb.children if c.dep_ == "nsubj" and types.get(refs.get(c.i)) == PERSON),
                        None)
            if host is not None:
                return host, verb
    return None


def _companions(tok: Token, refs: dict, types: dict) -> tuple[str, list[str]] | None:
    """The person and the people "The President was accompanied by his wife, X, and by Minister Y" names: those
    named after "by" (however the parser hangs the second "by")."""
    if tok.lemma_.lower() != "accompany" or tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if any(c.dep_ == "advcl" for c in tok.subtree) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "to", "into", "through", "across"} and not envoy_before(c)
            for c in tok.children):
        return None  # "X was accompanied by Y as he drove through the crossing", "on his trip": a journey, no meeting
        # (but "by the Ambassador of Y to Z" parsed with "to" on the verb: the envoy's post)
    host = next((refs[c.i] for c in tok.children if c.dep_ == "nsubjpass" and types.get(refs.get(c.i)) == PERSON), None)
    if host is None and tok.dep_ == "relcl" and types.get(refs.get(tok.head.i)) == PERSON \
            and any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in tok.children):
        host = refs[tok.head.i]  # "X, who was accompanied by Y, briefed the President on ..."
    by = next((c.i for c in tok.children if c.dep_ == "agent"), None)
    if host is None or by is None:
        return None
    people = [refs[t.i] for t in tok.subtree if t.i > by and types.get(refs.get(t.i)) == PERSON and refs[t.i] != host
              and not _said_elsewhere(t, tok)]
    return (host, list(dict.fromkeys(people))) if people else None


def _said_elsewhere(t: Token, verb: Token) -> bool:
    """Between t and the verb above it stands another verb or "according to": "(accompanied by Y,) according to a
    decree published by Z" names no companion Z."""
    return any(a.lower_ == "according" or a.pos_ in {"VERB", "AUX"} for a in t.ancestors if a.i != verb.i
               and verb in a.ancestors)


def _members(doc: Doc, body: str, refs: dict) -> list[str]:
    """The people a title before or after their name makes officials of ``body``: "the head of the EPA, X"."""
    return list(dict.fromkeys(person for person, block in titled_people(doc, refs) if any(
        refs.get(p.start if isinstance(p, Span) else p.i) == body for p in block.parties)))


def _told_with(tok: Token, events: list[RawEvent], party: str, within: int = WITHIN, joined: bool = False) -> int | None:
    """The index of the latest placed meeting ``party`` took part in, told in the ``within`` sentences just before
    tok's (or earlier in its own), but not one read from tok itself ("X was accompanied by Y": X's meeting before);
    with ``joined``, one a later sentence added ``party`` to may be it."""
    start = window_start(tok, within)
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].kind == MEETING and events[i].place
                 and party in events[i].participants and start <= events[i].sentence.start <= tok.i
                 and (joined or events[i].rule != JOINED) and not (events[i].sentence.start == tok.sent.start
                                                       and events[i].trigger == tok.text)), None)


def _gathering_told(tok: Token, events: list[RawEvent], types: dict, within: int = WITHIN) -> int | None:
    """The index of the latest placed gathering told in the ``within`` sentences before tok's: a meeting of three or
    more, of a body, or one a forum's noun names ("The summit drew A, B and C", "Leaders of the group met in
    Dhaka")."""
    start = window_start(tok, within)
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].kind == MEETING and events[i].place
                 and start <= events[i].sentence.start < tok.sent.start and events[i].rule != JOINED
                 and (len(events[i].participants) > 2 or events[i].trigger.lower() in FORUM_NOUNS
                      or any(types.get(k) == ORGANIZATION for k in events[i].participants))), None)


def _delegation_leader(tok: Token, refs: dict, types: dict) -> str | None:
    """The person "The delegation was led by X" names."""
    if tok.lower_ != "delegation" or tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in LEAD_VERBS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in tok.children):
        return None
    return next((refs[p.i] for p in agent_objects(tok.head) if types.get(refs.get(p.i)) == PERSON), None)


def _delegation_members(tok: Token, refs: dict, types: dict) -> list[str]:
    """The people "The Pakistani delegation included X, Y and Z" names (or "It also includes X, Y and Z" after "The
    Ukrainian delegation is led by W")."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in {"include", "comprise"}:
        return []
    if tok.lower_ == "it" and _delegation_subject_before(tok):  # (the names listed after the verb, however parsed)
        clauses = {t.i for c in tok.head.subtree if c.dep_ in {"relcl", "ccomp"} and c.i > tok.head.i
                   for t in c.subtree}
        return list(dict.fromkeys(refs[t.i] for t in tok.doc[tok.head.i + 1 : tok.sent.end] if t.i not in clauses
                                  and types.get(refs.get(t.i)) == PERSON))
    if tok.lower_ not in DELEGATION_NOUNS or not any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS
                                                     for c in tok.children):
        return []
    return _included(tok, refs, types, verbs={"include", "comprise"})


def _delegation_subject_before(tok: Token) -> bool:
    """The sentence before tok's has a delegation with its determiner for its subject: "The Ukrainian delegation is led
    by X. It also includes ..."."""
    if tok.sent.start == 0:
        return False
    before = tok.doc[tok.sent.start - 1].sent
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in DELEGATION_NOUNS and t.head == before.root
               and any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in t.children) for t in before)


def _team_sent(tok: Token, refs: dict, types: dict) -> str | None:
    """The leader "Russia sent a team of military officials headed by X" names, after talks Russia took part in."""
    if tok.lower_ not in DELEGATION_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "send":
        return None
    leads = [c for t in (tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children))
             for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS]
    return next((refs[p.i] for c in leads for p in agent_objects(c) if types.get(refs.get(p.i)) == PERSON), None)


def _names_told_meeting(tok: Token, refs: dict, types: dict) -> bool:
    """Whether tok is a meeting noun, subject of its clause, that names a meeting told before: definite, not
    "the next meeting", and with no party of its own ("The meeting with X" is a contact of its own; "the
    meeting at the Harbour Centre" names where, "The talks, which were attended by X," who else was there)."""
    if tok.lower_ not in FOLLOW_NOUNS or tok.pos_ != "NOUN" or (
            tok.dep_ not in {"nsubj", "nsubjpass"} and _joining_verb(tok) is None):
        return False
    if not any(c.dep_ in {"det", "poss"} and (c.lower_ in TOLD_DETERMINERS or c.dep_ == "poss" and told_day(c))
               for c in tok.children):
        return False
    if any(c.lower_ in OTHER_WORDS and c.dep_ != "appos" for c in tok.children):
        return False  # (but "The meeting, the second between the two,": the one told)
    where = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS for t in c.subtree}
    added = {t.i for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in INCLUDE_VERBS for t in c.subtree}
    # "The meeting, the second between the two since X's election,": what it was, told of the one told
    told = {t.i for c in tok.children if c.dep_ == "appos" and any(o.lower_ in OTHER_WORDS for o in c.subtree)
            for t in c.subtree}
    # "the call, which focused on the negotiations on Ukraine": what it was about, no party of its own
    about = {t.i for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() not in INCLUDE_VERBS
             for t in c.subtree}
    return not any(types.get(refs.get(t.i)) in PARTY_TYPES for t in tok.subtree
                   if t.i not in where | added | told | about)


def told_day(tok: Token) -> bool:
    """A day's possessive naming a meeting told: "Tuesday's meeting", "yesterday's talks"."""
    return tok.lower_ in WEEKDAYS or tok.lower_ in {"today", "yesterday"}


def _told(tok: Token, events: list[RawEvent], types: dict, body: bool = False, within: int = WITHIN) -> int | None:
    """The index of the latest meeting or talks of two or more told in the ``within`` sentences just before tok's
    (or earlier in its own), of the same status as tok's; with ``body``, the latest with a country or
    organisation among its parties (whose delegation tok is), which may be the only party named ("talks between
    Sudan's government and a coalition of groups")."""
    start = window_start(tok, within)
    planned = is_planned(tok.head)
    day = next((c.text for c in tok.children if c.dep_ == "poss" and c.lower_ in WEEKDAYS), None)
    for i in range(len(events) - 1, -1, -1):
        ev = events[i]
        if ev.sentence.start < start:
            return None
        if day is not None and other_weekday(ev.date_text, day):
            continue  # "Tuesday's meeting": not the one of Monday told after it
        if ev.sentence.start > tok.i or ev.kind not in {MEETING, TALKS} or len(ev.participants) < 2 - body \
                or ev.rule == JOINED or ev.sentence.start == tok.sent.start and ev.trigger == tok.text and not ev.place:
            continue  # (not the one the contact rules read from tok itself, unplaced: "Z and W also took part in the
            # meeting"; but "Z and W attended the June 6 meeting at the Carlton Hotel" tells its own)
        if not planned and ev.status == PLANNED:
            continue  # "(they agreed to hold the next meeting in Z.) W also took part in the meeting": the one held
        if ev.kind == TALKS and any(o.kind == MEETING and o.sentence.start == ev.sentence.start
                                    and set(ev.participants) <= set(o.participants) for o in events):
            continue  # "A's delegation held talks with B's in Istanbul": the talks across the table of a meeting told
        if body and not any(types.get(k) in {COUNTRY, ORGANIZATION} for k in ev.participants):
            continue
        # of the meetings its sentence tells, the main clause's ("X met Y in Beijing on Wednesday, in their second
        # meeting since their 2015 summit in Singapore": Beijing)
        same = [k for k in range(i + 1) if events[k].sentence.start == ev.sentence.start and events[k].place
                and events[k].kind == MEETING and events[k].rule != JOINED and events[k].status == ev.status]
        i = min(same, key=lambda k: (_depth(events[k]), -k), default=i)
        return None if planned and events[i].status != PLANNED else i
    return None


def _joined_call(tok: Token, events: list[RawEvent], people: list[str]) -> list[RawEvent]:
    """"British Prime Minister Z also took part in the call": Z in the call(s) told in the sentence just before (or
    earlier in its own), with everyone in them."""
    start = window_start(tok, 1)
    calls = [ev for ev in events if ev.kind == CALL and start <= ev.sentence.start <= tok.i and ev.rule != JOINED
             and not (ev.sentence.start == tok.sent.start and ev.trigger == tok.text)]  # (not tok's own)
    if not calls:
        return []
    last = [ev for ev in calls if ev.sentence.start == calls[-1].sentence.start]
    others = [k for k in dict.fromkeys(k for ev in last for k in ev.participants) if k not in people]
    told = last[-1]
    return [RawEvent(kind=CALL, participants=(*people, *others), sentence=tok.sent, rule=JOINED, confidence=0.7,
                     status=told.status, date_text=told.date_text, trigger=tok.text)] if others else []


def _depth(ev: RawEvent) -> int:
    """How far below its sentence's root the word an event was read from stands."""
    tok = next((t for t in ev.sentence if t.text == ev.trigger), ev.sentence.root)
    return sum(1 for _ in tok.ancestors)


def _included(tok: Token, refs: dict, types: dict, verbs: set[str] = INCLUDE_VERBS) -> list[str]:
    """The people the meeting's verb adds: "also included X and Y", "was attended by X", its relative clause's
    ("The talks, which were also attended by X, lasted four hours"), and who joined or hosted it ("X, who hosted
    the gathering,")."""
    objects = []
    if tok.head.lemma_.lower() in verbs:
        verb = tok.head
        objects = [c for c in verb.children if c.dep_ == "dobj"] if tok.dep_ == "nsubj" else agent_objects(verb)
    if tok.head.lemma_.lower() in verbs or tok.dep_ in {"nsubj", "nsubjpass"}:
        # "was hosted by X and was also attended by Y", "will take place at Z and will be attended by Y": the
        # coordinated verb's too
        objects += [o for c in tok.head.children if c.dep_ == "conj" and c.lemma_.lower() in verbs
                    and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
                    for o in (agent_objects(c) if any(a.dep_ == "auxpass" for a in c.children)
                              else [d for d in c.children if d.dep_ == "dobj"])]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in JOIN_OBJECT_VERBS:  # "X, who hosted the gathering,": X
        verb = tok.head
        objects += [verb.head if verb.dep_ == "relcl" and c.lower_ in {"who", "that"} else c
                    for c in verb.children if c.dep_ == "nsubj"]
    joining = _joining_verb(tok)
    if joining is not None and any(c.dep_ == "auxpass" for c in joining.children):
        # "The two were joined for part of the talks by X and Y": X and Y (however the parser hangs the "by", and the
        # names after "by their ministers, ")
        by = [c for c in joining.subtree if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
        objects += [p for c in by for p in c.children if p.dep_ == "pobj"]
        objects += [t for t in joining.subtree if by and t.i > by[0].i and t.ent_type_ == PERSON
                    and t.dep_ not in {"compound", "flat", "poss"} and t not in objects]
    if tok.dep_ == "pobj" and joining is not None and any(c.dep_ == "nsubj" for c in joining.children):
        # "A, B, C and D also participated in the discussion": its subjects, however the parser cut a list of posts
        # and names (all the words before the verb when none is a verb)
        before = tok.doc[tok.sent.start : joining.i]
        objects += [c for c in joining.children if c.dep_ == "nsubj"]
        objects += list(before) if not any(t.pos_ in {"VERB", "AUX"} for t in before) else []
    # "The audience took place at the palace in the presence of X and Y": those before whom it was held
    objects += [o for h in {tok, tok.head} for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" and p.lower_ == "presence"
                for f in p.children if f.dep_ == "prep" and f.lower_ == "of" for o in f.children if o.dep_ == "pobj"]
    for clause in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs):
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        objects += agent_objects(clause) if passive else [c for c in clause.children if c.dep_ == "dobj"]
    people = [t for o in objects for t in o.subtree if t.i in refs and types.get(refs[t.i]) == PERSON
              and not _possessor(t, tok.sent.root) and not _in_clause(t, o)]  # (not "Z, President Y's adviser,": Y;
    # nor "X, who will meet Y tomorrow": Y)
    return list(dict.fromkeys(refs[t.i] for t in people))  # "X, Minister for Y Z and Chief Minister W"


def _in_clause(t: Token, top: Token) -> bool:
    """Whether t stands in a clause of its own below ``top``: "Y" of "X, who will meet Y tomorrow" (also parsed
    with Y a conjunct of X, no "and" before it)."""
    while t != top and t.head != t:
        if t.dep_ in {"relcl", "acl", "advcl"} and t.pos_ in {"VERB", "AUX"}:
            return True
        if t.dep_ == "conj" and any(c.dep_ == "relcl" and t.head.i < c.i < t.i for c in t.head.children) \
                and not any(c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children):
            return True
        t = t.head
    return False


def _possessor(t: Token, top: Token) -> bool:
    """Whether t names whose something is, on its way up to ``top``: "Y" of "Z, President Y's adviser"."""
    while t != top and t.head != t:
        if t.dep_ == "poss":
            return True
        t = t.head
    return False
