"""Types for :mod:`kg.nlp.entities`: which of kg's kinds (Person, Organization, Country, Place) a
name is, or whether it is one at all.

- ``decide_type``: one span from local evidence (:mod:`kg.nlp.entity_evidence`, the gazetteers,
  titles and sports pages), the rules in order, the first that applies decides;
- ``harmonise``: one name, one type in a document: people's names and surnames win, then the majority.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.dates import MONTHS
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_evidence import (
    ADMIN_HEADS,
    APPOSED_BUILDING_NOUNS,
    BUILDING_ONLY_HEADS,
    BUILDING_OR_BODY_HEADS,
    FAITH_WORDS,
    FEATURE_NOUNS,
    PLACE_HEADS,
    SEA_FEATURE_HEADS,
    STREET_HEADS,
    after_locative,
    aged,
    article_before,
    before_common_noun,
    body_before_title,
    body_owner,
    building_before,
    building_noun_after,
    byline_name,
    company_before,
    country_post,
    facility,
    group_adjective,
    has_initials,
    has_org_cue,
    in_a_venue,
    kin_noun_before,
    locative_the,
    looks_like_person,
    named_work,
    names_a_group,
    names_a_place_as_team,
    nicknamed,
    org_evidence,
    outlet_reporter,
    party_before_post,
    party_tag,
    place_noun_after,
    place_noun_of,
    portfolio,
    post_acronym,
    post_name,
    post_of,
    quoted_work,
    region_plural_after,
    remit_of_holder,
    residence_of_aged,
    short_name_of_body,
    spelled_by_acronym,
    tagged_party,
)
from kg.nlp.entity_people import known_as
from kg.nlp.entity_spans import HYPHENS, trim
from kg.nlp.entity_words import (
    BIG_CITY,
    CALENDAR_WORDS,
    CITY,
    COMPANY_ENDINGS,
    CONTINENTS,
    DOCUMENT_ACRONYMS,
    DOCUMENT_HEADS,
    DOCUMENT_OPENERS,
    GENERIC_BOARDS,
    NAME_ARTICLES,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    PREFIXES,
    STANDING_FORUM_HEADS,
    TITLE_WORDS_NOT_NAMES,
    is_name_word,
    spelt,
    surnames_of,
)
from kg.nlp.lines import tokens_where
from kg.nlp.memo import per_document
from kg.nlp.names import (
    HONORIFIC_PAIRS,
    HONORIFICS,
    STYLE_INITIALS,
    STYLE_NOUNS,
    name_key,
)
from kg.nlp.paragraphs import (
    SHORT_GIVEN_NAMES,
    country_after,
    dateline_end,
    state_after,
)
from kg.nlp.quotes import QUOTE_MARKS
from kg.nlp.sports import (
    COMPETITION_WORDS,
    athlete_result,
    cricket_player,
    fixture_line,
    opens_table_row,
    opponent,
    results_line,
    sports_side,
    versus_side,
)
from kg.nlp.titled_names import has_person_evidence
from kg.nlp.titles import FUNCTION_WORD_FAMILY_NAMES, RULING_NOUNS, entity_at, singular_title
from kg.nlp.trigger_words import FORUM_HEADS

#: Marks in brackets that end a wire story: "(END)".
WIRE_END_MARKS = {"END", "ENDS", "End"}
#: Last words of the names of a format of talks, which is no body: "Foreign Office Consultations", "the Geneva Talks".
TALKS_HEADS = {"Consultations", "Talks", "Negotiations", "Conversation", "Call", "Discussion", "Discussions"}
#: Default mapping when no other evidence decides.
DEFAULT_TYPE = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
#: Currencies the model takes for names ("35 million Euros").
CURRENCY_WORDS = {"euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "ruble",
                  "rubles", "rouble", "roubles", "franc", "francs", "rand", "rands", "lira", "peso", "pesos"}


#: Words of kinds of body that, alone before a post, name none: "Party General Secretary X", "Cabinet spokesman X",
#: "the Head of Mission and Force Commander of UNIFIL, X" (but "Navy Captain X": the country's navy; and "the
#: Government said" names the one the story is about).
KIND_OF_BODY = {"party", "ministry", "government", "department", "office", "agency", "cabinet", "secretariat",
                "force", "mission"}
#: Last words of the names of states: after a people's adjective ("German Reich") the name is a state's.
STATE_HEADS = {"Republic", "Kingdom", "Empire", "Reich", "Emirate", "Emirates", "Sultanate", "Principality", "Caliphate"}
#: Last words of the names of awards: "the Brownlow Medal", "the Northtown Prize" (tagged PERSON).
AWARD_HEADS = {"Medal", "Medals", "Prize", "Prizes", "Award", "Awards", "Trophy"}
#: Last words of the names of events: "London Olympics", "World Cup", "Northtown Film Festival".
EVENT_HEADS = {"Olympics", "Olympic", "Paralympics", "Games", "Championships", "Cup", "Festival", "Expo", "Biennale",
               "Summit", "Visit", "Retreat"}


#: Words of meetings a release capitalises when it names one again: "the Summit", "the Conference".
MEETING_WORDS = {"summit", "summits", "conference", "forum", "meeting", "talks", "retreat"}


def honours_letters(span: Span) -> bool:
    """One word in capitals set between commas after a person's name, or after such letters: "X, GCSK, FRCP,"."""
    doc, k = span.doc, span.start - 2
    while k >= 1 and doc[k + 1].text == "," and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) <= 5:
        k -= 2  # past earlier letters: "GCSK, " before "FRCP"
    return len(span) == 1 and span[0].is_upper and span[0].is_alpha and len(span[0]) <= 5 and k >= 0 \
        and doc[k + 1].text == "," and doc[k].ent_type_ == "PERSON" and span.end < len(doc) \
        and doc[span.end].text == ","


