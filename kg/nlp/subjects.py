"""Who a contact's clause names: the subjects of a verb and the conjuncts of a name.

Subjects are inherited through "expected to speak", "and then called", an adverbial participle ("a day after holding
talks") and the dateline the parser hung a lede's subject on; conjuncts follow "and", lists the parser took for
appositions or modifiers ("X, Y and Canadian Prime Minister Z"), but not one negated ("met X, but not Y") or a speaker
after a comma ("..., Z, a spokesman, said").

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""
from __future__ import annotations


from spacy.tokens import Token

from kg.dates import WEEKDAYS
from kg.model import COUNTRY, ORGANIZATION, PERSON
from kg.nlp import gazetteer
from kg.nlp.paragraphs import dateline_end
from kg.nlp.titles import REPORT_VERBS
from kg.nlp.trigger_words import CALL_KINDS, CALL_NOUNS, TRIP_NOUNS


def reporting_speaker(tok: Token) -> bool:
    """A name after a comma and before a reporting verb it is not the subject of: "..., spokeswoman Y told", "..., Y,
    a spokesman for Z, said", "..., a government spokesman, Y, told"."""
    doc = tok.doc
    after, first = tok.right_edge.i + 1, tok.left_edge.i
    titled = first >= 2 and doc[first - 1].text == "," and doc[first - 2].lower_ in gazetteer.title_words()
    if after + 1 < len(doc) and doc[after].text == "," and (tok.right_edge != tok or titled):  # past its own
        after += 1  # apposition, or the commas around the name after a title
    comma = doc[first].text == "," or first >= 1 and doc[first - 1].text == ","  # (the parser may take it in)
    return comma and after < len(doc) and doc[after].pos_ == "VERB" and doc[after].lemma_.lower() in REPORT_VERBS \
        and tok.head != doc[after]


#: How many words into its sentence a dateline's word may be: "NEW YORK, Sept. 24 (Wire) -".
DATELINE_WORDS = 12


def lede_subjects(subject: Token, verb: Token) -> list[Token] | None:
    """The lede's subject where the parser made a word of the dateline before it the subject ("MOSCOW, June 15 - X
    and Y discussed oil", X hung on the date): the first name after the dateline's mark hung inside it, and its
    conjuncts; None if the subject is no dateline's word."""
    doc = subject.doc
    if subject.i > verb.i or subject.i >= len(doc) - 1 or not (subject.text.isupper() or subject.ent_type_):
        return None  # (a dateline's word is in capitals or a name: the cheap test first)
    sent = subject.sent
    mark = dateline_end(doc, sent.start) if subject.i - sent.start < DATELINE_WORDS else None
    if mark is None or not sent.start <= subject.i < mark or verb.i <= mark:
        return None
    first = next((t for t in doc[mark + 1 : verb.i] if sent.start <= t.head.i < mark and t.ent_type_), None)
    return [first, *conjuncts(first)] if first is not None else None


#: Verbs whose subject, not their object, does what the infinitive after the object says: "X promised Y to call".
SUBJECT_CONTROL_VERBS = {"promise", "vow", "pledge"}


def post_verbal_object(t: Token) -> bool:
    """A subject the parser hung after a joined verb, its object: "X was received by Y and later met Prime Minister
    Z" (Z parsed as the subject of "met")."""
    return t.dep_ == "nsubj" and t.head.dep_ == "conj" and t.i > t.head.i and t.head.pos_ == "VERB"


#: Reflexive pronouns, which the parser may take for the subject of the verb they stress: "X had himself spoken".
REFLEXIVES = {"himself", "herself", "themselves", "itself"}


#: Pronouns that stand for people: "she was received by Y and held talks with Z".
PEOPLE_PRONOUNS = {"he", "she", "they", "we", "i"}

#: Nouns of a time, which the parser may take for a joined verb's subject: "X landed on Thursday and that same night
#: held talks with Y" ("night" parsed as the subject of "held").
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"} | {
    w for w in WEEKDAYS if len(w) > 5}


