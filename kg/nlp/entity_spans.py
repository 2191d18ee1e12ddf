"""Span boundaries for :mod:`kg.nlp.entities`: where a name the model tagged starts and ends.

- ``trim``: cut a span at line breaks, brackets and verbs, and drop articles, leading stop words,
  numbers and scores ("Northtown 4"), possessives and lower-case words at its ends; a title
  inside a body's span splits it ("Northcorp President Jo Doe"), as do a country's possessive
  before a name ("Chile's Foreign Ministry"), a given name and surname after a body's cue word
  ("Ruritanian Navy Jo Doe") and "of" after a legal form ("Y Co. of Vellport": the company, then
  its town); a title ending a body's span before a name is the
  person's ("NVA Administrator Jo Doe"); two names joined by a hyphen before a contact noun are
  two ("the Biden-Xi summit");
- ``without_role``: a job word before a person's name is no part of it ("Composer Tom Varley");
- ``extend_org``: a body's name the model cut short goes on ("Society for Maritime Safety");
- ``without``: a date or number entity loses the name tokens at its edges.

People's names (extended, split, joined, their family names alone): :mod:`kg.nlp.person_spans`.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.dates import MONTHS
from kg.model import ORGANIZATION
from kg.nlp import gazetteer
from kg.nlp.body_references import BODY_ANAPHORS
from kg.nlp.entity_evidence import (
    AFFAIRS_WORDS,
    FACILITY_HEADS,
    ORG_NOUNS,
    STREET_HEADS,
    affairs_remit,
    has_org_cue,
    looks_like_person,
    portfolio,
    post_name,
)
from kg.nlp.entity_words import (
    CALENDAR_WORDS,
    CITY,
    INITIAL,
    INNER_APOSTROPHE,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    PREFIXES,
    TITLE_WORDS_NOT_NAMES,
    CommonWords,
    is_name_word,
    known_name,
)
from kg.nlp.gazetteer import LEGAL_FORMS
from kg.nlp.names import (
    ENVOY_RANK_WORDS,
    FORMS_OF_ADDRESS,
    GENERATION_SUFFIXES,
    KHMER_STYLE,
    KHMER_STYLE_WORDS,
    POST_NOMINALS,
    STYLE_INITIALS,
    STYLE_NOUNS,
    malay_honorific,
)
from kg.nlp.paragraphs import short_name_part
from kg.nlp.titles import (
    FUNCTION_WORD_FAMILY_NAMES,
    MODIFIERS,
    MONARCHS,
    RANK_MODIFIERS,
    RANKS_BEFORE_NAMES,
    abbreviation,
    post_before,
    singular_title,
)
from kg.nlp.trigger_words import NOUN_TRIGGERS

#: Tokens a name never contains: the span is cut there ("Jane Doe ( Ruritania").
#: Styles of two or more people: "Their Majesties", "Their Royal Highnesses".
PLURAL_STYLES = {"majesties", "highnesses", "excellencies"}
CUT_AT = {"(", ")", ";", ":", "[", "]", "|"}
NUMBER = re.compile(r"^[\d.,:/-]+$")
#: Stop words that may open a name when capitalised: "First Union", "Third Way", "Former Yugoslav ...".
NAME_STOP_WORDS = {"first", "third", "fifth", "sixth", "eleven", "twelve", "fifteen", "twenty", "forty", "fifty",
                   "sixty", "hundred", "top", "front", "whole", "empty", "full"}
#: Words that may stand between the capitalised words of an organisation's name after "for/of/on".
ORG_NAME_GLUE = {"and", "of", "the", "for", "on", "former", "-", "&"}
#: Lower-case words joining the parts of names in Romance languages: "Corriere della Sera", "Banco de X".
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
ROMANCE_PARTICLES = {"della", "delle", "del", "de", "di", "des", "du", "do", "da", "dos", "das"}
#: Endings of nouns naming someone by what they do: composer, director, archaeologist, consultant.
AGENT_ENDINGS = ("ist", "ian", "or")


def trim(span: Span, common_word: CommonWords | None = None) -> list[Span]:
    """The parts of an entity span that are names: cut at line breaks and brackets, without
    articles, numbers, scores, possessives or lower-case words at either end (``common_word``: the English
    dictionary, to tell a name from a body's words after a country)."""
    doc = span.doc
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text in {"#", "@"}:
        return []  # "#MeToo", "@northtown": a hashtag or a handle, not a name in the text
    if all(t.lower_ in ENVOY_RANK_WORDS for t in span):
        return []  # "Ambassador Extraordinary and Plenipotentiary": an envoy's rank, no name
    if span.label_ == "ORG" and span[-1].text == "ministry" and ministry_after(span[:1]) == end:
        return [span]  # "the Chinese foreign ministry": its words in lower case are its name's
    if all(t.lower_ in KHMER_STYLE_WORDS or t.lower_ == KHMER_STYLE for t in span) and span.end < len(doc) \
            and doc[span.end].text[:1].isupper():
        return []  # "Samdech Moha" (of "Samdech Moha Borvor Thipadei X"): a style before the name, no name (but
        # "Samdech Thipadei received Y": the style the person is called by)
    for tok in span:  # a name never crosses a line break: keep the part before it
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            end = tok.i if "\n" in tok.text else tok.i + 1
            break
    for i in range(start + 1, end - 1):  # "Busan on Oct" of "in Busan on Oct 30": a preposition before a month
        if doc[i].is_lower and doc[i].pos_ == "ADP" and doc[i + 1].text.rstrip(".").lower() in MONTHS:
            end = i  # ends the name
            break
        if doc[i].text == "with" and span.label_ in {"FAC", "GPE", "LOC"}:
            end = i  # "met at the Great Hall of the People with Kyrgyz President X": the place, then with whom
            break
    if span.label_ == "ORG" and (k := _portfolio_after_name(doc, start, end)) is not None:
        end = k  # "the European Union for Foreign Affairs and Security Policy" (of "the High Representative of"): the
        # Union, then the post's portfolio
    if span.label_ == "ORG" and (k := _post_after_owner(doc, start, end)) is not None:
        end = k  # "the Federal Government's Special Envoy for Central Asia": the body, then its post
    if (k := hyphen_pair(doc, start, end)) is not None:  # "the Xi-Putin summit": two names, each of its kind
        return [Span(doc, a, b, label=pair_label(doc[a:b].text)) for a, b in ((start, k), (k + 1, end))]
    owner = []
    if (k := _owner_country(doc, start, end)) is not None:  # "Chile's Foreign Ministry": the country, then the body
        owner.append(_trim_ends(doc, start, k, "GPE"))
        start = k + 1
    pieces, s = [], start
    named: set[int] = set()  # the starts of pieces that are a person's name
    for i in range(start, end):
        # "Romania - Cosmin Contra", "GERMANY - Bunds": a spaced dash after a whole known name
        # or a word in capitals (but "Jean - Claude Duvalier" in text tokenised with spaces); "the Quad - the United
        # States, ...": a group, then the first country it lists
        spaced_dash = (
            doc[i].text in {"-", "–", "—"} and i > s and doc[i - 1].whitespace_ and doc[i].whitespace_
            and (gazetteer.country(doc[s:i].text) or gazetteer.city(doc[s:i].text) or doc[s:i].text.isupper()
                 or gazetteer.country(doc[i + 1 : end].text.removeprefix("the ")))
        )
        # "Skadden , Arps said Popeyes" (but "do" of "Palácio do Planalto" is no verb)
        said = doc[i].is_lower and doc[i].pos_ in {"VERB", "AUX"} and i > s and not (
            doc[i].lower_ in ROMANCE_PARTICLES and i + 1 < end and doc[i + 1].text[:1].isupper())
        both = span.label_ == "PERSON" and doc[i].text == "and"  # "between Sheikh Abdullah and Lapid": two people
        # "Minister for Industry and Trade, Ivo Marek" tagged as one body: the portfolio, then the person
        post = span.label_ == "ORG" and doc[i].text == "," and i > s and portfolio(doc[s:i])
        # "the National Community Abroad, Ramtane Lamamra" (the portfolio's end, then its minister) tagged as one body
        holder = span.label_ == "ORG" and doc[i].text == "," and i > s and _name_to_end(doc, i + 1, end, common_word)
        # "Bolivia H.E. Mr. Ivo Marek" tagged as one body: a form of address opens a person's name
        address = doc[i].lower_ in FORMS_OF_ADDRESS and doc[i].text.endswith(".") and i + 1 < end
        # "received at the Palace of the Republic his Ghanaian counterpart" tagged as one place: no name holds "his"
        pronoun = doc[i].lower_ in POSSESSIVE_PRONOUNS and doc[i].is_lower and i > s
        if address and i == s and s in named:
            named.add(i + 1)  # "H.E. Mr.": the name after both
            s = i + 1
            continue
        # "the Governor-General at Government House" tagged as one building: a title, then the building; "welcomed
        # Zelenskiy to Downing Street" tagged as one body: a name, then where to
        at = doc[i].text in {"at", "to"} and i > s and i + 1 < end and doc[i + 1].text[:1].isupper() \
            and (doc[i].text == "at" or span.label_ != "PERSON")
        # "received in Abuja the Special Representative of ..." tagged as one place: an article after a name opens
        # another phrase (but "Saint Vincent and the Grenadines", "Republic of the Congo"; and a person's "Alexander the
        # Great")
        article = doc[i].text == "the" and i > s and span.label_ != "PERSON" and doc[i - 1].is_alpha \
            and doc[i - 1].text[:1].isupper()
        # "In Abuja, ECOWAS Commission President X" tagged as one place: a city, then a body
        city_body = doc[i].text == "," and i > s and span.label_ != "PERSON" and gazetteer.city(doc[s:i].text) \
            and gazetteer.organization(doc[i + 1 : end].text)
        if doc[i].text in CUT_AT or spaced_dash or said or both or post or holder or pronoun or at or article \
                or city_body or address and i > s:
            if not (holder and remit_before(doc, s)) and not (at and all(  # (not "[Minister of X and] the National
                    t.lower_ in gazetteer.title_words() or t.lower_ == "the" or t.text in HYPHENS  # Community Abroad",
                    for t in doc[s:i])):
                pieces.append((s, i))  # nor the title before "at")
            s = i + 1
            if holder or address:
                named.add(s)
    pieces.append((s, end))
    seats = []
    if span.label_ == "ORG":  # "Northtown Waste Co. of Vellport": the company, then the town it sits in
        cut = [(s, e, _legal_form_end(doc, s, e)) for s, e in pieces]
        seats = [_trim_ends(doc, k, e, "GPE") for s, e, k in cut if k is not None]
        pieces = [(s, e if k is None else k) for s, e, k in cut]
    if span.label_ in {"ORG", "FAC", "LOC"}:  # "the Great Hall of the People in Beijing": the building, then the city
        cut = [(s, e, _located_in(doc, s, e)) for s, e in pieces]
        seats += [_trim_ends(doc, k + 1, e, "GPE") for s, e, k in cut if k is not None]
        pieces = [(s, e if k is None else k) for s, e, k in cut]
    out = []
    for s, e in pieces:
        if s in named:
            out += [p for p in (_trim_ends(doc, s, e, "PERSON"),) if p is not None]
            continue
        if span.label_ in {"PERSON", "ORG"} and (k := _body_before_post(doc, s + (doc[s].lower_ == "the"), e)) is not None:
            part = _trim_ends(doc, s, k, "GPE" if gazetteer.country(doc[s:k].text.removeprefix("the ")) else "ORG")
            out += [part] if part is not None else []  # "the UN Special Coordinator" tagged a person: the body
            continue
        if span.label_ in {"ORG", "PERSON"} and (k := _portfolio_before_title(doc, s, e)) is not None:
            part = _trim_ends(doc, s, k, "GPE" if gazetteer.country(doc[s:k].text.removeprefix("the ")) else "ORG")
            out += [part] if part is not None else []  # "European Union Trade" before "Commissioner X": the Union
            continue
        if span.label_ == "ORG":
            e = _without_trailing_title(doc, s, e)
            k = _person_after_function_word(doc, s, e)
            if k is not None:  # "Communist Party of Viet Nam To Lam" tagged as one body: the body, then the person
                out += [p for p in (_trim_ends(doc, s, k, "ORG"),) if p is not None] + [Span(doc, k, e, label="PERSON")]
                continue
            k = _person_after_body_title(doc, s, e)
            if k is not None:  # "National Assembly Speaker Woo Won-shik" tagged as one body: the body, the person
                title = next(j for j in range(k - 1, s, -1) if doc[j - 1].lower_ not in gazetteer.title_words())
                out += [p for p in (_trim_ends(doc, s, title, "ORG"),) if p is not None] + [Span(doc, k, e, label="PERSON")]
                continue
            k = _person_after_cue(doc, s, e) or _holder_after_body(doc, s, e, common_word)
            if k is not None:  # "the Ruritanian Navy Ivo Marek" tagged as one body: the body, then the person
                out += [p for p in (_trim_ends(doc, s, k, "ORG"), _trim_ends(doc, k, e, "PERSON")) if p is not None]
                continue
            k = _person_after_portfolio(doc, s, e, common_word)
            if k is not None:  # "Minister of Industry and Trade Ivo Marek" tagged as one body: the person, no body
                out += [p for p in (_trim_ends(doc, k, e, "PERSON"),) if p is not None]
                continue
        if span.label_ == "ORG" and e - s >= 2 and gazetteer.demonym(doc[s].text) \
                and not gazetteer.country(doc[s].text) and portfolio(doc[s + 1 : e]):
            out.append(Span(doc, s, s + 1, label="NORP"))  # "Czech Industry and Trade Minister X" tagged as one body:
            continue  # the people's word, then the post's portfolio
        if span.label_ == "PERSON" and (k := _party_before_title(doc, s, e)) is not None:
            part = _trim_ends(doc, s, k, "GPE" if _known_place(doc[s:k].text) else "ORG")
            out += [part] if part is not None else []  # "Victoria Premier" tagged a person before "Jacinta Allan"
            continue
        first = s + (doc[s].lower_ == "the")
        if span.label_ == "ORG" and first < e and post_name(doc[first:e]):
            continue  # "the EU's High Representative for Foreign Affairs, X": a post, no body
        if span.label_ == "ORG" and first < e and _remit_after_for(doc, first, e):
            continue  # "[Assistant Secretary of State for East Asian and] Pacific Affairs": a post's remit, no body
        k = next((j for j in range(first + 1, e - 1) if doc[j].lower_ == "of" and (
            j >= first + 3 and post_name(doc[first:j]) or portfolio(doc[first:j])
            or titles_only(doc[first:j]) and gazetteer.country(doc[j + 1 : e].text.removeprefix("the ")))),
                 None) if span.label_ == "ORG" else None
        # ("Minister of Foreign Affairs and International Cooperation of the Republic of Zambia": a portfolio's end)
        if k is not None:  # "Minister for Foreign Affairs of Japan" tagged as one body: the post, then the country
            part = _trim_ends(doc, k + 1, e, "GPE")
            out += [part] if part is not None and gazetteer.country(part.text) else []
            continue
        k = _government_of(doc, first, e)
        if k is not None:
            part = _trim_ends(doc, k, e, "GPE")  # "the Government of the Republic of Ghana", "the Council of Ministers
            out += [part] if part is not None else []  # of Italy": the country
            continue
        k = _post_of_body(doc, first, e) if span.label_ == "ORG" else None
        if k is not None:  # "The Chairperson of the African Union Commission" tagged as one body: the body
            rest = doc[k + 1 : e].text.removeprefix("the ")  # "Ruler of Dubai": the city
            part = _trim_ends(doc, k + 1, e, "GPE" if gazetteer.country(rest) or gazetteer.city(rest) else "ORG")
            out += [part] if part is not None else []
            continue
        # a person's span only after "of" or an envoy's "to" or "for" ("Prime Minister of Denmark Mette Frederiksen",
        # "Ambassador to Bangladesh Yao Wen", "Senior Advisor for Africa Massad Boulos"; not "Chad Michael Murray")
        envoy = s > 1 and doc[s - 1].lower_ in {"to", "for"} and doc[s - 2].lower_ in gazetteer.title_words()
        k = _person_after_country(doc, s, e, common_word) if span.label_ != "PERSON" or s > 0 and doc[s - 1].lower_ == "of" \
            or envoy else None
        if k is not None:  # "President of the Republic of Türkiye Recep Tayyip Erdoğan": the country, then the person
            out += [p for p in (_trim_ends(doc, s, k, "GPE"), _trim_ends(doc, k, e, "PERSON")) if p is not None]
            continue
        if span.label_ == "PERSON" and e - s > 2 and s > 0 and doc[s - 1].lower_ in ORG_NOUNS \
                and not gazetteer.given_name(doc[s].text) and gazetteer.given_name(doc[s + 1].text):
            # "the national company QazaqGaz Sanzhar Zharkeshov" tagged one person: the company, then its chairman
            out += [p for p in (_trim_ends(doc, s, s + 1, "ORG"), _trim_ends(doc, s + 1, e, "PERSON")) if p is not None]
            continue
        k = _title_inside(doc, s, e) if span.label_ != "PERSON" else _portfolio_opening(doc, s, e) \
            or _title_after_party(doc, s, e)
        if k is None and span.label_ != "PERSON" and e - s > 2 and gazetteer.given_name(doc[s + 1].text):
            k = _portfolio_opening(doc, s, e)  # "Minister for Economic Affairs and Energy X" tagged a body: "Energy"
        if k is not None and span.label_ == "FAC" and common_word is not None and common_word(doc[e - 1].lower_):
            k = None  # "the King Hussein Business Park" tagged a facility: a site named after a king, no person
        if k is not None:  # "Northcorp President Jo Doe" tagged as one body: the body, then the person
            person = _trim_ends(doc, k + 1, e, "PERSON")
            k = _title_start(doc, s, k)  # "Field Marshal X": no "Field" before the post
            k = s if span.label_ == "PERSON" and doc[k].lower_ in {"abroad", "affairs"} else k  # "Nigeriens Abroad":
            # a portfolio
            body = "NORP" if k > s and gazetteer.demonym(doc[k - 1].text) else "GPE" if _known_place(doc[s:k].text) \
                else "ORG" if span.label_ == "PERSON" else span.label_  # "S African President X", "Ontario Premier X"
            out += [p for p in (_trim_ends(doc, s, k, body) if k > s else None, person) if p is not None]
            continue
        part = _trim_ends(doc, s, e, span.label_)
        if part is not None and not _opens_title(part) and part.text.lower().rstrip(".") not in GENERATION_SUFFIXES \
                and not (s > span.start and all(t.lower_ in gazetteer.title_words() | MODIFIERS for t in part)):
            out.append(_title_not_org(part))  # "X, Jr.": the suffix alone names no one; nor a title cut from a name
            # ("Abuja the Special Representative")
    return [p for p in owner if p is not None] + out + [p for p in seats if p is not None]


HYPHENS = {"-", "–"}


def titles_only(words: Span) -> bool:
    """Words of a post and nothing else, a title among them, maybe in the plural: "Defence Ministers" (of "Defence
    Ministers of China" tagged as one body)."""
    titles = gazetteer.title_words()
    return any(t.lower_ in titles or singular_title(t.lower_) for t in words) and all(
        t.lower_ in titles or singular_title(t.lower_) or t.lower_ in MODIFIERS or t.lower_ in PORTFOLIO_WORDS
        for t in words)


def hyphen_pair(doc: Doc, start: int, end: int) -> int | None:
    """The hyphen of "Xi-Putin" in "the Xi-Putin summit", "US-China talks": two capitalised words joined
    by a hyphen without spaces right before a contact noun (not a known name such as "Guinea-Bissau");
    None otherwise."""
    k = start + 1
    if end - start != 3 or end >= len(doc) or doc[k].text not in HYPHENS or doc[start].whitespace_ or doc[k].whitespace_:
        return None
    if not (doc[start].text[:1].isupper() and doc[end - 1].text[:1].isupper()) or doc[start].lower_ in PREFIXES:
        return None  # not "Inter-Libyan dialogue": a prefix
    nxt = doc[end]
    whole = doc[start:end].text
    if nxt.lower_ not in NOUN_TRIGGERS or not nxt.is_lower or gazetteer.country(whole) or gazetteer.city(whole) \
            or gazetteer.organization(whole):
        return None
    return k


def pair_label(text: str) -> str:
    """The label of one name of a hyphenated pair: a country, a people's adjective ("the U.S.-Russian talks"), an
    organisation, a city ("the Belgrade-Pristina dialogue"), else a person (leaders' surnames: "the Biden-Xi
    summit")."""
    if gazetteer.country(text):
        return "GPE"
    if gazetteer.demonym(text):
        return "NORP"
    if gazetteer.organization(text):
        return "ORG"
    return "LOC" if gazetteer.city_population(text) >= CITY else "PERSON"  # not "Keller", a town of 45,000


def _post_of_body(doc: Doc, start: int, end: int) -> int | None:
    """The index of "of" in a span opening with a post and "of" a capitalised body: "Chairperson of the
    African Union Commission", "Spokesperson of the Department of X"."""
    titles = gazetteer.title_words()
    k = start
    while k < end and doc[k].lower_ in titles:
        k += 1
    if k == start or k + 1 >= end or doc[k].lower_ != "of":
        return None
    body = k + 1 + (doc[k + 1].lower_ == "the")
    return k if body < end and doc[body].text[:1].isupper() else None


def _owner_country(doc: Doc, start: int, end: int) -> int | None:
    """The index of the possessive after a known country opening the span, before more of the name:
    "Chile 's Foreign Ministry", "Russia 's Gazprom"; None otherwise."""
    k = next((i for i in range(start + 1, min(end - 1, start + 5)) if doc[i].text in {"'s", "’s"}), None)
    return k if k is not None and gazetteer.country(doc[start:k].text) else None


def _post_after_owner(doc: Doc, start: int, end: int) -> int | None:
    """The index of the possessive after a body's name that a post's title follows to the span's end: "the Federal
    Government's Special Envoy for Central Asia"; None otherwise."""
    k = next((i for i in range(start + 1, end - 1) if doc[i].text in {"'s", "’s"}), None)
    if k is None or not (gazetteer.organization(doc[start:k].text.removeprefix("the ").removeprefix("The "))
                         or doc[k - 1].lower_ in BODY_ANAPHORS):
        return None  # (not "the People's Representative Council": no body before the possessive)
    head = next((t for t in doc[k + 1 : min(end, k + 4)] if t.lower_ in gazetteer.title_words()), None)
    return k if head is not None and all(t.text[:1].isupper() for t in doc[k + 1 : head.i + 1]) else None


def _located_in(doc: Doc, start: int, end: int) -> int | None:
    """The index of "in" before a known city or country ending the span, or None: "the Hofburg in Vienna"."""
    for k in range(start + 1, end - 1):
        rest = doc[k + 1 : end].text
        if doc[k].lower_ == "in" and (gazetteer.city(rest) or gazetteer.country(rest)):
            return k
    return None


def _portfolio_after_name(doc: Doc, start: int, end: int) -> int | None:
    """The "for" after a known body's or country's whole name that opens a post's portfolio, which the span runs on
    to the end with: "the European Union for Foreign Affairs and Security Policy"."""
    k = next((i for i in range(start + 1, end - 1) if doc[i].lower_ == "for"), None)
    if k is None or portfolio_end(doc, k + 1) < end:
        return None
    name = doc[start:k].text.removeprefix("the ").removeprefix("The ")
    return k if gazetteer.organization(name) or gazetteer.country(name) else None


def portfolio_end(doc: Doc, k: int) -> int:
    """The end of the portfolio's words from token k on: "Foreign Affairs and Security Policy"."""
    while k < len(doc) and (doc[k].lower_ in PORTFOLIO_WORDS or doc[k].lower_ in {"and", "&"} and k + 1 < len(doc)
                            and doc[k + 1].lower_ in PORTFOLIO_WORDS):
        k += 1
    return k


def _legal_form_end(doc: Doc, start: int, end: int) -> int | None:
    """"Northtown Waste Co. of Vellport": the end of a company's name at its legal form when "of" and
    a town follow inside the span (not "Insurance Co. of America": a country after "of" is part of
    the name); None if there is none."""
    for k in range(start + 1, end - 2):
        if doc[k].text in LEGAL_FORMS and doc[k + 1].lower_ == "of" and doc[k + 2].text[:1].isupper() \
                and not gazetteer.country(doc[k + 2 : end].text):
            return k + 1
    return None


def _body_before_post(doc: Doc, start: int, end: int) -> int | None:
    """The end of a known body's or country's name opening a span that goes on with a post's words only ("UN
    Special Coordinator", "EU Special Representative"), or None."""
    titles = gazetteer.title_words()
    if end - start < 2 or doc[end - 1].lower_ not in titles:
        return None
    for k in range(end - 1, start, -1):
        if not all(t.lower_ in titles or t.lower_ in POST_MODIFIERS for t in doc[k:end]):
            return None
        if gazetteer.organization(doc[start:k].text) or gazetteer.country(doc[start:k].text):
            return k
    return None


#: Words inside a post's name besides titles: "UN Special Coordinator", "EU Deputy High Representative".
POST_MODIFIERS = {"special", "deputy", "vice", "high", "chief", "senior", "acting", "assistant", "under", "executive",
                  "general", "principal", "permanent", "resident", "humanitarian", "personal"}


def _without_trailing_title(doc: Doc, start: int, end: int) -> int:
    """"Northtown Aviation Agency Administrator" tagged as one body before "Ann Ode": a capitalised title
    ending a body's span right before a name is the person's, not the body's (and the first word of a rank: "the
    Armed Forces of Iran Major" before "General X"); the new end."""
    titles, cues = gazetteer.title_words(), gazetteer.cue_words("org")
    while end - start > 1 and end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and doc[end - 1].text[:1].isupper() and (doc[end - 1].lower_ in titles or doc[end - 1].lower_ in RANK_MODIFIERS
                                                      and doc[end].lower_ in RANKS_BEFORE_NAMES) \
            and gazetteer.fold(doc[end - 1].text) not in cues and "\n" not in doc[end - 1].whitespace_:
        end -= 1
    return end


def _portfolio_before_title(doc: Doc, start: int, end: int) -> int | None:
    """"European Union Trade" tagged before "Commissioner X", "China International Trade" before "Representative
    X": a known body or country, then capitalised portfolio words (up to three) that with the title after the span
    make a post; the body's end, or None."""
    if end >= len(doc) or doc[end].lower_ not in gazetteer.title_words() or not doc[end].text[:1].isupper():
        return None
    k = end
    while k > start + 1 and k > end - 3 and doc[k - 1].lower_ in PORTFOLIO_WORDS and doc[k - 1].text[:1].isupper():
        k -= 1
    body = doc[start:k].text.removeprefix("the ")
    return k if k < end and (gazetteer.organization(body) or gazetteer.country(body)) else None


def remit_before(doc: Doc, start: int) -> bool:
    """The words from ``start`` end a post's remit begun before them: "Minister of Foreign Affairs and [the National
    Community Abroad]" (a title word a few words before an "and", "of" or "for")."""
    k = start - 1
    return k >= 1 and doc[k].lower_ in {"and", "of", "for"} and any(
        t.lower_ in gazetteer.title_words() for t in doc[max(0, k - 6) : k])


def _name_to_end(doc: Doc, start: int, end: int, common_word: CommonWords | None) -> bool:
    """Two or three words from ``start`` to the end of a span that name a person: a known given name first, or name
    words none of which is a dictionary word or a body's ("Ramtane Lamamra")."""
    words = doc[start:end]
    if not 2 <= len(words) <= 3 or not all(is_name_word(t) for t in words) or gazetteer.organization(words.text):
        return False
    return looks_like_person(words) or common_word is not None and not any(common_word(t.lower_) for t in words)


def _person_after_cue(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts inside a body's span: a known given name and a surname right after
    a word that ends organisations' names ("Ruritanian Navy Ivo Marek"), or a family name put first before two given
    names ("the National Assembly Nguyen Khac Dinh"); None if there is none."""
    cues = gazetteer.cue_words("org")
    for k in range(start + 1, end - 1):
        given = gazetteer.given_name(doc[k].text) or end - k == 3 and all(gazetteer.given_name(t.text) for t in doc[k + 1 : end])
        if gazetteer.fold(doc[k - 1].text) in cues and given \
                and all(is_name_word(t) for t in doc[k:end]) and not gazetteer.organization(doc[start:end].text):
            return k
    return None


def _holder_after_body(doc: Doc, start: int, end: int, common_word: CommonWords | None) -> int | None:
    """Where the name of a post's holder starts inside a body's span after the post's "of (the)": "Chairman of the" +
    "Cabinet of Ministers Adylbek Kasymaliev", "the Mejlis X Y" (two or three name words to the end, none a dictionary
    word nor a place's name, after a body's name); or None."""
    first = start + (doc[start].lower_ == "the")  # (the span opening with "the" or not)
    j = first - 1 - (first >= 1 and doc[first - 1].lower_ == "the")
    if common_word is None or not (j >= 1 and doc[j].lower_ == "of" and (
            doc[j - 1].lower_ in gazetteer.title_words() and doc[j - 1].text[:1].isupper())):
        return None
    post = f"{doc[j - 1].lower_} of {doc[first].lower_}"  # (not "State" of "Head of State X")
    if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        return None  # "the People's Majlis Abdul" + "Raheem Abdulla": the model cut the name
    if any(gazetteer.country(doc[first:k].text) or gazetteer.city(doc[first:k].text) for k in range(first + 1, end)):
        return None  # "the Lao PDR X Y": a country's name, then the holder's (see _person_after_country)
    for k in (end - 2, end - 3):
        if k > first and doc[k - 1].is_alpha and post not in gazetteer.titles() and all(is_name_word(t) and not common_word(t.lower_) and not gazetteer.country(t.text)
                             and not gazetteer.city(t.text) for t in doc[k:end]) \
                and not gazetteer.organization(doc[start:end].text):
            return k  # (not "Bank Negara Malaysia")
    return None


def _person_after_body_title(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts inside a body's span after the body and a post: "National Assembly Speaker Woo
    Won-shik" (a name of two words or more, its hyphenated parts in lower case too); None if there is none."""
    titles, cues = gazetteer.title_words(), gazetteer.cue_words("org")
    for k in range(start + 2, end - 1):
        title = k
        while title > start + 1 and doc[title - 1].lower_ in titles:
            title -= 1
        if title == k or not doc[title - 1].text[:1].isupper() or gazetteer.fold(doc[title - 1].text) not in cues:
            continue
        words = [t for j, t in enumerate(doc[k:end]) if not (t.text in HYPHENS or j and doc[k + j - 1].text in HYPHENS)]
        if len(words) >= 2 and all(is_name_word(t) for t in words) and doc[k].text[:1].isupper():
            return k
    return None


def _person_after_function_word(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name starts inside a body's span at a family name that reads as a function word: "(General
    Secretary of the) Communist Party of Viet Nam To Lam" tagged as one body; None if there is none."""
    k = end - 2 if end - 2 > start and doc[end - 2].text in FUNCTION_WORD_FAMILY_NAMES else end - 3
    if k <= start or doc[k].text not in FUNCTION_WORD_FAMILY_NAMES \
            or not all(is_name_word(t) for t in doc[k + 1 : end]):
        return None
    body = doc[start:k]
    return k if gazetteer.organization(body.text) or gazetteer.country(body.text) or has_org_cue(body) else None


def _person_after_portfolio(doc: Doc, start: int, end: int, common_word: CommonWords | None = None) -> int | None:
    """Where a person's name starts inside a span that opens with a post's portfolio: "Minister of" + "Industry and
    Trade Ivo Marek", or "Minister of Industry and Trade Ivo Marek" (two name words or more, not all dictionary
    words, after the portfolio); or None."""
    titles = gazetteer.title_words()
    if start + 2 < end and doc[start].lower_ in titles and doc[start + 1].lower_ in {"of", "for"}:
        start += 2  # the post is in the span
    elif not (start >= 2 and doc[start - 1].lower_ in {"of", "for"} and doc[start - 2].lower_ in titles):
        j = start - 1  # "Minister of Economy," + "Trade and Industry X": the span cut at the portfolio's comma
        while j >= 2 and (doc[j].text == "," or doc[j].lower_ in PORTFOLIO_WORDS | {"and", "&"}):
            j -= 1
        if not (j < start - 1 and doc[start - 1].text == "," and doc[j].lower_ in {"of", "for"}
                and doc[j - 1].lower_ in titles):
            return None
    if start + 2 < end and doc[start].lower_ == "state" and doc[start + 1].lower_ == "for":
        start += 2  # "Minister of State" + "for External Affairs X": a junior minister's post and its portfolio
    for k in range(end - 2, start, -1):  # the longest portfolio: "Industry and Trade", not "Industry and"
        if portfolio(doc[start:k]) and all(is_name_word(t) or short_name_part(t) or t.text in HYPHENS and start < t.i
                                           for t in doc[k:end]) and not (  # ("Sipho Ndlovu-Mahlangu")
                common_word is not None and all(common_word(t.lower_) for t in doc[k:end] if t.is_alpha)):
            return k
    return None


def _person_after_country(doc: Doc, start: int, end: int, common_word: CommonWords | None = None) -> int | None:
    """Where a person's name starts inside a span that opens with a country's name, as readouts write
    "Prime Minister of Hungary Viktor Orbán": a known given name and name words to the end (any two or more
    name words, not all of them dictionary words, after a title's "of", an envoy's "to" or a remit's "for": "President
    of Kazakhstan Kassym-Jomart Tokayev", "Ambassador to Bangladesh Yao Wen", "Senior Advisor for Africa Massad
    Boulos", where a region of the world may stand for the country; not "director of the China Media Project"); or
    None."""
    # (or a portfolio's end: "Minister of Foreign Affairs of the Republic of Poland Radoslaw Sikorski")
    titled = start >= 2 and doc[start - 1].lower_ in {"of", "to", "for"} and (
        doc[start - 2].lower_ in gazetteer.title_words() or post_before(doc, start - 1))
    regions = gazetteer.world_regions()  # (after a title's "for": "Senior Advisor for Africa Massad Boulos")
    for k in range(start + 1, end - 1):
        unknown = common_word is not None and not all(common_word(t.lower_) for t in doc[k:end] if t.is_alpha)
        if (gazetteer.given_name(doc[k].text) or titled and end - k >= 2 and unknown) \
                and (gazetteer.country(doc[start:k].text) or titled and gazetteer.fold(doc[start:k].text) in regions) \
                and all(is_name_word(t) or t.text == "-" and 0 < i < end - k - 1
                        or i > 1 and hyphen_syllable(doc, k + i - 1) for i, t in enumerate(doc[k:end])):
            return k  # (and "Ambassador to Vietnam Seo Jung-ho": a Korean given name's second syllable)
    return None


def _title_inside(doc: Doc, start: int, end: int) -> int | None:
    """The last capitalised title inside a span when only a person's name follows it ("Northcorp
    President Jo Doe", "State Jo Doe"), or None."""
    titles = gazetteer.title_words()
    if any(" ".join(t.lower_ for t in doc[j:end]) in gazetteer.titles() for j in range(start, end - 1)):
        return None  # "Supreme Allied Commander Europe": a title to its last word, no name after it
    if doc[end - 1].text in FACILITY_HEADS | STREET_HEADS:
        return None  # "King Street", "King Fahd Palace": a place named after a monarch
    for k in range(end - 2, start - 1, -1):
        tok = doc[k]
        # "State Matthew Bryza": the end of "Secretary of State" opening the span (not "at State House")
        of_state = k == start and tok.lower_ in TITLE_WORDS_NOT_NAMES and (
            end - k > 2 or start > 0 and doc[start - 1].lower_ == "of")
        if (tok.lower_ in titles or of_state) and tok.text[:1].isupper():
            rest = doc[k + 1 : end]
            if k >= 1 and doc[k - 1].lower_ == "the" and len(rest) == 1:
                return None  # "the General Debate", "the General Secretariat": a body's or an event's name
            if all(is_name_word(t) or t.lower_ in NAME_PARTICLES or t.text == "-" for t in rest) \
                    and not any(t.lower_ in titles for t in rest):
                return k  # "Affairs Juan Ramón de la Fuente": the end of "Secretary of Foreign Affairs", then a name
            return None
    return None


def _known_place(text: str) -> bool:
    return bool(gazetteer.country(text) or gazetteer.city(text) or gazetteer.region(text))


def _known_party(text: str) -> bool:
    """A known place or body, whose title may follow it inside a person's span: "Victoria", "Brisbane", "Kremlin"."""
    return _known_place(text) or gazetteer.organization(text) is not None


def _title_after_party(doc: Doc, start: int, end: int) -> int | None:
    """"Victoria Premier Jacinta Allan", "Brisbane Lord Mayor X" tagged as one person: the title's last word after
    a known place or body that opens the span (a given name as the place's name too), when a name follows it."""
    k = _title_inside(doc, start, end)
    if k is None or (j := _title_start(doc, start, k)) == start:
        return None
    return k if _known_party(doc[start:j].text) else None


def _party_before_title(doc: Doc, start: int, end: int) -> int | None:
    """"Victoria Premier" tagged a person right before a name: where the title after a known place or body begins
    (the name it is the title of follows the span), else None."""
    if _without_trailing_title(doc, start, end) != end - 1:
        return None
    k = _title_start(doc, start, end - 1)
    return k if k > start and _known_party(doc[start:k].text) else None


#: Names of a country's government before "of" and the country: "the Government of Ghana", "the Council of Ministers of
#: Italy".
GOVERNMENT_NAMES = {"government", "council of ministers", "cabinet of ministers"}


def _government_of(doc: Doc, start: int, end: int) -> int | None:
    """Where the country begins in "Government of X" or "Council of Ministers of X" spanning start..end, else None."""
    for k in range(start + 1, min(end - 1, start + 4)):
        if doc[k].lower_ == "of" and " ".join(t.lower_ for t in doc[start:k]) in GOVERNMENT_NAMES \
                and gazetteer.country(doc[k + 1 : end].text):
            return k + 1
    return None


def _title_start(doc: Doc, start: int, k: int) -> int:
    """Where the title of two or three words ending at ``k`` begins ("Field" of "Field Marshal"), not before
    ``start``; ``k`` itself if the word ends no longer title."""
    titles = gazetteer.titles()
    return next((j for j in (k - 2, k - 1) if j >= start and " ".join(t.lower_ for t in doc[j : k + 1]) in titles), k)


def _portfolio_opening(doc: Doc, start: int, end: int) -> int | None:
    """"Minister of Foreign Affairs and Expatriates X" with "Expatriates X" tagged a person ("... and Nigeriens Abroad
    X" too): the index of the portfolio's last word opening the span, when a name of two or more words follows it;
    else None."""
    tok = doc[start]
    if end - start > 2 and tok.lower_ in PORTFOLIO_WORDS and tok.text[:1].isupper() and start > 0 \
            and (doc[start - 1].lower_ in {"and", "of", ","} or gazetteer.demonym(doc[start - 1].text)) \
            and all(is_name_word(t) or t.text == "-" for t in doc[start + 1 : end]):  # "... and Moroccan
        return start  # Expatriates X" too; and a double-barrelled name: "and Diaspora X Y-Z"
    if end - start > 3 and doc[start + 1].lower_ in {"abroad", "affairs"} and tok.text[:1].isupper() \
            and doc[start - 1].lower_ in {"and", "of", ",", "for"} \
            and all(is_name_word(t) for t in doc[start + 2 : end]):
        return start + 1  # "Minister of Foreign Affairs, Cooperation and Nigeriens Abroad X": a people abroad;
        # "Under-Secretary-General for Political and Peacebuilding Affairs X": a portfolio's word the list lacks
    return None


def _remit_after_for(doc: Doc, start: int, end: int) -> bool:
    """"Pacific Affairs" tagged of "Assistant Secretary of State for East Asian and Pacific Affairs": the end of a
    post's remit after a title (or "State") and "for", with the capitalised words joined to it by "and"."""
    k = start - 1
    while k >= 0 and k >= start - AFFAIRS_WORDS and (
            doc[k].lower_ == "and" or doc[k].is_alpha and doc[k].text[:1].isupper()):
        k -= 1
    return k >= 1 and doc[k].lower_ == "for" and affairs_remit(doc[k + 1 : end]) \
        and doc[k - 1].lower_ in gazetteer.title_words() | {"state"}


def _opens_title(span: Span) -> bool:
    """"Supreme" of "Iranian Supreme Leader X" tagged as a body, "Cabinet" of "Chief Cabinet Secretary X" as a
    person: words of a title that goes on after the span (from a word before it, for a title's word the
    model calls a person) are no name."""
    doc, titles, last_words = span.doc, gazetteer.titles(), gazetteer.title_last_words()
    starts = [span.start] if span.label_ != "PERSON" else [span.start - 1] if len(span) == 1 and span.start else []
    return any(doc[k - 1].lower_ in last_words and " ".join(t.lower_ for t in doc[s : k]) in titles
               for s in starts for k in range(span.end + 1, min(len(doc), span.end + 3) + 1))


#: Last words of a government's own bodies: after a demonym they speak for its country ("Chinese
#: Foreign Ministry spokesperson X" acts for China).
STATE_BODIES = {"Ministry", "Office", "Department", "Government", "Embassy"}


def _title_not_org(span: Span) -> Span:
    """"Indian External Affairs Minister X": the model takes the first words of a title for an
    organisation; a demonym followed by a title is a people's adjective, not a body, unless a cue word
    names one that is no government's own ("an Irish Labour Party politician"); and a known body's
    name followed by a portfolio and a title is the body alone ("EU Energy Commissioner X")."""
    doc = span.doc
    if span.label_ == "ORG" and span[-1].lower_ == "ministry" and len(span) >= 3 and gazetteer.demonym(span[0].text) \
            and all(t.lower_ in PORTFOLIO_WORDS | TITLE_WORDS_NOT_NAMES | {"and", "affairs", "external"}
                    for t in span[1:-1]):
        return span  # "Iranian Foreign Ministry" before "spokesman X": the ministry, whose people's word names its
        # country (kg.nlp.affiliations.bodies_countries)
    # (a people's word of two: "N. Korean FM", "South Korean Foreign Minister")
    d = 2 if len(span) > 2 and gazetteer.demonym(span[:2].text) else 1 if gazetteer.demonym(span[0].text) else 0
    if span.label_ in {"ORG", "PERSON"} and len(span) > d > 0 and any(
            " ".join(t.lower_ for t in doc[span.start + d : k]) in gazetteer.titles()
            for k in (span.end, span.end + 1)):
        # "Chilean Consul General" tagged ORG: a title; "Kenyan Cabinet" before "Secretary": the title's first word
        # (and "Thai Defence" tagged a person before "Minister X")
        return Span(doc, span.start, span.start + d, label="NORP")
    if (
        span.label_ == "ORG"
        and len(span) > 1
        and span.end < len(doc)
        and doc[span.end].lower_ in gazetteer.title_words()
        and not gazetteer.organization(span.text)
    ):
        if gazetteer.demonym(span[0].text) and (span[-1].text in STATE_BODIES or not has_org_cue(span[1:]) or all(
                t.lower_ in PORTFOLIO_WORDS for t in span[1:])):  # "French Armed Forces Minister X": a portfolio
            return Span(doc, span.start, span.start + 1, label="NORP")
        if len(span) == 2 and gazetteer.organization(span[0].text) and span[1].is_alpha and span[1].text[:1].isupper() \
                and gazetteer.fold(span[1].text) not in gazetteer.cue_words("org"):
            return Span(doc, span.start, span.start + 1, label="ORG")  # "EU Energy Commissioner X": the portfolio is no name
    return span


def end_of_a_name(span: Span) -> bool:
    """One word that is the first or the last word of a person's name of two or more the model tagged in the
    document ("Han" of "Han Zheng", "Tatar" of "Ersin Tatar")."""
    return len(span) == 1 and any(e.label_ == "PERSON" and len(e) > 1 and span.text in (e[0].text, e[-1].text)
                                  for e in span.doc.ents)


def _trim_ends(doc: Doc, start: int, end: int, label: str) -> Span | None:
    if label == "PERSON" and end - start >= 2 and abbreviation(doc[end - 1]):
        label = "ORG"  # "Navy Cmdr" tagged PERSON before "Cmdr. Jo Doe": the body a rank is held in
    while start < end and not _known_with_article(doc[start:end]) and not _capital_article(doc, start, end, label) \
            and _edge_junk(doc[start], leading=True):
        start += 1
    while end > start and _edge_junk(doc[end - 1], leading=False) and not possessive_city(doc[start:end]):
        end -= 1
    while label == "PERSON" and (n := malay_style_words(doc, start, end)):
        start += n  # "Tan Sri X", "Datuk Seri Utama X" (or "Utama X" after an untagged "Datuk Seri"): the style
    while end - start > 2 and doc[end - 1].text.replace(".", "") in POST_NOMINALS and (
            label == "PERSON" or label == "ORG" and looks_like_person(doc[start : end - 1])):
        end -= 1  # "Simon Harris TD" (or "T.D."), "Edward Lyle KC": a seat or an honour after the name, not of it
        # ("the Hon Richard Marles MP" tagged ORG too)
    if start >= end:
        return None
    span = Span(doc, start, end, label=label)
    if any("/" in t.text for t in span) and not (label == "ORG" and slash_joined(span)) \
            or not any(t.text[:1].isupper() for t in span):
        return None  # (but a slash joins two bodies: "CDU/CSU")
    if label == "NORP" and not (gazetteer.country(span.text) or gazetteer.demonym(span.text) or end_of_a_name(span)):
        return None  # (but "Han had a busy weekend" after "Han Zheng": a person's family name, whatever else it is)
    if label != "PERSON" and len(span) >= 3 and gazetteer.demonym(span[0].text) and not gazetteer.country(span[0].text) \
            and looks_like_person(span[1:]) and not gazetteer.organization(span.text):
        return Span(doc, start + 1, end, label="PERSON")  # "American Jo Doe" tagged ORG: a people's adjective and a name
    return span


def slash_joined(span: Span) -> bool:
    """Two known bodies' names joined by a slash with no space: "CDU/CSU" (not a credit in brackets: "(Reuters/AP)")."""
    doc = span.doc
    if len(span) != 3 or span[1].text != "/" or span[0].whitespace_ or span[1].whitespace_ \
            or span.start > 0 and doc[span.start - 1].text == "(" or span.end < len(doc) and doc[span.end].text == ")":
        return False
    return bool(gazetteer.organization(span[0].text)) and bool(gazetteer.organization(span[2].text))


def without_body_end(span: Span) -> Span:
    """A person's name without a body's last word the model took into it after the body's "and": "the Office for
    Kosovo and" + "Metohija" + "Petar Petković" (a word no given name, before one, after a body's cue word and
    capitalised words)."""
    doc, start = span.doc, span.start
    if len(span) < 3 or start < 3 or doc[start - 1].lower_ != "and" or gazetteer.given_name(span[0].text) \
            or not gazetteer.given_name(span[1].text) or not doc[start - 2].text[:1].isupper():
        return span
    cues = gazetteer.cue_words("org")
    if not any(gazetteer.fold(t.text) in cues for t in doc[max(0, start - 7) : start - 1]):
        return span
    return Span(doc, start + 1, span.end, label=span.label_)


def without_title_end(span: Span) -> Span:
    """A person's name without the words opening it that end a title begun right before it: "Grand" + "Duke
    Henri", "Crown" + "Prince Frederik" (however the model or a recall rule cut them)."""
    doc, start, titles = span.doc, span.start, gazetteer.titles()
    n = next((n for n in (2, 1) if len(span) > n and start > 0 and doc[start - 1].text[:1].isupper()
              and " ".join(t.lower_ for t in doc[start - 1 : start + n]) in titles), 0)
    return Span(doc, start + n, span.end, label=span.label_) if n else span


def _capital_article(doc: Doc, start: int, end: int, label: str) -> bool:
    """"said The Times", "at The Institute for X": a capital "The" inside a sentence belongs to an
    organisation's name (at the start of a sentence or line the capital says nothing)."""
    tok = doc[start]
    if tok.text != "The" or label != "ORG" or end - start < 2 or tok.is_sent_start or start == 0:
        return False
    prev = doc[start - 1]
    return not ("\n" in prev.whitespace_ or prev.is_space or prev.text in {'"', "“", "'", "‘", ":", "(", "-", "—"})


def possessive_city(span: Span) -> bool:
    """"St. John's": a known city whose name ends in the "'s" the span ends with."""
    city = gazetteer.city(span.text) if span[-1].text in {"'s", "’s", "'S", "’S"} else None
    return city is not None and city[0].endswith(("'s", "’s"))


def _known_with_article(span: Span) -> bool:
    """"The Hague", "The Times": the article belongs to the name in a gazetteer."""
    return span[0].text == "The" and bool(gazetteer.city(span.text) or gazetteer.organization(span.text))


def _edge_junk(tok, leading: bool) -> bool:
    text = tok.text
    if not leading and tok.is_alpha and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" \
            and not tok.doc[tok.i - 1].whitespace_ and not tok.doc[tok.i - 2].whitespace_:
        return False  # "Lin Hsin-i": the last syllable of a hyphenated name, whatever word it spells
    if leading and text[:1].isupper() and text.lower() in NAME_STOP_WORDS:
        return False  # "First Union", "Third Avenue"
    if leading and tok.ent_type_ == "PERSON" and text.istitle() and not tok.is_sent_start and gazetteer.given_name(text) \
            and text.lower() in STOP_WORDS and text.lower() not in CALENDAR_WORDS:
        return False  # "and Per Quorsacker": a given name that is also an English stop word
    if tok.is_punct or tok.is_space or NUMBER.match(text) or tok.like_num:
        return True
    if leading and text.lower() in FORMS_OF_ADDRESS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper():
        return True  # "H.E. Karamoko Traoré", "Mr. X": how the person is addressed, no part of the name
    if leading and text.lower() in STYLE_NOUNS | {"royal"} and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"his", "her"}:
        return True  # "His Majesty King X", "Her Royal Highness Princess X": the style
    if text.lower() in PLURAL_STYLES and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"their", "royal"}:
        return True  # "Their Majesties arrived": a couple told before, no name
    if not leading and text.lower() in FORMS_OF_ADDRESS and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ != "PERSON":
        return True  # "President of Turkmenistan H.E. X" tagged "Turkmenistan H.E.": the guest's form of address
    if not leading and text in STYLE_INITIALS and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ != "PERSON":
        return True  # "the Ministry of Foreign Affairs HE" (of "... HE Dr. X"): the next name's style
    if not leading and tok.i > 0 and tok.doc[tok.i - 1].text in STYLE_INITIALS \
            and tok.lower_ in gazetteer.title_words():
        return True  # "... of the Arab Republic of Egypt HE Major" (of "HE Major General X"): the next name's rank
    if text in {"'s", "’s", "'"}:
        return not leading
    if not leading and abbreviation(tok):
        return True  # "Coast Guard Lt" tagged ORG before "Lt. Jo Doe": the rank is the person's title
    if not leading and text.isupper() and gazetteer.fold(text) in gazetteer.cue_words("group"):
        return True  # "Edmonton UTC": a time zone after a place name
    if leading and text.lower() in STOP_WORDS and text.lower() not in {"the", "a", "an"} \
            and not (text.isupper() and tok.i + 1 < len(tok.doc) and gazetteer.country(text) and (
                tok.doc[tok.i + 1].text in HYPHENS or tok.doc[tok.i + 1].text.istitle())):
        return True  # "On Tuesday", "In Northtown" (but not "US" of "the US-China Business Council", "the US Mission")
    if leading and text in {"al", "el"} and tok.i + 2 < len(tok.doc) and (
            tok.doc[tok.i + 1].text == "-" or tok.doc[tok.i + 1].text[:1].isupper()):
        return False  # "al - Aqsa", "al Qaeda": the article of an Arabic name
    if text.lower() in {"the", "a", "an"}:
        return True  # "The Hague" and "The Times" are kept by the gazetteers (see _trim_ends)
    return not any(c.isupper() for c in text)  # "pro-", "district", "of"


