"""kg_entities: correct the statistical NER with evidence from the document and gazetteers.

Runs after spaCy's ``ner``. Rewrites ``doc.ents`` so that the four kinds kg keeps carry the
labels ``Person``, ``Organization``, ``Country`` and ``Place``; other spaCy labels (DATE, NORP,
...) are left as they are for later components.

Rules, in order:
0. recase: lines in capitals (headlines, datelines) and a title-case headline are tagged
   again on a copy with their words in running-text case (``EntityFixer.recase``; the lines
   of the text are :mod:`kg.nlp.lines`).
1. trim: cut spans at line breaks and brackets, drop articles, leading stop words, numbers
   and scores ("Northtown 4"), possessives and lower-case words at the ends, drop lower-case
   spans and photo credits ("File Photo/Reuters").
2. type from evidence: a title before or an apposition after marks a person; gazetteers
   name countries, cities and organisations; cue words of organisations' names (Party,
   Ministry, FC... in data/cue_words.tsv); a town named as a side in a sports result or in
   a results/standings line is a club (:mod:`kg.nlp.sports`); a common given name
   (gender-guesser's dictionary) or initials before a surname mark a person.
3. one name, one type: a name (or a surname of a full name) that is a person once is a
   person everywhere in the document.
4. recall: known countries and organisations, surnames of the document's people,
   "Given Surname" and "J. Surname" pairs, and the sides opening rows of a standings table
   are added where the model missed them.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.names import name_key
from kg.nlp.lines import (
    capital_lines,
    capitals_line,
    cased_forms,
    credit_tokens,
    forget_lines,
)
from kg.nlp.sports import (
    athlete_result,
    team_role_after,
    versus_side,
    cricket_player,
    result_line_sides,
    LOCATIVE,
    fixture_line,
    opens_table_row,
    results_line,
    sports_document,
    sports_names,
    sports_side,
    table_sides,
    town_as_side,
)
from kg.nlp.titles import abbreviation, has_person_evidence

#: spaCy labels that may name one of our four kinds.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: Default mapping when no other evidence decides.
DEFAULT_TYPE = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
KG_LABELS = {PERSON, ORGANIZATION, COUNTRY, PLACE}
#: Capitalised words inside titles that the model tags as names ("Secretary of State").
TITLE_WORDS_NOT_NAMES = {"prime", "state", "foreign", "defence", "defense", "interior", "vice", "deputy"}


@Language.factory("kg_entities")
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)


class EntityFixer:
    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab)  # case-sensitive, whole tokens
        known = gazetteer.organization_names()
        self.matcher.add(ORGANIZATION, [nlp.make_doc(n) for n in known if not n.startswith("the ")])
        self._common: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        ents = self.recase(doc)
        spans = [self.without_role(p) for e in ents if e.label_ in NAME_LABELS for p in trim(e)]
        typed = [(s, decide_type(s)) for s in spans]
        typed = [(s, t) for s, t in typed if t is not None]
        typed = [(extend_org(s) if t == ORGANIZATION else extend_person(s) if t == PERSON else s, t) for s, t in typed]
        typed = [(s, PERSON if t in (ORGANIZATION, PLACE) and self.person_by_role(s) else t) for s, t in typed]
        if sports_document(doc):
            typed = sports_names(typed)
        typed = harmonise(typed)
        surnames = {s[-1].text for s, t in typed if t == PERSON and len(s) > 1}
        typed = [(s, t) for s, t in typed if not (t == PERSON and s.text not in surnames and self.subhead_word(s))]
        people = {i for s, t in typed if t == PERSON for i in range(s.start, s.end)}
        typed = [(s, PERSON if t in (ORGANIZATION, PLACE) and not has_org_cue(s)
                  and self.listed_name_with_people(s, people) else t) for s, t in typed]
        typed += self.missed(doc, typed)
        sides = result_line_sides(doc)  # "Northtown 2 Southville 1": the clubs, whatever parts the model tagged
        if sides:
            inside = {i for s in sides for i in range(s.start, s.end)}
            typed = [(s, t) for s, t in typed if not inside & set(range(s.start, s.end))]
            typed += [(s, ORGANIZATION) for s in sides]
        credit = credit_tokens(doc)
        typed = [(s, t) for s, t in typed if s.start not in credit]
        kept = [Span(doc, s.start, s.end, label=t) for s, t in typed]
        names = {i for s in kept for i in range(s.start, s.end)}
        others = [o for o in (without(e, names) for e in ents if e.label_ not in NAME_LABELS) if o is not None]
        doc.ents = filter_spans(kept + others)
        forget_lines(doc)  # a later component may retokenize
        doc.user_data.pop("kg.credit_tokens", None)
        return doc

    # -- lines in capitals ------------------------------------------------------------------

    def recase(self, doc: Doc) -> list[Span]:
        """The model's entities, with those of lines in capitals found again on a case-restored copy.

        The statistical NER has learnt from mixed-case text and tags headlines and datelines in
        capitals badly ("LEICESTERSHIRE TAKE OVER"). Each such line is copied with its words in
        their likely case (see ``restore_case``), the ``ner`` component runs on the copy, and its
        entities are mapped back by token offsets (the copy has the same tokens).
        """
        segments = [(s, e) for s, e in capital_lines(doc) if self.headline_like(doc[s:e])]
        if not segments or "ner" not in self.nlp.pipe_names:
            return list(doc.ents)
        ner = self.nlp.get_pipe("ner")
        seen = cased_forms(doc, segments)
        inside = {i for start, end in segments for i in range(start, end)}
        ents = [e for e in doc.ents if not inside & set(range(e.start, e.end))]
        for start, end in segments:
            toks = doc[start:end]
            words = [self.restore_case(t.text, seen) for t in toks]
            copy = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in toks])
            copy = ner(copy)
            ents += [Span(doc, start + e.start, start + e.end, label=e.label_) for e in copy.ents]
        return sorted(ents, key=lambda e: e.start)

    def headline_like(self, line: Span) -> bool:
        """A line in capitals, or a title-case line with common words capitalised (a headline,
        not a list of names)."""
        words = [t.text for t in line if t.is_alpha and len(t) > 3]
        if any(w.isupper() for w in words):
            return True
        if line.start > 0 or line.end >= len(line.doc) - 1:
            return False  # title case is recased only in a headline: the first line, with body text after it
        common = [w for w in words if self.common_word(w.lower()) and not self.known_name(w)]
        return len(common) >= 2 and len(common) >= 0.4 * len(words)

    def restore_case(self, word: str, seen: dict[str, str]) -> str:
        """A word in capitals as it would be written in running text: names capitalised,
        common words in lower case. The document's own mixed-case text decides first."""
        if not word[:1].isupper() or not any(c.isalpha() for c in word):
            return word
        low = word.lower()
        if low in seen:
            return seen[low]
        if low in STOP_WORDS or low in FUNCTION_WORDS:
            return low
        if not word.isupper():  # title case: only common words the document never capitalises go down
            return low if self.common_word(low) and not self.known_name(word) else word
        if len(word) <= 4 and (gazetteer.organization(word) or gazetteer.country(word)):
            return word  # an acronym: NATO, UN, US
        cap = "-".join(part.capitalize() for part in word.split("-"))
        if self.known_name(cap):
            return cap  # given names are not asked: many are common words too ("Beat", "Will")
        if self.common_word(low):
            return low
        if len(word) <= 3 and word.isalpha():
            return word  # an unknown short word in capitals is more likely an acronym
        return cap

    @staticmethod
    def known_name(word: str) -> bool:
        """A country, city, people or organisation of the gazetteers."""
        return bool(gazetteer.country(word) or gazetteer.city(word) or gazetteer.demonym(word)
                    or gazetteer.organization(word))

    def common_word(self, low: str) -> bool:
        """A word of the English dictionary (the lemmatizer's WordNet index), inflections included."""
        if self._common is None:
            words: set[str] = set()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    words = {w for ws in lookups.get_table("lemma_index").values() for w in ws}
                if lookups is not None and lookups.has_table("lemma_exc"):
                    words |= {w for table in lookups.get_table("lemma_exc").values() for w in table}
            self._common = frozenset(words)
        if low in self._common:
            return True
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", "")):
            if low.endswith(suffix) and len(low) > len(suffix) + 2 and low[: -len(suffix)] + repl in self._common:
                return True
        return False

    # -- recall ----------------------------------------------------------------------------

    def missed(self, doc: Doc, typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """Names the model did not tag: known organisations and countries, the document's
        surnames, "Given Surname" pairs, and the sides in rows of a results table."""
        taken = {i for s, _ in typed for i in range(s.start, s.end)}
        found = []
        for _, start, end in self.matcher(doc):
            found.append((Span(doc, start, end), ORGANIZATION))
        surnames = {s[-1].text for s, t in typed if t == PERSON and len(s) > 1}
        people = {i for s, t in typed if t == PERSON for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i in taken or not tok.text[:1].isupper():
                continue
            if tok.text in surnames:
                found.append((doc[tok.i : tok.i + 1], PERSON))
            elif is_name_word(tok) and not tok.text.isupper() and cricket_player(doc[tok.i : tok.i + 1]) \
                    and not gazetteer.country(tok.text):
                found.append((doc[tok.i : tok.i + 1], PERSON))  # "c Northam b Southam", "Northam 10-0-41-2"
            elif tok.pos_ == "PROPN" and gazetteer.country(tok.text):
                found.append((doc[tok.i : tok.i + 1], COUNTRY))
            elif party_adjective(tok):
                found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "the Green party whip": the party
            elif demonym_before_title(tok):
                found.append((doc[tok.i : tok.i + 1], "NORP"))  # "the new Lithuanian president": a people's adjective
            elif dateline_city(tok):
                found.append((doc[tok.i : tok.i + 1], PLACE))
            elif is_name_word(tok) and not gazetteer.country(tok.text) and self.versus_run(tok, taken):
                found.append((self.versus_run(tok, taken), ORGANIZATION))  # "Postponed : Northtown v Southville"
            elif team_role_after(doc[tok.i : tok.i + 1]) and (gazetteer.city(tok.text) or gazetteer.region(tok.text)):
                found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "Dortmund coach X": the club
            elif self.missed_town(tok):
                one = doc[tok.i : tok.i + 1]  # "Northshire beat Southshire by an innings": the clubs
                club = sports_side(one) or (sports_document(doc) and town_as_side(one))
                found.append((one, ORGANIZATION if club else PLACE))
            elif (gazetteer.given_name(tok.text) or INITIAL.match(tok.text)) and self.given_name_span(tok, taken):
                found.append((self.given_name_span(tok, taken), PERSON))
            elif acronym_before_title(tok):
                found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "CNTP Secretary X": the body's initials
            elif (tok.pos_ == "PROPN" or tok.text.isupper()) and not self.common_word(tok.lower_) \
                    and body_before_title(doc[tok.i : tok.i + 1]):
                found.append((doc[tok.i : tok.i + 1], ORGANIZATION))  # "Northcorp CEO X": the company
            elif self.surname_with_apposition(tok):
                found.append((doc[tok.i : tok.i + 1], PERSON))  # "Winter, 53, ...", "Tal, a senior official"
            elif self.listed_with_people(tok, people):
                found.append((doc[tok.i : tok.i + 1], PERSON))  # "met Fabius and Quorvath": one of the people named
            elif self.speaker(tok, taken):
                found.append((self.speaker(tok, taken), PERSON))  # "Quorvath said on Friday"
        found += [(s, ORGANIZATION) for s in table_sides(doc, taken)]
        return [(s, t) for s, t in filter_spans_typed(found) if not taken & set(range(s.start, s.end))]

    def versus_run(self, tok, taken: set[int]) -> Span | None:
        """The capitalised words from ``tok`` (one to four, none tagged) when they are one side of
        "X v Y" (see ``versus_side``)."""
        doc = tok.doc
        if tok.i > 0 and is_name_word(doc[tok.i - 1]) and doc[tok.i - 1].i not in taken:
            return None  # not the first word of the run
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 4 and end not in taken and is_name_word(doc[end]):
            end += 1
        span = doc[tok.i : end]
        return span if versus_side(span) and not gazetteer.country(span.text) else None

    def surname_with_apposition(self, tok) -> bool:
        """A lone capitalised name followed by an age (", 53 ,") or by a title apposition (", a senior
        official"): a person the model missed, often a surname opening a sentence."""
        doc = tok.doc
        if not is_name_word(tok) or tok.text.isupper() or self.known_name(tok.text) or tok.lower_ in CALENDAR_WORDS:
            return False
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha:
            return False  # the last word of a longer name the model left out
        k = tok.i + 1
        if k < len(doc) and doc[k].text == "(":  # "Nihat ( Marka ) , deputy leader of ...": another form of the name
            close = next((c for c in range(k + 1, min(len(doc), k + 5)) if doc[c].text == ")"), None)
            k = close + 1 if close is not None else k
        after = doc[k : k + 3]
        if len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == "," and after[1].text.isdigit() and 15 <= int(after[1].text) <= 99:
            return True
        return not self.common_word(tok.lower_) and title_apposition(doc, k)

    def listed_with_people(self, tok, people: set[int]) -> bool:
        """An unknown capitalised name joined by "and"/"or" to a person's name ("Fabius and Quorvath")."""
        if tok.pos_ != "PROPN" or not is_name_word(tok) or tok.text.isupper() or self.common_word(tok.lower_) \
                or self.known_name(tok.text) or gazetteer.region(tok.text):
            return False
        if tok.dep_ == "conj" and tok.head.i in people:
            return True
        return any(c.dep_ == "conj" and c.i in people for c in tok.children)

    def listed_name_with_people(self, span: Span, people: set[int]) -> bool:
        """One word as in ``listed_with_people``, or two or three unknown capitalised words, none a
        dictionary word, town or country, in a list of people ("X, Medhi Quorvath, Y and Z")."""
        if len(span) == 1:
            return self.listed_with_people(span[0], people)
        if len(span) > 3 or self.known_name(span.text) or any(
                not is_name_word(t) or t.text.isupper() or self.common_word(t.lower_) or self.known_name(t.text)
                or gazetteer.region(t.text) for t in span):
            return False
        root = span.root
        return root.dep_ == "conj" and root.head.i in people or any(c.dep_ == "conj" and c.i in people for c in root.children)

    def missed_town(self, tok) -> bool:
        """A one-word city (100,000 people or more) or region the model did not tag: not a given name,
        a dictionary word ("Reading", "Bury") or a word in capitals, and not part of a longer name."""
        text = tok.text
        if text.isupper() or not tok.is_alpha or self.common_word(tok.lower_) \
                or gazetteer.given_name(text) or not text[:1].isupper():
            return False
        if not (gazetteer.city_population(text) >= CITY or gazetteer.region(text)):
            return False
        doc = tok.doc
        return not any(0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].is_sent_start
                       for k in (tok.i - 1, tok.i + 1))

    def without_role(self, span: Span) -> Span:
        """"Archaeologist Quorvath", "Composer Tom Varley" tagged as one person: a capitalised word for
        a job (a title, or a dictionary noun for an agent: -er, -or, -ist...) before the name is no part of it."""
        start = span.start
        while span.label_ == "PERSON" and span.end - start > 1:
            tok = span.doc[start]
            low = tok.lower_
            if gazetteer.given_name(tok.text) or INITIAL.match(tok.text) or not tok.is_alpha:
                break
            if not (low in gazetteer.title_words() or self.common_word(low) and self.agent_noun(low)) \
                    or self.known_name(tok.text):
                break
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)

    def agent_noun(self, low: str) -> bool:
        """"archaeologist", "historian", "director", "composer" (compose + r): a noun for someone by what they do;
        not "tiger" or "manchester", whose stems are no words."""
        if low.endswith(AGENT_ENDINGS):
            return True
        return low.endswith("er") and len(low) > 5 and (self.common_word(low[:-2]) or self.common_word(low[:-1]))

    def person_by_role(self, span: Span) -> bool:
        """"Tarango said", "Duran , 45 ,": an unknown one-word name tagged as a body or place that says
        something or is given an age is a person (known names, dictionary words and acronyms are not)."""
        if len(span) != 1 or span.label_ not in {"ORG", "GPE", "LOC", "FAC"} or has_org_cue(span):
            return False
        tok, doc = span[0], span.doc
        if self.speaker(tok, set()) is not None:
            return True
        after = doc[span.end : span.end + 3]
        return (len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit()
                and 15 <= int(after[1].text) <= 99 and is_name_word(tok) and not tok.text.isupper()
                and not self.common_word(tok.lower_) and not self.known_name(tok.text)
                and not gazetteer.region(tok.text))

    def subhead_word(self, span: Span) -> bool:
        """"Bestseller philosophy But the idea ...": a subheading run into the text opens with a dictionary
        word the model calls a person; one word opening a sentence after the first, no given name, no
        title, and a lower-case noun or preposition after it (not a verb: "Brown said") is no name."""
        doc = span.doc
        if len(span) != 1 or span.start != span.sent.start or span.start == 0 or span.end >= len(doc):
            return False  # the first words of a text are its headline: "Dole team seeks ..." names a person
        tok, nxt = span[0], doc[span.end]
        if not (tok.is_alpha and tok.is_title and self.common_word(tok.lower_)) or gazetteer.given_name(tok.text):
            return False
        return nxt.is_lower and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADP", "ADJ"} and not has_person_evidence(span)

    def speaker(self, tok, taken: set[int]) -> Span | None:
        """"Quorvath said", "Quorvath was arrested": a name the model missed as the subject of a verb of
        saying or of PERSON_VERBS (a body's statement is rarely "said" by a one-word unknown name)."""
        if not (tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "PROPN" and (
                tok.head.lemma_ in PERSON_VERBS or gendered_object(tok.head))):
            return None
        start = tok.i
        doc = tok.doc
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].i not in taken and is_name_word(doc[start - 1]):
            start -= 1
        span = doc[start : tok.i + 1]
        for t in span:
            if not is_name_word(t) or t.text.isupper() or self.common_word(t.lower_) or t.lower_ in CALENDAR_WORDS \
                    or self.known_name(t.text):
                return None
        return span

    def given_name_span(self, tok, taken: set[int]) -> Span | None:
        """"Lilian Thuram": a common given name followed by one to three capitalised words."""
        doc = tok.doc
        if tok.is_sent_start and self.common_word(tok.lower_) or (tok.is_alpha and tok.text.isupper()) or not is_name_word(tok):
            return None  # lines in capitals are left to recase()
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and end not in taken and is_name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end == tok.i + 1:
            return None
        span = doc[tok.i : end]
        if all(self.common_word(t.lower_) for t in span if not INITIAL.match(t.text)):
            return None  # "File Photo": a rare given name before common words
        if gazetteer.country(span.text) or gazetteer.city(span.text) or gazetteer.organization(span.text):
            return None
        if any(gazetteer.fold(t.text) in gazetteer.cue_words("org") for t in span):
            return None
        return span


