"""Mutation testing: do the tests notice when a rule is broken? (docs/testing.md, "Mutation score")

A small seeded AST mutator. For each named module it lists every place a careful reviewer would
try a small change (flip a comparison, a boolean or an and/or, drop a ``not``, drop a ``raise``,
a ``return`` or a call, return None instead of a value, shift an integer constant by one), takes
a seeded sample, and runs each mutant against the tests that cover that module. A mutant is
*caught* when those tests fail (or time out) and *missed* when they pass. Mutants listed in
``scripts/mutation_equivalents.yaml`` cannot change behaviour; they are not run and not counted.

The working tree is never touched: src/, tests/ and pyproject.toml are copied to a temporary
folder, mutants are drawn from and written into that copy and the tests import it from there
(PYTHONPATH), so other runs of the suite against the working tree are unaffected.

Usage:
    python scripts/mutation.py                       # every module, seed 1, 60 mutants each
    python scripts/mutation.py --module reason/licence.py --seed 1 --sample 60
    python scripts/mutation.py --before-after        # also the score of the tests git tracks alone
    python scripts/mutation.py --list --module ingest/sniff.py   # the sampled mutants, without running
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "copytrace"
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.yaml")

# Module (under src/copytrace) -> the test files that exercise it. A mutant runs only against these.
MODULES: dict[str, list[str]] = {
    "reason/licence.py": [
        "tests/reason/test_licence.py",
        "tests/reason/test_licence_rules.py",
        "tests/reason/test_cli_reason.py",
        "tests/reason/test_dossier_explanations.py",
    ],
    "registry/audit.py": [
        "tests/core/test_audit_chain.py",
        "tests/core/test_tamper.py",
        "tests/core/test_cli.py",
        "tests/core/test_registry.py",
    ],
    "model/statement.py": [
        "tests/core/test_statement.py",
        "tests/core/test_statement_rules.py",
        "tests/core/test_registry.py",
    ],
    "ingest/sniff.py": [
        "tests/ingest/test_loaders.py",
        "tests/ingest/test_sniffing.py",
    ],
    "reason/lineage.py": [
        "tests/core/test_lineage.py",
        "tests/core/test_cli.py",
    ],
    "registry/registry.py": [
        "tests/core/test_registry.py",
        "tests/core/test_intake_review.py",
        "tests/core/test_tamper.py",
        "tests/core/test_cli.py",
        "tests/ingest/test_store.py",
    ],
}

# Modules with code paths of their own on PostgreSQL: their tests run on both backends (slower).
# (None now: reason/lineage.py had them until its queries moved to registry/queries.py.)
BOTH_BACKENDS: set[str] = set()

_COMPARE_SWAPS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.Gt),
    ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.Lt),
    ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
}
_SYMBOL: dict[type[ast.AST], str] = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not", ast.And: "and", ast.Or: "or",
}


@dataclass(frozen=True, slots=True)
class Mutant:
    module: str
    index: int  # position of the node in ast.walk order
    variant: int  # which change of that node
    line: int
    description: str
    code: str  # the source line, stripped: with description (and function), how equivalents are named
    function: str = ""  # the enclosing function or method, "" at module level

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.module, self.function, self.description, self.code)


Equivalents = dict[tuple[str, str, str, str], str]  # (module, function or "*", mutation, code) -> reason


def listed(mutant: Mutant, equivalents: Equivalents) -> bool:
    """Whether the mutant is listed as equivalent (for its function, or for any function)."""
    m = mutant
    return m.key in equivalents or (m.module, "*", m.description, m.code) in equivalents


def _changes(node: ast.AST) -> list[tuple[str, Callable[[ast.AST], ast.AST]]]:
    """The mutations of one node: a description and a function returning the replacement node."""
    out: list[tuple[str, Callable[[ast.AST], ast.AST]]] = []
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            for new in _COMPARE_SWAPS.get(type(op), ()):
                def swap(n: ast.AST, i: int = i, new: type[ast.cmpop] = new) -> ast.AST:
                    assert isinstance(n, ast.Compare)
                    n.ops[i] = new()
                    return n
                out.append((f"{_SYMBOL[type(op)]} -> {_SYMBOL[new]}", swap))
    elif isinstance(node, ast.BoolOp):
        flipped: type[ast.boolop] = ast.Or if isinstance(node.op, ast.And) else ast.And

        def boolop(n: ast.AST) -> ast.AST:
            assert isinstance(n, ast.BoolOp)
            n.op = flipped()
            return n
        out.append((f"{_SYMBOL[type(node.op)]} -> {_SYMBOL[flipped]}", boolop))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        out.append(("drop not", lambda n: n.operand if isinstance(n, ast.UnaryOp) else n))
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        out.append((f"{node.value} -> {not node.value}", lambda n: ast.Constant(not node.value)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, int):
        value = node.value
        out.append((f"{value} -> {value + 1}", lambda n: ast.Constant(value + 1)))
        out.append((f"{value} -> {value - 1}", lambda n: ast.Constant(value - 1)))
    elif isinstance(node, ast.Raise):
        out.append(("drop raise", lambda n: ast.Pass()))
    elif isinstance(node, ast.Return):
        out.append(("drop return", lambda n: ast.Pass()))
        if not (isinstance(node.value, ast.Constant) and node.value.value is None) and node.value is not None:
            out.append(("return None", lambda n: ast.Return(ast.Constant(None))))
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        out.append(("drop call", lambda n: ast.Pass()))
    return out


def _nodes(tree: ast.AST) -> Iterator[tuple[int, ast.AST]]:
    """Every node with its position, skipping annotations (with postponed evaluation they never run)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.arg) and node.annotation is not None:
            skip.update(id(n) for n in ast.walk(node.annotation))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            skip.update(id(n) for n in ast.walk(node.returns))
    for index, node in enumerate(ast.walk(tree)):
        if id(node) not in skip:
            yield index, node


