"""Who a contact's argument stands for: the entity keys behind a subject or object token.

- names, with their conjuncts and appositions ("X and Y", "his counterpart X"), and the holder of a
  title the parser split ("Prime Minister of Hungary X", "and US Under Secretary of State Y");
- relative and subject pronouns ("Y, whom X met"; "they" after two coordinated parties; "it" after a
  country or body);
- unnamed officials ("Peru's foreign minister"), bodies named before ("the commission"), "the
  government" of the country the article is about;
- back-references ("the two leaders", "both sides", "the five leaders"): the pair or group of the
  contacts told so far;
- group nouns ("delegations from X and Y", "officials led by Z").

Used by :mod:`kg.nlp.contacts`; works on tokens, dependency labels and entity labels only. Who holds a post a token
names is :mod:`kg.nlp.post_holders`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.model import AFFILIATION, COUNTRY, MEETING, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.appositions import apposition_after
from kg.nlp.entity_evidence import party_tag
from kg.nlp.entity_people import ROYALS
from kg.nlp.entity_words import PORTFOLIO_WORDS
from kg.nlp.events import HOST_RULE, RawEvent
from kg.nlp.names import STYLE_NOUNS
from kg.nlp.paragraphs import window_start
from kg.nlp.post_holders import (
    appos_person,
    bulleted_people,
    conjunct_keys,
    further_posts,
    holder_after_of,
    holds_post_told_below,
    name_head,
    named_after,
    official_country,
    person_countries,
    possessed_post_holder,
    post_holder,
    title_opened_by,
    titled_holder_inside,
    titled_later,
)
from kg.nlp.subjects import (
    SUBORDINATING_MARKS,
    companions,
    conjuncts,
    named_for,
    negated,
    possessor,
    reporting_speaker,
    subjects_of,
)
from kg.nlp.titled_names import holders_listed, listed_holders, titled_apposition
from kg.nlp.titles import (
    LEADER_WORDS,
    MONARCHS,
    REPORT_VERBS,
    RULING_NOUNS,
    block_before,
    entity_at,
    singular_title,
)
from kg.nlp.trigger_words import CALL_VERBS, GROUP_NOUNS, MEET_VERBS, NOUN_TRIGGERS, PARTY_TYPES, SIDELINE_NOUNS
from kg.nlp.triggers import agent_objects

#: Posts whose plural takes up a pair titled so: "the two envoys" are two envoys told before.
PEOPLE_POSTS = {"chancellor", "secretary", "envoy", "diplomat", "premier", "speaker", "negotiator", "mayor", "governor",
                "chief", "woman"}
#: Plural nouns that take up parties told before: "the two leaders", "both sides", "the two heads of state".
PLURAL_BACKREF = {"leader", "president", "side", "man", "minister", "counterpart", "party", "country", "nation",
                  "state", "government", "delegation", "team", "rival", "camp", "candidate", "commander", "faction",
                  "general", "official", "head", *PEOPLE_POSTS}
#: Participles whose agent took part in the meeting or talks they describe: "talks chaired by X".
LEAD_VERBS = {"lead", "head", "chair", "moderate", "host"}


def included_people(t: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """The people a plural noun's "including" names: "her G7 counterparts, including X and Y" -> X, Y (no one for a
    noun that names no person, nor for "including" a country: "leaders, including Peru's")."""
    if t.tag_ not in {"NNS", "NNPS"} or t.i in refs:
        return []
    named = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "including" for p in c.children
             if p.dep_ == "pobj"]
    keys = [k for p in named for k in keys_of(p, refs, previous)]
    people = {refs[w.i] for p in named for w in p.subtree if w.ent_type_ == PERSON and w.i in refs}
    return keys if keys and set(keys) <= people else []


def keys_of(arg: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """Entity keys an argument token stands for, following conjunctions and group nouns."""
    out: list[str] = []
    listed: set[int] = set()  # the countries of a plural post whose holders are named: not parties themselves
    if arg.lower_ in gazetteer.title_words() and (holder := titled_apposition(arg, refs)) is not None:
        listed |= set(range(arg.i + 1, holder.i))  # "Minister of A, B and Moroccan Expatriates, X": the words of the
        # portfolios, parsed as conjuncts, are no parties
    # "his Beninese and Nigerien counterparts, X and Y": the people named, not the peoples of their posts
    holders_named = arg.tag_ in {"NNS", "NNPS"} and (arg.lemma_.lower() in COUNTERPART_NOUNS or singular_title(
        arg.lower_)) and any(c.i > arg.i and c.ent_type_ == PERSON and c.i in refs for c in conjuncts(arg))
    for t in [arg, *conjuncts(arg)]:
        if t.i in listed or holders_named and t.i < arg.i:
            continue  # "the foreign ministers of Japan and the Philippines, X and Y" with "the Philippines" a conjunct
        if t.i in refs and party_tag(entity_at(t.doc, t.i) or t.doc[t.i : t.i + 1]):
            continue  # "Sen. X, D-Oregon, and Rep. Y": the party a lawmaker's tag names takes no part
        if speaker_label(t):
            continue  # "Mao Ning: When X met Y, the two leaders had an exchange of views": who answers takes no part
        if t != arg and source_after_list(t):
            continue  # "received X, Y and Z for talks in London, Downing Street said": the source, parsed as a conjunct
        if t != arg and t.ent_type_ == PERSON and holds_post_told_below(t, arg, refs):
            continue  # "the Ambassador of China, who handed over a message from the Minister of China, Mr. X"
        if t != arg and past_relative_clause(t):
            continue  # "Ambassador X, who delivered a message from the Chairman of Y, General Z, to ...": Z is no guest
        if (holder := title_opened_by(t, refs)) is not None:
            out.append(refs[holder.i])  # "between X and US Under Secretary of State Y" parsed with "US" the conjunct
            continue
        if (holder := possessed_post_holder(t, refs)) is not None:
            out.append(refs[holder.i])  # "with the Democratic Republic of the Congo's health minister, Y" parsed
            continue  # with "Republic" the object
        if bulleted := bulleted_people(t, refs):
            out += bulleted  # "with the following heads of State: - the President of A, X, (...); - ..."
            continue
        if (holder := titled_later(t, refs)) is not None:
            out.append(refs[holder.i])  # "and United Kingdom Secretary of State for Defence the Rt Hon Y" with the
            continue  # title the conjunct and Y hung elsewhere
        if t.i in refs and t.ent_type_ == ORGANIZATION and (who := titled_holder_inside(t, refs)) is not None:
            out.append(refs[who.i])  # "International Organization for Migration Director General X met Y" parsed
            continue  # with X the object of the body's "for": X, the body's head
        if t.i in refs and t.ent_type_ in {ORGANIZATION, COUNTRY} and any(
                c.dep_ == "poss" and c.lower_ in gazetteer.title_words() for c in t.children) \
                and (who := next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == PERSON and c.i in refs),
                                 None)) is not None:
            out.append(refs[who.i])  # "The Speaker of Serbia's National Assembly, X," parsed with the post the body's
            continue  # possessor: X, whose post it is
        if t.i in refs:
            out += name_keys(t, arg, refs, previous)
            continue
        groups = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if t.ent_type_ == PLACE and t.dep_ in {"nsubj", "nsubjpass"} and groups:  # a dateline's place parsed as the
            out += [k for a in groups for k in keys_of(a, refs, previous)]  # subject: "LIMA, May 3 - A delegation met"
            continue
        if t.ent_type_ == PLACE and t.dep_ in {"nsubj", "nsubjpass"} and (who := appos_person(t, refs)) is not None:
            out.append(refs[who.i])  # "Riyadh, Sept 24, SPA -- Saudi Minister of Foreign Affairs ... X received"
            continue
        if t.lower_ in RELATIVE_PRONOUNS and (clause := relative_clause(t)) is not None:
            # "Y, whom X met in Lima", "Y, with whom X spoke"; "X, director general of the Y agency, who met Z": X
            out += keys_of(named_for(clause.head, t.lower_ in {"who", "whom"}), refs, previous)
            continue
        if (body := named_body(t, refs)) is not None:
            out.append(body)  # "the commission": the European Commission the article named
            continue
        if t.pos_ == "PRON" and t.lower_ in {"it", "they"} and t.dep_ in {"nsubj", "nsubjpass"}:
            out += antecedent(t, refs, previous)
            continue
        if members := members_told(t, refs, previous) or couple_told(t, refs) or people_delegation(t, refs, previous):
            out += members  # "The lawmakers later held talks with X": the senators and representatives just told;
            continue  # "The royal couple were welcomed": the two named together before
        owners = [c for c in t.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}]
        if t.lower_ in GROUP_NOUNS - OTHERS_NOUNS and owners and not any(c.i in refs for c in t.children) \
                and (keys := antecedent(owners[0], refs)):
            # "The union said its leaders met with X": the union (not "its Chilean neighbours"); "X and Y, with their
            # delegations": X and Y; but "X and Y agreed that their foreign ministers would meet": others, unnamed
            post = t.lemma_.lower() in gazetteer.titles()
            people = {e.key for e in t.doc._.kg_entities or [] if e.type == PERSON} if post else set()
            out += [k for k in keys if k not in people]
            continue
        if holders := listed_holders(t, refs):
            out += [refs[p.i] for p, _ in holders]  # "the foreign ministers of A, B and C -- X, Y and Z --"
            listed |= {c.i for _, c in holders}
            continue
        if people := holders_listed(t, refs):
            out += [refs[p.i] for p in people]  # "their counterparts, Foreign Secretary X and Defense Secretary Y"
            continue
        if included := included_people(t, refs, previous):
            out += included  # "welcomed her G7 counterparts, including X and the EU's foreign policy chief, Y": those
            continue  # named, not the group the post is of
        if (holder := holder_after_of(t, refs)) is not None:
            out.append(refs[holder.i])  # "with Prime Minister of Hungary Viktor Orbán": the name after the post
            out += further_posts(t, holder, refs)
            # "the prime ministers of X and Y, A and B": both; "X's envoy for Y, A, and Z's minister B": B too
            out += [refs[c.i] for c in conjuncts(name_head(holder, refs)) if c.i in refs
                    and (t.tag_ in {"NNS", "NNPS"} or c.ent_type_ == PERSON)]
            # "Commissioner for Y X and Russia's Commissioner for Z W": the next post's holder, hung on X
            out += [refs[h.i] for c in conjuncts(name_head(holder, refs)) if c.i not in refs
                    and (h := holder_after_of(c, refs)) is not None]
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.ent_type_ == PERSON and nxt.i in refs and t.pos_ in {"NOUN", "PROPN"}:
            out.append(refs[nxt.i])  # "... and Azerbaijani Foreign Minister Jeyhun Bayramov": the name after the title
            out += conjunct_keys(name_head(nxt, refs), refs)  # "her counterpart X and Y": Y too
            out += further_posts(t, nxt, refs)
            continue
        if t.lower_ in gazetteer.titles() and any(
                c.ent_type_ == PERSON and c.i in refs and any(g.dep_ == "compound" and g.lower_ in gazetteer.title_words()
                                                              for g in c.children)
                or c.lower_ in gazetteer.title_words() and not any(g.dep_ == "det" for g in c.children)
                and holder_after_of(c, refs) is not None for c in conjuncts(t)):
            continue  # "Deputy Prime Minister and Foreign Minister X", "Deputy Prime Minister and Minister of Foreign
            # Affairs X": two posts of X, not X and a country; "Siemens President and CEO X": not X and Siemens
        # "both Sudan rivals", "his Kremlin critics", "the two NATO allies": others than the country or body named (but
        # "two Afghan presidential rivals (...). X and Y agreed": the pair named next)
        rivals = t.lemma_.lower() in RIVAL_NOUNS
        named = [c for c in t.children if c.dep_ in {"appos", "compound", "npadvmod"} and c.i in refs
                 and not (rivals and c.dep_ != "appos") and not member_of_named(c, t)
                 and not holds_post_told_below(c, t, refs)] + [
            g for c in t.children if c.dep_ == "appos" and c.lower_ in STYLE_NOUNS for g in c.children
            if g.dep_ == "appos" and g.i in refs]  # "Saudi Minister of Foreign Affairs His Highness Prince X"
        named.sort(key=lambda c: c.ent_type_ != PERSON)  # a name before a demonym: "Russian counterpart Putin"
        if t.lower_ in GROUP_NOUNS:  # "a Hamas delegation led by X", "Ukrainian officials led by X": X too; "led
            # by the group's Gaza chief, X": the apposition's; "the two delegations, led by X and Y": both; "a
            # delegation of the Y Council led by its chairman X", the clause hung on the body: X too
            owners = [o for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                      for o in c.children if o.dep_ == "pobj"] + sent_from(t)
            out += [refs[q.i] for q in group_leaders([t, *owners], refs)]
            # "... headed by X and made up of Representatives Y and Z", "a delegation comprising Y and Z": its members
            out += [refs[p.i] for h in (t, *owners) for c in h.children if c.dep_ == "acl"
                    for v in [c, *(w for w in c.children if w.dep_ == "conj")] if made_up_of(v)
                    for o in member_objects(v) for p in [o, *conjuncts(o)] if p.i in refs and p.ent_type_ == PERSON]
        if named:  # "his counterpart X and President Y": the names coordinated with the first too; "Colombia leaders"
            out += [post_holder(refs[named[0].i], t, refs) or refs[named[0].i], *conjunct_keys(named[0], refs)]
            # "The President of X, A, and the commander of the ELN, B, met": the holder of the coordinated post
            out += [refs[h.i] for c in conjuncts(named[0]) if c.i not in refs and c.lower_ in gazetteer.title_words()
                    and (h := titled_apposition(c, refs)) is not None]
            out += further_posts(t, named[0], refs)
            continue
        if t.lower_ in gazetteer.title_words() and (holder := titled_apposition(t, refs)) is not None:
            out.append(refs[holder.i])  # "with Mauritanian Minister of Foreign Affairs, Cooperation and Mauritanians
            continue  # Abroad, X": the name the post runs up to, not the country of its demonym
        if (gazetteer.titles().get(t.lower_) in STATE_ROLES or t.lemma_.lower() in COUNTERPART_NOUNS) \
                and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) and (
                home := official_country(t, refs)):
            # "Peru's foreign minister", "the Swiss ambassador": unnamed, the country they act for (not "an Indian
            # minister": any one, no one told); but "spoke with Ukraine's president by video (...). Ukrainian President
            # X": the one named next with that post
            out.append(named_after(t, home, refs) or home)
            continue
        members = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"] if t.lower_ in {"each", "both", "all"} else []
        if members:
            out += [k for p in members for k in keys_of(p, refs, previous)]  # "talks with each of the two generals"
            continue
        if guests := guests_told(t, refs, previous):
            out += guests  # "The King received their guests": the visitors just told of
            continue
        if told := delegation_told(t, refs):
            out += told  # "A delegation of X led by Y arrived (...). Z met the delegation": Y
            continue
        pair = backref(t, refs, previous)
        if pair is not None:
            out += pair  # "the two leaders": the pair the article is about so far
            continue
        if t.lower_ == "government" and [c.lower_ for c in t.children] == ["the"] and (home := main_country(t)):
            out.append(home)  # "the government": of the country the article is about
            continue
        examples = [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "like"}
                    for p in c.children if p.dep_ == "pobj"] or among_them(t)
        if examples:  # "63 other organizations, including Greenpeace and the BDI"
            out += [k for p in examples for k in keys_of(p, refs, previous)]
            continue
        if t.lower_ in GROUP_NOUNS:
            out += group_keys(t, refs, previous)
    return out


def group_keys(t: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """The keys a group noun stands for by what its phrase names ("delegations from both sides", "officials of A and
    B", "the presidents of A and B": the holders the report names, else the countries), not the topic of its remit nor
    those its members only belong with ("the two Mercosur partners")."""
    out: list[str] = []
    for c in t.subtree:
        if c != t and c.i not in refs and (pair := backref(c, refs, previous)):
            out += pair  # "delegations from both sides"
            break
        if c == t or c.i not in refs or beyond_group(c, t) or c.dep_ == "pobj" and c.head.head == t \
                and c.head.lower_ in REMIT_PREPS \
                or c.ent_type_ == PERSON and reporting_speaker(name_head(c, refs)):
            continue  # "the UN's envoy on Cyprus": what the envoy deals with, not whom they stand for;
            # "talks with members of the team, her spokesperson, X, said": who tells of them
        if c.head == t and member_of_named(c, t):
            continue  # "the two Mercosur partners", "US allies": members or friends, not the body or country
        ruler = name_head(c, refs)
        if ruler.dep_ == "poss" and ruler.ent_type_ == PERSON and ruler.head.lower_ in RULING_NOUNS:
            # "Representatives of President X's government": the country X leads, not X
            out += person_countries(refs[c.i], t.doc, refs)[:1] if c == ruler else []
            continue
        if c.dep_ in {"pobj", "conj"} or c.dep_ in {"amod", "compound", "poss", "nmod"} and (
                c.head == t or c.head.lower_ in GROUP_NOUNS or c.head.i in refs) or body_of_group(c, t):
            # not "houses of the German parliament": a people describing another word; "the presidents of
            # A and B": the two the report names as such, else the countries
            out.append(post_holder(refs[c.i], t, refs) or refs[c.i])
    # "met senior officials from X and Y in Kabul" with "from" hung on the verb: the officials' countries
    out += [refs[q.i] for p in sent_from(t) for q in [p, *conjuncts(p)] if q.i in refs]
    return out


def sent_from(t: Token) -> list[Token]:
    """What a verb's object group is from when the parser hung "from" on the verb right after it ("met senior
    officials from X", "received a mediation team from the bloc ECOWAS led by Y": the bloc and ECOWAS)."""
    if t.dep_ != "dobj":
        return []
    return [p for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == t.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj"]


def name_keys(t: Token, arg: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """The keys a name among an argument's conjuncts stands for (``arg`` the argument): its own, or the holder of the
    post a plural noun shares out to it; and those told with it however the parser hung them (a name parsed as its
    subject or conjunct, its companions, appositions after a dateline's place or a headline's comma)."""
    if post_body(t, refs):
        return []  # "Secretary General of the X Central Committee and President of Y Z received W": Z's posts
    # "Mexico, Brazil and Colombia leaders": each country's leader the report names, as for "Colombia leaders"
    shared = [c for c in conjuncts(arg) if c.tag_ in {"NNS", "NNPS"} and c.i not in refs and any(
        g.dep_ == "compound" and g.i in refs for g in c.children)]
    # "the heads of government of Greenland and the Faroe Islands" parsed with the islands a conjunct of "heads"
    shared += [arg] if t != arg and arg.tag_ in {"NNS", "NNPS"} and arg.i not in refs else []
    out = [next((h for c in shared[-1:] if (h := post_holder(refs[t.i], c, refs))), refs[t.i])]
    # "Umerov and Foreign Minister Andrii Sybiha met" parsed with "Umerov" a subject of "Andrii": both
    out += [refs[c.i] for c in t.subtree if c.dep_ in {"nsubj", "conj"} and c.i in refs
            and refs[c.i] != refs[t.i] and refs.get(c.head.i) == refs[t.i] and c.ent_type_ == PERSON
            and not negated(c) and not past_relative_clause(c) and not possessor(c)]  # (not "met X, but not Y", nor
    # "A's aide X and B's chief of staff Y": B owns the post of Y)
    # "X, accompanied by Foreign Minister Y,", "X, who was accompanied by Y", "X, along with Y,": Y is there;
    # "the opposition Unitary Platform, headed by Y": Y, who led its side
    out += [k for c in t.children if c.dep_ in {"acl", "relcl"} and (c.lemma_.lower() == "accompany" or (
            c.lemma_.lower() in LEAD_VERBS - {"host"} and t.ent_type_ == ORGANIZATION))
            for p in agent_objects(c) for k in keys_of(p, refs, previous)]
    out += [k for p in companions(t) for k in keys_of(p, refs, previous)]
    if t.ent_type_ in {PLACE, PERSON}:  # "MOSCOW, May 16 (Wire) - X will meet Y": the dateline parsed as
        # the subject; "Putin, Trump to meet in Alaska": a headline's comma for "and"
        # and "A, B, C and D met" parsed with B an apposition of A, C and D (or D's title) B's conjuncts
        # (not the speaker of a report hung there: "talks with X, spokeswoman Y told reporters")
        # (not a name hung there from inside a relative clause: "Ambassador X, who delivered a message from
        # the Chairman of Y, General Z,")
        out += [k for c in t.children if c.dep_ == "appos" and c.ent_type_ == PERSON and c.i in refs
                and not reporting_speaker(c) and not holds_post_told_below(c, t, refs)
                and not past_relative_clause(c) for q in [c, *conjuncts(c)] for k in listed_person(q, refs)]
        # "North Rhine-Westphalia's state premier X traveled" parsed with the region the subject, its
        # premier an apposition and X the premier's
        out += [refs[g.i] for c in t.children if c.dep_ == "appos" and c.lower_ in gazetteer.title_words()
                for g in c.children if g.dep_ == "appos" and g.ent_type_ == PERSON and g.i in refs
                and not reporting_speaker(g)]
        if out[-1] == refs[t.i] and t.ent_type_ == PLACE and t.dep_ in {"nsubj", "nsubjpass"} \
                and (who := appos_person(t, refs)) is not None:
            out.append(refs[who.i])  # "BRUSSELS/BELGRADE - The EU's envoy for the dialogue, X, held talks"
    return out


def post_body(t: Token, refs: dict) -> bool:
    """A body parsed as the head of the post of which it is ("Secretary General of the X Central Committee", the title
    hung on it, or the body in apposition to the title) and coordinated with another post whose holder is named: the
    body of a post, no party."""
    titles = gazetteer.title_words()
    return t.ent_type_ == ORGANIZATION and (any(c.dep_ in {"nmod", "compound"} and c.lower_ in titles and c.i < t.i
                                                for c in t.children) or t.dep_ == "appos" and t.head.lower_ in titles) \
        and any(c.lower_ in titles and holder_after_of(c, refs) is not None for c in conjuncts(t))


def among_them(t: Token) -> list[Token]:
    """The people a group noun's "among them" names, however the parser hangs them: "talks with leaders of X, among
    them Y, Z and W" (Y parsed under the verb, "among them" under Y)."""
    if t.lower_ not in GROUP_NOUNS:
        return []
    return [w for w in t.sent if w.i > t.i and w.ent_type_ == PERSON and any(
        c.dep_ == "prep" and c.lower_ == "among" and [p.lower_ for p in c.children] == ["them"] for c in w.children)]


def speaker_label(t: Token) -> bool:
    """The token is in a name opening a line before a colon: a transcript's speaker ("Mao Ning: ...")."""
    name = entity_at(t.doc, t.i)
    doc = t.doc
    return name is not None and name.end < len(doc) and doc[name.end].text == ":" and (
        name.start == 0 or "\n" in doc[name.start - 1].whitespace_ + doc[name.start - 1].text)


#: Nouns of people against the country or body that qualifies them: "both Sudan rivals", "Kremlin critics".
RIVAL_NOUNS = {"rival", "opponent", "foe", "enemy", "critic", "adversary", "challenger"}

#: Nouns of members of the body or friends of the country that qualifies them: "the two Mercosur partners", "NATO
#: allies".
MEMBER_NOUNS = {"partner", "ally", "member", "neighbour", "neighbor"}


#: Prepositions of what a group deals with or goes to: "envoy on Cyprus", "delegation to Lima".
REMIT_PREPS = {"on", "to", "about", "over", "in", "at"}


#: Group nouns of others than the owner's own people: "its neighbours" are not its members.
OTHERS_NOUNS = {"neighbors", "neighbours", "neighbor", "neighbour", "partners", "allies", "counterparts", "side",
                "sides"}


def past_relative_clause(t: Token) -> bool:
    """A name the parser hung on another as its apposition or conjunct from beyond that one's relative clause, with no
    "and" or "or" after the clause: a name inside the clause ("X, who delivered a message from the Chairman of Y,
    General Z, to W"; but "among them X, who chairs the bloc, Y and Z": a list)."""
    head = t.head
    clauses = [r for r in head.children if r.dep_ == "relcl" and head.i < r.i < t.i]
    return t.dep_ in {"appos", "conj"} and bool(clauses) and not any(
        c.dep_ == "cc" and clauses[-1].i < c.i for c in (*head.children, *t.children))


def member_of_named(c: Token, group: Token) -> bool:
    """A body or country named before a noun of its members or friends, not one of them: "the two Mercosur partners",
    "US allies" (but "its Chilean neighbours": Chileans)."""
    return group.lemma_.lower() in MEMBER_NOUNS and c.dep_ == "compound" and not gazetteer.demonym(c.text)


def body_of_group(c: Token, group: Token) -> bool:
    """A body's name before the common noun a group is of: "RMT" in "leaders of the RMT rail union"."""
    return c.dep_ == "compound" and c.ent_type_ == ORGANIZATION and c.head.dep_ == "pobj" and c.head.head.head == group \
        and c.head.head.lower_ in {"of", "from", "for"}


def source_after_list(t: Token) -> bool:
    """A conjunct name after a comma that is the subject of a report verb right after it: "..., Downing Street
    said."""
    doc = t.doc
    name = entity_at(doc, t.i) or doc[t.i : t.i + 1]
    return name.start >= 1 and doc[name.start - 1].text == "," and name.end < len(doc) \
        and doc[name.end].pos_ == "VERB" and doc[name.end].lemma_.lower() in REPORT_VERBS


def beyond_group(c: Token, group: Token) -> bool:
    """Whether a name under a group noun is no member: where the group is ("heads of state at State House", "on the
    sidelines of the Assembly") or in a clause of its own ("..., where leaders called for a ceasefire in Congo")."""
    path = [c, *(a for a in c.ancestors if a.i != group.i and group in a.ancestors)]
    return any(a.dep_ in {"relcl", "acl", "advcl"} or a.dep_ == "pobj" and a.head.lower_ in {"at", "in"}
               or a.lower_ in SIDELINE_NOUNS for a in path)  # "her counterparts (...) on the sidelines of the Assembly"


#: Pronouns that open a relative clause: "Y, whom X met", "X, whose summit with Y".
RELATIVE_PRONOUNS = {"whom", "who", "whose"}


def relative_clause(t: Token) -> Token | None:
    """The relative clause a relative pronoun opens, its head the noun it stands for: "whom" in "Y, whom X met"."""
    for a in t.ancestors:
        if a.dep_ == "relcl":
            return a
        if a.pos_ in {"VERB", "AUX"}:
            return None
    return None


def named_body(t: Token, refs: dict) -> str | None:
    """"the commission", "the council": the organisation named before whose name ends in that noun (the
    latest one named), or None."""
    if t.pos_ != "NOUN" or [c.lower_ for c in t.children if c.dep_ == "det"] != ["the"] or t.tag_ != "NN":
        return None
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    names = {e.key: e.name for e in t.doc._.kg_entities or []}
    for i in sorted((i for i in refs if i < t.i), reverse=True):
        key = refs[i]
        if types.get(key) == ORGANIZATION and names[key].split()[-1].lower() == t.lower_:
            return key
    return None


#: Role groups (data/titles.tsv) of officials who act for their country, like a delegation.
STATE_ROLES = {"head", "minister", "diplomat"}
#: An official named by the office they share with the other party: "her Peruvian counterpart".
COUNTERPART_NOUNS = {"counterpart"}


def antecedent(pron: Token, refs: dict, previous: list[RawEvent] = ()) -> list[str]:
    """The parties a subject "it" or "they" (or "its", "their") takes up: the latest earlier subject (this sentence
    or the previous one) naming an organisation or country for "it", two or more coordinated parties for "they" (or
    the people "the lawmakers" takes up, see :func:`members_told`)."""
    doc = pron.doc
    word = {"its": "it", "their": "they"}.get(pron.lower_, pron.lower_)
    if word == "it" and pron.dep_ == "nsubj" and pron.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lower_ in NOUN_TRIGGERS for c in pron.head.children):
        return []  # "It was the pair's first conversation since ...": the contact itself, no party
    types = {e.key: e.type for e in doc._.kg_entities or []}
    if word == "they" and len(pair := between_pair(pron, refs, types)) >= 2:
        return pair  # "the first meeting between X and Y since they spoke at Z": the pair just named
    start = window_start(pron, 2)  # this sentence and the two before
    for i in range(pron.i - 1, start - 1, -1):
        t = doc[i]
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON" or quoted(t):
            continue  # (not a subject inside a quotation: "'a signal that Taiwan will not be intimidated'")
        keys = [refs[c.i] for c in [t, *conjuncts(t)] if c.i in refs] or (
            members_told(t, refs, previous) or couple_told(t, refs) or backref(t, refs, previous) or []
            if word == "they" else [])  # ("The two foreign ministers said they would ...": the pair it takes up)
        if word == "they" and len(set(keys)) < 2 and any(c.lower_ == "and" for c in t.subtree):
            # "President of Y A and Prime Minister of Z B visited X, where they": the names, however parsed
            keys = [refs[c.i] for c in t.subtree if c.i in refs and c.ent_type_ == PERSON]
        if word == "they" and len(set(keys)) < 2 and t.ent_type_ == PERSON:
            # "said director A, chief B and coordinator C would travel" parsed with C alone the subject: the list
            # back to the verb before it
            k, depth = t.i - 1, 0  # (past a sentence break the parser put inside the list: "Maj. Gen. (res.) C",
            while k > max(start, t.i - 30) and doc[k].pos_ not in {"VERB", "AUX"}:  # not past a full stop)
                depth += (doc[k].text == ")") - (doc[k].text == "(")
                if doc[k].text in {".", "!", "?"} and doc[k].pos_ == "PUNCT" and depth <= 0:
                    break
                k -= 1
            listed = [refs[w.i] for w in doc[k + 1 : t.i + 1] if w.i in refs and w.ent_type_ == PERSON]
            if len(set(listed)) >= 2 and any(w.lower_ == "and" for w in doc[k + 1 : t.i]):
                keys = listed
        keys = [k for k in dict.fromkeys(keys) if types.get(k) in PARTY_TYPES]
        if word == "it" and len(keys) == 1 and types[keys[0]] in {ORGANIZATION, COUNTRY}:
            return keys
        if word == "it" and not keys and t.lower_ in GROUP_NOUNS and t.tag_ == "NN" and t.i not in refs \
                and (group := keys_of(t, refs, previous)):
            return group  # "a delegation led by X spent three days in Y, where it met Z": X
        if word == "they" and len(keys) >= 2:
            return keys
        if word == "they" and len(keys) == 1 and (told := contact_of(t, keys[0], previous)):
            return told  # "X spoke with Y on Friday. They will meet in Riyadh": the two of that call
        if keys:
            return []  # the latest subject is someone else
    return []


def between_pair(pron: Token, refs: dict, types: dict) -> list[str]:
    """The parties of "between X and Y" earlier in the pronoun's sentence: "the first meeting between X and Y since
    they spoke at Z"."""
    for t in reversed(pron.sent[: pron.i - pron.sent.start]):
        if t.lower_ == "between" and t.dep_ == "prep":
            objs = [p for c in t.children if c.dep_ == "pobj" for p in [c, *conjuncts(c)]]
            return [k for k in dict.fromkeys(refs.get(p.i) for p in objs) if types.get(k) in PARTY_TYPES]
    return []


def contact_of(subject: Token, key: str, previous: list[RawEvent]) -> list[str]:
    """The parties of the latest contact told in the subject's sentence with ``key`` among them: two or more, else
    none."""
    for ev in reversed(previous):
        if ev.sentence.start == subject.sent.start and ev.kind != AFFILIATION and key in ev.participants \
                and len(set(ev.participants)) >= 2:
            return list(dict.fromkeys(ev.participants))
    return []


def quoted(t: Token) -> bool:
    """Whether the token stands inside a quotation of its sentence (an odd number of quotation marks before it)."""
    return sum(1 for w in t.doc[t.sent.start : t.i] if w.text in {'"', "“", "”"}) % 2 == 1


#: Plural back-references to countries: "the two nations" can name the last two countries mentioned.
COUNTRY_NOUNS = {"nation", "country", "state", "government"}
#: Nouns of PLURAL_BACKREF for people: "the two ministers" are two people.
PEOPLE_BACKREF = {"leader", "president", "man", "minister", "counterpart", "rival", "candidate", "commander", "general",
                  "official", "head", *PEOPLE_POSTS}


def members_told(t: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """"The lawmakers later held talks with X", "the senators": the people of the latest contact told in the eight
    sentences before whose titles give them the post the plural noun names (a congressional delegation's senators
    and representatives are lawmakers); none for another word, "the two ministers" (see :func:`backref`) or fewer
    than two such people; "the defence ministers", "the Australian ministers": those the qualifier fits, one or more."""
    if t.tag_ not in {"NNS", "NNPS"} or t.i in refs or not any(c.dep_ == "det" and c.lower_ in {"the", "these"}
                                                               for c in t.children) \
            or any(c.lower_ in {"two", "both"} | GROUP_SIZES.keys() for c in t.children):
        return []
    role = gazetteer.titles().get(t.lemma_.lower())
    if role is None or role == "head":
        return []
    roles: dict[str, set] = {}  # person -> the roles of their titles
    sides: dict[str, set] = {}  # person -> the keys of the countries and bodies their titles name
    for ent in t.doc.ents:
        if ent.label_ == PERSON and ent.start in refs:
            blocks = (block_before(ent), apposition_after(ent))
            roles.setdefault(refs[ent.start], set()).update({b.role for b in blocks} - {None})
            sides.setdefault(refs[ent.start], set()).update(
                refs.get(p.start if isinstance(p, Span) else p.i) for b in blocks for p in b.parties)
    # "the defence ministers", "the Australian ministers": only those whose titles say so
    portfolio = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"} and c.lower_ in PORTFOLIO_WORDS}
    side = next((refs[c.i] for c in t.children if c.dep_ in {"amod", "compound"} and c.i in refs), None)
    start = window_start(t, 8)
    for ev in reversed(previous):
        if ev.sentence.start < start:
            break
        # the holders, and the untitled people with them ("Reps. X and Y": Y has no title of their own)
        # (or titled with the noun among other posts: "Deputy Prime Minister and Minister of Foreign Affairs X")
        found = [k for k in ev.participants if k in roles and (role in roles[k] or not roles[k]
                                                               or t.lemma_.lower() in person_titles(k, t.doc, refs))]
        if ev.sentence.start >= t.sent.start or not any(role in roles[k] for k in found):
            continue
        if portfolio or side:
            found = [k for k in found if portfolio <= person_titles(k, t.doc, refs) and (
                side is None or side in sides.get(k, set()))]
            if found:
                return found
        elif len(found) >= 2:
            return found
    return []


def people_delegation(t: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """"the Turkish delegation was received by X" after "Turkish Foreign Minister A, Defense Minister B and C held
    talks": the people of the latest contact told in the eight sentences before whose titles name that people's
    country; none for any other word, a delegation led by someone named, or no such person."""
    if t.lemma_.lower() != "delegation" or t.tag_ != "NN" or t.i in refs \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
            or any(c.dep_ in {"acl", "prep"} for c in t.children):
        return []
    country = next((refs[c.i] for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.i in refs), None)
    if country is None:
        return []
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    parties: dict[str, set] = {}  # person -> the keys their titles name
    for ent in t.doc.ents:
        if ent.label_ == PERSON and ent.start in refs:
            parties.setdefault(refs[ent.start], set()).update(
                refs.get(p.start if isinstance(p, Span) else p.i) for p in block_before(ent).parties)
    start = window_start(t, 8)
    for ev in reversed(previous):
        if ev.sentence.start < start:
            break
        if ev.sentence.start >= t.sent.start or not any(country in parties.get(k, ()) for k in ev.participants):
            continue
        # the sentence's contacts: those whose titles name the country, and those with them whose titles name no other
        # (those, only when the others' titles name their own other country: the two sides apart)
        people = dict.fromkeys(k for e in previous if e.sentence.start == ev.sentence.start for k in e.participants)
        ours = [k for k in people if country in parties.get(k, ())]
        other = any(types.get(p) == COUNTRY and p != country for k in people for p in parties.get(k, ()))
        return ours + [k for k in people if other and k not in ours and k in parties
                       and not any(types.get(p) == COUNTRY for p in parties[k])]
    return []


#: Title words of those a "royal couple" names: "King X and Queen Y", "Crown Prince X and Crown Princess Y", "Sheikh X
#: and Sheikha Y".
ROYAL_TITLE_WORDS = MONARCHS | ROYALS | {"duke", "duchess"}


def couple_told(t: Token, refs: dict) -> list[str]:
    """"The couple", "the royal couple landed at X", "Their Majesties": the last two people the text named together
    before it ("X and his wife Y"; both royals, for a royal or imperial couple or their majesties: "King X and Queen
    Y", "the King and Queen", not the hosts "President Z and W" nor "the King and the President" named since); none
    for other words or "a couple of"."""
    majesties = t.lower_ == "majesties" and any(c.lower_ == "their" for c in t.children)  # "Their Majesties"
    if not majesties and (t.lower_ != "couple" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
        return []
    royal = majesties or any(c.dep_ == "amod" and c.lower_ in {"royal", "imperial"} for c in t.children)
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    for tok in reversed(t.doc[: t.i]):
        if tok.i in refs and types.get(refs[tok.i]) == PERSON and tok.dep_ != "conj":
            keys = list(dict.fromkeys(refs[c.i] for c in [tok, *conjuncts(tok)] if c.i in refs))
            if len(keys) == 2 and all(types.get(k) == PERSON and not (
                    royal and not person_titles(k, t.doc, refs) & ROYAL_TITLE_WORDS) for k in keys):
                return keys
    return []


#: Nouns of those a host receives: "received their guests".
GUEST_NOUNS = {"guest", "visitor"}


#: Counts of guests: "the two visitors", "the three guests".
GUEST_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def group_leaders(holders: list[Token], refs: dict) -> list[Token]:
    """The named people a group's participle on these words says lead it: "a Hamas delegation led by X", "Ukrainian
    officials led by X" ("led by the group's Gaza chief, X": the apposition's), and the members "led by X and including
    Y" names (parsed with "including" a conjunct of X)."""
    out = []
    for a in (a for h in holders for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS
              for a in agent_objects(c)):
        for m in [a, *conjuncts(a)]:
            if m != a and m.lower_ in GROUP_NOUNS:  # "the army delegation, led by X, and a rebel team headed by Y"
                out += group_leaders([m], refs)  # parsed with the team a conjunct of X: Y too
                continue
            members = [m] if not made_up_of(m) else [o for n in member_objects(m) for o in [n, *conjuncts(n)]]
            # ("led by former head of state Gen. X": the name after the post's "of")
            out += [q for p in members
                    if (q := p if p.i in refs else appos_person(p, refs) or holder_after_of(p, refs)) is not None]
    return out


def delegation_told(t: Token, refs: dict) -> list[str]:
    """"the delegation", with nothing of its own: the delegation told before, by the one who led it ("A delegation of
    the X led by Y arrived ..."), else by the body or country it came from ("a delegation of X", "a Chinese
    delegation"); none if no delegation before names either."""
    if t.lower_ != "delegation" or [c.lower_ for c in t.children if c.dep_ not in {"prep", "punct"}] != ["the"] \
            or any(c.dep_ == "prep" and c.lower_ in {"of", "from", "led"} for c in t.children):
        return []
    for d in reversed(t.doc[: t.i]):
        if d.lower_ != "delegation":
            continue
        bodies = [p for c in d.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                  for p in c.children if p.dep_ == "pobj" and p.i in refs]
        leaders = group_leaders([d, *bodies], refs)  # (the clause hung on the delegation or on the body it is of)
        bodies += [c for c in d.children if c.dep_ in {"amod", "compound"} and c.i in refs]
        if leaders or bodies:
            return [refs[q.i] for q in leaders or bodies[:1]]
    return []


def guests_told(t: Token, refs: dict, previous: list[RawEvent]) -> list[str]:
    """"X and Y received their guests", "the visitors": the people of the meeting told in the two sentences before
    (not the hosts themselves); none for other words or no meeting."""
    if t.lemma_.lower() not in GUEST_NOUNS or not any(c.dep_ in {"poss", "det"} and c.lower_ in {
            "their", "his", "her", "the"} for c in t.children):
        return []
    hosts = {refs[s.i] for v in [t.head] for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}
             for s in [c, *conjuncts(c)] if s.i in refs}
    start, types = window_start(t, 2), {e.key: e.type for e in t.doc._.kg_entities or []}
    window = [ev for ev in previous if start <= ev.sentence.start < t.sent.start and ev.kind != AFFILIATION]
    # guests come in person: the meeting told (not "X had spoken by phone with Y. (...) the guest met Z"), the whole
    # meeting, not a pair; of the guest's country if told ("the Icelandic guest")
    met = [ev for ev in window if ev.kind == MEETING]
    told = max(reversed(met or window), key=lambda ev: len(ev.participants), default=None)
    sent = t.sent
    named_here = {k for i, k in refs.items() if sent.start <= i < sent.end}
    guests = [k for k in told.participants if k not in hosts | named_here and types.get(k) == PERSON] if told else []
    countries = {refs[c.i] for c in t.children if c.dep_ in {"amod", "compound"} and c.i in refs
                 and types.get(refs[c.i]) == COUNTRY}
    if countries:  # (told further back: the one of the document's guests from that country)
        guests = [k for k in guests if countries & set(person_countries(k, t.doc, refs))] or list(dict.fromkeys(
            k for ev in previous if ev.kind == MEETING for k in ev.participants if k not in hosts | named_here
            and types.get(k) == PERSON and countries & set(person_countries(k, t.doc, refs))))
        guests = guests if len(guests) == 1 else []
    size = next((GUEST_COUNTS[c.lower_] for c in t.children if c.lower_ in GUEST_COUNTS), None)
    # "The two visitors met Y": the first two of the meeting told (its subjects come first), not Y, met now
    return guests[:size] if size else guests


def backref(t: Token, refs: dict, previous: list[RawEvent]) -> list[str] | None:
    """"the two leaders", "both sides", "the two nations", "the two": the pair of the contact the article is about
    so far; "the two nations" with no contact yet: the last two countries named in this or the
    previous sentence. None if t is no such phrase."""
    # "when the two met in Edinburgh": "the two" alone, a pair of people or sides
    bare = t.lower_ == "two" and t.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    if t.lower_ in GROUP_NAMES and any(c.dep_ == "det" and c.lower_ == "the" for c in (
            t.head.children if t.dep_ == "compound" else t.children)):  # ("the pair plan to meet", misparsed)
        size = GROUP_NAMES[t.lower_]  # "The trio are expected to sit down with X": the three just named
        return group_told(t, previous, size) or listed_people(t, refs, size)
    if t.lower_ in GROUP_SIZES and t.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return group_told(t, previous, GROUP_SIZES[t.lower_])  # "The three later met X": the three just told
    if t.lower_ == "both" and t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"PRON", "DET", "NOUN"}:
        # "X and Y attended the parade. Both were received by Z": the two the sentence before names as its subject
        return named_before(t, refs, {e.key: e.type for e in t.doc._.kg_entities or []}, any_title=True)
    if t.lemma_.lower() not in PLURAL_BACKREF and not bare:
        return None
    many = next((GROUP_SIZES[c.lower_] for c in t.children if c.lower_ in GROUP_SIZES), None)
    if many is not None:  # "the five leaders phoned X together": those of the meeting just told (of leaders, if "the
        # three leaders" come after a meeting of three ministers)
        leaders = leaders_told(t, previous)
        told = group_told(t, leaders, many, reach=10) if leaders is not previous else []
        return told or group_told(t, previous, many)
    if not (any(c.lower_ in {"two", "both"} for c in t.children) or t.lower_ == "sides" or bare):
        return None
    if t.lemma_.lower() == "official" and not (any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in t.children)
                                               and not any(c.dep_ == "poss" for c in t.children)):
        return None  # "the two officials", "Both officials", not "the bloc's top two officials", told next
    if any(c.lower_ in {"all", "many", "several", "various", "other", "most"} for c in t.children):
        return []  # "in contact with all sides": every party of a conflict, not a pair told
    sent = t.sent
    named_here = {k for i, k in refs.items() if sent.start <= i < sent.end}
    doc = t.doc
    types = {e.key: e.type for e in doc._.kg_entities or []}
    told = previous
    if t.lemma_.lower() in PEOPLE_BACKREF:  # "the two ministers": a pair of people, not a country and its envoy
        previous = [ev for ev in previous if all(types.get(k) == PERSON for k in ev.participants)]
    if t.lemma_.lower() in {"leader", "head"}:  # "the two heads of state", "the two leaders": heads of states
        previous = leaders_told(t, previous)  # "the two ministers (...) agreed to work towards a meeting between the
        # two heads of state": not the ministers
    if t.lemma_.lower() in POST_BACKREF:  # "the two ministers" are no two presidents
        noun = t.lemma_.lower()
        previous = [ev for ev in previous if not any(other_post(k, noun, doc, refs) for k in ev.participants)]
        # "the two foreign ministers": a pair titled so (or one the other's counterpart), not a prime minister
        words = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"} and not c.ent_type_}
        fitting = [ev for ev in previous if words and all(
            words <= (titles := person_titles(k, doc, refs)) or "counterpart" in titles for k in ev.participants)]
        # (and "the two presidents" a pair titled so, not a president and the envoy who met him)
        titled = [ev for ev in previous if len(set(ev.participants)) > 1 and all(
            noun in (titles := person_titles(k, doc, refs)) or "counterpart" in titles for k in ev.participants)]
        previous = fitting or titled or previous
    elif t.lemma_.lower() in PEOPLE_POSTS:  # "the two envoys": a pair titled so, not the ministers of the story
        noun = t.lemma_.lower()
        previous = [ev for ev in previous if all(noun in person_titles(k, doc, refs) for k in ev.participants)]
    elif t.lemma_.lower() in COUNTRY_NOUNS and (t.dep_ == "poss" or t.dep_ == "pobj" and t.head.lower_ == "of" and (
            t.head.head.lemma_.lower() in gazetteer.title_words())):
        return []  # "the two countries' transport ministers", "the foreign ministers of both countries": not named
    mentions: dict[str, int] = {}
    for i, k in refs.items():
        if i < t.i and refs.get(i - 1) != k:  # (each mention once, not each of its words: a long name is no more told)
            mentions[k] = mentions.get(k, 0) + 1
    if t.lemma_.lower() in PEOPLE_BACKREF and (just := pair_just_told(t, told, previous, named_here)):
        return list(just)
    if t.lower_ == "sides" and (just := pair_just_told(t, told, previous, named_here, reach=1)):
        return list(just)  # "The sides discussed X" right after a call: its two, however often others met
    if (bare or t.lemma_.lower() in PEOPLE_BACKREF) and (pair := pair_of_main_clause(t, refs, types)):
        return pair  # "X signed the accord with Y, after the two held talks"
    if bare and (pair := named_before(t, refs, types, any_title=True)):
        return pair  # "X and Y had been due to join the session. An official said the two would instead meet Z"
    pair = main_pair(previous, named_here, mentions)
    if pair:
        return pair
    if t.lemma_.lower() in COUNTRY_NOUNS:
        start = window_start(t, 1)
        seen: list[str] = []
        for i in range(t.i - 1, start - 1, -1):
            key = refs.get(i)
            if key and types.get(key) == COUNTRY and key not in seen:
                seen.append(key)
                if len(seen) == 2:
                    return seen[::-1]
    if t.lemma_.lower() in PEOPLE_BACKREF and (pair := contact_pair_before(t, refs, types)):
        return pair  # "X is not scheduled to meet Y here; the two leaders spoke at length in Z earlier this month"
    if t.lemma_.lower() in PEOPLE_BACKREF and (pair := between_before(t, refs, types)):
        return pair  # "(...) to host a summit between X and Y. The two presidents agreed in a call to meet"
    if t.lemma_.lower() in PEOPLE_BACKREF and (pair := named_before(t, refs, types)):
        return pair  # "X and his French counterpart Y presented a plan. The two ministers met in Berlin"
    if t.lemma_.lower() in UNTITLED_BACKREF and (pair := two_people_named(t, refs, types)):
        return pair  # "X declined to meet Y (...). Y flew in, and both men attended the session"
    return named_next(t, refs, types) if any(c.lower_ == "two" for c in t.children) else []


def pair_just_told(t: Token, told: list[RawEvent], previous: list[RawEvent], named_here: set[str],
                   reach: int = 2) -> tuple | None:
    """The one pair (of ``previous``) the sentence before t met as: "(...) for a prayer with X. The following day, the
    two men will"; or the one of the sentence before that, when the sentence between tells of no other contact (of
    ``told``) than one of the pair's alone: "X will hold a summit with Y. It will be Y's first visit. (...) the two
    leaders are expected to discuss", however often another pair met before (``reach`` 1: the sentence before only)."""
    def pairs(back: int) -> set[tuple[str, ...]]:
        start, end = window_start(t, back), window_start(t, back - 1)
        return {tuple(sorted(ev.participants)) for ev in previous if start <= ev.sentence.start < end
                and ev.kind != AFFILIATION and len(ev.participants) == 2 and not set(ev.participants) & named_here}

    if just := pairs(1):
        return just.pop() if len(just) == 1 else None
    if reach < 2 or len(earlier := pairs(2)) != 1:
        return None
    pair = earlier.pop()
    between = [ev for ev in told if window_start(t, 1) <= ev.sentence.start < t.sent.start and ev.kind != AFFILIATION]
    return pair if all(len(ev.participants) == 1 and ev.participants[0] in pair for ev in between) else None


def two_people_named(t: Token, refs: dict, types: dict) -> list[str]:
    """The only two people named in this sentence up to ``t`` and the two before it, the subject of ``t``'s own
    clause aside ("Z held separate talks with each of the two generals": not Z)."""
    clause = t
    while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
        clause = clause.head
    subjects = {refs.get(s.i) for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and t not in c.subtree
                for s in c.subtree}
    seen = list(dict.fromkeys(k for i in range(window_start(t, 2), t.i) if (k := refs.get(i)) is not None
                              and types.get(k) == PERSON and k not in subjects))
    return seen if len(seen) == 2 else []


def pair_of_main_clause(t: Token, refs: dict, types: dict) -> list[str]:
    """"the two" as the subject of a clause subordinate to the sentence's main one (or "between" the two in it), whose
    words before it name two people and no one else: that pair ("X signed the accord with Y, after the two held talks
    at the ministry", "X presented his credentials to Y at the palace, where the two discussed Z", "X welcomed Y,
    followed by talks between the two presidents")."""
    clause = t.head
    if t.dep_ == "pobj" and clause.lower_ == "between":  # "..., followed by talks between the two presidents"
        clause = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), clause)
    elif t.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    if clause.dep_ not in {"advcl", "relcl"} and not any(c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS
                                                          for c in clause.children):
        return []  # (a clause opened by "as", however parsed: 'X told Y that "...", as the two held talks')
    seen = list(dict.fromkeys(k for i in range(t.sent.start, t.i) if (k := refs.get(i)) is not None
                              and types.get(k) == PERSON))
    return seen if len(seen) == 2 else []