def decide_type(span: Span) -> str | None:
    """The kg type of one span from local evidence, or None to drop it.

    Demonyms ("Russian") keep the label NORP: they refer to a country without naming it.
    """
    text = span.text
    if span.label_ in {"NORP", "ORG"} and party_before_post(span):
        return ORGANIZATION  # "Labour MP X", "Republican Senator X": the party ("Republican" tagged a people's word)
    if span.label_ == "NORP":
        if gazetteer.organization(text) and not gazetteer.country(text):
            return ORGANIZATION  # "the Social Democrats", "the Greens": a party, not a people
        return COUNTRY if gazetteer.country(text) else "NORP"
    if span.label_ == "GPE" and gazetteer.region_people(text):
        return PLACE  # "Andalusian" before "President X" (``region_by_people``): the region
    folded = gazetteer.fold(text)
    if folded.removeprefix("the ") in gazetteer.titles() or folded in TITLE_WORDS_NOT_NAMES or len(text.strip(".")) < 2:
        return None  # "State" of "Secretary of State", "X.", "The Head of State"
    if folded.removeprefix("the ") in GENERIC_BOARDS:
        return None  # "Chairman of the Board of Directors X": a board of the body named around it, no name
    if span[0].is_lower and span[0].lower_ in {"of", "for", "to", "and"}:
        return None  # "of Foreign Affairs" left of "the Minister of Foreign Affairs of" tagged a person: a post's end
    prefixed = len(span) == 1 and span.end < len(span.doc) and span.doc[span.end].text in HYPHENS \
        or len(span) == 3 and span[1].text in HYPHENS
    if span[0].lower_ in PREFIXES and prefixed and not gazetteer.organization(text):
        return None  # "Inter-Libyan dialogue", "Pan-African": a prefix and an adjective, not a name
    if len(span) == 1 and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in span.root.children):
        return None  # "X, an observant Jew,", "a devout Catholic": a kind of person, no name
    if len(span) == 1 and singular_title(gazetteer.fold(text)):
        return None  # "the Presidents agreed": the plural of a title
    if span.label_ == "ORG" and portfolio_before_title(span):
        return None  # "Foreign Affairs Cabinet" of "Foreign Affairs Cabinet Secretary X": a post's words, no body
    if span.label_ == "ORG" and forum_owners(span):
        return None  # "the Japan-India Foreign Ministers' Strategic Dialogue": the forum's members, no body
    words = gazetteer.fold(text).removeprefix("the ").split()
    if len(words) > 1 and (one := singular_title(words[0])) and " ".join([one, *words[1:]]) in gazetteer.titles():
        return None  # "the two Heads of State": the plural of a title of several words
    if len(span) == 1 and span[0].lower_ in MEETING_WORDS:
        return None  # "hosted the Summit": the meeting just named, capitalised
    if text in STYLE_INITIALS and span.end < len(span.doc) and span.doc[span.end].text[:1].isupper():
        return None  # "HE President X": "His Excellency" written short, no body
    if honours_letters(span):
        return None  # "X, GCSK, FRCP, will hold": letters of a person's honours, no body
    if len(span) == 1 and span[0].lower_.rstrip(".") in MONTHS and span.end < len(span.doc) \
            and span.doc[span.end].like_num:
        return None  # "LUANDA, Oct 2 (Reuters)": a month, no one
    if span.label_ == "ORG" and folded.removeprefix("the ") in gazetteer.world_regions():
        return PLACE  # "the Indo-Pacific" tagged ORG: a region of the world
    if country_government(span):
        return None  # "Peru's Interim Government": the country's government, which the country stands for
    if portfolio(span) or post_name(span) or remit_of_holder(span) or country_post(span):
        return None  # "the UK's Business and Trade Secretary", "Chancellor of the Exchequer", "Minister of
        # Foreign Affairs", "China International Trade Representative": a post, not a body
    if len(span) > 1 and titles_only(span):
        return None  # "Qatar's Emir Sheikh Tamim" tagged "Emir Sheikh" + "Tamim": a title and an honorific
    if all(gazetteer.fold(t.text) in STYLES for t in span) or all(t.lower_ in HONORIFICS for t in span) or (
            len(span) == 2 and (span[0].lower_, span[1].lower_) in HONORIFIC_PAIRS):  # "Datuk Seri" tagged alone
        return None  # "His Royal Highness", "Her Majesty", "H.E.": a style or form of address
    if gazetteer.fold(text) in CALENDAR_WORDS or gazetteer.fold(text) in CURRENCY_WORDS:
        return None  # "Tuesday" tagged PERSON, "35 million Euros"
    if len(span) >= 2 and span[-1].text in EVENT_HEADS and not (gazetteer.organization(text) or looks_like_person(
            span) and not (gazetteer.city(span[0].text) or gazetteer.organization(span[0].text))):
        return None  # "the London Olympics", "the Northtown Film Festival", "the NATO Summit" ("Nato" a given name
        # too): an event, not a name of ours
    if len(span) == 1 and span.label_ == "PERSON" and gazetteer.fold(text) in gazetteer.cue_words("org") \
            and not gazetteer.given_name(text):
        return None  # "the OAS General Secretariat" with "Secretariat" tagged a person: a body's word, no one
    if len(span) == 1 and span.label_ == "PERSON" and span.start >= 2 and span.doc[span.start - 1].lower_ == "for" \
            and span.doc[span.start - 2].lower_ in gazetteer.title_words() and not gazetteer.given_name(text):
        return None  # "junior minister for Francophonie and international partnerships X": the post's remit
    if text in WIRE_END_MARKS and span.start >= 1 and span.doc[span.start - 1].text == "(":
        return None  # "(END)", "(ENDS)": a wire story's last line, no body
    if text in SHORT_GIVEN_NAMES:
        return None  # "Md." of "Md. Jashim Uddin" tagged alone: a shortened given name, no name of its own
    if len(span) >= 2 and span[-1].text in TALKS_HEADS:
        return None  # "held the sixth round of Foreign Office Consultations with X": a format of talks, no body; a
        # headline's "X's Phone Conversation with Y": a contact
    if len(span) >= 2 and span[-1].text in STANDING_FORUM_HEADS:
        return ORGANIZATION  # "the Shangri-La Dialogue", "the India-Central Asia Dialogue": a forum, not a place
    if span[-1].text in AWARD_HEADS and not gazetteer.organization(text):
        return None  # "Brownlow Medal winner X": an award, not a name of ours
    if len(span) >= 2 and (span[-1].text in DOCUMENT_HEADS or span[0].text in DOCUMENT_OPENERS) \
            and not gazetteer.organization(text) or text in DOCUMENT_ACRONYMS:
        return None  # "the Ankara Declaration", "the Paris Agreement", "Memoranda of Understanding", "FTA": a text,
        # no party
    if len(span) > 1 and span.label_ in {"LOC", "GPE", "FAC"} and span[-1].text in STREET_HEADS:
        return PLACE  # "Queen Victoria Street": a street, whatever title its name opens with
    if len(span) > 1 and span.label_ in {"LOC", "GPE", "FAC"} and span[-1].lower_ in FEATURE_NOUNS \
            and not (has_person_evidence(span) or gazetteer.country(text)):
        return PLACE  # "the Rocky Mountains" (a given name first): a natural feature
    if quoted_work(span):
        return None  # 'the film " Northtown Nights "': the title of a work, not a name of ours
    if named_work(span) and not (gazetteer.country(text) or gazetteer.city(text)):
        return None  # "his novel Tropic of Cancer", "Nolan's film Oppenheimer": a title too
    if span.label_ != "PERSON" and len(span) > 1 and folded.removeprefix("the ") in gazetteer.politicians():
        return PERSON  # "host Kassym-Jomart Tokayev" tagged ORG: a well-known politician's full name
    if party_tag(span):  # "Sen. X, D-Calif., said": a lawmaker's party and state; the whole tag names the party
        return ORGANIZATION if tagged_party(span) else None
    if len(span) <= 3 and (named := known_as(span[0])) is not None and (named.ent_type_ in {"PERSON", PERSON} or (
            (name := entity_at(span.doc, named.i)) is not None and has_person_evidence(name))
            or not named.ent_type_ and gazetteer.titles().get(named.lower_)):
        return PERSON  # "X, popularly known as Madobe," with "Madobe" tagged a place: X's nickname (X titled: "the
        # region's president, X, known as Irro," with both tagged bodies; or a title alone: "The Jubaland leader,
        # universally known as Madobe,")
    if byline_name(span) or outlet_reporter(span):
        return PERSON  # "By Ifeoma Nwachukwu" opening a line, "DW's Yohannes Gebreyesus": the writer
    if span.label_ != "PERSON" and len(span) > 1 and spelled_by_acronym(span) and not (
            gazetteer.country(text) or gazetteer.city(text) or gazetteer.region(text)):
        return ORGANIZATION  # "Samagi Jana Balawegaya (SJB)" tagged GPE: a body introduced with its initials
    if post_acronym(span):
        return None  # "the Director General of Military Operations (DGMO)": the post's initials
    if span.label_ == "PERSON" and short_name_of_body(span):
        return ORGANIZATION  # "United States Southern Command (SOUTHCOM)" tagged PERSON: the body's short name
    if len(span) == 1 and text.lower() in KIND_OF_BODY and not gazetteer.organization(text) \
            and span.end < len(span.doc) and span.doc[span.end].lower_ in gazetteer.title_words():
        return None  # "Party General Secretary X", "Cabinet spokesman X": a kind of body before a post, no name
    if len(span) > 1 and span[-1].lower_ == "cabinet" and all(t.lower_ in PORTFOLIO_WORDS | {",", "and", "&"}
                                                               for t in span[:-1]) \
            and span.end < len(span.doc) and span.doc[span.end].lower_ in gazetteer.title_words():
        return None  # "Interior Cabinet Secretary X", "Trade and Industry Cabinet Secretary Y": a portfolio and a post
        # (Kenya's ministers), no body
    if all(gazetteer.fold(t.text) in gazetteer.cue_words("group") for t in span):
        return "NORP"  # "Islam", "Sikh", "Hindi", "UTC": a faith, a people, a language, a time zone
    if group_adjective(span):
        return ORGANIZATION  # "the Houthi rebels", "meets Houthi negotiator" beside "Abdul-Malik al-Houthi": the group
    if article_surname(span):
        return PERSON  # "Sudani" after "Mohammed Shia al-Sudani": the family name, not the demonym it also is
    if gazetteer.demonym(text) and not gazetteer.country(text):
        return "NORP"  # "Ukrainian" tagged GPE: a demonym, kept for the alias resolver
    if gazetteer.language(text) and not (gazetteer.country(text) or gazetteer.city(text) or gazetteer.region(text)):
        return "NORP"  # "speaking in Sinhala" tagged GPE: a language, no place
    end = dateline_end(span.doc, span.start)
    if end is not None and (gazetteer.city(text) or gazetteer.country(text)) and (end == span.end or (
            span.text.isupper() and span.end < len(span.doc) and span.doc[span.end].text in {",", "("})):
        return PLACE  # "Abu Dhabi: X was received", "SHARM EL-SHEIKH, Egypt (Wire) -" tagged PERSON: a dateline's city
    if end is not None and span.text.isupper() and (country_after(span.doc, span.end)
                                                    or state_after(span.doc, span.end)):
        return PLACE  # "RAMSTEIN AIR BASE, Germany, Jan 20 -", "LA MALBAIE, Que. —": before its country or state
    if span.start >= 1 and state_after(span.doc, span.start - 1) \
            and dateline_end(span.doc, span.doc[span.start - 1].sent.start) is not None:
        return None  # the "Que" of "LA MALBAIE, Que. —": the province's abbreviation, a dateline's
    if dateline_agency(span):
        return ORGANIZATION  # "MOSCOW, May 14 (Eurasia Desk) —": the agency that filed the story
    if span.start >= 2 and span.doc[span.start - 1].text == "," and span.doc[span.start - 2].lower_ == "capital" \
            and gazetteer.city(text):
        return PLACE  # "in the Danish capital, Copenhagen, a spokesperson said" tagged PERSON: the capital's name
    if body_before_title(span) and not has_person_evidence(span):
        return ORGANIZATION  # "Northcorp CEO Jane Doe" with "Northcorp" tagged PERSON
    if len(span) >= 2 and span[-1].text in STATE_HEADS and gazetteer.demonym(span[0].text) and not (
            gazetteer.organization(text) or gazetteer.country(text)):  # but "the Argentine Republic" is Argentina
        return PLACE  # "the German Democratic Republic", "the German Reich" tagged PERSON: a (former) state
    if (len(span) > 1 and span[-1].text == "House" or span[-1].text in SEAT_BUILDINGS) and at_venue(span) \
            and not has_person_evidence(span) and not workplace(span):
        return PLACE  # "met X at the White House", "in the Kremlin": the building (not "the White House said")
    if len(span) > 1 and span[-1].text in BUILDING_ONLY_HEADS:
        return PLACE  # "Sultan Abdul Aziz Shah Airport": a building named after a person
    if residence_of_aged(span) and not (gazetteer.organization(text) or has_org_cue(span)):
        return PLACE  # "Jo Doe, 54, of Longridge," tagged PERSON: where the person lives
    if building_before(span) and not (gazetteer.city(text) or gazetteer.country(text)):
        return PLACE  # "called on X at his official residence, Seri Perdana": the building's own name
    if fronted_in(span) and (span.label_ == "PERSON" or has_person_evidence(span)) and not (
            gazetteer.given_name(span[0].text) or gazetteer.organization(text)):
        return PLACE  # "In Hargeisa, the region's president, X, said" tagged a person or (the title hung on it) a
        # body: where the sentence is set
    if span.label_ == "PERSON" and has_person_evidence(span):
        return PERSON
    if kin_noun_before(span) and not (gazetteer.country(text) or gazetteer.city(text) or gazetteer.organization(text)):
        return PERSON  # "his former rival Prabowo Subianto" tagged FAC: a person's
    if span.label_ == "PERSON" and locative_the(span) and not gazetteer.organization(text):
        return PLACE  # "summer plans on the Bosphorus" tagged PERSON
    if span.label_ == "PERSON" and in_a_venue(span) and not (has_person_evidence(span) or gazetteer.organization(text)):
        return PLACE  # "at a hotel in Nusa Dua" tagged PERSON: where the hotel is
    if span.label_ == "PERSON" and (where_gathered(span) or travelled_to(span)) and not (
            has_person_evidence(span) or gazetteer.given_name(text)):
        return PLACE  # "ministers gathered in Langkawi", "he would still travel to Kananaskis" tagged PERSON: where
        # they came together, where one goes (or is expected)
    if span.label_ == "PERSON" and meeting_at(span) and not (has_person_evidence(span)
                                                            or gazetteer.given_name(span[0].text)):
        return PLACE  # "received X at Wisma Putra" tagged PERSON: where they met (no one meets at a person)
    if nicknamed(span):
        return PERSON
    if aged(span) and not gazetteer.country(text):
        return PERSON  # "Sanders, 45, was found guilty" tagged ORG
    if span.label_ == "PERSON" and article_before(span) and not (looks_like_person(span) or gazetteer.city(text) or facility(span)):
        return ORGANIZATION  # "the Quorbürger are a dangerous movement" tagged PERSON: a group  # "Francois 'Papa Doc' Duvalier": a nickname in quotes inside a name
    if cricket_player(span) and not gazetteer.country(text):
        return PERSON  # "Northam 10-0-41-2", "c Northam b Southam": a bowler, a fielder
    if athlete_result(span) and not (gazetteer.country(text) or gazetteer.city(text)):
        return PERSON  # "Quorvath ( Ruritania ) 3:45.011": an athlete's time
    if len(span) > 1 and span[-1].text in ADMIN_HEADS | SEA_FEATURE_HEADS and not has_org_cue(span[:-1]):
        return PLACE  # "Donetsk Oblast" tagged ORG, "the Kursk Region": an area; "Scarborough Shoal": a feature
    if span.label_ == "PERSON" and len(span) > 1 and span[-1].text in PLACE_HEADS | ADMIN_HEADS:
        return PLACE  # "Morgan City", "Orange County" tagged PERSON: a place by its head word
    if gazetteer.country(text):
        return COUNTRY
    if gazetteer.organization(text):
        return ORGANIZATION
    if len(span) == 1 and span.label_ in {"GPE", "LOC", "PERSON"} and names_a_group(span[0]) and not (
            gazetteer.demonym(text) or gazetteer.city(text) or gazetteer.region(text)):
        return ORGANIZATION  # "the M23 rebel group" with "M23" tagged GPE
    if post_of(span) and not (has_person_evidence(span) or facility(span) or gazetteer.city(text) or gazetteer.region(text)):
        return ORGANIZATION  # "chief executive of Carl Zeiss Micro Imaging" tagged PERSON: what a post is of
    if company_before(span) and not has_person_evidence(span):
        return ORGANIZATION  # "media conglomerate Ivan Rusk", "its fuel supplier, Larkon": even with a given name
    if org_evidence(span) and not has_person_evidence(span) and not looks_like_person(span):
        return ORGANIZATION  # "carmaker Magna", "Tabcorp, a publicly listed company"
    if region_plural_after(span) and not has_org_cue(span):
        return PLACE  # "for Northam and Southam counties": the names of two counties
    if place_noun_after(span) and not (has_person_evidence(span) or looks_like_person(span)):
        return PLACE  # "the Matterhorn peak", "the Northbrook river": the name of a natural feature
    if place_noun_of(span) and not gazetteer.country(text):
        return PLACE  # "the island of Lampedusa"
    if building_noun_after(span) and not (has_person_evidence(span) or looks_like_person(span) and span.label_ != "FAC"
                                          or gazetteer.country(text)):
        return PLACE  # "at the Harpa concert hall" tagged PERSON: the building (a person's look: tagged FAC too)
    if facility(span):
        return PLACE  # "Ludwig Gallery", "Ulm Minster", "Estadio Santiago Bernabeu": a building or site
    if len(span) > 1 and span[-1].text == "Church" and all(t.lower_ in FAITH_WORDS for t in span):
        return ORGANIZATION  # "the Roman Catholic Church": the institution
    if len(span) == 1 and after_locative(span) and gazetteer.city_population(text) >= BIG_CITY:
        return PLACE  # "Before arriving in Paris, the Brazilian president ...": no apposition of a person
    if building_apposed(span) and not gazetteer.country(text):
        return PLACE  # "Borgo Egnazia, a whitewashed luxury resort" tagged PERSON, "the Palace of Nations, the Tajik
        # leader's residence" (a title in the apposition, no post of the name's)
    if has_person_evidence(span) and not (span.label_ != "PERSON" and len(span) > 1 and (
            has_org_cue(span[-1:]) or len(span) > 2 and span[1].lower_ == "of" and has_org_cue(span[:1]))) \
            and not (span.label_ == "LOC" and text.lower() in CONTINENTS):  # "Supreme Allied Commander Europe, X"
        return PERSON  # (not "Northcorp Holdings, a member of the X Council,", "the Ministry of Foreign Affairs,
        # ambassador X": a body's name, tagged one)
    if span.label_ == "PERSON" and names_a_place_as_team(span):
        return ORGANIZATION  # "Hertha Berlin", "Atletico Madrid": a club, not a person
    if opponent(span) and not gazetteer.country(text) and not (span.label_ == "PERSON" and (
            len(span) == 1 or looks_like_person(span) or gazetteer.given_name(span[0].text))):
        return ORGANIZATION  # "a qualifier against Dynamo Northtown", "lost to Red Bull Southville": a club
    if (fixture_line(span) or versus_side(span)) and not gazetteer.country(text):
        return ORGANIZATION  # "NORTHTOWN AT SOUTHVILLE", "Northtown v Southville": a fixture between two clubs
    if has_org_cue(span) or (opens_table_row(span) and (not looks_like_person(span) or gazetteer.city(text))):
        return ORGANIZATION  # "Labour Party", "Bank of Ruritania", "Northtown Rovers"
    city = gazetteer.city(text)
    region = gazetteer.region(text) if len(span) == 1 else None
    if (span.label_ in {"GPE", "LOC", "FAC"} or city or region) and sports_side(span):
        return ORGANIZATION  # "Northtown beat Southville 2-1": the clubs, not the towns
    if span.label_ in {"ORG", "FAC", "GPE", "LOC"} and meeting_at(span) and not (
            has_person_evidence(span) or gazetteer.organization(text) or gazetteer.forum_city(text)
            or span[-1].text in EVENT_HEADS | FORUM_HEADS | {"Session", "Week"}):
        return PLACE  # "the opening session at Bharat Mandapam" tagged ORG: where they met, whatever a name's look
        # (not a gathering: "At the Munich Security Conference, X met Y")
    if (looks_like_person(span) or has_initials(span)) and not city:
        return PERSON  # "Yekaterina Podkopayeva" tagged ORG, "J. Smith"
    if results_line(span) and not looks_like_person(span):
        return ORGANIZATION  # "Northtown 2 Southville 1"
    if city and span.label_ != "PERSON":
        return PLACE
    if region and span.label_ == "PERSON" and not gazetteer.given_name(text) and not looks_like_person(span):
        return PLACE  # "Derbyshire" tagged PERSON: a county
    if len(span) > 1 and span.label_ == "PERSON" and gazetteer.region(text) and not gazetteer.given_name(span[0].text):
        return PLACE  # "Tamil Nadu", "Uttar Pradesh" tagged PERSON: a state
    if city and len(span) > 1 and after_locative(span):
        return PLACE  # "in Ha Noi" tagged PERSON
    if city and len(span) > 1 and (gazetteer.capital_country(text) or gazetteer.city_population(text) >= CITY) \
            and not gazetteer.given_name(span[0].text):
        return PLACE  # "visited Port Moresby", "his native Punta Arenas" tagged PERSON: a capital, a city
    if city and len(span) == 1 and (
        gazetteer.city_population(text) >= BIG_CITY
        or after_locative(span)
        or (gazetteer.city_population(text) >= CITY and not gazetteer.given_name(text))
        or gazetteer.capital_country(text)
    ):
        return PLACE  # "Kiev", "Manchester", "Bratislava" tagged PERSON are cities; "Clinton" (a small town too) is a person
    return DEFAULT_TYPE.get(span.label_)