def gendered_object(verb) -> bool:
    """"X played his entire career with Y": the verb's object belongs to "his" or "her"."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in {"his", "her"} for p in c.children)
               for c in verb.children)


def title_apposition(doc: Doc, k: int) -> bool:
    """", a senior Defense Ministry official ,": a comma, then a title within six words of articles,
    adjectives and names, at the head of the apposition (followed by a comma, "of", "for", "at"...)."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    titles = gazetteer.title_words()
    for tok in doc[k + 1 : min(len(doc), k + 7)]:
        if tok.lower_ in titles and tok.pos_ == "NOUN":
            j = tok.i + 1
            while j < len(doc) and doc[j].lower_ in titles:  # "deputy leader"
                j += 1
            return j >= len(doc) or doc[j].text in {",", ".", ";"} or doc[j].lower_ in {"of", "for", "at", "with", "in"}
        if not (tok.lower_ in {"a", "an", "the"} or tok.pos_ in {"ADJ", "PROPN"} or tok.text[:1].isupper()):
            return False
    return False


def party_adjective(tok) -> bool:
    """A capitalised word naming a party before the common noun "party": "Green party", "Pirate party"
    (not a people's adjective: "the Polish party")."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "party" and doc[tok.i + 1].is_lower and tok.is_alpha
            and tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ in {"ADJ", "PROPN"}
            and not (gazetteer.demonym(tok.text) or gazetteer.country(tok.text) or gazetteer.city_population(tok.text) >= CITY))


def demonym_before_title(tok) -> bool:
    """A people's adjective the model left untagged, right before a title: "the Lithuanian president"."""
    if tok.i + 1 >= len(tok.doc) or not gazetteer.demonym(tok.text) or gazetteer.country(tok.text):
        return False
    nxt = tok.doc[tok.i + 1].lower_
    return nxt in gazetteer.titles() or nxt in TITLE_WORDS_NOT_NAMES


