"""Dates in news text: an article's publication date, and relative dates resolved against it.

Pure functions of their arguments (nothing here reads today's date):

- :func:`article_date` finds when an article was published from its text: a first line
  ``date 2025-05-19``, or a dateline near the top (``17 May, 2025 15:14 / Home``,
  ``Monday, May 19, 2025``, ``GENEVA, March 3, 2025 (Reuters) -``, ``Moscow, May 19 (ANI):``
  with the year taken from another full date in the text).
- :func:`resolve_date` turns a date expression the NLP found (a spaCy DATE entity such as
  ``on Monday``, ``last Friday``, ``March 18``, ``yesterday``) into a calendar day, given the
  article date as anchor and the tense of the sentence it came from.
- :func:`day_offset` reads an expression relative to the day the text named last ("the next
  day", "two days later", "later in the day"); the caller knows which day that was.

Choices documented once here:

- A bare weekday equal to the anchor's weekday is the anchor day itself ("Trump will call
  Putin on Monday" in a Monday article means today). ``last``/``next`` always move: ``last
  Monday`` is strictly before the anchor, ``next Monday`` strictly after (the nearest such day).
- A bare weekday different from the anchor's is the nearest one before the anchor in the past
  tense (and when the tense is unknown: news reports mostly what happened) and the nearest one
  after the anchor in the future tense.
- :func:`resolve_date` returns ``None`` for expressions that do not name one day: ``next
  week``, ``the weekend``, ``February``, ``May 2025``, ``2017``. An event dated to a made-up day
  (the Monday of next week, the first of February) would be a wrong fact.
  :func:`resolve_when` then gives the month or year the expression does name, as ISO
  ``YYYY-MM`` or ``YYYY`` (``in March 2019``, ``next month``, ``in 1861``, ``last year``); a
  week (``next week``, ``earlier this week``; ``in the coming days``, the seven after the anchor) is its
  month when all its days are in one, else it stays undated, as a weekend does: no ISO date type holds them.
- A month without a year is the nearest such month at or before the anchor's month in the
  past tense (``in March`` in an article of May 2025 is 2025-03; in one of January, 2024-03),
  at or after it in the future tense; ``last``/``next`` March move strictly.
- A day and month without a year take the anchor's year; if the sentence is in the past tense
  and that day is after the anchor, the previous year; in the future tense and before the
  anchor, the next year.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "article_date",
    "day_offset",
    "is_period",
    "normalize_date",
    "number_word",
    "other_weekday",
    "parse_absolute",
    "precision",
    "resolve_date",
    "resolve_when",
    "weekdays_in",
    "years_in",
]

#: Month names and abbreviations (lower case, without the trailing dot) -> month number.
MONTHS: dict[str, int] = {}
for _n, _name in enumerate(
    (
        "january february march april may june july august "
        "september october november december"
    ).split(),
    start=1,
):
    MONTHS[_name] = _n
    MONTHS[_name[:3]] = _n
MONTHS["sept"] = 9

#: Weekday names and abbreviations (lower case) -> ``date.weekday()`` number (Monday 0).
WEEKDAYS: dict[str, int] = {}
for _n, _name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split()):
    WEEKDAYS[_name] = _n
    WEEKDAYS[_name[:3]] = _n
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "2025-05-19", optionally followed by a time ("2025-05-19T10:00:00Z").
_ISO_RE = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])")
# "May 19", "May 19, 2025", "Feb. 12", "Monday, May 19, 2025", "March 18th 2024"
_MDY_RE = re.compile(
    r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?:(?:,\s*|\s+)" + _YEAR + r"\b)?", re.IGNORECASE
)
# "19 May", "17 May, 2025", "18th of March 2024"
_DMY_RE = re.compile(
    r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b(?:(?:,\s*|\s+)" + _YEAR + r"\b)?", re.IGNORECASE
)
# "May 2025", "February" (a month, not a day)
_MONTH_ONLY_RE = re.compile(r"^(?:(?:this|last|next|early|mid|late|in|of)[\s-]+)*" + _MONTH + r"(?:,?\s+" + _YEAR + r")?$", re.I)

# First line of a plain-text article: "date 2025-05-19".
_DATE_LINE_RE = re.compile(r"\A\s*date:?[ \t]+(?P<iso>\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.IGNORECASE)

# Words that may open a dateline before the date itself.
_DATELINE_LEAD_RE = re.compile(
    r"^\s*(?:(?:published|updated|posted|last updated|date|first published)\b\s*(?:on|at)?\s*:?\s*)?"
    r"(?:" + _WEEKDAY + r",?\s+)?",
    re.IGNORECASE,
)
# "GENEVA, ", "Moscow [Russia], ", "NEW YORK (Reuters) - " before a date on a dateline.
_PLACE_LEAD_RE = re.compile(r"^\s*[A-Z][\w.'’ -]{0,40}(?:\s*[\[(][^\])\n]{1,30}[\])])?\s*,\s*")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_absolute(text: str) -> tuple[int | None, int, int] | None:
    """The first (year or None, month, day) written out in ``text``, or None.

    Recognises ISO dates, "May 19", "May 19, 2025", "Feb. 12", "19 May", "17 May, 2025".
    """
    candidates = []
    for rx in (_ISO_RE, _MDY_RE, _DMY_RE):
        m = rx.search(text)
        if m:
            month = m.group("month")
            month_n = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            year = m.group("year")
            day = int(m.group("day"))
            if 1 <= day <= 31 and _make_date(int(year) if year else 2000, month_n, day):
                candidates.append((m.start(), (int(year) if year else None, month_n, day)))
    if not candidates:
        return None
    return min(candidates)[1]


def normalize_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date string with a year (ISO datetime, "May 19, 2025" ...).

    Returns None when ``value`` holds no full date. Used for metadata values such as
    ``2025-05-17T15:14:00+03:00`` or a JSONL ``published`` field.
    """
    parsed = parse_absolute(value.strip())
    if parsed is None or parsed[0] is None:
        return None
    d = _make_date(*parsed)
    return d.isoformat() if d else None


