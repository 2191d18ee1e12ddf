"""Evidence of the kind of a name, for :mod:`kg.nlp.entity_types`: what the name's words and the
words around it say ("carmaker Magna", "Northcorp CEO Jo Doe", "the island of Lampedusa").

Each test looks at one span and its neighbours only; ``decide_type`` weighs them in order.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp import gazetteer
from kg.nlp.entity_words import (
    CITY,
    CONTINENTS,
    INITIAL,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    QUOTES,
    TITLE_WORDS_NOT_NAMES,
    is_name_word,
)
from kg.nlp.lines import capitals_line
from kg.nlp.names import FORMS_OF_ADDRESS
from kg.nlp.sports import LOCATIVE

# -- people --------------------------------------------------------------------------------


def looks_like_person(span: Span) -> bool:
    """Two to four capitalised words or hyphens led by a common given name ("Lilian Thuram", "Jean-Marie
    Le Pen"), and name particles between them; in a name of three or more words with a particle, the second
    may be the known given name ("Luiz Inacio Lula da Silva": "Luiz" is in no name list)."""
    particles = [t for t in span[1:] if t.lower_ in NAME_PARTICLES]
    words = [span[0], *(t for t in span[1:] if t not in particles)]  # a hyphen counts: not "India-Central Asia X"
    if not 2 <= len(words) <= 4 or len(span) > 6 or span[-1].lower_ in NAME_PARTICLES or not (
            gazetteer.given_name(span[0].text) or particles and len(words) >= 3 and gazetteer.given_name(words[1].text)):
        return False
    if span[0].lower_ in gazetteer.title_words() and span.start >= 1 and span.doc[span.start - 1].lower_ == "the":
        return False  # "the General Debate": a title opening a body's or an event's name, no given name
    if span[0].lower_ in CONTINENTS or span[-1].lower_ in gazetteer.CITY_FORUM_HEADS:
        return False  # "the next Africa Climate Summit": a gathering's name ("Africa" a given name too)
    if span[0].is_upper and len(span[0]) > 1 and span[-1].lower_ in {"headquarters", "secretariat", "mission"}:
        return False  # "at UN Headquarters": a body's building ("UN" is no given name here)
    if gazetteer.demonym(span[0].text) and not gazetteer.country(span[0].text):
        return False  # "Georgian Dream", "Israeli Airlines": a people's adjective, though "Georgian" is a given name
    return all(is_name_word(t) or t.text in {"-", "'"} or t.lower_ in NAME_PARTICLES for t in span[1:])


#: Nouns of a person's family: "her daughter, Njeri X" is named as a relative of another.
FAMILY_NOUNS = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "widower",
                "nephew", "niece", "cousin", "grandson", "granddaughter", "spouse", "children", "sons", "daughters"}
#: Nouns of a person's relation to another, right before a name: "his former rival X", "her predecessor X".
KIN_NOUNS = {"rival", "rivals", "opponent", "challenger", "predecessor", "successor", "ally", "mentor", "protege",
             "protégé", "partner", "uncle", "aunt"} | FAMILY_NOUNS - {"widower", "children", "sons", "daughters"}


def kin_noun_before(span: Span) -> bool:
    """"his former rival Prabowo Subianto", "her husband Jo Doe": a noun of a person's relation to someone right
    before the name, in its phrase."""
    k = span.start - 1
    return k >= 0 and span.doc[k].lower_ in KIN_NOUNS and span.doc[k].is_lower and (
        span.root.head.i == k or span.doc[k].head.i in range(span.start, span.end))


def nicknamed(span: Span) -> bool:
    """A given name, a nickname in quotes, a capitalised surname: "Jean 'Bebe' Doe"."""
    quotes = [t.i - span.start for t in span if t.text in QUOTES]
    return (len(span) >= 5 and len(quotes) == 2 and quotes[0] == 1 and quotes[1] < len(span) - 1
            and quotes[1] - quotes[0] >= 2 and bool(gazetteer.given_name(span[0].text)) and is_name_word(span[-1]))


def aged(span: Span) -> bool:
    """"Sanders, 45, was found guilty": an age between commas after the name is a person's."""
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 2].text != ",":
        return False
    age = doc[k + 1].text
    return age.isdigit() and 1 <= int(age) <= 110 and not age.startswith("0")


def residence_of_aged(span: Span) -> bool:
    """"Jo Doe, 54, of Longridge, admitted ...": "of" after a person's age introduces where they live."""
    doc, k = span.doc, span.start
    if k < 4 or doc[k - 1].lower_ != "of" or doc[k - 2].text != "," or doc[k - 4].text != ",":
        return False
    age = doc[k - 3].text
    return age.isdigit() and 1 <= int(age) <= 110 and (span.end == len(doc) or doc[span.end].text in {",", ".", "and"})