#: Nouns of PEOPLE_BACKREF that ask no post of the two they refer to: "both men", "the two generals", "the rivals".
UNTITLED_BACKREF = {"man", "general", "rival", "commander"}


#: Nouns of PEOPLE_BACKREF naming posts, and the title words of the posts no holder of theirs holds: "the two
#: ministers" are no two presidents, "the two presidents" no ministers nor secretaries (a Foreign Secretary).
POST_BACKREF = {"minister": {"president"}, "president": {"minister", "secretary"}}


def other_post(person: str, noun: str, doc, refs: dict) -> bool:
    """The report titles the person with a post ``POST_BACKREF`` tells from the noun's, and never with the noun."""
    titles = person_titles(person, doc, refs)
    return noun not in titles and bool(titles & POST_BACKREF[noun])


def person_titles(person: str, doc, refs: dict) -> set[str]:
    """The title words the report gives the person, before their name or after it."""
    return {w for ent in doc.ents if ent.label_ == PERSON and refs.get(ent.start) == person for w in titles_of(ent)}


def titles_of(ent: Span) -> set[str]:
    """The title words before a name and in an apposition after it."""
    return {w for block in (block_before(ent), apposition_after(ent)) for w in block.titles}


def named_before(t: Token, refs: dict, types: dict, any_title: bool = False) -> list[str]:
    """"X and his French counterpart Y presented a plan. The two ministers met in Berlin": the two people the
    previous sentence names as its subject, each with a title the noun takes up (or as the other's counterpart,
    or, ``any_title``, whatever their titles: "Both"), when no contact was told before."""
    if t.sent.start == 0:
        return []
    noun = t.lemma_.lower()
    for s in t.doc[t.sent.start - 1].sent:
        if s.dep_ in {"nsubj", "nsubjpass"} and s.head.dep_ == "ROOT":
            keys = list(dict.fromkeys(keys_of(s, refs, [])))  # "X and his French counterpart Y"
            if len(keys) != 2 or any(types.get(k) != PERSON for k in keys):
                return []
            names = [e for e in s.sent.ents if refs.get(e.start) in keys]
            titles = {refs[e.start]: titles_of(e) for e in names}
            # "Prime Minister X (...). The two leaders met"
            return keys if all(any_title or fitting_title(noun, titles.get(k, set())) for k in keys) else []
    return []


