"""Modality of a contact: negated, hypothetical or planned, and the date expression it carries.

- negated: "did not meet", "refused to talk", "unable to meet";
- hypothetical: "could meet", "wants to talk", "if they meet", "ready to negotiate" (not
  the trying that mediating is: "tried to mediate" happened);
- planned: "will meet", "expected to talk", "plans to visit", "scheduled for Monday";
- the date: the DATE entity nearest the trigger in its clause (a dateline's date is when the
  story was filed, not when the contact happened; "until Friday" and "since 2000" are bounds).
"""

from __future__ import annotations

import re

import datetime as dt

from spacy.tokens import Span, Token

from kg.model import AFFILIATION, PERSON
from kg.dates import WEEKDAYS, day_offset, is_period, names_a_day, number_word, precision, resolve_when
from kg.nlp import gazetteer
from kg.nlp.paragraphs import DATELINE_ENDS
from kg.nlp.subjects import participle_after_clause
from kg.nlp.trigger_words import CALL_NOUNS, COUNTERPART_VERBS, MEET_NOUNS, TALK_NOUNS, TRIP_NOUNS
from kg.nlp.triggers import means_of_call

#: Negation words on the trigger or the verb governing it.
NEGATIONS = {"not", "n't", "never", "no"}

#: Words before a contact that make it more than what was denied before them: "no handshake, let alone a meeting".
LET_ALONE = {"let alone", "much less", "never mind"}

#: Adverbs that all but deny what their verb tells: "X and Y were barely speaking a year ago".
ALL_BUT_NOT = {"barely", "hardly", "scarcely"}
#: Verbs that negate the contact they govern.
NEG_VERBS = {"refuse", "decline", "reject", "deny", "cancel", "fail", "avoid", "postpone", "rule", "snub", "boycott",
             "unable", "skip", "miss", "shun", "spurn", "ignore", "scrap", "forgo", "resist", "block", "veto",
             "suspend", "halt", "abandon"}  # "suspended talks with X": talks that stopped, none held that day
#: Verbs of a meeting moved to another time or place: as first planned it did not happen.
MOVE_VERBS = {"move", "reschedule", "shift", "relocate"}
#: Verbs of undoing a plan, whose subject a headline makes the contact undone: "X-Y meeting cancelled".
UNDONE_VERBS = {"cancel", "postpone", "scrap", "shelve"}
#: Verbs and adjectives of a contact's plan: under a cancelled trip it goes too ("cancelled his trip to Italy, where
#: he had been scheduled to meet X").
SCHEDULE_WORDS = {"schedule", "due", "expect", "set", "plan", "slate"}


def fell_through(t: Token) -> bool:
    """A plan told in the past perfect, as news tells one that is off: "had been due to travel", "had been scheduled to
    meet"."""
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)
    if t.lemma_ == "be" and had and any(c.dep_ == "acomp" and c.lower_ == "due" for c in t.children):
        return True
    return had and t.tag_ == "VBN" and t.lemma_.lower() in SCHEDULE_WORDS and any(
        c.dep_ == "auxpass" and c.lower_ == "been" for c in t.children)


def called_off(t: Token) -> bool:
    """A phrase of calling something off or keeping out of it: "called off", "put on hold", "put on ice", "shelved",
    "dropped", "stayed away from", "pulled out of", "broke off"."""
    lemma = t.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children) or lemma == "shelve":
        return True
    if lemma == "drop" and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"in", "by", "into"}
                                   for c in t.children):
        return True  # "the plan to meet X was dropped", "dropped plans to meet X" (but one who dropped in met X)
    if lemma == "put" and any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in {"hold", "ice"}
                                                                            for p in c.children) for c in t.children):
        return True
    return any((lemma, c.lower_) in KEEP_OUT for c in t.children if c.dep_ in {"prt", "advmod", "prep"})


#: Phrasal verbs of keeping out of a meeting or ending talks: "stayed away from the summit", "pulled out of the
#: talks", "broke off talks" (but one who walked out of a meeting was there).
KEEP_OUT = {("stay", "away"), ("keep", "away"), ("pull", "out"), ("drop", "out"), ("opt", "out"), ("break", "off")}


#: Nouns of what is said about a contact, and verbs denying it: "dismissed reports that he had met X".
REPORT_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor",
                "rumors", "suggestion", "suggestions", "speculation", "story", "stories", "posts"}
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "rebut", "dispute", "debunk"}
#: Nouns of intent that "no" before them denies the contact they are for: "had no plans for talks with X".
INTENT_NOUNS = {"plan", "plans", "intention", "intentions", "intent", "desire", "need", "reason", "interest", "point"}
#: Modal auxiliaries of possibility.
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "can"}
#: Words of wanting, offering, conditions and requests: the contact may never happen.
HYPOTHETICAL_WORDS = {"want", "wish", "hope", "love", "like", "ready", "willing", "offer", "propose", "seek",
                      "consider", "possible", "possibility", "if", "unless", "whether", "urge", "demand", "invite", "prefer", "try",
                      "attempt", "strive", "bid", "effort", "push", "press", "call", "ask", "request", "encourage",
                      "persuade", "advise", "challenge", "dare", "proposal", "float", "moot", "intention",
                      "desire", "readiness", "willingness", "imagine", "envisage", "envision"}
#: Verbs whose object, a contact, is wished for when "would" goes with them: "she would welcome a meeting with X" (not
#: "would welcome X": a guest received).
WISH_VERBS = {"welcome", "support", "favour", "favor", "accept"}
#: Adjectives of willingness: "open to talks", "eager to meet".
HYPOTHETICAL_ADJ = {"open", "eager", "keen", "prepared", "likely"}
#: Adjectives of willingness with "would": "would be happy to talk" (but "was happy to meet X" met X).
CONDITIONAL_ADJ = {"happy", "glad", "pleased", "delighted", "honoured", "honored"}
#: Adjectives of a time not come for a contact: "it was premature to talk about a meeting between X and Y".
TOO_SOON_ADJ = {"premature", "early"}
#: Nouns of what one aims at, whose complement a contact is only wished: "the aim was a meeting between X and Y".
AIM_NOUNS = {"aim", "goal", "objective", "target", "ambition", "dream", "hope", "wish", "idea", "purpose", "prize",
             "priority"}
#: Word forms of wishing the lemmatizer may miss ("hopes" -> "hop").
HYPOTHETICAL_FORMS = {"hopes", "hoped", "hoping"}
#: Adjectives saying of a contact that it may not happen: "a meeting is unlikely", "a meeting was not necessary".
DOUBT_ADJ = {"unlikely", "possible", "doubtful", "uncertain", "impossible", "likely", "conceivable", "necessary",
             "unnecessary", "needed", "essential", "vital", "urgent"}
#: Adjectives of a contact that may come, or may not: "possible negotiations", "a potential meeting".
MAYBE_ADJ = {"possible", "potential", "hypothetical", "eventual"}
#: Adjectives of a time left to be agreed: "to visit Hanoi at a mutually convenient time" (no plan yet).
OPEN_TIME_ADJ = {"convenient", "appropriate", "suitable", "opportune", "early"}
#: Adverbs of doubt on a contact or the verb it hangs from: "would probably talk to him".
DOUBT_ADVERBS = {"probably", "possibly", "perhaps", "maybe"}
#: Words of future and arrangement: the contact is planned.
PLANNED_WORDS = {"will", "shall", "'ll", "expect", "plan", "schedule", "set", "due", "agree", "prepare",
                 "preparation", "arrange", "intend", "aim", "upcoming", "planned", "forthcoming", "next", "announce",
                 "promise", "pledge", "instruct", "task", "mandate"}
