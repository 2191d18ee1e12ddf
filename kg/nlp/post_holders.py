"""Who holds a post a contact's argument names, for :mod:`kg.nlp.parties`: the holder named beside a title however
the parser hung them ("the Prime Minister of Hungary X", "with the DRC's health minister, Y", "and US Under Secretary of
State Y" with "US" the conjunct), the people who hold a country's post in a report ("the presidents of A and B": the
two it names as such) and the posts and parties a person's title blocks give them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.appositions import apposition_after
from kg.nlp.contact_kinds import OWN_CLAUSE_DEPS
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.lines import lines
from kg.nlp.names import FORMS_OF_ADDRESS, STYLE_NOUNS
from kg.nlp.subjects import conjuncts
from kg.nlp.titled_names import HOST_NOUNS, titled_apposition
from kg.nlp.titles import block_before, designate, entity_at, qualifying_country
from kg.nlp.trigger_words import PARTY_TYPES


def possessed_post_holder(t: Token, refs: dict) -> Token | None:
    """The person named after the post a country or body owns, when the parser made a word of the owner's name the
    party: "the Democratic Republic of the Congo's health minister, Y" with "Republic" the object of "with"."""
    ent = entity_at(t.doc, t.i)
    last = ent[-1] if ent is not None and ent.label_ in {COUNTRY, ORGANIZATION} else None
    if last is None or last == t or last.dep_ != "poss" or last.head.lower_ not in gazetteer.title_words():
        return None
    return titled_apposition(last.head, refs)


def holds_post_told_below(name: Token, above: Token, refs: dict) -> bool:
    """The name, hung on a word ``above`` by the parser (a verb, or an object as its conjunct), is the holder of a post
    told in a clause under that word: "received the Ambassador of China, who handed him a message from the Minister
    of Foreign Affairs of China, Mr. X" (X's message, not X, came)."""
    doc, ent = name.doc, entity_at(name.doc, name.i)
    start = ent.start if ent is not None else name.i
    while start > above.i + 1 and doc[start - 1].lower_ in FORMS_OF_ADDRESS:
        start -= 1  # "..., Mr. X"
    if start < 2 or doc[start - 1].text != ",":
        return False
    title = next((t for t in reversed(doc[max(above.i + 1, start - 24) : start - 1])
                  if t.lower_ in gazetteer.title_words()), None)
    holder = titled_apposition(title, refs) if title is not None else None
    return holder is not None and refs.get(holder.i) == refs.get(name.i) and any(
        a.dep_ in OWN_CLAUSE_DEPS and a != above and a in above.subtree for a in title.ancestors)


def further_posts(post: Token, holder: Token, refs: dict) -> list[str]:
    """The holders of more posts set in apposition to a post after its holder, and those coordinated with them:
    "Britain's adviser A, his French counterpart B and Germany's C joined" (B's post parsed as the first's
    apposition)."""
    return [k for c in post.children if c.dep_ == "appos" and c.i not in refs and c.i > holder.i
            and c.lower_ in gazetteer.title_words() for g in c.children if g.dep_ == "appos" and g.i in refs
            and g.ent_type_ == PERSON for k in [refs[g.i], *conjunct_keys(g, refs)]]


def titled_holder_inside(t: Token, refs: dict) -> Token | None:
    """The person a body's own "for/of" phrase ends in, a title between: "Organization for [Migration Director General
    X]" (the parser's reading of "<the body> <title> <name>")."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == PERSON and p.i in refs and any(
                        w.lower_ in gazetteer.title_words() and w.text[:1].isupper() for w in t.doc[c.i + 1 : p.i]):
                    return p
    return None


def name_head(tok: Token, refs: dict) -> Token:
    """The last word of the name tok opens, as the parser heads it: "Mark" of "Mark Rutte" is "Rutte"."""
    while tok.dep_ == "compound" and tok.head.i in refs and refs[tok.head.i] == refs.get(tok.i):
        tok = tok.head
    return tok


def appos_person(t: Token, refs: dict, depth: int = 5) -> Token | None:
    """The first person named down a chain of appositions: a dateline parsed as the subject, its agency and the
    lede's subject hung on it one after the other ("Riyadh (...), SPA -- Minister X, His Highness Y")."""
    level = [t]
    titles = gazetteer.title_words()
    for _ in range(depth):
        # ("BRUSSELS - The EU's envoy for the dialogue, X, held" parsed with X the dialogue's apposition)
        remits = [c for w in level if w.lower_ in titles for p in w.children if p.dep_ == "prep"
                  for o in p.children if o.dep_ == "pobj"
                  for c in o.children if c.dep_ == "appos" and c.ent_type_ == PERSON]
        level = [c for w in level for c in w.children if c.dep_ == "appos" or c.dep_ == "conj" and c.lower_ in STYLE_NOUNS]
        level += remits
        # the name itself, or after its post's "of" ("MINSK (...) - President of Belarus X met")
        found = [c for c in level if c.ent_type_ == PERSON and c.i in refs] + [
            h for c in level if (h := holder_after_of(c, refs) or name_after_title(c, refs)) is not None]
        if found or not level:
            return found[0] if found else None
    return None


