"""A sentence after a meeting that tells where it took place and who else was there (kg.nlp.followups):
rule tests on hand-built parses, no model needed."""

from kg.model import MEETING, OCCURRED
from kg.nlp.followups import JOINED, LEADERS

from test_relations import run, t

# Ann Ode met Bo Pym .
MET = [
    t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
    t("met", 2, "ROOT", "VERB", lemma="meet"), t("Bo", 4, "compound", "PROPN", "B-Person"),
    t("Pym", 2, "dobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
]


def took_place(modifier=None, noun="meeting"):
    """The [modifier] <noun> took place in Vellport .  (after MET)"""
    n = 6 + (modifier is not None)
    return [
        t("The", n + 1, "det", "DET"), *([t(modifier, n + 1, "amod", "ADJ")] if modifier else []),
        t(noun, n + 2, "nsubj", "NOUN"), t("took", n + 2, "ROOT", "VERB", lemma="take"),
        t("place", n + 2, "dobj", "NOUN"), t("in", n + 2, "prep", "ADP"), t("Vellport", n + 4, "pobj", "PROPN", "B-Place"),
        t(".", n + 2, "punct", "PUNCT"),
    ]


def test_the_meeting_took_place_in_places_the_meeting_just_told(make_doc):
    assert run(make_doc(MET + took_place())) == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport", OCCURRED, None, "verb-meet")]


def test_talks_that_took_place_somewhere_were_held_in_person(make_doc):
    # Ann Ode spoke with Bo Pym . The talks took place in Vellport .
    spoke = [*MET[:2], t("spoke", 2, "ROOT", "VERB", lemma="speak"), t("with", 2, "prep", "ADP"),
             t("Bo", 5, "compound", "PROPN", "B-Person"), t("Pym", 3, "pobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT")]
    shifted = [(w, h + 1, *rest) for w, h, *rest in took_place(noun="talks")]
    assert run(make_doc(spoke + shifted)) == [
        (MEETING, ("Ann Ode", "Bo Pym"), "Vellport", OCCURRED, None, "verb-talk")]


def test_the_next_meeting_is_another_one(make_doc):
    assert run(make_doc(MET + took_place("next"))) == [(MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet")]


def test_the_meeting_at_a_venue_in_a_city_also_included_someone(make_doc):
    # The meeting at the Vell Hall in Vellport also included Cy Lee .
    doc = make_doc(MET + [
        t("The", 7, "det", "DET"), t("meeting", 15, "nsubj", "NOUN"), t("at", 7, "prep", "ADP"), t("the", 11, "det", "DET"),
        t("Vell", 11, "compound", "PROPN", "B-Organization"), t("Hall", 8, "pobj", "PROPN", "I-Organization"),
        t("in", 11, "prep", "ADP"), t("Vellport", 12, "pobj", "PROPN", "B-Place"), t("also", 15, "advmod", "ADV", tag="RB"),
        t("included", 15, "ROOT", "VERB", lemma="include"), t("Cy", 17, "compound", "PROPN", "B-Person"),
        t("Lee", 15, "dobj", "PROPN", "I-Person"), t(".", 15, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), "Vellport", OCCURRED, None, "verb-meet"),
                        (MEETING, ("Cy Lee",), "Vellport", OCCURRED, None, JOINED)]


def test_a_day_s_meeting_names_the_meeting_told_that_day(make_doc):
    # Ann Ode met Bo Pym in Vellport . Tuesday 's meeting also included Cy Lee .
    doc = make_doc([
        *MET[:5], t("in", 2, "prep", "ADP"), t("Vellport", 5, "pobj", "PROPN", "B-Place"), t(".", 2, "punct", "PUNCT"),
        t("Tuesday", 10, "poss", "PROPN", "B-DATE"), t("'s", 8, "case", "PART", tag="POS"),
        t("meeting", 12, "nsubj", "NOUN"), t("also", 12, "advmod", "ADV", tag="RB"),
        t("included", 12, "ROOT", "VERB", lemma="include"), t("Cy", 14, "compound", "PROPN", "B-Person"),
        t("Lee", 12, "dobj", "PROPN", "I-Person"), t(".", 12, "punct", "PUNCT"),
    ])
    assert run(doc) == [(MEETING, ("Ann Ode", "Bo Pym"), "Vellport", OCCURRED, None, "verb-meet"),
                        (MEETING, ("Cy Lee",), "Vellport", OCCURRED, None, JOINED)]


def test_a_meeting_with_a_party_of_its_own_is_a_contact_of_its_own(make_doc):
    # Ann Ode met Bo Pym . The meeting with Cy Lee took place in Vellport .
    doc = make_doc(MET + [
        t("The", 7, "det", "DET"), t("meeting", 11, "nsubj", "NOUN"), t("with", 7, "prep", "ADP"),
        t("Cy", 10, "compound", "PROPN", "B-Person"), t("Lee", 8, "pobj", "PROPN", "I-Person"),
        t("took", 11, "ROOT", "VERB", lemma="take"), t("place", 11, "dobj", "NOUN"), t("in", 11, "prep", "ADP"),
        t("Vellport", 13, "pobj", "PROPN", "B-Place"), t(".", 11, "punct", "PUNCT"),
    ])
    assert (MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet") in run(doc)


def test_the_leaders_of_the_two_sides_named_after_talks_talked(make_doc):
    # Ann Ode met Bo Pym . The delegation was led by Jo Lee and the other one by Al Fox .
    led = [
        t("The", 7, "det", "DET"), t("delegation", 9, "nsubjpass", "NOUN"), t("was", 9, "auxpass", "AUX"),
        t("led", 9, "ROOT", "VERB", lemma="lead"), t("by", 9, "agent", "ADP"), t("Jo", 12, "compound", "PROPN", "B-Person"),
        t("Lee", 10, "pobj", "PROPN", "I-Person"), t("and", 12, "cc", "CCONJ"), t("the", 16, "det", "DET"),
        t("other", 16, "amod", "ADJ"), t("one", 12, "conj", "NOUN"), t("by", 16, "prep", "ADP"),
        t("Al", 19, "compound", "PROPN", "B-Person"), t("Fox", 17, "pobj", "PROPN", "I-Person"), t(".", 9, "punct", "PUNCT"),
    ]
    assert run(make_doc(MET + led)) == [
        (MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet"),
        (MEETING, ("Jo Lee", "Al Fox"), None, OCCURRED, None, LEADERS)]
    alone = [(w, h - 6, *rest) for w, h, *rest in led]  # with no talks told before: nothing
    assert run(make_doc(alone)) == []


def test_the_two_sides_told_in_sentences_of_their_own_after_talks_talked(make_doc):
    # Ann Ode met Bo Pym . The side was led by Jo Lee , joined by Al Fox . Across the table sat Kay Dunn , with Cy Rex .
    led = [
        t("The", 7, "det", "DET"), t("side", 9, "nsubjpass", "NOUN"), t("was", 9, "auxpass", "AUX"),
        t("led", 9, "ROOT", "VERB", lemma="lead"), t("by", 9, "agent", "ADP"), t("Jo", 12, "compound", "PROPN", "B-Person"),
        t("Lee", 10, "pobj", "PROPN", "I-Person"), t(",", 9, "punct", "PUNCT", tag=","),
        t("joined", 9, "advcl", "VERB", lemma="join", tag="VBN"), t("by", 14, "agent", "ADP"),
        t("Al", 17, "compound", "PROPN", "B-Person"), t("Fox", 15, "pobj", "PROPN", "I-Person"), t(".", 9, "punct", "PUNCT"),
    ]
    across = [
        t("Across", 22, "prep", "ADP"), t("the", 21, "det", "DET"), t("table", 19, "pobj", "NOUN"),
        t("sat", 22, "ROOT", "VERB", lemma="sit"), t("Kay", 24, "compound", "PROPN", "B-Person"),
        t("Dunn", 22, "nsubj", "PROPN", "I-Person"), t(",", 24, "punct", "PUNCT", tag=","), t("with", 24, "prep", "ADP"),
        t("Cy", 28, "compound", "PROPN", "B-Person"), t("Rex", 26, "pobj", "PROPN", "I-Person"), t(".", 22, "punct", "PUNCT"),
    ]
    assert run(make_doc(MET + led + across)) == [
        (MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet"),
        (MEETING, ("Jo Lee", "Al Fox", "Kay Dunn", "Cy Rex"), None, OCCURRED, None, LEADERS)]
    # one side alone: nothing more, and those who joined its leader met no one of their own
    assert run(make_doc(MET + led)) == [(MEETING, ("Ann Ode", "Bo Pym"), None, OCCURRED, None, "verb-meet")]
