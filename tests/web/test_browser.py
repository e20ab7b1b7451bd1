"""The app in a real browser: Debian's Chromium, driven by Playwright, against a server on loopback.

Screenshots go to artifacts/screenshots/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from tests.loopback import serving_app
from tests.web.conftest import HOSTILE_TEXT, MINI_PACK, PASSWORD

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).parent.parent.parent / "artifacts" / "screenshots"



@pytest.fixture
def server(tmp_path: Path, password_hash: str) -> Iterator[tuple[str, Registry]]:
    """A real server on loopback over a SQLite registry with the test pack and one candidate."""
    from copytrace.model.statement import Evidence, Statement
    from copytrace.packs import load_pack
    from tests.web.conftest import CANDIDATE_QUOTE, _ingest_text

    registry = Registry.open(str(tmp_path / "browser.db"), store=str(tmp_path / "store"))
    load_pack(registry, str(MINI_PACK), actor="loader")
    for role in ("reviewer", "admin"):
        add_user(registry, role, password_hash, role, actor="setup")
    doc = _ingest_text(registry, tmp_path / "docs", "hostile.txt", HOSTILE_TEXT)
    record = registry.document(doc)
    assert record is not None
    start = record.text.index(CANDIDATE_QUOTE)
    registry.add_statements([Statement("pm-md-63", "made_in_country", object_id="romania", origin="extracted",
                                       confidence=0.8,
                                       evidence=Evidence(doc, start, start + len(CANDIDATE_QUOTE), CANDIDATE_QUOTE))],
                            actor="extractor")
    with serving_app(create_app(registry=registry)) as url:
        yield url, registry
    registry.close()


@pytest.fixture
def page(server: tuple[str, Registry]) -> Iterator[Page]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests, but Debian's chromium is not installed")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=server[0], viewport={"width": 1400, "height": 900})
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        yield tab
        browser.close()
        assert not errors, f"script errors in the page: {errors}"


def _log_in(tab: Page, username: str) -> None:
    tab.goto("/login")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url("**/")


def test_review_a_candidate_with_the_keyboard(page: Page, server: tuple[str, Registry]) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)
    tab.goto("/review")
    assert tab.locator("blockquote.context mark").inner_text().startswith("The PM md. 63 <img")
    tab.screenshot(path=str(SHOTS / "review.png"), full_page=True)
    tab.keyboard.press("a")
    tab.wait_for_selector("text=Marked accepted.")
    tab.screenshot(path=str(SHOTS / "review-done.png"), full_page=True)
    registry = server[1]
    [decided] = [s for s in registry.statements(subject="pm-md-63", predicate="made_in_country")
                 if s.origin == "extracted"]
    assert (decided.status, decided.reviewed_by) == ("accepted", "reviewer")


def test_hostile_document_runs_no_script(page: Page, server: tuple[str, Registry]) -> None:
    tab = page
    _log_in(tab, "reviewer")
    registry = server[1]
    [doc] = registry.documents()
    tab.goto(f"/document/{doc.id}")
    tab.wait_for_selector("mark.span")
    assert tab.evaluate("window.__pwned === undefined")
    assert tab.locator("article.doc-text img").count() == 0
    assert "<script>window.__pwned = 1" in tab.locator("article.doc-text").inner_text()
    tab.screenshot(path=str(SHOTS / "document.png"), full_page=True)


def test_lineage_graph_and_map_render(page: Page) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/lineage/akm")
    tab.wait_for_selector("#graph[data-ready='1'] svg.lineage a.node")
    tab.screenshot(path=str(SHOTS / "lineage.png"), full_page=True)
    tab.goto("/product/pm-md-63")
    tab.wait_for_selector("#graph[data-ready='1'] svg.lineage a.node")
    tab.screenshot(path=str(SHOTS / "entity.png"), full_page=True)
    tab.goto("/map")
    assert tab.locator("path.land.unlicensed").count() >= 1
    assert tab.locator("path.land.licensed").count() >= 1
    tab.screenshot(path=str(SHOTS / "map.png"), full_page=True)
    tab.goto("/timeline")
    tab.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)


def test_upload_a_document(page: Page, tmp_path: Path) -> None:
    tab = page
    _log_in(tab, "admin")
    source = tmp_path / "field-report.txt"
    source.write_text("Field report: the Type 56 is made in China.\n", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    tab.goto("/upload")
    tab.set_input_files("input[type=file]", [str(source), str(broken)])
    tab.click("text=Upload and ingest")
    # Each file's state shown as the page polls the upload's status, and a count at the end.
    tab.wait_for_selector("#upload-status:has-text('Done: 2 of 2 files (1 added, 1 rejected).')")
    rows = tab.locator("#upload-results li")
    assert rows.count() == 2
    assert rows.nth(0).inner_text().startswith("stored field-report.txt")
    assert rows.nth(1).inner_text().startswith("rejected broken.pdf")
    tab.screenshot(path=str(SHOTS / "upload.png"), full_page=True)


def test_upload_progress_shows_each_files_state_as_it_changes(page: Page, tmp_path: Path) -> None:
    tab = page
    _log_in(tab, "admin")
    # Markdown built to make parsers backtrack: seconds of reading in the worker, the other file waits behind it.
    slow = tmp_path / "notes.md"
    slow.write_bytes(b"# Notes\n\n" + b"![*_`[<" * 140_000)
    source = tmp_path / "field-report.txt"
    source.write_text("Field report: the Type 56 is made in China.\n", encoding="utf-8")
    tab.goto("/upload")
    tab.set_input_files("input[type=file]", [str(slow), str(source)])
    tab.click("text=Upload and ingest")
    rows = tab.locator("#upload-results li")
    tab.wait_for_selector("#upload-results li:nth-child(1) .pill:has-text('reading')")
    tab.wait_for_selector("#upload-status:has-text('Ingesting: 0 of 2 files done.')")
    assert rows.nth(1).inner_text().startswith("queued field-report.txt")
    tab.wait_for_selector("#upload-status:has-text('Done: 2 of 2 files')", timeout=120_000)
    assert rows.nth(1).inner_text().startswith("stored field-report.txt")


def test_a_stale_decision_shows_the_conflict(page: Page, server: tuple[str, Registry]) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/review")
    registry = server[1]
    [candidate] = registry.statements(status="candidate")
    registry.review(candidate.id, "rejected", reviewer="someone-else", reason="duplicate")
    tab.click("button.accept")
    tab.wait_for_selector("#errors .flash")
    assert "reviewed by someone else" in tab.locator("#errors").inner_text()
    tab.screenshot(path=str(SHOTS / "conflict.png"), full_page=True)



def test_download_a_dossier(page: Page) -> None:
    import pypdfium2

    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/country/romania")
    with tab.expect_download() as pdf_download:
        tab.click("a[href='/dossier/romania/pdf']")
    download = pdf_download.value
    assert download.suggested_filename == "dossier-romania.pdf"
    path = download.path()
    assert path.read_bytes().startswith(b"%PDF-")
    pdf = pypdfium2.PdfDocument(str(path))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "Romania" in text
    assert "PM md. 63" in text
    tab.click("a[href='/dossier/romania/html']")
    tab.wait_for_url("**/dossier/romania/html")
    assert "Romania" in tab.locator("h1").first.inner_text()
    tab.screenshot(path=str(SHOTS / "dossier.png"), full_page=True)


def test_edit_a_candidate_in_the_review_queue(page: Page, server: tuple[str, Registry]) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/review")
    tab.keyboard.press("e")
    tab.wait_for_selector("#edit[open]")
    tab.fill("#edit input[name=valid_from]", "1963")
    tab.select_option("#edit select[name=reason_code]", "wrong-date")
    tab.fill("#edit input[name=comment]", "the quote's document dates it from 1963")
    tab.screenshot(path=str(SHOTS / "review-edit.png"), full_page=True)
    tab.click("#edit button[type=submit]")
    tab.wait_for_selector("text=Marked accepted.")
    registry = server[1]
    found = {s.status: s for s in registry.statements(subject="pm-md-63", predicate="made_in_country")
             if s.origin == "extracted"}
    assert set(found) == {"superseded", "accepted"}
    assert (found["accepted"].valid_from, found["accepted"].supersedes) == ("1963", found["superseded"].id)
    assert found["superseded"].review_reason == "edited: wrong-date: the quote's document dates it from 1963"


def test_product_page_explains_its_licence_status(page: Page) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/product/type-56")
    section = tab.locator("#licence-status")
    assert "unlicensed" in section.locator(".pill").first.inner_text()
    # Each step points at its sources, listed once below the statements.
    first_source = section.locator("a.src-ref").first.get_attribute("href")
    assert first_source is not None
    assert "Copies around the world" in tab.locator(first_source).inner_text()
    section.locator("details.gaps summary").click()
    tab.screenshot(path=str(SHOTS / "entity-licence.png"), full_page=True)


def test_organization_page_opens_an_explanation(page: Page) -> None:
    tab = page
    _log_in(tab, "reviewer")
    tab.goto("/organization/arsenal-plc")
    first = tab.locator("details.assessment").first
    assert not first.locator("ol.steps").is_visible()
    first.locator("> summary").click()
    assert first.locator("ol.steps li").first.is_visible()
    assert "PM md. 63" in first.locator("> summary").inner_text()
    tab.screenshot(path=str(SHOTS / "organization.png"), full_page=True)
