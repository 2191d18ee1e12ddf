"""Articles in, DocResults out: run the spaCy pipeline and read its annotations into records.

This is the only module that touches spaCy objects after the pipeline; everything downstream
(resolve, rdf, evaluate) works on kg.model records.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.dated_lines import dated_lines
from kg.dates import MONTHS, WEEKDAYS, day_offset, parse_absolute, precision, resolve_when, years_in
from kg.model import (
    AFFILIATION,
    MEETING,
    MEETING_TALKS,
    OCCURRED,
    PERSON,
    PLANNED,
    TALKS,
    Article,
    DocResult,
    Event,
    Evidence,
)
from kg.nlp import gazetteer
from kg.nlp.datelines import DATELINE_WITHIN, dateline, lede as lede_of
from kg.nlp.modality import ONE_DAY_EVENTS, in_relative_clause, of_a_noun, of_a_time_before, pluperfect
from kg.nlp.paragraphs import CLOCK, date_start_end, release_label_end
from kg.nlp.titles import singular_title
from kg.nlp.trigger_words import GATHER_VERBS, MEET_NOUNS, MEET_VERBS, PLACE_TYPES, SIDELINE_NOUNS, TALK_NOUNS
from kg.nlp.triggers import trigger_rule

#: How many days a text's own header date may precede its published date and still anchor its relative dates.
HEADER_LAG = 7


def extract(articles: Iterable[Article], nlp, *, batch_size: int = 32, n_process: int = 1) -> Iterator[DocResult]:
    """Extract entities and events from each article, streaming, in input order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_result(doc, article)


