"""kg/nlp/titles.py, appositions.py and titled_names.py: title blocks before names, appositions after them, "X of Y",
names set beside a post — on hand-built parses."""

import pytest

from kg.nlp.appositions import apposition_after
from kg.nlp.titled_names import has_person_evidence, holders_listed, titled_apposition
from kg.nlp.titles import TitleBlock, after_name, apposition_before, block_before, entity_at, of_party, party_of

TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "ADJ": "JJ", "DET": "DT", "ADP": "IN", "PUNCT": ",",
        "PART": "POS", "NUM": "CD", "AUX": "VBZ", "PRON": "PRP"}


def t(text, head, dep, pos, ent="O", tag=None, lemma=None):
    """One token for make_doc: tag and lemma default from the part of speech and the text."""
    return (text, head, dep, pos, tag or TAGS.get(pos, "XX"), lemma or text.lower(), ent)


def person(doc):
    """The (first) Person entity of a doc."""
    return next(e for e in doc.ents if e.label_ == "Person")


def party_texts(block):
    return [p.text for p in block.parties]


@pytest.fixture
def lavrov(make_doc):
    # Russian Foreign Minister Sergei Lavrov met Ann Ode .
    return make_doc([
        t("Russian", 3, "amod", "ADJ", "B-NORP", "JJ"), t("Foreign", 2, "compound", "PROPN"),
        t("Minister", 4, "compound", "PROPN"), t("Sergei", 4, "compound", "PROPN", "B-Person"),
        t("Lavrov", 5, "nsubj", "PROPN", "I-Person"), t("met", 5, "ROOT", "VERB", lemma="meet"),
        t("Ann", 7, "compound", "PROPN", "B-Person"), t("Ode", 5, "dobj", "PROPN", "I-Person"),
        t(".", 5, "punct", "PUNCT", tag="."),
    ])


def test_title_before_with_demonym(lavrov):
    block = block_before(person(lavrov))
    assert block.titles == ["foreign", "minister"]
    assert block.role == "minister"  # the longest listed phrase: "foreign minister"
    assert party_texts(block) == ["Russian"]
    assert not block.possessive and not block.former and not block.unlisted


def test_a_title_of_two_words_none_of_them_a_title_alone(make_doc):
    # Saudi Crown Prince Jo Doe met Ann Ode .
    doc = make_doc([
        t("Saudi", 2, "amod", "ADJ", "B-NORP", "JJ"), t("Crown", 2, "compound", "PROPN"),
        t("Prince", 4, "compound", "PROPN"), t("Jo", 4, "compound", "PROPN", "B-Person"),
        t("Doe", 5, "nsubj", "PROPN", "I-Person"), t("met", 5, "ROOT", "VERB"),
        t("Ann", 7, "compound", "PROPN", "B-Person"), t("Ode", 5, "dobj", "PROPN", "I-Person"), t(".", 5, "punct", "PUNCT"),
    ])
    block = block_before(person(doc))
    assert block.titles == ["crown", "prince"] and block.role == "head"
    assert party_texts(block) == ["Saudi"]


def test_a_title_of_three_words_joined_by_of(make_doc):
    # Head of State Jo Doe received Ann Ode .
    doc = make_doc([
        t("Head", 4, "compound", "PROPN"), t("of", 0, "prep", "ADP"), t("State", 1, "pobj", "PROPN"),
        t("Jo", 4, "compound", "PROPN", "B-Person"), t("Doe", 5, "nsubj", "PROPN", "I-Person"),
        t("received", 5, "ROOT", "VERB", lemma="receive"), t("Ann", 7, "compound", "PROPN", "B-Person"),
        t("Ode", 5, "dobj", "PROPN", "I-Person"), t(".", 5, "punct", "PUNCT"),
    ])
    block = block_before(person(doc))
    assert block.titles == ["head", "of", "state"] and block.role == "head"  # a head of state, not any "head"


def test_no_title_before_a_name_at_the_start_of_a_clause(lavrov):
    ode = [e for e in lavrov.ents if e.label_ == "Person"][1]
    assert block_before(ode) == TitleBlock()  # "met" is no title and stops the block


