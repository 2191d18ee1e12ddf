"""The country of an official whose title names none: "Prime Minister X", "Foreign Minister X".

Such a person acts for the country where they receive a visitor ("X welcomed Y to the White House"
under a WASHINGTON dateline; "Y flew to Paraguay for talks with President X in Asuncion"), for the one of those they
travel with ("X will be accompanied by the Minister of Foreign Affairs, Z"), or of the city
their sentence opens with ("In Tokyo, Chief Cabinet Secretary X told a press conference"), or of the side of a gathering
their sentence tells ("Brazil was represented by a deputy after Energy Minister X cancelled"), else for the
country the report is about (named clearly most often, or the one it is filed from if it names it; in a digest,
the one its item is filed from), unless they visit that country themselves or were in contact with someone acting for
it, the country could not have the post (no president in a monarchy, no king in a republic), or a second untitled
holder of the post in the same report leaves both unknown. In a report about two countries, one left unplaced who is in
contact with an official of one of them acts for the other ("President X and Australian Prime Minister Y announced that
Indonesia and Australia ...": Indonesia).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.model import COUNTRY, MEETING, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.datelines import dateline, datelines
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.events import JOINED, RawEvent
from kg.nlp.lines import lines
from kg.nlp.titles import (
    MODIFIERS,
    MONARCHS,
    REPORT_VERBS,
    THRONE,
    entity_at,
    honorifics_before,
    qualifying_country,
)
from kg.nlp.trigger_words import FORUM_NOUNS, RECEIVING_VERBS, SIDELINE_NOUNS, TRAVEL_VERBS, TRIP_NOUNS
from kg.nlp.triggers import called_on, trigger_rule

__all__ = ["bare_title", "government_voice", "home_country", "known_politician", "named_countries", "national_code",
           "own_state_post", "state_title", "untitled_countries"]


def conjunct_country(ent: Span, refs: dict, types: dict, seen: set) -> str | None:
    """The one country of the titled person named right before "and" and a name's own title, whatever the parse:
    "Niger's Prime Minister X and Interior Minister General Y" (Y's too); None if there is none or more."""
    doc, titles = ent.doc, gazetteer.title_words()
    k = honorifics_before(ent) - 1
    while k >= 0 and k > ent.start - 7 and not doc[k].ent_type_ and (
            doc[k].lower_ in titles or doc[k].lower_ in MODIFIERS or doc[k].text[:1].isupper() and doc[k].is_alpha):
        k -= 1  # "Interior Minister General": the post and rank
    if k == ent.start - 1 or k < 1 or doc[k].lower_ != "and" or doc[k - 1].ent_type_ != PERSON:
        return None
    first = entity_at(doc, k - 1)
    if first is not None and heads_post(doc[k + 1 : ent.start]) \
            and heads_post(doc[max(0, first.start - 4) : first.start]):
        return None  # "German Chancellor X and Prime Minister Y": one state has one head of government
    key = refs.get(doc[k - 1].i)
    if key is None or key == refs.get(ent.start):
        return None
    countries = {c for p, c in seen if p == key and types.get(c) == COUNTRY}
    return countries.pop() if len(countries) == 1 else None


#: Title words of the heads of a state or government, of whom a state has one.
HEAD_POST_WORDS = {"president", "prime", "premier", "chancellor"}
#: Words that make a head's title a deputy's: "Deputy Prime Minister", "Vice President".
DEPUTY_WORDS = {"deputy", "vice", "vice-president", "acting", "former"}


def heads_post(words: Span) -> bool:
    """The title words name the head of a state or government, no deputy: "Chancellor", "Prime Minister"."""
    lower = {t.lower_ for t in words}
    return bool(lower & HEAD_POST_WORDS) and not lower & DEPUTY_WORDS


def untitled_countries(doc: Doc, refs: dict, types: dict, contacts: list[RawEvent], untitled: dict,
                       seen: set, aides: list, held: dict | None = None):
    """(person, country, name, title, rule) for each person of ``untitled`` (person -> (name, title): a state
    title and no country beside it) that the article places: the country they host a meeting in or receive a
    visitor in ("host-country"), the one of the city their sentence opens with ("title-place": "In Tokyo, Chief
    Cabinet Secretary X said"), else the one the report is about ("title-context"). ``seen`` holds the (person,
    party) pairs already found and grows as the caller takes each result; ``aides`` (aide, principal, ...)
    act for their principal's side; ``held`` ((country, title) -> person named with both: "Colombian President
    X") keeps the report's country from an untitled "President Y" whose post X holds there (and (country, THRONE)
    from an untitled "King Y" where another is monarch: "Japan's Emperor X")."""
    if not untitled:
        return  # (every rule below places only the people of untitled)
    held = held or {}
    home = home_country(doc, refs, types)
    names = {e.key: e.name for e in doc._.kg_entities or []}
    republics: set[str] = set()  # countries a president is found to lead here: no untitled king or queen is theirs
    placed = {p for p, _ in seen} | {a for a, *_ in aides}
    nations = named_countries(doc, types)
    for person, (ent, trigger) in untitled.items():
        if (code := national_code(ent)) is not None and person not in placed:
            placed.add(person)  # "Secretary of State X": the United States, if the article names it; else no guess
            if code in nations:
                yield person, nations[code], ent, trigger, "title-nation"
    for person, (ent, trigger) in untitled.items():
        if (code := known_politician(doc, person)) is not None and person not in placed:
            placed.add(person)  # "President Vladimir Putin" in a report from Abuja: Russia's, if the article names it
            if code in nations:
                yield person, nations[code], ent, trigger, "title-known"
    # "Niger's Prime Minister X and Interior Minister Y": the country of the post named first is the second's too
    for person, (ent, trigger) in untitled.items():
        if person not in placed and trigger not in MONARCHS and (  # (a consort: see affiliations.consorts)
                country := conjunct_country(ent, refs, types, seen)) is not None:
            placed.add(person)
            yield person, country, ent, trigger, "title-conjunct"
    # "Foreign Minister X will travel to Thailand to advance New Zealand's relationships": New Zealand's minister
    foreign = counterpart_countries(doc, refs, types)
    for person, country in served_countries(doc, refs, types, contacts, seen).items():
        if person in untitled and person not in placed and country not in foreign.get(person, ()):
            placed.add(person)
            yield person, country, *untitled[person], "title-served"
    travellers = visitors(doc, contacts, home, types)
    moving = travellers | companions_of(doc, refs, travellers, joint=False)  # and those who travel with them
    moving -= placed
    placed |= moving
    received = hosts(doc, contacts, refs, types)
    for person, country in [*received.items(), *visited_hosts(doc, contacts, refs, types, seen).items()]:
        if person in untitled and person not in placed:  # "President X welcomed Y to the White House" (WASHINGTON)
            placed.add(person)
            if any((o, country) in seen for o in contact_partners(person, contacts, most=2)):
                continue  # (not one who also held talks with "Chinese President Y": the visitor, who received Z there)
            if untitled[person][1] == "president":
                republics.add(country)
            yield person, country, *untitled[person], "host-country"
    # "X is accompanied by the Minister of Foreign Affairs, Z", "Z, who is accompanying the royal couple": Z is of the
    # side of those Z travels with
    for person, country in companion_countries(doc, refs, types, seen).items():
        if person in untitled and person not in own_countries(seen, types):
            placed.add(person)
            yield person, country, *untitled[person], "title-companion"
    for person, (ent, trigger) in untitled.items():
        # "In Tokyo, Chief Cabinet Secretary X told a press conference": Japan's (not the one "In Kyiv, Zelensky spoke
        # with President X"); "Switzerland's foreign ministry said Foreign Minister X had ...": Switzerland's
        country, rule = fronted_country(ent, refs, types) or capital_where(ent, refs, types), "title-place"
        if country is None:
            country, rule = source_country(ent, refs, types), "title-source"
        if country is None:  # "Brazil was represented by a deputy after Energy Minister X cancelled": Brazil's
            country, rule = side_country(ent, refs, types, seen), "title-side"
        if country is not None and person not in placed and country not in foreign.get(person, ()) and not any(
                (o, country) in seen for o in contact_partners(person, contacts)):
            placed.add(person)
            yield person, country, ent, trigger, rule
    # "President X received Y (...) Vice President Z also attended": Z serves in the government of the one untitled
    # President the article has placed (``seen`` holds what the caller took so far)
    for person, (ent, trigger) in untitled.items():
        principals = {k for p, (_, title) in untitled.items() if title == DEPUTY_OF.get(trigger)
                      for q, k in seen if q == p and types.get(k) == COUNTRY}
        if person not in placed and len(principals) == 1:
            placed.add(person)
            yield person, principals.pop(), ent, trigger, "title-deputy"
    # "President X and President Y made a joint announcement": one post, two holders in one report (or one item of a
    # digest), neither known; nor the side of one in contact with them ("X's meeting with President Y and Vice
    # President Z")
    part = {person: (section_of(doc, refs, types, ent.start), title) for person, (ent, title) in untitled.items()}
    shared = Counter(part.values())
    # (not one known to act for a country of their own, nor the main one of the others: see main_holder)
    own = own_countries(seen, types)
    unknown = {person for person, key in part.items() if key[1] in STATE_TITLES and shared[key] > 1
               and person not in own and person != main_holder(doc, [p for p, k in part.items() if k == key
                                                                     and p not in own])}
    for person, (ent, trigger) in untitled.items():
        if person in unknown or contact_partners(person, contacts) & unknown:
            continue
        country = section_country(doc, refs, types, ent.start, home)
        if country and not fits_state(trigger, gazetteer.country_code_of(names.get(country, ""), COUNTRY)):
            continue  # "President X" in a report about Denmark, "King Y" in one about France
        counterparts = contact_partners(person, contacts)
        # "X and Chinese Vice Foreign Minister Y co-chaired the meeting": X is the other side, not of Y's country
        # (the parser may make the second title the conjunct, its name after it)
        counterparts |= {refs[k] for c in ent.root.conjuncts for k in (c.i, c.i + 1)
                         if k < len(doc) and doc[k].ent_type_ == PERSON and k in refs and refs[k] != person}
        # (not "King X" when another's throne is the report's country's: "Japan's Emperor Y (...) King X")
        throne = trigger in MONARCHS and (held.get((country, THRONE), person) != person or country in republics
                                          or held.get((country, "president"), person) != person)
        if country and person not in placed and country not in foreign.get(person, ()) and not any(
                (o, country) in seen or o == country for o in counterparts) \
                and held.get((country, trigger), person) == person and not throne:
            yield person, country, ent, trigger, "title-context"
    # "President X and Australian Prime Minister Y announced that Indonesia and Australia ...": in a report about two
    # countries, one in contact with the official of one acts for the other (one visiting the country the report is
    # about too: "Prime Minister X's planned visit to India", X met India's Y)
    pair = bilateral_pair(doc, refs, types)
    for person, (ent, trigger) in untitled.items() if pair else ():
        if person in placed - moving or person in unknown or person in own_countries(seen, types):
            continue
        sides = {k for o in contact_partners(person, contacts) for p, k in seen if p == o and k in pair}
        country = next(iter(set(pair) - sides)) if len(sides) == 1 else None
        if country and country not in foreign.get(person, ()) and held.get((country, trigger), person) == person \
                and fits_state(trigger, gazetteer.country_code_of(names.get(country, ""), COUNTRY)):
            yield person, country, ent, trigger, "title-pair"


#: Deputies' titles and the post they stand in for: "Vice President X" serves under the President.
DEPUTY_OF = {"vice president": "president", "deputy president": "president", "deputy prime minister": "prime minister",
             "vice premier": "premier", "deputy premier": "premier"}
#: Verbs of serving a country's ties or interests, and the nouns of those: "to advance New Zealand's relationships",
#: "where she advanced Canada's security priorities", "to strengthen Australia's partnerships".
ADVANCING_VERBS = {"advance", "strengthen", "deepen", "promote", "boost", "further", "expand", "bolster", "reinforce"}
TIE_NOUNS = {"relationship", "relation", "partnership", "tie", "interest", "priority", "engagement", "presence",
             "friendship"}


def served_countries(doc: Doc, refs: dict, types: dict, contacts: list[RawEvent], seen: set) -> dict[str, str]:
    """The one country each person named in a sentence serves there ("X will travel to Thailand to advance New
    Zealand's relationships"), if it is none of the places they travel to nor a country of those they meet."""
    names = {e.key: e.name for e in doc._.kg_entities or []}

    def code(key: str) -> str | None:
        return gazetteer.country_code_of(names.get(key, ""), types.get(key), regions=True)

    trips = list(journeys(doc, refs))
    found: dict[str, set[str]] = {}
    for verb in (t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in ADVANCING_VERBS):
        owners = [refs.get(p.i) for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in TIE_NOUNS
                  for p in o.children if p.dep_ == "poss"]
        for country in (k for k in owners if k and types.get(k) == COUNTRY):
            for person in {refs[t.i] for t in verb.sent if types.get(refs.get(t.i)) == PERSON}:
                found.setdefault(person, set()).add(country)
    out = {}
    for person, countries in found.items():
        away = {code(where) for who, where in trips if who == person} | {
            code(k) for o in contact_partners(person, contacts) for p, k in seen if p == o}
        countries = {c for c in countries if code(c) not in away}
        if len(countries) == 1:
            out[person] = countries.pop()
    return out


def companion_countries(doc: Doc, refs: dict, types: dict, seen: set) -> dict[str, str]:
    """The country of each companion of a traveller who acts for one country (one who accompanies them or travels
    with them, see :func:`companions_of`), when all the travellers they go with are of that country."""
    own = own_countries(seen, types)
    found: dict[str, set[str]] = {}
    for traveller, countries in own.items():
        if len(countries) == 1:
            for companion in sorted(companions_of(doc, refs, {traveller}, joint=False)):  # (one order, any seed)
                found.setdefault(companion, set()).update(countries)
    return {companion: countries.pop() for companion, countries in found.items() if len(countries) == 1}


def own_countries(seen: set, types: dict) -> dict[str, set[str]]:
    """The countries each person of the (person, party) pairs found so far acts for."""
    own: dict[str, set[str]] = {}
    for person, party in sorted(seen):  # (in one order whatever Python's hash seed)
        if types.get(party) == COUNTRY:
            own.setdefault(person, set()).add(party)
    return own


def country_counts(doc: Doc, refs: dict, types: dict) -> Counter:
    """How often the article names each country (by entity key)."""
    return Counter(refs[e.start] for e in doc.ents if e.start in refs and types.get(refs[e.start]) == COUNTRY)


def city_votes(doc: Doc, refs: dict, types: dict, skip: int | None = None) -> Counter:
    """How often the article names a city of each country it names (by the country's entity key), but the mention
    at ``skip``: a report of a summit in Johannesburg that names the United States as often as South Africa, for a
    boycott, is not about the United States."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    nations = named_countries(doc, types)
    votes: Counter = Counter()
    for e in doc.ents:
        key = refs.get(e.start)
        if key is not None and e.start != skip and types.get(key) == PLACE and (
                country := nations.get(gazetteer.country_code_of(names.get(key, ""), PLACE))):
            votes[country] += 1
    return votes


def bilateral_pair(doc: Doc, refs: dict, types: dict) -> tuple[str, str] | None:
    """The two countries a report is about: each named twice or more, and the next one named at most half as often
    as the second ("Indonesia and Australia have concluded negotiations"); else None."""
    counts = country_counts(doc, refs, types)
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < 2 or len(top) == 3 and top[2][1] * 2 > top[1][1]:
        return None
    return top[0][0], top[1][0]


#: A president's titles, which no monarchy but the UAE has.
PRESIDENT_TITLES = {"president", "president-elect"}


def fits_state(title: str, code: str | None) -> bool:
    """Whether a state could have a holder of the title: no president in a monarchy (but the UAE's), no king in a
    republic (data/monarchies.tsv)."""
    if code is None:
        return True
    monarchy = gazetteer.monarchies().get(code)
    if title in PRESIDENT_TITLES:
        return monarchy is None or monarchy
    return monarchy is not None or title not in MONARCHS | {"crown prince", "monarch"}


def digest_items(doc: Doc, refs: dict, types: dict) -> list[tuple[int, str | None]]:
    """Where each item of a digest starts and the country it is filed from (its key if the article names it), for a
    report with datelines of two countries or more ("MOSCOW — ..." then "GUATEMALA CITY — ..."); else []."""
    key = "kg.digest_items"
    if key not in doc.user_data:
        names = {e.key: e.name for e in doc._.kg_entities or []}
        found = datelines(doc, refs, types)
        codes = [gazetteer.country_code_of(names.get(place, ""), types.get(place)) for place, *_ in found]
        nations = named_countries(doc, types)
        doc.user_data[key] = [(start, nations.get(code)) for (_, start, _), code in zip(found, codes)] \
            if len(set(codes) - {None}) >= 2 else []
    return doc.user_data[key]


def section_of(doc: Doc, refs: dict, types: dict, at: int) -> int:
    """The number of the digest item a token is in (see :func:`digest_items`); 0 in any other report."""
    return sum(1 for start, _ in digest_items(doc, refs, types) if start <= at)


def section_country(doc: Doc, refs: dict, types: dict, at: int, home: str | None) -> str | None:
    """The country a part of a digest is about: the country of the dateline of the item a name is in, if the article
    names it; in any other report, its ``home``."""
    items = digest_items(doc, refs, types)
    if not items:
        return home
    return next((country for start, country in reversed(items) if start <= at), None)


#: Prepositions of a sentence's fronted place: "In Tokyo, ...", "Back in Buenos Aires, ...".
FRONTED_PREPS = {"in"}


#: Triggers of a journey made together, whose parties are one side: "accompanied", "accompanying".
COMPANY_WORDS = {"accompanied", "accompanying", "accompany", "accompanies"}


def contact_partners(person: str, contacts: list[RawEvent], most: int | None = None) -> set[str]:
    """Everyone the person is in a contact event with (of ``most`` parties, if given: 2 for the other side of a
    bilateral one); not those who travel with them ("The Minister will be accompanied by Mrs. Y": one side)."""
    return {o for ev in contacts if person in ev.participants and (most is None or len(set(ev.participants)) <= most)
            and (ev.trigger or "").lower() not in COMPANY_WORDS for o in ev.participants if o != person}


def fronted_country(ent: Span, refs: dict, types: dict) -> str | None:
    """The country (named in the article) of the city a sentence opens with, before a comma, or that country itself:
    "In Tokyo, Chief Cabinet Secretary X said", "Back in Buenos Aires, lawmakers called on Foreign Minister X", "In
    Israel, Finance Minister X said"."""
    doc, sent = ent.doc, ent.sent
    k = sent.start + (doc[sent.start].lower_ == "back")
    if k + 2 >= ent.start or doc[k].lower_ not in FRONTED_PREPS or refs.get(k + 1) is None:
        return None
    key = refs[k + 1]
    end = k + 1
    while end < ent.start and refs.get(end) == key:
        end += 1
    if end >= ent.start or doc[end].text != "," or types.get(key) not in {PLACE, COUNTRY}:
        return None
    if types.get(key) == COUNTRY:
        return key
    names = {e.key: e.name for e in doc._.kg_entities or []}
    code = gazetteer.country_code_of(names.get(key, ""), PLACE)
    return named_countries(doc, types).get(code) if code else None


def side_country(ent: Span, refs: dict, types: dict, seen: set) -> str | None:
    """The country whose side of a gathering the name's sentence tells, when the name is on it: "Brazil was
    represented by a deputy minister after Energy Minister X cancelled his trip", "Russia, represented by Deputy
    Minister X, joined by video", "Y's President Z did not travel, sending Vice President X in his place" (Z's
    country), "X, who was part of the South African delegation"."""
    sent = ent.sent
    sides = {refs[c.i] for t in sent if t.lemma_.lower() == "represent" and t.tag_ == "VBN"
             for c in [*t.children, t.head] if c.i in refs and types.get(refs[c.i]) == COUNTRY
             and (c.dep_ == "nsubjpass" or c == t.head and t.dep_ == "acl")}
    sender = next((a for a in ent.root.ancestors if a.lemma_.lower() == "send"), None)
    if sender is not None and ent.root.dep_ == "dobj" and ent.root.head == sender:
        subjects = [c for v in (sender, sender.head) for c in v.children if c.dep_ == "nsubj" and c.i in refs]
        own = own_countries(seen, types)
        sides |= {k for c in subjects[:1] for k in own.get(refs[c.i], ()) if len(own[refs[c.i]]) == 1}
    # "who was part of the South African delegation": the delegation's people
    sides |= {key for t in sent if t.lower_ == "delegation" and t.head.lower_ == "of" and t.head.head.lower_ == "part"
              and (ent.root in t.head.head.head.subtree or t.head.head.head.head == ent.root)
              for c in t.children if c.dep_ in {"amod", "compound"}
              and (key := demonym_country(c, refs, types))}
    # "delegations headed on the Kyrgyz side by Deputy Chairman of the Cabinet X and on the Tajik side by Y"
    k = ent.start - 1
    while k > sent.start + 2 and (ent.doc[k].text[:1].isupper() or ent.doc[k].lower_ in {"of", "the", "for", "and"}):
        k -= 1  # (back over the post)
    if ent.doc[k].lower_ == "by" and ent.doc[k - 1].lower_ == "side" \
            and (key := demonym_country(ent.doc[k - 2], refs, types)) is not None:
        return key
    return sides.pop() if len(sides) == 1 else None


def demonym_country(tok, refs: dict, types: dict) -> str | None:
    """The country (named in the article) a people's word or a country's name stands for: "South African"."""
    if tok.i in refs and types.get(refs[tok.i]) == COUNTRY:
        return refs[tok.i]
    country = gazetteer.demonym(tok.text)
    return named_countries(tok.doc, types).get(country.code) if country is not None else None


#: Nouns of a state's offices that speak for it: "Switzerland's foreign ministry said", "the Kenyan government said".
STATE_OFFICES = {"ministry", "government", "presidency", "office"}


def source_country(ent: Span, refs: dict, types: dict) -> str | None:
    """The country of the state office that tells what the name's clause says: "Switzerland's foreign ministry said
    Foreign Minister X had spoken to Y" (X is Switzerland's)."""
    verb = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in REPORT_VERBS),
                None)
    return next((country for s in (verb.children if verb is not None else ()) if s.dep_ == "nsubj"
                 and s.lemma_.lower() in STATE_OFFICES and (country := qualifying_country(s, refs, types))), None)