def split_date_line(text: str) -> tuple[str | None, str]:
    """Split a leading ``date YYYY-MM-DD`` marker off a plain-text article.

    Returns (ISO date or None, the text without the marker). Anything after the date on the
    same line is kept: it is article text.
    """
    m = _DATE_LINE_RE.match(text)
    if not m:
        return None, text
    d = normalize_date(m.group("iso"))
    if d is None:
        return None, text
    return d, text[m.end() :].lstrip(" \t")


def _full_dates(text: str) -> list[tuple[int, int, int, int]]:
    """Every (offset, year, month, day) date with a year written in ``text``."""
    out = []
    for rx in (_ISO_RE, _MDY_RE, _DMY_RE):
        for m in rx.finditer(text):
            if not m.group("year"):
                continue
            month = m.group("month")
            if month == "may":  # the modal verb, not the month
                continue
            month_n = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            if _make_date(int(m.group("year")), month_n, int(m.group("day"))):
                out.append((m.start(), int(m.group("year")), month_n, int(m.group("day"))))
    return sorted(out)


#: Lower-case words a place's name on a dateline may hold: "Sharm el-Sheikh", "Rio de Janeiro", "Stratford-upon-Avon".
_PLACE_NAME_LINKS = {"of", "de", "del", "da", "do", "dos", "la", "le", "les", "el", "al", "es", "upon", "on", "am",
                     "an"}


def _place_lead(line: str) -> re.Match | None:
    """The place and comma a dateline opens with ("GENEVA, ", "Moscow [Russia], "): a name, every word capitalised
    but its links; not a sentence's opening phrase ("The day before, Monday 21 September, X held ...")."""
    lead = _PLACE_LEAD_RE.match(line)
    if lead is None:
        return None
    name = re.sub(r"[\[(][^\])\n]*[\])]", " ", lead.group(0)).strip(" ,")
    words = [w for part in name.split() for w in re.split(r"[-’']", part) if w]
    return lead if all(w[:1].isupper() or w.lower() in _PLACE_NAME_LINKS for w in words) else None


def _dateline(line: str) -> tuple[int | None, int, int] | None:
    """The date a dateline-shaped line starts with, or None if the line is not a dateline."""
    place = _place_lead(line)
    for candidate in (line, line[place.end() :] if place else None):
        if candidate is None:
            continue
        rest = candidate[_DATELINE_LEAD_RE.match(candidate).end() :]
        if _starts_with_date(rest):
            return parse_absolute(rest)
    return None


