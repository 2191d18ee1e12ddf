"""The evaluation table: kg against the raw-spaCy baseline on the shared gold sets.

    python benchmarks/eval_table.py [--quick] [--shared DIR] [--model NAME] [--only NAME ...]

Runs ``kg.evaluate.evaluate`` (the real build, like ``kg eval``) and the baseline
of ``benchmarks/baseline.py`` on the seeds, DWIE dev, CoNLL04 dev and train (four
times the sentences of dev, same kind), RAMS dev (contact events) and CoNLL-2003
dev, and prints one markdown table: metric, target, kg, raw spaCy baseline.  ``--quick`` scores the first documents of each
set only.  The gold sets are read from ``../shared/eval`` next to the checkout
(evaluation-only data, never copied into the repository).

Entity F1 is document-level (see kg/evaluate.py): *typed* needs the coarse type
to agree, *untyped* only the name.  RAMS gold is partial: recall only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import baseline  # noqa: E402

from kg.evaluate import Report, evaluate, load_gold, score  # noqa: E402
from kg.model import MET_IN, REPRESENTS, SPOKE_WITH  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared" / "eval"

Getter = Callable[[Report], "float | int | None"]


def f1(rel: str) -> Getter:
    return lambda r: r.relations[rel].f1


def recall(rel: str) -> Getter:
    return lambda r: r.relations[rel].recall


ENT_TYPED: Getter = lambda r: r.entities.f1  # noqa: E731
ENT_UNTYPED: Getter = lambda r: r.entities_untyped.f1  # noqa: E731
REL_ALL: Getter = lambda r: r.all_relations.f1  # noqa: E731
DATE: Getter = lambda r: r.date_accuracy  # noqa: E731
STATUS: Getter = lambda r: r.status_accuracy  # noqa: E731
NEGATIVES: Getter = lambda r: r.negatives  # noqa: E731
NOT_ENTITIES: Getter = lambda r: r.not_entities  # noqa: E731


@dataclass(frozen=True)
class Dataset:
    name: str  # label in the table, and the --only key
    file: str  # under the shared eval directory
    quick: int | None  # documents scored with --quick (None: all)
    metrics: tuple[tuple[str, Getter, str], ...]  # (metric, getter, target)


# Targets: what kg should reach.  "> baseline" where the project sets no number.
DATASETS = (
    Dataset("seeds", "seeds.gold.jsonl", None, (
        ("spoke_with F1", f1(SPOKE_WITH), ">= 0.90 (P and R)"),
        ("met_in F1", f1(MET_IN), ">= 0.90 (P and R)"),
        ("represents F1", f1(REPRESENTS), ">= 0.90 (P and R)"),
        ("relations F1 (all)", REL_ALL, "> baseline"),
        ("entity F1 (typed)", ENT_TYPED, "> baseline"),
        ("date accuracy", DATE, "> baseline"),
        ("status accuracy", STATUS, "> baseline"),
        ("negatives produced", NEGATIVES, "0"),
        ("not_entities produced", NOT_ENTITIES, "0"),
    )),
    Dataset("dwie", "dev/dwie_dev.jsonl", 20, (
        ("spoke_with F1", f1(SPOKE_WITH), ">= 0.65"),
        ("met_in F1", f1(MET_IN), ">= 0.65"),
        ("represents F1", f1(REPRESENTS), ">= 0.60"),
        ("relations F1 (all)", REL_ALL, "> baseline"),
        ("entity F1 (typed)", ENT_TYPED, ">= 0.85"),
        ("entity F1 (untyped)", ENT_UNTYPED, "> baseline"),
        ("date accuracy", DATE, "> baseline"),
        ("status accuracy", STATUS, "> baseline"),
        ("negatives produced", NEGATIVES, "< baseline"),
    )),
    Dataset("conll04", "dev/conll04_dev.jsonl", 60, (
        ("represents F1", f1(REPRESENTS), ">= 0.60"),
        ("entity F1 (typed)", ENT_TYPED, "> baseline"),
        ("entity F1 (untyped)", ENT_UNTYPED, "> baseline"),
    )),
    Dataset("conll04-train", "dev/conll04_train.jsonl", 60, (
        ("represents F1", f1(REPRESENTS), "(no target: a larger sample)"),
    )),
    Dataset("rams-contact", "dev/rams_dev_contact.jsonl", 40, (
        ("spoke_with recall", recall(SPOKE_WITH), ">= 0.50 (contacts)"),
        ("met_in recall", recall(MET_IN), ">= 0.50 (contacts)"),
    )),
    Dataset("conll03", "dev/conll03_ner_dev.jsonl", 500, (
        ("entity F1 (typed)", ENT_TYPED, ">= 0.80"),
        ("entity F1 (untyped)", ENT_UNTYPED, "> baseline"),
    )),
)

TITLES = {
    "seeds": "seeds",
    "dwie": "DWIE dev",
    "conll04": "CoNLL04 dev",
    "conll04-train": "CoNLL04 train",
    "rams-contact": "RAMS dev contact",
    "conll03": "CoNLL-2003 dev",
}


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.2f}"


def run(ds: Dataset, shared: Path, *, quick: bool, model: str | None, with_kg: bool, with_baseline: bool):
    """Score kg and the baseline on one gold file; returns (kg report | error text, baseline report, seconds)."""
    path = shared / ds.file
    limit = ds.quick if quick else None
    kg_report: Report | str | None = None
    base_report: Report | None = None
    times = {}
    if with_kg:
        t = time.perf_counter()
        try:
            kg_report = evaluate(path, model=model, limit=limit)
        except ImportError as err:  # kg.build not available in this checkout
            kg_report = f"n/a ({err})"
        times["kg"] = time.perf_counter() - t
    if with_baseline:
        t = time.perf_counter()
        gold = load_gold(path)[:limit]
        base_report = score(gold, baseline.predict(gold, model=model), name=str(path))
        times["baseline"] = time.perf_counter() - t
    return kg_report, base_report, times


def main(argv: list[str] | None = None) -> int:
    """Print the markdown evaluation table."""
    ap = argparse.ArgumentParser(description="kg vs raw spaCy on the shared gold sets")
    ap.add_argument("--quick", action="store_true", help="score the first documents of each set only")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared eval directory")
    ap.add_argument("--model", help="spaCy model for both systems")
    ap.add_argument("--only", nargs="+", choices=[d.name for d in DATASETS], help="these data sets only")
    ap.add_argument("--no-kg", action="store_true", help="baseline only")
    ap.add_argument("--no-baseline", action="store_true", help="kg only")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"error: {args.shared} not found; pass --shared DIR (the shared eval data)", file=sys.stderr)
        return 2

    lines = ["| metric | target | kg | raw spaCy |", "|---|---|---|---|"]
    notes = []
    for ds in DATASETS:
        if args.only and ds.name not in args.only:
            continue
        if not (args.shared / ds.file).exists():
            notes.append(f"{ds.file}: missing, skipped")
            continue
        kg_report, base_report, times = run(
            ds, args.shared, quick=args.quick, model=args.model,
            with_kg=not args.no_kg, with_baseline=not args.no_baseline,
        )
        docs = (base_report.docs if base_report else kg_report.docs if isinstance(kg_report, Report) else 0)
        timing = ", ".join(f"{k} {v:.0f}s" for k, v in times.items())
        notes.append(f"{TITLES[ds.name]}: {docs} documents ({timing})")
        if isinstance(kg_report, str):
            notes.append(f"{TITLES[ds.name]}: kg {kg_report}")
        for metric, get, target in ds.metrics:
            kg_cell = _cell(get(kg_report)) if isinstance(kg_report, Report) else "n/a"
            base_cell = _cell(get(base_report)) if base_report else "n/a"
            lines.append(f"| {TITLES[ds.name]}: {metric} | {target} | {kg_cell} | {base_cell} |")
        print(f"done: {notes[-1]}", file=sys.stderr, flush=True)
    print("\n".join(lines))
    print()
    for note in notes:
        print(f"- {note}")
    if args.quick:
        print("- --quick: first documents of each set only")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