def capital_where(ent: Span, refs: dict, types: dict) -> str | None:
    """The country (named in the article) of the capital a "where" clause holding the name is about, when the clause
    tells no contact or journey: "watched warily in Yerevan, where Prime Minister X has accused Moscow" (Armenia's;
    not "in Washington, where Prime Minister X met Y")."""
    clause = next((a for a in ent.root.ancestors if a.dep_ == "relcl" and any(c.lower_ == "where" for c in a.children)),
                  None)
    key = refs.get(clause.head.i) if clause is not None else None
    if key is None or types.get(key) != PLACE or any(trigger_rule(t) or t.lemma_.lower() in TRAVEL_VERBS
                                                     for t in clause.subtree):
        return None
    names = {e.key: e.name for e in ent.doc._.kg_entities or []}
    code = gazetteer.capital_country(names.get(key, ""))
    return named_countries(ent.doc, types).get(code) if code else None


#: Titles of a head of state or government, or of a member of a government: with no country named
#: beside them they are the country the report is about ("Prime Minister X said").
STATE_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "crown prince",
                "emir", "sultan", "monarch", "head of state", "head of government", "president-elect",
                "national security adviser", "national security advisor"}


def known_politician(doc: Doc, person: str, governing: bool = False) -> str | None:
    """The code of the country a well-known politician acts for (data/politicians.tsv), by any full name the article
    gives the person, or by the family name alone where the article gives no more ("Prime Minister Netanyahu") and
    only one country's politicians bear it; with ``governing``, None for one marked "opposition" (who leads no
    government of it)."""
    known = gazetteer.politicians()
    names = [gazetteer.fold(n) for e in doc._.kg_entities or [] if e.key == person for n in (e.name, *e.aliases)]
    if governing and any(n in gazetteer.opposition() for n in names):
        return None
    code = next((code for n in names if (code := known.get(n))), None)
    if code is None and names and all(" " not in n for n in names):
        code = gazetteer.politician_surnames().get(names[0])
        if governing and any(n.split()[-1] == names[0] for n in gazetteer.opposition()):
            return None
    return code