def doc_result(doc, article: Article) -> DocResult:
    """The DocResult of one processed spaCy Doc."""
    anchor = relative_anchor(article)
    # the tense each dated contact gives its date: "is scheduled to meet X on Friday" names a day to come
    tenses = {(raw.sentence.start, raw.date_text): "future" if raw.status == "planned" else "past"
              for raw in doc._.kg_events or [] if raw.date_text}
    # the article's own characters where the Doc's differ only by its straight quotes (kg.nlp.quotes)
    source = article.text if len(article.text) == text_length(doc) else doc.text
    events = []
    for raw in doc._.kg_events or []:
        sent = raw.sentence
        date, status = None, raw.status
        if raw.date_text:  # a day, else the month or year named; undated articles only by a year given
            tense = "future" if raw.status == "planned" else "past"
            date = resolve_when(raw.date_text, anchor, tense)
            if (stated := month_of_day(raw.date_text, sent)) != raw.date_text:  # the line's own date of that day
                date = resolve_when(stated, anchor, None)
                if status == OCCURRED and date and anchor and after(date, anchor) and sent.root.tag_ in {"VBZ", "VBP"}:
                    status = PLANNED  # "Tuesday, May 19: X arrives (...) He holds talks with Y on the 19th"
            if date and tense == "past" and anchor and precision(date) == "day" \
                    and (day := parse_absolute(raw.date_text)) and day[0] is None \
                    and (year := told_year(doc, sent, anchor, dt.date.fromisoformat(date))) is not None:
                # "In February 1945 (...) on Feb. 10"; "In July 2024, he travelled to Kyiv to meet X on July 2"
                date = resolve_when(raw.date_text, dt.date(year, 12, 31), tense)
            if date is None and (offset := day_offset(raw.date_text)) is not None:
                where = sent.start_char + max(sent.text.find(raw.date_text), 0)
                date = day_after_last_named(doc, where, offset, anchor, tense, tenses)
            ent = next((e for e in sent.ents if e.text == raw.date_text), None)
            if date and precision(date) == "day" and ent is not None \
                    and (last := day_after_last_named(doc, sent.start_char, 0, anchor, tense, tenses)):
                # "The summit of 11-12 October 1986 (...) On the Saturday night": a day of the story, long before
                date = story_day(ent, dt.date.fromisoformat(date), dt.date.fromisoformat(last)).isoformat()
            if date and raw.day_shift and precision(date) == "day":  # "on the eve of the summit"
                date = (dt.date.fromisoformat(date) + dt.timedelta(days=raw.day_shift)).isoformat()
            if date and status == OCCURRED and anchor and after(date, anchor):
                date = None  # "X and Y discussed Z's chairmanship next year": a time to come dates no past contact
        events.append(
            Event(
                kind=raw.kind,
                participants=raw.participants,
                evidence=Evidence(source[sent.start_char:sent.end_char].strip(), sent.start_char,
                                  sent.start_char + len(sent.text.rstrip())),
                rule=raw.rule,
                confidence=raw.confidence,
                status=status,
                date=date,
                place=raw.place,
                venue=raw.venue,
                party=raw.party,
                trigger=raw.trigger,
            )
        )
    headline_end = next(doc.sents).end_char if len(doc) else 0
    timed = {i for i, raw in enumerate(doc._.kg_events or []) if raw.kind == MEETING and raw.place
             and not raw.date_text and own_time(raw.sentence)}  # only these may borrow a place's date
    # the days named in an event's sentence or the one before it, by character: no date is carried across them
    named = [e.start_char for e in doc.ents if day_named(e)]
    days = {i: [k for k in named if (doc[raw.sentence.start - 1].sent.start_char if raw.sentence.start else 0) <= k
                < raw.sentence.start_char] for i, raw in enumerate(doc._.kg_events or [])}
    earlier = {i for i, raw in enumerate(doc._.kg_events or []) if not raw.date_text and set_before(raw.sentence)}
    flashbacks = {i for i, raw in enumerate(doc._.kg_events or []) if pluperfect(raw.sentence)}
    # the start of the sentence before each untimed event's: a contact told there with a party of its own lends its day
    follows = {i: (doc[raw.sentence.start - 1].sent.start_char if raw.sentence.start else raw.sentence.start_char)
               for i, raw in enumerate(doc._.kg_events or []) if not raw.date_text and not own_time(raw.sentence)
               and not set_before(raw.sentence) and not pluperfect(raw.sentence)}
    told_past = {i for i, raw in enumerate(doc._.kg_events or []) if raw.sentence.root.tag_ == "VBD"}
    events = line_days(events, dated_lines(source, anchor), anchor, told_past)
    events = carry_dates(events, headline_end, timed, days, earlier, flashbacks, follows)
    events = lede_day(doc, events, anchor, timed | earlier)
    events = opening_day(doc, events, anchor, {i for i, raw in enumerate(doc._.kg_events or [])
                                               if own_time(raw.sentence) or set_before(raw.sentence)})
    if article.live:
        events = page_day(events, anchor, {i for i, raw in enumerate(doc._.kg_events or []) if before(raw.sentence)})
    events = unplaced_talks(events, {e.key: e.type for e in doc._.kg_entities or []})
    return DocResult(article=article, entities=list(doc._.kg_entities or []), events=meetings_talks_dated(events))


#: A day of the month named alone: "the 19th", "on the 3rd".
DAY_ALONE = re.compile(r"^(?:on\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)$", re.IGNORECASE)


def month_of_day(date_text: str, sent) -> str:
    """"the 19th" as the sentence's (or its line's) own date of that day names it: "Tuesday, May 19: X arrives (...)
    He holds talks with Y on the 19th" is May 19; the words as they are otherwise."""
    if not (m := DAY_ALONE.match(date_text.strip())):
        return date_text
    day = int(m.group("day"))
    line_start = sent.doc.text.rfind("\n", 0, sent.start_char) + 1
    line = sent.doc.char_span(line_start, sent.end_char, alignment_mode="expand")
    for ent in (line.ents if line is not None else sent.ents):
        if ent.label_ == "DATE" and ent.text != date_text and (parsed := parse_absolute(ent.text)) and parsed[2] == day:
            return ent.text
    return date_text


