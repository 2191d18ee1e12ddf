"""kg.articles: reading .txt, .html, .jsonl, directories and stdin into Article records."""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path

import pytest

from kg.articles import Skipped, article_from_html, article_from_text, decode_bytes, iter_articles
from kg.cleaning import normalize_whitespace
from kg.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

BODY = (
    "The foreign ministers of Norway and Chile spoke by telephone on Tuesday about fishing quotas.\n\n"
    "Both ministers said the conversation had been constructive and that officials would meet again."
)
HTML = (
    "<!DOCTYPE html><html><head><title>Ministers talk fish</title>"
    '<meta property="article:published_time" content="2024-11-05T08:00:00Z">'
    '<link rel="canonical" href="https://news.example.org/fish"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Ministers talk fish</h1>"
    "<p>The foreign ministers of Norway and Chile spoke by telephone on Tuesday about fishing quotas.</p>"
    "<p>Both ministers said the conversation had been constructive and that officials would meet again.</p>"
    "</article><footer>&copy; 2024 Example News</footer></body></html>"
)


def read(*inputs, stdin=None) -> list[Article | Skipped]:
    return list(iter_articles([str(i) for i in inputs], stdin=stdin))


def one(*inputs, stdin=None):
    items = read(*inputs, stdin=stdin)
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- .txt ------------------------------------------------------------------------------


def test_txt_with_date_line(tmp_path):
    path = write(tmp_path / "001_fish.txt", "date 2025-05-19\n" + BODY + "\n")
    a = one(path)
    assert a == Article(id="001_fish.txt", text=BODY, published="2025-05-19", source=str(path))


def test_txt_with_dateline(tmp_path):
    a = one(write(tmp_path / "a.txt", "OSLO, March 4, 2025 (Wire) - " + BODY))
    assert a.published == "2025-03-04"
    assert a.text.startswith("OSLO, March 4, 2025")


def test_txt_without_date(tmp_path):
    assert one(write(tmp_path / "a.txt", BODY)).published is None


def test_scraped_txt_is_cleaned_and_dated_from_its_dateline(tmp_path):
    page = "\n\n".join(
        [
            "Home | World | Business | Sport | Culture",
            "4 Mar, 2025 10:12 / Home / World",
            "Ministers talk fish",
            BODY,
            "Read more: Storm closes airports",
            "Tags: [Norway](#), [Chile](#)",
            "Share this: [Facebook](#) [X](#)",
        ]
    )
    a = one(write(tmp_path / "a.txt", page))
    assert a.text == BODY
    assert a.published == "2025-03-04"


def test_clean_seed_keeps_every_body_sentence():
    path = SHARED / "seeds" / "000_945e849477d99e4f.txt"
    if not path.exists():
        pytest.skip("seed articles not available")
    raw = path.read_text(encoding="utf-8")
    a = one(path)
    assert a.id == "000_945e849477d99e4f.txt"
    assert a.published == "2025-05-19"
    assert not a.text.startswith("date") and "date 2025-05-19" not in a.text
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    lines[0] = lines[0].removeprefix("date 2025-05-19").strip()
    # every line kept; only the agency tag after the last sentence goes (strip_credits)
    assert lines[-1].endswith(" (ANI)")
    lines[-1] = lines[-1].removesuffix(" (ANI)")
    assert a.text == "\n\n".join(lines)


def test_messy_seed_is_cleaned_and_dated():
    path = SHARED / "seeds" / "003_618666a4a8d7084e.txt"
    if not path.exists():
        pytest.skip("seed articles not available")
    a = one(path)
    assert a.published == "2025-05-17"
    assert "Peskov" in a.text and "Reply" not in a.text and "©" not in a.text


# --- .html -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_file(tmp_path, suffix):
    path = write(tmp_path / f"page{suffix}", HTML)
    a = one(path)
    assert a.id == f"page{suffix}"
    assert a.text == BODY
    assert a.published == "2024-11-05"
    assert a.title == "Ministers talk fish"
    assert a.url == "https://news.example.org/fish"
    assert a.source == str(path)


