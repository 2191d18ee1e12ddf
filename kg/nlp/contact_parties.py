"""Which words of the parse are a contact's parties: who acts, whom they contact.

``parties_of`` reads them off a contact trigger (:mod:`kg.nlp.triggers`) for :mod:`kg.nlp.contacts`: a verb's
subjects and objects ("X met Y", "Y was received by X"), a noun's owners and the objects of "with", "to", "between"
on it, its verb and the phrases the parser hangs them on ("talks at the palace with Y"), those listed as present or
attending, hosts and guests. Whom each word stands for (group nouns, "the two leaders", pronouns):
:mod:`kg.nlp.parties`.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.appositions import apposition_after
from kg.nlp.contact_kinds import CALL_WORDS, MEANS_PREPS, VISIT_CALL_WORDS, remotely
from kg.nlp.entity_words import STANDING_FORUM_HEADS, joint_format
from kg.nlp.events import RawEvent
from kg.nlp.modality import TEMPORAL_PREPS, is_hypothetical, is_negated
from kg.nlp.names import FORMS_OF_ADDRESS, STYLE_NOUNS
from kg.nlp.no_contact import call_setting, record_of, topic_of
from kg.nlp.other_places import TOPIC_PREPS
from kg.nlp.parties import LEAD_VERBS, PEOPLE_BACKREF, keys_of, main_pair
from kg.nlp.places import DURATION_NOUNS, prepared
from kg.nlp.post_holders import holds_post_told_below
from kg.nlp.quotes import QUOTE_MARKS
from kg.nlp.subjects import (
    among_the,
    companions,
    conjuncts,
    own_staff_with,
    post_verbal_object,
    reporting_speaker,
    subjects_of,
    together_with,
)
from kg.nlp.titles import TITLE_REACH, block_before, entity_at, envoy_before, names_listed_from, plural_title
from kg.nlp.trigger_words import (
    ATTEND_VERBS,
    AUDIENCE_NOUNS,
    CALL_NOUNS,
    CALL_VERBS,
    EXCHANGE_OBJECTS,
    FORUM_HEADS,
    GRANT_VERBS,
    GROUP_NOUNS,
    HOLD_VERBS,
    JOIN_VERBS,
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
    TRANSPORT_NOUNS,
    TRIP_NOUNS,
    VISIT_NOUNS,
)
from kg.nlp.triggers import (
    CREDENTIAL_NOUNS,
    agent_objects,
    at_the_table,
    attendees,
    between_prep,
    called_on,
    clause_verb,
    credentials_to,
    go_between,
    guests,
    in_attendance,
    inviters,
    prep_objects,
    present_people,
    second_with,
    signers,
    trigger_rule,
    welcomers,
    with_objects,
)

#: What a visitor receives in person from hosts: "received a formal welcome in Pretoria".
WELCOME_NOUNS = {"welcome", "reception"}


#: Verbs of taking a call someone else made: "received a call from X".
TAKE_CALL_VERBS = {"receive", "get", "take", "answer", "return"}


#: Verbs addressing someone, whose object is the other party of the call or meeting they happen in.
ADDRESS_VERBS = {"tell", "assure", "inform", "warn", "brief", "thank", "congratulate"}


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


def stance(verb: Token) -> bool:
    """A verb of a stance on a contact, not of taking part in it: "condemned the talks", "followed the summit
    closely" (but "followed up in a phone call with Y": a phrasal verb of acting)."""
    return verb.lemma_.lower() in STANCE_VERBS and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def after_quote(t: Token) -> bool:
    """The word comes right after a closing quotation mark (one a space follows): 'discussed "X" with Y'."""
    return t.i >= 1 and t.doc[t.i - 1].text in QUOTE_MARKS and bool(t.doc[t.i - 1].whitespace_)


def convened_body(tok: Token) -> bool:
    """"convene the Higher Committee", "convene the first session of the Joint Commission": a body or its session
    is convened, or a meeting between others ("convene the next High-Level Meeting between Spain and X"); not
    "convened a meeting with Y", which its convener attends."""
    return tok.lemma_.lower() == "convene" and any(
        c.dep_ == "dobj" and (c.lower_ not in MEET_NOUNS | TALK_NOUNS or any(
            p.dep_ == "prep" and p.lower_ == "between" for p in c.children)) for c in tok.children)


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