def country_government(span: Span) -> bool:
    """A government named after a country's possessive: "Peru's Interim Government", "Mali's Transitional
    Government"."""
    doc = span.doc
    return len(span) > 1 and span[-1].lower_ in RULING_NOUNS and span.start >= 2 \
        and doc[span.start - 1].lower_ in {"'s", "’s"} and gazetteer.country(doc[span.start - 2].text) is not None \
        and not gazetteer.organization(span.text)


#: Buildings named for the body that sits in them: "in the Capitol", "at the Kremlin" (else "the Kremlin said").
SEAT_BUILDINGS = {"Capitol", "Kremlin", "Elysee", "Élysée", "Quirinale", "Bundestag", "Reichstag", "Pentagon",
                  "Chancellery", "Headquarters"}


#: Verbs of coming together or arriving somewhere: "gathered in X", "arrived in X".
GATHERING_VERBS = {"gather", "convene", "meet", "arrive", "land", "assemble", "stay", "reconvene"}


def verb_preposition(span: Span) -> Token | None:
    """The preposition a one-word name right after it is the object of, when it hangs on a verb: "in" of "gathered
    in Langkawi"; None otherwise."""
    prep = span.doc[span.start - 1] if len(span) == 1 and span.start >= 1 else None
    return prep if prep is not None and span.root.head == prep and prep.head.pos_ in {"VERB", "AUX"} else None


