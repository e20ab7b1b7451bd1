"""Ids as people type them: a unique prefix of a statement's or document's hex id stands for the id."""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import select

from copytrace.errors import Invalid, NotFound
from copytrace.i18n import N_, lazy_gettext
from copytrace.registry.registry import Registry
from copytrace.registry.tables import documents, statements

# The shortest prefix accepted: 8 hex digits leave one chance in four billion of two ids sharing it.
MIN_PREFIX = 8
_HEX = re.compile(r"[0-9a-f]+")
_TABLES = {"statement": statements, "document": documents}
# What is said about a prefix of each kind of id, whole sentences for each kind (so each language says it its way);
# the message when a prefix matches nothing says how a user finds the ids.
_NOT_AN_ID = {"statement": N_("%(prefix)r is not a statement id: give its id, or at least %(min)d of its first "
                              "hex digits"),
              "document": N_("%(prefix)r is not a document id: give its id, or at least %(min)d of its first "
                             "hex digits")}
_NONE_BEGINS = {"statement": N_("no statement id begins with %(prefix)r: 'copytrace show NAME' prints statement ids"),
                "document": N_("no document id begins with %(prefix)r: 'copytrace documents' lists document ids")}
_SEVERAL_BEGIN = {"statement": N_("%(prefix)r begins %(count)s statement ids (%(shown)s): give more of the id"),
                  "document": N_("%(prefix)r begins %(count)s document ids (%(shown)s): give more of the id")}


def complete_id(registry: Registry, kind: Literal["statement", "document"], prefix: str,
                min_length: int = MIN_PREFIX) -> str:
    """The one id of ``kind`` that begins with ``prefix``; Invalid for a short, non-hex or ambiguous
    prefix, NotFound when none begins with it."""
    wanted = prefix.strip().lower()
    if not _HEX.fullmatch(wanted) or len(wanted) < min_length:
        raise Invalid(lazy_gettext(_NOT_AN_ID[kind], prefix=prefix, min=min_length))
    column = _TABLES[kind].c.id
    query = select(column).where(column >= wanted, column < wanted + "g").order_by(column).limit(6)
    with registry.reading() as conn:
        found = list(conn.execute(query).scalars())
    if not found:
        raise NotFound(lazy_gettext(_NONE_BEGINS[kind], prefix=wanted))
    if len(found) > 1:
        shown = ", ".join(i[: len(wanted) + 4] + "…" for i in found[:5])
        count = lazy_gettext("more than 5") if len(found) > 5 else str(len(found))
        raise Invalid(lazy_gettext(_SEVERAL_BEGIN[kind], prefix=wanted, count=count, shown=shown))
    return str(found[0])
