"""kg/nlp/tagging.py: the same matches as spaCy's AttributeRuler and the same lemmas as its lemmatizer, found by lookups."""

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.nlp.tagging import CompiledAttributeRuler, compile_step

#: Patterns of every form the English models use, in an order where later ones override earlier ones.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}], [{"TAG": "NNS"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Fin"}},
    {"patterns": [[{"TAG": "PRP", "LOWER": "him"}]], "attrs": {"POS": "PRON", "LEMMA": "he"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["nobody", "someone"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", "ROOT"]}, "TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": {"REGEX": "^gon?$"}}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "AUX"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
]

WORDS = ["There", "was", "someone", "\n", "who", "saw", "him", "gon", "na", "leave", "the", "books"]
TAGS = ["EX", "VBD", "NN", "_SP", "WP", "VBD", "PRP", "VBG", "TO", "VB", "DT", "NNS"]
DEPS = ["expl", "ROOT", "attr", "dep", "nsubj", "relcl", "dobj", "xcomp", "aux", "xcomp", "det", "dobj"]


def rulers(vocab, patterns):
    stock, compiled = AttributeRuler(vocab), CompiledAttributeRuler(vocab)
    stock.add_patterns(patterns)
    compiled.add_patterns(patterns)
    return stock, compiled


def parse(vocab):
    heads = [1, 1, 1, 2, 5, 2, 5, 5, 9, 7, 11, 9]
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=heads)


def test_same_matches_as_spacy(vocab):
    stock, compiled = rulers(vocab, PATTERNS)
    doc = parse(vocab)
    assert compiled.match(doc) == stock.match(doc)
    assert {m[0] for m in compiled.match(doc)} == set(range(len(PATTERNS)))  # every pattern matches somewhere
    assert len(compiled.match(doc)) == 10
    assert compiled.match(doc) == stock.match(doc)  # and again from the lookups it remembered


def test_same_annotations_as_spacy(vocab):
    stock, compiled = rulers(vocab, PATTERNS)
    a, b = stock(parse(vocab)), compiled(parse(vocab))
    assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]
    assert [t.pos_ for t in b][:3] == ["", "AUX", "PRON"]  # "there was": the later pattern wins
    assert b[8].lemma_ == "to" and b[3].pos_ == "SPACE"


def test_pattern_it_cannot_compile_uses_spacys_matcher(vocab):
    patterns = PATTERNS + [{"patterns": [[{"TAG": "DT"}, {"TAG": "NNS", "OP": "+"}]], "attrs": {"POS": "DET"}}]
    stock, compiled = rulers(vocab, patterns)
    assert not compiled._compiled
    assert compiled.match(parse(vocab)) == stock.match(parse(vocab))


@pytest.mark.parametrize("spec", [{"TAG": "NN", "OP": "?"}, {"LEMMA": "be"}, {"LOWER": {"FUZZY": "colour"}},
                                  {"IS_SPACE": "yes"}, {"LOWER": {"IN": [1, 2]}}])
def test_steps_it_does_not_compile(spec):
    assert compile_step(spec) is None


def test_patterns_survive_serialisation(vocab):
    _, compiled = rulers(vocab, PATTERNS)
    again = CompiledAttributeRuler(vocab).from_bytes(compiled.to_bytes())
    assert again.match(parse(vocab)) == compiled.match(parse(vocab))


def test_kg_pipeline_tags_as_the_model_does(nlp):
    """kg.nlp.load puts the compiled ruler in the model's place: every token's part of speech,
    morphology and lemma are the model's own."""
    import spacy

    from kg.nlp import default_model

    assert type(nlp.get_pipe("attribute_ruler")) is CompiledAttributeRuler
    model = spacy.load(default_model())
    model.add_pipe("kg_paragraphs", before="parser")  # sentence starts as in kg's pipeline
    text = ("Ode wasn't gonna meet him, but there is someone who'd talk: the envoys\n\nmet in Vellport "
            "and their ministers spoke by phone on Monday. Nobody's sure what they'll do, y'all.")
    ours, theirs = nlp(text), model(text)
    assert [(t.text, t.pos_, str(t.morph), t.lemma_) for t in ours] == [(t.text, t.pos_, str(t.morph), t.lemma_) for t in theirs]


def test_lemmatizer_gives_the_models_lemmas(nlp):
    """The cached lemmatizer remembers each lemma by word, part of speech and morphology: the
    same lemmas as spaCy's rule lemmatizer, the attribute ruler's own ("him" -> "he") kept."""
    import spacy

    from kg.nlp import default_model
    from kg.nlp.tagging import CachedLemmatizer

    assert type(nlp.get_pipe("lemmatizer")) is CachedLemmatizer
    model = spacy.load(default_model())
    text = "The envoys were meeting him; the envoy meets them. Meetings were held, and she held talks."
    for _ in range(2):  # the second time from what it remembered
        assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in model(text)]
    assert len(nlp("")) == 0  # an empty text passes through
