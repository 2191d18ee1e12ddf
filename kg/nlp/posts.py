"""Posts a clause gives a person: copulas ("X is the director of Y"), job appositions ("X, an engineer at
Y"), posts taken ("X was appointed head of Y", "Y named X publisher of Z"), verbs of working or leading
("X heads Y", "plays for Y", "set up Y", "Y, led by X") and what a spokesperson's quote is about."""

from __future__ import annotations

from spacy.tokens import Span

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.appositions import OFFICES_ABROAD, next_named_subject
from kg.nlp.body_references import body_anaphor, definite, earlier_body
from kg.nlp.titles import (
    APPOINT_VERBS,
    NOT_POSTS,
    block_before,
    entity_at,
    host_word,
    institution,
    members_head,
    qualifying_country,
    trade_word,
)


#: not whom the person works for ("British journalist X"); None is a role word the list lacks.
NATIONALITY_ROLES = {"member", "topic", None}


def nationality_only(role: str | None, trade: bool) -> bool:
    """A people's adjective before a title of this role tells a nationality: "British journalist X", and
    an official's title qualified by a private trade ("American film director X", "Russian oil executive")."""
    return role in NATIONALITY_ROLES or trade and role == "official"


#: Words of a trade or a field after a country's name that make the country its subject, no party: "chief China
#: economist X", "head of China economics at Y", "the Russia analyst X".
TOPIC_TRADES = {"economist", "economists", "analyst", "analysts", "expert", "experts", "specialist", "strategist",
                "correspondent", "editor", "reporter", "researcher", "scholar", "watcher", "hand", "economics",
                "research", "studies", "desk", "programme", "program", "coverage"}


def topic_country(party) -> bool:
    """A name (a country's, as the caller checks) before the word of a trade or field it is the subject of: "chief
    China economist X"."""
    if not isinstance(party, Span) or party.end >= len(party.doc):
        return False
    return party.doc[party.end].lower_ in TOPIC_TRADES


#: Words anywhere in the name of a state's own body: "the Chinese Foreign Ministry spokesman" speaks for China too.
#: Narrower than kg.nlp.affiliations.STATE_BODY_WORDS (a name's last word): "the German head of the European
#: Commission" is of no German body.
NATIONAL_BODY_WORDS = {"ministry", "government", "embassy", "army", "navy", "cabinet", "presidency", "parliament",
                    "foreign", "office", "department", "council"}


def foreign_national(party, parties: list) -> bool:
    """A people's adjective before the post of a body that is not its state's tells the holder's nationality:
    "the Kuwaiti secretary general of OPEC", "the agency's Austrian director general" (not "the Chinese Foreign
    Ministry spokesman")."""
    if isinstance(party, Span):
        return False
    doc = party.doc
    k = party.i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1  # "the agency's new Austrian director"
    if k >= 1 and doc[k].text in {"'s", "’s"} and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN":
        return True  # "the agency's Austrian director general": the agency's post
    return any(isinstance(p, Span) and p.label_ == ORGANIZATION and p.start > party.i
               and "of" in {doc[p.start - 1].lower_, doc[max(p.start - 2, 0)].lower_}
               and not NATIONAL_BODY_WORDS & {t.lower_ for t in p} for p in parties)


#: What one works for: a body; what one represents may be a state too.
BODY_KINDS = frozenset({ORGANIZATION})
STATE_KINDS = frozenset({ORGANIZATION, COUNTRY})


def employer(tok, key: str | None, types: dict, kinds=BODY_KINDS) -> bool:
    """The entity at a token is a body someone works for: one of ``kinds``, or a place that is an
    institution with staff ("deputy director of the Northtown Museum")."""
    if key is None:
        return False
    if types.get(key) in kinds:
        return True
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and institution(ent)


#: Endings of nouns naming someone by what they do: comptroller, director, economist, consultant.
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee", "man", "woman", "person")