def contact_pair_before(t: Token, refs: dict, types: dict) -> list[str]:
    """"X is not scheduled to meet Y here; the two leaders spoke in Z": the two people a contact verb earlier in the
    sentence has for its subject and its object (whether the contact happened or not), each titled as the noun says
    or untitled."""
    noun = t.lemma_.lower()
    for v in t.sent:
        if v.i >= t.i or v.pos_ != "VERB" or v.lemma_.lower() not in MEET_VERBS | CALL_VERBS or t in v.subtree:
            continue
        ends = [p for p in subjects_of(v) if p.ent_type_ == PERSON] + [
            c for c in v.children if c.dep_ == "dobj" and c.ent_type_ == PERSON]
        keys = list(dict.fromkeys(refs[p.i] for p in ends if p.i in refs))
        if len(keys) == 2 and all(types.get(k) == PERSON and (not (titles := person_titles(k, t.doc, refs))
                                                              or fitting_title(noun, titles)) for k in keys):
            return keys
    return []


def between_before(t: Token, refs: dict, types: dict) -> list[str]:
    """"(...) his offer to host a summit between X and Y. The two presidents agreed to meet": the two people the
    sentence before names as those a contact (hoped for, or told) is between, each titled as the noun says."""
    if t.sent.start == 0:
        return []
    noun = t.lemma_.lower()
    for b in t.doc[t.sent.start - 1].sent:
        if b.lower_ != "between" or b.dep_ != "prep" or b.head.lower_ not in NOUN_TRIGGERS:
            continue
        keys = list(dict.fromkeys(k for p in b.children if p.dep_ == "pobj" for q in [p, *conjuncts(p)]
                                  for k in keys_of(q, refs, [])))
        if len(keys) == 2 and all(types.get(k) == PERSON and (not (titles := person_titles(k, t.doc, refs))
                                                              or fitting_title(noun, titles)) for k in keys):
            return keys
    return []


