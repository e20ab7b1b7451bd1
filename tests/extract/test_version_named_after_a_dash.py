"""A name set beside the original of a version word after a dash set off by spaces, last in the sentence ("an export
version of the T-72B – the T-72S"), names that version, as a comma there does: the making the sentence speaks of is
the version's, not the original's. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "From 1987 the plant built an export version of the T-72B – the T-72S."),
    ("en", "From 1987 the plant built an export version of the T-72B — the T-72S."),
    ("fr", "Dès 1987, l'usine construisit une version d'exportation du T-72B – le T-72S."),
    ("de", "Ab 1987 baute das Werk eine Exportversion des T-72B – den T-72S."),
    ("ru", "В 1987 году завод начал строить экспортный вариант машины Т-72Б – Т-72С."),
])
def test_the_name_after_the_dash_is_the_version(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72S", "derived_from", "T-72B") in facts, facts
    assert ("T-72S", "introduced_year", "1987") in facts, facts
    assert ("T-72B", "introduced_year", "1987") not in facts, facts


def test_a_dash_glued_to_the_name_names_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "From 1987 the plant built an export version of the T-72B -the T-72S.", "en")
    assert ("T-72S", "derived_from", "T-72B") not in facts, facts


def test_a_comma_still_names_the_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "From 1987 the plant built an export version of the T-72B, the T-72S.", "en")
    assert ("T-72S", "derived_from", "T-72B") in facts, facts
