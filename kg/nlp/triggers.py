"""Contact triggers and the clause around one, for :mod:`kg.nlp.contacts` (who takes part) and
:mod:`kg.nlp.places` (where).

- which token fires which rule: ``trigger_rule`` on the words of :mod:`kg.nlp.trigger_words` (verbs
  "speak/talk/call/meet/host...", nouns "talks/call/meeting/summit..." governed by "hold/have", meals, handshakes,
  mediation), or None (not "calls for calm", not the press as the other side);
- the clause: the verb a trigger noun belongs to (``clause_verb``), its "with", "between/among" and passive "by"
  objects, go-betweens, signers, guests and inviters. Its subjects and the conjuncts of a name:
  :mod:`kg.nlp.subjects`.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span, Token

from kg.dates import WEEKDAYS
from kg.model import COUNTRY, ORGANIZATION, PERSON
from kg.nlp import gazetteer
from kg.nlp.lines import words_where
from kg.nlp.subjects import accepted_invitation, among_the, conjuncts, reporting_speaker
from kg.nlp.titles import singular_title
from kg.nlp.trigger_words import (
    AGREEMENT_NOUNS,
    ATTEND_VERBS,
    AUDIENCE_NOUNS,
    CALL_KINDS,
    CALL_NOUNS,
    CALL_PURPOSES,
    CALL_VERBS,
    CALL_WORDS,
    CEREMONY_NOUNS,
    CONTACT_NOUNS,
    COUNTERPART_VERBS,
    DELEGATION_NOUNS,
    EXCHANGE_OBJECTS,
    FORUM_HEADS,
    FORUM_NOUNS,
    GATHER_VERBS,
    GRANT_VERBS,
    GROUP_NOUNS,
    GUEST_NOUNS,
    JOINT_TEXTS,
    JOIN_VERBS,
    MEAL_NOUNS,
    MEANS_PREPS,
    MEDIATE_NOUNS,
    MEDIATE_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    MET_DEMANDS,
    RECEIVED_THINGS,
    NOUN_TRIGGERS,
    PARTY_TYPES,
    PLACE_TYPES,
    PRESS_NOUNS,
    PRESS_TITLES,
    PURPOSE_MEET_VERBS,
    RAISED_OBJECTS,
    REMOTE_ADVERBS,
    SPENT_TIMES,
    TALK_NOUNS,
    TALK_VERBS,
    TOGETHER_VERBS,
    TRANSPORT_NOUNS,
    TRAVEL_VERBS,
    VERB_TRIGGERS,
    WORK_VERBS,
)


def visiting_adjective(tok) -> bool:
    """"talks between X and visiting President Y": "visiting" describes Y (the parser took it for a verb joined to
    the preposition by "and"), no visit of Y."""
    doc = tok.doc
    if tok.lower_ == "visiting" and tok.dep_ == "pcomp" and tok.head.lower_ in {"with", "between"}:
        return any(d.dep_ == "dobj" and d.ent_type_ in PARTY_TYPES for d in tok.children)  # "talks with visiting X"
    return tok.lower_ == "visiting" and tok.i >= 2 and doc[tok.i - 1].lower_ == "and" and doc[tok.i - 2].ent_type_ \
        in PARTY_TYPES and tok.dep_ == "conj" and tok.head.pos_ == "ADP"


def trigger_rule(tok: Token) -> str | None:
    """The rule a token triggers, or None if it is no contact trigger."""
    rule = _word_rule(tok)
    if rule and _press_audience(tok):
        return None  # "spoke to reporters", "met journalists in Rome": a statement to the press
    return rule


_CANDIDATES = "kg_trigger_candidates"  # Doc.user_data key: the candidates' indices, in order


def retag_nouns(doc) -> None:
    """Contact words the tagger took for verbs where only a noun can stand, as the object of a preposition
    ("agree pause after morning call" in a headline), are nouns; those it took for plural nouns with a direct
    object of their own ("X hosts Y") are verbs; "due to host X", parsed with "to" a preposition and "host" a
    modifier of X's name, is the verb with its object; and so is "X-Y hosted Commander Z", parsed with "hosted" a
    modifier of Z's title (its subject back too when the parser made one noun phrase of the sentence); and so is
    "X will on Monday host President Y", parsed with "host" a modifier of Y's name."""
    # (only contact words can be any of these: a trigger's lemma or word, or a past form of one tagged otherwise)
    mask = words_where(doc, lambda lemma: lemma.lower() in VERB_TRIGGERS, attr=LEMMA)
    nouns = NOUN_TRIGGERS | NOUN_LIKE_VERBS | {"calls"}
    mask |= words_where(doc, lambda word: word in nouns or word.endswith("ed") and (
        word[:-2] in VERB_TRIGGERS or word[:-1] in VERB_TRIGGERS), attr=LOWER)
    for tok in (doc[i] for i in numpy.flatnonzero(mask).tolist()):
        if infinitive_read_as_noun(tok):
            to = doc[tok.i - 1]
            name = next(c for c in to.children if c.dep_ == "pobj")
            tok.head, tok.dep_, tok.pos_, tok.tag_ = to.head, "xcomp", "VERB", "VB"
            to.head, to.dep_, to.pos_, to.tag_ = tok, "aux", "PART", "TO"
            name.head, name.dep_ = tok, "dobj"
            continue
        if (name := modal_verb_read_as_noun(tok)) is not None:
            modal, on, day = doc[tok.i - 3], doc[tok.i - 2], doc[tok.i - 1]
            top = on if modal.head == on else modal  # (the word of the two the clause hangs by)
            for c in [c for c in [*modal.children, *on.children] if c not in {on, modal, tok, day, name}]:
                c.head = tok  # (its subject, its full stop, a place "at" hung on "on")
            tok.head, tok.dep_, tok.pos_, tok.tag_ = (tok if top.head == top else top.head), top.dep_, "VERB", "VB"
            modal.head, modal.dep_ = tok, "aux"
            on.head, day.head, day.dep_ = tok, on, "pobj"
            name.head, name.dep_ = tok, "dobj"
            continue
        if (name := verb_read_as_modifier(tok)) is not None:
            subject = stranded_subject(tok)  # "Trade Minister X-Y hosted Z" parsed as one noun phrase: its subject
            head = tok if name.head == name or subject is not None and subject.head == subject else name.head
            lemma = past_verb(tok) or present_verb(tok)
            tok.head, tok.dep_, tok.pos_ = head, "ROOT" if head == tok else name.dep_, "VERB"
            tok.lemma_, tok.tag_ = lemma, {"JJ": "VBD", "NNS": "VBZ"}.get(tok.tag_, tok.tag_)
            name.head, name.dep_ = tok, "dobj"
            if subject is not None:
                subject.head, subject.dep_ = tok, "nsubj"
            continue
        if tok.dep_ == "pobj" and tok.pos_ == "VERB" and tok.lower_ in NOUN_TRIGGERS and tok.tag_ != "VBG":
            tok.pos_ = "NOUN"
        elif tok.lower_ == "calls" and tok.dep_ == "dobj" and tok.pos_ == "VERB":
            tok.pos_, tok.tag_ = "NOUN", "NNS"  # "held farewell calls with X": the object of "held" is a noun
        elif tok.tag_ == "NNS" and tok.lemma_.lower() in VERB_TRIGGERS and tok.lower_ not in NOUN_TRIGGERS \
                and any(c.dep_ == "dobj" for c in tok.children):
            tok.pos_, tok.tag_ = "VERB", "VBZ"  # "KYIV — Prime Minister X hosts Y (0800)": a verb with its object
        if tok.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            for c in tok.children:  # "- X hosts Y for talks" with the name before the verb parsed its modifier
                if c.dep_ == "compound" and c.i < tok.i and c.ent_type_ == PERSON:
                    c.dep_ = "nsubj"


