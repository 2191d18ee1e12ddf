"""kg/nlp/relations.py, contacts.py and modality.py: contact triggers, parties, modality, places and dates.

Rule tests run the alias resolver and the relation extractor on hand-built parses (no model);
the end-to-end cases (marked ``model``) run the whole pipeline on short sentences written for
these tests, with the article date the relative dates resolve against.
"""

import pytest

from kg.model import (
    AFFILIATION,
    CALL,
    COUNTRY,
    MET_IN,
    MEETING,
    OCCURRED,
    ORGANIZATION,
    PERSON,
    PLACE,
    PLANNED,
    REPRESENTS,
    SPOKE_WITH,
    TALKS,
    Entity,
)
from kg.nlp.aliases import AliasResolver
from kg.nlp.contacts import capital_parties, drop_repeats, trigger_rule
from kg.nlp.parties import main_pair, pair_of_main_clause
from kg.nlp.no_contact import told_of_in_talks
from kg.nlp.context_places import same_noun_place
from kg.nlp.other_places import dated_event_after, in_topic, standing_state
from kg.nlp.places import place_of
from kg.nlp.events import RawEvent
from kg.nlp.modality import is_hypothetical, is_negated, is_planned, recent
from kg.nlp.relations import RelationExtractor
from kg.nlp.subjects import conjuncts, subjects_of
from kg.nlp.triggers import trigger_candidates

TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "ADJ": "JJ", "DET": "DT", "ADP": "IN", "PUNCT": ".",
        "PART": "RP", "NUM": "CD", "AUX": "VBD", "PRON": "PRP", "CCONJ": "CC"}


def t(text, head, dep, pos, ent="O", lemma=None, tag=None):
    return (text, head, dep, pos, tag or TAGS[pos], lemma or text.lower(), ent)


def name(at, head, dep, first="Ann", last="Ode"):
    """A two-word person's name whose first word is token ``at``: the given name a compound of the surname."""
    return [t(first, at + 1, "compound", "PROPN", "B-Person"), t(last, head, dep, "PROPN", "I-Person")]


def run(doc):
    """Alias resolver then relation extractor; events as (kind, names, place, status, date_text, rule)."""
    AliasResolver(None)(doc)
    RelationExtractor(None)(doc)
    names = {e.key: e.name for e in doc._.kg_entities}
    return [(e.kind, tuple(names[k] for k in e.participants), names.get(e.place) or names.get(e.party), e.status,
             e.date_text, e.rule) for e in doc._.kg_events]


def spoke_with(make_doc, aux=(), verb="spoke", lemma="speak", prep="on"):
    """Ann Ode [aux...] spoke with Bo Pym on Monday ."""
    n = len(aux)
    v = 2 + n
    return make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", v, "nsubj", "PROPN", "I-Person"),
        *[t(word, v, dep, pos, lemma=lem) for word, dep, pos, lem in aux],
        t(verb, v, "ROOT", "VERB", lemma=lemma), t("with", v, "prep", "ADP"),
        t("Bo", v + 3, "compound", "PROPN", "B-Person"), t("Pym", v + 1, "pobj", "PROPN", "I-Person"),
        t(prep, v, "prep", "ADP"), t("Monday", v + 4, "pobj", "PROPN", "B-DATE"), t(".", v, "punct", "PUNCT"),
    ])


# --- triggers ----------------------------------------------------------------------------------


def test_trigger_candidates_are_the_words_and_lemmas_that_can_trigger(make_doc):
    doc = make_doc([
        t("Ann", 1, "nsubj", "PROPN", "B-Person"), t("Spoke", 1, "ROOT", "VERB", lemma="Speak"),
        t("after", 1, "prep", "ADP"), t("Talks", 2, "pobj", "NOUN", lemma="talk"), t("and", 3, "cc", "CCONJ"),
        t("calls", 3, "conj", "NOUN", lemma="call"), t("ended", 1, "conj", "VERB", lemma="end"), t(".", 1, "punct", "PUNCT"),
    ])
    assert [tok.text for tok in trigger_candidates(doc[:])] == ["Spoke", "Talks", "calls"]
    assert [tok.text for tok in trigger_candidates(doc[3:5])] == ["Talks"]
    assert list(trigger_candidates(doc[6:])) == []


def test_called_on_after_a_fronted_day_is_a_visit(make_doc):
    # On Wednesday Ann Ode will call on Prime Minister Bo Pym . -- parsed with "On" left bare (the day a modifier of
    # the name) and "Pym" the object of "call", as the model does
    doc = make_doc([
        t("On", 5, "prep", "ADP"), t("Wednesday", 3, "compound", "PROPN", "B-DATE"), *name(2, 5, "nsubj"),
        t("will", 5, "aux", "AUX", lemma="will", tag="MD"), t("call", 5, "ROOT", "VERB", lemma="call", tag="VB"),
        t("on", 5, "prep", "ADP"), t("Prime", 8, "compound", "PROPN"), t("Minister", 10, "compound", "PROPN"),
        *name(9, 5, "dobj", "Bo", "Pym"), t(".", 5, "punct", "PUNCT"),
    ])
    assert [(kind, names, rule) for kind, names, *_, rule in run(doc)] == [(MEETING, ("Ann Ode", "Bo Pym"), "verb-meet")]


def test_talks_a_participle_parsed_as_their_adjective_proposes_are_hypothetical(make_doc):
    # Ann Ode wrote to Bo Pym proposing talks .  ("proposing" parsed as an adjective of "talks", Pym its compound)
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("wrote", 2, "ROOT", "VERB", lemma="write"), t("to", 2, "prep", "ADP"), t("Bo", 5, "compound", "PROPN", "B-Person"),
        t("Pym", 7, "compound", "PROPN", "I-Person"), t("proposing", 7, "amod", "VERB", lemma="propose", tag="VBG"),
        t("talks", 3, "pobj", "NOUN", tag="NNS"), t(".", 2, "punct", "PUNCT"),
    ])
    assert is_hypothetical(doc[7])


def test_the_owner_of_a_post_parsed_as_a_conjunct_of_the_name_before_is_no_party(make_doc):
    # Kim 's aide Ann Ode and Lee 's chief Bo Pym spoke by phone .  ("Lee's" parsed as a conjunct of Ode)
    doc = make_doc([
        t("Kim", 2, "poss", "PROPN", "B-Person"), t("'s", 0, "case", "PART", tag="POS"),
        t("aide", 11, "nsubj", "NOUN"), *name(3, 2, "appos"), t("and", 4, "cc", "CCONJ"),
        t("Lee", 4, "conj", "PROPN", "B-Person"), t("'s", 6, "case", "PART", tag="POS"),
        t("chief", 2, "appos", "NOUN"), *name(9, 2, "appos", "Bo", "Pym"),
        t("spoke", 11, "ROOT", "VERB", lemma="speak"), t("by", 11, "prep", "ADP"), t("phone", 12, "pobj", "NOUN"),
        t(".", 11, "punct", "PUNCT"),
    ])
    assert [e[:2] for e in run(doc) if e[0] != AFFILIATION] == [(CALL, ("Ann Ode", "Bo Pym"))]


def test_a_subject_whose_title_is_a_conjunct_of_names_listed_before_has_them_as_conjuncts(make_doc):
    # Minister Ann Ode , Minister Bo Pym and Minister Cy Lee held talks . -- parsed with Lee alone the subject, his
    # title a conjunct of Pym, Pym a conjunct of Ode (hung elsewhere), as the model does after "at the hotel ,"
    doc = make_doc([
        t("Minister", 2, "compound", "PROPN"), *name(1, 11, "dep"), t(",", 2, "punct", "PUNCT"),
        t("Minister", 6, "compound", "PROPN"), *name(5, 2, "conj", "Bo", "Pym"), t("and", 6, "cc", "CCONJ"),
        t("Minister", 6, "conj", "PROPN"), *name(9, 11, "nsubj", "Cy", "Lee"),
        t("held", 11, "ROOT", "VERB", lemma="hold"), t("talks", 11, "dobj", "NOUN", lemma="talk"),
        t(".", 11, "punct", "PUNCT"),
    ])
    assert sorted(conjuncts(doc[10]), key=lambda tok: tok.i) == [doc[2], doc[6]]


def test_talk_verb(make_doc):
    assert run(spoke_with(make_doc)) == [(TALKS, ("Ann Ode", "Bo Pym"), None, OCCURRED, "Monday", "verb-talk")]


def test_a_name_hung_on_the_other_as_a_modifier_with_its_and_is_coordinated(make_doc):
    # Ann Ode and Bo Pym spoke . -- parsed with "Ode" an nmod of "Pym", as the model does after titles
    doc = make_doc([
        *name(0, 4, "nmod"), t("and", 1, "cc", "CCONJ"), *name(3, 5, "nsubj", "Bo", "Pym"),
        t("spoke", 5, "ROOT", "VERB", lemma="speak"), t(".", 5, "punct", "PUNCT"),
    ])
    assert run(doc) == [(TALKS, ("Bo Pym", "Ann Ode"), None, OCCURRED, None, "verb-talk")]


def test_a_name_coordinated_with_the_country_a_person_is_of_is_coordinated_with_the_person(make_doc):
    # Ann Ode of Gabon and Bo Pym spoke . -- parsed with "Pym" a conjunct of "Gabon"
    doc = make_doc([
        *name(0, 7, "nsubj"), t("of", 1, "prep", "ADP"), t("Gabon", 2, "pobj", "PROPN", "B-Country"),
        t("and", 3, "cc", "CCONJ"), *name(5, 3, "conj", "Bo", "Pym"),
        t("spoke", 7, "ROOT", "VERB", lemma="speak"), t(".", 7, "punct", "PUNCT"),
    ])
    assert conjuncts(doc[1]) == [doc[6]]
    assert [e[1] for e in run(doc) if e[0] == TALKS] == [("Ann Ode", "Bo Pym")]


def test_a_name_in_apposition_to_the_first_title_with_its_and_is_coordinated(make_doc):
    # Minister Ann Ode and Minister Bo Pym met . -- parsed with "Ode" an apposition of the first "Minister", itself a
    # modifier of "Pym", and the second "Minister" a conjunct of "Ode"
    doc = make_doc([
        t("Minister", 6, "compound", "PROPN"), *name(1, 0, "appos"), t("and", 2, "cc", "CCONJ"),
        t("Minister", 2, "conj", "PROPN"), *name(5, 7, "nsubj", "Bo", "Pym"),
        t("met", 7, "ROOT", "VERB", lemma="meet"), t(".", 7, "punct", "PUNCT"),
    ])
    assert [(kind, set(names)) for kind, names, *_ in run(doc)] == [(MEETING, {"Ann Ode", "Bo Pym"})]


def test_names_hung_on_the_last_as_modifiers_one_with_the_and_are_all_coordinated(make_doc):
    # Ann Ode met Bo Pym , Cy Lum and Norland 's Di Fox . -- parsed with "Pym" and "Lum" modifiers of "Fox", "Lum"
    # carrying the "and" (and "Norland" its conjunct), "Pym" only its comma
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 12, "nmod", "Bo", "Pym"),
        t(",", 4, "punct", "PUNCT"), *name(6, 12, "nmod", "Cy", "Lum"), t("and", 7, "cc", "CCONJ"),
        t("Norland", 7, "conj", "PROPN", "B-Country"), t("'s", 9, "case", "PART"), *name(11, 2, "dobj", "Di", "Fox"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert [(kind, set(names)) for kind, names, *_ in run(doc) if kind == MEETING] == [
        (MEETING, {"Ann Ode", "Bo Pym", "Cy Lum", "Di Fox"})]


def test_a_name_inside_the_last_conjunct_s_title_with_its_and_is_coordinated(make_doc):
    # Ann Ode , Cy Lum and Canadian Minister Bo Pym met . -- parsed with "Lum" a modifier of "Minister"
    doc = make_doc([
        *name(0, 10, "nsubj"), t(",", 1, "punct", "PUNCT"), *name(3, 7, "amod", "Cy", "Lum"), t("and", 4, "cc", "CCONJ"),
        t("Canadian", 4, "conj", "ADJ", "B-NORP"), t("Minister", 9, "compound", "PROPN"),
        *name(8, 1, "conj", "Bo", "Pym"), t("met", 10, "ROOT", "VERB", lemma="meet"), t(".", 10, "punct", "PUNCT"),
    ])
    assert [(kind, names) for kind, names, *_ in run(doc) if kind == MEETING] == [(MEETING, ("Ann Ode", "Bo Pym", "Cy Lum"))]


def test_a_dateline_parsed_as_the_subject_gives_its_apposition(make_doc):
    # LIMA , Ann Ode will meet Bo Pym . -- parsed with the dateline's city the subject, the name its apposition
    doc = make_doc([
        t("LIMA", 5, "nsubj", "PROPN", "B-Place"), t(",", 0, "punct", "PUNCT"), *name(2, 0, "appos"),
        t("will", 5, "aux", "AUX"), t("meet", 5, "ROOT", "VERB"), *name(6, 5, "dobj", "Bo", "Pym"), t(".", 5, "punct", "PUNCT"),
    ])
    assert [(kind, names) for kind, names, *_ in run(doc)] == [(MEETING, ("Ann Ode", "Bo Pym"))]


def test_a_name_hung_below_the_title_before_it_is_the_title_s_holder(make_doc):
    # General Secretary To Lu held talks with Bo Pym . -- parsed with "To" a preposition of the title, the subject;
    # and, after a dateline parsed as the subject (its city the place), with the title the dateline's apposition
    def talks(before):
        n = len(before)
        return make_doc([
            *before, t("General", n + 1, "compound", "PROPN"), t("Secretary", n + 4 if not n else 0,
                                                                 "nsubj" if not n else "appos", "PROPN"),
            t("To", n + 1, "prep", "ADP", "B-Person"), t("Lu", n + 2, "pobj", "PROPN", "I-Person"),
            t("held", n + 4, "ROOT", "VERB", lemma="hold"), t("talks", n + 4, "dobj", "NOUN", lemma="talk"),
            t("with", n + 5, "prep", "ADP"), *name(n + 7, n + 6, "pobj", "Bo", "Pym"), t(".", n + 4, "punct", "PUNCT"),
        ])
    assert [(kind, names) for kind, names, *_ in run(talks([]))] == [(TALKS, ("To Lu", "Bo Pym"))]
    dated = talks([t("LIMA", 6, "nsubj", "PROPN", "B-Place"), t("-", 0, "punct", "PUNCT")])
    assert [(kind, names) for kind, names, *_ in run(dated)] == [(MEETING, ("To Lu", "Bo Pym"))]


def test_a_person_parsed_as_a_clause_of_met_is_whom_was_met(make_doc):
    # Ann Ode met chief Bo Pym in Lima . -- parsed with "Pym" an adverbial clause of "met"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), t("chief", 5, "compound", "NOUN"),
        *name(4, 2, "advcl", "Bo", "Pym"), t("in", 5, "prep", "ADP"), t("Lima", 6, "pobj", "PROPN", "B-Place"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), "Lima", OCCURRED, None, "verb-meet")]


def test_a_place_parsed_as_the_object_opens_the_title_of_the_name_after_it(make_doc):
    # Ann Ode met Ohio Senator Bo Pym in Lima . -- parsed with "Ohio" the object and "Pym" a modifier of "met"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), t("Ohio", 2, "dobj", "PROPN", "B-Place"),
        t("Senator", 6, "compound", "PROPN"), *name(5, 2, "npadvmod", "Bo", "Pym"), t("in", 6, "prep", "ADP"),
        t("Lima", 7, "pobj", "PROPN", "B-Place"), t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), "Lima", OCCURRED, None, "verb-meet")]


def test_a_name_parsed_as_the_subject_of_the_next_name_is_a_subject_too(make_doc):
    # Ann Ode and Minister Bo Pym met Cy Lum . -- parsed with "Ode" a subject of "Bo"
    doc = make_doc([
        *name(0, 4, "nsubj"), t("and", 1, "cc", "CCONJ"), t("Minister", 1, "conj", "PROPN"),
        *name(4, 6, "nsubj", "Bo", "Pym"), t("met", 6, "ROOT", "VERB", lemma="meet"),
        *name(7, 6, "dobj", "Cy", "Lum"), t(".", 6, "punct", "PUNCT"),
    ])
    assert [(kind, set(names)) for kind, names, *_ in run(doc) if kind == MEETING] == [
        (MEETING, {"Ann Ode", "Bo Pym", "Cy Lum"})]


def test_a_subject_parsed_under_the_adverb_before_the_verb_is_its_subject(make_doc):
    # Ode and Pym last met . -- parsed with "Ode" a subject of "last"
    doc = make_doc([
        t("Ode", 3, "nsubj", "PROPN", "B-Person"), t("and", 0, "cc", "CCONJ"), t("Pym", 0, "conj", "PROPN", "B-Person"),
        t("last", 4, "advmod", "ADV", tag="RB"), t("met", 4, "ROOT", "VERB", lemma="meet"), t(".", 4, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[4])] == ["Ode"]


def test_a_time_parsed_as_a_joined_verb_s_subject_leaves_the_subject_of_the_verb_it_is_joined_to(make_doc):
    # Ode landed on Monday and that night met Pym . -- parsed with "night" the subject of "met"
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("landed", 1, "ROOT", "VERB", lemma="land"),
        t("on", 1, "prep", "ADP"), t("Monday", 2, "pobj", "PROPN", "B-DATE"), t("and", 1, "cc", "CCONJ"),
        t("that", 6, "det", "DET"), t("night", 7, "nsubj", "NOUN", lemma="night"),
        t("met", 1, "conj", "VERB", lemma="meet"), t("Pym", 7, "dobj", "PROPN", "B-Person"), t(".", 1, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[7])] == ["Ode"]


def test_a_name_in_apposition_to_a_dashed_list_s_last_parsed_as_the_verb_s_modifier_is_a_subject(make_doc):
    # the presidents - Ode , Pym and the host , Lum - met . -- parsed with "Lum" a modifier of "met"
    doc = make_doc([
        t("the", 1, "det", "DET"), t("presidents", 12, "nsubj", "NOUN", lemma="president"), t("-", 3, "punct", "PUNCT"),
        t("Ode", 1, "appos", "PROPN", "B-Person"), t(",", 3, "punct", "PUNCT"), t("Pym", 3, "conj", "PROPN", "B-Person"),
        t("and", 5, "cc", "CCONJ"), t("the", 8, "det", "DET"), t("host", 5, "conj", "NOUN"), t(",", 3, "punct", "PUNCT"),
        t("Lum", 12, "npadvmod", "PROPN", "B-Person"), t("-", 12, "punct", "PUNCT"), t("met", 12, "ROOT", "VERB", lemma="meet"),
        t(".", 12, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[12])] == ["presidents", "Lum"]


def test_a_verb_hung_on_the_one_accompanying_the_subject_has_both_for_subjects(make_doc):
    # Ode , accompanied by Pym , called on Lum . -- parsed with "called" a clause on "Pym"
    doc = make_doc([
        t("Ode", 0, "ROOT", "PROPN", "B-Person"), t(",", 0, "punct", "PUNCT"),
        t("accompanied", 0, "acl", "VERB", lemma="accompany", tag="VBN"), t("by", 2, "agent", "ADP"),
        t("Pym", 3, "pobj", "PROPN", "B-Person"), t(",", 4, "punct", "PUNCT"),
        t("called", 4, "acl", "VERB", lemma="call", tag="VBD"), t("on", 6, "prep", "ADP"),
        t("Lum", 7, "pobj", "PROPN", "B-Person"), t(".", 0, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[6])] == ["Ode", "Pym"]


def test_a_visiting_post_parsed_as_a_clause_with_the_post_its_object_is_the_subject(make_doc):
    # Visiting Representative for Trade Ode Pym met Lum . -- parsed with "Visiting" a clausal subject
    doc = make_doc([
        t("Visiting", 6, "csubj", "VERB", lemma="visit", tag="VBG"), t("Representative", 0, "dobj", "PROPN"),
        t("for", 1, "prep", "ADP"), t("Trade", 5, "compound", "PROPN"), t("Ode", 5, "compound", "PROPN", "B-Person"),
        t("Pym", 2, "pobj", "PROPN", "I-Person"), t("met", 6, "ROOT", "VERB", lemma="meet"),
        t("Lum", 6, "dobj", "PROPN", "B-Person"), t(".", 6, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[6])] == ["Representative"]


def test_a_verb_joined_to_a_passive_with_a_titled_subject_takes_that_subject(make_doc):
    # The minister was received by Pym and met Ode .
    doc = make_doc([
        t("The", 1, "det", "DET"), t("minister", 3, "nsubjpass", "NOUN"), t("was", 3, "auxpass", "AUX", lemma="be"),
        t("received", 3, "ROOT", "VERB", lemma="receive"), t("by", 3, "agent", "ADP"),
        t("Pym", 4, "pobj", "PROPN", "B-Person"), t("and", 3, "cc", "CCONJ"), t("met", 3, "conj", "VERB", lemma="meet"),
        t("Ode", 7, "dobj", "PROPN", "B-Person"), t(".", 3, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[7])] == ["minister"]


def test_a_reflexive_parsed_as_the_subject_stands_for_the_subject_above(make_doc):
    # Ode had himself spoken with Pym . -- parsed with "himself" the subject of "spoken", a clause of "had"
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("had", 1, "ROOT", "VERB", lemma="have"),
        t("himself", 3, "nsubj", "PRON", lemma="himself", tag="PRP"), t("spoken", 1, "ccomp", "VERB", lemma="speak"),
        t("with", 3, "prep", "ADP"), t("Pym", 4, "pobj", "PROPN", "B-Person"), t(".", 1, "punct", "PUNCT"),
    ])
    assert [t.text for t in subjects_of(doc[3])] == ["Ode"]
    assert [e[1] for e in run(doc)] == [("Ode", "Pym")]


def test_a_name_after_with_parsed_as_the_next_clause_s_subject_is_the_partner(make_doc):
    # Ann Ode spoke with Minister Bo Pym , whose country sits outside .  ("Pym" parsed as the subject of "sits")
    doc = make_doc([
        *name(0, 2, "nsubj"), t("spoke", 10, "ccomp", "VERB", lemma="speak"), t("with", 2, "prep", "ADP"),
        t("Minister", 6, "compound", "PROPN"), t("Bo", 6, "compound", "PROPN", "B-Person"),
        t("Pym", 10, "nsubj", "PROPN", "I-Person"), t(",", 6, "punct", "PUNCT", tag=","),
        t("whose", 9, "poss", "PRON", tag="WP$"), t("country", 6, "appos", "NOUN"),
        t("sits", 10, "ROOT", "VERB", lemma="sit", tag="VBZ"), t("outside", 10, "advmod", "ADV", tag="RB"),
        t(".", 10, "punct", "PUNCT"),
    ])
    assert [e[1] for e in run(doc)] == [("Ann Ode", "Bo Pym")]


def test_a_name_after_with_parsed_as_a_clause_of_with_is_the_partner(make_doc):
    # Ann Ode spoke with Minister Bo Pym .  ("Bo" parsed as a clause of "with", "Minister" its subject, "Pym" its object)
    doc = make_doc([
        *name(0, 2, "nsubj"), t("spoke", 2, "ROOT", "VERB", lemma="speak"), t("with", 2, "prep", "ADP"),
        t("Minister", 5, "nsubj", "PROPN"), t("Bo", 3, "pcomp", "PROPN", "B-Person"),
        t("Pym", 5, "dobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert [e[1] for e in run(doc)] == [("Ann Ode", "Bo Pym")]


def test_a_name_hung_on_a_meeting_verb_after_a_verb_joined_to_it_is_not_whom_it_met(make_doc):
    # Ann Ode was received by Bo Pym and held talks , Cy Lum .  ("Lum" hung on "received", after "held")
    doc = make_doc([
        *name(0, 3, "nsubjpass"), t("was", 3, "auxpass", "AUX", lemma="be"),
        t("received", 3, "ROOT", "VERB", lemma="receive", tag="VBN"), t("by", 3, "agent", "ADP"),
        *name(5, 4, "pobj", "Bo", "Pym"), t("and", 3, "cc", "CCONJ"), t("held", 3, "conj", "VERB", lemma="hold"),
        t("talks", 8, "dobj", "NOUN", lemma="talk", tag="NNS"), t(",", 3, "punct", "PUNCT", tag=","),
        *name(11, 3, "npadvmod", "Cy", "Lum"), t(".", 3, "punct", "PUNCT"),
    ])
    assert not any({"Bo Pym", "Cy Lum"} <= set(names) for _, names, *_ in run(doc))


def pseudo_cleft(make_doc, negated: bool):
    """What Ann Ode did [not] do was meet Bo Pym ."""
    neg = [t("not", 4 + negated, "neg", "PART", tag="RB")] if negated else []
    k = 4 + negated  # "do"
    return make_doc([
        t("What", k, "dobj", "PRON", tag="WP"), *name(1, k, "nsubj"), t("did", k, "aux", "AUX"), *neg,
        t("do", k + 1, "csubj", "AUX", tag="VB"), t("was", k + 1, "ROOT", "AUX", lemma="be"),
        t("meet", k + 1, "xcomp", "VERB", tag="VB"), *name(k + 3, k + 2, "dobj", "Bo", "Pym"),
        t(".", k + 1, "punct", "PUNCT"),
    ])


def test_what_someone_did_was_meet_is_their_meeting_and_what_they_did_not_do_none(make_doc):
    assert [(kind, names) for kind, names, *_ in run(pseudo_cleft(make_doc, False))] == [
        (MEETING, ("Ann Ode", "Bo Pym"))]
    assert run(pseudo_cleft(make_doc, True)) == []


def test_a_place_in_the_views_exchanged_is_their_topic(make_doc):
    # Ode and Pym exchanged views on the situation in Vellport .
    doc = make_doc([
        t("Ode", 3, "nsubj", "PROPN", "B-Person"), t("and", 0, "cc", "CCONJ"), t("Pym", 0, "conj", "PROPN", "B-Person"),
        t("exchanged", 3, "ROOT", "VERB", lemma="exchange"), t("views", 3, "dobj", "NOUN", tag="NNS", lemma="view"),
        t("on", 4, "prep", "ADP"), t("the", 7, "det", "DET"), t("situation", 5, "pobj", "NOUN"),
        t("in", 7, "prep", "ADP"), t("Vellport", 8, "pobj", "PROPN", "B-Place"), t(".", 3, "punct", "PUNCT"),
    ])
    assert in_topic(doc[9])


def test_a_meeting_a_call_was_about_is_its_topic_unless_it_has_its_own_parties(make_doc):
    # Ode spoke with Pym about the summit .  /  Ode spoke about his meeting with Pym .
    about = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("spoke", 1, "ROOT", "VERB", lemma="speak"),
        t("with", 1, "prep", "ADP"), t("Pym", 2, "pobj", "PROPN", "B-Person"), t("about", 1, "prep", "ADP"),
        t("the", 6, "det", "DET"), t("summit", 4, "pobj", "NOUN"), t(".", 1, "punct", "PUNCT"),
    ])
    own = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("spoke", 1, "ROOT", "VERB", lemma="speak"),
        t("about", 1, "prep", "ADP"), t("his", 4, "poss", "PRON"), t("meeting", 2, "pobj", "NOUN"),
        t("with", 4, "prep", "ADP"), t("Pym", 5, "pobj", "PROPN", "B-Person"), t(".", 1, "punct", "PUNCT"),
    ])
    assert told_of_in_talks(about[6]) and not told_of_in_talks(own[4])


def test_a_place_in_a_gerund_s_phrase_the_talks_are_on_is_their_topic(make_doc):
    # Ode hosted Pym for talks on protecting shipping in Vellport .
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("hosted", 1, "ROOT", "VERB", lemma="host"),
        t("Pym", 1, "dobj", "PROPN", "B-Person"), t("for", 1, "prep", "ADP"),
        t("talks", 3, "pobj", "NOUN", tag="NNS", lemma="talk"), t("on", 4, "prep", "ADP"),
        t("protecting", 5, "pcomp", "VERB", tag="VBG", lemma="protect"), t("shipping", 6, "dobj", "NOUN"),
        t("in", 7, "prep", "ADP"), t("Vellport", 8, "pobj", "PROPN", "B-Place"), t(".", 1, "punct", "PUNCT"),
    ])
    assert in_topic(doc[9])


def test_a_place_in_what_talks_put_emphasis_on_is_their_topic(make_doc):
    # Ode reviewed the agenda , with emphasis on flows at Vellport .
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("reviewed", 1, "ROOT", "VERB", lemma="review"),
        t("the", 3, "det", "DET"), t("agenda", 1, "dobj", "NOUN"), t(",", 1, "punct", "PUNCT"),
        t("with", 1, "prep", "ADP"), t("emphasis", 5, "pobj", "NOUN"), t("on", 6, "prep", "ADP"),
        t("flows", 7, "pobj", "NOUN", tag="NNS"), t("at", 8, "prep", "ADP"), t("Vellport", 9, "pobj", "PROPN", "B-Place"),
        t(".", 1, "punct", "PUNCT"),
    ])
    assert in_topic(doc[10])


def test_what_talks_held_were_on_is_their_topic_but_not_the_evening_they_were_held_on(make_doc):
    # Ode held talks on the deployment in Vellport .  /  Ode held a meeting on Thursday evening at Vellport .
    topic = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB", lemma="hold"),
        t("talks", 1, "dobj", "NOUN", tag="NNS", lemma="talk"), t("on", 1, "prep", "ADP"), t("the", 5, "det", "DET"),
        t("deployment", 3, "pobj", "NOUN"), t("in", 5, "prep", "ADP"), t("Vellport", 6, "pobj", "PROPN", "B-Place"),
        t(".", 1, "punct", "PUNCT"),
    ])
    evening = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB", lemma="hold"), t("a", 3, "det", "DET"),
        t("meeting", 1, "dobj", "NOUN", lemma="meeting"), t("on", 1, "prep", "ADP"),
        t("Thursday", 6, "compound", "PROPN", "B-DATE"), t("evening", 4, "pobj", "NOUN", "B-TIME"),
        t("at", 6, "prep", "ADP"), t("Vellport", 7, "pobj", "PROPN", "B-Place"), t(".", 1, "punct", "PUNCT"),
    ])
    assert in_topic(topic[7]) and not in_topic(evening[8])


def test_an_island_a_meeting_is_on_is_where_it_is(make_doc):
    # Ode held a meeting on the island of Vellholm .
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB", lemma="hold"),
        t("a", 3, "det", "DET"), t("meeting", 1, "dobj", "NOUN", lemma="meeting"), t("on", 3, "prep", "ADP"),
        t("the", 6, "det", "DET"), t("island", 4, "pobj", "NOUN"), t("of", 6, "prep", "ADP"),
        t("Vellholm", 7, "pobj", "PROPN", "B-Place"), t(".", 1, "punct", "PUNCT"),
    ])
    assert not in_topic(doc[6]) and not in_topic(doc[8])


def test_a_place_after_the_topic_hung_on_the_sidelines_is_the_topic_s(make_doc):
    # Ode held talks on the sidelines with Pym on troop levels in Vellport .
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB", lemma="hold"),
        t("talks", 1, "dobj", "NOUN", tag="NNS", lemma="talk"), t("on", 2, "prep", "ADP"), t("the", 5, "det", "DET"),
        t("sidelines", 3, "pobj", "NOUN", tag="NNS"), t("with", 5, "prep", "ADP"), t("Pym", 6, "pobj", "PROPN", "B-Person"),
        t("on", 5, "prep", "ADP"), t("troop", 10, "compound", "NOUN"), t("levels", 8, "pobj", "NOUN", tag="NNS"),
        t("in", 5, "prep", "ADP"), t("Vellport", 11, "pobj", "PROPN", "B-Place"), t(".", 1, "punct", "PUNCT"),
    ])
    assert in_topic(doc[12])
    # Ode held talks on the sidelines in Vellport . -- no topic before: where the talks were
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB", lemma="hold"),
        t("talks", 1, "dobj", "NOUN", tag="NNS", lemma="talk"), t("on", 2, "prep", "ADP"), t("the", 5, "det", "DET"),
        t("sidelines", 3, "pobj", "NOUN", tag="NNS"), t("in", 5, "prep", "ADP"), t("Vellport", 6, "pobj", "PROPN", "B-Place"),
        t(".", 1, "punct", "PUNCT"),
    ])
    assert not in_topic(doc[7])


def test_a_place_of_an_event_the_contact_follows_dated_apart_is_that_event_s(make_doc):
    # Ode met Pym following the handover of the base at Vellport last year . -- and "after the summit at Vellport"
    def met_after(prep, dated):
        return make_doc([
            t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("met", 1, "ROOT", "VERB", lemma="meet"),
            t("Pym", 1, "dobj", "PROPN", "B-Person"), t(prep, 1, "prep", "ADP"), t("the", 5, "det", "DET"),
            t("handover", 3, "pobj", "NOUN"), t("at", 5, "prep", "ADP"), t("Vellport", 6, "pobj", "PROPN", "B-Place"),
            *([t("last", 9, "amod", "ADJ", "B-DATE"), t("year", 5, "npadvmod", "NOUN", "I-DATE")] if dated else []),
            t(".", 1, "punct", "PUNCT"),
        ])
    doc = met_after("following", True)
    assert dated_event_after(doc[7], doc[1])
    doc = met_after("after", False)
    assert not dated_event_after(doc[7], doc[1])


def test_a_place_in_a_present_state_beside_a_past_contact_is_not_where_it_happened(make_doc):
    # Ode runs a base in Vellport and signed a pact with Pym . -- and "Ode is in Vellport and met Pym ."
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("runs", 1, "ROOT", "VERB", lemma="run", tag="VBZ"),
        t("a", 3, "det", "DET"), t("base", 1, "dobj", "NOUN"), t("in", 3, "prep", "ADP"),
        t("Vellport", 4, "pobj", "PROPN", "B-Place"), t("and", 1, "cc", "CCONJ"),
        t("signed", 1, "conj", "VERB", lemma="sign", tag="VBD"), t("a", 9, "det", "DET"), t("pact", 7, "dobj", "NOUN"),
        t("with", 9, "prep", "ADP"), t("Pym", 10, "pobj", "PROPN", "B-Person"), t(".", 1, "punct", "PUNCT"),
    ])
    assert standing_state(doc[5], doc[7])
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("is", 1, "ROOT", "AUX", lemma="be", tag="VBZ"),
        t("in", 1, "prep", "ADP"), t("Vellport", 2, "pobj", "PROPN", "B-Place"), t("and", 1, "cc", "CCONJ"),
        t("met", 1, "conj", "VERB", lemma="meet", tag="VBD"), t("Pym", 5, "dobj", "PROPN", "B-Person"),
        t(".", 1, "punct", "PUNCT"),
    ])
    assert not standing_state(doc[3], doc[5])


def test_a_session_of_a_body_held_somewhere_is_held_there_and_the_session_later_is_that_one(make_doc):
    # Ode briefed Pym on the session of the Council , held in Vellport . Ode chaired the session .
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("briefed", 1, "ROOT", "VERB", lemma="brief", tag="VBD"),
        t("Pym", 1, "dobj", "PROPN", "B-Person"), t("on", 1, "prep", "ADP"), t("the", 5, "det", "DET"),
        t("session", 3, "pobj", "NOUN"), t("of", 5, "prep", "ADP"), t("the", 8, "det", "DET"),
        t("Council", 6, "pobj", "PROPN", "B-Organization"), t(",", 8, "punct", "PUNCT"),
        t("held", 8, "acl", "VERB", lemma="hold", tag="VBN"), t("in", 10, "prep", "ADP"),
        t("Vellport", 11, "pobj", "PROPN", "B-Place"), t(".", 1, "punct", "PUNCT"),
        t("Ode", 15, "nsubj", "PROPN", "B-Person"), t("chaired", 15, "ROOT", "VERB", lemma="chair", tag="VBD"),
        t("the", 17, "det", "DET"), t("session", 15, "dobj", "NOUN"), t(".", 15, "punct", "PUNCT"),
    ])
    refs = {0: "e0", 2: "e1", 8: "e2", 12: "e3", 14: "e0"}
    types = {"e0": PERSON, "e1": PERSON, "e2": ORGANIZATION, "e3": PLACE}
    assert place_of(doc[5], refs, types, ["e0"]) == "e3"
    assert same_noun_place(doc[17], refs, types, ["e0"], []) == "e3"
    told = [RawEvent(MEETING, ("e0", "e1"), doc[0:14], "noun-meet", 0.8, trigger="session")]
    assert same_noun_place(doc[17], refs, types, ["e0"], told) is None  # a contact of its own: its own reading


def test_a_verb_tagged_a_plural_noun_with_an_object_is_a_verb(make_doc):
    # Ann Ode hosts Bo Pym . -- "hosts" tagged a plural noun, with its direct object
    doc = make_doc([
        *name(0, 2, "nsubj"), t("hosts", 2, "ROOT", "NOUN", lemma="host", tag="NNS"),
        *name(3, 2, "dobj", "Bo", "Pym"), t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet")]


def test_a_verb_read_into_one_noun_phrase_with_the_names_around_it_is_their_verb(make_doc):
    # - Ode hosts Bo Pym . -- parsed as one name, "hosts" a plural noun in it; and "- Ann Ode hosts Bo Pym ." with
    # the host's name a modifier of the verb
    doc = make_doc([
        t("-", 2, "punct", "PUNCT"), t("Ode", 2, "compound", "PROPN", "B-Person"),
        t("hosts", 4, "compound", "NOUN", lemma="host", tag="NNS"), *name(3, 4, "ROOT", "Bo", "Pym"),
        t(".", 4, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet")]
    doc = make_doc([
        t("-", 3, "punct", "PUNCT"), *name(1, 3, "compound"), t("hosts", 3, "ROOT", "VERB", lemma="host", tag="VBZ"),
        *name(4, 3, "dobj", "Bo", "Pym"), t(".", 3, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet")]


def test_call_verb_with_a_direct_object(make_doc):
    # Ann Ode called Bo Pym .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("called", 2, "ROOT", "VERB", lemma="call"), t("Bo", 4, "compound", "PROPN", "B-Person"),
        t("Pym", 2, "dobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert trigger_rule(doc[2]) == "verb-call"
    assert run(doc) == [(CALL, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-call")]


def _called_on_monday(make_doc, prep="on", when=("Monday", "PROPN")):
    # Ann Ode called Bo Pym on Monday .
    return make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("called", 2, "ROOT", "VERB", lemma="call"), t("Bo", 4, "compound", "PROPN", "B-Person"),
        t("Pym", 2, "dobj", "PROPN", "I-Person"), t(prep, 2, "prep", "ADP"),
        t(when[0], 5, "pobj", when[1], "B-DATE"), t(".", 2, "punct", "PUNCT"),
    ])


def test_call_verb_with_a_date(make_doc):
    doc = _called_on_monday(make_doc)
    assert trigger_rule(doc[2]) == "verb-call"
    assert run(doc) == [(CALL, ("Ann Ode", "Bo Pym"), None, OCCURRED, "Monday", "verb-call")]


def test_a_bound_does_not_date_the_contact(make_doc):
    doc = spoke_with(make_doc, verb="talked", lemma="talk", prep="until")  # Ann Ode talked with Bo Pym until Monday .
    assert [e[4] for e in run(doc)] == [None]


def test_a_year_outside_the_contact_clause_does_not_date_it(make_doc):
    # Ann Ode , who left in 2019 , called Bo Pym .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 7, "nsubj", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("who", 4, "nsubj", "PRON"), t("left", 1, "relcl", "VERB", lemma="leave"),
        t("in", 4, "prep", "ADP"), t("2019", 5, "pobj", "NUM", "B-DATE"), t("called", 7, "ROOT", "VERB", lemma="call"),
        t("Bo", 9, "compound", "PROPN", "B-Person"), t("Pym", 7, "dobj", "PROPN", "I-Person"), t(".", 7, "punct", "PUNCT"),
    ])
    assert run(doc) == [(CALL, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-call")]


def test_a_year_in_the_contact_clause_dates_it(make_doc):
    doc = _called_on_monday(make_doc, "in", ("2019", "NUM"))  # Ann Ode called Bo Pym in 2019 .
    assert run(doc) == [(CALL, ("Ann Ode", "Bo Pym"), None, OCCURRED, "2019", "verb-call")]


def test_their_encounter_under_another_s_verb_is_the_pair_told_of(make_doc):
    # Ann Ode met Bo Pym . The Kremlin confirmed their encounter .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 2, "dobj", "Bo", "Pym"),
        t(".", 2, "punct", "PUNCT"), t("The", 7, "det", "DET"), t("Kremlin", 8, "nsubj", "PROPN", "B-Organization"),
        t("confirmed", 8, "ROOT", "VERB", lemma="confirm"), t("their", 10, "poss", "PRON"),
        t("encounter", 8, "dobj", "NOUN", lemma="encounter"), t(".", 8, "punct", "PUNCT"),
    ])
    assert [e[:2] for e in run(doc)] == [(MEETING, ("Ann Ode", "Bo Pym")), (MEETING, ("Ann Ode", "Bo Pym"))]


def test_the_date_of_the_trigger_s_own_verb_before_one_above_it(make_doc):
    # Ann Ode spoke with Bo Pym on Monday and will meet him in May .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("spoke", 2, "ROOT", "VERB", lemma="speak"), t("with", 2, "prep", "ADP"),
        *name(4, 3, "pobj", "Bo", "Pym"), t("on", 2, "prep", "ADP"), t("Monday", 6, "pobj", "PROPN", "B-DATE"),
        t("and", 2, "cc", "CCONJ"),
        t("will", 10, "aux", "AUX", lemma="will"), t("meet", 2, "conj", "VERB", lemma="meet"),
        t("him", 10, "dobj", "PRON"), t("in", 10, "prep", "ADP"), t("May", 12, "pobj", "PROPN", "B-DATE"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert [(e[0], e[4]) for e in run(doc)] == [(TALKS, "Monday"), (MEETING, "May")]


def test_a_date_ending_a_contact_told_of_is_that_contact_s(make_doc):
    # Ann Ode informed her counterpart Bo Pym about her conversation with Cy Lou on Monday . -- "on Monday" parsed on
    # "informed"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("informed", 2, "ROOT", "VERB", lemma="inform"), t("her", 4, "poss", "PRON"),
        t("counterpart", 2, "dobj", "NOUN"), *name(5, 4, "appos", "Bo", "Pym"), t("about", 2, "prep", "ADP"),
        t("her", 9, "poss", "PRON"), t("conversation", 7, "pobj", "NOUN"), t("with", 9, "prep", "ADP"),
        *name(11, 10, "pobj", "Cy", "Lou"), t("on", 2, "prep", "ADP"), t("Monday", 13, "pobj", "PROPN", "B-DATE"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert {e[1]: e[4] for e in run(doc)} == {("Ann Ode", "Bo Pym"): None, ("Ann Ode", "Cy Lou"): "Monday"}


def test_call_for_is_no_call(make_doc):
    # Ann Ode called for calm .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("called", 2, "ROOT", "VERB", lemma="call"), t("for", 2, "prep", "ADP"), t("calm", 3, "pobj", "NOUN"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert trigger_rule(doc[2]) is None
    assert run(doc) == []


def test_a_call_for_a_clause_is_a_demand_however_parsed(make_doc):
    # Ann Ode repeated her call for Bo Pym to talk . -- "for" parsed as the mark of a clause of "repeated"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("repeated", 2, "ROOT", "VERB", lemma="repeat"), t("her", 4, "poss", "PRON"),
        t("call", 2, "dobj", "NOUN"), t("for", 9, "mark", "ADP"), *name(6, 9, "nsubj", "Bo", "Pym"),
        t("to", 9, "aux", "PART"), t("talk", 2, "advcl", "VERB"), t(".", 2, "punct", "PUNCT"),
    ])
    assert trigger_rule(doc[4]) is None
    assert run(doc) == []


def test_noun_triggers(make_doc):
    # Ode and Pym held talks after a phone call and the summit .
    doc = make_doc([
        t("Ode", 3, "nsubj", "PROPN", "B-Person"), t("and", 0, "cc", "CCONJ"), t("Pym", 0, "conj", "PROPN", "B-Person"),
        t("held", 3, "ROOT", "VERB", lemma="hold"), t("talks", 3, "dobj", "NOUN", lemma="talk", tag="NNS"),
        t("after", 3, "prep", "ADP"), t("a", 8, "det", "DET"), t("phone", 8, "compound", "NOUN"),
        t("call", 5, "pobj", "NOUN"), t("and", 8, "cc", "CCONJ"), t("the", 11, "det", "DET"),
        t("summit", 8, "conj", "NOUN"), t(".", 3, "punct", "PUNCT"),
    ])
    assert [trigger_rule(doc[i]) for i in (3, 4, 7, 8, 11)] == [None, "noun-talk", None, "noun-call", "noun-meet"]


def test_word_inside_a_name_is_no_trigger(make_doc):
    # Summit County voted .
    doc = make_doc([
        t("Summit", 1, "compound", "PROPN", "B-Place"), t("County", 2, "nsubj", "PROPN", "I-Place"),
        t("voted", 2, "ROOT", "VERB", lemma="vote"), t(".", 2, "punct", "PUNCT"),
    ])
    assert trigger_rule(doc[0]) is None


def test_talks_between_a_and_b(make_doc):
    # Talks between Ode and Pym ended .
    doc = make_doc([
        t("Talks", 5, "nsubj", "NOUN", lemma="talk", tag="NNS"), t("between", 0, "prep", "ADP"),
        t("Ode", 1, "pobj", "PROPN", "B-Person"), t("and", 2, "cc", "CCONJ"), t("Pym", 2, "conj", "PROPN", "B-Person"),
        t("ended", 5, "ROOT", "VERB", lemma="end"), t(".", 5, "punct", "PUNCT"),
    ])
    assert run(doc) == [(TALKS, ("Ode", "Pym"), None, OCCURRED, None, "noun-talk")]


def test_a_demonym_parsed_as_a_conjunct_opens_the_next_name_s_title(make_doc):
    # Talks between Ode and French President Bo Pym ended .  (parsed with Ode a modifier of Pym, "French" and
    # "President" its conjuncts: the parties are Ode and Pym, not France)
    doc = make_doc([
        t("Talks", 8, "nsubj", "NOUN", lemma="talk", tag="NNS"), t("between", 0, "prep", "ADP"),
        t("Ode", 7, "nmod", "PROPN", "B-Person"), t("and", 2, "cc", "CCONJ"), t("French", 2, "conj", "ADJ", "B-NORP"),
        t("President", 2, "conj", "PROPN"), t("Bo", 7, "compound", "PROPN", "B-Person"),
        t("Pym", 1, "pobj", "PROPN", "I-Person"), t("ended", 8, "ROOT", "VERB", lemma="end"), t(".", 8, "punct", "PUNCT"),
    ])
    assert [e[1] for e in run(doc) if e[0] == TALKS] == [("Bo Pym", "Ode")]


# --- meetings ------------------------------------------------------------------------------------


def test_meeting_place_and_coordinated_participants(make_doc):
    # Ann Ode and Bo Pym met Cy Lee in Vellport .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 5, "nsubj", "PROPN", "I-Person"), t("and", 1, "cc", "CCONJ"),
        t("Bo", 4, "compound", "PROPN", "B-Person"), t("Pym", 1, "conj", "PROPN", "I-Person"),
        t("met", 5, "ROOT", "VERB", lemma="meet"), t("Cy", 7, "compound", "PROPN", "B-Person"),
        t("Lee", 5, "dobj", "PROPN", "I-Person"), t("in", 5, "prep", "ADP"), t("Vellport", 8, "pobj", "PROPN", "B-Place"),
        t(".", 5, "punct", "PUNCT"),
    ])
    # the meeting of the three, and talks across: each of the two with the one they met
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym", "Cy Lee"), "Vellport", OCCURRED, None, "verb-meet"),
                        (TALKS, ("Ann Ode", "Cy Lee"), None, OCCURRED, None, "verb-meet"),
                        (TALKS, ("Bo Pym", "Cy Lee"), None, OCCURRED, None, "verb-meet")]


def test_talks_with_two_people_hung_on_the_verb_are_talks_with_each(make_doc):
    # Ann Ode held talks with Bo Pym and Cy Lee in Vellport . -- "with" hung on "held"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("held", 2, "ROOT", "VERB", lemma="hold"),
        t("talks", 2, "dobj", "NOUN", lemma="talk", tag="NNS"), t("with", 2, "prep", "ADP"),
        *name(5, 4, "pobj", "Bo", "Pym"), t("and", 6, "cc", "CCONJ"), *name(8, 6, "conj", "Cy", "Lee"),
        t("in", 2, "prep", "ADP"), t("Vellport", 10, "pobj", "PROPN", "B-Place"), t(".", 2, "punct", "PUNCT"),
    ])
    assert {(kind, names) for kind, names, *_ in run(doc)} == {
        (MEETING, ("Ann Ode", "Bo Pym", "Cy Lee")), (TALKS, ("Ann Ode", "Bo Pym")), (TALKS, ("Ann Ode", "Cy Lee"))}


def test_talks_with_a_partner_hung_on_the_city_they_were_held_in(make_doc):
    # Ann Ode held talks in Vellport with Bo Pym . -- "with" hung on "Vellport"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("held", 2, "ROOT", "VERB", lemma="hold"),
        t("talks", 2, "dobj", "NOUN", lemma="talk", tag="NNS"), t("in", 2, "prep", "ADP"),
        t("Vellport", 4, "pobj", "PROPN", "B-Place"), t("with", 5, "prep", "ADP"), *name(7, 6, "pobj", "Bo", "Pym"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert {(kind, names, place) for kind, names, place, *_ in run(doc)} == {
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport")}
    # Ann Ode held talks in Vellport with Bo Pym . -- "in" hung on "talks", "with" on "Vellport"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("held", 2, "ROOT", "VERB", lemma="hold"),
        t("talks", 2, "dobj", "NOUN", lemma="talk", tag="NNS"), t("in", 3, "prep", "ADP"),
        t("Vellport", 4, "pobj", "PROPN", "B-Place"), t("with", 5, "prep", "ADP"), *name(7, 6, "pobj", "Bo", "Pym"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert {(kind, names, place) for kind, names, place, *_ in run(doc)} == {
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport")}


def test_a_site_a_country_owns_is_where_not_the_country(make_doc):
    # Ann Ode met Bo Pym on Quorvia 's Vell Island . -- (but "at Istanbul's Y Palace": the city)
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("on", 2, "prep", "ADP"), t("Quorvia", 9, "poss", "PROPN", "B-Country"), t("'s", 6, "case", "PART"),
        t("Vell", 9, "compound", "PROPN", "B-Place"), t("Island", 5, "pobj", "PROPN", "I-Place"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc)[0][:3] == (MEETING, ("Ann Ode", "Bo Pym"), "Vell Island")


def test_the_city_after_a_building_s_comma_parsed_as_a_modifier_is_where(make_doc):
    # Ann Ode met Bo Pym at Vell House , Vellport . -- parsed with "Vellport" a modifier of "House"
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("at", 2, "prep", "ADP"), t("Vell", 7, "compound", "PROPN", "B-Organization"),
        t("House", 5, "pobj", "PROPN", "I-Organization"), t(",", 7, "punct", "PUNCT"),
        t("Vellport", 7, "npadvmod", "PROPN", "B-Place"), t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), "Vellport", OCCURRED, None, "verb-meet")]


def test_a_place_on_the_last_one_met_is_where_and_a_place_after_on_where_one_hosts(make_doc):
    # Ann Ode met Bo Pym in Quorvgrad . Ann Ode met Bo Pym , Cy Lee and Di Orr at the Vell centre in Vellport . --
    # "at" hung on the last one met (Lee parsed as Pym's apposition): there, not where the first meeting was
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("in", 2, "prep", "ADP"), t("Quorvgrad", 5, "pobj", "PROPN", "B-Place"), t(".", 2, "punct", "PUNCT"),
        *name(8, 10, "nsubj"), t("met", 10, "ROOT", "VERB", lemma="meet"), *name(11, 10, "dobj", "Bo", "Pym"),
        t(",", 12, "punct", "PUNCT"), *name(14, 12, "appos", "Cy", "Lee"), t("and", 15, "cc", "CCONJ"),
        *name(17, 15, "conj", "Di", "Orr"), t("at", 18, "prep", "ADP"),
        t("the", 22, "det", "DET"), t("Vell", 22, "compound", "PROPN"), t("centre", 19, "pobj", "NOUN"),
        t("in", 22, "prep", "ADP"), t("Vellport", 23, "pobj", "PROPN", "B-Place"), t(".", 10, "punct", "PUNCT"),
    ])
    assert [e[:3] for e in run(doc) if e[0] == MEETING] == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Quorvgrad"), (MEETING, ("Ann Ode", "Bo Pym", "Cy Lee", "Di Orr"), "Vellport")]
    # Ann Ode hosted Bo Pym on Vellholm for talks on Quorvia . -- an island hosted on; a country talked on
    doc = make_doc([
        *name(0, 2, "nsubj"), t("hosted", 2, "ROOT", "VERB", lemma="host"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("on", 4, "prep", "ADP"), t("Vellholm", 5, "pobj", "PROPN", "B-Place"), t("for", 2, "prep", "ADP"),
        t("talks", 7, "pobj", "NOUN", tag="NNS", lemma="talk"), t("on", 8, "prep", "ADP"),
        t("Quorvia", 9, "pobj", "PROPN", "B-Country"), t(".", 2, "punct", "PUNCT"),
    ])
    assert {e[:3] for e in run(doc)} == {(MEETING, ("Ann Ode", "Bo Pym"), "Vellholm")}
    # Ann Ode spoke with Bo Pym on Vellholm . -- what one speaks on is a topic
    doc = make_doc([
        *name(0, 2, "nsubj"), t("spoke", 2, "ROOT", "VERB", lemma="speak"), t("with", 2, "prep", "ADP"),
        *name(4, 3, "pobj", "Bo", "Pym"), t("on", 2, "prep", "ADP"), t("Vellholm", 6, "pobj", "PROPN", "B-Place"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc)[0][2] is None


def test_a_visit_parsed_as_the_title_s_is_its_holder_s_journey(make_doc):
    # Minister Ann Ode , during her visit to Vellport , held talks with Bo Pym .
    doc = make_doc([
        t("Minister", 10, "nsubj", "PROPN"), *name(1, 0, "appos"), t(",", 0, "punct", "PUNCT"),
        t("during", 0, "prep", "ADP"), t("her", 6, "poss", "PRON"), t("visit", 4, "pobj", "NOUN"),
        t("to", 6, "prep", "ADP"), t("Vellport", 7, "pobj", "PROPN", "B-Place"), t(",", 0, "punct", "PUNCT"),
        t("held", 10, "ROOT", "VERB", lemma="hold"), t("talks", 10, "dobj", "NOUN", tag="NNS", lemma="talk"),
        t("with", 11, "prep", "ADP"), *name(13, 12, "pobj", "Bo", "Pym"), t(".", 10, "punct", "PUNCT"),
    ])
    assert [(kind, names, place) for kind, names, place, *_ in run(doc)] == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport")]


def test_a_place_in_the_meeting_s_own_clause_comes_before_a_party_s_trip(make_doc):
    # Ann Ode , who is on a trip to Vellport , met Bo Pym of Acme in Dunmore .
    doc = make_doc([
        *name(0, 11, "nsubj"), t(",", 1, "punct", "PUNCT"), t("who", 4, "nsubj", "PRON"),
        t("is", 1, "relcl", "AUX", lemma="be", tag="VBZ"), t("on", 4, "prep", "ADP"), t("a", 7, "det", "DET"),
        t("trip", 5, "pobj", "NOUN"), t("to", 7, "prep", "ADP"), t("Vellport", 8, "pobj", "PROPN", "B-Place"),
        t(",", 1, "punct", "PUNCT"), t("met", 11, "ROOT", "VERB", lemma="meet"), *name(12, 11, "dobj", "Bo", "Pym"),
        t("of", 13, "prep", "ADP"), t("Acme", 14, "pobj", "PROPN", "B-Org"), t("in", 15, "prep", "ADP"),
        t("Dunmore", 16, "pobj", "PROPN", "B-Place"), t(".", 11, "punct", "PUNCT"),
    ])
    assert [(kind, names, place) for kind, names, place, *_ in run(doc)] == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Dunmore")]


def test_a_town_naming_the_site_before_the_country_it_is_in(make_doc):
    # Ann Ode met Bo Pym in the Vellport camps in Chile .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("met", 2, "ROOT", "VERB", lemma="meet"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("in", 2, "prep", "ADP"), t("the", 8, "det", "DET"), t("Vellport", 8, "compound", "PROPN", "B-Place"),
        t("camps", 5, "pobj", "NOUN", tag="NNS", lemma="camp"), t("in", 8, "prep", "ADP"),
        t("Chile", 9, "pobj", "PROPN", "B-Country"), t(".", 2, "punct", "PUNCT"),
    ])
    assert [(kind, names, place) for kind, names, place, *_ in run(doc)] == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport")]


def test_a_partner_s_with_hung_on_the_verb_s_from_phrase(make_doc):
    # Ann Ode spoke from Vellport with Bo Pym .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("spoke", 2, "ROOT", "VERB", lemma="speak"), t("from", 2, "prep", "ADP"),
        t("Vellport", 3, "pobj", "PROPN", "B-Place"), t("with", 4, "prep", "ADP"), *name(6, 5, "pobj", "Bo", "Pym"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert [(kind, names) for kind, names, *_ in run(doc)] == [(TALKS, ("Ann Ode", "Bo Pym"))]


def test_contact_as_subject_takes_no_other_subject(make_doc):
    # Vell talks Ann Ode 's lunch with Bo Pym was dominated by oil .  (a run-in headline: two subjects)
    doc = make_doc([
        t("Vell", 9, "nsubjpass", "PROPN", "B-Organization"), t("talks", 0, "appos", "NOUN", lemma="talk", tag="NNS"),
        t("Ann", 3, "compound", "PROPN", "B-Person"), t("Ode", 5, "poss", "PROPN", "I-Person"), t("'s", 3, "case", "PART"),
        t("lunch", 9, "nsubjpass", "NOUN"), t("with", 5, "prep", "ADP"),
        t("Bo", 8, "compound", "PROPN", "B-Person"), t("Pym", 6, "pobj", "PROPN", "I-Person"),
        t("dominated", 9, "ROOT", "VERB", lemma="dominate", tag="VBN"), t(".", 9, "punct", "PUNCT"),
    ])
    assert [e[1] for e in run(doc) if e[0] == MEETING] == [("Ann Ode", "Bo Pym")]


def test_delegations_stand_for_their_countries(make_doc):
    # The Russian and Ukrainian delegations met in Vellport .  (demonyms: NORP, not names)
    doc = make_doc([
        t("The", 4, "det", "DET"), t("Russian", 4, "amod", "ADJ", "B-NORP"), t("and", 1, "cc", "CCONJ"),
        t("Ukrainian", 1, "conj", "ADJ", "B-NORP"), t("delegations", 5, "nsubj", "NOUN", lemma="delegation", tag="NNS"),
        t("met", 5, "ROOT", "VERB", lemma="meet"), t("in", 5, "prep", "ADP"), t("Vellport", 6, "pobj", "PROPN", "B-Place"),
        t(".", 5, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Russia", "Ukraine"), "Vellport", OCCURRED, None, "verb-meet")]


# --- modality ------------------------------------------------------------------------------------


def test_negated_contacts_are_dropped(make_doc):
    doc = spoke_with(make_doc, aux=[("did", "aux", "AUX", "do"), ("not", "neg", "PART", "not")], verb="speak")
    assert is_negated(doc[4]) and run(doc) == []


def test_neither_of_two_subjects_met(make_doc):
    # Neither Ann Ode nor Bo Pym attended the talks .
    doc = make_doc([
        t("Neither", 2, "det", "CCONJ"), *name(1, 6, "nsubj"), t("nor", 2, "cc", "CCONJ"),
        *name(4, 2, "conj", "Bo", "Pym"), t("attended", 6, "ROOT", "VERB", lemma="attend"), t("the", 8, "det", "DET"),
        t("talks", 6, "dobj", "NOUN", lemma="talk"), t(".", 6, "punct", "PUNCT"),
    ])
    assert is_negated(doc[6])


def test_refused_to_meet_is_dropped(make_doc):
    # Ann Ode refused to meet Bo Pym .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("refused", 2, "ROOT", "VERB", lemma="refuse"), t("to", 4, "aux", "PART"),
        t("meet", 2, "xcomp", "VERB", lemma="meet"), t("Bo", 6, "compound", "PROPN", "B-Person"),
        t("Pym", 4, "dobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert is_negated(doc[4]) and not is_negated(doc[2])
    assert run(doc) == []


@pytest.mark.parametrize("aux", ["could", "might", "should"])
def test_hypothetical_contacts_are_dropped(make_doc, aux):
    doc = spoke_with(make_doc, aux=[(aux, "aux", "AUX", aux)], verb="speak")
    assert is_hypothetical(doc[3]) and run(doc) == []


def test_a_contact_hoped_for_is_hypothetical_whatever_the_lemma(make_doc):
    # Ann Ode hoped that Bo Pym would one day meet Cy Tal .  ("hoped" lemmatised "hop", "would" hung on "day")
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("hoped", 2, "ROOT", "VERB", lemma="hop", tag="VBD"), t("that", 9, "mark", "ADP", tag="IN"),
        t("Bo", 5, "compound", "PROPN", "B-Person"), t("Pym", 9, "nsubj", "PROPN", "I-Person"),
        t("would", 8, "aux", "AUX"), t("one", 8, "nummod", "NUM"), t("day", 5, "appos", "NOUN"),
        t("meet", 2, "ccomp", "VERB", lemma="meet"), t("Cy", 11, "compound", "PROPN", "B-Person"),
        t("Tal", 9, "dobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert is_hypothetical(doc[9]) and run(doc) == []


def test_a_dateline_parsed_as_the_subject_gives_way_to_the_lede_s_names(make_doc):
    # MOSCOW , June 15 - Ann Ode and Bo Pym discussed oil at the Kremlin .  (Ode hung on the date, as parsed)
    doc = make_doc([
        t("MOSCOW", 11, "nsubj", "PROPN", "B-Place"), t(",", 0, "punct", "PUNCT", tag=","),
        t("June", 0, "npadvmod", "PROPN", "B-DATE"), t("15", 2, "nummod", "NUM", "I-DATE"),
        t("-", 6, "punct", "PUNCT", tag=":"), t("Ann", 6, "compound", "PROPN", "B-Person"),
        t("Ode", 2, "conj", "PROPN", "I-Person"), t("and", 6, "cc", "CCONJ"),
        t("Bo", 9, "compound", "PROPN", "B-Person"), t("Pym", 6, "conj", "PROPN", "I-Person"),
        t("oil", 11, "dobj", "NOUN"), t("discussed", 11, "ROOT", "VERB", lemma="discuss"),
        t(".", 11, "punct", "PUNCT"),
    ])
    assert [s.text for s in subjects_of(doc[11])] == ["Ode", "Pym"]


def test_a_summit_told_about_is_not_where_the_telling_is(make_doc):
    # Ann Ode briefed Bo Pym in Seoul on Cy Tal 's summit with Di Lu .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("briefed", 2, "ROOT", "VERB", lemma="brief"), t("Bo", 4, "compound", "PROPN", "B-Person"),
        t("Pym", 2, "dobj", "PROPN", "I-Person"), t("in", 2, "prep", "ADP"), t("Seoul", 5, "pobj", "PROPN", "B-Place"),
        t("on", 2, "prep", "ADP"), t("Cy", 9, "compound", "PROPN", "B-Person"),
        t("Tal", 11, "poss", "PROPN", "I-Person"),
        t("'s", 9, "case", "PART", tag="POS"), t("summit", 7, "pobj", "NOUN", lemma="summit"),
        t("with", 11, "prep", "ADP"), t("Di", 14, "compound", "PROPN", "B-Person"),
        t("Lu", 12, "pobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Cy Tal", "Di Lu"), None, OCCURRED, None, "noun-meet")]


def test_will_makes_a_contact_planned(make_doc):
    doc = spoke_with(make_doc, aux=[("will", "aux", "AUX", "will")], verb="speak")
    assert is_planned(doc[3]) and not is_hypothetical(doc[3]) and not is_negated(doc[3])
    assert run(doc) == [(TALKS, ("Ann Ode", "Bo Pym"), None, PLANNED, "Monday", "verb-talk")]


def test_past_contact_is_not_planned(make_doc):
    doc = spoke_with(make_doc)
    assert not is_planned(doc[2]) and not is_hypothetical(doc[2]) and not is_negated(doc[2])


# --- helpers ---------------------------------------------------------------------------------------


def _raw(kind, parties, place=None, date=None, sentence=None):
    return RawEvent(kind, tuple(parties), sentence, "r", 0.8, place=place, date_text=date)


def test_main_pair_is_the_most_frequent_pair_latest_on_a_tie_one_named_here_first():
    evs = [_raw(TALKS, "ab"), _raw(CALL, "cd"), _raw(TALKS, "ba")]
    assert main_pair(evs) == ["a", "b"]
    assert main_pair([_raw(TALKS, "ab"), _raw(TALKS, "cd")]) == ["c", "d"]
    assert main_pair([_raw(MEETING, "abc")]) == []  # only pairs count
    assert main_pair([]) == []
    assert main_pair(evs, {"c"}) == ["c", "d"]  # "C said the two leaders ...": C's pair
    assert main_pair(evs, {"e"}) == ["a", "b"]


def test_capital_parties_map_a_capital_to_the_country_the_article_names():
    entities = [Entity("e0", "Germany", COUNTRY), Entity("e1", "Berlin", PLACE), Entity("e2", "Paris", PLACE),
                Entity("e3", "Hamburg", PLACE)]
    assert capital_parties(entities) == {"e1": "e0"}  # France is not named; Hamburg is no capital


def test_drop_repeats_keeps_the_most_detailed_reading():
    bare, placed = _raw(MEETING, "ab"), _raw(MEETING, "ab", place="p")
    three, other = _raw(MEETING, "abc"), _raw(TALKS, "ab")
    assert drop_repeats([bare, placed]) == [placed]
    assert drop_repeats([bare, three]) == [three]  # a subset of the parties of the same kind
    assert drop_repeats([bare, other]) == [bare, other]  # a different kind stays
    assert drop_repeats([placed, other]) == [placed]  # but talks of the very parties of a placed meeting are it
    assert drop_repeats([_raw(MEETING, "abc", place="p"), other]) == [_raw(MEETING, "abc", place="p"), other]


# --- end to end, with the model ---------------------------------------------------------------------
# Each case: text, article date, the exact events (kind, participants, place, status, date).

CONTACTS = [
    # "the Inspector-General of X, Y": a post (hyphenated), the name after it the party; a call "pencilled in for
    # Tuesday, was postponed" (the verb a conjunct of another); a title's hyphenated given name alone, its family
    # names after it untagged
    pytest.param("Director-General Ivo Marek held a working session with the Inspector-General of the National Police "
                 "Service, Jan Nowak, at Vigilance House in Nairobi on Monday. A telephone call between Marek and Kenyan "
                 "President Paul Morel, initially pencilled in for Tuesday, was postponed, an official said. Foreign "
                 "Minister Jean-Victor Harvel Jean-Baptiste, who addressed the council, stayed in Nairobi for talks.",
                 "2025-06-10", [(MEETING, ("Ivo Marek", "Jan Nowak"), "Nairobi", OCCURRED, "2025-06-09"),
                                (MEETING, ("Jean-Victor Harvel Jean-Baptiste",), "Nairobi", OCCURRED, "2025-06-09")],
                 id="inspector-general-postponed-and-a-given-name-alone"),
    # "EAM", as Indian readouts call the External Affairs Minister, is the one so titled, not the one named after
    # "EAM and"; "called on President of the Russian Federation H.E. Mr. X" (X parsed the object) is a visit
    pytest.param("External Affairs Minister Dr. Ivo Marek paid an official visit to the Russian Federation at the "
                 "invitation of Foreign Minister Jan Nowak.\n\n2. On 20 August, EAM and First Deputy Prime Minister of "
                 "the Russian Federation H.E. Mr. Paul Morel co-chaired the commission in Moscow.\n\n3. On 21 August, "
                 "EAM held talks with Foreign Minister Nowak. Later that day, EAM called on President of the Russian "
                 "Federation H.E. Mr. Tom Reed at the Kremlin and conveyed greetings.", "2025-08-22",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Russia", OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-08-21"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Moscow", OCCURRED, "2025-08-21")], id="eam-and-called-on"),
    # "The sides discussed" right after a call: the call's two, though another pair met more often before; "The
    # ministers" after a minister met one titled with other posts too: that pair, not an earlier pair of ministers
    pytest.param("Ivo Marek met Jan Nowak in Oslo on Friday. Marek and Nowak will meet again in May.\n\nMeanwhile, "
                 "Prime Minister Anna Keller on Monday held a videoconference with Deputy Prime Minister of Sweden Paul "
                 "Morel. The sides discussed fuel supplies.", "2026-03-10",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Oslo", OCCURRED, "2026-03-06"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Oslo", PLANNED, "2026-05"),
                  (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2026-03-09"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2026-03-09")], id="the-sides-after-a-call"),
    pytest.param("On Monday, Foreign Minister Ivo Marek held talks with Commissioner for Trade Jan Nowak. The "
                 "interlocutors discussed financing.\n\nOn Monday evening, Marek also met Deputy Prime Minister and "
                 "Minister of Foreign Affairs of Norway Paul Morel. The ministers discussed a trade office.", "2026-03-10",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2026-03-09"),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2026-03-09"),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2026-03-09")],
                 id="the-ministers-after-one-titled-with-two-posts"),
    # "briefed Y on the plans in a phone call" parsed with the call on "plans": the call the briefing was done in,
    # in the verb's mood (not "plans")
    pytest.param("Ivo Marek briefed President Tom Reed on the plans in a phone call on Friday, his office said.",
                 "2026-03-08", [(CALL, ("Ivo Marek", "Tom Reed"), None, OCCURRED, "2026-03-06")],
                 id="briefed-on-the-plans-in-a-phone-call"),
    # "X, President Y's adviser": the title is Y's, who is then "the Brazilian leader"; a forum body's own debate has
    # no party
    pytest.param("Jon Abad, President Ivo Marek's chief foreign policy adviser, co-chaired the meeting. Marek, who "
                 "opened the General Assembly debate on Tuesday morning, is scheduled to meet Ukrainian President Tom "
                 "Reed on Thursday. The Brazilian leader spoke by phone with Russian President Jan Nowak last month. "
                 "Brazil hopes for peace.", "2025-09-24",
                 [(TALKS, ("Ivo Marek", "Tom Reed"), None, PLANNED, "2025-09-25"),
                  (CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-08")], id="a-title-before-a-possessor"),
    # a release's "The Minister": its own minister, the one no title ties to another country (not the foreign
    # minister it names last)
    pytest.param("The Ministry for Foreign Affairs\n12 June 2025\n\nMinister for Foreign Affairs Ann Ode received "
                 "Norway's Minister of Foreign Affairs, Jan Nowak, in Reykjavik on Wednesday. Ode said the talks went "
                 "well. On Friday, Ode will hold a video call with Canada's Minister of Foreign Affairs, Ilse Quorvik. "
                 "The two ministers last spoke in May, shortly after Ms. Quorvik took office.\n\nThe Minister further "
                 "confirmed that she intends to travel to Nuuk in September to meet Greenland's Minister for Foreign "
                 "Affairs, Tom Reed.", "2025-06-12",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Reykjavík", OCCURRED, "2025-06-11"),
                  (CALL, ("Ann Ode", "Ilse Quorvik"), None, PLANNED, "2025-06-13"),
                  (TALKS, ("Ann Ode", "Ilse Quorvik"), None, OCCURRED, "2025-05"),
                  (MEETING, ("Ann Ode", "Tom Reed"), "Nuuk", PLANNED, "2025-09")], id="the-release-s-own-minister"),
    # "The two foreign ministers said they would ...": the foreign minister and her counterpart, not the prime minister
    # one of them called on last
    pytest.param("WELLINGTON, Feb 18 (Reuters) - Australian Foreign Minister Ann Ode and her New Zealand counterpart "
                 "Jan Nowak held talks in Wellington on Tuesday. Ode later called on New Zealand Prime Minister Tom "
                 "Reed at his office. The two foreign ministers said they would hold a joint video call next Monday "
                 "with Lars Quorvik.", "2025-02-18",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Wellington", OCCURRED, "2025-02-18"),
                  (MEETING, ("Ann Ode", "Tom Reed"), "Wellington", OCCURRED, "2025-02-18"),
                  (CALL, ("Ann Ode", "Lars Quorvik"), None, PLANNED, "2025-02-24"),
                  (CALL, ("Jan Nowak", "Lars Quorvik"), None, PLANNED, "2025-02-24")], id="the-two-foreign-ministers"),
    # the holder of a post told in a clause under the guest, hung on the verb or the guest: whose message or greetings
    # came, not who came
    pytest.param("ALGIERS - Mr. Ivo Marek received on Wednesday the Ambassador of the People's Republic of China in "
                 "Algiers, who handed over to him a written message from the Minister of Foreign Affairs of China, Mr. "
                 "Jon Abad, relating to the partnership.", "2025-05-14", [], id="message-from-a-post-s-holder"),
    pytest.param("ALGIERS - Mr. Tom Reed was later received by the President of the Republic, Mr. Lars Quorvik, to whom "
                 "he conveyed the greetings of the President of the Republic of Indonesia, Mr. Ann Ode.", "2025-05-14",
                 [(MEETING, ("Tom Reed", "Lars Quorvik"), "Algiers", OCCURRED, None)], id="greetings-of-a-post-s-holder"),
    # the name after a long post of two portfolios and a formal state's name is the post's holder, a partner of the talks
    pytest.param("Rabat, 24 April 2025 - The Minister of Foreign Affairs, Mr. Ivo Marek, held talks on Thursday in "
                 "Rabat with the Minister of Foreign Affairs, European Union and Cooperation of the Kingdom of Spain, "
                 "Mr. Jon Abad Ruiz. Morocco and Spain agreed.", "2025-04-24",
                 [(MEETING, ("Ivo Marek", "Jon Abad Ruiz"), "Rabat", OCCURRED, "2025-04-24")],
                 id="partner-after-a-long-post"),
    # "he" of a clause is the sentence's subject whatever a name dictionary says of the given name (a woman's "Sameh")
    pytest.param("Egyptian Foreign Minister Sameh Marek is due to travel to Munich on Friday to attend the Munich "
                 "Security Conference, where he will meet his Jordanian counterpart Tom Reed on the sidelines.",
                 "2024-02-14", [(MEETING, ("Sameh Marek", "Tom Reed"), "Munich", PLANNED, "2024-02-16")],
                 id="he-of-a-clause-over-a-dictionary-s-sex"),
    # a release's dateline after its label places a meeting at a ministry later in the story, on the day it tells of
    pytest.param("PRESS RELEASE - Monrovia, Thursday, January 29, 2026\n\nPresident Ivo Marek on Wednesday held a "
                 "telephone conversation with President Jan Nowak.\n\n"
                 "Foreign Minister Anna Keller today received at the Ministry of Foreign Affairs the Secretary General "
                 "of the Union, Tom Reed.", "2026-01-29",
                 [(CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2026-01-28"),
                  (MEETING, ("Anna Keller", "Tom Reed"), "Monrovia", OCCURRED, "2026-01-29")],
                 id="a-release-s-dateline-places-a-meeting-at-a-ministry"),
    # those who confirm their participation in a summit just told will be there
    pytest.param("President Ivo Marek will on Tuesday, February 10, 2026, host an extraordinary summit of the Union in "
                 "Monrovia. President Jan Nowak of Peru and President Tom Reed of Côte d'Ivoire have confirmed their "
                 "participation. President Anna Keller has been invited, and her attendance is yet to be confirmed.",
                 "2026-01-29", [(MEETING, ("Ivo Marek",), "Monrovia", PLANNED, "2026-02-10"),
                                (MEETING, ("Jan Nowak", "Tom Reed"), "Monrovia", PLANNED, "2026-02-10")],
                 id="confirmed-their-participation"),
    # a time to come dates no contact that occurred: "next year" is the chairmanship's
    pytest.param("Ivo Marek and Jan Nowak, who took office last week, discussed energy cooperation and Peru's "
                 "chairmanship next year.", "2024-10-10",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None)], id="no-future-date-for-a-past-contact"),
    # a weekday or "tomorrow" with its day and month in brackets, as Indonesian releases write them: no agency's bracket
    pytest.param("Lima, 18 September 2025 - Minister Ivo Marek met Jan Nowak on Wednesday (17/9).\n\nTomorrow (19/9), "
                 "Vice Minister Anna Keller will receive Tom Reed.", "2025-09-18",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2025-09-17"),
                  (TALKS, ("Anna Keller", "Tom Reed"), None, PLANNED, "2025-09-19")], id="days-with-bracketed-numbers"),
    # "call on" a post and the name after it whose first word the parser read as a preposition
    pytest.param("Foreign Minister Ivo Marek will call on Party General Secretary To Lam on Friday.", "2025-03-12",
                 [(TALKS, ("Ivo Marek", "To Lam"), None, PLANNED, "2025-03-14")], id="call-on-a-name-opening-with-to"),
    # a name opening with a word that reads as "than", after a post and its comma
    pytest.param("Last Thursday, Foreign Minister Ivo Marek hosted his Myanmar counterpart, Than Swe, for four hours "
                 "of talks at the Pancasila Building in central Jakarta.", "2026-03-05",
                 [(MEETING, ("Ivo Marek", "Than Swe"), "Jakarta", OCCURRED, "2026-02-26"),
                  (MEETING, ("Ivo Marek",), "Jakarta", OCCURRED, "2026-02-26")], id="counterpart-than-swe"),
    # the speaker of a report the parser hung on the talks' "with" is no partner in them
    pytest.param("Ivo Marek will travel to Cairo next month for talks with Egyptian President Anna Keller, spokeswoman "
                 "Mao Ning told a regular press briefing.", "2025-05-17",
                 [(MEETING, ("Ivo Marek", "Anna Keller"), "Cairo", PLANNED, "2025-06")], id="a-report-s-speaker-after-with"),
    # a headline's title with no article is the holder of that post the story names
    pytest.param("Somali president gets calls from Keller, Nowak after siege\n\nMOGADISHU, Aug 5 (AFP) - Somali President "
                 "Paul Morel received telephone calls from Kenyan President Anna Keller and Turkish President Jan Nowak "
                 "on Sunday.", "2024-08-05",
                 [(CALL, ("Paul Morel", "Anna Keller"), None, OCCURRED, "2024-08-04"),
                  (CALL, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2024-08-04"),
                  (CALL, ("Paul Morel", "Anna Keller"), None, OCCURRED, "2024-08-04"),
                  (CALL, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2024-08-04")], id="a-headline-s-title"),
    # a transcript's speaker opening the line takes no part in the contact told
    pytest.param("Q: Will they meet again?\nAnna Keller: When President Jan Nowak met Prime Minister Paul Morel in Lima "
                 "on July 8, the two leaders had an in-depth exchange of views.", "2025-07-20",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-07-08")], id="a-transcript-s-speaker"),
    # an envoy's remit "on" a country, the name hung on it: the envoy
    pytest.param("United Nations special envoy on Myanmar Anna Keller held talks with General Paul Morel in Naypyitaw "
                 "on Tuesday.", "2025-07-10", [(MEETING, ("Anna Keller", "Paul Morel"), "Nay Pyi Taw", OCCURRED,
                                                "2025-07-08")], id="an-envoy-on-a-country"),
    # what reports tell is not what the story states
    pytest.param("There are reports of Russia-Ukraine talks in Istanbul next week.", "2025-07-10", [],
                 id="reports-of-talks"),
    pytest.param("The government declined to confirm a newspaper report that Anna Keller and Paul Morel secretly met in "
                 "Ulaanbaatar this month.", "2025-07-10", [], id="a-report-that-they-met"),
    # the post's holder named after a comma and a style, the parser hanging the name on the country the post is to
    pytest.param("Speaker Ode Pym spoke. He did so when the new Ambassador of the Republic of Türkiye to Ghana, Her "
                 "Excellency Anna Keller, paid a courtesy call on him at Parliament House on Wednesday.", "2024-02-15",
                 [(MEETING, ("Anna Keller", "Ode Pym"), "Parliament House", OCCURRED, "2024-02-14")],
                 id="a-post-a-comma-and-a-style"),
    # talks with no partner of their own, coordinated with a meeting verb: with its guest (each of two hosts)
    pytest.param("Ode Pym and Anna Keller received Ivo Marek on Monday and held discussions on budget support.",
                 "2025-05-21", [(MEETING, ("Ode Pym", "Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-05-19"),
                                (TALKS, ("Ode Pym", "Ivo Marek"), None, OCCURRED, "2025-05-19"),
                                (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-05-19")],
                 id="received-and-held-discussions"),
    # the holder of a post of a body, named right after it though the parser hangs the name elsewhere
    pytest.param("Both sides also welcomed the telephone conversation between President Anna Keller and General "
                 "Secretary of the Communist Party of Viet Nam To Quang Hai on 20 August 2024.", "2024-09-05",
                 [(CALL, ("Anna Keller", "To Quang Hai"), None, OCCURRED, "2024-08-20")],
                 id="a-post-of-a-body-then-a-name"),
    # a person's "with" hung on a phrase of the verb: the verb's partner
    pytest.param("President Anna Keller discussed the situation at the border crossing with President Paul Morel in a "
                 "telephone call on Friday.", "2025-03-22", [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED,
                                                              "2025-03-21")], id="with-hung-on-the-crossing"),
    # a list after "with" the parser broke off the verb ("dep"): all of it
    pytest.param("Secretary of State Anna Keller opened the talks on Nov. 1, 1995, with Serbian President Slobodan "
                 "Milošević, Croatian President Franjo Tuđman and Bosnian President Alija Izetbegović around one table.",
                 "2020-11-21", [(TALKS, ("Anna Keller", "Slobodan Milošević"), None, OCCURRED, "1995-11-01"),
                                (TALKS, ("Anna Keller", "Franjo Tuđman"), None, OCCURRED, "1995-11-01"),
                                (TALKS, ("Anna Keller", "Alija Izetbegović"), None, OCCURRED, "1995-11-01")],
                 id="a-list-broken-off-with"),
    # a list of topics parsed as the talks' apposition names no place
    pytest.param("Spain's foreign minister, Jan Nowak, held separate talks with his Dutch counterpart, Anna Keller, on "
                 "migration, the war in Ukraine and the situation in Gaza.", "2024-04-17",
                 [(TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None)], id="topics-listed-as-the-talks-apposition"),
    # a subject's phrase ends before its verb: a list after "focused on" parsed as the talks' apposition is their topic
    pytest.param("Anna Keller held talks with Paul Morel on Tuesday. Their talks focused on the implementation of the "
                 "truce in Gaza, the conference that Egypt intends to host, the humanitarian crisis in Sudan and the "
                 "political process in Libya.", "2025-04-17",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-04-15")] * 2,
                 id="topics-after-the-verb-parsed-as-the-subject-s-apposition"),
    # a place in the words a headline quotes is no place of the meeting it tells
    pytest.param('Tajani receives Greek Foreign Minister Gerapetritis: "Italy and Greece, pillars of stability in the '
                 'Mediterranean"', "2025-04-17", [(TALKS, ("Tajani", "Gerapetritis"), None, OCCURRED, None)],
                 id="a-place-in-a-quoted-headline"),
    # "the capital" alone is not one others are still to meet in ("would meet in Pretoria next month"), but the
    # dateline's; a resort is a venue; "that evening" is the evening of the day the sentence names
    pytest.param("WINDHOEK, Feb 24 (Reuters) - President Anna Keller held talks with Paul Morel at State House in Windhoek "
                 "on Saturday. The two leaders agreed that their ministers would meet in Pretoria next month. President "
                 "Jan Nowak, who landed in the capital on Friday, met Morel that evening at the Windhoek Country Club "
                 "Resort.", "2024-02-24",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Windhoek", OCCURRED, "2024-02-24"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Windhoek", OCCURRED, "2024-02-23")],
                 id="landed-in-the-capital-met-that-evening"),
    # "His Excellency" alone is the one a release first styles so, with his whole post before his name, not the last
    # one styled "HE"
    pytest.param("DOHA - His Excellency Prime Minister and Minister of Foreign Affairs Paul Morel met Anna Keller in Doha "
                 "today. Earlier today, His Excellency received a phone call from HE Jan Nowak, Minister of Foreign "
                 "Affairs of Ruritania. His Excellency is scheduled to travel to Washington on Monday, where he will "
                 "meet HE Ivo Marek.", "2025-06-25",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Doha", OCCURRED, "2025-06-25"),
                  (CALL, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-06-25"),
                  (MEETING, ("Paul Morel", "Ivo Marek"), "Washington", PLANNED, "2025-06-30")],
                 id="his-excellency-with-a-whole-post"),
    # a body's first word, the model's only tag in it, is the body it opens where its whole name goes on: the forum of
    # the meeting its chairs held, no party of it
    pytest.param("RABAT - The Minister of the Interior, Anna Keller, and her Moroccan counterpart, Paul Morel, today "
                 "chaired in Rabat the meeting of the Spanish-Moroccan Permanent Group on Migration. The next meeting of "
                 "the Permanent Group will be held in Madrid in 2024.", "2023-09-14",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rabat", OCCURRED, "2023-09-14")],
                 id="chaired-the-meeting-of-a-body"),
    # a name in apposition to the subject, its given name parsed as a modifier, is the subject a pronoun goes on from
    pytest.param("President Paul Morel took office in 2019. Some diplomats speculate that Morel and the king could meet "
                 "on neutral ground. The UN personal envoy, Staffan de Mistura, has spent much of the year shuttling "
                 "between the parties. In April he held talks with Foreign Minister Anna Keller in Rabat.", "2025-12-10",
                 [(MEETING, ("Staffan de Mistura", "Anna Keller"), "Rabat", OCCURRED, "2025-04")],
                 id="a-subject-s-apposition-with-a-modifier-given-name"),
    # an exchange of officers is no talk; an exchange of views "with" X is talks with X, however the "with" hangs
    pytest.param("Anna Keller and Paul Morel agreed on Monday to reinforce joint patrols, the exchange of liaison officers "
                 "in Algeciras and Tangier, and joint investigations. Keller later had an exchange of views with "
                 "President Jan Nowak in Rabat.", "2023-09-14",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Rabat", OCCURRED, None)], id="exchanges-of-officers-and-of-views"),
    pytest.param("ANKARA - The intelligence service mediated a prisoner exchange between Belarus and Poland at Ankara "
                 "Esenboga Airport on Wednesday. Later, Anna Keller had a frank exchange with Paul Morel.", "2026-03-12",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="a-prisoner-exchange-and-a-frank-one"),
    # "sat down at the hotel with X": the partner of the sit-down hung on its venue
    pytest.param("SINGAPORE - Anna Keller met Tom Reed at the Shangri-La Hotel on Saturday. On Friday evening, Keller sat "
                 "down at the same hotel with Japan's Defense Minister Jan Nowak.", "2025-05-31",
                 [(MEETING, ("Anna Keller", "Tom Reed"), "Singapore", OCCURRED, "2025-05-31"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Singapore", OCCURRED, "2025-05-30")],
                 id="sat-down-at-a-venue-with"),
    # a meeting offered is none, however the parser reads "a leaders meeting" (a participle of "leaders")
    pytest.param("THE HAGUE - Turkish President Anna Keller offers to host a Russia-Ukraine leaders meeting in Istanbul. "
                 "Keller met Ukrainian President Jan Nowak on the sidelines at the World Forum this morning.",
                 "2025-06-25", [(MEETING, ("Anna Keller", "Jan Nowak"), "The Hague", OCCURRED, "2025-06-25")],
                 id="offers-to-host-a-leaders-meeting"),
    # a list of posts and names parsed with the second post an apposition of the first name, its name the object of its
    # "of", the third a conjunct of that post: all three met
    pytest.param("DOHA - Prime Minister Anna Keller met today in Doha with Director of the Central Intelligence Agency of "
                 "the United States of America HE Jan Nowak, Director of the Israeli Mossad Paul Morel, and Head of the "
                 "General Intelligence Service of the Arab Republic of Egypt HE Major General Ivo Marek.", "2025-06-25",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel", "Ivo Marek"), "Doha", OCCURRED, "2025-06-25"),
                  *[(TALKS, ("Anna Keller", other), None, OCCURRED, "2025-06-25")
                    for other in ("Jan Nowak", "Paul Morel", "Ivo Marek")]],
                 id="posts-and-names-listed-as-appositions"),
    # a building's description after its comma names the town it is in (a hyphenated word in it too)
    pytest.param("The session, co-chaired by Prime Minister Anna Keller and her Romanian counterpart Paul Morel, was held "
                 "on Thursday in the Revenue Building, the neo-baroque landmark on the central square of Ruse.",
                 "2025-03-14", [(MEETING, ("Anna Keller", "Paul Morel"), "Ruse", OCCURRED, "2025-03-13")],
                 id="a-building-described-in-its-town"),
    # "The two were joined for part of the talks by X and Y": X and Y were at the meeting told (however the "by" hangs)
    pytest.param("BUDAPEST - Prime Minister Anna Keller was received by Prime Minister Paul Morel at the Carmelite "
                 "Monastery in Budapest on Tuesday. The two were joined for the second half of the talks by their "
                 "foreign ministers, Jan Nowak and Ivo Marek.", "2025-02-12",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Budapest", OCCURRED, "2025-02-11"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Budapest", OCCURRED, "2025-02-11")],
                 id="joined-for-part-of-the-talks-by"),
    # a post "of" a country's name, then its holder's name: that holder, not the post's last holder named before
    pytest.param("TEHRAN - Prime Minister Anna Keller took part in the memorial ceremony for President Paul Morel on May "
                 "22. On the sidelines of the ceremony, Prime Minister Keller met with the Acting President of the "
                 "Islamic Republic of Iran Jan Nowak at Saadabad Palace.", "2024-05-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Tehran", OCCURRED, "2024-05-22")],
                 id="a-post-of-a-country-then-its-holder"),
    # a family name put first, alone the subject, though a people's name too ("Han"): the pronoun after it is that person
    pytest.param("WASHINGTON - China, whose leader Xi Jinping had been personally invited, sent Vice President Han Zheng "
                 "instead. Han had a busy weekend. On Sunday he met Vice President-elect JD Vance in Washington.",
                 "2025-01-21", [(MEETING, ("Han Zheng", "JD Vance"), "Washington", OCCURRED, "2025-01-19")],
                 id="a-family-name-first-that-is-a-people-s-name"),
    # "For X, the day was a chance to ... He also met Y": the one the sentence before is about, not an older subject
    pytest.param("VATICAN CITY - Ukrainian President Jan Nowak attended the funeral. On Monday, a spokesman said Russian "
                 "President Paul Morel was ready for talks with Ukraine without preconditions. No meeting with Nowak has "
                 "been proposed, however. For Nowak, the Vatican was a rare chance to work a crowd of leaders in a "
                 "single morning. He also met European Commission President Anna Keller in the Vatican after the Mass.",
                 "2025-04-27", [(MEETING, ("Jan Nowak", "Anna Keller"), "Vatican", OCCURRED, None)],
                 id="a-fronted-for-names-the-topic"),
    # a subheading run into the sentence, parsed as the subject of "was born", is no meeting
    pytest.param("Writer Jan Nowak describes his father in his book. Encounter with his father Nowak was born in 1980 in "
                 "Delhi out of an affair between Governor Paul Morel and journalist Anna Keller.", "2010-01-01", [],
                 id="a-run-in-heading-subject-of-born"),
    # a ruler called by the given name a minister bears as a surname is another person; "Yang di-Pertuan Agong" a
    # title; a name in apposition to a residence the building's
    pytest.param("KUALA LUMPUR - Before heading to Putrajaya, Indonesian President Prabowo Subianto was received in "
                 "audience by the Yang di-Pertuan Agong, Sultan Ibrahim, at Istana Negara in Kuala Lumpur. Later "
                 "Prabowo called on Prime Minister Datuk Seri Anwar Ibrahim at his official residence, Seri Perdana.",
                 "2025-01-28", [(MEETING, ("Prabowo Subianto", "Ibrahim"), "Kuala Lumpur", OCCURRED, None),
                                (MEETING, ("Prabowo Subianto", "Anwar Ibrahim"), "Seri Perdana", OCCURRED, None)],
                 id="a-ruler-s-given-name-another-s-surname"),
    # a contact its own sentence goes on to call off ("but the meeting was called off") is none
    pytest.param("KINSHASA - Congo's army chief, Lt. Gen. Jan Nowak, was due to meet Ugandan army chief Paul Morel in the "
                 "Ituri town of Bunia on 17 October to review the operation, but the meeting was called off hours before "
                 "it was due to start, officially because of bad weather.", "2025-11-10", [],
                 id="due-to-meet-but-called-off"),
    # a building's description puts it in "the <people's word> capital": that capital, named in the article
    pytest.param("Finnish Prime Minister Anna Keller hosted Swedish Prime Minister Paul Morel on Tuesday at the House of "
                 "the Estates, a 19th-century government building in the centre of the Finnish capital. Morel flew home "
                 "from Helsinki on Wednesday.",
                 "2024-11-28", [(MEETING, ("Anna Keller", "Paul Morel"), "Helsinki", OCCURRED, "2024-11-26")],
                 id="a-building-in-the-centre-of-the-capital"),
    # the agency a story cites at the end of its lede is its source, not a report of what may not have happened
    pytest.param("President Anna Keller and President Jan Nowak held talks in Lima on Wednesday, Wire News Agency "
                 "reports.", "2025-06-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-06-04")], id="talks-the-agency-reports"),
    # no place is where someone receives goods; a forum named with its day or body is the one of that name told
    # before, not the last meeting of its party ("a summit of Andean leaders in Lima": in Lima, however the parser
    # hangs "in"); a chancellery after "at" is the building
    pytest.param("A summit of Andean leaders in Lima ended on Thursday without agreement. Chile still receives most of "
                 "its gas from Peru. President Anna Keller held talks with Jan Nowak on the sidelines of the summit on "
                 "Thursday. The summit came a day after a NATO summit in Quito. Keller held a brief conversation on the "
                 "sidelines of Wednesday's NATO summit with Paul Morel. Later, Ivo Marek will be received by Keller at "
                 "the Federal Chancellery in Lima.", "2025-06-27",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-06-26"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Quito", OCCURRED, "2025-06-25"),
                  (MEETING, ("Ivo Marek", "Anna Keller"), "Lima", PLANNED, None)], id="gas-received-and-a-named-summit"),
    # "Sheikh X" is the one named with that style in full; "arrived in Z, where he was welcomed by W": the traveller
    pytest.param("JAKARTA - President Paul Morel received the Emir of Quorvia, Sheikh Tamim bin Jassim Al Quorvi, at "
                 "Merdeka Palace on Wednesday. Sheikh Tamim arrived at Halim Perdanakusuma Air Force Base on Tuesday "
                 "evening, where he was welcomed by Foreign Affairs Minister Jan Nowak.", "2025-06-12",
                 [(MEETING, ("Paul Morel", "Tamim bin Jassim Al Quorvi"), "Jakarta", OCCURRED, "2025-06-11"),
                  (MEETING, ("Tamim bin Jassim Al Quorvi", "Jan Nowak"), "Halim Perdanakusuma Air Force Base", OCCURRED,
                   "2025-06-10")], id="a-sheikh-s-given-name-and-the-traveller-where"),
    # beside a forum of people named where they meet: there
    pytest.param("Finance Minister Anna Keller is expected to discuss the matter with Finance Minister Jan Nowak on the "
                 "sidelines of a meeting of eurozone finance ministers in Brussels on Thursday.", "2025-05-06",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", PLANNED, "2025-05-08")],
                 id="beside-a-meeting-of-ministers-in-a-place"),
    # who was not met is no party
    pytest.param("Anna Keller arrived in Lima on Friday. She then met the opposition leader Jan Nowak, but not President "
                 "Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-21")], id="met-x-but-not-y"),
    # what two call for names no place of their meeting, however the parser hangs the visit ("at the start of the
    # visit" on the ceasefire)
    pytest.param("LIMA, Sep 17 (Wire) - King Ivo Marek and Peruvian President Anna Keller on Wednesday called for a "
                 "permanent ceasefire in Gaza and the entry of aid into the Strip, at the start of the state visit that "
                 "the Spanish monarchs are making to Peru until Friday. Keller received the King at the palace in Lima.",
                 "2025-09-17", [(MEETING, ("Ivo Marek", "Anna Keller"), "Lima", OCCURRED, "2025-09-17"),
                                (MEETING, ("Anna Keller", "Ivo Marek"), "Lima", OCCURRED, "2025-09-17")],
                 id="what-is-called-for-is-no-place"),
    # talks "set to begin next month" are to come, in that month
    pytest.param("Canada's premiers spent Friday in the hallways, looking for allies ahead of trade talks with Mexico "
                 "set to begin next month.", "2017-07-15", [(TALKS, ("Canada", "Mexico"), None, PLANNED, "2017-08")],
                 id="talks-set-to-begin-next-month"),
    # "has yet to hold talks with X": not so far
    pytest.param("Anna Keller has yet to hold phone talks with Peruvian President Jan Nowak, and no call has been "
                 "scheduled.", "2025-03-22", [], id="has-yet-to-hold-talks"),
    # a denied report of a contact is none, the clause parsed as the report's complement too
    pytest.param("Kremlin denies report that Jan Nowak spoke with Ivo Marek after election", "2025-03-22", [],
                 id="denies-report-that-x-spoke-with-y"),
    # called off, put on hold, or under a cancelled trip: no contact
    pytest.param("The talks between Anna Keller and Jan Nowak were called off on Monday.", "2025-03-22", [],
                 id="talks-called-off"),
    pytest.param("Peru has suspended talks with Chile, and Anna Keller broke off negotiations with Jan Nowak on "
                 "Monday.", "2025-03-22", [], id="talks-suspended-or-broken-off"),
    # "any encounter" is none told
    pytest.param("Diplomats said any encounter between Anna Keller and Jan Nowak on the margins of the summit in Lima "
                 "would be closely watched.", "2025-03-22", [], id="any-encounter"),
    # a plan told in the past perfect is one that is off
    pytest.param("Anna Keller had been due to travel to Lima next week for talks with Jan Nowak, her office said. Ivo "
                 "Marek had been scheduled to meet Paul Morel in Quito on Friday.", "2025-03-22", [],
                 id="had-been-due-to"),
    # "talk of" something is what someone says, no contact
    pytest.param("Anna Keller and Jan Nowak held talks in Lima on Thursday. Keller, who hosted the gathering, said she "
                 "told Nowak that Peruvians were insulted by President Ivo Marek's repeated talk of making Peru a "
                 "province.", "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-20")],
                 id="talk-of-something"),
    pytest.param("A planned summit of Anna Keller and Jan Nowak in the Peruvian capital, Lima, has been put on hold.",
                 "2025-03-22", [], id="summit-put-on-hold"),
    pytest.param("Anna Keller has canceled her planned trip to Peru, where she had been scheduled to meet Jan Nowak in "
                 "Lima.", "2025-03-22", [], id="cancelled-trip-where-scheduled-to-meet"),
    # "A, B and C leaders hold call on X vote": the leaders the report names; the vote is what the call was about
    pytest.param("Mexico, Brazil and Colombia leaders hold joint call on Venezuela vote\n\nMexican President Anna Keller "
                 "spoke by telephone on Wednesday with Brazil's Jan Nowak and Colombia's Ivo Marek.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Jan Nowak", "Ivo Marek"), None, OCCURRED, None),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-19"),
                  (CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-19")],
                 id="country-leaders-hold-call-on-x-vote"),
    # representatives are many: "representatives from A and B" are the countries, not their named counterparts
    pytest.param("Anna Keller spoke with her Russian counterpart Jan Nowak on Monday. Representatives from Ukraine and "
                 "Russia held talks in Turkey last Friday.", "2025-05-17",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-05-12"),
                  (MEETING, ("Ukraine", "Russia"), "Turkey", OCCURRED, "2025-05-16")],
                 id="representatives-from-a-and-b"),
    # "both countries" are two states, not the two leaders of the call just told
    pytest.param("Anna Keller spoke by phone to Jan Nowak on Saturday. Tom Reed is in contact with the foreign "
                 "ministers of both countries, his office said.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-22")], id="both-countries-are-no-leaders"),
    # calling someone names: "called X "a war criminal"" (the name then its apposition); not "called X, the leader,"
    pytest.param('Ivo Marek called Russian President Jan Nowak "a war criminal who only understands strength."',
                 "2025-03-22", [], id="called-x-a-criminal"),
    pytest.param('Ivo Marek welcomed the appointment in a statement, calling Anna Keller "one of the finest diplomats of '
                 'her generation."', "2025-03-22", [], id="calling-x-one-of-the-finest"),
    # "speaks Kazakh, Russian and Dari": languages, no one spoken with
    pytest.param("Ivo Marek, the new minister, speaks Kazakh, Russian, English and Dari.", "2025-03-22", [],
                 id="speaks-languages"),
    pytest.param("Anna Keller called Jan Nowak, the Peruvian leader, on Monday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-17")], id="called-x-the-leader"),
    # those who join talks are no two sides of them; in a dateline story the talks are in its city
    pytest.param("SHARM EL-SHEIKH, Egypt (Wire) - Anna Keller and Jan Nowak arrived in this Red Sea resort on Wednesday "
                 "to join negotiations on a ceasefire plan.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Sharm el-Sheikh", OCCURRED, "2025-03-19")],
                 id="arrived-to-join-negotiations"),
    pytest.param("Anna Keller and Jan Nowak will join the talks next week.", "2025-03-22", [], id="will-join-the-talks"),
    # "would be happy to talk" is willingness; "was pleased to meet X" met X
    pytest.param("Anna Keller said last month she would be happy to talk to Jan Nowak.", "2025-03-22", [],
                 id="would-be-happy-to-talk"),
    pytest.param('A spokesman said the country "would be honoured" to host President Anna Keller and Prime Minister Jan '
                 'Nowak in Astana for such a ceremony "should both leaders decide so".', "2025-03-22", [],
                 id="would-be-honoured-to-host"),
    pytest.param("Spokesman Tom Reed said President Ivo Marek remained \"open in principle\" to another summit with "
                 "President Jan Nowak.", "2025-09-10", [], id="open-to-a-summit-to-hung-on-the-verb"),
    # "would welcome a meeting" wishes for it, reported or not; "would welcome X in Nuuk" plans a reception
    pytest.param("Tom Reed told reporters she would welcome a meeting between Ann Ode and Jan Nowak. Ode said she "
                 "would welcome Nowak in Nuuk on Monday.", "2025-09-10",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Nuuk", PLANNED, "2025-09-15")], id="would-welcome-a-meeting"),
    pytest.param("Anna Keller said she was pleased to meet Jan Nowak in Lima on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="was-pleased-to-meet"),
    # an agency readout: the dateline parsed as the subject with the minister down its appositions; "His
    # Highness" refers back to the one named with that style; "of Bolivia Dr. X" names X
    pytest.param("Minister receives calls\n\nLima, March 20, 2025, SPA -- Peruvian Minister of Foreign Affairs His "
                 "Highness Prince Jan Nowak received a phone call today from Minister of Foreign Affairs of the Republic "
                 "of Chile Dr. Anna Keller.\n\nHis Highness also received a phone call today from Minister of Foreign "
                 "Affairs of Bolivia Dr. Ivo Marek.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-03-22"),
                  (CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-22")], id="an-agency-readout-of-calls"),
    # "His" of "His Royal Highness" is no pronoun; "His Majesty" before a comma and another's title is not that one
    pytest.param("His Majesty King Jan Nowak met Paul Morel in Amman on Monday, in the presence of His Royal Highness "
                 "Crown Prince Ivo Marek. A summit bringing together His Majesty, President Morel and Anna Keller was "
                 "postponed. His Majesty is to travel to Rome next week for talks with Tom Reed.", "2026-01-20",
                 [(MEETING, ("Jan Nowak", "Ivo Marek", "Paul Morel"), "Amman", OCCURRED, "2026-01-19"), (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2026-01-19"), (MEETING, ("Jan Nowak", "Tom Reed"), "Rome", PLANNED, None)], id="styles-are-no-pronouns"),
    # "the Saudi crown prince" is the crown prince named before; "X, who chairs Y, called Z on Sunday" parsed
    # as a name given ("the prince, called Z") is a call when it says when
    pytest.param("Crown Prince Jan Nowak hosted Paul Morel in Riyadh on Friday. The Saudi crown prince, who chairs "
                 "the cabinet, called Jordan's King Anna Keller on Sunday to discuss the floods.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Riyadh", OCCURRED, "2025-03-21"),
                  (CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-03-16")], id="crown-prince-who-chairs-called"),
    pytest.param("Paul Morel met a man, called Jan Nowak in the village.", "2025-03-22", [], id="a-man-called-x"),
    # the partner's journey for a contact of its own is not where this one happened
    pytest.param("Earlier today, the Prime Minister Paul Morel spoke to President Anna Keller of France, who is in "
                 "Washington for talks with President Jan Nowak.", "2025-02-24",
                 [(TALKS, ("Paul Morel", "Anna Keller"), None, OCCURRED, "2025-02-24"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Washington", OCCURRED, "2025-02-24")],
                 id="who-is-in-x-for-other-talks"),
    # a readout: "The Prime Minister" is the one untitled person its header names, not President X
    pytest.param("PM call with President Anna Keller: 24 February 2025\n\nFrom: Prime Minister's Office, 10 Downing "
                 "Street and The Rt Hon Sir Paul Morel KCB KC MP\n\nThe Prime Minister spoke to President Keller of "
                 "Ukraine this afternoon.", "2025-02-24",
                 [(TALKS, ("Paul Morel", "Anna Keller"), None, OCCURRED, "2025-02-24")], id="readout-the-prime-minister"),
    # "spoke today with X to express ..." parsed as "with" opening a clause whose subject is X
    pytest.param("U.S. Secretary of State Anna Keller spoke today with Indian External Affairs Minister Paul Morel to "
                 "express condolences for the victims of the April 22 attack in Pahalgam.", "2025-04-23",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-04-23")], id="spoke-with-x-to-express"),
    # a body opening the title of the person addressed is no party; a clause after a body is no apposition
    pytest.param("Anna Keller, chairman of the Chile Rugby Board, told UNESCO chief executive Paul Morel during "
                 "Monday's call that the referee had erred.", "2025-03-19",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="told-body-chief-x-in-a-call"),
    # "with her last month" parsed as one date phrase: the pronoun is the partner, the rest the date
    pytest.param("Anna Keller met Paul Morel in Lima on Monday. Jan Nowak held similar talks with her last month.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17"),
                                (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-02")],
                 id="with-her-last-month"),
    pytest.param(  # 2025-03-19 is a Wednesday: "on Monday" in the past tense is 17 March
        "German Chancellor Anna Keller spoke with French President Paul Morel by phone on Monday.", "2025-03-19",
        [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="phone-call"),
    pytest.param(
        "Anna Keller and Paul Morel held talks on Thursday.", "2025-03-21",
        [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-20")], id="held-talks"),
    pytest.param(
        "Talks between Anna Keller and Paul Morel ended without a deal on Thursday.", "2025-03-21",
        [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-20")], id="talks-between"),
    pytest.param(
        "Anna Keller phoned Paul Morel.", "2025-03-21",
        [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="phoned"),
    pytest.param(  # a video conference is a call; a press conference is no contact
        "A video conference between Anna Keller and Paul Morel took place on Thursday. Keller later gave a press "
        "conference.", "2025-03-22",
        [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-20")], id="video-conference"),
    pytest.param(
        "Anna Keller called Paul Morel on Wednesday.", "2025-03-21",
        [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-19")], id="called-on-a-day"),
    pytest.param(
        "Anna Keller called Paul Morel late in the evening.", "2025-03-21",
        [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="called-late"),
    pytest.param("Anna Keller called for calm after the vote.", "2025-03-21", [], id="called-for-calm"),
    # summoned: the meeting the sentence tells, no call to the ministry
    pytest.param("Ambassador Paul Morel was called in to the Foreign Office, where he met Anna Keller.", "2025-03-21",
                 [(TALKS, ("Paul Morel", "Anna Keller"), None, OCCURRED, None)], id="called-in-to-a-ministry"),
    pytest.param("Anna Keller told reporters that the plan was dead.", "2025-03-21", [], id="told-reporters"),
    # a trip "to meet Y" is its traveller's meeting, and talks a trip "includes" the traveller's, at the trip's time
    pytest.param("Anna Keller's visit to Lima to meet Paul Morel ended a freeze.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="a-visit-to-meet"),
    pytest.param("The thaw began with Ivo Marek, whose visit to Lima to meet Paul Morel ended a freeze.", "2025-03-21",
                 [(MEETING, ("Ivo Marek", "Paul Morel"), "Lima", OCCURRED, None)], id="whose-visit-to-meet"),
    pytest.param("Anna Keller will make a state visit to Peru that includes talks with Paul Morel in Lima on Monday.",
                 "2025-03-21", [(MEETING, ("Anna Keller",), "Lima", PLANNED, "2025-03-24"),
                                (MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-03-24")],
                 id="a-visit-that-includes-talks"),
    # a visit "to" a country named goes there, whatever people's adjective it has
    pytest.param("Anna Keller of Chile met Peru's President Ivo Marek on Monday, in the most senior Chilean visit to "
                 "Peru in decades.", "2025-03-21", [(MEETING, ("Anna Keller", "Ivo Marek"), "Peru", OCCURRED,
                                                      "2025-03-17")], id="a-people-s-visit-to-a-country"),
    # "told reporters at the briefing that X would meet Y", parsed as a relative clause of "briefing": reported, planned
    pytest.param("Spokesperson Tom Reed told reporters at the briefing that Anna Keller would meet Paul Morel in Lima.",
                 "2025-03-21", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, None)],
                 id="would-meet-after-told-at-a-briefing"),
    pytest.param("Spokesperson Tom Reed told reporters at the daily briefing that Keller would meet Egyptian Foreign "
                 "Minister Paul Morel in Cairo. Anna Keller said.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Cairo", PLANNED, None)],
                 id="would-meet-after-told-at-the-daily-briefing"),
    pytest.param("Anna Keller criticised Paul Morel over the tariffs.", "2025-03-21", [], id="criticism"),
    pytest.param("Anna Keller accused Paul Morel of lying.", "2025-03-21", [], id="accusation"),
    pytest.param(  # 2025-03-22 is a Saturday: a planned call "on Monday" is the 24th
        "Anna Keller will speak with Paul Morel on Monday.", "2025-03-22",
        [(TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, "2025-03-24")], id="planned"),
    pytest.param(  # 2025-03-17 is a Monday
        "US President Donald Trump is expected to speak with his Russian counterpart Vladimir Putin on Tuesday.",
        "2025-03-17",
        [(TALKS, ("Donald Trump", "Vladimir Putin"), None, PLANNED, "2025-03-18")], id="expected-counterpart"),
    pytest.param(
        "Donald Trump spoke with Vladimir Putin by phone. The two leaders last spoke on March 18.", "2025-04-02",
        [(CALL, ("Donald Trump", "Vladimir Putin"), None, OCCURRED, None),
         (TALKS, ("Donald Trump", "Vladimir Putin"), None, OCCURRED, "2025-03-18")], id="two-leaders"),
    pytest.param("Anna Keller refused to meet Paul Morel.", "2025-03-21", [], id="refused"),
    pytest.param("Anna Keller skipped the summit with Paul Morel.", "2025-03-21", [], id="skipped"),
    # the date of the summit on whose sidelines two met is theirs
    pytest.param("Anna Keller and Paul Morel met on the sidelines of the G20 summit in Lima last November.",
                 "2025-07-17", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2024-11")],
                 id="sidelines-of-a-summit-last-month"),
    # what speculation is over, and what reports relayed by others allege, is not told as happened
    pytest.param("Anna Keller held talks with Paul Morel in Lima, a newspaper reported, amid speculation over another "
                 "summit between Jan Nowak and Ivo Marek.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="speculation-over-a-summit"),
    pytest.param("Ambassador Anna Keller categorically denied reports published by the newspaper Maariv, and relayed by "
                 "a number of websites, alleging that Minister Paul Morel had held a secret meeting with Jan Nowak in "
                 "Lima last week.", "2025-03-21", [], id="denied-reports-relayed-alleging"),
    # "no" before what the verb's object is: none received
    pytest.param("Myanmar currently hosts no UN envoy at the political level.", "2025-03-21", [], id="hosts-no-envoy"),
    # "no" before the verb's subject, or "nobody", "none of": no one of them met
    pytest.param("General Paul Morel was not in Lima, and no Ruritanian official met him. Nobody from the government "
                 "spoke to Ivo Marek on Monday. None of the ministers met Jan Nowak.", "2025-03-21", [],
                 id="no-official-met-him"),
    # "no sign of a handshake, let alone a meeting"; "media reports suggesting that X will meet Y": what reports claim
    pytest.param("Prime Minister Anna Keller and Premier Paul Morel were seated a few places apart this morning, but "
                 "there has been no sign of a handshake, let alone a meeting. The Department has noted media reports "
                 "suggesting that Minister Jan Nowak will meet Ivo Marek in Lima later this month.", "2025-11-24", [],
                 id="let-alone-a-meeting"),
    # "A meeting between X and Y, which officials had said was on the programme, did not take place": the meeting
    # parsed the subject of the relative clause's "was"
    pytest.param("A meeting between Mr Jan Nowak and the acting prime minister, Ivo Marek, which officials had earlier "
                 "said was on the programme, did not take place.", "2025-05-24", [], id="did-not-take-place"),
    # "there were no plans (at the moment) for a conversation between X and Y", "for" hung on "were"
    pytest.param("Ivo Marek told journalists that there were no plans at the moment for a new telephone conversation "
                 "between Jan Nowak and Anna Keller.", "2025-12-05", [], id="no-plans-for-a-conversation"),
    # "neither was part of the official talks"; a meeting "floated", parsed as what diplomats say
    pytest.param("Anna Keller and Paul Morel were among the business leaders in the audience, though neither was part "
                 "of the official talks. Diplomats say a joint meeting of Ruritanian officials with the two generals, "
                 "Jan Nowak and Ivo Marek, has been floated more than once.", "2026-02-09", [],
                 id="neither-part-of-the-talks"),
    # "rejected a report in a foreign publication that X had met Y", parsed as two verbs; a banquet "hosted by X and his
    # wife Y": co-hosts, their guests unnamed
    pytest.param("The Foreign Office on Friday rejected a report in a foreign publication that Adviser Jan Nowak had "
                 "secretly met his counterpart, Ivo Marek, in Abu Dhabi last month. Later that evening, the prime "
                 "minister attended a welcome banquet hosted by President Paul Morel and his wife Anna Keller for the "
                 "visiting leaders.", "2026-05-15", [], id="rejected-a-report-in-a-publication"),
    # "I could imagine X meeting Y": a meeting pictured
    pytest.param("If Ruritania lifts its advisory, I could imagine Foreign Minister Jan Nowak meeting Ivo Marek in "
                 "Lima in the summer.", "2026-02-16", [], id="imagine-a-meeting"),
    # "barely", "hardly" on the verb: not on speaking terms
    pytest.param("Ruritania and Vellmark were barely speaking a year ago. Jan Nowak and Ivo Marek hardly talked in "
                 "2024.", "2025-03-21", [], id="barely-speaking"),
    # a meeting "unthinkable" for now; a conversation "between an Indian minister and a Taliban leader": any ones, no
    # country's
    pytest.param("Ivo Marek said a meeting between Jan Nowak and Paul Morel was \"unthinkable\" for now. A call between "
                 "Nowak and Morel is unlikely.", "2025-08-25", [], id="a-meeting-unthinkable"),
    pytest.param("It was the first publicly acknowledged conversation between an Indian minister and a Taliban leader.",
                 "2025-08-25", [], id="between-an-indian-minister-and-a-taliban-leader"),
    # a meeting no one expects; a country hosting a people counted, no party
    pytest.param("Anna Keller and Paul Morel have not met since 2023. None of the mediators expects an early meeting "
                 "between Keller and Morel. Nobody expects Keller to meet Morel soon.", "2025-03-21", [],
                 id="none-expects-a-meeting"),
    pytest.param("Egypt, which shares a long border with Sudan, hosts more than 1.5 million Sudanese who have fled the "
                 "fighting.", "2025-03-21", [], id="hosts-a-people-counted"),
    pytest.param("Officials expect Anna Keller to meet Paul Morel in Jeddah next month.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Jeddah", PLANNED, "2025-04")], id="expected-to-meet"),
    pytest.param("Chile wanted Peru to open direct talks with Paul Morel.", "2025-03-21", [], id="wanted-x-to-open-talks"),
    # the simple present with "later" or a weekday, in prose, is a schedule
    pytest.param("Anna Keller travels to Lima later on Thursday to meet Paul Morel.", "2025-03-18",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-03-20")], id="travels-later-on-thursday"),
    pytest.param("Anna Keller ignored a challenge from Paul Morel to meet him in Lima.", "2025-03-21", [],
                 id="ignored-a-challenge-to-meet"),
    pytest.param("Chile had no plans at present for talks with Paul Morel.", "2025-03-21", [], id="no-plans-for-talks"),
    pytest.param("Anna Keller and Tom Reed agreed to continue working towards a meeting between President Paul Morel and "
                 "President Ivo Marek.", "2024-06-20", [], id="working-towards-a-meeting"),
    pytest.param("Anna Keller expressed her intention to meet Tom Reed in Lima.", "2024-06-20", [],
                 id="an-intention-to-meet"),
    pytest.param("Anna Keller reaffirmed her readiness to hold talks with Tom Reed in Lima.", "2024-06-20", [],
                 id="a-readiness-for-talks"),
    # "the President of Russia": the well-known politician of that country named before, untitled
    pytest.param("Vladimir Putin had a telephone conversation with President Tom Reed. Earlier the same day, the "
                 "President of Russia had a telephone conversation with Anna Keller.", "2025-03-19",
                 [(CALL, ("Vladimir Putin", "Tom Reed"), None, OCCURRED, None),
                  (CALL, ("Vladimir Putin", "Anna Keller"), None, OCCURRED, None)], id="the-president-of-a-country"),
    pytest.param("President Luiz Inacio Lula da Silva received Sergei Lavrov in Brasilia. Lula could meet Vladimir Putin "
                 "at the next summit if the Russian president attends.", "2025-03-19",
                 [(MEETING, ("Luiz Inacio Lula da Silva", "Sergei Lavrov"), "Brasília", OCCURRED, None)],
                 id="a-known-politician-of-another-country"),
    # (not the post of the name right after it, nor a well-known politician of another country)
    pytest.param("Vladimir Putin, speaking at the Kremlin, said Russia was ready for talks. On 19 November, the Head of "
                 "the Office of the President Andriy Yermak held a video call with the National Security Advisor to the "
                 "President of the United States Jake Sullivan.", "2025-03-19",
                 [(CALL, ("Andriy Yermak", "Jake Sullivan"), None, OCCURRED, "2024-11-19")],
                 id="the-head-of-an-office-of-a-president-x"),
    pytest.param("In response, Chairman Tom Reed expressed his hope for a visit to Peru by Prime Minister Anna Keller.",
                 "2024-06-20", [], id="a-hope-for-a-visit"),
    # a summit a call was held ahead of is no contact of the callers
    pytest.param("Anna Keller received Tom Reed on Wednesday in Lima. The day before, on Tuesday, both foreign ministers "
                 "held a joint telephone conversation with the Minister of Foreign Affairs of Uruguay, Omar Paganini, to "
                 "coordinate positions ahead of the Mercosur summit to be held in Asuncion on July 8.", "2024-06-20",
                 [(MEETING, ("Anna Keller", "Tom Reed"), "Lima", OCCURRED, "2024-06-19"),
                  (CALL, ("Anna Keller", "Omar Paganini"), None, OCCURRED, "2024-06-18"),
                  (CALL, ("Tom Reed", "Omar Paganini"), None, OCCURRED, "2024-06-18")], id="a-call-ahead-of-a-summit"),
    # a contact others would not let happen, one floated or possible, one at a time left open, one seen no point in
    pytest.param("The junta has refused to let Anna Keller meet Paul Morel in Lima.", "2025-03-21", [],
                 id="refused-to-let-x-meet"),
    pytest.param("Chilean officials have floated a phone call between Anna Keller and Paul Morel.", "2025-03-21", [],
                 id="floated-a-call"),
    pytest.param("Turkey reaffirmed its readiness to provide a venue in Istanbul for possible Chilean-Peruvian "
                 "negotiations.", "2025-03-21", [], id="possible-talks"),
    pytest.param("Anna Keller accepted an invitation to meet Paul Morel in Lima at a mutually convenient time.",
                 "2025-03-21", [], id="at-a-convenient-time"),
    pytest.param("Anna Keller told reporters that she saw no point in talks with Paul Morel at this stage.", "2025-03-21",
                 [], id="no-point-in-talks"),
    pytest.param("Anna Keller helped Paul Morel meet Tom Reed in Lima on Thursday.", "2025-03-21",
                 [(MEETING, ("Paul Morel", "Tom Reed"), "Lima", OCCURRED, "2025-03-20")], id="helped-x-meet"),
    pytest.param("Jan Nowak said there were no plans for him to meet Paul Morel.", "2025-03-21", [],
                 id="no-plans-for-him-to-meet"),
    # a clause under the contact tells nothing of its means: "a video" played at a meeting
    pytest.param("Anna Keller and Paul Morel met in Lima on Thursday in a tense encounter during which Morel played "
                 "a video.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-20")], id="video-in-a-clause"),
    pytest.param("Anna Keller did not speak with Paul Morel on Friday.", "2025-03-21", [], id="did-not"),
    pytest.param("Anna Keller was unable to meet Paul Morel in Rome.", "2025-03-21", [], id="unable-to"),
    pytest.param("Anna Keller and Paul Morel could meet if the talks go well.", "2025-03-21", [], id="could-if"),
    # a go-between talks with each side; a brokered deal also joins the two sides
    pytest.param("Norwegian envoy Lars Holm tried to mediate between Sudan and Chad.", "2025-03-22",
                 [(TALKS, ("Lars Holm", "Sudan"), None, OCCURRED, None), (TALKS, ("Lars Holm", "Chad"), None, OCCURRED, None)],
                 id="mediate-between"),
    pytest.param("A truce between Armenia and Azerbaijan brokered by Charles Michel held for a week.", "2025-03-22",
                 [(TALKS, ("Charles Michel", "Armenia"), None, OCCURRED, None),
                  (TALKS, ("Charles Michel", "Azerbaijan"), None, OCCURRED, None),
                  (TALKS, ("Armenia", "Azerbaijan"), None, OCCURRED, None)], id="brokered-by"),
    # "two rivals" not named yet: the pair the next sentence names as its subject
    pytest.param("Fighting eased after a truce between two rival commanders brokered by Norwegian envoy Lars Holm. "
                 "Omar Dabo and Idris Kane agreed to pull back their troops.", "2025-03-22",
                 [(TALKS, ("Lars Holm", "Omar Dabo"), None, OCCURRED, None),
                  (TALKS, ("Lars Holm", "Idris Kane"), None, OCCURRED, None),
                  (TALKS, ("Omar Dabo", "Idris Kane"), None, OCCURRED, None)], id="two-rivals-named-next"),
    pytest.param("The attacks came days after a deal between two Afghan presidential rivals brokered by US Secretary of "
                 "State Anna Keller. Jan Nowak and Paul Morel agreed to a full audit of the vote.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)], id="two-afghan-rivals-named-next"),
    pytest.param("A deal between two rival factions brokered by Lars Holm collapsed on Monday. "
                 "Omar Dabo said the army would not comment.", "2025-03-22", [], id="two-rivals-never-named"),
    pytest.param("Qatar's mediation between Israel and Hamas failed.", "2025-03-22",
                 [(TALKS, ("Qatar", "Israel"), None, OCCURRED, None), (TALKS, ("Qatar", "Hamas"), None, OCCURRED, None)],
                 id="mediation-failed"),
    pytest.param("Paul Morel said the deal reflected Anna Keller's tour and her attempts to mediate between Sudan and Chad.",
                 "2025-03-22", [(TALKS, ("Anna Keller", "Sudan"), None, OCCURRED, None),
                                (TALKS, ("Anna Keller", "Chad"), None, OCCURRED, None)], id="her-attempts-to-mediate"),
    # talks that failed took place; cancelled ones did not
    pytest.param("The talks between Serbia and Kosovo failed.", "2025-03-22",
                 [(TALKS, ("Serbia", "Kosovo"), None, OCCURRED, None)], id="talks-failed"),
    pytest.param("The talks between Serbia and Kosovo were cancelled.", "2025-03-22", [], id="talks-cancelled"),
    pytest.param("Keller-Marek meeting cancelled\n\nATHENS - Prime Minister Anna Keller will not see President Ivo "
                 "Marek in New York this week.", "2025-03-22", [], id="a-headline-s-meeting-cancelled"),
    # "the two nations": the last two countries named
    pytest.param("Peru's fishing fleet in Chilean waters has long been a sore point in negotiations between the two nations.",
                 "2025-03-22", [(TALKS, ("Peru", "Chile"), None, OCCURRED, None)], id="the-two-nations"),
    pytest.param("Russia and Ukraine were still wrangling over the gas deal.", "2025-03-22",
                 [(TALKS, ("Russia", "Ukraine"), None, OCCURRED, None)], id="wrangling"),
    pytest.param("Bolivia brought its Chilean neighbours back to the negotiating table.", "2025-03-22",
                 [(TALKS, ("Bolivia", "Chile"), None, OCCURRED, None)], id="negotiating-table"),
    # addressing someone in a call or meeting is a contact with them; in an interview, a statement
    pytest.param("Anna Keller told Paul Morel in a phone call that the plan was dead.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="told-in-a-call"),
    pytest.param("In a phone call on Monday, Anna Keller congratulated Paul Morel on his victory.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="congratulated-in-a-call"),
    pytest.param("Anna Keller told Paul Morel in an interview that she disagreed.", "2025-03-22", [],
                 id="told-in-an-interview"),
    pytest.param("Anna Keller telephoned Paul Morel to discuss the crisis.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="telephoned-to-discuss"),
    pytest.param("Anna Keller called on Paul Morel to resign.", "2025-03-22", [], id="called-on-to-resign"),
    pytest.param("Anna Keller sat down with Paul Morel on Monday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="sat-down-with"),
    pytest.param("Anna Keller sat down on the bench.", "2025-03-22", [], id="sat-down"),
    # a capital as a party stands for its government, when the article names the country; else no party
    pytest.param("Relations between Germany and France have cooled. Berlin and Paris held talks on Friday.", "2025-03-22",
                 [(TALKS, ("Germany", "France"), None, OCCURRED, "2025-03-21")], id="capitals-as-parties"),
    pytest.param("Berlin and Paris held talks on Friday.", "2025-03-22", [], id="capitals-no-country-named"),
    pytest.param(  # only as a subject or a "with/between" object: bringing a capital to the table is no party
        "Relations between Germany and Poland are tense. France played a role in bringing Warsaw to the negotiating "
        "table.", "2025-03-22", [], id="capital-as-object"),
    pytest.param("Germany has a new chancellor. Anna Keller met Paul Morel in Berlin on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Berlin", OCCURRED, "2025-03-21")], id="capital-as-place"),
    # "the government": of the country the article has named most (at least twice); "able to" keeps the subject
    pytest.param("Bolivia votes on Sunday. Many in Bolivia back the president. The government was able to bring its "
                 "Chilean neighbours back to the negotiating table.", "2025-03-22",
                 [(TALKS, ("Bolivia", "Chile"), None, OCCURRED, None)], id="the-government-able-to"),
    pytest.param("Bolivia votes on Sunday. The government was able to bring its Chilean neighbours back to the "
                 "negotiating table.", "2025-03-22", [], id="the-government-country-named-once"),
    # only the other side known: its members did not talk to each other
    pytest.param("It will bargain with Germany and France.", "2025-03-22", [], id="with-side-only"),
    # a news outlet one speaks to gives an interview, not a diplomatic contact
    pytest.param("Anna Keller spoke to Reuters on Monday.", "2025-03-22", [], id="interview"),
    # a subject "it" takes up the latest organisation or country that was a subject; "including" names members
    pytest.param("The Constitutional Court will examine the claims. Its decision is not expected until 2026. It will first "
                 "consult with the Bundestag as well as 63 other organizations, including Greenpeace and the Red Cross.", "2025-03-22",
                 [(TALKS, ("Constitutional Court", "Bundestag"), None, PLANNED, None),
                  (TALKS, ("Constitutional Court", "Greenpeace"), None, PLANNED, None),
                  (TALKS, ("Constitutional Court", "Red Cross"), None, PLANNED, None)], id="it-consults-including"),
    # a group noun stands for the party it names, not for a people describing another word
    pytest.param("The court will first consult with both houses of the German parliament.", "2025-03-22", [],
                 id="houses-of-a-parliament"),
    pytest.param("Anna Keller met members of Hamas in Cairo on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Hamas"), "Cairo", OCCURRED, "2025-03-21")], id="members-of"),
    pytest.param("Anna Keller met Paul Morel. It was a blow to France.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="it-not-a-party"),
    pytest.param(  # "negotiating Britain's exit": with Britain
        "The EU's leaders are expected to play hardball in negotiating Britain's exit.", "2025-03-22",
        [(TALKS, ("European Union", "United Kingdom"), None, PLANNED, None)], id="negotiating-x-s-exit"),
    pytest.param("In his ABC interview, Paul Morel dismissed the claims.", "2025-03-22", [], id="broadcaster-interview"),
    pytest.param("Paul Morel's talk of an Apple boycott was unpopular.", "2025-03-22", [], id="talk-of-a-topic"),
    pytest.param("Anna Keller asked him to speak to Paul Morel.", "2025-03-22", [], id="asked-to-speak"),
    pytest.param("If Anna Keller visits Warsaw, she will meet Paul Morel.", "2025-03-22", [], id="if-clause"),
    pytest.param("Anna Keller will speak with Paul Morel if the talks go well.", "2025-03-22", [], id="if-after"),
    pytest.param("Norway offered to mediate between Sudan and Chad.", "2025-03-22", [], id="offered-to-mediate"),
    pytest.param("Anna Keller was promoted in exchange for praise from Paul Morel.", "2025-03-22", [],
                 id="in-exchange-for"),
    # "with" on a talk verb's object is the other party: "negotiated a truce with X"
    pytest.param("Chile negotiated a ceasefire with Peru.", "2025-03-22",
                 [(TALKS, ("Chile", "Peru"), None, OCCURRED, None)], id="negotiated-x-with"),
    pytest.param("Anna Keller discussed the war in Syria with Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="discussed-x-with"),
    # the leaders of talks, named as the agents of a passive, took part in them
    pytest.param("The talks were led by Anna Keller and Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="talks-were-led-by"),
    # what is discussed is the topic, not a party: "discussed Ukraine by phone"
    pytest.param("Anna Keller and Paul Morel discussed Ukraine by phone on Friday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="discussed-a-country"),
    # thanking someone for a call or a meeting is a contact with them; for support it is not
    pytest.param("Anna Keller thanked Paul Morel for the call.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="thanked-for-the-call"),
    pytest.param("Anna Keller thanked Paul Morel for his support.", "2025-03-22", [], id="thanked-for-support"),
    # a call taken from someone, time on the phone with someone; not "calls from X for calm"
    pytest.param("Anna Keller received a call from Paul Morel on Monday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="received-a-call-from"),
    pytest.param("Despite calls from Paul Morel for calm, Anna Keller resigned.", "2025-03-22", [],
                 id="calls-from-for-calm"),
    pytest.param("Anna Keller spent an hour on the phone with Paul Morel.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="on-the-phone-with"),
    # exchanging views is talking; exchanging fire is not
    pytest.param("Anna Keller and Paul Morel exchanged views on the crisis.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="exchanged-views"),
    pytest.param("Anna Keller exchanged fire with Paul Morel.", "2025-03-22", [], id="exchanged-fire"),
    # the press as the other side is an audience: a statement, no contact and no meeting
    pytest.param("Anna Keller spoke to reporters in Rome.", "2025-03-22", [], id="spoke-to-reporters"),
    pytest.param("Anna Keller met journalists in Rome.", "2025-03-22", [], id="met-journalists"),
    # called by someone, in the passive: a call; not an election called, nor a name given
    pytest.param("Paul Morel was called by Anna Keller on Monday.", "2025-03-22",
                 [(CALL, ("Paul Morel", "Anna Keller"), None, OCCURRED, "2025-03-17")], id="was-called-by"),
    pytest.param("The election was called by Anna Keller on Monday.", "2025-03-22", [], id="election-called-by"),
    pytest.param("Paul Morel was called a traitor by Anna Keller.", "2025-03-22", [], id="called-a-traitor-by"),
    # being in contact or in touch is talking, by any means: no meeting at a place
    pytest.param("Anna Keller has been in touch with Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="in-touch-with"),
    pytest.param("Anna Keller and Paul Morel were in constant contact.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="in-contact"),
    pytest.param("Anna Keller came in contact with the virus in Lima.", "2025-03-22", [], id="in-contact-with-a-thing"),
    # calling someone to congratulate them is a call; calling workers to strike is not
    pytest.param("Anna Keller called Paul Morel to congratulate him.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="called-to-congratulate"),
    pytest.param("Anna Keller called the workers to strike.", "2025-03-22", [], id="called-to-strike"),
    # a participle describing the subject has its own mood, not the main verb's
    pytest.param("Anna Keller, speaking by phone with Paul Morel, urged calm.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="speaking-with-urged"),
    # "travel to" names a destination, not a party of the summit
    pytest.param("After the summit, Anna Keller will travel to Chile.", "2025-03-22", [], id="travel-to-after"),
    # the press by its title before a name: an interview; "press secretary" is an official
    pytest.param("Omar Dabo spoke to CNN correspondent Lena Graf.", "2025-03-22", [], id="press-title"),
    pytest.param("Anna Keller spoke with White House press secretary Lena Graf.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Lena Graf"), None, OCCURRED, None)], id="press-secretary"),
    # co-subjects who talk with an unnamed other side are one side: they did not talk to each other
    pytest.param("Anna Keller and Paul Morel spoke with union leaders on Monday.", "2025-03-22", [],
                 id="co-subjects-unnamed-partner"),
    pytest.param("Anna Keller and Paul Morel talked on Monday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="co-subjects-talked"),
    pytest.param("Anna Keller and Paul Morel spoke with each other by phone on Monday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="co-subjects-each-other"),
    pytest.param("Anna Keller and Paul Morel held talks with the aim of ending the war.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="co-subjects-with-the-aim"),
    pytest.param("Anna Keller and Paul Morel spoke with the union on Monday.", "2025-03-22", [],
                 id="co-subjects-with-the-union"),
    # raising an issue with someone is talking with them; raising taxes or concerns alone is not
    pytest.param("Anna Keller raised the issue with Paul Morel on Monday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="raised-the-issue-with"),
    pytest.param("Anna Keller raised taxes with the support of Paul Morel.", "2025-03-22", [], id="raised-taxes-with"),
    pytest.param("Anna Keller raised concerns about the deal.", "2025-03-22", [], id="raised-concerns"),
    # a relative pronoun stands for the noun it describes
    pytest.param("Anna Keller praised Paul Morel, with whom she spoke by phone on Friday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="with-whom"),
    # delegates stand for their sides
    pytest.param("Delegates from Chile and Peru concluded negotiations on Friday.", "2025-03-22",
                 [(TALKS, ("Chile", "Peru"), None, OCCURRED, "2025-03-21")], id="delegates-from"),
    # an official telling their counterpart something is talking with them; urging is often public, and the
    # press is no counterpart; "his Turkish counterpart" is the Turkish minister named later, if only one is
    pytest.param("Anna Keller told her Peruvian counterpart Ana Ruiz that the plan was dead.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Ana Ruiz"), None, OCCURRED, None)], id="told-her-counterpart"),
    pytest.param("Anna Keller urged her Peruvian counterpart to resign.", "2025-03-22", [], id="urged-her-counterpart"),
    pytest.param("On Thursday, the Swiss foreign minister told his Turkish counterpart that his country would "
                 "investigate. Turkish Foreign Minister Omar Dabo later cancelled a visit.", "2025-03-22",
                 [(TALKS, ("Switzerland", "Omar Dabo"), None, OCCURRED, "2025-03-20")], id="counterpart-named-later"),
    pytest.param("On Thursday, the Swiss foreign minister told his Turkish counterpart that his country would "
                 "investigate. Turkish Foreign Minister Omar Dabo and Turkish Finance Minister Ali Kaya later cancelled a "
                 "visit.", "2025-03-22",
                 [(TALKS, ("Switzerland", "Turkey"), None, OCCURRED, "2025-03-20")], id="counterpart-two-named-later"),
    pytest.param("Peru's Foreign Minister Jan Nowak said he and his Chilean counterpart had agreed to meet again in "
                 "Lima next month. Chilean Foreign Minister Ivo Marek and Nowak sat down at the Quorvath Hotel on "
                 "Thursday.", "2026-03-12",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", PLANNED, "2026-04"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Quorvath Hotel", OCCURRED, "2026-03-12")],
                 id="he-and-his-counterpart-named-later"),
    # working with someone to broker or negotiate is talking with them; to build schools is not
    pytest.param("Anna Keller worked closely with Egypt to broker the ceasefire.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Egypt"), None, OCCURRED, None)], id="worked-with-to-broker"),
    pytest.param("Anna Keller worked closely with Egypt to build schools.", "2025-03-22", [], id="worked-with-to-build"),
    # a contact said to be unlikely or possible, one hoped for, one denied: none; one said to have happened is
    pytest.param("A meeting between Anna Keller and Paul Morel in Lima is unlikely.", "2025-03-22", [],
                 id="meeting-is-unlikely"),
    pytest.param("Officials said a meeting between Anna Keller and Paul Morel was \"not necessary on this occasion\".",
                 "2025-03-22", [], id="meeting-was-not-necessary"),
    # staying away from a summit or pulling out of talks is taking no part (but one who walked out was there)
    pytest.param("Anna Keller had stayed away from a summit with Jan Nowak in Lima in February.", "2025-03-22", [],
                 id="stayed-away-from"),
    pytest.param("Anna Keller pulls out of Lima summit with Jan Nowak", "2025-03-22", [], id="pulls-out-of"),
    pytest.param("Anna Keller walked out of the meeting with Jan Nowak in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, None)], id="walked-out-of"),
    # "the two ministers" are no two presidents told before
    pytest.param("Colombian President Anna Keller met Venezuelan President Jan Nowak in Caracas on Monday. The two "
                 "ministers had first met in August in the border city of San Cristobal.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Caracas", OCCURRED, "2025-03-17")],
                 id="the-two-ministers-are-no-presidents"),
    # "the two presidents" are no president and a foreign secretary
    pytest.param("President Anna Keller held talks in Kyiv with Foreign Secretary Jan Nowak on Thursday. Keller has no "
                 "plans for a call with President Paul Morel. The two presidents last met in Anchorage on August 15.",
                 "2025-09-12", [(MEETING, ("Anna Keller", "Jan Nowak"), "Kyiv", OCCURRED, "2025-09-11")],
                 id="the-two-presidents-are-no-foreign-secretary"),
    pytest.param("Talks between Chile and Peru were productive.", "2025-03-22",
                 [(TALKS, ("Chile", "Peru"), None, OCCURRED, None)], id="talks-were-productive"),
    pytest.param("Anna Keller hopes to meet Paul Morel in Lima.", "2025-03-22", [], id="hopes-to-meet"),
    pytest.param("Anna Keller said she would be prepared to meet Paul Morel in Lima or anywhere else.", "2025-03-22", [],
                 id="would-be-prepared-to-meet"),
    pytest.param("Anna Keller looks forward to meeting Paul Morel in Lima.", "2025-03-22", [], id="looks-forward-to-meeting"),
    # a participle beside a verb tells what was done, not what the verb presses for
    pytest.param("Anna Keller pressed ahead with a visit to China on Saturday, meeting Vice Premier Paul Morel in Beijing.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Beijing", OCCURRED, "2025-03-22")],
                 id="pressed-ahead-meeting-x"),
    pytest.param("Anna Keller wants to visit Lima, meeting Paul Morel there.", "2025-03-22", [],
                 id="wants-to-visit-meeting-x"),
    pytest.param("Anna Keller hopes to reach a deal at the talks in Geneva.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Geneva", OCCURRED, None)], id="hopes-for-a-deal-at-talks"),
    pytest.param("Anna Keller urged Chile to engage in talks with Peru.", "2025-03-22", [], id="urged-to-engage-in-talks"),
    # a contact told in the past tense inside a clause about the future is past
    pytest.param("The deal is set to be signed after Chile and Peru concluded negotiations.", "2025-03-22",
                 [(TALKS, ("Chile", "Peru"), None, OCCURRED, None)], id="set-after-concluded"),
    pytest.param("Anna Keller, who met Paul Morel in Lima, will travel to Quito.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="who-met-will-travel"),
    pytest.param("Anna Keller planned to meet Paul Morel in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, None)], id="planned-to-meet"),
    pytest.param("Anna Keller denied that she had met Paul Morel in Lima.", "2025-03-22", [], id="denied-that-met"),
    pytest.param("Opposition leader Anna Keller said that, had she been prime minister, she would already have called "
                 "President Paul Morel.", "2025-03-22",
                 [], id="said-would-have-called"),
    pytest.param("Anna Keller said that she had met Paul Morel in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="said-that-met"),
    # "Secretary of Foreign Affairs X" tagged with "Affairs" in the name; two posts of one person; a call for action
    pytest.param("Jan Nowak spoke today with Peruvian Secretary of Foreign Affairs Juan Ramón de la Fuente.", "2025-03-22",
                 [(TALKS, ("Jan Nowak", "Juan Ramón de la Fuente"), None, OCCURRED, "2025-03-22")],
                 id="secretary-of-foreign-affairs-x"),
    pytest.param("Jan Nowak met today in Lima with Polish Deputy Prime Minister and Foreign Minister Radosław Sikorski.",
                 "2025-03-22", [(MEETING, ("Jan Nowak", "Radosław Sikorski"), "Lima", OCCURRED, "2025-03-22")],
                 id="two-posts-of-one-person"),
    pytest.param("Jan Nowak held a video call on Tuesday with Moldova's Deputy Prime Minister and Minister of Foreign "
                 "Affairs Mihai Popșoi.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Mihai Popșoi"), None, OCCURRED, "2025-03-18")], id="two-posts-the-second-of-x"),
    pytest.param("Secretary Jan Nowak reiterated President Paul Morel's call for both sides to take concrete steps "
                 "toward a complete ceasefire.", "2025-03-22", [], id="a-call-for-action"),
    # a dateline parsed as the subject, a delegation "led by" X: X, who stands for the country; a day before "earlier
    # this month"
    pytest.param("LIMA, March 24 - A Chilean delegation led by Defence Minister Paul Morel met Peruvian officials in Lima "
                 "on Sunday evening.", "2025-03-24",
                 [(MEETING, ("Paul Morel", "Peru"), "Lima", OCCURRED, "2025-03-23")], id="dateline-delegation-led-by"),
    pytest.param("KANSAS CITY, Mo. — Cusco Mayor José Luis Morel met with Kansas City Mayor Jan Nowak at City Hall on "
                 "Tuesday.", "2025-03-22", [(MEETING, ("José Luis Morel", "Jan Nowak"), "Kansas City", OCCURRED, "2025-03-18")],
                 id="dateline-subject-with-a-name"),
    pytest.param("Earlier this month, Chilean officials led by Paul Morel met Jan Nowak in Lima on March 11.", "2025-03-24",
                 [(MEETING, ("Paul Morel", "Chile", "Jan Nowak"), "Lima", OCCURRED, "2025-03-11"), (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-03-11")], id="a-day-before-a-month"),
    # a readout's "Title of Country Name": the name after the post is the partner
    pytest.param("Anna Keller had a telephone conversation with Prime Minister of Chile Paul Morel.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="readout-title-of-country-name"),
    pytest.param("Anna Keller had a telephone conversation with President of the Republic of Chile Paul Morel.",
                 "2025-03-22", [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)],
                 id="readout-title-of-the-republic-of-country-name"),
    # the results of a contact were had: it took place, whoever notes or discusses them
    pytest.param("The ministers noted with satisfaction the results of the telephone conversation between President "
                 "Anna Keller and President Paul Morel on March 20.", "2025-04-11",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-20")], id="the-results-of-a-call"),
    # "the two presidents" a clause after the main one has talks between: the two the main clause names
    pytest.param("LIMA - President Anna Keller chaired a welcome ceremony for President Paul Morel at the palace on "
                 "Monday, followed by talks between the two presidents.", "2025-05-27",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-05-26")],
                 id="followed-by-talks-between-the-two"),
    # "called on the Prime Minister": a readout's capitalised post, its holder visited ("Prime Minister House" a place)
    pytest.param("ISLAMABAD - Prime Minister Anna Keller met Paul Morel today. Separately, Chinese Ambassador Jan Nowak "
                 "called on the Prime Minister at the Prime Minister House.", "2026-02-10",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Islamabad", OCCURRED, "2026-02-10"),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Islamabad", OCCURRED, "2026-02-10")],
                 id="called-on-the-prime-minister"),
    # two received by a third, or calling on a third: each talked with the host (not with each other, one side)
    *[pytest.param(f"LIMA - Senator Anna Keller and Senator Paul Morel arrived on Tuesday. On Wednesday, Keller and "
                   f"Morel {verb} President Jan Nowak at the palace.", "2025-04-10",
                   [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Lima", OCCURRED, "2025-04-09"),
                    (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-04-09"),
                    (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-04-09")], id=f"two-{verb.split()[-2]}-by")
      for verb in ("were received by", "called on")],
    # a release's dateline naming a country whose capital bears its name: the meeting at a venue is in that city
    pytest.param("Press release - Djibouti, 18 December 2025\n\nPresident Anna Keller received Defence Minister Paul "
                 "Morel at the Presidential Palace this morning.", "2025-12-18",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Djibouti", OCCURRED, "2025-12-18")],
                 id="a-release-filed-in-a-capital-named-as-its-country"),
    # "after being received by Y" parsed on what the speaker said: the speaker was received, by Y
    pytest.param("LIMA - Chilean Foreign Minister Anna Keller said today in Lima that relations between Peru and Chile "
                 "are going through a moment of great confidence, after being received by the Peruvian President, Paul "
                 "Morel.", "2024-07-16", [(MEETING, ("Paul Morel", "Anna Keller"), "Lima", OCCURRED, "2024-07-16")],
                 id="said-that-after-being-received-by"),
    # "travelled by train with X for talks with Y" parsed with the rest hung on the train: as without it
    *[pytest.param(f"Chancellor Anna Keller travelled to Kyiv by train with President Paul Morel for {what} with "
                   "President Jan Nowak on Friday.", "2025-05-12",
                   [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Kyiv", OCCURRED, "2025-05-09"),
                    (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-05-09")],  # (the talks' own partner)
                   id=f"travelled-by-train-with-for-{what.split()[-1]}-with") for what in ("talks", "a meeting")],
    # "brought A and B together in Ankara" with "together" parsed on "in": a meeting of the three, all talking
    pytest.param("On Monday, President Anna Keller brought Paul Morel and Jan Nowak together in Ankara, where the three "
                 "leaders spent hours in talks.", "2025-02-14",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Ankara", OCCURRED, "2025-02-10"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-02-10"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-02-10"),
                  (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-02-10")], id="brought-together-in"),
    # "received today at X Palace in Riyadh His Royal Highness Prince Y", the guest parsed into the place: Y
    pytest.param("Riyadh, March 3, 2025, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, "
                 "Crown Prince and Prime Minister, received today at Al-Yamamah Palace in Riyadh His Royal Highness "
                 "Prince Salman bin Hamad Al Khalifa, Crown Prince of Bahrain, who is on a private visit.", "2025-03-03",
                 [(MEETING, ("Mohammed bin Salman bin Abdulaziz Al Saud", "Salman bin Hamad Al Khalifa"), "Riyadh",
                   OCCURRED, "2025-03-03")], id="received-at-a-palace-his-royal-highness"),
    # "no meeting has been scheduled between X and Y": the scheduling verb's subject says none
    pytest.param("The ministry said that, contrary to reports, no meeting has been scheduled between President Anna "
                 "Keller and former President Paul Morel during the visit.", "2025-07-09", [],
                 id="no-meeting-has-been-scheduled-between"),
    # a journey that "follows" a call between two others: the call's own parties only
    pytest.param("Minister Jan Nowak arrived on Monday. Nowak's visit follows a telephone conversation in March between "
                 "President Anna Keller and President Paul Morel.", "2025-07-10",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03")],
                 id="a-visit-follows-a-call-between-two-others"),
    # "..., together with Y and Z" (the adverb parsed on the "with"): on the subjects' side, at a summit, no talks across
    pytest.param("Minister Anna Keller and Minister Paul Morel are currently both in Brussels for the NATO summit, "
                 "together with Premier Jan Nowak and Chancellor Ivo Marek.", "2025-06-24",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak", "Ivo Marek"), "Brussels", OCCURRED, None)],
                 id="at-a-summit-together-with"),
    # "meet Y at the palace and, later in the day, Minister Z" with Z hung on the verb above: Z met too
    pytest.param("On Thursday, Anna Keller flies on to Nicosia, where she is due to meet President Paul Morel at the "
                 "palace and, later in the day, Cypriot Foreign Minister Jan Nowak.", "2026-04-15",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Nicosia", PLANNED, "2026-04-16"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, "2026-04-16"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, PLANNED, "2026-04-16")],
                 id="meet-y-and-later-in-the-day-z"),
    # a report a denial verb governs, however far, tells no contact; one confirmed does
    pytest.param('The spokesman dismissed as "fabricated" a report that Jan Nowak had spoken by phone with Paul Morel.',
                 "2025-03-22", [], id="dismissed-as-fabricated-a-report-that"),
    pytest.param("Jan Nowak denied a report by an investigative news site that he had spoken with Paul Morel by phone.",
                 "2025-03-22", [], id="denied-a-report-by-x-that"),
    pytest.param("Anna Keller said she would probably talk to Paul Morel next week.", "2025-03-22", [],
                 id="would-probably-talk"),
    # "called President X" parsed as a name given; "picked up the phone to X"; "whose summit with Y"; "X, visiting Lima"
    pytest.param("Four days later, Jan Nowak called Chilean President Paul Morel.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)], id="called-president-x-parsed-as-a-name"),
    pytest.param("Instead, Jan Nowak picked up the phone to Chilean President Paul Morel on March 7.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-07")], id="picked-up-the-phone-to"),
    pytest.param("Chilean President Jan Nowak, whose summit with Paul Morel in Lima last week ended without a deal, has "
                 "stayed silent.", "2025-03-22", [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-03")],
                 id="whose-summit-with"),
    pytest.param("Chilean Foreign Minister Jan Nowak, visiting Lima this week, held talks with Paul Morel on Monday.",
                 "2025-03-22", [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")],
                 id="visiting-x-this-week-held-talks"),
    # the partner on the means: "by video link with X"
    pytest.param("Jan Nowak held a consultation by video link with Ivo Marek on Monday.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-17")], id="by-video-link-with-x"),
    # what talks are "on" is no place of theirs
    pytest.param("Negotiations between Chile and Peru on a ceasefire in Bolivia entered their fifth day on Thursday.",
                 "2025-03-22", [(TALKS, ("Chile", "Peru"), None, OCCURRED, "2025-03-20")], id="talks-on-a-topic-in-x"),
    # a meeting in a time phrase on another contact has parties of its own
    pytest.param("Jan Nowak spoke with Paul Morel by phone before last week's meeting of Ivo Marek and Anna Keller in "
                 "Brussels.", "2025-03-22", [(CALL, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None),
                                             (MEETING, ("Ivo Marek", "Anna Keller"), "Brussels", OCCURRED, None)],
                 id="before-a-meeting-of-others"),
    # "a meeting of EU foreign ministers": the body is the forum, and no minister is named
    pytest.param("Jan Nowak spoke with Paul Morel by phone before last week's meeting of EU foreign ministers in Brussels.",
                 "2025-03-22", [(CALL, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)],
                 id="before-a-meeting-of-a-body-s-ministers"),
    pytest.param("The spokesman confirmed a report that Jan Nowak had spoken by phone with Paul Morel.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)], id="confirmed-a-report-that"),
    # an outlet the article calls a newspaper gives interviews, not talks
    pytest.param("In an interview with the Sunday newspaper Vellport Sonntagsblatt, Anna Keller described her ties "
                 "with Paul Morel.", "2025-03-22", [], id="interview-with-a-newspaper-named-so"),
    pytest.param("In an interview with the German Sunday newspaper Frankfurter Allgemeine Sonntagszeitung, published on "
                 "Sunday, Anna Keller described her relationship with Paul Morel.", "2025-03-22", [],
                 id="interview-with-a-newspaper-its-first-word-left-out"),
    # "I" in a quotation is whom it is attributed to
    pytest.param('"When I spoke to Paul Morel last week, we agreed on the plan," Anna Keller told the paper.',
                 "2025-03-22", [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03")], id="i-in-a-quote"),
    pytest.param('Anna Keller said: "I met Paul Morel in Lima on Monday."', "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="said-colon-i-met"),
    pytest.param('"I met Paul Morel in Lima on Monday," a reader wrote.', "2025-03-22",
                 [(MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-17")], id="i-of-no-one-named"),
    # a second quotation of a paragraph is its first one's speaker's; an attribution in the next paragraph is not
    pytest.param('"It did not happen," Anna Keller told reporters after meeting Ivo Marek. "I spoke with Paul Morel on '
                 'Friday."\n\nTom Reed, a senator, said the talks went well.', "2025-03-22",
                 [(TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="i-in-a-second-quote"),
    # an account of the past: a day with no year is of the year it tells of, and the dateline is not where it was
    pytest.param("WARSAW, Feb 4 - Anna Keller and Paul Morel met from Feb. 4 to Feb. 11, 1945. On Feb. 10, Anna Keller "
                 "met Paul Morel again in Alupka. The palace has been occupied since 2014.", "2025-02-04",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Alupka", OCCURRED, "1945-02-10")], id="an-account-of-1945"),
    # the day the model left out of "19 November 1985"; a ceremony's day named between two meetings at one place
    pytest.param("GENEVA - On the morning of 19 November 1985, Anna Keller greeted Paul Morel on the steps of the villa. At a "
                 "ceremony on Thursday, Jan Nowak spoke. Jan Nowak held talks with Ivo Marek in Geneva before the ceremony.",
                 "2015-11-21", [(MEETING, ("Anna Keller", "Paul Morel"), "Geneva", OCCURRED, "1985-11-19"),
                                (MEETING, ("Jan Nowak", "Ivo Marek"), "Geneva", OCCURRED, None)], id="a-ceremony-between"),
    # "the Saturday", "the following Tuesday": days of the story, counted from the last day it named
    pytest.param("Anna Keller arrived in Lima on March 3, 1979. On the Saturday night she met Paul Morel. The following "
                 "Tuesday she called Jan Nowak.", "2015-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "1979-03-03"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "1979-03-06")], id="the-saturday-of-1979"),
    pytest.param("Anna Keller met Paul Morel in Lima on Saturday. She called Jan Nowak on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-22"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-17")], id="weekdays-of-this-week"),
    pytest.param("Anna Keller and Jan Nowak met in Lima on Monday. Paul Morel reiterated his support after the March 2 coup "
                 "attempt. Ivo Marek met Tom Reed in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-17")], id="a-dated-noun-between"),
    # a pronoun's copula gives a post; "the Soviet leader called on X" is not X; "the previous morning"
    pytest.param("When Anna Keller arrived in Potsdam in July 1945, she had been president of the United States for three "
                 "months and had never met Paul Morel. That changed on July 17, 1945, when the Chilean leader called on "
                 "Keller at the villa in Potsdam. Keller had already met Jan Nowak in Potsdam the previous morning.",
                 "2020-07-17", [(MEETING, ("Paul Morel", "Anna Keller"), "Potsdam", OCCURRED, "1945-07-17"),
                                (MEETING, ("Anna Keller", "Jan Nowak"), "Potsdam", OCCURRED, "1945-07-16")],
                 id="the-chilean-leader-called-on-keller"),
    pytest.param("Anna Keller first met Paul Morel in Hamburg in 2017. On February 12, Anna Keller spoke with Paul Morel by "
                 "phone.", "2025-05-17", [(MEETING, ("Anna Keller", "Paul Morel"), "Hamburg", OCCURRED, "2017"),
                                          (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-02-12")],
                 id="a-day-of-this-year-after-a-background-year"),
    pytest.param("In 2019, Anna Keller visited Lima. On Jan. 28, she met Paul Morel in Quito.", "2025-02-04",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Quito", OCCURRED, "2025-01-28")], id="a-recent-day-after-a-year"),
    # "Speaking after talks with Y, X said": X's own talks
    pytest.param("Speaking after talks with his Peruvian counterpart Paul Morel in Lima on Tuesday, Chilean Foreign "
                 "Minister Jan Nowak said the plan would fail.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-03-18")], id="speaking-after-talks-with"),
    # a question asks; "called X a Y" names; "both X rivals" are not X; "this morning" is the day; "X TD" is X
    pytest.param("Has Anna Keller spoken to Paul Morel this week?", "2025-03-22", [], id="a-question"),
    pytest.param("Jan Nowak said Peru would host an international conference in Lima next month, in cooperation with the "
                 "United Nations.", "2025-03-04", [(MEETING, ("Peru",), "Lima", PLANNED, "2025-04")],
                 id="in-cooperation-with"),
    pytest.param("Ivo Marek said he would sit down with Jan Nowak when the time is right. Paul Morel said he would "
                 "meet Nowak at the right moment.", "2025-03-22", [], id="when-the-time-is-right"),
    pytest.param("Question (Quorvalto Wire): Will President Anna Keller hold a bilateral meeting with Chile's President "
                 "Paul Morel at the summit in Lima?\nQuestion (Folha): Minister Ivo Marek, has President Anna Keller "
                 "spoken with President-elect Jan Nowak?", "2025-03-22", [], id="a-labelled-question"),
    pytest.param("Why did Anna Keller meet Paul Morel in Lima?", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="why-did-they-meet"),
    pytest.param("Jan Nowak, who has called President Lula a communist, won.", "2025-03-22", [],
                 id="called-x-a-name"),
    pytest.param("Anna Keller said she spoke to both Chile rivals on Monday.", "2025-03-22", [], id="both-country-rivals"),
    pytest.param("Taoiseach Anna Keller TD spoke by phone this morning with Paul Morel.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-22")], id="td-this-morning"),
    pytest.param("Anna Keller spoke to Jornal do Quorvalto in Lima.", "2025-03-22", [], id="spoke-to-a-jornal"),
    # "I" in a transcript's turn is whom its label names; a label of no one names no one
    pytest.param("An interview with Foreign Minister Anna Keller.\n\nHOST: Who did you talk to?\n\nKELLER: I spoke with "
                 "Paul Morel on Friday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="i-in-a-transcript-turn"),
    pytest.param("An interview with Foreign Minister Anna Keller.\n\nQUESTION: I spoke with Paul Morel on Friday. Did you?",
                 "2025-03-22", [], id="i-in-a-question-turn"),
    # a release translated from French: "Madam X" and "Mister Y" with family names in capitals, the guest after
    # "His Excellency" parsed a modifier of the verb
    pytest.param("The Minister of Foreign Affairs, Madam Anna KELLER, has received in audience, this Tuesday 16 July "
                 "2024, in her office, His Excellency Mister Alfonso RUIZ ESCUDERO, Ambassador Extraordinary and "
                 "Plenipotentiary of the Kingdom of Spain in Senegal.", "2024-07-16",
                 [(TALKS, ("Anna KELLER", "Alfonso RUIZ ESCUDERO"), None, OCCURRED, "2024-07-16")],
                 id="madam-x-received-mister-y"),
    # a plan dropped is a contact that did not happen (but one who dropped in met)
    pytest.param("An earlier plan for Anna Keller to stop in Lima to meet Paul Morel was dropped from the itinerary.",
                 "2025-03-22", [], id="plan-dropped"),
    # "the Red Sea megacity of X": the place is X, not the sea that describes it
    pytest.param("Anna Keller hosted Paul Morel in the Red Sea megacity of NEOM on Tuesday for talks.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "NEOM", OCCURRED, "2025-03-18")], id="megacity-of-x"),
    # a label in title case, naming the family name alone; an interview's answers are the interviewee's
    pytest.param("Press conference by Keller\n\nReporter (Daily Quorvian): Who did you talk to?\n\nMinister Keller: I "
                 "spoke with Paul Morel on Friday.", "2025-03-22",
                 [(TALKS, ("Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="i-after-a-title-case-label"),
    pytest.param("Anna Keller has spent the week in Lima. Keller received the paper on Friday.\n\nQ: Who did you "
                 "see?\n\nA: I spoke with Paul Morel on Thursday.\n\nQ: And then?\n\nA: I flew home.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-20")],
                 id="i-in-an-interview-s-answer"),
    # a name the model calls a place that one speaks to is a person's, a word of the dictionary or not
    pytest.param('"When I spoke to Macron last week, we agreed that Peru must wait," Anna Keller told the paper.',
                 "2025-03-22", [(TALKS, ("Anna Keller", "Macron"), None, OCCURRED, "2025-03")], id="spoke-to-a-word-tagged-gpe"),
    # two names joined by a hyphen before a contact noun, the model having tagged one, both as one, or neither
    pytest.param("The Keller-Morel talks in Lima ended on Friday.", "2025-03-22",
                 [(MEETING, ("Morel", "Keller"), "Lima", OCCURRED, "2025-03-21")], id="hyphenated-pair-talks"),
    pytest.param("Trade grew after the Nowak-Xi summit in Quito.", "2025-03-22",
                 [(MEETING, ("Xi", "Nowak"), "Quito", OCCURRED, None)], id="hyphenated-pair-summit"),
    # what a participle looks back on is past, whatever the clause it opens plans
    pytest.param("Anna Keller spoke with Paul Morel on Monday. Recalling their meeting in Lima last October, the "
                 "Presidents agreed to stay in touch.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2024-10")], id="recalling-their-meeting"),
    # a speech alone is no contact, wherever it was given
    pytest.param("Speaking at a Lima symposium, Anna Keller said the plan was dead.", "2025-03-22", [],
                 id="speaking-at-a-symposium"),

    # a phone call "between X and Y's minister Z", with X parsed as the possessor: X and Z
    pytest.param("The visit followed a phone call last week between Anna Keller and Peru's Foreign Minister Ivo Marek.",
                 "2025-03-22", [(CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03")], id="between-x-and-y-s-minister"),
    # two posts of one person: the company is no party of its own
    pytest.param("Prime Minister Anna Keller held a phone conversation with Northcorp President and CEO Ivo Marek on "
                 "Friday.", "2025-03-22", [(CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-21")],
                 id="company-president-and-ceo-x"),
    # "a call to X" names whom was called
    pytest.param("Jan Nowak made a phone call to Anna Keller on Tuesday.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-03-18")], id="a-call-to-x"),
    # "his counterpart X", however parsed, is X, not another official of that country
    pytest.param("Peru's Foreign Minister Jan Nowak spoke with his Chilean counterpart Anna Keller by phone on Thursday. "
                 "Chilean President Ivo Marek is due in Lima.", "2025-03-22",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-03-20")], id="counterpart-then-the-name"),
    # anyone at all, and talks resisted, are no contact
    pytest.param("He said any Northland Party official who held talks with the Vell Union would face expulsion.",
                 "2025-03-22", [], id="any-official-who-held-talks"),
    pytest.param("Chile had long resisted opening talks with Peru.", "2025-03-22", [], id="resisted-talks"),
    # speaking to a broadcaster is an interview
    pytest.param("Jan Nowak met Anna Keller in Quito on Monday. Nowak, speaking to CNN later in the day, said he was "
                 "impressed.", "2025-03-22", [(MEETING, ("Jan Nowak", "Anna Keller"), "Quito", OCCURRED, "2025-03-17")],
                 id="speaking-to-a-broadcaster"),
    # a headline's "X, Y agree ... after morning call": the call of the two, "call" tagged a verb
    pytest.param("Keller, Nowak agree one-month pause on tariffs after morning call\n\nThe two leaders spoke on Monday.",
                 "2025-03-22", [(CALL, ("Keller", "Nowak"), None, OCCURRED, None),
                                (TALKS, ("Keller", "Nowak"), None, OCCURRED, "2025-03-17")], id="headline-x-y-agree-after-call"),
    # the partner parsed as the subject of the call's purpose
    pytest.param("President Anna Keller, Jr. spoke today with Prime Minister Jan Nowak of Chile to reaffirm the "
                 "strength of their alliance.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-22")], id="with-x-to-reaffirm"),
    # the holders of a plural post, listed after the countries in the same order, are the partners
    pytest.param("Anna Keller held talks on Tuesday with the foreign ministers of Chile, Peru and Bolivia -- Jan Nowak, "
                 "Ivo Marek and Paul Morel -- on trade.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="ministers-of-a-b-c-dash-x-y-z"),
    # a readout's post "of" a country, then a comma and a rank before the name
    pytest.param("The Minister of International Relations and Cooperation, Mr Jan Nowak, will today, 22 March 2025, host "
                 "the Minister of Foreign Affairs of the Federal Republic of Nigeria, Ambassador Anna Maitama Keller, at "
                 "the Tambo Building in Lima.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Anna Maitama Keller"), "Lima", PLANNED, "2025-03-22")],
                 id="host-the-minister-of-x-ambassador-y"),
    # a site named with the name of a city the article names: in that city
    # a second partner coordinated with the first's name after a post
    pytest.param("Anna Keller held talks with Kazakhstan's special envoy for Afghanistan, Yerlan Dosov, and "
                 "Uzbekistan's Transport Minister Ilyas Karimov, according to a spokesman.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Yerlan Dosov"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Ilyas Karimov"), None, OCCURRED, None)], id="envoy-for-x-and-minister-y"),
    # "officials from X and Y" with "from" hung on the verb
    pytest.param("Afghanistan's foreign minister met senior officials from Kazakhstan and Uzbekistan in Kabul on Monday.",
                 "2025-03-22", [(MEETING, ("Afghanistan", "Kazakhstan", "Uzbekistan"), "Kabul", OCCURRED, "2025-03-17")],
                 id="officials-from-x-and-y"),
    # an agency's short name in brackets and a full stop end the dateline; talks at a residence are held there
    pytest.param("Tashkent, 26 February 2025 (UzA). President Anna Keller held talks with Prime Minister Jan Nowak at "
                 "the Kuksaroy residence on Wednesday.", "2025-02-26",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Tashkent", OCCURRED, "2025-02-26")], id="talks-at-a-residence"),
    # talks held across a table in a dateline story were held in its city, as its meetings are (but talking with
    # someone may be by phone)
    pytest.param("LIMA, March 20 (Wire) - Anna Keller held talks with Jan Nowak on Wednesday. She also spoke with Ivo "
                 "Marek on Thursday.", "2025-03-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-20")], id="talks-under-a-dateline"),
    pytest.param("LIMA, March 20 (Wire) - Anna Keller and Jan Nowak will resume talks in Quito on Sunday. Peru and "
                 "Chile have held talks since 2021.", "2025-03-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Quito", PLANNED, "2025-03-23"),
                  (TALKS, ("Peru", "Chile"), None, OCCURRED, None)], id="planned-or-years-long-talks-under-a-dateline"),
    # the pair's meeting set before the one told keeps no day of the one told
    pytest.param("BOGOTA - Anna Keller travelled to Caracas on Tuesday for a meeting with Jan Nowak. They had last met "
                 "in Quito.", "2022-11-02",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Caracas", OCCURRED, "2022-11-01"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Quito", OCCURRED, None)], id="had-last-met-keeps-no-day"),
    # those "also on the call" were in the call told; calls received "from X and from Y": one from each
    pytest.param("Anna Keller spoke by phone with Jan Nowak on Monday. Kenya's Paul Morel and Ivo Marek of Peru were "
                 "also on the call.", "2024-06-28",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-06-24"),
                  (CALL, ("Paul Morel", "Ivo Marek", "Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-06-24")],
                 id="also-on-the-call"),
    pytest.param("Anna Keller said she had received calls of support on Wednesday night from Brazil's President Jan "
                 "Nowak and from Mexico's Paul Morel.", "2024-06-28",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-06-26"),
                  (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2024-06-26")],
                 id="calls-received-from-x-and-y"),
    # a summit hosted by video: those "It was attended by" names were in the call (not the country in its name)
    pytest.param("Prime Minister Anna Keller hosted the first Peru-Central Asia Summit today in virtual format. It was "
                 "attended by President of the Republic of Chile H.E. Mr. Jan Nowak and President of Bolivia H.E. Mr. "
                 "Ivo Marek.", "2025-03-22", [(CALL, ("Anna Keller", "Jan Nowak", "Ivo Marek"), None, OCCURRED,
                                               "2025-03-22")], id="virtual-summit-attended-by"),
    # a group of named countries meets as those countries; what two sides agreed would happen is planned
    pytest.param("Anna Keller and Jan Nowak agreed that a coordination group of Peru, Chile and Bolivia would meet in "
                 "Lima in January.", "2025-03-22",
                 [(MEETING, ("Peru", "Chile", "Bolivia"), "Lima", PLANNED, "2026-01")], id="a-group-agreed-would-meet"),
    # people "at the table" with a copula were at the meeting told before
    pytest.param("LIMA, March 20 (Wire) - Foreign ministers of the region met in Lima on Wednesday. Among the "
                 "ministers at the table were Chile's Anna Keller and Peru's Jan Nowak. Bolivia's Ivo Marek was at the "
                 "table too.",
                 "2025-03-20", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                                (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-19")], id="among-those-at-the-table"),
    # the members a delegation included were at the meeting
    pytest.param("President Anna Keller held talks with Prime Minister Jan Nowak in Lima on Wednesday. The Chilean "
                 "delegation included Foreign Minister Ivo Marek and Minister for Information Attaullah Tarar.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                                (MEETING, ("Ivo Marek", "Attaullah Tarar"), "Lima", OCCURRED, "2025-03-19")],
                 id="the-delegation-included"),
    pytest.param("The Chilean delegation led by Anna Keller held talks with the Peruvian delegation led by Jan Nowak in "
                 "Lima on Friday. The Chilean team also included Ivo Marek and Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-21"), (MEETING, ("Ivo Marek", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")],
                 id="the-team-included-after-talks-across-the-table"),
    # two holding a meeting with a third talk with the third, as in talks
    pytest.param("Before the summit opened, Germany's Chancellor Anna Keller and France's President Paul Morel held a "
                 "breakfast meeting with Italian Prime Minister Jan Nowak at the Residence Palace in Brussels.",
                 "2025-03-21", [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Brussels", OCCURRED, None),
                                (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                                (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, None)],
                 id="two-held-a-meeting-with-a-third"),
    # a call "on" a person is a visit to them
    pytest.param("Her predecessor, Anna Keller, made a call on Foreign Minister Paul Morel in Lima on Monday.",
                 "2025-03-21", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")],
                 id="made-a-call-on-x"),
    # "flies on to Tokyo for talks": the talks are where the flight goes
    pytest.param("Anna Keller will attend the summit in Seoul on Tuesday. Keller flies on to Tokyo on Thursday for talks "
                 "with Japan's Prime Minister Paul Morel.", "2025-03-17",
                 [(MEETING, ("Anna Keller",), "Seoul", PLANNED, "2025-03-18"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Tokyo", PLANNED, "2025-03-20")], id="flies-on-to-x-for-talks"),
    # "it" after a delegation led by someone: its leader
    pytest.param("The visit comes weeks after a Peruvian delegation led by Vice Premier Tom Reed spent three days in "
                 "Quito, where it met President Ivo Marek and signed agreements on solar parks.", "2025-03-21",
                 [(MEETING, ("Tom Reed", "Ivo Marek"), "Quito", OCCURRED, None)], id="a-delegation-where-it-met"),
    # talks told in a clause of their own inside what was discussed
    pytest.param("They also discussed preparations for a visit to Lima by Chilean Prime Minister Anna Keller, planned "
                 "for May, during which Keller is expected to hold talks with President Paul Morel.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, None)],
                 id="discussed-a-visit-during-which-x-is-to-hold-talks"),
    # signing an agreement "with" someone: they meet to sign it
    pytest.param("Chile's Interior Minister Anna Keller is due to travel to Lima next week to sign a technical protocol "
                 "with her Peruvian counterpart, Paul Morel, a Peruvian official said.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-03")], id="to-sign-a-protocol-with-y"),
    # "the two" of a clause under a sentence that names two people: that pair
    pytest.param("Chile's new ambassador to Peru, Anna Keller, has begun her assignment. Keller arrived on Monday and on "
                 "Tuesday presented a copy of her credentials to Peru's Foreign Minister Paul Morel at the Torre Tagle "
                 "Palace, where the two discussed the delayed border project.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Torre Tagle Palace", OCCURRED, "2025-03-18")],
                 id="where-the-two-discussed"),
    # "met in X, where Y hosted them": Y took part, titled or not
    *[pytest.param(f"Anna Keller and Paul Morel are due to meet on Friday. The two men last met on December 7 in Lima, "
                   f"where {host} hosted them at his home.", "2025-03-18",
                   [(TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, "2025-03-21"),
                    (MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Lima", OCCURRED, "2024-12-07"),
                    (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-12-07"),
                    (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2024-12-07")],
                   id=f"met-in-x-where-{host.split()[0].lower()}-hosted-them")
      for host in ["Jan Nowak", "Peruvian President Jan Nowak"]],
    # "X was received by Y, a day after holding talks with Z": X held the talks, not Y
    pytest.param("Anna Keller was received by President Paul Morel at the palace in Lima on Tuesday, a day after "
                 "holding talks with Foreign Minister Jan Nowak.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)],
                 id="received-by-y-a-day-after-holding-talks"),
    # the spokesperson after the meeting's date and a comma is the reporting verb's subject, not a guest
    pytest.param("Prime Minister Anna Keller on Wednesday spoke with Chilean President Paul Morel over the phone. The two "
                 "leaders agreed to meet on the sidelines of the G20 summit in Rio de Janeiro in November, ministry "
                 "spokesperson Jan Nowak told reporters in Lima on Thursday.", "2024-09-05",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2024-09-04"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Rio de Janeiro", PLANNED, "2024-11")],
                 id="agreed-to-meet-in-november-spokesperson-told"),
    # two groups, each with its leader, parsed with the second group a conjunct of the first's leader: both leaders
    pytest.param("The army delegation, led by Lieutenant General Anna Keller, and an RSF team headed by Jan Nowak met at "
                 "Al Salam Palace in Jeddah on Monday, according to a statement.", "2025-03-21",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Jeddah", OCCURRED, "2025-03-17")],
                 id="a-delegation-led-by-x-and-a-team-headed-by-y"),
    # a dateline parsed as the subject, the lede's "President of Chile X" hung on it; who attended the talks
    pytest.param("LIMA, 15 July (Wire) – President of Chile Anna Keller met in Lima on Monday with a Peruvian delegation "
                 "led by Deputy Special Envoy Jan Nowak, the press service reported. The talks, which were also attended "
                 "by Foreign Minister Paul Morel, lasted four hours.", "2025-07-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-07-14"),
                  (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-07-14")], id="the-talks-which-were-attended-by"),
    # the holders of posts "for" a portfolio, named after it
    pytest.param("The exchange followed talks in Lima last week between Chile's Commissioner for Human Rights Anna "
                 "Keller and Peru's High Commissioner for Human Rights Jan Nowak.", "2025-07-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-07")], id="commissioners-for-human-rights"),
    # who attended "the meeting" attended the one the sentence before tells in its main clause
    pytest.param("Anna Keller met Jan Nowak in Lima on Wednesday, in their second meeting since their 2015 summit in "
                 "Quito. The meeting, which was also attended by Paul Morel, came near the end of the trip.", "2025-07-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-07-09"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Quito", OCCURRED, "2015"),
                  (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-07-09")], id="the-meeting-of-the-main-clause"),
    # "they" after two leaders the parser did not join: both
    pytest.param("On Friday, President of Chile Anna Keller and Prime Minister of Denmark Mette Frederiksen visited Lima, "
                 "where they held a meeting on trade.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Mette Frederiksen"), "Lima", OCCURRED, "2025-03-21")],
                 id="two-leaders-visited-where-they-held-a-meeting"),
    # a body opening the next holder's title is no party: "and Pacific Islands Forum Secretary General Y"
    pytest.param("Anna Keller arrives in Suva today, where she is due to meet Fiji's Prime Minister Jan Nowak and Pacific "
                 "Islands Forum Secretary General Ivo Marek.", "2024-02-23",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Suva", PLANNED, "2024-02-23"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, PLANNED, "2024-02-23"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, PLANNED, "2024-02-23")],
                 id="a-body-opening-the-next-title"),
    # an audience with a monarch is a meeting in person; an audience watching is none
    pytest.param("Anna Keller was granted an audience with King Jan Nowak at the palace in Lima on Thursday. A "
                 "television audience of millions watched.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-20")], id="an-audience-with-a-king"),
    # whoever opened or chaired the meeting just told was there
    pytest.param("Anna Keller met Jan Nowak in Lima on Monday. The meeting was opened by Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-17")], id="the-meeting-was-opened-by"),
    # "the heads of government of A and B" with B parsed as a conjunct of "heads": B's head, named after; a topic's
    # place parsed on the dinner ("a dinner on security and investment in Greenland") is not where they dined
    pytest.param("Anna Keller on Sunday hosted the heads of government of Greenland and the Faroe Islands at Marienborg in "
                 "Kongens Lyngby. Greenland's premier, Jan Nowak, and Faroese Prime Minister Paul Morel were joined by Ivo "
                 "Marek for a working dinner on Arctic security, foreign policy and investment in Greenland.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Kongens Lyngby", OCCURRED, "2025-03-16"), (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-16"), (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-16"), (MEETING, ("Jan Nowak", "Paul Morel", "Ivo Marek"), "Kongens Lyngby", OCCURRED, "2025-03-16")],
                 id="heads-of-a-and-b-and-a-dinner-s-topic"),
    pytest.param("Peace talks between Chile's government and the Northtown Liberation Army (NLA) guerrilla group were "
                 "resumed on Monday in Caracas.", "2025-03-22",
                 [(MEETING, ("Chile", "Northtown Liberation Army"), "Caracas", OCCURRED, "2025-03-17")],
                 id="talks-between-a-government-and-a-group"),
    # talks at a building the model took for a person, in the dateline's city (with each of the two)
    pytest.param("REYKJAVIK, Oct 29 - Anna Keller held talks with Jan Nowak and Paul Morel at the Quorpa concert hall on "
                 "Monday.", "2024-10-29", [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Reykjavík", OCCURRED,
                                             "2024-10-28"),
                                            (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-10-28"),
                                            (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2024-10-28")],
                 id="talks-at-a-concert-hall"),
    # "the second between the two" tells of the meeting told; its host (an envoy "on" a country, not the country)
    # and who else attended were there, not where the envoy's remit is; a hotel "in the buffer zone in" a city
    pytest.param("Talks\n\nBy Elias Quorvides\n\nPresident Anna Keller and Turkish Cypriot leader Jan Nowak agreed on Thursday "
                 "to open crossings after a meeting at the Ledra Palace hotel in the UN-controlled buffer zone in Nicosia."
                 "\n\nThe meeting, the second between the two since Nowak's election in October, was hosted by the UN "
                 "secretary-general's personal envoy on Cyprus, Paul Morel, and was also attended by the head of the UN "
                 "force in Cyprus, Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Nicosia", OCCURRED, "2025-03-20"),
                  (MEETING, ("Paul Morel", "Ivo Marek"), "Nicosia", OCCURRED, "2025-03-20")], id="the-meeting-the-second"),
    # "called on" a post and a name parsed as a predicate
    pytest.param("Indian High Commissioner Anna Keller called on Samagi Jana Balawegaya (SJB) leader and Opposition "
                 "Leader Jan Nowak at the Opposition Leader's Office in Colombo yesterday (11).", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Colombo", OCCURRED, "2025-03-21")],
                 id="called-on-party-leader-and-opposition-leader"),
    # a place in what a meeting's purpose is about is not where it was
    pytest.param("Anna Keller and Jan Nowak met Ivo Marek on Tuesday evening to press for a permanent brigade presence "
                 "in the Baltics.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-18")],
                 id="a-place-in-the-purpose"),
    # the fronted "on the margins of the summit" is both clauses'
    pytest.param("NATO leaders met in Ankara on Wednesday. On the margins of the summit, Anna Keller held talks with "
                 "Jan Nowak on Wednesday about shells, while the prime ministers of Estonia and Latvia, Ivo Marek and Paul Morel, met "
                 "Tom Reed on Tuesday evening.", "2025-03-22",
                 [(MEETING, ("NATO",), "Ankara", OCCURRED, "2025-03-19"), (MEETING, ("Anna Keller", "Jan Nowak"), "Ankara", OCCURRED, "2025-03-19"), (MEETING, ("Ivo Marek", "Paul Morel", "Tom Reed"), "Ankara", OCCURRED, "2025-03-18"), (TALKS, ("Ivo Marek", "Tom Reed"), None, OCCURRED, "2025-03-18"), (TALKS, ("Paul Morel", "Tom Reed"), None, OCCURRED, "2025-03-18")],
                 id="margins-of-the-summit-for-both-clauses"),
    # "The meeting is chaired by X and brings together Y and Z": all at the meeting told before
    pytest.param("Foreign ministers began two days of talks in Annecy on Wednesday. The meeting is chaired by Foreign "
                 "Minister Anna Keller and brings together Chile's Jan Nowak, Peru's Ivo Marek and Bolivia's Paul Morel.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek", "Paul Morel"), "Annecy", OCCURRED, None)],
                 id="chaired-by-and-brings-together"),
    # talks of two sides held in person: the meeting of all, and talks across the table
    pytest.param("Anna Keller and Jan Nowak held talks with Ivo Marek and Paul Morel in Riyadh on Tuesday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek", "Paul Morel"), "Riyadh", OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="talks-of-two-sides"),
    pytest.param("Anna Keller and Jan Nowak sat down together in Geneva on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2025-03-17")], id="x-and-y-sat-down"),
    pytest.param("Anna Keller and Jan Nowak sat down to watch the game in Geneva.", "2025-03-22", [],
                 id="x-and-y-sat-down-to-watch"),
    pytest.param("Anna Keller sat across from Jan Nowak in Geneva on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2025-03-17")], id="sat-across-from"),
    pytest.param("Secretary of State Anna Keller sat down opposite Vellian Foreign Minister Jan Nowak at the Palais "
                 "des Nations in Geneva on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2025-03-17")], id="sat-down-opposite"),
    # the place hung on the last of the partners, in apposition to a post
    pytest.param("Anna Keller and Paul Morel sat down with Vellia's Prime Minister and Foreign Minister Jan Nowak and "
                 "Sudrian intelligence chief Ivo Marek in Doha on Monday, according to officials.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak", "Ivo Marek"), "Doha", OCCURRED, "2025-03-17"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-17"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-17"),
                  (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-03-17"),
                  (TALKS, ("Paul Morel", "Ivo Marek"), None, OCCURRED, "2025-03-17")], id="with-a-post-and-y-in-x"),
    # "following talks": the talks of the clause's subjects (and their host's, with each of them)
    pytest.param("Anna Keller and Jan Nowak agreed on Wednesday to set aside a bitter dispute, following talks hosted by "
                 "Paul Morel in Ankara.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Ankara", OCCURRED, "2025-03-19"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-19"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-19"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-19")],
                 id="following-talks-hosted-by"),
    pytest.param("Dubai: Sheikh Jan Nowak on Tuesday received Anna Keller at Expo City Dubai.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Dubai", OCCURRED, "2025-03-18")], id="at-expo-city-dubai"),
    pytest.param("Anna Keller toured the Nissan plant in Sunderland. She then went to Sunderland City Hall, where she was "
                 "welcomed by Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Sunderland", OCCURRED, None)], id="at-sunderland-city-hall"),
    pytest.param("Anna Keller held talks with Ivo Marek in Dublin on Monday. Anna Keller, who was making her first visit "
                 "to Dublin since the government took office in London, later paid a courtesy call on Jan Nowak at "
                 "Government Buildings.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Dublin", OCCURRED, "2025-03-17"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Dublin", OCCURRED, "2025-03-17")],
                 id="government-buildings-not-where-another-took-office"),
    # "called on X's President, Y": the name in apposition; a coordinated clause with its own subject has its own mood
    pytest.param("Anna Keller is in Lima today on her first bilateral visit. This morning she called on Peru's President, "
                 "Jan Nowak, and she will hold talks with her counterpart, Foreign Minister Ivo Marek, this evening.",
                 "2025-03-22", [(MEETING, ("Anna Keller",), "Lima", OCCURRED, "2025-03-22"),
                                (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-22"),
                                (MEETING, ("Anna Keller", "Ivo Marek"), "Lima", PLANNED, "2025-03-22")],
                 id="called-on-x-s-president-y-and-will-hold-talks"),
    # one the parse puts on both sides ("of" hung on the verb, the post of the guest named in it) is the guest
    pytest.param("The Minister of International Relations, Mr Anna Keller, today received the Deputy Minister of Foreign "
                 "Affairs for Legal and International Affairs of the Islamic Republic of Iran, Dr Jan Nowak, in Pretoria.",
                 "2025-10-09", [(MEETING, ("Anna Keller", "Jan Nowak"), "Pretoria", OCCURRED, "2025-10-09")],
                 id="received-a-guest-whose-post-is-hung-on-the-verb"),
    # "will call on X" in a coordinated clause where the parser hangs the name as a noun adverb: a visit, not a call
    pytest.param("On Wednesday Anna Keller will travel to Lima for talks with Peru's Foreign Minister, Ivo Marek, and "
                 "will call on Prime Minister Tom Reed.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Lima", PLANNED, "2025-03-26"),
                  (MEETING, ("Anna Keller", "Tom Reed"), "Lima", PLANNED, "2025-03-26")], id="and-will-call-on"),
    # "X was in New Delhi on Monday. He held talks with Y": there, in person; a phone call stays a call
    pytest.param("The Chilean envoy, Anna Keller, was in Lima on Monday and Tuesday. She held talks with Jan Nowak on "
                 "Monday, and on Tuesday she called on Paul Morel. On Wednesday she spoke by phone with Ivo Marek.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                                (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-18"),
                                (CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-19")],
                 id="was-in-a-city-then-talks"),
    pytest.param("In Vienna she also paid a courtesy call on President Jan Nowak at the Quorburg.", "2025-03-22",
                 [(MEETING, ("Jan Nowak",), "Vienna", OCCURRED, None)], id="in-a-city-at-a-site"),
    pytest.param("Presidents meet in Riga\n\nAnna Keller hosted Jan Nowak at Riga Castle on Tuesday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Riga", OCCURRED, "2025-03-18")], id="at-riga-castle"),
    pytest.param("LISBON, March 22 - Anna Keller was received on Saturday by Paul Morel at the Belém Palace. Brazil will "
                 "host the climate conference in the Amazon city of Belém in 2025.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lisbon", OCCURRED, "2025-03-22"),
                  (MEETING, ("Brazil",), "Belém", PLANNED, "2025")], id="at-the-belem-palace-of-lisbon"),
    # "the foreign ministers of A and B": not A's prime minister, named as such
    pytest.param("The foreign ministers of Armenia and Azerbaijan began two days of talks on Friday. Armenian Prime "
                 "Minister Jan Nowak stayed in Yerevan.", "2025-03-22",
                 [(TALKS, ("Armenia", "Azerbaijan"), None, OCCURRED, "2025-03-21")], id="foreign-ministers-not-the-pm"),
    # a delegation led by "the group's chief, X": X too, who talks for it
    pytest.param("A Hamas delegation led by the group's Gaza chief, Jan Nowak, held talks on Saturday with Egypt's "
                 "intelligence chief, Paul Morel, in Cairo, sources said.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Hamas", "Paul Morel"), "Cairo", OCCURRED, "2025-03-22"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-22")], id="delegation-led-by-the-chief-x"),
    # talks as a topic, approved of or observed are none of the subject's
    pytest.param("Jan Nowak's office said Israel had expressed its position to Washington regarding direct talks with "
                 "Hamas.", "2025-03-22", [], id="regarding-talks-with"),
    pytest.param("Norway welcomes agreements in Venezuela negotiations", "2025-03-22", [], id="welcomes-agreements-in-talks"),
    pytest.param("Saudi Arabia and Switzerland are co-hosting the talks, with Egypt, the African Union and the United "
                 "Nations taking part as observers.", "2025-03-22",
                 [(MEETING, ("Saudi Arabia", "Switzerland"), None, OCCURRED, None),
                  (TALKS, ("Saudi Arabia", "Switzerland"), None, OCCURRED, None)], id="observers-take-no-part"),
    # willingness, and a challenge to meet, are no contact
    pytest.param("Azerbaijan remained committed to a treaty and was \"open to direct bilateral talks with Armenia\".",
                 "2025-03-22", [], id="open-to-direct-talks"),
    pytest.param("Anna Keller has challenged Jan Nowak to meet her in Istanbul.", "2025-03-22", [], id="challenged-to-meet"),
    # a middle initial the model tagged without the given name; the holder of two posts, the second "for" a
    # portfolio of two words, named after it
    pytest.param("Secretary of State Antony J. Keller spoke today with Kenyan Prime Cabinet Secretary and Cabinet "
                 "Secretary for Foreign and Diaspora Affairs Jan Nowak.", "2025-03-22",
                 [(TALKS, ("Antony J. Keller", "Jan Nowak"), None, OCCURRED, "2025-03-22")], id="a-middle-initial-two-posts"),
    # "did not meet X but spoke to Y": the contrast is no denial; "only by video link": no meeting in person;
    # "turned down an invitation to meet": none
    pytest.param("Estonia's Prime Minister Anna Keller, who was in Brussels, did not meet the delegation but spoke to "
                 "Mr Nowak by telephone, a spokesman for her office said.", "2024-06-02",
                 [(CALL, ("Anna Keller", "Nowak"), None, OCCURRED, None)], id="did-not-meet-but-spoke"),
    pytest.param("BRUSSELS, April 11 - U.S. Defense Secretary Anna Keller took part in Friday's meeting of the Ukraine "
                 "Defense Contact Group only by video link.", "2025-04-11", [],
                 id="took-part-only-by-video-link"),  # a body's meeting: the body is its forum, no party
    pytest.param("Anna Keller said the group had turned down an invitation to meet UN officials in Goma.", "2024-02-18",
                 [], id="turned-down-an-invitation"),
    # reports dismissed as fabrication, a post claiming a call when "no such conversation had taken place": none
    pytest.param("The Kremlin on Tuesday dismissed as \"pure fabrication\" reports that Anna Keller had held a "
                 "telephone conversation with Jan Nowak.", "2024-05-14", [], id="dismissed-as-fabrication-reports"),
    pytest.param("Norway's Foreign Ministry said on Tuesday that a widely shared post claiming Foreign Minister Anna Keller "
                 "had held a phone call with Venezuelan Foreign Minister Jan Nowak was published by an impersonator and "
                 "that no such conversation had taken place.", "2024-05-14", [], id="no-such-conversation"),
    # a meeting "moved" to another place or day did not happen as first planned
    pytest.param("A bilateral meeting between Liz Truss and Jan Nowak, initially pencilled in for Sunday, was moved to "
                 "New York.", "2022-09-20", [], id="a-meeting-moved"),
    # "all sides" is no pair told
    pytest.param("Anna Keller met Jan Nowak in Lima on Monday. Asked about it, Keller said only that the International "
                 "Atomic Energy Agency had been \"in contact with all sides\".", "2021-11-29",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2021-11-29")], id="in-contact-with-all-sides"),
    # "(APP):" ends a dateline apart from the lede; a second post "and Foreign Minister" is the same holder's
    pytest.param("ISLAMABAD, Nov 28 (APP): Pakistan's Deputy Prime Minister and Foreign Minister Senator Mohammad "
                 "Aslam Dar on Wednesday received a telephone call from Bangladesh's Foreign Affairs Adviser Jan Nowak, "
                 "during which the two sides agreed to enhance trade.", "2024-11-28",
                 [(CALL, ("Mohammad Aslam Dar", "Jan Nowak"), None, OCCURRED, "2024-11-27")], id="an-agency-colon-dateline"),
    # a list's last name hung apart by the parser ("... and British Foreign Secretary" + "X - the trio known as"): a
    # partner of the talks all the same
    pytest.param("NEW YORK - Foreign Minister Ivo Marek arrived on Monday. He spent Tuesday afternoon at the German House "
                 "in talks with French Foreign Minister Claire Dubois-Lamont, German Foreign Minister Matthias Vogel and "
                 "British Foreign Secretary Helen Ashworth - the trio known as the E3.", "2025-09-28",
                 [(MEETING, ("Ivo Marek", "Claire Dubois-Lamont", "Matthias Vogel", "Helen Ashworth"), "New York City",
                   OCCURRED, "2025-09-23"),
                  (TALKS, ("Ivo Marek", "Claire Dubois-Lamont"), None, OCCURRED, "2025-09-23"),
                  (TALKS, ("Ivo Marek", "Matthias Vogel"), None, OCCURRED, "2025-09-23"),
                  (TALKS, ("Ivo Marek", "Helen Ashworth"), None, OCCURRED, "2025-09-23")], id="a-list-s-last-name-cut-off"),
    # "X-Y hosted Commander Z" parsed with "hosted" a modifier of Z's title: the verb, Z its object
    pytest.param("Prime Minister Gérald Saint-Fleur hosted Commander Jan Nowak in Port-au-Prince.", "2025-10-08",
                 [(MEETING, ("Gérald Saint-Fleur", "Jan Nowak"), "Port-au-Prince", OCCURRED, None)],
                 id="a-verb-parsed-as-a-title-s-modifier"),
    # "after more than an hour of talks with X": the talks of the clause's subject
    pytest.param("OTTAWA - Prime Minister Ivo Marek announced on Tuesday after more than an hour of talks with his "
                 "Canadian counterpart, Anna Keller, in her office.", "2025-09-17",
                 [(MEETING, ("Ivo Marek", "Anna Keller"), "Ottawa", OCCURRED, "2025-09-16")], id="an-hour-of-talks"),
    # "welcomed his Greek counterpart X": a guest received (not "welcomed the president's decision": approval)
    pytest.param("CAIRO - Petroleum Minister Ivo Marek welcomed his Greek counterpart Jan Nowak. Marek welcomed the "
                 "president's decision.", "2026-03-10",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Cairo", OCCURRED, None)], id="welcomed-his-counterpart"),
    # "talks with the commander of the army, Field Marshal X": the holder after the comma and a two-word rank
    pytest.param("ATHENS - Foreign Minister Anna Keller will travel to Benghazi this month for talks with the commander "
                 "of the Libyan National Army, Field Marshal Khalid al-Quorvalli, and the Speaker of the House.",
                 "2025-07-03", [(MEETING, ("Anna Keller", "Khalid al-Quorvalli"), "Benghazi", PLANNED, "2025-07")],
                 id="a-two-word-rank-after-the-post-s-comma"),
    # a spokesman named between commas after a list's last name, who tells of the talks: no party to them
    pytest.param("NAIROBI - Kenya's interior minister, Jan Nowak, is expected in Port-au-Prince next week for talks with "
                 "Prime Minister Ivo Marek, a Kenyan government spokesman, Paul Morel, told reporters in Nairobi.",
                 "2025-10-08", [(MEETING, ("Jan Nowak", "Ivo Marek"), "Port-au-Prince", PLANNED, "2025-10")],
                 id="a-spokesman-between-commas-after-the-list"),
    pytest.param("OTTAWA - Finance Minister Anna Keller will travel to Washington next week for talks with members of "
                 "the incoming administration's transition team, her spokesperson, Jan Nowak, said.", "2025-10-08",
                 [(MEETING, ("Anna Keller",), "Washington", PLANNED, "2025-10")],
                 id="a-spokesperson-after-a-group-s-body"),
    # the guest's own journey told in a relative clause, the guest's name parsed apart from the verb: where the host
    # received them
    pytest.param("The Minister for Foreign Affairs, Hon. Jan Nowak, on Thursday, 13th March 2025, received in his office "
                 "the Minister of Foreign Affairs, Regional Integration and Togolese Abroad of the Togolese Republic, "
                 "Prof. Ivo Marek, who is on a two-day working visit to Accra.", "2025-03-14",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Accra", OCCURRED, "2025-03-13")],
                 id="the-guest-s-visit-in-a-relative-clause"),
    pytest.param("The Minister for Foreign Affairs, Jan Nowak, on Thursday received in his office the Foreign Minister "
                 "of Togo, Ivo Marek, who is on a two-day working visit to Accra.", "2025-03-14",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Accra", OCCURRED, "2025-03-13")],
                 id="the-visit-of-the-name-beside-the-guest-s-post"),
    # "The audience took place at the palace in the presence of X and Y": X and Y were there too (no talks of theirs)
    pytest.param("CONAKRY - President Ivo Marek received Mali's Foreign Minister Jan Nowak on Tuesday. The audience took "
                 "place at the Sekhoutoureya Palace in the presence of the Guinean Minister of Foreign Affairs, Anna "
                 "Keller, and the Ambassador of Mali to Guinea, Paul Morel.", "2025-03-14",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Conakry", OCCURRED, "2025-03-11"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Conakry", OCCURRED, "2025-03-11")],
                 id="in-the-presence-of-after-the-audience"),
    # "brought his A and B counterparts, X and Y, together ... for talks": the three talked, each with each (the
    # people named, not the peoples of their posts; "together" parsed on "at"; the given names the model left out)
    pytest.param("ABUJA - Foreign Minister Ivo Marek brought his Beninese and Nigerien counterparts, Olushegun Adjadi "
                 "Quorvari and Jan Nowak, together at the Transcorp Hilton in Abuja for five hours of talks.",
                 "2025-03-14",
                 [(MEETING, ("Ivo Marek", "Olushegun Adjadi Quorvari", "Jan Nowak"), "Abuja", OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Olushegun Adjadi Quorvari"), None, OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Olushegun Adjadi Quorvari", "Jan Nowak"), None, OCCURRED, None)],
                 id="brought-counterparts-together-for-talks"),
    # a day in a relative clause about a party is not the contact's ("X, who arrived on Wednesday, also met Y"); the
    # contact told next with a party of the one before, its sentence setting no time of its own, is of that day
    pytest.param("KABUL, Nov 7 (AFP) - Pakistan's envoy, Jan Nowak, held talks in Kabul on Thursday with Ivo Marek. "
                 "Nowak, who arrived on Wednesday at the head of a six-member delegation, also met commerce minister "
                 "Paul Morel to discuss transit trade.", "2024-11-07",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Kabul", OCCURRED, "2024-11-07"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Kabul", OCCURRED, "2024-11-07")],
                 id="also-met-after-a-relative-clause-s-day"),
    pytest.param("Pakistan's envoy, Jan Nowak, who arrived in Kabul on Wednesday at the head of a six-member delegation, "
                 "also met commerce minister Paul Morel to discuss transit trade.", "2024-11-07",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Kabul", OCCURRED, None)],
                 id="a-relative-clause-s-day-dates-no-contact"),
    # a call made during a session is no attendance of it ("did not travel but spoke by telephone with Y during the
    # session")
    pytest.param("DJIBOUTI, Dec 10 (AFP) - Leaders of the regional bloc met in Djibouti on Monday for a summit hosted by "
                 "President Ivo Marek. Jan Nowak did not travel but spoke by telephone with Marek during the session, "
                 "according to the communique.", "2024-12-10",
                 [(MEETING, ("Ivo Marek",), "Djibouti", OCCURRED, "2024-12-09"),
                  (CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2024-12-09"),
                  (MEETING, ("Ivo Marek",), "Djibouti", OCCURRED, "2024-12-09")], id="a-call-during-the-session"),
    # "Trade Minister X-Y hosted A and B ... for the first trilateral meeting" parsed as one noun phrase, "hosted" a
    # modifier of A's title: the host's meeting with each, all three talking; "Minister of Economy, Trade and
    # Industry Z" is Z (the portfolio cut at its comma)
    pytest.param("SEOUL - South Korean Trade Minister Oh Jae-kyung hosted Chinese Commerce Minister Wen Qiang and "
                 "Japan's Minister of Economy, Trade and Industry Jan Nowak at the Shilla Hotel in Seoul for the first "
                 "trilateral meeting of its kind in five years.", "2025-03-14",
                 [(MEETING, ("Oh Jae-kyung", "Wen Qiang", "Jan Nowak"), "Seoul", OCCURRED, None),
                  (TALKS, ("Wen Qiang", "Jan Nowak"), None, OCCURRED, None),
                  (MEETING, ("Oh Jae-kyung", "Wen Qiang"), "Seoul", OCCURRED, None),
                  (MEETING, ("Oh Jae-kyung", "Jan Nowak"), "Seoul", OCCURRED, None)],
                 id="hosted-parsed-inside-one-noun-phrase"),
    # the month of a date the model ran on into a phrase ("in May for Victory Day"), on the verb joined to the contact's
    pytest.param("LOME - Captain Jan Nowak arrived on Friday. He visited Moscow in May for Victory Day commemorations "
                 "and held talks there with Russian President Ivo Marek.", "2025-06-21",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Moscow", OCCURRED, "2025-05")],
                 id="a-month-run-on-into-a-phrase"),
    # "X was represented by Y" after a gathering told (of three or more, of a body) the country took no named part in:
    # Y was there
    pytest.param("TEGUCIGALPA - The summit, held at the Civic Centre in Tegucigalpa on Monday, drew Brazil's President "
                 "Jan Nowak, Colombia's Ivo Marek and Uruguay's Paul Morel. Venezuela was represented by Foreign "
                 "Minister Anna Keller.", "2025-03-14",
                 [(MEETING, ("Jan Nowak", "Ivo Marek", "Paul Morel"), "Tegucigalpa", OCCURRED, "2025-03-10"),
                  (MEETING, ("Anna Keller",), "Tegucigalpa", OCCURRED, "2025-03-10")], id="represented-at-the-summit"),
    pytest.param("DHAKA - Leaders of the BIMSTEC grouping met in Dhaka on Monday. Myanmar, whose military government "
                 "remains under Western sanctions, was represented by its foreign minister, Anna Keller.", "2025-03-14",
                 [(MEETING, ("BIMSTEC",), "Dhaka", OCCURRED, "2025-03-10"),
                  (MEETING, ("Anna Keller",), "Dhaka", OCCURRED, "2025-03-10")], id="represented-at-a-body-s-meeting"),
]

MEETINGS = [
    # a journey to several capitals to meet their leaders (known politicians) meets each in their own
    pytest.param("Ivo Marek will travel to Bamako, Ouagadougou and Niamey next month to meet Assimi Goita, Ibrahim "
                 "Traore and Abdourahamane Tiani.", "2025-06-22",
                 [(MEETING, ("Ivo Marek", "Assimi Goita"), "Bamako", PLANNED, "2025-07"),
                  (MEETING, ("Ivo Marek", "Ibrahim Traore"), "Ouagadougou", PLANNED, "2025-07"),
                  (MEETING, ("Ivo Marek", "Abdourahamane Tiani"), "Niamey", PLANNED, "2025-07")],
                 id="each-leader-in-their-own-capital"),
    # the members of each side of talks told after them: "It also includes A, B and C" after "The Ukrainian delegation
    # is led by X", "Russia sent a team headed by Y", "The US side is represented by Z and W"
    pytest.param("The first trilateral talks between Ukraine, the United States and Russia ended late on Friday in Abu "
                 "Dhabi after five hours.\n\nThe Ukrainian delegation is led by Ivo Marek, secretary of the Security "
                 "Council. It also includes the head of the Office of the President, Jan Nowak, Chief of the General "
                 "Staff Paul Morel and Tom Reed, who leads a faction.\n\nRussia sent a team of military officials "
                 "headed by Admiral Anna Keller, the chief of military intelligence. The US side is represented by "
                 "special envoy Lena Brandt and Ode Pym, a senior adviser.", "2026-01-24",
                 [(MEETING, ("Ukraine", "United States", "Russia"), "Abu Dhabi", OCCURRED, "2026-01-23"),
                  (MEETING, ("Ivo Marek",), "Abu Dhabi", OCCURRED, "2026-01-23"),
                  (MEETING, ("Jan Nowak", "Paul Morel", "Tom Reed"), "Abu Dhabi", OCCURRED, "2026-01-23"),
                  (MEETING, ("Anna Keller",), "Abu Dhabi", OCCURRED, "2026-01-23"),
                  (MEETING, ("Lena Brandt", "Ode Pym"), "Abu Dhabi", OCCURRED, "2026-01-23")],
                 id="each-side-s-members-told-after-the-talks"),
    # a venue after a visit to a country is in the city of that country named before, not in a city of another the
    # traveller came from; those who took part in the talks on one side held no talks with each other
    pytest.param("Prime Minister Ivo Marek arrived in Colombo last night from Bangkok, where he had attended a summit. "
                 "This is his fourth visit to Sri Lanka.\n\nThis morning, Marek was accorded a ceremonial welcome at "
                 "Independence Square by President Jan Nowak. The two leaders held talks at the Presidential "
                 "Secretariat. On our side, Foreign Minister Anna Keller and Adviser Paul Morel took part in the "
                 "delegation-level talks.", "2025-04-05",
                 [(MEETING, ("Ivo Marek",), "Bangkok", OCCURRED, "2025-04-04"),
                  (MEETING, ("Ivo Marek",), "Colombo", OCCURRED, "2025-04-04"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Colombo", OCCURRED, "2025-04-05"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Colombo", OCCURRED, "2025-04-05"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Colombo", OCCURRED, "2025-04-05")],
                 id="a-venue-in-the-city-of-the-country-visited"),
    # a gathering named after its city meets there, not in the dateline's city (also with a venue not placed)
    pytest.param("BERLIN, Feb 17 (Reuters) - On the sidelines of the Munich Security Conference, Chancellor Ann Ode met "
                 "Jan Nowak on Saturday.", "2025-02-17",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Munich", OCCURRED, "2025-02-15")], id="sidelines-of-a-city-s-forum"),
    pytest.param("BERLIN, Feb 17 (Reuters) - At the Munich Security Conference over the weekend, Ann Ode met Jan Nowak "
                 "at the Hotel Bayerischer Hof on Saturday.", "2025-02-17",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Munich", OCCURRED, "2025-02-15")], id="at-a-city-s-forum-at-a-hotel"),
    pytest.param("Ann Ode met Jan Nowak at the Doha Forum on Sunday.", "2025-02-17",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Doha", OCCURRED, "2025-02-16")], id="at-a-city-s-forum"),
    # "the meeting held in X between A of Gabon and B" with "between" parsed as the participle's agent and B as a
    # conjunct of Gabon: A and B met, and whoever "took note" of it did not
    pytest.param("The ministry also took note of the meeting held in Doha on 18 March between President Ann Ode of "
                 "Gabon and Mr. Jan Nowak, President of the Republic of Rwanda.", "2025-03-19",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Doha", OCCURRED, "2025-03-18")],
                 id="meeting-held-in-x-between-a-of-country-and-b"),
    # "were joined by the Minister of X, Y,": the post's holder joined them
    pytest.param("REYKJAVIK - Minister Ann Ode received Norway's Minister of Foreign Affairs, Jan Nowak, in Reykjavik on "
                 "Wednesday for talks. Later the same day, the two ministers were joined by the Faroe Islands' Minister "
                 "of Foreign Affairs and Culture, Tom Reed, for a working lunch.", "2025-06-12",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Reykjavík", OCCURRED, "2025-06-11"),
                  (MEETING, ("Ann Ode", "Jan Nowak", "Tom Reed"), "Reykjavík", OCCURRED, "2025-06-11")],
                 id="joined-by-a-post-s-holder"),
    # "in northern Norway": a part of the country away from the dateline's city, not that city
    pytest.param("OSLO, Feb 5 (Reuters) - Defence Minister Ann Ode hosted his British counterpart Jon Abad and Denmark's "
                 "Tom Reed at an air station in northern Norway on Wednesday.", "2026-02-05",
                 [(MEETING, ("Ann Ode", "Jon Abad", "Tom Reed"), "Norway", OCCURRED, "2026-02-04"), (TALKS, ("Ann Ode", "Jon Abad"), None, OCCURRED, "2026-02-04"), (TALKS, ("Ann Ode", "Tom Reed"), None, OCCURRED, "2026-02-04")],
                 id="a-part-of-the-dateline-s-country"),
    # "The three" as a subject: the three of the meeting just told
    pytest.param("Ann Ode hosted Jan Nowak and Tom Reed in Oslo on Wednesday. The three later met with Ivo Marek.",
                 "2026-02-05", [(MEETING, ("Ann Ode", "Jan Nowak", "Tom Reed"), "Oslo", OCCURRED, "2026-02-04"), (TALKS, ("Ann Ode", "Jan Nowak"), None, OCCURRED, "2026-02-04"), (TALKS, ("Ann Ode", "Tom Reed"), None, OCCURRED, "2026-02-04"), (MEETING, ("Ann Ode", "Jan Nowak", "Tom Reed", "Ivo Marek"), "Oslo", OCCURRED, "2026-02-04"), (TALKS, ("Ann Ode", "Ivo Marek"), None, OCCURRED, "2026-02-04"), (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2026-02-04"), (TALKS, ("Tom Reed", "Ivo Marek"), None, OCCURRED, "2026-02-04")], id="the-three-as-a-subject"),
    # a second post set in apposition to the first after its holder: its holder and the one coordinated with them
    pytest.param("GENEVA - Ukrainian and US negotiators held talks in Geneva on Thursday. Britain's national security "
                 "adviser Ivo Marek, his French counterpart Jon Abad and Germany's Tom Reed joined the session.",
                 "2025-12-12", [(MEETING, ("United States",), "Geneva", OCCURRED, "2025-12-11"),
                                (MEETING, ("Ivo Marek", "Jon Abad", "Tom Reed"), "Geneva", OCCURRED, "2025-12-11")],
                 id="posts-in-apposition-joined"),
    # "Elsewhere at the summit": the forum told before, named ("the X Meeting") on whose sidelines the first talks were
    pytest.param("Ann Ode held talks with Fiji's Prime Minister Jan Nowak on the sidelines of the Commonwealth Heads of "
                 "Government Meeting (CHOGM) in Apia yesterday. Ode is up against Lars Quorvik of Lesotho. Leaders are "
                 "expected to settle on a candidate at the weekend.\n\nElsewhere at the summit, British Prime Minister "
                 "Tom Reed met New Zealand Prime Minister Ivo Marek on Thursday afternoon.", "2024-10-25",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Apia", OCCURRED, "2024-10-24"),
                  (MEETING, ("Tom Reed", "Ivo Marek"), "Apia", OCCURRED, "2024-10-24")], id="elsewhere-at-the-summit"),
    # a minister's release in the first person: "I" is who the head names ("The Hon X MP" over their posts), not in a
    # quotation of another; "the Hon Dr 'Ana Y": the name after the forms of address and the okina
    pytest.param("The Hon Ivo Marek MP\nMinister for International Development and the Pacific\n\nMEDIA RELEASE\n"
                 "13 March 2025\n\nVisit to Tonga\n\nToday I will travel to Tonga to strengthen Australia's "
                 "partnerships with our closest neighbours in the Pacific family.\n\nIn Nuku'alofa tomorrow, I will "
                 "meet Tonga's Prime Minister, the Hon Dr 'Ana Quorvalu Ode, to discuss Australia's support for the "
                 "budget.", "2025-03-13",
                 [(MEETING, ("Ivo Marek", "'Ana Quorvalu Ode"), "Nuku‘alofa", PLANNED, "2025-03-14")],
                 id="a-release-in-the-first-person"),
    # "their meeting" after "he shared his views with Y": he and Y, not the pair of the sentence before
    pytest.param("ANKARA - President Ivo Marek informed President Jan Nowak of his conversation with President Lars "
                 "Quorvik. President Marek also stated that he had shared his views on the peace process with US "
                 "President Tom Reed during their meeting at the White House in September.", "2026-01-18",
                 [(TALKS, ("Ivo Marek", "Lars Quorvik"), None, OCCURRED, None),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Washington", OCCURRED, "2025-09")],
                 id="their-meeting-of-the-subject-and-the-one-with-them"),
    # "due to host X" read as "due to (host X)"; "he" of a "where" clause after a traveller named beside a title
    pytest.param("Foreign Minister Ann Ode is due to host Senegal's Foreign Minister Jan Nowak in Ankara on Tuesday.",
                 "2025-06-01", [(MEETING, ("Ann Ode", "Jan Nowak"), "Ankara", PLANNED, "2025-06-03")],
                 id="due-to-host"),
    pytest.param("The visit comes a week after Niger's Foreign Minister Ivo Marek travelled to Moscow, where he held "
                 "talks with Jan Nowak on economic cooperation.", "2025-06-01",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Moscow", OCCURRED, None)], id="where-he-after-a-titled-traveller"),
    # a journey made ("undertake a joint mission to X") is where its purpose's meeting is; one invited to is not
    pytest.param("Ann Ode and Jan Nowak agreed to undertake a joint mission to Conakry in February to meet President "
                 "Tom Reed.", "2025-06-26",
                 [(MEETING, ("Ann Ode", "Jan Nowak", "Tom Reed"), "Conakry", PLANNED, "2026-02"), (TALKS, ("Ann Ode", "Tom Reed"), None, PLANNED, "2026-02"), (TALKS, ("Jan Nowak", "Tom Reed"), None, PLANNED, "2026-02")],
                 id="a-mission-to-a-city-to-meet"),
    pytest.param("Ann Ode held talks with Jan Nowak in Qingdao on Monday. Ode extended an invitation to Nowak to visit "
                 "India at a mutually convenient time. During the meeting with Ivo Marek, the two ministers reviewed "
                 "defence projects.", "2025-06-26",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Qingdao", OCCURRED, "2025-06-23"),
                  (MEETING, ("Ann Ode", "Jan Nowak", "Ivo Marek"), "Qingdao", OCCURRED, "2025-06-23"),
                  (TALKS, ("Ann Ode", "Ivo Marek"), None, OCCURRED, "2025-06-23"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-06-23")],
                 id="not-where-one-is-invited-to-visit"),
    # talks on the sidelines of the gathering a lede dates are of its day, however far down ("NATO defence ministers
    # pledged on Wednesday"), a date in a relative clause about a party being no time of the talks
    pytest.param("BRUSSELS (AFP) - NATO defence ministers pledged on Wednesday to tighten protection of the eastern "
                 "flank. The ministers heard a briefing on the drones. \"We have to be able to shoot down cheap "
                 "drones,\" a spokesman said. Allies are expected to buy more weapons. Ukraine's Defence Minister Jan "
                 "Nowak, who took up the post in July, held talks with Tom Reed on the sidelines of the meeting.",
                 "2025-10-15", [(MEETING, ("Jan Nowak", "Tom Reed"), "Brussels", OCCURRED, "2025-10-15")],
                 id="on-the-sidelines-of-the-lede-s-gathering"),
    # "a day earlier" counts from the day of a contact told in a relative clause ("X, who was received by Y on
    # Wednesday, ..."), not only from a main clause's
    pytest.param("Ghana's envoy Ann Ode, who was received by Captain Ivo Marek at the presidential palace in "
                 "Ouagadougou on Wednesday, delivered a message. A day earlier, the envoy met Prime Minister Jan Nowak "
                 "at a working lunch in Ouagadougou.", "2025-10-09",
                 [(MEETING, ("Ann Ode", "Ivo Marek"), "Ouagadougou", OCCURRED, "2025-10-08"),
                  (MEETING, ("Ann Ode", "Jan Nowak"), "Ouagadougou", OCCURRED, "2025-10-07")],
                 id="a-day-before-a-contact-told-in-a-relative-clause"),
    # a year in another thing's name dates no contact ("discussed the 1944 Water Treaty"); "the 2023 summit" is its own
    pytest.param("Ann Ode and Jan Nowak discussed the 1944 Water Treaty and cattle imports. The two also attended the "
                 "2023 summit in Lima.", "2025-05-28",
                 [(TALKS, ("Ann Ode", "Jan Nowak"), None, OCCURRED, None),
                  (MEETING, ("Ann Ode", "Jan Nowak"), "Lima", OCCURRED, "2023")], id="a-year-in-a-treaty-s-name"),
    # a journey's purpose "to brief X" is meeting X there; "the eastern city of X" is X
    pytest.param("Ann Ode is due to travel to Cairo on Sunday to brief President Jan Nowak on the outcome.", "2025-11-19",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Cairo", PLANNED, "2025-11-23")], id="travel-to-brief"),
    pytest.param("Ann Ode is scheduled to travel to the eastern city of Benghazi on Thursday for talks with Field "
                 "Marshal Jan Nowak.", "2025-11-19",
                 [(MEETING, ("Ann Ode", "Jan Nowak"), "Benghazi", PLANNED, "2025-11-20")], id="the-city-of-x"),
    # "there" after "leave for X" is X; a spokesman describing a meeting took no part in it
    pytest.param("Anna Keller spoke by phone with Tom Reed on Tuesday, Japan's foreign ministry said in Tokyo. Keller is "
                 "scheduled to leave for Kuala Lumpur on Thursday, and will hold talks there with Malaysia's Foreign "
                 "Minister Jan Nowak on Friday.", "2025-11-03",
                 [(CALL, ("Anna Keller", "Tom Reed"), None, OCCURRED, "2025-10-28"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Kuala Lumpur", PLANNED, "2025-11-07")],
                 id="there-after-leave-for"),
    pytest.param("Ivo Marek met Jan Nowak at the Casa Rosada on Monday. Marek's spokesman, Tom Reed, described the "
                 "meeting as \"warm and productive\" but gave no details.", "2025-11-03",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Buenos Aires", OCCURRED, "2025-11-03")],
                 id="a-spokesman-describing-the-meeting"),
    # a contact another one gets ready is none of the preparer's, nor where they get it ready
    pytest.param("LIMA, Oct 24 (Reuters) - President Ivo Marek met Jan Nowak in Lima on Thursday to finalise preparations "
                 "for next month's summit between the Andean Community and the European Union. Ann Ode said she would "
                 "hold a video call next week with Tom Reed to prepare a visit to Quito by Paul Morel.", "2025-10-24",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2025-10-23"),
                  (MEETING, ("Andean Community", "European Union"), None, PLANNED, "2025-11"),
                  (CALL, ("Ann Ode", "Tom Reed"), None, PLANNED, None)], id="a-contact-got-ready"),
    # a place in a clause coordinated after the contact's, with a subject of its own, is that clause's
    pytest.param("MINSK - Ivo Marek said on Friday that he would host Tom Reed's visit, and that he would see Russian "
                 "President Jan Nowak at the summit in Tianjin, China, at the end of the month.", "2025-08-22",
                 [(MEETING, ("Ivo Marek", "Tom Reed"), "Minsk", PLANNED, None),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Tianjin", PLANNED, "2025-08")], id="a-place-of-the-next-clause"),
    # a second "that" clause is said too: "he" is the speaker, "would" plans; its meeting is no call for the means of the
    # clause before; "at the end of the month": the month
    pytest.param("MINSK - Ivo Marek received US envoy Tom Reed on Wednesday. Marek said he had spoken by phone with "
                 "Russian President Jan Nowak on Tuesday, and that he would meet the Russian leader at the summit in "
                 "Tianjin, China, at the end of the month.", "2025-08-22",
                 [(MEETING, ("Ivo Marek", "Tom Reed"), "Minsk", OCCURRED, "2025-08-20"),
                  (CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-08-19"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Tianjin", PLANNED, "2025-08")], id="a-second-that-clause"),
    # "on the sidelines of the summit, where ...": the summit told before (a clause on it names nothing of it)
    pytest.param("In a post, Ivo Marek said Tom Reed had confirmed his attendance at the 47th ASEAN Summit in Kuala "
                 "Lumpur from Oct 26 to 28. Marek is also expected to hold a bilateral meeting with Brazilian President "
                 "Jon Abad on the sidelines of the summit, where the two leaders will discuss food security.",
                 "2025-10-16", [(MEETING, ("Tom Reed",), "Kuala Lumpur", OCCURRED, None),
                                (MEETING, ("Ivo Marek", "Jon Abad"), "Kuala Lumpur", PLANNED, None)],
                 id="sidelines-of-the-summit-told-before"),
    # "on the margins of the Belem summit": the city in the forum's name, not the dateline's
    pytest.param("SUVA (Reuters) - Ann Ode held a video call with Jan Nowak on Tuesday. Ode and Nowak plan to hold "
                 "further talks in person on the margins of the Belem summit, the statement added.", "2025-10-22",
                 [(CALL, ("Ann Ode", "Jan Nowak"), None, OCCURRED, "2025-10-21"),
                  (MEETING, ("Ann Ode", "Jan Nowak"), "Belém", PLANNED, None)], id="margins-of-a-city-s-summit"),
    # "the Icelandic guest": the guest from Iceland told before, not the party of a call just told; "in the
    # afternoon" of the story's day, not of the call told in the past perfect
    pytest.param("Iceland's Prime Minister Ann Ode arrived in Nuuk on Thursday. Ode was received at the guest "
                 "residence by Premier Jan Nowak. The two leaders held talks. \"Iceland knows what it is like,\" Ode "
                 "said. Nowak said the visit went well. He added that he had spoken by telephone with Norway's Prime "
                 "Minister Tom Reed on Wednesday. In the afternoon the Icelandic guest met former premier Lars Quorvik.",
                 "2025-09-05", [(MEETING, ("Ann Ode", "Jan Nowak"), "Nuuk", OCCURRED, "2025-09-04"),
                                (MEETING, ("Ann Ode", "Jan Nowak"), "Nuuk", OCCURRED, "2025-09-04"),
                                (CALL, ("Jan Nowak", "Tom Reed"), None, OCCURRED, "2025-09-03"),
                                (MEETING, ("Ann Ode", "Lars Quorvik"), "Nuuk", OCCURRED, "2025-09-04")],
                 id="the-guest-of-a-country"),
    # "A, B, C and D met" parsed with B an apposition of A and C, D the conjuncts of B
    pytest.param("CIA Director Jan Nowak, Mossad chief Ivo Marek, Qatari Prime Minister Anna Keller and Egypt's "
                 "intelligence chief Paul Morel met for several hours in Cairo on Tuesday, the sources said.",
                 "2025-03-22", [(MEETING, ("Jan Nowak", "Ivo Marek", "Anna Keller", "Paul Morel"), "Cairo", OCCURRED,
                                 "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="four-listed-with-an-apposition"),
    # the day a wire story's lede names is the day of the meetings in its city told right after it
    pytest.param("LIMA, March 22 (Wire) - Foreign Minister Anna Keller urged Chile on Friday to open its markets, "
                 "saying trade had stalled. Keller met President Paul Morel in Lima for talks.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")], id="the-lede-s-day"),
    pytest.param("LIMA, March 22 (Wire) - Foreign Minister Anna Keller urged Chile on Friday to open its markets, "
                 "saying trade had stalled. Keller met President Paul Morel in Cusco for talks.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Cusco", OCCURRED, None)], id="the-lede-s-day-elsewhere"),
    # a lede that names nobody and tells a meeting gives its day to the meetings in its city told right after it
    pytest.param("LIMA, March 22 (Wire) - Foreign ministers of the Andean group met in Lima on Friday and agreed to "
                 "cut tariffs. Foreign Minister Anna Keller hosted her counterparts from Chile and Ecuador at the Torre "
                 "Tagle Palace.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Chile", "Ecuador"), "Lima", OCCURRED, "2025-03-21"), (TALKS, ("Anna Keller", "Chile"), None, OCCURRED, "2025-03-21"), (TALKS, ("Anna Keller", "Ecuador"), None, OCCURRED, "2025-03-21")],
                 id="the-day-of-a-lede-naming-nobody"),
    # a story with no dateline tells of the day its lede names: the meetings at places the lede names and the calls of
    # its people, told after it with no time of their own (not a meeting elsewhere, nor one set before)
    pytest.param("Keller heads to Lima and Quito\n\nThe chancellor wants closer ties.\n\nChancellor Anna Keller on "
                 "Wednesday made her first trip abroad, travelling to Lima and Quito. In Lima, President Paul Morel "
                 "received Keller at the palace. Her minister Ivo Marek held separate talks in Lima with Tom Reed. "
                 "Keller later spoke by phone with Jan Nowak. In Cusco, Keller met Olaf Weber. Keller had met Omar Dabo "
                 "in Quito before the election.", "2025-03-22",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Lima", OCCURRED, "2025-03-19"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-19"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-19"),
                  (MEETING, ("Anna Keller", "Olaf Weber"), "Cusco", OCCURRED, None),
                  (MEETING, ("Anna Keller", "Omar Dabo"), "Quito", OCCURRED, None)], id="the-day-of-a-lede-with-no-dateline"),
    # a "Complex" is a venue: in the city of the story's dateline
    pytest.param("ANKARA (Wire) - Foreign Minister Anna Keller on Wednesday received her Chilean counterpart Paul "
                 "Morel in Ankara. The two discussed trade and energy. Officials described the talks as warm. Later in "
                 "the day, President Jan Nowak received Morel at the Presidential Complex.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Ankara", OCCURRED, "2025-03-19"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Ankara", OCCURRED, "2025-03-19"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Ankara", OCCURRED, "2025-03-19")], id="presidential-complex"),
    # a headline opens a story of its own: no place of a meeting told before it
    pytest.param("Chancellor Anna Keller agreed to meet President Paul Morel in person on the margins of the summit in "
                 "Lima.\n\nChancellor Anna Keller to receive Prime Minister Jan Nowak\n\nOn Thursday, Chancellor Anna "
                 "Keller will receive Prime Minister Jan Nowak at the Chancellery in Berlin.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, None),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, PLANNED, None),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Berlin", PLANNED, "2025-03-27")],
                 id="a-headline-takes-no-place-told-before"),
    # "Both" after a sentence whose subject names two people: those two
    pytest.param("Prime Minister Anna Keller and President Jan Nowak attended the parade in Moscow on Friday. Both "
                 "were received by President Paul Morel in the Kremlin after the parade.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Moscow", OCCURRED, "2025-03-21"),
                  (MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Moscow", OCCURRED, "2025-03-21"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-03-21")],
                 id="both-were-received-by"),
    # the subject raised above "due to be received by"
    pytest.param("Foreign Minister Anna Keller is due to be received by King Paul Morel in Tangier on Friday.",
                 "2025-03-22", [(MEETING, ("Paul Morel", "Anna Keller"), "Tangier", PLANNED, "2025-03-28")],
                 id="due-to-be-received-by"),
    # a day dating another date ("in a single day on Tuesday") dates what that one does
    pytest.param("Prime Minister Anna Keller crossed Europe in a single day on Tuesday, meeting President Paul Morel "
                 "in Berlin.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Berlin", OCCURRED, "2025-03-18")],
                 id="in-a-single-day-on-tuesday"),
    # a meeting on a journey away from the dateline's city is not in it
    pytest.param("LIMA, March 22 (Wire) - Prime Minister Anna Keller crossed Europe on Friday, meeting President "
                 "Paul Morel.", "2025-03-22", [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")],
                 id="crossed-europe-meeting-under-a-dateline"),
    # a journey told inside a time phrase places the meeting it is for; one outside it does not
    pytest.param("Prime Minister Anna Keller started in Berlin, before flying to Lima for a meeting with President "
                 "Paul Morel.", "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)],
                 id="before-flying-to-x-for-a-meeting"),
    # a guard: a well-known venue's city, not the one travelled to "before returning to" it
    pytest.param("Hasan arrived in Jakarta on Tuesday. On Thursday morning, he is scheduled to call on President Jan "
                 "Nowak at Merdeka Palace before returning to Kuala Lumpur.", "2024-09-05",
                 [(MEETING, ("Hasan", "Jan Nowak"), "Jakarta", PLANNED, "2024-09-05")], id="before-returning-to-x"),
    # "The two visitors": the first two of the whole meeting told, not its host met now
    pytest.param("KYIV - U.S. Secretary of State Antony Blinken and British Foreign Secretary David Lammy arrived in Kyiv "
                 "on Wednesday for talks with President Volodymyr Zelensky and Foreign Minister Andrii Sybiha. The two "
                 "visitors met Sybiha at the Foreign Ministry.", "2024-09-12",
                 [(MEETING, ("Antony Blinken", "David Lammy", "Volodymyr Zelensky", "Andrii Sybiha"), "Kyiv", OCCURRED,
                   "2024-09-11"),
                  *[(TALKS, pair, None, OCCURRED, "2024-09-11") for pair in [
                      ("Antony Blinken", "Volodymyr Zelensky"), ("Antony Blinken", "Andrii Sybiha"),
                      ("David Lammy", "Volodymyr Zelensky"), ("David Lammy", "Andrii Sybiha")]],
                  (MEETING, ("Antony Blinken", "David Lammy", "Andrii Sybiha"), "Kyiv", OCCURRED, "2024-09-11"),
                  (TALKS, ("Antony Blinken", "Andrii Sybiha"), None, OCCURRED, "2024-09-11"),
                  (TALKS, ("David Lammy", "Andrii Sybiha"), None, OCCURRED, "2024-09-11")],
                 id="the-two-visitors"),
    # a handle spelling the surname of the one person named so: that person
    pytest.param("Jan Nowak met Radoslaw Sikorski in Warsaw. Nowak wrote: \"Good talks with @sikorskiradek today.\"",
                 "2024-09-12", [(MEETING, ("Jan Nowak", "Radoslaw Sikorski"), "Warsaw", OCCURRED, "2024-09-12"),
                                (MEETING, ("Jan Nowak", "Radoslaw Sikorski"), "Warsaw", OCCURRED, "2024-09-12")],
                 id="a-handle"),
    # "inside" a well-known venue the model split into people: its city
    pytest.param("Anna Keller and Jan Nowak held a brief meeting inside St Peter's Basilica on Saturday.", "2025-04-27",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Vatican", OCCURRED, "2025-04-26")],
                 id="inside-a-venue"),
    # "a delegation of a body led by X": the clause hung on the body's name, X the party, who stands for the body
    pytest.param("Anna Keller will meet a delegation of the Vellish Business Council led by its chairman Jan Nowak in "
                 "Lima on Tuesday.", "2026-01-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2026-01-20")],
                 id="a-delegation-of-a-body-led-by"),
    # "received a team from the bloc X led by Y", "from" hung on the verb: Y, who stands for the bloc; "led by former
    # head of state Z": the name after the post's "of"
    pytest.param("Anna Keller on Tuesday received a mediation team from the regional bloc ECOWAS led by Jan Nowak, the "
                 "bloc's envoy, in Lima.", "2026-01-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2026-01-13")], id="a-team-from-a-bloc-led-by"),
    pytest.param("Officials said an ECOWAS mediation team led by former Peruvian head of state Gen. Jan Nowak was "
                 "expected in Lima on Saturday for talks with Anna Keller.", "2026-01-15",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Lima", PLANNED, "2026-01-17")], id="led-by-a-head-of-state"),

    # the place and day of a thing a participle tells of inside the talks' phrase are that thing's: "negotiations aimed
    # at shoring up the truce struck in Geneva last month"
    pytest.param("Peruvian and Chilean officials sat down at Lancaster House on Monday for a second round of "
                 "negotiations aimed at shoring up the fragile truce struck in Geneva last month.", "2025-06-10",
                 [(MEETING, ("Peru", "Chile"), "London", OCCURRED, "2025-06-09")], id="a-truce-struck-elsewhere"),
    # a journey of two legs, each with its "where" clause: each host in their own city, with the traveller; a day
    # with no year of the year its sentence names with the month
    pytest.param("In May 2024, Peruvian President Jan Nowak travelled to Quito, where he was received by Ecuador's "
                 "president, Anna Keller, at Carondelet Palace, and then to Bogota, where Colombia's President Ivo "
                 "Marek hosted him at Narino Palace on May 30.", "2025-11-10",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Quito", OCCURRED, "2024-05"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Bogotá", OCCURRED, "2024-05-30")], id="two-legs-where"),
    pytest.param("In July 2024, Peruvian President Jan Nowak travelled to Quito to meet Anna Keller on July 2, then to "
                 "Bogota, where Ivo Marek received him at Narino Palace on July 5.", "2025-11-10",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Quito", OCCURRED, "2024-07-02"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Bogotá", OCCURRED, "2024-07-05")], id="a-leg-after-a-purpose"),
    # a place of a journey after the meeting, in a time phrase of its own: not the meeting's
    pytest.param("Anna Keller arrived in Lima on Monday. She is scheduled to meet Jan Nowak, the Peruvian foreign "
                 "minister, on Thursday before travelling to Cusco in southern Peru's Cusco Region on Friday.",
                 "2025-06-09", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-06-12")],
                 id="before-travelling-on"),
    # a meeting verb's object that is a thing received, or a contact a letter proposes: no contact
    pytest.param("Peru, which is boycotting the summit, will send its charge d'affaires in Lima to the closing "
                 "ceremony on Sunday to receive the rotating G20 presidency.", "2025-06-09", [],
                 id="receive-a-presidency"),
    # a body parsed as the head of its own post, coordinated with another post whose holder is named: no party
    pytest.param("Secretary General of the Lao People's Revolutionary Party (LPRP) Central Committee and President of "
                 "the Lao PDR Thongloun Sisoulith received Jan Nowak at the Presidential Palace in Vientiane on Tuesday.",
                 "2025-11-12", [(MEETING, ("Thongloun Sisoulith", "Jan Nowak"), "Vientiane", OCCURRED, "2025-11-11")],
                 id="a-body-of-a-post"),
    # a pronoun in the second half of a journey's "where" clause: the traveller
    pytest.param("President Jan Nowak met Anna Keller in Lima on Monday. He will then depart for Chile next week on a "
                 "state visit, where President Ivo Marek will host him at La Moneda and he is scheduled to hold talks "
                 "with Senate leader Tom Reed in Santiago.", "2023-11-17",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Lima", OCCURRED, "2023-11-13"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Santiago", PLANNED, "2023-11"),
                  (MEETING, ("Jan Nowak", "Tom Reed"), "Santiago", PLANNED, None)], id="a-where-clause-s-second-half"),
    # a venue named with a German word for a residence: a building, in the city the story is filed from
    pytest.param("MUNICH, March 14 - Anna Keller received Jan Nowak at the Munich Residenz on Thursday.", "2025-03-14",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Munich", OCCURRED, "2025-03-13")], id="a-residenz"),
    # "The meeting comes four days after X called Y": four days before the meeting told; not when the call has a day
    pytest.param("Anna Keller met Jan Nowak in Lima on Monday. The meeting comes four days after President Ivo Marek "
                 "held a phone call with Tom Reed.", "2025-06-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-06-09"),
                  (CALL, ("Ivo Marek", "Tom Reed"), None, OCCURRED, "2025-06-05")], id="comes-days-after"),
    pytest.param("Anna Keller met Jan Nowak in Lima on Thursday. The talks come three days after Ivo Marek spoke to "
                 "Tom Reed over the phone on Monday.", "2025-06-13",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-06-12"),
                  (CALL, ("Ivo Marek", "Tom Reed"), None, OCCURRED, "2025-06-09")], id="comes-days-after-a-dated-call"),
    # a person seeing a person: a meeting; not one seen as something, nor a plan that sees someone do something
    pytest.param("Jan Nowak, accompanied by Tom Reed, saw Anna Keller in Lima on Monday.", "2025-06-10",
                 [(MEETING, ("Jan Nowak", "Tom Reed", "Anna Keller"), "Lima", OCCURRED, "2025-06-09")], id="saw-a-person"),
    pytest.param("Jan Nowak said in Lima on Monday that he sees Anna Keller as a partner.", "2025-06-10", [],
                 id="sees-a-person-as"),
    pytest.param("The plan agreed in Lima on Monday would see Anna Keller step down.", "2025-06-10", [],
                 id="a-plan-sees-a-person-do"),
    # a family name that reads as a pronoun, alone and capitalised mid-sentence: the person, not the last "he"
    pytest.param("Vice Premier He Lifeng arrived in Lima on Sunday. Tom Reed said he was pleased. He said he expected "
                 "progress. Anna Keller held talks with He in Lima on Monday.", "2025-06-10",
                 [(MEETING, ("Anna Keller", "He Lifeng"), "Lima", OCCURRED, "2025-06-09")], id="he-a-family-name"),
    # a surname two people share, one of them holding an office: the official
    pytest.param("US President Joe Biden and first lady Jill Biden sat in the 14th row. On Sunday, Liz Truss held a "
                 "bilateral meeting with Biden in London.", "2022-09-20",
                 [(MEETING, ("Liz Truss", "Joe Biden"), "London", OCCURRED, "2022-09-18")], id="a-shared-surname"),
    # a surname the story's subject shares with a relative named as such later: the subject
    pytest.param("Jan Nowak, a former Peruvian foreign minister, died on Sunday. Paul Morel visited the family on Monday "
                 "and met his son, Tomas Nowak. Nowak had held talks with Ivo Marek in Lima in May.", "2025-02-12",
                 [(TALKS, ("Paul Morel", "Tomas Nowak"), None, OCCURRED, "2025-02-10"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2024-05")], id="a-surname-shared-with-a-son"),
    # a dateline's place before its country, known to no gazetteer; the defence ministers of a body: the forum
    pytest.param("RAMSTEIN AIR BASE, Germany, Jan 20 - Anna Keller opened Friday's meeting of defence ministers. On the "
                 "sidelines, Keller held a one-on-one meeting with Jan Nowak.", "2023-01-21",
                 [(MEETING, ("Anna Keller",), "Ramstein Air Base", OCCURRED, "2023-01-20"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Ramstein Air Base", OCCURRED, "2023-01-20")],
                 id="a-dateline-s-base-and-country"),
    # a live page's headline places the summit though parsed with the city a modifier of the words after the dash
    pytest.param("LIVE: Andean summit in Quito - EU and South American bloc seal trade deal\n\nCommission President "
                 "Anna Keller met Chilean President Paul Morel on the sidelines of the summit this afternoon.", "2024-12-06",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Quito", OCCURRED, "2024-12-06")],
                 id="a-live-page-s-summit"),
    # a place in a clause of others is not where the meeting was; a dateline's town with an apostrophe in it
    pytest.param("Anna Keller met Jan Nowak at a security conference on Thursday, as Western ministers lined up to "
                 "condemn the war in Ukraine.", "2024-12-06",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-12-05")],
                 id="a-place-in-a-clause-of-others"),
    # "both men" and "each of the two generals": the only two people named before, the clause's own subject aside
    # a traveller named by a title no one was found for: "he" of the "where" clause is not the last person named
    pytest.param("Minister Jan Nowak will on Monday hold talks in Mexico City with Minister Ivo Marek, who will convey "
                 "a message to President Anna Keller. From Mexico, the Minister will proceed to Brasilia, where he is "
                 "scheduled to meet Minister Paul Morel on Wednesday.", "2025-03-27",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Mexico City", PLANNED, "2025-03-31"),
                  (MEETING, ("Paul Morel",), "Brasília", PLANNED, "2025-04-02")], id="the-minister-proceeds-where-he"),
    # "the Minister" of a release about one minister, named three times and twice as often as any other: that one
    pytest.param("Minister Jan Nowak held a call with Minister Ivo Marek. Minister Nowak said trade was growing. On "
                 "Monday, Minister Nowak will hold talks in Mexico City with Anna Keller, who will convey a message from "
                 "President Tom Reed. From Mexico, the Minister will proceed to Brasilia, where he is scheduled to meet "
                 "Minister Paul Morel on Wednesday.", "2025-03-27",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, None),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Mexico City", PLANNED, "2025-03-31"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Brasília", PLANNED, "2025-04-02")],
                 id="the-minister-of-the-release"),
    # "X and his counterpart Y" parsed as two appositions of X's title; talks "hosted by" a person: the host there,
    # talking with each; "the two ministers" after: the pair, not the host with one (however long the host's name);
    # joining part of the session "by video link": no meeting there, a call with the pair; a proposal for a
    # meeting: none held
    pytest.param("Rwanda's Foreign Minister Olivier Nduhungirehe and his Congolese counterpart Therese Kayikwamba Wagner "
                 "held talks in Doha on Friday, hosted by Qatar's Minister of State at the Ministry of Foreign Affairs, "
                 "Mohammed bin Abdulaziz Al-Khulaifi, officials said. Massad Boulos joined part of the session by video "
                 "link from Washington. The two ministers are expected to meet again in Washington. A proposal for a "
                 "meeting between President Paul Kagame and President Felix Tshisekedi has stalled.", "2025-05-31",
                 [(MEETING, ("Mohammed bin Abdulaziz Al-Khulaifi",), "Doha", OCCURRED, "2025-05-30"),
                  (TALKS, ("Olivier Nduhungirehe", "Mohammed bin Abdulaziz Al-Khulaifi"), None, OCCURRED, "2025-05-30"),
                  (TALKS, ("Therese Kayikwamba Wagner", "Mohammed bin Abdulaziz Al-Khulaifi"), None, OCCURRED,
                   "2025-05-30"),
                  (MEETING, ("Olivier Nduhungirehe", "Therese Kayikwamba Wagner"), "Doha", OCCURRED, "2025-05-30"),
                  (MEETING, ("Therese Kayikwamba Wagner", "Olivier Nduhungirehe"), "Washington", PLANNED, None),
                  (CALL, ("Massad Boulos", "Olivier Nduhungirehe"), None, OCCURRED, "2025-05-30"),
                  (CALL, ("Massad Boulos", "Therese Kayikwamba Wagner"), None, OCCURRED, "2025-05-30")],
                 id="talks-hosted-by-a-minister"),
    # a subject called by the first word of a name of two, untagged; "To Lam" after a verb, parsed as a preposition
    pytest.param("Jan Nowak will call on President Prabowo Subianto on Friday. Prabowo was chief guest at the parade in "
                 "New Delhi last month and held talks there with Prime Minister Anna Keller. Nowak is also scheduled "
                 "to meet To Lam, the party general secretary, on Saturday.", "2025-02-20",
                 [(TALKS, ("Jan Nowak", "Prabowo Subianto"), None, PLANNED, "2025-02-21"),
                  (MEETING, ("Prabowo Subianto", "Anna Keller"), "New Delhi", OCCURRED, "2025-01"),
                  (TALKS, ("Jan Nowak", "To Lam"), None, PLANNED, "2025-02-22")], id="a-first-word-alone-and-to-lam"),
    # "reached by X and Y during their meeting": the two coordinated just before "their"; "the two heads of state":
    # the pair of heads, not the officials the report is about
    pytest.param("Vice Minister Jan Nowak met with Ambassador Ivo Marek in Beijing on November 4. The two sides "
                 "exchanged views on implementing the understandings reached by President Anna Keller and President Paul "
                 "Morel during their meeting in Busan on October 30. Nowak said that the meeting between the two heads of state in Busan "
                 "provided guidance.", "2025-11-05",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Beijing", OCCURRED, "2025-11-04"),
                  # (known limit: the views exchanged take the day of the meeting they are about)
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Beijing", OCCURRED, "2025-10-30"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Busan", OCCURRED, "2025-10-30"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Busan", OCCURRED, "2025-10-30")],
                 id="their-meeting-and-the-two-heads"),
    # "in the capital" with no capital named as a place before: the dateline's, not one named for its government
    pytest.param("Dhaka, September 8\n\nMinister Jan Nowak urged Beijing to use its influence with the generals. This "
                 "morning, Nowak met Ambassador Ivo Marek at the state guest house in the capital.", "2025-09-08",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Dhaka", OCCURRED, "2025-09-08")], id="in-the-capital-of-the-dateline"),
    # "the two leaders" after two heads of government named as the subject before, no contact told yet
    pytest.param("Fiji's Prime Minister Jan Nowak and his Solomon Islands counterpart Ivo Marek have agreed to push for "
                 "a declaration. The two leaders met at Marek's office in Honiara on Thursday.", "2025-08-15",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Honiara", OCCURRED, "2025-08-14")], id="the-two-leaders-named-before"),
    # bodies that put on a conference with others are not its participants
    pytest.param("LIMA, Aug. 22 -- The United Nations and the World Bank co-organise the conference with Japan and the "
                 "African Union Commission.", "2025-08-22", [], id="bodies-co-organise-a-conference"),
    # "held a joint phone call during the meeting with X": a call of each with X, the meeting only its setting
    pytest.param("Foreign Minister Jan Nowak held talks in Cairo with his Saudi counterpart Ivo Marek on Tuesday. The "
                 "two ministers also held a joint phone call during the meeting with Anna Keller, the US adviser.",
                 "2025-08-20",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Cairo", OCCURRED, "2025-08-19"),
                  (CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-08-19"),
                  (CALL, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2025-08-19")], id="a-joint-call-during-the-meeting-with"),
    # "meeting their commitments": to satisfy, no meeting of "both parties"
    pytest.param("On Tuesday, Foreign Minister Jan Nowak spoke by phone with Secretary of State Ivo Marek. Marek "
                 "\"underscored the importance of both parties meeting their commitments,\" according to a readout of "
                 "the call.", "2025-10-09",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-10-07")], id="meeting-their-commitments"),
    # a quoted topic with the "with" after it hung inside the quote: the partner
    pytest.param("Meanwhile, Mali's Foreign Minister Jan Nowak discussed \"the security situation in the Sahel and our "
                 "strategic partnership\" with Russian Foreign Minister Ivo Marek in a telephone call on Thursday, the "
                 "ministry said.", "2025-02-08",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-02-06")], id="discussed-a-quote-with"),
    # "X was received by Y and later met Prime Minister Z" parsed with Z the subject of "met": X met Z, not Y
    pytest.param("Foreign Minister Jan Nowak arrived in Niamey on Thursday. Nowak, who landed in the capital on Thursday "
                 "evening, was received at the presidential palace by President Anna Keller and later met Prime "
                 "Minister Ali Mahaman Lamine Zeine, the presidency said.", "2025-02-08",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Niamey", OCCURRED, "2025-02-06"),
                  (MEETING, ("Jan Nowak", "Ali Mahaman Lamine Zeine"), "Niamey", OCCURRED, "2025-02-06")],
                 id="received-by-and-later-met"),
    # "she will be welcomed by Y and will hold separate meetings with Z and W": she holds them, not Y
    pytest.param("On Sunday Anna Keller will fly to Beirut. There she will be welcomed by President Jan Nowak at the "
                 "Baabda Palace and will hold separate meetings at the palace with Speaker Ivo Marek and Prime "
                 "Minister Paul Morel.", "2025-11-28",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Baabda", PLANNED, None),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Baabda", PLANNED, None),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Baabda", PLANNED, None)],
                 id="welcomed-by-and-will-hold-a-pronoun"),
    # "After meeting X, the Spanish minister said": the title the subject, X the object of the clause before, no
    # apposition of X; "X and Y discussed" tagged one body: the two people named before
    pytest.param("Egyptian President Jan Nowak received Spanish Foreign Minister Paul Morel in Cairo on Tuesday. Nowak "
                 "and Morel discussed the ceasefire, a spokesman said. Speaking to reporters after meeting Nowak, the "
                 "Spanish minister said Madrid would host a meeting.", "2025-06-11",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Cairo", OCCURRED, "2025-06-10"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Cairo", OCCURRED, "2025-06-10"),
                  (MEETING, ("Paul Morel", "Jan Nowak"), "Cairo", OCCURRED, "2025-06-10")],
                 id="after-meeting-x-the-minister-said"),
    # "where" after a country the journey above goes to a city of: that city
    pytest.param("Minister Jan Nowak will travel to Tokyo next week to hold consultations with the Government of Japan, "
                 "where he is scheduled to meet Japanese Foreign Minister Anna Keller.", "2025-07-30",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Tokyo", PLANNED, None)], id="where-after-the-country-of-a-city"),
    # "Taking part in the meeting were X, Y and Z" parsed with the names the subjects of "were": a meeting of a few
    # named, each talking with each
    pytest.param("Taking part in the meeting in Amman were Foreign Minister Jan Nowak, Foreign Minister Anna Keller and "
                 "Foreign Minister Paul Morel.", "2025-11-22",
                 [(MEETING, ("Jan Nowak", "Anna Keller", "Paul Morel"), "Amman", OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)],
                 id="taking-part-were"),
    # "at a ceremony witnessed by X and Y": the witnesses were there too
    pytest.param("The deal was signed in Kuala Lumpur on Oct 26 by Prime Minister Jan Nowak and his counterpart Ivo "
                 "Marek at a ceremony witnessed by Prime Minister Anna Keller and President Paul Morel.", "2025-12-05",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Kuala Lumpur", OCCURRED, "2025-10-26"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Kuala Lumpur", OCCURRED, "2025-10-26")],
                 id="a-ceremony-witnessed-by"),
    # "During the visit": the visit of the party told before, however far back, not "her discussions in Brasília" told
    # after it, which a release's bare "Prime Minister" (the one named before) recalls
    pytest.param("Foreign Minister Mauro Vieira of Brazil paid an official visit to India on 16 July. Jan Nowak and "
                 "Vieira co-chaired the Joint Commission. The two ministers reviewed trade. On 17 July, Vieira called on "
                 "Prime Minister Anna Keller. Prime Minister recalled her productive discussions in Brasília. During "
                 "the visit, Vieira also met Commerce Minister Paul Morel on 17 July.", "2025-07-17",
                 [(MEETING, ("Mauro Vieira",), "India", OCCURRED, "2025-07-16"),
                  (MEETING, ("Mauro Vieira", "Anna Keller"), "India", OCCURRED, "2025-07-17"),
                  (MEETING, ("Anna Keller",), "Brasília", OCCURRED, None),
                  (MEETING, ("Mauro Vieira", "Paul Morel"), "India", OCCURRED, "2025-07-17")], id="during-the-visit-told-before"),
    # a release's bare "Prime Minister" is the one it opens with, however often another prime minister is named;
    # "brief conversations with X and Y": one with each
    pytest.param("Prime Minister Anna Keller participated in the summit in Lima on 17 June 2025 at the invitation of the "
                 "Prime Minister of Peru, Paul Morel. Prime Minister met Prime Minister Morel at the summit venue. PM "
                 "Morel welcomed the Prime Minister's participation. Prime Minister held a meeting with the President "
                 "of Chile, Ivo Marek. During the summit, Prime Minister held brief conversations with President Jan "
                 "Nowak of France and Prime Minister Tom Reed of Italy.", "2025-06-18",
                 [(MEETING, ("Anna Keller",), "Lima", OCCURRED, "2025-06-17"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-06-17"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Lima", OCCURRED, "2025-06-17"),
                  (MEETING, ("Anna Keller",), "Lima", OCCURRED, "2025-06-17"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-06-17"),
                  (TALKS, ("Anna Keller", "Tom Reed"), None, OCCURRED, "2025-06-17")], id="a-release-s-bare-title"),
    # a visit's "to <place>" the parser hung on the verb above: "welcomed the outcomes of the visit of X to Y"
    pytest.param("The ministers welcomed the outcomes of the state visit of Prime Minister Narendra Modi to Brasília "
                 "on 8 July 2025.", "2025-07-17",
                 [(MEETING, ("Narendra Modi",), "Brasília", OCCURRED, "2025-07-08")], id="visit-to-hung-on-the-verb"),
    # "the meeting with X" told before, far back: that meeting's place; not the place of a visit put off ("owing to
    # commitments in London"), told in the sentence before; "the meeting with X" is the one X had with Y
    pytest.param("Foreign Minister Jan Nowak received Iranian Foreign Minister Abbas Araghchi in Muscat on Saturday. They "
                 "discussed trade. Araghchi conveyed a message from President Masoud Pezeshkian. Earlier this week, Nowak "
                 "held a telephone call with Rafael Grossi. He also received a call on Thursday from Prince Faisal bin "
                 "Farhan. The ministry noted that David Lammy, who had been expected in Muscat next "
                 "week, has postponed his visit owing to commitments in London. The meeting with the Iranian minister "
                 "was attended by Undersecretary Ivo Marek.", "2025-04-19",
                 [(MEETING, ("Jan Nowak", "Abbas Araghchi"), "Muscat", OCCURRED, "2025-04-19"),
                  (MEETING, ("Jan Nowak", "Abbas Araghchi"), "Muscat", OCCURRED, "2025-04-19"),
                  (CALL, ("Jan Nowak", "Rafael Grossi"), None, OCCURRED, "2025-04"),
                  (CALL, ("Jan Nowak", "Faisal bin Farhan"), None, OCCURRED, "2025-04-17"),
                  (MEETING, ("Jan Nowak", "Abbas Araghchi"), "Muscat", OCCURRED, "2025-04-19"),
                  (MEETING, ("Ivo Marek",), "Muscat", OCCURRED, "2025-04-19")], id="the-meeting-with-x-told-before"),
    pytest.param("General Abdel Quorhan declined to meet the commander, Mohamed Dagalo, at a summit in Djibouti. "
                 "Dagalo flew in early, and both men attended the closed-door session. Djibouti's President Ivo "
                 "Marek held separate talks with each of the two generals.", "2025-12-02",
                 [(MEETING, ("Abdel Quorhan", "Mohamed Dagalo"), "Djibouti", OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Abdel Quorhan"), None, OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Mohamed Dagalo"), None, OCCURRED, None)], id="each-of-the-two-generals"),
    # "a day after holding talks with Z": the main clause's subject held them; a name after a list of portfolios, its
    # Korean given name's second syllable in lower case
    pytest.param("Director-General Jan Nowak met President Paul Morel in Abuja on Tuesday, a day after holding talks "
                 "in the capital with Health Minister Ivo Marek on funding.", "2025-03-04",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Abuja", OCCURRED, "2025-03-04"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Abuja", OCCURRED, None)], id="a-day-after-holding-talks"),
    pytest.param("Later, Anna Keller held talks in Seoul with Minister of Trade, Industry and Energy Ahn Duk-geun on "
                 "chips.", "2025-03-04", [(MEETING, ("Anna Keller", "Ahn Duk-geun"), "Seoul", OCCURRED, None)],
                 id="a-name-after-a-portfolio-list"),
    # "Dr Tedros": a name of three words whose middle one is no given name is called by its first word
    pytest.param("Director-General Quorvos Adhanom Ghebremesk met Paul Morel in Abuja on Tuesday. Dr Quorvos will "
                 "hold talks with Ivo Marek in Accra on Wednesday.", "2025-03-04",
                 [(MEETING, ("Quorvos Adhanom Ghebremesk", "Paul Morel"), "Abuja", OCCURRED, "2025-03-04"),
                  (MEETING, ("Quorvos Adhanom Ghebremesk", "Ivo Marek"), "Accra", PLANNED, "2025-03-05")],
                 id="called-by-the-first-of-three-names"),
    # "to Beirut, where she is expected to meet X": "where" hung on the infinitive; a post's "in Gaza" after the noun
    # "head" is no journey the next sentence's talks took place at the end of
    pytest.param("Anna Keller will travel to Amman tomorrow for talks with Jan Nowak. On Thursday she will continue on "
                 "to Beirut, where she is expected to meet Prime Minister Ivo Marek.", "2024-03-26",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Amman", PLANNED, "2024-03-27"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Beirut", PLANNED, "2024-03-28")],
                 id="where-on-the-infinitive"),
    pytest.param("CAIRO - When Jan Nowak, the deputy head of Hamas in Gaza, walked into the intelligence "
                 "headquarters on Monday, he carried a letter.\n\nNowak spent four hours in discussions with "
                 "intelligence chief Ivo Marek.", "2024-05-03",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Cairo", OCCURRED, "2024-04-29")],
                 id="a-post-s-head-is-no-journey"),
    # "talks with X, the first since the change of government in Y": another time's event, no place of the talks
    pytest.param("COLOMBO, July 8 - Jan Nowak on Monday joined his counterparts at the meeting of the security forum "
                 "in Colombo.\n\nOn the sidelines, Nowak held bilateral talks with Marek, the first high-level "
                 "dialogue between the two countries since the change of government in Dhaka in August last year.",
                 "2025-07-08",
                 [(MEETING, ("Jan Nowak",), "Colombo", OCCURRED, "2025-07-07"),
                  (MEETING, ("Jan Nowak", "Marek"), "Colombo", OCCURRED, None)], id="since-a-change-in-another-place"),
    # "the two discussed Y's accession talks with Z": a topic, Z no partner of theirs; co-hosts of a dinner for guests
    # no one names do not meet each other; a people's adjective before a monarch's title is no part of the name
    pytest.param("Paul Morel hosted Moldovan President Anna Keller in Prague on Thursday. The two discussed Moldova's "
                 "accession talks with the European Union and energy security.", "2025-01-20",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Prague", OCCURRED, "2025-01-16"),
                  (MEETING, ("Paul Morel", "Anna Keller"), "Prague", OCCURRED, "2025-01-16")],
                 id="others-talks-are-a-topic"),
    pytest.param("On Tuesday evening, Dutch King Jan Quorvander and Queen Anna hosted a dinner for leaders at the "
                 "palace.", "2025-01-20", [], id="co-hosts-of-a-dinner"),
    # "<body> <title> <name> met Y" parsed with the name the object of the body's "for": the name met Y
    pytest.param("PANAMA CITY - International Organization for Migration Director General Amy Quorpe met Panamanian "
                 "President Jose Quorino on Monday.", "2025-07-08",
                 [(MEETING, ("Amy Quorpe", "Jose Quorino"), "Panama City", OCCURRED, "2025-07-07")],
                 id="a-body-s-title-and-name"),
    # a summit "in the Arctic city of Bodø": the city after "of", not the region before it, places its sidelines
    pytest.param("BODØ, Norway - The prime ministers of four countries met in the Arctic city of Bodø on Monday for "
                 "the annual summit of their heads of government.\n\nOn the sidelines, Jan Nowak held bilateral talks "
                 "with Prime Minister Ivo Marek on a rail link.", "2025-08-19",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Bodø", OCCURRED, "2025-08-18")], id="a-city-of-a-region"),
    # "discussed preparations for the upcoming meeting of the council": what they talked about, no meeting of theirs
    pytest.param("Manama, March 3 (BNA) -- Foreign Minister Dr Jan Quorzani received a telephone call today from "
                 "Kuwait's Minister of Foreign Affairs Ivo Marek, during which they discussed preparations for the "
                 "upcoming meeting of the GCC Ministerial Council.", "2025-03-03",
                 [(CALL, ("Jan Quorzani", "Ivo Marek"), None, OCCURRED, "2025-03-03"),
                  (TALKS, ("Jan Quorzani", "Ivo Marek"), None, OCCURRED, "2025-03-03")],
                 id="preparations-for-a-meeting"),
    # "X took part in a video conference between Y and Z": X is one more party of it
    pytest.param("On Monday, Anna Keller took part in a video conference between Prime Minister Jan Nowak and Governor "
                 "Ivo Marek on the tariffs.", "2025-03-05",
                 [(CALL, ("Anna Keller", "Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-03")],
                 id="took-part-in-a-call-between"),
    # "sat in on the talks between Y and Z" too; a well-known venue naming the talks is where, no party to them
    pytest.param("Anna Keller sat in on the Oval Office talks between Prime Minister Jan Nowak and President Ivo Marek "
                 "on Monday.", "2025-03-05",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Washington", OCCURRED, "2025-03-03"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-03"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-03"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-03")],
                 id="sat-in-on-the-talks-between"),
    # the object of an instruction holds the talks it is told to hold, still to come
    pytest.param("President Paul Morel instructed Jan Nowak to hold talks with the Chilean authorities.", "2025-12-02",
                 [(TALKS, ("Jan Nowak", "Chile"), None, PLANNED, None)], id="instructed-to-hold-talks"),
    # a family name written in capitals goes on after the model's cut; a list item of what was discussed, parsed as a
    # second object of the verb before it, is no place the enlarged meeting referred to later was in
    pytest.param("The President, His Excellency Mr. Paul Quorvel FAYOR, received on Tuesday at the palace in Dakar, "
                 "His Excellency Mr. Mohamed OULD QUORBA EL MARRAK, President of Chile.\n\nThe two Heads of State held "
                 "a tete-a-tete, followed by an enlarged meeting with their delegations, during which they discussed "
                 "the joint exploitation of the gas field, the renewal of the fishing agreements and the security "
                 "situation in the Sahel.\n\nThe Prime Minister, Mr. Ivo MAREK, took part in the enlarged meeting.",
                 "2024-06-05",
                 [(MEETING, ("Ivo MAREK",), "Dakar", OCCURRED, "2024-06-04")], id="a-topic-list-as-a-second-object"),

    pytest.param("COLOMBO, Nov 22 (Wire) - Anna Keller met Jan Nowak on Saturday. A spokesman said the two sides had "
                 "signed agreements on a solar power plant in Trincomalee, on the eastern coast.", "2025-11-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Colombo", OCCURRED, "2025-11-22"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Colombo", OCCURRED, "2025-11-22")],
                 id="a-place-of-the-object-s-thing"),
    pytest.param("Anna Keller met Jan Nowak on Saturday. Nowak told reporters after the meeting, speaking in Sinhala, "
                 "that it went well.", "2025-11-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-11-22")],
                 id="a-language-is-no-place"),
    pytest.param("TA' QALI, Malta (AP) — Anna Keller met Jan Nowak on Thursday.", "2024-12-06",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "TA' QALI", OCCURRED, "2024-12-05")],
                 id="a-dateline-s-apostrophe"),
    # a story filed away from the lede's meeting tells of that meeting: "the meeting" hosted is there, not in Yerevan
    pytest.param("YEREVAN, Armenia (AP) — The foreign ministers of Armenia and Azerbaijan held talks in the Georgian "
                 "capital on Monday, their first face-to-face meeting this year.\n\nArmenian Foreign Minister Jan Nowak "
                 "and his Azerbaijani counterpart, Paul Morel, spent about four hours together at a government guest "
                 "house in Tbilisi, according to statements released by both foreign ministries. The statements "
                 "described the talks as constructive but gave few details.\n\nGeorgia's Prime Minister Anna Keller "
                 "hosted the meeting and received each minister separately before the session began, but she did not "
                 "take part in the talks themselves, her office said.", "2026-02-10",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Tbilisi", OCCURRED, "2026-02-09"),
                  (MEETING, ("Anna Keller",), "Tbilisi", OCCURRED, "2026-02-09")], id="the-lede-s-meeting-elsewhere"),
    # a place in a list of topics broken off the object of "discussed" is no place of the talks
    pytest.param("Foreign Minister Anna Keller received her Bolivian counterpart Jan Nowak in Lima on Monday. According "
                 "to a statement issued by the ministry, the two ministers also discussed preparations for the Andean "
                 "summit later this month, the situation in Venezuela and the Amazon.", "2025-05-09",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-05-05"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-05")], id="a-topic-list-broken-off"),
    # "on the sidelines of the consultation": where the consultation told before is
    pytest.param("LIMA, May 9 -- Peru and Chile will sign a pact when President Anna Keller and President Jan Nowak hold "
                 "their annual consultation in Cusco next week. Meanwhile, Home Minister Paul Morel said he would meet "
                 "Chilean Labour Minister Ivo Marek on the sidelines of the consultation.", "2025-05-09",
                 [(MEETING, ("Peru", "Chile"), "Cusco", PLANNED, "2025-05"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Cusco", PLANNED, "2025-05"),
                  (MEETING, ("Paul Morel", "Ivo Marek"), "Cusco", PLANNED, "2025-05")], id="sidelines-of-a-consultation"),
    # a summit named for what it is about is where its "in" says; a visit to a country whose meeting is at a known venue
    pytest.param("Anna Keller attended the Gaza summit in Sharm el-Sheikh on Monday.", "2025-10-15",
                 [(MEETING, ("Anna Keller",), "Sharm el-Sheikh", OCCURRED, "2025-10-13")],
                 id="a-summit-named-for-its-topic"),
    # the chair of a session presides over it where it sits; those in attendance, listed with semicolons, were there
    # (not one a clause inside the list names: "who represented President Y")
    pytest.param("President Anna Keller on Sunday presided over the 12th Ordinary Session of the Andean Authority at the "
                 "State House, Lima. In attendance were the Chilean President Jan Nowak; Bolivia's President Ivo Marek; "
                 "the Ecuadorian Vice President, Paul Morel, who represented President Piet Rolf, and the President of "
                 "the Andean Commission, Tom Reed.", "2025-10-13",
                 [(MEETING, ("Anna Keller",), "Lima", OCCURRED, "2025-10-12"),
                  (MEETING, ("Jan Nowak", "Ivo Marek", "Paul Morel", "Tom Reed"), "Lima", OCCURRED, "2025-10-12")],
                 id="presided-over-and-in-attendance"),
    # those present at talks just told were at their building too
    pytest.param("HARARE - President Anna Keller yesterday held talks with President Jan Nowak at State House in Harare. "
                 "Also present were the Chief Secretary, Dr Ivo Marek; the Foreign Minister, Paul Morel.", "2025-06-12",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Harare", OCCURRED, "2025-06-11"),
                  (MEETING, ("Ivo Marek", "Paul Morel"), "Harare", OCCURRED, "2025-06-11")], id="present-at-the-talks"),
    # "were present at the meeting": the one told, not one that had happened before it nor one planned
    pytest.param("ILORIN, Aug 11 - Governor Anna Keller on Thursday received Ambassador Jan Nowak at Government House in "
                 "Ilorin. The envoy had on Wednesday paid a courtesy visit to the Emir at his palace in Ilorin. He said a "
                 "delegation would travel to Havana in May. The Commissioner for Health, Dr Ivo Marek, and the Special "
                 "Adviser on Sports, Mrs Ann Ode, were present at the meeting.", "2023-08-11",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Ilorin", OCCURRED, "2023-08-10"),
                  (MEETING, ("Jan Nowak",), "Ilorin", OCCURRED, "2023-08-09"),
                  (MEETING, ("Ivo Marek", "Ann Ode"), "Ilorin", OCCURRED, "2023-08-10")],
                 id="present-at-the-meeting-not-the-one-before"),
    pytest.param("LAGOS, July 24 - Governor Anna Keller on Wednesday received Ambassador Jan Nowak at Lagos House, Ikeja. "
                 "The envoy, who presented her letters of credence to President Ivo Marek in Abuja in May, said she would "
                 "visit Abeokuta next week. The Deputy Governor, Dr Paul Morel, and the Commissioner for Commerce, Mrs "
                 "Ann Ode, were present at the meeting.", "2025-07-24",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Ikeja", OCCURRED, "2025-07-23"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Abuja", OCCURRED, "2025-05"),
                  (MEETING, ("Paul Morel", "Ann Ode"), "Ikeja", OCCURRED, "2025-07-23")],
                 id="present-at-the-meeting-not-one-of-a-month-gone"),
    # those in attendance at a virtual meeting were on the call, not at the dateline's city
    pytest.param("ACCRA, June 12 - Foreign Minister Anna Keller on Wednesday held a virtual meeting with her Canadian "
                 "counterpart Jan Nowak. Also in attendance were the Chief Director of the Ministry, Ivo Marek, and the "
                 "High Commissioner to Canada, Paul Morel.", "2025-06-12",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-06-11")], id="in-attendance-on-a-call"),
    # but the meeting told after the call, whoever its guest, is the one attended
    pytest.param("ABU DHABI, June 12 - President Anna Keller and Prime Minister Jan Nowak held a video call today. "
                 "Separately, the President received in Abu Dhabi a message from the Emir. The meeting was attended by "
                 "Ivo Marek.", "2025-06-12",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-06-12"),
                  (MEETING, ("Ivo Marek",), "Abu Dhabi", OCCURRED, None)], id="attended-after-a-call"),
    # a ceremony's guests gather in person where it is held: the ceremony's own "in", else the meeting told before
    pytest.param("Anna Keller will attend the inauguration of Jan Nowak in Lima on Sunday. The funeral in Rome was "
                 "attended by Paul Morel and Ivo Marek.", "2025-10-15",
                 [(MEETING, ("Anna Keller",), "Lima", PLANNED, "2025-10-19"),
                  (MEETING, ("Paul Morel", "Ivo Marek"), "Rome", OCCURRED, None)], id="guests-of-a-ceremony"),
    # the guests a guest noun lists were at the ceremony told, on its day (or where the sentence puts them); a guest
    # list of no one named places no one
    pytest.param("The inauguration of President Anna Keller was held in Lima on Sunday. Among the foreign guests were "
                 "Chilean President Jan Nowak and Bolivia's President Ivo Marek. Guests also included Paul Morel.",
                 "2025-10-15", [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-10-12"),
                                (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-10-12")], id="among-the-guests-were"),
    pytest.param("Among the mourners at the cathedral in Lima were Jan Nowak, Ivo Marek and Paul Morel.",
                 "2025-10-15", [(MEETING, ("Jan Nowak", "Ivo Marek", "Paul Morel"), "Lima", OCCURRED, None)],
                 id="among-the-mourners-in-a-place"),
    pytest.param("The funeral was held in Lima on Sunday. Among the guests were envoys of twenty states.", "2025-10-15",
                 [], id="guests-no-one-named"),
    # "Those present included ...": at the meeting told; "they (the talks) were attended by X": the talks told
    pytest.param("President Anna Keller hosted a banquet for President Jan Nowak at the palace in Lima on Tuesday. Those "
                 "present included the prime minister, Ivo Marek, and the foreign minister, Paul Morel. On the Chilean "
                 "side, they were attended by Tom Reed.", "2025-10-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-10-14"),
                  (MEETING, ("Ivo Marek", "Paul Morel"), "Lima", OCCURRED, "2025-10-14"),
                  (MEETING, ("Tom Reed",), "Lima", OCCURRED, "2025-10-14")], id="those-present-included"),
    pytest.param("President Anna Keller received the credentials of four ambassadors at the palace in Hanoi on Monday. "
                 "Deputy Foreign Minister Jan Nowak attended the ceremony.", "2025-10-15",
                 [(MEETING, ("Jan Nowak",), "Hanoi", OCCURRED, "2025-10-13")], id="attended-the-ceremony-told-before"),
    pytest.param("Anna Keller attended the ceremony marking the anniversary.", "2025-10-15", [],
                 id="a-ceremony-with-no-place"),
    pytest.param("President Anna Keller received letters of credence from five envoys at a ceremony held at State "
                 "House, Nairobi. The ceremony was witnessed by Foreign Minister Jan Nowak. Paul Morel witnessed the "
                 "signing ceremony.", "2025-10-15",
                 [(MEETING, ("Jan Nowak",), "Nairobi", OCCURRED, None), (MEETING, ("Paul Morel",), "Nairobi", OCCURRED, None)],
                 id="a-ceremony-witnessed-by"),
    pytest.param("Anna Keller held talks in the Kremlin with President of the Kyrgyz Republic Jan Nowak, who is in "
                 "Russia on an official visit.", "2025-10-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Moscow", OCCURRED, None),
                  (MEETING, ("Jan Nowak",), "Moscow", OCCURRED, None)],
                 id="a-visit-to-the-country-of-a-known-venue"),
    # a list the sentence announces with "the following" and a colon, item by item on bulleted lines; bilateral
    # meetings with two are one with each
    pytest.param("On the margins of the summit, President Anna Keller held bilateral meetings yesterday, 6 November, in "
                 "Belém, with the following heads of State and Government:\n\n- the President of the Republic of "
                 "Colombia, Jan Nowak, with whom she discussed the protection of the Amazon;\n\n- the President of the "
                 "Oriental Republic of Uruguay, Paul Morel, with whom she reviewed the bilateral agenda.", "2025-11-07",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Belém", OCCURRED, "2025-11-06"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Belém", OCCURRED, "2025-11-06"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Belém", OCCURRED, "2025-11-06"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-11-06")], id="a-bulleted-list-of-guests"),
    pytest.param("Anna Keller held bilateral meetings with Jan Nowak and Paul Morel in Lima on Monday.", "2025-11-07",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-11-03"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-11-03")], id="bilateral-meetings"),
    # bilateral talks of the two named, with no one else: theirs
    pytest.param("Anna Keller and Jan Nowak will attend the summit in Lima. Keller and Nowak are expected to hold "
                 "bilateral talks on the sidelines on Tuesday, officials said.", "2025-11-07",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-11-11"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-11-11")], id="bilateral-talks-of-two"),
    # "on the same day" is one of the days the story tells: where it was filed
    pytest.param("Hanoi (VNA) - Speaker Anna Keller received Ambassador Jan Nowak in Hanoi on August 14. On the same "
                 "day, Deputy Speaker Paul Morel received Ambassador Ivo Marek.", "2025-08-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Hanoi", OCCURRED, "2025-08-14"),
                  (MEETING, ("Paul Morel", "Ivo Marek"), "Hanoi", OCCURRED, "2025-08-14")], id="on-the-same-day"),
    # a place in what a meeting is "on" is its topic (the hotel, its name before "hotel" in lower case, is where it
    # was: in the dateline's city, "later in the day" being one the story tells of)
    pytest.param("KINGSTON, Jamaica (AP) — Anna Keller arrived shortly after 10 a.m. Later in the day, Keller and Jan "
                 "Nowak were joined at the Pegasus hotel by Paul Morel for a meeting on regional security and the "
                 "Kenyan-led mission in Haiti.", "2025-03-27",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Kingston", OCCURRED, None),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)],
                 id="a-meeting-on-a-topic"),
    # a well-known venue is in its own city, not in that of the meeting just told
    pytest.param("Anna Keller and Jan Nowak held a meeting in Sydney on Tuesday. Keller then flew home, and in May she "
                 "met President Paul Morel at the Merdeka Palace on May 15.",
                 "2025-08-21", [(MEETING, ("Anna Keller", "Jan Nowak"), "Sydney", OCCURRED, "2025-08-19"),
                                (MEETING, ("Anna Keller", "Paul Morel"), "Jakarta", OCCURRED, "2025-05-15")],
                 id="a-known-venue-s-own-city"),
    # a visit promised in the headline is no journey that places the lede's meeting
    pytest.param("Peru and Ecuador freeze toll dispute; Keller promises visit to Quito\n\nLIMA - President Anna Keller "
                 "received her Ecuadorian counterpart Jan Nowak at the palace on Thursday.", "2025-03-14",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-13")], id="a-headline-s-visit"),
    # a day before the place on a verb "meet" is no topic; two delegations meet as their leaders
    pytest.param("Anna Keller and Jan Nowak will meet on Friday in Geneva.", "2025-02-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", PLANNED, "2025-02-14")],
                 id="meet-on-a-day-in-a-city"),
    pytest.param("The two delegations, led by Deputy Prime Ministers Anna Keller of Peru and Jan Nowak of Chile, met on "
                 "Friday in Geneva.", "2025-02-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2025-02-07")], id="delegations-led-by"),
    # "the talks" are the ones held, not a next meeting discussed, "to be held" elsewhere (a topic, no one's meeting)
    pytest.param("Foreign Minister Anna Keller received Foreign Minister of Chile Jan Nowak in Lima on 20 September 2024. "
                 "The Ministers also discussed preparations for the 13th Meeting of the Joint Council between Peru and "
                 "Chile, to be held in Chile under the co-chairmanship of the two presidents. Following the talks, "
                 "Minister Keller and Minister Nowak held a joint press conference.", "2024-09-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2024-09-20"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2024-09-20")], id="not-the-next-meeting"),
    pytest.param("In April, Jan Nowak travelled to New Delhi for a meeting of Shanghai Cooperation Organisation defence "
                 "ministers.", "2023-04-29", [(MEETING, ("Jan Nowak",), "New Delhi", OCCURRED, "2023-04")],
                 id="a-meeting-of-a-body-s-ministers"),
    # the body whose ministers meet is the forum, no party; photographs of the meeting are posted by no party of it; a
    # place in the subject of the verb reporting the contact, or in a post after a name, is not where it was
    pytest.param("Anna Keller met Jan Nowak on the sidelines of the G20 foreign ministers' meeting in Johannesburg on "
                 "Friday.", "2024-02-24",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Johannesburg", OCCURRED, "2024-02-23")], id="g20-ministers-meeting"),
    pytest.param("Anna Keller met Jan Nowak in Perth on Monday. The Chinese Embassy posted photographs of the meeting on its "
                 "X account within hours.", "2024-02-24",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Perth", OCCURRED, "2024-02-19")], id="photographs-of-the-meeting"),
    pytest.param("CEBU CITY - Kenji Haraguchi met Governor Anna Keller on Monday. The Japanese Embassy in Manila shared the "
                 "post on its own page, adding that Haraguchi also paid a courtesy call on Cebu City Mayor Jan Nowak the "
                 "same afternoon.", "2024-02-21",
                 [(MEETING, ("Kenji Haraguchi", "Anna Keller"), "Cebu City", OCCURRED, "2024-02-19"),
                  (MEETING, ("Kenji Haraguchi", "Jan Nowak"), "Cebu City", OCCURRED, "2024-02-19")],
                 id="the-embassy-in-x-added-that"),
    pytest.param("The group was led by Mayor Anna Keller. County Commissioner Ivo Marek and Jan Nowak, Japan's consul "
                 "general in Detroit, also attended the hour-long meeting.", "2024-02-21",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None)], id="consul-general-in-x-attended"),
    # guards: a place in the apposition of a venue (no post of a person's); two posts each with its holder under it
    pytest.param("Anna Keller is scheduled to meet President Jan Nowak at Sheetal Niwas, the presidential residence in "
                 "Kathmandu, on Wednesday.", "2024-07-02",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Kathmandu", PLANNED, "2024-07-03")], id="a-venue-s-apposition"),
    pytest.param("The exchange followed talks in Abu Dhabi last week between Ukraine's Parliament Commissioner for Human "
                 "Rights Anna Keller and Russia's High Commissioner for Human Rights Jan Nowak.", "2024-07-02",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Abu Dhabi", OCCURRED, "2024-06")], id="two-commissioners-for-x"),
    # "On Sunday she received A, B (...), Downing Street said": she is the main subject before (not the Queen of a
    # clause inside), and the source after the list takes no part
    pytest.param("Leaders bid farewell to Queen Elizabeth II as Truss squeezes in sideline diplomacy\n\nBroadcast News Online | 20 September 2022\n\nLONDON - More than 500 foreign dignitaries filled Westminster Abbey on Monday for the state funeral of Queen Elizabeth II, the largest gathering of world leaders in the British capital in decades.\n\nBritain's new prime minister, Liz Truss, who had been in office for just two days when the Queen died, used the weekend to conduct what one aide called \"funeral diplomacy\". On Sunday she received Australian Prime Minister Anthony Albanese, New Zealand's Jacinda Ardern, Canada's Justin Trudeau and Irish Taoiseach Micheal Martin for separate talks in London, Downing Street said.", "2022-09-20",
                 [(MEETING, ("Liz Truss", "Anthony Albanese", "Jacinda Ardern", "Justin Trudeau", "Micheal Martin"), "London", OCCURRED, "2022-09-18"), (TALKS, ("Liz Truss", "Anthony Albanese"), None, OCCURRED, "2022-09-18"), (TALKS, ("Liz Truss", "Jacinda Ardern"), None, OCCURRED, "2022-09-18"), (TALKS, ("Liz Truss", "Justin Trudeau"), None, OCCURRED, "2022-09-18"), (TALKS, ("Liz Truss", "Micheal Martin"), None, OCCURRED, "2022-09-18")], id="she-received-x-source-said"),
    # "his counterparts from A, B and C - X, Y and Z -", "from" hung on the verb: the three, not their countries
    pytest.param("WASHINGTON - On Tuesday, the new Secretary of State, Marco Rubio, hosted his counterparts from "
                 "Australia, India and Japan - Penny Wong, Subrahmanyam Jaishankar and Takeshi Iwaya - at the State "
                 "Department.", "2025-01-22",
                 [(MEETING, ("Marco Rubio", "Penny Wong", "Subrahmanyam Jaishankar", "Takeshi Iwaya"), "Washington", OCCURRED, "2025-01-21"), (TALKS, ("Marco Rubio", "Penny Wong"), None, OCCURRED, "2025-01-21"), (TALKS, ("Marco Rubio", "Subrahmanyam Jaishankar"), None, OCCURRED, "2025-01-21"), (TALKS, ("Marco Rubio", "Takeshi Iwaya"), None, OCCURRED, "2025-01-21")], id="counterparts-from-a-b-c"),
    # "After the ceremony": the day an earlier sentence gave the ceremony
    pytest.param("MEXICO CITY - Anna Keller was sworn in as president on Tuesday in a ceremony in Congress attended by "
                 "105 delegations. Spain was absent. After the ceremony, Keller hosted Jan Nowak at the National Palace "
                 "in Mexico City.", "2024-10-02",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Mexico City", OCCURRED, "2024-10-01")],
                 id="after-the-ceremony"),
    # "The president of the Y held talks (...). X, a Swiss diplomat, ...": the one named next
    pytest.param("The president of the International Committee of the Red Cross held talks with Russian Foreign "
                 "Minister Jan Nowak in Moscow on Thursday. Anna Keller, a Swiss diplomat, pressed for access to "
                 "prisoners.", "2023-03-24",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Moscow", OCCURRED, "2023-03-23")], id="named-in-the-next-sentence"),
    # a forum is no place: the dateline's city
    pytest.param("SINGAPORE - China's defence minister, Gen. Li Wei, met U.S. Defense Secretary Anna Keller at the "
                 "Shangri-La Dialogue on Friday.", "2024-06-02",
                 [(MEETING, ("Li Wei", "Anna Keller"), "Singapore", OCCURRED, "2024-05-31")], id="at-a-named-dialogue"),
    # a post-nominal after an ORG-tagged name; a conjunct title whose holder is named after "the Rt Hon"
    pytest.param("The Deputy Prime Minister and Minister for Defence, the Hon Richard Marles MP, yesterday met United "
                 "States Secretary of Defense Anna Keller and United Kingdom Secretary of State for Defence the Rt Hon "
                 "Ivo Marek MP at the Defense Innovation Unit in Mountain View, California.", "2024-06-02",
                 [(MEETING, ("Richard Marles", "Anna Keller", "Ivo Marek"), "Mountain View", OCCURRED, "2024-06-01"),
                  (TALKS, ("Richard Marles", "Anna Keller"), None, OCCURRED, "2024-06-01"),
                  (TALKS, ("Richard Marles", "Ivo Marek"), None, OCCURRED, "2024-06-01")],
                 id="post-nominals-and-the-rt-hon"),
    # the commander "of the mission in Z": where the post is, not where they met
    pytest.param("Later, Anna Keller met Jan Nowak, the commander of the Southern African Development Community "
                 "mission in the DRC.", "2024-02-18", [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)],
                 id="commander-of-the-mission-in-z"),
    # "with the Director-General of Y, X, at its headquarters in Rome" parsed with X on the verb: placed all the same
    pytest.param("ROME, 25 July - Ukraine's Minister of Agrarian Policy and Food, Olena Kovalenko, held talks on Monday "
                 "with the Director-General of the Food and Agriculture Organization (FAO), Qu Dongyu, at the agency's "
                 "headquarters in Rome.", "2023-07-25",
                 [(MEETING, ("Olena Kovalenko", "Qu Dongyu"), "Rome", OCCURRED, "2023-07-24")], id="x-on-the-verb-at-y"),
    # "a visit to X by Y, <post of the agency>, who met Z": Y met Z in X (not the agency, nor a place of the topic)
    pytest.param("The resumption follows a visit to Tehran last Tuesday by Anna Keller, director general of the "
                 "International Atomic Energy Agency, who met Jan Nowak, head of Iran's atomic energy organisation, but "
                 "failed to secure access to a workshop in Karaj.", "2021-11-29",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Tehran", OCCURRED, "2021-11-23")], id="a-visit-to-x-by-y-who-met-z"),
    # a name after an envoy's remit and a comma, which the model left untagged
    pytest.param("GENEVA - The UN Secretary-General's personal envoy for Sudan, Ramtane Lamamra, began talks in Geneva on "
                 "Thursday with a delegation from the Rapid Support Forces (RSF).", "2023-07-25",
                 [(MEETING, ("Ramtane Lamamra", "Rapid Support Forces"), "Geneva", OCCURRED, "2023-07-20")],
                 id="envoy-for-x-comma-name"),
    # "X is represented at the summit by Y": Y, who stands for X, takes part
    pytest.param("ASTANA, July 3 (Wire) - Leaders gathered for the summit on Wednesday. India is represented at the "
                 "summit by External Affairs Minister Anna Keller, who will deliver a speech.", "2024-07-03",
                 [(MEETING, ("Anna Keller",), "Astana", OCCURRED, "2024-07-03")], id="represented-at-the-summit-by"),
    # an envoy's "to <country>" parsed on the verb: the envoy named after it, not the envoy's country
    pytest.param("LAHORE, Oct 17 (APP): Punjab Chief Minister Anna Keller on Tuesday met China's Ambassador to Pakistan "
                 "Jan Nowak at her office here.", "2024-10-17",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lahore", OCCURRED, "2024-10-15")], id="ambassador-to-x-y"),
    # a guard: with no name right after "to Kenya", the one after the comma
    pytest.param("Anna Keller met Tanzania's High Commissioner to Kenya, Jan Nowak, at the ministry's headquarters in "
                 "Nairobi yesterday.", "2024-10-17",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Nairobi", OCCURRED, "2024-10-16")],
                 id="high-commissioner-to-x-comma-y"),
    # "travelled to X, where she was received": X (a town whose name holds a city's: no club), not the temple
    # of a later clause
    pytest.param("On 6 February 2025, Foreign Minister Anna Keller travelled to Bodh Gaya, where she was received by the "
                 "Governor of Bihar, Jan Nowak, and offered prayers at the Mahabodhi Temple.", "2025-02-07",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Bodh Gaya", OCCURRED, "2025-02-06")],
                 id="travelled-to-x-where-she-was-received"),
    # a place in a participle describing others: not where the meeting was
    pytest.param("Later, Anna Keller met Jan Nowak and sought his help for the safe return of refugees sheltered in "
                 "Cox's Bazar.", "2025-02-07", [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)],
                 id="refugees-sheltered-in-x"),
    # "met in the Crimean resort": the town the sentences before placed something in (not the palace outside it)
    pytest.param("WARSAW, Feb 4 (Wire) - Eighty years ago, the leaders sat down at the Livadia Palace outside Yalta. The "
                 "conference still divides historians. Anna Keller, Jan Nowak and Paul Morel met in the Crimean resort "
                 "in February 1945.", "2025-02-04",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Yalta", OCCURRED, "1945-02"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "1945-02"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "1945-02"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "1945-02")], id="the-crimean-resort"),
    # a background's treaty "signed by X and Y in June last year" is no signing told (no place of its own)
    pytest.param("MOSCOW - Jan Nowak and Paul Morel agreed to implement the partnership treaty signed by Anna Keller and "
                 "North Korean leader Ivo Marek in June last year, KCNA said.", "2025-07-12", [],
                 id="treaty-signed-in-the-background"),
    # welcoming agreements is approval; the agreements "signed in Z by X and Y" (the "by" hung on the active verb)
    pytest.param("Foreign Minister Anna Keller welcomes the two partial agreements signed in Bridgetown, Barbados, on "
                 "Tuesday by the Government of Venezuela and the Government of Guyana.", "2023-10-18",
                 [(MEETING, ("Venezuela", "Guyana"), "Bridgetown", OCCURRED, "2023-10-17")], id="agreements-signed-by"),
    # "The President of X, A, and the commander of the Y (ABC), B, met": both holders
    pytest.param("Havana, Cuba, June 9, 2023. The President of Colombia, Anna Keller, and the commander of the National "
                 "Liberation Army (ELN), Jan Nowak, met this Friday in Havana.", "2023-06-09",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Havana", OCCURRED, "2023-06-09")], id="two-posts-two-holders"),
    # an envoy presenting credentials to the head of state meets them; topics "on X and on Y in Z" name no place
    pytest.param("NAIROBI - The Holy See's new ambassador to Kenya, Archbishop Jan Nowak, on Thursday presented his "
                 "letters of credence to President Anna Keller at State House, Nairobi. After the ceremony, Keller held "
                 "talks with the archbishop on the Church's role in education and on peace efforts in South Sudan.",
                 "2023-06-16", [(MEETING, ("Jan Nowak", "Anna Keller"), "Nairobi", OCCURRED, "2023-06-15")],
                 id="presented-credentials-to"),
    # the side of a meeting told with one party named, named the sentence after: that meeting, that day ("about an
    # hour" is how long, not when); "joined by D": D was there too
    pytest.param("LIMA (Wire) - European ministers met Peruvian Foreign Minister Jan Nowak in Lima on Tuesday. French "
                 "Foreign Minister Anna Keller "
                 "and Germany's Paul Morel held about an hour of talks with the Peruvian minister, joined by Ivo Marek, "
                 "diplomats said.", "2025-09-24",
                 [(MEETING, ("Jan Nowak",), "Lima", OCCURRED, "2025-09-23"),
                  (MEETING, ("Anna Keller", "Paul Morel", "Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2025-09-23"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-09-23"),
                  (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2025-09-23"),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-09-23")], id="the-named-side-of-a-meeting-told"),
    # a family name in capitals put first ("KAMIKAWA Yoko", "Ms."): "his" is the man named after her; the visit of
    # another than a meeting's parties places none of their meetings (hers go on where she was)
    pytest.param("On September 23, Minister KAMIKAWA Yoko held a meeting with Mr. Jan Nowak in New York. The two "
                 "ministers welcomed the visit by Prime Minister KISHIDA Fumio to Peru and his summit meeting in Lima with "
                 "President Ivo Marek earlier this month.\n\nOn September 24, Minister Kamikawa held a meeting with "
                 "Anna Keller.", "2024-09-25",
                 [(MEETING, ("KAMIKAWA Yoko", "Jan Nowak"), "New York City", OCCURRED, "2024-09-23"),
                  (MEETING, ("KISHIDA Fumio", "Ivo Marek"), "Lima", OCCURRED, "2024-09"),
                  (MEETING, ("KAMIKAWA Yoko", "Anna Keller"), "New York City", OCCURRED, "2024-09-24")],
                 id="family-name-in-capitals-and-another-s-visit"),
    # a country and one of its officials in one meeting: the official stands for it ("Peru and Chile signed a pact
    # during a visit by Chilean President X": X, Peru)
    pytest.param("LIMA, April 5 (Wire) - Peru and Chile signed their first defence pact on Saturday during a visit by "
                 "Chilean President Jan Nowak.", "2025-04-05",
                 [(MEETING, ("Peru", "Jan Nowak"), "Lima", OCCURRED, "2025-04-05")], id="a-country-and-its-official"),
    # "PM X" is a prime minister; "Party" alone names no body; "pay a courtesy call on X and meet Y" is a meeting
    # with Y too, no call
    pytest.param("On Wednesday, PM Anna Keller is scheduled to pay a courtesy call on Party General Secretary Jan Nowak "
                 "and to meet State President Ivo Marek in Hanoi.", "2025-10-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Hanoi", PLANNED, "2025-10-15"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Hanoi", PLANNED, "2025-10-15")], id="courtesy-call-and-meet"),
    # "Ma." (Maria) opening a Filipino name ends no sentence
    pytest.param("Jan Nowak is expected to meet Philippine Foreign Affairs Secretary Ma. Anna Keller in Manila on "
                 "Saturday.", "2025-10-10",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Manila", PLANNED, "2025-10-11")], id="ma-of-a-filipino-name"),
    # "in the Danish capital, Copenhagen" and "in Samarkand, Uzbekistan, where": the city, not the country
    pytest.param("Anna Keller and Jan Nowak are due to meet next Thursday on the sidelines of the European Political "
                 "Community summit in the Danish capital, Copenhagen, a spokesperson in Yerevan said.", "2025-10-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Copenhagen", PLANNED, "2025-10-16")], id="the-capital-named"),
    pytest.param("The leaders will meet later this week in Samarkand, Uzbekistan, where Anna Keller will host Jan Nowak on "
                 "Thursday.", "2025-10-10",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Samarkand", PLANNED, "2025-10-16")], id="a-city-its-country-where"),
    # "a Russia-Central Asia summit": its members (Russia among them), not its place
    pytest.param("Anna Keller held talks with Jan Nowak at a Russia-Central Asia summit in Dushanbe on Thursday.",
                 "2025-10-10", [(MEETING, ("Anna Keller", "Jan Nowak"), "Dushanbe", OCCURRED, "2025-10-09"),
                                (MEETING, ("Anna Keller", "Russia"), "Dushanbe", OCCURRED, "2025-10-09")],
                 id="a-hyphened-summit-s-members"),
    pytest.param("DUSHANBE (Wire) - Anna Keller on Thursday attended a Russia-Central Asia summit, where she met Jan "
                 "Nowak.", "2025-10-10", [(MEETING, ("Anna Keller", "Russia"), "Dushanbe", OCCURRED, "2025-10-09"),
                                          (MEETING, ("Anna Keller", "Jan Nowak"), "Dushanbe", OCCURRED, "2025-10-09")],
                 id="a-hyphened-summit-where"),
    # "Ahead of the meeting, X held a phone conversation": no meeting of X's; "thanking Z for hosting the talks": the
    # talks Z hosted are others', and no contact of X's
    pytest.param("LIMA (Wire) - Peruvian officials held talks with Chilean diplomats in Istanbul on Friday. Ahead of the "
                 "meeting, Anna Keller held a phone conversation with Jan Nowak on Thursday, thanking Turkey for hosting "
                 "the talks.", "2025-07-26",
                 [(MEETING, ("Peru", "Chile"), "Istanbul", OCCURRED, "2025-07-25"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-07-24")],
                 id="ahead-of-the-meeting-and-thanked-for-hosting"),
    # "at the Pentagon", "at the State Department": the building, in person, in the city it stands in
    pytest.param("WASHINGTON, March 20 (Wire) - Anna Keller held talks with Jan Nowak at the State Department on "
                 "Thursday. Keller is scheduled to meet Defense Secretary Ivo Marek at the Pentagon on Monday.",
                 "2026-03-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Washington", OCCURRED, "2026-03-19"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Washington", PLANNED, "2026-03-23")],
                 id="at-the-state-department-and-the-pentagon"),
    # a well-known venue of another city than the dateline's: in its own city ("SEOUL - X met Y at the White House")
    pytest.param("SEOUL, July 31 (Wire) -- South Korea's Finance Minister Anna Keller met U.S. President Jan Nowak at "
                 "the White House on Wednesday.", "2025-07-31",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Washington", OCCURRED, "2025-07-30")],
                 id="a-known-venue-far-from-the-dateline"),
    # "talks between X and visiting President Y at Z" parsed with "visiting" a verb: Y is the other side, the
    # talks were at Z, and "visiting" is no visit of its own
    pytest.param("LIMA (Wire) - Peru and Chile on Monday agreed to link their power grids, after talks between Prime "
                 "Minister Anna Keller and visiting Chilean President Jan Nowak at the Palacio de Gobierno here.",
                 "2024-12-16", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2024-12-16")],
                 id="talks-between-x-and-visiting-y"),
    # a Spanish wire's dateline ends in "(EFE).-": the lede's subject is the minister, not the dateline's city
    pytest.param("Lima, Apr 23 (EFE).- Chile's Foreign Minister, Anna Keller, met this Wednesday in Lima with her "
                 "Peruvian counterpart, Jan Nowak.", "2025-04-23",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-04-23")], id="efe-dateline"),
    # "X was accompanied by Y" after X's meeting: Y was at it that day (no meeting of X and Y of their own, and "first
    # deputy minister" sets no earlier time); not the one "according to" whose decree they were
    pytest.param("GENEVA (Wire) - Anna Keller met Paul Morel in Geneva on Sunday. Keller was accompanied by Ivo Marek and "
                 "first deputy foreign minister Tom Reed, according to a decree published by President Ann Ode. On "
                 "Saturday, Keller met Piet Rolf in Geneva.", "2025-11-23",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Geneva", OCCURRED, "2025-11-23"),
                  (MEETING, ("Anna Keller", "Piet Rolf"), "Geneva", OCCURRED, "2025-11-22"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Geneva", OCCURRED, "2025-11-23")], id="accompanied-at-talks-told"),
    # accompanied on a journey is no joining of the meeting told before
    pytest.param("Anna Keller met Jan Nowak in Cairo on Monday. Keller was accompanied by his deputy, Paul Morel, and a "
                 "party of other officials as he drove through the Rafah crossing.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Cairo", OCCURRED, "2025-03-17")], id="accompanied-on-a-journey"),
    # "in the city": the dateline's city, not one a topic named since; no list of people "they" takes up across a
    # full stop
    pytest.param("JERUSALEM (Wire) - The senators discussed the war in Gaza with aides. The delegation, led by Sen. Anna "
                 "Keller, met later Tuesday with Israel's president, Jan Nowak, at his official residence in the city.",
                 "2024-02-21", [(MEETING, ("Anna Keller", "Jan Nowak"), "Jerusalem", OCCURRED, "2024-02-20")],
                 id="in-the-city-of-the-dateline"),
    # "The King and Queen", named only after, and tagged a work of art: the one titled King, the one titled Queen
    pytest.param("The King and Queen had a private meeting with Pope Francis at the Vatican on Wednesday. The Pope had "
                 "received King Ivo Marek and Queen Lea Marek at his residence.", "2025-04-10",
                 [(MEETING, ("Ivo Marek", "Lea Marek", "Francis"), "Vatican", OCCURRED, "2025-04-09"),
                  (TALKS, ("Ivo Marek", "Francis"), None, OCCURRED, "2025-04-09"),
                  (TALKS, ("Lea Marek", "Francis"), None, OCCURRED, "2025-04-09"),
                  (MEETING, ("Francis", "Ivo Marek", "Lea Marek"), "Vatican", OCCURRED, "2025-04-09"),
                  (TALKS, ("Francis", "Ivo Marek"), None, OCCURRED, "2025-04-09"),
                  (TALKS, ("Francis", "Lea Marek"), None, OCCURRED, "2025-04-09")],
                 id="the-king-and-queen-named-after"),
    # the subject of the verb the talks are the object of tells nothing of how they were held
    pytest.param("The call followed talks at the White House in Washington on Thursday between Anna Keller and Jan "
                 "Nowak.", "2017-09-09", [(MEETING, ("Anna Keller", "Jan Nowak"), "Washington", OCCURRED, "2017-09-07")],
                 id="the-call-followed-talks"),
    # a papal trip: "The pope" is the subject "he" goes on from; a prayer with X and praying with X are in person;
    # "the two men" are the pair the sentence before told; "The following day" the model left untagged; a church
    # head's name after the title; "in Istanbul's Kumkapi district"
    pytest.param("VATICAN CITY - Pope Leo XIV will travel to Turkey from Nov. 27. The pope will arrive in Ankara on Nov. 27 "
                 "and pay a courtesy visit to Turkish President Jan Nowak. On Nov. 28 he will fly to Iznik for an "
                 "ecumenical prayer with Ecumenical Patriarch Bartholomew I and other Christian leaders. The following day, back in Istanbul, the two "
                 "men will hold a private meeting. Also on Nov. 29, he will visit the Blue Mosque and pray with Cardinal "
                 "Anna Keller at the cathedral in Istanbul's Kumkapi district.", "2025-10-07",
                 [(MEETING, ("Leo XIV", "Jan Nowak"), "Ankara", PLANNED, "2025-11-27"),
                  (MEETING, ("Leo XIV", "Bartholomew I"), "İznik", PLANNED, "2025-11-28"),
                  (MEETING, ("Leo XIV", "Bartholomew I"), "Istanbul", PLANNED, "2025-11-29"),
                  (MEETING, ("Leo XIV", "Anna Keller"), "Istanbul", PLANNED, "2025-11-29")], id="a-papal-trip"),
    # "they" after a list of three the parser cut (its last name alone the subject, past a break at "(res.)"); a
    # "the US-born pontiff" is the pope named before ("-born" tells no party), and "he" after it is too
    pytest.param("Pope Ivo Marek spoke with Anna Keller on Monday. Paul Morel is expected to be received by the pope at "
                 "the Vatican next week. The US-born pontiff, elected in May, has made repeated appeals for a "
                 "ceasefire. Last Thursday he received Cardinal Jan Nowak in a private audience at the Vatican.",
                 "2026-01-27",
                 [(TALKS, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2026-01-26"),
                  (MEETING, ("Ivo Marek", "Paul Morel"), "Vatican", PLANNED, "2026-02"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Vatican", OCCURRED, "2026-01-22")], id="the-pontiff"),
    # body of two words before a title and a name; a holy day is no party; "the Qatari premier" is its prime minister
    pytest.param("JERUSALEM - Anna Keller met Israeli Prime Minister Ivo Marek on Saturday, in an unusual Sabbath meeting. "
                 "Hours later, Marek's office said Mossad director David Barnea, Shin Bet chief Ronen Bar and Israel "
                 "Defense Forces hostage coordinator Maj. Gen. (res.) Nitzan Alon would travel to Doha. They are expected "
                 "to hold talks there on Sunday with Qatari Prime Minister Jan Nowak. Keller had flown to Israel from "
                 "Doha, where she met the Qatari premier on Friday.", "2025-01-11",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Jerusalem", OCCURRED, "2025-01-11"),
                  (MEETING, ("David Barnea", "Ronen Bar", "Nitzan Alon", "Jan Nowak"), "Doha", PLANNED, "2025-01-12"),
                  (TALKS, ("David Barnea", "Jan Nowak"), None, PLANNED, "2025-01-12"),
                  (TALKS, ("Ronen Bar", "Jan Nowak"), None, PLANNED, "2025-01-12"),
                  (TALKS, ("Nitzan Alon", "Jan Nowak"), None, PLANNED, "2025-01-12"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Doha", OCCURRED, "2025-01-10")], id="they-after-a-cut-list"),
    # "they" after one subject's call: the two of that call
    pytest.param("Foreign Minister Ivo Marek spoke with Jan Nowak by phone on Saturday. They will meet in Riyadh on "
                 "Tuesday.", "2025-05-17",
                 [(CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-05-17"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Riyadh", PLANNED, "2025-05-20")], id="they-after-a-call"),
    # "held farewell calls with X and Y" (the tagger's verb "calls" the object of "held"): calls with each
    pytest.param("On Monday Ivo Marek held farewell calls with his Spanish and Brazilian counterparts, Jan Nowak and "
                 "Paul Morel.", "2025-10-07", [(CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-10-06"),
                                               (CALL, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2025-10-06")],
                 id="held-farewell-calls-with"),
    # "he is due in Entebbe (...), spokesperson X said": he is the one told before, not the source named after
    pytest.param("Ivo Marek spent his final days in office in Lima. On Thursday he is due in Entebbe for talks with "
                 "President Jan Nowak, spokesperson Paul Morel said on Monday.", "2025-10-07",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Entebbe", PLANNED, "2025-10-09")], id="he-before-the-source"),
    # "she sat behind X as he negotiated": he is not the one "she" stands for, whose sex her name does not tell
    pytest.param("Quorva Keller remembers the first summit she attended. At the 2009 summit in Lima she sat behind "
                 "then-President Ivo Marek as he negotiated with Chinese Premier Jan Nowak over the final accord.",
                 "2025-05-14", [(MEETING, ("Quorva Keller",), "Lima", OCCURRED, "2009"),
                                (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None)], id="he-is-not-she"),
    # "granted an audience to X": a meeting with X
    pytest.param("LIMA, April 15 (Wire) -- The King, Ivo Marek, granted an audience to Prime Minister Jan Nowak at the "
                 "palace here today.", "2025-04-15",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2025-04-15")], id="granted-an-audience-to"),
    # "received the credentials of X, Ambassador of Y; Z, ...": the first envoy, the object of "of", is met too
    pytest.param("Lima, Jan. 12 (Wire) -- The King received the credentials of Ivo Marek, Ambassador of Japan; Anna "
                 "Keller, Ambassador of Brazil; and Paul Morel, Ambassador of Poland.", "2025-01-12",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Ivo Marek"), "Lima", OCCURRED, None)],
                 id="credentials-of-the-envoys"),
    # "their foreign ministers would meet in Athens": others than the two leaders; and a talk told before is placed
    # by its context only on a journey, so "the afternoon session" after it is not in Athens either
    pytest.param("Anna Keller and Greek Prime Minister Jan Nowak met on Tuesday. A source said the two leaders discussed "
                 "maritime zones and migration, and agreed that their foreign ministers would meet in Athens in "
                 "September.\n\nIvo Marek and Paul Morel had a brief conversation in a corridor of the complex after the "
                 "afternoon session, an official told us.", "2026-07-07",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2026-07-07"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2026-07-07"),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, None)], id="their-ministers-are-others"),
    # the forum's place in its apposition ("of the World Economic Forum (WEF) Annual Meeting in Davos"); "on the
    # sidelines" hung on the other party is where the dateline puts the forum (the agency's name of two words ending
    # it); a meeting planned on the sidelines later that day is where the story is filed from
    pytest.param("Vice President Ivo Marek on Wednesday held talks with the President of the Swiss Confederation, Anna "
                 "Keller, on the sidelines of the World Economic Forum (WEF) Annual Meeting in Davos, Switzerland.",
                 "2025-01-23", [(MEETING, ("Ivo Marek", "Anna Keller"), "Davos", OCCURRED, "2025-01-22")],
                 id="a-forum-s-apposition-in-davos"),
    pytest.param("New York, Sep 24 (Prensa Latina) Cuban Foreign Minister Ivo Marek held talks on Tuesday with his "
                 "Russian counterpart, Jan Nowak, on the sidelines of the high-level segment of the 80th session of the "
                 "United Nations General Assembly.", "2025-09-24",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "New York City", OCCURRED, "2025-09-23")],
                 id="sidelines-hung-on-the-counterpart"),
    pytest.param("NEW YORK — More than 140 heads of state are expected in Manhattan this week for the opening of the "
                 "United Nations General Assembly.\n\nPresident Anna Keller, who addresses the Assembly on Tuesday "
                 "morning, will meet Ukrainian President Jan Nowak on the sidelines later that day, an official said.",
                 "2025-09-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "New York City", PLANNED, "2025-09-23")],
                 id="planned-on-the-sidelines-where-filed"),
    # talks "on the sidelines of the summit" are held where the dateline puts the summit; "the AU chief" is the AU
    # Commission's chairperson; "where he will meet" hung on the main verb: the place before "where"
    pytest.param("ADDIS ABABA, Feb 15 (Reuters) - African Union Commission chairperson Jan Nowak held talks with Ivo "
                 "Marek on the sidelines of the AU summit on Saturday, the bloc said. Anna Keller spoke to reporters. "
                 "The AU chief is due to travel to Port Sudan next week, where he will meet Prime Minister Piet Rolf.",
                 "2025-02-15",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Addis Ababa", OCCURRED, "2025-02-15"),
                  (MEETING, ("Jan Nowak", "Piet Rolf"), "Port Sudan", PLANNED, None)], id="the-au-chief-beside-a-summit"),
    # joining talks of more than three by video: no call with each of them
    pytest.param("RIO DE JANEIRO - Jan Nowak, Anna Keller, Ivo Marek, Ann Ode and Paul Morel met at the summit in Rio on "
                 "Sunday. Tom Reed joined the talks by video.", "2025-07-07",
                 [(MEETING, ("Jan Nowak", "Anna Keller", "Ivo Marek", "Ann Ode", "Paul Morel"), "Rio", OCCURRED,
                   "2025-07-06")],
                 id="joined-talks-of-many-by-video"),
    # one who joins the talks just told by video was not there, but on a call with each of those who were
    pytest.param("DOHA - Ivo Marek hosted Jan Nowak on Tuesday. Egyptian intelligence chief Anna Keller joined the talks "
                 "by video.", "2025-07-08",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Doha", OCCURRED, "2025-07-08"),
                  (CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-07-08"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-07-08")], id="joined-by-video"),
    pytest.param("DOHA - Ivo Marek hosted Jan Nowak on Tuesday. Anna Keller took part in the discussions by video "
                 "link.", "2025-07-08",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Doha", OCCURRED, "2025-07-08"),
                  (CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-07-08"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-07-08")],
                 id="took-part-in-the-talks-by-video"),
    # a readout's guest behind a long title the parser hung on "in Cairo", and those "in the presence of" whom
    pytest.param("President Ivo Marek also received today at Al-Ittihadiya Palace in Cairo Deputy Prime Minister and "
                 "Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Jan Nowak, in the "
                 "presence of Egypt's Minister of Foreign Affairs Dr. Anna Keller and Head of Egypt's General "
                 "Intelligence Service Major General Piet Rolf.", "2025-10-06",
                 [(MEETING, ("Ivo Marek", "Anna Keller", "Piet Rolf", "Jan Nowak"), "Cairo", OCCURRED, "2025-10-06"), (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-10-06")],
                 id="received-a-long-title-in-the-presence-of"),
    # an agency's label before the dateline; two who meet a third for their summit talk with them; a "Bhawan" is a
    # building of the dateline's city
    pytest.param("(WIRE) - NEW DELHI, JAN 27 - Commission President Ivo Marek and Council President Jan Nowak met "
                 "Prime Minister Anna Keller for their annual summit at Hyderabad House in New Delhi. Foreign "
                 "policy chief Piet Rolf held talks on Monday with Minister Tom Reed at Jawaharlal Nehru Bhawan.",
                 "2026-01-27",
                 [(MEETING, ("Ivo Marek", "Jan Nowak", "Anna Keller"), "New Delhi", OCCURRED, None),
                  (TALKS, ("Ivo Marek", "Anna Keller"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None),
                  (MEETING, ("Piet Rolf", "Tom Reed"), "New Delhi", OCCURRED, "2026-01-26")],
                 id="agency-label-summit-talks-bhawan"),
    # a body's headquarters is a building, a well-known one in its city; one no list knows in the dateline's
    pytest.param("SEOUL, Feb 15 (Wire) - Ivo Marek met Jan Nowak at NATO headquarters on Thursday. Anna Keller "
                 "received Tom Reed at the Ruritanian Defence Ministry headquarters on Thursday.", "2024-02-15",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Brussels", OCCURRED, "2024-02-15"),
                  (MEETING, ("Anna Keller", "Tom Reed"), "Seoul", OCCURRED, "2024-02-15")],
                 id="a-body-s-headquarters"),
    # a readout: a post of a list of portfolios; what the ministers addressed is no place; those who convene a meeting
    # between others are not at it; an envoy "of X to Y" accompanying and two of the host's side taking part in the
    # meeting are at it, however far back it was told (not at the meeting planned since); "the Mauritanian
    # minister" is no prime minister
    pytest.param("The Minister for Foreign Affairs, Ms. Ana Ruiz, today received the Minister of Foreign Affairs, "
                 "Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania, Mr. Ivo Bah, at the "
                 "Palacio de Santa Cruz in Madrid.\n\nDuring the meeting, both ministers addressed cooperation on "
                 "migration, fisheries and security in the Sahel.\n\nThe two ministers agreed to convene the next "
                 "High-Level Meeting between Spain and Mauritania in Nouakchott. It will be chaired by the President of "
                 "the Government of Spain, Mr. Jan Nowak, and the Prime Minister of Mauritania, Mr. Tom Sidi.\n\n"
                 "Minister Bah was accompanied by the Ambassador of Mauritania to Spain, Mr. Piet Rolf.\n\nOn the "
                 "Spanish side, the Secretary of State, Mr. Cy Lee, and the Director General for Africa, Ms. Di Roe, "
                 "also took part in the meeting.\n\nTomorrow, the Mauritanian minister will travel to Las Palmas de "
                 "Gran Canaria, where he will be received by the President of the Canary Islands, Mr. Bo Pym.",
                 "2025-02-05",
                 [(MEETING, ("Ana Ruiz", "Ivo Bah"), "Madrid", OCCURRED, "2025-02-05"),
                  (MEETING, ("Ivo Bah", "Ana Ruiz"), "Madrid", OCCURRED, "2025-02-05"),
                  (MEETING, ("Spain", "Mauritania"), "Nouakchott", PLANNED, None),
                  (MEETING, ("Ivo Bah", "Bo Pym"), "Las Palmas de Gran Canaria", PLANNED, "2025-02-06"),
                  (MEETING, ("Jan Nowak", "Tom Sidi"), "Nouakchott", PLANNED, None),
                  (MEETING, ("Piet Rolf",), "Madrid", OCCURRED, "2025-02-05"),
                  (MEETING, ("Cy Lee", "Di Roe"), "Madrid", OCCURRED, "2025-02-05")],
                 id="a-readout-s-meeting-and-those-joining-it"),
    # the place of a source "according to" whom a contact is told is not the contact's
    pytest.param("BRIDGETOWN, Barbados, Feb 19 (Wire) - Caribbean leaders opened their regular meeting here on "
                 "Wednesday. On the sidelines, President Ann Ode and Prime Minister Bo Pym held a bilateral meeting on "
                 "Wednesday afternoon on energy cooperation, according to a statement from the Office of the President "
                 "in Georgetown.", "2025-02-19",
                 [(MEETING, ("Ann Ode", "Bo Pym"), "Bridgetown", OCCURRED, "2025-02-19")], id="according-to-a-source-in"),
    # briefing someone by phone is a call with them (not one who was told by reporters)
    pytest.param("French President Ann Ode hosted the talks in Paris on Monday. Ode later briefed European Commission "
                 "President Bo Pym by phone, the Elysee said.", "2025-02-17",
                 [(MEETING, ("Ann Ode",), "Paris", OCCURRED, "2025-02-17"),
                  (CALL, ("Ann Ode", "Bo Pym"), None, OCCURRED, "2025-02-17")], id="briefed-by-phone"),
    # consultations with one "with whom he spoke by phone" were a call; "in the city" is the one city named before
    pytest.param("Ivo Marek briefed his counterpart Jan Nowak on his recent consultations with Russian Foreign Minister "
                 "Anna Keller, with whom he spoke by phone last week.", "2025-04-08",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None),
                  (CALL, ("Ivo Marek", "Anna Keller"), None, OCCURRED, None)], id="consultations-by-phone"),
    pytest.param("TEHRAN (Wire) - The call followed a round of talks in Istanbul on July 25, when a delegation headed by "
                 "Deputy Foreign Minister Ivo Marek met Jan Nowak at the Iranian Consulate General in the city.",
                 "2025-08-20", [(MEETING, ("Ivo Marek", "Jan Nowak"), "Istanbul", OCCURRED, "2025-07-25")],
                 id="in-the-city-named-before"),
    # "to the Chinese capital, where he held talks": the capital, not the dateline's city
    pytest.param("ISLAMABAD: When Prime Minister Ivo Marek walked into the Great Hall of the People in Beijing on "
                 "Friday, the choreography was familiar. The five-day visit, which ended on Saturday, took the prime "
                 "minister from the technology hub of Shenzhen to the ancient city of Xi'an and finally to the Chinese "
                 "capital, where he held talks with President Jan Nowak.", "2024-06-10",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Beijing", OCCURRED, "2024-06-08")],
                 id="to-the-capital-where-talks"),
    # a meeting of three named together: each talked with each
    pytest.param("The summit was prepared at a meeting of the three countries' foreign ministers - Iraq's Ivo "
                 "Marek, Jordan's Jan Nowak and Egypt's Anna Keller - in Baghdad on Monday.", "2025-07-09",
                 [(MEETING, ("Ivo Marek", "Jan Nowak", "Anna Keller"), "Baghdad", OCCURRED, "2025-07-07"),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-07-07"),
                  (TALKS, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2025-07-07"),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-07-07")],
                 id="a-meeting-of-three-named"),
    # a venue no sentence places is not in the city of a meeting someone looks back on
    pytest.param("Minister Tom Reed held talks with Ivo Marek at Hyderabad House in New Delhi today. Prime Minister Jan "
                 "Nowak recalled his warm meeting with King Piet Rolf in Thimphu in March. On 23 July, Marek met "
                 "Minister Anna Keller at Shram Shakti Bhawan.", "2024-07-24",
                 [(MEETING, ("Tom Reed", "Ivo Marek"), "New Delhi", OCCURRED, "2024-07-24"),
                  (MEETING, ("Jan Nowak", "Piet Rolf"), "Thimphu", OCCURRED, "2024-03"),
                  (MEETING, ("Ivo Marek", "Anna Keller"), "New Delhi", OCCURRED, "2024-07-23")],
                 id="venue-not-in-a-remembered-meeting-s-city"),
    # a guest with no title of their own, after the day (and the venue) the parser hung them on
    pytest.param("President Ivo Marek received on Tuesday Jan Nowak, the head of Ruritania's Presidential Council, at "
                 "the Presidential Palace in Cairo. The Minister of Foreign Affairs, Mr. Piet Rolf, received on Sunday, "
                 "February 18, 2024, at the Tahrir Palace in Cairo, Mr. Tom Reed, Special Representative of the United "
                 "Nations Secretary-General.", "2024-02-21",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Cairo", OCCURRED, "2024-02-20"),
                  (MEETING, ("Piet Rolf", "Tom Reed"), "Cairo", OCCURRED, "2024-02-18")],
                 id="received-on-a-day-an-untitled-guest"),
    # a guest named after a comma behind a long post; "the President of the Republic, X": a name after a post;
    # a call "held between" two; a request deep above a contact: none ("bringing Y back to dialogue")
    pytest.param("ALGIERS (APS) - Minister of Foreign Affairs Ivo Marek received on Wednesday in Algiers the Deputy "
                 "Foreign Minister and Special Representative of the President of the Russian Federation for the Middle "
                 "East and Africa, Jan Nowak, who is on a working visit to Algeria. Later on Wednesday, Mr Nowak was "
                 "received by the President of the Republic, Abdelmadjid Rolfini, at El Mouradia Palace. The visit "
                 "follows the phone conversation held last month between Mr Marek and his Russian counterpart, Anna "
                 "Keller. Marek asked Keller to play a constructive role in bringing Mali back to dialogue, he said.",
                 "2024-12-12",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Algiers", OCCURRED, "2024-12-11"),
                  (MEETING, ("Jan Nowak", "Abdelmadjid Rolfini"), "Algiers", OCCURRED, "2024-12-11"),
                  (CALL, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2024-11")], id="a-readout-of-long-posts"),
    # "called on X" with the day in brackets and the visit's purpose after a comma is a visit; those who "also
    # participated in the discussion" after it were there
    pytest.param("A delegation of the IMF led by Mission Chief Mr. Ivo Marek called on President Jan Nowak at the "
                 "Presidential Secretariat in Colombo this morning (19), to discuss the third review. Deputy Minister of "
                 "Finance Anna Keller and Central Bank Governor Piet Rolf also participated in the discussion.",
                 "2024-11-19",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Colombo", OCCURRED, "2024-11-19"),
                  (MEETING, ("Anna Keller", "Piet Rolf"), "Colombo", OCCURRED, "2024-11-19")],
                 id="called-on-in-the-morning-19"),
    # a dateline in capitals before "--" under a title-case headline; a later contact on the lede's day, at a venue,
    # is where the story was filed
    pytest.param("Marek Meets Nowak As Talks Stall\n\nBRUSSELS -- EU foreign policy chief Ivo Marek held a meeting on "
                 "November 5 with Prime Minister Jan Nowak. Later on November 5, Nowak held talks with NATO "
                 "Secretary-General Anna Keller at the alliance's headquarters.", "2025-11-06",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Brussels", OCCURRED, "2025-11-05"),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Brussels", OCCURRED, "2025-11-05")],
                 id="dateline-with-two-dashes"),
    # a bilateral "on the margins of the summit" is where the leaders were told gathering, paragraphs before (and
    # that day: "30-minute" is how long, not when)
    pytest.param("EU leaders are gathering in Brussels today to decide on the loan. Anna Keller said she was "
                 "confident.\n\n11.02 CET\nThe French president, Ivo Marek, and Jan Nowak held a 30-minute bilateral "
                 "meeting on the margins of the summit, an official said.", "2025-12-18",
                 [(MEETING, ("European Union",), "Brussels", OCCURRED, "2025-12-18"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Brussels", OCCURRED, "2025-12-18")], id="margins-of-a-gathering"),
    # "attended by, among others, A; B; and C": the "by" the parser left bare, and the people after it
    pytest.param("MONTEGO BAY, Jamaica - The Regular Meeting of the Conference of Heads of Government concluded today "
                 "at the Convention Centre.\n\nThe three-day Meeting was attended by, among others, the Prime Minister "
                 "of Barbados, the Honourable Anna Keller; the President of Guyana, His Excellency Dr. Jan Nowak; and the "
                 "Prime Minister of Grenada, the Honourable Ivo Marek.", "2025-07-08",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Montego Bay", OCCURRED, "2025-07-08")],
                 id="attended-by-among-others"),
    # the other side is the name a post of a list of portfolios runs up to, not the country of its demonyms
    pytest.param("Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Ivo Marek, held "
                 "talks on Tuesday in Rabat with Mauritanian Minister of Foreign Affairs, Cooperation and Mauritanians "
                 "Abroad, Jan Nowak, who is on a working visit.", "2025-12-03",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Rabat", OCCURRED, "2025-12-02")],
                 id="talks-with-a-post-of-portfolios"),
    # "sat for two days in Doha with X and Y": talks in person; "met X in Doha months before ..." with no object of "in"
    pytest.param("In August 2024 Ivo Marek sat for two days in Doha with CIA director Jan Nowak and Mossad chief Anna "
                 "Keller. Piet Rolf had met Iran's late foreign minister, Hossein Amir-Abdullahian, in Doha months before "
                 "both men died, a meeting that officials still cite.", "2025-03-11",
                 [(MEETING, ("Ivo Marek", "Jan Nowak", "Anna Keller"), "Doha", OCCURRED, "2024-08"),
                  (MEETING, ("Piet Rolf", "Hossein Amir-Abdullahian"), "Doha", OCCURRED, None)], id="sat-with-in-doha"),
    # "Ukraine's president", named in the next sentences as Ukraine's president, is that person; "the three leaders":
    # the one side of the three calls just told
    pytest.param("Germany's Ivo Marek, France's Jan Nowak and Poland's Anna Keller spoke with Ukraine's president by "
                 "video on Monday. Ukrainian President Piet Rolf thanked them. The three leaders will meet in person in "
                 "Paris next week.", "2026-03-03",
                 [(CALL, ("Ivo Marek", "Piet Rolf"), None, OCCURRED, "2026-03-02"),
                  (CALL, ("Jan Nowak", "Piet Rolf"), None, OCCURRED, "2026-03-02"),
                  (CALL, ("Anna Keller", "Piet Rolf"), None, OCCURRED, "2026-03-02"),
                  (MEETING, ("Ivo Marek", "Jan Nowak", "Anna Keller"), "Paris", PLANNED, "2026-03"),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, PLANNED, "2026-03"),
                  (TALKS, ("Ivo Marek", "Anna Keller"), None, PLANNED, "2026-03"),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, PLANNED, "2026-03")],
                 id="the-three-leaders-and-a-president-named-next"),
    # one who "also took part in the call" just told (which the relative clause says was about others) is in it
    pytest.param("Ivo Marek and Jan Nowak held a video conference with Anna Keller late on Monday, a spokesman said. "
                 "Prime Minister Piet Rolf also took part in the call, which focused on the talks on Ukraine.",
                 "2026-03-03",
                 [(CALL, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2026-03-02"),
                  (CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2026-03-02"),
                  (CALL, ("Piet Rolf", "Ivo Marek", "Anna Keller", "Jan Nowak"), None, OCCURRED, "2026-03-02")],
                 id="also-took-part-in-the-call"),
    # "in Banff, Alta.": a town and its province abbreviated, not a building in a town named Alta; a meeting "on the
    # sidelines" of no forum named is at the body's meeting just told
    pytest.param("G7 finance ministers wrapped up their meeting in Banff, Alta., on Thursday. Ivo Marek also met "
                 "Japanese Finance Minister Jan Nowak on the sidelines on Wednesday.",
                 "2025-05-22",
                 [(MEETING, ("G7",), "Banff", OCCURRED, "2025-05-22"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Banff", OCCURRED, "2025-05-21")], id="sidelines-in-banff-alta"),
    # "the summit" is where the story put it ("welcoming leaders to the X Expo Centre in the south of Y"), not where
    # two of its guests met the day before; a summit of another year is no such place
    pytest.param("Anna Keller opened the first Vellport Summit on Saturday, welcoming leaders to the Nasrec Expo Centre in "
                 "the south of Johannesburg. Keller and Jan Nowak held talks in Pretoria on Friday. The next summit, in "
                 "2027, will be held in Lima. On the sidelines of the summit on Saturday, Keller met Ivo Marek.",
                 "2025-11-22",
                 [(MEETING, ("Anna Keller",), "Nasrec Expo Centre", OCCURRED, "2025-11-22"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Pretoria", OCCURRED, "2025-11-21"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Nasrec Expo Centre", OCCURRED, "2025-11-22")],
                 id="sidelines-of-the-summit-told-before"),
    # representatives of a president's government stand for the country, not the president; a named body "headed by
    # Y": Y, who stands for it; "at a hotel in the city": the city named before
    pytest.param("MEXICO CITY - Representatives of Venezuelan President Ivo Marek's government and the opposition signed "
                 "an agreement on Saturday. The government delegation, led by Jan Nowak, and the opposition Unitary "
                 "Platform, headed by Anna Keller, met at a hotel in the city.", "2022-11-27",
                 [(MEETING, ("Venezuela",), "Mexico City", OCCURRED, "2022-11-26"),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Mexico City", OCCURRED, "2022-11-26")],
                 id="representatives-of-x-s-government"),
    # "The deal was signed by X and Y": in person, where the sides they act for signed it
    pytest.param("Ethiopia's government and the Northland Liberation Front on Wednesday signed an agreement in Pretoria. "
                 "The deal was signed by Jan Nowak, national security adviser to Ethiopian Prime Minister Ivo Marek, and "
                 "Anna Keller, the Northland Liberation Front spokeswoman.", "2022-11-03",
                 [(MEETING, ("Ethiopia", "Northland Liberation Front"), "Pretoria", OCCURRED, "2022-11-02"),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Pretoria", OCCURRED, "2022-11-02")], id="signed-by-x-and-y"),
    # "was given a ceremonial welcome by Y" (the "by" hung on the welcome): received in person; a dateline's date
    # tagged through its dash and the title after it
    pytest.param("LONDON, Dec 4 - The Emir of Qatar, Sheikh Jan Nowak, was given a ceremonial welcome by King Ivo Marek "
                 "on Tuesday at the start of a two-day state visit to Britain.", "2024-12-04",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "London", OCCURRED, "2024-12-03")], id="given-a-welcome-by"),
    # "the host of the gathering, Rhode Island Gov. X": X, however parsed
    pytest.param("Prime Minister Anna Keller addressed the governors on Friday. She later held a private meeting with "
                 "the host of the gathering, Rhode Island Gov. Jan Nowak.", "2017-07-15",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2017-07-14")], id="the-host-of-the-gathering-x"),
    # "It was attended by": the meeting the sentence before told; a hyphenated family name in lower case alone later
    pytest.param("RIGA, May 14 (Wire) - The annual speakers' meeting was hosted by Saeima Speaker Anna Keller. It was "
                 "attended by Riksdag Speaker Jan Nowak of Sweden and Speaker of the Finnish Eduskunta Jussi Halla-aho. On "
                 "the sidelines of the meeting, Keller held a bilateral meeting with Halla-aho.", "2024-05-14",
                 [(MEETING, ("Anna Keller",), "Riga", OCCURRED, None),
                  (MEETING, ("Jan Nowak", "Jussi Halla-aho"), "Riga", OCCURRED, None),
                  (MEETING, ("Anna Keller", "Jussi Halla-aho"), "Riga", OCCURRED, None)], id="it-was-attended-by"),
    # the post of a body parsed as the body's possessor: its holder named after it; a group's "on the sidelines of"
    # is where, no member (the talks in the dateline's city); what a meeting "focused on" (a flight between two
    # cities) is no place of it
    pytest.param("BELGRADE, Oct 16 (Wire) - The Speaker of Serbia's National Assembly, Anna Keller, held separate talks "
                 "on Tuesday with her counterparts from Russia and Azerbaijan on the sidelines of the 141st Assembly of "
                 "the Inter-Parliamentary Union (IPU). Her meeting with Jan Nowak, Speaker of Azerbaijan's Milli Majlis, "
                 "focused on a planned direct flight between Belgrade and Baku.", "2019-10-16",
                 [(MEETING, ("Anna Keller", "Russia"), "Belgrade", OCCURRED, "2019-10-15"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Belgrade", OCCURRED, "2019-10-15")],
                 id="speaker-of-a-body-s-sidelines"),  # (Azerbaijan's meeting told again as its speaker's: hers)
    # a press release's city and date on a line of their own date nothing; "later in the day" counts from the day of
    # the story, not a thing's ("the recommendation of 8 November 2023")
    pytest.param("Brussels, 6 February 2024\n\nThe Commissioner for Enlargement, Anna Keller, received the Prime Minister "
                 "of Georgia, Jan Nowak, in Brussels on Monday. The two sides discussed the steps of the Commission's "
                 "recommendation of 8 November 2023. Later in the day, Mr Nowak held a separate meeting with the "
                 "President of the European Council, Paul Morel.", "2024-02-06",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", OCCURRED, "2024-02-05"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", OCCURRED, "2024-02-05"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Brussels", OCCURRED, "2024-02-05")],
                 id="city-and-date-line-later-in-the-day"),
    # nor a state of things' start ("a full member as of 6 January 2025")
    pytest.param("Jakarta, 9 January 2025\n\nMinister Anna Keller held a telephone conversation with Minister Jan Nowak "
                 "on Wednesday (8/1). Minister Nowak congratulated Indonesia on becoming a full member of BRICS as of 6 "
                 "January 2025. On the same day, Minister Keller received the Ambassador of China, Paul Morel, at the "
                 "Pancasila Building.", "2025-01-09",
                 [(CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-01-08"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Jakarta", OCCURRED, "2025-01-08")],
                 id="the-same-day-not-from-as-of"),
    # a lawmaker's party tag takes no part; "the lawmakers" are the senators and representatives just told, "they"
    # (past a subject inside a quotation) too; talks over lunch were held in person, where the story was filed
    pytest.param("TAIPEI, Aug 15 (Wire) - Sen. Anna Keller, D-Oregon, and Reps. Jan Nowak, D-Illinois, and Paul Morel, "
                 "R-Florida, met Taiwanese President Ivo Marek in Taipei on Monday. The lawmakers later held talks over lunch with Taiwan's Foreign Minister Tom Reed, "
                 "who thanked them for \"a signal that Taiwan will not be intimidated\". On Tuesday they are due to "
                 "meet Speaker Ann Ode.", "2022-08-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel", "Ivo Marek"), "Taipei", OCCURRED, "2022-08-15"), (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2022-08-15"), (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2022-08-15"), (TALKS, ("Paul Morel", "Ivo Marek"), None, OCCURRED, "2022-08-15"), (MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel", "Tom Reed"), "Taipei", OCCURRED, "2022-08-15"), (TALKS, ("Anna Keller", "Tom Reed"), None, OCCURRED, "2022-08-15"), (TALKS, ("Jan Nowak", "Tom Reed"), None, OCCURRED, "2022-08-15"), (TALKS, ("Paul Morel", "Tom Reed"), None, OCCURRED, "2022-08-15"), (MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel", "Ann Ode"), "Taipei", PLANNED, "2022-08-16"), (TALKS, ("Anna Keller", "Ann Ode"), None, PLANNED, "2022-08-16"), (TALKS, ("Jan Nowak", "Ann Ode"), None, PLANNED, "2022-08-16"), (TALKS, ("Paul Morel", "Ann Ode"), None, PLANNED, "2022-08-16")],
                 id="the-lawmakers-and-they"),
    # a well-known venue stands in its city, named or not (a created city, the venue its mention); what the text
    # says of where it is comes first
    pytest.param("King Ivo Marek received two newly arrived envoys, Jan Nowak and Paul Morel, at Buckingham Palace on "
                 "Wednesday.", "2025-03-22",
                 [(MEETING, ("Ivo Marek", "Jan Nowak", "Paul Morel"), "London", OCCURRED, "2025-03-19"), (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-03-19"), (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2025-03-19")],
                 id="a-well-known-venue-in-its-city"),
    pytest.param("In Lima on Monday, Anna Keller and Paul Morel held talks at Buckingham Palace.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")],
                 id="a-well-known-venue-the-text-places"),
    # "their meeting" before "the two heads of state" is theirs, not the pair of ministers told before
    pytest.param("Wire: Foreign Minister Anna Keller spoke by phone with Foreign Minister Ivo Marek yesterday. Can you "
                 "share more?\n\nLin Jian: On the evening of November 18, Anna Keller had a phone call with Ivo Marek "
                 "at the latter's request. The two ministers had an in-depth exchange of views.\n\nPost: President Jan "
                 "Nowak said over the weekend that he would travel to Lima in April to meet President Paul Morel. Can "
                 "you confirm the plan?\n\nLin Jian: During their meeting in Busan last month, the two heads of state "
                 "agreed to maintain exchanges.", "2025-11-19",
                 [(CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-11-18"),
                  (CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-11-18"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-11-18"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Lima", PLANNED, "2026-04"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Busan", OCCURRED, "2025-10")], id="their-meeting-the-two-heads"),
    # "held talks with Abiy" after "Prime Minister Abiy Ahmed": the first word of a name of two, used alone; "X has been
    # on a tour that included talks with Y": X's talks
    pytest.param("Prime Minister Abiy Quorhed spoke on Monday. Jan Nowak, the president of the Tigray Interim Regional "
                 "Administration, travelled to Addis Ababa and held talks with Abiy last Thursday at the Prime "
                 "Minister's Office.", "2025-03-19",
                 [(MEETING, ("Jan Nowak", "Abiy Quorhed"), "Addis Ababa", OCCURRED, "2025-03-13")],
                 id="talks-with-a-first-name-used-alone"),
    pytest.param("President Ivo Marek spoke. Jan Nowak, also known as Quorvo, has been on a regional tour that included "
                 "talks with Marek in Entebbe on Dec. 27.", "2025-01-10",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Entebbe", OCCURRED, "2024-12-27")], id="on-a-tour-that-included"),
    # a conference they discussed is a topic, no meeting of theirs
    pytest.param("President Jan Nowak and President Ivo Marek held a bilateral meeting on the sidelines of the summit in "
                 "Tegucigalpa on Wednesday. According to an official, they discussed the Amazon, Venezuela and "
                 "November's climate conference in Belém.", "2025-04-09",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Tegucigalpa", OCCURRED, "2025-04-09"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Tegucigalpa", OCCURRED, "2025-04-09")],
                 id="discussed-a-conference"),
    # the sidelines of a summit told in the past are those of the one held, not of the next one told after it
    pytest.param("CAIRO, March 4 (Reuters) - Arab leaders adopted the plan at an emergency summit in Cairo on Tuesday. "
                 "Iraq is due to host the regular annual summit in Baghdad in May. On the sidelines of the summit, "
                 "President Jan Nowak held talks with Ivo Marek, the presidency said.", "2025-03-04",
                 [(MEETING, ("Iraq",), "Baghdad", PLANNED, None),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Cairo", OCCURRED, "2025-03-04")],
                 id="the-sidelines-of-the-summit-held"),
    # a venue's city is that of a venue placed just before ("Ankara's Esenboga airport")
    pytest.param("Anna Keller landed at Ankara's Esenboga airport on Thursday, where she was greeted by Minister Ivo "
                 "Marek. She held talks with President Paul Morel at the Presidential Complex.", "2025-11-28",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Ankara", OCCURRED, "2025-11-27"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Ankara", OCCURRED, "2025-11-27")],
                 id="a-venue-after-a-venue-placed"),
    # a day the model left untagged after a bulletin's date line
    pytest.param("Holy See Press Office - Bulletin, 16.10.2025\n\nThis morning, in the Apostolic Palace, Pope Leo XIV "
                 "received in audience Jan Nowak, President of the Republic of Paraguay.", "2025-10-16",
                 [(MEETING, ("Leo XIV", "Jan Nowak"), "Vatican", OCCURRED, "2025-10-16")], id="this-morning-untagged"),
    # who accompanied one to a meeting told some sentences before was there too
    pytest.param("Pope Leo XIV received Jan Nowak, President of Paraguay, in Rome on Monday. The talks covered trade. "
                 "They also covered schools. Health care was discussed. The President was accompanied by his wife, Ana "
                 "Nowak, and by the Paraguayan Minister of Foreign Affairs, Paul Morel.", "2025-03-22",
                 [(MEETING, ("Leo XIV", "Jan Nowak"), "Rome", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ana Nowak", "Paul Morel"), "Rome", OCCURRED, "2025-03-17")], id="accompanied-by-later"),
    # "their guests": the visitors just told of; "the King" is the one so titled, named after
    pytest.param("Emperor Jan Nowak and Empress Ana Nowak were welcomed to London by the King on Tuesday. There King Ivo "
                 "Marek and Queen Lea Marek received their guests at a royal pavilion.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Ana Nowak", "Ivo Marek"), "London", OCCURRED, "2025-03-18"), (MEETING, ("Ivo Marek", "Lea Marek", "Jan Nowak", "Ana Nowak"), "London", OCCURRED, "2025-03-18"), (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-03-18"), (TALKS, ("Ivo Marek", "Ana Nowak"), None, OCCURRED, "2025-03-18"), (TALKS, ("Lea Marek", "Jan Nowak"), None, OCCURRED, "2025-03-18"), (TALKS, ("Lea Marek", "Ana Nowak"), None, OCCURRED, "2025-03-18")],
                 id="received-their-guests"),
    # a session with named parties is a meeting; "a session of the Council" names the forum, no party
    pytest.param("Anna Keller met the foreign ministers of Japan and the Philippines, Jan Nowak and Ivo Marek, in Manila.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Manila", OCCURRED, None),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, None)],
                 id="listed-ministers-not-their-countries"),
    pytest.param("Anna Keller held a trilateral session in Manila with Jan Nowak and Ivo Marek on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Manila", OCCURRED, "2025-03-21"), (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-21"), (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-21"), (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-21")],
                 id="a-session-with"),
    # "a summit of the X Council" names the forum, no party; its members' meeting too; two bodies meeting are parties
    pytest.param("Jan Nowak attended the summit of the Gulf Cooperation Council in Riyadh on Friday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak",), "Riyadh", OCCURRED, "2025-03-21")], id="a-summit-of-a-body"),
    pytest.param("Jan Nowak will attend a meeting of the Organization of Islamic Cooperation's foreign ministers in "
                 "Istanbul.", "2025-03-22", [(MEETING, ("Jan Nowak",), "Istanbul", PLANNED, None)],
                 id="a-meeting-of-a-body-s-ministers-possessive"),
    pytest.param("A meeting of Hamas and Fatah took place in Cairo on Friday.", "2025-03-22",
                 [(MEETING, ("Hamas", "Fatah"), "Cairo", OCCURRED, "2025-03-21")], id="a-meeting-of-two-bodies"),
    pytest.param("Anna Keller said on Tuesday that Egypt would host a meeting of the so-called Quartet - Jordan, Qatar, "
                 "Turkey and Egypt - in Cairo next month.", "2025-09-10",
                 [(MEETING, ("Egypt", "Jordan", "Qatar", "Turkey"), "Cairo", PLANNED, "2025-10")],
                 id="a-meeting-of-a-group-s-listed-members"),
    # "on the eve of the summit": the day before the day the summit was told on
    pytest.param("Leaders met in Vellport on Wednesday for the annual Harbour summit. On the eve of the summit, Jan "
                 "Nowak hosted Anna Keller for talks at the Old Palace.", "2025-10-22",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Old Palace", OCCURRED, "2025-10-21")], id="on-the-eve-of-the-summit"),
    # "at the X resort near Fasano": by that town, not in the country of the summit told before
    pytest.param("Jan Nowak wrapped up three days at the G7 leaders' summit in southern Italy on Saturday. Nowak held a "
                 "bilateral meeting with Ivo Marek on Friday at the Borgo Egnazia resort near Fasano.", "2024-06-15",
                 [(MEETING, ("Jan Nowak",), "Fasano", OCCURRED, "2024-06-15"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Fasano", OCCURRED, "2024-06-14")], id="at-a-resort-near-a-town"),
    pytest.param("MOSCOW, Dec 3 - Jan Nowak had lunch with Ivo Marek at a restaurant near Red Square on Tuesday.",
                 "2025-12-03", [(MEETING, ("Jan Nowak", "Ivo Marek"), "Moscow", OCCURRED, "2025-12-02")],
                 id="at-a-restaurant-near-a-landmark"),
    # "accompanied on the visit by X": a companion, no visitor X met
    pytest.param("Ivo Marek was accompanied on the visit by Foreign Minister Jan Nowak and by General Paul Morel.",
                 "2025-02-03", [], id="accompanied-on-the-visit-by"),
    # "X, who the Kremlin said spoke to Y": X
    pytest.param("Jan Nowak, who the Kremlin said spoke to Anna Keller by phone, was not mentioned.", "2025-02-03",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None)], id="who-the-kremlin-said-spoke"),
    # who tells how "the call with Y" went held it (not a spokesperson)
    pytest.param("Jan Nowak told reporters that the 40-minute call with Anna Keller was frank. Government spokesman "
                 "Ivo Marek said the talks with Paul Morel were useful.", "2025-02-03",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None)], id="told-reporters-the-call-with"),
    # a meeting the sides are "preparing for" is not placed where the story is filed
    pytest.param("VELLPORT, Oct. 15 - Jan Nowak held a video call on Tuesday with Anna Keller, as the two sides began "
                 "preparing for the next foreign ministers' meeting.", "2025-10-15",
                 [(CALL, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-10-14")], id="preparing-for-the-next-meeting"),
    # "after talks in Berlin" on a contact planned: the subjects' own talks, held there (not others' talks it dates)
    pytest.param("Jan Nowak and Anna Keller agreed to hold regular consultations, after talks in Vellport.", "2024-01-17",
                 [(TALKS, ("Jan Nowak", "Anna Keller"), None, PLANNED, None),
                  (MEETING, ("Jan Nowak", "Anna Keller"), "Vellport", OCCURRED, None)],
                 id="after-talks-in-a-city-on-a-planned-contact"),
    pytest.param("Jan Nowak and Anna Keller agreed to revive regular consultations, after talks at the Chancellery in "
                 "Vellport.", "2024-01-17", [(TALKS, ("Jan Nowak", "Anna Keller"), None, PLANNED, None),
                                             (MEETING, ("Jan Nowak", "Anna Keller"), "Vellport", OCCURRED, None)],
                 id="after-talks-at-a-building-in-a-city-on-a-planned-contact"),
    pytest.param("At the Group of 20 summit in Rio de Janeiro, Anna Keller held bilateral talks with host Jan Nowak.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Rio de Janeiro", OCCURRED, None)],
                 id="at-the-group-of-20-summit-in-x"),
    pytest.param("Anna Keller is due in Hanoi on Sunday for talks with Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Hanoi", PLANNED, "2025-03-23")], id="due-in-x-for-talks"),
    pytest.param("Leaders gathered in Addis Ababa for a session of the African Union's Peace and Security Council.",
                 "2025-03-22", [], id="a-session-of-a-body"),
    # each met where the sentence places them; one place for all when only the verb has one
    pytest.param("Anna Keller met Jan Nowak in Lima and Ivo Marek in Quito last week.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Quito", OCCURRED, "2025-03")], id="met-x-in-a-and-y-in-b"),
    pytest.param("Anna Keller met Jan Nowak and Ivo Marek in Lima on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-17"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-17"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-03-17")],
                 id="met-x-and-y-in-a"),
    # the surname of a person the model missed and recall found after a title: the same person
    pytest.param("Anna Keller received Jan Nowak in Lima on Monday. The meeting was attended by HE Minister of State "
                 "Ivo Marek. On Sunday, HE Marek held talks with Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-17"),
                  (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-03-16")], id="a-late-found-surname"),
    # a small town the headline names opens the dateline in capitals; "with X and with Y" names both, in
    # separate meetings
    pytest.param("Keller courts bankers in Davos\n\nDAVOS, Switzerland (AP) — Anna Keller met bankers on Tuesday. In "
                 "separate meetings, Keller sat down with Jan Nowak and with Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Davos", OCCURRED, "2025-03-18"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Davos", OCCURRED, "2025-03-18"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Davos", OCCURRED, "2025-03-18")],
                 id="a-small-town-s-dateline-and-with-x-and-with-y"),
    # "LIMA, Mar 17 (APP):" a dateline ("):" one token); "Consul General in Lima X" is X, however parsed
    pytest.param("Two leaders meet\n\nLIMA, Mar 17 (APP): Peruvian Prime Minister Anna Keller on Monday received Chilean "
                 "Consul General in Lima Jan Nowak, who called on her at her office here.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")],
                 id="consul-general-in-x-under-an-agency-dateline"),
    # present at the meeting a few sentences on
    pytest.param("LIMA, Mar 17 (APP): Anna Keller on Monday received Jan Nowak. Matters of interest came under "
                 "discussion. Keller said ties were strong. An agreement was signed on the occasion. Industries Minister "
                 "Ivo Marek and Chairman Tom Reed were also present.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-17")], id="present-four-sentences-on"),
    # the envoy "who called on her" there: the same visit, placed
    pytest.param("Foreign Minister Anna Keller today received H.E. Mr. Jan Nowak, the newly appointed Ambassador of "
                 "Chile to Peru, who called on her at the Torre Tagle Palace in Lima.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Anna Keller"), "Lima", OCCURRED, "2025-03-22")], id="who-called-on-her-there"),
    # received "by the President of the Argentine Republic, X": X, not a title phrase for someone else
    pytest.param("Olaf Weber will begin his trip in Lima, where he will be received with military honours by the "
                 "President of the Argentine Republic, Jan Nowak, on Friday.", "2025-03-22",
                 [(MEETING, ("Olaf Weber", "Jan Nowak"), "Lima", PLANNED, "2025-03-28")], id="received-by-the-post-of-x"),
    # attending a named forum where it sits; companions "along with" attend too
    pytest.param("The Chilean leader Anna Keller will attend the special European Council that opens in Brussels on "
                 "Wednesday.", "2025-03-22", [(MEETING, ("Anna Keller",), "Brussels", PLANNED, "2025-03-26")],
                 id="attend-a-named-forum"),
    pytest.param("Leaders met in Lima on Friday. Jan Nowak attended along with Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-21")], id="attended-along-with"),
    # a country hosting talks lends the venue and takes no part
    pytest.param("Anna Keller and Jan Nowak held talks in Lima hosted by Peru on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="talks-hosted-by-a-country"),
    # a text agreed is no party of the talks
    pytest.param("The Quito Declaration was signed last year. The declaration was agreed by Anna Keller and Jan Nowak "
                 "in December after marathon talks in Lima hosted by President Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2024-12"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-12"),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2024-12"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2024-12")],
                 id="a-declaration-agreed-after-talks"),
    # those who attended the meeting just told, or were present at it, took part; present elsewhere, no one met
    pytest.param("Anna Keller received Jan Nowak in Lima on Monday. The meeting was attended by Ivo Marek, Minister of "
                 "State, and Tom Reed, the Chilean Ambassador.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-17")], id="the-meeting-was-attended-by"),
    pytest.param("Anna Keller received Jan Nowak in Lima on Monday. Industries Minister Ivo Marek and Chief Secretary "
                 "Tom Reed were present.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-17")], id="x-and-y-were-present"),
    pytest.param("Anna Keller was present at the ceremony.", "2025-03-22", [], id="present-at-a-ceremony"),
    # an envoy's "to" is the country of the post, not whom the call went to
    pytest.param("Premier Anna Keller received a courtesy call from the High Commissioner of Chile to Peru, Jan Nowak, "
                 "in Lima today.", "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-22")],
                 id="courtesy-call-from-the-envoy-to-y"),
    # a journey to "the Peruvian capital Lima", the city parsed apart from "capital"
    pytest.param("President Jan Nowak will travel to the Peruvian capital Lima next week for a summit with President "
                 "Anna Keller.", "2025-03-22", [(MEETING, ("Jan Nowak", "Anna Keller"), "Lima", PLANNED, "2025-03")],
                 id="travel-to-the-capital-x"),
    # talks "on the sidelines" of the summit just told: at the summit
    pytest.param("Ivo Marek and Tom Reed attended a summit in Lima on Monday. On the sidelines, President Anna Keller "
                 "held talks with Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="talks-on-the-sidelines"),
    # those attending took part
    pytest.param("Leaders of six countries met in Lima on Monday for a summit. Among those attending were Chilean "
                 "President Anna Keller and Peruvian President Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="among-those-attending"),
    # no meeting: consultations whose other side alone is named, an office of a summit, a summit welcomed
    pytest.param("LIMA, Mar 9 (Wire) - The ministry said the summit had been called after consultations with Chile, "
                 "which holds the presidency of the Andean summit.", "2025-03-22", [], id="consultations-with-x-alone"),
    pytest.param("Leaders met in Lima on Monday for a summit. Northland Party official Ivo Marek welcomed the summit, "
                 "saying it was overdue.", "2025-03-22", [], id="welcomed-the-summit"),
    # a journey's purpose "to see X" is a meeting; "to see the ruins" is none
    pytest.param("Anna Keller stopped in Lima on Monday to see President Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="stopped-to-see-x"),
    pytest.param("Anna Keller flew to Lima on Monday to see the ruins.", "2025-03-22", [], id="flew-to-see-the-ruins"),
    # "with" hung on the venue of the meeting; the names after the plural post
    pytest.param("Before the summit, Anna Keller hosted a breakfast meeting at her country's embassy in Lima with the "
                 "prime ministers of Chile and Peru, Jan Nowak and Ivo Marek, to discuss trade.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, None), (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None), (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, None)],
                 id="breakfast-at-the-embassy-with-the-prime-ministers"),
    # a courtesy call is a visit
    pytest.param("Ambassador Jan Nowak paid a courtesy call on Foreign Minister Anna Keller in Lima on Tuesday.",
                 "2025-03-22", [(MEETING, ("Jan Nowak", "Anna Keller"), "Lima", OCCURRED, "2025-03-18")],
                 id="paid-a-courtesy-call-on"),
    pytest.param("LIMA, Mar 18: Peru's Prime Minister Anna Keller received a courtesy call from Jan Nowak, the "
                 "Ambassador of Chile, at the Palacio Pizarro here today.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-22")],
                 id="received-a-courtesy-call-under-a-colon-dateline"),
    # a venue's city: the one the sentence travels to, or the dateline's on a line of its own
    pytest.param("Anna Keller last came to Lima in November 2023, when she held talks with President Jan Nowak at the "
                 "Palacio Pizarro.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2023-11")], id="came-to-x-talks-at-a-venue"),
    pytest.param("Chile's President\n\nSpecial Correspondent\n\nLIMA\n\nAnna Keller received Jan Nowak at the "
                 "Palacio Pizarro on Tuesday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-18")], id="dateline-line-of-its-own"),
    # the regions and countries of what is discussed are its topic, not where the talks are
    pytest.param("Anna Keller will travel to Lima on Friday for talks with Jan Nowak. The two leaders are expected to "
                 "discuss the wars in the Middle East and Ukraine.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-03-28")] * 2, id="discuss-the-wars-in-x"),
    # a landmark the article does not place, right after a meeting in a city: in that city
    pytest.param("Anna Keller arrives in Berlin for state visit\n\nAnna Keller was greeted at the Brandenburg Gate on Wednesday "
                 "afternoon by the German president, Paul Morel.", "2023-03-29",
                 [(MEETING, ("Anna Keller",), "Berlin", OCCURRED, None),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Berlin", OCCURRED, "2023-03-29")], id="landmark-after-a-city"),
    # "Gov. X and Senate leader Y met" with X a modifier of "leader"; "at the Capitol" under a dateline: its city
    pytest.param("ALBANY, N.Y. (AP) — New York Gov. Anna Keller and Senate leader Paul Morel met for nearly three hours "
                 "at the Capitol on Sunday.", "1997-06-16",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Albany", OCCURRED, "1997-06-15")], id="gov-x-and-leader-y-at-the-capitol"),
    # "his Chinese counterpart, X,": the name after the comma, not the Chinese leader named before
    pytest.param("BEIJING — Prime Minister Anna Keller and Chinese Premier Paul Morel held talks. Trade Minister Jan "
                 "Nowak held separate talks on Monday with his Chinese counterpart, Wu Yi, the minister of foreign trade.",
                 "1994-11-09", [(MEETING, ("Anna Keller", "Paul Morel"), "Beijing", OCCURRED, None),
                                (MEETING, ("Jan Nowak", "Wu Yi"), "Beijing", OCCURRED, "1994-11-07")],
                 id="counterpart-comma-name"),
    # "travel to X ... for a session (...), where he will meet Y": where the traveller goes
    pytest.param("Anna Keller is expected to travel to New York later this week for a UN General Assembly session marking "
                 "the anniversary, where she will meet Secretary-General Paul Morel.", "2023-02-20",
                 [(MEETING, ("Anna Keller",), "New York City", PLANNED, "2023-02"),  # at the session
                  (MEETING, ("Anna Keller", "Paul Morel"), "New York City", PLANNED, "2023-02")], id="travel-to-x-for-y-where"),
    # after a dateline, a meeting of the days the story tells of, with no place, is in the dateline's city
    pytest.param("Ministers meet\n\nNEW DELHI: Anna Keller spoke by phone with Ivo Marek on Wednesday. She met Paul "
                 "Morel on Thursday evening.", "2023-03-03",
                 [(CALL, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2023-03-01"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "New Delhi", OCCURRED, "2023-03-02")], id="dateline-city-after-the-lede"),
    # "... and call on the president": a visit joined to the talks tells nothing of their means
    pytest.param("Paul Morel will visit Lima next week. He will hold talks with Anna Keller and call on the president.",
                 "2017-10-21", [(MEETING, ("Paul Morel", "Anna Keller"), "Lima", PLANNED, None)], id="talks-and-call-on"),
    # a report dismissed, whose claim is told by a participle: no contact
    pytest.param("Jan Nowak dismissed as baseless a report in a Lima newspaper claiming that he had spoken to Ambassador "
                 "Anna Keller by phone.", "2017-10-21", [], id="dismissed-report-claiming"),
    # a hyphenated surname alone is the full name's ("Ms Keller-Morel": Anna Keller-Morel, not a given name "Keller")
    pytest.param("Foreign Minister Anna Keller-Morel addressed the council in Lima on Friday. Ms Keller-Morel later met "
                 "Jan Nowak in Lima.", "2023-05-05",
                 [(MEETING, ("Anna Keller-Morel", "Jan Nowak"), "Lima", OCCURRED, "2023-05-05")], id="hyphenated-surname-alone"),
    # no country gives an interview: "an interview with India Today" tagged "India" is no contact
    pytest.param("In an interview with India Today on the sidelines, Jan Nowak said the onus was on New Delhi.",
                 "2023-05-05", [], id="interview-with-an-outlet-named-for-a-country"),
    # "on the sidelines of the conference": the conference told before, where it was held
    pytest.param("KRAKOW — Anna Keller returned to the climate conference in Krakow on Wednesday. Paul Morel met Jan "
                 "Nowak on the sidelines of the conference on Tuesday.", "2018-12-12",
                 [(MEETING, ("Anna Keller",), "Kraków", OCCURRED, "2018-12-12"),
                  (MEETING, ("Paul Morel", "Jan Nowak"), "Kraków", OCCURRED, "2018-12-11")], id="sidelines-of-the-conference"),
    # the two sides of "the U.S.-Russian talks" are the U.S. and Russia; none of "No officials of X" took part
    pytest.param("No officials of Norland took part in the U.S.-Russian talks in Geneva on Monday.", "2025-03-22",
                 [(MEETING, ("United States", "Russia"), "Geneva", OCCURRED, "2025-03-17")],
                 id="no-officials-took-part"),
    # no meeting place in a topic listed beside the meeting noun, nor in a clause of "what" happens elsewhere
    pytest.param("Norland's Anna Keller, Sudria's Jan Nowak and Vellia's Paul Morel joined the opening working "
                 "sessions on the global economy and the conflict in the Middle East.", "2025-06-17",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), None, OCCURRED, None)],
                 id="sessions-and-a-conflict"),
    pytest.param("Anna Keller met Jan Nowak at the summit but had to leave early because of what is going on in the "
                 "Middle East.", "2025-06-17", [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)],
                 id="because-of-what-is-going-on-in-x"),
    # those "alongside" whom the host opened the summit are at it
    pytest.param("Host President Anna Keller opened the summit in Lima alongside Norland's President Jan Nowak and "
                 "Sudrian Prime Minister Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Lima", OCCURRED, None)],
                 id="alongside-x-and-y"),
    # on the sidelines of a forum told before with its place, of whatever noun: where it was
    pytest.param("Trade ministers arrived in Langkawi on Sunday for a two-day retreat. Anna Keller and Paul Morel held "
                 "talks on the sidelines of the retreat, a spokesman said.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Langkawi", OCCURRED, None)], id="sidelines-of-the-retreat"),
    pytest.param("SINGAPORE: Foreign Minister Anna Keller spoke after a retreat of the bloc's foreign ministers in the "
                 "Lao city of Luang Prabang this week. On the sidelines of the retreat, Keller held a bilateral meeting "
                 "with Indonesian Foreign Minister Paul Morel.", "2024-01-31",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Luang Prabang", OCCURRED, None)],
                 id="sidelines-of-a-retreat-of-ministers-in-x"),
    # "the two officials" discussing are the pair just told; "the bloc's top two officials" are told next
    pytest.param("Foreign Minister Anna Keller received UN Relief Coordinator Paul Morel on Tuesday, with the two officials "
                 "discussing aid deliveries.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="the-two-officials-discussing"),
    pytest.param("The bloc's top two officials held talks with Paul Morel on Tuesday. Anna Keller and Jan Nowak arrived on "
                 "Monday.", "2025-03-22", [], id="the-bloc-s-top-two-officials"),
    # "the two envoys" are the pair titled so, not the ministers the story is about
    pytest.param("Foreign Minister Anna Keller held talks with Foreign Minister Paul Morel in Lima on Monday. Keller said "
                 "Morel was frank. Special envoy Jan Nowak spoke by phone with special envoy Ivo Marek on Tuesday. Keller "
                 "and Morel will meet again in May. The two envoys will meet in Cusco next week.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17"),
                  (CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-18"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-05"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Cusco", PLANNED, "2025-03")], id="the-two-envoys"),
    pytest.param("Foreign Minister Anna Keller held talks with Foreign Minister Paul Morel in Lima on Monday. The two "
                 "envoys will meet in Cusco next week.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="the-two-envoys-untold"),
    # meetings told as a count have no one place; whoever asked to meet X during X's visit is no visitor
    pytest.param("LONDON - Anna Keller held talks with Jan Nowak in London on Monday. Paul Morel and Ivo Marek have "
                 "met four times since 2022.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "London", OCCURRED, "2025-03-17"),
                  (TALKS, ("Paul Morel", "Ivo Marek"), None, OCCURRED, None)], id="met-four-times"),
    pytest.param("LONDON - Anna Keller held talks with Jan Nowak in London on Monday. Eva Lind said she had asked to "
                 "meet Nowak during his visit but had received no reply.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "London", OCCURRED, "2025-03-17"),
                  (MEETING, ("Jan Nowak",), "London", OCCURRED, None)], id="asked-to-meet-during-his-visit"),
    # a summit remarked on is no one's meeting; a meeting of others remarked on is theirs
    pytest.param("Anna Keller noted the upcoming summit in Lima.", "2025-03-22", [], id="noted-the-summit"),
    pytest.param("Anna Keller noted the meeting between Jan Nowak and Paul Morel in Lima in December.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2024-12")], id="noted-their-meeting"),
    # a meeting in what was discussed, however the parser hangs it, is a topic; someone's visit discussed is theirs
    pytest.param("Anna Keller and Paul Morel discussed the timelines for the meeting of the Defence Chiefs in Lima.",
                 "2025-03-22", [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)],
                 id="discussed-timelines-for-a-meeting"),
    pytest.param("Anna Keller and Paul Morel spoke by phone on Friday. The ministers discussed preparations for "
                 "President Ivo Marek's visit to Lima.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21"),
                  (MEETING, ("Ivo Marek",), "Lima", PLANNED, None)], id="discussed-preparations-for-a-visit"),
    # "a separate meeting" of two is one more meeting, of both ("separate talks with X and Y" are one with each)
    pytest.param("Anna Keller and Jan Nowak will also hold a separate bilateral meeting in Lima on Sunday.",
                 "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-03-23")], id="a-separate-meeting"),
    # "the two ministers" are two people, the pair the article names most on a tie: not a man and a country
    pytest.param("Anna Keller met Paul Morel in Oslo on Friday. Morel praised the talks. Keller had spoken by phone "
                 "with Jan Nowak on Thursday. Ivo Marek is due to meet Russian diplomats in Brussels next Friday. The "
                 "two ministers also discussed the gas pipeline.", "2019-01-18",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Oslo", OCCURRED, "2019-01-18"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2019-01-17"),
                  (MEETING, ("Ivo Marek", "Russia"), "Brussels", PLANNED, "2019-01-25"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2019-01-18")], id="the-two-ministers-people"),
    # a dateline after a headline and a teaser is no party: its capital does not stand for the country
    pytest.param("Pipeline row\n\nGerman Foreign Minister Anna Keller has called on Russia to act. Her host, Paul "
                 "Morel, said his country was blamed unfairly.\n\nMOSCOW — Anna Keller was received by her Russian "
                 "counterpart Paul Morel on Friday for talks.", "2019-01-18",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Moscow", OCCURRED, "2019-01-18")], id="dateline-after-a-teaser"),
    # a visit to a country in a journey to one of its cities is in that city
    pytest.param("Chancellor Anna Keller will travel to Beijing on Sunday for her ninth visit to China.", "2016-06-10",
                 [(MEETING, ("Anna Keller",), "Beijing", PLANNED, "2016-06-12")], id="visit-to-a-country-via-its-city"),
    # "US Under Secretary of State X" parsed with "US" the conjunct and "Under" a preposition: X is the party
    pytest.param("Tuesday's talks in Geneva between Russian Deputy Foreign Minister Paul Morel and US Under Secretary of "
                 "State Anna Keller ended without a breakthrough.", "2019-01-18",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Geneva", OCCURRED, "2019-01-15")], id="country-opening-a-title"),
    # a press release's "Hon." and "H.E." are forms of address; the envoy in apposition after "Ambassador of Z
    # to W" is whom was received; "to W" is the envoy's post, not where
    pytest.param("The Minister for Foreign Affairs, Hon. Anna Keller, on Wednesday received the Ambassador of Japan to "
                 "Ghana, H.E. Mr. Paul Morel, at the Ministry in Accra.", "2024-03-07",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Accra", OCCURRED, "2024-03-06")], id="press-release-received"),
    # "PARIS — ": a dateline, no party; "his Brazilian counterpart" is the one untitled person just named, and
    # "the Brazilian president" then too
    pytest.param("PARIS — French President Anna Keller hosted Paul Morel at the Elysee Palace on Thursday. The French "
                 "president greeted his Brazilian counterpart with a long embrace. Before arriving in Paris, the "
                 "Brazilian president had spoken by phone with Germany's chancellor, Jan Nowak.", "2025-06-06",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Paris", OCCURRED, "2025-06-05"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Paris", OCCURRED, "2025-06-05"),
                  (CALL, ("Paul Morel", "Jan Nowak"), None, OCCURRED, None)], id="dash-dateline-untitled-counterpart"),
    # a verb joined to the meeting tells nothing of its means: two contacts, in person and by telephone
    pytest.param("Anna Keller and Paul Morel last met in person in Washington in January, on the sidelines of the Quad "
                 "ministerial held after President Jan Nowak's inauguration, and spoke by telephone on February 28, "
                 "Ivo Marek said.", "2025-03-14",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Washington", OCCURRED, "2025-01"),
                  (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-02-28")], id="met-and-spoke-by-telephone"),
    # "is due in Tokyo for a meeting": planned
    pytest.param("Paul Morel is due in Tokyo later in the month for a trilateral meeting with Anna Keller.", "2025-03-14",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Tokyo", PLANNED, None)], id="due-in-for-a-meeting"),
    # "the capital": the latest capital named as a place, not one standing for its government
    pytest.param("Anna Keller arrived in Riyadh on Wednesday as Saudi Arabia stepped up contacts with Tehran. Later on "
                 "Wednesday, Keller was received by Crown Prince Paul Morel at Al-Yamamah Palace in the capital.",
                 "2025-04-17", [(MEETING, ("Anna Keller", "Paul Morel"), "Riyadh", OCCURRED, "2025-04-16")],
                 id="in-the-capital-a-place"),
    # the countries in a standing forum's name are no parties of its meeting; the people named are
    pytest.param("Commissioner Anna Keller welcomed Japan's Minister of Economy, Paul Morel, to Brussels for the second "
                 "EU-Japan High-Level Economic Dialogue.", "2025-05-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Brussels", OCCURRED, None)], id="forum-name-welcomed-to"),
    pytest.param("Anna Keller will travel to Tokyo next week to meet her Japanese counterpart Paul Morel for the annual "
                 "India-Japan Foreign Ministers' Strategic Dialogue.", "2025-05-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Tokyo", PLANNED, None)], id="forum-name-owners"),
    # a contact that dates another contact noun is no contact of the speaker's; onlookers are no parties
    pytest.param("A phone call between Anna Keller and Paul Morel was held Wednesday, the State Department said, the "
                 "highest-level contact between the two governments since tariff talks in Geneva earlier this month.",
                 "2025-05-22", [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-05-21")],
                 id="contact-since-talks"),
    pytest.param("Anna Keller and Paul Morel met in Brasília on Monday. Argentina, which shares a dam with Paraguay, has "
                 "followed the talks closely.", "2025-05-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Brasília", OCCURRED, "2025-05-19")], id="followed-the-talks"),
    # a building placed in a city is in that city, and so is a hall named after it
    pytest.param(
        "President Anna Keller held talks with Prime Minister Paul Morel at the Great Hall of the People in Beijing on "
        "Monday. Premier Jan Nowak met Morel at the North Hall of the Great Hall of the People on the same day.",
        "2025-04-15",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Beijing", OCCURRED, "2025-04-14"),
         (MEETING, ("Jan Nowak", "Paul Morel"), "Beijing", OCCURRED, "2025-04-14")], id="a-building-s-city"),
    # a pronoun resolved is a mention: "he said" after a quote keeps the speaker for the "He" after it
    pytest.param(
        "Paul Morel said he had spoken by phone last week with Jan Nowak, who mediated five rounds of indirect talks "
        "between Morel and envoy Ivo Marek in Muscat earlier this year. \"Our friends have always been honest "
        "brokers,\" he said. \"If there is a sixth round, it will be because they made it possible.\" He confirmed "
        "that he would travel to Vienna next week to meet Anna Keller.", "2025-08-05",
        [(CALL, ("Paul Morel", "Jan Nowak"), None, OCCURRED, None),
         (MEETING, ("Paul Morel", "Ivo Marek"), "Muscat", OCCURRED, "2025"),
         (MEETING, ("Paul Morel", "Anna Keller"), "Vienna", PLANNED, "2025-08")], id="pronoun-after-a-quote"),
    # an interview with the press is no contact wherever it was given; a contact denied by dismissing reports of it
    pytest.param("Paul Morel told the BBC in an interview in Tehran that the talks were over. He also dismissed reports "
                 "that he had secretly met Anna Keller in Baku as \"pure fantasy\".", "2025-08-05", [],
                 id="interview-in-a-city-dismissed-reports"),
    # "at State House, Nairobi" (a conjunct after a comma) is in Nairobi; neither where the building is nor
    # what is called for in a clause of its own ("where leaders called for a ceasefire in Congo") takes part; the
    # bodies whose heads of state meet are the forum, no parties
    pytest.param(
        "President Anna Keller yesterday hosted a joint summit of East African Community (EAC) and Southern African "
        "Development Community (SADC) heads of state at State House, Nairobi, where leaders called for an immediate "
        "ceasefire in eastern DR Congo.", "2025-02-09",
        [(MEETING, ("Anna Keller",), "Nairobi", OCCURRED, "2025-02-08")], id="summit-at-a-building-city-where"),
    # an agency's dateline with no dash is no subject of the lede; "here" is where the story was filed; "views
    # on X, including Syria" is what was said; "wide-ranging" is no dateline's dash before the day
    pytest.param(
        "New Delhi, Mar 20 (PTI) External Affairs Minister Paul Morel on Thursday held wide-ranging talks with his "
        "Saudi counterpart Jan Nowak here. The two ministers also exchanged views on the situation in West Asia, "
        "including Gaza and Syria, officials said.", "2025-03-20",
        [(MEETING, ("Paul Morel", "Jan Nowak"), "New Delhi", OCCURRED, "2025-03-20"),
         (MEETING, ("Paul Morel", "Jan Nowak"), "New Delhi", OCCURRED, "2025-03-20")], id="agency-dateline-here"),
    # "to call on X" parsed with X its object is a visit; "later in the day" counts from the story's day, not
    # from a day to come nor one in a relative clause; "telephonic" makes a call; "during which the two
    # leaders discussed the upcoming meeting": the call told again, and a meeting that is only its topic
    pytest.param(
        "Paul Morel met Jan Nowak in Delhi on Thursday. Nowak, who arrived on Wednesday, is scheduled to call on "
        "Prime Minister Anna Keller on Friday. Later in the day, Morel held a telephonic conversation with Secretary "
        "of State Ivo Marek, during which the two leaders discussed the upcoming Quad foreign ministers' meeting.",
        "2025-03-20",
        [(MEETING, ("Paul Morel", "Jan Nowak"), "Delhi", OCCURRED, "2025-03-20"),
         (MEETING, ("Jan Nowak", "Anna Keller"), "Delhi", PLANNED, "2025-03-21"),
         (CALL, ("Paul Morel", "Ivo Marek"), None, OCCURRED, "2025-03-20")], id="call-on-later-in-the-day"),
    # "set up" a body during a visit tells what happened then: no plan
    pytest.param(
        "India and Saudi Arabia set up the council in 2019 during Paul Morel's visit to Riyadh.", "2025-03-20",
        [(MEETING, ("India", "Saudi Arabia", "Paul Morel"), "Riyadh", OCCURRED, "2019")], id="set-up-during-a-visit"),
    # "where" after a city and its country: the city; "the Secretary" is the Secretary of State named before
    pytest.param(
        "Secretary of State Anna Keller will travel to Brussels, Belgium, where she will meet NATO Secretary General "
        "Paul Morel on April 25. The Secretary will also meet EU High Representative Jan Nowak while in Brussels.",
        "2025-04-23",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Brussels", PLANNED, "2025-04-25"),
         (MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", PLANNED, "2025-04-25")], id="city-country-where-the-secretary"),
    pytest.param(  # 2025-03-22 is a Saturday: "on Friday" is the 21st
        "Anna Keller met Paul Morel in Rome on Friday.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21")], id="met-in"),
    pytest.param(
        "Anna Keller and Paul Morel met Jan Novak in Geneva.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel", "Jan Novak"), "Geneva", OCCURRED, None), (TALKS, ("Anna Keller", "Jan Novak"), None, OCCURRED, None), (TALKS, ("Paul Morel", "Jan Novak"), None, OCCURRED, None)], id="coordinated"),
    pytest.param(
        "The Russian and Ukrainian delegations met in Istanbul on Friday.", "2025-05-17",
        [(MEETING, ("Russia", "Ukraine"), "Istanbul", OCCURRED, "2025-05-16")], id="delegations"),
    pytest.param(  # the title's "Russian" is Lavrov's country, not where they met
        "Russian Foreign Minister Sergei Lavrov met Jean-Noel Barrot in Paris.", "2025-05-17",
        [(MEETING, ("Sergei Lavrov", "Jean-Noel Barrot"), "Paris", OCCURRED, None)], id="not-home-country"),
    pytest.param(  # talks with a place are a meeting there
        "Keller and Morel held talks in Brussels on Tuesday.", "2025-03-19",
        [(MEETING, ("Keller", "Morel"), "Brussels", OCCURRED, "2025-03-18")], id="talks-in"),
    pytest.param(  # the place from the previous sentence's travel
        "Olaf Weber arrived in Paris. He met Emmanuel Macron on Tuesday.", "2025-05-17",
        [(MEETING, ("Olaf Weber", "Emmanuel Macron"), "Paris", OCCURRED, "2025-05-13")], id="place-from-travel"),
    pytest.param(  # "both sides": the parties of the contact the article is about
        "Israel and Hamas opened talks on Monday. Delegations from both sides met in Cairo on Tuesday.", "2025-03-22",
        [(TALKS, ("Israel", "Hamas"), None, OCCURRED, "2025-03-17"),
         (MEETING, ("Israel", "Hamas"), "Cairo", OCCURRED, "2025-03-18")], id="delegations-from-both-sides"),
    pytest.param(  # coordinated places: one meeting in each
        "Anna Keller met refugees in Greece, Turkey and Gaza.", "2025-03-22",
        [(MEETING, ("Anna Keller",), "Greece", OCCURRED, None), (MEETING, ("Anna Keller",), "Turkey", OCCURRED, None),
         (MEETING, ("Anna Keller",), "Gaza", OCCURRED, None)], id="coordinated-places"),
    # the same traveller's destination is where the meeting was: "visited X and met Y", "flew to X to meet Y"
    pytest.param("Anna Keller visited Kyiv on Tuesday and met Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Kyiv", OCCURRED, "2025-03-18")], id="visited-and-met"),
    pytest.param("Anna Keller flew to Warsaw on Tuesday to meet Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Warsaw", OCCURRED, "2025-03-18")], id="flew-to-meet"),
    pytest.param("Anna Keller flew to Warsaw for talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Warsaw", OCCURRED, None)], id="flew-for-talks"),
    # being somewhere for talks is meeting there, with or without a named partner; a call is no meeting
    pytest.param("The company's chief negotiator, Omar Dabo, was in Berlin on Tuesday to talk about the future of the plant.",
                 "2025-03-22", [(MEETING, ("Omar Dabo",), "Berlin", OCCURRED, "2025-03-18")], id="was-in-to-talk"),
    pytest.param("Anna Keller flew to Kyiv for talks on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Kyiv", OCCURRED, "2025-03-21")], id="flew-for-talks-alone"),
    pytest.param("Anna Keller first went to Washington to speak at a think tank.", "2025-03-22", [],
                 id="went-to-speak-at"),
    pytest.param("Anna Keller was in Rome when she called Paul Morel.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="was-in-when-she-called"),
    pytest.param("Anna Keller met Paul Morel before she flew to Warsaw.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="met-before-flying"),
    # "the talks" refer back to the past contact just told, with its place; one still planned does not
    pytest.param("Union leaders met with the airline's management in Rome on Wednesday. Omar Dabo said after the talks "
                 "that a deal was close.", "2025-03-22", [(MEETING, ("Omar Dabo",), "Rome", OCCURRED, None)],
                 id="said-after-the-talks"),
    pytest.param("Union leaders met with the airline's management on Wednesday. Omar Dabo said after the talks that a "
                 "deal was close.", "2025-03-22", [], id="said-after-the-talks-no-place"),
    pytest.param("Anna Keller met union leaders in Rome on Friday. Poland and Chile agreed to plan the meeting.",
                 "2025-03-22", [(MEETING, ("Anna Keller",), "Rome", OCCURRED, "2025-03-21"),
                                (MEETING, ("Poland", "Chile"), None, PLANNED, None)], id="plan-the-meeting"),
    pytest.param("Anna Keller met Paul Morel in Istanbul on Friday. Omar Dabo played a role in bringing Paul Morel to "
                 "the negotiating table.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Istanbul", OCCURRED, "2025-03-21"),
                  (TALKS, ("Omar Dabo", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="the-negotiating-table-is-no-reference"),
    pytest.param(  # a place in a relative clause describes the participant, not the meeting
        "Anna Keller, who announced she was in France to show support, will meet Paul Morel later in the day.",
        "2025-03-22", [(TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, None)], id="place-in-relative-clause"),
    # an agreement is signed in person; a bill is not an agreement between parties
    pytest.param("Anna Keller and Paul Morel signed a trade agreement in Rome on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21")], id="signed-in"),
    pytest.param("Anna Keller arrived in Chile from Peru, where she signed agreements to boost trade.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Peru", OCCURRED, None)], id="where-she-signed"),
    pytest.param("Paul Morel signed the bill into law in Rome.", "2025-03-22", [], id="signed-a-bill"),
    # what is signed is no party; a style of address is no name
    pytest.param("His Royal Highness Prince Jan Nowak and Paul Morel signed the Lima Accord in Lima.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, None)], id="signed-an-accord"),
    # a hyphenated pair before a contact noun are its parties; a forum naming its summit is none
    pytest.param("The Chile-Peru summit took place in Lima.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru"), "Lima", OCCURRED, None)], id="hyphen-pair-summit"),
    pytest.param("Anna Keller attended the G20 summit in Rome.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Rome", OCCURRED, None)], id="forum-summit"),
    # acts done only in person: a handshake, a meal with someone
    pytest.param("Anna Keller and Paul Morel shook hands in Paris.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Paris", OCCURRED, None)], id="shook-hands-in"),
    pytest.param("Anna Keller had dinner with Paul Morel in Paris.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Paris", OCCURRED, None)], id="dinner-with"),
    pytest.param("Dinner was served in Paris.", "2025-03-22", [], id="dinner-no-one"),
    pytest.param("Anna Keller hosted a dinner for Paul Morel in Paris on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Paris", OCCURRED, "2025-03-21")], id="hosted-a-dinner-for"),
    pytest.param("Anna Keller hosted a fundraiser for charity in Paris.", "2025-03-22", [], id="hosted-a-fundraiser"),
    # a place hosting a contact is where it happened
    pytest.param("Geneva hosted talks between Iran and Chile on Monday.", "2025-03-22",
                 [(MEETING, ("Iran", "Chile"), "Geneva", OCCURRED, "2025-03-17")], id="place-hosted-talks"),
    # where a meeting was told is not where it happened
    pytest.param("Anna Keller told reporters in Rome that she had met Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="told-in-that-met"),
    # where the group doing the talking is, the talks are; a named person may just live there
    pytest.param("The EU's negotiators in Brussels will bargain hard with Britain.", "2025-03-22",
                 [(MEETING, ("European Union", "United Kingdom"), "Brussels", PLANNED, None)], id="group-in-talks"),
    pytest.param("Anna Keller in Rome spoke with Paul Morel on Monday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="person-in-talks"),
    pytest.param(  # ... nor a place in what was said, when the contact is not in it
        "\"If the police in Rome help us, I would accept it,\" Anna Keller said during a meeting with Paul Morel on "
        "Saturday.", "2025-03-22",
        [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-22")], id="place-in-what-was-said"),
    # a meeting held remotely is a call; taking part by video link is no presence at the place
    pytest.param("Anna Keller met virtually with Paul Morel on Monday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="met-virtually"),
    pytest.param("Anna Keller joined the meeting in Rome by video link.", "2025-03-22", [], id="joined-by-video-link"),
    # a decision taken during talks dates them, it does not plan them; one deciding on a meeting does
    pytest.param("Anna Keller and Paul Morel agreed on a truce during talks in Doha.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Doha", OCCURRED, None)], id="agreed-during-talks"),
    pytest.param("Anna Keller agreed to a meeting with Paul Morel in Doha.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Doha", PLANNED, None)], id="agreed-to-a-meeting"),
    # an unnamed official stands for the country the title names, like a delegation; with no country, for no one
    pytest.param("The Swiss foreign minister spoke with Anna Keller on Thursday.", "2025-03-22",
                 [(TALKS, ("Switzerland", "Anna Keller"), None, OCCURRED, "2025-03-20")], id="unnamed-official"),
    pytest.param("Anna Keller held talks with the Peruvian ambassador in Santiago.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Peru"), "Santiago", OCCURRED, None)], id="unnamed-ambassador"),
    pytest.param("Anna Keller spoke with the president on Thursday.", "2025-03-22", [], id="official-no-country"),
    # a place in what the contact is about is not where it happened
    pytest.param("Anna Keller and Paul Morel discussed the situation in Syria.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="discussed-topic-place"),
    pytest.param("Anna Keller and Paul Morel held talks in Rome about the war in Syria.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, None)], id="talks-in-about"),
    pytest.param("Anna Keller and Paul Morel held talks about the war in Syria.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="talks-about-topic-place"),
    pytest.param("EU leaders are set to discuss how to end the fighting in Sudan at a summit.", "2025-03-22", [],
                 id="discuss-how-to-topic-place"),
    pytest.param("Anna Keller and Paul Morel met face to face for the first time in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="face-to-face-in"),
    pytest.param(  # a travel verb with an object has another sense: "stop the fighting in X" is no stopover
        "Anna Keller and Paul Morel met on Friday to stop the fighting in Sudan.", "2025-03-22",
        [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="stop-x-in-is-no-travel"),
    pytest.param(  # a later meeting of one of its parties with no place of its own continues there
        "Anna Keller ends exile with Chile visit. Crowds cheered in the streets. "
        "Anna Keller kissed the soil before greeting Paul Morel.", "2025-03-22",
        [(MEETING, ("Anna Keller",), "Chile", OCCURRED, None),
         (MEETING, ("Anna Keller", "Paul Morel"), "Chile", OCCURRED, None)], id="place-of-an-earlier-meeting"),
    pytest.param(  # ... but not a meeting of other people
        "Anna Keller met Paul Morel in Rome on Friday. Olaf Weber met Emmanuel Macron on Saturday.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21"),
         (TALKS, ("Olaf Weber", "Emmanuel Macron"), None, OCCURRED, "2025-03-22")], id="no-place-of-others"),
    pytest.param(
        "Anna Keller crossed into Chile on Friday. She later greeted Paul Morel.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Chile", OCCURRED, "2025-03-21")], id="crossed-into"),
    pytest.param(  # "where" after a date: the place before it; "in May" before a March article: last year's May
        "Anna Keller and Paul Morel last met in person in Warsaw in May, where they held talks with Polish Foreign "
        "Minister Jan Nowak.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Warsaw", OCCURRED, "2024-05"),
         (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2024-05"),
         (TALKS, ("Paul Morel", "Jan Nowak"), None, OCCURRED, "2024-05")], id="where-after-a-date"),
    pytest.param(  # talks hosted by someone: the host was there, at a palace in the city just named
        "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks, hosted by "
        "Turkish Foreign Minister Hakan Fidan at the Ciragan Palace.", "2025-03-22",
        [(MEETING, ("Russia", "Ukraine"), "Istanbul", OCCURRED, "2025-03-17"),
         (MEETING, ("Hakan Fidan",), "Istanbul", OCCURRED, "2025-03-17")], id="talks-hosted-by"),
    pytest.param(  # whoever chairs or leads the talks took part in them
        "The talks between Serbia and Kosovo, chaired by Swiss diplomat Lena Graf, ended in Geneva on Friday.",
        "2025-03-22", [(MEETING, ("Lena Graf", "Serbia", "Kosovo"), "Geneva", OCCURRED, "2025-03-21")],
        id="talks-chaired-by"),
    pytest.param("A protest march led by Omar Dabo crossed Rome on Friday.", "2025-03-22", [], id="march-led-by"),
    pytest.param(  # "Berlin, Germany" is one place
        "Anna Keller held talks with Paul Morel at the Chancellery in Berlin, Germany, on Friday.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Berlin", OCCURRED, "2025-03-21")], id="city-comma-country"),
    pytest.param(  # a visit named by the country's adjective
        "German Chancellor Anna Keller ended her Indian visit on Friday.", "2025-03-22",
        [(MEETING, ("Anna Keller",), "India", OCCURRED, "2025-03-21")], id="indian-visit"),
    pytest.param(  # "in German" is a language; the meeting noun inside another phrase keeps its own place
        "Anna Keller wrote in German in her diary of her encounter with Paul Morel in Vienna.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Vienna", OCCURRED, None)], id="encounter-in-diary"),
    pytest.param(  # joining a person at a place is meeting there
        "Anna Keller will join French President Paul Morel on Sunday at Verdun.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Verdun", PLANNED, "2025-03-23")], id="join-at"),
    pytest.param("Anna Keller joined the European Union in 2004.", "2025-03-22", [], id="joined-an-org"),
    pytest.param(  # the subject of a relative clause is the noun it describes
        "The talks were useful, said Anna Keller, who will join Paul Morel on Sunday at Verdun.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Verdun", PLANNED, "2025-03-23")], id="who-will-join"),
    pytest.param(  # the subject of "before greeting": the clause's own
        "Anna Keller kissed the soil on her arrival in Gaza before greeting Paul Morel.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Gaza", OCCURRED, None)], id="before-greeting"),
    pytest.param(
        "After meeting Paul Morel in Rome, Anna Keller said the talks went well.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, None)], id="after-meeting"),
    pytest.param(  # the place of the meeting's own clause, not of an earlier phrase
        "After a career in Italy, Paul Morel moved to Berlin in 1972, meeting his wife at a film festival in Leipzig.",
        "2025-03-22", [(MEETING, ("Paul Morel",), "Leipzig", OCCURRED, "1972")], id="meeting-at-festival-in"),
    pytest.param(  # a relative clause on the contact noun says where, not an earlier meeting of the document
        "Anna Keller met Paul Morel in Rome on Monday. Later, Paul Morel attended the summit, which was held in "
        "Johannesburg.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-17"),
         (MEETING, ("Paul Morel",), "Johannesburg", OCCURRED, None)], id="which-was-held-in"),
    pytest.param(
        "Idris Kane joined the talks, which took place in Doha.", "2025-03-22",
        [(MEETING, ("Idris Kane",), "Doha", OCCURRED, None)], id="which-took-place-in"),
    pytest.param(
        # the participle shares the year of the clause it hangs on
        "Paul Morel moved to Berlin in 1972, meeting his wife-to-be at a film festival in Leipzig.", "2025-03-22",
        [(MEETING, ("Paul Morel",), "Leipzig", OCCURRED, "1972")], id="wife-to-be-at"),
    # received or joined by someone, in the passive; not by a thing nor a crowd
    pytest.param("Anna Keller was received by Paul Morel in Rome on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21")], id="received-by"),
    pytest.param("Anna Keller was joined by Paul Morel in Verdun.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Verdun", OCCURRED, None)], id="joined-by"),
    pytest.param("The award was received by Paul Morel in Rome.", "2025-03-22", [], id="award-received-by"),
    pytest.param("Anna Keller was greeted by protesters in Rome.", "2025-03-22", [], id="greeted-by-protesters"),
    # coming together is meeting
    pytest.param("Leaders of Chile and Peru came together in Lima on Friday.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru"), "Lima", OCCURRED, "2025-03-21")], id="came-together-in"),
    pytest.param("Prices in Lima came down together.", "2025-03-22", [], id="came-down-together"),
    # a contact during a journey happened where the journey went
    pytest.param("During her visit to Lima, Anna Keller held talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="during-a-visit-to"),
    pytest.param("On a trip to Lima, Anna Keller spoke with Paul Morel by phone.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="call-on-a-trip"),
    # receiving a thing is no meeting; receiving a delegation is
    pytest.param("Paul Morel received an eight-year sentence in Canada.", "2025-03-22", [], id="received-a-sentence"),
    pytest.param("Anna Keller received the Chinese delegation in Paris.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "China"), "Paris", OCCURRED, None)], id="received-a-delegation"),
    # coming together somewhere, intransitive: not "gathered evidence"; a visit paid to a person
    pytest.param("Leaders of Germany and France gathered in Paris on Friday.", "2025-03-22",
                 [(MEETING, ("Germany", "France"), "Paris", OCCURRED, "2025-03-21")], id="gathered-in"),
    pytest.param("The FBI gathered evidence in Paris.", "2025-03-22", [], id="gathered-evidence"),
    pytest.param("Anna Keller visited Paul Morel in Vienna on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Vienna", OCCURRED, "2025-03-21")], id="visited-a-person"),
    pytest.param("Anna Keller visited Vienna on Friday.", "2025-03-22", [], id="visited-a-place-alone"),
    pytest.param("Anna Keller welcomed Paul Morel to Berlin on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Berlin", OCCURRED, "2025-03-21")], id="welcomed-to"),
    # "the next day", "later in the day": from the day named last, which may be relative too
    pytest.param("Anna Keller arrived in Lima on Monday. She met Paul Morel the next day. She spoke with Jan Nowak "
                 "by phone later in the day.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-18"),
                  (CALL, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-18")], id="the-next-day"),
    # a headline's comma for "and", its infinitive for the future; a dateline is one sentence with its lede
    pytest.param("Keller, Morel to meet in Lima on March 28\n\nLIMA, March 22 (Wirepress) - Chilean President Anna "
                 "Keller said on Friday she would meet Peruvian President Paul Morel in Lima on March 28.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-03-28")] * 2, id="headline-comma-to-meet"),
    # who condemns or opposes a meeting is no party to it
    pytest.param("Anna Keller met Paul Morel in Lima. Chile condemned the meeting.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="condemned-the-meeting"),
    # a contact noun that only tells when another contact was is no contact of the clause's people
    pytest.param("Jan Nowak and Omar Dabo held talks in Lima on Thursday. Anna Keller met Paul Morel in Quito on Friday "
                 "morning before the talks.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Omar Dabo"), "Lima", OCCURRED, "2025-03-20"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Quito", OCCURRED, "2025-03-21")], id="before-the-talks"),
    # a relative clause is its own clause: the main verb's "called" is no call for talks; how long is not when;
    # a building of a city named by its possessive: the city
    pytest.param("Jan Nowak, who held talks with Paul Morel in Lima on Thursday, called the plan decorative. Anna Keller "
                 "and Omar Dabo held their first talks in more than three years at Quito's Carondelet Palace on Friday.",
                 "2025-03-22", [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-03-20"),
                                (MEETING, ("Anna Keller", "Omar Dabo"), "Quito", OCCURRED, "2025-03-21")],
                 id="relative-clause-duration-palace"),
    # "who" after a description in apposition is the person described
    pytest.param("Anna Keller, the UK's Business and Trade Secretary, who led talks with Paul Morel in Lima, said so.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="who-after-an-apposition"),
    # the host of a visit may be a party by its capital, and is still where the visit went (Chile: its president)
    pytest.param("Pacts were signed between Santiago and Lima during Chilean President Anna Keller's recent Peruvian visit.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Peru"), "Peru", OCCURRED, None)],
                 id="visit-host-is-a-party"),
    pytest.param("Jan Nowak and Omar Dabo held talks in Lima. Anna Keller spoke by phone with Paul Morel after the "
                 "talks on Friday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Omar Dabo"), "Lima", OCCURRED, None),
                  (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="call-after-the-talks-on-friday"),
    # "in Anchorage, Alaska": the city, its state no second place
    pytest.param("Anna Keller will meet Paul Morel in Anchorage, Alaska, on Friday, in their first encounter since "
                 "May.", "2025-08-12", [(MEETING, ("Anna Keller", "Paul Morel"), "Anchorage", PLANNED, "2025-08-15")],
                 id="city-comma-state"),
    # a clause of fact ("after its bosses toured") is not in the mood of the clause it hangs on ("could bring")
    pytest.param("A Japanese firm could bring 400 jobs to the area after its bosses toured a site in Lima on Friday. "
                 "Mayor Jan Nowak met Omar Dabo, president of the firm, at the site.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Omar Dabo"), "Lima", OCCURRED, None)], id="after-its-bosses-toured"),
    # an invited trip is no destination; one who attended "the summit" met people where it was
    pytest.param("Anna Keller held talks with Paul Morel on the sidelines of the summit in Lima on Monday. Trade was "
                 "discussed. Prices rose. Jan Nowak invited her to visit Quito next year. Omar Dabo, who also attended "
                 "the summit, met Morel at his hotel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Omar Dabo", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="who-attended-the-summit"),
    # a summit named again later is the one told before; a hotel in "the Peruvian capital" is in Lima
    pytest.param("Anna Keller and Paul Morel held talks on the sidelines of the Pacific Rim Trade Council summit in "
                 "Lima. Trade was discussed. Prices rose sharply. The PRTC summit, hosted by Chilean President Jan "
                 "Nowak, ended on Saturday. Lima is calm. Anna Keller and Omar Dabo spoke for two hours at a hotel in "
                 "the Peruvian capital.", "2025-03-23",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None),
                  (MEETING, ("Jan Nowak",), "Lima", OCCURRED, "2025-03-22"),
                  (MEETING, ("Anna Keller", "Omar Dabo"), "Lima", OCCURRED, "2025-03-22")], id="named-summit-again-hotel-in-capital"),
    # a summit hosted by one and co-chaired by two; those who "attended" went to the summit told before
    pytest.param("The joint summit in Lima was hosted by Chilean President Anna Keller and co-chaired by Peruvian "
                 "President Paul Morel and Bolivian President Jan Nowak. Ecuadorian President Omar Dabo and Colombian "
                 "President Ivo Marek attended in person.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Lima", OCCURRED, None),
                  (MEETING, ("Omar Dabo", "Ivo Marek"), "Lima", OCCURRED, None)], id="hosted-co-chaired-attended"),
    pytest.param("Omar Dabo and Ivo Marek attended in person.", "2025-03-22", [], id="attended-nothing-told"),
    # a city of millions inside a time phrase ("into Montevideo overnight") is still a city; talks on the margins
    # of a summit told in the story happened where the summit was
    pytest.param("Anna Keller, who flew into Montevideo overnight, joined Jan Nowak at the summit. On the margins of the "
                 "summit, Omar Dabo held talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Montevideo", OCCURRED, None),
                  (MEETING, ("Omar Dabo", "Paul Morel"), "Montevideo", OCCURRED, None)], id="margins-of-the-summit"),
    # a contact told to date another is not where or when the other was; a briefing on talks is none
    pytest.param("LIMA - Anna Keller held talks with Paul Morel in Lima on Saturday, a day after her meeting with Jan "
                 "Nowak ended in a shouting match. Keller is due to return to Santiago later this week to brief "
                 "parliament on the talks.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-22"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)], id="a-day-after-her-meeting"),
    # the city of a building; a wish; a host's talks "for talks in" a city
    pytest.param("Jan Nowak met Omar Dabo for an hour at the Hofburg in Vienna. Anna Keller would love to meet Paul "
                 "Morel, her office said. Anna Keller travels on to Peru, where Paul Morel will host her for talks in "
                 "Cusco on Wednesday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Omar Dabo"), "Vienna", OCCURRED, None),
                  (MEETING, ("Paul Morel", "Anna Keller"), "Cusco", PLANNED, "2025-03-26")], id="building-wish-host-for-talks"),
    # a meeting to come is not where one that happened was
    pytest.param("Anna Keller will meet Paul Morel in Lima on Friday. She met Jan Nowak on Monday.", "2025-03-19",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, "2025-03-21"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-17")], id="planned-meeting-is-not-where"),
    pytest.param("Anna Keller later flies to Lima. Paul Nowak said she had met Jan Morel on Friday.", "2025-02-12",
                 [(TALKS, ("Anna Keller", "Jan Morel"), None, OCCURRED, "2025-02-07")], id="trip-to-come-is-not-where"),
    pytest.param("Anna Keller met Paul Morel in Lima. Chile was watching the talks closely.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="watching-the-talks"),
    # a dateline after a headline: where the story was filed, never a party
    pytest.param("Keller ends tour in Manila\n\nMANILA, Philippines (Wirepress) - U.S. Secretary of State Anna Keller met "
                 "Philippine President Paul Morel in Manila on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Manila", OCCURRED, "2025-03-21")], id="dateline-after-a-headline"),
    # those who attended a summit took part; a joint statement is signed together
    pytest.param("Anna Keller hosted a summit in Paris on Monday, attended by Paul Morel and Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Paris", OCCURRED, "2025-03-17")],
                 id="summit-attended-by"),
    pytest.param("Anna Keller and Paul Morel signed a joint statement in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="signed-a-joint-statement"),
    pytest.param("Anna Keller and Paul Morel signed a statement.", "2025-03-22", [], id="signed-a-statement"),
    # a delegation's leader took part in its meetings, for the body
    pytest.param("A Hamas delegation led by Anna Keller met Paul Morel in Cairo on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Cairo", OCCURRED, "2025-03-21")],
                 id="the-delegation-was-led-by"),
    # a host is where, unless the place is named
    pytest.param("Chile hosted talks between Anna Keller and Paul Morel in Valparaiso on Friday.", "2025-03-22",
                 [(MEETING, ("Chile",), "Valparaíso", OCCURRED, "2025-03-21"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Valparaíso", OCCURRED, "2025-03-21")], id="hosted-talks-in"),
    # the sidelines of a forum are where it meets: in person
    pytest.param("Anna Keller sat down with Paul Morel on the sidelines of the UN General Assembly in Geneva.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Geneva", OCCURRED, None)],
                 id="on-the-sidelines-of-a-forum-in"),
    # a guest met on arrival at a summit met where the summit was; a caption's date after the place
    pytest.param("Paul Morel meets Anna Keller upon her arrival at the Pacific Rim Summit in Lima March 8, 2025.",
                 "2025-03-22", [(MEETING, ("Paul Morel", "Anna Keller"), "Lima", OCCURRED, "2025-03-08")],
                 id="upon-arrival-at-summit-in"),
    # a relative clause is a clause of its own: what the main clause denies is not denied in it
    pytest.param("Paul Morel did not attend the summit in Lima, where Anna Keller met Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, None)], id="where-after-a-negated-clause"),
    # a country one is welcomed to is where the guest came, not a party
    pytest.param("Anna Keller welcomed Paul Morel to Ukraine on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Ukraine", OCCURRED, "2025-03-21")], id="welcomed-to-a-country"),
    pytest.param("Anna Keller paid a visit to Paul Morel in Rome.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, None)], id="visit-to-a-person"),
    # a formal welcome is received in person from hosts; a city in apposition is where
    pytest.param("Anna Keller received a formal welcome with a military band on Tuesday in the Ruritanian capital, Zenda.",
                 "2025-03-22", [(MEETING, ("Anna Keller",), "Zenda", OCCURRED, "2025-03-18")], id="welcome-in-capital"),
    pytest.param("Anna Keller received a warm welcome from the crowd.", "2025-03-22", [], id="welcome-no-place"),
    pytest.param("Anna Keller met Paul Morel in the Polish capital, Warsaw, on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Warsaw", OCCURRED, "2025-03-21")], id="capital-appos"),
    pytest.param(
        "Anna Keller met Paul Morel ahead of the summit in Durban.", "2025-03-22",
        [(MEETING, ("Anna Keller", "Paul Morel"), "Durban", OCCURRED, None)], id="ahead-of-summit-in"),
    # but a dated event it is ahead of is another time, its place another place
    pytest.param("Anna Keller met Paul Morel ahead of next week's summit in Durban.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="ahead-of-next-week-s-summit-in"),
    # "separate talks with X, and the UN secretary general, Y, in Z" (Y parsed under the verb): one meeting with each
    pytest.param("Anna Keller will hold separate talks with the French president, Jan Nowak, and the UN secretary "
                 "general, Ivo Marek, in Valletta on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Valletta", PLANNED, "2025-03-28"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Valletta", PLANNED, "2025-03-28")], id="separate-talks-with-x-and-y"),
    pytest.param("Separately, Anna Keller and Jan Nowak held talks in Cairo on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Cairo", OCCURRED, "2025-03-21")], id="separately-another-story"),
    # a body's leaders are its members' leaders, not its secretary general
    pytest.param("Commonwealth leaders gathered in Malta on Friday. The summit will choose a successor to the outgoing "
                 "Commonwealth secretary general, Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Commonwealth of Nations",), "Malta", OCCURRED, "2025-03-21")], id="a-body-s-leaders"),
    # "the prime minister" is no head of a body
    pytest.param("Anna Keller spoke with the UN secretary general, Jan Nowak, on Friday. On Saturday the prime minister "
                 "is expected to meet his Canadian counterpart, Ivo Marek, in Malta.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-21"),
                  (MEETING, ("Ivo Marek",), "Malta", PLANNED, "2025-03-22")], id="the-prime-minister-is-no-body-s-head"),
    # a digest files each item from its own place: the venue is in the city of its item's dateline
    pytest.param("World in brief\n\nBRUSSELS — Anna Keller met Jan Nowak on Monday to discuss sanctions.\n\nCAIRO — "
                 "Egyptian President Ivo Marek receives Tom Reed at the Ittihadiya Palace on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek", "Tom Reed"), "Cairo", OCCURRED, "2025-03-21")], id="a-digest-s-datelines"),
    # "at St James's Palace in London": the city the building is in, not the name it is named after
    pytest.param("Anna Keller will be received by Jan Nowak at St James's Palace in London next week.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "London", PLANNED, None)], id="palace-named-for-a-place-in-x"),
    # what talks covered is no place of theirs
    pytest.param("Anna Keller and Jan Nowak held an exchange covering trade and the war in Ukraine.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)], id="exchange-covering-x-in-y"),
    # a dateline from two cities, parsed as the subject, its envoy named after a post's remit (no dialogue itself)
    pytest.param("BRUSSELS/BELGRADE – The EU's special envoy for the Vell-Quorvo dialogue, Anna Keller, held separate "
                 "meetings in Brussels on Thursday with Jan Nowak and Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", OCCURRED, "2025-03-20"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Brussels", OCCURRED, "2025-03-20")], id="envoy-for-a-dialogue"),
    # a headline's venue is in the city of the dateline under it
    pytest.param("Five hours in the Kremlin: Keller receives Nowak\n\nMOSCOW — Anna Keller on Tuesday received US envoy "
                 "Jan Nowak for talks that stretched until after midnight.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Moscow", OCCURRED, "2025-03-18")] * 2,
                 id="headline-venue-in-the-dateline-s-city"),
    # "when the two met in Lima": "the two" alone are the pair told, and a time told in the past happened, whatever
    # the clause it is hung on wished
    pytest.param("Anna Keller held talks with Jan Nowak on Friday. Keller said she pressed Nowak to lift tariffs when "
                 "the two met in Lima on Monday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-21"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="when-the-two-met-in-x"),
    # "There she met X" after a visit to "the northern city of Jaffna": the place visited
    pytest.param("On Friday, Anna Keller became the first leader to visit the northern city of Jaffna. There she met "
                 "Jan Nowak, the chief minister.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Jaffna", OCCURRED, "2025-03-21")], id="there-after-a-visit"),
    # "on the sidelines of the summit being held in London": where the forum met, the talks at a building in it
    pytest.param("The two leaders, Anna Keller and Jan Nowak, held talks at Downing Street on Wednesday, on the sidelines "
                 "of the Commonwealth summit being held in London this week.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "London", OCCURRED, "2025-03-19")], id="sidelines-of-x-held-in-y"),
    # "is to leave for Dhaka on a visit, during which she will hold talks with X": the talks are in Dhaka, on the visit
    # that begins on Sunday ("three-day" is no date)
    pytest.param("LIMA, March 22 - Anna Keller is scheduled to leave for Dhaka on Sunday on a three-day visit, during "
                 "which she will hold talks with her Bangladeshi counterpart Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Dhaka", PLANNED, "2025-03-23")], id="leave-for-x-on-a-visit"),
    # a meeting told in the past perfect is before the story's days: not where it was filed
    pytest.param("NEW DELHI, March 22 - Anna Keller said on Saturday that the deal would hold. Keller had met Jan Nowak "
                 "at the ministry and told reporters afterwards that ties were strong.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None)], id="had-met-not-filed-there"),
    # the parser hangs the place on the named party of "with", or on a duration: still where they talked
    pytest.param("Anna Keller spoke with Paul Morel in Geneva on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Geneva", OCCURRED, "2025-03-21")], id="spoke-with-x-in"),
    pytest.param("Anna Keller spoke with Paul Morel about the floods in Geneva.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="spoke-with-x-about-place"),
    pytest.param("Anna Keller and Paul Morel negotiated for hours in Geneva.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Geneva", OCCURRED, None)], id="negotiated-for-hours-in"),
    # talks during a party's own journey happened where it went; not during someone else's
    pytest.param("Anna Keller, on a visit to Lima, held talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="subject-on-a-visit-to"),
    pytest.param("Paul Morel met with Anna Keller, who was visiting Lima.", "2025-03-22",
                 [(MEETING, ("Paul Morel", "Anna Keller"), "Lima", OCCURRED, None)], id="party-who-was-visiting"),
    pytest.param("QUITO - Anna Keller, who is on a visit to Lima, held talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="subject-who-is-on-a-visit"),
    pytest.param("Anna Keller flew to Quito on Friday. She held talks with Paul Morel on Saturday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Quito", OCCURRED, "2025-03-22")], id="talks-after-a-flight"),
    pytest.param("Jan Novak flew to Quito on Friday. Anna Keller held talks with Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="talks-after-another-flight"),
    pytest.param("Anna Keller led a delegation to Lima for talks with Paul Morel.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="led-a-delegation-to"),
    # an unnamed counterpart stands for the country named with it, like an unnamed official
    pytest.param("Anna Keller met her Peruvian counterpart in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Peru"), "Lima", OCCURRED, None)], id="unnamed-counterpart"),
    # "the Peruvian capital": its capital if the article names it, else the country; "the capital": the latest named
    pytest.param("Lima is calm. Anna Keller met Paul Morel in the Peruvian capital on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")], id="the-peruvian-capital"),
    pytest.param("Anna Keller met Paul Morel in Peru's capital on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Peru", OCCURRED, "2025-03-21")], id="capital-not-named"),
    pytest.param("Anna Keller met Paul Morel in the regional capital on Friday.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21")], id="regional-capital"),
    # joining someone is meeting them: "for talks/dinner" makes them the other side, where the talks are
    pytest.param("Anna Keller joined Paul Morel for dinner in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="joined-for-dinner-in"),
    pytest.param("Anna Keller joined Paul Morel for talks in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="joined-for-talks-in"),
    # "there": the place named just before; a meeting in the lede with no place: the dateline's
    pytest.param("The summit opened in Lima on Monday. Anna Keller met Paul Morel there.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="met-there"),
    pytest.param("LIMA, March 3 (Reuters) - Anna Keller met Paul Morel on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="dateline-lede"),
    # talks "during which" stands for a visit are held where the visit goes; a day the plan was told on is not its day
    pytest.param("President Anna Keller will pay a state visit to Chile next week, during which she is scheduled to "
                 "hold talks with President Paul Morel, the ministry said on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Chile", PLANNED, "2025-03"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Chile", PLANNED, None)], id="talks-during-which-visit"),
    pytest.param("Anna Keller said on Monday she would meet Paul Morel.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, None)], id="said-on-a-day-she-would-meet"),
    pytest.param("Anna Keller will hold talks with Paul Morel in Lima, the ministry said on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", PLANNED, None)], id="will-talk-ministry-said-on-a-day"),
    # the holder of a post a country's name opens, when the parser made the country the party
    pytest.param("Anna Keller held talks on Tuesday with the Democratic Republic of the Congo's health minister, Paul "
                 "Morel, as the country battles an outbreak.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="a-long-country-s-minister"),
    pytest.param("Jan Nowak will fly to Pohnpei on Thursday for talks with Federated States of Micronesia President Paul "
                 "Morel, whose recent letter drew attention.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Pohnpei", PLANNED, "2025-03-27")], id="country-president-x"),
    # "visiting" before a title describes the one visiting, however parsed; "by telephone" is how, not who
    pytest.param("Peruvian Foreign Minister Anna Keller held talks with visiting Brazilian Foreign Minister Paulo Neves in "
                 "Lima on Wednesday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paulo Neves"), "Lima", OCCURRED, "2025-03-19")], id="talks-with-visiting"),
    pytest.param("QUITO, March 22 (Reuters) - Peru's foreign minister, Anna Keller, spoke by telephone on Tuesday with "
                 "her Chilean counterpart, Paul Morel, about the border, the ministry said.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-18")], id="spoke-by-telephone-lede"),
    # after the lede, one of the days the story tells of is in the dateline's city too; one dated months back is not
    pytest.param("LIMA (Reuters) - Prices rose on Monday. Anna Keller met Paul Morel on Tuesday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-18")], id="dateline-not-the-lede"),
    pytest.param("LIMA (Reuters) - Prices rose on Monday. Anna Keller met Paul Morel in January.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-01")], id="dateline-not-the-lede-months-back"),
    # "called on X": a courtesy visit, in person; "called on X to resign" urges, "called on Monday" phoned
    pytest.param("Anna Keller called on Vice President Paul Morel in Lima on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")], id="called-on-a-visit"),
    pytest.param("Anna Keller called on Paul Morel to resign.", "2025-03-22", [], id="called-on-to-urge"),
    # a dateline's capital is where the story was filed, never its country as a party of the call
    pytest.param("KYIV, June 12, 2025 (Wire Desk) - Ukrainian President Volodymyr Zelenskyy held a phone call with "
                 "British Prime Minister Keir Starmer on Wednesday to discuss air defence.", "2025-06-12",
                 [(CALL, ("Volodymyr Zelenskyy", "Keir Starmer"), None, OCCURRED, "2025-06-11")], id="dateline-capital-no-party"),
    # "the commission": the organisation the article named with that last word
    pytest.param("The European Commission proposed new rules on Monday. Anna Keller met the commission in Brussels.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "European Commission"), "Brussels", OCCURRED, None)],
                 id="the-commission"),
    pytest.param("The court ruled on Monday. Anna Keller met the court in Brussels.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Brussels", OCCURRED, None)], id="the-court-never-named"),
    # a meeting with no place of its own, of two people who met somewhere before in the article: there again
    pytest.param("Anna Keller met Paul Morel in Rome on Friday. Prices rose. Markets fell. Unions protested. Schools "
                 "closed. Banks opened. Later Anna Keller met with Paul Morel and Jan Novak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21"),
                  (MEETING, ("Anna Keller", "Paul Morel", "Jan Novak"), "Rome", OCCURRED, "2025-03-21"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-21"),
                  (TALKS, ("Anna Keller", "Jan Novak"), None, OCCURRED, "2025-03-21")],
                 id="same-pair-further-back"),
    pytest.param("Anna Keller met Paul Morel in Rome on Friday. Prices rose. Markets fell. Unions protested. Schools "
                 "closed. Banks opened. Later Anna Keller met with Jan Novak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2025-03-21"),
                  (TALKS, ("Anna Keller", "Jan Novak"), None, OCCURRED, "2025-03-21")], id="one-of-a-pair-further-back"),
    # "a visit by X": the visitor; a cancelled visit is none
    pytest.param("During a visit by Paul Morel to Lima, Anna Keller announced new aid.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="visit-by"),
    pytest.param("A visit by Paul Morel to Lima was cancelled.", "2025-03-22", [], id="visit-by-cancelled"),
    # "their meeting": the coordinated subjects; a decision taken at it does not make it planned
    pytest.param("Anna Keller and Ivan Petrov agreed on a ceasefire at their meeting in Moscow.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivan Petrov"), "Moscow", OCCURRED, None)], id="at-their-meeting"),
    # talks of the pair that just met somewhere are that meeting, in person; a later call stays a call
    pytest.param("Anna Keller met Paul Morel in Lima on Friday. The two leaders discussed trade and security.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21"),
                                (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")],
                 id="talks-of-the-meeting"),
    pytest.param("Anna Keller met Paul Morel in Lima on Friday. The two leaders also spoke by phone on Monday.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21"),
                                (CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")],
                 id="call-after-the-meeting"),
    # headlines: a name with no verb is the actor; "to meet" is planned
    pytest.param("Keller in Sochi for talks with Morel", "2025-03-22",
                 [(MEETING, ("Keller", "Morel"), "Sochi", OCCURRED, None)], id="headline-no-verb"),
    pytest.param("Keller to meet Morel in Sochi", "2025-03-22",
                 [(MEETING, ("Keller", "Morel"), "Sochi", PLANNED, None)], id="headline-to-meet"),
    # the traveller whose trip included talks; not a speech's author
    pytest.param("Anna Keller's trip to Moscow included talks with Ivan Petrov.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivan Petrov"), "Moscow", OCCURRED, None)], id="trip-included-talks"),
    pytest.param("Anna Keller's speech in Moscow included a warning to Ivan Petrov.", "2025-03-22", [],
                 id="speech-included-warning"),
    # a city naming the building; "hosted Y for talks": Y is the other side
    pytest.param("Anna Keller hosted Ivan Petrov for talks at her Berlin residence.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ivan Petrov"), "Berlin", OCCURRED, None)], id="hosted-for-talks-at-city-building"),
    pytest.param("Anna Keller met Ivan Petrov at the US embassy.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Ivan Petrov"), None, OCCURRED, None)], id="country-embassy-no-place"),
    # "her counterpart X and Y": the names coordinated with the one after the title too; not another clause's subject
    pytest.param("Anna Keller met her counterpart Ana Ruiz and Luis Soto in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ana Ruiz", "Luis Soto"), "Lima", OCCURRED, None),
                  (TALKS, ("Anna Keller", "Ana Ruiz"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Luis Soto"), None, OCCURRED, None)], id="counterpart-x-and-y"),
    pytest.param("Anna Keller met her counterpart Ana Ruiz in Lima, and Luis Soto stayed home.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Ana Ruiz"), "Lima", OCCURRED, None)], id="counterpart-x-other-clause"),
    # a participle in apposition describes the names before it; "held in X" says where talks were
    pytest.param("Anna Keller and Paul Morel, meeting in Brussels, agreed on new sanctions.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Brussels", OCCURRED, None)], id="appos-meeting-in"),
    pytest.param("Anna Keller, speaking in Brussels, urged calm.", "2025-03-22", [], id="appos-speaking-in"),
    pytest.param("The talks between Chile and Peru, held in Geneva, ended on Friday.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru"), "Geneva", OCCURRED, "2025-03-21")], id="talks-held-in"),
    pytest.param("The talks between Chile and Peru, criticised in Geneva, ended on Friday.", "2025-03-22",
                 [(TALKS, ("Chile", "Peru"), None, OCCURRED, "2025-03-21")], id="talks-criticised-in"),
    # bringing parties together is hosting a meeting; a war does not host one
    pytest.param("Anna Keller brought together Paul Morel and Ana Ruiz in Geneva.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel", "Ana Ruiz"), "Geneva", OCCURRED, None), (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None), (TALKS, ("Anna Keller", "Ana Ruiz"), None, OCCURRED, None), (TALKS, ("Paul Morel", "Ana Ruiz"), None, OCCURRED, None)], id="brought-together"),
    pytest.param("The war in Ukraine brought together Germany and France.", "2025-03-22", [], id="war-brought-together"),
    # coming together is in person even with no place: no call or talks between them
    pytest.param("Leaders of Chile and Peru came together on Friday.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru"), None, OCCURRED, "2025-03-21")], id="came-together-no-place"),
    # "in Lima's presidential palace": the city owning the building
    pytest.param("Anna Keller met Paul Morel on Monday in Lima's presidential palace.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="city-s-palace"),
    # "the city of X"
    pytest.param("Anna Keller met Paul Morel in the city of Cochabamba.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Cochabamba", OCCURRED, None)], id="city-of"),
    pytest.param("Anna Keller met Paul Morel in the city's old town.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None)], id="city-unnamed"),
    # "whom X met": the noun the relative clause describes
    pytest.param("Anna Keller praised Paul Morel, whom she met in Lima on Friday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-21")], id="whom-she-met"),
    pytest.param("Anna Keller praised Paul Morel, whom she never met.", "2025-03-22", [], id="whom-she-never-met"),
    # a virtual meeting is no meeting in person
    pytest.param("Anna Keller held a virtual meeting with Paul Morel on Monday.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="virtual-meeting"),
    # "at the summit in the city of X": X
    pytest.param("Anna Keller hosted Paul Morel and Jan Nowak at the summit in the southern Peruvian city of Cusco.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel", "Jan Nowak"), "Cusco", OCCURRED, None)],
                 id="at-the-summit-in-the-city-of-x"),
    # "at her flat in the Miraflores neighbourhood of Lima": Lima
    pytest.param("Anna Keller visited Paul Morel at his flat in the Miraflores neighbourhood of Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)], id="neighbourhood-of-a-city"),
    # "to Lima, Peru's capital, where she will meet X": Lima
    pytest.param("On Friday, Anna Keller will fly to Cusco, Peru's tourist hub, where she will meet Paul Morel.",
                 "2025-03-19", [(MEETING, ("Anna Keller", "Paul Morel"), "Cusco", PLANNED, "2025-03-21")],
                 id="where-after-an-apposition-to-a-city"),
    # "on the sidelines" of no forum named: of the summit told of before; a venue not placed: the city just told
    pytest.param("Anna Keller hosted Paul Morel on Thursday at a summit in Lima. Jan Nowak and Paul Morel gathered at "
                 "the Torre Tagle Palace for a meeting. Trade was discussed. Tariffs were discussed. Nothing was agreed. "
                 "Jan Nowak and Ivo Marek held a bilateral meeting on the sidelines on Thursday afternoon.", "2025-07-04",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-07-03"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-07-03"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-07-03")], id="sidelines-and-a-venue"),
    # a building's name parsed as modifiers of its noun ("the Quinta de Olivos presidential residence"): where
    pytest.param("Anna Keller and Paul Morel met at the Quinta de Almendros presidential residence on Monday.",
                 "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Quinta de Almendros", OCCURRED, "2025-03-17")],
                 id="a-building-named-by-modifiers"),
    # a building named like a town, "the Miraflores presidential palace", in a dateline story: in the dateline's city
    pytest.param("CARACAS — President Anna Keller received Paul Morel at the Miraflores presidential palace on "
                 "Friday.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Caracas", OCCURRED, "2025-03-21")],
                 id="a-palace-named-like-a-town"),
    pytest.param("Anna Keller met Paul Morel in Sochi on Monday. On Sunday she had met Jan Nowak at a Yerevan hotel.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Paul Morel"), "Sochi", OCCURRED, "2025-03-17"),
                                (MEETING, ("Anna Keller", "Jan Nowak"), "Yerevan", OCCURRED, "2025-03-16")],
                 id="a-hotel-in-a-capital-named-before-it"),
    # a party's journey told after the last meeting places the venue of its next one
    pytest.param("Anna Keller hosted Paul Morel at a summit in Lima on Thursday. Jan Nowak had flown to Cusco at the "
                 "end of last month to save the deal, which a court had blocked in January. He and President Ivo Marek "
                 "signed an agreement at State House on March 1.", "2025-03-08",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-06"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Cusco", OCCURRED, "2025-03-01")], id="venue-after-a-journey"),
    # who was present, attended or took part was at the meeting told just before, named or not
    pytest.param("Leaders met in Lima on Saturday. Among the leaders present were Chile's Paul Morel, Peru's Jan Nowak "
                 "and Bolivian President Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Paul Morel", "Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-22")], id="among-those-present"),
    pytest.param("Ministers met in Lima on Saturday. Peru's Paul Morel, Chile's Jan Nowak and Bolivia's Ivo Marek were "
                 "among the ministers who attended in person.", "2025-03-22",
                 [(MEETING, ("Paul Morel", "Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-22")], id="among-those-who-attended"),
    pytest.param("Ministers met in Lima on Saturday. Secretary-General Paul Morel also took part.", "2025-03-22",
                 [(MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-22")], id="also-took-part"),
    pytest.param("Anna Keller took part in the race in Lima.", "2025-03-22", [], id="took-part-in-no-meeting"),
    # a venue in a sentence that names its city: that city, not the one of the meeting told before
    pytest.param("In Cusco, Anna Keller met Jan Nowak. In Lima on Monday, Anna Keller and Paul Morel held talks at "
                 "the Palacio San Martín.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Cusco", OCCURRED, None),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-17")], id="venue-in-its-sentence-s-city"),
    pytest.param("Lima, Peru's capital, hosted a trade fair last week. Paul Morel and Jan Nowak met at the Palacio San "
                 "Martín in the Peruvian capital on Monday.", "2025-03-22",
                 [(MEETING, ("Paul Morel", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="venue-in-the-capital"),
    # a venue not placed, in the lede: the dateline's city ("MEXICO CITY — ", not Mexico)
    pytest.param("MEXICO CITY — President Anna Keller received Paul Morel at the National Palace on Monday.", "2026-01-20",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Mexico City", OCCURRED, "2026-01-19")], id="venue-in-a-dateline-city"),
    # a leaders' retreat is a meeting; an army's is not
    pytest.param("Leaders met at a closed-door retreat in Cusco on Wednesday. Prime Minister Jan Nowak, who hosted and "
                 "chaired the retreat, said so.", "2025-03-22",
                 [(MEETING, ("Jan Nowak",), "Cusco", OCCURRED, None)], id="who-chaired-the-retreat"),
    # recalling envoys "for consultations" (at home) is no contact; posting on a platform makes it no party
    pytest.param("Chile and Peru recalled their ambassadors for consultations in 2022.", "2025-03-22", [],
                 id="recalled-for-consultations"),
    pytest.param("Anna Keller held a phone call with Paul Morel on Monday. \"I thanked Paul,\" Keller wrote on "
                 "Telegram after the call.", "2025-03-22",
                 [(CALL, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-03-17")], id="wrote-on-a-platform"),
    pytest.param("Chile's retreat from Arica in November was a blow.", "2025-03-22", [], id="an-army-s-retreat"),
    # a guest named after the place of the reception and its commas, past the title and the rank before the name
    pytest.param("Later today, President Ivo Marek received at State House, Nairobi, the Special Envoy of the President "
                 "of the Democratic Republic of the Congo, Ambassador Jean-Pierre Kabamba Mutombo, who delivered a "
                 "special message.", "2025-05-17",
                 [(MEETING, ("Ivo Marek", "Jean-Pierre Kabamba Mutombo"), "Nairobi", OCCURRED, "2025-05-17")],
                 id="received-at-a-place-then-the-guest"),
    # separate meetings beside a summit are meetings of their own, not the summit told again
    pytest.param("Prime Minister Anwar Ibrahim held separate bilateral meetings with his Japanese counterpart Shigeru "
                 "Ishiba and New Zealand Prime Minister Christopher Luxon on the sidelines of the APEC Summit in Lima "
                 "today.", "2024-10-10",
                 [(MEETING, ("Anwar Ibrahim", "Shigeru Ishiba"), "Lima", OCCURRED, "2024-10-10"),
                  (MEETING, ("Anwar Ibrahim", "Christopher Luxon"), "Lima", OCCURRED, "2024-10-10"),
                  (MEETING, ("Anwar Ibrahim", "Shigeru Ishiba", "Christopher Luxon"), "Lima", OCCURRED, "2024-10-10")],
                 id="separate-meetings-beside-a-summit"),
    # talks "on the sidelines of which" the summit a clause before tells: where the summit was
    pytest.param("Two weeks ago, Prime Minister Ivo Marek chaired the Extraordinary Summit in Lima on November 11, on "
                 "the sidelines of which he held talks with First Vice President of Chile Jan Nowak.", "2024-11-27",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2024-11-11")],
                 id="on-the-sidelines-of-which"),
    # whom a traveller meets on a visit, "during which": a meeting of its own, where the style-named host is
    pytest.param("His Majesty King Ivo will leave on Tuesday for the United Arab Emirates on a working visit, during "
                 "which he will meet with UAE President His Highness Sheikh Tamim bin Ali Al Reed in Abu Dhabi.",
                 "2024-11-27", [(MEETING, ("Ivo",), "Abu Dhabi", PLANNED, "2024-12-03"),
                                (MEETING, ("Ivo", "Tamim bin Ali Al Reed"), "Abu Dhabi", PLANNED, "2024-12-03")],
                 id="whom-a-visit-meets-during-which"),
    # a place opening the sentence is that of the verbs coordinated with the one it hangs on
    pytest.param("In Lima, Foreign Minister Ivo Marek will meet with Peruvian leaders and hold talks with Foreign "
                 "Minister Anna Keller.", "2025-03-22",
                 [(MEETING, ("Ivo Marek", "Anna Keller"), "Lima", PLANNED, None)], id="a-fronted-place-of-coordinated-verbs"),
    # a welcome ceremony hosted for a guest is a meeting of host and guest
    pytest.param("President Anna Keller hosted an official welcome ceremony for President Jan Nowak in Lima on Tuesday.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-18")],
                 id="a-welcome-ceremony-for-a-guest"),
    # a meeting of a standing format of two sides' talks: the format is no party
    pytest.param("President Anna Keller hosted President Jan Nowak in Lima on Friday, where the two leaders co-chaired the "
                 "11th meeting of the Peru-Chile Supreme Strategic Committee.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-21")], id="a-meeting-of-a-joint-format"),
    pytest.param("Peru and Chile held the 24th meeting of the Bilateral Consultation Mechanism in Arica on Friday.",
                 "2025-03-22", [(MEETING, ("Peru", "Chile"), "Arica", OCCURRED, "2025-03-21")],
                 id="a-meeting-of-a-bilateral-mechanism"),
    # "A, B and C met" parsed with A a modifier of C and B a conjunct of A carrying the "and": all three met
    pytest.param("Peruvian intelligence chief Ivo Marek, Qatari Prime Minister Sheikh Tamim bin Ali Al-Reed and Turkish "
                 "intelligence chief Jan Nowak met the Hamas delegation, led by Ali Saleh, in Lima on Friday.",
                 "2025-05-17", [(MEETING, ("Jan Nowak", "Ivo Marek", "Tamim bin Ali Al-Reed", "Ali Saleh"), "Lima", OCCURRED, "2025-05-16"), (TALKS, ("Jan Nowak", "Ali Saleh"), None, OCCURRED, "2025-05-16"), (TALKS, ("Ivo Marek", "Ali Saleh"), None, OCCURRED, "2025-05-16"), (TALKS, ("Tamim bin Ali Al-Reed", "Ali Saleh"), None, OCCURRED, "2025-05-16")], id="a-modifier-and-its-conjunct-before-the-subject"),
    # a guest received in a city holds talks there the same day, however the parser hangs the city
    pytest.param("LIMA, March 14 - President Tom Reed received visiting Foreign Minister Ilse Brandt in Lima on Thursday. "
                 "Earlier in the day, Brandt held talks with her counterpart Ivo Marek.", "2025-03-14",
                 [(MEETING, ("Tom Reed", "Ilse Brandt"), "Lima", OCCURRED, "2025-03-13"),
                  (MEETING, ("Ilse Brandt", "Ivo Marek"), "Lima", OCCURRED, "2025-03-13")], id="talks-of-a-guest-received"),
    pytest.param("Foreign Minister Ivo Marek will attend the ASEAN Foreign Ministers' Retreat in Cusco.", "2025-03-22",
                 [(MEETING, ("Ivo Marek",), "Cusco", PLANNED, None)], id="the-ministers-retreat"),
    # a meeting placed in a country is in the city of that country where another report places it
    pytest.param("Nowak and Morel met secretly in Oman. Jan Nowak and Paul Morel met in the Omani capital Muscat "
                 "on Monday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Muscat", OCCURRED, "2025-03-17"),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Muscat", OCCURRED, "2025-03-17")], id="country-then-its-city"),
    pytest.param("Nowak and Morel met in Oman. Jan Nowak and Paul Morel met in Paris on Monday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Oman", OCCURRED, None),
                  (MEETING, ("Jan Nowak", "Paul Morel"), "Paris", OCCURRED, "2025-03-17")], id="country-and-another-city"),
    # presidents of several countries stand for them
    pytest.param("The meeting in Lima between the presidents of Chile, Peru and Bolivia ended on Friday.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru", "Bolivia"), "Lima", OCCURRED, "2025-03-21")], id="presidents-of"),
    # talks after which their parties agreed on something; sessions in which a text was prepared: both happened
    pytest.param("German Chancellor Anna Keller and French President Jan Nowak on Tuesday agreed to push for a common "
                 "budget for the eurozone, after hours of talks at the government guesthouse in Lima, north of Quito.",
                 "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-18")],
                 id="agreed-to-push-for-after-hours-of-talks"),
    pytest.param("The declaration was prepared in a series of late-night sessions in Lima between Finance Minister Anna "
                 "Keller and her Peruvian counterpart Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, None)], id="prepared-in-sessions-between"),
    # "The agency was also represented by Z" (after a meeting with its head), "Keller was accompanied by W" (after
    # one of hers): Z and W were there
    pytest.param("Anna Keller met the head of the Northtown Water Agency, Jan Nowak, in Lima on Wednesday. Keller was "
                 "accompanied by her deputy, Paul Morel. The agency was also represented by Ivo Marek, its legal adviser.",
                 "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                  (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-19"),
                  (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-19")], id="also-represented-and-accompanied"),
    # "the two ministers" with no contact told yet: the two people the sentence before names as its subject
    pytest.param("Economy Minister Anna Keller and her Peruvian counterpart Jan Nowak on Tuesday presented a joint plan. "
                 "The two ministers met at the Economy Ministry in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, None)], id="the-two-ministers-named-before"),
    pytest.param("Peruvian Foreign Minister Anna Keller and Chilean Foreign Minister Jan Nowak agreed on Friday to "
                 "cooperate. Both leaders are expected to meet President Ivo Marek in Lima.", "2025-03-22",
                 [(MEETING, ("Ivo Marek",), "Lima", PLANNED, None)], id="both-leaders-are-not-two-ministers"),
    # "X, who hosted the gathering,": X was there; "a bilateral meeting on the sidelines with Y": Y is the partner
    pytest.param("Anna Keller and Jan Nowak met at a summit in Lima on Monday. Ivo Marek, who hosted the gathering, "
                 "said it was a success.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-17")], id="who-hosted-the-gathering"),
    pytest.param("Anna Keller, who attended the summit in Lima, held a bilateral meeting on the sidelines with Bolivian "
                 "President Jan Nowak.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, None)], id="meeting-on-the-sidelines-with"),
    # a site described before its city: "at Filoli, a historic estate in Woodside"
    pytest.param("Anna Keller and Jan Nowak met for four hours on Wednesday at Quorvath Hall, a historic estate in "
                 "Cusco, south of Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Cusco", OCCURRED, "2025-03-19")], id="site-described-in-city"),
    pytest.param("Lima Mayor Anna Keller hosted Chile's ambassador to Peru, Jan Nowak, at City Hall on Wednesday for "
                 "talks on trade.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19")], id="mayor-hosts-at-city-hall"),
    # "a meeting with the leadership of Y, including its chairman X": X was met, for Y
    pytest.param("Anna Keller had arrived in Erfurt late on Wednesday for a meeting with the leadership of the state "
                 "CDU, including its chairman Jan Nowak, whose lawmakers had voted for the plan.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Erfurt", OCCURRED, "2025-03-19")],
                 id="meeting-with-a-leadership-including-x"),
    # "X's state premier Y traveled ..." parsed with the region the subject and Y its premier's apposition: Y
    pytest.param("North Rhine-Westphalia's state premier Anna Keller traveled to The Hague on Monday for her first "
                 "foreign visit since taking office, holding talks with Dutch Prime Minister Jan Nowak on transport.",
                 "2017-07-12", [(MEETING, ("Anna Keller", "Jan Nowak"), "The Hague", OCCURRED, "2017-07-10")],
                 id="region-s-premier-parsed-as-apposition"),
    # those who attended the talks a chair led took part
    pytest.param("Jan Nowak chaired the talks in Lima, which were attended by Peruvian Foreign Minister Anna Keller and "
                 "Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Anna Keller", "Ivo Marek"), "Lima", OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, None)],
                 id="chaired-talks-which-were-attended-by"),
    # a clause of another time ("since ...") gives the meeting neither its place nor its date
    pytest.param("It was the first face-to-face encounter between Jan Nowak and Ivo Marek since the rebels resumed their "
                 "offensive in Lima late last year.", "2025-03-22",
                 [(TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, None)], id="since-clause-no-place"),
    pytest.param("Anna Keller met Jan Nowak on Thursday, two days before their governments sign the treaty in Lima.",
                 "2025-03-22", [(TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2025-03-20")],
                 id="days-before-clause-no-place"),
    # ... unless the report names them: by their title, as someone's counterpart, or, for presidents, "Peru's X"
    pytest.param("The presidents of Chile and Peru met in Lima on Friday. Chilean President Jan Nowak and his Peruvian "
                 "counterpart Ivo Marek agreed on a new border crossing.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-21")], id="presidents-of-named"),
    pytest.param("Chile's Jan Nowak and Peru's Ivo Marek agree on border. The presidents of Chile and Peru met in "
                 "Lima on Friday.", "2025-03-22",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2025-03-21")], id="presidents-of-possessive"),
    pytest.param("Chile's Jan Nowak and Peru's Ivo Marek agree on border. The foreign ministers of Chile and Peru met "
                 "in Lima on Friday.", "2025-03-22",
                 [(MEETING, ("Chile", "Peru"), "Lima", OCCURRED, "2025-03-21")], id="ministers-of-not-the-leaders"),
    # whoever speaks at the conclusion of talks took part; not on their eve
    pytest.param("At the conclusion of the Geneva talks, Anna Keller said she was hopeful.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Geneva", OCCURRED, None)], id="conclusion-of-talks"),
    pytest.param("On the eve of the Geneva talks, Anna Keller said she was hopeful.", "2025-03-22", [], id="eve-of-talks"),
    # a sentence after the meeting tells where it was and who else was there; a "next meeting" is another one
    pytest.param("Anna Keller met Jan Nowak on Monday. The meeting took place in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="meeting-took-place-in"),
    pytest.param("Anna Keller held talks with Jan Nowak on Monday. The talks, held in Lima, lasted two hours.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")],
                 id="the-talks-held-in"),
    pytest.param("Anna Keller met Jan Nowak on Monday. The meeting at the Grand Hotel in Lima also included Paul Morel.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                                (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-17")], id="meeting-also-included"),
    pytest.param("Anna Keller will meet Jan Nowak on Monday. The next meeting will take place in Lima.", "2025-03-22",
                 [(TALKS, ("Anna Keller", "Jan Nowak"), None, PLANNED, "2025-03-24")], id="next-meeting-is-another"),
    pytest.param("Anna Keller met a trade delegation from Chile in Lima on Monday. The delegation was led by Jan Nowak.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Chile"), "Lima", OCCURRED, "2025-03-17"),
                                (MEETING, ("Jan Nowak",), "Lima", OCCURRED, "2025-03-17")], id="the-delegation-was-led-by"),
    # those a side was represented by, and those who attended an audience, were at the meeting told
    pytest.param("Anna Keller hosted talks between Russia and Ukraine in Jeddah on Tuesday. Ukraine was represented by "
                 "Jan Nowak and Foreign Minister Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Jeddah", OCCURRED, "2025-03-18"),
                  (MEETING, ("Russia", "Ukraine"), "Jeddah", OCCURRED, "2025-03-18"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Jeddah", OCCURRED, "2025-03-18")], id="was-represented-by"),
    pytest.param("Anna Keller hosted talks between Russia and Ukraine in Jeddah on Tuesday. Ukraine was represented by "
                 "Army Secretary Jan Nowak, whom President Tom Reed has tasked with the military aspects of the plan.",
                 "2025-03-22", [(MEETING, ("Anna Keller",), "Jeddah", OCCURRED, "2025-03-18"),
                                (MEETING, ("Russia", "Ukraine"), "Jeddah", OCCURRED, "2025-03-18"),
                                (MEETING, ("Jan Nowak",), "Jeddah", OCCURRED, "2025-03-18")],
                 id="was-represented-by-not-who-tasked-them"),
    pytest.param("Anna Keller received Jan Nowak in audience at the palace in Muscat on Monday. The audience was attended "
                 "by Foreign Minister Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Muscat", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek",), "Muscat", OCCURRED, "2025-03-17")], id="the-audience-was-attended-by"),
    # a hotel's name ending in its city's is the venue, in that city; what the meeting was "to discuss" is no talks of
    # their own where what is discussed is
    pytest.param("SEOUL, May 27 (Wire) - Anna Keller met Northcorp Executive Chairman Jan Nowak at the Lotte Hotel Seoul, "
                 "where the delegation is staying, to discuss the company's chip plant in Xi'an.", "2024-05-27",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Seoul", OCCURRED, None)], id="met-to-discuss-in-x"),
    # "On Tuesday in Madrid, ..." (the "in" parsed on the fronted "On"): the city of the sentence's every meeting
    pytest.param("KYIV - Anna Keller met Jan Nowak in Ankara on Monday. On Tuesday in Madrid, Keller held talks with "
                 "Prime Minister Paul Morel at the Moncloa Palace and was received by King Ivo Marek at the Royal "
                 "Palace.", "2025-11-19",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Ankara", OCCURRED, "2025-11-17"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Madrid", OCCURRED, "2025-11-18"),
                  (MEETING, ("Ivo Marek", "Anna Keller"), "Madrid", OCCURRED, "2025-11-18")],
                 id="on-tuesday-in-madrid-received-at"),
    # "chaired a meeting at X, joined by A, B and C": they were at it too
    pytest.param("President Anna Keller chaired a meeting of the regional quartet on trade at the Sheraton hotel in "
                 "Lima, joined by Prime Minister Jan Nowak and Foreign Minister Paul Morel.", "2025-03-19",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Lima", OCCURRED, None),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, None),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, None)], id="chaired-a-meeting-joined-by"),
    # a journey to a body's seat, "where" the talks were held: at its building, in its city
    pytest.param("JAKARTA - Anna Keller met Jan Nowak on Thursday. The following day, Keller crossed town to the ASEAN "
                 "Secretariat, where she held talks with Secretary-General Paul Morel on aid.", "2026-03-06",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Jakarta", OCCURRED, "2026-03-05"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Jakarta", OCCURRED, "2026-03-06")],
                 id="crossed-town-to-a-body-where"),
    # "spent eight hours with a delegation led by X": together, in person
    pytest.param("In Jeddah on March 11, Anna Keller spent eight hours with a Vellian delegation led by Jan Nowak, "
                 "producing a ceasefire proposal.", "2025-05-08",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Jeddah", OCCURRED, "2025-03-11")],
                 id="spent-hours-with-a-delegation"),
    # a small capital the dictionary also knows as a word, after "to": the city ("to Apia, where he will meet X")
    pytest.param("WELLINGTON - Anna Keller met Jan Nowak on Monday. Keller is due to fly to Apia tomorrow, where she "
                 "will meet Samoan Prime Minister Paul Morel.", "2025-05-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Wellington", OCCURRED, "2025-05-12"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Apia", PLANNED, "2025-05-16")],
                 id="fly-to-a-small-capital-where"),
    # two who "met separately", meeting no one named, met each other apart from the others
    pytest.param("SEOUL - Anna Keller held separate talks with Jan Nowak and Paul Morel at the palace on Sunday. Morel "
                 "and Nowak met separately at a hotel in Seoul later that evening.", "2024-05-27",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Seoul", OCCURRED, "2024-05-26"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Seoul", OCCURRED, "2024-05-26"),
                  (MEETING, ("Paul Morel", "Jan Nowak"), "Seoul", OCCURRED, "2024-05-26")], id="two-met-separately"),
    # "who were joined for part of the meeting by Z" parsed with "by Z" on the meeting: Z joined it
    pytest.param("ROME - Anna Keller met Jan Nowak at Palazzo Chigi on Tuesday. The two leaders, who were joined for "
                 "part of the meeting by Vellia's Interior Minister Paul Morel, agreed to extend the protocol.",
                 "2026-02-11",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Rome", OCCURRED, "2026-02-10"),
                  (MEETING, ("Anna Keller", "Jan Nowak", "Paul Morel"), "Rome", OCCURRED, "2026-02-10"),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, "2026-02-10"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2026-02-10"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2026-02-10")],
                 id="joined-for-part-of-the-meeting-by"),
    pytest.param("Anna Keller opened the summit in Muscat on Monday. The summit was attended by leaders of more than 50 "
                 "countries, among them Vellian President Jan Nowak and Sudrian President Ivo Marek.", "2025-03-22",
                 [(MEETING, ("Anna Keller",), "Muscat", OCCURRED, "2025-03-17"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Muscat", OCCURRED, "2025-03-17")],
                 id="attended-by-leaders-among-them"),
    # whoever took part in the talks just told was where they were: the talks were in person, there
    pytest.param("LIMA, March 19 (Wire) - Foreign Minister Anna Keller of Chile held talks with Peruvian President Jan Nowak "
                 "on Wednesday. Chile's envoy Ivo Marek also took part in the meeting at the presidential palace.",
                 "2025-03-19", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                                (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-19")], id="took-part-in-the-meeting"),
    # ... also when the sentence names nothing to take part in, or they "sat in on" it
    pytest.param("LIMA, March 19 (Wire) - Foreign Minister Anna Keller of Chile held talks with Peruvian President Jan Nowak "
                 "at the presidential palace on Wednesday. Chile's envoy Ivo Marek and Peru's foreign minister, Paul "
                 "Morel, also took part, according to a statement.", "2025-03-19",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-19"),
                  (MEETING, ("Ivo Marek", "Paul Morel"), "Lima", OCCURRED, "2025-03-19")], id="also-took-part-naming-nothing"),
    pytest.param("Anna Keller held talks with Jan Nowak on Monday. Ivo Marek attended the talks in Lima.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17"),
                  (MEETING, ("Ivo Marek",), "Lima", OCCURRED, "2025-03-17")], id="attended-the-talks-in"),
    # the people of a body stand for it: "leaders of the X union", "executives of Y", "its leaders", "mediators"
    pytest.param("Leaders of the NWU rail union met Northtown Rail managers in Leeds on Monday.", "2025-03-22",
                 [(MEETING, ("NWU", "Northtown Rail"), "Leeds", OCCURRED, "2025-03-17")], id="leaders-of-the-x-union"),
    pytest.param("Officials of the Northtown Steelworkers Union met on Monday in Leeds with executives of Acme Steel "
                 "Holdings Inc.", "2025-03-22",
                 [(MEETING, ("Northtown Steelworkers Union", "Acme Steel Holdings Inc."), "Leeds", OCCURRED,
                   "2025-03-17")], id="executives-of-a-company"),
    pytest.param("The Northtown Pilots Association said its leaders met with Anna Keller in Dallas on Tuesday.",
                 "2025-03-22", [(MEETING, ("Northtown Pilots Association", "Anna Keller"), "Dallas", OCCURRED,
                                 "2025-03-18")], id="its-leaders"),
    pytest.param("Officials of Hamas met Egyptian mediators in Cairo on Sunday.", "2025-03-22",
                 [(MEETING, ("Hamas", "Egypt"), "Cairo", OCCURRED, "2025-03-16")], id="a-people-s-mediators"),
    # calling on the officials of a body visits them
    pytest.param("Anna Keller also called on officials of the Ministry of Trade and Industry in Tokyo on Monday.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Ministry of Trade and Industry"), "Tokyo", OCCURRED,
                                 "2025-03-17")], id="called-on-officials-of-a-body"),
    pytest.param("Anna Keller called on officials of the Ministry of Finance to resign.", "2025-03-22", [],
                 id="called-on-officials-to-resign"),
    # placed in a country only, under a dateline from one of its cities: in that city
    pytest.param("LIMA, Peru (AP) - Ivo Marek and Anna Keller met on Saturday on the sidelines of a summit. Keller, "
                 "who arrived in Peru on Thursday, held talks that day with Peruvian President Jan Nowak at the "
                 "Government Palace.", "2024-11-16",
                 [(MEETING, ("Ivo Marek", "Anna Keller"), "Lima", OCCURRED, "2024-11-16"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2024-11-16")], id="in-the-dateline-s-city"),
    # "Taking part in the session were X (A), Y (B) and Z (C)": in the session told before
    pytest.param("The council met on Wednesday in Buenos Aires. Taking part in the session were foreign ministers Anna "
                 "Keller (Argentina), Jan Nowak (Brazil) and Ivo Marek (Uruguay).", "2025-07-03",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), "Buenos Aires", OCCURRED, None)],
                 id="taking-part-were"),
    # the name after a post and a participle's clause is the post's holder
    pytest.param("Anna Keller travelled to Niamey, where she met with the Prime Minister appointed by the military "
                 "authorities, Ivo Marek, on Sunday.", "2023-08-21",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Niamey", OCCURRED, "2023-08-20")],
                 id="the-post-appointed-by-x-name"),
    # a known seat of government is a venue, in the city of the dateline
    pytest.param("LONDON (Reuters) - Anna Keller hosted Jan Nowak at Downing Street on Sunday.", "2025-03-01",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "London", OCCURRED, "2025-02-23")], id="at-downing-street"),
    # a venue in the city "where" stands for; a meeting arranged for no day is not where one of its parties was
    # a venue's city: where the trigger's own journey goes, not where the sentence started
    pytest.param("Prime Minister Anna Keller started in Berlin, where she had breakfast with Chancellor Jan Nowak at "
                 "the Chancellery, before flying to Lima for a meeting with President Paul Morel at the Quorvath "
                 "Palace.",
                 "2025-03-22", [(MEETING, ("Anna Keller", "Jan Nowak"), "Berlin", OCCURRED, None),
                                (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, None)],
                 id="before-flying-to-x-for-a-meeting-at-a-venue"),
    pytest.param("Jan Nowak had flown in from Paris, where on Thursday he and Secretary of State Ivo Marek held talks "
                 "on Ukraine with French President Anna Keller at the Elysee Palace.", "2025-04-19",
                 [(MEETING, ("Jan Nowak", "Ivo Marek", "Anna Keller"), "Paris", OCCURRED, "2025-04-17"),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, OCCURRED, "2025-04-17"),
                  (TALKS, ("Ivo Marek", "Anna Keller"), None, OCCURRED, "2025-04-17")], id="where-at-a-venue"),
    pytest.param("Anna Keller held talks with Jan Nowak in Geneva on Monday. Keller said afterward that she had begun "
                 "arranging a meeting between Jan Nowak and Ivo Marek.", "2025-04-19",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2025-04-14"),
                  (TALKS, ("Jan Nowak", "Ivo Marek"), None, PLANNED, None)], id="arranged-for-no-day"),
    pytest.param("RIYADH, May 13 (Reuters) - Anna Keller was greeted by Jan Nowak on the tarmac at Riyadh's King Khalid "
                 "International Airport on Tuesday, at the start of a four-day tour focused on investment deals rather "
                 "than the war in Gaza.", "2025-05-15",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Riyadh", OCCURRED, "2025-05-13")], id="a-noun-s-place-is-not-a-venue-s"),
    # the forum whose summit is the subject is no party; a body opening the title of the name after it is that name's
    pytest.param("Anna Keller and her counterpart Jan Nowak shared a stiff handshake on Monday as the Group of 20 summit "
                 "opened in Rio de Janeiro.", "2024-11-19", [], id="the-forum-s-summit-opened"),
    pytest.param("Anna Keller met International Monetary Fund (IMF) Managing Director Jan Nowak in Rio on Monday.",
                 "2024-11-19", [(MEETING, ("Anna Keller", "Jan Nowak"), "Rio", OCCURRED, "2024-11-18")],
                 id="a-body-s-initials-and-title"),
    # a press release's line "City, date" is its dateline
    pytest.param("Readouts of the Secretary-General's meetings\n\nNote to Correspondents\nNew York, 20 September 2023\n\n"
                 "The Secretary-General, Anna Keller, met today at United Nations Headquarters with Jan Nowak.",
                 "2023-09-20", [(MEETING, ("Anna Keller", "Jan Nowak"), "New York City", OCCURRED, "2023-09-20")],
                 id="a-city-and-date-line"),
    # "their" after a contact: the pair of the sentence just before, not the pair told most
    pytest.param("Anna Keller met Jan Nowak in Geneva on Monday. The two exchanged views on trade. Later, Anna Keller "
                 "met with Ivo Marek. Their discussion focused on debt.", "2023-09-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2023-09-18"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Geneva", OCCURRED, "2023-09-18"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Geneva", OCCURRED, "2023-09-18"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Geneva", OCCURRED, "2023-09-18")], id="their-after-a-contact"),
    # whoever accompanies a party is there too
    pytest.param("Chilean President Anna Keller, accompanied by Foreign Minister Ivo Marek, met with Jan Nowak in Lima.",
                 "2023-09-20", [(MEETING, ("Anna Keller", "Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, None), (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None), (TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, None)],
                 id="accompanied-by"),
    pytest.param("Anna Keller met with Jan Nowak, the President of Colombia, who was accompanied by the Minister for "
                 "Foreign Affairs, Ivo Marek.", "2023-09-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Jan Nowak"), None, OCCURRED, None),
                  (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, None)],
                 id="who-was-accompanied-by"),
    # "X and Y, along with their counterparts Z and W,": all at the talks
    pytest.param("LIMA, July 8 (Wire) -- Chile and Peru on Monday signed a pact in Lima. At the talks, Anna Keller and "
                 "Defense Minister Jan Nowak, along with their Peruvian counterparts Ivo Marek and Tom Reed, expressed "
                 "serious concerns.", "2024-07-08",
                 [(MEETING, ("Chile", "Peru"), "Lima", OCCURRED, "2024-07-08"),
                  (MEETING, ("Jan Nowak", "Anna Keller", "Ivo Marek", "Tom Reed"), "Lima", OCCURRED, "2024-07-08")],
                 id="along-with-their-counterparts"),
    # the courtesy calls "of" envoys are their visits
    pytest.param("MANILA - Foreign Secretary Anna Keller received the courtesy calls of Ambassador-designate of the "
                 "Kingdom of Sweden Karin Lindqvist and Ambassador-designate of the Republic of Chile Jan Nowak at the "
                 "DFA Office of the Secretary in Pasay City on 16 January 2024.", "2024-01-18",
                 [(MEETING, ("Anna Keller", "Karin Lindqvist", "Jan Nowak"), "Pasay City", OCCURRED, "2024-01-16")],
                 id="courtesy-calls-of-envoys"),
    # an object pronoun is the one just named in its sentence, not the last sentence's subject; nor the one a
    # relative clause holding it is about, nor a possessor ("X's predecessor")
    pytest.param("Under the deal, Tom Reed is expected to become speaker of parliament. President Anna Keller, who "
                 "asked Ivo Marek on Oct. 2 to form a government, is due to receive him in Lima on Monday.",
                 "2023-10-12",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Lima", PLANNED, "2023-10-16")], id="receive-him-just-named"),
    pytest.param("Tom Reed met Premier Li Qiang on Tuesday. The last governor to meet Xi Jinping was Tom Reed's "
                 "predecessor, Ivo Marek, who held talks with him in Beijing in June 2017.", "2023-10-25",
                 [(TALKS, ("Tom Reed", "Li Qiang"), None, OCCURRED, "2023-10-24"),
                  (MEETING, ("Ivo Marek", "Xi Jinping"), "Beijing", OCCURRED, "2017-06")],
                 id="talks-with-him-not-the-possessor"),
    # a plan told in the past perfect fell through; a journey not made places nothing
    pytest.param("Ann Ode had been due to fly to the Turkish capital for talks with Energy Minister Tom Reed. Ivo Marek "
                 "was to have met Jan Nowak in Beijing on June 25. Anna Keller, who did not travel to Kharkiv, told a "
                 "cabinet meeting that the deal was good.", "2023-06-20", [], id="plans-that-fell-through"),
    # "It was attended by" after "X hosted the meeting at Y": they were there
    pytest.param("Ann Ode hosted the one-day meeting at the Unity Palace in Lima. It was attended by Tom Reed and Ivo "
                 "Marek.", "2016-12-24",
                 [(MEETING, ("Ann Ode",), "Lima", OCCURRED, None),
                  (MEETING, ("Tom Reed", "Ivo Marek"), "Lima", OCCURRED, None)], id="it-was-attended-by-after-hosted"),
    # a summit one is briefed on was not where the briefing was, nor the briefer's
    pytest.param("SEOUL — Ann Ode briefed South Korea's President Tom Reed in Seoul on Thursday on Ivo Marek's summit "
                 "with North Korea's leader Jan Nowak.", "2018-06-15",
                 [(TALKS, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2018-06-14")], id="briefed-on-a-summit"),
    # a venue is in the city its own phrase names, before the city of the meeting told just before
    pytest.param("SEOUL — Ann Ode held a meeting in Seoul with Tom Reed on Thursday. Ivo Marek and Jan Nowak signed a "
                 "joint statement at the Capella hotel on Singapore's Sentosa island on Tuesday.", "2018-06-16",
                 [(MEETING, ("Ann Ode", "Tom Reed"), "Seoul", OCCURRED, "2018-06-14"),
                  (MEETING, ("Ivo Marek", "Jan Nowak"), "Singapore", OCCURRED, "2018-06-12")],
                 id="a-venue-on-a-city-state-s-island"),
    # "the trio": the three people just listed
    pytest.param("Attention turns to the three independents - Tom Reed, Ivo Marek and Jan Nowak - who spent Wednesday "
                 "in briefings.\n\nThe trio are expected to sit down with Anna Keller in Canberra on Friday.",
                 "2010-09-02", [(MEETING, ("Tom Reed", "Ivo Marek", "Jan Nowak", "Anna Keller"), "Canberra", PLANNED,
                                 "2010-09-03"),
                                *[(TALKS, (p, "Anna Keller"), None, PLANNED, "2010-09-03")
                                  for p in ("Tom Reed", "Ivo Marek", "Jan Nowak")]], id="the-trio"),
    # the partner hung on the venue of talks held there
    pytest.param("Ann Ode held talks on Tuesday at the Elysee Palace with Tom Reed, who is on a state visit.",
                 "2021-12-28", [(MEETING, ("Ann Ode", "Tom Reed"), "Paris", OCCURRED, "2021-12-28")],
                 id="talks-at-a-venue-with-x"),
    # a phrasal verb of acting, not the stance of "followed the talks"
    pytest.param("On Tuesday, Ann Ode followed up in a phone call with Egyptian Foreign Minister Tom Reed.", "2025-01-16",
                 [(CALL, ("Ann Ode", "Tom Reed"), None, OCCURRED, "2025-01-14")], id="followed-up-in-a-call-with-x"),
    # the name after a post and a comma, past a Malaysian honorific
    pytest.param("On Thursday, Minister Ivo Marek held a telephone conversation with the Foreign Minister of Malaysia, "
                 "Dato' Seri Jan Nowak, in Malaysia's capacity as ASEAN Chair.", "2025-09-26",
                 [(CALL, ("Ivo Marek", "Jan Nowak"), None, OCCURRED, "2025-09-25")], id="a-post-comma-dato-seri-x"),
    # a name after "in" on a hotel is where the hotel is, whatever the model tags it
    pytest.param("Ann Ode and Tom Reed held two hours of talks at a hotel in Nusa Dua on Monday.", "2022-11-16",
                 [(MEETING, ("Ann Ode", "Tom Reed"), "Nusa Dua", OCCURRED, "2022-11-14")], id="a-hotel-in-x"),
    # a journey told in the background, of someone else, is not where the next sentence's talks were
    pytest.param("Ties froze in August after Jan Nowak, the speaker of parliament, visited Taiwan.\n\nAnn Ode and Tom "
                 "Reed held talks on Monday, their first meeting in a year.", "2022-11-16",
                 [(TALKS, ("Ann Ode", "Tom Reed"), None, OCCURRED, "2022-11-14"),
                  (TALKS, ("Ann Ode", "Tom Reed"), None, OCCURRED, "2022-11-14")], id="another-s-journey-before"),
    # the summit a meeting is planned on the margins of is scheduled for its city
    pytest.param("PRETORIA, May 5 - Anna Keller and Tom Reed agreed to meet on the margins of the SADC Summit of Heads of "
                 "State and Government scheduled for Harare, Zimbabwe, next month.", "2024-05-06",
                 [(MEETING, ("Anna Keller", "Tom Reed"), "Harare", PLANNED, None)], id="a-summit-scheduled-for-a-city"),
    # "in the capital": the capital just visited, before one someone spoke in
    pytest.param("LIMA, May 16 (Reuters) - Ana Ruiz told reporters in Quito that such visits change nothing. Separately, "
                 "Peru's Foreign Minister Tom Reed spoke by phone on Wednesday with Anna Keller, who visited Lima earlier "
                 "this week. Keller met Paul Morel in the capital on Tuesday.", "2024-05-16",
                 [(CALL, ("Tom Reed", "Anna Keller"), None, OCCURRED, "2024-05-15"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2024-05-14")],
                 id="the-capital-just-visited"),
    # what talks held somewhere were on, "on" hung on the verb they are the object of: no place of theirs
    pytest.param("Chilean and Peruvian officials held talks in Lima on Monday on the deployment of an international force "
                 "in Arica, the first such meeting on the issue since the truce took hold.", "2025-03-21",
                 [(MEETING, ("Chile", "Peru"), "Lima", OCCURRED, "2025-03-17")], id="talks-held-on-a-topic-somewhere"),
    pytest.param("Anna Keller held a bilateral meeting with Paul Morel on Thursday evening at the Torre Central, the "
                 "seat of Ruritania's presidency.", "2024-12-06",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Torre Central", OCCURRED, "2024-12-05")],
                 id="a-meeting-held-on-an-evening-somewhere"),
    # "In that role he ...": the one the sentence before gave the post, not the one who gave it
    pytest.param("Jan Nowak died on Thursday. In 2023, Ivo Marek appointed him Peru's special envoy for the Andes. In "
                 "that role he held talks in Lima on Nov. 8, 2023, with Paul Morel.", "2026-01-15",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2023-11-08")], id="in-that-role-he"),
    # "the general": the one named with that rank; "It was not until <day> that": the day it happened
    pytest.param("Peru's army chief, General Ivo Marek, was cold to the plan. It was not until Sept. 14, 2023, that the "
                 "general received Anna Keller at his headquarters in Lima.", "2025-02-12",
                 [(MEETING, ("Ivo Marek", "Anna Keller"), "Lima", OCCURRED, "2023-09-14")], id="the-general-not-until"),
    # "accompanied X to <city> for a meeting with Y": the journey's city (not "accompanied his guest to the museum
    # before the two sat down for talks")
    pytest.param("In 2021 Jan Nowak was posted to Quito as ambassador. On 23 August 2023 he accompanied Minister Ivo "
                 "Marek to Bogota for a meeting with Paul Morel.", "2025-10-08",
                 [(MEETING, ("Jan Nowak", "Ivo Marek", "Paul Morel"), "Bogotá", OCCURRED, "2023-08-23"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2023-08-23")], id="accompanied-to-a-city-for-a-meeting"),
    # a place in the clause of what a meeting discussed is no city of the meeting's building
    pytest.param("LIMA - Anna Keller arrived in Lima on Sunday for talks with Jan Nowak. The two ministers met at the "
                 "Quorvath Palace, the presidential complex, and discussed consolidating the ceasefire in Quito and the "
                 "reconstruction of the territory, the agency said.", "2026-03-02",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2026-03-01"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2026-03-01")],
                 id="a-topic-s-place-after-a-building"),
    # "the head of Peruvian diplomacy": Peru's foreign minister
    pytest.param("Peru's Foreign Minister Ivo Marek arrived in Quito on Tuesday. On Wednesday morning, the head of "
                 "Peruvian diplomacy held talks in the Ecuadorian capital with Trade Minister Jan Nowak.", "2025-09-10",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Quito", OCCURRED, "2025-09-10")], id="the-head-of-a-diplomacy"),
    # "the top U.S. diplomat": the top diplomat of the United States, its Secretary of State
    pytest.param("U.S. Secretary of State Ivo Marek arrived in Lima on Monday. On Tuesday, the top U.S. diplomat had "
                 "breakfast with Foreign Minister Jan Nowak at the Quorvath Hotel.", "2026-01-14",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, "2026-01-13")], id="the-top-country-diplomat"),
    # a transcript's speaker label is no one a pronoun of the answer stands for
    pytest.param("Lin Jian: From March 2 to 10, Special Representative Ivo Marek visited Peru and Chile. In Lima, he held "
                 "consultations with Deputy Foreign Minister Jan Nowak.", "2024-03-14",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", OCCURRED, None)], id="a-speaker-label-is-no-antecedent"),
    # ... but a Secretary General is no general: "the commander" is someone else
    pytest.param("NATO Secretary General Jan Nowak spoke by phone with Ivo Marek on Monday. The commander of the "
                 "NATO-led mission met Paul Morel in Lima on Monday afternoon.", "2025-03-18",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2025-03-17"),
                  (MEETING, ("Paul Morel",), "Lima", OCCURRED, "2025-03-17")], id="a-secretary-general-is-no-general"),
    # a body's delegation led by its chairman: the chairman, who stands for the body, met the host
    pytest.param("Anna Keller received a delegation of the Northtown Petroleum Corporation led by its chairman, Jan Nowak, "
                 "in Lima on Monday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-03-17")], id="a-body-s-delegation-led-by"),
    # the people a group's "including" names are the parties, not the group
    pytest.param("Anna Keller met her G20 counterparts, including Paul Morel, in Lima on Thursday.", "2025-03-22",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-03-20")], id="counterparts-including"),
    # a release's "will on Monday host X", parsed with "host" a word of X's name
    pytest.param("President Anna Keller will on Monday host President Jan Nowak of Peru at the State House in Lima.",
                 "2025-06-26", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-06-30")],
                 id="will-on-a-day-host"),
    pytest.param("A spokesman said that President Anna Keller will on Monday host Peru's President Jan Nowak at the State "
                 "House in Lima for the signing of an agreement.", "2025-06-26",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-06-30")], id="will-on-a-day-host-a-post"),
    # the guest's companion a relative clause names was at the meeting too
    pytest.param("President Anna Keller received Jan Nowak at the State House in Lima on Thursday. Dr Nowak, who was "
                 "accompanied by the Vice President of the Commission, Mrs Ana Ruiz, briefed the President on the "
                 "summit.", "2025-06-26",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", OCCURRED, "2025-06-26"),
                  (MEETING, ("Ana Ruiz",), "Lima", OCCURRED, "2025-06-26")], id="a-guest-who-was-accompanied-by"),
    # a visit told and a return planned in one sentence are two meetings; "return to the capital for the summit" with
    # "for" parsed on "capital": the journey's purpose
    pytest.param("ADDIS ABABA, Feb 12 - President Anna Keller, who visited Addis Ababa last month and held talks with "
                 "Paul Morel, is expected to return to the Ethiopian capital for the African Union summit on Saturday.",
                 "2025-02-12", [(MEETING, ("Anna Keller", "Paul Morel"), "Addis Ababa", OCCURRED, "2025-01"),
                                (MEETING, ("Anna Keller",), "Addis Ababa", PLANNED, "2025-02-15")],
                 id="a-visit-and-a-return"),
    # a day in a relative clause on a thing ("a communique, which is expected on Wednesday") dates no contact
    pytest.param("ASMARA - Anna Keller arrived on Sunday, and on Monday held talks with Paul Morel. Jan Nowak and Ivo "
                 "Marek later met separately to finalise the text of a joint communique, which is expected to be "
                 "released on Wednesday.", "2025-02-12",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Asmara", OCCURRED, "2025-02-10"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Asmara", OCCURRED, "2025-02-10")], id="a-thing-s-own-day"),
    # "to join the two presidents for a trilateral meeting": the two just named are at it
    pytest.param("ASMARA - President Anna Keller on Monday held talks with President Paul Morel. Foreign Minister Jan "
                 "Nowak is expected in Asmara on Wednesday to join the two presidents for a trilateral meeting.",
                 "2025-02-12",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Asmara", OCCURRED, "2025-02-10"),
                  (MEETING, ("Jan Nowak", "Anna Keller", "Paul Morel"), "Asmara", PLANNED, "2025-02-12"),
                  (TALKS, ("Jan Nowak", "Anna Keller"), None, PLANNED, "2025-02-12"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, PLANNED, "2025-02-12"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, "2025-02-12")],
                 id="joining-the-two-presidents"),
    # "received Y with her foreign minister, Z": Z is on the host's side
    pytest.param("MEXICO CITY, Feb 12 - Anna Keller received Paul Morel for a little over an hour on Tuesday, with her "
                 "foreign minister, Jan Nowak, and security chief Ivo Marek at the table.", "2025-02-12",
                 [(MEETING, ("Anna Keller", "Jan Nowak", "Ivo Marek", "Paul Morel"), "Mexico City", OCCURRED,
                   "2025-02-11"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-02-11"),
                  (TALKS, ("Jan Nowak", "Paul Morel"), None, OCCURRED, "2025-02-11"),
                  (TALKS, ("Ivo Marek", "Paul Morel"), None, OCCURRED, "2025-02-11")], id="with-her-own-minister"),
    # a residence described as in a county is where they met, not the county nor the dateline's city
    pytest.param("LONDON, Feb 12 - On Tuesday the business end of the trip moved to Chequers, the prime minister's "
                 "country residence in Buckinghamshire, where Anna Keller and Paul Morel held talks over lunch.",
                 "2025-02-12", [(MEETING, ("Anna Keller", "Paul Morel"), "Chequers", OCCURRED, "2025-02-11")],
                 id="a-residence-in-a-county"),
    pytest.param("Paul Morel was due to travel later on Wednesday to Sandringham, the royal estate in Norfolk, to meet "
                 "King Charles.", "2025-02-12",
                 [(MEETING, ("Paul Morel", "Charles"), "Sandringham", PLANNED, "2025-02-12")],
                 id="an-estate-in-a-county-named-like-a-town-abroad"),
    # "her first trip abroad will be to Buenos Aires to meet Y": the trip's owner meets Y where the trip goes
    pytest.param("Anna Keller announced that her first trip abroad will be to Buenos Aires to meet Argentine "
                 "President Paul Morel.", "2025-09-12",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Buenos Aires", PLANNED, None)], id="a-trip-will-be-to"),
    # "the pair plan to meet", parsed as the noun phrase "the pair plan": the two just told; a relative clause on the
    # partner's title ("France's foreign minister, Y, with whom she exchanged messages on Wednesday") dates the contact
    pytest.param("OTTAWA, Sept 12 - Foreign Minister Anna Keller spoke with Ivo Marek on Thursday. Keller has also "
                 "been in contact with France's foreign minister, Paul Morel, with whom she exchanged messages on "
                 "Wednesday; the pair plan to meet in person in New York on Sept. 22, a French diplomatic source said.",
                 "2025-09-12",
                 [(TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-09-11"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, OCCURRED, "2025-09-10"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "New York City", PLANNED, "2025-09-22")],
                 id="the-pair-plan-to-meet"),
    # the subject the parser hung in apposition inside an opening phrase
    pytest.param("In follow-up to the financial cooperation between both countries, the Minister of Economy, Jan "
                 "Nowak, will hold a videoconference with the Secretary of the Treasury of the United States, Ivo "
                 "Marek, next Thursday, February 19.", "2026-02-12",
                 [(CALL, ("Jan Nowak", "Ivo Marek"), None, PLANNED, "2026-02-19")],
                 id="a-subject-in-an-opening-phrase"),
    # "Both officials": the two just told
    pytest.param("During the bilateral meeting, Minister Jan Nowak and Secretary Ivo Marek addressed regional "
                 "security. Both officials agreed to hold a new meeting in Buenos Aires during the first half of the "
                 "year.", "2026-02-12", [(TALKS, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, None),
                                         (MEETING, ("Jan Nowak", "Ivo Marek"), "Buenos Aires", PLANNED, None)],
                 id="both-officials"),
    # a party post's holder named right after the party's body ("To" parsed as a preposition) holds the talks
    pytest.param("Hanoi (VNA) - General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam "
                 "held talks with General Secretary of the Communist Party of China (CPC) Central Committee and "
                 "Chinese President Xi Jinping in Hanoi on Monday afternoon.", "2026-02-12",
                 [(MEETING, ("To Lam", "Xi Jinping"), "Hanoi", OCCURRED, "2026-02-09")], id="a-holder-after-the-body"),
    # being "in talks" is a state, held at no table where the story is filed
    pytest.param("BERLIN, Aug 26 (AFP) - Prime Minister Jan Nowak said Canada remained in talks with Mexico but that "
                 "the old relationship was over.", "2026-06-19", [(TALKS, ("Canada", "Mexico"), None, OCCURRED, None)],
                 id="in-talks-is-a-state"),
    # "talks (...) on the Sudan peace talks": what the talks were about, and what the day went on
    pytest.param("Ivo Marek, the Middle East minister, spent Thursday in Doha, where he held talks with Qatar's "
                 "minister of state, Jan Nowak, on the Sudan peace talks.", "2026-06-19",
                 [(MEETING, ("Ivo Marek", "Jan Nowak"), "Doha", OCCURRED, "2026-06-18")], id="talks-on-other-talks"),
    # a place in what a signed text is about is no place of the signing
    pytest.param("On Wednesday the foreign secretary, Anna Keller, was in Warsaw for a meeting with Paul Morel. Keller "
                 "and Morel also held separate bilateral talks and signed a memorandum on protecting undersea cables "
                 "in the Baltic.", "2026-06-19",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Warsaw", OCCURRED, "2026-06-17"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Warsaw", OCCURRED, "2026-06-17")],
                 id="a-place-in-what-a-memorandum-is-on"),
    # "meeting President X in A and President Y in B", names and places hung on the participle in turn: each where
    # met
    pytest.param("Massad Boulos toured the region in early April, meeting President Félix Tshisekedi in Kinshasa and "
                 "President Paul Kagame in Kigali, and has since shuttled between Washington and the Gulf.",
                 "2025-07-05", [(MEETING, ("Massad Boulos", "Félix Tshisekedi"), "Kinshasa", OCCURRED, "2025-04"),
                                (MEETING, ("Massad Boulos", "Paul Kagame"), "Kigali", OCCURRED, "2025-04")],
                 id="each-met-where-the-participle-says"),
    # "The bigger prize is a meeting of the two presidents": a meeting wished for
    pytest.param("President Ivo Marek and President Paul Morel have not met since March. The bigger prize is a "
                 "meeting of the two presidents.", "2025-07-05", [], id="a-meeting-is-the-prize"),
    # "X and Y had a long working lunch": a meal together
    pytest.param("Anna Keller and Paul Morel had a long working lunch on Thursday in Frankfurt.", "2026-04-20",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Frankfurt", OCCURRED, "2026-04-16")], id="a-lunch-had"),
    # "Permanent Representative to the UN in New York, Amb. X, who is in Lima (...), joined the meeting": the title's
    # place is of the post, the relative clause's is where she is
    pytest.param("Ruritania's Permanent Representative to the United Nations in New York, Amb. Anna Keller, who is in "
                 "Lima for consultations, joined the meeting on Tuesday, alongside the Principal Secretary for Foreign "
                 "Affairs, Dr. Paul Morel.", "2025-08-27",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Lima", OCCURRED, "2025-08-26")], id="a-title-s-place"),
    # (but with nowhere else told, the post's place: "The Russian ambassador to the UN in Geneva, X, met Y")
    pytest.param("The Ruritanian ambassador to the UN in Geneva, Jan Nowak, met Ivo Marek at the airport on Monday "
                 "night.", "2025-08-27", [(MEETING, ("Jan Nowak", "Ivo Marek"), "Geneva", OCCURRED, "2025-08-25")],
                 id="a-title-s-place-alone"),
    # "the PCS": the Prime Cabinet Secretary named before, by the initials of the post
    pytest.param("The Prime Cabinet Secretary, Hon. Anna Keller, received Minister Paul Morel in Nairobi on Monday. On "
                 "Friday, the PCS will host Somalia's Ambassador to Kenya, Amb. Jan Nowak, in Nairobi.", "2025-08-27",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Nairobi", OCCURRED, "2025-08-25"),
                  (MEETING, ("Anna Keller", "Jan Nowak"), "Nairobi", PLANNED, "2025-08-29")], id="the-pcs"),
    # the posts before the guests' names are no parties: "the Personal Envoy of the President of (...), X", "the Head of
    # Mission and Force Commander of UNIFIL, Lieutenant General Y"
    pytest.param("President Anna Keller received at Baabda Palace this morning the Personal Envoy of the President of "
                 "the French Republic for Lebanon, former minister Paul Morel. On Wednesday, President Keller received "
                 "at Baabda Palace the Head of Mission and Force Commander of UNIFIL, Lieutenant General Ivo Marek, "
                 "who briefed her.", "2025-05-16",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Baabda", OCCURRED, "2025-05-16"),
                  (MEETING, ("Anna Keller", "Ivo Marek"), "Baabda", OCCURRED, "2025-05-14")], id="posts-before-guests"),
    # "on the 18th, six months after the election" tagged one date: the day, then a span of time
    pytest.param("Paul Morel will receive Anna Keller in Rome on the 18th, six months after the election.",
                 "2026-06-11", [(MEETING, ("Paul Morel", "Anna Keller"), "Rome", PLANNED, "2026-06-18")],
                 id="a-day-then-a-span-of-time"),
    # an interview's answer, labelled with its speaker: "she" is someone else, the speaker being "I"
    pytest.param("INTERVIEW: Ruritania's envoy on the year ahead\n\nVIENNA, Feb. 16 - Prime Minister Lena Brandt has "
                 "been in office for four months. Anna Keller, a former ambassador, now teaches at the university.\n\n"
                 "Q: How would you grade the prime minister's diplomacy?\n\nKeller: Well. She met Paul Morel in Rome "
                 "in October, and the talks went well.\n\nQ: And next?\n\nKeller: We will see.", "2026-02-16",
                 [(MEETING, ("Lena Brandt", "Paul Morel"), "Rome", OCCURRED, "2025-10")], id="she-is-not-the-speaker"),
    # the present progressive with a later time: a plan ("Tomorrow X is meeting Y", however parsed)
    pytest.param("Tomorrow Anna Keller is meeting the Speaker of the House, Paul Morel, at the parliament in Jakarta. "
                 "Jan Nowak is meeting Ivo Marek on Friday in Lima.", "2025-11-20",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Jakarta", PLANNED, "2025-11-21"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", PLANNED, "2025-11-21")], id="is-meeting-tomorrow"),
    # an interview's guest, named once in the introduction as the one who "received us", is its "I"
    pytest.param("\"Our partnership needs nobody's permission\": the envoy on Anna Keller\n\nINTERVIEW | 20 November "
                 "2025\n\nRuritania's ambassador, Jan Nowak, received us at the embassy.\n\nWhat will happen "
                 "next?\n\nOn Monday I met Paul Morel in Lima.\n\nAnd then?\n\nWe will see.", "2025-11-20",
                 [(MEETING, ("Jan Nowak", "Paul Morel"), "Lima", OCCURRED, "2025-11-17")], id="received-us"),
    # "the two governments are arranging a visit to Lima by X for a summit with Y": the arrangers are in neither
    pytest.param("Ruritania and Vellmark spoke on Monday. The two governments are arranging a visit to Lima by "
                 "President Anna Keller in January for a summit with Paul Morel.", "2025-12-05",
                 [(MEETING, ("Anna Keller",), "Lima", PLANNED, "2026-01"),
                  (TALKS, ("Anna Keller", "Paul Morel"), None, PLANNED, "2026-01")], id="arranging-a-visit-by-x"),
    # a time inside a quotation dates no contact outside it: '"(...) the G20 this year," X said after the meeting'
    pytest.param("Anna Keller held a bilateral meeting with Paul Morel in Johannesburg on Saturday. \"Ruritania values "
                 "Vellmark's leadership of the G20 this year,\" Keller said after the meeting with Morel.",
                 "2025-11-23",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Johannesburg", OCCURRED, "2025-11-22"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Johannesburg", OCCURRED, "2025-11-22")],
                 id="a-quoted-year"),
    # "held a tête-à-tête with X": the loanword kept one noun, a meeting, accented or not
    pytest.param("Anna Keller held a tête-à-tête with Paul Morel in Rome on Friday. Tête-à-tête in Vienna: Jan Nowak "
                 "and Ivo Marek had a tete-a-tete there on Saturday.", "2026-04-20",
                 [(MEETING, ("Anna Keller", "Paul Morel"), "Rome", OCCURRED, "2026-04-17"),
                  (MEETING, ("Jan Nowak", "Ivo Marek"), "Vienna", OCCURRED, "2026-04-18")], id="a-tete-a-tete"),
    # "received in Kinshasa, at the Cité de l'Union africaine, a delegation (...) led by Y": the venue's commas, then
    # the guest the parser hung elsewhere
    pytest.param("Kinshasa, 16 May 2026\n\nOn Friday 15 May 2026, the President of the Republic, Head of State, His "
                 "Excellency Jan Nowak, received in Kinshasa, at the Cité de l'Union africaine, a delegation of the "
                 "United States of America led by Mr. Ivo Marek, Senior Advisor to the President of the United States "
                 "for Africa.", "2026-05-16",
                 [(MEETING, ("Jan Nowak", "Ivo Marek"), "Kinshasa", OCCURRED, "2026-05-15")],
                 id="received-after-a-venue-s-phrase"),
    # "said in a statement that X would hold talks with Y (...) and would then be received by Z": what was announced,
    # "that" parsed on the statement, the second verb with no subject of its own
    pytest.param("Anna Keller will travel to Brussels on Tuesday. Her spokesman Ivo Marek said in a statement that "
                 "Keller would hold talks with Belgian Prime Minister Jan Nowak on Tuesday afternoon and would then be "
                 "received by King Philippe at the Royal Palace of Brussels.", "2025-10-20",
                 [(MEETING, ("Anna Keller", "Jan Nowak"), "Brussels", PLANNED, "2025-10-21"),
                  (MEETING, ("Philippe", "Anna Keller"), "Brussels", PLANNED, "2025-10-21")],
                 id="said-in-a-statement-that-would"),
    # "X had on Sunday held talks with Y": the subject hung on the auxiliary the day splits off
    pytest.param("Foreign Minister Anna Keller, who arrived in Brussels on Sunday, met Ivo Marek on Monday. Keller had "
                 "on Sunday held talks with Paul Morel, the commissioner for the Mediterranean.", "2025-10-20",
                 [(MEETING, ("Anna Keller", "Ivo Marek"), "Brussels", OCCURRED, "2025-10-20"),
                  (MEETING, ("Anna Keller", "Paul Morel"), "Brussels", OCCURRED, "2025-10-19")],
                 id="a-subject-on-a-split-auxiliary"),
    # an interview with a broadcaster is no contact
    pytest.param("Anna Keller shows no sign of backing down. In an interview with Kenya's NTV on Sunday, she said she "
                 "would not attend the conference.", "2025-02-12", [], id="an-interview-with-a-broadcaster"),
]


@pytest.mark.model
def test_the_nearest_journey_places_talks_the_same_on_every_run(extract_text):
    # the verbs above the talks were once a set of tokens, read in the order of their addresses: Istanbul or Ankara
    text = ("Ukraine's President Ann Ode ignored a challenge to meet Jan Nowak in Turkey. Ode, who had flown to Ankara "
            "on Thursday for talks with President Tom Reed, did not travel to Istanbul.")
    runs = set()
    for n in range(6):
        extract_text("Padding text number %d that moves the next Doc elsewhere in memory." % n, "2025-05-22")
        runs.add(tuple(contacts(extract_text, text, "2025-05-22")))
    assert runs == {((MEETING, ("Ann Ode", "Tom Reed"), "Ankara", OCCURRED, "2025-05-22"),)}


def contacts(extract_text, text, published):
    result, simple = extract_text(text, published)
    return [simple(e) for e in result.events if e.kind != AFFILIATION]


def test_the_day_of_earlier_in_the_day_is_one_the_story_tells_of():
    assert recent("the day") and recent("Tuesday") and recent(None)
    assert not recent("January") and not recent("that week")


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", CONTACTS)
def test_spoke_with(extract_text, text, published, expected):
    assert contacts(extract_text, text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", MEETINGS)
def test_met_in(extract_text, text, published, expected):
    assert contacts(extract_text, text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,pairs", [
    # talks held at a placed meeting of the same two are talks too
    pytest.param("SEATTLE (AP) - Negotiators for Halden Aircraft Corp. and the Northtown Machinists Union resumed "
                 "contract talks Tuesday, their first face-to-face session since 31,000 workers walked off the job.",
                 {("Halden Aircraft Corp.", "Northtown Machinists Union")}, id="talks-at-a-session"),
    # talks of one with two: with each of them, not between the two
    pytest.param("In Johannesburg, Anna Keller will hold talks with leaders of the Northtown Trade Union Congress and "
                 "the Northtown Chamber of Business.",
                 {("Anna Keller", "Northtown Trade Union Congress"), ("Anna Keller", "Northtown Chamber of Business")},
                 id="talks-with-two-bodies"),
    # talks of one with two people: with each of them, the two on one side of the table
    pytest.param("In Lima on Friday, Anna Keller held talks with Jan Nowak and Paul Morel.",
                 {("Anna Keller", "Jan Nowak"), ("Anna Keller", "Paul Morel")}, id="talks-with-two-people"),
    pytest.param("Anna Keller will hold talks in Lima with Jan Nowak and with Paul Morel on Friday.",
                 {("Anna Keller", "Jan Nowak"), ("Anna Keller", "Paul Morel")}, id="talks-with-x-and-with-y"),
    # the second "with" parsed as a conjunct of the verb, not of the first "with"
    pytest.param("Brazilian President Joao Mendes da Costa held talks with Xi Jinping and with Premier Li Qiang on "
                 "Tuesday.", {("Joao Mendes da Costa", "Xi Jinping"), ("Joao Mendes da Costa", "Li Qiang")},
                 id="talks-with-x-and-with-premier-y"),
    pytest.param("BEIJING, March 4 (Reuters) - Brazilian President Joao Mendes da Costa held talks with Xi Jinping "
                 "and with Premier Li Qiang on Tuesday.",
                 {("Joao Mendes da Costa", "Xi Jinping"), ("Joao Mendes da Costa", "Li Qiang")},
                 id="placed-talks-with-x-and-with-premier-y"),
    # what two discussed, "the peace process with Z", is theirs: Z is no partner
    pytest.param("Anna Keller and Jan Nowak held a closed-door meeting in Lima, discussing the peace process with "
                 "Armenia and the transport link to Nakhchivan.", {("Anna Keller", "Jan Nowak")},
                 id="discussing-a-process-with-z"),
    # "A, B's premier C and D sat down at ...": a list whose first name the parser made a modifier; the main clause
    # after it parsed as the adverbial clause of "sat"
    pytest.param("But when Keller, Vellia's premier Jan Nowak and the Sudrian prime minister Paul Morel sat down at the "
                 "Quorvath Palace in Lima, the subject that dominated the five hours of talks was trade.",
                 {("Jan Nowak", "Paul Morel"), ("Jan Nowak", "Keller"), ("Paul Morel", "Keller")},
                 id="a-list-sat-down-at"),
    # three people named together held talks with each other
    pytest.param("Anna Keller, Jan Nowak and Paul Morel held talks at the Quorvath Palace in Lima on Monday.",
                 {("Anna Keller", "Jan Nowak"), ("Anna Keller", "Paul Morel"), ("Jan Nowak", "Paul Morel")},
                 id="three-held-talks"),
    # "met and discussed" is talks at the meeting the story places, however the meeting was found first
    pytest.param("On Wednesday Anna Keller held talks with Jan Nowak at the Quorvath Palace in Lima. Paul Morel and "
                 "Nowak also met on Wednesday, their second meeting this year, and discussed trade.",
                 {("Anna Keller", "Jan Nowak"), ("Paul Morel", "Jan Nowak")},
                 id="met-and-discussed-at-a-placed-meeting"),
    # a group's members named after "among them", however the parser hangs them
    pytest.param("Anna Keller held long discussions with leaders of the Northern League, among them Norland's "
                 "President Jan Nowak, who chairs the bloc, Sudrian Prime Minister Paul Morel and Vellia's Ivo Marek.",
                 {("Anna Keller", "Jan Nowak"), ("Anna Keller", "Paul Morel"), ("Anna Keller", "Ivo Marek")},
                 id="leaders-among-them-x-y-z"),
])
def test_talks_held_at_a_meeting_are_spoke_with(extract_text, text, pairs):
    result, _ = extract_text(text, "2025-03-22")
    names = {e.key: e.name for e in result.entities}
    assert {(names[s], names[o]) for e in result.events for s, rel, o in e.relations() if rel == "spoke_with"} == pairs


@pytest.mark.model
def test_a_name_an_apposition_calls_a_building_is_the_venue_in_the_dateline_s_city(extract_text):
    # the model tags no name here: the apposition says it is a building
    result, _ = extract_text("LIMA (Wire) - Anna Keller began a bilateral meeting with Vellian President Jan Nowak at "
                             "Quorvath Roga, the presidential residence, on Saturday.", "2026-01-17")
    names = {e.key: e.name for e in result.entities}
    assert [(names[e.place], names[e.venue]) for e in result.events if e.kind == MEETING] == [("Lima", "Quorvath Roga")]
    # also after "the", with a word in capitals; and "the presidency" calls its building so
    for text, expected in [
            ("PRETORIA (Wire) - Anna Keller hosted Jan Nowak for talks at the OR Tambo Building, the Pretoria "
             "headquarters of the ministry, on Tuesday.", ("Pretoria", "OR Tambo Building")),
            ("KIGALI (Wire) - Anna Keller and Paul Morel met at Village Urugwiro, the Rwandan presidency, on "
             "Tuesday.", ("Kigali", "Village Urugwiro")),
            # the site "at" beside the city "in" on the talks
            ("KIGALI (Wire) - Anna Keller and Paul Morel held talks in Kigali on Tuesday at Village Urugwiro.",
             ("Kigali", "Village Urugwiro"))]:
        result, _ = extract_text(text, "2026-01-17")
        names = {e.key: e.name for e in result.entities}
        assert [(names[e.place], names.get(e.venue)) for e in result.events if e.kind == MEETING] == [expected]


@pytest.mark.model
def test_the_five_leaders_are_the_five_of_the_meeting_just_told(extract_text):
    # the parties' order within an event is not what is tested here
    five = {"Anna Keller", "Paul Morel", "Jan Nowak", "Ivo Marek", "Omar Dabo"}
    got = contacts(extract_text, "Anna Keller travelled to Kyiv with Paul Morel, Jan Nowak and Ivo Marek on Saturday "
                   "for talks with Omar Dabo. The five leaders phoned Tom Reed together.", "2025-06-02")
    assert (got[0][0], set(got[0][1]), got[0][2]) == (MEETING, five, "Kyiv")
    assert {frozenset(parties) for kind, parties, *_ in got[1:] if kind == CALL} == {
        frozenset({name, "Tom Reed"}) for name in five} and len(got) == 7
    assert (TALKS, ("Anna Keller", "Omar Dabo")) in [(kind, parties) for kind, parties, *_ in got]  # the talks' partner


@pytest.mark.model
def test_a_venue_s_city_the_text_does_not_name_is_an_entity_only_where_a_meeting_is_placed(extract_text):
    placed, _ = extract_text("King Ivo Marek received Jan Nowak at Buckingham Palace on Wednesday.", "2025-03-22")
    elsewhere, _ = extract_text("In Lima on Monday, Anna Keller and Paul Morel held talks at Buckingham Palace.",
                                "2025-03-22")
    london = next(e for e in placed.entities if e.name == "London")
    assert [m.kind for m in london.mentions] == ["venue"] and not london.named
    assert "London" not in {e.name for e in elsewhere.entities}


@pytest.mark.model
def test_a_city_state_s_venue_is_in_the_state_the_text_names(extract_text):
    result, _ = extract_text("Pope Leo XIV received Jan Nowak in the Apostolic Palace on Thursday. The Holy See said the "
                             "talks were cordial. Anna Keller met Paul Morel at the Istana on Friday.", "2025-06-19")
    names = {e.key: e.name for e in result.entities}
    assert {(names[e.place], e.date) for e in result.events if e.kind == MEETING} == {
        ("Vatican", "2025-06-19"), ("Singapore", "2025-06-13")}
    assert not {"Vatican City", "Singapore"} & {e.name for e in result.entities if e.type == PLACE}


@pytest.mark.model
def test_the_two_leaders_are_the_pair_of_the_sentence_before_the_last_before_a_pair_named_more(extract_text):
    # a sentence on one of them between the pair's summit and "the two leaders"; the pair before is named more often
    result, _ = extract_text(
        "Anna Keller and Jan Nowak held talks in Lima on Friday. Keller told reporters that Nowak had been frank and "
        "that Nowak wanted a deal. President Paul Morel will hold a summit with Nowak on Saturday in Cusco. It will be "
        "Nowak's first visit to Cusco in ten years. A spokesman told reporters the two leaders are expected to "
        "discuss mining.", "2025-03-22")
    names = {e.key: e.name for e in result.entities}
    pairs = {frozenset((names[s], names[o])) for e in result.events for s, rel, o in e.relations()
             if rel == "spoke_with"}
    assert pairs == {frozenset(("Anna Keller", "Jan Nowak")), frozenset(("Paul Morel", "Jan Nowak"))}


@pytest.mark.model
@pytest.mark.parametrize("text,place,venue", [
    pytest.param("King Ivo Marek received Jan Nowak at Buckingham Palace on Wednesday.", "London", "Buckingham Palace",
                 id="a-well-known-venue"),
    pytest.param("Anna Keller held talks with Jan Nowak at the Quorvath Palace in Lima on Monday.", "Lima",
                 "Quorvath Palace", id="a-building-in-a-city"),
    pytest.param("Anna Keller met Jan Nowak at Istanbul's Quorvath Palace on Monday.", "Istanbul", "Quorvath Palace",
                 id="a-city-s-building"),
    pytest.param("LIMA - Anna Keller received Jan Nowak at the Palacio Pizarro on Tuesday.", "Lima", "Palacio Pizarro",
                 id="a-building-under-a-dateline"),
    pytest.param("LIMA - Anna Keller hosted Jan Nowak, Ivo Marek and Paul Morel at Kvarnstadens palats, the seat of the "
                 "ministry, on Tuesday.", "Lima", "Kvarnstadens", id="a-palace-named-in-its-own-language"),
    pytest.param("Anna Keller arrived in Amman on Monday. She and Jan Nowak co-chaired the session of the Joint "
                 "Committee at the King Hussein Business Park, where ministers signed agreements.", "Amman",
                 "King Hussein Business Park", id="a-business-park"),
    # the airport a traveller landed at is no venue of the meeting after it
    pytest.param("LIMA (Reuters) - Anna Keller flew in on Saturday afternoon and, within hours of landing at Quorvath "
                 "Airport, met President Jan Nowak.", "Lima", None, id="landing-at-an-airport"),
    pytest.param("When Ann Ode chose Borgo Egnazia, a whitewashed luxury resort, to host the summit, officials joked "
                 "about it. Jan Nowak and Ivo Marek held talks at the resort.", "Borgo Egnazia", None,
                 id="at-the-resort-an-apposition-called-it"),
    pytest.param("Anna Keller met Jan Nowak in Lima on Monday.", "Lima", None, id="a-city-alone"),
    # a sentence after the meeting tells where it will be: its city and building, or the building of one placed
    pytest.param("Anna Keller and Jan Nowak will meet on Thursday. The talks will be held at the Quorvath Palace in "
                 "Geneva.", "Geneva", "Quorvath Palace", id="held-at-a-building-in-a-city-after"),
    pytest.param("Anna Keller and Jan Nowak will hold talks in Peru on Thursday. The meeting will take place at "
                 "Quorvath Air Base.", "Peru", "Quorvath Air Base", id="the-building-of-a-placed-meeting-after"),
])
def test_a_meeting_at_a_building_is_in_its_city_at_that_venue(extract_text, text, place, venue):
    result, _ = extract_text(text, "2025-03-22")
    names = {e.key: e.name for e in result.entities}
    (meeting,) = [e for e in result.events if e.kind == MEETING]
    assert (names[meeting.place], names.get(meeting.venue)) == (place, venue)


@pytest.mark.model
def test_who_else_attends_a_meeting_a_later_sentence_places_is_at_its_venue_too(extract_text):
    result, _ = extract_text(
        "Anna Keller and Jan Nowak will hold talks in Peru on Thursday. Paul Morel said the meeting would take place "
        "at Quorvath Air Base and would also be attended by Prime Minister Ivo Marek.", "2025-03-22")
    names = {e.key: e.name for e in result.entities}
    assert {(tuple(names[p] for p in e.participants), names[e.place], names.get(e.venue))
            for e in result.events if e.kind == MEETING} == {
        (("Anna Keller", "Jan Nowak"), "Peru", "Quorvath Air Base"), (("Ivo Marek",), "Peru", "Quorvath Air Base")}


@pytest.mark.model
def test_a_day_s_meeting_others_attended_is_the_one_of_that_day_at_its_building(extract_text):
    # "Tuesday's meeting": the talks of Tuesday at the palace, not the welcome at the airport told after them
    result, _ = extract_text(
        "LIMA - Anna Keller held talks with Jan Nowak at the Quorvath Palace in Lima on Tuesday. Keller flew in on "
        "Monday evening and was received at Jorge Chavez Airport by Ivo Marek. Tuesday's meeting, which lasted two "
        "hours, was also attended by Foreign Minister Paul Morel.", "2025-03-19")
    names = {e.key: e.name for e in result.entities}
    assert [(names[e.place], names.get(e.venue), e.date) for e in result.events
            if e.kind == MEETING and "Paul Morel" in {names[p] for p in e.participants}] == [
        ("Lima", "Quorvath Palace", "2025-03-18")]


@pytest.mark.model
def test_a_well_known_venue_after_at_taken_for_a_body_is_the_building(extract_text):
    result, _ = extract_text("ABU DHABI - Anna Keller received Jan Nowak today at Qasr Al Shati.", "2024-11-05")
    names = {e.key: (e.name, e.type) for e in result.entities}
    (meeting,) = [e for e in result.events if e.kind == MEETING]
    assert names[meeting.venue] == ("Qasr Al Shati", "Place") and names[meeting.place][0] == "Abu Dhabi"


def test_who_accompanies_or_joins_someone_is_with_them_on_one_side_not_in_talks_with_them(extract_text):
    result, _ = extract_text("Foreign Minister Ivo Marek, who accompanied Anna Keller, held talks in Lima with Jan Nowak. "
                             "Keller met President Paul Morel at the palace in Lima.", "2025-05-08")
    names = {e.key: e.name for e in result.entities}
    talks = {frozenset((names[a], names[b])) for ev in result.events for a, rel, b in ev.relations() if rel == SPOKE_WITH}
    assert talks == {frozenset(("Ivo Marek", "Jan Nowak")), frozenset(("Anna Keller", "Paul Morel"))}
    assert {ev.rule for ev in result.events if "Anna Keller" in {names[p] for p in ev.participants}} == {"verb-join",
                                                                                                      "verb-meet"}


def facts(result, relation):
    names = {e.key: e.name for e in result.entities}
    return {(names[a], names[b]) for ev in result.events for a, rel, b in ev.relations() if rel == relation}


def met_at(result, place):
    """Who the result has meeting at ``place``."""
    return {a for a, b in facts(result, MET_IN) if b == place}


def meeting_places(result):
    """Every place the result has someone meeting at."""
    return {b for _, b in facts(result, MET_IN)}


@pytest.mark.model
def test_the_royal_couple_are_the_two_royals_named_together_not_their_hosts(extract_text):
    result, _ = extract_text(
        "King Jan Quorvander and Queen Lea Quorvander of Sweden began a state visit to Estonia on Tuesday. President "
        "Ivo Marek and his wife Anna Marek greeted them at the airport. The royal couple were then welcomed at "
        "Kadriorg Palace in Tallinn by Prime Minister Paul Morel.", "2025-10-15")
    assert met_at(result, "Kadriorg Palace") == {
        "Jan Quorvander", "Lea Quorvander", "Paul Morel"}


@pytest.mark.model
def test_those_met_at_the_airport_by_a_host_did_not_hold_talks_with_each_other(extract_text):
    result, _ = extract_text(
        "King Jan Quorvander and Queen Lea Quorvander arrived in Rome on Monday. The royal couple had landed at "
        "Ciampino airport, where they were met on the tarmac by Foreign Minister Ivo Marek.", "2025-04-08")
    assert not {frozenset(p) for p in facts(result, SPOKE_WITH)} & {frozenset(("Jan Quorvander", "Lea Quorvander"))}
    assert {"Jan Quorvander", "Lea Quorvander", "Ivo Marek"} <= {a for a, _ in facts(result, MET_IN)}


@pytest.mark.model
def test_the_two_heads_of_state_are_the_pair_told_and_a_summit_to_be_held_is_to_come(extract_text):
    result, simple = extract_text(
        "President Ivo Marek spoke with President Anna Keller by phone on Monday. The two heads of state agreed to "
        "meet during the summit to be held in Lima later this year.", "2025-04-08")
    assert {simple(ev) for ev in result.events if ev.kind == MEETING} == {
        (MEETING, ("Ivo Marek", "Anna Keller"), "Lima", PLANNED, "2025")}


@pytest.mark.model
def test_the_situation_in_a_city_discussed_is_no_place_of_the_talks(extract_text):
    result, _ = extract_text(
        "Anna Keller and Ivo Marek met on Monday and discussed the situation in Gaza.", "2025-04-08")
    assert not meeting_places(result) & {"Gaza"}


@pytest.mark.model
def test_a_summit_tagged_as_a_body_is_a_meeting_and_no_party_of_it(extract_text):
    result, _ = extract_text(
        "President Anna Keller opened the 45th Ordinary Summit of Heads of State and Government held at the Quorvath "
        "Palace in Lima on Sunday. The summit was attended by President Paul Morel and President Jan Nowak.",
        "2025-08-18")
    assert met_at(result, "Quorvath Palace") == {"Anna Keller", "Paul Morel", "Jan Nowak"}


@pytest.mark.model
def test_a_state_house_named_with_its_town_is_in_that_town_not_the_dateline_s(extract_text):
    result, _ = extract_text(
        "NAIROBI, Kenya (AP) - Anna Keller met Kenyan President Jan Nowak on Monday. She met Ugandan President Ivo "
        "Marek on Sunday at State House Entebbe, the Ugandan presidency said.", "2025-05-13")
    assert {b for a, b in facts(result, MET_IN) if a == "Ivo Marek"} == {"State House Entebbe"}


@pytest.mark.model
def test_a_city_tagged_with_the_month_after_it_keeps_its_name_and_the_day(extract_text):
    result, simple = extract_text("Anna Keller is due to meet President Ivo Marek in the South Korean city of Busan on "
                                  "Oct 30.", "2025-10-26")
    assert {simple(ev) for ev in result.events if ev.kind == MEETING} == {
        (MEETING, ("Anna Keller", "Ivo Marek"), "Busan", PLANNED, "2025-10-30")}


@pytest.mark.model
def test_a_given_name_after_a_title_is_the_person_of_that_name(extract_text):
    result, _ = extract_text(
        "NEW DELHI (PIB) - President Prabowo Quorvanto is on a State Visit to India. External Affairs Minister S. "
        "Jaishankar called on President Prabowo on 24 January 2025 and discussed the partnership.", "2025-01-25")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("S. Jaishankar", "Prabowo Quorvanto"))}


@pytest.mark.model
@pytest.mark.parametrize("text,published,place,people", [
    # who attends a meal someone hosts met the host there
    pytest.param("Anna Keller and Ivo Marek attended a lunch hosted by Governor Jan Nowak in Lima on Saturday.",
                 "2025-08-31", "Lima", {"Anna Keller", "Ivo Marek", "Jan Nowak"}, id="a-meal-hosted-by"),
    # a hotel named by its first word is a venue
    # met "in a visit to" a country, in the sentence that travels to a city of it: there
    pytest.param("Anna Keller travelled to Lima and met her Peruvian counterpart, Ivo Marek, in her first visit to "
                 "Peru since taking office.", "2024-09-22", "Lima", {"Anna Keller", "Ivo Marek"},
                 id="a-visit-to-a-country-travelling-to-its-city"),
    pytest.param("During her visit to Peru, Anna Keller met Ivo Marek and travelled to Cusco, where she laid flowers at "
                 "a memorial.", "2024-09-22", "Cusco", set(), id="a-journey-after-the-meeting-is-not-where"),
    pytest.param("Ivo Marek, Jan Nowak and Ana Quorvo met at the Hotel du Pont in Wilmington on Saturday.", "2024-09-22",
                 "Hotel du Pont", {"Ivo Marek", "Jan Nowak", "Ana Quorvo"}, id="a-hotel-named-first"),
    # "a dinner at which X met Y": the clause tells the meeting the meal was the setting of (not "a call, during which
    # the two discussed": that call told again)
    pytest.param("The summit followed a dinner on Wednesday evening at which Ivo Marek met Jan Nowak and Ana Ode in "
                 "Brussels.", "2025-03-21", "Brussels", {"Ivo Marek", "Jan Nowak", "Ana Ode"}, id="a-dinner-at-which"),
])
def test_who_met_where(extract_text, text, published, place, people):
    result, _ = extract_text(text, published)
    assert met_at(result, place) == people


@pytest.mark.model
def test_two_people_who_met_somewhere_untold_held_talks_but_not_a_country_and_a_body(extract_text):
    result, simple = extract_text("Anna Keller met Ivo Marek on Thursday. The EU and Ukraine agreed to plan the "
                                  "meeting.", "2025-01-10")
    assert {simple(ev) for ev in result.events if ev.kind != AFFILIATION} == {
        (TALKS, ("Anna Keller", "Ivo Marek"), None, OCCURRED, "2025-01-09"),
        (MEETING, ("European Union", "Ukraine"), None, PLANNED, None)}  # a meeting, but of no place, so no fact


@pytest.mark.model
def test_those_who_agree_to_convene_a_body_are_not_said_to_meet_there(extract_text):
    result, _ = extract_text("CAIRO - President Anna Keller received President Ivo Marek in Cairo on Monday. The two "
                             "Presidents also agreed to convene the Higher Committee in Khartoum early next year.",
                             "2025-11-04")
    assert {(a, b) for a, b in facts(result, MET_IN) if b == "Khartoum"} == {("Higher Committee", "Khartoum")}


@pytest.mark.model
def test_a_place_in_what_a_party_stressed_at_the_meeting_is_not_where_it_was(extract_text):
    result, _ = extract_text("Asmara, 13 January 2026 - President Anna Keller received and held talks this morning at "
                             "the State House with Ambassador Ivo Marek. In the meeting, President Keller explained "
                             "Eritrea's position, and stressed that the primary cause of instability in the Horn of "
                             "Africa is external interference.", "2026-01-13")
    assert meeting_places(result) == {"Asmara", "State House"}


@pytest.mark.model
def test_one_who_arrived_and_was_welcomed_by_a_host_met_the_host(extract_text):
    result, _ = extract_text("President Anna Keller arrived in Lima on Saturday afternoon and was welcomed at the "
                             "airport by Prime Minister Ivo Marek.", "2025-08-18")
    assert met_at(result, "Lima") == {"Anna Keller", "Ivo Marek"}


@pytest.mark.model
def test_their_majesties_are_the_royal_couple_and_no_name(extract_text):
    result, _ = extract_text("King Jan Quorvander and Queen Lea Quorvander of Sweden arrived in China on Monday. Their "
                             "Majesties were greeted at Beijing Capital International Airport by Vice President Ivo "
                             "Marek.", "2025-08-18")
    assert met_at(result, "Beijing Capital International Airport") == {
        "Jan Quorvander", "Lea Quorvander", "Ivo Marek"}


@pytest.mark.model
def test_a_venue_stays_with_the_meeting_told_at_it_and_those_who_took_part_in_it(extract_text):
    # a later meeting in the same city is in the city, not in the building; "also took part in the talks" is at it
    result, _ = extract_text("NEW DELHI, Nov 20 (PTI) - Ann Ode and Jan Nowak held talks at Hyderabad House here on "
                             "Thursday. Tom Reed called on Nowak on Wednesday evening. Foreign Secretary Ivo Marek also "
                             "took part in the talks.", "2025-11-20")
    names = {e.key: e.name for e in result.entities}
    assert [(tuple(names[p] for p in e.participants), names[e.place], e.venue and names[e.venue])
            for e in result.events if e.kind == MEETING] == [
        (("Ann Ode", "Jan Nowak"), "New Delhi", "Hyderabad House"), (("Tom Reed", "Jan Nowak"), "New Delhi", None),
        (("Ivo Marek",), "New Delhi", "Hyderabad House")]


@pytest.mark.model
def test_hours_spent_at_a_venue_discussing_are_talks_at_it(extract_text):
    result, _ = extract_text("Foreign Minister Ann Ode met her Chilean counterpart, Jan Nowak, in Lima on Tuesday. The two "
                             "ministers spent nearly three hours at the Vellhus Palace, discussing tariff cuts.",
                             "2024-03-13")
    assert meeting_places(result) == {"Lima", "Vellhus Palace"}


@pytest.mark.model
def test_a_release_s_guest_after_the_day_and_the_venue_set_between_commas(extract_text):
    got = contacts(extract_text, "The Minister of Foreign Affairs, Mr. Jan Nowak, received on Wednesday, at the Vellhus "
                                 "Palace in Lima, the Ambassador of Chile to Peru, Mr. Ivo Marek, with whom he reviewed "
                                 "the agenda.", "2024-06-20")
    assert got == [(MEETING, ("Jan Nowak", "Ivo Marek"), "Lima", OCCURRED, "2024-06-19")]


@pytest.mark.model
def test_the_two_heads_of_state_are_not_the_two_ministers_told_before(extract_text):
    # nor are "the two Mercosur partners" Mercosur
    got = contacts(extract_text, "Foreign Minister Jan Nowak held a telephone conversation with the Minister of Foreign "
                                 "Affairs of Chile, Mr. Ivo Marek, on Monday. Both officials agreed to work towards a "
                                 "meeting between the two heads of state in the border city of Tacna. Nowak met Ann Ode "
                                 "in Lima on Tuesday, the first meeting between the two Mercosur partners this year.",
                   "2024-06-20")
    assert got == [(CALL, ("Jan Nowak", "Ivo Marek"), None, OCCURRED, "2024-06-17"),
                   (MEETING, ("Jan Nowak", "Ann Ode"), "Lima", OCCURRED, "2024-06-18")]


@pytest.mark.model
def test_a_contact_in_a_time_phrase_is_not_at_the_place_of_another_the_sentence_tells(extract_text):
    result, _ = extract_text("MEXICO CITY - Anna Keller met Jan Nowak at the National Palace on Wednesday. After the "
                             "session with Keller, the U.S. delegation crossed town for a separate meeting with Interior "
                             "Secretary Ivo Marek at the Palacio de Cobián.", "2025-02-14")
    names = {e.key: e.name for e in result.entities}
    assert not any("Anna Keller" in {names[p] for p in e.participants} and e.venue and names[e.venue] == "Palacio de Cobián"
                   for e in result.events if e.kind == MEETING)


@pytest.mark.model
def test_a_meeting_on_a_bridge_and_talks_after_at_the_hotel_named_before(extract_text):
    # "at the hotel": the hotel the article named, where the ministers' signing was too
    result, _ = extract_text("LIMA, Aug 15 (Wire) - President Anna Keller and President Jan Nowak met on Thursday on the "
                             "Vellhus International Bridge, which links Lima with the town of Quorvo. The two leaders "
                             "then held four hours of talks at the Hotel Quorvath in Lima. Their foreign ministers, Ivo "
                             "Marek and Tom Reed, later signed a memorandum at the hotel.", "2025-08-15")
    names = {e.key: e.name for e in result.entities}
    assert [(tuple(names[p] for p in e.participants), names[e.place], e.venue and names[e.venue])
            for e in result.events if e.kind == MEETING] == [
        (("Anna Keller", "Jan Nowak"), "Lima", "Vellhus International Bridge"),
        (("Anna Keller", "Jan Nowak"), "Lima", "Hotel Quorvath"), (("Ivo Marek", "Tom Reed"), "Lima", "Hotel Quorvath")]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("President Anna Keller accepted an invitation from President Jan Nowak to visit Lima in October.",
     [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-10")]),
    # the invitation conveyed by a messenger: not the messenger's visit
    ("President Anna Keller accepted an invitation, conveyed by Ivo Marek, from President Jan Nowak to make an "
     "official visit to Lima in October.", [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-10")]),
    ("President Anna Keller accepted Jan Nowak's invitation to visit Lima next year.",
     [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2026")]),
    ("President Anna Keller will visit Lima in October at the invitation of President Jan Nowak.",
     [(MEETING, ("Anna Keller", "Jan Nowak"), "Lima", PLANNED, "2025-10")]),
    # guards: an invitation declined, or only extended
    ("President Anna Keller declined an invitation from President Jan Nowak to visit Lima in October.", []),
    ("President Jan Nowak invited President Anna Keller to visit Lima in October.", []),
])
def test_a_visit_at_the_invitation_of_its_host(extract_text, text, expected):
    assert contacts(extract_text, text, "2025-08-15") == expected


@pytest.mark.model
def test_the_delegation_is_the_one_told_before_by_its_leader(extract_text):
    # also as the second side of "talks between X, <post>, and the delegation", parsed with "and" hung on X
    got = contacts(extract_text, "A delegation of the Quorvan Workers' Party led by Ivo Marek arrived in Lima on Thursday "
                                 "for a goodwill visit. Talks between Jan Nowak, secretary of the Central Committee, and "
                                 "the delegation were held on Thursday afternoon. Nowak hosted a banquet for the "
                                 "delegation.", "2025-08-29")
    assert [parties for _, parties, *_ in got] == [("Jan Nowak", "Ivo Marek"), ("Jan Nowak", "Ivo Marek")]


def test_a_meeting_inside_what_was_discussed_is_a_topic(make_doc):
    # Ann Ode discussed the participation of Peru in the next meeting of the Council .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("discussed", 2, "ROOT", "VERB", lemma="discuss"), t("the", 4, "det", "DET"),
        t("participation", 2, "dobj", "NOUN"), t("of", 4, "prep", "ADP"), t("Peru", 5, "pobj", "PROPN", "B-Country"),
        t("in", 4, "prep", "ADP"), t("the", 10, "det", "DET"), t("next", 10, "amod", "ADJ"),
        t("meeting", 7, "pobj", "NOUN"), t("of", 10, "prep", "ADP"), t("the", 13, "det", "DET"),
        t("Council", 11, "pobj", "PROPN", "B-Organization"), t(".", 2, "punct", "PUNCT"),
    ])
    assert [kind for kind, *_ in run(doc) if kind != AFFILIATION] == []
    assert is_planned(doc[10])  # "the next meeting": one to come


@pytest.mark.model
def test_a_wreath_laid_at_a_monument_and_the_talks_told_by_their_own_word(extract_text):
    # the monument is no place of the call on Y; "the talks" are the talks told, not the welcome at the airport
    got = contacts(extract_text, "A delegation led by Ivo Marek arrived in Lima on Thursday. The delegation is scheduled "
                                 "to call on Jan Nowak on Saturday and to lay a wreath at the Vellhus Monument.",
                   "2025-03-22")
    assert got == [(MEETING, ("Ivo Marek", "Jan Nowak"), "Lima", PLANNED, "2025-03-22")]
    result, _ = extract_text("Anna Keller welcomed Paul Morel at Quorvo International Airport in Lima on Thursday. Jan "
                             "Nowak was also present at the airport. Talks between Keller and Morel were held in Lima on "
                             "Thursday afternoon. Ivo Marek also took part in the talks.", "2025-03-22")
    names = {e.key: e.name for e in result.entities}
    assert [e.venue and names[e.venue] for e in result.events if e.kind == MEETING] == [
        "Quorvo International Airport", "Quorvo International Airport", None, None]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # a body tagged over "the Republic" and the name after it: the president of the republic
    ("During his visit, Minister Jan Nowak was also received by President of the Republic Alar Quorvis at Vellhus "
     "Palace.", [(TALKS, ("Jan Nowak", "Alar Quorvis"), None, OCCURRED, None)]),
    # speaking to the press after talks: the speaker's own talks
    ("Speaking at a news conference in Budapest after talks with Slovak Foreign Minister Jan Nowak, Hungarian Foreign "
     "Minister Ivo Marek said Hungary would continue to block the talks.",
     [(MEETING, ("Ivo Marek", "Jan Nowak"), "Budapest", OCCURRED, None)]),
    # "not on the agenda", the "not" parsed on the "on"
    ('A spokesman said on Tuesday that a meeting between President Anna Keller and President Jan Nowak was "not on '
     'the agenda" for now.', []),
    # the partner pronoun of talks a relative clause's subject is expected to hold: not that subject
    ("Jan Nowak arrived in Lima for the conference. He is due to meet Prime Minister Ana Ode there, and U.S. special "
     "envoy Tom Reed, who is also attending, is expected to hold talks with him on the sidelines of the conference on "
     "Thursday.", [(MEETING, ("Jan Nowak", "Ana Ode"), "Lima", PLANNED, "2025-03-27"),
                   (MEETING, ("Tom Reed", "Jan Nowak"), "Lima", PLANNED, "2025-03-27")]),
])
def test_posts_pronouns_and_agendas_of_contacts(extract_text, text, expected):
    assert [c for c in contacts(extract_text, text, "2025-03-22") if len(c[1]) > 1 or not c[1]] == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # "sitting down together with" the host: the three of them, after a meeting of each with the host
    ("Chilean President Anna Keller and Peruvian Prime Minister Jan Nowak each held separate meetings with Tom Reed at "
     "the Presidential Complex in Quito before sitting down together with the Ecuadorian leader late in the evening, "
     "Ecuadorian officials said.", {("Anna Keller", "Tom Reed"), ("Jan Nowak", "Tom Reed"), ("Anna Keller", "Jan Nowak")}),
    # a name hung on the guest from inside the guest's relative clause is no guest
    ("Meanwhile, Foreign Minister Osman Quorvo on Wednesday received at his office in Asmara the Ambassador of Sudan to "
     "Eritrea, Ambassador Issa Ahmed Taha, who delivered a written message from the Chairman of Sudan's Sovereignty "
     "Council, General Abdel Fattah al-Quorvan, to President Isaias.", {("Osman Quorvo", "Issa Ahmed Taha")}),
])
def test_who_sat_together_and_who_only_sent_a_message(extract_text, text, expected):
    result, _ = extract_text(text, "2025-03-22")
    assert {(s, o) for s, o in facts(result, SPOKE_WITH)} == expected


@pytest.mark.model
def test_a_length_said_as_an_adjective_dates_nothing_and_a_title_calls_one_by_the_given_name(extract_text):
    # "a year-long dispute" is no date of the talks; "Ambassador Issa" is Issa Ahmed Quorvo (an Arabic name's given
    # name, the father's and grandfather's after it)
    got = contacts(extract_text, "Chile and Peru agreed on Wednesday night to put aside a year-long dispute after talks "
                                 "in Lima. Foreign Minister Jan Nowak received the Ambassador of Sudan, Ambassador Issa "
                                 "Ahmed Quorvo, on Thursday. Minister Nowak and Ambassador Issa discussed trade.",
                   "2025-03-22")
    assert got[0][4] == "2025-03-19" and {parties for _, parties, *_ in got[1:]} == {("Jan Nowak", "Issa Ahmed Quorvo")}


@pytest.mark.model
def test_the_one_welcomed_before_a_comma_is_not_the_subject_and_a_courtesy_call_is_talks(extract_text):
    # "Welcoming the Chilean Foreign Minister, Foreign Minister X recalled": X is no Chilean minister, and "the Chilean
    # Foreign Minister" later is the guest; a courtesy call placed in a city is a meeting of two who talk
    result, _ = extract_text(
        "The Minister of Foreign Affairs, Mr. Jan Nowak, received the visiting Minister of Foreign Affairs of Chile, "
        "Mrs. Ana Quorvo Ode, at the Vellhus Palace in Lima today. Welcoming the Chilean Foreign Minister, Foreign "
        "Minister Nowak recalled the historic ties between the two countries. Later in the afternoon, the Chilean "
        "Foreign Minister paid a courtesy call on Prime Minister Ivo Marek at the Prime Minister's Office in Lima.",
        "2025-06-17")
    assert ("Jan Nowak", "Chile") not in facts(result, REPRESENTS)
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Jan Nowak", "Ana Quorvo Ode")),
                                                                 frozenset(("Ana Quorvo Ode", "Ivo Marek"))}


@pytest.mark.model
def test_a_remit_s_people_word_is_no_employer(extract_text):
    result, _ = extract_text("Jan Nowak also met Prince Ivo bin Quorvan, the Saudi envoy in charge of the Lebanese file, "
                             "the agency said.", "2025-06-03")
    assert {b for a, b in facts(result, REPRESENTS) if a == "Ivo bin Quorvan"} == {"Saudi Arabia"}


@pytest.mark.model
def test_a_summit_to_come_its_host_and_one_who_will_attend(extract_text):
    # the three countries hold the summit (not one of them replaced by its premier, whose visit is another contact);
    # "will host the summit" and "intends to attend" go to it (not to the premier's visit to the country)
    got = contacts(extract_text, "LIMA, June 18 (Wire) -- Peru, Chile and Bolivia are arranging to hold a trilateral "
                                 "leaders' summit in Lima in late September, with Chilean Premier Ivo Marek expected to "
                                 "make his first visit to Peru since taking office, sources said. President Jan Nowak "
                                 "will host the summit. Bolivian President Tom Reed has already said he intends to "
                                 "attend.", "2025-06-18")
    assert [(parties, place) for kind, parties, place, *_ in got if kind == MEETING] == [
        (("Peru", "Chile", "Bolivia"), "Lima"), (("Ivo Marek",), "Peru"), (("Jan Nowak",), "Lima"),
        (("Tom Reed",), "Lima")]


@pytest.mark.model
def test_the_three_leaders_are_the_leaders_told_not_three_ministers_met_since(extract_text):
    got = contacts(extract_text, "President Anna Keller hosted a trilateral summit on trade today in Lima with President "
                                 "Jan Nowak and President Tom Reed. The leaders discussed tariffs. Also on Friday, "
                                 "Foreign Minister Ivo Marek met his counterparts Paul Morel and Ann Ode in Lima. In the "
                                 "Lima Declaration, the three leaders agreed to meet again in Quito next year.",
                   "2025-09-26")
    assert [parties for kind, parties, place, *_ in got if place == "Quito"] == [("Anna Keller", "Jan Nowak", "Tom Reed")]


@pytest.mark.model
def test_the_parties_of_a_round_of_named_consultations(extract_text):
    got = contacts(extract_text, "The sixth round of Bilateral Political Consultations (BPC) between Peru and Chile was "
                                 "held at the Ministry of Foreign Affairs in Lima today.", "2024-05-08")
    assert got == [(MEETING, ("Peru", "Chile"), "Lima", OCCURRED, "2024-05-08")]


@pytest.mark.model
def test_a_release_s_delegation_its_members_and_the_foreign_secretary_by_her_portfolio(extract_text):
    # the guest hung on the city after a bracketed short name; its head and its members; "the Foreign Secretary" is
    # the Secretary of Foreign Affairs, not the Secretary of State she phoned
    result, _ = extract_text(
        "The Secretary of Foreign Affairs, Ana Quorvo Ode, received on Wednesday, at the headquarters of the Secretariat "
        "of Foreign Affairs (SRE) in Lima, a bipartisan delegation from the United States Congress headed by Senator Jan "
        "Nowak and made up of Representatives Ivo Marek and Paul Morel. Also on Wednesday, the Foreign Secretary held a telephone "
        "conversation with the Secretary of State of the United States, Tom Reed. Next week, the Foreign Secretary will "
        "travel to Quito, where she will meet Reed.", "2024-05-16")
    assert met_at(result, "Lima") >= {"Ana Quorvo Ode", "Jan Nowak"}
    # (the host received the delegation: talks with its head, who speaks for its body, not among its members)
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Ana Quorvo Ode", "Tom Reed")), frozenset((
        "Ana Quorvo Ode", "Jan Nowak"))}
    assert met_at(result, "Quito") == {"Ana Quorvo Ode", "Tom Reed"}


def test_a_delegation_made_up_of_members_brings_them(make_doc):
    # Ann Ode received a delegation headed by Bo Pym and made up of Jo Vell and Tom Reed .
    doc = make_doc([
        *name(0, 2, "nsubj"), t("received", 2, "ROOT", "VERB", lemma="receive"), t("a", 4, "det", "DET"),
        t("delegation", 2, "dobj", "NOUN"), t("headed", 4, "acl", "VERB", lemma="head", tag="VBN"),
        t("by", 5, "agent", "ADP"), *name(7, 6, "pobj", "Bo", "Pym"), t("and", 5, "cc", "CCONJ"),
        t("made", 5, "conj", "VERB", lemma="make", tag="VBN"), t("up", 10, "prt", "PART"), t("of", 10, "prep", "ADP"),
        *name(13, 12, "pobj", "Jo", "Vell"), t("and", 14, "cc", "CCONJ"), *name(16, 14, "conj", "Tom", "Reed"),
        t(".", 2, "punct", "PUNCT"),
    ])
    assert [(kind, set(names)) for kind, names, *_ in run(doc) if kind == MEETING] == [
        (MEETING, {"Ann Ode", "Bo Pym", "Jo Vell", "Tom Reed"})]


@pytest.mark.model
def test_a_delegation_including_a_minister_at_a_casa_in_the_dateline_s_city(extract_text):
    # "led by X and including Y": both; "the Casa Amarilla" is a building of the dateline's city, not of Venezuela
    # (a town of Cuba too) that "the Venezuelan foreign ministry" names
    result, _ = extract_text(
        "CARACAS, March 19 (AFP) - Colombia and Venezuela agreed on Tuesday to set up a joint command.\n\nA Colombian "
        "delegation led by Foreign Minister Ana Quorvo Ode and including Defence Minister Ivo Marek Vell met Venezuelan "
        "Foreign Minister Jan Nowak at the Casa Amarilla, the seat of the Venezuelan foreign ministry, for more than five "
        "hours.", "2025-03-19")
    assert met_at(result, "Caracas") >= {"Ana Quorvo Ode", "Ivo Marek Vell", "Jan Nowak"}
    assert "Venezuela" not in meeting_places(result)


@pytest.mark.model
def test_a_visitor_who_arrived_here_and_talks_during_a_video_call(extract_text):
    # "arrived here": the dateline's city, not the country visited; "call on X and meet Y": both planned, the second no
    # request; "a video conference (...), during which the two discussed": on the call, not in the city
    result, _ = extract_text(
        "New Delhi, Feb 5 (PTI) Sri Lankan Foreign Minister Ana Quorvo on Thursday held talks with Jan Nowak here. "
        "Quorvo, who arrived here on Wednesday on his first visit to India since taking office in November, is scheduled "
        "to call on Prime Minister Ivo Marek and meet National Security Adviser Tom Reed on Friday before leaving for "
        "Colombo. The visit comes two weeks after Quorvo held a video conference with Chinese Foreign Minister Paul "
        "Morel on January 20, during which the two discussed debt restructuring.", "2026-02-05")
    assert {(a, b) for a, b in facts(result, MET_IN) if a == "Ana Quorvo"} == {("Ana Quorvo", "New Delhi")}
    assert {b for a, b in facts(result, MET_IN) if a in {"Ivo Marek", "Tom Reed", "Paul Morel"}} == {"New Delhi"}
    assert met_at(result, "New Delhi") >= {"Ivo Marek", "Tom Reed"}


@pytest.mark.model
def test_the_travel_verb_s_own_destination_before_the_trip_it_is_on(extract_text):
    got = contacts(extract_text, "Delaney, on his first trip to Asia since taking up the post in December, will travel "
                                 "on to Tokyo on Wednesday for talks with Japanese Vice Foreign Minister Aiko Nishimura.",
                   "2025-01-14")
    assert [(parties, place) for _, parties, place, *_ in got] == [(("Delaney", "Aiko Nishimura"), "Tokyo")]


@pytest.mark.model
def test_where_after_a_city_and_its_country_and_the_details_of_a_visit(extract_text):
    # "in Vientiane, Laos, earlier this week, where": the city; "coordinate the details of a visit by X": X's visit, no
    # place of those who coordinate it
    result, _ = extract_text(
        "Chinese Foreign Minister Gu Wen attended the China-ASEAN Foreign Ministers' Meeting and related meetings in "
        "Vientiane, Laos, earlier this week, where he also held talks with Lao Foreign Minister Bounleuth Sayavong. "
        "Japanese Foreign Minister Ana Ode held talks with Minister Jan Nowak by phone. The two ministers confirmed that "
        "they would coordinate the details of a visit by Minister Nowak to Japan in January next year.", "2025-12-04")
    assert ("Bounleuth Sayavong", "Vientiane") in facts(result, MET_IN)
    assert ("Ana Ode", "Japan") not in facts(result, MET_IN)


@pytest.mark.model
def test_a_journey_to_two_capitals_meets_each_host_at_home_and_the_speaker_is_no_guest(extract_text):
    # "travel to Belgrade and Pristina to meet Serbia's X and his Kosovo counterpart Y, Z, a spokesman for W, said":
    # X in Belgrade, Y in Pristina, the traveller in both; Z, listed after Y, is who said it
    result, _ = extract_text(
        "EU envoy Jan Quorvander is due to travel to Belgrade and Pristina next week to meet Serbia's chief negotiator "
        "Ivo Marek and his Kosovo counterpart Anna Keller, Paul Morel, a spokesman for the European External Action "
        "Service, said.", "2025-09-08")
    assert facts(result, MET_IN) == {("Jan Quorvander", "Belgrade"), ("Jan Quorvander", "Pristina"),
                                     ("Ivo Marek", "Belgrade"), ("Anna Keller", "Pristina")}
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset(("Jan Quorvander", "Ivo Marek")), frozenset(("Jan Quorvander", "Anna Keller"))}


@pytest.mark.model
def test_the_place_of_who_reports_a_trip_is_not_where_it_goes(extract_text):
    # "..., the EU delegation in Georgia said", "..., his office in Wellington said": where the report comes from
    result, _ = extract_text(
        "EU envoy Lea Quorvander is expected to travel to Tbilisi later this month for meetings with Ivo Marek and "
        "Anna Keller, the EU delegation in Georgia said. Trade Minister Paul Morel will travel to Apia next week for "
        "talks with Samoan leaders and to attend the Pacific Islands Forum Trade Ministers Meeting, his office in "
        "Wellington said on Thursday.", "2025-06-02")
    assert meeting_places(result) == {"Tbilisi", "Apia"}


@pytest.mark.model
def test_the_ministers_of_three_countries_are_the_three_named_next(extract_text):
    # "The defence ministers of A, B and C met ... A's X, ... said B's Y and C's Z had agreed": the three people, not
    # the countries (the last one's given name, which the model leaves out, with him)
    result, _ = extract_text(
        "KIRUNA, Sweden (AFP) - The defence ministers of Sweden, Finland and Norway agreed on Thursday to set up a "
        "joint planning cell, at a meeting held at a space centre outside Kiruna.\n\nSweden's Jan Quorvander, who "
        "hosted the talks, said Finland's Antti Quorvo and Norway's Tore Sandvik had agreed that the cell would start "
        "work next year.\n\n\"We agree on the threat,\" Sandvik told reporters. Sandvik ruled out talks with Russia.",
        "2026-10-08")
    assert met_at(result, "Kiruna") == {"Jan Quorvander", "Antti Quorvo", "Tore Sandvik"}
    assert ("Tore Sandvik", "Norway") in facts(result, REPRESENTS)


def where_one_meets(make_doc, verb, tag, lemma):
    """The North is where Ann Ode <verb> Bo Pym ."""
    return make_doc([
        t("The", 1, "det", "DET"), t("North", 2, "nsubj", "PROPN"), t("is", 2, "ROOT", "AUX", lemma="be", tag="VBZ"),
        t("where", 6, "advmod", "ADV", tag="WRB"), *name(4, 6, "nsubj"), t(verb, 2, "ccomp", "VERB", lemma=lemma, tag=tag),
        *name(7, 6, "dobj", "Bo", "Pym"), t(".", 2, "punct", "PUNCT"),
    ])


def test_where_one_meets_another_defining_a_place_is_a_figure_but_where_they_met_a_meeting(make_doc):
    assert run(where_one_meets(make_doc, "meets", "VBZ", "meet")) == []
    assert [e[:2] for e in run(where_one_meets(make_doc, "met", "VBD", "meet"))] == [(MEETING, ("Ann Ode", "Bo Pym"))]


@pytest.mark.model
def test_a_meeting_only_on_a_condition_is_hypothetical(extract_text):
    # "would meet X only in Y and only when/if ...": the condition parsed as a clause coordinated with the meeting
    for text in ("Regional leader Ivo Marek declined an invitation to join the talks, saying he would meet Anna Keller "
                 "only in Banja Luka and \"only when she comes with respect for the entities\".",
                 "Ivo Marek said he would meet Anna Keller only in Banja Luka and only if she apologised.",
                 # ("only" on the verb the condition hangs on)
                 "Ivo Marek told reporters after the meeting that Peru would only sit down with Chile \"when Santiago "
                 "hands over the putschists\"."):
        assert contacts(extract_text, text, "2025-03-02") == []
    assert [c[1] for c in contacts(extract_text, "Ivo Marek will meet Anna Keller when she comes to Rome next week.",
                                   "2025-03-02")] == [("Ivo Marek", "Anna Keller")]


@pytest.mark.model
def test_a_guest_after_the_venue_s_city_and_a_style_and_those_accompanying_him_are_in_the_city(extract_text):
    # "received in audience at the X, Abuja, the President of Y, His Excellency Z, who is on a visit to Nigeria";
    # "Z was accompanied by A and B": at the meeting in Abuja, not in the country visited
    result, _ = extract_text(
        "President Ivo Marek on Thursday received in audience at the Presidential Villa, Abuja, the President of the "
        "Republic of Ghana, His Excellency Jan Nowak, who is on a one-day working visit to Nigeria.\n\nThe two leaders "
        "held a closed-door meeting lasting over an hour.\n\nPresident Nowak was accompanied by the Minister for "
        "Foreign Affairs, Mr Ana Quorvo, and the National Security Coordinator, Mr Tom Reed.", "2026-01-29")
    assert met_at(result, "Abuja") == {"Ivo Marek", "Jan Nowak", "Ana Quorvo", "Tom Reed"}
    assert "Nigeria" not in meeting_places(result)


@pytest.mark.model
def test_time_spent_with_someone_at_a_centre_and_the_second_leader_after_a_comma_and(extract_text):
    # "spent three hours with X, <post>, at the Vienna International Centre": a meeting at the centre (the model's
    # body); "travelled to A and B for talks with A's president, X, and B's leader, Y" (Y hung on "travelled")
    result, _ = extract_text(
        "Deputy Foreign Minister Ivo Marek spent more than three hours on Tuesday with Jan Nowak, the IAEA's deputy "
        "director general, at the Vienna International Centre. Senegalese President Ana Quorvo travelled to Bamako and "
        "Ouagadougou in May for talks with Mali's interim president, General Tom Reed, and Burkina Faso's leader, "
        "Captain Paul Morel.", "2025-06-04")
    assert met_at(result, "Vienna International Centre") == {"Ivo Marek", "Jan Nowak"}
    assert ("Paul Morel", "Ouagadougou") in facts(result, MET_IN)
    assert frozenset(("Ana Quorvo", "Paul Morel")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}


@pytest.mark.model
def test_who_meets_officials_of_three_countries_talks_with_each(extract_text):
    # one side and its guests: talks across, not among the guests; but not the host of a summit for all of them
    result, _ = extract_text("Last month, Ivo Marek met senior officials from Britain, France and Germany in Istanbul.",
                             "2025-11-04")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset(("Ivo Marek", c)) for c in ("United Kingdom", "France", "Germany")}
    result, _ = extract_text("President Ivo Marek will host Jan Nowak and Ana Quorvo at the White House for a summit "
                             "on Thursday.", "2024-04-11")
    assert not facts(result, SPOKE_WITH)


@pytest.mark.model
def test_who_is_to_meet_two_people_somewhere_untold_talks_with_each(extract_text):
    result, _ = extract_text("President Ivo Marek arrived in the capital on Monday. Marek is scheduled to meet Party "
                             "General Secretary Jan Nowak and Prime Minister Ana Quorvo on Wednesday.", "2024-01-29")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset(("Ivo Marek", "Jan Nowak")), frozenset(("Ivo Marek", "Ana Quorvo"))}


@pytest.mark.model
def test_the_three_of_a_meeting_are_all_its_parties_not_the_talks_across_it(extract_text):
    result, _ = extract_text("Last month Croatian Economy Minister Ivo Marek hosted his Hungarian and Slovenian "
                             "counterparts, Ann Ode and Tom Reed, at the terminal, where the three discussed long-term "
                             "capacity bookings.", "2025-05-20")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset(("Ivo Marek", "Ann Ode")), frozenset(("Ivo Marek", "Tom Reed")), frozenset(("Ann Ode", "Tom Reed"))}


@pytest.mark.model
def test_a_call_on_someone_said_more_of_after_a_comma_is_a_visit(extract_text):
    assert [c[1] for c in contacts(extract_text, "On Friday, Ivo Marek called on Laotian Foreign Minister Jan Nowak, "
                                                 "whose country chairs ASEAN this year.", "2024-07-27")] == [
        ("Ivo Marek", "Jan Nowak")]


@pytest.mark.model
def test_a_go_between_carrying_messages_talks_with_each_side_and_the_sides_with_each_other(extract_text):
    result, _ = extract_text(
        "MUSCAT, April 12 (Reuters) - Iranian Foreign Minister Ivo Marek and U.S. special envoy Jan Nowak held indirect "
        "talks in the Omani capital on Saturday, with Oman's foreign minister carrying messages between the two "
        "delegations seated in separate rooms. Omani Foreign Minister Ana Quorvo said the talks were constructive.",
        "2025-04-12")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset(("Ivo Marek", "Jan Nowak")), frozenset(("Ivo Marek", "Ana Quorvo")),
        frozenset(("Jan Nowak", "Ana Quorvo"))}
    assert met_at(result, "Muscat") == {"Ivo Marek", "Jan Nowak", "Ana Quorvo"}


@pytest.mark.model
def test_a_meeting_a_when_clause_s_journey_leads_to_is_at_its_destination(extract_text):
    # "When X flew to Washington for his first meeting with Y, he carried ..." ("for" parsed on the main verb)
    got = contacts(extract_text, "When Defence Minister Ivo Marek flew to Washington last month for his first meeting "
                                 "with Defense Secretary Jan Nowak, he carried a simple message.", "2025-03-14")
    assert [(parties, place) for _, parties, place, *_ in got] == [(("Ivo Marek", "Jan Nowak"), "Washington")]


@pytest.mark.model
def test_it_was_their_conversation_has_no_party_and_what_they_pledged_is_not_where_they_met(extract_text):
    result, _ = extract_text(
        "Japan's Defence Ministry said Ivo Marek and Jan Nowak held a phone call late Wednesday. It was the pair's first "
        "conversation since the drills began. On Saturday, Ana Ode and Tom Reed held a meeting on the sidelines and "
        "pledged to expand joint patrols in the South China Sea.", "2025-05-31")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Ivo Marek", "Jan Nowak")),
                                                                 frozenset(("Ana Ode", "Tom Reed"))}
    assert "South China Sea" not in meeting_places(result)


@pytest.mark.model
def test_an_envoy_s_full_rank_and_post_are_no_party_nor_place_and_a_city_s_second_word(extract_text):
    # "received the Ambassador Extraordinary and Plenipotentiary of Y to Z, Mr. W": the rank is no name, Z the post;
    # "Port" tagged alone of "Port Moresby" is the city
    got = contacts(extract_text, "On 18 July 2024, the Minister of Foreign Affairs of the Republic of Uzbekistan, Mr. Ivo "
                                 "Marek, received the newly appointed Ambassador Extraordinary and Plenipotentiary of "
                                 "Georgia to the Republic of Uzbekistan, Mr. Jan Nowak, who presented a copy of his "
                                 "credentials.", "2024-07-18")
    assert [(c[1], c[2]) for c in got] == [(("Ivo Marek", "Jan Nowak"), None)]
    got = contacts(extract_text, "Foreign Minister Ivo Marek met Indonesian Ambassador Jan Nowak in Port Moresby on "
                                 "Tuesday.", "2025-05-21")
    assert [c[2] for c in got] == ["Port Moresby"]


@pytest.mark.model
def test_he_in_a_when_clause_after_someone_s_visit_is_the_visitor(extract_text):
    result, _ = extract_text(
        "Minister of State Ivo Marek will travel to Belgrade on Wednesday. The trip follows up on the visit of Serbian "
        "President Jan Nowak to Berlin in January, when he was received by Federal Chancellor Ana Quorvo at the Federal "
        "Chancellery.", "2025-03-10")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Jan Nowak", "Ana Quorvo"))}


@pytest.mark.model
def test_he_in_a_during_which_clause_after_someone_s_visit_is_the_visitor(extract_text):
    result, _ = extract_text(
        "Asked about a visit by President Jan Nowak to Russia, Minister Ivo Marek said no decision had been taken. On "
        "the same day, Minister Ivo Marek received the Ambassador of China, Tom Reed, at the Pancasila Building. The "
        "meeting discussed the follow-up of President Nowak's state visit to Beijing in November 2024, during which he "
        "held talks with President Ana Quorvo.", "2025-01-09")
    assert frozenset(("Jan Nowak", "Ana Quorvo")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert not any("Ana Quorvo" in p and "Ivo Marek" in p for p in facts(result, SPOKE_WITH))


@pytest.mark.model
def test_a_trilateral_meeting_a_single_call_and_those_brought_together_all_talk(extract_text):
    for text in ("Last week Chinese Foreign Minister Ana Ode hosted a trilateral meeting with Ivo Marek and Pakistan's "
                 "Foreign Minister Jan Nowak in Kabul.",
                 "Turkey's deputy foreign minister, Ana Ode, who chaired the sessions, brought Ivo Marek and Jan Nowak "
                 "together for more than two hours on Tuesday.",
                 "On Thursday, Ana Ode held a video call with Colombian President Ivo Marek and Mexican President Jan "
                 "Nowak."):
        result, _ = extract_text(text, "2025-06-20")
        assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
            frozenset(p) for p in (("Ana Ode", "Ivo Marek"), ("Ana Ode", "Jan Nowak"), ("Ivo Marek", "Jan Nowak"))}, text


@pytest.mark.model
def test_two_who_join_a_single_call_with_two_others_all_talk(extract_text):
    result, _ = extract_text("In the afternoon, Anna Keller and Paul Morel joined a video call with German Chancellor "
                             "Jan Nowak and Polish Prime Minister Ivo Marek.", "2025-06-20")
    people = ("Anna Keller", "Paul Morel", "Jan Nowak", "Ivo Marek")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {
        frozenset((a, b)) for i, a in enumerate(people) for b in people[i + 1 :]}


@pytest.mark.model
def test_two_named_sides_talk_across_and_a_second_object_with_its_verb_left_out(extract_text):
    # "a delegation led by A and including B met C and D": A and B each with C and D; "met X at the palace in the
    # morning, and Y, president of Z, in the afternoon": Y too; "spent nearly an hour with X"
    result, _ = extract_text(
        "A Colombian delegation led by Foreign Minister Ivo Marek and including Defence Minister Jan Nowak met "
        "Venezuelan Foreign Minister Ana Ode and Defence Minister Admiral Tom Reed in Caracas on Monday. Minister Paul "
        "Morel met party president Lea Vell at the Haut-Commissariat in the morning, and Sonia Backès, president of the "
        "Southern Province, in the afternoon, her office said. Prime Minister Anthony Albanese, who arrived on Tuesday, "
        "spent nearly an hour with Jeremiah Manele at the Heritage Park Hotel.", "2025-06-20")
    talks = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert talks >= {frozenset((a, b)) for a in ("Ivo Marek", "Jan Nowak") for b in ("Ana Ode", "Tom Reed")}
    assert frozenset(("Ivo Marek", "Jan Nowak")) not in talks and frozenset(("Ana Ode", "Tom Reed")) not in talks
    assert {frozenset(("Paul Morel", "Lea Vell")), frozenset(("Paul Morel", "Sonia Backès")),
            frozenset(("Anthony Albanese", "Jeremiah Manele"))} <= talks


@pytest.mark.model
def test_the_holder_named_after_a_post_s_remit_is_the_party(extract_text):
    # "Y's chief negotiator for the trade agreement between A and B, Ambassador X, met Z" (X parsed on B)
    got = contacts(extract_text, "BRUSSELS, Nov 28 (Wire) - Brazil's chief negotiator for the trade agreement between "
                                 "Mercosur and the European Union, Ambassador Ana Quorvo, met European Trade "
                                 "Commissioner Jan Nowak in Brussels on Wednesday.", "2024-11-28")
    assert [c[1] for c in got] == [("Ana Quorvo", "Jan Nowak")]


@pytest.mark.model
def test_a_style_before_a_title_of_two_words_and_a_double_post_are_its_holder_s(extract_text):
    # "His Excellency the Prime Minister and Minister of Foreign Affairs met ...": the one holder of both posts, not the
    # foreign minister styled "His Excellency" last
    result, _ = extract_text(
        "His Excellency Sheikh Ivo Marek, Prime Minister and Minister of Foreign Affairs, received a phone call today "
        "from His Excellency Dr. Jan Nowak, Minister of Foreign Affairs of the Islamic Republic of Iran.\n\nHis "
        "Excellency Dr. Nowak extended an invitation to His Excellency the Prime Minister to visit Tehran.\n\nIn a "
        "separate context, His Excellency the Prime Minister and Minister of Foreign Affairs met at the Ministry's "
        "headquarters in Doha yesterday with His Excellency Mr. Ana Quorvo, Special Envoy of the President of the "
        "United States.", "2025-11-17")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Ivo Marek", "Jan Nowak")),
                                                                 frozenset(("Ivo Marek", "Ana Quorvo"))}


@pytest.mark.model
def test_a_plan_for_a_region_places_no_meeting(extract_text):
    # "the Growth Plan for the Western Balkans": a plan's remit, not a meeting scheduled for somewhere
    result, simple = extract_text(
        "On the same day, Minister Anna Keller received at the Ministry a delegation of the Committee on Foreign Affairs "
        "of the German Bundestag, headed by its Chairman, Mr. Tom Reed. The discussion focused on regional cooperation, "
        "the Growth Plan for the Western Balkans and the fight against organised crime.", "2024-09-20")
    assert "Western Balkans" not in {simple(e)[2] for e in result.events}


@pytest.mark.model
def test_a_venue_is_in_the_city_its_sentence_travels_to_not_the_one_passed_through(extract_text):
    # a sentence that travels to a city and tells a meeting elsewhere on the way: the venue is in the city arrived in
    result, simple = extract_text(
        "ABUJA, March 3 (NAN) - Chinese Foreign Minister Tom Reed, who arrived in Abuja on Sunday night from Windhoek, "
        "where he held talks with Namibia's President Paul Morel on Saturday, was received at the Nnamdi Azikiwe "
        "International Airport by the Minister of State for Foreign Affairs, Anna Keller.", "2025-03-03")
    assert [simple(e)[1:3] for e in result.events if e.kind == MEETING] == [
        (("Tom Reed", "Paul Morel"), "Windhoek"), (("Tom Reed", "Anna Keller"), "Abuja")]


@pytest.mark.model
def test_counterparts_named_in_apposition_to_a_people_s_word_are_the_guests(extract_text):
    # "hosted her Malian, Burkinabe and Nigerien counterparts - A, B and C" parsed with the names in apposition to
    # "Malian": the people named are the guests, not Mali
    result, simple = extract_text(
        "In August, Togo's Foreign Minister Anna Keller hosted her Malian, Burkinabe and Nigerien counterparts - Boubacar "
        "Tom Reed, Karamoko Jan Nowak and Bakary Ivo Marek - for two days of talks in Lomé.", "2024-09-01")
    meetings = [simple(e)[1:3] for e in result.events if e.kind == MEETING]
    assert meetings == [(("Anna Keller", "Tom Reed", "Karamoko Jan Nowak", "Bakary Ivo Marek"), "Lomé")]


@pytest.mark.model
def test_they_after_a_pair_between_whom_a_meeting_was_is_that_pair(extract_text):
    # "the first meeting between X and Y since they spoke at Z": the pair just named, not the latest subject's
    result, simple = extract_text(
        "Prime Minister Anna Keller met Premier Tom Reed in Seoul. Reed also met President Ivo Marek on Sunday at the "
        "presidential office in Seoul. It was the first face-to-face meeting between Keller and Reed since they spoke "
        "briefly on the sidelines of the Group of 20 summit in New Delhi last September.", "2024-05-28")
    assert (("Anna Keller", "Tom Reed"), "New Delhi") in [simple(e)[1:3] for e in result.events if e.kind == MEETING]


@pytest.mark.model
def test_a_delegation_member_who_will_meet_another_and_a_post_after_a_listed_name(extract_text):
    # "X, who will meet Y tomorrow": X joins the meeting told, Y does not; "India's Minister Y and China's special
    # envoy for climate change, X": X's post begins after Y
    result, simple = extract_text(
        "KUWAIT CITY, Feb 26 (Wire) - Kuwaiti Foreign Minister Ann Ode received Iranian Foreign Minister Bo Pym at "
        "Bayan Palace on Wednesday. The Iranian delegation also includes the Deputy Minister, Mr. Di Roe, who will "
        "meet the Minister of Oil, Ms. Jo Rey, tomorrow. It was attended by India's Minister of Environment Ivo Marek "
        "and China's special envoy for climate change, Jan Nowak.", "2025-02-26")
    contacts = [simple(e) for e in result.events if e.kind != AFFILIATION]
    assert (TALKS, ("Di Roe", "Jo Rey"), None, PLANNED, "2025-02-27") in contacts
    assert (MEETING, ("Di Roe",), "Kuwait City", OCCURRED, "2025-02-26") in contacts
    names = {e.key: e.name for e in result.entities}
    assert {names[e.party] for e in result.events if e.kind == AFFILIATION and names[e.participants[0]] == "Jan Nowak"} \
        == {"China"}


@pytest.mark.model
def test_one_attending_a_meeting_at_home_is_no_visitor(extract_text):
    # joined to the meeting told, the Assistant Foreign Minister is still the report's country's official
    result, simple = extract_text(
        "Kuwait Ministry of Foreign Affairs\nPress Release\n\nThe Minister of Foreign Affairs, Ms. Ann Ode, received at "
        "the Ministry's headquarters in Kuwait City today, Wednesday, the Ambassador of Iran to Kuwait, Mr. Bo Pym, who "
        "delivered a written message from Iranian Foreign Minister Jo Rey.\n\nDuring the meeting, the Minister affirmed "
        "the established position of the State of Kuwait on the Durra field.\n\nThe meeting was attended by the "
        "Assistant Foreign Minister for Asian Affairs, Ambassador Cy Lee.", "2025-02-26")
    names = {e.key: e.name for e in result.entities}
    assert (MEETING, ("Cy Lee",), "Kuwait City", OCCURRED, "2025-02-26") in [simple(e) for e in result.events]
    assert {names[e.party] for e in result.events if e.kind == AFFILIATION and names[e.participants[0]] == "Cy Lee"} \
        == {"Kuwait"}


@pytest.mark.model
def test_the_taiwan_affairs_office_is_china_s_body(extract_text):
    # a body's name that holds another country's name: the body (data/organizations.tsv), of the state it serves
    result, _ = extract_text("China's Ministry of Foreign Affairs said it firmly opposes the transit, while Taiwan "
                             "Affairs Office spokeswoman Jo Rey accused Ann Ode of seeking independence.", "2025-01-10")
    names = {e.key: e.name for e in result.entities}
    assert {names[e.party] for e in result.events if e.kind == AFFILIATION and names[e.participants[0]] == "Jo Rey"} \
        == {"Taiwan Affairs Office", "China"}


@pytest.mark.model
def test_the_leader_of_a_country_s_delegation_is_its_minister_named_later(extract_text):
    # "a Saudi business delegation led by Minister X" (X's name found by kg alone, with the given name before "bin"):
    # "the Saudi minister" later is X
    result, simple = extract_text(
        "ISLAMABAD, Oct 9 (Wire): Prime Minister Ann Ode on Wednesday received a high-level Saudi business delegation "
        "led by Minister of Investment Khalid bin Abdulaziz Al-Quorvat at the PM House. Earlier in the day, the Saudi "
        "minister held a separate meeting with Finance Minister Bo Pym at the Finance Division.", "2024-10-09")
    contacts = [simple(e) for e in result.events if e.kind != AFFILIATION]
    assert (MEETING, ("Khalid bin Abdulaziz Al-Quorvat", "Bo Pym"), "Islamabad", OCCURRED, "2024-10-09") in contacts
    names = {e.key: e.name for e in result.entities}
    assert {(names[e.participants[0]], names[e.party]) for e in result.events if e.kind == AFFILIATION} == {
        ("Khalid bin Abdulaziz Al-Quorvat", "Saudi Arabia")}


def test_the_two_as_the_subject_of_an_as_clause_parsed_as_a_complement_are_the_two_named_before(make_doc):
    # Ann Ode told Bo Pym that it will " act " , as the two leaders held talks .  ("held" parsed under "act")
    doc = make_doc([
        *name(0, 2, "nsubj"), t("told", 2, "ROOT", "VERB", lemma="tell"), *name(3, 2, "dobj", "Bo", "Pym"),
        t("that", 9, "mark", "ADP"), t("it", 9, "nsubj", "PRON"), t("will", 9, "aux", "AUX"),
        t('"', 9, "punct", "PUNCT"), t("act", 2, "ccomp", "VERB"), t('"', 9, "punct", "PUNCT"),
        t(",", 16, "punct", "PUNCT"), t("as", 16, "mark", "ADP"), t("the", 15, "det", "DET"),
        t("two", 15, "nummod", "NUM"), t("leaders", 16, "nsubj", "NOUN", lemma="leader", tag="NNS"),
        t("held", 9, "ccomp", "VERB", lemma="hold"), t("talks", 16, "dobj", "NOUN", lemma="talk", tag="NNS"),
        t(".", 2, "punct", "PUNCT"),
    ])
    refs = {0: "ann", 1: "ann", 3: "bo", 4: "bo"}
    assert pair_of_main_clause(doc[15], refs, {"ann": PERSON, "bo": PERSON}) == ["ann", "bo"]


@pytest.mark.model
def test_a_long_title_received_runs_up_to_the_name_the_parser_hung_on_the_verb(extract_text):
    result, _ = extract_text(
        "RIGA, June 5 - Foreign Minister Anna Keller on Wednesday received US Assistant Secretary of State for European "
        "and Eurasian Affairs Ivo Marek at the Foreign Ministry in Riga.", "2024-06-05")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Anna Keller", "Ivo Marek"))}
    assert {b for a, b in facts(result, REPRESENTS) if a == "Ivo Marek"} == {"United States"}


@pytest.mark.model
def test_their_session_of_a_group_named_by_its_own_words_is_not_the_pair_told_before(extract_text):
    result, _ = extract_text(
        "Anna Keller flew to Berlin, where she met Chancellor Ivo Marek at the Chancellery. While the leaders met, the "
        "foreign ministers of the three countries held their own session at the Quorvath Palace.", "2024-02-13")
    assert met_at(result, "Quorvath Palace") == set()


@pytest.mark.model
def test_the_president_of_a_story_about_one_is_that_one_not_the_last_one_met(extract_text):
    result, _ = extract_text(
        "WARSAW - When Karol Nawrocki walked into the Oval Office on September 3, barely a month after being sworn in, "
        "Poland's new president did something his predecessor had not: he came away with a promise from Ivo Marek. Two "
        "weeks later Nawrocki held talks with Federal President Jan Nowak in Berlin. Nawrocki told reporters the talks "
        "were good. Next month the president is expected in Paris for talks with French President Tom Reed.",
        "2025-09-18")  # (a president the politicians' table knows, whose title the phrase after his name gives)
    assert {frozenset(p) for p in facts(result, SPOKE_WITH) if "Tom Reed" in p} == {frozenset(("Karol Nawrocki",
                                                                                                "Tom Reed"))}


@pytest.mark.model
def test_a_call_on_a_people_s_president_parsed_with_the_people_the_object_is_on_the_president(extract_text):
    result, _ = extract_text("On Monday evening, Hun Manet paid a courtesy call on Lao President Thongloun Sisoulith, "
                             "who is also secretary general of the party, at the Presidential Palace.", "2023-09-27")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Hun Manet", "Thongloun Sisoulith"))}


@pytest.mark.model
def test_a_participle_at_the_end_of_a_since_clause_is_the_main_subject_s_and_day(extract_text):
    result, simple = extract_text(
        "Mohammed Al-Khulaifi, minister of state at Qatar's Ministry of Foreign Affairs, on Thursday became the most "
        "senior Gulf official to visit Khartoum since the Sudanese Armed Forces (SAF) drove the Rapid Support Forces "
        "out of the capital in March, holding talks with army chief Abdel Fattah al-Burhan at the palace.", "2025-06-05")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Mohammed Al-Khulaifi",
                                                                           "Abdel Fattah al-Burhan"))}
    assert {ev.date for ev in result.events if ev.kind != AFFILIATION} == {"2025-06-05"}


@pytest.mark.model
def test_he_of_a_where_clause_on_a_journey_told_in_a_who_clause_is_the_traveller(extract_text):
    result, _ = extract_text(
        "Behind the scenes, much of the groundwork was laid by Khalifa Shaheen Almarar, Minister of State at the UAE "
        "Ministry of Foreign Affairs, who travelled to Kyiv last week for talks with Andriy Yermak, head of the Office "
        "of the President of Ukraine, and then to Moscow, where he held talks with Russian Deputy Foreign Minister "
        "Mikhail Bogdanov.", "2025-08-15")
    assert frozenset(("Khalifa Shaheen Almarar", "Mikhail Bogdanov")) in {frozenset(p) for p in facts(result,
                                                                                                    SPOKE_WITH)}


@pytest.mark.model
def test_the_countries_of_a_minister_s_remit_are_not_the_minister_s(extract_text):
    result, _ = extract_text("Jan Nowak, the Canadian minister responsible for Canada-U.S. trade, held talks with Ivo "
                             "Marek in Washington in early October.", "2025-11-02")
    assert {b for a, b in facts(result, REPRESENTS) if a == "Jan Nowak"} == {"Canada"}


@pytest.mark.model
def test_the_premier_of_a_country_is_its_premier_named_before_not_its_president(extract_text):
    result, _ = extract_text(
        "RIO DE JANEIRO, July 6 - Chinese Premier Li Qiang leads Beijing's delegation; Xi Jinping is absent for the "
        "first time since 2013. China's premier will hold bilateral talks with the Brazilian president, Luiz Inacio "
        "Lula da Silva, on Monday.", "2025-07-06")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Li Qiang",
                                                                           "Luiz Inacio Lula da Silva"))}


@pytest.mark.model
def test_officials_of_a_report_an_agency_files_from_abroad_are_the_agency_s_country_s(extract_text):
    result, _ = extract_text(
        "Rio de Janeiro (ANTARA) - President Prabowo Subianto held a bilateral meeting with Indian Prime Minister "
        "Narendra Modi in Rio de Janeiro, Brazil, on Sunday, his first summit since Indonesia joined. The head of state "
        "was accompanied in the meeting by Foreign Minister Sugiono. Indonesia hopes to expand trade with India, and "
        "Indonesia's exports to India grew last year, Indonesia's trade ministry said.", "2025-07-07")
    assert {b for a, b in facts(result, REPRESENTS) if a == "Sugiono"} == {"Indonesia"}


@pytest.mark.model
def test_an_official_of_a_country_told_so_is_still_its_envoy_told_later(extract_text):
    # "the most senior Brazilian official" gives no post: the well-known politician stays "the Brazilian envoy" later
    result, _ = extract_text(
        "When Celso Amorim walked into the presidential office on Wednesday, he became the most senior Brazilian "
        "official to set foot in Kyiv since the invasion. On March 30, Amorim was received by Vladimir Putin at the "
        "Kremlin. During the same trip to Moscow, the Brazilian envoy also held talks with Foreign Minister Sergei "
        "Lavrov.", "2023-05-12")
    assert frozenset(("Celso Amorim", "Sergei Lavrov")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}


@pytest.mark.model
def test_a_talk_noun_in_a_list_of_what_two_discussed_is_their_topic(extract_text):
    result, _ = extract_text(
        "PRISTINA, May 22 - Minister Anna Keller and Ambassador Ivo Marek discussed the latest developments in Kosovo's "
        "application for membership of the Council of Europe, the dialogue with Serbia facilitated by the European "
        "Union, and the situation in the north of the country.", "2024-05-22")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Anna Keller", "Ivo Marek"))}


@pytest.mark.model
def test_a_people_s_delegation_received_after_its_talks_is_its_people_told(extract_text):
    result, _ = extract_text(
        "BAGHDAD, March 14 - Turkish Foreign Minister Hakan Fidan, National Defense Minister Yasar Guler and National "
        "Intelligence Organization (MIT) chief Ibrahim Kalin held talks in Baghdad on Thursday with Iraqi Foreign "
        "Minister Fuad Hussein. Following the meeting, the Turkish delegation was received by Iraqi Prime Minister "
        "Mohammed Shia al-Sudani at the Government Palace.", "2024-03-14")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert {frozenset((a, "Mohammed Shia al-Sudani")) for a in ("Hakan Fidan", "Yasar Guler", "Ibrahim Kalin")} <= pairs
    assert not any("Turkey" in p for p in pairs)


@pytest.mark.model
def test_a_summit_offered_between_others_lends_its_city_to_no_visit_nor_meets(extract_text):
    # the place of another contact the sentence names with its own parties ("between X and Y") is not the visit's,
    # nor is a meeting told to date the trip ("came three weeks after X met Y in Z") where "the visit" was
    result, simple = extract_text(
        "MOSCOW, Nov 28 - Hungarian Prime Minister Gabor Tarnoki held talks with Russian President Ilya Vostrikov in "
        "Moscow on Friday. The trip came three weeks after Tarnoki met U.S. President Dale Harmon in Washington on "
        "Nov. 7.\n\nTarnoki also used the visit to press his offer to host a summit between Harmon and Vostrikov in "
        "Budapest.", "2025-11-28")
    assert not {(a, b) for a, b in facts(result, MET_IN) if b == "Budapest"}
    visit = [e for e in result.events if e.trigger == "visit"]
    names = {e.key: e.name for e in result.entities}
    assert all(names.get(e.place) in {None, "Moscow"} for e in visit)


@pytest.mark.model
def test_the_two_presidents_after_a_summit_offered_between_them_are_its_two(extract_text):
    # "between X and Y" of a summit only hoped for names the pair "the two presidents" takes up; the meeting they
    # agreed on, whose plan "was shelved", is off
    result, simple = extract_text(
        "Prime Minister Gabor Tarnoki also pressed his offer to host a summit between U.S. President Dale Harmon and "
        "Russian President Ilya Vostrikov in Budapest. The two presidents agreed in an Oct. 16 phone call to meet in "
        "the Hungarian capital, but the plan was shelved days later.", "2025-11-28")
    assert frozenset(("Dale Harmon", "Ilya Vostrikov")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert not facts(result, MET_IN)
    calls = [simple(e) for e in result.events if e.kind == CALL]
    assert [c[-1] for c in calls] == ["2025-10-16"]


@pytest.mark.model
def test_every_member_of_a_delegation_listed_acts_for_its_leader_s_country(extract_text):
    # the later names of "a delegation that included A and B" are of the leader's side too, not of the capital flown to
    result, _ = extract_text(
        "MOSCOW, Nov 28 - Hungarian Prime Minister Gabor Tarnoki held talks with Russian President Ilya Vostrikov on "
        "Friday. Tarnoki flew into the Russian capital in the morning with a delegation that included Foreign Minister "
        "Peter Halmi and Energy Minister Csaba Lorinc. Russia praised the visit, and Russian officials said Russia "
        "would keep supplying gas.", "2025-11-28")
    assert {b for a, b in facts(result, REPRESENTS) if a == "Csaba Lorinc"} == {"Hungary"}


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Tarnoki, the European Union leader with the closest ties to the Kremlin, flew to Moscow on Friday.",
    "Tarnoki was the only EU head of government to attend the parade in Moscow on Friday.",
])
def test_a_member_state_s_head_called_so_after_a_grouping_of_states_is_no_post_of_it(extract_text, sentence):
    result, _ = extract_text("Hungarian Prime Minister Gabor Tarnoki spoke on Thursday. " + sentence, "2025-11-28")
    assert {b for a, b in facts(result, REPRESENTS) if a == "Gabor Tarnoki"} == {"Hungary"}


@pytest.mark.model
def test_a_post_with_a_long_portfolio_after_a_body_is_the_body_s(extract_text):
    result, _ = extract_text(
        "On the margins of the meeting he is scheduled to hold a bilateral meeting with the EU High Representative "
        "for Foreign Affairs and Security Policy, Liina Tamm, the ministry said.", "2025-02-21")
    assert facts(result, REPRESENTS) == {("Liina Tamm", "European Union")}


@pytest.mark.model
def test_he_in_a_clause_below_a_sentence_about_someone_s_round_is_that_person(extract_text):
    # "Tuesday's round was X's first since he toured": the sentence is about X, and so is the next "He"
    result, _ = extract_text(
        "Ivo Marek, who took over as envoy in January, met Kosovo's negotiator Arben Kelmendi on Tuesday. Jan Nowak "
        "said Serbia's delegation had been ready and waiting and accused Pristina of running away.\n\nTuesday's round "
        "was Marek's first with both negotiators since he toured the region last month. He held "
        "talks with Serbian President Tomas Ristic in Belgrade on Feb. 25.", "2025-03-18")
    assert ("Ivo Marek", "Tomas Ristic") in facts(result, SPOKE_WITH) | {(b, a) for a, b in facts(result, SPOKE_WITH)}
    assert not {p for p in facts(result, SPOKE_WITH) if "Jan Nowak" in p}


@pytest.mark.model
def test_met_x_in_the_morning_and_y_after_lunch_is_one_meeting_with_each(extract_text):
    result, _ = extract_text(
        "BRUSSELS, March 18 - Ivo Marek met Kosovo's chief negotiator Arben Kelmendi in the morning and Jan Nowak, "
        "director of the Serbian government's Office for Kosovo, after lunch, the service said.", "2025-03-18")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Ivo Marek", "Arben Kelmendi")),
                                                                 frozenset(("Ivo Marek", "Jan Nowak"))}


@pytest.mark.model
def test_those_travelling_to_follow_up_on_discussions_are_one_side_of_them(extract_text):
    # they will be at the talks where they go, but hold none with each other
    result, _ = extract_text(
        "The Secretary also noted that Special Envoy Ivo Marek and Senior Adviser Jan Nowak will travel to Cairo and "
        "Doha next week to follow up on today's discussions.", "2026-06-10")
    assert not facts(result, SPOKE_WITH)
    assert facts(result, MET_IN) == {(a, b) for a in ("Ivo Marek", "Jan Nowak") for b in ("Cairo", "Doha")}


@pytest.mark.model
def test_the_two_after_a_pair_whose_plan_fell_through_are_that_pair(extract_text):
    # "the two" alone: the pair the sentence before names as its subject, not the pair of an earlier call
    result, _ = extract_text(
        "Qatari Prime Minister Khalid Al Mansour spoke by phone with U.S. envoy Ivo Marek late Tuesday. Marek and "
        "Jan Nowak had been due to join Thursday's session in Doha. A U.S. official said the two would instead meet "
        "Israeli Prime Minister Dov Adler in Jerusalem next week.", "2026-09-23")
    assert {a for a, b in facts(result, MET_IN) if b == "Jerusalem"} == {"Ivo Marek", "Jan Nowak", "Dov Adler"}


@pytest.mark.model
def test_who_took_over_as_a_body_s_representative_represents_the_body(extract_text):
    result, _ = extract_text(
        "Ivo Marek, who took over as EU special representative for the dialogue in January, met Arben Kelmendi.",
        "2025-03-18")
    assert ("Ivo Marek", "European Union") in facts(result, REPRESENTS)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ivo Marek reminded both sides that the ultimate aim was a meeting between Presidents Jan Nowak and Tom Reed.",
    "A spokesman told reporters in Moscow it was premature to talk about a meeting between Jan Nowak and Tom Reed.",
    "A spokesman said it was too early to talk about a meeting between Jan Nowak and Tom Reed.",
    "The idea was for the Secretary-General, Dr Jan Nowak, to travel to Caracas and be received by President Tom Reed.",
])
def test_a_meeting_only_aimed_at_or_too_early_to_talk_about_is_hypothetical(extract_text, text):
    result, _ = extract_text(text, "2025-07-24")
    assert not facts(result, SPOKE_WITH) and not facts(result, MET_IN)


@pytest.mark.model
def test_the_leaders_of_two_countries_delegations_told_a_few_sentences_after_their_talks_talked(extract_text):
    result, _ = extract_text(
        "ISTANBUL, May 16 - Russian and Ukrainian negotiators met face to face in Istanbul on Friday for the first time "
        "in three years. Turkish Foreign Minister Hakan Fidan opened the session by telling the two delegations that "
        "there were two roads. Turkish intelligence chief Ibrahim Kalin also sat at the table, officials said.\n\nThe "
        "Russian delegation was headed by Kremlin aide Oleg Sorin. Ukraine's delegation was led by Defence Minister "
        "Taras Bondar.", "2025-05-16")
    assert frozenset(("Oleg Sorin", "Taras Bondar")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}


@pytest.mark.model
def test_a_meeting_coordinated_after_talks_placed_in_a_city_is_there_too(extract_text):
    # "will hold talks with X in Beijing on Tuesday and meet Y the following day": Beijing, not the country visited
    result, _ = extract_text(
        "Accra (AFP) - Ghanaian President Kofi Mensah will travel to China next week for his first state visit there, "
        "his foreign minister said Wednesday.\n\nMensah will hold talks with Chinese President Xi Jinping in Beijing on "
        "Tuesday and meet Premier Li Qiang the following day, Foreign Minister Ama Owusu told a press briefing in "
        "Accra.", "2026-05-14")
    assert {b for a, b in facts(result, MET_IN) if a == "Li Qiang"} == {"Beijing"}


@pytest.mark.model
def test_the_leg_of_a_journey_a_meeting_is_the_purpose_of_is_where_it_is(extract_text):
    # "flies to A, where ..., and then to B for a meeting with Y": B, and in a schedule told in the present, to come
    result, simple = extract_text(
        "From Ethiopia, Wang Yi flies to Dar es Salaam, where he is scheduled to hold talks with Tanzanian President "
        "Neema Mushi on Saturday, and then to Maseru for a meeting with Lesotho's Prime Minister Thabo Mokoena.",
        "2026-01-08")
    assert {b for a, b in facts(result, MET_IN) if a == "Thabo Mokoena"} == {"Maseru"}
    assert {e.status for e in result.events if e.trigger == "meeting"} == {PLANNED}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The permanent secretary, Nick Moyo, has denied posts circulating on social media that President Tendai Chari "
    "held a private meeting with North Korean leader Kim Jong Un on the margins of the parade.",
    "Q: Reports in Lusaka said Finance Minister Chanda Mwale met Vice Premier He Lifeng.",
])
def test_what_posts_and_reports_say_of_a_contact_is_no_contact(extract_text, text):
    result, _ = extract_text(text, "2025-10-21")
    assert not facts(result, SPOKE_WITH) and not facts(result, MET_IN)


@pytest.mark.model
def test_a_family_name_first_alone_stays_the_person_however_the_model_types_it(extract_text):
    # "Wang" after "Wang Yi", tagged a body twice and a person once: the person, so "he" there is Wang
    result, _ = extract_text(
        "Nigeria's Minister of Foreign Affairs, Musa Bello, on Friday hosted his Chinese counterpart, Wang Yi, for "
        "talks at the ministry in Abuja, the final leg of Wang's four-nation tour. Wang had been expected to pay a "
        "courtesy call on President Tunde Adeyemi, but the meeting did not hold.\n\nBefore arriving in Abuja, Wang "
        "was in N'Djamena, where he met Chadian President Idriss Mahamat on Thursday.", "2025-01-11")
    assert ("Wang Yi", "N'Djamena") in facts(result, MET_IN)
    assert not {p for p in facts(result, MET_IN) if p[0] == "Tunde Adeyemi"}


@pytest.mark.model
def test_one_who_sat_in_on_a_day_s_talks_was_where_that_day_s_talks_were(extract_text):
    result, _ = extract_text(
        "ABUJA, Jan 10 - Foreign Minister Musa Bello on Friday hosted his Chinese counterpart, Wang Yi, for talks at "
        "the ministry in Abuja. Before arriving in Abuja, Wang was in N'Djamena, where he met Chadian President Idriss "
        "Mahamat on Thursday. China's Ambassador to Nigeria, Yu Lin, who sat in on Friday's talks, later told "
        "reporters that Chinese firms had never walked away.", "2025-01-11")
    assert {b for a, b in facts(result, MET_IN) if a == "Yu Lin"} == {"Abuja"}


@pytest.mark.model
def test_him_after_a_sentence_whose_subject_a_relative_clause_names_another_is_the_subject(extract_text):
    # "X, whom Trump named as his envoy, spent five hours there. Footage showed Y greeting him": X, not Trump
    result, _ = extract_text(
        "CARACAS, Feb 1 - U.S. special envoy Ricardo Grenvil held talks with President Nestor Malvado in Caracas on "
        "Friday.\n\nGrenvil, whom Donald Trump named as his envoy for special missions, spent around five hours on "
        "the ground. Footage broadcast by state television showed Malvado greeting him at the presidential palace.",
        "2025-02-01")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert frozenset(("Nestor Malvado", "Donald Trump")) not in pairs


@pytest.mark.model
def test_holding_talks_hours_before_is_the_main_subject_s_whatever_the_apposition_holds(extract_text):
    # "X left Venezuela ..., hours after holding talks with Y in Caracas, the first face-to-face contact between ...":
    # the parser hangs "hours" on the apposition; the talks are X's
    result, _ = extract_text(
        "CARACAS, Feb 1 (Reuters) - U.S. special envoy Ricardo Grenvil left Venezuela late on Friday with six American "
        "citizens who had been detained in the country, hours after holding talks with President Nestor Malvado in "
        "Caracas, the first face-to-face contact between the two governments since January.", "2025-02-01")
    assert frozenset(("Ricardo Grenvil", "Nestor Malvado")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}


@pytest.mark.model
def test_an_interview_without_labels_gives_i_and_you_to_its_guest(extract_text):
    # questions end with a question mark, each answered by the next paragraph; "you" in a question, "I" in an answer
    result, _ = extract_text(
        "INTERVIEW | Finland's defence minister on the northern flank\n\nAnna Keller has been Finland's minister of "
        "defence since June 2023. Nordic Review met her in her office in Helsinki.\n\nMinister, you spoke with US "
        "Defense Secretary Tom Reed last Thursday. What did you talk about?\n\nIt was a good call, about forty "
        "minutes.\n\nAnd with the Baltic states?\n\nI will be in Vilnius on the 28th to meet Ruta Vaitkute, my "
        "Lithuanian colleague.", "2025-08-19")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert {frozenset(("Anna Keller", "Tom Reed")), frozenset(("Anna Keller", "Ruta Vaitkute"))} <= pairs
    assert ("Anna Keller", "Vilnius") in facts(result, MET_IN)


@pytest.mark.model
def test_an_interview_s_guest_is_the_one_spoken_to_not_the_byline_nor_another_named_first(extract_text):
    # "By X" is the author; "Six weeks into the government of Y, (...) We spoke to Foreign Minister Z": Z answers;
    # "We spoke to Z in his office" is the interview, no contact
    result, _ = extract_text(
        "INTERVIEW | Bolivia's top diplomat\n\nBy Rosa Vidal, The Andes Review\n\nSix weeks into the government of "
        "Rodrigo Paz, Bolivia's top diplomat is busy. We spoke to Foreign Minister Tomas Arce on Thursday in his "
        "office in La Paz. The interview has been edited for length.\n\nYou were in Washington last month. Who did "
        "you see?\n\nI met Deputy Secretary Christopher Landau again.\n\nThere were reports that you met the Chilean "
        "foreign minister, Ivo Marek, in Lima.\n\nNo, that is not true.\n\nWhat comes next?\n\nMore work.",
        "2025-12-20")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert frozenset(("Tomas Arce", "Christopher Landau")) in pairs
    assert not {p for p in pairs if "Rodrigo Paz" in p or "Rosa Vidal" in p or "Ivo Marek" in p}
    assert not {b for a, b in facts(result, MET_IN) if b in {"La Paz", "Bolivia"}}


@pytest.mark.model
def test_the_defence_and_the_australian_ministers_are_those_their_titles_fit(extract_text):
    # after a meeting of four ministers: "the defence ministers" are the two of defence, and their "separate talks"
    # are their own; "the Australian ministers" are not the hosts; a list of what was discussed names no place
    result, _ = extract_text(
        "Jakarta, 12 March 2026 - Indonesian Foreign Minister Budi Santoso and Indonesian Defence Minister Agus "
        "Wirawan today hosted Australian Foreign Minister Kate Morgan and Australian Defence Minister Liam Carter at "
        "the Ministry of Foreign Affairs in Jakarta.\n\nBefore the plenary session, Minister Santoso and Minister "
        "Morgan held a bilateral meeting at which the two foreign ministers discussed visa facilitation, the Comprehensive "
        "Economic Partnership Agreement (CEPA) and cooperation in the Pacific.\n\nThe defence ministers held separate "
        "talks on the 11th at the Ministry of Defence in Jakarta.\n\nFollowing the meeting, the Australian ministers "
        "paid a courtesy call on President Hadi Wijaya at the Merdeka Palace.", "2026-03-12")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert frozenset(("Agus Wirawan", "Liam Carter")) in pairs
    assert not {p for p in pairs if "Hadi Wijaya" in p and p & {"Budi Santoso", "Agus Wirawan"}}
    assert not {b for a, b in facts(result, MET_IN) if b == "Pacific"}


@pytest.mark.model
def test_an_interview_s_guest_is_not_its_interviewer_named_beside_a_pronoun(extract_text):
    # "X spoke to her", "She spoke to X": X asks the questions; the "I" of the answers is the one introduced
    result, _ = extract_text(
        "INTERVIEW | Norway's top Arctic diplomat\n\nHilde Sorvik has represented Norway on the council since 2023. "
        "Magnus Eriksen spoke to her in Tromso on Tuesday. The interview has been edited for length.\n\nYou were in "
        "Ottawa last week. Who did you see?\n\nI met my Canadian counterpart, Isabelle Tremblay, on Thursday.\n\nWhat "
        "comes next?\n\nMore meetings.", "2025-11-13")
    pairs = {frozenset(p) for p in facts(result, SPOKE_WITH)}
    assert pairs == {frozenset(("Hilde Sorvik", "Isabelle Tremblay"))}


@pytest.mark.model
def test_an_interview_s_masthead_is_no_guest(extract_text):
    # "AL-QUORAN WEEKLY | INTERVIEW": a weekly, no person; "X has been Y's foreign minister since the fall of Z. We
    # spoke to him": X answers, the first named, not Z
    result, _ = extract_text(
        "AL-QUORAN WEEKLY | INTERVIEW\nElbonia's foreign minister on sanctions\n\nIvo Marek has been Elbonia's "
        "foreign minister since the fall of Tomas Ristic last December. We spoke to him in his office on Sunday.\n\n"
        "You met Jan Nowak last week. Did you?\n\nYes. I met Mr. Nowak in Paris last Tuesday.\n\nWhat comes next?"
        "\n\nMore work.", "2025-09-12")
    assert {frozenset(p) for p in facts(result, SPOKE_WITH)} == {frozenset(("Ivo Marek", "Jan Nowak"))}


@pytest.mark.model
def test_an_interview_s_guest_is_among_the_we_of_its_answers(extract_text):
    result, _ = extract_text(
        "INTERVIEW | On talking to Ankara\n\nAnna Keller, vice-chair of the parliament's foreign affairs committee, "
        "on the state of relations.\n\nQ: You have just come back from Ankara. Who did you see?\n\nA: In June I led a "
        "delegation of five members of our committee to Ankara, where we had a long meeting with Paul Morel, the "
        "chairman of the foreign affairs committee.\n\nQ: And next?\n\nA: More work.", "2025-09-08")
    assert frozenset(("Anna Keller", "Paul Morel")) in {frozenset(p) for p in facts(result, SPOKE_WITH)}


#: Where each party met, in texts written for these tests: (text, published, the met_in facts).
MET_IN_CASES = [
    # the second "with", parsed as a conjunct of the day's "on", names a party met where its own phrase says
    pytest.param("Ivo Marek held talks with Serbian President Tomas Ristic in Belgrade on Feb. 25 and with Kosovo's "
                 "Prime Minister Arben Kelmendi in Pristina the following day.", "2025-03-18",
                 {("Ivo Marek", "Belgrade"), ("Tomas Ristic", "Belgrade"), ("Ivo Marek", "Pristina"),
                  ("Arben Kelmendi", "Pristina")}, id="a-second-with-hung-on-the-day"),
    # the second person, parsed as a conjunct of the first day, with the place hung on that day
    pytest.param("Li Wenbo, Beijing's special envoy for Asian affairs, met Thai Foreign Minister Anan Sornchai in "
                 "Bangkok on October 9 and Cambodian Foreign Minister Sok Vanna in Phnom Penh two days later.",
                 "2025-10-14", {("Li Wenbo", "Bangkok"), ("Anan Sornchai", "Bangkok"), ("Li Wenbo", "Phnom Penh"),
                                ("Sok Vanna", "Phnom Penh")}, id="y-elsewhere-days-later"),
    # "talks on avoiding clashes in Syria on Wednesday in Baku": the parser hangs the talks' day and place on the
    # topic's last verb; the place is where they were, not the dateline's city
    pytest.param("ANKARA, April 10 (AFP) - Turkey and Israel held their first technical talks on avoiding clashes in "
                 "Syria on Wednesday in the Azerbaijani capital Baku, the Turkish defence ministry said Thursday.",
                 "2025-04-10", {("Turkey", "Baku"), ("Israel", "Baku")}, id="day-and-place-on-a-topic-s-gerund"),
    # newest entry first: the summit the headline names is placed in the first entry, at the bottom
    pytest.param("LIVE | African Union summit, day two\n\n14:05 - Ivo Marek and Jan Nowak\nUN Secretary-General Ivo "
                 "Marek held talks with Prime Minister Jan Nowak on the sidelines this afternoon, his spokesperson "
                 "said.\n\n09:00 - Welcome\nGood morning and welcome to our live coverage of the African Union summit "
                 "in Addis Ababa.", "2026-02-15", {("Ivo Marek", "Addis Ababa"), ("Jan Nowak", "Addis Ababa")},
                 id="a-live-blog-s-summit-at-its-bottom"),
    # "the two leaders" after a contact of two denied in their own sentence: those two
    pytest.param("Foreign Minister Budi Santoso also confirmed President Hadi Wijaya is not scheduled to meet Donald "
                 "Trump here; the two leaders spoke at length in Sharm el-Sheikh earlier this month, he noted.",
                 "2025-10-26", {("Hadi Wijaya", "Sharm el-Sheikh"), ("Donald Trump", "Sharm el-Sheikh")},
                 id="the-two-after-a-denied-contact"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", MET_IN_CASES)
def test_where_each_party_met(extract_text, text, published, expected):
    result, _ = extract_text(text, published)
    assert facts(result, MET_IN) == expected
