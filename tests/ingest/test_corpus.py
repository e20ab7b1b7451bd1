"""The generated corpus ingests with the right text, language and metadata; hostile inputs are refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry
from tests.ingest.corpus import Expected


def _check(registry: Registry, item: Expected) -> list[str]:
    doc = registry.documents(source=str(item.path.resolve()))
    if len(doc) != 1:
        return [f"{item.path.name}: {len(doc)} documents"]
    found = doc[0]
    problems = []
    if (found.media_type, found.language) != (item.media_type, item.language):
        problems.append(f"{item.path.name}: {found.media_type} {found.language}")
    if item.exact_text is not None and found.text != item.exact_text:
        problems.append(f"{item.path.name}: text {found.text[:60]!r}")
    problems += [f"{item.path.name}: missing {p[:30]!r}" for p in item.paragraphs if p not in found.text]
    problems += [f"{item.path.name}: kept {a!r}" for a in item.absent if a in found.text]
    if item.title is not None and found.title != item.title:
        problems.append(f"{item.path.name}: title {found.title!r}")
    if item.pages is not None and found.meta.get("page_count") != item.pages:
        problems.append(f"{item.path.name}: pages {found.meta.get('page_count')}")
    if item.encoding is not None and found.meta.get("encoding", "").replace("_", "-") not in (
            item.encoding, "cp1252" if item.encoding == "latin-1" else item.encoding, "cp1250"):
        problems.append(f"{item.path.name}: encoding {found.meta.get('encoding')}")
    return problems


@pytest.mark.slow
def test_corpus_ingests_with_text_language_and_metadata(
        registry: Registry, corpus: tuple[Path, list[Expected]], config: IngestConfig) -> None:
    folder, expected = corpus
    report = ingest(registry, [folder], config=replace(config, workers=2))
    assert (report.statuses["added"], report.ok) == (len(expected), True)
    problems = [p for item in expected for p in _check(registry, item)]
    assert problems == []
    assert registry.verify().ok


def test_hostile_inputs_are_rejected_with_their_reason_and_the_batch_goes_on(
        registry: Registry, hostile: tuple[Path, dict[str, str]], corpus: tuple[Path, list[Expected]],
        config: IngestConfig) -> None:
    folder, words = hostile
    good = corpus[1][0].path
    report = ingest(registry, [folder, good], config=config)
    assert (report.statuses["rejected"], report.statuses["added"], report.ok) == (len(words), 1, False)
    reasons = {Path(r.source).name: r.reason for r in registry.rejections()}
    assert {name: word in reasons.get(name, "") for name, word in words.items()} == dict.fromkeys(words, True)


def test_a_rerun_reports_rejections_without_retrying_and_stores_nothing_twice(
        registry: Registry, hostile: tuple[Path, dict[str, str]], corpus: tuple[Path, list[Expected]],
        config: IngestConfig) -> None:
    folder, words = hostile
    good = [item.path for item in corpus[1][:3]]
    ingest(registry, [folder, *good], config=config)
    audit_before = len(registry.audit_log())
    again = ingest(registry, [folder, *good], config=config)
    assert (again.statuses["unchanged"], again.statuses["rejected"]) == (3, len(words))
    assert len(registry.audit_log()) == audit_before
    assert len(registry.rejections()) == len(words)
