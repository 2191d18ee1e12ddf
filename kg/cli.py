"""The `kg` command. One subcommand = one thin function; its docstring is its help.

Exit codes: 0 success; 1 the answer is "no" (``kg validate``: the graph does not conform;
``kg build --strict``: an input was skipped); 2 an error (bad arguments, unreadable input,
bad query, unwritable output), reported as one line on stderr; 3 a bug in kg (one line on
stderr; KG_DEBUG=1 shows the traceback); 130 interrupted (Ctrl-C, or kill/SIGTERM).
"""

from __future__ import annotations

import argparse
import inspect
import sys
import textwrap
from pathlib import Path

from kg.errors import KgError

EXIT_OK, EXIT_NO, EXIT_ERROR, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def cmd_build(args: argparse.Namespace) -> int:
    """Build the knowledge graph of some articles.

    INPUT is a .txt, .html or .jsonl file (one article per line: id, text or html, optional
    published, title, url), a directory (read recursively), or - for standard input.
    Writes OUTDIR/graph.ttl, OUTDIR/graph.trig (one named graph per document) and
    OUTDIR/graph.html (the interactive network); or, with --store DIR, adds the articles
    not already in the Oxigraph store DIR (query it with kg query DIR ...). --workers N
    extracts in N processes; --engine dask --scheduler ADDRESS on a Dask cluster. A progress
    bar shows on a terminal.

    example: kg build examples/articles -o out
    example: kg build --store news.db --workers 2 articles/2025-06/
    """
    from kg.build import build, estimate_documents

    def skipped(item) -> None:
        print(f"kg: skipped {item.source}: {item.reason}", file=sys.stderr)

    bar = _progress_bar(lambda: estimate_documents(args.inputs))
    try:
        summary = build(args.inputs, args.output, store=args.store, model=args.model, html=not args.no_html,
                        on_skip=skipped, on_doc=bar and (lambda _: bar.update()), workers=args.workers,
                        engine=args.engine, scheduler=args.scheduler)
    finally:
        if bar:
            bar.close()
    ents = ", ".join(f"{n} {t.lower()}" for t, n in summary.entities.items())
    rels = ", ".join(f"{n} {r}" for r, n in summary.relations.items())
    if args.store:
        print(f"{summary.documents} documents added ({summary.unchanged} already in the store, "
              f"{len(summary.skipped)} skipped), {summary.triples} triples")
        print(f"store totals: {summary.events} events")
    else:
        print(f"{summary.documents} documents ({len(summary.skipped)} skipped), {summary.events} events")
    if summary.skipped:
        from kg.articles import skip_summary

        print(f"skipped: {skip_summary(summary.skipped)} (reasons above on stderr)")
    print(f"entities: {ents}")
    print(f"relations: {rels}")
    for kind, path in summary.outputs.items():
        print(f"{kind}: {path}")
    return EXIT_NO if args.strict and summary.skipped else EXIT_OK


