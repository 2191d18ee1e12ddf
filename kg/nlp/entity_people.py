"""People the model missed or mistyped, for :mod:`kg.nlp.entities`: a name's role in the sentence
says it is a person's ("Quorvath said", "Quorvath, 53,", "Quorvath, a senior official", "met
Fabius and Quorvath"), or that a capitalised word opening a subheading is none.

These rules ask the English dictionary (``common_word``, :class:`kg.nlp.entity_words.CommonWords`):
a dictionary word is rarely an unknown surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp import gazetteer
from kg.nlp.entity_evidence import (
    BUILDING_ONLY_HEADS,
    FACILITY_HEADS,
    FACILITY_OPENERS,
    STREET_HEADS,
    has_org_cue,
    org_evidence,
)
from kg.nlp.entity_spans import HYPHENS
from kg.nlp.entity_words import (
    CALENDAR_WORDS,
    DOCUMENT_HEADS,
    INITIAL,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    REGNAL_NUMBER,
    CommonWords,
    is_name_word,
    known_name,
)
from kg.nlp.names import STYLE_NOUNS
from kg.nlp.paragraphs import DATELINE_ENDS
from kg.nlp.titled_names import has_person_evidence
from kg.nlp.titles import CLERGY, MONARCHS, TWO_WORD_ROYALS, post_before

#: Verbs of saying: their subject, if a name, is a person ("Quorvath said").
SPEECH_VERBS = {"say", "tell", "add", "ask", "insist", "warn", "claim", "explain", "admit", "deny", "stress",
                "argue", "reply", "recall", "note", "quote"}
#: Verbs whose subject is a person: saying, what happens to people only ("X was arrested", "X resigned"),
#: and a traveller's ("X will travel to Y", "X visited Y").
PERSON_VERBS = SPEECH_VERBS | {"arrest", "sentence", "detain", "jail", "imprison", "kill", "wound", "injure",
                               "execute", "convict", "elect", "appoint", "marry", "die", "resign", "travel", "visit"}


#: Adverbs before "known as": "popularly known as Madobe", "better known as Hemedti".
KNOWN_AS_ADVERBS = {"popularly", "better", "widely", "commonly", "also", "locally", "affectionately", "simply",
                    "universally", "generally", "fondly", "famously"}


def known_as(tok) -> object | None:
    """The last word of the name a nickname is given after: "X, popularly known as Madobe," (tok "Madobe"): the
    last word of X, whoever X is (the callers ask), or the title it is given after: "The Jubaland leader, universally
    known as Madobe," ("leader")."""
    doc, k = tok.doc, tok.i - 1
    if k < 3 or doc[k].lower_ != "as" or doc[k - 1].lower_ != "known":
        return None
    k -= 2 if doc[k - 2].lower_ not in KNOWN_AS_ADVERBS else 3
    return doc[k - 1] if k >= 1 and doc[k].text == "," and (
        doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in gazetteer.title_words()) else None


def known_as_name(tok, taken: set[int], people: set[int]) -> Span | None:
    """"Ahmed Mohamed Islam, popularly known as Madobe,", "The Jubaland leader, known as Madobe,": the capitalised
    words of a person's nickname."""
    named = known_as(tok)
    if named is None or named.i not in people and not (named.is_lower and gazetteer.titles().get(named.lower_)):
        return None
    end = tok.i
    while end < len(tok.doc) and end not in taken and tok.doc[end].text[:1].isupper() and tok.doc[end].is_alpha:
        end += 1
    return tok.doc[tok.i : end] if end > tok.i and end - tok.i <= 3 else None


