"""Multilingual fact extraction with verbatim evidence (the contract in DESIGN.md)."""

from copytrace.extract.fact import RELATIONS, STATUSES, Fact
from copytrace.extract.gazetteer import Gazetteer, NameRecord, build_gazetteer
from copytrace.extract.pipeline import Extractor, extract_files, extract_text
from copytrace.extract.sources import Knowledge, build_knowledge, default_knowledge

__all__ = ["RELATIONS", "STATUSES", "Extractor", "Fact", "Gazetteer", "Knowledge", "NameRecord", "build_gazetteer",
           "build_knowledge", "default_knowledge", "extract_files", "extract_text"]
