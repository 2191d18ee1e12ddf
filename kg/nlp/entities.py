"""kg_entities: correct the statistical NER with evidence from the document and gazetteers.

Runs after spaCy's ``ner``. Rewrites ``doc.ents`` so that the four kinds kg keeps carry the
labels ``Person``, ``Organization``, ``Country`` and ``Place``; other spaCy labels (DATE, NORP,
...) are left as they are for later components.

Rules, in order:
1. trim: cut spans at line breaks, drop leading "the" and trailing "'s"/punctuation, drop
   lower-case spans and photo credits ("File Photo/Reuters").
2. type from evidence: a title before or an apposition after marks a person; gazetteers
   name countries, cities and organisations.
3. one name, one type: a name (or a surname of a full name) that is a person once is a
   person everywhere in the document.
4. recall: known countries and organisations, and surnames of the document's people, are
   added where the model missed them.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer

#: spaCy labels that may name one of our four kinds.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: Default mapping when no other evidence decides.
DEFAULT_TYPE = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
KG_LABELS = {PERSON, ORGANIZATION, COUNTRY, PLACE}
#: Capitalised words inside titles that the model tags as names ("Secretary of State").
TITLE_WORDS_NOT_NAMES = {"state", "foreign", "defence", "defense", "interior", "vice", "deputy"}
#: Tokens that may stand between a title and a name: "Kremlin spokesman - X". Not "of"/"for":
#: in "head of the Chamber of Commerce" the title is before an organisation, not a person.
TITLE_GLUE = {"-", "–"}


@Language.factory("kg_entities")
def make_entity_fixer(nlp: Language, name: str) -> "EntityFixer":
    return EntityFixer(nlp, name)


class EntityFixer:
    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab)  # case-sensitive, whole tokens
        known = gazetteer.organization_names()
        self.matcher.add(ORGANIZATION, [nlp.make_doc(n) for n in known if not n.startswith("the ")])

    def __call__(self, doc: Doc) -> Doc:
        spans = [s for s in (trim(e) for e in doc.ents if e.label_ in NAME_LABELS) if s is not None]
        typed = [(s, decide_type(s)) for s in spans]
        typed = [(s, t) for s, t in typed if t is not None]
        typed = harmonise(typed)
        typed += self.missed(doc, typed)
        kept = [Span(doc, s.start, s.end, label=t) for s, t in typed]
        others = [e for e in doc.ents if e.label_ not in NAME_LABELS]
        doc.ents = filter_spans(kept + others)
        return doc

    def missed(self, doc: Doc, typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """Known organisations, countries and the document's surnames the model did not tag."""
        taken = {i for s, _ in typed for i in range(s.start, s.end)}
        found = []
        for _, start, end in self.matcher(doc):
            found.append((Span(doc, start, end), ORGANIZATION))
        surnames = {s[-1].text for s, t in typed if t == PERSON and len(s) > 1}
        for tok in doc:
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            if tok.text in surnames:
                found.append((doc[tok.i : tok.i + 1], PERSON))
            elif tok.pos_ == "PROPN" and gazetteer.country(tok.text):
                found.append((doc[tok.i : tok.i + 1], COUNTRY))
        return [(s, t) for s, t in filter_spans_typed(found) if not taken & set(range(s.start, s.end))]


def filter_spans_typed(items: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    label = {(s.start, s.end): t for s, t in items}
    return [(s, label[(s.start, s.end)]) for s in filter_spans([s for s, _ in items])]


def trim(span: Span) -> Span | None:
    """The part of an entity span that is a name, or None if nothing is."""
    doc = span.doc
    start, end = span.start, span.end
    for tok in span:  # a name never crosses a line break: keep the part before it
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            end = tok.i if "\n" in tok.text else tok.i + 1
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'"} or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = Span(doc, start, end, label=span.label_)
    if any(t.text == "/" or "/" in t.text for t in span) or not any(t.text[:1].isupper() for t in span):
        return None
    if span.label_ == "NORP" and not (gazetteer.country(span.text) or gazetteer.demonym(span.text)):
        return None
    return span


def decide_type(span: Span) -> str | None:
    """The kg type of one span from local evidence, or None to drop it.

    Demonyms ("Russian") keep the label NORP: they refer to a country without naming it.
    """
    text = span.text
    if span.label_ == "NORP":
        return COUNTRY if gazetteer.country(text) else "NORP"
    if gazetteer.fold(text) in gazetteer.titles() or gazetteer.fold(text) in TITLE_WORDS_NOT_NAMES or len(text.strip(".")) < 2:
        return None  # "State" of "Secretary of State", "X."
    if gazetteer.demonym(text) and not gazetteer.country(text):
        return "NORP"  # "Ukrainian" tagged GPE: a demonym, kept for the alias resolver
    if span.label_ == "PERSON" and has_person_evidence(span):
        return PERSON
    if gazetteer.country(text):
        return COUNTRY
    if gazetteer.organization(text):
        return ORGANIZATION
    if has_person_evidence(span):
        return PERSON
    if gazetteer.city(text) and (span.label_ != "PERSON" or len(span) == 1):
        return PLACE  # "Kiev" tagged PERSON is the city
    return DEFAULT_TYPE.get(span.label_)


def has_person_evidence(span: Span) -> bool:
    """A title right before the name ("Foreign Minister X") or after it ("X, spokesman for Y")."""
    titles = gazetteer.title_words()
    doc = span.doc
    i = span.start - 1
    while i >= 0 and i >= span.start - 6:
        tok = doc[i]
        if tok.lower_ in titles and (tok.pos_ in {"NOUN", "PROPN"} or tok.text[:1].isupper()):
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in TITLE_GLUE):
            break
        i -= 1
    nxt = span.end
    if nxt + 1 < len(doc) and doc[nxt].text == ",":
        window = doc[nxt + 1 : min(len(doc), nxt + 5)]
        return any(t.lower_ in titles and t.pos_ == "NOUN" for t in window)
    return False


def harmonise(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """One name, one type in a document: people's names and surnames win, then the majority."""
    people = {s.text for s, t in typed if t == PERSON and (len(s) > 1 or s.label_ == "PERSON")}
    surnames = {s[-1].text for s, t in typed if t == PERSON and len(s) > 1}
    votes: dict[str, Counter] = {}
    for s, t in typed:
        votes.setdefault(s.text, Counter())[t] += 1
    out = []
    for s, t in typed:
        if t == PERSON and "-" in s.text and any(part in surnames for part in s.text.split("-")):
            continue  # "Putin-Zelensky (meeting)": two people named together, not a name
        if t == "NORP":
            out.append((s, t))
            continue
        if t != PERSON and (s.text in surnames or (s.text in people and not gazetteer.country(s.text))):
            t = PERSON
        elif t not in (COUNTRY, PERSON) and len(votes[s.text]) > 1:
            t = votes[s.text].most_common(1)[0][0]
        out.append((s, t))
    return out