def _starts_with_date(s: str) -> bool:
    s = s.lstrip()
    return any(rx.match(s) for rx in (_ISO_RE, _MDY_RE, _DMY_RE))


def article_date(text: str, *, head_lines: int = 25) -> str | None:
    """The publication date (ISO ``YYYY-MM-DD``) an article's text states, or None.

    Looks, in order, for a first line ``date YYYY-MM-DD`` and then for a dateline among the
    first ``head_lines`` non-blank lines: a line that starts with a date, optionally after
    "Published:"/"Updated", a weekday, or a place name and comma ("GENEVA, March 3, 2025 -",
    "17 May, 2025 15:14 / Home", "Moscow [Russia], May 19 (ANI): ..."). A dateline without a
    year takes the year of the nearest full date elsewhere in the text, or gives None. Dates
    inside ordinary sentences are event dates, not the publication date, and are ignored.
    """
    marked, _ = split_date_line(text)
    if marked:
        return marked
    lines = [ln for ln in text.splitlines() if ln.strip()][:head_lines]
    for line in lines:
        found = _dateline(line)
        if found is None:
            continue
        year, month, day = found
        if year is None:
            offset = text.find(line)
            full = _full_dates(text)
            if not full:
                continue
            nearest = min(full, key=lambda f: abs(f[0] - offset))
            year = nearest[1]
        d = _make_date(year, month, day)
        if d:
            return d.isoformat()
    return None


# ---------------------------------------------------------------------------
# relative dates

_ANCHOR_WORDS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "tomorrow afternoon": 1,
    "tomorrow evening": 1,
    "tomorrow night": 1,
    "the day after tomorrow": 2,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_AGO_RE = re.compile(r"^(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+ago$")
