"""kg.cleaning: boilerplate removal from HTML pages and from scraped plain text."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from kg.cleaning import clean_scraped_text, html_to_text, live_page, looks_scraped, normalize_whitespace, unwrap_lines

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

BODY = [
    "The foreign ministers of Norway and Chile spoke by telephone on Tuesday about fishing quotas.",
    "Both ministers said the conversation had been constructive and that officials would meet again.",
    "A spokeswoman for the Norwegian ministry said a visit to Santiago was being prepared for the autumn.",
]


def _page(*middle: str) -> str:
    return "\n\n".join(middle)


def seed(name: str) -> str:
    path = SHARED / "seeds" / name
    if not path.exists():
        pytest.skip("seed articles not available")
    return path.read_text(encoding="utf-8")


def gold(name: str) -> dict:
    path = SHARED / "eval" / "seeds.gold.jsonl"
    if not path.exists():
        pytest.skip("seed gold not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == name:
            return record
    pytest.skip(f"{name} not in the seed gold")


# --- clean text passes through ----------------------------------------------------------


def test_clean_prose_is_unchanged_except_whitespace():
    text = "  " + "\n\n\n".join(BODY) + "  \r\n"
    assert clean_scraped_text(text) == "\n\n".join(BODY)
    assert not looks_scraped(text)


def test_clean_seed_passes_through_unchanged():
    text = seed("000_945e849477d99e4f.txt")
    assert not looks_scraped(text)
    assert clean_scraped_text(text) == normalize_whitespace(text)


def test_short_sentence_between_body_paragraphs_is_kept():
    text = _page(BODY[0], "Talks resumed.", BODY[1])
    assert "Talks resumed." in clean_scraped_text(text)


def test_hard_wrapped_prose_does_not_look_scraped():
    wrapped = (
        "The foreign ministers of Norway and Chile spoke by telephone on\n"
        "Tuesday about fishing quotas and about the conference planned for\n"
        "the spring, officials in both capitals said after the call ended.\n"
    )
    assert not looks_scraped(wrapped * 3)


def test_normalize_whitespace():
    assert normalize_whitespace("a  b\u00a0c \r\n\r\n\r\n\nd\t e ") == "a b c\n\nd e"
    # invisible characters inside a name: soft hyphen, zero-width space, word joiner, byte-order mark
    assert normalize_whitespace("\ufeffZelen\u00adskyy\u200b met Ru\u2060bio") == "Zelenskyy met Rubio"


# --- hard-wrapped plain text ---------------------------------------------------------------

PARAGRAPHS = [
    "Ministers meet in Vellport",
    "VELLPORT, May 3 (Wire) - Foreign Minister Ann Ode of Sudria held talks with her Northland counterpart "
    "Tom Reed on Tuesday, the first such meeting since the dispute flared, officials of the "
    "Sudrian Presse-Agentur said on the record.",
    "The two ministers agreed to meet again in June. Reed said the talks had been frank but that much "
    "remained to be done before the leaders could sign anything.",
]


def test_hard_wrapped_paragraphs_are_joined_back_into_lines():
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    assert "Presse-\nAgentur" in wrapped  # a word cut at its hyphen
    assert unwrap_lines(wrapped) == "\n\n".join(PARAGRAPHS)
    # paragraphs apart by single line breaks: a break where the next word would have fitted is kept
    assert unwrap_lines(wrapped.replace("\n\n", "\n")) == "\n".join(PARAGRAPHS)


@pytest.mark.parametrize("text", [
    "Home\nWorld\nBusiness\nSport",  # a menu: every next word would have fitted
    "Headline\nA first paragraph on one line that runs on and on, as web text does, well past a hundred "
    "characters.\nA second paragraph, just as long as the first, on its own line after a single line break.",
    "Two short lines\nthat are all there is",
])
def test_text_that_is_not_hard_wrapped_is_unchanged(text):
    assert unwrap_lines(text) == text


# --- furniture is dropped ---------------------------------------------------------------

FURNITURE = {
    "menu": "Home | World | Business | Sport | Culture | Video",
    "section list": "Europe Americas Asia Africa Middle East Opinion Features",
    "headline": "Storm closes airports across the north",
    "read more": "Read more: Ministers agree on new trade rules",
    "newsletter": "Sign up for our newsletter and get the top stories in your inbox every morning.",
    "subscribe": "Subscribe",
    "photo credit": "FILE PHOTO: The foreign minister at a news conference © Example Pictures / A. Person",
    "share widget": "Share this story: [Facebook](#) [X](#) [Email](#)",
    "tag list": "[Norway](#), [Chile](#), [Fisheries](#)",
    "podcast teaser": "The Week in Diplomacy: what to expect from the summit",
    "audio time": "41:12",
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_furniture_line_is_dropped(kind):
    line = FURNITURE[kind]
    out = clean_scraped_text(_page(BODY[0], line, BODY[1], BODY[2]))
    assert out == "\n\n".join(BODY)


def test_comment_section_is_dropped_with_everything_after_it():
    text = _page(
        *BODY,
        "Comments (2)",
        "Write your comment",
        "Ana Lima 3/4/2025 at 9:12 AM",
        "I think the ministers are right, and this deal is long overdue for everyone involved.",
        "[Reply](#)",
        "John Smith 2 hours ago",
        "Nothing will change, as usual. Politicians talk and talk and nothing happens.",
        "Another story about the ministers' long history of talks that goes on after the comments.",
    )
    assert clean_scraped_text(text) == "\n\n".join(BODY)


def test_a_count_of_comments_heads_a_comment_section_however_its_readers_sign():
    text = _page(
        *BODY,
        "COMMENTS (2)",
        "Kofi Quorsah - 5h",
        "Same old story. The minister only remembers us when the talks are in trouble again.",
        "Ama_Q | Northtown",
        "@Kofi the president already phoned the minister last week to arrange this visit, I heard.",
    )
    assert clean_scraped_text(text) == "\n\n".join(BODY)


def test_a_note_on_the_author_ends_the_body_with_the_headlines_after_it():
    text = _page(
        *BODY,
        "Marta Oyelaran is the Northtown Ledger's Andes correspondent, based in Santiago.",
        "Copper: is Atacama the new Jujuy?",
    )
    assert clean_scraped_text(text) == "\n\n".join(BODY)
    text = _page(*BODY, "About the author: Marta Oyelaran is the Ledger's Andes correspondent.")
    assert clean_scraped_text(text) == "\n\n".join(BODY)
    # a note of two or three sentences: "She previously reported from X."
    text = _page(*BODY, "Marta Oyelaran is the Ledger's Andes correspondent. She previously reported from Lima.")
    assert clean_scraped_text(text) == "\n\n".join(BODY)
    # a body sentence of the same shape, with the story going on after it, stays
    middle = _page(BODY[0], "Ivo Marek is the Northtown Ledger's Andes correspondent.", *BODY[1:], *BODY)
    assert "Ivo Marek" in clean_scraped_text(middle)


@pytest.mark.parametrize("blurb", ["Want more? Get the Andes Watch newsletter every Friday.",
                                   "The Northtown Ledger newsletter: city news every morning at 7.",
                                   "Andes Watch is reader-funded. Support us from €3 a month."])
def test_a_short_blurb_about_the_outlet_is_dropped(blurb):
    assert clean_scraped_text(_page(BODY[0], blurb, *BODY[1:])) == "\n\n".join(BODY)


def test_comments_under_readers_handles_are_a_comment_section():
    text = _page(
        *BODY,
        "Comments",
        "north_voter_71: The ministers are right for once, and this deal is long overdue.",
        "QuorvathFan: The minister spends more time on the phone than in parliament.",
    )
    assert clean_scraped_text(text) == "\n\n".join(BODY)
    assert clean_scraped_text(_page(*BODY, "COP28: what the ministers agreed, and what they left out.")) != \
        "\n\n".join(BODY)  # a heading with a number is no reader's handle


@pytest.mark.parametrize("header", ["Comments (2)", "34 comments | Sort by: Newest"])
def test_comments_under_readers_names_are_a_comment_section(header):
    text = _page(
        *BODY,
        header,
        "Quorvath: The ministers will never agree on quotas, whatever they say in Oslo.",
        "Patrice M.: Chile did in one day what Norway failed to do in two years.",
    )
    assert clean_scraped_text(text) == "\n\n".join(BODY)


def test_a_headline_right_above_the_body_is_kept_with_it():
    page = _page("Fishing talks in Oslo - live updates", BODY[0], "Updated 18:05 CEST", "18:05", BODY[1], "17:40",
                 BODY[2])
    assert clean_scraped_text(page) == "\n\n".join(["Fishing talks in Oslo - live updates", *BODY])
    # over a live page's time stamp and its first entry's time line
    page = _page("LIVE: Fishing talks in Oslo - ministers seal quota deal", "Last updated 18:40 (Oslo time)",
                 "18:40 - Ministers agree quotas", BODY[0], BODY[1])
    assert clean_scraped_text(page).split("\n\n")[:2] == ["LIVE: Fishing talks in Oslo - ministers seal quota deal",
                                                            BODY[0]]
    # a page's first line over its menus may be any story's headline
    page = _page("Storm closes airports across the north", "Home | World | Business", *BODY)
    assert clean_scraped_text(page) == "\n\n".join(BODY)


def test_a_government_site_s_footer_is_dropped():
    footer = "Content owned by Ministry of Foreign Affairs, Ruritania. Designed and developed by Quorvath Systems."
    assert clean_scraped_text(_page(*BODY, footer)) == "\n\n".join(BODY)


def test_a_lone_sign_in_link_in_the_header_starts_no_comment_section():
    text = _page("Sign in", *BODY)
    assert clean_scraped_text(text) == "\n\n".join(BODY)


def test_sentence_split_by_furniture_is_rejoined():
    text = _page(
        "The foreign ministers of Norway and Chile spoke by telephone on Tuesday. "
        "They agreed on new fishing quotas, the Norwegian ministry said in a statement on",
        "Most popular",
        "Storm closes airports across the north",
        "FILE PHOTO: A fishing boat © Example Pictures",
        "Wednesday.",
        BODY[1],
    )
    out = clean_scraped_text(text)
    assert "said in a statement on Wednesday." in out
    assert out.split("\n\n")[1] == BODY[1]
    assert "Storm" not in out and "©" not in out


def test_markdown_link_and_emphasis_in_body_are_unwrapped():
    text = _page(BODY[0], "The minister called the talks *\"very useful\"*, the [ministry](https://x.example) said.", BODY[1])
    out = clean_scraped_text(text)
    assert 'The minister called the talks "very useful", the ministry said.' in out


def test_looks_scraped_signals():
    assert looks_scraped(_page(*BODY, FURNITURE["tag list"], FURNITURE["share widget"]))
    assert looks_scraped(_page(*BODY, "Ana 3/4/2025 at 9:12 AM", "Nice.", "[Reply](#)", "Bo 3/4/2025 at 9:13 AM"))
    assert looks_scraped(_page(FURNITURE["menu"], FURNITURE["section list"], FURNITURE["headline"], "Top stories", *BODY))
    assert not looks_scraped("")


# --- the messy seed -------------------------------------------------------------------


def _prose_lines_with(text: str, keyword: str) -> list[str]:
    """The seed's own prose lines mentioning ``keyword`` (sentences, not headlines)."""
    lines = [ln.strip().replace("*", "") for ln in text.splitlines()]
    return [ln for ln in lines if keyword in ln and len(ln) > 80 and re.search(r"[.!?][\"”]?$", ln)]


