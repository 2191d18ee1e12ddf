"""Bad input never crashes kg and never costs the rest of the corpus (issue 7).

One `kg build` subprocess reads a directory holding one file of every kind of bad input next
to good articles; each test checks the one line printed for its case, that the good articles
still made it into the graph, and the summary. Cases that need their own run (stdin, output
directories, stores, queries) call ``kg.cli.main`` in-process. Every fixture is generated here;
nothing big is committed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kg.articles import MAX_ARTICLE_CHARS, PART_CHARS, Skipped, foreign_language, iter_articles, split_text
from kg.cli import main
from kg.model import Article

GOOD = ("date 2025-05-19\nFrench President Emmanuel Macron spoke with German Chancellor Olaf Scholz by phone on "
        "Monday, the Elysee said.\n\nThe two leaders discussed the war in Ukraine and agreed to meet in Berlin "
        "next week.\n")  # fmt: skip
GOOD2 = ("Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez in Rome on Tuesday. "
         "They talked about migration and the European budget for an hour.")  # fmt: skip
GERMAN = ("Der Bundeskanzler telefonierte am Montag mit dem französischen Präsidenten. Sie sprachen über die Lage "
          "in der Ukraine und über die Beziehungen zwischen den beiden Ländern, teilte ein Sprecher mit.")  # fmt: skip
FRENCH = ("Le président de la République s'est entretenu lundi avec le chancelier allemand. Ils ont évoqué la "
          "situation en Ukraine et les relations entre les deux pays, a indiqué l'Elysée dans un communiqué.")  # fmt: skip
SPANISH = ("El presidente del Gobierno habló el lunes por teléfono con el canciller alemán sobre la situación en "
           "Ucrania y las relaciones entre los dos países, según un comunicado de la Moncloa.")  # fmt: skip
RUSSIAN = ("Президент России провел телефонный разговор с канцлером Германии. Стороны обсудили ситуацию на "
           "Украине и перспективы двусторонних отношений.")  # fmt: skip
CHINESE = "国家主席周一与德国总理通电话。双方就乌克兰局势和两国关系交换了意见。外交部发言人在例行记者会上介绍了有关情况。"
SCRIPTS_ONLY = ("<html><head><script>var a = 1; window.track('x');</script><style>p { color: red }</style></head>"
                "<body><script>for (;;) { load(); }</script><noscript>Enable JavaScript.</noscript></body></html>")  # fmt: skip
SCRIPTS_AND_BODY = (
    "<html><head><title>Talks</title><script>var secretTracker = 42;</script></head><body>"
    "<script>document.write('injectedByScript');</script><article><p>"
    + GOOD2
    + "</p><p>Both leaders said the meeting had been useful and that they would speak again soon.</p></article>"
    "<script>analyticsBeacon();</script></body></html>"
)


def _zip_bytes() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def _jsonl(*lines: object) -> str:
    return "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A directory with one file of every bad kind, and three good articles (two in JSONL)."""
    d = tmp_path_factory.mktemp("bad") / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\t \n\n  ", encoding="utf-8")
    (d / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    (d / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "archive.jsonl").write_bytes(_zip_bytes())
    (d / "latin1.txt").write_bytes(("Caf\u00e9 diplomacy: " + GOOD2).encode("latin-1"))
    (d / "cp1252.txt").write_bytes(("\u201cWe agreed,\u201d he said of the \u20ac5bn deal. " + GOOD2).encode("cp1252"))
    (d / "broken-utf8.txt").write_bytes(GOOD2.encode("utf-8") + b" \xff\xfe\x80\x81 " + "é".encode("utf-8"))
    (d / "german.txt").write_text(GERMAN, encoding="utf-8")
    (d / "french.html").write_text(f"<html><body><article><p>{FRENCH}</p></article></body></html>", encoding="utf-8")
    (d / "russian.txt").write_text(RUSSIAN, encoding="utf-8")
    (d / "chinese.txt").write_text(CHINESE, encoding="utf-8")
    (d / "scripts.html").write_text(SCRIPTS_ONLY, encoding="utf-8")
    (d / "huge.txt").write_bytes(b"The ministers talked again. " * (50 * 1024 * 1024 // 28))  # ~50 MB
    (d / "dangling.txt").symlink_to(d / "gone.txt")  # listed in the directory, cannot be read
    (d / "lines.jsonl").write_text(_jsonl(
        {"id": "j1", "text": GOOD2, "published": "2025-05-20"},
        '{"id": "j2", "text": "unterminated',
        {"id": "j3", "title": "no body"},
        {"id": "j1", "text": GOOD},
        {"id": "j5", "text": 42},
        [1, 2, 3],
        {"id": "j7", "text": "   "},
        {"id": "j8", "text": GOOD, "published": "soon"},
        {"id": "j9", "text": SPANISH},
        {"id": "j10", "html": SCRIPTS_AND_BODY},
    ), encoding="utf-8")  # fmt: skip
    return d


@pytest.fixture(scope="module")
def run(corpus, tmp_path_factory):
    """`kg build CORPUS missing.txt -o OUT` as a subprocess: (exit code, stdout, stderr, outdir)."""
    outdir = tmp_path_factory.mktemp("out")
    missing = corpus.parent / "missing.txt"
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), str(missing), "-o", str(outdir), "--no-html"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    return done.returncode, done.stdout, done.stderr, outdir, time.monotonic() - start


def _skip_line(run, name: str) -> str:
    """The one stderr line about input ``name`` (a file name, or name:LINE)."""
    lines = [ln for ln in run[2].splitlines() if ln.startswith("kg: skipped ") and f"/{name}: " in ln]
    assert len(lines) == 1, f"expected one line about {name}, got {lines}\n{run[2]}"
    return lines[0]


@pytest.mark.model
def test_build_survives_every_bad_input(run):
    code, out, err, outdir, seconds = run
    assert code == 0, err
    assert "Traceback" not in err
    assert seconds < 120  # the 50 MB file is skipped without parsing it
    # every stderr line is a one-line skip notice
    assert all(ln.startswith("kg: skipped ") for ln in err.splitlines()), err


@pytest.mark.model
def test_summary_counts_what_was_skipped_and_why(run):
    out = run[1]
    # read: good.txt, latin1.txt, cp1252.txt, broken-utf8.txt, j1, j10
    assert out.startswith("6 documents (21 skipped)"), out
    skipped_line = next(ln for ln in out.splitlines() if ln.startswith("skipped: "))
    counts = dict(reversed(part.split(" ", 1)) for part in skipped_line.removeprefix("skipped: ").split(" (")[0].split(", "))
    assert counts == {"malformed": "5", "not English": "5", "empty": "3", "binary": "3", "duplicate": "1",
                      "missing": "1", "no body": "1", "too long": "1", "unreadable": "1"}  # fmt: skip


@pytest.mark.model
def test_good_articles_are_in_the_graph(run):
    from kg.rdf import load_graph

    graph = load_graph(run[3] / "graph.ttl")
    from kg.vocab import KG

    docs = {str(o) for o in graph.objects(None, KG.docId)}
    assert docs == {"good.txt", "latin1.txt", "cp1252.txt", "broken-utf8.txt", "j1", "j10"}
    done = subprocess.run([sys.executable, "-m", "kg", "validate", str(run[3] / "graph.ttl")], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, "conforms")


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "the file is empty; put the article text in it"),
        ("blank.txt", "the file is empty; put the article text in it"),
        ("report.txt", "this is a PDF file, not an article; convert it to .txt or .html first"),
        ("photo.html", "this is a PNG image, not an article; convert it to .txt or .html first"),
        ("archive.jsonl", "this is a zip archive (docx/xlsx/odt are zip files too), not JSONL; give one JSON object a line"),
        ("german.txt", "the article seems to be in German, not English; kg reads English news only: give an English version or leave it out"),
        ("french.html", "the article seems to be in French, not English"),
        ("russian.txt", "the article seems to be in Cyrillic script, not English"),
        ("chinese.txt", "the article seems to be in CJK script, not English"),
        ("scripts.html", "no article body found in the HTML; check that the page holds the article text"),
        ("huge.txt", "more than kg reads as one article (2,000,000 characters); it is likely many articles in one: "
                     "split it into one file or JSONL line per article"),
        ("dangling.txt", "cannot read the file (No such file or directory); check that it exists and its permissions"),
        ("missing.txt", "no such file or directory; check the path"),
        ("lines.jsonl:2", "malformed JSON (Invalid control character at column 35); each line must be one JSON object"),
        ("lines.jsonl:3", 'no "text" or "html" field; put the article body in "text" (or the page in "html")'),
        ("lines.jsonl:4", "duplicate id 'j1' (first read from"),
        ("lines.jsonl:5", '"text" is a int, not a string; write it as a JSON string'),
        ("lines.jsonl:6", 'the line is a JSON list, not an object'),
        ("lines.jsonl:7", "the article text is empty; put the article body in it"),
        ("lines.jsonl:8", "\"published\" 'soon' is not a date; write it as YYYY-MM-DD"),
        ("lines.jsonl:9", "the article seems to be in Spanish, not English"),
    ],
)
def test_each_bad_input_gets_one_line_naming_it(run, name, message):
    line = _skip_line(run, name)
    assert message in line
    assert line.startswith("kg: skipped /") and f"/{name}: " in line  # the full path (and line number)


