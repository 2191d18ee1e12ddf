"""Recall for :mod:`kg.nlp.entities`: names the model did not tag.

``missed`` reads the document once, token by token, after the model's names are typed; the
first rule that applies to an untagged capitalised word adds it: known organisations and
countries, surnames of the document's people, the names of "the Biden-Xi summit", players in a scorecard, a party's adjective,
datelines, the sides of "X v Y" and of a standings table, a town, "Given Surname" pairs, a
body's initials or name before a post, and people by their role in the sentence
(:mod:`kg.nlp.entity_people`).
"""

from __future__ import annotations

import re

import numpy
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.dates import MONTHS
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_evidence import (
    apposed_building,
    body_before_title,
    group_adjective,
    names_a_group,
    outlet_reporter,
    party_before_post,
    portfolio,
    tagged_party,
)
from kg.nlp.entity_people import (
    ROYALS,
    addressed_name,
    given_name_span,
    known_as,
    known_as_name,
    listed_with_people,
    monarch_name,
    name_after_post,
    speaker,
    surname_with_apposition,
)
from kg.nlp.entity_spans import HYPHENS, hyphen_pair, malay_style_words, pair_label, peoples_own_body
from kg.nlp.entity_types import at_venue, company_first_words, dateline_agency, title_then_name
from kg.nlp.entity_words import (
    BIG_CITY,
    CITY,
    GENERIC_BOARDS,
    INITIAL,
    TITLE_WORDS_NOT_NAMES,
    VENUE_NOUNS_AFTER,
    letters,
    CommonWords,
    glued_surname,
    hyphen_country,
    is_name_word,
    surnames_of,
)
from kg.nlp.names import HONORIFICS, STYLE_INITIALS
from kg.nlp.lines import capitals_line, tokens_where, words_where
from kg.nlp.paragraphs import city_line_end, country_after, dateline_end, inner_apostrophe, inner_hyphen, saint_stop
from kg.nlp.person_spans import family_name_first
from kg.nlp.sports import (
    LOCATIVE,
    cricket_player,
    sports_document,
    sports_side,
    table_sides,
    team_role_after,
    town_as_side,
    versus_side,
)
from kg.nlp.titles import FUNCTION_WORD_FAMILY_NAMES, MONARCHS, abbreviation, function_word_name_end
from kg.nlp.trigger_words import MEET_NOUNS, TALK_NOUNS


#: Styles before a royal's given name alone: "Sheikh Tamim", "Prince Faisal", "Emir Tamim".
ROYAL_STYLES = ROYALS | MONARCHS


def parts_within(typed: list[tuple[Span, str]], hit: Span) -> tuple[list[tuple[Span, str]], bool]:
    """The typed names inside a known name's span, and whether another one crosses its edge."""
    inside = [(s, t) for s, t in typed if hit.start <= s.start and s.end <= hit.end]
    return inside, any(s.start < hit.end and hit.start < s.end and (s, t) not in inside for s, t in typed)


def known_bodies_over(doc: Doc, typed: list[tuple[Span, str]], known: list[tuple[int, int, int]],
                      common_word: CommonWords) -> list[tuple[Span, str]]:
    """``typed`` with a known organisation's whole name (of the matches ``known``) in place of the parts of it
    the model tagged: "Pacific Islands Forum" for the model's place "Pacific Islands" (not over a name it only
    partly covers)."""
    hits = [Span(doc, s, e) for _, s, e in known
            if not (s > 0 and peoples_own_body(doc[s - 1].text, doc[s:e], common_word))]
    for hit in filter_spans(hits):
        inside, crossing = parts_within(typed, hit)
        if inside and not crossing and not any(len(s) == len(hit) for s, _ in inside):
            typed = [x for x in typed if x not in inside] + [(hit, ORGANIZATION)]
    return typed


def known_venues_over(doc: Doc, typed: list[tuple[Span, str]], known: list[tuple[int, int, int]]
                      ) -> list[tuple[Span, str]]:
    """``typed`` with a well-known venue's whole name (of the matches ``known``) as a place, in place of the parts
    the model took for people ("St Peter" and "Basilica" in "St Peter's Basilica") or, after "at" or "in" or before a
    meeting's noun, for a body ("received X at Qasr Al Shati", "the Oval Office talks"), or added untagged (not a seat
    of government known as a body: "the Kremlin said")."""
    for hit in filter_spans([Span(doc, s, e) for _, s, e in known]):
        # "received at the Palace of the Revolution Tran Cam Tu" tagged one person: the venue, then the guest
        glued = next(((s, t) for s, t in typed if t == PERSON and s.start == hit.start and s.end >= hit.end + 2
                      and all(is_name_word(w) for w in doc[hit.end : s.end])), None)
        if glued is not None:
            typed = [x for x in typed if x != glued] + [(doc[hit.end : glued[0].end], PERSON)]
        inside, crossing = parts_within(typed, hit)
        # (after "at" or "in", or naming a meeting: "the Oval Office talks")
        named = hit.end < len(doc) and doc[hit.end].lower_ in TALK_NOUNS | MEET_NOUNS
        kinds = {PERSON, ORGANIZATION} if at_venue(hit) or named else {PERSON}
        if not crossing and all(t in kinds for _, t in inside) and not gazetteer.organization(hit.text):
            typed = [x for x in typed if x not in inside] + [(hit, PLACE)]
    return typed


def known_people_missed(doc: Doc, typed: list[tuple[Span, str]], known: list[tuple[int, int, int]]
                        ) -> list[tuple[Span, str]]:
    """Well-known politicians' whole names (of the matches ``known``, data/politicians.tsv) that no span of ``typed``
    holds, as people: "General Secretary of the Communist Party of Vietnam To Lam", its "To" taken for a word."""
    taken = {i for s, _ in typed for i in range(s.start, s.end)}
    return [(hit, PERSON) for hit in filter_spans([Span(doc, s, e) for _, s, e in known])
            if not any(i in taken for i in range(hit.start, hit.end))]