def national_code(ent: Span) -> str | None:
    """The code of the one state whose post the words right before a name are (data/national_titles.tsv):
    "Secretary of State X" (not "Secretary of State for Northern Ireland X"), "Chief Cabinet Secretary X",
    "the Tánaiste, X"."""
    titles = gazetteer.national_titles()
    longest = max(map(len, titles), default=0)
    end = ent.start - (ent.start > 0 and ent.doc[ent.start - 1].text == ",")
    words = tuple(gazetteer.fold(t.text) for t in ent.doc[max(0, end - longest) : end])
    return next((code for title, code in titles.items() if words[-len(title):] == title), None)


def state_title(block) -> bool:
    """A title block with a state title or a minister's title, no party and nothing before the name
    but the title ("President X", "Immigration Minister X"; not "former President X", not "Y's X")."""
    if block.parties or block.former or block.possessive or block.unlisted or not block.titles:
        return False
    phrase = " ".join(block.titles)
    if block.titles[0] == "state" and len(block.titles) > 1 and block.titles[1] not in NATIONAL_STATE_POSTS:
        return False  # "the Lagos State Commissioner for Commerce, Mrs X", "State Governor X": a federal state's post
    return block.role == "minister" or any(f" {t} " in f" {phrase} " for t in STATE_TITLES)


