"""A body referred back to rather than named: by its common noun ("the ministry spokeswoman X",
"the department's X"), by "its" ("Its president, X"), "whose" or "the country's" ("the country's defence minister,
X"), as "his/her party, the Y", or by its capital ("Washington and Kabul held talks", "Moscow's envoy X")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.paragraphs import window_start
from kg.nlp.titles import FORMER, MODIFIERS, entity_at, qualifying_country, singular_title


#: Nouns of a body one belongs to: "her party, the Y", "his union, the Y".
OWN_BODY_NOUNS = {"party", "union", "company", "firm", "employer", "club", "team", "newspaper", "organization",
                  "organisation", "movement", "faction"}


def pronoun_bodies(doc: Doc, refs: dict, types: dict):
    """"Ann Ode spoke at a congress of her party, the Liberals": an organisation right after "his/her
    (own) party," belongs to the person the pronoun stands for, if named before it in the sentence."""
    for ent in doc.ents:
        key = refs.get(ent.start)
        if key is None or types.get(key) != ORGANIZATION:
            continue
        k = ent.start - 1
        k -= k >= 0 and doc[k].lower_ == "the"
        if k < 2 or doc[k].text != "," or doc[k - 1].lower_ not in OWN_BODY_NOUNS:
            continue
        j = k - 2
        while j > ent.sent.start and (doc[j].pos_ == "ADJ" or doc[j].lower_ == "own"):
            j -= 1  # "her own party", "his conservative party"
        person = refs.get(j) if doc[j].lower_ in {"his", "her"} else None
        if person and types.get(person) == PERSON and any(
                refs.get(t.i) == person for t in doc[ent.sent.start : j] if t.ent_type_ == PERSON):
            yield person, key, ent


#: Common nouns by which a report refers back to a body it named: "the ministry spokeswoman".
BODY_ANAPHORS = {"ministry", "government", "embassy", "department", "agency", "commission", "council", "company",
                 "firm", "bank", "university", "institute", "bureau", "newspaper", "paper", "union", "association",
                 "federation", "club", "party", "foundation", "committee", "bloc"}
#: Nouns by which a report refers back to an international body it named: "the bloc's Commission President X".
BLOC_NOUNS = {"bloc"}


#: Nouns by which a report refers back to a news outlet it named ("the San Jose Herald ... the newspaper's editor").
PAPER_NOUNS = {"newspaper", "paper"}


#: Words in companies' names that "the company" or "the firm" refers back to: "Northtown Rail Co.".
COMPANY_WORDS = {"company", "firm", "co.", "co", "corp.", "corp", "corporation", "inc.", "inc", "ltd.", "ltd", "plc",
                 "llc", "group"}
#: Words in trade unions' names that "the union" refers back to: "the International Association of Machinists".
UNION_WORDS = {"union", "workers", "association", "federation", "brotherhood", "guild", "steelworkers", "teamsters",
               "machinists", "employees"}


def referred_body_parties(ent: Span, refs: dict, types: dict):
    """"X, the ministry spokeswoman", "the ministry spokeswoman X", "a department spokeswoman, X,", "X, a
    spokeswoman for the agency",
    "the department's X", "X, a company official": the body named before with that noun, an
    organisation whose name holds it ("the Foreign Ministry", "Northtown Rail Co.") or, when the body
    has no name, its country ("a spokeswoman for the Chinese foreign ministry" -> China)."""
    doc, titles = ent.doc, gazetteer.title_words()
    heads = [a for a in ent.root.children if a.dep_ == "appos" and a.lower_ in titles]
    if ent.start >= 2 and doc[ent.start - 1].lower_ in titles:  # "the ministry spokeswoman X"
        heads.append(doc[ent.start - 1])
    if ent.start >= 3 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in titles \
            and ent.root.dep_ == "appos" and ent.root.head.i == ent.start - 2:
        heads.append(doc[ent.start - 2])  # "A department spokeswoman, X, said"
    nouns = []
    for head in heads:
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(refs.get(p.i) and types.get(refs[p.i]) == ORGANIZATION
                                                            for p in c.children if p.dep_ == "pobj")
               for c in head.children):
            continue  # "X, a vice department director of the Central Committee": the body is named, no department
        if any(c.lower_ in {"the", "a", "an"} for c in doc[max(0, head.i - 3) : head.i]):  # "the ministry spokesman"
            nouns += [c for c in doc[max(0, head.i - 2) : head.i] if body_anaphor(c, refs)]
        elif head.i == ent.start - 1 and head.i >= 1 and body_anaphor(doc[head.i - 1], refs) and (
                head.i < 2 or doc[head.i - 2].pos_ in {"ADP", "VERB", "PUNCT", "CCONJ", "SCONJ"}):
            nouns.append(doc[head.i - 1])  # "according to department spokesman X" (not "Chinese foreign ministry
            # spokesperson X": the ministry of its own country)
        nouns += [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "with"}  # "for the agency"
                  for p in c.children if p.dep_ == "pobj" and body_anaphor(p, refs) and definite(p)]
    owner = possessive_anaphor(ent, refs)  # "the department's X"
    for noun in nouns + ([owner] if owner is not None else []):
        key = earlier_body(noun, refs, types)
        if key is not None:
            yield "referred-body", key, f"the {noun.lower_}"
            return