def malay_style_words(doc: Doc, start: int, end: int) -> int:
    """How many words of a Malaysian honorific open the name ``doc[start:end]`` (kg.nlp.names.malay_honorific; a
    grade after the pair before it too: "Datuk Seri" + "Utama X")."""
    return malay_honorific([t.text for t in doc[max(0, start - 2) : end]], min(start, 2))


#: English words written after a name and a hyphen: "a Jo Doe-led coalition", "the Doe-era rules".
HYPHEN_SUFFIXES = {"led", "era", "run", "born", "made", "like", "ish", "held", "free", "less", "type", "wise", "based",
                   "owned", "style", "backed"}


def hyphen_syllable(doc: Doc, k: int) -> bool:
    """"Kim Myong-chol" tokenised "Kim Myong - chol": a hyphen and a short lower-case syllable after
    the name are the end of its given name (Korean names). Written as one word, the syllable
    may be up to six letters and an English word that is not a suffix ("Lee Jae-myung", "Moon
    Jae-in", but "Jo Doe-led"); with spaces around the hyphen it must be short, no stop word,
    and close the phrase."""
    if not (k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].is_alpha and doc[k + 1].is_lower
            and doc[k + 1].lower_ not in HYPHEN_SUFFIXES):
        return False
    syllable = doc[k + 1].lower_
    if not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        return 2 <= len(syllable) <= 6  # "Myong-chol", "Jae-myung", "Jae-in" as written
    if not 2 <= len(syllable) <= 4 or syllable in STOP_WORDS or doc[k + 1].pos_ in {"VERB", "AUX"}:
        return False  # (not a verb after a list's closing dash: "A, B and C - met Y's team")
    return k + 2 == len(doc) or doc[k + 2].is_punct or doc[k + 2].text[:1].isupper()


