"""The listings' pieces built in Python (web.fragments): every value escaped, as the templates escaped it.

Names, quotes, titles and addresses are untrusted (an import, a document, a reviewer's typo):
a page must show their markup, never run it, and must link only to http(s) addresses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import Markup, escape

from copytrace import i18n
from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.registry.registry import Entity
from copytrace.web import fragments
from tests.web.conftest import CANDIDATE_QUOTE

EVIL = "<script>alert('x')</script>"
EVIL_SHOWN = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"


def _statement(**changes: Any) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "id": "s1", "subject": {"id": "e1", "name": EVIL, "url": '/design/e1" onmouseover="x'},
        "predicate": "derived_from", "predicate_label": "derived from", "qualifier": "licensed_copy",
        "object": {"id": "e2", "name": "AK-47 & co", "url": None}, "value": None, "scope": None,
        "valid_from": "1959", "valid_to": None, "evidence": None,
        "citation": {"title": EVIL, "publisher": "<b>Pub</b>", "url": "javascript:alert(1)", "date": None},
        "origin": "extracted", "confidence": 0.8, "status": "candidate",
    }
    shown.update(changes)
    return shown


def test_a_reference_escapes_the_name_and_the_address() -> None:
    shown = fragments.ref({"id": "e1", "name": EVIL, "url": '/x" onclick="y'})
    assert isinstance(shown, Markup)
    assert shown == f'<a href="/x&#34; onclick=&#34;y">{EVIL_SHOWN}</a>'
    assert fragments.ref({"id": "e1", "name": EVIL, "url": None}) == EVIL_SHOWN
    assert fragments.ref(None) == ""


def test_statement_rows_escape_names_citations_and_never_link_a_script_address() -> None:
    with i18n.use_language("en"):
        table = str(fragments.statement_rows([_statement()], subject=True))
    assert "<script>" not in table and "<b>" not in table
    assert table.count(EVIL_SHOWN) == 2  # the subject's name and the citation's title
    assert '<a href="/design/e1&#34; onmouseover=&#34;x">' in table
    assert 'href="javascript:' not in table
    assert '<span class="dim">javascript:alert(1)</span>' in table  # shown as text
    assert "AK-47 &amp; co" in table
    assert '<span class="pill warn">candidate</span><br><span class="dim">extracted 0.80</span>' in table


def test_a_quote_and_its_translation_are_escaped() -> None:
    evidence = {"document_id": "d" * 64, "url": "/document/dd#s-s1", "quote": CANDIDATE_QUOTE, "page": None,
                "translation": {"language": "en", "source_language": "ro", "engine": "<e>", "model": "m",
                                "translated_at": "2024-05-01T10:00:00", "text": EVIL}}
    with i18n.use_language("en"):
        shown = str(fragments.source(_statement(evidence=evidence, citation=None)))
    assert "<img" not in shown and "<script>" not in shown
    assert "The PM md. 63 &lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt; is made in Romania" in shown
    assert f": {EVIL_SHOWN}</p>" in shown and "&lt;e&gt; m, 2024-05-01" in shown


def test_evidence_entries_and_steps_escape_every_value() -> None:
    group = {"n": 1, "kind": "quote", "quote": EVIL, "translation": None,
             "documents": [{"url": "/document/d", "title": EVIL, "language": "<ro>"}], "places": [["d", 1]],
             "statements": [{"id": "<s1>" * 3, "url": "/statement/s1", "status": "candidate"}]}
    cited = {"n": 2, "kind": "citation", "title": EVIL, "publisher": None, "date": None,
             "location": "https://example.org/?a=1&b=<2>", "documents": [], "places": [],
             "statements": [{"id": "s2", "url": "/statement/s2", "status": "accepted"}]}
    source = {"statement_id": "s3", "kind": "citation", "title": EVIL, "location": "data:text/html,x",
              "url": "/statement/s3", "status": "accepted"}
    assessment = {"explanation": [{"text": EVIL, "side": "for", "sources": [source]}], "pending_evidence": [],
                  "strength": {"parts": {"sources": 20.0}, "independent_sources": 1, "languages": ["<x>"]},
                  "gaps": [EVIL]}
    with i18n.use_language("en"):
        listing = str(fragments.evidence_list([group, cited]))
        steps = str(fragments.assessment_body(assessment, refs=None))
        numbered = str(fragments.assessment_body(assessment, refs={"s3": 7}))
    for shown in (listing, steps, numbered):
        assert "<script>" not in shown and "<x>" not in shown
    assert listing.count(EVIL_SHOWN) == 3  # the quote, its document's title, the citation's title
    assert "[&lt;ro&gt;]" in listing and "&lt;s1&gt;&lt;s1" in listing
    assert '<a href="https://example.org/?a=1&amp;b=&lt;2&gt;" rel="noreferrer noopener">' in listing
    assert steps.count(EVIL_SHOWN) == 3  # the step, its source's title, the gap
    assert 'href="data:' not in steps and '<span class="dim">data:text/html,x</span>' in steps
    assert "in &lt;x&gt;" in steps
    assert '<span class="src-refs"><a class="src-ref" href="#src-7">[7]</a></span>' in numbered


@pytest.mark.parametrize("value", [EVIL, "AK-47 & co \"quoted\"", "", 7, 0.5, None, Markup("<b>safe</b>"),
                                   i18n.lazy_gettext("Stated %(status)s", status=EVIL)])
def test_the_fragments_escape_exactly_as_markupsafe(value: Any) -> None:
    assert fragments._esc(value) == str(escape(value))
    assert type(fragments._esc(value)) is str


def test_a_filled_message_escapes_its_words_and_formats_its_numbers() -> None:
    assert fragments._fill("%(num)d of %(name)s", num=3, name=EVIL) == str(Markup("%(num)d of %(name)s") % {
        "num": 3, "name": EVIL})
    assert fragments._fill("in %(x)s", x=Markup("<i>a</i>")) == "in <i>a</i>"


def test_fragments_speak_the_page_language() -> None:
    with i18n.use_language("ru"):
        table = str(fragments.statement_rows([_statement()]))
        candidate, predicate = i18n.translate("candidate"), i18n.gettext("predicate")
    assert candidate != "candidate" and predicate != "predicate"
    assert f'<span class="pill warn">{candidate}</span>' in table and f"<th>{predicate}</th>" in table


@pytest.fixture
def hostile_names(loaded: Registry) -> Registry:
    """A maker whose name is a script, making the PM md. 63, cited by a source with a script address."""
    loaded.write([Entity("evil-works", "organization", EVIL)], [
        Statement("pm-md-63", "manufactured_by", object_id="evil-works", status="accepted",
                  citation=Citation(EVIL, "<b>Evil Press</b>", "javascript:alert(1)")),
    ], actor="importer")
    return loaded


def test_an_entity_page_escapes_hostile_names_quotes_and_sources(
        hostile_names: Registry, hostile_document: str, client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")
    page = viewer.get("/product/pm-md-63")
    assert page.status_code == 200
    text = page.text
    assert EVIL not in text and "<b>Evil Press</b>" not in text and "<img src=x" not in text
    assert EVIL_SHOWN in text  # the maker in its row, its assessment and the evidence list
    assert 'href="javascript:' not in text
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in text
    data = viewer.get("/product/pm-md-63.json").json()
    assert EVIL in {s["object"]["name"] for s in data["statements"] if s["object"]}
    maker = viewer.get("/organization/evil-works")
    assert maker.status_code == 200 and EVIL not in maker.text and f"<h1>{EVIL_SHOWN}</h1>" in maker.text


def test_a_lineage_page_escapes_hostile_names_in_its_drawing_and_its_links(
        loaded: Registry, client_as: Callable[[str], TestClient]) -> None:
    loaded.write([Entity("evil-copy", "product", EVIL)], [
        Statement("evil-copy", "derived_from", object_id="akm", qualifier="licensed_copy", status="candidate",
                  citation=Citation("A forum post (test source)"))], actor="importer")
    viewer = client_as("viewer")
    text = viewer.get("/lineage/akm").text
    assert EVIL not in text
    assert f'">{EVIL_SHOWN}</text></a>' in text  # the drawing's box
    assert f'<li><a href="/product/evil-copy">{EVIL_SHOWN}</a> — licensed copy of → <a href="/design/akm">AKM</a> ' \
           f'<a href="/statement/' in text
    assert '<title>licensed copy (candidate)</title>' in text and 'class="pill warn">candidate</a></li>' in text
    russian = viewer.get("/lineage/akm", headers={"accept-language": "ru"}).text
    with i18n.use_language("ru"):
        kind, status = i18n.translate("licensed copy"), i18n.translate("candidate")
    assert kind != "licensed copy" and f"<title>{kind} ({status})</title>" in russian
