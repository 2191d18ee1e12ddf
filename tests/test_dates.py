"""kg.dates: publication dates from article text, relative dates resolved against an anchor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.dates import (
    article_date,
    day_offset,
    is_period,
    normalize_date,
    other_weekday,
    parse_absolute,
    precision,
    resolve_date,
    resolve_when,
    split_date_line,
    weekdays_in,
    years_in,
)

SAT = dt.date(2025, 5, 17)  # a Saturday
MON = dt.date(2025, 5, 19)  # a Monday
D = dt.date

RESOLVE_CASES = [
    # a day of the month alone: the next such day for a day to come, the last one for a day gone (the anchor's month
    # or a neighbour's), on the weekday named with it; "of next month" names the month
    ("on the 24th", SAT, "future", D(2025, 5, 24)),
    ("on the 2nd", SAT, "future", D(2025, 6, 2)),
    ("on the 24th", SAT, "past", D(2025, 4, 24)),
    ("the 12th", SAT, "past", D(2025, 5, 12)),
    ("Sunday the 18th", SAT, None, D(2025, 5, 18)),
    ("Tuesday the 20th", SAT, "past", None),  # no Tuesday the 20th in the months around May 2025 but May's, to come
    ("on the 12th of next month", SAT, "future", D(2025, 6, 12)),
    ("the 3rd of last month", SAT, "past", D(2025, 4, 3)),
    # weekdays, with and without on/last/next/this, depending on tense
    ("on Monday", SAT, "future", D(2025, 5, 19)),
    ("on Monday", SAT, "past", D(2025, 5, 12)),
    ("on Monday", SAT, None, D(2025, 5, 12)),  # unknown tense: news reports the past
    ("Monday", SAT, "future", D(2025, 5, 19)),
    ("on Monday", MON, "future", MON),  # same weekday as the anchor: the anchor itself
    ("on Monday", MON, "past", MON),
    ("Saturday", SAT, "past", SAT),
    ("Earlier on Saturday", SAT, "past", SAT),
    ("late on Friday", SAT, "past", D(2025, 5, 16)),
    ("last Saturday", SAT, None, D(2025, 5, 10)),  # "last" always moves back
    ("next Saturday", SAT, None, D(2025, 5, 24)),  # "next" always moves forward
    ("next Monday", SAT, "future", D(2025, 5, 19)),  # the nearest Monday after the anchor
    ("last Friday", MON, "past", D(2025, 5, 16)),
    ("last Friday", MON, None, D(2025, 5, 16)),
    ("this Friday", SAT, "past", D(2025, 5, 16)),
    ("this Friday", MON, "future", D(2025, 5, 23)),
    ("on Sunday", MON, "past", D(2025, 5, 18)),
    ("Sunday's", MON, "past", D(2025, 5, 18)),
    ("Monday night", SAT, "future", D(2025, 5, 19)),
    ("Thurs.", SAT, "future", D(2025, 5, 22)),
    ("Wed", SAT, "past", D(2025, 5, 14)),
    # anchor words
    ("today", SAT, None, SAT),
    ("Today's", SAT, "past", SAT),
    ("tonight", SAT, "future", SAT),
    ("yesterday", SAT, None, D(2025, 5, 16)),
    ("last night", SAT, "past", D(2025, 5, 16)),
    ("tomorrow", SAT, None, D(2025, 5, 18)),
    ("today, Saturday", SAT, "past", D(2025, 5, 17)),  # a release's "today, Saturday": the word, its weekday told
    ("tomorrow (Sunday)", SAT, None, D(2025, 5, 18)),
    ("Friday, Saturday", SAT, "past", None),  # two weekdays: no one day
    ("the day after tomorrow", SAT, "future", D(2025, 5, 19)),
    ("two days ago", SAT, None, D(2025, 5, 15)),
    ("a week ago", SAT, "past", D(2025, 5, 10)),
    # month and day, year from the anchor and the tense
    ("March 18", MON, "past", D(2025, 3, 18)),
    ("on March 18", MON, None, D(2025, 3, 18)),
    ("18 March", MON, "past", D(2025, 3, 18)),
    ("18th of March", MON, "past", D(2025, 3, 18)),
    ("March 18, 2024", MON, None, D(2024, 3, 18)),
    ("March 18 2024", MON, "future", D(2024, 3, 18)),
    ("Feb. 12", MON, "past", D(2025, 2, 12)),
    ("February 12", MON, None, D(2025, 2, 12)),
    ("Sept. 3", MON, "future", D(2025, 9, 3)),
    ("December 18", MON, "past", D(2024, 12, 18)),  # past, would be after the anchor
    ("December 18", MON, None, D(2025, 12, 18)),
    ("January 3", MON, "future", D(2026, 1, 3)),  # future, would be before the anchor
    ("January 3", MON, "past", D(2025, 1, 3)),
    ("Monday, May 19", SAT, None, D(2025, 5, 19)),
    ("March 18 and 19", MON, "past", D(2025, 3, 18)),
    ("Feb 29", D(2025, 5, 19), "past", D(2024, 2, 29)),
    ("2025-05-19", SAT, None, D(2025, 5, 19)),
    ("2024-02-30", SAT, None, None),  # no such day
    # no single day
    ("February", MON, "past", None),
    ("this February", MON, "past", None),
    ("May 2025", MON, None, None),
    ("2017", MON, None, None),
    ("next week", SAT, "future", None),
    ("last week", SAT, "past", None),
    ("earlier this week", SAT, "past", None),
    ("this week", SAT, None, None),
    ("the weekend", SAT, None, None),
    ("recent weeks", SAT, None, None),
    ("", SAT, None, None),
]


@pytest.mark.parametrize(("expression", "anchor", "tense", "expected"), RESOLVE_CASES)
def test_resolve_date(expression, anchor, tense, expected):
    assert resolve_date(expression, anchor, tense) == expected


def test_resolve_date_rejects_an_unknown_tense():
    with pytest.raises(ValueError):
        resolve_date("Monday", SAT, "present")


WHEN_CASES = [
    # a day, as resolve_date
    ("on Monday", SAT, "future", "2025-05-19"),
    ("March 18", MON, "past", "2025-03-18"),
    # a month: the nearest one back in the past tense, ahead in the future tense
    ("in March", MON, "past", "2025-03"),
    ("in June", MON, "past", "2024-06"),
    ("in June", MON, "future", "2025-06"),
    ("in March", MON, "future", "2026-03"),
    ("May", MON, "past", "2025-05"),  # the anchor's own month
    ("May", MON, "future", "2025-05"),
    ("last May", MON, "past", "2024-05"),
    ("next May", MON, "future", "2026-05"),
    ("this March", MON, "future", "2025-03"),
    ("mid-March", MON, "past", "2025-03"),
    ("early June", MON, None, "2024-06"),  # tense unknown: news mostly reports what happened
    ("March 2019", MON, "past", "2019-03"),
    ("March of 2019", MON, "future", "2019-03"),  # the year given wins over the tense
    # relative months and years
    ("next month", MON, "future", "2025-06"),
    ("last month", D(2025, 1, 10), "past", "2024-12"),
    ("earlier this month", MON, "past", "2025-05"),
    ("last year", MON, "past", "2024"),
    ("later this year", MON, "future", "2025"),
    ("next year", D(2025, 12, 31), "future", "2026"),
    ("at the end of the month", MON, "future", "2025-05"),  # the start, middle or end of a month or year: that one
    ("the end of next month", MON, "future", "2025-06"),
    ("by the end of the year", MON, "future", "2025"),
    ("at the end of August", MON, "future", "2025-08"),
    ("in the last week of January", MON, "past", "2025-01"),  # a week of a named month: that month
    ("the first week of March 2024", MON, "past", "2024-03"),
    # a year
    ("in 1861", MON, "past", "1861"),
    ("2017", MON, None, "2017"),
    ("early 2019", MON, "past", "2019"),
    ("the first half of 2026", MON, "future", "2026"),  # a part of a year: the year
    ("in the second half of next year", MON, "future", "2026"),
    ("the spring of 1998", MON, "past", "1998"),
    # a week in one month, or no day, month or year that ISO dates can hold
    ("next week", SAT, "future", "2025-05"),  # May 19-25: its month
    ("earlier this week", SAT, "past", "2025-05"),
    ("next week", D(2025, 5, 24), "future", None),  # May 26 - June 1: no one month
    ("in the coming days", SAT, "future", "2025-05"), ("in recent days", D(2025, 5, 3), "past", None),
    ("the weekend", SAT, None, None),
    ("recent years", SAT, "past", None),
    ("the 1990s", SAT, "past", None),
    ("two years", SAT, "past", None),
    ("", SAT, None, None),
]


@pytest.mark.parametrize(("expression", "anchor", "tense", "expected"), WHEN_CASES)
def test_resolve_when(expression, anchor, tense, expected):
    assert resolve_when(expression, anchor, tense) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("March 18, 2024", "2024-03-18"),
    ("2025-05-19", "2025-05-19"),
    ("May 2025", "2025-05"),
    ("in 1861", "1861"),
    ("March 18", None),  # which year?
    ("in March", None),
    ("on Monday", None),
    ("next month", None),
])
def test_resolve_when_without_an_article_date_needs_the_year_in_the_text(expression, expected):
    assert resolve_when(expression, None, "past") == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("1861", True), ("in March", True), ("March 2019", True), ("next month", True), ("last year", True),
    ("Monday", False), ("March 18", False), ("this week", False), ("yesterday", False),
])
def test_is_period(expression, expected):
    assert is_period(expression) is expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("the same day", 0), ("later in the day", 0), ("that day", 0), ("the next day", 1), ("the following day", 1),
    ("a day later", 1), ("two days later", 2), ("3 days earlier", -3), ("the day before", -1), ("the previous day", -1),
    ("Monday", None), ("the day of the vote", None), ("two weeks later", None),
    ("the previous morning", -1), ("the next evening", 1), ("that afternoon", 0), ("morning", None),
    ("in the afternoon", 0), ("the evening", 0), ("the morning of May 5", None),
    ("Earlier the same day", 0), ("later that day", 0), ("Later the next day", 1), ("earlier this year", None),
])
def test_day_offset_counts_from_the_day_named_last(expression, expected):
    assert day_offset(expression) == expected


def test_years_in_a_date_expression():
    assert years_in("from Feb. 4 to Feb. 11, 1945") == [1945]
    assert years_in("between 1989 and 2014") == [1989, 2014]
    assert years_in("March 3") == [] and years_in("at 2100 GMT") == []


ARTICLE_DATE_CASES = [
    ("date 2025-05-19\nBody text.", "2025-05-19"),
    (" date 2025-05-19 A caption on the same line.\n\nBody.", "2025-05-19"),
    ("Menu\n\n17 May, 2025 15:14 / Home / World\n\nHeadline", "2025-05-17"),
    ("Monday, May 19, 2025\n\nBody text.", "2025-05-19"),
    ("Published: 3 March 2024\nBody.", "2024-03-03"),
    ("Updated on June 2, 2025 at 10:00\nBody.", "2025-06-02"),
    ("GENEVA, March 3, 2025 (Wire) - Talks began.", "2025-03-03"),
    ("2025-06-01T10:00:00Z\nBody.", "2025-06-01"),
    # a dateline without a year takes the year of the nearest full date in the text
    ("Paris [France], May 19 (Agency): Talks began.\n\nA deal from June 1, 2024 holds.", "2024-05-19"),
    ("Paris [France], May 19 (Agency): Talks began.", None),  # no year anywhere
    # dates inside sentences are event dates, not the publication date
    ("The ministers met on March 3, 2025 in Rome.\n\nThey spoke again later.", None),
    ("No date here at all.", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_DATE_CASES)
def test_article_date(text, expected):
    assert article_date(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-17", "2025-05-17"),
        ("2025-05-17T15:14:00+03:00", "2025-05-17"),
        ("May 17, 2025", "2025-05-17"),
        ("17 May 2025", "2025-05-17"),
        ("May 17", None),  # no year
        ("yesterday", None),
        ("2025-13-01", None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_parse_absolute_takes_the_first_date():
    assert parse_absolute("on 3 March and on April 5, 2024") == (None, 3, 3)
    assert parse_absolute("nothing") is None


def test_split_date_line_keeps_text_after_the_date():
    assert split_date_line("date 2025-05-19\nBody.") == ("2025-05-19", "Body.")
    assert split_date_line(" date 2025-05-19 Caption. \nBody.") == ("2025-05-19", "Caption. \nBody.")
    assert split_date_line("Body date 2025-05-19") == (None, "Body date 2025-05-19")


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_945e849477d99e4f.txt", "2025-05-19"), ("003_618666a4a8d7084e.txt", "2025-05-17")],
)
def test_article_date_of_the_seeds(name, expected):
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed articles not available")
    assert article_date(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-05-19", "day"), ("2024-02-29", "day"), ("2025-05", "month"), ("1861", "year"),
    ("2025-02-29", None), ("2025-13", None), ("2025-5", None), ("25", None), ("May 2025", None), ("", None), (None, None),
])
def test_precision(value, expected):
    assert precision(value) == expected


def test_a_sentence_opening_with_a_phrase_and_a_day_is_no_dateline():
    # "The day before, Monday 21 September, X held a call": an event's day inside the story, not its date
    text = ("The Minister received the Ambassador of Mali on Tuesday 22 September 2026.\n\nThe day before, Monday 21 "
            "September, the Minister held a telephone conversation with his Malian counterpart.")
    assert article_date(text) is None
    assert article_date("Port Sudan, June 3, 2025 (Wire) - The Deputy Chairman received X.") == "2025-06-03"


def test_weekdays_named_and_another_weekday():
    assert weekdays_in("on Monday evening") == {0} and weekdays_in("Tues.") == {1} and weekdays_in(None) == set()
    assert other_weekday("Monday evening", "Tuesday") and not other_weekday("Tuesday", "on Tuesday")
    assert not other_weekday("some four hours", "Tuesday") and not other_weekday(None, "Monday")  # one names none


def test_a_number_word_or_digits_name_a_count():
    from kg.dates import number_word

    assert [number_word(w) for w in ("a", "Four", "12", "ten", "several")] == [1, 4, 12, 10, None]


def test_a_day_or_month_then_the_year_named_from_the_anchor_s():
    anchor = dt.date(2024, 3, 18)
    assert resolve_when("February 27 last year", anchor, "past") == "2023-02-27"
    assert resolve_when("on 27 February last year", anchor, "past") == "2023-02-27"
    assert resolve_when("in February last year", anchor, "past") == "2023-02"
    assert resolve_when("May 5 next year", anchor, "future") == "2025-05-05"
    assert resolve_when("March of next year", anchor, "future") == "2025-03"
    assert resolve_when("27 February this year", anchor, "past") == "2024-02-27"
