"""kg/cli.py: every command and its --help, the exit codes (0 yes, 1 no, 2 error, 3 bug, 130
interrupted), one-line errors on stderr, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg.cli
from graph_samples import build as build_samples
from kg.cli import main, parser

COMMANDS = ["build", "query", "export", "viz", "validate", "eval", "serve", "push"]


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    """A small graph written by kg (no model needed)."""
    outdir = tmp_path_factory.mktemp("graph")
    return Path(build_samples(outdir)["ttl"])


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``kg ARGV`` in this process: (exit code, stdout, stderr); argparse exits become codes."""
    try:
        code = main(list(argv))
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def error_line(err: str) -> str:
    """The single line of an error report."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# --- help ---------------------------------------------------------------------------------


def test_every_command_is_known():
    sub = parser()._subparsers._group_actions[0]
    assert sorted(sub.choices) == sorted(COMMANDS)


def test_top_level_help_lists_commands_and_exit_codes(capsys):
    code, out, err = run(capsys, "--help")
    assert code == 0 and err == ""
    for name in COMMANDS:
        assert f"\n    {name} " in out or f"\n    {name}\n" in out
    assert "Exit codes: 0 success; 1" in out and "130 interrupted" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help_with_an_example(capsys, command):
    code, out, err = run(capsys, command, "--help")
    assert code == 0 and err == ""
    assert out.startswith(f"usage: kg {command} ")
    assert "example: kg " + command in out


def test_help_from_a_real_process():
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: kg build") and done.stderr == ""


# --- exit codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["query"], ["export", "g.ttl", "-o", "x.nt"],
                                  ["viz", "g.ttl", "-o", "x.html", "--hops", "7"], ["build", "x", "--workers", "many"]])  # fmt: skip
def test_bad_arguments_exit_2_with_usage(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].startswith("usage: kg") and lines[-1].startswith("kg") and ": error: " in lines[-1]


def test_query_ok_is_0(capsys, graph):
    code, out, err = run(capsys, "query", str(graph), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "n" and int(out.splitlines()[1]) > 10


def test_query_with_bindings_and_every_format(capsys, graph):
    q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { ?s rdfs:label ?name }"
    for fmt in ("table", "csv", "tsv", "json"):
        code, out, err = run(capsys, "query", str(graph), q, "--bind", "name=Nobody Here", "--format", fmt)
        assert code == 0 and err == "", err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["query", "{g}", "SELECT ?x WHERE {{ ?x"], "kg: error: SPARQL syntax error at line 1"),
        (["query", "{g}", "{d}/missing.rq"], "kg: error: {d}/missing.rq: query file not found"),
        (["query", "{d}/missing.ttl", "SELECT * WHERE {{ ?s ?p ?o }}"], "kg: error: {d}/missing.ttl: not found"),
        (["query", "{d}/missing-store", "SELECT * WHERE {{ ?s ?p ?o }}"], "kg: error: {d}/missing-store: not found"),
        (["query", "{g}", "SELECT * WHERE {{ ?s ?p ?o }}", "--bind", "novalue"], "kg: error: "),
        (["query", "{g}", "INSERT DATA {{ <a:b> <a:c> <a:d> }}"], "kg: error: SPARQL Update is not supported"),
        (["validate", "{d}/missing.ttl"], "kg: error: {d}/missing.ttl: not found"),
        (["export", "{d}/missing.ttl", "--format", "nt", "-o", "{d}/x.nt"], "kg: error: {d}/missing.ttl: not found"),
        (["viz", "{d}/missing.ttl", "-o", "{d}/x.html"], "kg: error: {d}/missing.ttl: not found"),
        (["eval", "{d}/missing.jsonl"], "kg: error: "),
        (["push", "{d}/missing.ttl", "--endpoint", "http://127.0.0.1:9/store"], "kg: error: "),
        (["serve", "{d}/missing.ttl", "--port", "0"], "kg: error: "),
        (["build", "{g}", "-o", "{g}"], "kg: error: {g}: a file is where kg needs a directory"),
    ],
)
def test_errors_exit_2_with_one_line(capsys, graph, tmp_path, argv, expected):
    fill = {"g": graph, "d": tmp_path}
    code, out, err = run(capsys, *[a.format(**fill) for a in argv])
    assert code == 2, err
    assert error_line(err).startswith(expected.format(**fill))
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_validate_exit_0_when_it_conforms_and_1_when_not(capsys, graph, tmp_path):
    code, out, err = run(capsys, "validate", str(graph))
    assert (code, out, err) == (0, "conforms\n", "")
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph.read_text(encoding="utf-8") + '\nperson:extra a kg:Person ; kg:confidence "high" .\n',
                      encoding="utf-8")  # a person without a label, with a bogus property value
    code, out, err = run(capsys, "validate", str(broken))
    assert code == 1 and err == ""
    assert "Constraint Violation" in out


def test_export_and_viz_exit_0(capsys, graph, tmp_path):
    code, out, err = run(capsys, "export", str(graph), "--format", "nt", "-o", str(tmp_path / "g.nt"))
    assert (code, err) == (0, "") and out == f"nt: {tmp_path / 'g.nt'}\n"
    assert (tmp_path / "g.nt").read_text().count(" .\n") > 10
    code, out, err = run(capsys, "viz", str(graph), "-o", str(tmp_path / "g.html"))
    assert (code, err) == (0, "") and (tmp_path / "g.html").stat().st_size > 1000


@pytest.mark.model
def test_build_exit_0_and_strict_exit_1(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("German Chancellor Olaf Scholz spoke with French President Emmanuel Macron "
                                    "by phone on Monday.\n", encoding="utf-8")  # fmt: skip
    code, out, err = run(capsys, "build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--no-html")
    assert (code, err) == (0, "")
    assert out.startswith("1 documents (0 skipped)") and "skipped:" not in out
    code, out, err = run(capsys, "build", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"),
                         "--no-html", "--strict")  # fmt: skip
    assert code == 1
    assert err == f"kg: skipped {tmp_path / 'nope.txt'}: no such file or directory; check the path\n"
    assert "skipped: 1 missing (reasons above on stderr)" in out


# --- faults -------------------------------------------------------------------------------


def test_a_bug_is_one_line_and_exit_3(capsys, graph, monkeypatch):
    def broken(args):
        """Fails."""
        raise ValueError("something\nunexpected")

    monkeypatch.setattr(kg.cli, "cmd_validate", broken)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    code, out, err = run(capsys, "validate", str(graph))
    assert code == 3
    line = error_line(err)
    assert line.startswith("kg: internal error (ValueError: something unexpected); this is a bug in kg")
    monkeypatch.setenv("KG_DEBUG", "1")
    with pytest.raises(ValueError):
        main(["validate", str(graph)])


@pytest.mark.parametrize(
    ("exc", "code", "message"),
    [
        (KeyboardInterrupt(), 130, "kg: interrupted; outputs written before this run are unchanged"),
        (PermissionError(13, "Permission denied", "/srv/out/graph.ttl"), 2,
         "kg: error: /srv/out/graph.ttl: Permission denied; check the path, its permissions and free disk space"),
        (OSError(28, "No space left on device"), 2,
         "kg: error: No space left on device; check the path, its permissions and free disk space"),
        (MemoryError(), 2, "kg: error: out of memory; give kg fewer or smaller inputs at a time"),
        (BrokenPipeError(32, "Broken pipe"), 0, ""),
    ],
)
def test_faults_are_one_line(capsys, graph, monkeypatch, exc, code, message):
    def fail(args):
        """Fails."""
        raise exc

    monkeypatch.setattr(kg.cli, "cmd_query", fail)
    got, out, err = run(capsys, "query", str(graph), "ASK {}")
    assert got == code
    assert err.strip() == message


def test_kg_errors_are_flattened_to_one_line(capsys, graph, monkeypatch):
    from kg.errors import GraphError

    def fail(args):
        """Fails."""
        raise GraphError("x.ttl: two\nlines;   fix it")

    monkeypatch.setattr(kg.cli, "cmd_export", fail)
    code, out, err = run(capsys, "export", str(graph), "--format", "nt", "-o", "x.nt")
    assert (code, err) == (2, "kg: error: x.ttl: two lines; fix it\n")


def test_sigterm_handler_is_restored(graph, capsys):
    import signal

    before = signal.getsignal(signal.SIGTERM)
    run(capsys, "validate", str(graph))
    assert signal.getsignal(signal.SIGTERM) is before


def test_closed_stdout_pipe_is_quiet(graph):
    """`kg query ... | head -1`: kg stops without a BrokenPipeError report."""
    cmd = f"{sys.executable} -m kg query {graph} 'SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }}' | head -1"
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() and done.stderr == ""
