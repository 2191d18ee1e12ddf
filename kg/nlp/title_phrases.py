"""Title phrases to the people they refer to (within-document coreference for ``kg_aliases``).

"the US president", "his Russian counterpart", "the Ukrainian leader", "the visiting minister", "Her Majesty": to the
person whose title block named the same country and role, else the story's main person of that role; styles
("His Excellency") to the person named next.

Works on tokens, dependency labels and the clusters :mod:`kg.nlp.aliases` has built, so the rules run on
hand-built parses in tests.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.model import COUNTRY, ORGANIZATION, PERSON
from kg.nlp import gazetteer
from kg.nlp.appositions import apposition_after
from kg.nlp.body_references import its_parties
from kg.nlp.clusters import SUBJECT_DEPS, Cluster
from kg.nlp.datelines import dateline
from kg.nlp.delegations import led_delegation_body
from kg.nlp.lines import tokens_where
from kg.nlp.names import HONORIFICS, STYLE_NOUNS
from kg.nlp.paragraphs import window_start
from kg.nlp.quotes import QUOTE_MARKS
from kg.nlp.titled_names import titled_apposition
from kg.nlp.titles import CLERGY, MODIFIERS, MONARCHS, block_before, entity_at, excellency, other_clause_object

__all__ = ["learn_titles", "resolve_styles", "resolve_title_phrases", "styled"]

#: Words before a title that make its holder the guest of the story's host: "the visiting minister".
VISITOR_WORDS = {"visiting"}


def learn_titles(doc: Doc, clusters: list[Cluster], refs: dict[int, str]) -> None:
    """Remember which country/organisation and role each person's title names (or the delegation they lead)."""
    by_key = {c.key: c for c in clusters}
    types = {c.key: c.type for c in clusters}
    for ent in doc.ents:
        if ent.label_ != PERSON or ent.start not in refs:
            continue
        person = by_key[refs[ent.start]]
        for block in (block_before(ent), apposition_after(ent)):  # "X, Minister of Foreign Affairs of Y" too
            if block.role:
                person.roles.add(block.role)
                person.titles.update(block.titles)
                # (and the words of the same office's other name: "Premier X" is "the prime minister" later)
                person.titles.update(w for t in block.titles if t in SAME_OFFICE for w in SAME_OFFICE[t].split())
            for party in block.parties:
                key = refs.get(party.start if isinstance(party, Span) else party.i)
                if key:
                    person.parties.add(key)
                elif (people := gazetteer.demonym(party.text)) is not None:
                    person.codes.add(people.code)  # "Ukrainian parliament speaker X" in a text naming no Ukraine
        if (rank := military_rank(ent) or envoy_rank(ent)) is not None:
            # "Sudan's army chief, General X (...) the general received Y"; "the Head of the OSCE Office, Ambassador X
            # (...) the Italian diplomat"
            person.roles.add(gazetteer.titles()[rank])
            person.titles.add(rank)
        # "Bolivia (...). Its President X": the body or country the post's possessive stands for
        person.parties.update(key for _, key, _ in its_parties(ent, refs, types))
        if person.roles and (body := led_delegation_body(ent, refs, types)) is not None:
            person.parties.add(body)  # "a Saudi business delegation led by Minister of Investment X": "the Saudi
            # minister" later


def military_rank(ent: Span) -> str | None:
    """The military rank written right before a name, after a post told before it ("army chief, General X") or
    alone ("General X"): the rank, a title the name is referred back by ("the general")."""
    doc, k, titles = ent.doc, ent.start - 1, gazetteer.titles()
    rank = doc[k].lower_.rstrip(".") if k >= 0 and doc[k].text[:1].isupper() else ""
    longer = f"{doc[k - 1].lower_} {rank}" if k >= 1 else ""
    if longer in titles and titles[longer] != "military":
        return None  # "Secretary General X", "Attorney General X": the last word of another post
    return rank if titles.get(rank) == "military" else None


def envoy_rank(ent: Span) -> str | None:
    """"Ambassador" written right before a name after a post and its comma ("Head of the OSCE Office, Ambassador X"):
    a diplomat's rank the post's block leaves out; None otherwise."""
    doc, k = ent.doc, ent.start - 1
    rank = doc[k].lower_ if k >= 2 and doc[k].text[:1].isupper() else ""
    return rank if gazetteer.titles().get(rank) == "diplomat" and doc[k - 1].text == "," else None


