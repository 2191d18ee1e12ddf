"""Who talked with whom at a meeting of more than two.

A meeting of three or more gives ``met_in`` for each, and talks only where the text tells who faced whom (kg, like the
news it reads, keeps a summit's many pairs out: its leaders met, not each with each):

- across two named sides: "A and B held talks with C and D", "X met A and B in Brussels", "a delegation led by X and
  including Y met A" (not among one side, nor with those in whose presence it was; with a delegation's named people
  rather than its body);
- among a few named together: "A, B and C held talks in Tokyo";
- among all of a meeting that says so: "a trilateral meeting with A and B", "X brought A and B together", "a video
  call with A and B";
- a host or a go-between with each side: "X and Y held talks in Doha, hosted by Z", "..., with Oman's foreign minister
  carrying messages between the two delegations".

:func:`talks_within` adds these talks to the groups :mod:`kg.nlp.contacts` has placed for a trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.model import CALL, COUNTRY, MEETING, ORGANIZATION, PERSON, TALKS
from kg.nlp.contact_kinds import CALL_WORDS
from kg.nlp.events import HOST_RULE
from kg.nlp.parties import LEAD_VERBS
from kg.nlp.post_holders import named_after
from kg.nlp.subjects import companions, conjuncts, reporting_speaker
from kg.nlp.titled_names import holders_listed, titled_apposition
from kg.nlp.trigger_words import FORUM_NOUNS, MEET_NOUNS, PARTY_TYPES, RECEIVING_VERBS
from kg.nlp.triggers import agent_objects, clause_verb, go_betweens, second_with, together

__all__ = ["all_talk", "talks_within"]


def talks_within(tok: Token, kind: str, rule: str, side_a: list[str], side_b: list[str], places: list, placed: list,
                 types: dict, refs: dict, party_keys: dict) -> list:
    """``placed`` (the (parties, place, kind[, rule]) groups the contact ``tok`` gives), with the talks of the rules
    of the module docstring."""
    place = places[0] if places else None
    # (a meeting noun too, between people: "A and B held a breakfast meeting with C at the palace")
    people_meeting = rule == "noun-meet" and all(types.get(k) == PERSON for k in side_a + side_b)
    table = kind == MEETING and (rule.endswith("-talk") or people_meeting)
    partners = talks_partners(tok, refs) if table and len(side_a) == 1 and len(side_b) > 1 else set()
    if table and side_b and (len(side_a) > 1 or len(side_a) == 1 and len(side_b) > 1 and (
            all(types.get(b) != PERSON for b in side_b) or set(side_b) <= partners)):
        # "A and B held talks with C and D in Geneva", "A held talks with bodies C and D there", "with people C and
        # D": the meeting of all, and talks across the table; a side's people where it names some ("an Egyptian
        # delegation led by X held talks with C and D": X, for Egypt)
        placed += [((a, b), None, TALKS) for a in named_people(side_a, types) for b in named_people(side_b, types)]
    elif table and len(side_a) == 1 and types.get(side_a[0]) == PERSON and (
            named := [b for b in side_b if b in partners and types.get(b) == PERSON]):
        # "A travelled to Kyiv with B for talks with C": A with C, the talks' own partner (B may be on either side)
        placed += [((side_a[0], b), None, TALKS) for b in named]
    elif kind == MEETING and (place or all(types.get(k) == PERSON for k in side_a + side_b)) \
            and (tok.lemma_.lower() in {"meet", *RECEIVING_VERBS}
                 or tok.lemma_.lower() == "call" and rule == "verb-meet") \
            and side_a and side_b \
            and len(side_a + side_b) > 2 and any(types.get(a) == PERSON for a in side_a) and all(types.get(k) in (
                PERSON, COUNTRY, ORGANIZATION) for k in side_b) and not (for_forum(tok) and len(side_b) > 1):
        # "X met A and B in Brussels", "X met officials from A, B and C in Istanbul", "X received A and B at the
        # palace", "A and B called on X", "X is to meet A and B on Wednesday" (people, wherever they meet), "A and
        # B met C for the EU-C summit" (but not one hosting guests for a forum: see for_forum), "a delegation led by
        # X and including Y met A and B": talks across (not A with B: maybe of one side); with the people only where
        # some are named ("met a Hamas delegation led by Y": Y, for the body;
        # "the Israeli team, led by X, met A": X)
        witnesses = {party_keys.get(t.i) for t in tok.sent if t.ent_type_ == PERSON and any(
            a.lower_ == "presence" for a in t.ancestors)}  # (not those "in the presence of" whom it happened)
        hosts = [a for a in side_a if types.get(a) == PERSON and a not in witnesses]
        guests = named_people(side_b, types)
        placed += [((a, b), None, TALKS) for a in hosts for b in guests]
    elif kind == MEETING and tok.lemma_.lower() == "receive" and not side_b and (hosts := received_by(
            tok, side_a, party_keys)) and all(types.get(k) == PERSON for k in side_a) \
            and not any(t.lower_ == "airport" for t in tok.sent):
        # "A and B were received by C at the palace": each guest with the host (not with each other: one side), but
        # not a welcome at the airport
        placed += [((a, h), None, TALKS) for a in side_a if a not in hosts for h in hosts]
    elif kind == MEETING and (rule.endswith("-talk") or place and (tok.lemma_.lower() == "meet" or tok.lower_ in {
            "meeting", "meetings"})) and not side_b \
            and 3 <= len(side_a) <= 4 and all(types.get(a) == PERSON for a in side_a) and not accompanied(tok, refs) \
            and not any(c.dep_ == "agent" for c in tok.children):
        # "A, B and C held talks in Tokyo", "A, B and C met in Brussels", "a meeting of the three ministers - A, B and C
        # - in Baghdad", "Taking part in the meeting in Amman were A, B and C": a few people named together talked with
        # each other (not "A and B, along with their counterparts C and D,": two sides; nor "they were met at the
        # airport by C": a welcome)
        placed += [((a, b), None, TALKS) for i, a in enumerate(side_a) for b in side_a[i + 1 :]]
    everyone = [k for k in dict.fromkeys(side_a + side_b) if types.get(k) == PERSON]
    if kind in (MEETING, CALL) and all_talk_around(tok) and 3 <= len(everyone) <= 5 and (
            kind == MEETING or len(side_a) == 1 or len(side_b) >= 2):
        # (a call of one with two others, or of two with two: "A and B joined a video call with C and D"; not "the two
        # ministers held a joint call with Z", one side of it)
        # "a trilateral meeting with A and B", "brought A and B together", "a video call with A and B": each talked
        # with each
        placed += [((a, b), None, TALKS if kind == MEETING else kind) for i, a in enumerate(everyone)
                   for b in everyone[i + 1 :] if ((a, b), None, TALKS if kind == MEETING else kind) not in placed]
        if kind == CALL:
            placed = [p for p in placed if len(p[0]) == 2]
    hosts = [k for k in host_keys(tok, party_keys) if k not in side_a + side_b and types.get(k) == PERSON] + [
        k for k in go_between_keys(tok, party_keys) if k not in side_a + side_b and types.get(k) in PARTY_TYPES]
    if hosts and len(side_a) >= 2 and not side_b:  # "X and Y held talks in Doha, hosted by Z": Z there, talking
        # with each (told first: "the two ministers" after are X and Y)
        placed = [((h,), p, kind, HOST_RULE) for h in hosts for p in places if kind == MEETING and p] + [
            ((a, h), None, TALKS, HOST_RULE) for a in side_a for h in hosts] + placed
    return placed


def received_by(tok: Token, side: list[str], party_keys: dict) -> list[str]:
    """The parties of ``side`` a passive verb's agent names: C of "A and B were received by C"."""
    agents = {party_keys.get(q.i) for p in agent_objects(tok) for q in [p, *conjuncts(p)]}
    return [k for k in side if k in agents] if len(agents - {None}) < len(side) else []


