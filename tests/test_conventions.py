"""House rules the code keeps, checked on its syntax trees: the library never prints or exits, tokens are
compared by value (spaCy makes a new Token object on every access, so `tok.head is tok` is never true), and a
module binds each of its names once (a second `WORDS = {...}` further down silently replaces the first for every
function, the ones above it too)."""

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


def _bound(target: ast.expr) -> list[ast.Name]:
    """The names an assignment target binds: `X` and `A, B`, not `X[k]` or `x.attr` (those change a value)."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for t in target.elts for n in _bound(t)]
    return [target] if isinstance(target, ast.Name) else []


def _rebound(tree: ast.Module) -> list[str]:
    """Module-level names bound by more than one top-level assignment or definition."""
    seen: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [n.id for t in targets for n in _bound(t)]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, n in seen.items() if n > 1)


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


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG)))
def test_a_module_binds_each_name_once(path):
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_binding_check_finds_what_it_is_for():
    code = "WORDS = {1}\ndef f(): return WORDS\nWORDS = {2}\nX: dict = {}\nX[1] = 2\nA, B = 1, 2"
    assert _rebound(ast.parse(code)) == ["WORDS"]
    assert _rebound(ast.parse("def f(): pass\nclass f: pass")) == ["f"]
