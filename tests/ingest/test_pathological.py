"""Each loader on a megabyte of input built to make a parser backtrack, recurse or inflate: it finishes.

The times are printed (pytest -s) as a small benchmark; the bounds are generous, since a quadratic
parser takes minutes on these, not seconds.
"""

from __future__ import annotations

import time

import pytest

from copytrace.ingest import IngestConfig, Rejected
from copytrace.ingest.loaders import load
from tests.ingest.hostile import lying_docx

CONFIG = IngestConfig(workers=1)
MB = 1 << 20


def _repeat(unit: bytes, size: int = MB) -> bytes:
    return (unit * (size // len(unit) + 1))[:size]


CASES = {
    "markdown": (b"# Notes\n\n" + _repeat(b"![*_`[<"), "notes.md"),
    "text": (_repeat("Żółć \u202e ".encode()), "notes.txt"),
    "html": (b"<html><body>" + _repeat(b"<div><b>") + b"text", "page.html"),
    "html-title": (b"<html><head>" + _repeat(b"<title>") + b"<body><p>A page.</p></body></html>", "page.html"),
    "pdf": (b"%PDF-1.7\n" + _repeat(b"1 0 obj << /Kids [") , "doc.pdf"),
    "docx": (lying_docx(1024, "word/document.xml"), "memo.docx"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_loader_finishes_a_megabyte_of_pathological_input(name: str) -> None:
    data, file_name = CASES[name]
    started = time.perf_counter()
    try:
        load(data, file_name, CONFIG)
    except Rejected as exc:
        outcome = exc.reason
    else:
        outcome = "loaded"
    elapsed = time.perf_counter() - started
    print(f"{name}: {len(data) / 1e6:.1f} MB in {elapsed:.2f} s ({outcome})")
    assert elapsed < 30
