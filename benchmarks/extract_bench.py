"""Extraction speed, start-up and peak memory, measured on real passages, against a bare Aho-Corasick pass.

The corpus is built at run time (in memory) from the development passages in ``../shared/eval/dev`` (kept out
of the repository): their paragraphs are shuffled (seeded) into unique 2-6 KB documents, each made of paragraphs
of one language plus a numbered line, until it holds ``--mb`` MB (1 MB = 10**6 bytes of UTF-8). Measured in one
run, on one core, in this process:

* the extractor: ``Extractor().extract_text(doc, name)`` on every document (MB/s);
* the reference: one ``pyahocorasick`` pass (``automaton.iter`` consumed fully) over the same documents, with
  every key the extractor matches (all languages' matchers plus the names matcher), on text already folded by
  ``match_fold`` (the fold is timed and reported apart); and the ratio extractor / reference;
* start-up: a fresh ``python -c`` that imports ``copytrace.extract``, builds ``Extractor()`` and extracts one
  English sentence (median of 3 wall times, interpreter start included, bytecode kept as an installed
  package keeps it), with the packs' names cache filled and on a first run with an empty cache;
* peak memory: ``copytrace extract FILE`` as a child process (its own peak RSS, VmHWM) on a 250 KB single
  sentence, 1 MB and 2 MB of mixed real passages as one text (and the ratio of their wall times: cost must grow
  linearly with a text's length) and 250 KB of pathological texts.

usage: python benchmarks/extract_bench.py [--mb 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

import ahocorasick

from copytrace.extract import Extractor, lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.resolve import default_names

MB = 1_000_000
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
STARTUP = ("from copytrace.extract import Extractor; "
           "Extractor().extract_text('Poland built the T-72 under a Soviet licence.', 'x')")
SENTENCE_WORDS = ["the", "Soviet", "T-72", "tank", "was", "copied", "by", "Poland", "under", "licence", "AK-47",
                  "Yugoslavia", "China", "Type 56", "built", "Romania", "exported", "to", "Iraq", "Chinese",
                  "M-84", "Polish", "PT-91", "Czechoslovak", "MiG-21", "J-7", "produced", "in", "and"]


def load_passages() -> dict[str, list[str]]:
    """Paragraphs of the dev passages, by language (the body after the first blank line of each file)."""
    by_lang: dict[str, list[str]] = {}
    for path in sorted(DEV.glob("[0-9]*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        lang = next((line[5:].strip() for line in head.splitlines() if line.startswith("LANG:")), "xx")
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        by_lang.setdefault(lang, []).extend(paragraphs)
    return by_lang


def build_corpus(by_lang: dict[str, list[str]], mb: float, rng: random.Random) -> list[str]:
    docs: list[str] = []
    total = 0
    langs = sorted(by_lang)
    while total < mb * MB:
        paragraphs = by_lang[rng.choice(langs)]
        target = rng.randint(2_000, 6_000)
        parts = [f"№ {len(docs) + 1:07d}"]
        size = 0
        while size < target:
            para = rng.choice(paragraphs)
            parts.append(para)
            size += len(para.encode()) + 2
        doc = "\n\n".join(parts) + "\n"
        docs.append(doc)
        total += len(doc.encode())
    return docs


def all_keys() -> list[str]:
    keys: set[str] = set(default_names()._matcher._by_key)
    for code in lexicon.available():
        keys.update(lexicon.language(code).matcher._by_key)
    return sorted(keys)


def bench_extractor(docs: list[str]) -> float:
    extractor = Extractor()
    extractor.extract_text(docs[0], "warm-up")  # load the names and the first language outside the timing
    for code in lexicon.available():
        lexicon.language(code).matcher.find("x", "x")  # build every automaton outside the timing
    start = time.perf_counter()
    for n, doc in enumerate(docs):
        extractor.extract_text(doc, f"doc{n}")
    return time.perf_counter() - start


def bench_reference(docs: list[str], keys: list[str]) -> tuple[float, float]:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    start = time.perf_counter()
    folded = [match_fold(doc) for doc in docs]
    fold_s = time.perf_counter() - start
    start = time.perf_counter()
    for text in folded:
        deque(automaton.iter(text), maxlen=0)
    return fold_s, time.perf_counter() - start


def startup(cold: bool = False) -> float:
    """Median of 3 wall times; ``cold`` gives each run an empty names cache (a first run after installing).

    Python may keep its bytecode, as an installed package does (pip compiles it on install); a shell that sets
    PYTHONDONTWRITEBYTECODE would otherwise have every run compile the extractor's modules again (70 ms)."""
    times = []
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(3):
        with tempfile.TemporaryDirectory() as cache:
            env = {**base, "COPYTRACE_CACHE": cache} if cold else base
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", STARTUP], check=True, env=env)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


