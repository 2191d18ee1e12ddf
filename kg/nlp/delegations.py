"""Who acts for another: an aide, envoy or spokesperson of a person, a member of a delegation, a
representative standing in for someone, the leaders of a side in negotiations."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON
from kg.nlp import gazetteer
from kg.nlp.names import FORMS_OF_ADDRESS
from kg.nlp.title_country import demonym_country
from kg.nlp.titles import block_before


#: Role groups (titles.tsv) of those who act for their principal's side: "Putin's spokesman", "Trump's envoy",
#: "his foreign minister".
AIDE_ROLES = {"spokesperson", "official", "diplomat", "minister"}


def principal(ent: Span, refs: dict, types: dict) -> tuple[str, str] | None:
    """"Merkel's spokesman X", "X, Putin's spokesman,", "His foreign minister, X,": the person whose spokesperson,
    aide, envoy or minister X is, and the title, or None."""
    doc, titles = ent.doc, gazetteer.titles()
    posts = [doc[ent.start - 1]] if ent.start > 0 else []
    posts += [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i]
    # (not past another's possessive: "A's aide X and B's chief of staff Y", Y parsed as an apposition of "aide")
    posts += [ent.root.head] if ent.root.dep_ == "appos" and ent.root.head.i < ent.start and not any(
        t.tag_ == "POS" for t in doc[ent.root.head.i + 1 : ent.start]) else []
    for post in posts:
        if post.is_lower and titles.get(post.lower_) in AIDE_ROLES:
            owners = [c for c in (*post.children, *ent.root.children) if c.dep_ == "poss" and c.i < post.i]
            # "X, a senior adviser to PLO chairman Y,", "X, a spokesman for Y,": the person after "to/for"
            owners += [p for c in post.children if c.dep_ == "prep" and c.lower_ in {"to", "for"} and post.i > ent.root.i
                       for p in c.children if p.dep_ == "pobj"]
            if owners and types.get(refs.get(owners[0].i)) == PERSON:
                return refs[owners[0].i], post.lower_
    return None


def companion_of(ent: Span, refs: dict, types: dict) -> str | None:
    """The person a name accompanies: "X, accompanied by Y,", "X, who was accompanied by Y", "X was accompanied by
    Y and Z"; None otherwise."""
    root = ent.root
    while root.dep_ in {"conj", "appos"}:  # "accompanied by Y and Z", "by the Foreign Minister, Y": the first
        root = root.head
    agent = root.head
    if not (root.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.lemma_.lower() == "accompany"):
        return None
    verb = agent.head
    host = verb.head if verb.dep_ in {"acl", "relcl"} else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    for _ in range(4):  # "X, the President of Colombia, who was accompanied by": up from the clause's noun to X
        if host is None or types.get(refs.get(host.i)) == PERSON or host.dep_ not in {"pobj", "prep", "appos"}:
            break
        host = host.head
    key = refs.get(host.i) if host is not None else None
    return key if types.get(key) == PERSON else None


#: Nouns of the place one fills for another: "sent X in his place", "in her stead".
STEAD_NOUNS = {"place", "stead"}


def sender_of(ent: Span, refs: dict, types: dict) -> str | None:
    """The person who sent a name in their place: "X skipped the summit, sending Foreign Minister Y in his place", "X
    stayed home and sent Cabinet Chief Y in his place"; None otherwise."""
    root, verb = ent.root, ent.root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() != "send" or not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in STEAD_NOUNS for p in c.children)
            for c in (*verb.children, *root.children)):
        return None
    for _ in range(4):  # up the clauses the sending is told in to the one with a subject
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            break
        verb = verb.head
    key = refs.get(subject.i) if subject is not None else None
    return key if types.get(key) == PERSON else None


#: Nouns of a group travelling with its leader: its members act for the leader's country or body.
ENTOURAGE_NOUNS = {"delegation", "team", "entourage", "party"}


