"""The copytrace exception tree.

Every class says what the caller should do about it: skip one input, fix the configuration,
or stop the batch. Catch the narrowest class that fits.
"""

from __future__ import annotations


class CopytraceError(Exception):
    """Root of every error copytrace raises on purpose."""


class SchemaError(CopytraceError):
    """The schema file is broken: fix the named entry; nothing can run until then."""


class PackError(CopytraceError):
    """A curated pack is malformed: fix the named file and entry; nothing of it was stored."""


class RegistryError(CopytraceError):
    """Root of the registry's errors. Raised as is, the registry cannot be opened or written: check the
    database URL and its state. Its subclasses say what is wrong with the request instead."""


class NotFound(RegistryError):
    """What was asked for is not in the registry (a statement, user, token, source): check the name or id."""


class Conflict(RegistryError):
    """The request clashes with the registry's state (someone changed it first, the name is taken, the
    statement's review state forbids it): reload and decide again, or choose another name."""


class Invalid(RegistryError):
    """The request itself is malformed (an unknown status or role, a missing reason): fix it and retry."""


class Forbidden(RegistryError):
    """The actor may not do this (a disabled account, a revoked or expired token): ask an admin."""


# Kept for callers written before the tree: a conflict is a Conflict.
ConflictError = Conflict


class InvalidStatement(Invalid):
    """A statement breaks the schema (unknown predicate, wrong kind, bad date): fix or skip it."""


class UnknownEntity(NotFound):
    """A name resolved to nothing in the registry; ``suggestions`` holds close matches."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No entity named {name!r} in the registry.{hint}")


class AmbiguousName(UnknownEntity):
    """A name that several entities answer to: the caller must say which (by id or kind).

    A subclass of UnknownEntity, so code that skips names it cannot place also skips these
    rather than guessing.
    """

    def __init__(self, name: str, candidates: list[tuple[str, str, str]]) -> None:
        self.candidates = candidates  # (id, kind, name)
        super().__init__(name, [c[0] for c in candidates])
        listed = "; ".join(f"{n} ({k}, id {i})" for i, k, n in candidates)
        self.args = (f"{name!r} names {len(candidates)} entities: {listed}. Use the id, or say which kind.",)

    def __str__(self) -> str:
        return str(self.args[0])


class ConfigError(CopytraceError):
    """A data or configuration file shipped with or given to copytrace is broken: fix the named file."""