def candidates(module: str, package: Path = PACKAGE) -> list[Mutant]:
    source = (package / module).read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    # A keyword argument's name tells apart changes that are otherwise alike (frozen=True, slots=True).
    keyword = {id(k.value): k.arg for k in ast.walk(tree) if isinstance(k, ast.keyword) and k.arg}
    function: dict[int, str] = {}
    for scope in ast.walk(tree):  # outer scopes first, so the innermost name is the one kept
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            prefix = function.get(id(scope), "")
            name = f"{prefix}.{scope.name}" if prefix else scope.name
            for inner in ast.walk(scope):
                if inner is not scope:
                    function[id(inner)] = name
    found: list[tuple[int, int, int, int, str]] = []  # line, column, index, variant, description
    for index, node in _nodes(tree):
        line, column = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
        named = f"{keyword[id(node)]}=" if id(node) in keyword else ""
        for variant, (description, _) in enumerate(_changes(node)):
            found.append((line, column, index, variant, named + description))
    # The same change twice on one line (two zeros, say) is numbered from the left: "0 -> -1 (#2)".
    repeats = {key for key, count in Counter((f[0], f[4]) for f in found).items() if count > 1}
    nth: dict[tuple[int, str], int] = {}
    numbered: dict[tuple[int, int], str] = {}
    for line, _column, index, variant, description in sorted(found):
        if (line, description) in repeats:
            nth[(line, description)] = nth.get((line, description), 0) + 1
            description += f" (#{nth[(line, description)]})"
        numbered[(index, variant)] = description
    nodes = dict(_nodes(tree))
    return [Mutant(module, index, variant, line, numbered[(index, variant)], lines[line - 1].strip() if line else "",
                   function.get(id(nodes[index]), "")) for line, _column, index, variant, _description in found]


def sample(module: str, seed: int, size: int, package: Path = PACKAGE) -> list[Mutant]:
    found = candidates(module, package)
    picked = random.Random(f"{seed}:{module}").sample(found, min(size, len(found)))
    return sorted(picked, key=lambda m: (m.line, m.index, m.variant))


def mutated_source(mutant: Mutant, package: Path) -> str:
    tree = ast.parse((package / mutant.module).read_text(encoding="utf-8"))
    for index, node in _nodes(tree):
        if index == mutant.index:
            _, change = _changes(node)[mutant.variant]
            _replace(tree, node, change(node))
            return ast.unparse(ast.fix_missing_locations(tree))
    raise LookupError(f"no node {mutant.index} in {mutant.module}")


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    if new is old:
        return
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
                return
            if isinstance(value, list) and any(v is old for v in value):
                value[next(i for i, v in enumerate(value) if v is old)] = new
                return
    raise LookupError("node not found in its tree")


