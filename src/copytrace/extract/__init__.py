"""Multilingual fact extraction with verbatim evidence (the contract in DESIGN.md).

The public names load on first use, so that importing a light module of this package (the
designation shapes the registry uses to resolve "56式") does not load the language detector.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copytrace.extract.fact import RELATIONS, STATUSES, Fact
    from copytrace.extract.pipeline import Extractor, extract_files, extract_text
    from copytrace.extract.resolve import NameRecord, Names

_WHERE = {"RELATIONS": "fact", "STATUSES": "fact", "Fact": "fact", "Extractor": "pipeline",
          "extract_files": "pipeline", "extract_text": "pipeline", "NameRecord": "resolve", "Names": "resolve"}

__all__ = ["RELATIONS", "STATUSES", "Extractor", "Fact", "NameRecord", "Names", "extract_files", "extract_text"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'copytrace.extract' has no attribute {name!r}")
    return getattr(importlib.import_module(f"copytrace.extract.{module}"), name)