def body_anaphor(tok, refs: dict) -> bool:
    """A common noun for a body that is no part of a name: "ministry", "agency", "company"."""
    return tok.lower_ in BODY_ANAPHORS and tok.i not in refs and tok.is_lower


def definite(tok) -> bool:
    """The noun has "the" before it (next to it or before its adjectives)."""
    return any(c.lower_ == "the" for c in tok.doc[max(0, tok.i - 3) : tok.i])


def possessive_anaphor(ent: Span, refs: dict):
    """The body noun owning a name's title: "the department's X", "the agency's chief spokesman X"."""
    doc = ent.doc
    k = post_start(ent) - 1
    if k >= 2 and doc[k].text in {"'s", "’s"} and body_anaphor(doc[k - 1], refs) and doc[k - 2].lower_ == "the":
        return doc[k - 1]
    return None


def post_start(ent: Span) -> int:
    """Where the lower-case post before a name starts, over a comma after it: "the agency's chief spokesman X",
    "the company's finance chief, X" -> the index of "chief"."""
    doc, titles = ent.doc, gazetteer.title_words()
    end = ent.start - (ent.start >= 1 and doc[ent.start - 1].text == ",")
    k = end - 1
    while k >= 0 and k >= end - 4 and (doc[k].lower_ in titles or doc[k].lower_ in MODIFIERS  # "whose Prime Minister X"
                                       or doc[k].is_lower and (doc[k].pos_ in {"ADJ", "NOUN"}
                                                               or doc[k].tag_ in {"VBG", "VBN"})  # "its managing"
                                       or doc[k].text in {"-", "–"} and not doc[k].whitespace_  # "their co-leader"
                                       or doc[k].lower_ in BODY_ANAPHORS and k + 1 < end
                                       and doc[k + 1].lower_ in titles):  # "the bloc's Commission President X"
        k -= 1
    return k + 1 if k + 1 < end else ent.start


def its_parties(ent: Span, refs: dict, types: dict):
    """"Its president, X", "its chief executive X": the organisation that is the subject of this sentence or the
    one before ("The BDI federation called for tax cuts. Its president, X, said"); "Their co-leader X" after a
    body named in the plural ("The Greens have offered talks")."""
    doc = ent.doc
    k = post_start(ent) - 1
    if k < 0 or k == ent.start - 1 or doc[k].lower_ not in {"its", "their"}:
        return
    if any(t.lower_ in FORMER | {"old"} for t in doc[k + 1 : ent.start]):
        return  # "their old coach X", "its former president X": no longer theirs
    if doc[k].lower_ == "their" and any(t.dep_ in {"nsubj", "nsubjpass"} and (
            t.lemma_.lower() in gazetteer.title_words() or singular_title(t.lower_)) for t in doc[ent.sent.start : k]):
        return  # "the two Prime Ministers agreed that their foreign ministers, X and Y, would meet": people's
    kinds = frozenset({ORGANIZATION, COUNTRY}) if doc[k].lower_ == "its" else frozenset({ORGANIZATION})
    # "Mexico's foreign minister, X, and its security secretary, Y": the owner of the post coordinated before
    owner = next((t for t in reversed(doc[ent.sent.start : k]) if t.pos_ in {"VERB", "AUX"}
                  or refs.get(t.i) and types.get(refs[t.i]) in kinds and t.i + 1 < k
                  and doc[t.i + 1].text in {"'s", "’s"}), None)
    if doc[k].lower_ == "its" and k >= 1 and doc[k - 1].lower_ == "and" and owner is not None \
            and owner.pos_ not in {"VERB", "AUX"}:
        yield "its-body", refs[owner.i], f"its {doc[k + 1].lower_}"
        return
    if (key := subject_body(doc[k], refs, types, kinds)) is not None:
        yield "its-body", key, f"{doc[k].lower_} {doc[k + 1].lower_}"  # ("Uzbekistan did not take part. Its foreign
        # minister, X,")


def whose_parties(ent: Span, refs: dict, types: dict):
    """"Peru, whose president X faces a travel ban", "the agency, whose director, X, resigned": the country or body
    the relative clause hangs on."""
    doc = ent.doc
    k = post_start(ent) - 1
    if k < 0 or k == ent.start - 1 or doc[k].lower_ != "whose":
        return
    clause = next((a for a in doc[k].ancestors if a.dep_ == "relcl"), None)
    # (the name right before its comma when the parser made no relative clause: "with Australia, whose Prime
    # Minister X is expected in PNG, ...")
    j = k - 2 if k >= 2 and doc[k - 1].text == "," else None
    if j is not None and doc[j].text == ")":  # "the X Party (XP), whose president": the name before its short name
        j = next((m - 1 for m in range(j - 1, max(j - 6, 0), -1) if doc[m].text == "("), None)
    before = doc[j] if j is not None and j >= 0 else None
    key = refs.get(clause.head.i) if clause is not None else refs.get(before.i) if before is not None else None
    if key is not None and types.get(key) in {COUNTRY, ORGANIZATION}:
        yield "whose-body", key, f"whose {doc[k + 1].lower_}"


