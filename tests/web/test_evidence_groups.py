"""Entity pages list each source once: steps and statement rows point at it by number.

On the demo registry, the PM md. 63 ("AIM") page repeated the same quotes in every assessment,
step and row (6,481 px of them); now each quote appears once, with its documents and statements.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from copytrace.demo import build_demo
from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from tests.web.conftest import log_in

QUOTE = re.compile(r'<blockquote class="quote">(.*?)</blockquote>', re.S)


@pytest.fixture(scope="module")
def demo_viewer(tmp_path_factory: pytest.TempPathFactory, password_hash: str) -> Iterator[TestClient]:
    report = build_demo(tmp_path_factory.mktemp("demo") / "demo")
    with Registry.open(str(report.path)) as registry:
        add_user(registry, "viewer", password_hash, "viewer", actor="setup")
        with TestClient(create_app(registry=registry)) as client:
            yield log_in(client, "viewer")


def test_the_aim_page_shows_each_quote_once(demo_viewer: TestClient) -> None:
    page = demo_viewer.get("/product/aim", follow_redirects=True)
    assert page.status_code == 200
    quotes = Counter(QUOTE.findall(page.text))
    assert "Romanian AIM" in quotes
    assert [q for q, n in quotes.items() if n > 1] == []


def test_every_source_number_points_at_an_entry(demo_viewer: TestClient) -> None:
    page = demo_viewer.get("/product/pm-md-63").text
    numbers = set(re.findall(r'href="#src-(\d+)"', page))
    entries = set(re.findall(r'<li id="src-(\d+)"', page))
    assert numbers and numbers <= entries


def test_one_quote_backing_several_statements_is_one_group(demo_viewer: TestClient) -> None:
    groups = demo_viewer.get("/product/pm-md-63.json").json()["evidence"]["groups"]
    # (which quotes back several statements follows extraction: the research note's licence sentence, "Sources
    # differ on whether Romania held a formal licence", now leaves the licence in doubt and backs none; a group
    # still lists each statement it backs once)
    assert all(len({s["id"] for s in g["statements"]}) == len(g["statements"]) for g in groups if g["kind"] == "quote")
    [romanian] = [g for g in groups if g.get("quote") == "Romanian AIM"]
    assert romanian["statements"]
    assert [d["title"] for d in romanian["documents"]] == ["Research note: the Romanian AIM"]
    quotes = [" ".join(g["quote"].casefold().split()) for g in groups if g["kind"] == "quote"]
    assert len(quotes) == len(set(quotes))