@pytest.mark.model
def test_strict_makes_any_skip_fatal(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["build", str(tmp_path / "good.txt"), "-o", str(tmp_path / "a"), "--no-html"]) == 0
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "b"), "--no-html"]) == 0
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "c"), "--no-html", "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.count("kg: skipped ") == 2 and "Traceback" not in err


# --- the reader, no model needed ---------------------------------------------------------


def _read(*inputs) -> list:
    return list(iter_articles([str(i) for i in inputs]))


def test_latin1_and_windows_1252_text_is_decoded(corpus):
    (latin,) = _read(corpus / "latin1.txt")
    (cp,) = _read(corpus / "cp1252.txt")
    assert latin.text.startswith("Café diplomacy")
    assert cp.text.startswith("“We agreed,” he said of the €5bn deal.")


def test_invalid_utf8_is_read_not_crashed(corpus):
    (art,) = _read(corpus / "broken-utf8.txt")
    assert isinstance(art, Article) and art.text.startswith(GOOD2)


def test_html_scripts_never_reach_the_text(corpus):
    arts = [a for a in _read(corpus / "lines.jsonl") if isinstance(a, Article) and a.id == "j10"]
    assert len(arts) == 1
    text = arts[0].text
    assert text.startswith("Italian Prime Minister Giorgia Meloni met")
    for junk in ("secretTracker", "injectedByScript", "analyticsBeacon", "window.track"):
        assert junk not in text


