"""Score kg's graph against gold JSONL: the engine behind ``kg eval GOLD.jsonl``.

Gold format: see the evaluation README (one JSON object per line with ``id``,
``text``, ``entities``, ``relations``, ``aux_relations``, ``neutral``,
``negatives``, ``not_entities``, ``meta``).  Predictions are read from the RDF
graph the real product builds (``kg.build.build_graph``) with the SPARQL files in
``kg/queries/eval_*.rq``, so ``kg eval`` and a review score the same facts.

Scoring rules
-------------
Relations (``spoke_with``, ``met_in``, ``represents``), per document; a
predicted fact is a row of relations.rq (subject and object by rdfs:label):

- a fact is (relation, subject, object); ``spoke_with`` is symmetric and matches
  in either direction;
- names match case- and accent-insensitively, ignoring quotes, brackets and
  punctuation at their ends (tokenised gold often glues a sentence's full stop to
  the last name: "Fitzmaurice."), on any alias, or on the surname (the last token
  of any name);
- precision counts distinct predicted facts, recall distinct gold facts (gold
  rows with the same relation and names, e.g. three calls between the same two
  people on different dates, are one fact);
- a predicted fact that matches no gold fact but matches a ``neutral`` fact, or
  whose pair (either order) matches an ``aux_relations`` pair, counts neither
  right nor wrong;
- documents whose ``meta.exhaustive`` is ``false`` (partial gold) count for
  recall only;
- a relation type is scored only on files that annotate it (some document of the
  file has a gold, neutral or negative fact of that type); predictions of other
  types are counted as *unjudged*;
- ``date`` and ``status`` accuracy are measured on gold rows that carry them and
  whose fact was found: the date is right if a matching prediction has a date
  starting with the gold date (gold may be ``YYYY-MM`` or ``YYYY``), the status is
  right if a matching prediction with that date (or, failing one, any matching
  prediction) has the gold status;
- ``negatives`` produced (tail ``*`` = any) and ``not_entities`` produced (a
  predicted entity or relation argument named exactly as a not_entities string)
  are counted and listed.

Entities: document-level F1.  Gold entities are, per document, the distinct
(normalised text, coarse type) of the spans, or for entity-level gold each entity
with its name and aliases; predicted entities are the entities the document
mentions, each with its label plus those of its aliases that occur in the
document text.  Coarse types::

    PERSON, Person             -> person
    ORG, Organization          -> organization
    GPE, LOC, Country, Place   -> location
    anything else (MISC, NORP, FAC, UNTYPED, DATE ...) -> not scored

A predicted entity is right if one of its names equals a name of a gold entity
(of the same coarse type, for *typed* F1; of any scored type for *untyped* F1).
A predicted entity that matches no scored gold entity but names a gold entity of
an unscored type (e.g. a MISC span) counts neither right nor wrong.  Span gold
marked ``is_name: false`` (nominal mentions) is ignored.  Name normalisation for
entities is the same as for relations, without the surname rule.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import GraphError, InputError
from kg.model import RELATIONS, SPOKE_WITH, Article

__all__ = [
    "COARSE_TYPES",
    "Counts",
    "DocDetail",
    "GoldDoc",
    "GoldEntity",
    "GoldFact",
    "PredEntity",
    "PredRow",
    "Predictions",
    "Report",
    "evaluate",
    "format_report",
    "load_gold",
    "normalise",
    "predictions_from_graph",
    "score",
]

#: Gold labels and kg classes mapped to the coarse types entity F1 compares.
COARSE_TYPES: dict[str, str] = {
    "PERSON": "person",
    "Person": "person",
    "ORG": "organization",
    "Organization": "organization",
    "GPE": "location",
    "LOC": "location",
    "Country": "location",
    "Place": "location",
}

_QUERIES = Path(__file__).resolve().parent / "queries"
_STRIP = " \t\n\"'“”‘’()[]{},;:."
_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """Case- and accent-insensitive form of a name: NFKD, no marks, casefolded, one space,
    no quotes, brackets or punctuation at either end."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _SPACE.sub(" ", text).strip(_STRIP)