def article_before(span: Span) -> bool:
    """"the Quorbürger are ...", "the Quorvats": "the" right before a name heading its phrase (not
    "the Doe family"); a person's name takes no article."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ != "the":
        return False
    return span.end == len(doc) or not (doc[span.end].pos_ in {"NOUN", "PROPN"} or doc[span.end].text[:1].isupper())


def has_initials(span: Span) -> bool:
    """"J. Smith", "J.R. Doe": initials before a capitalised word (not a country's: "U.S. National ...")."""
    return len(span) >= 2 and INITIAL.match(span[0].text) is not None and is_name_word(span[-1]) \
        and not gazetteer.country(span[0].text)


#: A post's building, named after the post: "Prime Minister House", "President House", "Chief Minister Secretariat".
OFFICE_BUILDINGS = {"House", "Secretariat", "Office", "Palace", "Residence"}


def facility_start(span: Span) -> int | None:
    """Where a venue's name opens that the model left out, the word of another language opening it: "Estadio" +
    "Santiago Quorbeu", "Casa Grande del" + "Pueblo" (through a Romance link and a capitalised word or two), the
    "State" of "State House Entebbe", or a guest house's own name ("the Paekhwawon State" + "Guest House"); None if no
    such word is before the span."""
    doc, k = span.doc, span.start - 1
    if span[0].text == "House" and k >= 0 and doc[k].text in {"State", "Government"}:
        return k  # "State House Entebbe" tagged "House Entebbe"
    if span.text in {"Guest House", "Guesthouse"}:  # "the Paekhwawon State Guest House" tagged "Guest House": its
        j = k  # name's capitalised words after "the"
        while j >= 0 and span.start - j <= 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_:
            j -= 1
        return j + 1 if j < k and j >= 0 and doc[j].lower_ == "the" else None
    if span.text in OFFICE_BUILDINGS:  # "Prime Minister House" tagged "House" (a person after a title): the office
        j = k
        while j >= 0 and span.start - j <= 3 and doc[j].text[:1].isupper() and (
                doc[j].lower_ in gazetteer.title_words()
                or f"{doc[j].lower_} {doc[j + 1].lower_}" in gazetteer.titles()):
            j -= 1
        if j < k and j >= 0 and doc[j].lower_ in {"the", "at", "in"}:
            return j + 1  # (not "Senator House", a person after a title)
    while k >= 0 and span.start - k <= 2 and doc[k].lower_ in ROMANCE_LINKS:
        k -= 1  # "del", "de la"
    if k == span.start - 1:
        return k if k >= 0 and doc[k].text in FACILITY_OPENERS else None
    for j in range(k, max(k - 2, -1), -1):  # "Casa Grande del", "Palacio de"
        if not (doc[j].is_alpha and doc[j].text[:1].isupper()):
            return None
        if doc[j].text in FACILITY_OPENERS:
            return j
    return None


def spelled_by_acronym(span: Span) -> bool:
    """"Samagi Jana Balawegaya (SJB)": a name followed by the bracketed initials of its words, as bodies are
    introduced."""
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    short = doc[k + 1].text
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return short.isalpha() and short.isupper() and 2 <= len(short) <= 6 and short == initials.upper()


def short_name_of_body(span: Span) -> bool:
    """"United States Southern Command (SOUTHCOM)": one word in capitals, in brackets right after a name the
    model tagged an organisation, is that body's short name, whatever its letters spell (a clipped form such as
    SOUTHCOM spells no initials)."""
    doc, k = span.doc, span.start
    return len(span) == 1 and span.text.isalpha() and span.text.isupper() and len(span.text) >= 2 and k >= 2 \
        and doc[k - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")" \
        and doc[k - 2].ent_type_ == "ORG" and doc[k - 2].ent_iob_ != "O"


def post_acronym(span: Span) -> bool:
    """"the Director General of Military Operations (DGMO)": bracketed initials of the post right before them
    (a title, "of" and its portfolio), no body's."""
    doc, k = span.doc, span.start
    if len(span) != 1 or not span.text.isalpha() or not span.text.isupper() or k < 3 or doc[k - 1].text != "(" \
            or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    titles = gazetteer.title_words()
    start = k - 1
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in {"of", "for", "and"}) \
            and k - start < 10:
        start -= 1
    words = [t for t in doc[start : k - 1] if t.text[:1].isupper()]
    while words and words[0].lower_ not in titles:
        words = words[1:]  # "The Director General ..."
    return bool(words) and "".join(t.text[0] for t in words).upper() == span.text


# -- bylines -------------------------------------------------------------------------------

#: What may follow a writer's name on a byline: "By X | Dawn", "By X, Reuters", "By X and Y".
BYLINE_AFTER = {",", "|", "and", "&", "-", "–", "—", "/", "in"}


def byline_name(span: Span) -> bool:
    """"By Ifeoma Nwachukwu" opening a line: a writer's name of two words or more (not "By Politico staff",
    nor a known body)."""
    doc = span.doc
    k = span.start - 1
    if len(span) < 2 or k < 0 or doc[k].text not in {"By", "by", "BY"} or k > 0 and not _line_break(doc[k - 1]):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and not _line_break(doc[span.end - 1]) and not after.is_space and after.text not in BYLINE_AFTER:
        return False
    text = span.text
    return not (has_org_cue(span) or gazetteer.organization(text) or gazetteer.is_media(text)
                or gazetteer.country(text) or gazetteer.city(text))


#: Words of an outlet's desks and services: "DW's Africa Desk" is no journalist.
NEWSROOM_WORDS = {"desk", "desks", "service", "services", "bureau", "team", "staff", "newsroom", "edition", "section",
                  "channel", "programme", "program", "show", "podcast", "live", "online", "news"}


def outlet_reporter(span: Span) -> bool:
    """"DW's Ritika Sharma reports from New Delhi", "the BBC's Lyse Doucet": two or three name words right
    after a news outlet's possessive are its journalist (not "DW's Africa Desk": a known body, a cue word)."""
    doc = span.doc
    k = span.start - 1
    if not 2 <= len(span) <= 3 or k < 1 or doc[k].text not in {"'s", "’s"}:
        return False
    start = k
    while start > max(0, k - 4) and doc[start - 1].text[:1].isupper():
        start -= 1  # the capitalised words before the possessive: "Deutsche Welle's"
    return any(gazetteer.is_media(doc[i:k].text) for i in range(start, k)) \
        and all(is_name_word(t) and t.lower_ not in NEWSROOM_WORDS for t in span) \
        and not (has_org_cue(span) or gazetteer.organization(span.text) or gazetteer.country(span.text)
                 or gazetteer.city(span.text))


def _line_break(tok) -> bool:
    """Whether a line ends after tok (a blank line is a token of its own)."""
    return "\n" in tok.whitespace_ or tok.is_space and "\n" in tok.text


# -- titles --------------------------------------------------------------------------------


def portfolio(span: Span) -> bool:
    """The portfolio of a post: words of ``PORTFOLIO_WORDS`` (joined by "and", and any one word before "Affairs")
    right before a title
    ("Commerce Minister X") or after "<title> of/for (the)" ("Chancellor of the Exchequer", "Minister for
    Industry and Trade")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "affairs":
        span = doc[span.start : span.end + 1]  # "ASEAN" tagged alone of "for ASEAN Affairs"
    words = [t.lower_ for t in span if t.lower_ not in {"and", "&", "the"}]
    # any one word before "Affairs" is what the affairs are: "Minister of Foreign and CARICOM Affairs"
    affairs = {t.i - 1 for t in span if t.lower_ == "affairs" and t.i > span.start}
    # a portfolio's list goes on after a comma: "Minister of Foreign Affairs, European Union and Cooperation"
    listed = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in PORTFOLIO_WORDS \
        and span[-1].lower_ in PORTFOLIO_WORDS and any(t.lower_ == "and" for t in span)
    if not words or not listed and not all(t.lower_ in PORTFOLIO_WORDS | {"and", "&", "the"} or t.i in affairs
                                           for t in span):
        return False
    titles = gazetteer.title_words()
    end = span.end
    while end < len(doc) and doc[end].lower_ in PORTFOLIO_WORDS and doc[end].text[:1].isupper():
        end += 1  # "International" tagged alone of "International Trade Minister X"
    while end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].text[:1].isupper() and (
            doc[end + 1].lower_ in PORTFOLIO_WORDS):
        end += 2  # "Commerce" tagged alone of "Commerce and Industry Minister X"
        while end < len(doc) and doc[end].lower_ in PORTFOLIO_WORDS and doc[end].text[:1].isupper():
            end += 1  # "Energy and Natural Resources Minister X"
    if end < len(doc) and doc[end].lower_ in titles:
        return True
    k = span.start - 1
    while k >= 0 and (doc[k].lower_ in PORTFOLIO_WORDS or doc[k].lower_ in {"and", "&", ",", "the"}
                      or doc[k].lower_ in {"of", "for"} and k >= 1 and doc[k - 1].lower_ in PORTFOLIO_WORDS):
        k -= 1  # "Minister of Foreign Affairs and International Cooperation": the portfolio's first part; "Deputy
        # Minister of Foreign Affairs for Legal and International Affairs": a remit within a portfolio
    if k >= 3 and doc[k].lower_ == "for" and doc[k - 1].lower_ == "state" and doc[k - 2].lower_ == "of":
        k -= 2  # "Minister of State for External Affairs": a junior minister's post
    return k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in titles


def country_post(span: Span) -> bool:
    """A country's post named with its portfolio, no body: "China International Trade Representative" (a country or
    its people's word, portfolio words, a title)."""
    words = [t.text for t in span]
    return len(words) >= 3 and words[-1].lower() in gazetteer.title_words() and all(
        w.lower() in PORTFOLIO_WORDS for w in words[1:-1]) and (
        gazetteer.country(words[0]) is not None or gazetteer.demonym(words[0]) is not None)


def post_name(span: Span) -> bool:
    """The name of a post, not of a body: a title, "of" and a portfolio ("Minister of Foreign Affairs",
    "Secretary of Defence and Veterans Affairs", "High Representative for Foreign Affairs"), or the end of one
    after its title ("State for Political Affairs" of "Under Secretary of State for Political Affairs")."""
    titles = gazetteer.title_words()
    words = [t.lower_ for t in span]
    k = next((i for i, w in enumerate(words) if w in {"of", "for"}), None)
    doc = span.doc
    of_state = words[:k] == ["state"] and span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
        doc[span.start - 2].lower_ in titles)
    return k is not None and 0 < k < len(words) - 1 and (
        all(w in titles for w in words[:k]) or " ".join(words[:k]) in gazetteer.titles() or of_state) and (all(
            w in PORTFOLIO_WORDS or w in {"and", "&", "the", ","} for w in words[k + 1 :])
            or words[k] == "for" and (holder_after(span) or affairs_remit(span[k + 1 :])))


