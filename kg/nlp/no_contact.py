"""Contact words that tell no contact of the people around them.

A contact noun or verb can be only mentioned: as a time ("X met Y before the talks"), as what a briefing or a
discussion is about ("briefed parliament on the summit", "discussed the upcoming meeting"), as an office ("the
presidency of the summit"), as a record ("released a readout of the call"), as what someone is thanked for
("thanked Turkey for hosting the talks"), or as what bodies put on ("the UN and the World Bank co-organise the
conference"). :mod:`kg.nlp.contacts` skips such triggers.

Works on tokens and dependency labels only, so the rules run on hand-built parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import COUNTRY, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.modality import TEMPORAL_PREPS, called_off, is_planned
from kg.nlp.other_places import TOPIC_PREPS
from kg.nlp.subjects import subjects_of
from kg.nlp.trigger_words import CALL_NOUNS, MEET_NOUNS, MEET_VERBS, NOUN_TRIGGERS, TALK_VERBS, TOPIC_VERBS, VISIT_NOUNS
from kg.nlp.triggers import clause_verb, trigger_rule, with_objects

__all__ = ["call_setting", "called_off_after", "defining_where", "life_subject", "only_mentioned",
           "organised_by_bodies", "record_of", "thanked_for", "told_of_in_talks", "topic_of"]

#: Verbs of remarking on what their object names: "X noted the upcoming summit" (X at no summit yet).
REMARK_VERBS = {"note", "mention"}


#: Verbs of putting on a meeting, whose bodies behind it are not its participants: "The UN, the UNDP and the World
#: Bank co-organise the conference with Japan".
ORGANISE_VERBS = {"organise", "organize", "co-organise", "co-organize", "sponsor", "co-sponsor", "fund", "finance"}


#: Offices of a forum: "the presidency of the summit" is held, not a meeting.
OFFICE_NOUNS = {"presidency", "chairmanship", "chair", "secretariat", "host"}
#: Verbs of calling an envoy home: "recalled its ambassador for consultations" is no contact between countries.
RECALL_VERBS = {"recall", "summon", "withdraw"}
#: Verbs of informing whose "on/about" object is what they tell: "brief parliament on the talks", "briefed Y on the
#: summit".
BRIEF_VERBS = {"brief", "debrief", "update", "inform", "report", "comment", "testify", "advise", "lecture"}


#: Nouns of getting a contact ready, whose object a talk verb discusses: "discussed preparations for the meeting".
PREPARATION_NOUNS = {"preparation", "arrangement", "agenda", "plan", "organisation", "organization", "logistics"}


def only_mentioned(tok: Token) -> bool:
    """A contact noun with no party of its own that only tells when another contact was ("X met Y on Friday
    before the talks": other people's talks) or what a briefing is about ("to brief parliament on the
    talks") or an office held ("the presidency of the summit", "the envoy for the dialogue") or why an
    envoy goes home ("recalled for consultations"); but "after talks with Z, X said" and "after talks in Berlin" are
    X's own contact, and "X said after the talks" tells what a party said."""
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in OFFICE_NOUNS:
        return True  # "Bahrain, which holds the presidency of the Arab League summit": an office, no meeting
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and any(
            a.dep_ == "dobj" and a.head.lemma_.lower() in TOPIC_VERBS and a.lemma_.lower() in PREPARATION_NOUNS
            for a in tok.ancestors) and not any(t.ent_type_ in {PLACE, COUNTRY} for t in tok.subtree):
        return True  # "discussed preparations for the upcoming meeting of the council": what they talked about (but
        # "preparations for the meeting of X, to be held in Chile" tells that meeting, with its place)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.lower_ in {"for", "on", "to"} \
            and tok.head.head.lower_ in gazetteer.title_words():
        return True  # "the EU's special representative for the Belgrade-Pristina dialogue": a post's remit
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or any(
            c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.dep_ == "poss" or c.ent_type_)  # not "tariff talks"
            or c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "of"} for c in tok.children):
        return False
    if tok.head.lower_ in {"on", "about"} and tok.head.head.lemma_.lower() in BRIEF_VERBS:
        return True
    if tok.head.lower_ in {"after", "following"} and tok.tag_ == "NNS" and not any(
            c.dep_ == "det" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(p.ent_type_ in {PLACE, COUNTRY} for p in c.subtree)
            for c in tok.children):
        return False  # "agreed to hold consultations, after talks in Berlin": the subjects' own talks there
    if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in RECALL_VERBS:
        return True  # "recalled their ambassadors for consultations": home, with their own government
    prep = tok.head.head if tok.head.lower_ == "of" else tok.head  # "ahead of the talks"
    # the contact the phrase dates is the clause's, or a contact noun's: "the highest-level contact since talks"
    verb = clause_verb(prep)  # (or the contact noun its verb holds: "Ahead of the meeting, X held a phone call")
    return prep.lower_ in TEMPORAL_PREPS and (trigger_rule(verb) is not None or (
        prep.head.pos_ in {"NOUN", "PROPN"} and prep.head.lower_ in NOUN_TRIGGERS) or any(
        c.dep_ == "dobj" and c.lower_ in NOUN_TRIGGERS for c in verb.children))