#: Posts "State" opens that are a nation's: "State Minister X", "State Secretary X" (not "State Governor X").
NATIONAL_STATE_POSTS = {"minister", "secretary", "councillor", "counsellor", "president"}


def government_voice(ent: Span, block) -> bool:
    """"government spokesman X", "deputy government spokeswoman X", "foreign ministry spokesman X", "Presidential
    Spokesman X": the voice of a state's government, ministry or head, whose state names no body before it (not
    "Berlin government spokesman X", "the Y government's spokesman X")."""
    if block.role != "spokesperson" or block.parties or block.former or block.possessive:
        return False
    doc, titles, k = ent.doc, gazetteer.title_words(), ent.start - 1
    while k >= 0 and doc[k].lower_ in titles:
        k -= 1
    if k >= 0 and doc[k].lower_ in {"presidential", "presidency"}:  # "Presidential Spokesman X": the head of state's
        before = doc[k - 1] if k > 0 else None
        return before is None or not (before.ent_type_ or before.text in {"'s", "’s"}
                                      or before.text[:1].isupper() and before.is_alpha and not before.is_sent_start)
    if k >= 1 and doc[k].lower_ == "ministry" and doc[k - 1].lower_ in PORTFOLIO_WORDS:
        k -= 1
        while k >= 1 and doc[k - 1].lower_ in PORTFOLIO_WORDS:
            k -= 1  # "foreign ministry spokesman X": the words of its portfolio
        k -= 1
        before = doc[k] if k >= 0 else None
        return before is None or not (before.ent_type_ or before.text in {"'s", "’s"} or before.text[:1].isupper()
                                      and before.is_alpha and not before.is_sent_start)
    before = doc[k - 1] if k > 0 else None  # not "Bavarian government spokesman X": a region's
    return k >= 0 and doc[k].lower_ == "government" and (before is None or not (
        before.ent_type_ or before.text in {"'s", "’s"} or before.text[:1].isupper() and not before.is_sent_start))


