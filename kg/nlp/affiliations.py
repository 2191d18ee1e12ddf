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
Z"); who acts for a state's body acts for the state ("Pentagon spokesman X", :func:`bodies_countries`).

The rules of a clause live in kg.nlp.posts, those of a body referred back to in kg.nlp.body_references,
those of aides and delegations in kg.nlp.delegations; this module reads titles and joins them all.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from kg.model import AFFILIATION, COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.appositions import apposition_after
from kg.nlp.body_references import (
    capital_parties,
    country_parties,
    its_parties,
    pronoun_bodies,
    referred_body_parties,
    whose_parties,
)
from kg.nlp.context_places import headline_line
from kg.nlp.delegations import (
    companion_of,
    delegation_body,
    delegation_leader,
    principal,
    represented_by,
    sender_of,
    side_parties,
)
from kg.nlp.entity_evidence import tagged_party
from kg.nlp.entity_words import CHAMBER_WORDS
from kg.nlp.events import RawEvent
from kg.nlp.lines import line_of, tokens_where
from kg.nlp.parties import person_titles
from kg.nlp.posts import (
    as_post_parties,
    copula_parties,
    foreign_national,
    founded_parties,
    job_apposition_parties,
    led_by_parties,
    member_apposition_parties,
    nationality_only,
    predicative_parties,
    speaker_parties,
    topic_country,
    verb_parties,
)
from kg.nlp.title_country import (
    bare_title,
    government_voice,
    home_country,
    known_politician,
    named_countries,
    national_code,
    own_state_post,
    state_title,
    untitled_countries,
)
from kg.nlp.titled_names import listed_holders
from kg.nlp.titles import (
    MODIFIERS,
    MONARCHS,
    ROYAL_COUPLES,
    STATE_ROLES,
    THRONE,
    block_before,
    entity_at,
    institution,
    members_head,
    names_listed_from,
    of_party,
    owner_body,
    plural_title,
    possessed,
    singular_title,
)

#: Plural nouns of a country's people in office, whose examples follow "including": "Israeli officials, including X".
OFFICIALS_NOUNS = {"officials", "leaders", "ministers", "representatives", "diplomats", "officers", "authorities"}


def listed_officials_country(ent: Span, refs: dict, types: dict) -> str | None:
    """The country of the officials a name is an example of: "Israeli officials, including Prime Minister X and
    Defence Minister Y" (X and Y act for Israel), else None."""
    root = ent.root
    for _ in range(4):  # "including Prime Minister X and Defence Minister Y", however the parser hangs the names
        if root.dep_ not in {"conj", "appos", "compound", "nmod"} or root.head == root:
            break
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "including" or root.head.head.lower_ not in OFFICIALS_NOUNS:
        return None
    return next((refs[c.i] for c in root.head.head.children if c.dep_ in {"amod", "compound"} and c.i in refs
                 and types.get(refs[c.i]) == COUNTRY), None)


