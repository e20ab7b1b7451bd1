"""The registry: statements, entities, documents and the audit log, behind one gateway."""

from copytrace.registry.registry import Entity, Registry, VerifyReport

__all__ = ["Entity", "Registry", "VerifyReport"]
