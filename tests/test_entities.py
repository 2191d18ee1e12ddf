"""kg/nlp/entities.py: the kg_entities component on whole texts, and the lines and sports-page
rules it reads (kg/nlp/lines.py, kg/nlp/sports.py).

Tests marked ``model`` run the whole pipeline on short made-up texts; the others build Docs by
hand on a blank vocabulary. The rules of the entity modules have their own files
(test_entity_spans.py, test_entity_types.py).
"""

from __future__ import annotations

import pytest

from entity_docs import doc_of, span, texts
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.nlp import entities, entity_people, entity_recall, lines, sports


# -- lines in capitals and tables ----------------------------------------------------------


def test_capital_lines_finds_headlines_and_datelines_only(vocab):
    doc = doc_of(vocab, "NORTHTOWN WIN CUP FINAL \n Northtown won the cup . \n LONDON 2001-01-01")
    found = lines.capital_lines(doc)
    assert [doc[s:e].text for s, e in found] == ["NORTHTOWN WIN CUP FINAL", "LONDON 2001-01-01"]


def test_a_title_case_headline_may_keep_its_longer_prepositions_in_lower_case(vocab):
    doc = doc_of(vocab, "Crown Prince Receives Phone Calls from Northtown Mayor \n The prince received two calls .")
    assert [doc[s:e].text for s, e in lines.capital_lines(doc)] == ["Crown Prince Receives Phone Calls from Northtown Mayor"]


def test_lines_of_one_line_and_many_line_documents(vocab):
    doc = doc_of(vocab, "Jane Doe won \n Northtown lost \n\n")
    assert not lines.one_line(doc)
    assert lines.lines(doc) == [(0, 3), (4, 6)]
    assert lines.line_of(doc, 5) == (4, 6)
    doc = doc_of(vocab, "Jane Doe won in Northtown")
    assert lines.one_line(doc)
    assert lines.lines(doc) == [(0, 5)] and lines.line_of(doc, 4) == (0, 5)
    assert lines.capital_lines(doc) == []


def test_standings_rows_and_results_lines(vocab):
    doc = doc_of(vocab, "Northtown 4 3 1 0 9 3 10 \n Southville 2 Eastbury 1 \n London 2001-01-01")
    assert sports.opens_table_row(span(doc, 0, 1, "GPE"))
    assert sports.results_line(span(doc, 9, 10, "GPE"))
    assert sports.results_line(span(doc, 11, 12, "GPE"))
    assert not sports.opens_table_row(span(doc, 14, 15, "GPE"))  # a date is not a table
    assert texts(sports.table_sides(doc, set())) == ["Northtown"]


