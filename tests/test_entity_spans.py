"""kg/nlp/entity_spans.py: where a name starts and ends (trimming spans, extending bodies' names).

Rule tests build Docs by hand on a blank vocabulary.
"""

from __future__ import annotations

from spacy.tokens import Doc

from entity_docs import doc_of, hyphenated, span, texts
from kg.model import ORGANIZATION, PERSON
from kg.nlp import entity_spans

# -- trimming ------------------------------------------------------------------------------


def test_trim_drops_scores_articles_possessives_and_lower_case_ends(vocab):
    doc = doc_of(vocab, "the Northtown Rovers 4 1 beat Jane Doe 's team of Southville district")
    assert texts(entity_spans.trim(span(doc, 0, 5, "ORG"))) == ["Northtown Rovers"]
    assert texts(entity_spans.trim(span(doc, 6, 9))) == ["Jane Doe"]
    assert texts(entity_spans.trim(span(doc, 10, 13, "GPE"))) == ["Southville"]


def test_a_body_s_span_running_into_a_name_after_a_comma_is_cut(vocab):
    doc = doc_of(vocab, "the Minister of Foreign Affairs and the National Community Abroad , Ramtane Quorlamra , said "
                        "so and Quorvia Holdings , Anna Keller , agreed")
    pieces = entity_spans.trim(span(doc, 6, 13, "ORG"), lambda w: False)
    assert [(p.text, p.label_) for p in pieces] == [("Ramtane Quorlamra", "PERSON")]  # the remit's end is no body
    pieces = entity_spans.trim(span(doc, 17, 22, "ORG"), lambda w: False)
    assert [(p.text, p.label_) for p in pieces] == [("Quorvia Holdings", "ORG"), ("Anna Keller", "PERSON")]


def test_trim_drops_a_generation_suffix_tagged_alone(vocab):
    doc = doc_of(vocab, "President Jane Doe , Jr. spoke")
    assert texts(entity_spans.trim(span(doc, 4, 5))) == []
    assert texts(entity_spans.trim(span(doc, 1, 3))) == ["Jane Doe"]


def test_a_title_at_a_building_tagged_as_one_name_is_the_building(vocab):
    doc = doc_of(vocab, "hosted by the Governor - General at Government House , where")
    assert texts(entity_spans.trim(span(doc, 2, 9, "FAC"))) == ["Government House"]


def test_trim_cuts_at_brackets_and_keeps_both_names(vocab):
    doc = doc_of(vocab, "Jane Doe ( Ruritania ) won")
    assert texts(entity_spans.trim(span(doc, 0, 4))) == ["Jane Doe", "Ruritania"]


def test_a_person_after_the_country_a_portfolio_s_post_is_of(vocab):
    doc = doc_of(vocab, "Minister of Foreign Affairs of the Republic of Poland Quorvo Zamek spoke")
    pieces = entity_spans.trim(span(doc, 5, 11, "GPE"), lambda w: False)
    assert [(p.text, p.label_) for p in pieces] == [("Republic of Poland", "GPE"), ("Quorvo Zamek", "PERSON")]


def test_trim_cuts_at_a_possessive_pronoun(vocab):
    doc = doc_of(vocab, "received at the Palace of the Republic his Ruritanian counterpart")
    assert texts(entity_spans.trim(span(doc, 2, 9, "FAC"))) == ["Palace of the Republic", "Ruritanian"]


def test_trim_cuts_a_person_s_name_at_and(vocab):
    doc = doc_of(vocab, "between Sheikh Ali and Paul Morel ,")  # the model's one PERSON: two people
    assert texts(entity_spans.trim(span(doc, 1, 6))) == ["Sheikh Ali", "Paul Morel"]
    assert texts(entity_spans.trim(span(doc, 1, 6, "ORG"))) == ["Sheikh Ali and Paul Morel"]


def test_trim_cuts_a_body_before_a_form_of_address(vocab):
    doc = doc_of(vocab, "President of Ruritania H.E. Mr. Ivo Marek .")  # the model's one body: a country, a person
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 2, 7, "ORG"))] == [
        ("Ruritania", "ORG"), ("Ivo Marek", "PERSON")]


