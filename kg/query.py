"""Run SPARQL over a kg graph and format the answers.

Queries live in ``.rq`` files (the library's own under ``kg/queries/``, examples under
``examples/queries/``) and take their parameters as bindings (a ``VALUES`` row in each WHERE group, see
:func:`with_values`), never through string formatting::

    graph = kg.rdf.load_graph("out/graph.trig")
    query = read_query("examples/queries/spoke_with.rq")
    result = run_query(graph, query, parse_bindings(["name=Putin"]))
    print(format_result(result, "table"))

kg's prefixes (``kg:``, ``rdfs:``, ``skos:``, ``person:`` ...) are predeclared, so inline
queries may use them without PREFIX lines.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.dates import precision
from kg.errors import QueryError
from kg.vocab import PREFIXES, bind_prefixes

__all__ = [
    "FORMATS",
    "QUERY_DIR",
    "format_result",
    "packaged_query",
    "parse_bindings",
    "read_query",
    "run_query",
    "with_values",
]

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "tsv", "json")

#: The SPARQL the library itself uses (packaged with kg).
QUERY_DIR = Path(__file__).resolve().parent / "queries"

_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# Reading queries and bindings
# ---------------------------------------------------------------------------


def _looks_like_path(arg: str) -> bool:
    """True for a one-line argument that names a file rather than holding SPARQL."""
    if "\n" in arg or len(arg) > 1024:
        return False
    stripped = arg.strip()
    if stripped.lower().endswith(".rq") or stripped.lower().endswith(".sparql"):
        return True
    return " " not in stripped and "{" not in stripped and ("/" in stripped or "\\" in stripped)


def _is_file(arg: str) -> bool:
    try:
        return Path(arg).is_file()
    except OSError:  # e.g. a one-line query longer than a file name may be
        return False


def read_query(arg: str) -> str:
    """The SPARQL text of ``arg``: the contents of the file it names, or ``arg`` itself.

    ``arg`` is read as a file when it is an existing file; a one-line argument that looks
    like a path (ends in ``.rq``/``.sparql``, or has a ``/`` and no spaces or braces) but
    does not exist is a :class:`~kg.errors.QueryError`, as is an empty query.
    """
    if _looks_like_path(arg) or ("\n" not in arg and len(arg) <= 1024 and _is_file(arg)):
        path = Path(arg.strip())
        if not path.is_file():
            raise QueryError(f"{path}: query file not found; give the path of a .rq file or the SPARQL text")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise QueryError(f"{path}: not UTF-8 text (byte {err.start}); save the query as UTF-8") from err
        except OSError as err:
            raise QueryError(f"{path}: cannot read ({err.strerror}); check the file") from err
        if not text.strip():
            raise QueryError(f"{path}: the query file is empty; write a SPARQL query in it")
        return text
    if not arg.strip():
        raise QueryError("the query is empty; give a .rq file or SPARQL text")
    return arg


def packaged_query(name: str) -> str:
    """The text of the library's query ``kg/queries/<name>.rq`` (e.g. ``"relations"``)."""
    path = QUERY_DIR / f"{name.removesuffix('.rq')}.rq"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in QUERY_DIR.glob("*.rq")))
        raise QueryError(f"no packaged query {name!r}; known: {known}")
    return path.read_text(encoding="utf-8")


def _binding_value(raw: str) -> Identifier:
    """One binding value: ``<iri>`` -> IRI, ``YYYY-MM-DD`` -> xsd:date, ``YYYY-MM`` ->
    xsd:gYearMonth, ``"text"`` -> string, anything else -> plain string."""
    value = raw.strip()
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        iri = value[1:-1]
        if any(c in iri for c in ' <>"{}|\\^`'):
            raise QueryError(f"binding value {raw!r} is not a valid IRI; percent-encode spaces and quotes")
        return URIRef(iri)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return Literal(value[1:-1])
    kind = precision(value)
    if kind == "day":
        return Literal(value, datatype=XSD.date)
    if kind == "month":
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(raw)


def parse_bindings(pairs: Iterable[str]) -> dict[str, Identifier]:
    """Turn ``["name=Putin", "date=2025-05-19", "p=<https://...>"]`` into query bindings.

    Values are plain string literals, except ``<...>`` (an IRI), a valid ``YYYY-MM-DD``
    (an xsd:date, to match ``kg:date``), a ``YYYY-MM`` (an xsd:gYearMonth, as ``kg:date`` has
    when the text names only the month) and a quoted ``"..."`` (always a plain string).
    A leading ``?`` or ``$`` on the name is allowed. Malformed pairs raise QueryError.
    """
    out: dict[str, Identifier] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _VAR_NAME.match(name):
            raise QueryError(f"binding {pair!r} must look like name=value, e.g. name=Putin")
        out[name] = _binding_value(value)
    return out


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------