def line_days(events: list[Event], lines: list, anchor: dt.date | None, told_past: set[int] = frozenset()) \
        -> list[Event]:
    """A contact with no date of its own, under a round-up's day heading or on a chronology's dated line, is of that
    day (:mod:`kg.dated_lines`); one told as happening on a day after the article's is planned ("THE WEEK AHEAD /
    MONDAY, JUNE 9 / X hosts Y for talks"). A weekday heading alone is a day of the article's week, but the week
    before's over a contact told in the past tense (``told_past``: the indices of such events) that would come
    after the article: "Sunday - Panama and the canal / Rubio met Mulino" in a Wednesday's live blog."""
    def line_of(ev: Event):
        return next((line for line in lines if line.start <= ev.evidence.start < line.end), None)

    out = []
    for i, ev in enumerate(events):
        if ev.kind != AFFILIATION and ev.date is None and (line := line_of(ev)):
            day = line.day
            if line.week and i in told_past and anchor is not None and dt.date.fromisoformat(day) > anchor:
                day = (dt.date.fromisoformat(day) - dt.timedelta(days=7)).isoformat()
            planned = ev.status == OCCURRED and anchor is not None and precision(day) == "day" \
                and dt.date.fromisoformat(day) > anchor
            ev = replace(ev, date=day, status=PLANNED if planned else ev.status)
        out.append(ev)
    return out


def meetings_talks_dated(events: list[Event]) -> list[Event]:
    """Talks a meeting's word tells beside it (a host's with each guest: "X hosted A and B at the palace") are of the
    meeting's day, however it was found (the lede's, another report's)."""
    dated = {(ev.evidence.start, ev.trigger, k): ev.date for ev in events if ev.kind == MEETING and ev.date
             for k in ev.participants}
    return [replace(ev, date=day) if ev.kind == TALKS and ev.date is None and len(days := {
        dated.get((ev.evidence.start, ev.trigger, k)) for k in ev.participants}) == 1 and (day := days.pop())
        else ev for ev in events]


def unplaced_talks(events: list[Event], types: dict) -> list[Event]:
    """A meeting of two people that no place is known for is their talks ("X met Y on Thursday"), as one placed is
    (see :data:`kg.model.MEETING_TALKS`); not one of a country or a body, which may be a plan or a visit's backdrop
    ("The EU and Ukraine agreed to plan the meeting")."""
    return [replace(ev, kind=TALKS) if ev.kind == MEETING and ev.place is None and ev.rule in MEETING_TALKS
            and len(set(ev.participants)) == 2 and all(types.get(k) == PERSON for k in ev.participants) else ev
            for ev in events]


def page_day(events: list[Event], anchor: dt.date | None, earlier: set[int]) -> list[Event]:
    """A live page tells its day as it goes: a contact that occurred with no date of its own happened that day
    ("12:40 – X is meeting Y", "X and Y had a brief conversation after the afternoon session"), unless its sentence
    sets it before (``earlier``: the indices of such events, see :func:`before`: "They had last met in Quito")."""
    if anchor is None:
        return events
    return [replace(ev, date=anchor.isoformat()) if ev.date is None and ev.kind != AFFILIATION
            and ev.status == OCCURRED and i not in earlier else ev for i, ev in enumerate(events)]


def before(sent) -> bool:
    """The sentence sets what it tells before the day a story is at: a word of an earlier time ("first" before its
    verb: "first met", not "is meeting X first"), a perfect tense ("had met", "have spoken") or a date ("The fighting
    erupted on Sunday, hours after X met Y in Cairo")."""
    return set_before(sent) or any(e.label_ in {"DATE", "TIME"} and (day_offset(e.text) is not None or resolve_when(
        e.text, _SOME_DAY, "past")) for e in sent.ents) or any(
        looks_back(t) and (t.lower_ != "first" or t.i < t.head.i) for t in sent)


def day_named(ent) -> bool:
    """A date that names the day something happened on: "on Thursday", not "the June 26 coup"."""
    return ent.label_ == "DATE" and ent.root.dep_ in {"pobj", "npadvmod"} \
        and precision(resolve_when(ent.text, _SOME_DAY, "past")) == "day"


#: How many sentences after a wire story's lede go on telling its day.
LEDE_REACH = 2


