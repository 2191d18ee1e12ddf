"""Page furniture removal: keep an article's body, drop the rest of the web page.

Two entry points:

- :func:`html_to_text` for HTML pages, with trafilatura (body text and metadata).
- :func:`clean_scraped_text` for plain text that was scraped from a page (menus, other
  stories' headlines, "Read more" links, newsletter blurbs, photo credits, tag lists, share
  widgets, reader comments). :func:`looks_scraped` says whether a text needs it.

The plain-text cleaner is a jusText-style classifier, adapted to text without markup:

1. Every non-blank line is a block. Each block is classed *good* (body prose), *neargood*,
   *short* or *bad* from its own features: length, stopword density, whether it ends like a
   sentence, how much of it is link markup, how many words are capitalised, whether it
   addresses the reader about the web page ("Subscribe", "your inbox", "share this"), photo
   credits (©), and comment timestamps.
2. A comment section is detected (a comment-policy notice, "Your comment", "Reply",
   "name 5/17/2025 at 7:33 PM" lines): from its first marker on, nothing is body; nor is
   anything from a note on the author near the end ("X is the Courier's political correspondent.").
3. A good block cut off mid-sentence (no terminal punctuation) is re-joined with the first
   following non-furniture block that completes it (a short fragment ending a sentence, or one
   starting in lower case) -- a page often wraps a photo or a headline box around a sentence.
4. Context smoothing as in jusText: short and neargood blocks take the class of their
   neighbours, so a short body sentence between two body paragraphs stays; but a summary sentence right above
   the page's metadata lines ("From:", "Published:"), with the body below them, is the standfirst and stays.

Clean prose passes through unchanged apart from whitespace normalisation.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.dated_lines import day_heading

__all__ = ["clean_scraped_text", "html_to_text", "live_page", "looks_scraped", "normalize_whitespace", "unwrap_lines"]

# --- features ---------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MD_LINK_RE = re.compile(r"\[([^\]\n]*)\]\(([^)\n]*)\)")
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])")
# a sentence ends with . ! ? … or : possibly followed by closing quotes/brackets/emphasis,
# and possibly followed by a short parenthetical credit: "... in Hamburg. (File Photo/Reuters)"
_TERMINAL_RE = re.compile(r"[.!?…:][\"'”’»)\]*_]*(?:\s*\([^()\n]{1,40}\))?$")
# inside a line: the end of one sentence and the start of the next
_INNER_BOUNDARY_RE = re.compile(r"[a-z0-9)\"”’][.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
# a press release's mark after its last sentence: "... on Tuesday. END", "-END-", "###"
_END_MARK_RE = re.compile(r"(?<=[.!?”\"])\s+(?:-?END-?|ENDS|###)$")
# a dateline alone on its line: "Brussels, 6 February 2024", "New York, 20 September 2023", "MANILA, Jan. 18, 2024",
# "PRESS RELEASE - Monrovia, Thursday, January 29, 2026"
_DATELINE_RE = re.compile(
    r"^(?:[A-Z]{2,}(?: [A-Z]{2,}){0,2} [-–—] )?"  # after a release's label: "PRESS RELEASE - Monrovia, ..."
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    r"(?:\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$"
)
# a readout's line of its date and time alone: "March 19, 2025, 17:20", "19 March 2025, 17:20"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_STAMP_RE = re.compile(rf"^(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}),? (?:19|20)\d\d,? \d{{1,2}}:\d{{2}}$",
                       re.IGNORECASE)
_READER_RE = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
# a short blurb about the outlet itself: "Get the X newsletter every Friday.", "X is reader-funded. Support us."
_BLURB_RE = re.compile(r"\b(?:newsletters?|reader-funded|support us|donate)\b|"
                       r"\b(?:use|uses|set|accept|reject|essential|additional|analytics) cookies\b", re.IGNORECASE)
# words about the web page itself rather than the news
_WEB_VOCAB_RE = re.compile(
    r"\b(?:newsletters?|subscri(?:be|bed|ption)|e-?mail|inbox|mailbox|sign(?:ed)? (?:in|up)|"
    r"log ?in|register|cookies?|privacy policy|terms of (?:use|service)|share|follow us|"
    r"download|app|notifications?|comments?|commenting|podcasts?|click|tap|website|page|"
    r"advertis\w*|sponsored|premium|account|feedback)\b",
    re.IGNORECASE,
)
# a line that opens with a call to action or a section label
_CTA_RE = re.compile(
    r"^\W*(?:read (?:more|also|next|the full)|see also|related(?: (?:stories|articles|news))?|"
    r"recommended|more (?:stories|from|on)|most (?:read|popular|viewed)|top stories|trending|"
    r"subscribe|sign (?:in|up)|log ?in|register|follow(?: us)?|share(?: this)?|"
    r"click|tap|download|watch(?: now| live)?|listen|advertisement|sponsored|show more|"
    r"load more|back to top|skip to|jump to|tags?:|topics?:)\b",
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(
    r"©|\(c\)\s|\ball rights reserved\b|^\W*(?:file )?(?:photo|image|picture|video)(?: credit)?\s*:|"
    r"^\W*content owned by\b|\bdesigned and developed by\b",  # a government site's footer
    re.IGNORECASE,
)
# "Claude T. 5/17/2025 at 7:33 PM 0", "Jane 3 hours ago"
_TIMESTAMP_RE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b",
    re.IGNORECASE,
)
# a live blog's time line over an entry: "18:05", "12.50 EDT", "4.12pm"
_CLOCK_LINE_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?$", re.IGNORECASE)
# a live page's stamp or an entry's time line: "Last updated 18:40 (Montevideo time)", "18:40 - X and Y hold talks"
_LIVE_STAMP_RE = re.compile(r"^(?:(?:last\s+)?updated\b[^.]{0,40}?\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)
# a live page's headline: "NATO summit in Ankara – live", "LIVE: Israel at war", "Iran talks live updates",
# "Dialogue – minute by minute" ("live" opening or closing it or a part of it: not "where millions live in ...")
_LIVE_HEADLINE_RE = re.compile(r"^\W*live\b|[-–—:|(]\s*live\b|\blive\W*$|\blive(?:\s*[:|–—]|\s+-)|"
                               r"\blive[- ](?:updates?|blog|coverage|reporting)\b|\bminute[- ]by[- ]minute\b|"
                               r"\bas it happened\b", re.IGNORECASE)
# A comment section's marker: a notice anywhere in a line, or a line that opens like one. Two patterns, searched
# and matched: as one, the alternatives that open a line would be tried at every character of a long paragraph.
_COMMENT_NOTICE_RE = re.compile(r"\bcomment(?:s|ing)?\s+(?:policy|section|system|here|below|guidelines)\b",
                                re.IGNORECASE)
# a gallery's caption, which tells what is shown: "Photo: X greets Y at the Z in W on Tuesday. (AFP)"
_CAPTION_RE = re.compile(r"^\W*(?:photo|picture|image)\s*:\s*(?=\S)", re.IGNORECASE)
#: Words of a caption after its "Photo:" that make it a sentence of the news, not a credit ("Photo: Jo Doe/AFP").
CAPTION_WORDS = 8
# a news agency's alert mark, alone on its line above the item: "URGENT", "BREAKING", "FLASH"
# a minister's release opens with who issues it: "The Hon X MP" (or "Senator the Hon X") over their posts
_ISSUER_RE = re.compile(
    r"^(?:(?:Senator|The|the|Rt\.?|Right|Hon\.?|Honourable|Honorable|Dr\.?)\s+){1,4}"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}(?:\s+(?:MP|MLA|MHR|MPP|TD|MSP|AO|AC|KC|QC))*$"
)
_ISSUER_POST_RE = re.compile(r"^(?:Assistant |Deputy |Acting )?(?:Prime )?(?:Minister|Secretary|Treasurer|Senator"
                             r"|Attorney-General|Special Envoy)\b")
_ALERT_RE = re.compile(r"^\W*(?:urgent|breaking(?: news)?|flash|news alert|alert|just in|developing)\W*$", re.IGNORECASE)
_COMMENT_LINE_RE = re.compile(
    r"^\W*(?:your|add an?|leave an?|post an?|write an?|show|view|load|hide)\s+(?:\w+\s+)?comments?\b|"
    r"^\W*\d*\s*comments?\W*(?:\(\d+\))?\W*$|^\W*\d+\s+comments?\b|"  # "Comments (2)", "34 comments | Sort by"
    r"^\W*\[?reply\]?(?:\([^)]*\))?\W*$|"
    r"^\W*sort by\b|^\W*(?:sign|log) ?in(?: to comment)?\W*$|"
    r"^\W*(?:join|start) the (?:discussion|conversation)\b|"
    # a reader's handle opening a comment: "aussie_battler_71: ...", "JohnD_1974 wrote: ...", "patriot1776:"
    r"^\W*@?(?:[a-z][a-z0-9]*_[\w.]*|(?-i:[a-z]{3,}\d{2,}))(?:\s+(?:wrote|says|said|replied))?\s*:\s",
    re.IGNORECASE,
)

# a comment section's heading with the count of comments under it: "COMMENTS (3)", "Comments (12)"
_COMMENT_COUNT_RE = re.compile(r"^\W*comments?\s*\(\d+\)\W*$", re.IGNORECASE)

GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"

# a page's lines of metadata under its headline and summary: "From: Prime Minister's Office", "Published: 10 February
# 2026", "Updated 3 March", "Date 22.01.2026", "Author Jo Doe", "By Jo Doe"
_META_LINE_RE = re.compile(r"^\W*(?:from|published|updated|last updated|first published|date|author|by)\b\s*:?\s*\S",
                           re.IGNORECASE)

# "Please enable JavaScript" notices: never article text (trafilatura keeps them)
_NOSCRIPT_RE = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass
class _Block:
    text: str  # the line, whitespace-normalised, markup kept
    para: int  # index of the blank-line separated paragraph it came from
    cls: str = BAD
    comment: bool = False  # a comment-section marker
    joined: bool = False  # merged into the previous kept block (sentence re-join)


#: Invisible characters web pages put inside words, which would split a name from itself ("Zelen\u00adskyy"):
#: soft hyphen, zero-width space, word joiner, byte-order mark.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def normalize_whitespace(text: str) -> str:
    """Unix newlines, single spaces inside lines, at most one blank line between paragraphs, no
    invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").translate(INVISIBLE)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