#: How many words may name what a post's affairs are: "for East Asian and Pacific Affairs".
AFFAIRS_WORDS = 5


def affairs_remit(span: Span) -> bool:
    """Capitalised words (joined by "and") that end in "Affairs" and hold no word of a body's name: what a post's
    affairs are ("East Asian and Pacific Affairs", "Asian and Oceanian Affairs"), not a body ("African Affairs
    Department")."""
    cues = gazetteer.cue_words("org")
    return 1 < len(span) <= AFFAIRS_WORDS + 1 and span[-1].lower_ == "affairs" and all(
        t.lower_ == "and" or t.is_alpha and t.text[:1].isupper() and gazetteer.fold(t.text) not in cues
        for t in span[:-1])


def holder_after(span: Span) -> bool:
    """A person's name set after the span by a comma, a form of address between: "the Commissioner for Enlargement,
    Marta Kos," (a remit no list knows, held by the name after it), "..., Mr. X"."""
    doc, k = span.doc, span.end + 1
    while k < len(doc) and k < span.end + 4 and doc[k].lower_ in FORMS_OF_ADDRESS:
        k += 1
    if k >= len(doc) or doc[span.end].text != "," or doc[k].ent_iob_ != "B":
        return False
    name = next((e for e in doc.ents if e.start == k), None)  # "Minister of Y, Hawa Mahamat Nour" tagged a body
    return doc[k].ent_type_ == "PERSON" or name is not None and looks_like_person(name)