def test_trim_drops_the_last_word_of_a_portfolio_opening_a_person_s_span(vocab):
    doc = doc_of(vocab, "Minister of Foreign Affairs and Expatriates Paul Morel met Peruvian Expatriates Paul Morel "
                        "and met Security Paul Morel")
    assert texts(entity_spans.trim(span(doc, 5, 8))) == ["Paul Morel"]
    assert texts(entity_spans.trim(span(doc, 10, 13))) == ["Paul Morel"]  # "... and Peruvian Expatriates X"
    assert texts(entity_spans.trim(span(doc, 15, 18))) == ["Security Paul Morel"]  # no title before it
    doc = doc_of(vocab, "Minister of Foreign Affairs , Cooperation and Quorvians Abroad Paul Ode Morel met Abroad Paul Morel")
    assert texts(entity_spans.trim(span(doc, 7, 12))) == ["Paul Ode Morel"]  # a people abroad, of the portfolio
    assert texts(entity_spans.trim(span(doc, 13, 15))) == ["Abroad Paul"]  # (too short: no name after it)
    doc = hyphenated(vocab, "Minister of Industry and Trade Paul Ode-Morel said")
    assert [(p.text, p.label_) for p in entity_spans.trim(span(doc, 2, 9, "ORG"))] == [("Paul Ode-Morel", "PERSON")]
    doc = doc_of(vocab, "Under-Secretary-General for Political and Quorvbuilding Affairs Paul Ode Morel met")
    assert texts(entity_spans.trim(span(doc, 4, 9))) == ["Paul Ode Morel"]  # a portfolio's word the list lacks


def test_trim_splits_a_country_and_the_name_of_its_leader_after_it(vocab):
    doc = doc_of(vocab, "with President of the Republic of Chile Paul Morel and Chile Bank")
    assert texts(entity_spans.trim(span(doc, 4, 9, "GPE"))) == ["Republic of Chile", "Paul Morel"]
    assert texts(entity_spans.trim(span(doc, 10, 12, "ORG"))) == ["Chile Bank"]
    doc = doc_of(vocab, "Prime Minister of Denmark Paul Morel met Chad Paul Morel")  # a person's span: after "of" only
    assert texts(entity_spans.trim(span(doc, 3, 6, "PERSON"))) == ["Denmark", "Paul Morel"]
    assert texts(entity_spans.trim(span(doc, 7, 10, "PERSON"))) == ["Chad Paul Morel"]


def test_trim_splits_two_names_joined_by_a_hyphen_before_a_contact_noun(vocab):
    words = ["the", "Xi", "-", "Morel", "summit", "and", "Guinea", "-", "Bissau", "talks", "and", "Jean", "-", "Paul", "said"]
    spaces = [True, False, False, True, True, True, False, False, True, True, True, False, False, True, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 1, 4, "GPE"))] == [("Xi", "PERSON"), ("Morel", "PERSON")]
    assert texts(entity_spans.trim(span(doc, 6, 9, "GPE"))) == ["Guinea-Bissau"]  # a known name
    assert texts(entity_spans.trim(span(doc, 11, 14))) == ["Jean-Paul"]  # no contact noun after it
    doc = hyphenated(vocab, "the Belgrade-Pristina dialogue")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 1, 4, "GPE"))] == [("Belgrade", "LOC"), ("Pristina", "LOC")]


def test_a_name_and_where_to_tagged_as_one_body_are_two(vocab):
    doc = doc_of(vocab, "Starmer welcomed Quorvenko to Downing Street on Saturday")
    assert texts(entity_spans.trim(span(doc, 2, 6, "ORG"))) == ["Quorvenko", "Downing Street"]


def test_trim_drops_a_post_tagged_as_a_body(vocab):
    doc = doc_of(vocab, "meet the EU 's High Representative for Foreign Affairs , and the Vell Council for Foreign Affairs")
    assert texts(entity_spans.trim(span(doc, 4, 9, "ORG"))) == []  # a title, "for" and a portfolio: a post
    assert texts(entity_spans.trim(span(doc, 12, 17, "ORG"))) == ["Vell Council for Foreign Affairs"]