TITLE_PHRASE_DETS = {"the", "his", "her", "their", "its"}
#: Bodies named after the post they serve: "the Office of the President", "the Cabinet of the Prime Minister".
POST_BODIES = {"office", "cabinet", "administration", "chancellery", "secretariat"}
#: Words that make a title phrase a description: "the first president to visit", "the last governor to meet X".
ORDINAL_WORDS = {"first", "last", "only", "next"}


#: Titles of one office under two names: "the Qatari premier" is Prime Minister X, "New Zealand's top diplomat" its
#: Foreign Minister X, "the pontiff" Pope X.
SAME_OFFICE = {"premier": "prime minister", "top diplomat": "foreign minister", "pontiff": "pope", "fm": "foreign minister",
               "eam": "minister", "pcs": "prime cabinet secretary"}
#: Titles a report gives any head of state, government or party: they tell no post of their own.
GENERIC_TITLES = {"leader", "head", "chief", "head of state", "head of government"}
#: Words before a title that make it another, lower post: "the Deputy Prime Minister" is not the Prime Minister.
RANK_WORDS = {"deputy", "vice", "assistant", "under", "junior"}
#: Offices of heads of state or government that name one post: "the prime minister" is not the one titled
#: "President X" (but "the leader" may be).
HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan"}


def foreign_service(person: Cluster, role: str) -> bool:
    """"the Russian diplomat" may be a minister of foreign affairs ("Russian Deputy Foreign Minister X")."""
    return role == "diplomat" and "minister" in person.roles and "foreign" in person.titles