def welcome_ceremony(tok: Token) -> bool:
    """A ceremony that welcomes a guest: "hosted an official welcome ceremony for X"."""
    return tok.lemma_.lower() == "ceremony" and any(c.lower_ in WELCOME_WORDS for c in tok.children)


#: Words of a ceremony that receives a guest: "an official welcome ceremony", "a welcoming ceremony".
WELCOME_WORDS = WELCOME_NOUNS | {"welcoming", "arrival"}


def forum_members(owner: Token) -> bool:
    """A meeting's owner that names the members of a body whose meeting it is: "the G20 foreign ministers' meeting",
    "the NATO defence ministers' meeting" (the forum; the ministers are those the text names)."""
    return owner.tag_ in {"NNS", "NNPS"} and owner.lemma_.lower() in gazetteer.title_words() | {"leader"} and any(
        c.dep_ in {"compound", "nmod", "poss"} and c.ent_type_ == ORGANIZATION for c in owner.children)


#: Nouns of one sitting of a series of talks: "the sixth round of consultations".
ROUND_NOUNS = {"round", "session", "edition", "meeting"}


def stranded_object(verb: Token) -> list[Token]:
    """The second object of "meet Y at the palace and, later in the day, Minister Z", parsed with the "and" left on the
    verb with no conjunct and Z hung on a verb above: Z, the first name after the "and" outside the verb's phrase."""
    # (the "and" may hang on a word above the verb's clause: "is due to meet Y ... and, later, Z")
    cc = next((c for w in [verb, *list(verb.ancestors)[:2]] if not any(d.dep_ == "conj" for d in w.children)
               for c in w.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > verb.i), None)
    if cc is None:
        return []
    return next(([t] for t in verb.doc[cc.i + 1 : verb.sent.end] if t.ent_type_ == PERSON
                 and t.dep_ in {"npadvmod", "dep", "appos", "conj"} and t not in verb.subtree
                 and t.head.i < cc.i), [])