def load_equivalents() -> Equivalents:
    if not EQUIVALENTS.exists():
        return {}
    entries = yaml.safe_load(EQUIVALENTS.read_text(encoding="utf-8")) or []
    return {(e["module"], e.get("function", "*"), e["mutation"], e["code"]): e["reason"] for e in entries}


@dataclass(slots=True)
class Result:
    module: str
    caught: int = 0
    missed: list[Mutant] = field(default_factory=list)
    equivalent: int = 0
    total: int = 0

    @property
    def score(self) -> float:
        counted = self.total - self.equivalent
        return 100.0 * self.caught / counted if counted else 100.0


class Sandbox:
    """A snapshot of src/, tests/ and pyproject.toml in a temporary folder, where mutants are written.

    Mutants are drawn from the snapshot's sources too, so a run stays consistent while others edit
    the working tree.
    """

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="copytrace-mutation-"))
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".hypothesis")
        shutil.copytree(ROOT / "src", self.root / "src", ignore=ignore)
        shutil.copytree(ROOT / "tests", self.root / "tests", ignore=ignore)
        shutil.copy2(ROOT / "pyproject.toml", self.root / "pyproject.toml")
        self.package = self.root / "src" / "copytrace"
        self.originals: dict[str, str] = {}
        self.env = {**os.environ, "PYTHONPATH": str(self.root / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
        where = subprocess.run([sys.executable, "-c", "import copytrace; print(copytrace.__file__)"],
                               env=self.env, cwd=self.root, capture_output=True, text=True, check=True).stdout
        if not where.strip().startswith(str(self.root)):
            raise SystemExit(f"the tests would import copytrace from {where.strip()}, not from the copy")

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def run_tests(self, tests: list[str], timeout: float, per_test: int, both_backends: bool) -> tuple[bool, float]:
        """Whether the tests pass, and how long they took (a timeout counts as a failure)."""
        if not tests:
            return True, 0.0
        backends = [] if both_backends else ["-k", "not postgresql"]
        command = [sys.executable, "-m", "pytest", "-x", "-q", "--no-header", "-p", "no:cacheprovider", *backends,
                   f"--timeout={per_test}", *tests]
        began = time.monotonic()
        try:
            done = subprocess.run(command, env=self.env, cwd=self.root, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return False, time.monotonic() - began
        return done.returncode == 0, time.monotonic() - began

    @contextmanager
    def mutated(self, mutant: Mutant) -> Iterator[None]:
        """The snapshot with this one mutant written into it."""
        target = self.package / mutant.module
        original = self.originals.setdefault(mutant.module, target.read_text(encoding="utf-8"))
        target.write_text(mutated_source(mutant, self.package), encoding="utf-8")
        try:
            yield
        finally:
            target.write_text(original, encoding="utf-8")


def tracked(paths: list[str]) -> list[str]:
    """The paths git knows (committed or staged): the tests as they were before new ones were written."""
    known = subprocess.run(["git", "ls-files", "--", *paths], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    return [p for p in paths if p in known]


def run_module(sandbox: Sandbox, module: str, mutants: list[Mutant], equivalents: Equivalents,
               per_test: int, verbose: bool, before_after: bool) -> list[Result]:
    """Run every mutant; with ``before_after`` score the tests git tracks and all of them in one pass.

    Tests git tracks run first; only a mutant they miss runs against the new files, so a score
    before new tests and one after come from the same snapshot and the same mutants.
    """
    tests = [t for t in MODULES[module] if (sandbox.root / t).exists()]
    old = tracked(tests) if before_after else tests
    new = [t for t in tests if t not in old]
    both = module in BOTH_BACKENDS
    timeouts: list[float] = []
    for part in (old, new):
        passed, took = sandbox.run_tests(part, timeout=600, per_test=per_test, both_backends=both)
        if not passed:
            raise SystemExit(f"{module}: the covering tests fail without any mutant: {' '.join(part)}")
        timeouts.append(max(30.0, 4 * took))
    before, after = Result(module, total=len(mutants)), Result(module, total=len(mutants))
    for mutant in mutants:
        if listed(mutant, equivalents):
            before.equivalent += 1
            after.equivalent += 1
            outcome = "equivalent"
        else:
            with sandbox.mutated(mutant):
                caught_before = bool(old) and not sandbox.run_tests(old, timeouts[0], per_test, both)[0]
                caught = caught_before or not sandbox.run_tests(new, timeouts[1], per_test, both)[0]
            for result, hit in ((before, caught_before), (after, caught)):
                if hit:
                    result.caught += 1
                else:
                    result.missed.append(mutant)
            outcome = ("caught" if caught else "MISSED") + (" (new)" if caught and not caught_before else "")
        if verbose:
            print(f"  {outcome:14} {module}:{mutant.line} {mutant.description:18} | {mutant.code}", flush=True)
    return [before, after] if before_after else [after]


def print_report(title: str, results: list[Result]) -> None:
    print(f"\n{title}\n")
    print("| module | mutants | caught | missed | equivalent | score |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| `{r.module}` | {r.total} | {r.caught} | {len(r.missed)} | {r.equivalent} | {r.score:.0f}% |")
    survivors = [m for r in results for m in r.missed]
    if survivors:
        print("\nSurvivors:")
        for m in survivors:
            print(f"- {m.module}:{m.line} `{m.description}` in `{m.code}`")


def as_json(results: list[Result]) -> list[dict[str, Any]]:
    return [{"module": r.module, "mutants": r.total, "caught": r.caught, "missed": len(r.missed),
             "equivalent": r.equivalent, "score": round(r.score, 1),
             "survivors": [{"line": m.line, "mutation": m.description, "code": m.code} for m in r.missed]}
            for r in results]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--module", action="append", choices=sorted(MODULES),
                        help="a module under src/copytrace (repeatable; default: all)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample (default 1)")
    parser.add_argument("--sample", type=int, default=60, help="mutants per module (default 60)")
    parser.add_argument("--per-test-timeout", type=int, default=60, help="seconds one test may take (default 60)")
    parser.add_argument("--before-after", action="store_true",
                        help="also score the test files git tracks alone: the score before new, untracked tests")
    parser.add_argument("--line", type=int, help="instead of a sample, every mutant on this line (one module)")
    parser.add_argument("--list", action="store_true", help="print the sampled mutants and exit")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each mutant's outcome as it runs")
    args = parser.parse_args()
    modules: list[str] = args.module or list(MODULES)
    equivalents = load_equivalents()
    for module in modules:
        present = candidates(module)
        for key in sorted(k for k in equivalents if k[0] == module):
            if not any(listed(c, {key: ""}) for c in present):
                print(f"note: {EQUIVALENTS.name} lists {key[2]!r} in {key[3]!r}, which {module} no longer has",
                      file=sys.stderr)
    if args.list:
        for module in modules:
            for mutant in _pick(module, args, PACKAGE):
                mark = " (equivalent)" if listed(mutant, equivalents) else ""
                print(f"{mutant.module}:{mutant.line} {mutant.description:18} | {mutant.code}{mark}")
        return 0
    # Stopped with kill: remove the snapshot all the same.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sandbox = Sandbox()
    runs: list[list[Result]] = []
    try:
        for module in modules:
            picked = _pick(module, args, sandbox.package)
            if args.verbose:
                print(f"{module}: {len(picked)} mutants", flush=True)
            runs.append(run_module(sandbox, module, picked, equivalents, args.per_test_timeout, args.verbose,
                                   args.before_after))
    finally:
        sandbox.close()
    header = f"seed {args.seed}, sample {args.sample} per module"
    if args.before_after:
        print_report(f"Before: the test files git tracks ({header})", [r[0] for r in runs])
    print_report(f"{'After: all' if args.before_after else 'All'} the covering tests ({header})", [r[-1] for r in runs])
    if args.json:
        report = {"seed": args.seed, "sample": args.sample, "after": as_json([r[-1] for r in runs])}
        if args.before_after:
            report["before"] = as_json([r[0] for r in runs])
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _pick(module: str, args: argparse.Namespace, package: Path) -> list[Mutant]:
    if args.line is not None:
        return [c for c in candidates(module, package) if c.line == args.line]
    return sample(module, args.seed, args.sample, package)


if __name__ == "__main__":
    sys.exit(main())