def resolve_title_phrases(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """"the US president", "his Russian counterpart", "the Ukrainian leader" -> the person meant."""
    titles = gazetteer.titles()
    last_words = {t.split()[-1] for t in titles}
    people = [c for c in clusters if c.type == PERSON]
    bodies = {c.key for c in clusters if c.type == ORGANIZATION}
    wider = within_bodies(clusters)
    for tok in tokens_where(doc, lambda w: w in last_words, attr=LOWER):
        hyphen = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
        before = doc[tok.i - 2 if hyphen else tok.i - 1] if tok.i else None  # "the Secretary-General": three tokens
        two_words = f"{before.lower_} {tok.lower_}" if before is not None else ""
        three_words = f"{doc[tok.i - 2].lower_} {two_words}" if tok.i >= 2 and not hyphen else ""
        # "the Saudi crown prince", "the head of state"
        title = three_words if three_words in titles else two_words if two_words in titles else tok.lower_
        if title == tok.lower_ and (split := next((f"{c.lower_} {title}" for c in tok.lefts if c.dep_ == "amod"
                                                   and f"{c.lower_} {title}" in titles), None)):
            title = split  # "the top U.S. diplomat": the top diplomat, a country's name between
        diplomacy = diplomacy_of(tok)
        title = "foreign minister" if diplomacy is not None else title  # "the head of Peruvian diplomacy"
        if tok.i in refs or tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"} or title not in titles:
            continue
        if tok.lower_ in GENERIC_TITLES and " ".join(t.lower_ for t in doc[tok.i : tok.i + 3]) in GENERIC_TITLES \
                and any(t.i in refs for t in tok.lefts):
            continue  # "head" of "the German head of state": the title goes on, read at its last word with its people
        if any(t.i in refs and t.ent_type_ == PERSON for t in tok.children if t.dep_ in {"appos", "compound"}) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == PERSON and tok.i + 1 in refs):
            continue  # "his Russian counterpart Vladimir Putin", however parsed: the name itself is the mention
        if tok.text[:1].isupper() and post_before_name(doc, tok.i + 1):
            continue  # "Minister for Foreign Affairs X": X's own post, whoever held the title before
        inner = tok.left_edge.i >= 1 and doc[tok.left_edge.i - 1].lower_ in {"of", "for", "to"}
        opening = min(tok.left_edge.i, tok.i + 1 - len(title.split()))  # (the first word of "the head of state")
        if opening >= 2 and doc[opening - 1].lower_ in {"of", "to"} \
                and doc[opening - 2].lower_ in gazetteer.title_words() | POST_BODIES:
            continue  # "the Security Advisor to the President of Y", "the Office of the President": a post's words
        after = None if inner else titled_apposition(tok, refs)  # (not "the President" in "Representative of the
        # President of the Russian Federation, X": a post inside X's)
        if after is not None and other_clause_object(tok, entity_at(doc, after.i) or doc[after.i : after.i + 1]):
            after = None  # "Welcoming the Nepali Foreign Minister, Foreign Minister X recalled": the welcomed, not X
        named = next((c for c in people if c.key == refs.get(after.i)), None) if after is not None else None
        if named is not None:  # "his Chinese counterpart, Wu Yi,": the name that follows, however parsed
            add(named, doc[tok.i : tok.i + 1], "title")
            continue
        if titled_apposition(tok, refs) is not None:
            continue  # "by the President of the Argentine Republic, X": the post of the name after it
        left = list(tok.lefts) if title != three_words else list(doc[tok.i - 2].lefts)  # "the head of state"
        # (not an adverb or comma the parser hung there: "Later, the visiting minister called on X" parsed with the
        # title the root)
        left = [c for c in left if c.dep_ not in {"advmod", "punct"}]
        shared = not left and tok.dep_ == "conj" and tok.head.lower_ in titles  # "The King and Queen": the article's
        if shared and double_post(tok, title, people):
            continue  # "the Prime Minister and Minister of Foreign Affairs": one holder of two posts, the first's
        left = [c for c in tok.head.lefts if c.dep_ == "det"] if shared else left
        bare = not hyphen and not shared and bare_title(tok, left, title)
        left = [doc[tok.i + 1 - len(title.split())]] if bare else left  # (the phrase is the title itself)
        possessive = bool(left) and left[0].lower_ not in TITLE_PHRASE_DETS and not bare
        headline = possessive and headline_title(tok, left, refs)  # "Somali president gets calls from X, Y"
        if not left or possessive and not headline and not party_possessive(tok, left[0], refs, clusters):
            continue
        if any(c.lower_ in ORDINAL_WORDS for c in left):
            continue  # "The last U.S. governor to meet X was Y": a description, no one named before
        if left[0].i >= 2 and doc[left[0].i - 1].text == "," and doc[left[0].i - 2].ent_type_ == PERSON and not (
                tok.dep_ in SUBJECT_DEPS and doc[left[0].i - 2].dep_ in {"dobj", "pobj"}):
            continue  # "X, the ministry spokeswoman, said": the apposition of the name before it (not "After meeting
            # X, the Spanish minister said": the object of a clause before, the title the subject)
        parties = {refs[t.i] for t in left if t.i in refs} if not shared else set()
        parties |= of_parties(tok, refs, clusters) if not shared else set()  # "the President of Russia"
        parties |= {refs[c.i] for c in diplomacy.children if c.i in refs} if diplomacy is not None else set()
        if not parties and any(t.text[:1].isupper() and t.pos_ == "ADJ" and t.i not in refs
                               and t.lower_ not in gazetteer.title_words() | MODIFIERS for t in left):
            continue  # "the Bavarian state premier": a region's post, of no party named: not any premier
        parties |= {k for p in parties for k in wider.get(p, ())}  # "the AU chief": the AU Commission's chairperson
        # "the Qatari premier": a prime minister
        role, words = titles[SAME_OFFICE.get(title, title)], set(SAME_OFFICE.get(title, title).split())
        k = tok.i - len(title.split()) - (hyphen and title == two_words)
        k -= k >= 1 and doc[k].text == "-"  # "the Under-Secretary-General"
        if k >= 0 and doc[k].lower_ in RANK_WORDS:  # "the Deputy Prime Minister" is no Prime Minister X
            words.add(doc[k].lower_)
        # (a counterpart holds the office of the one whose counterpart they are: "his Brazilian counterpart X (...) the
        # Brazilian minister")
        cands = [c for c in people if (parties & c.parties if parties else role in c.roles)
                 and (tok.lower_ == "counterpart" or not parties or role in c.roles or role in {"head", "official"}
                      or words <= c.titles or "counterpart" in c.roles or foreign_service(c, role))]
        earlier = [c for c in cands if any(p < tok.i for p in c.positions)]
        if headline:  # the story names the holder after its headline: the one holder of that post of that party
            holders = [c for c in cands if parties & c.parties and role in c.roles and words <= c.titles]
            earlier = holders if len(holders) == 1 else []
        if title in MONARCHS:
            earlier = [c for c in earlier if words <= c.titles]  # "the King" is no Pope Francis named before
        if not earlier and not parties and title in MONARCHS:
            # "The King and Queen had a private meeting with the Pope. (...) King Charles III": a throne has one holder,
            # named later too
            later = [c for c in cands if words <= c.titles]
            earlier = later if len(later) == 1 else []
        if not earlier and tok.lower_ == "counterpart" and parties:
            # "told his Turkish counterpart (...). Turkish Foreign Minister X": named only later, the one
            # holding the same office as the peer, if only one does
            roles = peer_roles(tok, people, refs, titles)
            later = [c for c in cands if roles & c.roles] if roles else []
            earlier = later if len({c.key for c in later}) == 1 else []
        cands = earlier
        if not parties and any(c.lower_ in VISITOR_WORDS for c in left):
            cands = from_abroad(doc, cands, refs, clusters)  # "the visiting minister": the one from abroad
        if role == "head" and title not in HEAD_OFFICES | GENERIC_TITLES and not words & HONORIFICS:
            cands = [c for c in cands if words <= c.titles]  # "the Secretary-General" is no president (but "the
            # crown prince" may be the one named "Crown Prince X", his rank no title of the block)
        if title in MONARCHS:
            cands = [c for c in cands if words <= c.titles]  # "the King" is no Emperor Naruhito
        if title in HEAD_OFFICES and not any(words <= c.titles for c in cands):
            # "the Prime Minister" is no President X, nor the head of a body ("the UN secretary general, X")
            cands = [c for c in cands if not any(set(office.split()) <= c.titles for office in HEAD_OFFICES)
                     and not (c.parties and c.parties <= bodies)]
        if parties and tok.lower_ != "counterpart":  # "Deputy Prime Minister and Foreign Minister X": a minister too
            cands = [c for c in cands if role in c.roles or not c.roles or words <= c.titles or "counterpart" in c.roles
                     or title in GENERIC_TITLES and "head" in c.roles or foreign_service(c, role)]
            # ("the AU chief": its chairperson; "the Ghanaian leader": "his Ghanaian counterpart, X")
        if not cands and parties:  # "Vladimir Putin had a call with X. (...) the President of Russia": the one
            # well-known politician of that country named before, untitled
            cands = known_holders(parties, role, people, clusters, tok.i)
        if not cands and parties and title not in GENERIC_TITLES:
            # "the Saudi crown prince" after "Crown Prince X", whose title named no country (not "the Vietnamese
            # leader" after "Opposition Leader X": any head of state or government is a leader)
            # (or "the Italian diplomat" after "the Head of the OSCE Office, Ambassador X": any diplomat's post, serving
            # a body or no one)
            envoys = title == "diplomat"
            cands = [c for c in people if (words <= c.titles and not c.parties or envoys and role in c.roles
                                           and c.parties <= bodies) and min(c.positions) < tok.i
                     and not known_elsewhere(c, parties, clusters)]
            cands = cands if len(cands) == 1 and not (possessive and len([c for c in people if words <= c.titles]) > 1) \
                else []  # ("New Zealand's foreign minister": the one foreign minister the story names)
        if not cands and possessive:
            continue
        if not cands and parties and (tok.lower_ == "counterpart" or role == "head"):
            cands = untitled_peer(tok, people, refs)
            # (not one well known to be of another country: Lula is no "Russian president")
            cands = [c for c in cands if not known_elsewhere(c, parties, clusters)]
            if not cands and role == "head" and tok.lower_ != "counterpart" and not parties <= bodies:
                # "President X (...) the Argentine leader": the one head of state named before with no country (not
                # "the UN secretary-general": a body's head is no head of state)
                heads = [c for c in people if c.roles == {"head"} and not c.parties and min(c.positions) < tok.i
                         and (words <= c.titles or title in GENERIC_TITLES and not c.titles & (MONARCHS | CLERGY))]
                # (no pope is a president, no prime minister "the US president")
                heads = [c for c in heads if not known_elsewhere(c, parties, clusters)]
                cands = heads if len(heads) == 1 else []
            for c in cands:  # now known: "the Brazilian president" later is them too
                c.parties |= parties
        if not cands and not parties and tok.text[:1].isupper() and role in {"head", "minister"} \
                and title not in MONARCHS:
            # a readout's "The Prime Minister spoke to X", its author named only in the header: the one
            # untitled person named before, who holds the office from now on
            cands = untitled_peer(tok, people, refs, any_party=True)
            for c in cands:
                c.roles.add(role)
                c.titles |= words
        if not cands and (named := named_next(tok, people, refs)) is not None:
            add(named, doc[left[0].i : tok.i + 1], "title")  # "The president of the Y held talks (...). X, a Swiss
            continue  # diplomat, used the meeting to": the one the next sentence opens with, named only now
        if not cands:
            continue
        if any(words <= c.titles for c in cands) or words & RANK_WORDS:  # "the chancellor" of a chancellor
            cands = [c for c in cands if words <= c.titles]  # and a president; "the deputy minister" of a deputy
            if not cands:
                continue
        if not parties and len({c.key for c in cands}) > 1 and len(
                portfolio := [c for c in cands if tok.lower_ in c.titles
                              and titled_with(c, words - {tok.lower_}, doc)]) == 1:
            cands = portfolio  # "the Foreign Secretary": the one whose post, named with them, says foreign affairs
            # ("The Secretary of Foreign Affairs, X"), not the Secretary of State told since
        if role == "minister" and any(role in c.roles for c in cands):
            cands = [c for c in cands if role in c.roles]  # "the Mauritanian minister" is no Prime Minister X
        best = max(cands, key=lambda c: max([p for p in c.positions if p < tok.i], default=-1))
        if not parties and len({c.key for c in cands}) > 1:
            # a release's "the Minister": the one minister it is about; its bare "Prime Minister held a meeting with
            # X" the one it opens with ("Prime Minister Y participated in the summit at the invitation of Z")
            best = (bare and first_named(people, cands)) or main_candidate(cands, tok.i)
            bare_post = tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha \
                and doc[tok.i + 1].lower_ not in {"of", "for", "to"}
            at_home = {c.key: c for c in cands} if best is None and tok.text[:1].isupper() and bare_post else {}
            for c in from_abroad(doc, list(at_home.values()), refs, clusters):
                at_home.pop(c.key, None)
            best = best or (next(iter(at_home.values())) if len(at_home) == 1 else None)  # or its own minister,
            # the one no title ties to another country ("Minister X received Norway's Minister Y, (...) The Minister
            # confirmed"; not a post told whole: "the Minister of State for Foreign Affairs, (...), Z")
            if best is None:
                continue  # "the president" with several presidents around: too vague
        add(best, doc[tok.i if shared else left[0].left_edge.i : tok.i + 1], "title")  # ("New Zealand's ...")
        if parties and title not in GENERIC_TITLES and not words & RANK_WORDS:
            best.titles |= words  # "Head of State X (...) The President of Kazakhstan": X is "the President" later
            if role != "official":  # and the post's role ("X walked in (...) Poland's new president": one of a
                best.roles.add(role)  # story's presidents), but not "the Brazilian official", which any post is


