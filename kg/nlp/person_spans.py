"""Where a person's name starts and ends, for :mod:`kg.nlp.entities` (after :mod:`kg.nlp.entity_spans` trims).

- ``extend_person``: a name the model cut short goes on: through particles ("Ard" + "van der Steur"), an Arabic
  article ("... bin Abdulrahman" + "Al Thani"), a given name it left out ("Antony" + "J. Blinken"), the rest of a
  hyphenated or double-barrelled name ("Kim Myong" + "-chol", "Phumzile Mlambo" + "-Ngcuka"), a quoted nickname, a
  regnal number ("Charles" + "III"), a given name after a family name in capitals ("HAN" + "Duck-soo, Acting
  President of ..."; ``family_name_first`` finds such names the model missed);
- ``split_people``, ``join_overlapping_people``: two people the model tagged as one are two, one person it tagged
  twice over is one;
- ``family_mentions``: a double-barrelled family name is the person's wherever it stands alone;
- ``without_malay_style``: a Malaysian honorific opens no name ("Datuk Seri" X).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import PERSON
from kg.nlp import gazetteer
from kg.nlp.entity_evidence import FACILITY_HEADS, PLACE_HEADS
from kg.nlp.entity_spans import HYPHENS, hyphen_syllable, malay_style_words
from kg.nlp.entity_words import (
    CALENDAR_WORDS,
    INITIAL,
    INNER_APOSTROPHE,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    QUOTES,
    family_name,
    is_name_word,
    known_name,
)
from kg.nlp.lines import capitals_line, title_case_line
from kg.nlp.names import (
    FORMS_OF_ADDRESS,
    HONORIFIC_PAIRS,
    HONORIFICS,
    MALAY_GRADES,
    MALAY_HONORIFICS,
    PATRONYMIC_WORDS,
    POST_NOMINALS,
)
from kg.nlp.titles import (
    CLERGY,
    FUNCTION_WORD_FAMILY_NAMES,
    MODIFIERS,
    MONARCHS,
    REGNAL_NUMBER,
    function_word_family_name,
    singular_title,
)

#: The Arabic article capitalised, opening the family name at the end of a name: "Tamim bin Hamad Al Thani".
ARABIC_ARTICLES = {"Al", "El"}


#: The Persian link of a name's parts, written with a hyphen: "Al-e Sadegh", "Bani-ye Sadr".
EZAFE = {"e", "ye"}


def extend_person(span: Span) -> Span:
    """The person's name :func:`extended_name` gives, without letters for a seat or an honour it took in at its end
    ("Simon Harris" + "T.D.": a member of the Dáil, no part of the name)."""
    whole = extended_name(span)
    end = whole.end
    while end > max(span.end, whole.start + 2) and whole.doc[end - 1].text.replace(".", "") in POST_NOMINALS:
        end -= 1
    return whole if end == whole.end else Span(whole.doc, whole.start, end, label=whole.label_)


def extended_name(span: Span) -> Span:
    """"Ard" + "van der Steur": a person's name goes on through lower-case particles to a capitalised
    word, and through a capitalised Arabic article ("Mohammed bin Abdulrahman" + "Al Thani"); it opens with a given
    name the model left out ("Anders" + "Fogh Quorsen", "Antony" + "J. Blinken"); it goes on through the rest of a
    hyphenated given name ("Kim Myong" + "-chol") and a quoted
    nickname ("Frederick 'Fritz" + "' Doe"), a regnal number ("Charles" + "III")
    and the second half of a double-barrelled family name ("Phumzile Mlambo" + "-Ngcuka")."""
    doc = span.doc
    if given_name_before(span):
        span = Span(doc, span.start - 1, span.end, label=span.label_)
    elif (start := given_names_after_title(span)) < span.start:
        span = Span(doc, start, span.end, label=span.label_)
    elif (start := particles_before(span)) < span.start:
        span = Span(doc, start, span.end, label=span.label_)
    elif (start := given_names_in_list(span)) < span.start:
        span = Span(doc, start, span.end, label=span.label_)
    start = span.start  # "Khalid" + "bin" + "Salman bin Abdulaziz": the name the patronymic follows
    while start >= 2 and doc[start - 1].lower_ in PATRONYMIC_WORDS and doc[start - 1].is_lower \
            and doc[start - 2].text[:1].isupper() and is_name_word(doc[start - 2]) \
            and doc[start - 2].lower_ not in HONORIFICS and "\n" not in doc[start - 2].whitespace_:
        start -= 2
    span = Span(doc, start, span.end, label=span.label_) if start < span.start else span
    k = span.end
    if (whole := hyphenated_rest(span)) is not span:
        return whole
    if nickname_close(span):
        return Span(doc, span.start, k + 2, label=span.label_)
    if k < len(doc) and REGNAL_NUMBER.match(doc[k].text) and "\n" not in doc[k - 1].whitespace_ and (
            doc[k].text != "I" or span.start > 0 and doc[span.start - 1].lower_ in MONARCHS | CLERGY):
        return Span(doc, span.start, k + 1, label=span.label_)  # "Patriarch Bartholomew" + "I", "Charles" + "III"
    while k < len(doc) and k < span.end + 3 and doc[k].lower_ in NAME_PARTICLES and doc[k].is_lower:
        k += 1
        if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            k += 1  # "Abdel Fattah" + "el-Sissi", "al-Burhan": the article joined to the family name
    if k == span.end and k + 1 < len(doc) and doc[k].text in ARABIC_ARTICLES and doc[k + 1].text[:1].isupper() \
            and is_name_word(doc[k + 1]) and "\n" not in doc[k - 1].whitespace_ + doc[k].whitespace_:
        return Span(doc, span.start, k + 2, label=span.label_)  # "Sheikh Mohammed bin Abdulrahman" + "Al Thani"
    if k == span.end and k + 2 < len(doc) and doc[k].text in ARABIC_ARTICLES and doc[k + 1].text == "-" \
            and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and doc[k + 2].text[:1].isupper() \
            and is_name_word(doc[k + 2]) and "\n" not in doc[k - 1].whitespace_:
        return Span(doc, span.start, k + 3, label=span.label_)  # "... bin Jassim" + "Al-Thani"
    if k == span.end and k + 2 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in EZAFE \
            and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 2].text[:1].isupper() \
            and is_name_word(doc[k + 2]) and "\n" not in doc[k + 1].whitespace_:
        return Span(doc, span.start, k + 3, label=span.label_)  # "Mohammad Kazem Al" + "-e Sadegh": a Persian name
    if k == span.end and k < len(doc) and (len(span) >= 2 or after_title(span)) and last_name_cut(span):
        return Span(doc, span.start, k + 1, label=span.label_)  # "Robert Seldon" + "Lady": the name's head
    if k == span.end and k + 1 < len(doc) and len(span) >= 2 and span.start > 0 \
            and doc[span.start - 1].lower_ in gazetteer.title_words() and doc[k + 1].text in {"'s", "’s"} \
            and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].is_title and is_name_word(doc[k]) \
            and doc[k].ent_type_ in {"", "PRODUCT", "WORK_OF_ART"} and doc[k - 1].whitespace_ == " " \
            and not (gazetteer.country(doc[k].text) or gazetteer.city(doc[k].text)):
        return Span(doc, span.start, k + 1, label=span.label_)  # "Prime Minister Pham Minh" + "Chinh's programme"
    if k == span.end and (end := apposed_family_name(span)) > k:
        return Span(doc, span.start, end, label=span.label_)  # "Apollinaire Joachim" + "Kyelem de Tambela"
    if k == span.end and len(span) == 1 and (whole := family_name_first(span[0])) is not None:
        return Span(doc, span.start, whole.end, label=span.label_)  # "HAN" + "Duck-soo, Acting President of ..."
    if k == span.end and (end := capitals_tail(span)) > k:
        return Span(doc, span.start, end, label=span.label_)  # "Mohamed OULD" + "CHEIKH EL GHAZOUANI"
    if k == span.end and k < len(doc) and INNER_APOSTROPHE.match(doc[k].text) and doc[k].text[:1].isupper() \
            and not doc[k].ent_type_ and "\n" not in doc[k - 1].whitespace_ and len(span) >= 2:
        return Span(doc, span.start, k + 1, label=span.label_)  # "Fiamē Naomi" + "Mata'afa": a family name with
        # an apostrophe inside, left out
    if k == span.end and (end := addressed_rest(span)) > k:
        return Span(doc, span.start, end, label=span.label_)  # "Mrs. Aïssatou" + "Ndiaye Fall,"
    if k == span.end or k >= len(doc) or not (doc[k].is_alpha and doc[k].text[:1].isupper()) or not is_name_word(doc[k]):
        return span
    if "\n" in doc[k - 1].whitespace_ or any("\n" in t.whitespace_ for t in doc[span.end - 1 : k]):
        return span
    return Span(doc, span.start, k + 1, label=span.label_)


#: How many name words may go on a name after a form of address: "Mrs. Aïssatou" + "Ndiaye Fall".
ADDRESSED_WORDS = 3


def addressed_rest(span: Span) -> int:
    """The end of a name set off by commas (after a form of address or not), whose last words the model left out:
    ", Mrs. Aïssatou" + "Ndiaye Fall" + ",", "the Secretary of the Interior, Rosa Icela" + "Rodríguez Velázquez" +
    ","; or given names alone after a title: "Foreign Minister Jean-Victor" + "Harvel Jean-Baptiste" + ","; the span's
    own end otherwise."""
    doc, k = span.doc, span.end
    addressed = span.start >= 2 and doc[span.start - 1].lower_ in FORMS_OF_ADDRESS and doc[span.start - 2].text == ","
    # (or given names alone after a title: "Foreign Minister Jean-Victor" + "Harvel Jean-Baptiste" + ",")
    given_only = span.start >= 1 and doc[span.start - 1].lower_ in gazetteer.title_words() \
        and doc[span.start - 1].text[:1].isupper() \
        and all(gazetteer.given_name(t.text) for t in span if t.text not in HYPHENS)
    if not addressed and not given_only and not (span.start >= 1 and doc[span.start - 1].text == "," and len(span) >= 2):
        return k
    while k < len(doc) and k < span.end + ADDRESSED_WORDS + 2 * given_only and (
            is_name_word(doc[k]) and doc[k].text.istitle() and not doc[k].ent_type_
            and doc[k].lower_ not in gazetteer.title_words() or given_only and doc[k].text in HYPHENS
            and not doc[k].whitespace_ and not doc[k - 1].whitespace_) \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    return k if k < len(doc) and doc[k].text == "," and doc[k - 1].text not in HYPHENS else span.end


def apposed_family_name(span: Span) -> int:
    """Where a name ends whose family name of several words the parser set beside it: "Prime Minister Apollinaire
    Joachim" + "Kyelem de Tambela" (Tambela parsed as an apposition of Joachim, untagged): up to three untagged
    capitalised name words and lower-case particles, hung inside that apposition, with no comma; the span's end if
    none."""
    doc, k = span.doc, span.end
    for m in range(k, min(len(doc), k + 4)):
        tok = doc[m]
        if tok.ent_type_ or "\n" in doc[m - 1].whitespace_ or not (
                tok.text[:1].isupper() and tok.is_alpha and is_name_word(tok)
                or m > k and tok.lower_ in NAME_PARTICLES and tok.is_lower):
            return k
        if tok.dep_ == "appos" and tok.head == span[-1] and tok.text[:1].isupper():
            words = doc[k : m + 1]
            inside = all(t.head.i in range(k, m + 1) for t in words if t.i != m)
            place = gazetteer.country(words.text) or gazetteer.city(words.text) or gazetteer.organization(words.text)
            return m + 1 if inside and not place else k
    return k


def family_name_first(tok) -> Span | None:
    """"ISHIBA Shigeru, Prime Minister of Japan", "Mr. PARK Cheol-hee, Ambassador of ...": a family name in capitals
    before the given name, as Japanese and Korean government releases write names, then a comma and a post within
    three words; None if the words are no such name."""
    doc = tok.doc
    if not (tok.is_alpha and tok.text.isupper() and len(tok) > 1) or "\n" in tok.whitespace_ \
            or gazetteer.organization(tok.text) or gazetteer.country(tok.text) or known_name(tok.text):
        return None
    k = tok.i + 1
    if k >= len(doc) or not (doc[k].is_alpha and doc[k].text.istitle() and is_name_word(doc[k])):
        return None
    k += 1
    if k + 1 < len(doc) and doc[k].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k + 1].is_alpha and doc[k + 1].is_lower:
        k += 2  # "PARK Cheol-hee"
    titles = gazetteer.title_words()
    post = k < len(doc) and doc[k].text == "," and any(t.lower_ in titles for t in doc[k + 1 : k + 4])
    return doc[tok.i : k] if post else None


def capitals_tail(span: Span) -> int:
    """Where a name ending in a family name written in capitals ends, in a line that is not: "Mohamed OULD" +
    "CHEIKH EL GHAZOUANI", "Alfonso" + "RUIZ ESCUDERO" (the French way of writing the family name); the span's end if
    it does not go on."""
    doc, k = span.doc, span.end
    given_before = span[-1].is_alpha and span[-1].text.istitle() and bool(gazetteer.given_name(span[-1].text)) \
        and k < len(doc) and doc[k].is_alpha and doc[k].text.isupper() and len(doc[k]) > 2 \
        and not known_name(doc[k].text) and not capitals_line(doc, k)
    if not given_before and (not (span[-1].is_alpha and span[-1].text.isupper() and len(span[-1]) > 1) or not any(
            t.text[:1].isupper() and not t.text.isupper() for t in span)):
        return k  # (but "Mister Alfonso" + "RUIZ ESCUDERO": a given name, then the family name in capitals)
    while k < len(doc) and k < span.end + 4 and doc[k].is_alpha and doc[k].text.isupper() and len(doc[k]) > 1 \
            and "\n" not in doc[k - 1].whitespace_ and not gazetteer.organization(doc[k].text) \
            and not gazetteer.country(doc[k].text):
        k += 1
    return k


def split_people(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Two words of the document's people's names joined by a comma are those people: "In his meeting with Luxon,
    Anwar welcomed" tagged as one body."""
    words = {t.text for s, t_ in typed if t_ == PERSON and len(s) > 1 for t in s}
    out = []
    for span, kind in typed:
        if len(span) == 3 and span[1].text == "," and span[0].text in words and span[2].text in words:
            out += [(span[0:1], PERSON), (span[2:3], PERSON)]
        else:
            out.append((span, kind))
    return out


