"""kg/extract.py: spaCy annotations -> DocResult records; dates resolved; carry_dates."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from kg.articles import article_from_text
from kg.extract import before, carry_dates, doc_result, own_time, page_day, relative_anchor, text_length
from kg.model import AFFILIATION, CALL, MEETING, OCCURRED, PLANNED, TALKS, Article, Entity, Event, Evidence, Mention
from kg.nlp.events import RawEvent

EV = Evidence("s", 0, 1)


def ev(kind, parties, date=None, status=OCCURRED, place=None, party=None):
    return Event(kind, tuple(parties), EV, "r", 0.8, status=status, date=date, place=place, party=party)


# --- carry_dates -------------------------------------------------------------------------------------


def test_undated_contact_takes_the_date_of_an_earlier_one_between_the_same_parties():
    events = [ev(CALL, "ab", "2025-03-17"), ev(TALKS, "ba")]
    assert [e.date for e in carry_dates(events)] == ["2025-03-17", "2025-03-17"]


def test_no_date_for_the_same_pair_in_a_sentence_set_before_the_contacts_told():
    events = [ev(MEETING, "ab", "2025-03-17", place="p"), ev(TALKS, "ab"), ev(MEETING, "ab", place="q")]
    # "They had last met in Q": set before the contacts told
    assert [e.date for e in carry_dates(events, earlier={2})] == ["2025-03-17", "2025-03-17", None]


def test_the_latest_earlier_date_wins():
    events = [ev(CALL, "ab", "2025-03-10"), ev(CALL, "ab", "2025-03-17"), ev(TALKS, "ab")]
    assert carry_dates(events)[-1].date == "2025-03-17"


def test_no_date_from_other_parties_another_status_or_a_later_event():
    events = [
        ev(CALL, "ab", "2025-03-17"),
        ev(CALL, "ac"),  # other pair
        ev(CALL, "abc"),  # more parties: not the same pair
        ev(CALL, "ab", status=PLANNED),  # a plan is not the call that happened
        ev(TALKS, "de"),  # the next one is dated, but only earlier events count
        ev(TALKS, "de", "2025-03-18"),
    ]
    assert [e.date for e in carry_dates(events)] == ["2025-03-17", None, None, None, None, "2025-03-18"]


def test_an_untimed_contact_takes_the_date_of_one_told_just_before_with_a_party_of_its_own():
    told = Event(MEETING, ("a", "b"), Evidence("A met B on Monday.", 0, 18), "r", 0.8, date="2025-03-17")
    also = Event(MEETING, ("a", "c"), Evidence("A also met C.", 19, 32), "r", 0.8)
    other = Event(MEETING, ("d", "f"), Evidence("D met F.", 33, 41), "r", 0.8)
    far = Event(MEETING, ("a", "e"), Evidence("A met E.", 60, 68), "r", 0.8)
    # (follows: by event index, the start of the sentence before, for those whose sentence sets no time)
    got = carry_dates([told, also, other, far], follows={1: 0, 2: 19, 3: 42})
    assert [e.date for e in got] == ["2025-03-17", "2025-03-17", None, None]  # no shared party; too far
    assert carry_dates([told, also])[1].date is None  # a sentence with a time of its own


def test_a_headline_s_contact_takes_the_date_the_story_gives_it():
    head = Event(MEETING, ("a", "b"), Evidence("A meets B in P", 0, 14), "r", 0.8, place="p")
    events = [head, ev(MEETING, "ab", "2025-03-20", place="q"), ev(MEETING, "ab", "2025-03-21", place="p")]
    assert [e.date for e in carry_dates(events, headline_end=14)] == ["2025-03-21", "2025-03-20", "2025-03-21"]
    assert carry_dates(events)[0].date is None  # past the first sentence only earlier events count


def test_a_live_page_s_undated_contacts_that_occurred_are_of_its_day():
    events = [ev(MEETING, "ab"), ev(CALL, "ac", "2025-06-01"), ev(TALKS, "ad", status=PLANNED), ev(AFFILIATION, "a"),
              ev(TALKS, "ae")]
    got = page_day(events, dt.date(2025, 6, 3), earlier={4})  # the last sentence sets its talks before
    assert [e.date for e in got] == ["2025-06-03", "2025-06-01", None, None, None]
    assert page_day(events, None, set()) == events


@pytest.mark.parametrize("text,earlier", [
    ("12:40 – Ann Ode is meeting Bo Pym first, in a separate room.", False),  # the entry's time is no day
    ("Ode and Pym had a brief conversation after the afternoon session.", False),
    ("Ode and Pym had first met in Lima.", True),
    ("Ode has spoken with Pym twice.", True),
    ("The fighting erupted on Sunday evening, hours after Ode met Pym in Cairo.", True),
])
@pytest.mark.model
def test_before(nlp, text, earlier):
    assert before(nlp(text)[:]) is earlier


def test_planned_takes_an_earlier_planned_date():
    events = [ev(TALKS, "ab", "2025-03-24", PLANNED), ev(CALL, "ab", status=PLANNED)]
    assert carry_dates(events)[1].date == "2025-03-24"


def test_meeting_at_the_same_place_unless_its_sentence_sets_a_time_of_its_own():
    events = [
        ev(MEETING, "ab", "2025-03-21", place="p"),
        ev(MEETING, "bc", place="p"),  # b was there
        ev(MEETING, "de", place="p"),  # others, later that day ("At the talks, D and E ...")
        ev(MEETING, "bf", place="p"),  # "B had first met F there": a time of its own
        ev(MEETING, "ab", place="q"),  # same pair: a later event between them takes the date too
    ]
    dates = [e.date for e in carry_dates(events, timed={3})]
    assert dates == ["2025-03-21", "2025-03-21", "2025-03-21", None, "2025-03-21"]


def test_no_date_from_a_meeting_told_later_in_the_text():
    later = Event(MEETING, ("c",), Evidence("On Saturday, C met D in P.", 50, 76), "r", 0.8, date="2025-03-22", place="p")
    added = Event(MEETING, ("e",), Evidence("The talks in P brought together E.", 10, 44), "r", 0.8, place="p")
    told = Event(MEETING, ("a", "b"), Evidence("The talks in P brought together E.", 10, 44), "r", 0.8,
                 date="2025-03-23", place="p")
    # (a meeting a later sentence adds someone to is listed after the events of the sentences between)
    assert carry_dates([told, later, added])[-1].date == "2025-03-23"


@pytest.mark.model
@pytest.mark.parametrize("text,timed", [
    ("At the talks, Anna Keller and Jan Nowak discussed trade.", False),
    ("Before the two-plus-two session, the ministers paid a courtesy call on Ivo Marek.", False),
    ("Anna Keller met Jan Nowak in Lima in 2019.", True),
    ("Anna Keller previously met Jan Nowak in Lima.", True),
    ("Anna Keller had met Jan Nowak in Lima.", True),
    ("Anna Keller was accompanied by first deputy foreign minister Jan Nowak.", False),  # a post, no earlier time
    ("Three days before the summit opened, Anna Keller called Jan Nowak.", True),  # a length of time before another
])
def test_own_time(nlp, text, timed):
    assert own_time(next(nlp(text).sents)) == timed


def test_affiliations_are_never_dated_and_dated_events_keep_their_date():
    events = [ev(CALL, "a", "2025-03-17"), ev(AFFILIATION, "a", party="x"), ev(CALL, "ab", "2025-03-01"), ev(CALL, "ab")]
    out = carry_dates(events)
    assert [e.date for e in out] == ["2025-03-17", None, "2025-03-01", "2025-03-01"]
    assert out[0] is events[0] and out[1] is events[1]  # unchanged events are passed through
    assert carry_dates([]) == []


# --- doc_result on a hand-made Doc ---------------------------------------------------------------------


def _doc(vocab, raw_status, date_text, published):
    words = ["Ode", "will", "call", "Pym", "on", "Monday", ".", "Then", "they", "talk", "."]
    doc = Doc(vocab, words=words, spaces=[True] * 5 + [False, True, True, True, False, False],
              sent_starts=[True] + [False] * 6 + [True] + [False] * 3)
    doc._.kg_entities = [Entity("e0", "Ode", "Person", [Mention("Ode", 0, 3)]),
                         Entity("e1", "Pym", "Person", [Mention("Pym", 14, 17)])]
    s1, s2 = list(doc.sents)
    doc._.kg_events = [
        RawEvent(CALL, ("e0", "e1"), s1, "verb-call", 0.85, raw_status, date_text, trigger="call"),
        RawEvent(TALKS, ("e0", "e1"), s2, "verb-talk", 0.85, raw_status, None, trigger="talk"),
    ]
    return doc, Article("a.txt", doc.text, published=published)


def test_doc_result_resolves_dates_by_tense_and_carries_them(vocab):
    from kg.nlp import relations  # noqa: F401  (registers Doc._.kg_events)
    from kg.nlp import aliases  # noqa: F401  (registers Doc._.kg_entities)

    # 2025-03-19 is a Wednesday: planned "Monday" is the 24th, an occurred one the 17th
    doc, article = _doc(vocab, PLANNED, "Monday", "2025-03-19")
    result = doc_result(doc, article)
    assert [(e.kind, e.participants, e.status, e.date) for e in result.events] == [
        (CALL, ("e0", "e1"), PLANNED, "2025-03-24"),
        (TALKS, ("e0", "e1"), PLANNED, "2025-03-24"),  # carried
    ]
    assert result.events[0].evidence == Evidence("Ode will call Pym on Monday.", 0, 28)
    assert result.events[1].evidence == Evidence("Then they talk.", 29, 44)
    assert [e.key for e in result.entities] == ["e0", "e1"] and result.article is article
    doc, article = _doc(vocab, OCCURRED, "Monday", "2025-03-19")
    assert [e.date for e in doc_result(doc, article).events] == ["2025-03-17", "2025-03-17"]


def test_doc_result_without_an_article_date_dates_nothing(vocab):
    from kg.nlp import aliases, relations  # noqa: F401

    for published in (None, "not a date"):
        doc, article = _doc(vocab, OCCURRED, "Monday", published)
        assert [e.date for e in doc_result(doc, article).events] == [None, None]


@pytest.mark.parametrize("stated,anchor", [
    ("2025-05-27", "2025-05-27"),  # a header two days before the feed's date: the text's own day
    ("2025-05-10", "2025-05-29"),  # weeks before: another story's date, not this one's
    ("2025-05-30", "2025-05-29"),  # after it: an update line
    (None, "2025-05-29"),
])
def test_relative_dates_count_from_the_text_s_own_header_date_a_few_days_before_publication(stated, anchor):
    article = Article("a.txt", "Ode spoke with Pym today.", published="2025-05-29", stated=stated)
    assert relative_anchor(article).isoformat() == anchor


def test_an_article_made_in_code_with_only_a_header_date_counts_from_it():
    assert relative_anchor(Article("a.txt", "Ode spoke with Pym today.", stated="2025-05-27")).isoformat() == "2025-05-27"


def test_the_header_date_is_read_before_the_furniture_it_sits_in_is_removed():
    article = article_from_text("READOUT\nOFFICE OF THE SPOKESPERSON\nMAY 27, 2025\n\nAnn Ode spoke today with Bo Pym.",
                                id="r", source="r.txt", published="2025-05-29")
    assert (article.published, article.stated) == ("2025-05-29", "2025-05-27")


# --- dates end to end, with the model ------------------------------------------------------------------

DATED = [
    # (text, article date, expected (kind, participants, status, date))
    # "on the 19th" in the line of a week-ahead item dated "Tuesday, May 19": that day, to come, told in the present
    pytest.param("WEEK AHEAD\n\n- Tuesday, May 19: Anna Keller lands in Abuja. She holds talks with President Paul "
                 "Morel on the 19th.", "2026-05-15",
                 (MEETING, ("Anna Keller", "Paul Morel"), PLANNED, "2026-05-19"), id="the-19th-of-the-line-s-date"),
    pytest.param("Anna Keller will meet Paul Morel on the 24th.", "2025-05-17",
                 (TALKS, ("Anna Keller", "Paul Morel"), PLANNED, "2025-05-24"), id="the-24th"),
    pytest.param("Anna Keller spoke with Paul Morel yesterday.", "2025-05-17",
                 (TALKS, ("Anna Keller", "Paul Morel"), OCCURRED, "2025-05-16"), id="yesterday"),
    pytest.param("Anna Keller met Paul Morel last Friday.", "2025-05-17",
                 (TALKS, ("Anna Keller", "Paul Morel"), OCCURRED, "2025-05-16"), id="last-friday"),
    pytest.param("Anna Keller will speak with Paul Morel on Monday.", "2025-03-22",
                 (TALKS, ("Anna Keller", "Paul Morel"), PLANNED, "2025-03-24"), id="future-monday"),
    pytest.param("Anna Keller spoke with Paul Morel on Monday.", "2025-03-22",
                 (TALKS, ("Anna Keller", "Paul Morel"), OCCURRED, "2025-03-17"), id="past-monday"),
    pytest.param("Anna Keller spoke with Paul Morel on March 18.", "2025-04-02",
                 (TALKS, ("Anna Keller", "Paul Morel"), OCCURRED, "2025-03-18"), id="day-month"),
    pytest.param("Anna Keller spoke with Paul Morel on December 30.", "2025-01-03",
                 (TALKS, ("Anna Keller", "Paul Morel"), OCCURRED, "2024-12-30"), id="last-year"),
    pytest.param("Anna Keller said she would speak with Paul Morel next week.", "2025-05-17",
                 (TALKS, ("Anna Keller", "Paul Morel"), PLANNED, "2025-05"), id="next-week-its-month"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", DATED)
def test_event_dates_end_to_end(extract_text, text, published, expected):
    result, simple = extract_text(text, published)
    got = [simple(e) for e in result.events if e.kind != AFFILIATION]
    assert [(k, p, s, d) for k, p, _, s, d in got] == [expected]


@pytest.mark.model
@pytest.mark.model
def test_a_live_page_s_entries_are_of_its_day_end_to_end(nlp):
    text = ("Border talks in Vienna – live\n\n12:40 – Anna Keller is meeting Paul Morel in a separate room.\n\n"
            "14:10 – Keller is now sitting down with Lena Brandt.\n\n"
            "14:30 – Morel and Brandt had last met in Graz.")
    article = article_from_text(text, id="l", source="l.txt", published="2025-06-03")
    result = doc_result(nlp(article.text), article)
    names = {e.key: e.name for e in result.entities}
    days = {tuple(sorted(names[k] for k in e.participants)): e.date for e in result.events if e.kind != AFFILIATION}
    assert days == {("Anna Keller", "Paul Morel"): "2025-06-03", ("Anna Keller", "Lena Brandt"): "2025-06-03",
                    ("Lena Brandt", "Paul Morel"): None}
    plain = article_from_text(text.replace(" – live", ""), id="l", source="l.txt", published="2025-06-03")
    assert {e.date for e in doc_result(nlp(plain.text), plain).events if e.kind != AFFILIATION} == {None}


@pytest.mark.model
def test_a_round_up_s_day_headings_date_its_items_end_to_end(nlp):
    text = ("The week in diplomacy\n\nTHE WEEK THAT WAS\n\nTHURSDAY, JUNE 5\n"
            "- Anna Keller received Paul Morel at the palace in Vienna.\n\n"
            "FRIDAY, JUNE 6\n- Keller spoke by phone with Lena Brandt.\n\n"
            "THE WEEK AHEAD\n\nMONDAY, JUNE 9\n- Brandt hosts Morel for talks in Graz.\n")
    article = article_from_text(text, id="w", source="w.txt", published="2025-06-08")
    result = doc_result(nlp(article.text), article)
    names = {e.key: e.name for e in result.entities}
    got = {(tuple(sorted(names[k] for k in e.participants)), e.date, e.status) for e in result.events
           if e.kind != AFFILIATION}
    assert (("Anna Keller", "Paul Morel"), "2025-06-05", OCCURRED) in got
    assert (("Anna Keller", "Lena Brandt"), "2025-06-06", OCCURRED) in got
    assert (("Lena Brandt", "Paul Morel"), "2025-06-09", PLANNED) in got  # a day after the article's: a plan


@pytest.mark.model
def test_a_weekday_heading_over_a_past_contact_is_the_week_before_s_end_to_end(nlp):
    text = ("Keller's tour - live\n\nMonday - A lakeside meeting\nAnna Keller met Paul Morel at his residence in "
            "Graz.\n\nSunday - The trip opens\nThe trip opened in Vienna, where Keller met Lena Brandt.\n\n"
            "Friday - What comes next\nKeller meets Ivo Marek in Linz.\n")
    article = article_from_text(text, id="w", source="w.txt", published="2025-02-05")  # a Wednesday
    result = doc_result(nlp(article.text), article)
    names = {e.key: e.name for e in result.entities}
    got = {(tuple(sorted(names[k] for k in e.participants)), e.date, e.status) for e in result.events
           if e.kind != AFFILIATION and len(e.participants) == 2}
    assert (("Anna Keller", "Paul Morel"), "2025-02-03", OCCURRED) in got
    assert (("Anna Keller", "Lena Brandt"), "2025-02-02", OCCURRED) in got  # not the Sunday to come, then planned
    assert (("Anna Keller", "Ivo Marek"), "2025-02-07", PLANNED) in got  # the present tense: the day to come


@pytest.mark.model
def test_date_carried_to_a_later_mention_end_to_end(extract_text):
    text = ("Anna Keller spoke with Paul Morel by phone on Monday. Talks between Keller and Morel lasted an hour. "
            "Talks between Keller and Morel will continue.")
    result, simple = extract_text(text, "2025-03-19")
    assert [simple(e) for e in result.events] == [
        (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17"),
        (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17"),  # carried from the call
        (TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, None),  # a plan does not take a past date
    ]


@pytest.mark.model
def test_a_readout_s_dated_line_dates_and_places_its_lede_end_to_end(extract_text):
    text = ("Talks with the President of Ruritania\n\nFebruary 17, 2026, 15:40, Novo-Ogaryovo, Moscow Region\n\n"
            "Anna Keller held talks with President of Ruritania Paul Morel. Keller later spoke by phone with Lena "
            "Brandt.")
    result, simple = extract_text(text, "2026-02-19")
    names = {e.key: e.name for e in result.entities}
    got = [(*simple(e), names.get(e.venue)) for e in result.events if e.kind != AFFILIATION]
    assert got == [(MEETING, ("Anna Keller", "Paul Morel"), "Moscow", OCCURRED, "2026-02-17", "Novo-Ogaryovo"),
                   (CALL, ("Anna Keller", "Lena Brandt"), None, OCCURRED, "2026-02-17", None)]
    wire = text.replace("February 17, 2026, 15:40, Novo-Ogaryovo, Moscow Region", "MOSCOW, Feb 17 (Reuters) -")
    assert {e.date for e in extract_text(wire, "2026-02-19")[0].events if e.kind != AFFILIATION} == {None}


#: Meetings at a venue of their city, its name and what kg gives: (text, published, the meeting with its venue, the
#: parties the affiliations give).
VENUES = [
    # a meeting in a room of a building is at the building
    pytest.param("LIMA - President Anna Keller and Prime Minister Paul Morel held a bilateral meeting in a side room of "
                 "the Costa Verde hotel on Tuesday.", "2025-03-21",
                 (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-18", "Costa Verde"), set(),
                 id="a-room-of-a-building"),
    # a venue's name before its building noun in lower case, untagged: the name without the noun
    pytest.param("Anna Keller met Paul Morel on Monday at the Sheraton Addis hotel in Addis Ababa.", "2025-03-21",
                 (MEETING, ("Anna Keller", "Paul Morel"), "Addis Ababa", OCCURRED, "2025-03-17", "Sheraton Addis"), set(),
                 id="the-x-hotel"),
    # (its name tagged a body that a later step made a person's, "Willard")
    pytest.param("Anna Keller met Paul Morel on Monday at the Willard InterContinental hotel in Washington.", "2025-03-21",
                 (MEETING, ("Anna Keller", "Paul Morel"), "Washington", OCCURRED, "2025-03-17",
                  "Willard InterContinental"), set(), id="the-x-hotel-named-like-a-person"),
    # a "Minister Delegate" calling on a president "at" a house hung on the president, the city's "in" on the verb (no
    # portfolio a body)
    pytest.param("ACCRA - France's Minister Delegate for Francophonie and International Partnerships, Anna Keller, on "
                 "Tuesday called on President Paul Morel at Jubilee House in Accra.", "2025-05-14",
                 (MEETING, ("Anna Keller", "Paul Morel"), "Accra", OCCURRED, "2025-05-13", "Jubilee House"), {"France"},
                 id="a-minister-delegate-at-a-house-in-a-city"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,meeting,parties", VENUES)
def test_a_meeting_at_a_venue_of_its_city_end_to_end(extract_text, text, published, meeting, parties):
    result, simple = extract_text(text, published)
    names = {e.key: e.name for e in result.entities}
    assert [(*simple(e), names.get(e.venue)) for e in result.events if e.kind != AFFILIATION] == [meeting]
    assert {names[e.party] for e in result.events if e.kind == AFFILIATION} == parties


@pytest.mark.model
def test_a_readout_s_line_of_date_and_time_dates_its_lede_end_to_end(extract_text):
    text = ("Telephone conversation with the President of Ruritania\n\nMarch 19, 2025, 17:20\n\nAnna Keller had a "
            "telephone conversation with President of Ruritania Paul Morel. They discussed trade.")
    result, simple = extract_text(text, "2025-03-21")
    assert [simple(e) for e in result.events if e.kind != AFFILIATION] == [
        (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-19"),
        (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-19")]  # ("They discussed trade")
    plain = text.replace("March 19, 2025, 17:20\n\n", "")
    assert {e.date for e in extract_text(plain, "2025-03-21")[0].events if e.kind != AFFILIATION} == {None}


# --- text_length -------------------------------------------------------------------------------------


@pytest.mark.parametrize("words,spaces", [([], []), (["Hi"], [False]),
                                          (["a", "  ", "b", "."], [True, False, False, True]),
                                          (["\n\n", "X", "met", "Y"], [False, True, True, False])])
def test_text_length_is_the_length_of_the_doc_text(vocab, words, spaces):
    doc = Doc(vocab, words=words, spaces=spaces)
    assert text_length(doc) == len(doc.text)


@pytest.mark.model
def test_the_agency_a_dateline_names_is_no_party_of_its_initials_end_to_end(extract_text):
    text = ("BEIJING, July 15 (AAP) - Anna Keller has told Paul Morel that the two countries will co-operate. AAP "
            "understands the talks ran for two hours.")
    result, _ = extract_text(text, "2025-07-15")
    assert "AAP" in {e.name for e in result.entities}
    assert "Aam Aadmi Party" not in {e.name for e in result.entities}


@pytest.mark.model
def test_a_meeting_after_a_lede_telling_a_gathering_and_someone_away_is_of_the_lede_s_day(extract_text):
    result, _ = extract_text(
        "TIRANA, Oct 16, 2023 (AFP) - Western Balkan leaders gathered in the Albanian capital on Monday for the annual "
        "summit, but Serbian President Aleksandar Vucic stayed away.\n\nAlbanian Prime Minister Edi Rama hosted German "
        "Chancellor Olaf Scholz and Kosovo's Prime Minister Albin Kurti at the Palace of Brigades in Tirana.",
        "2023-10-16")
    assert {ev.date for ev in result.events if ev.kind != AFFILIATION and "Edi Rama" in {
        e.name for e in result.entities if e.key in ev.participants}} == {"2023-10-16"}
