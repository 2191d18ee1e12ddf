"""House rules the code keeps, checked on its syntax trees: the library never prints or exits, and tokens are
compared by value (spaCy makes a new Token object on every access, so `tok.head is tok` is never true)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
ENTRY_POINTS = {"cli.py", "__main__.py"}  # only the command line prints and exits
MODULES = sorted(p for p in KG.rglob("*.py"))


def _calls(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            names.append(f.id if isinstance(f, ast.Name) else f"{getattr(f.value, 'id', '?')}.{f.attr}"
                         if isinstance(f, ast.Attribute) else "?")
    return names


def _head_identities(tree: ast.AST) -> list[int]:
    """Lines comparing something with a token's head by identity (`is` / `is not`)."""
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Compare)
            and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
            and any(isinstance(side, ast.Attribute) and side.attr == "head" for side in [node.left, *node.comparators])]


@pytest.mark.parametrize("path", [p for p in MODULES if p.name not in ENTRY_POINTS],
                         ids=lambda p: str(p.relative_to(KG)))
def test_the_library_never_prints_or_exits(path):
    calls = _calls(ast.parse(path.read_text(encoding="utf-8")))
    assert not {"print", "exit", "quit", "sys.exit", "os._exit"} & set(calls)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG)))
def test_tokens_are_compared_by_value(path):
    assert _head_identities(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_identity_check_finds_what_it_is_for():
    assert _head_identities(ast.parse("while t.head is not t:\n    t = t.head\nok = t.head == t")) == [1]
    assert "sys.exit" in _calls(ast.parse("import sys\nsys.exit(2)"))