def diplomacy_of(tok):
    """"diplomacy" in "the head of Peruvian diplomacy", "the chief of Burundian diplomacy": a country's foreign minister
    named by the service they head; None for any other phrase."""
    if tok.lower_ not in {"head", "chief"}:
        return None
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.lower_ == "diplomacy"), None)


def of_parties(tok, refs: dict[int, str], clusters: list[Cluster]) -> set[str]:
    """The country or body a title phrase names after "of": "the President of Russia", "the Prime Minister of the
    Republic of Poland"."""
    kinds, doc = {c.key: c.type for c in clusters}, tok.doc
    return {refs[p.i] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and p.i in refs and kinds.get(refs[p.i]) in {COUNTRY, ORGANIZATION}
            and not any(t.ent_type_ == PERSON for t in doc[p.i : min(len(doc), p.right_edge.i + 2)])}
    # (not the post of the name right after it: "the Head of the Office of the President X")


def known_holders(parties: set[str], role: str, people: list[Cluster], clusters: list[Cluster],
                  before: int) -> list[Cluster]:
    """The one well-known politician (data/politicians.tsv) of the countries ``parties`` holds named before token
    ``before``, untitled or titled with ``role``, or none."""
    codes = party_codes(parties, clusters)
    known = gazetteer.politicians()
    found = [c for c in people if min(c.positions, default=before) < before and not c.parties
             and (not c.roles or role in c.roles)
             and known.get(gazetteer.fold(c.name)) in codes and gazetteer.fold(c.name) not in gazetteer.opposition()]
    return found if len(found) == 1 else []


