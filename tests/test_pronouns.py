"""First-person pronouns inside quotations (kg.nlp.pronouns): whom a quotation is attributed to, read from
the document's quotation marks and verbs of saying; rule tests on hand-built parses, no model needed."""

from kg.nlp.pronouns import (
    _main_subject,
    _subject_head,
    _traveller_where,
    in_quotation,
    quotations,
    quote_speaker,
    subject_owner,
)

from test_relations import t

# " I spoke with Bo Pym , " Ann Ode said .
SPOKE = [
    t('"', 2, "punct", "PUNCT"), t("I", 2, "nsubj", "PRON", lemma="I"), t("spoke", 10, "ccomp", "VERB", lemma="speak"),
    t("with", 2, "prep", "ADP"), t("Bo", 5, "compound", "PROPN", "B-Person"), t("Pym", 3, "pobj", "PROPN", "I-Person"),
    t(",", 2, "punct", "PUNCT"), t('"', 10, "punct", "PUNCT"), t("Ann", 9, "compound", "PROPN", "B-Person"),
    t("Ode", 10, "nsubj", "PROPN", "I-Person"), t("said", 10, "ROOT", "VERB", lemma="say"), t(".", 10, "punct", "PUNCT"),
]
REFS = {4: "bo", 5: "bo", 8: "ann", 9: "ann"}


def test_the_speaker_named_after_the_quotation_closes(make_doc):
    doc = make_doc(SPOKE)
    quotes = quotations(doc)
    assert quotes.marks == [0, 7] and quotes.said == [10]
    assert quote_speaker(doc[1], REFS, quotes) == "ann"
    assert in_quotation(doc[1], quotes) and not in_quotation(doc[9], quotes)


def test_the_speaker_named_before_the_quotation_opens(make_doc):
    # Ann Ode said . " I agree . "
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("said", 2, "ROOT", "VERB", lemma="say"), t(".", 2, "punct", "PUNCT"), t('"', 6, "punct", "PUNCT"),
        t("I", 6, "nsubj", "PRON", lemma="I"), t("agree", 6, "ROOT", "VERB", lemma="agree"), t(".", 6, "punct", "PUNCT"),
        t('"', 6, "punct", "PUNCT"),
    ])
    assert quote_speaker(doc[5], {0: "ann", 1: "ann"}, quotations(doc)) == "ann"


def test_a_pronoun_outside_quotation_marks_has_no_speaker(make_doc):
    # I spoke with Bo Pym , Ann Ode said .  (no quotation marks)
    doc = make_doc([
        t("I", 1, "nsubj", "PRON", lemma="I"), t("spoke", 8, "ccomp", "VERB", lemma="speak"), t("with", 1, "prep", "ADP"),
        t("Bo", 4, "compound", "PROPN", "B-Person"), t("Pym", 2, "pobj", "PROPN", "I-Person"), t(",", 1, "punct", "PUNCT"),
        t("Ann", 7, "compound", "PROPN", "B-Person"), t("Ode", 8, "nsubj", "PROPN", "I-Person"),
        t("said", 8, "ROOT", "VERB", lemma="say"), t(".", 8, "punct", "PUNCT"),
    ])
    assert quote_speaker(doc[0], {3: "bo", 4: "bo", 6: "ann", 7: "ann"}, quotations(doc)) is None
    # a verb of saying that is no verb ("the say"), or no subject named: no speaker
    doc = make_doc([(w, h, dep, "NOUN" if w == "said" else pos, *rest) for w, h, dep, pos, *rest in SPOKE])
    assert quotations(doc).said == [] and quote_speaker(doc[1], REFS, quotations(doc)) is None


def test_a_name_the_parser_made_the_root_before_its_relative_clause_is_the_subject(make_doc):
    # Bo Pym , who took office , arrived .  ("arrived" hung on "took", the name the root)
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 1, "ROOT", "PROPN", "I-Person"), t(",", 1, "punct", "PUNCT"),
        t("who", 4, "nsubj", "PRON"), t("took", 1, "relcl", "VERB", lemma="take"), t("office", 4, "dobj", "NOUN"),
        t(",", 4, "punct", "PUNCT"), t("arrived", 4, "advcl", "VERB", lemma="arrive"), t(".", 1, "punct", "PUNCT"),
    ])
    assert _subject_head(doc[0]) and _main_subject(doc[0])
    assert not _subject_head(doc[5])


def test_a_name_parsed_a_conjunct_of_a_country_s_name_subject_is_the_subject(make_doc):
    # Trinidad and Tobago 's Minister Ann Ode travelled .  (the name a conjunct of "Trinidad", the subject); and
    # Bo Pym and Ann Ode met Cy Lund .  (Ode, a conjunct of a person's name, is no subject of her own here)
    doc = make_doc([
        t("Trinidad", 7, "nsubj", "PROPN", "B-Country"), t("and", 0, "cc", "CCONJ", "I-Country"),
        t("Tobago", 4, "poss", "PROPN", "I-Country"), t("'s", 2, "case", "PART"), t("Minister", 6, "compound", "PROPN"),
        t("Ann", 6, "compound", "PROPN", "B-Person"), t("Ode", 0, "conj", "PROPN", "I-Person"),
        t("travelled", 7, "ROOT", "VERB", lemma="travel"), t(".", 7, "punct", "PUNCT"),
        t("Bo", 10, "compound", "PROPN", "B-Person"), t("Pym", 14, "nsubj", "PROPN", "I-Person"),
        t("and", 10, "cc", "CCONJ"), t("Ann", 13, "compound", "PROPN", "B-Person"),
        t("Ode", 10, "conj", "PROPN", "I-Person"), t("met", 14, "ROOT", "VERB", lemma="meet"),
        t("Cy", 16, "compound", "PROPN", "B-Person"), t("Lund", 14, "dobj", "PROPN", "I-Person"),
        t(".", 14, "punct", "PUNCT"),
    ])
    assert _subject_head(doc[5])
    assert not _subject_head(doc[12])