#: The narrowest and widest wraps of plain-text wire copy and e-mail: lines longer than the widest are
#: paragraphs of their own, and text whose lines are all shorter than the narrowest is a list or a menu.
WRAP_WIDTHS = (50, 100)
#: Share of the line breaks inside paragraphs that must be a wrap's for the text to count as wrapped.
WRAPPED_SHARE = 0.6


def unwrap_lines(text: str) -> str:
    """Hard-wrapped paragraphs (plain-text wire copy, e-mail, text saved at 72 columns) joined back
    into one line each, as the parser needs them: a line break is a wrap's when the next line's first
    word would not have fitted on the line ("... Volodymyr Zelenskyy\nheld a phone conversation"), and
    a word cut at a hyphen is joined without a space. A text whose breaks inside paragraphs are mostly
    not a wrap's (a headline, a list, one paragraph per line) is returned unchanged."""
    lines = text.split("\n")
    width = max(map(len, lines), default=0)
    pairs = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1]]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or len(pairs) < 3:
        return text
    wraps = {i for i in pairs if len(lines[i]) + 1 + len(lines[i + 1].split(" ", 1)[0]) > width}
    if len(wraps) < WRAPPED_SHARE * len(pairs):
        return text
    out = [lines[0]]
    for i in range(1, len(lines)):
        if i - 1 not in wraps:
            out.append(lines[i])
        elif re.search(r"[^\W\d_]-$", out[-1]):
            out[-1] += lines[i]  # "Deutsche Presse-" + "Agentur"
        else:
            out[-1] += " " + lines[i]
    return "\n".join(out)


