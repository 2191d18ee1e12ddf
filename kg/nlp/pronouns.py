"""Pronouns to the people they refer to (within-document coreference for ``kg_aliases``).

- he/she/him/her/his to the most recent person that was a subject (of the main clause first), else the most recent
  person; never to a person whose given name only the other sex bears, nor across a clause of others;
- "I/me/my" inside a quotation to the person the quotation is attributed to, and "Q:"/"A:" turns of an interview.

Works on tokens, dependency labels and the clusters :mod:`kg.nlp.aliases` has built, so the rules run on
hand-built parses in tests.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import numpy

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from kg.model import COUNTRY, ORGANIZATION, PERSON
from kg.nlp import gazetteer
from kg.nlp.clusters import SUBJECT_DEPS, Cluster
from kg.nlp.lines import line_of, lines, tokens_where, words_where
from kg.nlp.names import FORMS_OF_ADDRESS, name_key
from kg.nlp.parties import speaker_label
from kg.nlp.quotes import QUOTE_MARKS
from kg.nlp.subjects import named_for
from kg.nlp.title_phrases import styled
from kg.nlp.titles import APPOINT_VERBS, REPORT_VERBS, entity_at
from kg.nlp.trigger_words import TRAVEL_VERBS

__all__ = ["resolve_first_person", "resolve_pronouns"]

PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: Nouns of a journey whose owner a "when" clause after it goes on about: "the visit of X to Z, when he ...".
VISIT_WORDS = {"visit", "visits", "trip", "trips", "tour", "journey", "stay", "stopover"}
#: The sex a pronoun refers to: a person whose given name only the other sex bears is not its antecedent.
PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: Dependencies of a pronoun that is an object: "will receive him", "spoke with her".
OBJECT_DEPS = {"dobj", "pobj", "dative"}
#: First-person pronouns: inside a quotation they are the person it is attributed to.
FIRST_PERSON = {"i", "me", "my"}
#: Verbs attributing a quotation: '"...," X told the paper', 'X said: "..."'.
ATTRIBUTION_VERBS = {"say", "tell", "add", "write", "insist", "recall", "explain", "note", "stress", "ask"}


def resolve_pronouns(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """he/she/him/her/his -> the latest person that was a subject before it, else the latest person; not
    one whose given name only the other sex bears, nor one a pronoun of the other sex in the same sentence stands
    for ("she sat behind X as he negotiated": he is X, the one of the other sex just named)."""
    person_at = {}
    for c in clusters:
        if c.type == PERSON:
            for p in c.positions:
                person_at[p] = c
    starts = sorted(person_at)
    by_key = {c.key: c for c in clusters if c.type == PERSON}
    # (not a transcript's speaker label: "Lin Jian: (...) Y visited Russia. In Moscow, he held talks": Y)
    labels = {p for p in starts if speaker_label(doc[p])}
    for tok in tokens_where(doc, lambda w: w in PRONOUNS, attr=LOWER):
        if tok.pos_ != "PRON" or tok.i in refs or styled(tok):
            continue
        other_sex = {"m": "f", "f": "m"}[PRONOUN_SEX[tok.lower_]]
        told = {refs[t.i] for t in doc[tok.sent.start : tok.i] if t.i in refs and t.pos_ == "PRON"
                and PRONOUN_SEX.get(t.lower_) == other_sex}  # whom the other sex's pronouns before stand for
        told |= turn_speakers(tok, by_key.values())  # "Hanada: (...) She established a rapport with X": not
        # the one speaking, who is "I"
        fits = {k for k, c in by_key.items() if sex_of(c) != other_sex} - told
        # the clause's grammar goes over a dictionary's sex of a given name when no one named before the pronoun
        # fits ("Egyptian Foreign Minister Sameh X is due to travel to Munich, where he will meet Y")
        grammar = fits if any(person_at[p].key in fits for p in starts if p < tok.i) else \
            fits | {k for k, c in by_key.items() if not any(t in SEXED_TITLES for t in c.titles)} - told
        read = next((key for key in _grammatical_antecedents(tok, refs, person_at) if key in grammar), None)
        if read is not None:
            add(by_key[read], doc[tok.i : tok.i + 1], "pronoun")
            continue
        if _traveller_where(tok, refs) == UNNAMED:
            continue  # "the Minister will proceed to Z, where he will meet W": whoever the Minister is, not W's peer
        own_subjects = clause_subjects(tok, refs)  # "X spoke with Y and will host him": him is not X
        before = [p for p in starts if p < tok.i and tok.i - p < 80 and person_at[p].key not in own_subjects
                  and person_at[p].key in (grammar if p >= tok.sent.start else fits) and p not in labels]
        if not before:
            continue
        sent_start = tok.sent.start
        subjects = [p for p in before if doc[p].dep_ in SUBJECT_DEPS or _subject_head(doc[p])]
        # "X, whom Y named as his envoy, spent five hours there. Z greeted him": the main clause's subject over one of
        # a relative clause in it
        mains = {doc[p].sent.start for p in subjects if _main_subject(doc[p])}
        subjects = [p for p in subjects if doc[p].sent.start not in mains or _main_subject(doc[p])
                    or not any(a.dep_ == "relcl" for a in doc[p].ancestors)]
        if tok.dep_ in SUBJECT_DEPS and main_clause(tok.head) and not any(p >= sent_start for p in before):
            # "X said Y was ready. He also declined to comment": a sentence's subject goes on from the last one's
            # main clause, not from a clause inside it
            main = [p for p in subjects if _main_subject(doc[p])]
            subjects = main if main and main[-1] >= sent_start - 60 and doc[main[-1]].sent.end >= sent_start - 1 \
                else subjects
        # a subject near; else a person of the sentence before; else the story's subject further back; else the latest
        prev_start = doc[sent_start - 1].sent.start if sent_start else 0
        pick = subjects[-1] if subjects and subjects[-1] >= sent_start - 60 \
            else before[-1] if before[-1] >= prev_start \
            else subjects[-1] if subjects and subjects[-1] >= sent_start - 150 else before[-1]
        # "For X, the Vatican was a rare chance to work a crowd. He also met Y": the one the sentence before is about
        topic = (fronted_for(doc[sent_start - 1].sent, before) or subject_owner(doc[sent_start - 1].sent, before)) \
            if sent_start and tok.dep_ in SUBJECT_DEPS else None
        pick = topic if topic is not None and not any(prev_start <= p for p in subjects) else pick
        # "Tuesday's round was X's first since he toured the region": in a clause below the main one, the one the
        # sentence is about
        owner = subject_owner(tok.sent, before) if tok.dep_ in SUBJECT_DEPS and tok.head != tok.sent.root else None
        pick = owner if owner is not None and not any(p >= sent_start for p in subjects) else pick
        # "Y, who asked X to form a government, will receive him": the object is the one just named in its sentence,
        # not the last subject (but not the one a relative clause holding it is about: "Y, who called on her")
        about = [a.head for a in tok.ancestors if a.dep_ == "relcl"]
        here = [p for p in before if p >= sent_start and not described(doc, p, about)
                and (entity_at(doc, p) or doc[p : p + 1]).root.dep_ != "poss"]  # (not "X's predecessor")
        if tok.dep_ in OBJECT_DEPS and here or told and here:
            pick = here[-1]  # (and "she sat behind X as he negotiated": the one of the other sex just named)
        add(person_at[pick], doc[tok.i : tok.i + 1], "pronoun")
        person_at[tok.i] = person_at[pick]  # a mention now: "X said ... ," he said. He confirmed ...": X
        bisect.insort(starts, tok.i)


def turn_speakers(tok, people) -> set[str]:
    """Who speaks the interview turn or transcript line a token is in, by the label opening it ("Hanada: ..."); none
    elsewhere (an unlabelled answer's guest is only a guess, see :func:`interviewee`)."""
    label = turn_label(tok)
    return {c.key for c in labelled(label, people)} if label is not None else set()


def labelled(label: str, people) -> list[Cluster]:
    """The people a turn's label names by the last word of their name: "Iwaya", "SIKORSKI"."""
    return [c for c in people if name_key(c.name.split()[-1]) == name_key(label)]


def fronted_for(sent, before: list[int]) -> int | None:
    """The position of the person a sentence opens "For X," with, among ``before`` (a topic: "For X, the day was a
    chance to ..."), or None."""
    first = sent[0]
    if first.lower_ not in {"for", "to"} or first.dep_ != "prep" or first.head.dep_ != "ROOT":
        return None
    return next((p for p in before if sent.start < p < first.head.i and first in sent.doc[p].ancestors), None)


def subject_owner(sent, before: list[int]) -> int | None:
    """The position of the person whose possessive the main clause's subject of a sentence has, among ``before``
    ("X's trip began in Shanghai", "The trip, X's second to China, began", "The round was X's first": what the
    sentence is about), or None."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    owned = {subject.i} | {c.i for c in subject.children if c.dep_ == "appos"}
    # (the complement of "be" a possessive name stands for, parsed as the name: "was X's first")
    attrs = {c.i for c in sent.root.children if c.dep_ == "attr" and any(d.dep_ == "case" for d in c.children)} \
        if sent.root.lemma_ == "be" else set()
    roots = {p: (entity_at(sent.doc, p) or sent.doc[p : p + 1]).root for p in before if sent.start <= p < sent.end}
    return next((p for p in reversed(before) if p in roots and (
        roots[p].dep_ == "poss" and roots[p].head.i in owned or roots[p].i in attrs)), None)


def _grammatical_antecedents(tok, refs: dict[int, str], person_at: dict):
    """Whom the grammar of the pronoun's sentence says it stands for, most telling first (entity keys or None, read
    lazily)."""
    yield _coordinated_owner(tok, refs)  # "X's tour and his attempts": X
    yield _reported_speaker(tok, refs)  # "X said he would", "Y, who said he would": the speaker
    later = _fronted_for(tok, refs)  # "After his meeting with X, Vance posted"
    yield person_at[later].key if later in person_at else None
    yield _relative_head(tok, refs)  # "X, who had challenged Y to meet him": X
    yield _role_given(tok, refs)  # "Y appointed him special envoy (...). In that role he attended": the appointee
    yield _titled_subject(tok, refs)  # "The Special Envoy for Y, X, travelled to Z, where he met W": X
    yield _traveller_where(tok, refs)  # "X arrived in Z, where he was welcomed by W": X
    yield _visitor_when(tok, refs)  # "the visit of X to Z in January, when he was received by W": X


def _visitor_when(tok, refs: dict[int, str]) -> str | None:
    """The visitor a subject pronoun of a "when" or "during which" clause on a visit's phrase stands for: "the visit
    of X to Z in January, when he was received by W" (the clause hung on the visit's time or place), "X's trip to Z,
    when he ...", "X's state visit to Z in November, during which he held talks with W" (however it is parsed)."""
    clause = tok.head
    opener = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "prep"
                   and c.lower_ == "during" and [w.lower_ for w in c.children] == ["which"]), None)
    if tok.dep_ not in SUBJECT_DEPS or clause.dep_ not in {"relcl", "advcl"} or opener is None:
        return None
    if opener.lower_ == "when":
        trip = next((a for a in [clause.head, *clause.head.ancestors][:3] if a.lower_ in VISIT_WORDS), None)
    else:  # "which" is the visit told just before it
        trip = next((t for t in reversed(tok.doc[max(tok.sent.start, opener.i - 10) : opener.i])
                     if t.lower_ in VISIT_WORDS), None)
    owners = [p for c in trip.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"of", "by"}
              for p in ([c] if c.dep_ == "poss" else [q for q in c.children if q.dep_ == "pobj"])] if trip else []
    people = [refs[p.i] for p in owners if p.i in refs and p.ent_type_ == PERSON]
    return people[0] if len(people) == 1 else None