#: Words of deciding that plan only what they take as object or complement ("agreed to meet", "announced a
#: meeting", "talks set for Friday"), not a contact that dates the decision ("agreed on a truce during talks",
#: "set up a council during X's visit", "the declaration was prepared in sessions between X and Y").
DECISION_WORDS = {"agree", "announce", "set", "prepare"}
#: Prepositions that place a decision in time or space, not what it decides: "agreed ... during talks".
ADJUNCT_PREPS = {"during", "at", "after", "before", "in", "following", "since", "amid"}
#: Prepositions that set what a wish is about at a contact, or after it: "hopes to close the talks at a summit",
#: "agreed to push for a budget after hours of talks"; not "in", which may be the wish's object ("urged X to
#: engage in talks").
SETTING_PREPS = {"at", "during", "after", "following"}
#: Verbs of reporting: "would" under them is a reported future ("said he would call"), not a hypothesis.
SAY_VERBS = {"say", "tell", "announce", "write", "post", "state", "add", "confirm"}
#: Words of trying that do not make a mediation hypothetical: mediating is trying.
ATTEMPT_WORDS = {"try", "attempt", "effort", "bid", "strive", "seek", "push"}


def governing_chain(tok: Token, limit: int = 5, *, own_clause: bool = False) -> list[Token]:
    """The trigger and the words it depends on, up to its clause's main verb and a little above;
    ``own_clause``: not above a relative clause."""
    chain, t = [tok], tok
    for _ in range(limit):
        if t.head == t or t.dep_ == "ROOT" or t.dep_ == "ccomp" and not let_clause(t) \
                or own_clause and t.dep_ == "relcl" and not infinitive(t):
            break  # (but "a challenge to meet X", parsed as a relative clause, is what is challenged)
        if t.dep_ in {"acl", "appos"} and t.tag_ == "VBG" and t.head.pos_ in {"PROPN", "NOUN", "PRON"} \
                and not (t.head.pos_ == "NOUN" and t.i == t.head.i + 1):
            break  # "X, speaking with Y, urged calm": the participle describes X, the main verb's mood is not its
            # (but "offers to host a leaders meeting in Istanbul", "meeting" parsed as a participle of "leaders": the
            # offer's)
        if own_clause and t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            break  # "X called on Y, and she will hold talks with Z": a clause of its own, not "called for"
        if own_clause and t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < t.i for c in t.head.children):
            break  # "did not meet the delegation but spoke to X by telephone": the contrast is not denied
        # (a participle hung on the end of a subordinate clause tells of the main clause: "X became the first to visit
        # Y since the army drove Z out in March, holding talks with W": not March)
        t = t.head.head if participle_after_clause(t) else t.head
        chain.append(t)
    return chain


#: Verbs whose bare infinitive clause is what they let happen: "refused to let him meet X" refused the meeting.
LETTING_VERBS = {"let", "allow", "permit", "help", "make"}


def let_clause(verb: Token) -> bool:
    """"(refused to let) him meet X": a bare infinitive's clause under a verb of letting, which the parser makes a
    clause of its own; what governs the letting governs it."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in LETTING_VERBS \
        and not any(c.dep_ == "mark" for c in verb.children)


def infinitive(verb: Token) -> bool:
    """"to meet": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def turned_down(verb: Token) -> bool:
    """"turned down", "turn down": a refusal told with a particle."""
    return verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def pseudo_cleft_denied(tok: Token) -> bool:
    """The contact is what a negated "what" clause before "be" names: "What X did not do was meet Y"."""
    be = tok.head if tok.dep_ in {"attr", "xcomp", "ccomp"} else None
    return be is not None and be.lemma_ == "be" and any(
        c.dep_ == "csubj" and any(w.lower_ == "what" for w in c.children) and any(w.dep_ == "neg" for w in c.children)
        for c in be.children)


#: Words that put a contact out of reach: "a meeting between X and Y was unthinkable".
OUT_OF_REACH = {"unthinkable", "impossible", "inconceivable", "unimaginable", "unlikely", "improbable"}
#: Verbs of expecting a contact whose subject's "none" denies it: "None of the mediators expects a meeting".
EXPECT_VERBS = {"expect", "anticipate", "foresee", "predict"}
#: Subjects that deny what they expect: "none", "nobody".
NONE_WORDS = {"none", "nobody", "no-one"}


#: Verbs of a contact's happening: "did not take place", "never happened".
HAPPEN_VERBS = {"take", "happen", "occur", "materialise", "materialize"}