def romance_tail(span: Span) -> Span:
    """The span with the rest of a name in a Romance language it stops before: "Corriere" + "della Sera", "Casa
    Grande" + "del Pueblo"; or with the head of a building's name it stops before, after a saint's possessive: "St
    Mark" + "'s Cathedral"; or with the body a mission is to: "the US Mission" + "to the UN", "the Permanent Mission
    of Y" + "to the United Nations"; else the span
    itself."""
    doc, j = span.doc, span.end
    if j + 1 < len(doc) and doc[j].lower_ in ROMANCE_PARTICLES and doc[j].is_lower and doc[j + 1].is_alpha \
            and doc[j + 1].text[:1].isupper() and "\n" not in doc[j - 1].whitespace_ + doc[j].whitespace_:
        return Span(doc, span.start, j + 2, label=span.label_)
    if j + 1 < len(doc) and any(t.text in MISSION_WORDS for t in span) and doc[j].lower_ == "to" \
            and (body := next((e for e in doc.ents if e.start in {j + 1, j + 2} and e.label_ == "ORG"), None)) \
            and all(t.lower_ == "the" for t in doc[j + 1 : body.start]):
        return Span(doc, span.start, body.end, label=span.label_)  # "the US Mission" + "to the UN"
    if j + 1 < len(doc) and span[0].text in SAINT_WORDS and doc[j].text in {"'s", "’s"} \
            and doc[j + 1].text in FACILITY_HEADS and "\n" not in doc[j].whitespace_:
        return Span(doc, span.start, j + 2, label=span.label_)
    return span


