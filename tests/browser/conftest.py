"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the viewer tests.

Every test page records each request and routes everything: anything but the page file
itself is aborted and counted. Console messages, page errors and dialogs are recorded so
tests can assert that none happened.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def chromium_context(tmp_path_factory):
    """A persistent Chromium context on a fresh profile directory (skips without chromium)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 800},
        )
        try:
            yield ctx
        finally:
            ctx.close()


@dataclass
class Viewer:
    """An opened viewer page plus everything it did."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        """Evaluate a function expression in the page (the page CSP forbids string eval)."""
        return self.page.evaluate(expression, arg)

    def wait(self, expression: str, timeout_s: float = 15.0) -> None:
        """Poll a JS expression until truthy."""
        deadline = time.monotonic() + timeout_s
        while not self.page.evaluate(f"() => !!({expression})"):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for: {expression}")
            time.sleep(0.02)

    def node_point(self, name: str) -> tuple[float, float]:
        """Page coordinates of the named node's centre."""
        n = self.js("(name) => window.kgViewer.findNode(name)", name)
        assert n is not None, f"no node named {name!r}"
        p = self.js("(n) => window.kgViewer.nodeDOM(n)", n)
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + p["x"], box["y"] + p["y"]

    def edge_point(self, edge_id: int) -> tuple[float, float]:
        p = self.js("(i) => window.kgViewer.edgeDOM(i)", edge_id)
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + p["x"], box["y"] + p["y"]


@pytest.fixture
def open_viewer(chromium_context):
    """open_viewer(path) -> Viewer, with requests routed and recorded."""
    pages = []

    def _open(path: Path) -> Viewer:
        page = chromium_context.new_page()
        pages.append(page)
        url = path.resolve().as_uri()
        v = Viewer(page=page, url=url)

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                v.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda req: v.requests.append(req.url))
        page.on("console", lambda m: v.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: v.errors.append(str(e)))

        def on_dialog(d):
            v.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(url)
        v.wait("window.kgViewer && window.kgViewer.ready")
        return v

    yield _open
    for page in pages:
        page.close()