def remit_of_holder(span: Span) -> bool:
    """The rest of a post's remit after its title and "of/for", its holder set after it: "Minister of [Foreign
    Affairs, Cooperation and Mauritanians Abroad], Mr. X", "Commissioner for [Crisis Management], X" (no body)."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in {"of", "for"} and doc[span.start - 2].text[:1].isupper() \
        and doc[span.start - 2].lower_ in gazetteer.title_words() and any(t.lower_ in PORTFOLIO_WORDS for t in span) \
        and not (gazetteer.organization(span.text) or gazetteer.country(span.text)) and holder_after(span)


# -- organisations -------------------------------------------------------------------------


def has_org_cue(span: Span) -> bool:
    """A capitalised word of an organisation's name: Party, Ministry, University, Bank, FC..."""
    cues = gazetteer.cue_words("org")
    return any(t.text[:1].isupper() and gazetteer.fold(t.text) in cues for t in span) and not (
        len(span) == 1 and span.label_ == "PERSON")


#: Common nouns for kinds of organisation: one right before a name ("carmaker Magna", "the daily X")
#: or heading an apposition after it ("X, a publicly listed company") makes the name an organisation.
ORG_NOUNS = {"company", "firm", "group", "conglomerate", "corporation", "carmaker", "automaker", "airline", "carrier",
             "bank", "lender", "insurer", "retailer", "manufacturer", "maker", "producer", "supplier", "operator",
             "broadcaster", "newspaper", "daily", "weekly", "magazine", "publisher", "agency", "network", "platform",
             "website", "startup", "start-up", "subsidiary", "giant", "club", "side", "party", "organization",
             "organisation", "ngo", "charity", "union", "association", "foundation", "institute", "university",
             "brand", "utility", "consortium", "outlet", "portal", "app", "service", "chain", "label"}


#: Nouns for newspapers that the tagger often reads as adjectives ("the daily X", "the weekly X").
PRESS_NOUNS = {"daily", "weekly", "newspaper", "magazine", "tabloid", "broadsheet"}


#: Head nouns of bodies named by a modifier after "the": "the Ifo think tank", "the Northtown union".
BODY_HEADS = {"tank", "union", "party", "group", "movement", "network", "institute", "foundation", "company",
              "firm", "bank", "newspaper", "daily", "magazine", "broadcaster", "agency", "organization",
              "organisation", "ngo", "charity", "association", "carmaker", "club", "consortium"}


#: What only a body owns, after its name's possessive: "at QatarEnergy's headquarters".
BODY_OWNED = {"headquarters", "shareholders", "subsidiary", "subsidiaries"}


