"""The Albanian language file (sq.yaml): short sentences written for this test in journalistic Albanian, with the facts
the extractor must read from them.

They check that the file reaches inflected forms: definite and plural nouns ("Tanket", "Avionët", "licencën"),
aorist, imperfect and passive verbs ("prodhoi", "prodhoheshin", "u prodhua", "iu dorëzuan"), country names in the
dative with no preposition ("ia shiti Egjiptit", "iu dorëzuan Shqipërisë") and in the accusative ("në Kinë"), and
the historical states ("Çekosllovaki", "BRSS-së"). A word of negation or of plan takes a fact away that the same
sentence without it gives. They say nothing of how well extraction does on real text (see test_quality); an alias
may be read in either direction.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, assert_states, facts_of

CASES = [
    # made in a country, exported to another (accusative after "në")
    ("Pushka Type 56 u prodhua në Kinë dhe u eksportua në Vietnam.",
     [("Type 56", "made_in_country", "China"), ("Type 56", "exported_to", "Vietnam")]),
    # made by a firm
    ("Pushka M70 prodhohet nga kompania Zastava në Kragujevac.",
     [("Zastava M70", "manufactured_by", "Zastava Arms")]),
    # licensed production, the licensor as an adjective
    ("Rumania e prodhoi PM md. 63 me licencë sovjetike.",
     [("PM md. 63", "made_in_country", "Romania"),
      ("PM md. 63", "licence_status", "licensed"),
      ("PM md. 63", "licensed_by", "Soviet Union")]),
    # licensed production, the licensor in the genitive ("licencën e BRSS-së"), a plural subject, imperfect passive
    ("Tanket T-55 prodhoheshin në Poloni me licencën e BRSS-së.",
     [("T-55", "made_in_country", "Poland"),
      ("T-55", "licence_status", "licensed"),
      ("T-55", "licensed_by", "Soviet Union")]),
    # an unlicensed copy, "of" as the linking article
    ("J-7 është një kopje kineze pa licencë e MiG-21.",
     [("Chengdu J-7", "derived_from", "MiG-21"), ("Chengdu J-7", "licence_status", "unlicensed")]),
    # a copy made in Albania, the original in the genitive ("e pushkës kineze")
    ("Automatiku ASH-78 u prodhua në Shqipëri si kopje e pushkës kineze Type 56.",
     [("ASH-78", "made_in_country", "Albania"), ("ASH-78", "derived_from", "Type 56")]),
    # "based on", and the maker after "nga" (by)
    ("Tanku PT-91, i bazuar në T-72, prodhohet nga Bumar-Łabędy.",
     [("PT-91 Twardy", "derived_from", "T-72"), ("PT-91 Twardy", "manufactured_by", "Bumar-Łabędy")]),
    # "known as", a historical state in the accusative
    ("Në Çekosllovaki, BMP-1 njihej si BVP-1.",
     [("BVP-1", "alias_of", "BMP-1")]),
    # sold to a country in the dative, no preposition
    ("Bashkimi Sovjetik ia shiti Egjiptit qindra tanke T-55.",
     [("T-55", "exported_to", "Egypt")]),
    # handed over to a country in the dative, a plural passive
    ("Avionët J-7 iu dorëzuan Shqipërisë nga Kina.",
     [("Chengdu J-7", "exported_to", "Albania")]),
    # entered service
    ("AKM hyri në shërbim në vitin 1959.",
     [("AKM", "introduced_year", "1959")]),
    # entered the army's armament ("hyri në armatimin e ushtrisë")
    ("Pistoleta Makarov PM hyri në armatimin e ushtrisë sovjetike në vitin 1951.",
     [("Makarov PM", "introduced_year", "1951")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_albanian_file_reads_the_facts(full_extractor: Extractor, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert_states(facts_of(full_extractor, text, "sq"), expected, text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Polonia e prodhoi tankun T-72.", ("T-72", "made_in_country", "Poland"), None),
    # "nuk ... kurrë" (never)
    ("Shqipëria nuk e prodhoi kurrë tankun T-72.", None, ("T-72", "made_in_country", "Albania")),
    ("Serbia bleu helikopterë Mi-17 nga Rusia.", ("Mi-17", "exported_to", "Serbia"), None),
    # "planifikon të blejë" (plans to buy): no purchase yet
    ("Serbia planifikon të blejë helikopterë Mi-17 nga Rusia.", None, ("Mi-17", "exported_to", "Serbia")),
])
def test_albanian_negation_and_plans(full_extractor: Extractor, text: str, present: tuple[str, str, str] | None,
                                     absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, "sq"), present, absent)


def test_albanian_is_detected(full_extractor: Extractor) -> None:
    """Without a language given, a short Albanian paragraph is read as Albanian, and its facts with it."""
    text = ("Automatiku ASH-78 u prodhua në Shqipëri si kopje e pushkës kineze Type 56. "
            "AKM hyri në shërbim në vitin 1959.")
    assert full_extractor.language_of(text) == "sq"
    facts = facts_of(full_extractor, text)
    assert ("ASH-78", "made_in_country", "Albania") in facts, facts
    assert ("AKM", "introduced_year", "1959") in facts, facts