def _syntax_error(err: Exception, source: str | None) -> QueryError:
    where = f"{source}: " if source else ""
    line, col = getattr(err, "lineno", None), getattr(err, "col", None)
    msg = getattr(err, "msg", None) or str(err)
    msg = " ".join(str(msg).split())
    pos = f"line {line}, column {col}" if line is not None else "?"
    return QueryError(f"{where}SPARQL syntax error at {pos}: {msg}; fix the query")


def run_query(
    graph: Graph,
    query: str,
    bindings: Mapping[str, Node | str] | None = None,
    *,
    source: str | None = None,
) -> Result:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE ``query`` over ``graph``.

    ``graph`` is a Graph or Dataset (load_graph's Datasets query the union of their named
    graphs). ``bindings`` pre-binds variables (name without ``?``; str values become plain
    literals). ``source`` names the query file in error messages. The answer is fully
    computed before returning, so evaluation errors surface here as
    :class:`~kg.errors.QueryError`; syntax errors give the line and column. SPARQL Update
    is refused.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    if _UPDATE.match(_strip_comments(query)):
        where = f"{source}: " if source else ""
        raise QueryError(f"{where}SPARQL Update is not supported; kg queries are read-only (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    init: dict[Variable, Node] = {}
    for name, value in (bindings or {}).items():
        name = str(name).lstrip("?$")
        init[Variable(name)] = Literal(value) if isinstance(value, str) and not isinstance(value, Identifier) else value
    bound = query
    if init:
        from kg.terms import to_oxigraph

        try:  # subqueries too: rdflib's initBindings only reach the outer query
            bound = with_values(query, {str(v): to_oxigraph(t) for v, t in init.items()})
        except QueryError:
            pass  # no WHERE keyword: the initBindings below still bind the outer query
    init_ns = {p: str(ns) for p, ns in PREFIXES.items()}
    try:
        prepared = prepareQuery(bound, initNs=init_ns)
    except ParseException as err:
        try:  # word the error on the query as written (VALUES rows shift its columns)
            prepareQuery(query, initNs=init_ns)
        except ParseException as original:
            raise _syntax_error(original, source) from original
        raise _syntax_error(err, source) from err
    except Exception as err:  # rdflib raises bare Exception for e.g. unknown prefixes
        where = f"{source}: " if source else ""
        raise QueryError(f"{where}cannot compile the query ({' '.join(str(err).split())}); fix the query") from err

    try:
        result = graph.query(prepared, initBindings=init)
        if result.type == "SELECT":
            result.bindings  # noqa: B018 - evaluate now, so errors are raised here
        elif result.type in ("CONSTRUCT", "DESCRIBE"):
            len(result.graph)
    except QueryError:
        raise
    except Exception as err:
        where = f"{source}: " if source else ""
        raise QueryError(f"{where}the query failed while running ({' '.join(str(err).split())}); fix the query") from err
    return result


_IRIREF = re.compile(r'<[^<>"\s]*>')  # loose: skips an IRI even where it is not valid
_WHERE = re.compile(r"(?<![\w?$:])(?:WHERE|ASK)\s*\{", re.IGNORECASE)
_SUBQUERY = re.compile(r"\{\s*SELECT\b", re.IGNORECASE)


def _code_only(query: str) -> str:
    """``query`` with its strings, comments and IRIs blanked out (same length, same offsets)."""
    out, i, n = list(query), 0, len(query)

    def blank(a: int, b: int) -> None:
        out[a:b] = " " * (b - a)

    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif c in "'\"":
            quote = query[i : i + 3] if query[i : i + 3] in ("'''", '"""') else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            j = min(n, j + len(quote))
            blank(i, j)
            i = j
        elif c == "<" and (m := _IRIREF.match(query, i)):
            blank(i, m.end())
            i = m.end()
        else:
            i += 1
    return "".join(out)


def _group_end(code: str, start: int) -> int:
    """The offset just past the ``}`` closing the group whose ``{`` is at ``start``."""
    depth = 0
    for i in range(start, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(code)


def with_values(query: str, values: Mapping[str, object], where: str = "") -> str:
    """``query`` with a ``VALUES (?a ?b) { (x y) }`` row at the start of each WHERE group that
    uses those variables: the query's own, or a subquery's.

    A bound variable then holds its value from the start of evaluation wherever it is used
    (so ``FILTER (!BOUND(?name) || ...)`` sees it, and a subquery that looks a name up runs
    for that name only instead of for every name before a join). A group "uses" a variable
    that appears in it outside its own subqueries; variables no group uses are bound in the
    query's first WHERE group. ``values`` maps variable names (checked by
    :func:`parse_bindings`) to Oxigraph terms, whose ``str`` is their N-Triples form, so no
    text of the user's reaches the query unescaped. Strings, comments and IRIs are skipped.
    """
    if not values:
        return query
    code = _code_only(query)
    groups = []  # (offset after "WHERE {", the variables the group uses)
    for m in _WHERE.finditer(code):
        body = code[m.end() : _group_end(code, m.end() - 1)]
        while sub := _SUBQUERY.search(body):  # a subquery's text is its own group's business
            end = _group_end(body, sub.start())
            body = body[: sub.start()] + " " * (end - sub.start()) + body[end:]
        groups.append((m.end(), [name for name in values if re.search(rf"[?$]{re.escape(name)}\b", body)]))
    if not groups:
        raise QueryError(f"{where}cannot bind variables in a query without a WHERE clause; write WHERE {{ ... }}")
    used = {name for _, names in groups for name in names}
    first_at, first_names = groups[0]
    groups[0] = (first_at, first_names + [name for name in values if name not in used])
    out, done = [], 0
    for at, names in groups:
        if names:
            row = " ".join(str(values[name]) for name in names)
            out += [query[done:at], f" VALUES ({' '.join(f'?{name}' for name in names)}) {{ ({row}) }}"]
            done = at
    return "".join(out) + query[done:]


def _strip_comments(query: str) -> str:
    return "\n".join(line.split("#", 1)[0] if not line.lstrip().startswith("PREFIX") else line for line in query.splitlines())


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


_LOCAL_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-%]*$")


def _short_iri(iri: URIRef, prefixes: Sequence[tuple[str, str]]) -> str:
    """``iri`` as prefix:local with the longest matching kg prefix, else ``<iri>``."""
    s = str(iri)
    for prefix, ns in prefixes:
        if s.startswith(ns):
            local = s[len(ns) :]
            if _LOCAL_NAME.match(local) and not local.endswith("."):
                return f"{prefix}:{local}"
    return f"<{s}>"


def _prefix_list() -> list[tuple[str, str]]:
    return sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda x: -len(x[1]))