def delegation_leader(ent: Span, refs: dict, types: dict) -> str | None:
    """The person leading the delegation a name is a member of: "X arrived with a delegation that included
    Y", "X's delegation, including Y", "a delegation led by X and including Y"; also the later names of a list ("that
    included Foreign Minister Y and Energy Minister Z")."""
    root = ent.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    holder = root.head  # "included" (a relative clause's verb) or "including" (a preposition)
    if not (root.dep_ == "dobj" and holder.lemma_.lower() == "include" and holder.dep_ == "relcl"
            or root.dep_ == "pobj" and holder.lower_ == "including"):
        return None
    group = holder.head
    while group.dep_ in {"acl", "relcl"} and group.lower_ not in ENTOURAGE_NOUNS:  # "led by X and including Y"
        group = group.head
    if group.lower_ not in ENTOURAGE_NOUNS:
        return None
    leaders = [c for c in group.children if c.dep_ == "poss"]  # "X's delegation"
    leaders += [p for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if group.dep_ == "pobj" and group.head.lower_ == "with":  # "X arrived with a delegation"
        leaders += [s for s in group.head.head.children if s.dep_ == "nsubj"]
    return next((refs[t.i] for t in leaders if t.i in refs and types.get(refs[t.i]) == PERSON), None)


#: Verbs by which a delegation names its members: "The ANC delegation included X, Y and Z".
MEMBER_VERBS = {"include", "comprise"}


def delegation_body(ent: Span, refs: dict, types: dict) -> str | None:
    """The country or body whose delegation a name is listed in or leads: "The ANC delegation included X, Y and Z",
    "the Kenyan team comprised X", "a delegation from Peru that included X", "a delegation from Peru led by X"; None
    otherwise."""
    root = ent.root
    if root.dep_ != "pobj" and (title := title_set_before(ent)) is not None:
        root = title  # "a delegation from Peru led by the Minister of X, Hon. Y" with Y hung elsewhere
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in {"lead", "head"} \
            and root.head.head.dep_ == "acl":
        owner = root.head.head.head  # "a delegation from Peru led by X" with the clause hung on Peru (on the group,
        # see kg.nlp.posts.led_by_parties)
        if owner.dep_ == "pobj" and owner.head.lower_ in {"of", "from"} and owner.head.head.lower_ in ENTOURAGE_NOUNS \
                and types.get(refs.get(owner.i)) in {COUNTRY, ORGANIZATION}:
            return refs[owner.i]
        if owner.lower_ in ENTOURAGE_NOUNS - {"party"}:  # the clause on the group: "a delegation from Peru led by X"
            return next((refs[p.i] for c in owner.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                         for p in c.children if p.dep_ == "pobj"
                         and types.get(refs.get(p.i)) in {COUNTRY, ORGANIZATION}), None)
    # "X, Y and Z": the list's first name; "Minister X and Minister Y" with Y parsed as X's apposition; "the
    # Undersecretary for Y, X, and the Ambassador to Z, W": the posts the names are set beside
    while root.dep_ == "conj" or root.dep_ == "appos" and root.ent_type_ == PERSON and (
            root.head.ent_type_ == PERSON or root.head.lower_ in gazetteer.title_words()):
        root = root.head
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in MEMBER_VERBS:
        return None
    groups = [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "nsubj"]
    for group in (g for g in groups if g.lower_ in ENTOURAGE_NOUNS - {"party"}):
        owners = [c for c in group.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        owners += [p for c in group.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                   for p in c.children if p.dep_ == "pobj"]
        found = [refs[o.i] for o in owners if types.get(refs.get(o.i)) in {COUNTRY, ORGANIZATION}]
        if found:
            return found[0]
    return None


def title_set_before(ent: Span) -> Token | None:
    """The title noun a name follows after a comma and forms of address: "Minister" of "the Minister of Presidential
    Affairs, Hon. X"; None otherwise."""
    doc, k = ent.doc, ent.start - 1
    while k > 0 and doc[k].lower_ in FORMS_OF_ADDRESS:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    return next((a for a in [doc[k - 1], *doc[k - 1].ancestors] if a.right_edge.i in {k - 1, k}
                 and a.lower_ in gazetteer.title_words()), None)


def led_delegation_body(ent: Span, refs: dict, types: dict) -> str | None:
    """The country or body named before the delegation a name leads: "a high-level Saudi business delegation led by
    X" (the affiliation itself is read as any side's leader's: see kg.nlp.posts.led_by_parties); None otherwise."""
    root = ent.root
    if not (root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in {"lead", "head"}):
        return None
    group = root.head.head.head
    if group.lower_ not in ENTOURAGE_NOUNS - {"party"}:
        return None
    return next((refs[c.i] for c in group.children if c.dep_ in {"amod", "compound", "nmod", "poss"}
                 and types.get(refs.get(c.i)) in {COUNTRY, ORGANIZATION}), None)


def represented_by(ent: Span, refs: dict) -> str | None:
    """"Kagame (...) was represented by Foreign Minister X", "Timor-Leste was represented by X" (and Y): whom X
    stood in for."""
    root = ent.root
    while root.dep_ in {"conj", "appos"} and root.head != root:  # "represented by X and Foreign Minister Y":
        root = root.head  # Y too, and Z after "X, the head of W's office, Y and Z"
    while root.dep_ == "pobj" and root.head.lower_ in {"of", "for", "to", "in"} and root.head.head.dep_ == "pobj" \
            and root.head.head.lower_ in gazetteer.title_words():
        root = root.head.head  # "represented by Minister of State for Defence X" with X the object of "for", "by its
        # ambassador to Norway, X" with X in apposition to Norway
    # ("by Than Zaw Oo" with "Than" parsed as a preposition whose object is the rest of the name)
    dep = "pobj" if root.dep_ == "prep" and root.ent_type_ == PERSON and root.head.dep_ == "agent" else root.dep_
    agent = root.head
    passive = next((a for a in list(agent.ancestors)[:3] if a.lemma_.lower() == "represent"), None)
    before = root.doc[agent.i - 1] if agent.i else None
    if dep == "pobj" and agent.dep_ == "agent" and agent.head.lemma_.lower() == "represent" and any(
            c.dep_ == "agent" and c.i < agent.i for c in agent.head.children) and before is not None \
            and before.i in refs and before.ent_type_ in {COUNTRY, ORGANIZATION}:
        return refs[before.i]  # "A was represented by X, B by its adviser Y and C by Z": Y for B, the verb left out
    if dep in {"npadvmod", "dep", "appos", "oprd"} and agent.lemma_.lower() == "represent" \
            and any(t.lower_ == "by" for t in root.doc[agent.i : root.i]):
        verb = agent  # "X will be represented at the meeting by the Secretary of Y, Z" with Z hung on the verb
    elif dep == "pobj" and agent.lower_ == "by" and passive is not None and agent.head.dep_ == "pobj":
        verb = passive  # "by" hung on the meeting: "represented at the meeting by the Secretary of Y, Z" (not "and
        # the PLO by Z", a second subject's agent)
    elif dep == "pobj" and agent.dep_ == "agent" and agent.head.lemma_.lower() in {"head", "lead"} \
            and agent.head.dep_ == "acl" and (group := agent.head.head).dep_ == "pobj" \
            and group.head.head.lemma_.lower() == "represent":
        verb = group.head.head  # "was represented by a delegation headed by X"
    elif dep != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() != "represent":
        return None
    else:
        verb = agent.head
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head  # "X skipped the summit and was represented by Y": X
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [o for c in subjects if c.i not in refs and c.lemma_.lower() in SIDE_NOUNS
                 for o in c.children if o.dep_ in {"amod", "compound", "poss", "nmod"}]  # "The Belarusian side was
    return next((refs[c.i] for c in subjects if c.i in refs), None)  # represented by X and Y": Belarus


#: Nouns of one side of a negotiation, which someone leads for a country: "lead the U.S. side".
SIDE_NOUNS = {"side", "team", "delegation", "delegations"}


def side_parties(ent: Span, refs: dict, types: dict):
    """"X, Y and Z would lead the U.S. side in negotiations", "X will head Peru's delegation", "the Iranian side was
    led by deputy ministers X and Y", "attended by X and Y on the Turkish side", "attended on the Kuwaiti side by X
    and Y": the country whose side they are."""
    t = ent.root
    while t.dep_ in {"conj", "appos"} and t.head != t:
        t = t.head  # "X, Y and Z would lead": each subject
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in {"lead", "head"}:
        verb, sides = t.head, [c for c in t.head.children if c.dep_ == "dobj" and c.lemma_.lower() in SIDE_NOUNS]
    elif t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() in {"lead", "head"}:
        verb = t.head.head  # "the Iranian side was led by X and Y"
        sides = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in SIDE_NOUNS]
    elif t.dep_ == "attr" and (attending := next((c for c in [*t.head.children, t.head.head] if (
            c.dep_ == "csubj" or c == t.head.head and t.head.dep_ == "aux") and c.lemma_.lower() in ATTENDING_VERBS),
            None)) is not None:
        verb = None  # "Attending from the Sudanese side was the Minister of Foreign Affairs, X" (however parsed)
        sides = [p for c in attending.children if c.dep_ == "prep" and c.lower_ in {"on", "from"}
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "side"]
    else:
        verb, sides = None, [side for side in (side_after(ent),) if side is not None] or side_before(t, ent.start) \
            or (side_by(t) if not block_before(ent).parties else [])  # (not "by Chile's X": Chile's)
    for side in sides:
        for c in side.children:
            key = demonym_country(c, refs, types)  # (a people's word the model left untagged too: "the Lao side")
            if c.dep_ in {"compound", "amod", "poss", "nmod"} and key and types.get(key) in {COUNTRY, ORGANIZATION}:
                yield "side-led", key, f"{verb.lemma_.lower()} {side.lower_}" if verb is not None else "side"


def side_by(t: Token) -> list[Token]:
    """The side noun of "(consultations with Laos,) led on the Lao side by X", the name the object of a "by" hung on
    the side."""
    by = t.head if t.dep_ == "pobj" and t.head.lower_ == "by" else None
    side = by.head if by is not None else None
    return [side] if side is not None and side.lemma_.lower() == "side" and side.dep_ == "pobj" \
        and side.head.lower_ in {"on", "from"} else []


#: Verbs of being at talks with a side: "The talks were attended on the Kuwaiti side by X".
ATTENDING_VERBS = {"attend", "accompany", "include", "join", "represent", "participate"}


def side_before(t: Token, start: int) -> list[Token]:
    """The side noun of "on the Kuwaiti side" on the verb of a list of attendees the name (at ``start``) heads or is
    in (``t``, past conjuncts and appositions), the last one before the name: "The talks were attended on the
    Kuwaiti side by X, Y and Z", "On the Kenyan side, they were attended by X and Y", "attended, on the A side, by X,
    and on the B side, by Y" (not "On the Kenyan side, X met Y": one of each side); the verb's own subject first:
    "Attending from the A side was X, while the B side included Y": B's."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head if t.dep_ in {"nsubj", "dobj"} else None
    if verb is None or verb.lemma_.lower() not in ATTENDING_VERBS:
        return []
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() == "side" and t.dep_ == "dobj"]
    if own:
        return own  # "while the Turkish side included X and Y": the side the verb's own subject names
    sides = [p for p in t.doc[verb.sent.start : start] if p.lemma_.lower() == "side" and p.dep_ == "pobj"
             and p.head.lower_ in {"on", "from"} and not any(g.dep_ == "prep" for g in p.children)]
    return sides[-1:]


def side_after(ent: Span) -> Token | None:
    """The side noun of "on the Turkish side" right after a list of people the name is in, whatever the parse: "by
    intelligence chief X and Defense Minister Y on the Turkish side", "by Minister of Economy X from the Azerbaijani
    side" (not "on the Turkish side of the border", nor "X, and on the Turkish side by Y")."""
    doc, k = ent.doc, ent.end
    titles = gazetteer.title_words()
    while k < len(doc) and (doc[k].lower_ in {",", "and"} | titles or doc[k].ent_type_ == PERSON
                            or doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_
                            or doc[k].lower_ == "of" and k + 1 < len(doc) and (
                                doc[k + 1].is_title or doc[k + 1].lower_ == "the" and doc[k + 2 : k + 3].text.istitle())
                            or doc[k].lower_ == "the" and doc[k - 1].lower_ == "of"
                            or doc[k].ent_type_ in {ORGANIZATION, "NORP"}):
        k += 1  # (through a post's "of": "Minister of Economy Y", "head of the Russian Direct Investment Fund")
    if k + 3 < len(doc) and doc[k].lower_ in {"on", "from"} and doc[k - 1].lower_ != "and" \
            and doc[k + 1].lower_ == "the" and doc[k + 3].lemma_.lower() == "side" and doc[k + 3].tag_ == "NN":
        after = doc[k + 4] if k + 4 < len(doc) else None
        if doc[k - 1].text == "," and after is not None and after.text not in {".", ",", ";"}:
            return None  # "X, and on the Turkish side by Y", "X, on the Turkish side Y": the side of what follows
        if after is None or after.lower_ not in {"of", "'s", "’s"}:
            return doc[k + 3]
    return None