def where_gathered(span: Span) -> bool:
    """A one-word name right after "in" on a verb of coming together or arriving: "gathered in Langkawi"."""
    prep = verb_preposition(span)
    return prep is not None and prep.lower_ == "in" and prep.head.lemma_.lower() in GATHERING_VERBS


#: Verbs of going somewhere, whose "to" names where: "travel to X", "flew to X", "headed to X".
GOING_VERBS = {"travel", "fly", "go", "come", "head", "return", "move", "drive", "sail", "jet", "rush", "journey"}


def travelled_to(span: Span) -> bool:
    """A one-word name right after the "to" of a verb of going, or where one is expected: "will travel to
    Kananaskis", "are also expected at Kananaskis on Tuesday"."""
    prep = verb_preposition(span)
    return prep is not None and prep.head.pos_ == "VERB" and (
        prep.lower_ in {"to", "into"} and prep.head.lemma_.lower() in GOING_VERBS
        or prep.lower_ in {"in", "at"} and prep.head.lemma_.lower() == "expect")


def fronted_in(span: Span) -> bool:
    """A name between a sentence's opening "In" and a comma: "In Hargeisa, the president said"."""
    doc = span.doc
    return span.start >= 1 and doc[span.start - 1].lower_ == "in" and doc[span.start - 1].is_sent_start \
        and span.end < len(doc) and doc[span.end].text == ","


