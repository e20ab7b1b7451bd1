"""Technical documentation is a licence only where a word of handing over gives it ("the USSR handed Poland the
documentation of the T-72"); documentation a text only names (kept, digitised, drawn up) licenses nothing; nor do
papers handed over with information ("all the information and the documentation on these rifles"), a report's
contents, not a making's.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def _licences(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t", lang)
            if f.relation in {"licence_status", "licensed_by"}}


@pytest.mark.parametrize(("text", "lang"), [
    ("Zakład wznowił produkcję wozów BMP-1, korzystając z cyfrowej dokumentacji technicznej.", "pl"),
    ("Завод выпускал танки Т-72, а техническая документация хранилась в архиве завода.", "ru"),
    ("Завод випускав танки Т-72, а технічна документація зберігалася в архіві заводу.", "uk"),
    ("Závod vyráběl tanky T-72 a technická dokumentace se ukládala v archivu závodu.", "cs"),
    ("Závod vyrábal tanky T-72 a technická dokumentácia sa ukladala v archíve závodu.", "sk"),
])
def test_documentation_only_named_licenses_nothing(extractor: Extractor, text: str, lang: str) -> None:
    assert _licences(extractor, text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "design"), [
    ("ZSRR przekazał Polsce dokumentację techniczną czołgu T-72.", "pl", "T-72"),
    ("СССР передал Польше техническую документацию танка Т-72.", "ru", "T-72"),
    ("Sovětský svaz předal Československu technickou dokumentaci tanku T-72.", "cs", "T-72"),
])
def test_documentation_handed_over_is_still_a_licence(extractor: Extractor, text: str, lang: str,
                                                       design: str) -> None:
    assert (design, "licence_status", "licensed") in _licences(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("hr", "Puška M70 je jugoslavenska puška. Tvornica je ministarstvu Hrvatske predala sve informacije i "
           "dokumentaciju o tim puškama."),
    ("sr", "Пушка М70 је југословенска пушка. Фабрика је министарству Хрватске предала све информације и "
           "документацију о тим пушкама."),
    ("sl", "Puška M70 je jugoslovanska puška. Tovarna je ministrstvu Hrvaške predala vse podatke in "
           "dokumentacijo o teh puškah."),
])
def test_information_handed_over_with_papers_is_no_licence(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] in {"licence_status", "licensed_by"}], facts


def test_papers_for_production_handed_over_still_license(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Puška M70 je jugoslavenska puška. SSSR je Jugoslaviji predao dokumentaciju za "
                                "proizvodnju.", "hr")
    assert ("Zastava M70", "licence_status", "licensed") in facts, facts