def body_owner(span: Span) -> bool:
    """What only a body owns follows the name's possessive: "at QatarEnergy's headquarters"."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in {"'s", "’s"} and doc[span.end + 1].lower_ in BODY_OWNED


def org_evidence(span: Span) -> bool:
    """A kind-of-organisation noun right before the name or heading an apposition after it; or what only a body
    owns after it ("X's headquarters")."""
    doc = span.doc
    if body_owner(span):
        return True
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.is_lower and (prev.lower_ in ORG_NOUNS and prev.pos_ == "NOUN" or prev.lower_ in PRESS_NOUNS):
            return True  # "the left-liberal daily Northtown Zeitung": "daily" tagged as an adjective
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
    if (prev.text == "," and span.root.dep_ == "appos" and head.i == span.start - 2 and head.is_lower
            and head.lower_ in COMPANY_NOUNS):
        return True
    # "payable to its fuel supplier, Larkon.": the apposition closes the clause, whatever the parse says
    return (prev.text == "," and span.start >= 2 and doc[span.start - 2].is_lower
            and doc[span.start - 2].lower_ in COMPANY_NOUNS and doc[span.start - 2].pos_ == "NOUN"
            and (span.end == len(doc) or doc[span.end].text in {".", ";", "!", "?"}))


#: Titles of posts in a company, club or office: a one-word name before one of them and a person's
#: name is the body ("Northcorp CEO Jane Doe", "Southville captain X"), even where the model calls
#: the word a person. Personal titles (aide, adviser, spokesman) are left out: "Obama aide X".
BODY_TITLES = {"ceo", "chairman", "chairwoman", "chair", "chief", "director", "president", "founder", "boss",
               "coach", "captain", "manager", "goalkeeper", "keeper", "striker", "midfielder", "defender",
               "prosecutor", "editor", "executive", "head", "secretary-general", "commissioner", "leader"}


def body_before_title(span: Span) -> bool:
    """"Northcorp CEO Jane Doe", "Eastbank chairman Jo Doe", "Mercedes-Benz chief executive X": one
    capitalised word, maybe hyphenated, or two before a person's name ("Shin Bet chief X") (not a known place,
    people, title or given name, nor a word of the
    dictionary) before a post of BODY_TITLES that is followed by a capitalised name is the company or
    club the person works for."""
    doc = span.doc
    k = span.end
    one_word = len(span) == 1 or all(t.is_alpha or t.text == "-" for t in span) and not any(
        t.whitespace_ for t in span[:-1])
    two_words = len(span) == 2 and all(t.is_alpha and t.text[:1].isupper() for t in span)  # "Shin Bet chief X"
    if not (one_word or two_words) or k + 1 >= len(doc) or doc[k].lower_ not in BODY_TITLES:
        return False
    j = k + 1  # "chief executive": a post of two words
    while j < min(len(doc) - 1, k + 3) and doc[j].is_lower and doc[j].lower_ in BODY_TITLES | gazetteer.title_words():
        j += 1
    tok, name = span[0], doc[j]
    if not (name.text[:1].isupper() and name.pos_ == "PROPN") or not (tok.is_alpha and tok.text[:1].isupper()):
        return False
    if not one_word and name.ent_type_ != "PERSON":
        return False  # two words: only before a name the model tagged a person's
    if span.start > 0 and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].is_alpha \
            and not doc[span.start - 1].is_sent_start:
        return False  # the last word of a longer name
    text = span.text
    if text.isupper():
        if capitals_line(doc, tok.i):
            return False  # a line in capitals
    return not (gazetteer.fold(text) in gazetteer.title_words() or tok.lower_ in TITLE_WORDS_NOT_NAMES
                or gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.city(text)
                or gazetteer.region(text) or gazetteer.given_name(text))


#: Role groups (titles.tsv) of posts at the head of a body: "the chairman of X" names a body, not a person.
HEAD_ROLES = {"head", "official"}
#: Posts of that group held beside a person: "an aide of X" may name a person.
AIDES = {"aide", "adviser", "advisor", "deputy"}


def post_of(span: Span) -> bool:
    """"president and chief executive of X", "the chairman of the X", "the national secretary of X": a head's post,
    "of", then a name the model took for a person or an organisation (not "the lawyer of X", "a spokesman for X")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if span.label_ not in {"PERSON", "ORG"} or k < 1 or doc[k].lower_ != "of" or span.root.dep_ != "pobj":
        return False  # "director of the Clara Barton camp": the name modifies another noun
    post = doc[k - 1]
    two = gazetteer.titles().get(f"{doc[k - 2].lower_} {post.lower_}") if k >= 2 and doc[k - 2].is_lower else None
    return post.is_lower and post.lower_ not in AIDES and (two or gazetteer.titles().get(post.lower_)) in HEAD_ROLES


#: Nouns of armed or political groups, and their modifiers: "the M23 rebels", "the Wagner mercenary group".
GROUP_HEADS = {"group", "rebel", "rebels", "militia", "militias", "movement", "faction", "insurgents", "militants",
               "union"}
GROUP_MODIFIERS = {"rebel", "militant", "armed", "mercenary", "paramilitary", "insurgent", "jihadist", "separatist",
                   "rail", "trade", "labor", "labour", "transport", "teachers", "workers", "miners", "nurses"}


def names_a_group(tok) -> bool:
    """A word before the noun of a group, through its modifiers: "M23" in "the M23 rebel group", "RMT" in "the
    RMT rail union"."""
    head = tok.head
    while head.lower_ in GROUP_MODIFIERS and head.dep_ in {"compound", "amod"} and head.head != head:
        head = head.head
    return (tok.dep_ in {"compound", "nmod", "amod"} and head.lower_ in GROUP_HEADS and tok.i < head.i
            and tok.lower_ not in GROUP_MODIFIERS)


#: Articles of other languages that open titles of newspapers: "Der Spiegel", "Il Messaggero".
FOREIGN_ARTICLES = {"Der", "Die", "Das", "Il", "Het"}


def names_a_place_as_team(span: Span) -> bool:
    """Two or more words, one a city or country, none a given name or initial: a club or firm (but not a town's
    own name with a city's inside: "Bodh Gaya")."""
    if len(span) < 2 or gazetteer.given_name(span[0].text) or INITIAL.match(span[0].text) or gazetteer.city(span.text):
        return False
    if span[0].text in FOREIGN_ARTICLES:
        return True
    return any(t.text[:1].isupper() and (gazetteer.city_population(t.text) >= 100_000 or gazetteer.country(t.text)) for t in span)


# -- places --------------------------------------------------------------------------------


#: Head words of the names of buildings and sites: a name ending in one is a place ("Ludwig Gallery").
FACILITY_HEADS = {"Museum", "Gallery", "Mosque", "Church", "Cathedral", "Minster", "Chapel", "Temple", "Synagogue",
                  "Station", "Campus", "Clinic", "Stadium", "Arena", "Airport", "Palace", "Castle", "Base", "Bridge",
                  "Square", "Tower", "Monastery", "Abbey", "Memorial", "Mountain", "Island", "Valley", "Buildings",
                  "Manor", "Residence", "Mansion", "Fortress", "Citadel", "Hotel", "Resort", "Guesthouse"}
