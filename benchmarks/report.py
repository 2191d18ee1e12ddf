"""Printing benchmark results: one line per target with its measured value and verdict."""

from __future__ import annotations

import json
from pathlib import Path


def print_report(rows, json_path: str | None = None, results=None) -> None:
    """Print (name, value, goal, met) rows; with json_path, also write ``results`` there."""
    for name, value, goal, met in rows:
        mark = "" if met is None else ("  ok" if met else "  MISSED")
        print(f"{name:52} {value}{'  (target ' + goal + ')' if goal else ''}{mark}")
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=2))
