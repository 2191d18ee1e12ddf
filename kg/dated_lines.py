"""Days that a text's lines give the contacts below or beside them: diaries, round-ups and chronologies.

Round-ups and timelines tell many contacts, each dated by the line it stands under or opens with, not by its own
sentence:

- a day heading, a line that is a date alone ("MONDAY, 10 MARCH", "Tuesday, June 10", "WEDNESDAY, 14 JANUARY
  2026"), dates the lines after it up to the next heading-like line ("LOOKING AHEAD", "THE WEEK AHEAD", another
  day); only in a text with two or more of them, a diary's form: one date line alone is a page's publication date;
- a line opening with a date and a dash or colon ("May 14, 2023 - X and Y meet in Brussels", "12 March: X called
  Y") dates that line.

A day with no year is the one nearest the article's date that falls on the weekday the heading names (a week-ahead
diary's days are to come, a week in review's are past). A span of days ("WEEKEND 15-16 MARCH", "May 10-11, 2024")
names no one day and dates nothing.

Pure functions of the text and the article's date, so the rules run without a model.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from kg.dates import MONTHS, WEEKDAYS, precision, resolve_when

__all__ = ["DatedLines", "dated_lines", "day_heading"]

#: The most words a day heading, or the date opening a chronology's line, may have ("Tuesday, 13 January 2026").
DATE_WORDS = 5

#: The most words of a line that ends a heading's section without a full stop ("LOOKING AHEAD", "NEXT WEEK").
SECTION_WORDS = 6

#: The most words of a day heading with its label: "WEDNESDAY 20 - XI IN BRASILIA".
HEADING_WORDS = 9

#: How many days from the article a heading's day with no month may be: "SUNDAY 17" in a week in review.
WEEK_REACH = 10

#: The marks that end a sentence: a line ending in one is no heading.
FULL_STOPS = {".", "!", "?", '"', "”", "'", "’", ")"}

#: A heading's label after its date: "MONDAY 18 - RIO OPENS".
_LABEL_RE = re.compile(r"\s[-–—]\s|:\s")

#: A date opening a line, then a dash or a colon and the line's text: "May 14, 2023 - X met Y", "12 March: X".
_OPENING_DATE_RE = re.compile(r"^\s*(?:[-•*]\s+)?(?P<date>[^-–—:\n]{3,40}?)\s*(?:\s[-–—]\s|:\s)\s*\S")

#: A span of days, which names no one day: "15-16 MARCH", "May 10-11".
_SPAN_RE = re.compile(r"\d\s*[-–—]\s*\d|\b(?:to|until)\b", re.IGNORECASE)

#: A list item's mark: such a line is an item of a section, not a heading.
_ITEM_RE = re.compile(r"^\s*[-•*]\s")


class DatedLines(NamedTuple):
    """Characters [start, end) of a text and the day (or month) its lines give them."""

    start: int
    end: int
    day: str
    #: Whether the day is a weekday's alone ("SUNDAY"), taken in the article's week: a week in review's day that
    #: comes out after the article is the week before's (see kg.extract.line_days).
    week: bool = False


def dated_lines(text: str, anchor: dt.date | None) -> list[DatedLines]:
    """The stretches of ``text`` a day heading or a line's opening date dates, in text order."""
    lines = list(_lines(text))
    headings = [(k, day) for k, (start, line) in enumerate(lines) if (day := date_alone(line, anchor))]
    out: list[DatedLines] = []
    if len({day for _, day in headings}) >= 2:
        for k, day in headings:
            end = next((start for start, line in lines[k + 1:] if ends_section(line, anchor)), len(text))
            out.append(DatedLines(lines[k][0], end, day, weekday_alone(lines[k][1])))
    heading_lines = {k for k, _ in headings}
    for k, (start, line) in enumerate(lines):
        if k not in heading_lines and (day := opening_date(line, anchor)):
            out.append(DatedLines(start, start + len(line), day))
    return sorted(out)


def _lines(text: str):
    """(start, line) of each line with words."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def day_heading(line: str) -> bool:
    """Whether a line has a day heading's shape, whatever the day: "MONDAY, 10 MARCH", "TUESDAY 19 - DEALS AND
    SNUBS", "FRIDAY" (what a page's cleaner keeps, see kg.cleaning)."""
    head = heading_date(line)
    return head is not None and date_words(head) and any(w in WEEKDAYS for w in _words(head))


