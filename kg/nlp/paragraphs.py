"""kg_paragraphs: a line break always ends a sentence; a dateline never does.

Runs before the parser. News text keeps paragraphs (and headlines, captions, datelines) on lines
of their own, and a quote closing one paragraph must not run into the next one's sentence. A
dateline opening a line ("WASHINGTON, Aug 9 (Wire) - X said ...") is a sentence of its own, ended by its
mark, and the lede after it is parsed apart: run into the lede, the dateline's words become the lede's
subject or root ("Port Sudan, June 3 (Wire) – The Deputy Chairman of X, Y, received ..." parsed as an
apposition to "Sudan"). Only a dateline that shows itself as one (a known place, a date, capitals or an
agency's name) is cut off; a name and a dash ("X, the leader - in - exile of Y, ...") stays one sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, LIKE_NUM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.dates import WEEKDAYS
from kg.nlp import gazetteer
from kg.nlp.entity_words import CITY, INITIAL
from kg.nlp.lines import words_where
from kg.nlp.memo import per_position
from kg.nlp.names import FORMS_OF_ADDRESS

#: Marks that end a dateline: "LIMA, March 3 (Wire) - ", "Moscow, May 19 (ANI): ", "SEOUL, July 13 (Yonhap) -- ",
#: "Caracas, Apr 23 (EFE).- ".
DATELINE_ENDS = {"-", "--", "—", "–", ":", ".-"}
#: Given names written short with a stop: "Md." (Mohammad), "Mohd.", "Muhd.", "Ma." (Maria, in the Philippines).
SHORT_GIVEN_NAMES = {"Md.", "Mohd.", "Muhd.", "Mst.", "Ma.", "Wm.", "Jas.", "Chas.", "Thos."}


def short_name_part(tok: Token) -> bool:
    """An initial or a given name written short with its stop: "D.", "D.N.", "Ma.", "Md."."""
    return bool(INITIAL.match(tok.text)) or tok.text in SHORT_GIVEN_NAMES


#: Months as datelines write them: "Mar 20", "Sept. 8", "July 13".
MONTHS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
          "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}


@Language.factory("kg_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> "ParagraphSplitter":
    return ParagraphSplitter(nlp, name)


class ParagraphSplitter:
    def __init__(self, nlp: Language, name: str = "kg_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts: dict[int, bool] = {}  # token -> starts a sentence or not, the last word winning; set on the Doc once
        # (a token's own whitespace is a space at most: a line break is a token of its own)
        breaks = words_where(doc, lambda w: "\n" in w and w.isspace())[:-1]
        line_starts = ([0] if len(doc) else []) + (numpy.flatnonzero(breaks) + 1).tolist()
        for start in line_starts[1:]:
            starts[start] = True
        for start in line_starts:
            end = dateline_end(doc, start)
            if end is None or end + 1 >= len(doc):
                continue
            apart = agency_bracket_end(doc, end) or agency_colon(doc, end) or firm_dateline(doc, start, end) \
                or end in {city_line_end(doc, start), city_date_line_end(doc, start)}  # "(PTI) Minister X held ..."
            for k in range(start + 1, end + 1 if apart else end + 2):
                starts[k] = False
            if apart:
                starts[end + 1] = True
                if end + 2 < len(doc) and not doc[end + 2].is_space and "\n" not in doc[end + 1].whitespace_:
                    starts[end + 2] = False  # the parser would cut "Anna | Keller held talks ..."
        for k in run_on_candidates(doc):
            tok = doc[k]
            known = starts.get(k, tok.is_sent_start)
            if initials_before(tok) and not known or run_on(tok, known):
                starts[k] = False
        return set_sent_starts(doc, starts)


def set_sent_starts(doc: Doc, starts: dict[int, bool]) -> Doc:
    """Write sentence starts through the Doc's array: each ``Token.is_sent_start = ...`` scans the whole Doc for a
    parse first, which made this component quadratic in a long page's length."""
    if starts:
        if doc.has_annotation("DEP"):
            raise ValueError(f"kg_paragraphs must run before the parser: {doc.text[:40]!r} is parsed already")
        column = doc.to_array([SENT_START]).astype(numpy.int64)
        column[list(starts)] = [1 if start else -1 for start in starts.values()]
        doc.from_array([SENT_START], column.astype(numpy.uint64))
    return doc


