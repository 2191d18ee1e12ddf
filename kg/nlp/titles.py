"""Title phrases before names: "Russian Foreign Minister X", "Ukraine's X", "X of the Y Institute".

Shared by the alias resolver (who is "the US president"?) and the relation extractor
(``represents``). Works on tokens and entity labels only, so it tolerates the parser's
mistakes inside long capitalised noun phrases. Appositions after a name ("X, spokesman for Y")
are read in ``appositions``, names set beside a post in ``titled_names``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_words import PORTFOLIO_WORDS, PREFIXES, REGNAL_NUMBER, is_name_word
from kg.nlp.memo import per_name
from kg.nlp.names import (
    ENVOY_RANK_WORDS,
    FORMS_OF_ADDRESS,
    GENERATION_SUFFIXES,
    HONORIFICS,
    MALAY_LAST_WORDS,
    STYLE_NOUNS,
    malay_honorific,
)
from kg.nlp.paragraphs import DATELINE_ENDS, dateline_end

PARTY_LABELS = {COUNTRY, ORGANIZATION}
#: Words that may continue a title block leftwards besides titles and names.
GLUE = {"of", "the", "-", "–", "'s", "’s", "for", "and", "at", "in"}
#: Words that may stand inside a title without being one: "Foreign", "Vice", "Deputy"...
MODIFIERS = {"foreign", "vice", "deputy", "acting", "state", "defence", "defense", "interior",
             "finance", "top", "chief", "senior", "special", "prime", "general", "supreme", "first",
             "permanent", "presidential", "security", "national", "press", "trade", "economy", "co",
             "caretaker", "interim", "outgoing", "incoming", "personal", "parliament", "parliamentary"}
#: Words after a name and comma that start an apposition with a title: "X, a spokesman for Y".
APPOS_STARTERS = {"a", "an", "the", "who", "his", "her", "its"}
FORMER = {"former", "ex", "late", "then"}
#: Role groups (titles.tsv) of posts a state fills: "Britain's UN ambassador X" acts for Britain.
STATE_ROLES = {"minister", "diplomat", "military", "legislator"}
#: Words that end an owner before a post: "Acme's", "Acme Brands'", "its".
OWNER_MARKS = {"'s", "’s", "'", "’", "its", "their"}
#: Nouns of whoever rules a country, owning the posts of its government: "the Taliban administration's".
RULING_NOUNS = {"administration", "government", "regime", "junta", "authorities", "leadership"}
#: Nouns of a state's bodies written in lower case, owning the posts in them: "the Iranian foreign ministry's".
STATE_BODY_NOUNS = {"ministry", "embassy", "consulate", "presidency"}
#: Titles of monarchs and popes: one to a throne ("the King" is only one titled King, never another head of state).
MONARCHS = {"king", "queen", "emperor", "empress", "pope", "sultan", "emir", "amir", "tsar", "shah"}
#: A reigning couple's titles, the ruler's then the consort's: "King X and Queen Y of Z" are both Z's.
ROYAL_COUPLES = {"king": "queen", "emperor": "empress", "grand duke": "grand duchess", "crown prince": "crown princess"}
#: Royal titles of two words, before a name the model may leave untagged: "Crown Princess X", "Grand Duke Y".
TWO_WORD_ROYALS = {title for couple in ROYAL_COUPLES.items() for title in couple if " " in title}
#: Titles of churches' and faiths' heads, named like monarchs: "Ecumenical Patriarch Bartholomew I".
CLERGY = {"patriarch", "cardinal", "archbishop", "metropolitan", "catholicos", "ayatollah", "mufti"}
#: Ranks written before a name in apposition to a post: "Spain's envoy to Kenya, Ambassador X".
RANKS_BEFORE_NAMES = {"ambassador", "general", "admiral", "colonel", "bishop", "marshal", "brigadier", "commodore",
                      "gen", "adm", "col", "brig"}
#: Words before a rank that make one rank of them: "Lieutenant General", "Vice Admiral", "Air Chief Marshal", "Lt. Gen.".
RANK_MODIFIERS = {"lieutenant", "lt", "major", "maj", "vice", "rear", "air", "chief", "brigadier", "brig", "deputy"}
#: Participles of taking a post, and adverbs before them, that may stand between an owner and the post: "Thailand's
#: newly appointed Foreign Minister", "Japan's recently elected prime minister".
INSTALLED_WORDS = {"appointed", "elected", "re-elected", "reelected", "named", "installed", "designated", "confirmed",
                   "nominated", "sworn"}
NEWLY_WORDS = {"newly", "recently", "just", "freshly"}
#: The post all of ``MONARCHS`` hold, in a (country, post) key.
THRONE = "throne"
#: Words of a post held against a country's government: its holder does not act for the country.
AGAINST_WORDS = {"opposition", "rebel", "dissident", "exiled", "exile", "separatist", "insurgent"}
#: Nouns of private trades: before a job title they make a people's adjective a nationality ("American film
#: director X", "a Russian oil executive"), not the state the person works for.
TRADE_NOUNS = {"film", "movie", "cinema", "theatre", "theater", "music", "opera", "ballet", "jazz", "fashion", "art",
               "arts", "business", "company", "museum", "media", "tech", "technology", "software", "internet", "oil",
               "mining", "airline", "hotel", "restaurant", "football", "soccer", "tennis", "basketball", "baseball",
               "hockey", "golf", "record", "publishing", "advertising", "investment", "insurance", "pharmaceutical",
               "pharmaceuticals", "drug", "car", "steel", "shipping", "television", "tv", "newspaper", "magazine",
               "design", "wine", "food", "retail", "casino", "gallery"}


def trade_word(tok: Token) -> bool:
    """A lower-case noun of a private trade: "film" of "film director"."""
    return tok.is_lower and tok.lower_ in TRADE_NOUNS


#: Nouns for people that name no post: what they are to a body or a country ("Northcorp customer X",
#: "U.S. citizen X"), not whom they work for.
NOT_POSTS = {"customer", "client", "supporter", "opponent", "critic", "passenger", "resident", "shareholder", "investor",
             "voter", "follower", "admirer", "user", "victim", "survivor", "patient", "inmate", "prisoner", "visitor",
             "guest", "subscriber", "reader", "listener", "viewer", "rival", "challenger", "winner", "runner",
             "recipient", "laureate", "finalist", "citizen", "national", "native", "immigrant", "refugee", "tourist",
             "expatriate", "daughter", "mother", "father", "brother", "sister", "grandmother", "grandfather",
             "stepfather", "stepmother", "lover"}
#: Nouns of kinds of body: a name modifying one is the body's name ("of the Northtown Workers union").
BODY_NOUNS = {"union", "party", "group", "network", "tank", "institute", "organization", "organisation", "movement",
              "agency", "company", "firm", "bank", "newspaper", "daily", "magazine", "club", "side", "team",
              "association", "foundation", "alliance", "coalition", "federation", "council", "committee", "ngo",
              "charity", "campaign", "faction", "bloc", "broadcaster", "channel", "university", "college"}


@dataclass
class TitleBlock:
    """A title found next to a name, and the parties it names."""

    titles: list[str] = field(default_factory=list)  # title words in order, lower case
    parties: list[Token | Span] = field(default_factory=list)  # country/org entity spans or demonym tokens
    other_names: list[Span] = field(default_factory=list)  # the party's name in brackets: "CHP ( Y Party ) leader X"
    places: list[Span] = field(default_factory=list)  # regions and cities: "Berlin's Mayor X", "X, governor of Texas"
    possessive: bool = False  # "Ukraine's X"
    former: bool = False  # "former President X"
    unlisted: bool = False  # the role word is not in titles.tsv
    against: bool = False  # "Belarusian opposition leader X": the post is against the country's government
    trade: bool = False  # "American film director X": a noun of a private trade qualifies the title

    @property
    def role(self) -> str | None:
        table = gazetteer.titles()
        for n in (3, 2, 1):
            for i in range(len(self.titles) - n + 1):
                phrase = " ".join(self.titles[i : i + n])
                if phrase in table:
                    return table[phrase]
        return None


#: Posts of a state's own head, which a grouping of states named before them gives no one: "the only EU head of
#: government", "a NATO prime minister".
GOVERNMENT_HEADS = {"prime minister", "premier", "chancellor", "head of government", "head of state",
                    "heads of government", "heads of state", "prime ministers"}
#: Words of leading that name a member's head after a grouping ("X, the European Union leader with the closest ties to
#: Y") when the report titles the person a head of state or government elsewhere ("NATO leader X" may be its chief).
LEADER_NOUNS = {"leader", "leaders"}
#: Title words of the heads of a state or government, whom "the two leaders" takes up.
LEADER_WORDS = {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan", "monarch",
                "leader", "taoiseach"}
#: Title words of the heads of a state or government, not "leader" itself (which a grouping's "leader" would give).
STATE_HEAD_WORDS = LEADER_WORDS - {"leader"}


def members_head(words: list[str], party: str, titles_elsewhere: set[str]) -> bool:
    """The post (its words) named after a grouping of states (``party``) is held by one of its members' heads, not
    the grouping's: "the only EU head of government to attend"; "the European Union leader" when the report titles
    the person a head of state or government (``titles_elsewhere``: the title words it gives them)."""
    phrase = " ".join(words)
    return gazetteer.is_grouping(party) and (
        phrase in GOVERNMENT_HEADS or phrase in LEADER_NOUNS and bool(titles_elsewhere & STATE_HEAD_WORDS))


#: Head words of places that are also employers: "director of the Ludwig Gallery".
INSTITUTION_HEADS = {"Museum", "Gallery", "Hospital", "Clinic", "Library", "Theatre", "Theater", "Zoo", "Opera",
                     "Observatory", "Kunsthalle", "Literaturhaus", "School", "University", "College", "Academy",
                     "Institute"}


def institution(ent: Span) -> bool:
    """A place that is an institution with staff: a museum, gallery, hospital, library..."""
    return ent.label_ == PLACE and any(t.text in INSTITUTION_HEADS for t in ent)


def qualifying_country(t: Token, refs: dict, types: dict) -> str | None:
    """The country a noun's modifier names: "the Russian side", "Peru's foreign minister", "the Chinese
    foreign ministry"; None if no modifier is a country."""
    return next((refs[c.i] for c in t.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                 and types.get(refs.get(c.i)) == COUNTRY), None)


