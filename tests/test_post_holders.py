"""kg/nlp/post_holders.py: who holds the post a title names -- on hand-built parses."""

from kg.nlp.post_holders import holder_after_of

TAGS = {"PROPN": "NNP", "NOUN": "NN", "DET": "DT", "ADP": "IN", "CCONJ": "CC"}


def t(text, head, dep, pos, ent="O"):
    return (text, head, dep, pos, TAGS[pos], text.lower(), ent)


def test_the_name_after_a_portfolio_coordinated_with_the_title_and_the_country_s_long_name(make_doc):
    # Minister of Foreign Affairs and International Cooperation of the Republic of Ruritania Ode Pym -- parsed with
    # "Cooperation" a conjunct of "Minister" and the name three "of"s down
    doc = make_doc([
        t("Minister", 0, "ROOT", "PROPN"), t("of", 0, "prep", "ADP"), t("Foreign", 3, "compound", "PROPN"),
        t("Affairs", 1, "pobj", "PROPN"), t("and", 0, "cc", "CCONJ"), t("International", 6, "compound", "PROPN"),
        t("Cooperation", 0, "conj", "PROPN"), t("of", 6, "prep", "ADP"), t("the", 9, "det", "DET"),
        t("Republic", 7, "pobj", "PROPN"), t("of", 9, "prep", "ADP"), t("Ruritania", 13, "compound", "PROPN", "B-Country"),
        t("Ode", 13, "compound", "PROPN", "B-Person"), t("Pym", 10, "pobj", "PROPN", "I-Person"),
    ])
    refs = {11: "ruritania", 12: "pym", 13: "pym"}
    assert holder_after_of(doc[0], refs) == doc[13]


def test_no_name_after_a_title_whose_conjunct_is_another_title(make_doc):
    # Minister of Defence and President of Ruritania Ode Pym -- two posts: the name is not the first one's
    doc = make_doc([
        t("Minister", 0, "ROOT", "PROPN"), t("of", 0, "prep", "ADP"), t("Defence", 1, "pobj", "PROPN"),
        t("and", 0, "cc", "CCONJ"), t("President", 0, "conj", "PROPN"), t("of", 4, "prep", "ADP"),
        t("Ruritania", 7, "compound", "PROPN", "B-Country"), t("Ode", 7, "compound", "PROPN", "B-Person"),
        t("Pym", 5, "pobj", "PROPN", "I-Person"),
    ])
    refs = {6: "ruritania", 7: "pym", 8: "pym"}
    assert holder_after_of(doc[0], refs) is None