# ``copytrace extract`` as the console script runs it, reporting its own peak RSS (VmHWM, which exec resets;
# ru_maxrss would carry over this parent's peak through fork and exec) as the last line of stderr
CLI = ("import atexit, re, sys\n"
       "def hwm():\n"
       "    status = open('/proc/self/status').read()\n"
       "    sys.stderr.write('\\nVmHWM ' + re.search(r'VmHWM:\\s*(\\d+)', status).group(1) + '\\n')\n"
       "atexit.register(hwm)\n"
       "from copytrace.cli import main\n"
       "sys.argv[0] = 'copytrace'\n"
       "main()\n")


def peak_memory(path: Path, timeout: float = 600.0) -> tuple[float, float, str]:
    """Peak RSS (MB) and wall time of ``copytrace extract path``, and how it ended."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", CLI, "extract", str(path)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("nan"), time.perf_counter() - start, f"killed after {timeout:.0f} s"
    wall = time.perf_counter() - start
    lines = proc.stderr.strip().splitlines()
    rss = int(lines[-1].split()[1]) / 1024 if lines and lines[-1].startswith("VmHWM ") else float("nan")
    errors = [line for line in lines if line.strip() and not line.startswith("VmHWM ")]
    ended = "ok" if proc.returncode == 0 else f"exit {proc.returncode}: {errors[-1] if errors else ''}"
    return rss, wall, ended  # VmHWM is in KiB


def memory_inputs(docs: list[str], rng: random.Random) -> dict[str, str]:
    words: list[str] = []
    size = 0
    while size < 250_000:
        word = rng.choice(SENTENCE_WORDS) + ("," if rng.random() < 0.2 else "")
        words.append(word)
        size += len(word) + 1
    mixed: list[str] = []
    size = 0
    for doc in rng.sample(docs, len(docs)):
        if size >= 2 * MB:
            break
        mixed.append(doc)
        size += len(doc.encode())
    whole = "\n".join(mixed)
    return {
        "250 KB sentence": " ".join(words) + "\n",
        "1 MB mixed passages": whole[:len(whole) // 2],
        "2 MB mixed passages": whole,
        "250 KB 'T-72Soviet' x N": "T-72Soviet" * 25_000 + "\n",
        "250 KB '![' x N": "![" * 125_000 + "\n",
        # (a naming word near a family's name thousands of times: each is looked up within its sentence alone)
        "250 KB renaming x N": "The Oakfield works, later renamed Kalashnikov, made the AK. " * 4_200 + "\n",
        # (a unit's symbol before a capital thousands of times: each looks back a few characters for its number)
        "250 KB units x N": "Kaliber 7 mm. Der Lauf ist lang. " * 7_600 + "\n",
        # (a town's adjective before a plant word thousands of times, in a Slavic language: the towns' index is built
        # once)
        "250 KB town plants x N": "Харьковский завод выпускал танки Т-64. " * 6_400 + "\n",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the shuffle (default 7)")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"extract_bench: {DEV} not found (the dev passages live in ../shared, outside the repository)",
              file=sys.stderr)
        sys.exit(2)
    rng = random.Random(args.seed)
    docs = build_corpus(load_passages(), args.mb, rng)
    size = sum(len(d.encode()) for d in docs) / MB
    print(f"corpus: {len(docs)} documents, {size:.1f} MB, {sum(map(len, docs)) / MB:.1f} M characters")
    keys = all_keys()
    print(f"keys: {len(keys)} (all languages' matchers and the names matcher)")

    ext_s = bench_extractor(docs)
    fold_s, ac_s = bench_reference(docs, keys)
    ext, ref = size / ext_s, size / ac_s
    print(f"extractor: {ext:.2f} MB/s ({ext_s:.1f} s)  target >= 5 MB/s")
    print(f"match_fold: {size / fold_s:.1f} MB/s ({fold_s:.2f} s, not in the reference)")
    print(f"reference Aho-Corasick: {ref:.1f} MB/s ({ac_s:.2f} s)")
    print(f"ratio: {ref / ext:.1f} x  target <= 8 x")
    startup()   # fills the names cache, as any first run does
    print(f"start-up: {startup():.2f} s with the names cache, {startup(cold=True):.2f} s on a first run  "
          f"target < 0.5 s")

    walls: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="extract_bench_") as tmp:
        for n, (label, text) in enumerate(memory_inputs(docs, rng).items()):
            path = Path(tmp) / f"input{n}.txt"
            path.write_text(text, encoding="utf-8")
            rss, wall, ended = peak_memory(path)
            walls[label] = wall
            target = "< 300 MB" if label == "250 KB sentence" else "< 500 MB"
            print(f"peak memory {label}: {rss:.0f} MB ({wall:.1f} s, {ended})  target {target}")
    # one text twice as long should take about twice as long (a process's start-up included in both)
    print(f"one long text, 2 MB / 1 MB wall time: {walls['2 MB mixed passages'] / walls['1 MB mixed passages']:.2f}"
          "  target about 2 (linear)")


if __name__ == "__main__":
    main()
