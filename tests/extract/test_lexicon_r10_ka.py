"""The Georgian language file: sentences written in journalistic Georgian, with the facts the extractor must read from
them. They reach the file's inflected forms: country names in the locative (-ში), dative (-ს, -სა), ergative (-მა, -მ)
and with postpositions (-გან, -დან), a genitive owner after a hyphen ("MiG-21-ის"), plural nouns, and verbs in the
aorist, imperfect, present and passive."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, assert_states, facts_of

CASES = [
    # made in a country, then supplied to another (locative, dative, passive imperfect and aorist)
    ("Type 56 ჩინეთში იწარმოებოდა და ვიეტნამს მიეწოდა.",
     [("Type 56", "made_in_country", "China"), ("Type 56", "exported_to", "Vietnam")]),
    # a seller in the ergative, the buyer in the dative, a plural noun
    ("საბჭოთა კავშირმა T-72 ტანკები ინდოეთს მიჰყიდა.",
     [("T-72", "exported_to", "India")]),
    # three receivers in the dative, the middle one with its linking vowel
    ("T-72 ეგვიპტეს, სირიასა და ერაყს მიაწოდეს.",
     [("T-72", "exported_to", "Egypt"), ("T-72", "exported_to", "Syria"), ("T-72", "exported_to", "Iraq")]),
    # a buyer in the ergative, the seller with -გან (from)
    ("ეგვიპტემ T-55 საბჭოთა კავშირისგან შეიძინა.",
     [("T-55", "exported_to", "Egypt")]),
    # licensed production: the licensor an adjective, the maker in the locative
    ("PM md. 63 რუმინეთში საბჭოთა ლიცენზიით იწარმოებოდა.",
     [("PM md. 63", "made_in_country", "Romania"), ("PM md. 63", "licensed_by", "Soviet Union"),
      ("PM md. 63", "licence_status", "licensed")]),
    # a plural object and a verb in the imperfect plural
    ("პოლონეთში T-72 ტანკებს ლიცენზიით აწარმოებდნენ.",
     [("T-72", "made_in_country", "Poland"), ("T-72", "licence_status", "licensed")]),
    # an unlicensed copy: the original as a genitive owner after a hyphen
    ("J-7 არის MiG-21-ის ჩინური ასლი, რომელიც ლიცენზიის გარეშე დამზადდა.",
     [("Chengdu J-7", "derived_from", "MiG-21"), ("Chengdu J-7", "licence_status", "unlicensed")]),
    # a copy made under another name
    ("ჩრდილოეთ კორეაში AKM-ის ასლი Type 68-ის სახელით იწარმოებოდა.",
     [("Type 68", "derived_from", "AKM"), ("Type 68", "made_in_country", "North Korea")]),
    # "built on the basis of", and the maker of the present tense in the nominative
    ("T-72-ის ბაზაზე შექმნილ PT-91 ტანკს Bumar-Łabędy აწარმოებს.",
     [("PT-91 Twardy", "derived_from", "T-72"), ("PT-91 Twardy", "manufactured_by", "Bumar-Łabędy")]),
    # a variant, with a country adjective
    ("AMD-65 არის AKM-ის უნგრული ვარიანტი.",
     [("AMD-65", "derived_from", "AKM"), ("AMD-65", "made_in_country", "Hungary")]),
    # another name ("was known as")
    ("BMP-1 ჩეხოსლოვაკიაში ცნობილი იყო როგორც BVP-1.",
     [("BVP-1", "alias_of", "BMP-1")]),
    # made by a company (postposition მიერ after the genitive)
    ("ავტომატი M70 იწარმოება კომპანია Zastava-ს მიერ კრაგუევაცში.",
     [("Zastava M70", "manufactured_by", "Zastava Arms")]),
    # a plant named in Georgian letters
    ("Su-25-ს თბილავიამშენი აწარმოებდა.",
     [("Su-25", "manufactured_by", "Tbilisi Aircraft Plant No. 31")]),
    # entering service ("entered the armament of the Soviet Army in 1959")
    ("AKM საბჭოთა არმიის შეიარაღებაში 1959 წელს შევიდა.",
     [("AKM", "introduced_year", "1959")]),
    # adopted into service, the state an abbreviation with its case ending after a hyphen
    ("RPG-7 სსრკ-ში 1961 წელს მიიღეს შეიარაღებაში.",
     [("RPG-7", "introduced_year", "1961")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"ka-{i}" for i in range(len(CASES))])
def test_georgian_file_reads_the_facts(full_extractor: Extractor, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert_states(facts_of(full_extractor, text, "ka"), expected, text)


def test_georgian_is_told_by_its_script(full_extractor: Extractor) -> None:
    assert full_extractor.language_of("Type 56 ჩინეთში იწარმოებოდა და ვიეტნამს მიეწოდა.") == "ka"


@pytest.mark.parametrize(("text", "fact", "absent"), [
    # Georgian writes no capitals: a one-word country's name with its case ending is a name, not an adjective
    ("ერაყმა T-72 საბჭოთა კავშირისგან შეიძინა.", ("T-72", "exported_to", "Iraq"), ("T-72", "made_in_country", "Iraq")),
    ("ჩინური Type 56 ავტომატები ვიეტნამში გაიგზავნა.", ("Type 56", "exported_to", "Vietnam"), None),
    ("ავღანეთს საბჭოთა კავშირმა ასობით T-55 გადასცა.", ("T-55", "exported_to", "Afghanistan"), None),
])
def test_a_georgian_countrys_name_takes_its_case_without_a_capital(
        full_extractor: Extractor, text: str, fact: tuple[str, str, str],
        absent: tuple[str, str, str] | None) -> None:
    assert_read(facts_of(full_extractor, text, "ka"), fact, absent)