#: Words for the state a release speaks for, after "of the": "the President of the Republic", "of the Nation".
STATE_ITSELF = {"republic", "nation", "state", "kingdom", "federation", "union"}


def own_state_post(ent: Span) -> bool:
    """"X, President of the Republic": a post the name holds of the state the text speaks for, told after it."""
    doc, k = ent.doc, ent.end + 1
    if k >= len(doc) or doc[ent.end].text != ",":
        return False
    titles = gazetteer.title_words()
    while k < len(doc) and (doc[k].lower_ in titles or doc[k].lower_ in MODIFIERS):
        k += 1
    return ent.end + 1 < k and k + 3 <= len(doc) and [t.lower_ for t in doc[k : k + 2]] == ["of", "the"] \
        and doc[k + 2].lower_ in STATE_ITSELF and (k + 3 == len(doc) or doc[k + 3].is_punct)


def bare_title(ent: Span) -> bool:
    """Nothing names a body before the title: "incumbent President X", "The Minister of Foreign Affairs, Mr. X",
    "the President of the Republic, X" (the state's own), not "EU parliament president X" nor "State Premier X" (a
    region's)."""
    doc = ent.doc
    titles = gazetteer.title_words()
    k = honorifics_before(ent) - 1
    if k >= 1 and doc[k].text == "," and (doc[k - 1].lower_ in titles | STATE_ITSELF or doc[k - 1].is_title
                                          and doc[k - 1].is_alpha and not doc[k - 1].ent_type_):
        k -= 1  # "The Minister of Foreign Affairs, Mr. X": the title in apposition
    if k >= 2 and doc[k].lower_ in STATE_ITSELF and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of":
        k -= 2  # "the President of the Republic": of the state the release speaks for
    while k >= 0 and (doc[k].lower_ in titles or doc[k].lower_ in MODIFIERS or doc[k].lower_ == "of"
                      or doc[k].text == "-" and not doc[k].whitespace_  # "Vice-President", not a dateline's " - "
                      or (doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].ent_type_
                          and (doc[k + 1].text[:1].isupper() or doc[k + 1].text == ","))):  # "Immigration
        # Minister X": a portfolio ("Minister of ... Community Abroad, Mr. X": one ending the title)
        if doc[k].lower_ == "state" and doc[k - 1].lower_ != "of":
            return False  # "State Premier X", not "Secretary of State X"
        k -= 1
    return k < 0 or not (doc[k].pos_ in {"NOUN", "PROPN"} or doc[k].ent_type_ or doc[k].text[:1].isupper() and doc[k].is_alpha
                         and not doc[k].is_sent_start)