def timed_object(verb: Token) -> list[Token]:
    """The second object of "met Y in the morning and Z after lunch", parsed as a conjunct of the first time: Z."""
    return [q for c in verb.children if c.dep_ == "prep" and any(d.dep_ == "dobj" for d in verb.children)
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ in {"TIME", "DATE"}
            for q in conjuncts(p) if q.ent_type_ == PERSON]


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
        if t.text == "," and not titled and t.i >= 1 and (
                doc[t.i - 1].ent_type_ in PLACE_TYPES | {"DATE", "TIME"} or any(
                    doc[t.i - 1] in c.subtree for c in verb.children
                    if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"})):
            continue  # "received at State House, Nairobi, the Special Envoy of X, Ambassador Y": the place's commas;
            # "received on Wednesday, at the palace, the Ambassador of X, Mr. Y": the day's (or the venue's phrase:
            # "received in Kinshasa, at the Cité de l'Union africaine, a delegation")
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
            return [t] if name is not None and (block_before(name).titles or when_and_where(doc[verb.i + 1 : t.i])) \
                and not (name.root.dep_ in {"nsubj", "nsubjpass"} and name.root.head != verb) else []
        titled = titled or t.lower_ in gazetteer.title_words()
    return []


#: Words of a time or place phrase: "on Tuesday", ", at the Tahrir Palace in Cairo,".
WHEN_WHERE_WORDS = {"on", "at", "in", "the", ","}
#: The words of a style before a name: "His Royal Highness", "Her Excellency".
STYLE_WORDS = STYLE_NOUNS | {"his", "her", "royal"}


def when_and_where(span: Span) -> bool:
    """Only when and where lie in the span, up to a form of address or a style: "(received) on Tuesday", "(received) on
    Sunday, February 18, 2024, at the Tahrir Palace in Cairo, Mr.", "(received) today at X Palace in Riyadh His Royal
    Highness" (the guest's name next, with no title of its own)."""
    return len(span) > 0 and any(t.ent_type_ in {"DATE", "TIME"} for t in span) and all(
        t.ent_type_ in PLACE_TYPES | {"DATE", "TIME"} or t.lower_ in WHEN_WHERE_WORDS | FORMS_OF_ADDRESS | STYLE_WORDS
        for t in span)


def parties_of(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[str], list[str], bool]:
    """Entity keys of the parties to a contact triggered by tok: (who acts, whom they contact, whether
    a "with/to" partner was given at all, named or not).

    Parties named together ("X and Y met", "talks between X and Y") are all on the first side. A verb's parties:
    :func:`verb_parties`; those a sentence lists as present: :func:`listed_parties`; a noun's: :func:`noun_actors`
    and :func:`noun_partners`; on any trigger, those who attended it (:func:`attended_by`) and the objects of
    "with", "to", "between" (:func:`prep_parties`).
    """
    paired: list[str] = []  # parties read from the contacts told before
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if verb != tok and timing_another(tok, verb):
        verb = tok  # "spoke with Y before the meeting of EU ministers": that meeting's parties are its own
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "acl" and among_the(tok.head):
        actors, others = list(subjects_of(tok.head.head.head)), []  # "Among those attending were X and Y"
    elif tok.pos_ in {"VERB", "AUX"}:
        actors, others = verb_parties(tok, refs, previous)
    elif (listed := listed_parties(tok)) is not None:
        actors, others = list(listed), []
    else:
        actors, paired = noun_actors(tok, verb, refs, previous)
        more, others = noun_partners(tok, verb)
        actors += more
    both = list(dict.fromkeys((tok, verb)))  # the trigger and its clause's verb, in a fixed order
    (others if tok.pos_ in {"VERB", "AUX"} else actors).extend(attended_by(tok, both))
    between, partnered, partners = prep_parties(tok, verb)
    actors += between
    others += partnered
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "visit" and tok.dep_ == "dobj":
        others += inviters(tok.head)  # "accepted an invitation from Y to make a visit to Lima": Y, the host
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
    # "A and B held talks with C, joined by D": D was at them too (on whichever side); "A chaired a meeting of the
    # quartet at X, joined by B, C and D": at the meeting too
    if side_a and (side_b or tok.pos_ == "NOUN" and tok.lower_ in MEET_NOUNS):
        side_a += [k for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in JOIN_VERBS
                   for p in agent_objects(c) for k in keys_of(p, refs, previous)]
    return side_a, side_b, partners


#: Words a title's portfolio runs through between capitalised words: "Secretary of State for European and Eurasian
#: Affairs".
PORTFOLIO_GLUE = {"of", "for", "and", "the", "&"}


def name_after_title(title: Token) -> list[Token]:
    """The person a title object runs up to, the parser having hung the name elsewhere: "received US Assistant
    Secretary of State for European and Eurasian Affairs X" (X the object of "for"): X's first word; [] when no name
    follows the title's words."""
    doc = title.doc
    if title.ent_type_ or title.lower_ not in gazetteer.title_words():
        return []
    for t in doc[title.i + 1 : min(title.sent.end, title.i + TITLE_REACH)]:
        if t.ent_type_ == PERSON:
            return [t] if t not in title.subtree else []  # (a name the title's phrase holds is found through it)
        if not (t.text[:1].isupper() and t.is_alpha or t.lower_ in PORTFOLIO_GLUE):
            return []
    return []


def apposed_people(word: Token) -> list[Token]:
    """The people a people's word's phrase names after a dash, however parsed ("his Malian, Burkinabe and Nigerien
    counterparts - A, B and C"): the first word of each name; [] for any other word."""
    if word.ent_type_ != "NORP":
        return []
    doc = word.doc
    title = next((a for a in word.children if a.dep_ == "appos" and plural_title(a)), None) or (
        word.head if plural_title(word.head) else None)
    if title is None or title.i + 1 >= len(doc) or doc[title.i + 1].text not in {"-", "–", "—", ":"}:
        return []
    return [name[0] for name in names_listed_from(doc, title.i + 2)]


def verb_parties(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[Token], list[Token]]:
    """The parties of a contact verb: (its subjects and those on their side, its objects and those it hosts,
    receives, calls on or negotiates with)."""
    actors: list[Token] = []
    others: list[Token] = []
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
    objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"} and not (
        c.dep_ == "dobj" and tok.lemma_.lower() in TOPIC_VERBS | ATTEND_VERBS | {"sign"})  # "discussed Ukraine": a
        # topic; what was signed or attended
        and c.lower_ not in EXCHANGE_OBJECTS  # "exchanged views on X, including Y": what was said
        and not (c.dep_ == "dobj" and tok.lemma_.lower() == "speak")  # "speaks Kazakh and Russian": languages
        and not (c.dep_ == "dobj" and c.lower_ in MEET_NOUNS)]  # "hosted the India-Central Asia Summit": no party
    # "hosted his Malian, Burkinabe and Nigerien counterparts - A, B and C" parsed with the names in apposition to the
    # first people's word: the people named
    others += [q for c in objects for q in (apposed_people(c) or name_after_title(c) or [c])]
    if tok.lemma_.lower() in MEET_VERBS | CALL_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
        # "met Egyptian intelligence chief X in Cairo" parsed with X an adverbial clause of "met"
        # (not a name after a verb joined to it: "was received by Y, and held a meeting with the Minister, Mr. Z")
        others += [c for c in tok.children if c.dep_ in {"advcl", "npadvmod", "dep", "oprd"} and c.i > tok.i
                   and c.pos_ == "PROPN" and c.ent_type_ == PERSON and not holds_post_told_below(c, tok, refs)
                   and not any(v.dep_ == "conj" and v.pos_ in {"VERB", "AUX"} and tok.i < v.i < c.i
                               for v in tok.children)]
        # "has received in audience, (...), His Excellency Mister X" parsed with the style a modifier of the verb and
        # the name its apposition
        others += [a for c in tok.children if c.dep_ in {"npadvmod", "dep"} and c.i > tok.i and c.lower_ in STYLE_NOUNS
                   for a in c.children if a.dep_ == "appos" and a.ent_type_ == PERSON]
        # "meet To Lam" parsed with the family name "To" a preposition
        others += [c for c in tok.children if c.dep_ == "prep" and c.ent_type_ == PERSON and c.text[:1].isupper()]
    if tok.lemma_.lower() in MEET_VERBS:
        others += stranded_object(tok) + timed_object(tok)
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
    return actors, others


