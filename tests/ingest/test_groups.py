"""Results stored a few to a transaction: order, error isolation, and text cleaning kept exact."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from copytrace.ingest import IngestConfig, batch, ingest
from copytrace.ingest.loaders.base import clean_text
from copytrace.ingest.sniff import looks_binary
from copytrace.registry import Registry
from tests.ingest.conftest import count_transactions

TEXTS = ["The licensed copy was made at the north works from 1963, the records say.",
         "Later batches were sold abroad, the ledgers of the state works show.",
         "Nobody agrees on the year in which the first one left the line."]


def test_outcomes_are_reported_in_input_order_across_a_group(registry: Registry, tmp_path: Path,
                                                             config: IngestConfig) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    known, new, copy = folder / "a_known.txt", folder / "b_new.txt", folder / "c_copy.txt"
    known.write_text(TEXTS[0], encoding="utf-8")
    ingest(registry, [known], config=config)
    new.write_text(TEXTS[1], encoding="utf-8")
    copy.write_text(TEXTS[0], encoding="utf-8")
    seen: list[str] = []
    ingest(registry, [folder], config=config, listener=lambda o: seen.append(o.status + " " + Path(o.source).name))
    # b_new waits in the group when c_copy is found unchanged without storing: still reported first.
    assert seen == ["unchanged a_known.txt", "added b_new.txt", "unchanged c_copy.txt"]


def _refuse_documents_named(registry: Registry, suffix: str) -> None:
    """Make the database itself refuse to store a document whose source ends with ``suffix``."""
    with registry.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.source LIKE '%{suffix}' "
                              "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"))
        else:
            conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                              f"IF NEW.source LIKE '%{suffix}' THEN RAISE EXCEPTION 'disk on fire'; END IF; "
                              "RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW "
                              "EXECUTE FUNCTION refuse()"))


def test_a_document_that_fails_to_store_keeps_the_ones_before_it(registry: Registry, tmp_path: Path,
                                                                  config: IngestConfig,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text_ in zip(("a.txt", "b_bad.txt", "c.txt"), TEXTS, strict=True):
        (folder / name).write_text(text_, encoding="utf-8")
    _refuse_documents_named(registry, "b_bad.txt")
    monkeypatch.setattr(batch, "_GROUP_SECONDS", 60.0)  # all three in one group: its insert fails as a whole
    with pytest.raises(DBAPIError, match="disk on fire"):
        ingest(registry, [folder], config=config)
    assert [Path(doc.source).name for doc in registry.documents()] == ["a.txt"]
    assert registry.verify().ok


def test_a_group_is_one_transaction_per_batch_of_small_documents(registry: Registry, tmp_path: Path,
                                                                 config: IngestConfig,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"{TEXTS[i % 3]} Copy number {i}.", encoding="utf-8")
    transactions = count_transactions(registry, monkeypatch)
    monkeypatch.setattr(batch, "_GROUP_SECONDS", 60.0)
    report = ingest(registry, [folder], config=config)
    assert (report.statuses["added"], transactions()) == (5, 1)
    assert len(registry.search("Copy number")) == 5


_OLD_BLANK_RUNS = re.compile(r"\n{3,}")
_OLD_TRAILING = re.compile(r"[ \t]+\n")
_OLD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


def _reference_clean(text: str) -> str:
    """clean_text as first written with three regular expressions: the faster one must agree."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OLD_CONTROL.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _OLD_TRAILING.sub("\n", text)
    return _OLD_BLANK_RUNS.sub("\n\n", text).strip("\n")


def test_clean_text_matches_the_regular_expression_version() -> None:
    pieces = ["a", "Ж", "字", " ", "\t", "\n", "\r", "\r\n", "\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\ufeff",
              "e\u0301", "  \n", "\t\n", "\n\n\n", "\u00a0"]
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        assert clean_text(text) == _reference_clean(text), repr(text)


def test_looks_binary_counts_the_same_control_bytes() -> None:
    rnd = random.Random(3)
    for _ in range(2_000):
        data = bytes(rnd.choice([*range(1, 40), 127, 65, 66, 200]) for _ in range(rnd.randint(1, 300)))
        controls = sum(1 for byte in data if byte < 9 or 13 < byte < 32 or byte == 127)
        assert looks_binary(data) == (controls > len(data) // 100 + 1)