def holder_after_of(t: Token, refs: dict) -> Token | None:
    """The person named at the end of a readout's "Title of Country Name" ("Prime Minister of Hungary
    Viktor Orbán", "President of the Republic of Türkiye Recep Tayyip Erdoğan", "Commissioner for Human
    Rights X"), parsed with the name as the object of "of" or "for"; None if the token is no title or no
    name follows that way."""
    title = t.doc[t.i - 2] if designate(t) else t  # "Ambassador-designate of Sweden X": an ambassador's
    if t.lower_ in HOST_NOUNS:
        return titled_apposition(t, refs)  # "the host of the gathering, X"
    if title.lower_ not in gazetteer.title_words() and title.lemma_.lower() not in gazetteer.title_words():
        return None
    two = f"{t.doc[title.i - 1].lower_} {title.lower_}" if title.i else ""  # "consul general"
    envoy = "diplomat" in {gazetteer.titles().get(title.lemma_.lower()), gazetteer.titles().get(two)}
    # (and a portfolio the parser coordinated with the title: "Minister of Foreign Affairs and International
    # Cooperation of the Republic of Mali X", "Cooperation" a conjunct of "Minister")
    level = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i not in refs
                  and c.lower_ not in gazetteer.title_words())]
    for _ in range(3):  # "of the Republic of Türkiye X": one "of" inside the country's name, or two after a portfolio
        preps = [c for w in level for c in w.children if c.dep_ == "prep"]
        # an envoy's post, or a post "of" a country, goes on "in" or "to" a place: "Consul General of Japan in Chennai X"
        # (an envoy's "on" a country too: "special envoy on Myanmar X") and a post "for" a portfolio is named before the
        # name: "Commissioner for Human Rights X"
        allowed = ({"of", "in", "to"} | ({"on"} if envoy else set()) if envoy or any(c.lower_ == "of" for c in preps)
                   else {"of"}) | {"for"}
        level = [p for c in preps if c.lower_ in allowed for p in c.children if p.dep_ == "pobj"]
        # the name as the object, or hung on the country as its apposition ("of Bolivia Dr. X"); after "for", once
        # the portfolio is named ("for Human Rights X", not "for Foreign and Diaspora Affairs" tagged a person)
        named = [q for p in level for q in [p, *(c for c in p.children if c.dep_ == "appos")]
                 if q.ent_type_ == PERSON and q.i in refs and (q.head.lower_ != "for" or any(
                     c.dep_ == "compound" and not c.ent_type_ for c in q.children)
                     or entity_at(q.doc, q.i).start > q.head.i + 1)]
        if named:
            return named[0]
    if envoy and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ in {"in", "to"} and (
            place := entity_at(t.doc, t.i + 2)) is not None and place.end < len(t.doc):
        nxt = t.doc[place.end]  # "Consul General in Lahore Zhao Shiren", "Ambassador to Pakistan X", the preposition
        # parsed on the verb
        if nxt.ent_type_ == PERSON and nxt.i in refs:
            return nxt
    nxt = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
    if any(c.dep_ == "prep" for c in t.children) and nxt is not None and nxt.ent_iob_ == "B" \
            and nxt.ent_type_ == PERSON and nxt.i in refs:
        return nxt  # "General Secretary of the Communist Party of X To Lam", the name parsed elsewhere: right after
    return titled_apposition(t, refs)


def conjunct_keys(tok: Token, refs: dict) -> list[str]:
    """The parties a name's conjuncts stand for: each one's own, or the holder of the title a conjunct body opens
    ("X and Pacific Islands Forum Secretary General Y": Y, not the Forum)."""
    return [refs[(title_opened_by(c, refs) or c).i] for c in conjuncts(tok) if c.i in refs]