def _surname(norm: str) -> str:
    return norm.rsplit(" ", 1)[-1]


@dataclass(frozen=True)
class _Names:
    """A set of normalised names with their surnames, for fact matching."""

    full: frozenset[str]
    last: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> _Names:
        full = frozenset(n for n in (normalise(x) for x in names if x) if n)
        return cls(full, frozenset(_surname(n) for n in full))

    def matches(self, other: _Names) -> bool:
        """Same name, alias or surname."""
        return bool(self.full & other.full) or bool(self.last & other.last)


_ANY = _Names(frozenset({"*"}), frozenset({"*"}))


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldFact:
    """One gold relation row (``relations``, ``neutral``, ``negatives`` or ``aux_relations``)."""

    type: str
    head: str
    tail: str  # "*" in negatives means any tail
    head_names: _Names
    tail_names: _Names
    date: str | None = None
    status: str | None = None
    strict: bool = True

    def pair_matches(self, subj: _Names, obj: _Names, symmetric: bool) -> bool:
        """Whether a predicted (subject, object) is this fact's pair."""
        tail_any = self.tail_names is _ANY
        if self.head_names.matches(subj) and (tail_any or self.tail_names.matches(obj)):
            return True
        if symmetric:
            return self.head_names.matches(obj) and (tail_any or self.tail_names.matches(subj))
        return False


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity: a span text, or an entity-level name with its aliases."""

    name: str
    type: str  # the gold label, e.g. PERSON, MISC
    names: frozenset[str]  # normalised

    @property
    def coarse(self) -> str | None:
        """Coarse type, or None when the type is not scored."""
        return COARSE_TYPES.get(self.type)


@dataclass
class GoldDoc:
    """One gold document."""

    id: str
    text: str
    published: str | None
    entities: list[GoldEntity]
    relations: list[GoldFact]
    aux: list[GoldFact]
    neutral: list[GoldFact]
    negatives: list[GoldFact]
    not_entities: list[str]
    exhaustive: bool  # False: partial gold, recall only
    scored_relations: frozenset[str]  # relation types this file annotates
    dataset: str = ""
    source: str = ""  # path:line of the gold file

    def article(self) -> Article:
        """The input article kg builds from."""
        return Article(id=self.id, text=self.text, published=self.published, source=self.source or None)


def _fact(raw: object, where: str) -> GoldFact:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("type", "head", "tail")):
        raise InputError(f"{where}: a relation needs string fields type, head, tail; fix the gold line")
    head, tail = raw["head"], raw["tail"]
    tail_names = _ANY if tail == "*" else _Names.of([tail, *(raw.get("tail_aliases") or [])])
    return GoldFact(
        type=raw["type"],
        head=head,
        tail=tail,
        head_names=_Names.of([head, *(raw.get("head_aliases") or [])]),
        tail_names=tail_names,
        date=raw.get("date") or None,
        status=raw.get("status") or None,
        strict=raw.get("strict") is not False,
    )


def _entities(raw: list, where: str) -> list[GoldEntity]:
    out: list[GoldEntity] = []
    for e in raw:
        if not isinstance(e, dict) or not isinstance(e.get("type"), str):
            raise InputError(f"{where}: an entity needs a string type; fix the gold line")
        if "name" in e:
            names = frozenset(n for n in (normalise(x) for x in [e["name"], *(e.get("aliases") or [])]) if n)
            out.append(GoldEntity(e["name"], e["type"], names))
        elif "text" in e:
            if e.get("is_name") is False:
                continue  # nominal mention ("the secretary"), not a named entity
            norm = normalise(e["text"])
            if norm:
                out.append(GoldEntity(e["text"], e["type"], frozenset({norm})))
        else:
            raise InputError(f"{where}: an entity needs `name` or `text`; fix the gold line")
    if raw and "text" in raw[0]:  # span gold: distinct (text, type)
        seen: dict[tuple[frozenset[str], str], GoldEntity] = {}
        for g in out:
            seen.setdefault((g.names, g.type), g)
        out = list(seen.values())
    return out


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file into GoldDoc records (raises InputError naming file:line)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read gold file ({err.strerror}); pass a JSONL gold file") from err
    docs: list[GoldDoc] = []
    annotated: set[str] = set()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not JSON ({err.msg}); one JSON object per line") from err
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("text"), str):
            raise InputError(f"{where}: a gold line needs string fields id and text")
        meta = raw.get("meta") or {}
        rel = [_fact(r, where) for r in raw.get("relations") or []]
        neu = [_fact(r, where) for r in raw.get("neutral") or []]
        neg = [_fact(r, where) for r in raw.get("negatives") or []]
        for f in (*rel, *neu, *neg):
            if f.type not in RELATIONS:
                raise InputError(f"{where}: relation type {f.type!r} is not one of {', '.join(RELATIONS)}")
            annotated.add(f.type)
        docs.append(
            GoldDoc(
                id=raw["id"],
                text=raw["text"],
                published=raw.get("published") or None,
                entities=_entities(raw.get("entities") or [], where),
                relations=rel,
                aux=[_fact(r, where) for r in raw.get("aux_relations") or []],
                neutral=neu,
                negatives=neg,
                not_entities=[s for s in raw.get("not_entities") or [] if isinstance(s, str)],
                exhaustive=meta.get("exhaustive") is not False,
                scored_relations=frozenset(),
                dataset=str(meta.get("dataset", "")),
                source=where,
            )
        )
    for d in docs:
        d.scored_relations = frozenset(annotated)
    return docs


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredEntity:
    """A predicted entity: a graph node (or, for baselines, a span)."""

    id: str
    name: str
    type: str  # kg class (Person ...) or a spaCy label
    aliases: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PredRow:
    """One predicted (fact, event) row, as relations.rq returns it.

    ``subject``/``object`` name the entities: graph rows carry their rdfs:label
    (as relations.rq does).  A value that is a key of ``Predictions.entities`` is
    read as that entity (its label plus the aliases found in the document).
    """

    doc: str
    relation: str
    subject: str
    object: str
    date: str | None = None
    status: str | None = None
    evidence: str | None = None


@dataclass
class Predictions:
    """Everything a system predicted: entities, which documents mention them, facts."""

    entities: dict[str, PredEntity] = field(default_factory=dict)
    mentions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # doc id -> entity ids
    rows: list[PredRow] = field(default_factory=list)


def _query(name: str) -> str:
    return (_QUERIES / name).read_text(encoding="utf-8")


def _str(term: object) -> str | None:
    return None if term is None else str(term)


def predictions_from_graph(graph) -> Predictions:
    """Read entities, aliases and facts from a kg graph (rdflib Graph or Dataset) with the
    packaged queries (relations.rq and entities.rq: the same rows a review reads)."""
    pred = Predictions()
    try:
        store = query_store(graph)
        aliases: dict[str, set[str]] = defaultdict(set)
        for row in _rows(store, "eval_aliases.rq"):
            aliases[row["entity"]].add(row["alias"])
        for row in _rows(store, "entities.rq"):  # one entity per document, named as that document names it
            eid = f"{row['doc']}\t{row['label']}\t{row['type']}"
            if eid not in pred.entities:
                names = aliases.get(row["label"], set()) | {row["label"]}
                pred.entities[eid] = PredEntity(eid, row["entity"], row["type"], frozenset(names))
            pred.mentions[row["doc"]].add(eid)
        for row in _rows(store, "relations.rq"):
            pred.rows.append(
                PredRow(
                    doc=row["doc"],
                    relation=row["relation"],
                    subject=row["subject"],
                    object=row["object"],
                    date=row.get("date"),
                    status=row.get("status"),
                    evidence=row.get("evidence"),
                )
            )
    except Exception as err:  # report one line
        raise GraphError(f"kg/queries: cannot read predictions from the graph ({err}); rebuild it") from err
    return pred


def query_store(graph):
    """An Oxigraph store of the graph, its documents' graphs united in the default graph as a set:
    seconds for thousands of named graphs (rdflib's engine takes minutes), and one copy of an
    entity's triples however many documents name it (Oxigraph's own union mode is a bag, and joins
    over a much-named entity grew with the cube of its documents)."""
    from kg.terms import oxigraph_store

    return oxigraph_store(graph, union=True)


def _rows(store, name: str) -> list[dict[str, str]]:
    """Rows of a packaged query as plain strings (unbound variables left out)."""
    solutions = store.query(_query(name))
    names = [v.value for v in solutions.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in solutions]


# --------------------------------------------------------------------------- report


@dataclass
class Counts:
    """Match counts. ``tp`` = matched predictions, ``found`` = matched gold items."""

    tp: int = 0
    fp: int = 0
    found: int = 0
    fn: int = 0
    skipped: int = 0  # predictions that count neither right nor wrong
    judged_precision: bool = False  # some exhaustive document contributed
    strict_gold: int = 0
    strict_found: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another Counts into this one."""
        for k in ("tp", "fp", "found", "fn", "skipped", "strict_gold", "strict_found"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.judged_precision |= other.judged_precision

    @property
    def gold(self) -> int:
        """Number of gold items."""
        return self.found + self.fn

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), None when not measurable (partial gold or no prediction)."""
        if not self.judged_precision or self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """found / gold, None without gold."""
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, None if either is."""
        p, r = self.precision, self.recall
        if r == 0 and self.judged_precision:
            return 0.0  # gold exists, nothing found: 0 even when nothing was predicted
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def strict_recall(self) -> float | None:
        """Recall over gold facts marked strict."""
        return self.strict_found / self.strict_gold if self.strict_gold else None


