"""kg/nlp/affiliations.py: represents from titles, appositions, possessives, copulas and verbs.

The rule test runs the alias resolver and the relation extractor on a hand-built parse (no
model); the end-to-end cases (marked ``model``) run the whole pipeline on short sentences
written for these tests.
"""

import pytest

from kg.model import AFFILIATION, OCCURRED
from test_relations import name, run, t


def test_affiliation_from_a_title_and_an_apposition(make_doc):
    # Russian spokesman Ann Ode met Bo Pym , envoy of Sudria .
    doc = make_doc([
        t("Russian", 3, "amod", "ADJ", "B-NORP"), t("spokesman", 3, "compound", "NOUN"),
        t("Ann", 3, "compound", "PROPN", "B-Person"), t("Ode", 4, "nsubj", "PROPN", "I-Person"),
        t("met", 4, "ROOT", "VERB", lemma="meet"), t("Bo", 6, "compound", "PROPN", "B-Person"),
        t("Pym", 4, "dobj", "PROPN", "I-Person"), t(",", 6, "punct", "PUNCT", tag=","),
        t("envoy", 6, "appos", "NOUN"), t("of", 8, "prep", "ADP"), t("Sudria", 9, "pobj", "PROPN", "B-Country"),
        t(".", 4, "punct", "PUNCT"),
    ])
    got = [e for e in run(doc) if e[0] == AFFILIATION]
    assert got == [
        (AFFILIATION, ("Ann Ode",), "Russia", OCCURRED, None, "title-before"),
        (AFFILIATION, ("Bo Pym",), "Sudria", OCCURRED, None, "apposition"),
    ]


def test_a_conjunct_of_a_representative_titled_by_another_body_stands_in_for_no_one(make_doc):
    # Sudria was represented by its minister , Bo Pym , and UN envoy Ann Ode spoke .  (Ode parsed as Pym's conjunct)
    doc = make_doc([
        t("Sudria", 2, "nsubjpass", "PROPN", "B-Country"), t("was", 2, "auxpass", "AUX", lemma="be"),
        t("represented", 2, "ROOT", "VERB", lemma="represent", tag="VBN"), t("by", 2, "agent", "ADP"),
        t("its", 5, "poss", "PRON", tag="PRP$"), t("minister", 3, "pobj", "NOUN"), t(",", 5, "punct", "PUNCT", tag=","),
        t("Bo", 8, "compound", "PROPN", "B-Person"), t("Pym", 5, "appos", "PROPN", "I-Person"),
        t(",", 8, "punct", "PUNCT", tag=","), t("and", 8, "cc", "CCONJ"),
        t("UN", 14, "compound", "PROPN", "B-Organization"), t("envoy", 14, "compound", "NOUN"),
        *name(13, 8, "conj"), t("spoke", 2, "conj", "VERB", lemma="speak"), t(".", 2, "punct", "PUNCT"),
    ])
    got = {(e[1], e[2], e[5]) for e in run(doc) if e[0] == AFFILIATION}
    assert (("Bo Pym",), "Sudria", "represented-by") in got
    assert not any(names == ("Ann Ode",) and party == "Sudria" for names, party, _ in got)


def test_a_representative_whose_first_name_is_parsed_as_a_preposition_stands_in(make_doc):
    # Sudria was represented by Than Ode .  ("Than" parsed as a preposition, "Ode" its object)
    doc = make_doc([
        t("Sudria", 2, "nsubjpass", "PROPN", "B-Country"), t("was", 2, "auxpass", "AUX", lemma="be"),
        t("represented", 2, "ROOT", "VERB", lemma="represent", tag="VBN"), t("by", 2, "agent", "ADP"),
        t("Than", 3, "prep", "ADP", "B-Person"), t("Ode", 4, "pobj", "PROPN", "I-Person"), t(".", 2, "punct", "PUNCT"),
    ])
    got = [(e[1], e[2], e[5]) for e in run(doc) if e[0] == AFFILIATION]
    assert got == [(("Than Ode",), "Sudria", "represented-by")]


def test_a_rank_abbreviation_taken_for_a_name_does_not_end_the_title(make_doc):
    # The ship sank , said Coast Guard Lt . Tom Reed .  ("Lt" tagged as a person by the model)
    doc = make_doc([
        t("The", 1, "det", "DET"), t("ship", 2, "nsubj", "NOUN"), t("sank", 4, "ccomp", "VERB", lemma="sink"),
        t(",", 4, "punct", "PUNCT", tag=","), t("said", 4, "ROOT", "VERB", lemma="say"),
        t("Coast", 6, "compound", "PROPN", "B-Organization"), t("Guard", 10, "compound", "PROPN", "I-Organization"),
        t("Lt", 10, "compound", "PROPN", "B-Person"), t(".", 10, "compound", "PROPN"),
        t("Tom", 10, "compound", "PROPN", "B-Person"), t("Reed", 4, "nsubj", "PROPN", "I-Person"),
        t(".", 4, "punct", "PUNCT"),
    ])
    got = [e for e in run(doc) if e[0] == AFFILIATION]
    assert got == [(AFFILIATION, ("Tom Reed",), "Coast Guard", OCCURRED, None, "title-before")]


def test_a_person_before_a_title_still_ends_it(make_doc):
    # Ann Ode Coast Guard spokesman Tom Reed .  (a whole name, not an abbreviation: Ann Ode holds no title)
    doc = make_doc([
        t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 6, "nsubj", "PROPN", "I-Person"),
        t("Coast", 3, "compound", "PROPN", "B-Organization"), t("Guard", 4, "compound", "PROPN", "I-Organization"),
        t("spokesman", 6, "compound", "NOUN"), t("Tom", 6, "compound", "PROPN", "B-Person"),
        t("Reed", 6, "ROOT", "PROPN", "I-Person"), t(".", 6, "punct", "PUNCT"),
    ])
    got = [(e[1], e[2]) for e in run(doc) if e[0] == AFFILIATION]
    assert got == [(("Tom Reed",), "Coast Guard")]


def test_a_school_typed_as_a_place_is_an_employer(make_doc):
    # Ann Ode of the Eastfield School disagreed .  /  Ann Ode of the Eastfield Park disagreed .
    def doc_with(word):
        return make_doc([
            t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 6, "nsubj", "PROPN", "I-Person"),
            t("of", 1, "prep", "ADP"), t("the", 5, "det", "DET"), t("Eastfield", 5, "compound", "PROPN", "B-Place"),
            t(word, 2, "pobj", "PROPN", "I-Place"), t("disagreed", 6, "ROOT", "VERB", lemma="disagree"),
            t(".", 6, "punct", "PUNCT"),
        ])

    assert [(e[1], e[2]) for e in run(doc_with("School")) if e[0] == AFFILIATION] == [(("Ann Ode",), "Eastfield School")]
    assert [e for e in run(doc_with("Park")) if e[0] == AFFILIATION] == []


REPRESENTS = [
    pytest.param("Russian Foreign Minister Sergei Lavrov met Jean-Noel Barrot in Paris.",
                 [("Sergei Lavrov", "Russia", "title-before")], id="title-before"),
    pytest.param("Dmitry Peskov, spokesman for the Kremlin, said the call went well.",
                 [("Dmitry Peskov", "Kremlin", "apposition")], id="apposition"),
    pytest.param("Ukraine's Andriy Sybiha arrived in Warsaw.", [("Andriy Sybiha", "Ukraine", "possessive")],
                 id="possessive"),
    pytest.param("Marek Dvorak of the European Commission declined to comment.",
                 [("Marek Dvorak", "European Commission", "name-of")], id="x-of-y"),
    pytest.param("Ilse Brandt is the director of the Vienna Institute for Peace Studies.",
                 [("Ilse Brandt", "Vienna Institute for Peace Studies", "copula")], id="copula"),
    pytest.param("US President Donald Trump is expected to speak with his Russian counterpart Vladimir Putin on Tuesday.",
                 [("Donald Trump", "United States", "title-before"), ("Vladimir Putin", "Russia", "title-before")],
                 id="counterpart"),
    pytest.param("Anna Keller criticised Paul Morel over the tariffs.", [], id="no-title"),
]


