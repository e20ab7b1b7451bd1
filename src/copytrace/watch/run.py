"""One pass of the watcher, and the scheduler that repeats it.

A pass fetches every source that is due and ingests what is new, raises the alerts the new
statements and documents call for, and tries every delivery owed. A source that fails gets its
one-line error recorded and a growing pause before its next try; the other sources go on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from copytrace.ingest import IngestConfig, Rejected
from copytrace.registry import Registry
from copytrace.registry import alerts as alert_store
from copytrace.registry import watch as watch_store
from copytrace.registry.alerts import Alert, Delivery
from copytrace.registry.watch import Source
from copytrace.watch import deliver
from copytrace.watch.alerting import evaluate
from copytrace.watch.config import WatchConfig
from copytrace.watch.rules import Rule
from copytrace.watch.sources import fetch_source

log = logging.getLogger(__name__)
# After n failures in a row a source waits its interval times 2**n, at most a week.
_MAX_PAUSE_S = 7 * 86400
DIGEST_KEY = "digest.day"


@dataclass(frozen=True, slots=True)
class SourceResult:
    name: str
    status: str  # new, not modified, unchanged, nothing new, failed
    documents: int = 0
    skipped: int = 0
    rejected: tuple[str, ...] = ()
    error: str | None = None


@dataclass(slots=True)
class RunReport:
    sources: list[SourceResult] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.status != "failed" for s in self.sources) and all(d.status != "failed" for d in self.deliveries)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def run_once(registry: Registry, *, ingest_config: IngestConfig | None = None,
             config: WatchConfig | None = None, actor: str = "watch", every_source: bool = False) -> RunReport:
    """Fetch the sources that are due (all with ``every_source``), ingest, raise alerts, deliver."""
    ingest_config = ingest_config or IngestConfig.from_settings(workers=1)
    config = config or WatchConfig.from_settings()
    report = RunReport()
    started = datetime.now(UTC)
    due = watch_store.sources(registry) if every_source else watch_store.due_sources(registry, _stamp(started))
    for source in due:
        report.sources.append(_run_source(registry, source, ingest_config, actor))
    rules = [Rule.from_row(r) for r in alert_store.rules(registry, enabled_only=True)]
    report.alerts = evaluate(registry, rules, actor=actor)
    deliver.owe(registry, report.alerts, rules)
    report.deliveries = deliver.deliver_due(registry, rules, config)
    return report


def _run_source(registry: Registry, source: Source, config: IngestConfig, actor: str) -> SourceResult:
    at = datetime.now(UTC)
    try:
        fetched = fetch_source(registry, source, config, actor=actor)
    except Rejected as exc:
        return _failed(registry, source, at, exc.reason)
    except Exception as exc:  # hostile input can break a parser in any way: record it, go on with the rest
        log.exception("watched source %s broke while being read", source.name)
        return _failed(registry, source, at, f"could not be read: {type(exc).__name__}: {exc}"[:300])
    watch_store.record_success(registry, source.id, at=_stamp(at),
                               next_run_at=_stamp(at + timedelta(seconds=source.every_s)),
                               etag=fetched.etag, last_modified=fetched.last_modified,
                               content_hash=fetched.content_hash, keep_validators=fetched.keep_validators)
    return SourceResult(source.name, fetched.status, len(fetched.documents), fetched.skipped,
                        tuple(fetched.rejected))


def _failed(registry: Registry, source: Source, at: datetime, error: str) -> SourceResult:
    pause = min(source.every_s * 2 ** (source.failures + 1), _MAX_PAUSE_S)
    watch_store.record_failure(registry, source.id, at=_stamp(at), error=error,
                               next_run_at=_stamp(at + timedelta(seconds=pause)))
    log.warning("watched source %s failed: %s", source.name, error)
    return SourceResult(source.name, "failed", error=error)


def send_digest_if_due(registry: Registry, config: WatchConfig) -> None:
    """Once a day, owe and send the digest of the day before to the rules' e-mail addresses."""
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date()
    if watch_store.get_state(registry, DIGEST_KEY) == yesterday.isoformat():
        return
    rules = [Rule.from_row(r) for r in alert_store.rules(registry, enabled_only=True)]
    deliver.owe_digest(registry, yesterday, rules)
    watch_store.set_state(registry, DIGEST_KEY, yesterday.isoformat())
    deliver.deliver_due(registry, rules, config)


def seconds_to_next(registry: Registry, longest: float) -> float:
    """How long until the next source is due (at most ``longest``)."""
    upcoming = [s.next_run_at for s in watch_store.sources(registry) if s.next_run_at]
    if len(upcoming) < len(watch_store.sources(registry)):
        return 0.0
    if not upcoming:
        return longest
    wait = (datetime.fromisoformat(min(upcoming)) - datetime.now(UTC)).total_seconds()
    return max(0.0, min(wait, longest))


def serve(registry: Registry, *, ingest_config: IngestConfig | None = None, config: WatchConfig | None = None,
          actor: str = "watch", stop: threading.Event | None = None, tick_s: float = 60.0) -> None:
    """Run passes until ``stop`` is set: each when a source is due, or every ``tick_s`` to retry deliveries."""
    stop = stop or threading.Event()
    config = config or WatchConfig.from_settings()
    while not stop.is_set():
        try:
            report = run_once(registry, ingest_config=ingest_config, config=config, actor=actor)
            send_digest_if_due(registry, config)
            for result in report.sources:
                log.info("watched %s: %s (%d new documents)", result.name, result.status, result.documents)
        except Exception:  # the scheduler outlives one bad pass; the next one tries again
            log.exception("watch pass failed")
        stop.wait(max(1.0, seconds_to_next(registry, tick_s)))
