"""Web fixtures: the app over a real registry (SQLite and PostgreSQL), one logged-in client per role."""

from __future__ import annotations

import multiprocessing.util
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from copytrace.model.statement import Citation, Evidence, Statement
from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.security import hash_password

MINI_PACK = Path(__file__).parent.parent / "data" / "mini.yaml"
PASSWORD = "a-long-test-password"
ROLE_NAMES = ("viewer", "analyst", "reviewer", "admin")
HOSTILE_TEXT = (
    "Field notes on the PM md. 63.\n"
    "<script>window.__pwned = 1; alert('xss')</script>\n"
    "The PM md. 63 <img src=x onerror=\"window.__pwned=2\"> is made in Romania under licence.\n"
    "<a href=\"javascript:window.__pwned=3\" onclick=\"window.__pwned=4\">click</a>\n"
)
CANDIDATE_QUOTE = "The PM md. 63 <img src=x onerror=\"window.__pwned=2\"> is made in Romania"


@pytest.fixture
def loaded(registry: Registry) -> Registry:
    """The registry with the small test pack (lineage, licences, countries)."""
    load_pack(registry, str(MINI_PACK), actor="loader")
    return registry


def _ingest_text(registry: Registry, folder: Path, name: str, text: str) -> str:
    from copytrace.ingest.batch import ingest
    from copytrace.ingest.config import IngestConfig

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    found: list[str] = []
    ingest(registry, [path], config=IngestConfig(workers=1, extract=False), actor="loader",
           listener=lambda outcome: found.append(outcome.document_id or ""))
    assert found and found[0], f"{name} was not ingested"
    return found[0]


@pytest.fixture
def hostile_document(loaded: Registry, tmp_path: Path) -> str:
    """A stored text document full of markup and script, with one candidate statement quoting it."""
    doc_id = _ingest_text(loaded, tmp_path / "docs", "hostile.txt", HOSTILE_TEXT)
    record = loaded.document(doc_id)
    assert record is not None
    start = record.text.index(CANDIDATE_QUOTE)
    loaded.add_statements([Statement(
        "pm-md-63", "made_in_country", object_id="romania", origin="extracted", confidence=0.8,
        evidence=Evidence(doc_id, start, start + len(CANDIDATE_QUOTE), CANDIDATE_QUOTE),
    )], actor="extractor")
    return doc_id


@pytest.fixture
def candidate(loaded: Registry) -> Statement:
    """A candidate statement with a citation, waiting for review."""
    statement = Statement("type-56", "introduced_year", value="1957", origin="imported", confidence=0.6,
                          citation=Citation("A contradicting list (test source)", "Test Almanac"))
    loaded.add_statements([statement], actor="importer")
    return loaded.statement(statement.id)


@pytest.fixture(scope="session")
def password_hash() -> str:
    # argon2 is slow on purpose; hash the shared test password once for every test user.
    return hash_password(PASSWORD)


@pytest.fixture
def app(loaded: Registry, password_hash: str) -> FastAPI:
    for role in ROLE_NAMES:
        add_user(loaded, role, password_hash, role, actor="setup")
    config = WebConfig(login_attempts=3, login_window_s=60, max_upload_bytes=1_000_000)
    return create_app(registry=loaded, config=config)


def login_token(client: TestClient) -> str:
    """The pre-login CSRF token the login form carries (its cookie is now set on the client)."""
    token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    return token.group(1)


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    response = client.post("/login", data={"username": username, "password": password,
                                           "login_token": login_token(client), "next": "/"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return client


@pytest.fixture
def anonymous(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def client_as(app: FastAPI) -> Iterator[Callable[[str], TestClient]]:
    """A factory: a client logged in with the given role (one user per role, named after it)."""
    clients: list[TestClient] = []

    def make(role: str) -> TestClient:
        client = TestClient(app, raise_server_exceptions=False)
        clients.append(client)
        return log_in(client, role)

    yield make
    for client in clients:
        client.close()


def csrf_of(client: TestClient, page: str = "/account") -> str:
    """The CSRF token of the client's session, as a page's forms carry it."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(page).text)
    assert found is not None
    return found.group(1)


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the upload's temporary folders and progress files go in this test."""
    root = tmp_path / "tmp"
    root.mkdir()
    # (multiprocessing keeps the folder for its sockets once it has chosen one: chosen here, before the patch, it
    # stays short; under a test's deep temporary folder a socket's path outgrows the 107 bytes Unix allows)
    multiprocessing.util.get_temp_dir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root
