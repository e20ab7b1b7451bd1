"""Fixtures for the FollowTheMoney and translation tests: fictional makers, quotes in Bulgarian and Chinese,
the sample FtM file imported through the CLI, and the web app over the same registry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copytrace.model.statement import Statement
from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.security import hash_password
from tests.reason.conftest import add_document, extracted

DATA = Path(__file__).parents[1] / "data" / "ftm"
PACK = DATA / "ftm-world.yaml"
SAMPLE = DATA / "sample.ftm.jsonl"

BG_TEXT = "Бележка. Автоматът TM-74 се произвежда от Tundzha Mashinostroene без лиценз от 1996 година."
ZH_TEXT = "报道：Tundzha Mashinostroene 公司生产的 TM-74 步枪是 AK-74 的仿制品。"
BG_QUOTE = "TM-74 се произвежда от Tundzha Mashinostroene без лиценз"
ZH_QUOTE = "Tundzha Mashinostroene 公司生产的 TM-74 步枪"
# What the fake translation server answers for each quote.
ENGLISH = {BG_QUOTE: "TM-74 is produced by Tundzha Mashinostroene without a licence",
           ZH_QUOTE: "the TM-74 rifle produced by the Tundzha Mashinostroene company"}
PASSWORD = "a-long-test-password"


@pytest.fixture
def world(registry: Registry) -> Registry:
    """The fictional makers, with a Bulgarian and a Chinese document quoted for the TM-74."""
    load_pack(registry, str(PACK), actor="loader")
    bg = add_document(registry, BG_TEXT, title="Бележка за TM-74", publisher="Примерен вестник", language="bg",
                      published="2023-04")
    zh = add_document(registry, ZH_TEXT, title="军工报道", publisher="示例周刊", language="zh", published="2023")
    registry.add_statements([
        extracted("tm-74", "licence_status", bg.evidence(BG_QUOTE), value="unlicensed", scope="tundzha"),
        extracted("tm-74", "manufactured_by", zh.evidence(ZH_QUOTE), object_id="tundzha"),
    ], actor="loader")
    return registry


@pytest.fixture
def imported(world: Registry, invoke: Any) -> Registry:
    """The sample file imported through the command line (matches proposed, none accepted)."""
    result = invoke("import-ftm", str(SAMPLE), "--dataset", "ct_sample")
    assert result.exit_code == 0, result.output
    return world


def proposals(registry: Registry) -> dict[str, Statement]:
    """The match proposals by the FtM record they name."""
    return {str(s.value): s for s in registry.statements(predicate="same_as_imported")}


@pytest.fixture
def linked(imported: Registry, invoke: Any) -> Registry:
    """The Bulgarian maker's match accepted by a reviewer through the command line."""
    proposal = proposals(imported)["ct_sample:cts-tundzha"]
    result = invoke("review", proposal.id, "accepted", "--reason", "supported: same name, country and plant")
    assert result.exit_code == 0, result.output
    return imported


@pytest.fixture
def viewer(linked: Registry, viewer_of: Callable[[Registry], TestClient]) -> TestClient:
    """A logged-in viewer of the web app over the linked registry."""
    return viewer_of(linked)


def pdf_text(data: bytes) -> str:
    """The text of a PDF, as a reader would copy it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        # Words joined by single spaces: a phrase may be broken across lines on the page.
        return " ".join(" ".join(pages).split())
    finally:
        pdf.close()



@pytest.fixture
def viewer_of() -> Iterator[Callable[[Registry], TestClient]]:
    """A factory: a logged-in viewer of the web app over a given registry."""
    clients: list[TestClient] = []

    def make(registry: Registry) -> TestClient:
        add_user(registry, "viewer", hash_password(PASSWORD), "viewer", actor="setup")
        client = TestClient(create_app(registry=registry, config=WebConfig(login_attempts=3, login_window_s=60)),
                            raise_server_exceptions=False)
        clients.append(client)
        token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        answer = client.post("/login", data={"username": "viewer", "password": PASSWORD,
                                             "login_token": token.group(1), "next": "/"}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        return client

    yield make
    for client in clients:
        client.close()
