"""Read articles from files, directories, JSONL and stdin.

:func:`iter_articles` is the one entry point. It streams: files are read one at a time as a
directory is walked, JSONL line by line. A bad file or line never stops the run: it comes out
as a :class:`Skipped` record saying what is wrong and how to fix it, and the caller decides
what to print.

Inputs and what becomes of them:

- ``*.txt``: plain text, id = file name. A first line ``date YYYY-MM-DD`` gives the published
  date (and is removed); otherwise a dateline near the top (:func:`kg.dates.article_date`).
  Text that looks scraped from a web page is cleaned (:mod:`kg.cleaning`).
- ``*.html``/``*.htm``: body and metadata (title, date, url) by trafilatura.
- ``*.jsonl``: one JSON object a line: ``id``, ``text`` or ``html``, optional ``published``,
  ``title``, ``url``; other keys are ignored. Source is ``path:LINE``.
- a directory: every file with one of those extensions below it, recursively, in sorted
  order; hidden files and directories are skipped.
- ``-``: stdin, sniffed: JSONL if its first non-blank line is a JSON object, HTML if it starts
  like an HTML document, else plain text with id ``stdin``.
- any other file named explicitly is sniffed like stdin.

Limits (each skip names the file or line and the fix, see the README, "Bad input, errors and exit codes"):

- an article longer than :data:`PART_CHARS` characters is read as several documents, cut at
  paragraph ends (else sentence ends, else spaces) into parts of at most PART_CHARS, with ids
  ``ID#part1``, ``ID#part2``, ...: spaCy's parser needs about 1 GB of memory per 100,000
  characters it parses at once, and its hard limit is 1,000,000;
- an article longer than :data:`MAX_ARTICLE_CHARS` is skipped: it is not one news article
  but a dump of many, and would take minutes to parse; split it into files or JSONL lines;
- an article that is clearly not English (another language's function words, or mostly a
  non-Latin script) is skipped: kg's model and rules read English only.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.cleaning import (clean_scraped_text, html_to_text, live_page, looks_scraped, normalize_whitespace, strip_credits,
                         unwrap_lines)
from kg.dated_lines import dated_lines
from kg.dates import article_date, normalize_date, split_date_line
from kg.model import Article
from kg.nlp.tablecache import disk_cached

__all__ = [
    "EXTENSIONS",
    "MAX_ARTICLE_CHARS",
    "PART_CHARS",
    "Skipped",
    "article_from_html",
    "article_from_text",
    "decode_bytes",
    "foreign_language",
    "iter_articles",
    "skip_summary",
    "split_text",
]

#: File extensions read from directories.
EXTENSIONS = (".txt", ".html", ".htm", ".jsonl")

#: Longest text parsed as one document; longer articles are read in parts of at most this.
PART_CHARS = 100_000
#: Longest article read at all (about 300,000 words); longer ones are skipped.
MAX_ARTICLE_CHARS = 2_000_000

# Magic numbers of binary formats people point kg at by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive (docx/xlsx/odt are zip files too)",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip file",
    b"{\\rtf": "an RTF document",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HTML_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


#: Skip kinds (Skipped.kind), for the build summary's "skipped: 2 empty, 1 binary" line.
SKIP_KINDS = ("missing", "unreadable", "binary", "empty", "malformed", "duplicate", "too long",
              "not English", "no body", "other")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as an article."""

    source: str  # the path, or "path:LINE" for a JSONL line
    reason: str  # one line: what is wrong and how to fix it
    kind: str = field(default="other", compare=False)  # one of SKIP_KINDS, for summaries


def skip_summary(skipped: Iterable[Skipped]) -> str:
    """Counts of skipped inputs by kind, most frequent first: ``"2 empty, 1 binary"`` ("" if none)."""
    counts = Counter(s.kind for s in skipped)
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --- long texts ---------------------------------------------------------------------------

_PARA_END_RE = re.compile(r"\n\s*\n")
_SENT_END_RE = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
_SPACE_RE = re.compile(r"\s+")


