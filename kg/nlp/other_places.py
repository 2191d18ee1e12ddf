"""Places a sentence names that are not where its contact happened.

A place in what the contact is about ("discussed the war in Syria", "negotiations on a truce in Gaza", "called for a
ceasefire in Gaza"), in what was said or where it was said ("told reporters in Rome that she met X"), in a post
("X, Japan's consul general in Z"), in a clause of others ("as Western ministers condemned the war in Z"), in the
source that reports the contact ("The Japanese Embassy in Z shared the post"), in another event still to be held, or
in one dated before it.
:mod:`kg.nlp.places` skips such places.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import PERSON
from kg.nlp import gazetteer
from kg.nlp.modality import SAY_VERBS
from kg.nlp.titles import entity_at
from kg.nlp.trigger_words import (
    EXCHANGE_OBJECTS,
    FORUM_NOUNS,
    HOLD_VERBS,
    MEAL_NOUNS,
    MEET_NOUNS,
    ON_SITES,
    PARTY_TYPES,
    SIDELINE_NOUNS,
    TALK_NOUNS,
    TALK_VERBS,
    TOPIC_VERBS,
    TRAVEL_VERBS,
    VENUE_NOUNS,
)
from kg.nlp.triggers import clause_verb, trigger_rule

__all__ = ["TOPIC_PREPS", "clause_of", "dated_event_after", "describes_others", "event_to_be_held", "in_at",
           "in_next_clause", "in_post", "in_source", "in_topic", "in_what_clause", "listed_items", "object_detail",
           "others_clause", "pledged_object", "reported_place", "said_place", "standing_state"]


def in_at(t: Token) -> Token | None:
    """The "in/at" whose object t is, also as an apposition: "in the South African capital, Pretoria"."""
    if t.dep_ == "appos" and t.head.dep_ == "pobj":
        t = t.head
    return t.head if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} else None


#: Prepositions whose object is what a contact is about, not where it happened: "talks over the war in Syria".
TOPIC_PREPS = {"about", "over", "regarding", "concerning"}


#: Verbs by which a contact noun's clause tells what it was about: "talks covering trade", "a meeting focusing on".
COVER_VERBS = {"cover", "address", "span", "concern", "touch", "include"}
#: Verbs of going over a subject at a meeting: "reviewed bilateral relations", "addressed cooperation on X".
REVIEW_VERBS = {"address", "review", "examine", "explore", "tackle"}


#: Verbs whose "on" tells what a contact was about: "the meeting focused on trade".
FOCUS_VERBS = {"focus", "center", "centre", "concentrate", "dwell", "touch"}
#: Nouns of what talks dwell on: "reviewed the agenda, with emphasis on the crossings at X".
FOCUS_NOUNS = {"emphasis", "focus", "stress", "accent"}


def listed_items(tok: Token) -> set[int]:
    """The words of common nouns listed beside a contact noun, no contacts themselves: "talks with X on migration, the
    war in Ukraine" with "war" the talks' apposition, "sessions on the economy and the conflict in the Middle East"
    with "conflict" their conjunct, "a meeting at which they discussed A, the B Agreement and cooperation in the
    Pacific" with the list after "discussed" parsed as the meeting's apposition: topics, not where."""
    talked = [c.i for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in TALK_VERBS]
    return {i for c in tok.children if c.dep_ in {"appos", "conj"} and (
        c.pos_ == "NOUN" and c.lemma_.lower() not in MEET_NOUNS | TALK_NOUNS or c.dep_ == "appos" and any(
            r < c.i for r in talked)) for i in range(c.left_edge.i, c.right_edge.i + 1)}


#: Nouns of states of affairs, whose "in" names where they are, not where they are discussed: "the situation in Gaza".
AFFAIR_NOUNS = {"situation", "war", "crisis", "conflict", "fighting", "violence", "development", "tension", "escalation",
                "unrest", "hostility", "bloodshed"}

#: Verbs of asking for something, whose "for" names what is asked: "called for a ceasefire in Gaza".
DEMAND_VERBS = {"call", "press", "push", "appeal", "plead", "lobby", "ask"}


#: Nouns of a time something happens "on": "on the eve of the conference", "on Thursday evening".
ON_TIMES = {"eve", "occasion", "day", "morning", "afternoon", "evening", "night", "weekend", "anniversary"}