def run_on_candidates(doc: Doc) -> list[int]:
    """The tokens :func:`initials_before` or :func:`run_on` may hold, read from the Doc's arrays (no Python Token per
    word): after a word, a number or a closing bracket, or after a word ending in a stop."""
    if len(doc) < 2:
        return []
    flags = doc.to_array([IS_ALPHA, LIKE_NUM, IS_SPACE]).astype(bool)
    after_word = (flags[:-1, 0] | flags[:-1, 1] | words_where(doc, lambda w: w == ")")[:-1]) & ~flags[1:, 2]
    after_stop = words_where(doc, lambda w: w.endswith("."))[:-1]
    return (numpy.flatnonzero(after_word | after_stop) + 1).tolist()


def run_on(tok: Token, starts: bool | None) -> bool:
    """No sentence starts right after a word on the same line: the parser cuts "German Chancellor | Friedrich Merz
    on the sidelines (...)" where no mark ends a sentence; a quote opening after a space may start one. ``starts`` is
    what is known of ``tok`` starting a sentence (nothing, unless a line break or a dateline said so); nor after a
    bracket closed there: "Minister of State for Foreign Affairs (Regional Cooperation) | John Mulimba"."""
    prev = tok.doc[tok.i - 1]
    return starts is None and not tok.is_space and (prev.is_alpha or prev.like_num or prev.text == ")") \
        and "\n" not in prev.whitespace_ and not (tok.is_quote and prev.whitespace_)  # (but 'posted on X "Our ...')


def firm_dateline(doc: Doc, start: int, end: int) -> bool:
    """The dateline from ``start`` to its mark at ``end`` shows itself as one: it names a date ("Port Sudan, June 3
    (Wire) –"), an agency in brackets or in capitals ("ASTANA. KAZINFORM –", "Tehran, IRNA –"), or opens with a
    place in capitals or one the gazetteer knows ("PARIS —", "Abu Dhabi:"); not a name and a dash, which may be
    the lede's own words ("X, the leader - in - exile of Y, has crossed ...")."""
    if any(t.like_num or t.lower_.rstrip(".") in MONTHS for t in doc[start:end]):
        return True
    first = next((k for k in range(start, end) if doc[k].text in {",", "(", ":"} | DATELINE_ENDS), end)
    place = doc[start:first].text
    if first > start and (place.isupper() or gazetteer.city(place) or gazetteer.country(place)):
        return True
    if gazetteer.given_name(doc[start].text):
        return False  # "Khaled X, the leader - in - exile": a person's name, whatever comes after it
    agency = any(t.is_alpha and t.text.isupper() and len(t) >= 3 for t in doc[first:end])  # "(SUNA)", "Tehran, IRNA –"
    return agency or any(agency_stop(doc, k, start) for k in range(start, end))


def initials_before(tok: Token) -> bool:
    """A name right after initials, a shortened given name or a form of address with a stop: "Mr. Md. Iqbal Khan",
    "Lyonpo D.N. Dhungyel", "H.E. Mr. Sadyr Japarov" (the parser would end a sentence at the stop); but not after a
    country's or a city's letters ("in the U.S. Biden said", "Washington, D.C. The")."""
    before = tok.doc[tok.i - 1]
    if before.lower_ in FORMS_OF_ADDRESS and before.text.endswith(".") and "\n" not in before.whitespace_ \
            and (tok.lower_ in FORMS_OF_ADDRESS or tok.is_alpha and tok.text.istitle()):
        return True
    if not short_name_part(before) or "\n" in before.whitespace_:
        return False
    if gazetteer.country(before.text) or gazetteer.city(before.text) or gazetteer.organization(before.text):
        # but after "of" a country's letters open a body's name: "Commander of U.S. Indo-Pacific Command"
        return before.i >= 1 and tok.doc[before.i - 1].lower_ in {"of", "for"} and tok.is_alpha \
            and tok.text[:1].isupper() and bool(gazetteer.country(before.text))
    if not (tok.is_alpha and tok.text.istitle()) or tok.is_stop:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "NNP" or tok.tag_ == "NN" and nxt is not None and nxt.tag_ == "NNP"  # "Md. Ruhul Alam"


def inner_hyphen(doc: Doc, i: int, start: int) -> bool:
    """A hyphen joining two capitalised words without spaces, after ``start``: the "-" of "EL-SHEIKH"."""
    return doc[i].text == "-" and start < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()