@pytest.mark.parametrize("keyword", ["Peskov", "delegations spent", "Lavrov", "Rubio", "Fox News", "prisoner exchange"])
def test_messy_seed_keeps_the_body(keyword):
    text = seed("003_618666a4a8d7084e.txt")
    out = clean_scraped_text(text)
    expected = _prose_lines_with(text, keyword)
    assert expected, f"no prose line with {keyword!r} in the seed"
    for line in expected:
        assert line in out


def test_messy_seed_keeps_the_phone_call_and_rejoins_its_sentence():
    text = seed("003_618666a4a8d7084e.txt")
    assert looks_scraped(text)
    out = clean_scraped_text(text)
    first = out.split("\n\n")[0]
    assert "phone call on Monday" in first
    assert first.endswith("Truth Social on Saturday.")


def test_messy_seed_drops_the_furniture():
    text = seed("003_618666a4a8d7084e.txt")
    out = clean_scraped_text(text)
    paragraphs = set(out.split("\n\n"))
    # headline lists, menus, teasers: the seed's short lines that are not sentences
    fragments = [ln.strip() for ln in text.splitlines() if ln.strip() and not re.search(r"[.!?:]$", ln.strip())]
    fragments = [ln for ln in fragments if len(ln) < 120]
    assert len(fragments) > 20
    assert not paragraphs & set(fragments)
    assert "©" not in out  # photo credit
    assert "newsletter" not in out.lower() and "mailbox" not in out.lower()
    assert "Reply" not in out and "comment" not in out.lower()
    assert not re.search(r"\d/\d+/\d{4} at", out)  # comment timestamps
    assert "Read more" not in out and "](" not in out


