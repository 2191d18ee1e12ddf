"""Words for :mod:`kg.nlp.entities`: which words may be part of a name, the English dictionary,
and the word sets and city sizes the rules of several entity modules share.

- ``is_name_word``: a capitalised word that may be part of a person's name;
- ``known_name``: a country, city, people or organisation of the gazetteers;
- ``surnames_of``: the family names of the people a document names in full;
- ``CommonWords``: the pipeline's English dictionary ("Reading" and "Bury" are words, not only towns).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Span

from kg.model import PERSON
from kg.nlp import gazetteer
from kg.nlp.gazetteer import LEGAL_FORMS

#: Words naming a government portfolio, which with a title make a post, not a name: "Business and Trade
#: Secretary X", "Commerce Minister X", "Chancellor of the Exchequer".
PORTFOLIO_WORDS = {"business", "trade", "commerce", "industry", "finance", "economy", "economic", "defence", "defense",
                   "interior", "foreign", "home", "health", "energy", "justice", "education", "agriculture",
                   "environment", "transport", "labour", "labor", "culture", "tourism", "exchequer", "affairs",
                   "external", "security", "development", "housing", "communications", "infrastructure", "climate",
                   "investment", "investments", "immigration", "digital", "science", "technology", "fisheries", "water",
                   "mines", "petroleum", "oil", "planning", "commonwealth", "international", "relations", "cooperation",
                   "national", "homeland", "public", "veterans", "social", "welfare", "safety", "works",
                   "information", "broadcasting", "law", "parliamentary", "religious", "youth", "sports", "women",
                   "family", "railways", "aviation", "power", "maritime", "shipping", "food", "textiles", "revenue",
                   "political", "arms", "control", "consular", "multilateral", "expatriates", "diaspora", "emigrants",
                   "brexit", "budget", "integration", "regional", "emigration", "migration", "employment", "innovation",
                   "research", "treasury", "lands", "forestry", "mining", "industries", "natural", "resources",
                   "heritage", "worship",
                   "arts", "media", "telecommunications", "urban", "rural", "humanitarian", "disaster", "management",
                   "african", "european", "europe", "bilateral", "road", "roads", "highways", "ports", "waterways",
                   "civil", "steel", "coal", "chemicals", "fertilizers", "fertilisers", "consumer", "enterprises",
                   "entrepreneurship", "skill", "tribal", "minority", "earth", "sciences", "electronics", "renewable",
                   "gas", "processing", "statistics", "rail", "sport", "wildlife", "oceans", "space", "equality",
                   "children", "communities", "transportation", "cooperatives", "livestock", "irrigation", "agrarian",
                   "policy", "armed", "forces", "intelligence", "military", "operations", "legal", "action",
                   "protection", "conservation", "nature", "nuclear", "reconstruction", "digitalisation",
                   "digitalization", "federal", "partnerships", "francophonie", "solidarity", "decentralisation",
                   "decentralization", "territorial", "local", "unification", "reunification", "overseas"}
#: A chamber's bare name, which many states give theirs: "the Senate" is the US Senate only in a report that names
#: the United States ("Senate President X" of Cambodia's is not) and no other country's Senate (kg.nlp.aliases).
CHAMBER_WORDS = {"senate", "congress"}
#: Building nouns a report writes in lower case after a venue's own name: "at the Ritz-Carlton hotel".
VENUE_NOUNS_AFTER = {"hotel", "palace", "resort", "residence", "guesthouse", "castle", "mansion", "villa"}
#: Head words of the names of standing forums: a body's name, never a place, and no party to its own meetings ("the
#: Shangri-La Dialogue", "the next meeting of the India-Central Asia Dialogue", "the Doha Forum").
STANDING_FORUM_HEADS = {"Dialogue", "Forum"}
#: Words naming a standing format of talks between sides, whose meetings have the sides as parties, not the format:
#: "the Joint Commission on Bilateral Cooperation", "the Bilateral Consultation Mechanism".
JOINT_WORDS = {"joint", "bilateral", "binational", "bi-national", "mechanism", "intergovernmental"}


def joint_format(span) -> bool:
    """A standing format of talks between sides: a name with a word of JOINT_WORDS, or opening with two known
    countries or bodies joined by a hyphen ("the EU-Egypt Association Council", "the Türkiye-Qatar Supreme Strategic
    Committee")."""
    words = [t for t in span if t.lower_ != "the"]
    if any(t.lower_ in JOINT_WORDS for t in words):
        return True
    return len(words) >= 4 and words[1].text in {"-", "–"} and not words[0].whitespace_ and not words[1].whitespace_ \
        and all(gazetteer.country(t.text) or gazetteer.organization(t.text) for t in (words[0], words[2]))


#: Capitalised words inside titles that the model tags as names ("Secretary of State", "Caretaker Chancellor X").
TITLE_WORDS_NOT_NAMES = {"prime", "state", "foreign", "defence", "defense", "interior", "vice", "deputy", "affairs",
                         "caretaker", "interim", "outgoing", "incoming", "personal", "special"}
#: A company's or a school's boards, named by their kind alone: "Chairman of the Board of Directors X" names no body
#: of its own (the company's, named around it, is the party).
GENERIC_BOARDS = {"board of directors", "board of trustees", "board of governors", "supervisory board",
                  "management board", "board of management"}
#: A one-word name the model calls a person is taken for a city only if the city is this big
#: (or the name follows "in", "at"...): many surnames are also the names of small towns.
BIG_CITY = 1_000_000
#: ... or this big and no given name (a town named like a given name may well be a surname).
CITY = 100_000
INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")

#: Letters, or letters around apostrophes inside one word: "Nuku'alofa", "Ta'izz", "N'Djamena".
_LETTERS = re.compile(r"[^\W\d_]+(?:['’‘][^\W\d_]+)*")


def letters(tok) -> bool:
    """The token is a word of letters, apostrophes inside it allowed: "Nuku'alofa" is one word as "Apia" is."""
    return tok.is_alpha or bool(_LETTERS.fullmatch(tok.text))


#: ... and the words, legal forms among them, that end a company's or a group's full name, whose first words alone
#: name it too: "Carrington" and "Carrington Foods" for "Carrington Foods Inc.", "Chiquita" for "Chiquita Brands
#: International".
COMPANY_ENDINGS = LEGAL_FORMS | {"Corporation", "Company", "Incorporated", "Limited", "International", "Group",
                                 "Holdings", "Industries", "Brands", "Enterprises", "Technologies", "Airlines"}
#: Quote marks as tokens: around a nickname ('Frederick "Fritz" Doe') or a work's title.
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
#: Lower-case words inside people's names: "Joost van der Westhuizen".
NAME_PARTICLES = {"van", "der", "de", "den", "von", "da", "di", "del", "della", "le", "la", "al", "el", "bin", "ibn",
                  "dos", "das", "do", "du", "des"}
#: The Arabic article of family names in all its written forms, lower-cased: "al-Sudani", "el-Sisi", "Al Thani",
#: "ash-Shara" (NAME_PARTICLES holds the two a name goes on through).
NAME_ARTICLES = {"al", "el", "ul", "ad", "ash", "as", "at", "az", "ar", "an"}
#: The continents' names, no person's or club's: "NATO's Supreme Allied Commander Europe".
CONTINENTS = {"europe", "asia", "africa", "america", "oceania", "antarctica", "australasia"}
#: Words for kinds of area, never part of a person's name: "Montgomery County", "Jersey City".
AREA_WORDS = {"county", "province", "district", "city", "oblast", "krai", "okrug", "governorate", "prefecture",
              "municipality", "region"}
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "june", "july", "august", "september", "october",
                  "november", "december"}