@dataclass
class DocDetail:
    """The errors in one document, for ``--details``."""

    doc: str
    fps: list[tuple[str, str]] = field(default_factory=list)  # (fact, evidence sentence)
    fns: list[str] = field(default_factory=list)
    entity_fps: list[str] = field(default_factory=list)
    entity_fns: list[str] = field(default_factory=list)
    negatives: list[tuple[str, str]] = field(default_factory=list)
    not_entities: list[str] = field(default_factory=list)
    date_errors: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        """No error at all."""
        return not (
            self.fps or self.fns or self.entity_fps or self.entity_fns or self.negatives
            or self.not_entities or self.date_errors
        )


@dataclass
class Report:
    """The result of scoring predictions against gold."""

    name: str = ""
    docs: int = 0
    partial_docs: int = 0
    relations: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in RELATIONS})
    scored_relations: tuple[str, ...] = ()
    entities: Counts = field(default_factory=Counts)  # typed
    entities_untyped: Counts = field(default_factory=Counts)
    entity_docs: int = 0  # documents with scored entity gold
    date_correct: int = 0
    date_total: int = 0
    status_correct: int = 0
    status_total: int = 0
    negatives: int = 0
    not_entities: int = 0
    unjudged: int = 0  # predicted facts of relation types the gold does not annotate
    details: list[DocDetail] = field(default_factory=list)

    @property
    def all_relations(self) -> Counts:
        """Micro-average over the scored relation types."""
        total = Counts()
        for r in self.scored_relations:
            total.add(self.relations[r])
        return total

    @property
    def date_accuracy(self) -> float | None:
        """Share of found dated gold facts whose date kg got right."""
        return self.date_correct / self.date_total if self.date_total else None

    @property
    def status_accuracy(self) -> float | None:
        """Share of found gold facts with a status whose status kg got right."""
        return self.status_correct / self.status_total if self.status_total else None