def test_the_owner_of_a_subject_is_in_the_subject(make_doc):
    # The diplomat 's outreach grew .  (the diplomat owns the subject)
    doc = make_doc([
        t("The", 1, "det", "DET"), t("diplomat", 3, "poss", "NOUN"), t("'s", 1, "case", "PART"),
        t("outreach", 4, "nsubj", "NOUN"), t("grew", 4, "ROOT", "VERB", lemma="grow"), t(".", 4, "punct", "PUNCT"),
    ])
    assert _subject_head(doc[1]) and _subject_head(doc[0])


def test_a_name_opening_its_sentence_parsed_as_an_adverb_of_a_verb_without_subject_is_the_subject(make_doc):
    # Pym kept travelling .  ("Pym" an adverb of "kept"); Later Pym , Ode met .  (a subject of its own: no)
    doc = make_doc([
        t("Pym", 1, "advmod", "ADV", "B-Person", tag="RB"), t("kept", 1, "ROOT", "VERB", lemma="keep"),
        t("travelling", 1, "xcomp", "VERB", lemma="travel"), t(".", 1, "punct", "PUNCT"),
        t("Pym", 6, "npadvmod", "PROPN", "B-Person"), t("Ode", 6, "nsubj", "PROPN", "B-Person"),
        t("met", 6, "ROOT", "VERB", lemma="meet"), t(".", 6, "punct", "PUNCT"),
    ])
    assert _subject_head(doc[0]) and _main_subject(doc[0])
    assert not _subject_head(doc[4])


def test_the_object_of_a_where_clause_on_a_later_leg_of_a_journey_is_the_traveller(make_doc):
    # Ann Ode travelled to Lima to meet Bo Pym , then to Quito , where Cy Rex received him .  ("to Quito" hung on "meet")
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 2, "nsubj", "PROPN", "I-Person"),
        t("travelled", 2, "ROOT", "VERB", lemma="travel"), t("to", 2, "prep", "ADP"), t("Lima", 3, "pobj", "PROPN", "B-Place"),
        t("to", 6, "aux", "PART", tag="TO"), t("meet", 2, "advcl", "VERB", lemma="meet"),
        t("Bo", 8, "compound", "PROPN", "B-Person"), t("Pym", 6, "dobj", "PROPN", "I-Person"), t(",", 6, "punct", "PUNCT"),
        t("then", 11, "advmod", "ADV", tag="RB"), t("to", 6, "prep", "ADP"), t("Quito", 11, "pobj", "PROPN", "B-Place"),
        t(",", 12, "punct", "PUNCT"), t("where", 17, "advmod", "ADV", tag="WRB"),
        t("Cy", 16, "compound", "PROPN", "B-Person"), t("Rex", 17, "nsubj", "PROPN", "I-Person"),
        t("received", 12, "relcl", "VERB", lemma="receive"), t("him", 17, "dobj", "PRON"), t(".", 2, "punct", "PUNCT"),
    ])
    refs = {0: "ann", 1: "ann", 7: "bo", 8: "bo", 15: "cy", 16: "cy"}
    assert _traveller_where(doc[18], refs) == "ann"


def test_the_owner_of_the_subject_of_the_sentence_before_is_what_it_is_about(make_doc):
    # The trip , Ann Ode 's second , then began in Lima .  (Ann Ode owns the apposition of the subject)
    doc = make_doc([
        t("The", 1, "det", "DET"), t("trip", 9, "nsubj", "NOUN"), t(",", 1, "punct", "PUNCT"),
        t("Ann", 4, "compound", "PROPN", "B-Person"), t("Ode", 6, "poss", "PROPN", "I-Person"),
        t("'s", 4, "case", "PART"), t("second", 1, "appos", "ADJ"), t(",", 1, "punct", "PUNCT"),
        t("then", 9, "advmod", "ADV", tag="RB"), t("began", 9, "ROOT", "VERB", lemma="begin"), t("in", 9, "prep", "ADP"),
        t("Lima", 10, "pobj", "PROPN", "B-Place"), t(".", 9, "punct", "PUNCT"),
    ])
    assert subject_owner(doc[0:13], [3]) == 3
    assert subject_owner(doc[0:13], []) is None  # no one named before the pronoun


def test_the_name_a_copula_s_possessive_complement_stands_for_is_what_the_sentence_is_about(make_doc):
    # The round was Ann Ode 's first since he toured .  (the parser takes the possessive name for the complement)
    doc = make_doc([
        t("The", 1, "det", "DET"), t("round", 2, "nsubj", "NOUN"), t("was", 2, "ROOT", "AUX", lemma="be"),
        t("Ann", 4, "compound", "PROPN", "B-Person"), t("Ode", 2, "attr", "PROPN", "I-Person"),
        t("'s", 4, "case", "PART"), t("first", 4, "amod", "ADJ"), t("since", 9, "mark", "ADP", tag="IN"),
        t("he", 9, "nsubj", "PRON", lemma="he"), t("toured", 4, "advcl", "VERB", lemma="tour"), t(".", 2, "punct", "PUNCT"),
    ])
    assert subject_owner(doc[0:11], [3]) == 3
    # (a complement with no possessive is no one's: "The round was Ann Ode": who, not whose)
    plain = make_doc([
        t("The", 1, "det", "DET"), t("envoy", 2, "nsubj", "NOUN"), t("was", 2, "ROOT", "AUX", lemma="be"),
        t("Ann", 4, "compound", "PROPN", "B-Person"), t("Ode", 2, "attr", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    assert subject_owner(plain[0:6], [3]) is None
