"""scripts/page_overlap.py: a saved page that holds a measured passage's text is named with the passage (counts only,
no text printed), a page that does not is not, and the exit status says whether any was found. Texts of our own in
temporary folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "page_overlap.py"

PASSAGE = ("SOURCE: https://example.org/a\nLANG: en\n\nThe Wrexley works built the Type 99 rifle from 1961 under a "
           "licence that the Ruritanian ministry granted, and exported most of them to Freedonia by sea.\n")
SAME_ARTICLE = ("Breaking: the Wrexley works built the Type 99 rifle from 1961 under a licence that the Ruritanian "
                "ministry granted, and exported most of them to Freedonia by sea. More at eleven.")
OTHER = "An unrelated page on the Lim-6 and the works at Mielec, with nothing in common with the passage above."


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def _folders(tmp_path: Path, pages: dict[str, str]) -> tuple[Path, Path]:
    """A measured set holding PASSAGE and a folder of the given pages (name -> text)."""
    measured, folder = tmp_path / "dev", tmp_path / "pages"
    measured.mkdir()
    folder.mkdir()
    (measured / "01_en_example_type99.txt").write_text(PASSAGE, encoding="utf-8")
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return measured, folder


def test_a_page_holding_a_passage_is_named(tmp_path: Path) -> None:
    measured, pages = _folders(tmp_path, {"p01_same.txt": SAME_ARTICLE, "p02_other.txt": OTHER})
    done = _run(str(pages), "--set", str(measured))
    assert done.returncode == 1, done.stderr
    assert "p01_same.txt ~ 01_en_example_type99.txt" in done.stdout
    assert "p02_other" not in done.stdout
    assert "Wrexley" not in done.stdout   # (counts only: no text of either)


def test_no_shared_page_exits_zero(tmp_path: Path) -> None:
    measured, pages = _folders(tmp_path, {"p02_other.txt": OTHER})
    done = _run(str(pages), "--set", str(measured))
    assert done.returncode == 0 and "0 of 1 pages" in done.stdout, done.stdout + done.stderr


def test_a_missing_or_empty_page_folder_is_a_clear_error(tmp_path: Path) -> None:
    measured, empty = _folders(tmp_path, {})
    missing = _run(str(tmp_path / "nothing"), "--set", str(measured))
    assert missing.returncode == 2 and "no such folder or file" in missing.stderr and "Traceback" not in missing.stderr
    nothing = _run(str(empty), "--set", str(measured))
    assert nothing.returncode == 2 and "no pages" in nothing.stderr