#: Last words of the names of streets: "King Street", "Queen Victoria Street" name no king nor queen.
STREET_HEADS = {"Street", "Road", "Avenue", "Boulevard", "Lane", "Drive", "Embankment"}
#: Words that open the names of buildings and sites in other languages: "Kunsthalle X", "Estadio X", "Villa X".
FACILITY_OPENERS = {"Kunsthalle", "Schloss", "Estadio", "Stade", "Palazzo", "Gare", "Literaturhaus", "Monte", "Mount",
                    "Casa", "Palacio", "Palácio", "Quinta", "Torre", "Villa", "Piazza", "Plaza", "Hotel"}
#: Lower-case links inside names of Romance languages: "Casa Grande del Pueblo", "Palacio de la Moneda".
ROMANCE_LINKS = {"de", "del", "della", "di", "do", "da", "dos", "das", "la", "las", "los"}
#: A church named by its faith alone is the institution: "the Roman Catholic Church".
FAITH_WORDS = {"roman", "catholic", "orthodox", "protestant", "anglican", "evangelical", "lutheran", "methodist",
               "greek", "russian", "coptic", "apostolic", "church", "the"}


#: Facility heads no person's name ends in: "King Khalid International Airport", "Sultan X Stadium" name a
#: building even after a title.
BUILDING_ONLY_HEADS = {"Airport", "Stadium", "Arena", "Museum", "Gallery", "Mosque", "Cathedral", "Synagogue",
                       "Monastery", "Campus", "Clinic", "Bhavan", "Bhawan", "Building"}
#: Heads of the names of buildings that bodies are named by too: "the Y Assembly Hall", "the Y Secretariat" are the
#: building where a meeting is held at them (kg.nlp.entity_types.seat_at_venue), the body elsewhere.
BUILDING_OR_BODY_HEADS = {"Hall", "Secretariat", "Academy", "Office", "Complex", "Centre", "Center"}


#: Words before "Centre" in the names of venues, not of bodies ("the Carter Center", "the Centre for X"):
#: "Nasrec Expo Centre", "Jinnah Convention Centre".
VENUE_CENTRES = {"Expo", "Convention", "Conference", "Exhibition", "Congress", "Congresses", "Trade", "Events"}
#: The same words in French, Spanish and Portuguese, after the centre or palace: "Centre de Conférences X", "Palais
#: des Congrès", "Centro de Convenciones X".
VENUE_WORDS_AFTER = {"Conference", "Conférence", "Conferences", "Conférences", "Congrès", "Congresos", "Congressos",
                     "Convenciones", "Convenções", "Conferencias", "Exposiciones", "Expositions"}
#: Words opening such names: "Centre International de Conférences X".
VENUE_OPENERS = {"Centre", "Centro", "Palais", "Palacio"}


def facility(span: Span) -> bool:
    """A building or site: a name ending in a facility word, or opened by one of another language."""
    if len(span) >= 2 and span[-1].text in {"Centre", "Center"} and span[-2].text in VENUE_CENTRES:
        return True  # "Nasrec Expo Centre" (tagged LAW)
    if len(span) >= 3 and span[0].text in VENUE_OPENERS and any(t.text in VENUE_WORDS_AFTER for t in span[1:]):
        return True  # "Centre de Conference International d'Ivato", "Palais des Congrès de Yaoundé"
    if any(span[j].text in FACILITY_HEADS and gazetteer.city(span[j + 1 :].text) for j in range(1, len(span) - 1)):
        return True  # "Lotte Hotel Seoul": a hotel's name ending in its city's
    if len(span) >= 2 and span[-2:].text in {"Guest House", "Guest Houses"}:
        return True  # "Paekhwawon State Guest House", "Diaoyutai State Guest House"
    if len(span) < 2 or not (span[-1].text in FACILITY_HEADS or span[0].text in FACILITY_OPENERS):
        return False
    return not (span[-1].text == "Church" and all(t.lower_ in FAITH_WORDS for t in span))


#: Capitalised head words of place names: "Morgan City", "Orange County", "Loei Province".
PLACE_HEADS = {"City", "County", "Province", "District", "Island", "Islands", "Valley", "Bay", "Beach", "Peninsula",
               "Falls", "Glacier", "Creek", "Peaks", "Mountains", "Canyon", "Desert"}
#: Last words of the names of features of the sea, whatever the model's label: "Scarborough Shoal" tagged ORG.
SEA_FEATURE_HEADS = {"Shoal", "Shoals", "Reef", "Reefs", "Atoll", "Strait", "Straits", "Archipelago"}
#: Last words of the names of administrative areas, whatever the model's label: "Donetsk Oblast" tagged ORG.
ADMIN_HEADS = {"Oblast", "Krai", "Okrug", "Governorate", "Prefecture", "Municipality", "Region", "Strip"}
#: Nouns of kinds of place: "the island of X", "the town of X" name a place.
PLACE_NOUNS = {"island", "islands", "city", "town", "village", "province", "region", "state", "county", "district",
               "port", "capital", "municipality", "peninsula", "valley", "strait", "straits", "river", "lake"}


#: Nouns of what only a place has or sees: "the government of X", "the Battle of X" (capitalised too).
PLACE_OWNER_NOUNS = {"government", "governor", "residents", "inhabitants", "battle", "siege"}