def _comment_marker(line: str) -> bool:
    """Whether a line marks a comment section: "Comment policy", "Leave a comment", "Reply", a reader's handle."""
    return bool(_COMMENT_NOTICE_RE.search(line) or _COMMENT_LINE_RE.match(line))


def _ends_sentence(line: str) -> bool:
    return bool(_TERMINAL_RE.search(line))


def _plain(line: str) -> str:
    """A line with markdown links unwrapped and emphasis markers removed."""
    return _EMPHASIS_RE.sub("", _MD_LINK_RE.sub(r"\1", line))


def _link_density(line: str) -> float:
    """Share of the visible text that is link text (markdown links, bare URLs), as in jusText."""
    visible = _MD_LINK_RE.sub(r"\1", line)
    linked = sum(len(m.group(1)) for m in _MD_LINK_RE.finditer(line))
    linked += sum(len(m.group(0)) for m in _URL_RE.finditer(visible))
    return linked / max(len(visible.strip()), 1)


def _classify(line: str) -> str:
    """The jusText-style class of one line, from its own features."""
    plain = _plain(line)
    words = _WORD_RE.findall(plain)
    n = len(words)
    if n == 0 or _link_density(line) > 0.3:
        return BAD
    if _DATELINE_RE.match(plain.strip()):
        return GOOD  # a release's dateline: where and when it was filed
    caption = _CAPTION_RE.match(plain)
    if caption and len(_WORD_RE.findall(plain[caption.end():])) >= CAPTION_WORDS and _ends_sentence(plain):
        plain = plain[caption.end():]  # a gallery's caption telling what is shown: the news, not a credit
        words = _WORD_RE.findall(plain)
        n = len(words)
    # calls to action and credits are short lines; a long paragraph is prose whatever its start
    if len(plain) < 300 and (_CREDIT_RE.search(plain) or _CTA_RE.match(plain)):
        return BAD
    unquoted = _QUOTED_RE.sub(" ", plain)
    terminal = _ends_sentence(plain)
    # a blurb addressing the reader about the site; body paragraphs quoting "you" are longer
    reader = _READER_RE.search(unquoted) and len(plain) < 250
    if reader and (_WEB_VOCAB_RE.search(unquoted) or not terminal):
        return BAD
    if len(plain) < 100 and _TIMESTAMP_RE.search(plain) or len(plain) < 120 and _BLURB_RE.search(unquoted):
        return BAD
    stops = _stopwords()
    stop_density = sum(w.lower() in stops for w in words) / n
    capitalised = sum(w[0].isupper() for w in words) / n
    if not terminal:
        # a paragraph cut off by the page layout: long prose, or at least one full sentence
        cut_prose = len(plain) >= 150 or _INNER_BOUNDARY_RE.search(plain)
        if cut_prose and stop_density >= 0.3 and capitalised < 0.5:
            return GOOD
        return BAD
    if n < 5:
        return SHORT
    if capitalised > 0.7 and n <= 12:
        return BAD
    if stop_density >= 0.25:
        return GOOD
    if stop_density >= 0.15 or n >= 8 and capitalised <= 0.85:
        # (a readout's sentence of names and titles, as good as its neighbours: "Foreign Secretary David Lammy spoke
        # to India's External Affairs Minister, Dr S. Jaishankar, today.")
        return NEARGOOD
    return BAD