def test_organisation_title(make_doc):
    # Kremlin spokesman Dmitry Peskov said .
    doc = make_doc([
        t("Kremlin", 3, "compound", "PROPN", "B-Organization"), t("spokesman", 3, "compound", "NOUN"),
        t("Dmitry", 3, "compound", "PROPN", "B-Person"), t("Peskov", 4, "nsubj", "PROPN", "I-Person"),
        t("said", 4, "ROOT", "VERB", lemma="say"), t(".", 4, "punct", "PUNCT", tag="."),
    ])
    block = block_before(person(doc))
    assert block.titles == ["spokesman"] and block.role == "spokesperson"
    assert party_texts(block) == ["Kremlin"]


def test_possessive_country(make_doc):
    # Ukraine 's Andriy Sybiha arrived .
    doc = make_doc([
        t("Ukraine", 3, "poss", "PROPN", "B-Country"), t("'s", 0, "case", "PART"),
        t("Andriy", 3, "compound", "PROPN", "B-Person"), t("Sybiha", 4, "nsubj", "PROPN", "I-Person"),
        t("arrived", 4, "ROOT", "VERB", lemma="arrive"), t(".", 4, "punct", "PUNCT", tag="."),
    ])
    block = block_before(person(doc))
    assert block.possessive and block.titles == [] and block.role is None
    assert party_texts(block) == ["Ukraine"]


def test_a_possessive_title_goes_on_through_a_portfolio_s_list_and_its_people_abroad(make_doc):
    # Ruritania 's Minister of Foreign Affairs , Cooperation and Ruritanians Abroad Ann Ode met . ("Abroad" an adverb)
    doc = make_doc([
        t("Ruritania", 2, "poss", "PROPN", "B-Country"), t("'s", 0, "case", "PART"), t("Minister", 13, "nsubj", "PROPN"),
        t("of", 2, "prep", "ADP"), t("Foreign", 5, "compound", "PROPN"), t("Affairs", 3, "pobj", "PROPN"),
        t(",", 2, "punct", "PUNCT"), t("Cooperation", 2, "conj", "PROPN"), t("and", 7, "cc", "CCONJ"),
        t("Ruritanians", 7, "conj", "PROPN"), t("Abroad", 13, "advmod", "ADV", tag="RB"),
        t("Ann", 12, "compound", "PROPN", "B-Person"), t("Ode", 13, "nsubj", "PROPN", "I-Person"),
        t("met", 13, "ROOT", "VERB", lemma="meet"), t(".", 13, "punct", "PUNCT", tag="."),
    ])
    block = block_before(person(doc))
    assert block.role == "minister" and party_texts(block) == ["Ruritania"]


def test_a_lower_case_body_noun_tagged_proper_inside_a_possessive_title(make_doc):
    # China 's foreign ministry spokesman Lin Jian said . -- "foreign ministry" tagged PROPN by the model
    doc = make_doc([
        t("China", 4, "poss", "PROPN", "B-Country"), t("'s", 0, "case", "PART"), t("foreign", 3, "compound", "PROPN"),
        t("ministry", 4, "compound", "PROPN"), t("spokesman", 6, "compound", "NOUN"), t("Lin", 6, "compound", "PROPN", "B-Person"),
        t("Jian", 7, "nsubj", "PROPN", "I-Person"), t("said", 7, "ROOT", "VERB", lemma="say"), t(".", 7, "punct", "PUNCT", tag="."),
    ])
    block = block_before(person(doc))
    assert block.role == "spokesperson" and party_texts(block) == ["China"]


def _former_president(make_doc):
    # former Norland President Ann Ode spoke
    return make_doc([
        t("former", 3, "amod", "ADJ"), t("Norland", 3, "compound", "PROPN", "B-Country"),
        t("President", 4, "compound", "PROPN"), t("Ann", 4, "compound", "PROPN", "B-Person"),
        t("Ode", 5, "nsubj", "PROPN", "I-Person"), t("spoke", 5, "ROOT", "VERB", lemma="speak"),
    ])


def test_country_name_in_a_title(make_doc):
    block = block_before(person(_former_president(make_doc)))
    assert "president" in block.titles and block.role == "head"
    assert party_texts(block) == ["Norland"]


def test_former_is_flagged_not_a_title(make_doc):
    block = block_before(person(_former_president(make_doc)))
    assert block.former and block.titles == ["president"]