def dated_after(t: Token) -> bool:
    """The place is named right after a day, both hung on one word (the parser's last verb of a topic: "held talks on
    avoiding clashes on Wednesday in the Azerbaijani capital Baku"): the contact's day and place."""
    word = t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} else None
    return word is not None and word.pos_ == "VERB" and word.tag_ == "VBG" and any(
        c.dep_ == "prep" and c.lower_ == "on" and c.i < t.head.i and c.right_edge.i == t.head.i - 1
        and any(p.ent_type_ == "DATE" for p in c.children) for c in word.children)


def in_topic(t: Token, trigger: Token | None = None) -> bool:
    """A word inside what a contact is about: the object or complement of a talk verb ("discussed the war
    in Syria", "discuss how to stop deaths in the Mediterranean"), the object of "about/over" or of "on" after
    talks ("negotiations on a truce in Gaza"), the object of a verb telling what talks covered ("an exchange
    covering the war in Ukraine"), or the
    object of a contact's purpose ("met to end the fighting in Sudan"), what it "focused on", what someone calls
    for ("called for a ceasefire in Gaza"), and the ends of
    something "between" two places ("a flight between Belgrade and Baku"); a named party as the object
    ("consulted X") is no topic. Only what stands between the word and a contact ``trigger`` above it counts: the
    meeting's own place is no topic of the talks it is in turn the topic of ("exchanged views on implementing what
    was reached during their meeting in Busan": Busan is where that meeting was)."""
    if dated_after(t):
        return False  # "held talks on avoiding clashes on Wednesday in Baku": the talks' day and place
    for a in [t, *t.ancestors]:
        if trigger is not None and a.i == trigger.i:
            return False
        if a.dep_ == "pobj" and a.head.lower_ in TOPIC_PREPS:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "on" and (a.head.head.lemma_.lower() in FOCUS_VERBS
                                                          or a.head.head.lower_ in FOCUS_NOUNS):
            return True  # "the meeting focused on a direct flight between Belgrade and Baku", "with emphasis on ..."
        if a.dep_ == "conj" and a.head.lower_ in FOCUS_NOUNS:
            return True  # "with emphasis on the crossing, cooperation in Antarctica" parsed with the second item joined
            # to "emphasis": one of what the talks were on
        if a.dep_ == "pobj" and a.head.lower_ == "between" and a.head.head.pos_ == "NOUN" \
                and a.head.head.lower_ not in TALK_NOUNS | MEET_NOUNS:
            return True  # "a flight between Belgrade and Baku", "the border between X and Y": ends, not where
        # "negotiations on a ceasefire in Gaza": what the talks are on (also "talks with X on the Church's role and
        # on peace efforts in South Sudan"); not "talks on the sidelines of the summit in Lima"
        talks = a.head.head if a.dep_ in {"pobj", "pcomp"} and a.head.lower_ == "on" and a.head.dep_ == "prep" else None
        # (also "talks on protecting shipping in the Baltic Sea": a gerund's phrase)
        talks = talks.head.head if talks is not None and talks.dep_ == "pobj" and talks.head.lower_ == "with" else talks
        # ("held talks in Doha on the deployment of a force in Gaza": "on" hung on the verb whose object the talks are)
        # (not a time: "held a meeting on Thursday evening at the Torre Ejecutiva", "on the eve of the summit")
        talks = next((o for o in talks.children if o.dep_ == "dobj" and o.lower_ in TALK_NOUNS | MEET_NOUNS), talks) \
            if talks is not None and talks.pos_ in {"VERB", "AUX"} and a.ent_type_ not in {"DATE", "TIME"} \
            and a.lower_ not in ON_TIMES else talks
        if talks is not None and talks.lower_ in TALK_NOUNS | MEET_NOUNS | EXCHANGE_OBJECTS and a.ent_type_ != "DATE" \
                and a.lower_ not in SIDELINE_NOUNS | ON_SITES:  # (not "a meeting on the island of Capri": where)
            return True  # (and "exchanged views on the situation in Syria", "a meeting on the mission in Haiti")
        if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.head.lemma_.lower() in DEMAND_VERBS:
            return True  # "called for a permanent ceasefire in Gaza": what is asked for, not where
        if a.dep_ == "dobj" and a.head.dep_ in {"acl", "relcl"} and a.head.lemma_.lower() in COVER_VERBS \
                and a.head.head.lower_ in TALK_NOUNS | MEET_NOUNS:
            return True  # "an exchange covering trade and the war in Ukraine": what the talks covered
        purpose = a.head
        if a.dep_ == "dobj" and purpose.dep_ in {"advcl", "xcomp"} and trigger_rule(purpose.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            return True  # what the purpose acts on; not "met face to face for the first time in X"
        listed = a.dep_ == "dep" and any(c.dep_ == "dobj" and c.i < a.i for c in a.head.children)
        if a.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < a.i for c in a.head.children) and any(
                t.pos_ == "VERB" and t.lemma_.lower() in TALK_VERBS for t in a.doc[a.head.i + 1 : a.i]):
            return True  # "held a tete-a-tete, (...) during which they discussed X, the renewal of Y and the situation
            # in Z": a list item after a talk verb, parsed as a second object of the verb before it
        if a.dep_ == "appos" and a.head.lower_ in TALK_NOUNS | MEET_NOUNS and any(
                t.pos_ == "VERB" and t.lemma_.lower() in TALK_VERBS for t in a.doc[a.head.i + 1 : a.i]):
            return True  # (or as an apposition of the meeting named before)
        if (a.dep_ in {"dobj", "ccomp", "xcomp"} or listed) and a.head.pos_ in {"VERB", "AUX"} and (
                a.head.lemma_.lower() in TALK_VERBS and a.ent_type_ not in PARTY_TYPES):
            return True  # (and "discussed X, the situation in Myanmar", the list broken off the object)
        if a.dep_ == "dobj" and a.head.lemma_.lower() in REVIEW_VERBS and a.ent_type_ not in PARTY_TYPES \
                and a.lower_ not in MEET_NOUNS | FORUM_NOUNS:
            return True  # "(during the meeting, they) addressed cooperation on fisheries in the Sahel": what they went
            # over (not "addressed the summit in Madrid": where)
        objects = [c for c in a.head.head.children if c.dep_ == "dobj" and c.i < a.head.i] \
            if a.dep_ == "pobj" and a.head.lower_ == "in" and a.head.head.lemma_.lower() in TOPIC_VERBS | REVIEW_VERBS \
            else []
        if objects and (not ((ent := entity_at(a.doc, a.i)) is not None and gazetteer.city(ent.text)) or any(
                o.lemma_.lower() in AFFAIR_NOUNS and o.i == a.head.i - 1 for o in objects)):
            return True  # "discuss the wars in the Middle East and Ukraine", "in" parsed on the verb: a region's
            # or country's, not where they talk (but "discussed trade in Paris"); a city's affairs ("discussed the
            # situation in Gaza") too
        if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.head.lemma_.lower() in TOPIC_VERBS and any(
                c.dep_ == "dobj" and c.i < a.head.i for c in a.head.head.children):
            return True  # "discussed the timelines for the meeting of the chiefs in Lima", "for" parsed on the verb
        if a.dep_ == "pobj" and a.head.lower_ == "in" and a.head.i >= 1 and a.head.head.lower_ in TALK_NOUNS | MEET_NOUNS \
                | MEAL_NOUNS | SIDELINE_NOUNS and a.head.head.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ in TOPIC_PREPS | {"on"} and c.i < a.head.i and a.doc[a.head.i - 1]
                    in c.subtree and not a.doc[a.head.i - 1].ent_type_ for c in a.head.head.children):
            return True  # "a dinner on security and investment in Greenland", "in" parsed on "dinner": the topic's
            # (or on "sidelines": "talks on the sidelines with X on troop levels in Poland")
    return False


