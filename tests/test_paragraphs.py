"""kg/nlp/paragraphs.py: a blank line always ends a sentence."""

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.paragraphs import ParagraphSplitter, date_place_line_end, date_start_end


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def starts(doc):
    return [t.text for t in doc if t.is_sent_start]


def test_blank_line_starts_a_sentence(blank):
    doc = ParagraphSplitter(blank)(blank('Ode said "we are done"\n\nPym met Lee in Vellport.'))
    assert starts(doc) == ["Ode", "Pym"]  # the first token always starts a sentence
    assert not any(t.is_sent_start for t in doc if t.text in {"we", "done", "Vellport"})


def test_blank_line_with_spaces(blank):
    doc = ParagraphSplitter(blank)(blank("Ode spoke.  \n \n  Pym listened"))
    assert [t for t in doc if t.text == "Pym"][0].is_sent_start is True


def test_words_on_one_line_are_left_to_the_parser(blank):
    doc = ParagraphSplitter(blank)(blank("Ode spoke with Pym and Lee in Vellport on Monday."))
    assert not any(t.is_sent_start for t in doc[1:])  # no sentence forced to start


def test_no_sentence_starts_right_after_a_word_on_its_line(blank):
    doc = ParagraphSplitter(blank)(blank("He met Chancellor Ivo Marek on Friday; the three spoke. Lee left 2 days\nLater"))
    assert [t.is_sent_start for t in doc if t.text in {"Ivo", "the", "Lee", "Later"}] == [False, None, None, True]
    assert [t.is_sent_start for t in doc if t.text in {";", "spoke", ".", "days"}] == [False] * 4  # (after "2" too)
    doc = ParagraphSplitter(blank)(blank('Pym posted on X "Our countries agree," he said.'))
    assert doc[4].text == '"' and doc[4].is_sent_start is None  # a quote opening after a space: the parser's to tell


def test_no_sentence_starts_right_after_a_bracket_closed_on_its_line(blank):
    doc = ParagraphSplitter(blank)(blank("Minister of State for Foreign Affairs (Regional Cooperation) Ivo Marek "
                                         "came."))
    assert [t.is_sent_start for t in doc if t.text in {"Ivo", ")"}] == [False, False]


def test_an_agency_s_label_in_brackets_opens_a_dateline(blank):
    doc = ParagraphSplitter(blank)(blank("Pym meets Lee\n\n(WIRE) - VELLPORT, JAN 27 - Pym met Lee on Tuesday."))
    assert starts(doc) == ["Pym", "(", "Pym"]
    assert not any(t.is_sent_start for t in doc if t.text in {"WIRE", ")", "VELLPORT", "JAN", "27"})


def test_a_dateline_is_a_sentence_of_its_own_and_the_lede_is_parsed_apart(blank):
    doc = ParagraphSplitter(blank)(blank("Pym to meet Lee\n\nVELLPORT, Aug 9 (Wire) - Pym said he would meet Lee."))
    assert starts(doc) == ["Pym", "VELLPORT", "Pym"]
    assert [t.is_sent_start for t in doc if t.text in {",", "Aug", "(", "-"}] == [False, False, False, False]
    assert not [t for t in doc if t.text == "would"][0].is_sent_start  # no start forced in the rest
    doc = ParagraphSplitter(blank)(blank("VELLPORT, July 13 (Wire) -- Pym met Lee."))
    assert [t.is_sent_start for t in doc if t.text in {",", "July", "(", "--", "Pym"}] == [False] * 4 + [True]  # "--"
    doc = ParagraphSplitter(blank)(blank("VELLPORT — Pym met Lee."))
    assert [t.is_sent_start for t in doc[1:3]] == [False, True]  # a city in capitals and a dash
    doc = ParagraphSplitter(blank)(blank("VELLPORT (Wire) - Pym met Lee."))
    assert starts(doc) == ["VELLPORT", "Pym"] and doc[1].is_sent_start is False
    doc = ParagraphSplitter(blank)(blank("Vellport, the port city, is quiet. Pym left."))
    assert not any(t.is_sent_start for t in doc[1:])  # no dash: no dateline
    doc = ParagraphSplitter(blank)(blank("Abu Dhabi: Pym was received by Lee."))
    assert [t.is_sent_start for t in doc[1:4]] == [False, False, True]  # a city of 100,000 or more and a colon
    doc = ParagraphSplitter(blank)(blank("Pym: We are done. Clinton: So are we."))
    assert doc[2].is_sent_start is None  # a speaker's name and a colon: no dateline
    doc = ParagraphSplitter(blank)(blank("PUTRAJAYA: Pym was received by Lee."))
    assert [t.is_sent_start for t in doc[1:3]] == [False, True]  # a town of any size in capitals and a colon
    doc = ParagraphSplitter(blank)(blank("TOM KELLER: Pym met Lee.\n\nKELLER: Lee left."))
    assert [t.is_sent_start for t in doc if t.text == "Lee"][-1] is not True  # a speaker labelled in full before
    doc = ParagraphSplitter(blank)(blank("NOTE: Pym was received by Lee."))
    assert doc[2].is_sent_start is None  # a word in capitals that is no town: no dateline
    doc = ParagraphSplitter(blank)(blank("Dakar - Pym was received by Lee."))
    assert [t.is_sent_start for t in doc[1:3]] == [False, True]  # a city of 100,000 or more and a spaced dash
    doc = ParagraphSplitter(blank)(blank("Vellport - Pym was received by Lee."))
    assert doc[2].is_sent_start is None  # a town no gazetteer knows and a dash: no dateline
    doc = ParagraphSplitter(blank)(blank("Tehran, WIRE – Pym and Lee held a telephone conversation."))
    assert starts(doc) == ["Tehran", "Pym"]  # a known city and an agency in capitals