# --------------------------------------------------------------------------- scoring


@dataclass
class _PredFact:
    relation: str
    subject: str
    object: str
    subj_names: _Names
    obj_names: _Names
    rows: list[PredRow]
    subject_name: str = ""
    object_name: str = ""

    def label(self) -> str:
        return f"{self.relation}({self.subject_name}, {self.object_name})"


def _fact_label(f: GoldFact) -> str:
    return f"{f.type}({f.head}, {f.tail})"


def _entity_names(pred: Predictions, eid: str, norm_text: str) -> tuple[str, frozenset[str]]:
    """Display name and normalised names of an entity as seen in one document."""
    ent = pred.entities.get(eid)
    if ent is None:
        return eid, frozenset({normalise(eid)})
    names = {normalise(ent.name)}
    for alias in ent.aliases:
        norm = normalise(alias)
        if norm and norm in norm_text:
            names.add(norm)
    names.discard("")
    return ent.name, frozenset(names)


def _date_ok(gold: str, pred: str | None) -> bool:
    return bool(pred) and pred.startswith(gold)


def _score_relations(doc: GoldDoc, facts: list[_PredFact], report: Report, detail: DocDetail) -> None:
    by_type: dict[str, list[_PredFact]] = defaultdict(list)
    for f in facts:
        by_type[f.relation].append(f)
    for rel, fs in by_type.items():
        if rel not in doc.scored_relations:
            report.unjudged += len(fs)
    for rel in (r for r in RELATIONS if r in doc.scored_relations):  # a fixed order: --details reads alike each run
        sym = rel == SPOKE_WITH
        counts = Counts(judged_precision=doc.exhaustive)
        gold = [g for g in doc.relations if g.type == rel]
        neutral = [g for g in doc.neutral if g.type == rel]
        preds = by_type.get(rel, [])
        for p in preds:
            if any(g.pair_matches(p.subj_names, p.obj_names, sym) for g in gold):
                counts.tp += doc.exhaustive
            elif any(g.pair_matches(p.subj_names, p.obj_names, sym) for g in neutral) or any(
                a.pair_matches(p.subj_names, p.obj_names, True) for a in doc.aux
            ):
                counts.skipped += 1
            elif doc.exhaustive:
                counts.fp += 1
                ev = next((r.evidence for r in p.rows if r.evidence), "")
                detail.fps.append((p.label(), ev))
            for n in doc.negatives:
                if n.type == rel and n.pair_matches(p.subj_names, p.obj_names, sym):
                    report.negatives += 1
                    ev = next((r.evidence for r in p.rows if r.evidence), "")
                    detail.negatives.append((f"{p.label()} ~ negative {_fact_label(n)}", ev))
                    break
        # Gold rows with the same relation and names are one fact.
        groups: dict[tuple, list[GoldFact]] = defaultdict(list)
        for g in gold:
            key = (normalise(g.head), normalise(g.tail))
            if sym:
                key = tuple(sorted(key))
            groups[key].append(g)
        for rows in groups.values():
            g0 = rows[0]
            hits = [p for p in preds if g0.pair_matches(p.subj_names, p.obj_names, sym)]
            strict = any(g.strict for g in rows)
            counts.strict_gold += strict
            if not hits:
                counts.fn += 1
                detail.fns.append(_fact_label(g0))
                continue
            counts.found += 1
            counts.strict_found += strict
            prows = [r for p in hits for r in p.rows]
            for g in rows:
                dated = [r for r in prows if g.date and _date_ok(g.date, r.date)]
                if g.date:
                    report.date_total += 1
                    if dated:
                        report.date_correct += 1
                    else:
                        got = sorted({r.date or "none" for r in prows})
                        detail.date_errors.append(f"{_fact_label(g)} date {g.date}, predicted {', '.join(got)}")
                if g.status:
                    report.status_total += 1
                    pool = dated or prows
                    if any(r.status == g.status for r in pool):
                        report.status_correct += 1
                    else:
                        got = sorted({r.status or "none" for r in pool})
                        detail.date_errors.append(f"{_fact_label(g)} status {g.status}, predicted {', '.join(got)}")
        report.relations[rel].add(counts)