def named_countries(doc: Doc, types: dict) -> dict[str, str]:
    """The countries the article names: ISO code -> entity key."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    countries: dict[str, str] = {}
    for key, kind in types.items():
        if kind == COUNTRY and (code := gazetteer.country_code_of(names.get(key, ""), kind)):
            countries.setdefault(code, key)
    return countries


def main_holder(doc: Doc, people: list[str]) -> str | None:
    """The one of several untitled holders of a post the report is about: named at least three times and twice as
    often as any other ("President X held talks with President Y (...) a message from President Z", a press
    release of X's office naming X throughout)."""
    counts = Counter({e.key: len(e.mentions) for e in doc._.kg_entities or [] if e.key in people})
    top = counts.most_common(2)
    return top[0][0] if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None


def hosts(doc: Doc, contacts: list[RawEvent], refs: dict, types: dict) -> dict[str, str]:
    """Who hosts a meeting in a country the article names: the subject of "welcomed/hosted/received" or its
    apposition ("The Minister of Foreign Affairs, Mr. X, received"), the agent of "was received by", and the country
    of the meeting's place ("X welcomed Y to the White House" under "WASHINGTON (AP) —": the United States)."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    countries = named_countries(doc, types)
    out: dict[str, str] = {}
    for ev in contacts:
        if ev.kind != MEETING or ev.place is None:
            continue
        code = gazetteer.country_code_of(names.get(ev.place, ""), types.get(ev.place))
        for verb in (t for t in ev.sentence if t.text == ev.trigger and t.lemma_.lower() in RECEIVING_VERBS):
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            host = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] if passive \
                else [c for c in verb.children if c.dep_ == "nsubj"]
            for h in (a for h in host for a in (h, *(c for c in h.children if c.dep_ == "appos"))):
                if refs.get(h.i) in ev.participants and types.get(refs[h.i]) == PERSON and code in countries:
                    out.setdefault(refs[h.i], countries[code])
    return out


#: Dependencies that hold the other side of a meeting: "met X", "talks with X", "called on X".
OTHER_SIDE_PREPS = {"with", "on"}


def visited_hosts(doc: Doc, contacts: list[RawEvent], refs: dict, types: dict, seen: set) -> dict[str, str]:
    """Who a visitor meets in a country the article names: the other side of a meeting placed there whose
    subject acts for another country or travels there ("Y flew to Paraguay for talks with President X in
    Asuncion", "US envoy Y met Foreign Minister X in Panama City": X is Paraguay's, Panama's). Not at a
    summit or on its sidelines, where the other side may be a guest too."""
    names = {e.key: e.name for e in doc._.kg_entities or []}
    countries = named_countries(doc, types)
    own = own_countries(seen, types)
    trips = list(journeys(doc, refs))
    out: dict[str, str] = {}
    for ev in contacts:
        if ev.kind != MEETING or ev.place is None or any(t.lower_ in FORUM_NOUNS | SIDELINE_NOUNS for t in ev.sentence):
            continue
        code = gazetteer.country_code_of(names.get(ev.place, ""), types.get(ev.place))
        if code not in countries:
            continue
        country = countries[code]

        def visitor(key: str | None) -> bool:
            return key in ev.participants and (bool(own.get(key)) and country not in own[key] or any(
                who == key and gazetteer.country_code_of(names.get(where, ""), types.get(where)) == code
                for who, where in trips))

        for trigger in (t for t in ev.sentence if t.text == ev.trigger):
            met = {refs[t.i] for t in other_side(trigger) if refs.get(t.i) in ev.participants}
            guests = {refs[t.i] for t in subjects(trigger) if refs.get(t.i) in ev.participants} or (
                # "where he is scheduled to hold talks with X": the pronoun is the one of them not met
                set(ev.participants) - met if subjects(trigger) else set())
            if guests and not guests & met and any(visitor(g) for g in guests):
                for host in sorted(met):  # (in one order whatever Python's hash seed)
                    if types.get(host) == PERSON:
                        out.setdefault(host, country)
    return out


def subjects(tok):
    """The subject of the clause a word is in, with its conjuncts: "X and Y flew to Z for talks": X, Y."""
    node = tok
    for _ in range(6):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            return [t for s in found for t in (s, *s.conjuncts)]
        if node.dep_ == "ROOT":
            break
        node = node.head
    return []


def other_side(trigger):
    """Whom a meeting word's subject meets: its object or the object of its "with"/"on", with their conjuncts (and
    the one "called on" however parsed)."""
    found = [c for c in trigger.children if c.dep_ == "dobj"] + (
        called_on(trigger) if trigger.lemma_.lower() == "call" else []) + [
        p for c in trigger.children if c.dep_ == "prep" and c.lower_ in OTHER_SIDE_PREPS
        for p in c.children if p.dep_ == "pobj"]
    return [t for o in found for t in (o, *o.conjuncts)]


def visitors(doc: Doc, contacts: list[RawEvent], home: str | None, types: dict) -> set[str]:
    """Who visits the country a report is about: the one party of a meeting placed in it or in a city of it
    ("Chancellor X will travel to Beijing for her ninth visit to China": X is no official of China); not one who
    attends what is held there ("Deputy Foreign Minister X attended the ceremony")."""
    if home is None:
        return set()
    names = {e.key: e.name for e in doc._.kg_entities or []}
    code = gazetteer.country_code_of(names.get(home, ""), COUNTRY)

    def in_home(place: str | None) -> bool:  # the country, or a city or region of it ("Goa")
        return place == home or bool(code) and gazetteer.country_code_of(
            names.get(place or "", ""), types.get(place), regions=True) == code

    refs = doc._.kg_refs or {}
    met = {ev.participants[0] for ev in contacts
           if ev.kind == MEETING and len(ev.participants) == 1 and ev.rule != "verb-attend" and in_home(ev.place)
           and not (ev.rule == JOINED and (ev.trigger or "").lower() not in COMPANY_WORDS)
           and (ev.trigger or "").lower() not in FORUM_NOUNS}  # (not "X closed the conference": a host's too; nor
    # "The meeting was attended by the Assistant Foreign Minister, X": either side's; but "She was accompanied by X":
    # the visitor's)
    found = met | {person for person, place in journeys(doc, refs) if in_home(place)}
    return found | companions_of(doc, refs, found)


def companions_of(doc: Doc, refs: dict, travellers: set[str], joint: bool = True) -> set[str]:
    """The people who travel with a traveller: "President X, who is making his first visit to China, is accompanied
    by the Minister of Y, Z", "Z is accompanying X", "Accompanying X are Z and W", "X, who is travelling with Trade
    Minister Z", and (``joint``)
    "X and Economy Minister Z held talks with W" (Z is on X's side of the table)."""
    out = set()
    for tok in doc if travellers else ():  # (every rule reads who travels with one of them)
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB":
            continue
        subjects = {refs.get(t.i) for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                    for t in (c, *c.conjuncts, *([tok.head] if c.lower_ in {"who", "that"} else []))}
        if lemma == "accompany" and tok.tag_ == "VBG" and tok.i == tok.sent.start:
            # "Accompanying the Prime Minister are Minister of Foreign Affairs Z, ...": everyone named after them
            # (whether the parser takes "are" for an auxiliary of the passive or not)
            for obj in (c for c in tok.children if c.dep_ == "dobj"):
                if {refs.get(t.i) for t in obj.subtree} & travellers:
                    out |= {refs[t.i] for t in doc[obj.right_edge.i + 1 : tok.sent.end]
                            if t.i in refs and t.ent_type_ == PERSON}
        elif lemma == "accompany" and any(c.dep_ == "auxpass" for c in tok.children):
            if subjects & travellers:  # everyone named after the "by", however the parser hung posts and names
                out |= {refs[t.i] for c in tok.children if c.dep_ == "agent" for t in doc[c.i + 1 : tok.sent.end]
                        if t.i in refs and t.ent_type_ == PERSON}
        elif lemma == "accompany" and tok.tag_ == "VBN" and (tok.dep_ == "advcl" or tok.dep_ == "acl"
                                                            and tok.head.ent_type_ != PERSON) \
                and head_subjects(tok, refs) & travellers:
            # "he was received by Y at the palace, accompanied by Z": his companion, not Y's (the participle hung on
            # the clause or on the place), those its own phrase names
            out |= {refs[t.i] for t in tok.subtree if t.i in refs and t.ent_type_ == PERSON}
        elif lemma == "accompany":
            if {refs.get(t.i) for c in tok.children if c.dep_ == "dobj" for t in c.subtree} & travellers:
                out |= {k for k in subjects if k is not None}
        elif lemma == "travel" and subjects & travellers:
            out |= {refs[t.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts) if t.i in refs}
        elif joint and subjects & travellers and any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "dobj"
                                            for c in tok.children):
            out |= {k for k in subjects if k is not None}  # "X and Economy Minister Z held talks with W"
    return {k for k in out if k is not None} - travellers


def head_subjects(tok, refs: dict) -> set[str]:
    """Who the clause a participle hangs on has for its subject: "he" of "he was received by Y, accompanied by Z"
    (also with the participle parsed on the place: "received by Y at the palace, accompanied by Z")."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return {refs[c.i] for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in refs} if verb else set()


#: Pronouns a journey's traveller is named by: "his first trip to France".
PERSONAL_PRONOUNS = {"he", "she", "his", "her"}


#: Verbs of a journey to somewhere ("X will travel to India"), not a return home.
JOURNEY_VERBS = TRAVEL_VERBS - {"return"}


def journeys(doc: Doc, refs: dict):
    """(traveller, destination) for each journey the article tells with both named: "X will travel to India",
    "X visited China", "a planned trip to India by X", "X's visit to China"."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and tok.lower_ in TRIP_NOUNS:
            who = [c for c in tok.children if c.dep_ == "poss"] + [
                p for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for p in c.children]
        elif tok.pos_ == "VERB" and lemma in JOURNEY_VERBS:
            who = [c for c in tok.children if c.dep_ == "nsubj"]
        else:
            continue
        where = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "in"} for p in c.children] + [
            c for c in tok.children if c.dep_ == "dobj" and lemma in {"visit", "tour"}]
        # "X held talks (...) on the first day of his visit to Spain": the pronoun no relation needed resolved is
        # the clause's named subject
        who = [s if w.i not in refs and w.lower_ in PERSONAL_PRONOUNS and (s := named_subject(tok, refs)) else w
               for w in who]
        for w in who:
            for d in where:
                if w.i in refs and d.i in refs and (w.ent_type_ == PERSON or w.lower_ in PERSONAL_PRONOUNS):
                    yield refs[w.i], refs[d.i]  # "X's visit to China", "his visit to China" (he being X)


