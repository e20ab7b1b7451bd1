"""A licence revoked (in any of the participle's forms) has expired, and the year it was revoked dates no
introduction."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_plural_participle_of_revoking_ends_the_licence(extractor):
    text = ("Le J-7 est un chasseur chinois construit sous licence soviétique. "
            "Les licences de fabrication furent ensuite révoquées en 1962.")
    facts = facts_of(extractor, text, "fr")
    assert ("Chengdu J-7", "licence_status", "expired") in facts
    assert not any(r == "introduced_year" and o == "1962" for _, r, o in facts)


def test_year_of_a_licence_ending_is_no_introduction(extractor):
    text = "The J-7 is a Chinese fighter built under a Soviet licence. The licence was revoked in 1962."
    facts = facts_of(extractor, text)
    assert not any(r == "introduced_year" and o == "1962" for _, r, o in facts)