REPRESENTS_MORE = [
    # a post a body's name holds, its holder after a comma and a style; a post "in" a country, then its holder
    pytest.param("The Minister of Foreign Affairs, Jan Nowak, today received the United Nations High Commissioner for "
                 "Refugees, H.E. Dr. Anna Keller, in Kampala. The meeting was also attended by the UNHCR Representative "
                 "in Uganda, Ms. Tom Reed.", [("Anna Keller", "UNHCR", "title-before"),
                                              ("Tom Reed", "UNHCR", "title-before"),
                                              ("Jan Nowak", "Uganda", "host-country")], id="a-post-a-body-s-name-holds"),
    # "as" a post right after a name: the post taken
    pytest.param("Anna Keller attended the inauguration of Jan Nowak as President of the United Mexican States. Later, "
                 "the Mexican President received Keller at the National Palace.",
                 [("Jan Nowak", "Mexico", "apposition")], id="as-a-post-after-a-name"),
    # a style (and a rank) after a body's name before a person's is the person's, no part of the body's name
    pytest.param("Prime Minister Anna Keller met today in Doha with Director of the Central Intelligence Agency of the "
                 "United States of America HE Jan Nowak and Head of the General Intelligence Service of the Arab Republic "
                 "of Egypt HE Major General Ivo Marek.",
                 [("Jan Nowak", "Central Intelligence Agency of the United States of America", "title-before"),
                  ("Ivo Marek", "General Intelligence Service of the Arab Republic of Egypt", "title-before")],
                 id="a-style-after-a-body-s-name"),
    # Kenya's "CS" (Cabinet Secretary) is a title, no part of the name nor the portfolio a body
    pytest.param("NAIROBI - Prime Cabinet Secretary and Foreign Affairs CS Anna Keller said Kenya stood ready to host a "
                 "summit.", [("Anna Keller", "Kenya", "title-context")], id="a-cabinet-secretary-written-cs"),
    # a rapporteur and a mediator hold posts
    pytest.param("Anna Keller, the UN special rapporteur on human rights in Myanmar, met African Union mediator Paul "
                 "Morel.", [("Anna Keller", "United Nations", "apposition"), ("Paul Morel", "African Union",
                                                                              "title-before")],
                 id="a-rapporteur-and-a-mediator"),
    # a post taken "military-appointed" keeps its owner
    pytest.param("The minister said Myanmar's military-appointed Foreign Minister Ann Ode had confirmed she would attend "
                 "the meeting in Kuala Lumpur.", [("Ann Ode", "Myanmar", "title-before")],
                 id="a-military-appointed-minister"),
    # the object of a clause before the name's comma is no title of the name: "see the American envoy, X said"
    pytest.param("Asked by reporters on Wednesday whether he would see the American envoy, Ann Ode said his schedule "
                 "did not allow it.", [], id="the-object-of-a-clause-before"),
    # a region's post with adjectives between "of" and the region's name
    pytest.param("Ann Ode is expected to travel to Erbil on Friday to meet Jan Nowak, prime minister of the autonomous "
                 "Kurdistan Region, according to the regional government.",
                 [("Jan Nowak", "Kurdistan Region", "apposition")], id="prime-minister-of-the-autonomous-region"),
    # "X, the latest in a string of visits by the Russian general": an event set beside the name, not X's post
    pytest.param("NIAMEY, Aug 21 (AFP) - Russian Deputy Defence Minister Ivo Marek was received on Wednesday by Niger's "
                 "military ruler General Jan Nowak, the latest in a string of visits by the Russian general to Sahel "
                 "states.", [("Ivo Marek", "Russia", "title-before"), ("Jan Nowak", "Niger", "title-before")],
                 id="visits-set-beside-a-name"),
    # "a delegation from X led by Y", the clause hung on X: Y leads X's delegation
    pytest.param("Minister Ann Ode received at the Ministry a delegation from the United Arab Emirates led by H.E. Mr "
                 "Jan Nowak, Minister of State.", [("Jan Nowak", "United Arab Emirates", "delegation-member")],
                 id="leads-a-delegation-from-a-country"),
    # the clause hung on the delegation; the name set after its title and a comma, the title the object of "by"
    pytest.param("Ann Ode hosted a delegation from Peru led by Jan Nowak. On Tuesday, she hosted a delegation from the "
                 "Republic of South Sudan led by the Minister of Presidential Affairs, Hon. Ivo Marek, in Nairobi.",
                 [("Jan Nowak", "Peru", "delegation-member"), ("Ivo Marek", "South Sudan", "delegation-member")],
                 id="leads-a-delegation-from-a-country-after-a-title"),
    # a portfolio in brackets inside the post before a name (no sentence ends at its bracket); the next item's post
    # after the name's comma, its holder unrecognised, is not the name's
    pytest.param("Uganda's Minister of State for Foreign Affairs (Regional Cooperation) Jan Nowak, Tanzania's Deputy "
                 "Minister for Foreign Affairs and East African Cooperation Hamisi Mwinyimvua Juma and Kenya's Trade "
                 "Minister Ivo Marek attended.", [("Jan Nowak", "Uganda", "title-before"),
                                                  ("Ivo Marek", "Kenya", "title-before")],
                 id="a-bracketed-portfolio-in-a-list"),
    # two sides' lists, each closed by its side, a post with a body's name in the second: the side after each name
    pytest.param("The talks included Foreign Minister Jan Nowak and Adviser Ivo Marek on the Indian side, and Defence "
                 "Minister Ann Ode and Cy Lund, head of the Russian Direct Investment Fund, on the Russian side.",
                 [("Jan Nowak", "India", "side-led"), ("Ivo Marek", "India", "side-led"),
                  ("Ann Ode", "Russia", "side-led"), ("Cy Lund", "Russian Direct Investment Fund", "apposition"),
                  ("Cy Lund", "Russia", "side-led")],
                 id="two-sides-lists"),
    # a retired officer's "(rtd)" between the rank and the name; an envoy's host's short name is no party of theirs
    pytest.param("Ghana's Special Envoy to the Alliance of Sahel States (AES), Brigadier General (rtd) Jan Nowak, has "
                 "held talks in Ouagadougou with Burkina Faso's transitional president, Captain Ivo Marek.",
                 [("Jan Nowak", "Ghana", "title-before"), ("Ivo Marek", "Burkina Faso", "title-before")],
                 id="a-retired-envoy-to-a-body"),
    # a portfolio listed with commas; honours' letters and a generation's suffix between the name and its post
    pytest.param("Sayyid Badr received a telephone call from the Rt Hon Ann Ode, Secretary of State for Foreign, "
                 "Commonwealth and Development Affairs of the United Kingdom, who was visiting Doha.",
                 [("Ann Ode", "United Kingdom", "apposition")], id="a-portfolio-listed-with-commas"),
    pytest.param("Ann Ode, EGH, Chief of the Defence Forces of Kenya, held talks with Jan Nowak.",
                 [("Ann Ode", "Kenya", "apposition")], id="honours-letters-before-the-post"),
    pytest.param("Jan Nowak, Jr., chairman of the Joint Chiefs of Staff, also took part in the talks.",
                 [("Jan Nowak", "Joint Chiefs of Staff", "apposition")], id="a-suffix-before-the-post"),
    # the officials listed "from the Azerbaijani side", a post's "of" among them; a delegation's second member
    # parsed as the first one's apposition; "X's ruling Y party" (a people's adjective opening no person's name)
    pytest.param("The talks were attended by Prime Minister Anna Keller and Minister of Economy Jan Nowak from the "
                 "Azerbaijani side, and by Foreign Minister Ivo Marek from the Georgian side.",
                 [("Anna Keller", "Azerbaijan", "side-led"), ("Jan Nowak", "Azerbaijan", "side-led"),
                  ("Ivo Marek", "Georgia", "side-led")], id="from-the-x-side"),
    # the side named before its list: on the verb, or as the conjunct of the first list's "by"
    pytest.param("The talks were attended, on the Mauritanian side, by the Ambassador of Mauritania to Morocco, Anna "
                 "Keller, and on the Moroccan side, by the Director General of Bilateral Relations at the Ministry, "
                 "Jan Nowak.", [("Anna Keller", "Mauritania", "title-before"), ("Jan Nowak", "Morocco", "side-led")],
                 id="on-the-x-side-by-before-its-list"),
    pytest.param("On the Kenyan side, they were attended by Anna Keller, Cabinet Secretary for Foreign Affairs, and "
                 "Jan Nowak, Cabinet Secretary for Trade.", [("Anna Keller", "Kenya", "side-led"),
                                                              ("Jan Nowak", "Kenya", "side-led")],
                 id="on-the-x-side-opening-the-sentence"),
    pytest.param("The Kyrgyz delegation included Minister of Economy and Commerce Anna Keller and Minister of Energy "
                 "Jan Nowak.", [("Anna Keller", "Kyrgyzstan", "delegation-member"),
                                ("Jan Nowak", "Kyrgyzstan", "delegation-member")], id="a-delegation-s-second-member"),
    # a post only one state has, told after a headline's bare "Secretary X"
    pytest.param("Secretary Keller's Call with Canadian Foreign Minister Nowak\n\nSecretary of State Anna Keller spoke "
                 "today with Canadian Foreign Minister Jan Nowak about the U.S.-Canada relationship.",
                 [("Jan Nowak", "Canada", "title-before"), ("Anna Keller", "United States", "title-nation")],
                 id="secretary-of-state-after-a-headline"),
    pytest.param("Nowak's ruling Georgian Dream party won the vote.", [("Nowak", "Georgian Dream", "possessor")],
                 id="x-s-ruling-party"),
    # a region before a title of two words, and after "the Governor of"; a list that puts each post first
    pytest.param("Punjab Chief Minister Anna Keller met Jan Nowak.", [("Anna Keller", "Punjab", "title-before")],
                 id="region-chief-minister-x"),
    # a region that is also a given name, before a title; one of the states named with "State"; a region's president
    pytest.param("Assam Chief Minister Anna Keller met Jan Nowak.", [("Anna Keller", "Assam", "title-before")],
                 id="a-region-named-like-a-person"),
    pytest.param("Governor Ivo Marek of Lagos State received Jan Nowak.", [("Ivo Marek", "Lagos State", "name-of")],
                 id="governor-x-of-a-state"),
    # Yonhap's short forms: "S. Korea", "FM"; and no South Korean in "N. Korean" (its people's word of two untagged)
    pytest.param("SEOUL, Aug. 5 (Yonhap) - S. Korea's FM Ann Ode met Jan Nowak in Busan. N. Korean FM Ivo Marek was "
                 "not invited.", [("Ann Ode", "South Korea", "title-before")], id="s-korea-s-fm"),
    pytest.param("Ivo Marek will hold talks with Sarawak Premier Tan Sri Jan Nowak.",
                 [("Jan Nowak", "Sarawak", "title-before")], id="a-region-s-premier-styled"),
    # a state's people's word: the state's post, not the country's (nor the country of the story's other posts)
    pytest.param("Polish Foreign Minister Ivo Marek met Bavarian Minister-President Anna Keller and Andalusian "
                 "President Jan Nowak on Tuesday.", [("Ivo Marek", "Poland", "title-before"),
                                                     ("Anna Keller", "Bavaria", "title-before"),
                                                     ("Jan Nowak", "Andalusia", "title-before")],
                 id="a-state-s-people-s-word"),
    pytest.param("He will also meet Bougainville President Anna Keller.",
                 [("Anna Keller", "Bougainville", "title-before")], id="a-region-s-president"),
    pytest.param("She was received by the Governor of California, Anna Keller, the Mayor of Paris, Jan Nowak, and the "
                 "Governor of Bihar, Ivo Marek.", [("Anna Keller", "California", "title-before"),
                                                  ("Jan Nowak", "Paris", "title-before"),
                                                  ("Ivo Marek", "Bihar", "title-before")], id="posts-first-list"),
    # a remit after "for" behind another's post: the UN's, not the country's nor the people's it serves
    pytest.param("Ivo Marek was accompanied by Jan Nowak, the UN's humanitarian coordinator for Afghanistan.",
                 [("Jan Nowak", "United Nations", "apposition")], id="the-un-s-coordinator-for-x"),
    pytest.param("AMMAN, Jan 28 - The head of the UN agency for Palestinian refugees, Jan Nowak, on Saturday urged "
                 "countries to reconsider.", [("Jan Nowak", "United Nations", "title-before")],
                 id="agency-for-a-people-s-refugees"),
    pytest.param("The Lebanese delegation was headed by Brigadier General Jan Nowak, the Lebanese government's "
                 "coordinator to UNIFIL.", [("Jan Nowak", "Lebanon", "apposition")], id="the-government-s-coordinator-to-y"),
    # "PNG" is Papua New Guinea; "Armed Forces" a portfolio after a people's adjective
    pytest.param("PNG Defence Minister Anna Keller met Ivo Marek in Canberra.",
                 [("Anna Keller", "Papua New Guinea", "title-before")], id="png"),
    pytest.param("Ivo Marek also spoke with French Armed Forces Minister Anna Keller.",
                 [("Anna Keller", "France", "title-before")], id="armed-forces-minister"),
    # a party's parliamentary group leads through its adjective; a national army is a body of the state
    pytest.param("CDU parliamentary group leader Tom Reed mocked the overnight session.",
                 [("Tom Reed", "Christian Democratic Union", "title-before")], id="party-parliamentary-group-leader"),
    pytest.param("General Ivo Marek held talks with the Chief of Defence of the Bundeswehr, General Tom Reed, on "
                 "training areas.", [("Tom Reed", "Bundeswehr", "title-before")], id="chief-of-defence-of-the-bundeswehr"),
    pytest.param("India will be represented at the parade by Minister of State for Defence Tom Reed, officials said.",
                 [("Tom Reed", "India", "represented-by")], id="represented-by-a-minister-of-state-for-x"),
    pytest.param("The United States was represented by a delegation headed by Interior Secretary Anna Keller.",
                 [("Anna Keller", "United States", "represented-by")], id="represented-by-a-delegation-headed-by"),
    pytest.param("The Estonian side was represented by Prime Minister Anna Keller and Foreign Minister Tom Reed.",
                 [("Anna Keller", "Estonia", "represented-by"), ("Tom Reed", "Estonia", "represented-by")],
                 id="a-country-s-side-represented-by-two"),
    # what the holder of a post did is no party of the post; a title to its last word is no name
    pytest.param("SEOUL, July 27 - North Korean leader Kim Jong Un received Russian Defence Minister Sergei Shoigu in "
                 "Pyongyang on Wednesday. Shoigu is the first Russian defence minister to visit North Korea since the "
                 "collapse of the Soviet Union.", [("Kim Jong Un", "North Korea", "title-before"),
                                                   ("Sergei Shoigu", "Russia", "title-before")],
                 id="the-first-minister-to-visit-x"),
    pytest.param("Anna Keller attended, as did Gen. Jan Nowak, NATO's Supreme Allied Commander Europe (SACEUR).",
                 [("Jan Nowak", "NATO", "apposition")], id="supreme-allied-commander-europe"),
    # a region's people ("Latin American") are no state's; a pope is no president
    pytest.param("Around 250,000 people attended the funeral. Francis, the first Latin American pope, died on Easter "
                 "Monday aged 88.", [], id="latin-american"),
    pytest.param("North Macedonian Prime Minister Hristijan Mickoski met Jan Nowak.",
                 [("Hristijan Mickoski", "North Macedonia", "title-before")], id="a-guard-north-macedonian"),
    pytest.param("Donald Trump and Volodymyr Zelensky held a brief meeting before the funeral of Pope Francis. The "
                 "Ukrainian president called it a good meeting.",
                 [("Volodymyr Zelensky", "Ukraine", "title-phrase")], id="a-pope-is-no-president"),
    # a portfolio of several words is no body
    pytest.param("Ivo Marek, Minister of Road Transport and Highways, and Anna Keller, Minister of Ports, Shipping and "
                 "Waterways, called on him.", [], id="portfolios-of-several-words"),
    pytest.param("Ilse Brandt, a professor of law at Northtown University and honorary president of the Ruritanian "
                 "Bar Association, died on Monday.",
                 [("Ilse Brandt", "Northtown University", "apposition"),
                  ("Ilse Brandt", "Ruritanian Bar Association", "apposition")], id="coordinated-appositions"),
    pytest.param("Marek Dvorak, the Vienna attorney representing Northtown Holdings, declined to comment.",
                 [("Marek Dvorak", "Northtown Holdings", "verb")], id="apposition-with-a-verb"),
    pytest.param("Tomas Vrba plays for Northtown Rovers and scored twice on Saturday.",
                 [("Tomas Vrba", "Northtown Rovers", "verb")], id="plays-for"),
    pytest.param("Ilse Brandt taught at Northtown University and the Ruritanian War College.",
                 [("Ilse Brandt", "Northtown University", "verb"), ("Ilse Brandt", "Ruritanian War College", "verb")],
                 id="coordinated-objects"),
    pytest.param("Tomas Vrba played against Northtown Rovers on Saturday.", [], id="plays-against"),
    pytest.param("The mayor met Tomas Vrba ( Northtown Liberal Party ) on Monday.",
                 [("Tomas Vrba", "Northtown Liberal Party", "bracket")], id="party-in-brackets"),
    pytest.param("The mayor met Tomas Vrba ( 53 ) on Monday.", [], id="age-in-brackets"),
    pytest.param("Tomas Vrba of the Northtown Dockers union said the strike would go on.",
                 [("Tomas Vrba", "Northtown Dockers", "name-of")], id="of-the-y-union"),
    pytest.param("Ilse Brandt is a political scientist with the Centre for Northtown Studies.",
                 [("Ilse Brandt", "Centre for Northtown Studies", "copula")], id="copula-with"),
    pytest.param("\"It was a good year,\" said Quorvex CEO Tomas Vrba on Monday.",
                 [("Tomas Vrba", "Quorvex", "title-before")], id="company-before-a-title"),
    pytest.param("The crop needs more water, said Ann Ode, an ecologist and entomologist at Northtown University.",
                 [("Ann Ode", "Northtown University", "apposition-job")], id="job-noun-in-apposition"),
    pytest.param("Ilse Brandt, a research fellow at the Institute of Northtown Studies, used a new method.",
                 [("Ilse Brandt", "Institute of Northtown Studies", "apposition")], id="fellow-in-apposition"),
    pytest.param("In May, Portugal's former military intelligence chief, Ann Ode, was sentenced to ten years in prison.",
                 [("Ann Ode", "Portugal", "title-before")], id="nouns-inside-a-title"),
    pytest.param("Quorvex oil division chief Tomas Vrba said sales fell.",
                 [("Tomas Vrba", "Quorvex", "title-before")], id="company-nouns-title"),
    pytest.param("PSD ( Northtown Liberal Party ) leader Ann Ode said she hoped the decision would stand.",
                 [("Ann Ode", "Northtown Liberal Party", "title-before")], id="party-full-name-in-brackets-before"),
    pytest.param("Tomas Vrba, deputy leader of the Socialist opposition party ( NSP ), called the reform a slap in the face.",
                 [("Tomas Vrba", "NSP", "apposition")], id="party-short-name-in-brackets-after"),
    pytest.param("Northtown Rail will add two trains next year, said spokeswoman Ann Ode.",
                 [("Ann Ode", "Northtown Rail", "speaker")], id="speaker-for-the-subject-of-the-quote"),
    pytest.param("Northtown Rail will add two trains next year, said Ann Ode, a senior manager.",
                 [("Ann Ode", "Northtown Rail", "speaker")], id="manager-for-the-subject-of-the-quote"),
    # a leader of the opposition speaks against the body they talk of, not for it
    pytest.param("Northtown Rail will add two trains next year, said Opposition Leader Ann Ode.", [],
                 id="no-speaker-for-what-the-opposition-says"),
    pytest.param("Northtown Motors ' chief negotiator , Tomas Vrba , was in Berlin on Tuesday.",
                 [("Tomas Vrba", "Northtown Motors", "title-before")], id="plural-possessive-before-a-title"),
    pytest.param("The new Lithuanian president , Ann Ode , has not yet signed the law.",
                 [("Ann Ode", "Lithuania", "title-before")], id="untagged-demonym-before-a-title"),
    pytest.param("Quorvex spokesmen Tomas Vrba and Ann Ode declined to comment.",
                 [("Tomas Vrba", "Quorvex", "title-before"), ("Ann Ode", "Quorvex", "title-before")],
                 id="one-plural-title-for-two-names"),
    pytest.param("Quorvex spokesman Tomas Vrba and Ann Ode declined to comment.",
                 [("Tomas Vrba", "Quorvex", "title-before")], id="a-singular-title-is-the-first-name-s"),
    pytest.param("Ann Ode is a wildlife veterinarian who has worked for the Northtown Animal Trust for ten years.",
                 [("Ann Ode", "Northtown Animal Trust", "verb")], id="copula-then-who-works-for"),
    pytest.param("\"He loved music,\" explained Ilse Brandt from the Quorvath Museum in Northtown.",
                 [("Ilse Brandt", "Quorvath Museum", "name-of")], id="from-an-institution"),
    pytest.param("Ilse Brandt set up the Northtown Freedom Alliance because she found it necessary.",
                 [("Ilse Brandt", "Northtown Freedom Alliance", "verb")], id="founder-set-up"),
    pytest.param("Tomas Vrba, who established the Quorvath Foundation in 1990, died on Monday.",
                 [("Tomas Vrba", "Quorvath Foundation", "verb")], id="founder-who-established"),
    pytest.param("On Saturday, Green party politician Ann Ode told reporters it was terrible.",  # the Greens, by name
                 [("Ann Ode", "Greens", "title-before")], id="party-adjective-before-party-and-title"),
    pytest.param("On Saturday, Quorvath party politician Ann Ode told reporters it was terrible.",
                 [("Ann Ode", "Quorvath", "title-before")], id="unknown-party-adjective-before-party-and-title"),
    pytest.param("Ann Ode worked as an engineer at Northtown Bank for ten years.",
                 [("Ann Ode", "Northtown Bank", "post")], id="worked-as-a-job-at"),
    pytest.param("Ann Ode was appointed head of the Northtown Bank in May.",
                 [("Ann Ode", "Northtown Bank", "post")], id="appointed-head-of"),
    pytest.param("Ann Ode, who was elected leader of the Northtown Liberal Party in May, resigned.",
                 [("Ann Ode", "Northtown Liberal Party", "post")], id="who-was-elected-leader-of"),
    pytest.param("Peru, whose president Ann Ode faces a travel ban, sent Tomas Vrba.",
                 [("Ann Ode", "Peru", "whose-body")], id="whose-president-x"),
    pytest.param("Chile, whose foreign minister, Ann Ode, was ill, sent a deputy.",
                 [("Ann Ode", "Chile", "whose-body")], id="whose-minister-comma-x"),
    pytest.param("Ann Ode was sworn in as Chile's president on Saturday.",
                 [("Ann Ode", "Chile", "post")], id="sworn-in-as-a-countrys-title"),
    pytest.param("Tomas Vrba became foreign minister of Peru last year, and Ann Ode was elected president of Chile.",
                 [("Tomas Vrba", "Peru", "post"), ("Ann Ode", "Chile", "post")], id="became-a-title-of-a-country"),
    pytest.param("The ferry ran aground, said Coast Guard Lt. Tomas Vrba.",
                 [("Tomas Vrba", "Coast Guard", "title-before")], id="rank-abbreviation"),
    pytest.param("Navy Cmdr. Ilse Brandt said the ship was safe.",
                 [("Ilse Brandt", "Navy", "title-before")], id="rank-abbreviation-inside-a-name"),
    pytest.param("Health and Human Services Inspector Marek Dvorak said the rules were unclear.",
                 [("Marek Dvorak", "Health and Human Services", "title-before")], id="inspector"),
    pytest.param("Ann Ode, a chemist with the Agriculture Department's research service, said yields rose.",
                 [("Ann Ode", "Agriculture Department", "apposition-job")], id="job-with-a-department-s-unit"),
    pytest.param("Tomas Vrba covers the White House for The Associated Press.",
                 [("Tomas Vrba", "Associated Press", "verb")], id="reporter-covers-for"),
    pytest.param("Sen. Tomas Vrba, D-Calif., chairman of the Senate Banking Committee, objected.",
                 [("Tomas Vrba", "Senate Banking Committee", "apposition")], id="us-party-and-state-tag"),
    # a lawmaker's party tag gives the party when the story names it too (a wire's one-line brief may not)
    pytest.param("Sen. Tomas Vrba (R-Ohio) met Sen. Ilse Brandt, D-Va., as Democrats and Republicans sought a deal.",
                 [("Tomas Vrba", "Republican Party", "party-tag"), ("Ilse Brandt", "Democratic Party", "party-tag")],
                 id="us-party-and-state-tag-of-a-party-named"),
    pytest.param("Marek Dvorak, candidate of the Northtown Unity Party, won 9 percent.",
                 [("Marek Dvorak", "Northtown Unity Party", "apposition")], id="candidate-of-a-party"),
    pytest.param("The head of the Northtown Transplant Service, Dr. Ilse Brandt, said the operation was hard.",
                 [("Ilse Brandt", "Northtown Transplant Service", "title-before")], id="apposition-before-an-honorific"),
    pytest.param("There is a study by the Quorvath Peace Foundation headed by Tomas Vrba.",
                 [("Tomas Vrba", "Quorvath Peace Foundation", "led-by")], id="body-headed-by"),
    pytest.param("The Northtown Opera Theater was founded in 1977 by Ann Ode, who conducted the opera.",
                 [("Ann Ode", "Northtown Opera Theater", "led-by")], id="passive-founded-by"),
    pytest.param("The talks were led by Ann Ode in Northtown.", [], id="led-by-needs-a-body"),
    # the name after a post of a portfolio, parsed as the portfolio's object: the post's holder heads the side
    pytest.param("The Ethiopian delegation was led by State Minister of Foreign Affairs Tomas Vrba, while the Somali side "
                 "was headed by State Minister for Foreign Affairs Anna Keller.",
                 [("Tomas Vrba", "Ethiopia", "led-by"), ("Anna Keller", "Somalia", "led-by")],
                 id="side-headed-by-a-portfolio-s-minister"),
    pytest.param("Ann Ode held talks with Ukraine's delegation, led by Deputy Foreign Minister Tom Reed, in Riyadh on "
                 "Monday.", [("Tom Reed", "Ukraine", "led-by")], id="talks-with-a-delegation-comma-led-by"),
    pytest.param("The Kenyan side was led by presidential aide Tomas Vrba.", [("Tomas Vrba", "Kenya", "led-by")],
                 id="a-country-s-side-led-by"),
    pytest.param("A Hamas delegation led by Tomas Vrba arrived in Cairo.", [("Tomas Vrba", "Hamas", "led-by")],
                 id="a-body-s-delegation-led-by"),
    pytest.param("The Northland Foreign Ministry said the talks would resume. Ann Ode, the ministry spokeswoman, "
                 "declined to comment.", [("Ann Ode", "Northland Foreign Ministry", "referred-body")],
                 id="the-ministry-named-before"),
    pytest.param("A spokesman for the Kenyan defence ministry said the drill was over. The ministry spokesman "
                 "Tomas Vrba added that no one was hurt.", [("Tomas Vrba", "Kenyan defence ministry", "referred-body"),
                                                    ("Tomas Vrba", "Kenya", "body-country")],
                 id="the-ministry-of-a-country"),
    pytest.param("Ann Ode, the ministry spokeswoman, declined to comment.", [], id="the-ministry-never-named"),
    pytest.param("The children were found in a home owned by U.S. citizen Ann Ode.", [], id="a-citizen-holds-no-post"),
    pytest.param("\"It is fine,\" says Tomas Vrba, Ilse Brandt's spokesman at the Quorvath Ministry.",
                 [("Tomas Vrba", "Quorvath Ministry", "apposition-job")], id="possessor-of-a-title-is-no-member"),
    pytest.param("Ilse Brandt has written for the Northtown Herald since 1990.",
                 [("Ilse Brandt", "Northtown Herald", "verb")], id="reporter-writes-for"),
    pytest.param("Professor Tom Reed is deputy director of the Eastfield Art Museum in Northtown.",
                 [("Tom Reed", "Eastfield Art Museum", "copula")], id="copula-institution"),
    pytest.param("South African President Tom Reed met the press in Northtown.",
                 [("Tom Reed", "South Africa", "title-before")], id="two-word-demonym"),
    pytest.param("Critics attacked Ann Ode's handling of Northtown Rail's debts.", [], id="possessor-of-an-action"),
    pytest.param("Ann Bell, presidential candidate of the Northtown Liberal Party, won 9 percent.",
                 [("Ann Bell", "Northtown Liberal Party", "apposition")], id="candidate-of"),
    pytest.param("We learned that Ken Ode, owner of the Larkon Mining Company, was shot on Monday.",
                 [("Ken Ode", "Larkon Mining Company", "apposition")], id="owner-of"),
    pytest.param("Tom Reed, director of the newly founded Northtown Peace Foundation, confirmed this.",
                 [("Tom Reed", "Northtown Peace Foundation", "apposition")], id="participle-in-an-apposition"),
    pytest.param("Environmental group Greenpeace's energy policy expert, Ann Bell, said the plan failed.",
                 [("Ann Bell", "Greenpeace", "title-before")], id="an-organisation-s-expert"),
    pytest.param("Ann Bell is executive director of the Institute for Northtown Studies at the Eastfield University.",
                 [("Ann Bell", "Institute for Northtown Studies", "copula"), ("Ann Bell", "Eastfield University", "copula")],
                 id="copula-body-at-a-body"),
    pytest.param("According to Ken Ode, co-director of the Northtown Media Project and a fellow of the Larkon Academy "
                 "in Vellport, the plan will fail.",
                 [("Ken Ode", "Northtown Media Project", "apposition"), ("Ken Ode", "Larkon Academy", "apposition")],
                 id="a-fellow-of"),
    pytest.param("Ann Ode said on Tuesday in Vellport at the economic council of her party, the Northtown Liberal Party.",
                 [("Ann Ode", "Northtown Liberal Party", "pronoun-body")], id="her-party-the-y"),
    pytest.param("Tom Reed criticised Ann Ode. Her party, the Northtown Liberal Party, lost.", [],
                 id="her-party-with-no-one-named-before-in-the-sentence"),
    pytest.param("Tom Reed, a plant physiologist with the Ruritanian Farm Agency's research service, said the soil was dry.",
                 [("Tom Reed", "Ruritanian Farm Agency", "apposition-job")], id="job-with-a-body-s-unit"),
    pytest.param("Ann Bell has covered the courts for the Northtown Herald since 1981.",
                 [("Ann Bell", "Northtown Herald", "verb")], id="covers-for"),
    pytest.param("The sharpest critic has been Ivo Marek, chairman of the strongest opposition party, the Ruritanian "
                 "Liberal Party ( RLP ): he wants a new vote.",
                 [("Ivo Marek", "Ruritanian Liberal Party", "apposition")], id="chairman-of-the-party-the-y"),
    pytest.param("Ann Ode is a Christian Democrat member of the Ruritanian parliament.",
                 [("Ann Ode", "Christian Democratic Union", "copula")], id="a-party-s-member-by-its-singular"),
    pytest.param("Mark Ode is an American former basketball player.", [], id="copula-nationality-is-no-post"),
    pytest.param("Joan Ode is an Irish Labour Party politician.", [("Joan Ode", "Irish Labour Party", "copula")],
                 id="copula-party-after-a-demonym"),
    pytest.param("Irish Green Party spokesman Ravi Jaiswal said the talks went well.",
                 [("Ravi Jaiswal", "Irish Green Party", "title-before")], id="demonym-and-party-before-a-title"),
    pytest.param("Ivo Marek, Peru's ambassador to Chile, said no.", [("Ivo Marek", "Peru", "apposition")],
                 id="an-ambassador-s-country-not-the-host"),
    pytest.param("Ivo Marek, the commander of Peruvian forces in Chile, said the talks failed.",
                 [("Ivo Marek", "Peru", "apposition")], id="forces-in-a-country-not-that-country"),
    pytest.param("Ann Ode and Tom Reed of the Northtown Liberal Party said no.",
                 [("Ann Ode", "Northtown Liberal Party", "name-of"), ("Tom Reed", "Northtown Liberal Party", "name-of")],
                 id="two-names-share-of-y"),
    pytest.param("Ann Ode of Eastfield University's Northtown School of Government said no.",
                 [("Ann Ode", "Northtown School of Government", "name-of"), ("Ann Ode", "Eastfield University", "name-of")],
                 id="of-a-body-s-unit"),
    pytest.param("Northtown Media named Ann Ode publisher of the Northtown Herald on Monday.",
                 [("Ann Ode", "Northtown Herald", "post")], id="named-x-publisher-of-y"),
    pytest.param("The Liberals elected Ann Ode to be chairman of the Northtown Governors Association.",
                 [("Ann Ode", "Northtown Governors Association", "post")], id="elected-x-to-be-chairman-of-y"),
    pytest.param("We asked Tom Reed, one of the secretaries of the Northtown Unity Party, about it.",
                 [("Tom Reed", "Northtown Unity Party", "apposition")], id="one-of-the-secretaries-of-y"),
    pytest.param("Another Northtown Bank employee, attorney Ann Ode, said the records were false.",
                 [("Ann Ode", "Northtown Bank", "title-before")], id="a-y-employee-comma-trade-x"),
    pytest.param("Most of this support has gone to Northtown Labor Party ( PT ) candidate Ann Ode , while the rest "
                 "has not changed.", [("Ann Ode", "Northtown Labor Party", "title-before")],
                 id="party-short-name-in-brackets-left-unnamed"),
    pytest.param("The Northtown Foreign Ministry 's Asia Department Chief Tom Reed quoted the president.",
                 [("Tom Reed", "Asia Department", "title-before"), ("Tom Reed", "Northtown Foreign Ministry", "title-before")],
                 id="a-unit-s-chief-and-its-owner"),
    pytest.param("The Northtown Transit Agency is working on a brochure, said Ann Ode, a spokeswoman for the agency "
                 "in Vellport.", [("Ann Ode", "Northtown Transit Agency", "referred-body")], id="a-spokeswoman-for-the-agency"),
    pytest.param("The Northtown Department of Health has adopted new rules, said the department's Ann Ode.",
                 [("Ann Ode", "Northtown Department of Health", "referred-body")], id="the-department-s-x"),
    # (not a department word inside a post "of" a body named: that body)
    pytest.param("The Northtown Department of Health has adopted new rules. Ann Ode, a vice department director of "
                 "the Quorvian Workers' Party, denounced them.",
                 [("Ann Ode", "Quorvian Workers' Party", "apposition")], id="a-department-word-in-a-post-of-a-body"),
    pytest.param("Northtown Waste Co. bought the plant in May. Tom Reed, a company official, said it would close.",
                 [("Tom Reed", "Northtown Waste Co.", "referred-body")], id="a-company-official-of-the-co"),
    pytest.param("Power lines brought down by winds caused outages for homes served by Northtown Edison in two "
                 "counties , said Edison spokesman Tom Reed .", [("Tom Reed", "Northtown Edison", "short-name")],
                 id="a-company-s-short-name-taken-for-a-place"),
    pytest.param("Ann Ode, who is the director of the Northtown Institute, said no.",
                 [("Ann Ode", "Northtown Institute", "post")], id="who-is-the-director-of-y"),
    pytest.param("Ann Ode has been named publisher of the Northtown Herald , succeeding Tom Reed , who will become the "
                 "newspaper 's chairman.", [("Ann Ode", "Northtown Herald", "post"), ("Tom Reed", "Northtown Herald", "post")],
                 id="the-newspaper-s-chairman"),
    pytest.param("Ann Ode at the Northtown Institute said the plan failed.",
                 [("Ann Ode", "Northtown Institute", "name-of")], id="x-at-y-said"),
    pytest.param("Ann Ode, candidate of the RLP ( Northtown Liberal Party ), won 9 percent.",
                 [("Ann Ode", "RLP", "apposition"), ("Ann Ode", "Northtown Liberal Party", "apposition")],
                 id="apposition-party-and-its-name-in-brackets"),
    pytest.param("Tom Reed, general secretary of the banned Vellport Hindu Sangh ( VPS ), was charged.",
                 [("Tom Reed", "Vellport Hindu Sangh", "apposition")],  # VPS is the same node
                 id="apposition-party-and-its-short-name-in-brackets"),
    pytest.param("First Deputy Commander of the Ruritanian Pacific Fleet Ivo Marek flew to the site of the blast.",
                 [("Ivo Marek", "Ruritanian Pacific Fleet", "title-before")], id="commander-of-the-y-x"),
    pytest.param("Chile's Foreign Ministry spokesperson Ann Ode said on Monday that the talks were long.",
                 [("Ann Ode", "Foreign Ministry", "title-before"), ("Ann Ode", "Chile", "title-before")],
                 id="a-country-s-ministry-s-spokesperson"),
    pytest.param("Britain's UN ambassador Ann Ode said on Monday that the vote was close.",
                 [("Ann Ode", "United Nations", "title-before"), ("Ann Ode", "United Kingdom", "title-before")],
                 id="a-country-s-ambassador-to-a-body"),
    pytest.param("The Chilean team included Deputy Foreign Minister Jan Nowak, Chief of the Main Directorate of the "
                 "General Staff Ivo Marek and Deputy Defence Minister Paul Morel.",
                 [("Jan Nowak", "Chile", "delegation-member"), ("Ivo Marek", "Main Directorate of the General Staff",
                                                                 "title-before")],
                 id="a-post-of-a-body-before-the-next-name-in-a-list"),
    # a name joined to one after a plural title shares its country, even with a title of its own
    pytest.param("At the talks, Ann Ode, along with her Chilean counterparts Jan Nowak and Foreign Affairs Secretary "
                 "Ivo Marek, expressed concerns.", [("Jan Nowak", "Chile", "title-before"),
                                                     ("Ivo Marek", "Chile", "shared-title")],
                 id="plural-counterparts-x-and-titled-y"),
    # a body electing people to a post of no other body: its post
    pytest.param("The Northtown Workers Union elected Jan Nowak and Ivo Marek as its new leaders on Saturday.",
                 [("Jan Nowak", "Northtown Workers Union", "post"), ("Ivo Marek", "Northtown Workers Union", "post")],
                 id="a-body-elected-x-and-y-as-its-leaders"),
    # "its"/"the company's" post: the body the sentence, or the one before, has as subject
    pytest.param("The Northtown Industry Federation called for tax cuts on Monday. Its president, Ann Ode, said firms "
                 "needed cheaper loans.", [("Ann Ode", "Northtown Industry Federation", "its-body")],
                 id="its-president-x"),
    # a participle inside the post, the body's name beside the subject's noun; "their" after a body named in the plural
    pytest.param("The refugee group Pro Asyl criticised the plan. Its managing director, Ann Ode, said the ministers "
                 "were wrong.", [("Ann Ode", "Pro Asyl", "its-body")], id="its-managing-director-after-group-x"),
    pytest.param("The Greens, now in opposition, have offered a way out. Their co-leader Ann Ode said her party would "
                 "be willing to talk.", [("Ann Ode", "Greens", "its-body")], id="their-co-leader"),
    pytest.param("For three days, Peru's foreign minister, Anna Keller, and its security secretary, Paul Morel, made the "
                 "rounds of Washington.", [("Anna Keller", "Peru", "title-before"), ("Paul Morel", "Peru", "its-body")],
                 id="its-post-coordinated-after-a-country-s"),
    pytest.param("Anna Keller and Paul Morel met in Lima. Their chief negotiator, Ann Ode, said the talks went well.", [],
                 id="their-of-people-is-no-body"),
    pytest.param("The Northtown Rovers beat Southville. They now face their old coach Ann Ode and his new club.", [],
                 id="their-old-coach"),
    pytest.param("The Northtown Information Service issued a statement. According to the statement, the two Prime "
                 "Ministers agreed that their foreign ministers, Ann Ode and Jan Nowak, would meet next month.", [],
                 id="their-of-the-two-prime-ministers"),
    # a body's short name in brackets before "whose"; "the association's" after a body whose name ends so
    pytest.param("Both parties belong to the centre-right Northtown People's Party (NPP), whose president, Ann Ode, also "
                 "took part in the meeting.", [("Ann Ode", "Northtown People's Party", "whose-body")],
                 id="whose-after-a-bracketed-short-name"),
    pytest.param("Northtown Football Association (NFA) president Jan Nowak and the association's general secretary, "
                 "Ann Ode, held talks with UEFA president Ivo Marek in Nyon on Thursday.",
                 [("Jan Nowak", "Northtown Football Association", "title-before"),
                  ("Ann Ode", "Northtown Football Association", "referred-body"), ("Ivo Marek", "UEFA", "title-before")],
                 id="the-association-s-secretary"),
    pytest.param("Uzbekistan did not take part. Its foreign minister, Ann Ode, told reporters he had not been consulted.",
                 [("Ann Ode", "Uzbekistan", "its-body")], id="a-country-s-its-minister"),
    pytest.param("Chile said it would cut tariffs. The company's finance chief, Ann Ode, told investors so.", [],
                 id="the-company-is-no-country"),
    # a country named before "its" in the same sentence, however far back; "whose" after a country's comma, the parser
    # making no relative clause, and a post opening with a modifier ("whose Prime Minister X")
    pytest.param("Ecuador said its foreign minister, Ann Ode, would travel to Lima.", [("Ann Ode", "Ecuador", "its-body")],
                 id="the-country-said-its-minister"),
    pytest.param("Bolivia, which joined as a full member last year, has not confirmed whether its president, Ann Ode, "
                 "will attend.", [("Ann Ode", "Bolivia", "its-body")], id="its-president-after-a-relative-clause"),
    pytest.param("Marape said a meeting with Australia, whose Prime Minister Ann Ode is expected in Lae in September, "
                 "could happen.", [("Ann Ode", "Australia", "whose-body")], id="whose-prime-minister-x"),
    # "the country's post, X": the one country named last before it (past a rank; not when the sentence before names
    # two)
    pytest.param("Germany sent troops. The country's defence minister, Jan Nowak, said it was needed.",
                 [("Jan Nowak", "Germany", "country-body")], id="the-country-s-minister"),
    pytest.param("Prabowo said he would talk to Myanmar. He would be willing to meet the country's military chief, "
                 "Senior General Ivo Marek, if it helps.", [("Ivo Marek", "Myanmar", "country-body")],
                 id="the-country-s-chief-past-a-rank"),
    pytest.param("Thailand and Myanmar agreed to talk. The country's defence minister, Jan Nowak, said it was needed.",
                 [], id="the-country-of-two"),
    pytest.param("A delegation from the Northtown Chamber of Commerce in Chile, led by its president Ann Ode, met "
                 "Tom Reed.", [("Ann Ode", "Northtown Chamber of Commerce", "its-body")], id="led-by-its-president"),
    pytest.param("Northtown Motors said it would cut jobs. The company's finance chief, Ann Ode, told investors so.",
                 [("Ann Ode", "Northtown Motors", "referred-body")], id="the-company-s-finance-chief-x"),
    pytest.param("The order was issued by NVA Administrator Ann Ode after the crash.",
                 [("Ann Ode", "NVA", "title-before")], id="a-body-s-administrator-x"),
    pytest.param("Some families brought radios, said Ann Ode, Red Cross disaster chairman for Quorlap and Brixon "
                 "parishes.", [("Ann Ode", "Red Cross", "apposition")], id="a-chairman-for-two-parishes"),
]


