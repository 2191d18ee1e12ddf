"""kg_aliases: group a document's mentions into entities (within-document coreference).

Sets ``doc._.kg_entities`` (a list of kg.model.Entity) and ``doc._.kg_refs`` (token index ->
entity key) for every token that refers to an entity: names, demonyms ("Russian" -> Russia),
title phrases ("the US president" -> Donald Trump) and personal pronouns.

Rules, one per function:
- countries by ISO code, cities by their GeoNames name (Kiev -> Kyiv), organisations by the
  gazetteer's canonical name or an acronym of a long name seen in the document;
- people: full names by surname and compatible first names (Volodymyr/Vladimir Zelensky,
  Zelensky/Zelenskyy/Zelenskiy), single names to the nearest earlier full name with that surname;
- title phrases to the person whose title block named the same country and role
  (:mod:`kg.nlp.title_phrases`);
- he/she/him/her/his to the most recent person that was a subject, else the most recent person
  (:mod:`kg.nlp.pronouns`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE, Entity, Mention
from kg.nlp import gazetteer
from kg.nlp.clusters import Cluster
from kg.nlp.datelines import dateline
from kg.nlp.entity_evidence import FAMILY_NOUNS, group_adjective, party_before_post, tagged_party
from kg.nlp.entity_types import dateline_agency
from kg.nlp.entity_people import known_as
from kg.nlp.entity_words import (
    CHAMBER_WORDS,
    COMPANY_ENDINGS,
    NAME_PARTICLES,
    REGNAL_NUMBER,
    VENUE_NOUNS_AFTER,
    spelt,
    unglued,
)
from kg.nlp.names import (
    PATRONYMIC_WORDS,
    display_name,
    given_names_match,
    loose_key,
    loose_surname_key,
    name_head,
    name_key,
    name_tail,
    name_words,
)
from kg.nlp.lines import tokens_where
from kg.nlp.memo import remembering
from kg.nlp.pronouns import resolve_first_person, resolve_pronouns
from kg.nlp.title_phrases import learn_titles, resolve_styles, resolve_title_phrases
from kg.nlp.titles import MONARCHS, block_before, entity_at, malay_honorific_before

KG_LABELS = (PERSON, ORGANIZATION, COUNTRY, PLACE)
for _name in ("kg_entities", "kg_refs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("kg_aliases")
def make_alias_resolver(nlp: Language, name: str) -> "AliasResolver":
    return AliasResolver(nlp, name)


class AliasResolver:
    def __init__(self, nlp: Language, name: str = "kg_aliases"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        with remembering(doc):
            return self.resolve(doc)

    def resolve(self, doc: Doc) -> Doc:
        """Set ``doc._.kg_entities`` (one cluster per entity, its mentions) and ``doc._.kg_refs`` (token -> key)."""
        clusters: list[Cluster] = []
        refs: dict[int, str] = {}
        index: dict[tuple[str, str], Cluster] = {}

        def new(type_: str, name: str, **kw) -> Cluster:
            c = Cluster(f"e{len(clusters)}", type_, name, **kw)
            clusters.append(c)
            return c

        def add(c: Cluster, span: Span, kind: str = "name") -> None:
            c.mentions.append(Mention(span.text, span.start_char, span.end_char, kind))
            c.positions.append(span.start)
            for t in span:
                refs[t.i] = c.key

        names = [e for e in doc.ents if e.label_ in KG_LABELS]
        agencies = {e.text for e in names if e.label_ == ORGANIZATION and dateline_agency(e)}  # "(AAP) -"
        # places, countries, organisations: by canonical key
        for ent in names:
            if ent.label_ == PERSON:
                continue
            # "the Ritz-Carlton hotel": the venue's name is "Ritz-Carlton", the building noun in lower case no part of it
            named = Span(doc, ent.start, ent.end - 1, label=ent.label_) \
                if ent.label_ == PLACE and len(ent) > 1 and ent[-1].text in VENUE_NOUNS_AFTER else ent
            key, canonical, code = canonical_key(named, agencies)
            c = index.get((ent.label_, key))
            if c is None:
                c = index[(ent.label_, key)] = new(ent.label_, canonical, code=code)
            add(c, named, "tag" if tagged_party(ent) else "demonym" if ent.label_ == PLACE and gazetteer.region_people(
                ent.text) else "name")  # ("Bavarian" before a title: Bavaria, not named)
            refs[ent.end - 1] = c.key
        if any(c.type == ORGANIZATION and c.name.isupper() for c in clusters):
            merge_acronyms(clusters, refs, doc.text)  # (the text read only then: Doc.text joins every word)
        merge_short_countries(clusters, refs)
        merge_name_ends(clusters, refs)
        merge_state_heads(doc, clusters, refs)
        merge_company_names(clusters, refs)
        merge_body_heads(clusters, refs)
        # people: full names first, then single names to the nearest earlier full name
        people = [e for e in names if e.label_ == PERSON]
        # words as written: a hyphenated name is one word ("Bhutto-Zardari", "Jean-Claude"); the longest
        # names first, counted without honorifics ("Tun Dr Mahathir" is one word, after "Mahathir Mohamad")
        # (initials glued to the name apart: "T.Narbaeva" is "T." and "Narbaeva")
        worded = [(e, name_words([w for w in unglued(e.text).split()
                                  if re.sub(r"[-.'’]", "", w).isalpha()])) for e in people]
        # "X, popularly known as Madobe,": the nickname, wherever it is used, is X's
        nicknamed = {name_key(e.text): named for e in people if len(e) == 1 and (named := known_as(e[0])) is not None
                     and named.ent_type_ == PERSON}
        for ent, words in sorted(worded, key=lambda ew: (-len(ew[1]), -len(ew[0]), ew[0].start)):
            if not words:
                continue
            named = nicknamed.get(name_key(ent.text)) if len(words) == 1 else None
            c = next((x for x in clusters if named is not None and x.key == refs.get(named.i)), None) \
                or find_person(clusters, words, ent.start, doc)
            if c is None:
                c = new(PERSON, display_name(ent.text), given=words[0] if len(words) > 1 else None,
                        surname=name_key(words[-1]))
            elif len(display_name(ent.text)) > len(c.name) and len(words) > 1:
                c.name = display_name(ent.text)
                c.given = c.given or words[0]
            add(c, ent)
            if n := malay_honorific_before(doc, ent.start):  # "Tan Sri X": the name as styled is one of its names
                styled = doc[ent.start - n : ent.end]
                c.mentions.append(Mention(styled.text, styled.start_char, styled.end_char, "styled"))
        # demonyms refer to their country without naming it
        for ent in doc.ents:
            if ent.label_ == "NORP":
                country = gazetteer.demonym(ent.text)
                if country:
                    c = index.get((COUNTRY, country.code))
                    if c is None:
                        c = index[(COUNTRY, country.code)] = new(COUNTRY, country.name, code=country.code)
                    add(c, ent, "demonym")
            elif ent.label_ == ORGANIZATION and len(ent) >= 3 and ent[-1].lower_ == "ministry" \
                    and (country := gazetteer.demonym(ent[0].text)):
                # "the Chilean foreign ministry": its people's word tells its country too (the word stays the
                # ministry's)
                c = index.get((COUNTRY, country.code))
                if c is None:
                    c = index[(COUNTRY, country.code)] = new(COUNTRY, country.name, code=country.code)
                c.mentions.append(Mention(ent[0].text, ent[0].idx, ent[0].idx + len(ent[0].text), "demonym"))
                c.positions.append(ent.start)
        cities_of_venues(clusters, index, new)
        resolve_handles(doc, clusters, refs, add)
        learn_titles(doc, clusters, refs)
        resolve_title_phrases(doc, clusters, refs, add)
        resolve_styles(doc, clusters, refs, add)
        resolve_pronouns(doc, clusters, refs, add)
        resolve_first_person(doc, clusters, refs, add)
        for c in clusters:
            c.mentions.sort(key=lambda m: m.start)
        doc._.kg_entities = [Entity(c.key, c.name, c.type, c.mentions) for c in clusters if c.mentions]
        doc._.kg_refs = refs
        return doc


#: The kind of a mention of a person by a social-media handle ("@SecBlinken").
HANDLE_MENTION = "handle"


def resolve_handles(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """A social-media handle ("@SecBlinken", "@sikorskiradek") -> the one person named in the document whose
    surname it spells (four letters or more; none when two people's would fit)."""
    people = {c.key: (c, gazetteer.fold(c.name.split()[-1])) for c in clusters if c.type == PERSON}
    for tok in tokens_where(doc, lambda word: word.startswith("@") and len(word) > 4):
        if tok.i in refs:
            continue
        handle = gazetteer.fold(tok.text[1:])
        fits = {key: c for key, (c, surname) in people.items() if len(surname) >= 4 and surname in handle}
        if len(fits) == 1:
            add(next(iter(fits.values())), doc[tok.i : tok.i + 1], HANDLE_MENTION)


#: The kind of a mention of a city by a well-known venue in it ("Buckingham Palace" for London).
VENUE_MENTION = "venue"


def cities_of_venues(clusters: list[Cluster], index: dict, new) -> None:
    """A well-known venue stands in its city ("Buckingham Palace": London, see :func:`kg.nlp.gazetteer.venue_city`), a
    gathering named after its city in that city ("the Munich Security Conference", :func:`kg.nlp.gazetteer.forum_city`):
    when the text does not name the city, the venue's mentions are the city's too, as "venue" mentions (no tokens
    of the text are the city's), so that a meeting there can be placed in it."""
    for venue in [c for c in clusters if c.type in {PLACE, ORGANIZATION}]:  # (and "the Munich Security Conference")
        names = gazetteer.venue_city(venue.name) if venue.type == PLACE else gazetteer.forum_city(venue.name)
        if not names:
            continue
        keys = [gazetteer.fold(city[0]) if (city := gazetteer.city(n)) else gazetteer.fold(n) for n in names]
        if any((PLACE, k) in index for k in keys):
            continue
        if state := gazetteer.country(names[0]):  # a city-state's venue ("the Apostolic Palace"): in the state,
            city = index.get((COUNTRY, state.code))  # the one node of "the Vatican" and "Vatican City"
            if city is None:
                city = index[(COUNTRY, state.code)] = new(COUNTRY, state.name, code=state.code)
        else:
            city = index[(PLACE, keys[0])] = new(PLACE, (gazetteer.city(names[0]) or (names[0],))[0])
        city.mentions += [Mention(m.text, m.start, m.end, VENUE_MENTION) for m in venue.mentions]


def names_country(doc, code: str) -> bool:
    """Whether the document names the country of ISO2 ``code``, or its people ("the United States", "US",
    "American")."""
    return any(getattr(gazetteer.country(e.text) or gazetteer.demonym(e.text), "code", None) == code
               for e in doc.ents if e.label_ in {COUNTRY, PLACE, "NORP"})


def chamber_of_another(doc, chamber: str, code: str) -> bool:
    """Whether the document writes the chamber's bare name after another country's name or people's word: "the
    Cambodian Senate", "Cambodia's Senate" (its bare "Senate" is then that country's too)."""
    for tok in doc:
        if tok.lower_ != chamber or tok.i < 1:
            continue
        before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text in {"'s", "’s"} else doc[tok.i - 1]
        state = gazetteer.demonym(before.text) or gazetteer.country(before.text)
        if state is not None and state.code != code:
            return True
    return False


def canonical_key(ent: Span, agencies: set[str] | frozenset[str] = frozenset()) -> tuple[str, str, str | None]:
    """(grouping key, canonical name, ISO2) for a non-person mention (``agencies``: the names in the brackets of the
    document's datelines, the agencies that filed it)."""
    text = ent.text
    if ent.label_ == COUNTRY or (ent.label_ == PLACE and gazetteer.country(text)):
        c = gazetteer.country(text)
        if c:
            return c.code, c.name, c.code
    if ent.label_ == ORGANIZATION:
        org = gazetteer.organization(text)
        if org is None and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "party":
            org = gazetteer.organization(f"{text} Party")  # "the Green party": the Greens
        if org is None and group_adjective(ent):
            org = gazetteer.organization(f"{text}s")  # "the Houthi rebels": the Houthis
        if org is not None and not gazetteer.is_media(org.name) and text in agencies:
            org = None  # "BEIJING, July 15 (AAP) -": the agency that filed it, not the party of those initials
        chamber = gazetteer.fold(text).removeprefix("the ")
        if org and not (org.country and chamber in CHAMBER_WORDS and (
                not names_country(ent.doc, org.country) or chamber_of_another(ent.doc, chamber, org.country))):
            return gazetteer.fold(org.name), org.name, None
        if party := tagged_party(ent) or party_before_post(ent):
            return gazetteer.fold(party), party, None  # "D-Calif.", "Democratic Sen. X": the Democratic Party
    if ent.label_ == PLACE:
        city = gazetteer.city(text)
        if city:
            return gazetteer.fold(city[0]), city[0], None
        if region := gazetteer.region_people(text):
            return gazetteer.fold(region), region, None  # "Bavarian Minister-President X": Bavaria
        if text.isupper() and any(len(w) >= 5 for w in text.split()):
            return gazetteer.fold(text), text.title(), None  # a dateline's "RAMSTEIN AIR BASE": no acronym
    return gazetteer.fold(text), text, None


def absorb(long: Cluster, short: Cluster, refs: dict[int, str]) -> None:
    """Move ``short``'s mentions and tokens to ``long``: they name the same entity."""
    long.mentions += short.mentions
    long.positions += short.positions
    for i, key in refs.items():
        if key == short.key:
            refs[i] = long.key
    short.mentions, short.positions = [], []


#: The brackets around an acronym right after the name it abbreviates: "Workers' Party (PKK)", "( NASA )".
BRACKET_OPEN, BRACKET_CLOSE = re.compile(r" ?\( ?"), re.compile(r" ?\)")


def merge_acronyms(clusters: list[Cluster], refs: dict[int, str], text: str) -> None:
    """An all-capitals organisation name is the same body as a longer one whose initials it spells
    ("Asia-Pacific Economic Cooperation" and APEC, "Bank of Japan" and BOJ), or right after which it stands in
    brackets ("Kurdistan Workers' Party (PKK)")."""
    orgs = [c for c in clusters if c.type == ORGANIZATION and c.mentions]
    for short in orgs:
        if not (short.name.isupper() and 2 <= len(short.name) <= 10):
            continue
        bracketed = {m.start for m in short.mentions if BRACKET_CLOSE.match(text, m.end)}  # "(SOUTHCOM)" too
        # a name whose initials the acronym spells without a country's first: "NA" is the National Assembly, not
        # the Vietnam News Agency (but "U.S. National Aeronautics and Space Administration" is NASA)
        for stripped in (False, True):
            long = next((long for long in orgs if long is not short and (spelt(short.name, long.name, stripped) or (
                not stripped and any((o := BRACKET_OPEN.match(text, m.end)) and o.end() in bracketed
                                     for m in long.mentions)))), None)
            if long is not None:
                absorb(long, short, refs)
                break


def merge_short_countries(clusters: list[Cluster], refs: dict[int, str]) -> None:
    """A one-word short form that is not its country's own name but ends another country the document names
    ("Congo" after "Democratic Republic of Congo") is that country; "Sudan" beside "South Sudan" is
    Sudan's own name and stays, and a formal name of several words names its own country ("the Republic of
    Korea" beside "the Democratic People's Republic of Korea", "the Republic of Congo" beside the DRC)."""
    countries = [c for c in clusters if c.type == COUNTRY and c.mentions]
    for short in countries:
        forms = {gazetteer.fold(m.text) for m in short.mentions}
        if gazetteer.fold(short.name) in forms or len(forms) != 1:
            continue
        (form,) = forms
        if " " in form:
            continue
        for long in countries:
            names = {gazetteer.fold(long.name)} | {gazetteer.fold(m.text) for m in long.mentions}
            if long is not short and any(n.endswith(" " + form) for n in names):
                absorb(long, short, refs)
                break


#: The first words of countries' names that stand alone for them once the country is named: "the North's agency".
COMPASS_HALVES = {"north", "south"}


def merge_name_ends(clusters: list[Cluster], refs: dict[int, str]) -> None:
    """A place named by the last word of a country's name ("Korea") is the one country the document names whose name
    ends so ("the Republic of Korea", "South Korea"), one called "North ..." giving way to another ("Korea and Japan"
    beside "North Korea" is the Republic of Korea); with two left ("Congo" beside both Congos), it stays a place. "The
    North" (or "the South") is the one country named that opens so ("North Korea")."""
    countries = [c for c in clusters if c.type == COUNTRY and c.mentions]
    for short in [c for c in clusters if c.type in {PLACE, ORGANIZATION} and c.mentions]:
        forms = {gazetteer.fold(m.text) for m in short.mentions}
        (form,) = forms if len(forms) == 1 else ("",)
        if form in COMPASS_HALVES:  # "the North" beside "North Korea": the one country named so
            found = [c for c in countries if any(n.startswith(form + " ") for n in
                                                 {gazetteer.fold(c.name)} | {gazetteer.fold(m.text) for m in c.mentions})]
            if len(found) == 1:
                short.type = COUNTRY
                absorb(found[0], short, refs)
            continue
        if short.type != PLACE or not form or not gazetteer.country_name_end(form):
            continue
        found = [c for c in countries if any(n.endswith(" " + form) for n in
                                             {gazetteer.fold(c.name)} | {gazetteer.fold(m.text) for m in c.mentions})]
        if len(found) > 1:
            found = [c for c in found if not gazetteer.fold(c.name).startswith("north ")]
        if len(found) == 1:
            short.type = COUNTRY
            absorb(found[0], short, refs)


#: Words a state is named by alone, once its formal name is told: "on a working visit to the Kingdom", "his visit to
#: the Islamic Republic".
STATE_HEAD_WORDS = {"kingdom", "sultanate", "emirate", "principality", "grand duchy", "islamic republic"}
#: Those of them only a monarchy is named by.
MONARCHY_HEAD_WORDS = STATE_HEAD_WORDS - {"islamic republic"}


def merge_state_heads(doc: Doc, clusters: list[Cluster], refs: dict[int, str]) -> None:
    """"The Kingdom" (also "the Sultanate", "the Emirate") is the country the story is filed from when it is a state
    of that form ("Rabat - ... Spain's minister, on a visit to the Kingdom": Morocco), else the one country the
    document names by a formal name opening with that word ("the Kingdom of Morocco"), else (for a monarch's state)
    the one monarchy it names, else the one country it names whose formal name opens so ("the Islamic Republic":
    Iran, in a story naming Iran and Austria)."""
    countries = [c for c in clusters if c.type == COUNTRY and c.mentions]
    shorts = [c for c in clusters if c.mentions and {gazetteer.fold(m.text) for m in c.mentions} <= STATE_HEAD_WORDS]
    by_key = {c.key: c for c in clusters}
    filed = dateline(doc, refs, {c.key: c.type for c in clusters}) if shorts else None
    home = gazetteer.country_code_of(by_key[filed[0]].name, by_key[filed[0]].type) if filed else None
    for short in shorts:
        head = gazetteer.fold(short.mentions[0].text)
        own = [c for c in countries if c is not short and home and c.code == home and gazetteer.formally(home, head)]
        formal = [c for c in countries if c is not short and any(
            gazetteer.fold(m.text).startswith(head + " of ") for m in c.mentions)]
        monarchies = [c for c in countries if c is not short and head in MONARCHY_HEAD_WORDS
                      and gazetteer.country_code_of(c.name, COUNTRY) in gazetteer.monarchies()]
        states = [c for c in countries if c is not short and (code := gazetteer.country_code_of(c.name, COUNTRY))
                  and gazetteer.formally(code, head)]
        found = own or (formal if len(formal) == 1 else monarchies if not formal and len(monarchies) == 1
                        else states if not formal and len(states) == 1 else [])
        if found:  # a reference to the state, like a title's to a person: no name of it
            short.type = COUNTRY
            short.mentions = [replace(m, kind="title") for m in short.mentions]
            absorb(found[0], short, refs)


def merge_company_names(clusters: list[Cluster], refs: dict[int, str]) -> None:
    """A company's first words alone name it: "Carrington" and "Carrington Foods" are "Carrington Foods Inc.",
    the one organisation whose full name, ending in a legal form, they open."""
    orgs = [c for c in clusters if c.type == ORGANIZATION and c.mentions]
    companies = [c for c in orgs if c.name.split()[-1] in COMPANY_ENDINGS and len(c.name.split()) > 1]
    for short in orgs:
        longer = [c for c in companies if c is not short and c.name.startswith(short.name + " ")]
        if len(longer) == 1 and short.name.split()[-1] not in COMPANY_ENDINGS:
            absorb(longer[0], short, refs)


#: Head words a body is named by alone once its full name is told: "the Ministry", "the Commission".
BODY_HEAD_WORDS = {"ministry", "commission", "council", "committee", "embassy", "department", "agency", "secretariat",
                   "parliament", "assembly", "office", "presidency", "union", "party", "bureau", "directorate"}


def merge_body_heads(clusters: list[Cluster], refs: dict[int, str]) -> None:
    """A body's head word alone ("the Ministry", "the Commission") is the one body the document names with that head:
    first before its remit ("the Ministry of Foreign Affairs of Nigeria") or last ("the European Commission")."""
    orgs = [c for c in clusters if c.type == ORGANIZATION and c.mentions]
    for short in orgs:
        forms = {gazetteer.fold(m.text).removeprefix("the ") for m in short.mentions}
        if len(forms) != 1 or (word := forms.pop()) not in BODY_HEAD_WORDS:
            continue
        found = []
        for c in orgs:
            words = gazetteer.fold(c.name).removeprefix("the ").split()
            if c is not short and len(words) > 1 and (
                    words[-1] == word or words[0] == word and words[1] in {"of", "for"}):
                found.append(c)
        if len(found) == 1:
            absorb(found[0], short, refs)


#: Words of a patronymic that open the short form of a name ("Ould Ghazouani", "Ould Abdel Aziz", "Ag Ghaly").
PATRONYMIC_PARTICLES = PATRONYMIC_WORDS | {"ould", "ben", "ag", "abu", "wuld"}


def find_person(clusters: list[Cluster], words: list[str], position: int, doc: Doc | None = None) -> Cluster | None:
    """The person cluster a name belongs to: same surname and compatible given names (of two named before, the one
    holding an office by the titles in ``doc``)."""
    surname = name_key(words[-1])
    candidates = [c for c in clusters if c.type == PERSON and c.surname == surname]
    # "Sultan Ibrahim", "King Charles": a ruler called by the given name, which is no one's surname
    regnal = len(words) == 1 and doc is not None and (doc[position].lower_ in MONARCHS
                                                      or position > 0 and doc[position - 1].lower_ in MONARCHS)
    if len(words) > 1:
        # "Ould Ghazouani" for Mohamed Ould Cheikh El Ghazouani: a patronymic's particle and the last name
        candidates = [c for c in candidates if c.given is None or given_names_match(c.given, words[0]) or (
            words[0].lower() in PATRONYMIC_PARTICLES and name_key(words[0]) in map(name_key, c.name.split()[1:-1]))]
    else:  # a single word may also be a given name or a surname spelled as a full name's last word; not the father's
        # name a patronymic ends with ("Abdullah" is not Al Hussein bin Abdullah II)
        candidates = [c for c in candidates if not fathers_name_last(c.name)]
        if regnal:  # (not Anwar Ibrahim's; but the ruler named so before is the same: "Queen Ilse" twice)
            candidates = [c for c in candidates if len(name_words(c.name.split())) == 1]
    if not candidates and len(words) > 1:  # "Siljanovska Davkova" for Gordana Siljanovska-Davkova: a hyphened
        # surname written with a space
        joined = name_key("".join(words[-2:]))
        candidates = [c for c in clusters if c.type == PERSON and c.surname == joined
                      and (len(words) == 2 or c.given is None or given_names_match(c.given, words[0]))]
    if not candidates and len(words) == 1:
        # family name first ("Wang" for Wang Yi, "Kim" for Kim Jong Un): a single word that is the first
        # word of exactly one such name, and nobody's surname
        key = name_key(words[0])
        # (after a title, the given name of a name of three words or more: "Ambassador Issa" for Issa Ahmed Taha, as
        # Arabic names give the father's and grandfather's names after one's own)
        titled = doc is not None and position > 0 and doc[position - 1].lower_ in gazetteer.title_words()
        firsts = [c for c in clusters if c.type == PERSON and c.given and name_key(c.given) == key
                  and called_by_first_word(name_words(c.name.split()))] or [
            c for c in clusters if titled and c.type == PERSON and c.given and name_key(c.given) == key
            and len(name_words(c.name.split())) >= 3]
        # or the head of a compound surname ("Lula" for Luiz Inácio Lula da Silva)
        heads = [c for c in clusters if c.type == PERSON and compound_surname_head(c.name) == key]
        # or the first of two family names ("Sheinbaum" for Claudia Sheinbaum Pardo, "Petro" for Gustavo Petro Urrego)
        fathers = [c for c in clusters if c.type == PERSON and first_family_name(c.name) == key]
        # or the nickname in quotes inside a full name ("Jokowi" for Joko "Jokowi" Widodo)
        nicknamed = [c for c in clusters if c.type == PERSON and key in nicknames(c.name)]
        candidates = next((found for found in (firsts, heads, fathers, nicknamed) if len(found) == 1), [])
    if not candidates and len(words) == 2:  # "Ishiba Shigeru" after "Shigeru Ishiba": the family name put first
        candidates = [c for c in clusters if c.type == PERSON and c.surname == name_key(words[0]) and c.given
                      and name_key(c.given) == name_key(words[1]) and len(name_words(c.name.split())) == 2]
    if not candidates and len(words) > 1:  # "Lula da Silva", "Lopez Obrador": the last words of one full name
        tails = [c for c in clusters if c.type == PERSON and name_tail(c.name, words)]
        candidates = tails if len(tails) == 1 else []
    if not candidates and len(words) > 1:
        # "Abdullah bin Zayed", "Hassan Sheikh": the first words of one longer full name ("... Al Nahyan",
        # "Hassan Sheikh Mohamud"), as people with a patronymic or a Somali name are called; without a
        # patronymic, one name word longer ("John Cage" is not the "John Cage Organ Project" taken for a name)
        heads = [c for c in clusters if c.type == PERSON and name_head(c.name, words) and (
            words[1].lower() in PATRONYMIC_WORDS or len(name_words(c.name.split())) == len(words) + 1
            and gazetteer.fold(c.name.split()[-1]) not in gazetteer.cue_words("org"))]
        candidates = heads if len(heads) == 1 else []
    if not candidates and not regnal:  # "Araqchi" after "Abbas Araghchi": a transliteration that swaps letters
        loose = loose_surname_key(words[-1])
        candidates = [c for c in clusters if c.type == PERSON and c.surname and loose_surname_key(c.surname) == loose
                      and (len(words) == 1 and not fathers_name_last(c.name) or len(words) > 1 and (
                          c.given is None or loose_key(c.given) == loose_key(words[0])))]
    if not candidates:
        return None
    earlier = [c for c in candidates if any(p < position for p in c.positions)]
    if not earlier:  # a headline's "Trudeau": the first one the story goes on to name, not his wife named later
        return min(candidates, key=lambda c: min(c.positions, default=len(clusters) + position))
    officials = [c for c in earlier if doc is not None and official(doc, min(c.positions))]
    if len(officials) == 1 and len(earlier) > 1:
        return officials[0]  # "President Joe Biden and first lady Jill Biden (...) a meeting with Biden": the official
    kin = [c for c in earlier if doc is not None and relative_named(doc, min(c.positions))]
    if kin and len(kin) < len(earlier):
        earlier = [c for c in earlier if c not in kin]  # "X (...) visited the family and met her daughter, Y X. X had
        # been due to travel": the one the story is about, not the relative it named as such
    return max(earlier, key=lambda c: max(p for p in c.positions if p < position))


def relative_named(doc: Doc, start: int) -> bool:
    """The person named at ``start`` is introduced as someone's relative: "her daughter, Njeri X", "his son Y"."""
    k = start - 1 - (start >= 1 and doc[start - 1].text == ",")
    return k >= 0 and doc[k].lower_ in FAMILY_NOUNS and doc[k].is_lower


#: Roles of office: a bare surname two people share is the one holding such a post.
OFFICE_ROLES = {"head", "minister", "diplomat", "legislator"}


def official(doc: Doc, start: int) -> bool:
    """The person named at ``start`` holds an office by the title before the name: "US President Joe Biden"."""
    ent = entity_at(doc, start)
    return ent is not None and block_before(ent).role in OFFICE_ROLES


#: One syllable of a Korean or Chinese given name in roman letters: "Jong", "Un", "Jae", "Myung", "Hui".
SYLLABLE = re.compile(r"^[bcdfghjklmnprstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|r)?$", re.IGNORECASE)


def family_name_first(full: list[str]) -> bool:
    """Whether a person's first word may be their family name: a name of two words ("Wang Yi", "Lee
    Jae-myung"), one with a patronymic, or a short family name and two syllables, as Korean names are
    written in English ("Kim Jong Un", "Lee Jae Myung")."""
    if len(full) == 2:
        return True
    if len(full) == 3 and len(full[0]) <= 4 and all(SYLLABLE.match(w) for w in full[1:]):
        return True  # "Kim Jong Un", "Lee Jae Myung": a family name and two syllables
    return len(full) > 1 and full[1].lower() in PATRONYMIC_WORDS


def called_by_given_name(full: list[str]) -> bool:
    """A name of three words whose middle one is no given name nor an initial, as Ethiopian and Eritrean names give
    the father's name after one's own ("Tedros Adhanom Ghebreyesus" is "Dr Tedros"): called by its first word."""
    return len(full) == 3 and len(full[1].rstrip(".")) > 1 and full[1][:1].isupper() \
        and not gazetteer.given_name(full[1]) and full[1].lower() not in NAME_PARTICLES


def called_by_first_word(full: list[str]) -> bool:
    """Called alone by the first word of the name: a family name put first, a given name before the father's, or a
    monarch's name before the regnal number ("Abdullah" of "Abdullah II")."""
    return family_name_first(full) or called_by_given_name(full) or len(full) == 2 and bool(REGNAL_NUMBER.match(full[1]))


def fathers_name_last(name: str) -> bool:
    """The name ends with a patronymic: "Al Hussein bin Abdullah II", "Mohammed bin Salman" (the last word is the
    father's name, not one the person is called by alone)."""
    words = name_words(name.split())
    return len(words) > 2 and words[-2].lower() in PATRONYMIC_WORDS


def first_family_name(name: str) -> str | None:
    """The key of the first of two family names, as Spanish and Portuguese names end, by which the person is
    called alone: "Sheinbaum" of "Claudia Sheinbaum Pardo"; None for a name of two words or a given name there."""
    words = name_words(name.split())
    if len(words) < 3 or not words[-2][:1].isupper() or words[-1].isupper() or gazetteer.given_name(words[-2]):
        return None  # (not "Shapps" of "Grant Shapps MP": a post after the name)
    return name_key(words[-2])


def nicknames(name: str) -> set[str]:
    """The name keys of the words in quotes inside a full name: 'Joko "Jokowi" Widodo' -> {"jokowi"}."""
    return {name_key(w) for w in re.findall(r'["“”\'‘’]([^"“”\'‘’]+)["“”\'‘’]', name) for w in w.split()}


def compound_surname_head(name: str) -> str | None:
    """The key of the word that opens a compound surname with a particle, by which the person is
    called alone: "Lula" of "Luiz Inácio Lula da Silva"; None for other names."""
    parts = name.split()
    for i in range(1, len(parts) - 1):
        if parts[i + 1].lower() in NAME_PARTICLES and parts[i][:1].isupper():
            return name_key(parts[i])
    return None
