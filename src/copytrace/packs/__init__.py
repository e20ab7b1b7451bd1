"""Curated packs: YAML files of entities and cited statements shipped with copytrace.

The names load on first use: reading packs (``reader``) needs no database code, loading them
into a registry (``loader``) does.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copytrace.packs.loader import load_pack
    from copytrace.packs.reader import Pack, PackEntity, PackFact, available_packs, read_pack

_WHERE = {"Pack": "reader", "PackEntity": "reader", "PackFact": "reader", "available_packs": "reader",
          "read_pack": "reader", "load_pack": "loader"}

__all__ = ["Pack", "PackEntity", "PackFact", "available_packs", "load_pack", "read_pack"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'copytrace.packs' has no attribute {name!r}")
    return getattr(importlib.import_module(f"copytrace.packs.{module}"), name)
