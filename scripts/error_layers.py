"""Where extraction loses its facts on an annotated set: counts by layer, never the passages' words.

Each gold fact the extractor misses is put down to the first layer that lost it:

* ``A1`` no mention of its product anywhere in the document; ``A2`` none of its object (country, maker, year);
* ``B`` both named in the document, no reading made: ``in quote`` / ``NOT in quote`` says whether the gold quote (the
  analyst's sentence) names the product and the object; a sentence that names no product and yet states the fact
  (the page's topic, a pronoun, a dropped subject) shows as ``subject NOT in quote``;
* ``C`` a reading was made but scored below its relation's threshold;
* ``D`` it passed the threshold and a later step of the pipeline dropped it.

Each wrong fact is put down to what of it disagrees with the document's gold: the subject (the gold gives the same
relation and object to another product), the object, the relation, or all of it.

usage: python scripts/error_layers.py GOLD.jsonl DIR [--show] [--by-relation]

``--by-relation`` counts each layer and fault per relation too (counts only, so it may run on the development set).
DIR holds the passages as the extractor reads them; ``--show`` lists each fact with its layer and is refused for
``../shared/eval/dev``: the development set is measured, never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from fit_thresholds import EVAL, score_module  # (the scripts' folder is on the path of a script run)

from copytrace.extract import lexicon, pipeline
from copytrace.extract.mentions import Document, Mention
from copytrace.extract.scorer import Reading, Sentence, weights
from copytrace.extract.textio import read_text


class _Recorder:
    """The pipeline's own candidates and mentions of one document, kept as the extractor makes them."""

    def __init__(self) -> None:
        self.readings: list[Reading] = []
        self.mentions: list[Mention] = []
        # (the names the pipeline module calls, replaced for this run: it is the code measured)
        self._candidates = vars(pipeline)["candidates"]
        self._build = vars(pipeline)["build"]

    def candidates(self, s: Sentence) -> Any:
        found = list(self._candidates(s))
        self.readings.extend(found)
        return iter(found)

    def build(self, *args: Any, **kwargs: Any) -> Document:
        document: Document = self._build(*args, **kwargs)
        self.mentions = document.mentions
        return document


def _layer(score: ModuleType, gold: dict[str, Any], text: str, mentions: list[Mention], readings: list[Reading],
           names: dict[str, str]) -> str:
    def value(m: Mention) -> str:
        return names.get(m.value, m.value) if m.kind == "country" else m.value

    def names_it(m: Mention, name: str) -> bool:
        return bool(score.same(name, value(m)) or score.same(name, m.text))

    subjects = [x for x in score.subject_of(gold) if x]
    obj = str(gold["object"])
    products = [m for m in mentions if m.kind == "product" and any(names_it(m, x) for x in subjects)]
    kinds = {"made_in_country": {"country"}, "exported_to": {"country"}, "manufactured_by": {"org"},
             "introduced_year": {"year"}, "derived_from": {"product"}, "alias_of": {"product"},
             "licensed_by": {"country", "org"}}.get(gold["relation"])
    objects = [m for m in mentions if kinds is not None and m.kind in kinds and names_it(m, obj)]
    if not products:
        return "A1 no mention of the product"
    if kinds is not None and not objects:
        return "A2 no mention of the object"
    ours = [r for r in readings if score.matches(gold, {"subject": r.subject.value, "subject_text": r.subject.text,
                                                        "relation": r.relation, "object": r.object})]
    if not ours:
        quote = str(gold.get("quote", ""))
        at = text.find(quote[:60]) if quote else -1
        end = at + len(quote)

        def inside(ms: list[Mention]) -> bool:
            return at >= 0 and any(at <= m.start and m.end <= end + 5 for m in ms)

        said = "subject in quote" if inside(products) else "subject NOT in quote"
        return f"B no reading ({said}, object {'in quote' if kinds is None or inside(objects) else 'NOT in quote'})"
    if max(r.score for r in ours) < weights().thresholds.get(gold["relation"], 0.5):
        return "C below threshold"
    return "D dropped after the threshold"


def _fault(score: ModuleType, fact: dict[str, Any], gold: list[dict[str, Any]]) -> str:
    def subject(g: dict[str, Any]) -> bool:
        return any(score.same(a, b) for a in score.subject_of(g) if a for b in score.subject_of(fact) if b)

    def obj(g: dict[str, Any]) -> bool:
        return bool(score.same(str(g["object"]), str(fact["object"])))

    if any(g["relation"] == fact["relation"] and obj(g) for g in gold):
        return "wrong subject (the gold gives relation and object to another product)"
    if any(g["relation"] == fact["relation"] and subject(g) for g in gold):
        return "wrong object"
    if any(subject(g) and obj(g) for g in gold):
        return "wrong relation"
    return "no such fact at all"


def main(argv: list[str]) -> int:
    show = "--show" in argv
    by_relation = "--by-relation" in argv
    args = [a for a in argv if a not in {"--show", "--by-relation"}]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-4], file=sys.stderr)
        return 2
    gold_path, folder = Path(args[0]), Path(args[1])
    if show and (EVAL / "dev").resolve() in (gold_path.resolve().parent, folder.resolve()):
        print("the development set is measured, never read: no --show on it", file=sys.stderr)
        return 2
    score = score_module()
    gold = score.load(str(gold_path))
    recorder = _Recorder()
    vars(pipeline).update(candidates=recorder.candidates, build=recorder.build)
    extractor = pipeline.Extractor()
    names = lexicon.countries().names
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        ours = [g for g in gold if g["doc"] == path.name]
        if not ours:
            continue
        recorder.readings = []
        text = read_text(path)
        facts = [{"doc": path.name, **f.to_dict()} for f in extractor.extract_text(text, path.name)]
        for g in ours:
            if any(score.matches(g, f) for f in facts):
                continue
            layer = _layer(score, g, text, recorder.mentions, recorder.readings, names)
            missed[f"{layer} [{g['relation']}]" if by_relation else layer] += 1
            if show:
                print("MISSED", layer, "|", path.name, g["relation"], score.subject_of(g)[0], "->", g["object"])
        for f in facts:
            if not any(score.matches(g, f) for g in ours):
                fault = _fault(score, f, ours)
                wrong[f"{fault} [{f['relation']}]" if by_relation else fault] += 1
                if show:
                    print("WRONG", fault, "|", path.name, f["relation"], f["subject"], "->", f["object"])
    print(f"missed {sum(missed.values())}:")
    for layer, n in sorted(missed.items()):
        print(f"  {n:4d}  {layer}")
    print(f"wrong {sum(wrong.values())}:")
    for fault, n in sorted(wrong.items(), key=lambda x: -x[1]):
        print(f"  {n:4d}  {fault}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