def test_a_known_body_s_name_ends_before_the_portfolio_of_a_post_of_it(vocab):
    doc = doc_of(vocab, "the High Representative of the European Union for Foreign Affairs and Security Policy , Ann Ode")
    assert texts(entity_spans.trim(span(doc, 4, 10, "ORG"))) == ["European Union"]
    assert entity_spans.extend_org(span(doc, 5, 7, "ORG")).text == "European Union"
    doc = doc_of(vocab, "the Vell Union for Foreign Affairs and Security Policy said")
    assert entity_spans.extend_org(span(doc, 1, 3, "ORG")).text == "Vell Union for Foreign Affairs and Security Policy"


def test_trim_drops_a_title_before_a_hyphenated_name_in_a_body_s_span(vocab):
    words = ["Peruvian", "President", "Jean", "-", "Paul", "Morel", "said"]
    doc = Doc(vocab, words=words, spaces=[True, True, False, False, True, True, False])
    assert texts(entity_spans.trim(span(doc, 0, 6, "ORG"))) == ["Peruvian", "Jean-Paul Morel"]


def test_trim_splits_a_body_its_post_and_a_hyphenated_name_tagged_as_one_body(vocab):
    words = ["with", "Vell", "Assembly", "Speaker", "Kang", "Dong", "-", "hyun", "on"]
    doc = Doc(vocab, words=words, spaces=[True, True, True, True, True, False, False, True, False])
    assert texts(entity_spans.trim(span(doc, 1, 8, "ORG"))) == ["Vell Assembly", "Kang Dong-hyun"]


def test_trim_keeps_the_article_of_a_known_name(vocab):
    doc = doc_of(vocab, "talks in The Hague and the Northtown Council")
    assert texts(entity_spans.trim(span(doc, 2, 4, "GPE"))) == ["The Hague"]
    assert texts(entity_spans.trim(span(doc, 5, 8, "ORG"))) == ["Northtown Council"]


def test_trim_drops_leading_stop_words_and_all_lower_case_spans(vocab):
    doc = doc_of(vocab, "On Northtown and nothing")
    assert texts(entity_spans.trim(span(doc, 0, 2, "GPE"))) == ["Northtown"]
    assert entity_spans.trim(span(doc, 2, 4, "ORG")) == []


def test_photo_credits_are_not_names(vocab):
    doc = Doc(vocab, words=["File", "Photo", "/", "Wire"], spaces=[True, False, False, False])
    assert entity_spans.trim(span(doc, 0, 4)) == []


def test_hashtags_are_not_names(vocab):
    doc = doc_of(vocab, "tags like # LoveNorthtown spread . \n jd / uhe ( Wirepress , Newsco )")
    assert entity_spans.trim(span(doc, 3, 4, "ORG")) == []


def test_a_time_zone_after_a_place_is_no_part_of_its_name(vocab):
    doc = doc_of(vocab, "Islam Hindi UTC Edmonton UTC")
    assert texts(entity_spans.trim(span(doc, 3, 5, "ORG"))) == ["Edmonton"]


def test_capitalised_ordinals_arabic_articles_and_a_people_s_adjective_before_a_name(vocab):
    doc = doc_of(vocab, "First Union and al - Aqsa and American Lilian Quorvath and On Northtown")
    assert texts(entity_spans.trim(span(doc, 0, 2, "ORG"))) == ["First Union"]
    assert texts(entity_spans.trim(span(doc, 3, 6, "ORG"))) == ["al - Aqsa"]
    trimmed = entity_spans.trim(span(doc, 7, 10, "ORG"))
    assert texts(trimmed) == ["Lilian Quorvath"] and trimmed[0].label_ == "PERSON"
    assert texts(entity_spans.trim(span(doc, 11, 13, "GPE"))) == ["Northtown"]


def test_the_arabic_article_opens_a_name(vocab):
    doc = doc_of(vocab, "why al Northqa planned it")
    assert texts(entity_spans.trim(span(doc, 1, 3, "ORG"))) == ["al Northqa"]


def test_a_name_is_cut_at_a_verb_inside_it(vocab):
    doc = doc_of(vocab, "Skadden , Arps said Popeyes")
    doc[3].pos_ = "VERB"
    assert texts(entity_spans.trim(span(doc, 0, 5, "ORG"))) == ["Skadden , Arps", "Popeyes"]


