"""Names a post is set beside: "South Africa's foreign minister, X,", "the Ambassador of Japan to Ghana, H.E. Mr. X",
"the foreign ministers of A, B and C -- X, Y and Z --".

Read on tokens whatever the parse: whether a name has a title as evidence of a person, which person an apposition
after a post names, and which names a list of post holders pairs with which countries.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.names import FORMS_OF_ADDRESS, HONORIFICS, MALAY_LAST_WORDS, STYLE_NOUNS
from kg.nlp.titles import entity_at, post_before

#: Tokens that may stand between a title and a name: "Kremlin spokesman - X". Not "of"/"for":
#: in "head of the Chamber of Commerce" the title is before an organisation, not a person.
TITLE_GLUE = {"-", "–"}

#: Words that open a clause after a comma, not an apposition: "in Brussels, where member states' leaders".
CLAUSE_OPENERS = {"where", "when", "which", "while", "whereas", "as", "and", "but", "so", "because", "although"}

#: Forms of address used only before a person's family name (not "Sir", "Dr": "Sir Seretse Khama Airport").
PERSONAL_ADDRESS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms."}


def has_person_evidence(span: Span) -> bool:
    """A title or a form of address right before the name ("Foreign Minister X", "H.E. X"), a title it is
    set beside ("South Africa's foreign minister, X,") or a title after it ("X, spokesman for Y")."""
    titles = gazetteer.title_words()
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in FORMS_OF_ADDRESS:
        return True
    if len(span) > 1 and span[0].lower_ in PERSONAL_ADDRESS:
        return True  # "Mr de Mistura" tagged ORG with its "Mr"
    while i >= 0 and i >= span.start - 6:
        tok = doc[i]
        if tok.lower_ in titles and (tok.pos_ in {"NOUN", "PROPN"} or tok.text[:1].isupper()):
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in TITLE_GLUE):
            break
        i -= 1
    if titled_by_apposition(span, titles) or post_before_comma(span, titles):
        return True
    nxt = span.end
    if nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].lower_ not in CLAUSE_OPENERS \
            and doc[nxt + 1].pos_ not in {"VERB", "AUX"} and not fronted_city(span):  # not "X, told Y chief Z"
        window = doc[nxt + 1 : min(len(doc), nxt + 5)]
        # (not "on the margins of the session at X, the Indian leader met Y": a phrase's place, then the subject)
        return any(t.lower_ in titles and t.pos_ == "NOUN" and not (
            span.root.dep_ == "pobj" and t.dep_ in {"nsubj", "nsubjpass"}) for t in window)
    return False


def post_before_comma(span: Span, titles: set[str]) -> bool:
    """A name opening with a given name right after a capitalised post and its comma, however parsed: "President of
    the Republic, Miguel X" (X parsed as the object of "of")."""
    doc, k = span.doc, span.start - 1
    if k < 1 or len(span) < 2 or doc[k].text != "," or not gazetteer.given_name(span[0].text) \
            or gazetteer.organization(span.text) or gazetteer.city(span.text):
        return False  # (not "on King Charles Street, London": a city)
    for tok in reversed(doc[max(0, k - 6) : k]):
        if tok.lower_ in titles and tok.text[:1].isupper():
            return True
        if not (tok.lower_ in POST_GLUE - {","} or tok.text[:1].isupper() and tok.ent_type_ not in {PERSON, "PERSON"}):
            return False
    return False


def fronted_city(span: Span) -> bool:
    """A known city opening its sentence after "in" or "at": the post after its comma is the next name's ("In
    Sharm el-Sheikh, Egypt's foreign minister, X, said")."""
    k = span.start - 1
    return k >= 0 and span.doc[k].lower_ in {"in", "at"} and span.doc[k].is_sent_start \
        and bool(gazetteer.city(span.text))