def titled_later(t: Token, refs: dict) -> Token | None:
    """The person named a few words after a title word that no name hangs on, whose title block holds the body or
    country compounded with the word: "United Kingdom Secretary of State for Defence the Rt Hon Y"."""
    doc = t.doc
    if t.i in refs or t.lower_ not in gazetteer.title_words() or any(c.dep_ == "det" for c in t.children):
        return None
    bodies = {c.i for c in t.children if c.dep_ == "compound" and c.i in refs and c.ent_type_ in PARTY_TYPES}
    name = next((entity_at(doc, k) for k in range(t.i + 1, min(len(doc), t.i + 10)) if doc[k].ent_type_ == PERSON),
                None)
    if not bodies or name is None or name.start not in refs or doc[name.start] in t.subtree:
        return None  # (a name hung under the title is its holder's: see holder_after_of)
    block = block_before(name)
    starts = {p.start if isinstance(p, Span) else p.i for p in block.parties}
    return doc[name.start] if any(entity_at(doc, b).start in starts for b in bodies) else None


def title_opened_by(t: Token, refs: dict) -> Token | None:
    """The person whose title a conjunct country, people or body opens, when the parser took it for the party:
    "and US Under Secretary of State Y" with "US" the conjunct and Y hung elsewhere; "Gov. X and Senate
    leader Y met"; "between X and French President Y" with "French" the conjunct ("a call on Lao President Y" with "Lao" the
    object); "X met Ohio Senator Y" with
    "Ohio" the object; "met International Monetary Fund (IMF) Managing Director Y" with the body the object; "talks
    with Federated States of Micronesia President Y" with "States" the object."""
    doc = t.doc
    body = entity_at(doc, t.i) if t.ent_type_ == "NORP" and t.dep_ in {"conj", "dobj", "pobj"} \
        or t.ent_type_ in {COUNTRY, PLACE, ORGANIZATION} and t.dep_ in {"conj", "dobj", "pobj"} else None
    if body is None or body.end >= len(doc) or doc[body.end].ent_type_:  # "and Pacific Islands Forum Secretary General
        return None  # Y" with "Islands" the conjunct: the body's whole name, then the title
    name = next((entity_at(doc, k) for k in range(body.end + 1, min(len(doc), body.end + 7)) if doc[k].ent_type_ == PERSON),
                None)
    if name is None or name.start not in refs:
        return None
    block = block_before(name)
    starts = {p.start if isinstance(p, Span) else p.i for p in [*block.parties, *block.places]}
    # the body's other name may be the one in the title: "International Monetary Fund (IMF) Managing Director Y"
    same = body.start in starts or body.label_ == ORGANIZATION and refs.get(body.start) in {refs.get(k) for k in starts}
    return doc[name.start] if same else None


#: Marks opening the items of a list, each on a line of its own.
BULLETS = {"-", "–", "—", "•", "*", "·"}


def bulleted_people(t: Token, refs: dict) -> list[str]:
    """"held bilateral meetings with the following heads of State: - the President of Colombia, X, with whom (...);
    - the President of Uruguay, Y, ...": the first person of each bulleted line after a sentence that announces the
    list with "the following" and ends in a colon."""
    doc, sent = t.doc, t.sent
    last = next((w for w in reversed(sent) if not w.is_space), None)
    if not any(c.lower_ == "following" for c in t.children) or last is None or last.text != ":":
        return []
    out = []
    for start, end in (r for r in lines(doc) if r[0] >= last.i + 1):
        if doc[start].text not in BULLETS:
            break
        out += [refs[w.i] for w in doc[start:end] if w.ent_type_ == PERSON and w.i in refs][:1]
    return list(dict.fromkeys(out))


def name_after_title(t: Token, refs: dict) -> Token | None:
    """The first word of the person named right after a title the parser took for the party, the name hung below
    it: "General Secretary To Lam held talks" with "To" a preposition of "Secretary"."""
    doc = t.doc
    if t.i in refs or t.lower_ not in gazetteer.title_words() or t.i + 1 >= len(doc):
        return None
    nxt = doc[t.i + 1]
    return nxt if nxt.ent_iob_ == "B" and nxt.ent_type_ == PERSON and nxt.i in refs and t in nxt.ancestors else None


#: Posts of a country's leaders, whose holders "Rwanda's X" names too: "the presidents of A and B".
LEADER_POSTS = {"president", "leader", "head"}


#: Posts many hold at once: "representatives from A and B" are groups, not A's and B's holders of a post.
MANY_HOLDERS = {"representative", "official", "delegate", "member", "diplomat"}