def inner_apostrophe(doc: Doc, k: int, start: int) -> bool:
    """The apostrophe inside a place's name, written on to the word before: "ST. JOHN'S", "St. John's", "TA' QALI"."""
    return k > start and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and (doc[k].lower_ in {"'s", "’s"} or (
        doc[k].text in {"'", "’"} and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()))


def two_cities(doc: Doc, k: int, start: int) -> bool:
    """The slash of a dateline filed from two cities: "BRUSSELS/BELGRADE – "."""
    return doc[k].text == "/" and start < k < len(doc) - 1 and doc[k - 1].text.isupper() and doc[k + 1].text.isupper()


#: Particles inside the names of towns: "Rio de Janeiro", "Dar es Salaam", "Porto do Son".
TOWN_PARTICLES = {"de", "da", "do", "dos", "das", "del", "es", "el", "di", "du", "des", "la"}


def town_particle(doc: Doc, k: int, start: int) -> bool:
    """A particle in lower case between the capitalised words of a dateline's town: "Rio de Janeiro (ANTARA) -"."""
    return start < k < len(doc) - 1 and doc[k].lower_ in TOWN_PARTICLES and doc[k].is_lower \
        and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha


#: An agency's name between slashes, as TASS writes it after its datelines: "MOSCOW, March 12. /TASS/. X met Y".
SLASHED_AGENCY = re.compile(r"^/[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*/\.?$")


@per_position
def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the mark ending a dateline that opens the line at ``start`` (one to three
    capitalised words, a comma or bracket, then a dash or colon within a dozen words on the same
    line, or the bracket closing an agency's name right before the lede: "New Delhi, Mar 20 (PTI)
    External Affairs Minister X ..."; or one to three words in capitals and a dash: "PARIS — ";
    or a city of 100,000 people or more and a colon or a dash: "Abu Dhabi: ", "Dakar - "), or None; an agency's
    name between slashes after it ends it ("MOSCOW, March 12. /TASS/.", "ASTANA, November 28 /TASS/.").
    Only a line's or a sentence's first word opens one: not "said Chris Yearley, a journalist at the local English-"."""
    if not opens_line(doc, start):
        return None
    mark = _dateline_mark(doc, start)
    if mark is not None and mark + 1 < len(doc) and SLASHED_AGENCY.match(doc[mark + 1].text) \
            and "\n" not in doc[mark].whitespace_:
        return mark + 1
    return mark if mark is not None else slashed_agency_end(doc, start)


def opens_line(doc: Doc, i: int) -> bool:
    """The token at ``i`` is the first of the text, of a line or of a sentence."""
    return i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text or doc[i].is_sent_start is True


def named_speaker(doc: Doc, start: int, end: int) -> bool:
    """The words at start..end, before a colon, are the surname of a speaker a transcript labelled in full before
    ("TOM KELLER: ..." then "KELLER: ..."), not a town's dateline."""
    words = [t.text for t in doc[start:end]]
    return any(doc[j].text == ":" and [t.text for t in doc[j - len(words) : j]] == words and j - len(words) >= 1
               and doc[j - len(words) - 1].text.isupper() and doc[j - len(words) - 1].is_alpha
               for j in range(len(words) + 1, start))


def slashed_agency_end(doc: Doc, start: int) -> int | None:
    """"ASTANA, November 28 /TASS/.": the index of the agency's name between slashes after a place and a date on
    the line at ``start``, or None."""
    k = start
    while k < min(len(doc), start + 4) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == start or k >= len(doc) or doc[k].text != ",":
        return None
    for j in range(k + 1, min(len(doc), k + 6)):
        if "\n" in doc[j - 1].whitespace_:
            return None
        if SLASHED_AGENCY.match(doc[j].text):
            return j if any(t.lower_.rstrip(".") in MONTHS for t in doc[k + 1 : j]) else None
    return None