def affiliation_events(doc: Doc, refs: dict, types: dict, contacts: list[RawEvent] = ()):
    """represents: a person's title block or apposition names a country or organisation. ``contacts`` (the
    document's contact events) keep a person from the country of those they spoke with."""
    seen: set[tuple[str, str]] = set()
    untitled: dict[str, tuple[Span, str]] = {}  # people with a state title and no country beside it
    aides: list[tuple[str, str, Span, str]] = []  # (aide, principal, name, title): "Putin's spokesman X"
    held: dict[tuple[str, str], str] = {}  # (country, title or THRONE) -> the person named with both
    capitals = capital_parties(doc._.kg_entities or [])  # a capital's key -> its country's, if the article names it
    countries = {k for k, t in types.items() if t == COUNTRY}
    for ent in doc.ents:
        if ent.label_ != PERSON or types.get(refs.get(ent.start)) != PERSON:
            continue  # (not a mention the document's evidence makes a place's: "In Sharm el-Sheikh, Egypt's minister")
        person = refs[ent.start]
        if (found := principal(ent, refs, types)) is not None and found[0] != person:
            aides.append((person, *found[:1], ent, found[1]))
        if (leader := delegation_leader(ent, refs, types)) is not None and leader != person:
            aides.append((person, leader, ent, "delegation member"))  # "X arrived with a delegation that included Y"
        if (boss := companion_of(ent, refs, types)) is not None and boss != person and untitled_state_post(ent):
            aides.append((person, boss, ent, "companion"))  # "X, accompanied by Foreign Minister Y,": X's minister
        if (boss := sender_of(ent, refs, types)) is not None and boss != person and untitled_state_post(ent):
            aides.append((person, boss, ent, "stand-in"))  # "X skipped the summit, sending Foreign Minister Y in his
            # place": X's minister
        if (body := delegation_body(ent, refs, types)) is not None and (person, body) not in seen:
            seen.add((person, body))  # "The ANC delegation included X": X acts for the ANC
            yield affiliation(person, body, ent, "delegation-member", 0.7, "delegation")
        if (boss := represented_by(ent, refs)) is not None and boss != person \
                and not bound_elsewhere(ent, boss, refs):  # "X was represented by Y"
            if types.get(boss) == PERSON:
                aides.append((person, boss, ent, "representative"))
            elif types.get(boss) in {COUNTRY, ORGANIZATION} and (person, boss) not in seen:
                seen.add((person, boss))
                yield affiliation(person, boss, ent, "represented-by", 0.7, "represented by")
        if (officials := listed_officials_country(ent, refs, types)) is not None and (person, officials) not in seen \
                and not block_before(ent).parties:
            seen.add((person, officials))  # "talks with Israeli officials, including Prime Minister X": Israel's
            yield affiliation(person, officials, ent, "listed-officials", 0.7, "officials")
        # the countries the post before the name names: "A's Minister X, B's Minister Y": B's post is Y's
        before = block_before(ent)
        own_states = {refs.get(p.start if isinstance(p, Span) else p.i) for p in before.parties
                      if before.titles} & countries
        for rule, block in (("title-before", block_before(ent)), ("apposition", apposition_after(ent))):
            if not (block.titles or (block.possessive and rule == "title-before")):
                continue
            if rule == "apposition" and headline_list(ent):
                continue  # "President Boakai, Guinean Leader Hold Phone Talks": a headline's comma for "and"
            for party in before_parties(block) if rule == "title-before" else [*block.parties, *block.other_names]:
                if not isinstance(party, Span) and nationality_only(block.role, block.trade) \
                        or foreign_national(party, block.parties):
                    continue  # "British journalist X", "American film director X", "the Kuwaiti head of OPEC": a
                    # nationality, not a post
                if block.against and types.get(refs.get(party.start if isinstance(party, Span) else party.i)) == COUNTRY:
                    continue  # "Belarusian opposition leader X" does not act for Belarus
                if topic_country(party) and types.get(refs.get(party.start)) == COUNTRY:
                    continue  # "X, chief China economist at Y": what X studies
                if isinstance(party, Span) and members_head(block.titles, party.text, person_titles(person, doc, refs)):
                    continue  # "X, the European Union leader with the closest ties to Y": a member's head
                i = party.start if isinstance(party, Span) else party.i
                key = refs.get(i)
                if key is None or (person, key) in seen or not (
                        types.get(key) in {COUNTRY, ORGANIZATION} or isinstance(party, Span) and institution(party)):
                    continue
                if rule == "apposition" and own_states and types.get(key) == COUNTRY and key not in own_states \
                        and possessed(party):
                    continue  # "A's Minister (...) X, B's Deputy Minister Y and ...": the next item's post, Y
                    # unrecognised
                seen.add((person, key))
                if rule == "title-before" and block.titles and len(block.parties) == 1 and types.get(key) == COUNTRY \
                        and not (block.former or block.possessive or possessed(party)):
                    held.setdefault((key, " ".join(block.titles)), person)  # "Colombian President X": Colombia's
                    # president is X, not an untitled "President Y" of the same report
                if block.titles and " ".join(block.titles) in MONARCHS and types.get(key) == COUNTRY \
                        and not block.former:
                    held.setdefault((key, THRONE), person)  # "Japan's Emperor X": no untitled "King Y" is Japan's
                yield affiliation(person, key, ent, rule if block.titles else "possessive",
                                  0.9 if block.titles else 0.7, " ".join(block.titles) or "'s")
            if block.titles:  # "Berlin's Mayor X": the city's government; "X, Vice President of the UAE and
                # Ruler of Dubai": the place after the last party is the last post's
                last = max((p.start if isinstance(p, Span) else p.i for p in block.parties), default=-1)
                for place in (p for p in block.places if p.start > last):
                    key = refs.get(place.start)
                    if key and types.get(key) == PLACE and block.role in STATE_ROLES | {"spokesperson"} \
                            and possessed_by(place) and capitals.get(key) and (person, capitals[key]) not in seen:
                        seen.add((person, capitals[key]))  # "Moscow's Arctic envoy, X": a capital for its state
                        yield affiliation(person, capitals[key], ent, rule, 0.8, " ".join(block.titles))
                    elif key and types.get(key) == PLACE and regional_post(block, place) and (person, key) not in seen:
                        seen.add((person, key))
                        yield affiliation(person, key, ent, rule, 0.8, " ".join(block.titles))
                place = place_after_name(ent) if rule == "title-before" else None
                key = refs.get(place.start) if place is not None else None
                if key and types.get(key) == PLACE and regional_post(block, place) and (person, key) not in seen:
                    seen.add((person, key))  # "Governor X of Kano State": the state's
                    yield affiliation(person, key, ent, "name-of", 0.8, " ".join(block.titles))
        block = block_before(ent)
        if ((state_title(block) or national_code(ent) and not (block.parties or block.former or block.possessive))
                and bare_title(ent) or government_voice(ent, block) or own_state_post(ent)) and (
                person not in untitled or national_code(ent) and not national_code(
                    untitled[person][0])):  # (the mention of a post only one state has: "Secretary of State X")
            untitled[person] = (ent, " ".join(block.titles or apposition_after(ent).titles))
        party = of_party(ent) or shared_of_party(ent) or consort_of_party(ent)
        for body in (party, party and owner_body(party)):  # "of Harvard University's Y School": both
            if body is not None and refs.get(body.start) and (person, refs[body.start]) not in seen:
                seen.add((person, refs[body.start]))
                yield affiliation(person, refs[body.start], ent, "name-of", 0.7, "of")
        for rule, key, trigger in [*copula_parties(ent, refs, types), *verb_parties(ent, refs, types),
                                   *as_post_parties(ent, refs, types),
                                   *owned_parties(ent, refs, types), *bracket_parties(ent, refs, types),
                                   *job_apposition_parties(ent, refs, types), *speaker_parties(ent, refs, types),
                                   *member_apposition_parties(ent, refs, types),
                                   *founded_parties(ent, refs, types), *predicative_parties(ent, refs, types),
                                   *led_by_parties(ent, refs, types), *referred_body_parties(ent, refs, types),
                                   *side_parties(ent, refs, types), *its_parties(ent, refs, types),
                                   *whose_parties(ent, refs, types), *country_parties(ent, refs, types),
                                   *plural_title_parties(ent, refs, types),
                                   *short_name_parties(ent, refs, types)]:
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, ent, rule, 0.75, trigger)
    for pron in (t for t in tokens_where(doc, lambda w: w in {"he", "she"}, attr=LOWER)
                 if t.dep_ == "nsubj" and t.head.lemma_ == "be"):
        person = refs.get(pron.i)  # "When X arrived, he had been president of the United States for three months"
        for rule, key, trigger in copula_parties(doc[pron.i : pron.i + 1], refs, types) if types.get(person) == PERSON else ():
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, doc[pron.i : pron.i + 1], rule, 0.7, trigger)
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
    # "his Malian, Burkinabe and Nigerien counterparts - A, B and C": each of the countries listed, in order
    for person, country, ent in respective_countries(doc, refs, types):
        if (person, country) not in seen and person not in {p for p, k in seen if types.get(k) == COUNTRY}:
            seen.add((person, country))
            yield affiliation(person, country, ent, "respective", 0.7, "counterparts")
    # "Vladimir Putin had a telephone conversation with ...": a well-known politician named with no title acts for
    # their country, if the article names it
    for person, country, ent in known_politicians(doc, refs, types, seen):
        seen.add((person, country))
        yield affiliation(person, country, ent, "known-politician", 0.6, "")
    # "Putin's spokesman X": X speaks for the country (else the body) Putin represents
    for person, boss, ent, trigger in aides:
        parties = [k for p, k in seen if p == boss]
        for key in [k for k in parties if types.get(k) == COUNTRY] or parties:
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, ent, "aide-of", 0.7, f"'s {trigger}")
    # "Britain's King X and Queen Y", "Y received Felipe VI and Queen Letizia": the consort is of the ruler's country
    for person, ruler, ent in consorts(doc, refs):
        for key in [k for p, k in seen if p == ruler and types.get(k) == COUNTRY]:
            if (person, key) not in seen:
                seen.add((person, key))
                yield affiliation(person, key, ent, "consort-of", 0.7, " ".join(block_before(ent).titles))