def _plain_cell(term: Node | None, prefixes) -> str:
    """A term for people: literal values plainly, IRIs in prefixed form."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _short_iri(term, prefixes)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _csv_cell(term: Node | None) -> str:
    """SPARQL 1.1 CSV: IRIs in full, literals as their lexical form, blank nodes as _:id."""
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _escape(s: str) -> str:
    return (
        s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )


def _nt_term(term: Node | None) -> str:
    """A term in N-Triples syntax on one line (used by TSV); empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = f'"{_escape(str(term))}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


def _json_term(term: Node) -> dict:
    """A term in the SPARQL 1.1 JSON results format (xsd:string written as a plain literal)."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], max_width: int | None) -> str:
    def fit(cell: str) -> str:
        cell = " ".join(cell.split()) if ("\n" in cell or "\t" in cell or "\r" in cell) else cell
        if max_width and len(cell) > max_width:
            return cell[: max_width - 1] + "…"
        return cell

    header = [fit(h) for h in header]
    body = [[fit(c) for c in row] for row in rows]
    widths = [max([len(header[i])] + [len(r[i]) for r in body]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
    n = len(body)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines) + "\n"


def _graph_rows(graph: Graph) -> list[tuple[Node, Node, Node]]:
    return sorted(graph.triples((None, None, None)), key=lambda t: tuple(_nt_term(x) for x in t))


def format_result(result: Result, fmt: str = "table", *, max_width: int | None = 80) -> str:
    """Format a query result as ``table``, ``csv``, ``tsv`` or ``json``.

    SELECT: ``table`` is aligned columns for a terminal (literal values plainly, IRIs as
    ``prefix:local``, cells longer than ``max_width`` cut with "…", a row count last);
    ``csv`` and ``tsv`` follow the SPARQL 1.1 CSV/TSV results formats; ``json`` the SPARQL
    1.1 JSON results format. ASK: ``true``/``false`` (json: ``{"head": {}, "boolean": ...}``).
    CONSTRUCT/DESCRIBE: ``table`` is Turtle, ``json`` JSON-LD, ``csv``/``tsv`` one
    ``subject, predicate, object`` row per triple. Output is deterministic.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    kind = result.type
    if kind == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer}, indent=2) + "\n"
        return ("true" if answer else "false") + "\n"
    if kind in ("CONSTRUCT", "DESCRIBE"):
        return _format_graph(result.graph, fmt)
    names = [str(v) for v in (result.vars or [])]
    rows = [[row.get(Variable(n)) if hasattr(row, "get") else row[i] for i, n in enumerate(names)] for row in result]
    if fmt == "json":
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_cell(t) for t in row] for row in rows)
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join(_nt_term(t) for t in row) for row in rows]
        return "\n".join(lines) + "\n"
    prefixes = _prefix_list()
    return _table(names, [[_plain_cell(t, prefixes) for t in row] for row in rows], max_width)


def _format_graph(graph: Graph, fmt: str) -> str:
    """CONSTRUCT/DESCRIBE results in ``fmt``."""
    out = Graph()
    bind_prefixes(out)
    for triple in graph.triples((None, None, None)):
        out.add(triple)
    if fmt == "table":
        return out.serialize(format="turtle")
    if fmt == "json":
        from kg.export import jsonld_text

        return jsonld_text(out)
    rows = _graph_rows(out)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(["subject", "predicate", "object"])
        writer.writerows([_csv_cell(t) for t in row] for row in rows)
        return buf.getvalue()
    lines = ["?subject\t?predicate\t?object"] + ["\t".join(_nt_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"
