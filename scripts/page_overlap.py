"""Which saved pages are (copies or translations in part of) the passages of a measured set: counts only.

The stored-page search also holds the pages some development passages were cut from. A rule learnt from such a page is
learnt from the dev set, and the dev figures stop telling how copytrace reads text it has not seen. Run this on the
pages you saved before you fix anything from them: it prints, for each page that shares stretches of text with a
passage, the two file names and how many of the page's stretches the passage holds, never the text itself.

usage: python scripts/page_overlap.py PAGE_DIR [PAGE_DIR ...] [--set DIR] [--min N]

A stretch is 40 characters, whitespace collapsed, taken every 5 characters of the page; a page is listed where the
passage holds at least ``--min`` of them (default 3). ``--set`` defaults to ../shared/eval/dev (the passages' SOURCE and
LANG lines are left out).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
STRETCH = 40
STEP = 5


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _body(path: Path) -> str:
    """A passage without its SOURCE:/LANG: header (the text after the first blank line, where it has one)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.split("\n\n", 1)[1] if text.startswith("SOURCE:") and "\n\n" in text else text


def stretches(text: str) -> set[str]:
    t = _norm(text)
    return {t[i:i + STRETCH] for i in range(0, max(0, len(t) - STRETCH + 1), STEP)}


def overlaps(pages: list[Path], passages: list[Path], least: int) -> list[tuple[Path, Path, int, int]]:
    """(page, passage, stretches of the page the passage holds, the page's stretches) where at least ``least``."""
    bodies = [(p, _norm(_body(p))) for p in passages]
    out = []
    for page in pages:
        own = stretches(page.read_text(encoding="utf-8", errors="replace"))
        for passage, body in bodies:
            shared = sum(1 for s in own if s in body)
            if shared >= least:
                out.append((page, passage, shared, len(own)))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path, help="folders of saved pages (*.txt)")
    parser.add_argument("--set", type=Path, default=DEV, help="the passages to check against (default: dev)")
    parser.add_argument("--min", type=int, default=3, help="stretches shared before a page is listed")
    args = parser.parse_args(argv)
    passages = sorted(args.set.glob("[0-9]*.txt"))
    if not passages:
        print(f"no passages in {args.set}", file=sys.stderr)
        return 2
    missing = [d for d in args.pages if not d.exists()]
    if missing:
        print(f"no such folder or file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    pages = sorted(p for d in args.pages for p in (d.glob("*.txt") if d.is_dir() else [d]))
    if not pages:
        print(f"no pages (*.txt) in {', '.join(map(str, args.pages))}", file=sys.stderr)
        return 2
    found = overlaps(pages, passages, args.min)
    for page, passage, shared, total in found:
        print(f"{page.name} ~ {passage.name}: {shared} of {total} stretches")
    print(f"{len(found)} of {len(pages)} pages share text with {args.set}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