def acronym_before_title(tok) -> bool:
    """"CNTP Secretary Luis Cobos", "NRC spokesman Jane Doe": letters in capitals right before a title
    that is followed by a name are the initials of the body the person works for."""
    doc = tok.doc
    text = tok.text
    if not (tok.is_alpha and text.isupper() and 2 <= len(text) <= 6) or tok.i + 2 >= len(doc):
        return False
    titles = gazetteer.title_words()
    if gazetteer.fold(text) in titles or gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.city(text):
        return False
    if capitals_line(doc, tok.i):
        return False  # a line in capitals
    nxt, name = doc[tok.i + 1], doc[tok.i + 2]
    return nxt.lower_ in titles and nxt.text[:1].isupper() == name.text[:1].isupper() and name.text[:1].isupper() and name.pos_ == "PROPN"


#: Titles of posts in a company, club or office: a one-word name before one of them and a person's
#: name is the body ("Northcorp CEO Jane Doe", "Southville captain X"), even where the model calls
#: the word a person. Personal titles (aide, adviser, spokesman) are left out: "Obama aide X".
BODY_TITLES = {"ceo", "chairman", "chairwoman", "chair", "chief", "director", "president", "founder", "boss",
               "coach", "captain", "manager", "goalkeeper", "keeper", "striker", "midfielder", "defender",
               "prosecutor", "editor", "executive", "head", "secretary-general", "commissioner", "leader"}