def known_elsewhere(person: Cluster, parties: set[str], clusters: list[Cluster]) -> bool:
    """A well-known politician (data/politicians.tsv) of a country other than those of ``parties``, or one whose
    title named another people: Lula is no "Russian president", the "Ukrainian parliament speaker" no "Polish
    speaker"."""
    own = ({gazetteer.politicians().get(gazetteer.fold(person.name))} - {None}) | person.codes
    codes = party_codes(parties, clusters)
    return bool(own) and bool(codes) and not own & codes


def party_codes(parties: set[str], clusters: list[Cluster]) -> set[str]:
    """The ISO2 codes of the countries among ``parties``."""
    return {c.code or gazetteer.country_code_of(c.name, COUNTRY) for c in clusters if c.key in parties} - {None}


def double_post(tok, title: str, people: list[Cluster]) -> bool:
    """A title coordinated with the one before it names that holder's second post, where the report names someone
    with both ("Prime Minister and Minister of Foreign Affairs X" before "the Prime Minister and Minister of Foreign
    Affairs"), not a second person ("the King and Queen")."""
    first = tok.head
    words = {w.lower_ for w in first.subtree if w.i < tok.i and w.lower_ in gazetteer.title_words() | MODIFIERS}
    words |= set(title.split()) | {w.lower_ for w in tok.subtree if w.lower_ in MODIFIERS}  # ("of Foreign Affairs")
    return any(words <= c.titles for c in people)