def verb_read_as_modifier(tok: Token) -> Token | None:
    """The name a verb was parsed as modifying while it has a subject of its own: "Prime Minister X-Y hosted
    Commander Z" read as "hosted" an adjective of "Commander Z" (the name, to make the verb's object); "- X hosts Y
    for talks" read as one name, "hosts" a plural noun in it."""
    if not (tok.dep_ == "amod" and past_verb(tok) or tok.dep_ == "compound" and present_verb(tok)) \
            or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and stranded_subject(tok) is None:
        return None
    name = tok.head
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name if name.ent_type_ == PERSON and name.i > tok.i else None


def past_verb(tok: Token) -> str | None:
    """The lemma of a trigger verb in the past tense, however tagged ("hosted" tagged an adjective)."""
    if tok.tag_ in {"VBD", "VBN"}:
        return tok.lemma_.lower() if tok.lemma_.lower() in VERB_TRIGGERS else None
    low = tok.lower_
    return next((b for b in (low[:-2], low[:-1]) if b in VERB_TRIGGERS), None) if tok.tag_ == "JJ" \
        and low.endswith("ed") else None


def present_verb(tok: Token) -> str | None:
    """The lemma of a trigger verb of the third person tagged a plural noun ("hosts", "receives"), but not a word that
    is a noun of ours too ("talks", "visits")."""
    low = tok.lower_
    if tok.tag_ != "NNS" or not low.endswith("s") or low in NOUN_TRIGGERS | {"visits"}:
        return None
    return low[:-1] if low[:-1] in VERB_TRIGGERS else None


def stranded_subject(tok: Token) -> Token | None:
    """A person's title and name right before a verb parsed as a modifier, with no subject of its own: "Trade
    Minister X-Y" of "Trade Minister X-Y hosted Z" (the phrase's head, whatever it was hung on)."""
    if tok.i == 0 or any(c.dep_ == "nsubj" for c in tok.children) or tok.doc[tok.i - 1].ent_type_ != PERSON:
        return None
    top = tok.doc[tok.i - 1]
    while top.head != top and top.head.i < tok.i:
        top = top.head
    left = max([top.i, *(c.right_edge.i for c in top.children if c.i < tok.i)])  # (the object may hang on it too)
    return top if left == tok.i - 1 and top.pos_ in {"NOUN", "PROPN"} and top.sent == tok.sent else None


#: Verbs of receiving or visiting whose base form is also a noun: "due to host X" may be read as "due to (host X)".
NOUN_LIKE_VERBS = {"host", "visit"}


def infinitive_read_as_noun(tok: Token) -> bool:
    """"is due to host Foreign Minister X" parsed with "to" a preposition and "host" a modifier of the name."""
    doc = tok.doc
    if tok.lower_ not in NOUN_LIKE_VERBS or tok.dep_ != "compound" or tok.i < 1 or doc[tok.i - 1].lower_ != "to" \
            or doc[tok.i - 1].dep_ != "prep":
        return False
    name = next((c for c in doc[tok.i - 1].children if c.dep_ == "pobj"), None)
    return name is not None and name.ent_type_ == PERSON and tok in name.subtree


def modal_verb_read_as_noun(tok: Token) -> Token | None:
    """The object of "X will on Monday host President Y" parsed with "on" a preposition of "will" and "host" a modifier
    of Y's name (the object of "on"), or the object of "on" with the name its apposition ("will on Monday host Ghana's
    President Y"); None if tok is no such verb."""
    doc = tok.doc
    if tok.lower_ not in NOUN_LIKE_VERBS or tok.i < 3 or doc[tok.i - 1].lower_ not in WEEKDAYS \
            or doc[tok.i - 2].lower_ != "on" or doc[tok.i - 3].tag_ != "MD" \
            or doc[tok.i - 3] not in {doc[tok.i - 2].head, *doc[tok.i - 2].children}:
        return None  # (the modal above "on", or hung on it)
    on = doc[tok.i - 2]
    if tok.dep_ == "compound":
        name = next((c for c in on.children if c.dep_ == "pobj" and tok in c.subtree), None)
    elif tok.dep_ == "pobj" and tok.head == on:
        name = next((c for c in tok.children if c.dep_ == "appos"), None)
    else:
        name = None
    return name if name is not None and any(t.ent_type_ for t in name.subtree) else None


def named_summit(tok: Token) -> bool:
    """The head word of a summit's name tagged as a body: "at the 45th Ordinary Summit of Heads of State" is a
    meeting (not "Summit County")."""
    if tok.lower_ != "summit" or tok.ent_type_ != ORGANIZATION:
        return False
    return any(e.start <= tok.i < e.end and e.root == tok for e in tok.sent.ents)


def trigger_candidates(sent: Span) -> Iterator[Token]:
    """The tokens of a sentence whose lemma is in VERB_TRIGGERS or whose word is in
    NOUN_TRIGGERS (no other can trigger), found once per document in its arrays of lemma and
    word ids rather than by a Python Token per word."""
    doc = sent.doc
    if _CANDIDATES not in doc.user_data:
        mask = words_where(doc, lambda lemma: lemma.lower() in VERB_TRIGGERS, attr=LEMMA)
        mask |= words_where(doc, lambda word: word in NOUN_TRIGGERS, attr=LOWER)
        doc.user_data[_CANDIDATES] = numpy.flatnonzero(mask).tolist()
    found = doc.user_data[_CANDIDATES]
    return (doc[i] for i in found[bisect.bisect_left(found, sent.start) : bisect.bisect_left(found, sent.end)])