def test_topic_titles_name_no_party(make_doc):
    # Norland expert Bo Pym said  -> an expert on Norland, not for it
    doc = make_doc([
        t("Norland", 1, "compound", "PROPN", "B-Country"), t("expert", 3, "compound", "NOUN"),
        t("Bo", 3, "compound", "PROPN", "B-Person"), t("Pym", 4, "nsubj", "PROPN", "I-Person"),
        t("said", 4, "ROOT", "VERB", lemma="say"),
    ])
    block = block_before(person(doc))
    assert block.role == "topic" and block.parties == []


def test_unlisted_role_word(make_doc):
    # placekicker Bo Pym scored
    doc = make_doc([
        t("placekicker", 2, "compound", "NOUN"), t("Bo", 2, "compound", "PROPN", "B-Person"),
        t("Pym", 3, "nsubj", "PROPN", "I-Person"), t("scored", 3, "ROOT", "VERB", lemma="score"),
    ])
    block = block_before(person(doc))
    assert block.titles == ["placekicker"] and block.unlisted and block.role is None


def owner_post_comma_name(make_doc, owner: str, post: tuple, name: tuple, verb: tuple):
    """A hand-built "<owner> 's <word> <post> , <given> <surname> , <aux> <verb>": ``post`` is (word, its dep and
    pos, head word, its pos), ``verb`` (aux, its dep, verb, lemma)."""
    (word, dep, pos, head, head_pos), (given, surname), (aux, aux_dep, verb_text, lemma) = post, name, verb
    return make_doc([
        t(owner, 3, "poss", "PROPN", "B-Country"), t("'s", 0, "case", "PART"), t(word, 3, dep, pos),
        t(head, 9, "nsubj", head_pos), t(",", 3, "punct", "PUNCT"), t(given, 6, "compound", "PROPN", "B-Person"),
        t(surname, 3, "appos", "PROPN", "I-Person"), t(",", 3, "punct", "PUNCT"), t(aux, 9, aux_dep, "AUX"),
        t(verb_text, 9, "ROOT", "VERB", lemma=lemma),
    ])


def test_title_then_comma_before_the_name(make_doc):
    # Norland 's foreign minister , Ann Ode , has said
    doc = owner_post_comma_name(make_doc, "Norland", ("foreign", "amod", "ADJ", "minister", "NOUN"), ("Ann", "Ode"),
                                ("has", "aux", "said", "say"))
    block = block_before(person(doc))
    assert block.titles == ["foreign", "minister"] and block.role == "minister"
    assert party_texts(block) == ["Norland"]


def test_apposition_after(make_doc):
    # Dmitry Peskov , spokesman for the Kremlin , said .
    doc = make_doc([
        t("Dmitry", 1, "compound", "PROPN", "B-Person"), t("Peskov", 8, "nsubj", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("spokesman", 1, "appos", "NOUN"), t("for", 3, "prep", "ADP"),
        t("the", 6, "det", "DET"), t("Kremlin", 4, "pobj", "PROPN", "B-Organization"), t(",", 1, "punct", "PUNCT"),
        t("said", 8, "ROOT", "VERB", lemma="say"), t(".", 8, "punct", "PUNCT", tag="."),
    ])
    peskov = person(doc)
    assert block_before(peskov) == TitleBlock()
    block = apposition_after(peskov)
    assert block.titles == ["spokesman"] and block.role == "spokesperson"
    assert party_texts(block) == ["Kremlin"]


def _aged_envoy(make_doc):
    # Bo Pym , 47 , a former envoy of Norland , said
    return make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 11, "nsubj", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("47", 1, "appos", "NUM"), t(",", 1, "punct", "PUNCT"),
        t("a", 7, "det", "DET"), t("former", 7, "amod", "ADJ"), t("envoy", 1, "appos", "NOUN"),
        t("of", 7, "prep", "ADP"), t("Norland", 8, "pobj", "PROPN", "B-Country"), t(",", 1, "punct", "PUNCT"),
        t("said", 11, "ROOT", "VERB", lemma="say"),
    ])


def test_apposition_after_an_age(make_doc):
    pym = person(_aged_envoy(make_doc))
    assert after_name(pym) == 4  # the comma after the age
    block = apposition_after(pym)
    assert "envoy" in block.titles and block.role == "diplomat"
    assert party_texts(block) == ["Norland"]


