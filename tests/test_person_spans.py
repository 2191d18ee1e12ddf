"""kg/nlp/person_spans.py: where a person's name starts and ends (extended, split, joined, family names alone).

Rule tests build Docs by hand on a blank vocabulary.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from entity_docs import doc_of, hyphenated, span, texts
from kg.model import ORGANIZATION, PERSON, PLACE
from kg.nlp import person_spans


def test_a_person_s_name_goes_on_through_lower_case_particles(vocab):
    doc = doc_of(vocab, "Minister Ard van der Quorst said , and Tom de said")
    assert person_spans.extend_person(span(doc, 1, 2)).text == "Ard van der Quorst"
    assert person_spans.extend_person(span(doc, 8, 9)).text == "Tom"  # no capitalised word after "de"


def test_a_person_s_name_goes_on_through_a_capitalised_arabic_article(vocab):
    doc = doc_of(vocab, "Sheikh Tamim bin Hamad Al Quorvat met Al")
    assert person_spans.extend_person(span(doc, 0, 4)).text == "Sheikh Tamim bin Hamad Al Quorvat"
    assert person_spans.extend_person(span(doc, 6, 7)).text == "met"  # no name after the last "Al"


def test_a_person_s_name_opens_with_the_name_a_patronymic_follows(vocab):
    doc = doc_of(vocab, "Minister Prince Quorvat bin Salim bin Hamad called , and Sheikh bin Hamad met")
    assert person_spans.extend_person(span(doc, 4, 7)).text == "Quorvat bin Salim bin Hamad"  # the model's "Salim ..."
    assert person_spans.extend_person(span(doc, 12, 13)).text == "Hamad"  # a style is no name


def test_a_korean_given_name_goes_on_through_its_hyphenated_syllable(vocab):
    doc = doc_of(vocab, "with Kim Hyon - chol , the envoy , and Jo Doe - the envoy")
    assert person_spans.extend_person(span(doc, 1, 3)).text == "Kim Hyon - chol"
    assert person_spans.extend_person(span(doc, 10, 12)).text == "Jo Doe"  # "the" is a word, not a syllable


def test_a_verb_after_a_closing_dash_is_no_syllable_of_the_name_before_it(vocab):
    doc = doc_of(vocab, "advisers - Jo Doe and Kim Hyon - met Vell 's team")
    doc[8].pos_ = "VERB"
    assert person_spans.extend_person(span(doc, 5, 7)).text == "Kim Hyon"


def test_a_quoted_nickname_is_inside_a_person_s_name(vocab):
    doc = doc_of(vocab, 'chief Frederick " Fred " Quorvath said , and Frederick said " Fine " Quorvath')
    assert person_spans.extend_person(span(doc, 1, 4)).text == 'Frederick " Fred " Quorvath'
    assert person_spans.extend_person(span(doc, 9, 10)).text == "Frederick"  # no quote inside the name


def _proper(word: str, head: int, dep: str, ent: str = "O") -> tuple:
    """A hand-built proper noun: (text, head, dep, pos, tag, lemma, IOB)."""
    return (word, head, dep, "PROPN", "NNP", word, ent)


# (words, the model's person span, the name it extends to): a title before a name of one word and the word
# the model left out, after it ("President Demos" + "Quorvakis") or before it ("Professor" "Quemeka" + "Quorwosu")
NAME_AFTER_TITLE = [
    pytest.param([_proper("President", 2, "compound"), _proper("Demos", 2, "compound", "B-PERSON"),
                  _proper("Quorvakis", 3, "nsubj"), ("resigned", 3, "ROOT", "VERB", "VBD", "resign", "O"),
                  (".", 3, "punct", "PUNCT", ".", ".", "O")], (1, 2), "Demos Quorvakis", id="surname-after-title-and-name"),
    pytest.param([_proper("Shri", 2, "compound"), _proper("Vikram", 2, "compound", "B-PERSON"),
                  _proper("Quorvri", 3, "nsubj"), ("held", 3, "ROOT", "VERB", "VBD", "hold", "O"),
                  (".", 3, "punct", "PUNCT", ".", ".", "O")], (1, 2), "Vikram Quorvri", id="surname-after-honorific-and-name"),
    pytest.param([_proper("Demos", 1, "compound", "B-PERSON"), _proper("Quorvakis", 2, "nsubj"),
                  ("resigned", 2, "ROOT", "VERB", "VBD", "resign", "O")], (0, 1), "Demos",
                 id="no-title-the-next-word-may-be-another-name"),
    pytest.param([_proper("Professor", 2, "compound"), _proper("Quemeka", 2, "compound"),
                  _proper("Quorwosu", 3, "nsubj", "B-PERSON"), ("spoke", 3, "ROOT", "VERB", "VBD", "speak", "O")],
                 (2, 3), "Quemeka Quorwosu", id="unknown-given-name-between-title-and-surname"),
    pytest.param([_proper("Quemeka", 1, "compound"), _proper("Quorwosu", 2, "nsubj", "B-PERSON"),
                  ("spoke", 2, "ROOT", "VERB", "VBD", "speak", "O")], (1, 2), "Quorwosu",
                 id="no-title-the-word-before-may-be-a-place-or-a-body"),
    # the family name the model left out, tagged a verb in a noun's place: "with Minister Ana Quorva" + "Neves"
    pytest.param([("with", 0, "ROOT", "ADP", "IN", "with", "O"), _proper("Minister", 4, "compound"),
                  _proper("Ana", 4, "compound", "B-PERSON"), _proper("Quorva", 4, "compound", "I-PERSON"),
                  ("Neves", 0, "pobj", "VERB", "VBZ", "neve", "O"), ("on", 0, "prep", "ADP", "IN", "on", "O")],
                 (2, 4), "Ana Quorva Neves", id="family-name-tagged-a-verb-in-a-noun-s-place"),
    # the given names the model left out after a list's comma: "his counterparts," + "Olu Adjadi" + "Quorvari"
    pytest.param([("counterparts", 0, "ROOT", "NOUN", "NNS", "counterpart", "O"),
                  (",", 0, "punct", "PUNCT", ",", ",", "O"), _proper("Olu", 4, "compound"),
                  _proper("Adjadi", 4, "compound"), _proper("Quorvari", 0, "conj", "B-PERSON")],
                 (4, 5), "Olu Adjadi Quorvari", id="given-names-after-a-list-s-comma"),
    pytest.param([("met", 0, "ROOT", "VERB", "VBD", "meet", "O"), _proper("Adjadi", 2, "compound"),
                  _proper("Quorvari", 0, "dobj", "B-PERSON")],
                 (2, 3), "Quorvari", id="no-comma-no-given-names-before"),
    pytest.param([("plutonium", 0, "ROOT", "NOUN", "NN", "plutonium", "O"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
                  _proper("Foreign", 3, "compound"), _proper("Quorvawa", 0, "nsubj", "B-PERSON")],
                 (3, 4), "Quorvawa", id="a-post-s-word-after-the-comma-is-no-given-name"),
    pytest.param([_proper("Ana", 1, "compound", "B-PERSON"), _proper("Quorva", 2, "nsubj", "I-PERSON"),
                  ("Sees", 2, "ROOT", "VERB", "VBZ", "see", "O"), _proper("Gains", 2, "dobj")],
                 (0, 2), "Ana Quorva", id="a-headline-s-verb-is-no-family-name"),
    # a family name of several words parsed as an apposition of the given names: "Minister Ana Lise" + "Quor de Vela"
    pytest.param([("with", 0, "ROOT", "ADP", "IN", "with", "O"), _proper("Minister", 3, "compound"),
                  _proper("Ana", 3, "compound", "B-PERSON"), _proper("Lise", 0, "pobj", "I-PERSON"),
                  _proper("Quor", 6, "compound"), _proper("de", 6, "compound"), _proper("Vela", 3, "appos"),
                  (".", 0, "punct", "PUNCT", ".", ".", "O")],
                 (2, 4), "Ana Lise Quor de Vela", id="a-family-name-of-several-words-set-beside-the-given-names"),
    pytest.param([("with", 0, "ROOT", "ADP", "IN", "with", "O"), _proper("Ana", 2, "compound", "B-PERSON"),
                  _proper("Lise", 0, "pobj", "I-PERSON"), (",", 2, "punct", "PUNCT", ",", ",", "O"),
                  _proper("Quorvel", 2, "appos"), (".", 0, "punct", "PUNCT", ".", ".", "O")],
                 (1, 3), "Ana Lise", id="an-apposition-after-a-comma-is-no-family-name"),
]


@pytest.mark.parametrize("words,bounds,expected", NAME_AFTER_TITLE)
def test_a_name_after_a_title_takes_the_word_the_model_left_out(make_doc, words, bounds, expected):
    assert person_spans.extend_person(span(make_doc(words), *bounds)).text == expected


def test_an_english_word_after_a_name_and_a_hyphen_is_no_syllable_of_it(vocab):
    doc = Doc(vocab, words=["a", "Jo", "Doe", "-", "led", "coalition", "and", "Kim", "Hyon", "-", "chol"],
              spaces=[True, True, False, False, True, True, True, True, False, False, False])
    assert person_spans.extend_person(span(doc, 1, 3)).text == "Jo Doe"  # "led" is an English word
    assert person_spans.extend_person(span(doc, 7, 9)).text == "Kim Hyon-chol"


def test_a_person_s_name_goes_on_through_a_double_barrelled_family_name(vocab):
    doc = hyphenated(vocab, "deputy Lilian Quorvo-Ngqarth spoke , and the Jo Doe-Quorvath call , Tom Quorvath said")
    assert person_spans.extend_person(span(doc, 1, 3)).text == "Lilian Quorvo-Ngqarth"
    assert person_spans.extend_person(span(doc, 9, 11)).text == "Jo Doe"  # "Quorvath" is a name of its own
    doc = hyphenated(vocab, "the Jo Doe-Tom Quorvath talks and the Jo Doe-Quorvath-Lee summit")
    assert person_spans.extend_person(span(doc, 1, 3)).text == "Jo Doe"  # another name word follows
    assert person_spans.extend_person(span(doc, 9, 11)).text == "Jo Doe"  # a third name follows
    # the second word alone elsewhere, but after the first: the same name written with a space
    doc = hyphenated(vocab, "President Lilian Quorvo-Ngqarth spoke , and Quorvo Ngqarth said")
    assert person_spans.extend_person(span(doc, 1, 3)).text == "Lilian Quorvo-Ngqarth"


def test_a_double_barrelled_family_name_alone_is_the_person_s(vocab):
    doc = hyphenated(vocab, "deputy Lilian Quorvo-Ngqarth spoke . Quorvo-Ngqarth said , and Quorvo voted")
    typed = [(span(doc, 1, 5), PERSON), (span(doc, 7, 8, "GPE"), PLACE), (span(doc, 9, 10), PERSON),
             (span(doc, 13, 14, "GPE"), PLACE)]
    out = [(s.text, t) for s, t in person_spans.family_mentions(typed)]
    assert out == [("Lilian Quorvo-Ngqarth", PERSON), ("Quorvo-Ngqarth", PERSON), ("Quorvo", PLACE)]
    doc = hyphenated(vocab, "Ma Yong-jeou spoke . the Yong-jeou Foundation said")
    typed = [(span(doc, 0, 4), PERSON), (span(doc, 6, 10, "ORG"), ORGANIZATION)]
    assert person_spans.family_mentions(typed) == typed  # a hyphenated given name, not a family name
    doc = hyphenated(vocab, "Jussi Halla-aho spoke . Halla-aho said")
    typed = [(span(doc, 0, 4), PERSON), (span(doc, 6, 7), PERSON)]  # the model's "Halla" alone
    assert [(s.text, t) for s, t in person_spans.family_mentions(typed)] == [("Jussi Halla-aho", PERSON),
                                                                             ("Halla-aho", PERSON)]


@pytest.mark.parametrize(("words", "expected"), [
    (["Lee", "Jae", "-", "myung", "spoke"], "Lee Jae-myung"),  # five letters
    (["Moon", "Jae", "-", "in", "met"], "Moon Jae-in"),  # a syllable that is also an English word
    (["Jo", "Doe", "-", "backed", "plan"], "Jo Doe"),  # an English suffix
    (["Jo", "Doe", "-", "friendly", "plan"], "Jo Doe"),  # seven letters: a word, not a syllable
])
def test_a_hyphenated_given_name_written_as_one_word(vocab, words, expected):
    spaces = [True, False, False, True, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    assert person_spans.extend_person(span(doc, 0, 2)).text == expected


def test_a_person_s_name_opens_with_the_given_name_the_model_left_out(vocab):
    doc = doc_of(vocab, "Foreign Minister Anders Quorgh Quorsen spoke , and in May Quorsen and Lilian Jo Doe")
    assert person_spans.extend_person(span(doc, 3, 5)).text == "Anders Quorgh Quorsen"
    assert person_spans.extend_person(span(doc, 10, 11)).text == "Quorsen"  # a month, not a given name
    assert person_spans.extend_person(span(doc, 13, 15)).text == "Jo Doe"  # the name has its own given name
    doc = doc_of(vocab, "Moses Quorsonya teaches children . Will Quorsonya come ?")
    doc[0].is_sent_start = True
    doc[5].is_sent_start = True
    assert person_spans.extend_person(span(doc, 1, 2)).text == "Moses Quorsonya"
    assert person_spans.extend_person(span(doc, 6, 7)).text == "Quorsonya"  # a stop word opening a sentence


def test_a_given_name_that_is_also_a_stop_word_opens_a_name(vocab):
    doc = doc_of(vocab, "Jo Doe and Per Quorsacker played , Per capita Quorsacker")
    assert person_spans.extend_person(span(doc, 4, 5)).text == "Per Quorsacker"
    assert person_spans.extend_person(span(doc, 9, 10)).text == "Quorsacker"  # "capita" is no given name


def test_only_a_name_word_after_a_title_waits_for_its_surname(vocab):
    doc = doc_of(vocab, "REPORTER 'S DIARY : and President Demos Quorvakis")
    assert not person_spans.after_title(span(doc, 1, 2))  # "'S" of "REPORTER 'S DIARY"
    assert person_spans.after_title(span(doc, 6, 7))


def test_a_name_extended_into_the_next_one_the_model_tagged_is_one_name(vocab):
    # Sheikh Ali bin Hamad bin Jassim Al - Thani spoke  (the model's "Sheikh Ali bin Hamad" and "Jassim Al-Thani")
    words = ["Sheikh", "Ali", "bin", "Hamad", "bin", "Jassim", "Al", "-", "Thani", "spoke"]
    doc = Doc(vocab, words=words, spaces=[True] * 6 + [False, False, True, False])
    first = person_spans.extend_person(span(doc, 0, 4))
    second = person_spans.extend_person(span(doc, 5, 9))
    # (the second opens with the names its patronymics follow)
    assert texts([first, second]) == ["Sheikh Ali bin Hamad bin Jassim", "Ali bin Hamad bin Jassim Al-Thani"]
    place = span(doc, 9, 10, "GPE")
    joined = person_spans.join_overlapping_people([(first, "Person"), (place, "Place"), (second, "Person")])
    assert [(s.text, t) for s, t in joined] == [("Sheikh Ali bin Hamad bin Jassim Al-Thani", "Person"), ("spoke", "Place")]


def test_a_name_goes_on_through_a_hyphenated_arabic_article(vocab):
    # Emir Tamim Al - Thani spoke  ("Al-Thani" tokenized in three)
    doc = Doc(vocab, words=["Emir", "Tamim", "Al", "-", "Thani", "spoke"], spaces=[True, True, False, False, True, False])
    assert texts([person_spans.extend_person(span(doc, 1, 2))]) == ["Tamim Al-Thani"]


def test_a_name_goes_on_through_a_persian_ezafe(vocab):
    doc = hyphenated(vocab, "Ambassador Mohammad Kazem Al-e Quorvati said Al-e sentence")
    assert texts([person_spans.extend_person(span(doc, 1, 4))]) == ["Mohammad Kazem Al-e Quorvati"]
    assert texts([person_spans.extend_person(span(doc, 8, 9))]) == ["Al"]  # a lower-case word after it: no name


def test_a_person_s_name_opens_with_the_given_name_before_its_particles(vocab):
    doc = doc_of(vocab, "chief , Ines Van den Quorck , joined ; said van der Quorck ; Ines Van Quorck")
    assert person_spans.extend_person(span(doc, 5, 6)).text == "Ines Van den Quorck"
    assert person_spans.extend_person(span(doc, 12, 13)).text == "Quorck"  # no given name before the particles
    assert person_spans.extend_person(span(doc, 16, 17)).text == "Quorck"  # no particle in lower case