def copula_parties(ent: Span, refs: dict, types: dict):
    """"X is executive director of the Y Institute", "X was acting comptroller at the Y University",
    "X is a political scientist with the Y Center"."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return
    for attr in root.head.children:
        if attr.dep_ != "attr" or attr.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = list(post_parties(attr, root.head, refs, types))
        yield from (("copula", key, attr.lower_) for key in found)
        if found:
            return


def post_words(attr) -> list[str]:
    """The words of a post noun and the "of" phrase completing it: "head of government"."""
    return [attr.lower_, *(w for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" and not p.ent_type_ for w in (c.lower_, p.lower_))]


def post_parties(attr, verb, refs: dict, types: dict):
    """The bodies a post noun completing a verb names: "[is] executive director of the Y Institute", "[was sworn
    in as] Mexico's president", "[is] a political scientist with the Y Center"."""
    role = gazetteer.titles().get(attr.lower_)
    if role == "topic" or not (role or attr.lower_.endswith(AGENT_ENDINGS)):
        return  # "X was the victim of an FBI conspiracy": not a post
    # a listed title may name its party anywhere in the phrase ("a Christian Democrat member of ...");
    # any other noun only through "of/at/for" ("comptroller at the Y University")
    # "X was comptroller at Y" with "at Y" hung on the verb: the post's place all the same
    preps = [c for c in (*attr.children, *verb.children)
             if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"}]
    spots = attr.subtree if role else (p for c in preps for p in c.children if p.dep_ == "pobj")
    found = None
    for t in spots:
        key = refs.get(t.i)
        if key == found:
            continue
        trade = any(trade_word(c) for c in attr.children if c.dep_ in {"compound", "nmod"})
        if nationality_only(role, trade) and gazetteer.demonym(t.text) and not gazetteer.country(t.text):
            continue  # "X is an American basketball player": a nationality, as in "American player X"
        if posted_in(t, attr, refs, types):
            continue  # "X is a former charge in Addis Ababa, Ethiopia": where the post is, not whose
        if role == "diplomat" and accredited_to(t, attr):
            continue  # "X was ambassador to Angola": the state the envoy was sent to, not theirs
        if any(a.dep_ in {"acl", "relcl"} and attr in a.ancestors for a in t.ancestors if a != attr):
            continue  # "X is the first Russian defence minister to visit North Korea": what the holder did
        if (named := entity_at(t.doc, t.i)) is not None and members_head(post_words(attr), named.text, set()):
            continue  # "X was the only EU head of government to attend": a member's head
        if found is None and employer(t, key, types, {COUNTRY, ORGANIZATION} if role else {ORGANIZATION}):
            found = key
            yield key
        elif found is not None and employer(t, key, types) and t.head.dep_ == "prep" and t.head.lower_ == "at":
            yield key  # "director of the Y Institute at the Z University": both


def accredited_to(tok, attr) -> bool:
    """The token is inside a "to" phrase on the envoy's post (or on a conjunct of it): "ambassador to Angola (from
    1984) and to Mexico"; or in what the envoy is for ("named as his peace envoy for Ukraine")."""
    node = tok
    while node.i != attr.i and node.head.i != node.i:
        if node.dep_ == "pobj" and (node.head.lower_ == "to" or host_word(node.head)):
            return True
        node = node.head
    return False


def posted_in(tok, attr, refs: dict, types: dict) -> bool:
    """The token is inside an "in" phrase on the post that names a city ("in Addis Ababa, Ethiopia")
    or hangs on an office abroad ("the embassy in Kenya"): where the post is held."""
    node = tok
    while node.i != attr.i and node.head.i != node.i:
        prep = node.head
        if prep.dep_ == "prep" and prep.lower_ == "in" and node.dep_ == "pobj":
            if prep.head.lower_ in OFFICES_ABROAD or types.get(refs.get(node.i)) == PLACE:
                return True
        node = prep
    return False


#: Job nouns without an agent ending: "X, a research fellow at the Y Institute".
OTHER_JOBS = {"fellow", "candidate", "associate", "staff", "head", "chief", "aide", "adviser", "advisor", "deputy"}


def job_noun(tok, conjunct: bool = False) -> bool:
    """A noun naming someone by their work: a listed title (not a subject of study) or an agent noun
    (a conjunct whatever its tag: "an ecologist and entomologist" often tags the second as a verb)."""
    low = tok.lower_
    if not (tok.pos_ == "NOUN" or conjunct and tok.is_lower and tok.is_alpha) or low in NOT_POSTS or gazetteer.titles().get(low) == "topic":
        return False
    return low in gazetteer.titles() or tok.lemma_.lower() in gazetteer.titles() or low in OTHER_JOBS \
        or low.endswith(AGENT_ENDINGS)  # "leaders" too


def job_apposition_parties(ent: Span, refs: dict, types: dict):
    """"X, an ecologist at the Y University", "X, a lobbyist with the Y Institute": a job noun in apposition
    (or joined to one by "and") names its organisation through "at/with/for/of"."""
    doc = ent.doc
    for appos in (c for c in ent.root.children if c.dep_ == "appos"):
        if ent.end + 1 >= len(doc) or doc[ent.end].text not in {",", "("} or appos.left_edge.i != ent.end + 1:
            continue  # "X and the secretary of Y, Z": the apposition starts right after the name
        end = appos.right_edge.i + 1
        if end < len(doc) and doc[end].text == "," and next_named_subject(doc, end + 1):
            continue  # "According to X, the head of Y, Z called": the apposition is Z's
        for noun in (appos, *(c for c in appos.children if c.dep_ == "conj")):
            if job_noun(noun, conjunct=noun is not appos):
                yield from (("apposition-job", key, noun.lower_) for key in post_bodies(noun, refs, types))


def member_apposition_parties(ent: Span, refs: dict, types: dict):
    """"X, a Social Democrat,", "Laschet, a Christian Democrat who ...": an apposition naming its person by the
    organisation's own member noun, with "a" before it."""
    for appos in (c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i):
        key = refs.get(appos.i)
        if key is not None and types.get(key) == ORGANIZATION and appos.left_edge.lower_ in {"a", "an"} \
                and all(refs.get(t.i) == key for t in appos.doc[appos.left_edge.i + 1 : appos.i + 1]):
            yield "member-apposition", key, appos.lower_


def post_bodies(noun, refs: dict, types: dict):
    """The organisations a job noun names through "of/at/for/with/in/on": "engineer at Y", "head of Y",
    "a colonel in the Air Force" (not a place: "a lawyer in Lima")."""
    objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with", "in", "on"}
            for p in c.children if p.dep_ == "pobj"]  # "the top Republican on the Senate Foreign Relations Committee"
    # "an engineer with the Y's research service": the body owning the unit too
    owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
    for obj in (*objs, *(c for o in objs for c in o.children if c.dep_ == "conj"), *owners):
        key = refs.get(obj.i)
        if employer(obj, key, types):
            yield key
    # "who will become the newspaper's chairman": a body named before, referred back to by its noun
    for own in (c for c in noun.children if c.dep_ == "poss" and body_anaphor(c, refs) and definite(c)):
        key = earlier_body(own, refs, types)
        if key is not None:
            yield key