def _score_entities(
    doc: GoldDoc, ents: list[tuple[str, str, frozenset[str]]], report: Report, detail: DocDetail
) -> None:
    scored = [g for g in doc.entities if g.coarse]
    if not scored:
        return
    report.entity_docs += 1
    unscored_names = frozenset().union(*(g.names for g in doc.entities if not g.coarse))
    preds = [(name, COARSE_TYPES[t], names) for name, t, names in ents if t in COARSE_TYPES]
    for typed, counts in ((True, report.entities), (False, report.entities_untyped)):
        c = Counts(judged_precision=doc.exhaustive)

        def same(g: GoldEntity, ptype: str, pnames: frozenset[str], typed: bool = typed) -> bool:
            return bool(g.names & pnames) and (not typed or g.coarse == ptype)

        for name, ptype, pnames in preds:
            if any(same(g, ptype, pnames) for g in scored):
                c.tp += doc.exhaustive
            elif pnames & unscored_names:
                c.skipped += 1
            elif doc.exhaustive:
                c.fp += 1
                if typed:
                    detail.entity_fps.append(f"{name} [{ptype}]")
        for g in scored:
            if any(same(g, ptype, pnames) for _, ptype, pnames in preds):
                c.found += 1
            else:
                c.fn += 1
                if typed:
                    detail.entity_fns.append(f"{g.name} [{g.coarse}]")
        counts.add(c)


