"""Affiliations (``represents``): who speaks for which country or organisation.

``affiliation_events`` reads a person's title block ("Russian Foreign Minister X", "Kremlin
spokesman X", "Ukraine's X"), apposition ("X, spokesman for Y", "X, a lobbyist with Y"), "X of Y",
copulas ("X is the director of Y"), verbs ("X heads Y", "plays for Y", "set up Y", "Y, led by X"),
posts taken ("X was appointed head of Y", "Y named X publisher of Z", "X, who is the director of
Y"), what a spokesperson's quote is about ("Y will cut jobs, said spokeswoman X"), the body after
"his/her party," ("X spoke to the council of her party, the Y"), a body referred back to by its
common noun ("X, a spokeswoman for the agency", "the department's X") or by "its" ("Its president,
X," after a sentence about the body), a company's short name
("Edison spokesman X" after "Northtown Edison"), a US lawmaker's party tag ("Sen. X, D-Va.,"), the body
of a unit one heads or sits on ("heads VW's US operations") and, for a head of state or government
with no country named, the country where they host a meeting, else the country the report is about
(not for its visitors); a person's spokesperson, aide, envoy or delegation member ("Putin's
spokesman X", "a delegation that included X") acts for the country (else the body) that person
represents. A museum, gallery, hospital or school typed as a place counts as an employer
(``employer``); the head of a region's or a city's government acts for that place ("Hamburg Mayor
X", "X, chief minister of West Bengal"); an envoy's host country is not their party ("ambassador to
Z").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import AFFILIATION, COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_evidence import tagged_party
from kg.nlp.events import RawEvent
from kg.nlp.paragraphs import window_start
from kg.nlp.title_country import bare_title, national_code, state_title, untitled_countries
from kg.nlp.titles import (
    MODIFIERS,
    NOT_POSTS,
    OFFICES_ABROAD,
    apposition_after,
    block_before,
    entity_at,
    institution,
    listed_holders,
    next_named_subject,
    of_party,
    plural_title,
    owner_body,
    qualifying_country,
    trade_word,
)


def affiliation_events(doc: Doc, refs: dict, types: dict, contacts: list[RawEvent] = ()):
    """represents: a person's title block or apposition names a country or organisation. ``contacts`` (the
    document's contact events) keep a person from the country of those they spoke with."""
    seen: set[tuple[str, str]] = set()
    untitled: dict[str, tuple[Span, str]] = {}  # people with a state title and no country beside it
    aides: list[tuple[str, str, Span, str]] = []  # (aide, principal, name, title): "Putin's spokesman X"
    held: dict[tuple[str, str], str] = {}  # (country, title) -> the person named with both
    for ent in doc.ents:
        if ent.label_ != PERSON or ent.start not in refs:
            continue
        person = refs[ent.start]
        if (found := principal(ent, refs, types)) is not None and found[0] != person:
            aides.append((person, *found[:1], ent, found[1]))
        if (leader := delegation_leader(ent, refs, types)) is not None and leader != person:
            aides.append((person, leader, ent, "delegation member"))  # "X arrived with a delegation that included Y"
        if (body := delegation_body(ent, refs, types)) is not None and (person, body) not in seen:
            seen.add((person, body))  # "The ANC delegation included X": X acts for the ANC
            yield affiliation(person, body, ent, "delegation-member", 0.7, "delegation")
        if (boss := represented_by(ent, refs)) is not None and boss != person:  # "X was represented by Y"
            if types.get(boss) == PERSON:
                aides.append((person, boss, ent, "representative"))
            elif types.get(boss) in {COUNTRY, ORGANIZATION} and (person, boss) not in seen:
                seen.add((person, boss))
                yield affiliation(person, boss, ent, "represented-by", 0.7, "represented by")
        for rule, block in (("title-before", block_before(ent)), ("apposition", apposition_after(ent))):
            if not (block.titles or (block.possessive and rule == "title-before")):
                continue
            for party in before_parties(block) if rule == "title-before" else [*block.parties, *block.other_names]:
                if not isinstance(party, Span) and nationality_only(block.role, block.trade):
                    continue  # "British journalist X", "American film director X": a nationality, not a post
                if block.against and types.get(refs.get(party.start if isinstance(party, Span) else party.i)) == COUNTRY:
                    continue  # "Belarusian opposition leader X" does not act for Belarus
                i = party.start if isinstance(party, Span) else party.i
                key = refs.get(i)
                if key is None or (person, key) in seen or not (
                        types.get(key) in {COUNTRY, ORGANIZATION} or isinstance(party, Span) and institution(party)):
                    continue
                seen.add((person, key))
                if rule == "title-before" and block.titles and len(block.parties) == 1 and types.get(key) == COUNTRY \
                        and not (block.former or block.possessive or possessed(party)):
                    held.setdefault((key, " ".join(block.titles)), person)  # "Colombian President X": Colombia's
                    # president is X, not an untitled "President Y" of the same report
                yield affiliation(person, key, ent, rule if block.titles else "possessive",
                                  0.9 if block.titles else 0.7, " ".join(block.titles) or "'s")
            if regional_head(block.titles):  # "Berlin's Mayor X": the city's government; "X, Vice President of
                # the UAE and Ruler of Dubai": the place after the last party is the last post's
                last = max((p.start if isinstance(p, Span) else p.i for p in block.parties), default=-1)
                for place in (p for p in block.places if p.start > last):
                    key = refs.get(place.start)
                    if key and types.get(key) == PLACE and (person, key) not in seen:
                        seen.add((person, key))
                        yield affiliation(person, key, ent, rule, 0.8, " ".join(block.titles))
        block = block_before(ent)
        if person not in untitled and (state_title(block) or national_code(ent) and not (
                block.parties or block.former or block.possessive)) and bare_title(ent):
            untitled[person] = (ent, " ".join(block.titles))
        party = of_party(ent) or shared_of_party(ent)
        for body in (party, party and owner_body(party)):  # "of Harvard University's Y School": both
            if body is not None and refs.get(body.start) and (person, refs[body.start]) not in seen:
                seen.add((person, refs[body.start]))
                yield affiliation(person, refs[body.start], ent, "name-of", 0.7, "of")
        for rule, key, trigger in [*copula_parties(ent, refs, types), *verb_parties(ent, refs, types),
                                   *owned_parties(ent, refs, types), *bracket_parties(ent, refs, types),
                                   *job_apposition_parties(ent, refs, types), *speaker_parties(ent, refs, types),
                                   *founded_parties(ent, refs, types), *predicative_parties(ent, refs, types),
                                   *led_by_parties(ent, refs, types), *referred_body_parties(ent, refs, types),
                                   *side_parties(ent, refs, types), *its_parties(ent, refs, types),
                                   *plural_title_parties(ent, refs, types),
                                   *short_name_parties(ent, refs, types)]:
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, ent, rule, 0.75, trigger)
    for person, key, ent in pronoun_bodies(doc, refs, types):
        if (person, key) not in seen:
            seen.add((person, key))
            yield affiliation(person, key, ent, "pronoun-body", 0.7, ent.root.head.lower_)
    for person, key, span in listed_posts(doc, refs):
        if (person, key) not in seen:
            seen.add((person, key))
            yield affiliation(person, key, span, "listed-post", 0.7, span.root.lemma_.lower())
    for person, key, span in title_phrase_countries(doc, types):
        if (person, key) not in seen:
            seen.add((person, key))
            yield affiliation(person, key, span, "title-phrase", 0.7, span[-1].lower_)
    # "Prime Minister X" with no country named beside the title: the country they host a meeting or a visitor in,
    # else the country the report is about (kg.nlp.title_country)
    for person, country, ent, trigger, rule in untitled_countries(doc, refs, types, contacts, untitled, seen, aides,
                                                                  held):
        seen.add((person, country))
        yield affiliation(person, country, ent, rule, 0.6, trigger)
    # "Putin's spokesman X": X speaks for the country (else the body) Putin represents
    for person, boss, ent, trigger in aides:
        parties = [k for p, k in seen if p == boss]
        for key in [k for k in parties if types.get(k) == COUNTRY] or parties:
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, ent, "aide-of", 0.7, f"'s {trigger}")