def titled_by_apposition(span: Span, titles: set[str]) -> bool:
    """"South Africa's international relations minister, Naledi Pandor,": a name of capitalised words
    set beside a title noun just before its comma, in the parse an apposition of the title; a hyphen may join two
    of its words ("his Ghanaian counterpart, Nana Akufo-Addo,"); the post's remit may come between ("Ruritania's
    State Minister for Foreign Affairs, X", "the Iraqi ambassador to Kuwait, X")."""
    doc, root = span.doc, span.root
    head = root.head
    climbed = 0
    while root.dep_ == "appos" and head.lower_ not in titles and head.dep_ == "pobj" and climbed < 3 \
            and head.head.lower_ in {"of", "for", "in", "to"}:
        head, climbed = head.head.head, climbed + 1  # "the acting head of the National Umma Party, X", "Cuba's
        # ambassador in Washington, X" parsed with X the apposition of the post's body or place; "the head of the
        # information policy service of the Presidential Administration, X"
    # (past the rest of a title of several words: "Cuba's chief of mission in Washington, X")
    end = max((k for k in range(head.i + 2, min(span.start, head.i + 4))
               if " ".join(t.lower_ for t in doc[head.i : k]) in gazetteer.titles()), default=head.i + 1)
    remit = doc[end : span.start - 1]
    return (root.dep_ == "appos" and head.lower_ in titles and head.pos_ in {"NOUN", "PROPN"}
            and head.i < span.start - 1 and len(remit) <= 6 + 4 * (climbed > 1)
            and (not remit or remit[0].lower_ in {"for", "of", "to", "in", "at"})  # ("ambassador in Washington, X")
            and all(t.lower_ in POST_GLUE | {"in"} - {","} or t.text[:1].isupper() and t.ent_type_ != PERSON
                    or climbed > 1 and t.is_lower and t.pos_ in {"NOUN", "ADJ"} and t.dep_ in {"compound", "amod", "pobj"}
                    for t in remit)
            and (head.pos_ == "NOUN" or remit or head.text[:1].isupper() and head.i >= 1
                 and doc[head.i - 1].text[:1].isupper())  # "Lagos State Governor, X", "Chief Press Secretary, X"
            and doc[span.start - 1].text == "," and all(t.text[:1].isupper() or t.text == "-" for t in span[1:-1])
            and span[0].text[:1].isupper() and span[-1].text[:1].isupper()
            and not gazetteer.country(span.text) and not gazetteer.organization(span.text))


#: Words a post's phrase goes on with before its holder's name: "the Ambassador of Japan to Ghana, H.E. Mr. X".
POST_GLUE = {"of", "to", "for", "on", "at", "and", "&", "the", ","}

#: Nouns of one who hosts, named in apposition like a post: "the host of the gathering, X".
HOST_NOUNS = {"host", "hostess", "hosts"}


