"""Sports pages, for :mod:`kg.nlp.entities`: in results, fixtures and standings a town names its
club ("Northtown 4 Eastport 1", "a loss to Eastport"), and the sides opening the rows of a
standings table are clubs the model may have missed.

A document is a sports document when it uses enough sports words (``sports_document``); the
rules then read a one-word town as a side where it is one (``town_as_side``, ``sports_side``,
``results_line``, ``fixture_line``) and leave competitions ("Bundesliga", "Champions League")
as they are.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.model import ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_words import CONTINENTS
from kg.nlp.lines import distinct_words, line_of, lines, running_count, words_where
from kg.nlp.titled_names import has_person_evidence


def table_sides(doc: Doc, taken: set[int]) -> list[Span]:
    """Names that open a line followed only by numbers: the sides of a results or standings table
    ("Northtown 4 3 1 0 9 3 10")."""
    sides = []
    for start, end in lines(doc):
        toks = doc[start:end]
        i = 0
        while i < len(toks) and toks[i].text[:1].isupper() and toks[i].is_alpha:
            i += 1
        span = doc[start : start + i]
        if i == 0 or i > 4 or not opens_table_row(span):
            continue
        if taken & set(range(span.start, span.end)) or gazetteer.country(span.text):
            continue
        sides.append(span)
    return sides


def results_line(span: Span) -> bool:
    """The name is one of the sides in a line of results: only names, scores and punctuation,
    at least two names each followed by a score ("Northtown 2 Southville 1")."""
    doc = span.doc
    k = span.start  # cheap test first: the name's capitalised words are followed by a small number
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == span.start or k == len(doc) or not (doc[k].text.isdigit() and len(doc[k].text) <= 3):
        return False
    start, end = line_of(doc, span.start)
    if any(t.is_alpha and not t.text[:1].isupper() for t in doc[start:end]):
        return False
    return span.start in scored_names(doc[start:end]) and len(scored_names(doc[start:end])) >= 2


#: Words between the two sides of a fixture: "NORTHTOWN AT SOUTHVILLE", "Northtown v Southville".
FIXTURE_WORDS = {"AT", "V", "VS", "v", "v.", "vs", "vs."}


def fixture_line(span: Span) -> bool:
    """The name is a side of a fixture line: a line holding only two names joined by "at", "v" or "vs"."""
    doc = span.doc
    start, end = line_of(doc, span.start)
    toks = []
    for t in doc[start:end]:  # stops at the tenth word: a whole article may be one line
        if not t.is_space and t.text != ".":
            toks.append(t)
            if len(toks) > 9:
                return False
    seps = [k for k, t in enumerate(toks) if t.text in FIXTURE_WORDS]  # "at" in lower case: "Jo Doe at Northtown"
    if len(seps) != 1 or seps[0] in (0, len(toks) - 1):
        return False
    return all(t.text[:1].isupper() and (t.is_alpha or t.text in {"-", "&"}) for k, t in enumerate(toks) if k != seps[0])


#: Prepositions before a place named as a location, not as a side: "at Northtown", "in Southville".
LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "across", "around"}
SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


#: Roles that only a team has: a place name right before one of them names the club.
TEAM_ROLES = {"coach", "captain", "keeper", "goalkeeper", "striker", "midfielder", "defender", "winger",
              "forward", "playmaker", "manager", "skipper", "batsman", "bowler", "seamer", "spinner", "wicketkeeper",
              "pitcher", "quarterback", "rounder"}


def sports_side(span: Span) -> bool:
    """Whether a place name stands for a team: its sentence reports a result or a fixture (two
    sports words, or one and a score) and the name is not after a locative preposition; or it
    opens a row of a results table ("Northtown 2 Southville 1")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE:
        return False
    if gazetteer.country(span.text):
        return False  # national sides keep their country's name and type
    if team_role_after(span) or versus_side(span):
        return True  # "Dortmund coach X", "Schalke 's Danish captain X": the club's coach, not the town's
    n_cues, score, scored = _result_sentence(span.sent)
    return n_cues >= 2 or (n_cues >= 1 and score) or (score and span.start in scored)


def _result_sentence(sent: Span) -> tuple[int, bool, set[int]]:
    """What ``sports_side`` reads in a sentence: how many different sports words it has, whether
    it has a score, and its ``scored_names`` (read once per sentence, cached on the Doc until
    ``forget_sentences``)."""
    cache = sent.doc.user_data.setdefault(_SENTENCES, {})
    if sent.start not in cache:
        cues = gazetteer.cue_words("sport")
        n_cues = len({t.lower_ for t in sent if t.lower_ in cues})
        scored = scored_names(sent)
        cache[sent.start] = (n_cues, any(SCORE.match(t.text) for t in sent) or len(scored) >= 2, scored)
    return cache[sent.start]


