"""Delivering alerts: e-mail through an SMTP server, webhooks as signed JSON POSTs, and a daily digest.

Every delivery owed is a row (alert, channel, target) recorded before anything is sent, once:
so no alert goes twice to the same place, and one that failed is tried again on later passes,
after a growing pause, until it has had ``max_attempts``. Each try's error is kept on the row.

A webhook body is signed with HMAC-SHA256 over the exact bytes sent, keyed by
COPYTRACE_WEBHOOK_SECRET, in the header ``X-Copytrace-Signature: sha256=<hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage

import httpx

from copytrace.ingest.errors import FetchFailed
from copytrace.ingest.fetch import check_url
from copytrace.registry import Registry
from copytrace.registry import alerts as alert_store
from copytrace.registry.alerts import Alert, Delivery
from copytrace.watch.config import WatchConfig
from copytrace.watch.rules import Rule

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Copytrace-Signature"
DIGEST_PREFIX = "digest:"


class DeliveryFailed(Exception):
    """One try at sending failed; the message is recorded on the delivery."""


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def owe(registry: Registry, new: Sequence[Alert], rules: Sequence[Rule]) -> int:
    """Record the deliveries the new alerts' rules ask for."""
    by_id = {r.id: r for r in rules}
    owed = []
    for alert in new:
        rule = by_id.get(alert.rule_id)
        if rule is None:
            continue
        owed += [(alert.id, "email", address) for address in rule.email]
        owed += [(alert.id, "webhook", url) for url in rule.webhook]
    return alert_store.owe_deliveries(registry, owed)


def owe_digest(registry: Registry, day: date, rules: Sequence[Rule]) -> int:
    """Owe one digest e-mail for ``day`` to every address a rule with alerts that day sends to."""
    raised = {a.rule_id for a in _alerts_of_day(registry, day)}
    addresses = sorted({address for r in rules if r.id in raised for address in r.email})
    return alert_store.owe_deliveries(registry, [(f"{DIGEST_PREFIX}{day.isoformat()}", "email", a)
                                                 for a in addresses])


def deliver_due(registry: Registry, rules: Sequence[Rule], config: WatchConfig) -> list[Delivery]:
    """Try every delivery whose time has come; return them as recorded afterwards."""
    by_id = {r.id: r for r in rules}
    done = []
    for delivery in alert_store.due_deliveries(registry, _now(), config.max_attempts):
        attempts, error = delivery.attempts, None
        for try_number in range(config.tries_per_pass):
            if try_number:
                time.sleep(config.retry_delay_s)
            attempts += 1
            try:
                _send(registry, delivery, by_id, config)
                error = None
                break
            except DeliveryFailed as exc:
                error = str(exc)[:500]
                log.warning("delivery %s to %s failed (try %d): %s", delivery.channel, delivery.target, attempts,
                            error)
            if attempts >= config.max_attempts:
                break
        retry_at = None if error is None else _later(attempts)
        alert_store.record_delivery(registry, delivery.id, sent=error is None, attempts=attempts, error=error,
                                    next_attempt_at=retry_at)
        done.append(delivery)
    return [d for d in alert_store.deliveries(registry) if d.id in {x.id for x in done}]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _later(attempts: int) -> str:
    # 1, 2, 4 ... minutes, at most six hours.
    pause = min(60 * 2 ** max(attempts - 1, 0), 6 * 3600)
    return (datetime.now(UTC) + timedelta(seconds=pause)).isoformat(timespec="microseconds")