def entity_at(doc, i: int) -> Span | None:
    """The kg entity span covering token i, if any (as in doc.ents, found from the token's
    IOB tags rather than by building every entity span)."""
    tok = doc[i]
    if tok.ent_iob_ not in ("B", "I"):
        return None
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type, kb_id=tok.ent_kb_id, span_id=tok.ent_id)


def party_of(tok: Token) -> Token | Span | None:
    """The party a token names: a country/organisation entity, or a demonym ("Russian")."""
    ent = entity_at(tok.doc, tok.i)
    if ent is not None and ent.label_ in PARTY_LABELS:
        return ent
    if ent is not None and ent.label_ == PLACE and (gazetteer.country(ent.text) or institution(ent)):
        return ent
    if ent is not None and ent.label_ == "NORP" and len(ent) > 1 and gazetteer.demonym(ent.text):
        return tok.doc[ent.start]  # "South African": a people's adjective of two words, by its first
    if tok.text[:1].isupper() and gazetteer.demonym(tok.text) and (ent is None or ent.label_ == "NORP") \
            and not (tok.i >= 1 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in REGION_PEOPLES) \
            and not (tok.i >= 1 and gazetteer.demonym(f"{tok.doc[tok.i - 1].text} {tok.text}") not in {
                None, gazetteer.demonym(tok.text)}) \
            and not (tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in PREFIXES):
        return tok  # but "the first Latin American pope", "a South American leader": no state's people; nor
        # "Korean" of "N. Korean", another state's people's word of two the model left untagged; nor "Ibero-American",
        # "Pan-American", "Inter-American"
    return None


#: Peoples of regions of the world, whose last word alone is a state's: "Latin American", "West African" (not "South
#: African", "North Macedonian" nor "South Australian", a state's).
REGION_PEOPLES = {"latin american", "north american", "south american", "central american", "east asian",
                  "southeast asian", "south asian", "central asian", "west african", "east african", "north african",
                  "southern african"}


#: Prepositions whose object a name right after them is: no title before it is the name's.
OBJECT_PREPOSITIONS = {"in", "at", "of", "for", "to", "by", "with", "from", "on"}


#: How many words a title block before a name may run: "Deputy Prime Minister and Minister of Foreign Affairs and
#: Expatriates of the Hashemite Kingdom of Jordan X".
TITLE_REACH = 20


#: The most words a portfolio in brackets within a post has: "(Regional Cooperation)".
BRACKETED_WORDS = 5


def bracketed_portfolio(doc, i: int) -> int | None:
    """The opening bracket of a part of a post in brackets that ``i`` closes, capitalised words after a post's own:
    "Minister of State for Foreign Affairs (Regional Cooperation)"; None otherwise."""
    if doc[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(i - BRACKETED_WORDS - 2, 0), -1) if doc[k].text == "("), None)
    if opening is None or opening == i - 1 or opening < 1 or not doc[opening - 1].text[:1].isupper():
        return None
    inside = doc[opening + 1 : i]
    return opening if all(t.is_alpha and (t.text.istitle() or t.lower_ in {"and", "of"}) and not t.ent_type_
                          for t in inside) else None


def possessed(party) -> bool:
    """A party named with "'s": "Kenya's (Trade Minister)", "Italy's prime minister (at the time), X" (not "Italian
    Prime Minister X")."""
    end = party.end if isinstance(party, Span) else party.i + 1
    return end < len(party.doc) and party.doc[end].text in {"'s", "’s"}


