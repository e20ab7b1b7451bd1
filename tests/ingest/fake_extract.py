"""A stand-in fact extractor for the extraction seam: finds "AKM" and "Romania" with exact spans.

It plays the part ``copytrace.extract`` plays in production, through the same named hook
(``IngestConfig.extractor``), so the seam is exercised without depending on that package.
"""

from __future__ import annotations

import re
from typing import Any


def extract_text(text: str, doc: str = "-", lang: str | None = None) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for match in re.finditer(r"AKM[^.\n]*?made in Romania", text):
        facts.append({"doc": doc, "subject": "AKM", "subject_text": "AKM", "relation": "made_in_country",
                      "object": "Romania", "scope": None, "quote": match.group(0), "start": match.start(),
                      "end": match.end(), "language": lang, "confidence": 0.8})
    for match in re.finditer(r"Nonexistent Rifle", text):
        facts.append({"subject": "Nonexistent Rifle", "relation": "made_in_country", "object": "Romania",
                      "quote": match.group(0), "start": match.start(), "end": match.end(), "confidence": 0.5})
    return facts