def not_held(verb: Token) -> bool:
    """A negated verb of happening with no subject of its own: "(...) did not take place" after a subject the parser
    hung elsewhere."""
    return verb.lemma_.lower() in HAPPEN_VERBS and any(c.dep_ == "neg" for c in verb.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def denied_report_conjunct(verb: Token) -> bool:
    """A contact verb parsed as the conjunct of a verb denying a report whose "that" clause it is: "rejected a
    report in a foreign publication that X had met Y"."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in DENIAL_VERBS:
        return False
    report = next((c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ in REPORT_NOUNS), None)
    return report is not None and any(t.lower_ == "that" for t in verb.doc[report.i + 1 : verb.i])


def none_expects(verb: Token) -> bool:
    """A verb of expecting whose subject is "none" or "nobody": what it expects will not happen."""
    return verb.lemma_.lower() in EXPECT_VERBS and any(c.dep_ == "nsubj" and c.lower_ in NONE_WORDS
                                                       for c in verb.children)


def is_negated(tok: Token) -> bool:
    """A contact that did not or will not happen: "did not meet", "refused to talk"; not denied by the clause
    a relative clause describes a word of ("did not attend the summit in Rio, where X met Y": X met Y)."""
    chain = governing_chain(tok, own_clause=True)
    for k, t in enumerate(chain):
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in {"neg", "det"} for c in t.children):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(d.lower_ == "neither" for d in c.children)
               for c in t.children):
            return True  # "Neither X nor Y attended", "met neither X nor Y"
        if t == tok and tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children):
            return True  # "Myanmar hosts no UN envoy", "met no officials of X"
        if t != tok and t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "preconj"} and c.lower_ == "neither"
                                                          for c in t.children):
            return True  # "X and Y were in the audience, though neither was part of the official talks"
        if t == tok and tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ALL_BUT_NOT
                                                   for c in tok.children):
            return True  # "X and Y were barely speaking a year ago": not on speaking terms
        if t == tok and tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and (
                c.lower_ in NONE_WORDS or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                for c in tok.children):
            return True  # "no Kenyan official met him", "Nobody from the government spoke to X", "None of them met X"
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in MEET_NOUNS | TALK_NOUNS | CALL_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children):
            return True  # "no meeting has been scheduled between X and Y" (but "No officials took part in the talks")
        if t != tok and (t.lemma_.lower() in NEG_VERBS or called_off(t) or turned_down(t)) \
                and (chain[k - 1].dep_ != "nsubj" or t.lemma_.lower() in UNDONE_VERBS):
            return True  # "refused to meet", "the talks were cancelled", "turned down an invitation to meet", a
            # headline's "X-Y meeting cancelled"; not "the talks failed" (they took place)
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True
        if t == tok and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
            return True  # "any encounter between X and Y would be closely watched": none told
        if t != tok and t.lemma_ == "be" and tok.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "prep" and any(n.dep_ == "neg" for n in c.children) for c in t.children):
            return True  # "a meeting between X and Y was "not on the agenda"", the "not" parsed on the "on"
        if t != tok and tok.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in MOVE_VERBS \
                and any(c.dep_ == "auxpass" for c in t.children):
            return True  # "A meeting with X, pencilled in for Sunday, was moved to New York": not as first planned
        if any(c.dep_ == "dobj" and c.lower_ in INTENT_NOUNS and any(d.lower_ == "no" for d in c.children)
               for c in t.children):
            return True  # "had no plans (at present) for talks with X", "has no intention to meet X"
        if t.dep_ == "pcomp" and t.head.lower_ == "without":
            return True
        if t != tok and k and chain[k - 1].dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "conj" and c.lemma_.lower() in UNDONE_VERBS | MOVE_VERBS and c.tag_ == "VBN"
                and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children) for c in t.children):
            return True  # "A call between X and Y, pencilled in for Tuesday, was postponed": the subject's verb's
        if t != tok and t.lemma_ == "be" and chain[k - 1].dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"acomp", "attr"} and c.lower_ in OUT_OF_REACH for c in t.children):
            return True  # "a meeting between X and Y was "unthinkable" for now"
        if t != tok and none_expects(t):
            return True  # "None of the mediators expects a meeting between X and Y"
        if t != tok and fell_through(t):
            return True  # "X had been due to travel to Y next week for talks with Z": a plan that is off
        if t != tok and t.lemma_.lower() in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                                      for c in t.children) \
                and any(c.dep_ == "xcomp" and c.i > t.i for c in t.children):
            return True  # "has yet to hold talks with X", "is yet to meet X": not so far
    if chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in DENIAL_VERBS:
        return True  # "denied that she had met X"
    if chain[-1].dep_ == "ccomp" and none_expects(chain[-1].head):
        return True  # "Nobody expects X to meet Y soon"
    if denied_report_conjunct(tok):
        return True  # "rejected a report in a foreign publication that X had secretly met Y", parsed as two verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and any(
            i.lower_ in INTENT_NOUNS and any(d.lower_ == "no" for d in i.children)
            for i in [tok.head.head, *(c for c in tok.head.head.children if c.dep_ in {"attr", "dobj", "nsubj"})]):
        return True  # "there were no plans at the moment for a conversation between X and Y", "for" on "were"
    if tok.dep_ in {"nsubj", "nsubjpass"} and chain[-1].dep_ == "ccomp" and not_held(chain[-1].head):
        return True  # "A meeting between X and Y, which officials had said was on the programme, did not take place"
        # parsed with the meeting the subject of "was"
    left = tok.left_edge.i
    if left >= 2 and " ".join(t.lower_ for t in tok.doc[left - 2 : left]) in LET_ALONE:
        return True  # "no sign of a handshake, let alone a meeting": less than what did not happen
    if pseudo_cleft_denied(tok):
        return True  # "What X did not do was meet Y", "What has not happened is a meeting of X and Y"
    if any(t.lower_ == "such" and t.head != tok and any(c.lower_ == "no" for c in t.head.children) for t in tok.sent):
        return True  # "a post announcing a call with X was deleted after Y said no such conversation had taken place"
    if chain[-1].dep_ == "relcl" and chain[-1].lemma_.lower() in SCHEDULE_WORDS and any(
            a.lemma_.lower() in NEG_VERBS or called_off(a) for a in list(chain[-1].ancestors)[:4]):
        return True  # "cancelled his trip to Italy, where he had been scheduled to meet X"
    if any(t.lower_ in REPORT_NOUNS and (t.head.lemma_.lower() in DENIAL_VERBS or t.head.lower_ == "as"
                                         and t.head.head.lemma_.lower() in DENIAL_VERBS) for t in chain[1:]):
        return True  # "dismissed reports that he had met X as fantasy", "dismissed as fabrication reports that"
    if hearsay(tok, chain):
        return True  # "There are reports of Russia-Ukraine talks next week", "a newspaper report that X and Y met"
    intent = chain[-1].head
    if chain[-1].dep_ in {"relcl", "acl"} and intent.lower_ in INTENT_NOUNS and any(d.lower_ == "no" for d in intent.children):
        return True  # "there were no plans for him to meet X"
    report = next((t for t in [intent, *intent.ancestors][:4] if t.lower_ in REPORT_NOUNS), None)
    if chain[-1].dep_ in {"relcl", "acl", "ccomp"} and report is not None and any(
            t.lemma_.lower() in DENIAL_VERBS for t in list(report.ancestors)[:3]):
        return True  # "dismissed as fabricated a report (by a news site) that he had spoken with X", "Kremlin denies
        # report that X spoke with Y" (the clause parsed as the report's complement)
    if chain[-1].dep_ == "ccomp" and intent.dep_ == "acl" and intent.lemma_.lower() in CLAIM_VERBS and (
            intent.head.lower_ in REPORT_NOUNS and any(t.lemma_.lower() in DENIAL_VERBS for t in list(intent.head.ancestors)[:3])):
        return True  # "dismissed as baseless a report claiming that he had spoken to X"
    if chain[-1].dep_ == "ccomp" and intent.dep_ in {"advcl", "acl"} and intent.lemma_.lower() in {"claim", "allege"} \
            and any(t.lemma_.lower() in DENIAL_VERBS for t in list(intent.ancestors)[:4]):
        return True  # "denied reports published by Y, and relayed by Z, alleging that X had met W" (the claim hung on
        # what relayed the reports)
    return False


def hearsay(tok: Token, chain: list[Token]) -> bool:
    """The contact is what reports, rumours or claims tell, not what the story states: "reports of talks in
    Istanbul", "declined to confirm a newspaper report that X and Y met" (the contact's noun the object of "of" or
    "about" a report noun, or its clause the report noun's complement, or what reports say)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "about", "over"} and tok.head.head.lower_ in REPORT_NOUNS:
        return True  # (and "amid speculation over another summit between X and Y")
    if chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in CLAIM_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in REPORT_NOUNS for c in chain[-1].head.children):
        return True  # "Reports in Lusaka said he met X": what reports say
    if chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lower_ in REPORT_NOUNS for c in chain[-1].head.children):
        return True  # "There were reports last month that you met X", the clause hung on "were"
    claim = chain[-1].head
    if chain[-1].dep_ == "ccomp" and claim.dep_ == "acl" and claim.lemma_.lower() in CLAIM_VERBS \
            and claim.head.lower_ in REPORT_NOUNS and not confirmed(claim.head.head):
        return True  # "has noted media reports suggesting that X will meet Y": what the reports claim
    # (not "X and Y held talks, Reuters reports": the story's source; nor "confirmed a report that X met Y")
    return any(t.dep_ in {"acl", "ccomp", "relcl"} and t.head.lower_ in REPORT_NOUNS and t.head.pos_ != "VERB"
               and not confirmed(t.head.head) for t in chain)


def confirmed(verb: Token) -> bool:
    """A verb of confirming, neither negated nor declined: "confirmed a report that X met Y" (not "declined to
    confirm", "did not confirm")."""
    return verb.lemma_.lower() in CONFIRM_VERBS and not any(c.dep_ == "neg" for c in verb.children) \
        and verb.head.lemma_.lower() not in NEG_VERBS


#: Verbs that make what a report says a fact: "confirmed a report that X had spoken with Y".
CONFIRM_VERBS = {"confirm", "verify", "corroborate", "acknowledge"}


