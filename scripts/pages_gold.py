"""Blind gold of real pages kept as offsets: the annotations live in the repository, the pages' text does not.

``eval/pages/gold.jsonl`` holds facts that annotators wrote for real stored pages before any extractor output was
shown to them (stop 72: 271 pages in about 30 languages, 1,510 facts), each as the page's file name, the product's
normalised name, relation, object, optional scope, the quote's offsets in the page and a ``hard`` flag for the
annotator's own hard calls; ``eval/pages/sources.tsv`` gives each page's address. A page's text is the opening of
the stored page as the project's page search returned it (fetch it again by its address), kept outside the
repository (``/work/pages/text`` on the team's machines).

Two sets: ``held`` (never read to fit anything: pages ``71?_pNN`` with an even NN) and ``fit`` (the others; read
to find faults). Commands:

    python scripts/pages_gold.py export ANNOTATIONS.jsonl... --texts DIR      # quotes -> offsets (writes gold.jsonl)
    python scripts/pages_gold.py rebuild --texts DIR --out OUT [--set held]   # offsets -> OUT/gold.jsonl + pages

``rebuild`` writes a folder that ``copytrace extract`` and ``../shared/eval/score.py`` read like the dev set's;
a page missing from DIR is left out and counted, a quote whose offsets no longer fit the text is refused.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[1] / "eval" / "pages" / "gold.jsonl"
_HELD = re.compile(r"71[a-z]_p(\d+)\.txt$")
_HARD = re.compile(r"hard call|weak|borderline|uncertain", re.IGNORECASE)


def page_set(doc: str) -> str:
    """``held`` for the pages set apart for measuring, ``fit`` for the rest."""
    m = _HELD.match(doc)
    return "held" if m is not None and int(m.group(1)) % 2 == 0 else "fit"


def export(paths: list[Path], texts: Path, gold: Path = GOLD) -> int:
    """Annotators' facts with quotes -> facts with offsets, the pages judged to state nothing kept as such."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            fact = json.loads(line)
            doc = fact["doc"]
            row: dict[str, Any] = {"doc": doc, "set": page_set(doc)}
            if fact.get("relation") == "none":
                rows.append(row | {"relation": "none"})
                continue
            page = texts / doc
            if not page.is_file():
                print(f"{path}:{n}: no page {page}", file=sys.stderr)
                return 1
            text = page.read_text(encoding="utf-8")
            start = text.find(fact["quote"])
            if start < 0:
                print(f"{path}:{n}: quote not in {doc}", file=sys.stderr)
                return 1
            row |= {"product": fact["product"]["normalized"], "relation": fact["relation"],
                    "object": fact["object"], "start": start, "end": start + len(fact["quote"])}
            if fact.get("scope"):
                row["scope"] = fact["scope"]
            row["hard"] = bool(_HARD.search(fact.get("note", "")))
            rows.append(row)
    gold.parent.mkdir(parents=True, exist_ok=True)
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows, {len({r['doc'] for r in rows})} pages -> {gold}")
    return 0


def rebuild(texts: Path, out: Path, which: str | None, gold: Path = GOLD) -> int:
    """Offsets -> a folder of pages and a gold file with quotes, as ``score.py`` reads them."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if which is None or r["set"] == which]
    if out.exists() and any(out.iterdir()) and not (out / "gold.jsonl").is_file():
        print(f"{out}: not empty and not a folder this command wrote; give another", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    missing: set[str] = set()
    kept: list[dict[str, Any]] = []
    for r in rows:
        page = texts / r["doc"]
        if not page.is_file():
            missing.add(r["doc"])
            continue
        shutil.copyfile(page, out / r["doc"])
        if r["relation"] == "none":
            continue
        text = page.read_text(encoding="utf-8")
        if r["end"] > len(text):
            print(f"{r['doc']}: offsets {r['start']}-{r['end']} past the text's end", file=sys.stderr)
            return 1
        fact = {"doc": r["doc"], "product": {"as_written": r["product"], "normalized": r["product"]},
                "relation": r["relation"], "object": r["object"], "quote": text[r["start"]:r["end"]]}
        if "scope" in r:
            fact["scope"] = r["scope"]
        kept.append(fact)
    (out / "gold.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in kept),
                                    encoding="utf-8")
    print(f"{len(kept)} facts on {len({f['doc'] for f in kept})} pages -> {out}; {len(missing)} pages missing")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("annotations", nargs="+", type=Path)
    ex.add_argument("--texts", type=Path, required=True)
    ex.add_argument("--gold", type=Path, default=GOLD, help="the offsets file to write (default: %(default)s)")
    rb = sub.add_parser("rebuild")
    rb.add_argument("--texts", type=Path, required=True)
    rb.add_argument("--out", type=Path, required=True)
    rb.add_argument("--set", choices=["held", "fit"])
    rb.add_argument("--gold", type=Path, default=GOLD, help="the offsets file to read (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.command == "export":
        return export(args.annotations, args.texts, args.gold)
    return rebuild(args.texts, args.out, args.set, args.gold)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
