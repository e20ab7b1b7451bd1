"""Each role sees only the controls it may use: no button, form or link that would only be refused."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from copytrace.model.statement import Statement
from copytrace.registry.users import ROLES
from tests.web.conftest import TestClient
from tests.web.test_roles import PAGES, _writes


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite only: what a page shows to a role does not depend on the backend (test_roles covers both)."""
    return str(tmp_path / "registry.db")

# Pages that carry controls, each opened by every role that may read it.
CONTROL_PAGES = ("/", "/review", "/product/pm-md-63", "/product/type-56", "/organization/state-arsenal",
                 "/lineage/akm", "/documents", "/account", "/alerts", "/search?q=AKM", "/contradictions",
                 "/upload", "/propose", "/users")
POST_TARGET = re.compile(r'<form[^>]*method="post"[^>]*action="([^"]+)"|hx-post="([^"]+)"')
LINK = re.compile(r'href="(/[^"#?]*)')


def _least_role_to_post(path: str, candidate_id: str) -> str:
    writes = _writes(candidate_id)
    if path in writes:
        return writes[path][0]
    # Paths with a name in them (/users/{username}/disable, /account/tokens/{id}/revoke).
    for pattern, (least, _form) in writes.items():
        shape = re.sub(r"/(viewer|abcdef123456)/", "/[^/]+/", pattern)
        if re.fullmatch(shape, path):
            return least
    raise AssertionError(f"a page posts to {path}, which the role table does not know")


def _controls(html: str) -> tuple[set[str], set[str]]:
    posts = {a or b for a, b in POST_TARGET.findall(html)}
    return posts, set(LINK.findall(html))


@pytest.mark.parametrize("role", ROLES)
def test_every_control_shown_is_one_the_role_may_use(role: str, client_as: Callable[[str], TestClient],
                                                     candidate: Statement, hostile_document: str) -> None:
    client = client_as(role)
    rank = ROLES.index(role)
    pages = [p for p in CONTROL_PAGES if rank >= ROLES.index(PAGES.get(p, "viewer"))]
    pages.append(f"/document/{hostile_document}")
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, (role, page)
        posts, links = _controls(response.text)
        for target in posts:
            least = _least_role_to_post(target, candidate.id)
            assert rank >= ROLES.index(least), f"{role} sees a form posting to {target} on {page}"
        for link in links:
            least = PAGES.get(link, "viewer")
            assert rank >= ROLES.index(least), f"{role} sees a link to {link} on {page}"


@pytest.mark.parametrize("role", ROLES)
def test_decide_propose_and_admin_controls_follow_the_role(role: str, client_as: Callable[[str], TestClient],
                                                          candidate: Statement) -> None:
    client = client_as(role)
    rank = ROLES.index(role)
    review = client.get("/review").text
    may_decide = rank >= ROLES.index("reviewer")
    assert ('value="accept"' in review, 'value="reject"' in review, "Save correction" in review) == (may_decide,) * 3
    assert ("Only reviewers accept" in review) != may_decide
    assert "Type 56" in review  # every role still sees what waits
    product = client.get("/product/pm-md-63").text
    may_propose = rank >= ROLES.index("analyst")
    assert ('href="/propose?subject=pm-md-63"' in product, 'href="/upload"' in product) == (may_propose,) * 2
    assert ('href="/users"' in product) == (role == "admin")