#: Verbs of thanking or praising someone "for" what they did: "thanked Turkey for hosting the talks".
THANK_VERBS = {"thank", "praise", "commend", "congratulate", "laud", "credit", "applaud", "hail"}


def thanked_for(tok: Token) -> bool:
    """A contact someone is thanked or praised for ("thanking Türkiye for hosting the talks"): what the thanked one
    did, told by another, whose own contact it is not."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "pcomp" and a.head.lower_ == "for" and a.head.head.lemma_.lower() in THANK_VERBS:
            return True
        if a.pos_ in {"VERB", "AUX"} and a != tok and a.dep_ not in {"pcomp", "xcomp"}:
            return False
    return False


def defining_where(tok: Token) -> bool:
    """A contact verb in the present that defines a place: "The High North is where NATO meets Russia" (a figure, no
    meeting); but "Kiruna is where the ministers met" tells one."""
    return tok.pos_ == "VERB" and tok.tag_ in {"VBZ", "VBP"} and tok.head.lemma_ == "be" and tok.head != tok \
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < tok.i for c in tok.children)


def organised_by_bodies(verb: Token) -> bool:
    """A verb of putting on a meeting with no person among its subjects: "The UN and the World Bank co-organise the
    conference" (a person who organises talks takes part in them)."""
    return verb.lemma_.lower() in ORGANISE_VERBS and not any(s.ent_type_ == PERSON for s in subjects_of(verb))


def call_setting(tok: Token) -> Token | None:
    """The call a meeting noun is the setting of, the partner's "with" hung on the meeting: "The two ministers held a
    joint phone call during the meeting with X" (a call with X, from the meeting told before); else None."""
    if tok.lower_ not in MEET_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "during" or not with_objects(tok):
        return None
    return next((c for c in tok.head.head.children if c.dep_ == "dobj" and c.lower_ in CALL_NOUNS
                 and not with_objects(c)), None)


#: Nouns a clause after a contact refers back to it by: "was due to meet X, but the meeting was called off".
BACK_NOUNS = MEET_NOUNS | NOUN_TRIGGERS | VISIT_NOUNS


#: Nouns a clause after a contact to come refers back to its plan by: "agreed to meet in Z, but the plan was shelved".
PLAN_NOUNS = {"plan", "plans", "idea", "arrangement", "arrangements"}


def called_off_after(tok: Token) -> bool:
    """A contact its own sentence goes on to call off: "X was due to meet Y in Bunia on 17 October, but the meeting
    was called off hours before it was due to start"; "agreed to meet in Z, but the plan was shelved days later"."""
    back = BACK_NOUNS | PLAN_NOUNS if is_planned(tok) else BACK_NOUNS
    return any(t.i > tok.i and called_off(t) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in back and any(d.lower_ in {"the", "this", "that"}
                                                                    for d in c.children) for c in t.children)
        for t in tok.sent if t.pos_ == "VERB")


#: Verbs of a life's start and end, which no meeting is the subject of: a heading run into "X was born in Delhi".
LIFE_VERBS = {"bear", "die"}


def life_subject(tok: Token) -> bool:
    """A contact noun parsed as the subject of a verb of birth or death: "Encounter with his father X was born in 1980
    in Delhi" (a subheading run into the sentence), no meeting."""
    return tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in LIFE_VERBS