def heading_date(line: str) -> str | None:
    """The words before a heading line's label ("MONDAY 18" of "MONDAY 18 - RIO OPENS"), or the whole of a short
    line with no full stop; None for a longer line, a list's item or a sentence."""
    words = line.strip().rstrip(":").split()
    if not words or len(words) > HEADING_WORDS or _ITEM_RE.match(line) or line.rstrip()[-1:] in FULL_STOPS:
        return None
    head = _LABEL_RE.split(" ".join(words), maxsplit=1)[0]
    return head if len(head.split()) <= DATE_WORDS else None


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(".,").lower() for w in text.split()) if w]


def date_words(text: str) -> bool:
    """Whether a few words are a date and nothing else (weekdays, months, numbers), not a span of days."""
    words = _words(text)
    return bool(words) and not _SPAN_RE.search(text) and all(
        w in MONTHS or w in WEEKDAYS or re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", w) for w in words)


def date_alone(line: str, anchor: dt.date | None) -> str | None:
    """The day a heading line names, a date alone or with a short label after a dash ("MONDAY, 10 MARCH", "MONDAY 18
    - RIO OPENS", "TUESDAY"): "2025-03-10"; None for any other line."""
    head = heading_date(line)
    return date_of(head, anchor, days_only=True) if head is not None else None


def weekday_alone(line: str) -> bool:
    """Whether a heading line's date is a weekday and nothing else: "SUNDAY", "Sunday - Panama and the canal"."""
    words = _words(heading_date(line) or "")
    return len(words) == 1 and words[0] in WEEKDAYS


def opening_date(line: str, anchor: dt.date | None) -> str | None:
    """The day (or month) a line opening with a date and a dash or a colon names: "May 14, 2023 - X met Y"."""
    m = _OPENING_DATE_RE.match(line)
    if m is None or len(m.group("date").split()) > DATE_WORDS or not any(
            w.strip(".,").lower() in MONTHS for w in m.group("date").split()):
        return None
    return date_of(m.group("date"), anchor, days_only=False)


def date_of(text: str, anchor: dt.date | None, *, days_only: bool) -> str | None:
    """The date a few words name when they are a date and nothing else (a weekday, a day and a month, a year), the
    year-less day nearest ``anchor`` on the weekday named; None for words that are not only a date, or a span."""
    if not date_words(text):
        return None  # "Kenya's week: March" or a sentence: not a date alone
    words = _words(text)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if not any(w in MONTHS for w in words):
        return week_day(words, weekday, anchor)
    days = [d for tense in ("past", "future") if (d := resolve_when(text, anchor, tense))]
    if not days or days_only and precision(days[0]) != "day":
        return None
    if precision(days[0]) != "day":
        return days[0]
    fits = [d for d in days if weekday is None or dt.date.fromisoformat(d).weekday() == weekday] or days
    if anchor is None:
        return fits[0]
    return min(fits, key=lambda d: abs((dt.date.fromisoformat(d) - anchor).days))


def week_day(words: list[str], weekday: int | None, anchor: dt.date | None) -> str | None:
    """The day a heading with no month names, in the week the article is of: "MONDAY 18" the Monday the 18th
    within :data:`WEEK_REACH` days of the article; "MONDAY" alone the Monday of the article's week, when it is
    published on a weekday (a weekend's diary may look back on the week or ahead to the next: no day)."""
    if weekday is None or anchor is None:
        return None
    numbers = [int(re.sub(r"\D", "", w)) for w in words if w[:1].isdigit()]
    if not numbers:
        if anchor.weekday() >= 5:
            return None
        return (anchor + dt.timedelta(days=weekday - anchor.weekday())).isoformat()
    near = [anchor + dt.timedelta(days=k) for k in range(-WEEK_REACH, WEEK_REACH + 1)]
    day = next((d for d in sorted(near, key=lambda d: abs((d - anchor).days))
                if len(numbers) == 1 and d.day == numbers[0] and d.weekday() == weekday), None)
    return day.isoformat() if day else None


def ends_section(line: str, anchor: dt.date | None) -> bool:
    """A line that ends the section a day heading opens: another date alone, or a short line with no full stop that
    is no list item ("LOOKING AHEAD", "WEEKEND 15-16 MARCH", "UPCOMING ENGAGEMENTS")."""
    return bool(date_alone(line, anchor)) or (
        len(line.split()) <= SECTION_WORDS and not _ITEM_RE.match(line) and line.rstrip()[-1:] not in FULL_STOPS)