def titled_with(person: Cluster, words: set[str], doc: Doc) -> bool:
    """Some of ``words`` (a title's other words: "foreign" of "the Foreign Secretary") in the post named right before
    one of the person's names ("The Secretary of Foreign Affairs, X")."""
    def post_before(p: int) -> list:
        """The words right before a name, back to a verb, another name or the sentence's start: its post."""
        out = []
        for t in reversed(doc[max(doc[p].sent.start, p - 16) : p]):
            if t.pos_ in {"VERB", "AUX"} or t.ent_type_ == PERSON and t.i < p - 1 and doc[t.i + 1].ent_type_ != PERSON:
                break
            out.append(t)
        return out

    return bool(words) and any(t.lower_ in words for p in person.positions if doc[p].ent_type_ == PERSON
                               for t in post_before(p))


def main_candidate(people: list[Cluster], before: int) -> Cluster | None:
    """The one of several holders of a post the text is about so far: named (by name) three times or more before
    ``before``, and twice as often as any other ("Minister X held talks with Y (...) Minister X said (...) the Minister
    will")."""
    named = sorted(((sum(1 for m, p in zip(c.mentions, c.positions) if p < before and m.kind == "name"), c.key, c)
                    for c in {c.key: c for c in people}.values()), key=lambda n: n[:2], reverse=True)
    if named and named[0][0] >= 3 and (len(named) == 1 or named[0][0] >= 2 * named[1][0]):
        return named[0][2]
    return None


def first_named(people: list[Cluster], cands: list[Cluster]) -> Cluster | None:
    """The first person the document names, if one of ``cands``."""
    first = min(people, key=lambda c: min(c.positions, default=len(c.positions) + 10**9), default=None)
    return first if first is not None and any(c.key == first.key for c in cands) else None


def bare_title(tok, left: list, title: str) -> bool:
    """A capitalised title with no article that is a clause's subject, as a release writes it: "Prime Minister
    recalled his talks in Brasilia" (the title's own words only before it)."""
    words = title.split()
    return tok.text[:1].isupper() and tok.dep_ in SUBJECT_DEPS and all(
        c.i >= tok.i + 1 - len(words) and c.lower_ in words for c in left)


def from_abroad(doc: Doc, people: list[Cluster], refs: dict[int, str], clusters: list[Cluster]) -> list[Cluster]:
    """The people a title ties to a country other than the one the story is filed from: "ISLAMABAD - Iranian
    Foreign Minister X held talks with Foreign Minister Y. (...) the visiting minister": X (with no dateline, any
    country)."""
    by_key = {c.key: c for c in clusters}
    filed = dateline(doc, refs, {c.key: c.type for c in clusters})
    home = gazetteer.country_code_of(by_key[filed[0]].name, by_key[filed[0]].type) if filed else None
    return [c for c in people if any(p in by_key and by_key[p].type == COUNTRY and by_key[p].code != home
                                     for p in c.parties)]


def party_possessive(title, first, refs: dict[int, str], clusters: list[Cluster]) -> bool:
    """A country's or body's possessive ``first`` opens a title phrase that ends at its ``title`` word and stands
    alone: "New Zealand's foreign minister will hold talks" (not a name's own post: "Japan's Minister of Economy X",
    "Sudan's army chief General X", "X, then Pakistan's prime minister,", "Algeria's foreign minister at the time, X",
    "X, who became Pakistan's prime minister", "her first day as Mexico's president")."""
    key = refs.get(first.i)
    doc = title.doc
    named_after = any(doc[k].text == "," and doc[k + 1].ent_iob_ == "B" for k in range(title.i + 1, min(
        title.i + 7, len(doc) - 1)))  # (a name the model took for another kind's too)
    return first.dep_ == "poss" and key is not None and any(
        c.key == key and c.type in {COUNTRY, ORGANIZATION} for c in clusters) and not own_post(title) \
        and not any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in title.children) \
        and not any(t.ent_type_ == PERSON for t in doc[title.i + 1 : title.i + 4]) and not named_after \
        and not (first.i >= 2 and doc[first.i - 1].lower_ == "then")


