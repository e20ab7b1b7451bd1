"""A reporting name given to a design and again, the same, to its longer designations is the family's name repeated,
not another name of each version; a version letter after the name, set off by a space as by a hyphen, is part of
the name ("Fitter E"), which the version does own.

The sentences were written for these tests.
"""

from __future__ import annotations

from .conftest import facts_of


def test_the_family_name_repeated_on_versions_stays_the_familys(extractor) -> None:
    text = "Letoun An-2 (Colt) se vyráběl v Polsku. Verze An-2TD (Colt) a An-2V (Colt) vznikly později."
    facts = facts_of(extractor, text, "cs")
    assert ("An-2", "alias_of", "Colt") in facts, facts
    assert not any(r == "alias_of" and s in {"An-2TD", "An-2V"} for s, r, _ in facts), facts


def test_a_version_letter_after_a_space_is_part_of_the_reporting_name(extractor) -> None:
    text = "Perú recibió aviones Su-22 Fitter F y biplazas Su-22U Fitter E."
    facts = facts_of(extractor, text, "es")
    assert ("Su-22", "alias_of", "Fitter F") in facts, facts
    assert ("Su-22U", "alias_of", "Fitter E") in facts, facts
