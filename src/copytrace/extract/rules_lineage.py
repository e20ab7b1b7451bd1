"""derived_from and alias_of: which product copies which, and which names mean the same one."""

from __future__ import annotations

import itertools

from copytrace.extract.context import Context, Derivation, Found
from copytrace.extract.mentions import Clause, Mention

_PARENT_WINDOW = 6
_CHILD_AFTER = 10
_ACRONYM = 2
_OPENING_WORDS = 4


def _negated(clause: Clause, cue: Mention) -> bool:
    words = clause.words(max(clause.start, cue.start - 40), cue.start)[-3:]
    return any(w in clause.word_set("negation") for w in words)


def _children_before(clause: Clause, cue: Mention, parent: Mention) -> list[Mention]:
    nearest = clause.before(cue.start, "product", 12)
    if nearest is None or nearest is parent:
        return []
    return [m for m in clause.listed(nearest, forward=False) if m is not parent]


def _child_after(clause: Clause, parent: Mention) -> Mention | None:
    """The name given after the parent: "tiruan Kalashnikov, yang dikenal sebagai Vektor CR-21"."""
    for m in clause.of("product"):
        if m.start >= parent.end:
            if clause.light_gap(parent.end, m.start):
                return None  # "copies of the AK-47 and the AKM": both are parents
            if clause.cues("derive") and any(c.start >= parent.end and c.end <= m.start for c in clause.cues("derive")):
                return None  # "based on the Rk 62, itself a derivative of the AK-47"
            return m if len(clause.words(parent.end, m.start)) <= _CHILD_AFTER else None
    return None


def find_derivations(ctx: Context) -> list[Derivation]:
    clause = ctx.clause
    if clause.cues("not_derived"):
        return []
    out: list[Derivation] = []
    for cue in clause.cues("derive"):
        if _negated(clause, cue):
            continue
        parent = clause.after(cue.end, "product", _PARENT_WINDOW)
        if parent is not None and any(m.is_cue("derive", "replace", "derive_reverse") and m is not cue
                                      for m in clause.mentions if cue.end <= m.start < parent.start):
            parent = None
        if parent is not None and _copular(clause, cue, parent):
            # "Its successor is the AK-74", "Polską wersją był kbk AKMS": the name after the verb is
            # the version itself; what it is a version of comes before the cue, or from the topic.
            owner = _owner(ctx, cue, general=True)
            if owner is not None:
                out.extend(Derivation(child, owner, cue) for child in clause.listed(parent)
                           if child.target != owner.target)
            continue
        children: list[Mention] = []
        if parent is not None:
            children = _children_before(clause, cue, parent)
            if not children:
                after = _child_after(clause, parent)
                children = [after] if after is not None else []
            if not children:
                anaphor = ctx.anaphor_opens(cue)  # "Он стал преемником АК-47"
                children = [anaphor] if anaphor is not None else []
            gap = clause.words(cue.end, parent.start)
            if "," in gap and not any(w in clause.word_set("of_words") for w in gap):
                # "a folding-stock version, the PM md. 65,": the name is the version itself, of the
                # product that owns the cue ("the AKM's successor, the AK-74,") if one does
                owner = _owner(ctx, cue, general=False) if clause.light_gap(cue.end, parent.start) else None
                if owner is None and clause.light_gap(cue.end, parent.start) and \
                        clause.before(cue.start, "product", 12) is None and \
                        len(clause.words(clause.start, cue.start)) <= _OPENING_WORDS:
                    owner = ctx.anaphor()  # "A folding-stock version, the PM md. 65, followed": of the topic
                if owner is not None and owner.target != parent.target:
                    out.append(Derivation(parent, owner, cue))
                continue
        else:
            # "an AK copy", "a Kalashnikov clone": the parent modifies the cue word
            parent = clause.before(cue.start, "product", 0)
            if parent is None:
                continue
            prior = clause.before(parent.start, "product", 8)
            later = clause.after(cue.end, "product", 4)
            children = [c for c in (prior, later) if c is not None][:1]
        out.extend(Derivation(child, parent, cue) for child in children if child.target != parent.target)
    for cue in clause.cues("derive_reverse"):
        parent = clause.before(cue.start, "product", 8)
        if parent is None and clause.anaphor_in(cue.start, cue.end):
            parent = ctx.anaphor()  # "На его основе создан АК-74М": "its basis" is the previous topic's
        first = clause.after(cue.end, "product", 4)
        if parent is None or first is None:
            continue
        out.extend(Derivation(child, parent, cue) for child in clause.listed(first) if child.target != parent.target)
    return [d for d in out if not d.child.generic and _allowed(ctx, d)]


