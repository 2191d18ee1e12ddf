"""Appositions after a name: "X, spokesman for the Kremlin,", "X, Russia's envoy", "X, a Syria expert at the Y".

The title block read after a name and its comma (``apposition_after``), with the checks that tell a post's apposition
from the next clause, another role of the same person or an event set beside the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.memo import per_name
from kg.nlp.names import ENVOY_RANK_WORDS, HONORIFICS
from kg.nlp.titles import (
    AGAINST_WORDS,
    BODY_NOUNS,
    FORMER,
    MODIFIERS,
    REPORT_VERBS,
    TitleBlock,
    after_name,
    apposition_before,
    bracketed_org,
    entity_at,
    envoy_before,
    host_word,
    party_of,
    plural_title,
    preposition_before,
    singular_title,
    trade_word,
)


def one_of(tok: Token) -> bool:
    """A title in the plural after "one of (the)": "X, one of the secretaries of Y" holds the post."""
    doc, k = tok.doc, tok.i - 1
    while k >= 0 and k >= tok.i - 3 and (doc[k].lower_ in {"the", "its", "his", "her", "their"} or doc[k].pos_ == "ADJ"):
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "one" and plural_title(tok)


#: Nouns of an event set beside a name, whose words name no post of the name's: "X, the first meeting between a
#: British leader and X".
APPOSED_EVENTS = {"meeting", "meetings", "talks", "call", "calls", "visit", "visits", "summit", "summits", "encounter",
                  "conversation", "trip", "trips"}


def after_of(doc: Doc, j: int) -> bool:
    """The word at ``j`` follows "of", maybe with "the" and lower-case adjectives between: "of the autonomous Y"."""
    k = j - 1
    while k > 0 and (doc[k].lower_ == "the" or doc[k].is_lower and doc[k].pos_ == "ADJ"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "of"


def as_post(doc: Doc, i: int) -> bool:
    """"as" before a post right after a name: "the inauguration of X as President of Y", "X as the new envoy"."""
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in {"the", "new"})
    return doc[i].lower_ == "as" and k < len(doc) and doc[k].lower_ in gazetteer.title_words()


@per_name
def apposition_after(name: Span) -> TitleBlock:
    """A title in an apposition after a name: "X, spokesman for the Kremlin," "X, Russia's envoy"."""
    doc = name.doc
    block = TitleBlock()
    i = after_name(name)
    titles = gazetteer.title_words()
    if i >= len(doc) or doc[i].text != "," and not as_post(doc, i):
        return block  # (or "the inauguration of X as President of Y": the post taken)
    j = i + 1
    if j < len(doc) and doc[j].pos_ == "ADP" and doc[j].lower_ not in {"of", "from"}:
        return block  # "X, in the presence of Egypt's Minister of Foreign Affairs Y": a phrase of the clause
    end = min(len(doc), j + 12)
    employers = []  # parties after "at"/"with" behind the title: "a Syria expert at the Y Institute"
    while j < end:
        tok = doc[j]
        if tok.is_space and "\n" in tok.text or "\n" in doc[j - 1].whitespace_:
            break  # "By X, Business Reporter" and the next paragraph's "The chief executive of Y"
        if tok.pos_ == "CCONJ" and tok.lower_ == "and" and coordinated_title(doc, j + 1, titles):
            j += 1  # "X, director of the Y and a member of the Z": two roles of one person
            end = min(len(doc), j + 12)
            continue
        if tok.lower_ in {"and", "&", ","} and block.titles and j + 1 < len(doc) \
                and doc[j + 1].lower_ in PORTFOLIO_WORDS and (tok.text != "," or doc[j - 1].lower_ in PORTFOLIO_WORDS):
            j += 1  # "X, Minister of Foreign Affairs and International Cooperation of Y", "X, Secretary of State for
            # Foreign, Commonwealth and Development Affairs of Y": one portfolio
            end = min(len(doc), max(end, j + 8))
            continue
        if tok.text == "(" and block.parties and j + 1 < len(doc) and same_body(block.parties[-1], party_of(doc[j + 1])):
            j += 1  # "deputy leader of SHP ( Social Democrat Populist Party )": the party's full name
            continue
        other = bracketed_org(doc, j, opening=True) if tok.text == "(" and block.parties else None
        if other is not None and isinstance(block.parties[-1], Span) and block.parties[-1].end == j \
                and block.parties[-1].label_ == ORGANIZATION:
            block.other_names.append(other)  # "candidate of the NLP ( Northtown Liberal Party )": its other name
            j = other.end + 1
            continue
        if tok.text == "(" and j > 0 and doc[j - 1].lower_ in BODY_NOUNS and bracketed_org(doc, j, opening=True):
            j += 1  # "leader of the Socialist opposition party ( MSZP )": the body's short name
            continue
        if tok.text == ")" and block.parties:
            j += 1
            continue
        if tok.text == "," and block.titles and next_named_subject(doc, j + 1):
            return TitleBlock()  # "According to X, the head of the Y group, Z called": the title is Z's
        if tok.text == "," and block.titles and (nxt := entity_at(doc, j + 1)) is not None and nxt.label_ == PERSON \
                and nxt.start == j + 1 and name.start >= 1 and doc[name.start - 1].text == "," \
                and apposition_before(name).titles:
            return TitleBlock()  # "the Governor of X, A, the Mayor of Y, B,": a list that puts each post first
        if tok.text == "," and block.titles and not block.parties and doc[j - 1].lower_ in BODY_NOUNS \
                and named_body_after(doc, j + 1):
            j += 1  # "X, chairman of the largest opposition party, the Y Party": the body's name
            continue
        if tok.tag_ == "VBN" and tok.dep_ == "amod" and (block.titles or tok.head.lower_ in titles):
            j += 1  # "director of the internationally recognized Y", "the newly appointed Ambassador of Y"
            continue
        if tok.lower_ == "and" and doc[j - 1].lower_ in ENVOY_RANK_WORDS and j + 1 < len(doc) \
                and doc[j + 1].lower_ in ENVOY_RANK_WORDS:
            j += 1  # "X, Ambassador Extraordinary and Plenipotentiary of Y": one rank
            continue
        if tok.text in {",", ";", ".", "(", ")", "—", "–"} or tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"}:
            if tok.pos_ in {"VERB", "AUX"} and any(t.pos_ == "VERB" and t.lemma_.lower() in REPORT_VERBS
                                                   for t in doc[j : j + 2]):
                return TitleBlock()  # "with President X, the official Palestinian news agency WAFA reported": a source
            if tok.tag_ in {"VBP", "VB"} and doc[j - 1].text != ",":
                return TitleBlock()  # a headline's "X, Chinese consul general discuss ...": two subjects
            break  # "X, while Ukrainian Defence Minister Y": a new clause, not an apposition
        if tok.lower_ in APPOSED_EVENTS and not any(t in titles for t in block.titles):
            break  # "X, the first meeting between a British leader and X since 2018": an event, no post
        ent = entity_at(doc, j)
        if ent is not None and ent.label_ == PERSON and block.titles and doc[j - 1].lower_ in titles \
                and ent.end < len(doc) and doc[ent.end].text in {"'s", "’s"}:
            block = TitleBlock()  # "X, President Y's chief foreign policy adviser": the title before is Y's; X's
            j = ent.end + 1  # post follows the possessive
            continue
        if ent is not None and ent.label_ == PERSON:
            k = j - 1
            while k > i + 1 and doc[k].lower_ in HONORIFICS and doc[k].lower_ not in titles:
                k -= 1  # "..., President of Y H.E. Mr. Z": the forms of address before Z (not a title that is one
                # too: "..., Qatar's Emir Sheikh Z")
            before = entity_at(doc, k)
            if k > i + 1 and (doc[k].lower_ in titles or before is not None and before.label_ in {COUNTRY, ORGANIZATION}
                              and (k < j - 1 or block.titles) or block.titles and doc[k].pos_ in {"NOUN", "PROPN"}):
                # "X, Chevron spokesman Y said", "X, President of Y H.E. Z", "X, Chief of the General Staff Z", "X,
                # Greenland's Minister for Foreign Affairs Z": Y's and Z's post
                return TitleBlock()
            break
        party = party_of(tok)
        place = entity_at(doc, j) if party is None and after_of(doc, j) else None
        if place is not None and place.label_ == PLACE and place.start == j:
            block.places.append(place)  # "X, governor of Texas", "X, prime minister of the autonomous Kurdistan Region"
            j = place.end
            continue
        if party is not None:
            prev = preposition_before(party)
            if host_word(prev) and (block.parties or envoy_before(prev) or doc[prev.i - 1].lower_ in OFFICES_ABROAD):
                pass  # "ambassador to Z", "commander of Y forces in Z", "head of the embassy in Z": where the post is held
            elif prev.lower_ == "for" and doc[prev.i - 1].lower_ in DESK_TITLES:
                pass  # "X, Deputy Managing Director for Russia, Eastern Partnership (...)": the desk's countries
            elif block.parties and isinstance(party, Span) and (
                    prev.lower_ == "for" and party.label_ == COUNTRY or prev.lower_ == "to"):
                pass  # "the UN's humanitarian coordinator for Z", "the government's coordinator to UNIFIL": the post's
                # remit, the UN's and the government's
            elif block.parties and (root := party.root if isinstance(party, Span) else party).dep_ in {
                    "amod", "compound"} and root.head.lemma_.lower() in REMIT_NOUNS:
                pass  # "the Saudi envoy in charge of the Lebanese file": the envoy's remit
            elif not any(p is party or p == party for p in block.parties):
                block.parties.append(party)
                head = (party.root if isinstance(party, Span) else party).head  # (past "the Yerevan-based")
                if block.titles and (any(doc[k].lower_ in {"at", "with"} for k in range(max(i + 1, j - 3), j))
                                     or head.lower_ in {"at", "with"} and head.i > i):
                    employers.append(party)
            j = (party.end if isinstance(party, Span) else j + 1)
            end = min(len(doc), max(end, j + 2))  # a long name does not use up the window
            continue
        if tok.lower_ in titles and doc[i + 1].lower_ in {"with", "and"}:
            return TitleBlock()  # "X (left), with Niger's Defence Minister Y": the companion's post
        if tok.lower_ in titles or tok.lower_ in MODIFIERS:
            block.titles.append(tok.lower_)
        elif one_of(tok):
            block.titles.append(singular_title(tok.lower_))
        elif tok.lower_ in FORMER:
            block.former = True
        elif tok.lower_ in AGAINST_WORDS:
            block.against = True
        elif trade_word(tok) and tok.dep_ in {"compound", "nmod"}:
            block.trade = True  # "X, an American film director,"
        j += 1
    if not any(t in titles for t in block.titles):
        return TitleBlock()
    if block.role == "topic":  # "a Syria expert at the Y Institute": Y employs them, Syria is their subject
        block.parties = [p for p in employers if isinstance(p, Span) and p.label_ == ORGANIZATION]
    return block


#: Nouns of what a post deals with, whose people's word names no employer: "in charge of the Lebanese file", "the
#: minister responsible for Canada-U.S. trade".
REMIT_NOUNS = {"file", "dossier", "question", "issue", "trade", "relations"}

#: Nouns of a country's offices abroad: "the head of the embassy in Kenya" works for another country.
OFFICES_ABROAD = {"embassy", "consulate", "mission", "legation"}

#: Titles of a desk, whose "for" names the countries it deals with: "Deputy Managing Director for Russia".
DESK_TITLES = {"director", "coordinator"}


def named_body_after(doc, j: int) -> bool:
    """An organisation's name starts at token j, or after "the" there."""
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    ent = entity_at(doc, j) if j < len(doc) else None
    return ent is not None and ent.start == j and ent.label_ == ORGANIZATION