#: Words opening a clause subordinate to another: "as the two held talks", "after the two met".
SUBORDINATING_MARKS = {"as", "after", "when", "while", "before", "once", "since"}


def subjects_of(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through xcomp ("expected to speak"), conj ("and then call"; an active verb joined
    to a passive one with a person, a titled noun or a pronoun its subject takes that subject, not the agent: "X was
    received by Y and later met Z", "the minister was received by Y and held a meeting with Z", "she will be welcomed
    by Y and will hold separate meetings with Z"; but "The meeting is chaired by X and
    brings together Y and Z": X), an adverbial participle ("a day after holding talks") and a reflexive the parser took
    for the subject ("X had himself spoken with Y": X)."""
    t = verb
    active = not any(c.dep_ == "auxpass" for c in verb.children)
    if not active and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # "X said ..., after being received by Y": Y, who received, and X, received (the subject of the clause the
        # phrase is on)
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if agents:
            return agents + subjects_of(said_of(verb.head.head))
    joined = adverbial = False
    for _ in range(5):
        if t.dep_ == "csubj" and t.head.lemma_ == "be":  # "Taking part in the session were X (A), Y (B) and Z (C)"
            attrs = [c for c in t.head.children if c.dep_ == "attr"]
            return [q for a in attrs for q in [a, *(p for c in a.children if c.dep_ == "appos" and c.ent_type_ == PERSON
                                                    for p in [c, *conjuncts(c)])]]
        # (not "spoke by telephone" parsed with "by" the agent: the means)
        # (an adverbial participle's subject is the passive verb's subject, not its agent: "X was received by Y, a day
        # after holding talks with Z": X held them)
        subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and not post_verbal_object(c)
                and not (c.lemma_.lower() in TIME_NOUNS and c.ent_type_ not in {PERSON, ORGANIZATION, COUNTRY})
                or c.dep_ == "agent"
                and not ((joined and active or adverbial) and any(s.dep_ == "nsubjpass" and (
                    s.ent_type_ == PERSON or s.lower_ in gazetteer.title_words() or s.lower_ in PEOPLE_PRONOUNS)
                    for s in t.children))
                and not any(p.lower_ in CALL_NOUNS | CALL_KINDS for p in c.children)]
        if t.dep_ == "conj" and any(c.dep_ == "auxpass" for c in t.children) and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            # "X arrived in Lima and was welcomed by Y": the subject of the verb it is joined to, and its agent
            subj += [c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "Ramaphosa and Trump last met": the parser may hang the subject on the adverb before the verb (or on an
        # auxiliary kept apart from it: "X had on Sunday held talks with Y")
        subj = subj or [s for a in t.children if a.dep_ == "advmod" and a.i == t.i - 1 for s in a.children
                        if s.dep_ == "nsubj" and s.i < a.i]
        subj = subj or [s for a in t.children if a.dep_ in {"aux", "auxpass"} and a.i < t.i for s in a.children
                        if s.dep_ in {"nsubj", "nsubjpass"} and s.i < a.i]
        # "Taking part in the meeting were X, Y and Z": the parser may hang the subjects on the "were" after the verb,
        # or make them its object
        subj = subj or [s for a in t.children if a.dep_ == "aux" and a.i > t.i and a.lemma_ == "be" and t.tag_ == "VBG"
                        for s in [*a.children, *t.children] if s.dep_ in {"nsubj", "nsubjpass", "dobj"} and s.i > a.i]
        # "Visiting Special Representative X met Y" parsed with "Visiting" a clause, the post its object: the visitor
        subj = subj or [o for c in t.children if c.dep_ == "csubj" and c.lower_ == "visiting" for o in c.children
                        if o.dep_ == "dobj"]
        # "What X did was meet Y": the subject of the "what" clause
        subj = subj or [s for c in t.children if c.dep_ == "csubj" and t.lemma_ == "be" and any(
            w.lower_ == "what" for w in c.children) for s in c.children if s.dep_ == "nsubj" and s.lower_ != "what"]
        subj = subj or fronted_apposition(t)
        if subj:
            out = []
            for s in subj:
                if s.dep_ == "agent":
                    out += [p for p in s.children if p.dep_ == "pobj"]
                elif s.lower_ in {"who", "which", "that"} and t.dep_ in {"relcl", "acl"} and among_the(t.head):
                    out += subjects_of(t.head.head.head)  # "X and Y were among the ministers who attended": X, Y
                elif s.lower_ in {"which", "that"} and t.dep_ == "relcl" and t.head.lower_ in TRIP_NOUNS:
                    out += travellers(t.head)  # "X will make a visit that includes talks with Y": X
                elif s.lemma_.lower() in TRIP_NOUNS and t.lemma_ == "be" and t != verb:
                    out += travellers(s)  # "her first trip abroad will be to Buenos Aires to meet Y": hers
                elif s.lower_ in {"who", "which", "that"} and t.dep_ in {"relcl", "acl"}:
                    out.append(named_for(t.head, s.lower_ == "who"))  # "Merkel, who will join X": Merkel
                elif s.lower_ == "who" and t.dep_ == "ccomp" and t.head.dep_ == "relcl" and t.head.lemma_.lower() in {
                        "say", "report", "confirm", "announce", "state"}:
                    out.append(named_for(t.head.head, True))  # "Putin, who the Kremlin said spoke to X": Putin
                elif s.lower_ in REFLEXIVES and t.dep_ in {"ccomp", "xcomp", "conj"} and t.head != t:
                    out += subjects_of(t.head)  # "X had himself spoken with Y" parsed with "himself" the subject
                elif (lede := lede_subjects(s, t)) is not None:
                    out += lede  # "MOSCOW, June 15 - X and Y discussed ...", parsed with MOSCOW the subject
                elif (holder := holder_after_body(s)) is not None:
                    out.append(holder)  # "General Secretary of the X Central Committee To Lam held talks": To Lam
                else:
                    out.append(s)
            # "A, B's premier C and D sat down": a list's first name parsed as a modifier of the subject, a comma
            # after it
            out += [n for o in subj for n in o.subtree if n.dep_ in {"nmod", "npadvmod"} and n.ent_type_ == PERSON
                    and n.i < o.i and n.i + 1 < len(n.doc) and n.doc[n.i + 1].text == ","]
            # "the presidents - A, B and the host, C - met": C, in apposition to the list's last, parsed as a modifier
            # of the verb
            out += [c for c in t.children if c.dep_ == "npadvmod" and c.ent_type_ == PERSON and subj[0].i < c.i < t.i
                    and c.left_edge.i >= 2 and c.doc[c.left_edge.i - 1].text == ","
                    and c.doc[c.left_edge.i - 2] in subj[0].subtree]
            # a headline's "X, Y agree ...": X, parsed as a modifier, and a comma before the subject
            out += [c for c in t.children if c.dep_ in {"advmod", "npadvmod", "dep"} and c.pos_ == "PROPN"
                    and c.ent_type_ and c.i + 2 == subj[0].i and c.doc[c.i + 1].text == "," and c.i == c.sent.start]
            if all(s.dep_ == "agent" for s in subj) and t.dep_ == "xcomp" and t.head != t:
                out += subjects_of(t.head)  # "X is due to be received by Y": X, raised to the verb above
            return out
        if t.dep_ == "appos" and t.pos_ in {"VERB", "AUX"} and t.head != t:
            return [t.head]  # "X and Y, meeting in Brussels, agreed": the participle describes X and Y
        if t.dep_ in {"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "acomp"} and t.head != t:  # "able to"
            if (accepted := accepted_invitation(t)) is not None:
                t = accepted  # "X accepted an invitation from Y to visit Lima": X visits
                continue
            if t.dep_ == "acl" and t.head.lower_ in TRIP_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in t.children):
                return travellers(t.head)  # "X's visit to Tokyo to meet Y": X meets Y
            if t.dep_ == "acl" and t.tag_ == "VBD" and (accompanied := accompanied_by(t.head)) is not None:
                return [accompanied, t.head]  # "X, accompanied by Y, called on Z" parsed with "called" on Y: both
            if t.dep_ == "acl" and t.head.lower_ in MISREAD_INTENT_VERBS and t.head.pos_ == "NOUN" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                # "the pair plan to meet in New York" parsed as the noun phrase "the pair plan": the pair
                return [c for c in t.head.children if c.dep_ == "compound"] or [named_for(t.head)]
            if t.dep_ in {"relcl", "acl"}:
                return [named_for(t.head)]
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in {"VERB", "AUX"}:
                t = said_of(t.head.head)  # "X kissed the soil before greeting Y", "After meeting Y, X said"
                adverbial = True
                continue
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.dep_ == "npadvmod" \
                    and t.head.head.head.pos_ in {"VERB", "AUX"}:
                t = t.head.head.head  # "X met Y on Tuesday, a day after holding talks with Z"
                adverbial = True
                continue
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.dep_ == "npadvmod" \
                    and t.sent.root.pos_ in {"VERB", "AUX"} and t.sent.root != t:
                t = t.sent.root  # "X left Caracas (...), hours after holding talks with Z, the first contact ..." with
                adverbial = True  # "hours" hung on the apposition after it: the sentence's subject
                continue
            if participle_after_clause(t):
                t = t.head.head  # "X became the first to visit Y since the army drove Z out, holding talks with W":
                adverbial = True  # X's, the participle hung on the clause before it
                continue
            told = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i and c.pos_ in {"PROPN", "PRON"}]
            if t.dep_ == "xcomp" and told and t.head.lemma_.lower() not in SUBJECT_CONTROL_VERBS:
                return [told[0], *conjuncts(told[0])]  # "Y instructed X to hold talks with Z": X holds them
            joined = joined or t.dep_ == "conj"
            t = t.head
        else:
            break
    return []


def participle_after_clause(t: Token) -> bool:
    """A participle set off by a comma at the end of a subordinate clause it is hung on ("since the army drove Z out
    of the capital, holding talks with W"): it tells of the main clause's subject."""
    head = t.head
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > head.i and t.i >= 1 and t.doc[t.i - 1].text == "," \
        and head.dep_ == "advcl" and head.head.pos_ in {"VERB", "AUX"} and head.head.i < head.i \
        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS for c in head.children)


#: Verbs of going with someone: "X, accompanied by Y, called on Z".
ACCOMPANY_VERBS = {"accompany", "escort", "flank"}


def accompanied_by(name: Token) -> Token | None:
    """The one a name accompanies, when it is the agent of an "accompanied by" clause on them: X of "X, accompanied by
    Y"."""
    clause = name.head.head if name.dep_ == "pobj" and name.head.dep_ == "agent" else None
    if clause is None or clause.dep_ != "acl" or clause.lemma_.lower() not in ACCOMPANY_VERBS:
        return None
    return clause.head


def said_of(verb: Token) -> Token:
    """The verb a phrase on ``verb`` tells of: ``verb`` itself, or the reporting verb above a clause whose subject is
    no one ("X said that relations are good, after being received by Y", "after" parsed on what was said)."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS and not any(
            s.dep_ in {"nsubj", "nsubjpass"} and (s.ent_type_ or s.lower_ in PEOPLE_PRONOUNS) for s in verb.children):
        return verb.head
    return verb


#: Verbs of intending the parser may read as a noun after a plural subject: "the pair plan to meet".
MISREAD_INTENT_VERBS = {"plan", "hope", "want", "intend", "expect", "aim"}


def holder_after_body(subject: Token) -> Token | None:
    """The person named right after a body's name that the parser made the subject, the name hung on it: "General
    Secretary of the X Party Central Committee To Lam held talks" ("To" parsed as a preposition); None otherwise."""
    doc = subject.doc
    if subject.ent_type_ != ORGANIZATION or subject.i + 1 >= len(doc) or doc[subject.i + 1].ent_type_ != PERSON \
            or doc[subject.i + 1].ent_iob_ != "B":
        return None
    end = subject.i + 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == PERSON:
        end += 1
    return doc[end] if doc[end] in subject.subtree else None


def fronted_apposition(verb: Token) -> list[Token]:
    """The subject the parser hung in apposition inside an opening phrase, the verb left with none: "In follow-up to
    the cooperation between both countries, the Minister of Economy, X, will hold a videoconference" (X)."""
    doc, k = verb.doc, verb.i - 1
    if verb.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return []
    while k > verb.sent.start and doc[k].dep_ in {"aux", "auxpass", "punct", "neg", "advmod"} and doc[k].head == verb:
        k -= 1
    name = doc[k]
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < name.i and name in c.subtree]
    return [name] if fronted and name.dep_ == "appos" and name.ent_type_ == PERSON else []


def travellers(trip: Token) -> list[Token]:
    """Who makes a trip: its owner ("X's visit", "his visit"; "X, whose visit": X), else the subjects of the verb it
    is the object of ("X paid a visit to Tokyo") or is "on" ("X has been on a tour")."""
    for owner in (c for c in trip.children if c.dep_ == "poss"):
        if owner.lower_ == "whose":  # (the name before its comma, if the parser lost the relative clause)
            clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
            named = clause.head if clause is not None else owner.doc[owner.i - 2] if owner.i >= 2 \
                and owner.doc[owner.i - 1].text == "," else None
            return [named_for(named)] if named is not None and named_for(named).ent_type_ == PERSON else []
        return [owner, *conjuncts(owner)]
    if trip.dep_ == "pobj" and trip.head.lower_ == "on" and trip.head.head.lemma_ in {"be", "go", "embark", "set"}:
        return subjects_of(trip.head.head)  # "X has been on a regional tour that included talks with Y"
    return subjects_of(trip.head) if trip.dep_ == "dobj" else []


def among_the(noun: Token) -> bool:
    """"(X was) among the leaders": the noun is the object of "among" on a copula."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be"


def named_for(tok: Token, deep: bool = False) -> Token:
    """The person a description in apposition stands for: "X, the UK's trade secretary, who led the talks": X;
    with ``deep`` (for "who"), also through the body the description names: "X, director general of the Y agency,
    who met Z": X."""
    if tok.ent_type_ == PERSON:
        return tok
    for a in [tok, *list(tok.ancestors)[:4]] if deep else [tok]:
        if a.dep_ == "appos" and a.head.ent_type_ == PERSON:
            return a.head
    return tok


#: Verbs by which an invitation is taken up: "accepted an invitation from X to visit Lima".
ACCEPT_VERBS = {"accept"}


def accepted_invitation(verb: Token) -> Token | None:
    """The verb taking up the invitation a visit is told by: "accepted an invitation from X to visit Lima" (also
    "an invitation, conveyed by Y, from X to make a visit", parsed with the visit on the participle)."""
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "invitation" and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_.lower() in ACCEPT_VERBS:
        return verb.head.head
    return None


def companions(tok: Token) -> list[Token]:
    """Those "along with", "together with" or "alongside" whom a word's subjects act, hung on the word: "X, along with
    Y and Z, met W", "X, together with Y,", "X opened the meeting alongside Y and Z"; and the people named "in the
    presence of" whom it happened: "X received Y in the presence of Minister Z and intelligence chief W" (however
    the parser hangs their titles); and one's own people it is done "with" beside its object: "X received Y with her
    foreign minister, Z" (see :func:`own_staff_with`)."""
    withs = [w for c in tok.children if c.lower_ in {"along", "together"} for w in c.children if w.lower_ == "with"]
    withs += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "alongside" or together_with(c)]
    own = [q for c in tok.children if own_staff_with(c) for p in c.children if p.dep_ == "pobj"
           for a in [p, *(a for a in p.children if a.dep_ == "appos")] for q in [a, *conjuncts(a)]]
    return own + [q for w in withs for p in w.children if p.dep_ == "pobj" for q in [p, *conjuncts(p)]] + [
        t for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
        if p.dep_ == "pobj" and p.lower_ == "presence" for t in p.subtree if t.ent_type_ == PERSON and t.ent_iob_ == "B"]