def venues_before_nouns(doc: Doc, typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """``typed`` with "the Ritz-Carlton hotel", "the Sheraton Addis hotel", "the Cidade Alta palace" a place, the
    building noun written in lower case part of its name: the capitalised words between "the" and the noun, in
    place of the parts the model tagged bodies or places or left untagged (not a big city's, a capital's, a region's
    or a country's name: "the Doha hotel" is some hotel in Doha, but "the Shangri-La hotel" none of that town; nor a
    person's: "the Trump hotel")."""
    for noun in tokens_where(doc, VENUE_NOUNS_AFTER.__contains__):
        k = noun.i
        start = k
        while start >= 1 and (doc[start - 1].text[:1].isupper() and doc[start - 1].text.replace("-", "").isalpha()
                               or doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_
                               and start >= 2 and not doc[start - 2].whitespace_) \
                and not doc[start - 1].is_sent_start and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        while start < k and not doc[start].text[:1].isalpha():
            start += 1
        if start == k or start < 1 or doc[start - 1].lower_ != "the":
            continue
        name = doc[start:k].text
        if any(t.ent_type_ == "NORP" for t in doc[start:k]):
            continue  # "the Crimean resort": a place's adjective, no name
        if k + 1 < len(doc) and doc[k + 1].lower_ == "of" or noun.text == "resort" and (
                gazetteer.city(name) or any(t.ent_type_ == "LOC" for t in doc[start:k])):
            continue  # "the Black Sea resort of Sochi", "the Victoria Falls resort": a resort town
        if gazetteer.city_population(name) >= BIG_CITY or gazetteer.capital_country(name) or gazetteer.region(name) \
                or gazetteer.country(name) or gazetteer.demonym(name):
            continue
        if name in {sp.text for sp, t in typed if t == PERSON and sp.start != start}:
            continue  # "Trump met him at the Trump hotel": a person's name
        inside, crossing = parts_within(typed, doc[start : k + 1])
        if crossing or any(t not in {ORGANIZATION, PLACE} and not (t == PERSON and sp[0].ent_type_ != "PERSON")
                           for sp, t in inside):
            continue  # (but a name the model tagged no person's that a later step made one: "the Willard
            # InterContinental hotel")
        typed = [x for x in typed if x not in inside] + [(doc[start : k + 1], PLACE)]
    return typed


def linked_cities_over(doc: Doc, typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """``typed`` with a city whose name has a lower-case link ("Port of Spain", "Rio de Janeiro") in place of the
    parts of it the model tagged ("Port" and "Spain"): a capital, or a city of 100,000 people or more; written
    with hyphens ("Port-of-Spain", "Stratford-upon-Avon"), any city the gazetteer knows."""
    links = words_where(doc, lambda w: w in CITY_LINKS)
    links[1:] |= words_where(doc, lambda w: w in HYPHENS)[:-1]  # the word after a hyphen
    for i in numpy.flatnonzero(links).tolist():
        glued = hyphen_linked(doc, i)
        if not glued and doc[i].lower_ not in CITY_LINKS:
            continue
        if glued:
            windows = ((i - 2, i + 3),)
        elif i < 1 or i + 1 >= len(doc) or not doc[i - 1].text[:1].isupper() or not doc[i + 1].text[:1].isupper():
            continue
        else:
            windows = ((i - 1, i + 2), (i - 2, i + 2), (i - 1, i + 3))
        for start, end in windows:
            if start < 0 or end > len(doc):
                continue
            name = doc[start:end].text
            spaced = " ".join(name.split("-")) if glued else name
            if not (gazetteer.capital_country(name) or gazetteer.city_population(name) >= (1 if glued else CITY)
                    or glued and (gazetteer.capital_country(spaced) or gazetteer.city_population(spaced))):
                continue
            inside = [(s, t) for s, t in typed if start <= s.start and s.end <= end]
            crossing = any(s.start < end and start < s.end for s, t in typed if (s, t) not in inside)
            if (inside or glued) and not crossing:
                typed = [x for x in typed if x not in inside] + [(doc[start:end], PLACE)]
            break
    return typed


def hyphen_linked(doc: Doc, i: int) -> bool:
    """The lower-case word is a link between two capitalised words, all joined by hyphens without spaces:
    "Port-of-Spain", "Aix-en-Provence"."""
    if not (2 <= i and i + 2 < len(doc) and doc[i].is_lower and doc[i].is_alpha):
        return False
    words = doc[i - 2 : i + 3]
    return (words[1].text in HYPHENS and words[3].text in HYPHENS and not any(t.whitespace_ for t in words[:-1])
            and words[0].text[:1].isupper() and words[4].text[:1].isupper())


def name_goes_on(doc: Doc, i: int, names: set[str]) -> int:
    """The end of the longest of ``names`` written from token ``i`` on, or ``i + 1`` if none is."""
    ends = [i + len(words) for name in names if doc[i : i + len(words := name.split())].text == name]
    return max(ends, default=i + 1)


def title_after(tok: Token) -> bool:
    """A capitalised title of one or two words follows the token: "Barbados Prime Minister X"."""
    doc, k = tok.doc, tok.i + 1
    return k < len(doc) and doc[k].text[:1].isupper() and (doc[k].lower_ in gazetteer.title_words() or (
        k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in gazetteer.titles()))


def missed(doc: Doc, typed: list[tuple[Span, str]], known: list[tuple[int, int, int]],
           common_word: CommonWords) -> list[tuple[Span, str]]:
    """Names the model did not tag: known organisations (the matches ``known``) and countries, the document's
    surnames, "Given Surname" pairs, armed groups' names, and the sides in rows of a results table."""
    taken = {i for s, _ in typed for i in range(s.start, s.end)}
    found = []
    for _, start, end in known:
        if not (start > 0 and peoples_own_body(doc[start - 1].text, doc[start:end], common_word)) \
                and not (end < len(doc) and doc[end].lower_ == "affairs" and portfolio(doc[start : end + 1])) \
                and not (end + 1 < len(doc) and doc[end].lower_ == "and" and portfolio(doc[start : end + 2])):
            # but "German Foreign Office" is not the UK's, and "Minister of CARICOM Affairs" and "Minister of Foreign
            # Affairs, European Union and Cooperation" name a post
            found.append((Span(doc, start, end), ORGANIZATION))
    surnames = surnames_of(typed)
    given = {next((w.text for w in s if w.lower_ not in ROYAL_STYLES), "") for s, t in typed  # the people's given
             if t == PERSON and len(s) > 1}  # names (past a style the model took in: "Sheikh Tamim bin Hamad")
    given = {g for g in given if g.lower() not in gazetteer.title_words()}  # (not "General" of "General Benavides")
    # the first words of the people's names of two words, alone a subject ("Prabowo said" after "Prabowo Subianto")
    pairs_first = {s[0].text for s, t in typed if t == PERSON and len(s) == 2 and s[0].text[:1].isupper()
                   and s[0].lower_ not in ROYAL_STYLES} - surnames
    # the family names of the people named with them first that read as function words ("He" of "He Lifeng")
    function_word_firsts = {s[0].text for s, t in typed if t == PERSON and len(s) > 1
                            and s[0].text in FUNCTION_WORD_FAMILY_NAMES}
    firsts = company_first_words(typed) - surnames  # "Quorvo's chief" after "Quorvo Brands International"
    alone = {s.text for s, t in typed if t == PERSON and len(s) == 1}  # the names the model tagged a person alone
    places = {gazetteer.fold(s.text) for s, t in typed if t == PLACE}  # the headline's "in Davos"
    bodies = {s.text for s, t in typed if t == ORGANIZATION and len(s) > 1}
    people = {i for s, t in typed if t == PERSON for i in range(s.start, s.end)}
    for i in numpy.flatnonzero(words_where(doc, lambda w: w[:1].isupper())).tolist():
        if i in taken:
            continue
        if found and found[-1][1] == PERSON:  # (the people found so far: "Governor X of Kano State", X found here)
            people.update(range(found[-1][0].start, found[-1][0].end))
        tok = doc[i]
        if abbreviation(tok):
            continue  # "Lt" of "Coast Guard Lt. X": a rank's abbreviation, never a name
        if malay_style_words(doc, i, min(len(doc), i + 4)):
            continue  # "Tan Sri X", "Dato' Seri X": a Malaysian honorific (or its second word), no part of a name
        if (monarch := monarch_name(tok, taken, common_word)) is not None:
            found.append((monarch, PERSON))  # "King Willem-Alexander and Queen Máxima"
        elif (name := family_name_first(tok)) is not None and not taken & set(range(name.start, name.end)):
            found.append((name, PERSON))  # "ISHIBA Shigeru, Prime Minister of Japan"
        elif (end := function_word_name_end(tok)) is not None and not taken & set(range(tok.i, end)):
            found.append((doc[tok.i : end], PERSON))  # "General Secretary To Lam held talks"
        elif (nickname := known_as_name(tok, taken, people)) is not None:
            found.append((nickname, PERSON))  # "X, popularly known as Madobe,"
            surnames.add(nickname.text)  # (and "Madobe" alone after it)
        elif (country_end := country_words(tok, taken)) is not None and tok.text in surnames:
            found.append((doc[tok.i : country_end], COUNTRY))  # "Papua New Guinea" after a headline's "Receives Papua"
        elif tok.text in function_word_firsts and tok.i > 0 and doc[tok.i - 1].is_lower and doc[tok.i - 1].is_alpha \
                and "\n" not in doc[tok.i - 1].whitespace_:
            found.append((doc[tok.i : tok.i + 1], PERSON))  # "held talks with He" after "Vice Premier He Lifeng": his
            # family name alone, capitalised mid-sentence (no pronoun)
        elif (tok.text in surnames or glued_surname(tok.text) in surnames) and group_adjective(doc[tok.i : tok.i + 1]):
            found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "Houthi leader X": the Houthis', not al-Houthi
        elif tok.text in surnames or glued_surname(tok.text) in surnames:
            found.append((doc[tok.i : tok.i + 1], PERSON))  # (or "T.Narbaeva" after "Tanzila Narbaeva")
        elif tok.text in given and tok.i > 0 and (doc[tok.i - 1].lower_ in ROYAL_STYLES or (
                doc[tok.i - 1].lower_ in gazetteer.title_words() and doc[tok.i - 1].text[:1].isupper()
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()))):
            # "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani"; "called on President Prabowo on Friday" after
            # "President Prabowo Subianto" (a given name after a title, no surname after it)
            found.append((doc[tok.i : tok.i + 1], PERSON))
        elif tok.text in pairs_first | alone and tok.pos_ == "PROPN" and (tok.dep_ in {"nsubj", "nsubjpass"} or (
                tok.dep_ == "pobj" and tok.head.lower_ == "with")) \
                and not (common_word(tok.lower_) and tok.text not in alone) \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()):
            # "Prabowo was chief guest" after "President Prabowo Subianto": a subject (or one talked "with": "held talks
            # with Abiy" after "Prime Minister Abiy Ahmed") called by the first word of a name of two, as some are; or
            # by a name the model tagged a person alone elsewhere, even a word of the dictionary ("Xi flew")
            found.append((doc[tok.i : tok.i + 1], PERSON))
        elif tok.text in firsts:  # (the whole name if it goes on here: "the Spanish-Moroccan Permanent Group")
            found.append((doc[tok.i : name_goes_on(doc, tok.i, bodies)], ORGANIZATION))
        elif hyphen_partner(tok):
            found.append((doc[tok.i : tok.i + 1], PAIR_TYPES[pair_label(tok.text)]))  # "the Biden-Xi summit"
        elif is_name_word(tok) and not tok.text.isupper() and cricket_player(doc[tok.i : tok.i + 1]) \
                and not gazetteer.country(tok.text):
            found.append((doc[tok.i : tok.i + 1], PERSON))  # "c Northam b Southam", "Northam 10-0-41-2"
        elif (end := dateline_city(tok, places)) and not any(i in taken for i in range(tok.i, end)):
            found.append((doc[tok.i : end], PLACE))  # "MEXICO CITY — ": not Mexico; "DAVOS, Switzerland" (in Davos)
        elif country_end is not None:
            found.append((doc[tok.i : country_end], COUNTRY))  # "The Holy See's new ambassador", "of Guinea-Bissau"
            # (not Guinea)
        elif (tok.pos_ == "PROPN" or title_after(tok)) and gazetteer.country(tok.text):
            found.append((doc[tok.i : tok.i + 1], COUNTRY))  # (and "Barbados Prime Minister X", tagged a plural noun)
        elif tok.i + 2 < len(doc) and tagged_party(doc[tok.i : tok.i + 3]):
            found.append((doc[tok.i : tok.i + 3], ORGANIZATION))  # "Sen. X, D-Va., said": the Democratic Party
        elif party_adjective(tok) or party_before_post(doc[tok.i : tok.i + 1]):
            found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "the Green party whip", "Labour MP X": the party
        elif (end := place_before_title(tok, people) or place_after_title(tok, people)) is not None:
            found.append((doc[tok.i : end], PLACE))  # "Ontario Premier Doug Ford", "the Governor of Bihar"
        elif demonym_before_title(tok):
            found.append((doc[tok.i : tok.i + 1], "NORP"))  # "the new Lithuanian president": a people's adjective
        elif demonym_before_title(tok, regional=True):
            found.append((doc[tok.i : tok.i + 1], PLACE))  # "Andalusian President X": the region's
        elif is_name_word(tok) and not gazetteer.country(tok.text) and versus_run(tok, taken):
            found.append((versus_run(tok, taken), ORGANIZATION))  # "Postponed : Northtown v Southville"
        elif team_role_after(doc[tok.i : tok.i + 1]) and (gazetteer.city(tok.text) or gazetteer.region(tok.text)):
            found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "Dortmund coach X": the club
        elif (end := city_words(tok, taken)) and not any(i in taken for i in range(tok.i, end)):
            found.append((doc[tok.i : end], PLACE))  # "in Ha Noi", "in Ho Chi Minh City", "in Chennai X"
        elif (end := venue_before_apposition(tok, taken)) is not None:
            found.append((doc[tok.i : end], PLACE))  # "at Mburuvicha Roga, the presidential residence,"
        elif missed_town(tok, common_word):
            one = doc[tok.i : tok.i + 1]  # "Northshire beat Southshire by an innings": the clubs
            club = sports_side(one) or (sports_document(doc) and town_as_side(one))
            found.append((one, ORGANIZATION if club else PLACE))
        elif (end := reporter_end(tok, taken)) is not None:
            found.append((doc[tok.i : end], PERSON))  # "DW's Ritika Sharma reports from New Delhi"
        elif name_after_post(tok, taken, common_word):
            found.append((name_after_post(tok, taken, common_word), PERSON))  # "Minister of Trade, Piyush Goyal,"
        elif (addressed := addressed_name(tok, taken)) is not None:
            found.append((addressed, PERSON))  # "The President of the Republic, Mr Abdelmadjid Tebboune, held talks"
        elif (gazetteer.given_name(tok.text) or INITIAL.match(tok.text)) and given_name_span(tok, taken, common_word):
            found.append((given_name_span(tok, taken, common_word), PERSON))
        elif acronym_before_title(tok) or acronym_after_title(tok):
            found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "CNTP Secretary X", "Head of UNOWAS": a body
        elif (tok.pos_ == "PROPN" or tok.text.isupper()) and not common_word(tok.lower_) \
                and body_before_title(doc[tok.i : tok.i + 1]):
            found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "Northcorp CEO X": the company
        elif (end := body_name_end(tok, taken)) is not None:
            found.append((doc[tok.i : end], ORGANIZATION))  # "of the Federal Mediation and Conciliation Service"
        elif (end := group_name_end(tok, taken, common_word)) is not None:
            found.append((doc[tok.i : end], ORGANIZATION))  # "the M23 rebel group", "the Filt Cgil union"
        elif surname_with_apposition(tok, common_word):
            found.append((doc[tok.i : tok.i + 1], PERSON))  # "Winter, 53, ...", "Tal, a senior official"
        elif listed_with_people(tok, people, common_word):
            found.append((doc[tok.i : tok.i + 1], PERSON))  # "met Fabius and Quorvath": one of the people named
        elif speaker(tok, taken, common_word):
            found.append((speaker(tok, taken, common_word), PERSON))  # "Quorvath said on Friday"
    found += [(s, ORGANIZATION) for s in table_sides(doc, taken)]
    # what names found only now tell: a city before one ("Consul General in Lahore Zhao Shiren", the model tagging
    # neither), the surname of a person found after a title ("Minister of State Ivo Marek (...) Marek held talks")
    named = taken | {i for s, _ in found for i in range(s.start, s.end)}
    late_surnames = surnames_of(found) - surnames  # (and the first of two family names: "Restrepo" of "Camilo
    # Restrepo Osorio", found only now)
    late_surnames |= {s.text for s, t in found if t == PERSON and len(s) == 1 and known_as(s[0]) is not None}
    places |= {gazetteer.fold(s.text) for s, t in found if t == PLACE}  # "FAIRBANKS, Alaska —" (...) "In Fairbanks"
    for i in numpy.flatnonzero(words_where(doc, lambda w: w[:1].isupper())).tolist():
        if i in named:
            continue
        if (end := city_words(doc[i], named) or named_place_words(doc[i], named, places)) \
                and not named & set(range(i, end)):
            found.append((doc[i:end], PLACE))
        elif doc[i].text in late_surnames:
            found.append((doc[i : i + 1], PERSON))
    # "Marine Lt. X": a "Given Surname" pair ending in a rank's abbreviation is a body and a rank, not a name
    found = [(s, t) for s, t in found if not (t == PERSON and abbreviation(s[-1]))]
    # "JOHANNESBURG, Feb 21 (South Asia Newswire) —": the agency's name, however it reads
    found = [(s, ORGANIZATION if t == PERSON and dateline_agency(s) else t) for s, t in found]
    return [(s, t) for s, t in filter_spans_typed(found) if not taken & set(range(s.start, s.end))]