def _progress_bar(total):
    """A tqdm bar on stderr (documents, rate, ETA) when stderr is a terminal, else None."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total(), unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def cmd_query(args: argparse.Namespace) -> int:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over a graph.

    QUERY is a .rq file or the query text. --bind NAME=VALUE pre-binds a variable (IRIs as
    <...>, YYYY-MM-DD as an xsd:date, YYYY-MM as an xsd:gYearMonth, "..." as a string),
    e.g. the ?name of examples/queries/spoke_with.rq.

    example: kg query out/graph.ttl examples/queries/relations.rq --format csv
    """
    from kg.query import format_result, parse_bindings, read_query
    from kg.store import is_store, load_any, query_store
    from kg.terms import oxigraph_store

    query = read_query(args.query)
    source = args.query if query is not args.query else None  # the .rq file, named in errors
    bindings = parse_bindings(args.bind or [])
    # A graph file is queried like a store, by Oxigraph: its union in the default graph.
    store = args.graph if is_store(args.graph) else oxigraph_store(load_any(args.graph), union=True)
    result = query_store(store, query, bindings, source=source)
    text = format_result(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Convert a graph to another RDF format.

    example: kg export out/graph.trig --format nquads -o out/graph.nq
    """
    from kg.export import export_graph
    from kg.store import export_store, is_store

    path = (export_store if is_store(args.graph) else export_graph)(args.graph, args.format, args.output)
    print(f"{args.format}: {path}")
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    """Draw a graph as an interactive HTML network (one self-contained file, works offline).

    example: kg viz out/graph.ttl -o putin.html --focus Putin --hops 2
    """
    from kg.store import load_any
    from kg.viz import render_html

    graph = load_any(args.graph)
    path = render_html(graph, Path(args.output), focus=args.focus, hops=args.hops, max_nodes=args.max_nodes,
                       title=f"kg: {Path(args.graph).name}")
    print(f"html: {path}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    Exit 0 when it conforms, 1 when it does not (the report says why), 2 on error.

    example: kg validate out/graph.ttl
    """
    from kg.store import load_any
    from kg.validate import validate

    conforms, report = validate(load_any(args.graph))
    print("conforms" if conforms else report)
    return EXIT_OK if conforms else EXIT_NO


def cmd_eval(args: argparse.Namespace) -> int:
    """Score kg against gold annotations (the format of ../shared/eval/README.md).

    Prints precision, recall and F1 per relation and for entities; --details lists every
    false positive and false negative per document.

    example: kg eval ../shared/eval/seeds.gold.jsonl --details
    """
    from kg.evaluate import evaluate, format_report

    report = evaluate(args.gold, model=args.model, limit=args.limit)
    print(format_report(report, details=args.details))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve a graph as a SPARQL 1.1 endpoint, with the viewer and a query page.

    GRAPH is an RDF file written by kg or an Oxigraph store directory. The endpoint is
    /sparql (GET and POST, JSON/XML/CSV/TSV results, Turtle/N-Triples/JSON-LD graphs, CORS
    open); / is the query page, /viewer the network. Read-only unless --allow-updates
    (updates to a file's graph live in memory until the server stops). Answers longer than
    --limit are cut and carry the header X-SPARQL-MaxRows. Stop with Ctrl-C.

    example: kg serve out/graph.trig --port 7878
    """
    from kg.server import serve

    def ready(url: str, source) -> None:
        mode = "read-write" if args.allow_updates else "read-only"
        print(f"serving {source.path} ({source.describe()}, {mode}) at {url}", flush=True)
        print(f"query page: {url.removesuffix('sparql')}  viewer: {url.removesuffix('sparql')}viewer", flush=True)
        if args.host not in ("127.0.0.1", "localhost", "::1"):
            print(f"kg: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        serve(args.graph, host=args.host, port=args.port, allow_updates=args.allow_updates,
              timeout=args.timeout, limit=args.limit, on_ready=ready, log=log if args.verbose else None)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    """Load a graph into a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

    URL is the store's Graph Store endpoint (Oxigraph: http://HOST:7878/store; Fuseki:
    http://HOST:3030/DATASET/data; GraphDB: http://HOST:7200/repositories/REPO/rdf-graphs/service).
    Replaces the target graph (PUT) unless --merge (POST). A .trig file's named graphs go to
    their own graph IRIs unless --graph names one graph for everything. The password can
    also come from the environment variable KG_PUSH_PASSWORD.

    example: kg push out/graph.trig --endpoint http://127.0.0.1:7878/store
    """
    import os

    from kg.push import push_graph

    def progress(graph: str, sent: int, total: int) -> None:
        if args.verbose:
            print(f"{graph}: {sent}/{total} triples", file=sys.stderr, flush=True)

    password = args.password if args.password is not None else os.environ.get("KG_PUSH_PASSWORD")
    summary = push_graph(args.graph, args.endpoint, graph=args.graph_iri, merge=args.merge, user=args.user,
                         password=password, batch_size=args.batch_size, timeout=args.timeout, on_batch=progress)
    verb = "merged into" if args.merge else "replaced"
    for target, n in summary.graphs.items():
        print(f"{target}: {n} triples {verb}")
    print(f"{summary.triples} triples in {summary.requests} requests to {summary.endpoint} ({summary.seconds:.2f} s)")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg",
        description="Turn news articles into an RDF knowledge graph of who spoke with whom, who met where, "
        "and who represents whom.",
        epilog=textwrap.dedent(__doc__.split("\n\n", 1)[1]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func) -> argparse.ArgumentParser:
        doc = inspect.cleandoc(func.__doc__)
        summary = doc.strip().splitlines()[0]
        p = sub.add_parser(name, help=summary, description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    p = command("build", cmd_build)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUTDIR", help="directory for graph.ttl, graph.trig, graph.html")
    p.add_argument("--store", metavar="DIR", help="add to the Oxigraph store DIR instead (new documents only)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default: 1)")
    p.add_argument("--engine", default="local", choices=["local", "dask"], help="where extraction runs (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address for --engine dask, e.g. tcp://host:8786")
    p.add_argument("--model", help="spaCy model name or path (default: en_core_web_sm if installed)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was skipped")

    p = command("query", cmd_query)
    p.add_argument("graph", metavar="GRAPH", help="an RDF file written by kg (.ttl, .trig, .nt, .nq, .jsonld, .rdf) or a store directory")
    p.add_argument("query", metavar="QUERY", help="a .rq file or the query text")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument("--bind", action="append", metavar="NAME=VALUE", help="bind a query variable (repeatable)")

    p = command("export", cmd_export)
    p.add_argument("graph", metavar="GRAPH")
    p.add_argument("--format", required=True, choices=["turtle", "trig", "nt", "nquads", "jsonld", "xml"])
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = command("viz", cmd_viz)
    p.add_argument("graph", metavar="GRAPH")
    p.add_argument("-o", "--output", required=True, metavar="FILE.html")
    p.add_argument("--focus", metavar="NAME", help="show only this entity's neighbourhood (name or alias)")
    p.add_argument("--hops", type=int, default=1, choices=[1, 2], help="neighbourhood size for --focus")
    p.add_argument("--max-nodes", type=int, metavar="N", help="keep the N most connected entities")

    p = command("validate", cmd_validate)
    p.add_argument("graph", metavar="GRAPH")

    p = command("eval", cmd_eval)
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--details", action="store_true", help="list every error per document")
    p.add_argument("--model", help="spaCy model name or path")
    p.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")

    p = command("serve", cmd_serve)
    p.add_argument("graph", metavar="GRAPH|STORE", help="an RDF file written by kg, or an Oxigraph store directory")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--allow-updates", action="store_true", help="accept SPARQL Update (default: read-only)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="time limit per request (default: 30)")
    p.add_argument("--limit", type=int, default=10000, metavar="N", help="most rows or triples per answer (default: 10000)")
    p.add_argument("-v", "--verbose", action="store_true", help="log every request on stderr")

    p = command("push", cmd_push)
    p.add_argument("graph", metavar="GRAPH", help="an RDF file written by kg (.ttl, .trig, .nt, .nq, .jsonld, .rdf)")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the store's Graph Store Protocol URL")
    p.add_argument("--graph", dest="graph_iri", metavar="IRI", help="push everything into this named graph")
    p.add_argument("--merge", action="store_true", help="add to the target graphs instead of replacing them")
    p.add_argument("--user", help="user name for HTTP basic authentication")
    p.add_argument("--password", help="password for HTTP basic authentication (or set KG_PUSH_PASSWORD)")
    p.add_argument("--batch-size", type=int, default=10000, metavar="N", help="triples per request (default: 10000)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="time limit per request (default: 60)")
    p.add_argument("-v", "--verbose", action="store_true", help="report each batch on stderr")
    return top


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _os_error(err: OSError) -> str:
    """One line for an OSError kg did not expect: the path, what went wrong, what to check."""
    where = f"{err.filename}: " if err.filename else ""
    if isinstance(err, (FileExistsError, NotADirectoryError)):
        return f"{where}a file is where kg needs a directory; give a directory path (or remove the file)"
    what = err.strerror or _one_line(err) or type(err).__name__
    return f"{where}{what}; check the path, its permissions and free disk space"


def _on_sigterm(pid: int):
    """A SIGTERM handler: kill stops kg like Ctrl-C (temporary files removed, outputs left as
    they were). Child processes forked from ``pid`` (extraction workers) just die, as before."""
    import os
    import signal

    def handler(signum, frame) -> None:
        if os.getpid() != pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    return handler


def main(argv: list[str] | None = None) -> int:
    """Run the kg command line; returns the exit code (see the module docstring)."""
    import contextlib
    import os
    import signal
    import threading

    args = parser().parse_args(argv)
    previous = None
    if threading.current_thread() is threading.main_thread():  # signal handlers can only be set there
        previous = signal.signal(signal.SIGTERM, _on_sigterm(os.getpid()))
    try:
        return args.func(args)
    except KgError as err:
        print(f"kg: error: {_one_line(err)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; outputs written before this run are unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (kg query ... | head): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except MemoryError:
        print("kg: error: out of memory; give kg fewer or smaller inputs at a time", file=sys.stderr)
        return EXIT_ERROR
    except OSError as err:
        print(f"kg: error: {_os_error(err)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as err:  # a bug: still one line, never a traceback, unless asked for
        if os.environ.get("KG_DEBUG"):
            raise
        detail = _one_line(err)[:300]
        print(f"kg: internal error ({type(err).__name__}{': ' + detail if detail else ''}); this is a bug in kg, "
              "please report it with the command you ran (KG_DEBUG=1 shows the traceback)", file=sys.stderr)
        return EXIT_BUG
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