def test_html_without_article_body_is_skipped(tmp_path):
    s = one(write(tmp_path / "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert isinstance(s, Skipped) and "no article body" in s.reason


# --- .jsonl ----------------------------------------------------------------------------


def test_jsonl_articles(tmp_path):
    path = write(
        tmp_path / "wire.jsonl",
        jsonl(
            {"id": "a1", "text": BODY, "published": "2025-01-02", "title": "T", "url": "https://x.example/1", "extra": [1]},
            "",
            {"id": "a2", "html": HTML},
            {"id": 7, "text": "date 2025-02-03\n" + BODY},
            {"id": "a4", "text": "Paris, May 5, 2025 - " + BODY, "published": "2025-05-06T09:00:00+02:00"},
        ),
    )
    a1, a2, a3, a4 = read(path)
    assert a1 == Article("a1", BODY, "2025-01-02", "T", "https://x.example/1", f"{path}:1")
    assert (a2.id, a2.text, a2.published, a2.title, a2.source) == ("a2", BODY, "2024-11-05", "Ministers talk fish", f"{path}:3")
    assert (a3.id, a3.published, a3.text, a3.source) == ("7", "2025-02-03", BODY, f"{path}:4")
    assert a4.published == "2025-05-06"  # the JSONL field wins over the dateline


def test_jsonl_is_read_line_by_line(tmp_path, monkeypatch):
    path = write(tmp_path / "wire.jsonl", jsonl({"id": "a", "text": BODY}, {"id": "b", "text": BODY}))
    it = iter_articles([str(path)])
    assert next(it).id == "a"
    with path.open("a", encoding="utf-8") as fh:  # appended after the first line was read
        fh.write(json.dumps({"id": "c", "text": BODY}) + "\n")
    assert [x.id for x in it] == ["b", "c"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x", "text": "unterminated', "malformed JSON"),
        ("[1, 2]", "JSON list, not an object"),
        ('"just a string"', "JSON str, not an object"),
        ('{"text": "Body."}', '"id" is missing'),
        ('{"id": "", "text": "Body."}', '"id" is a str, not a non-empty string'),
        ('{"id": ["x"], "text": "Body."}', '"id" is a list'),
        ('{"id": "x"}', 'no "text" or "html" field'),
        ('{"id": "x", "text": ""}', '"text" is empty'),
        ('{"id": "x", "text": "   \\n  "}', "empty"),
        ('{"id": "x", "text": 42}', '"text" is a int, not a string'),
        ('{"id": "x", "text": "Body.", "published": 2025}', '"published" is a int'),
        ('{"id": "x", "text": "Body.", "published": "soon"}', "not a date; write it as YYYY-MM-DD"),
        ('{"id": "x", "html": "<html><body></body></html>"}', "no article body"),
    ],
)
def test_jsonl_bad_line_is_skipped_with_its_line_number(tmp_path, line, reason):
    path = write(tmp_path / "bad.jsonl", jsonl({"id": "ok", "text": BODY}, line, {"id": "ok2", "text": BODY}))
    ok, bad, ok2 = read(path)
    assert (ok.id, ok2.id) == ("ok", "ok2")
    assert isinstance(bad, Skipped)
    assert bad.source == f"{path}:2"
    assert reason in bad.reason
    assert "\n" not in bad.reason


def test_empty_jsonl_file_is_skipped(tmp_path):
    s = one(write(tmp_path / "e.jsonl", "\n  \n"))
    assert isinstance(s, Skipped) and "empty" in s.reason


# --- directories -----------------------------------------------------------------------


def test_directory_is_walked_recursively_sorted_skipping_hidden_and_unknown(tmp_path):
    write(tmp_path / "b.txt", BODY)
    write(tmp_path / "a.html", HTML)
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "c1", "text": BODY}))
    write(tmp_path / "sub" / "a.txt.bak", BODY)
    write(tmp_path / "notes.md", BODY)
    write(tmp_path / ".hidden.txt", BODY)
    write(tmp_path / ".git" / "x.txt", BODY)
    write(tmp_path / "C.TXT", BODY)
    items = read(tmp_path)
    assert [x.id for x in items] == ["C.TXT", "a.html", "b.txt", "c1"]
    assert [x.source for x in items] == [
        str(tmp_path / "C.TXT"),
        str(tmp_path / "a.html"),
        str(tmp_path / "b.txt"),
        f"{tmp_path / 'sub' / 'c.jsonl'}:1",
    ]