def seat_at_venue(span: Span) -> bool:
    """A seat of government the gazetteer knows as a body, named after "at" or "in": the building ("met X at
    Downing Street", "at the Elysee Palace"; not "Downing Street said"); and a building's name the model took for a
    body, after the "at" of a meeting ("talks at the Mansudae Assembly Hall", "received X at the Y Secretariat")."""
    return (span[-1].text in SEAT_BUILDINGS | {"Street", "Palace", "House"} and at_venue(span)
            and bool(gazetteer.organization(span.text)) and not has_person_evidence(span) and not workplace(span)) \
        or span[-1].text in BUILDING_OR_BODY_HEADS and meeting_at(span) and not has_person_evidence(span)


#: Nouns of a body's seat after its name: "at NATO headquarters".
SEAT_NOUNS = {"headquarters"}


def article_surname(span: Span) -> bool:
    """One word that ends a person's name the document gives with an Arabic article ("Mohammed Shia al-Sudani"):
    the family name alone ("Sudani's office"), however the model tagged it."""
    return len(span) == 1 and any(word == span.text and end != span.end for word, end in article_family_names(span.doc))


@per_document
def article_family_names(doc: Doc) -> list[tuple[str, int]]:
    """The family names of the people the document names with an Arabic article before them ("Mohammed Shia
    al-Sudani", "Ali al - Zaidi"), each with the end of the whole name."""
    return [(e[-1].text, e.end) for e in doc.ents
            if e.label_ == "PERSON" and len(e) >= 3
            and (e[-2].lower_ in NAME_ARTICLES or e[-2].text == "-" and e[-3].lower_ in NAME_ARTICLES)]


def seat_after(span: Span) -> bool:
    """A body's name then "headquarters" after the "at" or "in" of a place: "met at NATO headquarters in Brussels",
    "at the African Union Headquarters" (the building, where they met)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in SEAT_NOUNS and at_venue(span)


def building_apposed(span: Span) -> bool:
    """The name has an apposition headed by a building's noun: "Borgo Egnazia, a whitewashed luxury resort", "the
    Palace of Nations, the Tajik leader's residence on the banks of ..." (not "X, a hotel owner"): the phrase after
    its comma and article ends, before any preposition or mark, in the building's noun."""
    doc, k = span.doc, span.end
    if not (k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"the", "a", "an"}):
        return False
    end = next((t.i for t in doc[k + 2 : min(len(doc), k + 10)] if t.is_punct and t.text not in {"-", "–"}
                or t.pos_ in {"ADP", "VERB", "AUX", "SCONJ"} or t.lower_ in {"and", "or", "who", "which"}), None)
    if end is None or end == k + 2 or doc[end].pos_ in {"VERB", "AUX"} and doc[end].tag_ not in {"VBG", "VBN"}:
        return False  # ("X, the presidency said": its source; but "X, a conference hall overlooking the sea")
    return doc[end - 1].pos_ == "NOUN" and doc[end - 1].lower_ in APPOSED_BUILDING_NOUNS


def meeting_at(span: Span) -> bool:
    """The name follows the "at" (and "the") of a meeting's verb or noun: "held talks at the Y", "a meeting at the Y",
    "received X at the Y", "talks with X at the Y"."""
    doc, k = span.doc, span.start - 1
    k -= k >= 0 and doc[k].lower_ == "the"
    if k < 0 or doc[k].lower_ != "at" or span.root.head.i != k or post_at(span, k):
        return False
    holder = doc[k].head
    if holder.dep_ == "pobj" and holder.head.lower_ == "with":
        holder = holder.head.head  # "spent three hours with X at the Y": the parser hangs the place on X
    return holder.lemma_.lower() in MET_AT_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in MET_AT_WORDS for c in holder.children)


def post_at(span: Span, k: int) -> bool:
    """The "at" at k ends a post's title, whose body the span names, its holder after it: "the Minister of State at
    the Federal Foreign Office, Ms. X" (a title word, then capitalised words or their links, and no name)."""
    doc = span.doc
    if not (span.end + 2 < len(doc) and doc[span.end].text == "," and any(
            t.ent_type_ in {"PERSON", PERSON} for t in doc[span.end + 1 : span.end + 4])):  # (the model's or kg's)
        return False
    for t in reversed(doc[max(0, k - 5) : k]):
        if t.lower_ in gazetteer.title_words() and t.text[:1].isupper():
            return True
        if t.ent_type_ in {"PERSON", PERSON} or not (t.text[:1].isupper() or t.lower_ in {"of", "for", "and"}):
            return False
    return False


#: Verbs and nouns of meetings a place is named at: "met at", "talks at", "received X at".
MET_AT_WORDS = {"meet", "meeting", "talk", "talks", "hold", "receive", "host", "welcome", "sign", "chair", "co-chair",
                 "gather", "session", "summit", "consultation", "consultations", "call", "attend", "spend"}


#: Verbs of working for the body at a seat: "works at the Pentagon", "served at the Kremlin".
WORK_PLACE_VERBS = {"work", "serve"}


def workplace(span: Span) -> bool:
    """"works at the Pentagon": the body one works for, not the building."""
    return span.root.head.head.lemma_.lower() in WORK_PLACE_VERBS


def at_venue(span: Span) -> bool:
    """The name follows "at" or "in" (and "the"): "at the White House", "in Government House"."""
    doc, k = span.doc, span.start - 1
    k -= k >= 0 and doc[k].lower_ == "the"
    return k >= 0 and doc[k].lower_ in {"at", "in", "inside", "outside"}


#: Words of the styles royals and officials are addressed by: "His Royal Highness", "His Excellency".
STYLES = STYLE_NOUNS | {"royal", "serene", "imperial"}