def score(gold: list[GoldDoc], pred: Predictions, *, name: str = "") -> Report:
    """Score predictions against gold documents (see the module docstring for the rules)."""
    report = Report(name=name, docs=len(gold))
    scored: set[str] = set()
    rows_by_doc: dict[str, list[PredRow]] = defaultdict(list)
    for r in pred.rows:
        rows_by_doc[r.doc].append(r)
    for doc in gold:
        scored |= doc.scored_relations
        report.partial_docs += not doc.exhaustive
        detail = DocDetail(doc.id)
        norm_text = normalise(doc.text)
        cache: dict[str, tuple[str, frozenset[str]]] = {}

        def names(eid: str) -> tuple[str, frozenset[str]]:
            if eid not in cache:
                cache[eid] = _entity_names(pred, eid, norm_text)
            return cache[eid]

        facts: dict[tuple[str, str, str], _PredFact] = {}
        for r in rows_by_doc.get(doc.id, []):
            s, o = r.subject, r.object
            key = (r.relation, *sorted((s, o))) if r.relation == SPOKE_WITH else (r.relation, s, o)
            if key not in facts:
                (sn, snames), (on, onames) = names(s), names(o)
                facts[key] = _PredFact(r.relation, s, o, _Names.of(snames), _Names.of(onames), [], sn, on)
            facts[key].rows.append(r)
        _score_relations(doc, list(facts.values()), report, detail)

        ids = set(pred.mentions.get(doc.id, ())) | {x for f in facts.values() for x in (f.subject, f.object)}
        ents = []
        for eid in sorted(ids):
            ename, enames = names(eid)
            etype = pred.entities[eid].type if eid in pred.entities else ""
            ents.append((ename, etype, enames))
        _score_entities(doc, [e for e in ents if e[1]], report, detail)

        for s in doc.not_entities:
            norm = normalise(s)
            hit = next((ename for ename, _, enames in ents if norm in enames), None)
            if hit is not None:
                report.not_entities += 1
                detail.not_entities.append(f"{s!r} (predicted entity {hit!r})")
        if not detail.empty():
            report.details.append(detail)
    report.scored_relations = tuple(r for r in RELATIONS if r in scored)
    return report