def test_directory_is_streamed_file_by_file(tmp_path):
    write(tmp_path / "a.txt", BODY)
    second = write(tmp_path / "b.txt", BODY)
    it = iter_articles([str(tmp_path)])
    assert next(it).id == "a.txt"
    second.write_text("date 2025-07-01\n" + BODY, encoding="utf-8")  # changed after the first was read
    assert next(it).published == "2025-07-01"


def test_empty_directory_is_skipped(tmp_path):
    write(tmp_path / "readme.md", "nothing to read")
    s = one(tmp_path)
    assert isinstance(s, Skipped) and "no .txt/.html/.htm/.jsonl files" in s.reason


def test_inputs_are_read_in_order(tmp_path):
    b = write(tmp_path / "b.txt", BODY)
    a = write(tmp_path / "a.txt", BODY)
    assert [x.id for x in read(b, a)] == ["b.txt", "a.txt"]


# --- Skipped files ---------------------------------------------------------------------


def test_missing_path_is_skipped(tmp_path):
    s = one(tmp_path / "nope.txt")
    assert s == Skipped(str(tmp_path / "nope.txt"), "no such file or directory; check the path")


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", BODY)

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    s = one(path)
    assert isinstance(s, Skipped) and "cannot read the file (Permission denied)" in s.reason


@pytest.mark.parametrize("content", ["", "   \n\n\t \n"])
def test_empty_file_is_skipped(tmp_path, content):
    s = one(write(tmp_path / "a.txt", content))
    assert isinstance(s, Skipped) and "empty" in s.reason


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        ("a.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("a.txt", b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
        ("a.txt", b"some text\x00\x01\x02 more", "NUL bytes"),
        ("a.jsonl", b"%PDF-1.4 binary", "a PDF file"),
    ],
)
def test_binary_file_is_skipped(tmp_path, name, content, kind):
    s = one(write(tmp_path / name, content))
    assert isinstance(s, Skipped) and kind in s.reason


def test_only_furniture_is_skipped(tmp_path):
    page = "\n\n".join(["Home | World | Sport", "Top stories", "Storm closes airports", "Subscribe", "[A](#), [B](#)"])
    s = one(write(tmp_path / "a.txt", page))
    assert isinstance(s, Skipped) and "page furniture" in s.reason


def test_duplicate_id_keeps_the_first(tmp_path):
    first = write(tmp_path / "x" / "a.txt", BODY)
    write(tmp_path / "y" / "a.txt", BODY)
    wire = write(tmp_path / "w.jsonl", jsonl({"id": "n", "text": BODY}, {"id": "n", "text": "Other text."}))
    items = read(tmp_path / "x", tmp_path / "y", wire)
    assert [type(x).__name__ for x in items] == ["Article", "Skipped", "Article", "Skipped"]
    assert items[0].source == str(first)
    assert "duplicate id 'a.txt'" in items[1].reason and str(first) in items[1].reason
    assert items[3].source == f"{wire}:2" and "duplicate id 'n'" in items[3].reason


def test_explicit_file_with_other_extension_is_sniffed(tmp_path):
    assert one(write(tmp_path / "a.md", BODY)).text == BODY
    assert one(write(tmp_path / "b.data", jsonl({"id": "j", "text": BODY}))).id == "j"
    assert one(write(tmp_path / "c.page", HTML)).published == "2024-11-05"


# --- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Zelenskyy’s call — in Kyiv".encode("utf-8"), "Zelenskyy’s call — in Kyiv"),
        ("Zelenskyy’s call — in Kyiv".encode("cp1252"), "Zelenskyy’s call — in Kyiv"),
        (b"caf\xe9 \x81", "café \x81"),  # 0x81 is undefined in cp1252: Latin-1
        ("\ufeffTalks in Genève.".encode("utf-8"), "Talks in Genève."),
        ("Talks in Genève.".encode("utf-16"), "Talks in Genève."),
        ("Talks.".encode("utf-16-be").join([b"\xfe\xff", b"\x00"]), "Talks.\ufffd"),  # cut off in a character: kept
    ],
)
def test_decode_bytes(raw, text):
    assert decode_bytes(raw) == text


def test_cp1252_file(tmp_path):
    body = "Løkke Rasmussen said the talks were “useful”. They met on Tuesday."
    a = one(write(tmp_path / "a.txt", body.encode("cp1252")))
    assert a.text == body


def test_utf16_file_is_not_binary(tmp_path):
    a = one(write(tmp_path / "a.txt", BODY.encode("utf-16")))
    assert a.text == BODY


