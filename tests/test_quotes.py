"""kg/nlp/quotes.py: the model reads straight quotes; offsets and evidence keep the original text."""

import pytest
import spacy

from kg.nlp.quotes import PlainQuotesTokenizer, plain_quotes


def test_typographic_quotes_are_tokenized_as_straight_ones_at_the_same_offsets():
    nlp = plain_quotes(spacy.blank("en"))
    text = "“We agree,” said Tom Reed’s aide O‘Neill."
    doc = nlp(text)
    assert len(doc.text) == len(text)
    assert [t.text for t in doc][:4] == ['"', "We", "agree", ","]
    assert "'s" in [t.text for t in doc]  # the possessive split as the model knows it
    assert doc.text == nlp.tokenizer.tokenizer(doc.text).text  # nothing else changed


def test_the_wrapper_is_added_once_and_passes_the_rest_through():
    nlp = plain_quotes(plain_quotes(spacy.blank("en")))
    assert isinstance(nlp.tokenizer, PlainQuotesTokenizer) and not isinstance(nlp.tokenizer.tokenizer, PlainQuotesTokenizer)
    nlp.tokenizer.add_special_case("Amb.", [{"ORTH": "Amb."}])
    assert [t.text for t in nlp("Amb. Reed")] == ["Amb.", "Reed"]
    assert [d.text for d in nlp.tokenizer.pipe(["a’b", "c"])] == ["a'b", "c"]


@pytest.mark.model
def test_curly_quotes_give_what_straight_ones_give_and_the_evidence_keeps_them(extract_text):
    straight = "Tom Reed's Baath Party lost power. Foreign Minister Ann Ode met Tom Reed in Vellport on Monday."
    curly = straight.replace("'", "’")  # read raw, "Tom Reed’s Baath Party" is one organisation to the model
    (a, simple_a), (b, simple_b) = extract_text(straight, "2025-05-17"), extract_text(curly, "2025-05-17")
    assert [e.name for e in a.entities] == [e.name for e in b.entities]
    assert {"Tom Reed", "Baath Party"} <= {e.name for e in b.entities}
    assert [simple_a(e) for e in a.events] == [simple_b(e) for e in b.events]
    assert all(e.evidence.text == curly[e.evidence.start:e.evidence.end] for e in b.events)