# --------------------------------------------------------------------------- running


def _default_build(articles: Iterable[Article], *, model: str | None = None):
    from kg.build import build_graph  # lazy: keeps the scorer free of spaCy

    return build_graph(articles, model=model)


def evaluate(
    gold_path: str | Path,
    *,
    build: Callable | None = None,
    model: str | None = None,
    limit: int | None = None,
) -> Report:
    """Build kg's graph from the gold articles and score it.

    ``build(articles, model=model) -> rdflib.Graph`` defaults to
    ``kg.build.build_graph``; ``limit`` scores only the first N documents.
    """
    gold = load_gold(gold_path)
    if limit is not None:
        gold = gold[:limit]
    graph = (build or _default_build)([d.article() for d in gold], model=model)
    return score(gold, predictions_from_graph(graph), name=str(gold_path))


# --------------------------------------------------------------------------- formatting


def _num(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def _oneline(text: str | None) -> str:
    return " ".join(text.split()) if text else "-"


def format_report(report: Report, details: bool = False) -> str:
    """A compact plain-text table; with ``details``, every error per document."""
    partial = f", {report.partial_docs} partial (recall only)" if report.partial_docs else ""
    out = [f"gold: {report.name} ({report.docs} documents{partial})", ""]
    head = f"{'':<20} {'P':>5} {'R':>5} {'F1':>5} {'tp':>5} {'fp':>5} {'fn':>5} {'found':>11} {'skip':>5}  strict R"
    out.append(head)
    rows = [(r, report.relations[r]) for r in report.scored_relations]
    if len(rows) > 1:
        rows.append(("relations (all)", report.all_relations))
    if report.entity_docs:
        rows += [("entities (typed)", report.entities), ("entities (untyped)", report.entities_untyped)]
    for label, c in rows:
        strict = _num(c.strict_recall) if c.strict_gold and c.strict_gold != c.gold else ""
        out.append(
            f"{label:<20} {_num(c.precision):>5} {_num(c.recall):>5} {_num(c.f1):>5} "
            f"{c.tp:>5} {c.fp:>5} {c.fn:>5} {f'{c.found}/{c.gold}':>11} {c.skipped:>5}  {strict}"
        )
    if not rows:
        out.append("(no relation or typed entity gold in this file)")
    out.append("")
    if report.date_total:
        out.append(f"date accuracy     {report.date_correct}/{report.date_total} = {report.date_accuracy:.2f}")
    if report.status_total:
        out.append(f"status accuracy   {report.status_correct}/{report.status_total} = {report.status_accuracy:.2f}")
    out.append("tp/fp: distinct predicted facts (entities) right/wrong; fn, found: gold ones missed/found;")
    out.append("skip: predictions matching neutral, aux or unscored gold (neither right nor wrong)")
    out.append(f"negatives produced       {report.negatives}")
    out.append(f"not_entities produced    {report.not_entities}")
    if report.unjudged:
        out.append(f"unjudged facts (relation type not annotated in this gold): {report.unjudged}")
    if details:
        for d in report.details:
            out += ["", f"== {d.doc}"]
            out += [f"  FP {fact}\n       evidence: {_oneline(ev)}" for fact, ev in d.fps]
            out += [f"  FN {fact}" for fact in d.fns]
            out += [f"  NEGATIVE {fact}\n       evidence: {_oneline(ev)}" for fact, ev in d.negatives]
            out += [f"  NOT-ENTITY {s}" for s in d.not_entities]
            out += [f"  DATE/STATUS {s}" for s in d.date_errors]
            if d.entity_fps:
                out.append(f"  entity FP: {'; '.join(d.entity_fps)}")
            if d.entity_fns:
                out.append(f"  entity FN: {'; '.join(d.entity_fns)}")
    return "\n".join(out)