def named_subject(tok, refs: dict):
    """The one named person who is the subject of the clause a word is in, or None."""
    found = [s for s in subjects(tok) if s.ent_type_ == PERSON and s.i in refs]
    return found[0] if len({refs[s.i] for s in found}) == 1 else None


#: How many times as often the country a report is about is named as the next one, at least.
HOME_MARGIN = 1.25


def counterpart_countries(doc: Doc, refs: dict, types: dict) -> dict[str, set[str]]:
    """The countries a person's counterparts are of, so not the person's own: "President X (...) his Brazilian
    counterpart" (X is no Brazilian official)."""
    out: dict[str, set[str]] = {}
    for tok in doc:
        if tok.lower_ != "counterpart" or (country := qualifying_country(tok, refs, types)) is None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i in refs), None)
        if owner is not None and types.get(refs[owner.i]) == PERSON:
            out.setdefault(refs[owner.i], set()).add(country)
    return out


#: Lines a release's issuer may stand in, from the top: "PRESS RELEASE", "Ministry of Foreign Affairs, Accra".
ISSUER_LINES = 3


def issuer_place(doc: Doc, refs: dict, types: dict) -> tuple[str, int, int] | None:
    """A release's issuer line naming its place, for one filed with no dateline: "Ministry of Foreign Affairs, Accra"
    (a body, a comma and a place, alone on one of the first lines): (the place's key, its start, its end)."""
    for start, end in lines(doc)[:ISSUER_LINES]:
        words = doc[start:end]
        comma = next((t.i for t in words if t.text == ","), None)
        if comma is None or comma == start or comma + 1 >= end:
            continue
        body, place = entity_at(doc, start), entity_at(doc, comma + 1)
        if body is not None and place is not None and (body.start, body.end) == (start, comma) \
                and place.end == end and types.get(refs.get(start)) == ORGANIZATION \
                and types.get(refs.get(place.start)) in {PLACE, COUNTRY}:
            return refs[place.start], start, end
    return None