#: Words that end the name of a state's office at a body: "the Permanent Mission of Y" + "to the United Nations".
MISSION_WORDS = {"Mission", "Delegation", "Representation"}
#: Words that open a saint's name: "St Mark's Cathedral", "Saint Peter's Square".
SAINT_WORDS = {"St", "St.", "Saint", "San", "Santa", "São", "Sainte", "Sankt"}


def cue_before(span: Span) -> int | None:
    """The start of the organisation's cue word and the "on/of/for" right before the span, which the name opens with:
    "Forum on" of "the Forum on China-Africa Cooperation"; None otherwise."""
    doc, k = span.doc, span.start
    if k < 2 or doc[k - 1].lower_ not in {"on", "of", "for"} or doc[k - 2].ent_type_ \
            or not doc[k - 2].text[:1].isupper() \
            or gazetteer.fold(doc[k - 2].text) not in gazetteer.cue_words("org") | {"forum", "conference"}:
        return None
    start = k - 2  # and the capitalised words before the cue ("Boao Forum for"), up to the sentence's start
    while start > doc[k].sent.start + 1 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_:
        start -= 1
    return start


def title_completed(span: Span) -> Span:
    """A body's or a building's name whose last words, after "of (the)", are a title the model cut after its first
    words, with the rest of the title: "the Chancellery of the Prime" + "Minister", "the Office of the Deputy Prime" +
    "Minister"."""
    doc, titles = span.doc, gazetteer.titles()
    of = next((t.i for t in reversed(span) if t.lower_ == "of"), None)
    if of is None or of == span.start or of + 1 >= span.end:
        return span
    start = of + 2 if doc[of + 1].lower_ == "the" else of + 1
    if start >= span.end or not all(t.text[:1].isupper() for t in doc[start : span.end]):
        return span
    while start + 1 < span.end and doc[start].lower_ in POST_MODIFIERS:
        start += 1  # "Deputy" of "Deputy Prime Minister"
    for end in (span.end + 1, span.end + 2):
        words = doc[start:end]
        if end <= len(doc) and all(t.text[:1].isupper() for t in words) and " ".join(t.lower_ for t in words) in titles:
            return Span(doc, span.start, end, label=span.label_)
    return span