#: kg types of the labels :func:`kg.nlp.entity_spans.pair_label` gives.
PAIR_TYPES = {"GPE": COUNTRY, "ORG": ORGANIZATION, "LOC": PLACE, "PERSON": PERSON, "NORP": "NORP"}


#: Words naming the day a report is written on, or one next to it: "today", "this morning", "last night".
DAY_WORDS = {"today", "yesterday", "tonight", "tomorrow"}
#: Parts of a day after "this", "last", "yesterday": "this morning", "yesterday afternoon".
DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def missed_days(doc: Doc) -> list[Span]:
    """Days the model did not tag as dates ("This morning, in the Apostolic Palace, X received Y" after a bulletin's
    date line): "today", "yesterday", "tonight", "tomorrow" (capitalised only opening a sentence: not the "Today"
    programme), "this/last/yesterday morning", "the following day" and the like, and a month's day tagged otherwise
    ("Busan on Oct 30" tagged a place); as DATE spans outside any entity."""
    found = []
    for i in numpy.flatnonzero(words_where(doc, _day_word)).tolist():  # (no other word opens one)
        tok = doc[i]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.ent_type_ not in {"DATE", "PERSON", PERSON} and tok.text.rstrip(".").lower() in MONTHS \
                and tok.text[:1].isupper() and nxt is not None and nxt.is_digit and 1 <= int(nxt.text) <= 31 \
                and nxt.ent_type_ != "DATE":
            found.append(Span(doc, tok.i, tok.i + 2, label="DATE"))  # "Oct 30" of "Busan on Oct 30" tagged a place
            continue
        if tok.ent_type_ or tok.text[:1].isupper() and not tok.is_sent_start:
            continue
        if tok.lower_ == "the" and nxt is not None and nxt.lower_ in {"following", "next", "previous"} \
                and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in DAY_PARTS | {"day"} \
                and not any(t.ent_type_ for t in doc[tok.i : tok.i + 3]):
            found.append(Span(doc, tok.i, tok.i + 3, label="DATE"))  # "The following day, back in Istanbul"
        elif tok.lower_ in {"this", "last", "yesterday"} and nxt is not None and nxt.lower_ in DAY_PARTS \
                and not nxt.ent_type_ and not (tok.lower_ == "this" and nxt.lower_ == "night"):
            found.append(Span(doc, tok.i, tok.i + 2, label="DATE"))
        elif tok.lower_ in DAY_WORDS and tok.pos_ in {"NOUN", "ADV", "PROPN"}:
            found.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
    return found