def test_former_in_an_apposition_is_flagged(make_doc):
    block = apposition_after(person(_aged_envoy(make_doc)))
    assert block.former and block.titles == ["envoy"]


def test_apposition_without_a_title_is_empty(make_doc):
    # Bo Pym , who arrived , said   -> "who arrived" names no title
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 6, "nsubj", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("who", 4, "nsubj", "PRON"), t("arrived", 1, "relcl", "VERB"),
        t(",", 1, "punct", "PUNCT"), t("said", 6, "ROOT", "VERB", lemma="say"),
    ])
    assert apposition_after(person(doc)) == TitleBlock()


def test_apposition_before(make_doc):
    # the head of the Vell Institute , Bo Pym , said
    doc = make_doc([
        t("the", 1, "det", "DET"), t("head", 10, "nsubj", "NOUN"), t("of", 1, "prep", "ADP"), t("the", 5, "det", "DET"),
        t("Vell", 5, "compound", "PROPN", "B-Organization"), t("Institute", 2, "pobj", "PROPN", "I-Organization"),
        t(",", 1, "punct", "PUNCT"), t("Bo", 8, "compound", "PROPN", "B-Person"), t("Pym", 1, "appos", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("said", 10, "ROOT", "VERB", lemma="say"),
    ])
    pym = person(doc)
    block = apposition_before(pym)
    assert block.titles == ["head"] and party_texts(block) == ["Vell Institute"]
    assert party_texts(block_before(pym)) == ["Vell Institute"]  # block_before falls back to it


def test_a_title_the_object_of_a_clause_before_the_name_its_verb_after_it_is_not_the_name_s(make_doc):
    # Asked whether Ann Ode might invite the general to Lima , Bo Pym said
    doc = make_doc([
        t("Asked", 13, "advcl", "VERB", lemma="ask"), t("whether", 5, "mark", "ADP"),
        t("Ann", 3, "compound", "PROPN", "B-Person"), t("Ode", 5, "nsubj", "PROPN", "I-Person"),
        t("might", 5, "aux", "AUX"), t("invite", 0, "ccomp", "VERB"), t("the", 7, "det", "DET"),
        t("general", 5, "dobj", "NOUN"), t("to", 5, "prep", "ADP"), t("Lima", 8, "pobj", "PROPN", "B-Place"),
        t(",", 13, "punct", "PUNCT"), t("Bo", 12, "compound", "PROPN", "B-Person"),
        t("Pym", 13, "nsubj", "PROPN", "I-Person"), t("said", 13, "ROOT", "VERB", lemma="say"),
    ])
    pym = next(e for e in doc.ents if e.text == "Bo Pym")
    assert apposition_before(pym).titles == []  # the one invited, not Bo Pym


def test_apposition_before_keeps_the_words_of_a_post_of_several(make_doc):
    # the Deputy Prime Minister , Bo Pym , said
    doc = make_doc([
        t("the", 3, "det", "DET"), t("Deputy", 3, "compound", "PROPN"), t("Prime", 3, "compound", "PROPN"),
        t("Minister", 8, "nsubj", "PROPN"), t(",", 3, "punct", "PUNCT"), t("Bo", 6, "compound", "PROPN", "B-Person"),
        t("Pym", 3, "appos", "PROPN", "I-Person"), t(",", 3, "punct", "PUNCT"), t("said", 8, "ROOT", "VERB", lemma="say"),
    ])
    assert apposition_before(person(doc)).titles == ["deputy", "prime", "minister"]


def test_apposition_before_takes_a_post_of_two_words_neither_a_title_alone(make_doc):
    # Vellia 's chargé d'affaires , Bo Pym , was summoned
    doc = owner_post_comma_name(make_doc, "Vellia", ("chargé", "compound", "ADJ", "d'affaires", "PROPN"), ("Bo", "Pym"),
                                ("was", "auxpass", "summoned", "summon"))
    block = apposition_before(person(doc))
    assert block.titles == ["chargé", "d'affaires"] and block.role == "diplomat" and party_texts(block) == ["Vellia"]


@pytest.mark.parametrize("head,label", [
    ("Institute", "Organization"),
    ("Gallery", "Place"),  # an institution named as a place is a party too
])
def test_of_party(make_doc, head, label):
    # Bo Pym of the Vell Institute said
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 6, "nsubj", "PROPN", "I-Person"), t("of", 1, "prep", "ADP"),
        t("the", 5, "det", "DET"), t("Vell", 5, "compound", "PROPN", f"B-{label}"),
        t(head, 2, "pobj", "PROPN", f"I-{label}"), t("said", 6, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)).text == f"Vell {head}"
    assert party_of(doc[4]).text == f"Vell {head}"