#: Participles by which a report tells its claim: "a report claiming that X met Y".
CLAIM_VERBS = {"claim", "allege", "say", "suggest", "state", "assert"}


#: Marks of a clause telling when something else happened: in the past tense, it happened too.
PAST_TIME_MARKS = {"when", "after", "while", "as"}


def condition(clause: Token) -> bool:
    """A clause that sets a condition: "if/unless X ...", "only when X ..." (a conjunct: "and only if X"; or "only"
    on the verb the clause hangs on: "would only sit down with Y when X hands them over")."""
    marks = {m.lower_ for m in clause.children if m.dep_ in {"mark", "advmod"}}
    only = "only" in marks or any(m.lower_ == "only" for w in clause.children if w.lower_ in {"if", "when", "once"}
                                  for m in w.children) or clause.dep_ == "advcl" and any(
        m.dep_ == "advmod" and m.lower_ == "only" and m.i < clause.i for m in clause.head.children)
    return clause.dep_ == "advcl" and bool(marks & {"if", "unless"}) or only and bool(
        marks & {"if", "unless", "when", "once"})


def subjectless_passive(tok: Token) -> Token | None:
    """The passive verb after a contact noun parsed as the object of the verb before it, the verb's clause with no
    subject of its own: "say a joint meeting (...) has been floated"; None otherwise."""
    if tok.dep_ != "dobj":
        return None
    return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and not any(
        d.dep_ in {"nsubj", "nsubjpass"} for d in c.children) and any(d.dep_ == "auxpass" for d in c.children)), None)


def is_hypothetical(tok: Token, mediation: bool = False) -> bool:
    """A contact that may never happen: a modal, a condition, a wish or a request governs it. A wish about what
    happens at a contact is not about the contact: "hopes to close the talks at a summit in Copenhagen"."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in PAST_TIME_MARKS
                                                         for c in tok.children):
        return False  # "pressed X to act when the two met in Edinburgh": a time told in the past happened
    if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in HYPOTHETICAL_WORDS for c in tok.children):
        return True  # "wrote to X proposing negotiations", the participle parsed as the noun's adjective
    if (passive := subjectless_passive(tok)) is not None and passive.lemma_.lower() in HYPOTHETICAL_WORDS:
        return True  # "Diplomats say a joint meeting of X with Y has been floated more than once", the meeting parsed
        # as what the diplomats say
    adjunct = False  # passed "at/during/in ...": the contact is where the wish is set, not what is wished
    # "pressed ahead with a visit, meeting X": a participle beside a verb tells what was done, not what it presses for
    beside = tok.head.i if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
        c.dep_ in {"mark", "aux"} for c in tok.children) and not any(  # not "wants to visit Lima, meeting X"
        c.dep_ in {"xcomp", "ccomp"} for c in tok.head.children) else None
    below = None  # the word of the chain below t
    for t in own_mood_chain(tok):
        adjunct = adjunct or t.dep_ == "prep" and t.lower_ in SETTING_PREPS and t.head != tok
        # a verb the contact is coordinated with is done beside it, not asked for: "call on X and meet Y"
        prev = below
        joined, below = below is not None and below.dep_ == "conj" and below.head == t, t
        if mediation and t.lemma_.lower() in ATTEMPT_WORDS:
            continue
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                return True
            if c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}:
                return True
            if c.dep_ in {"advcl", "conj"} and t.pos_ in {"VERB", "AUX"} and condition(c):
                return True  # "If X visits Warsaw, she will meet Y": a condition on the contact; and "would meet Y
                # only in Z and only when she comes", parsed as a conjunct
            if c.dep_ == "aux" and c.lower_ == "would" and not _reported(t):
                return True
            if c.dep_ == "aux" and c.lower_ in {"would", "'d", "could", "might"} and t.tag_ == "VBN" and any(
                    h.dep_ == "aux" and h.lower_ == "have" for h in t.children):
                return True  # "said he would have called X": what did not happen, reported or not
        if t != tok and t.i != beside and not adjunct and not joined and (
                t.lemma_.lower() in HYPOTHETICAL_WORDS or t.lower_ in HYPOTHETICAL_FORMS):
            return True
        if t != tok and t.lemma_.lower() in WISH_VERBS and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"}
                                                                 for c in t.children):
            return True  # "she would welcome a meeting between X and Y": a wish, reported or not
        if prev is not None and prev.dep_ == "prep" and prev.lower_ in {"for", "of"} and prev.head == t \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in HYPOTHETICAL_WORDS for c in t.children):
            return True  # "expressed his hope for a visit by X", "for" hung on the verb: the object's wish
        if t.dep_ == "prep" and t.lower_ in {"towards", "toward"} and t.head.lemma_.lower() in {"work", "move"}:
            return True  # "agreed to keep working towards a meeting between X and Y": an aim, no plan yet
        if t == tok and any(c.dep_ == "amod" and c.lower_ in MAYBE_ADJ for c in t.children):
            return True  # "a venue for possible negotiations between X and Y"
        if open_time(t):
            return True  # "accepted an invitation to visit Hanoi at a mutually convenient time"
        if t.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ in {"acomp", "oprd"} and c.lower_ in DOUBT_ADJ
                                                    for c in t.head.children):
            return True  # "a meeting between X and Y is unlikely", "talks remain possible"
        if t != tok and (t.pos_ == "ADJ" or t.dep_ == "acomp") and t.lower_ in HYPOTHETICAL_ADJ \
                or t != tok and t.dep_ == "acomp" and t.lower_ in TOO_SOON_ADJ:
            return True  # (also "he would be prepared to meet X", "prepared" tagged a participle)
        if t.dep_ in {"attr", "advcl", "xcomp", "ccomp"} and t.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in t.head.children):
            return True  # "the ultimate aim was a meeting between X and Y", "The idea was for X to travel to Z and be
            # received by Y": what is aimed at
        if any(c.dep_ == "acomp" and c.lower_ in HYPOTHETICAL_ADJ | TOO_SOON_ADJ for c in t.children) and any(
                c.dep_ == "xcomp" and (c == tok or c in tok.ancestors)
                or c.dep_ == "prep" and c.lower_ == "to" and c in tok.ancestors for c in t.children):
            return True  # "was open to direct talks with X" parsed with "direct" a verb beside "open"; "remained
            # 'open in principle' to another summit" with "to" hung on the verb
        if t != tok and (t.pos_ == "ADJ" or t.tag_ == "VBN") and t.lower_ in CONDITIONAL_ADJ and any(
                c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in [*t.head.children, *t.children]):
            return True  # "said he would be happy to talk to X", "would be honoured to host X" (a participle)
        if t != tok and t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children):
            return True  # "looked forward to welcoming X to India": a wish
        if any(c.dep_ == "advmod" and c.lower_ in DOUBT_ADVERBS for c in t.children):
            return True  # "said he would probably talk to him"
        if t.dep_ == "ccomp" and (t.head.lemma_.lower() in HYPOTHETICAL_WORDS or t.head.lower_ in HYPOTHETICAL_FORMS) \
                and not adjunct:
            return True  # "wanted X to open talks with Y", parsed as a clause of "wanted"; "hoped" lemmatised "hop"
        if t.dep_ == "relcl" and (t.head.lower_ in ANY_ONE or any(c.lower_ in ANY_ONE for c in t.head.children)):
            return True  # "any official who held talks with X would be expelled": whoever, if anyone
        if asked(t) or inverted(t):
            return True  # "Has the Prime Minister spoken to X this week?": a question, not a report
        if unrealised_plan(t):
            return True  # "had been due to fly to Ankara for talks", "was to have met X": a plan that fell through
    return False


#: Adjectives of being somewhere as planned: "is due in Hanoi for talks", "was expected in Lima".
DUE_WORDS = {"due", "expected", "scheduled", "set"}
#: Words of a plan that, in the past perfect, tell it fell through: "had been due to", "had been scheduled to".
PLAN_WORDS = DUE_WORDS | {"supposed", "planned", "slated"}


def open_time(t: Token) -> bool:
    """"(to visit X) at a (mutually) convenient time", "(would sit down with X) when the time is right": a time left
    to be agreed."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        p.lower_ in {"time", "date", "moment"} and any(a.lower_ in OPEN_TIME_ADJ | RIGHT_TIME_ADJ for a in p.children)
        for p in c.children) for c in t.children) or any(
        c.dep_ == "advcl" and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)
        and any(w.dep_ == "nsubj" and w.lower_ in {"time", "moment"} for w in c.children)
        and any(w.dep_ == "acomp" and w.lower_ in RIGHT_TIME_ADJ for w in c.children) for c in t.children)


