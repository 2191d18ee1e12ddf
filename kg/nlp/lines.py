"""The lines of a document's text, for :mod:`kg.nlp.entities`: scraped pages and wire copy
carry their layout in line breaks.

- ``line_of``: the line a token is on (cached on the Doc; :func:`forget_lines` drops the cache);
- ``capital_lines`` and ``cased_forms``: headlines and datelines in capitals, to be tagged again
  in running-text case;
- ``credit_tokens``: photo and wire credits ("File Photo/Reuters", "AP/dpa"), which name no entity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

import numpy

from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token


def capital_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of lines written in capitals (headlines, datelines), or in title case
    ("Minister Quits Over Budget Row": four or more words, all capitalised but short ones)."""
    segments: list[tuple[int, int]] = []
    if not len(doc):
        return segments
    start = 0
    flags = doc.to_array([IS_ALPHA, LENGTH, IS_UPPER])
    word = (flags[:, 0] == 1) & (flags[:, 1] > 1)
    n_words, n_upper = running_count(word), running_count(word & (flags[:, 2] == 1))
    for end in _line_ends(doc):
        n, upper = n_words[end] - n_words[start], n_upper[end] - n_upper[start]
        if not (4 <= n <= 20 or upper and upper >= 0.9 * n):
            start = end  # neither in title case (4 to 20 words) nor in capitals: no need to read it
            continue
        words = [t.text for t in doc[start:end] if t.is_alpha and len(t) > 1]
        upper = [w for w in words if w.isupper()]
        titled = [w for w in words if w[:1].isupper()]
        long = [w for w in words if len(w) > 3 and w.lower() not in STOP_WORDS]  # not "from", "with" in lower case
        lower_stops = sum(1 for w in words if w.lower() in STOP_WORDS and not w[:1].isupper())
        title_case = (4 <= len(words) <= 20 and len(titled) == len(words) - lower_stops
                      and bool(long) and all(w[:1].isupper() for w in long)
                      and doc[end - 1].text not in {".", "?", "!"})
        if (upper and len(upper) >= 0.9 * len(words) and any(len(w) >= 4 for w in upper)) or title_case:
            s, e = strip_space(doc, start, end)
            if s < e:
                segments.append((s, e))
        start = end
    return segments


def cased_forms(doc: Doc, segments: list[tuple[int, int]]) -> dict[str, str]:
    """How the document writes words outside its capital lines: lower case -> the form seen
    (capitalised only where it is not the first word of a sentence)."""
    inside = {i for start, end in segments for i in range(start, end)}
    forms: dict[str, str] = {}
    for tok in doc:
        if tok.i in inside or not tok.is_alpha or tok.text.isupper():
            continue
        if tok.is_lower:
            forms.setdefault(tok.lower_, tok.text)
        elif not tok.is_sent_start:
            forms[tok.lower_] = tok.text
    return forms