#: Common nouns that, capitalised and alone, name a state's own body rather than a body of a name of its own: "the
#: Head of Government, X", "the Government has missed a chance" (but "the Cabinet", "the Presidency" are bodies
#: news names as such).
STATE_BODY_NOUNS = {"government"}


def bound_elsewhere(ent: Span, boss: str, refs: dict) -> bool:
    """A conjunct of a representative whose own title names another body: "X was represented by its foreign minister,
    Y, and UN Secretary-General Z addressed the session" (Z parsed as Y's conjunct) is the UN's, no one's stand-in."""
    keys = {refs.get(p.start if isinstance(p, Span) else p.i) for p in block_before(ent).parties}
    return ent.root.dep_ == "conj" and bool(keys) and boss not in keys


def home_bodies(doc: Doc, events: list[RawEvent], refs: dict, types: dict) -> list[RawEvent]:
    """represents of a body named only by its common noun ("the Head of Government, Mr. X") are of the country the
    report is about (:func:`kg.nlp.title_country.home_country`), or dropped when it is about none: every report's
    "Government" would be one body across them all."""
    bare = {e.key for e in doc._.kg_entities or [] if e.type == ORGANIZATION and all(
        gazetteer.fold(m.text).removeprefix("the ") in STATE_BODY_NOUNS for m in e.mentions)}
    if not any(ev.kind == AFFILIATION and ev.party in bare for ev in events):
        return events
    home = home_country(doc, refs, types)
    return [replace(ev, party=home) if ev.kind == AFFILIATION and ev.party in bare else ev for ev in events
            if home is not None or not (ev.kind == AFFILIATION and ev.party in bare)]