def split_text(text: str, max_chars: int = PART_CHARS) -> list[str]:
    """``text`` cut into consecutive parts of at most ``max_chars`` characters.

    Cuts go at paragraph ends (a blank line) where possible, else at sentence ends, else at
    spaces, else anywhere; the parts, stripped, are in order and cover all of the text's words.
    A text that fits comes back as ``[text]``.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars + 1]
        cut = 0
        for pattern in (_PARA_END_RE, _SENT_END_RE, _SPACE_RE):
            ends = [m.end() for m in pattern.finditer(window) if m.start() > 0 and m.end() <= max_chars]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        part = text[start : start + cut].strip()
        if part:
            parts.append(part)
        start += cut
    last = text[start:].strip()
    if last:
        parts.append(last)
    return parts


def _parts(article: Article) -> list[Article]:
    """An article as itself, or as its parts (ids ``ID#partN``) when longer than PART_CHARS."""
    pieces = split_text(article.text, PART_CHARS)
    if len(pieces) == 1:
        return [article]
    return [replace(article, id=f"{article.id}#part{n}", text=piece) for n, piece in enumerate(pieces, start=1)]


def _too_long(size: int, source: str, unit: str = "characters") -> Skipped:
    return Skipped(
        source,
        f"the article is {size:,} {unit}, more than kg reads as one article ({MAX_ARTICLE_CHARS:,} characters); "
        "it is likely many articles in one: split it into one file or JSONL line per article",
        "too long",
    )


# --- language -----------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
#: Languages whose function words mark a text as not English (spaCy's stop word lists).
_OTHER_LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
                    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "pl": "Polish", "tr": "Turkish"}  # fmt: skip