def said_place(t: Token, tok: Token) -> bool:
    """A place in what was said when the contact is not ("..., X said during a meeting"; "In the meeting, X stressed
    that the cause of instability in the Horn of Africa is ..."): the clause said, hung on a saying verb."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in STATEMENT_VERBS and tok not in a.subtree
               for a in t.ancestors)


#: Verbs of what someone says at a meeting: "stressed that ...", "underlined that ...".
STATEMENT_VERBS = SAY_VERBS | {"stress", "underline", "emphasise", "emphasize", "explain", "reiterate", "note",
                               "affirm", "insist", "argue", "warn"}


def reported_place(t: Token, tok: Token) -> bool:
    """A place in the act of reporting, not in the contact reported: where it was said ("told reporters in
    Rome that she met X") or in what was said when the contact is not ("..., X said during a meeting")."""
    return clause_of(in_at(t).head).lemma_.lower() in SAY_VERBS or said_place(t, tok)


def clause_of(t: Token) -> Token:
    """The verb a word belongs to: the word itself if a verb, else its nearest verb ancestor."""
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return t
        t = t.head
    return t


def in_what_clause(t: Token, tok: Token) -> bool:
    """The place is in a clause of "what" happens, away from the contact: "had to leave the summit early because of
    what's going on in the Middle East"."""
    return any(a.pos_ in {"VERB", "AUX"} and tok not in a.subtree and any(c.lower_ in {"what", "whatever"}
                                                                          for c in a.children) for a in t.ancestors)


def in_source(t: Token, tok: Token) -> bool:
    """The place is in the subject of a verb above the contact's own clause, one that reports it: "The Japanese
    Embassy in Z shared the post, adding that X had paid a courtesy call on Y", or in the source after "according
    to"."""
    own = clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok
    return any(a.dep_ in {"nsubj", "nsubjpass"} and a.head != own and own in a.head.subtree and tok not in a.subtree
               or a.lower_ == "according" and a.dep_ == "prep" and tok not in a.subtree for a in t.ancestors)


def in_post(t: Token) -> bool:
    """The place is part of a post described in a person's apposition: "X, the commander of the mission in Z", "Y,
    Japan's consul general in Z" (not of a building's taken for a person's: "at Sheetal Niwas, the residence in Z")."""
    where = in_at(t)
    return where is not None and any(a.dep_ == "appos" and a.head.ent_type_ == PERSON
                                     and a.lemma_.lower() not in VENUE_NOUNS for a in where.ancestors)


def in_title_before_name(t: Token) -> bool:
    """The place is in a title set before a name by a comma: "Kenya's Permanent Representative to the United Nations
    in Z, Amb. X, (...)": where the post is, which may or may not be where its holder met anyone."""
    where = in_at(t)
    return where is not None and title_before_name(where.head)


def title_before_name(title: Token) -> bool:
    """A title noun whose phrase a comma and a person's name follow: "Permanent Representative (...) in Z, Amb. X"."""
    doc = title.doc
    end = title.right_edge.i if title.right_edge.text == "," else title.right_edge.i + 1  # (the comma in the phrase)
    return title.lower_ in gazetteer.titles() and end < len(doc) - 1 and doc[end].text == "," and any(
        doc[k].ent_type_ == PERSON for k in range(end + 1, min(end + 4, len(doc))))


def describes_others(t: Token, tok: Token) -> bool:
    """The place is in a participle describing the object of a preposition other than "with", which the contact
    ``tok`` is not part of: "sought help for the return of refugees sheltered in Z" (not "talks held in Z")."""
    return any(a.dep_ == "acl" and a.tag_ == "VBN" and a.head.pos_ == "NOUN" and a.head.dep_ == "pobj"
               and a.head.head.lower_ != "with" and tok not in a.subtree for a in t.ancestors)


def object_detail(t: Token) -> bool:
    """The place tells where a thing in a verb's object is, one preposition down: "signed agreements on a solar plant
    in Z", "backed funding for a port in Z", or anywhere in what the object is about: "signed a memorandum on protecting
    cables in Z" (not where a meeting noun or a building is: "held talks on the sidelines of the summit in Z", "met at
    the headquarters of the bank in Z")."""
    where = in_at(t)
    meeting_words = MEET_NOUNS | TALK_NOUNS | FORUM_NOUNS | SIDELINE_NOUNS | VENUE_NOUNS
    # (or further down what the object is about: "signed a memorandum on protecting undersea cables in the Baltic")
    about = next((a for a in list(where.ancestors)[:6] if a.dep_ == "prep" and a.lower_ in {"on", "about", "over"}
                  and a.head.pos_ == "NOUN" and a.head.dep_ == "dobj"), None) if where is not None else None
    if about is not None and not {about.head.lemma_.lower(), about.head.lower_} & meeting_words:
        return True
    if where is None or where.head.pos_ != "NOUN" or where.head.dep_ != "pobj":
        return False
    thing, prep = where.head, where.head.head
    obj = prep.head
    return prep.lower_ not in {"in", "at"} and obj.pos_ == "NOUN" and obj.dep_ == "dobj" \
        and not {thing.lemma_.lower(), obj.lemma_.lower(), thing.lower_, obj.lower_} & meeting_words


def pledged_object(t: Token, tok: Token) -> bool:
    """The place is where the thing a verb coordinated after the contact acts on is: "held a meeting (...) and
    pledged to expand patrols in the South China Sea" (what they pledged, not where they met)."""
    where = in_at(t)
    if where is None or where.head.lemma_.lower() in MEET_NOUNS | TALK_NOUNS | FORUM_NOUNS | TRAVEL_VERBS:
        return False
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(a.dep_ == "conj" and a.head == verb and a.i > tok.i and a.pos_ == "VERB"
               and a.lemma_.lower() not in TRAVEL_VERBS and trigger_rule(a) is None
               for a in [where.head, *where.head.ancestors])


def standing_state(t: Token, tok: Token) -> bool:
    """The place is in a present-tense clause coordinated with a contact told in the past, which tells what holds, not
    where the contact happened: "X trains Y's army, runs a base in Z and signed a pact with Y in February" (not "X is
    in Z this week and met Y on Tuesday", nor a journey: "arrives in Z and met Y")."""
    where = in_at(t)
    if where is None:
        return False
    state, verb = clause_of(where.head), clause_of(tok)
    if state == verb or state.tag_ not in {"VBZ", "VBP"} or verb.tag_ != "VBD" \
            or state.lemma_.lower() in TRAVEL_VERBS | {"be"} or trigger_rule(state) is not None:
        return False  # (nor a contact verb of its own: "hosts the summit in Z and met Y")
    return first_conjunct(state) == first_conjunct(verb)


def first_conjunct(verb: Token) -> Token:
    """The first of the verbs coordinated with ``verb``."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def others_clause(t: Token, tok: Token, refs: dict, parties: list[str]) -> bool:
    """The place is in an adverbial clause of others, which the contact ``tok`` is not part of: "X and Y sat in the
    same hall at a meeting, as Western ministers lined up to condemn the war in Z" (not "..., as X met Y in Z")."""
    clauses = [a for a in t.ancestors if a.dep_ == "advcl" and tok not in a.subtree and a not in tok.subtree]
    subjects = [[c for c in a.children if c.dep_ in {"nsubj", "nsubjpass"}] for a in clauses]
    return any(own and not any(refs.get(s.i) in parties for c in own for s in c.subtree) for own in subjects)


def event_to_be_held(t: Token, tok: Token) -> bool:
    """The place is in an infinitive of holding that the contact ``tok`` is not part of: "discussed preparations for
    the next council meeting, to be held in Z" (another event, still to come), unless ``tok`` is that meeting itself
    (the clause parsed on the verb above it)."""
    return tok.lower_ not in MEET_NOUNS | FORUM_NOUNS and any(
        a.lemma_.lower() in HOLD_VERBS and a.dep_ in {"advcl", "acl", "relcl", "xcomp"} and tok not in a.subtree
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children) for a in t.ancestors)


def in_next_clause(t: Token, tok: Token) -> bool:
    """The place is in a clause of its own coordinated after the contact's, with a subject of its own: "briefed him
    on the preparations for X's visit, and that he would see Y at the summit in Z" (Z is where he sees Y)."""
    return any(a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} and tok not in a.subtree and a.i > tok.i
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children) for a in t.ancestors)


def dated_event_after(t: Token, tok: Token) -> bool:
    """The place is in an event the contact follows and the text dates apart: "talks, in a visit both governments
    presented as a new chapter following the handover of the base at Z earlier this year" (not "after the summit in
    Z", where the leaders still are)."""
    return any(a.dep_ == "pobj" and a.head.lower_ in {"after", "following"} and tok not in a.subtree
               and any(w.ent_type_ == "DATE" for w in a.subtree) for a in t.ancestors)
