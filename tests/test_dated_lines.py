"""kg/dated_lines.py: the days a round-up's headings and a chronology's lines give the text under or beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dated_lines import dated_lines, day_heading

ROUND_UP = """QUORVIA WEEK IN DIPLOMACY
Published 17 March 2025

MONDAY 10 MARCH
- Foreign Minister Ann Ode received Bo Pym at the palace.
- Ode later spoke by phone with Cy Lund.

TUESDAY, 11 MARCH
- Pym flew home.

WEEKEND 15-16 MARCH
- Nothing was recorded.

LOOKING AHEAD
- Ode is due in Vellport on Thursday.
"""


def _texts(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(text[line.start:line.end].strip(), line.day) for line in dated_lines(text, anchor)]


def test_a_day_heading_dates_the_lines_under_it_up_to_the_next_heading_like_line():
    found = _texts(ROUND_UP, dt.date(2025, 3, 17))
    assert [day for _, day in found] == ["2025-03-10", "2025-03-11"]
    assert found[0][0].endswith("Cy Lund.")  # both items of Monday
    assert found[1][0] == "TUESDAY, 11 MARCH\n- Pym flew home."  # not the weekend's span of days, nor what lies ahead


def test_one_date_line_alone_is_a_page_s_date_not_a_diary():
    text = "Quorvia talks\nMonday, 10 March 2025\n\nAnn Ode met Bo Pym in Vellport."
    assert dated_lines(text, dt.date(2025, 3, 10)) == []


@pytest.mark.parametrize("heading, anchor, day", [
    ("MONDAY, JUNE 9", dt.date(2025, 6, 8), "2025-06-09"),  # a week ahead: the Monday to come, on its weekday
    ("MONDAY, FEB. 17", dt.date(2025, 2, 23), "2025-02-17"),  # a week in review
    ("WEDNESDAY 20 - A STATE VISIT", dt.date(2024, 11, 23), "2024-11-20"),  # a day of the month, a label after it
    ("TUESDAY", dt.date(2025, 10, 10), "2025-10-07"),  # a weekday alone: the article's week
])
def test_a_heading_s_day_is_the_one_nearest_the_article_on_its_weekday(heading, anchor, day):
    other = "FRIDAY" if heading == "TUESDAY" else "SATURDAY, MARCH 1"
    text = f"{heading}\nAnn Ode met Bo Pym.\n\n{other}\nBo Pym met Cy Lund.\n"
    assert _texts(text, anchor)[0][1] == day


def test_only_a_weekday_alone_is_marked_a_day_of_the_article_s_week():
    text = "Sunday - The trip opens\nAnn Ode met Bo Pym.\n\nMONDAY, FEB. 3\nBo Pym met Cy Lund.\n"
    assert [line.week for line in dated_lines(text, dt.date(2025, 2, 5))] == [True, False]


def test_a_weekday_heading_in_a_weekend_s_page_names_no_day():
    text = "MONDAY\nAnn Ode met Bo Pym.\n\nTUESDAY\nBo Pym met Cy Lund.\n"
    assert dated_lines(text, dt.date(2025, 10, 11)) == []  # a Saturday: the week past or the week ahead


def test_a_chronology_s_line_opening_with_a_date_dates_that_line_only():
    text = ("Chronology\n\nMay 14, 2023 - Ann Ode and Bo Pym meet in Vellport.\n\n"
            "Nov. 2024 - Vellport hosts a summit.\n\nMay 10-11, 2024 - Ode and Pym meet again.\n\n"
            "The two have not met since.\n")
    assert _texts(text, dt.date(2025, 8, 9)) == [("May 14, 2023 - Ann Ode and Bo Pym meet in Vellport.", "2023-05-14"),
                                                 ("Nov. 2024 - Vellport hosts a summit.", "2024-11")]


@pytest.mark.parametrize("line, heading", [
    ("MONDAY 10 MARCH", True), ("Tuesday, June 10", True), ("THURSDAY 21 - THE FRENCH QUESTION", True),
    ("FRIDAY", True), ("10 March 2025", False),  # a date with no weekday: a page's date line
    ("Monday was quiet.", False), ("- Monday: Ode met Pym", False), ("LOOKING AHEAD", False),
])
def test_the_shape_of_a_day_heading(line, heading):
    assert day_heading(line) is heading