#: A word of letters with one apostrophe between them: "O'Brien", "Mata'afa", "N'Djamena".
INNER_APOSTROPHE = re.compile(r"^[^\W\d_]+['’‘][^\W\d_]+$")


def is_name_word(tok) -> bool:
    """A capitalised word that may be part of a person's name (not a title, cue or place)."""
    text = tok.text
    if INITIAL.match(text):
        return True
    if not (text[:1].isupper() and (tok.is_alpha or INNER_APOSTROPHE.match(text))
            or (len(text) == 2 and text[1] == "." and text[0].isupper())):
        return False  # (a name may hold an apostrophe between letters: "O'Brien", "Mata'afa")
    low = tok.lower_
    return not (low in STOP_WORDS or low in AREA_WORDS or low in gazetteer.title_words() or low in gazetteer.cue_words("org")
                or gazetteer.country(text) or gazetteer.demonym(text))


def family_name(span: Span) -> Span:
    """The family name a person's name ends with: its last word, or a double-barrelled name written
    with a hyphen ("Phumzile Mlambo-Ngcuka", tokenised "Mlambo - Ngcuka"; not the given name of "Ma Ying-jeou")."""
    if len(span) >= 4 and span[-2].text in ("-", "–") and not span[-3].whitespace_ and not span[-2].whitespace_ \
            and span[-1].text[:1].isupper():
        return span[-3:]
    return span[-1:]


