"""Precision and recall of the extractor against a gold file, per relation and overall."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copytrace.extract.pipeline import Extractor
from copytrace.extract.textio import body_start, read_text
from tests.extract.scoring import matches, subject_names


@dataclass(slots=True)
class Score:
    """Counts per relation, and the facts that went wrong, for a report or a test."""

    per_relation: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    true_system: int = 0
    system: int = 0
    found_gold: int = 0
    gold: int = 0
    ungrounded: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 0.0

    def relation(self, name: str) -> tuple[float, float]:
        c = self.per_relation[name]
        return (c["tp_sys"] / c["sys"] if c["sys"] else 0.0, c["tp_gold"] / c["gold"] if c["gold"] else 0.0)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(gold: list[dict[str, Any]], system: list[dict[str, Any]], texts: dict[str, str] | None = None) -> Score:
    """Score system facts (the extraction contract) against gold facts (gold_seeds.jsonl format)."""
    result = Score(gold=len(gold))
    docs = {g["doc"] for g in gold}
    used: set[int] = set()
    for fact in system:
        doc = Path(str(fact.get("doc", ""))).name
        if doc not in docs:
            continue
        rel = str(fact.get("relation", "?"))
        result.system += 1
        result.per_relation[rel]["sys"] += 1
        if texts is not None and str(fact.get("quote", "")) not in texts.get(doc, ""):
            result.ungrounded.append(fact)
            continue
        hit = [i for i, g in enumerate(gold) if g["doc"] == doc and matches(g, fact)]
        if hit:
            result.true_system += 1
            result.per_relation[rel]["tp_sys"] += 1
            used.update(hit)
        else:
            result.wrong.append(fact)
    for i, g in enumerate(gold):
        result.per_relation[g["relation"]]["gold"] += 1
        if i in used:
            result.per_relation[g["relation"]]["tp_gold"] += 1
        else:
            result.missed.append(g)
    result.found_gold = len(used)
    return result


def evaluate(gold_path: Path, docs_dir: Path, extractor: Extractor | None = None) -> Score:
    """Run the extractor over every document the gold file names and score what it finds."""
    worker = extractor or Extractor()
    gold = load_jsonl(gold_path)
    texts: dict[str, str] = {}
    system: list[dict[str, Any]] = []
    for doc in sorted({g["doc"] for g in gold}):
        path = docs_dir / doc
        text = read_text(path) if path.exists() else ""
        texts[doc] = text[body_start(text):]
        system.extend(f.to_dict() for f in worker.extract_text(text, doc))
    return score(gold, system, texts)


def report_lines(result: Score) -> list[str]:
    lines = []
    for fact in result.ungrounded:
        lines.append(f"UNGROUNDED {fact['doc']} {fact['relation']} {fact['subject']} {fact['quote'][:80]!r}")
    for fact in result.wrong:
        lines.append(f"WRONG {fact['doc']} {fact['relation']} {fact['subject']} -> {fact['object']}")
    for g in result.missed:
        lines.append(f"MISSED {g['doc']} {g['relation']} {subject_names(g)[0]} -> {g['object']}")
    for rel in sorted(result.per_relation):
        c = result.per_relation[rel]
        p, r = result.relation(rel)
        lines.append(f"{rel:16s} gold={c['gold']:3d} sys={c['sys']:3d} P={p:.2f} R={r:.2f}")
    lines.append(f"ungrounded quotes: {len(result.ungrounded)}")
    lines.append(f"precision={result.precision:.2f} recall={result.recall:.2f} "
                 f"facts={result.system} gold={result.gold}")
    return lines
