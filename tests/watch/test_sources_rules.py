"""Folder and page sources, and the alert rules as data, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from tests.watch.conftest import write_rules
from tests.watch.servers import Page, Site

RULES = """
rules:
  - id: licences
    kind: licence_change
    owner: bob
    severity: medium
  - id: makers
    kind: new_maker
    designs: [AK-47]
    owner: bob
    severity: low
  - id: arsenal-news
    kind: mention
    names: [State Arsenal]
    owner: carol
    severity: low
"""


def _alerts(invoke) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    found: list[dict[str, object]] = json.loads(invoke("alerts", "--json").output)
    return found


def test_a_folder_source_picks_up_new_and_changed_files(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("The Type 56 is made in China.\n", encoding="utf-8")
    assert loaded("watch", "add", str(folder), "--every", "1h").exit_code == 0
    first = loaded("watch", "run", "--once")
    assert "inbox: new, 1 new documents" in first.output, first.output
    (folder / "a.txt").write_text("The Type 56 is made in China by Norinco.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The PM md. 63 is made in Romania.\n", encoding="utf-8")
    second = loaded("watch", "run", "--once", "--all")
    assert "inbox: new, 2 new documents" in second.output, second.output
    third = loaded("watch", "run", "--once", "--all")
    assert "inbox: nothing new, 2 seen before" in third.output, third.output
    versions = loaded("documents", "--status", "superseded")
    assert "1 documents" in versions.output


def test_a_page_is_ingested_when_its_bytes_change(loaded, web: Site) -> None:  # type: ignore[no-untyped-def]
    web.pages["/report.html"] = Page(b"<html><head><title>Report</title></head><body><article><p>"
                                     b"The Type 56 is made in China.</p></article></body></html>",
                                     content_type="text/html")
    added = loaded("watch", "add", f"{web.url}/report.html", "--name", "report", "--allow-private")
    assert "watching report: page" in added.output, added.output
    assert "report: new, 1 new documents" in loaded("watch", "run", "--once").output
    assert "report: not modified" in loaded("watch", "run", "--once", "--all").output
    web.pages["/report.html"].body = web.pages["/report.html"].body.replace(b"China.", b"China by Norinco.")
    assert "report: new, 1 new documents" in loaded("watch", "run", "--once", "--all").output


def test_licence_change_maker_and_mention_rules(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert loaded("watch", "rules", write_rules(tmp_path, RULES)).exit_code == 0
    folder = tmp_path / "inbox"
    folder.mkdir()
    loaded("watch", "add", str(folder))
    # The pack says the Type 56 is unlicensed in China and made there; the PM md. 63 licensed in Romania.
    (folder / "news.txt").write_text(
        "The licence for the PM md. 63 expired in 1990, and production in Romania continued without a licence. "
        "The Type 56 is also made in Romania. State Arsenal declined to comment.\n", encoding="utf-8")
    result = loaded("watch", "run", "--once")
    assert result.exit_code == 0, result.output
    by_rule: dict[object, list[object]] = {}
    for alert in _alerts(loaded):
        by_rule.setdefault(alert["rule"], []).append(alert["title"])
    assert len(by_rule["arsenal-news"]) == 1 and str(by_rule["arsenal-news"][0]).startswith("State Arsenal named in")
    assert "New maker of Type 56: Romania (made in country)" in by_rule.get("makers", [])
    assert any(str(t).startswith("Licence status of PM md. 63 (Romania): licensed ->") for t in by_rule["licences"])


def test_a_bad_rule_is_named_and_nothing_is_stored(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write_rules(tmp_path, """
rules:
  - {id: fine, kind: new_copy, owner: alice}
  - {id: typo, kind: new_copy, owner: alice, designs: [AKX-99]}
""")
    result = loaded("watch", "rules", bad)
    assert result.exit_code == 2
    assert "rule 2 (typo): design 'AKX-99'" in result.output
    assert "0 rules" in loaded("watch", "rules").output