_SENTENCES = "kg.sports_sentences"


def forget_sentences(doc: Doc) -> None:
    """Drop what this module cached on the Doc about its sentences (before a component may retokenize)."""
    doc.user_data.pop(_SENTENCES, None)


#: Words only sports reports use: a document with SPORTS_DOCUMENT_MIN of them is about sport.
SPORTS_WORDS = {"goal", "goals", "scored", "striker", "midfielder", "goalkeeper", "defender", "coach", "league",
                "bundesliga", "soccer", "football", "cricket", "rugby", "basketball", "hockey", "halftime",
                "half-time", "penalty", "penalties", "stadium", "equalizer", "equaliser", "tournament", "semifinal",
                "semi-final", "quarterfinal", "quarter-final", "playoff", "playoffs", "squad", "referee", "kickoff",
                "kick-off", "relegation", "relegated", "derby", "goalless", "fixture", "fixtures", "standings",
                "winger", "forward", "title", "champions", "match", "matches", "season", "clubs", "club"}
SPORTS_DOCUMENT_MIN = 5
#: Words of the names of competitions and their stages ("Champions League", "German Cup", "Group B"):
#: in a sports document such a name is an event, not an organisation.
COMPETITION_WORDS = {"league", "bundesliga", "liga", "cup", "group", "stage", "championship", "championships",
                     "olympics", "tournament", "serie", "division"}
#: Prepositions before a place where the sides play, unless a result word comes first ("loss to X").
SIDE_PREPS = {"at", "to", "from"}
RESULT_WORDS = {"loss", "lose", "loses", "lost", "losing", "fell", "fall", "falls", "defeat", "defeats", "win",
                "wins", "victory", "draw", "drew", "beaten", "beat", "succumbed", "went", "go", "goes", "moved",
                "move", "transfer", "transferred", "switch", "switched", "return", "returned", "returns"}


def sports_document(doc: Doc) -> bool:
    """A report about sport: SPORTS_DOCUMENT_MIN different words only sport uses (cached per doc)."""
    key = "kg.sports_document"
    if key not in doc.user_data:
        words = len(SPORTS_WORDS.intersection(distinct_words(doc, LOWER)))  # not one Python Token per word
        doc.user_data[key] = words >= SPORTS_DOCUMENT_MIN
    return doc.user_data[key]


def sports_names(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """In a sports document a town standing alone is its club ("Bielefeld were relegated", "a draw
    with Bremen", "Leverkusen's coach"), except where it is the place of something ("in Munich",
    "traveled to Munich"); competitions ("Bundesliga", "Champions League", "Group B") are dropped."""
    out = []
    for s, t in typed:
        if t == ORGANIZATION and competition(s):
            continue
        if t in (PLACE, PERSON) and town_as_side(s) or t == PERSON and (team_nickname(s) or club_word(s)):
            t = ORGANIZATION
        out.append((s, t))
    return out


def club_word(span: Span) -> bool:
    """"fourth-placed Hertha": one word of clubs' names (cue_words.tsv) standing alone is the club,
    even where it is also a given name."""
    return len(span) == 1 and gazetteer.fold(span.text) in gazetteer.cue_words("org") and not has_person_evidence(span)


def team_nickname(span: Span) -> bool:
    """"the Royal Blues", "the Quorvats": a plural name after "the" in a sports report is a team's
    nickname (a person's name takes no article)."""
    doc = span.doc
    last = span[-1].text
    return (span.start > 0 and doc[span.start - 1].lower_ == "the" and last[:1].isupper() and last.endswith("s")
            and not last.endswith("ss") and not has_person_evidence(span))


def competition(span: Span) -> bool:
    """A competition or one of its stages: a name with a competition word and no known body's name."""
    if gazetteer.organization(span.text):
        return False
    return any(tok.text[:1].isupper() and tok.lower_ in COMPETITION_WORDS for tok in span)


def town_as_side(span: Span) -> bool:
    """A one-word town or region not named as a place (after "in", "near"; "to", "at", "from"
    unless a result word comes before them: "a loss to Hanover")."""
    doc = span.doc
    text = span.text
    if len(span) != 1 or gazetteer.country(text) or text.lower() in CONTINENTS or text.isupper():
        return False
    if not (gazetteer.city(text) or gazetteer.region(text)):
        return False
    if span.label_ == "PERSON" and has_person_evidence(span):
        return False
    if span.start > 0:
        prev = doc[span.start - 1].lower_
        if prev in SIDE_PREPS:
            return span.start > 1 and doc[span.start - 2].lower_ in RESULT_WORDS | SPORTS_WORDS | gazetteer.cue_words("sport") - {"home"}
        if prev in LOCATIVE:
            return False
    return True


def scored_names(sent: Span) -> set[int]:
    """Starts of capitalised words followed by a small number ("Northtown 2 Southville 1"),
    not by a date ("London 1996-08-30")."""
    doc = sent.doc
    out = set()
    for tok in sent:
        i = tok.i + 1
        if not (tok.is_alpha and tok.text[:1].isupper()) or i >= sent.end:
            continue
        nxt = doc[i]
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        if nxt.text.isdigit() and len(nxt.text) <= 3 and after not in {"-", "/", ".", ":"}:
            j = tok.i
            while j > sent.start and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper():
                j -= 1
            out.add(j)
    return out


def opens_table_row(span: Span) -> bool:
    """The name opens a line followed by three or more numbers only: a standings table row."""
    doc = span.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].whitespace_ and not doc[span.start - 1].is_space:
        return False
    numbers = 0
    for tok in doc[span.end :]:
        if "\n" in tok.text:
            break
        if not tok.is_space:
            if STAT.match(tok.text):
                numbers += 1
            elif tok.text not in {",", "(", ")", "-"}:
                return False  # a word: running text, not a row of numbers (no need to read on)
        if "\n" in tok.whitespace_:
            break
    return numbers >= 3


