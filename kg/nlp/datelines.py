"""Datelines and the meetings they place: "LIMA, March 3 (Reuters) - X met Y on Monday" happened in Lima.

Finds a story's datelines (the opening one and those opening a later paragraph of a digest or live page) on
the parsed document, and tells when a meeting with no place of its own happened where the story was filed:
one told in the lede, or on the days the story tells of, and not on a journey away, in the past perfect, in an
account of years before, or planned ahead. kg.nlp.places asks here after the meeting's own words.

Works on tokens, dependency labels and entity labels only, so the rules run on hand-built parses in tests.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.dates import years_in
from kg.model import COUNTRY, MEETING, OCCURRED, PLACE
from kg.nlp import gazetteer
from kg.nlp.events import RawEvent
from kg.nlp.modality import date_of, in_time_phrase, is_planned, recent
from kg.nlp.paragraphs import date_start_end, dateline_end, release_label_end
from kg.nlp.trigger_words import PLACE_TYPES, TRAVEL_VERBS
from kg.nlp.triggers import clause_verb


#: How many sentences a dateline may come after: a headline and a teaser of a few sentences.
DATELINE_WITHIN = 6


def datelines(doc, refs: dict, types: dict) -> list[tuple[str, int, int]]:
    """Every dateline's place, the index of its first word and of the mark that ends it: the opening one ("LIMA,
    March 3 (Reuters) - ...", first or after a headline and a teaser; see :func:`kg.nlp.paragraphs.dateline_end`),
    if any, then those opening a later paragraph, as a digest or a live page files each item from its own place
    ("CAIRO — X received Y ..." after "BRUSSELS — ...")."""
    found = []
    for k, sent in enumerate(doc.sents):
        opens = sent.start > 0 and "\n" in doc[sent.start - 1].whitespace_ + doc[sent.start - 1].text
        if (found or k >= DATELINE_WITHIN) and not opens:
            continue  # after the opening one, only a paragraph's opening
        mark = dateline_end(doc, sent.start)
        begin = release_label_end(doc, sent.start)
        if mark is not None and (dated := date_start_end(doc, begin)) > begin:  # "February 17, 2026, 15:40, The
            first = next((t for t in doc[dated:mark + 1] if types.get(refs.get(t.i)) in PLACE_TYPES), None)  # Kremlin,
            # Moscow": the first place the dated line names (not the Kremlin read as the government)
        else:
            first = next((t for t in doc[begin:][:3] if t.i in refs), None)
        if mark is not None and first is not None and types.get(refs[first.i]) in PLACE_TYPES:
            found.append((refs[first.i], first.i, mark))
    return found


def dateline(doc, refs: dict, types: dict, at: int | None = None) -> tuple[str, int, int] | None:
    """The opening dateline (see :func:`datelines`), or None; given a token index ``at``, the last dateline
    before it (the opening one for the headline above it)."""
    found = datelines(doc, refs, types)
    opening = found[0] if found and found[0][1] < opening_limit(doc) else None
    return opening if at is None else next((d for d in reversed(found) if d[2] < at), opening)


def lede(doc, mark: int) -> Span:
    """The lede a dateline's ``mark`` opens: the sentence after the mark, which kg_paragraphs parses apart, or the
    mark's own ("LIMA, March 3 (Reuters) - X met Y" kept whole, or a dateline that ends the text)."""
    return doc[min(mark + 1, len(doc) - 1)].sent


def in_lede(sent: Span, mark: int) -> bool:
    """The sentence is the lede a dateline's ``mark`` opens (see :func:`lede`)."""
    return sent.start == lede(sent.doc, mark).start


def opening_limit(doc) -> int:
    """The end of the sentences an opening dateline may stand in (``DATELINE_WITHIN``)."""
    end = 0
    for k, sent in enumerate(doc.sents):
        if k >= DATELINE_WITHIN:
            break
        end = sent.end
    return end