def test_of_party_not_an_event_name(make_doc):
    # Bo Pym at the G20 summit said  -> G20 modifies "summit": no party
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 6, "nsubj", "PROPN", "I-Person"), t("at", 1, "prep", "ADP"),
        t("the", 5, "det", "DET"), t("G20", 5, "compound", "PROPN", "B-Organization"), t("summit", 2, "pobj", "NOUN"),
        t("said", 6, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)) is None


def test_of_party_not_past_the_place_one_is_at(make_doc):
    # Bo Pym at Vell headquarters in Lora about Zemlia 's bid said  -> where Pym was: no party
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 12, "nsubj", "PROPN", "I-Person"),
        t("at", 1, "prep", "ADP"), t("Vell", 4, "compound", "PROPN", "B-Place"),
        t("headquarters", 2, "pobj", "NOUN", "I-Place"),
        t("in", 4, "prep", "ADP"), t("Lora", 5, "pobj", "PROPN", "B-Place"), t("about", 1, "prep", "ADP"),
        t("Zemlia", 10, "poss", "PROPN", "B-Country"), t("'s", 8, "case", "PART"), t("bid", 7, "pobj", "NOUN"),
        t(",", 12, "punct", "PUNCT"), t("said", 12, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)) is None


def test_of_party_stops_at_a_verb(make_doc):
    # Bo Pym of course met the Vell Institute
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 4, "nsubj", "PROPN", "I-Person"), t("of", 4, "advmod", "ADP"),
        t("course", 2, "pobj", "NOUN"), t("met", 4, "ROOT", "VERB", lemma="meet"), t("the", 6, "det", "DET"),
        t("Vell", 7, "compound", "PROPN", "B-Organization"), t("Institute", 4, "dobj", "PROPN", "I-Organization"),
    ])
    assert of_party(person(doc)) is None


def test_entity_at_and_party_of(lavrov):
    assert entity_at(lavrov, 4).text == "Sergei Lavrov" and entity_at(lavrov, 1) is None
    assert party_of(lavrov[0]).text == "Russian"  # a demonym token stands for its country
    assert party_of(lavrov[4]) is None  # a person is no party
    assert party_of(lavrov[5]) is None


def test_apposition_after_reads_an_envoy_s_full_rank(make_doc):
    # Ann Ode , Ambassador Extraordinary and Plenipotentiary of Ruritania , said .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 1, "ROOT", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("Ambassador", 4, "compound", "PROPN"), t("Extraordinary", 1, "conj", "PROPN"),
        t("and", 4, "cc", "CCONJ"), t("Plenipotentiary", 4, "conj", "PROPN"), t("of", 4, "prep", "ADP"),
        t("Ruritania", 7, "pobj", "PROPN", "B-Country"), t(",", 1, "punct", "PUNCT"),
        t("said", 1, "dep", "VERB"), t(".", 1, "punct", "PUNCT", tag="."),
    ])
    block = apposition_after(person(doc))
    assert block.role == "diplomat" and party_texts(block) == ["Ruritania"]


def test_apposition_after_takes_coordinated_roles_and_a_bracketed_full_name(make_doc):
    # Ann Ode , head of NLP ( Northtown Liberal Party ) and a member of Acme , said .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 1, "ROOT", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("head", 1, "appos", "NOUN"), t("of", 3, "prep", "ADP"),
        t("NLP", 4, "pobj", "PROPN", "B-Organization"), t("(", 7, "punct", "PUNCT"),
        t("Northtown", 9, "compound", "PROPN", "B-Organization"), t("Liberal", 9, "compound", "PROPN", "I-Organization"),
        t("Party", 5, "appos", "PROPN", "I-Organization"), t(")", 7, "punct", "PUNCT"),
        t("and", 3, "cc", "CCONJ"), t("a", 13, "det", "DET"), t("member", 3, "conj", "NOUN"),
        t("of", 13, "prep", "ADP"), t("Acme", 14, "pobj", "PROPN", "B-Organization"), t(",", 1, "punct", "PUNCT"),
        t("said", 1, "dep", "VERB"), t(".", 1, "punct", "PUNCT", tag="."),
    ])
    block = apposition_after(person(doc))
    assert block.titles == ["head", "member"]
    assert party_texts(block) == ["NLP", "Northtown Liberal Party", "Acme"]