def test_a_name_and_a_dash_stay_one_sentence_with_the_words_after_them(blank):
    doc = ParagraphSplitter(blank)(blank("Khaled Pym, the leader - in - exile of the Vellport Front, has crossed into Lora."))
    assert doc[5].is_sent_start is False and doc[6].is_sent_start is False  # joined over the dash, as before ...
    assert not any(t.is_sent_start for t in doc[7:])  # ... and not cut off there: no place, date or agency


@pytest.mark.model
def test_a_lede_after_a_dated_dateline_parses_on_its_own(extract_text):
    text = ("Port Sudan, June 3 (WIRE) – The Deputy Chairman of the Vellish Sovereignty Council, Malik Pym, received in "
            "his office today the Regional Director of the Lorian Fund for Eastern Africa, Cy Lee, and his delegation.")
    result, simple = extract_text(text, "2025-06-03")
    assert ("Meeting", ("Malik Pym", "Cy Lee"), "Port Sudan", "occurred", "2025-06-03") in map(simple, result.events)


def test_a_stop_and_dash_written_on_to_an_agency_s_bracket_end_a_dateline(blank):
    from spacy.tokens import Doc

    from kg.nlp.paragraphs import dateline_end

    words = ["Vellport", ",", "May", "28", "(", "ABI", ")", ".-", "Pym", "met", "Lee", "."]  # as kg tokenises it
    doc = Doc(blank.vocab, words=words, spaces=[False, True, True, True, False, False, False, True, True, True, False,
                                                False])
    assert dateline_end(doc, 0) == 7


def test_a_state_s_abbreviation_after_a_comma_ends_before_a_dash(blank):
    from kg.nlp.paragraphs import state_after

    doc = blank("QUORBAIE, Que. — Pym met Lee, Que. Then")
    assert state_after(doc, 1) == (4 if doc[2].text == "Que" else 3)  # "Que" "." or "Que." as one token
    assert state_after(doc, 8) is None  # no dash after it


def test_an_agency_s_dateline_with_no_dash_is_a_sentence_of_its_own(blank):
    doc = ParagraphSplitter(blank)(blank("Vellport, Mar 20 (PTI) Minister Pym held talks with Lee here."))
    assert starts(doc) == ["Vellport", "Minister"]
    assert [t.is_sent_start for t in doc if t.text in {",", "Mar", "(", "PTI", ")"}] == [False] * 5
    doc = ParagraphSplitter(blank)(blank("Vellport, Mar 20 (PTI) - Pym met Lee."))
    assert starts(doc) == ["Vellport", "Pym"]  # a dash after the bracket: the usual dateline, ended by its dash


def test_a_release_s_city_and_date_ended_by_a_stop_are_a_dateline(blank):
    doc = ParagraphSplitter(blank)(blank("Lima, 21 August 2024. Minister Pym held talks with Lee."))
    assert starts(doc) == ["Lima", "Minister"]
    assert [t.is_sent_start for t in doc if t.text in {",", "21", "August", "2024"}] == [False] * 4