def body_before_title(span: Span) -> bool:
    """"Northcorp CEO Jane Doe", "Eastbank chairman Jo Doe": one capitalised word (not a known place,
    people, title or given name, nor a word of the dictionary) before a post of BODY_TITLES that is
    followed by a capitalised name is the company or club the person works for."""
    doc = span.doc
    k = span.end
    if len(span) != 1 or k + 1 >= len(doc) or doc[k].lower_ not in BODY_TITLES:
        return False
    tok, name = span[0], doc[k + 1]
    if not (name.text[:1].isupper() and name.pos_ == "PROPN") or not (tok.is_alpha and tok.text[:1].isupper()):
        return False
    if span.start > 0 and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].is_alpha \
            and not doc[span.start - 1].is_sent_start:
        return False  # the last word of a longer name
    text = tok.text
    if text.isupper():
        if capitals_line(doc, tok.i):
            return False  # a line in capitals
    return not (gazetteer.fold(text) in gazetteer.title_words() or tok.lower_ in TITLE_WORDS_NOT_NAMES
                or gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.city(text)
                or gazetteer.region(text) or gazetteer.given_name(text))


#: Endings of nouns naming someone by what they do: composer, director, archaeologist, consultant.
AGENT_ENDINGS = ("ist", "ian", "or")
#: Verbs of saying: their subject, if a name, is a person ("Quorvath said").
SPEECH_VERBS = {"say", "tell", "add", "ask", "insist", "warn", "claim", "explain", "admit", "deny", "stress",
                "argue", "reply", "recall", "note", "quote"}
#: Verbs whose subject is a person: saying, and what happens to people only ("X was arrested", "X resigned").
PERSON_VERBS = SPEECH_VERBS | {"arrest", "sentence", "detain", "jail", "imprison", "kill", "wound", "injure",
                               "execute", "convict", "elect", "appoint", "marry", "die", "resign"}
#: Prepositions and conjunctions that spaCy's stop list lacks (headlines capitalise them).
FUNCTION_WORDS = {"amid", "amidst", "despite", "via", "versus", "vs", "vs.", "v", "plus", "minus", "till", "unlike", "near"}


def is_name_word(tok) -> bool:
    """A capitalised word that may be part of a person's name (not a title, cue or place)."""
    text = tok.text
    if INITIAL.match(text):
        return True
    if not (text[:1].isupper() and tok.is_alpha or (len(text) == 2 and text[1] == "." and text[0].isupper())):
        return False
    low = tok.lower_
    return not (low in STOP_WORDS or low in gazetteer.title_words() or low in gazetteer.cue_words("org")
                or gazetteer.country(text) or gazetteer.demonym(text))


def without(ent: Span, names: set[int]) -> Span | None:
    """A date or number entity minus the name tokens at its edges ("GENEVA 1996-08-22")."""
    start, end = ent.start, ent.end
    while start < end and start in names:
        start += 1
    while end > start and end - 1 in names:
        end -= 1
    if start >= end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def _date_word(tok) -> bool:
    """The token starts a date like "1996-08-22" or "Aug 22", not a row of numbers."""
    if tok.ent_type_ != "DATE":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    text = ent.text if ent is not None else tok.text
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", text) or any(c.isalpha() for c in text))


def dateline_city(tok) -> bool:
    """"GENEVA 1996-08-22", "COLOMBO (Reuters) -": a city in capitals opening a line, before a
    date, a bracket or a dash (the model misses names in capitals)."""
    if not (tok.is_alpha and tok.text.isupper() and len(tok) >= 4):
        return False
    doc = tok.doc
    first = tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # a date or a bracket, not a bare number: "CHICAGO 65 60 .520" opens a row of a standings table
    marks = nxt is None or nxt.text in {"(", "-", "—", "–", ","} or _date_word(nxt)
    return first and marks and bool(gazetteer.city(tok.text) or gazetteer.country(tok.text))