def listed_parties(tok: Token) -> list[Token] | None:
    """Those a sentence lists as present at a meeting, if it lists them: "Among the leaders present were X and Y",
    "X and Y were at the table", "Also present were X, Y and Z", "In attendance were X; Y and Z", "Among the guests
    were X and Y"."""
    if tok.pos_ == "ADJ" and among_the(tok.head):
        return subjects_of(tok.head.head.head)
    if at_the_table(tok):  # (also "Among the ministers at the table were X and Y")
        holder = tok.head.head
        return subjects_of(holder if holder.lemma_ == "be" else holder.head.head)
    if tok.pos_ == "ADJ" and present_people(tok):
        return attendees(tok.head)
    if in_attendance(tok):
        return attendees(tok.head.head)
    return guests(tok) or None


def noun_actors(tok: Token, verb: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[Token], list[str]]:
    """Who holds the contact a noun tells: (the words naming them, the keys of a pair told before that "their"
    refers to). Its owners, its clause's subjects, a traveller, names compounded or hyphenated in it."""
    actors: list[Token] = []
    paired: list[str] = []
    # the parties named ("a meeting between X and Y", "the meeting held in Z between X and Y")
    explicit = any(c.lower_ == "between" and between_prep(c)
                   for h in [tok, *holding_words(tok)] for c in h.children)
    forum = forum_name(tok)  # "the India-Japan Foreign Ministers' Strategic Dialogue": no parties in its name
    owners = [c for c in tok.children if c.dep_ == "poss" and not (forum and c.i not in refs)
              and not forum_members(c)]
    their = [o for o in owners if o.lower_ == "their" and o.i not in refs] and not their_owners(tok, owners)
    # "During their meeting in Busan, the two heads of state agreed": the pair the subject after it names; "the foreign
    # ministers of the three countries held their own session": the subject's, a group of its own words (but "the
    # leaders will hold their sessions": the pair told before)
    their = their and not (verb != tok and verb.pos_ in {"VERB", "AUX"} and any(
        s.i > tok.i and any(c.lower_ in {"two", "both"} for c in s.children)
        or s.i < tok.i and s.tag_ in {"NNS", "NNPS"} and s.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in s.children) for s in subjects_of(verb)))
    if their and previous:  # "(the White House confirmed,) in their first encounter": the pair told of; "X met
        # Y. Their discussion focused on Z": the pair of the sentence just before
        paired = just_told_pair(tok, previous) or main_pair(previous)
    elif verb != tok and verb.pos_ in {"VERB", "AUX"} and (not explicit or took_part(verb)) \
            and tok.dep_ not in {"nsubj", "nsubjpass"} and not own_visit_as_time(tok, owners, verb) \
            and not (tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at"} and remotely(verb)) \
            and not stance(verb) and not (
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
               and not (c.ent_type_ == ORGANIZATION and c.text in FORUM_HEADS) and not known_venue(c)]
    actors += hyphen_pair(tok, refs)  # "the US-China talks", "the Chile-Peru summit": a pair is no forum
    return actors, paired


