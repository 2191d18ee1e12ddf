"""kg/nlp/entity_types.py and the evidence it weighs (kg/nlp/entity_evidence.py): the kind of a name.

Rule tests build Docs by hand on a blank vocabulary.
"""

from __future__ import annotations

from entity_docs import doc_of, span
from kg.model import ORGANIZATION, PLACE
from kg.nlp import entity_evidence, entity_types, titles

# -- evidence ------------------------------------------------------------------------------


def test_people_by_given_name_or_initials(vocab):
    doc = doc_of(vocab, "Lilian Quorvath and J. Quorvath met Northtown Council")
    assert entity_evidence.looks_like_person(span(doc, 0, 2, "ORG"))
    assert entity_evidence.has_initials(span(doc, 3, 5, "ORG"))
    assert not entity_evidence.looks_like_person(span(doc, 6, 8, "ORG"))
    assert entity_evidence.has_org_cue(span(doc, 6, 8, "PERSON"))


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


# -- decide_type ---------------------------------------------------------------------------


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


def test_a_clause_after_a_comma_is_no_apposition_and_the_island_of_x_is_a_place(vocab):
    doc = doc_of(vocab, "in Brussels , where member states met , off the island of Lampedusa")
    assert not titles.has_person_evidence(span(doc, 1, 2, "PERSON"))
    assert entity_types.decide_type(span(doc, 12, 13, "PERSON")) == PLACE