def test_a_title_inside_a_body_s_span_before_a_name_splits_it(vocab):
    doc = doc_of(vocab, "Northcorp President Jo Doe and State Ilse Quorvath and Northtown Bank Governor")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 0, 4, "ORG"))] == [("Northcorp", "ORG"), ("Jo Doe", "PERSON")]
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 5, 8, "ORG"))] == [("Ilse Quorvath", "PERSON")]
    assert texts(entity_spans.trim(span(doc, 9, 12, "ORG"))) == ["Northtown Bank Governor"]
    doc = doc_of(vocab, "the UN Special Coordinator for Peru")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 0, 4, "ORG"))] == [("UN", "ORG")]
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 1, 4, "PERSON"))] == [("UN", "ORG")]
    doc = doc_of(vocab, "army chief Field Marshal Jo Doe")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 2, 6, "ORG"))] == [("Jo Doe", "PERSON")]  # no "Field"
    doc = doc_of(vocab, "received them at State House in Northtown")
    assert texts(entity_spans.trim(span(doc, 3, 5, "ORG"))) == ["State House"]  # a building, not "State" + a name


def test_a_known_place_before_a_title_in_a_person_s_span_is_the_place(vocab):
    doc = doc_of(vocab, "Victoria Premier Jacinta Quorvel met Ontario Premier Jo Doe and Brisbane Lord Mayor Ann Ode")
    labelled = lambda pieces: [(s.text, s.label_) for s in pieces]  # noqa: E731
    assert labelled(entity_spans.trim(span(doc, 0, 2, "PERSON"))) == [("Victoria", "GPE")]  # the model's split
    assert labelled(entity_spans.trim(span(doc, 5, 9, "PERSON"))) == [("Ontario", "GPE"), ("Jo Doe", "PERSON")]
    assert labelled(entity_spans.trim(span(doc, 10, 15, "ORG"))) == [("Brisbane", "GPE"), ("Ann Ode", "PERSON")]
    doc = doc_of(vocab, "Victoria Quorvel met them")
    assert labelled(entity_spans.trim(span(doc, 0, 2, "PERSON"))) == [("Victoria Quorvel", "PERSON")]


def test_a_demonym_before_a_title_is_an_adjective_unless_a_body_follows_it(vocab):
    doc = doc_of(vocab, "Indian External Affairs Minister Jo Doe and Indian Foreign Ministry spokesman Jo Doe "
                        "and an Irish Labour Party politician")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 0, 3, "ORG"))] == [("Indian", "NORP")]
    # a government's own ministry named by its people's word: the ministry, which acts for its country
    assert texts(entity_spans.trim(span(doc, 7, 10, "ORG"))) == ["Indian Foreign Ministry"]
    assert texts(entity_spans.trim(span(doc, 14, 18, "ORG"))) == ["Irish Labour Party"]


def test_a_country_s_possessive_opening_a_body_s_span_splits_it(vocab):
    doc = doc_of(vocab, "as Chile 's Foreign Ministry said and McDonald 's Corp agreed")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 1, 5, "ORG"))] == [
        ("Chile", "GPE"), ("Foreign Ministry", "ORG")]
    assert texts(entity_spans.trim(span(doc, 7, 10, "ORG"))) == ["McDonald 's Corp"]  # no country before it


def test_a_building_tagged_with_its_city_is_two_names(vocab):
    doc = doc_of(vocab, "at the Great Hall of the People in Beijing and the Hall of Mirrors in Northtown")
    assert texts(entity_spans.trim(span(doc, 1, 9, "FAC"))) == ["Great Hall of the People", "Beijing"]
    assert texts(entity_spans.trim(span(doc, 11, 16, "FAC"))) == ["Hall of Mirrors in Northtown"]  # no known city


def test_a_known_body_before_a_portfolio_and_a_title_is_the_body_alone(vocab):
    doc = doc_of(vocab, "EU Energy Commissioner Tom Varley and Northtown Bank President Jo Doe")
    assert entity_spans.trim(span(doc, 0, 2, "ORG"))[0].text == "EU"
    assert entity_spans.trim(span(doc, 6, 8, "ORG"))[0].text == "Northtown Bank"
    doc = doc_of(vocab, "EU Commercial Airplanes spokesman Tom Varley")
    assert entity_spans.trim(span(doc, 0, 3, "ORG"))[0].text == "EU Commercial Airplanes"  # a division, not a portfolio