def possessed(party) -> bool:
    """A party named with "'s": "Italy's prime minister (at the time), X" (not "Italian Prime Minister X")."""
    end = party.end if isinstance(party, Span) else party.i + 1
    return end < len(party.doc) and party.doc[end].text in {"'s", "’s"}


#: Role groups (titles.tsv) of those who act for their principal's side: "Putin's spokesman", "Trump's envoy".
AIDE_ROLES = {"spokesperson", "official", "diplomat"}


def principal(ent: Span, refs: dict, types: dict) -> tuple[str, str] | None:
    """"Merkel's spokesman X", "X, Putin's spokesman,": the person whose spokesperson, aide or envoy X is, and
    the title, or None."""
    doc, titles = ent.doc, gazetteer.titles()
    posts = [doc[ent.start - 1]] if ent.start > 0 else []
    posts += [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i]
    for post in posts:
        if post.is_lower and titles.get(post.lower_) in AIDE_ROLES:
            owners = [c for c in (*post.children, *ent.root.children) if c.dep_ == "poss" and c.i < post.i]
            # "X, a senior adviser to PLO chairman Y,", "X, a spokesman for Y,": the person after "to/for"
            owners += [p for c in post.children if c.dep_ == "prep" and c.lower_ in {"to", "for"} and post.i > ent.root.i
                       for p in c.children if p.dep_ == "pobj"]
            if owners and types.get(refs.get(owners[0].i)) == PERSON:
                return refs[owners[0].i], post.lower_
    return None