@per_name
def block_before(name: Span) -> TitleBlock:
    """The title block right before a name: "US Vice President", "Kremlin spokesman", "Ukraine's"."""
    doc = name.doc
    block = TitleBlock()
    titles = gazetteer.title_words()
    i = honorifics_before(name) - 1  # "India's External Affairs Minister, Dr S. Jaishankar": the post before "Dr"
    if i >= 0 and doc[i].lower_ in OBJECT_PREPOSITIONS:
        return block  # "superintendent of the Y Site in X's hometown": the title is another's, X is an object
    first = entity_at(doc, i - 1) if i >= 1 and doc[i].lower_ in {"and", "und", "&"} else None
    if first is not None and first.label_ == PERSON and first.start >= 1 and plural_title(doc[first.start - 1]):
        return block_before(first)  # "Northtown Bank heads X and Y": one title for both
    if i >= 1 and doc[i].lower_ in {"and", "&"} and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN" \
            and doc[i - 1].lower_ in gazetteer.title_words():
        return block  # "a meeting between a British leader and X": the title of another, unnamed
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in titles:  # "Russia's foreign minister, X"
        if other_clause_object(doc[i - 1], name):
            return block  # "whether he would see the American envoy, X said": the object of a clause before
        i -= 1
    elif i >= 1 and doc[i].text == "," and (office := titled_body(doc, i - 1)) is not None:
        block.titles = longest_title(office)
        i -= 1  # "the United Nations High Commissioner for Refugees, X" tagged a body: the body and the post it names
    elif (k := rank_start(doc, i)) <= i and k >= 2 and doc[k - 1].text == "," \
            and any(doc[j].lower_ in titles for j in range(max(0, k - 11), k - 1)):
        i = k - 2  # "The Holy See's new ambassador to Kenya, Archbishop X", "the Chief of Defence of the Y Armed
        # Forces, Lieutenant General X": the post before the rank
    hosts: list = []  # parties after "in" or an envoy's "to": "Ruritania's ambassador to Freedonia X"
    scopes: list = []  # countries after another's possessive
    while i >= 0 and i >= name.start - TITLE_REACH:
        tok = doc[i]
        ent = entity_at(doc, i)
        if ent is not None and ent.label_ == PERSON and not (len(ent) == 1 and abbreviation(tok)):
            owned = of_party(ent) if of_party(name) is not None else None  # "High Commissioner X of Ruritania and
            # Ambassador Y of Freedonia": Ruritania is X's (but "President X of Ruritania and Foreign Minister Y": both)
            block.parties = [p for p in block.parties if owned is None or not _within(p, owned)]
            break  # but "Coast Guard Lt. X" with "Lt" taken for a name: a rank's abbreviation
        if tok.text in DATELINE_ENDS and dateline_end(doc, tok.sent.start) == i:
            break  # "PARIS - President X": a dateline ends before the title
        if tok.lower_ in {"and", "or"} and block.titles and after_name(name) < len(doc) \
                and doc[after_name(name)].lower_ == "of":
            break  # "First Minister X of Sinn Fein and deputy First Minister Y of the DUP": Y's own party is after
        if tok.lower_ in {"and", "or"} and any(possessed(p) for p in block.parties):
            break  # "A's Deputy Minister Y and B's Trade Minister X": the post opened with its owner, a list's item
        if tok.lower_ == "and" and i >= 1 and doc[i - 1].text.isupper() and doc[i - 1].lower_ in titles:
            break  # "EAM and First Deputy Prime Minister X": a post's letters standing for another, named before
        if tok.lower_ in {"and", "or"} and block.titles and i >= 1 and doc[i - 1].dep_ == "pobj" \
                and doc[i - 1].head.lower_ in {"in", "at"}:
            break  # "meeting President X in Kinshasa and President Y": where another was met, no qualifier of Y's
        if tok.text in {"-", "–", "—", "--"} and tok.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            block.former = block.former or doc[i - 1].lower_ in FORMER  # "Ex - CIA fugitive X" written apart
            break  # "the leaders of Germany, France and Britain - Chancellor X, ...": a list's opener
        if ent is not None and ent.label_ in PARTY_LABELS | {PLACE}:
            party = party_of(tok)
            if party is not None and not any(p is party for p in block.parties):
                block.parties.insert(0, party)
                if ent.label_ == COUNTRY and ent.start >= 1 and doc[ent.start - 1].lower_ in OWNER_MARKS:
                    scopes.append(party)  # "Nordhavn's UK managing director", "its UK head": where the post is
            elif party is None and ent.label_ == PLACE:
                block.places.insert(0, ent)
            i = ent.start - 1
            continue
        inner = bracketed_org(doc, i)
        if inner is not None and not block.parties and inner.start >= 2 and (
                party_of(doc[inner.start - 2]) is not None or acronym(doc[inner.start - 2])):
            block.other_names.append(inner)  # "CHP ( Republican People's Party ) leader X": two names of one party
            i = inner.start - 2
            continue
        if tok.text == ")" and not block.parties and i >= 3 and doc[i - 2].text == "(" and acronym(doc[i - 1]) \
                and not doc[i - 1].ent_type_ and party_of(doc[i - 3]) is not None:
            i -= 3  # "Labor Party ( LP ) candidate X": the party's short name, left unnamed by the model
            continue
        if (opening := bracketed_portfolio(doc, i)) is not None and not block.titles:
            i = opening - 1  # "Minister of State for Foreign Affairs (Regional Cooperation) X": the post's part
            continue
        low = abbreviation(tok) or tok.lower_
        if tok.text == "." and i >= 1 and abbreviation(doc[i - 1]):
            i -= 1  # the full stop of "Lt." (spaCy splits some abbreviations off their stop)
            continue
        if designate(tok):
            i -= 2  # "Ambassador-designate X", "Prime Minister-elect X": the post to be held
            continue
        if singular_title(low) and i == name.start - 1 and name.end < len(doc) \
                and doc[name.end].lower_ in {"and", "und", ","}:
            low = singular_title(low)  # "Acme heads X and Y": one title for each of two people
        if i >= 2 and doc[i - 1].lower_ == "of" and f"{doc[i - 2].lower_} of {low}" in gazetteer.titles():
            block.titles[:0] = ["of", low]  # "Head of State X", "Chief of Mission X": one title, its first word next
            i -= 2
            continue
        if i >= 1 and f"{doc[i - 1].lower_} {low}" in gazetteer.titles() and (
                low not in titles or doc[i - 1].lower_ not in titles | MODIFIERS and doc[i - 1].pos_ != "NOUN"):
            # "Crown Prince X"; "US Under Secretary of State X": "Under" no title alone, "secretary" one
            block.titles[:0] = [doc[i - 1].lower_, low]  # "Crown Prince X", "Supreme Leader X": a title of two words
            i -= 1
        elif low in titles or low in MODIFIERS or low == "under" and doc[i + 1].text in {"-", "–"}:
            block.titles.insert(0, low)  # ("UN Under-Secretary-General X")
        elif tok.pos_ == "NOUN" and tok.is_lower and i == name.start - 1 and tok.tag_ != "NNS" and low not in NOT_POSTS:
            block.titles.insert(0, low)  # a role word the list lacks: "placekicker X", "keeper X"
            block.unlisted = True
        elif low in FORMER:
            block.former = True
        elif low in STYLE_NOUNS or low in {"his", "her"} and i + 1 < len(doc) and doc[i + 1].lower_ in STYLE_NOUNS:
            pass  # "Minister of Foreign Affairs His Highness Prince X": the style between the post and the name
        elif low in {"'s", "’s"} and i == name.start - 1:
            block.possessive = True
        elif low in RULING_NOUNS | STATE_BODY_NOUNS and block.titles and i + 1 < name.start \
                and doc[i + 1].lower_ in {"'s", "’s"}:
            pass  # "the Taliban administration's acting foreign minister, X": on to who rules; "the Iranian foreign
            # ministry's spokesman, X": on to the state
        elif low in {"'", "’"} and tok.dep_ == "case":  # "Northtown Motors' chief negotiator X": a plural's possessive
            block.possessive = block.possessive or i == name.start - 1
        elif community(tok):
            i -= 2  # "Turkish Cypriot leader X": the leader of a people within a state, no state's post
            continue
        elif party_of(tok) is not None:
            block.parties.insert(0, party_of(tok))
            i = block.parties[0].i  # "South African": go on before the demonym's first word
        elif low in AGAINST_WORDS and block.titles:
            block.against = True  # "Belarusian opposition leader X", "Sudanese rebel commander X"
        elif job_compound(tok, block, name):
            block.trade = block.trade or trade_word(tok)  # "Italy's military intelligence chief X", "film director X"
        elif host_word(tok):
            hosts += [p for p in block.parties if not any(p is h for h in hosts)]
        elif tok.text == "," and block.titles and not block.parties and i >= 1 and doc[i - 1].lower_ in titles \
                and not other_clause_object(doc[i - 1], name):
            pass  # "Y's technical manager, engineer X", "a Y employee, attorney X": the post, then the trade (not
            # "Welcoming the Nepali Foreign Minister, Foreign Minister X recalled": the one welcomed)
        elif tok.text[:1].isupper() and low == "abroad" or tok.text == "," and 0 < i < name.start - 1 \
                and doc[i - 1].lower_ in PORTFOLIO_WORDS and doc[i + 1].lower_ in PORTFOLIO_WORDS:
            pass  # "Niger's Minister of Foreign Affairs, Cooperation and Nigeriens Abroad X": on through the portfolio
        elif not (low in GLUE or (tok.text[:1].isupper() and tok.pos_ == "PROPN")
                  or (tok.pos_ == "ADJ" and tok.is_lower)
                  or tok.pos_ == "ADJ" and not block.titles and tok.text[:1].isupper() and not tok.is_sent_start
                  # ("Secretary of State for European and Eurasian Affairs X": a portfolio's capitalised adjectives)
                  or block.titles and (low in NEWLY_WORDS or low in INSTALLED_WORDS or tok.is_lower
                                       and i + 2 < len(doc) and doc[i + 1].text == "-"
                                       and doc[i + 2].lower_ in INSTALLED_WORDS)):
            break  # (not "Thailand's newly appointed Foreign Minister, X", "Myanmar's military-appointed Foreign
            # Minister X")
        i -= 1
    block.parties = without_hosts(block.parties, hosts)
    # (not the short name of a host: "Ghana's Special Envoy to the Alliance of Sahel States (AES), X")
    block.other_names = [o for o in block.other_names if not any(_covers(h, o.start - 2) for h in hosts)]
    if not block.unlisted and block.role is None:
        block.titles = []
    if block.role not in STATE_ROLES:
        block.parties = [p for p in block.parties if not any(p is s for s in scopes)]
    if block.role == "topic":  # "Syria expert X": the modifier is a subject, not an employer
        block.parties = possessors(block.parties)
    comma = honorifics_before(name, ADDRESSED_AFTER_POSTS) - 1
    if not set(block.titles) - ADDRESSED_AFTER_POSTS and not block.possessive and comma >= 0 and doc[comma].text == ",":
        # "India's External Affairs Minister, Dr S. Jaishankar", "Qatar's prime minister, Sheikh X": the post before
        found = apposition_before(name, comma)
        return found if found.titles else block
    return block