def bodies_countries(doc: Doc, events: list[RawEvent], types: dict) -> list[RawEvent]:
    """Who acts for a state's body acts for the state: "Pentagon spokesman X" (the gazetteer's US body), "Chinese
    Foreign Ministry spokesperson X" (a body named by its people) act for the United States and China, where the
    report names that country and gives the person no other."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    by_code = {found.code: key for key, name in names.items() if types.get(key) == COUNTRY
               and (found := gazetteer.country(name)) is not None}
    countries = {ev.participants[0] for ev in events if ev.kind == AFFILIATION and types.get(ev.party) == COUNTRY}
    refs = doc._.kg_refs or {}
    added: list[RawEvent] = []
    for ev in events:
        if ev.kind != AFFILIATION or types.get(ev.party) != ORGANIZATION or ev.participants[0] in countries:
            continue
        if former_post(ev, refs):
            continue  # "Ex-CIA fugitive X": no longer theirs
        code = state_of_body(names.get(ev.party, ""))
        if code in by_code:
            countries.add(ev.participants[0])
            added.append(replace(ev, party=by_code[code], rule="body-country", confidence=min(ev.confidence, 0.8)))
    return events + added


def former_post(ev: RawEvent, refs: dict) -> bool:
    """The affiliation's sentence names its person with a post they held ("former Foreign Minister X", "Ex-CIA
    fugitive X")."""
    return any(refs.get(e.start) == ev.participants[0] and block_before(e).former for e in ev.sentence.ents)


def state_of_body(name: str) -> str | None:
    """ISO2 of the state a body belongs to: the gazetteer's ("State Department": US), or the people or country its
    name opens with when it ends as a state's body does ("Chinese Foreign Ministry", "Russia's Security Council")."""
    org = gazetteer.organization(name)
    if org is not None and gazetteer.fold(name).removeprefix("the ") in CHAMBER_WORDS:
        return None  # a chamber's bare name, left so where it is no state's own (kg.nlp.aliases.canonical_key)
    if org is not None:
        return None if gazetteer.is_media(org.name) else org.country  # (not a state's broadcaster's reporter)
    words = name.removeprefix("the ").split()
    if len(words) < 2 or words[-1].lower() not in STATE_BODY_WORDS:
        return None
    first = gazetteer.demonym(words[0]) or gazetteer.country(words[0].removesuffix("'s"))
    return first.code if first is not None else None