#: Nouns by which a report refers back to a country it named: "the country's defence minister, X".
COUNTRY_ANAPHORS = {"country", "nation"}


def country_parties(ent: Span, refs: dict, types: dict):
    """"The country's defence minister, X", "the nation's president X": the one country named last before, in the
    sentence or, if it names none, in the one before (not when that sentence names two: "Peru and Chile agreed ...
    The country's minister")."""
    doc, titles, j = ent.doc, gazetteer.title_words(), ent.start
    while j > ent.sent.start and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ in titles | MODIFIERS:
        j -= 1  # "the country's military chief, Senior General X": past the rank
    k = post_start(doc[j : ent.end]) - 1
    if k < 2 or k == j - 1 or doc[k].text not in {"'s", "’s"} or doc[k - 1].lower_ not in COUNTRY_ANAPHORS \
            or doc[k - 2].lower_ != "the":
        return
    here = [refs[t.i] for t in doc[ent.sent.start : k - 2] if t.i in refs and types.get(refs[t.i]) == COUNTRY]
    before = [refs[t.i] for t in doc[window_start(ent[0], 1) : ent.sent.start] if t.i in refs
              and types.get(refs[t.i]) == COUNTRY]
    named = here[-1:] or list(dict.fromkeys(before))
    if len(named) == 1:
        yield "country-body", named[0], f"the {doc[k - 1].lower_}'s {doc[k + 1].lower_}"


def subject_body(tok, refs: dict, types: dict, kinds: frozenset = frozenset({ORGANIZATION})) -> str | None:
    """The organisation (or other entity of ``kinds``) that is the latest named subject before tok, in its sentence
    or the one before; None if that subject is someone else. Inside a sentence, the organisation named last before
    tok ("a delegation from the Y Chamber, led by its president X")."""
    inside = [t for t in tok.doc[tok.sent.start : tok.i] if t.i in refs and t.ent_type_
              and not (t.ent_iob_ == "B" and t.i >= 1 and tok.doc[t.i - 1].lower_ == "in")]  # "the Y Chamber in China"
    if inside:
        return refs[inside[-1].i] if types.get(refs[inside[-1].i]) in kinds else None
    for t in reversed(tok.doc[window_start(tok, 1) : tok.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON":
            continue
        # (or the name set beside the subject's noun: "The refugee group Pro Asyl criticised the plan")
        key = next((refs[c.i] for c in t.subtree if c.i <= t.i and c.i in refs), None) or next(
            (refs[a.i] for a in t.children if a.dep_ == "appos" and a.i in refs), None)
        if key is not None:
            return key if types.get(key) in kinds else None
    return None


def same_body_word(tok, noun) -> bool:
    """A token names a body as ``noun`` does: the same word, a company's "Co."/"Inc." for "the company", or a
    word of a union's name for "the union" ("Workers", "Machinists")."""
    return (tok.lower_ == noun.lower_ or noun.lower_ in {"company", "firm"} and tok.lower_ in COMPANY_WORDS
            or noun.lower_ == "union" and tok.lower_ in UNION_WORDS and not tok.is_lower)


def earlier_body(noun, refs: dict, types: dict) -> str | None:
    """The body last named with ``noun`` before it: an organisation ending in the word, or the country
    qualifying it ("the Chinese foreign ministry"); None if the word was not used before."""
    for t in reversed(noun.doc[: noun.i]):
        if noun.lower_ in PAPER_NOUNS and t.ent_iob_ == "B" and refs.get(t.i) and types.get(refs[t.i]) == ORGANIZATION:
            ent = entity_at(t.doc, t.i)
            if gazetteer.is_media(ent.text):
                return refs[t.i]  # "the newspaper": the last news outlet named
        if noun.lower_ in BLOC_NOUNS:
            if t.ent_iob_ == "B" and refs.get(t.i) and types.get(refs[t.i]) == ORGANIZATION \
                    and (org := gazetteer.organization(entity_at(t.doc, t.i).text)) is not None and org.country is None:
                return refs[t.i]  # "the bloc": the last international body named
            continue
        if not same_body_word(t, noun):
            continue
        key = refs.get(t.i)
        if key is not None:
            return key if types.get(key) == ORGANIZATION else None
        if t.is_lower and noun.lower_ in {"company", "firm"}:
            continue  # "the company" said before: look further back for the company's name
        return qualifying_country(t, refs, types)
    # "Volkswagen said it would cut jobs. The company's finance chief, X,": the company just the subject
    return subject_body(noun, refs, types) if noun.lower_ in {"company", "firm"} else None


def capital_parties(entities) -> dict[str, str]:
    """Place keys of capitals that stand for their government when they are a party ("Washington and
    Kabul held talks"), mapped to the key of that country if the article names it."""
    countries = {}
    for e in entities:
        found = gazetteer.country(e.name) if e.type == COUNTRY else None
        if found:
            countries.setdefault(found.code, e.key)
    return {e.key: countries[code] for e in entities
            if e.type == PLACE and (code := gazetteer.capital_country(e.name)) in countries}