def join_overlapping_people(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """People's names that overlap once extended are one name: "Sheikh Mohammed bin Abdulrahman" extended
    through "bin Jassim" and the model's next name "Jassim Al-Thani"."""
    merged: list[Span] = []
    for s in sorted((s for s, t in typed if t == PERSON), key=lambda s: (s.start, -s.end)):
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(s.doc, last.start, max(last.end, s.end), label=last.label_)
        else:
            merged.append(s)
    out, seen = [], set()
    for s, t in typed:
        whole = without_malay_style(next(m for m in merged if m.start <= s.start < m.end)) if t == PERSON else s
        if (whole.start, whole.end, t) not in seen:
            seen.add((whole.start, whole.end, t))
            out.append((whole, t))
    return out


def without_malay_style(span: Span) -> Span:
    """A person's name without the Malaysian honorific opening it: "Tan Sri" + "Amran" + "Mohamed Zin" joined,
    "Utama X" found after "Datuk Seri"."""
    n = malay_style_words(span.doc, span.start, span.end)
    return Span(span.doc, span.start + n, span.end, label=span.label_) if n else span


def family_mentions(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"Mlambo-Ngcuka" alone after "Phumzile Mlambo-Ngcuka", the model calling "Mlambo" a place, "Halla-aho" after
    "Jussi Halla-aho": every mention of a double-barrelled family name the document gives a person is that person's."""
    families = {family_name(s).text for s, t in typed if t == PERSON and len(s) > 3 and len(family_name(s)) == 3}
    # "Jussi Halla-aho" then "Halla-aho" alone: a hyphenated last word in lower case, where the model tagged a person
    # (not "the Yong-jeou Foundation" after "Ma Yong-jeou": a given name)
    lower = {s[-3:].text for s, t in typed if t == PERSON and len(s) > 3 and s[-2].text in HYPHENS
             and not s[-3].whitespace_ and not s[-2].whitespace_ and s[-1].is_lower and s[-3].text[:1].isupper()}
    if not families | lower:
        return typed
    doc = typed[0][0].doc
    people = [s for s, t in typed if t == PERSON]
    others = {i for s, t in typed if t != PERSON for i in range(s.start, s.end)}
    mentions = [doc[i - 1 : i + 2] for i, tok in enumerate(doc) if tok.text in HYPHENS and 0 < i < len(doc) - 1
                and (doc[i - 1 : i + 2].text in families or doc[i - 1 : i + 2].text in lower
                     and not others & set(range(i - 1, i + 2)))]
    mentions = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in people)]
    if not mentions:
        return typed
    covered = {i for m in mentions for i in range(m.start, m.end)}
    kept = [(s, t) for s, t in typed if not covered & set(range(s.start, s.end))]
    found = [(Span(doc, m.start, m.end, label="PERSON"), PERSON) for m in mentions]
    return sorted(kept + found, key=lambda st: st[0].start)