def untitled_state_post(ent: Span) -> bool:
    """The name holds a state's post ("Foreign Minister X", "X, the trade minister") and its title names no party."""
    blocks = (block_before(ent), apposition_after(ent))
    return any(b.role in STATE_ROLES for b in blocks) and not any(b.parties or b.possessive for b in blocks)


#: Last words of the name of a body of a state: "China's Foreign Ministry", "Russia's Security Council".
STATE_BODY_WORDS = {"ministry", "ministries", "government", "embassy", "department", "office", "cabinet",
                    "presidency", "administration", "army", "navy", "council", "commission", "staff", "service"}


def possessed_by(place: Span) -> bool:
    """The place owns what follows it: "Moscow's (Arctic envoy)"."""
    return place.end < len(place.doc) and place.doc[place.end].text in {"'s", "’s"}


def before_parties(block) -> list:
    """The parties a title before a name gives: the one nearest the name, its other name in brackets,
    and the body owning it, or the country owning it if it is a body of the state or the post is a state's
    ("the Foreign Ministry's Asia Department chief X": the department and the ministry; "China's Foreign
    Ministry spokesperson X": the ministry and China; "Britain's UN ambassador X": the UN and Britain; "Qatar's
    Minister of State at the Ministry of Foreign Affairs, X": the ministry and Qatar; not "Russia's Gazprom chief X")."""
    nearest = block.parties[-1:]
    if not nearest or not isinstance(nearest[0], Span):
        return [*nearest, *block.other_names]
    state = nearest[0][-1].lower_ in STATE_BODY_WORDS or block.role in STATE_ROLES
    owner = owner_body(nearest[0], {ORGANIZATION, COUNTRY} if state else {ORGANIZATION})
    if owner is None and state:  # "Qatar's Minister of State at the Ministry of Foreign Affairs, X": the country
        # the post is of, named before the body
        owner = next((p for p in reversed(block.parties[:-1]) if isinstance(p, Span) and gazetteer.country(p.text)),
                     None)
    return [*nearest, *block.other_names, *([owner] if owner is not None else [])]


#: Last words of the posts heading a region's or a city's government, which act for that place:
#: "X, chief minister of West Bengal", "Berlin's Mayor X", "Gaza's prime minister, X", "Washington Gov. X".
REGIONAL_HEADS = ("premier", "chief minister", "first minister", "prime minister", "governor", "gov.", "mayor",
                  "minister-president", "ruler")


def regional_head(titles: list[str]) -> bool:
    """A title block heads a region's or a city's government (its place is then the party)."""
    return gazetteer.fold(" ".join(titles)).endswith(REGIONAL_HEADS)