def dateline_agency(span: Span) -> bool:
    """The name is (part of) the capitalised words in brackets of an opening dateline: "MOSCOW, May 14 (Eurasia
    Desk) —", "JOHANNESBURG, Feb 21 (South Asia Newswire) —"."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    if start == 0 or doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    line_end = dateline_end(doc, span.sent.start)
    return line_end is not None and end < line_end


def titles_only(span: Span) -> bool:
    """Every word a title or an honorific, one at least a title: "Emir Sheikh", "Crown Prince", "King and Queen"."""
    words = [gazetteer.fold(t.text) for t in span]
    return any(w in gazetteer.title_words() for w in words) and all(
        w in gazetteer.title_words() or w in HONORIFICS or w in TITLE_WORDS_NOT_NAMES or w in {"and", "&", "the"}
        for w in words)


#: spaCy labels of things that are not names of ours, which the model also gives to clubs, venues
#: and people ("Dynamo Northtown" PRODUCT, "the Olympic Stadium" EVENT, "Presidents Jo Doe" WORK_OF_ART).
OTHER_LABELS = {"PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def relabel_other(ent: Span) -> Span:
    """A span of OTHER_LABELS with a venue's head word, an organisation's cue word or a title before
    a person's name gets the label of that kind; the others are left as they are."""
    if ent.label_ not in OTHER_LABELS or quoted_work(ent):
        return ent
    doc = ent.doc
    if facility(ent):
        return Span(doc, ent.start, ent.end, label="FAC")  # "the Olympic Stadium" tagged EVENT
    if has_org_cue(ent) and not any(t.lower_ in COMPETITION_WORDS for t in ent):
        return Span(doc, ent.start, ent.end, label="ORG")  # "Dynamo Northtown" tagged PRODUCT
    titles = gazetteer.title_words()
    first = ent[0].lower_
    if len(ent) >= 3 and (first in titles or first.endswith("s") and first[:-1] in titles):
        rest = Span(doc, ent.start + 1, ent.end, label="PERSON")
        if len(rest) >= 2 and all(is_name_word(t) for t in rest):
            return rest  # "Presidents Jo Doe of Ruritania" tagged WORK_OF_ART
    return ent


def portfolio_before_title(span: Span) -> bool:
    """Words of a portfolio and titles whose last word opens a title with the word after: "Foreign Affairs Cabinet" +
    "Secretary X", "Prime Cabinet Secretary and Foreign Affairs Cabinet" + "Secretary X"."""
    doc, end, words = span.doc, span.end, gazetteer.title_words()
    return end < len(doc) and f"{span[-1].lower_} {doc[end].lower_}" in gazetteer.titles() \
        and all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in words or t.lower_ in {"and", "&"} for t in span[:-1])


def forum_owners(span: Span) -> bool:
    """A name ending in a plural title whose possessive opens a forum's capitalised name: "Japan-India Foreign
    Ministers" of "the 17th Japan-India Foreign Ministers' Strategic Dialogue" (not a body's: "the Council of Foreign
    Ministers' meeting")."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text in {"'", "’"} and bool(singular_title(span[-1].lower_)) \
        and doc[end + 1].text[:1].isupper() and not any(t.lower_ == "of" for t in span) and not has_org_cue(span)


def region_by_people(ent: Span) -> Span:
    """A state's or province's people's word right before a title is that region, a place: "Bavarian
    Minister-President X", "South Australian Premier X" (the region's post; not Germany's nor Australia's). Other
    spans are left as they are."""
    if ent.label_ not in {"NORP", "ORG", "GPE", "LOC"} or gazetteer.region_people(ent.text) is None \
            or not title_then_name(ent.doc, ent.end):  # (tagged a body too: "Andalusian President X")
        return ent
    return Span(ent.doc, ent.start, ent.end, label="GPE")


def title_then_name(doc: Doc, k: int) -> bool:
    """A title starts at ``k`` and a person's name follows it: "Economy Minister Hubert Aiwanger" (not "State
    Chancellery")."""
    titles, start = gazetteer.title_words(), k
    while k < len(doc) and (doc[k].lower_ in titles or doc[k].lower_ in TITLE_WORDS_NOT_NAMES
                            or doc[k].lower_ in PORTFOLIO_WORDS or doc[k].text in HYPHENS and k > start):
        k += 1
    return start < k < len(doc) and doc[k - 1].lower_ in titles and doc[k].ent_type_ == "PERSON"


def family_of(span: Span, surnames: set[str]) -> bool:
    """"the Clintons": the plural of a surname of the document's people names their family."""
    return len(span) == 1 and span.text.endswith("s") and span.text[:-1] in surnames


def own_surname(span: Span) -> set[str]:
    """The last word of a hyphenated name ("Ata-ur-Rahman") is its own, not another person's."""
    return {span[-1].text} if len(span) > 1 else set()


def company_prefixes(typed: list[tuple[Span, str]]) -> set[str]:
    """The first words of the names of the document's companies and groups, which alone name them too: "Carrington"
    and "Carrington Foods" of "Carrington Foods Inc." (not a place a name begins with: "Korea Gas Corporation",
    "Michigan Economic Development Corp.")."""
    return {s[:k].text for s, t in typed if t == ORGANIZATION and s[-1].text in COMPANY_ENDINGS
            for k in range(1, len(s)) if all(is_name_word(w) for w in s[:k]) and not known_place(s[:k].text)}


def company_first_words(typed: list[tuple[Span, str]]) -> set[str]:
    """The one-word prefixes of :func:`company_prefixes`."""
    return {p for p in company_prefixes(typed) if " " not in p}


def known_place(name: str) -> bool:
    """A country (or the end of one's name: "Korea"), region or city of 100,000 people of the gazetteers."""
    return bool(gazetteer.country(name) or gazetteer.country_name_end(name) or gazetteer.region(name)
                or gazetteer.city_population(name) >= CITY)