#: A regnal number after a monarch's name: "Felipe VI", "Leo XIV".
REGNAL_NUMBER = re.compile(r"^[IVXL]{1,5}$")


def surnames_of(typed: list[tuple[Span, str]]) -> set[str]:
    """The surnames of the people named with more than one word: each name's last word, its double-barrelled
    family name ("Cortez" and "Ocasio-Cortez"), the first of two family names ("Ríos" of "Gonzalo Ríos
    Benavides", as Spanish and Portuguese names end), the name before "da Silva" ("Lula") and a regnal name ("Leo" of
    "Leo XIV", alone later)."""
    return {w for s, t in typed if t == PERSON and len(s) > 1
            for w in {s[-1].text, family_name(s).text} | ({s[-2].text} if first_of_two_family_names(s) else set())
            | ({s[-2].text} if REGNAL_NUMBER.match(s[-1].text) and s[-2].text.istitle() else set())
            | ({s[-3].text} if name_before_particle(s) else set())}


def name_before_particle(span: Span) -> bool:
    """The word before a particle and the last word of a long name is a name the person goes by: "Lula" of "Luiz
    Inácio Lula da Silva" (the third word or later, capitalised; not "Laura" of "Maria Laura da Rocha")."""
    return len(span) >= 5 and span[-2].lower_ in NAME_PARTICLES and span[-3].is_alpha and span[-3].text.istitle() \
        and span[-3].lower_ not in NAME_PARTICLES


#: Initials glued to the name after them, as Central Asian readouts write names: "T.Narbaeva", "Sh.Mirziyoyev" (one
#: token).
GLUED_INITIALS = r"(?:[A-Z][a-z]?\.)+"
_GLUED_NAME = re.compile(rf"^{GLUED_INITIALS}([A-Z][a-z]+(?:['’-][A-Za-z]+)*)$")
_GLUED_APART = re.compile(rf"\b({GLUED_INITIALS})(?=[A-Z][a-z])")


def glued_surname(text: str) -> str | None:
    """The surname of a name written with glued initials ("Narbaeva" of "T.Narbaeva"), or None."""
    found = _GLUED_NAME.match(text)
    return found[1] if found else None


def unglued(text: str) -> str:
    """A name with glued initials set apart from the name after them: "T.Narbaeva" -> "T. Narbaeva"."""
    return _GLUED_APART.sub(r"\1 ", text)