def test_of_party_not_the_owner_of_a_named_place(make_doc):
    # Ann Ode at Acme 's Theater .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 1, "ROOT", "PROPN", "I-Person"),
        t("at", 1, "prep", "ADP"), t("Acme", 5, "poss", "PROPN", "B-Organization"), t("'s", 3, "case", "PART"),
        t("Theater", 2, "pobj", "PROPN"), t(".", 1, "punct", "PUNCT", tag="."),
    ])
    assert of_party(person(doc)) is None


def test_of_party_names_the_body_a_name_modifies_and_from_only_an_organisation(make_doc):
    # Bo Pym of the Vell Workers union said ; Ann Ode from Sudria said
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 7, "nsubj", "PROPN", "I-Person"), t("of", 1, "prep", "ADP"),
        t("the", 6, "det", "DET"), t("Vell", 5, "compound", "PROPN", "B-Organization"),
        t("Workers", 6, "compound", "PROPN", "I-Organization"), t("union", 2, "pobj", "NOUN"),
        t("said", 7, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)).text == "Vell Workers"
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 4, "nsubj", "PROPN", "I-Person"), t("from", 1, "prep", "ADP"),
        t("Sudria", 2, "pobj", "PROPN", "B-Country"), t("said", 4, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)) is None


def test_a_topic_title_keeps_the_employer_after_at(make_doc):
    # Ann Ode , a Sudria expert at Acme , said .
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 1, "ROOT", "PROPN", "I-Person"),
        t(",", 1, "punct", "PUNCT"), t("a", 5, "det", "DET"), t("Sudria", 5, "compound", "PROPN", "B-Country"),
        t("expert", 1, "appos", "NOUN"), t("at", 5, "prep", "ADP"), t("Acme", 6, "pobj", "PROPN", "B-Organization"),
        t(",", 1, "punct", "PUNCT"), t("said", 1, "dep", "VERB"), t(".", 1, "punct", "PUNCT", tag="."),
    ])
    assert party_texts(apposition_after(person(doc))) == ["Acme"]


def test_of_party_passes_a_place_the_body_is_based_in(make_doc):
    # Bo Pym , of the Northtown - based Vell Society , said
    doc = make_doc([
        t("Bo", 1, "compound", "PROPN", "B-Person"), t("Pym", 11, "nsubj", "PROPN", "I-Person"), t(",", 1, "punct", "PUNCT"),
        t("of", 1, "prep", "ADP"), t("the", 9, "det", "DET"), t("Northtown", 7, "npadvmod", "PROPN", "B-Place"),
        t("-", 7, "punct", "PUNCT"), t("based", 9, "amod", "VERB", tag="VBN", lemma="base"),
        t("Vell", 9, "compound", "PROPN", "B-Organization"), t("Society", 3, "pobj", "PROPN", "I-Organization"),
        t(",", 1, "punct", "PUNCT"), t("said", 11, "ROOT", "VERB", lemma="say"),
    ])
    assert of_party(person(doc)).text == "Vell Society"


def test_a_name_set_beside_a_lower_case_title_is_a_person_s(make_doc):
    # attended by Zambia 's foreign minister , Ann Ode , and the Quorvath Group .
    doc = make_doc([
        t("attended", 0, "ROOT", "VERB"), t("by", 0, "agent", "ADP"), t("Zambia", 5, "poss", "PROPN", "B-Country"),
        t("'s", 2, "case", "PART"), t("foreign", 5, "amod", "ADJ"), t("minister", 1, "pobj", "NOUN"),
        t(",", 5, "punct", "PUNCT"), t("Ann", 8, "compound", "PROPN", "B-Organization"),
        t("Ode", 5, "appos", "PROPN", "I-Organization"), t(",", 5, "punct", "PUNCT"), t("and", 5, "cc", "CCONJ"),
        t("the", 13, "det", "DET"), t("Quorvath", 13, "compound", "PROPN", "B-Organization"),
        t("Group", 5, "conj", "PROPN", "I-Organization"), t(".", 0, "punct", "PUNCT"),
    ])
    ann, group = [e for e in doc.ents if e.label_ == "Organization"]
    assert has_person_evidence(ann)
    assert not has_person_evidence(group)  # a conjunct, not an apposition


