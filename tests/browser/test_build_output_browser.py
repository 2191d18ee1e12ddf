"""The graph.html that `kg build` writes for the bundled examples, opened in headless Chromium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def built_html(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(ROOT / "examples" / "articles"), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    return out / "graph.html"


def test_build_output_draws_offline_without_errors(open_viewer, built_html):
    v = open_viewer(built_html)
    assert v.js("() => window.kgViewer.nodes.length") > 20
    assert v.js("() => window.kgViewer.findNode('Wang Yi')") is not None
    assert v.requests == [v.url]
    assert v.blocked == []
    assert [m for m in v.console if m[0] in ("error", "warning")] == []
    assert v.errors == []
    assert v.dialogs == []