def hyphenated_rest(span: Span) -> Span:
    """The span with the rest of a name joined to its last word by a hyphen: "Kamla Persad" + "-Bissessar", "Kim
    Myong" + "-chol" (a syllable only after a name of two words or more)."""
    doc, k = span.doc, span.end
    if len(span) >= 2 and hyphen_syllable(doc, k) or double_barrelled(doc, k):
        return Span(doc, span.start, k + 2, label=span.label_)
    return span


def double_barrelled(doc: Doc, k: int) -> bool:
    """"Phumzile Mlambo" + "-Ngcuka": a capitalised name word joined to the name by a hyphen written
    without spaces is the rest of a double-barrelled family name, unless that word is a name of its
    own elsewhere in the text ("the Biden-Putin call" after "Vladimir Putin"; not the name again, written with a
    space: "Siljanovska Davkova") or another name word follows ("the Trump-Putin-Xi summit", "Joe Biden-Xi Jinping
    talks")."""
    if not (0 < k and k + 1 < len(doc) and doc[k].text in HYPHENS and not doc[k - 1].whitespace_
            and not doc[k].whitespace_):
        return False
    word = doc[k + 1]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and is_name_word(word)):
        return False
    if k + 2 < len(doc) and (doc[k + 2].text in HYPHENS and not word.whitespace_
                             or doc[k + 2].text[:1].isupper() and is_name_word(doc[k + 2])):
        return False  # "the Trump-Putin-Xi summit", "Joe Biden-Xi Jinping talks"
    # (but "Siljanovska Davkova" later is the same name written with a space)
    return not any(t.text == word.text and t.i != word.i and not joined_by_hyphen(t)
                   and not (t.i > 0 and doc[t.i - 1].text == doc[k - 1].text) for t in doc)