def test_no_title_of_another_s_or_of_an_event_set_beside_a_name(make_doc):
    # met Jo Ode , the first meeting between a Ruritanian leader and Ode .
    doc = make_doc([
        t("met", 0, "ROOT", "VERB"), t("Jo", 2, "compound", "PROPN", "B-Person"),
        t("Ode", 0, "dobj", "PROPN", "I-Person"),
        t(",", 2, "punct", "PUNCT"), t("the", 6, "det", "DET"), t("first", 6, "amod", "ADJ"),
        t("meeting", 2, "appos", "NOUN"), t("between", 6, "prep", "ADP"), t("a", 10, "det", "DET"),
        t("Ruritanian", 10, "amod", "ADJ", "B-NORP"), t("leader", 7, "pobj", "NOUN"), t("and", 10, "cc", "CCONJ"),
        t("Ode", 10, "conj", "PROPN", "B-Person"), t(".", 0, "punct", "PUNCT"),
    ])
    jo, ode = [e for e in doc.ents if e.label_ == "Person"]
    assert apposition_after(jo).titles == [] and block_before(ode).titles == []


def test_a_hyphened_name_set_beside_a_title_is_a_person_s(make_doc):
    # received his Ruritanian counterpart , Jo Ode - Ama , in Northtown .
    doc = make_doc([
        t("received", 0, "ROOT", "VERB"), t("his", 3, "poss", "PRON"), t("Ruritanian", 3, "amod", "ADJ", "B-NORP"),
        t("counterpart", 0, "dobj", "NOUN"), t(",", 3, "punct", "PUNCT"),
        t("Jo", 8, "compound", "PROPN", "B-Organization"), t("Ode", 8, "compound", "PROPN", "I-Organization"),
        t("-", 8, "punct", "PUNCT", "I-Organization"), t("Ama", 3, "appos", "PROPN", "I-Organization"),
        t(",", 3, "punct", "PUNCT"), t("in", 0, "prep", "ADP"), t("Northtown", 10, "pobj", "PROPN", "B-Place"),
        t(".", 0, "punct", "PUNCT"),
    ])
    jo = next(e for e in doc.ents if e.label_ == "Organization")
    assert jo.text == "Jo Ode - Ama"
    assert has_person_evidence(jo)


def test_the_names_listed_after_a_plural_post_each_after_its_own_post(make_doc):
    # their counterparts , Foreign Secretary Ann Ode and Defense Secretary Bo Pym , few expected
    doc = make_doc([
        t("their", 1, "poss", "PRON"), t("counterparts", 1, "ROOT", "NOUN", tag="NNS", lemma="counterpart"),
        t(",", 1, "punct", "PUNCT"), t("Foreign", 4, "compound", "PROPN"), t("Secretary", 6, "nmod", "PROPN"),
        t("Ann", 6, "compound", "PROPN", "B-Person"), t("Ode", 1, "appos", "PROPN", "I-Person"),
        t("and", 6, "cc", "CCONJ", tag="CC"), t("Defense", 9, "compound", "PROPN"), t("Secretary", 11, "compound", "PROPN"),
        t("Bo", 11, "compound", "PROPN", "B-Person"), t("Pym", 6, "conj", "PROPN", "I-Person"), t(",", 1, "punct", "PUNCT"),
    ])
    refs = {5: "e1", 6: "e1", 10: "e2", 11: "e2"}
    assert holders_listed(doc[1], refs) == [doc[6], doc[11]]


