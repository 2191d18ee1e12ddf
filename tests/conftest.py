"""Shared fixtures: the spaCy pipeline (loaded once per session), a builder of hand-made parses,
and a helper that runs the whole extractor on a short text."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """kg's full pipeline (kg.nlp.load), loaded once for the whole test session."""
    from kg.errors import KgError
    from kg.nlp import load

    try:
        return load()
    except KgError as err:
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def vocab():
    """A blank English vocabulary for hand-built Docs."""
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def make_doc(vocab):
    """Build a parsed Doc by hand, without a model.

    Each token is ``(text, head, dep, pos, tag, lemma, ent)``: ``head`` is the absolute index of
    the head token (its own index for the root), ``ent`` an IOB label such as ``"B-Person"`` or
    ``"O"``. A token is followed by a space unless the next one is punctuation or ``'s``.
    Each root starts a sentence.
    """
    from spacy.tokens import Doc

    def build(tokens):
        words = [t[0] for t in tokens]
        spaces = [i + 1 < len(words) and not (words[i + 1] in {".", ",", "'s", "?", "!", ";", ":"}) for i in range(len(words))]
        doc = Doc(
            vocab,
            words=words,
            spaces=spaces,
            heads=[t[1] for t in tokens],
            deps=[t[2] for t in tokens],
            pos=[t[3] for t in tokens],
            tags=[t[4] for t in tokens],
            lemmas=[t[5] for t in tokens],
            ents=[t[6] for t in tokens],
        )
        return doc

    return build


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Run the whole extractor on ``text`` published on ``published``; returns the DocResult
    and a function giving an event as ``(kind, participant names, place name, status, date)``."""
    from kg.extract import doc_result
    from kg.model import Article

    def run(text: str, published: str | None = None):
        result = doc_result(nlp(text), Article("t.txt", text, published=published))
        names = {e.key: e.name for e in result.entities}

        def simple(ev):
            return (ev.kind, tuple(names[k] for k in ev.participants), names.get(ev.place), ev.status, ev.date)

        return result, simple

    return run

