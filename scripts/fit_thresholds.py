"""Fit the scorer's per-relation thresholds on the training passages (never on dev).

Runs the extractor on ../shared/eval/train with every threshold at zero, scores each candidate
against the gold file with ../shared/eval/score.py's matcher, and prints, per relation, the
threshold that maximises F1 (recall counted over that relation's gold facts). Copy the figures
into src/copytrace/extract/data/weights.yaml by hand, after a look.

usage: python scripts/fit_thresholds.py [--set train] [--set DIR:GOLD ...]

A set is a folder of ../shared/eval (its passages and its gold.jsonl) or DIR:GOLD, passages you annotated yourself
(kept out of the repository); several sets are fitted together.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from copytrace.extract import Extractor, pipeline
from copytrace.extract.scorer import weights
from copytrace.extract.textio import read_text
from copytrace.model.candidate import CandidateFact

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def score_module() -> ModuleType:
    """../shared/eval/score.py, the scorer every figure of the project comes from (also used by error_layers.py)."""
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {EVAL / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


raw_scores: dict[tuple[str, str, str, int], float] = {}
_fact = pipeline._fact


def _recording_fact(document: Any, doc: str, code: str, cand: Any, *rest: Any) -> CandidateFact:
    """The pipeline's own fact builder, noting each fact's raw score (confidence is clipped to 0..1)."""
    fact = _fact(document, doc, code, cand, *rest)
    key = (fact.subject, fact.relation, fact.object, fact.start)
    raw_scores[key] = max(raw_scores.get(key, -99.0), cand.score)
    return fact


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", help="train (default), dev is refused, or DIR:GOLD")
    args = parser.parse_args(argv)
    sets: list[tuple[Path, Path]] = []
    for name in args.set or ["train"]:
        if name == "dev":
            print("fit on train or on passages of your own, never on dev", file=sys.stderr)
            return 2
        folder, _, gold_path = name.partition(":")
        path = Path(folder) if gold_path else EVAL / folder
        sets.append((path, Path(gold_path) if gold_path else path / "gold.jsonl"))
        if not path.is_dir() or not sets[-1][1].is_file():
            print(f"no passages or gold at {name}", file=sys.stderr)
            return 2
    score = score_module()
    pipeline._fact = _recording_fact
    w = weights()
    saved = dict(w.thresholds)
    for rel in w.thresholds:
        w.thresholds[rel] = -10.0
    extractor = Extractor()
    rows: list[tuple[str, float, set[int]]] = []   # relation, raw score, gold indexes it matches
    gold: list[dict[str, Any]] = []
    for folder, gold_path in sets:
        first = len(gold)
        gold.extend(score.load(str(gold_path)))
        # (the shared folders' passages are numbered; a folder of one's own holds passages alone)
        for path in sorted(folder.glob("[0-9]*.txt" if folder.resolve().parent == EVAL.resolve() else "*.txt")):
            scored: list[tuple[CandidateFact, float]] = []
            document = read_text(path)
            for fact in extractor.extract_text(document, path.name):
                scored.append((fact, raw_scores.get((fact.subject, fact.relation, fact.object, fact.start), 0.0)))
            raw_scores.clear()
            for fact, raw in scored:
                sys_fact = {"doc": path.name, **fact.to_dict()}
                hits = {i for i, g in enumerate(gold) if i >= first and g["doc"] == path.name
                        and score.matches(g, sys_fact)}
                rows.append((fact.relation, raw, hits))
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