def speaker(tok, taken: set[int], common_word: CommonWords) -> Span | None:
    """"Quorvath said", "Quorvath was arrested", "X met Quorvath": a name the model missed as the subject
    of a verb of saying or of PERSON_VERBS, or as a party of a meeting (a body's statement is rarely
    "said" by a one-word unknown name)."""
    if not (tok.pos_ == "PROPN" and (tok.dep_ in {"nsubj", "nsubjpass"} and (
            tok.head.lemma_ in PERSON_VERBS or gendered_object(tok.head)) or meeting_party(tok))):
        return None
    start = tok.i
    doc = tok.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
            and doc[start - 1].i not in taken and is_name_word(doc[start - 1]):
        start -= 1

    def fits(t) -> bool:
        return is_name_word(t) and not t.text.isupper() and not common_word(t.lower_) \
            and t.lower_ not in CALENDAR_WORDS and not known_name(t.text)

    if all(fits(t) for t in doc[start : tok.i + 1]):
        return doc[start : tok.i + 1]
    # "Minister of Migrant Worker Protection Mukhtarudin said": the name after the last word of a post's portfolio
    first = tok.i
    while first > start and fits(doc[first - 1]):
        first -= 1
    titles = gazetteer.title_words()
    if fits(tok) and any(doc[k].lower_ in titles for k in range(max(0, first - 6), first)):
        return doc[first : tok.i + 1]
    return None


