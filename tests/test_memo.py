"""kg.nlp.memo: answers kept per name or position while a component runs, and only then; and
kg.nlp.lines.words_where, which reads a document's distinct words once. Hand-built docs, no model."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span

from kg.nlp.lines import distinct_words, words_where
from kg.nlp.memo import per_name, per_position, remembering


VOCAB = spacy.blank("en").vocab  # (with the lexical attributes: lower case, ...)


def _doc(words: list[str]) -> Doc:
    return Doc(VOCAB, words=words)


def _counting():
    calls: list[tuple] = []

    @per_name
    def name_length(name: Span) -> int:
        calls.append((name.start, name.end, name.label_))
        return len(name)

    @per_position
    def word_at(doc: Doc, i: int) -> str:
        calls.append(i)
        return doc[i].text

    return calls, name_length, word_at


def test_outside_a_component_every_call_computes():
    calls, name_length, word_at = _counting()
    doc = _doc(["President", "Anna", "Keller", "spoke"])
    name = Span(doc, 1, 3, label="PERSON")
    assert [name_length(name), name_length(name), word_at(doc, 0), word_at(doc, 0)] == [2, 2, "President", "President"]
    assert calls == [(1, 3, "PERSON"), (1, 3, "PERSON"), 0, 0]


def test_within_remembering_each_name_and_position_once():
    calls, name_length, word_at = _counting()
    doc = _doc(["President", "Anna", "Keller", "spoke"])
    with remembering(doc):
        assert name_length(Span(doc, 1, 3, label="PERSON")) == 2
        assert name_length(Span(doc, 1, 3, label="PERSON")) == 2  # an equal span built again: remembered
        assert name_length(Span(doc, 1, 3, label="ORG")) == 2  # another label: asked again
        assert name_length(Span(doc, 2, 3, label="PERSON")) == 1
        assert [word_at(doc, 3), word_at(doc, 3), word_at(doc, 0)] == ["spoke", "spoke", "President"]
    assert calls == [(1, 3, "PERSON"), (1, 3, "ORG"), (2, 3, "PERSON"), 3, 0]


def test_answers_are_dropped_after_the_component_and_kept_apart_per_doc():
    calls, name_length, word_at = _counting()
    doc, other = _doc(["Anna", "Keller"]), _doc(["Anna", "Keller"])
    with remembering(doc):
        word_at(doc, 0)
        word_at(other, 0)  # (another document, outside its component: computed)
        word_at(doc, 0)
    assert "kg.memo" not in doc.user_data  # nothing left on the Doc to serialise
    word_at(doc, 0)
    assert calls == [0, 0, 0]


def test_answers_are_dropped_when_the_component_fails():
    calls, name_length, word_at = _counting()
    doc = _doc(["Anna", "Keller"])
    try:
        with remembering(doc):
            word_at(doc, 1)
            raise RuntimeError("a rule failed")
    except RuntimeError:
        pass
    assert "kg.memo" not in doc.user_data


def test_words_where_reads_each_distinct_word_once_and_matches_a_token_walk():
    doc = _doc(["Talks", "in", "Paris", "and", "talks", "in", "Rome", "\n", "PARIS"])
    seen: list[str] = []

    def capitalised(word: str) -> bool:
        seen.append(word)
        return word[:1].isupper()

    found = words_where(doc, capitalised)
    assert found.tolist() == [t.text[:1].isupper() for t in doc]
    assert sorted(seen) == sorted({t.text for t in doc})  # once per distinct word, not per token
    assert words_where(doc, lambda w: w == "paris", attr=LOWER).tolist() == [t.text in {"Paris", "PARIS"} for t in doc]
    assert words_where(doc, lambda w: False).dtype == numpy.bool_


def test_words_where_on_an_empty_doc_and_after_the_tokens_change():
    assert words_where(_doc([]), lambda w: True).tolist() == []
    doc = _doc(["Anna", "met", "Bo"])
    assert words_where(doc, lambda w: w == "Bo", attr=ORTH).tolist() == [False, False, True]
    with doc.retokenize() as retokenizer:  # (a component after kg's may retokenize): the distinct words read again
        retokenizer.merge(doc[1:3])
    assert words_where(doc, lambda w: w == "met Bo").tolist() == [False, True]
    assert sorted(distinct_words(doc)) == ["Anna", "met Bo"]


def test_distinct_words_once_each_and_read_again_when_a_word_is_retagged():
    doc = Doc(VOCAB, words=["Talks", "talks", "Talks"], lemmas=["talk", "talk", "talk"])
    assert sorted(distinct_words(doc)) == ["Talks", "talks"] and distinct_words(doc, LOWER) == ["talks"]
    assert words_where(doc, lambda lemma: lemma == "talk", attr=LEMMA).tolist() == [True, True, True]
    doc[1].lemma_ = "speak"  # (kg_relations retags words)
    assert words_where(doc, lambda lemma: lemma == "talk", attr=LEMMA).tolist() == [True, False, True]