def filed_state(doc: Doc, start: int, end: int) -> str | None:
    """The country of a state's abbreviation in a dateline: "THURMONT, Md. —" (a town no gazetteer knows)."""
    states = gazetteer.state_abbreviations()
    return next((states[t.text] for t in doc[start:end] if t.text in states), None)


def agency_state(doc: Doc, start: int, end: int) -> str | None:
    """The country of the state's own news agency a dateline names in brackets: "Manama, March 3 (BNA) --"."""
    close = next((t.i for t in doc[start:end] if t.text == ")"), None)
    opening = next((t.i for t in doc[start:close] if t.text == "("), None) if close is not None else None
    org = gazetteer.organization(doc[opening + 1 : close].text) if opening is not None else None
    return org.country if org is not None and gazetteer.is_media(org.name) else None


def home_country(doc: Doc, refs: dict, types: dict) -> str | None:
    """The country a report is about: named at least three times and clearly more often than any other, its cities
    counted with it (a quarter more: a summit's report, naming many countries about as often, is about none of them), and
    not another than the one of the city it is filed from ("CHENNAI — Japan's consul general ...": the
    officials at home are India's); else the country it is filed from, if named most, or at least twice (filed
    from: its dateline's place, or a release's issuer line's, :func:`issuer_place`)."""
    key = "kg.home_country"
    if key not in doc.user_data:
        names = {e.key: e.name for e in doc._.kg_entities or []}
        filed = dateline(doc, refs, types) or issuer_place(doc, refs, types)
        counts = country_counts(doc, refs, types)
        # its cities count for it too (not the dateline's, which tells where the story was filed)
        votes = counts + city_votes(doc, refs, types, skip=filed[1] if filed else None)
        top = votes.most_common(2)
        home = None
        if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= HOME_MARGIN * top[1][1]):
            home = top[0][0]
        where = filed and (gazetteer.country_code_of(names.get(filed[0], ""), types.get(filed[0]))
                           or filed_state(doc, filed[1], filed[2]))
        if where and home and gazetteer.country_code_of(names[home], COUNTRY) != where:
            home = None
        if where and home is None and top and gazetteer.country_code_of(names[top[0][0]], COUNTRY) == where \
                and (len(top) == 1 or top[0][1] > top[1][1]):
            home = top[0][0]  # "TOKYO (Kyodo) -- ... Prime Minister X": filed from the country it names most
        agency = agency_state(doc, filed[1], filed[2]) if where else None
        if where and home is None and top and agency not in {None, where} \
                and gazetteer.country_code_of(names[top[0][0]], COUNTRY) == agency:
            home = top[0][0]  # "Rio de Janeiro (ANTARA) - President X ...": the agency's own country, named most (its
            # leaders abroad)
        if where and home is None:  # "Dakar - France handed over its bases (...) Prime Minister X": the officials
            # at home are the filing country's, if the story names it twice or more, whatever it names more often
            # (once, from its own agency at home: "Manama, March 3 (BNA) -- Foreign Minister X")
            least = 1 if agency_state(doc, filed[1], filed[2]) == where else 2
            home = next((key for key, n in votes.items() if n >= least
                         and gazetteer.country_code_of(names[key], COUNTRY) == where), None)
        doc.user_data[key] = home
    return doc.user_data[key]