def test_an_agency_s_name_of_words_in_brackets_ends_a_dated_dateline_with_its_stop(blank):
    doc = ParagraphSplitter(blank)(blank("Vellport, Sep 24 (Wire Latina) Minister Pym held talks with Lee."))
    assert starts(doc) == ["Vellport", "Minister"]  # an agency of two words; the lede parsed apart
    doc = ParagraphSplitter(blank)(blank("Vellport, April 24 (Wire). Chairman Pym was received by Lee."))
    assert starts(doc) == ["Vellport", "Chairman"]  # the stop after the bracket ends the dateline, not opens the lede
    doc = ParagraphSplitter(blank)(blank("Pym, head of the Vellport Council (Wire) Standing Committee, met Lee."))
    assert starts(doc) == ["Pym"]  # no date before the bracket: a body's name


def test_registered_as_a_factory(blank):
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_paragraphs")
    doc = nlp("One.\n\nTwo")
    assert [t for t in doc if t.text == "Two"][0].is_sent_start is True


@pytest.mark.model
def test_a_quote_closing_a_paragraph_does_not_run_into_the_next(extract_text):
    text = 'Ann Ode said the plan was "not finished"\n\nBo Pym met Cy Lee in Vellport on Monday.'
    result, simple = extract_text(text, "2025-03-20")
    (meeting,) = [e for e in result.events if e.kind == "Meeting"]
    assert meeting.evidence.text == "Bo Pym met Cy Lee in Vellport on Monday."
    assert text[meeting.evidence.start : meeting.evidence.end] == meeting.evidence.text


def test_a_bracketed_acronym_without_a_date_is_no_dateline(blank):
    doc = ParagraphSplitter(blank)(blank("Ode Pym, chairman of the Vellport People's Congress (VPC) Standing Committee, met Lee."))
    assert not any(t.is_sent_start for t in doc[1:])
    doc = ParagraphSplitter(blank)(blank("Vellport, Mar 20 (VNA) Minister Pym met Lee."))
    assert [t for t in doc if t.text == "Minister"][0].is_sent_start is True


def test_a_city_and_a_date_on_a_line_of_their_own_are_a_sentence_of_their_own(blank):
    doc = ParagraphSplitter(blank)(blank("Brussels, 6 February 2024\n\nThe Commissioner, Pym, received Lee in Brussels."))
    assert starts(doc) == ["Brussels", "The"]  # run into the lede, the city would be its subject
    assert [t.is_sent_start for t in doc if t.text in {",", "February", "2024"}][:3] == [False, False, False]


def test_a_date_a_clock_time_and_a_place_on_a_line_of_their_own_are_a_dateline(blank):
    doc = ParagraphSplitter(blank)(blank("Talks with Pym\n\nFebruary 17, 2026, 15:40, The Kremlin, Moscow\n\n"
                                         "Lee held talks with Pym."))
    assert starts(doc) == ["Talks", "February", "Lee"]
    assert date_place_line_end(doc, 4) == 15 and date_start_end(doc, 4) == 11  # (the place after the time)
    assert date_place_line_end(blank("February 17, 2026, 15:40, Many Happy Returns\n\nLee met Pym."), 0) is None


def test_an_agency_s_name_between_slashes_ends_a_dateline(blank):
    for text in ("LIMA, March 12. /TASS/. Lee met Pym.", "LIMA, March 12 /TASS/. Lee met Pym."):
        doc = ParagraphSplitter(blank)(blank(text))
        assert starts(doc) == ["LIMA", "Lee"], text


