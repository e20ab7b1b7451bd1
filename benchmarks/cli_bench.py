"""How fast the command line starts: ``copytrace --help`` and ``copytrace show AKM`` against ``python -c pass``.

    python benchmarks/cli_bench.py [--runs 7] [--db PATH]

Builds the demo registry in a temporary folder (or uses ``--db``), then runs each command ``--runs``
times as a new process, as a user would, and prints the median wall time, the median CPU time of the
process (user + system, which a busy machine inflates less) and each as a multiple of ``python -c pass``
measured in the same run. Targets (issue 15): ``--help`` under 0.3 s and ``show`` under 0.6 s of wall time.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"copytrace --help": 0.3, "copytrace show AKM": 0.6}


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv`` as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "100"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(argv: list[str], runs: int) -> tuple[float, float]:
    timed(argv)   # one unmeasured run: the files are in the page cache afterwards, as for a user's second call
    results = [timed(argv) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", help="A registry holding AKM (default: build the demo in a temporary folder).")
    args = parser.parse_args()
    python = sys.executable
    # The installed script's own code: import the package, call main().
    copytrace = [python, "-c", "import sys; from copytrace.cli import main; sys.argv[0] = 'copytrace'; main()"]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            subprocess.run([*copytrace, "demo", "--dir", str(Path(tmp) / "demo")], check=True,
                           stdout=subprocess.DEVNULL)
            db = str(Path(tmp) / "demo" / "registry.db")
        cases = {"python -c pass": [python, "-c", "pass"],
                 "copytrace --help": [*copytrace, "--help"],
                 "copytrace show AKM": [*copytrace, "show", "AKM", "--db", db]}
        measured = {name: median_of(argv, args.runs) for name, argv in cases.items()}
    base_wall, base_cpu = measured["python -c pass"]
    print(f"{'command':<22}{'wall s':>9}{'x pass':>9}{'cpu s':>9}{'x pass':>9}  target (wall)")
    failed = False
    for name, (wall, cpu) in measured.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"< {target} s: {'ok' if wall < target else 'MISSED'}"
        failed = failed or (target is not None and wall >= target)
        print(f"{name:<22}{wall:>9.3f}{wall / base_wall:>9.1f}{cpu:>9.3f}{cpu / max(base_cpu, 1e-3):>9.1f}  {verdict}")
    print(f"(median of {args.runs} runs each; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