def _dateline_mark(doc: Doc, start: int) -> int | None:
    """:func:`dateline_end` but for an agency's name between slashes after the mark."""
    start = release_label_end(doc, start)  # (past a label: "(ANSA) - ROME, JAN 27 - ")
    if (alone := city_line_end(doc, start)) is not None or (alone := city_date_line_end(doc, start)) is not None \
            or (alone := date_place_line_end(doc, start)) is not None:
        return alone  # "CHENNAI" on its line, after the headline and the byline; "New York, 20 September 2023";
        # "February 17, 2026, 15:40, The Kremlin, Moscow"
    k, limit = start, start + 4
    while k < len(doc) and k < limit and (doc[k].is_alpha and doc[k].text[:1].isupper() or saint_stop(doc, k)
                                          or inner_hyphen(doc, k, start) or inner_apostrophe(doc, k, start)
                                          or two_cities(doc, k, start) or town_particle(doc, k, start)
                                          or agency_stop(doc, k, start)):
        limit += doc[k].text in {"-", ".", "'", "’"}  # "SHARM EL-SHEIKH, Egypt": a hyphenated word is one
        k += 1
    city_end = next((j for j in range(start, k) if agency_stop(doc, j, start)), k)
    if k > start and k < len(doc) and doc[k].text in DATELINE_ENDS - {":"} and doc[k - 1].whitespace_ \
            and all(t.text.isupper() for t in doc[start:city_end] if t.text != "."):
        return k  # "PARIS — X hosted Y": a city in capitals and a dash; "ASTANA. KAZINFORM – ": and the agency
    if k > start and k + 1 < len(doc) and doc[k].text == ":" and "\n" not in doc[k].whitespace_ \
            and gazetteer.city_population(doc[start:k].text) >= CITY and not gazetteer.given_name(doc[start:k].text):
        return k  # "Abu Dhabi: X was received ...": a city and a colon (not a speaker's name before their words)
    if k > start and k + 1 < len(doc) and doc[k].text == ":" and "\n" not in doc[k].whitespace_ \
            and all(t.text.isupper() for t in doc[start:k] if t.is_alpha) and gazetteer.city(doc[start:k].text) \
            and not gazetteer.given_name(doc[start:k].text) and not named_speaker(doc, start, k):
        return k  # "PUTRAJAYA: Malaysia and Brazil agreed ...": a town of any size, in capitals, and a colon
    if k > start and k + 1 < len(doc) and doc[k].text in DATELINE_ENDS - {":"} and doc[k - 1].whitespace_ \
            and doc[k].whitespace_ and gazetteer.city_population(doc[start:k].text) >= CITY \
            and not gazetteer.given_name(doc[start:k].text):
        return k  # "Dakar - The French flag was lowered": a city and a spaced dash
    if k == start or k >= len(doc) or doc[k].text not in {",", "("}:
        return None
    for j in range(k + 1, min(len(doc), k + 14)):
        if "\n" in doc[j].text or "\n" in doc[j - 1].whitespace_:
            return None
        if doc[j].text in DATELINE_ENDS and (doc[j - 1].whitespace_ or doc[j].text == ".-"):
            return j  # (the stop and dash written on to an agency's bracket: "La Paz, May 28 (ABI).- ")
        if doc[j].text in {":", "):"} and any(t.like_num or t.lower_.rstrip(".") in MONTHS for t in doc[k + 1 : j]):
            return j  # "KUCHING, Nov 13: X received ...", "LAHORE, Oct 17 (APP): X ...": a date's colon
        if (doc[j].text == ":" and agency_bracket(doc, j - 1) is not None or agency_colon(doc, j)) \
                and all(t.text.isupper() for t in doc[start:k] if t.text != "."):
            return j  # "OSLO (NTB): The state visit ...": a city in capitals and its agency's bracket, undated
        stop = j + (j + 1 < len(doc) and doc[j + 1].text == ".")  # (the stop after the bracket ends it: "(UzA). ")
        if agency_bracket_end(doc, stop) and any(t.like_num or t.lower_.rstrip(".") in MONTHS
                                                 for t in doc[k + 1 : agency_bracket(doc, j)]):
            return stop  # not "X, chairman of the National People's Congress (NPC) Standing Committee, ...": no date
    return None