def joined_by_hyphen(token) -> bool:
    """The token is written right after a hyphen ("Mlambo-Ngcuka")."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text in HYPHENS and not doc[token.i - 1].whitespace_


def nickname_close(span: Span) -> bool:
    """The span holds one opening quote ('Frederick " Fritz') and the closing quote and a capitalised
    surname follow: the nickname is inside the name."""
    doc, k = span.doc, span.end
    quotes = [t for t in span if t.text in QUOTES]
    return (len(quotes) == 1 and quotes[0].i > span.start and k + 1 < len(doc) and doc[k].text in QUOTES
            and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper() and is_name_word(doc[k + 1])
            and "\n" not in doc[k].whitespace_)


def given_name_before(span: Span) -> bool:
    """"Prime Minister Anders" + "Fogh Quorsen": an untagged common given name (not a stop word, month
    or known place) right before a name that opens with no given name of its own, or a surname alone that
    is a given name somewhere too ("Gilberto" + "Teodoro"), on the same line."""
    doc, k = span.doc, span.start - 1
    if k < 0 or span[0].text in FUNCTION_WORD_FAMILY_NAMES:
        return False  # (a family name that reads as a function word opens the name: "Viet Nam" + "To Lam")
    prev = doc[k]
    if prev.lower_ in MALAY_HONORIFICS | MALAY_GRADES or k >= 1 and (doc[k - 1].lower_, prev.lower_) in HONORIFIC_PAIRS:
        return False  # "Datuk Seri" + "Anwar Ibrahim", "Datuk Seri Utama" + "X": a style, no given name
    if any(gazetteer.country(doc[j : k + 1].text) for j in range(max(0, k - 2), k)):
        return False  # "Ambassador to Viet" + "Nam" + "Patrick Kelleher": the end of a country's name
    if function_word_family_name(prev, person_next=True) and (
            prev.head.i in range(span.start, span.end) or span.root.head == prev):
        return True  # "Deputy Minister Do" + "Hung Viet", "Secretary To" + "Quang Hai" (parsed as "to"'s object):
        # a family name that reads as a function word
    if k >= 2 and (doc[k - 2].lower_, doc[k - 1].lower_) in HONORIFIC_PAIRS and is_name_word(prev) \
            and prev.text.istitle() and not known_name(prev.text) and "\n" not in prev.whitespace_:
        return True  # "Datuk Seri Amran" + "Mohamed Zin": the given name after a Malaysian honorific
    if gazetteer.given_name(span[0].text) and len(span) > 1:
        # "Ana" + "Laura Pereyra": a first given name the parser joins to the name, not a stop word ("Will")
        return bool(gazetteer.given_name(prev.text)) and prev.text.istitle() and is_name_word(prev) \
            and not prev.ent_type_ and not prev.is_stop and prev.dep_ == "compound" and prev.head.i in range(
                span.start, span.end) and prev.lower_ not in gazetteer.title_words() | CALENDAR_WORDS | HONORIFICS \
            and not known_name(prev.text) and "\n" not in prev.whitespace_
    if INITIAL.match(span[0].text):  # "Secretary of State Antony" + "J. Blinken": a given name before a middle initial
        return (len(span) > 1 and bool(gazetteer.given_name(prev.text)) and is_name_word(prev) and prev.text.istitle()
                and not prev.ent_type_ and prev.lower_ not in gazetteer.title_words() and "\n" not in prev.whitespace_)
    if len(span) == 1 and k >= 1 and (doc[k - 1].lower_ in gazetteer.title_words() | FORMS_OF_ADDRESS) \
            and is_name_word(prev) and prev.pos_ == "PROPN" and not prev.ent_type_ and prev.head.i == span.start \
            and prev.dep_ == "compound" and not known_name(prev.text) and "\n" not in prev.whitespace_:
        return True  # "Professor Emeka" + "Nwosu": an unknown given name between a title and the surname
    if k >= 1 and doc[k - 1].text in {"'s", "’s"} and is_name_word(prev) and prev.pos_ == "PROPN" \
            and not prev.ent_type_ and prev.dep_ == "compound" and prev.head.i in range(span.start, span.end) \
            and not known_name(prev.text) and "\n" not in prev.whitespace_:
        return True  # "Chad's Idriss" + "Deby Itno": a given name no list knows, after the country's "'s"
    return (bool(gazetteer.given_name(prev.text)) and (is_name_word(prev) or prev.text.istitle() and prev.is_stop)
            and (not prev.ent_type_ or prev.ent_type_ == "NORP" and not gazetteer.demonym(prev.text)
                 and not gazetteer.country(prev.text))  # ("Therese" tagged a people's word: no people's)
            and prev.lower_ not in CALENDAR_WORDS | {"may"} | FORMS_OF_ADDRESS and not known_name(prev.text)
            and not (prev.is_sent_start and prev.is_stop)
            and "\n" not in prev.whitespace_ and not prev.text.isupper())


def particles_before(span: Span) -> int:
    """Where a name opens whose given name and particles the model left out before the family name: "Ines Van den"
    + "Broeck", "Jan de" + "Vries" (a common given name, then one or two particles, at least one in lower case, on one
    line); the span's own start otherwise."""
    doc, k = span.doc, span.start
    while k > span.start - 2 and k >= 2 and doc[k - 1].lower_ in NAME_PARTICLES and not doc[k - 1].ent_type_ \
            and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    given = doc[k - 1] if k >= 1 else None
    if k == span.start or given is None or not any(t.is_lower for t in doc[k : span.start]):
        return span.start
    if gazetteer.given_name(given.text) and given.text.istitle() and not given.ent_type_ and "\n" not in given.whitespace_:
        return k - 1
    return span.start


