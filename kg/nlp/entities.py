"""kg_entities: correct the statistical NER with evidence from the document and gazetteers.

Runs after spaCy's ``ner``. Rewrites ``doc.ents`` so that the four kinds kg keeps carry the
labels ``Person``, ``Organization``, ``Country`` and ``Place``; other spaCy labels (DATE, NORP,
...) are left as they are for later components.

Rules, in order:
0. recase: lines in capitals (headlines, datelines) and a title-case headline are tagged
   again on a copy with their words in running-text case (``EntityFixer.recase``; the lines
   of the text are :mod:`kg.nlp.lines`).
1. trim: a people's adjective and a body named by common words only, tagged apart, are one
   body ("Russian" + "Foreign Ministry", and in lower case "the Chinese foreign ministry"), and so are two countries joined by a hyphen and a body's words after
   them ("the US-China Business Council", ``pair_bodies``); cut spans at line breaks and brackets, drop articles, leading stop words, numbers
   and scores ("Northtown 4"), possessives and lower-case words at the ends, drop lower-case
   spans and photo credits ("File Photo/Reuters") (:mod:`kg.nlp.entity_spans`).
   Spans the model labels PRODUCT/EVENT/WORK_OF_ART are read as a venue, a club or a titled
   person when their words say so (``entity_types.relabel_other``); people's names go on through
   a quoted nickname, a hyphenated Korean given name, a given name left out before them and a
   surname after a title; organisations' names through Romance particles and "St."
2. type from evidence: a title before or an apposition after marks a person; gazetteers
   name countries, cities and organisations; cue words of organisations' names (Party,
   Ministry, FC... in data/cue_words.tsv); a town named as a side in a sports result or in
   a results/standings line is a club (:mod:`kg.nlp.sports`); a common given name
   (gender-guesser's dictionary) or initials before a surname mark a person
   (:mod:`kg.nlp.entity_types`, :mod:`kg.nlp.entity_evidence`, :mod:`kg.nlp.entity_people`).
   Also: a press noun before a name ("the daily X"); a natural feature's noun after it ("the X
   peak"); "on the X"; "the government/Battle of X"; a people's adjective and a state's word
   ("German Reich"); names of events are dropped; in sports reports the other side of a match
   ("lost to X", "against X"), a team's nickname ("the Royal Blues") and a club's word alone.
   Names before a region's plural are places ("X and Y counties"); a one-word name before
   ", who" is a person ("Mason, who headed Y"); a rank's abbreviation is never a name ("Lt.").
3. one name, one type: a name (or a surname of a full name) that is a person once is a
   person everywhere in the document, and a place by what is said of it is a place everywhere
   (``entity_types.harmonise``).
4. recall: known countries and organisations, surnames of the document's people,
   "Given Surname" and "J. Surname" pairs, and the sides opening rows of a standings table
   are added where the model missed them (:mod:`kg.nlp.entity_recall`); then unknown one-word
   names in a list with an organisation and no person are organisations (``listed_with_bodies``), and a
   given name the model tagged as a body's last word goes to the person after it (``given_names_out_of_bodies``:
   "the Kyrgyz Republic Sadyr" + "Nurgojoevich Japarov"); days the
   model left untagged ("This morning", "yesterday") are dates (``missed_days``); no person's name opens with the
   end of a title begun before it ("Grand" + "Duke Henri", ``without_title_end``); a venue's name before a building
   noun in lower case is a place ("the Ritz-Carlton hotel", ``venues_before_nouns``); a body's name the model cut in
   parts is whole up to the acronym in brackets it spells ("... Cooperation (BIMSTEC)", ``bracketed_long_forms``);
   a headline's name glued to a country's ("tells Xi Australia") is the person, then the country
   (``countries_after_people``); a state's people's word before a title is the state ("Bavarian Minister-President
   X", ``region_by_people``); a well-known politician's whole name the model missed is a person ("the Communist
   Party of Vietnam To Lam", ``known_people_missed``), and no person's name opens with a body's last word taken in
   after its "and" ("the Office for Kosovo and" + "Metohija Petar Petković", ``without_body_end``).

The words these modules share (name words, the English dictionary) are in :mod:`kg.nlp.entity_words`.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.model import ORGANIZATION, PERSON, PLACE
from kg.nlp import gazetteer
from kg.nlp.entity_evidence import (
    AFFAIRS_WORDS,
    affairs_remit,
    before_common_noun,
    facility_start,
    has_org_cue,
    in_a_venue,
)
from kg.nlp.entity_people import (
    given_name_tagged_body,
    known_as,
    listed_name_with_people,
    person_by_role,
    state_before_name,
    subhead_word,
    surname_tagged_place,
)
from kg.nlp.entity_recall import (
    dateline_city,
    known_bodies_over,
    known_people_missed,
    known_venues_over,
    venues_before_nouns,
    linked_cities_over,
    missed,
    missed_days,
)
from kg.nlp.entity_spans import (
    HYPHENS,
    body_remit_ends,
    extend_org,
    possessive_city,
    romance_tail,
    slash_joined,
    title_completed,
    trim,
    with_demonym,
    without,
    without_role,
    without_body_end,
    without_title_end,
)
from kg.nlp.entity_types import (
    OTHER_LABELS,
    acronyms_of_bodies,
    bracketed_long_forms,
    countries_after_people,
    countries_out_of_people,
    decide_type,
    given_names_out_of_bodies,
    harmonise,
    listed_with_bodies,
    people_out_of_bodies,
    quoted_nicknames,
    region_by_people,
    relabel_other,
    seat_after,
    seat_at_venue,
    titles_only,
)
from kg.nlp.entity_words import (
    CALENDAR_WORDS,
    CITY,
    INITIAL,
    PORTFOLIO_WORDS,
    CommonWords,
    glued_surname,
    hyphen_country,
    known_name,
    surnames_of,
)
from kg.nlp.lines import capital_lines, cased_forms, credit_tokens, forget_lines, lines
from kg.nlp.memo import remembering
from kg.nlp.names import FORMS_OF_ADDRESS
from kg.nlp.paragraphs import city_date_line_end, dateline_end, inner_apostrophe, inner_hyphen
from kg.nlp.person_spans import (
    extend_person,
    family_mentions,
    join_overlapping_people,
    split_people,
    without_malay_style,
)
from kg.nlp.sports import (
    forget_sentences,
    result_line_sides,
    sports_document,
    sports_names,
)
from kg.nlp.titles import acronym

#: spaCy labels that may name one of our four kinds.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: Prepositions a topic opens with after a name the model ran on into it: "a meeting with Iwaya on the Indo-Pacific".
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning"}
#: Prepositions and conjunctions that spaCy's stop list lacks (headlines capitalise them).
FUNCTION_WORDS = {"amid", "amidst", "despite", "via", "versus", "vs", "vs.", "v", "plus", "minus", "till", "unlike", "near"}


@Language.factory("kg_entities")
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    return EntityFixer(nlp, name)


class EntityFixer:
    """The kg_entities component: the rules of the module docstring, in that order, on each Doc."""

    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab)  # known organisations for recall: case-sensitive, whole tokens
        known = gazetteer.organization_names()
        self.matcher.add(ORGANIZATION, [nlp.make_doc(n) for n in known if not n.startswith("the ")])
        self.venues = PhraseMatcher(nlp.vocab)  # well-known venues of diplomacy: "St Peter's Basilica"
        self.venues.add(PLACE, [nlp.make_doc(n) for n in gazetteer.venue_names()])
        self.politicians = PhraseMatcher(nlp.vocab)  # well-known politicians' whole names: "To Lam"
        self.politicians.add(PERSON, [nlp.make_doc(n) for n in gazetteer.politician_full_names()])
        self.common_word = CommonWords(nlp)  # the English dictionary, read at the first question

    def __call__(self, doc: Doc) -> Doc:
        with remembering(doc):  # (before the entities change)
            ents = self.entities(doc)
        doc.ents = ents
        forget_lines(doc)  # a later component may retokenize
        forget_sentences(doc)
        doc.user_data.pop("kg.credit_tokens", None)
        return doc

    def entities(self, doc: Doc) -> list[Span]:
        """The document's entities: the model's corrected, completed and typed (kg's labels for names)."""
        ents = shared_affairs_bodies(pair_bodies(whole_countries(whole_cities(whole_datelines(
            [relabel_other(region_by_people(e)) for e in with_demonym(self.recase(doc), self.common_word)])))))
        spans = [without_role(p, self.common_word) for e in ents if e.label_ in NAME_LABELS
                 for p in trim(e, self.common_word)]
        typed = [(s, decide_type(s)) for s in spans]
        typed = countries_after_people([(s, t) for s, t in typed if t is not None])  # a headline's "tells Xi
        # Australia will": Xi, then Australia
        if not sports_document(doc):
            typed = one_name_of_adjacent_people(typed)
        typed = [(s, PERSON if t in (ORGANIZATION, PLACE) and person_by_role(s, self.common_word) else t) for s, t in typed]
        typed = [(Span(doc, s.start, end, label="PERSON"), PERSON) if t != PERSON and (end := given_name_tagged_body(s))
                 else (s, t) for s, t in typed]  # "foreign minister, Esteban" + "Ocampo Villalba"
        typed = [(Span(doc, s.start + 1, s.end, label="PERSON"), PERSON) if t != PERSON and state_before_name(s)
                 else (s, t) for s, t in typed]  # "President of the Republic" + "Alar Karis"
        typed = [(Span(doc, s.start - 1, s.end, label="PERSON"), PERSON) if t == PLACE and surname_tagged_place(s)
                 else (s, t) for s, t in typed]  # "Ambassador Steffen" + "Seibert" tagged a place
        typed = [(extend_org(s) if t == ORGANIZATION else extend_person(s) if t == PERSON else romance_tail(s)
                  if t == PLACE else s, t) for s, t in typed]
        typed = [(title_completed(s) if t in (ORGANIZATION, PLACE) else s, t) for s, t in typed]  # "... of the Prime"
        typed = body_remit_ends(typed, self.common_word)
        typed = family_mentions(quoted_nicknames(join_overlapping_people(typed)))
        if sports_document(doc):
            typed = sports_names(typed)
        typed = harmonise(typed)
        surnames = surnames_of(typed)
        # "T.Narbaeva" tagged a body after "Tanzila Narbaeva": the person, initials glued to the name
        typed = [(s, PERSON) if t != PERSON and len(s) == 1 and glued_surname(s.text) in surnames else (s, t)
                 for s, t in typed]
        typed = split_people(typed)
        # "a separate meeting with Iwaya on the Indo-Pacific" tagged one body: the person, then a topic
        typed = [(Span(doc, s.start, s.start + 1, label="PERSON"), PERSON) if t != PERSON and len(s) > 2
                 and s[0].text in surnames and s[1].is_lower and s[1].lower_ in TOPIC_PREPOSITIONS else (s, t)
                 for s, t in typed]
        typed = [(s, t) for s, t in typed
                 if not (t == PERSON and s.text not in surnames and subhead_word(s, self.common_word))]
        people = {i for s, t in typed if t == PERSON for i in range(s.start, s.end)}
        # (not a post's seat the parser lists with its holder: "its consul general in Barentsburg, Pavel Ignatov")
        typed = [(extend_person(s), PERSON) if t in (ORGANIZATION, PLACE) and not has_org_cue(s)
                 and listed_name_with_people(s, people, self.common_word) and not in_a_venue(s) else (s, t)
                 for s, t in typed]
        known = self.matcher(doc)  # the known organisations' names, (match id, start, end)
        typed = known_bodies_over(doc, typed, known, self.common_word)  # "Pacific Islands Forum", not a place
        typed = linked_cities_over(doc, typed)  # "Port of Spain", not "Port" and "Spain"
        typed = known_venues_over(doc, typed, self.venues(doc))  # "St Peter's Basilica", not "St Peter"
        typed = venues_before_nouns(doc, typed)  # "the Ritz-Carlton hotel"
        typed = [(s, PLACE if t == ORGANIZATION and seat_at_venue(s) else t) for s, t in typed]
        # "at NATO headquarters": the body's building
        typed = [(Span(doc, s.start, s.end + 1), PLACE) if t == ORGANIZATION and seat_after(s) else (s, t)
                 for s, t in typed]
        # (a name of two words found only now goes on as the model's do: through a hyphen, "Kamla Persad" +
        # "-Bissessar", or back through a patronymic, "Khalid bin" + "Abdulaziz Al-Falih"; not a surname alone: "the
        # Keller-Morel talks")
        found = [(extend_person(s) if t == PERSON and len(s) > 1 else s, t)
                 for s, t in missed(doc, typed, known, self.common_word)]
        found += known_people_missed(doc, typed + found, self.politicians(doc))
        # "Lindqvist" tagged ORG, "Karin Lindqvist" found only now (or made a person by the names listed with it)
        late = surnames_of(found + typed) - surnames
        late |= {s.text for s, t in found if t == PERSON and len(s) > 1}  # and the whole name tagged ORG elsewhere
        late |= {s.text for s, t in found if t == PERSON and known_as(s[0]) is not None}  # "known as Madobe"
        # (with the given name the model left out before it: "Norway's Tore" + "Sandvik")
        # (or a people's word: "Tatar, whose state ..." after "Ersin Tatar")
        typed = [(extend_person(s), PERSON) if (t in (ORGANIZATION, PLACE) or t == "NORP" and not before_common_noun(
                 s)) and s.text in late and not has_org_cue(s) and not gazetteer.country(s.text) else (s, t)
                 for s, t in typed] + found
        if not sports_document(doc):  # "Samia Suluhu" found again beside the model's "Hassan"
            typed = one_name_of_adjacent_people(typed)
        typed = acronyms_of_bodies(people_out_of_bodies(given_names_out_of_bodies(listed_with_bodies(typed))))
        typed = bracketed_long_forms(typed)  # "Bengal Initiative" + "for Multi-Sectoral ... Cooperation (BIMSTEC)"
        typed = countries_out_of_people(typed)  # "President of the Lao PDR Thongloun Sisoulith"
        typed = [(Span(doc, k, s.end), PLACE) if (k := facility_start(s)) is not None else (s, t) for s, t in typed]
        sides = result_line_sides(doc)  # "Northtown 2 Southville 1": the clubs, whatever parts the model tagged
        if sides:
            inside = {i for s in sides for i in range(s.start, s.end)}
            typed = [(s, t) for s, t in typed if not inside & set(range(s.start, s.end))]
            typed += [(s, ORGANIZATION) for s in sides]
        credit = credit_tokens(doc) | kicker_tokens(doc, self.common_word)
        typed = [(s, t) for s, t in typed if s.start not in credit]
        typed = [(without_body_end(without_title_end(s)) if t == PERSON else s, t) for s, t in typed]
        kept = [Span(doc, s.start, s.end, label=t) for s, t in typed]
        names = {i for s in kept for i in range(s.start, s.end)}
        others = [o for o in (without(e, names) for e in ents if e.label_ not in NAME_LABELS) if o is not None
                  and not (o.label_ in OTHER_LABELS and titles_only(o))]  # "The King and Queen" tagged WORK_OF_ART
        taken = {i for s in kept + others for i in range(s.start, s.end)}
        others += [d for d in missed_days(doc) if not taken & set(range(d.start, d.end))]  # "This morning", untagged
        return filter_spans(kept + others)

    # -- lines in capitals ------------------------------------------------------------------

    def recase(self, doc: Doc) -> list[Span]:
        """The model's entities, with those of lines in capitals found again on a case-restored copy.

        The statistical NER has learnt from mixed-case text and tags headlines and datelines in
        capitals badly ("LEICESTERSHIRE TAKE OVER"). Each such line is copied with its words in
        their likely case (see ``restore_case``), the ``ner`` component runs on the copy, and its
        entities are mapped back by token offsets (the copy has the same tokens).
        """
        segments = [(s, e) for s, e in capital_lines(doc) if self.headline_like(doc[s:e])]
        if not segments or "ner" not in self.nlp.pipe_names:
            return list(doc.ents)
        ner = self.nlp.get_pipe("ner")
        seen = cased_forms(doc, segments)
        inside = {i for start, end in segments for i in range(start, end)}
        ents = [e for e in doc.ents if not inside & set(range(e.start, e.end))]
        copies = [Doc(doc.vocab, words=[self.restore_case(t.text, seen) for t in doc[start:end]],
                      spaces=[bool(t.whitespace_) for t in doc[start:end]]) for start, end in segments]
        for (start, _), copy in zip(segments, ner.pipe(copies)):  # the lines in one batch
            ents += [Span(doc, start + e.start, start + e.end, label=e.label_) for e in copy.ents]
        return sorted(ents, key=lambda e: e.start)

    def headline_like(self, line: Span) -> bool:
        """A line in capitals, or a title-case line with common words capitalised (a headline,
        not a list of names)."""
        words = [t.text for t in line if t.is_alpha and len(t) > 3]
        if any(w.isupper() for w in words):
            return True
        doc = line.doc
        dated = {i for s, e in lines(doc) if e <= line.start and city_date_line_end(doc, s) is not None
                 for i in range(s, e)}  # "PRESS RELEASE - Monrovia, Thursday, January 29, 2026" over it
        nxt = next((t.i for t in doc[line.end :] if not t.is_space), None)
        if line.end >= len(doc) - 1 or not all(t.is_space or t.is_punct or t.text.isupper() or not t.is_alpha
                                               or t.i in dated for t in doc[: line.start]) and not (
                nxt is not None and dateline_end(doc, nxt) is not None):
            return False  # title case is recased only in a headline: the first line (after a letterhead in capitals
            # only: "MINISTRY OF FOREIGN AFFAIRS / PRESS RELEASE", or a dateline), with body text after it, or a
            # line over a dateline (a page of dispatches: "X Visits Y Palace" over "Pyongyang, August 14 (KCNA) --")
        common = [w for w in words if self.common_word(w.lower()) and not known_name(w)]
        return len(common) >= 2 and len(common) >= 0.4 * len(words)

    def restore_case(self, word: str, seen: dict[str, str]) -> str:
        """A word in capitals as it would be written in running text: names capitalised,
        common words in lower case. The document's own mixed-case text decides first."""
        if not word[:1].isupper() or not any(c.isalpha() for c in word):
            return word
        low = word.lower()
        if low in seen:
            return seen[low]
        if low in STOP_WORDS or low in FUNCTION_WORDS:
            return low
        if not word.isupper():  # title case: only common words the document never capitalises go down
            return low if self.common_word(low) and (not known_name(word) or small_town_word(word)) else word
        if len(word) <= 4 and (gazetteer.organization(word) or gazetteer.country(word)):
            return word  # an acronym: NATO, UN, US
        cap = "-".join(part.capitalize() for part in word.split("-"))
        if known_name(cap):
            return cap  # given names are not asked: many are common words too ("Beat", "Will")
        if self.common_word(low):
            return low
        if len(word) <= 3 and word.isalpha():
            return word  # an unknown short word in capitals is more likely an acronym
        return cap


def small_town_word(word: str) -> bool:
    """A word the gazetteers know only as a small town's name, ending as a verb of the third person does ("Marks" of
    "Foreign Minister X Marks 70 Years of ..."): in a headline in title case, a verb of the dictionary, not a name."""
    low = word.lower()
    return bool(gazetteer.city(word)) and gazetteer.city_population(word) < CITY and not (
        gazetteer.capital_country(word) or gazetteer.country(word) or gazetteer.demonym(word)
        or gazetteer.organization(word)) and low.endswith("s") and len(low) > 3


def whole_datelines(ents: list[Span]) -> list[Span]:
    """"KUALA" tagged alone of "KUALA LUMPUR, Oct 26 -": a name opening a dateline is its whole city."""
    out: list[Span] = []
    for e in ents:
        end = dateline_city(e[0]) if e.start == e[0].i else None
        if end is not None and end > e.end:
            e = Span(e.doc, e.start, end, label="GPE")
        if not (out and out[-1].end > e.start):
            out.append(e)
    return out


def whole_cities(ents: list[Span]) -> list[Span]:
    """"Bahru" tagged alone (a PERSON) of "in Johor Bahru": a name whose capitalised word before it makes the
    name of a city of 100,000 people or more is that city; "St. John" of "in St. John's": a name whose "'s" after it
    ends a city's name is that city."""
    out: list[Span] = []
    for e in ents:
        if e.end < len(e.doc) and inner_apostrophe(e.doc, e.end, e.start) \
                and possessive_city(e.doc[e.start : e.end + 1]):
            e = Span(e.doc, e.start, e.end + 1, label="GPE")
        k = e.start - 1
        if k >= 0 and e.doc[k].text[:1].isupper() and e.doc[k].is_alpha and not e.doc[k].ent_type_ and not (
                out and out[-1].end > k) and gazetteer.city_population(e.doc[k : e.end].text) >= CITY:
            e = Span(e.doc, k, e.end, label="GPE")
        e = city_rest(e)
        out.append(e)
    return out


def city_rest(e: Span) -> Span:
    """"Port" tagged alone of "in Port Moresby": a name the untagged words right after it (or a hyphenated word) make
    the name of a city of 100,000 people or more (of any size, if the name alone is no known place's) is that city;
    "Sharm el-" of "Sharm el-Sheikh", a name cut at a hyphen, and "Niagara" of "Niagara-on-the-Lake", a name written
    on with hyphens, the known town it makes."""
    doc = e.doc
    if e[-1].text in HYPHENS and not e[-1].whitespace_ and e.end < len(doc) \
            and gazetteer.city(e.text + doc[e.end].text):
        return Span(doc, e.start, e.end + 1, label="GPE")  # "Sharm el-" tagged of "Sharm el-Sheikh", a smaller town
    chain = e.end  # the word the name is written on with hyphens: "Niagara" of "Niagara-on-the-Lake"
    while chain < len(doc) and not doc[chain - 1].whitespace_ and (doc[chain].is_alpha or doc[chain].text in HYPHENS) \
            and (doc[chain].text in HYPHENS) != (doc[chain - 1].text in HYPHENS):
        chain += 1
    if chain > e.end + 1 and doc[chain - 1].is_alpha and gazetteer.city(doc[e.start : chain].text):
        return Span(doc, e.start, chain, label="GPE")  # a known town of any size
    if gazetteer.city_population(e.text) >= CITY:
        return e
    run = e.end  # the untagged words (or hyphens) right after the name on its line, up to four
    while run < min(len(doc), e.end + 4) and not doc[run].ent_type_ and (
            doc[run].is_alpha or doc[run].text in HYPHENS) and "\n" not in doc[run].whitespace_:
        run += 1
    # (of any size if the name tagged is no place's alone: "Banská" of "in Banská Bystrica")
    least = CITY if gazetteer.city(e.text) or gazetteer.country(e.text) else 1
    for end in range(run, e.end, -1):  # the longest that ends in a capital and makes a city
        if doc[end - 1].text[:1].isupper() and gazetteer.city_population(doc[e.start : end].text) >= least:
            return Span(doc, e.start, end, label="GPE")
    return e


def whole_countries(ents: list[Span]) -> list[Span]:
    """"Trinidad" + "and" + "Tobago" tagged apart (a place and a body): a country's name with "and" or "of" inside is one
    name, the longest known one from a word of the first span to the end of a later one ("the Government of the
    Republic of Trinidad" + "and Tobago" is one span, as if tagged whole); what opens the first span before it, but
    "of", stays the first span's."""
    out: list[Span] = []
    for e in (part for e in ents for part in listed_countries(without_tail(e))):
        doc, last = e.doc, out[-1] if out else None
        if last is not None and e.start < last.end:
            continue  # "Grenadines", inside "St Vincent and the Grenadines" read whole below
        if e.end + 1 < len(doc) and inner_hyphen(doc, e.end, e.start) and hyphen_country(doc[e.start : e.end + 2]):
            out.append(Span(doc, e.start, e.end + 2, label="GPE"))  # "Timor" tagged alone of "Timor-Leste"
            continue
        if e.end + 1 < len(doc) and doc[e.end].lower_ == "and" and (end := country_and_end(e)) is not None:
            out.append(Span(doc, e.start, end, label="GPE"))  # "St Kitts" tagged alone of "St Kitts and Nevis"
            continue
        if last is not None and 0 <= e.start - last.end <= 2 and "of" in {t.lower_ for t in doc[last.end - 2 : e.start]} \
                and all(t.lower_ in {"of", "the"} for t in doc[last.end : e.start]) \
                and gazetteer.country(doc[last.start + (doc[last.start].lower_ == "the") : e.end].text):
            out[-1] = Span(doc, last.start, e.end, label="GPE")  # "the Democratic Republic of the" + "Congo" tagged
            continue  # apart before "'s": one country
        if last is not None and e.start == last.end + 1 and doc[last.end].lower_ == "and":
            k = next((k for k in range(last.start, last.end) if " and " in getattr(
                gazetteer.country(doc[k : e.end].text), "name", "")), None)  # (not "Serbia and Kosovo", two)
            if k is not None and k > last.start and doc[k - 1].lower_ == "of":
                out[-1] = Span(doc, last.start, e.end, label=last.label_)  # "the Government of ...": one name
                continue
            if k is not None:
                out.pop()
                out += [Span(doc, last.start, k, label=last.label_)] if k > last.start else []
                e = Span(doc, k, e.end, label="GPE")
        out.append(e)
    return out


#: Lower-case words inside a body's name after a pair of countries: "the US-China Economic and Security Review Commission".
BODY_LINKS = {"and", "of", "for", "on"}


def pair_bodies(ents: list[Span]) -> list[Span]:
    """"the US-China Business Council", "the Zambia-China Parliamentary Friendship Group": a body named after two
    countries joined by a hyphen, whose countries the model tagged (or the first of them), is one organisation; so
    are two known bodies joined by a slash ("the CDU/CSU parliamentary group": the alliance), and a body's word
    and the place after it ("Universitas Indonesia"); and a ministry's name cut at its portfolios' comma."""
    out: list[Span] = []
    for e in ents:
        if out and e.start < out[-1].end:
            continue
        if out and (slash_pair(out[-1], e) or cue_before_place(out[-1], e) or portfolio_list_after(out[-1], e)
                    or spelt_across_and(out[-1], e)):
            out[-1] = Span(e.doc, out[-1].start, e.end, label="ORG")
            continue
        end = pair_body_end(e)
        out.append(Span(e.doc, e.start, end, label="ORG") if end is not None else e)
    return out


def spelt_across_and(first: Span, second: Span) -> bool:
    """Two bodies' names joined by "and" that the short name in brackets after them spells across the "and": "the
    African Union Peace" + "Security Council (PSC)" is one body."""
    doc = first.doc
    if first.label_ != "ORG" or second.label_ != "ORG" or second.start != first.end + 1 \
            or doc[first.end].lower_ != "and" or second.end + 2 >= len(doc) or doc[second.end].text != "(" \
            or doc[second.end + 2].text != ")" or not acronym(doc[second.end + 1]):
        return False
    letters = doc[second.end + 1].text
    initials = [t.text[0] for t in doc[first.start : second.end] if t.text[:1].isupper()]
    spelt = "".join(initials[-len(letters):])
    own = sum(1 for t in second if t.text[:1].isupper())
    return spelt == letters and len(letters) > own


def shared_affairs_bodies(ents: list[Span]) -> list[Span]:
    """"the Asian and" + "Oceanian Affairs Bureau": a body of "... Affairs" whose affairs are named by words joined
    with "and" (the first of them tagged a people's word or untagged) is one body with all of them."""
    out: list[Span] = []
    for e in ents:
        start = affairs_start(e) if e.label_ == "ORG" else None
        if start is not None:
            while out and out[-1].end > start:
                out.pop()  # "Asian" tagged a people's word
            e = Span(e.doc, start, e.end, label="ORG")
        out.append(e)
    return out


def affairs_start(e: Span) -> int | None:
    """Where the name of a body of "... Affairs" + a word of bodies' names opens, whose affairs are listed before
    the span with "and": "Asian and" of "the Asian and Oceanian Affairs Bureau"; None if the span opens it."""
    doc, cues = e.doc, gazetteer.cue_words("org")
    k = next((t.i for t in e if t.lower_ == "affairs"), None)
    if k is None or k + 1 >= e.end or gazetteer.fold(doc[k + 1].text) not in cues \
            or not affairs_remit(doc[e.start : k + 1]) or e.start < 2 or doc[e.start - 1].lower_ != "and":
        return None
    j = e.start - 1
    while j > e.start - AFFAIRS_WORDS and j >= 1 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() \
            and doc[j - 1].ent_type_ in {"", "NORP"} and "\n" not in doc[j - 1].whitespace_:
        j -= 1
    return j if j < e.start - 1 else None


#: Words opening the name of a ministry whose portfolios a list names: "Ministry of Foreign Affairs, Trade and ...".
MINISTRY_WORDS = {"ministry", "department", "secretariat"}


def portfolio_list_after(first: Span, second: Span) -> bool:
    """A ministry's name the model cut at the comma of its portfolios' list: "the Ministry of Foreign Affairs" +
    ", " + "International Trade and Worship" (the list's last word a portfolio's, joined by "and")."""
    doc = first.doc
    words = [t for t in first if t.lower_ != "the"]
    return first.end + 1 == second.start and doc[first.end].text == "," and first.label_ == second.label_ == "ORG" \
        and bool(words) and words[0].lower_ in MINISTRY_WORDS and first[-1].lower_ in PORTFOLIO_WORDS \
        and second[-1].lower_ in PORTFOLIO_WORDS and any(t.lower_ in {"and", "&"} for t in second) \
        and all(t.lower_ in {"and", "&"} or t.text[:1].isupper() for t in second)


def cue_before_place(first: Span, second: Span) -> bool:
    """A body's word tagged alone right before a place tagged apart: "Universitas" + "Indonesia" (a word of bodies'
    names, data/cue_words.tsv, opening the name as other languages have it)."""
    return first.end == second.start and len(first) == 1 and first.label_ == "ORG" and second.label_ == "GPE" \
        and gazetteer.fold(first.text) in gazetteer.cue_words("org") and "\n" not in first[-1].whitespace_


def slash_pair(first: Span, second: Span) -> bool:
    """Two bodies the model tagged apart that a slash joins into one: "CDU" + "CSU" of "CDU/CSU"."""
    return first.end + 1 == second.start and first.label_ == second.label_ == "ORG" \
        and slash_joined(Span(first.doc, first.start, second.end))


def pair_body_end(e: Span) -> int | None:
    """The end of a body's name that the country ``e`` opens with another joined by a hyphen, capitalised words
    and a word of bodies' names last ("Council", "Group"; data/cue_words.tsv), or None."""
    doc, k = e.doc, e.end
    if not (gazetteer.country(e.text) and k + 1 < len(doc) and inner_hyphen(doc, k, e.start)
            and gazetteer.country(doc[k + 1].text)):
        return None
    cues, end, j = gazetteer.cue_words("org"), None, k + 2
    while j < min(len(doc), k + 9) and (doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in BODY_LINKS
                                        and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
        if gazetteer.fold(doc[j].text) in cues:
            end = j + 1
        j += 1
    return end


def without_tail(e: Span) -> Span:
    """The span without the comma or "and" the model tagged at its end ("Barbados, Belize,", "St Kitts and")."""
    end = e.end
    while end > e.start + 1 and e.doc[end - 1].lower_ in {",", "and"}:
        end -= 1
    return e if end == e.end else Span(e.doc, e.start, end, label=e.label_)


def listed_countries(e: Span) -> list[Span]:
    """"Barbados, Belize" tagged as one name: the countries of a list, each its own (else the span itself)."""
    doc = e.doc
    cuts = [t.i for t in e if t.text == ","]
    if not cuts:
        return [e]
    bounds = [e.start, *(c + 1 for c in cuts)]
    parts = [Span(doc, a, b, label="GPE") for a, b in zip(bounds, [*cuts, e.end])]
    return parts if all(len(p) and gazetteer.country(p.text) for p in parts) else [e]


def country_and_end(e: Span) -> int | None:
    """The end of the country's name of "and" the span opens, the rest untagged or tagged apart: "St Kitts" +
    "and Nevis", "St Vincent" + "and the Grenadines"; None if no such name."""
    doc = e.doc
    return next((j for j in range(min(len(doc), e.end + 4), e.end + 1, -1)
                 if " and " in getattr(gazetteer.country(doc[e.start : j].text), "name", "")), None)


def hyphened_given_name(doc: Doc, end: int, start: int) -> bool:
    """"Kassym" + "-Zhomart" + " Toqaev": the rest of a given name joined by a hyphen between two people's names."""
    return start == end + 2 and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
        and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and doc[end + 1].whitespace_ == " "


def unknown_place_before(before: tuple[Span, str], name: Span) -> bool:
    """A one-word place no gazetteer knows right before a person's name, a space or one untagged name word between:
    the given name ("Canada's Chrystia" + "Freeland", "Argentina's Martín" + "Aldao" + "Ferreyra", the first tagged
    as a place); a town's name too when it is a given name the parse sets in the name ("Martín", a town in Slovakia);
    and a given name tagged as a body ("foreign minister, Esteban" + "Quorvas Villalba")."""
    span, kind = before
    word = span[0]
    return (kind == PLACE or kind == ORGANIZATION and gazetteer.given_name(word.text)
            and not gazetteer.organization(word.text)) \
        and len(span) == 1 and word.whitespace_ == " " and word.is_title \
        and (span.end == name.start or name_word_between(span.doc, span.end, name.start)) \
        and word.is_alpha and not (gazetteer.country(word.text) or gazetteer.region(word.text)
                                   or gazetteer.capital_country(word.text)) \
        and (not gazetteer.city_population(word.text) or gazetteer.given_name(word.text) and word.dep_ == "compound"
             and word.head.i in range(name.start, name.end))


def name_word_between(doc: Doc, end: int, start: int) -> bool:
    """"Rosa María" + "Quispe" + " Huamán": one untagged capitalised word no gazetteer knows between two people's names,
    spaces around it: the rest of one name (a family name of two, as Spanish names have); or two, one of them a
    Malay style inside a father's name ("Syed Md" + "Hasrin Tengku" + "Hussin")."""
    if start - end not in {1, 2} or start - end == 2 and not any(doc[k].lower_ in MALAY_LINEAGE
                                                                 for k in range(end, start)):
        return False
    return doc[end - 1].whitespace_ == " " and all(
        (word := doc[k]).is_alpha and word.is_title and word.tag_ == "NNP" and word.whitespace_ == " "
        and word.lower_ not in STOP_WORDS | CALENDAR_WORDS and (word.lower_ in MALAY_LINEAGE or (
            word.lower_ not in gazetteer.title_words() and not known_name(word.text))) for k in range(end, start))


#: Styles of Malay lineage that stand inside a name, before a father's name: "Syed Md Hasrin Tengku Hussin".
MALAY_LINEAGE = {"tengku", "tunku", "syed", "sharifah", "wan", "nik", "raja", "megat", "puteri"}


def one_name_of_adjacent_people(typed: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """"Samia Suluhu" + "Hassan" tagged as two people with only a space between: one person's name; so are
    initials and the name after them ("C.V." + "Ananda Bose"), and two joined by the rest of a hyphened given name
    ("Kassym" + "-Zhomart" + "Toqaev") or by one untagged name word ("Rosa María" + "Quispe" + "Huamán"), and a given
    name tagged as a place no gazetteer knows ("Chrystia" + "Freeland"); a form of address opening it is none of it
    ("Shri Saurabh" + "Kumar")."""
    out: list[tuple[Span, str]] = []
    for span, kind in sorted(typed, key=lambda st: st[0].start):
        last = out[-1][0][-1] if out else None
        if out and kind == PERSON == out[-1][1] and out[-1][0].end == span.start and last.whitespace_ == " " \
                and (last.is_alpha or INITIAL.match(last.text)) or out and kind == PERSON == out[-1][1] \
                and (hyphened_given_name(span.doc, out[-1][0].end, span.start)
                     or name_word_between(span.doc, out[-1][0].end, span.start)) or out and kind == PERSON \
                and unknown_place_before(out[-1], span):
            span = Span(span.doc, out[-1][0].start, span.end, label=span.label_)
            out.pop()
        elif out and kind == PLACE and out[-1][1] == PERSON and surname_taken_for_place(out[-1][0], span):
            span, kind = Span(span.doc, out[-1][0].start, span.end, label="PERSON"), PERSON
            out.pop()
        while kind == PERSON and len(span) > 1 and span[0].lower_ in FORMS_OF_ADDRESS:
            span = Span(span.doc, span.start + 1, span.end, label=span.label_)
        out.append((without_malay_style(span) if kind == PERSON else span, kind))  # nor is "Tan Sri"
    return out


def surname_taken_for_place(given: Span, span: Span) -> bool:
    """"Rosa Yolanda" + "Villavicencio", both tagged people, the second made a place for the town of its name: a
    surname right after given names (one space between), the model's person."""
    last = given[-1]
    return given.end == span.start and len(span) == 1 and span.label_ == "PERSON" and last.whitespace_ == " " \
        and len(given) >= 2 and bool(gazetteer.given_name(last.text))


#: What may follow a kicker on its line: "ANALYSIS | MIDDLE EAST", "EXCLUSIVE: ...".
KICKER_ENDS = {"|", ":", "-", "–", "—"}


def kicker_tokens(doc: Doc, common_word: CommonWords) -> set[int]:
    """A story's kicker, a common word in capitals alone on its line or before a bar or colon ("ANALYSIS",
    "EXCLUSIVE:"): the kind of story, no name; and the section a bar after it names ("ANALYSIS | MIDDLE EAST")."""
    out = set()
    for start, end in lines(doc):
        first = doc[start]
        if first.is_alpha and first.is_upper and len(first) > 3 and common_word(first.lower_) \
                and (end == start + 1 or doc[start + 1].text in KICKER_ENDS and (
                    first.whitespace_ or doc[start + 1].text == ":")) and not known_name(first.text):
            # (not a hyphenated name: "URUS-MARTAN")
            out |= set(range(start, end)) if end > start + 1 and doc[start + 1].text == "|" else {start}
    return out
