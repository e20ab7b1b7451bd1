"""A stand-in fact extractor for the extraction seam: finds "AKM", "Romania" and "Zed Works" with exact spans.

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
    # A name nobody knows, as a product in one sentence and as a maker in another.
    for match in re.finditer(r"Zed Works rifle", text):
        facts.append({"subject": "Zed Works", "relation": "made_in_country", "object": "Romania",
                      "quote": match.group(0), "start": match.start(), "end": match.end(), "confidence": 0.5})
    for match in re.finditer(r"AKM[^.\n]*?made by Zed Works", text):
        facts.append({"subject": "AKM", "relation": "manufactured_by", "object": "Zed Works",
                      "quote": match.group(0), "start": match.start(), "end": match.end(), "confidence": 0.5})
    return facts