#: Verbs that give someone a post: "Y appointed X as its envoy", "Y named him special envoy".
APPOINT_VERBS = {"appoint", "name", "nominate", "designate", "elect"}


def titled_body(doc: Doc, i: int) -> Span | None:
    """The body whose name, ending at token ``i``, holds a capitalised title: "the United Nations High Commissioner for
    Refugees" (the agency and its head's post)."""
    ent = entity_at(doc, i)
    return ent if ent is not None and ent.end == i + 1 and ent.label_ == ORGANIZATION and any(
        t.text[:1].isupper() and t.lower_ in gazetteer.title_words() for t in ent) else None


def longest_title(words: Span) -> list[str]:
    """The words of the longest title inside a name ("high commissioner" of "the UN High Commissioner for Refugees")."""
    low = [t.lower_ for t in words]
    found = [low[k : k + n] for n in (3, 2, 1) for k in range(len(low) - n + 1)
             if " ".join(low[k : k + n]) in gazetteer.titles()]
    return found[0] if found else []


def other_clause_object(title: Token, name: Span) -> bool:
    """The title before a name's comma is the object of a verb whose clause the name is no part of, the name the
    subject of another: "Asked whether he would see the American envoy, X said"."""
    return title.dep_ in {"dobj", "pobj"} and name.root.dep_ in {"nsubj", "nsubjpass"} \
        and name.root.head != title.head and name.root not in title.head.subtree


def _covers(party, i: int) -> bool:
    """A block's party (a span or a demonym's token) holds the token at ``i``."""
    return party.start <= i < party.end if isinstance(party, Span) else party.i == i


def _within(party, span: Span) -> bool:
    """A block's party (a span or a demonym's token) lies within ``span``."""
    start = party.start if isinstance(party, Span) else party.i
    return span.start <= start < span.end


def rank_start(doc: Doc, i: int) -> int:
    """Where a clergy's or an officer's rank ending at ``i`` begins ("Archbishop", "Lieutenant General", "Lt. Gen.",
    "Air Chief Marshal"), or ``i + 1`` if ``i`` ends none."""
    def word(k: int) -> str:
        return doc[k].lower_.rstrip(".")

    k = i - (doc[i].text == "." and i >= 1)
    if k < 0 or not (doc[k].lower_ in CLERGY or word(k) in RANKS_BEFORE_NAMES):
        return i + 1
    while k >= 1 and (word(k - 1) in RANK_MODIFIERS or doc[k - 1].text == "." and k >= 2 and word(k - 2) in RANK_MODIFIERS):
        k -= 1 if word(k - 1) in RANK_MODIFIERS else 2
    return k


def community(tok: Token) -> bool:
    """The second of two peoples' adjectives of different states: "Turkish Cypriot", "Bosnian Serb", "Greek
    Cypriot" (a community, not the state either names)."""
    if tok.i < 1 or not tok.text[:1].isupper():
        return False
    prev = tok.doc[tok.i - 1]
    first, second = gazetteer.demonym(prev.text), gazetteer.demonym(tok.text)
    return bool(first and second and prev.text[:1].isupper() and first.code != second.code
                and not gazetteer.demonym(f"{prev.text} {tok.text}"))


#: Words before a name set after a post by a comma that address the holder: honorifics, and an academic's title
#: ("the Chief Adviser of Y's Interim Government, Professor X"; but "Y University Professor X" holds that post).
ADDRESSED_AFTER_POSTS = HONORIFICS | {"professor"}


