"""One command checks everything: lint (ruff), types (mypy --strict on the package), tests (pytest).

Usage: python scripts/check.py [pytest arguments...]
Each step runs even if an earlier one failed, so one run shows every problem; the exit status
is non-zero if any step failed. The tests run in one process per core (pytest-xdist, at most four, each test file
whole in one of them, so a file's fixtures are built once); pass ``-n 0`` to run them in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LINTED = [p for p in ("src", "tests", "benchmarks", "scripts") if Path(p).exists()]


def _parallel(args: list[str]) -> list[str]:
    """pytest-xdist's options for this machine, unless the arguments choose their own."""
    if any(a.startswith(("-n", "--numprocesses", "--dist")) or a == "no:xdist" for a in args):
        return []
    workers = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return ["-n", str(workers), "--dist", "loadfile"] if workers > 1 else []


STEPS = [
    ("lint", [sys.executable, "-m", "ruff", "check", *LINTED]),
    ("types", [sys.executable, "-m", "mypy"]),
    ("tests", [sys.executable, "-m", "pytest", *_parallel(sys.argv[1:]), *sys.argv[1:]]),
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
