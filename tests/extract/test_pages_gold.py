"""scripts/pages_gold.py: blind gold kept as offsets (the pages' text stays out of the repository), through its
command line; and the committed offsets file is well formed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pages_gold.py"
GOLD = Path(__file__).resolve().parents[2] / "eval" / "pages" / "gold.jsonl"
RELATIONS = {"manufactured_by", "made_in_country", "derived_from", "licensed_by", "licence_status", "introduced_year",
             "exported_to", "alias_of", "none"}


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=60)


def _pages(tmp_path: Path) -> tuple[Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "71x_p02.txt").write_text("Our page says the Type 99 was built in Ruritania from 1961.", encoding="utf-8")
    (texts / "70x_p01.txt").write_text("Nothing here about any design.", encoding="utf-8")
    notes = tmp_path / "notes.jsonl"
    notes.write_text("\n".join(json.dumps(f) for f in [
        {"doc": "71x_p02.txt", "product": {"as_written": "Type 99", "normalized": "Type 99"},
         "relation": "introduced_year", "object": "1961", "quote": "built in Ruritania from 1961", "note": "hard call"},
        {"doc": "70x_p01.txt", "relation": "none"},
    ]) + "\n", encoding="utf-8")
    return texts, notes


def test_quotes_go_to_offsets_and_come_back(tmp_path: Path) -> None:
    texts, notes = _pages(tmp_path)
    gold = tmp_path / "gold.jsonl"
    done = _run("export", notes, "--texts", texts, "--gold", gold)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    year = next(r for r in rows if r["relation"] == "introduced_year")
    assert "quote" not in year and year["set"] == "held" and year["hard"] is True
    assert next(r for r in rows if r["relation"] == "none")["set"] == "fit"
    out = tmp_path / "out"
    done = _run("rebuild", "--texts", texts, "--out", out, "--gold", gold)
    assert done.returncode == 0, done.stderr
    back = [json.loads(line) for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [f["quote"] for f in back] == ["built in Ruritania from 1961"]
    assert sorted(p.name for p in out.glob("*.txt")) == ["70x_p01.txt", "71x_p02.txt"]


def test_a_quote_not_in_its_page_is_refused_with_the_file_named(tmp_path: Path) -> None:
    texts, notes = _pages(tmp_path)
    notes.write_text(notes.read_text(encoding="utf-8").replace("from 1961", "from 1962"), encoding="utf-8")
    done = _run("export", notes, "--texts", texts, "--gold", tmp_path / "gold.jsonl")
    assert done.returncode == 1 and "quote not in 71x_p02.txt" in done.stderr
    assert not (tmp_path / "gold.jsonl").exists()


def test_rebuild_leaves_a_folder_it_did_not_write_alone(tmp_path: Path) -> None:
    texts, notes = _pages(tmp_path)
    gold = tmp_path / "gold.jsonl"
    assert _run("export", notes, "--texts", texts, "--gold", gold).returncode == 0
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("a user's file", encoding="utf-8")
    done = _run("rebuild", "--texts", texts, "--out", mine, "--gold", gold)
    assert done.returncode == 2 and "not empty" in done.stderr
    assert (mine / "keep.txt").read_text(encoding="utf-8") == "a user's file" and not (mine / "gold.jsonl").exists()


def test_the_committed_offsets_are_well_formed() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1000 and {r["set"] for r in rows} == {"held", "fit"}
    for r in rows:
        assert r["relation"] in RELATIONS, r
        assert "quote" not in r and "note" not in r, r   # (no words of the pages in the repository)
        if r["relation"] != "none":
            assert 0 <= r["start"] < r["end"] and r["product"] and str(r["object"]), r


def test_every_page_has_its_address() -> None:
    docs = {json.loads(line)["doc"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    rows = (GOLD.parent / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    urls = {row.split("\t")[0]: row.split("\t")[1] for row in rows}
    # (two pages came from the store without an address: they say so)
    assert set(urls) == docs and all(u.startswith(("http", "none: ")) for u in urls.values())


def test_a_page_fetched_again_cut_elsewhere_gets_its_offsets_moved_and_its_query_kept(tmp_path: Path) -> None:
    texts, notes = _pages(tmp_path)
    notes.write_text(notes.read_text(encoding="utf-8").replace('"quote": "built', '"quote": "the Type 99 was built'),
                     encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    assert _run("export", notes, "--texts", texts, "--gold", gold).returncode == 0
    (gold.parent / "sources.tsv").write_text("doc\turl\n71x_p02.txt\thttps://example.org/a\n70x_p01.txt\tnone: x\n",
                                             encoding="utf-8")
    again = tmp_path / "again"
    again.mkdir()
    (again / "71x_p02.txt").write_text("Posted on Monday, the first of June, by the news desk.\n"
                                       "Our page says the Type 99 was built in Ruritania from 1961.", encoding="utf-8")
    found = tmp_path / "found.tsv"
    found.write_text("71x_p02.txt\thttps://example.org/a\ttype 99 ruritania\t2\tOK 1/1\n", encoding="utf-8")
    done = _run("realign", "--texts", again, "--found", found, "--gold", gold)
    assert done.returncode == 0 and "1 pages moved" in done.stdout, done.stdout + done.stderr
    out = tmp_path / "out"
    assert _run("rebuild", "--texts", again, "--out", out, "--gold", gold).returncode == 0
    back = [json.loads(line) for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [f["quote"] for f in back] == ["the Type 99 was built in Ruritania from 1961"]
    rows = (gold.parent / "sources.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "doc\turl\tquery" and rows[1].endswith("\ttype 99 ruritania") and rows[2].endswith("\t")


def test_a_page_whose_quotes_fit_nowhere_keeps_its_offsets(tmp_path: Path) -> None:
    texts, notes = _pages(tmp_path)
    gold = tmp_path / "gold.jsonl"
    assert _run("export", notes, "--texts", texts, "--gold", gold).returncode == 0
    before = gold.read_text(encoding="utf-8")
    again = tmp_path / "again"
    again.mkdir()
    (again / "71x_p02.txt").write_text("Another page altogether, about something else.", encoding="utf-8")
    done = _run("realign", "--texts", again, "--gold", gold)
    assert done.returncode == 0 and "1 left as they were" in done.stdout and "71x_p02.txt" in done.stdout
    assert gold.read_text(encoding="utf-8") == before