def _described(written: str) -> bool:
    """A lower-case phrase with no model number or acronym ("автомат Калашникова модернизированный"),
    unlike "kbk AKMS" or "Pistol Mitralieră model 1963"."""
    return written[:1].islower() and not any(
        any(c.isdigit() for c in w) or sum(c.isupper() for c in w) >= _ACRONYM for w in written.split())


def _copular(clause: Clause, cue: Mention, named: Mention) -> bool:
    """Only a copula (and articles) between a derivation noun and a name: "successor is the", "wersją był"."""
    gap = clause.words(cue.end, named.start)
    if not gap or len(gap) > 4:
        return False
    copulas = clause.word_set("copulas")
    if not any(w in copulas for w in gap):
        return False
    # "był kbk AKMS", "was the assault rifle AK-74": a family noun may stand before the name
    start = cue.end
    for noun in clause.cues("family"):
        if cue.end <= noun.start and noun.end <= named.start and clause.light_gap(start, noun.start, copulas):
            start = noun.end
    return clause.light_gap(start, named.start, copulas)


def _owner(ctx: Context, cue: Mention, general: bool) -> Mention | None:
    """The product a derivation noun belongs to: "the AKM's successor", "its successor" (the topic);
    with ``general``, also a product named earlier in the clause, or the previous topic."""
    clause = ctx.clause
    before = clause.before(cue.start, "product", 3)
    if before is not None:
        words = clause.words(before.end, cue.start)
        if not words or words[0] == "'s":
            return before
    opened = ctx.anaphor_opens(cue)
    if opened is not None or not general:
        return opened
    if before is None:
        # "Rk 62 adalah ..., dan penerusnya adalah RK 95 TP": "its successor" is the sentence subject's
        subject = ctx.sentence_subject()
        before = subject if subject is not None and subject.end <= cue.start else \
            clause.before(cue.start, "product", 12)
    return before if before is not None else ctx.anaphor()


def _allowed(ctx: Context, link: Derivation) -> bool:
    """The packs' not_derived_from wins over any text: a look-alike is never a copy."""
    facts = ctx.knowledge.facts
    refused = facts.not_derived.get(link.child.target, set())
    if not refused:
        return True
    parent = link.parent.target
    if parent in refused or link.parent.generic or link.parent.discovered:
        return False
    for family in ctx.knowledge.families.values():
        if parent in family and refused & family:
            return False
    # An ancestor or descendant of a refused parent is refused too.
    seen, todo = set(), [parent]
    while todo:
        node = todo.pop()
        if node in refused:
            return False
        if node not in seen:
            seen.add(node)
            todo.extend(facts.parents.get(node, ()))
    return not any(parent in _ancestors(facts.parents, r) for r in refused)


def _ancestors(parents: dict[str, set[str]], node: str) -> set[str]:
    seen: set[str] = set()
    todo = [node]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def derived_from(ctx: Context) -> list[Found]:
    return [Found("derived_from", d.child, d.parent.canonical, None, (d.child, d.cue, d.parent),
                  0.8 if not d.child.discovered else 0.7) for d in ctx.derivations]


def alias_of(ctx: Context) -> list[Found]:
    clause = ctx.clause
    out: list[Found] = []
    for cue in clause.cues("alias"):
        first = clause.before(cue.start, "product", 4)
        if first is None and clause.anaphor_in(clause.start, cue.start):
            first = ctx.anaphor()  # "the rifle is often sold as the AIM"
        second = clause.after(cue.end, "product", 2)
        if first is None or second is None or first.generic or second.generic:
            continue
        if ctx.child_of(first) is not None or ctx.parent_of(second) is not None:
            continue  # "a copy of the AK, known as the CR-21": a derivation, not a second name
        if first.target == second.target and first.text == second.text:
            continue
        obj = second.canonical if second.target != first.target else second.text
        out.append(Found("alias_of", first, obj, None, (first, cue, second), 0.75))
    products = clause.of("product")
    for first, second in itertools.pairwise(products):
        # "Pistol Mitralieră model 1963 (PM md. 63)": a parenthesis holding just another name
        parenthesis = clause.text[first.end:second.start].strip() == "(" and \
            clause.text[second.end:second.end + 1] == ")"
        # "АКМ (автомат Калашникова модернизированный)": a lower-case expansion describes, it is no name
        described = _described(first.text) or _described(second.text)
        if parenthesis and not first.generic and not second.generic and not described:
            obj = second.canonical if second.target != first.target else second.text
            out.append(Found("alias_of", first, obj, None, (first, second), 0.7))
    return out
