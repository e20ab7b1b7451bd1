"""Text in each encoding the issue names decodes to the characters written, through the loader."""

from __future__ import annotations

import pytest

from copytrace.ingest import IngestConfig
from copytrace.ingest.loaders import load
from tests.ingest.hostile import ENCODED

CONFIG = IngestConfig(workers=1)


@pytest.mark.parametrize(("encoding", "text"), ENCODED, ids=[encoding for encoding, _text in ENCODED])
def test_text_in_each_encoding_decodes_to_what_was_written(encoding: str, text: str) -> None:
    body = f"{text}\n{text}"
    loaded = load(f"{body}\n".encode(encoding), f"note-{encoding}.txt", CONFIG)
    assert loaded.text == body