def filter_spans_typed(items: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    label = {(s.start, s.end): t for s, t in items}
    return [(s, label[(s.start, s.end)]) for s in filter_spans([s for s, _ in items])]


#: Tokens a name never contains: the span is cut there ("Jane Doe ( Ruritania").
CUT_AT = {"(", ")", ";", ":", "[", "]", "|"}
NUMBER = re.compile(r"^[\d.,:/-]+$")


def trim(span: Span) -> list[Span]:
    """The parts of an entity span that are names: cut at line breaks and brackets, without
    articles, numbers, scores, possessives or lower-case words at either end."""
    doc = span.doc
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text in {"#", "@"}:
        return []  # "#MeToo", "@northtown": a hashtag or a handle, not a name in the text
    for tok in span:  # a name never crosses a line break: keep the part before it
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            end = tok.i if "\n" in tok.text else tok.i + 1
            break
    pieces, s = [], start
    for i in range(start, end):
        # "Romania - Cosmin Contra", "GERMANY - Bunds": a spaced dash after a whole known name
        # or a word in capitals (but "Jean - Claude Duvalier" in text tokenised with spaces)
        spaced_dash = (
            doc[i].text in {"-", "–", "—"} and i > s and doc[i - 1].whitespace_ and doc[i].whitespace_
            and (gazetteer.country(doc[s:i].text) or gazetteer.city(doc[s:i].text) or doc[s:i].text.isupper())
        )
        said = doc[i].is_lower and doc[i].pos_ in {"VERB", "AUX"} and i > s  # "Skadden , Arps said Popeyes"
        if doc[i].text in CUT_AT or spaced_dash or said:  # "Romania - Cosmin Contra": two names
            pieces.append((s, i))
            s = i + 1
    pieces.append((s, end))
    out = []
    for s, e in pieces:
        k = _title_inside(doc, s, e) if span.label_ != "PERSON" else None
        if k is not None:  # "Northcorp President Jo Doe" tagged as one body: the body, then the person
            person = _trim_ends(doc, k + 1, e, "PERSON")
            body = "NORP" if k > s and gazetteer.demonym(doc[k - 1].text) else span.label_  # "S African President X"
            out += [p for p in (_trim_ends(doc, s, k, body) if k > s else None, person) if p is not None]
            continue
        part = _trim_ends(doc, s, e, span.label_)
        if part is not None:
            out.append(_title_not_org(part))
    return out


def _title_inside(doc: Doc, start: int, end: int) -> int | None:
    """The last capitalised title inside a span when only a person's name follows it ("Northcorp
    President Jo Doe", "State Jo Doe"), or None."""
    titles = gazetteer.title_words()
    for k in range(end - 2, start - 1, -1):
        tok = doc[k]
        # "State Matthew Bryza": the end of "Secretary of State" opening the span
        if (tok.lower_ in titles or k == start and tok.lower_ in TITLE_WORDS_NOT_NAMES) and tok.text[:1].isupper():
            rest = doc[k + 1 : end]
            if all(is_name_word(t) for t in rest) and not any(t.lower_ in titles for t in rest):
                return k
            return None
    return None


def _title_not_org(span: Span) -> Span:
    """"Indian External Affairs Minister X": the model takes the first words of a title for an
    organisation; a demonym followed by a title is a people's adjective, not a body, and a known
    body's name followed by a portfolio and a title is the body alone ("EU Energy Commissioner X")."""
    doc = span.doc
    if (
        span.label_ == "ORG"
        and len(span) > 1
        and span.end < len(doc)
        and doc[span.end].lower_ in gazetteer.title_words()
        and not gazetteer.organization(span.text)
    ):
        if gazetteer.demonym(span[0].text):
            return Span(doc, span.start, span.start + 1, label="NORP")
        if len(span) == 2 and gazetteer.organization(span[0].text) and span[1].is_alpha and span[1].text[:1].isupper() \
                and gazetteer.fold(span[1].text) not in gazetteer.cue_words("org"):
            return Span(doc, span.start, span.start + 1, label="ORG")  # "EU Energy Commissioner X": the portfolio is no name
    return span


def _trim_ends(doc: Doc, start: int, end: int, label: str) -> Span | None:
    if label == "PERSON" and end - start >= 2 and abbreviation(doc[end - 1]):
        label = "ORG"  # "Navy Cmdr" tagged PERSON before "Cmdr. Jo Doe": the body a rank is held in
    while start < end and not _known_with_article(doc[start:end]) and not _capital_article(doc, start, end, label) \
            and _edge_junk(doc[start], leading=True):
        start += 1
    while end > start and _edge_junk(doc[end - 1], leading=False):
        end -= 1
    if start >= end:
        return None
    span = Span(doc, start, end, label=label)
    if any("/" in t.text for t in span) or not any(t.text[:1].isupper() for t in span):
        return None
    if label == "NORP" and not (gazetteer.country(span.text) or gazetteer.demonym(span.text)):
        return None
    if label != "PERSON" and len(span) >= 3 and gazetteer.demonym(span[0].text) and not gazetteer.country(span[0].text) \
            and looks_like_person(span[1:]) and not gazetteer.organization(span.text):
        return Span(doc, start + 1, end, label="PERSON")  # "American Jo Doe" tagged ORG: a people's adjective and a name
    return span


def _capital_article(doc: Doc, start: int, end: int, label: str) -> bool:
    """"said The Times", "at The Institute for X": a capital "The" inside a sentence belongs to an
    organisation's name (at the start of a sentence or line the capital says nothing)."""
    tok = doc[start]
    if tok.text != "The" or label != "ORG" or end - start < 2 or tok.is_sent_start or start == 0:
        return False
    prev = doc[start - 1]
    return not ("\n" in prev.whitespace_ or prev.is_space or prev.text in {'"', "“", "'", "‘", ":", "(", "-", "—"})


def _known_with_article(span: Span) -> bool:
    """"The Hague", "The Times": the article belongs to the name in a gazetteer."""
    return span[0].text == "The" and bool(gazetteer.city(span.text) or gazetteer.organization(span.text))


def _edge_junk(tok, leading: bool) -> bool:
    text = tok.text
    if leading and text[:1].isupper() and text.lower() in NAME_STOP_WORDS:
        return False  # "First Union", "Third Avenue"
    if tok.is_punct or tok.is_space or NUMBER.match(text) or tok.like_num:
        return True
    if text in {"'s", "’s", "'"}:
        return not leading
    if not leading and abbreviation(tok):
        return True  # "Coast Guard Lt" tagged ORG before "Lt. Jo Doe": the rank is the person's title
    if not leading and text.isupper() and gazetteer.fold(text) in gazetteer.cue_words("group"):
        return True  # "Edmonton UTC": a time zone after a place name
    if leading and text.lower() in STOP_WORDS and text.lower() not in {"the", "a", "an"}:
        return True  # "On Tuesday", "In Northtown"
    if leading and text in {"al", "el"} and tok.i + 2 < len(tok.doc) and (
            tok.doc[tok.i + 1].text == "-" or tok.doc[tok.i + 1].text[:1].isupper()):
        return False  # "al - Aqsa", "al Qaeda": the article of an Arabic name
    if text.lower() in {"the", "a", "an"}:
        return True  # "The Hague" and "The Times" are kept by the gazetteers (see _trim_ends)
    return not any(c.isupper() for c in text)  # "pro-", "district", "of"


#: Stop words that may open a name when capitalised: "First Union", "Third Way", "Former Yugoslav ...".
NAME_STOP_WORDS = {"first", "third", "fifth", "sixth", "eleven", "twelve", "fifteen", "twenty", "forty", "fifty",
                   "sixty", "hundred", "top", "front", "whole", "empty", "full"}
#: Currencies the model takes for names ("35 million Euros").
CURRENCY_WORDS = {"euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "ruble",
                  "rubles", "rouble", "roubles", "franc", "francs", "rand", "rands", "lira", "peso", "pesos"}
#: Nouns and verbs that announce the title of a work in quotes: 'the film " Northtown Nights "'.
WORK_WORDS = {"film", "films", "movie", "movies", "book", "books", "novel", "novels", "song", "songs", "album", "albums",
              "series", "show", "play", "opera", "documentary", "called", "titled", "entitled", "filming", "hits",
              "bestseller", "poem", "painting", "exhibition", "musical", "blockbuster"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def quoted_work(span: Span) -> bool:
    """A name standing alone in quotes right after a word for a work ("the film", "called"): a title."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text not in QUOTES:
        return False
    k = span.end + (doc[span.end].text in {".", ","})
    if k >= len(doc) or doc[k].text not in QUOTES:
        return False
    before = doc[max(0, span.start - 4) : span.start - 1]
    return any(t.lower_ in WORK_WORDS for t in before)
def party_tag(span: Span) -> bool:
    """"D-Calif.", "R-Texas", "I-Vt.": the party letter and state after a US lawmaker's name."""
    doc, start = span.doc, span.start
    if len(span) == 1 and start >= 2 and doc[start - 1].text in {"-", "–"} and doc[start - 2].text in PARTY_LETTERS:
        start -= 2  # the state alone tagged: "Calif." of "D-Calif."
    return span.end - start == 3 and doc[start].text in PARTY_LETTERS and doc[start + 1].text in {"-", "–"} \
        and doc[start + 2].text[:1].isupper() and start >= 1 and doc[start - 1].text in {",", "("}


#: The letters of US parties in "D-Calif.": Democrat, Republican, Independent.
PARTY_LETTERS = {"D", "R", "I"}
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "june", "july", "august", "september", "october",
                  "november", "december"}


def decide_type(span: Span) -> str | None:
    """The kg type of one span from local evidence, or None to drop it.

    Demonyms ("Russian") keep the label NORP: they refer to a country without naming it.
    """
    text = span.text
    if span.label_ == "NORP":
        if gazetteer.organization(text) and not gazetteer.country(text):
            return ORGANIZATION  # "the Social Democrats", "the Greens": a party, not a people
        return COUNTRY if gazetteer.country(text) else "NORP"
    if gazetteer.fold(text) in gazetteer.titles() or gazetteer.fold(text) in TITLE_WORDS_NOT_NAMES or len(text.strip(".")) < 2:
        return None  # "State" of "Secretary of State", "X."
    if gazetteer.fold(text) in CALENDAR_WORDS or gazetteer.fold(text) in CURRENCY_WORDS:
        return None  # "Tuesday" tagged PERSON, "35 million Euros"
    if quoted_work(span):
        return None  # 'the film " Northtown Nights "': the title of a work, not a name of ours
    if party_tag(span):
        return None  # "Sen. X, D-Calif., said": a lawmaker's party and state, not a name
    if all(gazetteer.fold(t.text) in gazetteer.cue_words("group") for t in span):
        return "NORP"  # "Islam", "Sikh", "Hindi", "UTC": a faith, a people, a language, a time zone
    if gazetteer.demonym(text) and not gazetteer.country(text):
        return "NORP"  # "Ukrainian" tagged GPE: a demonym, kept for the alias resolver
    if body_before_title(span) and not has_person_evidence(span):
        return ORGANIZATION  # "Northcorp CEO Jane Doe" with "Northcorp" tagged PERSON
    if span.label_ == "PERSON" and has_person_evidence(span):
        return PERSON
    if cricket_player(span) and not gazetteer.country(text):
        return PERSON  # "Northam 10-0-41-2", "c Northam b Southam": a bowler, a fielder
    if athlete_result(span) and not (gazetteer.country(text) or gazetteer.city(text)):
        return PERSON  # "Quorvath ( Ruritania ) 3:45.011": an athlete's time
    if span.label_ == "PERSON" and len(span) > 1 and span[-1].text in PLACE_HEADS:
        return PLACE  # "Morgan City", "Orange County" tagged PERSON: a place by its head word
    if gazetteer.country(text):
        return COUNTRY
    if gazetteer.organization(text):
        return ORGANIZATION
    if post_of(span) and not (has_person_evidence(span) or facility(span) or gazetteer.city(text) or gazetteer.region(text)):
        return ORGANIZATION  # "chief executive of Carl Zeiss Micro Imaging" tagged PERSON: what a post is of
    if company_before(span) and not has_person_evidence(span):
        return ORGANIZATION  # "media conglomerate Ivan Rusk", "its fuel supplier, Larkon": even with a given name
    if org_evidence(span) and not has_person_evidence(span) and not looks_like_person(span):
        return ORGANIZATION  # "carmaker Magna", "Tabcorp, a publicly listed company"
    if place_noun_of(span) and not gazetteer.country(text):
        return PLACE  # "the island of Lampedusa"
    if facility(span):
        return PLACE  # "Ludwig Gallery", "Ulm Minster", "Estadio Santiago Bernabeu": a building or site
    if len(span) > 1 and span[-1].text == "Church" and all(t.lower_ in FAITH_WORDS for t in span):
        return ORGANIZATION  # "the Roman Catholic Church": the institution
    if has_person_evidence(span):
        return PERSON
    if span.label_ == "PERSON" and names_a_place_as_team(span):
        return ORGANIZATION  # "Hertha Berlin", "Atletico Madrid": a club, not a person
    if (fixture_line(span) or versus_side(span)) and not gazetteer.country(text):
        return ORGANIZATION  # "NORTHTOWN AT SOUTHVILLE", "Northtown v Southville": a fixture between two clubs
    if has_org_cue(span) or (opens_table_row(span) and (not looks_like_person(span) or gazetteer.city(text))):
        return ORGANIZATION  # "Labour Party", "Bank of Ruritania", "Northtown Rovers"
    city = gazetteer.city(text)
    region = gazetteer.region(text) if len(span) == 1 else None
    if (span.label_ in {"GPE", "LOC", "FAC"} or city or region) and sports_side(span):
        return ORGANIZATION  # "Northtown beat Southville 2-1": the clubs, not the towns
    if (looks_like_person(span) or has_initials(span)) and not city:
        return PERSON  # "Yekaterina Podkopayeva" tagged ORG, "J. Smith"
    if results_line(span) and not looks_like_person(span):
        return ORGANIZATION  # "Northtown 2 Southville 1"
    if city and span.label_ != "PERSON":
        return PLACE
    if region and span.label_ == "PERSON" and not gazetteer.given_name(text) and not looks_like_person(span):
        return PLACE  # "Derbyshire" tagged PERSON: a county
    if city and len(span) == 1 and (
        gazetteer.city_population(text) >= BIG_CITY
        or after_locative(span)
        or (gazetteer.city_population(text) >= CITY and not gazetteer.given_name(text))
    ):
        return PLACE  # "Kiev", "Manchester" tagged PERSON are cities; "Clinton" (a small town too) is a person
    return DEFAULT_TYPE.get(span.label_)


#: Head words of the names of buildings and sites: a name ending in one is a place ("Ludwig Gallery").
FACILITY_HEADS = {"Museum", "Gallery", "Mosque", "Church", "Cathedral", "Minster", "Chapel", "Temple", "Synagogue",
                  "Station", "Campus", "Clinic", "Stadium", "Arena", "Airport", "Palace", "Castle", "Base", "Bridge",
                  "Square", "Tower", "Monastery", "Abbey", "Memorial", "Mountain", "Island", "Valley"}
#: Words that open the names of buildings and sites in other languages: "Kunsthalle X", "Estadio X".
FACILITY_OPENERS = {"Kunsthalle", "Schloss", "Estadio", "Stade", "Palazzo", "Gare", "Literaturhaus", "Monte", "Mount"}
#: A church named by its faith alone is the institution: "the Roman Catholic Church".
FAITH_WORDS = {"roman", "catholic", "orthodox", "protestant", "anglican", "evangelical", "lutheran", "methodist",
               "greek", "russian", "coptic", "apostolic", "church", "the"}


#: Common nouns for kinds of organisation: one right before a name ("carmaker Magna", "the daily X")
#: or heading an apposition after it ("X, a publicly listed company") makes the name an organisation.
ORG_NOUNS = {"company", "firm", "group", "conglomerate", "corporation", "carmaker", "automaker", "airline", "carrier",
             "bank", "lender", "insurer", "retailer", "manufacturer", "maker", "producer", "supplier", "operator",
             "broadcaster", "newspaper", "daily", "weekly", "magazine", "publisher", "agency", "network", "platform",
             "website", "startup", "start-up", "subsidiary", "giant", "club", "side", "party", "organization",
             "organisation", "ngo", "charity", "union", "association", "foundation", "institute", "university",
             "brand", "utility", "consortium", "outlet", "portal", "app", "service", "chain", "label"}


#: Head nouns of bodies named by a modifier after "the": "the Ifo think tank", "the Northtown union".
BODY_HEADS = {"tank", "union", "party", "group", "movement", "network", "institute", "foundation", "company",
              "firm", "bank", "newspaper", "daily", "magazine", "broadcaster", "agency", "organization",
              "organisation", "ngo", "charity", "association", "carmaker", "club", "consortium"}


def org_evidence(span: Span) -> bool:
    """A kind-of-organisation noun right before the name or heading an apposition after it."""
    doc = span.doc
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.lower_ in ORG_NOUNS and prev.is_lower and prev.pos_ == "NOUN":
            return True
    k = span.end
    if not (gazetteer.city_population(span.text) >= CITY or gazetteer.region(span.text) or gazetteer.country(span.text)):
        j = k  # "the Ifo economic think tank", "the Northtown dockers union": the name of the body
        while j < min(len(doc), k + 3) and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} and doc[j].lower_ not in BODY_HEADS:
            j += 1
        if j < len(doc) and doc[j].lower_ in BODY_HEADS and doc[j].is_lower and doc[j].pos_ == "NOUN" \
                and (j + 1 == len(doc) or doc[j + 1].pos_ != "NOUN"):
            return True
    if k + 1 < len(doc) and doc[k].text == ",":
        for tok in doc[k + 1 : min(len(doc), k + 7)]:
            if tok.lower_ in ORG_NOUNS and tok.is_lower and tok.pos_ == "NOUN":
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                return nxt is None or nxt.text in {",", ".", ";", ")"} or nxt.lower_ in {"that", "which", "based", "with", "in", "of"}
            if not (tok.lower_ in {"a", "an", "the"} or tok.pos_ in {"ADJ", "ADV", "PROPN"} or tok.is_lower and tok.pos_ == "NOUN"
                    or tok.text == "-" or tok.tag_ in {"VBN", "VBG"}):  # "a publicly listed company"
                return False
    return False