def lede_day(doc, events: list[Event], anchor: dt.date | None, own: set[int]) -> list[Event]:
    """A contact with no date of its own, in the dateline's city, of someone the lede names, in the sentences right
    after a lede that names its day, happened that day: "SKOPJE, March 12 - X urged Y on Wednesday to (...). X met
    Prime Minister Z in Skopje" (not one whose sentence sets a time of its own, ``own``: see :func:`own_time`); so
    does anyone's, after a lede that tells a meeting or a gathering ("VILNIUS, Nov 28 - Foreign ministers of the Y
    group met on Tuesday (...). X hosted his counterparts at the palace", "TIRANA, Oct 16 - Western Balkan leaders
    gathered in the Albanian capital on Monday, but Y stayed away. X hosted Z and W at the palace"). A state's
    readout, its dateline opening with the date ("February 17, 2026, 15:40, The Kremlin, Moscow"), tells its lede's
    own contacts of that day too, calls (placed nowhere) as well."""
    refs = doc._.kg_refs or {}
    types = {e.key: e.type for e in doc._.kg_entities or []}
    filed = dateline(doc, refs, types)
    if filed is None or anchor is None:
        return events
    lede = lede_of(doc, filed[2])
    days = [d for e in lede.ents if e.start > filed[2] and day_named(e) and (d := resolve_when(e.text, anchor, "past"))]
    readout = not days and bool(days := readout_day(doc, filed[1], anchor))  # (the lede's own contacts too)
    people = keys_of_type(lede, refs, types, {PERSON})
    # (or a post's holders acting together: "NATO defence ministers pledged on Wednesday")
    gathering = any(t.pos_ == "VERB" and t.lemma_.lower() in MEET_VERBS | GATHER_VERBS
                    or t.pos_ == "NOUN" and t.lower_ in MEET_NOUNS | TALK_NOUNS
                    or t.dep_ == "nsubj" and t.tag_ == "NNS" and singular_title(t.lower_) for t in lede)
    if len(set(days)) != 1 or not (people or gathering):
        return events
    sents = list(doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start == lede.start)
    first = at + 1 - readout
    reach = (sents[first].start_char, sents[min(at + LEDE_REACH, len(sents) - 1)].end_char) if first < len(sents) \
        else (0, -1)
    # a contact on the sidelines of the gathering the lede tells is of its day, however far down the story
    beside = {i for i, raw in enumerate(doc._.kg_events or []) if gathering and raw.sentence.start_char >= reach[0]
              and any(t.lower_ in SIDELINE_NOUNS for t in raw.sentence)}
    return [replace(ev, date=days[0]) if ev.date is None and ev.kind != AFFILIATION and ev.status == OCCURRED
            and i not in own and (filed[0] in {ev.place, ev.venue} or readout and ev.place is None)
            and (gathering or people & set(ev.participants))
            and (reach[0] <= ev.evidence.start < reach[1] or i in beside) else ev for i, ev in enumerate(events)]


def readout_day(doc, at: int, anchor: dt.date) -> list[str]:
    """The day a dateline opening with the date tells, as a state's readouts open ("February 17, 2026, 15:40, The
    Kremlin, Moscow": what the lede tells happened that day), its place's first word at ``at``; [] for a dateline
    that opens with the place ("LIMA, March 3 (Reuters) -": the day it was filed)."""
    start = release_label_end(doc, doc[at].sent.start)
    end = date_start_end(doc, start)
    day = day_told(doc[start:end], anchor) if end > start else None
    return [day] if day else []


def day_told(span, anchor: dt.date) -> str | None:
    """The first date of a day the span names, resolved against ``anchor``: "February 17, 2026" -> "2026-02-17"."""
    return next((d for e in span.ents if e.label_ == "DATE" and precision(d := resolve_when(e.text, anchor, "past"))
                 == "day"), None)