def _blocks(text: str) -> list[_Block]:
    blocks = []
    for p, para in enumerate(re.split(r"\n\s*\n", text)):
        for line in para.split("\n"):
            if line.strip():
                blocks.append(_Block(_END_MARK_RE.sub("", line.rstrip()), p))  # "... was present. END"
    return blocks


def _mark_comment_section(blocks: list[_Block]) -> None:
    """Everything from the first comment-section marker on is furniture.

    A marker counts only after some body text, and only if at least one more comment marker or a line opening
    with a reader's name ("Patrice M.: ...") follows it (a lone "Sign in" in a page header starts nothing).
    """
    for b in blocks:
        b.comment = _comment_marker(_plain(b.text)) or (len(b.text) < 100 and bool(_TIMESTAMP_RE.search(b.text)))
    seen_good = False
    for i, b in enumerate(blocks):
        if b.cls == GOOD:
            seen_good = True
        # (a count of comments alone is enough: "COMMENTS (3)", then each reader's name and words, however set out)
        counted = bool(_COMMENT_COUNT_RE.match(_plain(b.text)))
        readers = sum(bool(_READER_LINE_RE.match(_plain(x.text))) for x in blocks[i + 1 :]) if b.comment else 0
        if seen_good and (counted or b.comment and sum(x.comment for x in blocks[i:]) + readers >= 2):
            for x in blocks[i:]:
                x.cls = BAD
            return


# the author's note that ends a story: "X is the Kyiv Courier's political correspondent.", "X is a senior editor at Y,
# based in Z."
_BIO_RE = re.compile(
    r"^(?:[Aa]bout the (?:author|writer)\W+)?(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ (?:is|was|has been) "
    r"[^.!?\n]{0,80}?\b(?:correspondent|reporter|editor|writer|columnist|journalist|bureau chief|contributor|"
    r"producer)s?\b[^.!?\n]{0,80}\.(?: [A-Z][^.!?\n]{0,160}\.){0,2}$"  # and two more sentences: "She covered X."
)
# a reader's name or handle opening a line under a comment section's marker: "Patrice M.: ...", "KivuVoice: ..."
_READER_LINE_RE = re.compile(r"^\W*@?[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2}:\s")


def _mark_author_note(blocks: list[_Block]) -> None:
    """A one-sentence note on the author after the body ends it: it and what follows (other stories' headlines,
    a newsletter blurb) are furniture. Only near the end: at most two body-like blocks may follow it."""
    seen_good = False
    for i, b in enumerate(blocks):
        if b.cls == GOOD and not seen_good:
            seen_good = True
            continue
        if seen_good and _BIO_RE.match(_plain(b.text)) and sum(x.cls == GOOD for x in blocks[i + 1 :]) <= 2:
            for x in blocks[i:]:
                x.cls = BAD
            return