def journey_verbs(verb: Token) -> list[Token]:
    """The verbs of a journey a verb tells, itself or through its complement: "flew to Cairo", "is due to travel to
    Cairo" (of "is": "travel")."""
    near = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "acomp"})]
    return [v for v in (*near, *(c for v in near[1:] for c in v.children if c.dep_ == "xcomp"))
            if v.lemma_.lower() in TRAVEL_VERBS]


def _word_rule(tok: Token) -> str | None:
    """The rule a token's word and its dependents trigger, whoever the other side is."""
    lemma = tok.lemma_.lower()
    if lemma not in VERB_TRIGGERS and tok.lower_ not in NOUN_TRIGGERS:
        return None
    if tok.lower_ == "present" and tok.pos_ == "ADJ" and (among_the(tok.head) or present_people(tok)) \
            or in_attendance(tok) or guests(tok):
        return "verb-attend"  # "Among the leaders present were X and Y", "X and Y were present", "In attendance were
        # X; Y and Z", "Among the guests were X and Y": at the meeting told
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound"}:  # not "the negotiating table"
        if lemma in TALK_VERBS and not purpose_of_meeting(tok):
            return "verb-talk"
        if lemma in {"attend", "host", "chair"} and any(c.dep_ == "dobj" and told_forum(c) for c in tok.children):
            return "verb-attend"  # "X will host the summit", "Y will attend the summit": the one told before
        if lemma == "exchange" and any(c.dep_ == "dobj" and c.lower_ in EXCHANGE_OBJECTS for c in tok.children):
            return "verb-talk"  # "exchanged views with X"
        raised = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in RAISED_OBJECTS]
        if lemma == "raise" and raised and (with_objects(tok) or any(with_objects(c) for c in raised)):
            return "verb-talk"  # "raised the issue with X"; not "raised concerns" alone, nor "raised taxes"
        if lemma in COUNTERPART_VERBS and any(c.dep_ in {"dobj", "dative"} and c.lemma_.lower() == "counterpart"
                                               for c in tok.children):
            return "verb-talk"  # "told his Turkish counterpart that ...": an official addressing their peer
        if lemma in COUNTERPART_VERBS and any(c.dep_ in {"dobj", "dative"} and c.ent_type_ == PERSON
                                               for c in tok.children) and remotely(tok):
            return "verb-talk"  # "X later briefed Y by phone": a call
        if lemma == "pick" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
                c.dep_ == "dobj" and c.lower_ in {"phone", "telephone"} for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            return "verb-call"  # "picked up the phone to X"
        if lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children):
            return "verb-meet"  # "shook hands with X in Paris": only in person
        if lemma == "pray" and with_objects(tok):
            return "verb-meet"  # "prayed with X at the cathedral": together, in person
        if lemma == "spend" and any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in SPENT_TIMES
                                    for c in tok.children) \
                and any(p.ent_type_ == PERSON or p.lemma_.lower() in DELEGATION_NOUNS for p in with_objects(tok)):
            return "verb-meet"  # "spent three hours with X at the centre", "with a delegation led by X": together
        if lemma == "present" and any(c.dep_ == "dobj" and c.lemma_.lower() in CREDENTIAL_NOUNS for c in tok.children) \
                and credentials_to(tok):
            return "verb-meet"  # "presented his letters of credence to President X": an audience, in person
        if lemma in {"give", "accord"} and welcomers(tok):
            return "verb-meet"  # "X was given a ceremonial welcome by Y": received in person
        if lemma == "call" and called_on(tok):
            return "verb-meet"  # "X called on the vice president": a courtesy visit, in person
        if lemma == "call" and (called_when(tok) or called_titled(tok)):
            return "verb-call"  # "the prince, who chairs X, called King Y on Sunday", parsed as a name given
        if (lemma in CALL_VERBS and any(c.dep_ in {"dobj", "prep"} for c in tok.children)
                and not (lemma == "call" and _call_for(tok))  # "phoned X to discuss": only "call" has other senses
                and not (tok.tag_ == "VBN" and tok.dep_ in {"acl", "relcl"})):  # "X, sometimes called Y": a name
            return "verb-call"
        if (lemma in CALL_VERBS and tok.tag_ == "VBN" and any(p.ent_type_ == PERSON for p in agent_objects(tok))
                and any(c.dep_ == "nsubjpass" and c.ent_type_ in PARTY_TYPES for c in tok.children)
                and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} or c.dep_ in {"prt", "prep"} and c.lower_ in {
                    "for", "off", "out", "up"} for c in tok.children)):  # not "was called a traitor/to testify by"
            return "verb-call"  # "X was called by Y": a named party called by a person
        if lemma in MEET_VERBS and any(c.dep_ == "dobj" and any(crowd_number(n) for n in c.subtree if n.i < c.i)
                                       for c in tok.children):
            return None  # "hosts more than 1.5 million Sudanese", "received 2,000 migrants": a people counted, no party
            # (not "received the two leaders")
        if lemma in MEET_VERBS and not any(c.dep_ == "dobj" and c.lemma_.lower() in MET_DEMANDS | RECEIVED_THINGS
                                           for c in tok.children):
            return "verb-meet"  # (not "meeting their commitments", "met the deadline", "receive the G20 presidency":
            # another sense)
        if lemma in GATHER_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
            return "verb-meet"  # "leaders of X and Y gathered in Paris"; not "gathered evidence"
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and (
                with_objects(tok) or any(with_objects(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in {
                    "at", "in"} for p in c.children if p.dep_ == "pobj") or any(c.dep_ == "nsubj" and sum(
                    t.ent_type_ in PARTY_TYPES and t.ent_iob_ == "B" for t in c.subtree) >= 2 for c in tok.children)
                and not any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                  for a in c.children)
                            for c in tok.children)):  # not "sat down to watch the game"
            return "verb-talk"  # "sat down with X", "X and Y sat down across a small table" ("sat down at the hotel
            # with X": "with" hung on the venue)
        if lemma == "sit" and any(p.ent_type_ == PERSON for h in [tok, *(d for c in tok.children if c.dep_ == "prep"
                                                                          and c.lower_ in {"for", "over"}
                                                                          for d in c.children if d.dep_ == "pobj")]
                                  for p in with_objects(h)) and not any(
                c.dep_ in {"xcomp", "advcl", "dobj"} for c in tok.children):
            return "verb-talk"  # "sat (for two days) in Doha with X, Y and Z": in talks with them
        if lemma == "sit" and any(c.lower_ == "across" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pobj" for p in c.children) for c in tok.children):
            return "verb-talk"  # "sat across from X": talks face to face
        if lemma == "sit" and any(c.dep_ == "prep" and c.lower_ == "opposite" and any(
                p.dep_ == "pobj" and p.ent_type_ in PARTY_TYPES for p in c.children) for c in tok.children):
            return "verb-talk"  # "sat down opposite X": across the table from X
        if lemma == "attend" and not any(c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass"} for c in tok.children):
            return "verb-attend"  # "X and Y attended in person": the meeting told before
        if lemma in ATTEND_VERBS and (any(c.dep_ == "nsubjpass" and c.lower_ in MEET_NOUNS | TALK_NOUNS | CEREMONY_NOUNS
                                          | {"they", "it"} for c in tok.children)
                                      or tok.dep_ == "acl" and tok.head.lower_ in MEET_NOUNS | TALK_NOUNS | CEREMONY_NOUNS) \
                and any(p.ent_type_ == PERSON for p in agent_objects(tok)):
            return "verb-attend"  # "The meeting was attended by X and Y", "The ceremony was witnessed by X", "they
            # (the talks) were attended by X": the meeting told before; "at a ceremony witnessed by X": this one
        if lemma == "attend" and forum_objects(tok) or lemma in ATTEND_VERBS and ceremony_objects(tok) \
                or lemma == "preside" and presided(tok):
            return "verb-attend"  # "X will attend the European Council in Brussels": a named forum; "X attended the
            # inauguration in Y": a ceremony's guests gather in person; "X presided over the summit": its chair
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" and not any(p.dep_ == "prep" for p in c.children)
                                   for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children):
            return "verb-attend"  # "X also took part": in the meeting told before ("took part in the race": no meeting)
        if lemma in JOIN_VERBS | {"visit"} and any(c.dep_ == "dobj" and c.ent_type_ == PERSON for c in tok.children) \
                and not visiting_adjective(tok):
            return "verb-join" if lemma in JOIN_VERBS else "verb-meet"  # "X, who accompanied Y": with Y, on one side
        if lemma == "visit" and any(p.ent_type_ == PERSON for p in inviters(tok)):
            return "verb-meet"  # "will visit Lima at the invitation of X", "accepted an invitation from X to visit
            # Lima"
        if lemma in PURPOSE_MEET_VERBS and tok.dep_ in {"advcl", "xcomp"} and journey_verbs(tok.head) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                c.dep_ == "dobj" and c.ent_type_ == PERSON for c in tok.children):
            return "verb-meet"  # "stopped in Paris to see Macron", "is due to travel to Cairo to brief X" (however
            # the purpose is hung): a journey's purpose, to meet a person
        if lemma == "see" and sees_person(tok):
            return "verb-meet"  # "X saw Y in the morning", "is expected to see Y later today": met in person
        if lemma in JOIN_VERBS | {"visit"} and any(p.ent_type_ == PERSON or lemma == "join" and (
                p.lower_ in gazetteer.title_words() and any(c.dep_ == "appos" and c.ent_type_ == PERSON
                                                            for c in p.children)) for p in agent_objects(tok)) \
                and not joins_side(tok):
            return "verb-join" if lemma in JOIN_VERBS else "verb-meet"  # "was joined by X at Verdun", "by the
            # Minister of Y, X,"
        if lemma in TOGETHER_VERBS and any(c.lower_ == "together" for c in tok.children):
            return "verb-meet"  # "leaders came together in Paris"
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] or [  # "The meeting is chaired by X and brings ..."
            c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}] * (tok.dep_ == "conj")
        if lemma == "bring" and together(tok) and any(
                c.dep_ == "dobj" and c.ent_type_ in PARTY_TYPES for c in tok.children) and any(
                c.ent_type_ in PARTY_TYPES or c.lower_ in MEET_NOUNS | TALK_NOUNS
                or any(a.dep_ == "appos" and a.ent_type_ in PARTY_TYPES for a in c.children) for c in subjects):
            # "X brought together Y and Z in Geneva", "Turkey's minister, X, brought Y and Z together": a host and the
            # guests; not "the war brought"
            return "verb-meet"
        if lemma in WORK_VERBS and with_objects(tok) and any(
                c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in MEDIATE_VERBS | {"negotiate"} for c in tok.children):
            return "verb-talk"  # "worked closely with X to broker the ceasefire"
        if lemma == "sign" and tok.dep_ == "acl" and tok.head.lemma_.lower() in AGREEMENT_NOUNS and signers(tok) \
                and any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(
                    p.dep_ == "pobj" and p.ent_type_ in PLACE_TYPES for p in c.children) for c in tok.children):
            # "the agreements signed in Bridgetown by X and Y" (not "the treaty signed by X and Y in June last year": a
            # background's signing, told with no place)
            return "verb-sign"
        if lemma == "sign" and any(c.dep_ in {"dobj", "nsubjpass"} and (
                c.lemma_.lower() in AGREEMENT_NOUNS or c.lemma_.lower() in JOINT_TEXTS
                and any(a.lower_ == "joint" for a in c.children)) for c in tok.children) and (
                not any(c.dep_ == "nsubjpass" for c in tok.children) or agent_objects(tok)):
            # signing an agreement is done in person: "in Tanzania, where he signed agreements", "The deal was
            # signed by X and Y"
            return "verb-sign"
        if lemma in MEDIATE_VERBS and (between_objects(tok) or brokered_sides(tok)):
            return "verb-mediate"
    if tok.ent_type_ in PARTY_TYPES | PLACE_TYPES and not named_summit(tok):
        return None  # a word inside a name: "Securities Exchange", "Summit County"
    if tok.lower_ == "exchange" and (tok.head.lower_ == "in" or any(c.lower_ == "for" for c in tok.children)):
        return None  # "in exchange for"
    if tok.lower_ in {"exchange", "exchanges"} and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() not in EXCHANGE_OBJECTS
                                                       for o in c.children)
            or c.dep_ == "compound" and c.lemma_.lower() not in EXCHANGE_OBJECTS for c in tok.children):
        return None  # "the exchange of liaison officers", "a prisoner exchange": something traded, no talk
    if tok.lower_ in MEDIATE_NOUNS and between_objects(tok):
        return "noun-mediate"
    if tok.lower_ == "table" and any(c.lower_ in {"negotiating", "negotiation", "conference"} for c in tok.children):
        return "noun-talk"  # "back at the negotiating table"
    if at_the_table(tok):
        return "verb-attend"  # "Among the ministers at the table were X and Y", "X was at the table": the meeting told
    if tok.lower_ == "conference" and any(c.lower_ in {"press", "news"} for c in tok.children):
        return None  # a press conference is no meeting
    if tok.lower_ == "conference" and any(c.lower_ in {"video", "phone", "telephone"} for c in tok.children):
        return "noun-call"  # a video conference is a call, as a "videoconference" is
    if tok.lower_ in CONTACT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return "noun-talk"  # "X has been in contact with Y", "X and Y stay in touch"
    if tok.pos_ == "NOUN" and tok.lower_ in MEAL_NOUNS | AUDIENCE_NOUNS and (
            with_objects(tok) or tok.dep_ == "dobj" and with_objects(tok.head)):
        return "noun-meet"  # "had dinner with X", "an audience with King Y": in person; not "dinner was served",
        # "a television audience of millions"
    if tok.pos_ == "NOUN" and tok.lower_ in MEAL_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in {
            "have", "share", "eat"} and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
                                            for c in tok.head.children):
        return "noun-meet"  # "X and Y had a long working lunch": together
    if tok.lower_ in AUDIENCE_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in GRANT_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" and prep_objects(c) for h in (tok, tok.head) for c in h.children):
        return "noun-meet"  # "the King granted an audience to Prime Minister X"
    if tok.lower_ == "call" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or demand_for(tok)):
        return None  # "reiterated X's call for both sides to take steps": a demand, however "for" is parsed
    if tok.lower_ == "calls" and (any(c.dep_ == "compound" and c.lower_ in CALL_KINDS for c in tok.children)
                                  or tok.pos_ == "NOUN" and with_objects(tok)) \
            and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return "noun-call"  # "received the courtesy calls of X and Y", "two phone calls with X", "held farewell calls
        # with X and Y" (not "calls for calm")
    if tok.lower_ == "calls" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"receive", "get", "take"} and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.ent_type_ == PERSON for p in c.subtree)
            for h in (tok, tok.head) for c in h.children):
        return "noun-call"  # "had received calls of support from X and from Y": each of them called
    if tok.lower_ == "retreat" and any(c.dep_ == "poss" and singular_title(c.lower_) is None
                                       or c.ent_type_ in PARTY_TYPES | {"NORP"}
                                       or c.dep_ == "prep" and c.lower_ in {"from", "to", "of"} for c in tok.children):
        return None  # "Russia's retreat from Kherson": an army's, not a leaders' retreat (but "the Ministers' Retreat")
    if tok.lower_ == "talk" and any(c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in tok.children) \
            and not with_objects(tok):
        return None  # "Trump's repeated talk of making Canada the 51st state": what is said, no contact
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in TALK_NOUNS | CALL_NOUNS | MEET_NOUNS:
        on_the_phone = with_objects(tok) or tok.head.lower_ == "on" and with_objects(tok.head.head)  # "was on the phone with X"
        if tok.lower_ in {"phone", "telephone"} and tok.dep_ in {"compound", "pobj"} and not on_the_phone:
            return None  # "phone call" is triggered by "call"; "by phone" modifies another trigger
        return "noun-" + ("call" if tok.lower_ in CALL_NOUNS else "meet" if tok.lower_ in MEET_NOUNS else "talk")
    return None