def opening_day(doc, events: list[Event], anchor: dt.date | None, own: set[int]) -> list[Event]:
    """A story with no dateline tells of the day its lede names: the first sentence after the headline and teaser
    (within ``DATELINE_WITHIN``) that names a day. A contact that occurred with no date of its own, told after a
    lede naming one day and someone, happened that day if it was a meeting at a place the lede names or a call or
    talks of the lede's people, unless its sentence sets a time of its own (``own``: see :func:`own_time`,
    :func:`set_before`): "Chancellor X on Wednesday made his first trips abroad, traveling to Paris and Warsaw.
    (...) In Paris, President Y received X"."""
    refs = doc._.kg_refs or {}
    types = {e.key: e.type for e in doc._.kg_entities or []}
    if anchor is None or dateline(doc, refs, types) is not None:
        return events
    if (stamped := stamp_line(doc, anchor)) is not None:  # "March 19, 2025, 17:20" under a readout's heading: the
        end, day = stamped  # day of the contacts its lede and the sentences after it tell with no date of their own
        sents = [s for s in doc.sents if s.start >= end][: LEDE_REACH + 1]
        reach = (sents[0].start_char, sents[-1].end_char) if sents else (0, -1)
        return [replace(ev, date=day) if ev.date is None and ev.kind != AFFILIATION and ev.status == OCCURRED
                and i not in own and reach[0] <= ev.evidence.start < reach[1] else ev for i, ev in enumerate(events)]
    lede = next((s for k, s in zip(range(DATELINE_WITHIN), doc.sents) if any(day_named(e) for e in s.ents)), None)
    if lede is None:
        return events
    days = {d for e in lede.ents if day_named(e) and (d := resolve_when(e.text, anchor, "past"))}
    people, places = keys_of_type(lede, refs, types, {PERSON}), keys_of_type(lede, refs, types, PLACE_TYPES)
    if len(days) != 1 or not people:
        return events
    day = days.pop()
    return [replace(ev, date=day) if ev.date is None and ev.kind != AFFILIATION and ev.status == OCCURRED
            and i not in own and ev.evidence.start >= lede.end_char
            and (ev.place in places if ev.place else people & set(ev.participants)) else ev for i, ev in enumerate(events)]


def stamp_line(doc, anchor: dt.date) -> tuple[int, str] | None:
    """(the end of the line, its day) of a line of a date and a clock time alone, within the first sentences, as a
    state's readout gives its time: "March 19, 2025, 17:20"; None if there is none."""
    for _, sent in zip(range(DATELINE_WITHIN), doc.sents):
        words = [t for t in sent if not t.is_space]
        if words and any(CLOCK.match(t.text) for t in words) and all(
                t.like_num or t.text == "," or CLOCK.match(t.text) or t.lower_.rstrip(".") in MONTHS for t in words) \
                and any(t.lower_.rstrip(".") in MONTHS for t in words):
            day = day_told(sent, anchor)
            return (sent.end, day) if day else None
    return None


def keys_of_type(span, refs: dict, types: dict, kinds) -> set[str]:
    """The entities of ``kinds`` a span names: a lede's people, its places."""
    return {refs[t.i] for t in span if t.i in refs and types.get(refs[t.i]) in kinds}


