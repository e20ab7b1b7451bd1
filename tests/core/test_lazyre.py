"""A pattern compiled at its first use answers as the compiled pattern would, and compiles once."""

from __future__ import annotations

import re

import pytest

from copytrace.lazyre import lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<prefix>[A-Z]{1,3})-(?P<number>\d{1,3})"
    lazy, compiled = lazy_compile(source), re.compile(source)
    text = "The T-72 and the BMP-1 were built abroad; the AK-47 too."
    assert lazy.pattern == source
    assert [m.group("prefix", "number") for m in lazy.finditer(text)] == \
        [m.group("prefix", "number") for m in compiled.finditer(text)] == [("T", "72"), ("BMP", "1"), ("AK", "47")]
    assert lazy.sub(r"\g<number>", text) == compiled.sub(r"\g<number>", text)
    assert lazy.groupindex == compiled.groupindex and lazy.groups == 2
    match = lazy.search(text, 10)
    assert match is not None and match.group() == "BMP-1"
    assert lazy.fullmatch("T-72") is not None and lazy.match("x T-72") is None


def test_flags_are_kept() -> None:
    lazy = lazy_compile(r"licen[cs]e", re.IGNORECASE)
    assert lazy.findall("LICENCE, License") == ["LICENCE", "License"]
    assert lazy.flags & re.IGNORECASE


def test_it_compiles_on_first_use_and_binds_the_compiled_methods() -> None:
    lazy = lazy_compile(r"\d{4}")
    assert "search" not in vars(lazy)    # nothing compiled by naming it
    assert lazy.search("since 1956") is not None
    bound = vars(lazy)["search"]
    assert bound.__self__.pattern == r"\d{4}" and isinstance(bound.__self__, re.Pattern)


def test_a_bad_pattern_fails_where_it_is_first_used() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")
    with pytest.raises(AttributeError):
        getattr(lazy, "no_such_attribute")  # noqa: B009