def told_of_in_talks(tok: Token) -> bool:
    """A contact that is what others discussed ("the two leaders discussed the upcoming Quad meeting"), or a
    contact word in a clause on a contact noun, which is that contact told again ("a telephone conversation
    with X, during which the two leaders discussed ...")."""
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "dobj" and (tok.head.lemma_.lower() in TOPIC_VERBS or (
            tok.head.lemma_.lower() in REMARK_VERBS and not any(c.dep_ == "prep" and c.lower_ in {"between", "with"}
                                                                 for c in tok.children))):
        return True  # also "X noted the upcoming summit in Y": remarked on (but "noted the meeting between A and B")
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"about", "over", "regarding", "concerning"} \
            and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"with", "between", "of"}
                        for c in tok.children):
        return True  # "had spoken by phone with Y about the summit": what the call was about, no contact of Y's (but
        # "spoke about his meeting with X": that meeting's own)
    if tok.pos_ == "NOUN" and tok.lower_ in NOUN_TRIGGERS and tok.head.lower_ in {"on", "about"} \
            and (topic := topic_holder(tok)) is not None \
            and (topic.lower_ in NOUN_TRIGGERS - VISIT_NOUNS or topic.lemma_.lower() == "spend") and topic != tok \
            and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in tok.children):
        return True  # "held talks with X on the Sudan peace talks", "spent Thursday in Doha (...) on the Sudan peace
        # talks": what the talks were about, what the day went on
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ not in VISIT_NOUNS and (topic := topic_holder(tok)) is not None \
            and topic.lemma_.lower() not in RESULT_NOUNS:  # ("noted the results of the talks between A and B": held)
        # "discussed the timelines for the meeting of the defence chiefs", "preparations for the next meeting of the
        # commission, to be held in Y": "for" hung on the noun or on the verb (but "discussed preparations for X's
        # visit to Y": X's journey still)
        return topic.lemma_.lower() in TOPIC_VERBS and any(c.dep_ == "dobj" for c in topic.children) \
            if topic.pos_ == "VERB" else told_of_in_talks(topic)
    if tok.pos_ != "VERB" or tok.dep_ != "relcl":
        return False
    which = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ != "at" for p in c.children
                  if p.lower_ == "which"), None)
    # "which" stands for the contact noun, though the parser may hang the clause on the partner's name (not a journey's:
    # "on a working visit, during which he will meet X" tells who the traveller meets; nor a setting's: "a dinner at
    # which X met Y")
    return which is not None and any(t.lower_ in NOUN_TRIGGERS - VISIT_NOUNS
                                     for t in tok.doc[max(tok.sent.start, which.i - 10) : which.i])


#: Nouns of what came of a contact, which it took place to have: "the results of the conversation between A and B".
RESULT_NOUNS = {"result", "outcome", "upshot", "fruit"}

#: Prepositions by which a noun tells what another is about: "preparations for the summit", "the agenda of the talks".
ABOUT_PREPS = {"for", "of", "on", "about"}


def topic_holder(tok: Token) -> Token | None:
    """The noun (or verb) whose "for/of/on" phrase the word is in, if it is: "timelines" of "the timelines for the
    meeting"."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ABOUT_PREPS \
            and tok.head.head.pos_ in {"NOUN", "PROPN", "VERB"}:
        return tok.head.head
    return None


#: Nouns of records of a contact: whoever posts or releases "photographs of the meeting" took no part by that.
RECORD_NOUNS = {"photo", "photograph", "picture", "image", "video", "footage", "readout", "transcript", "recording",
                "minutes", "record", "summary"}


def record_of(tok: Token) -> bool:
    """The contact is what a record is of: "posted photographs of the meeting", "released a readout of the call"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in RECORD_NOUNS


def topic_of(tok: Token) -> bool:
    """The meeting noun is what a verb tells about, not where its subject is: "briefed Y in Seoul on X's summit with
    Z" (the summit was elsewhere), "they discussed the Amazon and November's climate conference in Belém"."""
    listed = tok
    while listed.dep_ in {"conj", "appos"} and listed.head != listed:
        listed = listed.head  # (a list the parser hung as appositions: "discussed the developments in X, the dialogue
        # with Y, and ...")
    if tok.pos_ in {"NOUN", "PROPN"} and listed.dep_ == "dobj" and listed.head.lemma_.lower() in TOPIC_VERBS:
        return True
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "pobj" or tok.head.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = tok.head.head.lemma_.lower()
    return (tok.head.lower_ in TOPIC_PREPS and verb not in MEET_VERBS | TALK_VERBS
            or tok.head.lower_ == "on" and verb in BRIEF_VERBS)
