"""The demo ingests the shipped sample documents: five languages, every format, nothing rejected."""

from __future__ import annotations

from pathlib import Path

from copytrace.demo import build_demo


def test_demo_ingests_the_samples(tmp_path: Path) -> None:
    report = build_demo(tmp_path / "demo")
    languages = {language for _name, language, _type, _id in report.documents}
    media_types = {media_type for _name, _language, media_type, _id in report.documents}
    assert (report.rejected, len(report.documents), report.verified) == (0, 5, True)
    assert languages == {"en", "ru", "id", "pl", "fi"}
    assert {"text/html", "application/pdf", "text/markdown", "text/plain"} <= media_types
