"""The copytrace exception tree.

Every class says what the caller should do about it: skip one input, fix the configuration,
or stop the batch. Catch the narrowest class that fits.
"""

from __future__ import annotations


class CopytraceError(Exception):
    """Root of every error copytrace raises on purpose."""


class SchemaError(CopytraceError):
    """The schema file is broken: fix the named entry; nothing can run until then."""


class InvalidStatement(CopytraceError):
    """A statement breaks the schema (unknown predicate, wrong kind, bad date): fix or skip it."""


class PackError(CopytraceError):
    """A curated pack is malformed: fix the named file and entry; nothing of it was stored."""


class UnknownEntity(CopytraceError):
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


class ConflictError(CopytraceError):
    """Someone changed the record first: reload it and decide again."""


class RegistryError(CopytraceError):
    """The registry cannot be opened or written: check the database URL and its state."""


class ConfigError(CopytraceError):
    """A data or configuration file shipped with or given to copytrace is broken: fix the named file."""