def _rejoin_cut_sentences(blocks: list[_Block], window: int = 15) -> None:
    """Re-join a good block cut mid-sentence with the fragment that completes it."""
    for i, b in enumerate(blocks):
        if b.cls != GOOD or _ends_sentence(_plain(b.text)):
            continue
        for j in range(i + 1, min(i + 1 + window, len(blocks))):
            nxt = blocks[j]
            if nxt.cls == BAD:
                continue
            first = _plain(nxt.text).lstrip("\"'“‘*_ ")[:1]
            if first.islower() or (nxt.cls == SHORT and _ends_sentence(_plain(nxt.text))):
                nxt.cls = GOOD
                nxt.joined = True
            break


def _neighbour(blocks: list[_Block], i: int, step: int, skip: tuple[str, ...], own_heading: bool = False) -> str | None:
    """The class of the nearest block before (step -1) or after (+1) block i not of a class in ``skip``, past a live
    blog's time lines ("18:05"); with ``own_heading``, past a heading line of block i's own paragraph ("14:25 Leaders
    meet" over a live blog's entry)."""
    j = i + step
    while 0 <= j < len(blocks):
        heading = own_heading and blocks[j].para == blocks[i].para and _is_heading(blocks[j].text)
        if blocks[j].cls not in skip and not heading and not _CLOCK_LINE_RE.match(blocks[j].text.strip()):
            return blocks[j].cls
        j += step
    return None  # the edge of the text


def _is_heading(line: str) -> bool:
    """A short line that ends no sentence: a headline or a section's title."""
    plain = _plain(line)
    return len(plain) < 100 and not _ends_sentence(plain)


def _smooth(blocks: list[_Block]) -> None:
    """jusText context rules: short and neargood blocks follow their neighbours.

    The edge of the text counts as no neighbour, so a short closing sentence of clean prose
    stays; a block with no classed neighbour at all is kept (there is no furniture around it).
    """
    new = []
    for i, b in enumerate(blocks):
        if b.cls != SHORT or b.joined:
            new.append(b.cls)
            continue
        around = {_neighbour(blocks, i, -1, (SHORT, NEARGOOD)), _neighbour(blocks, i, 1, (SHORT, NEARGOOD))}
        around.discard(None)
        if around == {GOOD, BAD}:  # between body and furniture: go with a neargood side
            near = _neighbour(blocks, i, -1, (SHORT,)), _neighbour(blocks, i, 1, (SHORT,))
            new.append(GOOD if NEARGOOD in near else BAD)
        else:
            new.append(BAD if BAD in around else GOOD)
    for b, cls in zip(blocks, new):
        b.cls = cls
    new = []
    for i, b in enumerate(blocks):
        if b.cls != NEARGOOD:
            new.append(b.cls)
            continue
        around = {_neighbour(blocks, i, -1, (NEARGOOD,), True), _neighbour(blocks, i, 1, (NEARGOOD,), True)}
        around.discard(None)
        new.append(GOOD if GOOD in around or not around else BAD)
    for b, cls in zip(blocks, new):
        b.cls = cls


def _keep_own_headline(blocks: list[_Block]) -> None:
    """A headline opening the text right above the body is the article's own ("NATO summit in The Hague - live
    updates" over a live blog, past its "Last updated 18:40" and the time line of its first entry): kept, as in
    clean text. A page's first line above menus may be any story's."""
    body = next((j for j in range(1, len(blocks)) if not _LIVE_STAMP_RE.match(_plain(blocks[j].text))), len(blocks))
    if body < len(blocks) and blocks[0].cls == BAD and blocks[body].cls == GOOD and not blocks[body].joined:
        line = _plain(blocks[0].text)
        if _is_heading(line) and len(_WORD_RE.findall(line)) >= 3 and "|" not in line \
                and not (_CTA_RE.match(line) or _CREDIT_RE.search(line) or _TIMESTAMP_RE.search(line)
                         or _WEB_VOCAB_RE.search(line)):
            blocks[0].cls = GOOD


def _keep_issuer(blocks: list[_Block], head: int = 6) -> None:
    """A release's first lines naming who issues it ("The Hon X MP" over "Minister for Y", or under "Prime Minister"
    in a transcript's header) are its byline, which tells who "I" is in its text: kept, with the lines of posts
    beside the name."""
    for i, b in enumerate(blocks[:head]):
        line = _plain(b.text)
        if not (_ISSUER_RE.match(line) and re.search(r"\b(?:Hon\.?|Honourable|Honorable|Senator)\s", line)):
            continue
        posts = [k for k in range(i + 1, min(len(blocks), i + 4)) if _ISSUER_POST_RE.match(_plain(blocks[k].text))]
        if posts and posts[0] == i + 1:
            for k in [i, *posts]:
                blocks[k].cls = GOOD
        elif i >= 1 and _ISSUER_POST_RE.match(_plain(blocks[i - 1].text)):
            blocks[i - 1].cls = blocks[i].cls = GOOD
        return