def post_holder(country: str, group: Token, refs: dict) -> str | None:
    """The one person the report names as a country's holder of the post a plural noun names: "the presidents of
    Congo and Rwanda met" are "Congolese President X" and "Y, Rwanda's president" (or, for presidents and leaders,
    "Rwanda's Y"; or "his Rwandan counterpart Y"); None for no plural post, or if the report names none or
    several; and None for a body's ("Commonwealth leaders" are its members' leaders, not its secretary general)."""
    if group.tag_ not in {"NNS", "NNPS"} or group.lemma_.lower() not in gazetteer.title_words() \
            or group.lemma_.lower() in MANY_HOLDERS:
        return None
    if any(e.key == country and e.type != COUNTRY for e in group.doc._.kg_entities or []):
        return None
    post = " ".join([*(c.lower_ for c in group.children if c.dep_ in {"compound", "amod"} and c.i < group.i
                       and (c.lower_ in gazetteer.title_words() or c.lower_ in PORTFOLIO_WORDS)),
                     group.lemma_.lower()])  # "foreign minister" (not "prime minister")
    found = set()
    end = next_sentences_end(group, 2)
    for person, block in titled_people(group.doc, refs):
        keys = {refs.get(p.start if isinstance(p, Span) else p.i) for p in block.parties}
        at = block.parties[0].start if isinstance(block.parties[0], Span) else block.parties[0].i
        # "Rwanda's Y" is its president; and anyone's "Sweden's Y" right after "the defence ministers of Sweden, ..."
        untitled = block.possessive and not block.titles and (post in LEADER_POSTS or group.i < at < end)
        if country in keys and not (block.former or block.against) and (
                " ".join(block.titles).endswith(post) or block.role == "counterpart"
                or untitled or post in LEADER_POSTS and block.role == "head"):
            found.add(person)
    return found.pop() if len(found) == 1 else None


_TITLED = "kg.titled_people"


def titled_people(doc, refs: dict) -> list:
    """(person, title block) for each title naming a party before or after each person's name in the document, read
    once (cached on the Doc until :func:`forget_titles`; the blocks hold tokens, so which refs the first caller
    passed only decides the person keys, the same in every refs kg passes)."""
    if _TITLED not in doc.user_data:
        doc.user_data[_TITLED] = [
            (refs[ent.start], block) for ent in doc.ents if ent.label_ == PERSON and ent.start in refs
            for block in (block_before(ent), apposition_after(ent)) if block.parties]
    return doc.user_data[_TITLED]


def forget_titles(doc) -> None:
    """Drop the title blocks cached on the Doc once its relations are read (they hold its tokens)."""
    doc.user_data.pop(_TITLED, None)


def person_parties(person: str, doc, refs: dict) -> list[str]:
    """The countries and bodies a person's titles name ("Venezuelan President X": Venezuela; "the TPLF spokesman, X":
    the TPLF)."""
    return list(dict.fromkeys(refs[i] for p, block in titled_people(doc, refs) if p == person for b in block.parties
                              if (i := b.start if isinstance(b, Span) else b.i) in refs))


def person_countries(person: str, doc, refs: dict) -> list[str]:
    """The countries a person's titles name ("Venezuelan President X": Venezuela)."""
    types = {e.key: e.type for e in doc._.kg_entities or []}
    return [k for k in person_parties(person, doc, refs) if types.get(k) == COUNTRY]


def next_sentences_end(t: Token, n: int) -> int:
    """Where the ``n`` sentences after t's end."""
    doc = t.doc
    end = t.sent.end
    for _ in range(n):
        end = doc[end].sent.end if end < len(doc) else end
    return end


def named_after(t: Token, country: str, refs: dict) -> str | None:
    """The one person the next two sentences name with the title ``t`` of ``country`` ("Ukrainian President X" after
    "Ukraine's president"), else None."""
    doc = t.doc
    end = next_sentences_end(t, 2)
    found = {refs[e.start] for e in doc.ents if e.label_ == PERSON and t.i < e.start < end and e.start in refs
             and t.lower_ in (block := block_before(e)).titles
             and any(refs.get(p.start if isinstance(p, Span) else p.i) == country for p in block.parties)}
    return found.pop() if len(found) == 1 else None


def official_country(t: Token, refs: dict) -> str | None:
    """The country an unnamed official's title names: "Peru's foreign minister", "the Turkish president"."""
    return qualifying_country(t, refs, {e.key: e.type for e in t.doc._.kg_entities or []})