def test_the_name_after_a_post_of_a_country_s_body(make_doc):
    # the Speaker of Ruritania 's National Assembly , Ann Ode
    doc = make_doc([
        t("the", 1, "det", "DET"), t("Speaker", 1, "ROOT", "PROPN"), t("of", 1, "prep", "ADP"),
        t("Ruritania", 6, "poss", "PROPN", "B-Country"), t("'s", 3, "case", "PART"),
        t("National", 6, "compound", "PROPN", "B-Organization"), t("Assembly", 2, "pobj", "PROPN", "I-Organization"),
        t(",", 6, "punct", "PUNCT"), t("Ann", 9, "compound", "PROPN", "B-Person"),
        t("Ode", 6, "appos", "PROPN", "I-Person")])
    refs = {3: "e0", 5: "e1", 6: "e1", 8: "e2", 9: "e2"}
    assert titled_apposition(doc[1], refs) == doc[8]


def test_the_name_a_long_post_runs_up_to(make_doc):
    # the Deputy Foreign Minister and Special Representative for the Middle East , Ann Ode : the name after the comma
    doc = make_doc([
        t("the", 3, "det", "DET"), t("Deputy", 3, "compound", "PROPN"), t("Foreign", 3, "compound", "PROPN"),
        t("Minister", 3, "ROOT", "PROPN"), t("and", 3, "cc", "CCONJ"), t("Special", 6, "compound", "PROPN"),
        t("Representative", 3, "conj", "PROPN"), t("for", 6, "prep", "ADP"), t("the", 10, "det", "DET"),
        t("Middle", 10, "compound", "PROPN", "B-Place"), t("East", 7, "pobj", "PROPN", "I-Place"),
        t(",", 3, "punct", "PUNCT"), t("Ann", 13, "compound", "PROPN", "B-Person"),
        t("Ode", 3, "appos", "PROPN", "I-Person")])
    refs = {12: "e1", 13: "e1"}
    assert titled_apposition(doc[3], refs) == doc[12]
    # Deputy Foreign Minister for Legal Affairs Ann Ode , Bo Lund said : the name right after the post holds it, not
    # the one after the comma
    doc = make_doc([
        t("Deputy", 2, "compound", "PROPN"), t("Foreign", 2, "compound", "PROPN"), t("Minister", 7, "compound", "PROPN"),
        t("for", 2, "prep", "ADP"), t("Legal", 5, "compound", "PROPN"), t("Affairs", 3, "pobj", "PROPN"),
        t("Ann", 7, "compound", "PROPN", "B-Person"), t("Ode", 12, "nsubj", "PROPN", "I-Person"),
        t(",", 7, "punct", "PUNCT"), t("Bo", 10, "compound", "PROPN", "B-Person"),
        t("Lund", 11, "nsubj", "PROPN", "I-Person"), t("said", 11, "ROOT", "VERB"), t(".", 11, "punct", "PUNCT")])
    refs = {6: "e1", 7: "e1", 9: "e2", 10: "e2"}
    assert titled_apposition(doc[2], refs) is None


def test_a_name_set_beside_a_post_whose_remit_runs_through_two_bodies_is_a_person_s(make_doc):
    # by Tom Reed , the head of the press service of the Quorvath Office , Ann Ode , said .
    doc = make_doc([
        t("by", 18, "prep", "ADP"), t("Tom", 2, "compound", "PROPN", "B-Person"), t("Reed", 0, "pobj", "PROPN", "I-Person"),
        t(",", 2, "punct", "PUNCT"), t("the", 5, "det", "DET"), t("head", 2, "appos", "NOUN"), t("of", 5, "prep", "ADP"),
        t("the", 9, "det", "DET"), t("press", 9, "compound", "NOUN"), t("service", 6, "pobj", "NOUN"),
        t("of", 9, "prep", "ADP"), t("the", 13, "det", "DET"), t("Quorvath", 13, "compound", "PROPN", "B-Organization"),
        t("Office", 10, "pobj", "PROPN", "I-Organization"), t(",", 13, "punct", "PUNCT"),
        t("Ann", 16, "compound", "PROPN", "B-Organization"), t("Ode", 13, "appos", "PROPN", "I-Organization"),
        t(",", 13, "punct", "PUNCT"), t("said", 18, "ROOT", "VERB"),
    ])
    office, ann = [e for e in doc.ents if e.label_ == "Organization"]
    assert has_person_evidence(ann)  # the apposition of the body, the post two bodies up
    assert not has_person_evidence(office)
