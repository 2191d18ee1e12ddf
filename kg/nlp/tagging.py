"""The model's rule-based tagging, computed once per distinct token: ``kg_attribute_ruler`` and
``kg_lemmatizer``, drop-in replacements that :func:`kg.nlp.load` puts in the model's place.

English pipelines map fine-grained tags to parts of speech and morphology with an
``attribute_ruler`` of some 180 one- and two-token patterns (``{"TAG": "NNS"}``, ``{"TAG":
"PRP", "LOWER": "him"}``), then lemmatize each token by rules. spaCy's general ``Matcher`` runs
every pattern over every token and takes a seventh of the model's time on news; the lemmatizer
makes a Python Token per word. Both answers depend only on a few attributes of the token:

- ``CompiledAttributeRuler`` is spaCy's ``AttributeRuler`` with only ``match`` replaced. Its
  patterns only compare attributes with values (equal, ``IN``, ``NOT_IN``, ``REGEX``), so the
  pattern steps a token satisfies are worked out once per distinct combination of its
  attributes, and the matches are exactly spaCy's (the same sorted list, applied by spaCy's
  own ``set_annotations``). A pattern with anything else (operators, other attributes) makes
  it use spaCy's Matcher.
- ``CachedLemmatizer`` is spaCy's English rule lemmatizer remembering each lemma by word, part
  of speech and morphology (all its rules read), reading and writing lemmas as arrays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer", "CompiledAttributeRuler", "compile_step", "speed_up"]

#: The token attributes a compiled pattern may test, as keys of Matcher patterns, and their array ids.
ATTRIBUTES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
#: How a compiled pattern may compare an attribute with its values.
PREDICATES = {"IN", "NOT_IN", "REGEX"}
#: Distinct attribute combinations remembered; past this the lookups start again (memory stays flat).
CACHE_LIMIT = 200_000


def speed_up(nlp: Language) -> None:
    """Put the compiled attribute ruler and the cached lemmatizer in place of the model's own
    (same names, same patterns and tables), where the model has spaCy's."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "kg_attribute_ruler")
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names:
        old = nlp.get_pipe("lemmatizer")
        if type(old) is EnglishLemmatizer and old.mode == "rule":
            nlp.replace_pipe("lemmatizer", "kg_lemmatizer", config={"overwrite": old.overwrite})
            nlp.get_pipe("lemmatizer").lookups = old.lookups


@Language.factory("kg_attribute_ruler", default_config={"validate": False})
def make_compiled_attribute_ruler(nlp: Language, name: str, validate: bool) -> CompiledAttributeRuler:
    return CompiledAttributeRuler(nlp.vocab, name, validate=validate)


class CompiledAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler whose ``match`` looks up each token's pattern steps by its attributes."""

    def __init__(self, vocab, name: str = "kg_attribute_ruler", **settings):
        super().__init__(vocab, name, **settings)
        self._forget_patterns()

    def clear(self) -> None:
        super().clear()
        self._forget_patterns()

    def _forget_patterns(self) -> None:
        self._steps: list[Step] = []
        self._compiled = True
        self._indexes: list[AttributeIndex] = []
        self._by_key: dict[tuple, tuple] = {}
        self._by_mask: dict[int, tuple] = {}

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        attr_id = len(self.attrs) - 1
        match_id = self.vocab.strings[str(attr_id)]
        for pattern in patterns:
            for k, spec in enumerate(pattern):
                tests = compile_step(spec)
                if tests is None:
                    self._compiled = False  # beyond what a lookup can answer: spaCy's Matcher does it all
                    return
                self._steps.append(Step(attr_id, match_id, k, len(pattern), tests))
        self._indexes = [AttributeIndex(attr, self._steps) for attr in ATTRIBUTES]
        self._by_key.clear()
        self._by_mask.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(attr id, match id, start, end) of every match, sorted: what ``AttributeRuler.match`` returns."""
        if not self._compiled:
            return super().match(doc)
        rows = doc.to_array(list(ATTRIBUTES.values())).tolist()
        if len(self._by_key) > CACHE_LIMIT:
            self._by_key.clear()
            for index in self._indexes:
                index.cache.clear()
        by_key = self._by_key
        steps = [by_key.get(key) or self._steps_of(key) for key in map(tuple, rows)]
        matches = []
        n = len(steps)
        for i, (singles, firsts, _) in enumerate(steps):
            matches += [(attr_id, match_id, i, i + 1) for attr_id, match_id in singles]
            for attr_id, match_id, length, step_no in firsts:
                if i + length <= n and all(step_no + j in steps[i + j][2] for j in range(1, length)):
                    matches.append((attr_id, match_id, i, i + length))
        return sorted(set(matches))

    def _steps_of(self, key: tuple) -> tuple:
        """For a token with these attribute values: the one-token patterns it matches (attr id,
        match id), the longer ones it can open, and the numbers of all the steps it satisfies."""
        strings = self.vocab.strings
        mask = -1
        for index, value in zip(self._indexes, key):
            mask &= index.mask(value, strings)
        found = self._by_mask.get(mask)
        if found is None:
            satisfied = [n for n, _ in enumerate(self._steps) if mask >> n & 1]
            singles = tuple((self._steps[n].attr_id, self._steps[n].match_id) for n in satisfied if self._steps[n].length == 1)
            firsts = tuple((s.attr_id, s.match_id, s.length, n) for n in satisfied
                           if (s := self._steps[n]).length > 1 and s.step == 0)
            found = self._by_mask[mask] = (singles, firsts, frozenset(satisfied))
        self._by_key[key] = found
        return found


class Step(NamedTuple):
    """One token of a pattern: whose (attr id, match id), which of its ``length`` tokens, and its tests."""

    attr_id: int
    match_id: int
    step: int
    length: int
    tests: dict[str, tuple[str, object]]  # attribute -> ("in" | "not_in", frozenset) or ("regex", pattern)


class AttributeIndex:
    """For one attribute: which steps a value satisfies, as a bit mask over the steps (cached per value)."""

    def __init__(self, attr: str, steps: list[Step]):
        self.attr = attr
        self.free = sum(1 << n for n, s in enumerate(steps) if attr not in s.tests)  # steps that do not test it
        self.values: dict[str, int] = {}  # a value -> the "in" steps it satisfies
        self.others: list[tuple[int, str, object]] = []  # (bit, "not_in" | "regex", argument)
        for n, s in enumerate(steps):
            if attr in s.tests:
                how, arg = s.tests[attr]
                if how == "in":
                    for value in arg:
                        self.values[value] = self.values.get(value, 0) | 1 << n
                else:
                    self.others.append((1 << n, how, arg))
        self.cache: dict[int, int] = {}

    def mask(self, value: int, strings) -> int:
        mask = self.cache.get(value)
        if mask is None:
            text = str(bool(value)) if self.attr == "IS_SPACE" else strings[value]
            mask = self.free | self.values.get(text, 0)
            for bit, how, arg in self.others:
                if (text not in arg) if how == "not_in" else (arg.search(text) is not None):
                    mask |= bit
            self.cache[value] = mask
        return mask


def compile_step(spec: dict) -> dict[str, tuple[str, object]] | None:
    """One step of a Matcher pattern as {attribute: test}; None when it needs more than this module
    knows (operators, other attributes, other predicates)."""
    tests: dict[str, tuple[str, object]] = {}
    for attr, wanted in spec.items():
        if attr not in ATTRIBUTES:
            return None
        if attr == "IS_SPACE":
            if not isinstance(wanted, bool):
                return None
            tests[attr] = ("in", frozenset({str(wanted)}))
        elif isinstance(wanted, str):
            tests[attr] = ("in", frozenset({wanted}))
        elif isinstance(wanted, dict) and len(wanted) == 1 and set(wanted) <= PREDICATES:
            (how, arg), = wanted.items()
            if how == "REGEX":
                tests[attr] = ("regex", re.compile(arg))
            elif isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                tests[attr] = (how.lower(), frozenset(arg))
            else:
                return None
        else:
            return None
    return tests


@Language.factory("kg_lemmatizer", assigns=["token.lemma"], default_config={"overwrite": False})
def make_cached_lemmatizer(nlp: Language, name: str, overwrite: bool) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, None, name, mode="rule", overwrite=overwrite)


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with each lemma remembered by (word, part of speech,
    morphology), which is all its rules read; lemmas read and written as arrays."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        if len(self._lemmas) > CACHE_LIMIT:
            self._lemmas.clear()
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings, lemmas = self.vocab.strings, self._lemmas
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma == 0 or self.overwrite:  # the attribute ruler's lemmas ("him" -> "he") stay
                key = (orth, pos, morph)
                found = lemmas.get(key)
                if found is None:
                    found = lemmas[key] = strings.add(self.lemmatize(doc[i])[0])
                values[i, 3] = found
        doc.from_array([LEMMA], values[:, 3:].copy())
        return doc
