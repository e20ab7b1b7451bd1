"""A watched Atom feed on a loopback server, run through the CLI on both backends."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.watch.conftest import COPY_RULE, write_rules
from tests.watch.servers import Page, Site, atom

OLD = ("urn:news:1", "Romanian rifles", "The PM md. 63 is made in Romania by State Arsenal.")
NEW = ("urn:news:2", "Zastava M99 rifles seized",
       "The Zastava M99 is an unlicensed copy of the AKM made in Romania by Arsenal PLC.")


def _documents(invoke) -> int:  # type: ignore[no-untyped-def]
    """How many documents came from the feed's links."""
    listed = invoke("documents", "--source", "news.example.org")
    assert listed.exit_code == 0, listed.output
    found = re.search(r"(\d+) documents", listed.output)
    assert found is not None, listed.output
    return int(found.group(1))


def _alerts(invoke) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    result = invoke("alerts", "--json")
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.output)
    return found


def _watch_feed(invoke, web: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert invoke("watch", "rules", write_rules(tmp_path, COPY_RULE)).exit_code == 0
    web.pages["/feed.xml"] = Page(atom(OLD))
    added = invoke("watch", "add", f"{web.url}/feed.xml", "--every", "1h", "--name", "news", "--allow-private")
    assert added.exit_code == 0, added.output
    assert "watching news: feed" in added.output


def test_a_new_item_raises_one_alert_with_its_quote_and_a_repeat_raises_none(loaded, web: Site,  # type: ignore[no-untyped-def]
                                                                             tmp_path: Path) -> None:
    _watch_feed(loaded, web, tmp_path)
    first = loaded("watch", "run", "--once")
    assert first.exit_code == 0, first.output
    assert _documents(loaded) == 1
    assert _alerts(loaded) == []

    web.pages["/feed.xml"] = Page(atom(NEW, OLD))
    second = loaded("watch", "run", "--once", "--all")
    assert second.exit_code == 0, second.output
    assert "news: new, 1 new documents, 1 seen before" in second.output
    assert _documents(loaded) == 2
    alerts = _alerts(loaded)
    assert [(a["rule"], a["kind"], a["subject_name"]) for a in alerts] == [("akm-copies", "new_copy", "M99")]
    assert alerts[0]["quote"] == "M99 is an unlicensed copy of the AKM"

    again = loaded("watch", "run", "--once", "--all")
    assert again.exit_code == 0, again.output
    assert "news: not modified" in again.output
    assert web.requests[-1]["headers"].get("If-None-Match") == Page(atom(NEW, OLD)).etag
    assert _documents(loaded) == 2 and len(_alerts(loaded)) == 1


def test_a_changed_feed_with_only_old_items_ingests_nothing(loaded, web: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _watch_feed(loaded, web, tmp_path)
    assert loaded("watch", "run", "--once").exit_code == 0
    # New feed bytes (another feed title), the same entry: no new document.
    web.pages["/feed.xml"] = Page(atom(OLD).replace(b"Test Arms News", b"Test Arms News (weekly)"))
    result = loaded("watch", "run", "--once", "--all")
    assert "news: nothing new, 1 seen before" in result.output
    assert _documents(loaded) == 1


def test_a_failing_feed_is_recorded_and_the_others_still_run(loaded, web: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _watch_feed(loaded, web, tmp_path)
    web.pages["/broken.xml"] = Page(b"oops", status=500)
    web.pages["/garbage.xml"] = Page(b"\x00\x01 this is not a feed {", content_type="text/plain")
    for name in ("broken", "garbage"):
        added = loaded("watch", "add", f"{web.url}/{name}.xml", "--kind", "feed", "--name", name, "--allow-private")
        assert added.exit_code == 0, added.output
    result = loaded("watch", "run", "--once")
    assert result.exit_code == 1
    assert "broken: failed: HTTP 500" in result.output
    assert "garbage: failed: not an RSS or Atom feed" in result.output
    assert _documents(loaded) == 1
    listed = json.loads(loaded("watch", "list", "--json").output)
    state = {s["name"]: (s["failures"], s["last_error"] is not None) for s in listed}
    assert state == {"broken": (1, True), "garbage": (1, True), "news": (0, False)}


def test_a_failing_source_backs_off(loaded, web: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    web.pages["/broken.xml"] = Page(b"oops", status=500)
    loaded("watch", "add", f"{web.url}/broken.xml", "--kind", "feed", "--name", "broken", "--every", "1h",
           "--allow-private")
    loaded("watch", "run", "--once")
    listed = json.loads(loaded("watch", "list", "--json").output)[0]
    # One failure: twice the interval before the next try, not one interval.
    gap = _seconds(listed["next_run_at"]) - _seconds(listed["last_run_at"])
    assert 7000 < gap < 7300
    requests = len(web.requests)
    assert "0 sources run" in loaded("watch", "run", "--once").output
    assert len(web.requests) == requests


def test_loopback_feeds_are_refused_without_allow_private(loaded, web: Site) -> None:  # type: ignore[no-untyped-def]
    web.pages["/feed.xml"] = Page(atom(OLD))
    loaded("watch", "add", f"{web.url}/feed.xml", "--kind", "feed", "--name", "news")
    result = loaded("watch", "run", "--once")
    assert result.exit_code == 1
    assert "news: failed: refused: 127.0.0.1 is a private, loopback or reserved address" in result.output
    assert web.requests == []


def test_changes_since_lists_the_new_copy(loaded, web: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    _watch_feed(loaded, web, tmp_path)
    before = datetime.now(UTC).isoformat()
    web.pages["/feed.xml"] = Page(atom(NEW))
    assert loaded("watch", "run", "--once").exit_code == 0
    result = loaded("changes", "--since", before, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert [e["name"] for e in found["entities"] if e["kind"] == "product"] == ["M99"]
    assert {"subject": "M99", "predicate": "derived_from", "object": "AKM"}.items() <= next(
        s for s in found["statements"] if s["predicate"] == "derived_from").items()
    assert not any(e["name"] == "AKM" for e in found["entities"])


def _seconds(stamp: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(stamp).timestamp()
