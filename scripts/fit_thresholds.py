"""Fit the scorer's per-relation thresholds on the training passages (never on dev).

Runs the extractor on ../shared/eval/train with every threshold at zero, scores each candidate
against the gold file with ../shared/eval/score.py's matcher, and prints, per relation, the
threshold that maximises F1 (recall counted over that relation's gold facts). Copy the figures
into src/copytrace/extract/data/weights.yaml by hand, after a look.

usage: python scripts/fit_thresholds.py [--set train]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from copytrace.extract import Extractor
from copytrace.extract.scorer import weights

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {EVAL / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="train")
    args = parser.parse_args(argv)
    folder = EVAL / args.set
    if not folder.is_dir():
        print(f"no passages at {folder}: ../shared is absent", file=sys.stderr)
        return 2
    score = _score_module()
    gold = score.load(str(folder / "gold.jsonl"))
    w = weights()
    saved = dict(w.thresholds)
    for rel in w.thresholds:
        w.thresholds[rel] = -10.0
    extractor = Extractor()
    rows: list[tuple[str, float, set[int]]] = []   # relation, score, gold indexes it matches
    for path in sorted(folder.glob("[0-9]*.txt")):
        for fact in extractor.extract_file(path):
            sys_fact = {"doc": path.name, **fact.to_dict()}
            hits = {i for i, g in enumerate(gold) if g["doc"] == path.name and score.matches(g, sys_fact)}
            rows.append((fact.relation, fact.confidence, hits))
    w.thresholds.update(saved)
    for rel in sorted(saved):
        mine = sorted((r for r in rows if r[0] == rel), key=lambda r: -r[1])
        total = sum(1 for g in gold if g["relation"] == rel)
        best = (0.0, saved[rel], 0.0, 0.0)
        found: set[int] = set()
        true = 0
        for n, (_, value, hits) in enumerate(mine, 1):
            true += bool(hits)
            found |= hits
            p, r = true / n, len(found) / total if total else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            if f1 > best[0]:
                best = (f1, value, p, r)
        print(f"{rel:16s} threshold={best[1]:.2f}  P={best[2]:.2f} R={best[3]:.2f} F1={best[0]:.2f}  "
              f"(now {saved[rel]:.2f}; candidates {len(mine)}, gold {total})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