def headline_title(tok, left: list, refs: dict[int, str]) -> bool:
    """A headline's title with no article, a country's demonym or name before it: "Somali president gets calls from
    X" (the first line of a text of several)."""
    doc = tok.doc
    first = doc[0].sent
    return tok.i < first.end and first.end < len(doc) and "\n" in doc[first.end - 1].whitespace_ + doc[first.end - 1].text \
        and all(t.i in refs or t.lower_ in gazetteer.title_words() for t in left) and any(t.i in refs for t in left) \
        and not own_post(tok)


def own_post(title) -> bool:
    """A title word that is someone's own post, not a phrase referring to them: in apposition, after "be", "become"
    or "as" ("X, who became Pakistan's prime minister", "her first day as Mexico's president"), or with more posts
    that lead to a name ("[New Zealand's Deputy Prime Minister] and Foreign Minister X")."""
    return title.dep_ in {"appos", "attr", "oprd"} or title.dep_ == "pobj" and title.head.lower_ == "as" \
        or post_before_name(title.doc, title.i + 1)


def post_before_name(doc: Doc, k: int) -> bool:
    """Title words from token k on lead to a person's name: "[Deputy Prime Minister] and Foreign Minister X",
    "[Minister] for Foreign Affairs X", "[President] of the Islamic Republic of Iran X" (a country's or body's name
    on the way)."""
    titles = gazetteer.title_words()
    glue = {"and", "&", "for", "of"}
    while k < len(doc) and doc[k].ent_type_ != PERSON and (
            doc[k].ent_type_ in {COUNTRY, ORGANIZATION} or not doc[k].ent_type_ and (
                doc[k].lower_ in titles or doc[k].lower_ in glue or doc[k].is_alpha and doc[k].text[:1].isupper()
                or doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].ent_type_ in {COUNTRY, ORGANIZATION})):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == PERSON


def within_bodies(clusters: list[Cluster]) -> dict[str, set[str]]:
    """Organisation key -> the keys of the organisations whose names extend its own: the "African Union Commission"
    is within the "African Union"."""
    orgs = [c for c in clusters if c.type == ORGANIZATION]
    return {c.key: {o.key for o in orgs if o.name.startswith(c.name + " ")} for c in orgs}


def named_next(tok, people: list[Cluster], refs: dict[int, str]) -> Cluster | None:
    """The person a subject title phrase no one named before holds, when the next sentence opens with a name not
    told before and its apposition: "The head of the UN agency arrived in Kyiv. X, who took office in May, met ..."."""
    doc = tok.doc
    if tok.dep_ not in SUBJECT_DEPS or tok.sent.end >= len(doc):
        return None
    k = tok.sent.end
    while k < len(doc) and (doc[k].is_space or doc[k].text in QUOTE_MARKS):
        k += 1
    person = next((c for c in people if c.key == refs.get(k)), None) if k < len(doc) else None
    name_end = k
    while name_end < len(doc) and refs.get(name_end) == refs.get(k):
        name_end += 1
    if person is None or doc[k].ent_iob_ != "B" or min(person.positions) < tok.i \
            or name_end >= len(doc) or doc[name_end].text != ",":
        return None
    return person


