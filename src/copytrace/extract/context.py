"""What the rules share about one clause: its derivations, its topic, the previous topic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from copytrace.extract.mentions import Clause, Mention
from copytrace.extract.sources import Knowledge

_EXPLICIT_REACH = 3
_IMPLICIT_REACH = 1
_SUBJECT_OPENS = 3
_REPLACER_REACH = 4
_OPENING = re.compile(r"\W*\w+(?:\W+\w+)?")  # a clause's first two words


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
            # "it replaced the AKM and was made in Bulgaria": the AKM is not the subject, what replaced it is
            cue = next(c for c in self.clause.cues("replace")
                       if c.end <= before.start and len(self.clause.words(c.end, before.start)) <= 2)
            before = self.clause.before(cue.start, "product", _REPLACER_REACH)
        if before is not None and self._coordinated(before.end, pos):
            # "It is based on the Rk 62, itself a copy of the AK-47, and was made by IMI": the verb after
            # "and was" shares the sentence's subject, not the object named last
            subject = self.sentence_subject()
            if subject is not None and subject is not before:
                return subject
        if before is not None:
            return self._own(before, pos)
        after = self.clause.after(pos, "product", max_after)
        if after is not None:
            return self._own(after, pos)
        return self.anaphor()

    def _coordinated(self, a: int, pos: int) -> bool:
        """ "..., and was", "und wurde", "i był" right before ``pos``: a second predicate of the sentence."""
        words = self.clause.words(a, pos)
        conjunctions = self.clause.word_set("conjunctions")
        copulas = self.clause.word_set("copulas")
        for i in range(len(words) - 1, -1, -1):
            if words[i] in conjunctions:
                return i > 0 and i + 1 < len(words) and all(w in copulas for w in words[i + 1:])
            if words[i] not in copulas:
                return False
        return False

    def sentence_subject(self) -> Mention | None:
        """The product a clause opens with ("The Galil is ..."), or the antecedent of an opening "It"."""
        clause = self.clause
        first = next(iter(clause.of("product")), None)
        if first is not None and len(clause.words(clause.start, first.start)) <= _SUBJECT_OPENS:
            return None if first.generic else first
        opening = _OPENING.match(clause.text, clause.start, clause.end)
        if opening is not None and self.age <= _EXPLICIT_REACH and clause.anaphor_in(clause.start, opening.end()):
            return self.antecedent
        return None

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