def told_forum(noun: Token) -> bool:
    """"the summit", nothing more: a gathering told before (not "the 2023 summit", "the summit in Lima", "the summit,
    which was held in Johannesburg")."""
    return noun.lower_ in FORUM_NOUNS and [d.lower_ for d in noun.children if d.dep_ == "det"] == ["the"] and all(
        d.dep_ in {"det", "punct"} or d.dep_ == "relcl" and not any(w.ent_type_ in PLACE_TYPES for w in d.subtree)
        for d in noun.children)


def _press_audience(tok: Token) -> bool:
    """A contact whose other side is the press: "spoke to reporters", "met journalists"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
        for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in PRESS_NOUNS or o.lower_ in PRESS_NOUNS or press_titled(o) for o in objects)


def press_titled(name: Token) -> bool:
    """A name with a press title before it: "CNN correspondent X", "the reporter X"."""
    return any(t.lower_ in PRESS_TITLES for t in name.subtree if t.i < name.i)


#: What a new ambassador presents to the head of state: "presented his credentials / letters of credence".
CREDENTIAL_NOUNS = {"credential", "credentials", "letter", "letters"}


def credentials_to(tok: Token) -> list[Token]:
    """Whom an envoy "presented credentials to": the objects of "to" on the verb or on the credentials."""
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [p for h in holders for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


def signers(tok: Token) -> list[Token]:
    """Who signed, by the "by" of a passive "signed": "the deal was signed by X and Y"; for "the agreements signed in
    Z by X and Y" the parser may hang "by" on the active verb the agreements are the object of."""
    if found := agent_objects(tok):
        return found
    verb = tok.head.head if tok.dep_ == "acl" else None
    if verb is not None and verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children):
        return [p for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"]
    return []


def welcomers(tok: Token) -> list[Token]:
    """Who gave the welcome a "give" or "accord" has as its object: "X was given a ceremonial welcome by Y" (the
    "by" on the verb or on the welcome)."""
    welcome = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in {"welcome", "reception"}]
    return [*agent_objects(tok), *(p for w in welcome for c in w.children if c.dep_ == "prep" and c.lower_ == "by"
                                   for p in c.children if p.dep_ == "pobj")] if welcome else []


