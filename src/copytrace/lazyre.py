"""Regular expressions compiled at their first use, not at import.

``re`` compiles a class of letters by walking every range of it letter by letter, and the extractor's patterns
span the Han, Hangul and Thai blocks: compiling all of a module's patterns at import took a third of a process's
start-up, most of them for scripts or constructions a given text never uses. A module names its patterns as
always (``_YEAR = lazy_compile(r"...")``) and uses them as compiled patterns; each compiles on the first call of
one of its methods, after which its methods are plain attributes of the object, looked up as fast as a
pattern's own.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

# the methods and attributes of a compiled pattern, bound to the object once it is compiled
_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "flags", "groups", "groupindex")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern   # read by other patterns built from this one, without compiling it
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name not in _DELEGATED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _DELEGATED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern that compiles when first used: a module-level ``re.compile`` that costs nothing at import."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