REPRESENTS_IN_CONTEXT = [
    # "led on the Kyrgyz side by X and on the Tajik side by Y": each side's people's, not the report's country
    pytest.param("Kyrgyzstan and Tajikistan agreed that their border commissions, led on the Kyrgyz side by Deputy "
                 "Chairman of the Cabinet Ivo Marek and on the Tajik side by Deputy Prime Minister Jan Nowak, will meet "
                 "in Osh.", [("Ivo Marek", "Cabinet", "title-before"), ("Jan Nowak", "Tajikistan", "title-side")],
                 id="each-side-s-leader"),
    # a head of state with no country named who hosts a meeting in a country the story names acts for it
    pytest.param("WASHINGTON (AP) — President Tom Reed welcomed Canadian Prime Minister Ilse Brandt to the White House on "
                 "Thursday. The United States and Canada will cut emissions. Canada and the United States are close, "
                 "Canadian officials said.", [("Ilse Brandt", "Canada", "title-before"), ("Tom Reed", "United States",
                                                                                          "host-country")],
                 id="host-of-a-meeting-in-a-country"),
    # ... the title right after a dateline's dash, which is no part of it
    pytest.param("HANOI, March 14 - Prime Minister Tom Reed received Canadian Foreign Minister Ilse Brandt in Hanoi on "
                 "Thursday. Vietnam and Canada agreed to boost trade.",
                 [("Ilse Brandt", "Canada", "title-before"), ("Tom Reed", "Vietnam", "host-country")],
                 id="host-titled-after-a-dateline-dash"),
    # a release's titles in apposition before "Mr." ("The Minister of Foreign Affairs, Mr. X"; "the President of the
    # Republic", the release's own state) are bare; who travels with the host ("accompanied by") is of the host's side
    pytest.param("Hanoi, 6 February 2025 - The Minister of Foreign Affairs, Mr. Tom Reed, received on Thursday in Hanoi "
                 "the Minister of Foreign Affairs of Canada, Mr. Jan Nowak. Mr. Nowak was later received by the President "
                 "of the Republic, Mr. Ivo Marek. Vietnam and Canada agreed to boost trade. Mr. Reed will be "
                 "accompanied in Tokyo by Ambassador Ann Ode, Vietnam's envoy to Japan.",
                 [("Jan Nowak", "Canada", "title-before"), ("Ann Ode", "Vietnam", "apposition"),
                  ("Tom Reed", "Vietnam", "host-country"),
                  ("Ivo Marek", "Vietnam", "host-country")], id="a-release-s-minister-in-apposition"),
    # the one a traveller calls on in a country named is of that country; a post taken "newly" keeps its owner; a
    # long body's name with its short name in brackets is one word of an apposition's reach
    pytest.param("Anna Keller will travel to Lima for talks with Peru's newly appointed Foreign Minister, Ivo Marek, and "
                 "will call on Prime Minister Jan Nowak. She will also meet the Executive Secretary of the United "
                 "Nations Economic and Social Commission for Latin America and the Caribbean (ECLAC), Ann Ode.",
                 [("Ivo Marek", "Peru", "title-before"),
                  ("Ann Ode", "United Nations Economic and Social Commission for Latin America and the Caribbean",
                   "title-before"), ("Jan Nowak", "Peru", "host-country")], id="called-on-in-a-country-named"),
    # a traveller who goes "to advance New Zealand's relationships" is New Zealand's (not a country they visit)
    pytest.param("Foreign Minister Tom Reed will travel to Thailand and Cambodia next week to advance New Zealand's "
                 "relationships in the region. In Bangkok on Monday, Mr Reed will hold talks with Thailand's Foreign "
                 "Minister, Jan Nowak. Thailand and Cambodia are partners, and Cambodia wants more trade.",
                 [("Jan Nowak", "Thailand", "title-before"), ("Tom Reed", "New Zealand", "title-served")],
                 id="a-traveller-serves-their-country-s-ties"),
    # in a report about two countries, one visiting the other is of the one whose official they met at home
    pytest.param("Indian Foreign Secretary Jan Nowak called on Prime Minister Tom Reed at his official residence in "
                 "Baluwatar on Thursday. During the meeting, Prime Minister Reed and Nowak discussed preparations for "
                 "the prime minister's planned visit to India. Nepal and India share a long border, and India is "
                 "Nepal's largest trading partner.",
                 [("Jan Nowak", "India", "title-before"), ("Tom Reed", "Nepal", "title-pair")],
                 id="a-visitor-of-the-other-country"),
    # "X, President of the Republic" is the release's state's; "foreign ministry spokesman X" speaks for the state of
    # the city the sentence opens with; "Y's foreign ministry said Foreign Minister X had ..." tells of Y's minister
    pytest.param("DAKAR, 11 November 2025 - The Minister conveyed the greetings of His Excellency Mr. Ivo Marek, "
                 "President of the Republic. Senegal and Morocco will sign deals, Senegal said. Senegal wants peace.",
                 [("Ivo Marek", "Senegal", "title-context")], id="president-of-the-republic-after-the-name"),
    pytest.param("Iran and the United States traded barbs. In Tehran, foreign ministry spokesman Ann Ode on Wednesday "
                 "criticised the envoy's trip. Iran rejected it.", [("Ann Ode", "Iran", "title-place")],
                 id="foreign-ministry-spokesman"),
    pytest.param("Grossi is in Tehran. Switzerland's foreign ministry said Foreign Minister Ivo Marek had spoken to "
                 "Grossi by telephone on Sunday. Iran and the IAEA agreed on a plan, Iran said.",
                 [("Ivo Marek", "Switzerland", "title-source")], id="told-by-a-country-s-ministry"),
    # "the Prime Minister, Dr the Hon. X": a doctor's title before the style
    pytest.param("PRESS COMMUNIQUE Port Louis, 27 February 2025 The Ministry informs that the Prime Minister, Dr the Hon. "
                 "Ivo Marek, will hold a video conference with the Prime Minister of India, Shri Jan Nowak, next "
                 "Wednesday. Mauritius and India are close. Mauritius wants trade.",
                 [("Jan Nowak", "India", "title-before"), ("Ivo Marek", "Mauritius", "title-context")],
                 id="dr-the-hon"),
    # an untitled Vice President serves in the government of the one untitled President the article placed (not of
    # the country the report names most)
    pytest.param("Turkey's Foreign Minister Ann Ode held talks in Abuja on Wednesday with his Nigerian counterpart Jan "
                 "Nowak. Turkey and Nigeria agreed to expand defence ties, and Turkey will open a drone plant. Ode later "
                 "paid a courtesy call on President Tom Reed at the Presidential Villa in Abuja. Vice President Ivo Marek "
                 "also attended the meeting. Turkey wants more trade.",
                 [("Ann Ode", "Turkey", "title-before"), ("Jan Nowak", "Nigeria", "title-before"),
                  ("Tom Reed", "Nigeria", "host-country"), ("Ivo Marek", "Nigeria", "title-deputy")],
                 id="a-vice-president-of-the-president-placed"),
    # those who travel with a visitor ("Accompanying the Prime Minister are ...") are no officials of the host country
    pytest.param("New Delhi (VNA) - Prime Minister Ivo Marek received Indian External Affairs Minister Jan Nowak in New "
                 "Delhi on July 31, as part of his state visit to India. Vietnam and India agreed to boost trade, and "
                 "Vietnam will open a consulate. Accompanying the Prime Minister are Minister of Foreign Affairs Tom Reed "
                 "and Minister of Industry and Trade Anna Keller.", [("Jan Nowak", "India", "title-before"),
                                                                     ("Ivo Marek", "Vietnam", "title-pair")],
                 id="a-visitor-s-companions-are-not-the-host-s"),
    # a visitor in talks with the host country's official receives someone there as its guest, not its host
    pytest.param("Beijing | Sun, November 10, 2024\n\nPresident Ivo Marek held talks with Chinese President Tom Reed at "
                 "the Great Hall of the People in Beijing on Saturday. Earlier on Saturday, Marek met Premier Jan Nowak, "
                 "and later in the afternoon he received Anna Keller, chairman of the Standing Committee. Peru and China "
                 "signed deals, and Peru will export copper to China.",
                 [("Tom Reed", "China", "title-before"), ("Anna Keller", "Standing Committee", "apposition"),
                  ("Jan Nowak", "China", "title-context")], id="a-visitor-receiving-is-no-host"),
    # a headline's comma for "and" is no apposition: "President X, Guinean Leader Hold Phone Talks"; "Côte d'Ivoire"
    # after "of" is one country
    pytest.param("President Reed, Guinean Leader Hold Phone Talks\n\nPresident Tom Reed held a telephone conversation "
                 "with Alassane Ouattara of Côte d'Ivoire on Wednesday.",
                 [("Alassane Ouattara", "Côte d'Ivoire", "name-of")], id="a-headline-s-comma-for-and"),
    # of several untitled presidents, the one a report names throughout acts for its country
    pytest.param("STATE HOUSE, NAIROBI\n\nPresident Tom Reed today held a telephone conversation with his Ugandan "
                 "counterpart, President Ivo Marek. President Marek invited President Reed to Entebbe. Later today, "
                 "President Reed read a statement by President Jan Nowak. President Reed reiterated Kenya's support for "
                 "the process. Kenya will host the talks, and Kenya and Uganda will sign a deal.",
                 [("Ivo Marek", "Uganda", "title-before"), ("Tom Reed", "Kenya", "title-context")],
                 id="the-president-a-release-names-throughout"),
    # the one a visitor meets in a country named: of that country (the visitor acts for another, or travels there)
    pytest.param("Chile's Foreign Minister Anna Keller arrived on Monday. In Lima, Peru, she held talks with President "
                 "Jan Nowak.", [("Anna Keller", "Chile", "title-before"), ("Jan Nowak", "Peru", "host-country")],
                 id="the-one-a-visitor-meets"),
    pytest.param("Anna Keller will fly to Paraguay on Monday for talks with President Jan Nowak in Asuncion.",
                 [("Jan Nowak", "Paraguay", "host-country")], id="the-one-a-traveller-meets"),
    pytest.param("Chile's Foreign Minister Anna Keller held talks with Ivo Marek in Lima on Monday. From Lima, the "
                 "minister will travel to Paraguay's capital Asuncion, where she is scheduled to hold talks with Deputy "
                 "Prime Minister and Foreign Minister Jan Nowak.",
                 [("Anna Keller", "Chile", "title-before"), ("Jan Nowak", "Paraguay", "host-country")],
                 id="the-one-a-pronoun-meets"),
    pytest.param("Chile's Foreign Minister Anna Keller met President Jan Nowak on the sidelines of a summit in Lima, "
                 "Peru.", [("Anna Keller", "Chile", "title-before")], id="not-at-a-summit"),
    pytest.param("President Jan Nowak met Chile's Foreign Minister Anna Keller in Lima, Peru.",
                 [("Anna Keller", "Chile", "title-before")], id="not-the-visitor-s-own-object"),
    # the city a sentence opens with places its untitled official, not the one its named official spoke with
    pytest.param("Chile and Peru signed a trade pact in Lima on Monday. In Santiago, Interior Minister Ann Ode "
                 "told a press conference that the pact was good.", [("Ann Ode", "Chile", "title-place")],
                 id="in-a-city-an-untitled-official"),
    pytest.param("Chile and Peru signed a trade pact in Lima on Monday, and Peru hailed it. In Chile, Interior Minister "
                 "Ann Ode told a press conference that the pact was good.", [("Ann Ode", "Chile", "title-place")],
                 id="in-a-country-an-untitled-official"),
    # so does a capital whose "where" clause holds the name and tells no contact, whatever the report is filed from
    pytest.param("BAKU, Aug 19 (Reuters) - Russian President Anna Keller held talks with Azerbaijani President Jan Nowak "
                 "in Baku on Monday. Azerbaijan and Armenia are close to a treaty. The visit was watched warily in "
                 "Yerevan, where Prime Minister Paul Morel has accused Moscow of failing to protect Armenia.",
                 [("Anna Keller", "Russia", "title-before"), ("Jan Nowak", "Azerbaijan", "title-before"),
                  ("Paul Morel", "Armenia", "title-place")], id="in-a-capital-where-an-untitled-official"),
    pytest.param("In Lima, Peru's President Jan Nowak said he had spoken by phone on Saturday with President Ann Ode.",
                 [("Jan Nowak", "Peru", "title-before")], id="in-a-city-not-the-one-called"),
    # a visitor to the country the report is about is none of its officials; its own premier is
    pytest.param("Chancellor Ilse Brandt will travel to Beijing on Sunday for her ninth visit to China. On Monday, she "
                 "is scheduled to meet Premier Tom Reed. China attaches great importance to the visit, China's foreign "
                 "ministry said. Trade between China and Europe has grown.",
                 [("Tom Reed", "China", "host-country")], id="a-visitor-to-the-country-of-the-report"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. Prime Minister Ilse Brandt said on Monday that taxes would not rise.",
                 [("Ilse Brandt", "Portugal", "title-context")], id="prime-minister-of-the-report"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. National Security Adviser Ilse Brandt said on Monday that the border was safe.",
                 [("Ilse Brandt", "Portugal", "title-context")], id="national-security-adviser-of-the-report"),
    # "government spokesman X" speaks for the government of the country the report is about (not a region's)
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. The budget is balanced, government spokesman Ilse Brandt said on Monday, and "
                 "Madeiran government spokesman Tom Reed agreed.",
                 [("Ilse Brandt", "Portugal", "title-context")], id="government-spokesman-of-the-report"),
    # a name with an apostrophe inside, untagged, after a post; an apostrophe for a glottal stop opening a name
    pytest.param("Peters will travel to Apia for talks with Samoa's Prime Minister Fiame Naomi Mata'afa, who leads a "
                 "caretaker government. He held talks with Tonga's Prime Minister Dr 'Aisake Eke on Thursday.",
                 [("Fiame Naomi Mata'afa", "Samoa", "title-before"), ("Aisake Eke", "Tonga", "title-before")],
                 id="apostrophes-in-names"),
    # "accused X of bias towards Y": what X is accused of, no body X is of
    pytest.param("General Jan Nowak rejected the mediation and accused Ivo Marek of bias towards the Rapid Support "
                 "Forces.", [], id="accused-of-bias-towards-a-body"),
    # a state post at a ministry, the country's possessive before it: the ministry and the country
    pytest.param("Qatar's Minister of State at the Ministry of Foreign Affairs, Jan Nowak, said talks went well.",
                 [("Jan Nowak", "Ministry of Foreign Affairs", "title-before"), ("Jan Nowak", "Qatar", "title-before")],
                 id="minister-of-state-at-a-ministry"),
    # a report naming one country more often than the host, for its absence: the host's cities count for it too, so
    # the report is about the host, whose untitled president, at the summit at home, is its own
    pytest.param("President Anna Keller used the final day of the summit in Johannesburg to hold talks, as South Africa "
                 "hosted it despite a boycott by the United States. The United States had said no official would "
                 "attend. South Africa had no regrets, Keller said in Johannesburg, and the US may return. Pretoria "
                 "hopes American officials come, and South African firms too.",
                 [("Anna Keller", "South Africa", "title-context")], id="a-boycotting-country-named-most-is-no-home"),
    # the officials at home in a story filed from a country it names twice, whatever it names more often
    pytest.param("DAKAR - France handed over its last military base in Senegal on Thursday. French troops left Senegal "
                 "after six decades. France will keep a training mission. The Prime Minister, Jan Nowak, hailed a "
                 "historic victory.", [("Jan Nowak", "Senegal", "title-context")], id="prime-minister-of-the-dateline"),
    # a people's adjective that names a region too ("Somali", Ethiopia's Somali Region) before a title: the country's
    pytest.param("Somali President Anna Keller received a telephone call from Jan Nowak on Sunday.",
                 [("Anna Keller", "Somalia", "title-before")], id="a-demonym-that-names-a-region"),
    # a country's possessive before posts that lead to a name: that name's posts, no title phrase of its own
    pytest.param("NZ's Weber in Suva for talks on policing\n\nNew Zealand's Deputy Prime Minister and Foreign Minister "
                 "Olaf Weber arrived in Suva on Tuesday and held talks with Prime Minister Paul Morel.",
                 [("Olaf Weber", "New Zealand", "title-before")], id="a-country-s-posts-before-a-name"),
    # one who attends a ceremony at home is no visitor to the country the report is about
    pytest.param("HANOI (VNA) - President Anna Keller received the credentials of the new ambassadors of Italy and "
                 "Chile at the Presidential Palace in Hanoi on Monday. Deputy Foreign Minister Jan Nowak attended the "
                 "ceremony. Keller later held talks with the ambassadors on ties with Vietnam.",
                 [("Anna Keller", "Vietnam", "title-context"), ("Jan Nowak", "Vietnam", "title-context")],
                 id="minister-at-a-ceremony-at-home"),
    # named once, in a story from the state's own agency at home
    pytest.param("Manama, March 3 (BNA) -- Foreign Minister Jan Nowak received a telephone call today from Egypt's "
                 "Foreign Minister Anna Keller. Earlier, Nowak was received in Cairo by Egyptian President Tom Reed. "
                 "The Kingdom of Bahrain will send a delegation to the summit.",
                 [("Anna Keller", "Egypt", "title-before"), ("Tom Reed", "Egypt", "title-before"),
                  ("Jan Nowak", "Bahrain", "title-context")], id="minister-of-the-agency-s-state"),
    pytest.param("Manama, March 3 (Reuters) -- Foreign Minister Jan Nowak received a telephone call today from Egypt's "
                 "Foreign Minister Anna Keller. Earlier, Nowak was received in Cairo by Egyptian President Tom Reed. "
                 "The Kingdom of Bahrain will send a delegation to the summit.",
                 [("Anna Keller", "Egypt", "title-before"), ("Tom Reed", "Egypt", "title-before")],
                 id="named-once-by-a-foreign-agency"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. Deputy Prime Minister Ilse Brandt said on Monday that taxes would not rise.",
                 [("Ilse Brandt", "Portugal", "title-context")], id="deputy-prime-minister-of-the-report"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. Former President Ilse Brandt said on Monday that taxes would not rise.",
                 [], id="former-president"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried. Northtown Bank president "
                 "Ilse Brandt said on Monday that Portugal's economy is slowing.",
                 [("Ilse Brandt", "Northtown Bank", "title-before")], id="president-of-a-named-body"),
    pytest.param("Portugal and Spain hold elections in May. President Ilse Brandt said on Monday that taxes "
                 "would not rise.", [], id="no-country-of-the-report"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing, as is Portugal's trade with Spain. Spain and Spain's neighbours wait, and Spain's "
                 "banks and Spain's ports too, as do Portugal's and Portugal's. President Ilse Brandt "
                 "said on Monday that taxes would not rise.", [], id="no-country-clearly-the-report-s"),
    # one who spoke with someone acting for the country of the report is from elsewhere
    pytest.param("Prime Minister Ilse Brandt spoke with Prime Minister Tomas Vrba of Portugal on Monday. Portugal "
                 "faces an election in May, and Portugal's economy is slowing.",
                 [("Tomas Vrba", "Portugal", "name-of")], id="counterpart-of-the-country-of-the-report"),
    # a spokesperson, aide or envoy of a person acts for the country that person represents; a lawyer does not
    pytest.param("Portuguese President Ilse Brandt will travel. Brandt's spokesman Tomas Vrba said the trip was long.",
                 [("Ilse Brandt", "Portugal", "title-before"), ("Tomas Vrba", "Portugal", "aide-of")], id="aide-of"),
    pytest.param("Tomas Vrba, Brandt's envoy, said the talks were long. Portuguese President Ilse Brandt agreed.",
                 [("Ilse Brandt", "Portugal", "title-before"), ("Tomas Vrba", "Portugal", "aide-of")],
                 id="aide-of-in-apposition"),
    # an envoy "to" a state was sent there, is not of it; one who "named X as ambassador" gave the post
    pytest.param("Jan Nowak was ambassador to Angola from 1984 to 1989 and to Mexico from 1995 to 2001.", [],
                 id="ambassador-to-a-state"),
    pytest.param("Cuba's ambassador in Washington, Lianys Quorres Rivera, also took part in the meeting. Peru's chief of "
                 "mission in Lima, Anays Quorvez Ruiz, did not.",
                 [("Lianys Quorres Rivera", "Cuba", "title-before"), ("Anays Quorvez Ruiz", "Peru", "title-before")],
                 id="an-envoy-in-a-city-then-the-name"),
    pytest.param("President Ivo Marek spoke with Anna Keller on Monday. The US-born president, elected in May, has "
                 "made repeated appeals for a ceasefire.", [], id="a-country-of-birth-in-a-title-phrase"),
    pytest.param("Cardinal Jan Nowak, whom Ivo Marek's predecessor Paul Morel named as his peace envoy for Ukraine in "
                 "2023, is expected to travel to Lima for talks.", [],
                 id="named-as-envoy-for-a-state"),
    pytest.param("Peruvian President Ivo Marek on Thursday named career diplomat Anna Keller as ambassador to China.",
                 [("Ivo Marek", "Peru", "title-before")], id="named-as-ambassador-to"),
    # "His foreign minister, X," (the post before the name): a minister of the president's; "his deputy" beside a
    # person is that person's deputy, not the subject's
    pytest.param("NEW YORK - Leaders arrive this week.\n\nPortuguese President Tomas Vrba said he had no plans to "
                 "meet anyone. His foreign minister, Ilse Brandt, is due to hold talks on Tuesday with her counterparts.",
                 [("Tomas Vrba", "Portugal", "title-before"), ("Ilse Brandt", "Portugal", "aide-of")],
                 id="his-minister-before-the-name"),
    pytest.param("Jan Nowak of Hamas held talks with Portuguese intelligence chief Tomas Vrba and his deputy, Ivo Marek, "
                 "on Monday.", [("Jan Nowak", "Hamas", "name-of"), ("Tomas Vrba", "Portugal", "title-before"),
                                ("Ivo Marek", "Portugal", "aide-of")], id="the-deputy-of-the-one-beside"),
    pytest.param("Portuguese President Ilse Brandt will travel. Brandt's lawyer Tomas Vrba said the trip was long.",
                 [("Ilse Brandt", "Portugal", "title-before")], id="a-lawyer-is-no-aide"),
    # a report filed from another country than the one it names most: the officials at home are not of that one
    pytest.param("Chile envoy calls on Minister\n\nSpecial Correspondent\n\nLIMA\n\nConsul General of Chile Jan Nowak "
                 "called on Industries Minister Anna Keller on Tuesday. Chile and Chilean firms plan to invest. Chile "
                 "said so. Industries Secretary Ivo Marek was present.",
                 [("Jan Nowak", "Chile", "title-before")], id="filed-from-another-country"),
    # "the US president" is no prime minister named before with no country (but "the Peruvian leader" may be)
    pytest.param("Relations collapsed after the then prime minister Ivo Marek spoke. Anna Keller says her meeting with "
                 "Jan Nowak was called off when the US president flew back to Washington.", [],
                 id="the-us-president-is-no-prime-minister"),
    # "Director of National Intelligence" is a post of the United States alone
    pytest.param("The United States said so. Director of National Intelligence Anna Keller was in Lima.",
                 [("Anna Keller", "United States", "title-nation")], id="director-of-national-intelligence"),
    # a town no gazetteer knows, in a state's abbreviation: filed from that state's country, not the one named most
    pytest.param("Leaders retreat\n\nNORTHVILLE, Md. — Portugal faces an election. Voters in Portugal are worried, and "
                 "Portugal's economy is slowing. Vice President Ilse Brandt met aides at the retreat.",
                 [], id="filed-from-a-state-s-town"),
    # a report filed from a country it names, and names most: untitled officials are that country's
    pytest.param("Ruritania steps up\n\nLIMA, Feb. 20 (Wire) -- Central bank chief Ivo Marek met Prime Minister Anna "
                 "Keller in Lima on Monday. Peru's Finance Minister Jan Nowak said the government would act. "
                 "Interior Minister Tom Reed agreed.",
                 [("Jan Nowak", "Peru", "title-before"), ("Anna Keller", "Peru", "title-context"),
                  ("Tom Reed", "Peru", "title-context")], id="filed-from-the-country-named"),
    # one whose counterpart is of the country the report is about is not of it; "the Peruvian leader" is the
    # untitled head named before, and acts for Peru
    pytest.param("President Ivo Marek will skip the summit in Quito and has no plans to meet his Chilean counterpart "
                 "Anna Keller. Chile and Chile's neighbours wait, and Chilean firms too. Peru said nothing. Keller said "
                 "last week that the Peruvian leader should apologise.",
                 [("Anna Keller", "Chile", "title-before"), ("Ivo Marek", "Peru", "title-phrase")],
                 id="the-peruvian-leader-with-a-chilean-counterpart"),
    # one who travels to the country the report is about is none of its officials
    pytest.param("Chile and Peru will deepen ties. Chile's Foreign Minister Anna Keller held talks in Lima with Peru's "
                 "Foreign Minister Jan Nowak. Peru is Chile's partner, and Peru's exports grew. The visit prepares a "
                 "trip to Peru by President Tom Reed next year.",
                 [("Anna Keller", "Chile", "title-before"), ("Jan Nowak", "Peru", "title-before")],
                 id="a-trip-to-the-country-of-the-report"),
    # one post, two untitled holders: neither is known to be the report's country's
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. President Ilse Brandt and President Tom Reed made a joint announcement.",
                 [], id="two-presidents-of-no-country-named"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. President Ilse Brandt spoke with President Tom Reed on Monday. Vice President "
                 "Jan Nowak also spoke with Reed.", [], id="two-presidents-and-one-who-spoke-with-them"),
    # a monarchy has no president, a republic no king (data/monarchies.tsv)
    pytest.param("Denmark faces an election in May. Voters in Denmark are worried about prices, and Denmark's "
                 "economy is slowing. President Ilse Brandt said on Monday that taxes would not rise.",
                 [], id="no-president-of-a-monarchy"),
    pytest.param("Denmark faces an election in May. Voters in Denmark are worried about prices, and Denmark's "
                 "economy is slowing. Prime Minister Ilse Brandt said on Monday that taxes would not rise.",
                 [("Ilse Brandt", "Denmark", "title-context")], id="a-prime-minister-of-a-monarchy"),
    pytest.param("Portugal faces an election in May. Voters in Portugal are worried about prices, and Portugal's "
                 "economy is slowing. King Tom Reed said on Monday that taxes would not rise.",
                 [], id="no-king-of-a-republic"),
    # a digest's items, each filed from its own country: an untitled official is the item's country's
    pytest.param("WORLD IN BRIEF\n\nMOSCOW — Russia raised rates. Russia's economy and Russia's banks are slowing. "
                 "Prime Minister Ivo Marek said so.\n\nLIMA — Peru held a vote. President Anna Keller said it was "
                 "fair.",
                 [("Ivo Marek", "Russia", "title-context"), ("Anna Keller", "Peru", "title-context")],
                 id="a-digest-item-s-country"),
]


