"""Spelling-insensitive keys of name words: Zelenskyy / Zelenskiy / Zelensky, Volodymyr / Vladimir.

Plain string functions (no spaCy), shared by the alias resolver (kg.nlp.aliases), the entity
component and the cross-document resolver (kg.resolve), which must not need a model to load.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import gazetteer

#: Given names that are transliterations of each other (same person, different spelling).
_VARIANT_SPELLINGS = [{"volodymyr", "vladimir", "wolodymyr"}, {"oleksandr", "alexander", "aleksandr"},
                      {"mykola", "nikolai", "nikolay"}, {"andriy", "andrei", "andrey"},
                      {"mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "mohammod"},
                      {"ahmed", "ahmad"}, {"hussein", "husain", "hussain", "husayn"},
                      {"yusuf", "youssef", "yousef", "yousuf", "yusef"}]


#: The Arabic article joined to a family name: "al-Burhan", "el-Sissi", "Al-Sabah".
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar)-(?=[a-z]{3})")


@lru_cache(maxsize=65536)  # (asked for the same words again and again)
def name_key(word: str) -> str:
    """A spelling-insensitive key for one name word: Zelenskyy, Zelenskiy, Zelensky -> zelensky; al-Burhan,
    Burhan -> burhan (an Arabic article joined by a hyphen is no part of the key)."""
    key = re.sub(r"[^a-z]", "", ARTICLE_PREFIX.sub("", gazetteer.fold(word)))
    key = re.sub(r"(iy|yy|ii|ij|yi)$", "y", key)
    key = re.sub(r"i$", "y", key)  # Dmitri/Dmitry, Sergei/Sergey
    key = key.replace("ks", "x").replace("kh", "h").replace("w", "v")
    return key


@lru_cache(maxsize=65536)
def loose_key(word: str) -> str:
    """A looser key for transliterations that swap letters, not only endings: Araghchi / Araqchi,
    Mahmoud / Mahmud, Shareef / Sharif, Hassan / Hasan, Tokayev / Tokaev, Aliyev / Aliev. Only for joining a
    spelling to a name already known (kg.resolve): a node's IRI keeps the :func:`name_key` of its first spelling."""
    key = re.sub(r"(?<=[aeiou])gh", "q", name_key(word)).replace("q", "k").replace("ou", "u").replace("ee", "i")
    key = re.sub(r"(?<=[aeiou])y(?=e)", "", key)  # the "y" a Russian transliteration writes before an "e"
    return re.sub(r"(.)\1", r"\1", key)


@lru_cache(maxsize=65536)
def loose_surname_key(word: str) -> str:
    """:func:`loose_key` for a family name, whose long forms may also end in another vowel: Dissanayake /
    Dissanayaka, Lukashenko / Lukashenka (never for given names: Mario and Maria are two people)."""
    key = loose_key(word)
    return key[:-1] if len(key) >= 7 and key[-1] in "aeiouy" else key


#: The same groups as name keys (see name_key), which is how names are compared.
GIVEN_NAME_VARIANTS = [{name_key(n) for n in group} for group in _VARIANT_SPELLINGS]


#: Words after a surname that tell a generation, not a name: "Ferdinand Marcos Jr.", "Henry Ford II".
GENERATION_SUFFIXES = {"jr", "sr"}
#: Letters after a name for a seat or an honour: "Simon Harris TD", "Jo Doe KC", "Ann Ode OBE".
POST_NOMINALS = {"MP", "TD", "KC", "QC", "MSP", "MEP", "MLA", "MHK", "OBE", "CBE", "MBE", "KBE", "DBE", "CMG", "KCMG",
                 "GCMG", "PhD", "FRS"}
ORDINAL_SUFFIXES = {"ii", "iii", "iv"}


def without_suffix(words: list[str]) -> list[str]:
    """The words of a person's name without a generation suffix at the end ("Marcos Jr." is Marcos);
    a king's or pope's numeral stays when only one name is left before it ("Elizabeth II")."""
    while len(words) > 1 and (words[-1].lower().rstrip(".") in GENERATION_SUFFIXES
                              or len(words) > 2 and words[-1].lower() in ORDINAL_SUFFIXES):
        words = words[:-1]
    return words