def given_names_in_list(span: Span) -> int:
    """Where a name opens whose given names the model left out after a list's comma or "and": "his counterparts, " +
    "Olushegun Adjadi" + "Bakari and ..." (one or two capitalised words, none known as a place, people, body or title,
    that the parser hangs on the name); the span's own start otherwise."""
    doc, k = span.doc, span.start
    while k > span.start - 2 and k >= 2 and left_out_name_word(doc[k - 1], k, span) and not doc[k - 1].is_sent_start \
            and doc[k - 1].lower_ not in MODIFIERS | PORTFOLIO_WORDS:  # (not "..., Foreign" + "Koji X said")
        k -= 1
    return k if k < span.start and doc[k - 1].lower_ in {",", "and"} else span.start


def left_out_name_word(prev, k: int, span: Span) -> bool:
    """A capitalised proper noun, untagged, hung by the parser on the name from ``k`` on, not known as a place, people,
    body, title or form of address: one of the given names the model left out before a name."""
    return is_name_word(prev) and prev.pos_ == "PROPN" and prev.text.istitle() and not prev.ent_type_ \
        and prev.dep_ == "compound" and prev.head.i in range(k, span.end) and not known_name(prev.text) \
        and "\n" not in prev.whitespace_ and prev.lower_ not in gazetteer.title_words() | FORMS_OF_ADDRESS