#: Adjectives of a time that has yet to come: "when the time is right", "at the right moment".
RIGHT_TIME_ADJ = {"right", "ripe"}


def unrealised_plan(t: Token) -> bool:
    """"had been due to meet", "had been scheduled to travel", "was to have met": a plan told in the past perfect,
    which a report gives for one that did not happen."""
    words = {c.lower_ for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if t.tag_ == "VBN" and "have" in words and "to" in words and t.head.lemma_.lower() == "be":
        return True  # "was to have met"
    planned = t.lower_ in PLAN_WORDS or any(c.dep_ == "acomp" and c.lower_ in PLAN_WORDS for c in t.children)
    return planned and "had" in words and ("been" in words or t.lower_ == "been")


def asked(t: Token) -> bool:
    """A verb asked about: its auxiliary before its subject in a sentence ending in a question mark ("Did X meet
    Y?", "Have you talked to Y?")."""
    subjects = [c.i for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    last = next((w for w in reversed(t.sent) if not (w.is_punct and w.text != "?") and not w.is_space), None)
    return bool(subjects) and last is not None and last.text == "?" and any(
        c.dep_ in {"aux", "auxpass"} and c.i < subjects[0] for c in t.children) and not any(
        c.lower_ in {"why", "how", "where", "when"} for c in t.children)  # "Why did X meet Y?": they met


#: Auxiliaries a yes-no question opens with: "Will X meet Y?", "Has X spoken with Y?".
QUESTION_AUXILIARIES = {"will", "would", "has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "can",
                        "could", "shall", "should", "may", "might"}


def inverted(t: Token) -> bool:
    """A verb after an auxiliary and its subject's name in a sentence ending in a question mark, however the parser
    hung them ("Question (Wire): Will President X hold a meeting with Y?", "Minister, has X spoken with Y?"); not
    a question of when or where, which takes the contact as told ("When will X meet Y?")."""
    if t.pos_ not in {"VERB", "AUX"} or not t.i:
        return False
    last = next((w for w in reversed(t.sent) if not (w.is_punct and w.text != "?") and not w.is_space), None)
    if last is None or last.text != "?":
        return False
    doc, k, named = t.doc, t.i - 1, False
    while k > t.sent.start and doc[k].lower_ not in QUESTION_AUXILIARIES and (
            doc[k].ent_type_ or doc[k].text[:1].isupper() or doc[k].lower_ in {"the", "'s", "-"}):
        named, k = named or bool(doc[k].ent_type_), k - 1
    return named and doc[k].lower_ in QUESTION_AUXILIARIES and not (
        k > t.sent.start and doc[k - 1].lower_ in {"why", "how", "where", "when"})


#: Words of anyone at all: a contact in a clause on them is a case, not an event.
ANY_ONE = {"any", "anyone", "anybody", "whoever", "every", "everyone"}


#: Verbs of settling on what will be done: "agreed that their ministers would meet" is a plan.
DECISION_VERBS = {"agree", "decide"}


def _reported(t: Token) -> bool:
    """"said he would call", "agreed that X would meet": reported or agreed future, not a hypothesis (also in a
    second "that" clause: "said he had called X, and that he would meet Y")."""
    while t.dep_ == "conj" and t.head != t and (any(c.lower_ == "that" and c.dep_ == "mark" for c in t.children)
                                                or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
        t = t.head  # (or one with no subject of its own: "that X would hold talks and would then be received by Y")
    if t.dep_ == "relcl" and any(c.lower_ == "that" and (c.dep_ == "mark" or c.dep_ in {"dobj", "dative"} and any(
            o.dep_ == "dobj" and o.lower_ != "that" for o in t.children)) for c in t.children) and any(
            a.pos_ == "VERB" and a.lemma_.lower() in SAY_VERBS for a in t.ancestors):
        return True  # "told reporters at the briefing that X would meet Y": "that" opens what was told, no relative
    if t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) and any(
            a.pos_ == "VERB" and a.lemma_.lower() in SAY_VERBS for a in t.ancestors):
        return True  # "said in a statement that X would hold talks with Y", "that" parsed on the statement
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in SAY_VERBS | DECISION_VERBS


#: Tags of finite verbs: a sentence without one is a headline ("X, Y to meet in Lima").
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


#: Conjunctions of a clause telling a fact whatever the mood of the clause it hangs on: "could bring jobs after
#: its bosses toured the site".
FACT_MARKS = {"after", "since", "because", "as", "when", "while"}


#: Participles looking back on what they govern: "Recalling their meeting in Kazan, the presidents agreed to ...".
RECALL_VERBS = {"recall", "remember", "recollect", "note", "cite", "mention", "welcome", "hail", "praise", "review",
                "reflect"}


def own_mood_chain(tok: Token) -> list[Token]:
    """The governing chain up to the verb of a clause of fact: the mood above "after X toured" is not X's,
    nor the mood above "recalling their meeting"."""
    chain = governing_chain(tok, 7, own_clause=True)
    if means_of_call(tok):  # "briefed Y on the plans in a phone call": the verb's mood, not that of what it is on
        chain = [tok, *(t for t in chain[1:] if t.pos_ in {"VERB", "AUX"}
                        or t.dep_ == "prep" and t.head.pos_ == "VERB")]
    for k, t in enumerate(chain):
        if t.dep_ == "advcl" and t.tag_ in {"VBD", "VBN"} and any(
                c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in t.children):
            return chain[: k + 1]
        if k and t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in RECALL_VERBS:
            return chain[: k + 1]
    return chain


def pluperfect(sent: Span) -> bool:
    """The sentence's main clause tells what had happened before: "X had met Y", "X had on Wednesday paid a visit
    to Y" (not "X, who convened the meeting, said it had taken place")."""
    return any(t.dep_ == "aux" and t.lower_ in {"had", "'d"} and t.head.tag_ in {"VBN", "VBD"} and t.head.dep_ == "ROOT"
               for t in sent)


def is_planned(tok: Token) -> bool:
    """A contact still to come: "will", "would", "is to", or a word of planning governs it."""
    chain = own_mood_chain(tok)
    for k, t in enumerate(chain):
        if t.lemma_.lower() in PLANNED_WORDS and t != tok and not (  # "agreed on a truce at their meeting"
                t.lemma_.lower() in DECISION_WORDS and any(c.lower_ in ADJUNCT_PREPS for c in chain[:k])):
            return True
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would"}:
                return True
            if c.lower_ in {"upcoming", "planned", "forthcoming", "scheduled", "proposed"} \
                    or t == tok and c.lower_ == "next" and c.dep_ == "amod":  # "the next meeting of the council"
                return True
            if t == tok and c.dep_ == "acl" and c.lemma_.lower() in {"set", "due", "schedule", "expect"} and any(
                    x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in c.children):
                return True  # "talks set to begin next month", "a meeting expected to take place"
            if t == tok and c.dep_ in {"acl", "relcl"} and {"aux", "auxpass"} <= {a.dep_ for a in c.children} and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True  # "the summit to be held in Lima"
            if c.dep_ == "acomp" and c.lower_ == "due" and t.lemma_ == "be":
                return True  # "X is due in Tokyo later this month for a meeting with Y"
            if c.dep_ == "aux" and c.lower_ == "to" and (t.dep_ == "ROOT" or not any(w.tag_ in FINITE_TAGS for w in t.sent)):
                return True  # a headline: "X to meet Y in Lima", "X, Y to meet in Lima"
            if c.dep_ == "aux" and c.lower_ == "to" and t.head.lemma_.lower() in {"go", "be"} and t.dep_ == "xcomp" \
                    and not any(p.dep_ == "prep" and p.lower_ == "in" for p in t.head.children):
                return True  # "is to meet"; not "was in Berlin to talk", a purpose
        if scheduled(t):
            return True  # "X travels to Berlin later on Thursday to meet Y"
        if t.dep_ == "acl" and t.head.lemma_.lower() == "invitation" and t.head.head.lemma_.lower() == "accept":
            return True  # "accepted an invitation from Y to visit Lima": a visit to come
        if t.tag_ == "VBD" and t.dep_ in {"advcl", "relcl", "acl"}:
            break  # "set to be signed after X concluded talks", "X, who met Y, will travel": told in the past
    top = chain[-1]
    if top.dep_ == "relcl" and top.tag_ in {"VBZ", "VBP"} and top.head.lower_ in TRIP_NOUNS:
        return is_planned(top.head)  # "will make a visit that includes talks with X": when the visit is
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in PLANNED_WORDS and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in top.children):
        return True  # "Officials expect X to meet Y in Jeddah next month": the infinitive's own clause, to come
    return False


#: Words that put what a verb in the present tense tells after now: "X later flies to Washington".
LATER_WORDS = {"later", "next", "tomorrow", "soon", "then"}


#: The present tense of "be", which with a verb's "-ing" and a later time tells a plan: "is meeting X tomorrow".
PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}