def extend_org(span: Span) -> Span:
    """"Engineers Society" + "for Maritime Safety Technique and Management": a name ending in an
    organisation's cue word goes on through "for/of/on" and the capitalised words after it."""
    doc = span.doc
    j = span.end
    if (longer := romance_tail(span)) is not span:
        return longer  # "Corriere" + "della Sera": a name in another language
    if (start := cue_before(span)) is not None:
        return Span(doc, start, span.end, label=span.label_)  # "Forum on" + "China-Africa Cooperation"
    if (end := remit_and_end(span)) is not None:
        return Span(doc, span.start, end, label=span.label_)  # "Office for Kosovo" + "and Metohija"
    if j + 1 < len(doc) and doc[j].text in {"St.", "St", "Saint"} and not doc[j - 1].whitespace_.count("\n") \
            and doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper():
        return Span(doc, span.start, j + 2, label=span.label_)  # "Paris" + "St. Germain": a club named after a saint
    if gazetteer.fold(span[-1].text) not in gazetteer.cue_words("org") or j + 1 >= len(doc):
        return span
    if span[-1].text in LEGAL_FORMS:
        return span  # "Northtown Waste Co." + "of Vellport": a legal form ends the name
    if doc[j].lower_ not in {"for", "of", "on"} or "\n" in doc[j - 1].whitespace_ or "\n" in doc[j].whitespace_:
        return span
    if doc[j].lower_ == "for" and gazetteer.organization(span.text.removeprefix("the ")) \
            and (e := portfolio_end(doc, j + 1)) > j + 1 and (e == len(doc) or not doc[e].text[:1].isupper()):
        return span  # "the European Union" + "for Foreign Affairs and Security Policy": the portfolio of a post of it
    k = j + 1
    while k < len(doc) and doc[k].lower_ in {"the", "former"}:
        k += 1
    end = None
    while k < len(doc) and k < j + 10:
        tok = doc[k]
        if tok.lower_ in CALENDAR_WORDS or tok.lower_ in {"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"}:
            break  # "Tennis Centre on Friday"
        if doc[k - 1].lower_ == "and" and any(doc[m].lower_ in gazetteer.title_words() | POST_MODIFIERS
                                               for m in range(k, min(k + 3, len(doc)))):
            break  # "Member of the Political Bureau of the CPC Central Committee and (Foreign) Minister ...": another post
        if tok.ent_type_ == "PERSON" or tok.text in STYLE_INITIALS or tok.lower_ in FORMS_OF_ADDRESS:
            break  # "... of the Y Committee and Foreign Minister X": no name of a person is a body's (nor the style
            # before one: "the Central Intelligence Agency of the United States of America HE X")
        if end is not None and tok.text in FUNCTION_WORD_FAMILY_NAMES and k + 1 < len(doc) \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            break  # "General Secretary of the Communist Party of Vietnam To Lam": a family name "To", a person
        if (tok.is_alpha or INNER_APOSTROPHE.match(tok.text)) and tok.text[:1].isupper() and not tok.is_sent_start:
            end = k + 1  # (and "Sant'Egidio")
        elif not (tok.lower_ in ORG_NAME_GLUE and end is not None):
            break
        if "\n" in tok.whitespace_:
            break
        k += 1
    return Span(doc, span.start, end, label=span.label_) if end else span