def city_date_line_end(doc: Doc, start: int) -> int | None:
    """A city of 100,000 people or more, a comma and a date, alone on the line at ``start`` ("New York, 20
    September 2023" under a press release's heading, "PRESS RELEASE - Monrovia, Thursday, January 29, 2026" after the
    release's label) or ending in a stop the text goes on after ("Santiago, 21 August 2024. The Minister ..."): the
    index of the line's last token (or the stop), or None."""
    k = start = release_label_end(doc, start)
    while k < min(len(doc), start + 3) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == start or k + 2 >= len(doc) or doc[k].text != "," or gazetteer.city_population(doc[start:k].text) < CITY:
        return None
    j = k + 1
    while j < len(doc) and not ("\n" in doc[j - 1].whitespace_ or doc[j].is_space):
        if doc[j].text == "." and any(doc[m].lower_.rstrip(".") in MONTHS for m in range(k + 1, j)) \
                and doc[j - 1].like_num:
            return j  # "Santiago, 21 August 2024. The Minister of Foreign Affairs ...": the stop ends it
        if not (doc[j].like_num or doc[j].lower_.rstrip(".") in MONTHS | WEEKDAYS.keys() or doc[j].text == ","):
            return None
        j += 1
    dated = any(doc[m].lower_.rstrip(".") in MONTHS for m in range(k + 1, j))
    return (j if j < len(doc) and doc[j].is_space else j - 1) if dated and j < len(doc) else None


#: A clock time on a dateline: "15:40".
CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
#: How many words may place a dated line: "The Kremlin, Moscow", "Novo-Ogaryovo, Moscow Region".
PLACE_WORDS = 8


def date_start_end(doc: Doc, start: int) -> int:
    """Where the words after a date (and a clock time) opening the line at ``start`` begin: "February 17, 2026,
    15:40, " of a state's readout, "17 February 2026, "; ``start`` if the line opens with no date."""
    k = start
    while k < min(len(doc), start + 8) and (doc[k].like_num or doc[k].lower_.rstrip(".") in MONTHS
                                           or CLOCK.match(doc[k].text) or doc[k].text == ",") \
            and not (k > start and "\n" in doc[k - 1].whitespace_):
        k += 1
    dated = any(t.lower_.rstrip(".") in MONTHS for t in doc[start:k]) and any(t.like_num for t in doc[start:k])
    return k if dated and k > start and doc[k - 1].text == "," else start


def date_place_line_end(doc: Doc, start: int) -> int | None:
    """A date (and a clock time) then the place, alone on the line at ``start``, as a state's readouts open: "February
    17, 2026, 15:40, The Kremlin, Moscow", "17 February 2026, Novo-Ogaryovo, Moscow Region" (a known city or
    venue among the place's words): the index of the line's last token, or None."""
    k = date_start_end(doc, start)
    if k == start:
        return None
    j = k
    while j < min(len(doc), k + PLACE_WORDS) and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].text in {
            ",", "-", "."} or doc[j].lower_ in {"of", "the"}) and not (j > k and "\n" in doc[j - 1].whitespace_):
        j += 1
    if j == k or j >= len(doc) or not ("\n" in doc[j - 1].whitespace_ or doc[j].is_space and "\n" in doc[j].text):
        return None
    words = doc[k:j].text.split(", ")
    if not any(gazetteer.city(w) or gazetteer.venue_city(w) for w in words):
        return None
    return j if doc[j].is_space else j - 1


def release_label_end(doc: Doc, start: int) -> int:
    """Where a line opening with a release's label and a spaced dash goes on ("PRESS RELEASE - Monrovia, ...", "Press
    release - Djibouti, 18 December 2025", or an agency's in brackets: "(ANSA) - NEW DELHI, JAN 27 - "): the index after the dash; ``start`` if the
    line has no such label."""
    if start + 4 < len(doc) and doc[start].text == "(" and doc[start + 1].text.isupper() \
            and doc[start + 2].text == ")" and doc[start + 3].text in {"-", "–", "—"} \
            and "\n" not in doc[start + 3].whitespace_:
        return start + 4
    k = start  # (in capitals, as a title or as a sentence: "Press release - Djibouti, 18 December 2025")
    while k < min(len(doc), start + 3) and doc[k].is_alpha and len(doc[k]) > 1 and (
            doc[k].text.isupper() or doc[k].text.istitle() or k > start and doc[k].is_lower):
        k += 1
    spaced = k > start and k + 1 < len(doc) and doc[k].text in {"-", "–", "—"} and doc[k - 1].whitespace_ \
        and doc[k].whitespace_ and "\n" not in doc[k].whitespace_
    return k + 1 if spaced and doc[k - 1].lower_ in RELEASE_WORDS else start


