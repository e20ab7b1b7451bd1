"""One command checks everything: lint (ruff), types (mypy --strict on the package), tests (pytest).

Usage: python scripts/check.py [pytest arguments...]
Each step runs even if an earlier one failed, so one run shows every problem; the exit status
is non-zero if any step failed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LINTED = [p for p in ("src", "tests", "benchmarks", "scripts") if Path(p).exists()]
STEPS = [
    ("lint", [sys.executable, "-m", "ruff", "check", *LINTED]),
    ("types", [sys.executable, "-m", "mypy"]),
    ("tests", [sys.executable, "-m", "pytest", *sys.argv[1:]]),
]


def main() -> int:
    failed = []
    for name, command in STEPS:
        print(f"== {name}: {' '.join(command[2:])}", flush=True)
        if subprocess.run(command).returncode != 0:
            failed.append(name)
    if failed:
        print(f"== FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("== all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