def fitting_title(noun: str, words: set[str]) -> bool:
    """Whether a person titled with ``words`` is one of "the two <noun>s": "the two presidents", "the two leaders"
    (a prime minister too), "the two men" (anyone)."""
    return noun == "man" or "counterpart" in words or noun in words or (noun == "leader" and bool(words & LEADER_WORDS))


#: Numbers of a group told before: "the five leaders".
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


#: Nouns of a group of people that tell its size: "the trio", "the pair".
GROUP_NAMES = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4}


def listed_person(t: Token, refs: dict) -> list[str]:
    """The person a word of a list names: a name, or the name set beside a title ("Egypt's intelligence chief X")."""
    if t.ent_type_ == PERSON and t.i in refs:
        return [refs[t.i]]
    return [refs[g.i] for g in t.children if t.lower_ in gazetteer.title_words() and g.dep_ == "appos"
            and g.ent_type_ == PERSON and g.i in refs]


def listed_people(t: Token, refs: dict, size: int) -> list[str]:
    """The people of the latest list of that many named in this sentence or the one before ("the three
    independents - X, Y and Z - (...). The trio"): a name and its conjuncts."""
    doc, start = t.doc, window_start(t, 1)
    types = {e.key: e.type for e in doc._.kg_entities or []}
    for tok in reversed(doc[start : t.i]):
        if tok.i not in refs or types.get(refs[tok.i]) != PERSON or tok.dep_ == "conj":
            continue
        keys = list(dict.fromkeys(refs[c.i] for c in [tok, *conjuncts(tok)] if c.i in refs))
        if len(keys) == size and all(types.get(k) == PERSON for k in keys):
            return keys
    return []


