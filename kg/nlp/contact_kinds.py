"""What kind of contact a trigger tells: a call, talks, or an in-person meeting.

A call when the phrase names a phone or a video link ("spoke by phone", "met virtually", "joined by video link");
a meeting when it names a meeting, a visit or a place ("met in Geneva", "a face-to-face session"), or an act done
only in person ("signed the agreement"); talks otherwise ("held talks with X", "in contact with X").

Works on tokens and dependency labels only, so the rules run on hand-built parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import CALL, MEETING, PERSON, TALKS
from kg.nlp.trigger_words import (
    CALL_NOUNS,
    CALL_VERBS,
    CALL_WORDS,
    CONTACT_NOUNS,
    GATHER_VERBS,
    JOIN_VERBS,
    MEAL_NOUNS,
    MEANS_PREPS,
    MEET_NOUNS,
    MEET_VERBS,
    REMOTE_ADVERBS,
    TOGETHER_VERBS,
)
from kg.nlp.triggers import called_on, clause_verb, remotely

__all__ = ["CALL_WORDS", "MEANS_PREPS", "VISIT_CALL_WORDS", "kind_of", "remotely"]

#: Words that make a call a visit: "received a courtesy call from the ambassador" (a call "on" someone is one too:
#: "made a farewell call on X", but "held farewell calls with X" were calls).
VISIT_CALL_WORDS = {"courtesy"}
#: Words that make talks in-person.
IN_PERSON = {"face", "person", "summit", "visit", "bilateral"}
#: Verbs of acts done only in person: signing an agreement, shaking hands.
IN_PERSON_VERBS = {"sign", "shake"}


#: Clauses of their own under a contact word, which tell nothing of its means: "met in an encounter
#: during which X played a video".
OWN_CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "acl", "xcomp"}


def phrase_words(tok: Token) -> set[str]:
    """The words of tok's phrase, without the clauses of their own under it."""
    words, stack = {tok.lower_}, list(tok.children)
    while stack:
        t = stack.pop()  # nor a verb joined to it: "met in person in May, and spoke by telephone in June"
        if t.dep_ not in OWN_CLAUSE_DEPS and not (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}):
            words.add(t.lower_)
            stack.extend(t.children)
    return words


def visit_on(call: Token) -> bool:
    """A call noun "on" a person: a visit to them ("made a call on Foreign Minister X"), not a call on a topic."""
    return call.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and any(
        p.dep_ == "pobj" and p.ent_type_ == PERSON for p in c.children) for c in call.children)


def kind_of(tok: Token, place: str | None) -> str:
    """CALL, TALKS or MEETING for the contact tok triggers, ``place`` the place found for it (a placed contact is
    in person unless its words make it a call)."""
    # (not "... and call on X", nor the verb's subject: "The call followed talks at the White House")
    words = phrase_words(tok) | {t.lower_ for t in tok.head.children if t.dep_ not in {"conj", "nsubj", "nsubjpass"}
                                 and not (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"})}
    # (nor the words of the verb a verb is joined to: "pay a courtesy call on X and meet Y": a meeting with Y)
    # the means on the verb the contact noun hangs from: "joined the meeting by video link", "took part in the
    # meeting only by video link"
    holders = [tok.head, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "in" else [tok.head]
    holders = [] if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} else holders  # ("had spoken by phone with X,
    # and that he would meet Y": the means of the verb before are its own)
    verb = clause_verb(tok)  # or on the verb whose object it is in: "joined part of the session by video link" (not
    # "spoke with X by phone before the meeting of Y and Z")
    holders += [verb] if tok.pos_ == "NOUN" and any(a.dep_ == "dobj" and a.head == verb for a in [tok, *tok.ancestors]) \
        else []
    words |= {w.lower_ for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS
              for w in c.subtree}
    lemma = tok.lemma_.lower()
    if lemma == "call" and tok.pos_ in {"VERB", "AUX"} and called_on(tok) or words & VISIT_CALL_WORDS \
            or tok.lower_ == "call" and visit_on(tok):
        return MEETING  # "called on the vice president", "paid a courtesy call on X", "made a call on X": a visit
    if lemma in CALL_VERBS or tok.lower_ in CALL_NOUNS or words & CALL_WORDS:
        return CALL
    if any(c.dep_ == "advmod" and c.lower_ in REMOTE_ADVERBS for c in tok.children):
        return CALL  # "met virtually", "met online": not in person
    if tok.pos_ == "NOUN" and any(c.dep_ == "relcl" and remotely(c) and any(w.lower_ == "whom" for w in c.subtree)
                                  for c in tok.subtree):
        return CALL  # "his consultations with X and Y, with whom he spoke by phone last week"
    if tok.lower_ in CONTACT_NOUNS:
        return TALKS  # "in contact with X in Lima": by any means, not a meeting there
    if lemma in IN_PERSON_VERBS and tok.pos_ in {"VERB", "AUX"}:
        return MEETING
    if lemma in MEET_VERBS | JOIN_VERBS | {"visit", "give", "accord", "present"} \
            or tok.lower_ in MEET_NOUNS | MEAL_NOUNS or (
            place and words & IN_PERSON) or place:
        return MEETING
    if tok.pos_ in {"VERB", "AUX"} and (lemma in GATHER_VERBS or lemma in TOGETHER_VERBS | {"bring"} and any(
            c.lower_ == "together" for c in tok.children)):  # "came together on Friday": in person, place unknown
        return MEETING
    return TALKS