#: Kinds of company that name no person's job: right before a name they outweigh a given name
#: ("media conglomerate Ivan Rusk"); "publisher", "producer" may be a person's trade.
COMPANY_NOUNS = {"company", "firm", "group", "conglomerate", "corporation", "carmaker", "automaker", "airline", "bank",
                 "lender", "insurer", "retailer", "manufacturer", "giant", "subsidiary", "startup", "start-up",
                 "consortium", "utility", "chain", "broadcaster", "newspaper", "daily", "weekly", "magazine", "supplier"}


def company_before(span: Span) -> bool:
    """A kind of company right before the name ("media conglomerate Ivan Rusk") or heading the
    apposition the name closes ("its fuel supplier, Larkon")."""
    doc = span.doc
    if span.start < 1:
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in COMPANY_NOUNS and prev.is_lower and prev.pos_ == "NOUN":
        return True
    head = span.root.head
    return (prev.text == "," and span.root.dep_ == "appos" and head.i == span.start - 2 and head.is_lower
            and head.lower_ in COMPANY_NOUNS)


def facility(span: Span) -> bool:
    """A building or site: a name ending in a facility word, or opened by one of another language."""
    if len(span) < 2 or not (span[-1].text in FACILITY_HEADS or span[0].text in FACILITY_OPENERS):
        return False
    return not (span[-1].text == "Church" and all(t.lower_ in FAITH_WORDS for t in span))


