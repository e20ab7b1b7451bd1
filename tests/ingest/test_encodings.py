"""Text in each encoding the issue names decodes to the characters written, through the loader."""

from __future__ import annotations

import codecs

import pytest

from copytrace.ingest import IngestConfig
from copytrace.ingest.loaders import load
from copytrace.ingest.loaders.text import language_hints
from tests.ingest.hostile import ENCODED

CONFIG = IngestConfig(workers=1)


@pytest.mark.parametrize(("encoding", "text"), ENCODED, ids=[encoding for encoding, _text in ENCODED])
def test_text_in_each_encoding_decodes_to_what_was_written(encoding: str, text: str) -> None:
    body = f"{text}\n{text}"
    loaded = load(f"{body}\n".encode(encoding), f"note-{encoding}.txt", CONFIG)
    assert loaded.text == body


# Short texts charset-normalizer alone reads in the wrong code page; the document's language settles them.
SHORT = [("iso-8859-2", "pl", "Łódź"), ("iso-8859-2", "pl", "Kraków, źródło"), ("iso-8859-2", "cs", "Puška z Brodu"),
         ("euc-jp", "ja", "小銃"), ("koi8-r", "ru", "Автомат"), ("iso-8859-5", "ru", "завод в Ижевске")]


@pytest.mark.parametrize(("encoding", "language", "text"), SHORT, ids=[f"{e}-{t}" for e, _l, t in SHORT])
def test_a_short_text_decodes_right_in_the_configured_language(encoding: str, language: str, text: str) -> None:
    loaded = load(text.encode(encoding), "note.txt", IngestConfig(workers=1, languages=(language, "en")))
    assert (loaded.text, codecs.lookup(loaded.meta["encoding"]).name) == (text, codecs.lookup(encoding).name)


def test_a_wrong_language_hint_gives_way_to_detection() -> None:
    text = "Автомат был выпущен на заводе в Ижевске по лицензии."
    loaded = load(text.encode("cp1251"), "note.txt", IngestConfig(workers=1, languages=("pl",)))
    assert loaded.text == text


@pytest.mark.parametrize(("head", "languages"), [
    (b'<!DOCTYPE html><html lang="pl-PL"><head>', ("pl",)),
    (b'<?xml version="1.0"?><html xml:lang="cs" lang="cs">', ("cs",)),
    (b'<meta http-equiv="Content-Language" content="ru">', ("ru",)),
    (b"No declaration here at all.", ("pl", "en")),
])
def test_the_language_a_document_declares_is_its_hint(head: bytes, languages: tuple[str, ...]) -> None:
    assert language_hints(head, IngestConfig(workers=1, languages=("pl", "en"))) == languages


def test_many_configured_languages_are_no_hint() -> None:
    assert language_hints(b"plain words", CONFIG) == ()