def text_length(doc) -> int:
    """``len(doc.text)``, read from the last token's offset: ``doc.text`` joins the text of every token."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


#: How many days before its article a day with no year may be and still be of the article's year: "on March 3"
#: in a report of May 17 is this March 3 (whatever year the background names); "on Feb. 10" in a report of Feb. 4
#: is in the year the story is at.
RECENT_DAYS = 180


def narrative_year(doc, sent) -> int | None:
    """The last year the text names up to the end of a sentence (an account of 1945 dates "on Feb. 10" in 1945,
    not in the year before the account is published); None if it names none."""
    years = [y for e in doc.ents if e.label_ == "DATE" and e.end_char <= sent.end_char for y in years_in(e.text)]
    return years[-1] if years else None


def told_year(doc, sent, anchor: dt.date, day: dt.date) -> int | None:
    """The year a past day named with no year is of, when the text tells another than the one it resolved to from
    the article's date: the one year its own sentence names with the day's month, before the article's ("In July 2024,
    he travelled to Kyiv to meet X on July 2"; not "X, who met Y in 2019, called Z on March 3"); for a day more than
    :data:`RECENT_DAYS` before the article, the last year the text names, two or more before the article's (an
    account of 1945); None otherwise."""
    years = {y for e in sent.ents if e.label_ == "DATE"
             and any(MONTHS.get(w.lower_.rstrip(".")) == day.month for w in e) for y in years_in(e.text)}
    if len(years) == 1 and (year := years.pop()) < anchor.year and year != day.year:
        return year
    if (anchor - day).days > RECENT_DAYS and (year := narrative_year(doc, sent)) is not None and year < anchor.year - 1:
        return year
    return None


#: A weekday told as one of the days a story is at: "on the Saturday night", "that Friday", "the following Monday".
_STORY_WEEKDAY_RE = re.compile(r"^(?:on\s+)?(?P<mod>the following|the next|the|that)\s+(?P<wd>[a-z]+)(?:\s+(?:morning|afternoon|"
                               r"evening|night))?$")


def story_weekday(date_text: str) -> tuple[int, bool] | None:
    """(weekday, strictly after) of a weekday told with "the" or "that" ("the Saturday", "the following
    Tuesday"), which counts from the day the story last named, not from when it was published; None otherwise."""
    m = _STORY_WEEKDAY_RE.match(" ".join(date_text.lower().split()))
    if m is None or m.group("wd") not in WEEKDAYS:
        return None
    return WEEKDAYS[m.group("wd")], m.group("mod") in {"the following", "the next"}


def with_article(sent, date_text: str) -> str:
    """A date's text with the words the model left before it: "the" + "Saturday", "the following" + "Tuesday"."""
    ent = next((e for e in sent.ents if e.text == date_text), None)
    if ent is None:
        return date_text
    doc, k = sent.doc, ent.start
    while k > sent.start and k > ent.start - 2 and doc[k - 1].lower_ in {"the", "that", "following", "next"}:
        k -= 1
    return doc[k : ent.end].text


#: How many days a story's last named day may lie from the day a weekday names counted from publication, and
#: the weekday still be the publication's week ("on the Saturday" in a report of this week).
STORY_WEEK = 10


def nearest_weekday(day: dt.date, weekday: int, after: bool) -> dt.date:
    """The date of ``weekday`` from ``day`` on, or the day before (a range's end: "11-12 October (...) the
    Saturday" is the 11th); with ``after``, the first one after it ("the following Tuesday")."""
    if after:
        return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    ahead = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= 5 else ahead - 7)


def day_after_last_named(doc, before: int, offset: int, anchor: dt.date | None, tense: str,
                         tenses: dict | None = None) -> str | None:
    """The day ``offset`` days from the last day the text names before character ``before`` ("met X on
    Monday ... and Y the next day": the Tuesday; that one may be relative too), as ISO text; None if
    no day is named before. Each day is read in the tense of the contact it dates (``tenses``: by
    sentence start and date text), else in ``tense``. A past contact does not count from a day to come
    ("is to meet X on Friday. Later in the day, Y called Z"), from one in a relative clause ("X, who arrived on
    Wednesday, ..."; but "X, who was received by Y on Wednesday, ...": a contact's) nor from a thing's ("the
    recommendation of 8 November 2023"), nor the same day from one told in the past perfect: background, not where
    the story stands."""
    last: dt.date | None = None
    for ent in doc.ents:
        if ent.end_char > before:
            break
        if ent.label_ in {"DATE", "TIME"} and (step := day_offset(ent.text)) is not None:
            last = last + dt.timedelta(days=step) if last else None
            continue
        own = (tenses or {}).get((ent.sent.start, ent.text), tense)
        if ent.label_ != "DATE" or tense == "past" and own == "future" or in_relative_clause(ent) and not (
                contact_clause(ent)) or of_a_noun(ent) or offset == 0 and of_a_time_before(ent):
            continue  # (nor "the same day", "in the afternoon" from a day told in the past perfect: "he had spoken to
            # Y on Wednesday. In the afternoon, X met Z")
        if precision(day := resolve_when(ent.text, anchor, own)) == "day":
            last = story_day(ent, dt.date.fromisoformat(day), last)
    return (last + dt.timedelta(days=offset)).isoformat() if last else None