def _day_word(word: str) -> bool:
    """A word :func:`missed_days` reads a day from: a month's name, "the", "this", "last", "yesterday", "today"..."""
    return word.rstrip(".").lower() in MONTHS or word.lower() in DAY_WORDS | {"the", "this", "last", "yesterday"}


def country_words(tok, taken: set[int]) -> int | None:
    """The end of a country's name of two or three capitalised words opening at tok that the model left untagged
    ("Holy See", "Costa Rica", "Timor-Leste" of three tokens, "Côte d'Ivoire"), or of two names joined by "and"
    ("São Tomé and Príncipe", "Antigua and Barbuda"), or None."""
    doc = tok.doc
    if any(t.lower_ == "and" for t in doc[tok.i + 1 : tok.i + 4]):  # two names joined: "São Tomé and Príncipe"
        for end in range(min(len(doc), tok.i + 5), tok.i + 2, -1):
            words = doc[tok.i : end]
            if "and" in {t.lower_ for t in words[1:-1]} and not any(t.i in taken for t in words) \
                    and all(t.is_alpha and (t.text[:1].isupper() or t.lower_ == "and") for t in words) \
                    and words[-1].text[:1].isupper() and (found := gazetteer.country(words.text)) \
                    and " and " in found.name:
                return end
    for end in (tok.i + 3, tok.i + 2):
        words = doc[tok.i : end]
        if end <= len(doc) and not tok.is_stop and not any(t.i in taken for t in words) and all(
                t.is_alpha and t.text[:1].isupper() or inner_hyphen(doc, t.i, tok.i) or elided(t) for t in words) \
                and (words[-1].is_alpha or elided(words[-1])) and gazetteer.country(words.text) and (
                    len(words) == 2 or hyphen_country(words) or not inner_hyphen(doc, words[1].i, tok.i)):
            return end
    return None