def harmonise(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """One name, one type in a document: people's names and surnames win, then the majority."""
    votes: dict[str, Counter] = {}
    for s, t in typed:
        votes.setdefault(s.text, Counter())[t] += 1
    # a one-word name is a person everywhere only if it is one in at least half of its mentions:
    # one stray PERSON label ("Can Hamburg win the league?") does not make the city a person
    people = {s.text for s, t in typed if t == PERSON and (
        len(s) > 1 or s.label_ == "PERSON" and 2 * votes[s.text][PERSON] >= sum(votes[s.text].values()))}
    people |= {s.text for s, t in typed if t == PERSON and known_as(s[0]) is not None}  # "known as Madobe": everywhere
    surnames = surnames_of(typed)
    surname_keys = {name_key(w) for w in surnames}  # "Zelenskyy" alone for "Volodymyr Zelensky"
    # family name first ("Wang Yi" ... "Wang"): the first word of a two-word name, used alone
    firsts = {s[0].text for s, t in typed if t == PERSON and len(s) == 2}
    firsts = {w for w in firsts if not (gazetteer.country(w) or gazetteer.city(w) or gazetteer.organization(w))}
    # the first and last words of people's names, which a people's word alone may be too ("Han" of "Han Zheng",
    # "Tatar" of "Ersin Tatar", "Tamim" of "Tamim bin Hamad Al Thani")
    name_ends = surnames | {s[0].text for s, t in typed if t == PERSON and len(s) > 1}
    # "Albuquerque Lins" after "Renato Albuquerque Lins": the last words of a longer name, a family name of two words
    tails = {s[k:].text for s, t in typed if t == PERSON and len(s) >= 3 for k in range(1, len(s) - 1)
             if s[k].text[:1].isupper() and not gazetteer.given_name(s[k].text)}
    # "Von der Leyen said" opening a sentence after "Ursula von der Leyen": a family name with its particles
    tails |= {s[k:].text[:1].upper() + s[k:].text[1:] for s, t in typed if t == PERSON and len(s) >= 3
              for k in range(1, len(s) - 1) if s[k].lower_ in NAME_PARTICLES and s[k].is_lower}
    # "Northcorp CEO X": a body by its post, wherever else the model calls the word a person
    # and "auto parts manufacturer Magna": a company once is a company everywhere, whatever the model says elsewhere
    # and "United States Southern Command (SOUTHCOM)": the body's short name in brackets, wherever else it is a subject
    # and "at QatarEnergy's headquarters": what only a body owns
    bodies = {s.text for s, t in typed if t == ORGANIZATION and (body_before_title(s) or company_before(s)
                                                                 or short_name_of_body(s) or body_owner(s))} - surnames
    # "Carrington's chairman" after "Carrington Foods Inc.": a company's first words alone are the company
    bodies |= company_prefixes(typed) - surnames
    people -= bodies
    # "the state of Uttar Pradesh", "the Battle of Verdun": a place by what is said of it is a place everywhere
    titled = {s.text for s, t in typed if has_person_evidence(s)}
    places = {s.text for s, t in typed if t == PLACE and (place_noun_of(s) or place_noun_after(s) or region_plural_after(s)
                                                         or locative_the(s))}
    places -= titled | surnames | bodies
    people -= places
    out = []
    for s, t in typed:
        if t == ORGANIZATION and group_adjective(s):
            out.append((s, t))  # "the Houthi rebels": the group's adjective, whoever is named al-Houthi
            continue
        if t in (PERSON, ORGANIZATION, PLACE) and s.text in bodies and not has_person_evidence(s):
            out.append((s, ORGANIZATION))
            continue
        if t in (PERSON, ORGANIZATION, PLACE) and s.text in places:
            out.append((s, PLACE))  # (and a place stays one, whatever person its words' ends may name elsewhere:
            continue  # "the Mediterranean city of El Alamein" after "at El Alamein" tagged a person)
        if t == PERSON and "-" in s.text and any(part in surnames - own_surname(s) for part in s.text.split("-")):
            continue  # "Putin-Zelensky (meeting)": two people named together, not a name
        named = surnames | people | firsts
        if t != PERSON and len(s) == 3 and s[1].lower_ == "and" and s[0].text in named and s[2].text in named:
            # "Sisi and Albares discussed" tagged one body: the two people named before
            out += [(Span(s.doc, k, k + 1, label="PERSON"), PERSON) for k in (s.start, s.end - 1)]
            continue
        if t != PERSON and len(s) > 3 and s[1].lower_ == "and" and s[0].text in surnames:
            # "with Papanastasiou and Greek Environment (and Energy Minister X)" tagged one body: the person named
            # before, then what follows (a people's word and a portfolio: none)
            out += [(Span(s.doc, s.start, s.start + 1, label="PERSON"), PERSON)]
            out += [(p, kind) for p in trim(Span(s.doc, s.start + 2, s.end, label=s.label_))
                    if (kind := decide_type(p)) is not None]
            continue
        if t == "NORP":  # (but "Tatar, whose state ...", "Tatar said" after "Ersin Tatar", "Han had a busy weekend"
            # after "Han Zheng", "Sheikh Tamim and Sisi met": the person)
            name = len(s) == 1 and s.text in name_ends and not before_common_noun(s)
            out.append((s, PERSON if name else t))
            continue
        if t != PERSON and (s.text in surnames or s.text in firsts or s.text in tails or family_of(s, surnames | people)
                            or (s.text in people and not gazetteer.country(s.text))
                            or (len(s) == 1 and name_key(s.text) in surname_keys and not gazetteer.country(s.text))):
            t = PERSON
        elif t not in (COUNTRY, PERSON) and len(votes[s.text]) > 1:
            t = votes[s.text].most_common(1)[0][0]
        elif t == PERSON and len(s) == 1 and s.text not in people | surnames | firsts and len(votes[s.text]) > 1:
            t = votes[s.text].most_common(1)[0][0]  # the stray PERSON mention of a city follows the others (not
            # "Wang" after "Wang Yi", however often the model calls it a body)
        out.append((s, t))
    return out


def conj_list(tok) -> set[int]:
    """The tokens of the coordination a token is in ("A, B, C and D"): up the conj heads, then all conj below."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    out, todo = set(), [tok]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def listed_with_bodies(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"shareholders OMV of Austria, Quorgaz of Romania and RWE of Germany": an unknown one-word name
    typed person or place in a list of three or more with an organisation and no person is one too."""
    bodies = {s.root.i for s, t in typed
              if t == ORGANIZATION and (s.label_ == "ORG" or has_org_cue(s) or gazetteer.organization(s.text))}
    people = {s.root.i for s, t in typed if t == PERSON and (len(s) > 1 or unknown_evidence(s))}
    out = []
    for s, t in typed:
        if t in (PERSON, PLACE) and len(s) == 1 and s.label_ in NAME_LABEL_SET and not unknown_evidence(s):
            mates = conj_list(s.root)
            if len(mates) >= 3 and mates & bodies and not mates & people:
                t = ORGANIZATION
        out.append((s, t))
    return out


def given_names_out_of_bodies(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"President of the Kyrgyz Republic Sadyr" + "Nurgojoevich Japarov", "Speaker of the People's Majlis Abdul" +
    "Raheem Abdulla": the last word of a body's or country's name, right before a person's, is the person's given
    name when it is a given name, or when the words before it are a country's or a body's whole name."""
    people = {s.start: s for s, t in typed if t == PERSON}
    moved: dict[int, Span] = {}  # a person's start -> the person with the given name
    out = []
    for s, t in typed:
        person = people.get(s.end)
        if t != PERSON and person is not None and len(s) >= 2 and given_name_last(s) \
                and person[0].text not in FUNCTION_WORD_FAMILY_NAMES:  # ("Viet Nam" + "To Lam": a family name first)
            moved[person.start] = Span(s.doc, s.end - 1, person.end, label="PERSON")
            s = Span(s.doc, s.start, s.end - 1, label=s.label_)
            t = decide_type(s) or t
        out.append((s, t))
    return [(moved.get(s.start, s), t) if t == PERSON else (s, t) for s, t in out]


#: The spaCy label of each kg kind a name split in two is given.
SPLIT_LABELS = {COUNTRY: "GPE", PERSON: "PERSON"}


def split_names(typed: list[tuple[Span, str]], cut_of, first: str, second: str) -> list[tuple[Span, str]]:
    """``typed`` with each name ``cut_of(span, kind)`` gives a cut for split there: the words before it a name of kind
    ``first``, those after one of kind ``second``."""
    out = []
    for s, t in typed:
        cut = cut_of(s, t)
        if cut is None:
            out.append((s, t))
        else:
            out += [(Span(s.doc, s.start, cut, label=SPLIT_LABELS[first]), first),
                    (Span(s.doc, cut, s.end, label=SPLIT_LABELS[second]), second)]
    return out


def countries_out_of_people(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"President of the Lao PDR Thongloun Sisoulith" tagged one name: after a post's "of", a country's whole name
    and then two name words or more are the country, then the post's holder (not "head of the Syria Civil Defence":
    a body's words)."""
    def cut_of(s: Span, t: str) -> int | None:
        doc = s.doc
        after_post = s.start >= 2 and doc[s.start - 1].lower_ in {"of", "the"} and any(
            doc[j].lower_ in gazetteer.title_words() for j in range(max(0, s.start - 3), s.start - 1))
        if not (after_post and len(s) >= 3 and t != COUNTRY and not gazetteer.country(s.text)):
            return None
        return next((k for k in range(s.start + 1, s.end - 1) if gazetteer.country(doc[s.start : k].text)
                     and all(is_name_word(w) and w.lower_ not in PORTFOLIO_WORDS for w in doc[k : s.end])
                     and not has_org_cue(doc[k : s.end])), None)

    return split_names(typed, cut_of, COUNTRY, PERSON)


def countries_after_people(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"Albanese tells Xi Australia will ..." with "Xi Australia" tagged one name: a name ending in a country's whole
    name, the words before it the first or last word of a person the document names in full ("Xi Jinping"), is that
    person, then the country."""
    parts: dict[str, set[str]] = {}  # a word opening or ending a name of two words or more -> those names
    for s, t in typed:
        if t == PERSON and len(s) >= 2:
            for w in (s[0].text, s[-1].text):
                parts.setdefault(w, set()).add(s.text)

    def cut_of(s: Span, t: str) -> int | None:
        # (of another name: "Luís Montenegro" and "Tim Cook" are no Luís of Montenegro nor Tim of the Cook Islands)
        doc = s.doc
        return next((k for k in range(s.end - 1, s.start, -1) if gazetteer.country(doc[k : s.end].text)
                     and parts.get(doc[s.start : k].text, set()) - {s.text}), None) \
            if t == PERSON and len(s) >= 2 else None

    return split_names(typed, cut_of, PERSON, COUNTRY)


def people_out_of_bodies(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"the Transition of the Republic of Mali Assimi Goita" tagged one body: a body's or place's name that ends in
    the whole name of a person of the document (two words or more) is that name, after the body's."""
    people = {s.text for s, t in typed if t == PERSON and len(s) >= 2}
    out = []
    for s, t in typed:
        cut = next((k for k in range(s.start + 1, s.end - 1) if s.doc[k : s.end].text in people), None) \
            if t != PERSON and people else None
        if cut is None:
            out.append((s, t))
            continue
        body = Span(s.doc, s.start, cut, label=s.label_)
        if (kind := decide_type(body)) is not None:
            out.append((body, kind))
        out.append((Span(s.doc, cut, s.end, label="PERSON"), PERSON))
    return out


def quoted_nicknames(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"Ferdinand" + "Bongbong" + "Marcos Jr" of 'Ferdinand "Bongbong" Marcos Jr': a person's given name, a nickname of
    one or two capitalised words in quotes and the rest of the name are one person's name."""
    if not typed:
        return typed
    doc = typed[0][0].doc
    starts = {s.start: (s, t) for s, t in typed}
    joined: dict[int, Span] = {}  # the given name's start -> the whole name
    inside: set[int] = set()
    for s, t in typed:
        if t != PERSON or s.end >= len(doc) or doc[s.end].text not in QUOTE_MARKS:
            continue
        for size in (1, 2):
            close, after = s.end + 1 + size, s.end + 2 + size
            rest = starts.get(after)
            if close < len(doc) and doc[close].text in QUOTE_MARKS and rest is not None and rest[1] == PERSON \
                    and all(w.text[:1].isupper() and w.is_alpha for w in doc[s.end + 1 : close]):
                joined[s.start] = Span(doc, s.start, rest[0].end, label="PERSON")
                inside |= set(range(s.end, rest[0].end))
                break
    if not joined:
        return typed
    return [(joined.get(s.start, s), t) for s, t in typed if s.start not in inside]


def acronyms_of_bodies(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"IPU" beside "Inter-Parliamentary Union": a word in capitals taken for a place (the town of Ipu) that spells the
    initials of a body the document names is that body's short name."""
    bodies = [s.text for s, t in typed if t == ORGANIZATION and len(s) > 1]
    return [(s, ORGANIZATION) if t == PLACE and len(s) == 1 and s.text.isupper() and 2 <= len(s.text) <= 6
            and any(spelt(s.text, b, False) for b in bodies) else (s, t) for s, t in typed]


#: Lower-case words inside a body's long name before its acronym: "Initiative for Multi-Sectoral ... Cooperation".
LONG_FORM_GLUE = {"of", "for", "and", "on", "the", "&", "-", "in", "to"}
#: An acronym, as in brackets after a name: "(BIMSTEC)".
ACRONYM = re.compile(r"[A-Z]{3,10}")


def bracketed_long_forms(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"Bengal Initiative" + "for" + "Multi-Sectoral Technical and Economic Cooperation" + "(BIMSTEC)": the model's
    parts of a body's name whose initials the acronym in brackets after it spells are that one body (the longest
    run of capitalised words and glue before the bracket the acronym spells; the parts must be bodies or untagged)."""
    doc = typed[0][0].doc if typed else None
    if doc is None:
        return typed
    out = typed
    body_ends = {sp.end for sp, t in typed if t == ORGANIZATION}  # (a body's part must end right before the bracket)
    for bracket in tokens_where(doc, "(".__eq__):
        end = bracket.i
        if end not in body_ends or end + 2 >= len(doc) or doc[end + 2].text != ")" \
                or not ACRONYM.fullmatch(doc[end + 1].text):
            continue
        short = doc[end + 1].text
        k = end - 1
        while k >= 0 and (doc[k].lower_ in LONG_FORM_GLUE or doc[k].text[:1].isupper()
                          and doc[k].text.replace("-", "").isalpha()) \
                and not doc[k].is_sent_start and "\n" not in doc[k].whitespace_ and end - k <= 16:
            k -= 1
        starts = [s for s in range(k + 1, end - 1) if doc[s].text[:1].isupper()
                  and spelt(short, doc[s:end].text, False)]
        if not starts:
            continue
        whole = Span(doc, starts[0], end, label=ORGANIZATION)
        parts = [(sp, t) for sp, t in out if sp.start < whole.end and whole.start < sp.end]
        # (a place's or a mistyped name's part only after a body's first part with a body's word: "the UN Office" +
        # "for" + "West Africa" + "and the" + "Sahel" + "(UNOWAS)")
        opened = bool(parts) and parts[0][1] == ORGANIZATION and parts[0][0].start == whole.start \
            and has_org_cue(parts[0][0])
        if len(parts) < 2 or any(t != ORGANIZATION and not (opened and t in (PLACE, COUNTRY, PERSON))
                                 or sp.start < whole.start or sp.end > whole.end for sp, t in parts):
            continue  # one part the model got whole already, or a person's or a place's name among them
        out = [(sp, t) for sp, t in out if not any(sp is p for p, _ in parts)] + [(whole, ORGANIZATION)]
    return out


def given_name_last(span: Span) -> bool:
    """The last word of ``span`` is no part of the body's name, but a given name opening the next (see
    :func:`given_names_out_of_bodies`)."""
    last = span[-1]
    # (nor a country's name of two or three words ending the body's: "the Communist Party of Việt Nam")
    country_last = any(gazetteer.country(span[k:].text) for k in range(max(0, len(span) - 3), len(span) - 1))
    if not (last.is_alpha and last.text.istitle() and last.whitespace_ == " ") or gazetteer.organization(span.text) \
            or gazetteer.country(span.text) or country_last:
        return False
    rest = span[1:-1] if span[0].lower_ == "the" else span[:-1]
    return bool(len(rest) and (gazetteer.given_name(last.text) or gazetteer.country(rest.text)
                               or gazetteer.organization(rest.text)))


#: The model's labels of the names this step may retype ("": a name the model missed, found by recall).
NAME_LABEL_SET = {"PERSON", "GPE", "LOC", "ORG", ""}


def unknown_evidence(span: Span) -> bool:
    """Anything that says what a one-word name is: a gazetteer, a given name, a title."""
    text = span.text
    return bool(gazetteer.given_name(text) or gazetteer.city(text) or gazetteer.region(text) or gazetteer.country(text)
                or gazetteer.demonym(text) or has_person_evidence(span))