#: Last words of the name of a body of a state: "China's Foreign Ministry", "Russia's Security Council".
STATE_BODY_WORDS = {"ministry", "ministries", "government", "embassy", "department", "office", "cabinet",
                    "presidency", "administration", "army", "navy", "council", "commission", "staff", "service"}
#: Role groups (titles.tsv) of posts a state fills: "Britain's UN ambassador X" acts for Britain.
STATE_ROLES = {"minister", "diplomat", "military", "legislator"}


def before_parties(block) -> list:
    """The parties a title before a name gives: the one nearest the name, its other name in brackets,
    and the body owning it, or the country owning it if it is a body of the state or the post is a state's
    ("the Foreign Ministry's Asia Department chief X": the department and the ministry; "China's Foreign
    Ministry spokesperson X": the ministry and China; "Britain's UN ambassador X": the UN and Britain; not
    "Russia's Gazprom chief X")."""
    nearest = block.parties[-1:]
    if not nearest or not isinstance(nearest[0], Span):
        return [*nearest, *block.other_names]
    state = nearest[0][-1].lower_ in STATE_BODY_WORDS or block.role in STATE_ROLES
    owner = owner_body(nearest[0], {ORGANIZATION, COUNTRY} if state else {ORGANIZATION})
    return [*nearest, *block.other_names, *([owner] if owner is not None else [])]


#: Role groups (titles.tsv) of jobs anyone may hold: after a people's adjective they tell a nationality,
#: not whom the person works for ("British journalist X"); None is a role word the list lacks.
NATIONALITY_ROLES = {"member", "topic", None}


def nationality_only(role: str | None, trade: bool) -> bool:
    """A people's adjective before a title of this role tells a nationality: "British journalist X", and
    an official's title qualified by a private trade ("American film director X", "Russian oil executive")."""
    return role in NATIONALITY_ROLES or trade and role == "official"


#: Last words of the posts heading a region's or a city's government, which act for that place:
#: "X, chief minister of West Bengal", "Berlin's Mayor X", "Gaza's prime minister, X".
REGIONAL_HEADS = ("premier", "chief minister", "first minister", "prime minister", "governor", "mayor",
                  "minister-president", "ruler")


def regional_head(titles: list[str]) -> bool:
    """A title block heads a region's or a city's government (its place is then the party)."""
    return gazetteer.fold(" ".join(titles)).endswith(REGIONAL_HEADS)


#: Nouns of a group travelling with its leader: its members act for the leader's country or body.
ENTOURAGE_NOUNS = {"delegation", "team", "entourage", "party"}


def delegation_leader(ent: Span, refs: dict, types: dict) -> str | None:
    """The person leading the delegation a name is a member of: "X arrived with a delegation that included
    Y", "X's delegation, including Y", "a delegation led by X and including Y"."""
    root = ent.root
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
    """The country or body whose delegation a name is listed in: "The ANC delegation included X, Y and Z",
    "the Kenyan team comprised X", "a delegation from Peru that included X"; None otherwise."""
    root = ent.root
    while root.dep_ == "conj":  # "X, Y and Z": the list's first name
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