def strip_space(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A token range without the white-space tokens at either end."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end


def lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the document's lines, without surrounding white space."""
    out = []
    start = 0
    for end in _line_ends(doc):
        s, e = strip_space(doc, start, end)
        if s < e:
            out.append((s, e))
        start = end
    return out


def one_line(doc: Doc) -> bool:
    """True when no token holds a line break (spaCy keeps a newline as a token of its own)."""
    return not _has(doc, "\n")


def _has(doc: Doc, char: str) -> bool:
    """Whether any token's text holds ``char``, looked up among the document's distinct words
    (cheaper than a Python Token per word)."""
    key = f"kg.has {char}"
    if key not in doc.user_data:
        doc.user_data[key] = any(char in word for word in distinct_words(doc))
    return doc.user_data[key]


def words_where(doc: Doc, test: Callable[[str], bool], attr: int = ORTH) -> numpy.ndarray:
    """Which tokens' texts (or other string attribute, e.g. ``LEMMA``) pass ``test`` (a boolean
    array), decided once per distinct value in the document and read from its array of string
    ids: no Python Token per word."""
    words, where = _distinct(doc, attr)
    return numpy.fromiter(map(test, words), dtype=bool, count=len(words))[where]


def distinct_words(doc: Doc, attr: int = ORTH) -> list[str]:
    """The document's distinct texts (or other string attribute, e.g. ``LOWER``), each once."""
    return _distinct(doc, attr)[0]


def _distinct(doc: Doc, attr: int) -> tuple[list[str], numpy.ndarray]:
    """The document's distinct values of a string attribute, and for each token the index of its own among them:
    worked out once per Doc and attribute (:func:`words_where` reads them a dozen times), and again only if the
    tokens' values changed since (a word retagged, the tokens retokenized)."""
    ids = doc.to_array(attr)
    key = f"kg.distinct {attr}"
    found = doc.user_data.get(key)
    if found is None or not numpy.array_equal(found[0], ids):
        values, where = numpy.unique(ids, return_inverse=True)
        strings = doc.vocab.strings
        found = doc.user_data[key] = (ids, [strings[v] for v in values.tolist()], where.reshape(-1))
    return found[1], found[2]


def tokens_where(doc: Doc, test: Callable[[str], bool], attr: int = ORTH) -> Iterator[Token]:
    """The tokens whose text (or ``attr``) passes ``test``, in order: :func:`words_where` as tokens."""
    return (doc[i] for i in numpy.flatnonzero(words_where(doc, test, attr)).tolist())


def running_count(flags: numpy.ndarray) -> list[int]:
    """How many of the first k tokens are flagged, for k = 0 .. len(flags): the count between
    tokens i and j is ``counts[j] - counts[i]``."""
    return numpy.concatenate(([0], numpy.cumsum(flags))).tolist()


def _line_ends(doc: Doc) -> list[int]:
    """Where each line's tokens end: after a token holding a newline, and at the end (found
    once per doc)."""
    if _LINE_ENDS not in doc.user_data:
        ends = {k + 1 for k in _newlines(doc)}
        doc.user_data[_LINE_ENDS] = sorted(ends | {len(doc)}) if len(doc) else []
    return doc.user_data[_LINE_ENDS]


def _newlines(doc: Doc) -> list[int]:
    """The indices of the tokens holding a newline, in order (cached on the Doc).

    spaCy keeps line breaks in tokens of their own (a token's trailing white space is one space
    at most), so these are the tokens whose text has a newline: looked up among the document's
    distinct words and found in its array of word ids, not by a Python Token per word."""
    if _NEWLINES not in doc.user_data:
        doc.user_data[_NEWLINES] = numpy.flatnonzero(words_where(doc, lambda w: "\n" in w)).tolist()
    return doc.user_data[_NEWLINES]


#: A wire credit closing a report: the editors' initials, then the agencies in brackets ("ab/cd (AFP, dpa)").
CREDIT = re.compile(r"^[a-z]{2,4}$")
CREDIT_PAIR = re.compile(r"^[a-z]{2,4}/[a-z]{2,4}$")


def credit_tokens(doc: Doc) -> set[int]:
    """Tokens inside the brackets of a wire credit ("jd / uhe ( dpa , Reuters )") or chained to the
    editor's initials ("tkw / AFP / AP"): page furniture, not names the report mentions (found once per doc)."""
    key = "kg.credit_tokens"
    if key not in doc.user_data:
        inside: set[int] = set()
        for tok in tokens_where(doc, lambda w: "/" in w):  # every credit has a slash
            i = tok.i
            if tok.text == "/" and 0 < i and i + 2 < len(doc) and CREDIT.match(doc[i - 1].text) \
                    and CREDIT.match(doc[i + 1].text) and doc[i + 2].text == "(":
                opening = i + 2  # "jd / uhe (": pre-tokenised text
            elif CREDIT_PAIR.match(tok.text) and i + 1 < len(doc) and doc[i + 1].text == "(":
                opening = i + 1  # "jd/uhe ("
            elif tok.text == "/" and 0 < i and CREDIT.match(doc[i - 1].text) and (i < 2 or doc[i - 2].text != "/"):
                k = i  # "tkw / AFP / AP / dpa": the agencies chained to the editor's initials
                while k + 2 < len(doc) and doc[k].text == "/" and doc[k + 1].is_alpha:
                    inside.add(k + 1)
                    k += 2
                continue
            else:
                continue
            close = next((k for k in range(opening + 1, min(len(doc), opening + 14)) if doc[k].text == ")"), None)
            if close is not None:
                inside.update(range(opening + 1, close))
        doc.user_data[key] = inside
    return doc.user_data[key]


def line_of(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the line holding token i (the line breaks are found once per doc)."""
    cuts = doc.user_data.get(_LINE_BREAKS)
    if cuts is None:
        cuts = doc.user_data[_LINE_BREAKS] = _line_breaks(doc)
    starts, ends = cuts
    k = bisect.bisect_right(starts, i)
    start = starts[k - 1] if k else 0
    k = bisect.bisect_right(ends, i)
    return start, ends[k] if k < len(ends) else len(doc)


_LINE_BREAKS, _LINE_ENDS, _CAPITALS, _NEWLINES = "kg.line_breaks", "kg.line_ends", "kg.capital_words", "kg.newlines"


def forget_lines(doc: Doc) -> None:
    """Drop what this module cached on the Doc about its lines (before a component may retokenize)."""
    doc.user_data.pop(_LINE_BREAKS, None)
    doc.user_data.pop(_LINE_ENDS, None)
    doc.user_data.pop(_CAPITALS, None)
    doc.user_data.pop(_NEWLINES, None)


def capitals_line(doc: Doc, i: int, most: int = 3) -> bool:
    """Whether the line of token i has more than ``most`` words in capitals (a headline or a
    table row in capitals, where capitals say nothing about names). Counted once per line."""
    start, end = line_of(doc, i)
    counts = doc.user_data.setdefault(_CAPITALS, {})
    if start not in counts:
        counts[start] = sum(1 for t in doc[start:end] if t.is_alpha and t.text.isupper())
    return counts[start] > most


def title_case_line(doc: Doc, i: int) -> bool:
    """Whether the line of token i is in title case, as headlines are ("X Joins 4th Summit via Video Link"): three or
    more words of four letters or more, each capitalised, and no full stop ending it."""
    start, end = line_of(doc, i)
    words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
    last = next((t for t in reversed(doc[start:end]) if not t.is_space), None)
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words) and last is not None and last.text != "."


def _line_breaks(doc: Doc) -> tuple[list[int], list[int]]:
    """Where lines start (after a token holding a newline) and end (before it)."""
    newlines = _newlines(doc)
    return [k + 1 for k in newlines], newlines