REPRESENTS_DR = [
    # a ruler of an emirate acts for it, after a post of the federation too
    pytest.param("Sheikh Jan Nowak, Vice President of the UAE and Ruler of Dubai, on Tuesday received Anna Keller.",
                 [("Jan Nowak", "United Arab Emirates", "apposition"), ("Jan Nowak", "Dubai", "apposition")],
                 id="ruler-of-an-emirate"),
    # "the foreign ministers of A, B and C -- X, Y and Z": each in turn
    pytest.param("Anna Keller held talks with the foreign ministers of Chile, Peru and Bolivia -- Jan Nowak, Ivo Marek "
                 "and Paul Morel -- on trade.", [("Jan Nowak", "Chile", "listed-post"), ("Ivo Marek", "Peru", "listed-post"),
                                                  ("Paul Morel", "Bolivia", "listed-post")], id="listed-posts"),
    # the last country parsed into the first name's title after a spaced dash: each in turn still
    pytest.param("Anna Keller held a video call on Wednesday with the leaders of Germany, France and Britain - "
                 "Chancellor Jan Nowak, President Paul Morel and Prime Minister Ivo Marek - to brief them.",
                 [("Jan Nowak", "Germany", "listed-post"), ("Paul Morel", "France", "listed-post"),
                  ("Ivo Marek", "United Kingdom", "listed-post")], id="listed-posts-after-a-dash"),
    # "his Russian, Ukrainian and French counterparts, X, Y and Z": each in turn too
    pytest.param("Anna Keller hosted her Chilean, Peruvian and Bolivian counterparts, Jan Nowak, Ivo Marek and Paul "
                 "Morel, at a villa last Monday.", [("Jan Nowak", "Chile", "listed-post"), ("Ivo Marek", "Peru", "listed-post"),
                                                   ("Paul Morel", "Bolivia", "listed-post")], id="listed-counterparts"),
    # "their Peruvian counterparts, Defense Minister X and Foreign Minister Y": one country for all
    pytest.param("Anna Keller held talks on Tuesday with her Peruvian counterparts, Defense Secretary Jan Nowak and Foreign "
                 "Secretary Ivo Marek.", [("Jan Nowak", "Peru", "listed-post"), ("Ivo Marek", "Peru", "listed-post")],
                 id="counterparts-of-one-country-listed"),
    # a cabinet's minister serves the state ("war cabinet minister X"); a parliament's president presides over it
    pytest.param("Anna Keller spoke with Chilean war cabinet minister Jan Nowak.",
                 [("Jan Nowak", "Chile", "title-before")],
                 id="war-cabinet-minister"),
    # "the leaders of the Y Party, X and Z": one body for all
    pytest.param("The leaders of the Labour Party, Jan Nowak and Ivo Marek, are due at the palace on Friday.",
                 [("Jan Nowak", "Labour Party", "listed-post"), ("Ivo Marek", "Labour Party", "listed-post")],
                 id="leaders-of-one-body-listed"),
    pytest.param("Anna Keller met the leaders of the Greens' parliamentary group, Jan Nowak and Ivo Marek, on Friday.",
                 [("Jan Nowak", "Greens", "listed-post"), ("Ivo Marek", "Greens", "listed-post")],
                 id="leaders-of-a-body-s-group-listed"),
    # a body named before, its noun with no article before a title: "according to department spokesman X"
    pytest.param("The Northtown Transport Department said it would cut fares, according to department spokesman Jan "
                 "Nowak.", [("Jan Nowak", "Northtown Transport Department", "referred-body")],
                 id="department-spokesman-no-article"),
    pytest.param("Russia's foreign ministry said the talks were useful. Chinese foreign ministry spokesperson Jan Nowak "
                 "said on Friday that the trip showed China was on the side of peace.",
                 [("Jan Nowak", "Chinese foreign ministry", "title-before"), ("Jan Nowak", "China", "body-country")],
                 id="own-country-s-ministry-spokesperson"),
    pytest.param("Anna Keller, a longtime volunteer on the Northtown Water Board, said rates would rise.",
                 [("Anna Keller", "Northtown Water Board", "apposition-job")], id="member-on-the-board"),
    # "X, a Social Democrat,": a member named by the party's own noun; a known party's adjective opening a sentence
    pytest.param("Anna Keller met Environment Minister Jan Nowak, a Social Democrat, at her ministry.",
                 [("Jan Nowak", "Social Democratic Party", "member-apposition")], id="a-social-democrat"),
    pytest.param("Green party co-leader Jan Nowak criticized the plan.", [("Jan Nowak", "Greens", "title-before")],
                 id="green-party-co-leader-opening-a-sentence"),
    # an envoy "for" a country acts for the one whose envoy they are
    pytest.param("Anna Keller held talks with Chile's special envoy for Peru, Jan Nowak, on Monday.",
                 [("Jan Nowak", "Chile", "title-before")], id="special-envoy-for"),
    pytest.param("At the retreat, Chile's special envoy on Peru, Jan Nowak, briefed the ministers.",
                 [("Jan Nowak", "Chile", "title-before")], id="special-envoy-on"),
    # who leads a state's unit acts for the state; a post taken "as" is the owner's
    pytest.param("He was joined by Jan Nowak, who has led Peru's foreign ministry since 2021.",
                 [("Jan Nowak", "Peru", "verb")], id="who-has-led-a-country-s-ministry"),
    pytest.param("Jan Nowak, a veteran diplomat who took over as the EU's special representative last year, held talks.",
                 [("Jan Nowak", "European Union", "as-post")], id="took-over-as-a-body-s-post"),
    pytest.param("Jan Nowak, who serves as Peru's ambassador to Chile, held talks.",
                 [("Jan Nowak", "Peru", "as-post")], id="serves-as-a-country-s-envoy"),
    # a list of posts and names: the post after a name's comma opens the next name ("A, German Ambassador to Israel B
    # and Israel's Ambassador to Germany C"), whose surname the model may tag a place
    pytest.param("Anna Keller was joined by Foreign Minister Jan Nowak, German Ambassador to Israel Steffen Seibert and "
                 "Israel's Ambassador to Germany Ivo Marek.",
                 [("Steffen Seibert", "Germany", "title-before"), ("Ivo Marek", "Israel", "title-before")],
                 id="a-list-of-envoys-to-each-other"),
    # the leader of a delegation a relative clause names ("which is led by X") acts for its country
    pytest.param("Anna Keller declined to meet the Chilean delegation, which is led by First Deputy Energy Minister Jan "
                 "Nowak.", [("Jan Nowak", "Chile", "led-by")], id="a-delegation-which-is-led-by"),
    # the post a verb's "as" names is its object's, when one is named: not the subject's
    pytest.param("Anna Keller has appointed Jan Nowak as Peru's special envoy to the Andean region.",
                 [("Jan Nowak", "Peru", "as-post")], id="appointed-an-object-as-a-country-s-envoy"),
    # "the bloc" is the international body named last
    pytest.param("Chile stayed away from the ECOWAS talks in Lima, and the bloc's Commission President Jan Nowak "
                 "left early. The bloc's chief negotiator, Ivo Marek, stayed.",
                 [("Jan Nowak", "ECOWAS", "referred-body"), ("Ivo Marek", "ECOWAS", "referred-body")],
                 id="the-bloc-s-post"),
    # an envoy of a body's head acts for the body, however long the post: not for the country the post serves
    pytest.param("The UN Secretary-General's Special Envoy for the Great Lakes region, Jan Nowak, held talks in Lima.",
                 [("Jan Nowak", "United Nations", "title-before")], id="a-body-head-s-envoy-with-a-long-post"),
    pytest.param("The Special Envoy of the UN Secretary-General for Peru, Jan Nowak, met Anna Keller on Monday.",
                 [("Jan Nowak", "United Nations", "title-before")], id="envoy-of-a-body-head-for-a-country"),
    pytest.param("Anna Keller met the UN humanitarian coordinator for Peru, Jan Nowak, on Monday.",
                 [("Jan Nowak", "United Nations", "title-before")], id="a-post-of-two-words-for-a-country"),
    pytest.param("Anna Keller received on Tuesday UN Under-Secretary-General for Political Affairs Jan Nowak.",
                 [("Jan Nowak", "United Nations", "title-before")], id="under-secretary-general"),
    # those who lead a country's side in negotiations act for it
    pytest.param("Anna Keller and Ivo Marek will lead the Peruvian side in negotiations with Chile.", [("Anna Keller", "Peru", "side-led"), ("Ivo Marek", "Peru",
                                                                                                     "side-led")],
                 id="lead-the-country-s-side"),
    pytest.param("The Peruvian side was led by deputy ministers Anna Keller and Ivo Marek.",
                 [("Anna Keller", "Peru", "side-led"), ("Ivo Marek", "Peru", "side-led")], id="the-side-was-led-by"),
    pytest.param("The talks were attended by trade envoy Anna Keller and Ivo Marek on the Peruvian side, and by "
                 "Chile's Jan Nowak.", [("Anna Keller", "Peru", "side-led"), ("Ivo Marek", "Peru", "side-led"),
                                        ("Jan Nowak", "Chile", "possessive")], id="on-the-country-s-side"),
    pytest.param("Anna Keller met farmers on the Peruvian side of the border.", [], id="on-the-side-of-the-border"),
    pytest.param("The talks were attended by Minister Anna Keller, and on the Peruvian side by Chile's Jan Nowak.",
                 [("Jan Nowak", "Chile", "possessive")], id="and-on-the-country-s-side-by"),
    # a form of address between the post and the name
    pytest.param("Anna Keller held talks with Peru's External Affairs Minister, Dr Jan Nowak, on Monday.",
                 [("Jan Nowak", "Peru", "title-before")], id="post-comma-dr-name"),
    # "A was represented by X, B by its adviser Y and C by Z": each agent after a party stands for that party
    pytest.param("The Maldives was represented by Defence Minister Mohamed Quorn, Mauritius by its National Security "
                 "Adviser Deven Quorlingum and Bangladesh by National Security Adviser Khalil Quorman.",
                 [("Mohamed Quorn", "Maldives", "represented-by"), ("Deven Quorlingum", "Mauritius", "represented-by"),
                  ("Khalil Quorman", "Bangladesh", "represented-by")], id="represented-by-gapped"),
    # a people's adjective before a monarch's title, tagged with the name, is no part of it
    pytest.param("On Tuesday, Dutch King Jan Quorvander opened the session.",
                 [("Jan Quorvander", "Netherlands", "title-before")], id="demonym-king-name"),
    # "the Council of Ministers of Italy", as "the Government of Ghana", is the country's
    pytest.param("On Monday, the President will receive the President of the Council of Ministers of Italy, Anna "
                 "Quoroni, at the Elysee Palace.", [("Anna Quoroni", "Italy", "title-before")],
                 id="council-of-ministers-of-a-country"),
    # "Israeli officials, including Prime Minister X and Defence Minister Y": both act for Israel, not the home country
    pytest.param("BEIRUT - Lebanon's envoy Anna Keller met Paul Morel in Beirut on Monday. Keller is expected to "
                 "travel to Israel on Wednesday for talks with Israeli officials, including Prime Minister Jan Nowak "
                 "and Defence Minister Ivo Marek, a diplomatic source said.",
                 [("Anna Keller", "Lebanon", "title-before"), ("Jan Nowak", "Israel", "listed-officials"),
                  ("Ivo Marek", "Israel", "listed-officials")], id="officials-including"),
    # or an academic's title, set after the post
    pytest.param("Anna Keller called the Chief Adviser of Peru's Interim Government, Professor Jan Nowak, on Monday.",
                 [("Jan Nowak", "Peru", "title-before")], id="post-comma-professor-name"),
    # or a style of rank: "Sheikh" is no post of its own
    pytest.param("Qatar's prime minister, Sheikh Jan Nowak bin Ali Al Marek, hosted Anna Keller on Tuesday.",
                 [("Jan Nowak bin Ali Al Marek", "Qatar", "title-before")], id="post-comma-sheikh-name"),
    # or a style of address: "the Honourable", "His Excellency Dr."; a double-barrelled surname after it
    pytest.param("The Prime Minister of Barbados, the Honourable Anna Keller-Rolfe, and the President of Guyana, His "
                 "Excellency Dr. Jan Nowak, met in Montego Bay.",
                 [("Anna Keller-Rolfe", "Barbados", "title-before"), ("Jan Nowak", "Guyana", "title-before")],
                 id="post-comma-honourable-name"),
    # a post whose list of portfolios has commas in it; the owner before such a post, not a demonym in its portfolios;
    # the talks are with the name the post runs up to
    pytest.param("Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Ivo Marek, held "
                 "talks on Tuesday in Rabat with Mauritanian Minister of Foreign Affairs, Cooperation and Mauritanians "
                 "Abroad, Jan Nowak, who is on a working visit.",
                 [("Ivo Marek", "Morocco", "title-before"), ("Jan Nowak", "Mauritania", "title-before")],
                 id="posts-of-portfolio-lists"),
    # a post of many words before the name; a phrase of the clause after its comma is no apposition
    pytest.param("Ivo Marek received Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of the "
                 "Hashemite Kingdom of Jordan Jan Nowak, in the presence of Egypt's Minister of Foreign Affairs Anna "
                 "Keller.", [("Jan Nowak", "Jordan", "title-before"), ("Anna Keller", "Egypt", "title-before")], id="long-post-then-in-the-presence"),
]


