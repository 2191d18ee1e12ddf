"""kg/nlp/meeting_cities.py: which words belong to a venue's own phrase — on hand-built parses."""

from kg.model import MEETING
from kg.nlp.events import RawEvent
from kg.nlp.meeting_cities import in_phrase_of, moved_on

TAGS = {"PROPN": "NNP", "NOUN": "NN", "DET": "DT", "ADP": "IN", "PUNCT": ",", "PART": "POS", "VERB": "VBD",
        "CCONJ": "CC", "ADV": "RB"}


def t(text, head, dep, pos, ent="O"):
    return (text, head, dep, pos, TAGS[pos], text.lower(), ent)


def test_a_place_in_the_venue_s_own_phrase(make_doc):
    # the Vell hotel on Ruritania 's Quor island
    doc = make_doc([
        t("the", 2, "det", "DET"), t("Vell", 2, "compound", "PROPN", "B-Place"), t("hotel", 2, "ROOT", "NOUN"),
        t("on", 2, "prep", "ADP"), t("Ruritania", 7, "poss", "PROPN", "B-Country"), t("'s", 4, "case", "PART"),
        t("Quor", 7, "compound", "PROPN", "B-Place"), t("island", 3, "pobj", "NOUN"),
    ])
    assert in_phrase_of(doc[4], doc[2])


def test_not_a_post_the_parser_set_beside_the_venue(make_doc):
    # the Vell hotel , Ruritania 's Minister Bo Pym -- parsed with the post an apposition of "hotel"
    doc = make_doc([
        t("the", 2, "det", "DET"), t("Vell", 2, "compound", "PROPN", "B-Place"), t("hotel", 2, "ROOT", "NOUN"),
        t(",", 2, "punct", "PUNCT"), t("Ruritania", 6, "poss", "PROPN", "B-Country"), t("'s", 4, "case", "PART"),
        t("Minister", 2, "appos", "PROPN"), t("Bo", 8, "compound", "PROPN", "B-Person"),
        t("Pym", 6, "appos", "PROPN", "I-Person"),
    ])
    assert not in_phrase_of(doc[4], doc[2])


def held_talks_and_met(make_doc, later: str):
    # Ode held talks at the palace and <later> met Pym .
    lemma = {"held": "hold", "met": "meet"}
    words = [t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB"), t("talks", 1, "dobj", "NOUN"),
             t("at", 1, "prep", "ADP"), t("the", 5, "det", "DET"), t("palace", 3, "pobj", "NOUN"),
             t("and", 1, "cc", "CCONJ"), *([t(later, 8, "advmod", "ADV")] if later else []),
             t("met", 1, "conj", "VERB"), t("Pym", 8, "dobj", "PROPN", "B-Person"), t(".", 1, "punct", "PUNCT")]
    if not later:
        words = [(w[0], w[1] - (w[1] > 7), *w[2:]) for w in words]
    doc = make_doc([(w[0], w[1], w[2], w[3], w[4], lemma.get(w[0], w[5]), w[6]) for w in words])
    refs = {0: "ode", 5: "palace", len(doc) - 2: "pym"}
    return RawEvent(MEETING, ("ode", "pym"), doc[:], "verb-meet", 0.9, trigger="met"), refs


def test_a_meeting_after_another_in_the_sentence_is_not_at_the_other_s_venue(make_doc):
    ev, refs = held_talks_and_met(make_doc, "later")
    assert moved_on(ev, "palace", refs)
    ev, refs = held_talks_and_met(make_doc, "")  # "held talks at the palace and met Pym": one visit, one building
    assert not moved_on(ev, "palace", refs)
