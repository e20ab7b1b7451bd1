"""Ingest: any document in (files, folders, URLs), verified text and metadata out, nothing lost."""

from copytrace.ingest.batch import Batch, count_inputs, ingest, iter_files, read_url_list
from copytrace.ingest.config import INGEST_SETTINGS, IngestConfig
from copytrace.ingest.errors import FetchFailed, Rejected, TooLarge
from copytrace.ingest.report import IngestReport, Outcome

__all__ = [
    "INGEST_SETTINGS",
    "Batch",
    "FetchFailed",
    "IngestConfig",
    "IngestReport",
    "Outcome",
    "Rejected",
    "TooLarge",
    "count_inputs",
    "ingest",
    "iter_files",
    "read_url_list",
]