def story_day(ent, day: dt.date, last: dt.date | None) -> dt.date:
    """The day a date names: ``day`` as read from publication, unless it is a weekday told as one of the story's
    days ("On the Saturday night", see :func:`story_weekday`) and the story's last named day ``last`` is in
    another time: then that weekday near it."""
    weekday = story_weekday(with_article(ent.sent, ent.text))
    if weekday is None or last is None or abs((last - day).days) <= STORY_WEEK and not weekday[1]:
        return day  # (but "the following Tuesday" always counts from the last day named)
    return nearest_weekday(last, *weekday)


def contact_clause(ent) -> bool:
    """The date's relative clause tells a contact: "X, who was received by Y on Wednesday, ..."."""
    clause = next((t for t in ent.root.ancestors if t.dep_ == "relcl"), None)
    return clause is not None and trigger_rule(clause) is not None


def carry_dates(events: list[Event], headline_end: int = 0, timed: set[int] = frozenset(),
                days: dict[int, list[int]] | None = None, earlier: set[int] = frozenset(),
                flashbacks: set[int] = frozenset(), follows: dict[int, int] | None = None) -> list[Event]:
    """An undated contact takes the date of an earlier one between the same parties and of the same status
    ("preparations for the call" refers back to "a call on Monday"), unless its sentence sets it before the ones
    told (``earlier``: the indices of such events, see :func:`set_before`: "They had last met in Quito"), or, unless
    its sentence sets a time of its own (``timed``: the indices of such events, see :func:`own_time`), of an
    earlier meeting at the same place ("MANILA - ... on Monday signed ... At the talks, X and Y
    ...": that day) unless another day is named between them, in the sentence just before (``days``: by event index,
    where the sentence before it names a day, by character), nor of one told as what had happened before
    (``flashbacks``: "the envoy had on Wednesday paid a courtesy visit to Y in Z"). One in the first sentence (ending
    at character ``headline_end``) with none takes
    the date of a later one of the same kind, parties, place and status: a headline's "X meets Y in
    Berlin" is the meeting the story dates."""
    out: list[Event] = []
    for i, ev in enumerate(events):
        if ev.date is None and ev.kind != "Affiliation":
            for j in range(len(out) - 1, -1, -1):
                prior = out[j]
                if prior.evidence.start > ev.evidence.start:
                    continue  # told later in the text (a meeting a later sentence adds to is listed after it)
                same_meeting = ev.place is not None and prior.place == ev.place and i not in timed \
                    and j not in flashbacks and not any(
                    prior.evidence.end <= k for k in (days or {}).get(i, ()))  # not "(1985 ...) At a ceremony on
                # Thursday, X said (...). X held talks with Y before the ceremony"
                # (not a contact set before the ones told: "They had last met in Quito")
                same_pair = set(prior.participants) == set(ev.participants) and i not in earlier
                # the talks across the table of a meeting its sentence tells: that meeting's day
                across = prior.evidence.start == ev.evidence.start and set(ev.participants) < set(prior.participants)
                # a contact told in the same or the sentence just before, with a party of this one, when this one's
                # sentence sets no time of its own: "X met Y in Ankara on Wednesday. X and Z each held separate
                # meetings with Y before sitting down together"
                # (two parties or more: not "Later, Y attended the summit", "X recalled her discussions in Z")
                nearby = i in (follows or {}) and prior.evidence.start >= follows[i] and j not in flashbacks \
                    and len(ev.participants) > 1 and bool(set(prior.participants) & set(ev.participants)) \
                    and prior.kind != AFFILIATION
                if prior.date and prior.status == ev.status and (same_pair or same_meeting or across or nearby):
                    ev = replace(ev, date=prior.date)
                    break
        out.append(ev)
    for i, ev in enumerate(out):
        if ev.date is None and ev.kind != "Affiliation" and ev.evidence.end <= headline_end:
            later = next((e for e in out[i + 1 :] if e.date and e.kind == ev.kind and e.status == ev.status
                          and e.place == ev.place and set(e.participants) == set(ev.participants)), None)
            if later is not None:
                out[i] = replace(ev, date=later.date)
    return out