def elided(tok) -> bool:
    """A French article elided onto a capitalised name: "d'Ivoire" of "Côte d'Ivoire"."""
    head, _, rest = tok.text.partition("'")
    return len(head) == 1 and head.islower() and rest[:1].isupper() and rest.isalpha()


def reporter_end(tok, taken: set[int]) -> int | None:
    """The end of a news outlet's journalist's name opening at tok ("DW's Ritika Sharma"), or None."""
    doc = tok.doc
    end = tok.i
    while end < len(doc) and end - tok.i < 3 and end not in taken and doc[end].is_alpha \
            and doc[end].text[:1].isupper() and (end == tok.i or not doc[end].is_sent_start):
        end += 1
    return end if end - tok.i >= 2 and outlet_reporter(doc[tok.i : end]) else None


def hyphen_partner(tok) -> bool:
    """A word of a hyphenated pair of names before a contact noun ("the Biden-Xi summit"), the model
    having tagged one or neither."""
    doc = tok.doc
    return any(0 <= start and start + 3 <= len(doc) and hyphen_pair(doc, start, start + 3) is not None
               for start in (tok.i, tok.i - 2))


#: Words that join the capitalised words of a body's name: "Federal Mediation and Conciliation Service".
BODY_NAME_GLUE = {"and", "of", "for", "on", "&"}
#: Heads of bodies' names: the last word of a capitalised run after "the" that makes it an organisation.
BODY_NAME_HEADS = {"service", "services", "agency", "commission", "council", "association", "federation", "foundation",
                   "institute", "board", "bureau", "authority", "administration", "department", "ministry", "union",
                   "committee", "society", "corporation", "office", "fund", "trust", "organization", "organisation",
                   "secretariat", "coalition", "alliance", "movement", "front", "party", "court", "tribunal",
                   "university", "college", "academy", "bank", "exchange", "group", "company"}