def place_after_name(name: Span) -> Span | None:
    """The place named right after a person's name and "of": "Governor X of Kano State"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return None
    place = entity_at(doc, name.end + 1)
    return place if place is not None and place.label_ == PLACE and place.start == name.end + 1 else None


def regional_post(block, place: Span) -> bool:
    """A title block is a post in the government of ``place``: its head's ("Berlin's Mayor X"), or a minister's
    of a state or province ("Pennsylvania Commerce Secretary X", "New York Attorney General X"; a city has
    none: "the Paris prosecutor X" is no minister), or the president of a state or province with one ("Bougainville
    President X"; a city's is no head of its government: "the Lyon club president X")."""
    state = bool(gazetteer.region(place.text) or gazetteer.region_people(place.text)) \
        and not gazetteer.country(place.text)  # (or its people's word: "Bavarian Minister-President X")
    return regional_head(block.titles) or state and (
        block.role == "minister" or gazetteer.fold(" ".join(block.titles)).endswith("president"))


def listed_posts(doc: Doc, refs: dict):
    """(person, country, post) for "the foreign ministers of A, B and C -- X, Y and Z --": each in turn; (person, body,
    post) for "the leaders of the Y Party, X and Z"."""
    titles = gazetteer.title_words()
    for tok in tokens_where(doc, lambda lemma: lemma.lower() in titles, attr=LEMMA):  # (the plural posts only)
        for person, country in listed_holders(tok, refs) if tok.tag_ in {"NNS", "NNPS"} else ():
            yield refs[person.i], refs[country.i], doc[tok.i : tok.i + 1]


def headline_list(ent: Span) -> bool:
    """The name opens a headline's list: "X, Guinean Leader Hold Phone Talks" (one comma after the name, none
    closing an apposition)."""
    if not headline_line(ent.sent):
        return False
    end = line_of(ent.doc, ent.start)[1]
    return sum(t.text == "," for t in ent.doc[ent.end : end]) == 1 and ent.end < len(ent.doc) \
        and ent.doc[ent.end].text == ","


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
            found = (gazetteer.demonym(t.text) or gazetteer.country(t.text) for t in span if t.text[:1].isupper()
                     and not origin_word(t))  # (not "the US-born pontiff": where they come from)
            key = next((countries[c.code] for c in found if c is not None and c.code in countries), None)
            if key is not None:
                yield e.key, key, span


#: Words after a place and a hyphen that tell where a person comes from, not whom they act for: "US-born".
ORIGIN_WORDS = {"born", "raised", "educated", "trained"}


def origin_word(tok) -> bool:
    """The token is a place's name before "-born" and the like: "the US-born pontiff", "the Kenyan-born envoy"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in {"-", "–"} and doc[tok.i + 2].lower_ in ORIGIN_WORDS


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


def consort_of_party(ent: Span) -> Span | None:
    """"King X and Queen Y of Z", "Crown Prince X and Crown Princess Y of Z": a reigning couple's country, named
    after the consort, is the ruler's too."""
    doc, title = ent.doc, " ".join(block_before(ent).titles)
    if title not in ROYAL_COUPLES or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    consort = entity_at(doc, ent.end + 1 + len(ROYAL_COUPLES[title].split()))
    if consort is None or consort.label_ != PERSON or " ".join(block_before(consort).titles) != ROYAL_COUPLES[title]:
        return None
    party = of_party(consort)
    return party if party is not None and party.label_ == COUNTRY else None


def consorts(doc: Doc, refs: dict):
    """(consort, ruler, consort's name) for each consort named right after the ruler ("King X and Queen Y", "X and
    Queen Y" where X is titled king elsewhere): the consort's title the ruler's pair (titles.ROYAL_COUPLES)."""
    titled: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ == PERSON and ent.start in refs:
            titled.setdefault(refs[ent.start], set()).add(" ".join(block_before(ent).titles))
    for ent in doc.ents:
        title = " ".join(block_before(ent).titles) if ent.label_ == PERSON and ent.start in refs else ""
        ruler = next((r for r, consort in ROYAL_COUPLES.items() if consort == title), None)
        k = ent.start - len(title.split()) - 1
        if ruler is None or k < 1 or doc[k].lower_ != "and" or (other := refs.get(k - 1)) is None:
            continue
        if doc[k - 1].ent_type_ == PERSON and ruler in titled.get(other, ()) and other != refs[ent.start]:
            yield refs[ent.start], other, ent


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


def respective_countries(doc: Doc, refs: dict, types: dict):
    """(person, country, name) for the names listed after a plural title that lists as many countries before it:
    "his Malian, Burkinabe and Nigerien counterparts - A, B and C" (A Mali's, B Burkina Faso's, C Niger's)."""
    for tok in tokens_where(doc, lambda word: word.islower() and singular_title(word) is not None):
        countries, k = [], tok.i - 1  # (each title in the plural: see titles.plural_title)
        while k >= 0 and (types.get(refs.get(k)) == COUNTRY or doc[k].lower_ in {",", "and"}):
            if types.get(refs.get(k)) == COUNTRY and refs[k] not in countries:
                countries.insert(0, refs[k])
            k -= 1
        if len(countries) < 2 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in {"-", "–", "—", ":", ","}:
            continue
        names = names_listed_from(doc, tok.i + 2)
        if len(names) == len(countries) and all(refs.get(n.start) for n in names):
            yield from ((refs[n.start], c, n) for n, c in zip(names, countries))


def known_politicians(doc: Doc, refs: dict, types: dict, seen: set):
    """(person, country, first name's span) for each well-known politician (data/politicians.tsv) the article names
    and found no country for, if it names their country; not one who leads no government of it (marked "opposition"),
    nor one the article calls "former"."""
    nations = named_countries(doc, types)
    placed = {p for p, k in seen if types.get(k) == COUNTRY} | called_former(doc, refs)
    for ent in doc.ents:
        person = refs.get(ent.start)
        if ent.label_ != PERSON or types.get(person) != PERSON or person in placed:
            continue
        if (code := known_politician(doc, person, governing=True)) is not None and code in nations:
            placed.add(person)
            yield person, nations[code], ent


def called_former(doc: Doc, refs: dict) -> set[str]:
    """The people the article calls "former" (or "ex-") in the words right before a name of theirs: "former
    President X", "ex-premier X"."""
    return {refs[e.start] for e in doc.ents if e.label_ == PERSON and e.start in refs
            and any(t.lower_ in {"former", "ex"} for t in doc[max(0, e.start - 4) : e.start])}


def affiliation(person: str, party: str, ent: Span, rule: str, confidence: float, trigger: str) -> RawEvent:
    return RawEvent(kind=AFFILIATION, participants=(person,), party=party, sentence=ent.sent, rule=rule,
                    confidence=confidence, trigger=trigger)


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


def owned_parties(ent: Span, refs: dict, types: dict):
    """"Brian Mulroney's Progressive Conservative Party", "Felix Magath's Wolfsburg": a person's own body."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text in {"'s", "’s"}:
        for j in range(ent.end + 1, min(len(doc), ent.end + 5)):
            if doc[j].like_num or doc[j].text == "The":
                return  # "Coltrane's 1957 Blue Train", "Genet's The Balcony": a work of X's
            if doc[j].lower_ in {"ruling", "governing"}:
                continue  # "X's ruling Y party": X's own still
            key = refs.get(j)
            if key and types.get(key) == ORGANIZATION:
                yield "possessor", key, "'s"
                return
            if doc[j].pos_ in {"VERB", "AUX", "PUNCT", "ADP"} or doc[j].lower_ in gazetteer.title_words():
                return  # "X's handling of Y", "X's spokesman at the Y Ministry": Y is not X's own body


def state_post_list(ent: Span) -> bool:
    """The name is one of a list ("X (A), Y (B) and Z (C)", however parsed) after a state's post: "foreign ministers
    X", "Foreign Minister X" (not "athletes X (A), Y (B)": a country in brackets is their nationality)."""
    doc = ent.doc
    first = ent
    while first.start >= 4 and doc[first.start - 1].text in {",", "and"}:
        k = first.start - 1 - (doc[first.start - 1].text == "and" and doc[first.start - 2].text == ",")
        opening = next((j for j in range(k - 2, max(k - 6, 0), -1) if doc[j].text == "("), None)  # "(Burkina Faso)"
        if k < 4 or doc[k - 1].text != ")" or opening is None or (prev := entity_at(doc, opening - 1)) is None \
                or prev.label_ != PERSON:
            break  # the name before: "Y (B)" back to "X (A)"
        first = prev
    before = doc[first.start - 1] if first.start else None
    if before is not None and before.text == "," and first.start >= 2:
        # "the foreign ministers of the three countries, X (A), ...": the plural title the phrase before hangs on
        before = next((a for a in [doc[first.start - 2], *doc[first.start - 2].ancestors][:4] if plural_title(a)),
                      before)
    role = block_before(first).role or (  # "foreign ministers X": a title in the plural
        gazetteer.titles().get(singular_title(before.lower_)) if before is not None and plural_title(before) else None)
    return role in STATE_ROLES | {"head"}


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
    country = entity_at(doc, k) if key is not None and types.get(key) == COUNTRY else None
    if country is not None and country.end < len(doc) and doc[country.end].text == ")" and state_post_list(ent):
        yield "bracket", key, "("  # "foreign ministers X (Argentina), Y (Brazil) and Z (Paraguay)"
        return
    if key is None or types.get(key) != ORGANIZATION:
        return
    end = k
    while end < len(doc) and refs.get(end) == key:
        end += 1
    if end < len(doc) and doc[end].text == ")":
        yield "bracket", key, "("