def _keep_stamp(blocks: list[_Block], head: int = 3) -> None:
    """A readout's line of its date and time right above the body ("March 19, 2025, 17:20") tells the day its lede
    is of: kept (see kg.extract.stamp_line)."""
    for b, after in zip(blocks[:head], blocks[1 : head + 1]):
        if _STAMP_RE.match(_plain(b.text)) and after.cls == GOOD:
            b.cls = GOOD
            return


def _keep_standfirst(blocks: list[_Block], before: list[str]) -> None:
    """A summary sentence right above the page's metadata lines, with the body below them, is the article's
    standfirst ("Prime Minister X spoke to Prime Minister Y of Z this afternoon." over "From: ...", "Published: ...")
    and kept, where its neighbours would have made it furniture (``before``: the classes before smoothing)."""
    for i, b in enumerate(blocks[:-1]):
        if b.cls != BAD or before[i] not in {GOOD, NEARGOOD} or not _ends_sentence(_plain(b.text)):
            continue
        j = i + 1
        while j < len(blocks) and _META_LINE_RE.match(_plain(blocks[j].text)) and len(_plain(blocks[j].text)) < 80:
            j += 1
        if j > i + 1 and j < len(blocks) and blocks[j].cls == GOOD:
            b.cls = GOOD


#: A heading over a page's summary bullets: "KEY POINTS", "Summary" (not a live page's "Key events", the headlines
#: of its entries).
_KEY_POINTS_RE = re.compile(r"^\W*(?:key (?:points|facts|takeaways)|summary|highlights|at a glance|in brief|"
                            r"what we know(?: so far)?)\W*$", re.IGNORECASE)
#: A bulleted line: "- X met Y", "• X met Y".
_BULLET_RE = re.compile(r"^\s*[-–•*·]\s+\S")
#: How many words a summary bullet has at least (a sentence, not a menu's item nor a headline).
BULLET_WORDS = 8


def _keep_key_points(blocks: list[_Block]) -> None:
    """The bullets under a page's "KEY POINTS" (or "Summary") heading are the article's own summary sentences, with
    the full names and posts its entries then shorten ("Chinese President Xi Jinping and South Korean President Lee
    Jae-myung held their first summit"): kept, the heading not."""
    for i, b in enumerate(blocks):
        if not _KEY_POINTS_RE.match(_plain(b.text)):
            continue
        for after in blocks[i + 1 :]:
            line = _plain(after.text)
            if not _BULLET_RE.match(line):
                break
            if len(_WORD_RE.findall(line)) >= BULLET_WORDS and not (_CTA_RE.match(line) or _CREDIT_RE.search(line)):
                after.cls = GOOD


#: An item of a numbered list: "1. H.E. Ambassador X, High Commissioner of Y;", "(2) Ms Z, Ambassador of W".
_NUMBERED_RE = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S")


def _keep_enumeration(blocks: list[_Block]) -> None:
    """A numbered list the body introduces with a colon and goes on after ("(...) received the credentials of four
    new envoys." / "They are:" / "1. H.E. Ambassador X, High Commissioner of Y;" ... / "The ceremony was witnessed by
    Z."): part of the body, the introducing line with it (not a page's list of other stories, which no body sentence
    introduces)."""
    for i, b in enumerate(blocks[1:-1], start=1):
        if blocks[i - 1].cls != GOOD or not _plain(b.text).rstrip().endswith(":"):
            continue
        items = list(itertools.takewhile(lambda k: _NUMBERED_RE.match(_plain(blocks[k].text)),
                                         range(i + 1, len(blocks))))
        if len(items) >= 2 and items[-1] + 1 < len(blocks) and blocks[items[-1] + 1].cls == GOOD \
                and not any(_CTA_RE.match(_plain(blocks[k].text)) or _CREDIT_RE.search(_plain(blocks[k].text))
                            for k in items):
            for k in [i, *items]:
                blocks[k].cls = GOOD