def body_name_end(tok, taken: set[int]) -> int | None:
    """The end of an untagged body's name opening at tok after a lower-case "the": capitalised words, joined by
    "and", "of", "for", up to a head noun ("the Federal Mediation and Conciliation Service"); None otherwise."""
    doc = tok.doc
    if not (tok.i > 0 and doc[tok.i - 1].text == "the" and tok.is_alpha and tok.text[:1].isupper()):
        return None
    end, last = tok.i, None
    while end < len(doc) and end - tok.i < 8 and end not in taken and "\n" not in doc[end - 1].whitespace_:
        word = doc[end]
        if word.is_alpha and word.text[:1].isupper() and not word.text.isupper():
            last = end
        elif not (word.lower_ in BODY_NAME_GLUE and end > tok.i):
            break
        end += 1
    if last is None or last == tok.i or doc[last].lower_ not in BODY_NAME_HEADS \
            or doc[tok.i : last + 1].text.lower() in GENERIC_BOARDS:
        return None  # (not "of the Management Board": a board named by its kind)
    return last + 1


def armed_group_name(tok, common_word: CommonWords) -> bool:
    """An untagged name word before the noun of a group ("the M23 rebel group", "the Wagner group"): the
    group's name; not a people ("the Syrian rebels") nor a dictionary word ("the Rebel Alliance")."""
    return (names_a_group(tok) and (tok.is_alpha or re.match(r"^[A-Z]+\d+$", tok.text)) and not common_word(tok.lower_)
            and not gazetteer.demonym(tok.text) and not gazetteer.country(tok.text))


def group_name_end(tok, taken: set[int], common_word: CommonWords) -> int | None:
    """The index after a group's name that opens at ``tok`` (one or two untagged words before the noun of a group:
    "the M23 rebel group", "the Filt Cgil union"), or None."""
    doc = tok.doc
    if armed_group_name(tok, common_word):
        return tok.i + 1
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.i not in taken and tok.dep_ == "compound" and tok.head.i == nxt.i and tok.is_alpha \
            and tok.text[:1].isupper() and not common_word(tok.lower_) and armed_group_name(nxt, common_word):
        return tok.i + 2
    return None


def versus_run(tok, taken: set[int]) -> Span | None:
    """The capitalised words from ``tok`` (one to four, none tagged) when they are one side of
    "X v Y" (see ``versus_side``)."""
    doc = tok.doc
    if tok.i > 0 and is_name_word(doc[tok.i - 1]) and doc[tok.i - 1].i not in taken:
        return None  # not the first word of the run
    end = tok.i + 1
    while end < len(doc) and end - tok.i < 4 and end not in taken and is_name_word(doc[end]):
        end += 1
    span = doc[tok.i : end]
    return span if versus_side(span) and not gazetteer.country(span.text) else None


#: Nouns of meetings a city's name before them places: "the Asuncion summit", "the Geneva talks".
NAMED_MEETINGS = {"summit", "talks", "meeting", "conference", "negotiations", "ministerial"}


def missed_town(tok, common_word: CommonWords) -> bool:
    """A one-word city (100,000 people or more, or a capital after "in", "to"...) or region the model did not tag:
    not a given name (but after "in", "at"...), a dictionary word ("Reading", "Bury") or a word in capitals, and not
    part of a longer name."""
    text, doc = tok.text, tok.doc
    located = tok.i > 0 and doc[tok.i - 1].lower_ in LOCATIVE  # "in Colombo": a city, though a given name too
    # (or naming a meeting: "on the sidelines of the Asuncion summit")
    located = located or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in NAMED_MEETINGS and tok.i > 0 \
        and doc[tok.i - 1].lower_ == "the"
    if text.isupper() or not letters(tok) or gazetteer.given_name(text) and not located or not text[:1].isupper():
        return False
    if common_word(tok.lower_) and gazetteer.city_population(text) < (CITY if located else BIG_CITY) \
            and not (located and gazetteer.capital_country(text)):
        return False  # "Reading", "Bury"; but "Montevideo", a city of millions, "in Colombo" and "to Apia" (a capital)
    if not (gazetteer.city_population(text) >= CITY or gazetteer.region(text)
            or located and gazetteer.capital_country(text)):  # "to Nuku'alofa": a capital of 22,000 people
        return False
    # no capitalised neighbour but a common word opening the sentence ("Bayern Munich moved")
    return not any(0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha
                   and not (doc[k].is_sent_start and common_word(doc[k].lower_)) for k in (tok.i - 1, tok.i + 1))


#: How many capitalised words an untagged venue's name before its apposition may run to.
VENUE_NAME_WORDS = 3