def remit_and_end(span: Span) -> int | None:
    """The end of a body's name whose remit the model cut at its "and": "the Office for Kosovo" + "and Metohija" (a
    cue word, "for" or "of", then capitalised words; after "and", one to three capitalised words no person's and no
    country's, ending the phrase); None otherwise."""
    doc, end = span.doc, span.end
    cues = gazetteer.cue_words("org")
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not any(
            gazetteer.fold(t.text) in cues and t.i + 1 < span.end and doc[t.i + 1].lower_ in {"for", "of"} for t in span):
        return None
    k = end + 1
    titles = gazetteer.title_words()
    while k < min(len(doc), end + 4) and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and doc[k].ent_type_ not in {"PERSON", "GPE", "ORG", "NORP"} and "\n" not in doc[k - 1].whitespace_ \
            and doc[k].lower_ not in titles and not gazetteer.demonym(doc[k].text):
        k += 1  # (not "the Political Bureau of the CPC Central Committee and Chinese Foreign Minister X", "the Y
        # Party and President X": another post)
    return k if k > end + 1 and (k == len(doc) or not doc[k].text[:1].isupper()) else None


def body_remit_ends(typed: list[tuple[Span, str]], common_word: CommonWords) -> list[tuple[Span, str]]:
    """"the National Commission for Museums" + "and" + "Monuments" (tagged a person): a body's remit after
    "for" or "of" goes on through "and" and one more capitalised common noun of a remit (a plural, or a
    portfolio's word: "Ministry of Foreign Affairs and Trade") before a word in lower case."""
    if not typed:
        return typed
    doc = typed[0][0].doc
    out, joined = [], set()
    for s, t in typed:
        k = s.end
        if t == ORGANIZATION and any(w.lower_ in {"for", "of"} for w in s[1:-1]) and k + 1 < len(doc) \
                and doc[k].lower_ == "and" and (nxt := doc[k + 1]).is_alpha and nxt.text[:1].isupper() \
                and common_word(nxt.lower_) and (nxt.tag_ in {"NNS", "NNPS"} or nxt.lower_ in PORTFOLIO_WORDS
                                                 or plural_after(doc, k + 2, common_word)) \
                and not gazetteer.given_name(nxt.text):
            # ("Center for Political" + "and" + "Strategic Studies": a word of the remit, then the plural)
            end = k + 2 + (nxt.tag_ not in {"NNS", "NNPS"} and nxt.lower_ not in PORTFOLIO_WORDS)
            # "Ministry of Foreign" + "and" + "Diaspora Affairs" (tagged a person): the portfolio's words
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in PORTFOLIO_WORDS \
                    and nxt.lower_ in PORTFOLIO_WORDS and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if end == len(doc) or not doc[end].text[:1].isupper():
                s = Span(doc, s.start, end, label=s.label_)
                joined.update(range(k + 1, end))
        out.append((s, t))
    return [(s, t) for s, t in out if not (s.start in joined and s.end - 1 in joined)]


