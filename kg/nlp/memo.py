"""Answers about a name or a position worked out once while one of kg's components reads a document.

Rules ask the same question of the same name many times: the title block before a person's name
is read for the person's parties, again for a consort's title, again for the aide of a principal;
whether a dateline opens the line at a sentence's start is asked for every name in the sentence.
A function of a name (a Span) decorated with :func:`per_name`, of a document and a token index
decorated with :func:`per_position`, or of a document alone decorated with :func:`per_document`,
keeps its answers while a component runs inside :func:`remembering`, and only then: the document
must not change meanwhile (kg's components set ``doc.ents`` and retag words at their ends or starts,
outside it), and a call outside it (a test on a hand-built parse) computes afresh. Answers are
shared: callers must not change them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from spacy.tokens import Doc, Span

__all__ = ["per_document", "per_name", "per_position", "remembering"]

T = TypeVar("T")

_MEMO = "kg.memo"


@contextmanager
def remembering(doc: Doc) -> Iterator[None]:
    """Keep the answers of :func:`per_name`, :func:`per_position` and :func:`per_document` functions about ``doc``
    within the block (dropped after it, also when it fails)."""
    doc.user_data[_MEMO] = {}
    try:
        yield
    finally:
        doc.user_data.pop(_MEMO, None)


def per_name(function: Callable[[Span], T]) -> Callable[[Span], T]:
    """Decorate a function of a name alone whose answer depends only on the document."""

    @functools.wraps(function)
    def remembered(name: Span) -> T:
        memo = name.doc.user_data.get(_MEMO)
        if memo is None:
            return function(name)
        key = (function, name.start, name.end, name.label)
        if key not in memo:
            memo[key] = function(name)
        return memo[key]

    return remembered


def per_document(function: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Decorate a function of a document alone: a list of the document's names that every name is checked against."""

    @functools.wraps(function)
    def remembered(doc: Doc) -> T:
        memo = doc.user_data.get(_MEMO)
        if memo is None:
            return function(doc)
        if function not in memo:
            memo[function] = function(doc)
        return memo[function]

    return remembered


def per_position(function: Callable[[Doc, int], T]) -> Callable[[Doc, int], T]:
    """Decorate a function of a document and a token index whose answer depends only on the document."""

    @functools.wraps(function)
    def remembered(doc: Doc, i: int) -> T:
        memo = doc.user_data.get(_MEMO)
        if memo is None:
            return function(doc, i)
        key = (function, i)
        if key not in memo:
            memo[key] = function(doc, i)
        return memo[key]

    return remembered