#: Forms of address before a name, not titles of a post: "the head of Y, Dr. X", "Ms von der Leyen".
FORMS_OF_ADDRESS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame",
                    "hon", "hon.", "h.e.", "h.h.", "h.r.h.", "h.m.", "amb.", "rt", "rt.", "shri", "smt", "smt.",
                    "shrimati", "lord", "lady", "baroness", "viscount", "countess", "honourable", "honorable",
                    "cde", "cde.", "alhaji", "alhaja", "hajia", "engr", "engr.", "mallam", "malam", "mister", "madam",
                    "madame", "monsieur", "mme", "mme."}
# "Hon. X", "the Honourable X", "H.E. Mr. X", "H.H. Sheikh X", "Amb. X", "the Rt Hon X", "Shri X"; a peer's style:
# "Lord Cameron",
# "Baroness Ashton"; Zimbabwe's "Cde X" (comrade), Nigeria's "Alhaji X" (one who made the pilgrimage), "Engr. X",
# "Mallam X" (a learned man); "Mister X", "Madam X" of a text translated from French
#: Nouns of the styles a person is addressed by: "His Highness", "Her Excellency"; alone they refer back to the
#: one named with them.
STYLE_NOUNS = {"highness", "excellency", "majesty", "holiness"}
#: The words of an envoy's full rank after "Ambassador": "Ambassador Extraordinary and Plenipotentiary".
ENVOY_RANK_WORDS = {"extraordinary", "plenipotentiary", "and"}
#: Words that open a patronymic inside an Arabic name, after the given name by which its bearer is called: "Faisal
#: bin Farhan" is Faisal, "Khalid bin Salman bin Abdulaziz".
PATRONYMIC_WORDS = {"bin", "ibn", "bint"}
#: Words of rank and honour before a person's name and no part of it: "King Abdullah", "Sheikh Tamim",
#: "Crown Prince Mohammed bin Salman", "Prince Faisal"; and the forms of address.
HONORIFICS = {"king", "queen", "prince", "princess", "crown", "emir", "amir", "sultan", "sheikh", "sheik", "shaikh",
              "sheikha", "sayyid", "datuk", "dato", "dato'", "datin", "tun", "tunku", "tengku", "hm", "hrh", "hh"} | FORMS_OF_ADDRESS