def test_a_post_s_seat_parsed_as_listed_with_its_holder_stays_a_place(make_doc, vocab):
    # Chile 's consul general in Barentsburg , Ann Ode , said no .  (the town tagged a person, Ode its conjunct)
    from spacy.lang.en import English

    doc = make_doc([
        ("Chile", 3, "poss", "PROPN", "NNP", "chile", "B-GPE"), ("'s", 0, "case", "PART", "POS", "'s", "O"),
        ("consul", 3, "compound", "NOUN", "NN", "consul", "O"), ("general", 10, "nsubj", "NOUN", "NN", "general", "O"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"), ("Barentsburg", 4, "pobj", "PROPN", "NNP", "barentsburg", "B-PERSON"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"), ("Ann", 8, "compound", "PROPN", "NNP", "ann", "B-PERSON"),
        ("Ode", 5, "conj", "PROPN", "NNP", "ode", "I-PERSON"), (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("said", 10, "ROOT", "VERB", "VBD", "say", "O"), ("no", 10, "dobj", "INTJ", "UH", "no", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ])
    entities.EntityFixer(English(vocab=vocab))(doc)
    assert {(e.text, e.label_) for e in doc.ents} >= {("Barentsburg", PLACE), ("Ann Ode", PERSON)}


def test_a_given_name_tagged_as_a_place_no_gazetteer_knows_joins_the_name_after_it(vocab):
    doc = doc_of(vocab, "Peru 's Zorvana Keller and Chile 's Lima Morel met .")
    typed = [(span(doc, 0, 1), COUNTRY), (span(doc, 2, 3), PLACE), (span(doc, 3, 4), PERSON),
             (span(doc, 5, 6), COUNTRY), (span(doc, 7, 8), PLACE), (span(doc, 8, 9), PERSON)]
    joined = [(s.text, t) for s, t in entities.one_name_of_adjacent_people(typed)]
    assert ("Zorvana Keller", PERSON) in joined and ("Zorvana", PLACE) not in joined
    assert ("Lima", PLACE) in joined and ("Morel", PERSON) in joined  # a city the gazetteer knows stays one


def test_a_surname_the_model_tagged_a_person_made_a_place_after_given_names_joins_them(vocab):
    doc = doc_of(vocab, "the minister , Rosa Yolanda Villavicencio , and Anna Keller Lima met .")
    typed = [(span(doc, 3, 5, "PERSON"), PERSON), (span(doc, 5, 6, "PERSON"), PLACE),
             (span(doc, 8, 10, "PERSON"), PERSON), (span(doc, 10, 11, "GPE"), PLACE)]
    joined = [(s.text, t) for s, t in entities.one_name_of_adjacent_people(typed)]
    # (not a place the model tagged one: "Lima")
    assert joined == [("Rosa Yolanda Villavicencio", PERSON), ("Anna Keller", PERSON), ("Lima", PLACE)]


# -- the whole component -------------------------------------------------------------------


def ents(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {e.text: e.label_ for e in doc.ents if e.label_ in (PERSON, ORGANIZATION, COUNTRY, PLACE, "NORP")}


@pytest.mark.model
def test_letters_for_a_seat_after_a_name_are_no_part_of_it(nlp):
    # "T.D." (a member of the Dail) read as a name word the model stopped short of
    found = ents(nlp, "LONDON - The Tanaiste, Simon Harris T.D., today co-chaired a meeting with Hilary Benn M.P.")
    assert found.get("Simon Harris") == "Person" and "Simon Harris T.D." not in found


@pytest.mark.model
def test_headline_in_capitals_is_tagged_like_running_text(nlp):
    found = ents(nlp, "GERMANY AND FRANCE SIGN TRADE DEAL IN BERLIN\nThe two governments agreed on Monday.")
    assert found.get("GERMANY") == COUNTRY and found.get("FRANCE") == COUNTRY
    assert found.get("BERLIN") == PLACE


def test_a_title_case_headline_under_a_letterhead_in_capitals_is_tagged_like_running_text(nlp):
    found = ents(nlp, "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF PERU\nPRESS RELEASE\n\nForeign Minister Quorvath "
                      "Holds Video Conference with Chilean Counterpart, Receives Courtesy Call from New Ambassador\n\n"
                      "Lima - Minister for Foreign Affairs Quorvath held a video conference on Wednesday.")
    assert found.get("Quorvath") == PERSON and "Quorvath Holds" not in found and "Courtesy Call" not in found


def test_a_title_case_headline_under_a_release_s_dateline_is_read_as_a_headline(nlp):
    doc = nlp.make_doc("PRESS RELEASE - Monrovia, Thursday, January 29, 2026\n\nPresident Quorvath, Guinean Leader Hold "
                       "Phone Talks; Monrovia to Host Union Summit\n\nPresident Ivo Quorvath spoke on Wednesday.")
    headline = doc[12:26]
    assert headline.text.startswith("President Quorvath") and headline.text.endswith("Summit")
    assert nlp.get_pipe("kg_entities").headline_like(headline)
    assert not nlp.get_pipe("kg_entities").headline_like(doc[27:len(doc) - 1])


#: Whole-pipeline cases: a sentence written for the test, and the type kg gives each name in it
#: (None: not an entity).
NAME_TYPES = [
    pytest.param("Manchester beat Liverpool 2-1 in the league on Saturday to go top of the table.",
                 {"Manchester": ORGANIZATION, "Liverpool": ORGANIZATION},
                 id="towns_as_sides_of_a_match_are_clubs-1"),
    pytest.param("The minister flew to Manchester on Saturday.",
                 {"Manchester": PLACE}, id="towns_as_sides_of_a_match_are_clubs-2"),
    # a readout's "President of <country> <name>" tagged as one body: the country, then the person, whatever the
    # given name; a town whose name holds a city's ("Bodh Gaya") is no club
    # a body's long form before its acronym, the model's parts a body, a place and a mistyped name, an acronym among
    # its words spelling itself
    pytest.param("Ivo Marek, who heads the UN Office for West Africa and the Sahel (UNOWAS), met Jan Nowak in Dakar.",
                 {"UN Office for West Africa and the Sahel": ORGANIZATION, "Sahel": None}, id="a-long-form-with-an-acronym"),
    # a known politician's name opening with a title's word ("Amir")
    pytest.param("Foreign Minister Sergei Lavrov held talks with Amir Khan Muttaqi in Moscow.",
                 {"Amir Khan Muttaqi": PERSON, "Khan Muttaqi": None}, id="a-known-name-opening-with-a-title-word"),
    # a body's name the model cut at its "and", which the short name in brackets after it spells across
    pytest.param("Ivo Marek met a delegation of the African Union Peace and Security Council (PSC) in Mogadishu.",
                 {"African Union Peace and Security Council": ORGANIZATION, "African Union Peace": None},
                 id="a-body-spelt-across-its-and"),
    # "Amir" as a given name after a lower-case post, which no emir is given (but "Kuwait's Amir X Y": the emir)
    pytest.param("The delegation, led by his negotiations coordinator Amir Zohar, will not travel. Kuwait's Amir "
                 "Mishal Al-Ahmad received Ivo Marek.", {"Amir Zohar": PERSON, "Zohar": None, "Mishal Al-Ahmad": PERSON},
                 id="amir-a-given-name-after-a-lower-case-post"),
    # a portfolio's last word before a double-barrelled name is no part of it
    pytest.param("Deputy Prime Minister and Minister of Foreign Affairs and Diaspora Donika Gervalla-Schwarz received "
                 "Ivo Marek.", {"Donika Gervalla-Schwarz": PERSON, "Diaspora Donika Gervalla-Schwarz": None},
                 id="a-portfolio-before-a-double-barrelled-name"),
    # a person's family name the model ran on into the topic after it: the person
    pytest.param("Ivo Marek met Japanese Foreign Minister Takeshi Iwaya on Monday. He later held a separate meeting with "
                 "Iwaya on the Indo-Pacific and economic security.", {"Iwaya": PERSON, "Iwaya on the Indo-Pacific": None},
                 id="a-surname-run-on-into-a-topic"),
    pytest.param("President of Kazakhstan Arman-Bek Ospanov held a number of meetings.",
                 {"Kazakhstan": COUNTRY, "Arman-Bek Ospanov": PERSON}, id="president-of-country-name"),
    # after a post's "of the", a body's name and then its holder's, tagged as one or found untagged: the body, then
    # the person; after a portfolio and the country's formal name, the untagged holder
    pytest.param("The envoy was received by Chairman of the Cabinet of Ministers Tolgonbek Asanaliev on Monday. He "
                 "met the Chairman of the Mejlis Dunyagul Oraztaganova.",
                 {"Cabinet of Ministers": ORGANIZATION, "Tolgonbek Asanaliev": PERSON, "Mejlis": ORGANIZATION,
                  "Dunyagul Oraztaganova": PERSON}, id="a-body-after-a-post-then-its-holder"),
    pytest.param("He is to meet the National Leader of the Turkmen people, Chairman of the Halk Maslahaty Dovletmyrat "
                 "Amanov.", {"Dovletmyrat Amanov": PERSON}, id="an-untagged-body-after-a-post-then-its-holder"),
    pytest.param("Minister of Foreign Affairs of the Kyrgyz Republic Ivo Marek held talks on Tuesday with Minister of "
                 "Foreign Affairs of the Republic of Tajikistan Bahrom Nazarzoda, who is in Bishkek.",
                 {"Ivo Marek": PERSON, "Bahrom Nazarzoda": PERSON}, id="a-holder-after-a-portfolio-and-a-republic"),
    # a guard: a body's name of dictionary words after a country is no person's ("director of the China Media Project")
    pytest.param("According to Jan Nowak, co-director of the China Media Project and a fellow of the Robert Bosch Academy "
                 "in Berlin, the plan failed.", {"China Media Project": ORGANIZATION}, id="director-of-a-country-s-body"),
    pytest.param("The minister travelled to Bodh Gaya on Friday.", {"Bodh Gaya": PLACE}, id="a-town-with-a-city-s-name"),
    # a country's name of two joined by "and" the model left untagged
    pytest.param("LUANDA - The Prime Minister of São Tomé and Príncipe, Jan Nowak, held talks on Wednesday with Paul "
                 "Morel.", {"São Tomé and Príncipe": COUNTRY, "Príncipe": None}, id="a-country-of-two-names-untagged"),
    # ranks written without a full stop ("Gen" a given name too, a rank only before two name words); initials
    # with no stops after a title; a capital tagged a person
    pytest.param("Air Chief Marshal V R Mehta held talks on Monday with Brig Jan Nowak and Gen Tomas Anders Vrba. "
                 "Defence Minister Gen Nakatani spoke.",
                 {"V R Mehta": PERSON, "Jan Nowak": PERSON, "Tomas Anders Vrba": PERSON, "Gen Nakatani": PERSON},
                 id="ranks-without-a-stop"),
    # a word before a common noun whose plural names a known body is the body's adjective, whoever's family name it is
    pytest.param("UN envoy meets Houthi negotiator in Muscat. Houthi leader Abdul-Malik al-Houthi said the talks had "
                 "failed.", {"Houthi": ORGANIZATION, "Abdul-Malik al-Houthi": PERSON}, id="a-body-s-adjective"),
    # a people's word that is the family name of someone the document names is that person, but before a noun
    pytest.param("NICOSIA - Ersin Tatar met the envoy on Thursday. Tatar, whose self-declared state is recognised only by "
                 "Turkey, told reporters after his meeting that talks were over.", {"Tatar": PERSON}, id="a-people-s-word-a-surname"),
    pytest.param("NICOSIA - Ersin Tatar met the envoy on Thursday. The Tatar community was not consulted.",
                 {"Tatar": "NORP"}, id="a-people-s-word-before-a-noun"),
    # a portfolio of local government is no body
    pytest.param("Jan Nowak will meet the Mauritanian Minister of the Interior and Decentralisation, Paul Morel, and the "
                 "Minister of Territorial Administration, Anna Keller.", {"Interior and Decentralisation": None,
                 "Territorial Administration": None, "Paul Morel": PERSON}, id="portfolios-of-local-government"),
    # a saint's name after a building's "of" is the district the building is named by
    pytest.param("President Anna Keller attended the ceremony held at the Legislative Palace of San Lázaro on Tuesday.",
                 {"San Lázaro": PLACE}, id="a-building-of-a-saint-s-district"),
    # a person named before, "and", then a people's word and a portfolio, tagged one body: the person, then no body
    pytest.param("Energy Minister Eli Cohen met Cypriot Energy Minister George Papanastasiou in Nicosia. Cohen said he "
                 "would travel to Athens next month for a trilateral meeting with Papanastasiou and Greek Environment and "
                 "Energy Minister Stavros Papastavrou.", {"Papanastasiou and Greek Environment": None,
                                                          "Greek Environment": None, "Papanastasiou": PERSON},
                 id="a-name-and-a-portfolio-tagged-one-body"),
    # a name after a residence's comma is the building's; after a ministry's, its minister's
    pytest.param("Jan Nowak called on Prime Minister Paul Morel at his official residence, Seri Perdana. Earlier he met "
                 "the Minister of State at the foreign ministry, Mohammed Al-Khulaifi.",
                 {"Seri Perdana": PLACE, "Mohammed Al-Khulaifi": PERSON}, id="a-residence-s-name-a-minister-s"),
    pytest.param("At the hotel, Paul Morel met Jan Nowak on Monday.", {"Paul Morel": PERSON},
                 id="a-fronted-building-then-a-subject"),
    # a resort is a building, whatever club its name holds
    pytest.param("President Jan Nowak met Paul Morel at the Northtown Country Club Resort on Friday.",
                 {"Northtown Country Club Resort": PLACE}, id="a-resort"),
    # a town's first word tagged alone, no place's name by itself: the town, whatever its size
    pytest.param("Pavel will attend the commemoration of the Slovak National Uprising in Banská Bystrica on August 29.",
                 {"Banská Bystrica": PLACE, "Banská": None}, id="a-town-s-first-word-tagged-alone"),
    pytest.param("The treaty was agreed when Mr Nowak visited Port Moresby last month.", {"Port Moresby": PLACE},
                 id="a-capital-tagged-a-person"),
    # the agency in a dateline's brackets
    pytest.param("MOSCOW, May 14 (Eurasia Desk) — The Kremlin on Tuesday dismissed the claims.",
                 {"Eurasia Desk": ORGANIZATION}, id="a-dateline-s-agency"),
    # a people's word and a portfolio before a title, tagged one body: the people's country, no body
    pytest.param("Czech Industry and Trade Minister Tom Reed met Slovak Economy Minister Anna Keller in Prague on Monday.",
                 {"Czech": "NORP", "Czech Industry": None, "Prague": PLACE}, id="a-people-s-word-and-a-portfolio"),
    # a body's post tagged with the body: the body; "the People's X Council" keeps its possessive; a post's body
    # after "at" is no venue
    pytest.param("The Federal Government's Special Envoy for Central Asia, Mr. Matthias Kronberg, took part. Members of "
                 "the People's Representative Council met. Jan Nowak held talks with the Minister of State at the "
                 "Federal Foreign Office, Ms. Anna Keller.",
                 {"Federal Government": ORGANIZATION, "Federal Government's Special Envoy for Central Asia": None,
                  "People's Representative Council": ORGANIZATION, "Federal Foreign Office": ORGANIZATION},
                 id="a-body-s-post"),
    pytest.param("Ivo Marek will meet the Federal Minister for Economic Affairs and Climate Action, Mr. Jan Nowak, and "
                 "the Minister for the Environment, Nature Conservation, Nuclear Safety and Consumer Protection.",
                 {"Climate Action": None, "Jan Nowak": PERSON, "Consumer Protection": None}, id="portfolios-of-action"),
    # two known bodies joined by a slash are their alliance (not a credit in brackets); "Federal Foreign Minister" is a
    # post
    pytest.param("Jan Nowak, the leader of the CDU/CSU parliamentary group, met Federal Foreign Minister Anna Keller. "
                 "(Reuters/AP)", {"CDU/CSU": ORGANIZATION, "CDU": None, "Reuters/AP": None, "Federal Foreign": None},
                 id="a-slash-between-two-parties"),
    # a portfolio tagged without the rest of it; a party's word that is a portfolio before "Minister"
    pytest.param("Mexico's economy secretary, Ivo Marek, will meanwhile join International Trade Minister Jan Nowak in "
                 "Toronto on Friday. Anna Keller did not meet Labour Minister Paul Morel. Labour leader Lea Marek spoke.",
                 {"International": None, "Jan Nowak": PERSON, "Labour": ORGANIZATION, "Paul Morel": PERSON},
                 id="portfolios-the-model-tags"),
    # a region of the world tagged as a body is a place (data/world_regions.tsv)
    pytest.param("The two discussed security in the Indo-Pacific and the Middle East.",
                 {"Indo-Pacific": PLACE, "Middle East": PLACE}, id="a-region-of-the-world"),
    # a forum's cue word and "on" before the name the model tagged open it
    pytest.param("Jan Nowak attended the Forum on China-Africa Cooperation summit in Beijing.",
                 {"Forum on China-Africa Cooperation": ORGANIZATION, "China-Africa Cooperation": None},
                 id="a-forum-on-a-tagged-name"),
    # a standing forum is a body, not a place
    pytest.param("SINGAPORE - China's defence minister, Gen. Li Wei, met Anna Keller at the Shangri-La Dialogue on "
                 "Friday.", {"Shangri-La Dialogue": ORGANIZATION}, id="a-forum-named-dialogue"),
    # "Md." (Mohammad) tagged alone is no name of its own; a format of talks is no body
    pytest.param("She held the sixth round of Foreign Office Consultations with her counterpart Md. Jashim Quorddin.",
                 {"Jashim Quorddin": PERSON, "Md.": None, "Foreign Office Consultations": None}, id="md-and-talks"),
    pytest.param("The two ministers agreed to meet on the sidelines of the Doha Forum next week.",
                 {"Doha Forum": ORGANIZATION}, id="a-forum-named-forum"),
    pytest.param("They discussed ways to get more fuel through the Rafah crossing.", {"Rafah": PLACE},
                 id="a-border-crossing"),
    # a ministry's name goes on through its portfolio's words (the model tagging the last ones a person)
    pytest.param("The Ministry of Foreign and Diaspora Affairs issued a statement on Monday.",
                 {"Ministry of Foreign and Diaspora Affairs": ORGANIZATION, "Diaspora Affairs": None},
                 id="ministry-of-a-portfolio-of-several-words"),
    pytest.param("Yekaterina Quorvath, a member of the Northtown Liberal Party, spoke to reporters.",
                 {"Yekaterina Quorvath": PERSON, "Northtown Liberal Party": ORGANIZATION},
                 id="org_cue_words_and_given_names_decide_the_type"),
    pytest.param("The statement was signed by NLP Secretary Tomas Vrba on Monday.",
                 {"NLP": ORGANIZATION},
                 id="initials_before_a_title_and_a_surname_with_an_age_are_names-1"),
    pytest.param("Quorvath , 53 , a former judge , took the bench in 1982 .",
                 {"Quorvath": PERSON},
                 id="initials_before_a_title_and_a_surname_with_an_age_are_names-2"),
    pytest.param("Quorvath , a senior Finance Ministry official , has not repeated these views in public .",
                 {"Quorvath": PERSON},
                 id="a_lone_name_before_a_longer_title_apposition_is_a_person-1"),
    pytest.param("Quorvath ( Varga ) , deputy leader of the Northtown Liberal Party , said it would win .",
                 {"Quorvath": PERSON},
                 id="a_lone_name_before_a_longer_title_apposition_is_a_person-2"),
    # a US lawmaker's party and state names the party, not the state
    pytest.param("Sen. Tomas Vrba, D-Calif., said the hearings would start.",
                 {"Tomas Vrba": PERSON, "D-Calif.": ORGANIZATION, "Calif.": None},
                 id="a_us_party_and_state_tag_names_the_party"),
    pytest.param("Navy Cmdr. Ilse Brandt said the ship was safe.",
                 {"Navy": ORGANIZATION, "Ilse Brandt": PERSON, "Navy Cmdr": None},
                 id="a_rank_is_trimmed_off_the_name_before_it"),
    pytest.param("An air pocket was the only hope, said Coast Guard Lt. Tom Reed, but he would not say more.",
                 {"Coast Guard": ORGANIZATION, "Tom Reed": PERSON, "Lt": None},
                 id="a_rank_s_abbreviation_is_no_name"),
    pytest.param("Northtown Waste Co. of Vellport is planning a new service, said Ann Ode, a company official.",
                 {"Northtown Waste Co.": ORGANIZATION, "Vellport": PLACE, "Northtown Waste Co. of Vellport": None},
                 id="a_company_s_town_after_its_legal_form_is_no_part_of_its_name"),
    pytest.param("He has worked for the Aluminum Co. of America for years.",
                 {"Aluminum Co. of America": ORGANIZATION}, id="a_country_after_a_legal_form_is_part_of_the_name"),
    pytest.param("Mason , who headed the Northtown Health Agency before 1990 , said the budget was short .",
                 {"Mason": PERSON}, id="a_one_word_name_before_who_is_a_person"),
    pytest.param("Warner , 70 , who owned the failed Northtown Savings Bank , filed for protection .",
                 {"Warner": PERSON}, id="a_one_word_name_with_an_age_before_who_is_a_person"),
    pytest.param("Marek received the Ambassador of China in Algiers , who handed him a message .",
                 {"Algiers": PLACE}, id="a_city_after_in_before_who_stays_a_place"),
    pytest.param("The order was issued by NVA Administrator Ann Ode after the crash.",
                 {"NVA": ORGANIZATION, "Ann Ode": PERSON, "NVA Administrator": None},
                 id="a_title_ending_a_body_s_span_before_a_name_is_the_person_s"),
    pytest.param("First Deputy Commander of the Ruritanian Pacific Fleet Ivo Marek flew to the site of the blast.",
                 {"Ruritanian Pacific Fleet": ORGANIZATION, "Ivo Marek": PERSON},
                 id="a_given_name_and_surname_after_a_body_s_cue_word_are_a_person"),
    pytest.param("Vice Chairman of the National Assembly Nguyen Khac Minh received the ambassador on Monday.",
                 {"National Assembly": ORGANIZATION, "Nguyen Khac Minh": PERSON},
                 id="a_family_name_put_first_after_a_body_s_cue_word_opens_a_person_s_name"),
    pytest.param("Chairman Ivo Marek received outgoing Ruritanian Ambassador to Việt Nam Jan Nowak in Hà Nội on August 14.",
                 {"Việt Nam": COUNTRY, "Jan Nowak": PERSON, "Nam Jan Nowak": None},
                 id="the_end_of_a_country_s_name_is_no_given_name_before_a_person_s"),
    pytest.param("North Korean Foreign Minister Ri Son Hui arrived in Moscow on Wednesday.",
                 {"Ri Son Hui": PERSON, "Ri Son": None}, id="a_korean_name_s_last_syllable_tagged_a_people"),
    pytest.param("Ivo Marek visited the Community of Sant'Egidio in Trastevere.",
                 {"Community of Sant'Egidio": ORGANIZATION, "Community": None}, id="a_community_of_a_saint"),
    pytest.param("Anna Keller will meet Paul Morel at St Mark's Cathedral in Abbasiya.",
                 {"St Mark's Cathedral": PLACE, "St Mark": None}, id="a_saint_s_cathedral"),
    pytest.param("NEW DELHI, Sept 10 (Reuters) - Prime Minister Ivo Marek held talks with leaders. On Saturday, on the "
                 "margins of the opening session at Bharat Mandapam, the Indian leader met Jan Nowak.",
                 {"Bharat Mandapam": PLACE}, id="a_venue_after_the_at_of_a_session_whatever_a_name_s_look"),
    pytest.param("When Ann Ode chose Borgo Egnazia, a whitewashed luxury resort outside the town of Fasano in Apulia, "
                 "to host the summit, officials joked about it. Jan Nowak and Ivo Marek held talks at the resort.",
                 {"Borgo Egnazia": PLACE}, id="a_name_an_apposition_calls_a_resort"),
    pytest.param("The row erupted after deputy commander Ivo Marek, party leader Jan Nowak and the acting head of the "
                 "National Umma Party, Fadlallah Burma Quorsir, met at the convention centre on Saturday.",
                 {"Fadlallah Burma Quorsir": PERSON}, id="a_name_after_a_post_s_body_and_its_comma"),
    pytest.param("17:05 - That's where we will leave our live coverage for today. Leaders will hold a final session "
                 "tomorrow morning.\n\nBarbados Prime Minister Ann Ode and her Chilean counterpart, Jan Nowak, met for "
                 "an hour.", {"Barbados": COUNTRY}, id="a_country_before_a_title_tagged_a_plural_noun"),
    pytest.param("Jan Nowak, accompanied by Foreign Minister Ivo Marek, then held talks with Cardinal Paul Morel, the "
                 "Vatican's secretary of state. The delegation, led by Monsignor Miroslaw Wachowski, the Vatican's deputy "
                 "foreign minister, met officials.",
                 {"Miroslaw Wachowski": PERSON, "Monsignor Miroslaw Wachowski": None}, id="a_monsignor"),
    pytest.param("Jan Nowak had arrived in Dushanbe a day earlier for a state visit, and on Wednesday held talks with Ivo "
                 "Marek, his host, at the Palace of Nations, the Tajik leader's residence on the banks of the river. "
                 "Paul Morel, a hotel owner, was there. Ann Ode met Tom Reed, the presidency said.",
                 {"Palace of Nations": PLACE, "Paul Morel": PERSON, "Tom Reed": PERSON},
                 id="a_residence_in_apposition_with_a_title_in_it"),
    pytest.param("Ivo Marek was the guest of honor at a dinner hosted by US Chamber of Commerce president Ann Ode.",
                 {"US Chamber of Commerce": ORGANIZATION, "US": None}, id="a_country_s_chamber_before_a_title"),
    pytest.param("Ivo Marek spent Wednesday morning at the US Mission to the UN, where he held talks with Jan Nowak.",
                 {"US Mission to the UN": PLACE, "Mission": None}, id="a_mission_to_a_body"),
    pytest.param("Jan Nowak co-chaired the session at the King Hussein Business Park in Amman.",
                 {"King Hussein Business Park": PLACE, "Hussein Business Park": None}, id="a_site_named_after_a_king"),
    pytest.param("Senior Advisor for Africa Massad Quorbos is in Doha today, where he is scheduled to meet Ivo Marek.",
                 {"Massad Quorbos": PERSON, "Africa Massad Quorbos": None},
                 id="a_region_of_the_world_is_no_given_name_before_a_person_s"),
    pytest.param("Some families brought radios, said Ann Ode, Red Cross disaster chairman for Quorlap and Brixon "
                 "parishes.", {"Red Cross": ORGANIZATION, "Quorlap": PLACE, "Brixon": PLACE},
                 id="names_before_a_region_s_plural_are_regions"),
    pytest.param("Mrs. Reed, who is a major in the Marine Corps, said no.", {"Marine Corps": ORGANIZATION},
                 id="corps_names_a_body"),
    pytest.param("They mourned the death of Marine Lt. Ivo Marek while ruling out talks.",
                 {"Ivo Marek": PERSON, "Marine Lt": None}, id="a_body_word_and_a_rank_are_no_name"),
    pytest.param("Tomas Vrba told The Institute for Northtown Studies that the plan would work.",
                 {"The Institute for Northtown Studies": ORGANIZATION},
                 id="a_capital_article_inside_a_sentence_is_part_of_the_name"),
    pytest.param("Northcorp , a publicly listed company , had been looking to expand into the country .",
                 {"Northcorp": ORGANIZATION},
                 id="a_kind_of_organisation_before_or_after_a_name_makes_it_one-1"),
    pytest.param("Northcorp , a lawyer , had been looking to expand into the country .",
                 {"Northcorp": PERSON},
                 id="a_kind_of_organisation_before_or_after_a_name_makes_it_one-2"),
    pytest.param("Tomas Vrba , head of the Quorvex economic think tank , criticised the deal .",
                 {"Quorvex": ORGANIZATION},
                 id="a_name_heading_a_kind_of_body_is_an_organisation-1"),
    pytest.param("Tomas Vrba works for a Munich company that makes cars .",
                 {"Munich": PLACE}, id="a_name_heading_a_kind_of_body_is_an_organisation-2"),
    pytest.param("Alexei Quorvath, Russia's most prominent opposition leader, died in prison.",
                 {"Alexei Quorvath": PERSON, "Quorvath": None}, id="a_name_found_a_person_by_its_role_keeps_its_given_name"),
    pytest.param("Fighters of the Quorvath militia attacked the town. The Syrian rebels advanced.",
                 {"Quorvath": ORGANIZATION, "Syrian": "NORP"}, id="the_name_before_a_group_s_noun_is_the_group"),
    pytest.param("Quorvath was arrested in the east Ruritanian city of Northtown by security officers .",
                 {"Quorvath": PERSON}, id="subjects_of_what_only_happens_to_people_are_persons"),
    pytest.param("Lavrov held talks with his North Korean counterpart Choe Son Hui in Wonsan on Saturday.",
                 {"Choe Son Hui": PERSON}, id="a_family_name_before_the_given_name"),
    pytest.param("The Russian Foreign Ministry said later that Lavrov would travel to Pyongyang.",
                 {"Lavrov": PERSON}, id="a_traveller_is_a_person"),
    pytest.param("\"Growth will come back,\" said Anna Keller, president and chief executive of Martin Brandt Optics "
                 "in Leipzig.", {"Martin Brandt Optics": ORGANIZATION, "Anna Keller": PERSON},
                 id="what_a_head_is_head_of_is_an_organisation-1"),
    pytest.param("Caretaker Chancellor Jan Nowak welcomed the agreement.", {"Caretaker": None, "Jan Nowak": PERSON},
                 id="a_caretaker_s_word_is_no_body"),
    pytest.param("Trade and Industry Cabinet Secretary Jan Nowak met Anna Keller.",
                 {"Trade and Industry Cabinet": None, "Jan Nowak": PERSON}, id="a_portfolio_s_cabinet_before_a_post-2"),
    pytest.param("Interior Cabinet Secretary Jan Nowak met Anna Keller.",
                 {"Interior Cabinet": None, "Jan Nowak": PERSON},
                 id="a_portfolio_s_cabinet_before_a_post_is_no_body"),
    pytest.param("He met Anna Keller, the national secretary of Les Quorvistes Unis, on Monday.",
                 {"Les Quorvistes Unis": ORGANIZATION, "Anna Keller": PERSON},
                 id="what_a_head_is_head_of_is_an_organisation-3"),
    pytest.param("Anna Keller, an aide of Hans Weber, declined to comment.", {"Hans Weber": PERSON},
                 id="what_a_head_is_head_of_is_an_organisation-2"),
    pytest.param("Office of the President | Republic of Korea\nBriefings\n\nPresidential Spokesperson Jan Nowak's "
                 "Briefing on President Anna Keller's Phone Conversation with Japanese Prime Minister Ivo Marek\n\n"
                 "April 14, 2026\n\nKeller held a call.", {"Phone Conversation": None},
                 id="a_headline_s_contact_in_capitals_is_no_body"),
    pytest.param("The talks were held between French junior minister for Francophonie and international partnerships "
                 "Thani Mohamed Soilihi and President Bassirou Diomaye Faye.", {"Francophonie": None},
                 id="the_remit_after_a_post_s_for_is_no_person"),
    pytest.param("Ursula von der Leyen met Jan Nowak in Samarkand. \"It is a crossroads,\" Nowak said in his opening "
                 "remarks. Von der Leyen said the package was ready.", {"Von der Leyen": PERSON},
                 id="a_family_name_with_its_particle_opening_a_sentence_is_the_person_s"),
    pytest.param("Anna Keller met the UN special representative for Haiti, Carla Mendes-Ortiz, at UN Headquarters on "
                 "Monday.", {"UN Headquarters": PLACE}, id="a_body_s_headquarters_is_a_place"),
    pytest.param("Anna Keller met Jan Nowak in Lima on Monday.\n\n(END)", {"END": None, "Anna Keller": PERSON},
                 id="a_wire_story_s_end_mark_is_no_body"),
    pytest.param("The foreign ministers of Panama and Colombia, Eduardo Ferrer Arosemena and Camilo Restrepo Osorio, "
                 "agreed on Wednesday. That evening, Panama's President Aurelio Castrellón received Restrepo.",
                 {"Restrepo": PERSON}, id="the_first_of_two_family_names_of_a_name_the_model_missed"),
    pytest.param("Anna Keller received Jan Nowak. The two discussed preparations for the next Africa Climate Summit.",
                 {"Africa Climate Summit": None, "Climate": None}, id="a_continent_s_summit_is_no_person"),
    pytest.param("Okonkwo-Bello is due to meet U.N. Under-Secretary-General for Political and Peacebuilding Affairs "
                 "Helena Sorvik on Thursday.", {"Helena Sorvik": PERSON, "Peacebuilding Affairs Helena Sorvik": None},
                 id="a_name_the_model_missed_after_a_portfolio_s_last_word"),
    pytest.param("They held a video call with NATO's Supreme Allied Commander Europe, General Anna Keller, on Monday.",
                 {"Europe": PLACE, "Anna Keller": PERSON}, id="a_continent_at_the_end_of_a_post_is_no_person"),
    pytest.param("Former Quorvex station chief Peter Alwin Lady has been detained in Panama.",
                 {"Peter Alwin Lady": PERSON}, id="a_name_cut_one_word_short_goes_on_to_its_head"),
    pytest.param("Opposition Green party whip Ann Ode called for legal routes to Europe.",
                 {"Green": ORGANIZATION}, id="a_capitalised_word_before_party_names_the_party"),
    pytest.param("Northtown Rail bought the app from media conglomerate Ivan Rusk for 20 million euros.",
                 {"Ivan Rusk": ORGANIZATION}, id="a_kind_of_company_before_a_given_name_makes_an_organisation"),
    pytest.param("The plant was sold to auto parts manufacturer Magna last year. Magna said the deal was good.",
                 {"Magna": ORGANIZATION}, id="a_company_once_is_a_company_everywhere"),
    pytest.param("The magazine sold well. Bestseller philosophy But the idea is old. Rice for all was the slogan of "
                 "Tom Rice.", {"Bestseller": None, "Tom Rice": PERSON},
                 id="a_dictionary_word_opening_a_subheading_is_no_person"),
    pytest.param("The coach made six changes. Tomas Vrba, Medhi Quorvath, Kingsley Arden and Robert Lenz all returned.",
                 {"Medhi Quorvath": PERSON}, id="an_unknown_two_word_name_in_a_list_of_people_is_a_person"),
    pytest.param("Blackpool 3 Wycombe 1", {"Blackpool": ORGANIZATION, "Wycombe": ORGANIZATION},
                 id="the_sides_of_a_results_line_are_clubs-1"),
    pytest.param("At Taunton : Derbyshire 402 and 120 , Hampshire 233 .",
                 {"Derbyshire": ORGANIZATION, "Hampshire": ORGANIZATION}, id="the_sides_of_a_results_line_are_clubs-2"),
    pytest.param("Derbyshire 21 points , Hampshire 5 .", {"Derbyshire": ORGANIZATION, "Hampshire": ORGANIZATION},
                 id="the_sides_of_a_results_line_are_clubs-3"),
    pytest.param("PHILADELPHIA 64 70 .478 9", {"PHILADELPHIA": ORGANIZATION},
                 id="the_sides_of_a_results_line_are_clubs-4"),
    pytest.param("Nick Dale 68 71 , Greg Pohl 70 70", {"Nick Dale": PERSON, "Greg Pohl": PERSON},
                 id="the_sides_of_a_results_line_are_clubs-5"),
    pytest.param("Kingsport ( Ruritania ) 77 Lakeview ( Freedonia ) 70", {"Kingsport": ORGANIZATION, "Lakeview": ORGANIZATION},
                 id="the_sides_of_a_results_line_are_clubs-6"),
    pytest.param("Bowling : Northam 8-1-33-2 , Eastley 6-0-21-1 , Westcott", {"Northam": PERSON, "Eastley": PERSON},
                 id="names_in_a_cricket_scorecard_are_players-1"),
    pytest.param("Tom Kellow c Northam b Southam 14", {"Northam": PERSON, "Southam": PERSON},
                 id="names_in_a_cricket_scorecard_are_players-2"),
    pytest.param("Dolgova ( Russia ) 4:02.17", {"Dolgova": PERSON},
                 id="a_name_with_a_country_and_a_time_is_an_athlete"),
    pytest.param("Abandoned : Doncaster v Walsall", {"Doncaster": ORGANIZATION, "Walsall": ORGANIZATION},
                 id="the_sides_of_x_v_y_are_clubs-1"),
    pytest.param("August 12 v Northampton ( four days )", {"Northampton": ORGANIZATION},
                 id="the_sides_of_x_v_y_are_clubs-2"),
    pytest.param("Hampshire 's young captain Rob Tanner was out for nine .", {"Hampshire": ORGANIZATION},
                 id="a_town_before_a_team_role_is_its_club-1"),
    pytest.param("Kent all-rounder Mark Ealing took three wickets .", {"Kent": ORGANIZATION},
                 id="a_town_before_a_team_role_is_its_club-2"),
    # a hyphenated company's name before a post of two words, even one opening with a given name
    pytest.param("Maria-Werke chief executive Jan Nowak said so .", {"Maria-Werke": ORGANIZATION},
                 id="a_hyphenated_body_before_a_post"),
    # one person's name the model tagged as two people with only a space between
    pytest.param("Tanzanian President Samia Suluhu Hassan spoke .", {"Samia Suluhu Hassan": PERSON, "Hassan": None},
                 id="adjacent_people_are_one_name"),
    pytest.param("Paul Morel held talks with his Tanzanian counterpart Samia Suluhu Hassan aimed at ending a dispute .",
                 {"Samia Suluhu Hassan": PERSON, "Hassan": None, "Samia Suluhu": None},
                 id="a_name_found_again_beside_the_model_s_part_is_one_name"),
    # a city of millions the model took into a time ("into Montevideo overnight"), not one after a club's first word
    pytest.param("Anna Keller flew into Montevideo overnight .", {"Montevideo": PLACE}, id="a_big_city_in_a_time"),
    pytest.param("Bayern Munich moved within touching distance of the title .", {"Munich": None},
                 id="no_town_after_a_name_opening_a_sentence"),
    # a word before a name that makes a city's name with it: the city ("Bahru" tagged alone)
    pytest.param("Transport Minister Anna Keller and her Malaysian counterpart Paul Morel will meet in Johor Bahru next "
                 "month to settle the details .", {"Johor Bahru": PLACE, "Bahru": None}, id="a_city_tagged_by_its_last_word"),
    # a saint's city in a dateline in capitals: one name, not "ST" and "PAUL"
    pytest.param("ST. PAUL, Minn. (AP) — Lawyers for both sides met Tuesday at the courthouse .",
                 {"ST. PAUL": PLACE, "PAUL": None, "ST": None}, id="a_saint_s_city_in_a_dateline"),
    # a city's name ending in "'s", in a dateline in capitals and in running text
    pytest.param("ST. JOHN'S, Antigua and Barbuda (AP) - Anna Keller met Jan Nowak at his office in St. John's on "
                 "Tuesday.",
                 {"ST. JOHN'S": PLACE, "St. John's": PLACE, "St. John": None, "ST": None}, id="a_city_ending_in_s"),
    # a city in capitals and a colon opening the lede: a dateline
    pytest.param("Two ministers meet\n\nNEW DELHI: Anna Keller and Paul Morel spoke on the sidelines here on Thursday .",
                 {"NEW DELHI": PLACE}, id="a_dateline_in_capitals_with_a_colon"),
    # a portfolio is part of a post, not a body
    pytest.param("Jonathan Reed, the UK's Business and Trade Secretary, said so .", {"Business and Trade": None},
                 id="a_portfolio_before_a_title"),
    pytest.param("Britain's Chancellor of the Exchequer, Rachel Reeves, said so .", {"Exchequer": None},
                 id="a_portfolio_after_title_of"),
    pytest.param("He met Sheikh Ali Nur, Minister of Foreign Affairs and International Cooperation, in Lima .",
                 {"International Cooperation": None}, id="a_portfolio_of_two_parts_after_title_of"),
    pytest.param("On Wednesday, Kenya's Minister for Industry and Trade, Ivo Marek, told parliament in Nairobi that the ban was lifted .",
                 {"Industry and Trade": None, "Ivo Marek": PERSON}, id="a_portfolio_after_title_for"),
    # the name of the one holding a post, after it and a comma, even one the model does not know
    pytest.param("Anna Keller paid a courtesy call on India's Minister of Commerce and Industry, Piyush Goyal, on "
                 "Monday .", {"Piyush Goyal": PERSON}, id="a_name_after_a_post_and_a_comma"),
    # ... and right after a post opening the document (a headline's first word); a hyphenated country after "of" is one
    pytest.param("President Umaro Sissoco Embalo of Guinea-Bissau held talks with Anna Keller in Lima on Monday .",
                 {"Umaro Sissoco Embalo": PERSON, "Guinea-Bissau": COUNTRY, "Guinea": None},
                 id="a_name_after_a_post_opening_the_document"),
    # the given names the model left out between a rank and the family name open the name
    pytest.param("Anna Keller on Thursday received the President of Peru, Marshal Mahamat Idriss Déby Itno, in Lima .",
                 {"Mahamat Idriss Déby Itno": PERSON, "Déby Itno": None, "Marshal Mahamat Idriss Déby Itno": None},
                 id="given_names_between_a_rank_and_the_family_name"),
    # a name after a portfolio tagged with it: through a short given name, and after a junior minister's "of State for"
    pytest.param("The delegation was led by Undersecretary for ASEAN Affairs Ma. Theresa P. Lazaro, the DFA said .",
                 {"Ma. Theresa P. Lazaro": PERSON, "ASEAN Affairs Ma. Theresa P. Lazaro": None},
                 id="a_short_given_name_after_a_portfolio"),
    pytest.param("Minister of State for External Affairs Shri Pabitra Margherita received the delegation .",
                 {"Pabitra Margherita": PERSON, "State for External Affairs Shri Pabitra Margherita": None},
                 id="a_name_after_a_junior_minister_s_portfolio"),
    # "His Excellency" written short in capitals before a title is a style, no body
    pytest.param("Tom Reed held a phone call with HE President Ivo Marek of the Republic of Turkey .",
                 {"HE": None, "Ivo Marek": PERSON, "Republic of Turkey": COUNTRY}, id="a_style_in_initials"),
    # two of the document's people's names joined by a comma, tagged as one name: the two people
    pytest.param("Anwar Ibrahim met Christopher Luxon in Lima . In his meeting with Luxon, Anwar welcomed New Zealand's "
                 "interest in halal trade .", {"Luxon, Anwar": None, "Luxon": PERSON, "Anwar": PERSON},
                 id="two_names_joined_by_a_comma"),
    # a post "of" a body tagged with the body as one name: the body
    pytest.param("ADDIS ABABA, March 13 (Xinhua) -- The Chairperson of the African Union Commission, Ivo Marek, held a "
                 "telephone conversation on Wednesday with Anna Keller .",
                 {"African Union Commission": ORGANIZATION, "The Chairperson of the African Union Commission": None},
                 id="a_post_of_a_body_tagged_as_one_name"),
    # the names after a monarch's title, untagged or tagged with it: a hyphen inside, a regnal number after
    pytest.param("King Willem-Alexander and Queen Máxima welcomed King Felipe VI and Queen Letizia of Spain on Dam Square "
                 "in Amsterdam .", {"Willem-Alexander": PERSON, "Máxima": PERSON, "Felipe VI": PERSON, "Letizia": PERSON,
                                    "Queen Letizia": None}, id="monarchs_names"),
    # a given name tagged as a body's or country's last word opens the person's name after it; a given name joined by
    # a hyphen between two people's names joins them; a body of "Turkic States"
    pytest.param("President of the Kyrgyz Republic Sadyr Nurgojoevich Japarov received the Speaker of the People's Majlis "
                 "Abdul Raheem Abdulla and Kazakh President Kassym-Zhomart Toqaev .",
                 {"Kyrgyz Republic": COUNTRY, "Sadyr Nurgojoevich Japarov": PERSON, "People's Majlis": ORGANIZATION,
                  "Abdul Raheem Abdulla": PERSON, "Kassym-Zhomart Toqaev": PERSON, "Kassym": None},
                 id="given_names_between_bodies_and_hyphens"),
    # a people's adjective opening with a given name is no person ("Sri" of "Sri Mulyani")
    pytest.param("The Sri Lankan President was accompanied by Foreign Minister Jan Nowak .", {"Sri Lankan": None},
                 id="a_demonym_with_a_given_name"),
    # portfolios joined by "and" before a title, and a post's bracketed initials, name no body
    pytest.param("Ivo Marek met Commerce and Industry Minister Jan Nowak and Energy and Natural Resources Minister Anna "
                 "Keller . The Director General of Military Operations (DGMO) of Peru called him .",
                 {"Commerce": None, "Energy": None, "Jan Nowak": PERSON, "Anna Keller": PERSON, "DGMO": None,
                  "Military Operations": None}, id="portfolios_and_post_initials"),
    # a Malaysian honorific of two words tagged alone is no one; the given name after it opens the name
    pytest.param("Also present was the secretary-general of the ministry , Datuk Seri Amran Mohamed Zin .",
                 {"Datuk Seri": None, "Amran Mohamed Zin": PERSON}, id="honorific_pair_and_given_name"),
    # a name set beside a post whose remit comes before the comma is a person's, whatever the model's label
    pytest.param("On Wednesday , the Minister met Ethiopia 's State Minister for Foreign Affairs , Kebede Mamo , and "
                 "discussed the drought .", {"Kebede Mamo": PERSON}, id="a_post_s_remit_before_the_comma"),
    # Zimbabwe's and Nigeria's forms of address open no name
    pytest.param("Also present were his deputy , Cde Jan Nowak , and the High Commissioner , Alhaji Ivo Marek Sokoto .",
                 {"Jan Nowak": PERSON, "Cde Jan Nowak": None, "Ivo Marek Sokoto": PERSON, "Alhaji Ivo Marek Sokoto": None},
                 id="forms_of_address_of_zimbabwe_and_nigeria"),
    # Malaysian honorifics of one, two or three words open no name, wherever the model ends them
    pytest.param("Foreign Minister Datuk Seri Utama Ivo Marek met Tan Sri Jan Nowak Zin and Datuk Anna Keller . "
                 "Tan Cheng Bock met Sri Mulyani Indrawati .",
                 {"Ivo Marek": PERSON, "Utama Ivo Marek": None, "Jan Nowak Zin": PERSON, "Tan Sri Jan Nowak Zin": None,
                  "Anna Keller": PERSON, "Datuk Anna Keller": None, "Tan Cheng Bock": PERSON,
                  "Sri Mulyani Indrawati": PERSON}, id="malaysian_honorifics"),
    # "Dato'" with its apostrophe is one honorific; "Tan Sri" before it no name of its own
    pytest.param("The Prime Minister of Malaysia , Dato' Seri Jan Nowak , met Tan Sri Dato' Ivo Marek Zin in Putrajaya .",
                 {"Jan Nowak": PERSON, "Dato": None, "Seri Jan Nowak": None, "Tan Sri": None, "Ivo Marek Zin": PERSON},
                 id="malaysian_honorifics_with_an_apostrophe"),
    # a venue's centre, whatever the model's label (here LAW), not a body's ("the Carter Center")
    pytest.param("Leaders gathered at the Nasrec Expo Centre in Johannesburg and at the Jinnah Convention Centre .",
                 {"Nasrec Expo Centre": PLACE, "Jinnah Convention Centre": PLACE}, id="venue_centres"),
    # a royal's style before the title, written out or in letters: no body, no part of the name; a prince's name after a
    # style; a given name that is a dictionary word too
    pytest.param("HM King Jan Nowak met Anna Keller . His Majesty King Charles III and Her Royal Highness Princess Anne met "
                 "Paul Morel .", {"HM": None, "Jan Nowak": PERSON, "Charles III": PERSON, "Majesty King Charles III": None,
                                  "Anne": PERSON}, id="royal_styles"),
    # two given names, the first left out by the model
    pytest.param("The new envoys are Takahiro Nakamae of Japan , Ana Laura Pereyra of Uruguay and Halvard Lunde of Norway .",
                 {"Ana Laura Pereyra": PERSON, "Laura Pereyra": None}, id="two_given_names"),
    # a portfolio's list going on after a comma names no body; a body a post is "of" stays one
    pytest.param("Yassine Fall met her counterpart , Jan Nowak , Minister of Foreign Affairs , European Union and "
                 "Cooperation . The High Representative of the European Union , Anna Keller , met Paul Morel .",
                 {"European Union and Cooperation": None, "European Union": ORGANIZATION}, id="a_portfolio_list_after_a_comma"),
    # titles joined by "and" name no one
    pytest.param("Emperor Jan Nowak has been welcomed to London by the King and Queen .", {"King and Queen": None},
                 id="titles_joined_by_and"),
    # a country's name with "and" inside, tagged in two parts; two countries joined by "and" stay two
    pytest.param("Jan Nowak of Bosnia and Herzegovina met Trinidad and Tobago's prime minister on Monday .",
                 {"Trinidad and Tobago": COUNTRY, "Tobago": None, "Bosnia and Herzegovina": COUNTRY}, id="a_country_s_name_with_and"),
    pytest.param("The talks between Serbia and Kosovo failed .", {"Serbia": COUNTRY, "Kosovo": COUNTRY, "Serbia and Kosovo": None},
                 id="two_countries_joined_by_and"),
    # and with a hyphen, the model tagging one part or none; two names joined by one stay two
    pytest.param("He met the Timor-Leste Prime Minister on Monday .", {"Timor-Leste": COUNTRY, "Timor": None},
                 id="a_country_s_name_with_a_hyphen_one_part_tagged"),
    pytest.param("QUITO, May 14 (Reuters) - Timor-Leste Prime Minister Jan Nowak held talks .",
                 {"Timor-Leste": COUNTRY, "Leste": None}, id="a_country_s_name_with_a_hyphen_untagged"),
    pytest.param("The DPRK-China friendship treaty was marked on Monday .", {"DPRK": COUNTRY, "China": COUNTRY,
                 "DPRK-China": None}, id="two_countries_joined_by_a_hyphen"),
    # and with "of the" inside, before a possessive
    pytest.param("Jan Nowak met the Democratic Republic of the Congo's health minister on Monday .",
                 {"Democratic Republic of the Congo": COUNTRY, "Democratic Republic": None, "Congo": None},
                 id="a_country_s_name_with_of_the_before_a_possessive"),
    # "St" without its stop; the rest of a name of "and" the model left out; countries of a list tagged as one body
    pytest.param("Leaders welcomed the decision of Barbados, Belize, Dominica and St Vincent and the Grenadines. The Prime "
                 "Minister of St Kitts and Nevis, Jan Nowak, met St Lucia's prime minister .",
                 {"Barbados": COUNTRY, "Belize": COUNTRY, "St Vincent and the Grenadines": COUNTRY,
                  "St Kitts and Nevis": COUNTRY, "St Lucia": COUNTRY, "St Kitts": None}, id="saints_and_a_list"),
    # a post, its portfolio and the name tagged as one body: the person
    pytest.param("Ivo Marek met Vietnam's Minister of Industry and Trade Jan Nowak on Wednesday .",
                 {"Jan Nowak": PERSON, "Minister of Industry and Trade Jan Nowak": None,
                  "Industry and Trade Jan Nowak": None}, id="post_portfolio_and_name_as_one_body"),
    # a body's name goes on through "of", not through "and" into the holder's next post
    pytest.param("Ivo Marek called Jan Nowak, Member of the Political Bureau of the Communist Party of China Central "
                 "Committee and Minister of Foreign Affairs of the People's Republic of China, on Monday .",
                 {"Political Bureau of the Communist Party of China Central Committee": ORGANIZATION,
                  "Political Bureau of the Communist Party of China Central Committee and Minister": None},
                 id="a_body_then_and_another_post"),
    # a government "of" a country is the country
    pytest.param("At a reception hosted by the Government of the Republic of Trinidad and Tobago , no talks were held .",
                 {"Republic of Trinidad and Tobago": COUNTRY}, id="the_government_of_a_country"),
    # a one-word name where people came together or arrived is the place
    pytest.param("Trade ministers arrived in Langkawi on Sunday for a two-day retreat .", {"Langkawi": PLACE},
                 id="arrived_in_a_name_tagged_a_person"),
    # a portfolio: any one word before "Affairs", and words of posts, are no body
    pytest.param("He held talks with the Minister of Foreign and CARICOM Affairs of Trinidad and Tobago , Jan Nowak .",
                 {"CARICOM": None, "CARICOM Affairs": None, "Jan Nowak": PERSON}, id="a_body_s_affairs_in_a_portfolio"),
    pytest.param("Also present was Undersecretary for Bilateral Relations and ASEAN Affairs Anna Keller .",
                 {"ASEAN": None, "Bilateral Relations": None, "Anna Keller": PERSON}, id="a_portfolio_of_relations_and_affairs"),
    pytest.param("The delegation included the Minister of Finance and Budget , Mr. Jan Nowak , and the Minister of "
                 "African Integration and Foreign Affairs , Anna Keller .",
                 {"Budget": None, "African Integration and Foreign Affairs": None, "Jan Nowak": PERSON}, id="budget_and_integration"),
    # a demonym and a title's first word tagged as a body, the title going on after it
    pytest.param("Anna Keller spoke with Kenyan Cabinet Secretary for Trade Jan Nowak on Monday .",
                 {"Kenyan Cabinet": None, "Jan Nowak": PERSON}, id="a_title_s_first_word_after_a_demonym"),
    # a given name before a surname the model tagged alone, after a post "of National Defense"
    pytest.param("They met Ruritanian Secretary of National Defense Gilberto Teodoro on Thursday .",
                 {"Gilberto Teodoro": PERSON, "National Defense": None}, id="given_name_before_a_surname_after_a_post"),
    # a big city after "in", though a given name and a dictionary word too
    pytest.param("Anna Keller met Jan Nowak at the Opposition Leader's Office in Colombo yesterday .",
                 {"Colombo": PLACE}, id="a_city_after_in_that_is_a_given_name"),
    # a body introduced with its initials, which the model took for a place
    pytest.param("Anna Keller called on Samagi Jana Balawegaya (SJB) leader Jan Nowak in Colombo .",
                 {"Samagi Jana Balawegaya": ORGANIZATION}, id="a_name_spelled_by_the_acronym_after_it"),
    # a military command, its country's letters after "of" (no sentence ends there)
    pytest.param("Admiral Jan Nowak, commander of U.S. Indo-Pacific Command, and General Ivo Marek discussed the "
                 "incident.", {"U.S. Indo-Pacific Command": ORGANIZATION, "Indo-Pacific Command": None},
                 id="a_command_after_a_country_s_letters"),
    # a body named after two countries joined by a hyphen, whose countries the model tagged: one body ("US" no stop word)
    pytest.param("Jan Nowak will meet a delegation of the US-China Business Council in Beijing. Ivo Marek, chairman of "
                 "the Zambia-China Parliamentary Friendship Group, attended. US-China trade grew.",
                 {"US-China Business Council": ORGANIZATION, "Zambia-China Parliamentary Friendship Group": ORGANIZATION,
                  "US": COUNTRY, "China": COUNTRY}, id="a_body_named_after_two_countries"),
    # a body's clipped short name in brackets right after its name, which the model took for a person everywhere
    pytest.param("The commander of United States Southern Command (SOUTHCOM), Admiral Jan Nowak, met Anna Keller in "
                 "Georgetown on Tuesday. SOUTHCOM said the talks went well.",
                 {"SOUTHCOM": ORGANIZATION, "Jan Nowak": PERSON}, id="a_body_s_clipped_name_in_brackets"),
    # initials tagged apart from the name after them; a building named "Bhavan"; a city opening a whole dateline
    pytest.param("Calcutta, Dec. 9: Hours later, Jan Nowak called on West Bengal governor C.V. Ivo Marek at Raj Bhavan .",
                 {"C.V. Ivo Marek": PERSON, "C.V.": None, "Raj Bhavan": PLACE, "Calcutta": PLACE},
                 id="initials_a_bhavan_and_a_mixed_case_dateline"),
    # a release's list of guests with their forms of address; the meeting named again in capitals is no name
    pytest.param("Prime Minister of India Shri Jan Nowak hosted the Summit, which was attended by President of "
                 "Turkmenistan H.E. Mr. Ivo Marek and President of the Kyrgyz Republic H.E. Mr. Paul Morel .",
                 {"Jan Nowak": PERSON, "Turkmenistan": COUNTRY, "Kyrgyz Republic": COUNTRY, "Summit": None,
                  "Shri Jan Nowak": None}, id="a_release_s_guests_with_forms_of_address"),
    # the writer on a byline
    pytest.param("Talks resume in Lima\n\nBy Ifeoma Nwachukwu\n\nThe two ministers met on Monday .",
                 {"Ifeoma Nwachukwu": PERSON}, id="a_byline_names_a_person"),
    # a known body's whole name over the part the model tagged as a place
    pytest.param("He is due to meet Fiji's Prime Minister Jan Nowak and Pacific Islands Forum Secretary General Ivo "
                 "Marek.", {"Pacific Islands Forum": ORGANIZATION, "Pacific Islands": None}, id="a_known_body_s_whole_name"),
    # a news outlet's journalist, whether the model tags the name as a body or not at all
    pytest.param("DW's Ritika Sharma reports from New Delhi.", {"Ritika Sharma": PERSON}, id="an_outlet_s_reporter-1"),
    pytest.param("DW's Yohannes Gebreyesus contributed reporting from Addis Ababa.", {"Yohannes Gebreyesus": PERSON},
                 id="an_outlet_s_reporter-2"),
    # a city of two words opening a dateline, in capitals: the whole city, whether the model tags a part or none
    pytest.param("KUALA LUMPUR, Oct 26 - Talks began on Sunday.", {"KUALA LUMPUR": PLACE, "KUALA": None},
                 id="a_dateline_city_of_two_words-1"),
    pytest.param("NEW DELHI, Feb 12 (Wirepress) - Talks began on Monday.", {"NEW DELHI": PLACE, "DELHI": None},
                 id="a_dateline_city_of_two_words-2"),
    # a city in capitals on a line of its own after the byline: a dateline
    pytest.param("Two envoys meet\n\nSpecial Correspondent\n\nCHENNAI\n\nIvo Marek called on Anna Keller on Tuesday.",
                 {"CHENNAI": PLACE, "Ivo Marek": PERSON}, id="a_dateline_city_on_its_own_line"),
    # a country's capital the model calls a person, given name or not; a title word inside a name opens no post
    pytest.param("The ruling was taken to the International Court of Justice in The Hague last July , Bratislava and "
                 "Budapest are also in disagreement .", {"Bratislava": PLACE, "Budapest": PLACE},
                 id="a_capital_tagged_person"),
    # a state of two words; a city after "in" before a name the model tagged; a city of syllables
    pytest.param("Consul General of Chile in Lima Jan Nowak called on Tamil Nadu Chief Minister Anna Keller on Tuesday.",
                 {"Lima": PLACE, "Jan Nowak": PERSON, "Tamil Nadu": PLACE}, id="a_state_and_a_city_before_a_name"),
    pytest.param("Prime Minister Anna Keller held talks with Northcorp Chairman Lee Jae-yong in Ha Noi on Thursday.",
                 {"Ha Noi": PLACE, "Lee Jae-yong": PERSON}, id="a_city_written_in_syllables"),
    # an event named after a body is no person ("Nato" a given name too); the two of "the U.S.-Canada relationship"
    pytest.param("The ministers will meet on the margins of the NATO Summit in The Hague .",
                 {"NATO Summit": None, "NATO": ORGANIZATION}, id="a_body_s_summit"),
    pytest.param("Anna Keller hosted Tom Reed at the Malaysia-Singapore Leaders' Retreat in Putrajaya.",
                 {"Malaysia-Singapore Leaders' Retreat": None, "Putrajaya": PLACE}, id="a_leaders_retreat"),
    pytest.param("Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held a call .",
                 {"Political Bureau of the CPC Central Committee": ORGANIZATION, "Wang Yi": PERSON},
                 id="a_body_s_name_stops_before_another_post"),
    pytest.param("The conference , held at the Pacifico Yokohama convention centre , closed on Friday .",
                 {"Pacifico Yokohama": PLACE}, id="a_convention_centre"),
    pytest.param("The Ministers welcomed the outcomes of the State Visit of Prime Minister Anna Keller to Brasília .",
                 {"State Visit": None, "Anna Keller": PERSON}, id="a_visit_capitalised"),
    pytest.param("The Secretary stressed the importance of the U.S.-Canada relationship .",
                 {"U.S.": COUNTRY, "Canada": COUNTRY, "U.S.-Canada": None}, id="an_abbreviation_hyphen_a_name"),
    # a town no gazetteer knows before its province's abbreviation in a dateline; the abbreviation no name
    pytest.param("QUORBAIE, Que. — Anna Keller sat down with Jan Nowak on Thursday .",
                 {"QUORBAIE": PLACE, "Que": None}, id="a_dateline_s_town_and_province"),
    # a country's abbreviation is no initial of a person
    pytest.param("After the program ended , the U.S. National Aeronautics and Space Administration ( NASA ) launched "
                 "the design .", {"U.S. National Aeronautics and Space Administration": ORGANIZATION},
                 id="a_country_s_abbreviation_opening_a_body"),
    # the word of a title the model calls a person is no name
    pytest.param("Chief Cabinet Secretary Tom Reed told a regular press conference that it would act.",
                 {"Cabinet": None, "Tom Reed": PERSON}, id="a_title_s_word_tagged_person"),
    # an Arabic article joined to the family name by a hyphen is part of the name
    pytest.param("In Cairo, Egyptian President Abdel Fattah el-Sissi discussed the talks in a phone call on Monday.",
                 {"Abdel Fattah el-Sissi": PERSON, "Abdel Fattah": None}, id="an_arabic_article_before_a_family_name"),
    # an agreement is no name of ours, whatever the model calls it
    pytest.param("Both sides committed to the Ankara Declaration brokered by Turkey.", {"Ankara Declaration": None},
                 id="an_agreement_s_name-1"),
    pytest.param("The Quito Accord was signed by Anna Keller.", {"Quito Accord": None, "Anna Keller": PERSON},
                 id="an_agreement_s_name-2"),
    # forms of address open no name
    pytest.param("He received H.E. Jan Nowak, Ambassador of Chile, and H.H. Sheikh Ali Nur in Lima.",
                 {"Jan Nowak": PERSON, "H.E. Jan Nowak": None, "Ali Nur": PERSON}, id="forms_of_address"),
    # a hyphenated given name after a post of a state named with "the", the model tagging the name a body elsewhere
    pytest.param("Jan Nowak had a telephone conversation with President of the Republic of Kazakhstan Kassym-Jomart "
                 "Quorbayev.\n\nKassym-Jomart Quorbayev expressed sincere condolences to the families.",
                 {"Kassym-Jomart Quorbayev": PERSON}, id="a_hyphenated_given_name_after_a_post"),
    # a family name that reads as a function word, after a title; not in a title-case headline
    pytest.param("General Secretary To Quang Hai held talks with Deputy Foreign Minister Do Van Khoa in Hanoi.",
                 {"To Quang Hai": PERSON, "Do Van Khoa": PERSON, "Van Khoa": None}, id="a_function_word_family_name"),
    pytest.param("They welcomed the call between President Anna Keller and General Secretary of the Communist Party of "
                 "Viet Nam To Quang Hai on 20 August.",
                 {"To Quang Hai": PERSON, "Communist Party of Viet Nam": ORGANIZATION},
                 id="a_function_word_family_name_after_a_body_s_post"),
    # a bureau whose affairs are listed with "and" is one body; the affairs a post is "for" are no body
    pytest.param("Ivo Marek, director-general of the Asian and Oceanian Affairs Bureau, met Anna Keller.",
                 {"Asian and Oceanian Affairs Bureau": ORGANIZATION, "Oceanian Affairs Bureau": None, "Asian": None},
                 id="a_bureau_of_affairs_listed_with_and"),
    pytest.param("Assistant Secretary of State for East Asian and Pacific Affairs Daniel Brenner met Anna Keller.",
                 {"Pacific Affairs": None, "Daniel Brenner": PERSON}, id="the_affairs_of_a_post"),
    pytest.param("Assistant Secretary of State for Pacific Affairs Daniel Brenner met Anna Keller.",
                 {"State for Pacific Affairs": None, "Daniel Brenner": PERSON}, id="the_affairs_of_a_post_of_state"),
    # portfolio words between a body and a title are the post's; a body's word in another language opens its name;
    # a Malaysian style in initials is no body; a portfolio's list after a comma is no body
    pytest.param("European Union Trade Commissioner Anna Keller met Tom Reed in Geneva.",
                 {"European Union": ORGANIZATION, "European Union Trade": None}, id="a_portfolio_between_body_and_title"),
    pytest.param("Tom Reed, an international law professor at Universitas Indonesia, said the wording was vague.",
                 {"Universitas Indonesia": ORGANIZATION, "Universitas": None}, id="a_body_s_word_before_a_country"),
    pytest.param("YAB Prime Minister Datuk Seri Anuar Hashim today received a courtesy call from Tom Reed.",
                 {"YAB": None, "Anuar Hashim": PERSON}, id="a_malaysian_style_in_initials"),
    pytest.param("The Minister of Foreign Affairs, International Trade and Worship, Anna Keller, received on Wednesday "
                 "the Minister of Foreign Affairs of Chile, Tom Reed.", {"International Trade and Worship": None,
                                                                         "Anna Keller": PERSON},
                 id="a_portfolio_list_ending_in_worship"),
    # a well-known politician's full name is a person's, whatever the model says
    pytest.param("Russian President Vladimir Putin and Tajik President Emomali Rahmon joined host Kassym-Jomart Tokayev "
                 "for talks.", {"Kassym-Jomart Tokayev": PERSON}, id="a_well_known_politician"),
    pytest.param("Anna Keller, spokeswoman for Spain's Ministry of Foreign Affairs, European Union and Cooperation, "
                 "said the talks went well.", {"Ministry of Foreign Affairs, European Union and Cooperation": ORGANIZATION,
                                               "European Union and Cooperation": None},
                 id="a_ministry_named_with_a_list_of_portfolios"),
    # the rest of a post the model tagged a person, after its title is cut off, is no name
    pytest.param("Buenos Aires, June 20, 2024 - The Minister of Foreign Affairs, International Trade and Worship, Anna "
                 "Keller, received on Wednesday at the San Martín Palace the Minister of Foreign Affairs of the Republic "
                 "of Chile, Tom Reed, within the framework of the mechanism.",
                 {"of Foreign Affairs": None, "Affairs": None, "Anna Keller": PERSON, "Tom Reed": PERSON},
                 id="the_rest_of_a_post_after_its_title"),
    pytest.param("UK and India trade ministers take stock of FTA talks in phone call", {"FTA": None, "India": COUNTRY},
                 id="an_agreement_s_initials"),
    # a style in initials before the next name is no part of a body's name
    pytest.param("Minister of State at the Ministry of Foreign Affairs HE Dr. Khalid bin Mohammed Al-Kuwari met Tom Reed "
                 "in Doha.", {"Ministry of Foreign Affairs": ORGANIZATION, "Ministry of Foreign Affairs HE": None},
                 id="a_style_in_initials_after_a_body"),
    # a name after a form of address and set off by commas goes on to the comma
    pytest.param("Senegal's Minister of Foreign Affairs, Mrs. Aïssatou Ndiaye Fall, on Tuesday received Tom Reed in "
                 "Dakar.", {"Aïssatou Ndiaye Fall": PERSON, "Aïssatou": None}, id="a_name_after_a_form_of_address"),
    # a city the model left untagged that names a meeting, though a given name too
    pytest.param("Tom Reed held a separate meeting with Anna Keller on the sidelines of the Asuncion summit.",
                 {"Asuncion": PLACE}, id="a_city_naming_a_summit"),
    pytest.param("Party chief To Hai will travel to Vientiane next week.", {"To Hai": PERSON, "Hai": None},
                 id="a_function_word_family_name_after_a_lower_case_post"),
    pytest.param("President To Visit Lima Next Week\n\nThe talks will be held in Lima.", {"To Visit": None},
                 id="no_function_word_family_name_in_a_headline"),
    # a royal title of two words: the name after it, even a town's name, and no word of the title in the name
    pytest.param("Grand Duke Ivo and Crown Princess Mary of Denmark arrived in Oslo .",
                 {"Ivo": PERSON, "Duke Ivo": None, "Mary": PERSON}, id="royal_titles_of_two_words"),
    # an envoy's post "to" a country, then the name: the country, then the person (a Korean given name's second
    # syllable too); the name set beside such a post with a comma is a person's, whatever the model's label
    pytest.param("Chung , accompanied by South Korean Ambassador to Vietnam Seo Jung-ho , met Anna Keller . They met "
                 "the Iraqi ambassador to Kuwait , Manhal Al-Safi .",
                 {"Vietnam": COUNTRY, "Seo Jung-ho": PERSON, "Manhal Al-Safi": PERSON}, id="envoys_to_a_country"),
    # a body's name of "X of Y" set before a post and a name is no person; one untagged name word between two
    # people's names joins them ("Rosa María" + "Quispe" + "Huamán")
    pytest.param("The delegation included the director general for South America of the Ministry of Foreign Affairs , "
                 "ambassador Rosa María Quispe Huamán , who will coordinate the technical working groups .",
                 {"Ministry of Foreign Affairs": ORGANIZATION, "Rosa María Quispe Huamán": PERSON},
                 id="a_ministry_before_a_post_and_a_double_family_name"),
    # a given name tagged as a place, a town's name somewhere ("Martín"), one untagged word before the family name
    pytest.param("The host, Chilean President Ana Ode, welcomed Brazil's Jan Nowak, Argentina's Martín Aldao Ferreyra "
                 "and Peru's Luis Ortega Ruiz at the summit.", {"Martín Aldao Ferreyra": PERSON, "Martín": None},
                 id="a_given_name_tagged_as_a_town"),
    # a building's name the model takes for a body, at a meeting (not when it speaks, nor where one works)
    pytest.param("Talks between Jan Nowak and Ivo Marek were held at the Quorvan Assembly Hall on Thursday. The Vellhus "
                 "Secretariat said the talks were useful. Ana Ode works at the Foreign Service Academy.",
                 {"Quorvan Assembly Hall": PLACE, "Vellhus Secretariat": ORGANIZATION,
                  "Foreign Service Academy": ORGANIZATION}, id="a_building_at_a_meeting"),
    # a given name tagged as a body, after a post: the person's name it opens
    pytest.param("Peru's foreign minister, Esteban Quorvas Villalba, declined the invitation.",
                 {"Esteban Quorvas Villalba": PERSON, "Esteban": None}, id="a_given_name_tagged_as_a_body"),
    # a fortress is a building, where one meets, not a body one works for
    pytest.param("Anna Keller will have talks with Prime Minister Jan Nowak at Vellhus Fortress on Wednesday .",
                 {"Vellhus Fortress": PLACE}, id="a_fortress"),
    # an Indian release's Hindi title ("Raksha Mantri", the defence minister) and a plural post "of" a country tagged
    # as one body: a title and a country
    pytest.param("Raksha Mantri Shri Ivo Marek held bilateral meetings with the Defence Ministers of China and Russia "
                 "in Qingdao .", {"Ivo Marek": PERSON, "Raksha Mantri Shri Ivo Marek": None, "China": COUNTRY,
                                 "Defence Ministers of China": None}, id="a_hindi_title_and_plural_posts_of_a_country"),
    # letters of honours between commas after a name name no body
    pytest.param("The Prime Minister, Dr the Hon. Ivo Marek, GCSK, FRCP, will hold a video conference with Jan Nowak . "
                 "Ann Ode, EGH, met him .", {"Ivo Marek": PERSON, "GCSK": None, "FRCP": None, "EGH": None},
                 id="honours_letters_after_a_name"),
    # a treaty's name opening with a word that may be a given name is a text, no one
    pytest.param("LUANDA, Oct 2 (Reuters) - Ann Ode said the Non-Proliferation Treaty must be respected , and Tom Reed "
                 "met Jan Nowak .", {"Non-Proliferation Treaty": None, "Oct": None, "Ann Ode": PERSON},
                 id="a_treaty_opening_with_a_given_name"),
    # a building named after a person names no one
    pytest.param("Anna Keller received Jan Nowak at the O.R. Vellhus Building in Pretoria on Thursday .",
                 {"O.R. Vellhus Building": PLACE, "Pretoria": PLACE}, id="a_building_named_after_a_person"),
    # a remit within a portfolio ("for Legal and International Affairs") tagged with its country as one body: the
    # country
    pytest.param("Anna Keller received the Deputy Minister of Foreign Affairs for Legal and International Affairs of the "
                 "Islamic Republic of Iran , Dr Jan Nowak , in Pretoria .",
                 {"Islamic Republic of Iran": COUNTRY,
                  "Legal and International Affairs of the Islamic Republic of Iran": None}, id="a_remit_of_a_portfolio"),
    # a street named after a monarch names no one
    pytest.param("Protesters marched down King Street and Queen Victoria Street in Toronto .",
                 {"Street": None, "King Street": PLACE, "Victoria": None}, id="streets_named_after_monarchs"),
    # a capitalised post of several words set beside a name before its comma makes it a person's
    pytest.param("In a statement on Wednesday, the governor's Chief Press Secretary, Gboyega Akosile-Ade, said the "
                 "talks went well.", {"Gboyega Akosile-Ade": PERSON}, id="a_capitalised_post_before_a_comma"),
    # the letters an envoy presents name no body; "Mallam" (a learned man) is a form of address, no part of the name
    pytest.param("The President on Tuesday received Letters of Credence from two newly accredited envoys.",
                 {"Letters of Credence": None}, id="letters_of_credence"),
    pytest.param("The National Security Adviser, Mallam Sani Garba, attended the meeting.",
                 {"Sani Garba": PERSON, "Mallam Sani Garba": None}, id="mallam"),
    # a board named by its kind alone is no body of its own
    pytest.param("The minister received Dai Ren, Chairman of the Board of Directors of Northtown Oil, in Astana.",
                 {"Board of Directors": None}, id="board_of_directors"),
    # a company's name glued to its chairman's, a portfolio's last word to a minister's: two names, one
    pytest.param("The meeting was also attended by Chairman of the Management Board of the national company Vellgaz "
                 "Timur Suleimenov.", {"Vellgaz": ORGANIZATION, "Timur Suleimenov": PERSON, "Management Board": None},
                 id="a_company_before_its_chairman"),
    pytest.param("In Berlin, he is scheduled to meet with Federal Minister for Economic Affairs and Energy Katherina "
                 "Reiche and to take part in a meeting.", {"Katherina Reiche": PERSON, "Energy Katherina Reiche": None},
                 id="a_portfolio_before_a_minister"),
    pytest.param("Seoul asked whether the envoy could meet Unification Minister Chung Dong-young before the trip.",
                 {"Chung Dong-young": PERSON, "Unification": None}, id="a_unification_minister"),
    # a country's post named with its portfolio, no body
    pytest.param("Ambassador Li Chenggang, China International Trade Representative and Vice Minister of Commerce, "
                 "also took part.", {"Li Chenggang": PERSON, "China International Trade Representative": None},
                 id="a_country_s_trade_representative"),
    # a known venue the model took into the name of the guest after it: the venue, then the guest
    pytest.param("The President received on Tuesday at the Palace of the Revolution Tran Cam Tu, member of the "
                 "Political Bureau, who is paying an official visit.",
                 {"Palace of the Revolution": PLACE, "Tran Cam Tu": PERSON}, id="a_venue_before_a_guest"),
    # a name opening with a given name after a capitalised post and its comma, parsed as the object of "of"
    pytest.param("The First Secretary of the Central Committee of the Communist Party of Cuba and President of the "
                 "Republic, Miguel Díaz-Canel Bermúdez, received the envoy on Tuesday.",
                 {"Miguel Díaz-Canel Bermúdez": PERSON}, id="a_name_after_a_long_post"),
    # after a post's "of", a country's whole name and then a name tagged as one: the country, then the holder (not a
    # body's words after the country)
    pytest.param("President of the Lao PDR Thongloun Sisoulith received the envoy. He also met Mr Ivo Marek, head of the Syria "
                 "Civil Defence.", {"Thongloun Sisoulith": PERSON, "Lao PDR": COUNTRY, "Syria Civil Defence": ORGANIZATION},
                 id="a_country_before_a_holder"),
    # ... but a town after a word that is also a given name, inside a longer name or after "The", stays a town
    pytest.param("BANFF, Alta. - Finance ministers wrapped up two days of talks at the Fairmont Banff Springs hotel on "
                 "Thursday. The Banff meeting was the first of several G7 gatherings.", {"Banff": PLACE, "The Banff": None},
                 id="a_town_after_a_given_name_s_word"),
    # a town's name of words joined by hyphens is one name, whatever part the model tags
    pytest.param("The foreign ministers met in Niagara-on-the-Lake on Wednesday.",
                 {"Niagara-on-the-Lake": PLACE, "Niagara": None}, id="a_hyphenated_town"),
    # a name between a sentence's opening "In" and a comma is where the sentence is set, whatever title the parser
    # hangs on it
    pytest.param("In Hargeisa, Somaliland's president, Abdirahman Mohamed Abdullahi, said on Monday that his "
                 "government had not been consulted.", {"Hargeisa": PLACE, "Abdirahman Mohamed Abdullahi": PERSON},
                 id="a_setting_opening_a_sentence"),
    # a nickname given after a titled name, or after a title alone, is a person's everywhere in the story
    pytest.param("In Hargeisa, Somaliland's president, Abdirahman Mohamed Abdullahi, known as Irro, said on Monday "
                 "that his government had not been consulted.", {"Irro": PERSON}, id="a_nickname_after_a_titled_name"),
    pytest.param("The Jubaland leader, universally known as Madobe, flew into the Kenyan capital on Friday. Kenyan "
                 "officials describe their dealings with Madobe as practical. Madobe shows no sign of backing down.",
                 {"Madobe": PERSON}, id="a_nickname_after_a_title"),
    # where one travels to or is expected at is a place
    pytest.param("Zelenskyy's office said he would still travel to Kananaskis and meet Prime Minister Mark Carney on "
                 "Tuesday. NATO Secretary General Mark Rutte is also expected at Kananaskis on Tuesday.",
                 {"Kananaskis": PLACE}, id="a_place_travelled_to"),
    # a name of three words the model cut before its possessive ("Pham Minh" + "Chinh's"), after a title
    pytest.param("Correspondents are following Prime Minister Pham Minh Chinh's programme at the summit.",
                 {"Pham Minh Chinh": PERSON}, id="a_name_cut_before_its_possessive"),
    # what only a body owns makes its owner a body: "at QatarEnergy's headquarters"
    pytest.param("He spoke to reporters at QatarEnergy's headquarters in Doha on Tuesday. There were reports that "
                 "QatarEnergy is looking at new buyers.", {"QatarEnergy": ORGANIZATION}, id="a_body_s_headquarters"),
    # a grouping of states the model cuts short
    pytest.param("PM Chinh will attend the ASEAN Plus Three summit on Monday morning.",
                 {"ASEAN Plus Three": ORGANIZATION, "ASEAN Plus": None}, id="asean_plus_three"),
    # "Ibero-American": a prefix, and no state's people
    pytest.param("The Ibero-American summit will be in Madrid next year.", {"Ibero": None, "American": None},
                 id="a_prefix_before_a_people_s_word"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", NAME_TYPES)
def test_types_in_context(nlp, text, expected):
    found = ents(nlp, text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.model
def test_missed_given_name_pairs_and_table_rows_are_added(nlp):
    found = ents(nlp, "Standings:\nNorthtown 4 3 1 0 9 3 10\nSouthville 4 2 1 1 7 5 7")
    assert found.get("Northtown") == ORGANIZATION and found.get("Southville") == ORGANIZATION


@pytest.mark.model
def test_a_name_of_dictionary_words_opening_a_sentence_before_who_is_a_person(nlp):
    found = ents(nlp, "The chief executive met them.\n\nDominic Reyes, who took charge in January, spent hours there.")
    assert found.get("Dominic Reyes") == PERSON


@pytest.mark.model
def test_a_given_name_of_two_joined_by_a_hyphen_opens_the_name(nlp):
    found = ents(nlp, "Paris, 12 June\n\nJean-Noël Quorbat, Minister for Trade, today hosted his counterparts.")
    assert found.get("Jean-Noël Quorbat") == PERSON and "Noël Quorbat" not in found


@pytest.mark.model
def test_a_post_whose_remit_no_list_knows_is_no_body_when_its_holder_follows(nlp):
    found = ents(nlp, "The leaders agreed that the Commissioner for Enlargement, Marta Quellin, would travel to "
                      "Podgorica.")
    assert "Commissioner for Enlargement" not in found and found.get("Marta Quellin") == PERSON


@pytest.mark.model
def test_a_family_name_in_capitals_and_a_post_s_remit_before_its_holder(nlp):
    found = ents(nlp, "The President received His Excellency Mr. Mohamed OULD QUORBA EL MARRAK, President of Chile. "
                      "The Chilean delegation included the Minister of Foreign Affairs, Cooperation and Chileans "
                      "Abroad, Mr. Jan NOWAK.")
    assert found.get("Mohamed OULD QUORBA EL MARRAK") == PERSON and found.get("Jan NOWAK") == PERSON
    assert "Foreign Affairs, Cooperation and Chileans Abroad" not in found
    found = ents(nlp, "He was accompanied by Chile's Minister of Social Action, Hawa Mahamat Quorn.")
    assert "Social Action" not in found and found.get("Hawa Mahamat Quorn") == PERSON


@pytest.mark.model
def test_a_rank_word_opening_a_title_or_a_body_s_name_is_no_given_name(nlp):
    found = ents(nlp, "The Secretary General of the Organization of American States, Ricardo Quorvides, received Jan "
                      "Nowak. Secretary General Quorvides said the OAS General Secretariat would help. The Secretary "
                      "General will speak at the General Debate of the UNGA.")
    assert "General" not in found and "Secretariat" not in found
    assert found.get("General Debate") != PERSON and found.get("Debate") != PERSON


@pytest.mark.model
def test_a_family_name_in_capitals_before_the_given_name_and_a_post(nlp):
    # as Japanese and Korean government releases write names
    found = ents(nlp, "QUORVATA Kenji, Prime Minister of Japan, and H.E. Mr. QUON Min-jae, Acting President of Chile, "
                      "held talks. ANZUS Pact talks followed.")
    assert found.get("QUORVATA Kenji") == PERSON and found.get("QUON Min-jae") == PERSON
    assert found.get("ANZUS Pact") != PERSON  # no post after it

    found = ents(nlp, "The Russian delegation travelled from Moscow to Ukraine.")
    assert found.get("Russian") == "NORP"
    assert found.get("Ukraine") == COUNTRY
    assert found.get("Moscow") == PLACE


@pytest.mark.model
def test_a_rare_given_name_before_common_words_is_not_a_person(nlp):
    found = ents(nlp, "The ministers met in the capital. (File Photo/Wire)\nMore talks follow.")
    assert "File Photo" not in found


@pytest.mark.model
def test_towns_acting_as_sides_in_a_sports_report_are_clubs(nlp):
    text = ("Leeds coach Tom Varley said his squad had been unlucky in the derby. Sheffield were relegated "
            "last season, and the striker scored twice in a 2-2 draw with Sheffield. The match was played "
            "in Bristol in front of a sell-out stadium.")
    found = ents(nlp, text)
    assert found.get("Sheffield") == ORGANIZATION
    assert found.get("Bristol") == PLACE


@pytest.mark.model
def test_competitions_in_a_sports_report_are_no_organisations(nlp):
    text = ("Northtown Rovers coach Tom Varley said the squad was ready for the Champions League. "
            "The striker scored twice in the league on Saturday and the club tops Group B after the match.")
    found = ents(nlp, text)
    assert "Champions League" not in found and "Group B" not in found
    assert found.get("Northtown Rovers") == ORGANIZATION


def test_an_untagged_run_of_capitalised_words_after_the_up_to_a_body_s_head_is_a_body(vocab):
    doc = doc_of(vocab, "Jo Doe of the Northtown Mediation and Conciliation Service said , and the Northtown "
                        "Mediation and Peace talks , The Vell Agency")
    assert entity_recall.body_name_end(doc[4], set()) == 9  # "Northtown Mediation and Conciliation Service"
    assert entity_recall.body_name_end(doc[13], set()) is None  # no head noun: "Peace talks"
    assert entity_recall.body_name_end(doc[20], set()) is None  # no lower-case "the" before it
    assert entity_recall.body_name_end(doc[4], {8}) is None  # the head already tagged


def test_a_name_the_model_tagged_a_person_alone_is_one_where_it_missed_it_as_a_subject(make_doc):
    # Ode met Xi . Xi flew home .  (the second "Xi", a word of the dictionary, left untagged)
    doc = make_doc([
        ("Ode", 1, "nsubj", "PROPN", "NNP", "ode", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Xi", 1, "dobj", "PROPN", "NNP", "xi", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("Xi", 5, "nsubj", "PROPN", "NNP", "xi", "O"), ("flew", 5, "ROOT", "VERB", "VBD", "fly", "O"),
        ("home", 5, "advmod", "ADV", "RB", "home", "O"), (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ])
    typed = [(doc[0:1], PERSON), (doc[2:3], PERSON)]
    found = entity_recall.missed(doc, typed, [], lambda low: low in {"xi", "home"})
    assert [(s.start, t) for s, t in found] == [(4, PERSON)]


def test_a_people_s_word_before_a_body_s_words_and_a_title_is_a_people_s(make_doc):
    # Ukrainian parliament speaker Ann Ode spoke , Ukrainian lawmakers said .
    doc = make_doc([
        ("Ukrainian", 2, "amod", "ADJ", "JJ", "ukrainian", "O"),
        ("parliament", 2, "compound", "NOUN", "NN", "parliament", "O"),
        ("speaker", 4, "compound", "NOUN", "NN", "speaker", "O"),
        ("Ann", 4, "compound", "PROPN", "NNP", "ann", "B-PERSON"),
        ("Ode", 5, "nsubj", "PROPN", "NNP", "ode", "I-PERSON"), ("spoke", 5, "ROOT", "VERB", "VBD", "speak", "O"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"), ("Ukrainian", 8, "amod", "ADJ", "JJ", "ukrainian", "O"),
        ("lawmakers", 9, "nsubj", "NOUN", "NNS", "lawmaker", "O"), ("said", 5, "ccomp", "VERB", "VBD", "say", "O"),
        (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert entity_recall.demonym_before_title(doc[0])
    assert not entity_recall.demonym_before_title(doc[7])  # a people's lawmakers: no post of a body


@pytest.mark.model
def test_a_missed_name_saying_something_is_a_person(nlp):
    found = ents(nlp, "Quorvath said on Friday he hoped to sign the deal later in the day.")
    assert found.get("Quorvath") == PERSON
    found = ents(nlp, "Parliament said on Friday it would vote on the deal.")
    assert found.get("Parliament") != PERSON


def test_wire_credits_are_not_names(vocab):
    doc = doc_of(vocab, "tags like # LoveNorthtown spread . \n jd / uhe ( Wirepress , Newsco )")
    assert lines.credit_tokens(doc) == {11, 12, 13}
    doc = doc_of(vocab, "Ann Ode ( Northtown ) said .")
    assert lines.credit_tokens(doc) == set()


@pytest.mark.model
def test_one_stray_person_label_does_not_make_a_city_a_person(nlp):
    text = ("Tomas Vrba moved to Hamburg in May. He likes Hamburg and its port. Life in Hamburg is good, "
            "he said. Can Hamburg keep him? Hamburg hopes so.")
    found = ents(nlp, text)
    assert found.get("Hamburg") != PERSON


@pytest.mark.model
def test_an_unknown_one_word_body_that_speaks_or_has_an_age_is_a_person(nlp):
    found = ents(nlp, "\" It makes me play my best tennis , \" Quorvath said .")
    assert found.get("Quorvath") == PERSON
    found = ents(nlp, "Solidarity said it would strike on Monday.")
    assert found.get("Solidarity") != PERSON


def test_an_unknown_name_tagged_as_a_place_that_meets_someone_is_a_person(make_doc):
    def doc_with(verb, lemma, dep, prep=None):
        """Ann Ode <verb> [prep] Quorvath ."""
        words = [("Ann", 1, "compound", "PROPN", "NNP", "ann", "B-PERSON"), ("Ode", 2, "nsubj", "PROPN", "NNP", "ode", "I-PERSON"),
                 (verb, 2, "ROOT", "VERB", "VBD", lemma, "O")]
        if prep:
            words.append((prep, 2, "prep", "ADP", "IN", prep, "O"))
        words += [("Quorvath", len(words) - 1 if prep else 2, dep, "PROPN", "NNP", "quorvath", "B-GPE"),
                  (".", 2, "punct", "PUNCT", ".", ".", "O")]
        doc = make_doc(words)
        return doc.ents[-1]

    def not_common(word):
        return False

    assert entity_people.person_by_role(doc_with("met", "meet", "dobj"), not_common)
    assert entity_people.person_by_role(doc_with("spoke", "speak", "pobj", "with"), not_common)
    assert not entity_people.person_by_role(doc_with("met", "meet", "pobj", "in"), not_common)  # where they met
    assert not entity_people.person_by_role(doc_with("visited", "visit", "dobj"), not_common)  # one visits places
    # missed by the model: the subject of a meeting verb, like a speaker's
    doc = make_doc([("Quorvath", 1, "nsubj", "PROPN", "NNP", "quorvath", "O"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                    ("Ode", 1, "dobj", "PROPN", "NNP", "ode", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O")])
    assert entity_people.speaker(doc[0], set(), not_common).text == "Quorvath"
    doc = make_doc([("Ode", 1, "nsubj", "PROPN", "NNP", "ode", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                    ("Quorvath", 1, "dobj", "PROPN", "NNP", "quorvath", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")])
    assert entity_people.speaker(doc[2], set(), not_common).text == "Quorvath"


@pytest.mark.model
def test_a_missed_town_is_a_place_or_in_a_match_report_a_club(nlp):
    found = ents(nlp, "Derbyshire is a county in England.")
    assert found.get("Derbyshire") == PLACE
    found = ents(nlp, "Derbyshire beat Kent by nine wickets in the championship match on Monday .")
    assert found.get("Derbyshire") == ORGANIZATION
    found = ents(nlp, "Reading is good for children.")
    assert "Reading" not in found


def test_a_small_capital_after_to_is_a_missed_town_apostrophe_and_all(vocab):
    doc = doc_of(vocab, "She flies to Nuku'alofa , then Palikir and to Palikir .")
    common = {"she", "flies", "to", "then", "and"}.__contains__
    assert entity_recall.missed_town(doc[3], common)  # a capital of 22,000 after "to", an apostrophe inside
    assert not entity_recall.missed_town(doc[6], common)  # no preposition: only cities of 100,000 or more
    assert entity_recall.missed_town(doc[9], common)


def test_a_form_of_address_opens_a_person_s_name(vocab):
    doc = doc_of(vocab, "The President , Mr Abdel Quorvani , met Mme Anta Ould Quorv El Bey and Mr President")
    assert entity_people.addressed_name(doc[4], set()).text == "Abdel Quorvani"
    assert entity_people.addressed_name(doc[9], set()).text == "Anta Ould Quorv El Bey"
    assert entity_people.addressed_name(doc[16], set()) is None  # "Mr President": a title
    assert entity_people.addressed_name(doc[1], set()) is None  # no form of address before it


def test_a_place_the_document_names_is_one_after_in_again(vocab):
    doc = doc_of(vocab, "In Quorbanks the two men held talks in Quorbanks Hall and in Nord Quorvik today")
    places = {"quorbanks", "nord quorvik"}
    assert entity_recall.named_place_words(doc[1], set(), places) == 2
    assert entity_recall.named_place_words(doc[8], set(), places) is None  # "Quorbanks Hall": a longer name
    assert entity_recall.named_place_words(doc[12], set(), places) == 14
    assert entity_recall.named_place_words(doc[1], set(), set()) is None


def test_agencies_chained_to_an_editor_s_initials_are_a_credit(vocab):
    doc = doc_of(vocab, "The trial goes on . \n tkw / Wirepress / Newsco Editor : Jo Doe")
    assert lines.credit_tokens(doc) == {8, 10}


def test_fixture_lines_name_two_clubs_and_a_city_opening_a_table_row_is_a_club(vocab):
    doc = doc_of(vocab, "NORTHTOWN AT SOUTHVILLE \n Tom Varley at Southville \n San Northtown 75 60 .556 -")
    assert sports.fixture_line(span(doc, 0, 1, "GPE")) and sports.fixture_line(span(doc, 2, 3, "GPE"))
    assert not sports.fixture_line(span(doc, 4, 6))


@pytest.mark.model
def test_a_job_word_before_a_person_s_name_is_no_part_of_it(nlp):
    found = ents(nlp, "Composer Thomas Quorvath wrote the song .")
    assert found.get("Thomas Quorvath") == PERSON and "Composer Thomas Quorvath" not in found
    found = ents(nlp, "Rose Quorvath wrote the song .")
    assert found.get("Rose Quorvath") == PERSON


@pytest.mark.model
def test_a_form_of_address_is_no_part_of_a_name_found_in_parts(nlp):
    found = ents(nlp, "The minister was accompanied by the Secretary in the Ministry of External Affairs, Shri Saurabh "
                      "Kumar, and the Ambassador of India to Indonesia, Shri Sandeep Chakravorty.")
    assert found.get("Saurabh Kumar") == PERSON and found.get("Sandeep Chakravorty") == PERSON
    assert not any(name.startswith("Shri") for name in found)


@pytest.mark.model
def test_a_capital_with_a_lower_case_link_is_one_place(nlp):
    found = ents(nlp, "Minister Ann Ode travelled to Port of Spain to take part in the meeting.")
    assert found.get("Port of Spain") == PLACE and "Spain" not in found and "Port" not in found


@pytest.mark.model
def test_a_city_of_two_words_is_a_place_though_tagged_a_person(nlp):
    found = ents(nlp, "Ann Ode said she would return to her native Punta Arenas, and Bo Pym flew to Mar del Plata.")
    assert found.get("Punta Arenas") == PLACE and found.get("Mar del Plata") == PLACE


@pytest.mark.model
def test_a_building_with_a_romance_link_is_one_place(nlp):
    found = ents(nlp, "Ann Ode was received at the Palácio do Planalto in Brasília. Bo Pym and Ann Ode met at the "
                      "Quinta de Olivos presidential residence.")
    assert found.get("Palácio do Planalto") == PLACE and "Planalto" not in found  # "do" is no verb
    assert found.get("Quinta de Olivos") == PLACE  # "the ... residence": a building, whatever its name looks like


@pytest.mark.model
def test_a_city_written_with_hyphens_is_one_place_not_a_country(nlp):
    found = ents(nlp, "Ann Ode met Bo Pym in Port-of-Spain, then flew to Aix-en-Provence. The Peru-Chile talks "
                      "went on.")
    assert found.get("Port-of-Spain") == PLACE and found.get("Aix-en-Provence") == PLACE
    assert "Spain" not in found and "Port-of-" not in found
    assert found.get("Peru") == COUNTRY and found.get("Chile") == COUNTRY  # two names, no link between them


@pytest.mark.model
def test_a_known_seat_of_government_after_at_is_the_building(nlp):
    assert ents(nlp, "Anna Keller hosted Jan Nowak at Downing Street on Sunday.").get("Downing Street") == PLACE
    assert ents(nlp, "Downing Street said the talks went well.").get("Downing Street") == ORGANIZATION


@pytest.mark.model
def test_the_names_before_a_union_name_it(nlp):
    found = ents(nlp, '"Northtown Air is seeking help," Franco Nasso from the Filt Cgil union said. Leaders of the RMT '
                      'rail union met on Monday.')
    assert found.get("Filt Cgil") == ORGANIZATION and found.get("RMT") == ORGANIZATION and "Cgil" not in found


@pytest.mark.model
def test_a_surname_the_model_typed_a_body_is_the_person_found_later(nlp):
    found = ents(nlp, "Secretary Manalo received Ambassador-designate of the Kingdom of Sweden Karin Lindqvist on Monday. "
                      "In his meeting with Ambassador-designate Lindqvist, Secretary Manalo noted the friendship.")
    assert found.get("Karin Lindqvist") == PERSON and found.get("Lindqvist") in (None, PERSON)


@pytest.mark.model
def test_a_name_listed_with_a_person_is_a_person(nlp):
    text = ("Tom Varley spoke with Foreign Minister Laurent Quorvath on Friday. "
            "Varley met with Quorvath and Hollerand before laying wreaths at the offices.")
    found = ents(nlp, text)
    assert found.get("Hollerand") == PERSON
    found = ents(nlp, "Shares in Siemens and Northcorp rose on Friday.")
    assert found.get("Northcorp") != PERSON


@pytest.mark.model
def test_an_airline_a_daily_and_a_nicknamed_person_in_running_text(nlp):
    found = ents(nlp, 'Passengers flew Air Quorvat to the coast . The left-liberal daily Szabadnep said the fares rose . '
                      'The envoy Kim Hyon-chol later met the chief executive Frederick "Fred" Quorvath in the open air .')
    assert found.get("Air Quorvat") == ORGANIZATION
    assert found.get("Szabadnep") == ORGANIZATION
    assert found.get("Kim Hyon-chol") == PERSON
    assert found.get('Frederick "Fred" Quorvath') == PERSON
    assert not any("air" in name for name in found)  # a lower-case "air" is no cue


@pytest.mark.model
def test_the_clubs_of_a_match_report_written_as_prose(nlp):
    text = ("The striker scored twice as the club won the league match , the coach said . "
            "Northby fell at the first hurdle versus Red Stag Southby , while Westby lost to Dynamo Eastby . "
            "The goalkeeper signed a new contract .")
    found = ents(nlp, text)
    assert found.get("Red Stag Southby") == ORGANIZATION
    assert found.get("Dynamo Eastby") == ORGANIZATION


@pytest.mark.model
def test_a_name_opening_a_list_of_people_the_parser_reads_as_an_apposition(nlp):
    found = ents(nlp, "The coach made changes . Quorvinha , Juan Dorrel , Mario Belvani , Kingsley Quorrez and Robert Valquist "
                      "all returned to the starting lineup .")
    assert found.get("Quorvinha") == PERSON
    found = ents(nlp, "Northland - Scorers : Liam Quorvath , Tom Delbury , Ian Marrow .")
    assert "Scorers" not in found  # a heading before a list, not one of its names


def test_a_known_body_after_another_people_s_adjective_is_not_the_known_one(vocab):
    from spacy.tokens import Doc

    from kg.nlp.entity_spans import peoples_own_body

    common = {"foreign", "office", "security", "council", "taliban"}.__contains__
    doc = Doc(vocab, words="German Foreign Office , British Foreign Office , Russian Security Council , Afghan Taliban".split())
    assert peoples_own_body("German", doc[1:3], common)  # Germany's, not the UK's Foreign Office
    assert not peoples_own_body("British", doc[5:7], common)
    assert peoples_own_body("Russian", doc[9:11], common)  # Russia's, not the UN's
    assert not peoples_own_body("Afghan", doc[13:14], common)  # one word: "the Afghan Taliban" are the Taliban


@pytest.mark.model
def test_two_countries_foreign_ministries_are_two_bodies(nlp):
    # the model tags "Russian" and "Foreign Ministry" apart here: one "Foreign Ministry" would be every country's (and
    # "Chinese Foreign Ministry" whole before its spokesperson's title)
    doc = nlp("Chinese Foreign Ministry spokesperson Lin Jian said Beijing had not been informed. "
              "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond.")
    assert {e.name for e in doc._.kg_entities if e.type == ORGANIZATION} == {"Chinese Foreign Ministry",
                                                                            "Russian Foreign Ministry"}
    # the UK's Foreign Office is known by that name; Germany's is another body
    doc = nlp("German Foreign Office spokesman Martin Giese said so.")
    assert {e.name for e in doc._.kg_entities if e.type in (ORGANIZATION, COUNTRY)} == {"Germany"}


@pytest.mark.model
def test_a_country_s_name_wins_over_a_surname_its_first_word_was_taken_for(nlp):
    # the headline's "Receives Papua" tagged a person: "Papua" is no surname inside "Papua New Guinea"; and "Norway's
    # Tore" + "Sandvik", made a person by the names listed with it, keeps the given name the model left out
    got = ents(nlp, "Minister Receives Papua New Guinea Counterpart\n\nJakarta, 21 May 2024 - The Minister of Foreign "
                    "Affairs, Ms. Ana Quorvo, received the Minister for Foreign Affairs of Papua New Guinea, Mr. Ivo "
                    "Marek, on Tuesday.")
    assert got.get("Papua New Guinea") == COUNTRY and "Papua" not in got
    got = ents(nlp, "Sweden's Jan Quorvander said Finland's Antti Quorvo and Norway's Tore Sandvik had agreed. Sandvik "
                    "told reporters the plan was sound. Sandvik ruled out talks with Russia.")
    assert got.get("Tore Sandvik") == PERSON and got.get("Sandvik") in (None, PERSON)


@pytest.mark.model
def test_a_town_s_name_cut_at_its_hyphen_is_the_town(nlp):
    got = ents(nlp, "The leaders who gathered on Monday at the Sharm el-Sheikh International Convention Centre had "
                    "reason to celebrate.")
    assert got.get("Sharm el-Sheikh") == PLACE and "Sharm" not in got


@pytest.mark.model
def test_a_name_after_a_post_goes_on_through_family_words_the_dictionary_holds_and_a_joined_article(nlp):
    found = ents(nlp, "Cuban Minister of Tourism Yamila Ortega Díaz met on Monday with a delegation of lawmakers.")
    assert found.get("Yamila Ortega Díaz") == PERSON
    found = ents(nlp, "She flew there for talks with the commander of the army, Field Marshal Khalid al-Quorvalli.")
    assert found.get("Khalid al-Quorvalli") == PERSON
    found = ents(nlp, "The Minister of Tourism Yamila said Monday it was over.")
    assert "Yamila said" not in found and "Yamila said Monday" not in found  # a verb is no family name


@pytest.mark.model
def test_a_personal_envoy_is_a_post_not_a_body(nlp):
    found = ents(nlp, "The Minister of Foreign Affairs, Mr. Marios Quorvides, received today at the Ministry of Foreign "
                      "Affairs the Personal Envoy of the United Nations Secretary-General on Cyprus, Ms. Ana Quorva.")
    assert "Personal Envoy" not in found and found.get("Ana Quorva") == PERSON


@pytest.mark.model
def test_a_kicker_and_the_section_after_its_bar_are_no_names(nlp):
    found = ents(nlp, "ANALYSIS\nHandshakes and empty chairs in New York\n\nJan Nowak met Ivo Marek in Lima on Monday.")
    assert "ANALYSIS" not in found and found.get("Jan Nowak") == PERSON
    found = ents(nlp, "ANALYSIS | MIDDLE EAST\nGulf diplomats worked the room\n\nJan Nowak met Ivo Marek in Doha.")
    assert "ANALYSIS" not in found and "MIDDLE EAST" not in found and "Middle East" not in found
    found = ents(nlp, "EXCLUSIVE: Jan Nowak meets Ivo Marek in Paris\n\nPARIS - Jan Nowak met Ivo Marek on Monday.")
    assert found.get("Ivo Marek") == PERSON  # a headline after a kicker's colon keeps its names


@pytest.mark.model
def test_a_feature_of_the_sea_is_a_place_whatever_the_model_s_label(nlp):
    found = ents(nlp, "MANILA - Chinese vessels blocked a resupply mission on Monday. Scarborough Shoal was quiet.")
    assert found.get("Scarborough Shoal") == PLACE


@pytest.mark.model
def test_a_family_name_written_with_an_arabic_article_alone_is_the_person_s(nlp):
    found = ents(nlp, "Iran's Foreign Minister held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on "
                      "Tuesday. Sudani's office said he stressed Iraq's position. Jo Rey spoke by phone with Sudani.")
    assert found.get("Sudani") == PERSON  # not the demonym "Sudani" (of Sudan)
    assert found.get("Iraqi") == "NORP"


@pytest.mark.model
def test_a_place_by_what_is_said_of_it_stays_one_whatever_else_the_model_calls_it(nlp):
    doc = nlp("Ivo Marek, King Abdullah, Abbas warn against unilateral measures at El Alamein summit\n\nPresident Ivo "
              "Marek hosted on Monday a summit with King Jan Nowak of Jordan and President Paul Morel in the "
              "Mediterranean city of El Alamein, the latest round of talks.\n\nThe meeting comes two weeks after Morel "
              "chaired a gathering of faction leaders in El Alamein on July 30.")
    assert {e.label_ for e in doc.ents if e.text == "El Alamein"} == {PLACE}


@pytest.mark.model
@pytest.mark.parametrize("text, run_on, name", [
    ("Samdech Thipadei Hun Manet Joins 4th Mekong-Lancang Leaders' Meeting via Video Link\n\nPhnom Penh, December 26 "
     "(AKP) -- Hun Manet yesterday joined the meeting.", "Hun Manet Joins", "Hun Manet"),
    # "Marks", a small Russian town in the gazetteer, and a verb of the dictionary
    ("MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n\nForeign Minister Sugiono Marks 70 Years of the Asian-African "
     "Conference at Gedung Merdeka\n\nThe Minister of Foreign Affairs, Sugiono, today led the commemoration.",
     "Sugiono Marks", "Sugiono"),
])
def test_a_headline_s_capitalised_verb_is_no_part_of_the_name_before_it(nlp, text, run_on, name):
    found = ents(nlp, text)
    assert run_on not in found and found.get(name) == PERSON


@pytest.mark.model
def test_a_known_politician_after_a_body_s_name_is_no_part_of_it(nlp):
    # "To Lam": a family name that is also a word, after "the Communist Party of Vietnam" (data/politicians.tsv)
    found = ents(nlp, "He asked Anna Keller to convey his regards to General Secretary of the Communist Party of Vietnam "
                      "To Lam and Prime Minister Jan Nowak.")
    assert found.get("To Lam") == PERSON and found.get("Communist Party of Vietnam") == ORGANIZATION


@pytest.mark.model
def test_a_dateline_s_town_with_a_particle_is_one_place(nlp):
    found = ents(nlp, "Leaders meet in Rio\n\nRio de Janeiro (ANTARA) - President Prabowo Subianto held a meeting with "
                      "Indian Prime Minister Narendra Modi on Sunday.")
    assert found.get("Rio de Janeiro") == PLACE and "Janeiro" not in found


@pytest.mark.model
def test_a_forum_s_plural_title_before_its_possessive_is_no_body(nlp):
    found = ents(nlp, "On March 6, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held the 17th "
                      "Japan-India Foreign Ministers' Strategic Dialogue with Dr. Subrahmanyam Jaishankar at Hyderabad "
                      "House in New Delhi.")
    assert not any("Ministers" in name for name in found)


@pytest.mark.model
def test_a_title_case_headline_over_a_dateline_is_read_in_running_case(nlp):
    found = ents(nlp, "Belarusian Foreign Minister Leaves Pyongyang\n\nPyongyang, August 14 (KCNA) -- Maxim Ryzhenkov "
                      "left Pyongyang on Thursday.\n\nBelarusian Foreign Minister Visits Kumsusan Palace of the Sun\n\n"
                      "Pyongyang, August 14 (KCNA) -- Maxim Ryzhenkov visited the palace.")
    assert not any(name.startswith(("Leaves", "Visits")) for name in found)


@pytest.mark.model
def test_a_portfolio_before_a_title_of_two_words_is_no_body(nlp):
    found = ents(nlp, "Kenya's Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary Musalia Mudavadi also took "
                      "part in Tuesday's talks.")
    assert not any("Cabinet" in name for name in found) and found.get("Musalia Mudavadi") == PERSON


@pytest.mark.model
def test_a_body_s_remit_goes_on_through_its_and_and_no_person_takes_its_last_word(nlp):
    found = ents(nlp, "The Serbian president was accompanied by Petar Petkovic, head of the Serbian government's Office "
                      "for Kosovo and Metohija.")
    assert found.get("Office for Kosovo and Metohija") == ORGANIZATION
    found = ents(nlp, "The meeting was also attended by the Director of the Government of Serbia's Office for Kosovo "
                      "and Metohija Petar Petković, Foreign Minister Marko Đurić and the Head of the EU Delegation.")
    assert found.get("Petar Petković") == PERSON and not any(name.startswith("Metohija") for name in found)
    # but not through another post after the "and"
    found = ents(nlp, "Xi Jinping, General Secretary of the Workers' Party of Korea and President Kim Jong Un met.")
    assert not any(name.endswith("and President") for name in found)


@pytest.mark.model
@pytest.mark.parametrize("text,name,label", [
    # a venue the model ran on through "with" ends before it
    pytest.param("On the afternoon of September 2, President Xi Jinping met at the Great Hall of the People with "
                 "Kyrgyz President Sadyr Japarov, who is in Beijing for the commemorations.",
                 "Great Hall of the People", PLACE, id="a-venue-then-with"),
    # a name set off by commas goes on through its untagged family names, and through one with an apostrophe inside
    pytest.param("Later in the day, Minister Martínez was received by the Secretary of the Interior, Rosa Icela "
                 "Rodríguez Velázquez, at the Palacio de Cobián.", "Rosa Icela Rodríguez Velázquez", PERSON,
                 id="family-names-set-off-by-commas"),
    pytest.param("The first meeting was with the host, Samoa's Prime Minister Fiamē Naomi Mata'afa, on Wednesday.",
                 "Fiamē Naomi Mata'afa", PERSON, id="a-family-name-with-an-apostrophe"),
    # a state guest house is a place, named with its own capitalised words
    pytest.param("According to KCNA, Kim met Wang at the Paekhwawon State Guest House and the two had a candid "
                 "conversation.", "Paekhwawon State Guest House", PLACE, id="a-state-guest-house"),
    # a Malay lineage style inside a name, before the father's name; a one-word name after a portfolio's last word
    pytest.param("Malaysian Ambassador to Indonesia Syed Md Hasrin Tengku Hussin told the paper it was fine.",
                 "Syed Md Hasrin Tengku Hussin", PERSON, id="a-malay-lineage-style-inside"),
    pytest.param("Minister of Migrant Worker Protection Mukhtarudin said he had met Steven Sim last week.",
                 "Mukhtarudin", PERSON, id="a-one-word-name-after-a-portfolio"),
])
def test_a_name_the_model_cut_or_ran_on_is_whole(nlp, text, name, label):
    assert ents(nlp, text).get(name) == label
