"""Store: load and query a 1M-triple graph in the Oxigraph store, against rdflib's in-memory store.

The graph is synthetic (fictional people, places, organisations and countries with Zipf-like
popularity) and follows ontology/README.md and kg.store's layout: the knowledge graph once, in
the default graph, and per document its bookkeeping (content hash, sequence number, the
resolver's record of its entities) in kg's state graph. It is written as N-Quads to a
temporary directory, then timed:

- load:   ``pyoxigraph.Store(DIR).bulk_load`` of that file into a new store directory, then
          ``Store.optimize()`` (RocksDB compaction, which Oxigraph asks for after a bulk load):
          bulk_load writes many overlapping files, and every index lookup then seeks in each of
          them. A store that ``kg build --store`` grows is compacted by RocksDB as it is
          written, so the compacted store is the one users query;
- query:  the example queries (examples/queries/spoke_with.rq --bind name=X,
          meetings_by_place.rq --bind place=Y, represents.rq --bind party=Z), a GROUP BY over
          all events (benchmarks/queries/events_by_kind.rq), through
          ``kg.store.query_store`` (what ``kg query DIR`` runs) -- median of 2 runs after a first;
- rdflib: the same queries through ``kg.query.run_query`` on an rdflib Graph holding the same
          triples in memory (one run each; the load into rdflib is timed too).

    .venv/bin/python benchmarks/store.py [--triples 1000000] [--no-rdflib] [--json OUT]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "examples" / "queries"
BENCH_QUERIES = Path(__file__).resolve().parent / "queries"


def _lit(text: str, datatype: str | None = None) -> str:
    body = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return f"{body}^^<{datatype}>" if datatype else body


def synthesize(path: Path, target: int, seed: int = 7) -> dict:
    """Write a kg-shaped graph of about ``target`` distinct triples to ``path`` (N-Quads).

    Returns the names to bind in the example queries and the counts."""
    from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

    import hashlib
    import json

    from kg.rdf import doc_iri, entity_iri, fact_iri, mention_iri, name_keys, sentence_iri
    from kg.store import BUILD, STATE_GRAPH
    from kg.vocab import ID, KG, SCHEMA

    rng = random.Random(seed)
    given = ["Alba", "Boris", "Cora", "Dario", "Elin", "Femi", "Gita", "Hugo", "Ines", "Jonas", "Kaia", "Lev"]
    people = [(f"person/{given[i % 12].lower()}-surname{i}", f"{given[i % 12]} Surname{i}") for i in range(4000)]
    places = [(f"place/city{i}", f"City{i}") for i in range(400)]
    countries = [(f"country/land{i}", f"Land{i}", f"{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}") for i in range(180)]
    orgs = [(f"organization/ministry-{i}", f"Ministry {i}") for i in range(600)]

    def pick(pool):  # Zipf-like: a few entities appear very often
        return pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1) if rng.random() < 0.7 else rng.randrange(len(pool))]

    def n(term) -> str:
        return f"<{term}>"

    xsd_date, xsd_int, xsd_dec = str(XSD.date), str(XSD.integer), str(XSD.decimal)
    state, build = n(STATE_GRAPH), lambda name: n(BUILD + name)
    seen_entities: dict[str, tuple] = {}
    union: set[int] = set()
    lines = 0
    with open(path, "w", encoding="utf-8") as fh:

        def triple(s, p, o):  # each triple once, in the default graph
            nonlocal lines
            key = hash((s, p, o))
            if key not in union:
                union.add(key)
                fh.write(f"{s} {p} {o} .\n")
                lines += 1

        def bookkeeping(d, doc_no, ents):
            nonlocal lines
            digest = hashlib.sha256(str(doc_no).encode()).hexdigest()
            records = json.dumps([[f"{slug}-{doc_no}", label, cls, [[label, "name"]]]
                                  for slug, (cls, label, _) in ents.items()], separators=(",", ":"))
            fh.write(f"{d} {build('hash')} {_lit(digest)} {state} .\n"
                     f"{d} {build('seq')} {_lit(str(doc_no), xsd_int)} {state} .\n"
                     f"{d} {build('entities')} {_lit(records)} {state} .\n")
            lines += 3

        doc_no = 0
        while len(union) < target:
            doc_no += 1
            doc_id = f"synthetic/{doc_no:07d}.txt"
            d = n(doc_iri(doc_id))
            date = f"2025-{1 + doc_no % 12:02d}-{1 + doc_no % 28:02d}"
            triple(d, n(RDF.type), n(KG.Document))
            triple(d, n(KG.docId), _lit(doc_id))
            triple(d, n(SCHEMA.datePublished), _lit(date, xsd_date))
            ps = [pick(people) for _ in range(4)]
            place, country, org = pick(places), pick(countries), pick(orgs)
            ents = {}
            for slug, label in ps:
                ents[slug] = ("Person", label, None)
            ents[place[0]] = ("Place", place[1], None)
            ents[country[0]] = ("Country", country[1], country[2])
            ents[org[0]] = ("Organization", org[1], None)
            for slug, (cls, label, code) in ents.items():
                e = n(entity_iri(slug))
                triple(e, n(RDF.type), n(KG[cls]))
                triple(e, n(KG.mentionedIn), d)
                if code:
                    triple(e, n(KG.countryCode), _lit(code))
                m = n(mention_iri(doc_id, slug))
                triple(m, n(RDF.type), n(KG.Mention))
                triple(m, n(KG.entity), e)
                triple(m, n(KG.inDocument), d)
                triple(m, n(RDFS.label), _lit(label))
                if slug not in seen_entities:
                    seen_entities[slug] = (cls, label, code)
                    triple(e, n(RDFS.label), _lit(label))
                    triple(e, n(SKOS.altLabel), _lit(label.split()[-1]))
                    for key in name_keys([label, label.split()[-1]]):
                        triple(e, n(KG.nameKey), _lit(key))
            bookkeeping(d, doc_no, ents)

            def event(k, cls, participants, rels, extra):
                ev = n(ID[f"event/{doc_no:07d}-{k}"])
                start = 100 * k
                sent = n(sentence_iri(doc_id, start, start + 90))
                triple(ev, n(RDF.type), n(KG[cls]))
                for p in participants:
                    triple(ev, n(KG.participant), n(entity_iri(p)))
                for prop, value in extra:
                    triple(ev, n(prop), value)
                triple(ev, n(KG.status), _lit("occurred" if k % 4 else "planned"))
                triple(ev, n(KG.rule), _lit(f"rule-{cls.lower()}"))
                triple(ev, n(KG.confidence), _lit("0.8", xsd_dec))
                triple(ev, n(PROV.wasDerivedFrom), d)
                triple(ev, n(KG.evidence), sent)
                triple(sent, n(RDF.type), n(KG.Sentence))
                triple(sent, n(KG.text), _lit(f"Sentence {k} of document {doc_no} about {', '.join(participants)}."))
                triple(sent, n(KG.start), _lit(str(start), xsd_int))
                triple(sent, n(KG.end), _lit(str(start + 90), xsd_int))
                triple(sent, n(KG.inDocument), d)
                for s, prop, o in rels:
                    s, o = entity_iri(s), entity_iri(o)
                    fact = n(fact_iri(s, KG[prop], o))
                    triple(ev, n(KG.supports), fact)
                    triple(fact, n(RDF.type), n(RDF.Statement))
                    triple(fact, n(RDF.subject), n(s))
                    triple(fact, n(RDF.predicate), n(KG[prop]))
                    triple(fact, n(RDF.object), n(o))
                    triple(n(s), n(KG[prop]), n(o))

            a, b, c, e4 = (p[0] for p in ps)
            event(1, "PhoneCall", [a, b], [(a, "spoke_with", b)],
                  [(KG.date, _lit(date, xsd_date)), (KG.cameoCode, _lit("041")), (KG.trigger, _lit("phone call"))])
            event(2, "Meeting", [c, e4], [(c, "met_in", place[0]), (e4, "met_in", place[0])],
                  [(KG.place, n(entity_iri(place[0]))), (KG.cameoCode, _lit("040")), (KG.trigger, _lit("met"))])
            event(3, "Affiliation", [a], [(a, "represents", country[0])], [(KG.party, n(entity_iri(country[0])))])
            event(4, "Affiliation", [b], [(b, "represents", org[0])], [(KG.party, n(entity_iri(org[0])))])
    top = lambda pool: pool[0][1]  # noqa: E731 - the most frequent entity of a pool
    mid = lambda pool: pool[20][1]  # noqa: E731 - one mentioned in a few dozen documents per 1000
    return {"documents": doc_no, "triples": len(union), "quads": lines,
            "person": top(people).split()[-1], "place": top(places), "party": top(countries),
            "person_typical": mid(people), "place_typical": mid(places), "party_typical": mid(countries)}


def _queries(info: dict) -> list[tuple[str, str, list[str], float | None, bool]]:
    """(label, query file, bindings, target seconds, also run in rdflib)."""
    return [
        ("who spoke with X, X the most frequent person", QUERIES / "spoke_with.rq", [f"name={info['person']}"], 0.05, True),
        ("who spoke with X, X a typical person", QUERIES / "spoke_with.rq", [f"name={info['person_typical']}"], 0.05, False),
        ("meetings at a place, the most frequent", QUERIES / "meetings_by_place.rq", [f"place={info['place']}"], 0.05, True),
        ("meetings at a place, a typical one", QUERIES / "meetings_by_place.rq", [f"place={info['place_typical']}"], 0.05, False),
        ("who represents a country, the most frequent", QUERIES / "represents.rq", [f"party={info['party']}"], 0.05, True),
        ("who represents a country, a typical one", QUERIES / "represents.rq", [f"party={info['party_typical']}"], 0.05, False),
        ("GROUP BY over all events (events_by_kind.rq)", BENCH_QUERIES / "events_by_kind.rq", [], 1.0, True),
    ]


def _timed_in_child(func, timeout: float) -> tuple[float | None, int | None]:
    """Run ``func() -> rows`` in a forked child; (seconds, rows), or (None, None) after ``timeout``."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def target():
        t = time.perf_counter()
        rows = func()
        child.send((time.perf_counter() - t, rows))

    proc = ctx.Process(target=target)
    proc.start()
    got = parent.recv() if parent.poll(timeout) else (None, None)
    proc.kill()
    proc.join()
    return got