#: Styles written as initials in capitals before a title or a name: "HE President X" (His Excellency), "HH the Amir",
#: "HRH Prince X"; Malaysia's "YAB Prime Minister X" (Yang Amat Berhormat), "YB Minister X", "YAA", "YM".
STYLE_INITIALS = {"HE", "HH", "HRH", "HM", "HIM", "HMA", "YAB", "YB", "YAA", "YM", "YTM"}
#: Honorifics of two words whose second word alone may be a name, or whose first may be a surname: Malaysia's
#: "Datuk Seri", "Tan Sri" and "Puan Sri" (but "Sri Mulyani Indrawati", "Tan Cheng Bock").
HONORIFIC_PAIRS = {("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("dato", "sri"), ("dato'", "sri"),
                   ("dato'", "seri")}
#: Malaysia's honorifics of one word, and the grades after an honorific pair ("Datuk Seri Utama X"): no part of the
#: name.
MALAY_HONORIFICS = {"datuk", "dato", "dato'", "datin", "tun"}
MALAY_GRADES = {"utama", "panglima", "paduka"}
#: Cambodia's style "Samdech" and the words of the titles that follow it: "Samdech Techo X", "Samdech Moha Borvor
#: Thipadei X", "Samdech Pichey Sena X" (no part of the name; read only after "Samdech").
KHMER_STYLE = "samdech"
KHMER_STYLE_WORDS = {"techo", "moha", "borvor", "thipadei", "pichey", "sena", "akka", "padei", "vibol"}
#: The words a Malaysian honorific can end with: what :func:`malay_honorific` reads only if it ends before a name.
MALAY_LAST_WORDS = {second for _, second in HONORIFIC_PAIRS} | MALAY_GRADES | MALAY_HONORIFICS | KHMER_STYLE_WORDS \
    | {KHMER_STYLE}


def malay_honorific(words: list[str], k: int) -> int:
    """How many words of a Malaysian honorific open ``words`` at ``k`` ("Tan Sri", "Datuk Seri Utama", "Datuk",
    or the rest of a pair begun before ``k``: "Sri" of "Tan" + "Sri X", "Utama" of "Datuk Seri" + "Utama X"), or of
    Cambodia's "Samdech" and its title's words ("Samdech Techo X"), leaving at least one word after."""
    low = [w.lower() for w in words]
    n = 0
    if k >= len(low):
        return 0
    if k + 1 < len(low) and (low[k], low[k + 1]) in HONORIFIC_PAIRS:
        n = 2 + (k + 2 < len(low) and low[k + 2] in MALAY_GRADES)
    elif k >= 1 and (low[k - 1], low[k]) in HONORIFIC_PAIRS:
        n = 1 + (k + 1 < len(low) and low[k + 1] in MALAY_GRADES)  # "Tan" + "Sri X": the pair's second word
    elif low[k] in MALAY_HONORIFICS:
        n = 1
    elif low[k] in MALAY_GRADES and k >= 2 and (low[k - 2], low[k - 1]) in HONORIFIC_PAIRS:
        n = 1
    elif low[k] == KHMER_STYLE or low[k] in KHMER_STYLE_WORDS and khmer_style_before(low, k):
        n = 1
        while k + n < len(low) and low[k + n] in KHMER_STYLE_WORDS:
            n += 1  # "Samdech Pichey Sena X": the style's words, then the name
    return n if k + n < len(low) else 0


def khmer_style_before(low: list[str], k: int) -> bool:
    """The words before ``k`` are "Samdech" and the words of its title ("Samdech Moha" + "Borvor X")."""
    j = k - 1
    while j >= 0 and low[j] in KHMER_STYLE_WORDS:
        j -= 1
    return j >= 0 and low[j] == KHMER_STYLE


#: Styles of royalty before a name that the name is known without once two words of it are left: "Prince Faisal bin
#: Farhan" is Faisal bin Farhan, "King Charles III" Charles III (but "Prince William" stays; and "Sultan", "Amir"
#: and "Tunku" are given names too: "Sultan Ahmed Al Jaber").
ROYAL_STYLES = {"king", "queen", "prince", "princess", "emir", "sheikh", "sheik", "shaikh", "sheikha", "sayyid", "hm", "hrh",
                "hh"}


def display_name(text: str) -> str:
    """A person's name as shown: without the royal styles and forms of address before it while two words of it
    are left ("Sheikh Tamim bin Hamad Al Thani", "Crown Prince Mohammed bin Salman", "Sir Keir Starmer": Tamim bin
    Hamad Al Thani, Mohammed bin Salman, Keir Starmer; "Queen Silvia" stays)."""
    words = text.split()
    while len(words) > 2 and (words[0].lower() in ROYAL_STYLES | FORMS_OF_ADDRESS or len(words) > 3 and (
            words[0].lower() == "crown" and words[1].lower() in {"prince", "princess"})):
        words = words[2:] if words[0].lower() == "crown" else words[1:]
    return " ".join(words)


def name_words(words: list[str]) -> list[str]:
    """The words that name a person: without the honorifics before the name ("Prince Faisal" is Faisal,
    "Ms von der Leyen" von der Leyen) and the generation suffix after it (:func:`without_suffix`)."""
    while len(words) > 1:
        if len(words) > 2 and (words[0].lower(), words[1].lower()) in HONORIFIC_PAIRS:
            words = words[2:]  # "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin"
        elif words[0].lower() in HONORIFICS:
            words = words[1:]
        else:
            break
    return without_suffix(words)


def given_names_match(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb or (len(a.rstrip(".")) == 1 and kb.startswith(ka)) or (len(b.rstrip(".")) == 1 and ka.startswith(kb)):
        return True
    return any(ka in group and kb in group for group in GIVEN_NAME_VARIANTS)


def name_head(name: str, words: list[str]) -> bool:
    """Whether ``words`` are the first words of the longer ``name`` without its honorifics ("Abdullah bin
    Zayed" of "Sheikh Abdullah bin Zayed Al Nahyan"), compared by name keys."""
    full = [name_key(w) for w in name_words(name.split())]
    keys = [name_key(w) for w in words]
    return 1 < len(keys) < len(full) and full[: len(keys)] == keys


def name_tail(name: str, words: list[str]) -> bool:
    """Whether ``words`` are the last words of the longer ``name`` ("Lula da Silva" of "Luiz Inácio
    Lula da Silva", "bin Salman" of "Mohammed bin Salman"), compared by name keys."""
    full = [name_key(w) for w in name.split()]
    keys = [name_key(w) for w in words]
    # but not the father's name after a patronymic: "Abdullah II" is not "Al Hussein bin Abdullah II"
    return 1 < len(keys) < len(full) and full[-len(keys):] == keys and full[-len(keys) - 1] not in {"bin", "ibn", "bint"}