def given_names_after_title(span: Span) -> int:
    """Where a name opens whose given names the model left out between a title and the family name: "Marshal" +
    "Mahamat Idriss" + "Déby Itno" (up to three capitalised words, none known as a place, people or body, that
    the parser hangs on the name); the span's own start otherwise."""
    doc, k = span.doc, span.start
    while k > span.start - 3 and k >= 2 and left_out_name_word(doc[k - 1], k, span) \
            and singular_title(doc[k - 1].lower_) is None:
        k -= 1
    titled = doc[k - 1].lower_ in gazetteer.title_words() | FORMS_OF_ADDRESS and doc[k - 1].text[:1].isupper()
    return k if k < span.start and titled else span.start


def after_title(span: Span) -> bool:
    """A one-word name right after a title or an honorific in lower or title case: "President Demetris", "Shri
    Vikram"."""
    return (len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ in gazetteer.title_words() | HONORIFICS
            and is_name_word(span[0]) and not span[0].text.isupper())


def last_name_cut(span: Span) -> bool:
    """The model stopped a name one word short: the next word is an untagged capitalised name word
    that the name's last word modifies, and the name ends there ("Robert Seldon Lady has been"); tagged a proper
    noun, or anything in a noun's place ("with Minister Ricardo Albuquerque" + "Neves", tagged a verb)."""
    doc, k = span.doc, span.end
    nxt = doc[k]
    nominal = nxt.pos_ == "PROPN" or nxt.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "appos"} and nxt.text.istitle()
    # (or tagged a people's, being one's name too: "Choe Son" + "Hui", the Hui a people of China)
    people_word = nxt.ent_type_ == "NORP" and bool(gazetteer.given_name(nxt.text)) and not known_name(nxt.text)
    return (span[-1].dep_ == "compound" and span[-1].head.i == k and nominal and (not nxt.ent_type_ or people_word)
            and is_name_word(nxt) and nxt.text not in PLACE_HEADS | FACILITY_HEADS and not nxt.is_sent_start
            and "\n" not in span[-1].whitespace_ and (k + 1 == len(doc) or not doc[k + 1].text[:1].isupper())
            and not title_case_line(doc, k))  # (a headline capitalises its verbs: "X Joins 4th Summit")
