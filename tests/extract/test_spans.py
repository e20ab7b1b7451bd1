"""Spans asked by bisection (copytrace.extract.match.Spans): the answers a scan over every span would give."""

from __future__ import annotations

from copytrace.extract.match import Spans


def test_answers_match_a_plain_scan() -> None:
    spans = [(10, 30), (12, 15), (40, 45), (44, 60), (70, 71)]
    asked = Spans(spans)
    for at in range(0, 80):
        assert asked.covers(at) == any(a < at < b for a, b in spans), at
        assert asked.opens(at) == any(a == at for a, _ in spans), at
        assert asked.reach(at) == max((b for a, b in spans if a <= at), default=-1), at
        for end in range(at, 80):
            assert asked.within(at, end) == any(a <= at and end <= b and (at, end) != (a, b) for a, b in spans)


def test_no_spans() -> None:
    asked = Spans([])
    assert not asked.covers(5) and not asked.opens(5) and not asked.within(1, 2) and asked.reach(5) == -1