#: Verbs of an itinerary, which the simple present with a day puts in a schedule: "X travels to Berlin on Thursday".
ITINERARY_VERBS = {"travel", "fly", "go", "head", "leave", "visit", "meet", "hold", "host", "return", "arrive",
                   "attend", "join", "tour", "move"}


def scheduled(verb: Token) -> bool:
    """A verb of an itinerary in the simple present of a sentence of prose (not a headline) with "later",
    "next", "then" or a weekday: a schedule ("X travels to Berlin on Thursday"); not a caption's "X meets Y in Lima
    September 8, 2012", nor "the summit ends on Saturday"; also in the present progressive: "Tomorrow I am meeting
    X"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    progressive = verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in PRESENT_BE
    if not (verb.tag_ in {"VBZ", "VBP"} and not auxes or progressive) or verb.lemma_.lower() not in ITINERARY_VERBS:
        return False
    last = verb.sent[-1] if not verb.sent[-1].is_space else verb.sent[-2]
    if last.text not in {".", "!", '"', "”"}:
        return False  # a headline tells the past in the present
    # (and a leg after the first: "flies to A (...) and then to B")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [q for c in preps for q in c.children if q.dep_ == "conj" and q.pos_ == "ADP"]
    words = [verb, *verb.children, *(g for c in preps for g in c.children)]
    words += [verb.sent[0]] if verb.sent[0].ent_type_ == "DATE" else []  # "Tomorrow X is meeting", however parsed
    return any(w.lower_ in LATER_WORDS or w.lower_ in WEEKDAYS for w in words)


#: Words opening a phrase that dates one thing by another: "a day after his meeting with X", "ahead of the summit".
TEMPORAL_PREPS = {"after", "before", "since", "until", "following", "ahead", "prior"}


def dating_phrase(t: Token) -> bool:
    """A word opening a phrase that dates something by another event some time away: "after" in "a day
    after his meeting with X", or the verb of "a day after his meeting with X ended" (not "kissed the
    soil before greeting X": one scene)."""
    def shifted(word: Token) -> bool:
        return word.i > 0 and word.doc[word.i - 1].lower_ in TIME_UNITS

    if t.pos_ in {"ADP", "ADV", "SCONJ"} and t.lower_ in TEMPORAL_PREPS:
        return shifted(t)
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_PREPS and shifted(c) for c in t.children)


def in_time_phrase(tok: Token) -> bool:
    """A contact told to date another: "(held talks in London) a day after his meeting with X ended"."""
    return any(dating_phrase(t) for t in [*tok.ancestors, *([tok] if tok.dep_ == "advcl" else [])])