def titled_apposition(t: Token, refs: dict) -> Token | None:
    """The person named in apposition after a post and the bodies and countries it is of or to, whatever the
    parse: "received the Ambassador of Japan to Ghana, H.E. Mr. X" (X parsed as an apposition of Ghana), "the
    Prime Minister appointed by the junta, X" (past a participle's clause), "the host of the gathering, Rhode Island
    Gov. X"."""
    doc, k, comma = t.doc, t.i + 1, False
    clause = {i for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" for i in range(c.i, c.right_edge.i + 1)}
    # "the host of the gathering, Rhode Island Gov. X": what the host holds, and the name's place before the title
    hosted = {i for p in t.children if t.lower_ in HOST_NOUNS and p.dep_ == "prep" and p.lower_ == "of"
              for i in range(p.i, p.right_edge.i + 1)}
    # "Brazil's chief negotiator for the trade agreement between A and B, Ambassador X": the post's remit
    remit = {i for p in t.children if p.dep_ == "prep" and p.lower_ == "for" and t.lower_ in gazetteer.title_words()
             for i in range(p.i, p.right_edge.i + 1)}
    while k < min(len(doc), t.i + 20 + len(clause) + len(remit)):
        tok = doc[k]
        if k in clause or k in hosted or k in remit and not comma and tok.text != "," and tok.ent_type_ != PERSON:
            k += 1
            continue
        if tok.ent_type_ == PERSON and k in refs:
            return tok if comma else None
        if tok.text == "," and not comma and doc[k - 1].lower_ in PORTFOLIO_WORDS and post_before(doc, k) \
                and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].ent_type_ != PERSON \
                and doc[k + 1].lower_ not in gazetteer.title_words() | HONORIFICS:
            k += 1  # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, X": a portfolio's list goes on
            continue
        if not (tok.lower_ in POST_GLUE or tok.lower_ in HONORIFICS | MALAY_LAST_WORDS  # ("..., Dato' Seri X")
                or tok.ent_type_ in {COUNTRY, ORGANIZATION}
                # "the Speaker of South Africa's National Assembly, X": a country's body
                or not comma and tok.lower_ in {"'s", "’s"} and doc[k - 1].ent_type_ in {COUNTRY, ORGANIZATION}
                or not comma and tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ != PERSON
                # "the Deputy Foreign Minister and Special Representative (...) for the Middle East and Africa, X"
                or tok.text in {"(", ")"} and not comma  # "the commander of the National Liberation Army (ELN), X"
                # "the UNHCR Representative in Uganda, Ms. X": where the post is
                or not comma and tok.lower_ == "in" and k + 1 < len(doc) and doc[k + 1].ent_type_ in {COUNTRY, PLACE}
                or not comma and tok.ent_type_ == PLACE and doc[k - 1].lower_ == "in"
                or tok.text.isupper() and doc[k - 1].text == "(" and not comma
                or tok.lower_ in PORTFOLIO_WORDS or comma and tok.lower_ in gazetteer.title_words()
                or comma and gazetteer.titles().get(doc[k : k + 2].text.lower())  # "..., Field Marshal X"
                or comma and hosted and tok.ent_type_ == PLACE
                or comma and (tok.lower_ in STYLE_NOUNS or tok.lower_ in {"his", "her"} and k + 1 < len(doc)
                              and doc[k + 1].lower_ in STYLE_NOUNS)):
            return None  # but after the comma a rank or style: "..., Ambassador X", "..., General X", "..., Her
            # Excellency X"
        comma = comma or tok.text == ","
        k += 1
    return None


#: Marks opening a list of the names of those holding the posts just told: "-- X, Y and Z --", "( X and Y )".
LIST_OPENERS = {"--", "—", "–", "-", ",", "("}


