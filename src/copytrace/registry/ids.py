"""Ids as people type them: a unique prefix of a statement's or document's hex id stands for the id."""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import select

from copytrace.errors import Invalid, NotFound
from copytrace.registry.registry import Registry
from copytrace.registry.tables import documents, statements

# The shortest prefix accepted: 8 hex digits leave one chance in four billion of two ids sharing it.
MIN_PREFIX = 8
_HEX = re.compile(r"[0-9a-f]+")
_TABLES = {"statement": statements, "document": documents}
# How a user finds the id of each kind, for the message when a prefix matches nothing.
_WHERE = {"statement": "'copytrace show NAME' prints statement ids",
          "document": "'copytrace documents' lists document ids"}


def complete_id(registry: Registry, kind: Literal["statement", "document"], prefix: str,
                min_length: int = MIN_PREFIX) -> str:
    """The one id of ``kind`` that begins with ``prefix``; Invalid for a short, non-hex or ambiguous
    prefix, NotFound when none begins with it."""
    wanted = prefix.strip().lower()
    if not _HEX.fullmatch(wanted) or len(wanted) < min_length:
        raise Invalid(f"{prefix!r} is not a {kind} id: give its id, or at least {min_length} of its first "
                      "hex digits")
    column = _TABLES[kind].c.id
    query = select(column).where(column >= wanted, column < wanted + "g").order_by(column).limit(6)
    with registry.reading() as conn:
        found = list(conn.execute(query).scalars())
    if not found:
        raise NotFound(f"no {kind} id begins with {wanted!r}: {_WHERE[kind]}")
    if len(found) > 1:
        shown = ", ".join(i[: len(wanted) + 4] + "…" for i in found[:5])
        count = "more than 5" if len(found) > 5 else str(len(found))
        raise Invalid(f"{wanted!r} begins {count} {kind} ids ({shown}): give more of the id")
    return str(found[0])