def described(doc: Doc, start: int, heads: list) -> bool:
    """The name starting at ``start`` is what one of the relative clauses with these ``heads`` is about ("X, the
    ambassador, who called on her"), by itself or through its apposition."""
    ent = entity_at(doc, start)
    span = range(ent.start, ent.end) if ent is not None else range(start, start + 1)
    return any(h.i in span or h.dep_ == "appos" and h.head.i in span for h in heads)


def main_clause(verb) -> bool:
    """The verb heads its sentence's main clause, or the clause a source's verb after it reports ("On Sunday she
    received X, Downing Street said")."""
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i \
        and verb.head.lemma_.lower() in REPORT_VERBS


#: Titles only one sex holds: "Queen Camilla" is a woman, though her name alone tells no sex.
SEXED_TITLES = {"king": "m", "emperor": "m", "sultan": "m", "emir": "m", "amir": "m", "crown prince": "m",
                "grand duke": "m", "queen": "f", "empress": "f", "crown princess": "f"}


def sex_of(person: Cluster) -> str | None:
    """"m" or "f" as a person's given name (borne by one sex only) or title tells, else None."""
    words = person.name.split()
    if len(words) == 2 and words[0].isupper() and len(words[0]) > 1 and words[1].istitle():
        return gazetteer.name_gender(words[1])  # "KAMIKAWA Yoko": the family name in capitals, put first
    if person.given:
        return gazetteer.name_gender(person.given)
    return next((SEXED_TITLES[t] for t in person.titles if t in SEXED_TITLES), None)