def listed_holders(t: Token, refs: dict) -> list[tuple[Token, Token]]:
    """(person, country) for "the foreign ministers of A, B and C -- X, Y and Z --" and "his Russian, Ukrainian and
    French counterparts, X, Y and Z": one name for each country of a plural post, in the same order, whatever the
    parse; [] when the counts differ. (person, body) for each name after "the leaders of the Y Party"."""
    doc = t.doc
    if t.tag_ not in {"NNS", "NNPS"} or t.lemma_.lower() not in gazetteer.title_words():
        return []
    of = [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children if p.dep_ == "pobj"]
    if not of and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "from":  # "hosted his counterparts from A, B and C -
        of = [q for q in listed_countries(doc, t.i + 2) if q.i in refs]  # X, Y and Z -", "from" hung on the verb
    # the last country may be parsed as the post's conjunct: "the foreign ministers of Japan and the Philippines"
    countries = sorted({q for p in of for q in [p, *p.conjuncts, *(c for c in t.conjuncts if c.i > p.i)]
                        if q.ent_type_ == COUNTRY and q.i in refs}, key=lambda q: q.i)
    # or read as written up to the list's opener: "of Germany, France and Britain - X, ..." with Britain parsed into
    # the first name's title
    written = [q for q in listed_countries(doc, countries[0].i) if q.i in refs] if countries else []
    countries = written if len(written) > len(countries) else countries
    # or peoples' adjectives before it: "his Russian, Ukrainian and French counterparts, X, Y and Z"
    countries = countries or sorted({q for a in t.children if a.dep_ == "amod" and a.ent_type_ == "NORP"
                                     for q in [a, *a.conjuncts] if q.ent_type_ == "NORP" and q.i in refs and q.i < t.i},
                                    key=lambda q: q.i)
    # "the leaders of the Labour Party, X and Y", "of the Greens' parliamentary group, X and Y": one body for all
    body = [q for p in of if not p.conjuncts for q in [p, *(c for c in p.children if c.dep_ == "poss"
                                                            and p.pos_ == "NOUN")]
            if q.ent_type_ == ORGANIZATION and q.i in refs]
    if not countries and len(of) == 1 and body:
        end = max(of[0].i, next((e.end - 1 for e in doc.ents if e.start <= of[0].i < e.end), of[0].i)) + 1
        people = names_listed(doc, end, refs)
        return [(p, body[0]) for p in people] if len(people) >= 2 else []
    if len(countries) == 1:  # "their Philippine counterparts, X and Y": one country for all the names
        people = names_listed(doc, t.i + 1, refs)
        if people and people[0].dep_ in {"nsubj", "nsubjpass"} and people[0].head.i > t.i:
            return []  # not "according to Argentine officials, X and Y spoke alone": the clause's subjects
        return [(p, countries[0]) for p in people] if len(people) >= 2 else []
    end = max([t.i, *(q.i for q in countries)]) + 1
    while end < len(doc) and entity_at(doc, end) is not None and entity_at(doc, end).label_ == COUNTRY:
        end += 1  # the rest of the last country's name: "Burkina Faso"
    if len(countries) < 2 or end + 1 >= len(doc) or doc[end].text not in LIST_OPENERS:
        return []
    people = names_listed(doc, end, refs, len(countries) + 1)
    return list(zip(people, countries)) if len(people) == len(countries) else []


def holders_listed(t: Token, refs: dict) -> list[Token]:
    """The people named in a list after a plural post of no country or body: "their counterparts, Foreign Secretary X
    and Defense Secretary Y", however parsed (the last word of each name)."""
    if t.tag_ not in {"NNS", "NNPS"} or t.lemma_.lower() not in gazetteer.title_words() or any(
            c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in t.children):
        return []
    people = names_listed(t.doc, t.i + 1, refs)
    return people if len(people) >= 2 else []


def listed_countries(doc, k: int) -> list[Token]:
    """The first words of the countries listed from k up to a list opener ("Australia, India and Japan -"), or []
    if anything else comes before one."""
    out = []
    while k < len(doc) and doc[k].text not in LIST_OPENERS - {","}:
        ent = entity_at(doc, k)
        if ent is not None and ent.label_ == COUNTRY and ent.start == k:
            out.append(doc[k])
            k = ent.end
        elif doc[k].lower_ in {",", "and", "the"}:
            k += 1
        else:
            return []
    return out if k < len(doc) else []


def names_listed(doc, k: int, refs: dict, most: int = 8) -> list[Token]:
    """The last words of the people's names listed from a list opener at k ("-- X, Y and Z", ", Defense Secretary X and
    Foreign Secretary Y"), each maybe after its own title; at most ``most``."""
    if k >= len(doc) or doc[k].text not in LIST_OPENERS:
        return []
    people, k = [], k + 1
    titles = gazetteer.title_words()
    while k < len(doc) and len(people) < most:
        first = k
        while k < len(doc) and k - first < 5 and not doc[k].ent_type_ and (
                doc[k].lower_ in titles | {"of"} or doc[k].is_title and doc[k].pos_ == "PROPN"):
            k += 1  # "Defense Secretary X", "Secretary of State Y"
        name = entity_at(doc, k)
        if name is None or name.label_ != PERSON or k not in refs:
            break
        people.append(doc[name.end - 1])
        k = name.end
        if k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and":
            k += 1  # "X, Y, and Z"
        if k < len(doc) and doc[k].lower_ in {",", "and"}:
            k += 1
    return people
