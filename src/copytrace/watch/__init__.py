"""Keeping track: watched sources fetched on a schedule, alert rules over what they bring, delivery.

``run_once`` is the whole of one pass (fetch what is due, ingest what is new, raise alerts,
deliver them); the scheduler (``serve``) repeats it. See docs/watch.md.
"""

from copytrace.watch.config import WATCH_SETTINGS, WatchConfig, parse_every
from copytrace.watch.run import RunReport, SourceResult, run_once, serve

__all__ = ["WATCH_SETTINGS", "RunReport", "SourceResult", "WatchConfig", "parse_every", "run_once", "serve"]