def venue_before_apposition(tok, taken: set[int]) -> int | None:
    """The end of an untagged name after "at" that an apposition calls a building: "at Mburuvicha Roga, the
    presidential residence," (the model knows no such name); None otherwise."""
    doc = tok.doc
    at = tok.i - 1 - (tok.i >= 2 and doc[tok.i - 1].lower_ == "the")  # (also "at the OR Tambo Building, the ...")
    if at < 0 or doc[at].lower_ != "at":
        return None
    end = tok.i
    while end < len(doc) and end - tok.i < VENUE_NAME_WORDS and end not in taken and doc[end].is_alpha \
            and doc[end].text[:1].isupper() and not (doc[end].text.isupper() and len(doc[end]) > 3):
        end += 1
    return end if end > tok.i and apposed_building(doc, end) else None


def party_adjective(tok) -> bool:
    """A capitalised word naming a party before the common noun "party": "Green party", "Pirate party"
    (not a people's adjective: "the Polish party"); opening a sentence, a known party's: "Green party co-leader
    X said" (not "Opposition party leaders said")."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "party" and doc[tok.i + 1].is_lower and tok.is_alpha
            and tok.text[:1].isupper() and tok.pos_ in {"ADJ", "PROPN"}
            and (not tok.is_sent_start or bool(gazetteer.organization(f"{tok.text} Party")))
            and not (gazetteer.demonym(tok.text) or gazetteer.country(tok.text) or gazetteer.city_population(tok.text) >= CITY))


def demonym_before_title(tok, regional: bool = False) -> bool:
    """A people's adjective the model left untagged, right before a title: "the Lithuanian president", "Ukrainian
    parliament speaker X" (with ``regional``, a state's or province's people's: "Andalusian President X")."""
    if regional:
        return bool(gazetteer.region_people(tok.text)) and title_then_name(tok.doc, tok.i + 1)
    if tok.i + 1 >= len(tok.doc) or not gazetteer.demonym(tok.text) or gazetteer.country(tok.text):
        return False
    doc, titles = tok.doc, gazetteer.titles()
    nxt = doc[tok.i + 1].lower_
    if nxt in titles or nxt in TITLE_WORDS_NOT_NAMES:
        return True
    # "the Ukrainian parliament speaker", "the Russian foreign ministry spokeswoman": a body's words, then its title
    k = tok.i + 1
    while k < min(tok.i + 4, len(doc)) and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[k].lower_ not in titles \
            and not doc[k].ent_type_:
        k += 1
    return tok.i + 1 < k < len(doc) and doc[k].lower_ in gazetteer.title_words() and doc[k].pos_ in {"NOUN", "PROPN"}


def region_end(tok) -> int | None:
    """The end of a one-word region or city (100,000 people or more) the model left untagged at ``tok``, with the
    "State" after it that some states' names take ("Kano State"); None if the word is neither. A given name that
    names a region is the region here ("Assam", "Alberta"): the callers ask for a title beside it."""
    doc = tok.doc
    if not (tok.is_alpha and tok.text.istitle()):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "State" and gazetteer.region(f"{tok.text} State"):
        return tok.i + 2
    if gazetteer.region(tok.text) or gazetteer.city_population(tok.text) >= CITY and not gazetteer.given_name(tok.text):
        return tok.i + 1
    return None


def place_before_title(tok, people: set[int]) -> int | None:
    """A region or city (:func:`region_end`) right before a title and a person's name (``people``: the indices of
    their words; a Malaysian honorific may stand between): "Ontario Premier Doug Ford", "Texas Gov. X", "Punjab
    Chief Minister X", "Sarawak Premier Tan Sri X", "Lagos State Commissioner X". The index after it, or None."""
    doc = tok.doc
    end = region_end(tok)
    if end is None or end + 1 >= len(doc) or gazetteer.demonym(tok.text):
        return None  # (a people's adjective that names a region too: "Somali President X" is Somalia's)
    for j in range(end, min(end + 3, len(doc) - 1)):  # "Punjab Chief Minister X": the title's head word
        if not doc[j].text[:1].isupper():
            return None
        post = abbreviation(doc[j]) or doc[j].lower_
        k = j + 2 if post.endswith(".") and j + 2 < len(doc) else j + 1
        k += malay_style_words(doc, k, min(len(doc), k + 4))
        if post in gazetteer.title_words() and k < len(doc) and k in people:
            return end
    return None


def place_after_title(tok, people: set[int]) -> int | None:
    """A region or city (:func:`region_end`) right after "of" and a title or a person's name: "the Governor of
    Bihar", "Chief Minister of Punjab", "Governor X of Kano State". The index after it, or None."""
    doc = tok.doc
    end = region_end(tok)
    if end is None or tok.i < 2 or doc[tok.i - 1].lower_ != "of":
        return None
    before = doc[tok.i - 2]
    return end if before.lower_ in gazetteer.title_words() and before.text[:1].isupper() or before.i in people \
        else None


def acronym_before_title(tok) -> bool:
    """"CNTP Secretary Luis Cobos", "NRC spokesman Jane Doe" (NRC spelled out before): letters in capitals right
    before a title that is followed by a name are the initials of the body the person works for."""
    doc = tok.doc
    text = tok.text
    if not (tok.is_alpha and text.isupper() and 2 <= len(text) <= 6) or tok.i + 2 >= len(doc):
        return False
    titles = gazetteer.title_words()
    if gazetteer.fold(text) in titles or gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.city(text) \
            or text.lower() in HONORIFICS or text in STYLE_INITIALS:
        return False  # but "HM King X", "HRH Prince X", "HE President X": a style
    if capitals_line(doc, tok.i):
        return False  # a line in capitals
    k = tok.i + 1  # "DA federal council chair X": the post's own words before its title
    while k < min(tok.i + 4, len(doc) - 2) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in titles:
        k += 1
    nxt, name = doc[k], doc[k + 1]
    if not (nxt.lower_ in titles and name.text[:1].isupper() and name.pos_ == "PROPN"):
        return False
    # a title in the name's case right after the letters; else letters the text spells out ("the Democratic Alliance
    # (DA)"), not a word in capitals before "spokesman Jane Doe"
    return k == tok.i + 1 and nxt.text[:1].isupper() or bracketed(doc, text)