def dateline_place(tok: Token, refs: dict, types: dict, parties: list[str],
                   events: list[RawEvent] = (), beside: bool = False) -> str | None:
    """A meeting with no place in the lede (the dateline's sentence), or later in the story on one of the days
    it tells of ("on Tuesday", "yesterday", undated), happened where the story was filed: the dateline's place
    ("LIMA, March 3 (Reuters) - X met Y on Monday"); not one planned or dated further back ("in January"). A story
    whose lede tells of a meeting elsewhere is at that meeting: "YEREVAN - The ministers held talks in Tbilisi on
    Monday. (...) X hosted the meeting and received each minister" is in Tbilisi (a city the lede names). One
    ``beside`` a forum the story reports from may be planned for its days: "(NEW YORK -) X will meet Y on the
    sidelines later that day"."""
    found = dateline(tok.doc, refs, types, at=tok.i)
    if found is None or found[0] in parties or found[2] >= tok.i:
        return None
    lede_city = next((ev.place for ev in events if ev.kind == MEETING and ev.status == OCCURRED
                      and types.get(ev.place) == PLACE and in_lede(ev.sentence, found[2])), None)
    if lede_city is not None and lede_city != found[0] and tok.sent.start > found[2]:
        found = (lede_city, *found[1:])
    lede_days = {e.text.lower() for e in lede(tok.doc, found[2]).ents if e.label_ == "DATE"}  # "on November 5"
    if not in_lede(tok.sent, found[2]) and not (  # the dateline in the lede's sentence, or
            (is_planned(tok) is False or beside) and (recent(date_of(tok)) or (date_of(tok) or "").lower() in lede_days)
            and not earlier_told(tok)):  # a meeting of the days the story tells of (not one told in the past
        return None  # perfect: "X had met Y at the ministry")
    if of_years_before(tok.sent, undated=date_of(tok) is None):
        return None  # "(WARSAW -) X and Y met in the Crimean resort from Feb. 4 to Feb. 11, 1945"
    if travelled_away(tok, found[0], refs):
        return None  # "(COPENHAGEN -) X crossed Europe on Tuesday, meeting the leaders of Y and Z": not at home
    return None if in_time_phrase(tok) else found[0]  # not "(X met Y) a day after his meeting with Z"


def travelled_away(tok: Token, home: str, refs: dict) -> bool:
    """The contact is told on a journey to, across or around a named place other than ``home`` (the dateline's):
    "crossed Europe in a single day, meeting X", "toured the Gulf, holding talks with Y"."""
    for verb in (tok, *tok.ancestors):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRAVEL_VERBS:
            continue
        ends = [c for c in verb.children if c.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "across", "around", "through"}
            for p in c.children if p.dep_ == "pobj"]
        if any(refs.get(e.i) not in (None, home) and e.ent_type_ in PLACE_TYPES for e in ends):
            return True
    return False


def of_years_before(sent, undated: bool = False) -> bool:
    """The sentence names a year at least two before the latest one the text names: an account of the past
    ("met from Feb. 4 to Feb. 11, 1945" in a story that names 2014 too); or, ``undated``, the last year named
    up to it is ("Their foreign ministers met separately each day" after the account of 1945)."""
    named = [(e.end, y) for e in sent.doc.ents if e.label_ == "DATE" for y in years_in(e.text)]
    own = [y for end, y in named if sent.start <= end - 1 < sent.end]
    before = [y for end, y in named if end <= sent.end]
    latest = max((y for _, y in named), default=None)
    if own:
        return latest >= min(own) + 2
    return undated and bool(before) and latest >= before[-1] + 2


#: The points of the compass, whose adjectives name a part of a country: "northern Norway", "south-eastern Turkey".
COMPASS = {"north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west",
           "northeast", "northwest", "southeast", "southwest"}


def filed_in(place: str, tok: Token, refs: dict, types: dict) -> str:
    """A meeting the story places in a country only, under a dateline from one of its cities, was in that city
    ("LIMA, Peru - ... Xi, who arrived in Peru on Thursday, held talks with Y at the Government Palace"); not one
    planned ahead, which may be anywhere in the country."""
    if types.get(place) != COUNTRY or is_planned(tok) or any(
            refs.get(t.i) == place and any(c.dep_ == "amod" and c.lower_.rstrip("ern") in COMPASS for c in t.children)
            for t in tok.sent):
        return place  # (nor one "in northern Norway": a part of the country away from where the story was filed)
    found = dateline(tok.doc, refs, types, at=tok.i)
    if found is None or types.get(found[0]) != PLACE:
        return place
    names = {e.key: e.name for e in tok.doc._.kg_entities or []}
    code = gazetteer.country_code_of(names.get(place, ""), COUNTRY)
    return found[0] if code and gazetteer.country_code_of(names.get(found[0], ""), PLACE) == code else place


def earlier_told(tok: Token) -> bool:
    """The contact is told in the past perfect, before the story's own days: "Verma had met X at the ministry"."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else clause_verb(tok)
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children) and verb.tag_ == "VBN"