def named_people(side: list[str], types: dict) -> list[str]:
    """The people of one side of a meeting, who speak for its bodies and countries; the side itself if it names none."""
    return [k for k in side if types.get(k) == PERSON] or side


#: Words of a meeting of three or four who all talk together: "a trilateral meeting", "a three-way call".
ALL_TALK_WORDS = {"trilateral", "three-way", "four-way", "quadrilateral", "tripartite", "quadripartite"}


def all_talk(tok: Token) -> bool:
    """The contact is one all its parties hold together: "a trilateral meeting with A and B", "X brought A and B
    together", "a (single) video call with A and B" (not "calls with A and B", nor "spoke by phone with A and B":
    maybe one after the other)."""
    if tok.lemma_.lower() == "bring" and together(tok):  # ("brought A and B together at the hotel")
        return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in MEET_NOUNS | FORUM_NOUNS for c in [
            *tok.children, *(tok.head.children if tok.dep_ == "conj" else [])])  # not "The meeting brings together"
    words = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}}
    words |= {f"{c.lower_}-{n.lower_}" for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}
              for n in c.children if n.dep_ in {"nummod", "compound", "amod"}}  # "three - way" as tokens
    if words & ALL_TALK_WORDS or any("".join(t.lower_ for t in c.subtree) in ALL_TALK_WORDS for c in tok.children
                                     if c.dep_ in {"amod", "compound", "nmod"}):
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in CALL_WORDS and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) and not any(
        c.lower_ == "joint" for c in tok.children)  # (not "a joint call with Z": its callers one side)


