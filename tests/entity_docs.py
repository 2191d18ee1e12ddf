"""Hand-made Docs for the rule tests of the entity modules (test_entity_spans, test_entity_types,
test_entities): text split on single spaces, spans with a spaCy label."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def doc_of(vocab, text: str) -> Doc:
    """A Doc split on single spaces (line breaks kept as their own tokens)."""
    words, spaces = [], []
    for part in text.split(" "):
        words.append(part)
        spaces.append(True)
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces)


def span(doc: Doc, start: int, end: int, label: str = "PERSON") -> Span:
    return Span(doc, start, end, label=label)


def texts(spans) -> list[str]:
    return [s.text for s in spans]


def hyphenated(vocab, text: str) -> Doc:
    """A Doc split on spaces, with "-" inside a word its own token, written without spaces."""
    words, spaces = [], []
    for word in text.split(" "):
        parts = word.replace("-", " - ").split()
        words += parts
        spaces += [False] * (len(parts) - 1) + [True]
    return Doc(vocab, words=words, spaces=spaces)
