"""Multilingual fact extraction with verbatim evidence (the contract in DESIGN.md)."""

from copytrace.extract.fact import RELATIONS, STATUSES, Fact
from copytrace.extract.pipeline import Extractor, extract_files, extract_text
from copytrace.extract.resolve import NameRecord, Names

__all__ = ["RELATIONS", "STATUSES", "Extractor", "Fact", "NameRecord", "Names", "extract_files", "extract_text"]