def excellency(tok: Token) -> bool:
    """"HE" written for His Excellency before a capitalised word ("HE Dr. X", "HE the Minister of State"): a form of
    address, no pronoun (not in a line of capitals)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.text == "HE" and nxt is not None and not nxt.text.isupper() and (
        nxt.text[:1].isupper() or nxt.lower_ == "the" and tok.i + 2 < len(doc) and doc[tok.i + 2].text[:1].isupper())


def malay_honorific_before(doc: Doc, i: int) -> int:
    """How many words of a Malaysian honorific end right before ``i`` ("Tan Sri", "Datuk Seri Utama", "Datuk"): the
    longest that kg.nlp.names.malay_honorific reads as opening the name at ``i``."""
    if i < 1 or doc[i - 1].lower_ not in MALAY_LAST_WORDS:
        return 0  # (no honorific ends before i: most names)
    return next((n for n in (3, 2, 1) if i - n >= 0 and i < len(doc)
                 and malay_honorific([t.text for t in doc[i - n : i + 1]], 0) == n), 0)


#: Marks of an officer's retirement, in brackets between the rank and the name: "Brigadier General (rtd) X".
RETIRED = {"rtd", "retd", "ret", "retired"}


def honorifics_before(name: Span, words: set[str] = FORMS_OF_ADDRESS) -> int:
    """The index where a name's forms of address (or other ``words``) begin ("Dr. X" -> the index of "Dr."; "HE" for
    His Excellency; a Malaysian honorific: "Datuk Seri Utama X"), else its start."""
    doc, i = name.doc, name.start
    if i >= 2 and doc[i - 1].text in {"'", "‘", "’"} and not doc[i - 1].whitespace_ and doc[i - 2].whitespace_:
        i -= 1  # "Prime Minister Dr 'Aisake Eke": an apostrophe written for the glottal stop opening the name
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].lower_.rstrip(".") in RETIRED:
        i -= 3  # "Brigadier General (rtd) X": retired, the rank before
    while i >= 1 and (n := malay_honorific_before(doc, i)):
        i -= n
    while i >= 1 and (doc[i - 1].lower_ in words or excellency(doc[i - 1]) or doc[i - 1].text == "." and i >= 2
                      and doc[i - 2].lower_ in words and not doc[i - 2].whitespace_
                      or i >= 2 and doc[i - 1].lower_ in STYLE_NOUNS and doc[i - 2].lower_ in {"his", "her"}
                      or i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in words and i < name.start):
        # ("Dr the Hon. X": a doctor's title before the style)
        i -= 2 if doc[i - 1].lower_ in STYLE_NOUNS else 1  # "the President of Guyana, His Excellency Dr. X"
    if i < name.start and i >= 1 and doc[i - 1].lower_ in {"most", "right"}:
        i -= 1  # "the Most Honourable Dr. X", "the Right Honourable X"
    if i < name.start and i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1  # "the Prime Minister of Barbados, the Honourable X"
    return i


#: Words after a title and a hyphen that make it a post to be held: "Ambassador-designate", "Governor-elect".
DESIGNATE_WORDS = {"designate", "elect"}


def designate(tok: Token) -> bool:
    """``tok`` is the "designate" or "elect" of a title: "Ambassador-designate", "Prime Minister-elect"."""
    doc = tok.doc
    return tok.lower_ in DESIGNATE_WORDS and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].lower_ in gazetteer.title_words()


def abbreviation(tok: Token) -> str | None:
    """The abbreviated title a token and the full stop right after it spell: "Lt" "." -> "lt."."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "." or not tok.is_alpha:
        return None
    low = tok.lower_ + "."
    return low if low in gazetteer.title_words() else None


#: Nouns of a body of a state: "EU parliament president X" presides over the parliament, not the EU. (Not "cabinet":
#: "Israeli war cabinet minister X" is a minister of the state.)
CHAMBERS = {"parliament", "court", "council", "commission", "assembly", "senate", "congress", "committee",
            "tribunal", "bundestag", "duma"}


def singular_title(low: str) -> str | None:
    """The title of a plural ("heads" -> "head", "spokesmen" -> "spokesman"), if it is one."""
    titles = gazetteer.title_words()
    if low.endswith("men") and low[:-3] + "man" in titles:
        return low[:-3] + "man"
    if low.endswith("ies") and low[:-3] + "y" in titles:
        return low[:-3] + "y"  # "secretaries"
    return low[:-1] if low.endswith("s") and low[:-1] in titles else None


def names_listed_from(doc: Doc, k: int) -> list[Span]:
    """The people's names a list from token ``k`` on gives, joined by commas and "and" (an untagged given name
    the model left out between them): "A, B and C" after "his Malian, Burkinabe and Nigerien counterparts - "."""
    names = []
    while k < len(doc) and (doc[k].ent_type_ == PERSON or doc[k].lower_ in {",", "and"} or doc[k].is_title
                            and not doc[k].ent_type_):
        if doc[k].ent_type_ == PERSON and doc[k].ent_iob_ == "B" and (name := entity_at(doc, k)) is not None:
            names.append(name)
        k += 1
    return names


def plural_title(tok: Token) -> bool:
    """A title in the plural, before names joined by "and": "Acme heads X and Y"."""
    return tok.is_lower and singular_title(tok.lower_) is not None


def job_compound(tok: Token, block: TitleBlock, name: Span) -> bool:
    """A common noun qualifying a title already found ("intelligence" in "military intelligence chief",
    "board" in "VW board member"; in lower case even if tagged a proper noun): part of the title block,
    not its end."""
    if tok.lower_ in BODY_NOUNS:
        k = tok.i - 1  # (past the adjectives of a body's part: "CDU parliamentary group leader X")
        while k >= 1 and tok.doc[k].is_lower and tok.doc[k].pos_ == "ADJ":
            k -= 1
        if not (k >= 0 and isinstance(owner := party_of(tok.doc[k]), Span) and owner.label_ == ORGANIZATION):
            return False  # "the Polish party leader X" leads a party, not Poland; but "Green party whip X"
    # (a chamber only as a body's own part: "DA federal council chair X", not "the Kenyan parliament's committee")
    return (bool(block.titles) and not block.unlisted and tok.pos_ in {"NOUN", "PROPN"} and tok.is_lower and tok.is_alpha
            and (tok.lower_ not in CHAMBERS or tok.lower_ in BODY_NOUNS) and tok.dep_ in {"compound", "nmod", "amod"}
            and tok.i < tok.head.i < name.end)


#: Words of the form of a state: whose head a post's "of the" names ("the President of the Republic"), or a state's
#: formal name before "of" ("to the Sultanate of Oman", "of the Kingdom of Bahrain").
STATE_FORMS = {"republic", "kingdom", "federation", "confederation", "emirate", "sultanate", "principality", "state",
               "commonwealth", "grand", "duchy"}