#: Words of dates within the days a report is filed about: "on Thursday", "yesterday", "this morning", "on the same
#: day" (as the one told).
RECENT_WORDS = {"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "same"}


def recent(date_text: str | None) -> bool:
    """A contact dated to the days of the report (a weekday, "yesterday", "earlier in the day"), or not dated at
    all."""
    return date_text is None or bool(set(date_text.lower().split()) & RECENT_WORDS) or date_text.lower() == "the day"


#: Conjunctions opening a clause of another time than the contact's: "since the rebels resumed ...".
OTHER_TIME_MARKS = {"since", "until", "till"}


#: Nouns of a contact that another one can tell of.
CONTACT_TOLD = TALK_NOUNS | CALL_NOUNS | MEET_NOUNS


def of_a_contact_told(ent: Span, tok: Token) -> bool:
    """The date ends a contact the trigger tells of: "X informed Y about the results of his conversation with Z on
    March 18" (the conversation's day, not the informing's), however the date is parsed."""
    if tok.lemma_.lower() not in COUNTERPART_VERBS:
        return False
    doc = ent.doc
    at = ent.start - (ent.start > 0 and doc[ent.start - 1].pos_ == "ADP")
    return any(n.lemma_.lower() in CONTACT_TOLD and n.dep_ == "pobj" and n.right_edge.i + 1 == at
               for n in doc[tok.i + 1: at])


def other_time(t: Token, tok: Token) -> bool:
    """Token t is in a clause of another time than the contact at tok: "the first encounter between X and Y since
    the rebels resumed their offensive in Z late last year" (neither Z nor last year is the encounter's), "two days
    before the teams open the season at Z", "attending the summit ahead of next week's conference in Z"."""
    return any(tok not in a.subtree and (a.dep_ == "advcl" and (any(
        c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in a.children) or dating_phrase(a)) or bound_event(a))
        for a in t.ancestors)


def bound_event(t: Token) -> bool:
    """t is an event of another time that bounds the contact: "since the war in Z", "until the vote", and "ahead of
    next week's conference in Z" (but "ahead of the summit in Z", dated by nothing, is where the leaders gather)."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in {"until", "since"}:
        return True
    before = prep.lower_ == "before" or prep.lower_ == "of" and prep.head.lower_ == "ahead" \
        or prep.lower_ == "to" and prep.head.lower_ == "prior"
    return before and any(w.ent_type_ == "DATE" for w in t.subtree)


def not_until(ent: Span) -> bool:
    """"It was not until Sept. 14 that the general received X": the day it happened, no bound."""
    k = ent.start
    return k >= 2 and ent.doc[k - 1].lower_ == "until" and ent.doc[k - 2].lower_ == "not"


#: Words before a date that make it a bound, not when the contact happened: "in power since 2000".
BOUND_WORDS = {"since", "until", "till", "before", "after", "from", "by"}


def reporting_date(ent: Span, tok: Token) -> bool:
    """The date is on a reporting verb above the trigger, or right after it: "(talks), the ministry said on Monday",
    "X said on Monday she would meet Y" (however parsed)."""
    head = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    doc = ent.doc
    before = ent.start - 1 - (ent.start >= 1 and doc[ent.start - 1].lower_ == "on")
    said = doc[before] if before >= 0 else None
    return any(v is not None and v.lemma_.lower() in SAY_VERBS and v in tok.ancestors for v in (head, said))


#: A day and its parts, which "that" or "same" before them puts on a day the sentence names: "later that day".
PARTS_OF_DAY = {"day", "morning", "afternoon", "evening", "night"}


def quoted_apart(ent: Span, tok: Token) -> bool:
    """The date is inside a quotation the trigger is not in: '"X values (...) the G20 this year," Y said after the
    meeting' (the quoted words' time, not the meeting's)."""
    sent = ent.sent
    def inside(i: int) -> bool:
        return sum(t.text == '"' for t in sent if t.i < i) % 2 == 1
    return inside(ent.start) != inside(tok.i)


def date_of(tok: Token) -> str | None:
    """The text of the DATE entity (or a TIME one a day from another, "later in the day", or naming its day, "this
    morning") that dates the
    trigger: one attached to the trigger's clause;
    else the nearest one in the sentence that names a day (a year or month elsewhere in the
    sentence may date something else: "X, who last met Y in 2019, called him"). Never a bound
    ("until Friday", "since 2000") or a dateline's date."""
    chain = governing_chain(tok, 3)
    # "(talks on Saturday,) a day after his meeting with X": not the date of the contact the phrase dates
    cut = next((k + (t.dep_ == "advcl") for k, t in enumerate(chain) if dating_phrase(t)), None)
    chain = chain if cut is None else chain[:cut]
    sent = tok.sent
    dates = [e for e in sent.ents if (e.label_ == "DATE" or e.label_ == "TIME" and (
                 day_offset(e.text) is not None or names_a_day(e.text)))
             and not in_dateline(e) and not of_a_noun(e) and not names_another(e, tok) and not of_a_contact_told(e, tok)
             and not (e.start > 0 and e.doc[e.start - 1].lower_ in BOUND_WORDS and not not_until(e))
             and e[0].lower_ not in BOUND_WORDS
             and not other_time(e.root, tok) and not LENGTH_ADJECTIVE.search(e.text)
             and not quoted_apart(e, tok)]
    if dates and is_planned(tok):  # "X will hold talks with Y, the ministry said on Monday": when it was said
        dates = [e for e in dates if not reporting_date(e, tok)]
    attached = []  # (how far up the trigger's chain the date hangs, distance, date)
    for ent in dates:
        t = ent.root
        if tok.pos_ == "NOUN" and getattr(next((a for a in t.ancestors if a.dep_ == "acl"), None), "head", None) == tok:
            attached.append((0, abs(ent.root.i - tok.i), ent))  # "talks set to begin next month": the talks' own
            continue  # (not "talks aimed at shoring up the truce struck in Geneva last month": the truce's)
        inside = {i for other in dates if other != ent for i in range(other.start, other.end)}
        steps = 0
        while steps < 3:
            if t in chain:  # the date of the trigger's own verb before one of a verb above it
                attached.append((chain.index(t), abs(ent.root.i - tok.i), ent))
                break
            if t.head == t:
                break
            t = t.head
            # "in a single day on Tuesday": from the other date on; "on the sidelines of the summit in Rio last
            # November": through the edges of the event the contact is at
            steps = 0 if t.i in inside else steps + (not edge_word(t))
    if attached:  # how long ("in more than three years") after when ("on Friday"); a day before a month or year
        return when(min(attached, key=lambda a: (duration(a[2]), a[0], not names_day(a[2]), a[1]))[2])
    dates = [e for e in dates if not any(w.lower_ in {"week", "weeks", "year", "years", "month"} for w in e)
             and not is_period(e.text)]
    # (nor one of a relative clause about someone, without the contact: "X, who arrived on Wednesday, also met Y";
    # but "X, who speaks on Tuesday, will meet Y later that day", "X, who landed on Friday, met Y that evening")
    that_day = any(t.lower_ in PARTS_OF_DAY and t.i > 0 and t.doc[t.i - 1].lower_ in {"that", "same"} for t in sent)
    dates = [e for e in dates if that_day or not in_relative_clause(e, about_person=True, outside=tok)]
    if dates and cut is None:  # not a date of the sentence for a contact that dates another
        return when(min(dates, key=lambda e: abs(e.root.i - tok.i)))
    return None


#: Events of one day that a later sentence names again to place a contact in time: "After the ceremony, X hosted Y".
ONE_DAY_EVENTS = {"ceremony", "funeral", "inauguration", "memorial", "coronation", "banquet", "dinner", "reception",
                  "service", "parade", "wedding", "enthronement", "investiture", "burial", "luncheon", "lunch"}
#: Prepositions that put a contact on the day of such an event: "after the ceremony", "at the funeral".
SAME_DAY_PREPS = {"after", "following", "during", "at"}
#: Nouns of the edges of an event: "on the sidelines of the funeral" is at it.
EDGE_NOUNS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}


def edge_word(t: Token) -> bool:
    """A word of the phrase of an event's edges: "on", "the sidelines", "of" in "on the sidelines of the summit"."""
    return t.lower_ in EDGE_NOUNS or t.lower_ == "of" and t.head.lower_ in EDGE_NOUNS \
        or t.dep_ == "prep" and any(c.dep_ == "pobj" and c.lower_ in EDGE_NOUNS for c in t.children)


def event_day(tok: Token) -> str | None:
    """The date an earlier sentence gives the one-day event that the trigger's sentence names again ("Y was sworn
    in on Tuesday in a ceremony in Congress. (...) After the ceremony, X hosted Z": Tuesday), or None."""
    for t in tok.sent:
        prep = t.head if t.dep_ == "pobj" else None
        if t.lemma_.lower() not in ONE_DAY_EVENTS or prep is None or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children) or not (
                prep.lower_ in SAME_DAY_PREPS or prep.lower_ == "of" and prep.head.lower_ in EDGE_NOUNS):
            continue
        for u in reversed(t.doc[: tok.sent.start]):  # the latest earlier mention that is dated
            if u.lemma_.lower() == t.lemma_.lower() and (day := date_of(u)) is not None:
                return day
    return None


#: Nouns of the day before an event: "on the eve of the summit".
EVE_NOUNS = {"eve"}