def gendered_object(verb) -> bool:
    """"X played his entire career with Y": the verb's object belongs to "his" or "her"."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in {"his", "her"} for p in c.children)
               for c in verb.children)


def person_by_role(span: Span, common_word: CommonWords) -> bool:
    """"Tarango said", "Duran , 45 ,": an unknown one-word name tagged as a body or place that says
    something or is given an age is a person (known names, dictionary words and acronyms are not)."""
    if len(span) != 1 or span.label_ not in {"ORG", "GPE", "LOC", "FAC"} or has_org_cue(span) or org_evidence(span):
        return False  # "the liberal daily Quorlap said": a newspaper says things too
    tok, doc = span[0], span.doc
    if speaker(tok, set(), common_word) is not None or who_after(span):
        return True
    if span.label_ in {"GPE", "LOC"} and meeting_party(tok) and is_name_word(tok) and not (
            tok.text.isupper() or common_word(tok.lower_) and tok.is_sent_start or known_name(tok.text)
            or gazetteer.region(tok.text)):
        return True  # "Hasina met Modi", "spoke to Macron" (a word too) tagged GPE: an unknown place meets no one
    after = doc[span.end : span.end + 3]
    return (len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit()
            and 15 <= int(after[1].text) <= 99 and is_name_word(tok) and not tok.text.isupper()
            and not common_word(tok.lower_) and not known_name(tok.text)
            and not gazetteer.region(tok.text))


#: Verbs of meeting and talking whose subject, or direct object, is a party.
PARTY_VERBS = {"meet", "talk", "speak", "phone", "telephone", "call", "host", "receive", "welcome", "greet"}


def meeting_party(tok) -> bool:
    """"X met Y", "X hosted Y", "X spoke with Y", "X spoke to Y": tok is a party of a meeting or a talk."""
    verb = tok.head
    if tok.dep_ == "pobj" and (verb.lower_ == "with" or verb.lower_ == "to" and verb.head.lemma_.lower() in {"speak", "talk"}):
        verb = verb.head
    elif tok.dep_ not in {"nsubj", "dobj"}:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in PARTY_VERBS and not (
        tok.dep_ == "dobj" and verb.lemma_.lower() in {"talk", "speak"})  # "speaks English"


def who_after(span: Span) -> bool:
    """"Mason, who headed the agency", "Warner, 70, who owned the bank": a relative "who" (after a
    comma, and an age) refers back to a person (a body takes "which"); not a country's name, nor a city's after "in"
    ("the Ambassador of China in Algiers, who handed over a message": the ambassador)."""
    doc, k = span.doc, span.end
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].text.isdigit() and doc[k + 2].text == ",":
        k += 2  # ", 70 ,": an age
    placed = span.start >= 1 and doc[span.start - 1].lower_ in {"in", "at", "to", "from"} and gazetteer.city(span.text)
    return (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "who" and span[0].is_alpha
            and not span[0].text.isupper() and not gazetteer.country(span.text) and not placed)


def surname_with_apposition(tok, common_word: CommonWords) -> bool:
    """A lone capitalised name followed by an age (", 53 ,") or by a title apposition (", a senior
    official"): a person the model missed, often a surname opening a sentence."""
    doc = tok.doc
    if not is_name_word(tok) or tok.text.isupper() or known_name(tok.text) or tok.lower_ in CALENDAR_WORDS:
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
    return not common_word(tok.lower_) and title_apposition(doc, k)


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


def listed_with_people(tok, people: set[int], common_word: CommonWords) -> bool:
    """An unknown capitalised name joined by "and"/"or" to a person's name ("Fabius and Quorvath")."""
    if tok.pos_ != "PROPN" or not is_name_word(tok) or tok.text.isupper() or common_word(tok.lower_) \
            or known_name(tok.text) or gazetteer.region(tok.text):
        return False
    if tok.dep_ == "conj" and tok.head.i in people:
        return True
    if any(c.dep_ == "conj" and c.i in people for c in tok.children):
        return True
    # "Quorvath, Jo Doe, Al Roe and Ed Poe returned": the parser takes the rest of the list for an apposition
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False  # "Tries : Jo Doe , Al Roe": a heading before a list, not one of it
    return any(c.dep_ == "appos" and c.i in people and any(g.dep_ == "conj" and g.i in people for g in c.children)
               for c in tok.children)


def listed_name_with_people(span: Span, people: set[int], common_word: CommonWords) -> bool:
    """One word as in ``listed_with_people``, or two or three unknown capitalised words, none a
    dictionary word, town or country, in a list of people ("X, Medhi Quorvath, Y and Z")."""
    if len(span) == 1:
        return listed_with_people(span[0], people, common_word)
    if len(span) > 3 or known_name(span.text) or any(
            not is_name_word(t) or t.text.isupper() or common_word(t.lower_) or known_name(t.text)
            or gazetteer.region(t.text) for t in span):
        return False
    root = span.root
    return root.dep_ == "conj" and root.head.i in people or any(c.dep_ == "conj" and c.i in people for c in root.children)


def syllable(tok) -> bool:
    """A short lower-case word of letters: the second syllable of a hyphenated Korean given name ("Duk-geun")."""
    return tok.is_alpha and tok.is_lower and len(tok) <= 5


def name_after_post(tok, taken: set[int], common_word: CommonWords) -> Span | None:
    """"India's Minister of Commerce and Industry, Piyush Goyal, said", "Minister for Information Attaullah
    Tarar and ...": two to four capitalised words, none a dictionary word nor an organisation's, right after a
    post (and a comma) are the name of the one holding it."""
    doc = tok.doc
    k = tok.i - 1
    if k < 0 or not post_before(doc, k if doc[k].text == "," else tok.i):
        return None
    end = tok.i
    while end < len(doc) and end - tok.i < 4 and end not in taken and is_name_word(doc[end]) and (
            len(doc[end]) == 1 and end + 1 < len(doc) and is_name_word(doc[end + 1]) or not (  # "V R Chaudhari"
            doc[end].text.isupper() or common_word(doc[end].lower_) and not family_word(doc[end], tok))) \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
        joined = end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and end + 1 not in taken
        if joined and is_name_word(doc[end + 1]):
            end += 1  # "Kassym-Jomart Tokayev": a hyphenated given name
        elif joined and syllable(doc[end + 1]):
            end += 2  # "Ahn Duk-geun": a Korean given name's second syllable, in lower case
        elif end + 2 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower and doc[end + 1].text \
                in HYPHENS and not doc[end].whitespace_ + doc[end + 1].whitespace_ and is_name_word(doc[end + 2]) \
                and end + 2 not in taken and "\n" not in doc[end - 1].whitespace_:
            end += 3  # "Field Marshal Khalid" + "al-Werfalli": an article joined to the family name
            break
    if end - tok.i < 2 or end < len(doc) and doc[end].text[:1].isupper():
        return None
    span = past_portfolio(doc[tok.i : end])
    if span is not None and len(span) > 2 and span.start == tok.i and doc[tok.i - 1].lower_ == "the":
        span = doc[span.end - 2 : span.end]  # "Chairman of the Halk Maslahaty X Y": a body's name, then the holder's
    return None if span is None or gazetteer.country(span.text) or gazetteer.city(span.text) \
        or gazetteer.organization(span.text) or has_org_cue(span) else span


def past_portfolio(span: Span) -> Span | None:
    """The words of a name after the last word of a post's portfolio among them ("Peacebuilding Affairs Helena Sorvik"
    after "Under-Secretary-General for Political and": Helena Sorvik), if two or more; the span if it holds none."""
    last = max((t.i for t in span if t.lower_ in PORTFOLIO_WORDS), default=None)
    if last is None:
        return span
    return span.doc[last + 1 : span.end] if span.end - last > 2 else None


def family_word(word, first) -> bool:
    """A name word after a given name that the dictionary also holds (WordNet has "Ortega", "Diaz"): "Minister of
    Tourism Yamila" + "Ortega Díaz", tagged a proper noun and no title or day."""
    return word.i > first.i and word.pos_ == "PROPN" and word.text.istitle() and not word.is_stop \
        and word.lower_ not in gazetteer.title_words() | CALENDAR_WORDS


#: Royal titles that name a person only after a style ("His Highness Sheikh X", "HRH Princess X"): "Prince Edward
#: Island" is a province.
ROYALS = {"prince", "princess", "sheikh", "sheikha"}


def monarch_name(tok, taken: set[int], common_word: CommonWords) -> Span | None:
    """"King Willem-Alexander", "Queen Máxima", "Pope Leo XIV", "Patriarch Bartholomew I", "Her Royal Highness
    Princess Anne", "Crown Princess Mary" the model left untagged:
    the name after a monarch's or a church head's title (through a hyphen to a capitalised word, and a regnal number),
    not a dictionary word nor a known place or
    body; None otherwise."""
    doc = tok.doc
    styled = tok.i >= 2 and (doc[tok.i - 1].lower_ in ROYALS and doc[tok.i - 2].lower_ in STYLE_NOUNS | {"hrh", "hh"}
                             or doc[tok.i - 2 : tok.i].text.lower() in TWO_WORD_ROYALS)
    if tok.i == 0 or doc[tok.i - 1].lower_ not in MONARCHS | CLERGY and not styled or not doc[tok.i - 1].text[:1].isupper() \
            or not is_name_word(tok) or tok.text.isupper() \
            or (common_word(tok.lower_) or known_name(tok.text)) and not gazetteer.given_name(tok.text) \
            or gazetteer.country(tok.text):
        return None  # but "King Charles", "HM King Mohammed VI", "Crown Princess Mary": a given name that is a
        # dictionary word or a town too
    end = tok.i + 1
    while end + 1 < len(doc) and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2  # "Willem-Alexander"
    while end < len(doc) and end - tok.i < 4 and end not in taken and is_name_word(doc[end]) \
            and not REGNAL_NUMBER.match(doc[end].text) and not doc[end].text.isupper() \
            and not common_word(doc[end].lower_) and not known_name(doc[end].text) \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1  # "Cardinal Pietro Parolin": the family name too
    if end < len(doc) and REGNAL_NUMBER.match(doc[end].text) and end not in taken:
        end += 1  # "Felipe VI"
    if end < len(doc) and doc[end].text in FACILITY_HEADS | STREET_HEADS:
        return None  # "Queen Victoria Street", "King Fahd Palace": a place named after a monarch
    return None if any(i in taken for i in range(tok.i, end)) else doc[tok.i : end]


#: Forms of address that only a person's name follows: "Mr Abdelmadjid Tebboune", "Mme. Yassine Fall".
#: The marks of a glottal stop opening a Polynesian name, written as an apostrophe: "'Aisake".
OKINAS = {"'", "‘", "ʻ", "’"}
ADDRESS_WORDS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "mme.", "mlle", "madame", "monsieur", "hon", "hon.",
                 "honourable", "honorable", "dr", "dr.", "mister", "madam"}