def post_before(doc: Doc, k: int) -> bool:
    """Whether the words before token k end a post: a title word ("the Foreign Minister"), or a title and
    "of/for" and a portfolio ("Minister of Commerce and Industry")."""
    titles = gazetteer.title_words()
    j = k - 1
    while j >= 0 and (doc[j].lower_ in PORTFOLIO_WORDS | STATE_FORMS or doc[j].lower_ in {"and", "&", "the"}
                      or doc[j].text == "," and j >= 1 and doc[j - 1].lower_ in PORTFOLIO_WORDS and j < k - 1):
        j -= 1  # (and a list of portfolios: "Minister of Trade, Industry and Energy X")
    if j < k - 1:  # a portfolio, or the state: after "<title> of/for" ("the President of the Republic, X")
        return j >= 1 and doc[j].lower_ in {"of", "for"} and doc[j - 1].lower_ in titles
    where = entity_at(doc, j) if j >= 0 else None  # "the Secretary-General's personal envoy for Sudan, X"
    if where is not None and where.label_ != "PERSON" and where.end == k and where.start >= 2:
        s = where.start - 1 - (doc[where.start - 1].lower_ == "the")  # "Secretary of the Communist Party of X"
        t = s - 1  # (past a portfolio: "Minister of Foreign Affairs of the Republic of Tajikistan X")
        while t > max(0, s - 8) and (doc[t].lower_ in PORTFOLIO_WORDS | {"and", "&", "the"} or doc[t].lower_ in {
                "of", "for"} and doc[t + 1].lower_ in PORTFOLIO_WORDS):
            t -= 1
        return s >= 1 and doc[s].lower_ in {"for", "to", "of", "in"} and doc[t].lower_ in titles
    return j >= 0 and doc[j].lower_ in titles and doc[j].text[:1].isupper()


#: Family names that read as English function words: "General Secretary To Lam", "Deputy Foreign Minister Do Hung
#: Viet", "Vice Premier He Lifeng", "Minister An Ho-young".
FUNCTION_WORD_FAMILY_NAMES = {"An", "Do", "He", "Than", "To"}


def function_word_family_name(tok, person_next: bool = False) -> bool:
    """A family name that reads as a function word (``FUNCTION_WORD_FAMILY_NAMES``) right after a post on the same
    line: "To" of "General Secretary To Lam", of "General Secretary of the Communist Party of Viet Nam To Lam"; or
    capitalised after a lower-case word, before a name the model tagged (or the caller knows, ``person_next``, to be
    a person's): "is scheduled to meet To Lam", "Party chief To Lam"; or after a post and its comma ("his Myanmar
    counterpart, Than Swe,")."""
    doc, k = tok.doc, tok.i
    # (or in apposition to a post, before a name word: "his Myanmar counterpart, Than Swe,")
    apposed = k >= 2 and doc[k - 1].text == "," and doc[k - 2].lower_ in gazetteer.title_words() \
        and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper()
    return tok.text in FUNCTION_WORD_FAMILY_NAMES and k > 0 and (post_before(doc, k) or apposed or (
        doc[k - 1].is_lower and k + 1 < len(doc) and (person_next or doc[k + 1].ent_type_ in {"PERSON", PERSON}))) \
        and "\n" not in doc[k - 1].whitespace_ + tok.whitespace_


def function_word_name_end(tok) -> int | None:
    """"General Secretary To Lam held talks": the end of a name that opens with a :func:`function_word_family_name`,
    before one or two name words (joined by hyphens too) that lower-case text or punctuation follows on the same
    line; None otherwise, as in a title-case headline's "President To Visit China"."""
    if not function_word_family_name(tok):
        return None
    doc, k = tok.doc, tok.i
    end, words = k + 1, 0
    while end < len(doc) and words < 2 and is_name_word(doc[end]) and not doc[end].text.isupper():
        end, words = end + 1, words + 1
        if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # "An Ho-young"
    if words == 0 or end >= len(doc) or any("\n" in t.whitespace_ for t in doc[k - 1 : end]):
        return None
    return None if doc[end].is_alpha and doc[end].text[:1].isupper() else end


#: How many words a post before a name's comma may run to: "the Minister of Foreign Affairs, Cooperation and
#: Mauritanians Abroad of the Islamic Republic of Mauritania, Mr. X".
APPOSED_POST_WORDS = 18


def apposition_before(name: Span, comma: int | None = None) -> TitleBlock:
    """"the head of the Ifo think tank, X" and "the new president of the European Parliament, X"
    (``comma``: where the comma before the name is, if not right before it: "..., Dr. X")."""
    doc = name.doc
    titles, table = gazetteer.title_words(), gazetteer.titles()
    block = TitleBlock()
    start = name.start if comma is None else comma + 1  # where the name's forms of address begin
    i = start - 2
    stop = max(-1, words_back(doc, start, APPOSED_POST_WORDS))
    hosts: list = []
    listed = False  # past a comma of a list of portfolios
    while i > stop:
        tok = doc[i]
        if tok.text == "," and not block.titles and i >= 1 and doc[i - 1].lower_ in PORTFOLIO_WORDS \
                and post_before(doc, i):
            i -= 1  # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, X": the list goes on
            listed = True
            continue
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {",", ";", ".", '"'}:
            if tok.text == "," and i >= 1 and doc[i - 1].ent_type_ == PERSON and doc[i + 1].lower_ != "and":
                return TitleBlock()  # "X, president of Y, Z, ...": the post is X's apposition, not Z's (but
                # "X, and Pakistan's envoy for Y, Z": the next of a list)
            break
        if tok.ent_type_ == PERSON and not block.titles:
            return TitleBlock()  # "..., Sierra Leone's President Julius Bio, Touray said": the post is Bio's
        if tok.ent_type_ == PERSON:
            break  # "India's Minister Y and China's special envoy for climate change, X": X's post begins after Y
        if host_word(tok):
            hosts += [p for p in block.parties if not any(p is h for h in hosts)]
        party = party_of(tok)
        if party is tok and i >= 1 and doc[i - 1].lower_ in {"for", "on"} and i + 1 < len(doc) \
                and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower:
            party = None  # "the head of the UN agency for Palestinian refugees, X": whom the body serves
        if party is not None and not any(p is party or p == party for p in block.parties):
            block.parties.insert(0, party)
        place = entity_at(doc, i) if party is None and i >= 1 and doc[i - 1].lower_ == "of" else None
        if place is not None and place.label_ == PLACE and place.start == i:
            block.places.insert(0, place)  # "the Governor of Bihar, X"
        if (tok.lower_ in titles or i >= 1 and f"{doc[i - 1].lower_} {tok.lower_}" in table) \
                and not (tok.ent_type_ and entity_at(doc, i).label_ != PERSON) \
                and not (tok.dep_ == "amod" and tok.head.i > i and tok.head.lower_ not in titles
                         and any(t.ent_type_ for t in doc[i + 1 : tok.head.i])):
            if not block.titles and doc[i + 1].lower_ in {"'s", "’s"}:
                return TitleBlock()  # "Two days before the Ghanaian leader's arrival, X spoke": the post of the
                # one whose arrival it was, not X's
            if not block.titles and other_clause_object(tok, name) and name.end < len(doc) \
                    and doc[name.end] == name.root.head:
                return TitleBlock()  # "Asked whether Y might invite the general to Dhaka, X said": the one invited
                # (not "to meet the chairman of Y, X, a spokesperson said", whatever the parse)
            block.titles.insert(0, tok.lower_)  # not a name's word: "the Court of Justice in Y, X"; the last word
            # of a post of two that is no title alone: "Russia's chargé d'affaires, X"; not an adjective of another
            # noun, a name between: "In a post on his official Facebook page, X said" (but "chief mediator, X")
            while i >= 1 and (doc[i - 1].lower_ in MODIFIERS or f"{doc[i - 1].lower_} {doc[i].lower_}" in table) \
                    and not doc[i - 1].ent_type_:
                i -= 1  # "The Deputy Prime Minister and Minister for Defence, X": the words of a post of several;
                # "the UN humanitarian coordinator for Y, X": of a post of two words
                block.titles.insert(0, doc[i].lower_)
            if i == 0 or doc[i - 1].lower_ in {"the", "a", "an"} or doc[i - 1].pos_ in {"DET", "PRON"}:
                break
            if doc[i - 1].pos_ in {"ADJ", "PROPN"} and not (i >= 3 and doc[i - 2].lower_ in {"'s", "’s"}):
                owner = party_of(doc[i - 1])  # "The UN Special Envoy for Y, X": the body right before the post
                near = start - i <= 8 or listed or len(loose_words(doc[i:start], titles)) <= 1
                # (not a post far before: "a Y Court nominee after his colleague (...), X"; but a post of a list of
                # portfolios: "Mauritanian Minister of A, B and C, X", or a long one: "The UN Secretary-General's
                # Special Envoy for the Great Lakes region, X")
                if owner is not None and near and not any(p is owner or p == owner for p in block.parties):
                    # the owner of the post first, but last (the nearest) over the words of a list of portfolios:
                    # "Mauritanian Minister of (...) and Mauritanians Abroad, X" is Mauritania's minister
                    block.parties[len(block.parties) if listed else 0:0] = [owner]
                break  # but "Kazakhstan's special envoy for Y, X": on to the owner of the post
        i -= 1
    if not block.titles:
        return TitleBlock()
    block.parties = without_hosts(block.parties, hosts)
    if block.role == "topic":
        block.parties = possessors(block.parties)
        return block if block.parties else TitleBlock()
    return block