def represented_by(ent: Span, refs: dict) -> str | None:
    """"Kagame (...) was represented by Foreign Minister X", "Timor-Leste was represented by X" (and Y): whom X
    stood in for."""
    root = ent.root
    while root.dep_ in {"conj", "appos"} and root.head is not root:  # "represented by X and Foreign Minister Y":
        root = root.head  # Y too, and Z after "X, the head of W's office, Y and Z"
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() != "represent":
        return None
    verb = agent.head
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head  # "X skipped the summit and was represented by Y": X
    return next((refs[c.i] for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in refs), None)


def listed_posts(doc: Doc, refs: dict):
    """(person, country, post) for "the foreign ministers of A, B and C -- X, Y and Z --": each in turn."""
    for tok in doc:
        for person, country in listed_holders(tok, refs) if tok.tag_ in {"NNS", "NNPS"} else ():
            yield refs[person.i], refs[country.i], doc[tok.i : tok.i + 1]


def title_phrase_countries(doc: Doc, types: dict):
    """(person, country, phrase) for each title phrase kg.nlp.aliases read as a person that names the country:
    "the Argentine leader", "his Russian counterpart", "the US president"."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    countries = {code: key for key, kind in types.items() if kind == COUNTRY
                 and (code := gazetteer.country_code_of(names.get(key, ""), kind))}
    titles = gazetteer.titles()
    for e in doc._.kg_entities or []:
        for m in (m for m in e.mentions if e.type == PERSON and m.kind == "title"):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or titles.get(span[-1].lower_) in {"topic", "member"}:
                continue  # "the Israeli analyst", "the French journalist": a nationality, no post
            found = (gazetteer.demonym(t.text) or gazetteer.country(t.text) for t in span if t.text[:1].isupper())
            key = next((countries[c.code] for c in found if c is not None and c.code in countries), None)
            if key is not None:
                yield e.key, key, span


def shared_of_party(ent: Span) -> Span | None:
    """"Ann Ode and Tom Reed of the Y Institute": a name with no title of its own, joined by "and" (or
    commas) to untitled names ending with "of Y", shares their organisation (not "X and Princess Y of
    Greece": a title or a country makes "of Y" the last name's own)."""
    doc = ent.doc
    k, last = ent.end, None
    while k + 1 < len(doc) and doc[k].text in {",", "and"}:
        k += doc[k].text == "," and doc[k + 1].lower_ == "and"  # ", and"
        nxt = entity_at(doc, k + 1)
        if nxt is None or nxt.label_ != PERSON or nxt.start != k + 1:
            break
        last, k = nxt, nxt.end
    if last is None or any(block_before(n).titles or block_before(n).possessive for n in (ent, last)):
        return None
    party = of_party(last)
    return party if party is not None and party.label_ == ORGANIZATION else None


def short_name_parties(ent: Span, refs: dict, types: dict):
    """"served by Northtown Edison ..., said Edison spokesman X": a place's name before a title that is
    the first or last word of an organisation named earlier is that organisation's short name."""
    doc, titles = ent.doc, gazetteer.title_words()
    k = ent.start - 1
    while k >= 0 and (doc[k].lower_ in titles or doc[k].lower_ in MODIFIERS):
        k -= 1
    place = entity_at(doc, k) if 0 <= k < ent.start - 1 else None
    if place is None or place.label_ != PLACE or place.end != k + 1 or len(place) != 1:
        return
    for other in reversed([e for e in doc.ents if e.end <= place.start]):
        key = refs.get(other.start)
        if other.label_ == ORGANIZATION and len(other) > 1 and key and place.text in {other[0].text, other[-1].text}:
            yield "short-name", key, place.text
            return


def employer(tok, key: str | None, types: dict, kinds=frozenset({ORGANIZATION})) -> bool:
    """The entity at a token is a body someone works for: one of ``kinds``, or a place that is an
    institution with staff ("deputy director of the Northtown Museum")."""
    if key is None:
        return False
    if types.get(key) in kinds:
        return True
    ent = entity_at(tok.doc, tok.i)
    return ent is not None and institution(ent)


#: Nouns of a body one belongs to: "her party, the Y", "his union, the Y".
OWN_BODY_NOUNS = {"party", "union", "company", "firm", "employer", "club", "team", "newspaper", "organization",
                  "organisation", "movement", "faction"}


def pronoun_bodies(doc: Doc, refs: dict, types: dict):
    """"Ann Ode spoke at a congress of her party, the Liberals": an organisation right after "his/her
    (own) party," belongs to the person the pronoun stands for, if named before it in the sentence."""
    for ent in doc.ents:
        key = refs.get(ent.start)
        if key is None or types.get(key) != ORGANIZATION:
            continue
        k = ent.start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        if k < 2 or doc[k].text != "," or doc[k - 1].lower_ not in OWN_BODY_NOUNS:
            continue
        j = k - 2
        while j > ent.sent.start and (doc[j].pos_ == "ADJ" or doc[j].lower_ == "own"):
            j -= 1  # "her own party", "his conservative party"
        person = refs.get(j) if doc[j].lower_ in {"his", "her"} else None
        if person and types.get(person) == PERSON and any(
                refs.get(t.i) == person for t in doc[ent.sent.start : j] if t.ent_type_ == PERSON):
            yield person, key, ent


def affiliation(person: str, party: str, ent: Span, rule: str, confidence: float, trigger: str) -> RawEvent:
    return RawEvent(kind=AFFILIATION, participants=(person,), party=party, sentence=ent.sent, rule=rule,
                    confidence=confidence, trigger=trigger)


#: Endings of nouns naming someone by what they do: comptroller, director, economist, consultant.
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee", "man", "woman", "person")


def copula_parties(ent: Span, refs: dict, types: dict):
    """"X is executive director of the Y Institute", "X was acting comptroller at the Y University",
    "X is a political scientist with the Y Center"."""
    from kg.nlp import gazetteer

    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return
    for attr in root.head.children:
        if attr.dep_ != "attr" or attr.pos_ not in {"NOUN", "PROPN"}:
            continue
        role = gazetteer.titles().get(attr.lower_)
        if role == "topic" or not (role or attr.lower_.endswith(AGENT_ENDINGS)):
            continue  # "X was the victim of an FBI conspiracy": not a post
        # a listed title may name its party anywhere in the phrase ("a Christian Democrat member of ...");
        # any other noun only through "of/at/for" ("comptroller at the Y University")
        # "X was comptroller at Y" with "at Y" hung on the verb: the post's place all the same
        preps = [c for c in (*attr.children, *root.head.children) if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"}]
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
            if found is None and employer(t, key, types, {COUNTRY, ORGANIZATION} if role else {ORGANIZATION}):
                found = key
                yield "copula", key, attr.lower_
            elif found is not None and employer(t, key, types) and t.head.dep_ == "prep" and t.head.lower_ == "at":
                yield "copula", key, attr.lower_  # "director of the Y Institute at the Z University": both
        if found is not None:
            return


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


def post_bodies(noun, refs: dict, types: dict):
    """The organisations a job noun names through "of/at/for/with/in": "engineer at Y", "head of Y",
    "a colonel in the Air Force" (not a place: "a lawyer in Lima")."""
    objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with", "in"}
            for p in c.children if p.dep_ == "pobj"]
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


#: Verbs that give their subject a post named by their complement: "X became president of Y",
#: "X was appointed head of Y", "X worked as an engineer at Y".
POST_VERBS = {"become", "remain", "appoint", "name", "elect", "make", "serve", "work", "join", "return", "hire",
              "nominate", "install", "reappoint", "re-elect", "promote"}


def predicative_parties(ent: Span, refs: dict, types: dict):
    """"X became president of the Y Party", "X, who was elected leader of Y", "X worked as an engineer
    at Y", "X, who is the director of Y": a job noun completing a verb of taking a post (or the copula
    of a relative clause) names the organisation."""
    root = ent.root
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    # "X, who is the director of Y": a copula in a relative clause on the name
    for verb in (v for v in verbs if v.lemma_.lower() in POST_VERBS or v.dep_ == "relcl" and v.lemma_ == "be"):
        nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd", "xcomp"}]
        nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        for noun in (n for n in nouns if job_noun(n)):
            yield from (("post", key, verb.lemma_.lower()) for key in post_bodies(noun, refs, types))
    for noun in appointed_parties(ent):
        yield from (("post", key, ent.doc[ent.start - 1].lemma_.lower()) for key in post_bodies(noun, refs, types))
    yield from electing_bodies(ent, refs, types)


def electing_bodies(ent: Span, refs: dict, types: dict):
    """"The Social Democrats elected X (and Y) as their new chairwoman": a body giving a post that names no
    other body is the one the post is of."""
    head = ent.root
    while head.dep_ == "conj" and head.head is not head:
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
    "X, a senior manager"."""
    table = gazetteer.titles()
    block = block_before(ent)
    if block.titles and not (block.parties or block.possessive or block.unlisted):
        return block.role in SPEAKER_ROLES
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


#: Common nouns by which a report refers back to a body it named: "the ministry spokeswoman".
BODY_ANAPHORS = {"ministry", "government", "embassy", "department", "agency", "commission", "council", "company",
                 "firm", "bank", "university", "institute", "bureau", "newspaper", "paper"}
#: Nouns by which a report refers back to a news outlet it named ("the San Jose Herald ... the newspaper's editor").
PAPER_NOUNS = {"newspaper", "paper"}
#: Words in companies' names that "the company" or "the firm" refers back to: "Northtown Rail Co.".
COMPANY_WORDS = {"company", "firm", "co.", "co", "corp.", "corp", "corporation", "inc.", "inc", "ltd.", "ltd", "plc",
                 "llc", "group"}


def referred_body_parties(ent: Span, refs: dict, types: dict):
    """"X, the ministry spokeswoman", "the ministry spokeswoman X", "X, a spokeswoman for the agency",
    "the department's X", "X, a company official": the body named before with that noun, an
    organisation whose name holds it ("the Foreign Ministry", "Northtown Rail Co.") or, when the body
    has no name, its country ("a spokeswoman for the Chinese foreign ministry" -> China)."""
    doc, titles = ent.doc, gazetteer.title_words()
    heads = [a for a in ent.root.children if a.dep_ == "appos" and a.lower_ in titles]
    if ent.start >= 2 and doc[ent.start - 1].lower_ in titles:  # "the ministry spokeswoman X"
        heads.append(doc[ent.start - 1])
    nouns = []
    for head in heads:
        if any(c.lower_ in {"the", "a", "an"} for c in doc[max(0, head.i - 3) : head.i]):  # "the ministry spokesman"
            nouns += [c for c in doc[max(0, head.i - 2) : head.i] if body_anaphor(c, refs)]
        nouns += [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "with"}  # "for the agency"
                  for p in c.children if p.dep_ == "pobj" and body_anaphor(p, refs) and definite(p)]
    owner = possessive_anaphor(ent, refs)  # "the department's X"
    for noun in nouns + ([owner] if owner is not None else []):
        key = earlier_body(noun, refs, types)
        if key is not None:
            yield "referred-body", key, f"the {noun.lower_}"
            return


def body_anaphor(tok, refs: dict) -> bool:
    """A common noun for a body that is no part of a name: "ministry", "agency", "company"."""
    return tok.lower_ in BODY_ANAPHORS and tok.i not in refs and tok.is_lower


def definite(tok) -> bool:
    """The noun has "the" before it (next to it or before its adjectives)."""
    return any(c.lower_ == "the" for c in tok.doc[max(0, tok.i - 3) : tok.i])


def possessive_anaphor(ent: Span, refs: dict):
    """The body noun owning a name's title: "the department's X", "the agency's chief spokesman X"."""
    doc = ent.doc
    k = post_start(ent) - 1
    if k >= 2 and doc[k].text in {"'s", "’s"} and body_anaphor(doc[k - 1], refs) and doc[k - 2].lower_ == "the":
        return doc[k - 1]
    return None


def post_start(ent: Span) -> int:
    """Where the lower-case post before a name starts, over a comma after it: "the agency's chief spokesman X",
    "the company's finance chief, X" -> the index of "chief"."""
    doc, titles = ent.doc, gazetteer.title_words()
    end = ent.start - (ent.start >= 1 and doc[ent.start - 1].text == ",")
    k = end - 1
    while k >= 0 and k >= end - 4 and (doc[k].lower_ in titles or doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}):
        k -= 1
    return k + 1 if k + 1 < end else ent.start