#: Capitalised head words of place names: "Morgan City", "Orange County", "Loei Province".
PLACE_HEADS = {"City", "County", "Province", "District", "Island", "Islands", "Valley", "Bay", "Beach", "Peninsula"}


#: Articles of other languages that open titles of newspapers: "Der Spiegel", "Il Messaggero".
FOREIGN_ARTICLES = {"Der", "Die", "Das", "Il", "Het"}


def names_a_place_as_team(span: Span) -> bool:
    """Two or more words, one a city or country, none a given name or initial: a club or firm."""
    if len(span) < 2 or gazetteer.given_name(span[0].text) or INITIAL.match(span[0].text):
        return False
    if span[0].text in FOREIGN_ARTICLES:
        return True
    return any(t.text[:1].isupper() and (gazetteer.city_population(t.text) >= 100_000 or gazetteer.country(t.text)) for t in span)


def has_org_cue(span: Span) -> bool:
    """A capitalised word of an organisation's name: Party, Ministry, University, Bank, FC..."""
    cues = gazetteer.cue_words("org")
    return any(t.text[:1].isupper() and gazetteer.fold(t.text) in cues for t in span) and not (
        len(span) == 1 and span.label_ == "PERSON")


#: A one-word name the model calls a person is taken for a city only if the city is this big
#: (or the name follows "in", "at"...): many surnames are also the names of small towns.
BIG_CITY = 1_000_000
#: ... or this big and no given name (a town named like a given name may well be a surname).
CITY = 100_000
INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")


def after_locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE


def has_initials(span: Span) -> bool:
    """"J. Smith", "J.R. Doe": initials before a capitalised word."""
    return len(span) >= 2 and INITIAL.match(span[0].text) is not None and is_name_word(span[-1])


def looks_like_person(span: Span) -> bool:
    """Two to four capitalised words led by a common given name ("Lilian Thuram")."""
    if not 2 <= len(span) <= 4 or not gazetteer.given_name(span[0].text):
        return False
    return all(is_name_word(t) or t.text in {"-", "'"} or t.lower_ in NAME_PARTICLES for t in span[1:])


#: Lower-case words inside people's names: "Joost van der Westhuizen".
NAME_PARTICLES = {"van", "der", "de", "den", "von", "da", "di", "del", "della", "le", "la", "al", "el", "bin", "ibn"}