def bracketed(doc, text: str) -> bool:
    """The text introduces these letters in brackets: "the Democratic Alliance (DA)"."""
    return any(t.text == text and 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
               for t in doc)


def acronym_after_title(tok) -> bool:
    """"Head of UNOWAS", "the director of USAID": letters in capitals after a title and "of" are the initials of
    the body the post is in."""
    doc = tok.doc
    text = tok.text
    if not (tok.is_alpha and text.isupper() and 3 <= len(text) <= 7) or tok.i < 2 or doc[tok.i - 1].lower_ != "of":
        return False
    if gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.city(text) or capitals_line(doc, tok.i):
        return False
    return doc[tok.i - 2].lower_ in gazetteer.title_words() or gazetteer.fold(doc[tok.i - 2].text) in gazetteer.title_words()


def _date_word(tok) -> bool:
    """The token starts a date like "1996-08-22" or "Aug 22", not a row of numbers."""
    if tok.ent_type_ != "DATE":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    text = ent.text if ent is not None else tok.text
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", text) or any(c.isalpha() for c in text))


def city_words(tok, taken: set[int]) -> int | None:
    """A city of 100,000 people or more, or a capital, after a locative preposition, of two to four words ("in Ha
    Noi", "to Ho Chi Minh City", "to Port of Spain") or of one before a name the model tagged ("Consul General in
    Chennai X"): the index after its last word, or None."""
    doc = tok.doc
    if tok.i < 1 or doc[tok.i - 1].lower_ not in LOCATIVE:
        return None
    end = tok.i
    while end < min(len(doc), tok.i + 4) and end not in taken and letters(doc[end]) and (
            doc[end].text[:1].isupper() or end > tok.i and doc[end].lower_ in CITY_LINKS):
        end += 1  # "in Ha Noi", "to Port of Spain"
    return next((k for k in range(end, tok.i, -1) if (gazetteer.city_population(doc[tok.i : k].text) >= CITY
                                                      or gazetteer.capital_country(doc[tok.i : k].text))
                 and doc[k - 1].text[:1].isupper()
                 and (k == len(doc) or not doc[k].text[:1].isupper() or k in taken) and (k > tok.i + 1 or k in taken)),
                None)


def named_place_words(tok, taken: set[int], places: set[str]) -> int | None:
    """A place the document names elsewhere (``places``: folded names), after a locative preposition: "In
    Fairbanks the two men held talks" under a "FAIRBANKS, Alaska —" dateline. The index after its last word."""
    doc = tok.doc
    if tok.i < 1 or doc[tok.i - 1].lower_ not in LOCATIVE:
        return None
    end = tok.i
    while end < min(len(doc), tok.i + 3) and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return next((k for k in range(end, tok.i, -1) if gazetteer.fold(doc[tok.i : k].text) in places
                 and (k == len(doc) or not doc[k].text[:1].isupper())), None)


#: Lower-case words inside the names of cities: "Port of Spain", "Port au Prince", "Rio de Janeiro".
CITY_LINKS = {"of", "de", "del", "dos", "das", "di", "au", "du", "da", "do", "la", "el"}


def dateline_city(tok, places: frozenset[str] | set[str] = frozenset()) -> int | None:
    """"GENEVA 1996-08-22", "KUALA LUMPUR, Oct 26 -", "COLOMBO (Reuters) -": a city in capitals of one
    to three words opening a line, before a date, a comma, a bracket or a dash (the model misses names
    in capitals, or tags a part of them), a known city or one of the document's ``places`` (folded
    names: a small town the headline names); the index after the city's last word, or None."""
    doc = tok.doc
    if not (tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space):
        return None
    end, limit = tok.i, tok.i + 4  # the words in capitals on the line, three at most
    while end < min(len(doc), limit) and (doc[end].is_alpha and doc[end].text.isupper() or saint_stop(doc, end)
                                          or inner_hyphen(doc, end, tok.i) or inner_apostrophe(doc, end, tok.i)) \
            and not (end > tok.i and "\n" in doc[end - 1].whitespace_):
        limit += doc[end].text == "-"  # "SHARM EL-SHEIKH": a hyphenated word is one
        end += 1
    if end == tok.i and (stop := dateline_end(doc, tok.i)) is not None:  # "Calcutta, Dec. 9: X called on Y"
        end = next((k for k in range(min(stop, tok.i + 4), tok.i, -1) if gazetteer.city(doc[tok.i : k].text)), tok.i)
        return end if end > tok.i and doc[end].text in {",", "("} else None
    for k in range(end, tok.i, -1):  # the longest city
        words = doc[tok.i : k]
        nxt = doc[k] if k < len(doc) else None
        # a date or a bracket, not a bare number: "CHICAGO 65 60 .520" opens a row of a standings table
        marks = nxt is None or nxt.text in {"(", "-", "--", "—", "–", ",", ":"} or _date_word(nxt) or (  # "NEW DELHI: X met Y"
            city_line_end(doc, tok.i) is not None)  # "CHENNAI" alone on its line
        if marks and len(words.text) >= 4 and (gazetteer.city(words.text) or gazetteer.country(words.text)
                                               or gazetteer.fold(words.text) in places):
            return k
    # "RAMSTEIN AIR BASE, Germany, Jan 20 -": any place a dateline names before its country
    return end if end > tok.i and country_after(doc, end) and dateline_end(doc, tok.i) is not None else None


def filter_spans_typed(items: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    label = {(s.start, s.end): t for s, t in items}
    return [(s, label[(s.start, s.end)]) for s in filter_spans([s for s, _ in items])]