def eve_day(tok: Token) -> str | None:
    """The date an earlier sentence gives the event whose eve the trigger's sentence puts the contact on ("X met Y
    in London on Wednesday for the summit. (...) On the eve of the summit, X hosted Z": Wednesday, a day before which
    the contact was), or None."""
    for t in tok.sent:
        if t.lower_ not in EVE_NOUNS or t.dep_ != "pobj" or t.head.lower_ not in {"on", "in"}:
            continue
        for event in (p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" and p.pos_ == "NOUN" and any(d.lower_ in {"the", "this", "that"}
                                                                       for d in p.children)):
            for u in reversed(t.doc[: tok.sent.start]):  # the latest earlier mention that is dated
                if u.lemma_.lower() == event.lemma_.lower() and (day := date_of(u)) is not None:
                    return day
    return None


def days_after_told(tok: Token, previous: list) -> tuple[str, int] | None:
    """(date text, days back from it) of a contact told as what another came after: "The call came a day after X and Y
    held talks in Nara", "The meeting comes four days after X held a call with Y": the day of the call or meeting
    the subject names (its own date, else that of the latest dated contact told before, ``previous``), and -1 or -4;
    None otherwise."""
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in a.children)), None)
    if clause is None or clause.head.lemma_.lower() != "come":
        return None
    span = next((e for e in tok.sent.ents if e.label_ == "DATE" and e.root.dep_ == "npadvmod"
                 and e.root.head in {clause, clause.head} and e.root.lower_ in {"day", "days"} and len(e) == 2), None)
    later = next((c for c in clause.head.children if c.dep_ == "nsubj"
                  and c.lower_ in MEET_NOUNS | TALK_NOUNS | CALL_NOUNS | TRIP_NOUNS), None)
    count = number_word(span[0].text) if span is not None else None
    if not count or later is None:
        return None
    own = date_of(tok)
    if own is not None and own != span.text:
        return None  # "The talks come three days after X called Y on Monday": the call's own day
    day = date_of(later) or next((ev.date_text for ev in reversed(previous) if ev.date_text and ev.kind != AFFILIATION
                                  and ev.sentence.start < tok.sent.start), None)
    return (day, -count) if day else None


#: Any date: what a date expression resolves to is only weighed for how precise it is.
_SOME_DAY = dt.date(2000, 6, 15)


def names_day(ent: Span) -> bool:
    """A date naming a day ("March 11", "on Sunday"), not only a month or year ("earlier this month")."""
    return precision(resolve_when(ent.text, _SOME_DAY, "past")) == "day"


def in_relative_clause(ent: Span, about_person: bool = False, outside: Token | None = None) -> bool:
    """Whether a date hangs in a relative clause: "X, who arrived on Wednesday, ..."; ``about_person``: one on a
    person's name or on a thing no contact is ("a joint communiqué, which is expected on Tuesday"); ``outside``: one
    that does not hold that token."""
    return any(t.dep_ == "relcl" and (not about_person or t.head.ent_type_ == PERSON or thing_told(t.head))
               and (outside is None or outside not in t.subtree) for t in ent.root.ancestors)


def thing_told(noun: Token) -> bool:
    """A common noun of no contact, journey nor person: "communiqué", "statement", "deal" (not "talks", "visit",
    "call"; nor "minister": "France's foreign minister, X, with whom she exchanged messages on Wednesday")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in \
        MEET_NOUNS | TALK_NOUNS | CALL_NOUNS | TRIP_NOUNS and not gazetteer.titles().get(noun.lower_)


def when(ent: Span) -> str:
    """A date's text without a pronoun the model took into it: "(with) her last month"; the date before a phrase the
    model took into it, when only that part reads as a date: "May" of "(in) May for Victory Day"."""
    span = ent[1:] if len(ent) > 1 and ent[0].pos_ == "PRON" else ent
    if resolve_when(span.text, _SOME_DAY, "past") is None:
        cut = next((k for k, t in enumerate(span) if k and t.pos_ == "ADP"), None)
        if cut is not None and resolve_when(span[:cut].text, _SOME_DAY, "past") is not None:
            return span[:cut].text
    return span.text


#: Units of a length of time: "three years", "two weeks".
TIME_UNITS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
              "decade", "decades"}


#: A length of time said as an adjective, no date: "a year-long dispute", "decades-old", "a three-day visit".
LENGTH_ADJECTIVE = re.compile(r"\w\s?-\s?(?:long|old)\b|\w\s?-\s?(?:" + "|".join(sorted(TIME_UNITS)) + r")$", re.I)


def duration(ent: Span) -> bool:
    """A length of time, not a point in it: "more than three years", "several weeks" (not "last week")."""
    return any(w.lower_ in TIME_UNITS for w in ent) and any(w.like_num or w.lower_ in {"several", "few", "many"}
                                                             for w in ent)


#: Nouns of a time "of" a date: "the morning of 19 November", "the eve of the summit".
TIME_OF_NOUNS = {"morning", "afternoon", "evening", "night", "day", "eve", "dawn", "weekend", "week", "end", "start",
                 "beginning", "middle", "course", "hours", "noon", "midnight"}


def of_a_noun(ent: Span) -> bool:
    """Whether a date names what a noun is of ("the Commission's recommendation of 8 November 2023", "a member as of 6
    January"): a thing's date, not a day the story is at."""
    root = ent.root
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 2].lower_ == "as" and doc[ent.start - 1].lower_ == "of":
        return True  # "a full member as of 6 January 2025": when a state of things began
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in {"NOUN", "PROPN"} \
        and root.head.head.lemma_.lower() not in TIME_OF_NOUNS  # but "on the morning of 19 November 1985"


#: Words of a length of time: "a three-day visit", "a two-hour meeting".
LENGTH_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"}


def names_another(ent: Span, tok: Token) -> bool:
    """Whether a year is part of the name of another thing than the contact: "discussed the 1944 Water Treaty" (but
    "the 2023 summit" is the summit's own)."""
    root = ent.root
    if root.dep_ not in {"nummod", "compound"} or not root.like_num or any(t.lower_ in LENGTH_WORDS for t in ent):
        return False  # (a length is no name: "a three-day visit"; nor a day the parser hung on a name: "On Wednesday
        # Mr X will travel")
    noun = root.head
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    return noun != tok and noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() not in TIME_OF_NOUNS


def of_a_time_before(ent: Span) -> bool:
    """Whether a date is told in the past perfect ("he added that he had spoken with X on Wednesday"): a day before
    the one the story stands at."""
    verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"}
                                                           for c in verb.children)


def in_dateline(ent: Span) -> bool:
    """A date in the opening dateline ("KYIV, June 12, 2025 (Wire) - ...", "Brussels, 6 February 2024" on a line of
    its own; first or after a headline): when the story was filed."""
    doc, sent = ent.doc, ent.sent
    if ent.start - sent.start > 8 or sent.start > 0 and doc[sent.start - 1].sent.start > 0:
        return False  # not at the start of the first or second sentence
    line_end = "\n" in doc[ent.end - 1].whitespace_ or ent.end < len(doc) and "\n" in doc[ent.end].text
    if line_end and ent.start > sent.start and all(
            t.ent_type_ or t.text == "," for t in doc[sent.start : ent.start]):
        return True  # "Brussels, 6 February 2024" on a line of its own
    # a dash, not the hyphen of "wide-ranging"; an agency's bracket, not a day's number: "on Wednesday (17/9)"
    return any(t.text in DATELINE_ENDS | {"(", "/"} and (t.text in {":", "("} or doc[t.i - 1].whitespace_)
               and not (t.text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isdigit())
               for t in doc[ent.end : min(sent.end, ent.end + 6)])