def resolve_first_person(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """I/me/my inside a quotation -> the person it is attributed to ('"When I spoke to X last week, we
    agreed ...," Y told the paper': Y spoke to X); in a transcript's turn, the person its label names
    ("SIKORSKI: I spoke with Secretary Blinken on Friday"); in an interview's answers, its guest, who is "you" in its
    questions and among the "we" of its answers."""
    people = {c.key: c for c in clusters if c.type == PERSON}
    by_surname: dict[str, list[Cluster]] = {}
    for c in people.values():
        if c.surname and c.given:
            by_surname.setdefault(c.surname, []).append(c)
    author = release_author(doc, refs)
    answers = interviewee(doc, refs)
    asked = unlabelled_questions(doc, lines(doc)) if answers is not None else []
    asked_from = asked[0] if asked else None
    quotes = quotations(doc)
    for tok in tokens_where(doc, lambda w: w in FIRST_PERSON, attr=LOWER):
        if tok.pos_ != "PRON" or tok.i in refs:
            continue
        quoted = quote_speaker(tok, refs, quotes)
        if quoted in people:
            add(people[quoted], doc[tok.i : tok.i + 1], "pronoun")
        elif (label := turn_label(tok)) and len(named := by_surname.get(name_key(label))
                                                 or labelled(label, people.values())) == 1:
            add(named[0], doc[tok.i : tok.i + 1], "pronoun")  # (or one named by the label's word alone: "Iwaya")
        elif answers in people and (answer_turn(tok) or asked_from is not None and tok.i > asked_from
                                    and not question_turn(tok) and not in_quotation(tok, quotes)):
            add(people[answers], doc[tok.i : tok.i + 1], "pronoun")  # an interview's "A: I met him on Tuesday" (in
            # one without labels, any "I" after its first question outside one: the guest's)
        elif author in people and not in_quotation(tok, quotes):
            add(people[author], doc[tok.i : tok.i + 1], "pronoun")  # a minister's release in the first person
    # "Minister, you spoke with X last Thursday. What did you talk about?": an interview's question to its guest
    for tok in tokens_where(doc, lambda w: w == "you", attr=LOWER) if answers in people else ():
        if tok.pos_ == "PRON" and tok.i not in refs and question_turn(tok) and not in_quotation(tok, quotes):
            add(people[answers], doc[tok.i : tok.i + 1], "pronoun")
    # "A: (...) I led a delegation to Ankara, where we had a long meeting with X": the guest and their side, the guest
    # among them, when a person is whom "we" met (not "We talk to China": the guest's country)
    for tok in tokens_where(doc, lambda w: w == "we", attr=LOWER) if answers in people else ():
        if tok.pos_ == "PRON" and tok.i not in refs and tok.dep_ == "nsubj" and not in_quotation(tok, quotes) and (
                answer_turn(tok) or asked_from is not None and tok.i > asked_from and not question_turn(tok)) \
                and any(t.ent_type_ == PERSON and t.i > tok.i for t in tok.head.subtree):
            add(people[answers], doc[tok.i : tok.i + 1], "pronoun")


#: Words beside a name alone on a release's first lines, besides its forms of address: "The Hon Pat Conroy MP",
#: "Senator the Hon X".
HEADER_WORDS = {"the", "mp", "mp.", "senator", "sen.", "minister"}
#: How many lines of a release's head the name of its author may be on.
AUTHOR_LINES = 3


def release_author(doc: Doc, refs: dict[int, str]) -> str | None:
    """The person a release is by, whose "I" it is outside quotations: named on one of its first lines with nothing
    else there but forms of address and post-nominals ("The Hon Pat Conroy MP" over "Minister for ...")."""
    for start, end in lines(doc)[:AUTHOR_LINES]:
        people = {refs[t.i] for t in doc[start:end] if t.i in refs and t.ent_type_ == PERSON}
        if len(people) == 1 and all(t.i in refs or t.lower_ in HEADER_WORDS | FORMS_OF_ADDRESS or t.is_punct
                                    for t in doc[start:end]):
            return next(iter(people))
    return None


def in_quotation(tok, quotes: Quotations) -> bool:
    """The token is inside a quotation that opens in its paragraph."""
    return (bisect.bisect_left(quotes.marks, tok.i) - bisect.bisect_left(quotes.marks, paragraph_start(tok))) % 2 == 1


def paragraph_start(tok) -> int:
    """The index of the first token of the token's paragraph (its line)."""
    return line_of(tok.doc, tok.i)[0]


#: Labels of an interview's answers: "A:", "Answer:".
ANSWER_LABELS = {"a", "answer"}
#: Labels of an interview's questions: "Q:", "Question:".
QUESTION_LABELS = {"q", "question"}


def label_of(doc: Doc, start: int) -> str | None:
    """The word of a one-word label opening a line at token ``start`` ("Q:", "A:"), lower case; None if none."""
    return doc[start].lower_ if start + 1 < len(doc) and doc[start + 1].text == ":" else None


def interviewee(doc: Doc, refs: dict[int, str]) -> str | None:
    """The person an interview in questions and answers ("Q: ..." / "A: ...", two of each or more; or, in a text that
    calls itself an interview, paragraphs of questions each followed by an answer) is with: the one its introduction,
    before the first question, names most (the first of them on a tie); None for other texts."""
    spans = lines(doc)
    starts = [start for start, _ in spans]
    labels = [label_of(doc, k) for k in starts]
    if sum(w in QUESTION_LABELS for w in labels) >= 2 and sum(w in ANSWER_LABELS for w in labels) >= 2:
        first = starts[next(k for k, w in enumerate(labels) if w in QUESTION_LABELS)]
    elif len(asked := unlabelled_questions(doc, spans)) >= 2:
        first = asked[0]
    else:
        return None
    # (not the byline's author, "By X", "Interview by X", nor the interviewer: "X spoke to her", "She spoke to X")
    furniture = {k for start, end in spans if start < first and any(t.lower_ == "by" for t in doc[start : start + 2])
               for k in range(start, end)}
    # (nor a masthead in capitals: "AL-QUORAN WEEKLY | INTERVIEW")
    furniture |= {k for start, end in spans if start < first
                  and all(not t.is_alpha or t.is_upper for t in doc[start:end]) for k in range(start, end)}
    intro = [t for t in doc[:first] if t.i in refs and t.ent_type_ == PERSON and t.i not in furniture]
    asking = {refs[t.i] for t in intro if (verb := interview_verb(t)) is not None and interview_party(verb, t)
              in PRONOUNS}
    # the one spoken to, met or interviewed by the paper, if the introduction says so ("We spoke to Minister X")
    guests = {refs[t.i] for t in intro if (verb := interview_verb(t)) is not None
              and interview_party(verb, t) in {"we", "us", "ORG"}}
    if len(guests) == 1:
        return guests.pop()
    named = [refs[t.i] for t in intro if (t.i == 0 or refs.get(t.i - 1) != refs[t.i]) and refs[t.i] not in asking]
    return max(dict.fromkeys(named), key=named.count) if named else None


def interview_verb(t):
    """The verb of speaking, meeting or interviewing a name is the subject or object of ("X spoke to her", "We spoke
    to X"), or None."""
    head = t
    while head.dep_ in {"compound", "flat", "appos"} and head.head != head:
        head = head.head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return verb if head.dep_ in {"nsubj", "dobj", "pobj"} and verb.lemma_.lower() in INTERVIEW_VERBS else None


def interview_party(verb, t) -> str | None:
    """The other side of an interview verb than the name at t: its pronoun in lower case, "ORG" for a body (the
    paper: "The Review met him"), else None."""
    words = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
    words += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    other = next((w for w in words if t not in w.subtree), None)
    if other is None:
        return None
    return "ORG" if other.ent_type_ in {"ORG", ORGANIZATION} else other.lower_


#: Verbs by which an interview's introduction names its guest: "We spoke to X", "The Review met X", "X received us".
INTERVIEW_VERBS = {"speak", "talk", "meet", "interview", "sit", "receive"}


def unlabelled_questions(doc: Doc, spans: list[tuple[int, int]]) -> list[int]:
    """Where the questions of an interview without labels start: in a text that calls itself an interview, the lines
    that end with a question mark and are followed by a line that does not."""
    if not any(t.lower_ in {"interview", "interviewed"} for t in doc):
        return []
    asked = [k for k, (start, end) in enumerate(spans) if doc[end - 1].text == "?"]
    return [spans[k][0] for k in asked if k + 1 < len(spans) and k + 1 not in asked]


def question_turn(tok) -> bool:
    """The token is in a question of an interview: its line opens with "Q:", or ends with a question mark."""
    doc = tok.doc
    start, end = line_of(doc, tok.i)
    last = next((t for t in reversed(doc[start:end]) if not t.is_space), None)
    return label_of(doc, start) in QUESTION_LABELS or last is not None and last.text == "?"


def answer_turn(tok) -> bool:
    """The token is in an answer of an interview: its line opens with "A:", or, in an interview without labels, the
    line before it asks a question and it does not (see :func:`unlabelled_questions`)."""
    doc = tok.doc
    start = paragraph_start(tok)
    if label_of(doc, start) in ANSWER_LABELS:
        return True
    before = next((t for t in reversed(doc[:start]) if not t.is_space), None)
    line_end = next((t for t in reversed(doc[start : line_of(doc, tok.i)[1]]) if not t.is_space), None)
    return before is not None and before.text == "?" and label_of(doc, start) is None \
        and line_end is not None and line_end.text != "?"


#: Labels of a transcript's turns that name no one: "QUESTION:", "MODERATOR:".
ANONYMOUS_LABELS = {"q", "question", "moderator", "host", "anchor", "interviewer", "reporter", "spokesperson",
                    "spokesman", "spokeswoman", "participant", "audience", "operator"}


def turn_label(tok) -> str | None:
    """The last word of the speaker label opening the line a token is on, in a transcript ("SIKORSKI:",
    "MR. PRICE:", "SECRETARY BLINKEN:", "Minister Iwaya:"): capitalised words and a colon; None if the line opens
    with none."""
    doc = tok.doc
    start = paragraph_start(tok)
    colon = next((k for k in range(start, min(tok.i, start + 5)) if doc[k].text == ":"), None)
    words = [t for t in doc[start:colon] if t.text != "."] if colon is not None and colon > start else []
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or words[-1].lower_ in ANONYMOUS_LABELS or len(words[-1]) < 3:
        return None
    return words[-1].text


class Quotations(NamedTuple):
    """Where a document's quotation marks and its verbs of saying are (token indices, in order), read once."""

    marks: list[int]
    said: list[int]


def quotations(doc: Doc) -> Quotations:
    """The document's quotation marks and verbs of saying (:data:`ATTRIBUTION_VERBS`)."""
    said = numpy.flatnonzero(words_where(doc, lambda lemma: lemma.lower() in ATTRIBUTION_VERBS, attr=LEMMA)).tolist()
    return Quotations(numpy.flatnonzero(words_where(doc, QUOTE_MARKS.__contains__)).tolist(),
                      [i for i in said if doc[i].pos_ == "VERB"])


def quote_speaker(tok, refs: dict[int, str], quotes: Quotations) -> str | None:
    """The entity a quotation holding the token is attributed to, by a verb of saying right after the
    quotation closes or right before it opens, else by the last one before it, within the paragraph; None if
    the token is not quoted."""
    doc = tok.doc
    start = paragraph_start(tok)
    first, here = bisect.bisect_left(quotes.marks, start), bisect.bisect_left(quotes.marks, tok.i)
    if (here - first) % 2 == 0:
        return None
    opening = quotes.marks[here - 1]
    after = quotes.marks[here] if here < len(quotes.marks) else len(doc)
    closing = after if after < min(len(doc), tok.i + 150) else None
    windows = [(max(start, opening - 8), opening, False)]
    if closing is not None and "\n" not in doc[closing].whitespace_:
        end = next((t.i + ("\n" not in t.text) for t in doc[closing + 1 : min(len(doc), closing + 9)]
                    if "\n" in t.text + t.whitespace_), min(len(doc), closing + 9))
        windows.insert(0, (closing + 1, end, False))  # within the paragraph: not "... April." Risch said next
    # else the speaker of a quotation before it in the paragraph: '"...," X told reporters. "I spoke with Y."'
    windows.append((start, opening, True))
    for low, high, backwards in windows:
        verbs = quotes.said[bisect.bisect_left(quotes.said, low) : bisect.bisect_left(quotes.said, high)]
        for i in reversed(verbs) if backwards else verbs:
            said_by = [c for c in doc[i].children if c.dep_ in SUBJECT_DEPS and c.i in refs]
            if said_by:
                return refs[said_by[0].i]
    return None


def clause_subjects(tok, refs: dict[int, str]) -> set[str]:
    """The people an object pronoun cannot be: the subject of its own clause, or of the verb the
    clause's verb is coordinated with ("X spoke with Y and will host him"), or that takes the clause or the noun the
    pronoun is the partner of ("X, who is also attending, is expected to hold talks with him")."""
    if tok.dep_ == "poss" and tok.head.ent_type_ == "DATE" and tok.head.dep_ == "pobj":
        tok = tok.head  # "held talks with her last month" parsed as "with (her last month)"
    if tok.dep_ not in {"dobj", "dative", "pobj"} or tok.lower_ not in {"him", "her", "them"} and tok.ent_type_ != "DATE":
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in {"conj", "xcomp"} and not (verb.dep_ == "dobj" and verb.pos_ == "NOUN") \
                or verb.head == verb:
            break
        verb = verb.head
    return {refs[i] for c in subjects for i in range(c.left_edge.i, c.i + 1) if i in refs}


def _coordinated_owner(tok, refs: dict[int, str]) -> str | None:
    """A possessive pronoun in a phrase coordinated with a person's own: "X's tour and his attempts" -> X; or with
    the person: "talks with intelligence chief X and his deputy, Y" -> X."""
    if tok.dep_ != "poss" or tok.lower_ not in {"his", "her"}:
        return None
    head = tok.head
    if head.dep_ == "conj" and head.head.i in refs and head.head.ent_type_ == PERSON and head.head.i < tok.i:
        return refs[head.head.i]
    while head.dep_ == "conj" and head.head != head:
        head = head.head
        owners = [c for c in head.children if c.dep_ == "poss" and c.i in refs]
        if owners:
            return refs[owners[0].i]
    return None


def _fronted_for(tok, refs: dict[int, str]) -> int | None:
    """The start of the main subject's name when a pronoun sits in a phrase fronted before it; not when
    a person is named before the pronoun ("X flies to Y, where he will ..., Z told reporters": X)."""
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subj or subj[0].i <= tok.i or subj[0].i not in refs:
        return None
    if root.lemma_.lower() in ATTRIBUTION_VERBS and any(a.dep_ == "ccomp" and a.head == root for a in tok.ancestors):
        return None  # "On Monday he held calls with Y, X said": the source, not the one told of
    if any(t.i in refs and t.ent_type_ == PERSON for t in tok.doc[tok.sent.start : tok.i]):
        return None
    key = refs[subj[0].i]
    start = subj[0].i
    while start - 1 >= 0 and refs.get(start - 1) == key:
        start -= 1
    return start


#: Nouns of a post a sentence opens with: "In that role he attended ...", "In this capacity she met ...".
ROLE_NOUNS = {"role", "capacity", "post", "position", "job", "office"}
#: Verbs that give someone a post, its holder their object: "Y appointed him special envoy", "made him envoy".
ROLE_GIVING_VERBS = APPOINT_VERBS | {"choose", "make"}


def _role_given(tok, refs: dict[int, str]) -> str | None:
    """The one the sentence before gave a post, for the subject pronoun of a sentence opening "In that role": "In 2023,
    Y appointed him Japan's special envoy for the Pacific. In that role he attended the forum" -> the appointee (not
    Y)."""
    sent, doc = tok.sent, tok.doc
    if tok.dep_ not in SUBJECT_DEPS or sent.start == 0 or len(sent) < 4 or sent[0].lower_ != "in" \
            or sent[1].lower_ not in {"that", "this", "the", "his", "her"} or sent[2].lower_ not in ROLE_NOUNS:
        return None
    given = {refs[c.i] for v in doc[sent.start - 1].sent if v.pos_ == "VERB" and v.lemma_.lower() in ROLE_GIVING_VERBS
             for c in v.children if c.dep_ in {"dobj", "dative", "nsubjpass"} and c.i in refs
             and (c.ent_type_ == PERSON or c.pos_ == "PRON")}
    return given.pop() if len(given) == 1 else None


def _titled_subject(tok, refs: dict[int, str]) -> str | None:
    """The one person named inside the sentence's subject when the subject is a title phrase, for a pronoun after
    the main verb: "the Special Representative of Y for Z, X, travelled to Niamey, where he met W" -> X."""
    root = tok.sent.root
    if tok.i <= root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i in refs or subject.pos_ == "PRON":
        return None
    people = {refs[t.i] for t in subject.subtree if t.i in refs and t.ent_type_ == PERSON}
    return people.pop() if len(people) == 1 else None


#: What :func:`_traveller_where` returns for a traveller named by a title only, whom no one was found for.
UNNAMED = ""


def _traveller_where(tok, refs: dict[int, str]) -> str | None:
    """The person who travels somewhere, for a subject pronoun of the "where" clause about the place: "X arrived at
    the Y air base, where he was welcomed by W", "X will travel to Z, where she will meet W" -> X; UNNAMED for a
    title whose holder is unknown ("the Minister will proceed to Z, where he ...")."""
    clause = tok.head
    if clause.dep_ == "conj" and clause.head.dep_ == "relcl":
        clause = clause.head  # "where Y will host him and he is scheduled to meet Z": the "where" clause's conjunct
    if tok.dep_ not in SUBJECT_DEPS | {"dobj"} or clause.dep_ != "relcl" or not any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
        return None
    verb, legs = clause.head, 0
    while legs < 3:
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            leg = verb.dep_ == "conj" and verb.pos_ == "ADP"
            verb = verb.head  # "arrived in Z, where": up from the place to the verb of the journey
        if verb.lemma_.lower() in TRAVEL_VERBS:
            break
        if verb.dep_ in {"advcl", "xcomp"} and verb.head.lemma_.lower() in TRAVEL_VERBS:
            verb = verb.head  # "travelled to A to meet X, then to B, where Y received him": "to B" hung on "meet"
            break
        # "travelled to A, where he was received by X, and then to B, where Y hosted him", "and then to B" parsed as
        # a conjunct of the first "where" clause: up to the journey's verb
        if not (leg and verb.dep_ == "relcl"):
            return None
        verb, legs = verb.head, legs + 1
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # (a title's name in apposition: "Niger's Foreign Minister X travelled to Z, where he ..." parsed with the title
    # the subject)
    subjects += [a for c in subjects if c.lower_ in gazetteer.title_words() for a in c.children if a.dep_ == "appos"]
    # (the one a relative clause of the journey is about: "X, Minister of State at Y, who travelled to A and then to
    # B, where he held talks with W")
    subjects = [named_for(verb.head, True) if c.lower_ == "who" and verb.dep_ == "relcl" else c for c in subjects]
    people = [refs[c.i] for c in subjects if c.i in refs and (c.ent_type_ == PERSON or c.pos_ == "PRON")]
    if not people and any(c.i not in refs and c.lower_ in gazetteer.title_words() for c in subjects):
        return UNNAMED  # "the Minister will proceed to Z, where he ...": a title no one was found for
    return people[0] if len(people) == 1 else None


def _reported_speaker(tok, refs: dict[int, str]) -> str | None:
    """The speaker a subject pronoun of reported speech stands for: "X said he would", "Y, who said she was
    ready" (the person the relative pronoun follows), "X told reporters he ..."; None otherwise, and when the speaker
    comes after the speech ("On Thursday he is due in Entebbe, spokesperson X said": one told before)."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head != clause and any(c.lower_ == "that" and c.dep_ == "mark"
                                                                   for c in clause.children):
        clause = clause.head  # "X said he had spoken with Y, and that he would see Z": the second clause said too
    if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in ATTRIBUTION_VERBS:
        return None
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "who called X a liar and said he would": the subject of "called"
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subj.i in refs and subj.ent_type_ == PERSON and subj.i < tok.i:
            return refs[subj.i]
        if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl" and verb.head.i in refs \
                and verb.head.ent_type_ == PERSON:
            return refs[verb.head.i]
    return None


def _relative_head(tok, refs: dict[int, str]) -> str | None:
    """The person a relative clause opened by "who" is about, for an object pronoun in a clause the relative clause's
    verb governs: "X, who had challenged Y to meet him" -> X (him is not Y, who is to do the meeting; but in "X, who
    called on her", her is not X)."""
    if tok.dep_ not in {"dobj", "pobj"} or tok.lower_ not in {"him", "her"}:
        return None
    own = verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while verb.dep_ in {"xcomp", "ccomp"} and verb.head != verb and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    if verb == own or verb.dep_ != "relcl" or verb.head.ent_type_ != PERSON or verb.head.i not in refs:
        return None
    return refs[verb.head.i] if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) else None


def _main_subject(tok) -> bool:
    """The token is in the subject of its sentence's main verb (or is a name the parser made the root, see
    :func:`_rooted_name`)."""
    while tok.dep_ in {"compound", "flat", "nmod", "appos"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT" or _rooted_name(tok) or _fronted_name(tok)


def _subject_head(tok) -> bool:
    """The token is inside a subject noun phrase (its head chain reaches nsubj before a verb), or owns the subject
    ("The diplomat's outreach extended beyond the capital. On Monday he held ..."), or is a name the parser made the
    sentence's root (see :func:`_rooted_name`)."""
    while (tok.dep_ in {"compound", "flat", "nmod", "appos", "det", "amod"}
           or tok.dep_ == "conj" and tok.head.ent_type_ in {COUNTRY, "GPE"}) and tok.head != tok:
        tok = tok.head  # (a title mention opens with its article: "The pope will then fly"; "Staffan" of "Staffan de
        # Mistura" parsed as a modifier; "Trinidad and Tobago's Prime Minister X travelled" with X a conjunct of the
        # country's first word, the subject)
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS or _rooted_name(tok) \
        or _fronted_name(tok)


def _fronted_name(tok) -> bool:
    """A name opening its sentence, hung on the main verb after it as no subject while that verb has none: "X kept
    travelling" parsed with X an adverb of "kept"."""
    verb = tok.head
    return tok.ent_type_ == PERSON and tok.dep_ in {"advmod", "npadvmod", "dep"} and verb.dep_ == "ROOT" \
        and verb.pos_ in {"VERB", "AUX"} and verb.i > tok.i and tok.left_edge.i == tok.sent.start \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _rooted_name(tok) -> bool:
    """A name the parser made the sentence's root with its verb a clause on it: "X, who ..., spent Thursday in Y"
    ("spent" an acl), "X, who took office in January, arrived in Rome" ("arrived" a clause of "took")."""
    return tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and any(
        c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.i > tok.i for c in tok.children)