@disk_cached("spacy")
def _stop_words() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """English function words, and the other languages' (those that are not English ones): word
    -> the codes of the languages it is a function word of. Kept on disk, so that a process
    reading articles for workers never imports spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    english = frozenset(STOP_WORDS)
    others: dict[str, tuple[str, ...]] = {}
    for code in _OTHER_LANGUAGES:
        for word in sorted(_stop_word_list(code) - english):
            others[word] = (*others.get(word, ()), code)
    return english, others


def _stop_word_list(code: str) -> set[str]:
    """spaCy's stop words of language ``code``, read from spacy/lang/CODE/stop_words.py alone:
    importing the language package (spacy.lang.fr) compiles tokenizer exceptions for seconds."""
    lang = importlib.util.find_spec("spacy.lang")
    path = Path(lang.submodule_search_locations[0], code, "stop_words.py")
    spec = importlib.util.spec_from_file_location(f"_kg_stop_words_{code}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STOP_WORDS


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def foreign_language(text: str) -> str | None:
    """The language or script a text is clearly written in if that is not English, else None.

    Cheap and conservative, on the first 20,000 characters: a text is foreign when most of its
    letters are in a non-Latin script ("Cyrillic script"), or when at least 20 words are read
    and at least a quarter of them, and more than English function words, are function words
    of one other language (spaCy's stop word lists: German, French, Spanish, ...). Tables of
    names and numbers have few function words of any language and count as English.
    """
    sample = text[:20_000]
    script = _foreign_script(sample)
    if script is not None:
        return f"{'CJK' if script == 'CJK' else script.title()} script"
    words = [w.lower() for w in _WORD_RE.findall(sample)[:2000]]
    if len(words) < 20:
        return None
    english, others = _stop_words()
    counts = Counter(words)
    en = sum(n for w, n in counts.items() if w in english) / len(words)
    per_language = Counter({code: 0 for code in _OTHER_LANGUAGES})
    for w, n in counts.items():
        for code in others.get(w, ()):
            per_language[code] += n
    share, code = max((n / len(words), code) for code, n in per_language.items())
    if share >= 0.25 and share > en:
        return _OTHER_LANGUAGES[code]
    return None


#: The ASCII characters that are not letters, as bytes.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _foreign_script(sample: str) -> str | None:
    """The script (a Unicode name's first word: "CYRILLIC") that most of the letters of ``sample`` are in,
    at least 20 letters, when that is not Latin; None otherwise."""
    ascii_text = sample.encode("ascii", "ignore")
    if len(sample) - len(ascii_text) <= len(ascii_text.translate(None, _ASCII_NON_LETTERS)):
        return None  # no more other characters than ASCII (Latin) letters: no other script can have most letters
    letters = Counter(filter(str.isalpha, sample))
    if letters.total() < 20:
        return None
    scripts: Counter[str] = Counter()
    for ch, n in letters.items():
        scripts[_script(ch)] += n
    script, n = scripts.most_common(1)[0]
    return script if script != "LATIN" and n > letters.total() / 2 else None


def _not_english(language: str, source: str) -> Skipped:
    return Skipped(source, f"the article seems to be in {language}, not English; kg reads English news only: "
                   "give an English version or leave it out", "not English")  # fmt: skip


def _binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, or None if it looks like text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in data[:8192]:
        return "binary data (it contains NUL bytes)"
    return None


def decode_bytes(data: bytes) -> str:
    """Text from bytes: a BOM's encoding (a broken or cut-off character replaced), else UTF-8, else Windows-1252,
    else Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def article_from_text(
    text: str,
    *,
    id: str,
    source: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article | Skipped:
    """An Article from plain text, or Skipped: ``date`` line or dateline, then furniture removal.

    ``published`` given here wins over a date found in the text. Used for .txt files, stdin,
    JSONL ``text`` fields, and by callers that make articles in code.
    """
    if not text.strip():
        return Skipped(source, "the article text is empty; put the article body in it", "empty")
    if len(text) > MAX_ARTICLE_CHARS:
        return _too_long(len(text), source)
    marked, text = split_date_line(text)
    stated = article_date(text)
    published = published or marked or stated
    stated = own_date(text, stated, published)
    body = strip_credits(clean_scraped_text(text) if looks_scraped(text) else unwrap_lines(normalize_whitespace(text)))
    if not body:
        return Skipped(source, "no article text is left after removing page furniture; check that the body is in it", "no body")
    language = foreign_language(body)
    if language:
        return _not_english(language, source)
    return Article(id=id, text=body, published=published, title=title, url=url, source=source, stated=stated,
                   live=live_page(text, title))


def article_from_html(
    html: str,
    *,
    id: str,
    source: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article | Skipped:
    """An Article from an HTML page, or Skipped: trafilatura body and metadata.

    Arguments given here win over the page's own metadata.
    """
    if not html.strip():
        return Skipped(source, "the HTML is empty; give the page's full HTML", "empty")
    if len(html) > 4 * MAX_ARTICLE_CHARS:
        return _too_long(len(html), source, "characters of HTML")
    text, meta = html_to_text(html)
    if not text.strip():
        return Skipped(source, "no article body found in the HTML; check that the page holds the article text", "no body")
    if len(text) > MAX_ARTICLE_CHARS:
        return _too_long(len(text), source)
    language = foreign_language(text)
    if language:
        return _not_english(language, source)
    stated = article_date(text)
    published = published or meta.get("date") or stated
    stated = own_date(text, stated, published)
    return Article(
        id=id,
        text=text,
        published=published,
        title=title or meta.get("title"),
        url=url or meta.get("url"),
        source=source,
        stated=stated,
        live=live_page(text, title or meta.get("title")),
    )


def own_date(text: str, stated: str | None, published: str | None) -> str | None:
    """The date a text states as its own, but not a round-up's day heading or a chronology's dated line ("MONDAY 10
    MARCH" over a week's items, in a page published on the 17th): the day of its first items."""
    if stated and stated != published \
            and stated in {line.day for line in dated_lines(text, dt.date.fromisoformat(stated))}:
        return None
    return stated


class _Reader:
    """State of one iter_articles call: the ids seen so far, for duplicate detection."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def emit(self, article: Article | Skipped) -> Iterator[Article | Skipped]:
        """The article (or its parts, if long) unless its id was seen before; Skipped as is."""
        if isinstance(article, Skipped):
            yield article
            return
        first = self.seen.get(article.id)
        if first is not None:
            yield Skipped(
                article.source or article.id,
                f"duplicate id {article.id!r} (first read from {first}); give each article a unique id",
                "duplicate",
            )
            return
        self.seen[article.id] = article.source or article.id
        parts = _parts(article)
        for part in parts[1:] if len(parts) > 1 else ():
            self.seen.setdefault(part.id, article.source or article.id)
        yield from parts

    # kept for callers written against the first version; use article_from_text/_html
    from_text = staticmethod(article_from_text)
    from_html = staticmethod(article_from_html)

    def from_json(self, line: str, source: str) -> Article | Skipped:
        """An article from one JSONL line."""
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            what = err.msg.removesuffix(" at")  # "Invalid control character at" reads "... at at column"
            return Skipped(source, f"malformed JSON ({what} at column {err.colno}); each line must be one JSON object", "malformed")
        if not isinstance(obj, dict):
            return Skipped(source, f"the line is a JSON {type(obj).__name__}, not an object; write one {{\"id\": ..., \"text\": ...}} object a line", "malformed")
        art_id = obj.get("id")
        if isinstance(art_id, int) and not isinstance(art_id, bool):
            art_id = str(art_id)
        if not isinstance(art_id, str) or not art_id.strip():
            what = "missing" if art_id is None else f"a {type(art_id).__name__}, not a non-empty string"
            return Skipped(source, f"\"id\" is {what}; give every line a unique string \"id\"", "malformed")
        for key in ("text", "html", "published", "title", "url"):
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                return Skipped(source, f"\"{key}\" is a {type(value).__name__}, not a string; write it as a JSON string", "malformed")
        published = obj.get("published")
        if published:
            iso = normalize_date(published)
            if iso is None:
                return Skipped(source, f"\"published\" {published!r} is not a date; write it as YYYY-MM-DD", "malformed")
            published = iso
        fields = {"id": art_id.strip(), "source": source, "published": published or None,
                  "title": obj.get("title") or None, "url": obj.get("url") or None}  # fmt: skip
        if obj.get("text"):
            return article_from_text(obj["text"], **fields)
        if obj.get("html"):
            return article_from_html(obj["html"], **fields)
        if "text" in obj or "html" in obj:
            return Skipped(source, "\"text\" is empty; put the article body in \"text\" (or the page in \"html\")", "empty")
        return Skipped(source, "no \"text\" or \"html\" field; put the article body in \"text\" (or the page in \"html\")", "malformed")

    # --- inputs -------------------------------------------------------------------------

    def jsonl_lines(self, lines: Iterable[bytes | str], name: str, start: int = 1) -> Iterator[Article | Skipped]:
        for n, raw in enumerate(lines, start=start):
            line = decode_bytes(raw) if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            if "\x00" in line:
                yield Skipped(f"{name}:{n}", "the line holds binary data (NUL bytes); write text JSON", "binary")
                continue
            yield from self.emit(self.from_json(line, f"{name}:{n}"))

    def jsonl_file(self, path: Path) -> Iterator[Article | Skipped]:
        name = str(path)
        try:
            with path.open("rb") as fh:
                head = fh.read(8)
                kind = _binary_kind(head)
                if kind:
                    yield Skipped(name, f"this is {kind}, not JSONL; give one JSON object a line", "binary")
                    return
                fh.seek(0)
                found = False
                for item in self.jsonl_lines(fh, name):
                    found = True
                    yield item
                if not found:
                    yield Skipped(name, "the JSONL file is empty; write one JSON object a line", "empty")
        except OSError as err:
            yield _unreadable(name, err)

    def document(self, data: bytes, *, name: str, id: str, kind: str | None) -> Article | Skipped:
        """A .txt/.html file's content (kind "text"/"html"), or sniffed when kind is None."""
        binary = _binary_kind(data)
        if binary:
            return Skipped(name, f"this is {binary}, not an article; convert it to .txt or .html first", "binary")
        if len(data) > 4 * MAX_ARTICLE_CHARS:  # more bytes than even 4-byte characters would need
            return _too_long(len(data), name, "bytes")
        text = decode_bytes(data)
        if not text.strip():
            return Skipped(name, "the file is empty; put the article text in it", "empty")
        if kind == "html" or (kind is None and _HTML_START_RE.match(text)):
            return article_from_html(text, id=id, source=name)
        return article_from_text(text, id=id, source=name)

    def file(self, path: Path) -> Iterator[Article | Skipped]:
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from self.jsonl_file(path)
            return
        try:
            size = path.stat().st_size
            if size > 4 * MAX_ARTICLE_CHARS:  # do not read it all only to skip it
                with path.open("rb") as fh:
                    head = fh.read(8)
                binary = _binary_kind(head)
                yield (Skipped(str(path), f"this is {binary}, not an article; convert it to .txt or .html first", "binary")
                       if binary else _too_long(size, str(path), "bytes"))  # fmt: skip
                return
            data = path.read_bytes()
        except OSError as err:
            yield _unreadable(str(path), err)
            return
        kind = {".txt": "text", ".html": "html", ".htm": "html"}.get(suffix)
        if kind is None:
            sniffed = self.sniff_jsonl(data, str(path))
            if sniffed is not None:
                yield from sniffed
                return
        yield from self.emit(self.document(data, name=str(path), id=path.name, kind=kind))

    def sniff_jsonl(self, data: bytes, name: str) -> Iterator[Article | Skipped] | None:
        """JSONL articles if ``data``'s first non-blank line is a JSON object, else None."""
        if _binary_kind(data):
            return None
        lines = data.splitlines()
        for line in lines:
            if line.strip():
                try:
                    is_object = isinstance(json.loads(decode_bytes(line)), dict)
                except (json.JSONDecodeError, ValueError):
                    is_object = False
                return self.jsonl_lines(lines, name) if is_object else None
        return None

    def stdin(self, stream: TextIO | BinaryIO) -> Iterator[Article | Skipped]:
        src = getattr(stream, "buffer", stream)  # bytes from a real stdin, for the decoding fallbacks
        lines = iter(src.readline, src.read(0))  # read(0) is b"" or "": the end-of-stream sentinel
        head: list[bytes | str] = []
        for line in lines:
            head.append(line)
            text = decode_bytes(line) if isinstance(line, bytes) else line
            if not text.strip():
                continue
            try:
                is_object = isinstance(json.loads(text), dict)
            except json.JSONDecodeError:
                is_object = False
            if is_object:  # JSONL: stream the rest line by line
                yield from self.jsonl_lines(itertools.chain(head, lines), "stdin")
                return
            break
        rest = [*head, *lines]
        data = b"".join(x if isinstance(x, bytes) else x.encode("utf-8") for x in rest)
        if not data.strip():
            yield Skipped("stdin", "stdin is empty; pipe an article (text, HTML or JSONL) into kg", "empty")
            return
        yield from self.emit(self.document(data, name="stdin", id="stdin", kind=None))

    def path(self, arg: str) -> Iterator[Article | Skipped]:
        path = Path(arg)
        if not path.exists():
            yield Skipped(arg, "no such file or directory; check the path", "missing")
        elif path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from self.file(file)
            if not found:
                yield Skipped(arg, f"the directory holds no {'/'.join(EXTENSIONS)} files; add articles or give another path", "empty")
        else:
            yield from self.file(path)


def _unreadable(name: str, err: OSError) -> Skipped:
    return Skipped(name, f"cannot read the file ({err.strerror or err}); check that it exists and its permissions", "unreadable")


def _walk(root: Path) -> Iterator[Path]:
    """Files with a known extension under ``root``, sorted, hidden entries skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith(EXTENSIONS):
                yield Path(dirpath) / name


def iter_articles(inputs: Iterable[str], *, stdin: TextIO | None = None) -> Iterator[Article | Skipped]:
    """Articles from files, directories, JSONL files and ``-`` (stdin), in input order.

    Yields an :class:`~kg.model.Article` for each article read and a :class:`Skipped` for each
    input (file, or JSONL line) that cannot be read, with the reason; it never raises for bad
    input. Ids must be unique across all inputs: a later article with an id already seen is
    skipped. ``stdin`` is the stream read for ``-`` (default ``sys.stdin``).
    """
    reader = _Reader()
    for arg in inputs:
        if arg == "-":
            yield from reader.stdin(stdin if stdin is not None else sys.stdin)
        else:
            yield from reader.path(arg)