def place_noun_of(span: Span) -> bool:
    """"the island of Lampedusa", "the town of Eppelsheim", "the government of Uttar Pradesh", "the
    Battle of Verdun": a kind-of-place noun or a noun of what a place has, then "of", then the name."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    if noun.lower_ in PLACE_NOUNS and noun.is_lower:
        return True
    if noun.text in FACILITY_HEADS and span[0].text in SAINT_WORDS and len(span) > 1:
        return True  # "the Legislative Palace of San Lázaro": the district a building is named by
    # "the government of Fulgencio Batista": a given name says the owner is a person
    return noun.lower_ in PLACE_OWNER_NOUNS and noun.text[1:].islower() and not gazetteer.given_name(span[0].text)


#: The first words of places named after saints: "San Lázaro", "São Bento".
SAINT_WORDS = {"San", "Santa", "Santo", "São", "Saint", "Sainte", "St", "St."}


#: Prepositions of where something is: "on the Bosphorus", "along the Northbrook".
WHERE_PREPS = {"in", "on", "at", "along", "across", "over", "near", "off", "into", "onto", "through", "around"}


def locative_the(span: Span) -> bool:
    """"on the Bosphorus", "across the Quorvat": a preposition of place and "the" before a one-word
    name heading its phrase; a person's name takes no article."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].lower_ != "the":
        return False
    if doc[span.start - 2].lower_ not in WHERE_PREPS:
        return False
    return span.end == len(doc) or doc[span.end].pos_ not in {"NOUN", "PROPN"} and not doc[span.end].text[:1].isupper()


#: Lower-case nouns of buildings after a name: "the Harpa concert hall", "the Ledra Palace hotel".
BUILDING_NOUNS = {"hall", "hotel", "palace", "residence", "stadium", "arena", "airport", "castle", "mansion", "manor",
                  "estate", "resort", "cathedral", "mosque", "church", "centre", "center"}


#: Nouns an apposition calls a building by: "Mburuvicha Roga, the presidential residence".
APPOSED_BUILDING_NOUNS = BUILDING_NOUNS | {"office", "headquarters", "secretariat", "house", "building", "complex",
                                           "compound", "villa", "chancellery", "ministry", "guesthouse", "fortress",
                                           "presidency", "seat"}
#: How many words the apposition may run to before its building noun.
APPOSITION_WORDS = 6


def apposed_building(doc, k: int) -> bool:
    """Token k opens an apposition that calls the name before it a building: ", the presidential residence", ", the
    700-year-old castle on ...", ", a whitewashed luxury resort"."""
    if not (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"the", "a", "an"}):
        return False
    for t in doc[k + 2 : min(len(doc), k + 2 + APPOSITION_WORDS)]:
        if t.is_punct and t.text not in {"-", "–"}:
            return False
        if t.lower_ in APPOSED_BUILDING_NOUNS:
            return True
    return False


#: Nouns of buildings one lives or stays in, never a body ("at the foreign ministry, X" names its minister):
#: "at his official residence, Seri Perdana".
RESIDENCE_NOUNS = {"residence", "palace", "villa", "castle", "guesthouse", "mansion", "hotel", "estate", "lodge"}


def building_before(span: Span) -> bool:
    """The name is in apposition to a building's noun before it: "at his official residence, Seri Perdana", "the
    presidential palace, Miraflores" (the building's own name, whatever person's it looks like)."""
    doc, k = span.doc, span.start
    return k >= 2 and doc[k - 1].text == "," and doc[k - 2].is_lower and doc[k - 2].lower_ in RESIDENCE_NOUNS \
        and doc[k - 2].dep_ == "pobj" and doc[k - 2].head.lower_ in {"at", "in", "inside", "to"} \
        and span.root.dep_ == "appos" and span.root.head.i == k - 2  # (not "At the hotel, X met Y": the subject)


def building_noun_after(span: Span) -> bool:
    """A building's noun right after the name, at the head of its phrase, after "the" ("at the Harpa concert
    hall", "the Ledra Palace hotel", "the Quinta de Olivos presidential residence", "the X convention centre"): the
    name is the building's."""
    doc, k = span.doc, span.end
    if span.start < 1 or doc[span.start - 1].lower_ != "the":
        return False
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].lower_ not in BUILDING_NOUNS \
            and k < span.end + 2:
        k += 1  # "concert" of "concert hall", "presidential" of "presidential residence"
    if k < len(doc) and doc[k].lower_ in {"centre", "center"} and doc[k - 1].text.capitalize() not in VENUE_CENTRES:
        return False  # "the Pacifico Yokohama convention centre" (not "the Quorvath research center": a body)
    return k < len(doc) and doc[k].lower_ in BUILDING_NOUNS and doc[k].is_lower and (
        k + 1 == len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"})


#: Nouns of what stands or happens somewhere, and of posts held somewhere: "a hotel in X", "the summit in X", "its
#: consul general in X".
WHERE_THINGS = BUILDING_NOUNS | {"summit", "talks", "meeting", "conference", "ceremony", "embassy", "consulate",
                                 "headquarters", "office", "offices", "venue", "consul", "general", "ambassador"}


def in_a_venue(span: Span) -> bool:
    """"at a hotel in Nusa Dua", "talks in Nusa Dua", "Russia's consul general in Barentsburg": the name after "in" on
    a building, a meeting or a post held abroad is a place's (no one is in a person)."""
    k = span.start - 1
    prep = span.doc[k] if k >= 0 else None
    return prep is not None and prep.lower_ == "in" and prep.head.lower_ in WHERE_THINGS and prep.head.i < k \
        and span.root.head.i == k


#: Lower-case nouns for natural features and parts of towns after a name: "the Matterhorn peak", "the
#: Northbrook river", "the Miraflores neighbourhood".
FEATURE_NOUNS = {"peak", "mountain", "mountains", "river", "lake", "island", "islands", "valley", "glacier", "volcano",
                 "desert", "sea", "coast", "strait", "bay", "canal", "gorge", "massif", "plateau", "delta", "peninsula",
                 "region", "province", "neighbourhood", "neighborhood", "district", "suburb", "quarter", "crossing"}


def place_noun_after(span: Span) -> bool:
    """A natural feature's noun right after the name, at the head of its phrase ("the Matterhorn
    mountain peak", "the Northbrook river"): the name is the place's."""
    doc, k = span.doc, span.end
    if k >= len(doc) or not (doc[k].is_lower and doc[k].lower_ in FEATURE_NOUNS and doc[k].pos_ == "NOUN"):
        return False
    while k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].lower_ in FEATURE_NOUNS:
        k += 1  # "mountain peak"
    return k + 1 == len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"}


