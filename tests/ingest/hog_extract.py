"""A fact extractor that misbehaves on cue, to test the per-document limits through the extraction seam.

A document whose text holds ``HOG-SLEEP`` keeps its worker busy for a minute, ``HOG-MEMORY`` asks for
2 GB, ``HOG-CRASH`` kills its worker. ``pidfile=PATH`` in the text makes the worker write its process id
there first, so a test can watch it. Any other text yields no facts.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path
from typing import Any

_PIDFILE = re.compile(r"pidfile=(\S+)")


def extract_text(text: str, doc: str = "-", lang: str | None = None) -> list[dict[str, Any]]:
    found = _PIDFILE.search(text)
    if found:
        Path(found.group(1)).write_text(str(os.getpid()), encoding="utf-8")
    if "HOG-SLEEP" in text:
        time.sleep(60)
    if "HOG-MEMORY" in text:
        hoard = bytearray(2 * 1000**3)
        return [{"quote": str(len(hoard))}]
    if "HOG-CRASH" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    return []