#: Verbs telling who a group is made of: "made up of", "composed of", "comprising", "consisting of", "including".
MEMBERSHIP_VERBS = {"make", "compose", "comprise", "consist", "include"}


def made_up_of(verb: Token) -> bool:
    """"made up of", "composed of", "comprising", "consisting of", "including": who a group is made of."""
    return verb.lemma_.lower() in MEMBERSHIP_VERBS and (verb.lemma_.lower() != "make" or any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


def member_objects(verb: Token) -> list[Token]:
    """The members a verb of membership names: its object, or the object of its "of"."""
    return [c for c in verb.children if c.dep_ in {"dobj", "pobj"}] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def leaders_told(t: Token, previous: list[RawEvent]) -> list[RawEvent]:
    """For "the leaders", "the heads of state": the contacts told whose people no title makes anything but a leader
    (no minister; a "counterpart" may be a head); all of them for another word."""
    if t.lemma_.lower() not in {"leader", "head"}:
        return previous
    doc, refs = t.doc, t.doc._.kg_refs or {}
    return [ev for ev in previous if not any(
        (titles := person_titles(k, doc, refs) - {"counterpart"}) and not titles & LEADER_WORDS
        for k in ev.participants)]


def group_told(t: Token, previous: list[RawEvent], size: int, reach: int = 3) -> list[str]:
    """The parties of the latest contact of that many parties told in this sentence or the three (``reach``) before;
    else the one side of the latest sentence's contacts with one other party ("A, B and C spoke with X by video. The
    three leaders will meet": A, B and C)."""
    start = window_start(t, reach)
    contacts = [ev for ev in previous if ev.kind != AFFILIATION and ev.sentence.start >= start]
    whole = next((list(dict.fromkeys(ev.participants)) for ev in reversed(contacts)
                  if len(set(ev.participants)) == size), [])
    if whole or not contacts:
        return whole
    last = [ev for ev in contacts if ev.sentence.start == contacts[-1].sentence.start]
    shared = set.intersection(*(set(ev.participants) for ev in last))
    side = list(dict.fromkeys(k for ev in last for k in ev.participants if k not in shared))
    return side if len(shared) == 1 and len(side) == size else []


def named_next(t: Token, refs: dict, types: dict) -> list[str]:
    """"a deal between two rivals (...). X and Y agreed ...": the pair the next sentence names as its
    subject, when "two <noun>" introduces parties not named yet."""
    end = t.sent.end
    if end >= len(t.doc):
        return []
    for s in t.doc[end].sent:
        if s.dep_ in {"nsubj", "nsubjpass"} and s.head.dep_ == "ROOT":
            keys = list(dict.fromkeys(refs[c.i] for c in [s, *conjuncts(s)] if c.i in refs))
            if len(keys) == 2 and all(types.get(k) in PARTY_TYPES for k in keys):
                return keys
            return []
    return []


def main_pair(previous: list[RawEvent], named_here: set[str] = frozenset(), named: dict | None = None) -> list[str]:
    """The parties of the contact mentioned most often so far; on a tie, the pair whose parties the
    article names most often (``named``: key -> mentions so far), then the latest; one with a party
    named in the sentence first ("X said the two leaders had discussed ...": a pair of X's)."""
    named = named or {}
    counts: dict[tuple[str, ...], int] = {}
    for i, ev in enumerate(previous):
        if ev.kind != AFFILIATION and len(ev.participants) == 2 and ev.rule != HOST_RULE:  # (not a host with one)
            pair = tuple(sorted(ev.participants))
            counts[pair] = counts.get(pair, 0) + 1
    if any(set(p) & named_here for p in counts):
        counts = {p: n for p, n in counts.items() if set(p) & named_here}
    if not counts:
        return []
    best = max(counts, key=lambda p: (counts[p], sum(named.get(k, 0) for k in p),
                                      max(i for i, e in enumerate(previous) if tuple(sorted(e.participants)) == p)))
    return list(best)


def main_country(t: Token) -> str | None:
    """The country named most often before t (named, not as a demonym), if it is named at least twice."""
    counts: dict[str, int] = {}
    types = {e.key: e.type for e in t.doc._.kg_entities or []}
    refs = t.doc._.kg_refs or {}
    for tok in t.doc[: t.i]:
        key = refs.get(tok.i)
        if key and types.get(key) == COUNTRY and tok.pos_ == "PROPN" and refs.get(tok.i - 1) != key:
            counts[key] = counts.get(key, 0) + 1  # once per mention
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] >= 2 else None