#: "X was appointed head of Y", "X worked as an engineer at Y", "X was sworn in as Y's president".
POST_VERBS = {"become", "remain", "appoint", "name", "elect", "make", "serve", "work", "join", "return", "hire",
              "nominate", "install", "reappoint", "re-elect", "promote", "swear"}  # "was sworn in as president of Y"


def predicative_parties(ent: Span, refs: dict, types: dict):
    """"X became president of the Y Party", "X, who was elected leader of Y", "X worked as an engineer
    at Y", "X, who is the director of Y": a job noun completing a verb of taking a post (or the copula
    of a relative clause) names the organisation."""
    root = ent.root
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    # "X, who is the director of Y": a copula in a relative clause on the name
    for verb in (v for v in verbs if v.lemma_.lower() in POST_VERBS or v.dep_ == "relcl" and v.lemma_ == "be"
                 or taking_over(v)):
        if root.dep_ == "nsubj" and verb.lemma_.lower() in APPOINTING_VERBS and any(
                c.dep_ == "dobj" for c in verb.children):
            continue  # "X named Y as ambassador to Z": the post is Y's, X gave it
        nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd", "xcomp"}]
        nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        for noun in (n for n in nouns if job_noun(n)):
            # a listed title names a country too: "was sworn in as Mexico's president", "became foreign minister
            # of Peru" (any other job noun an organisation, as post_bodies reads it)
            titled = gazetteer.titles().get(noun.lower_) not in NATIONALITY_ROLES  # (not "a Y Court nominee")
            found = list(post_parties(noun, verb, refs, types)) if titled else []
            keys = found or post_bodies(noun, refs, types)
            yield from (("post", key, verb.lemma_.lower()) for key in keys)
    for noun in appointed_parties(ent):
        yield from (("post", key, ent.doc[ent.start - 1].lemma_.lower()) for key in post_bodies(noun, refs, types))
    yield from electing_bodies(ent, refs, types)


