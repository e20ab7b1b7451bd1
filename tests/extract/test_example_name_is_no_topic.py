"""A design named only as an example ("such as the RB-47") is named in passing: it is not what the rest of a text
speaks of, and it is one of the versions the words before it name, not their original.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_name_given_as_an_example_takes_no_facts_of_other_sentences(extractor: Extractor) -> None:
    text = ("Závody na východe krajiny vyrábali zbrane podľa sovietskych licencií. "
            "Nad krajinou vtedy lietali aj cudzie lietadlá, ako napr. RB-47.")
    facts = facts_of(extractor, text, "sk")
    assert not any(f[0].startswith("RB-47") for f in facts), facts


def test_versions_named_by_an_example_are_no_unnamed_version(extractor: Extractor) -> None:
    for text, lang in [("Americké průzkumné verze bombardovacích letounů, jako například RB-47, létaly nad hranicí.",
                        "cs"),
                       ("Amerykańskie rozpoznawcze wersje bombowców, takie jak RB-47, latały nad granicą.", "pl")]:
        facts = facts_of(extractor, text, lang)
        assert not any("version" in f[0] for f in facts), facts