#: Words that may stand between the capitalised words of an organisation's name after "for/of/on".
ORG_NAME_GLUE = {"and", "of", "the", "for", "on", "former", "-", "&"}


def extend_person(span: Span) -> Span:
    """"Ard" + "van der Steur": a person's name goes on through lower-case particles to a capitalised word."""
    doc = span.doc
    k = span.end
    while k < len(doc) and k < span.end + 3 and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower:
        k += 1
    if k == span.end and k < len(doc) and len(span) >= 2 and last_name_cut(span):
        return Span(doc, span.start, k + 1, label=span.label_)  # "Robert Seldon" + "Lady": the name's head
    if k == span.end or k >= len(doc) or not (doc[k].is_alpha and doc[k].text[:1].isupper()) or not is_name_word(doc[k]):
        return span
    if "\n" in doc[k - 1].whitespace_ or any("\n" in t.whitespace_ for t in doc[span.end - 1 : k]):
        return span
    return Span(doc, span.start, k + 1, label=span.label_)


def last_name_cut(span: Span) -> bool:
    """The model stopped a name one word short: the next word is an untagged capitalised name word
    that the name's last word modifies, and the name ends there ("Robert Seldon Lady has been")."""
    doc, k = span.doc, span.end
    nxt = doc[k]
    return (span[-1].dep_ == "compound" and span[-1].head.i == k and nxt.pos_ == "PROPN" and not nxt.ent_type_
            and is_name_word(nxt) and nxt.text not in PLACE_HEADS | FACILITY_HEADS and not nxt.is_sent_start
            and "\n" not in span[-1].whitespace_ and (k + 1 == len(doc) or not doc[k + 1].text[:1].isupper()))


def extend_org(span: Span) -> Span:
    """"Engineers Society" + "for Maritime Safety Technique and Management": a name ending in an
    organisation's cue word goes on through "for/of/on" and the capitalised words after it."""
    doc = span.doc
    j = span.end
    if gazetteer.fold(span[-1].text) not in gazetteer.cue_words("org") or j + 1 >= len(doc):
        return span
    if doc[j].lower_ not in {"for", "of", "on"} or "\n" in doc[j - 1].whitespace_ or "\n" in doc[j].whitespace_:
        return span
    k = j + 1
    while k < len(doc) and doc[k].lower_ in {"the", "former"}:
        k += 1
    end = None
    while k < len(doc) and k < j + 10:
        tok = doc[k]
        if tok.lower_ in CALENDAR_WORDS or tok.lower_ in {"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"}:
            break  # "Tennis Centre on Friday"
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start:
            end = k + 1
        elif not (tok.lower_ in ORG_NAME_GLUE and end is not None):
            break
        if "\n" in tok.whitespace_:
            break
        k += 1
    return Span(doc, span.start, end, label=span.label_) if end else span
#: Nouns of kinds of place: "the island of X", "the town of X" name a place.
PLACE_NOUNS = {"island", "islands", "city", "town", "village", "province", "region", "state", "county", "district",
               "port", "capital", "municipality", "peninsula", "valley", "strait", "straits", "river", "lake"}


def place_noun_of(span: Span) -> bool:
    """"the island of Lampedusa", "the town of Eppelsheim": a kind-of-place noun, then "of", then the name."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in PLACE_NOUNS \
        and doc[span.start - 2].is_lower


#: Role groups (titles.tsv) of posts at the head of a body: "the chairman of X" names a body, not a person.
HEAD_ROLES = {"head", "official"}
#: Posts of that group held beside a person: "an aide of X" may name a person.
AIDES = {"aide", "adviser", "advisor", "deputy"}


def post_of(span: Span) -> bool:
    """"president and chief executive of X", "the chairman of the X": a head's post, "of", then a name
    the model took for a person or an organisation (not "the lawyer of X", "a spokesman for X")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if span.label_ not in {"PERSON", "ORG"} or k < 1 or doc[k].lower_ != "of" or span.root.dep_ != "pobj":
        return False  # "director of the Clara Barton camp": the name modifies another noun
    post = doc[k - 1]
    return post.is_lower and post.lower_ not in AIDES and gazetteer.titles().get(post.lower_) in HEAD_ROLES


def own_surname(span: Span) -> set[str]:
    """The last word of a hyphenated name ("Ata-ur-Rahman") is its own, not another person's."""
    return {span[-1].text} if len(span) > 1 else set()


def harmonise(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """One name, one type in a document: people's names and surnames win, then the majority."""
    votes: dict[str, Counter] = {}
    for s, t in typed:
        votes.setdefault(s.text, Counter())[t] += 1
    # a one-word name is a person everywhere only if it is one in at least half of its mentions:
    # one stray PERSON label ("Can Hamburg win the league?") does not make the city a person
    people = {s.text for s, t in typed if t == PERSON and (
        len(s) > 1 or s.label_ == "PERSON" and 2 * votes[s.text][PERSON] >= sum(votes[s.text].values()))}
    surnames = {s[-1].text for s, t in typed if t == PERSON and len(s) > 1}
    surname_keys = {name_key(w) for w in surnames}  # "Zelenskyy" alone for "Volodymyr Zelensky"
    # family name first ("Wang Yi" ... "Wang"): the first word of a two-word name, used alone
    firsts = {s[0].text for s, t in typed if t == PERSON and len(s) == 2}
    firsts = {w for w in firsts if not (gazetteer.country(w) or gazetteer.city(w) or gazetteer.organization(w))}
    # "Northcorp CEO X": a body by its post, wherever else the model calls the word a person
    # and "auto parts manufacturer Magna": a company once is a company everywhere, whatever the model says elsewhere
    bodies = {s.text for s, t in typed if t == ORGANIZATION and (body_before_title(s) or company_before(s))} - surnames
    people -= bodies
    out = []
    for s, t in typed:
        if t in (PERSON, ORGANIZATION, PLACE) and s.text in bodies and not has_person_evidence(s):
            out.append((s, ORGANIZATION))
            continue
        if t == PERSON and "-" in s.text and any(part in surnames - own_surname(s) for part in s.text.split("-")):
            continue  # "Putin-Zelensky (meeting)": two people named together, not a name
        if t == "NORP":
            out.append((s, t))
            continue
        if t != PERSON and (s.text in surnames or s.text in firsts or (s.text in people and not gazetteer.country(s.text))
                            or (len(s) == 1 and name_key(s.text) in surname_keys and not gazetteer.country(s.text))):
            t = PERSON
        elif t not in (COUNTRY, PERSON) and len(votes[s.text]) > 1:
            t = votes[s.text].most_common(1)[0][0]
        elif t == PERSON and len(s) == 1 and s.text not in people | surnames and len(votes[s.text]) > 1:
            t = votes[s.text].most_common(1)[0][0]  # the stray PERSON mention of a city follows the others
        out.append((s, t))
    return out