def plural_after(doc: Doc, k: int, common_word: CommonWords) -> bool:
    """Token k is a capitalised plural common noun ending a body's remit: "Studies" of "and Strategic Studies"."""
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].tag_ in {"NNS", "NNPS"} \
        and common_word(doc[k].lower_) and not gazetteer.given_name(doc[k].text)


def with_demonym(ents: list[Span], common_word: CommonWords) -> list[Span]:
    """"Russian" + "Foreign Ministry" tagged apart: that people's own body (see
    :func:`peoples_own_body`) is one span, as the model tags it elsewhere ("Chinese Foreign
    Ministry"); else every country's foreign ministry would be one "Foreign Ministry"."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "NORP" and ent.label_ == "ORG" and prev.end == ent.start
                and peoples_own_body(prev.text, ent, common_word)):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        if ent.label_ == "NORP" and (end := ministry_after(ent)) is not None:
            ent = Span(ent.doc, ent.start, end, label="ORG")  # "the Chinese foreign ministry", in lower case
        out.append(ent)
    return out


def ministry_after(ent: Span) -> int | None:
    """The end of "foreign ministry" written in lower case after a people's word ("the Chinese foreign ministry
    said"): that people's ministry of that portfolio; else None."""
    doc, k = ent.doc, ent.end
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 2].lower_ in {"at", "in", "inside"}:
        return None  # "met at the French foreign ministry": the building, no body of a name
    while k < min(len(doc), ent.end + 4) and doc[k].is_lower and doc[k].lower_ in PORTFOLIO_WORDS | {"and"}:
        k += 1
    return k + 1 if k > ent.end and k < len(doc) and doc[k].text == "ministry" and gazetteer.demonym(ent.text) else None