def all_talk_around(tok: Token) -> bool:
    """:func:`all_talk` for the contact, the verb "bring" its noun hangs from ("brought A and B together for hours of
    talks"), or the meeting it is for ("hosted A and B in Seoul for the first trilateral meeting", the "for" on the
    verb or on an object)."""
    verb = clause_verb(tok) if tok.pos_ == "NOUN" else tok
    return all_talk(tok) or verb != tok and verb.lemma_.lower() == "bring" and all_talk(verb) or any(
        all_talk(p) for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
        if p.dep_ == "pobj")


def for_forum(tok: Token) -> bool:
    """The contact verb gathers its guests for or at a forum, or holds one: "will host X and Y for the trilateral
    summit", "hosted a summit, attended by X and Y" (a summit of all, not the host's talks with each)."""
    return any(p.lower_ in FORUM_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "at"}
               for p in c.children if p.dep_ == "pobj") or any(
        c.dep_ == "dobj" and c.lower_ in FORUM_NOUNS for c in tok.children)  # "hosted a summit, attended by X and Y"


def host_keys(tok: Token, refs: dict) -> list[str]:
    """The hosts of talks held by others, told in a participle after them: "X and Y held talks in Doha on Friday,
    hosted by Qatar's Minister of State, Z" (a post's holder named after it, however parsed)."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    hosts = [p for h in holders for c in h.children if c.dep_ in {"advcl", "acl"} and c.pos_ == "VERB"
             and c.lemma_.lower() in LEAD_VERBS for p in agent_objects(c)]
    named = [q if q.i in refs else titled_apposition(q, refs) for p in hosts for q in [p, *conjuncts(p)]]
    return [refs[q.i] for q in named if q is not None and q.i in refs]


def go_between_keys(tok: Token, refs: dict) -> list[str]:
    """The go-betweens of talks, who talk with each side: "..., with Oman's foreign minister carrying messages between
    the two delegations" (the post's holder the report names next, else its country)."""
    owners = [(p, refs[c.i]) for p in go_betweens(tok) for c in p.children if c.dep_ == "poss" and c.i in refs]
    return [refs[p.i] for p in go_betweens(tok) if p.i in refs] + [named_after(p, owner, refs) or owner
                                                                   for p, owner in owners]


def accompanied(tok: Token, refs: dict) -> bool:
    """Someone acts "along with", "together with" or "alongside" others in the contact's clause."""
    return any(c.i in refs for c in companions(tok) + companions(clause_verb(tok)))


def talks_partners(tok: Token, refs: dict) -> set[str]:
    """Those named in the talks' own "with" phrases: "talks with X and Y", "talks with officials, including X and Y",
    "talks with X and with Y", "held talks on Friday with X and Y" (the "with" hung on the verb), "talks with his
    counterparts, X and Y" (however parsed)."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    withs = [w for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" or second_with(c)
             for w in [c, *conjuncts(c)]]
    objects = [p for w in withs for p in w.children if p.dep_ == "pobj" and not reporting_speaker(p)]
    return {refs[q.i] for p in objects for q in [*p.subtree, *name_cut_off(p), *holders_listed(p, refs)] if q.i in refs}


def name_cut_off(p: Token) -> list[Token]:
    """The name the parser hung elsewhere right after a list's last title: "with A, B and British Foreign Secretary"
    + "Helen Ashworth - the trio known as the E3"."""
    doc, j = p.doc, p.right_edge.i + 1
    if j >= len(doc) or doc[j].ent_type_ != PERSON or doc[j].ent_iob_ != "B" or doc[j - 1].ent_type_:
        return []
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[j:end])