def known_venue(tok: Token) -> bool:
    """The word is of a well-known venue's name (data/venues.tsv), which names where a meeting was, not who held it:
    "the Oval Office talks"."""
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and gazetteer.venue_city(ent.text) is not None


def noun_partners(tok: Token, verb: Token) -> tuple[list[Token], list[Token]]:
    """Whom the contact a noun tells is with, read off its verb and the noun itself: (more of those who hold it, whom
    they contact). Those brought or hosted for it, addressed in it, a call's caller, an audience's guest, a visit's
    host and visitor, those leading it."""
    actors: list[Token] = []
    others: list[Token] = []
    if verb != tok and verb.lemma_.lower() in BRING_VERBS:  # "brought Y back to the negotiating table"
        others += [c for c in verb.children if c.dep_ == "dobj"]
    if verb != tok and verb.lemma_.lower() in JOIN_VERBS | RECEIVING_VERBS and tok.head.lower_ == "for":
        # "joined/hosted Y for talks", "to join the two presidents for a trilateral meeting"
        others += [c for c in verb.children if c.dep_ == "dobj" and (c.ent_type_ == PERSON or c.lemma_.lower() in
                                                                      PEOPLE_BACKREF and c.tag_ == "NNS")]
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
        # "a visit by X", "a visit from X": the visitor (not "was accompanied on the visit by X": the companion)
        actors += [p for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}
                   and not (c.lower_ == "by" and verb.lemma_.lower() == "accompany")
                   for p in c.children if p.dep_ == "pobj"]
    # "meetings between A and B, led by X", "the talks were led by X and Y": the leaders took part
    leading = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS]
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in LEAD_VERBS:
        leading.append(verb)  # "was hosted by X and co-chaired by Y and Z": all of them
        leading += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in LEAD_VERBS]
    # but a country or city hosting talks lends the venue ("talks in Cairo hosted by Egypt"); a person takes part
    actors += [q for c in leading for p in agent_objects(c) for q in [p, *conjuncts(p)]
               if not (c.lemma_.lower() == "host" and q.ent_type_ in {COUNTRY, PLACE})]
    actors += judging_party(tok, verb)
    return actors, others


#: Verbs by which one judges a contact: "X described the talks with Y as frank".
JUDGING_VERBS = {"describe", "characterize", "characterise", "call"}