def plural_title_parties(ent: Span, refs: dict, types: dict):
    """"their Philippine counterparts X and Foreign Affairs Secretary Y": a name joined to one after a plural
    title shares the title's country or body when its own title names none."""
    root = ent.root
    if root.dep_ != "conj" or block_before(ent).parties:
        return
    doc = ent.doc
    first = entity_at(doc, root.head.i)
    if first is None or first.label_ != PERSON or first.start < 1 or not plural_title(doc[first.start - 1]):
        return
    for party in block_before(first).parties:
        key = refs.get(party.start if isinstance(party, Span) else party.i)
        if key is not None and types.get(key) in {COUNTRY, ORGANIZATION}:
            yield "shared-title", key, doc[first.start - 1].lower_


def its_parties(ent: Span, refs: dict, types: dict):
    """"Its president, X", "its chief executive X": the organisation that is the subject of this sentence or the
    one before ("The BDI federation called for tax cuts. Its president, X, said")."""
    doc = ent.doc
    k = post_start(ent) - 1
    if k < 0 or k == ent.start - 1 or doc[k].lower_ != "its":
        return
    if (key := subject_body(doc[k], refs, types)) is not None:
        yield "its-body", key, f"its {doc[k + 1].lower_}"


def subject_body(tok, refs: dict, types: dict) -> str | None:
    """The organisation that is the latest named subject before tok, in its sentence or the one before; None
    if that subject is someone else. Inside a sentence, the organisation named last before tok ("a delegation
    from the Y Chamber, led by its president X")."""
    inside = [t for t in tok.doc[tok.sent.start : tok.i] if t.i in refs and t.ent_type_
              and not (t.ent_iob_ == "B" and t.i >= 1 and tok.doc[t.i - 1].lower_ == "in")]  # "the Y Chamber in China"
    if inside:
        return refs[inside[-1].i] if types.get(refs[inside[-1].i]) == ORGANIZATION else None
    for t in reversed(tok.doc[window_start(tok, 1) : tok.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON":
            continue
        key = next((refs[c.i] for c in t.subtree if c.i <= t.i and c.i in refs), None)
        if key is not None:
            return key if types.get(key) == ORGANIZATION else None
    return None


def same_body_word(tok, noun) -> bool:
    """A token names a body as ``noun`` does: the same word, or a company's "Co."/"Inc." for "the company"."""
    return tok.lower_ == noun.lower_ or noun.lower_ in {"company", "firm"} and tok.lower_ in COMPANY_WORDS


def earlier_body(noun, refs: dict, types: dict) -> str | None:
    """The body last named with ``noun`` before it: an organisation ending in the word, or the country
    qualifying it ("the Chinese foreign ministry"); None if the word was not used before."""
    for t in reversed(noun.doc[: noun.i]):
        if noun.lower_ in PAPER_NOUNS and t.ent_iob_ == "B" and refs.get(t.i) and types.get(refs[t.i]) == ORGANIZATION:
            ent = entity_at(t.doc, t.i)
            if gazetteer.is_media(ent.text):
                return refs[t.i]  # "the newspaper": the last news outlet named
        if not same_body_word(t, noun):
            continue
        key = refs.get(t.i)
        if key is not None:
            return key if types.get(key) == ORGANIZATION else None
        if t.is_lower and noun.lower_ in {"company", "firm"}:
            continue  # "the company" said before: look further back for the company's name
        return qualifying_country(t, refs, types)
    # "Volkswagen said it would cut jobs. The company's finance chief, X,": the company just the subject
    return subject_body(noun, refs, types) if noun.lower_ in {"company", "firm"} else None


#: Verbs whose agent ("by X") heads or founded the body they describe: "the Y Foundation, headed by X".
LED_BY_VERBS = {"head", "lead", "run", "chair", "direct", "found", "co-found", "establish", "manage", "command"}


def led_by_parties(ent: Span, refs: dict, types: dict):
    """"the Y Foundation headed by X", "Y was founded in 1977 by X": a passive's agent heads or founded the
    body the participle describes (its head noun) or the passive's subject."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return
    verb = root.head.head
    if verb.lemma_.lower() not in LED_BY_VERBS:
        return
    bodies = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
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


#: Verbs whose subject plays for the side named after "for": "X plays for Y", "X scored for Y";
#: or writes for the paper or agency named there: "X covers the courts for Y", "X writes for Y".
SIDE_VERBS = {"play", "score", "sign", "star", "write", "report", "cover"}


#: Nouns of one side of a negotiation, which someone leads for a country: "lead the U.S. side".
SIDE_NOUNS = {"side", "team", "delegation", "delegations"}


def side_parties(ent: Span, refs: dict, types: dict):
    """"X, Y and Z would lead the U.S. side in negotiations", "X will head Peru's delegation": the country
    whose side they lead."""
    t = ent.root
    while t.dep_ in {"conj", "appos"} and t.head is not t:
        t = t.head  # "X, Y and Z would lead": each subject
    if t.dep_ != "nsubj" or t.head.lemma_.lower() not in {"lead", "head"}:
        return
    for side in (c for c in t.head.children if c.dep_ == "dobj" and c.lemma_.lower() in SIDE_NOUNS):
        for c in side.children:
            key = refs.get(c.i)
            if c.dep_ in {"compound", "amod", "poss", "nmod"} and key and types.get(key) in {COUNTRY, ORGANIZATION}:
                yield "side-led", key, f"{t.head.lemma_.lower()} {side.lower_}"


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
        objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] if verb not in sides else []
        objs += [p for c in verb.children if c.dep_ == "prep"
                 and c.lower_ in ({"for"} if verb in sides else {"for", "at", "in", "with", "on"})
                 for p in c.children if p.dep_ == "pobj"]
        if verb in sides:  # "X has covered the courts for Y": "for Y" hung on the object
            objs += [p for d in verb.children if d.dep_ == "dobj" for c in d.children
                     if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]  # "taught at Harvard and the Y College"
        for obj in objs:
            key = refs.get(obj.i)
            if employer(obj, key, types):
                yield "verb", key, verb.lemma_.lower()
            elif key is None and (owner := unit_owner(obj, refs, types)) is not None:
                yield "verb", owner, verb.lemma_.lower()  # "heads VW's US operations", "sits on the carmaker's board"


def unit_owner(obj, refs: dict, types: dict) -> str | None:
    """The body owning a unit one heads or sits on: "VW's US operations", "the carmaker's works council"."""
    for owner in (c for c in obj.children if c.dep_ == "poss"):
        key = refs.get(owner.i)
        if employer(owner, key, types):
            return key
        if key is None and body_anaphor(owner, refs):
            return earlier_body(owner, refs, types)
    return None


def owned_parties(ent: Span, refs: dict, types: dict):
    """"Brian Mulroney's Progressive Conservative Party", "Felix Magath's Wolfsburg": a person's own body."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text in {"'s", "’s"}:
        for j in range(ent.end + 1, min(len(doc), ent.end + 5)):
            if doc[j].like_num or doc[j].text == "The":
                return  # "Coltrane's 1957 Blue Train", "Genet's The Balcony": a work of X's
            key = refs.get(j)
            if key and types.get(key) == ORGANIZATION:
                yield "possessor", key, "'s"
                return
            if doc[j].pos_ in {"VERB", "AUX", "PUNCT", "ADP"} or doc[j].lower_ in gazetteer.title_words():
                return  # "X's handling of Y", "X's spokesman at the Y Ministry": Y is not X's own body



def bracket_parties(ent: Span, refs: dict, types: dict):
    """"Ann Ode ( NLP )", "Ann Ode ( of the Northtown Liberal Party )": a body in brackets right after
    a name is the person's party or employer."""
    doc = ent.doc
    k = ent.end
    tag = entity_at(doc, k + 1) if k + 3 < len(doc) and doc[k].text in {",", "("} else None
    if tag is not None and tag.start == k + 1 and tagged_party(tag) and types.get(refs.get(tag.start)) == ORGANIZATION:
        if gazetteer.names_party(doc.text, tag[0].text):  # the story names the party too: "Democrats"
            yield "party-tag", refs[tag.start], tag.text  # "Sen. X, D-Va., said": the Democratic Party
        return
    if k + 2 >= len(doc) or doc[k].text != "(":
        return
    k += 1
    while k < len(doc) and doc[k].lower_ in {"of", "the"}:
        k += 1
    key = refs.get(k)
    if key is None or types.get(key) != ORGANIZATION:
        return
    end = k
    while end < len(doc) and refs.get(end) == key:
        end += 1
    if end < len(doc) and doc[end].text == ")":
        yield "bracket", key, "("
