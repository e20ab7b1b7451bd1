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
    python scripts/pages_gold.py realign --texts DIR --found FOUND.tsv...      # fetched again -> offsets moved

``realign`` is for pages fetched again: the page search may return a page's opening cut at another place than it did
for the annotators, so a quote can sit some characters further on or back. For each page in DIR it takes the shifts
that put every quote of the page on whole words (in Chinese, Japanese or Thai any character may end one), of those the
shifts that bring most quotes the product's model number (any script's digits) or the first letters of its name, then
most quotes ending where a sentence, clause or line ends; where exactly one shift is left and it brings more quotes
their product than the offsets as they are, the offsets move by it. FOUND.tsv lines (``doc, url, query, rank, check``)
give, for each page, the search query that returned it, kept as the third column of ``sources.tsv`` so the next fetch
takes one look-up.

``rebuild`` writes a folder that ``copytrace extract`` and ``../shared/eval/score.py`` read like the dev set's;
a page missing from DIR is left out and counted, a quote whose offsets no longer fit the text is refused.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import unicodedata
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


_ENDS = set('.!?\u3002\uff01\uff1f\u300d"\u201d\u00bb)\u2026:;')
_OPENS = set('("\u201c\u00ab[\u2014-\u2013,;:')


def _key(product: str) -> str:
    digits = re.findall(r"\d+", product)
    return max(digits, key=len) if digits else product.lower()[:4]


def _spaceless(ch: str) -> bool:
    """A character of a script written without spaces between words (Chinese, Japanese, Thai)."""
    return ch >= "\u0e00" and (ch <= "\u0e7f" or "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def _fits(text: str, start: int, end: int) -> bool:
    """Could a quote sit at text[start:end]: whole words (any character may end a word in a script without spaces)?"""
    if start < 0 or end > len(text) or start >= end:
        return False
    if start > 0 and text[start - 1].isalnum() and not (_spaceless(text[start - 1]) or _spaceless(text[start])):
        return False
    return end == len(text) or not text[end].isalnum() or _spaceless(text[end]) or _spaceless(text[end - 1])


def _ends(text: str, end: int) -> bool:
    """Does a quote ending here end a sentence, a clause or a line?"""
    return end == len(text) or text[end - 1] in _ENDS or text[end] in _ENDS or text[end] == "\n"


_DIGITS = {i: str(unicodedata.digit(chr(i))) for i in range(0x660, 0x10000)
           if chr(i).isdigit() and unicodedata.digit(chr(i), None) is not None and i > 0x7f}


def page_shift(text: str, facts: list[dict[str, Any]]) -> int | None:
    """The one shift that fits every quote of a page into its text fetched again, or None (none, or several)."""
    keys = [_key(f["product"]) for f in facts]
    best: list[int] = []
    most = (-1, -1)
    for s in range(-max(f["end"] for f in facts), len(text)):
        if not all(_fits(text, f["start"] + s, f["end"] + s) for f in facts):
            continue
        score = (sum(k.lower() in text[f["start"] + s:f["end"] + s].translate(_DIGITS).lower()
                     for f, k in zip(facts, keys, strict=True)),
                 sum(_ends(text, f["end"] + s) for f in facts))
        if score > most:
            best, most = [s], score
        elif score == most:
            best.append(s)
    if 0 in best:
        return 0
    if len(best) != 1:
        return None
    # (a move must bring more quotes their product than the offsets as they are: else the text may hold the same
    # words twice, or another cut of the page, and the offsets stay)
    here = sum(k.lower() in text[f["start"]:f["end"]].translate(_DIGITS).lower()
               for f, k in zip(facts, keys, strict=True))
    return best[0] if most[0] > here else None


def realign(texts: Path, found: list[Path], gold: Path = GOLD) -> int:
    """Move the offsets of pages fetched again onto their new text; keep each page's query in sources.tsv."""
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    queries: dict[str, str] = {}
    for path in found:
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) >= 4 and not cells[-1].startswith("NOTFOUND"):
                queries[cells[0]] = cells[2]
    moved, left, same = 0, [], 0
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["relation"] != "none":
            by_doc.setdefault(r["doc"], []).append(r)
    for doc, facts in sorted(by_doc.items()):
        page = texts / doc
        if not page.is_file():
            continue
        shift = page_shift(page.read_text(encoding="utf-8"), facts)
        if shift is None:
            left.append(doc)
            continue
        for f in facts:
            f["start"] += shift
            f["end"] += shift
        moved += shift != 0
        same += shift == 0
    tmp = gold.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    tmp.replace(gold)
    sources = gold.parent / "sources.tsv"
    if sources.is_file():
        lines = sources.read_text(encoding="utf-8").splitlines()
        out = ["doc\turl\tquery"]
        for line in lines[1:]:
            cells = [*line.split("\t"), "", ""][:3]
            if cells[0] in queries:
                cells[2] = queries[cells[0]]
            out.append("\t".join(cells))
        tmp = sources.with_suffix(".tmp")
        tmp.write_text("\n".join(out) + "\n", encoding="utf-8")
        tmp.replace(sources)
    print(f"{moved} pages moved, {same} in place, {len(left)} left as they were (no single shift fits): "
          + " ".join(left))
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
    ra = sub.add_parser("realign")
    ra.add_argument("--texts", type=Path, required=True)
    ra.add_argument("--found", type=Path, nargs="*", default=[])
    ra.add_argument("--gold", type=Path, default=GOLD, help="the offsets file to rewrite (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.command == "realign":
        return realign(args.texts, args.found, args.gold)
    if args.command == "export":
        return export(args.annotations, args.texts, args.gold)
    return rebuild(args.texts, args.out, args.set, args.gold)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