def _keep_day_headings(blocks: list[_Block]) -> None:
    """A round-up's day headings over its kept items ("MONDAY 10 MARCH" over "- X received Y at the palace"), two or
    more of them, tell each item's day: kept (see kg.dated_lines)."""
    headings = [i for i, b in enumerate(blocks[:-1]) if day_heading(_plain(b.text)) and blocks[i + 1].cls == GOOD]
    if len(headings) >= 2:
        for i in headings:
            blocks[i].cls = GOOD


def live_page(text: str, title: str | None = None, *, head_lines: int = 6) -> bool:
    """Whether a text (or its ``title``) is a live page's: one of its first lines is a headline that says so ("NATO
    summit in Ankara – live", "LIVE | APEC 2025: Leaders gather in Gyeongju", "LIVE" over it), not a menu's item
    ("News | Live | Sport") nor "live-fire drills"."""
    lines = [line for line in text.splitlines() if line.strip()][:head_lines] + [title or ""]
    for line in lines:
        parts = [p.strip() for p in line.split("|")]
        if line.strip() == "LIVE" or any(_LIVE_HEADLINE_RE.search(p) and (len(_WORD_RE.findall(p)) >= 3 or k == 0 and len(parts) > 1
                                                and len(_WORD_RE.findall(parts[1])) >= 3)
               for k, p in enumerate(parts)):
            return True
    return False


def clean_scraped_text(text: str) -> str:
    """The article body of plain text scraped from a web page, in order.

    Drops menus, section lists, other stories' headlines, "Read more" links, newsletter and
    share blurbs, photo credits, tag lists and the comment section (see the module docstring
    for the method). Markdown link markup and emphasis markers in kept text are unwrapped.
    Paragraphs are separated by a blank line. Clean prose comes back unchanged except for
    whitespace normalisation.
    """
    blocks = _blocks(normalize_whitespace(text))
    for b in blocks:
        b.cls = _classify(b.text)
    for before, b in zip(blocks, blocks[1:]):
        if _ALERT_RE.match(_plain(before.text)) and len(_WORD_RE.findall(_plain(b.text))) >= 5 \
                and not (_CTA_RE.match(_plain(b.text)) or _CREDIT_RE.search(_plain(b.text))):
            b.cls = GOOD  # an agency's alert: "URGENT" over "X to visit Y on Sunday for talks with Z - source"
    _mark_comment_section(blocks)
    _mark_author_note(blocks)
    _rejoin_cut_sentences(blocks)
    classes = [b.cls for b in blocks]
    _smooth(blocks)
    _keep_standfirst(blocks, classes)
    _keep_own_headline(blocks)
    _keep_issuer(blocks)
    _keep_stamp(blocks)
    _keep_key_points(blocks)
    _keep_enumeration(blocks)
    _keep_day_headings(blocks)
    out: list[str] = []
    prev: _Block | None = None
    prev_index = -2
    for i, b in enumerate(blocks):
        if b.cls != GOOD:
            continue
        line = _plain(b.text)
        if b.joined and out:
            out[-1] += " " + line
        elif prev is not None and prev.para == b.para and prev_index == i - 1:
            out[-1] += "\n" + line
        else:
            out.append(line)
        prev, prev_index = b, i
    return "\n\n".join(out)


def looks_scraped(text: str) -> bool:
    """Whether plain text looks scraped from a web page rather than being clean article text.

    True when the text has markdown links, comment-section markers, several call-to-action or
    photo-credit lines, or when many of its lines are short fragments that are not sentences
    (menus, headline lists).
    """
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]
    if not lines:
        return False
    if len(_MD_LINK_RE.findall(text)) >= 2:
        return True
    comment = sum(
        _comment_marker(ln) or (len(ln) < 100 and bool(_TIMESTAMP_RE.search(ln)))
        for ln in lines
    )
    furniture = sum(bool(_CTA_RE.match(ln) or _CREDIT_RE.search(ln)) for ln in lines)
    if comment >= 2 or furniture >= 2:
        return True
    # short non-sentence lines; the first line may be a title, a next line starting in lower
    # case means the text is hard-wrapped prose, not a fragment
    fragments = 0
    for k, ln in enumerate(lines[1:], start=1):
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if not _ends_sentence(ln) and len(_WORD_RE.findall(ln)) < 10 and not nxt[:1].islower():
            fragments += 1
    return fragments >= 3 and fragments / len(lines) >= 0.25


