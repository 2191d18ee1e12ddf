"""kg_aliases: group a document's mentions into entities (within-document coreference).

Sets ``doc._.kg_entities`` (a list of kg.model.Entity) and ``doc._.kg_refs`` (token index ->
entity key) for every token that refers to an entity: names, demonyms ("Russian" -> Russia),
title phrases ("the US president" -> Donald Trump) and personal pronouns.

Rules, one per function:
- countries by ISO code, cities by their GeoNames name (Kiev -> Kyiv), organisations by the
  gazetteer's canonical name or an acronym of a long name seen in the document;
- people: full names by surname and compatible first names (Volodymyr/Vladimir Zelensky,
  Zelensky/Zelenskyy/Zelenskiy), single names to the nearest earlier full name with that surname;
- title phrases to the person whose title block named the same country and role;
- he/she/him/her/his to the most recent person that was a subject, else the most recent person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE, Entity, Mention
from kg.nlp import gazetteer
from kg.nlp.datelines import dateline
from kg.nlp.entity_evidence import party_before_post, tagged_party
from kg.nlp.entity_people import known_as
from kg.nlp.entity_words import COMPANY_ENDINGS, NAME_PARTICLES
from kg.nlp.lines import tokens_where
from kg.nlp.names import (
    HONORIFICS,
    STYLE_NOUNS,
    display_name,
    given_names_match,
    loose_key,
    loose_surname_key,
    name_head,
    name_key,
    name_tail,
    name_words,
)
from kg.nlp.paragraphs import window_start
from kg.nlp.titles import (
    CLERGY,
    MONARCHS,
    REGNAL_NUMBER,
    REPORT_VERBS,
    apposition_after,
    block_before,
    entity_at,
    excellency,
    malay_honorific_before,
    titled_apposition,
)
from kg.nlp.triggers import TRAVEL_VERBS

KG_LABELS = (PERSON, ORGANIZATION, COUNTRY, PLACE)
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: The sex a pronoun refers to: a person whose given name only the other sex bears is not its antecedent.
PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Dependencies of a pronoun that is an object: "will receive him", "spoke with her".
OBJECT_DEPS = {"dobj", "pobj", "dative"}
#: First-person pronouns: inside a quotation they are the person it is attributed to.
FIRST_PERSON = {"i", "me", "my"}
#: Words before a title that make its holder the guest of the story's host: "the visiting minister".
VISITOR_WORDS = {"visiting"}
#: Double quotation marks only (not kg.nlp.entity_words.QUOTES): a single one is also an apostrophe ("leaders'").
QUOTE_MARKS = {'"', "“", "”", "``", "''"}
#: Verbs attributing a quotation: '"...," X told the paper', 'X said: "..."'.
ATTRIBUTION_VERBS = {"say", "tell", "add", "write", "insist", "recall", "explain", "note", "stress", "ask"}
for _name in ("kg_entities", "kg_refs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("kg_aliases")
def make_alias_resolver(nlp: Language, name: str) -> "AliasResolver":
    return AliasResolver(nlp, name)


@dataclass
class Cluster:
    key: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # token index of each mention's start
    given: str | None = None  # people: first given name
    surname: str | None = None  # people: name_key of the last name word
    parties: set[str] = field(default_factory=set)  # people: keys of countries/orgs from titles
    roles: set[str] = field(default_factory=set)  # people: role groups from titles
    titles: set[str] = field(default_factory=set)  # people: the title words themselves ("chancellor")
    code: str | None = None  # countries: ISO2


class AliasResolver:
    def __init__(self, nlp: Language, name: str = "kg_aliases"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
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
        # places, countries, organisations: by canonical key
        for ent in names:
            if ent.label_ == PERSON:
                continue
            key, canonical, code = canonical_key(ent)
            c = index.get((ent.label_, key))
            if c is None:
                c = index[(ent.label_, key)] = new(ent.label_, canonical, code=code)
            add(c, ent, "tag" if tagged_party(ent) else "name")
        merge_acronyms(clusters, refs, doc.text)
        merge_short_countries(clusters, refs)
        merge_state_heads(clusters, refs)
        merge_company_names(clusters, refs)
        # people: full names first, then single names to the nearest earlier full name
        people = [e for e in names if e.label_ == PERSON]
        # words as written: a hyphenated name is one word ("Bhutto-Zardari", "Jean-Claude"); the longest
        # names first, counted without honorifics ("Tun Dr Mahathir" is one word, after "Mahathir Mohamad")
        worded = [(e, name_words([w for w in e.text.split() if re.sub(r"[-.'’]", "", w).isalpha()])) for e in people]
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
    for tok in doc:
        if not (tok.text.startswith("@") and len(tok.text) > 4) or tok.i in refs:
            continue
        handle = gazetteer.fold(tok.text[1:])
        fits = {key: c for key, (c, surname) in people.items() if len(surname) >= 4 and surname in handle}
        if len(fits) == 1:
            add(next(iter(fits.values())), doc[tok.i : tok.i + 1], HANDLE_MENTION)


#: The kind of a mention of a city by a well-known venue in it ("Buckingham Palace" for London).
VENUE_MENTION = "venue"


def cities_of_venues(clusters: list[Cluster], index: dict, new) -> None:
    """A well-known venue stands in its city ("Buckingham Palace": London, see :func:`kg.nlp.gazetteer.venue_city`):
    when the text does not name the city, the venue's mentions are the city's too, as "venue" mentions (no tokens
    of the text are the city's), so that a meeting there can be placed in it."""
    for venue in [c for c in clusters if c.type == PLACE]:
        names = gazetteer.venue_city(venue.name)
        if not names:
            continue
        keys = [gazetteer.fold(city[0]) if (city := gazetteer.city(n)) else gazetteer.fold(n) for n in names]
        if any((PLACE, k) in index for k in keys):
            continue
        city = index[(PLACE, keys[0])] = new(PLACE, (gazetteer.city(names[0]) or (names[0],))[0])
        city.mentions += [Mention(m.text, m.start, m.end, VENUE_MENTION) for m in venue.mentions]


def canonical_key(ent: Span) -> tuple[str, str, str | None]:
    """(grouping key, canonical name, ISO2) for a non-person mention."""
    text = ent.text
    if ent.label_ == COUNTRY or (ent.label_ == PLACE and gazetteer.country(text)):
        c = gazetteer.country(text)
        if c:
            return c.code, c.name, c.code
    if ent.label_ == ORGANIZATION:
        org = gazetteer.organization(text)
        if org is None and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "party":
            org = gazetteer.organization(f"{text} Party")  # "the Green party": the Greens
        if org:
            return gazetteer.fold(org.name), org.name, None
        if party := tagged_party(ent) or party_before_post(ent):
            return gazetteer.fold(party), party, None  # "D-Calif.", "Democratic Sen. X": the Democratic Party
    if ent.label_ == PLACE:
        city = gazetteer.city(text)
        if city:
            return gazetteer.fold(city[0]), city[0], None
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


def spelt(short: str, long: str, stripped: bool) -> bool:
    """Whether an acronym spells the initials of a name of two words or more (its capitalised words, or all
    words: "BOJ" for "Bank of Japan"); ``stripped``, those after a country's name it opens with ("NASA")."""
    every = [w for w in re.split(r"[\s-]+", long) if w]
    words = [w for w in every if w[:1].isupper()]
    if stripped:
        if not (words and gazetteer.country(words[0])):
            return False
        words, every = words[1:], every[1:]
    return len(words) > 1 and short in {"".join(w[0] for w in words), "".join(w[0] for w in every).upper()}


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


#: Words a state is named by alone, once its formal name is told: "on a working visit to the Kingdom".
STATE_HEAD_WORDS = {"kingdom", "sultanate", "emirate", "principality", "grand duchy"}


def merge_state_heads(clusters: list[Cluster], refs: dict[int, str]) -> None:
    """"The Kingdom" (also "the Sultanate", "the Emirate") is the one country the document names by a formal name
    opening with that word ("the Kingdom of Morocco"), else the one monarchy it names."""
    countries = [c for c in clusters if c.type == COUNTRY and c.mentions]
    for short in [c for c in clusters if c.mentions and {gazetteer.fold(m.text) for m in c.mentions} <= STATE_HEAD_WORDS]:
        head = gazetteer.fold(short.mentions[0].text)
        formal = [c for c in countries if c is not short and any(
            gazetteer.fold(m.text).startswith(head + " of ") for m in c.mentions)]
        monarchies = [c for c in countries if c is not short
                      and gazetteer.country_code_of(c.name, COUNTRY) in gazetteer.monarchies()]
        found = formal if len(formal) == 1 else monarchies if not formal and len(monarchies) == 1 else []
        if found:
            short.type = COUNTRY
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


#: Words that open a patronymic, after the given name by which its bearer is called: "Faisal bin Farhan" is Faisal.
PATRONYMIC_WORDS = {"bin", "ibn", "bint"}
#: Words of a patronymic that open the short form of a name ("Ould Ghazouani", "Ould Abdel Aziz", "Ag Ghaly").
PATRONYMIC_PARTICLES = PATRONYMIC_WORDS | {"ould", "ben", "ag", "abu", "wuld"}


def find_person(clusters: list[Cluster], words: list[str], position: int, doc: Doc | None = None) -> Cluster | None:
    """The person cluster a name belongs to: same surname and compatible given names (of two named before, the one
    holding an office by the titles in ``doc``)."""
    surname = name_key(words[-1])
    candidates = [c for c in clusters if c.type == PERSON and c.surname == surname]
    if len(words) > 1:
        # "Ould Ghazouani" for Mohamed Ould Cheikh El Ghazouani: a patronymic's particle and the last name
        candidates = [c for c in candidates if c.given is None or given_names_match(c.given, words[0]) or (
            words[0].lower() in PATRONYMIC_PARTICLES and name_key(words[0]) in map(name_key, c.name.split()[1:-1]))]
    else:  # a single word may also be a given name or a surname spelled as a full name's last word; not the father's
        # name a patronymic ends with ("Abdullah" is not Al Hussein bin Abdullah II)
        candidates = [c for c in candidates if not fathers_name_last(c.name)]
    if not candidates and len(words) == 1:
        # family name first ("Wang" for Wang Yi, "Kim" for Kim Jong Un): a single word that is the first
        # word of exactly one such name, and nobody's surname
        key = name_key(words[0])
        firsts = [c for c in clusters if c.type == PERSON and c.given and name_key(c.given) == key
                  and called_by_first_word(name_words(c.name.split()))]
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
    if not candidates:  # "Araqchi" after "Abbas Araghchi": a transliteration that swaps letters
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
    return max(earlier, key=lambda c: max(p for p in c.positions if p < position))


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


def learn_titles(doc: Doc, clusters: list[Cluster], refs: dict[int, str]) -> None:
    """Remember which country/organisation and role each person's title names."""
    by_key = {c.key: c for c in clusters}
    for ent in doc.ents:
        if ent.label_ != PERSON or ent.start not in refs:
            continue
        person = by_key[refs[ent.start]]
        for block in (block_before(ent), apposition_after(ent)):  # "X, Minister of Foreign Affairs of Y" too
            if block.role:
                person.roles.add(block.role)
                person.titles.update(block.titles)
            for party in block.parties:
                key = refs.get(party.start if isinstance(party, Span) else party.i)
                if key:
                    person.parties.add(key)


TITLE_PHRASE_DETS = {"the", "his", "her", "their", "its"}
#: Words that make a title phrase a description: "the first president to visit", "the last governor to meet X".
ORDINAL_WORDS = {"first", "last", "only", "next"}


#: Titles of one office under two names: "the Qatari premier" is Prime Minister X, "New Zealand's top diplomat" its
#: Foreign Minister X.
SAME_OFFICE = {"premier": "prime minister", "top diplomat": "foreign minister"}
#: Titles a report gives any head of state, government or party: they tell no post of their own.
GENERIC_TITLES = {"leader", "head", "chief", "head of state", "head of government"}
#: Words before a title that make it another, lower post: "the Deputy Prime Minister" is not the Prime Minister.
RANK_WORDS = {"deputy", "vice", "assistant", "under", "junior"}
#: Offices of heads of state or government that name one post: "the prime minister" is not the one titled
#: "President X" (but "the leader" may be).
HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan"}


def resolve_title_phrases(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """"the US president", "his Russian counterpart", "the Ukrainian leader" -> the person meant."""
    titles = gazetteer.titles()
    last_words = {t.split()[-1] for t in titles}
    people = [c for c in clusters if c.type == PERSON]
    bodies = {c.key for c in clusters if c.type == ORGANIZATION}
    wider = within_bodies(clusters)
    for tok in tokens_where(doc, lambda w: w in last_words, attr=LOWER):
        hyphen = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
        before = doc[tok.i - 2 if hyphen else tok.i - 1] if tok.i else None  # "the Secretary-General": three tokens
        two_words = f"{before.lower_} {tok.lower_}" if before is not None else ""
        three_words = f"{doc[tok.i - 2].lower_} {two_words}" if tok.i >= 2 and not hyphen else ""
        # "the Saudi crown prince", "the head of state"
        title = three_words if three_words in titles else two_words if two_words in titles else tok.lower_
        if tok.i in refs or tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"} or title not in titles:
            continue
        if any(t.i in refs and t.ent_type_ == PERSON for t in tok.children if t.dep_ in {"appos", "compound"}) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == PERSON and tok.i + 1 in refs):
            continue  # "his Russian counterpart Vladimir Putin", however parsed: the name itself is the mention
        inner = tok.left_edge.i >= 1 and doc[tok.left_edge.i - 1].lower_ in {"of", "for", "to"}
        after = None if inner else titled_apposition(tok, refs)  # (not "the President" in "Representative of the
        # President of the Russian Federation, X": a post inside X's)
        named = next((c for c in people if c.key == refs.get(after.i)), None) if after is not None else None
        if named is not None:  # "his Chinese counterpart, Wu Yi,": the name that follows, however parsed
            add(named, doc[tok.i : tok.i + 1], "title")
            continue
        if titled_apposition(tok, refs) is not None:
            continue  # "by the President of the Argentine Republic, X": the post of the name after it
        left = list(tok.lefts) if title != three_words else list(doc[tok.i - 2].lefts)  # "the head of state"
        # (not an adverb or comma the parser hung there: "Later, the visiting minister called on X" parsed with the
        # title the root)
        left = [c for c in left if c.dep_ not in {"advmod", "punct"}]
        shared = not left and tok.dep_ == "conj" and tok.head.lower_ in titles  # "The King and Queen": the article's
        left = [c for c in tok.head.lefts if c.dep_ == "det"] if shared else left
        bare = not hyphen and not shared and bare_title(tok, left, title)
        left = [doc[tok.i + 1 - len(title.split())]] if bare else left  # (the phrase is the title itself)
        possessive = bool(left) and left[0].lower_ not in TITLE_PHRASE_DETS and not bare
        headline = possessive and headline_title(tok, left, refs)  # "Somali president gets calls from X, Y"
        if not left or possessive and not headline and not party_possessive(tok, left[0], refs, clusters):
            continue
        if any(c.lower_ in ORDINAL_WORDS for c in left):
            continue  # "The last U.S. governor to meet X was Y": a description, no one named before
        if left[0].i >= 2 and doc[left[0].i - 1].text == "," and doc[left[0].i - 2].ent_type_ == PERSON and not (
                tok.dep_ in SUBJECT_DEPS and doc[left[0].i - 2].dep_ in {"dobj", "pobj"}):
            continue  # "X, the ministry spokeswoman, said": the apposition of the name before it (not "After meeting
            # X, the Spanish minister said": the object of a clause before, the title the subject)
        parties = {refs[t.i] for t in left if t.i in refs} if not shared else set()
        parties |= {k for p in parties for k in wider.get(p, ())}  # "the AU chief": the AU Commission's chairperson
        # "the Qatari premier": a prime minister
        role, words = titles[SAME_OFFICE.get(title, title)], set(SAME_OFFICE.get(title, title).split())
        k = tok.i - len(title.split()) - (hyphen and title == two_words)
        k -= k >= 1 and doc[k].text == "-"  # "the Under-Secretary-General"
        if k >= 0 and doc[k].lower_ in RANK_WORDS:  # "the Deputy Prime Minister" is no Prime Minister X
            words.add(doc[k].lower_)
        cands = [c for c in people if (parties & c.parties if parties else role in c.roles)
                 and (tok.lower_ == "counterpart" or not parties or role in c.roles or role in {"head", "official"}
                      or words <= c.titles)]
        earlier = [c for c in cands if any(p < tok.i for p in c.positions)]
        if headline:  # the story names the holder after its headline: the one holder of that post of that party
            holders = [c for c in cands if parties & c.parties and role in c.roles and words <= c.titles]
            earlier = holders if len(holders) == 1 else []
        if title in MONARCHS:
            earlier = [c for c in earlier if words <= c.titles]  # "the King" is no Pope Francis named before
        if not earlier and not parties and title in MONARCHS:
            # "The King and Queen had a private meeting with the Pope. (...) King Charles III": a throne has one holder,
            # named later too
            later = [c for c in cands if words <= c.titles]
            earlier = later if len(later) == 1 else []
        if not earlier and tok.lower_ == "counterpart" and parties:
            # "told his Turkish counterpart (...). Turkish Foreign Minister X": named only later, the one
            # holding the same office as the peer, if only one does
            roles = peer_roles(tok, people, refs, titles)
            later = [c for c in cands if roles & c.roles] if roles else []
            earlier = later if len({c.key for c in later}) == 1 else []
        cands = earlier
        if not parties and any(c.lower_ in VISITOR_WORDS for c in left):
            cands = from_abroad(doc, cands, refs, clusters)  # "the visiting minister": the one from abroad
        if role == "head" and title not in HEAD_OFFICES | GENERIC_TITLES and not words & HONORIFICS:
            cands = [c for c in cands if words <= c.titles]  # "the Secretary-General" is no president (but "the
            # crown prince" may be the one named "Crown Prince X", his rank no title of the block)
        if title in MONARCHS:
            cands = [c for c in cands if words <= c.titles]  # "the King" is no Emperor Naruhito
        if title in HEAD_OFFICES and not any(words <= c.titles for c in cands):
            # "the Prime Minister" is no President X, nor the head of a body ("the UN secretary general, X")
            cands = [c for c in cands if not any(set(office.split()) <= c.titles for office in HEAD_OFFICES)
                     and not (c.parties and c.parties <= bodies)]
        if parties and tok.lower_ != "counterpart":  # "Deputy Prime Minister and Foreign Minister X": a minister too
            cands = [c for c in cands if role in c.roles or not c.roles or words <= c.titles
                     or title in GENERIC_TITLES and c.roles & {"head", "counterpart"}]
            # ("the AU chief": its chairperson; "the Ghanaian leader": "his Ghanaian counterpart, X")
        if not cands and parties and title not in GENERIC_TITLES:
            # "the Saudi crown prince" after "Crown Prince X", whose title named no country (not "the Vietnamese
            # leader" after "Opposition Leader X": any head of state or government is a leader)
            cands = [c for c in people if words <= c.titles and not c.parties and min(c.positions) < tok.i]
            cands = cands if len(cands) == 1 and not (possessive and len([c for c in people if words <= c.titles]) > 1) \
                else []  # ("New Zealand's foreign minister": the one foreign minister the story names)
        if not cands and possessive:
            continue
        if not cands and parties and (tok.lower_ == "counterpart" or role == "head"):
            cands = untitled_peer(tok, people, refs)
            if not cands and role == "head" and tok.lower_ != "counterpart" and not parties <= bodies:
                # "President X (...) the Argentine leader": the one head of state named before with no country (not
                # "the UN secretary-general": a body's head is no head of state)
                heads = [c for c in people if c.roles == {"head"} and not c.parties and min(c.positions) < tok.i
                         and (words <= c.titles or title in GENERIC_TITLES and not c.titles & (MONARCHS | CLERGY))]
                # (no pope is a president, no prime minister "the US president")
                cands = heads if len(heads) == 1 else []
            for c in cands:  # now known: "the Brazilian president" later is them too
                c.parties |= parties
        if not cands and not parties and tok.text[:1].isupper() and role in {"head", "minister"} \
                and title not in MONARCHS:
            # a readout's "The Prime Minister spoke to X", its author named only in the header: the one
            # untitled person named before, who holds the office from now on
            cands = untitled_peer(tok, people, refs, any_party=True)
            for c in cands:
                c.roles.add(role)
                c.titles |= words
        if not cands and (named := named_next(tok, people, refs)) is not None:
            add(named, doc[left[0].i : tok.i + 1], "title")  # "The president of the Y held talks (...). X, a Swiss
            continue  # diplomat, used the meeting to": the one the next sentence opens with, named only now
        if not cands:
            continue
        if any(words <= c.titles for c in cands) or words & RANK_WORDS:  # "the chancellor" of a chancellor
            cands = [c for c in cands if words <= c.titles]  # and a president; "the deputy minister" of a deputy
            if not cands:
                continue
        best = max(cands, key=lambda c: max([p for p in c.positions if p < tok.i], default=-1))
        if not parties and len({c.key for c in cands}) > 1:
            best = main_candidate(cands, tok.i)  # a release's "the Minister": the one minister it is about
            if best is None:
                continue  # "the president" with several presidents around: too vague
        add(best, doc[tok.i if shared else left[0].left_edge.i : tok.i + 1], "title")  # ("New Zealand's ...")


def main_candidate(people: list[Cluster], before: int) -> Cluster | None:
    """The one of several holders of a post the text is about so far: named (by name) three times or more before
    ``before``, and twice as often as any other ("Minister X held talks with Y (...) Minister X said (...) the Minister
    will")."""
    named = sorted(((sum(1 for m, p in zip(c.mentions, c.positions) if p < before and m.kind == "name"), c.key, c)
                    for c in {c.key: c for c in people}.values()), key=lambda n: n[:2], reverse=True)
    if named and named[0][0] >= 3 and (len(named) == 1 or named[0][0] >= 2 * named[1][0]):
        return named[0][2]
    return None


def bare_title(tok, left: list, title: str) -> bool:
    """A capitalised title with no article that is a clause's subject, as a release writes it: "Prime Minister
    recalled his talks in Brasilia" (the title's own words only before it)."""
    words = title.split()
    return tok.text[:1].isupper() and tok.dep_ in SUBJECT_DEPS and all(
        c.i >= tok.i + 1 - len(words) and c.lower_ in words for c in left)


def from_abroad(doc: Doc, people: list[Cluster], refs: dict[int, str], clusters: list[Cluster]) -> list[Cluster]:
    """The people a title ties to a country other than the one the story is filed from: "ISLAMABAD - Iranian
    Foreign Minister X held talks with Foreign Minister Y. (...) the visiting minister": X (with no dateline, any
    country)."""
    by_key = {c.key: c for c in clusters}
    filed = dateline(doc, refs, {c.key: c.type for c in clusters})
    home = gazetteer.country_code_of(by_key[filed[0]].name, by_key[filed[0]].type) if filed else None
    return [c for c in people if any(p in by_key and by_key[p].type == COUNTRY and by_key[p].code != home
                                     for p in c.parties)]


def party_possessive(title, first, refs: dict[int, str], clusters: list[Cluster]) -> bool:
    """A country's or body's possessive ``first`` opens a title phrase that ends at its ``title`` word and stands
    alone: "New Zealand's foreign minister will hold talks" (not a name's own post: "Japan's Minister of Economy X",
    "Sudan's army chief General X", "X, then Pakistan's prime minister,", "Algeria's foreign minister at the time, X",
    "X, who became Pakistan's prime minister", "her first day as Mexico's president")."""
    key = refs.get(first.i)
    doc = title.doc
    named_after = any(doc[k].text == "," and doc[k + 1].ent_iob_ == "B" for k in range(title.i + 1, min(
        title.i + 7, len(doc) - 1)))  # (a name the model took for another kind's too)
    return first.dep_ == "poss" and key is not None and any(
        c.key == key and c.type in {COUNTRY, ORGANIZATION} for c in clusters) and not own_post(title) \
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in title.children) \
        and not any(t.ent_type_ == PERSON for t in doc[title.i + 1 : title.i + 4]) and not named_after \
        and not (first.i >= 2 and doc[first.i - 1].lower_ == "then")