def sees_person(tok: Token) -> bool:
    """"X saw Y", "the envoy is due to see Y": a person (a name, a post, "he") seeing a person named as its object, in
    no other sense ("saw Y as a partner", "saw Y having a long chat", "the deal would see Iran's facilities
    dismantled")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in {"xcomp", "ccomp", "oprd", "acomp"} or c.dep_ == "prep" and c.lower_ == "as"
                          for c in tok.children):
        return False  # "sees Y as a partner", "would see Y step down"
    if not all(o.ent_type_ == PERSON and not any(c.dep_ in {"acl", "xcomp"} and c.pos_ in {"VERB", "AUX"}
                                                 for c in o.children) for o in objects):
        return False  # "saw Y having a long chat"
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
        c for c in tok.head.children if c.dep_ == "nsubj"] * (tok.dep_ in {"xcomp", "conj"})
    return any(s.ent_type_ == PERSON or s.pos_ == "PROPN" and not s.ent_type_ or s.lower_ in gazetteer.title_words()
               or s.pos_ == "PRON" and s.lower_ in {"he", "she", "they"} for s in subjects)


def joins_side(tok: Token) -> bool:
    """"The US side was led by X, joined by Y and Z": Y and Z are on X's side, no contact of their own (see
    kg.nlp.followups.sides_after)."""
    return tok.dep_ in {"advcl", "acl"} and any(c.dep_ == "nsubjpass" and c.lower_ in DELEGATION_NOUNS | {"side"}
                                                for c in tok.head.children)


def agent_objects(tok: Token) -> list[Token]:
    """The objects of a passive's "by": "was received by X"; for a "by" the parser left bare, the people named after
    it to the end of the sentence ("was attended by, among others, the Prime Minister of A, X; the President of B,
    Y; and Z")."""
    agents = [c for c in tok.children if c.dep_ == "agent"]
    objects = [p for c in agents for p in c.children if p.dep_ == "pobj"]
    return objects + [t for c in agents if not any(p.dep_ == "pobj" for p in c.children)
                      for t in tok.doc[c.i + 1 : tok.sent.end] if t.ent_type_ == PERSON and t.ent_iob_ == "B"] \
        + listed_among(objects)


def listed_among(objects: list[Token]) -> list[Token]:
    """The people named after "among them" or "including" when ``objects`` are a group of people named by no name:
    "was attended by leaders of 50 countries, among them X, Y and Z" (however the parser hangs the names)."""
    if not objects or any(t.ent_type_ == PERSON for p in objects for t in p.subtree) \
            or not all(p.tag_ in {"NNS", "NNPS"} for p in objects):
        return []
    doc, end = objects[0].doc, objects[0].sent.end
    start = next((t.i + 1 + (t.lower_ == "among") for t in doc[objects[0].i : end] if t.lower_ == "including"
                  or t.lower_ == "among" and t.i + 1 < end and doc[t.i + 1].lower_ in {"them", "whom"}), None)
    return [t for t in doc[start:end] if t.ent_type_ == PERSON and t.ent_iob_ == "B"] if start is not None else []


def with_objects(tok: Token) -> list[Token]:
    """The objects of "with" on tok."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c)]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition: "with X", and "with visiting Foreign Minister X" parsed with X the object of
    "visiting"; not the speaker of a report the parser hung there: "talks with X, spokeswoman Y told reporters"."""
    return [o for p in prep.children if not reporting_speaker(p) and not go_between(p)
            for o in ([p] if p.dep_ == "pobj" else [d for d in p.children if d.dep_ == "dobj"]
                      if p.dep_ == "pcomp" and visiting_adjective(p) else [])]


#: Verbs of carrying word between two sides: "with Oman's foreign minister carrying messages between them".
GO_BETWEEN_VERBS = {"carry", "relay", "ferry", "shuttle", "pass", "convey"}


def go_between(p: Token) -> bool:
    """The object of an absolute "with" that carries word between the sides: "X and Y held indirect talks, with Z
    carrying messages between the two delegations" (Z the go-between, no side)."""
    return p.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in GO_BETWEEN_VERBS
                                    for c in p.children)