def words_back(doc: Doc, start: int, words: int) -> int:
    """The index ``words`` words before ``start``, a name or a short name in brackets counted as one word: "the
    Executive Secretary of the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP), X"."""
    i = start - 1
    for _ in range(words):
        if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
            i -= 3
        elif i >= 0 and doc[i].ent_iob_ == "I":
            i = entity_at(doc, i).start - 1
        else:
            i -= 1
    return i


def loose_words(words: Span, titles: set[str]) -> list[Token]:
    """The words of a stretch before a name that are no part of a title phrase: no title, modifier, glue, name,
    portfolio or punctuation ("after his colleague" before "X"; "region" of "Special Envoy for the Great Lakes region";
    not "Security Policy" of "High Representative for Foreign Affairs and Security Policy")."""
    return [t for t in words if not (t.lower_ in titles or t.lower_ in MODIFIERS or t.lower_ in GLUE or t.ent_type_
                                     or t.is_punct or t.lower_ in OWNER_MARKS or t.lower_ in PORTFOLIO_WORDS)]


def possessors(parties: list) -> list:
    """The organisations owning a topic title: "Greenpeace's energy expert" works for Greenpeace
    (but "Syria expert", "Russia's expert on Syria" name no employer)."""
    doc = parties[0].doc if parties else None
    return [p for p in parties if isinstance(p, Span) and p.label_ == ORGANIZATION and p.end < len(doc)
            and doc[p.end].text in {"'s", "’s"}]


def after_name(name: Span) -> int:
    """The index after a name and any age apposition: "X , 47 , of the Y" -> the second comma; "X , 54 , of
    Longridge , a director" -> the third."""
    doc, i = name.doc, name.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        home = entity_at(doc, i + 4) if i + 4 < len(doc) and doc[i + 3].lower_ == "of" else None
        if home is not None and home.label_ == PLACE and home.end < len(doc) and doc[home.end].text == ",":
            return home.end  # "X, 54, of Longridge, a director of Y": where X lives, then the post
        return i + 2
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].text in {"D", "R", "I"} and doc[i + 2].text in {"-", "–"}:
        close = next((k for k in range(i + 3, min(len(doc), i + 6)) if doc[k].text == ","), None)
        if close is not None:
            return close  # "Sen. X, D-Calif., chairman of ...": the party and state tag sits between
    while i + 2 < len(doc) and doc[i].text == "," and (close := letters_after_name(doc, i + 1)) is not None:
        i = close  # "X, Jr., chairman of", "X, GCSK, FRCP, will hold": a generation's suffix, honours
    if i < len(doc) and doc[i].text == "(":  # "X ( Y ) , deputy leader of ...": another form of the name
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in {",", "of"}:
            return close + 1  # "X ( Y ) , deputy leader of", "X ( 2799 1017 ) of the Y"
    return i


def letters_after_name(doc: Doc, k: int) -> int | None:
    """The comma closing a generation's suffix or honours' letters set after a name between commas ("Jr.", "III",
    "EGH", "GCSK") that open at ``k``, else None."""
    tok = doc[k]
    end = k + 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")
    found = end < len(doc) and doc[end].text == "," and not tok.ent_type_ and (
        tok.lower_.rstrip(".") in GENERATION_SUFFIXES or REGNAL_NUMBER.match(tok.text) is not None
        or tok.is_alpha and tok.is_upper and 2 <= len(tok) <= 5)
    return end if found else None


#: Verbs of reporting whose subject may follow a name after a comma, looking like its apposition.
REPORT_VERBS = {"report", "say", "tell", "announce", "quote", "cite", "confirm", "add", "write"}


def host_word(tok: Token) -> bool:
    """"in", or "to"/"for"/"on" after an envoy's title: what follows is where a post is held ("the commander of
    Y forces in Z", "ambassador to Z", "special envoy for Afghanistan", "Laos' special envoy on Myanmar"), not
    the body or country the holder acts for."""
    return tok.lower_ == "in" or tok.lower_ in {"to", "for", "on"} and envoy_before(tok)


#: Nouns of a state's or body's mission abroad, whose "to" names where it is: "the Delegation of the EU to Ghana".
MISSION_NOUNS = {"delegation", "mission", "embassy"}


def envoy_before(tok: Token) -> bool:
    """The token comes right after an envoy's title, or after its country: "ambassador to", "envoy in",
    "Ambassador of Japan to"."""
    doc, k = tok.doc, tok.i - 1
    ent = entity_at(doc, k) if k >= 0 else None
    if ent is not None and ent.start >= 2:
        k = ent.start - 1 - (doc[ent.start - 1].lower_ == "the")
        k = k - 1 if k >= 1 and doc[k].lower_ == "of" else -1
    table = gazetteer.titles()
    while k >= 2 and doc[k].lower_ in ENVOY_RANK_WORDS:
        k -= 1  # "Ambassador Extraordinary and Plenipotentiary of Georgia to"
    if k >= 2 and doc[k].lower_ in {"designate", "elect"} and doc[k - 1].text in {"-", "–"}:
        k -= 2  # "Ambassador-designate of Japan to"

    def diplomat(k: int) -> bool:  # (or a mission's noun: "the Delegation of the European Union to Ghana")
        return k >= 0 and ("diplomat" in {table.get(doc[k].lower_), k >= 1 and table.get(
            f"{doc[k - 1].lower_} {doc[k].lower_}")} or doc[k].lower_ in MISSION_NOUNS)

    if diplomat(k):
        return True
    # "the Special Envoy of the UN Secretary-General for Yemen": the envoy's title before whose envoy it is
    j = k
    while j >= 1 and (doc[j].lower_ in table or doc[j].lower_ in MODIFIERS or doc[j].text in {"-", "–"}
                      or doc[j].ent_type_ == ORGANIZATION or doc[j].lower_ == "the"):
        j -= 1
    return k >= 0 and j < k and doc[j].lower_ == "of" and diplomat(j - 1)