def own_staff_with(prep: Token) -> bool:
    """A verb's "with" one's own people, beside the one it receives or meets: "X received Y with her foreign minister,
    Z, and security chief W" (on X's side, not Y's partners)."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and any(
        c.dep_ == "dobj" and c.ent_type_ for c in prep.head.children) and any(
        p.dep_ == "pobj" and any(o.dep_ == "poss" and o.lower_ in {"his", "her", "their"} for o in p.children)
        for p in prep.children)


def together_with(prep: Token) -> bool:
    """"together with" or "along with" parsed with the adverb on the "with" ("..., together with Y")."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and any(
        g.dep_ == "advmod" and g.lower_ in {"together", "along"} for g in prep.children)


def negated(tok: Token) -> bool:
    """A conjunct said not to take part: "(met X,) but not (President) Y"."""
    return any(g.dep_ == "neg" for g in tok.subtree if g.i < tok.i)


def possessor(tok: Token) -> bool:
    """The word owns the noun after it ("B's" of "B's chief of staff Y")."""
    return any(c.dep_ == "case" and c.tag_ == "POS" for c in tok.children)


def conjuncts(tok: Token) -> list[Token]:
    """The words coordinated with tok (not one negated: "met X, but not Y"); also a name the parser hung on the last
    one as a modifier with its "and" ("President X and Russian President Y spoke": X an nmod of Y)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            # "X, Y and Z" parsed with Y an apposition of X that carries the "and"
            # (but "Prime Cabinet Secretary and Cabinet Secretary for Y X": two posts of X, hung on X untagged)
            if negated(c) or reporting_speaker(c) and any(g.dep_ == "cc" and g.lower_ == "and" and g.head in c.ancestors
                                                          for g in c.doc[c.sent.start : c.left_edge.i]):
                continue  # "met X, but not Y", "met X and Y, Z, a spokesman, said" (past the list's "and"): no conjunct
            if c.dep_ == "conj" and possessor(c):
                continue  # "A's aide X and B's chief of staff Y": B owns the post of the one named next
            if c.dep_ == "conj" or c.dep_ in {"nmod", "appos"} and c.pos_ == "PROPN" and any(
                    g.dep_ == "cc" for g in c.children) and not (
                    t.ent_type_ == PERSON and not c.ent_type_ and c.lower_ in gazetteer.title_words()):
                out.append(c)
                stack.append(c)
        # "X, Y and Canadian Prime Minister Z" parsed with Y a modifier inside Z's title, carrying the "and";
        # "Gov. Y and Senate leader Z met" with Y a modifier of "leader"; "between Y and Ukraine's minister Z"
        # with Y the possessor, carrying "and Ukraine"; "Minister Y and Defence Minister Z" with Y an apposition of the
        # first "Minister", a modifier of Z
        out += [m for m in t.subtree if m.i < t.i and m.dep_ in {"amod", "compound", "nmod", "poss", "appos"}
                and m.pos_ == "PROPN"
                and (t.dep_ == "conj" or m.ent_type_ == PERSON) and (m.dep_ != "poss" or m.ent_type_ == PERSON)
                and any(g.dep_ == "cc" for g in m.children) and any(g.dep_ == "conj" for g in m.children)]
        # "with A, B's C, D and E's F" parsed with A, C and D modifiers of F, D carrying the "and": A and C too
        if any(m.dep_ == "nmod" and m.ent_type_ == PERSON and any(g.dep_ == "cc" for g in m.children)
               for m in t.children):
            out += [m for m in t.children if m.dep_ == "nmod" and m.ent_type_ == PERSON and m.i < t.i
                    and any(g.text == "," for g in m.children) and m not in out]
        # "chief A, Prime Minister B and chief C met" parsed with A and B inside C's title: the names listed before
        # C's, each ending at a comma or at the "and"
        if t.ent_type_ == PERSON and t.dep_ in {"nsubj", "nsubjpass"}:
            doc = t.doc
            out += [m for m in t.subtree if m.i < t.i and m.ent_type_ == PERSON and m.i + 1 < t.i
                    and doc[m.i + 1].ent_type_ != PERSON and doc[m.i + 1].lower_ in {",", "and"}
                    and any(g.lower_ == "and" and g.dep_ == "cc" for g in doc[m.i + 1 : t.i]) and m not in out]
        # "Minister X and his counterpart Y held talks" parsed with both names appositions of "Minister", X carrying the
        # "and"
        apps = [c for c in t.children if c.dep_ == "appos"]
        out += [b for a, b in zip(apps, apps[1:]) if b not in out and not negated(b)
                and any(g.dep_ == "cc" and g.lower_ == "and" and a.i < g.i < b.i for g in a.children)]
        # "between President X of Ruritania and Mr Y" parsed with Y a conjunct of Ruritania: a person coordinated with
        # the country or body a person is "of" is coordinated with the person
        if t.ent_type_ == PERSON:
            held = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.ent_type_ in {COUNTRY, ORGANIZATION} for c in o.children
                    if c.dep_ == "conj" and c.ent_type_ == PERSON and c not in out and not negated(c)]
            out += held
            stack += held
        # "with Director of the CIA X, Director of the Mossad Y, and Head of Z W" parsed with the second post an
        # apposition of X and Y the object of its "of": another item of the list
        if t.ent_type_ == PERSON and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
            posts = [a for a in t.children if a.dep_ == "appos" and a.text[:1].isupper()
                     and a.lower_ in gazetteer.title_words()]
            listed = [o for a in posts for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.ent_type_ == PERSON]
            listed += [c for a in posts if listed for c in a.children if c.dep_ == "conj" and c.ent_type_ == PERSON]
            out += [o for o in listed if o not in out and not negated(o)]  # (and the list's next name after it)
    out += stranded_conjuncts(tok)
    out += [m for m in title_conjuncts(tok) if m not in out]
    return out


def title_conjuncts(tok: Token) -> list[Token]:
    """"A's Minister X, B's Minister Y and C's Minister Z held talks" parsed with Z's title a conjunct of Y, itself
    a conjunct of X (Z alone the subject): the names up the chain of conjuncts the subject's title hangs on."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if tok.ent_type_ != PERSON or tok.dep_ not in {"nsubj", "nsubjpass"} or start == 0:
        return []
    title = doc[start - 1]
    if title.lower_ not in gazetteer.title_words() or title.dep_ != "conj" or title.head.i > title.i:
        return []
    out, node = [], title.head
    while True:
        if node.ent_type_ == PERSON:
            out.append(node)
        if node.dep_ != "conj" or node.head.i > node.i:
            break
        node = node.head
    return out if out and any(t.lower_ == "and" for t in doc[out[-1].i : tok.i]) else []


def stranded_conjuncts(tok: Token) -> list[Token]:
    """"talks with the French president, X, and the UN secretary general, Y," parsed with "general" a conjunct of
    the verb: a noun coordinated with a word higher up, right after tok's phrase and its ", and", is tok's."""
    doc = tok.doc
    out, end = [], tok.right_edge.i
    for up in list(tok.ancestors)[:4]:
        for c in up.children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.i > end and c.left_edge.i > end \
                    and any(g.lower_ == "and" for g in doc[end + 1 : c.left_edge.i]) \
                    and all(g.is_punct or g.dep_ == "cc" for g in doc[end + 1 : c.left_edge.i]):
                out.append(c)
    return out