def go_betweens(tok: Token) -> list[Token]:
    """The go-betweens of the talks tok names or holds (see :func:`go_between`)."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
            if go_between(p)]


def purpose_of_meeting(tok: Token) -> bool:
    """A talk verb telling what a meeting was for, with no partner of its own: "X met Y at Z to discuss the plant in
    W" is the meeting told, not talks of X alone where what is discussed is."""
    return tok.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and tok.head.lemma_.lower() in MEET_VERBS and not with_objects(tok)


def between_prep(tok: Token) -> bool:
    """"between" or "among" opening a phrase; "between" also when the parser takes it after a participle for the
    participle's agent ("the meeting held in Doha between X and Y")."""
    return tok.lower_ in {"between", "among"} and tok.dep_ == "prep" or tok.lower_ == "between" and tok.dep_ == "agent"


def second_with(prep: Token) -> bool:
    """"held talks with X and with Y" parsed with the second "with" a conjunct of the verb (or of a phrase of its: "held
    talks with X in Belgrade on Feb. 25 and with Y in Pristina", the "with" a conjunct of "on")."""
    return prep.dep_ == "conj" and prep.lower_ == "with" and any(
        c.dep_ == "cc" for c in prep.head.children if c.i < prep.i) and any(
        w.lower_ == "with" and w.dep_ == "prep" for w in prep.sent if w.i < prep.i)


def between_objects(tok: Token) -> list[Token]:
    """The parties of "between X and Y" on tok."""
    return [p for c in tok.children if between_prep(c) for p in c.children if p.dep_ == "pobj"]


def brokered_sides(tok: Token) -> list[Token]:
    """The sides of the deal a participle describes: "a deal between X and Y brokered by Z", also when
    the parser hangs "brokered" on Y."""
    if tok.dep_ not in {"acl", "relcl"}:
        return []
    head = tok.head
    if not between_objects(head) and head.dep_ in {"pobj", "conj"}:
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in {"between", "among"}:
            head = head.head.head
    return between_objects(head)


#: Words of large numbers: "1.5 million Sudanese", "thousands of refugees".
LARGE_NUMBERS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozens"}


def crowd_number(tok: Token) -> bool:
    """A number of a crowd, in figures or a large number's word: "2,000", "1.5 million"; not "two", "three", nor a
    date's or an ordinal's ("a 19th-century building")."""
    if tok.ent_type_ in {"DATE", "TIME", "ORDINAL"} or tok.tag_ == "JJ":
        return False
    return tok.like_num and any(ch.isdigit() for ch in tok.text) or tok.lower_ in LARGE_NUMBERS