def taking_over(verb) -> bool:
    """"took over as": a verb of taking a post told with its particle."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def electing_bodies(ent: Span, refs: dict, types: dict):
    """"The Social Democrats elected X (and Y) as their new chairwoman": a body giving a post that names no
    other body is the one the post is of."""
    head = ent.root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in APPOINTING_VERBS:
        return
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    nouns += [c for c in verb.children if c.dep_ == "oprd"]
    if not any(job_noun(n) and not list(post_bodies(n, refs, types)) for n in nouns):
        return
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        key = next((refs[t.i] for t in subject.subtree if t.i <= subject.i and t.i in refs), None)
        if key is not None and types.get(key) == ORGANIZATION:
            yield "post", key, verb.lemma_.lower()


#: Verbs that give their object a post: "Y named X publisher of Z", "they elected X to be chairman of Z".
APPOINTING_VERBS = {"name", "appoint", "elect", "make", "nominate", "install", "promote", "reappoint", "re-elect",
                    "hire"}


def appointed_parties(ent: Span):
    """"Y named X publisher of Z", "the board appointed X head of Z", "they elected X to be chairman of
    Z": the post an active verb gives the name right after it names the organisation."""
    doc = ent.doc
    verb = doc[ent.start - 1] if ent.start >= 1 else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in APPOINTING_VERBS:
        return
    nouns = [c for c in verb.children if c.dep_ in {"oprd", "dobj", "attr"}]
    nouns += [a for c in verb.children if c.dep_ == "xcomp" for a in c.children if a.dep_ in {"attr", "oprd"}]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if ent.root.dep_ in {"compound", "nmod"}:  # "named [X publisher]": the name parsed inside the post's phrase
        nouns.append(ent.root.head)
    yield from (n for n in nouns if n.i >= ent.end and job_noun(n))


#: Verbs of speaking, and the posts of people who speak for a body: "Y will cut jobs, said spokeswoman X".
SPEECH_LEMMAS = {"say", "tell", "add", "explain", "note", "state", "announce", "confirm"}
SPEAKER_ROLES = {"head", "official", "spokesperson"}
SPEAKER_JOBS = {"manager"}