def without_hosts(parties: list, hosts: list) -> list:
    """The parties of a title block less those only hosting the post: an envoy's host country
    ("ambassador to/in Z"), or the place after "in" when another party is named ("Y forces in Z")."""
    if not hosts:
        return parties
    rest = [p for p in parties if not any(p is h for h in hosts)]
    return rest if rest or any(envoy_before(preposition_before(h)) or in_envoy_remit(h) for h in hosts) else parties


def in_envoy_remit(party) -> bool:
    """The party is inside what an envoy's post is for: "Special Representative for the South Caucasus and the crisis
    in Z" (Z the remit's, not the envoy's)."""
    doc = party.doc
    k = (party.i if isinstance(party, Token) else party.start) - 1
    for j in range(k, max(-1, k - 12), -1):
        if doc[j].text in {",", ";", "("} or doc[j].lower_ in gazetteer.title_words():
            return False  # (not "Special Representative for West Africa and Head of Z": Z the second post's)
        if doc[j].lower_ in {"for", "on"} and envoy_before(doc[j]):
            return True
    return False


def preposition_before(party) -> Token:
    """The word before a party, skipping "the" and a state's formal name: "to (the) Z", "to the Sultanate of Z"."""
    doc = party.doc
    k = (party.i if isinstance(party, Token) else party.start) - 1
    k -= k >= 1 and doc[k].lower_ == "the"
    while k >= 2 and doc[k].lower_ == "of" and doc[k - 1].lower_ in STATE_FORMS:
        k -= 2  # "the Sultanate of"
        while k >= 1 and doc[k].lower_ in STATE_FORMS | {"islamic", "arab", "democratic", "people's", "united"}:
            k -= 1  # "the Islamic Republic of", "the United Kingdom of"
        k -= k >= 1 and doc[k].lower_ == "the"
    return doc[max(k, 0)]


def acronym(tok: Token) -> bool:
    """An all-capitals word the model left unnamed: "PSD"."""
    return tok.is_alpha and tok.is_upper and len(tok) >= 2


def bracketed_org(doc, i: int, opening: bool = False) -> Span | None:
    """The organisation named alone inside the brackets closing at token i (or opening there):
    "( MSZP )", "( Republican People's Party )"."""
    if opening:
        ent = entity_at(doc, i + 1) if i + 1 < len(doc) and doc[i].text == "(" else None
        ok = ent is not None and ent.start == i + 1 and ent.end < len(doc) and doc[ent.end].text == ")"
    else:
        ent = entity_at(doc, i - 1) if i >= 1 and doc[i].text == ")" else None
        ok = ent is not None and ent.end == i and ent.start >= 1 and doc[ent.start - 1].text == "("
    return ent if ok and ent.label_ == ORGANIZATION else None


def object_of_verb(tok: Token) -> bool:
    """The object of a verb, directly or through "with": "met X", "met with X"."""
    return tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in {"VERB", "AUX"}


#: Verbs whose object's "of" tells what they say of it: "accused X of bias towards Y", "suspected X of links to Y".
CHARGE_VERBS = {"accuse", "suspect", "convict", "acquit", "charge", "clear", "absolve", "warn", "remind", "inform",
                "notify", "rob", "deprive", "strip", "relieve", "cure", "rid"}


def of_party(name: Span) -> Span | None:
    """"X of the German Institute for Security Affairs", "Vladimir Putin of Russia", "X, of the Y",
    "X of the globalisation - critical network Y" (the party within eight words)."""
    doc = name.doc
    i = after_name(name)
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in {"of", "at", "from"}:
        return None
    above = not doc[i].head.ent_type_ and any(a.i == doc[i].head.i for a in name.root.ancestors)
    if doc[i].lower_ == "of" and name.root.dep_ == "dobj" and name.root.head.lemma_.lower() in CHARGE_VERBS:
        return None  # "accused X of bias towards the RSF": what X is accused of
    if doc[i].lower_ == "at" and (doc[i].head.pos_ in {"VERB", "AUX"} or object_of_verb(name.root) or above
                                  or name.root.dep_ == "pobj" and name.root.head.head.pos_ == "VERB"):
        return None  # "was shot by X at the Y Exposition", "met X at the State Department", "the calls of X at the
        # Y Office" (on a common noun above the name), "received Secretary of State for Z Affairs X at the Y" (X
        # hung on the verb's "for"): where, not X's employer
    for j in range(i + 1, min(len(doc), i + 9)):
        ent = entity_at(doc, j)
        if ent is not None and ent.label_ == PLACE and doc[i].lower_ == "at" and not institution(ent):
            return None  # "X at UEFA headquarters in Nyon (on Thursday about Germany's bid)": where X was
        if ent is not None and (ent.label_ in PARTY_LABELS or institution(ent)):
            if doc[i].lower_ == "from" and not (ent.label_ == ORGANIZATION or institution(ent)):
                return None  # "X from Ruritania": where one comes from; but "X from the Y Museum" works there
            # "at the G20 summit": a name modifying another noun is not the party itself
            if ent.end + 1 < len(doc) and doc[ent.end].text in {"'s", "’s"} and doc[ent.end + 1].text[:1].isupper():
                unit = entity_at(doc, ent.end + 1)  # "of Harvard 's Y School": the unit (its owner: owner_body)
                owned = unit is not None and unit.label_ == ORGANIZATION and doc[i].lower_ == "of"
                return unit if owned else None  # not "at Ford 's Theater": the name owns a place, it is not the party
            if ent.root.dep_ == "compound" and ent.root.head.lower_ not in BODY_NOUNS:
                return None  # "at the G20 summit"; but "of the Northtown Workers union" names the body
            return ent
        if doc[j].pos_ in {"VERB", "AUX"} and doc[j].lower_ != "based" or doc[j].text in {",", ".", ";"}:
            return None  # but "of the Northtown - based Y Society": a place where the body sits
    return None


def owner_body(party: Span, kinds=frozenset({ORGANIZATION})) -> Span | None:
    """The organisation (or other of ``kinds``) owning a unit named right after it: "Harvard University 's Y
    School" -> Harvard University; None if none."""
    doc = party.doc
    if party.start < 2 or doc[party.start - 1].text not in {"'s", "’s"}:
        return None
    owner = entity_at(doc, party.start - 2)
    return owner if owner is not None and owner.label_ in kinds else None

