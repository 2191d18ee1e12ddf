"""kg/nlp/meeting_talks.py: who talked with whom at a meeting -- on hand-built parses."""

from kg.nlp.meeting_talks import talks_partners

TAGS = {"PROPN": "NNP", "NOUN": "NN", "DET": "DT", "ADP": "IN", "PUNCT": ",", "VERB": "VBD", "CCONJ": "CC",
        "PRON": "PRP$", "ADJ": "JJ"}


def t(text, head, dep, pos, ent="O", tag=None, lemma=None):
    return (text, head, dep, pos, tag or TAGS[pos], lemma or text.lower(), ent)


def test_the_names_after_a_plural_post_the_parser_hung_elsewhere_are_the_partners(make_doc):
    # Ode held talks with his two counterparts , Bo Pym and Cy Lum , on Friday . -- the names parsed on the verb
    doc = make_doc([
        t("Ode", 1, "nsubj", "PROPN", "B-Person"), t("held", 1, "ROOT", "VERB"), t("talks", 1, "dobj", "NOUN", tag="NNS"),
        t("with", 2, "prep", "ADP"), t("his", 6, "poss", "PRON"), t("two", 6, "nummod", "ADJ"),
        t("counterparts", 3, "pobj", "NOUN", tag="NNS", lemma="counterpart"), t(",", 1, "punct", "PUNCT"),
        t("Bo", 9, "compound", "PROPN", "B-Person"), t("Pym", 13, "nmod", "PROPN", "I-Person"),
        t("and", 9, "cc", "CCONJ"), t("Cy", 13, "compound", "PROPN", "B-Person"),
        t("Lum", 1, "npadvmod", "PROPN", "I-Person"), t(",", 13, "punct", "PUNCT"), t("on", 1, "prep", "ADP"),
        t("Friday", 15, "pobj", "PROPN", "B-DATE"), t(".", 1, "punct", "PUNCT"),
    ])
    refs = {0: "ode", 8: "pym", 9: "pym", 11: "lum", 12: "lum"}
    assert talks_partners(doc[2], refs) == {"pym", "lum"}