def headline_title(tok, left: list, refs: dict[int, str]) -> bool:
    """A headline's title with no article, a country's demonym or name before it: "Somali president gets calls from
    X" (the first line of a text of several)."""
    doc = tok.doc
    first = doc[0].sent
    return tok.i < first.end and first.end < len(doc) and "\n" in doc[first.end - 1].whitespace_ + doc[first.end - 1].text \
        and all(t.i in refs or t.lower_ in gazetteer.title_words() for t in left) and any(t.i in refs for t in left) \
        and not own_post(tok)


def own_post(title) -> bool:
    """A title word that is someone's own post, not a phrase referring to them: in apposition, after "be", "become"
    or "as" ("X, who became Pakistan's prime minister", "her first day as Mexico's president"), or with more posts
    that lead to a name ("[New Zealand's Deputy Prime Minister] and Foreign Minister X")."""
    return title.dep_ in {"appos", "attr", "oprd"} or title.dep_ == "pobj" and title.head.lower_ == "as" \
        or post_before_name(title.doc, title.i + 1)


def post_before_name(doc: Doc, k: int) -> bool:
    """Title words from token k on lead to a person's name: "[Deputy Prime Minister] and Foreign Minister X"."""
    titles = gazetteer.title_words()
    while k < len(doc) and not doc[k].ent_type_ and (doc[k].lower_ in titles or doc[k].lower_ in {"and", "&"}
                                                     or doc[k].is_alpha and doc[k].text[:1].isupper()):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == PERSON


