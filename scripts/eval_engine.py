"""Score an extraction engine (rules, llm or both) on the real passages of ../shared/eval with its scorer.

Each passage's SOURCE/LANG header is stripped first (facts index the text after it, as
../shared/eval/README.md says); the facts go to ../shared/eval/score.py, whose table is printed.
The llm engine talks to the server in COPYTRACE_LLM_URL (see docs/extraction.md, "Engines").

usage: python scripts/eval_engine.py [--engine rules|llm|both] [--set dev|train] [--verbose] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from copytrace.errors import CopytraceError
from copytrace.extract.llm import ENGINES, Engine
from copytrace.extract.textio import read_text

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def strip_header(text: str) -> str:
    """The passage without its leading SOURCE:/LANG: lines and the blank line after them."""
    lines = text.split("\n")
    n = 0
    while n < len(lines) and lines[n].startswith(("SOURCE:", "LANG:")):
        n += 1
    if n and n < len(lines) and not lines[n].strip():
        n += 1
    return "\n".join(lines[n:])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=ENGINES, default="rules")
    parser.add_argument("--set", default="dev", help="dev (measuring) or train (fitting)")
    parser.add_argument("--verbose", action="store_true", help="list each wrong and missed fact")
    parser.add_argument("--keep", type=Path, help="keep the stripped passages and facts (facts.jsonl) here")
    args = parser.parse_args(argv)
    folder = EVAL / args.set
    if not (folder / "gold.jsonl").is_file():
        print(f"no passages at {folder}: ../shared is absent", file=sys.stderr)
        return 2
    try:
        engine = Engine(args.engine)
    except CopytraceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        texts = out / "text"
        texts.mkdir(parents=True, exist_ok=True)
        documents = []
        for path in sorted(folder.glob("[0-9]*.txt")):
            (texts / path.name).write_text(strip_header(read_text(path)), encoding="utf-8")
            documents.append((read_text(texts / path.name), path.name, None))
        facts = out / "facts.jsonl"
        failed = 0
        with facts.open("w", encoding="utf-8") as sink:
            for found in engine.extract_many(documents):
                if found.error is not None:
                    print(f"error: {found.doc}: {found.error}", file=sys.stderr)
                    failed += 1
                if found.dropped:
                    print(f"{found.doc}: dropped {dict(found.dropped)}", file=sys.stderr)
                sink.writelines(fact.to_json() + "\n" for fact in found.facts)
        command = [sys.executable, str(EVAL / "score.py"), str(folder / "gold.jsonl"), str(facts),
                   "--docs", str(texts)] + (["--verbose"] if args.verbose else [])
        status = subprocess.run(command, check=False).returncode
    if failed:
        print(f"{failed} passages had no model facts (errors above)", file=sys.stderr)
    return status or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