#: Last words of the label a press release's dateline line may open with: "PRESS RELEASE - ", "STATEMENT - ".
RELEASE_WORDS = {"release", "statement", "communique", "communiqué", "readout", "advisory", "note"}


def city_line_end(doc: Doc, start: int) -> int | None:
    """A city of 100,000 people or more in capitals, one to three words alone on the line at ``start``
    ("CHENNAI", "KUALA LUMPUR"), with a line after it: the index of the line's last token, or None."""
    k = start
    while k < min(len(doc), start + 3) and (doc[k].is_alpha and doc[k].text.isupper() or saint_stop(doc, k)) \
            and not (k > start and "\n" in doc[k - 1].whitespace_):
        k += 1
    if k == start or k >= len(doc) - 1 or not ("\n" in doc[k - 1].whitespace_ or doc[k].is_space and "\n" in doc[k].text):
        return None
    if gazetteer.city_population(doc[start:k].text) < CITY:
        return None
    return k if doc[k].is_space else k - 1


def agency_stop(doc: Doc, k: int, start: int) -> bool:
    """The full stop between a city in capitals and an agency: "ASTANA. KAZINFORM – ", "ASTANA. Steppe News
    Agency - "."""
    return doc[k].text == "." and k > start and doc[k - 1].text.isupper() and k + 1 < len(doc) \
        and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper()


def saint_stop(doc: Doc, k: int) -> bool:
    """The full stop of "St." in a city's name: "ST. PAUL", "St. Louis"."""
    return doc[k].text == "." and k >= 1 and doc[k - 1].text.upper() == "ST"


def agency_bracket_end(doc: Doc, j: int) -> bool:
    """")" closing an agency's name ("(PTI)", "(UzA)", "(Prensa Latina)"), or a full stop after it ("(UzA). President
    X ..."), with the lede's capitalised word right after it."""
    if agency_bracket(doc, j - 1 if doc[j].text == "." and j else j) is None:
        return False
    return j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].text not in DATELINE_ENDS


def agency_bracket(doc: Doc, j: int) -> int | None:
    """The index of the "(" opening an agency's name that the ")" at j closes: one to three capitalised words
    ("(AFP)", "(Prensa Latina)", "(Xinhua)"), else None."""
    if doc[j].text != ")":
        return None
    opening = next((o for o in range(j - 1, max(j - 5, -1), -1) if doc[o].text == "("), None)
    if opening is None or opening == j - 1:
        return None
    return opening if all(t.is_alpha and t.text[:1].isupper() for t in doc[opening + 1 : j]) else None


def agency_colon(doc: Doc, j: int) -> bool:
    """"):" closing an agency's short name before the lede: "LAHORE, Oct 17 (APP): X received ..."."""
    return doc[j].text == "):" and j >= 2 and doc[j - 2].text == "(" and doc[j - 1].is_alpha \
        and sum(c.isupper() for c in doc[j - 1].text) >= 2


def country_after(doc: Doc, k: int) -> bool:
    """A comma at k, then a country's name of one to three words and a comma, bracket or dash: the country a
    dateline names after its place ("RAMSTEIN AIR BASE, Germany, Jan 20 -")."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    return any(k + 1 + n < len(doc) and doc[k + 1 + n].text in {",", "(", "-", "—", "–"}
               and gazetteer.country(doc[k + 1 : k + 1 + n].text) for n in (1, 2, 3))


def state_after(doc: Doc, k: int) -> int | None:
    """A comma at k, then a state's or province's abbreviation ("Que.", written "Que" "." or whole) and a comma,
    bracket or dash: the index after the abbreviation ("LA MALBAIE, Que. —"), else None."""
    if k + 2 >= len(doc) or doc[k].text != ",":
        return None
    states = gazetteer.state_abbreviations()
    end = k + 2 if doc[k + 1].text in states else k + 3 if doc[k + 1].text + doc[k + 2].text in states \
        and doc[k + 2].text == "." else None
    return end if end is not None and end < len(doc) and doc[end].text in {",", "(", "-", "—", "–", "--"} else None


def window_start(tok: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences`` before tok's (of tok's own for 0)."""
    doc, start = tok.doc, tok.sent.start
    for _ in range(sentences):
        start = doc[start - 1].sent.start if start > 0 else start
    return start