def within_bodies(clusters: list[Cluster]) -> dict[str, set[str]]:
    """Organisation key -> the keys of the organisations whose names extend its own: the "African Union Commission"
    is within the "African Union"."""
    orgs = [c for c in clusters if c.type == ORGANIZATION]
    return {c.key: {o.key for o in orgs if o.name.startswith(c.name + " ")} for c in orgs}


def named_next(tok, people: list[Cluster], refs: dict[int, str]) -> Cluster | None:
    """The person a subject title phrase no one named before holds, when the next sentence opens with a name not
    told before and its apposition: "The head of the UN agency arrived in Kyiv. X, who took office in May, met ..."."""
    doc = tok.doc
    if tok.dep_ not in SUBJECT_DEPS or tok.sent.end >= len(doc):
        return None
    k = tok.sent.end
    while k < len(doc) and (doc[k].is_space or doc[k].text in QUOTE_MARKS):
        k += 1
    person = next((c for c in people if c.key == refs.get(k)), None) if k < len(doc) else None
    name_end = k
    while name_end < len(doc) and refs.get(name_end) == refs.get(k):
        name_end += 1
    if person is None or doc[k].ent_iob_ != "B" or min(person.positions) < tok.i \
            or name_end >= len(doc) or doc[name_end].text != ",":
        return None
    return person