# --- stdin -----------------------------------------------------------------------------


def test_stdin_plain_text():
    a = one("-", stdin=io.StringIO("date 2025-01-02\n" + BODY))
    assert (a.id, a.source, a.published, a.text) == ("stdin", "stdin", "2025-01-02", BODY)


def test_stdin_html():
    a = one("-", stdin=io.StringIO("\n  " + HTML))
    assert (a.id, a.text, a.published) == ("stdin", BODY, "2024-11-05")


def test_stdin_jsonl():
    data = jsonl({"id": "s1", "text": BODY}, "{broken", {"id": "s2", "text": BODY})
    s1, bad, s2 = read("-", stdin=io.StringIO("\n" + data))
    assert (s1.id, s1.source, s2.id, s2.source) == ("s1", "stdin:2", "s2", "stdin:4")
    assert isinstance(bad, Skipped) and bad.source == "stdin:3" and "malformed JSON" in bad.reason


def test_stdin_bytes_fall_back_to_cp1252():
    stream = io.TextIOWrapper(io.BytesIO("Løkke Rasmussen met “Sybiha” in Copenhagen.".encode("cp1252")))
    assert one("-", stdin=stream).text == "Løkke Rasmussen met “Sybiha” in Copenhagen."


def test_stdin_jsonl_is_streamed():
    lines = [json.dumps({"id": f"s{i}", "text": BODY}) + "\n" for i in range(3)]

    class Stream(io.StringIO):
        served = 0

        def readline(self, *args):
            line = lines[self.served] if self.served < len(lines) else ""
            self.served += bool(line)
            return line

    stream = Stream()
    it = iter_articles(["-"], stdin=stream)
    assert next(it).id == "s0"
    assert stream.served == 1
    assert [x.id for x in it] == ["s1", "s2"]


def test_stdin_empty_and_binary():
    s = one("-", stdin=io.StringIO("  \n"))
    assert isinstance(s, Skipped) and s.source == "stdin" and "empty" in s.reason
    s = one("-", stdin=io.TextIOWrapper(io.BytesIO(b"%PDF-1.7 stuff")))
    assert isinstance(s, Skipped) and "a PDF file" in s.reason


# --- the examples ----------------------------------------------------------------------


def test_examples_read_cleanly():
    items = read(EXAMPLES)
    assert all(isinstance(x, Article) for x in items), [x for x in items if isinstance(x, Skipped)]
    assert len(items) == 8
    assert all(x.published for x in items)
    assert len({x.id for x in items}) == len(items)
    assert all(x.text == normalize_whitespace(x.text) for x in items)


# --- articles made in code -------------------------------------------------------------


def test_article_from_text_applies_the_reader_preparation():
    a = article_from_text("date 2025-01-02\n" + BODY, id="x", source="code", title="T")
    assert a == Article("x", BODY, "2025-01-02", "T", None, "code")
    assert article_from_text(BODY, id="x", source="code", published="2024-01-01").published == "2024-01-01"
    assert isinstance(article_from_text(" ", id="x", source="code"), Skipped)
    body = f"{BODY} {BODY}".replace("\n\n", " ")
    wrapped = textwrap.fill(body, 60)  # plain-text wire copy
    assert wrapped.count("\n") > 3 and article_from_text(wrapped, id="x", source="code").text == body


def test_a_round_up_s_first_day_heading_is_not_the_date_the_text_states():
    diary = ("Week in review | 17 March 2025\n\nMONDAY 10 MARCH\nAnn Ode met Bo Pym.\n\n"
             "TUESDAY 11 MARCH\nBo Pym met Cy Lund.\n")
    assert article_from_text(diary, id="x", source="code", published="2025-03-17").stated is None
    assert article_from_text(diary, id="x", source="code").published == "2025-03-10"  # no other date: still its date
    dated = "Quorvia talks\nMonday, 10 March 2025\n\nAnn Ode met Bo Pym in Vellport on Monday."
    assert article_from_text(dated, id="x", source="code", published="2025-03-12").stated == "2025-03-10"


def test_article_from_html_arguments_win_over_page_metadata():
    a = article_from_html(HTML, id="h", source="code", published="2020-01-01", title="Mine")
    assert (a.text, a.published, a.title, a.url) == (BODY, "2020-01-01", "Mine", "https://news.example.org/fish")
