"""Pages in a real browser, looked at for layout, over the demo registry: the API docs under the CSP,
the lineage graph's labels, and screenshots at a desktop and a phone width with no sideways scrolling
and no overlapping controls.

Screenshots go to pytest's tmp dir (``screenshots*``, the path is printed) for a person to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from copytrace.demo import build_demo
from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from tests.loopback import serving_app
from tests.web.conftest import PASSWORD
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

WIDTHS = (1280, 390)
# The pages the issue asks to look at, and groups of elements on them that must not overlap each other.
SHOTS = {
    "dashboard": "/",
    "entity": "/product/aim",
    "lineage": "/lineage/ak-47",
    "review": "/review",
    "api-docs": "/api/docs",
}
NEIGHBOURS = ("header.top > *", "header.top nav a", ".cards .card", "svg.lineage a.node text", "form.decide > *",
              "#licence-status h3 > *")
# Pairs of elements matched by a selector whose boxes (as the browser laid them out) intersect.
OVERLAPS_JS = """(selector) => {
  // Each element's line boxes (an inline element wrapped over two lines has two), not its bounding box.
  const els = Array.from(document.querySelectorAll(selector));
  const rects = els.map(e => Array.from(e.getClientRects()).filter(r => r.width > 0 && r.height > 0));
  const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
    && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const hits = [];
  for (let i = 0; i < els.length; i++) for (let j = i + 1; j < els.length; j++) {
    if (els[i].contains(els[j]) || els[j].contains(els[i])) continue;
    if (rects[i].some(a => rects[j].some(b => meet(a, b))))
      hits.push([els[i].textContent.trim().slice(0, 40), els[j].textContent.trim().slice(0, 40)]);
  }
  return {count: rects.filter(r => r.length).length, hits: hits};
}"""


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory, password_hash: str) -> Iterator[str]:
    """A real server on loopback over a fresh demo registry, with a reviewer."""
    report = build_demo(tmp_path_factory.mktemp("demo") / "demo")
    registry = Registry.open(str(report.path))
    add_user(registry, "reviewer", password_hash, "reviewer", actor="setup")
    with serving_app(create_app(registry=registry)) as url:
        yield url
    registry.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests, but Debian's chromium is not installed")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        found = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield found
        found.close()


def _tab(browser: Browser, base_url: str, width: int) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto("/login")
    tab.fill("input[name=username]", "reviewer")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url("**/")
    yield tab
    context.close()
    assert not errors, f"script errors in the page: {errors}"


@pytest.fixture
def desktop(browser: Browser, demo_server: str) -> Iterator[Page]:
    yield from _tab(browser, demo_server, WIDTHS[0])


def test_api_docs_render_under_the_csp(desktop: Page) -> None:
    response = desktop.goto("/api/docs")
    assert response is not None
    assert "script-src 'self';" in response.headers["content-security-policy"]
    desktop.wait_for_selector("#swagger-ui[data-ready='1'] .opblock", timeout=15000)
    paths = desktop.locator("#swagger-ui .opblock-summary-path").all_inner_texts()
    operations = [o.replace("\u200b", "") for o in paths]
    assert "/product/{ident}.json" in operations


def test_lineage_labels_never_overlap(desktop: Page) -> None:
    desktop.goto("/lineage/ak-47")
    found = desktop.evaluate(OVERLAPS_JS, "svg.lineage a.node text")
    assert found["count"] >= 40 and found["hits"] == []
    # Parents above their derivatives: the AK-47 (the root design) above the AKM, above the PM md. 63.
    tops = desktop.evaluate("""() => Object.fromEntries(Array.from(document.querySelectorAll('svg.lineage a.node'))
        .map(a => [a.textContent, a.getBoundingClientRect().top]))""")
    assert tops["AK-47"] < tops["AKM"] < tops["PM md. 63"]


def _ready(tab: Page, name: str) -> None:
    if name == "api-docs":
        tab.wait_for_selector("#swagger-ui[data-ready='1'] .opblock", timeout=15000)
    elif name == "entity":
        tab.wait_for_selector("#graph[data-ready='1'] svg.lineage")


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_fit_the_width_without_overlap(width: int, browser: Browser, demo_server: str,
                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    shots = tmp_path_factory.mktemp(f"screenshots-{width}")
    print(f"screenshots at {width} px: {shots}")
    for tab in _tab(browser, demo_server, width):
        for name, path in SHOTS.items():
            tab.goto(path)
            _ready(tab, name)
            tab.screenshot(path=str(shots / f"{name}.png"), full_page=True)
            scroll = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll[0] <= scroll[1], f"{name} scrolls sideways at {width} px: {scroll}"
            for selector in NEIGHBOURS:
                found = tab.evaluate(OVERLAPS_JS, selector)
                assert found["hits"] == [], f"{name} at {width} px: {selector} overlap: {found['hits'][:3]}"
        assert sorted(p.name for p in shots.iterdir()) == sorted(f"{name}.png" for name in SHOTS)