def speaker_post(ent: Span) -> bool:
    """The name has a spokesperson's, official's or head's post that names no body: "spokeswoman X",
    "X, a senior manager" (not a post against the government: "Opposition Leader X said the Government ...")."""
    table = gazetteer.titles()
    block = block_before(ent)
    if block.titles and not (block.parties or block.possessive or block.unlisted):
        return block.role in SPEAKER_ROLES and not block.against
    for appos in (c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        if any(t.ent_type_ for t in appos.subtree):
            return False  # "X, a spokesman for Y": the post names its body
        return table.get(appos.lower_) in SPEAKER_ROLES or appos.lower_ in SPEAKER_JOBS
    return False


def speaker_parties(ent: Span, refs: dict, types: dict):
    """"Northtown Rail will add two trains, said spokeswoman X": someone whose post names no body speaks
    for the organisation that is the subject of what they say."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEECH_LEMMAS or not speaker_post(ent):
        return
    for clause in (c for c in root.head.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            key = refs.get(subj.i)
            if key and types.get(key) == ORGANIZATION:
                yield "speaker", key, root.head.lemma_.lower()
                return


#: Verbs whose subject works for the organisation that is their object: "X heads Y", "who works at Y".
AFFILIATION_VERBS = {"head", "lead", "run", "chair", "direct", "found", "operate", "manage", "represent", "serve", "sit",
                     "work", "join", "command", "coach", "captain", "edit", "own", "teach"}


#: Plural nouns of people gathered, whom one joins at a meeting: "will join G20 finance ministers in Washington".
GATHERED_PEOPLE = {"ministers", "leaders", "officials", "governors", "counterparts", "heads", "envoys", "delegates",
                   "presidents", "colleagues"}
#: Nouns of a group sent somewhere, which one leads there for its country, not for the gathering it goes to.
DELEGATION_NOUNS = {"delegation", "team", "mission"}


#: Verbs whose subject founded the organisation that is their direct object: "X set up the Y Alliance".
FOUNDING_VERBS = {"set up", "establish", "co-found", "cofound", "form", "launch"}


def phrasal(verb) -> str:
    """A verb's lemma with its particle: "set up", "found"."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def founded_parties(ent: Span, refs: dict, types: dict):
    """"X set up the Y Alliance", "X, who established the Y Foundation": the founder of a body is its member."""
    root = ent.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    for verb in (v for v in verbs if phrasal(v) in FOUNDING_VERBS):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            key = refs.get(obj.i)
            if key and types.get(key) == ORGANIZATION:
                yield "verb", key, phrasal(verb)


#: Verbs whose agent ("by X") heads or founded the body they describe: "the Y Foundation, headed by X".
LED_BY_VERBS = {"head", "lead", "run", "chair", "direct", "found", "co-found", "establish", "manage", "command"}


def led_by_parties(ent: Span, refs: dict, types: dict):
    """"the Y Foundation headed by X", "Y was founded in 1977 by X": a passive's agent heads or founded the
    body the participle describes (its head noun) or the passive's subject."""
    root = ent.root
    post = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if post is not None and post.lower_ in gazetteer.title_words() and post.dep_ == "pobj" and post.head.dep_ == "agent":
        root = post  # "headed by State Minister for Foreign Affairs X" parsed with X the object of "for"
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return
    verb = root.head.head
    if verb.lemma_.lower() not in LED_BY_VERBS:
        return
    bodies = [verb.head] if verb.dep_ in {"acl", "relcl"} and not any(
        c.dep_ == "nsubjpass" and c.lower_ not in {"which", "that", "who"} for c in verb.children) \
        else [c for c in verb.children if c.dep_ == "nsubjpass"]  # ("the Russian delegation, which is led by X")
    k = verb.i - 1 - (verb.i >= 1 and verb.doc[verb.i - 1].text == ",")
    if verb.dep_ == "acl" and k >= 0 and verb.doc[k].lower_ in COUNTRY_SIDES and verb.doc[k] != verb.head:
        bodies.append(verb.doc[k])  # "talks with Ukraine's delegation, led by X" with "led" hung on the talks
    for body in bodies:
        key = refs.get(body.i)
        if key and types.get(key) == ORGANIZATION:
            yield "led-by", key, f"{verb.lower_} by"
        elif key is None and body.lower_ in COUNTRY_SIDES and (country := qualifying_country(body, refs, types)):
            yield "led-by", country, f"{verb.lower_} by"  # "the Russian side was led by X": the country
        elif key is None and body.lower_ in COUNTRY_SIDES:
            for c in body.children:  # "a Hamas delegation led by X": the body it is of
                if c.dep_ in {"compound", "poss"} and types.get(refs.get(c.i)) == ORGANIZATION:
                    yield "led-by", refs[c.i], f"{verb.lower_} by"


#: Groups that act for a country named with them: "the Russian side", "Ukraine's delegation".
COUNTRY_SIDES = {"side", "delegation", "team", "government", "negotiators", "mission"}


#: or writes for the paper or agency named there: "X covers the courts for Y", "X writes for Y".
SIDE_VERBS = {"play", "score", "sign", "star", "write", "report", "cover"}


def verb_parties(ent: Span, refs: dict, types: dict):
    """"X heads the Y", "X, who works at Y", "X served 24 years in Congress", "X, representing Y"."""
    root = ent.root
    verbs = []
    if root.dep_ in {"nsubj"} and root.head.lemma_.lower() in AFFILIATION_VERBS:
        verbs.append(root.head)
    verbs += [c for c in root.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in AFFILIATION_VERBS
              and not any(s.dep_ == "nsubj" and s.lower_ not in {"who", "that"} for s in c.children)]  # not "whose country chairs Y"
    for rel in (c for c in root.children if c.dep_ == "relcl"):  # "who is a major in the Marine Corps and works at"
        verbs += [c for c in rel.children if c.dep_ == "conj" and c.lemma_.lower() in AFFILIATION_VERBS]
    for appos in (c for c in root.children if c.dep_ == "appos"):  # "X, the attorney representing Y", "X, a Republican who served in Y"
        verbs += [c for c in appos.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in AFFILIATION_VERBS]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "X is a vet who has worked for Y"
        verbs += [c for a in root.head.children if a.dep_ == "attr" for c in a.children
                  if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in AFFILIATION_VERBS]
    # "X plays for Y", "X, who scored for Y", "X writes for Y": a player's side, a reporter's outlet, only through "for"
    sides = [root.head] if root.dep_ == "nsubj" and root.head.lemma_.lower() in SIDE_VERBS else []
    sides += [c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in SIDE_VERBS]
    for verb in verbs + sides:
        if verb.lemma_.lower() == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            continue  # "X sat down with Y of the Z party": talks with Y, no seat of X's in Z
        objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] if verb not in sides else []
        # (not "will join G20 finance ministers at a meeting": a gathering joined; nor "to lead the delegation at the
        # UN General Assembly": where the delegation goes)
        objs = [o for o in objs if not (verb.lemma_.lower() == "join" and any(
            t.lower_ in GATHERED_PEOPLE for t in o.subtree))]
        led = any(o.lemma_.lower() in DELEGATION_NOUNS for o in objs)
        objs += [p for c in verb.children if c.dep_ == "prep" and verb.lemma_.lower() != "represent" and not led
                 and c.lower_ in ({"for"} if verb in sides else {"for", "at", "in", "with", "on"})
                 for p in c.children if p.dep_ == "pobj"]  # (not "represent China at the World Economic Forum")
        if verb in sides:  # "X has covered the courts for Y": "for Y" hung on the object
            objs += [p for d in verb.children if d.dep_ == "dobj" for c in d.children
                     if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]  # "taught at Harvard and the Y College"
        for obj in objs:
            key = refs.get(obj.i)
            # (a country one represents is the one acted for: "X will represent China at the summit")
            if employer(obj, key, types, STATE_KINDS if verb.lemma_.lower() == "represent" else BODY_KINDS):
                yield "verb", key, verb.lemma_.lower()
            elif key is None and (owner := unit_owner(obj, refs, types)) is not None:
                yield "verb", owner, verb.lemma_.lower()  # "heads VW's US operations", "sits on the carmaker's board"