def judging_party(tok: Token, verb: Token) -> list[Token]:
    """The person who tells how "the call with Y" went, who held it: "X told reporters the call with Y was frank",
    "X described the talks with Y as productive" (not a spokesperson's word on others' talks)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return []
    if tok.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in {"say", "tell"}:
        judge = verb.head
    elif tok.dep_ == "dobj" and verb.lemma_.lower() in JUDGING_VERBS:
        judge = verb
    else:
        return []
    return [s for s in judge.children if s.dep_ == "nsubj" and s.ent_type_ == PERSON and not any(
        t.lower_.startswith("spokes") for t in s.doc[max(0, s.left_edge.i - 3) : s.i])]


def attended_by(tok: Token, both: list[Token]) -> list[Token]:
    """Those who attended the contact: "hosted a summit in Paris, attended by X and Y", "a summit attended by X",
    "chaired the talks, which were attended by X and Y" (``both``: the trigger and its clause's verb)."""
    attended = [p for h in both for c in h.children if c.dep_ in {"acl", "advcl"} and c.lemma_.lower() == "attend"
                for p in agent_objects(c)]
    # (the relative clause parsed on the talks' place: "the talks in Lima, which were attended by X"); "The talks,
    # which were also attended by X, lasted" refer back to talks told before (kg.nlp.followups)
    attended += [p for h in [tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                                    for p in c.children if p.dep_ == "pobj" and p.ent_type_ == PLACE)]
                 for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() == "attend"
                 and tok.dep_ not in {"nsubj", "nsubjpass"} for p in agent_objects(c)]
    # "who were joined for part of the meeting by X" parsed with "by X" on the meeting
    joined = next((a for a in tok.ancestors if a.lemma_.lower() == "join" and any(
        c.dep_ == "auxpass" for c in a.children)), None) if tok.dep_ == "pobj" else None
    attended += [p for c in tok.children if joined is not None and c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj" and p.ent_type_ in PARTY_TYPES]
    return attended


def prep_parties(tok: Token, verb: Token) -> tuple[list[Token], list[Token], bool]:
    """The parties named by prepositions on the trigger, its verb and the phrases a "with" hangs on: (those "between"
    or "among" whom it is, those it is "with" or "to", whether a "with/to" partner was given at all)."""
    actors: list[Token] = []
    others: list[Token] = []
    partners = False
    for holder in partner_holders(tok, verb):
        for prep in holder.children:
            if (pobjs := prep_partners(prep, holder, tok, verb)) is None:
                continue
            (actors if prep.lower_ in {"between", "among", "of"} else others).extend(pobjs)
            partners = partners or prep.lower_ in {"with", "to", "from"} and any(partner_like(p) for p in pobjs)
        misparsed = with_clause_subjects(holder)
        others.extend(misparsed)
        partners = partners or bool(misparsed)
    return actors, others, partners


#: Nouns of holding something together with another: "will host a conference in cooperation with the UN".
COOPERATION_NOUNS = {"cooperation", "co-operation", "coordination", "partnership", "collaboration", "association",
                     "conjunction"}
#: Prepositions of a verb's phrase the parser may hang the verb's "with X" on.
STRANDING_PREPS = {"from", "at", "during"}


def partner_holders(tok: Token, verb: Token) -> list[Token]:
    """The words a contact's partners may hang on, in a fixed order: the trigger, its clause's verb, and the phrases
    the parser hangs a "with X" on (the means, a venue, the participle holding the contact, a duration, a phrase of the
    verb)."""
    both = list(dict.fromkeys((tok, verb)))
    # "held a consultation by video link with X": the partner hangs on the means
    # (or on the means of a journey: "travelled to Kyiv by train with X for a meeting with Y")
    means = [p for h in both for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS
             for p in c.children if p.dep_ == "pobj"
             and p.lower_ in CALL_WORDS | TRANSPORT_NOUNS | {"link", "videolink"}]
    # "hosted a meeting at her country's representation in Brussels with X" parsed with "with" on the venue
    # (or on the verb of talks held: "held talks at the Elysee Palace with X", "held talks on Wednesday in Dakar with
    # X")
    # (not "in cooperation with X": who helps hold it, no party to it)
    venues = [p for h in ([tok, verb] if tok.dep_ == "dobj" else [tok]) for c in h.children
              if tok.pos_ in {"NOUN", "PROPN"} and c.dep_ == "prep" and c.lower_ in {"at", "in"}
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in PARTY_TYPES
              and p.lemma_.lower() not in COOPERATION_NOUNS]
    # "held a bilateral meeting on the sidelines with X" parsed with "with" on the sidelines
    venues += [p for c in tok.children if tok.pos_ in {"NOUN", "PROPN"} and c.dep_ == "prep"
               and c.lower_ in {"on", "at"} for p in c.children if p.dep_ == "pobj" and p.lower_ in SIDELINE_NOUNS]
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
    # "had an exchange of views with X": the partner hangs on what is exchanged
    exchanged = [o for c in tok.children if tok.lemma_.lower() == "exchange" and c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in EXCHANGE_OBJECTS]
    # "held talks with X in Belgrade on Feb. 25 and with Y in Pristina": the second "with" a conjunct of the day's "on"
    joined = [c for h in both for c in h.children if c.dep_ == "prep" and any(second_with(w) for w in c.children)]
    return list(dict.fromkeys([tok, verb, *means, *venues, *held, *spans, *stranded, *exchanged, *joined]))


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
    if together_with(prep) or own_staff_with(prep):
        return None  # "X is in The Hague for the summit, together with Y", "X received Y with her foreign minister":
        # on X's side (see subjects.companions)
    if prep.dep_ != "prep" and not between_prep(prep) and not second_with(prep) \
            or prep.lower_ not in {"with", "to", "between", "among", "of"} and not (
            prep.lower_ in {"on", "upon"} and tok.lower_ in {"call", "calls"} and holder in {tok, verb}) and not (
            prep.lower_ in {"from", "opposite"} and holder == tok and tok.lemma_.lower() == "sit"):
        return None  # but "paid a (courtesy) call on X": a visit to X; "sat across from X", "opposite X": X
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
    if not pobjs and prep.lower_ == "with" and (stray := stray_object(prep)) is not None:
        pobjs = [stray]  # "spoke with Prime Minister X, whose country, like Y, sits ..." with X the subject of "sits"
    # "held talks with her last month" parsed as "with (her last month)": the pronoun is the partner
    pobjs = [next((o for o in p.children if o.dep_ == "poss" and o.pos_ == "PRON"), p) if p.ent_type_ == "DATE"
             else p for p in pobjs]
    if prep.lower_ in {"on", "upon"}:  # "a call on the Venezuela vote": what the call is about, not whom
        pobjs = [p for p in pobjs if not topic_noun(p)]
    if prep.lower_ == "of":  # "the next meeting of the India-Central Asia Dialogue", "a meeting of Shanghai
        # Cooperation Organisation defence ministers", "the summit of the Gulf Cooperation Council": the forum, no party
        # (but "a meeting of Hamas and Fatah": the bodies meet; "of the Quad - A, B and C": its members)
        pobjs = [m for p in pobjs for m in listed_members(p) or [p]]
        pobjs = [p for p in pobjs if ((e := entity_at(p.doc, p.i)) is None
                                      or e[-1].text not in STANDING_FORUM_HEADS and not joint_format(e)
                                      and not (p.ent_type_ == ORGANIZATION and not p.conjuncts))
                 and not forum_members(p)]
    if prep.lower_ == "with" and as_observers(prep):
        return None  # "co-hosting the talks, with Egypt and the UN taking part as observers": no side of them
    # "spoke with X to reaffirm ..." parsed with X the subject of "reaffirm" (a clause on "with")
    # (not "with X leading the delegation": who led one side)
    pobjs += [s for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for s in c.children if s.dep_ == "nsubj" and s.ent_type_ in PARTY_TYPES]
    # "with Ukraine's Foreign Minister Andrii Sybiha" parsed with the given name a clause of "with" (its object the
    # surname): the name
    pobjs += [c for c in prep.children if c.dep_ == "pcomp" and c.ent_type_ == PERSON and c.ent_iob_ == "B"
              and not any(s.dep_ == "nsubj" and s.ent_type_ in PARTY_TYPES for s in c.children)]
    if prep.lower_ == "between" and len(pobjs) == 1 and not conjuncts(pobjs[0]):
        pobjs += second_of_between(pobjs[0])  # "between X and visiting President Y" (parsed as a verb)
    # "held talks with visiting Foreign Minister X" parsed with X the object of "visiting"
    pobjs += [o for o in prep_objects(prep) if o.dep_ == "dobj"]
    return pobjs


def listed_members(group: Token) -> list[Token]:
    """The parties a group's name lists in an apposition: "the so-called Quad - the United States, Saudi Arabia and
    Egypt" (its members, who meet)."""
    if group.ent_type_ != ORGANIZATION:
        return []
    return [m for a in group.children if a.dep_ == "appos" and a.ent_type_ in PARTY_TYPES for m in (a, *a.conjuncts)]


def stray_object(prep: Token) -> Token | None:
    """The named party right after a preposition the parser left with no object, taking the name for the subject of
    the clause after it: "spoke by phone with Norwegian Prime Minister X, whose country, like Y, sits outside the
    bloc" (X parsed as the subject of "sits", the main verb "spoke" a clause of it); past a title and a people's word
    only."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
        if t.ent_type_ in PARTY_TYPES:
            end = t.i
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            root = doc[end]
            # (the name's clause governs the preposition: not "with X expected to visit", a clause of "with")
            return root if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i > prep.i \
                and root.head in prep.ancestors else None
        if not (t.lower_ in gazetteer.title_words() or t.ent_type_ == "NORP" or t.lower_ == "the"
                or t.dep_ == "compound" and t.text[:1].isupper()):  # ("Prime" of "Prime Minister")
            return None
    return None


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


def own_visit_as_time(tok: Token, owners: list[Token], verb: Token) -> bool:
    """A visit its owner makes, told as the time of an act that may not have happened: "asked to meet X during his
    visit" (the visit is X's alone; whoever asked is no visitor; but "A and B set up the council during X's visit":
    A and B were there)."""
    return tok.lower_ in VISIT_NOUNS and bool(owners) and tok.dep_ == "pobj" and (
        tok.head.lower_ in TEMPORAL_PREPS | {"during", "on"}) and (is_hypothetical(verb) or is_negated(verb))


def took_part(verb: Token) -> bool:
    """"took part in", "joined", "participated in", "sat in on": the subject is one more party of a contact between
    others ("X took part in a video conference between Y and Z", "X sat in on the talks between Y and Z")."""
    lemma = verb.lemma_.lower()
    return lemma in {"join", "participate"} or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) or lemma == "sit" and any(
        c.dep_ in {"prt", "prep"} and c.lower_ == "in" for c in verb.children)


#: Verbs of going on with talks told: "will travel to Cairo to follow up on today's discussions".
FOLLOW_UP_VERBS = {"follow", "build"}


def followed_up(noun: Token) -> bool:
    """"(will travel to Cairo) to follow up on today's discussions": those who go on with the talks are one side of
    them, no two sides."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in FOLLOW_UP_VERBS


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
    """"X's trip to Lima included talks with Y": the traveller whose journey is the clause's subject (not "X's visit
    follows a call between A and B": a contact of its own named parties)."""
    if verb == tok or tok.dep_ in {"nsubj", "nsubjpass"} or any(c.lower_ == "between" and between_prep(c)
                                                                 for c in tok.children):
        return []
    owners = [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in TRIP_NOUNS
              for p in c.children if p.dep_ == "poss"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        # "a visit to Japan by X in January for a summit with Y": the visitor ("for" on the visit or on its verb)
        holder = tok.head.head
        trips = [t for t in (holder, *holder.children) if t.lower_ in TRIP_NOUNS and (t == holder or t.dep_ == "dobj")]
        owners += [p for trip in trips for c in trip.children if c.dep_ == "prep" and c.lower_ == "by"
                   for p in c.children if p.dep_ == "pobj"]
    return owners
