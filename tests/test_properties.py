"""Property-based tests (hypothesis): random Unicode text, random markup and random JSONL go
through the whole pipeline (reader -> NLP -> resolve -> RDF) without a crash, and every graph
that comes out passes the SHACL shapes (what `kg validate` checks).

Example counts are kept small so the file runs in well under half a minute with the model.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articles import Skipped, article_from_html, article_from_text, foreign_language, iter_articles, split_text
from kg.model import Article

pytestmark = pytest.mark.model

PIPELINE = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)  # fmt: skip

# words that make the extractor fire, mixed into random text so the graph is not always empty
NEWSY = ["President Emmanuel Macron", "Chancellor Olaf Scholz", "spoke with", "met", "in Berlin", "on Monday",
         "by phone", "talks", "Russia", "the United Nations", ".", ",", "\n\n", "said", "will meet"]  # fmt: skip

text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(NEWSY), st.text(max_size=12)), max_size=60).map(" ".join),
)


@pytest.fixture(scope="module")
def check(nlp):
    """Run articles through extraction, resolution and RDF; assert the graph conforms."""
    from kg.build import build_graph
    from kg.validate import validate

    def run(articles: list[Article]) -> None:
        graph = build_graph(articles, nlp=nlp)
        conforms, report = validate(graph)
        assert conforms, report

    return run


def _articles(items) -> list[Article]:
    items = list(items)
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason and item.source
    return [a for a in items if isinstance(a, Article)]


@PIPELINE
@given(text=text_strategy)
def test_random_text_never_crashes_and_validates(check, text):
    made = article_from_text(text, id="random.txt", source="random.txt")
    check(_articles([made]))


tag = st.sampled_from(["p", "div", "span", "script", "style", "b", "a", "h1", "article", "noscript", "table", "td"])
attrs = st.sampled_from(["", ' class="x"', ' href="http://example.org/a?b=1&c=2"', ' onload="alert(1)"', " data-x='<'"])


@st.composite
def markup(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3 if depth < 3 else 1))
        if choice <= 1:
            parts.append(draw(text_strategy))
        elif choice == 2:
            name = draw(tag)
            parts.append(f"<{name}{draw(attrs)}>{draw(markup(depth + 1))}</{name}>")
        else:
            parts.append(draw(st.sampled_from(["<br>", "<p>", "</div>", "&amp;", "&#x1F600;", "&bogus;", "<!-- c -->", "<", ">"])))
    return "".join(parts)


@PIPELINE
@given(body=markup(), head=st.booleans())
def test_random_markup_never_crashes_and_validates(check, body, head):
    html = f"<html><head><title>t</title><script>var x = '{body[:20]}';</script></head><body>{body}</body></html>" if head else body
    made = article_from_html(html, id="random.html", source="random.html")
    check(_articles([made]))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)
article_object = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["a", "b", "c"]), st.integers(0, 3), st.none(), st.text(max_size=4))},
    optional={"text": st.one_of(text_strategy, json_value), "html": markup(), "published": st.one_of(
        st.sampled_from(["2025-05-19", "19 May 2025", "soon", ""]), json_value), "title": json_value, "url": json_value},
)
jsonl_line = st.one_of(
    article_object.map(lambda o: json.dumps(o, ensure_ascii=False)),
    json_value.map(json.dumps),
    st.text(max_size=40).filter(lambda s: "\n" not in s and "\r" not in s),
)


@PIPELINE
@given(lines=st.lists(jsonl_line, max_size=8))
def test_random_jsonl_never_crashes_and_validates(check, lines):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "random.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        items = list(iter_articles([str(path)]))
    articles = _articles(items)
    assert len({a.id for a in articles}) == len(articles)  # ids stay unique
    for item in items:
        assert item.source == str(path) or item.source.startswith(f"{path}:")
    check(articles)


# --- no model: cheap properties of the reader's helpers -------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), size=st.integers(1, 60))
def test_split_text_parts_fit_and_keep_every_word(text, size):
    parts = split_text(text, size)
    if len(text) <= size:
        assert parts == [text]
    else:
        assert all(0 < len(p) <= size for p in parts)
        assert "".join("".join(p.split()) for p in parts) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_language_check_never_crashes(text):
    assert foreign_language(text) is None or isinstance(foreign_language(text), str)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.dat"]))
def test_random_bytes_are_read_or_skipped(data, name):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        _articles(iter_articles([str(path)]))