def _say(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def run(triples: int = 1_000_000, rdflib: bool = True, rdflib_timeout: float = 60.0) -> dict:
    """Synthesise, load, query; returns the numbers."""
    import pyoxigraph as ox

    from kg.query import parse_bindings, read_query, run_query
    from kg.store import query_store

    res: dict = {"target_triples": triples}
    with tempfile.TemporaryDirectory(prefix="kg-store-bench-") as tmp:
        tmp = Path(tmp)
        nq = tmp / "graph.nq"
        t = time.perf_counter()
        info = synthesize(nq, triples)
        res["synthesize_s"] = time.perf_counter() - t
        res.update({k: info[k] for k in ("documents", "triples", "quads")})
        db = tmp / "db"
        t = time.perf_counter()
        store = ox.Store(str(db))
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.flush()
        res["bulk_load_s"] = time.perf_counter() - t
        t = time.perf_counter()
        store.optimize()
        store.flush()
        res["optimize_s"] = time.perf_counter() - t
        res["load_s"] = res["bulk_load_s"] + res["optimize_s"]
        del store
        t = time.perf_counter()
        opened = ox.Store.read_only(str(db))
        res["open_s"] = time.perf_counter() - t
        rows: list[dict] = []
        _say(f"store bench: {info['triples']} triples; loaded in {res['load_s']:.1f} s")
        for label, path, binds, target, _ in _queries(info):
            query, bindings = read_query(str(path)), parse_bindings(binds)
            times, answer = [], None
            for _ in range(3 if target is not None else 1):
                t = time.perf_counter()
                answer = query_store(opened, query, bindings)
                times.append(time.perf_counter() - t)
            rows.append({"query": label, "bindings": binds, "oxigraph_s": statistics.median(times[1:] or times),
                         "oxigraph_cold_s": times[0], "rows": len(answer.bindings), "target_s": target})
            _say(f"  {label}: {rows[-1]['oxigraph_s'] * 1000:.1f} ms, {rows[-1]['rows']} rows")
        res["queries"] = rows
        if rdflib:
            from rdflib import Graph

            from kg.terms import to_rdflib

            t = time.perf_counter()
            graph = Graph()
            graph.addN((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph)
                       for q in opened.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            res["rdflib_load_s"] = time.perf_counter() - t
            res["rdflib_triples"] = len(graph)
            _say(f"  rdflib: {len(graph)} triples loaded in {res['rdflib_load_s']:.1f} s")
            for row, (_, path, binds, _, compare) in zip(rows, _queries(info)):
                if not compare:
                    continue
                query, bindings = read_query(str(path)), parse_bindings(binds)
                seconds, count = _timed_in_child(lambda: len(run_query(graph, query, bindings)), rdflib_timeout)
                row["rdflib_s"], row["rdflib_rows"] = seconds, count
                row["rdflib_timeout_s"] = rdflib_timeout
                row["ratio"] = seconds / row["oxigraph_s"] if seconds else None
                _say(f"  rdflib {row['query']}: {'> %.0f s' % rdflib_timeout if seconds is None else '%.2f s' % seconds}")
    return res


def report(res: dict) -> list[tuple[str, str, str, bool | None]]:
    """(target, measured, goal, met) rows."""
    out = [
        ("graph", f"{res['triples']} distinct triples ({res['documents']} documents; {res['quads']} quads in the store)", "", None),
        ("load into the Oxigraph store (bulk_load, then optimize)",
         f"{res['load_s']:.1f} s ({res['bulk_load_s']:.1f} s + {res['optimize_s']:.1f} s)", "< 15 s", res["load_s"] < 15),
    ]
    if "rdflib_load_s" in res:
        out.append(("load into rdflib (in memory)", f"{res['rdflib_load_s']:.1f} s "
                    f"({res['rdflib_load_s'] / res['load_s']:.1f}x the store)", "", None))
    for row in res["queries"]:
        value = f"{row['oxigraph_s'] * 1000:.1f} ms ({row['rows']} rows; first run {row['oxigraph_cold_s'] * 1000:.1f} ms)"
        if "rdflib_s" in row and row["rdflib_s"] is None:
            value += f"; rdflib > {row['rdflib_timeout_s']:.0f} s (stopped) = > {row['rdflib_timeout_s'] / row['oxigraph_s']:.0f}x slower"
        elif "rdflib_s" in row:
            value += f"; rdflib {row['rdflib_s'] * 1000:.0f} ms = {row['ratio']:.0f}x slower"
            if row["rdflib_rows"] != row["rows"]:
                value += f" (rdflib {row['rdflib_rows']} rows!)"
        target = row["target_s"]
        goal = "" if target is None else (f"< {target * 1000:.0f} ms" if target < 1 else f"< {target:.0f} s")
        out.append((row["query"], value, goal, None if target is None else row["oxigraph_s"] < target))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    ap.add_argument("--json", help="also write the numbers to this file")
    args = ap.parse_args()
    res = run(args.triples, rdflib=not args.no_rdflib)
    from report import print_report

    print_report(report(res), args.json, res)


if __name__ == "__main__":
    main()