#: Words right before the other side of a match: "a qualifier against X", "fell versus X".
OPPONENT_WORDS = {"against", "versus", "vs", "vs.", "v", "v."}
#: Results whose other side follows after a preposition: "lost to X", "beaten by X", "a draw with X".
RESULT_PREPS = {"to": {"lost", "lose", "loses", "losing", "fell", "falling", "fall", "falls", "succumbed", "bowed"},
                "by": {"beaten", "defeated", "thrashed", "held", "edged", "knocked", "eliminated", "humbled"},
                "with": {"draw", "drew", "drawn", "drawing", "tie", "tied"},
                "over": {"win", "wins", "victory", "triumph"}}


def opponent(span: Span) -> bool:
    """The name is the other side of a match in a sports document: after "against" or "versus",
    after "lost to", "beaten by", "a draw with", "win over", or the object of "beat"/"defeated"."""
    doc = span.doc
    if span.start < 1 or not sports_document(doc):
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in OPPONENT_WORDS:
        return True
    if span.start >= 2 and prev.lower_ in RESULT_PREPS and doc[span.start - 2].lower_ in RESULT_PREPS[prev.lower_]:
        return True
    return prev.lower_ in {"beat", "beats", "beating", "defeated", "defeating", "eliminated", "knocked"} \
        and span.root.dep_ == "dobj"


#: A number in a standings table: a count, a percentage (".556"), a half ("1/2"); not a year.
STAT = re.compile(r"^(?:\d{1,3}|\d{0,3}\.\d{1,3}|\d/\d)$")


#: Lower-case words a line of results or standings may hold besides names and numbers:
#: "Northshire 310 and 144", "Northshire 22 points , Southshire 4".
RESULT_LINE_WORDS = {"and", "points", "point", "pts", "for", "dec", "declared", "v", "vs"}
SIDE_SCORE = re.compile(r"^(?:\d{1,3}|\d{1,3}-\d{1,3})$")


def result_line_sides(doc: Doc) -> list[Span]:
    """The sides of lines of results ("Northtown 2 Southville 1", "Northshire 310 and 144 ,
    Southshire 218"): a line of names, scores and punctuation only (bracketed parts aside) in
    which two or more capitalised names are each followed by a score. Each such name is a club;
    countries are left as they are (a national side keeps its country's type), and so are
    names led by a given name (a golfer's rounds: "Jo Doe 69 71")."""
    out: list[Span] = []
    if not len(doc):
        return out
    digits = running_count(words_where(doc, _has_digit))
    prose, brackets = running_count(words_where(doc, _prose_word)), running_count(words_where(doc, _bracket))
    for start, end in lines(doc):
        if digits[end] == digits[start]:
            continue  # no score, no number of a table: no need to read it
        # a lower-case word of running text, with no bracket it could be inside: no line of results (a table's row
        # at most)
        ok = prose[end] == prose[start] or brackets[end] > brackets[start]
        toks = [t for t in doc[start:end] if not t.is_space] if ok else []
        depth, sides, k = 0, [], 0
        while k < len(toks):
            t = toks[k]
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                pass
            elif t.is_alpha and t.text[:1].isupper():
                j = k
                while j < len(toks) and toks[j].is_alpha and toks[j].text[:1].isupper() and toks[j].i == toks[k].i + (j - k):
                    j += 1
                n = j  # the score, after a bracketed country if any: "Northtown ( Ruritania ) 92"
                if n + 3 < len(toks) and toks[n].text == "(" and toks[n + 2].text == ")" and toks[n + 1].is_alpha:
                    n += 3
                after = toks[n + 1].text if n + 2 < len(toks) else ""  # a full stop ending the line is no decimal point
                if n < len(toks) and SIDE_SCORE.match(toks[n].text) and j - k <= 4 and after not in {"-", "/", ".", ":"} \
                        and toks[k].lower_ not in STOP_WORDS:  # not bowling figures "10-0-41-2", not "IN 50 OVERS"
                    sides.append(doc[toks[k].i : toks[j - 1].i + 1])
                k = max(j, n)
                continue
            elif (t.is_alpha and t.lower_ not in RESULT_LINE_WORDS) or not (t.is_alpha or t.is_punct or NUMBER_LIKE.match(t.text)):
                ok = False  # a lower-case word of running text, or a symbol
                break
            k += 1
        if not (ok and len(sides) >= 2):
            i = start  # or the name opening a row of a standings table: "NORTHTOWN 72 61 .541 2"
            while i < end and i - start <= 4 and doc[i].is_alpha and doc[i].text[:1].isupper():
                i += 1
            sides = [doc[start:i]] if 0 < i - start <= 4 and opens_table_row(doc[start:i]) else []
        if sides:
            out += [s for s in sides if not gazetteer.country(s.text)
                    and not (len(s) > 1 and gazetteer.given_name(s[0].text))]  # "Jo Doe 69 70": a golfer
    return out