# -- extending -----------------------------------------------------------------------------


def test_the_first_of_two_family_names_is_a_surname_of_the_document(vocab):
    from kg.nlp.entity_words import surnames_of

    doc = doc_of(vocab, "Ivo Quorvez Benavides met Ann Ode at the India Energy Week")
    people = [(span(doc, 0, 3), PERSON), (span(doc, 4, 6), PERSON), (span(doc, 8, 11), PERSON)]
    # "Quorvez" alone is the minister, as Spanish names are called; not "Energy" of a body the model took for a person
    assert surnames_of(people) == {"Benavides", "Quorvez", "Ode", "Week"}


def test_a_regnal_name_is_a_surname_of_the_document(vocab):
    from kg.nlp.entity_words import surnames_of

    doc = doc_of(vocab, "Pope Leo XIV met King Quorvald V and Ann Ode")
    people = [(span(doc, 1, 3), PERSON), (span(doc, 5, 7), PERSON), (span(doc, 8, 10), PERSON)]
    assert surnames_of(people) == {"XIV", "Leo", "V", "Quorvald", "Ode"}  # "Leo" alone later is the pope


def test_the_name_before_a_particle_ending_a_long_name_is_a_surname_of_the_document(vocab):
    from kg.nlp.entity_words import surnames_of

    doc = doc_of(vocab, "Ivo Ana Quorla da Vinz met Ana Maria da Ode")
    people = [(span(doc, 0, 5), PERSON), (span(doc, 6, 10), PERSON)]
    # "Quorla" alone is the president, as "Lula" of "Luiz Inácio Lula da Silva"; "Maria" of a name of four words is not
    assert surnames_of(people) == {"Vinz", "Quorla", "Ode"}


def test_a_surname_written_with_glued_initials():
    from kg.nlp.entity_words import glued_surname

    assert glued_surname("T.Quorbaeva") == "Quorbaeva" and glued_surname("Sh.Quorziyoyev") == "Quorziyoyev"
    assert glued_surname("U.S.") is None and glued_surname("Quorbaeva") is None and glued_surname("T.") is None


def test_a_rank_s_first_word_ends_no_body_s_name(vocab):
    doc = doc_of(vocab, "the Armed Forces of Quorvat Major General Ann Ode")
    assert entity_spans._without_trailing_title(doc, 1, 6) == 5  # "Major" opens the rank of "General Ann Ode"


def test_an_organisation_goes_on_through_for_and_of(vocab):
    doc = doc_of(vocab, "the Engineers Society for Maritime Safety and Management said , and the Tennis Centre on Friday")
    assert entity_spans.extend_org(span(doc, 1, 3, "ORG")).text == "Engineers Society for Maritime Safety and Management"
    assert entity_spans.extend_org(span(doc, 12, 14, "ORG")).text == "Tennis Centre"


def test_a_body_s_remit_goes_on_through_and_one_more_noun_of_a_remit(vocab):
    doc = doc_of(vocab, "of the National Commission for Museums and Monuments . the Ministry of Defence and Quorvath said")
    doc[7].tag_ = "NNS"
    typed = [(span(doc, 2, 6, "ORG"), ORGANIZATION), (span(doc, 7, 8), PERSON),
             (span(doc, 10, 13, "ORG"), ORGANIZATION), (span(doc, 14, 15), PERSON)]
    common = {"monuments", "museums", "defence", "ministry"}.__contains__
    got = [(s.text, t) for s, t in entity_spans.body_remit_ends(typed, common)]
    assert got == [("National Commission for Museums and Monuments", ORGANIZATION), ("Ministry of Defence", ORGANIZATION),
                   ("Quorvath", PERSON)]


def test_a_body_s_remit_goes_on_through_and_a_word_and_a_plural(vocab):
    doc = doc_of(vocab, "at the Northtown Center for Political and Strategic Studies . the Ministry of Trade and Quorvath Rovers")
    doc[8].tag_ = "NNS"
    doc[16].tag_ = "NNPS"
    typed = [(span(doc, 2, 6, "ORG"), ORGANIZATION), (span(doc, 11, 14, "ORG"), ORGANIZATION),
             (span(doc, 15, 17, "ORG"), ORGANIZATION)]
    common = {"strategic", "studies", "political", "trade", "rovers"}.__contains__
    got = [s.text for s, t in entity_spans.body_remit_ends(typed, common)]
    assert got == ["Northtown Center for Political and Strategic Studies", "Ministry of Trade", "Quorvath Rovers"]