def resolve_styles(doc: Doc, clusters: list[Cluster], refs: dict[int, str], add) -> None:
    """"His Highness also received a call": the person named last with that style ("His Highness Prince X"),
    when no name follows the style here; "His Highness the Amir received a call": the one named last with both."""
    people = {c.key: c for c in clusters if c.type == PERSON}
    styled: dict[tuple[str, str], str] = {}  # (style, title after it) -> the person named last with both
    for tok in tokens_where(doc, lambda word: word in STYLE_NOUNS, attr=LOWER):
        if not tok.text[:1].isupper() or tok.i < 1 or doc[tok.i - 1].lower_ not in {"his", "her"}:
            continue
        # "His Highness the Amir (Sheikh X)": the style of the Amir, not of any Highness named last
        # (or of two words: "His Excellency the Prime Minister")
        title = next((" ".join(w.lower_ for w in doc[tok.i + 2 : tok.i + 2 + n]) for n in (2, 1)
                      if tok.i + 1 + n < len(doc) and doc[tok.i + 1].lower_ == "the"
                      and " ".join(w.lower_ for w in doc[tok.i + 2 : tok.i + 2 + n]) in gazetteer.titles()), "")
        after = next((t for t in doc[tok.i + 1 : tok.i + 4] if t.ent_type_ == PERSON and t.i in refs
                      and all(w.text[:1].isupper() and not w.is_punct for w in doc[tok.i + 1 : t.i])), None)
        # (capitalised words between, "His Highness Sheikh X", but not "His Majesty, President X" or "His Highness
        # and Mr. X"; or a whole post: "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh X")
        after = after or next((t for t in doc[tok.i + 1 : tok.i + 14] if t.ent_type_ == PERSON and t.i in refs
                               and whole_post(doc[tok.i + 1 : t.i])), None)
        if after is not None and refs[after.i] in people:
            styled[(tok.lower_, title)] = refs[after.i]  # "His Highness Prince X"
        elif tok.i not in refs and (tok.lower_, title) in styled:
            add(people[styled[(tok.lower_, title)]], doc[tok.i - 1 : tok.i + 1], "title")


def whole_post(words: Span) -> bool:
    """Capitalised words of titles and portfolios, joined by "and", "of" or "the", and nothing else: "Prime Minister
    and Minister of Foreign Affairs"."""
    return len(words) > 1 and words[0].text[:1].isupper() and any(w.lower_ in gazetteer.title_words() for w in words) \
        and all(w.text[:1].isupper() and w.is_alpha or w.lower_ in {"and", "of", "the"} for w in words)


def styled(tok) -> bool:
    """"His" of a style, "His Royal Highness Prince X", "Her Majesty", "HE Dr. X" (His Excellency): no pronoun."""
    doc = tok.doc
    return excellency(tok) or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and (
        doc[tok.i + 1].lower_ in STYLE_NOUNS or doc[tok.i + 1].lower_ == "royal")


def untitled_peer(tok, people: list[Cluster], refs: dict[int, str], *, any_party: bool = False) -> list[Cluster]:
    """"X hosted Lula ... The French president greeted his Brazilian counterpart": the one person named in this
    sentence or the two before whom no title placed in a country (``any_party``: whatever their party) or gave
    a role (not the clause's subject), if there is just one."""
    start = window_start(tok, 2)
    subjects = {refs.get(c.i) for c in tok.head.children if c.dep_ in SUBJECT_DEPS}
    if tok.head.dep_ == "prep":
        subjects |= {refs.get(c.i) for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS}
    if tok.dep_ in SUBJECT_DEPS:  # "the Soviet leader called on Truman": not the one called on
        subjects |= {refs.get(o.i) for c in tok.head.children if c.dep_ in {"dobj", "prep", "prt"}
                     for o in (c, *c.children) if o.dep_ in {"dobj", "pobj"}}
    found = [c for c in people if (any_party or not c.parties) and not c.roles and c.key not in subjects
             and any(start <= p < tok.i for p in c.positions) and not by_writer(c, tok.doc)]
    return found if len(found) == 1 else []


def by_writer(person: Cluster, doc: Doc) -> bool:
    """Named only in bylines: "By X" opening a line is who wrote the story, no one in it."""
    return all(p >= 1 and doc[p - 1].lower_ == "by" and (p == 1 or "\n" in doc[p - 2].text + doc[p - 2].whitespace_)
               for p in person.positions)


def peer_roles(tok, people: list[Cluster], refs: dict[int, str], titles: dict[str, str]) -> set[str]:
    """The roles of the one whose counterpart tok is: the person "his/her" stands for, else the title of
    the clause's subject ("the Swiss foreign minister told his Turkish counterpart")."""
    by_key = {c.key: c for c in people}
    owners = [by_key[refs[c.i]] for c in tok.children if c.dep_ == "poss" and refs.get(c.i) in by_key]
    if owners and owners[0].roles:
        return set(owners[0].roles)
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):  # (pronouns are read later:
        named = [by_key[refs[i]] for i in range(tok.sent.start, tok.i) if refs.get(i) in by_key]  # "X said he
        if named and named[-1].roles:  # and his Armenian counterpart had agreed": the person named before)
            return set(named[-1].roles)
    subjects = [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    if subjects and refs.get(subjects[0].i) in by_key:
        return set(by_key[refs[subjects[0].i]].roles)
    if subjects and subjects[0].lower_ in titles:
        return {titles[subjects[0].lower_]}
    return set()
