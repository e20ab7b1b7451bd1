"""Multilingual fact extraction with verbatim evidence (the contract in DESIGN.md).

The public names load on first use, so that importing a light module of this package (the
designation shapes the registry uses to resolve "56式") does not load the language detector.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copytrace.extract.pipeline import Extractor, extract_files, extract_text
    from copytrace.extract.resolve import NameRecord, Names
    from copytrace.model.candidate import RELATIONS, STATUSES, CandidateFact

_WHERE = {"RELATIONS": "copytrace.model.candidate", "STATUSES": "copytrace.model.candidate",
          "CandidateFact": "copytrace.model.candidate", "Extractor": "copytrace.extract.pipeline",
          "extract_files": "copytrace.extract.pipeline", "extract_text": "copytrace.extract.pipeline",
          "NameRecord": "copytrace.extract.resolve", "Names": "copytrace.extract.resolve"}

__all__ = ["RELATIONS", "STATUSES", "CandidateFact", "Extractor", "NameRecord", "Names", "extract_files",
           "extract_text"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'copytrace.extract' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