def addressed_name(tok, taken: set[int]) -> Span | None:
    """"Mr Abdelmadjid Tebboune", "Mrs. Quorvath", "The Hon Pat Quorvoy MP": one to four name words (and particles:
    "Mr Mohamed Ould Cheikh El Ghazouani") after a form of address, the model having missed them; not "Mr
    President"."""
    doc = tok.doc
    k = tok.i - 1 - (tok.i >= 2 and doc[tok.i - 1].text in OKINAS and not doc[tok.i - 1].whitespace_)
    if tok.i == 0 or doc[k].lower_ not in ADDRESS_WORDS or not is_name_word(tok) or tok.text.isupper() \
            or tok.lower_ in ADDRESS_WORDS:  # ("the Hon Dr X": the name after both; "Dr 'Aisake X": past the okina)
        return None
    end = tok.i + 1
    while end < len(doc) and end - tok.i < 6 and end not in taken and "\n" not in doc[end - 1].whitespace_ and (
            is_name_word(doc[end]) or doc[end].lower_ in NAME_PARTICLES | {"ould", "ben"}):
        end += 1
    while end > tok.i + 1 and doc[end - 1].lower_ in NAME_PARTICLES | {"ould", "ben"}:
        end -= 1
    span = doc[tok.i : end]
    if gazetteer.country(span.text) or gazetteer.organization(span.text) or gazetteer.city(span.text):
        return None
    return span