def peoples_own_body(adjective: str, body: Span, common_word: CommonWords) -> bool:
    """Whether a body named by two or more common words ("Foreign Ministry", "Security Council";
    not "Cabinet" or "Taliban") after a people's adjective is that people's own: unless the short
    name is a known body of that same people ("British" + "Foreign Office"), "German Foreign
    Office" and "Russian Security Council" are not the UK's or the UN's."""
    people = gazetteer.demonym(adjective)
    if people is None or len(body) < 2 or not all(
            t.is_alpha and t.text[:1].isupper() and common_word(t.lower_) for t in body):
        return False
    known = gazetteer.organization(body.text)
    return not (known and known.country == people.code)


def without_role(span: Span, common_word: CommonWords) -> Span:
    """"Archaeologist Quorvath", "Composer Tom Varley" tagged as one person: a capitalised word for
    a job (a title, or a dictionary noun for an agent: -er, -or, -ist...) before the name is no part of it."""
    start = span.start
    if span.label_ == "PERSON" and len(span) > 2 and gazetteer.fold(span.text) in gazetteer.politicians():
        return span  # "Amir Khan Muttaqi": a known politician's whole name, though it opens with a title's word
    if span.label_ == "PERSON" and len(span) > 2 and gazetteer.demonym(span[0].text) \
            and span[1].lower_ in gazetteer.title_words() and span[1].text[:1].isupper():
        start += 1  # "Dutch King Willem-Alexander": the people's adjective of the title before the name
    while span.label_ == "PERSON" and span.end - start > 2 and (
            phrase := _title_phrase_at(span.doc, start, span.end - 1)) is not None:
        start += phrase  # "Crown Prince Mohammed", "Prime Minister Jo Doe": a title of several words
    while span.label_ == "PERSON" and span.end - start > 1:
        tok = span.doc[start]
        low = tok.lower_
        rank = low in NAMED_RANKS and span.end - start > 2  # "Gen Li Shangfu"
        if (gazetteer.given_name(tok.text) and (low not in MONARCHS or given_after_post(span, start)) and not rank) \
                or INITIAL.match(tok.text) or not tok.is_alpha:
            break  # (but "Queen Letizia": a monarch's title, though "Queen" is a given name too)
        if not (low in gazetteer.title_words() or common_word(low) and agent_noun(low, common_word)) \
                or known_name(tok.text) and not rank:
            break
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def given_after_post(span: Span, start: int) -> bool:
    """A monarch's title that is a given name too opens a name right after a post, or after its comma: "the acting
    foreign minister, Amir Khan Muttaqi", "Foreign Minister Amir Khan Muttaqi", "his negotiations coordinator Amir
    Zohar" (not "Kuwait's Amir Mishal Al-Ahmad", nor "Amir Sheikh Tamim", nor "Deputy Emir X Y"); a name of two
    words only after a lower-case post, which no emir is given ("Foreign Minister Amir X" may be the emir's minister
    the model cut off: three words or more)."""
    doc, titles = span.doc, gazetteer.title_words()
    end = span.end
    while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1  # "Amir Khan" + "Muttaqi", tagged a place
    k = start - 1 if start > 0 and doc[start - 1].text == "," else start
    post = doc[k - 1] if k > 0 else None
    if post is None or post.lower_ not in titles or post.lower_ in MONARCHS | POST_MODIFIERS \
            or any(t.lower_ in titles for t in doc[start + 1 : end]):
        return False
    return end - start > 2 and (k < start or post.text[:1].isupper()) or end - start == 2 and post.is_lower


#: Ranks written without a full stop that are given names too: a rank only before a name of two words or more
#: ("Gen Li Shangfu", but "Defence Minister Gen Nakatani").
NAMED_RANKS = {"gen", "maj"}


def _title_phrase_at(doc: Doc, start: int, limit: int) -> int | None:
    """The number of words of the longest title of two or three words opening at ``start`` and
    ending before ``limit``, in title case ("Crown Prince", "Prime Minister"), or None."""
    titles = gazetteer.titles()
    for n in (3, 2):
        words = doc[start : start + n]
        if start + n <= limit and all(t.text[:1].isupper() for t in words) \
                and " ".join(t.lower_ for t in words) in titles:
            return n
    return None


def agent_noun(low: str, common_word: CommonWords) -> bool:
    """"archaeologist", "historian", "director", "composer" (compose + r): a noun for someone by what they do;
    not "tiger" or "manchester", whose stems are no words."""
    if low.endswith(AGENT_ENDINGS):
        return True
    return low.endswith("er") and len(low) > 5 and (common_word(low[:-2]) or common_word(low[:-1]))


#: Units of a span of time: "six months" after a date's comma.
DURATION_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}


def without(ent: Span, names: set[int]) -> Span | None:
    """A date or number entity minus the name tokens at its edges ("GENEVA 1996-08-22"), cut at a spaced dash
    ("Dec 4 - The Emir of") or at a comma before a span of time ("the 18th, six months"), and with the day the model
    left out before its month ("19" + "November 1985")."""
    start, end = ent.start, ent.end
    while start < end and start in names:
        start += 1
    while end > start and end - 1 in names:
        end -= 1
    if start >= end:
        return None
    doc = ent.doc
    dash = next((k for k in range(start + 1, end) if doc[k].text in HYPHENS | {"—", "--"} and doc[k - 1].whitespace_
                 and doc[k].whitespace_), None)
    if ent.label_ in {"DATE", "TIME"} and dash is not None:
        end = dash  # "LONDON, Dec 4 - The Emir of Qatar" tagged "Dec 4 - The Emir of": the date ends at its dash
    comma = next((k for k in range(start + 1, end - 1) if doc[k].text == ","), None)
    if ent.label_ == "DATE" and comma is not None \
            and (doc[comma + 1].like_num or doc[comma + 1].lower_ in {"a", "an"}) \
            and any(t.lower_ in DURATION_UNITS for t in doc[comma + 2 : end]):
        end = comma  # "on the 18th, six months after his visit" tagged as one date: the day, then a span of time
    if ent.label_ == "DATE" and start == ent.start and start >= 1 and doc[start].lower_.rstrip(".") in MONTHS \
            and doc[start - 1].is_digit and 1 <= int(doc[start - 1].text) <= 31 and start - 1 not in names \
            and not doc[start - 1].ent_type_:
        start -= 1  # "the morning of 19 November 1985" tagged "November 1985": the day is the date's
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)