def resolve_styles(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """"His Highness also received a call": the person named last with that style ("His Highness Prince X"),
    when no name follows the style here; "His Highness the Amir received a call": the one named last with both."""
    people = {c.key: c for c in clusters if c.type == PERSON}
    styled: dict[tuple[str, str], str] = {}  # (style, title after it) -> the person named last with both
    titles = gazetteer.title_words()
    for tok in doc:
        if tok.lower_ not in STYLE_NOUNS or not tok.text[:1].isupper() or tok.i < 1 or doc[tok.i - 1].lower_ not in {
                "his", "her"}:
            continue
        # "His Highness the Amir (Sheikh X)": the style of the Amir, not of any Highness named last
        title = doc[tok.i + 2].lower_ if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "the" \
            and doc[tok.i + 2].lower_ in titles else ""
        after = next((t for t in doc[tok.i + 1 : tok.i + 4] if t.ent_type_ == PERSON and t.i in refs
                      and all(w.text[:1].isupper() and not w.is_punct for w in doc[tok.i + 1 : t.i])), None)
        # (capitalised words between, "His Highness Sheikh X", but not "His Majesty, President X" or "His Highness
        # and Mr. X")
        if after is not None and refs[after.i] in people:
            styled[(tok.lower_, title)] = refs[after.i]  # "His Highness Prince X"
        elif tok.i not in refs and (tok.lower_, title) in styled:
            add(people[styled[(tok.lower_, title)]], doc[tok.i - 1 : tok.i + 1], "title")


def styled(tok) -> bool:
    """"His" of a style, "His Royal Highness Prince X", "Her Majesty", "HE Dr. X" (His Excellency): no pronoun."""
    doc = tok.doc
    return excellency(tok) or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and (
        doc[tok.i + 1].lower_ in STYLE_NOUNS or doc[tok.i + 1].lower_ == "royal")


def untitled_peer(tok, people: list[Cluster], refs: dict[int, str], *, any_party: bool = False) -> list[Cluster]:
    """"X hosted Lula ... The French president greeted his Brazilian counterpart": the one person named in this
    sentence or the two before whom no title placed in a country (``any_party``: whatever their party) or gave
    a role (not the clause's subject), if there is just one."""
    start = window_start(tok, 2)
    subjects = {refs.get(c.i) for c in tok.head.children if c.dep_ in SUBJECT_DEPS}
    if tok.head.dep_ == "prep":
        subjects |= {refs.get(c.i) for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS}
    if tok.dep_ in SUBJECT_DEPS:  # "the Soviet leader called on Truman": not the one called on
        subjects |= {refs.get(o.i) for c in tok.head.children if c.dep_ in {"dobj", "prep", "prt"}
                     for o in (c, *c.children) if o.dep_ in {"dobj", "pobj"}}
    found = [c for c in people if (any_party or not c.parties) and not c.roles and c.key not in subjects
             and any(start <= p < tok.i for p in c.positions) and not by_writer(c, tok.doc)]
    return found if len(found) == 1 else []


def by_writer(person: Cluster, doc: Doc) -> bool:
    """Named only in bylines: "By X" opening a line is who wrote the story, no one in it."""
    return all(p >= 1 and doc[p - 1].lower_ == "by" and (p == 1 or "\n" in doc[p - 2].text + doc[p - 2].whitespace_)
               for p in person.positions)


def peer_roles(tok, people: list[Cluster], refs: dict[int, str], titles: dict[str, str]) -> set[str]:
    """The roles of the one whose counterpart tok is: the person "his/her" stands for, else the title of
    the clause's subject ("the Swiss foreign minister told his Turkish counterpart")."""
    by_key = {c.key: c for c in people}
    owners = [by_key[refs[c.i]] for c in tok.children if c.dep_ == "poss" and refs.get(c.i) in by_key]
    if owners and owners[0].roles:
        return set(owners[0].roles)
    subjects = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    if subjects and refs.get(subjects[0].i) in by_key:
        return set(by_key[refs[subjects[0].i]].roles)
    if subjects and subjects[0].lower_ in titles:
        return {titles[subjects[0].lower_]}
    return set()


def resolve_pronouns(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """he/she/him/her/his -> the latest person that was a subject before it, else the latest person; not
    one whose given name only the other sex bears, nor one a pronoun of the other sex in the same sentence stands
    for ("she sat behind X as he negotiated": he is X, the one of the other sex just named)."""
    person_at = {}
    for c in clusters:
        if c.type == PERSON:
            for p in c.positions:
                person_at[p] = c
    starts = sorted(person_at)
    by_key = {c.key: c for c in clusters if c.type == PERSON}
    for tok in tokens_where(doc, lambda w: w in PRONOUNS, attr=LOWER):
        if tok.pos_ != "PRON" or tok.i in refs or styled(tok):
            continue
        other_sex = {"m": "f", "f": "m"}[PRONOUN_SEX[tok.lower_]]
        told = {refs[t.i] for t in doc[tok.sent.start : tok.i] if t.i in refs and t.pos_ == "PRON"
                and PRONOUN_SEX.get(t.lower_) == other_sex}  # whom the other sex's pronouns before stand for
        fits = {k for k, c in by_key.items() if sex_of(c) != other_sex} - told
        # the clause's grammar goes over a dictionary's sex of a given name when no one named before the pronoun
        # fits ("Egyptian Foreign Minister Sameh X is due to travel to Munich, where he will meet Y")
        grammar = fits if any(person_at[p].key in fits for p in starts if p < tok.i) else \
            fits | {k for k, c in by_key.items() if not any(t in SEXED_TITLES for t in c.titles)} - told
        owner = _coordinated_owner(tok, refs)  # "X's tour and his attempts": X
        if owner is not None and owner in grammar:
            add(by_key[owner], doc[tok.i : tok.i + 1], "pronoun")
            continue
        speaker = _reported_speaker(tok, refs)  # "X said he would", "Y, who said he would": the speaker
        if speaker is not None and speaker in grammar:
            add(by_key[speaker], doc[tok.i : tok.i + 1], "pronoun")
            continue
        later_subject = _fronted_for(tok, refs)  # "After his meeting with X, Vance posted"
        if later_subject is not None and later_subject in person_at and person_at[later_subject].key in grammar:
            add(person_at[later_subject], doc[tok.i : tok.i + 1], "pronoun")
            continue
        relative = _relative_head(tok, refs)  # "X, who had challenged Y to meet him": X
        if relative is not None and relative in grammar:
            add(by_key[relative], doc[tok.i : tok.i + 1], "pronoun")
            continue
        titled = _titled_subject(tok, refs)  # "The Special Envoy for Y, X, travelled to Z, where he met W": X
        if titled is not None and titled in grammar:
            add(by_key[titled], doc[tok.i : tok.i + 1], "pronoun")
            continue
        traveller = _traveller_where(tok, refs)  # "X arrived in Z, where he was welcomed by W": X
        if traveller is not None and traveller in grammar:
            add(by_key[traveller], doc[tok.i : tok.i + 1], "pronoun")
            continue
        if traveller == UNNAMED:
            continue  # "the Minister will proceed to Z, where he will meet W": whoever the Minister is, not W's peer
        own_subjects = clause_subjects(tok, refs)  # "X spoke with Y and will host him": him is not X
        before = [p for p in starts if p < tok.i and tok.i - p < 80 and person_at[p].key not in own_subjects
                  and person_at[p].key in (grammar if p >= tok.sent.start else fits)]
        if not before:
            continue
        sent_start = tok.sent.start
        subjects = [p for p in before if doc[p].dep_ in SUBJECT_DEPS or _subject_head(doc[p])]
        if tok.dep_ in SUBJECT_DEPS and main_clause(tok.head) and not any(p >= sent_start for p in before):
            # "X said Y was ready. He also declined to comment": a sentence's subject goes on from the last one's
            # main clause, not from a clause inside it
            main = [p for p in subjects if _main_subject(doc[p])]
            subjects = main if main and main[-1] >= sent_start - 60 and doc[main[-1]].sent.end >= sent_start - 1 \
                else subjects
        # a subject near; else a person of the sentence before; else the story's subject further back; else the latest
        prev_start = doc[sent_start - 1].sent.start if sent_start else 0
        pick = subjects[-1] if subjects and subjects[-1] >= sent_start - 60 \
            else before[-1] if before[-1] >= prev_start \
            else subjects[-1] if subjects and subjects[-1] >= sent_start - 150 else before[-1]
        # "Y, who asked X to form a government, will receive him": the object is the one just named in its sentence,
        # not the last subject (but not the one a relative clause holding it is about: "Y, who called on her")
        about = [a.head for a in tok.ancestors if a.dep_ == "relcl"]
        here = [p for p in before if p >= sent_start and not described(doc, p, about)
                and (entity_at(doc, p) or doc[p : p + 1]).root.dep_ != "poss"]  # (not "X's predecessor")
        if tok.dep_ in OBJECT_DEPS and here or told and here:
            pick = here[-1]  # (and "she sat behind X as he negotiated": the one of the other sex just named)
        add(person_at[pick], doc[tok.i : tok.i + 1], "pronoun")
        person_at[tok.i] = person_at[pick]  # a mention now: "X said ... ," he said. He confirmed ...": X
        bisect.insort(starts, tok.i)


def described(doc: Doc, start: int, heads: list) -> bool:
    """The name starting at ``start`` is what one of the relative clauses with these ``heads`` is about ("X, the
    ambassador, who called on her"), by itself or through its apposition."""
    ent = entity_at(doc, start)
    span = range(ent.start, ent.end) if ent is not None else range(start, start + 1)
    return any(h.i in span or h.dep_ == "appos" and h.head.i in span for h in heads)


def main_clause(verb) -> bool:
    """The verb heads its sentence's main clause, or the clause a source's verb after it reports ("On Sunday she
    received X, Downing Street said")."""
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i \
        and verb.head.lemma_.lower() in REPORT_VERBS


#: Titles only one sex holds: "Queen Camilla" is a woman, though her name alone tells no sex.
SEXED_TITLES = {"king": "m", "emperor": "m", "sultan": "m", "emir": "m", "amir": "m", "crown prince": "m",
                "grand duke": "m", "queen": "f", "empress": "f", "crown princess": "f"}


def sex_of(person: Cluster) -> str | None:
    """"m" or "f" as a person's given name (borne by one sex only) or title tells, else None."""
    words = person.name.split()
    if len(words) == 2 and words[0].isupper() and len(words[0]) > 1 and words[1].istitle():
        return gazetteer.name_gender(words[1])  # "KAMIKAWA Yoko": the family name in capitals, put first
    if person.given:
        return gazetteer.name_gender(person.given)
    return next((SEXED_TITLES[t] for t in person.titles if t in SEXED_TITLES), None)


def resolve_first_person(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """I/me/my inside a quotation -> the person it is attributed to ('"When I spoke to X last week, we
    agreed ...," Y told the paper': Y spoke to X); in a transcript's turn, the person its label names
    ("SIKORSKI: I spoke with Secretary Blinken on Friday")."""
    people = {c.key: c for c in clusters if c.type == PERSON}
    by_surname: dict[str, list[Cluster]] = {}
    for c in people.values():
        if c.surname and c.given:
            by_surname.setdefault(c.surname, []).append(c)
    for tok in tokens_where(doc, lambda w: w in FIRST_PERSON, attr=LOWER):
        if tok.pos_ != "PRON" or tok.i in refs:
            continue
        if (key := quote_speaker(tok, refs)) in people:
            add(people[key], doc[tok.i : tok.i + 1], "pronoun")
        elif (label := turn_label(tok)) and len(named := by_surname.get(name_key(label), [])) == 1:
            add(named[0], doc[tok.i : tok.i + 1], "pronoun")


#: Labels of a transcript's turns that name no one: "QUESTION:", "MODERATOR:".
ANONYMOUS_LABELS = {"q", "question", "moderator", "host", "anchor", "interviewer", "reporter", "spokesperson",
                    "spokesman", "spokeswoman", "participant", "audience", "operator"}


def turn_label(tok) -> str | None:
    """The last word of the speaker label opening the line a token is on, in a transcript ("SIKORSKI:",
    "MR. PRICE:", "SECRETARY BLINKEN:"): words in capitals and a colon; None if the line opens with none."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    colon = next((k for k in range(start, min(tok.i, start + 5)) if doc[k].text == ":"), None)
    words = [t for t in doc[start:colon] if t.text != "."] if colon is not None and colon > start else []
    if not words or not all(t.is_alpha and t.text.isupper() for t in words) \
            or words[-1].lower_ in ANONYMOUS_LABELS or len(words[-1]) < 3:
        return None
    return words[-1].text


def quote_speaker(tok, refs: dict[int, str]) -> str | None:
    """The entity a quotation holding the token is attributed to, by a verb of saying right after the
    quotation closes or right before it opens, else by the last one before it, within the paragraph; None if
    the token is not quoted."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    marks = [t.i for t in doc[start : tok.i] if t.text in QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return None
    opening = marks[-1]
    closing = next((t.i for t in doc[tok.i : min(len(doc), tok.i + 150)] if t.text in QUOTE_MARKS
                    or "\n" in t.whitespace_), None)
    windows = [doc[max(start, opening - 8) : opening]]
    if closing is not None and doc[closing].text in QUOTE_MARKS and "\n" not in doc[closing].whitespace_:
        end = next((t.i + ("\n" not in t.text) for t in doc[closing + 1 : min(len(doc), closing + 9)]
                    if "\n" in t.text + t.whitespace_), min(len(doc), closing + 9))
        windows.insert(0, doc[closing + 1 : end])  # within the paragraph: not "... April." Risch said next
    # else the speaker of a quotation before it in the paragraph: '"...," X told reporters. "I spoke with Y."'
    windows.append(list(doc[start:opening])[::-1])
    for window in windows:
        for verb in window:
            if verb.lemma_.lower() in ATTRIBUTION_VERBS and verb.pos_ == "VERB":
                said_by = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in refs]
                if said_by:
                    return refs[said_by[0].i]
    return None


def clause_subjects(tok, refs: dict[int, str]) -> set[str]:
    """The people an object pronoun cannot be: the subject of its own clause, or of the verb the
    clause's verb is coordinated with ("X spoke with Y and will host him")."""
    if tok.dep_ == "poss" and tok.head.ent_type_ == "DATE" and tok.head.dep_ == "pobj":
        tok = tok.head  # "held talks with her last month" parsed as "with (her last month)"
    if tok.dep_ not in {"dobj", "dative", "pobj"} or tok.lower_ not in {"him", "her", "them"} and tok.ent_type_ != "DATE":
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    return {refs[i] for c in subjects for i in range(c.left_edge.i, c.i + 1) if i in refs}


def _coordinated_owner(tok, refs: dict[int, str]) -> str | None:
    """A possessive pronoun in a phrase coordinated with a person's own: "X's tour and his attempts" -> X; or with
    the person: "talks with intelligence chief X and his deputy, Y" -> X."""
    if tok.dep_ != "poss" or tok.lower_ not in {"his", "her"}:
        return None
    head = tok.head
    if head.dep_ == "conj" and head.head.i in refs and head.head.ent_type_ == PERSON and head.head.i < tok.i:
        return refs[head.head.i]
    while head.dep_ == "conj" and head.head != head:
        head = head.head
        owners = [c for c in head.children if c.dep_ == "poss" and c.i in refs]
        if owners:
            return refs[owners[0].i]
    return None


def _fronted_for(tok, refs: dict[int, str]) -> int | None:
    """The start of the main subject's name when a pronoun sits in a phrase fronted before it; not when
    a person is named before the pronoun ("X flies to Y, where he will ..., Z told reporters": X)."""
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subj or subj[0].i <= tok.i or subj[0].i not in refs:
        return None
    if root.lemma_.lower() in ATTRIBUTION_VERBS and any(a.dep_ == "ccomp" and a.head == root for a in tok.ancestors):
        return None  # "On Monday he held calls with Y, X said": the source, not the one told of
    if any(t.i in refs and t.ent_type_ == PERSON for t in tok.doc[tok.sent.start : tok.i]):
        return None
    key = refs[subj[0].i]
    start = subj[0].i
    while start - 1 >= 0 and refs.get(start - 1) == key:
        start -= 1
    return start


def _titled_subject(tok, refs: dict[int, str]) -> str | None:
    """The one person named inside the sentence's subject when the subject is a title phrase, for a pronoun after
    the main verb: "the Special Representative of Y for Z, X, travelled to Niamey, where he met W" -> X."""
    root = tok.sent.root
    if tok.i <= root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i in refs or subject.pos_ == "PRON":
        return None
    people = {refs[t.i] for t in subject.subtree if t.i in refs and t.ent_type_ == PERSON}
    return people.pop() if len(people) == 1 else None


#: What :func:`_traveller_where` returns for a traveller named by a title only, whom no one was found for.
UNNAMED = ""


def _traveller_where(tok, refs: dict[int, str]) -> str | None:
    """The person who travels somewhere, for a subject pronoun of the "where" clause about the place: "X arrived at
    the Y air base, where he was welcomed by W", "X will travel to Z, where she will meet W" -> X; UNNAMED for a
    title whose holder is unknown ("the Minister will proceed to Z, where he ...")."""
    clause = tok.head
    if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl" or not any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
        return None
    verb = clause.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head  # "arrived in Z, where": up from the place to the verb of the journey
    if verb.lemma_.lower() not in TRAVEL_VERBS:
        return None
    people = [refs[c.i] for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in refs and c.ent_type_ == PERSON]
    if not people and any(c.dep_ in SUBJECT_DEPS and c.i not in refs and c.lower_ in gazetteer.title_words()
                          for c in verb.children):
        return UNNAMED  # "the Minister will proceed to Z, where he ...": a title no one was found for
    return people[0] if len(people) == 1 else None


def _reported_speaker(tok, refs: dict[int, str]) -> str | None:
    """The speaker a subject pronoun of reported speech stands for: "X said he would", "Y, who said she was
    ready" (the person the relative pronoun follows), "X told reporters he ..."; None otherwise, and when the speaker
    comes after the speech ("On Thursday he is due in Entebbe, spokesperson X said": one told before)."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "who called X a liar and said he would": the subject of "called"
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subj.i in refs and subj.ent_type_ == PERSON and subj.i < tok.i:
            return refs[subj.i]
        if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl" and verb.head.i in refs \
                and verb.head.ent_type_ == PERSON:
            return refs[verb.head.i]
    return None


def _relative_head(tok, refs: dict[int, str]) -> str | None:
    """The person a relative clause opened by "who" is about, for an object pronoun in a clause the relative clause's
    verb governs: "X, who had challenged Y to meet him" -> X (him is not Y, who is to do the meeting; but in "X, who
    called on her", her is not X)."""
    if tok.dep_ not in {"dobj", "pobj"} or tok.lower_ not in {"him", "her"}:
        return None
    own = verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while verb.dep_ in {"xcomp", "ccomp"} and verb.head != verb and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    if verb == own or verb.dep_ != "relcl" or verb.head.ent_type_ != PERSON or verb.head.i not in refs:
        return None
    return refs[verb.head.i] if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) else None


def _main_subject(tok) -> bool:
    """The token is in the subject of its sentence's main verb."""
    while tok.dep_ in {"compound", "flat", "appos"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"


def _subject_head(tok) -> bool:
    """The token is inside a subject noun phrase (its head chain reaches nsubj before a verb), or a name the parser
    made the sentence's root with its verb a clause on it ("X, who ..., spent Thursday in Y": "spent" an acl)."""
    while tok.dep_ in {"compound", "flat", "appos", "det", "amod"} and tok.head != tok:
        tok = tok.head  # (a title mention opens with its article: "The pope will then fly")
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i for c in tok.children)
