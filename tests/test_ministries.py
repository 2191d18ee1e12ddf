"""kg/nlp/ministries.py: a minister acts for the ministry of their portfolio where the report names it.

The portfolio tests need no model; the end-to-end cases (marked ``model``) run the whole pipeline on short
sentences written for these tests.
"""

import pytest

from kg.model import AFFILIATION
from kg.nlp.ministries import portfolio, same_portfolio, state_named_after, state_named_before


@pytest.mark.parametrize("post,ministry,same", [
    ("foreign minister", "Ministry of Foreign Affairs", True),
    ("external affairs minister", "Foreign Ministry", True),
    ("secretary of state", "State Department", True),
    ("secretary of state", "Department of State", True),
    ("minister of fisheries and oceans", "Ministry of Trade, Industry and Fisheries", True),
    ("defense minister", "Ministry of Defence", True),
    ("minister of international relations and cooperation", "Department of International Relations and Cooperation",
     True),
    # a distinctive word decides; broad words alone match only word for word
    ("defence minister", "Ministry of Foreign Affairs", False),
    ("minister of international relations and cooperation", "Ministry of Foreign Affairs and International "
     "Cooperation", False),
    # the United Kingdom's "Secretary of State for X" holds X's portfolio, not the foreign one
    ("secretary of state for northern ireland", "Foreign Office", False),
    ("prime minister", "Foreign Ministry", False),
])
def test_a_post_and_a_ministry_share_a_portfolio_by_its_words(post, ministry, same):
    assert same_portfolio(portfolio(post.split()), portfolio(ministry.split())) is same


def test_a_ministry_s_name_tells_its_state_before_or_after_the_portfolio():
    assert state_named_before("United States State Department") == "US"
    assert state_named_after("Ministry of Foreign Affairs of the Republic of Mali") == "ML"
    assert state_named_before("Ministry of Defence") is None and state_named_after("Ministry of Defence") is None


MINISTRIES = [
    # the country's ministry named by its people: the minister's; the other country's minister is not of it
    pytest.param("Peruvian Foreign Minister Jan Nowak spoke by phone with Chilean Foreign Minister Ivo Marek on "
                 "Monday, the Peruvian Foreign Ministry said.", [("Jan Nowak", "Peruvian Foreign Ministry")],
                 id="the-ministry-of-the-minister-s-country"),
    # the gazetteer's body of the post only one state has
    pytest.param("US Secretary of State Jan Nowak will travel to Lima next week, the State Department said.",
                 [("Jan Nowak", "State Department")], id="secretary-of-state-and-state-department"),
    # another portfolio's ministry, a former minister: none
    pytest.param("Peruvian Defence Minister Jan Nowak met officers in Lima, the Peruvian Foreign Ministry said.", [],
                 id="another-portfolio"),
    pytest.param("Former Peruvian Foreign Minister Jan Nowak met officers in Lima, the Peruvian Foreign Ministry said.",
                 [], id="a-former-minister"),
    # a ministry named bare where two countries' ministers hold its portfolio: neither's
    pytest.param("Chilean Foreign Minister Ivo Marek met Peruvian Foreign Minister Jan Nowak at the Foreign Ministry "
                 "in Lima on Monday.", [], id="a-bare-ministry-of-two-ministers"),
    # but the one minister the sentence naming the bare ministry tells of: theirs
    pytest.param("Slovak Foreign Minister Jan Nowak held a telephone conversation with Chilean Foreign Minister Ivo "
                 "Marek on Thursday. Nowak will travel to Brussels on Monday, the Ministry of Foreign Affairs said.",
                 [("Jan Nowak", "Ministry of Foreign Affairs")], id="a-bare-ministry-telling-of-one-minister"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", MINISTRIES)
def test_a_minister_acts_for_the_ministry_of_their_portfolio(extract_text, text, expected):
    result, _ = extract_text(text, "2025-05-17")
    names = {e.key: e.name for e in result.entities}
    got = [(names[e.participants[0]], names[e.party]) for e in result.events
           if e.kind == AFFILIATION and e.rule == "post-ministry"]
    assert got == expected