def html_to_text(html: str) -> tuple[str, dict]:
    """Body text and metadata of an HTML page, boilerplate removed (trafilatura).

    Returns (text, metadata): paragraphs separated by a blank line; metadata has the keys
    ``title``, ``date`` (ISO ``YYYY-MM-DD`` or None) and ``url`` (None when unknown). The date
    comes from the page's own metadata (``article:published_time``, JSON-LD
    ``datePublished``, ``<time datetime>`` ...), never guessed from the current date.
    """
    import trafilatura

    from kg.dates import normalize_date

    doc = trafilatura.bare_extraction(
        _NOSCRIPT_RE.sub(" ", html),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return "", {"title": None, "date": None, "url": None}
    paragraphs = [" ".join(ln.split()) for ln in (doc.text or "").splitlines() if ln.strip()]
    if paragraphs and doc.title and paragraphs[0] == " ".join(doc.title.split()):
        paragraphs = paragraphs[1:]  # the headline is metadata, not body text
    if not any(_ends_sentence(p) for p in paragraphs):
        paragraphs = []  # menus or a headline only: no article body on this page
    text = "\n\n".join(paragraphs)
    date = normalize_date(doc.date) if doc.date else None
    meta = {"title": doc.title or None, "date": date, "url": doc.url or None}
    return text, meta


#: Sign-off lines of wire copy after the last sentence: "Author: X / ab Editor: Y",
#: "(Reporting by X; Editing by Y)", "mz/msh (AP, AFP, dpa)". Names in them are staff, not news.
_CREDITS = re.compile(
    r"""(?:
        \s(?:Author|Authors|Editor|Editors|Reporting\ by|Writing\ by|Editing\ by|Compiled\ by)\s*:?\s[^.!?"”]{0,160}
      | \s\(\s*(?:Reporting|Writing|Editing)\ by[^)]{0,200}\)
      | \s[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+(?:\s*\([^)]{0,80}\))?
      | \s\(\s*(?:[A-Z][A-Za-z]{1,9}\s*,\s*)*(?:AP|AFP|Reuters|dpa|DPA|KNA|epd|AFX|ANI|TASS|Xinhua|EFE|ANSA|UPI|Bloomberg)\s*\)
      | \n\s*(?:Related(?:\ coverage|\ stories|\ articles)?|Read\ (?:more|also)|See\ also)\s*:[^\n]{0,280}
    )\s*$""",
    re.VERBOSE,
)


#: A line that credits the story's reporters, wherever the page puts it: "X's Y contributed to this report.", "Y and
#: Z contributed reporting.", "X writer Y reported from Z." Names in it are staff, not news.
_CREDIT_LINE = re.compile(r"^[ \t]*(?:[A-Z][^.!?\n]{0,120}\b(?:also )?contributed (?:to this report|reporting)"
                          r"|[A-Z][^.!?\n]{0,60}\b(?:writers?|reporters?|correspondents?) [A-Z][^.!?\n]{0,80}"
                          r"\b(?:reported from|contributed)\b)[^.!?\n]{0,80}[.]?[ \t]*$\n?", re.MULTILINE)


#: A photo credit after a caption: "... in Vladivostok. REUTERS/Mikhail Metzel/Pool", "(AP Photo/Evan
#: Vucci)". An agency, a slash and a photographer's name of two to four words (not "a Reuters/Ipsos
#: poll"), where a sentence or a line ends.
_PHOTO_CREDIT = re.compile(
    r"""(?:(?<=[.!?"”])[ ]+|^|[ ]*\()
        (?:REUTERS|Reuters|AFP|AP[ ]Photo|EPA(?:-EFE)?|Getty[ ]Images|ANADOLU|Anadolu|XINHUA|Xinhua)
        [ ]?/[ ]?[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){1,3}
        (?:[ ]?/[ ]?(?:Pool|POOL|File(?:[ ]Photo)?|FILE(?:[ ]PHOTO)?|Handout|HANDOUT|AFP|Getty[ ]Images))*
        (?:\)|(?=[ ]*(?:\n|$)))""",
    re.VERBOSE | re.MULTILINE,
)


def strip_credits(text: str) -> str:
    """Remove photo credits after captions, lines crediting reporters ("X contributed to this report."), and sign-off
    credits (bylines, editors, agency tags) and a last line of links to other stories ("Related: X | Y") that follow
    the last sentence."""
    if "/" in text:  # every photo credit has one: "REUTERS/Name", "(AP Photo/Name)"
        text = _PHOTO_CREDIT.sub("", text)
    if "contributed" in text or "reported from" in text:
        text = _CREDIT_LINE.sub("", text)
    for _ in range(3):  # "... . Author: X Editor: Y" can hold several
        cut = _CREDITS.search(text[-300:])
        if not cut or cut.start() == 0:
            break
        text = text[: len(text) - 300 + cut.start()] if len(text) > 300 else text[: cut.start()]
        text = text.rstrip()
    return text
