"""Every scale benchmark in one run (``make bench``): extraction speed and the store.

Prints each target of issue 5 with its measured value (ok / MISSED), and writes all numbers
to benchmarks/results/scale.json (--json to change). Options are passed on:

    .venv/bin/python benchmarks/run.py [--quick]

--quick uses a 100,000-triple graph and one dev file (a smoke run, not the targets' sizes).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import speed  # noqa: E402
from report import print_report  # noqa: E402
import store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--json", default=str(HERE / "results" / "scale.json"))
    args = ap.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    files = ("wikievents_dev.jsonl",) if args.quick else speed.DEFAULT_FILES
    speed_res = speed.run(files)
    store_res = store.run(100_000 if args.quick else 1_000_000)
    rows = speed.report(speed_res) + store.report(store_res)
    print(f"kg scale benchmark, {started}, Python {platform.python_version()}, {platform.machine()}")
    print_report(rows)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"started": started, "speed": speed_res, "store": store_res}, indent=2, default=str))
    print(f"numbers: {out}")


if __name__ == "__main__":
    main()