#: Any day to read a date against: only whether a text is a date matters.
_SOME_DAY = dt.date(2000, 1, 1)
#: Words that set a contact before the days a story tells: "X first met Y in Lima", "had previously met".
EARLIER_WORDS = {"previously", "earlier", "first", "once", "already", "formerly", "ago", "recently"}


#: Words that set a contact before the ones a story tells, whoever its parties: "They had last met in Quito".
BEFORE_WORDS = {"last", "previously", "formerly", "ago", "once"}


def set_before(sent) -> bool:
    """The sentence sets what it tells before the contacts told: "They had last met in Quito", "had previously
    spoken"."""
    return any(t.lower_ in BEFORE_WORDS and t.pos_ == "ADV" for t in sent)


def own_time(sent) -> bool:
    """The sentence sets what it tells at a time of its own: a date or time (not the model's "two-plus-two"), a
    word of an earlier time, a perfect tense ("had met", "have met"), or another event's ("before the ceremony"); not
    in a relative clause about someone ("X, who took up the post in July, held talks with Y": an undated contact of
    that clause is dated there)."""
    if any(looks_back(t) and not in_relative_clause(sent.doc[t.i : t.i + 1]) for t in sent):
        return True
    if any(t.lower_ == "before" and any(p.dep_ == "pobj" and p.lower_ in ONE_DAY_EVENTS for p in t.children)
           for t in sent):
        return True  # "X held talks with Y before the ceremony": at the time of another event
    return any((e.label_ == "TIME" and not DURATION.search(e.text) or e.label_ == "DATE" and (
        day_offset(e.text) is not None or resolve_when(e.text, _SOME_DAY, "past") or span_before(e)))
        and not in_relative_clause(e) for e in sent.ents)


def span_before(ent) -> bool:
    """A length of time before or after another event: "Two days before the leader's arrival, X spoke with Y" (a time
    of its own, not the day of the contact told before)."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in {"before", "after"} \
        and any(t.lower_ in {"day", "days", "week", "weeks"} for t in ent)


#: A time that is how long, not when: "(held) about an hour of talks", "for 50 minutes".
DURATION = re.compile(r"\b(?:hours?|minutes?)\b", re.IGNORECASE)


def looks_back(t) -> bool:
    """A word of an earlier time ("previously", "first") or a perfect tense's "have" ("had met")."""
    return t.lower_ in EARLIER_WORDS and not post_word(t) or t.dep_ == "aux" and t.lemma_.lower() == "have" \
        and t.head.tag_ == "VBN"


def post_word(t) -> bool:
    """A word of a post's title: "first deputy foreign minister X", "the first lady" (no earlier time)."""
    return t.dep_ in {"amod", "compound"} and t.head.lower_ in gazetteer.title_words()


def after(value: str, anchor: dt.date) -> bool:
    """Whether an ISO day, month or year lies wholly after the anchor's day."""
    parts = [int(p) for p in value.split("-")]
    return tuple(parts) > (anchor.year, anchor.month, anchor.day)[: len(parts)]


def relative_anchor(article: Article) -> dt.date | None:
    """The day "today" and "on Monday" count from: the published date, or the date the text's own
    header states when that is up to :data:`HEADER_LAG` days earlier (a readout headed "MAY 27, 2025"
    that a feed published two days later: "spoke today" is the 27th)."""
    published = _date(article.published)
    stated = _date(article.stated)
    if published is None:
        return stated  # an article made in code with only its header's date
    if stated and 0 < (published - stated).days <= HEADER_LAG:
        return stated
    return published


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