NUMBER_LIKE = re.compile(r"^[\d.,:/-]+$")


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _prose_word(word: str) -> bool:
    """A word no line of results holds outside brackets: "Northtown beat Southville"."""
    return word.isalpha() and not word[:1].isupper() and word.lower() not in RESULT_LINE_WORDS


def _bracket(word: str) -> bool:
    return word in {"(", ")"}


#: Lower-case marks of a cricket scorecard before a fielder's or bowler's name: "c Doe b Roe", "lbw b Roe", "st Doe".
DISMISSAL_MARKS = {"c", "b", "st", "lbw"}
FIGURES = re.compile(r"^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$")


def cricket_player(span: Span) -> bool:
    """A name in a cricket scorecard: followed by a bowling analysis ("Roe 10-2-41-3", overs,
    maidens, runs, wickets) or after a dismissal mark ("c Doe b Roe"). Only a player has either."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text in DISMISSAL_MARKS:
        return True
    if span.end == len(doc) or not doc[span.end].text[:1].isdigit():
        return False  # the analysis starts right after the name
    rest = "".join(t.text for t in doc[span.end : span.end + 7])
    m = re.match(r"^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}", rest)
    return m is not None and (len(rest) == m.end() or not rest[m.end()].isdigit())


def team_role_after(span: Span) -> bool:
    """A team's role right after the name, or after its possessive and an adjective or two:
    "Northtown coach", "Northtown 's Danish captain"."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text in {"'s", "'"}:
        k += 1
        while k < min(len(doc), span.end + 4) and doc[k].pos_ in {"ADJ", "PROPN"} and doc[k].lower_ not in TEAM_ROLES:
            k += 1
    if k + 2 < len(doc) and doc[k].lower_ == "all" and doc[k + 1].text == "-":
        k += 2  # "all-rounder", tokenised "all - rounder"
    return k < len(doc) and doc[k].lower_ in TEAM_ROLES


#: The word between the sides of a fixture inside a line: "Postponed : Northtown v Southville".
VERSUS = {w for w in FIXTURE_WORDS if w.islower()}  # the lower-case "v"/"vs" of FIXTURE_WORDS


def versus_side(span: Span) -> bool:
    """The name is one side of "X v Y" (a lower-case "v" or "vs" between capitalised words):
    a fixture, even inside a longer line ("Postponed : Northtown v Southville", "May 17 v Northtown")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in VERSUS and doc[span.end + 1].text[:1].isupper():
        return True
    return span.start >= 1 and doc[span.start - 1].text in VERSUS and (
        span.start == 1 or doc[span.start - 2].text[:1].isupper() or doc[span.start - 2].text.isdigit())


#: A time or a distance in an athletics or racing result: "3:45.011", "50.31", "8.12".
MEASURE = re.compile(r"^\d{1,3}(?::\d{2})*[.:]\d{1,3}$")


def athlete_result(span: Span) -> bool:
    """A name with a country in brackets, then a time or a distance ("Doe ( Ruritania ) 3:45.011"):
    an athlete's result; a team's score is a whole number ("Northtown ( Ruritania ) 92")."""
    doc = span.doc
    k = span.end
    return (k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")"
            and bool(gazetteer.country(doc[k + 1].text)) and MEASURE.match(doc[k + 3].text) is not None)