def _send(registry: Registry, delivery: Delivery, rules: dict[str, Rule], config: WatchConfig) -> None:
    if delivery.alert_id.startswith(DIGEST_PREFIX):
        day = date.fromisoformat(delivery.alert_id.removeprefix(DIGEST_PREFIX))
        mine = {r.id for r in rules.values() if delivery.target in r.email}
        found = [a for a in _alerts_of_day(registry, day) if a.rule_id in mine]
        send_email(config, delivery.target, f"[copytrace] {len(found)} alerts on {day.isoformat()}",
                   digest_text(found, day))
        return
    alert = alert_store.get_alert(registry, delivery.alert_id)
    if alert is None:
        raise DeliveryFailed(f"no alert {delivery.alert_id}")
    if delivery.channel == "email":
        send_email(config, delivery.target, f"[copytrace {alert.severity}] {alert.title}", alert_text(alert))
    else:
        rule = rules.get(alert.rule_id)
        post_webhook(config, delivery.target, alert, allow_private=rule.allow_private if rule else False)


def send_email(config: WatchConfig, to: str, subject: str, body: str) -> None:
    if not config.smtp_host:
        raise DeliveryFailed("no SMTP server set (COPYTRACE_SMTP_HOST)")
    message = EmailMessage()
    message["From"] = config.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.timeout_s) as smtp:
            if config.smtp_starttls:
                smtp.starttls()
            if config.smtp_user:
                smtp.login(config.smtp_user, config.smtp_password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryFailed(f"SMTP {config.smtp_host}:{config.smtp_port}: {type(exc).__name__}: {exc}") from None


def webhook_body(alert: Alert) -> bytes:
    return json.dumps({"event": "alert", "alert": alert.to_dict()}, ensure_ascii=False, sort_keys=True).encode()


def post_webhook(config: WatchConfig, url: str, alert: Alert, *, allow_private: bool = False) -> None:
    if not config.webhook_secret:
        raise DeliveryFailed("no webhook signing key set (COPYTRACE_WEBHOOK_SECRET)")
    body = webhook_body(alert)
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, config.webhook_secret),
               "X-Copytrace-Alert": alert.id, "User-Agent": "copytrace-watch/0.1"}
    try:
        check_url(url, allow_private)
        with httpx.Client(timeout=config.timeout_s, follow_redirects=False, trust_env=False) as client:
            response = client.post(url, content=body, headers=headers)
    except FetchFailed as exc:
        raise DeliveryFailed(f"webhook {url}: {exc.reason}") from None
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"webhook {url}: {type(exc).__name__}: {exc}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryFailed(f"webhook {url}: HTTP {response.status_code} {response.reason_phrase}")


def alert_text(alert: Alert) -> str:
    lines = [alert.title, "", f"rule: {alert.rule_id} ({alert.kind}), severity {alert.severity}, "
             f"for {alert.owner}", f"raised: {alert.raised_at}"]
    for item in alert.detail.get("statements", []):
        lines.append(f"- {item['predicate']} {item['object']}" + (f" [{item['scope']}]" if item.get("scope") else ""))
        if item.get("quote"):
            lines.append(f'  "{item["quote"]}" (document {str(item.get("document"))[:12]})')
    if not alert.detail.get("statements") and alert.detail.get("quote"):
        lines.append(f'"{alert.detail["quote"]}"')
    for doc in alert.detail.get("documents", []):
        lines.append(f"document: {doc}")
    return "\n".join(lines) + "\n"


def _alerts_of_day(registry: Registry, day: date) -> list[Alert]:
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return alert_store.alert_list(registry, since=start.isoformat(timespec="microseconds"),
                                  until=(start + timedelta(days=1)).isoformat(timespec="microseconds"))


def digest(registry: Registry, day: date) -> str:
    return digest_text(_alerts_of_day(registry, day), day)


def digest_text(found: Sequence[Alert], day: date) -> str:
    """A day's alerts, most severe first, one line each with its first quote."""
    order = {"high": 0, "medium": 1, "low": 2}
    lines = [f"copytrace digest for {day.isoformat()}: {len(found)} alerts", ""]
    for alert in sorted(found, key=lambda a: (order.get(a.severity, 3), a.raised_at)):
        lines.append(f"[{alert.severity}] {alert.title}  (rule {alert.rule_id}, for {alert.owner})")
        if alert.detail.get("quote"):
            lines.append(f'    "{alert.detail["quote"]}"')
    return "\n".join(lines) + "\n"