def first_of_two_family_names(span: Span) -> bool:
    """The word before a name's last is a family name of its own: a capitalised word of a name of three words or
    more that is no given name nor particle ("Ríos" of "Gonzalo Ríos Benavides", not "Luiz Inácio Lula")."""
    return len(span) >= 3 and span[-2].is_alpha and span[-2].text[:1].isupper() and not span[-1].text.isupper() \
        and span[-2].lower_ not in NAME_PARTICLES and not gazetteer.given_name(span[-2].text) \
        and all(is_name_word(t) for t in span[-3:])  # (not "Energy" of "India Energy Week" taken for a person)


def known_name(word: str) -> bool:
    """A country, city, region of the world, people or organisation of the gazetteers."""
    return bool(gazetteer.country(word) or gazetteer.city(word) or gazetteer.demonym(word)
                or gazetteer.organization(word) or gazetteer.fold(word) in gazetteer.world_regions())


class CommonWords:
    """``common_word(low)``: a word of the English dictionary (the lemmatizer's WordNet index),
    inflections included. The index is read at the first question, from the pipeline as it is then."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._common: frozenset[str] | None = None

    def __call__(self, low: str) -> bool:
        if self._common is None:
            words: set[str] = set()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    words = {w for ws in lookups.get_table("lemma_index").values() for w in ws}
                if lookups is not None and lookups.has_table("lemma_exc"):
                    words |= {w for table in lookups.get_table("lemma_exc").values() for w in table}
            self._common = frozenset(words)
        if low in self._common:
            return True
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", "")):
            if low.endswith(suffix) and len(low) > len(suffix) + 2 and low[: -len(suffix)] + repl in self._common:
                return True
        return False


#: Prefixes written capitalised before a hyphen and a name: "Inter-Libyan", "Pan-African", "Anti-Government".
PREFIXES = {"inter", "intra", "pan", "anti", "pro", "post", "pre", "trans", "non", "neo", "sub", "mid", "ex", "ibero"}


def hyphen_country(words: Span) -> bool:
    """The words are a country's name with a hyphen ("Timor-Leste", "Guinea-Bissau"), not two names joined by one
    ("DPRK-China", which the country's names match by its first word)."""
    whole = gazetteer.country(words.text)
    return whole is not None and whole.code != getattr(gazetteer.country(words[0].text), "code", None)


#: Last words of the names of agreements and texts: "the Ankara Declaration", "the Minsk Agreements".
DOCUMENT_HEADS = {"Declaration", "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Protocol", "Memorandum",
                  "Communique", "Communiqué", "Pact", "Charter", "Resolution", "Plan", "Deal", "Credence",
                  "Credentials"}
#: First words of the names of texts: "Memoranda of Understanding", "Memorandum of Cooperation".
DOCUMENT_OPENERS = {"Memorandum", "Memoranda", "MoU", "MoUs"}
#: Initials of kinds of agreement, which name a text, not a party: "FTA talks", "the CEPA", "a new MoU".
DOCUMENT_ACRONYMS = {"FTA", "FTAs", "MoU", "MoUs", "MOU", "MOUs", "CEPA", "CECA", "EPA", "TIFA", "SOFA", "JCPOA"}


def spelt(short: str, long: str, stripped: bool) -> bool:
    """Whether an acronym spells the initials of a name of two words or more (its capitalised words, or all
    words: "BOJ" for "Bank of Japan"; an acronym among them whole: "UNOWAS"); ``stripped``, those after a country's
    name it opens with ("NASA")."""
    every = [w for w in re.split(r"[\s-]+", long) if w]
    words = [w for w in every if w[:1].isupper()]
    if stripped:
        if not (words and gazetteer.country(words[0])):
            return False
        words, every = words[1:], every[1:]
    # (an acronym among the words spells itself: "UNOWAS" for "UN Office for West Africa and the Sahel")
    whole = "".join(w if w.isupper() and w.isalpha() else w[0] for w in words)
    return len(words) > 1 and short in {"".join(w[0] for w in words), "".join(w[0] for w in every).upper(), whole}