def test_an_organisation_goes_on_through_romance_particles(vocab):
    doc = doc_of(vocab, "the daily Gazzetta della Sera wrote , and the Northtown Post of Friday")
    assert entity_spans.extend_org(span(doc, 2, 3, "ORG")).text == "Gazzetta della Sera"
    assert entity_spans.extend_org(span(doc, 9, 11, "ORG")).text == "Northtown Post"


def test_a_place_goes_on_through_romance_particles(vocab):
    doc = doc_of(vocab, "received at the Casa Grande del Pueblo , in Vellport del")
    assert entity_spans.romance_tail(span(doc, 3, 5, "FAC")).text == "Casa Grande del Pueblo"
    assert entity_spans.romance_tail(span(doc, 9, 10, "GPE")).text == "Vellport"  # nothing after the particle


def test_a_club_named_after_a_saint_goes_on_through_st(vocab):
    doc = doc_of(vocab, "Dinamo Quorvat and Northby St. Quormain . and Northby Rovers said St.")
    assert entity_spans.extend_org(span(doc, 3, 4, "ORG")).text == "Northby St. Quormain"
    assert entity_spans.extend_org(span(doc, 8, 10, "ORG")).text == "Northby Rovers"


COMMON = {"foreign", "ministry", "office", "security", "council", "cabinet", "taliban", "supreme", "court"}.__contains__


def test_a_people_s_adjective_and_a_body_of_common_words_are_one_body(vocab):
    doc = doc_of(vocab, "Russian Foreign Ministry , Chinese Foreign Ministry , British Foreign Office , "
                        "German Foreign Office , Japanese Cabinet , Afghan Taliban , Russian Security Council")
    pairs = [(0, 1, 1, 3), (4, 5, 5, 7), (8, 9, 9, 11), (12, 13, 13, 15), (16, 17, 17, 18), (19, 20, 20, 21),
             (22, 23, 23, 25)]
    ents = [s for a, b, c, d in pairs for s in (span(doc, a, b, "NORP"), span(doc, c, d, "ORG"))]
    got = [(s.text, s.label_) for s in entity_spans.with_demonym(ents, COMMON)]
    assert got == [
        ("Russian Foreign Ministry", "ORG"), ("Chinese Foreign Ministry", "ORG"),  # no two countries share one
        ("British", "NORP"), ("Foreign Office", "ORG"),  # the known body of that people
        ("German Foreign Office", "ORG"),  # another people's body than the known one
        ("Japanese", "NORP"), ("Cabinet", "ORG"), ("Afghan", "NORP"), ("Taliban", "ORG"),  # one word: as tagged
        ("Russian Security Council", "ORG"),  # not the UN's
    ]


def test_the_first_words_of_a_title_are_no_body(vocab):
    doc = doc_of(vocab, "Iranian Supreme Leader Ali Khamenei met Prime Minister Jo Doe of the Supreme Court")
    assert texts(entity_spans.trim(span(doc, 1, 2, "ORG"))) == []  # "Supreme" of "Supreme Leader"
    assert texts(entity_spans.trim(span(doc, 6, 7, "ORG"))) == []  # "Prime" of "Prime Minister"
    assert texts(entity_spans.trim(span(doc, 12, 14, "ORG"))) == ["Supreme Court"]


def test_clergy_titles_are_no_part_of_the_name(vocab):
    doc = doc_of(vocab, "Cardinal Pietro Parolin met Archbishop Paul Quorvath and Ayatollah Ali Quorsani")
    names = [entity_spans.without_role(span(doc, a, b), lambda w: False).text for a, b in ((0, 3), (4, 7), (8, 11))]
    assert names == ["Pietro Parolin", "Paul Quorvath", "Ali Quorsani"]


def test_a_title_of_several_words_is_no_part_of_the_name(vocab):
    doc = doc_of(vocab, "Crown Prince Mohammed met Prime Minister Jo Doe and Crown Prince")
    assert entity_spans.without_role(span(doc, 0, 3), lambda w: False).text == "Mohammed"
    assert entity_spans.without_role(span(doc, 4, 8), lambda w: False).text == "Jo Doe"
    assert entity_spans.without_role(span(doc, 9, 11), lambda w: False).text == "Crown Prince"  # nothing after it