def called_on(tok: Token) -> list[Token]:
    """The people "called on" in the sense of visited: "X called on Vice President Y", "who called on him", "called
    on officials of the Y ministry"; not
    "called on Y to resign" (urging), "called on Monday" nor "called on the government" (an appeal)."""
    bare_on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and not list(c.children)]
    objects = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.ent_type_ == PERSON]
    if len(objects) == 1 and objects[0].ent_type_ == PERSON \
            and any(b.i + 1 == objects[0].left_edge.i for b in bare_on) \
            and not any(c.dep_ in {"xcomp", "ccomp", "advcl", "oprd"} for c in tok.children):
        return objects  # "to call on Prime Minister X" parsed with X the object (or a noun adverb) and "on" left bare
    if len(objects) == 1 and objects[0].ent_type_ == PERSON and any(
            c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.right_edge.i + 1 == objects[0].left_edge.i
            and any(p.dep_ == "pobj" and p.lower_ in gazetteer.title_words() and p.text[:1].isupper()
                    for p in c.children) for c in tok.children):
        return objects  # "called on President of the Russian Federation H.E. Mr. X" parsed with X the object
    predicate = [c for c in tok.children if c.dep_ == "oprd"]
    if bare_on and len(predicate) == 1 and predicate[0].left_edge.i == bare_on[0].i + 1 and (
            people := [q for q in (predicate[0], *predicate[0].conjuncts) if q.ent_type_ == PERSON]):
        return people  # "called on the party's leader and Opposition Leader X", "leader" parsed as a predicate
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "advcl", "oprd"} and not (
            c.dep_ in {"xcomp", "advcl"} and c.left_edge.i >= 1 and tok.doc[c.left_edge.i - 1].text == ",")
           and not (c.dep_ == "oprd" and c.pos_ == "NUM") for c in tok.children):
        return []  # (but "called on X at the palace this morning (19), to discuss Y": the day, and the visit's
        # purpose after a comma)
    # (and "called on the Prime Minister at his office": a post a readout capitalises, its holder)
    people = [p for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}
              for p in c.children if p.dep_ == "pobj" and (p.ent_type_ == PERSON or p.lower_ in {"him", "her"}
                                                           or named_group(p) or capitalised_post(p))]
    # "called on Sri Lanka's President, Ranil Wickremesinghe": the name in apposition to the post
    people += [a for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}
               for p in c.children if p.dep_ == "pobj" and p.lower_ in gazetteer.title_words()
               for a in p.children if a.dep_ == "appos" and a.ent_type_ == PERSON]
    # "to call on Party General Secretary To Lam" parsed with the name's first word a preposition: the name after the
    # post
    people += [p.doc[p.i + 1] for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}
               for p in c.children if p.dep_ == "pobj" and p.lower_ in gazetteer.title_words() and p.i + 1 < len(p.doc)
               and p.doc[p.i + 1].ent_iob_ == "B" and p.doc[p.i + 1].ent_type_ == PERSON]
    return [p for p in people if named_group(p) or not any(
        c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"} and p.doc[c.left_edge.i - 1].text != ","
        for c in p.children)]  # (a clause after a comma only says more of whom: "called on X, whose country ...")


def capitalised_post(tok: Token) -> bool:
    """"the Prime Minister", "the President": a post with its capitals and "the", as readouts name the holder."""
    return tok.text[:1].isupper() and tok.lower_ in gazetteer.title_words() and tok.tag_ not in {"NNS", "NNPS"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def named_group(tok: Token) -> bool:
    """A group of people of a body the text names: "officials of the Ministry of X" (not "governments")."""
    return tok.lower_ in GROUP_NOUNS and any(c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(
        p.dep_ == "pobj" and p.ent_type_ in {ORGANIZATION, COUNTRY} for p in c.children) for c in tok.children)


def called_when(tok: Token) -> bool:
    """"The prince, who chairs the council, called King Y on Sunday to discuss ...", parsed as "the prince,
    called Y" (a name given, like "a man called Y"): a call when the clause says when or what for, which
    a name does not."""
    if not (tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        return False
    dated = any(c.ent_type_ == "DATE" or c.dep_ == "prep" and any(p.ent_type_ == "DATE" for p in c.children)
                or c.dep_ == "advcl" and c.lemma_.lower() in CALL_PURPOSES for c in tok.children)
    return dated and any(c.dep_ in {"oprd", "dobj"} and c.ent_type_ == PERSON for c in tok.children)


def called_titled(tok: Token) -> bool:
    """"Lula called Chinese President Xi Jinping", parsed as a name given ("a man called X"): a name after a
    title is a person called, not a name."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "oprd" and c.ent_type_ == PERSON and not named_as(c) and any(
            g.dep_ == "compound" and g.lower_ in gazetteer.title_words() for g in c.children) for c in tok.children) \
        and not any(c.dep_ == "oprd" and not c.ent_type_ and c.pos_ in {"NOUN", "ADJ"} for c in tok.children)
    # (not "who has called President Y a communist": a name for Y)


def named_as(person: Token) -> bool:
    """A common noun right after a name, parsed as its apposition with no comma: "called X a communist"."""
    return any(a.dep_ == "appos" and a.pos_ == "NOUN" and not a.ent_type_ and person.doc[a.left_edge.i - 1].text != ","
               for a in person.children)


#: Words after "for" that make it a call's length: "a call for an hour", "for about 40 minutes".
LENGTH_OPENERS = {"a", "an", "about", "nearly", "almost", "over", "more", "some", "around", "roughly", "half"}


def demand_for(tok: Token) -> bool:
    """"his call for members to be allowed to ...": "for" right after the noun opens what is called for (parsed as a
    clause of the verb), not the call's length ("a call for an hour", "for 40 minutes")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "for" and not (
        doc[tok.i + 2].like_num or doc[tok.i + 2].lower_ in LENGTH_OPENERS)


def _call_for(tok: Token) -> bool:
    """"call for", "call on X to", "call off", "called X a liar", "was called in to the Foreign Office" (summoned):
    not a phone call.

    "called X on Wednesday" is a call: with a direct object, "on" only says when."""
    has_object = any(c.dep_ == "dobj" for c in tok.children)
    # "called X "a war criminal"" parsed with the name's apposition right after it (not "called X, the leader,"), or
    # with two objects ("calling X "one of the finest diplomats"")
    if any(named_as(o) for o in tok.children if o.dep_ == "dobj") or sum(c.dep_ == "dobj" for c in tok.children) > 1:
        return True
    for c in tok.children:
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "off", "out", "up"} or c.dep_ == "prt" and c.lower_ == "in":
            return True
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"} and not has_object:
            return True
        if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ in {"NOUN", "PROPN", "ADJ", "VERB", "AUX"} and not (
                has_object and c.lemma_.lower() in CALL_PURPOSES):  # "called X to congratulate him" is a call
            return True
        if c.dep_ == "oprd" and has_object and c.pos_ in {"NUM", "PRON", "DET"}:
            return True  # "calling Ms X "one of the finest diplomats"": naming her
    return False