#: Verbs whose "as" names the post taken: "took over as the EU's special representative", "serves as Peru's envoy".
AS_POST_VERBS = {"serve", "take", "act", "work", "remain", "return", "continue", "stay"} | APPOINT_VERBS


def as_post_parties(ent: Span, refs: dict, types: dict):
    """"X, who took over as the EU's special representative", "X, appointed as Peru's envoy in May": the country or
    body owning the post the verb's "as" names."""
    root = ent.root
    verbs = [root.head] if root.dep_ == "nsubjpass" or root.dep_ == "nsubj" and not any(
        c.dep_ == "dobj" and c.ent_type_ == PERSON for c in root.head.children) else []  # (not "Y named X as its
    # envoy": the post is X's; but "X took up his post as Peru's envoy")
    verbs += [root.head] if root.dep_ == "dobj" else []  # "Y named X as Ghana's special envoy to Z"
    verbs += [c for c in root.children if c.dep_ in {"relcl", "acl"}]
    verbs += [c for a in root.children if a.dep_ == "appos" for c in a.children if c.dep_ in {"relcl", "acl"}]
    titles = gazetteer.title_words()
    for verb in (v for v in verbs if v.lemma_.lower() in AS_POST_VERBS):
        attached = [verb, root] if root.dep_ == "dobj" and root.head == verb else [verb]  # ("as" parsed on X)
        for post in (p for a in attached for c in a.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj" and p.lower_ in titles):
            for owner in (c for c in post.children if c.dep_ == "poss"):
                if employer(owner, key := refs.get(owner.i), types, {ORGANIZATION, COUNTRY}):
                    yield "as-post", key, post.lower_


#: A state's units whose head acts for the state: "led Tajikistan's foreign ministry".
STATE_UNITS = {"ministry", "government", "diplomacy", "army", "navy", "military", "delegation", "embassy", "cabinet",
               "parliament", "treasury"}


def unit_owner(obj, refs: dict, types: dict) -> str | None:
    """The body owning a unit one heads or sits on: "VW's US operations", "the carmaker's works council"; the country
    owning a state's unit: "has led Tajikistan's foreign ministry"."""
    kinds = {ORGANIZATION, COUNTRY} if obj.lower_ in STATE_UNITS else {ORGANIZATION}
    for owner in (c for c in obj.children if c.dep_ == "poss"):
        key = refs.get(owner.i)
        if employer(owner, key, types, kinds):
            return key
        if key is None and body_anaphor(owner, refs):
            return earlier_body(owner, refs, types)
    return None