def test_a_monarch_s_title_that_is_a_given_name_opens_a_name_after_a_post_s_comma(vocab):
    doc = doc_of(vocab, "the foreign minister , Amir Khan Quorvaqi , met Kuwait 's Amir Jan Al-Quorv")
    assert entity_spans.without_role(span(doc, 4, 7), lambda w: False).text == "Amir Khan Quorvaqi"
    assert entity_spans.without_role(span(doc, 11, 14), lambda w: False).text == "Jan Al-Quorv"  # the title


def test_a_monarch_s_title_that_is_a_given_name_opens_a_name_right_after_a_post(vocab):
    doc = doc_of(vocab, "Foreign Minister Amir Khan Quorvaqi met Deputy Emir Jan Al Quorv and Sultan Quor Vell")
    doc[4].pos_ = "PROPN"  # "Amir Khan" tagged a person, "Quorvaqi" a place
    assert entity_spans.without_role(span(doc, 2, 4), lambda w: False).text == "Amir Khan"
    assert entity_spans.without_role(span(doc, 7, 11), lambda w: False).text == "Jan Al Quorv"  # a post's rank
    assert entity_spans.without_role(span(doc, 12, 15), lambda w: False).text == "Quor Vell"  # no post before it


def test_a_title_cut_after_its_first_words_ends_a_body_s_name(vocab):
    doc = doc_of(vocab, "at the Chancellery of the Prime Minister in Vellport and the Office of the Deputy Prime Minister "
                        "and Quorvia of the Prime League")
    assert entity_spans.title_completed(span(doc, 1, 6, "ORG")).text == "the Chancellery of the Prime Minister"
    assert entity_spans.title_completed(span(doc, 10, 16, "ORG")).text == "the Office of the Deputy Prime Minister"
    assert entity_spans.title_completed(span(doc, 18, 22, "ORG")).text == "Quorvia of the Prime"  # no title follows


def test_an_article_after_a_place_s_name_opens_another_phrase(vocab):
    doc = doc_of(vocab, "received in Vellport the Special Representative of Ruritania and Saint Quor and the Quorines")
    assert texts(entity_spans.trim(span(doc, 2, 6, "GPE"))) == ["Vellport"]  # no title cut from the name either
    assert texts(entity_spans.trim(span(doc, 9, 14, "GPE"))) == ["Saint Quor and the Quorines"]


def test_a_city_and_a_body_after_its_comma_are_two_names(vocab):
    doc = doc_of(vocab, "In Abuja , ECOWAS Commission President Jan Nowak said")
    assert texts(entity_spans.trim(span(doc, 1, 5, "GPE"))) == ["Abuja", "ECOWAS Commission"]


def test_a_people_s_word_and_a_portfolio_tagged_a_person_before_a_title_are_the_people_s_word(vocab):
    # "Thai Defence" tagged a person before "Minister X"; "N. Korean FM" tagged a body: the people's word of two
    doc = doc_of(vocab, "when Thai Defence Minister Ivo Marek met N. Korean FM Jan Nowak")
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 1, 3, "PERSON"))] == [("Thai", "NORP")]
    assert [(s.text, s.label_) for s in entity_spans.trim(span(doc, 7, 10, "ORG"))] == [("N. Korean", "NORP")]


def test_a_people_s_ministry_in_lower_case_is_a_body(vocab):
    doc = doc_of(vocab, "the Chinese foreign ministry spokesperson said the Spanish said")
    ents = entity_spans.with_demonym([span(doc, 1, 2, "NORP"), span(doc, 7, 8, "NORP")], lambda word: True)
    assert [(s.text, s.label_) for s in ents] == [("Chinese foreign ministry", "ORG"), ("Spanish", "NORP")]
    assert texts(entity_spans.trim(ents[0])) == ["Chinese foreign ministry"]  # its words in lower case stay
    # (but "met at the French foreign ministry": the building, left unnamed as before)
    doc = doc_of(vocab, "they met at the French foreign ministry")
    assert entity_spans.ministry_after(span(doc, 4, 5, "NORP")) is None
