"""kg/nlp/entity_types.py and the evidence it weighs (kg/nlp/entity_evidence.py): the kind of a name.

Rule tests build Docs by hand on a blank vocabulary.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span

from entity_docs import doc_of, span
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import entity_evidence, entity_types, sports, titled_names
from kg.nlp.entity_people import given_name_tagged_body, state_before_name

# -- evidence ------------------------------------------------------------------------------


def test_people_by_given_name_or_initials(vocab):
    doc = doc_of(vocab, "Lilian Quorvath and J. Quorvath met Northtown Council")
    assert entity_evidence.looks_like_person(span(doc, 0, 2, "ORG"))
    assert entity_evidence.has_initials(span(doc, 3, 5, "ORG"))
    assert not entity_evidence.looks_like_person(span(doc, 6, 8, "ORG"))
    assert entity_evidence.has_org_cue(span(doc, 6, 8, "PERSON"))


def test_a_long_name_with_particles_looks_like_a_person_s(vocab):
    doc = doc_of(vocab, "Xavo Inacio Quorla da Quorsa met Lilian Quorvath dos Quorsa Quorla , Jean - Marie Le Quorvath "
                        "and the India - Central Asia Dialogue and Xavo Inacio Quorla")
    assert entity_evidence.looks_like_person(span(doc, 0, 5, "ORG"))  # the second word the known given name
    assert entity_evidence.looks_like_person(span(doc, 6, 11, "ORG"))  # five words, one a particle
    assert entity_evidence.looks_like_person(span(doc, 12, 17, "ORG"))
    assert not entity_evidence.looks_like_person(span(doc, 19, 24, "ORG"))  # "India" opens a body's name here
    assert not entity_evidence.looks_like_person(span(doc, 25, 28, "ORG"))  # no particle: the first word must be one
    assert entity_types.decide_type(span(doc, 0, 5, "ORG")) == PERSON


def test_a_title_and_an_honorific_alone_are_no_name(vocab):
    doc = doc_of(vocab, "Qatar 's Emir Sheikh Quorvath met Sheikh Quorvath")
    assert entity_types.decide_type(span(doc, 2, 4, "PERSON")) is None  # the model's "Emir Sheikh" + "Quorvath"
    assert entity_types.titles_only(span(doc, 2, 4))
    assert not entity_types.titles_only(span(doc, 6, 8))  # "Sheikh Quorvath": a name with its honorific
    assert not entity_types.titles_only(span(doc, 3, 4))  # an honorific alone is no title


def test_a_name_before_the_noun_of_an_armed_group_is_the_group(make_doc):
    # the Q23 armed rebels attacked .
    doc = make_doc([("the", 3, "det", "DET", "DT", "the", "O"), ("Q23", 3, "compound", "PROPN", "NNP", "q23", "B-GPE"),
                    ("armed", 3, "amod", "ADJ", "JJ", "armed", "O"), ("rebels", 4, "nsubj", "NOUN", "NNS", "rebel", "O"),
                    ("attacked", 4, "ROOT", "VERB", "VBD", "attack", "O")])
    assert entity_types.decide_type(doc.ents[0]) == ORGANIZATION


def test_a_person_label_on_a_club_named_after_a_city(vocab):
    doc = doc_of(vocab, "Sporting Madrid and Lilian Paris and Der Quorvath")
    assert entity_evidence.names_a_place_as_team(span(doc, 0, 2))
    assert not entity_evidence.names_a_place_as_team(span(doc, 3, 5))  # a given name leads
    assert entity_evidence.names_a_place_as_team(span(doc, 6, 8))  # "Der Spiegel", "Die Zeit"


def test_a_word_before_a_post_and_a_name_is_the_body(vocab):
    doc = doc_of(vocab, "said Quorvex CEO Tomas Vrba and Merkel aide Jo Doe and Health Secretary Jo Doe")
    doc[3].pos_ = doc[4].pos_ = doc[12].pos_ = doc[13].pos_ = "PROPN"
    assert entity_evidence.body_before_title(span(doc, 1, 2))
    assert entity_types.decide_type(span(doc, 1, 2, "PERSON")) == ORGANIZATION
    assert not entity_evidence.body_before_title(span(doc, 6, 7))  # "aide" is a personal title
    assert not entity_evidence.body_before_title(span(doc, 10, 11))  # "Secretary" is no body's post here


def test_a_quoted_title_of_a_work_and_a_currency_are_not_names(vocab):
    doc = doc_of(vocab, 'the film " Northtown Nights " and the newspaper " Northtown Post " and 35 million Euros')
    assert entity_evidence.quoted_work(span(doc, 3, 5, "ORG"))
    assert not entity_evidence.quoted_work(span(doc, 9, 11, "ORG"))
    assert entity_types.decide_type(span(doc, 16, 17, "PERSON")) is None


def test_a_name_right_after_a_noun_for_a_work_is_its_title(vocab):
    doc = doc_of(vocab, "his novel Northtown Nights and the 1957 album Quorvath and the film studio Quorvex")
    for i in (1, 7, 11, 12):
        doc[i].pos_ = "NOUN"
    assert entity_evidence.named_work(span(doc, 2, 4, "ORG"))
    assert entity_types.decide_type(span(doc, 2, 4, "ORG")) is None
    assert entity_evidence.named_work(span(doc, 8, 9, "PERSON"))  # a year between
    assert not entity_evidence.named_work(span(doc, 13, 14, "ORG"))  # "studio" is the body's noun


# -- decide_type ---------------------------------------------------------------------------


def test_a_name_ending_in_a_word_for_an_area_or_a_natural_feature_is_a_place(vocab):
    doc = doc_of(vocab, "fighting in Northam Oblast near Quorvath Falls and Lilian Creek")
    assert entity_types.decide_type(span(doc, 2, 4, "ORG")) == PLACE
    assert entity_types.decide_type(span(doc, 5, 7, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 8, 10, "PERSON")) == PLACE
    doc = doc_of(vocab, "the Northam Region Development Bank and Northam City")
    assert entity_types.decide_type(span(doc, 1, 5, "ORG")) == ORGANIZATION
    assert entity_types.decide_type(span(doc, 6, 8, "ORG")) == ORGANIZATION  # a club, as "Manchester City"


def test_a_building_named_after_a_person_is_a_place(vocab):
    doc = doc_of(vocab, "arrived at Sultan Quorvath Airport and King Northam Stadium")
    assert entity_types.decide_type(span(doc, 3, 5, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 7, 9, "PERSON")) == PLACE


def test_a_known_party_tagged_as_a_people_is_an_organisation(vocab):
    doc = doc_of(vocab, "the Social Democrats and the Russians voted")
    assert entity_types.decide_type(span(doc, 1, 3, "NORP")) == ORGANIZATION
    assert entity_types.decide_type(span(doc, 5, 6, "NORP")) == "NORP"


def test_churches_adjectives_are_faiths_not_bodies(vocab):
    doc = doc_of(vocab, "the Mormon leader and Lutheran pastors")
    assert entity_types.decide_type(span(doc, 1, 2, "ORG")) == "NORP"
    assert entity_types.decide_type(span(doc, 4, 5, "NORP")) == "NORP"


def test_faiths_peoples_languages_and_time_zones_are_not_names(vocab):
    doc = doc_of(vocab, "Islam Hindi UTC Edmonton UTC")
    assert entity_types.decide_type(span(doc, 0, 1, "ORG")) == "NORP"
    assert entity_types.decide_type(span(doc, 1, 2, "GPE")) == "NORP"
    assert entity_types.decide_type(span(doc, 2, 3, "ORG")) == "NORP"


def test_a_person_label_on_a_name_with_a_place_head_word_is_a_place(vocab):
    doc = doc_of(vocab, "near Port Arlow City , said")
    assert entity_types.decide_type(span(doc, 1, 4, "PERSON")) == PLACE


def test_buildings_and_sites_are_places_but_a_faith_s_church_is_a_body(vocab):
    doc = doc_of(vocab, "the Ludwig Gallery , Kunsthalle Northtown , the Roman Catholic Church and Trent Bridge")
    assert entity_types.decide_type(span(doc, 1, 3, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 4, 6, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 8, 11, "ORG")) == ORGANIZATION
    assert entity_types.decide_type(span(doc, 12, 14, "PERSON")) == PLACE


def test_a_conference_centre_or_palace_named_in_french_or_spanish_is_a_place(vocab):
    doc = doc_of(vocab, "at the Centre de Conference International de Quorvath and the Palais des Congrès de Northtown")
    assert entity_types.decide_type(span(doc, 2, 8, "ORG")) == PLACE
    assert entity_types.decide_type(span(doc, 10, 15, "ORG")) == PLACE


def test_a_memorandum_of_understanding_is_a_text_not_a_body(vocab):
    doc = doc_of(vocab, "the exchange of Memoranda of Understanding on health")
    assert entity_types.decide_type(span(doc, 3, 6, "ORG")) is None


def test_a_villa_or_a_square_named_in_italian_or_spanish_is_a_place(vocab):
    doc = doc_of(vocab, "at Villa Quorbelli , on Piazza Northtown and Plaza de Quorvath")
    assert entity_types.decide_type(span(doc, 1, 3, "ORG")) == PLACE
    assert entity_types.decide_type(span(doc, 5, 7, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 8, 11, "ORG")) == PLACE


def test_a_clause_after_a_comma_is_no_apposition_and_the_island_of_x_is_a_place(vocab):
    doc = doc_of(vocab, "in Brussels , where member states met , off the island of Lampedusa")
    assert not titled_names.has_person_evidence(span(doc, 1, 2, "PERSON"))
    assert entity_types.decide_type(span(doc, 12, 13, "PERSON")) == PLACE


def test_mr_or_ms_opening_a_span_tagged_a_body_makes_it_a_person(vocab):
    doc = doc_of(vocab, "Mr de Quorvath travelled to Northtown , then to Sir Quorla Airport")
    assert titled_names.has_person_evidence(span(doc, 0, 3, "ORG"))
    assert entity_types.decide_type(span(doc, 0, 3, "ORG")) == PERSON
    assert entity_types.decide_type(span(doc, 9, 12, "FAC")) == PLACE  # "Sir" names a building after a person


def test_a_nickname_in_quotes_inside_a_name_marks_a_person(vocab):
    doc = doc_of(vocab, "her uncle Pierre ' Big Jo ' Quorvath and the ' Big ' Northtown")
    assert entity_evidence.nicknamed(span(doc, 2, 8, "ORG"))
    assert entity_types.decide_type(span(doc, 2, 8, "ORG")) == PERSON
    assert not entity_evidence.nicknamed(span(doc, 9, 13, "ORG"))  # no given name before the quotes


def test_a_name_before_a_word_for_a_part_of_a_town_is_a_place(vocab):
    doc = doc_of(vocab, "in the Quorvath neighbourhood of Lima")
    doc[3].pos_ = "NOUN"
    assert entity_types.decide_type(span(doc, 2, 3, "PERSON")) == PLACE


def test_a_style_of_address_is_no_name(vocab):
    doc = doc_of(vocab, "His Royal Highness and Her Majesty and Royal Navy")
    assert entity_types.decide_type(span(doc, 1, 3, "ORG")) is None
    assert entity_types.decide_type(span(doc, 5, 6, "ORG")) is None
    assert entity_types.decide_type(span(doc, 7, 9, "ORG")) == ORGANIZATION


def test_the_plural_of_a_title_is_no_name(vocab):
    doc = doc_of(vocab, "the Presidents agreed and the Spokesmen said")
    assert entity_types.decide_type(span(doc, 1, 2, "ORG")) is None
    assert entity_types.decide_type(span(doc, 5, 6, "ORG")) is None
    doc = doc_of(vocab, "the two Heads of State met the Heads of Quorvia Holdings")
    assert entity_types.decide_type(span(doc, 2, 5, "ORG")) is None  # a title of several words
    assert entity_types.decide_type(span(doc, 7, 11, "ORG")) is not None


def test_an_age_between_commas_marks_a_person(vocab):
    doc = doc_of(vocab, "Quorvath , 45 , was found guilty and Northtown , 2024 , and Vellport , 045 ,")
    assert entity_evidence.aged(span(doc, 0, 1, "ORG"))
    assert entity_types.decide_type(span(doc, 0, 1, "ORG")) == PERSON
    assert not entity_evidence.aged(span(doc, 7, 8, "ORG"))  # a year, not an age
    assert not entity_evidence.aged(span(doc, 12, 13, "ORG"))


def test_a_word_for_an_area_is_no_part_of_a_person_s_name(vocab):
    doc = doc_of(vocab, "Montgomery County House and Lilian Quorvath")
    assert not entity_evidence.looks_like_person(span(doc, 0, 3, "ORG"))
    assert entity_types.decide_type(span(doc, 0, 3, "ORG")) == ORGANIZATION
    assert entity_evidence.looks_like_person(span(doc, 4, 6, "ORG"))


def test_radio_stations_patrols_guards_and_labs_are_bodies_even_after_a_given_name(vocab):
    doc = doc_of(vocab, "Celeste FM and Northtown Highway Patrol and Revolutionary Guards and Lilian Seismology Lab")
    for start, end in [(0, 2), (3, 6), (7, 9), (10, 13)]:
        assert entity_types.decide_type(span(doc, start, end, "PERSON")) == ORGANIZATION


def test_words_of_bodies_in_other_languages(vocab):
    doc = doc_of(vocab, "Escuela Latinoamericana de Medicina and Partido dos Trabalhadores and Institut Pasteur")
    for start, end in [(0, 4), (5, 8), (9, 11)]:
        assert entity_types.decide_type(span(doc, start, end, "PERSON")) == ORGANIZATION


def test_a_press_noun_before_a_name_even_tagged_as_an_adjective(vocab):
    doc = doc_of(vocab, "as the conservative daily Quorlap wrote and the daily Jo Doe column")
    assert entity_types.decide_type(span(doc, 4, 5, "PERSON")) == ORGANIZATION
    doc[1].pos_ = "ADJ"
    assert not entity_evidence.org_evidence(span(doc, 0, 1, "PERSON"))  # "as": no kind of body


def test_a_company_noun_and_a_comma_before_a_name_closing_the_clause(vocab):
    doc = doc_of(vocab, "a debt owed to its steel supplier , Larkon . The supplier , Larkon said")
    doc[6].pos_ = doc[11].pos_ = "NOUN"
    assert entity_evidence.company_before(span(doc, 8, 9, "PERSON"))
    assert not entity_evidence.company_before(span(doc, 13, 14, "PERSON"))  # the subject of "said": may be a person


def test_a_natural_feature_s_noun_after_a_name_makes_it_a_place(vocab):
    doc = doc_of(vocab, "hikers climbed the Quorhorn mountain peak , and the Quorhorn river boats")
    doc[4].pos_ = doc[5].pos_ = doc[10].pos_ = doc[11].pos_ = "NOUN"
    assert entity_evidence.place_noun_after(span(doc, 3, 4, "ORG"))
    assert entity_types.decide_type(span(doc, 3, 4, "ORG")) == PLACE
    assert not entity_evidence.place_noun_after(span(doc, 9, 10, "ORG"))  # "river" modifies "boats"


def test_the_other_side_of_a_match_is_a_club_in_a_sports_report(vocab):
    text = ("the striker scored two goals in the league match , the coach said ; the club lost to Dynamo Northby "
            "and drew against Red Stag Southby in Quorvale")
    doc = doc_of(vocab, text)
    assert entity_types.decide_type(span(doc, 23, 26, "ORG")) == ORGANIZATION  # "Red" is also a given name
    assert sports.opponent(span(doc, 18, 20, "PRODUCT"))
    assert not sports.opponent(span(doc, 27, 28, "GPE"))  # "in Quorvale": a place
    doc = doc_of(vocab, "the union lost to Red Stag Southby in court")
    assert not sports.opponent(span(doc, 4, 7, "ORG"))  # no sports report


def test_clubs_venues_and_titled_people_labelled_as_products_or_events(vocab):
    doc = doc_of(vocab, "Dynamo Northby played at the Olympic Stadium ; Presidents Jo Quorvath and the Northby Cup")
    assert entity_types.relabel_other(span(doc, 0, 2, "PRODUCT")).label_ == "ORG"
    assert entity_types.relabel_other(span(doc, 5, 7, "EVENT")).label_ == "FAC"
    person = entity_types.relabel_other(span(doc, 8, 11, "WORK_OF_ART"))
    assert (person.text, person.label_) == ("Jo Quorvath", "PERSON")
    assert entity_types.relabel_other(span(doc, 13, 15, "EVENT")).label_ == "EVENT"  # a competition


def test_a_preposition_of_place_and_the_before_a_one_word_name(vocab):
    doc = doc_of(vocab, "boat trips on the Quorphorus . Tea with the Quorvaths tonight and on the Quorvath family farm")
    assert entity_types.decide_type(span(doc, 4, 5, "PERSON")) == PLACE
    assert not entity_evidence.locative_the(span(doc, 9, 10, "PERSON"))  # "with" is no preposition of place
    doc[15].pos_ = "NOUN"
    assert not entity_evidence.locative_the(span(doc, 14, 15, "PERSON"))  # "the X family": a modifier


def test_a_name_after_in_on_a_building_or_a_meeting_is_a_place_s(make_doc):
    # talks at a hotel in Nusa Quorva and a prefix: Inter - Quorvan dialogue
    doc = make_doc([
        ("talks", 0, "ROOT", "NOUN", "NNS", "talk", "O"), ("at", 0, "prep", "ADP", "IN", "at", "O"),
        ("a", 3, "det", "DET", "DT", "a", "O"), ("hotel", 1, "pobj", "NOUN", "NN", "hotel", "O"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"), ("Nusa", 6, "compound", "PROPN", "NNP", "nusa", "B-PERSON"),
        ("Quorva", 4, "pobj", "PROPN", "NNP", "quorva", "I-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Inter", 10, "amod", "ADJ", "JJ", "inter", "B-PERSON"), ("-", 10, "punct", "PUNCT", "HYPH", "-", "O"),
        ("Quorvan", 11, "amod", "ADJ", "JJ", "quorvan", "O"), ("dialogue", 0, "conj", "NOUN", "NN", "dialogue", "O"),
    ])
    assert entity_evidence.in_a_venue(span(doc, 5, 7)) and entity_types.decide_type(span(doc, 5, 7)) == PLACE
    assert entity_types.decide_type(span(doc, 8, 9)) is None  # "Inter-": a prefix
    assert entity_types.decide_type(span(doc, 8, 11, "ORG")) is None


def test_a_name_after_the_at_of_a_meeting_is_no_person(make_doc):
    # received Ode at Wisma Quorva and lashed out at Bo Pym
    doc = make_doc([
        ("received", 0, "ROOT", "VERB", "VBD", "receive", "O"), ("Ode", 0, "dobj", "PROPN", "NNP", "ode", "B-PERSON"),
        ("at", 0, "prep", "ADP", "IN", "at", "O"), ("Wisma", 4, "compound", "PROPN", "NNP", "wisma", "B-PERSON"),
        ("Quorva", 2, "pobj", "PROPN", "NNP", "quorva", "I-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("lashed", 0, "conj", "VERB", "VBD", "lash", "O"), ("out", 6, "prt", "ADP", "RP", "out", "O"),
        ("at", 6, "prep", "ADP", "IN", "at", "O"), ("Bo", 10, "compound", "PROPN", "NNP", "bo", "B-PERSON"),
        ("Pym", 8, "pobj", "PROPN", "NNP", "pym", "I-PERSON"),
    ])
    assert entity_types.decide_type(span(doc, 3, 5)) == PLACE
    assert entity_types.decide_type(span(doc, 9, 11)) != PLACE


def test_a_noun_of_kin_or_rivalry_before_a_name_marks_a_person(make_doc):
    # visited his former rival Quorvo Subianto
    doc = make_doc([
        ("visited", 0, "ROOT", "VERB", "VBD", "visit", "O"), ("his", 3, "poss", "PRON", "PRP$", "his", "O"),
        ("former", 3, "amod", "ADJ", "JJ", "former", "O"), ("rival", 5, "compound", "NOUN", "NN", "rival", "O"),
        ("Quorvo", 5, "compound", "PROPN", "NNP", "quorvo", "B-FAC"),
        ("Subianto", 0, "dobj", "PROPN", "NNP", "subianto", "I-FAC"),
    ])
    assert entity_evidence.kin_noun_before(span(doc, 4, 6, "FAC"))
    assert entity_types.decide_type(span(doc, 4, 6, "FAC")) == PERSON
    assert not entity_evidence.kin_noun_before(span(doc, 3, 4, "FAC"))


def test_a_word_after_an_indefinite_article_is_no_name(make_doc):
    # Ode , an observant Quorvan , and a Quorvia reporter
    doc = make_doc([
        ("Ode", 0, "ROOT", "PROPN", "NNP", "ode", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("an", 4, "det", "DET", "DT", "an", "O"), ("observant", 4, "amod", "ADJ", "JJ", "observant", "O"),
        ("Quorvan", 0, "appos", "PROPN", "NNP", "quorvan", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"), ("a", 9, "det", "DET", "DT", "a", "O"),
        ("Quorvia", 9, "compound", "PROPN", "NNP", "quorvia", "B-ORG"),
        ("reporter", 0, "conj", "NOUN", "NN", "reporter", "O"),
    ])
    assert entity_types.decide_type(span(doc, 4, 5, "PERSON")) is None  # a kind of person
    assert entity_types.decide_type(span(doc, 8, 9, "ORG")) is not None  # the article is the reporter's


def test_a_body_s_name_with_a_post_after_it_stays_a_body(make_doc):
    # Northcorp Holdings , a member of the council , said
    doc = make_doc([
        ("Northcorp", 1, "compound", "PROPN", "NNP", "northcorp", "B-ORG"),
        ("Holdings", 9, "nsubj", "PROPN", "NNP", "holdings", "I-ORG"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("a", 4, "det", "DET", "DT", "a", "O"), ("member", 1, "appos", "NOUN", "NN", "member", "O"),
        ("of", 4, "prep", "ADP", "IN", "of", "O"), ("the", 7, "det", "DET", "DT", "the", "O"),
        ("council", 5, "pobj", "NOUN", "NN", "council", "O"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("said", 9, "ROOT", "VERB", "VBD", "say", "O"),
    ])
    assert titled_names.has_person_evidence(span(doc, 0, 2, "ORG"))
    assert entity_types.decide_type(span(doc, 0, 2, "ORG")) == ORGANIZATION


def test_what_only_a_place_has_before_of(vocab):
    doc = doc_of(vocab, "the government of Nord Quordesh and the Battle of Quordun and the government of Fulgencio Quorvat")
    assert entity_types.decide_type(span(doc, 3, 5, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 9, 10, "PERSON")) == PLACE
    assert not entity_evidence.place_noun_of(span(doc, 14, 16, "PERSON"))  # a given name: the government's head


def test_a_place_by_what_is_said_of_it_is_a_place_everywhere(vocab):
    doc = doc_of(vocab, "the state of Nord Quordesh . Nord Quordesh is big . Jo Quorvath met Quorvath")
    typed = [(span(doc, 3, 5, "GPE"), PLACE), (span(doc, 6, 8, "PERSON"), PERSON),
             (span(doc, 11, 13, "PERSON"), PERSON), (span(doc, 14, 15, "PERSON"), PERSON)]
    out = [t for _, t in entity_types.harmonise(typed)]
    assert out == [PLACE, PLACE, PERSON, PERSON]  # the person's surname is left alone


def test_a_peer_s_style_and_a_building_s_name(vocab):
    doc = doc_of(vocab, "met Baroness Quorvath at Vell Buildings and Quorvo Manor")
    assert entity_types.decide_type(span(doc, 2, 3, "ORG")) == PERSON  # "Baroness X": a person, as "Sir X"
    assert entity_types.decide_type(span(doc, 4, 6, "ORG")) == PLACE
    assert entity_types.decide_type(span(doc, 7, 9, "ORG")) == PLACE


def test_a_company_s_first_word_alone_is_the_company(vocab):
    doc = doc_of(vocab, "Quorvath Foods Inc. bought Vell . Quorvath 's chairman and Tom Vell said")
    typed = [(span(doc, 0, 3, "ORG"), ORGANIZATION), (span(doc, 4, 5, "PERSON"), PERSON),
             (span(doc, 6, 7, "GPE"), PLACE), (span(doc, 10, 12), PERSON)]
    assert [t for _, t in entity_types.harmonise(typed)] == [ORGANIZATION, PERSON, ORGANIZATION, PERSON]
    doc = doc_of(vocab, "Quorvath Aircraft Resume Talks . Quorvath Aircraft Corp. said")
    typed = [(span(doc, 0, 2), PERSON), (span(doc, 5, 8, "ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.harmonise(typed)] == [ORGANIZATION, ORGANIZATION]  # its first two words
    doc = doc_of(vocab, "Chile Gas Corporation said . Chile agreed")
    typed = [(span(doc, 0, 3, "ORG"), ORGANIZATION), (span(doc, 5, 6, "GPE"), PLACE)]
    assert [t for _, t in entity_types.harmonise(typed)] == [ORGANIZATION, PLACE]  # the place it is named for


def test_a_family_name_first_alone_stays_a_person_whatever_the_model_s_majority(vocab):
    # "Quor Vell ... Quor 's tour . Quor said . Quor met": a person once by the model, a body twice
    doc = doc_of(vocab, "Quor Vell met Jo . Quor 's tour ended . Quor said so . Quor met Bo")
    typed = [(span(doc, 0, 2, "PERSON"), PERSON), (span(doc, 5, 6, "ORG"), ORGANIZATION),
             (span(doc, 10, 11, "ORG"), ORGANIZATION), (span(doc, 14, 15, "PERSON"), PERSON)]
    assert [t for _, t in entity_types.harmonise(typed)] == [PERSON, PERSON, PERSON, PERSON]


def test_two_people_named_before_tagged_one_body_are_the_two(vocab):
    doc = doc_of(vocab, "Jo Quorvath met Ivo Vell . Quorvath and Vell discussed trade")
    typed = [(span(doc, 0, 2, "PERSON"), PERSON), (span(doc, 3, 5, "PERSON"), PERSON), (span(doc, 6, 9, "ORG"), ORGANIZATION)]
    out = [(s.text, t) for s, t in entity_types.harmonise(typed)]
    assert out == [("Jo Quorvath", PERSON), ("Ivo Vell", PERSON), ("Quorvath", PERSON), ("Vell", PERSON)]


def test_the_last_two_words_of_a_longer_name_are_the_person(vocab):
    doc = doc_of(vocab, "Renato Quorvas Vellin met Jo . Quorvas Vellin told reporters")
    typed = [(span(doc, 0, 3, "PERSON"), PERSON), (span(doc, 6, 8, "ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.harmonise(typed)] == [PERSON, PERSON]
    doc = doc_of(vocab, "Renato Quorvas Vellin met Jo . Renato Quorvas told reporters")  # not the given names
    typed = [(span(doc, 0, 3, "PERSON"), PERSON), (span(doc, 6, 8, "ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.harmonise(typed)] == [PERSON, ORGANIZATION]


def test_a_double_barrelled_family_name_is_a_person_everywhere(vocab):
    doc = Doc(vocab, words=["Rep.", "Lilian", "Quorvo", "-", "Ngqarth", "spoke", ".", "Quorvo", "-", "Ngqarth", "said"],
              spaces=[True, True, False, False, True, False, True, False, False, True, False])
    typed = [(span(doc, 1, 5), PERSON), (span(doc, 7, 10, "ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.harmonise(typed)] == [PERSON, PERSON]


def test_a_post_s_building_named_after_the_post(vocab):
    doc = doc_of(vocab, "Nowak called on the Prime Minister at the Prime Minister House and on Senator House")
    assert entity_evidence.facility_start(span(doc, 10, 11, "PERSON")) == 8  # "House" tagged a person
    assert entity_evidence.facility_start(span(doc, 14, 15, "PERSON")) is None  # Senator House: a surname


def test_a_venue_opened_by_a_word_of_another_language(vocab):
    doc = doc_of(vocab, "the final is at Estadio Pedro Quorbeu , not in Pedro Quorbeu")
    assert entity_evidence.facility_start(span(doc, 5, 7)) == 4
    assert entity_evidence.facility_start(span(doc, 10, 12)) is None
    # through a Romance link and a capitalised word: "Casa Grande del" + "Quorblo", "Palacio de la" + "Quorneda"
    doc = doc_of(vocab, "they met at the Casa Grande del Quorblo and at the Palacio de la Quorneda in Lima")
    assert entity_evidence.facility_start(span(doc, 7, 8)) == 4
    assert entity_evidence.facility_start(span(doc, 14, 15)) == 11
    assert entity_evidence.facility_start(span(doc, 16, 17)) is None


def test_a_team_s_nickname_in_a_sports_report(vocab):
    doc = doc_of(vocab, "the Royal Quorblues defended well against a header by Jo Quorvath")
    assert sports.team_nickname(span(doc, 1, 3))
    assert not sports.team_nickname(span(doc, 9, 11))  # no article before a person's name


def test_a_one_word_person_beaten_in_a_sports_report_stays_a_person(vocab):
    doc = doc_of(vocab, "the striker scored two goals in the league match , the coach said ; she lost to Quorvatova")
    assert sports.opponent(span(doc, 17, 18))
    assert entity_types.decide_type(span(doc, 17, 18, "PERSON")) == PERSON  # a tennis player, not a club


def test_names_of_events_are_not_names_of_ours(vocab):
    doc = doc_of(vocab, "during the Northtown Olympics , Jo Games said , at the London Olympics")
    assert entity_types.decide_type(span(doc, 2, 4, "PERSON")) is None
    assert entity_types.decide_type(span(doc, 11, 13, "ORG")) is None  # "London" is a given name too, and a city
    assert entity_types.decide_type(span(doc, 5, 7, "PERSON")) == PERSON  # a given name first: a person
    doc = doc_of(vocab, "at the Pacific Rim Summit in Lima , the Asia-Pacific Trade Cooperation said")
    assert entity_types.decide_type(span(doc, 2, 5, "FAC")) is None  # a summit is where people meet, not a place
    assert entity_types.decide_type(span(doc, 9, 12, "FAC")) == ORGANIZATION  # a body for cooperation


def test_a_word_of_clubs_names_alone_in_a_sports_report(vocab):
    doc = doc_of(vocab, "a home win for Werder and Jo Quorvath")
    assert sports.club_word(span(doc, 4, 5))
    assert not sports.club_word(span(doc, 6, 8))


def _list_doc(make_doc, first: str, first_ent: str):
    # "Northco , Quorgaz , Bulgaz and RWE": a list of four, conj chained from the first
    return make_doc([(first, 0, "ROOT", "PROPN", "NNP", first, first_ent),
                     (",", 0, "punct", "PUNCT", ",", ",", "O"),
                     ("Quorgaz", 0, "conj", "PROPN", "NNP", "Quorgaz", "B-PERSON"),
                     (",", 2, "punct", "PUNCT", ",", ",", "O"),
                     ("Bulgaz", 2, "conj", "PROPN", "NNP", "Bulgaz", "B-GPE"),
                     ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
                     ("RWE", 4, "conj", "PROPN", "NNP", "RWE", "B-ORG")])


def test_unknown_names_in_a_list_with_an_organisation_are_organisations(make_doc):
    doc = _list_doc(make_doc, "Northco", "B-ORG")
    typed = [(Span(doc, 0, 1, label="ORG"), ORGANIZATION), (Span(doc, 2, 3, label="PERSON"), PERSON),
             (Span(doc, 4, 5, label="GPE"), PLACE), (Span(doc, 6, 7, label="ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.listed_with_bodies(typed)] == [ORGANIZATION] * 4


def test_a_list_with_a_titled_person_or_known_places_is_left_alone(make_doc):
    doc = _list_doc(make_doc, "Lilian", "B-PERSON")  # a given name: the list names people
    typed = [(Span(doc, 0, 1, label="PERSON"), PERSON), (Span(doc, 2, 3, label="PERSON"), PERSON),
             (Span(doc, 4, 5, label="GPE"), PLACE), (Span(doc, 6, 7, label="ORG"), ORGANIZATION)]
    out = [t for _, t in entity_types.listed_with_bodies(typed)]
    assert out[:2] == [PERSON, PERSON]  # "Lilian" is a given name: the list names a person
    doc = _list_doc(make_doc, "Paris", "B-GPE")
    typed = [(Span(doc, 0, 1, label="GPE"), PLACE), (Span(doc, 6, 7, label="ORG"), ORGANIZATION)]
    assert [t for _, t in entity_types.listed_with_bodies(typed)] == [PLACE, ORGANIZATION]  # a known city


def test_a_people_s_adjective_and_a_word_for_a_state_name_a_state(vocab):
    doc = doc_of(vocab, "the German Federal Republic and the Austrian Empire and the Maple Republic")
    assert entity_types.decide_type(span(doc, 1, 4, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 6, 8, "PERSON")) == PLACE
    assert entity_types.decide_type(span(doc, 10, 12, "ORG")) == ORGANIZATION  # no people's adjective: a publisher


def test_a_name_the_model_calls_a_person_after_the_is_a_group(vocab):
    doc = doc_of(vocab, "that the Quorlings are dangerous , and the Quorvath family , and the Lilian Doe show")
    assert entity_types.decide_type(span(doc, 2, 3, "PERSON")) == ORGANIZATION
    doc[8].pos_ = "NOUN"
    assert not entity_evidence.article_before(span(doc, 7, 8, "PERSON"))  # "the X family": a modifier
    assert entity_types.decide_type(span(doc, 12, 14, "PERSON")) == PERSON


def test_a_building_after_the_stays_a_place(vocab):
    doc = doc_of(vocab, "The Kunsthalle Quorhaupt opens in May")
    assert entity_types.decide_type(span(doc, 1, 3, "PERSON")) == PLACE


def test_the_plural_of_a_surname_of_the_document_is_a_family(vocab):
    doc = doc_of(vocab, "Bill Quorton and the Quortons and the Brewers")
    typed = [(span(doc, 0, 2), PERSON), (span(doc, 4, 5), ORGANIZATION), (span(doc, 7, 8), ORGANIZATION)]
    assert [t for _, t in entity_types.harmonise(typed)] == [PERSON, PERSON, ORGANIZATION]


def test_a_hyphenated_city_in_capitals_opening_a_dateline_is_a_place(vocab):
    # SHARM EL-SHEIKH, Egypt (Wire) - Jo Doe arrived  (tokenized as spaCy does: "EL", "-", "SHEIKH")
    words = ["SHARM", "EL", "-", "SHEIKH", ",", "Egypt", "(", "Wire", ")", "-", "Jo", "Doe", "arrived"]
    spaces = [True, False, False, False, True, True, False, False, True, True, True, True, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    assert entity_types.decide_type(span(doc, 0, 4, "PERSON")) == PLACE


# (text, span start, span end, the model's label, kg's type): a name's kind from the words around it
SPAN_TYPES = [
    pytest.param("Quorvath Medal winner Jo Doe crossed the Rocky Mountains", 0, 2, "PERSON", None, id="award-as-person"),
    pytest.param("Quorvath Medal winner Jo Doe crossed the Rocky Mountains", 0, 2, "ORG", None, id="award-as-org"),
    # "Rocky" is a given name too
    pytest.param("Quorvath Medal winner Jo Doe crossed the Rocky Mountains", 7, 9, "LOC", PLACE, id="natural-feature"),
    pytest.param("Abu Dhabi : Jo Doe was received by Sheikh Ali", 0, 2, "PERSON", PLACE, id="city-opening-a-dateline"),
    pytest.param("H.E. Jo Doe , Minister of Foreign Affairs and International Cooperation", 0, 1, "ORG", None,
                 id="form-of-address"),
    pytest.param("H.E. Jo Doe , Minister of Foreign Affairs and International Cooperation", 4, 10, "ORG", None,
                 id="name-of-a-post"),
    pytest.param("Under Secretary of State for Political Affairs Jo Doe met Ann Ode", 3, 7, "ORG", None,
                 id="end-of-a-post-after-of-state"),
    pytest.param("The Quorvath House said Jo Doe met Lilian Quorvath at the Quorvath House", 11, 13, "ORG", PLACE,
                 id="house-one-meets-at"),
    pytest.param("The Quorvath House said Jo Doe met Lilian Quorvath at the Quorvath House", 1, 3, "ORG", ORGANIZATION,
                 id="house-that-says"),
    pytest.param("The Kremlin said Jo Doe met Lilian Quorvath in the Kremlin", 10, 11, "ORG", PLACE, id="seat-one-meets-in"),
    pytest.param("The Kremlin said Jo Doe met Lilian Quorvath in the Kremlin", 1, 2, "ORG", ORGANIZATION,
                 id="seat-that-says"),
    pytest.param("Jo Doe met Ann Ode at the Quorpa concert hall", 7, 8, "PERSON", PLACE, id="a-building-s-noun-after"),
    pytest.param("Jo Doe , 54 , of Quorbridge , admitted the offences", 6, 7, "PERSON", PLACE, id="home-after-an-age"),
    pytest.param("Jo Doe , 54 , of Quorbridge Haulage Ltd , admitted the offences", 6, 9, "ORG", ORGANIZATION,
                 id="no-home-after-an-age"),
]


@pytest.mark.parametrize("text,start,end,label,expected", SPAN_TYPES)
def test_the_kind_of_a_name_from_the_words_around_it(vocab, text, start, end, label, expected):
    assert entity_types.decide_type(span(doc_of(vocab, text), start, end, label)) == expected


def test_a_given_name_tagged_as_a_body_after_a_post_opens_the_name_words_after_it(vocab):
    doc = doc_of(vocab, "Paraguay 's foreign minister , Esteban Quorvas Villalba , declined . Esteban Quorvas said")
    assert given_name_tagged_body(span(doc, 5, 6, "ORG")) == 8
    assert given_name_tagged_body(span(doc, 11, 12, "ORG")) is None  # no post before it
    doc = doc_of(vocab, "the minister , Paris Quorvas , said")  # a large town's name
    assert given_name_tagged_body(span(doc, 3, 4, "GPE")) is None


def retyped(vocab, text: str, spans: list[tuple[int, int, str, str]], step) -> list[tuple[str, str]]:
    """(text, kind) of what a step over the document's typed spans gives: ``spans`` as (start, end, model label,
    kind)."""
    doc = doc_of(vocab, text)
    return [(s.text, t) for s, t in step([(span(doc, a, b, label), kind) for a, b, label, kind in spans])]


def test_a_given_name_ending_a_body_s_span_goes_to_the_person_after_it_unless_it_ends_a_country_s_name(vocab):
    got = retyped(vocab, "Secretary of the Quorvath Party of Ruritania Nam Tô Quorlâm met the Party of Viet Nam Tô Lâm",
                  [(3, 8, "ORG", ORGANIZATION), (8, 10, "PERSON", PERSON), (12, 16, "ORG", ORGANIZATION),
                   (16, 18, "PERSON", PERSON)], entity_types.given_names_out_of_bodies)
    assert got == [("Quorvath Party of Ruritania", ORGANIZATION), ("Nam Tô Quorlâm", PERSON),
                   ("Party of Viet Nam", ORGANIZATION), ("Tô Lâm", PERSON)]


def test_a_state_s_word_tagged_with_the_name_after_a_post_of_the_state(vocab):
    doc = doc_of(vocab, "received by President of the Republic Alar Quorvis at the palace . the Republic Alar Quorvo")
    assert state_before_name(span(doc, 5, 8, "ORG"))
    assert not state_before_name(span(doc, 13, 16, "ORG"))  # no post before it


def test_a_person_s_whole_name_ending_a_body_s_is_the_person(vocab):
    got = retyped(vocab, "President of the Council of Ruritania Ode Quorvath met Colonel Ode Quorvath and the Quorvath "
                         "Fund", [(3, 8, "ORG", ORGANIZATION), (10, 12, "PERSON", PERSON), (14, 16, "ORG", ORGANIZATION)],
                  entity_types.people_out_of_bodies)
    # the body's own words stay a body; a body named after one word of the person's name stays whole
    assert got == [("Council of Ruritania", ORGANIZATION), ("Ode Quorvath", PERSON), ("Ode Quorvath", PERSON),
                   ("Quorvath Fund", ORGANIZATION)]


def test_a_word_in_capitals_taken_for_a_place_that_spells_a_body_s_initials_is_the_body(vocab):
    got = retyped(vocab, "the Inter - Parliamentary Quorvath met QPU and IPQ chiefs in OSLO",
                  [(1, 5, "ORG", ORGANIZATION), (6, 7, "GPE", PLACE), (8, 9, "GPE", PLACE), (11, 12, "GPE", PLACE)],
                  entity_types.acronyms_of_bodies)
    assert got == [("Inter - Parliamentary Quorvath", ORGANIZATION), ("QPU", PLACE), ("IPQ", ORGANIZATION),
                   ("OSLO", PLACE)]


def test_a_nickname_in_quotes_inside_a_person_s_name_joins_its_parts(vocab):
    got = retyped(vocab, 'President Ferdo " Bongo " Quorcos Jr met Ann " the Iron Lady " Ode',
                  [(1, 2, "PERSON", PERSON), (3, 4, "GPE", PLACE), (5, 7, "PERSON", PERSON), (8, 9, "PERSON", PERSON),
                   (14, 15, "PERSON", PERSON)], entity_types.quoted_nicknames)
    # (not words in quotes that are no name: "the Iron Lady")
    assert got == [('Ferdo " Bongo " Quorcos Jr', PERSON), ("Ann", PERSON), ("Ode", PERSON)]


def test_a_body_s_name_cut_in_parts_is_whole_up_to_the_acronym_in_brackets_after_it(vocab):
    got = retyped(vocab, "leaders of the Bay of Quorvath Initiative for Multi-Sectoral Technical and Economic Cooperation "
                         "( QIMSTEC ) met the Northtown Council ( NC )",
                  [(5, 7, "ORG", ORGANIZATION), (8, 13, "ORG", ORGANIZATION), (14, 15, "ORG", ORGANIZATION),
                   (18, 20, "ORG", ORGANIZATION), (21, 22, "ORG", ORGANIZATION)], entity_types.bracketed_long_forms)
    # the longest run the acronym spells (not "Bay of", whose initial it lacks); a name the model got whole stays
    assert sorted(got) == [("NC", ORGANIZATION), ("Northtown Council", ORGANIZATION), ("QIMSTEC", ORGANIZATION),
                           ("Quorvath Initiative for Multi-Sectoral Technical and Economic Cooperation", ORGANIZATION)]


def test_a_name_ending_in_a_country_s_name_that_another_name_opens_is_that_person_then_the_country(vocab):
    got = retyped(vocab, "Ann Ode tells Bo Australia will act . Bo Pym and Luis Montenegro met Luis Montenegro",
                  [(0, 2, "PERSON", PERSON), (3, 5, "PERSON", PERSON), (8, 10, "PERSON", PERSON),
                   (11, 13, "PERSON", PERSON), (14, 16, "PERSON", PERSON)], entity_types.countries_after_people)
    # (a name only its own mentions open is no such pair: "Luis Montenegro")
    assert got == [("Ann Ode", PERSON), ("Bo", PERSON), ("Australia", COUNTRY), ("Bo Pym", PERSON),
                   ("Luis Montenegro", PERSON), ("Luis Montenegro", PERSON)]


def test_a_state_s_people_s_word_before_a_title_and_a_name_is_the_state(vocab):
    doc = doc_of(vocab, "Bavarian Minister - President Jo Doe met South Australian Premier Ann Ode at the Bavarian State "
                        "Chancellery")
    doc.ents = [span(doc, 0, 1, "NORP"), span(doc, 4, 6), span(doc, 7, 9, "NORP"), span(doc, 10, 12),
                span(doc, 14, 15, "NORP")]
    bavarian, _, south_australian, _, chancellery = doc.ents
    assert entity_types.region_by_people(bavarian).label_ == "GPE"
    assert entity_types.decide_type(entity_types.region_by_people(bavarian)) == PLACE
    assert entity_types.region_by_people(span(doc, 0, 1, "ORG")).label_ == "GPE"  # tagged a body
    assert entity_types.region_by_people(south_australian).label_ == "GPE"
    assert entity_types.region_by_people(chancellery).label_ == "NORP"  # "State Chancellery": no title then a name
    doc = doc_of(vocab, "Australian Premier Ann Ode")
    doc.ents = [span(doc, 0, 1, "NORP"), span(doc, 2, 4)]
    assert entity_types.region_by_people(doc.ents[0]).label_ == "NORP"  # a country's people