#: Plurals of kinds of region after two names joined by "and": "Northam and Southam counties".
REGION_PLURALS = {"counties", "parishes", "provinces", "districts", "states", "regions", "municipalities", "prefectures"}


def region_plural_after(span: Span) -> bool:
    """"Northam and Southam counties": a region's plural after the name, or after "and" and one more
    name, makes each name a region's."""
    doc, k = span.doc, span.end
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].text[:1].isupper():
        k += 1
        while k < len(doc) and k <= span.end + 4 and doc[k].is_alpha and doc[k].text[:1].isupper():
            k += 1  # the other name
    return k < len(doc) and doc[k].lower_ in REGION_PLURALS and doc[k].is_lower


def after_locative(span: Span) -> bool:
    """"in Manchester", "at Kiev": a locative preposition right before the name (see sports.LOCATIVE)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE


# -- no names of ours ----------------------------------------------------------------------


#: Nouns and verbs that announce the title of a work in quotes: 'the film " Northtown Nights "'.
WORK_WORDS = {"film", "films", "movie", "movies", "book", "books", "novel", "novels", "song", "songs", "album", "albums",
              "series", "show", "play", "opera", "documentary", "called", "titled", "entitled", "filming", "hits",
              "bestseller", "poem", "painting", "exhibition", "musical", "blockbuster"}


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


#: Nouns for a work that name it right after them, no quotes needed: "his novel Tropic of Cancer",
#: "the 1957 album Blue Train", "Nolan's film Oppenheimer".
WORK_NOUNS = {"film", "movie", "biopic", "documentary", "book", "novel", "memoir", "song", "single", "album", "opera",
              "musical", "poem", "painting", "sculpture", "sitcom", "miniseries", "series"}


def named_work(span: Span) -> bool:
    """A name right after a noun for a work, a year between at most ("the 1957 album X"): its title."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].like_num:
        k -= 1
    return k >= 0 and doc[k].lower_ in WORK_NOUNS and doc[k].pos_ == "NOUN"


#: The letters of US parties in "D-Calif.": Democrat, Republican, Independent.
PARTY_LETTERS = {"D", "R", "I"}


#: Posts of politicians, besides legislators' (titles.tsv), that a party's word may stand before: "Labour leader X".
PARTY_POSTS = {"leader", "governor", "mayor", "candidate", "nominee", "politician", "minister", "chairman",
               "chairwoman", "member"}


def party_before_post(span: Span) -> str | None:
    """"Labour MP X", "Republican Sen. X", "GOP lawmaker X", "the Conservative leader": one capitalised word
    naming a party (see :func:`kg.nlp.gazetteer.party_of_word`) right before a politician's post: the party's
    name, else None (not a people's word: "the Russian MP")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not span.text[:1].isupper():
        return None
    post = doc[span.end].lower_
    if post not in PARTY_POSTS and gazetteer.titles().get(post) != "legislator":
        return None
    if gazetteer.demonym(span.text) or gazetteer.country(span.text):
        return None
    if doc[span.end].text == "Minister" and span[0].lower_ in PORTFOLIO_WORDS:
        return None  # "Labour Minister X": the portfolio (but "Labour minister X", "Labour leader X": the party)
    return gazetteer.party_of_word(span.text)


def tagged_party(span: Span) -> str | None:
    """The party a whole lawmaker's tag names ("D-Calif." -> "Democratic Party"), or None (a state alone, "I-Vt.")."""
    return gazetteer.party_of_letter(span[0].text) if len(span) == 3 and party_tag(span) else None


def party_tag(span: Span) -> bool:
    """"D-Calif.", "R-Texas", "I-Vt.": the party letter and state after a US lawmaker's name."""
    doc, start = span.doc, span.start
    if len(span) == 1 and start >= 2 and doc[start - 1].text in {"-", "–"} and doc[start - 2].text in PARTY_LETTERS:
        start -= 2  # the state alone tagged: "Calif." of "D-Calif."
    return span.end - start == 3 and doc[start].text in PARTY_LETTERS and doc[start + 1].text in {"-", "–"} \
        and doc[start + 2].text[:1].isupper() and start >= 1 and doc[start - 1].text in {",", "("}


def before_common_noun(span: Span) -> bool:
    """The name is used as an adjective, before a common noun or adjective: "the Tatar community", "the Houthi
    rebels"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ in {"NOUN", "ADJ"}


def group_adjective(span: Span) -> bool:
    """One word before a common noun whose plural names a known body: the body's adjective ("the Houthi rebels", "the
    Houthi negotiator": the Houthis'), whoever's family name it also is."""
    return len(span) == 1 and before_common_noun(span) and gazetteer.organization(span.text + "s") is not None \
        and gazetteer.organization(span.text) is None