def test_a_50_mb_article_is_skipped_quickly_without_reading_it(corpus):
    start = time.monotonic()
    (skipped,) = _read(corpus / "huge.txt")
    assert time.monotonic() - start < 1.0
    assert isinstance(skipped, Skipped) and skipped.kind == "too long"
    assert f"{(corpus / 'huge.txt').stat().st_size:,} bytes" in skipped.reason


def test_a_too_long_jsonl_text_is_skipped(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(_jsonl({"id": "big", "text": "Talks went on. " * (MAX_ARTICLE_CHARS // 15 + 10)}, {"id": "ok", "text": GOOD2}))
    big, ok = _read(path)
    assert isinstance(big, Skipped) and big.source == f"{path}:1" and big.kind == "too long"
    assert ok.id == "ok"


def test_a_1_mb_single_line_is_read_in_parts_at_sentence_ends(tmp_path):
    sentence = "The foreign ministers of France and Germany spoke by phone on Monday about the war. "
    line = sentence * (1_000_000 // len(sentence) + 1)
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    start = time.monotonic()
    parts = _read(tmp_path / "line.txt")
    assert time.monotonic() - start < 10
    assert len(parts) == -(-len(line.strip()) // PART_CHARS) or len(parts) == -(-len(line.strip()) // PART_CHARS) + 1
    assert [p.id for p in parts] == [f"line.txt#part{n}" for n in range(1, len(parts) + 1)]
    assert all(len(p.text) <= PART_CHARS for p in parts)
    assert all(p.text.endswith("the war.") and p.text.startswith("The foreign") for p in parts)  # whole sentences
    assert " ".join(p.text for p in parts) == line.strip()


def test_long_articles_are_split_at_paragraph_ends():
    paras = [f"Paragraph {i} says the envoys met again. " * 40 for i in range(60)]
    text = "\n\n".join(p.strip() for p in paras)
    parts = split_text(text, 10_000)
    assert all(len(p) <= 10_000 for p in parts)
    assert all(p.startswith("Paragraph") and p.endswith("met again.") for p in parts)
    assert "\n\n".join(parts) == text


def test_split_text_covers_text_without_spaces():
    text = "x" * 25
    assert split_text(text, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert split_text("short", 10) == ["short"]


@pytest.mark.parametrize("text", [GERMAN, FRENCH, SPANISH, RUSSIAN, CHINESE])
def test_foreign_articles_are_recognised(text):
    assert foreign_language(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        GOOD,
        GOOD2,
        # an English article quoting another language stays English
        GOOD + ' The German leader said: "Wir sind uns einig über die Lage in der Ukraine." ' + GOOD2,
        # tables of names and numbers have no function words of any language
        "SOCCER - GERMAN FIRST DIVISION RESULTS. Bayern Munich 2 Hamburg 1. Werder Bremen 0 Schalke 3. "
        "Cologne 1 Freiburg 1. Stuttgart 4 Bochum 0. Leverkusen 2 Dortmund 2. Mainz 1 Hertha 0.",
        "Short note.",
    ],
)
def test_english_articles_are_not_mistaken_for_foreign(text):
    assert foreign_language(text) is None


def test_a_long_article_is_built_from_its_parts(tmp_path, monkeypatch, nlp):
    import kg.articles
    from kg.build import build

    monkeypatch.setattr(kg.articles, "PART_CHARS", 400)
    text = "\n\n".join([GOOD.split("\n", 1)[1].strip(), GOOD2] * 3)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    summary = build([str(tmp_path / "long.txt")], tmp_path / "out", html=False)
    assert summary.documents == len(split_text(text, 400)) > 1
    assert summary.relations["spoke_with"] >= 1 and summary.relations["met_in"] >= 1


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: make reading fail instead
        real = Path.read_bytes

        def read_bytes(self):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    else:
        path.chmod(0)
    (skipped,) = _read(path)
    assert skipped == Skipped(str(path), "cannot read the file (Permission denied); check that it exists and its permissions")
    assert skipped.kind == "unreadable"


def test_empty_stdin_is_one_line(capsys, monkeypatch, tmp_path):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["build", "-", "-o", str(tmp_path / "out"), "--no-html"]) == 2
    skipped, error = capsys.readouterr().err.strip().splitlines()
    assert skipped == "kg: skipped stdin: stdin is empty; pipe an article (text, HTML or JSONL) into kg"
    assert error.startswith("kg: error: no article could be read from -") and "nothing written" in error
    assert not (tmp_path / "out" / "graph.ttl").exists()


# --- outputs, queries and stores ------------------------------------------------------------


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kg: error: ")
    return lines[0]


def test_output_directory_that_is_a_file(tmp_path, capsys, corpus):
    (tmp_path / "taken").write_text("not a directory")
    assert main(["build", str(corpus / "empty.txt"), "-o", str(tmp_path / "taken"), "--no-html"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [ln for ln in err.splitlines() if ln.startswith("kg: error: ")]
    assert errors == [f"kg: error: {tmp_path / 'taken'}: a file is where kg needs a directory; give a directory path (or remove the file)"]
    assert (tmp_path / "taken").read_text() == "not a directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only directories")
def test_output_directory_that_cannot_be_written(tmp_path, capsys, corpus):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        code = main(["build", str(corpus / "good.txt"), "-o", str(out), "--no-html"])
    finally:
        out.chmod(0o700)
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"kg: error: {out}" in err


@pytest.mark.model
def test_a_build_that_reads_nothing_keeps_the_previous_outputs(tmp_path, capsys, corpus):
    out = tmp_path / "out"
    assert main(["build", str(corpus / "good.txt"), "-o", str(out), "--no-html"]) == 0
    before = (out / "graph.ttl").read_bytes()
    code = main(["build", str(tmp_path / "typo.txt"), "-o", str(out), "--no-html"])
    assert (out / "graph.ttl").read_bytes() == before
    assert code == 2


def test_bad_sparql_query(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    assert main(["query", str(graph), "SELECT ?x WHERE { ?x"]) == 2
    line = _one_error_line(capsys)
    assert "SPARQL syntax error" in line and "fix the query" in line
    (tmp_path / "q.rq").write_text("SELEKT * WHERE { ?s ?p ?o }")
    assert main(["query", str(graph), str(tmp_path / "q.rq")]) == 2
    assert "q.rq" in _one_error_line(capsys)


@pytest.mark.parametrize("command", [["query", "{g}", "SELECT * WHERE {{ ?s ?p ?o }}"], ["validate", "{g}"],
                                     ["export", "{g}", "--format", "nt", "-o", "{d}/x.nt"], ["viz", "{g}", "-o", "{d}/x.html"]])  # fmt: skip
def test_corrupted_graph_file(tmp_path, capsys, command):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(b"@prefix kg: <https://w3id.org/kg-news/ontology#> .\nkg:a kg:b \x00\xff garbage ;;; .\n")
    args = [a.format(g=graph, d=tmp_path) for a in command]
    assert main(args) == 2
    line = _one_error_line(capsys)
    assert str(graph) in line and "not valid Turtle" in line
    assert not (tmp_path / "x.nt").exists() and not (tmp_path / "x.html").exists()


# stores (kg build --store, issue 5)


def _has_store_option() -> bool:
    from kg.cli import parser

    build = parser()._subparsers._group_actions[0].choices["build"]
    return any("--store" in a.option_strings for a in build._actions)


needs_store = pytest.mark.skipif(not _has_store_option(), reason="needs kg build --store (issue 5)")


@pytest.fixture
def store(tmp_path, corpus):
    path = tmp_path / "news.db"
    assert main(["build", "--store", str(path), str(corpus / "good.txt")]) == 0
    return path


def _corrupt(store: Path) -> None:
    for f in store.iterdir():
        if f.suffix in (".sst", ".log") or f.name.startswith("MANIFEST") or f.name == "CURRENT":
            f.write_bytes(b"\x00garbage" * 3)


@pytest.mark.model
@needs_store
@pytest.mark.parametrize("command", [["build", "--store", "{s}", "{c}"], ["query", "{s}", "SELECT * WHERE {{ ?s ?p ?o }}"],
                                     ["validate", "{s}"]])  # fmt: skip
def test_corrupted_store_is_one_line(store, corpus, capsys, command):
    capsys.readouterr()
    _corrupt(store)
    code = main([a.format(s=store, c=corpus / "good.txt") for a in command])
    assert code != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("kg: ")


@pytest.mark.model
@needs_store
def test_corrupted_store_is_a_user_error(store, corpus, capsys):
    _corrupt(store)
    capsys.readouterr()
    assert main(["build", "--store", str(store), str(corpus / "good.txt")]) == 2
    assert _one_error_line(capsys).startswith(f"kg: error: {store}")


@pytest.mark.model
@needs_store
def test_locked_store_is_one_line(store, corpus, capsys):
    capsys.readouterr()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(store)], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["build", "--store", str(store), str(corpus / "good.txt")]) == 2
        line = _one_error_line(capsys)
        assert line.startswith(f"kg: error: {store}: cannot open the store") and "another kg process is using it" in line
    finally:
        holder.kill()
        holder.wait()