def together(tok: Token) -> bool:
    """"together" on the verb, or on one of its prepositions ("brought A and B together in Ankara" parsed with
    "together" on "in")."""
    return any(c.lower_ == "together" for c in [*tok.children, *(
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod")])


def clause_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs from ("held talks", "in a phone call with")."""
    t = tok
    for _ in range(6):
        if t.pos_ == "VERB" and t.dep_ == "prep" and t != tok:
            t = t.head  # "agreed to ..., following talks in Ankara": "following" is a preposition
            continue
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return t
        if (t != tok and t.dep_ == "pobj" and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in LIGHT_NOUNS
                and trigger_rule(t) is None and not means_of_call(tok) and not destination(t)):
            return t  # "wrote in his diary of his encounter with X": a phrase inside a phrase, not the verb's (but "briefed
            # Y on the plans in a phone call": the call the verb was done in, however parsed)
        if t.dep_ not in {"dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "compound", "conj", "appos"} and not (
                t.dep_ == "advmod" and t.pos_ == "ADV"):  # "back to the table", "ahead of the summit"
            return t
        t = t.head
    return t


def destination(t: Token) -> bool:
    """Where a verb of travel goes ("return to the capital"): a trigger hung on it is the verb's ("return to the
    Ethiopian capital for the summit", with "for" parsed on "capital")."""
    return t.head.lower_ in {"to", "into"} and t.head.head.pos_ == "VERB" and t.head.head.lemma_.lower() in TRAVEL_VERBS


def remotely(verb: Token) -> bool:
    """The verb's means make it remote: "joined the talks by video", "took part online", "spoke by telephone" (its
    "by" parsed as a passive's agent)."""
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS and any(
        w.lower_ in CALL_WORDS for w in c.subtree) or c.dep_ == "advmod" and c.lower_ in REMOTE_ADVERBS
        for c in verb.children)


def means_of_call(tok: Token) -> bool:
    """A call noun after "in", "during" or "over": the means of the verb's act ("in a phone call")."""
    return tok.lower_ in CALL_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during", "over"}


#: Nouns a contact noun can hang from and still be the verb's: "held a round of talks", "on the sidelines of".
LIGHT_NOUNS = {"round", "rounds", "series", "session", "sessions", "part", "start", "end", "course", "sidelines",
               "margins", "margin", "day", "days", "number", "lot", "kind", "sort", "set", "host", "wave",
               "table", "phone", "telephone", "video", "hour", "hours", "minute", "minutes", "weeks", "participants",
               "participant", "delegates", "address", "addresses", "speech", "speeches", "opening", "occasion",
               "leaders", "conclusion", "close"} | TRANSPORT_NOUNS  # ("travelled to Kyiv by train for a meeting")


def forum_objects(tok: Token) -> list[Token]:
    """The named forums a verb's direct object names: "attend the special European Council"."""
    return [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == ORGANIZATION and c.text in FORUM_HEADS]


def presided(tok: Token) -> list[Token]:
    """The meetings or forums a verb's "over" names: "presided over the summit", "over the 66th Ordinary Session of
    the Y Authority"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children
            if p.dep_ == "pobj" and (p.lower_ in MEET_NOUNS | FORUM_NOUNS or p.text in FORUM_HEADS | {"Session"})]


def ceremony_objects(tok: Token, deps: frozenset = frozenset({"dobj"})) -> list[Token]:
    """The ceremonies a verb's direct object (or its other ``deps``) names: "attend the state funeral"."""
    return [c for c in tok.children if c.dep_ in deps and c.lower_ in CEREMONY_NOUNS]


def present_people(tok: Token) -> bool:
    """"X and Y were present", "Also present were X and Y", "Also present were the Chief Secretary, X; ...":
    "present" said of named people."""
    return tok.dep_ == "acomp" and tok.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and any(t.ent_type_ == PERSON for t in c.subtree) for c in tok.head.children)


def in_attendance(tok: Token) -> bool:
    """"In attendance were the President of A, X; Y and Z", "X was in attendance": named people in attendance."""
    verb = tok.head.head
    return tok.lower_ == "attendance" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and verb.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and any(t.ent_type_ == PERSON for t in c.subtree) for c in verb.children)


def attendees(verb: Token) -> list[Token]:
    """The people a copula's sentence lists as present, however the parser hung a list of titles and names joined
    by commas and semicolons ("Also present were the Y secretary-general X, Ambassador to Z W and ..."); not one a
    clause inside the list names ("X, who represented President Y")."""
    def listed(tok: Token) -> bool:  # up to the copula, or to a root the semicolons made of a name, past no verb
        t = tok.head
        while t != verb and t.pos_ not in {"VERB", "AUX"} and t.head != t:
            t = t.head
        return t == verb or t.pos_ not in {"VERB", "AUX"}

    return [e.root for e in verb.sent.ents if e.label_ == PERSON and listed(e.root)]


def guests(tok: Token) -> list[Token]:
    """The people a guest noun lists: "Among the (foreign) guests were X and Y", "Among the guests squeezed into the
    Rotunda: X, Y and Z", "Guests (at the funeral) included X and Y", "Those present included the prime minister, X,
    ..."; none for a noun of another sentence shape."""
    those = tok.head if tok.head.lower_ == "those" else next((c for c in tok.children if c.lower_ == "those"), None)
    subject = tok.head if those == tok.head else tok
    if tok.lower_ in {"present", "attending"} and those is not None and subject.dep_ == "nsubj" \
            and subject.head.lemma_ == "include":
        return [t for t in attendees(subject.head) if t.i > subject.head.i]  # "Those present included X, Y and Z"
    if tok.lower_ not in GUEST_NOUNS or tok.pos_ != "NOUN":
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.pos_ in {"VERB", "AUX"}:
        named = [c for c in tok.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    elif tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
        named = [c for c in tok.head.children if c.dep_ == "dobj"]
    else:
        return []
    return [p for c in named for p in [c, *conjuncts(c)] if p.ent_type_ == PERSON]


def at_the_table(tok: Token) -> bool:
    """"(X and Y were) at the table", "Among the ministers at the table were X and Y": people at the table of the
    meeting told before, said with a copula."""
    if not (tok.lower_ == "table" and tok.dep_ == "pobj" and tok.head.lower_ == "at"
            and [c.lower_ for c in tok.children] == ["the"]):
        return False
    holder = tok.head.head
    return holder.lemma_ == "be" or among_the(holder)


def inviters(tok: Token) -> list[Token]:
    """Who invited a visitor, the visit's host: "will visit Lima at the invitation of X", "at X's invitation",
    "accepted an invitation from X to visit Lima", "accepted X's invitation to visit Lima"."""
    invitations = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "on", "upon"}
                   for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "invitation"]
    accepted = accepted_invitation(tok)
    invitations += [c for c in accepted.children if c.dep_ == "dobj"] if accepted is not None else []
    # (the inviter hung on a participle of the invitation: "an invitation, conveyed by Y, from X to visit")
    return [q for inv in invitations for q in [
        *(q for f in [*inv.children, *(g for a in inv.children if a.dep_ == "acl" for g in a.children)]
          if f.dep_ == "prep" and f.lower_ in {"of", "from"} for q in f.children if q.dep_ == "pobj"),
        *(q for q in inv.children if q.dep_ == "poss" and q.pos_ != "PRON")]]

