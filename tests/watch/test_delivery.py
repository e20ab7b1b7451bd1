"""Alert delivery: e-mail to a real SMTP server (aiosmtpd) and signed webhooks to a loopback server."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry import alerts as alert_store
from copytrace.registry import watch as watch_store
from copytrace.watch import WatchConfig, run_once, serve
from copytrace.watch.deliver import deliver_due, digest, owe_digest
from copytrace.watch.rules import Rule, load_rules_file
from tests.watch.conftest import COPY_TEXT, MINI, write_rules
from tests.watch.servers import Mailbox, Site

SECRET = "a-test-signing-key"


@pytest.fixture
def watched(registry: Registry, tmp_path: Path, web: Site) -> Path:
    """The test pack, a rule sending to an address and to the webhook server, and a watched folder."""
    load_pack(registry, MINI, actor="loader")
    rules = write_rules(tmp_path, f"""
rules:
  - id: akm-copies
    kind: new_copy
    designs: [AKM]
    owner: alice
    severity: high
    email: [legal@example.org]
    webhook: ["{web.url}/hook"]
    allow_private: true
""")
    alert_store.save_rules(registry, [r.row() for r in load_rules_file(Path(rules), registry)], actor="alice")
    folder = tmp_path / "inbox"
    folder.mkdir()
    watch_store.add_source(registry, "inbox", "folder", str(folder), 3600, allow_private=False, actor="alice")
    return folder


def _config(mailbox: Mailbox | None = None, tries: int = 3) -> WatchConfig:
    return WatchConfig(smtp_host="127.0.0.1" if mailbox else "", smtp_port=mailbox.port if mailbox else 25,
                       smtp_from="copytrace@test.example", webhook_secret=SECRET, tries_per_pass=tries,
                       retry_delay_s=0.0)


def test_webhook_is_signed_and_retried_after_a_failure(registry: Registry, watched: Path, web: Site,
                                                       mailbox: Mailbox) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    web.statuses.append(500)
    report = run_once(registry, config=_config(mailbox))
    assert [a.rule_id for a in report.alerts] == ["akm-copies"]
    hooks = [d for d in alert_store.deliveries(registry) if d.channel == "webhook"]
    assert [(d.status, d.attempts, d.last_error) for d in hooks] == [("sent", 2, None)]
    assert len(web.posts) == 2
    post = web.posts[-1]
    expected = "sha256=" + hmac.new(SECRET.encode(), post["body"], hashlib.sha256).hexdigest()
    assert post["headers"]["X-Copytrace-Signature"] == expected
    body = json.loads(post["body"])
    assert body["alert"]["quote"] == "M99 is an unlicensed copy of the AKM"


def test_email_goes_to_the_rules_address_with_the_quote(registry: Registry, watched: Path, mailbox: Mailbox) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    run_once(registry, config=_config(mailbox))
    assert len(mailbox.messages) == 1
    recipients, message = mailbox.messages[0]
    assert recipients == ["legal@example.org"]
    assert message["Subject"] == "[copytrace high] New variant of AKM: M99"
    assert '"M99 is an unlicensed copy of the AKM"' in message.get_payload()


def test_nothing_is_sent_twice(registry: Registry, watched: Path, web: Site, mailbox: Mailbox) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    run_once(registry, config=_config(mailbox))
    # The same fact again, from another file: same cause, no new alert, nothing sent.
    (watched / "again.txt").write_text("Seized again. " + COPY_TEXT, encoding="utf-8")
    second = run_once(registry, config=_config(mailbox))
    assert second.alerts == []
    assert (len(web.posts), len(mailbox.messages)) == (1, 1)


def test_a_failed_delivery_is_recorded_with_its_error_and_waits(registry: Registry, watched: Path,
                                                                web: Site) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    web.statuses.extend([503, 503])
    report = run_once(registry, config=_config(tries=2))
    assert not report.ok
    found = {d.channel: d for d in alert_store.deliveries(registry)}
    assert (found["webhook"].status, found["webhook"].attempts) == ("failed", 2)
    assert found["webhook"].last_error and "HTTP 503" in found["webhook"].last_error
    assert found["email"].last_error == "no SMTP server set (COPYTRACE_SMTP_HOST)"
    # Not due again at once: the next pass sends nothing until the pause is over.
    run_once(registry, config=_config(tries=2))
    assert len(web.posts) == 2


def test_the_daily_digest_lists_the_days_alerts_and_is_mailed_once(registry: Registry, watched: Path,
                                                                    mailbox: Mailbox) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    run_once(registry, config=_config(mailbox))
    today = datetime.now(UTC).date()
    text = digest(registry, today)
    assert f"copytrace digest for {today}: 1 alerts" in text
    assert "[high] New variant of AKM: M99" in text
    rules = [Rule.from_row(r) for r in alert_store.rules(registry)]
    for _ in range(2):
        owe_digest(registry, today, rules)
        deliver_due(registry, rules, _config(mailbox))
    digests = [m for _, m in mailbox.messages if m["Subject"].startswith("[copytrace] ")]
    assert [m["Subject"] for m in digests] == [f"[copytrace] 1 alerts on {today}"]


def test_the_scheduler_runs_passes_until_stopped(registry: Registry, watched: Path) -> None:
    (watched / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    stop = threading.Event()
    thread = threading.Thread(target=serve, args=(registry,), kwargs={"config": _config(), "stop": stop,
                                                                       "tick_s": 0.2})
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not alert_store.alert_list(registry) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    assert [a.rule_id for a in alert_store.alert_list(registry)] == ["akm-copies"]
    assert watch_store.sources(registry)[0].last_ok_at is not None
