"""Ingest settings: size, memory and time limits, the languages to detect, the worker count, fetch limits.

Each is declared once as a ``Setting`` (with a COPYTRACE_* variable); ``IngestConfig`` carries the
resolved values to the workers, so it is a small picklable value.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from copytrace.extract.llm import ENGINES, LLMConfig
from copytrace.i18n import lazy_gettext
from copytrace.settings import ENGINE, Setting

DEFAULT_LANGUAGES = ("en", "ru", "uk", "id", "pl", "ro", "bg", "de", "fr", "es", "sr", "hr", "hu", "cs", "fi",
                     "he", "zh", "ar")

MAX_SIZE = Setting(
    "max_size",
    "COPYTRACE_MAX_SIZE",
    "Largest input ingest accepts, in bytes or with a unit (50MB, 2GiB); larger files are rejected.",
    "50MB",
)
LANGUAGES = Setting(
    "languages",
    "COPYTRACE_LANGUAGES",
    "Comma-separated ISO 639-1 codes language detection may choose from.",
    ",".join(DEFAULT_LANGUAGES),
)
INDEX_CHARS = Setting(
    "index_chars",
    "COPYTRACE_INDEX_CHARS",
    "How many characters of each document's text go into the full-text search index (0: all). "
    "The stored text and evidence spans are always complete.",
    "100000",
)
MAX_MEMORY = Setting(
    "max_memory",
    "COPYTRACE_MAX_MEMORY",
    "Memory one ingest worker may use for a document (its whole address space), in bytes or with a unit "
    "(1GB); a document that needs more is rejected and the worker replaced. 0: no limit.",
    "1GB",
)
TIMEOUT = Setting(
    "timeout",
    "COPYTRACE_TIMEOUT",
    "Seconds one document may take to read, convert and extract; one that takes longer is rejected and "
    "its worker replaced. 0: no limit.",
    "60",
)
INGEST_SETTINGS: tuple[Setting, ...] = (MAX_SIZE, LANGUAGES, INDEX_CHARS, MAX_MEMORY, TIMEOUT)
# Below this a worker cannot even hold the interpreter and the parsing libraries.
MIN_MEMORY = 300 * 1000**2

_UNITS = {"": 1, "b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3,
          "kib": 1024, "mib": 1024**2, "gib": 1024**3, "k": 1000, "m": 1000**2, "g": 1000**3}


def parse_size(value: str) -> int:
    """Bytes from '50MB', '512k', '1GiB' or a plain number; ValueError naming the value if not."""
    text = value.strip().lower().replace(" ", "")
    digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = text[len(digits):]
    if not digits or unit not in _UNITS:
        raise ValueError(lazy_gettext("not a size: %(value)r (use e.g. 50MB, 512KiB, 1000000)", value=value))
    return int(float(digits) * _UNITS[unit])


def parse_memory(value: str) -> int | None:
    """A memory limit in bytes from '1GB' etc.; None for 0 (no limit)."""
    return parse_size(value) or None


def parse_timeout(value: str) -> float | None:
    """Seconds from '60' or '2.5'; None for 0 (no limit); ValueError naming the value if not a number."""
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError(lazy_gettext("not a number of seconds: %(value)r", value=value)) from None
    if seconds < 0 or seconds != seconds:
        raise ValueError(lazy_gettext("not a number of seconds: %(value)r", value=value))
    return seconds or None


def format_size(size: int) -> str:
    """'1 GB', '1.5 GB', '300 MB': how a limit is said in a rejection reason."""
    for unit, factor in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return lazy_gettext("%(size)s bytes", size=size)


def parse_languages(value: str) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(code.strip().lower() for code in value.split(",") if code.strip()))
    if not codes:
        raise ValueError(lazy_gettext("no languages given"))
    from copytrace.extract.langdetect import check_codes

    check_codes(codes)   # a typo is a setting error, said once, not a rejection of every document
    return codes


@dataclass(frozen=True, slots=True)
class IngestConfig:
    max_size: int = 50 * 1000**2
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    allow_private: bool = False
    # Symbolic links inside an input folder are read (never those pointing out of it).
    follow_symlinks: bool = False
    # Fetching: a slow or endless server must not hold the batch.
    timeout_s: float = 20.0
    max_redirects: int = 5
    # Archives (DOCX): declared uncompressed size and ratio caps against zip bombs.
    max_unzipped: int = 200 * 1000**2
    max_ratio: int = 200
    # Per document, in the worker: address space (RLIMIT_AS) and wall-clock time; None: no limit.
    max_memory: int | None = 1000**3
    doc_timeout_s: float | None = 60.0
    extract: bool = True
    # Full-text indexing is the costliest step of storing (about 9 MB/s on SQLite with word and
    # trigram indexes), so long documents are indexed by their beginning; None indexes all.
    index_chars: int | None = 100_000
    # The fact extractor run on each new document, as "module:function" (absent module: none).
    extractor: str = "copytrace.extract:extract_text"
    # rules (the extractor above), llm (a language-model server: ``llm`` says which) or both.
    engine: str = "rules"
    llm: LLMConfig | None = None

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(lazy_gettext("unknown engine %(engine)r: use %(known)s", engine=self.engine,
                                          known=", ".join(ENGINES)))
        if self.max_memory is not None and self.max_memory < MIN_MEMORY:
            raise ValueError(lazy_gettext("memory limit %(limit)s is too small: a worker needs at least %(least)s",
                                          limit=format_size(self.max_memory), least=format_size(MIN_MEMORY)))
        if self.doc_timeout_s is not None and not self.doc_timeout_s > 0:
            raise ValueError(lazy_gettext("not a time limit: %(value)r s", value=self.doc_timeout_s))

    @classmethod
    def from_settings(cls, **overrides: object) -> IngestConfig:
        """Defaults from the COPYTRACE_* variables; keyword arguments (from flags) win when not None."""
        values: dict[str, object] = {
            "max_size": parse_size(MAX_SIZE.get()),
            "languages": parse_languages(LANGUAGES.get()),
            "index_chars": int(INDEX_CHARS.get()) or None,
            "max_memory": parse_memory(MAX_MEMORY.get()),
            "doc_timeout_s": parse_timeout(TIMEOUT.get()),
            "engine": ENGINE.get(),
        }
        values.update({key: value for key, value in overrides.items() if value is not None})
        for unlimited in ("max_memory", "doc_timeout_s"):
            # 0 from a flag means no limit, as it does in the environment.
            if values.get(unlimited) == 0:
                values[unlimited] = None
        if values["engine"] != "rules" and values.get("llm") is None and values.get("extract", True):
            values["llm"] = LLMConfig.from_settings()   # LLMUnavailable when no server is set
        return cls(**values)  # type: ignore[arg-type]
