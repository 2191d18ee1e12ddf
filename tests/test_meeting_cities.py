"""kg/nlp/meeting_cities.py: which words belong to a venue's own phrase — on hand-built parses."""

from kg.nlp.meeting_cities import in_phrase_of

TAGS = {"PROPN": "NNP", "NOUN": "NN", "DET": "DT", "ADP": "IN", "PUNCT": ",", "PART": "POS"}


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