def test_a_name_after_initials_or_a_short_given_name_goes_on_the_sentence(blank):
    def split(words, tags):
        return ParagraphSplitter(blank)(Doc(blank.vocab, words=words, tags=tags))

    doc = split(["Pym", "met", "Mr.", "Md.", "Ruhul", "Alam", "."], ["NNP", "VBD", "NNP", "NNP", "NN", "NNP", "."])
    assert doc[4].is_sent_start is False  # "Md. Ruhul Alam": the parser would end a sentence at "Md."
    doc = split(["Pym", "met", "Lyonpo", "D.N.", "Dhungyel", "."], ["NNP", "VBD", "NNP", "NNP", "NNP", "."])
    assert doc[4].is_sent_start is False
    doc = split(["Pym", "flew", "to", "the", "U.S.", "Lee", "met", "him", "."],
                ["NNP", "VBD", "IN", "DT", "NNP", "NNP", "VBD", "PRP", "."])
    assert doc[5].is_sent_start is None  # a country's letters may end a sentence: the parser's to tell
    doc = split(["Pym", "is", "commander", "of", "U.S.", "Pacific", "Command", "and", "met", "Lee", "."],
                ["NNP", "VBZ", "NN", "IN", "NNP", "NNP", "NNP", "CC", "VBD", "NNP", "."])
    assert doc[5].is_sent_start is False  # after "of", a country's letters open a body's name
    doc = split(["It", "was", "plan", "B.", "Then", "Lee", "left", "."], ["PRP", "VBD", "NN", "NNP", "RB", "NNP", "VBD", "."])
    assert doc[4].is_sent_start is None  # no name after the letter
    doc = split(["Pym", "met", "President", "H.E.", "Mr.", "Ivo", "Marek", "."],
                ["NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "NNP", "."])
    assert doc[4].is_sent_start is False and doc[5].is_sent_start is False  # "H.E. Mr. Ivo Marek": one name


def test_a_city_a_stop_and_an_agency_in_capitals_are_a_dateline_of_their_own(blank):
    doc = ParagraphSplitter(blank)(blank("ASTANA. KAZINFORM – Pym received Lee."))
    assert [t.is_sent_start for t in doc[1:4]] == [False, False, False]  # ". KAZINFORM –"
    assert doc[4].is_sent_start is True  # the lede's subject is Pym, not the agency
    doc = ParagraphSplitter(blank)(blank("VELLPORT. Quor News Agency - Pym received Lee."))
    assert [t.is_sent_start for t in doc[1:6]] == [False] * 5  # ". Quor News Agency -": an agency's name in words
    assert doc[6].is_sent_start is True


def test_a_city_in_capitals_and_its_agency_s_bracket_with_a_colon_are_a_dateline_undated(blank):
    doc = ParagraphSplitter(blank)(blank("VELLPORT (NTB): The visit by Pym was postponed."))
    assert starts(doc) == ["VELLPORT", "The"]
    doc = ParagraphSplitter(blank)(blank("PYM (Laughs): No, we did not meet."))
    assert starts(doc) == ["PYM"]  # a speaker's label in a transcript: no agency's name in the bracket


def test_the_tokens_read_for_run_ons_and_initials_are_all_those_the_rules_can_hold(blank):
    # the rules read only the tokens after a word, a number or a stop: the same starts as reading every token
    from kg.nlp import paragraphs

    text = ('German Chancellor\nFriedrich Merz met Mr. Md. Iqbal Khan and H.E. Mr. Sadyr Japarov in the U.S. on 3 '
            'May 2025. "We agree," he said.\n\nLyonpo D.N. Dhungyel spoke. 42 delegates - and Jo Doe - came')
    fast = ParagraphSplitter(blank)(blank(text))
    every = blank(text)
    try:
        read = paragraphs.run_on_candidates
        paragraphs.run_on_candidates = lambda doc: list(range(1, len(doc)))
        ParagraphSplitter(blank)(every)
    finally:
        paragraphs.run_on_candidates = read
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in every]


@pytest.mark.parametrize("line,dash", [("PRESS RELEASE - Monrovia, 18 December 2025", 2),
                                       ("Press release - Monrovia, 18 December 2025", 2),
                                       ("Press Release - Monrovia", 2),
                                       ("Press said - Monrovia", None), ("Monrovia - 18 December", None)])
def test_a_release_s_label_before_its_dateline_in_capitals_or_as_a_sentence(blank, line, dash):
    from kg.nlp.paragraphs import release_label_end

    doc = blank(line)
    assert release_label_end(doc, 0) == (dash + 1 if dash is not None else 0)


def test_only_a_line_s_or_a_sentence_s_first_word_opens_a_dateline(blank):
    from kg.nlp.paragraphs import dateline_end

    doc = blank("VELLPORT, May 28 - Pym met Lee, said Ode Brask, a writer at the local daily - and Lee agreed.\n"
                "VELLPORT, May 29 - Lee left.")
    assert dateline_end(doc, 0) == 4
    ode = next(t.i for t in doc if t.text == "Ode")
    assert dateline_end(doc, ode) is None  # "Ode Brask, a writer at the local daily -": no dateline mid-sentence
    second = next(t.i for t in doc if t.text == "VELLPORT" and t.i > 0)
    assert dateline_end(doc, second) == second + 4  # after the line break
