"""What the rules share about one clause: its derivations, its topic, the previous topic."""

from __future__ import annotations

from dataclasses import dataclass, field

from copytrace.extract.mentions import Clause, Mention
from copytrace.extract.sources import Knowledge

_EXPLICIT_REACH = 3
_IMPLICIT_REACH = 1


@dataclass(slots=True)
class Found:
    """A fact a rule read, before it becomes a grounded ``Fact``."""

    relation: str
    subject: Mention
    object: str
    scope: str | None
    involved: tuple[Mention, ...]
    confidence: float


@dataclass(slots=True)
class Derivation:
    child: Mention
    parent: Mention
    cue: Mention


@dataclass(slots=True)
class Context:
    clause: Clause
    knowledge: Knowledge
    antecedent: Mention | None
    # sentences since the antecedent was the topic: an explicit "the weapon" reaches further back
    # than a sentence that simply goes on without naming its subject
    age: int = 0
    derivations: list[Derivation] = field(default_factory=list)

    def parent_of(self, mention: Mention) -> Derivation | None:
        return next((d for d in self.derivations if d.child is mention), None)

    def child_of(self, mention: Mention) -> Derivation | None:
        return next((d for d in self.derivations if d.parent is mention), None)

    def anaphor(self) -> Mention | None:
        """The previous topic, when this clause refers back to it ("the weapon", "senjata ini")."""
        if self.antecedent is None or self.age > _EXPLICIT_REACH:
            return None
        if self.age <= _IMPLICIT_REACH or self.clause.cues("family") or \
                self.clause.anaphor_in(self.clause.start, self.clause.end):
            return self.antecedent
        return None

    def _own(self, product: Mention, pos: int) -> Mention:
        """A derivation's parent stands for its child unless a relative clause ties the cue to it."""
        link = self.child_of(product)
        if link is None or (product.generic and link.child.generic):
            return product
        gap = self.clause.words(product.end, pos) if product.end <= pos else []
        relative = self.clause.word_set("relative")
        if gap and any(w in relative for w in gap[:2]):
            return product
        return link.child

    def subject_for(self, pos: int, max_before: int = 12, max_after: int = 10) -> Mention | None:
        """The product a cue at ``pos`` speaks about: nearest before, else first after, else the anaphor."""
        before = self.clause.before(pos, "product", max_before)
        if before is not None and self._replaced(before):
            before = None  # "it replaced the AKM and was made in Bulgaria": the AKM is not the subject
        if before is not None:
            return self._own(before, pos)
        after = self.clause.after(pos, "product", max_after)
        if after is not None:
            return self._own(after, pos)
        return self.anaphor()

    def _replaced(self, product: Mention) -> bool:
        return any(c.end <= product.start and len(self.clause.words(c.end, product.start)) <= 2
                   for c in self.clause.cues("replace"))

    def anaphor_opens(self, cue: Mention) -> Mention | None:
        """The antecedent, when the clause opens with an anaphor just before ``cue`` ("Он стал преемником")."""
        words = self.clause.words(self.clause.start, cue.start)
        if len(words) > 4 or self.age > _EXPLICIT_REACH:
            return None
        head = self.clause.start + len(self.clause.text[self.clause.start:cue.start]) // 2 + 1
        return self.antecedent if self.clause.anaphor_in(self.clause.start, head) else None

    def topic(self) -> Mention | None:
        """The product this clause is about; the next sentence may refer back to it."""
        for m in self.clause.of("product"):
            if self.child_of(m) is None or self.parent_of(m) is not None:
                return m
        # Only parents named ("Он стал преемником АК-47"): the clause still speaks of the antecedent.
        return self.anaphor() or next(iter(self.clause.of("product")), None)