REPRESENTS_NOT = [
    # a title that owns another noun is the post of the one it names, not the apposed name's: "the Chilean president's
    # arrival, X"
    pytest.param("A day before the Chilean president's arrival, Jan Nowak spoke by phone with Ivo Marek.", [],
                 id="a-possessive-post-before-the-comma"),
    # a country named before the trade it is the subject of: no party
    pytest.param('"Any de-escalation will be welcomed," said Jan Nowak, chief China economist at Nomura in Tokyo.',
                 [("Jan Nowak", "Nomura", "apposition")], id="a-china-economist"),
    # "A's aide X and B's chief of staff Y", Y parsed as an apposition of "aide": B's, not A's
    pytest.param("Russian President Ivo Marek and Peruvian President Tom Reed may meet. Reports said that Marek's aide "
                 "Anna Keller and Reed's chief of staff Jan Nowak had spoken by phone.",
                 [("Ivo Marek", "Russia", "title-before"), ("Tom Reed", "Peru", "title-before"),
                  ("Anna Keller", "Russia", "aide-of")], id="two-owners-aides"),
    # a federal state's post is no post of the country the report is about
    pytest.param("ACCRA - Ghana's Vice President Ivo Marek on Tuesday held talks with a Nigerian trade delegation in "
                 "Accra. The meeting was attended by the Kwara State Commissioner for Commerce, Trade and Investment, "
                 "Mrs Ana Ruiz.", [("Ivo Marek", "Ghana", "title-before")], id="a-federal-state-s-commissioner"),
    # the country inside what an envoy's post is for is not the envoy's: "Special Representative for the South Caucasus
    # and the crisis in Z, Ms. X"
    pytest.param("Minister Ivo Marek held a video call with the Special Representative for the South Caucasus and the "
                 "crisis in Georgia, Ms. Ana Ode.", [], id="a-country-in-an-envoy-s-remit"),
    # "the foreign ministers of the three countries, X (A), Y (B) and Z (C D)": the plural post before the comma, and a
    # country of two words in the last brackets
    pytest.param("The foreign ministers of the three countries, Ivo Marek (Mali), Jan Nowak (Niger) and Ana Ode "
                 "(Burkina Faso), met in Niamey.",
                 [("Ivo Marek", "Mali", "bracket"), ("Jan Nowak", "Niger", "bracket"), ("Ana Ode", "Burkina Faso",
                                                                                       "bracket")],
                 id="ministers-of-the-countries-then-brackets"),
    # who acts for a state's body acts for the state the report names: the gazetteer's "Pentagon" is the United
    # States'; not one who no longer does ("Ex - CIA", written apart), nor a state broadcaster's reporter
    pytest.param("Pentagon spokesman Colonel Ivo Marek said the United States would welcome a meeting.",
                 [("Ivo Marek", "Pentagon", "title-before"), ("Ivo Marek", "United States", "body-country")],
                 id="a-state-body-s-state"),
    pytest.param("Ex - CIA officer Ivo Marek was detained in Panama. The United States said it would not comment.",
                 [("Ivo Marek", "CIA", "title-before")], id="no-longer-the-body-s"),
    pytest.param("Deutsche Welle's Ivo Marek is reporting from Bonn, where Germany's cabinet met.",
                 [("Ivo Marek", "Deutsche Welle", "possessive")], id="a-state-broadcaster-s-reporter"),
    # a given name no list knows, after the country's "'s", opens the name the model cut
    pytest.param("It was attended by Chad's Idriss Deby Itno and Congo's Denis Sassou Nguesso.",
                 [("Idriss Deby Itno", "Chad", "possessive"), ("Denis Sassou Nguesso", "Congo Republic", "possessive")],
                 id="a-country-s-unknown-given-name"),
    # "the last US governor to meet X" describes whoever it is said to be; it names no one before
    pytest.param("Tom Reed met Premier Li Qiang on Tuesday. The last Canadian governor to meet Xi Jinping was Tom "
                 "Reed's predecessor, Ivo Marek, who held talks with him in Beijing in June 2017.", [],
                 id="the-last-governor-to-meet"),
    # whoever travels with or accompanies a visitor to the country the report is about is none of its officials
    # ("the Chief Minister" being the one titled so, not the last minister named)
    pytest.param("Ann Ode will fly to Beijing on Monday for her first visit to China. China is the largest partner, "
                 "and China's firms invest, China said. Ode, who is travelling with Trade Minister Jan Nowak, will "
                 "meet Premier Tom Reed.", [("Tom Reed", "China", "host-country")], id="travelling-with-a-visitor"),
    pytest.param("MADRID: Quorland Chief Minister Ann Ode held talks with Spanish firms on Monday, the first working "
                 "day of his eight-day visit to Spain. Spain and Spanish banks are keen, Spain said. Industries "
                 "Minister Jan Nowak is accompanying the Chief Minister. A meeting with Prime Minister Tom Reed is not "
                 "planned.",
                 [("Ann Ode", "Quorland", "title-before"), ("Tom Reed", "Spain", "title-context")],
                 id="accompanying-the-chief-minister"),
    # a people's adjective before the post of another body is the holder's nationality
    pytest.param("Jan Nowak, the Kuwaiti secretary general of the Organization of the Petroleum Exporting Countries, "
                 "wrote to members.", [("Jan Nowak", "OPEC", "apposition")], id="a-national-heading-a-body"),
    pytest.param("Jan Nowak, the agency's Austrian director general, told reporters.", [],
                 id="a-national-heading-the-agency"),
    # a city opening the sentence is no one the next name's post is set beside
    pytest.param("In Sharm el-Sheikh, Egypt's trade minister, Ann Ode, who chairs the forum, asked delegates to hurry.",
                 [("Ann Ode", "Egypt", "title-before")], id="a-city-before-a-post"),
    # a minister accompanying a visiting president travels with them: no official of the country the report is about
    # (a guard: their post, a list of portfolios, is read whole only since it was written)
    pytest.param("President Ivo Marek, who is making his first visit to China since his election, is accompanied by the "
                 "Minister of Economy, Planning and Cooperation, Jan Nowak. Marek held talks with Chinese President Anna "
                 "Keller in Beijing on Tuesday. China is Marek's largest trading partner, and China has pledged new "
                 "loans, China said.", [("Anna Keller", "China", "title-before")], id="accompanying-a-visitor"),
    # a country of two words the model left untagged; a rank between a post and the name after it
    pytest.param("The Holy See's new ambassador to Kenya, Archbishop Tom Reed, met Ann Ode.",
                 [("Tom Reed", "Vatican", "title-before")], id="a-rank-after-the-post"),
    # nor of a republic whose president the story names (a guard: "Queen" is now a title, no given name)
    pytest.param("King Ann Ode was formally welcomed by President Tom Reed at State House in Nairobi on Tuesday. Queen "
                 "Camilla also attended the ceremony. Kenya and Kenyans cheered. Kenya's economy grew.",
                 [("Tom Reed", "Kenya", "host-country")], id="a-queen-in-a-republic"),
    # an untitled king is not of the country another's throne is: "Japan's Emperor X" (in a story about Japan)
    pytest.param("Japan's Emperor Tom Reed arrived in London on a state visit. Later, King Ann Ode recalled his own "
                 "visits to Japan. Japan and its emperor were cheered. Japanese flags lined the Mall.",
                 [("Tom Reed", "Japan", "title-before")], id="another-s-throne"),
    # one coordinated with an official of the report's country is the other side, not of that country
    pytest.param("Chile and Peru held talks. Chile's ports and Chile's mines were discussed, and Chile's farms. Deputy "
                 "Foreign Minister Anna Keller and Chilean Vice Foreign Minister Jan Nowak co-chaired the meeting.",
                 [("Jan Nowak", "Chile", "title-before")], id="coordinated-with-an-official-of-the-country"),
    # in a list of "Title of Country H.E. Name", a post after a name is the next one's
    pytest.param("The summit was attended by President of Chile H.E. Mr. Jan Nowak, President of Peru H.E. Mr. Ivo "
                 "Marek and President of Bolivia H.E. Mr. Paul Morel.",
                 [("Jan Nowak", "Chile", "title-before"), ("Ivo Marek", "Peru", "title-before"),
                  ("Paul Morel", "Bolivia", "title-before")], id="a-list-of-posts-and-forms-of-address"),
    # a post before another person's name and a comma is that person's
    pytest.param("Asked whether they could meet the bloc's chairman, Chile's President Jan Nowak, Keller said no.",
                 [("Jan Nowak", "Chile", "title-before")], id="a-post-before-another-name-and-a-comma"),
    # a post after "with" in the apposition is the companion's
    pytest.param("Photo caption: Army chief Anna Keller (left), with Peru's Defence Minister, General Jan Nowak, in Lima "
                 "on Monday.", [("Jan Nowak", "Peru", "title-before")], id="a-companion-s-post-after-with"),
    # in a list of names with their posts, a post after a name is that name's, not the next one's
    pytest.param("Eric Ciotti, president of the Vell Party, Olivier Faure, first secretary of the Socialist Party, "
                 "and Manuel Bompard all declined the invitation.",
                 [("Eric Ciotti", "Vell Party", "apposition"), ("Olivier Faure", "Socialist Party", "apposition")],
                 id="a-list-of-names-and-posts"),
    # a style between the post and the name
    pytest.param("Peruvian Minister of Foreign Affairs His Highness Prince Jan Nowak received Anna Keller.",
                 [("Jan Nowak", "Peru", "title-before")], id="a-style-between-post-and-name"),
    # a headline's "X, Y discuss": two subjects, no apposition
    pytest.param("PM Keller, Chilean consul general discuss trade\n\nLIMA, Mar 17 (APP): Prime Minister Anna Keller "
                 "on Monday received Jan Nowak.", [], id="headline-x-y-discuss"),
    # a participle before the post; "Korean" alone is South Korea's
    pytest.param("Anna Keller received Jan Nowak, the newly appointed Ambassador of Chile to Peru, on Monday.",
                 [("Jan Nowak", "Chile", "apposition")], id="the-newly-appointed-ambassador-of-x"),
    pytest.param("Ambassador Ivo Marek conveyed the greetings of Korean Foreign Minister Tom Reed.",
                 [("Tom Reed", "South Korea", "title-before")], id="korean-alone"),
    # a justice of a court; a title word inside a body's name opens no apposition
    pytest.param("The decision was announced by Ivo Marek, a justice of the Northland Supreme Court.",
                 [("Ivo Marek", "Northland Supreme Court", "apposition")], id="a-justice-of-a-court"),
    pytest.param("The dispute went to the International Court of Justice in The Hague last July , Bratislava and "
                 "Budapest disagree .", [], id="justice-inside-a-court-s-name"),
    # a member of a leader's delegation acts for the leader's country
    pytest.param("Chilean President Tom Reed arrived with a delegation that included Mining Minister Ann Ode.",
                 [("Tom Reed", "Chile", "title-before"), ("Ann Ode", "Chile", "aide-of")], id="delegation-member"),
    pytest.param("A delegation led by Chilean President Tom Reed and including Ann Ode arrived.",
                 [("Tom Reed", "Chile", "title-before"), ("Ann Ode", "Chile", "aide-of")], id="delegation-led-by-including"),
    # a news agency reporting after a name is its source, not its apposition
    pytest.param("Ann Ode spoke by telephone with Egyptian President Tom Reed, the official Chilean news agency NTX "
                 "reported.", [("Tom Reed", "Egypt", "title-before")], id="reported-by-an-agency"),
    # heading or sitting on a unit of a body acts for the body
    pytest.param("Tom Reed, who heads Volkswagen's US operations, also took part.",
                 [("Tom Reed", "Volkswagen", "verb")], id="heads-a-body-s-unit"),
    pytest.param("Ann Ode, who sits on Siemens's supervisory board, warned against panic.",
                 [("Ann Ode", "Siemens", "verb")], id="sits-on-a-body-s-board"),
    # an envoy "of X to Y" acts for X; a post "of" a country tagged as one body is the country
    pytest.param("Later, Ann Ode received a call from the outgoing High Commissioner of Canada to Ghana, H.E. Ms. Ilse Brandt.",
                 [("Ilse Brandt", "Canada", "title-before")], id="high-commissioner-of-x-to-y"),
    pytest.param("Tom Reed conveyed the greetings of the Minister for Foreign Affairs of Japan, H.E. Ms. Ilse Brandt.",
                 [("Ilse Brandt", "Japan", "title-before")], id="post-of-a-country-tagged-as-a-body"),
    # the head of a region's or a city's government acts for that place; other posts there do not
    pytest.param("Hamburg Mayor Ann Ode and Lima police chief Tom Reed agreed.",
                 [("Ann Ode", "Hamburg", "title-before")], id="mayor-of-a-city"),
    # a given name the model tagged a body after "the foreign ministers of A and B," opens the first holder's name
    pytest.param("Panama City, May 8 (EFE).- The foreign ministers of Panama and Colombia, Eduardo Ferrer Arosemena and "
                 "Camilo Restrepo Osorio, agreed on Wednesday to create a joint early-warning system.",
                 [("Eduardo Ferrer Arosemena", "Panama", "listed-post"), ("Camilo Restrepo Osorio", "Colombia",
                                                                            "listed-post")],
                 id="a-given-name-tagged-a-body-after-a-plural-post-s-countries"),
    # the country of a post named first is that of an untitled post coordinated with it
    pytest.param("Tom Reed held talks with Peru's Prime Minister Ann Ode and Interior Minister General Jan Nowak.",
                 [("Ann Ode", "Peru", "title-before"), ("Jan Nowak", "Peru", "title-conjunct")],
                 id="a-post-s-country-for-the-post-coordinated-with-it"),
    # but a capital's envoy or minister is its state's (the article naming the state)
    pytest.param("Moscow's Arctic envoy, Ann Ode, told reporters that Russia would not be bound by the Paris mayor.",
                 [("Ann Ode", "Russia", "title-before")], id="a-capital-s-envoy"),
    pytest.param("\"It is serious,\" Tom Reed, chief minister of West Bengal, told reporters.",
                 [("Tom Reed", "West Bengal", "apposition")], id="chief-minister-of-a-region"),
    pytest.param("Ohio Gov. Ann Ode urged both sides to settle.", [("Ann Ode", "Ohio", "title-before")],
                 id="a-state-s-gov-abbreviated"),
    pytest.param("Pennsylvania Commerce Secretary Tom Reed said the state would offer loans.",
                 [("Tom Reed", "Pennsylvania", "title-before")], id="a-state-s-minister"),
    pytest.param("Ontario Premier Ann Ode said she would sign it.", [("Ann Ode", "Ontario", "title-before")],
                 id="a-province-the-model-missed"),
    # a title and a hyphen's "designate"; "at" a body on a word above the name is where, not an employer
    pytest.param("Tom Reed received the courtesy calls of Ambassador-designate of the Kingdom of Sweden Ann Ode at the "
                 "Northtown Office of the Secretary in Pasay City.", [("Ann Ode", "Sweden", "title-before")],
                 id="ambassador-designate-at-an-office"),
    # a portfolio of two parts; a minister who accompanies a leader acts for the leader's country
    pytest.param("Ann Ode met Tom Reed, Minister of Foreign Affairs and International Cooperation of the Republic of "
                 "Zambia.", [("Tom Reed", "Zambia", "apposition")], id="a-portfolio-of-two-parts"),
    # (a participle hung on the place where the traveller was received: his companion, not the host's)
    pytest.param("PARIS, June 23 (Reuters) - Zambian President Ivo Marek arrived in Paris on Tuesday for the financing "
                 "summit. On Wednesday evening he was received by French President Jan Nowak at the Elysee Palace, "
                 "accompanied by Finance Minister Tom Reed.",
                 [("Ivo Marek", "Zambia", "title-before"), ("Jan Nowak", "France", "title-before"),
                  ("Tom Reed", "Zambia", "title-companion")], id="received-at-a-palace-accompanied-by"),
    # a ministry named by its people's word before its spokesperson's title: the ministry's, and so its country's
    pytest.param("Iranian Foreign Ministry spokesman Ivo Marek said Iran would respond.",
                 [("Ivo Marek", "Iranian Foreign Ministry", "title-before"), ("Ivo Marek", "Iran", "body-country")],
                 id="a-people-s-foreign-ministry-spokesman"),
    # an envoy "to" a country, named before the envoy's rank ("-designate") or by the mission they head
    pytest.param("The Ambassador-designate of Japan to Ghana, H.E. Ms. Ann Ode, called on the Minister. He met the Head "
                 "of the Delegation of the European Union to Ghana, H.E. Mr. Tom Reed.",
                 [("Ann Ode", "Japan", "title-before"), ("Tom Reed", "European Union", "title-before")],
                 id="designate-and-delegation-to-a-country"),
    pytest.param("Chilean President Ann Ode, accompanied by Foreign Minister Tom Reed, met Ivo Marek in Lima.",
                 [("Ann Ode", "Chile", "title-before"), ("Tom Reed", "Chile", "aide-of")], id="accompanied-by-a-minister"),
    # one sent in another's place is of the sender's side
    pytest.param("Chilean President Ann Ode skipped the summit to deal with floods, sending Foreign Minister Tom Reed in "
                 "her place.", [("Ann Ode", "Chile", "title-before"), ("Tom Reed", "Chile", "aide-of")],
                 id="sending-a-minister-in-her-place"),
    pytest.param("Peruvian President Ann Ode stayed in Lima and sent Cabinet Chief Tom Reed in his place.",
                 [("Ann Ode", "Peru", "title-before"), ("Tom Reed", "Peru", "aide-of")], id="sent-a-cabinet-chief-in-his-place"),
    pytest.param("Chilean President Ann Ode, accompanied by her husband Tom Reed, met Ivo Marek in Lima.",
                 [("Ann Ode", "Chile", "title-before")], id="accompanied-by-a-spouse"),
    # the initials of a body after a title and "of"
    pytest.param("The Special Representative for West Africa and Head of UNOWAS, Ann Ode, travelled to Niamey.",
                 [("Ann Ode", "UNOWAS", "title-before")], id="head-of-initials"),
    pytest.param("Ann Ode said that Mexico will be represented at the meeting by the Secretary of Foreign Affairs, "
                 "Tom Reed.", [("Tom Reed", "Mexico", "represented-by")], id="represented-at-a-meeting-by"),
    pytest.param("Chile was represented by its ambassador to Peru, Ann Ode, who attended the ceremony.",
                 [("Ann Ode", "Chile", "represented-by")], id="represented-by-its-ambassador-to-a-country-comma-x"),
    pytest.param("Chile was represented by Tom Reed, director-general of the Chilean Foreign Ministry, and the Northtown "
                 "Liberal Party by Ann Ode, a senior official, Ivo Marek said.",
                 [("Tom Reed", "Chile", "represented-by"), ("Tom Reed", "Chilean Foreign Ministry", "apposition")],
                 id="and-the-other-side-by"),
    # a country in brackets after the names of a state's posts, not after others' names
    pytest.param("Taking part were foreign ministers Ann Ode (Argentina), Tom Reed (Brazil) and Ivo Marek (Uruguay).",
                 [("Ann Ode", "Argentina", "bracket"), ("Tom Reed", "Brazil", "bracket"),
                  ("Ivo Marek", "Uruguay", "bracket")], id="ministers-with-countries-in-brackets"),
    # the ruler's noun between a body and a post; the next post of a list after "and"
    pytest.param("Ivo Marek met the Northtown administration's acting foreign minister, Ann Ode, and Chile's special "
                 "envoy for Peru, Tom Reed.", [("Ann Ode", "Northtown", "title-before"), ("Tom Reed", "Chile", "title-before")],
                 id="administration-s-minister-and-a-country-s-envoy"),
    # a list of titled names: the post after a comma is the next name's; a people within a state holds no state post
    pytest.param("The meeting was attended by Danish Foreign Minister Ann Ode, Greenland's Minister for Foreign Affairs "
                 "Tom Reed and Faroese Prime Minister Ivo Marek.",
                 [("Ann Ode", "Denmark", "title-before"), ("Tom Reed", "Greenland", "title-before"),
                  ("Ivo Marek", "Faroe Islands", "title-before")], id="a-list-of-titled-names"),
    # a state's body in lower case, possessive, between the people's word and the post
    pytest.param("The Chilean foreign ministry's spokesman, Ann Ode, told reporters that the couple were held.",
                 [("Ann Ode", "Chilean foreign ministry", "title-before"), ("Ann Ode", "Chile", "body-country")],
                 id="the-demonym-foreign-ministry-s-spokesman"),
    # an employer after "at" and a city's "-based"
    pytest.param("\"It will not last,\" said Ann Ode, a senior analyst at the Lima-based Quorvo Policy Institute.",
                 [("Ann Ode", "Quorvo Policy Institute", "apposition")], id="an-analyst-at-a-city-based-institute"),
    # the countries of a desk
    pytest.param("Ivo Marek met a delegation of the European External Action Service led by Ann Ode, Deputy Managing "
                 "Director for Russia, Eastern Partnership and Central Asia.",
                 [("Ann Ode", "European External Action Service", "delegation-member")], id="director-for-a-country"),
    # a title that is also a form of address opens the next name's post: "Qatar's Emir Sheikh Y"
    pytest.param("The summit was attended by Jordan's King Ann Ode, Qatar's Emir Sheikh Tom Reed and Ivo Marek.",
                 [("Ann Ode", "Jordan", "title-before"), ("Tom Reed", "Qatar", "title-before")],
                 id="a-list-with-an-emir-sheikh"),
    pytest.param("Turkish Cypriot leader Ann Ode met Bosnian Serb leader Tom Reed in Nicosia.", [],
                 id="leaders-of-communities"),
    # a body's post tagged as a person or a body ("the UN Special Coordinator"): the body, then the name after it
    pytest.param("Turning to Peru, the UN Special Coordinator for Peru, Ann Ode, met Tom Reed in Lima.",
                 [("Ann Ode", "United Nations", "title-before")], id="the-un-special-coordinator-for-x-comma-y"),
    pytest.param("Tom Reed was named a possible Northtown Court nominee after his former colleague on the Quorvath circuit, "
                 "Ann Ode, failed to win confirmation.", [], id="a-post-far-before-an-apposition"),
    pytest.param("When Ann Ode arrived in Lima in 1945, she had been president of Chile for barely three months.",
                 [("Ann Ode", "Chile", "copula")], id="a-pronoun-s-copula"),
    # where an accused lives, between the age and the post; a councillor's abbreviated title
    pytest.param("Tom Reed, 54, of Longridge, a director of Quorvo Haulage Ltd, admitted the offences.",
                 [("Tom Reed", "Quorvo Haulage Ltd", "apposition")], id="age-home-and-post"),
    pytest.param("Acme's UK managing director, Tom Reed, said no.", [("Tom Reed", "Acme", "title-before")],
                 id="a-company-s-country-manager"),
    pytest.param("Quorvo Brands said its UK managing director, Tom Reed, would resign.", [], id="its-country-manager"),
    pytest.param("Quorvo Foods boss meets unions\n\nBy Ann Ode, Business Reporter\n\nThe chief executive of Quorvo Foods met "
                 "union leaders on Thursday.", [], id="a-byline-and-the-next-paragraph"),
    pytest.param("Cllr Ann Ode, leader of Northtown City Council, opened the school.",
                 [("Ann Ode", "Northtown City Council", "apposition")], id="cllr-x-leader-of"),
    pytest.param("The medals went to Ann Ode (Chile), Tom Reed (Peru) and Ivo Marek (Brazil).", [],
                 id="medallists-with-countries-in-brackets"),
    pytest.param("( Lima ) , Ann Ode ( Chile ) met Tom Reed", [], id="a-bracket-opening-the-text"),
    pytest.param("Ann Ode at the Northtown Institute of Physics and Tom Reed at the Northtown Institute of Mathematics "
                 "won prizes.", [("Ann Ode", "Northtown Institute of Physics", "name-of"),
                                 ("Tom Reed", "Northtown Institute of Mathematics", "name-of")],
                 id="each-at-an-institute"),
    # a year or a title's "The" after a possessive: a work of the person's, not their body
    pytest.param("Two tracks come from Ann Ode's own 1957 Northtown Express Band, the label said.", [],
                 id="possessor-of-a-dated-work"),
    pytest.param("Tomas Vrba adapted Ilse Brandt's The Northtown Orchestra Company for the stage.", [],
                 id="possessor-of-a-titled-work"),
    pytest.param("Chilean President Tomas Vrba, whose country chairs the Northtown Liberal Party this year, said no.",
                 [("Tomas Vrba", "Chile", "title-before")], id="whose-country-chairs-a-body"),
    pytest.param("PARIS - President Tomas Vrba received the players on Sunday.", [], id="a-dateline-is-no-title-party"),
    pytest.param("Anna Keller, chairman of the Chile Rugby Board, told UNESCO chief executive Paul Morel so.",
                 [("Anna Keller", "Chile Rugby Board", "apposition"), ("Paul Morel", "UNESCO", "title-before")],
                 id="a-body-before-a-clause-is-no-person"),
    pytest.param("Ann Ode met Saudi Foreign Minister Tomas Vrba at the State Department on Friday.",
                 [("Tomas Vrba", "Saudi Arabia", "title-before")], id="met-x-at-a-body-is-where"),
    pytest.param("The ship sank near Port Arlow , Acme spokesman Tomas Vrba said.",
                 [("Tomas Vrba", "Acme", "title-before")], id="title-belongs-to-the-next-name"),
    pytest.param("Ilse Brandt said that Tomas Vrba was the victim of an Acme conspiracy.", [], id="victim-is-no-post"),
    pytest.param("The British journalist Tomas Vrba travelled to Northtown.", [], id="nationality-is-no-post"),
    pytest.param("Belarusian opposition leader Tomas Vrba arrived in Vilnius.", [], id="opposition-leader-before"),
    pytest.param("Tomas Vrba, Russia's main opposition leader, arrived in Vilnius.", [],
                 id="opposition-leader-in-apposition"),
    pytest.param("British spokesman Tomas Vrba travelled to Northtown.", [("Tomas Vrba", "United Kingdom", "title-before")],
                 id="spokesman-of-a-people"),
    pytest.param("Ilse Brandt , 58 , was acting comptroller at Northtown University when she retired.",
                 [("Ilse Brandt", "Northtown University", "copula")], id="copula-prep-on-the-verb"),
    pytest.param("Ilse Brandt, a longtime customer of Northtown Bank, complained about the fees.", [],
                 id="customer-is-no-post"),
    pytest.param("Northtown Rail will add two trains next year, said Ann Ode, a lawyer.", [],
                 id="a-lawyer-quoted-on-a-company-is-no-spokesperson"),
    pytest.param("The Polish party leader Ann Ode resigned.", [], id="a-peoples-party-leader-leads-no-country"),
    pytest.param("Ann Ode became a critic of the Northtown Liberal Party.", [], id="becoming-a-critic-is-no-post"),
    pytest.param("According to Ann Ode , the head of the Northtown Liberal Party , Tomas Vrba called on the mayor to resign.",
                 [("Tomas Vrba", "Northtown Liberal Party", "title-before")], id="apposition-between-two-names-is-the-second-s"),
    pytest.param("Tomas Vrba launched an attack on the Northtown Freedom Alliance.", [], id="launching-an-attack-on-a-body"),
    pytest.param("US star rapper Tomas Vrba was shot dead in Florida.", [], id="star-rapper-is-no-post"),
    pytest.param("EU parliament president Ann Ode informed the fraud office.",
                 [("Ann Ode", "European Parliament", "title-before")], id="president-of-a-chamber-not-the-union"),
    pytest.param("Ivo Marek, the former ambassador to Chile, said the talks failed.", [], id="an-envoy-to-a-country-is-not-its-own"),
    pytest.param("The Peruvian ambassador in Chile, Ivo Marek, said no.", [("Ivo Marek", "Peru", "title-before")],
                 id="an-envoy-in-a-country-is-not-its-own"),
    pytest.param("Ivo Marek, head of the embassy in Chile, said the talks failed.", [], id="head-of-the-embassy-in-a-country"),
    pytest.param("Chile was represented by Foreign Minister Ivo Marek.", [("Ivo Marek", "Chile", "represented-by")],
                 id="a-country-represented-by"),
    pytest.param("Peruvian President Ann Ode skipped the summit and was represented by Foreign Minister Ivo Marek.",
                 [("Ann Ode", "Peru", "title-before"), ("Ivo Marek", "Peru", "aide-of")], id="a-leader-represented-by"),
    pytest.param("Peruvian film director Ivo Marek said no.", [], id="a-trade-s-title-after-a-people-s-adjective"),
    pytest.param("Ivo Marek, a Peruvian oil executive, said no.", [], id="apposition-a-trade-s-title"),
    pytest.param("Ivo Marek is a Peruvian museum director.", [], id="copula-a-trade-s-title"),
    pytest.param("Peruvian oil minister Ivo Marek said no.", [("Ivo Marek", "Peru", "title-before")],
                 id="a-minister-of-a-trade-acts-for-the-state"),
    pytest.param("Ivo Marek was the head of the embassy in Chile.", [], id="copula-head-of-the-embassy-in-a-country"),
    pytest.param("Ivo Marek, 53, is a former chief and charge in Santiago, Chile.", [], id="a-post-in-a-city-and-its-country"),
    pytest.param("Chancellor Ivo Marek and Tom Reed of the Northtown Liberal Party said no.",
                 [("Tom Reed", "Northtown Liberal Party", "name-of")], id="a-name-with-its-own-title-shares-no-of-y"),
    pytest.param("Tom Reed was shot at Ford's Theater.", [], id="at-a-body-s-place"),
    pytest.param("He married Ann Ode and Princess Ilse of Portugal.", [("Princess Ilse", "Portugal", "name-of")],
                 id="of-a-country-is-not-shared"),
    pytest.param("The union named Ann Ode a critic of the Northtown Bank.", [], id="named-a-critic-is-no-post"),
    pytest.param("Tom Reed, one of the fans of the Northtown Rovers, cheered.", [], id="one-of-the-fans-is-no-post"),
    pytest.param("Shares of Northtown Bank fell, attorney Ann Ode said.", [], id="a-clause-then-comma-trade-x"),
    pytest.param("Ann Ode, director of the Quorvath Museum in Tom Reed's home town, said no.",
                 [("Ann Ode", "Quorvath Museum", "apposition")], id="a-name-after-in-holds-no-title-before-it"),
    pytest.param("Russia 's Gazprom chief Tom Reed said no.", [("Tom Reed", "Gazprom", "title-before")],
                 id="a-country-owning-a-company-is-no-employer"),
    pytest.param("Ann Ode, a spokeswoman for the agency, said no.", [], id="the-agency-never-named"),
    pytest.param("Ann Ode, who was a critic of the Northtown Institute, said no.", [], id="who-was-a-critic-of-y"),
    pytest.param("Ann Ode was arrested by Tom Reed at the Northtown Bank on Monday.", [], id="at-y-where-it-happened"),
    pytest.param("Ann Ode, who is the daughter of the Northtown Bank's founder, said no.", [], id="a-daughter-holds-no-post"),
    pytest.param("Northtown Edison cut power to homes in Vellport. Vellport spokesman Tom Reed said it was bad.", [],
                 id="a-place-not-in-the-company-s-name"),
    pytest.param("The Northtown Department of Health has adopted new rules, Ann Ode said of the department's plans.", [],
                 id="the-department-s-plans-are-no-title"),
    pytest.param("Tom Diaz, a lawyer in Lima, said the trial was unfair.", [], id="a-post-in-a-city-names-no-body"),
    pytest.param("Ann Berg, 41, who is a colonel in the Air Force, works at the Pentagon.",
                 [("Ann Berg", "Pentagon", "verb"), ("Ann Berg", "Air Force", "post")], id="a-post-in-a-body"),
    pytest.param("Jane Roe has worked for Greenpeace for ten years.", [("Jane Roe", "Greenpeace", "verb")],
                 id="a-rights-group-from-the-gazetteer"),
    pytest.param("East German leader Ivo Marek met Soviet President Tom Reed.",
                 [("Ivo Marek", "East Germany", "title-before"), ("Tom Reed", "Soviet Union", "title-before")],
                 id="states-of-older-news"),
    pytest.param("The Kenyan delegation comprised Ann Ode, Jan Nowak and Tom Reed.",
                 [("Ann Ode", "Kenya", "delegation-member"), ("Jan Nowak", "Kenya", "delegation-member"),
                  ("Tom Reed", "Kenya", "delegation-member")], id="a-delegation-s-members"),
    pytest.param("The party included Ann Ode.", [], id="a-party-s-members-of-no-one-named"),
    pytest.param("Ukraine was represented by Jan Nowak and Foreign Minister Ivo Marek.",
                 [("Jan Nowak", "Ukraine", "represented-by"), ("Ivo Marek", "Ukraine", "represented-by")],
                 id="represented-by-x-and-y"),
    pytest.param("Ukraine was represented by Jan Nowak, the head of Ivo Marek's office, Foreign Minister Tom Reed "
                 "and Defense Minister Ann Ode.",
                 [("Jan Nowak", "Ukraine", "represented-by"), ("Tom Reed", "Ukraine", "represented-by"),
                  ("Ann Ode", "Ukraine", "represented-by")], id="represented-by-x-the-head-of-an-office-y-and-z"),
    pytest.param("The audience was attended by Dr. Ann Ode, Ambassador of the United Kingdom to the Sultanate of Oman.",
                 [("Ann Ode", "United Kingdom", "apposition")], id="ambassador-to-a-state-s-formal-name"),
    pytest.param("Ann Ode, a senior adviser to NATO chief Tom Reed, said no.",
                 [("Tom Reed", "NATO", "title-before"), ("Ann Ode", "NATO", "aide-of")], id="adviser-to-a-named-chief"),
    # a post one state alone has names it; not another state's, nor one not named
    pytest.param("SEOUL (Wire) -- Secretary of State Tom Reed met South Korean President Ann Ode on Monday. "
                 "The United States backs Seoul, he said.",
                 [("Ann Ode", "South Korea", "title-before"), ("Tom Reed", "United States", "title-nation")],
                 id="secretary-of-state-is-the-us-s"),
    pytest.param("In Santiago, Chief Cabinet Secretary Ann Ode spoke of Chile.", [], id="a-national-title-of-a-state-not-named"),
    # "X of A and deputy Y of B": A is X's, not Y's (but "President X of Peru and Foreign Minister Y": both Peru's)
    # (and who "sat down with" them sits in neither party)
    pytest.param("Tom Reed sat down with First Minister Ann Ode of Vellian nationalists Sinn Fein and deputy First "
                 "Minister Jan Nowak of the pro-British Democratic Unionist Party (DUP) at Stormont Castle.",
                 [("Ann Ode", "Sinn Fein", "name-of")], id="x-of-a-and-deputy-y-of-b"),
    # a Union Minister is a minister of a union of states (Myanmar, India), of no body called "Union"
    pytest.param("On Tuesday, Tom Reed held talks with Union Minister for Foreign Affairs Ann Ode in Vellport.", [],
                 id="union-minister"),
    # one country's president per report: "Colombian President X" keeps "President Y" from Colombia (not a past
    # holder told with "'s": "Italy's prime minister at the time, X")
    pytest.param("BOGOTA (Wire) - Colombia said on Monday that Colombian President Tom Reed had not spoken with "
                 "President Ann Ode. Colombia wants better ties, Colombia's foreign ministry said.",
                 [("Tom Reed", "Colombia", "title-before")], id="the-report-s-country-has-its-president-named"),
    pytest.param("ROME (Wire) - Italy's prime minister at the time, Tom Reed, sold the airline. Prime Minister Ann Ode "
                 "said on Monday that Italy would not pay. Italy needs the money, Italy's finance ministry said.",
                 [("Tom Reed", "Italy", "title-before"), ("Ann Ode", "Italy", "title-context")],
                 id="a-past-holder-told-with-s-leaves-the-post-open"),
    pytest.param("LONDON -- Secretary of State for Business Tom Reed said Britain and the United States agree.", [],
                 id="secretary-of-state-for-a-portfolio"),
    # a representative acts for the body it is "of", not for the one it is sent "to"
    pytest.param("Ann Ode, the AU High Representative for the Horn of Africa, said no, and Tom Reed, Chile's "
                 "representative to the United Nations, agreed.",
                 [("Ann Ode", "African Union", "apposition"), ("Tom Reed", "Chile", "apposition")],
                 id="high-representative-and-representative-to"),
    # "the union" is the union the report named, by a word of its name
    pytest.param("Talks between Vell Aircraft Corp. and the International Association of Riveters resumed. They were "
                 "led by Ann Ode, the union's chief negotiator.",
                 [("Ann Ode", "International Association of Riveters", "apposition-job")], id="the-union-s-negotiator"),
    # a national title set off by a comma still names its state
    pytest.param("LONDON (Wire) - The Tánaiste, Tom Reed, met Ann Ode in Brussels on Friday. Britain wants a deal with "
                 "Ireland, Britain's foreign office said.",
                 [("Tom Reed", "Ireland", "title-nation")], id="the-tanaiste-comma-x"),
    # "Brexit" names a portfolio, not a person; "the Tánaiste" is a title, no party
    pytest.param("The Tánaiste is due to meet the EU's chief Brexit negotiator, Tom Reed, this morning.",
                 [("Tom Reed", "European Union", "title-before")], id="chief-brexit-negotiator"),
    # "a department spokeswoman, X," is the department the report named; "Quorvo's chief executive" is Quorvo Brands
    # International, the one company whose name it opens
    pytest.param("The Justice Department declined. A department spokeswoman, Ann Ode, said more charges were expected.",
                 [("Ann Ode", "Justice Department", "referred-body")], id="a-department-spokeswoman-comma-x"),
    pytest.param("Quorvo Brands International welcomed the ruling. Quorvo's chief executive, Tom Reed, said so.",
                 [("Tom Reed", "Quorvo Brands International", "title-before")], id="a-company-s-first-word"),
    # a parliament's clerk holds a post of it, named in apposition
    pytest.param("The Clerk to Parliament, Mr Tom Reed, was present.", [("Tom Reed", "Parliament", "title-before")],
                 id="the-clerk-to-parliament"),
    # a title word as an adjective of another noun before the comma is no post: "his official Facebook page"
    pytest.param("In a post on his official Facebook page this morning, Tom Reed said the talks went well.", [],
                 id="an-official-page-is-no-post"),
    pytest.param("Kenya's chief mediator, Tom Reed, said the talks went well.", [("Tom Reed", "Kenya", "title-before")],
                 id="a-chief-mediator-is-a-post"),
    # an officer's rank of several words between the post's comma and the name: the post is the officer's
    pytest.param("Ann Ode held talks with the Chief of Defence of the Vellish Armed Forces, Lieutenant General Tom Reed.",
                 [("Tom Reed", "Vellish Armed Forces", "title-before")], id="a-post-a-comma-and-a-rank-of-two-words"),
    pytest.param("Ann Ode met the commander of the Vellish Air Force, Air Chief Marshal Tom Reed, on Monday.",
                 [("Tom Reed", "Vellish Air Force", "title-before")], id="a-post-a-comma-and-a-rank-of-three-words"),
    pytest.param("The ambassador was accompanied by the Japanese Defence Attache, Rear Admiral Tom Reed.",
                 [("Tom Reed", "Japan", "title-before")], id="an-attache-a-comma-and-a-rank"),
    # a party's word right before a politician's post is the party, whatever the model tags it; a people's is a state
    pytest.param("The Labour MP Ann Ode and Republican Senator Tom Reed criticised the Russian MP Ivo Marek.",
                 [("Ann Ode", "Labour Party", "title-before"), ("Tom Reed", "Republican Party", "title-before"),
                  ("Ivo Marek", "Russia", "title-before")], id="a-party-s-word-before-a-post"),
    pytest.param("GOP lawmaker Ann Ode and Conservative leader Tom Reed met on Monday.",
                 [("Ann Ode", "Republican Party", "title-before"), ("Tom Reed", "Conservative Party", "title-before")],
                 id="a-party-s-short-name-before-a-post"),
    # a Malaysian honorific between the post and the name, after a comma or not
    pytest.param("The ASEAN chair's special envoy on Myanmar, Tan Sri Ivo Marek, met the military leader. Malaysian "
                 "Foreign Minister Datuk Seri Utama Jan Nowak met Anna Keller.",
                 [("Ivo Marek", "ASEAN", "title-before"), ("Jan Nowak", "Malaysia", "title-before")],
                 id="posts-before-malaysian-honorifics"),
    # a post whose remit comes before the comma; a G20 sherpa is a state's envoy
    pytest.param("On Wednesday, the Minister met Ethiopia's State Minister for Foreign Affairs, Kebede Mamo, and "
                 "discussed the drought. Earlier, he held talks with Brazil's Sherpa, Ambassador Ivo Marek.",
                 [("Kebede Mamo", "Ethiopia", "title-before"), ("Ivo Marek", "Brazil", "title-before")],
                 id="a-post-s-remit-and-a-sherpa"),
    # a list of envoys, each with an "of" country: the country after the name before a title is that name's
    pytest.param("The envoys are High Commissioner Ann Ode of Ghana and Ambassador Tom Reed of Finland.",
                 [("Ann Ode", "Ghana", "name-of"), ("Tom Reed", "Finland", "name-of")], id="envoys-each-of-a-country"),
    pytest.param("President Ann Ode of Ghana and Foreign Minister Tom Reed met him.",
                 [("Ann Ode", "Ghana", "name-of"), ("Tom Reed", "Ghana", "title-before")], id="a-leader-and-a-minister"),
    # a delegation's members set beside their posts act for its country
    pytest.param("The Peruvian delegation included the Undersecretary for Asia, Ana Ruiz Soto, and the Director of "
                 "Protocol, Ivo Marek.", [("Ana Ruiz Soto", "Peru", "delegation-member"),
                                          ("Ivo Marek", "Peru", "delegation-member")], id="a-delegation-of-posts-and-names"),
    # a state premier acts for the state, named in English
    pytest.param("He met Saxony's premier Ivo Marek.",
                 [("Ivo Marek", "Saxony", "title-before")], id="a-german-state-s-premier"),
    # the country one represents somewhere is the one acted for
    pytest.param("Vice Premier Ivo Marek will represent Peru at the summit in Lima.", [("Ivo Marek", "Peru", "verb")],
                 id="will-represent-a-country"),
    # ... and the forum where one represents it is not: "at the World Economic Forum"
    pytest.param("Vice Premier Ivo Marek will represent Peru at the World Economic Forum in Davos.",
                 [("Ivo Marek", "Peru", "verb")], id="represents-a-country-at-a-forum"),
    # "the Minister of State at the Federal Foreign Office, X": the body of the post, no place of the talks
    pytest.param("Minister Jan Nowak held talks with the Minister of State at the Federal Foreign Office, Ms. Anna "
                 "Keller.", [("Anna Keller", "Federal Foreign Office", "title-before")], id="a-post-at-a-body"),
    # an untitled official of the side a sentence tells of a gathering: the country represented by another, the
    # country of the one who sends them, the delegation they are part of (not the report's country)
    pytest.param("Leaders met in Vellport, Chile. Chile and Peru signed. Brazil was represented by a deputy minister "
                 "after Energy Minister Jan Nowak cancelled his trip. Chile hosted the summit.",
                 [("Jan Nowak", "Brazil", "title-side")], id="a-country-represented-after-its-minister-cancelled"),
    pytest.param("Leaders met in Vellport, Chile. Chile and Peru signed. Peru's President Ivo Marek did not travel, "
                 "sending Vice President Jan Nowak in his place. Chile hosted the summit.",
                 [("Ivo Marek", "Peru", "title-before"), ("Jan Nowak", "Peru", "title-side")], id="sending-in-his-place"),
    pytest.param("Leaders met in Vellport, Chile. Chile and Peru signed. Home Affairs Minister Jan Nowak, who was part "
                 "of the Peruvian delegation, told reporters. Chile hosted the summit.",
                 [("Jan Nowak", "Peru", "title-side")], id="part-of-a-country-s-delegation"),
    # a well-known politician untitled by country acts for their own, not the report's (data/politicians.tsv)
    pytest.param("ABUJA, Nigeria - Nigeria and Russia signed a deal on Monday. Nigeria's Foreign Minister Jan Nowak "
                 "said President Vladimir Putin had invited Nigeria's leader to Moscow. Nigeria hopes for grain.",
                 [("Jan Nowak", "Nigeria", "title-before"), ("Vladimir Putin", "Russia", "title-known")],
                 id="a-known-politician-in-another-country-s-report"),
    pytest.param("KUALA LUMPUR - Malaysia will host the talks. Malaysian Foreign Minister Jan Nowak said on Monday that "
                 "Prime Minister Netanyahu was not invited.", [("Jan Nowak", "Malaysia", "title-before")],
                 id="a-known-politician-s-family-name-alone-in-another-country-s-report"),
    pytest.param("KUALA LUMPUR - Malaysia and Israel have no ties. Malaysian Foreign Minister Jan Nowak said on Monday "
                 "that Prime Minister Netanyahu was not invited.",
                 [("Jan Nowak", "Malaysia", "title-before"), ("Netanyahu", "Israel", "title-known")],
                 id="a-known-politician-s-family-name-alone"),
    # a second role after "and" in an apposition may open with a people's word
    pytest.param("Jan Nowak, a member of the party's central committee and Chinese foreign minister, spoke.",
                 [("Jan Nowak", "China", "apposition")], id="a-second-role-with-a-people-s-word"),
    # "parliament speaker" is one post after a country's possessive or people's word
    pytest.param("Jan Nowak met Lebanon's parliament speaker Ivo Marek in Beirut. Lebanese parliament speaker Paul "
                 "Morel spoke.", [("Ivo Marek", "Lebanon", "title-before"), ("Paul Morel", "Lebanon", "title-before")],
                 id="a-parliament-speaker"),
    # "Labour Minister X" holds the labour portfolio; "Labour leader X" leads the party
    pytest.param("Anna Keller did not meet Labour Minister Paul Morel. Labour leader Lea Marek spoke.",
                 [("Lea Marek", "Labour Party", "title-before")], id="labour-minister-and-labour-leader"),
    # one who accompanies a traveller acts for the traveller's country, not the host's
    pytest.param("HELSINKI - Dutch Prime Minister Ivo Marek will pay a visit to Finland on Monday. Finland and Finnish "
                 "officials welcome him. Marek will be accompanied by the Minister of Foreign Affairs, Jan Nowak.",
                 [("Ivo Marek", "Netherlands", "title-before"), ("Jan Nowak", "Netherlands", "title-companion")],
                 id="a-traveller-s-companion"),
    pytest.param("PHNOM PENH - Dutch President Ivo Marek held talks with King Tom Reed in Phnom Penh on Monday during "
                 "his state visit to Cambodia. Accompanying the President are Foreign Minister Jan Nowak, Minister of "
                 "Industry and Trade Anna Keller and several provincial leaders from the border area.",
                 [("Ivo Marek", "Netherlands", "title-before"), ("Tom Reed", "Cambodia", "host-country"),
                  ("Jan Nowak", "Netherlands", "title-companion"), ("Anna Keller", "Netherlands", "title-companion")],
                 id="those-accompanying-a-traveller-after-the-verb"),
    # "led on the Lao side by X": the side's people's word, untagged, names the country
    pytest.param("Deputy Foreign Minister Tom Reed will lead a delegation to Vientiane on Friday for annual political "
                 "consultations with Laos, led on the Lao side by Deputy Foreign Minister Anna Keller.",
                 [("Anna Keller", "Laos", "side-led")], id="led-on-a-country-s-side-by"),
    # joining ministers at a meeting, leading a delegation to a gathering: no membership of the gathering's body
    pytest.param("Tom Reed will join Group of 20 finance ministers and central bank governors at a meeting in Lima.", [],
                 id="joining-a-body-s-ministers"),
    pytest.param("Tom Reed will lead the Chilean delegation at the UN General Assembly.",
                 [("Tom Reed", "Chile", "side-led")], id="leading-a-delegation-at-a-gathering"),
    # a well-known politician named with no title acts for their country where the article names it
    pytest.param("Vladimir Putin had a telephone conversation with Tom Reed. The call covered Russia's gas exports.",
                 [("Vladimir Putin", "Russia", "known-politician")], id="a-well-known-politician-untitled"),
    pytest.param("Vladimir Putin had a telephone conversation with Tom Reed.", [], id="a-well-known-politician-no-country"),
    pytest.param("Marine Le Pen met Tom Reed. Former President Nicolas Sarkozy met him too. Both spoke of France.", [],
                 id="a-well-known-opposition-leader-or-former-president"),
    pytest.param("President Luiz Inacio Lula da Silva received Sergei Lavrov in Brasilia. Lula could meet Vladimir Putin "
                 "at the next summit if the Russian president attends.",
                 [("Sergei Lavrov", "Russia", "known-politician"), ("Vladimir Putin", "Russia", "known-politician")],
                 id="no-title-phrase-to-a-known-politician-of-another-country"),
    # countries listed before a plural title, the names after it, in order (however the parser hung them)
    pytest.param("In August, Togo's Foreign Minister Anna Keller hosted her Malian, Burkinabe and Nigerien counterparts - "
                 "Boubacar Tom Reed, Karamoko Jan Nowak and Bakary Ivo Marek - for two days of talks in Lomé.",
                 [("Anna Keller", "Togo", "title-before"), ("Tom Reed", "Mali", "respective"),
                  ("Karamoko Jan Nowak", "Burkina Faso", "respective"), ("Bakary Ivo Marek", "Niger", "respective")],
                 id="respective-countries-of-listed-counterparts"),
    # a chamber's bare name is a country's only in a report naming it: "Senate" is no US Senate in Cambodia
    pytest.param("PHNOM PENH - Senate President Ivo Marek met Chinese envoy Jan Nowak in Phnom Penh.",
                 [("Ivo Marek", "Senate", "title-before"), ("Jan Nowak", "China", "title-before")],
                 id="a-senate-of-no-named-country"),
    # nor in one naming another country's Senate too
    pytest.param("PHNOM PENH - Senate President Ivo Marek accused the army of violating the truce. US envoy Jan Nowak "
                 "urged calm. The Cambodian Senate backed the deal.",
                 [("Ivo Marek", "Senate", "title-before"), ("Jan Nowak", "United States", "title-before")],
                 id="a-senate-beside-another-country-s"),
    # a report about two countries: one in talks with the other's official acts for the first
    pytest.param("Sydney (Wire) - President Ivo Marek and Australian Prime Minister Jan Nowak on Wednesday announced "
                 "that Indonesia and Australia have concluded negotiations on a treaty. Nowak said Australia and "
                 "Indonesia were close. Marek held talks with Nowak on Tuesday.",
                 [("Jan Nowak", "Australia", "title-before"), ("Ivo Marek", "Indonesia", "title-pair")],
                 id="the-other-country-of-a-bilateral-report"),
    # a reigning couple: the country after the consort is the ruler's too (not after a consort of another rank)
    pytest.param("King Ivo and Queen Ilse of Norway arrived in Rome.",
                 [("Ivo", "Norway", "name-of"), ("Ilse", "Norway", "name-of")], id="a-king-and-queen-of-a-country"),
    pytest.param("Crown Prince Ivo and Crown Princess Mary of Denmark arrived in Rome.",
                 [("Ivo", "Denmark", "name-of"), ("Mary", "Denmark", "name-of")], id="a-crown-prince-and-princess"),
    pytest.param("King Ivo and Princess Ilse of Norway arrived in Rome.", [("Princess Ilse", "Norway", "name-of")],
                 id="a-king-and-a-princess-are-no-couple"),
    # a state's body named by its common noun alone is the report's country's, or no one's: not one "Government"
    pytest.param("RABAT - The Spanish minister was received in Rabat by the Head of Government, Mr. Jon Abad. Morocco "
                 "and Spain signed a pact on fishing. Morocco hopes for more.", [("Jon Abad", "Morocco", "title-before")],
                 id="head-of-government-of-the-report-s-country"),
    pytest.param("The Spanish minister was received by the Head of Government, Mr. Jon Abad. Peru and Spain signed a "
                 "pact on fishing. Chile hopes for more.", [], id="head-of-government-of-no-country"),
    # the consort named right after a ruler of a country is of that country, however the ruler's country is told
    pytest.param("Norway's King Ivo Quorvang and Queen Ilse arrived in Rome. Mr Tom Reed received Ivo Quorvang and "
                 "Queen Ilse. President Jan Nowak and Queen Lea Marek spoke.",
                 [("Ivo Quorvang", "Norway", "title-before"), ("Ilse", "Norway", "consort-of")],
                 id="the-consort-after-the-ruler"),
    # a release with no dateline is filed where its issuer's line says: "Ministry of Foreign Affairs, Accra" makes the
    # release's own minister Ghana's, though it names Togo and Mali more
    pytest.param("PRESS RELEASE\nMinistry of Foreign Affairs, Accra\n\nThe Minister for Foreign Affairs, Hon. Jan Nowak, "
                 "on Thursday spoke by phone with the Minister of Foreign Affairs of Togo, Prof. Ivo Marek. They "
                 "discussed the elections in Mali, the border with Burkina Faso and the port of Lomé. Togo will host "
                 "the next meeting of Mali, Niger and Burkina Faso. Ghana will attend.",
                 [("Ivo Marek", "Togo", "title-before"), ("Jan Nowak", "Ghana", "title-context")],
                 id="the-issuer-s-line-files-the-release"),
    # a self-governing region's president holds his post there, whatever country the report is about
    pytest.param("ADDIS ABABA, March 3 - Ethiopia and Somalia held talks in Ankara on Monday. In Hargeisa, "
                 "Somaliland's president, Jan Nowak, said on Monday that his government had not been consulted.",
                 [("Jan Nowak", "Somaliland", "title-before")], id="a-breakaway-region-s-president"),
    # the head of state's spokesman speaks for the state the report is about
    pytest.param("CAIRO - Egyptian President Jan Nowak received Jordan's foreign minister on Tuesday, the first of "
                 "several visits to Egypt. Presidential Spokesman Ivo Marek said the two discussed Gaza.",
                 [("Jan Nowak", "Egypt", "title-before"), ("Ivo Marek", "Egypt", "title-context")],
                 id="a-presidential-spokesman"),
    # one state has one head of government: a prime minister named after a chancellor is not the chancellor's
    # country's
    pytest.param("WARSAW, Sept 10 - German Chancellor Jan Nowak and Prime Minister Ivo Marek spoke by phone this "
                 "afternoon, German government spokesman Paul Morel said.",
                 [("Jan Nowak", "Germany", "title-before"), ("Paul Morel", "Germany", "title-before")],
                 id="two-heads-of-government"),
    # where another was met is no qualifier of the next title: "meeting President X in Kinshasa and President Y"
    pytest.param("Jan Nowak toured the region in early April, meeting President Ivo Marek in Kinshasa and President "
                 "Paul Morel in Kigali.", [], id="a-place-before-and-a-title"),
    # the names after "according to Argentine officials," are the clause's subjects, not the officials
    pytest.param("Before the lunch, according to Argentine officials, Jan Nowak and Ivo Marek spoke alone in the "
                 "Oval Office for about twenty minutes.", [], id="the-subjects-after-a-source"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", REPRESENTS + REPRESENTS_MORE + REPRESENTS_IN_CONTEXT + REPRESENTS_DR + REPRESENTS_NOT)
def test_represents(extract_text, text, expected):
    result, _ = extract_text(text, "2025-05-17")
    names = {e.key: e.name for e in result.entities}
    got = [(names[e.participants[0]], names[e.party], e.rule) for e in result.events if e.kind == AFFILIATION]
    assert got == expected


def test_the_companions_of_a_traveller_come_in_one_order_whatever_the_hash_seed(make_doc):
    """companion_countries and own_countries read sets: their answers are ordered by key, so the events they give
    come in one order in every process (a set's order follows Python's per-process hash seed)."""
    from kg.model import COUNTRY, PERSON
    from kg.nlp.title_country import companion_countries, own_countries

    # Ann Ode was accompanied by Bo Pym , Cy Lee , Di Nam , Ed Oak and Flo Ray .
    words = [t("Ann", 1, "compound", "PROPN", "B-Person"), t("Ode", 3, "nsubjpass", "PROPN", "I-Person"),
             t("was", 3, "auxpass", "AUX"), t("accompanied", 3, "ROOT", "VERB", lemma="accompany"),
             t("by", 3, "agent", "ADP")]
    for k, (first, last) in enumerate([("Bo", "Pym"), ("Cy", "Lee"), ("Di", "Nam"), ("Ed", "Oak"), ("Flo", "Ray")]):
        at = len(words)
        words += [t(first, at + 1, "compound", "PROPN", "B-Person"),
                  t(last, 4 if k == 0 else 6, "pobj" if k == 0 else "conj", "PROPN", "I-Person"),
                  t("and" if k == 3 else ",", 6, "cc" if k == 3 else "punct", "CCONJ" if k == 3 else "PUNCT")]
    words[-1] = t(".", 3, "punct", "PUNCT")
    doc = make_doc(words)
    keys = ["ann", "zed", "bob", "yan", "cal", "xia"]  # the companions' keys in no order of their names
    refs = {i: keys[0] for i in (0, 1)} | {5 + 3 * k + j: keys[k + 1] for k in range(5) for j in (0, 1)}
    types = {key: PERSON for key in keys} | {"ruritania": COUNTRY, "freedonia": COUNTRY}
    seen = {("ann", "ruritania"), ("zed", "freedonia"), ("bob", "freedonia"), ("yan", "freedonia")}
    assert list(own_countries(seen, types)) == ["ann", "bob", "yan", "zed"]
    found = companion_countries(doc, refs, types, {("ann", "ruritania")})
    assert found == dict.fromkeys(["bob", "cal", "xia", "yan", "zed"], "ruritania")
    assert list(found) == sorted(found)


def test_those_named_after_accompanying_a_traveller_travel_with_them_however_be_is_parsed(make_doc):
    from kg.nlp.title_country import companions_of

    # Accompanying the President are Bo Pym and Cy Lee .  ("are" parsed as an auxiliary of the passive, then not)
    def doc_with(be: str):
        return make_doc([
            t("Accompanying", 0, "ROOT", "VERB", lemma="accompany", tag="VBG"), t("the", 2, "det", "DET"),
            t("President", 0, "dobj", "PROPN"), t("are", 0, be, "AUX", lemma="be"),
            t("Bo", 5, "compound", "PROPN", "B-Person"), t("Pym", 0, "nsubj", "PROPN", "I-Person"),
            t("and", 5, "cc", "CCONJ"), t("Cy", 8, "compound", "PROPN", "B-Person"),
            t("Lee", 5, "conj", "PROPN", "I-Person"), t(".", 0, "punct", "PUNCT"),
        ])
    refs = {1: "ann", 2: "ann", 4: "bo", 5: "bo", 7: "cy", 8: "cy"}
    for be in ("auxpass", "aux"):
        assert companions_of(doc_with(be), refs, {"ann"}, joint=False) == {"bo", "cy"}, be


def parties_of(result) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in result.entities}
    return {(names[e.participants[0]], names[e.party]) for e in result.events if e.kind == AFFILIATION}


@pytest.mark.model
def test_each_side_s_attendees_are_that_side_s(extract_text):
    result, _ = extract_text(
        "ANKARA, Oct 15 (SUNA) - Sovereignty Council Chairman Abdel Fattah al-Burhan held official talks with Turkish "
        "President Recep Tayyip Erdogan in Ankara on Tuesday. Attending from the Sudanese side was the Minister of "
        "Foreign Affairs, Ambassador Mohieldin Salim, while the Turkish side included Foreign Minister Hakan Fidan and "
        "the head of the National Intelligence Organization, Ibrahim Kalin.", "2025-10-15")
    got = parties_of(result)
    assert {b for a, b in got if a == "Mohieldin Salim"} == {"Sudan"}
    assert {b for a, b in got if a == "Hakan Fidan"} == {"Turkey"}


@pytest.mark.model
def test_a_party_the_table_knows_by_its_short_name(extract_text):
    result, _ = extract_text("Foreign Minister Winston Peters, the leader of NZ First, said his party would vote "
                             "against the implementing legislation.", "2025-12-23")
    assert {b for a, b in parties_of(result) if a == "Winston Peters"} == {"New Zealand First"}