def next_named_subject(doc, j: int) -> bool:
    """A person's name starts at token j and is followed by a verb or a comma: ", Z called", ", Z, said"."""
    ent = entity_at(doc, j) if j < len(doc) else None
    if ent is None or ent.label_ != PERSON or ent.start != j or ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else nxt
    return nxt.pos_ in {"VERB", "AUX"} or nxt.text == "," and (ent.root.dep_ in {"nsubj", "nsubjpass"}
                                                            or after.pos_ in {"VERB", "AUX"})


def same_body(a: Token | Span | None, b: Token | Span | None) -> bool:
    """One name spells the other's initials: "SHP ( Social Democrat Populist Party )"."""
    if not (isinstance(a, Span) and isinstance(b, Span)):
        return False
    for short, long in ((a, b), (b, a)):
        initials = "".join(t.text[0] for t in long if t.text[:1].isupper())
        if short.text.isupper() and len(long) > 1 and short.text.replace(".", "") == initials:
            return True
    return False


def coordinated_title(doc, j: int, titles) -> bool:
    """After "and": another role of the same person ("and honorary president of", "and a member of", "and Chinese
    foreign minister"), its title within three words, before any name (but a people's word)."""
    for tok in doc[j : min(len(doc), j + 4)]:
        if tok.lower_ in titles:
            return True
        if entity_at(doc, tok.i) is not None and not gazetteer.demonym(tok.text) or not (
                tok.lower_ in {"a", "an", "the", "-"} | MODIFIERS | FORMER or tok.pos_ == "ADJ"):
            return False
    return False