def test_messy_seed_not_entities_do_not_survive():
    record = gold("003_618666a4a8d7084e.txt")
    text = seed("003_618666a4a8d7084e.txt")
    out = clean_scraped_text(text)
    assert record["not_entities"]
    for name in record["not_entities"]:
        assert re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)  # furniture in the page
        assert not re.search(rf"\b{re.escape(name)}\b", out, re.IGNORECASE), name


def test_example_scraped_page():
    text = (EXAMPLES / "07_scraped_beijing_visit.txt").read_text(encoding="utf-8")
    assert looks_scraped(text)
    out = clean_scraped_text(text)
    assert len(out.split("\n\n")) == 4
    assert "should meet again before the end of the year." in out
    for furniture in ("Most popular", "Sign up", "Tags", "Dragon Watcher", "Podcasts", "©", "SKIP TO"):
        assert furniture not in out


# --- HTML -----------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>Ministers talk fish | Example News</title>
{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers talk fish</h1>
{time}
<p>{p0}</p><p>{p1}</p><p>{p2}</p>
</article>
<footer><p>&copy; 2025 Example News. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>"""


def _html(meta: str = "", time: str = "") -> str:
    return HTML.format(meta=meta, time=time, p0=BODY[0], p1=BODY[1], p2=BODY[2])


def test_html_to_text_keeps_the_body_in_paragraphs():
    text, meta = html_to_text(_html())
    assert text == "\n\n".join(BODY)
    assert meta["title"] == "Ministers talk fish"
    assert meta["date"] is None


@pytest.mark.parametrize(
    "markup",
    [
        '<meta property="article:published_time" content="2024-11-05T08:00:00+01:00">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Ministers talk fish", "datePublished": "2024-11-05T08:00:00Z"}</script>',
    ],
)
def test_html_date_from_metadata(markup):
    _, meta = html_to_text(_html(meta=markup))
    assert meta["date"] == "2024-11-05"


def test_html_date_from_time_element():
    _, meta = html_to_text(_html(time='<time datetime="2024-11-05T08:00">5 November 2024</time>'))
    assert meta["date"] == "2024-11-05"


def test_html_url_from_canonical_link():
    _, meta = html_to_text(_html(meta='<link rel="canonical" href="https://news.example.org/a/1">'))
    assert meta["url"] == "https://news.example.org/a/1"


def test_html_without_a_body():
    text, meta = html_to_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert text == ""
    assert meta["date"] is None


def test_long_prose_addressing_the_reader_is_kept():
    # an interview answer: "you" and "account" occur, but a paragraph this long is body text
    answer = (
        "Asked about the talks, the minister said: if you look at the last ten years, you see that "
        "every agreement took into account the interests of both neighbours, and that the border "
        "commission met regularly even in difficult times, which is why the government believes "
        "that a settlement is possible before the end of the year."
    )
    text = _page(BODY[0], answer, BODY[1])
    assert answer in clean_scraped_text(text)
    assert "share" not in clean_scraped_text(_page(BODY[0], "You can share this story on social media:", BODY[1]))


def test_long_paragraph_starting_with_a_furniture_word_is_kept():
    para = "Watch " + BODY[0][0].lower() + BODY[0][1:] + " " + BODY[1] + " " + BODY[2] + " " + BODY[1]
    assert len(para) > 300
    assert clean_scraped_text(_page(para, BODY[1])).startswith("Watch the foreign ministers")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The talks ended late . Author : Jane Roe ( jr ) Editor : John Doe", "The talks ended late ."),
        ("The plant closed . tj / ipj ( AFP , Reuters )", "The plant closed ."),
        ("The talks ended. (Reporting by Jane Roe; Editing by John Doe)", "The talks ended."),
        ("The vote passed on Monday (AP)", "The vote passed on Monday"),
        ("She will meet the editor of the paper on Monday.", "She will meet the editor of the paper on Monday."),
        ("Ministers met in Oslo. The author of the plan spoke.", "Ministers met in Oslo. The author of the plan spoke."),
        # photo credits after captions, anywhere; not a poll's name
        ("Keller meets Morel in Lima. REUTERS/Jan Nowak/Pool\n\nThe talks ended.", "Keller meets Morel in Lima.\n\nThe talks ended."),
        ("Keller waves (AP Photo/Jan Nowak) as she leaves.", "Keller waves as she leaves."),
        ("A Reuters/Ipsos poll showed support. Reuters/Ipsos Polls are weekly.",
         "A Reuters/Ipsos poll showed support. Reuters/Ipsos Polls are weekly."),
        # a last line of links to other stories; not a sentence's "related: ..."
        ("The talks ended.\n\nRelated: Keller names new envoy in Lima | Vellia's EU talks: still blocked",
         "The talks ended."),
        ("The talks ended.\nRead more: Why Lima matters", "The talks ended."),
        ("He said the talks were related: to trade.", "He said the talks were related: to trade."),
        # a line crediting reporters, wherever it stands; not a sentence about a contribution
        ("The talks ended.\n\nVell Radio's Jan Nowak contributed to this report.\n\nGet our app.",
         "The talks ended.\n\n\nGet our app."),
        ("Peru contributed to the fund, Keller said.", "Peru contributed to the fund, Keller said."),
        ("The talks ended.\nVell Press writer Jan Nowak reported from Lima.", "The talks ended.\n"),
        ("The talks ended.\nThe writer Jan Nowak reported a breakthrough in the talks on Monday, she said.",
         "The talks ended.\nThe writer Jan Nowak reported a breakthrough in the talks on Monday, she said."),
    ],
)
def test_strip_credits(text, kept):
    from kg.cleaning import strip_credits

    assert strip_credits(text) == kept


def test_a_live_blog_entry_under_its_own_timestamped_heading_is_kept():
    entry = ("Speaking at a press conference alongside European Commission President Ann Ode and European Council "
             "President Bo Pym, Prime Minister Jo Rey said the deal marked a new era.")
    page = _page("Summit: live updates", "15:10 Deal reached\n" + BODY[0], "14:25 Rey: 'a new era'\n" + entry,
                 "12:50 Quotas extended\n" + BODY[1])
    kept = clean_scraped_text(page)
    assert entry in kept and BODY[0] in kept and BODY[1] in kept
    assert "Quotas extended" not in kept  # (the page's own headline is kept: see the test above)
    # a neargood line between another story's headline and furniture still goes
    assert entry not in clean_scraped_text(_page("Menu | Home | World", "Other story headline", entry, "Subscribe"))


def test_a_release_s_dateline_and_its_last_sentence_before_the_end_mark_are_kept():
    page = ("Readouts of the Minister's meetings\n\nNote to Correspondents\nNorthtown, 20 September 2023\n\n"
            f"{BODY[0]}\n\n{BODY[1]}\n\nAlso present during the meeting was Deputy Minister Ann Ode. END\n\n"
            "Jo Rey, Spokesperson for the Minister")
    assert looks_scraped(page)
    kept = clean_scraped_text(page)
    assert kept.startswith("Northtown, 20 September 2023\n\n")
    assert kept.endswith("Also present during the meeting was Deputy Minister Ann Ode.")
    assert "Note to Correspondents" not in kept


def test_a_release_s_dateline_after_its_label_and_with_a_weekday_is_kept():
    page = ("Home | News | Releases | Contact\n\nOFFICE OF THE PRESS SECRETARY\n\nPRESS RELEASE - Northtown, "
            f"Thursday, January 29, 2026\n\n{BODY[0]}\n\n{BODY[1]}\n\nRead more: Storm closes airports\n\n"
            "Share this: [Facebook](#) [X](#)")
    kept = clean_scraped_text(page)
    assert kept.startswith("PRESS RELEASE - Northtown, Thursday, January 29, 2026\n\n")
    assert "OFFICE OF THE PRESS SECRETARY" not in kept


def test_a_readout_s_line_of_date_and_time_above_the_body_is_kept():
    page = ("Telephone conversation with the President of Northland\n\nMarch 19, 2025, 17:20\n\n"
            f"{BODY[0]}\n\n{BODY[1]}\n\n* * *\n\nRelated: Meeting with the Security Council\n\n"
            "Share this: [Facebook](#) [X](#)")
    assert looks_scraped(page)
    assert clean_scraped_text(page).startswith(f"March 19, 2025, 17:20\n\n{BODY[0]}")
    # (not one down the page, under a comment)
    comment = _page(BODY[0], BODY[1], "Comments (2)", "March 20, 2025, 09:12", "Great news, thanks for sharing this!")
    assert "09:12" not in clean_scraped_text(comment)


def test_a_live_blog_s_time_lines_are_no_neighbours_of_its_entries():
    entry = ('Before leaving Lima, Jo Rey told reporters he doubted Northland\'s "sincerity". Meanwhile, Northland '
             "Defence Ministry spokeswoman Ann Ode accused Southland of shelling.")
    page = _page("Border talks – live", "Live | Updated 21:14", "Key events", "21:14", BODY[0], "20:40", BODY[1],
                 "18:05", entry, "15:30", BODY[2])
    kept = clean_scraped_text(page)
    assert entry in kept and all(b in kept for b in BODY)
    assert "Key events" not in kept and "21:14" not in kept


COMMENT_LINES = [("Please read our comment policy before posting", True), ("Leave a comment", True), ("Reply", True),
                 ("12 Comments", True), ("patriot1776: so true", True),
                 ("She said she had no comment on the talks.", False), ("The ministers will reply next week.", False)]


@pytest.mark.parametrize("line,marker", COMMENT_LINES)
def test_comment_markers(line, marker):
    from kg.cleaning import _COMMENT_LINE_RE, _COMMENT_NOTICE_RE, _comment_marker

    assert _comment_marker(line) is marker
    # the two patterns as the one they were
    one = re.compile(_COMMENT_NOTICE_RE.pattern + "|" + _COMMENT_LINE_RE.pattern, re.IGNORECASE)
    assert bool(one.search(line)) is marker


@pytest.mark.parametrize("text,title,live", [
    ("Summit in Ankara – live\n\nKey events\n• Leaders gather", None, True),
    ("Skip to content\nTHE LEDGER\nWorld | Opinion | Subscribe\nLIVE: Talks resume in Doha - day 12\n\nThe", None, True),
    ("LIVE | Ministers' retreat on the island | Hosts welcome guests\n\nThe", None, True),
    ("LIVE\nLeaders gather in Gyeongju as two of them hold first talks\n\nLast updated", None, True),
    ("Ceasefire talks: live updates\nThe", None, True),
    ("Kosovo-Serbia dialogue – minute by minute\n\n12:02 – ", None, True),
    ("The two leaders met on Friday.", "Border talks - as it happened", True),
    ("News | Live TV | Sport\nThe two leaders met on Friday.", None, False),  # a menu's item
    ("Live scores | Football\nThe two leaders met on Friday.", None, False),
    ("Where millions live on the border\nThe two leaders met on Friday.", None, False),  # a verb
    ("Army holds live-fire drills near the border\nThe two leaders met on Friday.", None, False),
    ("Home\nNews\nLive\nSport\nThe two leaders met on Friday.", None, False),  # a vertical menu
])
def test_live_page(text, title, live):
    assert live_page(text, title) is live


def test_a_readout_s_sentence_of_names_and_titles_is_as_good_as_its_neighbours():
    lede = "Foreign Secretary Jo Rey spoke to Northland's External Affairs Minister, Dr A. Ode, today."
    page = _page("Cookies on the site\nWe use some essential cookies to make this website work.\nAccept cookies",
                 "Skip to main content\nHome > World", "A Foreign Office spokesperson said:", lede, BODY[0], BODY[1],
                 "Share this page\nFacebook Twitter")
    kept = clean_scraped_text(page)
    assert kept.split("\n\n") == ["A Foreign Office spokesperson said:", lede, BODY[0], BODY[1]]
    # among furniture it stays furniture
    assert lede not in clean_scraped_text(_page("Menu | Home | World", "Other story headline", lede, "Subscribe"))


def test_a_gallery_s_captions_are_the_news_and_its_credits_are_not():
    caption = ("Photo: Northland's President Jo Rey greets Prime Minister Ann Ode at the Hall of Nations in Lima "
               "on Tuesday evening. (AFP)")
    page = _page("Home > World > Galleries", "IN PICTURES: Leaders gather in Lima", BODY[0], "1/3", caption, "2/3",
                 "Photo: Ann Ode/AFP", "3/3", "MORE GALLERIES\nStorm closes airports across the north")
    kept = clean_scraped_text(page).split("\n\n")
    assert caption in kept and BODY[0] in kept
    assert not any("Ann Ode/AFP" in k or "GALLERIES" in k or "Storm" in k for k in kept)


def test_an_agency_s_alerts_are_its_news():
    item = "Jo Rey to visit Lima on Sunday for talks with Ann Ode - diplomatic source"
    page = _page("Menu | Home | World", BODY[0], "URGENT", item, "BREAKING", "Subscribe", BODY[1])
    kept = clean_scraped_text(page).split("\n\n")
    assert item in kept and "Subscribe" not in kept and "URGENT" not in kept


def test_the_bullets_under_key_points_are_the_article_s_summary_and_key_events_headlines_are_not():
    points = ["- Northland's President Jo Rey and Sudria's Prime Minister Ann Ode held talks in Lima on Saturday",
              "- Rey met Vellia's new foreign minister, Ivo Marek, on Friday in their first talks"]
    page = _page("Menu | Home | World | Live", "LIVE: Leaders meet in Lima",
                 "KEY POINTS\n" + "\n".join(points) + "\n- Share this page", BODY[0], BODY[1],
                 "Key events\n- Rey meets Ode at the palace in Lima today\n- Marek arrives", BODY[2])
    kept = clean_scraped_text(page)
    assert all(p in kept for p in points) and "KEY POINTS" not in kept and "Share" not in kept
    assert "Rey meets Ode" not in kept and "Key events" not in kept


def test_a_transcript_s_issuer_under_the_post_line_is_kept():
    page = _page("Press conference - Lima", "Transcript\nMonday 27 October 2025", "Prime Minister\nThe Hon Jo Rey MP",
                 "E&OE TRANSCRIPT\nPRESS CONFERENCE", "Menu | Home | Media", BODY[0], BODY[1], BODY[2])
    kept = clean_scraped_text(page)
    assert "Prime Minister\nThe Hon Jo Rey MP" in kept and "Menu" not in kept


def test_a_round_up_s_day_headings_over_its_kept_items_are_kept():
    items = ["- Northland's President Jo Rey received Sudria's Prime Minister Ann Ode at the palace in Lima.",
             "- Rey spoke by phone with Vellia's new foreign minister, Ivo Marek, about the border talks next month."]
    page = _page("Menu | Home | World | Trackers", "MONDAY 10 MARCH\n" + items[0], BODY[0],
                 "TUESDAY 11 MARCH\n" + items[1], BODY[1], "Share | Print | Subscribe", BODY[2])
    kept = clean_scraped_text(page)
    assert "MONDAY 10 MARCH" in kept and "TUESDAY 11 MARCH" in kept and all(i in kept for i in items)
    assert "Subscribe" not in kept and "Trackers" not in kept
    single = _page("Menu | Home | World | Trackers", "MONDAY 10 MARCH", BODY[0], BODY[1], "Share | Print", BODY[2])
    assert "MONDAY" not in clean_scraped_text(single)  # one date line alone is no round-up's heading


def test_a_summary_sentence_above_the_page_s_metadata_is_the_standfirst():
    summary = "Prime Minister Jo Rey spoke to Prime Minister Ann Ode of Northland this afternoon."
    page = _page("Press release", "PM call with Prime Minister Ode of Northland: 10 February 2026", summary,
                 "From: Prime Minister's Office\nPublished: 10 February 2026", BODY[0], BODY[1],
                 "Share this page\nFacebook Twitter")
    kept = clean_scraped_text(page).split("\n\n")
    assert kept[0] == summary and BODY[0] in kept and not any("From:" in k or "Share" in k for k in kept)
    # without the metadata under it, a sentence among furniture stays furniture
    assert summary not in clean_scraped_text(_page("Menu | Home | World", "Other story headline", summary, "Subscribe"))


def test_a_release_s_issuer_over_their_posts_is_kept():
    # who issues a release in the first person is its byline, not furniture; a name line over no post is
    page = ("The Hon Ann Quorvath MP\nMinister for International Development\nMinister for Defence Industry\n\n"
            "MEDIA RELEASE\n13 March 2025\n\nVisit to Northland\n\n"
            "Today I will travel to Northland to strengthen our partnership with one of our closest neighbours.\n\n"
            "In Vellport tomorrow, I will meet the Prime Minister of Northland to discuss support for the budget.\n\n"
            "Media enquiries: Minister Quorvath's office")
    kept = clean_scraped_text(page)
    assert kept.startswith("The Hon Ann Quorvath MP\nMinister for International Development\nMinister for Defence")
    assert "MEDIA RELEASE" not in kept
    assert not clean_scraped_text(page.replace("Minister for International Development\n", "Home | News\n")).startswith(
        "The Hon")


def test_a_numbered_list_the_body_introduces_is_the_body_s():
    # a release's list of those it names after "They are:" is news; a page's numbered list of other stories is not
    items = ["1. H.E. Mr Ivo Marek, Ambassador of the Republic of Sudria;", "2. H.E. Ms Ann Ode, Ambassador of Vellia."]
    page = _page("THE PRESIDENCY\nREPUBLIC OF NORTHLAND", "PRESS RELEASE", BODY[0], "They are:\n" + "\n".join(items),
                 BODY[1], "Most read:\n1. Floods close the coast road\n2. Northtown wins the cup", "Subscribe")
    kept = clean_scraped_text(page)
    assert "They are:\n" + "\n".join(items) in kept and BODY[1] in kept
    assert "Floods" not in kept and "PRESS RELEASE" not in kept