def joined_given_name(tok, taken: set[int]) -> bool:
    """A given name joined to a second by a hyphen, written without spaces: "Jean-Noël", "Anna-Lena"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in HYPHENS and not tok.whitespace_ \
        and not doc[tok.i + 1].whitespace_ and tok.i + 2 not in taken and is_name_word(doc[tok.i + 2]) \
        and doc[tok.i + 2].text[:1].isupper()


def given_name_span(tok, taken: set[int], common_word: CommonWords) -> Span | None:
    """"Lilian Thuram": a common given name followed by one to three capitalised words."""
    doc = tok.doc
    if (tok.is_alpha and tok.text.isupper()) or not is_name_word(tok):
        return None  # lines in capitals are left to recase()
    first = tok.i + 3 if joined_given_name(tok, taken) else tok.i + 1  # "Jean-Noël Barrot": one given name
    end = first
    while end < len(doc) and end - first < 3 and end not in taken and is_name_word(doc[end]) \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if end == first:
        return None
    who = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"  # "Dominic Reyes, who"
    if tok.is_sent_start and common_word(tok.lower_) and not who and first == tok.i + 1 \
            and not (tok.i and doc[tok.i - 1].text in DATELINE_ENDS):
        return None  # "Frank Talks Resume" opening a line (but "Jean-Noël Barrot" is a name, and so is a lede's
        # "Jan Nowak" after a dateline's dash)
    span = doc[tok.i : end]
    if all(common_word(t.lower_) for t in span if not INITIAL.match(t.text)) and not who:
        return None  # "File Photo": a rare given name before common words
    if any(t.lower_ in PORTFOLIO_WORDS for t in span[:-1]):
        return None  # "Peacebuilding Affairs Helena Sorvik": a portfolio's words, then the name (after a post)
    if span[-1].text in FACILITY_HEADS | BUILDING_ONLY_HEADS | STREET_HEADS | DOCUMENT_HEADS:
        return None  # "the O.R. Tambo Building": a place named after a person; "the Non-Proliferation Treaty": a text
    if gazetteer.country(span.text) or gazetteer.city(span.text) or gazetteer.organization(span.text) \
            or gazetteer.demonym(span.text):
        return None  # (nor a people's adjective: "The Sri Lankan President")
    if any(gazetteer.fold(t.text) in gazetteer.cue_words("org") for t in span):
        return None
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.i not in taken and before.dep_ == "compound" and before.head in span \
            and is_name_word(before) and not (before.text.isupper() or common_word(before.lower_) or known_name(before.text)
                                              or before.text in FACILITY_OPENERS):  # not "Estadio Santiago Bernabeu"
        return doc[before.i : end]  # "Choe Son Hui": a family name before the given name
    return span


def subhead_word(span: Span, common_word: CommonWords) -> bool:
    """"Bestseller philosophy But the idea ...": a subheading run into the text opens with a dictionary
    word the model calls a person; one word opening a sentence after the first, no given name, no
    title, and a lower-case noun or preposition after it (not a verb: "Brown said") is no name."""
    doc = span.doc
    if len(span) != 1 or span.start != span.sent.start or span.start == 0 or span.end >= len(doc):
        return False  # the first words of a text are its headline: "Dole team seeks ..." names a person
    tok, nxt = span[0], doc[span.end]
    if not (tok.is_alpha and tok.is_title and common_word(tok.lower_)) or gazetteer.given_name(tok.text):
        return False
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADP", "ADJ"} and not has_person_evidence(span)


#: The largest town whose name, a given name too, still opens a person's name the model split: "Martín", not "Paris".
SMALL_TOWN = 100_000


def surname_tagged_place(span: Span) -> bool:
    """"German Ambassador to Israel Steffen" + "Seibert" tagged a place: a one-word place no country, region or town of
    some size, right after an untagged given name on the same line and ending the name, is a person's surname (the
    given name opening the name; not "the Fairmont Banff Springs hotel")."""
    doc, k = span.doc, span.start - 1
    return len(span) == 1 and span.label_ in {"GPE", "LOC", "FAC"} and k >= 0 and not doc[k].ent_type_ \
        and gazetteer.given_name(doc[k].text) and doc[k].text[:1].isupper() and "\n" not in doc[k].whitespace_ \
        and doc[k].pos_ == "PROPN" and not doc[k].is_stop \
        and (span.end == len(doc) or not doc[span.end].text[:1].isupper()) \
        and not (gazetteer.country(span.text) or gazetteer.region(span.text) or gazetteer.organization(span.text)
                 or gazetteer.city_population(span.text) >= SMALL_TOWN or gazetteer.city(doc[k].text))


def given_name_tagged_body(span: Span) -> int | None:
    """"Paraguay's foreign minister, Esteban" + "Ocampo Villalba": a given name tagged as a body or place (no country,
    region or large town), after a title or a country's "'s" and followed by one or two untagged name words on the same
    line, opens a person's name; where that name ends, or None."""
    doc, word = span.doc, span[0]
    if len(span) != 1 or span.label_ not in {"ORG", "GPE", "LOC", "FAC", "NORP"} \
            or not gazetteer.given_name(word.text) \
            or gazetteer.country(word.text) or gazetteer.region(word.text) or gazetteer.organization(word.text) \
            or gazetteer.city_population(word.text) >= SMALL_TOWN or "\n" in word.whitespace_:
        return None
    k = span.start - 1
    titled = k >= 0 and (doc[k].text in {"'s", "’s"} or doc[k].lower_ in gazetteer.title_words()
                         or doc[k].text == "," and k >= 1 and doc[k - 1].lower_ in gazetteer.title_words()
                         # "The foreign ministers of Panama and Colombia, Eduardo" + "Ferrer Arosemena"
                         or doc[k].text == "," and k >= 1 and doc[k - 1].ent_type_ == "GPE" and any(
                             t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in gazetteer.title_words()
                             for t in doc[max(0, k - 8) : k]))
    end = span.end
    while titled and end < min(len(doc), span.end + 2) and not doc[end].ent_type_ and is_name_word(doc[end]) \
            and not INITIAL.match(doc[end].text) and not known_name(doc[end].text) \
            and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return end if end > span.end and (end == len(doc) or not doc[end].text[:1].isupper()) else None


#: Words a state's long name opens with after "of the": "President of the Republic".
STATE_FORM_WORDS = {"republic", "kingdom", "federation", "confederation", "principality", "sultanate", "emirate"}


def state_before_name(span: Span) -> bool:
    """"President of the Republic" + "Alar Karis" tagged as one body "Republic Alar Karis": the state's word ends the
    post, a given name opens the person's name after it."""
    doc, k = span.doc, span.start
    return len(span) >= 3 and span[0].lower_ in STATE_FORM_WORDS and k >= 3 and doc[k - 1].lower_ == "the" \
        and doc[k - 2].lower_ == "of" and doc[k - 3].lower_ in gazetteer.title_words() \
        and gazetteer.given_name(span[1].text) and all(is_name_word(t) for t in span[1:])