_WEEKDAY_RE = re.compile(
    r"^(?:(?P<mod>last|next|this|coming|past|previous)\s+)?(?P<wd>" + _WEEKDAY + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
# "the 14th", "Sunday the 14th", "Tuesday 11th": a day of the month with no month, an ordinal
_MONTH_DAY_RE = re.compile(r"^(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
                           r"(?:\s+of\s+(?P<which>this|the|next|last|previous)\s+month)?$")
_LEADING_RE = re.compile(r"^(?:(?:on|the|at|by|from|since|until|till|as of|of|in)\s+)+")
_TRAILING_RE = re.compile(r"(?:'s|’s)$")


def _clean_expression(expression: str) -> str:
    s = " ".join(expression.lower().replace("’", "'").split())
    s = s.strip(" .,;:!?\"'()")
    s = _TRAILING_RE.sub("", s)
    # "earlier on Saturday", "late on Friday", "early Monday" -> the day itself
    s = re.sub(r"^(?:earlier|later|late|early)\s+(?:on\s+)?(?=" + _WEEKDAY + r"\b)", "", s)
    s = _LEADING_RE.sub("", s)
    return s


def _weekday_date(wd: int, mod: str | None, anchor: dt.date, tense: str | None) -> dt.date:
    back = (anchor.weekday() - wd) % 7  # days back to the latest such weekday (0 = anchor)
    ahead = (wd - anchor.weekday()) % 7
    if mod in ("last", "past", "previous"):
        return anchor - dt.timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return anchor + dt.timedelta(days=ahead or 7)
    if back == 0:
        return anchor
    if tense == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


# "February 27 last year", "March of next year": a day or month, then the year it is in, named from the anchor's.
_YEAR_STEP_RE = re.compile(r"^(?P<rest>.+?),?\s+(?:of\s+)?(?P<mod>last|next|this)\s+year$")


# "today, Wednesday", "tomorrow (Thursday)": a word of a day near the anchor, with its weekday.
_NAMED_ANCHOR_RE = re.compile(r"^(?P<word>[a-z]+)\s*[,(]\s*" + _WEEKDAY + r"\)?$")


def _month_day(day: int, wd: int | None, anchor: dt.date, tense: str | None) -> dt.date | None:
    """"the 14th" (of a month the text does not name): that day of the anchor's month or a neighbour's, on the
    weekday named with it if any; the next one from the anchor on for a day to come, the last one up to it for a day
    gone, else the one of the anchor's month (or the nearest)."""
    days = []
    for step in range(-2, 3):
        month = (anchor.month - 1 + step) % 12 + 1
        year = anchor.year + (anchor.month - 1 + step) // 12
        if (found := _make_date(year, month, day)) is not None and (wd is None or found.weekday() == wd):
            days.append(found)
    if tense == "future":
        days = [d for d in days if d >= anchor]
        return min(days, default=None)
    if tense == "past":
        days = [d for d in days if d <= anchor]
        return max(days, default=None)
    return min(days, key=lambda d: abs((d - anchor).days), default=None)


def resolve_date(expression: str, anchor: dt.date, tense: str | None) -> dt.date | None:
    """The calendar day a date expression names, relative to ``anchor`` (the article date).

    ``tense`` is "past", "future" or None (unknown) for the sentence the expression came from.
    Handles "today"/"tonight"/"yesterday"/"tomorrow", "N days ago", weekday names with or
    without "on"/"last"/"next"/"this" ("on Monday", "last Friday", "Sunday's meeting"), days
    with a month and optional year ("March 18", "18 March", "Feb. 12", "March 18, 2024", ISO
    "2025-05-19"). Returns None for expressions that name no single day ("next week",
    "earlier this week", "February", "2017") and for anything it does not recognise. See the
    module docstring for how weekdays and missing years are resolved.
    """
    if tense not in (None, "past", "future"):
        raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
    s = _clean_expression(expression)
    if not s:
        return None
    for form in (s, " ".join(expression.lower().split()).strip(" .,;:!?")):
        if form in _ANCHOR_WORDS:
            return anchor + dt.timedelta(days=_ANCHOR_WORDS[form])
    if (m := _NAMED_ANCHOR_RE.match(s)) and m.group("word") in _ANCHOR_WORDS:  # "today, Wednesday", "tomorrow
        return anchor + dt.timedelta(days=_ANCHOR_WORDS[m.group("word")])  # (Thursday)": the word, its day named
    if (m := _YEAR_STEP_RE.match(s)) and (parsed := parse_absolute(m.group("rest"))) is not None \
            and parsed[0] is None and not _MONTH_ONLY_RE.match(m.group("rest")):
        return _make_date(anchor.year + _STEP[m.group("mod")], parsed[1], parsed[2])  # "February 27 last year"
    m = _AGO_RE.match(s)
    if m:
        n = number_word(m.group("n"))
        return anchor - dt.timedelta(days=n * (7 if m.group("unit").startswith("week") else 1))
    m = _WEEKDAY_RE.match(s)
    if m:
        wd = WEEKDAYS[m.group("wd").rstrip(".")]
        return _weekday_date(wd, m.group("mod"), anchor, tense)
    if _MONTH_ONLY_RE.match(s):
        return None
    if m := _MONTH_DAY_RE.match(s):
        wd = WEEKDAYS[m.group("wd").rstrip(".")] if m.group("wd") else None
        if which := m.group("which"):  # "on the 12th of this month", "on the 12th of next month"
            step = {"next": 1, "last": -1, "previous": -1}.get(which, 0)
            month = (anchor.month - 1 + step) % 12 + 1
            return _make_date(anchor.year + (anchor.month - 1 + step) // 12, month, int(m.group("day")))
        return _month_day(int(m.group("day")), wd, anchor, tense)
    parsed = parse_absolute(s)
    if parsed is None:
        return None
    year, month, day = parsed
    if year is not None:
        return _make_date(year, month, day)
    candidate = _make_date(anchor.year, month, day)
    if candidate is None:  # Feb 29 outside a leap year: try the neighbouring years
        for y in (anchor.year - 1, anchor.year + 1) if tense != "future" else (anchor.year + 1,):
            candidate = _make_date(y, month, day)
            if candidate:
                return candidate
        return None
    if tense == "past" and candidate > anchor:
        return _make_date(anchor.year - 1, month, day)
    if tense == "future" and candidate < anchor:
        return _make_date(anchor.year + 1, month, day)
    return candidate


# "the first half of", "the third quarter of", "the spring of": a part of a year, which names only the year.
_PART_OF_YEAR = (r"(?:(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)|spring|summer|autumn|fall"
                 r"|winter)\s+of\s+)?")
# "in 1861", "early 2019", "the first half of 2026": a year and nothing else.
_YEAR_ONLY_RE = re.compile(r"^" + _PART_OF_YEAR + r"(?:(?:early|mid|late|in|of)[\s-]+)*(?P<year>1[5-9]\d\d|20\d\d)$")
# "March", "last March", "mid-March 2019", "March of 2019": a month, with or without its year.
_MONTH_RE = re.compile(
    r"^(?:(?:the\s+)?(?:end|start|beginning|middle|(?:first|second|third|fourth|last|final)\s+week)\s+of\s+)?"  # "the
    # end of August", "the last week of January"
    r"(?:(?P<mod>last|next|this|coming|past|previous)\s+)?(?:(?:early|mid|late|in|of)[\s-]+)*"
    + _MONTH + r"(?:,?\s+(?:of\s+)?" + _YEAR + r")?$"
)
# "next month", "earlier this year", "late last year": the anchor's month or year, or a neighbour.
_RELATIVE_PERIOD_RE = re.compile(
    r"^" + _PART_OF_YEAR + r"(?:(?:earlier|later|early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)?"
    r"(?P<mod>last|next|this|coming|past|previous)\s+(?P<unit>month|year)$"
    r"|^(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+the\s+(?P<the_unit>month|year)$"  # "at the end of the month"
)
_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
# "in the coming days", "in recent days": the week after (or before) the anchor.
_FEW_DAYS_RE = re.compile(r"^(?P<way>coming|next few|next several|past few|last few|recent)\s+days$")
# "next week", "earlier this week": the anchor's week, or a neighbour (Monday to Sunday).
_RELATIVE_WEEK_RE = re.compile(r"^(?:(?:earlier|later|early|late)\s+)?(?P<mod>last|next|this|coming|past|previous)\s+week$")


def resolve_when(expression: str, anchor: dt.date | None, tense: str | None) -> str | None:
    """When a date expression says an event took or takes place, as ISO text: a day
    (``YYYY-MM-DD``, as :func:`resolve_date`), else the month (``YYYY-MM``) or year (``YYYY``)
    it names; ``None`` when it names none of them.

    Without an ``anchor`` (an article without a date) only expressions that carry their year
    resolve ("March 18, 2024", "May 2025", "in 1861").
    """
    if tense not in (None, "past", "future"):
        raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
    if anchor is not None:
        day = resolve_date(expression, anchor, tense)
        if day is not None:
            return day.isoformat()
    s = _clean_expression(expression)
    if anchor is None:
        parsed = parse_absolute(s)
        if parsed is not None and parsed[0] is not None and not _MONTH_ONLY_RE.match(s):
            day = _make_date(*parsed)
            return day.isoformat() if day else None
    if m := _YEAR_ONLY_RE.match(s):
        return m.group("year")
    if (step := _YEAR_STEP_RE.match(s)) and anchor is not None and (m := _MONTH_RE.match(step.group("rest"))) \
            and not m.group("year") and not m.group("mod"):  # "in February last year"
        return f"{anchor.year + _STEP[step.group('mod')]}-{MONTHS[m.group('month').rstrip('.')]:02d}"
    if m := _MONTH_RE.match(s):
        month = MONTHS[m.group("month").rstrip(".")]
        if m.group("year"):
            return f"{m.group('year')}-{month:02d}"
        if anchor is None:
            return None
        return f"{_month_year(month, m.group('mod'), anchor, tense)}-{month:02d}"
    if (m := _FEW_DAYS_RE.match(s)) and anchor is not None:  # "in the coming days": the week after the anchor
        step = 1 if m.group("way") in {"coming", "next few", "next several"} else -1
        far = anchor + dt.timedelta(days=7 * step)
        return f"{anchor.year}-{anchor.month:02d}" if (far.year, far.month) == (anchor.year, anchor.month) else None
    if (m := _RELATIVE_WEEK_RE.match(s)) and anchor is not None:
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=_STEP[m.group("mod")])
        sunday = monday + dt.timedelta(days=6)
        return f"{monday.year}-{monday.month:02d}" if (monday.year, monday.month) == (sunday.year, sunday.month) else None
    if (m := _RELATIVE_PERIOD_RE.match(s)) and anchor is not None:
        step = _STEP[m.group("mod") or "this"]  # ("the end of the month": this one)
        if (m.group("unit") or m.group("the_unit")) == "year":
            return str(anchor.year + step)
        index = anchor.year * 12 + anchor.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    return None


def _month_year(month: int, mod: str | None, anchor: dt.date, tense: str | None) -> int:
    """The year of the nearest ``month`` to ``anchor``, looking back in the past tense and ahead
    in the future tense; ``last`` and ``next`` skip the anchor's own month, ``this`` keeps its year."""
    if mod == "this":
        return anchor.year
    if mod in ("last", "past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if mod in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# "the same day", "in the afternoon" (of the day told), "the next day", "two days later", "the day before": days
# after (or before) the day the text named last, not the article's day.
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_SAME_DAY_RE = re.compile(r"^(?:(?:that|the)\s+)?(?:same\s+)?day$|^(?:that|the(?:\s+same)?)\s+" + _PART_OF_DAY + "$")
_DAY_AFTER_RE = re.compile(r"^(?:the\s+)?(?:next|following|subsequent)\s+" + _PART_OF_DAY + r"$|^(?:the\s+)?day\s+after$")
_DAY_BEFORE_RE = re.compile(r"^(?:the\s+)?(?:previous|preceding)\s+" + _PART_OF_DAY + r"$|^(?:the\s+)?day\s+before$")
_DAYS_LATER_RE = re.compile(
    r"^(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+(?P<way>later|after|earlier|before)$")


def number_word(word: str) -> int | None:
    """The count a number word or digits name ("a" 1, "four" 4, "12" 12), or None."""
    low = word.lower()
    return int(low) if low.isdigit() else _NUMBERS.get(low)


def day_offset(expression: str) -> int | None:
    """Days from the day the text named last, for an expression relative to it ("the same day" 0,
    "the next day" 1, "two days later" 2, "the day before" -1); None for any other expression."""
    s = " ".join(expression.lower().split())
    s = re.sub(r"^(?:later|earlier)\s+(?:(?:in|on)\s+)?(?=the|that)", "", s)
    s = re.sub(r"^(?:on|in|during)\s+", "", s)
    if _SAME_DAY_RE.match(s):
        return 0
    if _DAY_AFTER_RE.match(s):
        return 1
    if _DAY_BEFORE_RE.match(s):
        return -1
    if m := _DAYS_LATER_RE.match(s):
        n = number_word(m.group("n"))
        return n if m.group("way") in ("later", "after") else -n
    return None


_ANY_YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def years_in(expression: str) -> list[int]:
    """The years written out in a date expression: "from Feb. 4 to Feb. 11, 1945" -> [1945]."""
    return [int(m.group(1)) for m in _ANY_YEAR_RE.finditer(expression)]


def weekdays_in(expression: str | None) -> set[int]:
    """The weekdays an expression names ("Tuesday", "on Monday evening" -> {1}, {0}); empty for none."""
    return {WEEKDAYS[w] for w in re.findall(r"[a-z]+", (expression or "").lower()) if w in WEEKDAYS}


def other_weekday(a: str | None, b: str | None) -> bool:
    """Two date expressions name two different weekdays: "Monday evening", "Tuesday"."""
    days = weekdays_in(a), weekdays_in(b)
    return all(days) and not days[0] & days[1]


def names_a_day(expression: str) -> bool:
    """Whether a time of day also names its day: "this morning", "last night", "Monday evening" (not "9 a.m.")."""
    s = _clean_expression(expression)
    return s in _ANCHOR_WORDS or bool(_WEEKDAY_RE.match(s))


def is_period(expression: str) -> bool:
    """Whether a date expression names a month or a year rather than a day ("in 1861",
    "March 2019", "next month")."""
    s = _clean_expression(expression)
    return bool(_YEAR_ONLY_RE.match(s) or _MONTH_RE.match(s) or _RELATIVE_PERIOD_RE.match(s))


_ISO_PRECISION = re.compile(r"^\d{4}(?:-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>\d{2}))?)?$")


def precision(value: str | None) -> str | None:
    """``"day"``, ``"month"`` or ``"year"`` for an ISO date ``YYYY-MM-DD`` (one that exists),
    ``YYYY-MM`` or ``YYYY``; None for anything else."""
    m = _ISO_PRECISION.match(value or "")
    if m is None:
        return None
    if m.group("day") is None:
        return "month" if m.group("month") else "year"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return "day"
